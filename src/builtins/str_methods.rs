//! The methods of `str`: the ones shared with `bytes` (see `text_methods`), plus the
//! str-only ones: `encode`, `casefold`, `isdecimal`/`isnumeric`/`isidentifier`/
//! `isprintable`, `maketrans`/`translate`, and `format`/`format_map` (in `str_format`).

use std::rc::Rc;

use super::text::{method_args, slot, Kind, Sig, StrKind};
use super::text_methods::{predicate, register_common, IS_DECIMAL, IS_NUMERIC};
use super::text_unit::{push_casefold, units};
use super::{add_method, codec, str_format};
use crate::value::{Descriptor, NativeFunction, Value};
use crate::vm::{Args, ExcKind, PyErr, PyResult, Vm};

/// Registers the methods of `str`.
pub fn register(vm: &mut Vm) {
    let class = vm.types.str_.clone();
    register_common::<StrKind>(&class);
    add_method(&class, "isdecimal", |vm, args| {
        predicate::<StrKind>(vm, args, IS_DECIMAL)
    });
    add_method(&class, "isnumeric", |vm, args| {
        predicate::<StrKind>(vm, args, IS_NUMERIC)
    });
    add_method(&class, "isidentifier", isidentifier);
    add_method(&class, "isprintable", isprintable);
    add_method(&class, "casefold", casefold);
    add_method(&class, "encode", encode);
    add_method(&class, "translate", translate);
    add_method(&class, "format", str_format::format);
    add_method(&class, "format_map", str_format::format_map);
    let maketrans = Value::Native(Rc::new(NativeFunction {
        name: "maketrans",
        shortcut: crate::value::function::Shortcut::None,
        func: maketrans,
        owner: Some("str"),
        module: None,
    }));
    class.namespace_mut().insert(
        "maketrans".into(),
        Value::descriptor(Descriptor::StaticMethod(maketrans)),
    );
}

/// `str.isidentifier()`: a letter or underscore, then letters, digits and underscores, in
/// the Unicode `XID` sense.
fn isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (text, _) = method_args::<StrKind>(vm, args, "isidentifier", Sig::NoArgs)?;
    let mut chars = units::<char>(text.bytes()).map(|(_, c)| c);
    let ok = match chars.next() {
        Some(first) => {
            (first == '_' || unicode_ident::is_xid_start(first))
                && chars.all(unicode_ident::is_xid_continue)
        }
        None => false,
    };
    Ok(Value::Bool(ok))
}

/// `str.isprintable()`: true for the empty string.
fn isprintable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (text, _) = method_args::<StrKind>(vm, args, "isprintable", Sig::NoArgs)?;
    let ok = units::<char>(text.bytes()).all(|(_, c)| crate::vm::repr::is_printable(c));
    Ok(Value::Bool(ok))
}

/// `str.casefold()`.
fn casefold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (text, _) = method_args::<StrKind>(vm, args, "casefold", Sig::NoArgs)?;
    let mut out = Vec::with_capacity(text.bytes().len());
    for (_, c) in units::<char>(text.bytes()) {
        push_casefold(c, &mut out);
    }
    super::text::new_text::<StrKind>(vm, out)
}

/// A `str` argument of `encode`/`decode` (`encoding`, `errors`), or its default.
pub(crate) fn codec_arg(
    vm: &Vm,
    slots: &[Option<Value>],
    i: usize,
    method: &str,
    name: &str,
    default: &str,
) -> PyResult<String> {
    match slots.get(i).and_then(Option::as_ref) {
        None => Ok(default.to_string()),
        Some(v) => match StrKind::unwrap(v) {
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            _ => Err(PyErr::type_error(format!(
                "{method}() argument '{name}' must be str, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

/// `str.encode(encoding='utf-8', errors='strict')`.
fn encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (text, slots) =
        method_args::<StrKind>(vm, args, "encode", Sig::Keywords(&["encoding", "errors"]))?;
    let encoding = codec_arg(vm, &slots, 0, "encode", "encoding", "utf-8")?;
    let errors = codec_arg(vm, &slots, 1, "encode", "errors", "strict")?;
    let text = std::str::from_utf8(text.bytes()).unwrap_or_default();
    let out = codec::encode(vm, text, &encoding, &errors)?;
    Ok(Value::bytes(out))
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strings or None.
fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("maketrans")?;
    let n = args.len();
    if n == 0 {
        return Err(PyErr::type_error(
            "maketrans expected at least 1 argument, got 0",
        ));
    }
    if n > 3 {
        return Err(PyErr::type_error(format!(
            "maketrans expected at most 3 arguments, got {n}"
        )));
    }
    let table = Value::Dict(Rc::new(crate::value::Dict::new()));
    let first = args.get(0).cloned().unwrap_or(Value::None);
    if n == 1 {
        let Value::Dict(d) = &first else {
            return Err(PyErr::type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        let entries: Vec<(Value, Value)> = d
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (key, value) in entries {
            let code = match &key {
                Value::Int(_) | Value::Bool(_) => key.clone(),
                Value::Str(s) => match single_char(s.as_str()) {
                    Some(c) => Value::Int(i64::from(u32::from(c))),
                    None => {
                        return Err(PyErr::value_error(
                            "string keys in translate table must be of length 1",
                        ))
                    }
                },
                _ => {
                    return Err(PyErr::type_error(
                        "keys in translate table must be strings or integers",
                    ))
                }
            };
            vm.setitem(&table, code, value)?;
        }
        return Ok(table);
    }
    let text = |i: usize| -> PyResult<String> {
        match args.get(i) {
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(_) if i == 0 => Err(PyErr::type_error(
                "first maketrans argument must be a string if there is a second argument",
            )),
            Some(v) => Err(PyErr::type_error(format!(
                "maketrans() argument {} must be str, not {}",
                i + 1,
                vm.type_name(v)
            ))),
            None => Ok(String::new()),
        }
    };
    let (from, to, delete) = (text(0)?, text(1)?, text(2)?);
    if from.chars().count() != to.chars().count() {
        return Err(PyErr::value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (a, b) in from.chars().zip(to.chars()) {
        vm.setitem(
            &table,
            Value::Int(i64::from(u32::from(a))),
            Value::Int(i64::from(u32::from(b))),
        )?;
    }
    for c in delete.chars() {
        vm.setitem(&table, Value::Int(i64::from(u32::from(c))), Value::None)?;
    }
    Ok(table)
}

/// The only character of `s`, if it has exactly one.
fn single_char(s: &str) -> Option<char> {
    let mut chars = s.chars();
    let c = chars.next()?;
    chars.next().is_none().then_some(c)
}

/// `str.translate(table)`: each character is looked up in `table` by code point; a missing
/// entry keeps it, None deletes it, an int or str replaces it.
fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (text, slots) = method_args::<StrKind>(vm, args, "translate", Sig::One)?;
    let table = slot(&slots, 0).cloned().unwrap_or(Value::None);
    let mut out = String::with_capacity(text.bytes().len());
    for (_, c) in units::<char>(text.bytes()) {
        let mapped = match vm.getitem(&table, &Value::Int(i64::from(u32::from(c)))) {
            Ok(v) => v,
            Err(e) if vm.is_exc_kind(&e, ExcKind::LookupError) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match &mapped {
            Value::None => {}
            Value::Str(s) => out.push_str(s.as_str()),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                let code = vm.to_index(&mapped)?;
                let c = u32::try_from(code)
                    .ok()
                    .filter(|&code| code < 0x110000)
                    .ok_or_else(|| {
                        PyErr::value_error("character mapping must be in range(0x110000)")
                    })?;
                out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
            }
            _ => {
                return Err(PyErr::type_error(
                    "character mapping must return integer, None or str",
                ))
            }
        }
        super::text::reserve(vm, 1, out.len())?;
    }
    Ok(Value::str(out))
}

#[cfg(test)]
mod tests {
    use crate::value::Value;
    use crate::vm::{Args, Vm};

    /// Calls `s.method(*args)` and returns the repr of the result or `Type: message`.
    fn call(vm: &mut Vm, s: &str, method: &str, args: Vec<Value>) -> String {
        let result = vm
            .getattr(&Value::str(s), method)
            .and_then(|f| vm.call(&f, Args::new(args)));
        match result {
            Ok(v) => vm.repr(&v).unwrap_or_default(),
            Err(e) => match e {
                crate::vm::PyErr::New(kind, args) => {
                    let msg = args
                        .first()
                        .and_then(|a| a.as_str().map(str::to_string))
                        .unwrap_or_default();
                    format!("{}: {msg}", kind.name())
                }
                other => format!("{other:?}"),
            },
        }
    }

    fn s(text: &str) -> Value {
        Value::str(text)
    }

    #[test]
    fn shared_methods_match_cpython() {
        let mut vm = Vm::new();
        let cases: Vec<(&str, &str, Vec<Value>, &str)> = vec![
            ("a,b,,c,", "split", vec![s(",")], "['a', 'b', '', 'c', '']"),
            ("a,b,,c,", "rsplit", vec![s(","), Value::Int(2)], "['a,b,', 'c', '']"),
            ("  a b  ", "split", vec![], "['a', 'b']"),
            ("abc", "split", vec![s("")], "ValueError: empty separator"),
            ("abc", "split", vec![Value::Int(1)], "TypeError: must be str or None, not int"),
            ("the cat sat", "find", vec![s("at"), Value::Int(6)], "9"),
            ("naïve café", "find", vec![s("café")], "6"),
            ("naïve café", "rindex", vec![s("ï")], "2"),
            ("abc", "index", vec![s("z")], "ValueError: substring not found"),
            ("aaaa", "count", vec![s("aa")], "2"),
            ("abc", "count", vec![s("")], "4"),
            ("abc", "replace", vec![s(""), s("-"), Value::Int(2)], "'-a-bc'"),
            ("xxhixyx", "strip", vec![s("xy")], "'hi'"),
            ("hi", "center", vec![Value::Int(6), s("*")], "'**hi**'"),
            ("odd", "center", vec![Value::Int(6), s("-")], "'-odd--'"),
            ("x", "center", vec![Value::Int(5), s("ab")], "TypeError: The fill character must be exactly one character long"),
            ("-42", "zfill", vec![Value::Int(5)], "'-0042'"),
            ("key=v=m", "rpartition", vec![s("=")], "('key=v', '=', 'm')"),
            ("a\r\nb\rc\n", "splitlines", vec![Value::Bool(true)], "['a\\r\\n', 'b\\r', 'c\\n']"),
            ("12\t\n1234\t1", "expandtabs", vec![Value::Int(3)], "'12 \\n1234  1'"),
            ("they're bill's", "title", vec![], "\"They'Re Bill'S\""),
            ("ΣΑΣ", "lower", vec![], "'σας'"),
            ("Straße", "casefold", vec![], "'strasse'"),
            ("Hello World", "istitle", vec![], "True"),
            ("abc", "startswith", vec![Value::tuple(vec![s("x"), s("ab")])], "True"),
            ("abc", "startswith", vec![s(""), Value::Int(4)], "False"),
            ("é", "encode", vec![s("ascii")], "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"),
            ("abc", "upper", vec![Value::Int(1)], "TypeError: str.upper() takes no arguments (1 given)"),
            ("abc", "translate", vec![Value::Int(1)], "TypeError: 'int' object is not subscriptable"),
        ];
        for (text, method, args, expected) in cases {
            assert_eq!(
                call(&mut vm, text, method, args),
                expected,
                "{text:?}.{method}"
            );
        }
    }

    #[test]
    fn join_checks_items() {
        let mut vm = Vm::new();
        let items = Value::list(vec![s("a"), Value::Int(1)]);
        assert_eq!(
            call(&mut vm, ",", "join", vec![items]),
            "TypeError: sequence item 1: expected str instance, int found"
        );
        assert_eq!(call(&mut vm, "-", "join", vec![s("abc")]), "'a-b-c'");
    }
}
