//! Where instances keep their own attributes. Each class numbers the names its
//! instances are given (its [`Layout`]: the same slot for every instance), and an
//! instance stores bare values in slot order ([`Slots`]), so the attribute cache can
//! remember a slot and `self.x` reads a vector instead of hashing a name.
//!
//! A class numbers at most [`MAX_SLOTS`] names; an instance keeps any further name in a
//! map of its own, so a program setting endless distinct names (`setattr(o, f'a{i}',
//! 1)`) grows that instance's map, not every instance's vector. Both count toward the
//! memory limit.

use std::collections::HashMap;

use super::attrs::Attrs;
use super::heap::{buffer_bytes, Charge, OBJECT_HEADER};
use super::{Name, Value};

/// How many names one class numbers. Real classes use a handful; the bound keeps an
/// instance's vector small whatever a program does.
pub const MAX_SLOTS: usize = 64;

/// The names a class's instances have been given, numbered in first-set order.
#[derive(Default)]
pub struct Layout {
    names: Vec<Name>,
    index: HashMap<Name, usize, foldhash::fast::RandomState>,
    charge: Charge,
}

impl Layout {
    /// Every name numbered so far, in slot order.
    pub fn names(&self) -> &[Name] {
        &self.names
    }

    /// The slot of `name`, if it has one.
    pub fn slot(&self, name: &str) -> Option<usize> {
        self.index.get(name).copied()
    }

    /// The slot of `name`, numbering it if it is new and the layout has room; the bool
    /// says whether it was added (which the class must treat as a change: a cache that
    /// knew the name had no slot is stale).
    pub fn slot_or_add(&mut self, name: &str) -> (Option<usize>, bool) {
        if let Some(slot) = self.slot(name) {
            return (Some(slot), false);
        }
        if self.names.len() >= MAX_SLOTS {
            return (None, false);
        }
        let slot = self.names.len();
        let name: Name = name.into();
        self.charge.grow(2 * OBJECT_HEADER + name.len());
        self.names.push(name.clone());
        self.index.insert(name, slot);
        (Some(slot), true)
    }
}

/// An instance's own attributes: values by slot of its class's layout, and names past
/// the layout's room by name.
#[derive(Default)]
pub struct Slots {
    values: Vec<Option<Value>>,
    /// Boxed, and made only when first needed: almost no instance has one, and every
    /// instance carries the field.
    overflow: Option<Box<Attrs>>,
    charge: Charge,
}

impl Slots {
    /// The value in `slot`.
    #[inline]
    pub fn get(&self, slot: usize) -> Option<&Value> {
        self.values.get(slot)?.as_ref()
    }

    /// Sets `slot`, growing the vector (its capacity charged) to reach it; returns the
    /// old value.
    #[inline]
    pub fn set(&mut self, slot: usize, value: Value) -> Option<Value> {
        if slot >= self.values.len() {
            let before = self.values.capacity();
            self.values.resize(slot + 1, None);
            self.charge.grow(
                (self.values.capacity().saturating_sub(before))
                    * std::mem::size_of::<Option<Value>>(),
            );
        }
        self.values.get_mut(slot)?.replace(value)
    }

    /// Unsets `slot`; returns its value.
    pub fn take(&mut self, slot: usize) -> Option<Value> {
        self.values.get_mut(slot)?.take()
    }

    /// The attributes kept by name (past the layout's room), if any ever were.
    pub fn overflow(&self) -> Option<&Attrs> {
        self.overflow.as_deref()
    }

    /// The same, for changing; made (charged) if there was none.
    pub fn overflow_mut(&mut self) -> &mut Attrs {
        self.overflow.get_or_insert_with(|| {
            self.charge.grow(buffer_bytes(std::mem::size_of::<Attrs>()));
            Box::default()
        })
    }

    /// Removes `name` from the attributes kept by name; returns its value.
    pub fn remove_named(&mut self, name: &str) -> Option<Value> {
        self.overflow.as_mut()?.remove(name)
    }

    /// Empties the attributes, handing back their values.
    pub fn take_values(&mut self) -> Vec<Value> {
        let mut values: Vec<Value> = std::mem::take(&mut self.values)
            .into_iter()
            .flatten()
            .collect();
        if let Some(overflow) = self.overflow.as_mut() {
            values.extend(overflow.take_values());
        }
        self.charge.set(0);
        values
    }
}
