//! Sandbox security tests: the escape corpus (`tests/escapes/*.py`, known CPython
//! sandbox escapes), the denial-of-service corpus (`tests/limits/*.py`), and checks of
//! determinism, named inputs, run statistics and the CLI's real peak memory.
//!
//! Every corpus program starts with a header saying what the run must report:
//!
//! ```text
//! # expect: dunder __subclasses__     a violation: kind (as JSON spells it) and rule
//! # expect: limit max_memory
//! # expect: error AttributeError      no capability, just this exception
//! # policy: strict                    optional: the preset to run under
//! # deny: random.random, time.time     optional: members the policy denies
//! ```
//!
//! Escape programs print a line starting with `ESCAPED` when they get the capability
//! (each does under CPython 3.11); that word must never reach stdout. Each program runs
//! on its own thread so a hang or a panic fails that program only, and the suite runs
//! them all even after failures so one run shows the whole state. Set
//! `SANDPIT_SANDBOX=substring` to run only the programs whose file name contains it.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use sandpit::policy::{Policy, Preset, ViolationKind};
use sandpit::{RunOutput, Sandbox};

/// A program that outlives this fails on its own instead of stalling the suite; the
/// limits stop every corpus program long before it.
const TIMEOUT: Duration = Duration::from_secs(30);

/// Native recursion (reprs, callbacks into Python) must hit the sandbox's own depth
/// limit, never the platform's default thread stack.
const STACK_SIZE: usize = 64 * 1024 * 1024;

/// The word escape programs print once they hold a capability.
const ESCAPED: &str = "ESCAPED";

/// The escape corpus must not shrink below this by accident.
const MIN_ESCAPES: usize = 45;

/// The limits corpus's memory limit; the CLI test uses the same value.
const LIMITS_MAX_MEMORY: usize = 32 * 1024 * 1024;

/// Resident memory the CLI may use beyond `LIMITS_MAX_MEMORY`: the interpreter's own
/// code, tables and allocator slack, which the heap accounting does not count.
const RSS_SLACK: usize = 40 * 1024 * 1024;

/// What a corpus program's run must report.
#[derive(Debug, Clone, PartialEq)]
enum Expect {
    /// A violation of this kind and rule among `RunOutput::violations`.
    Violation(ViolationKind, String),
    /// An uncaught exception whose summary starts with this exception name.
    Error(String),
}

/// One corpus program and how to judge it.
struct Program {
    name: String,
    source: String,
    expect: Expect,
    /// The preset named by a `# policy:` header, if any.
    preset: Option<Preset>,
    /// The member paths a `# deny:` header adds to the policy's `denied_members`.
    deny: Vec<String>,
}

/// Reads the leading `# key: value` header lines of `source`.
fn parse_program(name: &str, source: String) -> Result<Program, String> {
    let mut expect = None;
    let mut preset = None;
    let mut deny = Vec::new();
    for line in source.lines().take_while(|l| l.starts_with('#')) {
        let Some((key, value)) = line.trim_start_matches('#').split_once(':') else {
            continue;
        };
        match key.trim() {
            "expect" => expect = Some(parse_expect(value.trim())?),
            "policy" => {
                let name = value.trim();
                preset =
                    Some(Preset::from_name(name).ok_or_else(|| format!("no preset {name:?}"))?);
            }
            "deny" => deny.extend(value.split(',').map(|m| m.trim().to_string())),
            _ => {}
        }
    }
    Ok(Program {
        name: name.to_string(),
        expect: expect.ok_or("no `# expect:` header")?,
        preset,
        deny,
        source,
    })
}

/// Parses `kind rule`; the kind is spelled as violations serialise it (`dunder`,
/// `import`...), so the header and the JSON the playground sees agree.
fn parse_expect(text: &str) -> Result<Expect, String> {
    let (kind, rule) = text
        .split_once(' ')
        .ok_or_else(|| format!("`# expect: {text}` needs a kind and a rule"))?;
    let rule = rule.trim().to_string();
    if kind == "error" {
        return Ok(Expect::Error(rule));
    }
    serde_json::from_value(serde_json::Value::String(kind.to_string()))
        .map(|kind| Expect::Violation(kind, rule))
        .map_err(|_| format!("unknown violation kind {kind:?}"))
}

/// `tests/<name>`, located from the crate root so the test works from any cwd.
fn corpus_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(name)
}

/// The `.py` files of a corpus, sorted so reports are stable, filtered by
/// `SANDPIT_SANDBOX` when it is set.
fn corpus(name: &str) -> Vec<PathBuf> {
    let filter = std::env::var("SANDPIT_SANDBOX").unwrap_or_default();
    let mut paths: Vec<PathBuf> = fs::read_dir(corpus_dir(name))
        .unwrap_or_else(|e| panic!("tests/{name} must exist: {e}"))
        .map(|entry| entry.expect("readable corpus entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .filter(|path| file_name(path).contains(&filter))
        .collect();
    paths.sort();
    paths
}

/// The bare file name: what reports show and the filter matches.
fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Reads and parses every program of a corpus; a bad header is a failure of its own.
fn load_corpus(name: &str) -> Vec<Result<Program, String>> {
    corpus(name)
        .iter()
        .map(|path| {
            let name = file_name(path);
            let source = fs::read_to_string(path).map_err(|e| format!("{name}: {e}"))?;
            parse_program(&name, source).map_err(|e| format!("{name}: {e}"))
        })
        .collect()
}

/// Runs `source` under `policy` on its own thread with a large stack, giving up after
/// [`TIMEOUT`]. Errors (timeout, interpreter panic) come back as a description.
fn run_isolated(policy: Policy, source: &str) -> Result<RunOutput, String> {
    let source = source.to_string();
    let (sender, receiver) = mpsc::channel();
    thread::Builder::new()
        .name("sandbox-program".into())
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let out = Sandbox::with_policy(policy).run(&source);
            // The receiver is gone only if we already timed out; nothing to report then.
            let _ = sender.send(out);
        })
        .expect("spawn program thread");
    // A thread that times out is left running: Rust cannot kill it, and the process
    // exits when the suite ends anyway.
    receiver.recv_timeout(TIMEOUT).map_err(|err| match err {
        mpsc::RecvTimeoutError::Timeout => {
            format!("did not finish within {}s", TIMEOUT.as_secs())
        }
        mpsc::RecvTimeoutError::Disconnected => "the interpreter panicked".to_string(),
    })
}

/// Room for the truncation marker the runtime appends once output hits its cap.
const OUTPUT_MARKER_SLACK: usize = 1024;

/// What a tripped limit must also have done besides recording its violation: raise its
/// exception (memory, stack, fuel and time), or cut the output at the cap.
fn limit_consequence(rule: &str, policy: &Policy, out: &RunOutput) -> Option<String> {
    let exception = match rule {
        "max_memory" => "MemoryError",
        "max_stack_depth" => "RecursionError",
        "max_instructions" | "timeout_ms" => "TimeoutError",
        "max_output_bytes" => {
            let cap = policy.limits.max_output_bytes + OUTPUT_MARKER_SLACK;
            let len = out.stdout.len();
            return (len > cap).then(|| format!("{len} bytes of output passed the cap"));
        }
        _ => return None,
    };
    let summary = out.error.as_ref().map(|e| e.summary.as_str());
    (!summary.is_some_and(|s| s.starts_with(exception)))
        .then(|| format!("limit {rule} must raise {exception}; got error {summary:?}"))
}

/// What went wrong with a finished run, or `None` when it did what the header says.
fn judge(expect: &Expect, policy: &Policy, out: &RunOutput) -> Option<String> {
    if let Some(line) = out.stdout.lines().find(|l| l.contains(ESCAPED)) {
        return Some(format!("ESCAPED: printed {line:?}"));
    }
    let summary = out.error.as_ref().map(|e| e.summary.as_str());
    let seen = || {
        let violations: Vec<String> = out
            .violations
            .iter()
            .map(|v| format!("{:?} {}", v.kind, v.rule))
            .collect();
        format!("error {summary:?}, violations {violations:?}")
    };
    match expect {
        Expect::Error(name) => (!summary.is_some_and(|s| s.starts_with(name.as_str())))
            .then(|| format!("expected {name}; got {}", seen())),
        Expect::Violation(kind, rule) => {
            let found = out
                .violations
                .iter()
                .any(|v| v.kind == *kind && v.rule == *rule);
            if !found {
                return Some(format!(
                    "expected {kind:?} violation {rule}; got {}",
                    seen()
                ));
            }
            if *kind == ViolationKind::Limit {
                limit_consequence(rule, policy, out)
            } else {
                None
            }
        }
    }
}

/// Runs every program of a corpus under the policy `policy_for` gives its `# policy:`
/// header (plus the members its `# deny:` header denies), prints one line per failure
/// and the summary, and fails if any failed.
fn run_corpus(name: &str, policy_for: impl Fn(Option<Preset>) -> Policy) -> usize {
    let programs = load_corpus(name);
    let mut failures = Vec::new();
    for program in &programs {
        let problem = match program {
            Err(bad_header) => Some(bad_header.clone()),
            Ok(p) => {
                let mut policy = policy_for(p.preset);
                policy.denied_members.extend(p.deny.iter().cloned());
                match run_isolated(policy.clone(), &p.source) {
                    Ok(out) => judge(&p.expect, &policy, &out),
                    Err(why) => Some(why),
                }
                .map(|why| format!("{}: {why}", p.name))
            }
        };
        failures.extend(problem);
    }
    for failure in &failures {
        println!("FAIL {name}/{failure}");
    }
    println!(
        "sandbox: {} passed, {} failed ({name})",
        programs.len() - failures.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} {name} program(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    programs.len()
}

/// Escapes run under the teaching policy (the one a playground offers by default)
/// unless their header picks another.
#[test]
fn escapes_corpus() {
    let count = run_corpus("escapes", |preset| {
        preset.unwrap_or(Preset::Teaching).policy()
    });
    let filtered = std::env::var("SANDPIT_SANDBOX").is_ok_and(|f| !f.is_empty());
    assert!(
        filtered || count >= MIN_ESCAPES,
        "only {count} escape programs"
    );
}

/// The policy the limits corpus runs under: teaching, with limits small enough that
/// every bomb trips one quickly and a broken limit cannot take the machine down.
fn limits_policy(preset: Option<Preset>) -> Policy {
    let mut policy = preset.unwrap_or(Preset::Teaching).policy();
    policy.limits.max_memory = LIMITS_MAX_MEMORY;
    policy.limits.max_instructions = Some(20_000_000);
    policy.limits.timeout_ms = Some(5_000);
    policy
}

#[test]
fn limits_corpus() {
    run_corpus("limits", limits_policy);
}

/// Runs a snippet under `policy` and fails the test on a timeout or a panic.
fn run_snippet(policy: Policy, source: &str) -> RunOutput {
    run_isolated(policy, source).unwrap_or_else(|why| panic!("{why}: {source}"))
}

/// The deterministic preset promises byte-identical output for the same program: string
/// hashing, set order, and (where the modules exist) the clock and `random` must not
/// vary between runs.
#[test]
fn deterministic_runs_are_identical() {
    let source = r#"
words = {'pear', 'apple', 'fig', 'kiwi', 'banana', 'cherry', 'date', 'grape'}
print(list(words))
print(hash('sandpit'), hash(b'sandpit'), hash(('a', 1, 2.5)))
print({w: len(w) for w in words}, frozenset(words) == words)
print(sum(i * i for i in range(1000)), 2 ** 100 // 7, 1 / 3)
try:
    import random
    print(random.random(), random.randint(1, 1000), random.choice(sorted(words)))
except ImportError as e:
    print('no random:', e)
try:
    import time
    print(time.time(), time.monotonic())
except ImportError as e:
    print('no time:', e)
"#;
    let policy = Preset::Deterministic.policy();
    let first = run_snippet(policy.clone(), source);
    let second = run_snippet(policy, source);
    assert!(first.error.is_none(), "{:?}", first.error);
    assert!(!first.stdout.is_empty());
    assert_eq!(first.stdout, second.stdout);
}

/// Temporal-style member rules: a denied `module.member` path is refused at run time,
/// whether reached through the module or imported by name, and reported as a `member`
/// violation naming the path; other members of the module stay usable.
#[test]
fn denied_members_are_refused_at_run_time() {
    let mut policy = Preset::Teaching.policy();
    policy.denied_members = vec!["string.capwords".into()];
    let out = run_snippet(
        policy.clone(),
        "import string\nprint(string.ascii_lowercase[:3])\nstring.capwords('a b')\n",
    );
    assert_eq!(out.stdout, "abc\n");
    let summary = out.error.map(|e| e.summary).unwrap_or_default();
    assert_eq!(
        summary,
        "PermissionError: use of 'string.capwords' is denied by the sandbox policy"
    );
    let rules: Vec<(ViolationKind, String, u32)> = out
        .violations
        .iter()
        .map(|v| (v.kind, v.rule.clone(), v.line))
        .collect();
    assert_eq!(
        rules,
        [(ViolationKind::Member, "string.capwords".to_string(), 3)]
    );
    let out = run_snippet(policy, "from string import capwords\n");
    assert!(out
        .violations
        .iter()
        .any(|v| v.kind == ViolationKind::Member && v.rule == "string.capwords"));
    let summary = out.error.map(|e| e.summary).unwrap_or_default();
    assert!(summary.starts_with("PermissionError"), "{summary}");
}

/// A denied member is refused at the function that implements it, however the program
/// reaches it (`tests/escapes/member_*.py`), while everything that does not use it keeps
/// working: other members of the same module and class, modules whose import builds a
/// denied class, and stdlib code that does not go through the denied member.
#[test]
fn denied_members_leave_the_rest_usable() {
    let mut policy = Preset::Teaching.policy();
    policy.denied_members = vec![
        "random.random".into(),
        "datetime.datetime.now".into(),
        "time.monotonic".into(),
    ];
    let source = "import random, datetime, time, statistics\n\
                  r = random.Random(1)\n\
                  print(r.randint(1, 6), r.choice('abc'), r.randrange(10), len(r.sample(range(5), 2)))\n\
                  print(datetime.datetime.fromtimestamp(0), datetime.date(2000, 1, 2).isoformat())\n\
                  print(time.gmtime(0).tm_year, time.ctime(0), statistics.mean([1, 2, 3]))\n";
    let out = run_snippet(policy.clone(), source);
    assert!(out.error.is_none(), "{:?}", out.error);
    assert!(out.violations.is_empty(), "{:?}", out.violations);
    assert_eq!(
        out.stdout,
        "2 c 1 2\n1970-01-01 00:00:00 2000-01-02\n1970 Thu Jan  1 00:00:00 1970 2\n"
    );
    // Refused inside stdlib code (uniform draws from random()): the violation points at
    // the program's line that called into the stdlib.
    let out = run_snippet(policy, "import random\n\nx = random.uniform(1, 2)\n");
    let found: Vec<(String, u32)> = out
        .violations
        .iter()
        .map(|v| (v.rule.clone(), v.line))
        .collect();
    assert_eq!(found, [("random.random".to_string(), 3)]);
    // Denying a whole class: importing its module (which builds instances of it) works,
    // and the module's other classes stay usable.
    let mut policy = Preset::Teaching.policy();
    policy.denied_members = vec!["datetime.datetime".into(), "random.Random".into()];
    let out = run_snippet(
        policy,
        "import datetime, random\nprint(datetime.date(2000, 1, 2), datetime.timedelta(1))\n",
    );
    assert!(out.error.is_none(), "{:?}", out.error);
    assert_eq!(out.stdout, "2000-01-02 1 day, 0:00:00\n");
}

/// Rules about a module close its private helpers to the program and are checked on
/// every stdlib call: a rule that names nothing the program uses must change nothing,
/// however much stdlib code (its own private parts included) runs for it.
#[test]
fn unrelated_member_rules_change_nothing() {
    let source = "import collections, dataclasses, itertools, functools, json, re, statistics\n\
                  import datetime, random, string, typing, math, time\n\
                  P = collections.namedtuple('P', 'x y')\n\
                  print(P(1, 2)._replace(x=3), collections.Counter('abca').most_common(1))\n\
                  @dataclasses.dataclass(frozen=True)\n\
                  class D:\n    a: int = 1\n\
                  print(D(), dataclasses.asdict(D(2)), list(itertools.combinations('abc', 2)))\n\
                  print(functools.reduce(lambda a, b: a * b, range(1, 6)), json.dumps({'k': [1]}))\n\
                  print(re.sub(r'(\\w+)', r'<\\1>', 'a b'), statistics.median([3, 1, 2]))\n\
                  print(datetime.date(2000, 1, 1) + datetime.timedelta(days=40), random.Random(4).random())\n\
                  print(string.Template('$x!').substitute(x=1), typing.get_origin(typing.List[int]))\n\
                  print(math.comb(5, 2), time.strftime('%Y', time.gmtime(0)))\n";
    let plain = run_snippet(Preset::Teaching.policy(), source);
    assert!(plain.error.is_none(), "{:?}", plain.error);
    let mut policy = Preset::Teaching.policy();
    policy.denied_members = Preset::Teaching
        .policy()
        .allowed_modules
        .iter()
        .map(|m| format!("{m}.not_a_member"))
        .collect();
    let ruled = run_snippet(policy, source);
    assert!(ruled.error.is_none(), "{:?}", ruled.error);
    assert!(ruled.violations.is_empty(), "{:?}", ruled.violations);
    assert_eq!(ruled.stdout, plain.stdout);
}

/// Named inputs arrive as Python values the program may change freely; the host's JSON
/// stays as it was.
#[test]
fn inputs_are_copies() {
    let inputs = serde_json::json!({"data": [1, 2, 3], "cfg": {"k": 1.5}});
    let inputs = inputs.as_object().expect("an object").clone();
    let before = inputs.clone();
    let source = "data.append(4); print(data, cfg)\ncfg['k'] = cfg['k'] * 2; print(cfg['k'])";
    let out = Sandbox::with_policy(Preset::Teaching.policy()).run_with_inputs(source, &inputs);
    assert!(out.error.is_none(), "{:?}", out.error);
    assert_eq!(out.stdout, "[1, 2, 3, 4] {'k': 1.5}\n3.0\n");
    assert_eq!(inputs, before);
}

/// Every loop iteration costs fuel, and `output_bytes` counts UTF-8 bytes written.
#[test]
fn stats_count_instructions_and_output() {
    const N: u64 = 10_000;
    let source = format!("t = 0\nfor i in range({N}):\n    t += i\nprint(t, 'héllo')\n");
    let out = Sandbox::with_policy(Preset::Teaching.policy()).run(&source);
    assert!(out.error.is_none(), "{:?}", out.error);
    assert_eq!(out.stdout, format!("{} héllo\n", N * (N - 1) / 2));
    assert!(
        out.stats.instructions > N,
        "{} instructions for {N} iterations",
        out.stats.instructions
    );
    assert_eq!(out.stats.output_bytes, out.stdout.len());
}

/// Without fuel the wall clock still stops an endless loop.
#[test]
fn timeout_stops_a_run_without_fuel() {
    let mut policy = Preset::Teaching.policy();
    policy.limits.max_instructions = None;
    policy.limits.timeout_ms = Some(200);
    let started = Instant::now();
    let out = run_snippet(policy.clone(), "while True:\n    pass\n");
    let expect = Expect::Violation(ViolationKind::Limit, "timeout_ms".into());
    assert_eq!(judge(&expect, &policy, &out), None);
    assert!(started.elapsed() < Duration::from_secs(5));
}

/// A program refused in a loop under ever new rule names lists a bounded number of
/// violations (the list is outside the memory limit), and still the limit that ended it.
#[test]
fn violations_are_capped_but_the_ending_limit_is_listed() {
    let mut policy = Preset::Teaching.policy();
    policy.limits.max_instructions = Some(2_000_000);
    let source = "class A: pass\ni = 0\nwhile True:\n    try:\n        getattr(A, '__x%d__' % i)\n    except AttributeError:\n        i += 1\n";
    let out = run_snippet(policy, source);
    let last = out.violations.last().map(|v| (v.kind, v.rule.as_str()));
    assert_eq!(last, Some((ViolationKind::Limit, "max_instructions")));
    assert_eq!(out.violations.len(), sandpit::policy::MAX_VIOLATIONS + 1);
}

/// A finished child process: its exit code and stderr.
struct Finished {
    code: Option<i32>,
    stderr: String,
}

/// Runs `command` with stdout discarded, killing it after [`TIMEOUT`].
fn run_child(command: &mut Command) -> Result<Finished, String> {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start: {e}"))?;
    // Read stderr on the side so a chatty child cannot block on a full pipe.
    let mut pipe = child.stderr.take().expect("piped stderr");
    let reader = thread::spawn(move || {
        let mut text = String::new();
        let _ = pipe.read_to_string(&mut text);
        text
    });
    let deadline = Instant::now() + TIMEOUT;
    let status = loop {
        match child.try_wait().map_err(|e| e.to_string())? {
            Some(status) => break status,
            None if Instant::now() > deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("did not finish within {}s", TIMEOUT.as_secs()));
            }
            None => thread::sleep(Duration::from_millis(20)),
        }
    };
    Ok(Finished {
        code: status.code(),
        stderr: reader.join().unwrap_or_default(),
    })
}

/// The CLI under `/usr/bin/time -v`, which reports its peak resident set; None (the
/// test is skipped, and says so) where that program is missing.
fn time_command() -> Option<Command> {
    let time = Path::new("/usr/bin/time");
    if !time.exists() {
        println!("skipped: /usr/bin/time is missing (Debian package `time`)");
        return None;
    }
    let mut command = Command::new(time);
    command.arg("-v").arg(env!("CARGO_BIN_EXE_sandpit"));
    Some(command)
}

/// The peak resident set in bytes that `/usr/bin/time -v` reported on the child's stderr.
fn peak_rss(f: &Finished) -> Result<usize, String> {
    f.stderr
        .lines()
        .find_map(|l| l.trim().strip_prefix("Maximum resident set size (kbytes):"))
        .and_then(|n| n.trim().parse::<usize>().ok())
        .map(|kb| kb * 1024)
        .ok_or_else(|| format!("no peak RSS in /usr/bin/time's report:\n{}", f.stderr))
}

/// Freeing a big structure takes no memory of its own: a list of 20,000 tuples of 100
/// numbers (32 MB of values) freed at the end of the run peaks near its own size. The
/// work list that frees nested containers without recursion once held every number, and
/// the run peaked at twice the structure.
#[test]
fn freeing_a_big_structure_takes_little_memory() {
    let Some(mut time) = time_command() else {
        return;
    };
    let dir = std::env::temp_dir().join(format!("sandpit-free-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("free.py");
    std::fs::write(
        &path,
        "x = [(0,) * 100 for _ in range(20000)]\nprint(len(x))\n",
    )
    .expect("write program");
    let finished = run_child(time.args(["run", "--policy", "permissive"]).arg(&path));
    let _ = std::fs::remove_dir_all(&dir);
    let finished = finished.expect("the run finishes");
    assert_eq!(finished.code, Some(0), "{}", finished.stderr);
    let rss = peak_rss(&finished).expect("peak RSS");
    // 32 MB of values, the interpreter itself, and allocator slack; twice the values
    // (the old work list) would be over 64 MB.
    assert!(rss < 52 << 20, "peak RSS {} MiB", rss >> 20);
}

/// The heap accounting must bound what the process really uses: every memory bomb of
/// the limits corpus, run by the CLI under `/usr/bin/time -v`, keeps its peak resident
/// set under the limit plus slack and exits with 2 (a sandbox violation).
#[test]
fn cli_peak_memory_stays_bounded() {
    if time_command().is_none() {
        return;
    }
    let bombs: Vec<Program> = load_corpus("limits")
        .into_iter()
        .flatten()
        .filter(|p| p.expect == Expect::Violation(ViolationKind::Limit, "max_memory".into()))
        .collect();
    let limit_mb = LIMITS_MAX_MEMORY >> 20;
    let mut failures = Vec::new();
    for bomb in &bombs {
        let path = corpus_dir("limits").join(&bomb.name);
        let Some(mut time) = time_command() else {
            return;
        };
        let finished = run_child(
            time.args(["run", "--policy", "teaching", "--max-memory"])
                .arg(format!("{limit_mb}MB"))
                .arg(&path),
        );
        let problem = finished.and_then(|f| {
            let rss = peak_rss(&f)?;
            if rss >= LIMITS_MAX_MEMORY + RSS_SLACK {
                return Err(format!("peak RSS {} MiB", rss >> 20));
            }
            if f.code != Some(2) {
                let last = f.stderr.lines().find(|l| l.contains("Error"));
                return Err(format!("exit code {:?} (want 2); {last:?}", f.code));
            }
            Ok(())
        });
        if let Err(why) = problem {
            failures.push(format!("{}: {why}", bomb.name));
        }
    }
    for failure in &failures {
        println!("FAIL cli/{failure}");
    }
    println!(
        "sandbox: {} passed, {} failed (cli peak memory)",
        bombs.len() - failures.len(),
        failures.len()
    );
    assert!(!bombs.is_empty(), "no max_memory programs in tests/limits");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn headers_parse() {
    let p = parse_program(
        "x.py",
        "# expect: dunder __mro__\n# policy: strict\n# deny: a.b, c.d\n".into(),
    );
    let p = p.expect("valid header");
    assert_eq!(
        p.expect,
        Expect::Violation(ViolationKind::Dunder, "__mro__".into())
    );
    assert_eq!(p.preset, Some(Preset::Strict));
    assert_eq!(p.deny, ["a.b", "c.d"]);
    let e = parse_program("x.py", "# expect: error NameError\nx\n".into()).map(|p| p.expect);
    assert_eq!(e, Ok(Expect::Error("NameError".into())));
    assert!(parse_program("x.py", "# expect: bogus x\n".into()).is_err());
    assert!(parse_program("x.py", "print(1)\n".into()).is_err());
}

/// The memory limit of [`one_call_never_builds_past_the_memory_limit`].
const COPY_LIMIT: usize = 8 * 1024 * 1024;

/// Each is a value holding most of [`COPY_LIMIT`], then one call that copies it (or
/// grows it): the copy must be refused (`MemoryError`) before it is made, or grow the
/// container within the limit, never built first and noticed after.
const BIG_COPIES: &[&str] = &[
    "s = 'ab\\x00' * 1700000\ny = s.upper()",
    "s = 'ab\\x00' * 1700000\ny = s.casefold()",
    "s = 'é\\x00' * 1200000\ny = s.title()",
    "s = 'ab\\x00' * 1700000\ny = s[1:]",
    "s = 'ab\\x00' * 1700000\ny = s[::-1]",
    "s = 'ab\\x00' * 1700000\ny = s.encode()",
    "s = 'ab\\x00' * 1700000\ny = bytearray(s, 'utf-8')",
    "s = 'ab\\x00' * 1700000\ny = s.removeprefix('a')",
    "s = 'ab\\x00' * 1700000\ny = s.format()",
    "s = 'ab\\x00' * 1700000\ny = s.partition('\\x00')",
    "s = 'ab' * 2500000\nimport json\ny = json.dumps(s)",
    "s = bytes(5100000)\ny = s.decode('latin-1')",
    "s = bytes(5100000)\ny = s.translate(None)",
    "s = bytes(5100000)\ny = bytearray(s)",
    "s = bytes(5100000)\ny = s[1:]",
    "s = bytearray(5100000)\ny = s.upper()",
    "s = bytearray(5100000)\ny = s.strip(b'x')",
    "s = bytearray(5100000)\ny = s.isalnum()",
    "s = bytearray(5100000)\ny = s.copy()",
    "s = bytearray(5100000)\ny = s[::-1]",
    "s = bytearray(5100000)\ny = b'%s' % s",
    "s = bytearray(5100000)\ny = b''.join([s])",
    "s = bytearray(5100000)\ns.append(1)",
    "s = bytearray(5100000)\ns[:] = s",
    "s = [0] * 350000\ny = s[:]",
    "s = [0] * 350000\ny = s.copy()",
    "s = [0] * 300000\ns.append(1)",
    "s = [0] * 300000\ns.insert(0, 1)",
    "s = [0] * 300000\ns[1:1] = s[:10]",
    "s = dict.fromkeys(range(90000))\ny = s.copy()",
    "s = dict.fromkeys(range(90000))\ny = s | s",
    "s = dict.fromkeys(range(90000))\ny = s.items() | s.items()",
    "s = set(range(60000))\ny = s.union(s)",
    "s = set(range(60000))\ny = s.symmetric_difference(set())",
];

/// A str method given a bytearray holding most of the limit refuses it with its
/// TypeError, as CPython does: the counted copy is only made for a kind that takes it.
#[test]
fn a_big_bytearray_argument_of_a_str_method_is_a_type_error() {
    let mut policy = Preset::Teaching.policy();
    policy.limits.max_memory = COPY_LIMIT;
    let out = Sandbox::with_policy(policy).run("b = bytearray(6000000)\n'abc'.find(b)");
    let error = out.error.map(|e| e.summary);
    assert_eq!(
        error.as_deref(),
        Some("TypeError: must be str, not bytearray")
    );
}

#[test]
fn one_call_never_builds_past_the_memory_limit() {
    let mut policy = Preset::Teaching.policy();
    policy.limits.max_memory = COPY_LIMIT;
    policy.limits.max_instructions = Some(20_000_000);
    let cap = COPY_LIMIT + COPY_LIMIT / 8;
    let failures: Vec<String> = BIG_COPIES
        .iter()
        .filter_map(|source| {
            let out = Sandbox::with_policy(policy.clone()).run(source);
            let peak = out.stats.peak_memory_bytes;
            let error = out.error.as_ref().map(|e| e.summary.as_str());
            let refused = error.is_none_or(|e| e.starts_with("MemoryError"));
            (peak > cap || !refused).then(|| format!("{source:?}: peak {peak}, error {error:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
