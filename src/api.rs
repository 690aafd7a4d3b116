//! The public, host-facing API: give source, get back the program's output and either
//! its result or a structured error (CPython's traceback text plus its last line).

use std::rc::Rc;

use crate::compile::{compile, CompileError};
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

/// One interpreter instance; every run gets fresh globals for now.
#[derive(Debug, Default)]
pub struct Sandbox {
    filename: String,
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
    /// A sandbox with default settings.
    pub fn new() -> Self {
        Sandbox {
            filename: "<string>".into(),
        }
    }

    /// Sets the file name tracebacks show (the CLI uses the script's path).
    pub fn with_filename(mut self, name: &str) -> Self {
        self.filename = name.into();
        self
    }

    /// Parses and compiles `source` without running it; the error if it is invalid.
    pub fn check(&self, source: &str) -> Option<RunError> {
        match parse_module(source) {
            Err(e) => Some(self.parse_error(source, &e)),
            Ok(module) => compile(&module)
                .err()
                .map(|e| self.compile_error(source, &e)),
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
        let module = match parse_module(source) {
            Ok(m) => m,
            Err(e) => {
                return RunOutput {
                    stdout: String::new(),
                    error: Some(self.parse_error(source, &e)),
                }
            }
        };
        let code = match compile(&module) {
            Ok(c) => c,
            Err(e) => {
                return RunOutput {
                    stdout: String::new(),
                    error: Some(self.compile_error(source, &e)),
                }
            }
        };
        let mut vm = Vm::new();
        let globals = Rc::new(Dict::new());
        dictops::str_set(&globals, "__name__", Value::str("__main__"));
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
        RunOutput {
            stdout: std::mem::take(&mut vm.stdout),
            error,
        }
    }
}
