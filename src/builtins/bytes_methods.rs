//! The methods of `bytes`: the ones shared with `str` (see `text_methods`), plus the
//! bytes-only ones: `decode`, `hex`, the `fromhex` classmethod, and `maketrans`/`translate`.

use std::rc::Rc;

use super::str_methods::codec_arg;
use super::text::{
    bytes_like_required, method_args, raw, slot, text_arg, BytesKind, Kind, Role, Sig,
};
use super::text_methods::register_common;
use super::{add_method, codec};
use crate::value::{Descriptor, NativeFunction, Value};
use crate::vm::{Args, PyErr, PyResult, Vm};

/// Registers the methods of `bytes`.
pub fn register(vm: &mut Vm) {
    let class = vm.types.bytes.clone();
    register_common::<BytesKind>(&class);
    add_method(&class, "decode", decode);
    add_method(&class, "hex", hex);
    add_method(&class, "translate", translate);
    let native = |name: &'static str, func| {
        Value::Native(Rc::new(NativeFunction {
            name,
            shortcut: crate::value::function::Shortcut::None,
            func,
            owner: Some("bytes"),
            module: None,
        }))
    };
    let fromhex = Descriptor::ClassMethod(native("fromhex", fromhex));
    let maketrans = Descriptor::StaticMethod(native("maketrans", maketrans));
    let mut dict = class.namespace_mut();
    dict.insert("fromhex".into(), Value::descriptor(fromhex));
    dict.insert("maketrans".into(), Value::descriptor(maketrans));
}

/// `bytes.decode(encoding='utf-8', errors='strict')`.
fn decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (data, slots) =
        method_args::<BytesKind>(vm, args, "decode", Sig::Keywords(&["encoding", "errors"]))?;
    let encoding = codec_arg(vm, &slots, 0, "decode", "encoding", "utf-8")?;
    let errors = codec_arg(vm, &slots, 1, "decode", "errors", "strict")?;
    let text = codec::decode(vm, data.bytes(), &encoding, &errors)?;
    Ok(Value::str(text))
}

/// `bytes.hex(sep=None, bytes_per_sep=1)`: lowercase hex digits, optionally with a
/// one-character separator every `bytes_per_sep` bytes counted from the right (from the
/// left when negative).
fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (data, slots) =
        method_args::<BytesKind>(vm, args, "hex", Sig::Keywords(&["sep", "bytes_per_sep"]))?;
    let sep = match slots.first().and_then(Option::as_ref) {
        None => None,
        Some(v) => {
            let sep_bytes = match v {
                Value::Str(s) => s.as_str().as_bytes().to_vec(),
                other => match BytesKind::unwrap(other) {
                    Some(b) => raw(&b).to_vec(),
                    None => {
                        return Err(PyErr::type_error(format!(
                            "object of type '{}' has no len()",
                            vm.type_name(v)
                        )))
                    }
                },
            };
            let is_str = matches!(v, Value::Str(_));
            let units = if is_str {
                v.as_str().map_or(0, |s| s.chars().count())
            } else {
                sep_bytes.len()
            };
            if units != 1 {
                return Err(PyErr::value_error("sep must be length 1."));
            }
            match sep_bytes.first() {
                Some(&b) if b.is_ascii() => Some(char::from(b)),
                _ => return Err(PyErr::value_error("sep must be ASCII.")),
            }
        }
    };
    let per = super::text::int_arg(vm, &slots, 1, 1)?;
    let bytes = data.bytes();
    let group = usize::try_from(per.unsigned_abs()).unwrap_or(usize::MAX);
    super::text::reserve(vm, 3, bytes.len())?;
    let mut out = String::with_capacity(bytes.len() * 3);
    for (i, b) in bytes.iter().enumerate() {
        if let Some(sep) = sep.filter(|_| i > 0 && group > 0) {
            // Position of this byte counted from the end the groups start at.
            let boundary = if per < 0 {
                i % group == 0
            } else {
                (bytes.len() - i) % group == 0
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push_str(&format!("{b:02x}"));
    }
    Ok(Value::str(out))
}

/// `bytes.fromhex(string)`: pairs of hex digits, with ASCII whitespace allowed between pairs.
fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("fromhex")?;
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "fromhex() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let cls = args.get(0).cloned().unwrap_or(Value::None);
    let arg = args.get(1).cloned().unwrap_or(Value::None);
    let Value::Str(s) = &arg else {
        return Err(PyErr::type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&arg)
        )));
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let error = |at: usize| {
        PyErr::value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {at}"
        ))
    };
    while let Some(&c) = chars.get(i) {
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
            i += 1;
            continue;
        }
        let high = c.to_digit(16).ok_or_else(|| error(i))?;
        let low = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| error(i + 1))?;
        // Two hex digits: at most 0xff.
        out.push(u8::try_from(high * 16 + low).map_err(|_| error(i))?);
        i += 2;
    }
    let result = Value::bytes(out);
    match &cls {
        Value::Class(c) if !c.builtin => vm.call(&cls, Args::new(vec![result])),
        _ => Ok(result),
    }
}

/// `bytes.maketrans(from, to)`: a 256-byte table mapping each byte of `from` to the byte of
/// `to` at the same position.
fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("maketrans")?;
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "maketrans expected 2 arguments, got {}",
            args.len()
        )));
    }
    let side = |i: usize| -> PyResult<Value> {
        let v = args.get(i).cloned().unwrap_or(Value::None);
        BytesKind::unwrap(&v).ok_or_else(|| bytes_like_required(&vm.type_name(&v)))
    };
    let (from, to) = (side(0)?, side(1)?);
    if raw(&from).len() != raw(&to).len() {
        return Err(PyErr::value_error(
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&a, &b) in raw(&from).iter().zip(raw(&to)) {
        if let Some(slot) = table.get_mut(usize::from(a)) {
            *slot = b;
        }
    }
    Ok(Value::bytes(table))
}

/// `bytes.translate(table, /, delete=b'')`: `table` is None or 256 bytes.
fn translate(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let delete = args.take_kw("delete");
    let (data, mut slots) = method_args::<BytesKind>(vm, args, "translate", Sig::Clinic(1, 2))?;
    if let Some(delete) = delete {
        slots.resize(1, None);
        slots.push(Some(delete));
    }
    let table = match slot(&slots, 0) {
        None => None,
        Some(v) => {
            let t = BytesKind::unwrap(v).ok_or_else(|| bytes_like_required(&vm.type_name(v)))?;
            if raw(&t).len() != 256 {
                return Err(PyErr::value_error(
                    "translation table must be 256 characters long",
                ));
            }
            Some(t)
        }
    };
    let delete = text_arg::<BytesKind>(vm, &slots, 1, Role::Sub)?.map(|t| t.value);
    let deleted = delete.as_ref().map_or(&[][..], raw);
    let out: Vec<u8> = data
        .bytes()
        .iter()
        .filter(|b| !deleted.contains(b))
        .map(|&b| {
            table
                .as_ref()
                .and_then(|t| raw(t).get(usize::from(b)).copied())
                .unwrap_or(b)
        })
        .collect();
    super::text::new_text::<BytesKind>(vm, out)
}

#[cfg(test)]
mod tests {
    use crate::value::Value;
    use crate::vm::{Args, PyErr, Vm};

    fn call(vm: &mut Vm, receiver: Value, method: &str, args: Vec<Value>) -> String {
        let result = vm
            .getattr(&receiver, method)
            .and_then(|f| vm.call(&f, Args::new(args)));
        match result {
            Ok(v) => vm.repr(&v).unwrap_or_default(),
            Err(PyErr::New(kind, args)) => {
                let msg = args
                    .first()
                    .and_then(|a| a.as_str().map(str::to_string))
                    .unwrap_or_default();
                format!("{}: {msg}", kind.name())
            }
            Err(other) => format!("{other:?}"),
        }
    }

    fn b(data: &[u8]) -> Value {
        Value::bytes(data.to_vec())
    }

    #[test]
    fn bytes_methods_match_cpython() {
        let mut vm = Vm::new();
        let cases: Vec<(Value, &str, Vec<Value>, &str)> = vec![
            (b(b"  Hi  "), "strip", vec![], "b'Hi'"),
            (b(b"a,b,c"), "rsplit", vec![b(b","), Value::Int(1)], "[b'a,b', b'c']"),
            (b(b"hello"), "find", vec![Value::Int(111)], "4"),
            (b(b"hello"), "find", vec![Value::str("l")], "TypeError: argument should be integer or bytes-like object, not 'str'"),
            (b(b"hello"), "index", vec![b(b"z")], "ValueError: subsection not found"),
            (b(b"ab cd1x"), "title", vec![], "b'Ab Cd1X'"),
            (b(b"ab"), "center", vec![Value::Int(6), b(b"*")], "b'**ab**'"),
            (b(b"ab"), "center", vec![Value::Int(6), Value::str("*")], "TypeError: center() argument 2 must be a byte string of length 1, not str"),
            (b(b"\xde\xad\xbe\xef"), "hex", vec![Value::str(":")], "'de:ad:be:ef'"),
            (b(b"abcde"), "hex", vec![Value::str(":"), Value::Int(2)], "'61:6263:6465'"),
            (b(b"abcdef"), "hex", vec![Value::str(":"), Value::Int(-4)], "'61626364:6566'"),
            (b(b"h\xc3\xa9"), "decode", vec![], "'hé'"),
            (b(b"\xff\xfe"), "decode", vec![], "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
            (b(b"abc"), "translate", vec![Value::None, b(b"b")], "b'ac'"),
        ];
        for (receiver, method, args, expected) in cases {
            assert_eq!(call(&mut vm, receiver, method, args), expected, "{method}");
        }
    }

    #[test]
    fn fromhex_is_a_classmethod() {
        let mut vm = Vm::new();
        let bytes_class = Value::Class(vm.types.bytes.clone());
        assert_eq!(
            call(
                &mut vm,
                bytes_class.clone(),
                "fromhex",
                vec![Value::str("de ad")]
            ),
            "b'\\xde\\xad'"
        );
        assert_eq!(
            call(&mut vm, bytes_class, "fromhex", vec![Value::str("abc")]),
            "ValueError: non-hexadecimal number found in fromhex() arg at position 3"
        );
        assert_eq!(
            call(&mut vm, b(b"x"), "fromhex", vec![Value::str("41")]),
            "b'A'"
        );
    }
}
