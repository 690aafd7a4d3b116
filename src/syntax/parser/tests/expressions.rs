//! Operator precedence and associativity, and expression spans.

use super::*;

fn check(source: &str, expected: &str) {
    assert_eq!(shape(&expression(source)), expected, "{source}");
}

#[test]
fn arithmetic_precedence_and_associativity() {
    check("a + b * c - d", "((a Add (b Mult c)) Sub d)");
    check("a - b - c", "((a Sub b) Sub c)");
    check(
        "a / b // c % d @ e",
        "((((a Div b) FloorDiv c) Mod d) MatMult e)",
    );
    check("a << b + c", "(a LShift (b Add c))");
    check("a | b ^ c & d", "(a BitOr (b BitXor (c BitAnd d)))");
    check("a & b | c", "((a BitAnd b) BitOr c)");
}

#[test]
fn power_and_unary() {
    check("-2**2", "(USub (2 Pow 2))");
    check("2**-1", "(2 Pow (USub 1))");
    check("2**3**2", "(2 Pow (3 Pow 2))");
    check("-a**-b**c", "(USub (a Pow (USub (b Pow c))))");
    check("~-+a", "(Invert (USub (UAdd a)))");
    check("-a * b", "((USub a) Mult b)");
    check("a.b**c.d", "(a.b Pow c.d)");
}

#[test]
fn boolean_and_comparison() {
    check("not a == b and c or d", "(Or (And (Not (a Eq b)) c) d)");
    check("a or b or c", "(Or a b c)");
    check("a and b or c and d", "(Or (And a b) (And c d))");
    check("not not a", "(Not (Not a))");
    check("a < b not in c is not d", "(a Lt b NotIn c IsNot d)");
    check("a | b < c & d", "((a BitOr b) Lt (c BitAnd d))");
    check("not a in b", "(Not (a In b))");
}

#[test]
fn conditional_lambda_walrus() {
    check("a if b else c if d else e", "(a if b else (c if d else e))");
    check("a or b if c and d else e", "((Or a b) if (And c d) else e)");
    check("lambda: a if b else c", "(lambda: (a if b else c))");
    check("(x := a + 1)", "(x := (a Add 1))");
    check("f(x := 1)", "f((x := 1))");
}

#[test]
fn trailers_chain_left_to_right() {
    check("a.b(c)[d].e", "a.b(c)[d].e");
    check("f(a)(b)", "f(a)(b)");
    check("-a.b", "(USub a.b)");
}

#[test]
fn tuples_and_stars() {
    check("a, *b", "<a, *b>");
    check("a,", "<a>");
    check("(a)", "a");
    check("(-a) ** 2", "((USub a) Pow 2)");
}

#[test]
fn expression_spans() {
    let expr = expression("(a + b) * c");
    assert_eq!((expr.span.col, expr.span.end_col), (1, 12));
    let ExprKind::BinOp { left, .. } = &expr.kind else {
        panic!()
    };
    assert_eq!((left.span.col, left.span.end_col), (2, 7));
    let call = expression("f(x, y=1)");
    assert_eq!((call.span.col, call.span.end_col), (1, 10));
    let ExprKind::Call { keywords, .. } = &call.kind else {
        panic!()
    };
    assert_eq!((keywords[0].span.col, keywords[0].span.end_col), (6, 9));
}
