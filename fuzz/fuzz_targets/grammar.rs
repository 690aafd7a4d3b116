//! Syntactically valid Python built from the fuzzer's bytes (see `grammar.rs`), so the
//! compiler and the VM get exercised rather than the parser's error paths; each program
//! runs under the tight policy with the same invariants as the `run` target. With
//! `SANDPIT_FUZZ_SHOW=1` each program is printed before it runs, so replaying a saved
//! input (a timeout, say) shows the Python that belongs in `tests/fuzz/`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sandpit_fuzz::grammar::Program;

fuzz_target!(|program: Program| {
    let source = program.to_source();
    if std::env::var_os("SANDPIT_FUZZ_SHOW").is_some() {
        eprintln!("--- source ---\n{source}");
    }
    sandpit_fuzz::run_checked(&source);
});
