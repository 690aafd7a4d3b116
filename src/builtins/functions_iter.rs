//! Iterator factories (`reversed`, `enumerate`, `zip`, `map`, `filter`, which are classes
//! in Python) and sorting: `sorted` and [`sort_values`], the stable merge sort `list.sort`
//! shares.

use std::rc::Rc;

use crate::compile::bytecode::CmpOp;
use crate::value::{BoundMethod, IterKind, NativeFunction, Value};
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::functions::{arg, expect_args, reject_unknown_kwargs, user_method};
use super::{add_method, add_value};

/// Registers the iterator classes and `sorted`.
pub fn register(vm: &mut Vm) {
    let classes = [
        (
            "reversed",
            vm.types.reversed.clone(),
            reversed_new as crate::value::function::NativeFn,
        ),
        ("enumerate", vm.types.enumerate.clone(), enumerate_new),
        ("zip", vm.types.zip.clone(), zip_new),
        ("map", vm.types.map.clone(), map_new),
        ("filter", vm.types.filter.clone(), filter_new),
    ];
    for (name, cls, new) in classes {
        add_method(&cls, "__new__", new);
        add_value(vm, name, Value::Class(cls));
    }
    super::add_function(vm, "sorted", builtin_sorted);
}

/// The arguments of a builtin class's `__new__` without the class itself.
fn without_class(mut args: Args) -> Args {
    if !args.pos.is_empty() {
        args.pos.remove(0);
    }
    args
}

// ---------------------------------------------------------------------------------------
// Sorting.

/// `sorted(iterable, /, *, key=None, reverse=False)`.
fn builtin_sorted(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    // Like CPython: the iterable is drained first, then `list.sort` parses the keywords.
    expect_args(&args, "sorted", 1)?;
    let mut items = vm.collect(&arg(&args, 0))?;
    let key = args.take_kw("key");
    let reverse = args.take_kw("reverse");
    reject_unknown_kwargs(&args, "sort")?;
    let reverse = match reverse {
        Some(r) => super::functions::c_int(vm, &r)? != 0,
        None => false,
    };
    sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

/// Sorts `items` in place, stably, like `list.sort(key=key, reverse=reverse)`: keys are
/// computed once (a `None` key means the items themselves), only `<` is used, and
/// `reverse` keeps equal items in their original order. If a key function or a
/// comparison raises, the error is returned and `items` is left unchanged.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = match key.filter(|k| !k.is_none()) {
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for item in items.iter() {
                vm.charge_fuel(1)?;
                keys.push(vm.call(f, Args::new(vec![item.clone()]))?);
            }
            keys
        }
        None => items.clone(),
    };
    if items.len() < 2 {
        return Ok(());
    }
    // Fuel for the comparisons a sort of this size makes at most.
    let n = items.len() as u64;
    vm.charge_fuel(n.saturating_mul(u64::from(n.ilog2() + 1)))?;
    let mut order: Vec<usize> = (0..items.len()).collect();
    if reverse {
        order.reverse();
    }
    let mut sorter = Sorter {
        vm,
        keys: &keys,
        error: None,
    };
    sorter.sort(&mut order);
    if let Some(e) = sorter.error {
        return Err(e);
    }
    if reverse {
        order.reverse();
    }
    let sorted: Vec<Value> = order
        .iter()
        .filter_map(|&i| items.get(i).cloned())
        .collect();
    *items = sorted;
    Ok(())
}

/// A stable sort over indices into `keys` that calls back into Python for comparisons
/// and stops comparing (every pair then counts as "not less") after the first error.
///
/// It follows CPython's timsort where Python code can observe it: runs are found by
/// `count_run` (a strictly descending run is reversed) and extended to `minrun` by binary
/// insertion, so a list shorter than 64 items sees exactly CPython's sequence of `<`
/// calls. Runs are then merged pairwise, without galloping.
struct Sorter<'a> {
    vm: &'a mut Vm,
    keys: &'a [Value],
    error: Option<PyErr>,
}

/// CPython's `merge_compute_minrun`: between 32 and 64, so that `n / minrun` is close to
/// (and at most) a power of two.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

impl Sorter<'_> {
    /// Whether `keys[a] < keys[b]`.
    fn lt(&mut self, a: usize, b: usize) -> bool {
        if self.error.is_some() {
            return false;
        }
        let (Some(x), Some(y)) = (self.keys.get(a), self.keys.get(b)) else {
            return false;
        };
        if let Some(r) = fast_lt(x, y) {
            return r;
        }
        let (x, y) = (x.clone(), y.clone());
        let r = self.vm.compare(&x, &y, CmpOp::Lt).and_then(|r| match r {
            Value::Bool(b) => Ok(b),
            other => self.vm.truthy(&other),
        });
        match r {
            Ok(b) => b,
            Err(e) => {
                self.error = Some(e);
                false
            }
        }
    }

    /// Sorts `order` (a permutation of key indices) stably.
    fn sort(&mut self, order: &mut [usize]) {
        let n = order.len();
        if n < 2 {
            return;
        }
        let minrun = compute_minrun(n);
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut lo = 0;
        while let Some(rest) = order.get_mut(lo..).filter(|r| !r.is_empty()) {
            let (mut len, descending) = self.count_run(rest);
            if descending {
                if let Some(run) = rest.get_mut(..len) {
                    run.reverse();
                }
            }
            if len < minrun {
                let force = rest.len().min(minrun);
                if let Some(run) = rest.get_mut(..force) {
                    self.binary_sort(run, len);
                }
                len = force;
            }
            runs.push((lo, len));
            lo += len;
        }
        let mut buffer = Vec::with_capacity(n / 2 + 1);
        while runs.len() > 1 {
            let mut merged = Vec::with_capacity(runs.len() / 2 + 1);
            for pair in runs.chunks(2) {
                match *pair {
                    [(start, a), (_, b)] => {
                        if let Some(span) = order.get_mut(start..start + a + b) {
                            self.merge(span, a, &mut buffer);
                        }
                        merged.push((start, a + b));
                    }
                    [single] => merged.push(single),
                    _ => {}
                }
            }
            runs = merged;
        }
    }

    /// CPython's `count_run`: the length of the run at the start of `v` (at least 2 items
    /// when there are 2), and whether it is strictly descending.
    fn count_run(&mut self, v: &[usize]) -> (usize, bool) {
        let (Some(&first), Some(&second)) = (v.first(), v.get(1)) else {
            return (v.len(), false);
        };
        let descending = self.lt(second, first);
        let mut n = 2;
        while let (Some(&prev), Some(&next)) = (v.get(n - 1), v.get(n)) {
            if self.lt(next, prev) != descending {
                break;
            }
            n += 1;
        }
        (n, descending)
    }

    /// CPython's `binarysort`: `v[..sorted]` is already sorted; each later item is
    /// inserted after every item not greater than it.
    fn binary_sort(&mut self, v: &mut [usize], sorted: usize) {
        for i in sorted.max(1)..v.len() {
            let Some(&pivot) = v.get(i) else { break };
            let (mut l, mut r) = (0, i);
            while l < r {
                let p = l + (r - l) / 2;
                let Some(&m) = v.get(p) else { break };
                if self.lt(pivot, m) {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            if let Some(span) = v.get_mut(l..=i) {
                span.rotate_right(1);
            }
        }
    }

    /// Merges the sorted runs `v[..mid]` and `v[mid..]`, taking from the right only when
    /// strictly less (stability).
    fn merge(&mut self, v: &mut [usize], mid: usize, buffer: &mut Vec<usize>) {
        buffer.clear();
        buffer.extend_from_slice(v.get(..mid).unwrap_or_default());
        // The write position never passes the next unread item of the right run.
        let (mut i, mut j, mut k) = (0, mid, 0);
        while let (Some(&l), Some(&r)) = (buffer.get(i), v.get(j)) {
            let take_right = self.lt(r, l);
            if let Some(slot) = v.get_mut(k) {
                *slot = if take_right { r } else { l };
            }
            if take_right {
                j += 1;
            } else {
                i += 1;
            }
            k += 1;
        }
        // The rest of the left run; the rest of the right run is already in place.
        while let Some(&l) = buffer.get(i) {
            if let Some(slot) = v.get_mut(k) {
                *slot = l;
            }
            i += 1;
            k += 1;
        }
    }
}

/// `a < b` for builtin values whose order needs no VM (same-type ints, floats, strs).
fn fast_lt(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x < y),
        (Value::Float(x), Value::Float(y)) => Some(x < y),
        (Value::Str(x), Value::Str(y)) => Some(x.as_str() < y.as_str()),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------
// Iterator classes.

/// `reversed(seq)`.
fn reversed_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let args = without_class(args);
    args.no_kwargs("reversed")?;
    expect_args(&args, "reversed", 1)?;
    reversed_of(vm, &arg(&args, 0))
}

/// `reversed(seq)` of a value (also `list.__reversed__` and `range.__reversed__`).
pub(super) fn reversed_of(vm: &mut Vm, seq: &Value) -> PyResult<Value> {
    let backwards = |seq: &Value, len: usize| {
        Ok(Value::iter(IterKind::Reversed {
            seq: seq.clone(),
            index: len,
        }))
    };
    match seq {
        Value::List(l) => backwards(seq, l.len()),
        Value::Tuple(t) => backwards(seq, t.items.len()),
        Value::Str(s) => backwards(seq, s.char_len()),
        Value::Bytes(b) => backwards(seq, b.bytes.len()),
        Value::ByteArray(b) => backwards(seq, b.bytes.borrow().len()),
        Value::Range(r) => backwards(seq, usize::try_from(r.len()).unwrap_or(usize::MAX)),
        Value::Dict(d) => {
            let mut keys: Vec<Value> = d.borrow().iter().map(|e| e.key.clone()).collect();
            keys.reverse();
            Ok(Value::iter(IterKind::Values {
                items: keys,
                index: 0,
            }))
        }
        Value::DictView(view) => {
            let mut items = vm.view_snapshot(view)?;
            items.reverse();
            Ok(Value::iter(IterKind::Values { items, index: 0 }))
        }
        Value::Instance(inst) => {
            match inst.class.lookup("__reversed__") {
                Some(Value::None) => return Err(not_reversible(vm, seq)),
                Some(f @ Value::Function(_)) => return vm.call(&f, Args::new(vec![seq.clone()])),
                _ => {}
            }
            // `list` and `dict` have their own `__reversed__`, which reads the storage and
            // ignores an overridden `__getitem__`; other sequences go through it.
            if let Some(inner @ (Value::List(_) | Value::Dict(_))) = inst.builtin_value() {
                return reversed_of(vm, &inner);
            }
            let overridden =
                user_method(seq, "__len__").is_some() || user_method(seq, "__getitem__").is_some();
            let has_both = inst.class.lookup("__len__").is_some()
                && inst.class.lookup("__getitem__").is_some();
            if overridden && has_both {
                // seq[len-1], ..., seq[0], lazily: map(seq.__getitem__, range(len-1, -1, -1)).
                let len = i128::try_from(vm.len(seq)?).unwrap_or(i128::MAX);
                let getitem = vm.getattr(seq, "__getitem__")?;
                let indices = Value::iter(IterKind::Range {
                    next: len - 1,
                    step: -1,
                    remaining: len,
                });
                return Ok(Value::iter(IterKind::Map {
                    func: getitem,
                    iters: vec![indices],
                }));
            }
            match inst.builtin_value() {
                Some(inner) => reversed_of(vm, &inner),
                None => Err(not_reversible(vm, seq)),
            }
        }
        _ => Err(not_reversible(vm, seq)),
    }
}

fn not_reversible(vm: &Vm, v: &Value) -> PyErr {
    PyErr::type_error(format!("'{}' object is not reversible", vm.type_name(v)))
}

/// `enumerate(iterable, start=0)`.
fn enumerate_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut args = without_class(args);
    let iterable = args.take(0, "iterable");
    let start = args.take(1, "start");
    reject_unknown_kwargs(&args, "enumerate")?;
    if args.len() > 2 {
        return Err(PyErr::type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let iterable = iterable
        .ok_or_else(|| PyErr::type_error("enumerate() missing required argument 'iterable'"))?;
    let count = match start {
        None => Value::Int(0),
        Some(s) => Value::from_bigint(super::functions::index_bigint(vm, &s)?),
    };
    let inner = vm.get_iter(&iterable)?;
    Ok(Value::iter(IterKind::Enumerate { inner, count }))
}

/// `zip(*iterables, strict=False)`.
fn zip_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut args = without_class(args);
    let strict = args.take_kw("strict");
    reject_unknown_kwargs(&args, "zip")?;
    let mut iters = Vec::with_capacity(args.len());
    for v in &args.pos {
        iters.push(vm.get_iter(v)?);
    }
    let strict = match strict {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    if !strict || iters.len() < 2 {
        return Ok(Value::iter(IterKind::Zip { iters }));
    }
    // `zip(strict=True)` steps through a callable iterator whose function checks that all
    // inputs end together; it returns `...` (never a tuple) at the common end.
    let step = Value::Native(Rc::new(NativeFunction {
        name: "zip",
        shortcut: crate::value::function::Shortcut::None,
        func: zip_strict_step,
        owner: None,
        module: None,
    }));
    let func = Value::BoundMethod(Rc::new(BoundMethod::new(Value::tuple(iters), step)));
    Ok(Value::iter(IterKind::Callable {
        func,
        sentinel: Value::Ellipsis,
    }))
}

/// One step of a strict zip; `args.pos[0]` is the tuple of iterators.
fn zip_strict_step(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let iters = match args.get(0) {
        Some(Value::Tuple(t)) => t.items.clone(),
        _ => return Ok(Value::Ellipsis),
    };
    let mut values = Vec::with_capacity(iters.len());
    for (i, it) in iters.iter().enumerate() {
        match vm.next(it)? {
            Some(v) => values.push(v),
            None if i == 0 => {
                for (j, other) in iters.iter().enumerate().skip(1) {
                    if vm.next(other)?.is_some() {
                        return Err(zip_length_error(j, "longer"));
                    }
                }
                return Ok(Value::Ellipsis);
            }
            None => return Err(zip_length_error(i, "shorter")),
        }
    }
    Ok(Value::tuple(values))
}

/// `zip() argument 3 is shorter than arguments 1-2`.
fn zip_length_error(index: usize, which: &str) -> PyErr {
    let before = if index == 1 {
        "argument 1".to_string()
    } else {
        format!("arguments 1-{index}")
    };
    PyErr::value_error(format!(
        "zip() argument {} is {which} than {before}",
        index + 1
    ))
}

/// `map(function, iterable, *iterables)`.
fn map_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let args = without_class(args);
    args.no_kwargs("map")?;
    if args.len() < 2 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let mut pos = args.pos.into_iter();
    let func = pos.next().unwrap_or(Value::None);
    let mut iters = Vec::new();
    for v in pos {
        iters.push(vm.get_iter(&v)?);
    }
    Ok(Value::iter(IterKind::Map { func, iters }))
}

/// `filter(function_or_None, iterable)`.
fn filter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let args = without_class(args);
    args.no_kwargs("filter")?;
    expect_args(&args, "filter", 2)?;
    let inner = vm.get_iter(&arg(&args, 1))?;
    Ok(Value::iter(IterKind::Filter {
        func: arg(&args, 0),
        inner,
    }))
}

#[cfg(test)]
mod tests {
    use super::super::functions::tests::{call, call_kw, show};
    use super::*;
    use crate::value::RangeObj;

    fn range_value(start: i128, stop: i128, step: i128) -> Value {
        Value::range(RangeObj { start, stop, step })
    }

    fn ints(v: &[i64]) -> Value {
        Value::list(v.iter().map(|&i| Value::Int(i)).collect())
    }

    fn listed(vm: &mut Vm, it: PyResult<Value>) -> String {
        let r = it.and_then(|it| vm.collect(&it)).map(Value::list);
        show(vm, r)
    }

    #[test]
    fn sorted_is_stable_and_reversible() {
        let mut vm = Vm::new();
        let r = call(
            &mut vm,
            "sorted",
            vec![ints(&[
                3, 1, 2, 5, 4, 9, 0, 7, 8, 6, 11, 15, 13, 12, 14, 10,
            ])],
        );
        assert_eq!(
            show(&mut vm, r),
            "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]"
        );
        let r = call_kw(
            &mut vm,
            "sorted",
            vec![ints(&[3, 1, 2])],
            vec![("reverse", Value::Bool(true))],
        );
        assert_eq!(show(&mut vm, r), "[3, 2, 1]");
        let pairs: Vec<Value> = (0..40)
            .map(|i| Value::tuple(vec![Value::Int(i % 3), Value::Int(i)]))
            .collect();
        let mut items: Vec<Value> = pairs.clone();
        // Sort by the first element only: equal keys must keep their order, in both directions.
        let first = Value::Native(Rc::new(NativeFunction {
            name: "first",
            shortcut: crate::value::function::Shortcut::None,
            func: |_vm, a| match a.get(0) {
                Some(Value::Tuple(t)) => Ok(t.items.first().cloned().unwrap_or(Value::None)),
                _ => Ok(Value::None),
            },
            owner: None,
            module: None,
        }));
        assert!(sort_values(&mut vm, &mut items, Some(&first), false).is_ok());
        let seconds: Vec<i64> = items
            .iter()
            .filter_map(|v| match v {
                Value::Tuple(t) => match t.items.get(1) {
                    Some(Value::Int(i)) => Some(*i),
                    _ => None,
                },
                _ => None,
            })
            .collect();
        let mut expected: Vec<i64> = (0..40).filter(|i| i % 3 == 0).collect();
        expected.extend((0..40).filter(|i| i % 3 == 1));
        expected.extend((0..40).filter(|i| i % 3 == 2));
        assert_eq!(seconds, expected);
        let mut items = pairs;
        assert!(sort_values(&mut vm, &mut items, Some(&first), true).is_ok());
        let firsts: Vec<String> = items.iter().take(3).map(|v| format!("{v:?}")).collect();
        assert_eq!(firsts.len(), 3);
        if let Some(Value::Tuple(t)) = items.first() {
            assert!(matches!(t.items.as_slice(), [Value::Int(2), Value::Int(2)]));
        }
    }

    /// Runs a program and returns its output (plus the error summary, if any).
    fn run_program(src: &str) -> String {
        let out = crate::Sandbox::new().run(src);
        out.stdout + &out.error.map(|e| e.summary).unwrap_or_default()
    }

    #[test]
    fn comparisons_follow_cpython_timsort() {
        let src = "class L:\n    def __init__(self, v): self.v = v\n    def __lt__(self, o):\n        print(self.v, o.v)\n        return self.v < o.v\n    def __repr__(self): return f'L{self.v}'\nprint(sorted([L(3), L(1), L(2)]))\nprint(sorted([L(1), L(2), L(3), L(0)], reverse=True))\n";
        // Sequences CPython 3.11 prints for the same program.
        assert_eq!(
            run_program(src),
            "1 3\n2 1\n2 3\n2 1\n[L1, L2, L3]\n3 0\n2 3\n2 3\n2 0\n1 2\n1 0\n[L3, L2, L1, L0]\n"
        );
        let big = "xs = [(i * 7919) % 1009 for i in range(3000)]\ns = sorted(xs)\nprint(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), len(s))\nps = sorted([(v % 7, i) for i, v in enumerate(xs)], key=lambda p: p[0], reverse=True)\nprint(all(ps[i][0] > ps[i + 1][0] or (ps[i][0] == ps[i + 1][0] and ps[i][1] < ps[i + 1][1]) for i in range(len(ps) - 1)))\n";
        assert_eq!(run_program(big), "True 3000\nTrue\n");
    }

    #[test]
    fn raising_comparisons_and_keys_do_not_panic() {
        let src = "class B:\n    def __lt__(self, o): raise RuntimeError('lt')\ntry:\n    sorted([B(), B(), B()])\nexcept RuntimeError as e:\n    print('caught', e)\ndef k(x):\n    raise ValueError(x)\ntry:\n    sorted([1, 2], key=k)\nexcept ValueError as e:\n    print('caught', e)\nprint(sorted([3, float('nan'), 1]))\n";
        assert_eq!(run_program(src), "caught lt\ncaught 1\n[3, nan, 1]\n");
    }

    #[test]
    fn sorted_errors() {
        let mut vm = Vm::new();
        let mixed = Value::list(vec![Value::Int(1), Value::str("a"), Value::Int(0)]);
        let r = call(&mut vm, "sorted", vec![mixed]);
        assert_eq!(
            show(&mut vm, r),
            "TypeError: '<' not supported between instances of 'str' and 'int'"
        );
        let r = call(&mut vm, "sorted", vec![]);
        assert_eq!(
            show(&mut vm, r),
            "TypeError: sorted expected 1 argument, got 0"
        );
        let r = call_kw(
            &mut vm,
            "sorted",
            vec![ints(&[1])],
            vec![("x", Value::Int(1))],
        );
        assert_eq!(
            show(&mut vm, r),
            "TypeError: 'x' is an invalid keyword argument for sort()"
        );
        let r = call_kw(
            &mut vm,
            "sorted",
            vec![ints(&[1, 2])],
            vec![("key", Value::Int(1))],
        );
        assert_eq!(show(&mut vm, r), "TypeError: 'int' object is not callable");
    }

    #[test]
    fn iterator_classes() {
        let mut vm = Vm::new();
        let r = call(&mut vm, "reversed", vec![ints(&[1, 2, 3])]);
        assert_eq!(listed(&mut vm, r), "[3, 2, 1]");
        let r = call(&mut vm, "reversed", vec![range_value(0, 5, 2)]);
        assert_eq!(listed(&mut vm, r), "[4, 2, 0]");
        let r = call(&mut vm, "reversed", vec![Value::Int(1)]);
        assert_eq!(
            show(&mut vm, r),
            "TypeError: 'int' object is not reversible"
        );
        let r = call_kw(
            &mut vm,
            "enumerate",
            vec![Value::str("ab")],
            vec![("start", Value::Int(1))],
        );
        assert_eq!(listed(&mut vm, r), "[(1, 'a'), (2, 'b')]");
        let r = call(&mut vm, "zip", vec![ints(&[1, 2, 3]), Value::str("ab")]);
        assert_eq!(listed(&mut vm, r), "[(1, 'a'), (2, 'b')]");
        let r = call_kw(
            &mut vm,
            "zip",
            vec![ints(&[1, 2]), Value::str("ab")],
            vec![("strict", Value::Bool(true))],
        );
        assert_eq!(listed(&mut vm, r), "[(1, 'a'), (2, 'b')]");
        let r = call_kw(
            &mut vm,
            "zip",
            vec![ints(&[1]), Value::str("ab")],
            vec![("strict", Value::Bool(true))],
        );
        assert_eq!(
            listed(&mut vm, r),
            "ValueError: zip() argument 2 is longer than argument 1"
        );
        let r = call_kw(
            &mut vm,
            "zip",
            vec![ints(&[1, 2]), ints(&[1, 2]), ints(&[1])],
            vec![("strict", Value::Bool(true))],
        );
        assert_eq!(
            listed(&mut vm, r),
            "ValueError: zip() argument 3 is shorter than arguments 1-2"
        );
        let abs = crate::vm::dictops::str_get(&vm.builtins, "abs").unwrap_or(Value::None);
        let r = call(&mut vm, "map", vec![abs, ints(&[-1, 2])]);
        assert_eq!(listed(&mut vm, r), "[1, 2]");
        let r = call(&mut vm, "filter", vec![Value::None, ints(&[0, 1, 0, 2])]);
        assert_eq!(listed(&mut vm, r), "[1, 2]");
        let r = call(&mut vm, "filter", vec![Value::None]);
        assert_eq!(
            show(&mut vm, r),
            "TypeError: filter expected 2 arguments, got 1"
        );
        let r = call(&mut vm, "map", vec![Value::None]);
        assert_eq!(
            show(&mut vm, r),
            "TypeError: map() must have at least two arguments."
        );
    }
}
