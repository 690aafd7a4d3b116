//! Prepares the stdlib's embedded Python (`src/stdlib/py/*.py`) for `include_str!`: each
//! file is copied to `$OUT_DIR/stdlib/` with its comment lines emptied, so the comments
//! cost nothing in the binary (the wasm build is downloaded). Only lines whose first
//! non-blank character starts a comment are emptied, never removed: line numbers stay
//! those of the source file, as tracebacks through stdlib code show them. A line that
//! starts inside a triple-quoted string is text, not a comment, and is kept.

use std::fs;
use std::io;
use std::path::Path;

fn main() -> io::Result<()> {
    let source_dir = Path::new("src/stdlib/py");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed={}", source_dir.display());
    let out_dir =
        std::env::var_os("OUT_DIR").ok_or_else(|| io::Error::other("cargo did not set OUT_DIR"))?;
    let target_dir = Path::new(&out_dir).join("stdlib");
    fs::create_dir_all(&target_dir)?;
    for entry in fs::read_dir(source_dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "py") {
            let text = fs::read_to_string(&path)?;
            if let Some(name) = path.file_name() {
                fs::write(target_dir.join(name), without_comment_lines(&text))?;
            }
        }
    }
    Ok(())
}

/// Where a line starts: in code, or inside a string literal that an earlier line opened
/// (a triple-quoted one, or a one-quote string continued with a backslash).
#[derive(Clone, Copy, PartialEq)]
enum State {
    Code,
    Str { quote: u8, triple: bool },
}

/// `text` with every comment-only line emptied; the line count is unchanged.
fn without_comment_lines(text: &str) -> String {
    let mut state = State::Code;
    let mut lines = Vec::new();
    for line in text.split('\n') {
        if state == State::Code && line.trim_start().starts_with('#') {
            lines.push("");
        } else {
            state = scan(line.as_bytes(), state);
            lines.push(line);
        }
    }
    lines.join("\n")
}

/// The state after `line`, given the state it starts in. The quote characters, `#` and
/// the backslash are ASCII, so scanning UTF-8 bytes finds them exactly.
fn scan(line: &[u8], mut state: State) -> State {
    let mut i = 0;
    while let Some(&c) = line.get(i) {
        match state {
            State::Code => match c {
                // The rest of the line is a comment (quotes in it open nothing).
                b'#' => return State::Code,
                b'"' | b'\'' => {
                    let triple = line.get(i + 1) == Some(&c) && line.get(i + 2) == Some(&c);
                    state = State::Str { quote: c, triple };
                    i += if triple { 3 } else { 1 };
                    continue;
                }
                _ => {}
            },
            State::Str { quote, triple } => {
                if c == b'\\' {
                    if i + 1 == line.len() {
                        // A backslash at the end continues any string on the next line.
                        return state;
                    }
                    i += 2;
                    continue;
                }
                if c == quote {
                    if !triple {
                        state = State::Code;
                    } else if line.get(i + 1) == Some(&quote) && line.get(i + 2) == Some(&quote) {
                        state = State::Code;
                        i += 3;
                        continue;
                    }
                }
            }
        }
        i += 1;
    }
    match state {
        // A one-quote string ends with its line (the parser would refuse it anyway).
        State::Str { triple: false, .. } => State::Code,
        other => other,
    }
}
