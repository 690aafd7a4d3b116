//! f-string specifics not visible in the tree dumps: spans of field expressions, debug text,
//! and errors reported from inside fields.

use super::*;
use crate::syntax::ast::Constant;

fn parts(source: &str) -> Vec<Expr> {
    match expression(source).kind {
        ExprKind::JoinedStr(parts) => parts,
        other => panic!("not a JoinedStr: {other:?}"),
    }
}

#[test]
fn field_expressions_have_real_positions() {
    let parts = parts("f'ab{x + yy}'");
    let ExprKind::FormattedValue { value, .. } = &parts[1].kind else {
        panic!("{parts:?}")
    };
    assert_eq!(
        (value.span.line, value.span.col, value.span.end_col),
        (1, 6, 12)
    );
    assert_eq!((value.span.start, value.span.end), (5, 11));
}

#[test]
fn multiline_field_positions() {
    let parts = parts("f'''line\n{\n  value}'''");
    let ExprKind::FormattedValue { value, .. } = &parts[1].kind else {
        panic!("{parts:?}")
    };
    assert_eq!((value.span.line, value.span.col), (3, 3));
}

#[test]
fn errors_inside_fields_point_into_the_field() {
    let error = error("x = 1\ny = f'{a +* b}'");
    assert_eq!(error.message(), "f-string: invalid syntax");
    assert_eq!((error.span.line, error.span.col), (2, 11));
    let error = super::error("f'{a!x}'");
    assert_eq!(
        error.message(),
        "f-string: invalid conversion character: expected 's', 'r', or 'a'"
    );
    assert_eq!(
        super::error("f'{a\\n}'").message(),
        "f-string expression part cannot include a backslash"
    );
}

#[test]
fn debug_text_keeps_spacing() {
    let parts = parts("f'{ x = }'");
    assert_eq!(
        parts[0].kind,
        ExprKind::Constant(Constant::Str(" x = ".into()))
    );
    let ExprKind::FormattedValue { conversion, .. } = &parts[1].kind else {
        panic!("{parts:?}")
    };
    assert_eq!(*conversion, Some('r'));
}

#[test]
fn nested_fstrings() {
    let parts = parts(r#"f"{f'{x!r}'}""#);
    let ExprKind::FormattedValue { value, .. } = &parts[0].kind else {
        panic!("{parts:?}")
    };
    assert!(matches!(value.kind, ExprKind::JoinedStr(_)));
}

#[test]
fn format_spec_is_a_joined_str() {
    let parts = parts("f'{x:>{w}.2f}'");
    let ExprKind::FormattedValue {
        format_spec: Some(spec),
        ..
    } = &parts[0].kind
    else {
        panic!("{parts:?}")
    };
    let ExprKind::JoinedStr(spec_parts) = &spec.kind else {
        panic!("{spec:?}")
    };
    assert_eq!(spec_parts.len(), 3);
    assert_eq!(
        spec_parts[2].kind,
        ExprKind::Constant(Constant::Str(".2f".into()))
    );
}
