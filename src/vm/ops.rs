//! Binary and unary operators: numbers first, then builtin sequences/sets/dicts, then
//! user dunders (`__add__`, reflected `__radd__`, in-place `__iadd__`) with CPython's
//! order and error messages.

use std::rc::Rc;

use num_traits::ToPrimitive;

use crate::compile::bytecode::{BinOp, UnaryOp};
use crate::value::{Class, Dict, PyStr, Value};

use super::error::{PyErr, PyResult};
use super::num::{number_op, number_unary};
use super::{Args, Vm};

fn user_method(cls: &Rc<Class>, name: &str) -> Option<Value> {
    if cls.builtin {
        return None;
    }
    match cls.lookup(name) {
        Some(f @ Value::Function(_)) => Some(f),
        _ => None,
    }
}

/// Bytes one item of a list or tuple takes, for the memory checks of building one.
const VALUE_BYTES: usize = std::mem::size_of::<Value>();

/// `items * n` for lists and tuples. An empty sequence repeats to nothing at once: the
/// copying loop would otherwise run `n` times (up to 2**63) for no items.
fn repeat_values(items: &[Value], n: usize) -> Vec<Value> {
    if items.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(items.len().saturating_mul(n));
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    out
}

/// How many copies a repeat count asks for (negative means none); None when `v` is not
/// an int. A count past `Py_ssize_t`, of either sign, is CPython's `OverflowError`,
/// whatever the sequence.
fn repeat_count(v: &Value) -> Option<PyResult<usize>> {
    let too_big = || PyErr::overflow(PyErr::INDEX_SIZED);
    match v {
        Value::Int(i) if *i < 0 => Some(Ok(0)),
        Value::Int(i) => Some(usize::try_from(*i).map_err(|_| too_big())),
        Value::Bool(b) => Some(Ok(usize::from(*b))),
        Value::BigInt(_) => Some(Err(too_big())),
        _ => None,
    }
}

impl Vm {
    /// `a op b`.
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let Some(v) = super::num::fast_op(a, b, op) {
            return Ok(v);
        }
        // `x ** 0.5` and the like, before the general number dispatch.
        if let (Value::Float(x), Value::Float(y), BinOp::Pow) = (a, b, op) {
            return super::num::float_op(*x, *y, op);
        }
        // Small ints whose result stays small (`//`, `%`, `&`, shifts...) need no size check.
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            if let Some(v) = super::num::small_op(*x, *y, op)? {
                return Ok(v);
            }
        }
        if let Some(bits) = super::num::int_result_bits(a, b, op) {
            if bits > 4096 {
                self.check_alloc(1, usize::try_from(bits / 8).unwrap_or(usize::MAX))?;
                // Big-int multiplication costs about n^1.585 limb operations (Karatsuba):
                // charge it up front so one huge product cannot outrun the fuel budget.
                let limbs = (bits / 64) as f64;
                self.charge_fuel((limbs.powf(1.585) / 8.0).to_u64().unwrap_or(u64::MAX))?;
            }
        }
        if let Some(v) = number_op(a, b, op)? {
            return Ok(v);
        }
        if !matches!(a, Value::Instance(_)) && !matches!(b, Value::Instance(_)) {
            if let Some(v) = self.builtin_binary(a, b, op)? {
                return Ok(v);
            }
            return Err(self.binop_error(a, b, op));
        }
        self.dunder_binary(a, b, op)
    }

    fn dunder_binary(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let (name, rname) = op.dunders();
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let same = Rc::ptr_eq(&ta, &tb);
        let rfunc = if same { None } else { user_method(&tb, rname) };
        if let Some(rf) = &rfunc {
            if tb.is_subclass(&ta) {
                let r = self.call(rf, Args::new(vec![b.clone(), a.clone()]))?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = user_method(&ta, name) {
            let r = self.call(&f, Args::new(vec![a.clone(), b.clone()]))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        // `str % x` and `bytes % x` format whatever `x` is: an unrelated class's
        // `__rmod__` is never consulted (a subclass's was tried first, above).
        if op == BinOp::Mod && !tb.is_subclass(&ta) {
            let a2 = super::compare::unwrap_builtin(a).unwrap_or_else(|| a.clone());
            if matches!(a2, Value::Str(_) | Value::Bytes(_)) {
                if let Some(v) = self.builtin_binary(&a2, b, op)? {
                    return Ok(v);
                }
            }
        }
        if let Some(rf) = &rfunc {
            if !tb.is_subclass(&ta) {
                let r = self.call(rf, Args::new(vec![b.clone(), a.clone()]))?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        // Builtin subclasses without an override behave like their builtin value.
        let a2 = super::compare::unwrap_builtin(a).unwrap_or_else(|| a.clone());
        // `%` formatting keeps a mapping subclass as is: its `__getitem__`/`__missing__` count.
        let keep_b = op == BinOp::Mod && matches!(a2, Value::Str(_) | Value::Bytes(_));
        let b2 = if keep_b {
            b.clone()
        } else {
            super::compare::unwrap_builtin(b).unwrap_or_else(|| b.clone())
        };
        if let Some(v) = number_op(&a2, &b2, op)? {
            return Ok(v);
        }
        if let Some(v) = self.builtin_binary(&a2, &b2, op)? {
            return Ok(v);
        }
        if op == BinOp::Mul {
            if let Some(v) = self.repeat_by_index(&a2, &b2)? {
                return Ok(v);
            }
        }
        Err(self.binop_error(a, b, op))
    }

    fn binop_error(&self, a: &Value, b: &Value, op: BinOp) -> PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        match (a, op) {
            (Value::Str(_), BinOp::Add) => {
                PyErr::type_error(format!("can only concatenate str (not \"{tb}\") to str"))
            }
            (Value::List(_), BinOp::Add) => {
                PyErr::type_error(format!("can only concatenate list (not \"{tb}\") to list"))
            }
            (Value::Bytes(_) | Value::ByteArray(_), BinOp::Add) => {
                PyErr::type_error(format!("can't concat {tb} to {ta}"))
            }
            (Value::Tuple(_), BinOp::Add) => PyErr::type_error(format!(
                "can only concatenate tuple (not \"{tb}\") to tuple"
            )),
            (
                Value::Str(_)
                | Value::List(_)
                | Value::Tuple(_)
                | Value::Bytes(_)
                | Value::ByteArray(_),
                BinOp::Mul,
            ) => PyErr::type_error(format!("can't multiply sequence by non-int of type '{tb}'")),
            _ if op == BinOp::Mul
                && matches!(
                    b,
                    Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
                ) =>
            {
                PyErr::type_error(format!("can't multiply sequence by non-int of type '{ta}'"))
            }
            _ => PyErr::type_error(format!(
                "unsupported operand type(s) for {}: '{ta}' and '{tb}'",
                op.symbol()
            )),
        }
    }

    /// `x + y` for two strs. Refused before it is built, as repetitions are: checked only
    /// after the instruction, `s = s + s` in a loop would pass the memory limit by up to
    /// half of it (found checking the fuzz invariants).
    pub(super) fn concat_str(&mut self, x: &PyStr, y: &PyStr) -> PyResult<Value> {
        self.check_alloc(1, x.as_str().len().saturating_add(y.as_str().len()))?;
        Ok(Value::Str(Rc::new(PyStr::concat(x, y))))
    }

    /// `seq * n` or `n * seq` where `n` is an object with `__index__`: the sequence
    /// repeated as many times as the int `n` stands for.
    fn repeat_by_index(&mut self, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (seq, count) = match (a, b) {
            (seq, count @ Value::Instance(_)) | (count @ Value::Instance(_), seq)
                if is_sequence(seq) =>
            {
                (seq, count)
            }
            _ => return Ok(None),
        };
        if user_method(&self.type_of(count), "__index__").is_none() {
            return Ok(None);
        }
        let n = Value::from_i128(self.to_index(count)?.into());
        self.builtin_binary(seq, &n, BinOp::Mul)
    }

    /// `a | b` of classes and None: a `types.UnionType`, which `types._union` makes
    /// (NotImplemented for anything else, as `type.__or__` returns).
    fn type_union(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        let types = self.internal_module("types")?;
        let union = self.getattr(&types, "_union")?;
        self.call(&union, Args::new(vec![a.clone(), b.clone()]))
    }

    /// Operators on builtin non-number values; Ok(None) when not applicable.
    fn builtin_binary(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        Ok(Some(match (a, b, op) {
            (Value::Class(_), Value::Class(_) | Value::None, BinOp::Or)
            | (Value::None, Value::Class(_), BinOp::Or) => match self.type_union(a, b)? {
                Value::NotImplemented => return Ok(None),
                union => union,
            },
            (Value::Str(x), Value::Str(y), BinOp::Add) => self.concat_str(x, y)?,
            (Value::Str(x), n, BinOp::Mul) | (n, Value::Str(x), BinOp::Mul)
                if repeat_count(n).is_some() =>
            {
                let n = repeat_count(n).unwrap_or(Ok(0))?;
                self.check_alloc(x.as_str().len(), n)?;
                Value::str(x.as_str().repeat(n))
            }
            (Value::Str(_) | Value::Bytes(_), _, BinOp::Mod) => {
                return crate::builtins::percent::format_percent(self, a, b).map(Some)
            }
            (
                Value::Bytes(_) | Value::ByteArray(_),
                Value::Bytes(_) | Value::ByteArray(_),
                BinOp::Add,
            ) => {
                let parts = [
                    a.bytes_like().unwrap_or_default(),
                    b.bytes_like().unwrap_or_default(),
                ];
                self.check_alloc(1, parts.iter().map(|p| p.len()).sum())?;
                let joined = parts.concat();
                if matches!(a, Value::ByteArray(_)) {
                    Value::bytearray(joined)
                } else {
                    Value::bytes(joined)
                }
            }
            (Value::ByteArray(x), n, BinOp::Mul) | (n, Value::ByteArray(x), BinOp::Mul)
                if repeat_count(n).is_some() =>
            {
                let n = repeat_count(n).unwrap_or(Ok(0))?;
                let data = x.bytes.borrow().clone();
                self.check_alloc(data.len(), n)?;
                Value::bytearray(data.repeat(n))
            }
            (Value::Bytes(x), n, BinOp::Mul) | (n, Value::Bytes(x), BinOp::Mul)
                if repeat_count(n).is_some() =>
            {
                let n = repeat_count(n).unwrap_or(Ok(0))?;
                self.check_alloc(x.bytes.len(), n)?;
                Value::bytes(x.bytes.repeat(n))
            }
            (Value::List(x), Value::List(y), BinOp::Add) => {
                self.check_alloc(VALUE_BYTES, x.len().saturating_add(y.len()))?;
                let mut v = x.to_vec();
                v.extend(y.borrow().iter().cloned());
                Value::list(v)
            }
            (Value::List(x), n, BinOp::Mul) | (n, Value::List(x), BinOp::Mul)
                if repeat_count(n).is_some() =>
            {
                let n = repeat_count(n).unwrap_or(Ok(0))?;
                let items = x.to_vec();
                self.check_alloc(items.len().saturating_mul(VALUE_BYTES), n)?;
                Value::list(repeat_values(&items, n))
            }
            (Value::Tuple(x), Value::Tuple(y), BinOp::Add) => {
                self.check_alloc(VALUE_BYTES, x.items.len().saturating_add(y.items.len()))?;
                let mut v = x.items.clone();
                v.extend(y.items.iter().cloned());
                Value::tuple(v)
            }
            (Value::Tuple(x), n, BinOp::Mul) | (n, Value::Tuple(x), BinOp::Mul)
                if repeat_count(n).is_some() =>
            {
                let n = repeat_count(n).unwrap_or(Ok(0))?;
                self.check_alloc(x.items.len() * 16, n)?;
                Value::tuple(repeat_values(&x.items, n))
            }
            (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y), _) => {
                let frozen = matches!(a, Value::FrozenSet(_));
                match crate::builtins::set_methods::set_operator(self, x, y, op)? {
                    Some(table) => Value::set_from_table(table, frozen),
                    None => return Ok(None),
                }
            }
            // A keys or items view combines with any iterable, on either side, as a set
            // of what it holds.
            (Value::DictView(_), _, BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor)
            | (_, Value::DictView(_), BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor)
                if [a, b].iter().any(|v| is_set_like_view(v)) =>
            {
                let sx = self.as_operand_set(a)?;
                let sy = self.as_operand_set(b)?;
                return self.builtin_binary(&sx, &sy, op);
            }
            (Value::Dict(x), Value::Dict(y), BinOp::Or) => {
                let d = Rc::new(Dict::from_table(self.copy_table(x)?));
                self.dict_update_from(&d, &Value::Dict(y.clone()))?;
                Value::Dict(d)
            }
            _ => return Ok(None),
        }))
    }

    /// An operand of a set operator with a keys or items view: sets stay as they are,
    /// a view or any other iterable becomes the set of its items.
    fn as_operand_set(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Set(_) | Value::FrozenSet(_) => Ok(v.clone()),
            Value::DictView(view) => self.view_as_set(view),
            other => {
                let items = self.collect(other)?;
                self.new_set(items, false)
            }
        }
    }

    /// `a op= b`: mutates lists, sets and dicts in place, calls `__iadd__` & co.
    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let Some(v) = super::num::fast_op(a, b, op) {
            return Ok(v);
        }
        match (a, op) {
            (Value::List(l), BinOp::Add) => {
                let items = self.collect(b)?;
                self.check_alloc(VALUE_BYTES, items.len())?;
                l.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            (Value::List(l), BinOp::Mul) => {
                if let Some(n) = repeat_count(b) {
                    let n = n?;
                    let items = l.to_vec();
                    self.check_alloc(items.len().saturating_mul(VALUE_BYTES), n)?;
                    *l.borrow_mut() = repeat_values(&items, n);
                    return Ok(a.clone());
                }
            }
            (Value::Set(s), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => {
                if let Value::Set(o) | Value::FrozenSet(o) = b {
                    if crate::builtins::set_methods::set_operator_in_place(self, s, o, op)? {
                        return Ok(a.clone());
                    }
                }
            }
            (Value::Dict(d), BinOp::Or) => {
                self.dict_update_from(d, b)?;
                return Ok(a.clone());
            }
            (Value::ByteArray(x), BinOp::Add) => {
                if let Some(more) = b.bytes_like() {
                    let more = more.into_owned();
                    self.check_alloc(1, more.len())?;
                    x.change(more.len(), |bytes| bytes.extend(more));
                    return Ok(a.clone());
                }
            }
            (Value::Instance(inst), _) => {
                if let Some(f) = user_method(&inst.class, op.inplace_dunder()) {
                    let r = self.call(&f, Args::new(vec![a.clone(), b.clone()]))?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            _ => {}
        }
        self.binary_op(a, b, op).map_err(|e| match e {
            PyErr::New(super::ExcKind::TypeError, _)
                if !matches!(a, Value::Instance(_)) && !matches!(b, Value::Instance(_)) =>
            {
                match (a, op) {
                    (Value::Str(_) | Value::List(_) | Value::Tuple(_), BinOp::Add | BinOp::Mul) => {
                        e
                    }
                    _ => PyErr::type_error(format!(
                        "unsupported operand type(s) for {}=: '{}' and '{}'",
                        op.symbol(),
                        self.type_name(a),
                        self.type_name(b)
                    )),
                }
            }
            other => other,
        })
    }

    /// `-a`, `+a`, `~a`.
    pub fn unary_op(&mut self, a: &Value, op: UnaryOp) -> PyResult<Value> {
        if let Some(v) = number_unary(a, op) {
            return Ok(v);
        }
        let name = match op {
            UnaryOp::Neg => "__neg__",
            UnaryOp::Pos => "__pos__",
            UnaryOp::Invert => "__invert__",
            UnaryOp::Not => return Ok(Value::Bool(!self.truthy(a)?)),
        };
        if let Value::Instance(inst) = a {
            if let Some(f) = user_method(&inst.class, name) {
                return self.call(&f, Args::new(vec![a.clone()]));
            }
            if let Some(inner) = inst.builtin_value() {
                if let Some(v) = number_unary(&inner, op) {
                    return Ok(v);
                }
            }
        }
        let sym = match op {
            UnaryOp::Neg => "-",
            UnaryOp::Pos => "+",
            _ => "~",
        };
        Err(PyErr::type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            self.type_name(a)
        )))
    }
}

/// Whether `v` is a dict's keys or items view, which act as sets (a values view does not).
fn is_set_like_view(v: &Value) -> bool {
    matches!(v, Value::DictView(view) if view.kind != crate::value::ViewKind::Values)
}

/// Whether `v` is a builtin sequence that `*` repeats.
fn is_sequence(v: &Value) -> bool {
    matches!(
        v,
        Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_) | Value::ByteArray(_)
    )
}
