//! Replays every input the fuzzer found a crash with (`tests/fuzz/*.py`; inputs of the
//! grammar target are saved as the Python they render to) under the fuzz targets' tight
//! policy, and asserts the same invariants the fuzzer checks (`fuzz_common`): the run
//! returns (no panic, no stack overflow) within its fuel, memory and output limits.

#[path = "fuzz_common/mod.rs"]
mod fuzz_common;

use std::fs;
use std::path::PathBuf;
use std::thread;

use sandpit::Sandbox;

/// The stack the fuzzer runs inputs on (the main thread's usual 8 MiB), so an input that
/// overflowed it there overflows here too rather than passing on a bigger stack.
const FUZZ_STACK: usize = 8 * 1024 * 1024;

fn inputs() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz");
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == "py"));
    paths.sort();
    paths
}

/// Runs one saved input as the `run` target does, on its own thread so that a panic is
/// reported with the input's name; the `parse` target's checks come first.
fn replay(source: String) -> Result<(), String> {
    thread::Builder::new()
        .stack_size(FUZZ_STACK)
        .spawn(move || {
            let sandbox = Sandbox::with_policy(fuzz_common::tight_policy());
            let _ = sandbox.check(&source);
            let out = Sandbox::with_policy(fuzz_common::tight_policy()).run(&source);
            fuzz_common::check(&out)
        })
        .map_err(|e| format!("cannot spawn: {e}"))?
        .join()
        .unwrap_or_else(|_| Err("the interpreter panicked".to_string()))
}

#[test]
fn fuzz_crash_inputs_keep_the_invariants() {
    let mut failures = Vec::new();
    for path in inputs() {
        let name = path.display().to_string();
        let source = match fs::read(&path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        if let Err(why) = replay(source) {
            failures.push(format!("{name}: {why}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
