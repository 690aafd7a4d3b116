//! Statement shapes and spans beyond the CPython cross-check.

use super::*;
use crate::syntax::ast::{Constant, ExprContext, Span};

#[test]
fn sample_program_parses() {
    let module = parse(include_str!("sample.py"));
    assert!(module.body.len() > 10);
}

#[test]
fn statement_spans() {
    let body = statements("x = 1\nif a:\n    pass\nelse:\n    y = 2\n");
    assert_eq!(
        body[0].span,
        Span {
            start: 0,
            end: 5,
            line: 1,
            col: 1,
            end_line: 1,
            end_col: 6
        }
    );
    assert_eq!(
        (
            body[1].span.line,
            body[1].span.end_line,
            body[1].span.end_col
        ),
        (2, 5, 10)
    );
}

#[test]
fn elif_nests_in_orelse_with_its_own_span() {
    let body = statements("if a:\n    pass\nelif b:\n    pass\n");
    let StmtKind::If { orelse, .. } = &body[0].kind else {
        panic!()
    };
    assert_eq!((orelse[0].span.line, orelse[0].span.col), (3, 1));
    assert!(matches!(orelse[0].kind, StmtKind::If { .. }));
}

#[test]
fn annotated_assignment_simple_flag() {
    let simple = |source: &str| match &statements(source)[0].kind {
        StmtKind::AnnAssign { simple, .. } => *simple,
        other => panic!("{other:?}"),
    };
    assert!(simple("x: int"));
    assert!(!simple("(x): int"));
    assert!(!simple("a.b: int"));
}

#[test]
fn del_targets_use_del_context() {
    let StmtKind::Delete(targets) = &statements("del a, b.c")[0].kind else {
        panic!()
    };
    assert!(matches!(
        targets[0].kind,
        ExprKind::Name {
            ctx: ExprContext::Del,
            ..
        }
    ));
    assert!(matches!(
        targets[1].kind,
        ExprKind::Attribute {
            ctx: ExprContext::Del,
            ..
        }
    ));
}

#[test]
fn source_text_variants() {
    for source in [
        "x = 1",
        "x = 1\n",
        "x = 1\r\n",
        "\u{feff}x = 1\n",
        "x = 1\r",
        "\n\n\nx = 1\n\n",
        "x = 1 # c",
    ] {
        let body = statements(source);
        assert_eq!(body.len(), 1, "{source:?}");
    }
    assert!(statements("").is_empty());
    assert!(statements("# only a comment").is_empty());
    assert!(statements("\x0c\n").is_empty());
}

#[test]
fn crlf_inside_strings_becomes_newline() {
    let expr = expression("'''a\r\nb'''");
    assert_eq!(expr.kind, ExprKind::Constant(Constant::Str("a\nb".into())));
}

#[test]
fn columns_count_characters_not_bytes() {
    let StmtKind::Assign { value, .. } = &statements("é = 'ü' + x")[0].kind else {
        panic!()
    };
    let ExprKind::BinOp { right, .. } = &value.kind else {
        panic!()
    };
    assert_eq!((right.span.col, right.span.start), (11, 12));
}
