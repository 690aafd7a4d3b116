//! `collections`: CPython 3.11's container datatypes: deque, defaultdict, OrderedDict,
//! Counter, namedtuple, ChainMap, UserDict, UserList and UserString.

use crate::vm::{PyResult, Vm};

use super::ModuleBuilder;

/// The module in Python: the dict-based types subclass `dict` (Sandpit gives such instances
/// a real dict payload, so every dict method and operator works on them) and only add
/// their own methods; `deque` keeps two lists (the front reversed) so appends and pops
/// at either end are amortised O(1); `namedtuple` builds its class with `type()` and
/// checks its arguments with CPython's messages.
const PYTHON: &str = include_str!(concat!(env!("OUT_DIR"), "/stdlib/collections.py"));

/// Builds the `collections` module.
pub fn build(vm: &mut Vm, m: &ModuleBuilder) -> PyResult<()> {
    m.function("_iskeyword", super::iskeyword);
    m.run_python(vm, PYTHON)?;
    m.c_types(&["deque", "defaultdict", "OrderedDict"]);
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::policy::Policy;
    use crate::Sandbox;

    fn run(policy: Policy, src: &str) -> crate::RunOutput {
        Sandbox::with_policy(policy).run(src)
    }

    #[test]
    fn bounded_deque_holds_only_maxlen_items() {
        let src = "from collections import deque\n\
                   print(deque(range(300000), maxlen=2))\n\
                   d = deque(maxlen=1)\nd.extendleft(iter(range(300000)))\nprint(d)\n";
        let mut policy = Policy::default();
        policy.limits.max_memory = 2 << 20;
        let out = run(policy, src);
        assert!(out.error.is_none(), "{:?}", out.error);
        assert_eq!(
            out.stdout,
            "deque([299998, 299999], maxlen=2)\ndeque([299999], maxlen=1)\n"
        );
    }

    #[test]
    fn deque_ends_are_cheap() {
        // 10^5 pops from the left must not be quadratic: a small fuel budget suffices.
        let src = "from collections import deque\n\
                   d = deque(range(100000))\n\
                   while d:\n    d.popleft()\n    if d:\n        d.pop()\n\
                   print(len(d))\n";
        let mut policy = Policy::default();
        policy.limits.max_instructions = Some(10_000_000);
        let out = run(policy, src);
        assert!(out.error.is_none(), "{:?}", out.error);
        assert_eq!(out.stdout, "0\n");
    }

    #[test]
    fn counter_and_defaultdict_are_dicts() {
        let src = "from collections import Counter, defaultdict, OrderedDict\n\
                   c = Counter('aab')\nd = defaultdict(int)\nd['x'] += 1\n\
                   print(isinstance(c, dict), dict.get(c, 'a'), d, OrderedDict(c))\n";
        let out = run(Policy::default(), src);
        assert!(out.error.is_none(), "{:?}", out.error);
        assert_eq!(
            out.stdout,
            "True 2 defaultdict(<class 'int'>, {'x': 1}) OrderedDict([('a', 2), ('b', 1)])\n"
        );
    }
}
