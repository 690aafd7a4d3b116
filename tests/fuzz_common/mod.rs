//! The policy fuzz runs use and the invariants every run must keep, shared by the fuzz
//! targets (`fuzz/`, which include this file by path) and the regression tests that
//! replay the inputs the fuzzer found (`tests/fuzz_regressions.rs`), so a saved crash is
//! judged exactly as the fuzzer judged it.

use sandpit::policy::{Policy, Preset};
use sandpit::RunOutput;

/// Fuel of one fuzz run: enough for real loops, little enough that a run takes
/// milliseconds and the fuzzer gets through many.
pub const MAX_INSTRUCTIONS: u64 = 100_000;
/// Live bytes one fuzz run may hold.
pub const MAX_MEMORY: usize = 8 * 1024 * 1024;
/// Bytes of output one fuzz run may print.
pub const MAX_OUTPUT: usize = 4096;
/// Python frames one fuzz run may stack.
pub const MAX_STACK_DEPTH: usize = 50;

/// Fuel a run may show beyond its budget. The dispatch loop stops at the first
/// instruction past the budget, but a builtin charges the work it is about to do in one
/// chunk (a sort, a copy, big-int arithmetic) before doing it, so the count can pass the
/// budget by one chunk; the refused chunk's work never runs. Chunks of copying are
/// bounded by memory (`check_alloc` charges a unit per 64 bytes, and refuses anything
/// past `MAX_MEMORY`); other chunks (sorting n items: n log n) have their own bounds, so
/// a count past this slack must be a refused chunk, which `check` verifies by the
/// `TimeoutError` it raised.
pub const FUEL_SLACK: u64 = (MAX_MEMORY / 64) as u64;
/// Counted bytes a run's peak may show beyond `MAX_MEMORY`. Big allocations are refused
/// before they happen, but small ones made inside one builtin call (building a list item
/// by item) are checked only at the builtin's fuel checkpoints, so the peak can pass the
/// limit by what one such stretch builds.
pub const MEMORY_SLACK: usize = MAX_MEMORY / 8;
/// Bytes of output beyond `MAX_OUTPUT`: the one-line truncation marker the runtime
/// appends where it cut the output.
pub const OUTPUT_SLACK: usize = 128;

/// The tight policy of every fuzz run: the deterministic preset (virtual clock, seeded
/// `random`, so a saved input replays exactly) with small limits and no wall-clock limit
/// (which would make a run's outcome depend on the machine's load).
pub fn tight_policy() -> Policy {
    let mut policy = Preset::Deterministic.policy();
    policy.limits.max_instructions = Some(MAX_INSTRUCTIONS);
    policy.limits.max_memory = MAX_MEMORY;
    policy.limits.max_output_bytes = MAX_OUTPUT;
    policy.limits.max_stack_depth = MAX_STACK_DEPTH;
    policy.limits.timeout_ms = None;
    policy
}

/// Whether the run ended on the fuel limit (its `TimeoutError` plus the violation).
fn ran_out_of_fuel(out: &RunOutput) -> bool {
    let raised = out
        .error
        .as_ref()
        .is_some_and(|e| e.summary.starts_with("TimeoutError"));
    raised && out.violations.iter().any(|v| v.rule == "max_instructions")
}

/// The invariants of a finished run under [`tight_policy`]: it stayed within its fuel,
/// memory and output limits (plus the documented slacks). Not panicking and not
/// overflowing the Rust stack are checked by the run having returned at all.
pub fn check(out: &RunOutput) -> Result<(), String> {
    let stats = &out.stats;
    let fuel_cap = MAX_INSTRUCTIONS + FUEL_SLACK;
    if stats.instructions > fuel_cap && !ran_out_of_fuel(out) {
        return Err(format!(
            "{} instructions ran (cap {fuel_cap}) without the fuel limit stopping the run",
            stats.instructions
        ));
    }
    let memory_cap = MAX_MEMORY + MEMORY_SLACK;
    if stats.peak_memory_bytes > memory_cap {
        return Err(format!(
            "peak memory {} bytes passed {memory_cap}",
            stats.peak_memory_bytes
        ));
    }
    let output_cap = MAX_OUTPUT + OUTPUT_SLACK;
    if out.stdout.len() > output_cap {
        return Err(format!(
            "{} bytes of output passed {output_cap}",
            out.stdout.len()
        ));
    }
    Ok(())
}
