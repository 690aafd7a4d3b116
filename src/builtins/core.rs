//! The object model's builtins: `object`, `type`, `super`, `__build_class__`,
//! `property`/`staticmethod`/`classmethod`, exception construction and generator methods.

use std::cell::RefCell;
use std::rc::Rc;

use crate::value::class::{c3_mro, AttrMap, BuiltinBase};
use crate::value::instance::ExceptionData;
use crate::value::{Class, Descriptor, Dict, Instance, Payload, Value};
use crate::vm::iter::SendResult;
use crate::vm::{dictops, Args, ExcKind, PyErr, PyResult, Vm};

use super::{add_function, add_method, add_value};

/// Registers the object-model builtins.
pub fn register(vm: &mut Vm) {
    let t = &vm.types;
    let (object, base_exc, generator) = (
        t.object.clone(),
        t.exception(ExcKind::BaseException),
        t.generator.clone(),
    );
    add_method(&object, "__new__", object_new);
    add_method(&object, "__init__", object_init);
    add_method(&object, "__setattr__", object_setattr);
    add_method(&object, "__delattr__", object_delattr);
    add_method(&object, "__eq__", object_eq);
    add_method(&object, "__ne__", object_ne);
    add_method(&object, "__repr__", object_repr);
    add_method(&object, "__str__", object_str);
    add_method(&object, "__hash__", object_hash);
    super::receiver::add_classmethod(&object, "__init_subclass__", object_init_subclass);
    add_method(&base_exc, "__new__", exception_new);
    add_method(&base_exc, "__init__", exception_init);
    add_method(&base_exc, "with_traceback", exception_with_traceback);
    add_method(&base_exc, "add_note", exception_add_note);
    add_method(&generator, "send", generator_send);
    add_method(&generator, "throw", generator_throw);
    add_method(&generator, "close", generator_close);
    add_method(&generator, "__next__", generator_next);
    add_method(&generator, "__iter__", identity);
    let t = &vm.types;
    for class in [
        &t.iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
    ] {
        add_method(class, "__next__", iterator_next);
        add_method(class, "__iter__", identity);
    }
    add_method(&object, "__format__", object_format);
    let property = vm.types.property.clone();
    add_method(&property, "getter", property_getter);
    add_method(&property, "setter", property_setter);
    add_method(&property, "deleter", property_deleter);
    add_method(&property, "__new__", property_new);
    add_method(&vm.types.staticmethod, "__new__", staticmethod_new);
    add_method(&vm.types.classmethod, "__new__", classmethod_new);
    add_method(&vm.types.super_, "__new__", super_new);
    add_method(&vm.types.type_, "__new__", type_new);
    add_method(&vm.types.type_, "mro", type_mro);
    add_method(&vm.types.slice, "indices", slice_indices);
    add_function(vm, "__build_class__", build_class);
    let classes = [
        ("object", vm.types.object.clone()),
        ("type", vm.types.type_.clone()),
        ("super", vm.types.super_.clone()),
        ("property", vm.types.property.clone()),
        ("staticmethod", vm.types.staticmethod.clone()),
        ("classmethod", vm.types.classmethod.clone()),
    ];
    for (name, cls) in classes {
        add_value(vm, name, Value::Class(cls));
    }
    for kind in ExcKind::ALL {
        let cls = vm.types.exception(*kind);
        add_value(vm, kind.name(), Value::Class(cls));
    }
    // CPython's old names for OSError.
    for alias in ["IOError", "EnvironmentError"] {
        add_value(
            vm,
            alias,
            Value::Class(vm.types.exception(ExcKind::OSError)),
        );
    }
    add_value(vm, "Ellipsis", Value::Ellipsis);
    add_value(vm, "NotImplemented", Value::NotImplemented);
}

fn identity(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos.into_iter().next().unwrap_or(Value::None))
}

fn arg_class(args: &Args) -> PyResult<Rc<Class>> {
    match args.get(0) {
        Some(Value::Class(c)) => Ok(c.clone()),
        _ => Err(PyErr::type_error("__new__(X): X is not a type object")),
    }
}

/// Wraps a builtin value for a subclass of its builtin type (`class MyInt(int)`), or
/// returns it as is when `cls` is the builtin type itself.
pub fn wrap_for_class(cls: &Rc<Class>, value: Value) -> Value {
    if cls.builtin {
        value
    } else {
        Value::Instance(Rc::new(Instance::new(
            cls.clone(),
            Payload::Builtin(RefCell::new(value)),
        )))
    }
}

/// Whether `native` is `object.__new__`, which makes a plain instance of a class
/// defined in Python: construction then skips calling it (see `Vm::construct`).
pub(crate) fn is_object_new(native: &crate::value::NativeFunction) -> bool {
    std::ptr::fn_addr_eq(native.func, object_new as crate::value::function::NativeFn)
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = arg_class(&args)?;
    if cls.builtin && !Rc::ptr_eq(&cls, &vm.types.object) {
        return Err(PyErr::type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            cls.name, cls.name
        )));
    }
    if args.len() > 1 || !args.kw.is_empty() {
        let init_overridden = !matches!(cls.lookup("__init__"), Some(Value::Native(_)));
        if !init_overridden {
            return Err(PyErr::type_error(format!(
                "{}() takes no arguments",
                cls.name
            )));
        }
    }
    Ok(Value::Instance(Rc::new(Instance::new(cls, Payload::Plain))))
}

fn object_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Value::Instance(inst)) = args.get(0) {
        let new_overridden = !matches!(inst.class.lookup("__new__"), Some(Value::Native(_)));
        if (args.len() > 1 || !args.kw.is_empty())
            && !new_overridden
            && inst.class.base == BuiltinBase::Object
        {
            return Err(PyErr::type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                inst.class.type_name()
            )));
        }
    }
    Ok(Value::None)
}

/// `object.__init_subclass__()`: the end of a chain of `super().__init_subclass__(**kw)`
/// calls, where no keywords may be left.
fn object_init_subclass(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = match args.get(0) {
        Some(Value::Class(cls)) => cls.name.to_string(),
        _ => "object".to_string(),
    };
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    args.check_method("__init_subclass__", 0, 0)?;
    Ok(Value::None)
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method("__setattr__", 2, 2)?;
    if let Some(Value::Str(name)) = args.get(1) {
        vm.guard_attribute_name(name.as_str())?;
    }
    match (args.get(0), args.get(1)) {
        (Some(obj @ Value::Instance(inst)), Some(Value::Str(name))) => {
            let value = args.get(2).cloned().unwrap_or(Value::None);
            vm.generic_set_instance_attr(obj, inst, name.as_str(), value)?;
            Ok(Value::None)
        }
        (Some(obj), Some(Value::Str(name))) => {
            let (obj, value) = (obj.clone(), args.get(2).cloned().unwrap_or(Value::None));
            vm.setattr(&obj, name.as_str(), value)?;
            Ok(Value::None)
        }
        _ => Err(PyErr::type_error("attribute name must be string")),
    }
}

/// `object.__delattr__(obj, name)`: the default deletion, for a class's own
/// `__delattr__` to fall back on (`super().__delattr__(name)`).
fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method("__delattr__", 1, 1)?;
    match (args.get(0), args.get(1)) {
        (Some(obj), Some(Value::Str(name))) => {
            vm.guard_attribute_name(name.as_str())?;
            let obj = obj.clone();
            vm.generic_delattr(&obj, name.as_str())?;
            Ok(Value::None)
        }
        _ => Err(PyErr::type_error("attribute name must be string")),
    }
}

fn object_eq(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match (args.get(0), args.get(1)) {
        (Some(a), Some(b)) if a.is(b) => Ok(Value::Bool(true)),
        _ => Ok(Value::NotImplemented),
    }
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match (args.get(0), args.get(1)) {
        (Some(a), Some(b)) => {
            let (a, b) = (a.clone(), b.clone());
            let r = vm.compare(&a, &b, crate::compile::bytecode::CmpOp::Eq)?;
            Ok(Value::Bool(!vm.truthy(&r)?))
        }
        _ => Ok(Value::NotImplemented),
    }
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.get(0) {
        Some(Value::Instance(inst)) => Ok(Value::str(format!(
            "<{} object at 0x{:x}>",
            inst.class.display_name(),
            Rc::as_ptr(inst) as *const u8 as usize
        ))),
        Some(v) => {
            let v = v.clone();
            Ok(Value::str(vm.repr(&v)?))
        }
        None => Err(PyErr::type_error(
            "descriptor '__repr__' of 'object' object needs an argument",
        )),
    }
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.get(0).cloned().unwrap_or(Value::None);
    Ok(Value::str(vm.repr(&v)?))
}

/// `object.__format__(spec)`: `str(self)` for an empty spec, else CPython's TypeError.
fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::type_dunders::slot_arity(&args, 1)?;
    let v = args.get(0).cloned().unwrap_or(Value::None);
    match args.get(1) {
        Some(Value::Str(spec)) if spec.as_str().is_empty() => {
            let text = vm.str(&v)?;
            vm.new_str(text)
        }
        Some(Value::Str(_)) => Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&v)
        ))),
        other => Err(PyErr::type_error(format!(
            "argument 1 must be str, not {}",
            vm.type_name(other.unwrap_or(&Value::None))
        ))),
    }
}

/// `__next__` of the builtin iterators: the next item, or `StopIteration`.
fn iterator_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::type_dunders::slot_arity(&args, 0)?;
    let it = args.get(0).cloned().unwrap_or(Value::None);
    vm.next(&it)?
        .ok_or_else(|| PyErr::bare(ExcKind::StopIteration))
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.get(0).cloned().unwrap_or(Value::None);
    match &v {
        Value::Instance(inst) => Ok(Value::Int(crate::vm::hash::identity_hash(inst))),
        other => Ok(Value::Int(vm.hash(other)?)),
    }
}

fn exception_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = arg_class(&args)?;
    let data =
        ExceptionData::with_args(args.pos.get(1..).map(<[Value]>::to_vec).unwrap_or_default());
    Ok(Value::Instance(Rc::new(Instance::new(
        cls,
        Payload::Exception(Box::new(RefCell::new(data))),
    ))))
}

fn exception_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Value::Instance(inst)) = args.get(0) {
        if let Some(data) = inst.exception() {
            let given = args.pos.get(1..).map(<[Value]>::to_vec).unwrap_or_default();
            data.borrow_mut().set_args(given);
        }
    }
    Ok(Value::None)
}

fn exception_with_traceback(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.get(0).cloned().unwrap_or(Value::None))
}

/// `BaseException.add_note(note)` (3.11): appends to the exception's `__notes__`, which
/// its traceback prints under the message.
fn exception_add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method("add_note", 1, 1)?;
    let (Some(Value::Instance(exc)), Some(note)) = (args.get(0), args.get(1)) else {
        return Err(PyErr::type_error("add_note() needs an exception"));
    };
    if !matches!(note, Value::Str(_)) {
        return Err(PyErr::type_error(format!(
            "note must be a str, not '{}'",
            vm.type_name(note)
        )));
    }
    match exc.get_attr("__notes__") {
        Some(Value::List(notes)) => notes.borrow_mut().push(note.clone()),
        Some(_) => {
            return Err(PyErr::type_error(
                "Cannot add note: __notes__ is not a list",
            ))
        }
        None => exc.set_attr("__notes__", Value::list(vec![note.clone()])),
    }
    Ok(Value::None)
}

fn generator_of(args: &Args, method: &str) -> PyResult<Rc<crate::value::function::Generator>> {
    match args.get(0) {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{method}' requires a 'generator' object"
        ))),
    }
}

fn generator_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method("send", 1, 1)?;
    let g = generator_of(&args, "send")?;
    let value = args.get(1).cloned().unwrap_or(Value::None);
    match vm.resume(&g, value, None)? {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => Err(stop_iteration_with(v)),
    }
}

fn stop_iteration_with(v: Value) -> PyErr {
    if v.is_none() {
        PyErr::stop_iteration()
    } else {
        PyErr::New(ExcKind::StopIteration, vec![v])
    }
}

fn generator_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = generator_of(&args, "__next__")?;
    match vm.resume(&g, Value::None, None)? {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => Err(stop_iteration_with(v)),
    }
}

fn generator_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method("throw", 1, 3)?;
    let g = generator_of(&args, "throw")?;
    let exc = args.get(1).cloned().unwrap_or(Value::None);
    let err = match &exc {
        Value::Instance(i) if i.exception().is_some() => PyErr::Object(i.clone()),
        Value::Class(_) => match vm.call(&exc, Args::default())? {
            Value::Instance(i) => PyErr::Object(i),
            _ => {
                return Err(PyErr::type_error(
                    "exceptions must derive from BaseException",
                ))
            }
        },
        _ => {
            return Err(PyErr::type_error(
                "exceptions must be classes or instances deriving from BaseException, not str",
            ))
        }
    };
    match vm.resume(&g, Value::None, Some(err))? {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => Err(stop_iteration_with(v)),
    }
}

fn generator_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = generator_of(&args, "close")?;
    vm.close_generator(&g)?;
    Ok(Value::None)
}

fn property_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let fget = args.take(1, "fget").unwrap_or(Value::None);
    let fset = args.take(2, "fset").unwrap_or(Value::None);
    let fdel = args.take(3, "fdel").unwrap_or(Value::None);
    let mut doc = args.take(4, "doc").unwrap_or(Value::None);
    if doc.is_none() && !fget.is_none() {
        doc = vm.getattr_opt(&fget, "__doc__")?.unwrap_or(Value::None);
    }
    Ok(Value::descriptor(Descriptor::Property {
        fget,
        fset,
        fdel,
        doc,
    }))
}

fn property_parts(args: &Args) -> PyResult<(Value, Value, Value, Value)> {
    match args.get(0) {
        Some(Value::Descriptor(d)) => match &***d {
            Descriptor::Property {
                fget,
                fset,
                fdel,
                doc,
            } => Ok((fget.clone(), fset.clone(), fdel.clone(), doc.clone())),
            _ => Err(PyErr::type_error("descriptor requires a 'property' object")),
        },
        _ => Err(PyErr::type_error("descriptor requires a 'property' object")),
    }
}

/// A copy of the property `args[0]` with accessor `slot` (0 get, 1 set, 2 delete)
/// replaced by `args[1]`: what `@x.getter`, `@x.setter` and `@x.deleter` return.
fn property_with(vm: &mut Vm, args: &Args, slot: usize) -> PyResult<Value> {
    let (mut fget, mut fset, mut fdel, mut doc) = property_parts(args)?;
    let func = args.get(1).cloned().unwrap_or(Value::None);
    match slot {
        0 => {
            if doc.is_none() {
                doc = vm.getattr_opt(&func, "__doc__")?.unwrap_or(Value::None);
            }
            fget = func;
        }
        1 => fset = func,
        _ => fdel = func,
    }
    Ok(Value::descriptor(Descriptor::Property {
        fget,
        fset,
        fdel,
        doc,
    }))
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, &args, 0)
}

fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, &args, 1)
}

fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, &args, 2)
}

fn staticmethod_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check("staticmethod", 2, 2)?;
    Ok(Value::descriptor(Descriptor::StaticMethod(
        args.get(1).cloned().unwrap_or(Value::None),
    )))
}

fn classmethod_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check("classmethod", 2, 2)?;
    Ok(Value::descriptor(Descriptor::ClassMethod(
        args.get(1).cloned().unwrap_or(Value::None),
    )))
}

/// `super()` / `super(cls, obj)`. The zero-argument form reads the calling method's
/// `__class__` cell and first argument.
fn super_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, obj) = match (args.get(1), args.get(2)) {
        (Some(Value::Class(c)), Some(obj)) => {
            let fits = match obj {
                Value::Class(sub) => sub.is_subclass(c),
                other => vm.type_of(other).is_subclass(c),
            };
            if !fits {
                return Err(PyErr::type_error(
                    "super(type, obj): obj must be an instance or subtype of type",
                ));
            }
            (c.clone(), obj.clone())
        }
        (Some(_), _) => return Err(PyErr::type_error("super() argument 1 must be a type")),
        (None, _) => {
            let frame = vm
                .frames
                .last()
                .ok_or_else(|| PyErr::new(ExcKind::RuntimeError, "super(): no arguments"))?;
            let code = &frame.code;
            let cell_index = code
                .freevars
                .iter()
                .position(|n| &**n == "__class__")
                .map(|i| i + code.cellvars.len())
                .ok_or_else(|| {
                    PyErr::new(ExcKind::RuntimeError, "super(): __class__ cell not found")
                })?;
            let cls = match frame.cells.get(cell_index).and_then(|c| c.borrow().clone()) {
                Some(Value::Class(c)) => c,
                _ => {
                    return Err(PyErr::new(
                        ExcKind::RuntimeError,
                        "super(): empty __class__ cell",
                    ))
                }
            };
            if code.argcount == 0 && !code.flags.varargs {
                return Err(PyErr::new(ExcKind::RuntimeError, "super(): no arguments"));
            }
            let first = match frame.locals.first().cloned().flatten() {
                Some(v) => v,
                None => code
                    .cell_params
                    .iter()
                    .find(|(_, p)| *p == 0)
                    .and_then(|(c, _)| frame.cells.get(*c as usize))
                    .and_then(|c| c.borrow().clone())
                    .ok_or_else(|| PyErr::new(ExcKind::RuntimeError, "super(): arg[0] deleted"))?,
            };
            (cls, first)
        }
    };
    Ok(Value::descriptor(Descriptor::Super { cls, obj }))
}

/// `slice.indices(length)`: the normalised `(start, stop, step)`.
fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method("indices", 1, 1)?;
    let (Some(Value::Slice(s)), Some(len)) = (args.get(0), args.get(1)) else {
        return Err(PyErr::type_error(
            "descriptor 'indices' requires a 'slice' object",
        ));
    };
    let n = vm.to_index(len)?;
    if n < 0 {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let (start, stop, step, _) = vm.slice_bounds(s, n)?;
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

/// `type(x)` returns the class of x; `type(name, bases, dict)` makes a class.
fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.len() {
        2 => Ok(Value::Class(
            vm.type_of(args.get(1).unwrap_or(&Value::None)),
        )),
        4 => {
            let name = match args.get(1) {
                Some(Value::Str(s)) => s.as_str().to_string(),
                _ => return Err(PyErr::type_error("type.__new__() argument 1 must be str")),
            };
            let bases = match args.get(2) {
                Some(Value::Tuple(t)) => t.items.clone(),
                _ => return Err(PyErr::type_error("type.__new__() argument 2 must be tuple")),
            };
            let ns = match args.get(3) {
                Some(Value::Dict(d)) => Rc::new(Dict::from_table(d.borrow().clone())),
                _ => return Err(PyErr::type_error("type.__new__() argument 3 must be dict")),
            };
            if dictops::str_get(&ns, "__module__").is_none() {
                dictops::str_set(&ns, "__module__", Value::str("__main__"));
            }
            make_class(vm, &name, &bases, &ns).map(Value::Class)
        }
        _ => Err(PyErr::type_error("type() takes 1 or 3 arguments")),
    }
}

fn type_mro(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.get(0) {
        Some(Value::Class(c)) => {
            let mut all = vec![Value::Class(c.clone())];
            all.extend(c.mro.iter().map(|m| Value::Class(m.clone())));
            Ok(Value::list(all))
        }
        _ => Err(PyErr::type_error(
            "descriptor 'mro' requires a 'type' object",
        )),
    }
}

/// `__build_class__(body, name, *bases, **kw)`: runs the class body and makes the class.
fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let body = match args.get(0) {
        Some(Value::Function(f)) => f.clone(),
        _ => {
            return Err(PyErr::type_error(
                "__build_class__: func must be a function",
            ))
        }
    };
    let name = match args.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => return Err(PyErr::type_error("__build_class__: name is not a string")),
    };
    let bases: Vec<Value> = args.pos.get(2..).map(<[Value]>::to_vec).unwrap_or_default();
    let ns = Rc::new(Dict::new());
    let module =
        dictops::str_get(&body.globals, "__name__").unwrap_or_else(|| Value::str("__main__"));
    dictops::str_set(&ns, "__module__", module);
    dictops::str_set(
        &ns,
        "__qualname__",
        Value::str(body.qualname.borrow().to_string()),
    );
    let class_cell = vm.run_class_body(&body, ns.clone())?;
    let cls = make_class(vm, &name, &bases, &ns)?;
    if let Some(cell) = class_cell {
        *cell.borrow_mut() = Some(Value::Class(cls.clone()));
    }
    set_names(vm, &cls, &ns)?;
    init_subclass(vm, &cls, args.kw)?;
    Ok(Value::Class(cls))
}

/// Tells each descriptor in a new class's body (`ns`, in definition order) its class and
/// name (`__set_name__`), as `type.__new__` does, before `__init_subclass__`.
fn set_names(vm: &mut Vm, cls: &Rc<Class>, ns: &Dict) -> PyResult<()> {
    let hooks: Vec<(Value, Value, Value)> = ns
        .borrow()
        .iter()
        .filter_map(|e| {
            let hook = crate::vm::descriptor_method(&e.value, "__set_name__")?;
            Some((hook, e.value.clone(), e.key.clone()))
        })
        .collect();
    for (hook, descriptor, name) in hooks {
        let args = vec![descriptor, Value::Class(cls.clone()), name];
        vm.call(&hook, Args::new(args))?;
    }
    Ok(())
}

/// Calls the nearest base's `__init_subclass__` with the class keywords, as `type.__new__`
/// does (registries and plugin patterns rely on it).
fn init_subclass(
    vm: &mut Vm,
    cls: &Rc<Class>,
    kw: Vec<(crate::value::Name, Value)>,
) -> PyResult<()> {
    let hook = cls
        .mro
        .iter()
        .find_map(|c| c.namespace().get("__init_subclass__").cloned());
    let func = match hook {
        Some(Value::Descriptor(d)) => match &**d {
            Descriptor::ClassMethod(f) => f.clone(),
            _ => return Ok(()),
        },
        _ => {
            return match kw.is_empty() {
                true => Ok(()),
                false => Err(PyErr::type_error(format!(
                    "{}.__init_subclass__() takes no keyword arguments",
                    cls.name
                ))),
            }
        }
    };
    vm.call(
        &func,
        Args {
            pos: smallvec::smallvec![Value::Class(cls.clone())],
            kw,
        },
    )?;
    Ok(())
}

/// Creates a class from its name, base classes and namespace.
pub fn make_class(vm: &mut Vm, name: &str, bases: &[Value], ns: &Dict) -> PyResult<Rc<Class>> {
    let mut base_classes = Vec::with_capacity(bases.len());
    for b in bases {
        match b {
            Value::Class(c) => {
                if c.base == BuiltinBase::Final {
                    return Err(PyErr::type_error(format!(
                        "type '{}' is not an acceptable base type",
                        c.name
                    )));
                }
                if base_classes.iter().any(|x: &Rc<Class>| Rc::ptr_eq(x, c)) {
                    return Err(PyErr::type_error(format!(
                        "duplicate base class {}",
                        c.name
                    )));
                }
                base_classes.push(c.clone());
            }
            other => {
                let r = vm.repr(other)?;
                return Err(PyErr::type_error(format!("bases must be types, not {r}")));
            }
        }
    }
    if base_classes.is_empty() {
        base_classes.push(vm.types.object.clone());
    }
    let mro = c3_mro(&base_classes).map_err(|stuck| {
        let names: Vec<&str> = stuck.iter().map(|c| &*c.name).collect();
        PyErr::type_error(format!(
            "Cannot create a consistent method resolution\norder (MRO) for bases {}",
            names.join(", ")
        ))
    })?;
    let mut layout = BuiltinBase::Object;
    for b in &base_classes {
        if b.base != BuiltinBase::Object {
            if layout != BuiltinBase::Object && layout != b.base {
                return Err(PyErr::type_error(
                    "multiple bases have instance lay-out conflict",
                ));
            }
            layout = b.base;
        }
    }
    let mut dict = AttrMap::default();
    for e in ns.borrow().iter() {
        if let Value::Str(k) = &e.key {
            dict.insert(k.as_str().into(), e.value.clone());
        }
    }
    if dict.contains_key("__eq__") && !dict.contains_key("__hash__") {
        dict.insert("__hash__".into(), Value::None);
    }
    if let Some(f @ Value::Function(_)) = dict.get("__new__").cloned() {
        dict.insert(
            "__new__".into(),
            Value::descriptor(Descriptor::StaticMethod(f)),
        );
    }
    if let Some(f @ Value::Function(_)) = dict.get("__init_subclass__").cloned() {
        dict.insert(
            "__init_subclass__".into(),
            Value::descriptor(Descriptor::ClassMethod(f)),
        );
    }
    let module: crate::value::Name = match dict.get("__module__") {
        Some(Value::Str(s)) => s.as_str().into(),
        _ => "__main__".into(),
    };
    let qualname: crate::value::Name = match dict.get("__qualname__") {
        Some(Value::Str(s)) => s.as_str().into(),
        _ => name.into(),
    };
    dict.remove("__qualname__");
    Ok(Rc::new(Class::new(
        name.into(),
        qualname,
        module,
        base_classes,
        mro,
        dict,
        layout,
    )))
}
