//! Calling host functions, and suspending and resuming a run around an async one.
//! Only a call made straight from the outermost dispatch loop can suspend: there every
//! Python frame lives on `Vm::frames`, so the run can stop and go on later; a call from
//! inside a builtin (a `map` callback, a sort key) or a generator has Rust frames under
//! it and gets a `RuntimeError` instead.

use std::rc::Rc;

use crate::host::{Host, HostCall, HostError, HostReply, HostValue};
use crate::policy::Violation;
use crate::value::{Dict, HostFunction, Value};

use super::interp::Exit;
use super::{dictops, Args, ExcKind, PyErr, PyResult, Vm};

/// How a module run that may suspend ended (see [`Vm::start_module`]).
pub enum ModuleExit {
    /// The module finished; its value (the last expression statement's, else None).
    Done(Value),
    /// An async host function was called; resume with its answer.
    Suspended(HostCall),
}

impl Vm {
    /// Hands the VM the host: its functions that the policy allows become builtins; the
    /// others are remembered so that using one reports a `host` violation.
    pub fn set_host(&mut self, host: Rc<dyn Host>) {
        for name in host.names() {
            if self.policy.allows_host_function(&name) {
                let f = HostFunction {
                    name: name.as_str().into(),
                };
                dictops::str_set(&self.builtins, &name, Value::Host(Rc::new(f)));
            } else {
                self.denied_host.push(name);
            }
        }
        self.host = Some(host);
    }

    /// The host call a suspended run waits on.
    pub fn suspended_call(&self) -> Option<&HostCall> {
        self.suspended_call.as_ref()
    }

    /// Whether `name` is a host function the policy withholds from this run.
    pub(super) fn is_denied_host(&self, name: &str) -> bool {
        self.denied_host.iter().any(|n| n == name)
    }

    /// The `NameError` (with its violation) for a withheld host function.
    pub(super) fn denied_host_error(&mut self, name: &str) -> PyErr {
        let v = Violation::host_function(name, self.current_span());
        let message = format!("name '{name}' is not defined ({})", v.message);
        self.record(v);
        PyErr::new(ExcKind::NameError, message)
    }

    /// Whether a host call made now could suspend the run: the run allows it and the
    /// dispatch loop is the outermost one.
    pub(super) fn can_suspend_here(&self) -> bool {
        self.can_suspend && self.native_depth == 1
    }

    /// Calls host function `h`. Ok(None) means the run suspends (only when
    /// `can_suspend`); the answer comes through [`Vm::resume_module`].
    pub(crate) fn call_host(
        &mut self,
        h: &HostFunction,
        args: Args,
        can_suspend: bool,
    ) -> PyResult<Option<Value>> {
        let name = h.name.to_string();
        let Some(host) = self.host.clone() else {
            return Err(PyErr::new(
                ExcKind::RuntimeError,
                format!("host function '{name}' is not available"),
            ));
        };
        let convert = |vm: &Vm, v: &Value| {
            vm.value_to_host(v)
                .map_err(|e| PyErr::type_error(format!("{name}() argument: {e}")))
        };
        let mut call = HostCall {
            name: name.clone(),
            args: Vec::with_capacity(args.pos.len()),
            kwargs: Vec::with_capacity(args.kw.len()),
        };
        for v in &args.pos {
            call.args.push(convert(self, v)?);
        }
        for (k, v) in &args.kw {
            call.kwargs.push((k.to_string(), convert(self, v)?));
        }
        match host.call(call.clone(), can_suspend) {
            HostReply::Return(v) => self.value_from_host(&v).map(Some),
            HostReply::Raise(e) => Err(host_error(&e)),
            HostReply::Suspend if can_suspend => {
                self.suspended_call = Some(call);
                self.pause_clock();
                Ok(None)
            }
            HostReply::Suspend => Err(PyErr::new(
                ExcKind::RuntimeError,
                format!(
                    "async host function '{name}' cannot be awaited here: call it directly \
                     from Python code in a run started with runAsync, not from inside a \
                     builtin, a generator or a synchronous run"
                ),
            )),
        }
    }

    /// Runs a module's code like [`Vm::run_module`], but an async host call suspends the
    /// run instead of failing.
    pub fn start_module(
        &mut self,
        code: Rc<crate::compile::bytecode::Code>,
        globals: Rc<Dict>,
    ) -> PyResult<ModuleExit> {
        self.can_suspend = true;
        let frame = super::Frame::new(code, globals.clone(), Some(globals));
        let exit = self.execute(Box::new(frame), None);
        self.module_exit(exit)
    }

    /// Goes on with a suspended run: `answer` is what the host function returned (or
    /// raised), delivered at the call.
    pub fn resume_module(&mut self, answer: Result<HostValue, HostError>) -> PyResult<ModuleExit> {
        self.resume_clock();
        self.enter_heap_window();
        if self.suspended_call.take().is_none() || self.frames.is_empty() {
            return Err(PyErr::new(
                ExcKind::RuntimeError,
                "the run is not waiting for a host function",
            ));
        }
        let pending = match answer {
            Ok(v) => match self.value_from_host(&v) {
                Ok(value) => {
                    if let Some(f) = self.frames.last_mut() {
                        f.stack.push(value);
                    }
                    None
                }
                Err(e) => Some(e),
            },
            Err(e) => Some(host_error(&e)),
        };
        let exit = self.run_from(0, pending);
        self.module_exit(exit)
    }

    fn module_exit(&mut self, exit: PyResult<Exit>) -> PyResult<ModuleExit> {
        match exit? {
            Exit::Return(v) => Ok(ModuleExit::Done(v)),
            Exit::Suspend => match self.suspended_call.clone() {
                Some(call) => Ok(ModuleExit::Suspended(call)),
                None => Err(PyErr::new(
                    ExcKind::SystemError,
                    "internal VM error: suspended without a host call",
                )),
            },
            Exit::Yield(..) => Err(PyErr::new(
                ExcKind::SystemError,
                "internal VM error: module yielded",
            )),
        }
    }
}

/// The Python exception for a host function's error: the builtin class it names, else
/// `RuntimeError` with the name kept in the message.
fn host_error(e: &HostError) -> PyErr {
    match ExcKind::ALL.iter().find(|k| k.name() == e.exc_type) {
        Some(kind) => PyErr::new(*kind, e.message.clone()),
        None if e.exc_type.is_empty() => PyErr::new(ExcKind::RuntimeError, e.message.clone()),
        None => PyErr::new(
            ExcKind::RuntimeError,
            format!("{}: {}", e.exc_type, e.message),
        ),
    }
}
