//! Attribute access: `obj.name` reads, writes and deletes, with descriptors
//! (`property`, `staticmethod`, `classmethod`), method binding and `super()`.

use std::rc::Rc;

use crate::value::{BoundMethod, Class, Descriptor, Instance, Value};

use super::error::{PyErr, PyResult};
use super::{Args, Vm};

fn bind(receiver: Value, func: Value) -> Value {
    Value::BoundMethod(Rc::new(BoundMethod::new(receiver, func)))
}

impl Vm {
    /// The function to call with `obj` prepended for `obj.name(...)`, when `name` is a
    /// plain method of `obj`'s type; None when normal attribute lookup must decide.
    pub fn lookup_method(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match obj {
            Value::Class(_) | Value::Module(_) | Value::Descriptor(_) => Ok(None),
            Value::Instance(inst) => {
                if inst.has_attr(name) {
                    return Ok(None);
                }
                Ok(match inst.class.lookup(name) {
                    Some(f @ (Value::Function(_) | Value::Native(_))) => Some(f),
                    _ => None,
                })
            }
            other => Ok(match self.type_of(other).lookup(name) {
                Some(f @ Value::Native(_)) => Some(f),
                _ => None,
            }),
        }
    }

    /// `getattr(obj, name)`.
    pub fn getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// `getattr(obj, name, None)` without building an exception for the miss.
    pub fn getattr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(inst) => {
                // A class's __getattr__ answers what the usual lookup does not find,
                // whether it found nothing or raised AttributeError (a property's getter).
                let found = self.instance_getattr(obj, inst, name);
                let missed = match &found {
                    Ok(None) => true,
                    Err(e) => self.is_exc_kind(e, super::ExcKind::AttributeError),
                    Ok(Some(_)) => false,
                };
                if missed {
                    if let Some(ga) = inst.class.lookup("__getattr__") {
                        let r = self.call(&ga, Args::new(vec![obj.clone(), Value::str(name)]))?;
                        return Ok(Some(r));
                    }
                }
                found
            }
            Value::Class(cls) => {
                self.guard_member(obj, name)?;
                match self.class_getattr(cls, name) {
                    // A descriptor read through its class: `__get__(None, cls)`.
                    Some(attr) => match descriptor_method(&attr, "__get__") {
                        Some(get) => self
                            .descriptor_get(&get, &attr, &Value::None, cls)
                            .map(Some),
                        None => Ok(Some(attr)),
                    },
                    None => Ok(None),
                }
            }
            Value::Module(m) => {
                self.guard_member(obj, name)?;
                match super::dictops::str_get(&m.dict, name) {
                    Some(Value::Module(inner)) => self.guard_module_reference(inner).map(Some),
                    found => Ok(found),
                }
            }
            Value::Function(f) => Ok(match name {
                "__name__" => Some(Value::str(f.name().to_string())),
                "__qualname__" => Some(Value::str(f.qualname.borrow().to_string())),
                "__module__" => {
                    Some(super::dictops::str_get(&f.globals, "__name__").unwrap_or(Value::None))
                }
                "__doc__" => Some(
                    f.attrs
                        .borrow()
                        .get("__doc__")
                        .cloned()
                        .unwrap_or(Value::None),
                ),
                "__defaults__" => Some(if f.defaults.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.defaults.clone())
                }),
                _ => f.attrs.borrow().get(name).cloned(),
            }),
            Value::BoundMethod(m) => match name {
                "__self__" => Ok(Some(m.receiver.clone())),
                "__func__" => Ok(Some(m.func.clone())),
                _ => {
                    let f = m.func.clone();
                    self.getattr_opt(&f, name)
                }
            },
            Value::Native(n) => Ok(match name {
                "__name__" | "__qualname__" => Some(Value::str(n.name)),
                "__doc__" => Some(Value::None),
                _ => None,
            }),
            Value::Descriptor(d) => self.descriptor_getattr(obj, d, name),
            Value::Generator(g) => Ok(match name {
                "__name__" => Some(Value::str(g.name.to_string())),
                "__qualname__" => Some(Value::str(g.qualname.to_string())),
                _ => self.type_of(obj).lookup(name).map(|f| bind(obj.clone(), f)),
            }),
            _ => {
                if let Some(v) = self.builtin_data_attr(obj, name) {
                    return Ok(Some(v));
                }
                if name == "__class__" {
                    return Ok(Some(Value::Class(self.type_of(obj))));
                }
                if let Value::ByteArray(b) = obj {
                    // bytearray shares bytes' read-only methods: they run on a snapshot.
                    if self.types.bytearray.lookup(name).is_none() {
                        if let Some(f @ Value::Native(_)) = self.types.bytes.lookup(name) {
                            let snapshot = crate::builtins::bytearray::snapshot(self, b)?;
                            return Ok(Some(bind(snapshot, f)));
                        }
                    }
                }
                Ok(self.type_of(obj).lookup(name).map(|f| match f {
                    Value::Native(_) | Value::Function(_) => bind(obj.clone(), f),
                    Value::Descriptor(d) => match &**d {
                        Descriptor::ClassMethod(f) => {
                            bind(Value::Class(self.type_of(obj)), f.clone())
                        }
                        Descriptor::StaticMethod(f) => f.clone(),
                        _ => Value::Descriptor(d.clone()),
                    },
                    other => other,
                }))
            }
        }
    }

    /// `obj.name` for an instance as `object.__getattribute__` finds it: data
    /// descriptors and properties, then its own attributes, then its class's.
    fn instance_getattr(
        &mut self,
        obj: &Value,
        inst: &Rc<Instance>,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let class_attr = inst.class.lookup(name);
        if let Some(Value::Descriptor(d)) = &class_attr {
            if let Descriptor::Property { fget, .. } = &***d {
                if fget.is_none() {
                    return Err(PyErr::attribute_error(format!(
                        "property '{name}' of '{}' object has no getter",
                        inst.class.type_name()
                    )));
                }
                let fget = fget.clone();
                return self.call(&fget, Args::new(vec![obj.clone()])).map(Some);
            }
        }
        let getter = class_attr
            .as_ref()
            .and_then(|attr| descriptor_method(attr, "__get__"));
        if let (Some(get), Some(attr)) = (&getter, &class_attr) {
            // A data descriptor (one with __set__ or __delete__) wins over the
            // instance's own attribute.
            if is_data_descriptor(attr) {
                return self.descriptor_get(get, attr, obj, &inst.class).map(Some);
            }
        }
        if let Some(v) = inst.get_attr(name) {
            return Ok(Some(v));
        }
        if let Some(v) = self.exception_attr(inst, name) {
            return Ok(Some(v));
        }
        match class_attr {
            Some(attr) => match getter {
                Some(get) => self.descriptor_get(&get, &attr, obj, &inst.class).map(Some),
                None => Ok(Some(self.bind_class_attr(attr, obj, &inst.class))),
            },
            None if name == "__class__" => Ok(Some(Value::Class(inst.class.clone()))),
            None => Ok(None),
        }
    }

    /// `descriptor.__get__(obj, cls)`, through the `get` its class defines.
    fn descriptor_get(
        &mut self,
        get: &Value,
        descriptor: &Value,
        obj: &Value,
        cls: &Rc<Class>,
    ) -> PyResult<Value> {
        let args = vec![descriptor.clone(), obj.clone(), Value::Class(cls.clone())];
        self.call(get, Args::new(args))
    }

    /// `inst.name = value` as `object.__setattr__` does it: through a user-defined data
    /// descriptor on the class (its `__set__`), else into the instance's attributes.
    pub fn generic_set_instance_attr(
        &mut self,
        obj: &Value,
        inst: &Instance,
        name: &str,
        value: Value,
    ) -> PyResult<()> {
        if let Some(descriptor) = inst.class.lookup(name) {
            if let Some(set) = descriptor_method(&descriptor, "__set__") {
                self.call(&set, Args::new(vec![descriptor, obj.clone(), value]))?;
                return Ok(());
            }
        }
        inst.set_attr(name, value);
        Ok(())
    }

    /// Binds a value found on `cls` for access through instance `obj`.
    fn bind_class_attr(&self, v: Value, obj: &Value, cls: &Rc<Class>) -> Value {
        match v {
            Value::Function(_) | Value::Native(_) => bind(obj.clone(), v),
            Value::Descriptor(d) => match &**d {
                Descriptor::ClassMethod(f) => bind(Value::Class(cls.clone()), f.clone()),
                Descriptor::StaticMethod(f) => f.clone(),
                _ => Value::Descriptor(d.clone()),
            },
            other => other,
        }
    }

    fn class_getattr(&self, cls: &Rc<Class>, name: &str) -> Option<Value> {
        match name {
            "__name__" => return Some(Value::str(cls.name.to_string())),
            "__qualname__" => return Some(Value::str(cls.qualname.to_string())),
            "__module__" => return Some(Value::str(cls.module.to_string())),
            "__bases__" => {
                return Some(Value::tuple(
                    cls.bases.iter().map(|b| Value::Class(b.clone())).collect(),
                ))
            }
            "__mro__" => {
                let mut all = vec![Value::Class(cls.clone())];
                all.extend(cls.mro.iter().map(|c| Value::Class(c.clone())));
                return Some(Value::tuple(all));
            }
            "__class__" => return Some(Value::Class(self.types.type_.clone())),
            _ => {}
        }
        match cls.lookup(name) {
            Some(Value::Descriptor(d)) => Some(match &**d {
                Descriptor::ClassMethod(f) => bind(Value::Class(cls.clone()), f.clone()),
                Descriptor::StaticMethod(f) => f.clone(),
                _ => Value::Descriptor(d.clone()),
            }),
            Some(v) => Some(v),
            None if name == "__doc__" => Some(Value::None),
            None => self
                .types
                .type_
                .lookup(name)
                .map(|f| bind(Value::Class(cls.clone()), f)),
        }
    }

    fn descriptor_getattr(
        &mut self,
        obj: &Value,
        d: &Descriptor,
        name: &str,
    ) -> PyResult<Option<Value>> {
        match d {
            Descriptor::Super { cls, obj: target } => {
                let start_cls = match target {
                    Value::Class(c) => c.clone(),
                    other => self.type_of(other),
                };
                let mut chain = vec![start_cls.clone()];
                chain.extend(start_cls.mro.iter().cloned());
                let after = chain
                    .iter()
                    .position(|c| Rc::ptr_eq(c, cls))
                    .map_or(chain.len(), |i| i + 1);
                for c in chain.iter().skip(after) {
                    let found = c.namespace().get(name).cloned();
                    if let Some(v) = found {
                        return Ok(Some(match v {
                            Value::Function(_) | Value::Native(_) => match target {
                                Value::Class(_) => v,
                                _ => bind(target.clone(), v),
                            },
                            Value::Descriptor(inner) => match &**inner {
                                Descriptor::ClassMethod(f) => {
                                    bind(Value::Class(start_cls.clone()), f.clone())
                                }
                                Descriptor::StaticMethod(f) => f.clone(),
                                Descriptor::Property { fget, .. } => {
                                    let fget = fget.clone();
                                    self.call(&fget, Args::new(vec![target.clone()]))?
                                }
                                _ => Value::Descriptor(inner.clone()),
                            },
                            other => other,
                        }));
                    }
                }
                Ok(None)
            }
            Descriptor::Property {
                fget,
                fset,
                fdel,
                doc,
            } => Ok(match name {
                "fget" => Some(fget.clone()),
                "fset" => Some(fset.clone()),
                "fdel" => Some(fdel.clone()),
                "__doc__" => Some(doc.clone()),
                _ => self.type_of(obj).lookup(name).map(|f| bind(obj.clone(), f)),
            }),
            Descriptor::StaticMethod(f) | Descriptor::ClassMethod(f) => match name {
                "__func__" => Ok(Some(f.clone())),
                _ => {
                    let f = f.clone();
                    self.getattr_opt(&f, name)
                }
            },
        }
    }

    /// Data attributes of builtin values (`(1).real`, `range.start`, `slice.stop`...).
    fn builtin_data_attr(&self, obj: &Value, name: &str) -> Option<Value> {
        match (obj, name) {
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "real" | "numerator") => {
                Some(match obj {
                    Value::Bool(b) => Value::Int(i64::from(*b)),
                    other => other.clone(),
                })
            }
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => {
                Some(Value::Int(1))
            }
            (Value::Float(_), "real") => Some(obj.clone()),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            (Value::Range(r), "start") => Some(Value::from_i128(r.start)),
            (Value::Range(r), "stop") => Some(Value::from_i128(r.stop)),
            (Value::Range(r), "step") => Some(Value::from_i128(r.step)),
            (Value::Slice(s), "start") => Some(s.start.clone()),
            (Value::Slice(s), "stop") => Some(s.stop.clone()),
            (Value::Slice(s), "step") => Some(s.step.clone()),
            _ => None,
        }
    }

    fn exception_attr(&self, inst: &crate::value::Instance, name: &str) -> Option<Value> {
        let data = inst.exception()?.borrow();
        match name {
            "args" => Some(Value::tuple(data.args.clone())),
            "__cause__" => Some(data.cause.clone().unwrap_or(Value::None)),
            "__context__" => Some(data.context.clone().unwrap_or(Value::None)),
            "__suppress_context__" => Some(Value::Bool(data.suppress_context)),
            "__traceback__" => Some(if data.traceback.is_empty() {
                Value::None
            } else {
                self.traceback_object()
            }),
            "value"
                if inst
                    .class
                    .is_subclass(&self.types.exception(super::ExcKind::StopIteration)) =>
            {
                Some(data.args.first().cloned().unwrap_or(Value::None))
            }
            "code"
                if inst
                    .class
                    .is_subclass(&self.types.exception(super::ExcKind::SystemExit)) =>
            {
                Some(match data.args.as_slice() {
                    [] => Value::None,
                    [one] => one.clone(),
                    many => Value::tuple(many.to_vec()),
                })
            }
            _ => None,
        }
    }

    /// The `AttributeError` for a missing attribute, worded as CPython words it.
    pub fn no_attribute(&self, obj: &Value, name: &str) -> PyErr {
        let msg = match obj {
            Value::Class(c) => format!("type object '{}' has no attribute '{name}'", c.name),
            Value::Module(m) => format!("module '{}' has no attribute '{name}'", m.name),
            other => format!(
                "'{}' object has no attribute '{name}'",
                self.type_name(other)
            ),
        };
        let suggestion = self.suggest_attribute(obj, name);
        self.error_suggesting(super::ExcKind::AttributeError, msg, suggestion)
    }

    /// `setattr(obj, name, value)`.
    pub fn setattr(&mut self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(Value::Descriptor(d)) = inst.class.lookup(name) {
                    if let Descriptor::Property { fset, .. } = &**d {
                        if fset.is_none() {
                            return Err(PyErr::attribute_error(format!(
                                "property '{name}' of '{}' object has no setter",
                                inst.class.type_name()
                            )));
                        }
                        let fset = fset.clone();
                        self.call(&fset, Args::new(vec![obj.clone(), value]))?;
                        return Ok(());
                    }
                }
                if let Some(sa) = inst.class.lookup("__setattr__") {
                    if !matches!(sa, Value::Native(_)) {
                        self.call(&sa, Args::new(vec![obj.clone(), Value::str(name), value]))?;
                        return Ok(());
                    }
                }
                if let Some(data) = inst.exception() {
                    let mut d = data.borrow_mut();
                    match name {
                        "__cause__" => {
                            d.set_cause((!value.is_none()).then_some(value));
                            return Ok(());
                        }
                        "__context__" => {
                            d.context = (!value.is_none()).then_some(value);
                            return Ok(());
                        }
                        "args" => {
                            drop(d);
                            let items = self.collect(&value)?;
                            data.borrow_mut().set_args(items);
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                if inst.class.builtin && inst.exception().is_none() {
                    return Err(self.no_attribute(obj, name));
                }
                self.generic_set_instance_attr(obj, inst, name, value)
            }
            Value::Class(cls) if !cls.builtin => {
                cls.namespace_mut().insert(name.into(), value);
                Ok(())
            }
            other if self.builtin_data_attr(other, name).is_some() => {
                Err(PyErr::attribute_error(format!(
                    "attribute '{name}' of '{}' objects is not writable",
                    self.type_name(other)
                )))
            }
            Value::Class(cls) => Err(PyErr::type_error(format!(
                "cannot set '{name}' attribute of immutable type '{}'",
                cls.name
            ))),
            Value::Function(f) => {
                match name {
                    "__name__" => {
                        if let Some(s) = value.as_str() {
                            f.rename(&f.name, s);
                        }
                    }
                    "__qualname__" => {
                        if let Some(s) = value.as_str() {
                            f.rename(&f.qualname, s);
                        }
                    }
                    _ => {
                        f.attrs.borrow_mut().insert(name.into(), value);
                    }
                }
                Ok(())
            }
            other => Err(self.no_attribute(other, name)),
        }
    }

    /// `delattr(obj, name)`.
    pub fn delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            // A class's own __delattr__ (a frozen dataclass's) decides, as for setattr.
            if let Some(da) = inst.class.lookup("__delattr__") {
                if !matches!(da, Value::Native(_)) {
                    self.call(&da, Args::new(vec![obj.clone(), Value::str(name)]))?;
                    return Ok(());
                }
            }
        }
        self.generic_delattr(obj, name)
    }

    /// `object.__delattr__`: deletes without consulting the class's own __delattr__.
    pub fn generic_delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(Value::Descriptor(d)) = inst.class.lookup(name) {
                    if let Descriptor::Property { fdel, .. } = &**d {
                        if fdel.is_none() {
                            return Err(PyErr::attribute_error(format!(
                                "property '{name}' of '{}' object has no deleter",
                                inst.class.type_name()
                            )));
                        }
                        let fdel = fdel.clone();
                        self.call(&fdel, Args::new(vec![obj.clone()]))?;
                        return Ok(());
                    }
                }
                if let Some(descriptor) = inst.class.lookup(name) {
                    if let Some(delete) = descriptor_method(&descriptor, "__delete__") {
                        self.call(&delete, Args::new(vec![descriptor, obj.clone()]))?;
                        return Ok(());
                    }
                }
                if inst.del_attr(name).is_none() {
                    return Err(self.no_attribute(obj, name));
                }
                Ok(())
            }
            Value::Class(cls) if !cls.builtin => {
                if cls.namespace_mut().remove(name).is_none() {
                    return Err(self.no_attribute(obj, name));
                }
                Ok(())
            }
            Value::Function(f) => {
                if f.attrs.borrow_mut().remove(name).is_none() {
                    return Err(self.no_attribute(obj, name));
                }
                Ok(())
            }
            other => Err(self.no_attribute(other, name)),
        }
    }
}

/// A user-defined descriptor's `method` (`__get__`, `__set__` or `__delete__`): the
/// function its class defines, when `attr`, found on a class, is an instance of one.
pub(crate) fn descriptor_method(attr: &Value, method: &str) -> Option<Value> {
    match attr {
        Value::Instance(d) if !d.class.builtin => d
            .class
            .lookup(method)
            .filter(|f| matches!(f, Value::Function(_))),
        _ => None,
    }
}

/// Whether `attr` is a data descriptor: one that defines `__set__` or `__delete__`, so
/// it wins over an instance's own attribute of its name.
fn is_data_descriptor(attr: &Value) -> bool {
    descriptor_method(attr, "__set__").is_some() || descriptor_method(attr, "__delete__").is_some()
}
