//! The methods `str` and `bytes` share (`split`, `find`, `strip`, `center`, the `is*`
//! predicates, …), written once over [`Kind`] and registered on both types by
//! [`register_common`]. The type-specific ones live in `str_methods` and `bytes_methods`.

use std::rc::Rc;

use super::add_method;
use super::text::{
    bounds, copy_text, int_arg, method_args, new_text, raw, receiver, slot, text_arg, unwrap_arg,
    Kind, Role, Sig, Text,
};
use super::text_algo::{
    expand_tabs, pad, replace, split_at, split_lines, split_whitespace, strip_range, Finder,
};
use super::text_unit::{capitalize, is_one_case, is_title, swapcase, title, units, Unit};
use crate::value::heap::OBJECT_HEADER;
use crate::value::{Class, Value};
use crate::vm::{Args, ExcKind, PyErr, PyResult, Vm};

/// Registers the shared methods on the class of kind `K`.
pub(crate) fn register_common<K: Kind>(class: &Rc<Class>) {
    let methods: &[(&'static str, crate::value::function::NativeFn)] = &[
        ("split", |vm, args| split::<K>(vm, args, false)),
        ("rsplit", |vm, args| split::<K>(vm, args, true)),
        ("join", join::<K>),
        ("strip", |vm, args| strip::<K>(vm, args, BOTH)),
        ("lstrip", |vm, args| strip::<K>(vm, args, LEFT)),
        ("rstrip", |vm, args| strip::<K>(vm, args, RIGHT)),
        ("find", |vm, args| find::<K>(vm, args, false, false)),
        ("rfind", |vm, args| find::<K>(vm, args, true, false)),
        ("index", |vm, args| find::<K>(vm, args, false, true)),
        ("rindex", |vm, args| find::<K>(vm, args, true, true)),
        ("count", count::<K>),
        ("replace", replace_method::<K>),
        ("startswith", |vm, args| affix_match::<K>(vm, args, false)),
        ("endswith", |vm, args| affix_match::<K>(vm, args, true)),
        ("upper", |vm, args| case_map::<K>(vm, args, UPPER)),
        ("lower", |vm, args| case_map::<K>(vm, args, LOWER)),
        ("title", |vm, args| case_map::<K>(vm, args, TITLE)),
        ("capitalize", |vm, args| case_map::<K>(vm, args, CAPITALIZE)),
        ("swapcase", |vm, args| case_map::<K>(vm, args, SWAPCASE)),
        ("center", |vm, args| justify::<K>(vm, args, BOTH)),
        ("ljust", |vm, args| justify::<K>(vm, args, LEFT)),
        ("rjust", |vm, args| justify::<K>(vm, args, RIGHT)),
        ("zfill", zfill::<K>),
        ("partition", |vm, args| partition::<K>(vm, args, false)),
        ("rpartition", |vm, args| partition::<K>(vm, args, true)),
        ("splitlines", splitlines::<K>),
        ("expandtabs", expandtabs::<K>),
        ("removeprefix", |vm, args| {
            remove_affix::<K>(vm, args, false)
        }),
        ("removesuffix", |vm, args| remove_affix::<K>(vm, args, true)),
        ("isspace", |vm, args| predicate::<K>(vm, args, IS_SPACE)),
        ("isalpha", |vm, args| predicate::<K>(vm, args, IS_ALPHA)),
        ("isalnum", |vm, args| predicate::<K>(vm, args, IS_ALNUM)),
        ("isdigit", |vm, args| predicate::<K>(vm, args, IS_DIGIT)),
        ("isupper", |vm, args| predicate::<K>(vm, args, IS_UPPER)),
        ("islower", |vm, args| predicate::<K>(vm, args, IS_LOWER)),
        ("istitle", |vm, args| predicate::<K>(vm, args, IS_TITLE)),
        ("isascii", |vm, args| predicate::<K>(vm, args, IS_ASCII)),
        ("__len__", dunder_len::<K>),
        ("__contains__", dunder_contains::<K>),
        ("__getitem__", dunder_getitem::<K>),
    ];
    for &(name, func) in methods {
        add_method(class, name, func);
    }
}

/// Which end(s) `strip` and `center`-style methods work on.
const LEFT: u8 = 1;
const RIGHT: u8 = 2;
const BOTH: u8 = 3;

/// `split` and `rsplit` (`reverse`).
fn split<K: Kind>(vm: &mut Vm, args: Args, reverse: bool) -> PyResult<Value> {
    let name = if reverse { "rsplit" } else { "split" };
    let (text, slots) = method_args::<K>(vm, args, name, Sig::Keywords(&["sep", "maxsplit"]))?;
    let sep = match slot(&slots, 0) {
        None => None,
        Some(v) => {
            Some(unwrap_arg::<K>(vm, v)?.ok_or_else(|| K::wrong_arg(Role::Sep, &vm.type_name(v)))?)
        }
    };
    let max = int_arg(vm, &slots, 1, -1)?;
    // No more splits than the memory left could hold pieces for: past that the result
    // is refused anyway, and the ranges themselves need not be built first.
    let max = usize::try_from(max)
        .unwrap_or(usize::MAX)
        .min(piece_room(vm));
    let bytes = text.bytes();
    let ranges = match &sep {
        None => split_whitespace::<K::Unit>(bytes, max, reverse),
        Some(sep) if raw(sep).is_empty() => return Err(PyErr::value_error("empty separator")),
        Some(sep) => split_at(bytes, &Finder::new(raw(sep)), max, reverse),
    };
    pieces::<K>(vm, bytes, ranges)
}

/// What one piece of `split` or `splitlines` costs besides its text.
const PIECE_BYTES: usize = OBJECT_HEADER + std::mem::size_of::<Value>();

/// How many pieces the memory left could hold: the splitters stop there (one piece more
/// is refused by [`pieces`]), so a text of a million separators does not build a
/// million ranges before the refusal.
fn piece_room(vm: &Vm) -> usize {
    vm.alloc_room() / PIECE_BYTES
}

/// The list of the pieces of `bytes` at `ranges` (what `split` and `splitlines` return),
/// refused up front when the new strings would pass the memory limit: a million empty
/// pieces of a 1 MB text cost far more than the text.
fn pieces<K: Kind>(
    vm: &mut Vm,
    bytes: &[u8],
    ranges: Vec<std::ops::Range<usize>>,
) -> PyResult<Value> {
    let text_bytes: usize = ranges.iter().map(|r| r.len()).sum();
    vm.check_alloc(
        1,
        PIECE_BYTES
            .saturating_mul(ranges.len())
            .saturating_add(text_bytes),
    )?;
    let items = ranges
        .into_iter()
        .map(|r| K::make(bytes.get(r).unwrap_or_default().to_vec()))
        .collect();
    Ok(Value::list(items))
}

/// `sep.join(iterable)`.
fn join<K: Kind>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (text, slots) = method_args::<K>(vm, args, "join", Sig::One)?;
    let iterable = slots.into_iter().next().flatten().unwrap_or(Value::None);
    let items = match &iterable {
        Value::List(l) => l.to_vec(),
        Value::Tuple(t) => t.items.clone(),
        _ => {
            let iter = vm.get_iter(&iterable).map_err(|e| {
                if vm.is_exc_kind(&e, ExcKind::TypeError) {
                    PyErr::type_error("can only join an iterable")
                } else {
                    e
                }
            })?;
            let mut items = Vec::new();
            while let Some(item) = vm.next(&iter)? {
                items.push(item);
            }
            items
        }
    };
    let sep = text.bytes();
    // Subclass instances are unwrapped once; plain values are read in place.
    let mut unwrapped = Vec::new();
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, item) in items.iter().enumerate() {
        let len = match K::plain(item) {
            Some(bytes) => bytes.len(),
            None => {
                let part = unwrap_arg::<K>(vm, item)?
                    .ok_or_else(|| K::wrong_join_item(i, &vm.type_name(item)))?;
                let len = raw(&part).len();
                unwrapped.push(part);
                len
            }
        };
        total = total.saturating_add(len);
    }
    super::text::reserve(vm, 1, total)?;
    let mut out = Vec::with_capacity(total);
    let mut unwrapped = unwrapped.iter();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        match K::plain(item) {
            Some(bytes) => out.extend_from_slice(bytes),
            None => out.extend_from_slice(unwrapped.next().map_or(&[][..], raw)),
        }
    }
    Ok(K::make(out))
}

/// `strip`, `lstrip` and `rstrip`, with or without a set of characters.
fn strip<K: Kind>(vm: &mut Vm, args: Args, side: u8) -> PyResult<Value> {
    let name = match side {
        LEFT => "lstrip",
        RIGHT => "rstrip",
        _ => "strip",
    };
    let (text, slots) = method_args::<K>(vm, args, name, Sig::Clinic(0, 1))?;
    let bytes = text.bytes();
    let (left, right) = (side & LEFT != 0, side & RIGHT != 0);
    let range = match slot(&slots, 0) {
        None => strip_range::<K::Unit>(bytes, left, right, Unit::is_space),
        Some(v) => {
            let chars = unwrap_arg::<K>(vm, v)?
                .ok_or_else(|| K::wrong_arg(Role::Strip(name), &vm.type_name(v)))?;
            let mut set: Vec<K::Unit> = units::<K::Unit>(raw(&chars)).map(|(_, u)| u).collect();
            crate::sort::sort_by(&mut set, Ord::cmp);
            strip_range::<K::Unit>(bytes, left, right, |u| set.binary_search(&u).is_ok())
        }
    };
    if range.len() == bytes.len() {
        return Ok(text.value.clone());
    }
    copy_text::<K>(vm, bytes.get(range).unwrap_or_default())
}

/// The unit position of the needle in `text[start:end]` for `find` & co.
fn search<K: Kind>(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let (text, slots) = method_args::<K>(vm, args, name, Sig::Legacy(1, 3))?;
    let needle = K::needle(
        vm,
        slots
            .first()
            .and_then(Option::as_ref)
            .unwrap_or(&Value::None),
    )?;
    let (start, end) = bounds(vm, &slots, 1, text.len)?;
    if start > end {
        return Ok(None);
    }
    let (window, from) = text.window(start, end);
    let finder = Finder::new(raw(&needle));
    let found = if reverse {
        finder.rfind(window)
    } else {
        finder.find(window)
    };
    Ok(found.map(|at| text.index(from + at)))
}

/// `find`, `rfind` (`-1` when absent) and `index`, `rindex` (`raise`: ValueError).
fn find<K: Kind>(vm: &mut Vm, args: Args, reverse: bool, raise: bool) -> PyResult<Value> {
    let name = match (reverse, raise) {
        (false, false) => "find",
        (true, false) => "rfind",
        (false, true) => "index",
        (true, true) => "rindex",
    };
    match search::<K>(vm, args, name, reverse)? {
        Some(at) => Ok(Value::from_len(at)),
        None if raise => Err(PyErr::value_error(K::NOT_FOUND)),
        None => Ok(Value::Int(-1)),
    }
}

/// `count(sub, start, end)`: non-overlapping occurrences.
fn count<K: Kind>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (text, slots) = method_args::<K>(vm, args, "count", Sig::Legacy(1, 3))?;
    let needle = K::needle(
        vm,
        slots
            .first()
            .and_then(Option::as_ref)
            .unwrap_or(&Value::None),
    )?;
    let (start, end) = bounds(vm, &slots, 1, text.len)?;
    if start > end {
        return Ok(Value::Int(0));
    }
    if raw(&needle).is_empty() {
        return Ok(Value::from_len(end - start + 1));
    }
    let (window, _) = text.window(start, end);
    Ok(Value::from_len(
        Finder::new(raw(&needle)).count(window, usize::MAX),
    ))
}

/// `replace(old, new, count=-1)`.
fn replace_method<K: Kind>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (text, slots) = method_args::<K>(vm, args, "replace", Sig::Clinic(2, 3))?;
    let old = text_arg::<K>(vm, &slots, 0, Role::Replace(1))?;
    let new = text_arg::<K>(vm, &slots, 1, Role::Replace(2))?;
    let max = int_arg(vm, &slots, 2, -1)?;
    let max = usize::try_from(max).unwrap_or(usize::MAX);
    let (old, new) = match (old, new) {
        (Some(old), Some(new)) => (old, new),
        _ => return Ok(text.value.clone()),
    };
    let out = replace::<K::Unit>(vm, text.bytes(), old.bytes(), new.bytes(), max)?;
    Ok(K::make(out))
}

/// `startswith` and `endswith` (`at_end`), with a tuple of candidates and bounds.
fn affix_match<K: Kind>(vm: &mut Vm, args: Args, at_end: bool) -> PyResult<Value> {
    let name = if at_end { "endswith" } else { "startswith" };
    let (text, slots) = method_args::<K>(vm, args, name, Sig::Legacy(1, 3))?;
    let arg = slots
        .first()
        .and_then(Option::as_ref)
        .cloned()
        .unwrap_or(Value::None);
    let (start, end) = bounds(vm, &slots, 1, text.len)?;
    let window = (start <= end).then(|| text.window(start, end).0);
    let matches = |candidate: &[u8]| match window {
        Some(w) if at_end => w.ends_with(candidate),
        Some(w) => w.starts_with(candidate),
        None => false,
    };
    if let Value::Tuple(items) = &arg {
        for item in &items.items {
            let candidate =
                K::unwrap(item).ok_or_else(|| K::wrong_prefix_item(name, &vm.type_name(item)))?;
            if matches(raw(&candidate)) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    let candidate = K::unwrap(&arg).ok_or_else(|| K::wrong_prefix(name, &vm.type_name(&arg)))?;
    Ok(Value::Bool(matches(raw(&candidate))))
}

const UPPER: u8 = 0;
const LOWER: u8 = 1;
const TITLE: u8 = 2;
const CAPITALIZE: u8 = 3;
const SWAPCASE: u8 = 4;

/// `upper`, `lower`, `title`, `capitalize` and `swapcase`.
fn case_map<K: Kind>(vm: &mut Vm, args: Args, map: u8) -> PyResult<Value> {
    let name = match map {
        UPPER => "upper",
        LOWER => "lower",
        TITLE => "title",
        CAPITALIZE => "capitalize",
        _ => "swapcase",
    };
    let (text, _) = method_args::<K>(vm, args, name, Sig::NoArgs)?;
    // ASCII text, the usual case, maps in place of the general Unicode tables, and its
    // result needs no UTF-8 check (nor a count after: its length is the receiver's).
    if let (Value::Str(s), true, UPPER | LOWER) = (&text.value, text.ascii(), map) {
        let s = s.as_str();
        vm.check_alloc(1, s.len())?;
        return Ok(Value::str(if map == UPPER {
            s.to_ascii_uppercase()
        } else {
            s.to_ascii_lowercase()
        }));
    }
    let bytes = text.bytes();
    let out = match map {
        UPPER => K::Unit::upper_all(bytes),
        LOWER => K::Unit::lower_all(bytes),
        TITLE => title::<K::Unit>(bytes),
        CAPITALIZE => capitalize::<K::Unit>(bytes),
        _ => swapcase::<K::Unit>(bytes),
    };
    // Case mapping can lengthen text ('ß'.upper() is 'SS'): the result is counted first.
    new_text::<K>(vm, out)
}

/// `center`, `ljust` (text on the `LEFT`) and `rjust`.
fn justify<K: Kind>(vm: &mut Vm, args: Args, side: u8) -> PyResult<Value> {
    let name = match side {
        LEFT => "ljust",
        RIGHT => "rjust",
        _ => "center",
    };
    let (text, slots) = method_args::<K>(vm, args, name, Sig::Clinic(1, 2))?;
    let width = int_arg(vm, &slots, 0, 0)?;
    let fill = match slots.get(1).and_then(Option::as_ref) {
        Some(v) => K::fill_unit(vm, name, v)?,
        None => K::Unit::from_ascii(b' '),
    };
    let width = usize::try_from(width).unwrap_or(0);
    if width <= text.len {
        return Ok(text.value.clone());
    }
    let margin = width - text.len;
    let (left, right) = match side {
        LEFT => (0, margin),
        RIGHT => (margin, 0),
        _ => {
            let left = margin / 2 + (margin & width & 1);
            (left, margin - left)
        }
    };
    Ok(K::make(pad(vm, text.bytes(), left, right, fill)?))
}

/// `zfill(width)`: zeros on the left, after any sign.
fn zfill<K: Kind>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (text, slots) = method_args::<K>(vm, args, "zfill", Sig::One)?;
    let width = usize::try_from(int_arg(vm, &slots, 0, 0)?).unwrap_or(0);
    if width <= text.len {
        return Ok(text.value.clone());
    }
    let bytes = text.bytes();
    let fill = width - text.len;
    let (sign, digits) = match bytes.first() {
        Some(&s @ (b'+' | b'-')) => (Some(s), bytes.get(1..).unwrap_or_default()),
        _ => (None, bytes),
    };
    super::text::reserve(vm, 1, width)?;
    let mut out = Vec::with_capacity(bytes.len() + fill);
    out.extend(sign);
    out.resize(out.len() + fill, b'0');
    out.extend_from_slice(digits);
    Ok(K::make(out))
}

/// `partition(sep)` and `rpartition(sep)`.
fn partition<K: Kind>(vm: &mut Vm, args: Args, reverse: bool) -> PyResult<Value> {
    let name = if reverse { "rpartition" } else { "partition" };
    let (text, slots) = method_args::<K>(vm, args, name, Sig::One)?;
    let sep = text_arg::<K>(vm, &slots, 0, Role::Sub)?
        .map(|t| t.value)
        .unwrap_or(Value::None);
    let sep_bytes = raw(&sep);
    if sep_bytes.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let bytes = text.bytes();
    let finder = Finder::new(sep_bytes);
    let found = if reverse {
        finder.rfind(bytes)
    } else {
        finder.find(bytes)
    };
    let empty = || K::make(Vec::new());
    let parts = match found {
        Some(at) => {
            let (head, tail) = bytes.split_at(at.min(bytes.len()));
            vec![
                copy_text::<K>(vm, head)?,
                sep.clone(),
                copy_text::<K>(vm, tail.get(sep_bytes.len()..).unwrap_or_default())?,
            ]
        }
        None if reverse => vec![empty(), empty(), text.value.clone()],
        None => vec![text.value.clone(), empty(), empty()],
    };
    Ok(Value::tuple(parts))
}

/// `splitlines(keepends=False)`.
fn splitlines<K: Kind>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (text, slots) = method_args::<K>(vm, args, "splitlines", Sig::Keywords(&["keepends"]))?;
    let keepends = int_arg(vm, &slots, 0, 0)? != 0;
    let bytes = text.bytes();
    let lines = split_lines::<K::Unit>(bytes, keepends, piece_room(vm));
    pieces::<K>(vm, bytes, lines)
}

/// `expandtabs(tabsize=8)`.
fn expandtabs<K: Kind>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (text, slots) = method_args::<K>(vm, args, "expandtabs", Sig::Keywords(&["tabsize"]))?;
    let tabsize = int_arg(vm, &slots, 0, 8)?;
    if i32::try_from(tabsize).is_err() {
        return Err(PyErr::overflow("Python int too large to convert to C int"));
    }
    Ok(K::make(expand_tabs::<K::Unit>(vm, text.bytes(), tabsize)?))
}

/// `removeprefix` and `removesuffix` (`suffix`).
fn remove_affix<K: Kind>(vm: &mut Vm, args: Args, suffix: bool) -> PyResult<Value> {
    let name = if suffix {
        "removesuffix"
    } else {
        "removeprefix"
    };
    let (text, slots) = method_args::<K>(vm, args, name, Sig::One)?;
    let affix = text_arg::<K>(vm, &slots, 0, Role::Affix(name))?
        .map(|t| t.value)
        .unwrap_or(Value::None);
    let (bytes, affix) = (text.bytes(), raw(&affix));
    let rest = if suffix {
        bytes.strip_suffix(affix)
    } else {
        bytes.strip_prefix(affix)
    };
    match rest {
        Some(rest) if !affix.is_empty() => copy_text::<K>(vm, rest),
        _ => Ok(text.value.clone()),
    }
}

pub(crate) const IS_SPACE: u8 = 0;
pub(crate) const IS_ALPHA: u8 = 1;
pub(crate) const IS_ALNUM: u8 = 2;
pub(crate) const IS_DIGIT: u8 = 3;
pub(crate) const IS_DECIMAL: u8 = 4;
pub(crate) const IS_NUMERIC: u8 = 5;
pub(crate) const IS_UPPER: u8 = 6;
pub(crate) const IS_LOWER: u8 = 7;
pub(crate) const IS_TITLE: u8 = 8;
pub(crate) const IS_ASCII: u8 = 9;

/// The `is*` predicates; registered for str as well (`isdecimal`, `isnumeric`).
pub(crate) fn predicate<K: Kind>(vm: &mut Vm, args: Args, p: u8) -> PyResult<Value> {
    let name = match p {
        IS_SPACE => "isspace",
        IS_ALPHA => "isalpha",
        IS_ALNUM => "isalnum",
        IS_DIGIT => "isdigit",
        IS_DECIMAL => "isdecimal",
        IS_NUMERIC => "isnumeric",
        IS_UPPER => "isupper",
        IS_LOWER => "islower",
        IS_TITLE => "istitle",
        _ => "isascii",
    };
    let (text, _) = method_args::<K>(vm, args, name, Sig::NoArgs)?;
    let bytes = text.bytes();
    let all =
        |f: fn(K::Unit) -> bool| !bytes.is_empty() && units::<K::Unit>(bytes).all(|(_, u)| f(u));
    Ok(Value::Bool(match p {
        IS_SPACE => all(Unit::is_space),
        IS_ALPHA => all(Unit::is_alpha),
        IS_ALNUM => all(Unit::is_alnum),
        IS_DIGIT => all(Unit::is_digit),
        IS_DECIMAL => all(Unit::is_decimal),
        IS_NUMERIC => all(Unit::is_numeric),
        IS_UPPER => is_one_case::<K::Unit>(bytes, true),
        IS_LOWER => is_one_case::<K::Unit>(bytes, false),
        IS_TITLE => is_title::<K::Unit>(bytes),
        _ => bytes.is_ascii(),
    }))
}

/// The plain value of `self` and the one argument of a dunder method.
fn dunder_args<K: Kind>(vm: &Vm, args: &Args, name: &str, arity: usize) -> PyResult<(Text, Value)> {
    let text = receiver::<K>(vm, args, name)?;
    super::type_dunders::slot_arity(args, arity)?;
    Ok((text, args.get(1).cloned().unwrap_or(Value::None)))
}

fn dunder_len<K: Kind>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (text, _) = dunder_args::<K>(vm, &args, "__len__", 0)?;
    Ok(Value::from_len(text.len))
}

fn dunder_contains<K: Kind>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (text, item) = dunder_args::<K>(vm, &args, "__contains__", 1)?;
    vm.contains(&text.value, &item).map(Value::Bool)
}

fn dunder_getitem<K: Kind>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (text, key) = dunder_args::<K>(vm, &args, "__getitem__", 1)?;
    vm.getitem(&text.value, &key)
}

#[cfg(test)]
mod tests {
    /// A program exercising the shared methods on both types end to end (parser, compiler,
    /// VM, these methods), with the output CPython 3.11 prints for it.
    const PROGRAM: &str = r#"class S(str):
    pass
t = "αβγ δεζ ηθι"
print(t.find("δ", 2), t.rfind("θ", 0, -1), t.count("ζ", 4), t.index("ι"), t.split("β"), t.rpartition(" "))
print("  a  b  c ".split(None, 1), "  a  b  c ".rsplit(None, 1), "a,b,,c".split(","), b"a b".split())
print("-".join([S("x"), "y"]), b"-".join([b"a", bytearray(b"b")]), S("Hi there").upper().swapcase())
print("xxhixx".strip("x"), "ΣΑΣ ΣΑΣ".title(), "ǆemal".capitalize(), "Straße".casefold())
print("ab".center(7, "*"), "-42".zfill(6), "a\tbc\td".expandtabs(4), "x\r\ny\nz".splitlines(True))
print("abc".replace("", "-"), "aaa".replace("a", "b", 2), b"hello".find(108), "hello".startswith(("x", "he"), 0))
print("Ⅻ".isnumeric(), "Ⅻ".isalpha(), "²".isdigit(), "²".isdecimal(), "ǅ".istitle(), "_a1".isidentifier())
print("é日".encode("ascii", "backslashreplace"), b"caf\xe9".decode("latin-1"), bytes.fromhex("de ad").hex(":"))
for f in [lambda: ",".join(["a", 1]), lambda: "x".center(3, "ab"), lambda: "abc".index("z"),
          lambda: "abc".split(""), lambda: "é".encode("ascii"), lambda: b"\xc3(".decode(),
          lambda: str.upper(1), lambda: "a".upper(1), lambda: "a".find(), lambda: "a".split(x=1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
"#;
    const EXPECTED: &str = r#"4 9 1 10 ['α', 'γ δεζ ηθι'] ('αβγ δεζ', ' ', 'ηθι')
['a', 'b  c '] ['  a  b', 'c'] ['a', 'b', '', 'c'] [b'a', b'b']
x-y b'a-b' hi there
hi Σας Σας ǅemal strasse
***ab** -00042 a   bc  d ['x\r\n', 'y\n', 'z']
-a-b-c- bba 2 True
True False True False True True
b'\\xe9\\u65e5' café de:ad
TypeError sequence item 1: expected str instance, int found
TypeError The fill character must be exactly one character long
ValueError substring not found
ValueError empty separator
UnicodeEncodeError 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
UnicodeDecodeError 'utf-8' codec can't decode byte 0xc3 in position 0: invalid continuation byte
TypeError descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
TypeError str.upper() takes no arguments (1 given)
TypeError find() takes at least 1 argument (0 given)
TypeError 'x' is an invalid keyword argument for split()
"#;

    #[test]
    fn shared_methods_end_to_end() {
        let out = crate::Sandbox::new().run(PROGRAM);
        assert!(out.error.is_none(), "{:?}", out.error.map(|e| e.summary));
        for (got, want) in out.stdout.lines().zip(EXPECTED.lines()) {
            assert_eq!(got, want);
        }
        assert_eq!(out.stdout.lines().count(), EXPECTED.lines().count());
    }
}
