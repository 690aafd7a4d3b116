//! Assignment and deletion targets: targets are parsed as expressions, then checked here
//! and switched to `Store`/`Del` context, with CPython's messages for what cannot be a target.

use crate::syntax::ast::{Constant, Expr, ExprContext, ExprKind, Span};
use crate::syntax::error::{SyntaxError, SyntaxErrorKind};

/// What CPython calls an expression in error messages (`cannot assign to function call`).
pub(super) fn expr_name(expr: &Expr) -> &'static str {
    match &expr.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Why a would-be target cannot be assigned or deleted.
pub(super) enum InvalidTarget {
    /// This part (named as in CPython's messages) cannot be a target.
    NotAssignable { name: &'static str, span: Span },
    /// A target list with more than one starred item.
    MultipleStarred(Span),
}

impl InvalidTarget {
    /// The error to report, where `plain` builds the message for a non-assignable part
    /// (e.g. `cannot assign to ...` or `cannot delete ...`).
    pub(super) fn into_error(self, plain: fn(&'static str) -> SyntaxErrorKind) -> SyntaxError {
        match self {
            InvalidTarget::NotAssignable { name, span } => SyntaxError::new(plain(name), span),
            InvalidTarget::MultipleStarred(span) => {
                SyntaxError::new(SyntaxErrorKind::MultipleStarredTargets, span)
            }
        }
    }
}

/// Switches `target` to `Store` context, or reports the first part that cannot be assigned
/// (starred-target rules included).
pub(super) fn set_store(target: &mut Expr) -> Result<(), SyntaxError> {
    if matches!(target.kind, ExprKind::Starred { .. }) {
        return Err(SyntaxError::new(
            SyntaxErrorKind::StarredTargetAlone,
            target.span,
        ));
    }
    try_set_store(target).map_err(|invalid| invalid.into_error(SyntaxErrorKind::CannotAssign))
}

/// Like [`set_store`] but hands back the invalid part so the caller can pick the message.
pub(super) fn try_set_store(target: &mut Expr) -> Result<(), InvalidTarget> {
    set_context(target, ExprContext::Store)
}

/// Switches a `del` target to `Del` context, or reports what cannot be deleted.
pub(super) fn set_delete(target: &mut Expr) -> Result<(), SyntaxError> {
    set_context(target, ExprContext::Del)
        .map_err(|invalid| invalid.into_error(SyntaxErrorKind::CannotDelete))
}

/// Checks the target of an augmented assignment (`x += 1`) and switches it to `Store`.
pub(super) fn set_aug_store(target: &mut Expr) -> Result<(), SyntaxError> {
    match &target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            set_context(target, ExprContext::Store)
                .map_err(|invalid| invalid.into_error(SyntaxErrorKind::CannotAssign))
        }
        _ => Err(SyntaxError::new(
            SyntaxErrorKind::IllegalAugAssignTarget(expr_name(target)),
            target.span,
        )),
    }
}

fn set_context(target: &mut Expr, new_ctx: ExprContext) -> Result<(), InvalidTarget> {
    let span = target.span;
    let name = expr_name(target);
    match &mut target.kind {
        ExprKind::Name { ctx, .. }
        | ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. } => {
            *ctx = new_ctx;
            Ok(())
        }
        ExprKind::Starred { value, ctx } if new_ctx == ExprContext::Store => {
            *ctx = new_ctx;
            set_context(value, new_ctx)
        }
        ExprKind::Tuple { elts, ctx } | ExprKind::List { elts, ctx } => {
            *ctx = new_ctx;
            let mut starred = 0;
            for elt in elts.iter_mut() {
                if matches!(elt.kind, ExprKind::Starred { .. }) {
                    starred += 1;
                }
                set_context(elt, new_ctx)?;
            }
            if starred > 1 {
                return Err(InvalidTarget::MultipleStarred(span));
            }
            Ok(())
        }
        _ => Err(InvalidTarget::NotAssignable { name, span }),
    }
}
