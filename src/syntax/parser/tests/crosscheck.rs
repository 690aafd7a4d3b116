//! Compares our trees and errors with CPython 3.11's on the cases in `data/` (the expected
//! outputs were produced by `data/gen_expected.py`).

use super::dump;
use crate::syntax::parse_module;

const SEPARATOR: &str = "\n====\n";

/// Cases where we deliberately point elsewhere than CPython 3.11: errors inside an f-string
/// field point at the real place in the source (CPython's column there is relative to a
/// reparsed copy of the field), and the generator in a class header points at the generator.
const OWN_COLUMN: &[&str] = &["f'{a b}'", "f'{*a}'", "class C(x for x in y): pass"];

fn cases(text: &str) -> Vec<&str> {
    text.trim_end_matches('\n').split(SEPARATOR).collect()
}

#[test]
fn trees_match_cpython() {
    let sources = cases(include_str!("data/ast_cases.txt"));
    let expected: Vec<&str> = include_str!("data/ast_expected.txt").lines().collect();
    assert_eq!(
        sources.len(),
        expected.len(),
        "regenerate data/ast_expected.txt"
    );
    let mut mismatches = Vec::new();
    for (source, expected) in sources.iter().zip(expected) {
        match parse_module(source) {
            Ok(module) => {
                let actual = dump::module(&module);
                if actual != expected {
                    mismatches.push(format!(
                        "{source:?}\n  expected {expected}\n  actual   {actual}"
                    ));
                }
            }
            Err(error) => mismatches.push(format!(
                "{source:?}\n  failed: {} at {}:{}",
                error.message(),
                error.span.line,
                error.span.col
            )),
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} mismatches:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}

/// CPython 3.11 parses an f-string field as if it were parenthesised, so a bare tuple there
/// gets the braces in its span; ours covers just the tuple.
const OWN_POSITIONS: &[&str] = &["f'{x,}'", "f'{x, y}'"];

#[test]
fn positions_match_cpython() {
    let sources = cases(include_str!("data/ast_cases.txt"));
    let expected: Vec<&str> = include_str!("data/ast_positions.txt").lines().collect();
    assert_eq!(
        sources.len(),
        expected.len(),
        "regenerate data/ast_positions.txt"
    );
    let mut mismatches = Vec::new();
    for (source, expected) in sources.iter().zip(expected) {
        let Ok(module) = parse_module(source) else {
            continue;
        };
        if OWN_POSITIONS.contains(source) {
            continue;
        }
        let actual = dump::module_with_positions(&module);
        if actual != expected {
            mismatches.push(format!(
                "{source:?}\n  expected {expected}\n  actual   {actual}"
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} mismatches:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}

#[test]
fn errors_match_cpython() {
    let sources = cases(include_str!("data/error_cases.txt"));
    let expected: Vec<&str> = include_str!("data/error_expected.txt").lines().collect();
    assert_eq!(
        sources.len(),
        expected.len(),
        "regenerate data/error_expected.txt"
    );
    let mut mismatches = Vec::new();
    for (source, expected) in sources.iter().zip(expected) {
        let actual = match parse_module(source) {
            Ok(_) => "parsed".to_owned(),
            Err(error) => format!(
                "{}|{}|{}|{}",
                error.python_type(),
                error.message(),
                error.span.line,
                error.span.col
            ),
        };
        let (actual, expected) = if OWN_COLUMN.contains(source) {
            (without_column(&actual), without_column(expected))
        } else {
            (actual.as_str(), expected)
        };
        if actual != expected {
            mismatches.push(format!(
                "{source:?}\n  expected {expected}\n  actual   {actual}"
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} mismatches:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}

fn without_column(line: &str) -> &str {
    line.rsplit_once('|').map_or(line, |(rest, _)| rest)
}
