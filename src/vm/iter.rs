//! The iteration protocol: `iter()`, `next()`, generators (`send`, `throw`, `close`)
//! and helpers that drain an iterable into a vector.

use std::rc::Rc;

use crate::compile::bytecode::{BinOp, Instr};
use crate::value::function::Generator;
use crate::value::{IterKind, IterObj, Value, ViewKind};

use super::error::{ExcKind, PyErr, PyResult};
use super::interp::Exit;
use super::{Args, Vm};

/// What resuming a generator (or a delegated iterator) produced.
pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_) => Value::iter(IterKind::Seq {
                seq: v.clone(),
                index: 0,
            }),
            Value::Range(r) => Value::iter(IterKind::Range {
                next: r.start,
                step: r.step,
                remaining: r.len(),
            }),
            Value::Dict(d) => Value::iter(IterKind::Dict {
                dict: d.clone(),
                pos: 0,
                len: d.len(),
                kind: ViewKind::Keys,
            }),
            Value::DictView(view) => Value::iter(IterKind::Dict {
                dict: view.dict.clone(),
                pos: 0,
                len: view.dict.len(),
                kind: view.kind,
            }),
            Value::Set(d) | Value::FrozenSet(d) => Value::iter(IterKind::Set {
                set: d.clone(),
                pos: 0,
                len: d.len(),
            }),
            Value::Iter(_) | Value::Generator(_) => v.clone(),
            Value::Instance(inst) => {
                let iter = inst.class.lookup("__iter__");
                // `__iter__ = None` declares the class not iterable, `__getitem__` or not.
                if matches!(iter, Some(Value::None)) {
                    return Err(self.not_iterable(v));
                }
                if let Some(f) = iter.filter(|f| matches!(f, Value::Function(_))) {
                    let it = self.call(&f, Args::new(vec![v.clone()]))?;
                    if !self.is_iterator(&it) {
                        return Err(PyErr::type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            self.type_name(&it)
                        )));
                    }
                    return Ok(it);
                }
                if let Some(inner) = inst.builtin_value() {
                    return self.get_iter(&inner);
                }
                if inst.class.lookup("__getitem__").is_some() {
                    return Ok(Value::iter(IterKind::Seq {
                        seq: v.clone(),
                        index: 0,
                    }));
                }
                return Err(self.not_iterable(v));
            }
            other => return Err(self.not_iterable(other)),
        })
    }

    fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Iter(_) | Value::Generator(_) => true,
            Value::Instance(inst) => inst.class.lookup("__next__").is_some(),
            _ => false,
        }
    }

    /// `TypeError: 'x' object is not iterable`.
    pub fn not_iterable(&self, v: &Value) -> PyErr {
        PyErr::type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// Advances an iterator: Some(value), or None when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(obj) => self.next_builtin(obj),
            Value::Generator(g) => match self.resume(g, Value::None, None)? {
                SendResult::Yielded(v) => Ok(Some(v)),
                SendResult::Returned(_) => Ok(None),
            },
            Value::Instance(inst) => {
                let f = inst.class.lookup("__next__").ok_or_else(|| {
                    PyErr::type_error(format!(
                        "'{}' object is not an iterator",
                        inst.class.type_name()
                    ))
                })?;
                match self.call(&f, Args::new(vec![it.clone()])) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.is_stop_iteration(&e) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            other => Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(other)
            ))),
        }
    }

    /// The next item of an iterator whose items are pairs made for the occasion
    /// (`enumerate`, a dict's `items()`), as its two parts: `for i, x in enumerate(xs)`
    /// then unpacks without a tuple made and taken apart per step. None when `it` is no
    /// such iterator; Some(None) when it is exhausted.
    pub(super) fn next_pair(&mut self, it: &Value) -> PyResult<Option<Option<(Value, Value)>>> {
        let Value::Iter(obj) = it else {
            return Ok(None);
        };
        let inner = match &*obj.state.borrow() {
            IterKind::Dict {
                kind: ViewKind::Items,
                ..
            } => None,
            IterKind::Enumerate { inner, .. } => Some(inner.clone()),
            _ => return Ok(None),
        };
        let Some(inner) = inner else {
            return Ok(Some(self.next_dict_entry(obj)?));
        };
        let Some(v) = self.next(&inner)? else {
            return Ok(Some(None));
        };
        let count = match &*obj.state.borrow() {
            IterKind::Enumerate { count, .. } => count.clone(),
            _ => return Ok(Some(None)),
        };
        let next_count = match &count {
            Value::Int(i) if *i < i64::MAX => Value::Int(i + 1),
            _ => self.binary_op(&count, &Value::Int(1), BinOp::Add)?,
        };
        if let IterKind::Enumerate { count, .. } = &mut *obj.state.borrow_mut() {
            *count = next_count;
        }
        Ok(Some(Some((count, v))))
    }

    /// The next entry of a dict iterator, or the RuntimeError when the dict changed size.
    fn next_dict_entry(&mut self, obj: &Rc<IterObj>) -> PyResult<Option<(Value, Value)>> {
        let mut state = obj.state.borrow_mut();
        let IterKind::Dict { dict, pos, len, .. } = &mut *state else {
            return Ok(None);
        };
        next_entry(dict, pos, len, "dictionary changed size during iteration")
    }

    fn next_builtin(&mut self, obj: &Rc<IterObj>) -> PyResult<Option<Value>> {
        let mut state = obj.state.borrow_mut();
        match &mut *state {
            IterKind::Seq { seq, index } => {
                let i = *index;
                let item = match seq {
                    Value::Instance(_) => {
                        let seq = seq.clone();
                        drop(state);
                        return match self.getitem(&seq, &Value::from_len(i)) {
                            Ok(v) => {
                                if let IterKind::Seq { index, .. } = &mut *obj.state.borrow_mut() {
                                    *index += 1;
                                }
                                Ok(Some(v))
                            }
                            Err(e)
                                if self.is_exc_kind(&e, ExcKind::IndexError)
                                    || self.is_stop_iteration(&e) =>
                            {
                                *obj.state.borrow_mut() = IterKind::Exhausted;
                                Ok(None)
                            }
                            Err(e) => Err(e),
                        };
                    }
                    other => seq_item(other, i),
                };
                match item {
                    Some(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *state = IterKind::Exhausted;
                        Ok(None)
                    }
                }
            }
            IterKind::Reversed { seq, index } => {
                if *index == 0 {
                    *state = IterKind::Exhausted;
                    return Ok(None);
                }
                *index -= 1;
                let i = *index;
                Ok(seq_item(seq, i))
            }
            IterKind::Range {
                next,
                step,
                remaining,
            } => Ok(range_step(next, *step, remaining)),
            IterKind::Dict { kind, .. } => {
                let kind = *kind;
                drop(state);
                Ok(self.next_dict_entry(obj)?.map(|(key, value)| match kind {
                    ViewKind::Keys => key,
                    ViewKind::Values => value,
                    ViewKind::Items => Value::tuple(vec![key, value]),
                }))
            }
            IterKind::Set { set, pos, len } => {
                let entry = next_entry(set, pos, len, "Set changed size during iteration")?;
                Ok(entry.map(|(key, _)| key))
            }
            IterKind::Values { items, index } => {
                let v = items.get(*index).cloned();
                *index += 1;
                Ok(v)
            }
            IterKind::Exhausted => Ok(None),
            IterKind::Enumerate { .. } => {
                drop(state);
                let pair = self.next_pair(&Value::Iter(obj.clone()))?.flatten();
                Ok(pair.map(|(count, v)| Value::tuple(vec![count, v])))
            }
            IterKind::Zip { .. }
            | IterKind::Map { .. }
            | IterKind::Filter { .. }
            | IterKind::Callable { .. } => {
                drop(state);
                self.next_composite(obj)
            }
        }
    }

    /// Iterators that call back into Python: state is cloned out so no borrow is held.
    fn next_composite(&mut self, obj: &Rc<IterObj>) -> PyResult<Option<Value>> {
        let snapshot = match &*obj.state.borrow() {
            IterKind::Zip { iters } => (1, iters.clone(), Value::None),
            IterKind::Map { func, iters } => (2, iters.clone(), func.clone()),
            IterKind::Filter { func, inner } => (3, vec![inner.clone()], func.clone()),
            IterKind::Callable { func, sentinel } => (4, vec![sentinel.clone()], func.clone()),
            _ => return Ok(None),
        };
        let (kind, iters, extra) = snapshot;
        let result = match kind {
            1 | 2 => {
                let mut vals = Vec::with_capacity(iters.len());
                let mut done = iters.is_empty();
                for it in &iters {
                    match self.next(it)? {
                        Some(v) => vals.push(v),
                        None => {
                            done = true;
                            break;
                        }
                    }
                }
                if done {
                    None
                } else if kind == 1 {
                    Some(Value::tuple(vals))
                } else {
                    Some(self.call(&extra, Args::new(vals))?)
                }
            }
            3 => {
                let inner = iters.first().cloned().unwrap_or(Value::None);
                loop {
                    match self.next(&inner)? {
                        Some(v) => {
                            let keep = if extra.is_none() {
                                self.truthy(&v)?
                            } else {
                                let r = self.call(&extra, Args::new(vec![v.clone()]))?;
                                self.truthy(&r)?
                            };
                            if keep {
                                break Some(v);
                            }
                        }
                        None => break None,
                    }
                }
            }
            _ => {
                let v = self.call(&extra, Args::default())?;
                let sentinel = iters.first().cloned().unwrap_or(Value::None);
                if self.eq(&v, &sentinel)? {
                    None
                } else {
                    Some(v)
                }
            }
        };
        if result.is_none() {
            *obj.state.borrow_mut() = IterKind::Exhausted;
        }
        Ok(result)
    }

    /// Resumes a generator with `value` (or raises `throw` inside it).
    pub fn resume(
        &mut self,
        g: &Rc<Generator>,
        value: Value,
        throw: Option<PyErr>,
    ) -> PyResult<SendResult> {
        if g.running.get() {
            return Err(PyErr::value_error("generator already executing"));
        }
        let Some(mut frame) = g.frame.borrow_mut().take() else {
            return match throw {
                Some(e) => Err(e),
                None => Ok(SendResult::Returned(Value::None)),
            };
        };
        let mut value = Some(value);
        // Thrown into a generator suspended in `yield from`: the inner generator gets it
        // first (`throw`, or `close` for GeneratorExit), as CPython delegates.
        let throw = match (throw, yield_from_target(&frame)) {
            (Some(err), Some(sub)) => {
                g.running.set(true);
                let delegated = self.throw_to_delegate(&sub, err);
                g.running.set(false);
                match delegated? {
                    Delegated::Yielded(v) => {
                        *g.frame.borrow_mut() = Some(frame);
                        return Ok(SendResult::Yielded(v));
                    }
                    Delegated::Returned(v) => {
                        // The `yield from` is over: its value replaces the inner generator.
                        frame.stack.pop();
                        frame.stack.push(v);
                        frame.pc += 1;
                        value = None;
                        None
                    }
                    Delegated::Raise(e) => Some(e),
                }
            }
            (throw, _) => throw,
        };
        if let (None, Some(value)) = (&throw, value) {
            if frame.pc == 0 {
                if !value.is_none() {
                    *g.frame.borrow_mut() = Some(frame);
                    return Err(PyErr::type_error(
                        "can't send non-None value to a just-started generator",
                    ));
                }
            } else {
                frame.stack.push(value);
            }
        }
        g.running.set(true);
        let r = self.execute(frame, throw);
        g.running.set(false);
        match r {
            Ok(Exit::Yield(v, frame)) => {
                *g.frame.borrow_mut() = Some(frame);
                Ok(SendResult::Yielded(v))
            }
            Ok(Exit::Return(v)) => Ok(SendResult::Returned(v)),
            Ok(Exit::Suspend) => Err(PyErr::new(
                ExcKind::SystemError,
                "internal VM error: host call suspended a generator",
            )),
            Err(e) if self.is_stop_iteration(&e) => {
                // The StopIteration is the RuntimeError's cause (`raise ... from`).
                let stop = self.materialize(e);
                let error = self.materialize(PyErr::new(
                    ExcKind::RuntimeError,
                    "generator raised StopIteration",
                ));
                if let Some(data) = error.exception() {
                    data.borrow_mut().set_cause(Some(Value::Instance(stop)));
                }
                Err(PyErr::Object(error))
            }
            Err(e) => Err(e),
        }
    }

    /// `g.close()`: GeneratorExit raised where a started generator is suspended, so its
    /// `finally` blocks and `with` exits run; a generator not started just ends.
    pub fn close_generator(&mut self, g: &Rc<Generator>) -> PyResult<()> {
        let started = match g.frame.borrow().as_ref() {
            None => return Ok(()),
            Some(frame) => frame.pc > 0,
        };
        if !started {
            g.frame.borrow_mut().take();
            return Ok(());
        }
        match self.resume(g, Value::None, Some(PyErr::bare(ExcKind::GeneratorExit))) {
            Ok(SendResult::Yielded(_)) => Err(PyErr::new(
                ExcKind::RuntimeError,
                "generator ignored GeneratorExit",
            )),
            Ok(SendResult::Returned(_)) => Ok(()),
            Err(e)
                if self.is_exc_kind(&e, ExcKind::GeneratorExit) || self.is_stop_iteration(&e) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// What the generator `sub` a `yield from` waits on makes of `err` thrown into the
    /// outer one: GeneratorExit closes it and goes on outward; anything else is thrown
    /// into it.
    fn throw_to_delegate(&mut self, sub: &Rc<Generator>, err: PyErr) -> PyResult<Delegated> {
        if self.is_exc_kind(&err, ExcKind::GeneratorExit) {
            return Ok(Delegated::Raise(match self.close_generator(sub) {
                Ok(()) => err,
                Err(e) => e,
            }));
        }
        Ok(match self.resume(sub, Value::None, Some(err)) {
            Ok(SendResult::Yielded(v)) => Delegated::Yielded(v),
            Ok(SendResult::Returned(v)) => Delegated::Returned(v),
            Err(e) => Delegated::Raise(e),
        })
    }

    /// Sends `value` into `sub` for `yield from`: generators are resumed, other
    /// iterators advanced (`send` on them only accepts None).
    pub fn send(&mut self, sub: &Value, value: Value) -> PyResult<SendResult> {
        match sub {
            Value::Generator(g) => self.resume(g, value, None),
            Value::Iter(_) if value.is_none() => Ok(match self.next(sub)? {
                Some(v) => SendResult::Yielded(v),
                None => SendResult::Returned(Value::None),
            }),
            other => {
                // A user iterator ends `yield from` with `StopIteration(value)`: that value
                // is the expression's result.
                let r = if value.is_none() {
                    self.call_method(other, "__next__", vec![])
                } else {
                    self.call_method(other, "send", vec![value])
                };
                match r {
                    Ok(v) => Ok(SendResult::Yielded(v)),
                    Err(e) if self.is_stop_iteration(&e) => {
                        let exc = self.materialize(e);
                        let result = exc
                            .exception()
                            .and_then(|d| d.borrow().args.first().cloned())
                            .unwrap_or(Value::None);
                        Ok(SendResult::Returned(result))
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// Drains an iterable into a vector (for a new container, `sorted`, unpacking, …)
    /// under the sandbox's limits: each item costs fuel and the growing vector counts
    /// against the memory limit, so an endless iterator ends in the policy's error instead
    /// of hanging or exhausting the host. A range that could never fit fails up front,
    /// like CPython (`OverflowError` past 2**63 items).
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        const VALUE: usize = std::mem::size_of::<Value>();
        match v {
            Value::List(l) => {
                self.check_alloc(VALUE, l.len())?;
                return Ok(l.to_vec());
            }
            Value::Tuple(t) => {
                self.check_alloc(VALUE, t.items.len())?;
                return Ok(t.items.clone());
            }
            Value::Range(r) => {
                let n = i64::try_from(r.len()).map_err(|_| PyErr::ssize_overflow())?;
                self.check_alloc(VALUE, usize::try_from(n).unwrap_or(0))?;
            }
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(item) = self.next(&it)? {
            self.charge_fuel(1)?;
            out.push(item);
            // The vector is not a Python object yet: its growth is counted by hand.
            if out.len().saturating_mul(VALUE) > self.alloc_room() {
                self.check_alloc(VALUE, out.len())?;
            }
        }
        Ok(out)
    }

    /// Unpacks exactly `n` values from an iterable (`a, b = v`).
    pub fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::List(_) | Value::Tuple(_) => self.collect(v)?,
            _ => {
                let it = self.get_iter(v).map_err(|_| {
                    PyErr::type_error(format!(
                        "cannot unpack non-iterable {} object",
                        self.type_name(v)
                    ))
                })?;
                let mut out = Vec::with_capacity(n);
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                    if out.len() > n {
                        return Err(PyErr::value_error(format!(
                            "too many values to unpack (expected {n})"
                        )));
                    }
                }
                out
            }
        };
        if items.len() > n {
            return Err(PyErr::value_error(format!(
                "too many values to unpack (expected {n})"
            )));
        }
        if items.len() < n {
            return Err(PyErr::value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        Ok(items)
    }
}

/// The next item of a range or list/tuple iterator, the iterators `for` loops are made
/// of, taken in the dispatch loop without a call: Some(Some(item)), Some(None) when
/// exhausted, None for any other iterator (the full `Vm::next` decides).
#[inline]
pub fn fast_next(obj: &IterObj) -> Option<Option<Value>> {
    let mut state = obj.state.try_borrow_mut().ok()?;
    let item = match &mut *state {
        IterKind::Range {
            next,
            step,
            remaining,
        } => return Some(range_step(next, *step, remaining)),
        IterKind::Seq {
            seq: seq @ (Value::List(_) | Value::Tuple(_)),
            index,
        } => {
            let item = seq_item(seq, *index);
            if item.is_some() {
                *index += 1;
            }
            item
        }
        _ => return None,
    };
    if item.is_none() {
        *state = IterKind::Exhausted;
    }
    Some(item)
}

/// The entry at or after `pos` of the table an iterator walks, which had `len` entries
/// when the walk began; the RuntimeError `changed` once its size differs (and after).
fn next_entry(
    table: &crate::value::Dict,
    pos: &mut usize,
    len: &mut usize,
    changed: &str,
) -> PyResult<Option<(Value, Value)>> {
    if table.len() != *len {
        *len = usize::MAX;
        return Err(PyErr::new(ExcKind::RuntimeError, changed));
    }
    let table = table.borrow();
    Ok(table.next_from(*pos).map(|(p, e)| {
        *pos = p + 1;
        (e.key.clone(), e.value.clone())
    }))
}

/// The next value of a range iterator's state (None once `remaining` runs out).
#[inline]
fn range_step(next: &mut i128, step: i128, remaining: &mut i128) -> Option<Value> {
    if *remaining <= 0 {
        return None;
    }
    let v = *next;
    *next = next.saturating_add(step);
    *remaining -= 1;
    Some(Value::from_i128(v))
}

/// The item at position `i` of a builtin sequence an iterator walks (None past the end).
fn seq_item(seq: &Value, i: usize) -> Option<Value> {
    match seq {
        Value::List(l) => l.get(i),
        Value::Tuple(t) => t.items.get(i).cloned(),
        Value::Str(s) => s.char_at(i).map(Value::char),
        Value::Bytes(b) => b.bytes.get(i).map(|&x| Value::Int(i64::from(x))),
        Value::ByteArray(b) => b.bytes.borrow().get(i).map(|&x| Value::Int(i64::from(x))),
        Value::Range(r) => Some(Value::from_i128(r.item(i as i128))),
        _ => None,
    }
}

/// What the inner generator of a `yield from` did with an exception thrown through it.
enum Delegated {
    /// It yielded: so does the outer generator, still waiting on it.
    Yielded(Value),
    /// It returned: the `yield from` evaluates to this.
    Returned(Value),
    /// The exception (or the one it became) goes on into the outer generator.
    Raise(PyErr),
}

/// The generator a suspended frame waits on in `yield from`, if it does: the frame
/// stands at its `YieldFrom` again, with the inner generator on top of its stack.
fn yield_from_target(frame: &crate::vm::Frame) -> Option<Rc<Generator>> {
    if frame.pc == 0
        || !matches!(
            frame.code.instructions.get(frame.pc),
            Some(Instr::YieldFrom)
        )
    {
        return None;
    }
    match frame.stack.last() {
        Some(Value::Generator(sub)) => Some(sub.clone()),
        _ => None,
    }
}
