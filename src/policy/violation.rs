//! Violations and run statistics: what a run reports besides its output, as data the
//! playground can list and mark in the editor.

use serde::{Deserialize, Serialize};

use crate::syntax::span::Span;

/// How many violations a run lists: enough for any report a person reads, and bounded,
/// since the list lives outside the memory limit. The limit that ends a run is listed
/// even past it.
pub const MAX_VIOLATIONS: usize = 100;

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
    /// A registered host function the policy does not list.
    Host,
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

    /// `import module` of a module the policy does not allow.
    pub fn import(module: &str, span: Span) -> Violation {
        Violation::new(
            ViolationKind::Import,
            module,
            blocked_import_message(module),
            span,
        )
    }

    /// Use of a member the policy denies (`random.random`).
    pub fn member(path: &str, span: Span) -> Violation {
        let message = format!("use of '{path}' is denied by the sandbox policy");
        Violation::new(ViolationKind::Member, path, message, span)
    }

    /// Access to a dunder attribute the policy blocks (`__subclasses__`).
    pub fn dunder(name: &str, span: Span) -> Violation {
        let message = format!("access to attribute '{name}' is blocked by the sandbox policy");
        Violation::new(ViolationKind::Dunder, name, message, span)
    }

    /// Use of a builtin the sandbox does not provide (`eval`, `open`...).
    pub fn builtin(name: &str, span: Span) -> Violation {
        let message = format!("builtin '{name}' is not available in the sandbox");
        Violation::new(ViolationKind::Builtin, name, message, span)
    }

    /// Use of a host function the page registered but the policy does not list.
    pub fn host_function(name: &str, span: Span) -> Violation {
        let message = format!("host function '{name}' is not allowed by the sandbox policy");
        Violation::new(ViolationKind::Host, name, message, span)
    }

    /// A resource limit was hit; `limit` is the `Limits` field name.
    pub fn limit(limit: &str, message: impl Into<String>, span: Span) -> Violation {
        Violation::new(ViolationKind::Limit, limit, message, span)
    }
}

/// The message of `ImportError` for a module the policy blocks.
pub fn blocked_import_message(module: &str) -> String {
    format!("import of '{module}' is blocked by the sandbox policy")
}

/// Builtins CPython has that a sandbox must not hand out (they reach code, files, frames
/// or the import system); the policy may later enable safe versions.
pub const BANNED_BUILTINS: &[&str] = &[
    "eval",
    "exec",
    "compile",
    "open",
    "globals",
    "locals",
    "vars",
    "__import__",
    "breakpoint",
    "input",
    "help",
    "memoryview",
    "dir",
];

/// What a run used.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunStats {
    pub instructions: u64,
    pub peak_memory_bytes: usize,
    pub wall_ms: u64,
    pub output_bytes: usize,
}
