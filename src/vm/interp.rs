//! The dispatch loop. `execute` pushes a frame and runs until that frame returns or
//! yields; calls to Python functions inside it push frames on the same loop.

use std::rc::Rc;

use crate::compile::bytecode::{BinOp, Instr, UnaryOp};
use crate::value::function::Shortcut;
use crate::value::instance::TraceEntry;
use crate::value::{Dict, Function, NativeFunction, PyStr, Value};

use super::args::PosArgs;
use super::error::{ExcKind, PyErr, PyResult};
use super::frame::{Block, Frame};
use super::{Args, Vm};

/// How a frame run by [`Vm::execute`] ended.
pub enum Exit {
    Return(Value),
    /// A generator frame yielded: the value and the suspended frame.
    Yield(Value, Box<Frame>),
    /// A call of an async host function suspended the whole run: every frame stays on
    /// the stack until [`Vm::resume_module`] hands in the answer.
    Suspend,
}

/// The Python function under the top `nargs` values of `stack`, when the call is plain:
/// it takes exactly those as its positional parameters (see `binds_plainly`) and is not a
/// generator. A function stored as a plain attribute sits twice (see `CallMethod`): that
/// is not a method call, so it is not plain either.
#[inline]
pub(super) fn plain_callee(stack: &[Value], nargs: usize) -> Option<Rc<Function>> {
    let callee = stack
        .len()
        .checked_sub(nargs + 1)
        .and_then(|i| stack.get(i));
    match callee {
        Some(Value::Function(f)) if !f.code.flags.generator && Vm::binds_plainly(f, nargs) => {
            let first_arg = stack.len().checked_sub(nargs).and_then(|i| stack.get(i));
            if matches!(first_arg, Some(Value::Function(g)) if Rc::ptr_eq(f, g)) {
                return None;
            }
            Some(f.clone())
        }
        _ => None,
    }
}

/// Whether the value under the top `nargs` values of `stack` is a builtin (a native
/// function): what a `Call` of them calls.
#[inline(always)]
pub(super) fn calls_native(stack: &[Value], nargs: usize) -> bool {
    let callee = stack
        .len()
        .checked_sub(nargs + 1)
        .and_then(|i| stack.get(i));
    matches!(callee, Some(Value::Native(_)))
}

/// The [`Shortcut`] of the builtin under the top `nargs` values of `stack`; none when a
/// `CallMethod` (`method`) has the function itself in its receiver slot (a plain
/// attribute: one argument fewer than `nargs`).
#[inline(always)]
fn native_shortcut(stack: &[Value], nargs: usize, method: bool) -> Shortcut {
    let Some(at) = stack.len().checked_sub(nargs + 1) else {
        return Shortcut::None;
    };
    match (stack.get(at), stack.get(at + 1)) {
        (Some(Value::Native(n)), Some(Value::Native(receiver)))
            if method && Rc::ptr_eq(n, receiver) =>
        {
            Shortcut::None
        }
        (Some(Value::Native(n)), _) => n.shortcut,
        _ => Shortcut::None,
    }
}

fn internal(what: &str) -> PyErr {
    PyErr::new(ExcKind::SystemError, format!("internal VM error: {what}"))
}

macro_rules! frame {
    ($vm:expr) => {
        match $vm.frames.last_mut() {
            Some(f) => f,
            None => return Err(internal("no frame")),
        }
    };
}

impl Vm {
    /// Runs `frame` to completion and returns its return value.
    pub fn run_frame(&mut self, frame: Box<Frame>) -> PyResult<Value> {
        match self.execute(frame, None)? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(..) => Err(internal("yield outside generator")),
            Exit::Suspend => Err(internal("host call suspended a nested run")),
        }
    }

    /// Pushes `frame` and runs until it returns or yields. With `throw`, the exception is
    /// raised at the frame's current instruction first (generator `throw`/`close`).
    pub fn execute(&mut self, frame: Box<Frame>, throw: Option<PyErr>) -> PyResult<Exit> {
        if self.frames.len() >= self.max_depth {
            return Err(self.recursion_error());
        }
        let base = self.frames.len();
        self.frames.push(frame);
        self.run_from(base, throw)
    }

    /// Runs the frames above `base` until the frame at `base` returns or yields (or the
    /// run suspends), raising `pending` at the current instruction first.
    pub(super) fn run_from(&mut self, base: usize, pending: Option<PyErr>) -> PyResult<Exit> {
        self.enter_native()?;
        let mut pending = pending;
        let result = loop {
            if let Some(err) = pending.take() {
                if let Err(e) = self.unwind(err, base, false) {
                    break Err(e);
                }
            }
            match self.dispatch(base) {
                Ok(Some(exit)) => break Ok(exit),
                Ok(None) => {}
                Err(err) => pending = Some(err),
            }
        };
        self.leave_native();
        result
    }

    /// Finds a handler for `err` in the frames above `base`, popping frames that have
    /// none. Returns Ok when a handler took it; Err when it escaped the base frame.
    fn unwind(&mut self, err: PyErr, base: usize, mut reraise: bool) -> PyResult<()> {
        if self.reraising {
            self.reraising = false;
            reraise = true;
        }
        let exc = self.materialize(err);
        if !reraise {
            self.set_context(&exc);
        }
        loop {
            let Some(frame) = self.frames.last_mut() else {
                return Err(PyErr::Object(exc));
            };
            if let (false, Some(data)) = (reraise, exc.exception()) {
                data.borrow_mut().push_trace(TraceEntry {
                    function: frame.code.name.clone(),
                    line: frame.line(),
                    stdlib: frame.code.flags.trusted,
                });
            }
            reraise = false;
            while let Some(block) = frame.blocks.pop() {
                match block {
                    Block::Handler { exc_depth } => self.exc_stack.truncate(exc_depth),
                    Block::Setup { handler, level } => {
                        frame.stack.truncate(level);
                        frame.blocks.push(Block::Handler {
                            exc_depth: self.exc_stack.len(),
                        });
                        self.exc_stack.push(Value::Instance(exc.clone()));
                        frame.stack.push(Value::Instance(exc));
                        frame.pc = handler as usize;
                        return Ok(());
                    }
                }
            }
            if let Some(frame) = self.frames.pop() {
                self.recycle_frame(frame);
            }
            if self.frames.len() <= base {
                return Err(PyErr::Object(exc));
            }
        }
    }

    #[inline(always)]
    fn pop(&mut self) -> PyResult<Value> {
        frame!(self)
            .stack
            .pop()
            .ok_or_else(|| internal("stack underflow"))
    }

    #[inline(always)]
    fn push(&mut self, v: Value) -> PyResult<()> {
        frame!(self).stack.push(v);
        Ok(())
    }

    #[inline(always)]
    fn pop_n(&mut self, n: usize) -> PyResult<Vec<Value>> {
        let stack = &mut frame!(self).stack;
        let at = stack
            .len()
            .checked_sub(n)
            .ok_or_else(|| internal("stack underflow"))?;
        Ok(stack.split_off(at))
    }

    /// The top `n` values as a call's positional arguments.
    #[inline(never)]
    fn pop_args(&mut self, n: usize) -> PyResult<PosArgs> {
        let stack = &mut frame!(self).stack;
        let at = stack
            .len()
            .checked_sub(n)
            .ok_or_else(|| internal("stack underflow"))?;
        // Popped last first and turned round: cheaper than a drain for a few values.
        let mut args = PosArgs::new();
        while stack.len() > at {
            if let Some(v) = stack.pop() {
                args.push(v);
            }
        }
        args.reverse();
        Ok(args)
    }

    #[inline(always)]
    fn top(&mut self) -> PyResult<Value> {
        frame!(self)
            .stack
            .last()
            .cloned()
            .ok_or_else(|| internal("empty stack"))
    }

    #[inline(always)]
    fn peek(&mut self, depth: usize) -> PyResult<Value> {
        let stack = &frame!(self).stack;
        let i = stack
            .len()
            .checked_sub(depth + 1)
            .ok_or_else(|| internal("stack underflow"))?;
        stack
            .get(i)
            .cloned()
            .ok_or_else(|| internal("stack underflow"))
    }

    #[inline(always)]
    fn name_at(&mut self, i: u32) -> PyResult<crate::value::Name> {
        frame!(self)
            .code
            .names
            .get(i as usize)
            .cloned()
            .ok_or_else(|| internal("bad name index"))
    }

    /// Pushes the global (or builtin) `names[i]`, filling the code's global cache so
    /// the fast lane finds it next time.
    fn load_global(&mut self, i: u32) -> PyResult<()> {
        let name = self.name_at(i)?;
        let f = frame!(self);
        let (code, globals) = (f.code.clone(), f.globals.clone());
        code.global_cache.fill(i, &name, &globals, &self.builtins);
        let v = match super::dictops::str_get(&globals, &name) {
            Some(v) => v,
            None => self.load_builtin(&name)?,
        };
        self.push(v)
    }

    /// Binds the global `names[i]` to the value on top, and records where it sits so the
    /// fast lane rebinds it in place next time.
    fn store_global(&mut self, i: u32) -> PyResult<()> {
        let name = self.name_at(i)?;
        let v = self.pop()?;
        let f = frame!(self);
        let (code, globals) = (f.code.clone(), f.globals.clone());
        super::dictops::str_set(&globals, &name, v);
        code.global_cache.fill(i, &name, &globals, &self.builtins);
        Ok(())
    }

    #[inline(always)]
    fn jump(&mut self, target: u32) -> PyResult<()> {
        frame!(self).pc = target as usize;
        Ok(())
    }

    /// Runs instructions until the frame at `base` returns or yields (`Some`), or until
    /// the limits were checked (`None`: the caller calls again). Returning every few
    /// thousand instructions matters on wasm: V8 swaps in a function's optimised code
    /// only when the function is next called (it has no on-stack replacement for wasm),
    /// so a run that stayed in this loop would keep its baseline code to the end.
    fn dispatch(&mut self, base: usize) -> PyResult<Option<Exit>> {
        loop {
            self.run_fast_lane(base)?;
            self.instructions += 1;
            if self.instructions >= self.next_check || crate::value::heap::over_limit() {
                self.check_limits()?;
                // The instruction is fetched on the next call, which counts it again.
                self.instructions -= 1;
                return Ok(None);
            }
            let instr = {
                let f = frame!(self);
                let instr = f
                    .code
                    .instructions
                    .get(f.pc)
                    .copied()
                    .unwrap_or(Instr::ReturnValue);
                f.pc += 1;
                instr
            };
            match instr {
                Instr::Nop => {}
                Instr::LoadConst(i) => {
                    let f = frame!(self);
                    let v = f
                        .code
                        .consts
                        .get(i as usize)
                        .cloned()
                        .ok_or_else(|| internal("const"))?;
                    f.stack.push(v);
                }
                Instr::LoadSmallInt(i) => self.push(Value::Int(i64::from(i)))?,
                Instr::LoadNone => self.push(Value::None)?,
                Instr::LoadFast(i) => {
                    let f = frame!(self);
                    match f.locals.get(i as usize) {
                        Some(Some(v)) => {
                            let v = v.clone();
                            f.stack.push(v);
                        }
                        _ => return Err(unbound_local(f.code.varnames.get(i as usize))),
                    }
                }
                Instr::StoreFast(i) => {
                    let f = frame!(self);
                    let v = f.stack.pop().ok_or_else(|| internal("stack underflow"))?;
                    if let Some(slot) = f.locals.get_mut(i as usize) {
                        *slot = Some(v);
                    }
                }
                Instr::DeleteFast(i) => {
                    let f = frame!(self);
                    match f.locals.get_mut(i as usize).and_then(Option::take) {
                        Some(old) => self.discard(old)?,
                        None => return Err(unbound_local(f.code.varnames.get(i as usize))),
                    }
                }
                Instr::LoadDeref(i) => {
                    let v = self.load_deref(i)?;
                    self.push(v)?;
                }
                Instr::LoadClassDeref(i) => {
                    let f = frame!(self);
                    let name = cell_name(&f.code, i);
                    let found = f
                        .names
                        .as_ref()
                        .and_then(|ns| super::dictops::str_get(ns, &name));
                    let v = match found {
                        Some(v) => v,
                        None => self.load_deref(i)?,
                    };
                    self.push(v)?;
                }
                Instr::StoreDeref(i) => {
                    let v = self.pop()?;
                    let f = frame!(self);
                    if let Some(cell) = f.cells.get(i as usize) {
                        *cell.borrow_mut() = Some(v);
                    }
                }
                Instr::DeleteDeref(i) => {
                    let f = frame!(self);
                    if let Some(cell) = f.cells.get(i as usize) {
                        *cell.borrow_mut() = None;
                    }
                }
                Instr::LoadClosure(i) => {
                    // Closures are built by MakeFunction reading the cells directly; the
                    // cell index travels as an int.
                    self.push(Value::Int(i64::from(i)))?;
                }
                Instr::LoadGlobal(i) => self.load_global(i)?,
                Instr::StoreGlobal(i) => self.store_global(i)?,
                Instr::DeleteGlobal(i) => {
                    let name = self.name_at(i)?;
                    let globals = frame!(self).globals.clone();
                    match super::dictops::str_del(&globals, &name) {
                        Some(old) => self.discard(old)?,
                        None => return Err(name_error(&name)),
                    }
                }
                Instr::LoadName(i) if frame!(self).names_are_globals() => self.load_global(i)?,
                Instr::LoadName(i) => {
                    let name = self.name_at(i)?;
                    let (names, globals) = {
                        let f = frame!(self);
                        (f.names.clone(), f.globals.clone())
                    };
                    let local = names
                        .as_ref()
                        .and_then(|ns| super::dictops::str_get(ns, &name));
                    let v = match local.or_else(|| super::dictops::str_get(&globals, &name)) {
                        Some(v) => v,
                        None => self.load_builtin(&name)?,
                    };
                    self.push(v)?;
                }
                Instr::StoreName(i) if frame!(self).names_are_globals() => self.store_global(i)?,
                Instr::StoreName(i) => {
                    let name = self.name_at(i)?;
                    let v = self.pop()?;
                    let f = frame!(self);
                    let ns = f.names.clone().unwrap_or_else(|| f.globals.clone());
                    super::dictops::str_set(&ns, &name, v);
                }
                Instr::DeleteName(i) => {
                    let name = self.name_at(i)?;
                    let f = frame!(self);
                    let ns = f.names.clone().unwrap_or_else(|| f.globals.clone());
                    match super::dictops::str_del(&ns, &name) {
                        Some(old) => self.discard(old)?,
                        None => return Err(name_error(&name)),
                    }
                }
                Instr::LoadAttr(i) => {
                    let name = self.name_at(i)?;
                    self.guard_attribute(&name)?;
                    let obj = self.pop()?;
                    self.fill_attr_cache(i, &name, &obj)?;
                    let v = self.getattr(&obj, &name)?;
                    self.push(v)?;
                }
                Instr::StoreAttr(i) => {
                    let name = self.name_at(i)?;
                    self.guard_attribute(&name)?;
                    let obj = self.pop()?;
                    let v = self.pop()?;
                    self.fill_attr_cache(i, &name, &obj)?;
                    self.setattr(&obj, &name, v)?;
                }
                Instr::DeleteAttr(i) => {
                    let name = self.name_at(i)?;
                    self.guard_attribute(&name)?;
                    let obj = self.pop()?;
                    self.delattr(&obj, &name)?;
                }
                Instr::LoadMethod(i) => {
                    let name = self.name_at(i)?;
                    self.guard_attribute(&name)?;
                    let obj = self.pop()?;
                    self.fill_attr_cache(i, &name, &obj)?;
                    // Pushes [function, self] for a method found on the type, or
                    // [attr, attr] for anything else: CallMethod tells them apart by
                    // identity (a method is never its own receiver).
                    match self.lookup_method(&obj, &name)? {
                        Some(func) => {
                            self.push(func)?;
                            self.push(obj)?;
                        }
                        None => {
                            let attr = self.getattr(&obj, &name)?;
                            self.push(attr.clone())?;
                            self.push(attr)?;
                        }
                    }
                }
                Instr::CallMethod(n) => {
                    // [function, receiver, args...] from LoadMethod; [attr, attr, args...]
                    // when the attribute was not a method (the receiver slot is dropped).
                    if self.call_plain_from_stack(n as usize + 1)?
                        || self.call_native_from_stack(n as usize + 1, true)?
                    {
                        continue;
                    }
                    // The receiver and the arguments together, so a method call needs no
                    // second vector; for a plain attribute the receiver slot is dropped.
                    let mut args = self.pop_args(n as usize + 1)?;
                    let func = self.pop()?;
                    if args.first().is_some_and(|receiver| func.is(receiver)) {
                        args.remove(0);
                    }
                    if self.call_in_loop(func, Args::positional(args))? {
                        return Ok(Some(Exit::Suspend));
                    }
                }
                Instr::Call(n) => {
                    if self.call_plain_from_stack(n as usize)?
                        || self.call_native_from_stack(n as usize, false)?
                        || self.construct_plain_from_stack(n as usize)?
                    {
                        continue;
                    }
                    let args = self.pop_args(n as usize)?;
                    let func = self.pop()?;
                    if self.call_in_loop(func, Args::positional(args))? {
                        return Ok(Some(Exit::Suspend));
                    }
                }
                Instr::CallKw(n) => {
                    let kwnames = self.pop()?;
                    let mut all = self.pop_n(n as usize)?;
                    let func = self.pop()?;
                    let names: Vec<crate::value::Name> = match &kwnames {
                        Value::Tuple(t) => t
                            .items
                            .iter()
                            .filter_map(|v| v.as_str().map(Into::into))
                            .collect(),
                        _ => Vec::new(),
                    };
                    let split = all.len().saturating_sub(names.len());
                    let kwvals = all.split_off(split);
                    let kw = names.into_iter().zip(kwvals).collect();
                    if self.call_in_loop(
                        func,
                        Args {
                            pos: all.into(),
                            kw,
                        },
                    )? {
                        return Ok(Some(Exit::Suspend));
                    }
                }
                Instr::CallEx(has_kw) => {
                    let kwargs = if has_kw == 1 { Some(self.pop()?) } else { None };
                    let posargs = self.pop()?;
                    let func = self.pop()?;
                    let pos = match posargs {
                        Value::Tuple(t) => t.items.clone(),
                        other => self.collect(&other)?,
                    };
                    let mut kw = Vec::new();
                    match kwargs {
                        Some(Value::Dict(d)) => {
                            for e in d.borrow().iter() {
                                match &e.key {
                                    Value::Str(s) => kw.push((
                                        crate::value::Name::from(s.as_str()),
                                        e.value.clone(),
                                    )),
                                    _ => return Err(PyErr::type_error("keywords must be strings")),
                                }
                            }
                        }
                        Some(other) => {
                            return Err(PyErr::type_error(format!(
                                "{}() argument after ** must be a mapping, not {}",
                                self.callable_name(&func),
                                self.type_name(&other)
                            )))
                        }
                        None => {}
                    }
                    if self.call_in_loop(
                        func,
                        Args {
                            pos: pos.into(),
                            kw,
                        },
                    )? {
                        return Ok(Some(Exit::Suspend));
                    }
                }
                Instr::MakeFunction(flags) => {
                    let f = self.make_function(flags)?;
                    self.push(f)?;
                }
                Instr::ReturnValue => {
                    let v = self.pop()?;
                    let frame = self
                        .frames
                        .pop()
                        .ok_or_else(|| internal("return without frame"))?;
                    let v = match self.recycle_frame(frame) {
                        Some(inst) => {
                            if !v.is_none() {
                                return Err(PyErr::type_error(format!(
                                    "__init__() should return None, not '{}'",
                                    self.type_name(&v)
                                )));
                            }
                            inst
                        }
                        None => v,
                    };
                    if self.frames.len() <= base {
                        return Ok(Some(Exit::Return(v)));
                    }
                    self.push(v)?;
                }
                Instr::YieldValue => {
                    let v = self.pop()?;
                    let frame = self
                        .frames
                        .pop()
                        .ok_or_else(|| internal("yield without frame"))?;
                    return Ok(Some(Exit::Yield(v, frame)));
                }
                Instr::YieldFrom => {
                    let sent = self.pop()?;
                    let sub = self.top()?;
                    match self.send(&sub, sent)? {
                        super::iter::SendResult::Yielded(v) => {
                            let mut frame =
                                self.frames.pop().ok_or_else(|| internal("yield from"))?;
                            frame.pc = frame.pc.saturating_sub(1);
                            return Ok(Some(Exit::Yield(v, frame)));
                        }
                        super::iter::SendResult::Returned(r) => {
                            self.pop()?;
                            self.push(r)?;
                        }
                    }
                }
                Instr::GetYieldFromIter => {
                    let v = self.pop()?;
                    let it = match v {
                        Value::Generator(_) => v,
                        other => self.get_iter(&other)?,
                    };
                    self.push(it)?;
                }
                Instr::BinarySubscr => {
                    let key = self.pop()?;
                    let obj = self.pop()?;
                    let v = self.getitem(&obj, &key)?;
                    self.push(v)?;
                }
                Instr::StoreSubscr => {
                    let key = self.pop()?;
                    let obj = self.pop()?;
                    let v = self.pop()?;
                    self.setitem(&obj, key, v)?;
                }
                Instr::DeleteSubscr => {
                    let key = self.pop()?;
                    let obj = self.pop()?;
                    self.delitem(&obj, &key)?;
                }
                Instr::BinaryOp(op) => {
                    let b = self.pop()?;
                    let a = self.pop()?;
                    let v = self.binary_op(&a, &b, op)?;
                    self.push(v)?;
                }
                Instr::InplaceOp(op) => {
                    let b = self.pop()?;
                    let a = self.pop()?;
                    let v = match (a, &b, op) {
                        (Value::Str(s), Value::Str(more), BinOp::Add) => {
                            self.append_to_local(s, more)?
                        }
                        (a, _, _) => self.inplace_op(&a, &b, op)?,
                    };
                    self.push(v)?;
                }
                Instr::Unary(op) => {
                    let a = self.pop()?;
                    let v = match op {
                        UnaryOp::Not => Value::Bool(!self.truthy(&a)?),
                        other => self.unary_op(&a, other)?,
                    };
                    self.push(v)?;
                }
                Instr::Compare(op) => {
                    let b = self.pop()?;
                    let a = self.pop()?;
                    let v = self.compare(&a, &b, op)?;
                    self.push(v)?;
                }
                Instr::IsOp(negate) => {
                    let b = self.pop()?;
                    let a = self.pop()?;
                    self.push(Value::Bool(a.is(&b) != negate))?;
                }
                Instr::ContainsOp(negate) => {
                    let container = self.pop()?;
                    let item = self.pop()?;
                    let found = self.contains(&container, &item)?;
                    self.push(Value::Bool(found != negate))?;
                }
                Instr::Pop => {
                    let v = self.pop()?;
                    self.discard(v)?;
                }
                Instr::Dup => {
                    let v = self.top()?;
                    self.push(v)?;
                }
                Instr::Dup2 => {
                    let b = self.peek(0)?;
                    let a = self.peek(1)?;
                    self.push(a)?;
                    self.push(b)?;
                }
                Instr::Rot2 => rotate(&mut frame!(self).stack, 2)?,
                Instr::Rot3 => rotate(&mut frame!(self).stack, 3)?,
                Instr::Rot4 => rotate(&mut frame!(self).stack, 4)?,
                Instr::BuildList(n) => {
                    let items = self.pop_n(n as usize)?;
                    self.push(Value::list(items))?;
                }
                Instr::BuildTuple(n) => {
                    let items = self.pop_n(n as usize)?;
                    self.push(Value::tuple(items))?;
                }
                Instr::BuildSet(n) => {
                    let items = self.pop_n(n as usize)?;
                    let set = self.new_set(items, false)?;
                    self.push(set)?;
                }
                Instr::BuildMap(n) => {
                    let items = self.pop_n(2 * n as usize)?;
                    let dict = Rc::new(Dict::new());
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        self.dict_set(&dict, k, v)?;
                    }
                    self.push(Value::Dict(dict))?;
                }
                Instr::BuildString(n) => {
                    let parts = self.pop_n(n as usize)?;
                    // Refused before it is built, as concatenation is (see `ops.rs`).
                    let len = parts.iter().map(|p| p.as_str().map_or(0, str::len)).sum();
                    self.check_alloc(1, len)?;
                    let mut s = String::with_capacity(len);
                    for p in &parts {
                        if let Value::Str(t) = p {
                            s.push_str(t.as_str());
                        }
                    }
                    self.push(Value::str(s))?;
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { self.pop()? } else { Value::None };
                    let stop = self.pop()?;
                    let start = self.pop()?;
                    self.push(Value::slice(crate::value::SliceObj { start, stop, step }))?;
                }
                Instr::ListAppend(depth) => {
                    let v = self.pop()?;
                    if let Value::List(l) = self.peek(depth as usize - 1)? {
                        l.borrow_mut().push(v);
                    }
                }
                Instr::SetAdd(depth) => {
                    let v = self.pop()?;
                    if let Value::Set(s) = self.peek(depth as usize - 1)? {
                        self.set_add(&s, v)?;
                    }
                }
                Instr::MapAdd(depth) => {
                    let v = self.pop()?;
                    let k = self.pop()?;
                    if let Value::Dict(d) = self.peek(depth as usize - 1)? {
                        self.dict_set(&d, k, v)?;
                    }
                }
                Instr::ListExtend(operand) => {
                    let depth = (operand & !crate::compile::bytecode::CALL_ARGS) as usize;
                    let it = self.pop()?;
                    let items = match self.collect(&it) {
                        Ok(items) => items,
                        Err(e)
                            if operand & crate::compile::bytecode::CALL_ARGS != 0
                                && self.is_exc_kind(&e, ExcKind::TypeError) =>
                        {
                            let func = self.peek(depth)?;
                            return Err(PyErr::type_error(format!(
                                "{}() argument after * must be an iterable, not {}",
                                self.callable_name(&func),
                                self.type_name(&it)
                            )));
                        }
                        Err(e) => return Err(e),
                    };
                    if let Value::List(l) = self.peek(depth - 1)? {
                        l.borrow_mut().extend(items);
                    }
                }
                Instr::SetUpdate(depth) => {
                    let it = self.pop()?;
                    let items = self.collect(&it)?;
                    if let Value::Set(s) = self.peek(depth as usize - 1)? {
                        for v in items {
                            self.set_add(&s, v)?;
                        }
                    }
                }
                Instr::DictUpdate(depth) | Instr::DictMerge(depth) => {
                    let m = self.pop()?;
                    let target = self.peek(depth as usize - 1)?;
                    let merge = matches!(instr, Instr::DictMerge(_));
                    if merge && !self.is_mapping(&m)? {
                        // In a call the stack is [callable, args, kwargs]: name the callable.
                        let func = self.peek(depth as usize + 1)?;
                        return Err(PyErr::type_error(format!(
                            "{}() argument after ** must be a mapping, not {}",
                            self.callable_name(&func),
                            self.type_name(&m)
                        )));
                    }
                    if let Value::Dict(d) = target {
                        if merge {
                            if let Some(dup) = self.first_shared_key(&d, &m)? {
                                let func = self.peek(depth as usize + 1)?;
                                return Err(PyErr::type_error(format!(
                                    "{}() got multiple values for keyword argument '{dup}'",
                                    self.callable_name(&func)
                                )));
                            }
                        }
                        self.dict_update_from(&d, &m)?;
                    }
                }
                Instr::ListToTuple => {
                    let v = self.pop()?;
                    let items = match &v {
                        Value::List(l) => l.to_vec(),
                        _ => Vec::new(),
                    };
                    self.push(Value::tuple(items))?;
                }
                Instr::Jump(t) => self.jump(t)?,
                Instr::PopJumpIfFalse(t) => {
                    let v = self.pop()?;
                    if !self.truthy(&v)? {
                        self.jump(t)?;
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    let v = self.pop()?;
                    if self.truthy(&v)? {
                        self.jump(t)?;
                    }
                }
                Instr::JumpIfFalseOrPop(t) => {
                    let v = self.top()?;
                    if self.truthy(&v)? {
                        self.pop()?;
                    } else {
                        self.jump(t)?;
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    let v = self.top()?;
                    if self.truthy(&v)? {
                        self.jump(t)?;
                    } else {
                        self.pop()?;
                    }
                }
                Instr::GetIter => {
                    let v = self.pop()?;
                    let it = self.get_iter(&v)?;
                    self.push(it)?;
                }
                Instr::ForIter(t) => {
                    let it = self.top()?;
                    // `for a, b in enumerate(...)` / `in d.items()`: the pair goes
                    // straight onto the stack as the unpacking after this would leave it.
                    let f = frame!(self);
                    if let Some(Instr::UnpackSequence(2)) = f.code.instructions.get(f.pc) {
                        if let Some(step) = self.next_pair(&it)? {
                            match step {
                                Some((a, b)) => {
                                    self.push(b)?;
                                    self.push(a)?;
                                    frame!(self).pc += 1;
                                    self.instructions += 1;
                                }
                                None => {
                                    self.pop()?;
                                    self.jump(t)?;
                                }
                            }
                            continue;
                        }
                    }
                    match self.next(&it)? {
                        Some(v) => self.push(v)?,
                        None => {
                            self.pop()?;
                            self.jump(t)?;
                        }
                    }
                }
                Instr::UnpackSequence(n) => {
                    let v = self.pop()?;
                    let items = self.unpack(&v, n as usize)?;
                    let stack = &mut frame!(self).stack;
                    stack.extend(items.into_iter().rev());
                }
                Instr::UnpackEx(spec) => {
                    let v = self.pop()?;
                    let before = (spec & 0xff) as usize;
                    let after = (spec >> 8) as usize;
                    let mut items = self.collect(&v)?;
                    if items.len() < before + after {
                        return Err(PyErr::value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        )));
                    }
                    let tail = items.split_off(items.len() - after);
                    let middle = items.split_off(before);
                    let stack = &mut frame!(self).stack;
                    stack.extend(tail.into_iter().rev());
                    stack.push(Value::list(middle));
                    stack.extend(items.into_iter().rev());
                }
                Instr::SetupExcept(h) | Instr::SetupFinally(h) => {
                    let f = frame!(self);
                    let level = f.stack.len();
                    f.blocks.push(Block::Setup { handler: h, level });
                }
                Instr::PopBlock => {
                    frame!(self).blocks.pop();
                }
                Instr::PopExcept => {
                    if let Some(Block::Handler { exc_depth }) = frame!(self).blocks.pop() {
                        self.exc_stack.truncate(exc_depth);
                    }
                }
                Instr::Reraise => {
                    let exc = self.pop()?;
                    self.reraising = true;
                    return Err(match exc {
                        Value::Instance(i) => PyErr::Object(i),
                        _ => internal("reraise of a non-exception"),
                    });
                }
                Instr::Raise(n) => return Err(self.raise(n)?),
                Instr::JumpIfNotExcMatch(t) => {
                    let cls = self.pop()?;
                    let exc = self.pop()?;
                    if !self.exception_matches(&exc, &cls)? {
                        self.jump(t)?;
                    }
                }
                Instr::SetupWith(h) => {
                    let ctx = self.pop()?;
                    let no_protocol = |vm: &Vm, suffix: &str| {
                        PyErr::type_error(format!(
                            "'{}' object does not support the context manager protocol{suffix}",
                            vm.type_name(&ctx)
                        ))
                    };
                    if self.lookup_method(&ctx, "__enter__")?.is_none() {
                        return Err(no_protocol(self, ""));
                    }
                    let Some(exit) = self.lookup_method(&ctx, "__exit__")? else {
                        return Err(no_protocol(self, " (missed __exit__ method)"));
                    };
                    let enter = self.call_method(&ctx, "__enter__", vec![])?;
                    self.push(Value::BoundMethod(Rc::new(crate::value::BoundMethod::new(
                        ctx, exit,
                    ))))?;
                    let f = frame!(self);
                    let level = f.stack.len();
                    f.blocks.push(Block::Setup { handler: h, level });
                    f.stack.push(enter);
                }
                Instr::WithExit => {
                    let exit = self.pop()?;
                    self.call(
                        &exit,
                        Args::new(vec![Value::None, Value::None, Value::None]),
                    )?;
                }
                Instr::WithExceptStart => {
                    let exc = self.peek(0)?;
                    let exit = self.peek(1)?;
                    let cls = Value::Class(self.type_of(&exc));
                    let tb = self.traceback_object();
                    let r = self.call(&exit, Args::new(vec![cls, exc, tb]))?;
                    let suppress = self.truthy(&r)?;
                    self.push(Value::Bool(suppress))?;
                }
                Instr::LoadBuildClass => {
                    let v = self.load_builtin("__build_class__")?;
                    self.push(v)?;
                }
                Instr::ImportName(i) => {
                    let name = self.name_at(i)?;
                    let m = self.import_module(&name)?;
                    self.push(m)?;
                }
                Instr::ImportFrom(i) => {
                    let name = self.name_at(i)?;
                    let m = self.top()?;
                    let v = match self.getattr(&m, &name) {
                        Err(e) if self.is_exc_kind(&e, ExcKind::AttributeError) => {
                            let module = match &m {
                                Value::Module(md) => md.name.to_string(),
                                _ => String::from("?"),
                            };
                            return Err(PyErr::new(
                                ExcKind::ImportError,
                                format!("cannot import name '{name}' from '{module}' (unknown location)"),
                            ));
                        }
                        other => other?,
                    };
                    self.push(v)?;
                }
                Instr::ImportStar => {
                    let m = self.pop()?;
                    if let Value::Module(m) = m {
                        let f = frame!(self);
                        let ns = f.names.clone().unwrap_or_else(|| f.globals.clone());
                        let entries: Vec<_> = m
                            .dict
                            .borrow()
                            .iter()
                            .map(|e| (e.key.clone(), e.value.clone()))
                            .collect();
                        for (k, v) in entries {
                            if let Value::Str(s) = &k {
                                if !s.as_str().starts_with('_') {
                                    super::dictops::str_set(&ns, s.as_str(), v);
                                }
                            }
                        }
                    }
                }
                Instr::FormatValue(flags) => {
                    let spec = if flags & 4 != 0 {
                        Some(self.pop()?)
                    } else {
                        None
                    };
                    let v = self.pop()?;
                    let v = match flags & 3 {
                        1 => Value::str(self.str(&v)?),
                        2 => Value::str(self.repr(&v)?),
                        3 => Value::str(self.ascii(&v)?),
                        _ => v,
                    };
                    let spec = spec
                        .as_ref()
                        .and_then(|s| s.as_str().map(str::to_owned))
                        .unwrap_or_default();
                    // A str with no spec formats as itself: pushing it uncopied also
                    // keeps `f"{s}{s}"` from holding copies no memory check saw.
                    if spec.is_empty() && matches!(v, Value::Str(_)) {
                        self.push(v)?;
                    } else {
                        let s = self.format(&v, &spec)?;
                        self.push(Value::str(s))?;
                    }
                }
                Instr::LoadAssertionError => {
                    let cls = self.types.exception(ExcKind::AssertionError);
                    self.push(Value::Class(cls))?;
                }
                Instr::MatchSequence(_)
                | Instr::MatchMapping
                | Instr::MatchKeys
                | Instr::MatchClass(_)
                | Instr::CopyDictWithoutKeys => self.match_instruction(instr)?,
            }
        }
    }

    /// The `match` statement's instructions, out of the dispatch loop (they are rare,
    /// and code in the loop costs every instruction's compile and cache footprint).
    #[inline(never)]
    fn match_instruction(&mut self, instr: Instr) -> PyResult<()> {
        let result = match instr {
            Instr::MatchSequence(check) => {
                let subject = self.top()?;
                Value::Bool(self.match_sequence(&subject, check)?)
            }
            Instr::MatchMapping => {
                let subject = self.top()?;
                Value::Bool(self.match_mapping(&subject))
            }
            Instr::MatchKeys => {
                let keys = self.top()?;
                let subject = self.peek(1)?;
                self.match_keys(&subject, &keys)?
            }
            Instr::MatchClass(positional) => {
                let names = self.pop()?;
                let cls = self.pop()?;
                let subject = self.pop()?;
                self.match_class(&subject, &cls, positional, &names)?
            }
            _ => {
                let keys = self.pop()?;
                let subject = self.pop()?;
                self.copy_dict_without_keys(&subject, &keys)?
            }
        };
        self.push(result)
    }

    /// The first string key of mapping `m` already present in `d` (duplicate keyword
    /// arguments in a call).
    fn first_shared_key(&mut self, d: &Dict, m: &Value) -> PyResult<Option<String>> {
        let keys = match m {
            Value::Dict(md) => md.borrow().iter().map(|e| e.key.clone()).collect(),
            other => {
                let k = self.call_method(other, "keys", vec![])?;
                self.collect(&k)?
            }
        };
        for k in keys {
            if let Some(name) = k.as_str() {
                if super::dictops::str_get(d, name).is_some() {
                    return Ok(Some(name.to_string()));
                }
            }
        }
        Ok(None)
    }

    /// Whether `v` can be unpacked with `**` (a dict, or anything with `keys()`).
    fn is_mapping(&mut self, v: &Value) -> PyResult<bool> {
        Ok(matches!(v, Value::Dict(_)) || self.getattr_opt(v, "keys")?.is_some())
    }

    /// Drops a value the program no longer references. A suspended generator dropped
    /// this way is closed first, as CPython does when its refcount reaches zero, so its
    /// `finally` blocks run at the same point.
    fn discard(&mut self, v: Value) -> PyResult<()> {
        if let Value::Generator(g) = &v {
            // `close_generator` only drops the frame of one not started yet.
            if std::rc::Rc::strong_count(g) == 1 {
                self.close_generator(g)?;
            }
        }
        Ok(())
    }

    fn load_deref(&mut self, i: u32) -> PyResult<Value> {
        let f = frame!(self);
        let cell = f
            .cells
            .get(i as usize)
            .ok_or_else(|| internal("bad cell"))?;
        let v = cell.borrow().clone();
        match v {
            Some(v) => Ok(v),
            None => {
                let name = cell_name(&f.code, i);
                if (i as usize) < f.code.cellvars.len() {
                    Err(unbound_local(Some(&name)))
                } else {
                    Err(PyErr::new(
                        ExcKind::NameError,
                        format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
                    ))
                }
            }
        }
    }

    /// How CPython names a callable in argument errors: `module.qualname` for Python
    /// functions, the bare name for builtins.
    pub fn callable_name(&self, func: &Value) -> String {
        match func {
            Value::Function(f) => {
                let module = super::dictops::str_get(&f.globals, "__name__");
                match module.as_ref().and_then(Value::as_str) {
                    Some(m) => format!("{m}.{}", f.qualname.borrow()),
                    None => f.qualname.borrow().to_string(),
                }
            }
            Value::Native(n) => n.name.to_string(),
            Value::BoundMethod(m) => self.callable_name(&m.func),
            Value::Class(c) => c.name.to_string(),
            other => self.type_name(other),
        }
    }

    /// Looks `name` up in the builtins, or raises `NameError`.
    pub fn load_builtin(&mut self, name: &str) -> PyResult<Value> {
        match super::dictops::str_get(&self.builtins, name) {
            Some(v) => Ok(v),
            None => Err(self.missing_name(name)),
        }
    }

    /// Fills the attribute cache slot for `names[index]` with what the class of an
    /// instance or builtin container holds under the name, if it does not know the class
    /// yet: the fast lane reads it.
    fn fill_attr_cache(&mut self, index: u32, name: &str, obj: &Value) -> PyResult<()> {
        let class = match obj {
            Value::Instance(inst) => &inst.class,
            other => match self.types.of_container(other) {
                Some(class) => class,
                None => return Ok(()),
            },
        };
        let code = &self.frames.last().ok_or_else(|| internal("no frame"))?.code;
        if code.attr_cache.probe(index, class).is_none() {
            code.attr_cache.fill(index, name, class);
        }
        Ok(())
    }

    /// The common call, made without building an argument vector: when the value under
    /// the top `nargs` values is a Python function that takes exactly them as its
    /// positional parameters (see `binds_plainly`), they move straight from this frame's
    /// stack into the new frame's locals. Returns false (touching nothing) otherwise.
    fn call_plain_from_stack(&mut self, nargs: usize) -> PyResult<bool> {
        let Some(func) = plain_callee(&frame!(self).stack, nargs) else {
            return Ok(false);
        };
        self.push_plain_call(func, nargs)?;
        Ok(true)
    }

    /// A call of a builtin (a native function) under the top `nargs` values, made as
    /// [`Vm::call_native_on_stack`] makes it. Returns false (touching nothing) for any
    /// other callee.
    fn call_native_from_stack(&mut self, nargs: usize, method: bool) -> PyResult<bool> {
        if !calls_native(&frame!(self).stack, nargs) {
            return Ok(false);
        }
        self.call_native_on_stack(nargs, method)?;
        Ok(true)
    }

    /// Calls the builtin under the top `nargs` values (see [`calls_native`]) with them and
    /// pushes its result in their place; for a `CallMethod` (`method`), a receiver slot
    /// that holds the function itself (a plain attribute, see `CallMethod`) is dropped.
    /// The fast lane calls builtins through it too, so that a builtin call costs no trip
    /// out of the lane and back.
    pub(super) fn call_native_on_stack(&mut self, nargs: usize, method: bool) -> PyResult<()> {
        match (native_shortcut(&frame!(self).stack, nargs, method), nargs) {
            (Shortcut::One(run), 1) => {
                let a = self.pop()?;
                let native = self.pop_native()?;
                self.guard_native_call(&native)?;
                let v = run(self, a)?;
                return self.push(v);
            }
            (Shortcut::Two(run), 2) => {
                let b = self.pop()?;
                let a = self.pop()?;
                let native = self.pop_native()?;
                self.guard_native_call(&native)?;
                let v = run(self, a, b)?;
                return self.push(v);
            }
            (Shortcut::TwoOrThree(run), 2 | 3) => {
                let c = if nargs == 3 { Some(self.pop()?) } else { None };
                let b = self.pop()?;
                let a = self.pop()?;
                let native = self.pop_native()?;
                self.guard_native_call(&native)?;
                let v = run(self, a, b, c)?;
                return self.push(v);
            }
            _ => {}
        }
        let mut args = self.pop_args(nargs)?;
        let native = self.pop_native()?;
        if method
            && matches!(args.first(), Some(Value::Native(receiver)) if Rc::ptr_eq(receiver, &native))
        {
            args.remove(0);
        }
        self.guard_native_call(&native)?;
        let v = (native.func)(self, Args::positional(args))?;
        self.push(v)
    }

    /// Pops the builtin a call is calling (see [`calls_native`]).
    fn pop_native(&mut self) -> PyResult<Rc<NativeFunction>> {
        match frame!(self).stack.pop() {
            Some(Value::Native(native)) => Ok(native),
            _ => Err(internal("native callee")),
        }
    }

    /// The second half of [`Vm::call_plain_from_stack`], for a callee [`plain_callee`]
    /// accepted: the new frame takes the arguments off the caller's stack.
    pub(super) fn push_plain_call(&mut self, func: Rc<Function>, nargs: usize) -> PyResult<()> {
        self.guard_function_call(&func.code)?;
        if self.frames.len() >= self.max_depth {
            return Err(self.recursion_error());
        }
        let mut frame = self.new_frame(func.code.clone(), func.globals.clone());
        frame.cells.extend(func.closure.iter().cloned());
        // The arguments move into the new frame's locals; then the function goes.
        let caller = frame!(self);
        frame.take_args(&mut caller.stack, nargs, 0);
        caller.stack.pop();
        self.frames.push(frame);
        Ok(())
    }

    /// `s += more` where the next instruction stores the result back into the local that
    /// holds `s`: when nothing else holds `s`, the local lets go of it and it grows in
    /// place, as CPython's `unicode_concatenate` does, so building a string a piece at a
    /// time is linear. Anything else is the plain concatenation, whose new string the
    /// local then holds alone, so the `+=` after it grows in place.
    fn append_to_local(&mut self, mut s: Rc<PyStr>, more: &PyStr) -> PyResult<Value> {
        let f = frame!(self);
        let local = match f.code.instructions.get(f.pc) {
            Some(&Instr::StoreFast(i)) => Some(i as usize),
            _ => None,
        };
        let held_by_local = local
            .and_then(|i| f.locals.get(i))
            .is_some_and(|held| matches!(held, Some(Value::Str(held)) if Rc::ptr_eq(held, &s)));
        if let (Some(i), true) = (local, held_by_local && Rc::strong_count(&s) == 2) {
            // Refused before anything changes, as the plain concatenation is.
            self.check_alloc(1, s.append_growth(more))?;
            if let Some(slot) = frame!(self).locals.get_mut(i) {
                *slot = None;
            }
            if let Some(grown) = Rc::get_mut(&mut s) {
                grown.append(more);
                return Ok(Value::Str(s));
            }
        }
        self.concat_str(&s, more)
    }

    /// Calls `func` from the dispatch loop: a Python function gets a frame on this loop;
    /// anything else runs now and pushes its result. Returns true when the call was to an
    /// async host function that suspended the run (its result comes on resume).
    fn call_in_loop(&mut self, func: Value, args: Args) -> PyResult<bool> {
        match &func {
            // A builtin, the commonest callee here: no frame to prepare.
            Value::Native(n) => {
                self.guard_native_call(n)?;
                let v = (n.func)(self, args)?;
                return self.push(v).map(|()| false);
            }
            Value::Host(h) => {
                return match self.call_host(h, args, self.can_suspend_here())? {
                    Some(v) => self.push(v).map(|()| false),
                    None => Ok(true),
                };
            }
            _ => {}
        }
        match self.prepare_call(&func, args)? {
            super::call::Prepared::Frame(frame) => {
                if self.frames.len() >= self.max_depth {
                    return Err(self.recursion_error());
                }
                self.frames.push(frame);
            }
            super::call::Prepared::Done(v) => self.push(v)?,
        }
        Ok(false)
    }

    fn make_function(&mut self, operand: u32) -> PyResult<Value> {
        let flags = operand & 7;
        let code = frame!(self)
            .code
            .children
            .get((operand >> 3) as usize)
            .cloned()
            .ok_or_else(|| internal("MakeFunction code index"))?;
        let closure = if flags & 4 != 0 {
            let idxs = self.pop()?;
            let f = frame!(self);
            match idxs {
                Value::Tuple(t) => t
                    .items
                    .iter()
                    .filter_map(|v| match v {
                        Value::Int(i) => usize::try_from(*i)
                            .ok()
                            .and_then(|i| f.cells.get(i))
                            .cloned(),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let kwdefaults = if flags & 2 != 0 {
            match self.pop()? {
                Value::Dict(d) => d
                    .borrow()
                    .iter()
                    .filter_map(|e| {
                        e.key
                            .as_str()
                            .map(|k| (crate::value::Name::from(k), e.value.clone()))
                    })
                    .collect(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let defaults = if flags & 1 != 0 {
            match self.pop()? {
                Value::Tuple(t) => t.items.clone(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let globals = frame!(self).globals.clone();
        let mut attrs = crate::value::attrs::Attrs::default();
        if let Some(doc) = &code.doc {
            attrs.insert("__doc__".into(), Value::str(doc.to_string()));
        }
        let bytes =
            crate::value::heap::sequence_bytes(defaults.len() + kwdefaults.len() + closure.len())
                + 4 * crate::value::heap::OBJECT_HEADER
                + code.name.len()
                + code.qualname.len();
        Ok(Value::Function(Rc::new(crate::value::Function {
            charge: crate::value::Charge::new(bytes),
            name: std::cell::RefCell::new(code.name.clone()),
            qualname: std::cell::RefCell::new(code.qualname.clone()),
            code,
            globals,
            defaults,
            kwdefaults,
            closure,
            attrs: std::cell::RefCell::new(attrs),
        })))
    }

    fn raise(&mut self, n: u32) -> PyResult<PyErr> {
        match n {
            0 => match self.exc_stack.last() {
                Some(Value::Instance(i)) => {
                    self.reraising = true;
                    Ok(PyErr::Object(i.clone()))
                }
                _ => Ok(PyErr::new(
                    ExcKind::RuntimeError,
                    "No active exception to reraise",
                )),
            },
            1 => {
                let exc = self.pop()?;
                self.make_exception(exc)
            }
            _ => {
                let cause = self.pop()?;
                let exc = self.pop()?;
                let err = self.make_exception(exc)?;
                let inst = self.materialize(err);
                let cause = match cause {
                    Value::None => None,
                    c => match self.make_exception(c) {
                        Ok(PyErr::Object(i)) => Some(Value::Instance(i)),
                        Ok(e @ PyErr::New(..)) => Some(Value::Instance(self.materialize(e))),
                        Err(_) => {
                            return Err(PyErr::type_error(
                                "exception causes must derive from BaseException",
                            ))
                        }
                    },
                };
                if let Some(data) = inst.exception() {
                    data.borrow_mut().set_cause(cause);
                }
                Ok(PyErr::Object(inst))
            }
        }
    }

    /// Turns the operand of `raise` into an exception: an instance, or a class to call.
    fn make_exception(&mut self, v: Value) -> PyResult<PyErr> {
        match &v {
            Value::Instance(i) if i.exception().is_some() => Ok(PyErr::Object(i.clone())),
            Value::Class(c) if c.is_subclass(&self.types.exception(ExcKind::BaseException)) => {
                match self.call(&v, Args::default())? {
                    Value::Instance(i) if i.exception().is_some() => Ok(PyErr::Object(i)),
                    _ => Err(PyErr::type_error(
                        "exceptions must derive from BaseException",
                    )),
                }
            }
            _ => Err(PyErr::type_error(
                "exceptions must derive from BaseException",
            )),
        }
    }
}

fn cell_name(code: &crate::compile::bytecode::Code, i: u32) -> crate::value::Name {
    let i = i as usize;
    code.cellvars
        .get(i)
        .or_else(|| code.freevars.get(i.wrapping_sub(code.cellvars.len())))
        .cloned()
        .unwrap_or_else(|| "?".into())
}

/// `UnboundLocalError` for reading or deleting a local that has no value.
fn unbound_local(name: Option<&crate::value::Name>) -> PyErr {
    let name = name.map_or("?", |n| &**n);
    PyErr::new(
        ExcKind::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// `NameError: name 'x' is not defined`.
pub fn name_error(name: &str) -> PyErr {
    PyErr::new(ExcKind::NameError, format!("name '{name}' is not defined"))
}

/// Moves the top of stack down `n - 1` places (ROT_TWO/THREE/FOUR).
fn rotate(stack: &mut [Value], n: usize) -> PyResult<()> {
    let len = stack.len();
    let start = len.checked_sub(n).ok_or_else(|| internal("rotate"))?;
    if let Some(slice) = stack.get_mut(start..) {
        slice.rotate_right(1);
    }
    Ok(())
}
