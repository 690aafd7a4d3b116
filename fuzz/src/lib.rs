//! What the fuzz targets share: the tight policy and the run invariants (the same file
//! the regression tests use), one checked run, and the Python generator of the
//! grammar-aware target.

#[path = "../../tests/fuzz_common/mod.rs"]
pub mod common;
pub mod grammar;

use sandpit::Sandbox;

/// Compiles and runs `source` under the tight policy and panics (which libFuzzer reports
/// as a crash, saving the input) when the run broke an invariant.
pub fn run_checked(source: &str) {
    let out = Sandbox::with_policy(common::tight_policy()).run(source);
    if let Err(why) = common::check(&out) {
        panic!("invariant broken: {why}\n--- source ---\n{source}");
    }
}
