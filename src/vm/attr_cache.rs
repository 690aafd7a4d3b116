//! The attribute inline cache: for each attribute name a code object reads or writes on
//! instances, what the instance's class held under that name last time, so `self.x`,
//! `self.x = v` and `self.method()` skip the lookup along the class's MRO.
//!
//! A slot remembers a few classes (the same code often sees instances of several
//! subclasses). An entry is right for its class (compared by address; the entry keeps
//! the class's allocation with a weak reference, so the address is not reused) while the
//! versions of the class and its MRO add up to the stamp it was filled at
//! (`Class::stamp`). It holds methods weakly too: a code object's cache never keeps a
//! function alive, so it makes no reference cycles.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use crate::value::class::Class;
use crate::value::function::{Function, NativeFunction};
use crate::value::Value;

/// What the class holds under a name, as far as the fast paths care.
#[derive(Debug, Clone)]
pub enum OnClass {
    /// Nothing along the MRO: the instance's own attributes decide.
    Nothing,
    /// A plain Python function: a method, which `LoadMethod` pushes with its receiver.
    Method(Weak<Function>),
    /// A method written in Rust (`list.append`), likewise.
    Native(Weak<NativeFunction>),
    /// Anything else (a class variable, a property, a native method): the full lookup
    /// decides.
    Other,
}

/// How many classes one slot remembers; a further class replaces the oldest.
const CLASSES_PER_SLOT: usize = 4;

#[derive(Debug)]
struct AttrEntry {
    class: Weak<Class>,
    stamp: u64,
    found: OnClass,
    /// The class writes attributes the plain way: no `__setattr__` of its own.
    plain_setattr: bool,
    /// Where the class's instances keep the name (see `value::layout`), if anywhere.
    slot: Option<usize>,
}

/// What one slot says about an instance of some class.
pub struct Hit {
    pub found: OnClass,
    pub plain_setattr: bool,
    /// The layout slot of the name: an instance's own value is read and written there.
    pub slot: Option<usize>,
}

/// The entries for one name, oldest first.
type AttrSlot = Vec<AttrEntry>;

/// The slots of one code object, by index into its `names` (filled on first use).
#[derive(Debug, Default)]
pub struct AttrCache(RefCell<Vec<AttrSlot>>);

impl AttrCache {
    /// What the slot for `names[index]` knows about `class`, if it was filled for this
    /// class and nothing along its MRO changed since.
    #[inline(always)]
    pub fn probe(&self, index: u32, class: &Rc<Class>) -> Option<Hit> {
        let slots = self.0.borrow();
        let entry = slots
            .get(index as usize)?
            .iter()
            .find(|e| std::ptr::eq(e.class.as_ptr(), Rc::as_ptr(class)))?;
        (entry.stamp == class.stamp()).then(|| Hit {
            found: entry.found.clone(),
            plain_setattr: entry.plain_setattr,
            slot: entry.slot,
        })
    }

    /// Fills the entry for `class` in the slot for `names[index]` from the class's own
    /// lookup. A name the class does not hold gets a layout slot now (instances will
    /// keep it there); a method's slot, if it has one, tells whether an instance shadows
    /// it. The stamp is taken last: numbering a slot changes the class.
    pub fn fill(&self, index: u32, name: &str, class: &Rc<Class>) {
        let found = match class.lookup(name) {
            None => OnClass::Nothing,
            Some(Value::Function(f)) => OnClass::Method(Rc::downgrade(&f)),
            Some(Value::Native(n)) => OnClass::Native(Rc::downgrade(&n)),
            Some(_) => OnClass::Other,
        };
        let slot = match found {
            OnClass::Nothing => class.slot_or_add(name),
            _ => class.slot(name),
        };
        let plain_setattr = matches!(class.lookup("__setattr__"), None | Some(Value::Native(_)));
        let entry = AttrEntry {
            class: Rc::downgrade(class),
            stamp: class.stamp(),
            found,
            plain_setattr,
            slot,
        };
        let mut slots = self.0.borrow_mut();
        let i = index as usize;
        if slots.len() <= i {
            slots.resize_with(i + 1, Vec::new);
        }
        let Some(slot) = slots.get_mut(i) else {
            return;
        };
        slot.retain(|e| !std::ptr::eq(e.class.as_ptr(), Rc::as_ptr(class)));
        if slot.len() >= CLASSES_PER_SLOT {
            slot.remove(0);
        }
        slot.push(entry);
    }
}
