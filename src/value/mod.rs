//! Python values. `Value` is small (16 bytes) and cheap to clone: ints, floats, bools and
//! `None` live inline; everything else is a reference-counted heap object whose bytes are
//! counted by [`heap`] so the sandbox can enforce a memory limit.

pub mod attrs;
pub mod class;
pub mod dict;
pub mod function;
pub mod heap;
pub mod instance;
pub mod iter;
pub mod layout;
pub mod list;
pub mod str;

use std::rc::Rc;

use num_bigint::BigInt;

pub use class::Class;
pub use dict::{Dict, HashTable};
pub use function::{BoundMethod, Code, Function, HostFunction, NativeFunction};
pub use heap::{Charge, Counted};
pub use instance::{ExceptionData, Instance, Payload};
pub use iter::{IterKind, IterObj};
pub use list::List;
pub use str::PyStr;

/// A length, count or position of something held in memory, as a Python int. Such a
/// value is at most `isize::MAX` (Rust's allocation limit), which fits an `i64` on every
/// target we build for, so the fallback is never taken.
pub fn len_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

thread_local! {
    static NAN_SERIAL: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    /// The one-character ASCII strings, made on first use and shared from then on, as
    /// CPython shares its one-character Latin-1 strings: `s[i]` and `for c in s` then
    /// allocate nothing.
    static ASCII_CHARS: std::cell::RefCell<[Option<Value>; 128]> =
        const { std::cell::RefCell::new([const { None }; 128]) };
}

/// Gives a freshly made NaN a payload no other NaN has. Floats live inline in `Value`,
/// so their bits are their identity: CPython's `float('nan') is float('nan')` is False
/// while `x is x` is True, and `nan in [nan]` relies on that identity.
pub fn distinct_nan(f: f64) -> f64 {
    if !f.is_nan() {
        return f;
    }
    let serial = NAN_SERIAL.with(|s| {
        let n = s.get().wrapping_add(1);
        s.set(n);
        n
    });
    let payload = serial & 0x0007_ffff_ffff_ffff;
    let sign = f.to_bits() & (1 << 63);
    f64::from_bits(sign | 0x7ff8_0000_0000_0000 | payload)
}

/// An interned-by-sharing identifier (attribute, variable, keyword name).
pub type Name = Rc<str>;

/// A Python value. Clone is a refcount increment at most (see the `Clone` impl below).
///
/// `repr(u64)` puts every payload, `Bool`'s too, at offset 8: with a byte tag the bool
/// sat at offset 1, so moving a `Value` copied bytes 1..16 in two overlapping words,
/// which the processor could not forward to the next 16-byte load (a stall on most
/// pushes and pops of the VM stack). The tag's unused values still give `Option<Value>`
/// its niche: both stay 16 bytes.
#[repr(u64)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// An int outside i64; always normalised back to `Int` when it fits.
    BigInt(Rc<BigIntObj>),
    Str(Rc<PyStr>),
    Bytes(Rc<BytesObj>),
    ByteArray(Rc<ByteArrayObj>),
    List(Rc<List>),
    Tuple(Rc<Tuple>),
    Dict(Rc<Dict>),
    /// A set is a dict whose values are all `None`.
    Set(Rc<Dict>),
    FrozenSet(Rc<Dict>),
    DictView(Rc<Counted<DictView>>),
    Range(Rc<Counted<RangeObj>>),
    Slice(Rc<Counted<SliceObj>>),
    Function(Rc<Function>),
    Native(Rc<NativeFunction>),
    /// A function the host registered (a capability handed to the program).
    Host(Rc<HostFunction>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Iter(Rc<IterObj>),
    Generator(Rc<function::Generator>),
    Module(Rc<ModuleObj>),
    /// `property`, `staticmethod`, `classmethod` and `super` objects.
    Descriptor(Rc<Counted<Descriptor>>),
    Ellipsis,
    NotImplemented,
}

/// Copies a value held inline without a call; a heap value's refcount is raised out of
/// line. The derived `Clone` was one out-of-line function for every value, which the
/// VM calls on each local or constant it pushes (natively 1-3% of the benchmarks'
/// instructions). Not on wasm: inlined at every call site, it added 6.6 KB (gzipped)
/// to the download and ran no faster.
impl Clone for Value {
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn clone(&self) -> Value {
        match self {
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            heap => heap.clone_heap(),
        }
    }
}

impl Value {
    /// [`Clone::clone`] for the values that hold a reference.
    #[inline(never)]
    fn clone_heap(&self) -> Value {
        match self {
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            Value::BigInt(r) => Value::BigInt(r.clone()),
            Value::Str(r) => Value::Str(r.clone()),
            Value::Bytes(r) => Value::Bytes(r.clone()),
            Value::ByteArray(r) => Value::ByteArray(r.clone()),
            Value::List(r) => Value::List(r.clone()),
            Value::Tuple(r) => Value::Tuple(r.clone()),
            Value::Dict(r) => Value::Dict(r.clone()),
            Value::Set(r) => Value::Set(r.clone()),
            Value::FrozenSet(r) => Value::FrozenSet(r.clone()),
            Value::DictView(r) => Value::DictView(r.clone()),
            Value::Range(r) => Value::Range(r.clone()),
            Value::Slice(r) => Value::Slice(r.clone()),
            Value::Function(r) => Value::Function(r.clone()),
            Value::Native(r) => Value::Native(r.clone()),
            Value::Host(r) => Value::Host(r.clone()),
            Value::BoundMethod(r) => Value::BoundMethod(r.clone()),
            Value::Class(r) => Value::Class(r.clone()),
            Value::Instance(r) => Value::Instance(r.clone()),
            Value::Iter(r) => Value::Iter(r.clone()),
            Value::Generator(r) => Value::Generator(r.clone()),
            Value::Module(r) => Value::Module(r.clone()),
            Value::Descriptor(r) => Value::Descriptor(r.clone()),
            Value::Ellipsis => Value::Ellipsis,
            Value::NotImplemented => Value::NotImplemented,
        }
    }

    /// Whether dropping this value may drop other values (it is a container, a function,
    /// an instance...): what `heap::drop_children` must free in a loop, not recursively.
    pub fn may_hold_values(&self) -> bool {
        !matches!(
            self,
            Value::None
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
                | Value::BigInt(_)
                | Value::Str(_)
                | Value::Bytes(_)
                | Value::ByteArray(_)
                | Value::Native(_)
                | Value::Host(_)
                | Value::Ellipsis
                | Value::NotImplemented
        )
    }

    /// Drops a value, skipping the out-of-line drop glue for values held inline (which
    /// own nothing): for hot paths that overwrite or pop numbers.
    #[inline(always)]
    pub fn release(self) {
        match self {
            Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Ellipsis
            | Value::NotImplemented => std::mem::forget(self),
            heap => drop(heap),
        }
    }
}

/// A big int with its byte charge.
pub struct BigIntObj {
    pub value: BigInt,
    pub charge: Charge,
}

/// An immutable byte string.
pub struct BytesObj {
    pub bytes: Vec<u8>,
    pub charge: Charge,
}

/// A mutable byte string (`bytearray`).
pub struct ByteArrayObj {
    pub bytes: std::cell::RefCell<Vec<u8>>,
    pub charge: Charge,
}

/// Bytes a bytearray with room for `capacity` bytes takes.
fn bytearray_bytes(capacity: usize) -> usize {
    heap::object_bytes::<ByteArrayObj>() + heap::buffer_bytes(capacity)
}

impl ByteArrayObj {
    /// Changes the bytes through `f`, which adds at most `additional` bytes, then charges
    /// the heap for the buffer as it now is: every growth of a bytearray (`+=`,
    /// `extend`, `append`, `insert`, slice assignment) goes through here, so growing one
    /// counts toward the memory limit, and the buffer grows as [`heap::reserve`] allows.
    pub fn change<R>(&self, additional: usize, f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
        let r = {
            let mut bytes = self.bytes.borrow_mut();
            heap::reserve(&mut bytes, additional);
            f(&mut bytes)
        };
        let capacity = self.bytes.borrow().capacity();
        self.charge.set(bytearray_bytes(capacity));
        r
    }
}

/// An immutable sequence; also the argument and `*args` carrier.
pub struct Tuple {
    pub items: Vec<Value>,
    pub charge: Charge,
}

impl Drop for Tuple {
    fn drop(&mut self) {
        heap::drop_children(std::mem::take(&mut self.items));
    }
}

/// `dict.keys()`, `.values()` or `.items()`: a live view of a dict.
pub struct DictView {
    pub dict: Rc<Dict>,
    pub kind: ViewKind,
}

impl DictView {
    /// What the view yields now, in order: keys, values or `(key, value)` tuples.
    pub fn snapshot(&self) -> Vec<Value> {
        self.dict
            .borrow()
            .iter()
            .map(|e| match self.kind {
                ViewKind::Keys => e.key.clone(),
                ViewKind::Values => e.value.clone(),
                ViewKind::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
            })
            .collect()
    }
}

/// Which part of a dict a view or dict iterator yields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// `range(start, stop, step)`; step is never 0. Bounds are 128-bit so ranges past
/// 2**63 (`range(10**20)`) work; Python ints beyond that are refused when made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RangeObj {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

/// `slice(start, stop, step)` as written (any values, usually ints or None).
pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A module object: a name and its namespace.
pub struct ModuleObj {
    pub name: Name,
    pub dict: Rc<Dict>,
}

/// Objects that change how an attribute found on a class is bound.
pub enum Descriptor {
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super(cls, obj)`: attribute lookup starts after `cls` in `obj`'s MRO.
    Super {
        cls: Rc<Class>,
        obj: Value,
    },
}

impl RangeObj {
    /// Number of items, as CPython computes it (never negative).
    pub fn len(&self) -> i128 {
        let (lo, hi, step) = (self.start, self.stop, self.step);
        if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / step.saturating_neg() + 1
        } else {
            0
        }
    }

    /// Whether the range has no items.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The item at a (non-negative, in-range) position.
    pub fn item(&self, index: i128) -> i128 {
        self.start.saturating_add(self.step.saturating_mul(index))
    }
}

impl Value {
    /// An int from a length, count or position in memory (see [`len_i64`]).
    pub fn from_len(n: usize) -> Value {
        Value::Int(len_i64(n))
    }

    /// An int from an unsigned 64-bit value (hashes, bit counts), exact.
    pub fn from_u64(n: u64) -> Value {
        match i64::try_from(n) {
            Ok(small) => Value::Int(small),
            Err(_) => Value::from_bigint(BigInt::from(n)),
        }
    }

    /// A new `str` value.
    pub fn str(s: impl Into<String>) -> Value {
        Value::Str(Rc::new(PyStr::new(s.into())))
    }

    /// The one-character `str` of `c` (shared when ASCII).
    pub fn char(c: char) -> Value {
        let shared = u8::try_from(c).ok().filter(u8::is_ascii).and_then(|b| {
            ASCII_CHARS.with(|table| {
                let mut table = table.try_borrow_mut().ok()?;
                let slot = table.get_mut(usize::from(b))?;
                Some(
                    slot.get_or_insert_with(|| Value::Str(Rc::new(PyStr::shared_ascii(b))))
                        .clone(),
                )
            })
        });
        shared.unwrap_or_else(|| Value::str(c))
    }

    /// A new `tuple` value.
    pub fn tuple(items: Vec<Value>) -> Value {
        let charge =
            Charge::new(heap::object_bytes::<Tuple>() + heap::values_bytes(items.capacity()));
        Value::Tuple(Rc::new(Tuple { items, charge }))
    }

    /// A new `list` value.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(List::new(items)))
    }

    /// A new `bytes` value.
    pub fn bytes(bytes: Vec<u8>) -> Value {
        let charge =
            Charge::new(heap::object_bytes::<BytesObj>() + heap::buffer_bytes(bytes.len()));
        Value::Bytes(Rc::new(BytesObj { bytes, charge }))
    }

    /// A new builtin iterator in state `kind`.
    pub fn iter(kind: IterKind) -> Value {
        let charge = Charge::new(heap::object_bytes::<IterObj>());
        Value::Iter(Rc::new(IterObj {
            state: std::cell::RefCell::new(kind),
            charge,
        }))
    }

    /// A `property`, `staticmethod`, `classmethod` or `super` object.
    pub fn descriptor(d: Descriptor) -> Value {
        Value::Descriptor(Rc::new(Counted::new(d)))
    }

    /// A `range` object, charged like the other small objects.
    pub fn range(r: RangeObj) -> Value {
        Value::Range(Rc::new(Counted::new(r)))
    }

    /// A `slice` object, charged like the other small objects.
    pub fn slice(s: SliceObj) -> Value {
        Value::Slice(Rc::new(Counted::new(s)))
    }

    /// A new `bytearray` value.
    pub fn bytearray(bytes: Vec<u8>) -> Value {
        let charge = Charge::new(bytearray_bytes(bytes.capacity()));
        Value::ByteArray(Rc::new(ByteArrayObj {
            bytes: std::cell::RefCell::new(bytes),
            charge,
        }))
    }

    /// The contents of a `bytes` or `bytearray` (copied for a bytearray, which may change).
    pub fn bytes_like(&self) -> Option<std::borrow::Cow<'_, [u8]>> {
        match self {
            Value::Bytes(b) => Some(std::borrow::Cow::Borrowed(&b.bytes)),
            Value::ByteArray(b) => Some(std::borrow::Cow::Owned(b.bytes.borrow().clone())),
            _ => Option::None,
        }
    }

    /// An int from a 128-bit value (ranges), normalised like [`Value::from_bigint`].
    pub fn from_i128(v: i128) -> Value {
        match i64::try_from(v) {
            Ok(small) => Value::Int(small),
            Err(_) => Value::from_bigint(BigInt::from(v)),
        }
    }

    /// An int from a big int, normalised to the inline form when it fits.
    pub fn from_bigint(value: BigInt) -> Value {
        match i64::try_from(&value) {
            Ok(small) => Value::Int(small),
            Err(_) => {
                // The digits are in memory, so their byte count fits a usize.
                let bytes = usize::try_from(value.bits() / 8).unwrap_or(usize::MAX);
                let charge = Charge::new(
                    heap::object_bytes::<BigIntObj>() + heap::buffer_bytes(bytes.saturating_add(8)),
                );
                Value::BigInt(Rc::new(BigIntObj { value, charge }))
            }
        }
    }

    /// A new `set` (or `frozenset` when `frozen`) from an already-built table.
    pub fn set_from_table(table: HashTable, frozen: bool) -> Value {
        let obj = Rc::new(Dict::from_table(table));
        if frozen {
            Value::FrozenSet(obj)
        } else {
            Value::Set(obj)
        }
    }

    /// Whether two values are the same object (`is`).
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) | (NotImplemented, NotImplemented) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (BigInt(a), BigInt(b)) => Rc::ptr_eq(a, b),
            (Str(a), Str(b)) => Rc::ptr_eq(a, b),
            (Bytes(a), Bytes(b)) => Rc::ptr_eq(a, b),
            (ByteArray(a), ByteArray(b)) => Rc::ptr_eq(a, b),
            (List(a), List(b)) => Rc::ptr_eq(a, b),
            (Tuple(a), Tuple(b)) => Rc::ptr_eq(a, b) || (a.items.is_empty() && b.items.is_empty()),
            (Dict(a), Dict(b)) => Rc::ptr_eq(a, b),
            (Set(a), Set(b)) | (FrozenSet(a), FrozenSet(b)) => Rc::ptr_eq(a, b),
            (DictView(a), DictView(b)) => Rc::ptr_eq(a, b),
            (Range(a), Range(b)) => Rc::ptr_eq(a, b),
            (Slice(a), Slice(b)) => Rc::ptr_eq(a, b),
            (Function(a), Function(b)) => Rc::ptr_eq(a, b),
            (Native(a), Native(b)) => Rc::ptr_eq(a, b),
            (BoundMethod(a), BoundMethod(b)) => Rc::ptr_eq(a, b),
            (Class(a), Class(b)) => Rc::ptr_eq(a, b),
            (Instance(a), Instance(b)) => Rc::ptr_eq(a, b),
            (Iter(a), Iter(b)) => Rc::ptr_eq(a, b),
            (Generator(a), Generator(b)) => Rc::ptr_eq(a, b),
            (Module(a), Module(b)) => Rc::ptr_eq(a, b),
            (Descriptor(a), Descriptor(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// The `str` contents, if this is a str.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => Option::None,
        }
    }

    /// Whether this is `None`.
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x}"),
            Value::BigInt(b) => write!(f, "{}", b.value),
            Value::Str(s) => write!(f, "{:?}", s.as_str()),
            other => write!(f, "<{}>", other.kind_name()),
        }
    }
}

impl Value {
    /// The builtin type name used in messages when no VM is at hand (instances report
    /// `object`; the VM's `type_name` knows the real class).
    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::ByteArray(_) => "bytearray",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::FrozenSet(_) => "frozenset",
            Value::DictView(v) => match v.kind {
                ViewKind::Keys => "dict_keys",
                ViewKind::Values => "dict_values",
                ViewKind::Items => "dict_items",
            },
            Value::Range(_) => "range",
            Value::Slice(_) => "slice",
            Value::Function(_) => "function",
            Value::Native(_) | Value::Host(_) => "builtin_function_or_method",
            Value::BoundMethod(_) => "method",
            Value::Class(_) => "type",
            Value::Instance(_) => "object",
            Value::Iter(i) => i.type_name(),
            Value::Generator(_) => "generator",
            Value::Module(_) => "module",
            Value::Descriptor(d) => match ***d {
                Descriptor::Property { .. } => "property",
                Descriptor::StaticMethod(_) => "staticmethod",
                Descriptor::ClassMethod(_) => "classmethod",
                Descriptor::Super { .. } => "super",
            },
            Value::Ellipsis => "ellipsis",
            Value::NotImplemented => "NotImplementedType",
        }
    }
}
#[cfg(test)]
mod tests {
    use super::Value;

    /// The VM stack, locals and containers hold these by value; the memory accounting's
    /// per-item charges assume two words.
    #[test]
    fn a_value_and_an_optional_value_are_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
    }

    /// Every string carries one: eight words, the positions of non-ASCII text boxed
    /// behind one of them (a program of many short strings peaked 10% higher when they
    /// were held inline).
    #[test]
    fn a_string_header_is_eight_words() {
        assert_eq!(std::mem::size_of::<super::PyStr>(), 64);
    }
}
