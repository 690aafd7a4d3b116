//! Name binding for the checker: which names each scope binds and, for names bound by
//! imports, which module path they stand for (`import random as r` makes `r` mean
//! `random`). Built one scope at a time, when the checker enters it.

use std::collections::{HashMap, HashSet};

use crate::syntax::ast::{Arguments, Comprehension, Expr, ExprContext, ExprKind, Stmt, StmtKind};

use crate::syntax::walk::{each_argument_expr, each_child, each_part, parameter_names, Part};

/// The kinds of scope Python resolves names through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ScopeKind {
    Module,
    /// A `def`, a lambda or a comprehension: sees its enclosing functions' names.
    Function,
    /// A class body: its names are invisible to the functions nested in it.
    Class,
}

/// The names one scope binds.
#[derive(Debug)]
pub(super) struct Scope<'a> {
    pub kind: ScopeKind,
    /// Every name bound in the scope, with the module paths imports bound it to (empty
    /// when only ordinary assignments bind it).
    pub names: HashMap<&'a str, Vec<String>>,
    /// Names declared `global` here.
    pub globals: Vec<&'a str>,
    /// Names declared `nonlocal` here.
    pub nonlocals: Vec<&'a str>,
    /// Modules `from m import *` copied into this scope (module level only, in Python).
    pub star_modules: Vec<&'a str>,
}

/// Collects the bindings of one scope, without descending into the scopes nested in it.
pub(super) struct Binder<'s, 'a> {
    scope: Scope<'a>,
    /// Every name the program binds anywhere, for telling a banned builtin from a
    /// program's own function of the same name.
    everywhere: &'s mut HashSet<&'a str>,
}

impl<'s, 'a> Binder<'s, 'a> {
    /// A binder for a new, empty scope of `kind`.
    pub fn new(kind: ScopeKind, everywhere: &'s mut HashSet<&'a str>) -> Self {
        let scope = Scope {
            kind,
            names: HashMap::new(),
            globals: Vec::new(),
            nonlocals: Vec::new(),
            star_modules: Vec::new(),
        };
        Binder { scope, everywhere }
    }

    /// The finished scope: names declared `global` or `nonlocal` are not its own.
    pub fn finish(mut self) -> Scope<'a> {
        if self.scope.kind != ScopeKind::Module {
            for name in self.scope.globals.iter().chain(&self.scope.nonlocals) {
                self.scope.names.remove(name);
            }
        }
        self.scope
    }

    fn bind(&mut self, name: &'a str) {
        self.scope.names.entry(name).or_default();
        self.everywhere.insert(name);
    }

    fn bind_import(&mut self, name: &'a str, path: String) {
        let paths = self.scope.names.entry(name).or_default();
        if !paths.contains(&path) {
            paths.push(path);
        }
        self.everywhere.insert(name);
    }

    /// Binds the parameters of a function or lambda.
    pub fn params(&mut self, args: &'a Arguments) {
        for name in parameter_names(args) {
            self.bind(name);
        }
    }

    /// Binds what the statements of a block bind in this scope.
    pub fn stmts(&mut self, body: &'a [Stmt]) {
        body.iter().for_each(|stmt| self.stmt(stmt));
    }

    fn stmt(&mut self, stmt: &'a Stmt) {
        match &stmt.kind {
            StmtKind::Import(aliases) => {
                for alias in aliases {
                    match &alias.asname {
                        Some(asname) => self.bind_import(asname, alias.name.clone()),
                        None => {
                            let top = top_level(&alias.name);
                            self.bind_import(top, top.to_owned());
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                let absolute = module.as_deref().filter(|_| *level == 0);
                for alias in names {
                    let bound = alias.asname.as_deref().unwrap_or(&alias.name);
                    match absolute {
                        Some(module) if alias.name == "*" => self.scope.star_modules.push(module),
                        Some(module) => self.bind_import(bound, format!("{module}.{}", alias.name)),
                        None if alias.name == "*" => {}
                        None => self.bind(bound),
                    }
                }
            }
            StmtKind::Global(names) => {
                for name in names {
                    self.scope.globals.push(name);
                    self.everywhere.insert(name);
                }
            }
            StmtKind::Nonlocal(names) => {
                for name in names {
                    self.scope.nonlocals.push(name);
                    self.everywhere.insert(name);
                }
            }
            _ => each_part(stmt, &mut |part| match part {
                Part::Expr(expr) => self.expr(expr),
                Part::Stmt(stmt) => self.stmt(stmt),
                Part::Name(name) => self.bind(name),
                Part::Attribute(..) => {}
            }),
        }
    }

    /// Binds the names `expr` assigns in this scope: store targets and walrus targets,
    /// including walruses inside comprehensions (they bind in the enclosing scope), but
    /// not comprehension variables or anything inside a lambda body.
    pub fn expr(&mut self, expr: &'a Expr) {
        match &expr.kind {
            ExprKind::Name { id, ctx } => match ctx {
                ExprContext::Store => self.bind(id),
                // `del x` makes `x` local without binding it to anything.
                ExprContext::Del => {
                    self.scope.names.entry(id).or_default();
                }
                ExprContext::Load => {}
            },
            ExprKind::Lambda { args, .. } => each_argument_expr(args, &mut |e| self.expr(e)),
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.expr(elt);
                self.generators(generators);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.expr(key);
                self.expr(value);
                self.generators(generators);
            }
            _ => each_child(expr, &mut |e| self.expr(e)),
        }
    }

    /// A comprehension's clauses run in its own scope, but a walrus in them binds here.
    fn generators(&mut self, generators: &'a [Comprehension]) {
        for generator in generators {
            self.expr(&generator.iter);
            generator.ifs.iter().for_each(|e| self.expr(e));
        }
    }

    /// Binds the variables of a comprehension's `for` clauses (its own scope).
    pub fn comprehension_target(&mut self, target: &'a Expr) {
        match &target.kind {
            ExprKind::Name { id, .. } => self.bind(id),
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                elts.iter().for_each(|e| self.comprehension_target(e))
            }
            ExprKind::Starred { value, .. } => self.comprehension_target(value),
            _ => {}
        }
    }
}

/// The first component of a dotted module name.
pub(super) fn top_level(name: &str) -> &str {
    name.split('.').next().unwrap_or(name)
}
