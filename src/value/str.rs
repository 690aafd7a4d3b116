//! The `str` object: UTF-8 text with its length in code points cached, so ASCII strings
//! (the common case) index in O(1); other strings keep, once first indexed, where every
//! `STRIDE`-th code point starts, so they index in O(STRIDE).

use std::cell::{Cell, OnceCell};

use super::heap::{buffer_bytes, object_bytes, Charge, OBJECT_HEADER};

/// An immutable Python string.
pub struct PyStr {
    text: String,
    chars: usize,
    hash: Cell<Option<u64>>,
    /// A non-ASCII string's code-point starts, made on its first positional access.
    /// Boxed: one word in every string rather than four, for the few that need it.
    starts: OnceCell<Box<CharStarts>>,
    _charge: Charge,
}

/// Code points between two recorded starts in [`CharStarts`]: a position is found by
/// decoding at most this many characters.
const STRIDE: usize = 32;

/// The byte offsets of code points 0, STRIDE, 2·STRIDE, … of a non-ASCII string, so
/// indexing it or walking it by position (a `for` loop) does not decode it from the start
/// each time, which made a loop over its characters quadratic. Charged like any object.
struct CharStarts {
    offsets: Vec<usize>,
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
        PyStr::with_chars(text, chars)
    }

    /// The one-character ASCII string of `byte`, uncharged: the interpreter's own table
    /// of them (`Value::char`) is shared by every run, holds at most 128, and is no
    /// run's memory.
    pub fn shared_ascii(byte: u8) -> PyStr {
        PyStr {
            text: char::from(byte).to_string(),
            chars: 1,
            hash: Cell::new(None),
            starts: OnceCell::new(),
            _charge: Charge::new(0),
        }
    }

    /// A string of `text`, whose length in code points is known to be `chars`.
    fn with_chars(mut text: String, chars: usize) -> PyStr {
        // Text built by pushing may hold up to twice the room it needs, which would count
        // toward the limit unseen by the check made for its length: a string never grows
        // but by `append`, which sizes its own room, so the spare room is given back.
        if text.capacity() - text.len() > text.len() / 8 + 16 {
            text.shrink_to_fit();
        }
        let charge = Charge::new(object_bytes::<PyStr>() + buffer_bytes(text.capacity()));
        PyStr {
            text,
            chars,
            hash: Cell::new(None),
            starts: OnceCell::new(),
            _charge: charge,
        }
    }

    /// Where a stretch of at most `STRIDE` code points holding position `index` starts:
    /// (its byte offset, `index`'s place in it); None past the end.
    fn stretch_of(&self, index: usize) -> Option<(usize, usize)> {
        let starts = self.starts.get_or_init(|| {
            let offsets: Vec<usize> = self
                .text
                .char_indices()
                .step_by(STRIDE)
                .map(|(at, _)| at)
                .collect();
            let charge =
                Charge::new(offsets.capacity() * std::mem::size_of::<usize>() + OBJECT_HEADER);
            Box::new(CharStarts {
                offsets,
                _charge: charge,
            })
        });
        let start = *starts.offsets.get(index / STRIDE)?;
        Some((start, index % STRIDE))
    }

    /// The bytes `more` would add to this string's allocation if appended in place: the
    /// buffer doubles when it is full, so a loop of appends copies linearly, not
    /// quadratically.
    pub fn append_growth(&self, more: &PyStr) -> usize {
        let len = self.text.len().saturating_add(more.text.len());
        let capacity = self.text.capacity();
        if len <= capacity {
            0
        } else {
            len.max(capacity.saturating_mul(2)) - capacity
        }
    }

    /// Appends `more` in place (`s += t` when nothing else holds `s`), growing the
    /// buffer by [`PyStr::append_growth`] and the charge with it.
    pub fn append(&mut self, more: &PyStr) {
        let growth = self.append_growth(more);
        self.text
            .reserve_exact((self.text.capacity() + growth).saturating_sub(self.text.len()));
        self.text.push_str(&more.text);
        self.chars += more.chars;
        self.hash = Cell::new(None);
        self.starts = OnceCell::new();
        self._charge
            .set(object_bytes::<PyStr>() + buffer_bytes(self.text.capacity()));
    }

    /// `a + b` as a new string.
    pub fn concat(a: &PyStr, b: &PyStr) -> PyStr {
        let mut text = String::with_capacity(a.text.len().saturating_add(b.text.len()));
        text.push_str(&a.text);
        text.push_str(&b.text);
        PyStr::with_chars(text, a.chars.saturating_add(b.chars))
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
            let (start, skip) = self.stretch_of(index)?;
            self.text.get(start..)?.chars().nth(skip)
        }
    }

    /// Byte offset of code-point position `index` (clamped to the end).
    pub fn byte_offset(&self, index: usize) -> usize {
        if self.is_ascii() {
            index.min(self.text.len())
        } else {
            self.stretch_of(index)
                .and_then(|(start, skip)| {
                    let (at, _) = self.text.get(start..)?.char_indices().nth(skip)?;
                    Some(start + at)
                })
                .unwrap_or(self.text.len())
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
