//! The `sandpit` command: run a Python file in the sandbox, or check it for syntax errors.

use std::io::{Read, Write};
use std::process::ExitCode;

use sandpit::Sandbox;

const USAGE: &str = "usage: sandpit run FILE.py|-\n       sandpit check FILE.py|-";

/// The interpreter runs on a thread with a large stack: native code that calls back
/// into Python (dunders, key functions, generators) nests on the Rust stack.
const STACK_BYTES: usize = 256 << 20;

fn read_source(path: &str) -> Result<String, String> {
    if path == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| format!("sandpit: cannot read stdin: {e}"))?;
        Ok(s)
    } else {
        std::fs::read_to_string(path).map_err(|e| format!("sandpit: cannot read {path}: {e}"))
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, path) = match args.as_slice() {
        [c, p] if c == "run" || c == "check" => (c.clone(), p.clone()),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let source = match read_source(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let filename = if path == "-" {
        "<stdin>".to_string()
    } else {
        path
    };
    let worker = std::thread::Builder::new()
        .stack_size(STACK_BYTES)
        .spawn(move || {
            let mut sandbox = Sandbox::new().with_filename(&filename);
            if command == "check" {
                let report = sandbox.check(&source);
                if let Some(err) = &report.syntax_error {
                    let (line, col) = err.span.map_or((0, 0), |s| (s.line, s.col));
                    eprintln!("{filename}:{line}:{col}: {}", err.summary);
                }
                for v in &report.violations {
                    eprintln!(
                        "{filename}:{}:{}: {:?} violation ({}): {}",
                        v.line, v.col, v.kind, v.rule, v.message
                    );
                }
                let clean = report.syntax_error.is_none() && report.violations.is_empty();
                return if clean {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::from(1)
                };
            }
            let out = sandbox.run(&source);
            let mut stdout = std::io::stdout();
            let _ = stdout.write_all(out.stdout.as_bytes());
            let _ = stdout.flush();
            match out.error {
                None => ExitCode::SUCCESS,
                Some(err) => {
                    eprint!("{}", err.traceback);
                    ExitCode::from(1)
                }
            }
        });
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("sandpit: internal error");
            ExitCode::from(3)
        }
    }
}
