//! The public, host-facing API: give source (and named inputs), get back the program's
//! output, either its result or a structured error (CPython's traceback text plus its
//! last line), the policy violations it hit and what it used.

use std::rc::Rc;

use crate::compile::{compile, CompileError};
use crate::policy::{Policy, RunStats, Violation};
use crate::syntax::span::Span;
use crate::syntax::{parse_module, SyntaxError};
use crate::value::{Dict, Value};
use crate::vm::{dictops, Vm};

/// What a finished run produced.
#[derive(Debug, Clone, Default)]
pub struct RunOutput {
    /// Everything the program wrote to stdout, in order.
    pub stdout: String,
    /// Set when the program ended with an uncaught exception or a syntax error.
    pub error: Option<RunError>,
    /// Every breach of the policy the run hit (each also raised a Python exception).
    pub violations: Vec<Violation>,
    /// What the run used.
    pub stats: RunStats,
}

/// An uncaught exception (or syntax error) as CPython would report it.
#[derive(Debug, Clone)]
pub struct RunError {
    /// The full report CPython prints to stderr: `Traceback (most recent call last):` ...
    pub traceback: String,
    /// The report's last line: `ExcType: message` (or just `ExcType`).
    pub summary: String,
    /// Where a syntax error is (None for runtime errors).
    pub span: Option<Span>,
}

/// What a static check found: a syntax error, and the policy violations visible in the
/// source without running it.
#[derive(Debug, Clone, Default)]
pub struct CheckOutput {
    pub syntax_error: Option<RunError>,
    pub violations: Vec<Violation>,
}

/// One sandbox: a policy and the runs made under it; every run gets fresh globals.
#[derive(Debug, Default)]
pub struct Sandbox {
    filename: String,
    policy: Policy,
}

/// A syntax error from either the parser or the compiler, as CPython reports both.
fn syntax_report(
    filename: &str,
    source: &str,
    kind: &str,
    message: &str,
    span: Option<Span>,
) -> RunError {
    let summary = format!("{kind}: {message}");
    let mut traceback = String::new();
    if let Some(sp) = span {
        traceback.push_str(&format!("  File \"{filename}\", line {}\n", sp.line));
        if let Some(line) = source.lines().nth((sp.line as usize).wrapping_sub(1)) {
            let trimmed = line.trim_start();
            let indent = line.chars().count() - trimmed.chars().count();
            traceback.push_str(&format!("    {}\n", trimmed.trim_end()));
            let caret_col = (sp.col as usize).saturating_sub(1).saturating_sub(indent);
            traceback.push_str(&format!("    {}^\n", " ".repeat(caret_col)));
        }
    }
    traceback.push_str(&summary);
    traceback.push('\n');
    RunError {
        traceback,
        summary,
        span,
    }
}

impl Sandbox {
    /// A sandbox with the default (teaching) policy.
    pub fn new() -> Self {
        Sandbox::with_policy(Policy::default())
    }

    /// A sandbox that enforces `policy`.
    pub fn with_policy(policy: Policy) -> Self {
        Sandbox {
            filename: "<string>".into(),
            policy,
        }
    }

    /// The policy this sandbox enforces.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// Sets the file name tracebacks show (the CLI uses the script's path).
    pub fn with_filename(mut self, name: &str) -> Self {
        self.filename = name.into();
        self
    }

    /// Parses and compiles `source` without running it, and reports the violations of
    /// the policy it can see (blocked imports, denied members, dunders, banned builtins).
    pub fn check(&self, source: &str) -> CheckOutput {
        let module = match parse_module(source) {
            Ok(m) => m,
            Err(e) => {
                return CheckOutput {
                    syntax_error: Some(self.parse_error(source, &e)),
                    violations: Vec::new(),
                };
            }
        };
        let violations = crate::policy::check_module(&module, &self.policy);
        let syntax_error = compile(&module)
            .err()
            .map(|e| self.compile_error(source, &e));
        CheckOutput {
            syntax_error,
            violations,
        }
    }

    fn parse_error(&self, source: &str, e: &SyntaxError) -> RunError {
        syntax_report(
            &self.filename,
            source,
            e.python_type(),
            &e.message(),
            Some(e.span),
        )
    }

    fn compile_error(&self, source: &str, e: &CompileError) -> RunError {
        syntax_report(&self.filename, source, "SyntaxError", &e.message, e.span)
    }

    /// Parses, compiles and runs `source` as a `__main__` module.
    pub fn run(&mut self, source: &str) -> RunOutput {
        self.run_with_inputs(source, &serde_json::Map::new())
    }

    /// Runs `source` with named inputs: each JSON value (null, bool, number, string,
    /// array, object) becomes a Python variable of that name. The program gets its own
    /// copy, so nothing it does changes the host's values.
    pub fn run_with_inputs(
        &mut self,
        source: &str,
        inputs: &serde_json::Map<String, serde_json::Value>,
    ) -> RunOutput {
        let module = match parse_module(source) {
            Ok(m) => m,
            Err(e) => {
                return RunOutput {
                    error: Some(self.parse_error(source, &e)),
                    ..RunOutput::default()
                }
            }
        };
        let code = match compile(&module) {
            Ok(c) => c,
            Err(e) => {
                return RunOutput {
                    error: Some(self.compile_error(source, &e)),
                    ..RunOutput::default()
                }
            }
        };
        let mut vm = Vm::with_policy(self.policy.clone());
        let globals = Rc::new(Dict::new());
        dictops::str_set(&globals, "__name__", Value::str("__main__"));
        for (name, value) in inputs {
            let v = crate::vm::inputs::from_json(value);
            dictops::str_set(&globals, name, v);
        }
        let result = vm.run_module(code, globals);
        let error = result.err().map(|e| {
            let exc = vm.materialize(e);
            let summary = vm.exception_summary(&exc);
            let traceback = vm.format_traceback(&exc, &self.filename, source);
            RunError {
                traceback,
                summary,
                span: None,
            }
        });
        let stats = vm.stats();
        RunOutput {
            stdout: std::mem::take(&mut vm.stdout),
            error,
            violations: std::mem::take(&mut vm.violations),
            stats,
        }
    }
}
