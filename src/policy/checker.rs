//! The static checker: finds, without running anything, the policy violations a program
//! shows in its source (blocked imports, denied members, dunder access, banned builtins).
//! It feeds the playground's as-you-type markers and `sandpit check --policy`, so it is
//! one linear pass per scope plus one over the tree: it must keep up with every keystroke.

mod scopes;

#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::collections::HashSet;

use crate::format::{template_pieces, FieldAccessor, TemplatePiece};
use crate::syntax::ast::{
    Comprehension, Constant, Expr, ExprContext, ExprKind, Module, Span, Stmt, StmtKind,
};

use super::presets::STDLIB_MODULES;
use super::stdlib_names::CPYTHON_STDLIB;
use super::{Policy, Violation, BANNED_BUILTINS};
use crate::syntax::walk::{each_argument_expr, each_child, each_part, Part};
use scopes::{top_level, Binder, Scope, ScopeKind};

/// Whether a module exists at all, in Sandpit or in CPython 3.11's standard library; a
/// dotted name is judged by its top-level package. Importing a module that does not
/// exist is a `ModuleNotFoundError`, not a policy violation, so the checker and the
/// runtime both ask this before blaming the policy.
pub fn is_known_module(name: &str) -> bool {
    let top = top_level(name);
    STDLIB_MODULES.contains(&top) || CPYTHON_STDLIB.binary_search(&top).is_ok()
}

/// Every violation of `policy` visible in `module`, in source order, at most one per
/// node and rule. Nothing runs: imports are judged by name, members by resolving the
/// names imports bind, and builtins by whether the program binds the name anywhere.
pub fn check_module(module: &Module, policy: &Policy) -> Vec<Violation> {
    let mut checker = Checker {
        policy,
        check_members: !policy.denied_members.is_empty(),
        scopes: Vec::new(),
        everywhere: HashSet::new(),
        builtin_uses: Vec::new(),
        found: Vec::new(),
    };
    checker.enter(ScopeKind::Module, |binder| binder.stmts(&module.body));
    checker.stmts(&module.body);
    checker.finish()
}

/// The walk's state: the scopes enclosing the current node and what was found so far.
struct Checker<'a, 'p> {
    policy: &'p Policy,
    /// False when the policy denies no members (most presets): skips name resolution.
    check_members: bool,
    /// The scopes enclosing the current node, the module first.
    scopes: Vec<Scope<'a>>,
    /// Every name the program binds, anywhere (complete once every scope was entered).
    everywhere: HashSet<&'a str>,
    /// Loads of banned builtin names, judged at the end against `everywhere`.
    builtin_uses: Vec<(&'a str, Span)>,
    found: Vec<Violation>,
}

impl<'a> Checker<'a, '_> {
    /// Pushes a scope whose bindings `bind` collects.
    fn enter(&mut self, kind: ScopeKind, bind: impl FnOnce(&mut Binder<'_, 'a>)) {
        let mut binder = Binder::new(kind, &mut self.everywhere);
        bind(&mut binder);
        let scope = binder.finish();
        self.scopes.push(scope);
    }

    fn leave(&mut self) {
        self.scopes.pop();
    }

    fn stmts(&mut self, body: &'a [Stmt]) {
        body.iter().for_each(|stmt| self.stmt(stmt));
    }

    fn stmt(&mut self, stmt: &'a Stmt) {
        match &stmt.kind {
            StmtKind::FunctionDef(def) => {
                self.parts(stmt);
                self.enter(ScopeKind::Function, |binder| {
                    binder.params(&def.args);
                    binder.stmts(&def.body);
                });
                self.stmts(&def.body);
                self.leave();
            }
            StmtKind::ClassDef(class) => {
                self.parts(stmt);
                self.enter(ScopeKind::Class, |binder| binder.stmts(&class.body));
                self.stmts(&class.body);
                self.leave();
            }
            StmtKind::Import(aliases) => {
                for alias in aliases {
                    self.import(&alias.name, alias.span);
                    self.denied_prefixes(&alias.name, alias.span);
                }
            }
            StmtKind::ImportFrom {
                module: Some(module),
                names,
                level: 0,
            } => {
                self.import(module, stmt.span);
                for alias in names {
                    if alias.name == "*" {
                        self.star_import(module, alias.span);
                    } else {
                        self.denied_prefixes(&format!("{module}.{}", alias.name), alias.span);
                    }
                }
            }
            _ => self.parts(stmt),
        }
    }

    /// Checks the parts of `stmt` that belong to the current scope.
    fn parts(&mut self, stmt: &'a Stmt) {
        each_part(stmt, &mut |part| match part {
            Part::Expr(expr) => self.expr(expr),
            Part::Stmt(stmt) => self.stmt(stmt),
            Part::Name(_) => {}
            Part::Attribute(attr, span) => {
                if !self.policy.allows_attribute(attr) {
                    self.found.push(Violation::dunder(attr, span));
                }
            }
        });
    }

    /// An import of `module` (dotted): blocked when it exists and the policy does not
    /// allow its top-level package.
    fn import(&mut self, module: &str, span: Span) {
        let top = top_level(module);
        if is_known_module(top) && !self.policy.allows_module(top) {
            self.found.push(Violation::import(top, span));
        }
    }

    /// Reports each denied prefix of the dotted `path` (`a`, `a.b`, `a.b.c`) at `span`.
    fn denied_prefixes(&mut self, path: &str, span: Span) {
        if !self.check_members {
            return;
        }
        let prefixes = path
            .match_indices('.')
            .filter_map(|(at, _)| path.get(..at))
            .chain([path]);
        for prefix in prefixes {
            if self.policy.denies_member(prefix) {
                self.found.push(Violation::member(prefix, span));
            }
        }
    }

    /// `from module import *` binds every public member, so it uses each denied member
    /// directly inside `module` (`random.random`, not `datetime.datetime.now`).
    fn star_import(&mut self, module: &str, span: Span) {
        self.denied_prefixes(module, span);
        if !self.check_members {
            return;
        }
        for denied in &self.policy.denied_members {
            let member = denied
                .strip_prefix(module)
                .and_then(|rest| rest.strip_prefix('.'));
            if member.is_some_and(|name| !name.is_empty() && !name.contains('.')) {
                self.found.push(Violation::member(denied, span));
            }
        }
    }

    fn expr(&mut self, expr: &'a Expr) {
        match &expr.kind {
            ExprKind::Name {
                id,
                ctx: ExprContext::Load,
            } => {
                if BANNED_BUILTINS.contains(&id.as_str()) {
                    self.builtin_uses.push((id, expr.span));
                }
            }
            ExprKind::Attribute { .. } => self.attribute_chain(expr),
            ExprKind::Call { func, args, .. } => {
                self.reflective_call(func, args);
                each_child(expr, &mut |child| self.expr(child));
            }
            ExprKind::Lambda { args, body } => {
                each_argument_expr(args, &mut |default| self.expr(default));
                self.enter(ScopeKind::Function, |binder| {
                    binder.params(args);
                    binder.expr(body);
                });
                self.expr(body);
                self.leave();
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => self.comprehension(&[elt], generators),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(&[key, value], generators),
            _ => each_child(expr, &mut |child| self.expr(child)),
        }
    }

    /// A comprehension: its first iterable runs in the enclosing scope, everything else
    /// in its own scope, where its `for` variables live.
    fn comprehension(&mut self, results: &[&'a Expr], generators: &'a [Comprehension]) {
        if let Some(first) = generators.first() {
            self.expr(&first.iter);
        }
        self.enter(ScopeKind::Function, |binder| {
            for generator in generators {
                binder.comprehension_target(&generator.target);
            }
        });
        for (index, generator) in generators.iter().enumerate() {
            self.expr(&generator.target);
            if index > 0 {
                self.expr(&generator.iter);
            }
            generator.ifs.iter().for_each(|cond| self.expr(cond));
        }
        results.iter().for_each(|result| self.expr(result));
        self.leave();
    }

    /// `a.b.c`, handled from its outermost attribute down, without recursing along the
    /// chain (chains can be a thousand links long): dunders at each link, the members it
    /// names when `a` was bound by an import, and format templates when `a` is a string.
    fn attribute_chain(&mut self, outer: &'a Expr) {
        let mut chain = Vec::new();
        let mut base = outer;
        while let ExprKind::Attribute { value, attr, .. } = &base.kind {
            chain.push((attr.as_str(), base.span));
            base = value;
        }
        chain.reverse();
        for &(attr, span) in &chain {
            if !self.policy.allows_attribute(attr) {
                self.found.push(Violation::dunder(attr, span));
            }
        }
        match (&base.kind, chain.first()) {
            (ExprKind::Name { id, .. }, _) if self.check_members => self.denied_chain(id, &chain),
            (_, Some(&(attr, _))) if is_format_method(attr) => {
                if let Some(template) = static_text(base) {
                    self.format_fields(&template, base.span, false);
                }
            }
            _ => {}
        }
        self.expr(base);
    }

    /// Reports each link of `name.attr1.attr2...` whose resolved member path is denied.
    fn denied_chain(&mut self, name: &str, chain: &[(&str, Span)]) {
        for mut path in self.import_paths(name) {
            for &(attr, span) in chain {
                path.push('.');
                path.push_str(attr);
                if self.policy.denies_member(&path) {
                    self.found.push(Violation::member(&path, span));
                }
            }
        }
    }

    /// The module paths `name` may stand for where it is read: those of the imports that
    /// bind it in the scope it resolves to, or, when the program binds it nowhere on the
    /// way, the members of the modules star-imported at module level.
    fn import_paths(&self, name: &str) -> Vec<String> {
        match self.resolve(name) {
            Some(paths) => paths.to_vec(),
            None => self
                .scopes
                .first()
                .map(|module| {
                    let star = module.star_modules.iter();
                    star.map(|m| format!("{m}.{name}")).collect()
                })
                .unwrap_or_default(),
        }
    }

    /// The bindings of `name` in the scope Python would find it in (None: unbound,
    /// so a builtin or a star import). Class bodies are invisible to nested scopes.
    fn resolve(&self, name: &str) -> Option<&[String]> {
        let innermost = self.scopes.len().saturating_sub(1);
        for (depth, scope) in self.scopes.iter().enumerate().rev() {
            if scope.kind == ScopeKind::Class && depth != innermost {
                continue;
            }
            if scope.globals.contains(&name) {
                let module = self.scopes.first()?;
                return module.names.get(name).map(Vec::as_slice);
            }
            if let Some(paths) = scope.names.get(name) {
                return Some(paths);
            }
        }
        None
    }

    /// `getattr(x, "__globals__")` and friends, and `str.format("{0.__class__}", x)`.
    fn reflective_call(&mut self, func: &'a Expr, args: &'a [Expr]) {
        match &func.kind {
            ExprKind::Name { id, .. }
                if matches!(id.as_str(), "getattr" | "setattr" | "hasattr" | "delattr") =>
            {
                let Some(arg) = args.get(1) else { return };
                if let Some(name) = static_text(arg) {
                    if !self.policy.allows_attribute(&name) {
                        self.found.push(Violation::dunder(&name, arg.span));
                    }
                }
            }
            ExprKind::Attribute { value, attr, .. } if is_format_method(attr) => {
                let on_str = matches!(&value.kind, ExprKind::Name { id, .. } if id == "str");
                let Some(arg) = args.first().filter(|_| on_str) else {
                    return;
                };
                if let Some(template) = static_text(arg) {
                    self.format_fields(&template, arg.span, false);
                }
            }
            _ => {}
        }
    }

    /// Reports blocked attributes that a `str.format` template's fields look up
    /// (`{0.__class__.__base__}`), including fields nested in a format spec. Fields are
    /// read lazily up to the first malformed one, as formatting would reach them.
    fn format_fields(&mut self, template: &str, span: Span, in_spec: bool) {
        for piece in template_pieces(template) {
            let Ok(TemplatePiece::Field(field)) = piece else {
                continue;
            };
            for accessor in &field.accessors {
                if let FieldAccessor::Attr(name) = accessor {
                    if !self.policy.allows_attribute(name) {
                        self.found.push(Violation::dunder(name, span));
                    }
                }
            }
            if !in_spec && field.spec.contains('{') {
                self.format_fields(&field.spec, span, true);
            }
        }
    }

    /// Judges the banned builtins now that every binding is known, then puts the
    /// violations in source order (inner nodes before the ones enclosing them) and drops
    /// repeats of the same rule at the same node.
    fn finish(self) -> Vec<Violation> {
        let Checker {
            mut found,
            builtin_uses,
            everywhere,
            ..
        } = self;
        for (name, span) in builtin_uses {
            if !everywhere.contains(name) {
                found.push(Violation::builtin(name, span));
            }
        }
        crate::sort::sort_by(&mut found, |a, b| {
            (a.line, a.col, a.end_line, a.end_col).cmp(&(b.line, b.col, b.end_line, b.end_col))
        });
        let mut unique: Vec<Violation> = Vec::with_capacity(found.len());
        for violation in found {
            let repeated = unique
                .iter()
                .rev()
                .take_while(|u| (u.line, u.col) == (violation.line, violation.col))
                .any(|u| *u == violation);
            if !repeated {
                unique.push(violation);
            }
        }
        unique
    }
}

/// `format` and `format_map`: the `str` methods that look attributes up from a template.
fn is_format_method(attr: &str) -> bool {
    attr == "format" || attr == "format_map"
}

/// The value of a string known without running anything: a literal, or an f-string with
/// no replacement fields (`f'{{0.__class__}}'` is the template `{0.__class__}`).
fn static_text(expr: &Expr) -> Option<Cow<'_, str>> {
    match &expr.kind {
        ExprKind::Constant(Constant::Str(text)) => Some(Cow::Borrowed(text)),
        ExprKind::JoinedStr(parts) => parts
            .iter()
            .map(|part| match &part.kind {
                ExprKind::Constant(Constant::Str(text)) => Some(text.as_str()),
                _ => None,
            })
            .collect::<Option<String>>()
            .map(Cow::Owned),
        _ => None,
    }
}
