//! `re`: regular expressions on a linear-time engine (`re/engine.rs`, a Pike VM), so no
//! pattern can make a search take exponential time (`(a+)+$` included). Python syntax
//! is translated to the `regex` crate's, which the engine compiles; what needs
//! backtracking (backreferences, look-around, atomic groups, conditionals) is refused
//! with `re.error`. Matching is in Rust; `Pattern`, `Match`, replacement templates and
//! `split` are embedded Python over the native spans. Positions are in code points, as
//! in Python.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::value::{len_i64, PyStr, Value};
use crate::vm::subscript::clamp_position;
use crate::vm::{Args, ExcKind, PyErr, PyResult, Vm};

use super::ModuleBuilder;

mod engine;
mod program;
mod translate;

use engine::{BuildError, Captures, Program};
use translate::Error;

const FLAG_I: i64 = 2;
const FLAG_L: i64 = 4;
const FLAG_M: i64 = 8;
const FLAG_S: i64 = 16;
const FLAG_U: i64 = 32;
const FLAG_X: i64 = 64;
const FLAG_A: i64 = 256;

/// The most memory one compiled pattern may take, with its search threads' capture
/// slots (the guard against patterns like `(?:a{1000}){1000}`).
const SIZE_LIMIT: usize = 2 << 20;
/// How many compiled patterns the per-thread cache keeps before it starts over.
const CACHE_MAX: usize = 256;

/// A pattern translated and compiled: the search program, the program for
/// `fullmatch` (anchored at the end), the number of groups and the named groups.
struct Compiled {
    search: Program,
    full: Program,
    groups: usize,
    /// Python's `$` without MULTILINE also matches before a final newline (see [`find`]).
    dollar_before_newline: bool,
    names: Vec<(String, usize)>,
    flags: i64,
}

thread_local! {
    static CACHE: RefCell<HashMap<(String, i64), Rc<Compiled>>> = RefCell::new(HashMap::new());
}

const PYTHON: &str = include_str!(concat!(env!("OUT_DIR"), "/stdlib/re.py"));

/// Builds the `re` module.
pub fn build(vm: &mut Vm, m: &ModuleBuilder) -> PyResult<()> {
    m.function("_compile", compile_info);
    m.function("_search", search);
    m.function("_iter", iterate);
    m.function("_purge", purge);
    m.run_python(vm, PYTHON)
}

// ---------------------------------------------------------------- translation

fn build_regex(source: &str, flags: i64) -> Result<Program, String> {
    let options = engine::Options {
        case_insensitive: flags & FLAG_I != 0,
        multi_line: flags & FLAG_M != 0,
        dot_matches_new_line: flags & FLAG_S != 0,
        size_limit: SIZE_LIMIT,
    };
    Program::new(source, &options).map_err(|e| match e {
        BuildError::TooBig => "pattern too large for the sandbox".to_string(),
        BuildError::Syntax(text) => text,
    })
}

/// Translates and compiles `pattern` (cached per thread).
fn compiled(pattern: &str, flags: i64) -> Result<Rc<Compiled>, Error> {
    let key = (pattern.to_string(), flags);
    if let Some(c) = CACHE.with(|cache| cache.borrow().get(&key).cloned()) {
        return Ok(c);
    }
    let t = translate::translate(pattern, flags)?;
    let crate_error = |msg: String| Error::Syntax { msg, pos: None };
    let search = build_regex(&t.source, t.flags).map_err(crate_error)?;
    let full = build_regex(&format!("(?:{})\\z", t.source), t.flags).map_err(crate_error)?;
    let groups = search.group_len().saturating_sub(1);
    let names = search.names();
    let c = Rc::new(Compiled {
        search,
        full,
        groups,
        dollar_before_newline: t.dollar && !t.end_z && t.flags & FLAG_M == 0,
        names,
        flags: t.flags,
    });
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() >= CACHE_MAX {
            cache.clear();
        }
        cache.insert(key, c.clone());
    });
    Ok(c)
}

// ---------------------------------------------------------------- natives

fn str_arg(args: &Args, i: usize) -> PyResult<Rc<PyStr>> {
    match args.pos.get(i) {
        Some(Value::Str(s)) => Ok(s.clone()),
        _ => Err(PyErr::type_error("re: expected a str")),
    }
}

fn int_arg(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i64> {
    match args.pos.get(i) {
        Some(v) => vm.to_ssize(v),
        None => Ok(0),
    }
}

fn lookup(vm: &mut Vm, args: &Args) -> PyResult<Rc<Compiled>> {
    let pattern = str_arg(args, 0)?;
    let flags = int_arg(vm, args, 1)?;
    compiled(pattern.as_str(), flags).map_err(|e| match e {
        Error::Syntax { msg, .. } | Error::Value(msg) => PyErr::value_error(msg),
        Error::Overflow(msg) => PyErr::new(ExcKind::OverflowError, msg),
    })
}

/// `_compile(pattern, flags)`: `(groups, [(name, index)], flags)`, or `(msg, pos)`
/// (pos may be None) for the Python side to raise as `re.error`. Flag conflicts raise
/// `ValueError` and too large repeat counts `OverflowError` directly, as in CPython.
fn compile_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pattern = str_arg(&args, 0)?;
    let flags = int_arg(vm, &args, 1)?;
    vm.charge_fuel(pattern.char_len() as u64)?;
    match compiled(pattern.as_str(), flags) {
        Ok(c) => Ok(Value::tuple(vec![
            Value::from_len(c.groups),
            Value::list(
                c.names
                    .iter()
                    .map(|(n, i)| Value::tuple(vec![Value::str(n.clone()), Value::from_len(*i)]))
                    .collect(),
            ),
            Value::Int(c.flags),
        ])),
        Err(Error::Syntax { msg, pos }) => Ok(Value::tuple(vec![
            Value::str(msg),
            pos.map_or(Value::None, Value::from_len),
        ])),
        Err(Error::Value(msg)) => Err(PyErr::value_error(msg)),
        Err(Error::Overflow(msg)) => Err(PyErr::new(ExcKind::OverflowError, msg)),
    }
}

/// Maps the engine's byte offsets in the searched text to Python's code-point indices.
struct Offsets {
    /// Byte offset of each code point (empty when the text is ASCII: identical).
    starts: Vec<usize>,
}

impl Offsets {
    fn new(vm: &mut Vm, text: &PyStr) -> PyResult<Offsets> {
        if text.is_ascii() {
            return Ok(Offsets { starts: Vec::new() });
        }
        vm.check_alloc(std::mem::size_of::<usize>(), text.char_len())?;
        Ok(Offsets {
            starts: text.as_str().char_indices().map(|(b, _)| b).collect(),
        })
    }

    fn to_char(&self, byte: usize) -> i64 {
        if self.starts.is_empty() {
            return len_i64(byte);
        }
        len_i64(self.starts.partition_point(|&b| b < byte))
    }
}

/// The searched window: the text cut at `endpos` (so `$` matches there, as in
/// Python) and the byte offset of `pos`.
fn window(vm: &mut Vm, args: &Args, text: &PyStr) -> PyResult<(usize, usize)> {
    let n = text.char_len();
    let pos = clamp_position(int_arg(vm, args, 3)?.max(0), n);
    let endpos = clamp_position(int_arg(vm, args, 4)?.max(0), n).max(pos);
    let start = text.byte_offset(pos);
    let end = text.byte_offset(endpos);
    vm.charge_fuel(u64::try_from(endpos - pos).unwrap_or(u64::MAX) / 8 + 1)?;
    Ok((start, end))
}

fn spans(caps: &Captures, offsets: &Offsets) -> Value {
    let mut out = Vec::with_capacity(caps.group_len() * 2);
    for i in 0..caps.group_len() {
        match caps.get_group(i) {
            Some(m) => {
                out.push(Value::Int(offsets.to_char(m.start)));
                out.push(Value::Int(offsets.to_char(m.end)));
            }
            None => {
                out.push(Value::Int(-1));
                out.push(Value::Int(-1));
            }
        }
    }
    Value::list(out)
}

/// The leftmost match at or after `at`. Python's `$` (without MULTILINE) also matches
/// just before a final newline, the engine's only at the very end: such patterns are
/// also tried on the text without that newline, and the leftmost match wins (the whole
/// text's on a tie).
fn find(vm: &mut Vm, c: &Compiled, hay: &str, at: usize) -> PyResult<Option<Captures>> {
    let whole = c.search.captures_at(hay, at, &mut charge(vm))?;
    if !c.dollar_before_newline || !hay.ends_with('\n') || at >= hay.len() {
        return Ok(whole);
    }
    let cut = hay.get(..hay.len() - 1).unwrap_or_default();
    let short = c.search.captures_at(cut, at, &mut charge(vm))?;
    let start = |caps: &Captures| caps.get_group(0).map_or(usize::MAX, |m| m.start);
    Ok(match (whole, short) {
        (Some(w), Some(s)) => Some(if start(&s) < start(&w) { s } else { w }),
        (None, s) => s,
        (w, None) => w,
    })
}

/// What a search's thread steps cost: fuel as for a native scan (an eighth of an
/// instruction each), so a long pattern over a long text runs out of fuel or time
/// instead of running on past the limits.
fn charge(vm: &mut Vm) -> impl FnMut(usize) -> PyResult<()> + '_ {
    |steps| vm.charge_scan(steps)
}

/// `_search(pattern, flags, string, pos, endpos, mode)`: the spans of the first match
/// (mode 0 search, 1 match at `pos`, 2 fullmatch), or None.
fn search(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = lookup(vm, &args)?;
    let text = str_arg(&args, 2)?;
    let mode = int_arg(vm, &args, 5)?;
    let (start, end) = window(vm, &args, &text)?;
    let hay = text.as_str().get(..end).unwrap_or_default();
    let found = if mode == 2 {
        c.full.captures_at(hay, start, &mut charge(vm))?
    } else {
        find(vm, &c, hay, start)?
    };
    let Some(caps) = found else {
        return Ok(Value::None);
    };
    let whole = caps.get_group(0).map_or(0, |m| m.start);
    if mode != 0 && whole != start {
        return Ok(Value::None);
    }
    let offsets = Offsets::new(vm, &text)?;
    Ok(spans(&caps, &offsets))
}

/// `_iter(pattern, flags, string, pos, endpos, limit)`: the spans of successive
/// matches with Python's rules for empty matches (an empty match may follow a
/// non-empty one; after an empty match the search moves on), at most `limit` (0: all).
fn iterate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = lookup(vm, &args)?;
    let text = str_arg(&args, 2)?;
    let limit = usize::try_from(int_arg(vm, &args, 5)?).unwrap_or(0);
    let (start, end) = window(vm, &args, &text)?;
    let hay = text.as_str().get(..end).unwrap_or_default();
    let offsets = Offsets::new(vm, &text)?;
    let mut out = Vec::new();
    let mut at = start;
    let mut after_empty = false;
    while at <= hay.len() {
        let Some(caps) = find(vm, &c, hay, at)? else {
            break;
        };
        let Some(m) = caps.get_group(0) else {
            break;
        };
        if after_empty && m.start == at && m.is_empty() {
            let step = hay
                .get(at..)
                .and_then(|r| r.chars().next())
                .map_or(1, char::len_utf8);
            at += step;
            after_empty = false;
            continue;
        }
        vm.charge_fuel(caps.group_len() as u64)?;
        vm.check_alloc(16 * caps.group_len(), out.len() + 1)?;
        out.push(spans(&caps, &offsets));
        if limit > 0 && out.len() >= limit {
            break;
        }
        after_empty = m.is_empty();
        at = m.end;
    }
    Ok(Value::list(out))
}

/// `purge()`: forgets the compiled patterns of this thread.
fn purge(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    CACHE.with(|cache| cache.borrow_mut().clear());
    Ok(Value::None)
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

    /// Linear time can still be long: 30,000 threads of a long program at each of
    /// 100,000 positions took some 20 s, past any time limit, as the search did not
    /// stop for it. Its steps are charged as fuel now, so the run ends at its budget.
    #[test]
    fn long_searches_spend_fuel() {
        let mut policy = crate::policy::Policy::default();
        policy.limits.max_instructions = Some(1_000_000);
        policy.limits.timeout_ms = Some(60_000);
        let started = std::time::Instant::now();
        let out = Sandbox::with_policy(policy)
            .run("import re\nprint(re.search('(?:a{50}){600}b', 'a' * 100000))\n");
        assert!(started.elapsed().as_secs_f64() < 10.0);
        assert!(
            out.violations.iter().any(|v| v.rule == "max_instructions"),
            "{:?} {:?}",
            out.error,
            out.violations
        );
    }

    /// The blow-up case finishes in milliseconds (about 10 ms in a release
    /// build; a backtracking engine would need some 2^50000 steps). The bound leaves room
    /// for an unoptimised build on a loaded machine, and doubling the text must not do
    /// much more than double the time, which a super-linear engine could not pass.
    #[test]
    fn catastrophic_pattern_is_linear() {
        let timed = |n: usize| {
            let started = std::time::Instant::now();
            let src = format!("import re\nprint(re.match('(a+)+$', 'a' * {n} + 'b'))\n");
            assert_eq!(run(&src), "None\n");
            started.elapsed().as_secs_f64()
        };
        let base = timed(50_000);
        assert!(base < 0.5, "took {base:.3} s");
        let doubled = timed(100_000);
        assert!(
            doubled < 4.0 * base + 0.05,
            "{base:.3} s, then {doubled:.3} s for twice the text"
        );
    }

    #[test]
    fn backreferences_and_lookaround_are_refused() {
        for pat in [
            "(a)\\\\1",
            "(?P<x>a)(?P=x)",
            "a(?=b)",
            "a(?!b)",
            "(?<=a)b",
            "(?<!a)b",
            "a*+",
            "(?>a)",
            "(a)(?(1)b|c)",
        ] {
            let out = run(&format!(
                "import re\ntry:\n    re.compile('{pat}')\nexcept re.error as e:\n    print('linear-time' in str(e))\n"
            ));
            assert_eq!(out, "True\n", "{pat}");
        }
    }

    #[test]
    fn positions_are_code_points() {
        let out = run("import re\nm = re.search('b+', 'ééabbb')\nprint(m.span(), m.group())\n");
        assert_eq!(out, "(3, 6) bbb\n");
    }
}
