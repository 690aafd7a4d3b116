//! The public, host-facing API: give source (and later named inputs), get back the
//! program's output and either its result or a structured error.

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
}

/// One interpreter instance; every run gets fresh globals for now.
#[derive(Debug, Default)]
pub struct Sandbox {}

impl Sandbox {
    /// A sandbox with default settings.
    pub fn new() -> Self {
        Sandbox {}
    }

    /// Parses, compiles and runs `source` as a `__main__` module.
    pub fn run(&mut self, _source: &str) -> RunOutput {
        RunOutput {
            stdout: String::new(),
            error: Some(RunError {
                traceback: String::new(),
                summary: "NotImplementedError: the VM is not built yet".into(),
            }),
        }
    }
}
