//! Generic child enumeration for the AST, so every tree walker (the compiler's scope
//! analysis, the policy checker) shares one list of what each node contains and none
//! can drift apart when a node gains a field.

use crate::syntax::ast::{
    Arguments, Comprehension, Expr, ExprKind, Pattern, PatternKind, Span, Stmt, StmtKind,
};

/// One direct part of a statement that belongs to the statement's own scope.
pub enum Part<'a> {
    /// An expression evaluated (or assigned to) in the statement's scope.
    Expr(&'a Expr),
    /// A statement of a block nested in this one (same scope: `if`, `for`, `try`...).
    Stmt(&'a Stmt),
    /// A name the statement binds directly, not through a target expression
    /// (`def`/`class` names, `except ... as name`, a `case` pattern's captures).
    Name(&'a str),
    /// An attribute a `case` class pattern reads by name (`case Point(x=0)` reads `x`).
    Attribute(&'a str, Span),
}

/// Calls `visit` on every direct expression child of `expr`, in source order.
pub fn each_child<'a>(expr: &'a Expr, visit: &mut impl FnMut(&'a Expr)) {
    match &expr.kind {
        ExprKind::BoolOp { values, .. } | ExprKind::Set(values) | ExprKind::JoinedStr(values) => {
            values.iter().for_each(visit)
        }
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts.iter().for_each(visit),
        ExprKind::NamedExpr { target, value } => {
            visit(target);
            visit(value);
        }
        ExprKind::BinOp { left, right, .. } => {
            visit(left);
            visit(right);
        }
        ExprKind::UnaryOp { operand, .. } => visit(operand),
        ExprKind::Lambda { args, body } => {
            each_argument_expr(args, visit);
            visit(body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            visit(body);
            visit(test);
            visit(orelse);
        }
        ExprKind::Dict { keys, values } => {
            for (key, value) in keys.iter().zip(values) {
                if let Some(key) = key {
                    visit(key);
                }
                visit(value);
            }
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            visit(elt);
            each_generator_expr(generators, visit);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            visit(key);
            visit(value);
            each_generator_expr(generators, visit);
        }
        ExprKind::Yield(value) => {
            if let Some(value) = value {
                visit(value);
            }
        }
        ExprKind::YieldFrom(value) => visit(value),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            visit(left);
            comparators.iter().for_each(visit);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            visit(func);
            args.iter().for_each(&mut *visit);
            keywords.iter().for_each(|k| visit(&k.value));
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            visit(value);
            if let Some(spec) = format_spec {
                visit(spec);
            }
        }
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => visit(value),
        ExprKind::Subscript { value, slice, .. } => {
            visit(value);
            visit(slice);
        }
        ExprKind::Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                visit(part);
            }
        }
        ExprKind::Constant(_) | ExprKind::Name { .. } => {}
    }
}

/// Calls `visit` on every part of a comprehension's `for ... in ... if ...` clauses.
fn each_generator_expr<'a>(generators: &'a [Comprehension], visit: &mut impl FnMut(&'a Expr)) {
    for generator in generators {
        visit(&generator.target);
        visit(&generator.iter);
        generator.ifs.iter().for_each(&mut *visit);
    }
}

/// Calls `visit` on the expressions of a parameter list that run where the function is
/// defined (annotations and defaults), not in its body.
pub fn each_argument_expr<'a>(args: &'a Arguments, visit: &mut impl FnMut(&'a Expr)) {
    let params = args
        .posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.vararg)
        .chain(&args.kwonlyargs)
        .chain(&args.kwarg);
    for param in params {
        if let Some(annotation) = &param.annotation {
            visit(annotation);
        }
    }
    args.defaults.iter().for_each(&mut *visit);
    args.kw_defaults.iter().flatten().for_each(visit);
}

/// The names a parameter list binds inside the function.
pub fn parameter_names(args: &Arguments) -> impl Iterator<Item = &str> {
    args.posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.vararg)
        .chain(&args.kwonlyargs)
        .chain(&args.kwarg)
        .map(|param| param.name.as_str())
}

/// Calls `visit` on the parts of `stmt` that run in the statement's own scope: for `def`
/// and `class` that is the name, decorators, defaults, annotations, bases and keywords but
/// not the body; imports, `global` and `nonlocal` have no parts (callers handle them).
pub fn each_part<'a>(stmt: &'a Stmt, visit: &mut impl FnMut(Part<'a>)) {
    let mut expr = |e: &'a Expr| visit(Part::Expr(e));
    match &stmt.kind {
        StmtKind::FunctionDef(def) => {
            def.decorators.iter().for_each(&mut expr);
            each_argument_expr(&def.args, &mut expr);
            if let Some(returns) = &def.returns {
                expr(returns);
            }
            visit(Part::Name(&def.name));
        }
        StmtKind::ClassDef(class) => {
            class.decorators.iter().for_each(&mut expr);
            class.bases.iter().for_each(&mut expr);
            class.keywords.iter().for_each(|k| expr(&k.value));
            visit(Part::Name(&class.name));
        }
        StmtKind::Return(value) => value.iter().for_each(expr),
        StmtKind::Delete(targets) => targets.iter().for_each(expr),
        StmtKind::Assign { targets, value } => {
            targets.iter().for_each(&mut expr);
            expr(value);
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(target);
            expr(value);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            expr(target);
            expr(annotation);
            value.iter().for_each(expr);
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            expr(target);
            expr(iter);
            each_stmt(body, visit);
            each_stmt(orelse, visit);
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            expr(test);
            each_stmt(body, visit);
            each_stmt(orelse, visit);
        }
        StmtKind::With { items, body } => {
            for item in items {
                expr(&item.context);
                if let Some(target) = &item.target {
                    expr(target);
                }
            }
            each_stmt(body, visit);
        }
        StmtKind::Raise { exc, cause } => {
            exc.iter().for_each(&mut expr);
            cause.iter().for_each(expr);
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            each_stmt(body, visit);
            for handler in handlers {
                if let Some(typ) = &handler.typ {
                    visit(Part::Expr(typ));
                }
                if let Some(name) = &handler.name {
                    visit(Part::Name(name));
                }
                each_stmt(&handler.body, visit);
            }
            each_stmt(orelse, visit);
            each_stmt(finalbody, visit);
        }
        StmtKind::Assert { test, msg } => {
            expr(test);
            msg.iter().for_each(expr);
        }
        StmtKind::Expr(value) => expr(value),
        StmtKind::Match { subject, cases } => {
            expr(subject);
            for case in cases {
                each_pattern_part(&case.pattern, visit);
                if let Some(guard) = &case.guard {
                    visit(Part::Expr(guard));
                }
                each_stmt(&case.body, visit);
            }
        }
        StmtKind::Import(_)
        | StmtKind::ImportFrom { .. }
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue => {}
    }
}

fn each_stmt<'a>(body: &'a [Stmt], visit: &mut impl FnMut(Part<'a>)) {
    body.iter().for_each(|stmt| visit(Part::Stmt(stmt)));
}

/// Calls `visit` on what a `case` pattern evaluates (its values and classes), binds (its
/// captures) and reads by attribute name (class pattern keywords), in source order.
pub fn each_pattern_part<'a>(pattern: &'a Pattern, visit: &mut impl FnMut(Part<'a>)) {
    match &pattern.kind {
        PatternKind::Value(value) => visit(Part::Expr(value)),
        PatternKind::Singleton(_) | PatternKind::Star(None) => {}
        PatternKind::Star(Some(name)) => visit(Part::Name(name)),
        PatternKind::Sequence(items) | PatternKind::Or(items) => {
            items.iter().for_each(|item| each_pattern_part(item, visit))
        }
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => {
            for (key, value) in keys.iter().zip(patterns) {
                visit(Part::Expr(key));
                each_pattern_part(value, visit);
            }
            if let Some(rest) = rest {
                visit(Part::Name(rest));
            }
        }
        PatternKind::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => {
            visit(Part::Expr(cls));
            patterns
                .iter()
                .for_each(|item| each_pattern_part(item, visit));
            for (attr, value) in kwd_attrs.iter().zip(kwd_patterns) {
                visit(Part::Attribute(attr, value.span));
                each_pattern_part(value, visit);
            }
        }
        PatternKind::As { pattern, name } => {
            if let Some(inner) = pattern {
                each_pattern_part(inner, visit);
            }
            if let Some(name) = name {
                visit(Part::Name(name));
            }
        }
    }
}
