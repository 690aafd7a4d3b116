//! Parser tests: AST shapes for every statement and expression form, literals, f-strings,
//! error messages and positions (checked against CPython 3.11), and nesting limits.

mod crosscheck;
mod dump;
mod errors;
mod expressions;
mod fstrings;
mod limits;
mod robustness;
mod statements;

use crate::syntax::ast::{Expr, ExprKind, Module, Stmt, StmtKind};
use crate::syntax::{parse_module, SyntaxError};

/// Parses `source`, panicking with the error if it does not parse.
fn parse(source: &str) -> Module {
    match parse_module(source) {
        Ok(module) => module,
        Err(error) => panic!(
            "{source:?} failed: {} at {}:{}",
            error.message(),
            error.span.line,
            error.span.col
        ),
    }
}

/// The statements of `source`.
fn statements(source: &str) -> Vec<Stmt> {
    parse(source).body
}

/// The single expression statement of `source`.
fn expression(source: &str) -> Expr {
    match statements(source).pop().map(|stmt| stmt.kind) {
        Some(StmtKind::Expr(expr)) => expr,
        other => panic!("{source:?} is not an expression statement: {other:?}"),
    }
}

/// The error for `source`, which must not parse.
fn error(source: &str) -> SyntaxError {
    match parse_module(source) {
        Ok(module) => panic!("{source:?} parsed: {module:?}"),
        Err(error) => error,
    }
}

/// A compact rendering of an expression's structure, for precedence tests.
fn shape(expr: &Expr) -> String {
    use crate::syntax::ast::Constant;
    match &expr.kind {
        ExprKind::Name { id, .. } => id.clone(),
        ExprKind::Constant(Constant::Int(value)) => value.to_string(),
        ExprKind::BinOp { left, op, right } => format!("({} {op:?} {})", shape(left), shape(right)),
        ExprKind::UnaryOp { op, operand } => format!("({op:?} {})", shape(operand)),
        ExprKind::BoolOp { op, values } => {
            format!(
                "({op:?} {})",
                values.iter().map(shape).collect::<Vec<_>>().join(" ")
            )
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let rest: Vec<String> = ops
                .iter()
                .zip(comparators)
                .map(|(op, e)| format!("{op:?} {}", shape(e)))
                .collect();
            format!("({} {})", shape(left), rest.join(" "))
        }
        ExprKind::IfExp { test, body, orelse } => format!(
            "({} if {} else {})",
            shape(body),
            shape(test),
            shape(orelse)
        ),
        ExprKind::Attribute { value, attr, .. } => format!("{}.{attr}", shape(value)),
        ExprKind::Call { func, args, .. } => {
            format!(
                "{}({})",
                shape(func),
                args.iter().map(shape).collect::<Vec<_>>().join(", ")
            )
        }
        ExprKind::Subscript { value, slice, .. } => format!("{}[{}]", shape(value), shape(slice)),
        ExprKind::Tuple { elts, .. } => format!(
            "<{}>",
            elts.iter().map(shape).collect::<Vec<_>>().join(", ")
        ),
        ExprKind::Starred { value, .. } => format!("*{}", shape(value)),
        ExprKind::Lambda { body, .. } => format!("(lambda: {})", shape(body)),
        ExprKind::NamedExpr { target, value } => format!("({} := {})", shape(target), shape(value)),
        other => format!("{other:?}"),
    }
}
