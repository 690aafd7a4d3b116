//! Builtin iterator objects: their state lives here; the VM's `next` advances them.

use std::cell::RefCell;
use std::rc::Rc;

use super::dict::Dict;
use super::{Value, ViewKind};

/// A builtin iterator.
pub struct IterObj {
    pub state: RefCell<IterKind>,
    /// This iterator's bytes in the heap count.
    pub charge: super::heap::Charge,
}

/// What an iterator walks over and where it is.
pub enum IterKind {
    /// A list, tuple, str or bytes by index (lists may change while iterated).
    Seq {
        seq: Value,
        index: usize,
    },
    /// A sequence backwards.
    Reversed {
        seq: Value,
        index: usize,
    },
    Range {
        next: i128,
        step: i128,
        remaining: i128,
    },
    Dict {
        dict: Rc<Dict>,
        pos: usize,
        len: usize,
        kind: ViewKind,
    },
    /// A set's items in order; like `Dict`, it stops a loop that changes the set's size.
    Set {
        set: Rc<Dict>,
        pos: usize,
        len: usize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// A precomputed list of values (used for sets and snapshots).
    Values {
        items: Vec<Value>,
        index: usize,
    },
    Exhausted,
}

impl IterObj {
    /// The CPython type name of this iterator.
    pub fn type_name(&self) -> &'static str {
        match &*self.state.borrow() {
            IterKind::Seq { seq, .. } => match seq {
                Value::Tuple(_) => "tuple_iterator",
                Value::Str(_) => "str_iterator",
                Value::Bytes(_) => "bytes_iterator",
                Value::ByteArray(_) => "bytearray_iterator",
                _ => "list_iterator",
            },
            IterKind::Reversed { .. } => "reversed",
            IterKind::Range { .. } => "range_iterator",
            IterKind::Dict { kind, .. } => match kind {
                ViewKind::Keys => "dict_keyiterator",
                ViewKind::Values => "dict_valueiterator",
                ViewKind::Items => "dict_itemiterator",
            },
            IterKind::Enumerate { .. } => "enumerate",
            IterKind::Zip { .. } => "zip",
            IterKind::Map { .. } => "map",
            IterKind::Filter { .. } => "filter",
            IterKind::Callable { .. } => "callable_iterator",
            IterKind::Set { .. } => "set_iterator",
            IterKind::Values { .. } => "iterator",
            IterKind::Exhausted => "iterator",
        }
    }
}
