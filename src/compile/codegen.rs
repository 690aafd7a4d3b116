//! Code generation: walks the AST and emits instructions. `try`/`with`/loops keep a stack
//! of frame blocks so `break`, `continue` and `return` run the right cleanup (`finally`
//! bodies are emitted inline on every exit path, as CPython 3.9+ does).

// Indexes only by positions the compiler made itself: the scope ids of the symbol table
// and the unit stack, which is never empty while code is emitted.
#![allow(clippy::indexing_slicing)]

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::syntax::ast::{self, BoolOp, Constant, Expr, ExprContext, ExprKind, Stmt, StmtKind};
use crate::value::{Name, Value};

use super::bytecode::{BinOp, CmpOp, Code, CodeFlags, Instr, UnaryOp, CALL_ARGS};
use super::symtable::{Access, ScopeKind, SymTable};
use super::CompileError;

mod patterns;

type CResult<T = ()> = Result<T, CompileError>;

/// A region that needs cleanup when control leaves it early.
enum FBlock<'a> {
    /// A `while` loop: `continue` jumps to `top`; `break` sites are patched at the end.
    While { top: u32, breaks: Vec<usize> },
    /// A `for` loop: its iterator is on the stack.
    For { top: u32, breaks: Vec<usize> },
    /// Inside `try:` of a try/except.
    TryExcept,
    /// Inside `try:` of a try/finally: leaving runs the finally body.
    Finally(&'a [Stmt]),
    /// Inside an `except` clause (the handled exception is active; `as name` is bound).
    Handler(Option<&'a str>),
    /// Inside the exception path of a finally body (the exception is on the stack).
    FinallyHandler,
    /// Inside a `with` body (`__exit__` is on the stack).
    With,
}

struct Unit<'a> {
    scope: usize,
    name: String,
    qualname: String,
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    consts: Vec<Value>,
    names: Vec<Name>,
    name_index: HashMap<String, u32>,
    varnames: Vec<Name>,
    var_index: HashMap<String, u32>,
    cellvars: Vec<Name>,
    freevars: Vec<Name>,
    children: Vec<Rc<Code>>,
    fblocks: Vec<FBlock<'a>>,
    line: u32,
    firstline: u32,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    flags: CodeFlags,
    doc: Option<Name>,
}

struct Compiler<'a> {
    table: SymTable,
    /// Set when a count or index did not fit an instruction argument (see `oparg`).
    too_large: std::cell::Cell<bool>,
    units: Vec<Unit<'a>>,
    /// The stdlib module whose trusted source this is (None for user code).
    stdlib_module: Option<&'static str>,
}

/// Compiles a module; `stdlib_module` names the Sandpit stdlib module whose own (trusted)
/// source this is, None for user code.
pub fn compile_module(
    module: &ast::Module,
    stdlib_module: Option<&'static str>,
) -> Result<Rc<Code>, CompileError> {
    let table = SymTable::build(module)?;
    let mut c = Compiler {
        table,
        units: Vec::new(),
        stdlib_module,
        too_large: std::cell::Cell::new(false),
    };
    c.push_unit(0, "<module>", "<module>", 1);
    if let Some(doc) = docstring(&module.body) {
        c.unit().doc = Some(doc.into());
    }
    c.setup_annotations(&module.body);
    // A module that ends with an expression statement returns its value: the run's
    // result, as a notebook cell or REPL shows it.
    match module.body.split_last() {
        Some((
            Stmt {
                kind: StmtKind::Expr(e),
                span,
            },
            rest,
        )) => {
            c.body(rest)?;
            c.set_line(*span);
            c.expr(e)?;
        }
        _ => {
            c.body(&module.body)?;
            c.emit(Instr::LoadNone);
        }
    }
    c.emit(Instr::ReturnValue);
    if c.too_large.get() {
        return Err(CompileError::new("program too large to compile"));
    }
    Ok(Rc::new(c.pop_unit()?))
}

/// Whether a module or class body binds an annotated simple name (`x: int`) anywhere
/// in its own scope, so it needs an `__annotations__` dict (CPython's SETUP_ANNOTATIONS).
fn has_simple_annotation(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign {
            target,
            simple: true,
            ..
        } => matches!(target.kind, ExprKind::Name { .. }),
        _ => {
            let mut found = false;
            crate::syntax::walk::each_part(s, &mut |part| {
                if let crate::syntax::walk::Part::Stmt(inner) = part {
                    found = found || has_simple_annotation(std::slice::from_ref(inner));
                }
            });
            found
        }
    })
}

fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        })) => Some(s),
        _ => None,
    }
}

fn binop(op: ast::BinOp) -> BinOp {
    match op {
        ast::BinOp::Add => BinOp::Add,
        ast::BinOp::Sub => BinOp::Sub,
        ast::BinOp::Mult => BinOp::Mul,
        ast::BinOp::MatMult => BinOp::MatMul,
        ast::BinOp::Div => BinOp::TrueDiv,
        ast::BinOp::Mod => BinOp::Mod,
        ast::BinOp::Pow => BinOp::Pow,
        ast::BinOp::LShift => BinOp::LShift,
        ast::BinOp::RShift => BinOp::RShift,
        ast::BinOp::BitOr => BinOp::Or,
        ast::BinOp::BitXor => BinOp::Xor,
        ast::BinOp::BitAnd => BinOp::And,
        ast::BinOp::FloorDiv => BinOp::FloorDiv,
    }
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        // `compile_module` pushes the module unit before anything else runs, and units
        // are popped only after their body is emitted, so one always exists.
        let last = self.units.len().saturating_sub(1);
        &mut self.units[last]
    }

    fn push_unit(&mut self, scope: usize, name: &str, qualname: &str, line: u32) {
        let s = &self.table.scopes[scope];
        let mut unit = Unit {
            scope,
            name: name.into(),
            qualname: qualname.into(),
            instrs: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            var_index: HashMap::new(),
            cellvars: s.cells.iter().map(|c| Name::from(c.as_str())).collect(),
            freevars: s.frees.iter().map(|c| Name::from(c.as_str())).collect(),
            children: Vec::new(),
            fblocks: Vec::new(),
            line,
            firstline: line,
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags: CodeFlags {
                generator: s.is_generator,
                uses_name_dict: matches!(s.kind, ScopeKind::Module | ScopeKind::Class),
                trusted: self.stdlib_module.is_some(),
                stdlib_module: self.stdlib_module,
                ..CodeFlags::default()
            },
            doc: None,
        };
        if matches!(s.kind, ScopeKind::Function | ScopeKind::Comprehension) {
            for p in &s.params {
                let i = self.oparg(unit.varnames.len());
                unit.var_index.insert(p.clone(), i);
                unit.varnames.push(p.as_str().into());
            }
            for b in &s.bound {
                if s.access(b) == Access::Fast && !unit.var_index.contains_key(b) {
                    let i = self.oparg(unit.varnames.len());
                    unit.var_index.insert(b.clone(), i);
                    unit.varnames.push(b.as_str().into());
                }
            }
        }
        self.units.push(unit);
    }

    fn pop_unit(&mut self) -> CResult<Code> {
        let u = self
            .units
            .pop()
            .ok_or_else(|| CompileError::new("internal: no code unit"))?;
        let cell_params = u
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, name)| u.var_index.get(&**name).map(|&vi| (self.oparg(ci), vi)))
            .filter(|&(_, vi)| (vi as usize) < self.table.scopes[u.scope].params.len())
            .collect();
        Ok(Code {
            name: u.name.as_str().into(),
            qualname: u.qualname.as_str().into(),
            instructions: u.instrs,
            lines: u.lines,
            consts: u.consts,
            children: u.children,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell_params,
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            flags: u.flags,
            firstline: u.firstline,
            stack_hint: 16,
            doc: u.doc,
            global_cache: Default::default(),
            attr_cache: Default::default(),
        })
    }

    fn emit(&mut self, i: Instr) -> usize {
        let u = self.unit();
        u.instrs.push(i);
        u.lines.push(u.line);
        u.instrs.len() - 1
    }

    /// An instruction argument from a count or index. A program's counts stay far below
    /// `u32::MAX` (its source would be gigabytes), but should one not fit, the compile
    /// fails (checked at the end of `compile_module`) rather than emit a wrapped argument.
    fn oparg(&self, n: usize) -> u32 {
        u32::try_from(n).unwrap_or_else(|_| {
            self.too_large.set(true);
            u32::MAX
        })
    }

    fn here(&mut self) -> u32 {
        let n = self.unit().instrs.len();
        self.oparg(n)
    }

    /// Points the jump at `at` to the current position.
    fn patch(&mut self, at: usize) {
        let target = self.here();
        self.patch_to(at, target);
    }

    /// Points all the `jumps` to the current position.
    fn patch_all(&mut self, jumps: Vec<usize>) {
        for at in jumps {
            self.patch(at);
        }
    }

    /// Jumps when the truth of `test` is `when`, for a test whose value only decides the
    /// jump (CPython's `compiler_jump_if`): `not e` jumps on the opposite truth of `e`,
    /// and `a and b` / `a or b` become a chain of jumps, with no bool made and no value
    /// kept for the result. Each operand's truth is still asked once. Returns the jumps
    /// to point at the target.
    fn jump_if(&mut self, test: &'a Expr, when: bool) -> Result<Vec<usize>, CompileError> {
        match &test.kind {
            ExprKind::UnaryOp {
                op: ast::UnaryOp::Not,
                operand,
            } => self.jump_if(operand, !when),
            ExprKind::BoolOp { op, values } => {
                // `and` is decided by the first false operand, `or` by the first true one.
                let decided_by = matches!(op, BoolOp::Or);
                let mut jumps = Vec::new();
                if decided_by == when {
                    for v in values {
                        jumps.extend(self.jump_if(v, when)?);
                    }
                } else if let Some((last, rest)) = values.split_last() {
                    // An operand that decides the other way skips the jump to the target.
                    let mut skips = Vec::new();
                    for v in rest {
                        skips.extend(self.jump_if(v, !when)?);
                    }
                    jumps = self.jump_if(last, when)?;
                    self.patch_all(skips);
                }
                Ok(jumps)
            }
            _ => {
                self.expr(test)?;
                Ok(vec![self.emit(if when {
                    Instr::PopJumpIfTrue(0)
                } else {
                    Instr::PopJumpIfFalse(0)
                })])
            }
        }
    }

    fn patch_to(&mut self, at: usize, target: u32) {
        if let Some(i) = self.unit().instrs.get_mut(at) {
            *i = match *i {
                Instr::Jump(_) => Instr::Jump(target),
                Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(target),
                Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(target),
                Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(target),
                Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(target),
                Instr::ForIter(_) => Instr::ForIter(target),
                Instr::SetupExcept(_) => Instr::SetupExcept(target),
                Instr::SetupFinally(_) => Instr::SetupFinally(target),
                Instr::SetupWith(_) => Instr::SetupWith(target),
                Instr::JumpIfNotExcMatch(_) => Instr::JumpIfNotExcMatch(target),
                other => other,
            };
        }
    }

    fn const_index(&mut self, v: Value) -> u32 {
        let u = self.unit();
        u.consts.push(v);
        let i = u.consts.len() - 1;
        self.oparg(i)
    }

    fn load_const(&mut self, v: Value) {
        let i = self.const_index(v);
        self.emit(Instr::LoadConst(i));
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        let n = u.names.len();
        let i = self.oparg(n);
        let u = self.unit();
        u.names.push(name.into());
        u.name_index.insert(name.to_string(), i);
        i
    }

    fn set_line(&mut self, span: ast::Span) {
        if span.line > 0 {
            self.unit().line = span.line;
        }
    }

    fn scope_kind(&self) -> ScopeKind {
        self.units
            .last()
            .map_or(ScopeKind::Module, |u| self.table.scopes[u.scope].kind)
    }

    // ---- names ----

    fn cell_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        let i = match u.cellvars.iter().position(|c| &**c == name) {
            Some(i) => i,
            None => u.cellvars.len() + u.freevars.iter().position(|c| &**c == name).unwrap_or(0),
        };
        self.oparg(i)
    }

    fn access(&mut self, name: &str) -> Access {
        let scope = self.unit().scope;
        self.table.scopes[scope].access(name)
    }

    fn name_op(&mut self, name: &str, ctx: ExprContext) {
        match self.access(name) {
            Access::Fast => {
                let i = self.unit().var_index.get(name).copied().unwrap_or(0);
                self.emit(match ctx {
                    ExprContext::Load => Instr::LoadFast(i),
                    ExprContext::Store => Instr::StoreFast(i),
                    ExprContext::Del => Instr::DeleteFast(i),
                });
            }
            Access::Cell | Access::Free => {
                let i = self.cell_index(name);
                self.emit(match ctx {
                    ExprContext::Load => Instr::LoadDeref(i),
                    ExprContext::Store => Instr::StoreDeref(i),
                    ExprContext::Del => Instr::DeleteDeref(i),
                });
            }
            Access::ClassFree if ctx == ExprContext::Load => {
                let i = self.cell_index(name);
                self.emit(Instr::LoadClassDeref(i));
            }
            Access::Global => {
                let i = self.name_index(name);
                self.emit(match ctx {
                    ExprContext::Load => Instr::LoadGlobal(i),
                    ExprContext::Store => Instr::StoreGlobal(i),
                    ExprContext::Del => Instr::DeleteGlobal(i),
                });
            }
            Access::Name | Access::ClassFree => {
                let i = self.name_index(name);
                self.emit(match ctx {
                    ExprContext::Load => Instr::LoadName(i),
                    ExprContext::Store => Instr::StoreName(i),
                    ExprContext::Del => Instr::DeleteName(i),
                });
            }
        }
    }

    // ---- statements ----

    fn body(&mut self, body: &'a [Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.set_line(s.span);
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
                self.emit(Instr::Pop);
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::Dup);
                    }
                    self.store(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                value,
                annotation,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store(target)?;
                }
                self.record_annotation(target, annotation, *simple)?;
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::Pass => {}
            StmtKind::If { test, body, orelse } => {
                let jf = self.jump_if(test, false)?;
                self.body(body)?;
                if orelse.is_empty() {
                    self.patch_all(jf);
                } else {
                    let je = self.emit(Instr::Jump(0));
                    self.patch_all(jf);
                    self.body(orelse)?;
                    self.patch(je);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let top = self.here();
                let jf = self.jump_if(test, false)?;
                self.unit().fblocks.push(FBlock::While {
                    top,
                    breaks: Vec::new(),
                });
                self.body(body)?;
                self.emit(Instr::Jump(top));
                let breaks = match self.unit().fblocks.pop() {
                    Some(FBlock::While { breaks, .. }) => breaks,
                    _ => Vec::new(),
                };
                self.patch_all(jf);
                self.body(orelse)?;
                self.patch_all(breaks);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                self.emit(Instr::GetIter);
                let top = self.here();
                let fi = self.emit(Instr::ForIter(0));
                self.store(target)?;
                self.unit().fblocks.push(FBlock::For {
                    top,
                    breaks: Vec::new(),
                });
                self.body(body)?;
                self.set_line(s.span);
                self.emit(Instr::Jump(top));
                let breaks = match self.unit().fblocks.pop() {
                    Some(FBlock::For { breaks, .. }) => breaks,
                    _ => Vec::new(),
                };
                self.patch(fi);
                self.body(orelse)?;
                self.patch_all(breaks);
            }
            StmtKind::Break => self.break_continue(true, s.span)?,
            StmtKind::Continue => self.break_continue(false, s.span)?,
            StmtKind::Match { subject, cases } => self.match_statement(subject, cases)?,
            StmtKind::Return(value) => {
                if !matches!(self.scope_kind(), ScopeKind::Function) {
                    return Err(CompileError::at("'return' outside function", s.span));
                }
                match value {
                    Some(v) => self.expr(v)?,
                    None => {
                        self.emit(Instr::LoadNone);
                    }
                }
                self.unwind_all_for_return()?;
                self.emit(Instr::ReturnValue);
            }
            StmtKind::Raise { exc, cause } => match (exc, cause) {
                (None, _) => {
                    self.emit(Instr::Raise(0));
                }
                (Some(e), None) => {
                    self.expr(e)?;
                    self.emit(Instr::Raise(1));
                }
                (Some(e), Some(c)) => {
                    self.expr(e)?;
                    self.expr(c)?;
                    self.emit(Instr::Raise(2));
                }
            },
            StmtKind::Assert { test, msg } => {
                let jt = self.jump_if(test, true)?;
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(1));
                self.patch_all(jt);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::With { items, body } => self.with(items, body)?,
            StmtKind::FunctionDef(f) => self.function_def(f, s.span)?,
            StmtKind::ClassDef(c) => self.class_def(c, s.span)?,
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let i = self.name_index(&a.name);
                    self.emit(Instr::ImportName(i));
                    match &a.asname {
                        Some(asname) => {
                            for part in a.name.split('.').skip(1) {
                                let pi = self.name_index(part);
                                self.emit(Instr::LoadAttr(pi));
                            }
                            self.name_op(asname, ExprContext::Store);
                        }
                        None => {
                            let first = a.name.split('.').next().unwrap_or(&a.name).to_string();
                            self.name_op(&first, ExprContext::Store);
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                if *level > 0 {
                    return Err(CompileError::at(
                        "attempted relative import with no known parent package",
                        s.span,
                    ));
                }
                let m = module.clone().unwrap_or_default();
                let i = self.name_index(&m);
                self.emit(Instr::ImportName(i));
                for a in names {
                    if a.name == "*" {
                        self.emit(Instr::ImportStar);
                        return Ok(());
                    }
                    let ni = self.name_index(&a.name);
                    self.emit(Instr::ImportFrom(ni));
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.name_op(&bound, ExprContext::Store);
                }
                self.emit(Instr::Pop);
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: ast::BinOp, value: &'a Expr) -> CResult {
        let op = binop(op);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.name_op(id, ExprContext::Load);
                self.expr(value)?;
                self.emit(Instr::InplaceOp(op));
                self.name_op(id, ExprContext::Store);
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } if self.reloadable(obj, value) => {
                // `self.n += k`: the local is read again for the store, not kept under
                // the value with `Dup`/`Rot2`.
                let i = self.name_index(attr);
                self.expr(obj)?;
                self.emit(Instr::LoadAttr(i));
                self.expr(value)?;
                self.emit(Instr::InplaceOp(op));
                self.expr(obj)?;
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.emit(Instr::Dup);
                let i = self.name_index(attr);
                self.emit(Instr::LoadAttr(i));
                self.expr(value)?;
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Rot2);
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Instr::Dup2);
                self.emit(Instr::BinarySubscr);
                self.expr(value)?;
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Rot3);
                self.emit(Instr::StoreSubscr);
            }
            _ => {
                return Err(CompileError::at(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                ))
            }
        }
        Ok(())
    }

    /// Whether `obj` in `obj.attr op= value` may be read twice instead of kept on the
    /// stack: it is a function's plain local, which nothing but this frame can rebind,
    /// and `value` is a constant or a name, whose evaluation runs no code.
    fn reloadable(&mut self, obj: &Expr, value: &Expr) -> bool {
        let ExprKind::Name { id, .. } = &obj.kind else {
            return false;
        };
        matches!(value.kind, ExprKind::Constant(_) | ExprKind::Name { .. })
            && matches!(self.access(id), Access::Fast)
    }

    fn break_continue(&mut self, is_break: bool, span: ast::Span) -> CResult {
        let loop_at = self
            .unit()
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::While { .. } | FBlock::For { .. }))
            .ok_or_else(|| {
                CompileError::at(
                    if is_break {
                        "'break' outside loop"
                    } else {
                        "'continue' not properly in loop"
                    },
                    span,
                )
            })?;
        self.unwind_down_to(loop_at + 1, false)?;
        let top = match self.unit().fblocks.get(loop_at) {
            Some(FBlock::While { top, .. } | FBlock::For { top, .. }) => *top,
            _ => 0,
        };
        if is_break {
            if matches!(self.unit().fblocks.get(loop_at), Some(FBlock::For { .. })) {
                self.emit(Instr::Pop);
            }
            let j = self.emit(Instr::Jump(0));
            if let Some(FBlock::While { breaks, .. } | FBlock::For { breaks, .. }) =
                self.unit().fblocks.get_mut(loop_at)
            {
                breaks.push(j);
            }
        } else {
            self.emit(Instr::Jump(top));
        }
        Ok(())
    }

    fn unwind_all_for_return(&mut self) -> CResult {
        self.unwind_down_to(0, true)
    }

    /// Emits the cleanups of the blocks above `depth`, innermost first. Each cleanup is
    /// emitted with only the blocks outside it active; all blocks stay active afterwards
    /// for the code that follows.
    fn unwind_down_to(&mut self, depth: usize, preserve_tos: bool) -> CResult {
        let mut popped = Vec::new();
        while self.unit().fblocks.len() > depth {
            let Some(b) = self.unit().fblocks.pop() else {
                break;
            };
            let r = self.unwind_block(&b, preserve_tos);
            popped.push(b);
            if r.is_err() {
                self.unit().fblocks.extend(popped.into_iter().rev());
                return r;
            }
        }
        self.unit().fblocks.extend(popped.into_iter().rev());
        Ok(())
    }

    /// Emits the cleanup for leaving block `b` early; `preserve_tos` keeps a return value
    /// on top of the stack.
    fn unwind_block(&mut self, b: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match b {
            FBlock::While { .. } => {}
            FBlock::For { .. } => {
                if preserve_tos {
                    self.emit(Instr::Rot2);
                    self.emit(Instr::Pop);
                }
            }
            FBlock::TryExcept => {
                self.emit(Instr::PopBlock);
            }
            FBlock::Finally(body) => {
                self.emit(Instr::PopBlock);
                self.body(body)?;
            }
            FBlock::Handler(name) => {
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.emit(Instr::LoadNone);
                    self.name_op(n, ExprContext::Store);
                    self.name_op(n, ExprContext::Del);
                }
            }
            FBlock::FinallyHandler => {
                self.emit(Instr::PopExcept);
                if preserve_tos {
                    self.emit(Instr::Rot2);
                }
                self.emit(Instr::Pop);
            }
            FBlock::With => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Rot2);
                }
                self.emit(Instr::WithExit);
            }
        }
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let setup = self.emit(Instr::SetupExcept(0));
        self.unit().fblocks.push(FBlock::TryExcept);
        self.body(body)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.body(orelse)?;
        let mut ends = vec![self.emit(Instr::Jump(0))];
        self.patch(setup);
        for h in handlers {
            self.set_line(h.span);
            let next = match &h.typ {
                Some(t) => {
                    self.emit(Instr::Dup);
                    self.expr(t)?;
                    Some(self.emit(Instr::JumpIfNotExcMatch(0)))
                }
                None => None,
            };
            match &h.name {
                Some(n) => self.name_op(n, ExprContext::Store),
                None => {
                    self.emit(Instr::Pop);
                }
            }
            self.unit().fblocks.push(FBlock::Handler(h.name.as_deref()));
            self.body(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Instr::PopExcept);
            if let Some(n) = &h.name {
                self.emit(Instr::LoadNone);
                self.name_op(n, ExprContext::Store);
                self.name_op(n, ExprContext::Del);
            }
            ends.push(self.emit(Instr::Jump(0)));
            if let Some(nx) = next {
                self.patch(nx);
            }
        }
        self.emit(Instr::Reraise);
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult {
        let setup = self.emit(Instr::SetupFinally(0));
        self.unit().fblocks.push(FBlock::Finally(finalbody));
        if handlers.is_empty() {
            self.body(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.body(finalbody)?;
        let end = self.emit(Instr::Jump(0));
        self.patch(setup);
        self.unit().fblocks.push(FBlock::FinallyHandler);
        self.body(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Instr::Reraise);
        self.patch(end);
        Ok(())
    }

    fn with(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt]) -> CResult {
        let Some((first, rest)) = items.split_first() else {
            return self.body(body);
        };
        self.expr(&first.context)?;
        let setup = self.emit(Instr::SetupWith(0));
        match &first.target {
            Some(t) => self.store(t)?,
            None => {
                self.emit(Instr::Pop);
            }
        }
        self.unit().fblocks.push(FBlock::With);
        self.with(rest, body)?;
        self.unit().fblocks.pop();
        self.emit(Instr::PopBlock);
        self.emit(Instr::WithExit);
        let end = self.emit(Instr::Jump(0));
        self.patch(setup);
        self.emit(Instr::WithExceptStart);
        let suppress = self.emit(Instr::PopJumpIfTrue(0));
        self.emit(Instr::Reraise);
        self.patch(suppress);
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.patch(end);
        Ok(())
    }

    // ---- definitions ----

    fn qualname_for(&mut self, name: &str) -> String {
        let Some(u) = self.units.last() else {
            return name.into();
        };
        match self.table.scopes[u.scope].kind {
            ScopeKind::Module => name.into(),
            ScopeKind::Class => format!("{}.{name}", u.qualname),
            _ => format!("{}.<locals>.{name}", u.qualname),
        }
    }

    /// Compiles defaults, then the function's code object, then `MakeFunction`.
    fn make_function(
        &mut self,
        scope: usize,
        name: &str,
        args: &'a ast::Arguments,
        line: u32,
        body: FnBody<'a>,
    ) -> CResult {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(self.oparg(args.defaults.len())));
            flags |= 1;
        }
        let kwdefaults: Vec<(&String, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (&a.name, d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (n, d) in &kwdefaults {
                self.load_const(Value::str(n.as_str()));
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap(self.oparg(kwdefaults.len())));
            flags |= 2;
        }
        let qualname = self.qualname_for(name);
        self.push_unit(scope, name, &qualname, line);
        {
            let posonly = self.oparg(args.posonlyargs.len());
            let argcount = self.oparg(args.posonlyargs.len() + args.args.len());
            let kwonly = self.oparg(args.kwonlyargs.len());
            let u = self.unit();
            u.posonly = posonly;
            u.argcount = argcount;
            u.kwonly = kwonly;
            u.flags.varargs = args.vararg.is_some();
            u.flags.varkw = args.kwarg.is_some();
        }
        match body {
            FnBody::Stmts(stmts) => {
                if let Some(doc) = docstring(stmts) {
                    self.unit().doc = Some(doc.into());
                }
                self.body(stmts)?;
                self.emit(Instr::LoadNone);
                self.emit(Instr::ReturnValue);
            }
            FnBody::Expr(e) => {
                self.expr(e)?;
                self.emit(Instr::ReturnValue);
            }
        }
        let code = self.pop_unit()?;
        self.emit_make_function(code, flags);
        Ok(())
    }

    fn emit_make_function(&mut self, code: Code, mut flags: u32) {
        if !code.freevars.is_empty() {
            let free: Vec<Name> = code.freevars.clone();
            for f in &free {
                let i = self.cell_index(f);
                let i = i32::try_from(i).unwrap_or_else(|_| {
                    self.too_large.set(true);
                    0
                });
                self.emit(Instr::LoadSmallInt(i));
            }
            self.emit(Instr::BuildTuple(self.oparg(free.len())));
            flags |= 4;
        }
        let u = self.unit();
        u.children.push(Rc::new(code));
        let index = u.children.len() - 1;
        // The code index shares the argument with three flag bits.
        let index = self.oparg(index.min(usize::MAX >> 3) << 3) >> 3;
        self.emit(Instr::MakeFunction(index << 3 | flags));
    }

    fn function_def(&mut self, f: &'a ast::FunctionDef, span: ast::Span) -> CResult {
        for d in &f.decorators {
            self.expr(d)?;
        }
        let scope = self
            .table
            .scope_of(f)
            .ok_or_else(|| CompileError::at("internal: no scope", span))?;
        self.make_function(scope, &f.name, &f.args, span.line, FnBody::Stmts(&f.body))?;
        self.set_line(span);
        for _ in &f.decorators {
            self.emit(Instr::Call(1));
        }
        self.name_op(&f.name, ExprContext::Store);
        Ok(())
    }

    /// Creates the scope's empty `__annotations__` dict when its body annotates names.
    fn setup_annotations(&mut self, body: &[Stmt]) {
        if has_simple_annotation(body) {
            self.emit(Instr::BuildMap(0));
            let i = self.name_index("__annotations__");
            self.emit(Instr::StoreName(i));
        }
    }

    /// `x: T` in a module or class body evaluates `T` and stores it in
    /// `__annotations__['x']`; elsewhere (functions, complex targets) annotations are
    /// not evaluated.
    fn record_annotation(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        simple: bool,
    ) -> CResult {
        let ExprKind::Name { id, .. } = &target.kind else {
            return Ok(());
        };
        if !simple || !matches!(self.scope_kind(), ScopeKind::Module | ScopeKind::Class) {
            return Ok(());
        }
        self.expr(annotation)?;
        let i = self.name_index("__annotations__");
        self.emit(Instr::LoadName(i));
        self.load_const(Value::str(id.as_str()));
        self.emit(Instr::StoreSubscr);
        Ok(())
    }

    fn class_def(&mut self, c: &'a ast::ClassDef, span: ast::Span) -> CResult {
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.emit(Instr::LoadBuildClass);
        let scope = self
            .table
            .scope_of(c)
            .ok_or_else(|| CompileError::at("internal: no scope", span))?;
        let qualname = self.qualname_for(&c.name);
        self.push_unit(scope, &c.name, &qualname, span.line);
        if let Some(doc) = docstring(&c.body) {
            let i = self.name_index("__doc__");
            self.load_const(Value::str(doc));
            self.emit(Instr::StoreName(i));
        }
        self.setup_annotations(&c.body);
        self.body(&c.body)?;
        self.emit(Instr::LoadNone);
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit()?;
        self.emit_make_function(code, 0);
        self.load_const(Value::str(c.name.as_str()));
        for b in &c.bases {
            self.expr(b)?;
        }
        let kws: Vec<&ast::Keyword> = c
            .keywords
            .iter()
            .filter(|k| k.name.as_deref() != Some("metaclass"))
            .collect();
        if kws.is_empty() {
            self.emit(Instr::Call(self.oparg(2 + c.bases.len())));
        } else {
            let mut names = Vec::new();
            for k in &kws {
                self.expr(&k.value)?;
                names.push(Value::str(k.name.clone().unwrap_or_default()));
            }
            self.load_const(Value::tuple(names));
            self.emit(Instr::CallKw(self.oparg(2 + c.bases.len() + kws.len())));
        }
        for _ in &c.decorators {
            self.emit(Instr::Call(1));
        }
        self.name_op(&c.name, ExprContext::Store);
        Ok(())
    }

    // ---- targets ----

    fn store(&mut self, t: &'a Expr) -> CResult {
        self.set_line(t.span);
        match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(id, ExprContext::Store),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let star = elts
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred { .. }));
                match star {
                    Some(pos) => {
                        if elts
                            .iter()
                            .filter(|e| matches!(e.kind, ExprKind::Starred { .. }))
                            .count()
                            > 1
                        {
                            return Err(CompileError::at(
                                "multiple starred expressions in assignment",
                                t.span,
                            ));
                        }
                        let Some(spec) = unpack_ex_arg(pos, elts.len() - pos - 1) else {
                            return Err(CompileError::at(
                                "too many expressions in star-unpacking assignment",
                                t.span,
                            ));
                        };
                        self.emit(Instr::UnpackEx(spec));
                    }
                    None => {
                        self.emit(Instr::UnpackSequence(self.oparg(elts.len())));
                    }
                }
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.store(value)?,
                        _ => self.store(e)?,
                    }
                }
            }
            ExprKind::Starred { .. } => {
                return Err(CompileError::at(
                    "starred assignment target must be in a list or tuple",
                    t.span,
                ))
            }
            _ => return Err(CompileError::at("cannot assign to expression", t.span)),
        }
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> CResult {
        match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(id, ExprContext::Del),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.emit(Instr::DeleteAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete(e)?;
                }
            }
            _ => return Err(CompileError::at("cannot delete expression", t.span)),
        }
        Ok(())
    }

    // ---- expressions ----

    fn constant(&mut self, c: &Constant, span: ast::Span) -> CResult {
        match c {
            Constant::None => {
                self.emit(Instr::LoadNone);
            }
            Constant::Int(i) => match i32::try_from(*i) {
                Ok(small) => {
                    self.emit(Instr::LoadSmallInt(small));
                }
                Err(_) => self.load_const(Value::Int(*i)),
            },
            Constant::BigInt(digits) => {
                let b: BigInt = digits
                    .parse()
                    .map_err(|_| CompileError::at("invalid integer literal", span))?;
                self.load_const(Value::from_bigint(b));
            }
            Constant::Bool(b) => self.load_const(Value::Bool(*b)),
            Constant::Float(f) => self.load_const(Value::Float(*f)),
            Constant::Complex(_) => {
                return Err(CompileError::at(
                    "complex numbers are not supported by Sandpit",
                    span,
                ))
            }
            Constant::Str(s) => self.load_const(Value::str(s.as_str())),
            Constant::Bytes(b) => self.load_const(Value::bytes(b.clone())),
            Constant::Ellipsis => self.load_const(Value::Ellipsis),
        }
        Ok(())
    }

    fn expr(&mut self, e: &'a Expr) -> CResult {
        let saved_line = self.unit().line;
        self.set_line(e.span);
        self.expr_inner(e)?;
        self.unit().line = saved_line;
        Ok(())
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::Constant(c) => self.constant(c, e.span)?,
            ExprKind::Name { id, .. } => self.name_op(id, ExprContext::Load),
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Instr::BinaryOp(binop(*op)));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(Instr::Unary(match op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::USub => UnaryOp::Neg,
                }));
            }
            ExprKind::BoolOp { op, values } => {
                // An operand decides `or` when true and `and` when false.
                let decided_by = matches!(op, BoolOp::Or);
                let mut jumps = Vec::new();
                let Some((last, rest)) = values.split_last() else {
                    return Ok(());
                };
                for v in rest {
                    if let ExprKind::UnaryOp {
                        op: ast::UnaryOp::Not,
                        operand,
                    } = &v.kind
                    {
                        // `not e` is a bool: where it decides, its value is known, so
                        // it is tested as a jump, with no bool made to test it again.
                        let goes_on = self.jump_if(operand, decided_by)?;
                        self.load_const(Value::Bool(decided_by));
                        jumps.push(self.emit(Instr::Jump(0)));
                        self.patch_all(goes_on);
                        continue;
                    }
                    self.expr(v)?;
                    jumps.push(self.emit(if decided_by {
                        Instr::JumpIfTrueOrPop(0)
                    } else {
                        Instr::JumpIfFalseOrPop(0)
                    }));
                }
                self.expr(last)?;
                self.patch_all(jumps);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::IfExp { test, body, orelse } => {
                let jf = self.jump_if(test, false)?;
                self.expr(body)?;
                let je = self.emit(Instr::Jump(0));
                self.patch_all(jf);
                self.expr(orelse)?;
                self.patch(je);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Instr::Dup);
                self.store(target)?;
            }
            ExprKind::Lambda { args, body } => {
                let scope = self
                    .table
                    .scope_of(e)
                    .ok_or_else(|| CompileError::at("internal: no scope", e.span))?;
                self.make_function(scope, "<lambda>", args, e.span.line, FnBody::Expr(body))?;
            }
            ExprKind::Tuple { elts, .. } => {
                if elts
                    .iter()
                    .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
                {
                    self.starred_list(elts, 0)?;
                    self.emit(Instr::ListToTuple);
                } else if let Some(folded) = constant_tuple(elts) {
                    self.load_const(folded);
                } else {
                    for x in elts {
                        self.expr(x)?;
                    }
                    self.emit(Instr::BuildTuple(self.oparg(elts.len())));
                }
            }
            ExprKind::List { elts, .. } => {
                if elts
                    .iter()
                    .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
                {
                    self.starred_list(elts, 0)?;
                } else {
                    for x in elts {
                        self.expr(x)?;
                    }
                    self.emit(Instr::BuildList(self.oparg(elts.len())));
                }
            }
            ExprKind::Set(elts) => {
                if elts
                    .iter()
                    .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
                {
                    self.emit(Instr::BuildSet(0));
                    for x in elts {
                        match &x.kind {
                            ExprKind::Starred { value, .. } => {
                                self.expr(value)?;
                                self.emit(Instr::SetUpdate(1));
                            }
                            _ => {
                                self.expr(x)?;
                                self.emit(Instr::SetAdd(1));
                            }
                        }
                    }
                } else {
                    for x in elts {
                        self.expr(x)?;
                    }
                    self.emit(Instr::BuildSet(self.oparg(elts.len())));
                }
            }
            ExprKind::Dict { keys, values } => {
                if keys.iter().any(Option::is_none) {
                    self.emit(Instr::BuildMap(0));
                    for (k, v) in keys.iter().zip(values) {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Instr::MapAdd(1));
                            }
                            None => {
                                self.expr(v)?;
                                self.emit(Instr::DictUpdate(1));
                            }
                        }
                    }
                } else {
                    for (k, v) in keys.iter().zip(values) {
                        if let Some(k) = k {
                            self.expr(k)?;
                        }
                        self.expr(v)?;
                    }
                    self.emit(Instr::BuildMap(self.oparg(keys.len())));
                }
            }
            ExprKind::ListComp { generators, .. }
            | ExprKind::SetComp { generators, .. }
            | ExprKind::DictComp { generators, .. }
            | ExprKind::GeneratorExp { generators, .. } => self.comprehension(e, generators)?,
            ExprKind::Yield(v) => {
                if !matches!(
                    self.scope_kind(),
                    ScopeKind::Function | ScopeKind::Comprehension
                ) {
                    return Err(CompileError::at("'yield' outside function", e.span));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => {
                        self.emit(Instr::LoadNone);
                    }
                }
                self.emit(Instr::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                if !matches!(self.scope_kind(), ScopeKind::Function) {
                    return Err(CompileError::at("'yield' outside function", e.span));
                }
                self.expr(v)?;
                self.emit(Instr::GetYieldFromIter);
                self.emit(Instr::LoadNone);
                self.emit(Instr::YieldFrom);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut flags = match conversion {
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    flags |= 4;
                }
                self.emit(Instr::FormatValue(flags));
            }
            ExprKind::JoinedStr(parts) => {
                if parts.is_empty() {
                    self.load_const(Value::str(""));
                } else {
                    for p in parts {
                        self.expr(p)?;
                    }
                    self.emit(Instr::BuildString(self.oparg(parts.len())));
                }
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.emit(Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => {
                            self.emit(Instr::LoadNone);
                        }
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => {
                        self.emit(Instr::BuildSlice(2));
                    }
                }
            }
            ExprKind::Starred { .. } => {
                return Err(CompileError::at(
                    "can't use starred expression here",
                    e.span,
                ))
            }
        }
        Ok(())
    }

    /// A list display with `*iterable` items, built incrementally (`extend_flags` is
    /// [`CALL_ARGS`] when the list is a call's arguments).
    fn starred_list(&mut self, elts: &'a [Expr], extend_flags: u32) -> CResult {
        self.emit(Instr::BuildList(0));
        for x in elts {
            match &x.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(Instr::ListExtend(1 | extend_flags));
                }
                _ => {
                    self.expr(x)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        Ok(())
    }

    fn compare(&mut self, left: &'a Expr, ops: &[ast::CmpOp], comparators: &'a [Expr]) -> CResult {
        self.expr(left)?;
        let mut cleanups = Vec::new();
        for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
            self.expr(right)?;
            let last = i + 1 == ops.len();
            if !last {
                self.emit(Instr::Dup);
                self.emit(Instr::Rot3);
            }
            self.emit(match op {
                ast::CmpOp::Eq => Instr::Compare(CmpOp::Eq),
                ast::CmpOp::NotEq => Instr::Compare(CmpOp::Ne),
                ast::CmpOp::Lt => Instr::Compare(CmpOp::Lt),
                ast::CmpOp::LtE => Instr::Compare(CmpOp::Le),
                ast::CmpOp::Gt => Instr::Compare(CmpOp::Gt),
                ast::CmpOp::GtE => Instr::Compare(CmpOp::Ge),
                ast::CmpOp::Is => Instr::IsOp(false),
                ast::CmpOp::IsNot => Instr::IsOp(true),
                ast::CmpOp::In => Instr::ContainsOp(false),
                ast::CmpOp::NotIn => Instr::ContainsOp(true),
            });
            if !last {
                cleanups.push(self.emit(Instr::JumpIfFalseOrPop(0)));
            }
        }
        if !cleanups.is_empty() {
            let end = self.emit(Instr::Jump(0));
            for c in cleanups {
                self.patch(c);
            }
            self.emit(Instr::Rot2);
            self.emit(Instr::Pop);
            self.patch(end);
        }
        Ok(())
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [ast::Keyword]) -> CResult {
        let starred = args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.name.is_none());
        if starred {
            self.expr(func)?;
            self.starred_list(args, CALL_ARGS)?;
            self.emit(Instr::ListToTuple);
            if keywords.is_empty() {
                self.emit(Instr::CallEx(0));
            } else {
                self.emit(Instr::BuildMap(0));
                for k in keywords {
                    match &k.name {
                        Some(n) => {
                            // Merged one by one so a clash with `**kwargs` is reported.
                            self.load_const(Value::str(n.as_str()));
                            self.expr(&k.value)?;
                            self.emit(Instr::BuildMap(1));
                            self.emit(Instr::DictMerge(1));
                        }
                        None => {
                            self.expr(&k.value)?;
                            self.emit(Instr::DictMerge(1));
                        }
                    }
                }
                self.emit(Instr::CallEx(1));
            }
            return Ok(());
        }
        if keywords.is_empty() {
            if let ExprKind::Attribute { value, attr, .. } = &func.kind {
                self.expr(value)?;
                let i = self.name_index(attr);
                self.emit(Instr::LoadMethod(i));
                for a in args {
                    self.expr(a)?;
                }
                self.set_line(func.span);
                self.emit(Instr::CallMethod(self.oparg(args.len())));
                return Ok(());
            }
        }
        self.expr(func)?;
        for a in args {
            self.expr(a)?;
        }
        if keywords.is_empty() {
            self.set_line(func.span);
            self.emit(Instr::Call(self.oparg(args.len())));
        } else {
            let mut names = Vec::new();
            for k in keywords {
                self.expr(&k.value)?;
                names.push(Value::str(k.name.clone().unwrap_or_default()));
            }
            self.load_const(Value::tuple(names));
            self.set_line(func.span);
            self.emit(Instr::CallKw(self.oparg(args.len() + keywords.len())));
        }
        Ok(())
    }

    fn comprehension(&mut self, e: &'a Expr, generators: &'a [ast::Comprehension]) -> CResult {
        let scope = self
            .table
            .scope_of(e)
            .ok_or_else(|| CompileError::at("internal: no scope", e.span))?;
        let Some(first) = generators.first() else {
            return Ok(());
        };
        let name = match &e.kind {
            ExprKind::ListComp { .. } => "<listcomp>",
            ExprKind::SetComp { .. } => "<setcomp>",
            ExprKind::DictComp { .. } => "<dictcomp>",
            _ => "<genexpr>",
        };
        let qualname = self.qualname_for(name);
        self.push_unit(scope, name, &qualname, e.span.line);
        self.unit().argcount = 1;
        match &e.kind {
            ExprKind::ListComp { .. } => {
                self.emit(Instr::BuildList(0));
            }
            ExprKind::SetComp { .. } => {
                self.emit(Instr::BuildSet(0));
            }
            ExprKind::DictComp { .. } => {
                self.emit(Instr::BuildMap(0));
            }
            _ => {}
        }
        self.comprehension_loop(e, generators, 0)?;
        if matches!(e.kind, ExprKind::GeneratorExp { .. }) {
            self.emit(Instr::LoadNone);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit()?;
        self.emit_make_function(code, 0);
        self.expr(&first.iter)?;
        self.emit(Instr::GetIter);
        self.emit(Instr::Call(1));
        Ok(())
    }

    fn comprehension_loop(
        &mut self,
        e: &'a Expr,
        generators: &'a [ast::Comprehension],
        depth: usize,
    ) -> CResult {
        let Some(g) = generators.get(depth) else {
            // The innermost body: add the element to the result (or yield it).
            let n = self.oparg(depth + 1);
            match &e.kind {
                ExprKind::ListComp { elt, .. } => {
                    self.expr(elt)?;
                    self.emit(Instr::ListAppend(n));
                }
                ExprKind::SetComp { elt, .. } => {
                    self.expr(elt)?;
                    self.emit(Instr::SetAdd(n));
                }
                ExprKind::DictComp { key, value, .. } => {
                    self.expr(key)?;
                    self.expr(value)?;
                    self.emit(Instr::MapAdd(n));
                }
                ExprKind::GeneratorExp { elt, .. } => {
                    self.expr(elt)?;
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::Pop);
                }
                _ => {}
            }
            return Ok(());
        };
        if depth == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(Instr::GetIter);
        }
        let top = self.here();
        let fi = self.emit(Instr::ForIter(0));
        self.store(&g.target)?;
        let mut skips = Vec::new();
        for cond in &g.ifs {
            skips.extend(self.jump_if(cond, false)?);
        }
        self.comprehension_loop(e, generators, depth + 1)?;
        for s in skips {
            self.patch_to(s, top);
        }
        self.emit(Instr::Jump(top));
        self.patch(fi);
        Ok(())
    }
}

/// A tuple display made only of simple constants, folded into one constant.
/// The argument of `UnpackEx` for `before` targets before the star and `after` after
/// it, within CPython's limits (255 before, 2^23 after): the first in 8 bits, the
/// second above.
fn unpack_ex_arg(before: usize, after: usize) -> Option<u32> {
    let before = u32::try_from(before).ok().filter(|&n| n < 1 << 8)?;
    let after = u32::try_from(after).ok().filter(|&n| n < 1 << 23)?;
    Some(before | after << 8)
}

fn constant_tuple(elts: &[Expr]) -> Option<Value> {
    if elts.is_empty() {
        return None;
    }
    let mut items = Vec::with_capacity(elts.len());
    for e in elts {
        items.push(match &e.kind {
            ExprKind::Constant(Constant::None) => Value::None,
            ExprKind::Constant(Constant::Bool(b)) => Value::Bool(*b),
            ExprKind::Constant(Constant::Int(i)) => Value::Int(*i),
            ExprKind::Constant(Constant::Float(f)) => Value::Float(*f),
            ExprKind::Constant(Constant::Str(s)) => Value::str(s.as_str()),
            _ => return None,
        });
    }
    Some(Value::tuple(items))
}

/// A function body: statements (`def`) or a single expression (`lambda`).
enum FnBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}
