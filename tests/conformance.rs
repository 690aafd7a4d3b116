//! CPython conformance corpus: runs every `tests/py/*.py` through the public API and
//! compares what it prints with the `.expected` file CPython 3.11 produced for it
//! (see `scripts/gen-expected.sh`).
//!
//! The suite runs every program even after failures, so one run shows the whole state of
//! conformance rather than the first regression. Set `SANDPIT_CONFORMANCE=substring` to
//! run only the programs whose file name contains `substring`.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

/// A hanging program must fail on its own instead of stalling the whole suite.
const TIMEOUT: Duration = Duration::from_secs(10);

/// Deep recursion in the corpus (up to ~150 Python frames) must not overflow the
/// interpreter's native stack, whatever the platform's default thread stack is.
const STACK_SIZE: usize = 64 * 1024 * 1024;

/// The corpus directory, located from the crate root so the test works from any cwd.
fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("py")
}

/// The programs to run, sorted by name so reports are stable, filtered by
/// `SANDPIT_CONFORMANCE` when it is set.
fn programs() -> Vec<PathBuf> {
    let filter = std::env::var("SANDPIT_CONFORMANCE").unwrap_or_default();
    let mut paths: Vec<PathBuf> = fs::read_dir(corpus_dir())
        .expect("tests/py must exist")
        .map(|entry| entry.expect("readable tests/py entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .filter(|path| file_name(path).contains(&filter))
        .collect();
    paths.sort();
    paths
}

/// The bare file name (`int_pow.py`): what reports show and the filter matches.
fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Runs `source` in a fresh sandbox on its own thread and returns what CPython would
/// have shown: stdout, then the last line of the error report if the program raised
/// (`ExcType: message`, or the last of the notes `add_note` attached).
/// Errors (timeout, interpreter panic) are returned as a description.
fn run_program(source: String) -> Result<String, String> {
    let (sender, receiver) = mpsc::channel();
    thread::Builder::new()
        .name("conformance-program".into())
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let out: sandpit::RunOutput = sandpit::Sandbox::new().run(&source);
            let last_line = |e: sandpit::RunError| {
                format!("{}\n", e.traceback.lines().last().unwrap_or_default())
            };
            let actual = out.stdout + &out.error.map(last_line).unwrap_or_default();
            // The receiver is gone only if we already timed out; nothing to report then.
            let _ = sender.send(actual);
        })
        .expect("spawn program thread");
    // A thread that times out is left running: Rust cannot kill it, and the process
    // exits when the suite ends anyway.
    receiver.recv_timeout(TIMEOUT).map_err(|err| match err {
        mpsc::RecvTimeoutError::Timeout => format!("timed out after {}s", TIMEOUT.as_secs()),
        mpsc::RecvTimeoutError::Disconnected => "the interpreter panicked".to_string(),
    })
}

/// Describes the first line where `actual` differs from `expected`, with its 1-based
/// line number, or `None` when they are identical.
fn first_difference(expected: &str, actual: &str) -> Option<String> {
    if expected == actual {
        return None;
    }
    let mut expected_lines = expected.split_inclusive('\n');
    let mut actual_lines = actual.split_inclusive('\n');
    let mut line = 1;
    loop {
        match (expected_lines.next(), actual_lines.next()) {
            (Some(e), Some(a)) if e == a => line += 1,
            (e, a) => {
                let show = |text: Option<&str>| {
                    text.map_or("<end of output>".into(), |t| format!("{t:?}"))
                };
                return Some(format!(
                    "line {line}:\n    expected: {}\n    actual:   {}",
                    show(e),
                    show(a)
                ));
            }
        }
    }
}

/// Programs known not to pass yet, one name per line (`#` starts a comment). The list
/// only shrinks: a failure not on it fails the test, and `SANDPIT_UPDATE_KNOWN=1`
/// rewrites it from the current results.
fn known_failures_path() -> PathBuf {
    corpus_dir().join("known-failures.txt")
}

fn known_failures() -> Vec<String> {
    fs::read_to_string(known_failures_path())
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn conformance() {
    let programs = programs();
    let known = known_failures();
    let mut failures = Vec::new();
    let mut failed_names = Vec::new();
    for path in &programs {
        let name = file_name(path);
        let source = fs::read_to_string(path).expect("readable program");
        let expected_path = path.with_extension("expected");
        let Ok(expected) = fs::read_to_string(&expected_path) else {
            failures.push(format!(
                "{name}: missing {} (run scripts/gen-expected.sh)",
                file_name(&expected_path)
            ));
            failed_names.push(name);
            continue;
        };
        let problem = match run_program(source) {
            Ok(actual) => first_difference(&expected, &actual),
            Err(problem) => Some(problem),
        };
        if let Some(problem) = problem {
            failures.push(format!("{name}: {problem}"));
            failed_names.push(name);
        }
    }
    for failure in &failures {
        println!("FAIL {failure}");
    }
    let failed = failures.len();
    println!(
        "conformance: {} passed, {failed} failed ({} on the known-failures list)",
        programs.len() - failed,
        known.len()
    );
    if std::env::var("SANDPIT_UPDATE_KNOWN").is_ok_and(|v| v == "1") {
        let mut text =
            String::from("# Conformance programs that do not pass yet (tests/conformance.rs).\n");
        for name in &failed_names {
            text.push_str(name);
            text.push('\n');
        }
        fs::write(known_failures_path(), text).expect("known-failures.txt is writable");
        return;
    }
    let fixed: Vec<&String> = known.iter().filter(|k| !failed_names.contains(k)).collect();
    if !fixed.is_empty() {
        println!("now passing (remove from known-failures.txt): {fixed:?}");
    }
    let regressions: Vec<&String> = failed_names.iter().filter(|n| !known.contains(n)).collect();
    assert!(
        regressions.is_empty(),
        "{} conformance program(s) failed that are not on the known-failures list: {regressions:?}",
        regressions.len()
    );
}
