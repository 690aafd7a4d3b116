//! Classes: builtin types and user classes alike are `Class` objects with a name, bases,
//! a C3 method resolution order and a namespace of attributes.

use std::cell::{Cell, Ref, RefCell, RefMut};
use std::rc::Rc;

pub use super::attrs::AttrMap;
use super::attrs::Attrs;
use super::heap::{sequence_bytes, Charge, OBJECT_HEADER};
use super::layout::Layout;
use super::{Name, Value};

/// The class-namespace key holding a stdlib class's C type name (see `Class::type_name`).
pub const C_TYPE_NAME: &str = "__sandpit_type_name__";

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
    /// The class's own attributes; private so that every change goes through
    /// [`Class::namespace_mut`], which invalidates the lookup caches.
    namespace: RefCell<Attrs>,
    pub base: BuiltinBase,
    /// Builtin types are immutable from Python.
    pub builtin: bool,
    /// Counts the changes to `namespace`: a lookup cache is valid while the versions of
    /// the class and its MRO add up to the sum it was filled at.
    version: Cell<u64>,
    lookup_cache: RefCell<LookupCache>,
    /// The slots of the names its instances are given (see `value::layout`).
    layout: RefCell<Layout>,
    /// The class object's own bytes (its namespace and lookup cache charge theirs).
    _charge: Charge,
}

/// What [`Class::lookup`] found along the MRO, hits and misses alike, so an attribute
/// access on an instance hashes its name once instead of once per class in the MRO.
#[derive(Default)]
struct LookupCache {
    /// The sum of the versions of the class and its MRO when the entries were found.
    stamp: u64,
    found: Attrs,
    /// The names found nowhere (their values are placeholders). Two maps of the same
    /// type as the namespaces rather than one of options: the wasm build carries one
    /// copy of the map code fewer.
    missing: Attrs,
}

impl LookupCache {
    fn len(&self) -> usize {
        self.found.len() + self.missing.len()
    }

    fn clear(&mut self) {
        self.found.clear();
        self.missing.clear();
    }

    /// The values held, leaving the cache empty.
    fn take_values(&mut self) -> Vec<Value> {
        self.missing.clear();
        self.found.take_values()
    }
}

/// A lookup cache holds at most this many names; past it the cache starts over, so a
/// program probing endless distinct names (`getattr(obj, str(i))`) cannot grow it.
const LOOKUP_CACHE_CAPACITY: usize = 256;

impl Drop for Class {
    /// The class namespace goes to the drop work list (see `heap::drop_children`), so
    /// classes each holding the next in an attribute are freed without deep recursion.
    fn drop(&mut self) {
        let mut values = self.namespace.get_mut().take_values();
        values.extend(self.lookup_cache.get_mut().take_values());
        super::heap::drop_children(values);
    }
}

impl Class {
    /// A class with the attributes `namespace`; `mro` excludes the class itself. Not
    /// builtin: the builtin types set `builtin` after.
    pub fn new(
        name: Name,
        qualname: Name,
        module: Name,
        bases: Vec<Rc<Class>>,
        mro: Vec<Rc<Class>>,
        namespace: AttrMap,
        base: BuiltinBase,
    ) -> Class {
        let bytes = std::mem::size_of::<Class>()
            + OBJECT_HEADER
            + sequence_bytes(bases.len())
            + sequence_bytes(mro.len())
            + name.len()
            + qualname.len();
        Class {
            _charge: Charge::new(bytes),
            name,
            qualname,
            module,
            bases,
            mro,
            namespace: RefCell::new(Attrs::from_map(namespace)),
            base,
            builtin: false,
            version: Cell::new(0),
            lookup_cache: RefCell::new(LookupCache::default()),
            layout: RefCell::new(Layout::default()),
        }
    }

    /// The class's own attributes, for reading.
    pub fn namespace(&self) -> Ref<'_, Attrs> {
        self.namespace.borrow()
    }

    /// The class's own attributes, for changing: bumps the version, so every lookup
    /// cache that saw this class (its own and its subclasses') starts over.
    pub fn namespace_mut(&self) -> RefMut<'_, Attrs> {
        self.version.set(self.version.get().wrapping_add(1));
        self.namespace.borrow_mut()
    }

    /// Empties the namespace and the lookup cache, handing back what they held (the
    /// end of a run breaks reference cycles through classes this way).
    pub fn take_namespace(&self) -> Vec<Value> {
        let mut values = self.namespace_mut().take_values();
        values.extend(self.lookup_cache.borrow_mut().take_values());
        values
    }

    /// The names its instances keep in slots (some instances may lack some of them).
    pub fn slot_names(&self) -> Vec<super::Name> {
        self.layout.borrow().names().to_vec()
    }

    /// The slot its instances keep `name` in, if the name has one.
    pub fn slot(&self, name: &str) -> Option<usize> {
        self.layout.borrow().slot(name)
    }

    /// The slot for `name`, numbered now if it is new and the layout has room. A new
    /// slot counts as a change of the class: attribute caches that saw the name without
    /// a slot start over.
    pub fn slot_or_add(&self, name: &str) -> Option<usize> {
        let (slot, added) = self.layout.borrow_mut().slot_or_add(name);
        if added {
            self.version.set(self.version.get().wrapping_add(1));
        }
        slot
    }

    /// The sum of the versions of this class and its MRO: it changes whenever any of
    /// their namespaces does, so a cache of lookups filled at one stamp is right while the
    /// stamp stays the same.
    pub fn stamp(&self) -> u64 {
        self.mro.iter().fold(self.version.get(), |sum, c| {
            sum.wrapping_add(c.version.get())
        })
    }

    /// Finds `name` in this class or along its MRO.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        let stamp = self.stamp();
        let mut cache = self.lookup_cache.borrow_mut();
        if cache.stamp != stamp {
            cache.clear();
            cache.stamp = stamp;
        } else if let Some(found) = cache.found.get(name) {
            return Some(found.clone());
        } else if cache.missing.contains_key(name) {
            return None;
        }
        let found = self.lookup_uncached(name);
        if cache.len() >= LOOKUP_CACHE_CAPACITY {
            cache.clear();
        }
        match &found {
            Some(v) => cache.found.insert(name.into(), v.clone()),
            None => cache.missing.insert(name.into(), Value::None),
        };
        found
    }

    fn lookup_uncached(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.namespace.borrow().get(name) {
            return Some(v.clone());
        }
        self.mro
            .iter()
            .find_map(|c| c.namespace.borrow().get(name).cloned())
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
        match self.namespace.borrow().get(C_TYPE_NAME) {
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
    // One base (every builtin class, most user classes): its line, as the merge makes it.
    if let [base] = bases {
        return Ok(std::iter::once(base.clone())
            .chain(base.mro.iter().cloned())
            .collect());
    }
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
        Rc::new(Class::new(
            name.into(),
            name.into(),
            "__main__".into(),
            bases,
            mro,
            AttrMap::default(),
            BuiltinBase::Object,
        ))
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
