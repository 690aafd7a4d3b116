//! Compile and run arbitrary source under the tight fuzz policy, checking the run's
//! invariants (no panic, fuel, memory and output within the limits).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(source) = std::str::from_utf8(data) {
        sandpit_fuzz::run_checked(source);
    }
});
