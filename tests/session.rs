//! Sessions through the native API: runs that share one namespace like notebook cells,
//! each under its own policy, with memory counted per session.

use std::rc::Rc;

use sandpit::host::{Host, HostCall, HostReply, HostValue};
use sandpit::policy::{Policy, Preset, ViolationKind};
use sandpit::value::heap;
use sandpit::{RunOutput, RunState, Sandbox, Session};

fn teaching() -> Sandbox {
    Sandbox::with_policy(Preset::Teaching.policy())
}

/// Runs `source` in `session` under the teaching preset and fails on a Python error.
fn cell(session: &Session, source: &str) -> RunOutput {
    let out = teaching().run_in(session, source, &[]);
    assert!(out.error.is_none(), "{source:?}: {}", summary(&out));
    out
}

fn summary(out: &RunOutput) -> String {
    out.error
        .as_ref()
        .map(|e| e.summary.clone())
        .unwrap_or_default()
}

fn with_memory(bytes: usize) -> Sandbox {
    let mut policy: Policy = Preset::Teaching.policy();
    policy.limits.max_memory = bytes;
    Sandbox::with_policy(policy)
}

#[test]
fn later_runs_see_what_earlier_runs_defined() {
    let s = Session::new();
    cell(&s, "x = 20\ndef double(n):\n    return 2 * n\n");
    let out = cell(&s, "y = double(x) + 2\nprint(y)\ny");
    assert_eq!(out.stdout, "42\n");
    assert_eq!(out.result, Some(HostValue::Int(42)));
    assert_eq!(s.names(), ["double", "x", "y"]);
}

#[test]
fn classes_and_exceptions_keep_their_identity_across_runs() {
    let s = Session::new();
    cell(
        &s,
        "class Shape:\n    def area(self):\n        return 0\n\
         class Square(Shape):\n    def __init__(self, n):\n        self.n = n\n    def area(self):\n        return self.n ** 2\n\
         class Oops(ValueError):\n    pass\nsq = Square(3)\nitems = [1, 'a', 2.5]\n",
    );
    let out = cell(
        &s,
        "print(isinstance(sq, Shape), isinstance(sq, object), sq.area())\n\
         print([isinstance(v, (int, str, float)) for v in items], type(items) is list)\n\
         try:\n    raise Oops('bad')\nexcept Exception as e:\n    print('caught', type(e).__name__, isinstance(e, ValueError))\n\
         class Cube(Square):\n    pass\nprint(Cube(2).area(), issubclass(Cube, Shape))\n",
    );
    assert_eq!(
        out.stdout,
        "True True 9\n[True, True, True] True\ncaught Oops True\n4 True\n"
    );
}

#[test]
fn an_imported_module_is_the_same_module_in_later_runs() {
    let alone = cell(
        &Session::new(),
        "import random\nrandom.seed(7)\nrandom.random()\n[random.random()]",
    );
    let s = Session::new();
    cell(&s, "import random\nrandom.seed(7)\nrandom.random()");
    let second = cell(&s, "import random\n[random.random()]");
    assert_eq!(second.result, alone.result);
}

#[test]
fn each_run_enforces_its_own_policy() {
    let s = Session::new();
    cell(&s, "import math\nr = math.sqrt(16)\n");
    let strict = Sandbox::with_policy(Preset::Strict.policy());
    let out = strict.run_in(&s, "print(r)\nimport math\n", &[]);
    assert_eq!(out.stdout, "4.0\n");
    assert_eq!(out.error.as_ref().map(|e| e.line), Some(Some(2)));
    assert_eq!(out.violations.len(), 1);
    assert_eq!(out.violations[0].kind, ViolationKind::Import);
    assert_eq!(out.violations[0].rule, "math");
    // The teaching cell after it imports again as before.
    assert_eq!(
        cell(&s, "math.floor(r + 0.5)").result,
        Some(HostValue::Int(4))
    );
}

#[test]
fn sessions_are_independent_of_each_other_and_of_lone_runs() {
    let a = Session::new();
    let b = Session::new();
    cell(&a, "x = 'a'");
    cell(&b, "x = 'b'");
    assert_eq!(cell(&a, "x").result, Some(HostValue::Str("a".into())));
    assert_eq!(cell(&b, "x").result, Some(HostValue::Str("b".into())));
    let lone = teaching().run("x");
    assert_eq!(summary(&lone), "NameError: name 'x' is not defined");
}

#[test]
fn a_failed_run_keeps_what_it_bound_before_the_error() {
    let s = Session::new();
    let out = teaching().run_in(&s, "a = 1\n1 / 0\nb = 2\n", &[]);
    assert_eq!(summary(&out), "ZeroDivisionError: division by zero");
    assert_eq!(s.names(), ["a"]);
    let syntax = teaching().run_in(&s, "a = (\n", &[]);
    assert!(summary(&syntax).starts_with("SyntaxError"));
    assert_eq!(cell(&s, "a").result, Some(HostValue::Int(1)));
}

#[test]
fn inputs_become_session_variables() {
    let s = Session::new();
    let out = teaching().run_in(&s, "n * 2", &[("n".into(), HostValue::Int(21))]);
    assert_eq!(out.result, Some(HostValue::Int(42)));
    assert_eq!(cell(&s, "n").result, Some(HostValue::Int(21)));
}

#[test]
fn the_session_state_counts_toward_later_memory_limits() {
    let s = Session::new();
    cell(&s, "big = [0] * 100_000");
    assert!(s.held_bytes() > 800_000, "held {}", s.held_bytes());
    // Room for a little more, but not for the list the session already holds twice.
    let limit = s.held_bytes() * 3 / 2;
    let out = with_memory(limit).run_in(&s, "copy = list(big)\n", &[]);
    assert_eq!(summary(&out).split(':').next(), Some("MemoryError"));
    assert!(out.stats.peak_memory_bytes >= s.held_bytes());
    // Freeing the list gives the room back.
    cell(&s, "del big");
    assert!(s.held_bytes() < 100_000, "held {}", s.held_bytes());
    let out = with_memory(limit).run_in(&s, "copy = [1] * 100_000\nlen(copy)", &[]);
    assert_eq!(
        out.result,
        Some(HostValue::Int(100_000)),
        "{}",
        summary(&out)
    );
}

#[test]
fn other_sessions_memory_does_not_count_against_a_run() {
    let hog = Session::new();
    cell(&hog, "big = [0] * 500_000");
    let mut small = with_memory(1_000_000);
    let out = small.run("xs = [1] * 50_000\nlen(xs)");
    assert_eq!(
        out.result,
        Some(HostValue::Int(50_000)),
        "{}",
        summary(&out)
    );
    assert!(out.stats.peak_memory_bytes < 1_000_000);
    let other = Session::new();
    let out = small.run_in(&other, "xs = [1] * 50_000\nlen(xs)", &[]);
    assert_eq!(
        out.result,
        Some(HostValue::Int(50_000)),
        "{}",
        summary(&out)
    );
}

#[test]
fn dropping_a_session_frees_its_memory() {
    let before = heap::live_bytes();
    {
        let s = Session::new();
        cell(
            &s,
            "import collections\ndef f():\n    return g()\ndef g():\n    return data\n\
             data = [str(i) for i in range(1000)]\nc = collections.Counter(data)\n",
        );
        assert!(heap::live_bytes() > before + 50_000);
    }
    let after = heap::live_bytes();
    assert!(after < before + 2_000, "before {before}, after {after}");
}

/// A host whose one function, `wait`, always suspends the run.
struct Waiter;

impl Host for Waiter {
    fn names(&self) -> Vec<String> {
        vec!["wait".into()]
    }

    fn call(&self, _call: HostCall, can_suspend: bool) -> HostReply {
        if can_suspend {
            HostReply::Suspend
        } else {
            HostReply::Return(HostValue::None)
        }
    }

    fn output(&self, _text: &str) {}
}

#[test]
fn a_suspended_run_keeps_its_session_and_its_memory_limit() {
    let mut policy: Policy = Preset::Teaching.policy();
    policy.host_functions = vec!["wait".into()];
    policy.limits.max_memory = 2_000_000;
    let mut sb = Sandbox::with_policy(policy);
    sb.set_host(Rc::new(Waiter));
    let s = Session::new();
    let RunState::Suspended(run) = sb.start_in(
        &s,
        "x = wait()\nbig = []\nfor i in range(400_000):\n    big.append(i)\n",
        &[],
    ) else {
        panic!("expected the run to suspend");
    };
    // Another run opens its own (larger) memory window meanwhile.
    let other = with_memory(100_000_000).run_values("ys = [0] * 10\n", &[]);
    assert!(other.error.is_none(), "{}", summary(&other));
    let RunState::Done(out) = run.resume(Ok(HostValue::Int(5))) else {
        panic!("expected the run to finish");
    };
    assert_eq!(summary(&out).split(':').next(), Some("MemoryError"));
    assert_eq!(cell(&s, "x").result, Some(HostValue::Int(5)));
}

#[test]
fn a_run_under_another_policy_imports_modules_afresh() {
    let deterministic = Sandbox::with_policy(Preset::Deterministic.policy());
    let alone = deterministic.run_values("import random\nrandom.random()", &[]);
    let s = Session::new();
    cell(&s, "import random\nrandom.random()");
    let out = deterministic.run_in(&s, "import random\nrandom.random()", &[]);
    assert!(out.result.is_some(), "{}", summary(&out));
    assert_eq!(out.result, alone.result);
}

#[test]
fn a_lone_run_frees_its_namespaces_when_it_ends() {
    let before = heap::live_bytes();
    let out = teaching().run_values(
        "import collections, random\ndef f():\n    return f\nclass A:\n    pass\nA.me = A()\nc = collections.Counter('abc')\nrandom.random()",
        &[],
    );
    assert!(out.error.is_none(), "{}", summary(&out));
    let after = heap::live_bytes();
    assert!(after < before + 2_000, "before {before}, after {after}");
}

#[test]
fn every_stdlib_module_is_freed_when_the_run_ends() {
    // Some modules keep private helper modules (`string`'s own `re`, `statistics`'s
    // `random`, `datetime`'s `time`) that no import cache lists; they go too.
    for module in Preset::Permissive.policy().allowed_modules.iter() {
        let before = heap::live_bytes();
        let out = teaching().run_values(&format!("import {module}\n{module}"), &[]);
        let after = heap::live_bytes();
        assert!(
            after < before + 2_000,
            "{module}: before {before}, after {after} ({})",
            summary(&out)
        );
    }
}

#[test]
fn sys_exit_ends_a_cell_with_its_status_and_keeps_the_session() {
    let session = Session::new();
    let out = teaching().run_in(
        &session,
        "import sys\nx = 1\nprint('bye')\nsys.exit(4)\nx = 2\n",
        &[],
    );
    assert_eq!(out.stdout, "bye\n");
    assert!(out.error.is_none(), "{}", summary(&out));
    assert_eq!(out.exit_status, Some(4));
    let out = cell(&session, "print(x)\n");
    assert_eq!(out.stdout, "1\n");
    assert_eq!(out.exit_status, None);
    let out = teaching().run_in(&session, "raise SystemExit('no more')\n", &[]);
    assert_eq!(out.exit_status, Some(1));
    let error = out.error.expect("a message is reported");
    assert_eq!(error.traceback, "no more\n");
    assert_eq!(error.summary, "SystemExit: no more");
}
