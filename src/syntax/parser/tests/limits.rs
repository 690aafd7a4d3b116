//! Nesting limits: hostile inputs must give a `SyntaxError`, never overflow the stack.
//! These run on the ordinary 2 MiB test thread.

use super::*;
use crate::syntax::{parse_module_with, ParseOptions};

const HUGE: usize = 100_000;

fn rejects(source: &str) -> String {
    error(source).message()
}

#[test]
fn deep_brackets_are_rejected() {
    for open in ["(", "[", "{"] {
        assert_eq!(rejects(&open.repeat(HUGE)), "too many nested parentheses");
    }
    assert_eq!(
        rejects(&format!("x = {}1{}", "(".repeat(HUGE), ")".repeat(HUGE))),
        "too many nested parentheses"
    );
}

#[test]
fn deep_prefix_operators_are_rejected() {
    for prefix in ["-", "not ", "~", "+", "lambda:", "lambda x: "] {
        let source = format!("{}x", prefix.repeat(HUGE));
        assert_eq!(rejects(&source), "too many nested parentheses", "{prefix}");
    }
    assert_eq!(
        rejects(&format!("x{}", "**x".repeat(HUGE))),
        "too many nested parentheses"
    );
    assert_eq!(
        rejects(&format!("x{}", " if x else x".repeat(HUGE))),
        "too many nested parentheses"
    );
}

#[test]
fn long_chains_are_rejected_before_the_tree_gets_too_deep() {
    for (item, separator) in [("1", "+"), ("a", "."), ("a", " or "), ("a", " < ")] {
        let source = vec![item; HUGE].join(separator);
        if separator == " or " || separator == " < " {
            // Flat nodes: long but shallow, so they parse.
            parse(&source);
        } else {
            assert_eq!(
                rejects(&source),
                "expression is too deeply nested",
                "{separator}"
            );
        }
    }
    assert_eq!(
        rejects(&format!("f{}", "()".repeat(HUGE))),
        "expression is too deeply nested"
    );
    assert_eq!(
        rejects(&format!("a{}", "[0]".repeat(HUGE))),
        "expression is too deeply nested"
    );
    let nested_chains = format!(
        "{}a{}",
        "(".repeat(150),
        "+a)".repeat(150).replace(')', "+a+a+a+a+a+a+a+a)")
    );
    assert_eq!(rejects(&nested_chains), "expression is too deeply nested");
}

#[test]
fn reasonable_chains_parse() {
    parse(&vec!["1"; 900].join("+"));
    parse(&format!("x{}", ".a".repeat(900)));
    parse(&format!("{}1{}", "(".repeat(199), ")".repeat(199)));
    parse(&format!("{}x", "-".repeat(190)));
}

#[test]
fn deep_blocks_are_rejected() {
    // Indentation grows quadratically with depth, so 5_000 levels (12 MB) stand in for
    // "unbounded"; the lexer stops at CPython's 100 levels anyway.
    let mut source = String::new();
    for level in 0..5_000 {
        source.push_str(&" ".repeat(level));
        source.push_str("if 1:\n");
    }
    let error = error(&source);
    assert_eq!(error.message(), "too many levels of indentation");
    assert_eq!(error.python_type(), "IndentationError");
    let one_line = format!("{}pass", "if 1: ".repeat(HUGE));
    assert_eq!(rejects(&one_line), "invalid syntax");
}

#[test]
fn long_elif_ladders_are_bounded() {
    let ladder = |count: usize| {
        let mut source = String::from("if x:\n    pass\n");
        for _ in 0..count {
            source.push_str("elif x:\n    pass\n");
        }
        source
    };
    parse(&ladder(500));
    assert_eq!(rejects(&ladder(HUGE)), "expression is too deeply nested");
}

#[test]
fn deep_fstrings_and_subscripts_are_rejected() {
    assert_eq!(
        rejects(&format!("f'{{{}}}'", "(".repeat(HUGE))),
        "too many nested parentheses"
    );
    assert_eq!(
        rejects(&format!("x{}", "[".repeat(HUGE))),
        "too many nested parentheses"
    );
    let nested_lists = format!("x = f'{{{}1{}}}'", "[".repeat(HUGE), "]".repeat(HUGE));
    assert!(parse_module(&nested_lists).is_err());
}

#[test]
fn max_nesting_is_configurable() {
    let options = ParseOptions { max_nesting: 10 };
    assert!(parse_module_with(&format!("{}1{}", "(".repeat(9), ")".repeat(9)), &options).is_ok());
    let error =
        parse_module_with(&format!("{}1{}", "(".repeat(11), ")".repeat(11)), &options).unwrap_err();
    assert_eq!(error.message(), "too many nested parentheses");
    assert_eq!(ParseOptions::default().max_nesting, 200);
}

#[test]
fn nesting_up_to_the_limit_fits_the_stack() {
    // Half of the default test thread's stack, to leave a safety margin.
    let worker = std::thread::Builder::new()
        .stack_size(STACK_BUDGET)
        .spawn(parse_deepest_inputs);
    worker
        .expect("spawn")
        .join()
        .expect("deep inputs fit in the stack budget");
}

const STACK_BUDGET: usize = 1 << 20;

fn parse_deepest_inputs() {
    let depth = 199;
    let patterns: [(&str, &str, &str); 10] = [
        ("f(", "x", ")"),
        ("a[", "x", "]"),
        ("{1: ", "x", "}"),
        ("[x for x in ", "y", "]"),
        ("(lambda: ", "x", ")"),
        ("(-", "x", ")"),
        ("(not ", "x", ")"),
        ("(x if ", "y", " else z)"),
        ("f(*", "x", ")"),
        ("(yield ", "x", ")"),
    ];
    for (open, middle, close) in patterns {
        let source = format!("{}{middle}{}", open.repeat(depth), close.repeat(depth));
        // Either outcome is fine; what matters is returning at all.
        let _ = parse_module(&source);
    }
    let mut blocks = String::new();
    for level in 0..99 {
        blocks.push_str(&" ".repeat(level));
        blocks.push_str(&format!("if {}x{}:\n", "(".repeat(90), ")".repeat(90)));
    }
    blocks.push_str(&" ".repeat(99));
    blocks.push_str("pass\n");
    let _ = parse_module(&blocks);
}

#[test]
fn deep_patterns_are_rejected() {
    let case = |pattern: String| format!("match x:\n    case {pattern}:\n        pass\n");
    for (open, close) in [("[", "]"), ("(", ")"), ("C(", ")"), ("{1: ", "}")] {
        let pattern = format!("{}_{}", open.repeat(HUGE), close.repeat(HUGE));
        assert_eq!(
            rejects(&case(pattern)),
            "too many nested parentheses",
            "{open}"
        );
    }
    assert_eq!(
        rejects(&case(format!("{}b", "a.".repeat(HUGE)))),
        "expression is too deeply nested"
    );
    parse(&case(vec!["1"; HUGE].join(" | ")));
}
