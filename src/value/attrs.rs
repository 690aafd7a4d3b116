//! Attributes held by name: an instance's own, a function's, a class's namespace. Their
//! bytes count toward the memory limit as names are added, so a program cannot grow
//! past `max_memory` by `setattr` with ever new names, nor by making endless classes.

use std::collections::HashMap;

use super::heap::{Charge, OBJECT_HEADER};
use super::{Name, Value};

/// The map behind [`Attrs`]. Looked up on every attribute access, so it hashes with
/// foldhash: several times faster than std's SipHash, and still seeded per process, so
/// programs cannot precompute colliding names.
pub type AttrMap = HashMap<Name, Value, foldhash::fast::RandomState>;

/// Bytes one entry costs: the table's slot (key pointer and value, control byte and
/// load-factor slack) and the key's own allocation (its header and text). A key shared
/// with a code object's names is counted again: an overcount, never an undercount.
fn entry_bytes(name: &str) -> usize {
    let slot = std::mem::size_of::<(Name, Value)>() * 8 / 7 + 1;
    slot + OBJECT_HEADER + name.len()
}

/// An attribute namespace whose entries are charged to the heap count.
#[derive(Default)]
pub struct Attrs {
    map: AttrMap,
    charge: Charge,
}

impl Attrs {
    /// Holds `map`'s entries, charging them.
    pub fn from_map(map: AttrMap) -> Attrs {
        let bytes = map.keys().map(|k| entry_bytes(k)).sum();
        Attrs {
            map,
            charge: Charge::new(bytes),
        }
    }

    /// The value under `name`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.map.get(name)
    }

    /// The value under `name`, to change in place (the entry keeps its charge).
    pub fn get_mut(&mut self, name: &str) -> Option<&mut Value> {
        self.map.get_mut(name)
    }

    /// Whether `name` is set.
    pub fn contains_key(&self, name: &str) -> bool {
        self.map.contains_key(name)
    }

    /// Sets `name`; a new name is charged. Returns the value it replaces.
    pub fn insert(&mut self, name: Name, value: Value) -> Option<Value> {
        if let Some(slot) = self.map.get_mut(&*name) {
            return Some(std::mem::replace(slot, value));
        }
        self.charge.grow(entry_bytes(&name));
        self.map.insert(name, value)
    }

    /// Unsets `name`, releasing its charge. Returns its value.
    pub fn remove(&mut self, name: &str) -> Option<Value> {
        let (key, value) = self.map.remove_entry(name)?;
        self.charge.shrink(entry_bytes(&key));
        Some(value)
    }

    /// The names and values, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&Name, &Value)> {
        self.map.iter()
    }

    /// How many names are set.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether no name is set.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Unsets every name, releasing the charge.
    pub fn clear(&mut self) {
        self.map.clear();
        self.charge.set(0);
    }

    /// Empties the namespace, handing back its values (drops pass them to the drop work
    /// list, and the end of a run breaks reference cycles this way).
    pub fn take_values(&mut self) -> Vec<Value> {
        self.charge.set(0);
        std::mem::take(&mut self.map).into_values().collect()
    }
}
