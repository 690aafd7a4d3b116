//! Scope analysis: decides for every name in every scope whether it is a fast local, a
//! cell (captured by an inner function), a free variable (captured from outside), a
//! global, or a class/module namespace name — the same decisions CPython's symtable makes.

// Scopes are indexed by the ids this module hands out as it pushes them (a scope's
// position in `scopes`, never removed), so indexing cannot miss.
#![allow(clippy::indexing_slicing)]

use std::collections::{HashMap, HashSet};

use crate::syntax::ast::{self, Expr, ExprKind, Stmt, StmtKind};
use crate::syntax::walk::Part;

use super::CompileError;

/// What kind of code a scope compiles to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    /// A comprehension or generator expression (a hidden function).
    Comprehension,
}

/// How a name is accessed inside one scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Fast,
    Cell,
    Free,
    Global,
    /// Module and class namespaces (`LoadName`).
    Name,
    /// A free variable read in a class body (class namespace first).
    ClassFree,
}

/// The analysed facts of one scope.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<usize>,
    /// Parameters in signature order.
    pub params: Vec<String>,
    /// Names bound in this scope, in first-binding order.
    pub bound: Vec<String>,
    bound_set: HashSet<String>,
    used: Vec<String>,
    pub globals: HashSet<String>,
    pub nonlocals: HashSet<String>,
    /// Names captured by inner scopes (become cells), in order.
    pub cells: Vec<String>,
    /// Names captured from enclosing scopes, in order.
    pub frees: Vec<String>,
    pub is_generator: bool,
    /// A method that calls `super()`: gets an implicit `__class__` free variable.
    pub uses_super: bool,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            parent,
            params: Vec::new(),
            bound: Vec::new(),
            bound_set: HashSet::new(),
            used: Vec::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            cells: Vec::new(),
            frees: Vec::new(),
            is_generator: false,
            uses_super: false,
        }
    }

    fn bind(&mut self, name: &str) {
        if self.bound_set.insert(name.to_string()) {
            self.bound.push(name.to_string());
        }
    }

    fn is_local(&self, name: &str) -> bool {
        self.bound_set.contains(name)
            && !self.globals.contains(name)
            && !self.nonlocals.contains(name)
    }

    /// How `name` is accessed in this scope.
    pub fn access(&self, name: &str) -> Access {
        if self.globals.contains(name) {
            return Access::Global;
        }
        match self.kind {
            ScopeKind::Module => Access::Name,
            ScopeKind::Class => {
                if self.bound_set.contains(name) || !self.frees.iter().any(|f| f == name) {
                    Access::Name
                } else {
                    Access::ClassFree
                }
            }
            ScopeKind::Function | ScopeKind::Comprehension => {
                if self.cells.iter().any(|c| c == name) {
                    Access::Cell
                } else if self.frees.iter().any(|f| f == name) {
                    Access::Free
                } else if self.is_local(name) {
                    Access::Fast
                } else {
                    Access::Global
                }
            }
        }
    }
}

/// Scopes of a whole module, keyed by the address of their defining AST node.
pub struct SymTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

impl SymTable {
    /// The scope defined by the AST node at `node` (a FunctionDef, ClassDef, Lambda or
    /// comprehension expression).
    pub fn scope_of<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }

    /// Analyses a module.
    pub fn build(module: &ast::Module) -> Result<SymTable, CompileError> {
        let mut b = Builder {
            scopes: vec![Scope::new(ScopeKind::Module, None)],
            by_node: HashMap::new(),
            current: 0,
        };
        for s in &module.body {
            b.stmt(s)?;
        }
        let mut t = SymTable {
            scopes: b.scopes,
            by_node: b.by_node,
        };
        t.resolve()?;
        Ok(t)
    }

    fn resolve(&mut self) -> Result<(), CompileError> {
        for i in 0..self.scopes.len() {
            if self.scopes[i].uses_super {
                if let Some(class) = self.enclosing_class(i) {
                    self.capture("__class__", i, class);
                }
            }
            let mut wanted: Vec<String> = Vec::new();
            {
                let s = &self.scopes[i];
                if matches!(
                    s.kind,
                    ScopeKind::Function | ScopeKind::Comprehension | ScopeKind::Class
                ) {
                    for n in s.used.iter().chain(s.nonlocals.iter()) {
                        if !s.is_local(n) && !s.globals.contains(n) && !wanted.contains(n) {
                            wanted.push(n.clone());
                        }
                    }
                }
            }
            for name in wanted {
                let explicit = self.scopes[i].nonlocals.contains(&name);
                match self.find_binder(i, &name) {
                    Some(binder) => self.capture(&name, i, binder),
                    None if explicit => {
                        return Err(CompileError::new(format!(
                            "no binding for nonlocal '{name}' found"
                        )));
                    }
                    None => {}
                }
            }
        }
        Ok(())
    }

    fn enclosing_class(&self, mut i: usize) -> Option<usize> {
        while let Some(p) = self.scopes[i].parent {
            if self.scopes[p].kind == ScopeKind::Class {
                return Some(p);
            }
            i = p;
        }
        None
    }

    /// The nearest enclosing function scope that binds `name` (class scopes are skipped,
    /// the module ends the search).
    fn find_binder(&self, from: usize, name: &str) -> Option<usize> {
        let mut cur = self.scopes[from].parent;
        while let Some(p) = cur {
            let s = &self.scopes[p];
            match s.kind {
                ScopeKind::Module => return None,
                ScopeKind::Class => {}
                _ => {
                    if s.globals.contains(name) {
                        return None;
                    }
                    if s.is_local(name) || s.nonlocals.contains(name) {
                        return Some(p);
                    }
                }
            }
            cur = s.parent;
        }
        None
    }

    /// Makes `name` a cell in `binder` (or a free variable, if the binder itself only
    /// declared it nonlocal) and a free variable in every scope from `user` up to it.
    fn capture(&mut self, name: &str, user: usize, binder: usize) {
        let b = &mut self.scopes[binder];
        if b.kind == ScopeKind::Class && name == "__class__" {
            if !b.cells.iter().any(|c| c == name) {
                b.cells.push(name.to_string());
            }
        } else if b.nonlocals.contains(name) {
            if !b.frees.iter().any(|c| c == name) {
                b.frees.push(name.to_string());
            }
        } else if !b.cells.iter().any(|c| c == name) {
            b.cells.push(name.to_string());
        }
        let mut cur = Some(user);
        while let Some(i) = cur {
            if i == binder {
                break;
            }
            let s = &mut self.scopes[i];
            if !s.frees.iter().any(|f| f == name) {
                s.frees.push(name.to_string());
            }
            cur = s.parent;
        }
    }
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    current: usize,
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.current]
    }

    fn enter<T>(&mut self, node: &T, kind: ScopeKind) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, Some(self.current)));
        self.by_node.insert(node as *const T as usize, id);
        let prev = self.current;
        self.current = id;
        prev
    }

    fn use_name(&mut self, name: &str) {
        let s = self.scope();
        if !s.used.iter().any(|u| u == name) {
            s.used.push(name.to_string());
        }
        if name == "super" {
            s.uses_super = true;
        }
    }

    fn bind(&mut self, name: &str) {
        self.scope().bind(name);
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn params(&mut self, args: &ast::Arguments) -> Result<(), CompileError> {
        for d in &args.defaults {
            self.expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwarg)
        {
            if let Some(ann) = &a.annotation {
                self.expr(ann)?;
            }
        }
        Ok(())
    }

    fn declare_params(&mut self, args: &ast::Arguments) -> Result<(), CompileError> {
        let order = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwarg);
        for a in order {
            if self.scope().params.contains(&a.name) {
                return Err(CompileError::at(
                    format!("duplicate argument '{}' in function definition", a.name),
                    a.span,
                ));
            }
            self.scope().params.push(a.name.clone());
            self.bind(&a.name);
        }
        Ok(())
    }

    fn stmt(&mut self, stmt: &Stmt) -> Result<(), CompileError> {
        match &stmt.kind {
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.params(&f.args)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.bind(&f.name);
                let prev = self.enter(&**f, ScopeKind::Function);
                self.declare_params(&f.args)?;
                self.stmts(&f.body)?;
                self.current = prev;
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(&c.name);
                let prev = self.enter(&**c, ScopeKind::Class);
                self.stmts(&c.body)?;
                self.current = prev;
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.use_name(id);
                }
                self.target(target)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.expr(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                    self.target(target)?;
                } else if !matches!(target.kind, ExprKind::Name { .. }) {
                    self.target(target)?;
                } else if let ExprKind::Name { id, .. } = &target.kind {
                    self.bind(id);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body } => {
                for item in items {
                    self.expr(&item.context)?;
                    if let Some(t) = &item.target {
                        self.target(t)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = a
                        .asname
                        .clone()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
                    self.bind(&bound);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name != "*" {
                        let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                        self.bind(&bound);
                    }
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    if self.scope().bound_set.contains(n) || self.scope().used.contains(n) {
                        return Err(CompileError::at(
                            format!("name '{n}' is assigned to before global declaration"),
                            stmt.span,
                        ));
                    }
                    self.scope().globals.insert(n.clone());
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.scope().kind == ScopeKind::Module {
                    return Err(CompileError::at(
                        "nonlocal declaration not allowed at module level",
                        stmt.span,
                    ));
                }
                for n in names {
                    self.scope().nonlocals.insert(n.clone());
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in cases {
                    let mut parts = Vec::new();
                    crate::syntax::walk::each_pattern_part(&case.pattern, &mut |part| {
                        parts.push(part)
                    });
                    for part in parts {
                        match part {
                            Part::Expr(e) => self.expr(e)?,
                            Part::Name(name) => self.bind(name),
                            Part::Stmt(_) | Part::Attribute(..) => {}
                        }
                    }
                    if let Some(guard) = &case.guard {
                        self.expr(guard)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn target(&mut self, t: &Expr) -> Result<(), CompileError> {
        match &t.kind {
            ExprKind::Name { id, .. } => self.bind(id),
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.target(e)?;
                }
            }
            ExprKind::Starred { value, .. } => self.target(value)?,
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            _ => self.expr(t)?,
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        node: &Expr,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
    ) -> Result<(), CompileError> {
        let Some(first) = generators.first() else {
            return Ok(());
        };
        self.expr(&first.iter)?;
        let prev = self.enter(node, ScopeKind::Comprehension);
        self.scope().params.push(".0".into());
        self.bind(".0");
        if matches!(node.kind, ExprKind::GeneratorExp { .. }) {
            self.scope().is_generator = true;
        }
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.current = prev;
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::Name { id, ctx } => match ctx {
                ast::ExprContext::Load => self.use_name(id),
                _ => self.bind(id),
            },
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    // A walrus inside a comprehension binds in the enclosing real scope.
                    let mut owner = self.current;
                    while self.scopes[owner].kind == ScopeKind::Comprehension {
                        match self.scopes[owner].parent {
                            Some(p) => owner = p,
                            None => break,
                        }
                    }
                    if owner == self.current {
                        self.bind(id);
                    } else {
                        self.scopes[owner].bind(id);
                        let module = self.scopes[owner].kind == ScopeKind::Module;
                        let mut c = self.current;
                        while c != owner {
                            if module {
                                self.scopes[c].globals.insert(id.clone());
                            } else {
                                self.scopes[c].nonlocals.insert(id.clone());
                            }
                            c = self.scopes[c].parent.unwrap_or(owner);
                        }
                    }
                }
            }
            ExprKind::Lambda { args, body } => {
                self.params(args)?;
                let prev = self.enter(e, ScopeKind::Function);
                self.declare_params(args)?;
                self.expr(body)?;
                self.current = prev;
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, &[elt])?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, &[key, value])?,
            ExprKind::Yield(v) => {
                self.scope().is_generator = true;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.scope().is_generator = true;
                self.expr(v)?;
            }
            _ => {
                let mut result = Ok(());
                crate::syntax::walk::each_child(e, &mut |c| {
                    if result.is_ok() {
                        result = self.expr(c);
                    }
                });
                result?;
            }
        }
        Ok(())
    }
}
