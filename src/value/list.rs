//! The `list` object: a growable vector behind a `RefCell`. Callers never hold a borrow
//! across a call back into Python, so user code can't trigger a double borrow.

use std::cell::{Ref, RefCell, RefMut};

use super::heap::{object_bytes, reserve, values_bytes, Charge};
use super::Value;

/// A mutable Python list.
pub struct List {
    items: RefCell<Vec<Value>>,
    charge: Charge,
}

impl List {
    /// A list owning `items`.
    pub fn new(items: Vec<Value>) -> List {
        let charge = Charge::new(list_bytes(items.capacity()));
        List {
            items: RefCell::new(items),
            charge,
        }
    }

    /// Reads the items.
    pub fn borrow(&self) -> Ref<'_, Vec<Value>> {
        self.items.borrow()
    }

    /// Changes the items; the charge follows the new capacity when the guard drops.
    pub fn borrow_mut(&self) -> ListMut<'_> {
        ListMut {
            items: self.items.borrow_mut(),
            charge: &self.charge,
        }
    }

    /// A snapshot of the items (for iterating while calling back into Python).
    pub fn to_vec(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The item at `index`, if in range.
    pub fn get(&self, index: usize) -> Option<Value> {
        self.items.borrow().get(index).cloned()
    }

    /// Puts `value` at `index` (the capacity, so the charge, stays as it is); gives the
    /// value back when `index` is out of range. The old item is dropped after the
    /// borrow ends.
    pub fn replace(&self, index: usize, value: Value) -> Result<(), Value> {
        let old = match self.items.borrow_mut().get_mut(index) {
            Some(slot) => std::mem::replace(slot, value),
            None => return Err(value),
        };
        drop(old);
        Ok(())
    }
}

impl Drop for List {
    fn drop(&mut self) {
        super::heap::drop_children(std::mem::take(self.items.get_mut()));
    }
}

/// A mutable borrow of a list that re-charges the heap for the list's capacity when done.
pub struct ListMut<'a> {
    items: RefMut<'a, Vec<Value>>,
    charge: &'a Charge,
}

impl std::ops::Deref for ListMut<'_> {
    type Target = Vec<Value>;
    fn deref(&self) -> &Vec<Value> {
        &self.items
    }
}

impl std::ops::DerefMut for ListMut<'_> {
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        &mut self.items
    }
}

/// Growth goes through [`heap::reserve`](super::heap::reserve), which doubles the buffer
/// only while the memory limit has room for that (these shadow `Vec`'s own methods).
impl ListMut<'_> {
    /// Appends `value`.
    pub fn push(&mut self, value: Value) {
        if self.items.len() == self.items.capacity() {
            reserve(&mut self.items, 1);
        }
        self.items.push(value);
    }

    /// Inserts `value` at `index` (at most the length).
    pub fn insert(&mut self, index: usize, value: Value) {
        reserve(&mut self.items, 1);
        self.items.insert(index, value);
    }

    /// Appends every item of `more`.
    pub fn extend(&mut self, more: impl IntoIterator<Item = Value>) {
        let more = more.into_iter();
        reserve(&mut self.items, more.size_hint().0);
        for value in more {
            self.push(value);
        }
    }
}

impl Drop for ListMut<'_> {
    fn drop(&mut self) {
        self.charge.set(list_bytes(self.items.capacity()));
    }
}

/// Bytes a list with room for `capacity` values takes.
fn list_bytes(capacity: usize) -> usize {
    object_bytes::<List>() + values_bytes(capacity)
}
