//! Prepares the stdlib's embedded Python (`src/stdlib/py/*.py`) for `include_str!`: each
//! file is copied to `$OUT_DIR/stdlib/` in a smaller but equivalent form, as the wasm
//! build is downloaded. Comment lines are emptied and indentation is shrunk (one space
//! per level of four, none at all where it means nothing: inside brackets, after a
//! backslash). Lines are never added or removed, so line numbers stay those of the
//! source file, as tracebacks through stdlib code show them; text inside string
//! literals, triple-quoted ones included, is never touched.

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
            let small = shrink(&text)
                .map_err(|why| io::Error::other(format!("{}: {why}", path.display())))?;
            if let Some(name) = path.file_name() {
                fs::write(target_dir.join(name), small)?;
            }
        }
    }
    Ok(())
}

/// Where the scan of the source stands at the end of a line.
#[derive(Clone, Copy, Default)]
struct State {
    /// The string literal the next line starts inside (a triple-quoted one, or a
    /// one-quote string continued with a backslash): its quote and whether it is triple.
    string: Option<(u8, bool)>,
    /// How many brackets are open.
    depth: usize,
    /// The line ended with a backslash outside any string: the next one continues it.
    continued: bool,
}

/// `text` with comment lines emptied and indentation shrunk; the line count is
/// unchanged. Fails on indentation it cannot shrink safely: tabs, or a statement
/// indented by other than a multiple of four spaces.
fn shrink(text: &str) -> Result<String, String> {
    let mut state = State::default();
    let mut lines = Vec::new();
    for (number, line) in text.split('\n').enumerate() {
        if state.string.is_some() {
            state = scan(line.as_bytes(), state);
            lines.push(line.to_string());
            continue;
        }
        let body = line.trim_start_matches(' ');
        let indent = line.len() - body.len();
        if body.starts_with('\t') {
            return Err(format!("line {}: a tab in indentation", number + 1));
        }
        if body.is_empty() || body.starts_with('#') {
            // Blank lines and comments mean nothing to the parser, wherever they are.
            lines.push(String::new());
            continue;
        }
        let statement = state.depth == 0 && !state.continued;
        let new_indent = if statement {
            if indent % 4 != 0 {
                return Err(format!(
                    "line {}: indented by {indent} spaces, not a multiple of four",
                    number + 1
                ));
            }
            indent / 4
        } else {
            0
        };
        lines.push(format!("{}{body}", " ".repeat(new_indent)));
        state = scan(body.as_bytes(), state);
    }
    Ok(lines.join("\n"))
}

/// The state after `line`, given the state it starts in. The quote characters,
/// brackets, `#` and the backslash are ASCII, so scanning UTF-8 bytes finds them
/// exactly.
fn scan(line: &[u8], mut state: State) -> State {
    state.continued = false;
    let mut i = 0;
    while let Some(&c) = line.get(i) {
        match state.string {
            None => match c {
                // The rest of the line is a comment (quotes in it open nothing).
                b'#' => return state,
                b'"' | b'\'' => {
                    let triple = line.get(i + 1) == Some(&c) && line.get(i + 2) == Some(&c);
                    state.string = Some((c, triple));
                    i += if triple { 3 } else { 1 };
                    continue;
                }
                b'(' | b'[' | b'{' => state.depth += 1,
                b')' | b']' | b'}' => state.depth = state.depth.saturating_sub(1),
                b'\\' if i + 1 == line.len() => state.continued = true,
                _ => {}
            },
            Some((quote, triple)) => {
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
                        state.string = None;
                    } else if line.get(i + 1) == Some(&quote) && line.get(i + 2) == Some(&quote) {
                        state.string = None;
                        i += 3;
                        continue;
                    }
                }
            }
        }
        i += 1;
    }
    if let Some((_, false)) = state.string {
        // A one-quote string ends with its line (the parser would refuse it anyway).
        state.string = None;
    }
    state
}
