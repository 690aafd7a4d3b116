//! The byte-level algorithms behind the `str` and `bytes` methods: substring search,
//! splitting, stripping, replacing, padding and tab expansion. They work on the UTF-8 or
//! raw bytes of a text and return byte offsets or new bytes; [`Unit`] tells them where a
//! code point starts and what it is.

use std::ops::Range;

use super::text::reserve;
use super::text_unit::{units, Unit};
use crate::vm::{PyResult, Vm};

/// Substring search on byte strings: naive for short needles, Knuth–Morris–Pratt for long
/// ones, so no needle can make a search quadratic.
pub(crate) struct Finder<'n> {
    needle: &'n [u8],
    /// KMP failure table for the needle read forwards (and one for it read backwards),
    /// built only for long needles.
    forward: Vec<usize>,
    backward: Vec<usize>,
}

/// Needles up to this length are searched naively (at most this many compares per byte).
const NAIVE_MAX: usize = 16;

impl<'n> Finder<'n> {
    /// Prepares to search for `needle`.
    pub fn new(needle: &'n [u8]) -> Finder<'n> {
        let (forward, backward) = if needle.len() > NAIVE_MAX {
            (
                failure_table(needle.len(), |i| needle.get(i)),
                failure_table(needle.len(), |i| rev_at(needle, i)),
            )
        } else {
            (Vec::new(), Vec::new())
        };
        Finder {
            needle,
            forward,
            backward,
        }
    }

    /// The needle's length in bytes.
    pub fn len(&self) -> usize {
        self.needle.len()
    }

    /// The offset of the first occurrence in `hay`.
    pub fn find(&self, hay: &[u8]) -> Option<usize> {
        let m = self.needle.len();
        if m == 0 {
            return Some(0);
        }
        if m > hay.len() {
            return None;
        }
        if m > NAIVE_MAX {
            return kmp(
                &self.forward,
                hay.len(),
                m,
                |i| hay.get(i),
                |i| self.needle.get(i),
            )
            .map(|end| end + 1 - m);
        }
        // Candidates are the places the first byte occurs, found by memchr (vectorised),
        // each checked in full: still at most NAIVE_MAX compares per byte.
        let first = *self.needle.first()?;
        let last_start = hay.len() - m;
        let mut from = 0;
        while from <= last_start {
            let at = from + memchr::memchr(first, hay.get(from..=last_start)?)?;
            if hay.get(at..at + m) == Some(self.needle) {
                return Some(at);
            }
            from = at + 1;
        }
        None
    }

    /// The offset of the last occurrence in `hay`.
    pub fn rfind(&self, hay: &[u8]) -> Option<usize> {
        let m = self.needle.len();
        if m == 0 {
            return Some(hay.len());
        }
        if m > hay.len() {
            return None;
        }
        if m > NAIVE_MAX {
            let end = kmp(
                &self.backward,
                hay.len(),
                m,
                |i| rev_at(hay, i),
                |i| rev_at(self.needle, i),
            )?;
            return Some(hay.len() - 1 - end);
        }
        let first = *self.needle.first()?;
        let mut end = hay.len() - m + 1;
        while end > 0 {
            let at = memchr::memrchr(first, hay.get(..end)?)?;
            if hay.get(at..at + m) == Some(self.needle) {
                return Some(at);
            }
            end = at;
        }
        None
    }

    /// How many non-overlapping occurrences `hay` holds, up to `max`.
    pub fn count(&self, hay: &[u8], max: usize) -> usize {
        let mut n = 0;
        let mut pos = 0;
        while n < max {
            match hay.get(pos..).and_then(|rest| self.find(rest)) {
                Some(at) => {
                    n += 1;
                    pos += at + self.needle.len().max(1);
                    if self.needle.is_empty() && pos > hay.len() {
                        break;
                    }
                }
                None => break,
            }
        }
        n
    }
}

fn rev_at(s: &[u8], i: usize) -> Option<&u8> {
    s.len().checked_sub(i + 1).and_then(|j| s.get(j))
}

fn failure_table<'a>(m: usize, at: impl Fn(usize) -> Option<&'a u8>) -> Vec<usize> {
    let mut fail = vec![0usize; m];
    let mut k = 0;
    for i in 1..m {
        while k > 0 && at(i) != at(k) {
            k = fail.get(k - 1).copied().unwrap_or(0);
        }
        if at(i) == at(k) {
            k += 1;
        }
        if let Some(slot) = fail.get_mut(i) {
            *slot = k;
        }
    }
    fail
}

/// KMP scan; returns the hay position of the last byte of the first match.
fn kmp<'a, 'b>(
    fail: &[usize],
    n: usize,
    m: usize,
    hay: impl Fn(usize) -> Option<&'a u8>,
    needle: impl Fn(usize) -> Option<&'b u8>,
) -> Option<usize> {
    let mut k = 0;
    for i in 0..n {
        while k > 0 && hay(i) != needle(k) {
            k = fail.get(k - 1).copied().unwrap_or(0);
        }
        if hay(i) == needle(k) {
            k += 1;
        }
        if k == m {
            return Some(i);
        }
    }
    None
}

/// Byte ranges of the pieces of `bytes` split at runs of whitespace, at most `max` splits,
/// from the left or (`reverse`) from the right, in text order.
pub(crate) fn split_whitespace<U: Unit>(
    bytes: &[u8],
    max: usize,
    reverse: bool,
) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let next = |i: usize| {
        if reverse {
            U::decode_back(bytes.get(..i)?)
        } else {
            U::decode(bytes.get(i..)?)
        }
    };
    let step = |i: usize, w: usize| if reverse { i - w } else { i + w };
    let done = if reverse { 0 } else { bytes.len() };
    let mut i = if reverse { bytes.len() } else { 0 };
    let skip_space = |mut i: usize| {
        while let Some((u, w)) = next(i) {
            if !u.is_space() {
                break;
            }
            i = step(i, w);
        }
        i
    };
    let mut splits = 0;
    while splits < max {
        i = skip_space(i);
        if i == done {
            break;
        }
        let j = i;
        while let Some((u, w)) = next(i) {
            if u.is_space() {
                break;
            }
            i = step(i, w);
        }
        pieces.push(if reverse { i..j } else { j..i });
        splits += 1;
    }
    if i != done {
        i = skip_space(i);
        if i != done {
            pieces.push(if reverse { 0..i } else { i..bytes.len() });
        }
    }
    if reverse {
        pieces.reverse();
    }
    pieces
}

/// Byte ranges of the pieces of `bytes` split at `sep` (non-empty), at most `max` splits.
pub(crate) fn split_at(bytes: &[u8], sep: &Finder, max: usize, reverse: bool) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    if reverse {
        let mut end = bytes.len();
        while pieces.len() < max {
            match bytes.get(..end).and_then(|h| sep.rfind(h)) {
                Some(at) => {
                    pieces.push(at + sep.len()..end);
                    end = at;
                }
                None => break,
            }
        }
        pieces.push(0..end);
        pieces.reverse();
    } else {
        let mut start = 0;
        while pieces.len() < max {
            match bytes.get(start..).and_then(|h| sep.find(h)) {
                Some(at) => {
                    pieces.push(start..start + at);
                    start += at + sep.len();
                }
                None => break,
            }
        }
        pieces.push(start..bytes.len());
    }
    pieces
}

/// Byte ranges of the lines of `bytes`, with or without their line breaks (`\r\n` is one);
/// past `max_lines` lines the rest is one last range.
pub(crate) fn split_lines<U: Unit>(
    bytes: &[u8],
    keepends: bool,
    max_lines: usize,
) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some((u, w)) = bytes.get(i..).and_then(U::decode) {
        if lines.len() >= max_lines {
            break;
        }
        if !u.is_line_break() {
            i += w;
            continue;
        }
        let mut end = i + w;
        if u.is(b'\r') && bytes.get(end) == Some(&b'\n') {
            end += 1;
        }
        lines.push(start..if keepends { end } else { i });
        start = end;
        i = end;
    }
    if start < bytes.len() {
        lines.push(start..bytes.len());
    }
    lines
}

/// The byte range left after stripping units for which `strip` holds from the left and/or
/// right end.
pub(crate) fn strip_range<U: Unit>(
    bytes: &[u8],
    left: bool,
    right: bool,
    strip: impl Fn(U) -> bool,
) -> Range<usize> {
    let mut start = 0;
    let mut end = bytes.len();
    if left {
        while let Some((u, w)) = bytes.get(start..end).and_then(U::decode) {
            if !strip(u) {
                break;
            }
            start += w;
        }
    }
    if right {
        while let Some((u, w)) = bytes.get(start..end).and_then(U::decode_back) {
            if !strip(u) {
                break;
            }
            end -= w;
        }
    }
    start..end
}

/// `replace(old, new, count)` on bytes; `old` may be empty (insert `new` around every unit).
pub(crate) fn replace<U: Unit>(
    vm: &mut Vm,
    bytes: &[u8],
    old: &[u8],
    new: &[u8],
    max: usize,
) -> PyResult<Vec<u8>> {
    if old.is_empty() {
        let unit_count = units::<U>(bytes).count();
        let inserts = max.min(unit_count + 1);
        let size = bytes
            .len()
            .saturating_add(new.len().saturating_mul(inserts));
        reserve(vm, 1, size)?;
        let mut out = Vec::with_capacity(size);
        let mut done = 0;
        for (at, u) in units::<U>(bytes) {
            if done < inserts {
                out.extend_from_slice(new);
                done += 1;
            } else {
                out.extend_from_slice(bytes.get(at..).unwrap_or_default());
                return Ok(out);
            }
            u.encode(&mut out);
        }
        if done < inserts {
            out.extend_from_slice(new);
        }
        return Ok(out);
    }
    let finder = Finder::new(old);
    let n = finder.count(bytes, max);
    let growth = new.len().saturating_sub(old.len()).saturating_mul(n);
    reserve(vm, 1, bytes.len().saturating_add(growth))?;
    let mut out = Vec::with_capacity(bytes.len().saturating_add(growth));
    let mut pos = 0;
    for _ in 0..n {
        let Some(at) = bytes.get(pos..).and_then(|h| finder.find(h)) else {
            break;
        };
        out.extend_from_slice(bytes.get(pos..pos + at).unwrap_or_default());
        out.extend_from_slice(new);
        pos += at + old.len();
    }
    out.extend_from_slice(bytes.get(pos..).unwrap_or_default());
    Ok(out)
}
/// Pads `bytes` (`len` units) to `width` units with `fill`, putting `left` units of it in
/// front (the rest behind).
pub(crate) fn pad<U: Unit>(
    vm: &mut Vm,
    bytes: &[u8],
    left: usize,
    right: usize,
    fill: U,
) -> PyResult<Vec<u8>> {
    let mut unit = Vec::new();
    fill.encode(&mut unit);
    let size = bytes
        .len()
        .saturating_add(unit.len().saturating_mul(left.saturating_add(right)));
    reserve(vm, 1, size)?;
    let mut out = Vec::with_capacity(size);
    for _ in 0..left {
        out.extend_from_slice(&unit);
    }
    out.extend_from_slice(bytes);
    for _ in 0..right {
        out.extend_from_slice(&unit);
    }
    Ok(out)
}

/// `expandtabs(tabsize)`.
pub(crate) fn expand_tabs<U: Unit>(vm: &mut Vm, bytes: &[u8], tabsize: i64) -> PyResult<Vec<u8>> {
    let tab = usize::try_from(tabsize).unwrap_or(0);
    let mut total: usize = 0;
    let mut column: usize = 0;
    for (_, u) in units::<U>(bytes) {
        if u.is(b'\t') {
            if tab > 0 {
                let spaces = tab - column % tab;
                column = column.saturating_add(spaces);
                total = total.saturating_add(spaces);
            }
        } else {
            total = total.saturating_add(1);
            column = if u.is(b'\n') || u.is(b'\r') {
                0
            } else {
                column.saturating_add(1)
            };
        }
    }
    reserve(vm, 4, total)?;
    let mut out = Vec::with_capacity(bytes.len().max(total));
    let mut column = 0usize;
    for (_, u) in units::<U>(bytes) {
        if u.is(b'\t') {
            if tab > 0 {
                let spaces = tab - column % tab;
                out.resize(out.len() + spaces, b' ');
                column += spaces;
            }
        } else {
            u.encode(&mut out);
            column = if u.is(b'\n') || u.is(b'\r') {
                0
            } else {
                column + 1
            };
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str, ranges: Vec<Range<usize>>) -> Vec<&str> {
        ranges
            .into_iter()
            .map(|r| text.get(r).unwrap_or("?"))
            .collect()
    }

    #[test]
    fn finder_matches_naive_search() {
        let hay = "ab".repeat(40) + &"a".repeat(30) + "b" + "xyz";
        for needle in [
            "a",
            "ab",
            "ba",
            &"a".repeat(20),
            &("a".repeat(30) + "b"),
            "xyz",
            "zz",
            "",
        ] {
            let f = Finder::new(needle.as_bytes());
            assert_eq!(f.find(hay.as_bytes()), hay.find(needle), "find {needle}");
            assert_eq!(f.rfind(hay.as_bytes()), hay.rfind(needle), "rfind {needle}");
            if !needle.is_empty() {
                assert_eq!(
                    f.count(hay.as_bytes(), usize::MAX),
                    hay.matches(needle).count(),
                    "count {needle}"
                );
            }
        }
    }

    #[test]
    fn whitespace_split_both_ways() {
        let s = "  alpha  beta\tgamma\ndelta  ";
        assert_eq!(
            pieces(s, split_whitespace::<char>(s.as_bytes(), usize::MAX, false)),
            ["alpha", "beta", "gamma", "delta"]
        );
        assert_eq!(
            pieces(s, split_whitespace::<char>(s.as_bytes(), 1, false)),
            ["alpha", "beta\tgamma\ndelta  "]
        );
        assert_eq!(
            pieces(s, split_whitespace::<char>(s.as_bytes(), 1, true)),
            ["  alpha  beta\tgamma", "delta"]
        );
        assert!(split_whitespace::<u8>(b"   ", usize::MAX, false).is_empty());
    }
}
