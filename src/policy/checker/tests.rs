//! Table-driven tests of the static checker: each case is a program, a policy and the
//! violations expected as `(kind, rule, line, col)`, in the order the checker reports them.

use std::time::{Duration, Instant};

use super::{check_module, is_known_module};
use crate::policy::stdlib_names::CPYTHON_STDLIB;
use crate::policy::{Policy, Preset, ViolationKind};
use crate::syntax::parse_module;

use ViolationKind::{Builtin, Dunder, Import, Member};

type Expected<'e> = &'e [(ViolationKind, &'e str, u32, u32)];

/// One table row: what the case shows, its program, its policy and what it must report.
struct Case<'c> {
    name: &'c str,
    source: &'c str,
    policy: Policy,
    expected: Expected<'c>,
}

fn strict() -> Policy {
    Preset::Strict.policy()
}

fn teaching() -> Policy {
    Preset::Teaching.policy()
}

/// The teaching preset plus Temporal-style denied members.
fn denying(members: &[&str]) -> Policy {
    Policy {
        denied_members: members.iter().map(|m| m.to_string()).collect(),
        ..teaching()
    }
}

fn temporal() -> Policy {
    denying(&["random.random", "datetime.datetime.now", "time.time"])
}

fn case<'c>(name: &'c str, source: &'c str, policy: Policy, expected: Expected<'c>) -> Case<'c> {
    Case {
        name,
        source,
        policy,
        expected,
    }
}

fn found(source: &str, policy: &Policy) -> Vec<(ViolationKind, String, u32, u32)> {
    let module = parse_module(source);
    assert!(module.is_ok(), "does not parse: {source}");
    let Ok(module) = module else {
        return Vec::new();
    };
    check_module(&module, policy)
        .into_iter()
        .map(|v| (v.kind, v.rule, v.line, v.col))
        .collect()
}

fn run(cases: Vec<Case>) {
    for case in cases {
        let got = found(case.source, &case.policy);
        let want: Vec<_> = case
            .expected
            .iter()
            .map(|&(kind, rule, line, col)| (kind, rule.to_string(), line, col))
            .collect();
        assert_eq!(got, want, "case {:?}:\n{}", case.name, case.source);
    }
}

#[test]
fn imports_of_real_modules_the_policy_does_not_allow() {
    run(vec![
        case("plain", "import os", strict(), &[(Import, "os", 1, 8)]),
        case(
            "sandpit module under strict",
            "import math",
            strict(),
            &[(Import, "math", 1, 8)],
        ),
        case(
            "sandpit module under teaching",
            "import math",
            teaching(),
            &[],
        ),
        case(
            "each alias, dotted, renamed",
            "import math, os.path as p, json",
            teaching(),
            &[(Import, "os", 1, 14)],
        ),
        case(
            "from import, at the statement",
            "from os import path, sep",
            teaching(),
            &[(Import, "os", 1, 1)],
        ),
        case(
            "from dotted import",
            "from xml.etree import ElementTree",
            teaching(),
            &[(Import, "xml", 1, 1)],
        ),
        case(
            "star import",
            "from subprocess import *",
            teaching(),
            &[(Import, "subprocess", 1, 1)],
        ),
        case(
            "unknown module",
            "import nosuchmod\nfrom nope import x",
            strict(),
            &[],
        ),
        case(
            "relative import",
            "from . import x\nfrom .os import y",
            strict(),
            &[],
        ),
        case(
            "at any depth",
            "def f():\n    try:\n        import socket\n    except ImportError:\n        pass\n\
             class C:\n    from os import path\n\
             if True:\n    for i in x:\n        with y:\n            import ctypes as c",
            teaching(),
            &[
                (Import, "socket", 3, 16),
                (Import, "os", 7, 5),
                (Import, "ctypes", 11, 20),
            ],
        ),
        case(
            "wildcard allow-list",
            "import os",
            Policy {
                allowed_modules: vec!["*".into()],
                ..strict()
            },
            &[],
        ),
    ]);
}

#[test]
fn denied_members_through_what_imports_bind() {
    run(vec![
        case(
            "module attribute",
            "import random\nrandom.random()",
            temporal(),
            &[(Member, "random.random", 2, 1)],
        ),
        case(
            "module alias",
            "import random as r\nx = r.random()\ny = r.randint(1, 2)",
            temporal(),
            &[(Member, "random.random", 2, 5)],
        ),
        case(
            "from import of the member itself, at the alias only",
            "from random import random\nx = random()",
            temporal(),
            &[(Member, "random.random", 1, 20)],
        ),
        case(
            "from import of a class",
            "from datetime import datetime\ndatetime.now()\ndatetime.today()",
            temporal(),
            &[(Member, "datetime.datetime.now", 2, 1)],
        ),
        case(
            "renamed class",
            "from datetime import datetime as dt\nprint(dt.now().year)",
            temporal(),
            &[(Member, "datetime.datetime.now", 2, 7)],
        ),
        case(
            "module then class then method",
            "import datetime\nt = datetime.datetime.now()",
            temporal(),
            &[(Member, "datetime.datetime.now", 2, 5)],
        ),
        case(
            "dotted import binds the package",
            "import os.path\nos.path.join('a')",
            denying(&["os.path.join"]),
            &[(Import, "os", 1, 8), (Member, "os.path.join", 2, 1)],
        ),
        case(
            "every denied prefix, each at its own node",
            "import datetime\ndatetime.datetime.now()\nfrom datetime import datetime as d",
            denying(&["datetime.datetime", "datetime.datetime.now"]),
            &[
                (Member, "datetime.datetime", 2, 1),
                (Member, "datetime.datetime.now", 2, 1),
                (Member, "datetime.datetime", 3, 22),
            ],
        ),
        case(
            "assigned to, deleted",
            "import time\ntime.time = lambda: 0\ndel time.time",
            temporal(),
            &[(Member, "time.time", 2, 1), (Member, "time.time", 3, 5)],
        ),
        case(
            "never imported",
            "random.random()\ntime.time()",
            temporal(),
            &[],
        ),
        case(
            "parameter shadows the module",
            "def f(random):\n    return random.random()\nimport random",
            temporal(),
            &[],
        ),
        case(
            "lambda parameter shadows the module",
            "import random\nf = lambda random: random.random()",
            temporal(),
            &[],
        ),
        case(
            "a local assignment shadows the module",
            "import random\ndef f():\n    random = Fake()\n    return random.random()",
            temporal(),
            &[],
        ),
        case(
            "nonlocal reaches the enclosing function's import",
            "def outer():\n    import time\n    def inner():\n        nonlocal time\n        return time.time()\n    return inner",
            temporal(),
            &[(Member, "time.time", 5, 16)],
        ),
        case(
            "enclosing function scopes",
            "import time\ndef outer():\n    def inner():\n        return time.time()\n    return inner",
            temporal(),
            &[(Member, "time.time", 4, 16)],
        ),
        case(
            "import inside a function, used in a nested one",
            "def outer():\n    import time as clock\n    return lambda: clock.time()",
            temporal(),
            &[(Member, "time.time", 3, 20)],
        ),
        case(
            "import inside a function is not visible outside",
            "def f():\n    import time\ntime.time()",
            temporal(),
            &[],
        ),
        case(
            "class bodies are invisible to their methods",
            "class C:\n    import time\n    now = time.time()\n    def m(self):\n        return time.time()",
            temporal(),
            &[(Member, "time.time", 3, 11)],
        ),
        case(
            "a global declaration reaches the module's import",
            "def f():\n    global r\n    return r.random()\nimport random as r",
            temporal(),
            &[(Member, "random.random", 3, 12)],
        ),
        case(
            "comprehension variables shadow, the first iterable does not",
            "import time\na = [time.time() for time in clocks]\nb = [time for time in time.time()]",
            temporal(),
            &[(Member, "time.time", 3, 23)],
        ),
        case(
            "star import binds direct members",
            "from random import *\nx = random()\nfrom datetime import *\ndatetime.now()\nrandom.seed",
            temporal(),
            &[
                (Member, "random.random", 1, 20),
                (Member, "datetime.datetime.now", 4, 1),
            ],
        ),
        case(
            "star import does not beat a real binding",
            "from datetime import *\ndef f(datetime):\n    return datetime.now()",
            temporal(),
            &[],
        ),
        case(
            "no denied members: nothing to resolve",
            "import random\nrandom.random()",
            teaching(),
            &[],
        ),
    ]);
}

#[test]
fn blocked_dunders_in_attributes_reflection_and_templates() {
    run(vec![
        case(
            "allowed and blocked links",
            "x.__class__.__subclasses__()",
            teaching(),
            &[(Dunder, "__subclasses__", 1, 1)],
        ),
        case(
            "inner link first",
            "().__class__.__base__.__subclasses__()",
            strict(),
            &[(Dunder, "__base__", 1, 1), (Dunder, "__subclasses__", 1, 1)],
        ),
        case(
            "store and delete",
            "f.__globals__ = 1\ndel f.__code__\nf.__name__ = 'g'",
            teaching(),
            &[(Dunder, "__globals__", 1, 1), (Dunder, "__code__", 2, 5)],
        ),
        case(
            "inside an argument of a call on a chain",
            "a.b(c.__dict__).d",
            teaching(),
            &[(Dunder, "__dict__", 1, 5)],
        ),
        case(
            "getattr family with constant names",
            "getattr(f, '__globals__')\nhasattr(f, '__name__')\nsetattr(o, '__dict__', 1)\n\
             delattr(o, \"__code__\")\ngetattr(f, name)\ngetattr('__globals__', 'x')",
            teaching(),
            &[
                (Dunder, "__globals__", 1, 12),
                (Dunder, "__dict__", 3, 12),
                (Dunder, "__code__", 4, 12),
            ],
        ),
        case(
            "format templates",
            "'{0.__class__.__base__}'.format(1)\n\"{x.__globals__}\".format_map(d)\n\
             str.format('{0.__globals__}', f)\n'{0[__globals__]}'.format(d)\n\
             '{.__class__}'.format(1)\n'{0.__globals__}'.upper()",
            teaching(),
            &[
                (Dunder, "__base__", 1, 1),
                (Dunder, "__globals__", 2, 1),
                (Dunder, "__globals__", 3, 12),
            ],
        ),
        case(
            "templates from f-strings without fields",
            "f'{{0.__globals__}}'.format(f)\ngetattr(f, f'__code__')\nf'{{0.__dict__}}{x}'.format(o)",
            teaching(),
            &[(Dunder, "__globals__", 1, 1), (Dunder, "__code__", 2, 12)],
        ),
        case(
            "format template fields in specs, and before a malformed brace",
            "'{0:{1.__globals__}}'.format(1, f)\nm = '{0.__code__}{'.format\n\
             '{0.__dict__}{0.__dict__}'.format(o)",
            teaching(),
            &[
                (Dunder, "__globals__", 1, 1),
                (Dunder, "__code__", 2, 5),
                (Dunder, "__dict__", 3, 1),
            ],
        ),
        case(
            "f-string expressions are ordinary code",
            "s = f'{x.__globals__!r:>{w.__dict__}}'",
            teaching(),
            &[(Dunder, "__globals__", 1, 8), (Dunder, "__dict__", 1, 26)],
        ),
        case(
            "decorators, defaults, annotations, lambdas, comprehensions",
            "@d.__call__\n@e.__wrapped__\ndef f(a: t.__mro__ = b.__dict__, *, k=c.__code__) -> r.__self__:\n\
             \x20   return [x.__func__ for x in y if x.__closure__]\n\
             g = lambda q=z.__defaults__: q.__kwdefaults__\n\
             class K(B.__base__, metaclass=m.__dict__):\n    pass",
            teaching(),
            &[
                (Dunder, "__wrapped__", 2, 2),
                (Dunder, "__mro__", 3, 10),
                (Dunder, "__dict__", 3, 22),
                (Dunder, "__code__", 3, 39),
                (Dunder, "__self__", 3, 54),
                (Dunder, "__func__", 4, 13),
                (Dunder, "__closure__", 4, 38),
                (Dunder, "__defaults__", 5, 14),
                (Dunder, "__kwdefaults__", 5, 30),
                (Dunder, "__base__", 6, 9),
                (Dunder, "__dict__", 6, 31),
            ],
        ),
        case(
            "a policy may allow more dunders",
            "x.__dict__\nx.__globals__",
            Policy {
                allowed_dunders: vec!["__dict__".into()],
                ..teaching()
            },
            &[(Dunder, "__globals__", 2, 1)],
        ),
        case("not dunders", "x._private\nx.__\nx.__x\nx._a_", strict(), &[]),
    ]);
}

#[test]
fn banned_builtins_unless_the_program_binds_the_name() {
    run(vec![
        case(
            "loads",
            "eval('1')\nx = __import__('os')\nprint(open)",
            teaching(),
            &[
                (Builtin, "eval", 1, 1),
                (Builtin, "__import__", 2, 5),
                (Builtin, "open", 3, 7),
            ],
        ),
        case(
            "in nested scopes",
            "def f():\n    return [exec(c) for c in cs]\ng = lambda: globals()",
            teaching(),
            &[(Builtin, "exec", 2, 13), (Builtin, "globals", 3, 13)],
        ),
        case(
            "def",
            "def eval(s):\n    return s\neval('1')",
            teaching(),
            &[],
        ),
        case("class", "class input:\n    pass\ninput()", teaching(), &[]),
        case(
            "assignment, even later",
            "print(open)\nopen = 3",
            teaching(),
            &[],
        ),
        case(
            "augmented, annotated",
            "vars += 1\ndir: int = 2\nvars, dir",
            teaching(),
            &[],
        ),
        case(
            "parameter of another function",
            "x = dir()\ndef f(dir):\n    pass",
            teaching(),
            &[],
        ),
        case(
            "lambda parameter",
            "h = lambda *help: help\nhelp()",
            teaching(),
            &[],
        ),
        case(
            "for target",
            "for quit in []:\n    pass\nquit()",
            teaching(),
            &[],
        ),
        case(
            "comprehension target",
            "[input for input in range(3)]\ninput",
            teaching(),
            &[],
        ),
        case(
            "with and except targets",
            "with x as open:\n    pass\ntry:\n    pass\nexcept E as exec:\n    pass\nopen, exec",
            teaching(),
            &[],
        ),
        case(
            "import of an unknown module",
            "import compile\ncompile",
            teaching(),
            &[],
        ),
        case(
            "from import",
            "from m import breakpoint\nbreakpoint()",
            teaching(),
            &[],
        ),
        case(
            "global",
            "def f():\n    global vars\nvars()",
            teaching(),
            &[],
        ),
        case("walrus", "(help := 1)\nhelp", teaching(), &[]),
        case(
            "tuple and starred targets",
            "a, (b, *memoryview) = x\nmemoryview",
            teaching(),
            &[],
        ),
        case(
            "stores and deletes are not uses",
            "del exit",
            teaching(),
            &[],
        ),
        case(
            "an attribute of that name is not the builtin",
            "x.eval()\no.open = 1",
            teaching(),
            &[],
        ),
    ]);
}

#[test]
fn everything_at_once_in_source_order_without_duplicates() {
    let source = "\
import os, random as r
from datetime import datetime

def run(job):
    stamp = datetime.now()
    data = open(job).read()
    return eval(data).__globals__, r.random(), stamp

print(getattr(run, '__code__'), '{0.__globals__}'.format(run))
";
    let got = found(
        source,
        &denying(&["random.random", "datetime.datetime.now"]),
    );
    let want = [
        (Import, "os", 1, 8),
        (Member, "datetime.datetime.now", 5, 13),
        (Builtin, "open", 6, 12),
        (Builtin, "eval", 7, 12),
        (Dunder, "__globals__", 7, 12),
        (Member, "random.random", 7, 36),
        (Dunder, "__code__", 9, 20),
        (Dunder, "__globals__", 9, 33),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|&(kind, rule, line, col)| (kind, rule.to_string(), line, col))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn violations_carry_spans_and_messages() {
    let module = parse_module("import os\nx.__dict__").ok();
    let violations = module
        .map(|m| check_module(&m, &teaching()))
        .unwrap_or_default();
    let spans: Vec<_> = violations
        .iter()
        .map(|v| (v.line, v.col, v.end_line, v.end_col))
        .collect();
    assert_eq!(spans, [(1, 8, 1, 10), (2, 1, 2, 11)]);
    assert!(violations.iter().all(|v| !v.message.is_empty()));
}

#[test]
fn known_modules_are_sandpit_or_cpython_stdlib() {
    assert!(CPYTHON_STDLIB.windows(2).all(|w| w[0] < w[1]));
    for name in [
        "os",
        "os.path",
        "sys",
        "math",
        "__future__",
        "xml.etree",
        "_thread",
    ] {
        assert!(is_known_module(name), "{name}");
    }
    for name in ["", "nosuchmod", "numpy", "requests", "OS"] {
        assert!(!is_known_module(name), "{name}");
    }
}

#[test]
fn deepest_parseable_inputs_fit_in_a_small_stack() {
    let worker = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(check_deep_inputs);
    assert!(worker.is_ok_and(|handle| handle.join().is_ok()));
}

fn check_deep_inputs() {
    let wrapped = |open: &'static str, close: &'static str| {
        move |depth: usize| format!("{}x.__dict__{}", open.repeat(depth), close.repeat(depth))
    };
    check_deepest(wrapped("f(", ")"));
    check_deepest(wrapped("[", "]"));
    check_deepest(wrapped("(lambda: ", ")"));
    check_deepest(wrapped("[x for x in ", "]"));
    check_deepest(wrapped("{x: ", " for x in y}"));
    check_deepest(wrapped("-", ""));
    check_deepest(|depth| format!("x{}.__dict__", ".a".repeat(depth * 5)));
    check_deepest(|depth| {
        let mut source = String::new();
        for level in 0..depth {
            source.push_str(&" ".repeat(level));
            source.push_str(&format!("def f{level}(a=(((x)))):\n"));
        }
        source.push_str(&" ".repeat(depth));
        source.push_str("return x.__dict__\n");
        source
    });
}

/// Checks the deepest source `make` builds (for a depth up to 1000) that still parses,
/// found by bisection: nesting deeper than the parser's limits is a syntax error.
fn check_deepest(make: impl Fn(usize) -> String) {
    let (mut shallow, mut deep) = (1_usize, 1000);
    while shallow < deep {
        let middle = (shallow + deep).div_ceil(2);
        if parse_module(&make(middle)).is_ok() {
            shallow = middle;
        } else {
            deep = middle - 1;
        }
    }
    let deepest = parse_module(&make(shallow)).ok().map(|m| (shallow, m));
    assert!(deepest.is_some(), "{:?}", make(1));
    if let Some((depth, module)) = deepest {
        let rules: Vec<_> = check_module(&module, &teaching())
            .into_iter()
            .map(|v| v.rule)
            .collect();
        assert_eq!(rules, ["__dict__"], "depth {depth}: {:?}", make(1));
    }
}

/// A 200-line program that exercises every rule and node kind the checker walks.
fn two_hundred_lines() -> String {
    let mut source = String::from("import random as r\nfrom datetime import datetime\nimport os\n");
    let mut lines = 3;
    let mut n = 0;
    while lines < 200 {
        source.push_str(&format!(
            "\n@decorate(tag={n})\n\
             class Shape{n}(Base, metaclass=Meta):\n\
             \x20   sides: int = {n}\n\
             \x20   def area(self, scale=1.0, *args, key=None, **kw):\n\
             \x20       total = sum(x * scale for x in self.points if x > 0)\n\
             \x20       table = {{k: [v.strip() for v in vs] for k, vs in kw.items()}}\n\
             \x20       try:\n\
             \x20           value = r.random() + datetime.now().year + self.__class__.size\n\
             \x20       except (ValueError, KeyError) as error:\n\
             \x20           raise RuntimeError(f'bad {{error!r:>10}} in {{self.name}}') from error\n\
             \x20       with open_thing(self) as handle, other() as (a, b):\n\
             \x20           print('{{0.__class__}}'.format(handle), getattr(a, '__dict__'))\n\
             \x20       return (lambda q=1: q + total)(), table, (y := n) if y else eval('1')\n"
        ));
        lines += 14;
        n += 1;
    }
    source
}

#[test]
fn a_two_hundred_line_program_checks_in_well_under_a_frame() {
    let source = two_hundred_lines();
    assert!(source.lines().count() >= 200);
    let Ok(module) = parse_module(&source) else {
        panic!("the timing program does not parse");
    };
    let policy = denying(&["random.random", "datetime.datetime.now", "time.time"]);
    let violations = check_module(&module, &policy);
    // Per class: random.random, datetime.now, __dict__ (getattr), eval; plus `import os`.
    assert_eq!(
        violations.len(),
        1 + 4 * (source.matches("class Shape").count())
    );
    let mut best = Duration::MAX;
    for _ in 0..20 {
        let start = Instant::now();
        let count = check_module(&module, &policy).len();
        best = best.min(start.elapsed());
        assert_eq!(count, violations.len());
    }
    println!(
        "check_module on a {}-line program: {best:?}",
        source.lines().count()
    );
    assert!(best < Duration::from_millis(50), "{best:?}");
}
