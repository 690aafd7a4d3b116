//! `LoadGlobal`'s inline cache: for each name a code object reads as a global, where it
//! was found last time (a position in the globals or the builtins table), so a function
//! calling `len` or itself in a loop finds it without hashing the name again. Module
//! code, whose names are its globals, reads and rebinds its variables through it too.
//!
//! A position stays right while the tables keep their versions (a version changes
//! whenever a key comes or goes; see `HashTable::version`); the value is read fresh from
//! the position each time, so rebinding a global is seen at once. The cache holds no
//! values, so it makes no reference cycles through the code object.

use std::cell::RefCell;

use crate::value::{Dict, Value};

/// Where one global name was found, and the table versions that keeps it right.
#[derive(Debug, Clone, Copy)]
struct GlobalSlot {
    globals_version: u64,
    /// Set when the name is a builtin (absent from the globals): the builtins' version.
    builtins_version: Option<u64>,
    pos: usize,
}

/// The slots of one code object, by index into its `names` (filled on first use).
#[derive(Debug, Default)]
pub struct GlobalCache(RefCell<Vec<Option<GlobalSlot>>>);

impl GlobalCache {
    /// The value of the global named by `names[index]`, if the cache knows where it is.
    #[inline(always)]
    pub fn get(&self, index: u32, globals: &Dict, builtins: &Dict) -> Option<Value> {
        let slot = (*self.0.borrow().get(index as usize)?)?;
        let g = globals.borrow();
        if g.version() != slot.globals_version {
            return None;
        }
        let entry_value = |t: &crate::value::HashTable| t.entry(slot.pos).map(|e| e.value.clone());
        match slot.builtins_version {
            None => entry_value(&g),
            Some(version) => {
                let b = builtins.borrow();
                (b.version() == version).then(|| entry_value(&b)).flatten()
            }
        }
    }

    /// Rebinds the global named by `names[index]` in place where the cache knows its
    /// position in the globals (rebinding adds no key, so the position stays right);
    /// hands the value back when it cannot.
    pub fn set(&self, index: u32, globals: &Dict, value: Value) -> Result<(), Value> {
        let slot = match self.0.borrow().get(index as usize) {
            Some(Some(slot)) if slot.builtins_version.is_none() => *slot,
            _ => return Err(value),
        };
        if globals.borrow().version() != slot.globals_version {
            return Err(value);
        }
        let old = globals.replace_value(slot.pos, value);
        drop(old);
        Ok(())
    }

    /// Records where `name` (`names[index]`) is now: in the globals, in the builtins, or
    /// nowhere (nothing recorded; the caller raises NameError).
    pub fn fill(&self, index: u32, name: &str, globals: &Dict, builtins: &Dict) {
        let globals_version = globals.borrow().version();
        let slot = match super::dictops::str_position(globals, name) {
            Some(pos) => GlobalSlot {
                globals_version,
                builtins_version: None,
                pos,
            },
            None => match super::dictops::str_position(builtins, name) {
                Some(pos) => GlobalSlot {
                    globals_version,
                    builtins_version: Some(builtins.borrow().version()),
                    pos,
                },
                None => return,
            },
        };
        let mut slots = self.0.borrow_mut();
        let i = index as usize;
        if slots.len() <= i {
            slots.resize(i + 1, None);
        }
        if let Some(s) = slots.get_mut(i) {
            *s = Some(slot);
        }
    }
}
