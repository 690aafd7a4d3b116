//! Star-unpacking with many targets: the counts before and after the star share one
//! instruction argument, which once wrapped at 65536 names (a program that then failed
//! with an internal stack underflow). CPython's limits and error now apply.

use sandpit::Sandbox;

fn names(prefix: &str, n: usize) -> String {
    (0..n)
        .map(|i| format!("{prefix}{i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn run(source: &str) -> (String, Option<String>) {
    let out = Sandbox::new().run(source);
    (out.stdout, out.error.map(|e| e.summary))
}

#[test]
fn names_before_the_star_stop_at_cpythons_limit() {
    let ok = format!(
        "{}, *r = range(300)\nprint(a0, a254, r[0], len(r))",
        names("a", 255)
    );
    assert_eq!(run(&ok), ("0 254 255 45\n".to_string(), None));

    for n in [256, 65537] {
        let source = format!("{}, *r = range({})", names("a", n), n + 3);
        let (_, error) = run(&source);
        let error = error.unwrap_or_default();
        assert!(
            error.contains("SyntaxError: too many expressions in star-unpacking assignment"),
            "{n} names before the star: {error}"
        );
    }
}

#[test]
fn many_names_after_the_star_unpack() {
    let source = format!(
        "a, *r, {} = range(70002)\nprint(a, r, b0, b69999)",
        names("b", 70000)
    );
    assert_eq!(run(&source), ("0 [1] 2 70001\n".to_string(), None));
}
