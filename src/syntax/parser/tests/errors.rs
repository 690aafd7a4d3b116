//! Error behaviour beyond the CPython cross-check: which error wins, exception classes,
//! and the features Sandpit rejects on purpose.

use super::*;
use crate::syntax::SyntaxErrorKind;

fn message_at(source: &str) -> (String, u32, u32) {
    let error = error(source);
    (error.message(), error.span.line, error.span.col)
}

#[test]
fn tokenizer_errors_win_over_earlier_parser_errors() {
    assert_eq!(
        message_at("x = = 1\ns = \"abc\n"),
        (
            "unterminated string literal (detected at line 2)".into(),
            2,
            5
        )
    );
    assert_eq!(
        message_at("def f(:\n  pass\ny = 0777\n").0,
        CPYTHON_LEADING_ZEROS
    );
}

const CPYTHON_LEADING_ZEROS: &str =
    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";

#[test]
fn unclosed_bracket_wins_only_from_an_earlier_line() {
    assert_eq!(
        message_at("x = = 1\ny = (1,\n"),
        ("invalid syntax".into(), 1, 5)
    );
    assert_eq!(
        message_at("x = (1,\ny = = 2\n"),
        ("'(' was never closed".into(), 1, 5)
    );
    assert_eq!(
        message_at("foo(a,\n    b\n"),
        ("'(' was never closed".into(), 1, 4)
    );
}

#[test]
fn exception_classes() {
    assert_eq!(error("  x").python_type(), "IndentationError");
    assert_eq!(error("if x:\npass").python_type(), "IndentationError");
    assert_eq!(error("if 1:\n\tx\n        y").python_type(), "TabError");
    assert_eq!(error("x = = 1").python_type(), "SyntaxError");
}

#[test]
fn async_and_await_are_rejected() {
    assert_eq!(
        error("async def f(): pass").kind,
        SyntaxErrorKind::Unsupported("async")
    );
    assert_eq!(
        error("x = await y").kind,
        SyntaxErrorKind::Unsupported("await")
    );
    assert_eq!(
        error("[x async for x in y]").kind,
        SyntaxErrorKind::Unsupported("async")
    );
    assert_eq!(
        error("try:\n  pass\nexcept* E:\n  pass").message(),
        "'except*' is not supported"
    );
    assert_eq!(
        error("async with x: pass").message(),
        "'async' is not supported"
    );
}

#[test]
fn unsupported_string_values() {
    assert_eq!(
        error(r#"x = "\ud800""#).kind,
        SyntaxErrorKind::LoneSurrogate
    );
    assert_eq!(
        error(r#"x = "\N{NOT A REAL NAME}""#).message(),
        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-18: unknown Unicode character name"
    );
}

#[test]
fn error_spans_cover_the_offending_code() {
    let error = error("x = (a, 1) = 2");
    assert_eq!(
        (error.message().as_str(), error.span.col),
        ("cannot assign to literal", 9)
    );
    let error = super::error("f(x for x in y, 1)");
    assert_eq!((error.span.col, error.span.end_col), (3, 15));
    let error = super::error("x = (1 2)\n");
    assert_eq!((error.span.col, error.span.end_col), (6, 9));
}

#[test]
fn invalid_characters() {
    assert_eq!(message_at("x = 1 ? 2"), ("invalid syntax".into(), 1, 7));
    assert_eq!(
        message_at("x = \u{a0}1").0,
        "invalid non-printable character U+00A0"
    );
    assert_eq!(
        message_at("x = 1\x002").0,
        "invalid non-printable character U+0000"
    );
}

#[test]
fn statement_level_walrus_needs_parentheses() {
    assert_eq!(message_at("x := 1"), ("invalid syntax".into(), 1, 3));
    parse("(x := 1)");
}
