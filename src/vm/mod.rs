//! The virtual machine: runs bytecode on a frame stack. Python-to-Python calls push a
//! frame instead of recursing on the Rust stack; native code that calls back into Python
//! (dunder methods, key functions, generators) runs a nested dispatch loop whose depth is
//! bounded by the frame limit.

mod args;
mod attr;
pub mod attr_cache;
pub mod call;
mod carry;
mod compare;
mod convert;
mod determinism;
pub mod dictops;
pub mod error;
mod exceptions;
mod fast_lane;
mod frame;
pub mod global_cache;
mod guards;
pub(crate) mod hash;
mod host_call;
pub mod interp;
pub mod iter;
mod limits;
mod matching;
pub mod num;
mod ops;
pub mod repr;
pub mod subscript;
mod suggestions;
pub mod types;

use std::rc::Rc;

pub use args::Args;
pub(crate) use attr::descriptor_method;
pub use carry::Carried;
pub use error::{ExcKind, PyErr, PyResult};
pub use exceptions::SystemExitEnd;
pub use frame::{Block, Frame};
pub use host_call::ModuleExit;
pub use types::Types;

use crate::compile::bytecode::Code;
use crate::policy::{Policy, RunStats, Violation};
use crate::value::{Class, Dict, ModuleObj, Value};

/// The interpreter state for one sandbox.
pub struct Vm {
    pub types: Types,
    /// The `builtins` namespace every module sees.
    pub builtins: Rc<Dict>,
    /// The running frames, innermost last; boxed, so a call or a generator resuming
    /// moves a pointer, not a frame.
    pub frames: Vec<Box<Frame>>,
    /// Exceptions currently being handled (innermost last): bare `raise` and implicit
    /// chaining read it.
    pub exc_stack: Vec<Value>,
    /// Everything printed so far.
    pub stdout: String,
    /// Maximum Python frames before `RecursionError`.
    pub max_depth: usize,
    /// Nested native→Python re-entries (each costs Rust stack).
    native_depth: usize,
    /// Containers whose repr is being built, to print `[...]` for cycles.
    repr_guard: Vec<usize>,
    /// Set by a re-raise so the unwinder does not add a second traceback line.
    reraising: bool,
    /// What this run may do.
    pub policy: Policy,
    /// Breaches of the policy so far.
    pub violations: Vec<Violation>,
    /// Instructions executed so far (the fuel spent).
    pub instructions: u64,
    /// Bytes written to stdout so far.
    pub output_bytes: usize,
    /// When the run started, for `timeout_ms` and `RunStats::wall_ms`.
    started: crate::policy::clock::Instant,
    /// The instruction count at which the dispatch loop next checks the limits.
    next_check: u64,
    /// A limit that broke the run: its error is raised again on every instruction.
    tripped: Option<(ExcKind, String)>,
    /// Milliseconds `time.sleep` has added to the clock the program sees.
    slept_ms: f64,
    /// Finished frames, made ready again by the next calls. Boxed like every frame:
    /// frames move between this list, the frame stack and generators by pointer.
    #[allow(clippy::vec_box)]
    spare_frames: Vec<Box<Frame>>,
    /// Modules imported so far, by name: each is made once per run (or per session).
    modules: std::collections::HashMap<String, Value>,
    /// The embedding program's functions and output stream, if it handed any.
    host: Option<Rc<dyn crate::host::Host>>,
    /// Host functions registered but withheld by the policy.
    denied_host: Vec<String>,
    /// Whether an async host call may suspend this run (a run started to allow it).
    can_suspend: bool,
    /// The host call a suspended run waits on.
    suspended_call: Option<crate::host::HostCall>,
    /// When the run was suspended, and how long suspensions took in all: waiting on the
    /// host does not count against `timeout_ms`.
    paused_at: Option<crate::policy::clock::Instant>,
    paused_ms: u64,
    /// How this run's memory is measured (see [`crate::value::heap::Window`]).
    heap: crate::value::heap::Window,
}

impl Vm {
    /// A VM with the builtin types and functions installed, under the default policy.
    pub fn new() -> Vm {
        Vm::with_policy(Policy::default())
    }

    /// A VM that enforces `policy`.
    pub fn with_policy(policy: Policy) -> Vm {
        Vm::continuing(policy, None)
    }

    /// A VM that enforces `policy` and, given what an earlier run of the same session
    /// left ([`Vm::into_carried`]), goes on with its builtin classes, its imported modules
    /// and its memory: values that run made keep their classes, and count toward this
    /// run's memory limit.
    pub fn continuing(policy: Policy, carried: Option<Carried>) -> Vm {
        let mut carried = carried.unwrap_or_default();
        let modules = carried.modules_for(&policy);
        let heap = crate::value::heap::Window::open(policy.limits.max_memory, carried.held_bytes);
        let mut vm = Vm {
            types: carried.types.unwrap_or_default(),
            builtins: Rc::new(Dict::new()),
            frames: Vec::new(),
            exc_stack: Vec::new(),
            stdout: String::new(),
            native_depth: 0,
            repr_guard: Vec::new(),
            reraising: false,
            max_depth: policy.limits.max_stack_depth,
            policy,
            violations: Vec::new(),
            instructions: 0,
            output_bytes: 0,
            started: crate::policy::clock::Instant::now(),
            next_check: 0,
            tripped: None,
            slept_ms: 0.0,
            spare_frames: Vec::new(),
            modules,
            host: None,
            denied_host: Vec::new(),
            can_suspend: false,
            suspended_call: None,
            paused_at: None,
            paused_ms: 0,
            heap,
        };
        crate::builtins::install(&mut vm);
        vm
    }

    /// The class of `v`.
    pub fn type_of(&self, v: &Value) -> Rc<Class> {
        self.types.of(v)
    }

    /// The class name of `v`, as error messages spell it.
    pub fn type_name(&self, v: &Value) -> String {
        match v {
            Value::Instance(i) => i.class.type_name(),
            other => other.kind_name().to_string(),
        }
    }

    /// What the run used so far.
    pub fn stats(&self) -> RunStats {
        RunStats {
            instructions: self.instructions,
            peak_memory_bytes: crate::value::heap::peak_bytes(),
            wall_ms: self.running_ms(),
            output_bytes: self.output_bytes,
        }
    }

    /// Runs a module's code object with `globals` as its namespace.
    pub fn run_module(&mut self, code: Rc<Code>, globals: Rc<Dict>) -> PyResult<Value> {
        let frame = Frame::new(code, globals.clone(), Some(globals));
        self.run_frame(Box::new(frame))
    }

    /// A frame for a function call: a finished one made ready again when there is one,
    /// so a call allocates nothing and moves no frame.
    pub(crate) fn new_frame(&mut self, code: Rc<Code>, globals: Rc<Dict>) -> Box<Frame> {
        match self.spare_frames.pop() {
            Some(mut frame) => {
                frame.reset(code, globals);
                frame
            }
            None => Box::new(Frame::new(code, globals, None)),
        }
    }

    /// Keeps a finished frame (up to a few dozen) for the next calls; returns the
    /// instance an `__init__` frame was building.
    pub(crate) fn recycle_frame(&mut self, mut frame: Box<Frame>) -> Option<Value> {
        const MAX_SPARE_FRAMES: usize = 32;
        let init_instance = frame.finish();
        if self.spare_frames.len() < MAX_SPARE_FRAMES {
            self.spare_frames.push(frame);
        }
        init_instance
    }

    /// Guards a native recursion (repr of nested containers, nested calls back into
    /// Python) against exhausting the Rust stack.
    pub fn enter_native(&mut self) -> PyResult<()> {
        if self.native_depth >= self.max_native_depth() {
            return Err(self.recursion_error());
        }
        self.native_depth += 1;
        Ok(())
    }

    /// Ends a guard taken by [`Vm::enter_native`].
    pub fn leave_native(&mut self) {
        self.native_depth = self.native_depth.saturating_sub(1);
    }

    /// Runs one level of a native recursion over user data (comparing, hashing nested
    /// containers) under the [`Vm::enter_native`] guard: `RecursionError` past the
    /// limit instead of a Rust stack overflow.
    pub fn guarded<T>(&mut self, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        self.enter_native()?;
        let r = f(self);
        self.leave_native();
        r
    }

    /// `import name`: a module of Sandpit's stdlib the policy allows (made once per run
    /// and cached); a module CPython has but the sandbox does not provide or allow is
    /// blocked (an `import` violation); anything else is `ModuleNotFoundError`.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        let top = name.split('.').next().unwrap_or(name);
        // The cache can hold a module an earlier run of the session imported under a
        // looser policy: the policy in force decides first.
        if self.policy.allows_module(top) {
            match self.stdlib_module(top) {
                Ok(Some(m)) => return Ok(m),
                Ok(None) => {}
                // A module still being written is one the sandbox does not provide yet.
                Err(e) if self.is_exc_kind(&e, ExcKind::NotImplementedError) => {}
                Err(e) => return Err(e),
            }
        }
        if !crate::policy::is_known_module(top) {
            return Err(PyErr::new(
                ExcKind::ModuleNotFoundError,
                format!("No module named '{name}'"),
            ));
        }
        let v = Violation::import(top, self.current_span());
        let message = v.message.clone();
        self.record(v);
        Err(PyErr::new(ExcKind::ImportError, message))
    }

    /// Stdlib module `name`, made once per run and cached; None when Sandpit has no such
    /// module. The policy is the caller's to ask.
    fn stdlib_module(&mut self, name: &str) -> PyResult<Option<Value>> {
        if let Some(m) = self.modules.get(name) {
            return Ok(Some(m.clone()));
        }
        let m = crate::stdlib::load(self, name)?;
        if let Some(m) = &m {
            self.modules.insert(name.to_string(), m.clone());
        }
        Ok(m)
    }

    /// Stdlib module `name` for the VM's own use, whatever the policy says of importing
    /// it (an operator written in Python, as `int | None` is in `types`); the policy
    /// still decides the program's own `import` of it.
    pub(crate) fn internal_module(&mut self, name: &str) -> PyResult<Value> {
        self.stdlib_module(name)?
            .ok_or_else(|| PyErr::new(ExcKind::SystemError, format!("no stdlib module {name}")))
    }

    /// A module reached as another module's attribute (`string._re`): stdlib modules
    /// import their helpers themselves, and user code must not reach a module the
    /// policy withholds that way. It is blocked as `import` would be.
    pub(crate) fn guard_module_reference(&mut self, module: Rc<ModuleObj>) -> PyResult<Value> {
        let trusted = self.frames.last().is_some_and(|f| f.code.flags.trusted);
        let top = module.name.split('.').next().unwrap_or(&module.name);
        if trusted || self.policy.allows_module(top) {
            return Ok(Value::Module(module));
        }
        let v = Violation::import(top, self.current_span());
        let message = v.message.clone();
        self.record(v);
        Err(PyErr::new(ExcKind::ImportError, message))
    }

    fn max_native_depth(&self) -> usize {
        self.max_depth.min(400)
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}
