//! Comparisons: `==` and ordering with CPython's rules (exact int/float comparison,
//! lexicographic sequences, set inclusion, rich-comparison dunders with reflection) and
//! membership (`in`).

use std::borrow::Cow;
use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

use crate::compile::bytecode::CmpOp;
use crate::value::{Class, Value, ViewKind};

use super::dictops::simple_eq;
use super::error::{PyErr, PyResult};
use super::{Args, Vm};

/// Exact comparison of an i64 with a float (None when the float is NaN).
pub fn int_float_cmp(i: i64, f: f64) -> Option<Ordering> {
    if i.unsigned_abs() < (1u64 << 53) {
        (i as f64).partial_cmp(&f)
    } else {
        bigint_float_cmp(&BigInt::from(i), f)
    }
}

/// Exact comparison of a big int with a float (None when the float is NaN).
pub fn bigint_float_cmp(b: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fb = BigInt::from_f64(fl)?;
    Some(match b.cmp(&fb) {
        Ordering::Equal if f > fl => Ordering::Less,
        other => other,
    })
}

/// Orders two numbers; outer None when either is not a number, inner None for NaN.
pub fn num_ord(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    use Value::*;
    // Bools compare as ints; anything else is compared where it is, not cloned.
    fn unbool(v: &Value) -> Cow<'_, Value> {
        match v {
            Value::Bool(x) => Cow::Owned(Value::Int(i64::from(*x))),
            _ => Cow::Borrowed(v),
        }
    }
    let (a, b) = (unbool(a), unbool(b));
    let ord: Option<Ordering> = match (&*a, &*b) {
        (Int(x), Int(y)) => Some(x.cmp(y)),
        (Float(x), Float(y)) => x.partial_cmp(y),
        (Int(x), Float(y)) => int_float_cmp(*x, *y),
        (Float(x), Int(y)) => int_float_cmp(*y, *x).map(Ordering::reverse),
        (BigInt(x), BigInt(y)) => Some(x.value.cmp(&y.value)),
        (BigInt(x), Int(y)) => Some(x.value.cmp(&num_bigint::BigInt::from(*y))),
        (Int(x), BigInt(y)) => Some(num_bigint::BigInt::from(*x).cmp(&y.value)),
        (BigInt(x), Float(y)) => bigint_float_cmp(&x.value, *y),
        (Float(x), BigInt(y)) => bigint_float_cmp(&y.value, *x).map(Ordering::reverse),
        _ => return Option::None,
    };
    Some(ord)
}

/// `a op b` for two ints or two floats, the comparisons loops are made of: answered
/// in the dispatch loop without a call. None for anything else.
#[inline]
pub fn fast_compare(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(holds(Some(x.cmp(y)), op)),
        (Value::Float(x), Value::Float(y)) => Some(holds(x.partial_cmp(y), op)),
        _ => None,
    }
}

fn holds(ord: Option<Ordering>, op: CmpOp) -> bool {
    match ord {
        None => op == CmpOp::Ne,
        Some(o) => match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        },
    }
}

/// Whether `cls` itself (not a builtin base) defines `name`.
fn user_defines(cls: &Rc<Class>, name: &str) -> bool {
    !cls.builtin && matches!(cls.lookup(name), Some(Value::Function(_)))
}

impl Vm {
    /// Equality as containers use it: identity first, then `==`.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if let Some(r) = simple_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    /// `a op b` for the six rich comparisons.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        self.compare_shown(a, b, op, (a, b))
    }

    /// `compare`, naming `shown` in the "not supported" error: the values the program
    /// compared, when `a` and `b` are the builtin values inside instances of builtin
    /// subclasses (`Counter() < 5` names `Counter`, not `dict`).
    fn compare_shown(
        &mut self,
        a: &Value,
        b: &Value,
        op: CmpOp,
        shown: (&Value, &Value),
    ) -> PyResult<Value> {
        if let Some(ord) = num_ord(a, b) {
            return Ok(Value::Bool(holds(ord, op)));
        }
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => {
                return Ok(Value::Bool(holds(Some(x.as_str().cmp(y.as_str())), op)))
            }
            (Value::Bytes(_) | Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_)) => {
                let (x, y) = (
                    a.bytes_like().unwrap_or_default(),
                    b.bytes_like().unwrap_or_default(),
                );
                return Ok(Value::Bool(holds(Some(x.cmp(&y)), op)));
            }
            (Value::List(x), Value::List(y)) => {
                let (x, y) = (x.to_vec(), y.to_vec());
                return self.compare_seq(&x, &y, op);
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                // Tuples never change: their items are compared in place.
                let (x, y) = (Rc::clone(x), Rc::clone(y));
                return self.compare_seq(&x.items, &y.items, op);
            }
            (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) => {
                let (lx, ly) = (x.len(), y.len());
                let r = match op {
                    CmpOp::Eq => lx == ly && self.is_subset(x, y)?,
                    CmpOp::Ne => !(lx == ly && self.is_subset(x, y)?),
                    CmpOp::Le => self.is_subset(x, y)?,
                    CmpOp::Lt => lx < ly && self.is_subset(x, y)?,
                    CmpOp::Ge => self.is_subset(y, x)?,
                    CmpOp::Gt => lx > ly && self.is_subset(y, x)?,
                };
                return Ok(Value::Bool(r));
            }
            (Value::Dict(x), Value::Dict(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let e = self.dict_eq(x, y)?;
                return Ok(Value::Bool(e == (op == CmpOp::Eq)));
            }
            (Value::DictView(x), Value::DictView(y))
                if x.kind != ViewKind::Values && matches!(op, CmpOp::Eq | CmpOp::Ne) =>
            {
                let (sx, sy) = (self.view_as_set(x)?, self.view_as_set(y)?);
                return self.compare(&sx, &sy, op);
            }
            (Value::DictView(x), Value::Set(_) | Value::FrozenSet(_))
                if x.kind != ViewKind::Values =>
            {
                let sx = self.view_as_set(x)?;
                return self.compare(&sx, b, op);
            }
            (Value::Set(_) | Value::FrozenSet(_), Value::DictView(y))
                if y.kind != ViewKind::Values =>
            {
                let sy = self.view_as_set(y)?;
                return self.compare(a, &sy, op);
            }
            (Value::Range(x), Value::Range(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let same = x.len() == y.len()
                    && (x.is_empty() || (x.start == y.start && (x.len() == 1 || x.step == y.step)));
                return Ok(Value::Bool(same == (op == CmpOp::Eq)));
            }
            // Bound methods and slices compare by what they hold, as containers do.
            (Value::BoundMethod(_), Value::BoundMethod(_)) | (Value::Slice(_), Value::Slice(_))
                if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
            {
                if let Some(same) = super::dictops::simple_eq(a, b) {
                    return Ok(Value::Bool(same == (op == CmpOp::Eq)));
                }
            }
            _ => {}
        }
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            return self.rich_compare(a, b, op);
        }
        self.default_compare(shown.0, shown.1, op)
    }

    fn default_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(PyErr::type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    fn call_dunder(&mut self, obj: &Value, name: &str, arg: &Value) -> PyResult<Value> {
        let cls = self.type_of(obj);
        if !user_defines(&cls, name) {
            return Ok(Value::NotImplemented);
        }
        match cls.lookup(name) {
            Some(f) => self.call(&f, Args::new(vec![obj.clone(), arg.clone()])),
            None => Ok(Value::NotImplemented),
        }
    }

    fn rich_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        let (name, reflected) = op.dunders();
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let b_first = !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta) && user_defines(&tb, reflected);
        if b_first {
            let r = self.call_dunder(b, reflected, a)?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        let r = self.call_dunder(a, name, b)?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
        if !b_first {
            let r = self.call_dunder(b, reflected, a)?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if op == CmpOp::Ne && !user_defines(&ta, "__ne__") && user_defines(&ta, "__eq__") {
            let r = self.call_dunder(a, "__eq__", b)?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Value::Bool(!self.truthy(&r)?));
            }
        }
        let ua = unwrap_builtin(a);
        let ub = unwrap_builtin(b);
        if ua.is_some() || ub.is_some() {
            let a2 = ua.unwrap_or_else(|| a.clone());
            let b2 = ub.unwrap_or_else(|| b.clone());
            return self.compare_shown(&a2, &b2, op, (a, b));
        }
        self.default_compare(a, b, op)
    }

    fn compare_seq(&mut self, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<Value> {
        self.guarded(|vm| vm.compare_seq_inner(x, y, op))
    }

    fn compare_seq_inner(&mut self, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<Value> {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
            return Ok(Value::Bool(op == CmpOp::Ne));
        }
        let mut compared = 0;
        let mut first_difference = None;
        for (p, q) in x.iter().zip(y) {
            compared += 1;
            if !self.eq(p, q)? {
                first_difference = Some((p, q));
                break;
            }
        }
        self.charge_scan(compared)?;
        match first_difference {
            Some(_) if op == CmpOp::Eq => Ok(Value::Bool(false)),
            Some(_) if op == CmpOp::Ne => Ok(Value::Bool(true)),
            Some((p, q)) => self.compare(p, q, op),
            None => Ok(Value::Bool(holds(Some(x.len().cmp(&y.len())), op))),
        }
    }

    fn is_subset(&mut self, x: &crate::value::Dict, y: &crate::value::Dict) -> PyResult<bool> {
        self.guarded(|vm| vm.is_subset_inner(x, y))
    }

    fn is_subset_inner(
        &mut self,
        x: &crate::value::Dict,
        y: &crate::value::Dict,
    ) -> PyResult<bool> {
        let items: Vec<Value> = x.borrow().iter().map(|e| e.key.clone()).collect();
        for v in items {
            if !self.set_contains(y, &v)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn dict_eq(&mut self, x: &crate::value::Dict, y: &crate::value::Dict) -> PyResult<bool> {
        self.guarded(|vm| vm.dict_eq_inner(x, y))
    }

    fn dict_eq_inner(&mut self, x: &crate::value::Dict, y: &crate::value::Dict) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        let items: Vec<(Value, Value)> = x
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in items {
            match self.dict_get(y, &k)? {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// A keys or items view as a set value (for view comparisons and set operators).
    pub fn view_as_set(&mut self, view: &crate::value::DictView) -> PyResult<Value> {
        let items = self.view_snapshot(view)?;
        self.new_set(items, false)
    }

    /// What a dict view yields now ([`DictView::snapshot`](crate::value::DictView)),
    /// refused with `MemoryError` first when the `(key, value)` tuples of an items view
    /// would take memory past the limit.
    pub fn view_snapshot(&mut self, view: &crate::value::DictView) -> PyResult<Vec<Value>> {
        if view.kind == crate::value::ViewKind::Items {
            let pair = crate::value::heap::object_bytes::<crate::value::Tuple>()
                + crate::value::heap::values_bytes(2);
            self.check_alloc(pair, view.dict.len())?;
        }
        Ok(view.snapshot())
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                other => Err(PyErr::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(other)
                ))),
            },
            Value::Bytes(_) | Value::ByteArray(_) => match item {
                Value::Int(i) => match u8::try_from(*i) {
                    Ok(x) => Ok(container.bytes_like().unwrap_or_default().contains(&x)),
                    Err(_) => Err(PyErr::value_error("byte must be in range(0, 256)")),
                },
                Value::Bytes(_) | Value::ByteArray(_) => {
                    let hay = container.bytes_like().unwrap_or_default();
                    let sub = item.bytes_like().unwrap_or_default();
                    Ok(sub.is_empty() || hay.windows(sub.len()).any(|w| w == &*sub))
                }
                other => Err(PyErr::type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    self.type_name(other)
                ))),
            },
            Value::List(l) => Ok(self
                .find_equal(|i| l.get(i), item, 0, usize::MAX)?
                .is_some()),
            Value::Tuple(t) => {
                let t = Rc::clone(t);
                self.any_eq(&t.items, item)
            }
            Value::Dict(d) => self.set_contains(d, item),
            Value::Set(d) | Value::FrozenSet(d) => {
                let key = crate::builtins::set_methods::lookup_key(item.clone());
                self.set_contains(d, &key)
            }
            Value::DictView(v) => match v.kind {
                ViewKind::Keys => self.set_contains(&v.dict, item),
                _ => {
                    let items = self.collect(container)?;
                    self.any_eq(&items, item)
                }
            },
            Value::Range(r) => {
                let n: Option<i128> = match item {
                    Value::Int(n) => Some(i128::from(*n)),
                    Value::Bool(b) => Some(i128::from(*b)),
                    Value::BigInt(b) => i128::try_from(&b.value).ok(),
                    Value::Float(f) if f.fract() == 0.0 && f.abs() < 1e38 => f.to_i128(),
                    _ => {
                        let items = self.collect(container)?;
                        return self.any_eq(&items, item);
                    }
                };
                let Some(n) = n else { return Ok(false) };
                let inside = if r.step > 0 {
                    n >= r.start && n < r.stop
                } else {
                    n > r.stop && n <= r.start
                };
                Ok(inside && (n - r.start) % r.step == 0)
            }
            Value::Instance(inst) => {
                if let Some(f) = inst
                    .class
                    .lookup("__contains__")
                    .filter(|f| matches!(f, Value::Function(_)))
                {
                    let r = self.call(&f, Args::new(vec![container.clone(), item.clone()]))?;
                    return self.truthy(&r);
                }
                if let Some(inner) = inst.builtin_value() {
                    if inst
                        .class
                        .lookup("__iter__")
                        .is_none_or(|f| !matches!(f, Value::Function(_)))
                    {
                        return self.contains(&inner, item);
                    }
                }
                self.contains_by_iteration(container, item)
            }
            _ => self.contains_by_iteration(container, item),
        }
    }

    fn contains_by_iteration(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let it = self.get_iter(container).map_err(|_| {
            PyErr::type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            ))
        })?;
        while let Some(v) = self.next(&it)? {
            if self.eq(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The first position in `start..stop` whose item equals `x`, re-reading the sequence
    /// through `get` (the item at a position, None past the end) after every comparison,
    /// as a user `__eq__` may change it. The items compared are charged to the fuel.
    /// `in`, `index` and `remove` all scan through here.
    pub fn find_equal(
        &mut self,
        get: impl Fn(usize) -> Option<Value>,
        x: &Value,
        start: usize,
        stop: usize,
    ) -> PyResult<Option<usize>> {
        let mut i = start;
        let mut found = None;
        while i < stop {
            let Some(item) = get(i) else { break };
            if self.eq(&item, x)? {
                found = Some(i);
                break;
            }
            i += 1;
        }
        self.charge_scan(i.saturating_sub(start) + usize::from(found.is_some()))?;
        Ok(found)
    }

    fn any_eq(&mut self, items: &[Value], item: &Value) -> PyResult<bool> {
        Ok(self
            .find_equal(|i| items.get(i).cloned(), item, 0, usize::MAX)?
            .is_some())
    }
}

/// The builtin value inside an instance of a builtin subclass.
pub fn unwrap_builtin(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(inst) => inst.builtin_value(),
        _ => None,
    }
}
