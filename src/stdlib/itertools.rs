//! `itertools`: CPython 3.11's iterator building blocks (count, cycle, repeat, accumulate,
//! chain, compress, dropwhile, takewhile, filterfalse, groupby, islice, starmap,
//! zip_longest, tee, product, permutations, combinations,
//! combinations_with_replacement, pairwise).

use crate::vm::{PyResult, Vm};

use super::ModuleBuilder;

/// The whole module in Python: each iterator is a small class (most stepping a private
/// generator), so it is lazy and every step is charged fuel by the interpreter like user
/// code (infinite ones stay inside the instruction budget), and each is its own type with
/// CPython's name and repr.
const PYTHON: &str = include_str!(concat!(env!("OUT_DIR"), "/stdlib/itertools.py"));

/// Builds the `itertools` module.
pub fn build(vm: &mut Vm, m: &ModuleBuilder) -> PyResult<()> {
    m.run_python(vm, PYTHON)?;
    m.c_types(&[
        "count",
        "repeat",
        "chain",
        "groupby",
        "_grouper",
        "_tee",
        "cycle",
        "accumulate",
        "compress",
        "dropwhile",
        "takewhile",
        "filterfalse",
        "islice",
        "starmap",
        "zip_longest",
        "product",
        "permutations",
        "combinations",
        "combinations_with_replacement",
        "pairwise",
    ]);
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::policy::{Policy, ViolationKind};
    use crate::Sandbox;

    fn run(policy: Policy, src: &str) -> crate::RunOutput {
        Sandbox::with_policy(policy).run(src)
    }

    #[test]
    fn infinite_iterators_stop_at_the_fuel_budget() {
        for src in [
            "import itertools\nfor _ in itertools.count():\n    pass\n",
            "import itertools\nfor _ in itertools.cycle('ab'):\n    pass\n",
            "import itertools\nfor _ in itertools.repeat(1):\n    pass\n",
            "import itertools\nsum(itertools.islice(itertools.count(), 10**12))\n",
        ] {
            let mut policy = Policy::default();
            policy.limits.max_instructions = Some(200_000);
            policy.limits.timeout_ms = Some(20_000);
            let out = run(policy, src);
            assert!(out.error.is_some(), "{src}");
            assert!(
                out.violations
                    .iter()
                    .any(|v| v.kind == ViolationKind::Limit),
                "{src}: {:?}",
                out.violations
            );
        }
    }

    #[test]
    fn iterators_are_lazy() {
        let src = "import itertools\n\
                   it = itertools.product(range(10**6), repeat=3)\n\
                   print(next(it), next(it))\n\
                   print(list(itertools.islice(itertools.permutations(range(50)), 1))[0][:3])\n";
        let out = run(Policy::default(), src);
        assert!(out.error.is_none(), "{:?}", out.error);
        assert_eq!(out.stdout, "(0, 0, 0) (0, 0, 1)\n(0, 1, 2)\n");
    }

    #[test]
    fn tee_keeps_only_the_gap_between_copies() {
        let src = "import itertools\n\
                   a, b = itertools.tee(range(200000))\n\
                   total = 0\n\
                   for x, y in zip(a, b):\n    total += x - y\n\
                   print(total)\n";
        let mut policy = Policy::default();
        policy.limits.max_memory = 4 << 20;
        let out = run(policy, src);
        assert!(out.error.is_none(), "{:?}", out.error);
        assert_eq!(out.stdout, "0\n");
    }
}
