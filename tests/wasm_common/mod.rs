//! Tests of the core compiled to wasm32, shared by the Node (`wasm_node.rs`) and the
//! Chromium (`wasm_browser.rs`) runs of wasm-bindgen-test: the interpreter, its limits
//! and its clock behave there as natively, sessions keep their globals and memory, and
//! deep nesting ends in a Python error, not a trap.

use sandpit::policy::{Policy, Preset};
use sandpit::{RunOutput, Sandbox};
use wasm_bindgen_test::wasm_bindgen_test;

fn run(policy: Policy, source: &str) -> RunOutput {
    Sandbox::with_policy(policy).run(source)
}

fn summary(out: &RunOutput) -> String {
    out.error
        .as_ref()
        .map(|e| e.summary.clone())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn runs_python() {
    let out = run(
        Preset::Teaching.policy(),
        "import math, json\nclass P:\n    def __init__(self, x): self.x = x\nprint(json.dumps({'r': math.isqrt(10**20), 'p': P(3).x}))\n",
    );
    assert_eq!(out.stdout, "{\"r\": 10000000000, \"p\": 3}\n");
    assert!(out.error.is_none());
}

#[wasm_bindgen_test]
fn memory_limit_holds() {
    let mut policy = Preset::Teaching.policy();
    policy.limits.max_memory = 1 << 20;
    let out = run(policy, "x = []\nwhile True:\n    x.append('a' * 1000)\n");
    assert_eq!(
        summary(&out),
        "MemoryError: the sandbox memory limit (1.0 MiB) was exceeded"
    );
}

#[wasm_bindgen_test]
fn the_clock_runs_and_timeout_stops_a_loop() {
    let mut policy = Preset::Teaching.policy();
    // The budget only stops the loop if the clock does not work (the test then fails).
    policy.limits.max_instructions = Some(2_000_000_000);
    policy.limits.timeout_ms = Some(30);
    let out = run(policy, "while True:\n    pass\n");
    assert_eq!(
        summary(&out),
        "TimeoutError: the sandbox time limit (30 ms) was reached"
    );
    assert!(out.stats.wall_ms >= 30);
}

#[wasm_bindgen_test]
fn deep_nesting_is_a_python_error_not_a_trap() {
    let policy = Preset::Teaching.policy();
    let out = run(policy.clone(), "def f(n):\n    return f(n + 1)\nf(0)\n");
    assert_eq!(
        summary(&out),
        "RecursionError: maximum recursion depth exceeded"
    );
    let out = run(
        policy.clone(),
        "x = []\nfor _ in range(100000):\n    x = [x]\nprint(len(repr(x)) > 0)\n",
    );
    assert!(
        summary(&out).starts_with("RecursionError"),
        "{}",
        summary(&out)
    );
    let out = run(
        policy,
        &format!("x = {}1{}\n", "(".repeat(5000), ")".repeat(5000)),
    );
    assert!(
        summary(&out).starts_with("SyntaxError"),
        "{}",
        summary(&out)
    );
}

#[wasm_bindgen_test]
fn sessions_share_globals_and_count_memory() {
    let session = sandpit::Session::new();
    let teaching = Sandbox::with_policy(Preset::Teaching.policy());
    let first = teaching.run_in(
        &session,
        "import math\nbig = ['a' * 1000 for _ in range(600)]",
        &[],
    );
    assert!(first.error.is_none(), "{}", summary(&first));
    let mut small = Preset::Teaching.policy();
    small.limits.max_memory = 1 << 20;
    let small = Sandbox::with_policy(small);
    let out = small.run_in(
        &session,
        "print(len(big), math.floor(2.5))\nmore = [s + 'b' for s in big]",
        &[],
    );
    assert_eq!(out.stdout, "600 2\n");
    assert_eq!(
        summary(&out),
        "MemoryError: the sandbox memory limit (1.0 MiB) was exceeded"
    );
}
