//! Byte accounting for every Python object. Each heap object holds a [`Charge`] that adds
//! its size to the thread's live-byte count when made and takes it off when dropped, so
//! the sandbox knows exactly how much Python data is alive and can refuse an allocation
//! before it happens.

use std::cell::Cell;

/// Bytes a heap object costs beyond its payload (refcount, header, allocator slack).
pub const OBJECT_HEADER: usize = 32;

/// What the allocator adds to every block it hands out (its header and the rounding up
/// to its size classes), as glibc's malloc and dlmalloc do.
const ALLOCATOR_SLACK: usize = 16;

/// Bytes an object of type `T` takes in its `Rc` block: itself, the two counts and the
/// allocator's slack. Small objects are mostly this: charging a flat header instead let
/// a program of short strings or small dicts use 2.5 times its memory limit.
pub const fn object_bytes<T>() -> usize {
    std::mem::size_of::<T>() + 2 * std::mem::size_of::<usize>() + ALLOCATOR_SLACK
}

/// Bytes a separately allocated buffer of `n` bytes takes (none when it is empty, as an
/// empty vector or string allocates nothing).
pub fn buffer_bytes(n: usize) -> usize {
    if n == 0 {
        0
    } else {
        n.saturating_add(ALLOCATOR_SLACK)
    }
}

/// Bytes a vector of `n` values takes in its own buffer.
pub fn values_bytes(n: usize) -> usize {
    buffer_bytes(n.saturating_mul(std::mem::size_of::<crate::value::Value>()))
}

/// Bytes of a sequence object holding `n` values.
pub fn sequence_bytes(n: usize) -> usize {
    OBJECT_HEADER.saturating_add(n.saturating_mul(std::mem::size_of::<crate::value::Value>()))
}

thread_local! {
    static LIVE: Cell<usize> = const { Cell::new(0) };
    static PEAK: Cell<usize> = const { Cell::new(0) };
    static BASE: Cell<usize> = const { Cell::new(0) };
    static LIMIT: Cell<usize> = const { Cell::new(usize::MAX) };
    static OVER: Cell<bool> = const { Cell::new(false) };
}

/// How one run is measured. Bytes alive on the thread that are not the run's (values kept
/// by other sessions, cycles earlier runs leaked) sit below `base` and count neither
/// toward its limit nor its peak; a session's own state from earlier runs counts, so a
/// session cannot grow past the limit one run at a time.
#[derive(Debug, Clone, Copy)]
pub struct Window {
    base: usize,
    limit: usize,
}

impl Window {
    /// Opens a window with room for `limit` bytes: of the bytes alive now, `counted` are
    /// the run's own (its session's state) and the rest belong to others. It is in force
    /// at once, and the peak restarts from here.
    pub fn open(limit: usize, counted: usize) -> Window {
        let window = Window {
            base: live_bytes().saturating_sub(counted),
            limit,
        };
        window.enter();
        PEAK.with(|p| p.set(live_bytes()));
        window
    }

    /// Puts this window in force again: a suspended run resuming after other runs on the
    /// thread opened theirs.
    pub fn enter(self) {
        BASE.with(|b| b.set(self.base));
        let absolute = self.base.saturating_add(self.limit);
        LIMIT.with(|l| l.set(absolute));
        OVER.with(|o| o.set(live_bytes() > absolute));
    }

    /// Bytes alive above this window's base: what the run holds (or, once it is over,
    /// what its session kept).
    pub fn used(self) -> usize {
        live_bytes().saturating_sub(self.base)
    }
}

/// The absolute live-byte count [`over_limit`] compares against.
fn limit() -> usize {
    LIMIT.with(Cell::get)
}

/// Whether the run in force holds more than its limit: one flag the VM reads every
/// instruction.
pub fn over_limit() -> bool {
    OVER.with(Cell::get)
}

/// Bytes of Python objects alive on this thread now, whoever holds them.
pub fn live_bytes() -> usize {
    LIVE.with(Cell::get)
}

/// Bytes the run in force holds (live bytes above its window's base).
pub fn used_bytes() -> usize {
    live_bytes().saturating_sub(BASE.with(Cell::get))
}

/// The most bytes the run in force held at once since its window opened.
pub fn peak_bytes() -> usize {
    PEAK.with(Cell::get).saturating_sub(BASE.with(Cell::get))
}

/// Bytes the run in force may still charge before it passes its limit.
pub fn room() -> usize {
    limit().saturating_sub(live_bytes())
}

/// Makes room in `items` for `additional` more elements, growing the buffer as `Vec`
/// does (doubling) while the memory limit leaves room for that, and otherwise by an
/// eighth as CPython's lists do: a container holding most of the limit can still grow
/// a little, and growing never charges twice its size at once (the charge follows the
/// capacity), which would pass the limit by a whole copy before the VM could refuse it.
pub fn reserve<T>(items: &mut Vec<T>, additional: usize) {
    let (len, capacity) = (items.len(), items.capacity());
    let needed = len.saturating_add(additional);
    if needed <= capacity {
        return;
    }
    let doubled = needed.max(capacity.saturating_mul(2)).max(4);
    let doubled_bytes = (doubled - capacity).saturating_mul(std::mem::size_of::<T>());
    let target = if doubled_bytes <= room() {
        doubled
    } else {
        needed.saturating_add(needed / 8).saturating_add(6)
    };
    items.reserve_exact(target - len);
}

fn add(bytes: usize) {
    LIVE.with(|l| {
        let now = l.get().saturating_add(bytes);
        l.set(now);
        PEAK.with(|p| {
            if now > p.get() {
                p.set(now)
            }
        });
        if now > limit() {
            OVER.with(|o| o.set(true));
        }
    });
}

fn sub(bytes: usize) {
    LIVE.with(|l| {
        let now = l.get().saturating_sub(bytes);
        l.set(now);
        if now <= limit() {
            OVER.with(|o| o.set(false));
        }
    });
}

/// The bytes one object is charged; released when the object is dropped. Growable
/// containers adjust it as they grow and shrink.
#[derive(Debug)]
pub struct Charge(Cell<usize>);

impl Charge {
    /// Charges `bytes` to the live count.
    pub fn new(bytes: usize) -> Charge {
        add(bytes);
        Charge(Cell::new(bytes))
    }

    /// Adds `bytes` to this object's charge.
    pub fn grow(&self, bytes: usize) {
        add(bytes);
        self.0.set(self.0.get().saturating_add(bytes));
    }

    /// Takes `bytes` off this object's charge (never below nothing).
    pub fn shrink(&self, bytes: usize) {
        let bytes = bytes.min(self.0.get());
        sub(bytes);
        self.0.set(self.0.get().saturating_sub(bytes));
    }

    /// Changes this object's charge to `bytes`.
    pub fn set(&self, bytes: usize) {
        let old = self.0.get();
        if bytes > old {
            add(bytes - old);
        } else {
            sub(old - bytes);
        }
        self.0.set(bytes);
    }
}

/// No bytes yet: an object whose charge starts empty and grows with it.
impl Default for Charge {
    fn default() -> Charge {
        Charge(Cell::new(0))
    }
}

impl Drop for Charge {
    fn drop(&mut self) {
        sub(self.0.get());
    }
}

thread_local! {
    static DROPPING: Cell<bool> = const { Cell::new(false) };
    static PENDING: std::cell::RefCell<Vec<crate::value::Value>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Drops the children of a container without recursing on the Rust stack: a container
/// dropped while another drop is under way hands its children to a work list instead of
/// dropping them itself, so `x = [x]` nested a million deep is freed in a loop. Only
/// children that may hold values themselves wait there; the others (numbers, strings)
/// are freed at once, so freeing a list of a million lists of numbers does not first
/// copy every number into the work list (which doubled the peak memory).
pub fn drop_children(children: Vec<crate::value::Value>) {
    if children.is_empty() {
        return;
    }
    if DROPPING.with(Cell::get) {
        PENDING.with(|p| {
            let mut pending = p.borrow_mut();
            for child in children {
                if child.may_hold_values() {
                    pending.push(child);
                } else {
                    // A leaf's drop frees no other value: the work list is not touched.
                    child.release();
                }
            }
        });
        return;
    }
    DROPPING.with(|d| d.set(true));
    drop(children);
    loop {
        let batch = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
        if batch.is_empty() {
            break;
        }
        drop(batch);
    }
    DROPPING.with(|d| d.set(false));
}

/// A small heap object of fixed size (a range, a slice, a property, a dict view) with its
/// bytes charged: a program filling memory with them is stopped at the limit like one
/// filling it with lists. Reads through to the object.
pub struct Counted<T> {
    value: T,
    _charge: Charge,
}

impl<T> Counted<T> {
    /// `value`, charged for its `Rc` block (see [`object_bytes`]).
    pub fn new(value: T) -> Counted<T> {
        Counted {
            value,
            _charge: Charge::new(object_bytes::<Counted<T>>()),
        }
    }
}

impl<T> std::ops::Deref for Counted<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
}
