//! Member paths of the stdlib's functions: what the policy's `denied_members` rules are
//! matched against when a function is called, so that a rule denies a capability rather
//! than one way of spelling it.
//!
//! Every stdlib function has one *canonical* path: for a function written in Python, its
//! module and its code's qualname (`random.Random.random`, `datetime.datetime.now`), for a
//! Rust one its module and name (`time.time`). Both are fixed when the module is built
//! and Python cannot change them, so aliases, instances, subclasses, `partial` and
//! callbacks all lead back to the same path.
//!
//! A module may also expose a function under a public path that is not its canonical
//! one: `random.random` is `random.Random.random` bound to the module's hidden
//! generator, `random.SystemRandom.getstate` is its `_notimplemented`. After building a
//! module we record those *aliases*, so a rule may name either path. The aliases are
//! facts about Sandpit's own source, the same for every policy and every run, so they
//! are kept once per thread (a carried session's modules need no rebuilding).

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use crate::value::{Descriptor, Value};

/// Public member paths whose function has another canonical path, the modules already
/// scanned for them, and the last rule list resolved against them.
#[derive(Default)]
struct Aliases {
    canonical: HashMap<String, String>,
    scanned: HashSet<String>,
    resolved: Resolved,
}

/// A rule list with each rule's paths (itself, and the canonical path it is an alias
/// of), so the check on every call is a scan of short strings. Valid while the rules
/// and the alias table are the ones it was made from.
#[derive(Default)]
struct Resolved {
    rules: Vec<String>,
    aliases: usize,
    /// (index into `rules`, a path the rule covers).
    paths: Vec<(usize, String)>,
}

thread_local! {
    static ALIASES: RefCell<Aliases> = RefCell::new(Aliases::default());
}

/// The canonical member path of a stdlib function, method or class (None for anything
/// else, user code included).
pub fn canonical(value: &Value) -> Option<String> {
    match value {
        Value::Function(f) => f
            .code
            .flags
            .stdlib_module
            .map(|module| format!("{module}.{}", f.code.qualname)),
        Value::Native(n) => n.module.map(|module| format!("{module}.{}", n.name)),
        Value::BoundMethod(m) => canonical(&m.func),
        Value::Descriptor(d) => match &***d {
            Descriptor::StaticMethod(f) | Descriptor::ClassMethod(f) => canonical(f),
            Descriptor::Property { fget, .. } => canonical(fget),
            Descriptor::Super { .. } => None,
        },
        Value::Class(c) if !c.builtin && crate::stdlib::has_module(&c.module) => {
            Some(format!("{}.{}", c.module, c.qualname))
        }
        _ => None,
    }
}

/// Records the aliases of a freshly built module: each public name of the module, and of
/// each class it defines (inherited members included), whose function's canonical path
/// differs from the path that reaches it. Runs before Python sees the module, so what
/// it reads is what Sandpit's source made.
pub fn record_aliases(module: &Value) {
    let Value::Module(m) = module else {
        return;
    };
    let fresh = ALIASES.with(|a| a.borrow_mut().scanned.insert(m.name.to_string()));
    if !fresh {
        return;
    }
    let mut found = Vec::new();
    let members: Vec<(String, Value)> = m
        .dict
        .borrow()
        .iter()
        .filter_map(|e| match &e.key {
            Value::Str(k) if !k.as_str().starts_with("__") => {
                Some((k.as_str().to_string(), e.value.clone()))
            }
            _ => None,
        })
        .collect();
    for (name, value) in members {
        let path = format!("{}.{name}", m.name);
        alias(&path, &value, &mut found);
        if let Value::Class(c) = &value {
            let mut seen = HashSet::new();
            for class in std::iter::once(c).chain(c.mro.iter()) {
                for (attr, member) in class.namespace().iter() {
                    if seen.insert(attr.clone()) {
                        alias(&format!("{path}.{attr}"), member, &mut found);
                    }
                }
            }
        }
    }
    ALIASES.with(|a| a.borrow_mut().canonical.extend(found));
}

/// Adds `(path, canonical)` to `found` when `value` is a stdlib function or class whose
/// canonical path is not `path`.
fn alias(path: &str, value: &Value, found: &mut Vec<(String, String)>) {
    if let Some(canonical) = canonical(value).filter(|c| c != path) {
        found.push((path.to_string(), canonical));
    }
}

/// The first of `rules` that covers the stdlib member `name` of `module` (a qualname
/// such as `Random.random`): the rule, or the canonical path it is an alias of, is the
/// member itself, an enclosing class (`datetime.datetime` covers
/// `datetime.datetime.now`), or the whole module.
pub fn covering_rule<'r>(rules: &'r [String], module: &str, name: &str) -> Option<&'r String> {
    ALIASES.with(|a| {
        let mut a = a.borrow_mut();
        let Aliases {
            canonical,
            resolved,
            ..
        } = &mut *a;
        // The table only grows, so its size tells whether it changed.
        if resolved.rules != rules || resolved.aliases != canonical.len() {
            let paths = rules.iter().enumerate().flat_map(|(i, rule)| {
                let alias = canonical.get(rule).map(|target| (i, target.clone()));
                std::iter::once((i, rule.clone())).chain(alias)
            });
            *resolved = Resolved {
                rules: rules.to_vec(),
                aliases: canonical.len(),
                paths: paths.collect(),
            };
        }
        resolved
            .paths
            .iter()
            .find(|(_, path)| covers(path, module, name))
            .and_then(|(i, _)| rules.get(*i))
    })
}

/// The first rule in `rules` about module `module`: the module itself or a path in it.
pub fn rule_in_module<'r>(rules: &'r [String], module: &str) -> Option<&'r String> {
    rules.iter().find(|rule| {
        rule.strip_prefix(module)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
    })
}

/// Whether the dotted path `target` is `module.name` or one of its enclosing paths.
fn covers(target: &str, module: &str, name: &str) -> bool {
    let Some(rest) = target.strip_prefix(module) else {
        return false;
    };
    if rest.is_empty() {
        return true;
    }
    let Some(rest) = rest.strip_prefix('.') else {
        return false;
    };
    name == rest
        || name
            .strip_prefix(rest)
            .is_some_and(|tail| tail.starts_with('.'))
}

#[cfg(test)]
mod tests {
    use super::{covers, rule_in_module};

    #[test]
    fn rules_about_a_module() {
        let rules = ["randomness.x".to_string(), "random.random".to_string()];
        assert_eq!(rule_in_module(&rules, "random"), Some(&rules[1]));
        assert_eq!(rule_in_module(&rules, "time"), None);
    }

    #[test]
    fn a_path_covers_itself_and_what_it_encloses() {
        assert!(covers("random.random", "random", "random"));
        assert!(covers("datetime.datetime", "datetime", "datetime.now"));
        assert!(covers("random", "random", "Random.random"));
        assert!(!covers("random.random", "random", "randint"));
        assert!(!covers("random.rand", "random", "randint"));
        assert!(!covers("random.random", "random", "_random"));
        assert!(!covers("rand", "random", "random"));
        assert!(!covers("datetime.date", "datetime", "datetime.now"));
    }
}
