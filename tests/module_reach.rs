//! Modules a policy withholds stay out of reach when another, allowed, stdlib module
//! holds a reference to them (`string` keeps `re` as `string._re`, `statistics` keeps
//! `random`): reaching one through an attribute is blocked as `import` would be.

use sandpit::policy::{Policy, ViolationKind};
use sandpit::Sandbox;

fn policy() -> Policy {
    Policy {
        allowed_modules: vec!["string".into(), "statistics".into()],
        ..Policy::default()
    }
}

#[test]
fn withheld_modules_cannot_be_reached_through_allowed_ones() {
    for (source, module) in [
        ("import string\nstring._re\n", "re"),
        ("import string\ngetattr(string, '_re')\n", "re"),
        ("from string import _re\n", "re"),
        ("import statistics\nstatistics._random\n", "random"),
    ] {
        let out = Sandbox::with_policy(policy()).run(source);
        let summary = out.error.map(|e| e.summary).unwrap_or_default();
        assert_eq!(
            summary,
            format!("ImportError: import of '{module}' is blocked by the sandbox policy"),
            "{source}"
        );
        assert_eq!(out.violations.len(), 1, "{source}");
        assert_eq!(out.violations[0].kind, ViolationKind::Import);
        assert_eq!(out.violations[0].rule, module);
    }
}

#[test]
fn allowed_modules_still_work_with_their_helpers() {
    let out = Sandbox::with_policy(policy())
        .run("import string, statistics\nprint(string.capwords('a b'), statistics.mean([1, 2]))\n");
    assert!(out.error.is_none(), "{:?}", out.error);
    assert_eq!(out.stdout, "A B 1.5\n");
    let mut both = policy();
    both.allowed_modules.push("re".into());
    let out = Sandbox::with_policy(both).run("import string\nprint(string._re.escape('a.b'))\n");
    assert_eq!(out.stdout, "a\\.b\n");
}
