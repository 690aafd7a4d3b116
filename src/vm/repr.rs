//! Text conversions: `repr()`, `str()`, `ascii()` and `format()`, exactly as CPython
//! prints them, with cycle detection (`[...]`) and a depth guard for nested containers.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::format::{self, FormatSpec};
use crate::value::{Descriptor, IterKind, Value};

use super::error::{ExcKind, PyErr, PyResult};
use super::{Args, Vm};

pub use crate::format::INT_MAX_STR_DIGITS;

/// Largest string a single format operation may build.
pub const FORMAT_LIMIT: usize = 1 << 30;

/// Decimal text of a big int, refusing CPython's oversized conversions.
pub fn bigint_to_string(b: &BigInt) -> PyResult<String> {
    let digits =
        crate::format::decimal_magnitude(b).map_err(|e| PyErr::value_error(e.to_string()))?;
    Ok(if b.sign() == num_bigint::Sign::Minus {
        format!("-{digits}")
    } else {
        digits
    })
}

/// Python's repr of a str: quotes chosen like CPython, escapes for non-printables.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => push_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

fn push_escape(out: &mut String, c: char) {
    let n = c as u32;
    if n < 0x100 {
        out.push_str(&format!("\\x{n:02x}"));
    } else if n < 0x10000 {
        out.push_str(&format!("\\u{n:04x}"));
    } else {
        out.push_str(&format!("\\U{n:08x}"));
    }
}

/// Python's `str.isprintable` for one character (control, format, separator and
/// private-use characters are not printable; the ASCII space is).
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(n,
        0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e | 0x200b..=0x200f | 0x202a..=0x202e
        | 0x2060..=0x206f | 0xfeff | 0xfff9..=0xfffb | 0xd800..=0xf8ff | 0xe0000..=0xe007f
        | 0xf0000..=0x10ffff | 0xfdd0..=0xfdef | 0xfffe | 0xffff)
}

/// Python's repr of a bytes value.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

fn address<T>(rc: &Rc<T>) -> String {
    format!("0x{:x}", Rc::as_ptr(rc) as *const u8 as usize)
}

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => bigint_to_string(&b.value)?,
            Value::Float(f) => format::float_repr(*f),
            Value::Str(s) => {
                self.check_text(s.as_str().len() + 2)?;
                self.checked_text(str_repr(s.as_str()))?
            }
            Value::Bytes(b) => {
                self.check_text(b.bytes.len() + 3)?;
                self.checked_text(bytes_repr(&b.bytes))?
            }
            Value::ByteArray(b) => {
                self.check_text(b.bytes.borrow().len() + 14)?;
                let text = format!("bytearray({})", bytes_repr(&b.bytes.borrow()));
                self.checked_text(text)?
            }
            Value::List(l) => {
                let items = l.to_vec();
                self.repr_container(Rc::as_ptr(l) as usize, "[", "]", "[...]", &items)?
            }
            Value::Tuple(t) => {
                if t.items.len() == 1 {
                    let items = t.items.clone();
                    self.repr_container(Rc::as_ptr(t) as usize, "(", ",)", "(...)", &items)?
                } else {
                    let items = t.items.clone();
                    self.repr_container(Rc::as_ptr(t) as usize, "(", ")", "(...)", &items)?
                }
            }
            Value::Dict(d) => {
                let id = Rc::as_ptr(d) as usize;
                if self.repr_guard.contains(&id) {
                    return Ok("{...}".into());
                }
                let pairs: Vec<(Value, Value)> = d
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                self.enter_native()?;
                self.repr_guard.push(id);
                let r = self.repr_pairs(&pairs);
                self.repr_guard.pop();
                self.leave_native();
                format!("{{{}}}", r?)
            }
            Value::Set(d) | Value::FrozenSet(d) => {
                let frozen = matches!(v, Value::FrozenSet(_));
                let items: Vec<Value> = d.borrow().iter().map(|e| e.key.clone()).collect();
                if items.is_empty() {
                    return Ok(if frozen { "frozenset()" } else { "set()" }.into());
                }
                let body =
                    self.repr_container(Rc::as_ptr(d) as usize, "{", "}", "{...}", &items)?;
                if frozen {
                    format!("frozenset({body})")
                } else {
                    body
                }
            }
            Value::DictView(view) => {
                let name = v.kind_name();
                let items = self.view_snapshot(view)?;
                let body =
                    self.repr_container(Rc::as_ptr(view) as usize, "[", "]", "[...]", &items)?;
                format!("{name}({body})")
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => {
                let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
                format!(
                    "slice({}, {}, {})",
                    self.repr(&a)?,
                    self.repr(&b)?,
                    self.repr(&c)?
                )
            }
            Value::Function(f) => format!("<function {} at {}>", f.qualname.borrow(), address(f)),
            Value::Host(h) => format!("<host function {}>", h.name),
            Value::Native(n) => match n.owner {
                Some(owner) => format!("<method '{}' of '{owner}' objects>", n.name),
                None => format!("<built-in function {}>", n.name),
            },
            Value::BoundMethod(m) => {
                let recv = m.receiver.clone();
                match &m.func {
                    Value::Native(n) => format!(
                        "<built-in method {} of {} object at {}>",
                        n.name,
                        self.type_name(&recv),
                        address(m)
                    ),
                    Value::Function(f) => {
                        let qual = f.qualname.borrow().clone();
                        format!("<bound method {qual} of {}>", self.repr(&recv)?)
                    }
                    other => {
                        let other = other.clone();
                        format!("<bound method {}>", self.repr(&other)?)
                    }
                }
            }
            Value::Class(c) => format!("<class '{}'>", c.display_name()),
            Value::Instance(inst) => {
                if let Some(text) = self.user_text(v, inst, "__repr__")? {
                    return Ok(text);
                }
                if let Some(data) = inst.exception() {
                    let args = data.borrow().args.clone();
                    let name = inst.class.name.clone();
                    return if let [only] = args.as_slice() {
                        Ok(format!("{name}({})", self.repr(only)?))
                    } else {
                        let t = self.repr(&Value::tuple(args))?;
                        Ok(format!("{name}{t}"))
                    };
                }
                if let Some(inner) = inst.builtin_value() {
                    // Set subclasses name themselves (`S({1, 2})`, `S()`); other builtin
                    // subclasses print like their builtin value.
                    return match &inner {
                        Value::Set(d) | Value::FrozenSet(d) => {
                            let name = inst.class.name.clone();
                            if d.is_empty() {
                                Ok(format!("{name}()"))
                            } else {
                                let items: Vec<Value> =
                                    d.borrow().iter().map(|e| e.key.clone()).collect();
                                let body = self.repr_container(
                                    Rc::as_ptr(d) as usize,
                                    "{",
                                    "}",
                                    "{...}",
                                    &items,
                                )?;
                                Ok(format!("{name}({body})"))
                            }
                        }
                        _ => self.repr(&inner),
                    };
                }
                format!(
                    "<{} object at {}>",
                    inst.class.display_name(),
                    address(inst)
                )
            }
            Value::Iter(it) => {
                if let IterKind::Exhausted = &*it.state.borrow() {}
                format!("<{} object at {}>", it.type_name(), address(it))
            }
            Value::Generator(g) => format!("<generator object {} at {}>", g.qualname, address(g)),
            Value::Module(m) => format!("<module '{}' (built-in)>", m.name),
            Value::Descriptor(d) => match &***d {
                Descriptor::Super { cls, obj } => {
                    let obj = obj.clone();
                    let tn = self.type_name(&obj);
                    format!("<super: <class '{}'>, <{tn} object>>", cls.name)
                }
                _ => format!("<{} object at {}>", v.kind_name(), address(d)),
            },
            Value::Ellipsis => "Ellipsis".into(),
            Value::NotImplemented => "NotImplemented".into(),
        })
    }

    fn repr_container(
        &mut self,
        id: usize,
        open: &str,
        close: &str,
        cycle: &str,
        items: &[Value],
    ) -> PyResult<String> {
        if self.repr_guard.contains(&id) {
            return Ok(cycle.into());
        }
        self.enter_native()?;
        self.repr_guard.push(id);
        let mut out = String::from(open);
        let mut result = Ok(());
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            result = self.repr(item).and_then(|s| self.append_text(&mut out, &s));
            if result.is_err() {
                break;
            }
        }
        self.repr_guard.pop();
        self.leave_native();
        result?;
        out.push_str(close);
        Ok(out)
    }

    fn repr_pairs(&mut self, pairs: &[(Value, Value)]) -> PyResult<String> {
        let mut out = String::new();
        for (i, (k, v)) in pairs.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            let key = self.repr(k)?;
            self.append_text(&mut out, &key)?;
            out.push_str(": ");
            let value = self.repr(v)?;
            self.append_text(&mut out, &value)?;
        }
        Ok(out)
    }

    /// Refuses, as the memory limit, a text of `len` bytes that could not become a str
    /// within what memory the policy has left. Texts are built outside the counted heap,
    /// so a repr of nested copies must be stopped while it grows, not after.
    pub fn check_text(&mut self, len: usize) -> PyResult<()> {
        if len > self.format_limit() {
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// Passes `text` on when it fits in memory (see [`Vm::check_text`]).
    fn checked_text(&mut self, text: String) -> PyResult<String> {
        self.check_text(text.len())?;
        Ok(text)
    }

    /// Appends one part of a container's repr, stopping when the whole would not fit.
    fn append_text(&mut self, out: &mut String, part: &str) -> PyResult<()> {
        self.check_text(out.len().saturating_add(part.len()))?;
        out.push_str(part);
        Ok(())
    }

    /// Calls a user-defined `__repr__`/`__str__` (None when the class has none) and
    /// checks it returned a str.
    fn user_text(
        &mut self,
        v: &Value,
        inst: &crate::value::Instance,
        dunder: &str,
    ) -> PyResult<Option<String>> {
        let Some(f) = inst
            .class
            .lookup(dunder)
            .filter(|f| matches!(f, Value::Function(_)))
        else {
            return Ok(None);
        };
        self.enter_native()?;
        let r = self.call(&f, Args::new(vec![v.clone()]));
        self.leave_native();
        match r? {
            Value::Str(s) => Ok(Some(s.as_str().to_string())),
            other => Err(PyErr::type_error(format!(
                "{dunder} returned non-string (type {})",
                self.type_name(&other)
            ))),
        }
    }

    /// `str(v)`.
    pub fn str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(inst) => {
                if let Some(text) = self.user_text(v, inst, "__str__")? {
                    return Ok(text);
                }
                if inst
                    .class
                    .lookup("__repr__")
                    .is_some_and(|f| matches!(f, Value::Function(_)))
                {
                    return self.repr(v);
                }
                if let Some(data) = inst.exception() {
                    let args = data.borrow().args.clone();
                    let is_key_error = inst
                        .class
                        .is_subclass(&self.types.exception(ExcKind::KeyError));
                    return match args.as_slice() {
                        [] => Ok(String::new()),
                        [one] if is_key_error => self.repr(one),
                        [one] => self.str(one),
                        _ => self.repr(&Value::tuple(args)),
                    };
                }
                match inst.builtin_value() {
                    // A set has no `__str__` of its own: a subclass prints as its repr
                    // (`S({1})`), which names it.
                    Some(Value::Set(_) | Value::FrozenSet(_)) | None => self.repr(v),
                    Some(inner) => self.str(&inner),
                }
            }
            other => self.repr(other),
        }
    }

    /// `ascii(v)`: the repr with non-ASCII characters escaped.
    pub fn ascii(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            if c.is_ascii() {
                out.push(c);
            } else {
                push_escape(&mut out, c);
            }
        }
        Ok(out)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let limit = self.format_limit();
        let done = match v {
            Value::Str(s) if spec.is_empty() => return Ok(s.as_str().to_string()),
            Value::Bool(_) | Value::Int(_) | Value::BigInt(_) if !spec.is_empty() => {
                let tn = v.kind_name();
                let b = super::num::to_bigint(v).unwrap_or_default();
                FormatSpec::parse(spec, tn).and_then(|p| format::format_int(&b, &p, tn, limit))
            }
            Value::Float(f) => {
                if spec.is_empty() {
                    return Ok(format::float_repr(*f));
                }
                FormatSpec::parse(spec, "float")
                    .and_then(|p| format::format_float(*f, &p, "float", limit))
            }
            Value::Str(s) => FormatSpec::parse(spec, "str")
                .and_then(|p| format::format_str(s.as_str(), &p, "str", limit)),
            _ => return self.format_object(v, spec),
        };
        done.map_err(|e| self.format_error(e))
    }

    /// `format()` of anything but a str, int or float: `__format__`, else `str()` for an
    /// empty spec.
    fn format_object(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        match v {
            Value::Instance(inst) => {
                if let Some(f) = inst
                    .class
                    .lookup("__format__")
                    .filter(|f| matches!(f, Value::Function(_)))
                {
                    return match self.call(&f, Args::new(vec![v.clone(), Value::str(spec)]))? {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(PyErr::type_error(format!(
                            "__format__ must return a str, not {}",
                            self.type_name(&other)
                        ))),
                    };
                }
                if spec.is_empty() {
                    return self.str(v);
                }
                match inst.builtin_value() {
                    Some(inner) => self.format(&inner, spec),
                    None => Err(PyErr::type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        inst.class.type_name()
                    ))),
                }
            }
            other if spec.is_empty() => self.str(other),
            other => Err(PyErr::type_error(format!(
                "unsupported format string passed to {}.__format__",
                self.type_name(other)
            ))),
        }
    }
}

/// The builtin exception kind with this name (for errors reported by name).
pub fn exc_kind_named(name: &str) -> ExcKind {
    ExcKind::ALL
        .iter()
        .copied()
        .find(|k| k.name() == name)
        .unwrap_or(ExcKind::ValueError)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values printed by CPython 3.11.
    #[test]
    fn string_reprs_choose_quotes_and_escapes_like_cpython() {
        assert_eq!(str_repr("a'b"), "\"a'b\"");
        assert_eq!(str_repr("a\"b'c"), "'a\"b\\'c'");
        assert_eq!(
            str_repr("\u{0}\t\u{e9}\u{200b}\u{1f600}"),
            "'\\x00\\té\\u200b\u{1f600}'"
        );
        assert_eq!(bytes_repr(b"\x00a'\""), "b'\\x00a\\'\"'");
    }

    #[test]
    fn huge_ints_refuse_string_conversion() {
        let big = BigInt::from(10).pow(5000);
        assert!(bigint_to_string(&big).is_err());
        assert_eq!(
            bigint_to_string(&BigInt::from(10).pow(20)).ok().as_deref(),
            Some("100000000000000000000")
        );
    }
}
