//! Violations and run statistics: what a run reports besides its output, as data the
//! playground can list and mark in the editor.

use serde::{Deserialize, Serialize};

use crate::syntax::span::Span;

/// Which kind of rule a violation broke.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ViolationKind {
    Import,
    Member,
    Dunder,
    Builtin,
    Limit,
    Determinism,
}

/// One breach of the policy, with where it happened (0 when unknown).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Violation {
    pub kind: ViolationKind,
    /// The rule broken: a module, a member path, an attribute, a builtin or a limit name.
    pub rule: String,
    pub message: String,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

impl Violation {
    /// A violation at `span`.
    pub fn new(
        kind: ViolationKind,
        rule: impl Into<String>,
        message: impl Into<String>,
        span: Span,
    ) -> Violation {
        Violation {
            kind,
            rule: rule.into(),
            message: message.into(),
            line: span.line,
            col: span.col,
            end_line: span.end_line,
            end_col: span.end_col,
        }
    }
}

/// What a run used.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunStats {
    pub instructions: u64,
    pub peak_memory_bytes: usize,
    pub wall_ms: u64,
    pub output_bytes: usize,
}
