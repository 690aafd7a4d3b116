//! Source positions: what tracebacks, syntax errors and editor markers point at.

/// A region of source text. Lines are 1-based; columns are 1-based and count Unicode
/// scalar values (what an editor shows); `start`/`end` are byte offsets into the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

impl Span {
    /// The smallest span covering both `self` and `other` (which must come later).
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start,
            end: other.end,
            line: self.line,
            col: self.col,
            end_line: other.end_line,
            end_col: other.end_col,
        }
    }
}
