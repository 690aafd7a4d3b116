//! The public, host-facing API: give source (and named inputs), get back the program's
//! output, either its result or a structured error (CPython's traceback text plus its
//! last line), the policy violations it hit and what it used.

use std::rc::Rc;

use crate::compile::{compile, CompileError};
use crate::host::{Host, HostCall, HostError, HostValue};
use crate::policy::{Policy, RunStats, Violation};
use crate::session::{empty_namespaces, Session};
use crate::syntax::span::Span;
use crate::syntax::{parse_module, SyntaxError};
use crate::value::{Dict, Value};
use crate::vm::{dictops, ModuleExit, PyResult, SystemExitEnd, Vm};

/// What a finished run produced.
#[derive(Debug, Clone, Default)]
pub struct RunOutput {
    /// Everything the program wrote to stdout, in order.
    pub stdout: String,
    /// The value of the program's last expression statement, when it has one that is not
    /// None and that can cross to the host (see [`HostValue`]).
    pub result: Option<HostValue>,
    /// `repr()` of that value (also for values that cannot cross).
    pub result_repr: Option<String>,
    /// Set when the program ended with an uncaught exception or a syntax error (or a
    /// `sys.exit()` with a message).
    pub error: Option<RunError>,
    /// Set when the program ended by raising `SystemExit` (`sys.exit()`): the status a
    /// CPython process would exit with. 0 for no code or None, the int given, or 1 with
    /// the code's `str()` as the whole error report; that end is no error otherwise.
    pub exit_status: Option<i64>,
    /// Every breach of the policy the run hit (each also raised a Python exception).
    pub violations: Vec<Violation>,
    /// What the run used.
    pub stats: RunStats,
}

impl RunOutput {
    /// The output of a run that did not start (a syntax error).
    fn failed(error: RunError) -> RunOutput {
        RunOutput {
            error: Some(error),
            ..RunOutput::default()
        }
    }
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
    /// The line of the user's code the error points at (the syntax error's line, or the
    /// innermost user frame of a traceback).
    pub line: Option<u32>,
}

/// What a static check found: a syntax error, and the policy violations visible in the
/// source without running it.
#[derive(Debug, Clone, Default)]
pub struct CheckOutput {
    pub syntax_error: Option<RunError>,
    pub violations: Vec<Violation>,
}

/// One sandbox: a policy, the host it hands to programs, and the runs made under it;
/// every run gets fresh globals unless it runs in a [`Session`].
#[derive(Default)]
pub struct Sandbox {
    filename: String,
    policy: Policy,
    host: Option<Rc<dyn Host>>,
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
        line: span.map(|s| s.line),
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
            host: None,
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

    /// Hands runs the host's functions (those the policy lists become builtins) and
    /// its output stream.
    pub fn set_host(&mut self, host: Rc<dyn Host>) {
        self.host = Some(host);
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
        let inputs: Vec<(String, HostValue)> = inputs
            .iter()
            .map(|(k, v)| (k.clone(), HostValue::from_json(v)))
            .collect();
        self.run_values(source, &inputs)
    }

    /// Runs `source` with named inputs given as host values; an async host function
    /// cannot suspend this run (its call raises `RuntimeError`).
    pub fn run_values(&self, source: &str, inputs: &[(String, HostValue)]) -> RunOutput {
        self.run_to_end(None, source, inputs)
    }

    /// Like [`Sandbox::run_values`], in `session`'s namespace: the run sees what earlier
    /// runs of the session defined, and what it defines stays for later ones. The
    /// session's values count toward this run's memory limit.
    pub fn run_in(
        &self,
        session: &Session,
        source: &str,
        inputs: &[(String, HostValue)],
    ) -> RunOutput {
        self.run_to_end(Some(session), source, inputs)
    }

    /// Starts a run that an async host function may suspend: the host answers the
    /// pending call with [`SuspendedRun::resume`].
    pub fn start(&self, source: &str, inputs: &[(String, HostValue)]) -> RunState {
        self.begin(None, source, inputs, true)
    }

    /// Like [`Sandbox::start`], in `session`'s namespace (see [`Sandbox::run_in`]).
    pub fn start_in(
        &self,
        session: &Session,
        source: &str,
        inputs: &[(String, HostValue)],
    ) -> RunState {
        self.begin(Some(session), source, inputs, true)
    }

    fn run_to_end(
        &self,
        session: Option<&Session>,
        source: &str,
        inputs: &[(String, HostValue)],
    ) -> RunOutput {
        match self.begin(session, source, inputs, false) {
            RunState::Done(out) => out,
            // Unreachable: a run that may not suspend never does.
            RunState::Suspended(run) => run.abandon(),
        }
    }

    fn begin(
        &self,
        session: Option<&Session>,
        source: &str,
        inputs: &[(String, HostValue)],
        can_suspend: bool,
    ) -> RunState {
        let module = match parse_module(source) {
            Ok(m) => m,
            Err(e) => return RunState::Done(RunOutput::failed(self.parse_error(source, &e))),
        };
        let code = match compile(&module) {
            Ok(c) => c,
            Err(e) => return RunState::Done(RunOutput::failed(self.compile_error(source, &e))),
        };
        let mut vm = Vm::continuing(self.policy.clone(), session.map(Session::carried));
        if let Some(host) = &self.host {
            vm.set_host(host.clone());
        }
        let globals = session.map_or_else(|| Rc::new(Dict::new()), Session::globals);
        dictops::str_set(&globals, "__name__", Value::str("__main__"));
        let mut exit = Ok(ModuleExit::Done(Value::None));
        for (name, value) in inputs {
            match vm.value_from_host(value) {
                Ok(v) => dictops::str_set(&globals, name, v),
                Err(e) => {
                    exit = Err(e);
                    break;
                }
            }
        }
        if exit.is_ok() {
            exit = if can_suspend {
                vm.start_module(code, globals.clone())
            } else {
                vm.run_module(code, globals.clone()).map(ModuleExit::Done)
            };
        }
        SuspendedRun {
            vm,
            source: source.to_string(),
            filename: self.filename.clone(),
            globals,
            session: session.cloned(),
        }
        .settle(exit)
    }
}

/// A run in progress: finished, or waiting for the host to answer an async call.
// Made once per run and matched at once: the size difference costs nothing.
#[allow(clippy::large_enum_variant)]
pub enum RunState {
    Done(RunOutput),
    Suspended(Box<SuspendedRun>),
}

/// A run waiting on an async host function. It owns the whole interpreter state, so the
/// host may answer whenever the answer is ready.
pub struct SuspendedRun {
    vm: Vm,
    source: String,
    filename: String,
    /// The run's `__main__` namespace: emptied when a lone run ends.
    globals: Rc<Dict>,
    /// The session the run belongs to, which takes back its state when it ends.
    session: Option<Session>,
}

impl SuspendedRun {
    /// The host call the run is waiting on.
    pub fn call(&self) -> Option<&HostCall> {
        self.vm.suspended_call()
    }

    /// Delivers the host function's answer (its return value, or an error that becomes
    /// a Python exception at the call) and runs on to the next suspension or the end.
    pub fn resume(mut self, answer: Result<HostValue, HostError>) -> RunState {
        let exit = self.vm.resume_module(answer);
        self.settle(exit)
    }

    /// Ends the run where it stands, as if the host call had raised.
    pub fn abandon(self) -> RunOutput {
        let error = HostError {
            exc_type: "RuntimeError".into(),
            message: "the host abandoned the run".into(),
        };
        match self.resume(Err(error)) {
            RunState::Done(out) => out,
            RunState::Suspended(run) => run.abandon(),
        }
    }

    fn settle(mut self, exit: PyResult<ModuleExit>) -> RunState {
        let vm = &mut self.vm;
        let (result, result_repr, error) = match exit {
            Ok(ModuleExit::Suspended(_)) => return RunState::Suspended(Box::new(self)),
            Ok(ModuleExit::Done(v)) if v.is_none() => (None, None, None),
            Ok(ModuleExit::Done(v)) => match vm.repr(&v) {
                Ok(repr) => (vm.value_to_host(&v).ok(), Some(repr), None),
                Err(e) => (None, None, Some(e)),
            },
            Err(e) => (None, None, Some(e)),
        };
        let mut exit_status = None;
        let error = error.and_then(|e| {
            let exc = vm.materialize(e);
            let summary = vm.exception_summary(&exc);
            let line = vm.user_line(&exc);
            let traceback = match vm.system_exit_end(&exc) {
                None => vm.format_traceback(&exc, &self.filename, &self.source),
                Some(SystemExitEnd::Status(status)) => {
                    exit_status = Some(status);
                    return None;
                }
                Some(SystemExitEnd::Message(message)) => {
                    exit_status = Some(1);
                    format!("{message}\n")
                }
            };
            Some(RunError {
                traceback,
                summary,
                span: None,
                line,
            })
        });
        let stats = vm.stats();
        let output = RunOutput {
            stdout: std::mem::take(&mut vm.stdout),
            result,
            result_repr,
            error,
            exit_status,
            violations: std::mem::take(&mut vm.violations),
            stats,
        };
        let (carried, window) = self.vm.into_carried();
        match self.session {
            Some(session) => session.keep(carried, window),
            None => empty_namespaces(Some(&self.globals), &carried.modules),
        }
        RunState::Done(output)
    }
}
