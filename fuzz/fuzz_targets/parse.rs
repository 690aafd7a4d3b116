//! Lexer, parser, static policy check and compiler on arbitrary bytes: whatever the
//! input, they return a syntax error or code, never panic or overflow the stack.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sandpit::Sandbox;

fuzz_target!(|data: &[u8]| {
    // Sources are text: invalid UTF-8 is the host's to reject, so feed the lossy form.
    let source = String::from_utf8_lossy(data);
    let _ = Sandbox::with_policy(sandpit_fuzz::common::tight_policy()).check(&source);
});
