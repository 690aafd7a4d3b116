//! The ordered hash table behind `dict` and `set`: a compact entry array in insertion
//! order plus an open-addressing index, like CPython's dict. The table only stores and
//! finds hashes; comparing keys (which may run user `__eq__`) is the VM's job, so the
//! table is never borrowed while Python code runs.

use std::cell::{Cell, Ref, RefCell};

use super::heap::{buffer_bytes, object_bytes, Charge};
use super::Value;

const EMPTY: u32 = u32::MAX;
const DELETED: u32 = u32::MAX - 1;

/// An entry position as the index slots store it. A table reaching 2^32 - 2 entries
/// would hold over 100 GiB of them (each entry is at least 40 bytes), far past the
/// memory limit every run has, so the position always fits below `DELETED`.
#[allow(clippy::cast_possible_truncation)]
fn slot_of(pos: usize) -> u32 {
    pos as u32
}

/// One key/value pair with the key's hash.
#[derive(Clone)]
pub struct Entry {
    pub hash: u64,
    pub key: Value,
    pub value: Value,
}

/// An insertion-ordered hash table of entries.
#[derive(Clone, Default)]
pub struct HashTable {
    entries: Vec<Option<Entry>>,
    indices: Vec<u32>,
    len: usize,
    /// Index slots that are not EMPTY (live or DELETED): growth is decided on this, so
    /// probing always finds an empty slot.
    filled: usize,
    /// Renewed on every insertion or removal, so iterators and lookups that ran user
    /// code can tell the table changed under them. Versions come from one counter for
    /// all tables, so a version names one layout of keys: a position found in a table at
    /// some version holds the same key in any table at that version (`LoadGlobal`'s
    /// cache relies on it). Version 0 is an empty table that never held anything.
    version: u64,
}

thread_local! {
    static NEXT_VERSION: Cell<u64> = const { Cell::new(1) };
}

/// A table version no table has had before on this thread.
fn fresh_version() -> u64 {
    NEXT_VERSION.with(|next| {
        let v = next.get();
        next.set(v.wrapping_add(1));
        v
    })
}

impl HashTable {
    /// An empty table.
    pub fn new() -> HashTable {
        HashTable::default()
    }

    /// Number of live entries.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the table has no entries.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Bytes this table occupies, for the heap charge.
    pub fn capacity_bytes(&self) -> usize {
        buffer_bytes(self.entries.capacity() * std::mem::size_of::<Option<Entry>>())
            + buffer_bytes(self.indices.capacity() * 4)
    }

    /// Positions of entries whose stored hash equals `hash`, in probe order (lazily: a
    /// lookup allocates nothing).
    pub fn candidates(&self, hash: u64) -> impl Iterator<Item = usize> + '_ {
        self.probe(hash)
            .map(|i| self.indices.get(i).copied().unwrap_or(EMPTY))
            .take_while(|&slot| slot != EMPTY)
            .filter(|&slot| slot != DELETED)
            .map(|slot| slot as usize)
            .filter(move |&pos| matches!(self.entries.get(pos), Some(Some(e)) if e.hash == hash))
    }

    /// The index slots a lookup of `hash` visits, in order: CPython's perturbed probing,
    /// bounded so a table without empty slots can't loop forever.
    // The hash is cut to usize on purpose (32-bit targets): only its bits under the
    // table mask matter.
    #[allow(clippy::cast_possible_truncation)]
    fn probe(&self, hash: u64) -> impl Iterator<Item = usize> {
        let mask = self.indices.len().wrapping_sub(1);
        let mut perturb = hash;
        let mut i = (hash as usize) & mask;
        let steps = if self.indices.is_empty() {
            0
        } else {
            self.indices.len() * 4
        };
        (0..steps).map(move |step| {
            if step > 0 {
                perturb >>= 5;
                i = i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize)
                    & mask;
            }
            i
        })
    }

    /// The table's version (see the field): changes whenever a key comes or goes.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Marks the table changed, for a caller that replaced it wholesale.
    pub fn touch(&mut self) {
        self.version = fresh_version();
    }

    /// The entry at `pos`, if live.
    pub fn entry(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos).and_then(Option::as_ref)
    }

    /// Replaces the value of the entry at `pos`.
    pub fn set_value(&mut self, pos: usize, value: Value) {
        drop(self.replace_value(pos, value));
    }

    /// Replaces the value of the entry at `pos`, handing back the old one (for a caller
    /// that drops it after releasing the table).
    pub fn replace_value(&mut self, pos: usize, value: Value) -> Option<Value> {
        match self.entries.get_mut(pos) {
            Some(Some(e)) => Some(std::mem::replace(&mut e.value, value)),
            _ => None,
        }
    }

    /// Appends a new entry; the caller has checked the key is not present.
    pub fn push(&mut self, hash: u64, key: Value, value: Value) {
        if (self.entries.len().max(self.filled) + 1) * 3 >= self.indices.len() * 2 {
            self.rebuild((self.len + 1) * 3);
        }
        let pos = slot_of(self.entries.len());
        super::heap::reserve(&mut self.entries, 1);
        self.entries.push(Some(Entry { hash, key, value }));
        self.place(hash, pos);
        self.len += 1;
        self.version = fresh_version();
    }

    /// Removes and returns the entry at `pos`.
    pub fn remove(&mut self, pos: usize) -> Option<Entry> {
        let entry = self.entries.get_mut(pos)?.take()?;
        let slot = self.probe(entry.hash).find(
            |&i| matches!(self.indices.get(i).copied(), Some(p) if p as usize == pos || p == EMPTY),
        );
        if let Some(slot) = slot.and_then(|i| self.indices.get_mut(i)) {
            if *slot != EMPTY {
                *slot = DELETED;
            }
        }
        self.len -= 1;
        self.version = fresh_version();
        if self.len == 0 {
            self.entries.clear();
            self.indices.iter_mut().for_each(|s| *s = EMPTY);
            self.filled = 0;
        }
        Some(entry)
    }

    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let pos = self.entries.iter().rposition(Option::is_some)?;
        let e = self.remove(pos);
        self.entries.truncate(pos);
        e
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        *self = HashTable {
            version: fresh_version(),
            ..HashTable::default()
        };
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The first live entry at or after position `pos`, with its position (for iterators
    /// that survive between calls).
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while let Some(slot) = self.entries.get(pos) {
            if let Some(e) = slot {
                return Some((pos, e));
            }
            pos += 1;
        }
        None
    }

    fn place(&mut self, hash: u64, pos: u32) {
        let free = self
            .probe(hash)
            .find(|&i| matches!(self.indices.get(i).copied(), Some(EMPTY | DELETED)));
        match free.and_then(|i| self.indices.get_mut(i)) {
            Some(slot) => {
                if *slot == EMPTY {
                    self.filled += 1;
                }
                *slot = pos;
            }
            // No free slot on the probe path: grow, which re-places every entry.
            None => self.rebuild(self.len * 3 + 3),
        }
    }

    fn rebuild(&mut self, min_slots: usize) {
        let size = min_slots.max(8).next_power_of_two();
        let entries: Vec<Option<Entry>> = self.entries.drain(..).filter(Option::is_some).collect();
        self.entries = entries;
        self.indices = vec![EMPTY; size];
        self.filled = 0;
        for pos in 0..self.entries.len() {
            if let Some(Some(e)) = self.entries.get(pos) {
                let h = e.hash;
                self.place(h, slot_of(pos));
            }
        }
    }
}

/// A Python `dict` (also used for module and instance namespaces).
pub struct Dict {
    table: RefCell<HashTable>,
    charge: Charge,
}

impl Dict {
    /// An empty dict.
    pub fn new() -> Dict {
        Dict::from_table(HashTable::new())
    }

    /// A dict over an already-built table.
    pub fn from_table(table: HashTable) -> Dict {
        let charge = Charge::new(object_bytes::<Dict>() + table.capacity_bytes());
        Dict {
            table: RefCell::new(table),
            charge,
        }
    }

    /// Reads the table.
    pub fn borrow(&self) -> Ref<'_, HashTable> {
        self.table.borrow()
    }

    /// Replaces the value at `pos`, handing back the old one. No key comes or goes, so
    /// the table's size and charge stay as they are.
    pub fn replace_value(&self, pos: usize, value: Value) -> Option<Value> {
        self.table.borrow_mut().replace_value(pos, value)
    }

    /// Changes the table through `f`, re-charging the heap afterwards.
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut HashTable) -> R) -> R {
        let mut t = self.table.borrow_mut();
        let r = f(&mut t);
        self.charge.set(object_bytes::<Dict>() + t.capacity_bytes());
        r
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    /// Whether the dict is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Drop for Dict {
    fn drop(&mut self) {
        let table = std::mem::take(self.table.get_mut());
        let mut children = Vec::with_capacity(table.len() * 2);
        for e in table.entries.into_iter().flatten() {
            children.push(e.key);
            children.push(e.value);
        }
        super::heap::drop_children(children);
    }
}

impl Default for Dict {
    fn default() -> Self {
        Dict::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_insertion_order_through_removals_and_growth() {
        let mut t = HashTable::new();
        for i in 0..100 {
            t.push(i as u64 % 7, Value::Int(i), Value::Int(i * 2));
        }
        for pos in (0..100).step_by(3) {
            assert!(t.remove(pos).is_some());
        }
        t.push(3, Value::Int(1000), Value::None);
        let keys: Vec<i64> = t
            .iter()
            .filter_map(|e| {
                if let Value::Int(i) = e.key {
                    Some(i)
                } else {
                    None
                }
            })
            .collect();
        let mut want: Vec<i64> = (0..100).filter(|i| i % 3 != 0).collect();
        want.push(1000);
        assert_eq!(keys, want);
        assert_eq!(t.len(), want.len());
    }

    #[test]
    fn popitem_and_insert_cycles_never_fill_the_index() {
        let mut t = HashTable::new();
        for i in 0..5 {
            t.push(i, Value::Int(i as i64), Value::None);
        }
        for i in 0..10_000u64 {
            assert!(t.pop_last().is_some());
            t.push(
                i.wrapping_mul(0x9E37_79B9),
                Value::Int(i as i64),
                Value::None,
            );
        }
        assert_eq!(t.len(), 5);
        assert!(t.candidates(12345).count() <= 5);
    }

    #[test]
    fn candidates_find_entries_by_hash() {
        let mut t = HashTable::new();
        t.push(42, Value::Int(1), Value::None);
        t.push(42, Value::Int(2), Value::None);
        t.push(7, Value::Int(3), Value::None);
        assert_eq!(t.candidates(42).count(), 2);
        assert_eq!(t.candidates(7).collect::<Vec<_>>(), vec![2]);
        assert_eq!(t.candidates(8).count(), 0);
        assert!(t.pop_last().is_some());
        assert_eq!(t.candidates(7).count(), 0);
    }
}
