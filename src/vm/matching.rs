//! What the `match` statement's instructions ask of a subject (CPython's
//! `MATCH_SEQUENCE`, `MATCH_MAPPING`, `MATCH_KEYS`, `MATCH_CLASS` and
//! `COPY_DICT_WITHOUT_KEYS`); the compiler (`compile/codegen/patterns.rs`) does the rest
//! with ordinary instructions.

use std::rc::Rc;

use crate::builtins::functions::unwrap_builtin;
use crate::value::{Class, Dict, Value};

use super::error::{PyErr, PyResult};
use super::Args;
use super::Vm;

impl Vm {
    /// Whether `subject` matches a sequence pattern of `check >> 1` items (at least that
    /// many when `check & 1`, a pattern with a star): a list, tuple or range (or a
    /// subclass), never a str, bytes or bytearray.
    pub(super) fn match_sequence(&mut self, subject: &Value, check: u32) -> PyResult<bool> {
        let builtin = matches!(
            unwrap_builtin(subject),
            Value::List(_) | Value::Tuple(_) | Value::Range(_)
        );
        if !builtin && !is_collection(subject, &["deque", "UserList"]) {
            return Ok(false);
        }
        let len = self.len(subject)?;
        let wanted = usize::try_from(check >> 1).unwrap_or(usize::MAX);
        Ok(if check & 1 == 1 {
            len >= wanted
        } else {
            len == wanted
        })
    }

    /// Whether `subject` matches a mapping pattern: a dict (or a subclass), or one of
    /// the `collections` mappings that are not dicts.
    pub(super) fn match_mapping(&self, subject: &Value) -> bool {
        dict_of(subject).is_some() || is_collection(subject, &["UserDict", "ChainMap"])
    }

    /// The values of `keys` (a tuple) in the mapping `subject`, as a tuple, or None when
    /// one is missing. A dict subclass is asked through its `get`, so `__missing__`
    /// (`defaultdict`) does not run, as in CPython.
    pub(super) fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys = match keys {
            Value::Tuple(t) => t.items.clone(),
            _ => Vec::new(),
        };
        // Fewer items than keys cannot match; CPython checks this first, before
        // looking for duplicate keys.
        if self.len(subject)? < keys.len() {
            return Ok(Value::None);
        }
        let mut values = Vec::with_capacity(keys.len());
        let missing = Value::list(Vec::new());
        for (i, key) in keys.iter().enumerate() {
            for earlier in keys.get(..i).unwrap_or_default() {
                if self.eq(earlier, key)? {
                    let shown = self.repr(key)?;
                    return Err(PyErr::value_error(format!(
                        "mapping pattern checks duplicate key ({shown})"
                    )));
                }
            }
            let found = match subject {
                Value::Dict(d) => self.dict_get(d, key)?,
                _ => {
                    let got =
                        self.call_method(subject, "get", vec![key.clone(), missing.clone()])?;
                    (!got.is(&missing)).then_some(got)
                }
            };
            match found {
                Some(value) => values.push(value),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(values))
    }

    /// The attributes a class pattern `cls(<positional> positional sub-patterns, names=...)`
    /// matches against, as a tuple (positional first), or None when `subject` is not an
    /// instance of `cls` or lacks one of them.
    pub(super) fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        positional: u32,
        names: &Value,
    ) -> PyResult<Value> {
        let Value::Class(class) = cls else {
            return Err(PyErr::type_error("called match pattern must be a type"));
        };
        if !self.type_of(subject).is_subclass(class) {
            return Ok(Value::None);
        }
        let positional = usize::try_from(positional).unwrap_or(usize::MAX);
        let mut attrs = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        if positional > 0 {
            let match_args = self.getattr_opt(cls, "__match_args__")?;
            let (allowed, names_by_position) = match &match_args {
                None if self.matches_itself(class) => (1, None),
                None => (0, None),
                Some(Value::Tuple(t)) => (t.items.len(), Some(t.items.clone())),
                Some(other) => {
                    return Err(PyErr::type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        class.name,
                        self.type_name(other)
                    )))
                }
            };
            if positional > allowed {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(PyErr::type_error(format!(
                    "{}() accepts {allowed} positional sub-pattern{plural} ({positional} given)",
                    class.name
                )));
            }
            match names_by_position {
                None => attrs.push(subject.clone()),
                Some(by_position) => {
                    for name in by_position.iter().take(positional) {
                        let Value::Str(name) = name else {
                            return Err(PyErr::type_error(format!(
                                "__match_args__ elements must be strings (got {})",
                                self.type_name(name)
                            )));
                        };
                        let name = name.as_str().to_owned();
                        match self.match_attribute(subject, class, &name, &mut seen)? {
                            Some(value) => attrs.push(value),
                            None => return Ok(Value::None),
                        }
                    }
                }
            }
        }
        let keywords = match names {
            Value::Tuple(t) => t.items.clone(),
            _ => Vec::new(),
        };
        for name in &keywords {
            let name = name.as_str().unwrap_or_default().to_owned();
            match self.match_attribute(subject, class, &name, &mut seen)? {
                Some(value) => attrs.push(value),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(attrs))
    }

    /// `subject.name` for a class pattern (None when it has no such attribute), through
    /// the policy's attribute check like any attribute read by name; a name matched
    /// twice is an error.
    fn match_attribute(
        &mut self,
        subject: &Value,
        class: &Rc<Class>,
        name: &str,
        seen: &mut Vec<String>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| s == name) {
            return Err(PyErr::type_error(format!(
                "{}() got multiple sub-patterns for attribute '{name}'",
                class.name
            )));
        }
        seen.push(name.to_owned());
        self.guard_attribute_name(name)?;
        match self.getattr_opt(subject, name) {
            Ok(found) => Ok(found),
            Err(e) if self.is_exc_kind(&e, super::ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The builtin types whose one positional sub-pattern matches the subject itself
    /// (`case int(n)`), as CPython's `_Py_TPFLAGS_MATCH_SELF` marks them.
    fn matches_itself(&self, class: &Rc<Class>) -> bool {
        let t = &self.types;
        [
            &t.bool_,
            &t.bytearray,
            &t.bytes,
            &t.dict,
            &t.float,
            &t.frozenset,
            &t.int,
            &t.list,
            &t.set,
            &t.str_,
            &t.tuple,
        ]
        .iter()
        .any(|builtin| Rc::ptr_eq(builtin, class))
    }

    /// A new dict of the items of the mapping `subject` whose keys are not in `keys` (a
    /// tuple): the `**rest` of a mapping pattern.
    pub(super) fn copy_dict_without_keys(
        &mut self,
        subject: &Value,
        keys: &Value,
    ) -> PyResult<Value> {
        let rest = match dict_of(subject) {
            Some(source) => Rc::new(Dict::from_table(self.copy_table(&source)?)),
            None => {
                let dict = Value::Class(self.types.dict.clone());
                match self.call(&dict, Args::new(vec![subject.clone()]))? {
                    Value::Dict(d) => d,
                    _ => Rc::default(),
                }
            }
        };
        if let Value::Tuple(t) = keys {
            for key in &t.items {
                self.dict_del(&rest, key)?;
            }
        }
        Ok(Value::Dict(rest))
    }
}

/// The dict `v` is or wraps (a dict subclass instance).
fn dict_of(v: &Value) -> Option<Rc<Dict>> {
    match unwrap_builtin(v) {
        Value::Dict(d) => Some(d),
        _ => None,
    }
}

/// Whether `v` is an instance of one of the `collections` classes `names` (or of a
/// subclass): the ones CPython's `collections.abc` registration makes sequences or
/// mappings for `match`, which Sandpit writes in Python as plain classes.
fn is_collection(v: &Value, names: &[&str]) -> bool {
    let Value::Instance(inst) = v else {
        return false;
    };
    std::iter::once(&inst.class)
        .chain(&inst.class.mro)
        .any(|c| &*c.module == "collections" && names.contains(&&*c.qualname))
}
