//! The `sandpit` command: run a Python file in the sandbox under a policy, check it for
//! syntax errors and visible policy violations, or print a preset policy as JSON.

use std::io::{Read, Write};
use std::process::ExitCode;

use sandpit::policy::{Policy, Preset, Violation};
use sandpit::Sandbox;

const USAGE: &str = "usage: sandpit run [OPTIONS] FILE.py|-
       sandpit check [OPTIONS] FILE.py|-
       sandpit policy NAME            (print a preset as JSON)
options:
  --policy NAME          strict | teaching | deterministic | permissive (default: teaching)
  --policy-file FILE     a policy as JSON (see `sandpit policy teaching`)
  --max-memory SIZE      live Python memory, e.g. 10MB, 512KB, 1GB
  --max-instructions N   the instruction budget
  --timeout-ms N         the wall-clock limit
  --max-output SIZE      bytes of output
  --max-stack N          Python frames
exit codes: 0 ok, 1 uncaught exception, 2 sandbox violation, 3 usage or internal error";

/// The interpreter runs on a thread with a large stack: native code that calls back
/// into Python (dunders, key functions, generators) nests on the Rust stack.
const STACK_BYTES: usize = 256 << 20;

/// A parsed command line.
struct Command {
    verb: String,
    path: String,
    policy: Policy,
}

fn parse_size(text: &str) -> Result<usize, String> {
    let upper = text.trim().to_ascii_uppercase();
    let (digits, scale) = [
        ("GB", 1usize << 30),
        ("MB", 1 << 20),
        ("KB", 1 << 10),
        ("B", 1),
    ]
    .iter()
    .find_map(|(suffix, scale)| upper.strip_suffix(suffix).map(|d| (d.to_string(), *scale)))
    .unwrap_or((upper.clone(), 1));
    let n: f64 = digits
        .trim()
        .parse()
        .map_err(|_| format!("sandpit: not a size: {text}"))?;
    if !(n >= 0.0 && n.is_finite()) {
        return Err(format!("sandpit: not a size: {text}"));
    }
    num_traits::ToPrimitive::to_usize(&(n * scale as f64).trunc())
        .ok_or_else(|| format!("sandpit: size too large: {text}"))
}

fn parse_number(text: &str) -> Result<u64, String> {
    text.trim()
        .parse()
        .map_err(|_| format!("sandpit: not a number: {text}"))
}

fn parse_args(args: &[String]) -> Result<Command, String> {
    let verb = args.first().cloned().ok_or_else(|| USAGE.to_string())?;
    if verb == "policy" {
        let name = args.get(1).ok_or_else(|| USAGE.to_string())?;
        let preset =
            Preset::from_name(name).ok_or_else(|| format!("sandpit: no preset named {name}"))?;
        return Ok(Command {
            verb,
            path: String::new(),
            policy: preset.policy(),
        });
    }
    if verb != "run" && verb != "check" {
        return Err(USAGE.to_string());
    }
    let mut policy = Preset::Teaching.policy();
    let mut overrides: Vec<(String, String)> = Vec::new();
    let mut path = None;
    let mut rest = args.iter().skip(1);
    while let Some(arg) = rest.next() {
        if arg.starts_with("--") {
            let value = rest
                .next()
                .ok_or_else(|| format!("sandpit: {arg} needs a value"))?;
            match arg.as_str() {
                "--policy" => {
                    policy = Preset::from_name(value)
                        .ok_or_else(|| format!("sandpit: no preset named {value}"))?
                        .policy();
                }
                "--policy-file" => {
                    let text = std::fs::read_to_string(value)
                        .map_err(|e| format!("sandpit: cannot read {value}: {e}"))?;
                    policy = Policy::from_json(&text)
                        .map_err(|e| format!("sandpit: bad policy in {value}: {e}"))?;
                }
                _ => overrides.push((arg.clone(), value.clone())),
            }
        } else if path.is_none() {
            path = Some(arg.clone());
        } else {
            return Err(USAGE.to_string());
        }
    }
    // Limit flags apply on top of whichever policy was chosen, in any order.
    for (flag, value) in overrides {
        let limits = &mut policy.limits;
        match flag.as_str() {
            "--max-memory" => limits.max_memory = parse_size(&value)?,
            "--max-output" => limits.max_output_bytes = parse_size(&value)?,
            "--max-instructions" => limits.max_instructions = Some(parse_number(&value)?),
            "--timeout-ms" => limits.timeout_ms = Some(parse_number(&value)?),
            "--max-stack" => {
                limits.max_stack_depth = usize::try_from(parse_number(&value)?)
                    .map_err(|_| format!("sandpit: not a number: {value}"))?;
            }
            other => return Err(format!("sandpit: unknown option {other}\n{USAGE}")),
        }
    }
    let path = path.ok_or_else(|| USAGE.to_string())?;
    Ok(Command { verb, path, policy })
}

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

fn report(filename: &str, v: &Violation) {
    eprintln!(
        "{filename}:{}:{}: sandbox violation [{}] {}: {}",
        v.line,
        v.col,
        serde_json::to_value(v.kind)
            .ok()
            .and_then(|k| k.as_str().map(str::to_owned))
            .unwrap_or_default(),
        v.rule,
        v.message
    );
}

fn execute(command: Command, source: String) -> ExitCode {
    let filename = if command.path == "-" {
        "<stdin>".to_string()
    } else {
        command.path.clone()
    };
    let mut sandbox = Sandbox::with_policy(command.policy).with_filename(&filename);
    if command.verb == "check" {
        let result = sandbox.check(&source);
        if let Some(err) = &result.syntax_error {
            let (line, col) = err.span.map_or((0, 0), |s| (s.line, s.col));
            eprintln!("{filename}:{line}:{col}: {}", err.summary);
        }
        for v in &result.violations {
            report(&filename, v);
        }
        return match (&result.syntax_error, result.violations.is_empty()) {
            (Some(_), _) => ExitCode::from(1),
            (None, false) => ExitCode::from(2),
            (None, true) => ExitCode::SUCCESS,
        };
    }
    let out = sandbox.run(&source);
    let mut stdout = std::io::stdout();
    let _ = stdout.write_all(out.stdout.as_bytes());
    let _ = stdout.flush();
    if let Some(err) = &out.error {
        eprint!("{}", err.traceback);
    }
    for v in &out.violations {
        report(&filename, v);
    }
    if !out.violations.is_empty() {
        ExitCode::from(2)
    } else if let Some(status) = out.exit_status {
        // What the operating system keeps of a process's exit status: its low byte.
        ExitCode::from(status.to_le_bytes()[0])
    } else if out.error.is_some() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = match parse_args(&args) {
        Ok(c) => c,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(3);
        }
    };
    if command.verb == "policy" {
        println!("{}", command.policy.to_json());
        return ExitCode::SUCCESS;
    }
    let source = match read_source(&command.path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(3);
        }
    };
    let worker = std::thread::Builder::new()
        .stack_size(STACK_BYTES)
        .spawn(move || execute(command, source));
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("sandpit: internal error");
            ExitCode::from(3)
        }
    }
}
