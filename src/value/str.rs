//! The `str` object: UTF-8 text with its length in code points cached, so ASCII strings
//! (the common case) index in O(1).

use std::cell::Cell;

use super::heap::{Charge, OBJECT_HEADER};

/// An immutable Python string.
pub struct PyStr {
    text: String,
    chars: usize,
    hash: Cell<Option<u64>>,
    _charge: Charge,
}

impl PyStr {
    /// Wraps `text`, counting its code points once.
    pub fn new(text: String) -> PyStr {
        let chars = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        let charge = Charge::new(OBJECT_HEADER + text.len());
        PyStr {
            text,
            chars,
            hash: Cell::new(None),
            _charge: charge,
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points (Python's `len`).
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// Whether every character is ASCII, so byte and char positions agree.
    pub fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }

    /// The character at code-point position `index` (already bounds-checked by the caller
    /// or returns None).
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.is_ascii() {
            self.text.as_bytes().get(index).map(|&b| b as char)
        } else {
            self.text.chars().nth(index)
        }
    }

    /// Byte offset of code-point position `index` (clamped to the end).
    pub fn byte_offset(&self, index: usize) -> usize {
        if self.is_ascii() {
            index.min(self.text.len())
        } else {
            self.text
                .char_indices()
                .nth(index)
                .map_or(self.text.len(), |(i, _)| i)
        }
    }

    /// The cached hash, computing it on first use.
    pub fn hash(&self) -> u64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = hash_bytes(self.text.as_bytes());
        self.hash.set(Some(h));
        h
    }
}

/// The hash of str and bytes contents: FNV-1a, fixed (no per-process seed) so runs are
/// reproducible, folded into CPython's hash range.
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}
