//! Native recursion over user data nested deep: comparing containers must end in
//! `RecursionError` and freeing them must work in a loop, never overflow the Rust stack.
//! Each program builds a 200,000-deep chain of one kind of object, then compares or
//! drops it, on a thread with a 2 MiB stack (deeper than that recursion could go).

use std::thread;

use sandpit::policy::Policy;
use sandpit::Sandbox;

const PRELUDE: &str = "
def nest(n, wrap):
    x = []
    for i in range(n):
        x = wrap(x)
    return x
N = 200000
";

fn run(body: &str) -> Result<String, String> {
    let source = format!("{PRELUDE}{body}");
    thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || {
            let mut policy = Policy::default();
            policy.limits.max_memory = 1 << 30;
            policy.limits.max_instructions = None;
            policy.limits.timeout_ms = None;
            let out = Sandbox::with_policy(policy).run(&source);
            out.stdout + &out.error.map(|e| e.summary).unwrap_or_default()
        })
        .map_err(|e| e.to_string())?
        .join()
        .map_err(|_| "the interpreter panicked".to_string())
}

#[test]
fn deep_chains_are_freed_in_a_loop() {
    let wraps = [
        "lambda x: [x]",
        "lambda x: {1: x}",
        "lambda x: (lambda: x)",
        "lambda x: ValueError(x)",
        "lambda x: type('C', (), {'a': x})",
        "g",
        "started",
    ];
    for wrap in wraps {
        let body = format!(
            "def g(x):\n    yield x\ndef started(x):\n    it = g(x)\n    next(it)\n    return it\nx = nest(N, {wrap})\ndel x\nprint('freed')"
        );
        assert_eq!(run(&body), Ok("freed\n".to_string()), "{wrap}");
    }
}

#[test]
fn deep_comparisons_raise_recursion_error() {
    for wrap in [
        "lambda x: [x]",
        "lambda x: {1: x}",
        "lambda x: frozenset([x]) if x != [] else frozenset()",
    ] {
        let body = format!(
            "x = nest(N, {wrap})\ny = nest(N, {wrap})\ntry:\n    x == y\nexcept RecursionError:\n    print('RecursionError')"
        );
        assert_eq!(run(&body), Ok("RecursionError\n".to_string()), "{wrap}");
    }
}
