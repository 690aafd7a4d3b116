//! Micro-benchmarks of the VM's hot paths, to guide optimisation: each runs a small
//! Python loop (parse + compile + run, the loop dominating) in a fresh sandbox.
//!
//!     cargo bench --bench vm              # all
//!     cargo bench --bench vm -- dict      # those whose name contains "dict"
//!
//! The whole-program comparison with CPython and the other peers is scripts/bench.sh;
//! scripts/bench-profile.sh shows where one program spends its instructions.

use divan::Bencher;
use sandpit::policy::Preset;
use sandpit::Sandbox;

fn main() {
    divan::Divan::from_args().sample_count(40).main();
}

/// Benchmarks `body` as the body of a function (locals, as in most real code) that
/// the program defines after `setup` (classes, functions) and calls once.
fn bench_body(bencher: Bencher, setup: &str, body: &str) {
    let mut source = String::from(setup);
    source.push_str("def bench():\n");
    for line in body.lines() {
        source.push_str("    ");
        source.push_str(line);
        source.push('\n');
    }
    source.push_str("bench()\n");
    bench_source(bencher, &source);
}

/// Runs `source` once to check it works, then benchmarks running it.
fn bench_source(bencher: Bencher, source: &str) {
    let policy = Preset::Permissive.policy();
    let out = Sandbox::with_policy(policy.clone()).run(source);
    if let Some(err) = out.error {
        panic!("benchmark program failed: {}", err.traceback);
    }
    bencher.bench_local(|| {
        let out = Sandbox::with_policy(policy.clone()).run(divan::black_box(source));
        divan::black_box(out.stdout);
    });
}

/// A new sandbox running `1+1`: the embedding cost the cold-start target is about.
#[divan::bench]
fn startup_new_sandbox_1_plus_1(bencher: Bencher) {
    bench_source(bencher, "1+1");
}

#[divan::bench]
fn function_call(bencher: Bencher) {
    bench_body(
        bencher,
        "def f(a, b):\n    return a\n",
        "for i in range(20000):\n    f(i, 1)",
    );
}

#[divan::bench]
fn function_call_kwargs_defaults(bencher: Bencher) {
    bench_body(
        bencher,
        "def f(a, b=2, *, c=3):\n    return a + b + c\n",
        "for i in range(20000):\n    f(i, c=1)",
    );
}

#[divan::bench]
fn method_call(bencher: Bencher) {
    bench_body(
        bencher,
        "class C:\n    def bump(self, k):\n        return k + 1\n",
        "c = C()\nfor i in range(20000):\n    c.bump(i)",
    );
}

#[divan::bench]
fn attribute_access(bencher: Bencher) {
    bench_body(
        bencher,
        "class P:\n    def __init__(self):\n        self.x = 1\n        self.y = 2\n",
        "p = P()\nfor i in range(20000):\n    p.x = p.y + i\n    p.y = p.x - i",
    );
}

#[divan::bench]
fn instance_creation(bencher: Bencher) {
    bench_body(
        bencher,
        "class V:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n",
        "for i in range(10000):\n    V(i, i)",
    );
}

#[divan::bench]
fn dict_get_set_str_keys(bencher: Bencher) {
    bench_body(
        bencher,
        "",
        "d = {}\nkeys = ['k%d' % i for i in range(100)]\n\
         for i in range(20000):\n    k = keys[i % 100]\n    d[k] = d.get(k, 0) + i",
    );
}

#[divan::bench]
fn dict_get_set_int_keys(bencher: Bencher) {
    bench_body(
        bencher,
        "",
        "d = {}\nfor i in range(20000):\n    d[i & 1023] = i\n    x = d[i & 511]",
    );
}

#[divan::bench]
fn list_append_index(bencher: Bencher) {
    bench_body(
        bencher,
        "",
        "xs = []\nfor i in range(20000):\n    xs.append(i)\n    y = xs[i >> 1]",
    );
}

#[divan::bench]
fn string_concat(bencher: Bencher) {
    bench_body(bencher, "", "s = ''\nfor i in range(20000):\n    s += 'ab'");
}

#[divan::bench]
fn string_format(bencher: Bencher) {
    bench_body(
        bencher,
        "",
        "for i in range(10000):\n    a = f'{i}-{i * 2}'\n    b = '%d:%s' % (i, a)",
    );
}

#[divan::bench]
fn int_arithmetic_loop(bencher: Bencher) {
    bench_body(
        bencher,
        "",
        "t = 0\ni = 0\nwhile i < 20000:\n    t = (t + i * 3) % 1000003\n    i += 1",
    );
}

#[divan::bench]
fn float_arithmetic_loop(bencher: Bencher) {
    bench_body(
        bencher,
        "",
        "x = 0.5\nfor i in range(20000):\n    x = x * 1.000001 + 0.25 / (x + 1.0)",
    );
}

#[divan::bench]
fn list_comprehension(bencher: Bencher) {
    bench_body(
        bencher,
        "",
        "for _ in range(20):\n    ys = [x * 2 for x in range(1000) if x & 1]",
    );
}

#[divan::bench]
fn dict_comprehension(bencher: Bencher) {
    bench_body(
        bencher,
        "",
        "for _ in range(20):\n    d = {x: x + 1 for x in range(500)}",
    );
}

#[divan::bench]
fn builtin_calls(bencher: Bencher) {
    bench_body(
        bencher,
        "",
        "xs = [1, 2, 3]\nfor i in range(20000):\n    n = len(xs) + abs(-i) + min(i, 5)",
    );
}

#[divan::bench]
fn global_name_lookup(bencher: Bencher) {
    bench_body(
        bencher,
        "G = 3\n",
        "t = 0\nfor i in range(20000):\n    t += G",
    );
}

/// The same loop as `int_arithmetic_loop` at module level, where every name is a global.
#[divan::bench]
fn module_level_loop(bencher: Bencher) {
    bench_source(
        bencher,
        "t = 0\ni = 0\nwhile i < 20000:\n    t = (t + i * 3) % 1000003\n    i += 1\n",
    );
}
