//! The general builtin functions: output (`print`), text (`repr`, `ascii`, `format`,
//! `chr`, `ord`, `hex`, `oct`, `bin`), introspection (`len`, `isinstance`, `issubclass`,
//! `callable`, `hash`, `id`, the `*attr` family) and iteration (`iter`, `next`, `any`,
//! `all`). Numeric builtins live in `functions_num`, iterator factories and sorting in
//! `functions_iter`. `globals`, `locals`, `eval`, `exec`, `compile`, `open`, `input`,
//! `__import__` and `breakpoint` are deliberately absent: the sandbox policy decides them.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::Signed;

use crate::value::{Descriptor, IterKind, Value};
use crate::vm::hash::{as_signed, as_unsigned};
use crate::vm::iter::SendResult;
use crate::vm::{Args, ExcKind, PyErr, PyResult, Vm};

use super::{add_function, add_function_with_shortcut};
use crate::value::function::Shortcut;

/// The sort `sorted` uses, re-exported for `list.sort`.
pub use super::functions_iter::sort_values;

/// Registers the general builtin functions.
pub fn register(vm: &mut Vm) {
    let functions: [(&'static str, crate::value::function::NativeFn); 24] = [
        ("print", builtin_print),
        ("repr", builtin_repr),
        ("ascii", builtin_ascii),
        ("format", builtin_format),
        ("callable", builtin_callable),
        ("getattr", builtin_getattr),
        ("setattr", builtin_setattr),
        ("hasattr", builtin_hasattr),
        ("delattr", builtin_delattr),
        ("hash", builtin_hash),
        ("id", builtin_id),
        ("chr", builtin_chr),
        ("ord", builtin_ord),
        ("hex", builtin_hex),
        ("oct", builtin_oct),
        ("bin", builtin_bin),
        ("isinstance", builtin_isinstance),
        ("issubclass", builtin_issubclass),
        ("iter", builtin_iter),
        ("next", builtin_next),
        ("any", builtin_any),
        ("all", builtin_all),
        ("exit", builtin_exit),
        ("quit", builtin_exit),
    ];
    for (name, f) in functions {
        add_function(vm, name, f);
    }
    add_function_with_shortcut(vm, "len", builtin_len, Shortcut::One(len_of));
}

// ---------------------------------------------------------------------------------------
// Shared argument helpers (used by the other builtin files too).

/// Checks an exact positional count with the `name expected N arguments, got M` message
/// CPython uses for `isinstance`, `divmod`, `filter`, `sorted`...
pub fn expect_args(args: &Args, name: &str, n: usize) -> PyResult<()> {
    if args.len() == n {
        Ok(())
    } else {
        let s = if n == 1 { "" } else { "s" };
        Err(PyErr::type_error(format!(
            "{name} expected {n} argument{s}, got {}",
            args.len()
        )))
    }
}

/// Fails on any keyword left in `args` with `'k' is an invalid keyword argument for f()`,
/// the message of builtins that take some keywords but not that one.
pub fn reject_unknown_kwargs(args: &Args, fname: &str) -> PyResult<()> {
    match args.kw.first() {
        Some((k, _)) => Err(PyErr::type_error(format!(
            "'{k}' is an invalid keyword argument for {fname}()"
        ))),
        None => Ok(()),
    }
}

/// The positional argument `i`, which the caller has already checked is present.
pub fn arg(args: &Args, i: usize) -> Value {
    args.get(i).cloned().unwrap_or(Value::None)
}

/// The builtin value an instance of a builtin subclass wraps (`class S(str)`), or the
/// value itself: lets builtins treat `S("x")` like `"x"`.
pub fn unwrap_builtin(v: &Value) -> Value {
    match v {
        Value::Instance(inst) => inst.builtin_value().unwrap_or_else(|| v.clone()),
        other => other.clone(),
    }
}

/// The method `name` a user class defines (a Python function), for dunder dispatch that
/// must not pick up the natives builtin types register.
pub fn user_method(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::Instance(inst) => inst
            .class
            .lookup(name)
            .filter(|f| matches!(f, Value::Function(_))),
        _ => None,
    }
}

/// The full integer value of an int-like argument (`__index__` for user objects), for
/// `hex`/`oct`/`bin` and friends that must not saturate big ints.
pub fn index_bigint(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = crate::vm::num::to_bigint(v) {
        return Ok(b);
    }
    if let Some(f) = user_method(v, "__index__") {
        let r = vm.call(&f, Args::new(vec![v.clone()]))?;
        return match crate::vm::num::to_bigint(&unwrap_builtin(&r)) {
            Some(b) => Ok(b),
            None => Err(PyErr::type_error(format!(
                "__index__ returned non-int (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    match unwrap_builtin(v) {
        inner @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => index_bigint(vm, &inner),
        _ => Err(vm.not_integer(v)),
    }
}

/// How CPython's argument errors (`must be str, not X`) name the type of `v`: `None`
/// for None, the type name otherwise.
pub fn arg_type_name(vm: &Vm, v: &Value) -> String {
    match v {
        Value::None => "None".to_string(),
        other => vm.type_name(other),
    }
}

/// An argument CPython reads as a C `int` (`chr`, `sorted(reverse=)`): an int-like value
/// within 32 bits, else `OverflowError`.
pub fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let b = index_bigint(vm, v)?;
    i32::try_from(&b).map_err(|_| PyErr::overflow("Python int too large to convert to C int"))
}

/// An attribute name argument: a str (or str subclass instance), else CPython's error;
/// checked against the sandbox policy like `obj.name` is.
fn attr_name(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match unwrap_builtin(v) {
        Value::Str(s) => {
            vm.guard_attribute_name(s.as_str())?;
            Ok(s.as_str().to_string())
        }
        _ => Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

// ---------------------------------------------------------------------------------------
// Output and text.

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`. A `file` other than None
/// gets each piece through its `write` method, as CPython does.
fn builtin_print(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let sep = print_text_option(vm, args.take_kw("sep"), "sep", " ")?;
    let end = print_text_option(vm, args.take_kw("end"), "end", "\n")?;
    let file = args.take_kw("file").unwrap_or(Value::None);
    let _flush = args.take_kw("flush");
    reject_unknown_kwargs(&args, "print")?;
    if file.is_none() {
        let mut out = String::new();
        for (i, v) in args.pos.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            out.push_str(&vm.str(v)?);
        }
        out.push_str(&end);
        vm.write_stdout(&out)?;
        return Ok(Value::None);
    }
    for (i, v) in args.pos.iter().enumerate() {
        if i > 0 {
            vm.call_method(&file, "write", vec![Value::str(sep.as_str())])?;
        }
        let text = vm.str(v)?;
        vm.call_method(&file, "write", vec![Value::str(text)])?;
    }
    vm.call_method(&file, "write", vec![Value::str(end)])?;
    Ok(Value::None)
}

fn print_text_option(vm: &Vm, v: Option<Value>, name: &str, default: &str) -> PyResult<String> {
    match v.map(|v| (unwrap_builtin(&v), v)) {
        None | Some((Value::None, _)) => Ok(default.to_string()),
        Some((Value::Str(s), _)) => Ok(s.as_str().to_string()),
        Some((_, orig)) => Err(PyErr::type_error(format!(
            "{name} must be None or a string, not {}",
            vm.type_name(&orig)
        ))),
    }
}

/// Checks the one-argument, no-keyword signature shared by many builtins.
fn one_arg(args: &Args, name: &str) -> PyResult<Value> {
    args.no_kwargs(name)?;
    args.check(name, 1, 1)?;
    Ok(arg(args, 0))
}

fn builtin_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    len_of(vm, one_arg(&args, "len")?)
}

/// `len(v)`: also `len`'s shortcut.
fn len_of(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let n = vm.len(&v)?;
    Ok(Value::Int(i64::try_from(n).unwrap_or(i64::MAX)))
}

fn builtin_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(&args, "repr")?;
    Ok(Value::str(vm.repr(&v)?))
}

fn builtin_ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(&args, "ascii")?;
    Ok(Value::str(vm.ascii(&v)?))
}

/// `format(value, format_spec='', /)`.
fn builtin_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("format")?;
    args.check("format", 1, 2)?;
    let value = arg(&args, 0);
    let spec = match args.opt(1) {
        None => String::new(),
        Some(s) => match unwrap_builtin(&s) {
            Value::Str(s) => s.as_str().to_string(),
            _ => {
                return Err(PyErr::type_error(format!(
                    "format() argument 2 must be str, not {}",
                    arg_type_name(vm, &s)
                )))
            }
        },
    };
    if spec.is_empty() && matches!(value, Value::Str(_)) {
        return Ok(value);
    }
    let text = vm.format(&value, &spec)?;
    vm.new_str(text)
}

/// `chr(i)`: the one-character string for a code point.
fn builtin_chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(&args, "chr")?;
    let code = c_int(vm, &v)?;
    match crate::format::char_from_code_point(i64::from(code)) {
        Ok(c) => Ok(Value::char(c)),
        Err(crate::format::FormatError::CharOutOfRange) => {
            Err(PyErr::value_error("chr() arg not in range(0x110000)"))
        }
        Err(_) => Err(PyErr::value_error(format!(
            "chr() arg {code:#x} is a surrogate code point, which the sandbox's str cannot hold"
        ))),
    }
}

/// `ord(c)`: the code point of a one-character str (or the value of a one-byte bytes).
fn builtin_ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(&args, "ord")?;
    match unwrap_builtin(&v) {
        Value::Str(s) => {
            let mut chars = s.as_str().chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(Value::Int(i64::from(u32::from(c)))),
                _ => Err(PyErr::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                ))),
            }
        }
        inner @ (Value::Bytes(_) | Value::ByteArray(_)) => match inner.bytes_like().as_deref() {
            Some([one]) => Ok(Value::Int(i64::from(*one))),
            other => Err(PyErr::type_error(format!(
                "ord() expected a character, but string of length {} found",
                other.map_or(0, <[u8]>::len)
            ))),
        },
        _ => Err(PyErr::type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(&v)
        ))),
    }
}

/// `hex`/`oct`/`bin`: a sign, a prefix and the magnitude's digits.
fn int_in_radix(vm: &mut Vm, args: Args, name: &str, prefix: &str, radix: u32) -> PyResult<Value> {
    let v = one_arg(&args, name)?;
    let b = index_bigint(vm, &v)?;
    let sign = if b.is_negative() { "-" } else { "" };
    Ok(Value::str(format!(
        "{sign}{prefix}{}",
        b.abs().to_str_radix(radix)
    )))
}

fn builtin_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_in_radix(vm, args, "hex", "0x", 16)
}

fn builtin_oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_in_radix(vm, args, "oct", "0o", 8)
}

fn builtin_bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_in_radix(vm, args, "bin", "0b", 2)
}

// ---------------------------------------------------------------------------------------
// Introspection.

/// `exit(code=None)` and `quit(code=None)`, the names CPython's `site` adds for
/// scripts: `SystemExit(code)`, which ends the run with that status.
fn builtin_exit(_vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let code = args.take(0, "code");
    args.no_kwargs("exit")?;
    args.check("exit", 0, 1)?;
    Err(PyErr::New(
        ExcKind::SystemExit,
        vec![code.unwrap_or(Value::None)],
    ))
}

/// `callable(obj)`.
fn builtin_callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(&args, "callable")?;
    Ok(Value::Bool(is_callable(vm, &v)))
}

/// Whether calling `v` can succeed as far as its type goes.
pub fn is_callable(_vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Native(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(inst) => inst.class.lookup("__call__").is_some_and(|f| !f.is_none()),
        Value::Descriptor(d) => matches!(***d, Descriptor::StaticMethod(_)),
        _ => false,
    }
}

/// `getattr(obj, name[, default])`.
fn builtin_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("getattr")?;
    args.check("getattr", 2, 3)?;
    let obj = arg(&args, 0);
    let name = attr_name(vm, &arg(&args, 1))?;
    match args.opt(2) {
        None => vm.getattr(&obj, &name),
        Some(default) => match vm.getattr_opt(&obj, &name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Ok(default),
            Err(e) if vm.is_exc_kind(&e, ExcKind::AttributeError) => Ok(default),
            Err(e) => Err(e),
        },
    }
}

/// `hasattr(obj, name)`: only an AttributeError means "no".
fn builtin_hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("hasattr")?;
    expect_args(&args, "hasattr", 2)?;
    let obj = arg(&args, 0);
    let name = attr_name(vm, &arg(&args, 1))?;
    match vm.getattr_opt(&obj, &name) {
        Ok(found) => Ok(Value::Bool(found.is_some())),
        Err(e) if vm.is_exc_kind(&e, ExcKind::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn builtin_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("setattr")?;
    expect_args(&args, "setattr", 3)?;
    let name = attr_name(vm, &arg(&args, 1))?;
    vm.setattr(&arg(&args, 0), &name, arg(&args, 2))?;
    Ok(Value::None)
}

fn builtin_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("delattr")?;
    expect_args(&args, "delattr", 2)?;
    let name = attr_name(vm, &arg(&args, 1))?;
    vm.delattr(&arg(&args, 0), &name)?;
    Ok(Value::None)
}

fn builtin_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(&args, "hash")?;
    Ok(Value::Int(vm.hash(&v)?))
}

/// `id(obj)`: the object's address for heap objects; values stored inline get a number
/// derived from their contents, so `a is b` implies `id(a) == id(b)`.
fn builtin_id(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(&args, "id")?;
    Ok(Value::Int(identity(&v)))
}

fn addr<T: ?Sized>(rc: &Rc<T>) -> usize {
    Rc::as_ptr(rc) as *const u8 as usize
}

/// A non-negative identity number for `v` (see [`builtin_id`]).
pub fn identity(v: &Value) -> i64 {
    let raw: u64 = match v {
        Value::None => 0x1000,
        Value::Ellipsis => 0x2000,
        Value::NotImplemented => 0x3000,
        Value::Bool(b) => 0x4000 + u64::from(*b) * 0x10,
        // Odd numbers never collide with (aligned) heap addresses.
        Value::Int(i) => as_unsigned(*i).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1,
        Value::Float(f) => f.to_bits().wrapping_mul(0xC2B2_AE3D_27D4_EB4F) | 1,
        Value::BigInt(r) => addr(r) as u64,
        Value::ByteArray(r) => addr(r) as u64,
        Value::Str(r) => addr(r) as u64,
        Value::Bytes(r) => addr(r) as u64,
        Value::List(r) => addr(r) as u64,
        Value::Tuple(r) => addr(r) as u64,
        Value::Dict(r) | Value::Set(r) | Value::FrozenSet(r) => addr(r) as u64,
        Value::DictView(r) => addr(r) as u64,
        Value::Range(r) => addr(r) as u64,
        Value::Slice(r) => addr(r) as u64,
        Value::Function(r) => addr(r) as u64,
        Value::Native(r) => addr(r) as u64,
        Value::Host(r) => addr(r) as u64,
        Value::BoundMethod(r) => addr(r) as u64,
        Value::Class(r) => addr(r) as u64,
        Value::Instance(r) => addr(r) as u64,
        Value::Iter(r) => addr(r) as u64,
        Value::Generator(r) => addr(r) as u64,
        Value::Module(r) => addr(r) as u64,
        Value::Descriptor(r) => addr(r) as u64,
    };
    // The low 63 bits: a non-negative i64.
    as_signed(raw & (u64::MAX >> 1))
}

/// `isinstance(obj, classinfo)`.
fn builtin_isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("isinstance")?;
    expect_args(&args, "isinstance", 2)?;
    let cls = vm.type_of(&arg(&args, 0));
    let r = class_matches(
        vm,
        &cls,
        &arg(&args, 1),
        "isinstance() arg 2 must be a type, a tuple of types, or a union",
    )?;
    Ok(Value::Bool(r))
}

/// `issubclass(cls, classinfo)`.
fn builtin_issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("issubclass")?;
    expect_args(&args, "issubclass", 2)?;
    let cls = match arg(&args, 0) {
        Value::Class(c) => c,
        _ => return Err(PyErr::type_error("issubclass() arg 1 must be a class")),
    };
    let r = class_matches(
        vm,
        &cls,
        &arg(&args, 1),
        "issubclass() arg 2 must be a class, a tuple of classes, or a union",
    )?;
    Ok(Value::Bool(r))
}

/// Whether `cls` is a subclass of `info` (a class or a nested tuple of classes). Like
/// CPython, a tuple is scanned left to right and a bad entry after a match is not seen.
fn class_matches(
    vm: &mut Vm,
    cls: &Rc<crate::value::Class>,
    info: &Value,
    err: &str,
) -> PyResult<bool> {
    match info {
        Value::Class(c) => Ok(cls.is_subclass(c)),
        // `int | str` (a `types.UnionType`): its members, as a tuple would list them.
        Value::Instance(union)
            if &*union.class.module == "types" && &*union.class.qualname == "UnionType" =>
        {
            let members = vm.getattr(info, "__args__")?;
            class_matches(vm, cls, &members, err)
        }
        Value::Tuple(t) => {
            vm.enter_native()?;
            let mut result = Ok(false);
            for item in &t.items {
                match class_matches(vm, cls, item, err) {
                    Ok(false) => {}
                    other => {
                        result = other;
                        break;
                    }
                }
            }
            vm.leave_native();
            result
        }
        _ => Err(PyErr::type_error(err)),
    }
}

// ---------------------------------------------------------------------------------------
// Iteration.

/// `iter(obj)` or `iter(callable, sentinel)`.
fn builtin_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("iter")?;
    args.check("iter", 1, 2)?;
    let obj = arg(&args, 0);
    match args.opt(1) {
        None => vm.get_iter(&obj),
        Some(sentinel) => {
            if !is_callable(vm, &obj) {
                return Err(PyErr::type_error("iter(v, w): v must be callable"));
            }
            Ok(Value::iter(IterKind::Callable {
                func: obj,
                sentinel,
            }))
        }
    }
}

/// `next(iterator[, default])`. A generator's return value travels in the StopIteration.
fn builtin_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("next")?;
    args.check("next", 1, 2)?;
    let it = arg(&args, 0);
    let default = args.opt(1);
    let item = match &it {
        Value::Generator(g) => match vm.resume(g, Value::None, None)? {
            SendResult::Yielded(v) => Some(v),
            SendResult::Returned(v) => match default {
                Some(d) => return Ok(d),
                None if v.is_none() => return Err(PyErr::stop_iteration()),
                None => return Err(PyErr::New(ExcKind::StopIteration, vec![v])),
            },
        },
        _ => vm.next(&it)?,
    };
    match (item, default) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(PyErr::stop_iteration()),
    }
}

/// Shared loop of `any`/`all`: stops at the first item whose truth equals `stop_on`.
fn any_all(vm: &mut Vm, args: Args, name: &str, stop_on: bool) -> PyResult<Value> {
    let v = one_arg(&args, name)?;
    let it = vm.get_iter(&v)?;
    while let Some(item) = vm.next(&it)? {
        vm.charge_fuel(1)?;
        if vm.truthy(&item)? == stop_on {
            return Ok(Value::Bool(stop_on));
        }
    }
    Ok(Value::Bool(!stop_on))
}

fn builtin_any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    any_all(vm, args, "any", true)
}

fn builtin_all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    any_all(vm, args, "all", false)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::vm::dictops::str_get;

    /// Calls builtin `name` with positional arguments.
    pub fn call(vm: &mut Vm, name: &str, pos: Vec<Value>) -> PyResult<Value> {
        call_kw(vm, name, pos, vec![])
    }

    /// Calls builtin `name` with positional and keyword arguments.
    pub fn call_kw(
        vm: &mut Vm,
        name: &str,
        pos: Vec<Value>,
        kw: Vec<(&str, Value)>,
    ) -> PyResult<Value> {
        let f = str_get(&vm.builtins, name)
            .ok_or_else(|| PyErr::type_error(format!("no builtin {name}")))?;
        let kw = kw.into_iter().map(|(k, v)| (Rc::from(k), v)).collect();
        vm.call(
            &f,
            Args {
                pos: pos.into(),
                kw,
            },
        )
    }

    /// The repr of a result, or `ExcType: message` for an error.
    pub fn show(vm: &mut Vm, r: PyResult<Value>) -> String {
        match r {
            Ok(v) => vm.repr(&v).unwrap_or_else(|_| "<repr failed>".into()),
            Err(e) => {
                let inst = vm.materialize(e);
                vm.exception_summary(&inst)
            }
        }
    }

    /// Shorthand: call and show.
    pub fn run(vm: &mut Vm, name: &str, pos: Vec<Value>) -> String {
        let r = call(vm, name, pos);
        show(vm, r)
    }

    #[test]
    fn print_joins_with_sep_and_end() {
        let mut vm = Vm::new();
        call_kw(
            &mut vm,
            "print",
            vec![Value::Int(1), Value::str("a")],
            vec![("sep", Value::str("-"))],
        )
        .ok();
        call_kw(
            &mut vm,
            "print",
            vec![Value::Int(2)],
            vec![("end", Value::str("!"))],
        )
        .ok();
        call(&mut vm, "print", vec![]).ok();
        assert_eq!(vm.stdout, "1-a\n2!\n");
        let r = call_kw(&mut vm, "print", vec![], vec![("sep", Value::Int(1))]);
        assert_eq!(
            show(&mut vm, r),
            "TypeError: sep must be None or a string, not int"
        );
    }

    #[test]
    fn text_functions() {
        let mut vm = Vm::new();
        assert_eq!(run(&mut vm, "len", vec![Value::str("héllo")]), "5");
        assert_eq!(
            run(&mut vm, "len", vec![Value::Int(1)]),
            "TypeError: object of type 'int' has no len()"
        );
        assert_eq!(run(&mut vm, "chr", vec![Value::Int(233)]), "'é'");
        assert_eq!(
            run(&mut vm, "chr", vec![Value::Int(-1)]),
            "ValueError: chr() arg not in range(0x110000)"
        );
        assert_eq!(run(&mut vm, "ord", vec![Value::str("é")]), "233");
        assert_eq!(
            run(&mut vm, "ord", vec![Value::str("ab")]),
            "TypeError: ord() expected a character, but string of length 2 found"
        );
        assert_eq!(run(&mut vm, "hex", vec![Value::Int(-255)]), "'-0xff'");
        assert_eq!(run(&mut vm, "bin", vec![Value::Int(5)]), "'0b101'");
        assert_eq!(run(&mut vm, "oct", vec![Value::Int(8)]), "'0o10'");
        let big = Value::from_bigint(BigInt::from(1) << 70);
        assert_eq!(run(&mut vm, "hex", vec![big]), "'0x400000000000000000'");
        assert_eq!(
            run(&mut vm, "hex", vec![Value::Float(1.5)]),
            "TypeError: 'float' object cannot be interpreted as an integer"
        );
        assert_eq!(run(&mut vm, "repr", vec![Value::str("a")]), "\"'a'\"");
        assert_eq!(
            run(&mut vm, "format", vec![Value::Int(5), Value::str("03")]),
            "'005'"
        );
    }

    #[test]
    fn introspection() {
        let mut vm = Vm::new();
        let int = Value::Class(vm.types.int.clone());
        let str_ = Value::Class(vm.types.str_.clone());
        let tup = Value::tuple(vec![str_.clone(), int.clone()]);
        assert_eq!(
            run(&mut vm, "isinstance", vec![Value::Bool(true), int.clone()]),
            "True"
        );
        assert_eq!(run(&mut vm, "isinstance", vec![Value::Int(1), tup]), "True");
        assert_eq!(
            run(&mut vm, "isinstance", vec![Value::Int(1), str_.clone()]),
            "False"
        );
        assert_eq!(
            run(&mut vm, "isinstance", vec![Value::Int(1), Value::Int(1)]),
            "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"
        );
        let b = Value::Class(vm.types.bool_.clone());
        assert_eq!(run(&mut vm, "issubclass", vec![b, int]), "True");
        assert_eq!(run(&mut vm, "callable", vec![str_]), "True");
        assert_eq!(run(&mut vm, "callable", vec![Value::Int(1)]), "False");
        assert_eq!(
            run(&mut vm, "getattr", vec![Value::Int(1), Value::Int(2)]),
            "TypeError: attribute name must be string, not 'int'"
        );
        assert_eq!(
            run(
                &mut vm,
                "getattr",
                vec![Value::Int(1), Value::str("zz"), Value::Int(3)]
            ),
            "3"
        );
        assert_eq!(
            run(&mut vm, "hasattr", vec![Value::Int(1), Value::str("zz")]),
            "False"
        );
        assert_eq!(run(&mut vm, "hash", vec![Value::Int(7)]), "7");
        let l = Value::list(vec![]);
        let a = run(&mut vm, "id", vec![l.clone()]);
        assert_eq!(a, run(&mut vm, "id", vec![l]));
    }

    #[test]
    fn iteration() {
        let mut vm = Vm::new();
        let l = Value::list(vec![Value::Int(0), Value::Int(3)]);
        assert_eq!(run(&mut vm, "any", vec![l.clone()]), "True");
        assert_eq!(run(&mut vm, "all", vec![l.clone()]), "False");
        assert_eq!(
            run(&mut vm, "next", vec![l.clone()]),
            "TypeError: 'list' object is not an iterator"
        );
        let it = call(&mut vm, "iter", vec![l]).unwrap_or(Value::None);
        assert_eq!(run(&mut vm, "next", vec![it.clone()]), "0");
        assert_eq!(run(&mut vm, "next", vec![it.clone()]), "3");
        assert_eq!(run(&mut vm, "next", vec![it.clone(), Value::Int(9)]), "9");
        assert_eq!(run(&mut vm, "next", vec![it]), "StopIteration");
        assert_eq!(
            run(&mut vm, "iter", vec![Value::Int(1), Value::Int(2)]),
            "TypeError: iter(v, w): v must be callable"
        );
    }

    #[test]
    fn forbidden_builtins_are_absent() {
        let vm = Vm::new();
        for name in [
            "globals",
            "locals",
            "eval",
            "exec",
            "compile",
            "open",
            "input",
            "__import__",
            "breakpoint",
        ] {
            assert!(
                str_get(&vm.builtins, name).is_none(),
                "{name} must not exist"
            );
        }
    }
}
