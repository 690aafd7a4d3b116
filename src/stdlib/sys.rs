//! `sys`: a safe, read-mostly view of the interpreter. It reports Sandpit's identity
//! (version 3.11, platform `sandpit`) and numeric limits, and lets programs read and
//! lower the recursion limit; it exposes nothing about the host (no `modules`,
//! `_getframe`, `settrace`, real streams or path). `stdout` is the program's own output
//! (what `print` writes), so `sys.stdout.write` works as in CPython.

use crate::value::Value;
use crate::vm::{Args, ExcKind, PyErr, PyResult, Vm};

use super::ModuleBuilder;

/// The version string: CPython 3.11's language, Sandpit's implementation.
const VERSION: &str = "3.11.0 (sandpit) [Sandpit Python sandbox]";

/// The structured parts of `sys`, clearest as small Python classes: tuple-like records
/// with named fields, and `exit` raising SystemExit.
const PYTHON: &str = include_str!(concat!(env!("OUT_DIR"), "/stdlib/sys.py"));

/// `_write_stdout(text)`: appends to the program's output, under the output limit.
fn write_stdout(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.get(0) {
        Some(Value::Str(s)) => vm.write_stdout(s.as_str())?,
        _ => return Err(PyErr::type_error("_write_stdout expects a str")),
    }
    Ok(Value::None)
}

/// The exception being handled where `sys` is called (None outside handlers).
fn handled(vm: &Vm) -> Value {
    vm.exc_stack.last().cloned().unwrap_or(Value::None)
}

/// `sys.exception()`: the exception being handled, or None.
fn exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("sys.exception")?;
    args.check("sys.exception", 0, 0)?;
    Ok(handled(vm))
}

/// `sys.exc_info()`: `(type, value, traceback)` of the exception being handled, or three
/// Nones. The traceback is the placeholder object `__traceback__` gives.
fn exc_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("sys.exc_info")?;
    args.check("sys.exc_info", 0, 0)?;
    let value = handled(vm);
    if value.is_none() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let class = Value::Class(vm.type_of(&value));
    let traceback = vm.getattr(&value, "__traceback__")?;
    Ok(Value::tuple(vec![class, value, traceback]))
}

fn getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("sys.getrecursionlimit")?;
    args.check("sys.getrecursionlimit", 0, 0)?;
    Ok(Value::from_len(vm.max_depth))
}

/// Sets the VM's frame limit: never above the policy's `max_stack_depth` (a higher
/// request is quietly capped), and never below the current depth (CPython's error).
fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs("sys.setrecursionlimit")?;
    args.check("sys.setrecursionlimit", 1, 1)?;
    let Some(v) = args.get(0) else {
        return Ok(Value::None);
    };
    if matches!(v, Value::Float(_)) {
        return Err(vm.not_integer(v));
    }
    let n = vm.to_index(v)?;
    if n < 1 {
        return Err(PyErr::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    let depth = vm.frames.len();
    if usize::try_from(n).is_ok_and(|n| n <= depth) {
        return Err(PyErr::new(
            ExcKind::RecursionError,
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
            ),
        ));
    }
    let cap = vm.policy.limits.max_stack_depth;
    vm.max_depth = usize::try_from(n).map_or(cap, |n| n.min(cap));
    Ok(Value::None)
}

/// Bytes CPython 3.11 (64-bit) reports for an object, as an estimate from its kind and
/// length: programs use it for rough comparisons, not to reach real memory.
fn size_estimate(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::None => 16,
        Value::Bool(b) => 24 + 4 * usize::from(*b),
        Value::Int(0) => 28,
        Value::Int(i) => 24 + 4 * (64 - i.unsigned_abs().leading_zeros() as usize).div_ceil(30),
        Value::BigInt(b) => usize::try_from(b.value.bits().div_ceil(30))
            .unwrap_or(usize::MAX)
            .saturating_mul(4)
            .saturating_add(24),
        Value::Float(_) => 24,
        Value::Str(s) => {
            if s.is_ascii() {
                49 + s.char_len()
            } else {
                let widest = s.as_str().chars().map(|c| c as u32).max().unwrap_or(0);
                let (base, unit) = match widest {
                    0..=0xff => (73, 1),
                    0x100..=0xffff => (74, 2),
                    _ => (76, 4),
                };
                base + unit * s.char_len()
            }
        }
        Value::Bytes(b) => 33 + b.bytes.len(),
        Value::List(l) => 56 + 8 * l.len(),
        Value::Tuple(t) => 40 + 8 * t.items.len(),
        Value::Dict(d) => match d.len() {
            0 => 64,
            n => 184 + 48 * n.next_power_of_two().max(8) / 2,
        },
        Value::Set(s) | Value::FrozenSet(s) => 216 + 16 * s.len().saturating_sub(4),
        Value::Range(_) => 48,
        Value::Instance(_) => 48,
        _ => {
            let _ = vm;
            64
        }
    })
}

fn getsizeof(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "getsizeof() takes at most 2 arguments ({} given)",
            args.pos.len()
        )));
    }
    let v = args.take(0, "object");
    let _default = args.take(1, "default");
    args.finish_kwargs("getsizeof")?;
    let Some(v) = v else {
        return Err(PyErr::type_error(
            "getsizeof() missing required argument 'object' (pos 1)",
        ));
    };
    Ok(Value::from_len(size_estimate(vm, &v)?))
}

/// Builds the `sys` module.
pub fn build(vm: &mut Vm, m: &ModuleBuilder) -> PyResult<()> {
    m.value("version", Value::str(VERSION));
    m.value("platform", Value::str("sandpit"));
    m.value("byteorder", Value::str("little"));
    m.value("maxsize", Value::Int(i64::MAX));
    m.value("maxunicode", Value::Int(0x10ffff));
    m.value("hexversion", Value::Int(0x030b00f0));
    m.value("argv", Value::list(vec![Value::str("")]));
    m.value(
        "copyright",
        Value::str("Sandpit: a Python sandbox written in Rust."),
    );
    m.function("getrecursionlimit", getrecursionlimit);
    m.function("setrecursionlimit", setrecursionlimit);
    m.function("getsizeof", getsizeof);
    m.function("exception", exception);
    m.function("exc_info", exc_info);
    m.function("_write_stdout", write_stdout);
    m.run_python(vm, PYTHON)
}

#[cfg(test)]
mod tests {
    use crate::policy::Preset;
    use crate::Sandbox;

    fn run(src: &str) -> String {
        let out = Sandbox::with_policy(Preset::Teaching.policy()).run(src);
        match out.error {
            Some(e) => format!("{}ERR {}", out.stdout, e.summary),
            None => out.stdout,
        }
    }

    #[test]
    fn recursion_limit_is_capped_by_the_policy_and_can_be_lowered() {
        let out = run("import sys\nprint(sys.getrecursionlimit())\nsys.setrecursionlimit(10**9)\nprint(sys.getrecursionlimit())\nsys.setrecursionlimit(20)\nprint(sys.getrecursionlimit())\ndef f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    print('deep')\n");
        let cap = Preset::Teaching.policy().limits.max_stack_depth;
        assert_eq!(out, format!("{cap}\n{cap}\n20\ndeep\n"));
    }

    #[test]
    fn a_self_lowered_limit_is_not_a_violation() {
        let src = "import sys\nsys.setrecursionlimit(30)\ndef f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    print('deep')\n";
        let out = Sandbox::with_policy(Preset::Teaching.policy()).run(src);
        assert_eq!(out.stdout, "deep\n");
        assert!(out.violations.is_empty(), "{:?}", out.violations);
    }

    #[test]
    fn exposes_no_host_internals() {
        let out = run("import sys\nprint([hasattr(sys, n) for n in ('modules', '_getframe', 'settrace', 'path')])\n");
        assert_eq!(out, "[False, False, False, False]\n");
    }
}
