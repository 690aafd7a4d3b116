//! Methods of `set` and `frozenset`. Set algebra works on (hash, key) entries: a set or
//! dict operand contributes its stored hashes, any other iterable is hashed once per item
//! (as CPython does), and membership goes through the VM's `dict_find`, which runs user
//! `__eq__` with the table unborrowed.

use std::rc::Rc;

use crate::compile::bytecode::BinOp;
use crate::value::{Dict, HashTable, Value};
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::receiver::{arg, method_args, payload, this};
use super::{add_method, add_method_with_shortcut};
use crate::value::function::Shortcut;

/// Registers the methods of `set` and the read-only ones of `frozenset`.
pub fn register(vm: &mut Vm) {
    let set = vm.types.set.clone();
    add_method_with_shortcut(&set, "add", set_add, Shortcut::Two(add_to));
    add_method(&set, "remove", set_remove);
    add_method_with_shortcut(&set, "discard", set_discard, Shortcut::Two(discard_from));
    add_method(&set, "pop", set_pop);
    add_method(&set, "clear", set_clear);
    add_method(&set, "update", set_update);
    add_method(&set, "intersection_update", set_intersection_update);
    add_method(&set, "difference_update", set_difference_update);
    add_method(
        &set,
        "symmetric_difference_update",
        set_symmetric_difference_update,
    );
    register_read_only::<false>(&set);
    let frozenset = vm.types.frozenset.clone();
    register_read_only::<true>(&frozenset);
}

fn register_read_only<const FROZEN: bool>(class: &Rc<crate::value::Class>) {
    add_method(class, "copy", set_copy::<FROZEN>);
    add_method(class, "union", set_union::<FROZEN>);
    add_method(class, "intersection", set_intersection::<FROZEN>);
    add_method(class, "difference", set_difference::<FROZEN>);
    add_method(
        class,
        "symmetric_difference",
        set_symmetric_difference::<FROZEN>,
    );
    add_method(class, "issubset", set_issubset::<FROZEN>);
    add_method(class, "issuperset", set_issuperset::<FROZEN>);
    add_method(class, "isdisjoint", set_isdisjoint::<FROZEN>);
}

fn owner(frozen: bool) -> &'static str {
    if frozen {
        "frozenset"
    } else {
        "set"
    }
}

/// The table behind `self` of a `set` (or, with `frozen`, `frozenset`) method, after
/// checking there are no keywords and `min..=max` other arguments.
fn set_call(
    vm: &Vm,
    args: &Args,
    frozen: bool,
    method: &str,
    min: usize,
    max: usize,
) -> PyResult<Rc<Dict>> {
    let name = owner(frozen);
    let s = match (args.pos.first(), frozen) {
        // The set itself, the usual receiver, without the general check's type-name lookup.
        (Some(Value::Set(s)), false) | (Some(Value::FrozenSet(s)), true) => s.clone(),
        _ => receiver_set(vm, args, name, method)?,
    };
    method_args(args, name, method, min, max)?;
    Ok(s)
}

/// The table behind a receiver that is not a set itself (a subclass instance), or the
/// TypeError for one that is no `name` at all.
fn receiver_set(vm: &Vm, args: &Args, name: &str, method: &str) -> PyResult<Rc<Dict>> {
    match this(vm, args, name, method)? {
        Value::Set(s) | Value::FrozenSet(s) => Ok(s),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{method}' requires a '{name}' object"
        ))),
    }
}

/// A set value of the receiver's kind over `table`.
fn new_result(table: HashTable, frozen: bool) -> Value {
    Value::set_from_table(table, frozen)
}

/// The table of a set, frozenset or dict operand (or of a builtin subclass instance),
/// whose stored hashes can be reused; None for other iterables.
fn table_of(v: &Value) -> Option<Rc<Dict>> {
    match payload(v) {
        Value::Set(d) | Value::FrozenSet(d) | Value::Dict(d) => Some(d),
        _ => None,
    }
}

/// The distinct-or-not (hash, key) pairs of an operand: stored hashes for sets and dicts,
/// freshly computed ones for any other iterable.
fn entries(vm: &mut Vm, v: &Value) -> PyResult<Vec<(u64, Value)>> {
    if let Some(d) = table_of(v) {
        return Ok(d.borrow().iter().map(|e| (e.hash, e.key.clone())).collect());
    }
    let items = vm.collect(v)?;
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let h = vm.table_hash(&item)?;
        out.push((h, item));
    }
    Ok(out)
}

/// An operand as a table to test membership in: its own for sets and dicts, else a
/// new one built from its items.
fn as_table(vm: &mut Vm, v: &Value) -> PyResult<Rc<Dict>> {
    if let Some(d) = table_of(v) {
        return Ok(d);
    }
    let t = Rc::new(Dict::new());
    for (h, k) in entries(vm, v)? {
        add_entry(vm, &t, h, k)?;
    }
    Ok(t)
}

/// Adds a key with a known hash unless an equal key is present.
fn add_entry(vm: &mut Vm, s: &Dict, hash: u64, key: Value) -> PyResult<()> {
    if vm.dict_find(s, &key, hash)?.is_none() {
        s.with_mut(|t| t.push(hash, key, Value::None));
    }
    Ok(())
}

/// Removes the key equal to `key` (with a known hash); whether it was there.
fn remove_entry(vm: &mut Vm, s: &Dict, hash: u64, key: &Value) -> PyResult<bool> {
    match vm.dict_find(s, key, hash)? {
        Some(pos) => Ok(s.with_mut(|t| t.remove(pos)).is_some()),
        None => Ok(false),
    }
}

/// A set used as a key (`s.remove({1})`) is looked up as the equal frozenset, as CPython
/// does, instead of failing as unhashable.
pub(crate) fn lookup_key(v: Value) -> Value {
    match v {
        Value::Set(d) => Value::FrozenSet(d),
        other => other,
    }
}

/// The entries of `s` that are (or, with `keep == false`, are not) in `other`.
fn filter_entries(vm: &mut Vm, s: &Dict, other: &Dict, keep: bool) -> PyResult<HashTable> {
    let mine: Vec<(u64, Value)> = s.borrow().iter().map(|e| (e.hash, e.key.clone())).collect();
    let mut out = HashTable::new();
    for (h, k) in mine {
        if vm.dict_find(other, &k, h)?.is_some() == keep {
            out.push(h, k, Value::None);
        }
    }
    Ok(out)
}

fn set_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_call(vm, &args, false, "add", 1, 1)?;
    vm.set_add(&s, arg(&args, 1))?;
    Ok(Value::None)
}

/// `set.add`'s shortcut: `receiver.add(v)`.
fn add_to(vm: &mut Vm, receiver: Value, v: Value) -> PyResult<Value> {
    match &receiver {
        Value::Set(s) => {
            vm.set_add(s, v)?;
            Ok(Value::None)
        }
        _ => set_add(vm, Args::new(vec![receiver, v])),
    }
}

/// `set.discard`'s shortcut: `receiver.discard(v)`.
fn discard_from(vm: &mut Vm, receiver: Value, v: Value) -> PyResult<Value> {
    match &receiver {
        Value::Set(s) => {
            vm.dict_del(s, &lookup_key(v))?;
            Ok(Value::None)
        }
        _ => set_discard(vm, Args::new(vec![receiver, v])),
    }
}

fn set_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_call(vm, &args, false, "remove", 1, 1)?;
    let key = lookup_key(arg(&args, 1));
    match vm.dict_del(&s, &key)? {
        Some(_) => Ok(Value::None),
        None => Err(PyErr::key_error(arg(&args, 1))),
    }
}

fn set_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_call(vm, &args, false, "discard", 1, 1)?;
    vm.dict_del(&s, &lookup_key(arg(&args, 1)))?;
    Ok(Value::None)
}

/// How far into the table `set.pop` looks for a first item before taking the last one.
const POP_FRONT_WINDOW: usize = 64;

/// `s.pop()` removes an arbitrary item: the first in iteration order (`next(iter(s))`,
/// which for small ints inserted in ascending order is also CPython's choice) while that
/// is near the front of the table, else the last one. Removed slots pile up at the front
/// as items are popped, so the bounded look keeps every pop O(1).
fn set_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_call(vm, &args, false, "pop", 0, 0)?;
    let popped = s.with_mut(
        |t| match (0..=POP_FRONT_WINDOW).find(|&pos| t.entry(pos).is_some()) {
            Some(pos) => t.remove(pos),
            None => t.pop_last(),
        },
    );
    popped
        .map(|e| e.key)
        .ok_or_else(|| PyErr::key_error(Value::str("pop from an empty set")))
}

fn set_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_call(vm, &args, false, "clear", 0, 0)?;
    s.with_mut(|t| t.clear());
    Ok(Value::None)
}

/// Adds every item of every operand to `s`.
fn update_from(vm: &mut Vm, s: &Dict, others: &[Value]) -> PyResult<()> {
    for other in others {
        for (h, k) in entries(vm, other)? {
            add_entry(vm, s, h, k)?;
        }
    }
    Ok(())
}

/// Removes every item of every operand from `s`.
fn difference_from(vm: &mut Vm, s: &Rc<Dict>, others: &[Value]) -> PyResult<()> {
    for other in others {
        if table_of(other).is_some_and(|o| Rc::ptr_eq(&o, s)) {
            s.with_mut(|t| t.clear());
            continue;
        }
        for (h, k) in entries(vm, other)? {
            remove_entry(vm, s, h, &k)?;
        }
    }
    Ok(())
}

/// Keeps in `s` only the items present in every operand.
fn intersect_with(vm: &mut Vm, s: &Dict, others: &[Value]) -> PyResult<()> {
    for other in others {
        let o = as_table(vm, other)?;
        let kept = filter_entries(vm, s, &o, true)?;
        s.with_mut(|t| {
            *t = kept;
            t.touch();
        });
    }
    Ok(())
}

/// Toggles the membership of every distinct item of `other` in `s`.
fn symmetric_difference_with(vm: &mut Vm, s: &Rc<Dict>, other: &Value) -> PyResult<()> {
    if table_of(other).is_some_and(|o| Rc::ptr_eq(&o, s)) {
        s.with_mut(|t| t.clear());
        return Ok(());
    }
    let o = as_table(vm, other)?;
    let theirs: Vec<(u64, Value)> = o.borrow().iter().map(|e| (e.hash, e.key.clone())).collect();
    for (h, k) in theirs {
        if !remove_entry(vm, s, h, &k)? {
            s.with_mut(|t| t.push(h, k, Value::None));
        }
    }
    Ok(())
}

/// `s |= o`, `s &= o`, `s -= o`, `s ^= o` on the table of a set: the operator forms
/// (`Vm::inplace_op`) share the algebra of the `*_update` methods. Returns false for any
/// other operator.
pub fn set_operator_in_place(
    vm: &mut Vm,
    s: &Rc<Dict>,
    other: &Rc<Dict>,
    op: BinOp,
) -> PyResult<bool> {
    let other = Value::FrozenSet(other.clone());
    match op {
        BinOp::Or => update_from(vm, s, std::slice::from_ref(&other))?,
        BinOp::And => intersect_with(vm, s, std::slice::from_ref(&other))?,
        BinOp::Sub => difference_from(vm, s, std::slice::from_ref(&other))?,
        BinOp::Xor => symmetric_difference_with(vm, s, &other)?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for two set tables: the result's table (the
/// operator forms in `Vm::binary_op` share it with `union` & co), or None for any other
/// operator.
pub fn set_operator(vm: &mut Vm, a: &Dict, b: &Rc<Dict>, op: BinOp) -> PyResult<Option<HashTable>> {
    let work = working_copy(vm, a)?;
    if !set_operator_in_place(vm, &work, b, op)? {
        return Ok(None);
    }
    Ok(Some(finished(&work)))
}

fn others(args: &Args) -> &[Value] {
    args.pos.get(1..).unwrap_or(&[])
}

fn set_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_call(vm, &args, false, "update", 0, usize::MAX)?;
    update_from(vm, &s, others(&args))?;
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_call(vm, &args, false, "intersection_update", 0, usize::MAX)?;
    intersect_with(vm, &s, others(&args))?;
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_call(vm, &args, false, "difference_update", 0, usize::MAX)?;
    difference_from(vm, &s, others(&args))?;
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_call(vm, &args, false, "symmetric_difference_update", 1, 1)?;
    symmetric_difference_with(vm, &s, &arg(&args, 1))?;
    Ok(Value::None)
}

/// A fresh copy of the receiver's table, to compute a non-mutating result in.
fn working_copy(vm: &mut Vm, s: &Dict) -> PyResult<Rc<Dict>> {
    Ok(Rc::new(Dict::from_table(vm.copy_table(s)?)))
}

/// The table of a working copy, taken out of it (not copied: nothing else sees it).
fn finished(work: &Dict) -> HashTable {
    work.with_mut(std::mem::take)
}

/// The finished result of a non-mutating method: a set or frozenset like the receiver.
fn result(work: &Dict, frozen: bool) -> Value {
    new_result(finished(work), frozen)
}

fn set_copy<const FROZEN: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_call(vm, &args, FROZEN, "copy", 0, 0)?;
    if let Some(me @ Value::FrozenSet(_)) = args.get(0) {
        return Ok(me.clone());
    }
    let table = vm.copy_table(&s)?;
    Ok(new_result(table, FROZEN))
}

fn set_union<const FROZEN: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_call(vm, &args, FROZEN, "union", 0, usize::MAX)?;
    let work = working_copy(vm, &s)?;
    update_from(vm, &work, others(&args))?;
    Ok(result(&work, FROZEN))
}

fn set_intersection<const FROZEN: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_call(vm, &args, FROZEN, "intersection", 0, usize::MAX)?;
    let work = working_copy(vm, &s)?;
    intersect_with(vm, &work, others(&args))?;
    Ok(result(&work, FROZEN))
}

fn set_difference<const FROZEN: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_call(vm, &args, FROZEN, "difference", 0, usize::MAX)?;
    let work = working_copy(vm, &s)?;
    // `s.difference(s)` must see the receiver, not the copy, as "itself".
    let operands: Vec<Value> = others(&args)
        .iter()
        .map(|o| match table_of(o) {
            Some(t) if Rc::ptr_eq(&t, &s) => Value::Set(work.clone()),
            _ => o.clone(),
        })
        .collect();
    difference_from(vm, &work, &operands)?;
    Ok(result(&work, FROZEN))
}

fn set_symmetric_difference<const FROZEN: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_call(vm, &args, FROZEN, "symmetric_difference", 1, 1)?;
    let work = working_copy(vm, &s)?;
    let other = match table_of(&arg(&args, 1)) {
        Some(t) if Rc::ptr_eq(&t, &s) => Value::Set(work.clone()),
        _ => arg(&args, 1),
    };
    symmetric_difference_with(vm, &work, &other)?;
    Ok(result(&work, FROZEN))
}

/// Whether every entry of `items` is in `s`.
fn all_in(vm: &mut Vm, items: Vec<(u64, Value)>, s: &Dict) -> PyResult<bool> {
    for (h, k) in items {
        if vm.dict_find(s, &k, h)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

fn own_entries(s: &Dict) -> Vec<(u64, Value)> {
    s.borrow().iter().map(|e| (e.hash, e.key.clone())).collect()
}

fn set_issubset<const FROZEN: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_call(vm, &args, FROZEN, "issubset", 1, 1)?;
    let other = as_table(vm, &arg(&args, 1))?;
    if s.len() > other.len() {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(all_in(vm, own_entries(&s), &other)?))
}

fn set_issuperset<const FROZEN: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_call(vm, &args, FROZEN, "issuperset", 1, 1)?;
    let theirs = entries(vm, &arg(&args, 1))?;
    Ok(Value::Bool(all_in(vm, theirs, &s)?))
}

fn set_isdisjoint<const FROZEN: bool>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = set_call(vm, &args, FROZEN, "isdisjoint", 1, 1)?;
    for (h, k) in entries(vm, &arg(&args, 1))? {
        if vm.dict_find(&s, &k, h)?.is_some() {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

#[cfg(test)]
mod tests {
    use super::super::receiver::test_support::{attempt, run};

    #[test]
    fn set_methods() {
        let cases: &[(&str, &str)] = &[
            ("s = {1, 2, 3}\nprint(s.add(4), s.remove(4), s.discard(9), s.discard(1), s)\nprint(sorted(s.union([4], (5,))), sorted(s.intersection([2, 3, 9], {3})), sorted(s.difference([2])), sorted(s.symmetric_difference([3, 4, 4])))\nprint(s.issubset(range(10)), s.issuperset([2]), s.isdisjoint([7]), s.copy() == s, s.copy() is s)", "None None None None {2, 3}\n[2, 3, 4, 5] [3] [3] [2, 4]\nTrue True True True False\n"),
            ("t = {1, 2, 3}\nt.intersection_update([1, 2], [2])\nprint(t)\nt.symmetric_difference_update([2, 5, 5])\nprint(t)\nt.update([1], (2,), {3: 0})\nprint(sorted(t))\nt.difference_update([1], [2])\nprint(sorted(t))\nt.difference_update(t)\nprint(t)", "{2}\n{5}\n[1, 2, 3, 5]\n[3, 5]\nset()\n"),
            ("s = {1, 2}\nprint(s.difference(s), s.symmetric_difference(s), s.intersection(s) == s, s)", "set() set() True {1, 2}\n"),
            ("fs = frozenset([1, 2])\nprint(fs.copy() is fs, type(fs.union([3])).__name__, sorted(fs.union([3])), fs.issubset({1, 2}), type(fs.intersection()).__name__)", "True frozenset [1, 2, 3] True frozenset\n"),
            ("s = set(range(50))\nout = []\nwhile s:\n    out.append(s.pop())\nprint(out == list(range(50)))\nt = set(range(1000))\nout = [t.pop() for _ in range(1000)]\nprint(sorted(out) == list(range(1000)), t)", "True\nTrue set()\n"),
            ("s = {frozenset()}\ns.remove(set())\nprint(s)\nt = {frozenset([1])}\nt.discard({1})\nprint(t)", "set()\nset()\n"),
            ("class S(set):\n    def add(self, x):\n        super().add(x + 1)\nss = S()\nss.add(1)\nprint(sorted(ss), type(ss.union([5])).__name__, set.__len__(ss))", "[2] set 1\n"),
            ("print({1}.__contains__(1), {1}.__len__(), {1} .__eq__(frozenset([1])), {1}.__le__({1, 2}), frozenset([1]).__hash__() == hash(frozenset([1])), set.__hash__)", "True 1 True True True None\n"),
        ];
        for (src, want) in cases {
            assert_eq!(run(src), *want, "{src}");
        }
    }

    #[test]
    fn set_errors() {
        let cases: &[(&str, &str)] = &[
            ("set().add()", "TypeError set.add() takes exactly one argument (0 given)"),
            ("set().remove(1)", "KeyError 1"),
            ("set().pop()", "KeyError 'pop from an empty set'"),
            ("set().remove([])", "TypeError unhashable type: 'list'"),
            ("set().discard([])", "TypeError unhashable type: 'list'"),
            ("set().update(1)", "TypeError 'int' object is not iterable"),
            ("set().union(1)", "TypeError 'int' object is not iterable"),
            ("set().issubset(1)", "TypeError 'int' object is not iterable"),
            ("set().isdisjoint()", "TypeError set.isdisjoint() takes exactly one argument (0 given)"),
            ("frozenset().add", "AttributeError 'frozenset' object has no attribute 'add'"),
            ("set().add([])", "TypeError unhashable type: 'list'"),
            ("set().union([[]])", "TypeError unhashable type: 'list'"),
            ("set().issubset()", "TypeError set.issubset() takes exactly one argument (0 given)"),
            ("set().intersection_update(5)", "TypeError 'int' object is not iterable"),
            ("set.add(frozenset(), 1)", "TypeError descriptor 'add' for 'set' objects doesn't apply to a 'frozenset' object"),
            ("set().add(x=1)", "TypeError set.add() takes no keyword arguments"),
            ("set().union(x=1)", "TypeError set.union() takes no keyword arguments"),
            ("frozenset.union(set())", "TypeError descriptor 'union' for 'frozenset' objects doesn't apply to a 'set' object"),
            ("{1}.symmetric_difference()", "TypeError set.symmetric_difference() takes exactly one argument (0 given)"),
        ];
        for (expr, want) in cases {
            assert_eq!(attempt(expr), *want, "{expr}");
        }
    }
    #[test]
    fn set_operators_share_the_methods_algebra() {
        let cases: &[(&str, &str)] = &[
            ("a, b = {1, 2, 3}, frozenset([3, 4])\nprint(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), type(b | a).__name__, type(a | b).__name__)\nprint(a - a, a ^ a, a & a == a)\nc = a\nc |= b\nprint(c is a, sorted(a))\na &= {1, 2, 4}\nprint(sorted(a))\na ^= {2, 9}\nprint(sorted(a))\na -= a\nprint(a)", "[1, 2, 3, 4] [3] [1, 2] [1, 2, 4] frozenset set\nset() set() True\nTrue [1, 2, 3, 4]\n[1, 2, 4]\n[1, 4, 9]\nset()\n"),
            ("class K:\n    def __init__(self, v):\n        self.v = v\n    def __hash__(self):\n        print('hash', self.v)\n        return self.v\n    def __eq__(self, other):\n        return self.v == other.v\nx = {K(1), K(2)}\ny = {K(2)}\nprint(len(x | y), len(x - y), len(x.union([K(5)])))", "hash 1\nhash 2\nhash 2\nhash 5\n2 1 3\n"),
        ];
        for (src, want) in cases {
            assert_eq!(run(src), *want, "{src}");
        }
    }
}
