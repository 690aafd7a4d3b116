//! `json`: `dumps` and `loads` with CPython 3.11's exact output and error messages.
//! Encoding and decoding run in Rust (they are the hot paths, and depth is bounded by
//! the VM's native-recursion guard); `JSONDecodeError`, the `dumps`/`loads` wrappers
//! and the `JSONEncoder`/`JSONDecoder` classes are embedded Python.

use std::collections::HashSet;

use num_bigint::BigInt;

use crate::format::float_repr;
use crate::value::Value;
use crate::vm::{dictops, Args, ExcKind, PyErr, PyResult, Vm};

use super::ModuleBuilder;

/// The error class, the wrappers and the encoder/decoder classes: the native scanner
/// answers `(True, value, None)` or `(False, msg, pos)`, a failure turned here into
/// `JSONDecodeError`, whose message carries the line and column.
const PYTHON: &str = include_str!(concat!(env!("OUT_DIR"), "/stdlib/json.py"));

/// Builds the `json` module.
pub fn build(vm: &mut Vm, m: &ModuleBuilder) -> PyResult<()> {
    m.function("_dumps", dumps);
    m.function("_decode", decode);
    m.run_python(vm, PYTHON)
}

// ---------------------------------------------------------------- encoding

/// The options of one `dumps` call.
struct Encoder {
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    sort_keys: bool,
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    default: Option<Value>,
    /// Identities of the containers being encoded (for circular reference detection).
    markers: HashSet<usize>,
    /// Output length at which the memory limit is checked next.
    next_check: usize,
}

fn kw_flag(vm: &mut Vm, args: &mut Args, name: &str, default: bool) -> PyResult<bool> {
    match args.take_kw(name) {
        Some(v) => vm.truthy(&v),
        None => Ok(default),
    }
}

/// `_dumps(obj, **options)`: the encoder behind `dumps` and `JSONEncoder.encode`.
fn dumps(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(PyErr::type_error(format!(
            "dumps() takes 1 positional argument but {} were given",
            args.pos.len()
        )));
    }
    let obj = args.pos.first().cloned().unwrap_or(Value::None);
    let skipkeys = kw_flag(vm, &mut args, "skipkeys", false)?;
    let ensure_ascii = kw_flag(vm, &mut args, "ensure_ascii", true)?;
    let check_circular = kw_flag(vm, &mut args, "check_circular", true)?;
    let allow_nan = kw_flag(vm, &mut args, "allow_nan", true)?;
    let sort_keys = kw_flag(vm, &mut args, "sort_keys", false)?;
    args.take_kw("cls");
    let indent = match args.take_kw("indent") {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(v) => Some(indent_text(vm, &v)?),
    };
    let (mut item_sep, mut key_sep) = if indent.is_some() {
        (",".to_string(), ": ".to_string())
    } else {
        (", ".to_string(), ": ".to_string())
    };
    match args.take_kw("separators") {
        None | Some(Value::None) => {}
        Some(v) => {
            // CPython unpacks `item_separator, key_separator = separators`, then its C
            // encoder checks the key separator (argument 5) before the item one (6).
            let parts = vm.unpack(&v, 2)?;
            let text = |vm: &Vm, v: &Value, n: usize| match v {
                Value::Str(s) => Ok(s.as_str().to_string()),
                other => Err(PyErr::type_error(format!(
                    "make_encoder() argument {n} must be str, not {}",
                    vm.type_name(other)
                ))),
            };
            if let [a, b] = parts.as_slice() {
                key_sep = text(vm, b, 5)?;
                item_sep = text(vm, a, 6)?;
            }
        }
    }
    let default = match args.take_kw("default") {
        None | Some(Value::None) => None,
        Some(f) => Some(f),
    };
    // Other keywords go to `JSONEncoder(...)` in CPython, which rejects them.
    args.finish_kwargs("JSONEncoder.__init__")?;
    let mut enc = Encoder {
        indent,
        item_sep,
        key_sep,
        sort_keys,
        skipkeys,
        ensure_ascii,
        check_circular,
        allow_nan,
        default,
        markers: HashSet::new(),
        next_check: 4096,
    };
    let mut out = String::new();
    enc.encode(vm, &obj, &mut out, 0)?;
    vm.new_str(out)
}

/// The indentation a non-str `indent` stands for: CPython computes `' ' * indent`, so
/// anything but an integer fails as that repetition does, and negatives mean none.
fn indent_text(vm: &mut Vm, indent: &Value) -> PyResult<String> {
    let n = vm.to_index(indent).map_err(|_| {
        PyErr::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(indent)
        ))
    })?;
    let n = usize::try_from(n).unwrap_or(0);
    vm.check_alloc(1, n)?;
    Ok(" ".repeat(n))
}

/// The identity of a heap value, for circular reference detection.
fn identity(v: &Value) -> Option<usize> {
    match v {
        Value::List(l) => Some(std::rc::Rc::as_ptr(l) as *const u8 as usize),
        Value::Dict(d) => Some(std::rc::Rc::as_ptr(d) as *const u8 as usize),
        Value::Tuple(t) => Some(std::rc::Rc::as_ptr(t) as *const u8 as usize),
        Value::Instance(i) => Some(std::rc::Rc::as_ptr(i) as *const u8 as usize),
        _ => None,
    }
}

/// A float as JSON text: its repr, or the JavaScript names of the non-finite values.
fn float_text(x: f64, allow_nan: bool) -> PyResult<String> {
    if x.is_finite() {
        return Ok(float_repr(x));
    }
    if !allow_nan {
        return Err(PyErr::value_error(
            "Out of range float values are not JSON compliant",
        ));
    }
    Ok(if x.is_nan() {
        "NaN"
    } else if x > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    }
    .to_string())
}

/// Appends `s` as a JSON string literal, escaping as CPython's encoder does.
fn push_escaped(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ensure_ascii && (c as u32) > 0x7e) => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The builtin value behind a subclass instance (`class D(dict)`), or the value itself.
fn unwrap_builtin(v: &Value) -> Value {
    match v {
        Value::Instance(i) => i.builtin_value().unwrap_or_else(|| v.clone()),
        _ => v.clone(),
    }
}

impl Encoder {
    fn enter(&mut self, vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
        vm.enter_native()?;
        if !self.check_circular {
            return Ok(None);
        }
        let Some(id) = identity(v) else {
            return Ok(None);
        };
        if !self.markers.insert(id) {
            vm.leave_native();
            return Err(PyErr::value_error("Circular reference detected"));
        }
        Ok(Some(id))
    }

    fn leave(&mut self, vm: &mut Vm, marker: Option<usize>) {
        if let Some(id) = marker {
            self.markers.remove(&id);
        }
        vm.leave_native();
    }

    fn newline(&self, out: &mut String, level: usize) {
        if let Some(ind) = &self.indent {
            out.push('\n');
            for _ in 0..level {
                out.push_str(ind);
            }
        }
    }

    fn grew(&mut self, vm: &mut Vm, out: &str) -> PyResult<()> {
        vm.charge_fuel(1)?;
        if out.len() >= self.next_check {
            vm.check_alloc(1, out.len())?;
            self.next_check = out.len().saturating_mul(2);
        }
        Ok(())
    }

    fn encode(&mut self, vm: &mut Vm, obj: &Value, out: &mut String, level: usize) -> PyResult<()> {
        self.grew(vm, out)?;
        let v = unwrap_builtin(obj);
        match &v {
            Value::None => out.push_str("null"),
            Value::Bool(true) => out.push_str("true"),
            Value::Bool(false) => out.push_str("false"),
            Value::Int(_) | Value::BigInt(_) => out.push_str(&vm.repr(&v)?),
            Value::Float(x) => out.push_str(&float_text(*x, self.allow_nan)?),
            Value::Str(s) => push_escaped(out, s.as_str(), self.ensure_ascii),
            Value::List(_) | Value::Tuple(_) => {
                let items = match &v {
                    Value::List(l) => l.to_vec(),
                    Value::Tuple(t) => t.items.clone(),
                    _ => Vec::new(),
                };
                if items.is_empty() {
                    out.push_str("[]");
                    return Ok(());
                }
                let marker = self.enter(vm, &v)?;
                let result = self.encode_items(vm, &items, out, level);
                self.leave(vm, marker);
                result?;
            }
            Value::Dict(d) => {
                if d.is_empty() {
                    out.push_str("{}");
                    return Ok(());
                }
                let marker = self.enter(vm, &v)?;
                let result = self.encode_dict(vm, &v, out, level);
                self.leave(vm, marker);
                result?;
            }
            _ => {
                let Some(default) = self.default.clone() else {
                    return Err(PyErr::type_error(format!(
                        "Object of type {} is not JSON serializable",
                        vm.type_name(obj)
                    )));
                };
                let marker = self.enter(vm, obj)?;
                let result = vm
                    .call(&default, Args::new(vec![obj.clone()]))
                    .and_then(|o| self.encode(vm, &o, out, level));
                self.leave(vm, marker);
                result?;
            }
        }
        Ok(())
    }

    fn encode_items(
        &mut self,
        vm: &mut Vm,
        items: &[Value],
        out: &mut String,
        level: usize,
    ) -> PyResult<()> {
        out.push('[');
        self.newline(out, level + 1);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(&self.item_sep);
                self.newline(out, level + 1);
            }
            self.encode(vm, item, out, level + 1)?;
        }
        self.newline(out, level);
        out.push(']');
        Ok(())
    }

    fn key_text(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<String>> {
        Ok(Some(match unwrap_builtin(key) {
            Value::Str(s) => s.as_str().to_string(),
            Value::Float(x) => float_text(x, self.allow_nan)?,
            Value::Bool(b) => (if b { "true" } else { "false" }).to_string(),
            Value::None => "null".to_string(),
            k @ (Value::Int(_) | Value::BigInt(_)) => vm.repr(&k)?,
            _ if self.skipkeys => return Ok(None),
            _ => {
                return Err(PyErr::type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    vm.type_name(key)
                )))
            }
        }))
    }

    fn encode_dict(
        &mut self,
        vm: &mut Vm,
        dict: &Value,
        out: &mut String,
        level: usize,
    ) -> PyResult<()> {
        let Value::Dict(d) = dict else {
            return Ok(());
        };
        let mut items: Vec<(Value, Value)> = d
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        if self.sort_keys {
            let pairs = Value::list(
                items
                    .iter()
                    .map(|(k, v)| Value::tuple(vec![k.clone(), v.clone()]))
                    .collect(),
            );
            let sorted = dictops::str_get(&vm.builtins, "sorted")
                .ok_or_else(|| PyErr::new(ExcKind::SystemError, "json: no sorted builtin"))?;
            let sorted = vm.call(&sorted, Args::new(vec![pairs]))?;
            items = vm
                .collect(&sorted)?
                .into_iter()
                .filter_map(|p| match p {
                    Value::Tuple(t) => match t.items.as_slice() {
                        [k, v] => Some((k.clone(), v.clone())),
                        _ => None,
                    },
                    _ => None,
                })
                .collect();
        }
        out.push('{');
        self.newline(out, level + 1);
        let mut first = true;
        for (k, v) in &items {
            let Some(key) = self.key_text(vm, k)? else {
                continue;
            };
            if !first {
                out.push_str(&self.item_sep);
                self.newline(out, level + 1);
            }
            first = false;
            push_escaped(out, &key, self.ensure_ascii);
            out.push_str(&self.key_sep);
            self.encode(vm, v, out, level + 1)?;
        }
        self.newline(out, level);
        out.push('}');
        Ok(())
    }
}

// ---------------------------------------------------------------- decoding

/// Why a scan stopped: a decoding error (message, char position) for
/// `JSONDecodeError`, or a Python exception (a hook raised, recursion, limits).
enum Fail {
    Decode(&'static str, usize),
    Py(PyErr),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Py(e)
    }
}

type Scan<T> = Result<T, Fail>;

/// The user's `loads` hooks (None when not given).
struct Hooks {
    object_hook: Option<Value>,
    object_pairs_hook: Option<Value>,
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
}

struct Decoder<'h> {
    s: Vec<char>,
    hooks: &'h Hooks,
    /// `strict=False` lets control characters stand unescaped inside strings.
    strict: bool,
}

fn hook(v: Option<&Value>) -> Option<Value> {
    match v {
        None | Some(Value::None) => None,
        Some(f) => Some(f.clone()),
    }
}

/// `_decode(s, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant,
/// strict, raw_start)`: `(True, value, end)`, or `(False, msg, pos)` for
/// `JSONDecodeError`. With `raw_start` (an int) this is `raw_decode`: one value exactly
/// at that index, surrounding whitespace and trailing text left alone.
fn decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let text = match args.pos.first() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => return Err(PyErr::type_error("_decode expects a str")),
    };
    vm.check_alloc(4, text.len())?;
    let hooks = Hooks {
        object_hook: hook(args.pos.get(1)),
        object_pairs_hook: hook(args.pos.get(2)),
        parse_float: hook(args.pos.get(3)),
        parse_int: hook(args.pos.get(4)),
        parse_constant: hook(args.pos.get(5)),
    };
    let strict = match args.pos.get(6) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let raw_start = match args.pos.get(7) {
        None | Some(Value::None) => None,
        Some(v) => match usize::try_from(vm.to_index(v)?) {
            Ok(start) => Some(start),
            Err(_) => return Err(PyErr::value_error("idx cannot be negative")),
        },
    };
    let mut dec = Decoder {
        s: text.chars().collect(),
        hooks: &hooks,
        strict,
    };
    let result = match raw_start {
        Some(start) => dec.value(vm, start),
        None => {
            let start = dec.skip_ws(0);
            dec.value(vm, start).and_then(|(v, end)| {
                let end = dec.skip_ws(end);
                if end != dec.s.len() {
                    Err(Fail::Decode("Extra data", end))
                } else {
                    Ok((v, end))
                }
            })
        }
    };
    match result {
        Ok((v, end)) => Ok(Value::tuple(vec![
            Value::Bool(true),
            v,
            Value::Int(i64::try_from(end).unwrap_or(i64::MAX)),
        ])),
        Err(Fail::Decode(msg, pos)) => Ok(Value::tuple(vec![
            Value::Bool(false),
            Value::str(msg),
            Value::Int(i64::try_from(pos).unwrap_or(i64::MAX)),
        ])),
        Err(Fail::Py(e)) => Err(e),
    }
}

impl Decoder<'_> {
    fn at(&self, i: usize) -> Option<char> {
        self.s.get(i).copied()
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while matches!(self.at(i), Some(' ' | '\t' | '\n' | '\r')) {
            i += 1;
        }
        i
    }

    fn starts_with(&self, i: usize, word: &str) -> bool {
        word.chars()
            .enumerate()
            .all(|(k, c)| self.at(i + k) == Some(c))
    }

    /// One JSON value starting at `i`: the value and the position after it.
    fn value(&mut self, vm: &mut Vm, i: usize) -> Scan<(Value, usize)> {
        vm.charge_fuel(1)?;
        match self.at(i) {
            Some('"') => {
                let (s, end) = self.string(i + 1)?;
                Ok((Value::str(s), end))
            }
            Some('{') => self.nested(vm, i, true),
            Some('[') => self.nested(vm, i, false),
            Some('n') if self.starts_with(i, "null") => Ok((Value::None, i + 4)),
            Some('t') if self.starts_with(i, "true") => Ok((Value::Bool(true), i + 4)),
            Some('f') if self.starts_with(i, "false") => Ok((Value::Bool(false), i + 5)),
            Some('N') if self.starts_with(i, "NaN") => self.constant(vm, "NaN", i),
            Some('I') if self.starts_with(i, "Infinity") => self.constant(vm, "Infinity", i),
            Some('-') if self.starts_with(i, "-Infinity") => self.constant(vm, "-Infinity", i),
            _ => self.number(vm, i),
        }
    }

    fn constant(&mut self, vm: &mut Vm, name: &str, i: usize) -> Scan<(Value, usize)> {
        let end = i + name.chars().count();
        if let Some(f) = &self.hooks.parse_constant {
            let v = vm.call(f, Args::new(vec![Value::str(name)]))?;
            return Ok((v, end));
        }
        let x = match name {
            "NaN" => f64::NAN,
            "Infinity" => f64::INFINITY,
            _ => f64::NEG_INFINITY,
        };
        Ok((Value::Float(x), end))
    }

    fn digits(&self, mut i: usize) -> usize {
        while matches!(self.at(i), Some('0'..='9')) {
            i += 1;
        }
        i
    }

    fn number(&mut self, vm: &mut Vm, start: usize) -> Scan<(Value, usize)> {
        let mut i = start;
        if self.at(i) == Some('-') {
            i += 1;
        }
        match self.at(i) {
            Some('1'..='9') => i = self.digits(i + 1),
            Some('0') => i += 1,
            _ => return Err(Fail::Decode("Expecting value", start)),
        }
        let mut is_float = false;
        if self.at(i) == Some('.') && matches!(self.at(i + 1), Some('0'..='9')) {
            i = self.digits(i + 1);
            is_float = true;
        }
        if matches!(self.at(i), Some('e' | 'E')) {
            let mut j = i + 1;
            if matches!(self.at(j), Some('+' | '-')) {
                j += 1;
            }
            let end = self.digits(j);
            if end > j {
                i = end;
                is_float = true;
            }
        }
        let text: String = self.s.get(start..i).unwrap_or_default().iter().collect();
        let custom = if is_float {
            &self.hooks.parse_float
        } else {
            &self.hooks.parse_int
        };
        if let Some(f) = custom {
            let v = vm.call(f, Args::new(vec![Value::str(text)]))?;
            return Ok((v, i));
        }
        if is_float {
            let x = crate::format::parse_f64(&text).ok_or_else(|| {
                PyErr::value_error(format!("could not convert string to float: '{text}'"))
            })?;
            return Ok((Value::Float(x), i));
        }
        let digits = text.trim_start_matches('-').len();
        let limit = crate::vm::repr::INT_MAX_STR_DIGITS;
        if digits as u64 > limit {
            return Err(Fail::Py(PyErr::value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            ))));
        }
        let n: BigInt = text.parse().map_err(|_| {
            PyErr::value_error(format!("invalid literal for int() with base 10: '{text}'"))
        })?;
        Ok((Value::from_bigint(n), i))
    }

    fn hex4(&self, i: usize) -> Option<u32> {
        let mut n = 0u32;
        for k in 0..4 {
            n = n * 16 + self.at(i + k)?.to_digit(16)?;
        }
        Some(n)
    }

    /// A string whose opening quote is at `start - 1`: its text and the position after
    /// the closing quote.
    fn string(&self, start: usize) -> Scan<(String, usize)> {
        let begin = start.saturating_sub(1);
        let len = self.s.len();
        let mut out = String::new();
        let mut i = start;
        loop {
            let Some(c) = self.at(i) else {
                return Err(Fail::Decode("Unterminated string starting at", begin));
            };
            match c {
                '"' => return Ok((out, i + 1)),
                '\\' => {
                    i += 1;
                    let Some(e) = self.at(i) else {
                        return Err(Fail::Decode("Unterminated string starting at", begin));
                    };
                    if e != 'u' {
                        out.push(match e {
                            '"' => '"',
                            '\\' => '\\',
                            '/' => '/',
                            'b' => '\u{8}',
                            'f' => '\u{c}',
                            'n' => '\n',
                            'r' => '\r',
                            't' => '\t',
                            _ => return Err(Fail::Decode("Invalid \\escape", i - 1)),
                        });
                        i += 1;
                        continue;
                    }
                    let first = i + 1;
                    if first + 4 >= len {
                        return Err(Fail::Decode("Invalid \\uXXXX escape", i));
                    }
                    let Some(mut code) = self.hex4(first) else {
                        return Err(Fail::Decode("Invalid \\uXXXX escape", i));
                    };
                    i = first + 4;
                    if (0xd800..0xdc00).contains(&code)
                        && i + 6 < len
                        && self.at(i) == Some('\\')
                        && self.at(i + 1) == Some('u')
                    {
                        let Some(low) = self.hex4(i + 2) else {
                            return Err(Fail::Decode("Invalid \\uXXXX escape", i + 1));
                        };
                        if (0xdc00..0xe000).contains(&low) {
                            code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                            i += 6;
                        }
                    }
                    out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                }
                c if (c as u32) < 0x20 && self.strict => {
                    return Err(Fail::Decode("Invalid control character at", i));
                }
                c => {
                    out.push(c);
                    i += 1;
                }
            }
        }
    }

    /// An object (`{`) or array (`[`) starting at `i`, under the native-depth guard.
    fn nested(&mut self, vm: &mut Vm, i: usize, object: bool) -> Scan<(Value, usize)> {
        vm.enter_native()?;
        let result = if object {
            self.object(vm, i + 1)
        } else {
            self.array(vm, i + 1)
        };
        vm.leave_native();
        result
    }

    fn array(&mut self, vm: &mut Vm, start: usize) -> Scan<(Value, usize)> {
        let mut items = Vec::new();
        let mut i = self.skip_ws(start);
        if self.at(i) == Some(']') {
            return Ok((Value::list(items), i + 1));
        }
        loop {
            let (v, end) = self.value(vm, i)?;
            items.push(v);
            i = self.skip_ws(end);
            match self.at(i) {
                Some(']') => return Ok((Value::list(items), i + 1)),
                Some(',') => i = self.skip_ws(i + 1),
                _ => return Err(Fail::Decode("Expecting ',' delimiter", i)),
            }
        }
    }

    fn object(&mut self, vm: &mut Vm, start: usize) -> Scan<(Value, usize)> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = self.skip_ws(start);
        let end = if self.at(i) == Some('}') {
            i + 1
        } else {
            loop {
                if self.at(i) != Some('"') {
                    return Err(Fail::Decode(
                        "Expecting property name enclosed in double quotes",
                        i,
                    ));
                }
                let (key, after) = self.string(i + 1)?;
                i = self.skip_ws(after);
                if self.at(i) != Some(':') {
                    return Err(Fail::Decode("Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (v, after) = self.value(vm, i)?;
                pairs.push((Value::str(key), v));
                i = self.skip_ws(after);
                match self.at(i) {
                    Some('}') => break i + 1,
                    Some(',') => i = self.skip_ws(i + 1),
                    _ => return Err(Fail::Decode("Expecting ',' delimiter", i)),
                }
            }
        };
        if let Some(f) = &self.hooks.object_pairs_hook {
            let list = pairs
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect();
            let v = vm.call(f, Args::new(vec![Value::list(list)]))?;
            return Ok((v, end));
        }
        let dict = Value::Dict(std::rc::Rc::new(crate::value::Dict::new()));
        if let Value::Dict(d) = &dict {
            for (k, v) in pairs {
                vm.dict_set(d, k, v)?;
            }
        }
        if let Some(f) = &self.hooks.object_hook {
            let v = vm.call(f, Args::new(vec![dict]))?;
            return Ok((v, end));
        }
        Ok((dict, end))
    }
}

#[cfg(test)]
mod tests {
    use crate::Sandbox;

    fn run(src: &str) -> String {
        let out = Sandbox::new().run(src);
        match out.error {
            Some(e) => format!("{}{}", out.stdout, e.summary),
            None => out.stdout,
        }
    }

    #[test]
    fn deep_nesting_is_a_recursion_error() {
        let out = run("import json\ntry:\n    json.loads('[' * 100000)\nexcept RecursionError:\n    print('deep')\n");
        assert_eq!(out, "deep\n");
        let out = run("import json\nx = []\nfor _ in range(100000):\n    x = [x]\ntry:\n    json.dumps(x)\nexcept RecursionError:\n    print('deep')\n");
        assert_eq!(out, "deep\n");
    }

    #[test]
    fn round_trip() {
        let out =
            run("import json\nprint(json.loads(json.dumps({'a': [1, 2.5, None, True, 'é']})))\n");
        assert_eq!(out, "{'a': [1, 2.5, None, True, 'é']}\n");
    }
}
