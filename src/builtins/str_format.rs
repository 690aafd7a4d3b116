//! `str.format(*args, **kwargs)` and `str.format_map(mapping)`: walks the template with
//! `crate::format::template_pieces`, looks each field up (numbering, `.attr`, `[key]`),
//! converts it (`!r !s !a`), expands a nested spec (`{:{width}}`), and formats the value
//! with `vm.format`, raising errors in CPython's order.

use super::percent::format_error;
use super::text::{receiver, StrKind};
use crate::format::{
    template_pieces, AutoNumbering, FieldAccessor, FieldFirst, FormatError, TemplatePiece,
};
use crate::value::{Name, Value};
use crate::vm::{Args, PyErr, PyResult, Vm};

/// Where field values come from.
enum Source<'a> {
    /// `format(*args, **kwargs)`.
    Call {
        pos: &'a [Value],
        kw: &'a [(Name, Value)],
    },
    /// `format_map(mapping)`: names are looked up with `mapping[name]`; numbers are refused.
    Map(&'a Value),
}

/// How deep specs may nest: the template, and one level of fields inside a spec.
const MAX_DEPTH: u32 = 2;

/// `str.format(self, *args, **kwargs)`.
pub fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let text = receiver::<StrKind>(vm, &args, "format")?;
    let template = text.value.as_str().unwrap_or_default();
    let pos = args.pos.get(1..).unwrap_or_default();
    let source = Source::Call { pos, kw: &args.kw };
    render(
        vm,
        template,
        &source,
        &mut AutoNumbering::default(),
        MAX_DEPTH,
    )
    .and_then(|text| vm.new_str(text))
}

/// `str.format_map(self, mapping)`.
pub fn format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let text = receiver::<StrKind>(vm, &args, "format_map")?;
    args.no_kwargs("str.format_map")?;
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "str.format_map() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let mapping = args.get(1).cloned().unwrap_or(Value::None);
    let template = text.value.as_str().unwrap_or_default();
    render(
        vm,
        template,
        &Source::Map(&mapping),
        &mut AutoNumbering::default(),
        MAX_DEPTH,
    )
    .and_then(|text| vm.new_str(text))
}

/// Expands `template`; `depth` counts the nesting levels still allowed.
fn render(
    vm: &mut Vm,
    template: &str,
    source: &Source,
    numbering: &mut AutoNumbering,
    depth: u32,
) -> PyResult<String> {
    if depth == 0 {
        return Err(format_error(FormatError::MaxRecursion));
    }
    let mut out = String::with_capacity(template.len());
    for piece in template_pieces(template) {
        let field = match piece.map_err(format_error)? {
            TemplatePiece::Literal(text) => {
                out.push_str(&text);
                continue;
            }
            TemplatePiece::Field(field) => field,
        };
        let index = numbering.resolve(&field.first).map_err(format_error)?;
        let mut value = lookup(vm, source, &field.first, index)?;
        for accessor in &field.accessors {
            value = match accessor {
                FieldAccessor::Attr(name) => {
                    vm.guard_attribute_name(name)?;
                    vm.getattr(&value, name)?
                }
                FieldAccessor::Index(i) => {
                    vm.getitem(&value, &Value::Int(i64::try_from(*i).unwrap_or(i64::MAX)))?
                }
                FieldAccessor::Key(key) => vm.getitem(&value, &Value::str(key.as_str()))?,
            };
        }
        if let Some(error) = field.accessor_error {
            return Err(format_error(error));
        }
        let value = match field.conversion {
            None => value,
            Some('r') => Value::str(vm.repr(&value)?),
            Some('s') => Value::str(vm.str(&value)?),
            Some('a') => Value::str(vm.ascii(&value)?),
            Some(other) => return Err(format_error(FormatError::UnknownConversion(other))),
        };
        let spec = if field.spec.contains('{') {
            render(vm, &field.spec, source, numbering, depth - 1)?
        } else {
            field.spec
        };
        out.push_str(&vm.format(&value, &spec)?);
        super::text::reserve(vm, 1, out.len())?;
    }
    Ok(out)
}

/// The value a field's head names.
fn lookup(
    vm: &mut Vm,
    source: &Source,
    first: &FieldFirst,
    index: Option<usize>,
) -> PyResult<Value> {
    match (source, index, first) {
        (Source::Call { pos, .. }, Some(i), _) => pos
            .get(i)
            .cloned()
            .ok_or_else(|| format_error(FormatError::ReplacementIndexOutOfRange(i))),
        (Source::Map(_), Some(_), _) => Err(PyErr::value_error(
            "Format string contains positional fields",
        )),
        (Source::Call { kw, .. }, None, FieldFirst::Name(name)) => kw
            .iter()
            .find(|(k, _)| **k == **name)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| PyErr::key_error(Value::str(name.as_str()))),
        (Source::Map(mapping), None, FieldFirst::Name(name)) => {
            vm.getitem(mapping, &Value::str(name.as_str()))
        }
        (_, None, _) => Err(PyErr::value_error(
            "Format string contains positional fields",
        )),
    }
}

#[cfg(test)]
mod tests {
    use crate::value::Value;
    use crate::vm::{Args, PyErr, Vm};

    fn call(vm: &mut Vm, template: &str, pos: Vec<Value>, kw: Vec<(&str, Value)>) -> String {
        let mut all = vec![Value::str(template)];
        all.extend(pos);
        let args = Args {
            pos: all.into(),
            kw: kw.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        };
        match super::format(vm, args) {
            Ok(v) => v.as_str().unwrap_or_default().to_string(),
            Err(PyErr::New(kind, args)) => {
                let msg = match args.first() {
                    Some(Value::Str(s)) => s.as_str().to_string(),
                    Some(other) => vm.repr(other).unwrap_or_default(),
                    None => String::new(),
                };
                format!("{}: {msg}", kind.name())
            }
            Err(other) => format!("{other:?}"),
        }
    }

    #[test]
    fn format_matches_cpython() {
        let mut vm = Vm::new();
        let (i, s) = (Value::Int, |t: &str| Value::str(t));
        let list = Value::list(vec![s("a"), s("b")]);
        type Case<'a> = (&'a str, Vec<Value>, Vec<(&'a str, Value)>, &'a str);
        let cases: Vec<Case> = vec![
            ("{} and {}", vec![s("a"), s("b")], vec![], "a and b"),
            ("{1} {0} {1}", vec![s("x"), s("y")], vec![], "y x y"),
            ("{name} is {age}", vec![], vec![("name", s("Ann")), ("age", i(31))], "Ann is 31"),
            ("{0[1]} {0[0]}", vec![list.clone()], vec![], "b a"),
            ("{!r} {!a}", vec![s("hi"), s("hé")], vec![], "'hi' 'h\\xe9'"),
            ("{0:{1}}|{2:.{3}f}", vec![s("ab"), i(5), Value::Float(1.23456), i(2)], vec![], "ab   |1.23"),
            ("{:>{width}}|", vec![s("r")], vec![("width", i(5))], "    r|"),
            ("{0.__class__.__name__}", vec![i(1)], vec![], "int"),
            ("{} {}", vec![i(1)], vec![], "IndexError: Replacement index 1 out of range for positional args tuple"),
            ("{0} {}", vec![i(1), i(2)], vec![], "ValueError: cannot switch from manual field specification to automatic field numbering"),
            ("{a}", vec![], vec![("b", i(1))], "KeyError: a"),
            ("{0.foo}", vec![i(1)], vec![], "AttributeError: 'int' object has no attribute 'foo'"),
            ("{!x}", vec![i(1)], vec![], "ValueError: Unknown conversion specifier x"),
            ("{:{:{}}}", vec![i(1), i(2), i(3)], vec![], "ValueError: Max string recursion exceeded"),
            ("{", vec![], vec![], "ValueError: Single '{' encountered in format string"),
        ];
        for (template, pos, kw, expected) in cases {
            assert_eq!(call(&mut vm, template, pos, kw), expected, "{template:?}");
        }
    }
}
