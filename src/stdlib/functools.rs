//! `functools`: higher-order functions as in CPython 3.11 (reduce, partial,
//! update_wrapper/wraps, lru_cache/cache, cmp_to_key, total_ordering, singledispatch,
//! cached_property, partialmethod).

use crate::policy::Violation;
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::ModuleBuilder;

/// The whole module in Python: these are decorators and small wrapper classes whose work is
/// calling user functions, so they read most clearly as the Python they implement; the
/// interpreter charges their steps like user code.
const PYTHON: &str = include_str!(concat!(env!("OUT_DIR"), "/stdlib/functools.py"));

/// Builds the `functools` module.
pub fn build(vm: &mut Vm, m: &ModuleBuilder) -> PyResult<()> {
    m.function("_check_attribute_name", check_attribute_name);
    m.run_python(vm, PYTHON)?;
    m.c_types(&["partial", "KeyWrapper"]);
    Ok(())
}

/// `_check_attribute_name(name, quiet)`: whether user code may touch attribute `name`.
/// The module's Python is trusted (exempt from the dunder checks), so where a caller
/// picks the attribute names (`update_wrapper(..., assigned=...)`) it asks here first.
/// A blocked name is a `dunder` violation and an AttributeError, or just False when
/// `quiet` (for the default `__dict__`, which Sandpit functions do not have anyway).
fn check_attribute_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check("_check_attribute_name", 2, 2)?;
    let quiet = match args.get(1) {
        Some(flag) => vm.truthy(&flag.clone())?,
        None => false,
    };
    let Some(Value::Str(name)) = args.get(0) else {
        // Not a string: getattr itself raises the right TypeError.
        return Ok(Value::Bool(true));
    };
    if vm.policy.allows_attribute(name.as_str()) {
        return Ok(Value::Bool(true));
    }
    if quiet {
        return Ok(Value::Bool(false));
    }
    let v = Violation::dunder(name.as_str(), vm.current_span());
    let message = v.message.clone();
    vm.record(v);
    Err(PyErr::attribute_error(message))
}

#[cfg(test)]
mod tests {
    use crate::policy::{Policy, ViolationKind};
    use crate::Sandbox;

    /// The teaching policy plus `__wrapped__`, which user code may not read by default.
    fn run(src: &str) -> crate::RunOutput {
        let mut policy = Policy::default();
        policy.allowed_dunders.push("__wrapped__".into());
        Sandbox::with_policy(policy).run(src)
    }

    #[test]
    fn wraps_records_the_wrapped_function() {
        let src = "import functools\n\
                   def f(x):\n    return x\n\
                   @functools.wraps(f)\ndef g(*a):\n    return f(*a)\n\
                   print(g.__wrapped__ is f, g.__name__)\n\
                   c = functools.lru_cache(f)\n\
                   print(c.__wrapped__ is f, c(3))\n";
        let out = run(src);
        assert!(out.error.is_none(), "{:?}", out.error);
        assert_eq!(out.stdout, "True f\nTrue 3\n");
    }

    #[test]
    fn partial_repr_names_the_function() {
        let src = "import functools\n\
                   def f(a, b):\n    return a\n\
                   r = repr(functools.partial(f, 1, b=2))\n\
                   print(r.startswith('functools.partial(<function f at 0x'), r.endswith('>, 1, b=2)'))\n";
        let out = run(src);
        assert!(out.error.is_none(), "{:?}", out.error);
        assert_eq!(out.stdout, "True True\n");
    }

    #[test]
    fn lru_cache_evicts_the_least_recently_used() {
        let src = "import functools\n\
                   seen = []\n\
                   @functools.lru_cache(maxsize=2)\ndef f(x):\n    seen.append(x)\n    return x\n\
                   for x in [1, 2, 1, 3, 2, 1]:\n    f(x)\n\
                   print(seen, f.cache_info())\n";
        let out = run(src);
        assert!(out.error.is_none(), "{:?}", out.error);
        assert_eq!(
            out.stdout,
            "[1, 2, 3, 2, 1] CacheInfo(hits=1, misses=5, maxsize=2, currsize=2)\n"
        );
    }

    #[test]
    fn update_wrapper_cannot_read_blocked_dunders() {
        let src = "import functools\ndef f(): pass\nclass W: pass\n\
                   w = functools.update_wrapper(W(), f, assigned=['__globals__'])\n";
        let out = Sandbox::new().run(src);
        let err = out.error.map(|e| e.summary).unwrap_or_default();
        assert!(
            err.starts_with("AttributeError: access to attribute"),
            "{err}"
        );
        assert!(out
            .violations
            .iter()
            .any(|v| v.kind == ViolationKind::Dunder));
        // The blocked default `__dict__` is skipped: nothing reaches the user's `update`.
        let src = "import functools\nclass T:\n    def update(self, src):\n        print(src)\n\
                   class W:\n    def __getattr__(self, name):\n        return T()\n\
                   functools.update_wrapper(W(), functools, updated=['__dict__'])\n\
                   functools.update_wrapper(W(), functools)\n";
        let out = Sandbox::new().run(src);
        assert!(out.error.is_none(), "{:?}", out.error);
        assert_eq!(out.stdout, "");
    }
}
