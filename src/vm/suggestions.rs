//! "Did you mean: 'print'?": the name close to one a `NameError` or `AttributeError`
//! missed, which the traceback offers, chosen exactly as CPython 3.11 chooses it
//! (`Python/suggestions.c`): an edit distance over UTF-8 bytes where a case change
//! costs 1 and any other edit 2, within a third of the characters involved.

use std::rc::Rc;

use crate::value::{Class, Instance, Value};

use super::Vm;

/// What an insertion, deletion or substitution of a different letter costs.
const MOVE_COST: usize = 2;
/// What substituting a letter by the same letter in the other case costs.
const CASE_COST: usize = 1;
/// Longer names (after their common ends are trimmed) are never suggested.
const MAX_STRING_SIZE: usize = 40;
/// A namespace this big is not searched.
const MAX_CANDIDATE_ITEMS: usize = 750;

/// The candidate closest to `name` within the allowed distance, the first of equals in
/// the order given.
pub fn closest<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &item in candidates {
        if item == name {
            continue;
        }
        // No more than a third of the characters involved may change, and only a
        // match better than the best so far counts.
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max);
        if d <= max && best.is_none_or(|(_, b)| d < b) {
            best = Some((item, d));
        }
    }
    best.map(|(item, _)| item)
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance of `a` and `b`, or `max + 1` as soon as it must exceed `max`.
fn distance(a: &[u8], b: &[u8], max: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (
        a.get(prefix..).unwrap_or_default(),
        b.get(prefix..).unwrap_or_default(),
    );
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (
        a.get(..a.len() - suffix).unwrap_or_default(),
        b.get(..b.len() - suffix).unwrap_or_default(),
    );
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max {
        return max + 1;
    }
    // One row of the usual matrix, updated in place.
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut diagonal = b_index * MOVE_COST;
        result = diagonal;
        let mut minimum = usize::MAX;
        for (cell, &unit) in row.iter_mut().zip(a) {
            let substitute = diagonal + substitution_cost(code, unit);
            diagonal = *cell;
            result = (result.min(diagonal) + MOVE_COST).min(substitute);
            *cell = result;
            minimum = minimum.min(result);
        }
        if minimum > max {
            return max + 1;
        }
    }
    result
}

impl Vm {
    /// The name to suggest for a `NameError` on `name` here: the running code's local
    /// variable names first, then its globals, then the builtins.
    pub(super) fn suggest_name(&self, name: &str) -> Option<Rc<str>> {
        let frame = self.frames.last()?;
        let locals: Vec<&str> = frame.code.varnames.iter().map(|n| &**n).collect();
        if let Some(found) = closest(name, &locals) {
            return Some(found.into());
        }
        for namespace in [&frame.globals, &self.builtins] {
            let keys: Vec<Value> = namespace.borrow().iter().map(|e| e.key.clone()).collect();
            let names: Vec<&str> = keys.iter().filter_map(Value::as_str).collect();
            if let Some(found) = closest(name, &names) {
                return Some(found.into());
            }
        }
        None
    }

    /// The attribute to suggest for an `AttributeError` on `obj.name`: the closest of
    /// the names `dir(obj)` would list.
    pub(super) fn suggest_attribute(&self, obj: &Value, name: &str) -> Option<Rc<str>> {
        let mut names: Vec<Rc<str>> = Vec::new();
        let class_names = |names: &mut Vec<Rc<str>>, cls: &Rc<Class>| {
            for c in std::iter::once(cls).chain(&cls.mro) {
                names.extend(c.namespace().iter().map(|(k, _)| k.clone()));
            }
        };
        match obj {
            Value::Instance(inst) => {
                names.extend(own_attribute_names(inst));
                class_names(&mut names, &inst.class);
            }
            Value::Class(cls) => class_names(&mut names, cls),
            Value::Module(m) => names.extend(
                m.dict
                    .borrow()
                    .iter()
                    .filter_map(|e| e.key.as_str().map(Rc::from)),
            ),
            other => class_names(&mut names, &self.type_of(other)),
        }
        names.sort();
        names.dedup();
        let candidates: Vec<&str> = names.iter().map(|n| &**n).collect();
        closest(name, &candidates).map(Rc::from)
    }
}

/// The names of an instance's own attributes.
fn own_attribute_names(inst: &Instance) -> Vec<Rc<str>> {
    inst.class
        .slot_names()
        .into_iter()
        .filter(|n| inst.has_attr(n))
        .chain(
            inst.attrs
                .borrow()
                .overflow()
                .map(|own| own.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>())
                .unwrap_or_default(),
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn picks_what_cpython_picks() {
        let builtins = [
            "print", "len", "range", "sorted", "str", "sum", "max", "min",
        ];
        assert_eq!(closest("pritn", &builtins), Some("print"));
        assert_eq!(closest("Print", &builtins), Some("print"));
        assert_eq!(closest("lenght", &["length", "len"]), Some("length"));
        assert_eq!(closest("rnage", &builtins), Some("range"));
        assert_eq!(closest("x", &["y", "xy"]), Some("xy"));
        assert_eq!(closest("completely_different", &builtins), None);
        assert_eq!(closest("len", &["len"]), None);
    }
}
