use super::*;

#[test]
fn precedence_smoke() {
    assert_eq!(shape(&expression("-2**2")), "(USub (2 Pow 2))");
    assert_eq!(
        shape(&expression("a + b * c - d")),
        "((a Add (b Mult c)) Sub d)"
    );
    assert_eq!(shape(&expression("2**3**2")), "(2 Pow (3 Pow 2))");
    assert_eq!(
        shape(&expression("not a == b and c or d")),
        "(Or (And (Not (a Eq b)) c) d)"
    );
    assert_eq!(
        shape(&expression("a < b not in c is not d")),
        "(a Lt b NotIn c IsNot d)"
    );
    assert_eq!(shape(&expression("f(x).y[1:2, ::3]")), "f(x).y[<Slice { lower: Some(Expr { kind: Constant(Int(1)), span: Span { start: 7, end: 8, line: 1, col: 8, end_line: 1, end_col: 9 } }), upper: Some(Expr { kind: Constant(Int(2)), span: Span { start: 9, end: 10, line: 1, col: 10, end_line: 1, end_col: 11 } }), step: None }, Slice { lower: None, upper: None, step: Some(Expr { kind: Constant(Int(3)), span: Span { start: 14, end: 15, line: 1, col: 15, end_line: 1, end_col: 16 } }) }>]");
}
