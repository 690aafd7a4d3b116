//! Startup figures of Sandpit as a native library, for `scripts/bench.sh` (the CLI can
//! only be timed as a whole process). Prints one JSON object:
//! `first_ms` (the first sandbox of the process + `1+1`), `create_run_ms` (median of
//! a new sandbox + `1+1`), `warm_ms` (median of a tiny snippet in an existing sandbox).
//!
//!     cargo run --release --example bench_embed -- [RUNS]

use std::time::Instant;

use sandpit::policy::Preset;
use sandpit::Sandbox;

const TINY: &str = "total = sum([i * i for i in range(100)])\n";

fn ms(t0: Instant) -> f64 {
    t0.elapsed().as_secs_f64() * 1000.0
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    let m = xs.len() / 2;
    if xs.len() % 2 == 1 {
        xs[m]
    } else {
        (xs[m - 1] + xs[m]) / 2.0
    }
}

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20);
    let t0 = Instant::now();
    let out = Sandbox::with_policy(Preset::Permissive.policy()).run("1+1");
    let first = ms(t0);
    assert!(out.error.is_none(), "1+1 failed");

    let creates = (0..runs)
        .map(|_| {
            let t0 = Instant::now();
            let out = Sandbox::with_policy(Preset::Permissive.policy()).run("1+1");
            let t = ms(t0);
            assert!(out.error.is_none());
            t
        })
        .collect();

    let mut sb = Sandbox::with_policy(Preset::Permissive.policy());
    sb.run(TINY);
    let warm = (0..runs * 5)
        .map(|_| {
            let t0 = Instant::now();
            let out = sb.run(TINY);
            let t = ms(t0);
            assert!(out.error.is_none());
            t
        })
        .collect();

    println!(
        "{{\"first_ms\":{first},\"create_run_ms\":{},\"warm_ms\":{}}}",
        median(creates),
        median(warm)
    );
}
