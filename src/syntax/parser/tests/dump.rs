//! Renders an AST in the compact format of `data/gen_expected.py`, which produces the same
//! text from CPython's `ast` module, so our trees can be compared with CPython's.

use crate::syntax::ast::*;
use std::cell::Cell;

thread_local! {
    /// Whether dumps include `@line:col-line:col` positions.
    static POSITIONS: Cell<bool> = const { Cell::new(false) };
}

/// The dump of a whole module, without positions.
pub(super) fn module(module: &Module) -> String {
    POSITIONS.with(|flag| flag.set(false));
    format!("Module(body={})", list(&module.body, stmt))
}

/// The dump of a whole module with the position of every node that has one.
pub(super) fn module_with_positions(module: &Module) -> String {
    POSITIONS.with(|flag| flag.set(true));
    format!("Module(body={})", list(&module.body, stmt))
}

fn at(span: Span) -> String {
    if POSITIONS.with(Cell::get) {
        format!(
            "@{}:{}-{}:{}",
            span.line, span.col, span.end_line, span.end_col
        )
    } else {
        String::new()
    }
}

fn list<T>(items: &[T], render: fn(&T) -> String) -> String {
    format!(
        "[{}]",
        items.iter().map(render).collect::<Vec<_>>().join(", ")
    )
}

/// `Name(field=value, ...)`, skipping absent optional fields as CPython's dump does.
fn node(name: &str, fields: &[(&str, Option<String>)]) -> String {
    let rendered: Vec<String> = fields
        .iter()
        .filter_map(|(field, value)| value.as_ref().map(|value| format!("{field}={value}")))
        .collect();
    format!("{name}({})", rendered.join(", "))
}

fn quoted(text: &str) -> String {
    format!("'{text}'")
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn stmt(stmt: &Stmt) -> String {
    stmt_kind(stmt) + &at(stmt.span)
}

fn stmt_kind(stmt: &Stmt) -> String {
    let body = |stmts: &[Stmt]| Some(list(stmts, self::stmt));
    let e = |value: &Expr| Some(expr(value));
    let opt = |value: &Option<Expr>| value.as_ref().map(expr);
    match &stmt.kind {
        StmtKind::FunctionDef(def) => node(
            "FunctionDef",
            &[
                ("name", Some(quoted(&def.name))),
                ("args", Some(arguments(&def.args))),
                ("body", body(&def.body)),
                ("decorator_list", Some(list(&def.decorators, expr))),
                ("returns", opt(&def.returns)),
            ],
        ),
        StmtKind::ClassDef(class) => node(
            "ClassDef",
            &[
                ("name", Some(quoted(&class.name))),
                ("bases", Some(list(&class.bases, expr))),
                ("keywords", Some(list(&class.keywords, keyword))),
                ("body", body(&class.body)),
                ("decorator_list", Some(list(&class.decorators, expr))),
            ],
        ),
        StmtKind::Return(value) => node("Return", &[("value", opt(value))]),
        StmtKind::Delete(targets) => node("Delete", &[("targets", Some(list(targets, expr)))]),
        StmtKind::Assign { targets, value } => node(
            "Assign",
            &[("targets", Some(list(targets, expr))), ("value", e(value))],
        ),
        StmtKind::AugAssign { target, op, value } => node(
            "AugAssign",
            &[
                ("target", e(target)),
                ("op", Some(format!("{op:?}()"))),
                ("value", e(value)),
            ],
        ),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => node(
            "AnnAssign",
            &[
                ("target", e(target)),
                ("annotation", e(annotation)),
                ("value", opt(value)),
                ("simple", Some(u8::from(*simple).to_string())),
            ],
        ),
        StmtKind::For {
            target,
            iter,
            body: stmts,
            orelse,
        } => node(
            "For",
            &[
                ("target", e(target)),
                ("iter", e(iter)),
                ("body", body(stmts)),
                ("orelse", body(orelse)),
            ],
        ),
        StmtKind::While {
            test,
            body: stmts,
            orelse,
        } => node(
            "While",
            &[
                ("test", e(test)),
                ("body", body(stmts)),
                ("orelse", body(orelse)),
            ],
        ),
        StmtKind::If {
            test,
            body: stmts,
            orelse,
        } => node(
            "If",
            &[
                ("test", e(test)),
                ("body", body(stmts)),
                ("orelse", body(orelse)),
            ],
        ),
        StmtKind::With { items, body: stmts } => node(
            "With",
            &[
                ("items", Some(list(items, with_item))),
                ("body", body(stmts)),
            ],
        ),
        StmtKind::Raise { exc, cause } => {
            node("Raise", &[("exc", opt(exc)), ("cause", opt(cause))])
        }
        StmtKind::Try {
            body: stmts,
            handlers,
            orelse,
            finalbody,
        } => node(
            "Try",
            &[
                ("body", body(stmts)),
                ("handlers", Some(list(handlers, handler))),
                ("orelse", body(orelse)),
                ("finalbody", body(finalbody)),
            ],
        ),
        StmtKind::Assert { test, msg } => node("Assert", &[("test", e(test)), ("msg", opt(msg))]),
        StmtKind::Import(names) => node("Import", &[("names", Some(list(names, alias)))]),
        StmtKind::ImportFrom {
            module,
            names,
            level,
        } => node(
            "ImportFrom",
            &[
                ("module", module.as_deref().map(quoted)),
                ("names", Some(list(names, alias))),
                ("level", Some(level.to_string())),
            ],
        ),
        StmtKind::Global(names) => node("Global", &[("names", Some(list(names, |n| quoted(n))))]),
        StmtKind::Nonlocal(names) => {
            node("Nonlocal", &[("names", Some(list(names, |n| quoted(n))))])
        }
        StmtKind::Expr(value) => node("Expr", &[("value", e(value))]),
        StmtKind::Pass => "Pass()".to_owned(),
        StmtKind::Break => "Break()".to_owned(),
        StmtKind::Continue => "Continue()".to_owned(),
        StmtKind::Match { subject, cases } => node(
            "Match",
            &[
                ("subject", e(subject)),
                ("cases", Some(list(cases, match_case))),
            ],
        ),
    }
}

fn match_case(case: &MatchCase) -> String {
    node(
        "match_case",
        &[
            ("pattern", Some(pattern(&case.pattern))),
            ("guard", case.guard.as_ref().map(expr)),
            ("body", Some(list(&case.body, stmt))),
        ],
    )
}

fn pattern(p: &Pattern) -> String {
    let names = |names: &[String]| list(names, |n| quoted(n));
    let rendered = match &p.kind {
        PatternKind::Value(value) => node("MatchValue", &[("value", Some(expr(value)))]),
        // CPython's dump leaves out a field that is None, so `MatchSingleton()` for None.
        PatternKind::Singleton(value) => node(
            "MatchSingleton",
            &[("value", (*value != Constant::None).then(|| constant(value)))],
        ),
        PatternKind::Sequence(items) => {
            node("MatchSequence", &[("patterns", Some(list(items, pattern)))])
        }
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => node(
            "MatchMapping",
            &[
                ("keys", Some(list(keys, expr))),
                ("patterns", Some(list(patterns, pattern))),
                ("rest", rest.as_deref().map(quoted)),
            ],
        ),
        PatternKind::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => node(
            "MatchClass",
            &[
                ("cls", Some(expr(cls))),
                ("patterns", Some(list(patterns, pattern))),
                ("kwd_attrs", Some(names(kwd_attrs))),
                ("kwd_patterns", Some(list(kwd_patterns, pattern))),
            ],
        ),
        PatternKind::Star(name) => node("MatchStar", &[("name", name.as_deref().map(quoted))]),
        PatternKind::As {
            pattern: inner,
            name,
        } => node(
            "MatchAs",
            &[
                ("pattern", inner.as_deref().map(pattern)),
                ("name", name.as_deref().map(quoted)),
            ],
        ),
        PatternKind::Or(items) => node("MatchOr", &[("patterns", Some(list(items, pattern)))]),
    };
    rendered + &at(p.span)
}

fn arguments(args: &Arguments) -> String {
    let kw_defaults: Vec<String> = args
        .kw_defaults
        .iter()
        .map(|d| d.as_ref().map_or_else(|| "None".to_owned(), expr))
        .collect();
    node(
        "arguments",
        &[
            ("posonlyargs", Some(list(&args.posonlyargs, arg))),
            ("args", Some(list(&args.args, arg))),
            ("vararg", args.vararg.as_ref().map(arg)),
            ("kwonlyargs", Some(list(&args.kwonlyargs, arg))),
            ("kw_defaults", Some(format!("[{}]", kw_defaults.join(", ")))),
            ("kwarg", args.kwarg.as_ref().map(arg)),
            ("defaults", Some(list(&args.defaults, expr))),
        ],
    )
}

fn arg(arg: &Arg) -> String {
    let rendered = node(
        "arg",
        &[
            ("arg", Some(quoted(&arg.name))),
            ("annotation", arg.annotation.as_ref().map(expr)),
        ],
    );
    rendered + &at(arg.span)
}

fn keyword(keyword: &Keyword) -> String {
    let rendered = node(
        "keyword",
        &[
            ("arg", keyword.name.as_deref().map(quoted)),
            ("value", Some(expr(&keyword.value))),
        ],
    );
    rendered + &at(keyword.span)
}

fn alias(alias: &Alias) -> String {
    let rendered = node(
        "alias",
        &[
            ("name", Some(quoted(&alias.name))),
            ("asname", alias.asname.as_deref().map(quoted)),
        ],
    );
    rendered + &at(alias.span)
}

fn with_item(item: &WithItem) -> String {
    node(
        "withitem",
        &[
            ("context_expr", Some(expr(&item.context))),
            ("optional_vars", item.target.as_ref().map(expr)),
        ],
    )
}

fn handler(handler: &ExceptHandler) -> String {
    let rendered = node(
        "ExceptHandler",
        &[
            ("type", handler.typ.as_ref().map(expr)),
            ("name", handler.name.as_deref().map(quoted)),
            ("body", Some(list(&handler.body, stmt))),
        ],
    );
    rendered + &at(handler.span)
}

fn comprehension(generator: &Comprehension) -> String {
    node(
        "comprehension",
        &[
            ("target", Some(expr(&generator.target))),
            ("iter", Some(expr(&generator.iter))),
            ("ifs", Some(list(&generator.ifs, expr))),
        ],
    )
}

fn ctx(ctx: &ExprContext) -> Option<String> {
    Some(format!("{ctx:?}()"))
}

fn constant(value: &Constant) -> String {
    match value {
        Constant::None => "None".to_owned(),
        Constant::Bool(value) => if *value { "True" } else { "False" }.to_owned(),
        Constant::Int(value) => value.to_string(),
        Constant::BigInt(digits) => digits.clone(),
        Constant::Float(value) => format!("f:{:016x}", value.to_bits()),
        Constant::Complex(value) => format!("j:{:016x}", value.to_bits()),
        Constant::Str(value) => format!("s:{}", hex(value.as_bytes())),
        Constant::Bytes(value) => format!("b:{}", hex(value)),
        Constant::Ellipsis => "Ellipsis".to_owned(),
    }
}

fn expr(expr: &Expr) -> String {
    expr_kind(expr) + &at(expr.span)
}

fn expr_kind(expr: &Expr) -> String {
    let e = |value: &Expr| Some(self::expr(value));
    let boxed = |value: &Option<Box<Expr>>| value.as_deref().map(self::expr);
    let exprs = |values: &[Expr]| Some(list(values, self::expr));
    let generators = |values: &[Comprehension]| Some(list(values, comprehension));
    match &expr.kind {
        ExprKind::BoolOp { op, values } => node(
            "BoolOp",
            &[("op", Some(format!("{op:?}()"))), ("values", exprs(values))],
        ),
        ExprKind::NamedExpr { target, value } => {
            node("NamedExpr", &[("target", e(target)), ("value", e(value))])
        }
        ExprKind::BinOp { left, op, right } => node(
            "BinOp",
            &[
                ("left", e(left)),
                ("op", Some(format!("{op:?}()"))),
                ("right", e(right)),
            ],
        ),
        ExprKind::UnaryOp { op, operand } => node(
            "UnaryOp",
            &[("op", Some(format!("{op:?}()"))), ("operand", e(operand))],
        ),
        ExprKind::Lambda { args, body } => node(
            "Lambda",
            &[("args", Some(arguments(args))), ("body", e(body))],
        ),
        ExprKind::IfExp { test, body, orelse } => node(
            "IfExp",
            &[("test", e(test)), ("body", e(body)), ("orelse", e(orelse))],
        ),
        ExprKind::Dict { keys, values } => {
            let keys: Vec<String> = keys
                .iter()
                .map(|k| k.as_ref().map_or_else(|| "None".to_owned(), self::expr))
                .collect();
            node(
                "Dict",
                &[
                    ("keys", Some(format!("[{}]", keys.join(", ")))),
                    ("values", exprs(values)),
                ],
            )
        }
        ExprKind::Set(elts) => node("Set", &[("elts", exprs(elts))]),
        ExprKind::ListComp {
            elt,
            generators: gens,
        } => node(
            "ListComp",
            &[("elt", e(elt)), ("generators", generators(gens))],
        ),
        ExprKind::SetComp {
            elt,
            generators: gens,
        } => node(
            "SetComp",
            &[("elt", e(elt)), ("generators", generators(gens))],
        ),
        ExprKind::DictComp {
            key,
            value,
            generators: gens,
        } => node(
            "DictComp",
            &[
                ("key", e(key)),
                ("value", e(value)),
                ("generators", generators(gens)),
            ],
        ),
        ExprKind::GeneratorExp {
            elt,
            generators: gens,
        } => node(
            "GeneratorExp",
            &[("elt", e(elt)), ("generators", generators(gens))],
        ),
        ExprKind::Yield(value) => node("Yield", &[("value", boxed(value))]),
        ExprKind::YieldFrom(value) => node("YieldFrom", &[("value", e(value))]),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let ops: Vec<String> = ops.iter().map(|op| format!("{op:?}()")).collect();
            node(
                "Compare",
                &[
                    ("left", e(left)),
                    ("ops", Some(format!("[{}]", ops.join(", ")))),
                    ("comparators", exprs(comparators)),
                ],
            )
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => node(
            "Call",
            &[
                ("func", e(func)),
                ("args", exprs(args)),
                ("keywords", Some(list(keywords, keyword))),
            ],
        ),
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => node(
            "FormattedValue",
            &[
                ("value", e(value)),
                (
                    "conversion",
                    Some(conversion.map_or(-1, |c| c as i32).to_string()),
                ),
                ("format_spec", boxed(format_spec)),
            ],
        ),
        ExprKind::JoinedStr(values) => node("JoinedStr", &[("values", exprs(values))]),
        ExprKind::Constant(value) => format!("Constant({})", constant(value)),
        ExprKind::Attribute {
            value,
            attr,
            ctx: c,
        } => node(
            "Attribute",
            &[
                ("value", e(value)),
                ("attr", Some(quoted(attr))),
                ("ctx", ctx(c)),
            ],
        ),
        ExprKind::Subscript {
            value,
            slice,
            ctx: c,
        } => node(
            "Subscript",
            &[("value", e(value)), ("slice", e(slice)), ("ctx", ctx(c))],
        ),
        ExprKind::Starred { value, ctx: c } => {
            node("Starred", &[("value", e(value)), ("ctx", ctx(c))])
        }
        ExprKind::Name { id, ctx: c } => node("Name", &[("id", Some(quoted(id))), ("ctx", ctx(c))]),
        ExprKind::List { elts, ctx: c } => node("List", &[("elts", exprs(elts)), ("ctx", ctx(c))]),
        ExprKind::Tuple { elts, ctx: c } => {
            node("Tuple", &[("elts", exprs(elts)), ("ctx", ctx(c))])
        }
        ExprKind::Slice { lower, upper, step } => node(
            "Slice",
            &[
                ("lower", boxed(lower)),
                ("upper", boxed(upper)),
                ("step", boxed(step)),
            ],
        ),
    }
}
