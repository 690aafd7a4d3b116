//! Classes: builtin types and user classes alike are `Class` objects with a name, bases,
//! a C3 method resolution order and a namespace of attributes.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::{Name, Value};

/// The class-namespace key holding a stdlib class's C type name (see `Class::type_name`).
pub const C_TYPE_NAME: &str = "__sandpit_type_name__";

/// An attribute namespace (class dict, instance dict, function attributes). Looked up
/// on every attribute access, so it hashes with foldhash: several times faster than
/// std's SipHash, and still seeded per process, so programs cannot precompute colliding
/// names.
pub type AttrMap = HashMap<Name, Value, foldhash::fast::RandomState>;

/// The builtin layout an instance of a class carries, inherited from the nearest builtin
/// base: a `class MyList(list)` instance wraps a real list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuiltinBase {
    Object,
    Int,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Exception,
    /// A builtin type that cannot be subclassed (`bool`, `NoneType`, `range`...).
    Final,
}

/// A class object.
pub struct Class {
    pub name: Name,
    pub qualname: Name,
    pub module: Name,
    pub bases: Vec<Rc<Class>>,
    /// The method resolution order after this class itself (C3 linearisation).
    pub mro: Vec<Rc<Class>>,
    pub dict: RefCell<AttrMap>,
    pub base: BuiltinBase,
    /// Builtin types are immutable from Python.
    pub builtin: bool,
}

impl Drop for Class {
    /// The class namespace goes to the drop work list (see `heap::drop_children`), so
    /// classes each holding the next in an attribute are freed without deep recursion.
    fn drop(&mut self) {
        super::heap::drop_children(std::mem::take(self.dict.get_mut()).into_values().collect());
    }
}

impl Class {
    /// Finds `name` in this class or along its MRO.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get(name) {
            return Some(v.clone());
        }
        self.mro
            .iter()
            .find_map(|c| c.dict.borrow().get(name).cloned())
    }

    /// Whether `self` is `other` or inherits from it.
    pub fn is_subclass(self: &Rc<Self>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.iter().any(|c| Rc::ptr_eq(c, other))
    }

    /// The name CPython's error messages give this class's instances (its `tp_name`):
    /// `datetime.date` for the stdlib classes that are C types in CPython, which their
    /// module marks with `C_TYPE_NAME` in the class's own namespace (so subclasses are
    /// not marked), and the plain `__name__` for every other class.
    pub fn type_name(&self) -> String {
        match self.dict.borrow().get(C_TYPE_NAME) {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => self.name.to_string(),
        }
    }

    /// The `module.qualname` spelling used by `repr(cls)` (`__main__.Foo`, or `int`).
    pub fn display_name(&self) -> String {
        if self.builtin || &*self.module == "builtins" {
            self.qualname.to_string()
        } else {
            format!("{}.{}", self.module, self.qualname)
        }
    }
}

/// Computes the C3 linearisation of a class with `bases` (excluding the class itself).
/// When no consistent order exists, returns the classes that could not be ordered (the
/// heads of the sequences left to merge), which CPython names in its error.
pub fn c3_mro(bases: &[Rc<Class>]) -> Result<Vec<Rc<Class>>, Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|b| {
            std::iter::once(b.clone())
                .chain(b.mro.iter().cloned())
                .collect()
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let head = seqs.iter().find_map(|s| {
            let cand = s.first()?;
            let in_tail = seqs
                .iter()
                .any(|t| t.iter().skip(1).any(|c| Rc::ptr_eq(c, cand)));
            (!in_tail).then(|| cand.clone())
        });
        let Some(head) = head else {
            let mut heads: Vec<Rc<Class>> = Vec::new();
            for s in &seqs {
                if let Some(h) = s.first() {
                    if !heads.iter().any(|x| Rc::ptr_eq(x, h)) {
                        heads.push(h.clone());
                    }
                }
            }
            return Err(heads);
        };
        for s in seqs.iter_mut() {
            if s.first().is_some_and(|c| Rc::ptr_eq(c, &head)) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(name: &str, bases: Vec<Rc<Class>>) -> Rc<Class> {
        let mro = c3_mro(&bases).unwrap_or_default();
        Rc::new(Class {
            name: name.into(),
            qualname: name.into(),
            module: "__main__".into(),
            bases,
            mro,
            dict: RefCell::new(AttrMap::default()),
            base: BuiltinBase::Object,
            builtin: false,
        })
    }

    fn names(mro: &[Rc<Class>]) -> Vec<String> {
        mro.iter().map(|c| c.name.to_string()).collect()
    }

    #[test]
    fn diamond_linearises_like_cpython() {
        let o = class("object", vec![]);
        let a = class("A", vec![o.clone()]);
        let b = class("B", vec![a.clone()]);
        let c = class("C", vec![a.clone()]);
        let d = class("D", vec![b, c]);
        assert_eq!(names(&d.mro), ["B", "C", "A", "object"]);
    }

    #[test]
    fn inconsistent_order_is_rejected() {
        let o = class("object", vec![]);
        let a = class("A", vec![o.clone()]);
        let b = class("B", vec![a.clone()]);
        assert!(c3_mro(&[a, b]).is_err());
    }
}
