//! Syntactically valid Python built from the fuzzer's bytes (see `grammar.rs`), so the
//! compiler and the VM get exercised rather than the parser's error paths; each program
//! runs under the tight policy with the same invariants as the `run` target.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sandpit_fuzz::grammar::Program;

fuzz_target!(|program: Program| {
    sandpit_fuzz::run_checked(&program.to_source());
});
