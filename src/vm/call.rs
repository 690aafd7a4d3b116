//! Calling: binding arguments to parameters with CPython's error messages, class
//! instantiation (`__new__` then `__init__`), bound methods and generators.

use std::cell::RefCell;
use std::rc::Rc;

use crate::value::function::{CellRef, Generator};
use crate::value::{Class, Descriptor, Dict, Function, Instance, Payload, Value};

use super::error::{ExcKind, PyErr, PyResult};
use super::frame::Frame;
use super::{Args, Vm};

/// What a call needs next: a frame to run, or an already-computed result.
// Made and matched once per call: moving the frame is cheaper than boxing it.
#[allow(clippy::large_enum_variant)]
pub enum Prepared {
    Frame(Box<Frame>),
    Done(Value),
}

impl Vm {
    /// Calls any callable and returns its result (runs a nested loop for Python code).
    pub fn call(&mut self, func: &Value, args: Args) -> PyResult<Value> {
        match self.prepare_call(func, args)? {
            Prepared::Done(v) => Ok(v),
            Prepared::Frame(frame) => self.run_frame(frame),
        }
    }

    /// Calls `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
        match self.lookup_method(obj, name)? {
            Some(func) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(obj.clone());
                all.extend(args);
                self.call(&func, Args::new(all))
            }
            None => {
                let f = self.getattr(obj, name)?;
                self.call(&f, Args::new(args))
            }
        }
    }

    /// Resolves a call to either a frame to push or a finished result.
    pub fn prepare_call(&mut self, func: &Value, args: Args) -> PyResult<Prepared> {
        match func {
            Value::Function(f) => {
                let frame = self.bind_args(f, args)?;
                if f.code.flags.generator {
                    let bytes = crate::value::heap::sequence_bytes(
                        frame.locals.len() + frame.code.stack_hint as usize,
                    ) + 4 * crate::value::heap::OBJECT_HEADER;
                    let gen = Generator {
                        charge: crate::value::Charge::new(bytes),
                        frame: RefCell::new(Some(frame)),
                        name: f.name(),
                        qualname: f.qualname.borrow().clone(),
                        running: std::cell::Cell::new(false),
                    };
                    return Ok(Prepared::Done(Value::Generator(Rc::new(gen))));
                }
                Ok(Prepared::Frame(frame))
            }
            Value::Native(n) => {
                self.guard_native_call(n)?;
                Ok(Prepared::Done((n.func)(self, args)?))
            }
            Value::Host(h) => match self.call_host(h, args, false)? {
                Some(v) => Ok(Prepared::Done(v)),
                None => Err(PyErr::new(
                    ExcKind::SystemError,
                    "internal VM error: host call suspended inside a builtin",
                )),
            },
            Value::BoundMethod(m) => {
                let mut args = args;
                args.pos.insert(0, m.receiver.clone());
                let inner = m.func.clone();
                self.prepare_call(&inner, args)
            }
            Value::Class(cls) => self.construct(cls, args),
            Value::Descriptor(d) => match &***d {
                Descriptor::StaticMethod(f) => {
                    let f = f.clone();
                    self.prepare_call(&f, args)
                }
                _ => Err(self.not_callable(func)),
            },
            Value::Instance(_) => match self.lookup_method(func, "__call__")? {
                Some(m) => {
                    let mut args = args;
                    args.pos.insert(0, func.clone());
                    self.prepare_call(&m, args)
                }
                None => Err(self.not_callable(func)),
            },
            _ => Err(self.not_callable(func)),
        }
    }

    fn not_callable(&self, v: &Value) -> PyErr {
        PyErr::type_error(format!("'{}' object is not callable", self.type_name(v)))
    }

    /// `cls(...)` with the top `nargs` values of the stack, for the commonest class (see
    /// [`plain_init`]): the new frame of its `__init__` takes them straight off the
    /// stack, as a plain call's does. Returns false (touching nothing) otherwise.
    pub(super) fn construct_plain_from_stack(&mut self, nargs: usize) -> PyResult<bool> {
        let Some(caller) = self.frames.last() else {
            return Ok(false);
        };
        let Some((cls, init)) = plain_init(&caller.stack, nargs) else {
            return Ok(false);
        };
        self.construct_plain(cls, &init, nargs)?;
        Ok(true)
    }

    /// The second half of [`Vm::construct_plain_from_stack`], for the class and
    /// `__init__` that [`plain_init`] found.
    pub(super) fn construct_plain(
        &mut self,
        cls: Rc<Class>,
        init: &Function,
        nargs: usize,
    ) -> PyResult<()> {
        self.guard_function_call(&init.code)?;
        if self.frames.len() >= self.max_depth {
            return Err(self.recursion_error());
        }
        let instance = Value::Instance(Rc::new(Instance::new(cls, Payload::Plain)));
        let mut frame = self.new_frame(init.code.clone(), init.globals.clone());
        frame.cells.extend(init.closure.iter().cloned());
        if let Some(caller) = self.frames.last_mut() {
            frame.take_args(&mut caller.stack, nargs, 1);
            caller.stack.pop();
        }
        if let Some(slot) = frame.locals.first_mut() {
            *slot = Some(instance.clone());
        }
        frame.init_instance = Some(instance);
        self.frames.push(frame);
        Ok(())
    }

    /// `cls(*args)`: `__new__`, then `__init__` when the result is an instance of `cls`.
    fn construct(&mut self, cls: &Rc<Class>, mut args: Args) -> PyResult<Prepared> {
        if let Some(init) = python_init(cls) {
            // The common class (see [`python_init`]): its instance is made here, with no
            // call of `__new__` nor copy of the arguments for it (`object.__new__`
            // accepts any when `__init__` is overridden).
            let instance = Value::Instance(Rc::new(Instance::new(cls.clone(), Payload::Plain)));
            args.pos.insert(0, instance.clone());
            let mut frame = self.bind_args(&init, args)?;
            frame.init_instance = Some(instance);
            return Ok(Prepared::Frame(frame));
        }
        let new = cls
            .lookup("__new__")
            .ok_or_else(|| PyErr::type_error(format!("cannot create '{}' instances", cls.name)))?;
        let new = match &new {
            Value::Descriptor(d) => match &***d {
                Descriptor::StaticMethod(f) => f.clone(),
                _ => new.clone(),
            },
            _ => new,
        };
        if cls.builtin {
            // `__new__` alone makes a builtin's value (`range(n)`, `int(s)`): the arguments
            // go to it as they are, with no copy kept for an `__init__`.
            args.pos.insert(0, Value::Class(cls.clone()));
            return Ok(Prepared::Done(self.call(&new, args)?));
        }
        let mut new_args = args.clone();
        new_args.pos.insert(0, Value::Class(cls.clone()));
        let instance = self.call(&new, new_args)?;
        let made = self.type_of(&instance);
        if !made.is_subclass(cls) {
            return Ok(Prepared::Done(instance));
        }
        // The `__init__` of the class `__new__` made, which may be a subclass of `cls`.
        let init = made.lookup("__init__");
        match init {
            Some(Value::Function(f)) => {
                let mut args = args;
                args.pos.insert(0, instance.clone());
                let mut frame = self.bind_args(&f, args)?;
                frame.init_instance = Some(instance);
                Ok(Prepared::Frame(frame))
            }
            Some(other) => {
                let mut args = args;
                args.pos.insert(0, instance.clone());
                let r = self.call(&other, args)?;
                if !r.is_none() {
                    return Err(PyErr::type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&r)
                    )));
                }
                Ok(Prepared::Done(instance))
            }
            None => Ok(Prepared::Done(instance)),
        }
    }

    /// Builds the frame for a call of `func`, binding `args` to its parameters.
    /// Whether a call of `func` with `npos` positional arguments (and no keywords) just
    /// fills the first parameters in order: no defaults, `*args`, `**kwargs`,
    /// keyword-only parameters or fresh cells to set up. Most calls are like that.
    pub(super) fn binds_plainly(func: &Function, npos: usize) -> bool {
        let code = &func.code;
        npos == code.argcount as usize
            && code.kwonlyargcount == 0
            && !code.flags.varargs
            && !code.flags.varkw
            && code.cellvars.is_empty()
    }

    pub fn bind_args(&mut self, func: &Rc<Function>, args: Args) -> PyResult<Box<Frame>> {
        // Every call of Python code starts here: the policy's denied members are
        // checked at the function itself, whatever path reached it.
        self.guard_function_call(&func.code)?;
        if Self::binds_plainly(func, args.pos.len()) && args.kw.is_empty() {
            let mut frame = self.new_frame(func.code.clone(), func.globals.clone());
            for (slot, v) in frame.locals.iter_mut().zip(args.pos) {
                *slot = Some(v);
            }
            frame.cells.extend(func.closure.iter().cloned());
            return Ok(frame);
        }
        let code = func.code.clone();
        let mut frame = self.new_frame(code.clone(), func.globals.clone());
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let qualname = func.qualname.borrow().clone();
        let Args { pos, kw } = args;
        let npos = pos.len();
        let mut extra = Vec::new();
        for (i, v) in pos.into_iter().enumerate() {
            if i < argcount {
                if let Some(slot) = frame.locals.get_mut(i) {
                    *slot = Some(v);
                }
            } else {
                extra.push(v);
            }
        }
        let mut slot_index = argcount + kwonly;
        if code.flags.varargs {
            if let Some(slot) = frame.locals.get_mut(slot_index) {
                *slot = Some(Value::tuple(extra));
            }
            slot_index += 1;
        } else if !extra.is_empty() {
            let kwonly_names = code
                .varnames
                .get(argcount..argcount + kwonly)
                .unwrap_or(&[]);
            let kwonly_given = kw.iter().filter(|(k, _)| kwonly_names.contains(k)).count();
            return Err(too_many_positional(
                &qualname,
                argcount,
                func.defaults.len(),
                npos,
                kwonly_given,
            ));
        }
        let kwdict = if code.flags.varkw {
            Some(Rc::new(Dict::new()))
        } else {
            None
        };
        let posonly = code.posonlyargcount as usize;
        let mut posonly_as_kw = Vec::new();
        for (name, value) in kw {
            let found = code
                .varnames
                .iter()
                .take(argcount + kwonly)
                .enumerate()
                .skip(posonly)
                .find(|(_, n)| **n == name)
                .map(|(i, _)| i);
            match found {
                Some(i) => {
                    if let Some(slot) = frame.locals.get_mut(i) {
                        if slot.is_some() {
                            return Err(PyErr::type_error(format!(
                                "{qualname}() got multiple values for argument '{name}'"
                            )));
                        }
                        *slot = Some(value);
                    }
                }
                None => match &kwdict {
                    Some(d) => {
                        if super::dictops::str_get(d, &name).is_some() {
                            return Err(PyErr::type_error(format!(
                                "{qualname}() got multiple values for keyword argument '{name}'"
                            )));
                        }
                        super::dictops::str_set(d, &name, value)
                    }
                    None => {
                        if code.varnames.iter().take(posonly).any(|n| *n == name) {
                            posonly_as_kw.push(name);
                            continue;
                        }
                        return Err(PyErr::type_error(format!(
                            "{qualname}() got an unexpected keyword argument '{name}'"
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            let names: Vec<String> = posonly_as_kw.iter().map(|n| format!("'{n}'")).collect();
            return Err(PyErr::type_error(format!(
                "{qualname}() got some positional-only arguments passed as keyword arguments: {}",
                names.join(", ")
            )));
        }
        if let Some(d) = kwdict {
            if let Some(slot) = frame.locals.get_mut(slot_index) {
                *slot = Some(Value::Dict(d));
            }
        }
        // Defaults for positional parameters, then report what is still missing.
        let ndefaults = func.defaults.len();
        let first_default = argcount.saturating_sub(ndefaults);
        let mut missing = Vec::new();
        for i in 0..argcount {
            let unset = frame.locals.get(i).is_some_and(Option::is_none);
            if unset {
                if i >= first_default {
                    if let (Some(slot), Some(d)) = (
                        frame.locals.get_mut(i),
                        func.defaults.get(i - first_default),
                    ) {
                        *slot = Some(d.clone());
                    }
                } else if let Some(n) = code.varnames.get(i) {
                    missing.push(n.clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(&qualname, "positional", &missing));
        }
        for i in argcount..argcount + kwonly {
            let unset = frame.locals.get(i).is_some_and(Option::is_none);
            if unset {
                let Some(name) = code.varnames.get(i) else {
                    continue;
                };
                match func.kwdefaults.iter().find(|(k, _)| k == name) {
                    Some((_, v)) => {
                        if let Some(slot) = frame.locals.get_mut(i) {
                            *slot = Some(v.clone());
                        }
                    }
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(&qualname, "keyword-only", &missing));
        }
        // Cells: fresh ones for this scope (seeded from parameters), then the closure.
        let fresh = code.cellvars.iter().map(|_| Rc::new(RefCell::new(None)));
        frame.cells.extend(fresh);
        for &(cell, param) in &code.cell_params {
            if let (Some(c), Some(v)) = (
                frame.cells.get(cell as usize),
                frame.locals.get(param as usize),
            ) {
                *c.borrow_mut() = v.clone();
            }
        }
        frame.cells.extend(func.closure.iter().cloned());
        Ok(frame)
    }

    /// Runs a class body function with `ns` as its namespace; returns the `__class__`
    /// cell (if the body made one) so the new class can be stored in it.
    pub fn run_class_body(
        &mut self,
        body: &Rc<Function>,
        ns: Rc<Dict>,
    ) -> PyResult<Option<CellRef>> {
        let code = body.code.clone();
        let mut frame = Box::new(Frame::new(code.clone(), body.globals.clone(), Some(ns)));
        let mut cells: Vec<CellRef> = code
            .cellvars
            .iter()
            .map(|_| Rc::new(RefCell::new(None)))
            .collect();
        let class_cell = code
            .cellvars
            .iter()
            .position(|n| &**n == "__class__")
            .and_then(|i| cells.get(i).cloned());
        cells.extend(body.closure.iter().cloned());
        frame.cells = cells;
        self.run_frame(frame)?;
        Ok(class_cell)
    }
}

/// The class under the top `nargs` values of `stack` and its `__init__`, when calling it
/// with them is the commonest construction: a class defined in Python whose `__new__` is
/// `object.__new__` (which would make a plain instance, whatever the arguments) and whose
/// `__init__` is a Python function that takes the instance and them as its positional
/// parameters (see `Vm::binds_plainly`).
pub(super) fn plain_init(stack: &[Value], nargs: usize) -> Option<(Rc<Class>, Rc<Function>)> {
    let callee = stack
        .len()
        .checked_sub(nargs + 1)
        .and_then(|i| stack.get(i));
    let Some(Value::Class(cls)) = callee else {
        return None;
    };
    let init = python_init(cls)?;
    (!init.code.flags.generator && Vm::binds_plainly(&init, nargs + 1)).then(|| (cls.clone(), init))
}

/// The `__init__` of `cls` when constructing it is the common case: a class defined in
/// Python whose `__new__` is `object.__new__` (a plain instance, whatever the arguments)
/// and whose `__init__` is a Python function.
#[inline]
fn python_init(cls: &Class) -> Option<Rc<Function>> {
    if cls.builtin {
        return None;
    }
    match cls.lookup("__new__") {
        Some(Value::Native(new)) if crate::builtins::core::is_object_new(&new) => {}
        _ => return None,
    }
    match cls.lookup("__init__") {
        Some(Value::Function(init)) => Some(init),
        _ => None,
    }
}

fn too_many_positional(
    qualname: &str,
    argcount: usize,
    ndefaults: usize,
    given: usize,
    kwonly_given: usize,
) -> PyErr {
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let takes = if ndefaults > 0 && ndefaults <= argcount {
        format!(
            "from {} to {} positional arguments",
            argcount - ndefaults,
            argcount
        )
    } else {
        format!("{argcount} positional argument{}", plural(argcount))
    };
    if kwonly_given > 0 {
        return PyErr::type_error(format!(
            "{qualname}() takes {takes} but {given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
            plural(given),
            plural(kwonly_given)
        ));
    }
    let was = if given == 1 { "was" } else { "were" };
    PyErr::type_error(format!(
        "{qualname}() takes {takes} but {given} {was} given"
    ))
}

fn missing_args(qualname: &str, kind: &str, names: &[crate::value::Name]) -> PyErr {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.as_slice() {
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
        [] => String::new(),
    };
    let n = names.len();
    PyErr::new(
        ExcKind::TypeError,
        format!(
            "{qualname}() missing {n} required {kind} argument{}: {list}",
            if n == 1 { "" } else { "s" }
        ),
    )
}
