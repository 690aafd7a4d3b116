//! The abstract syntax tree, mirroring CPython's `ast` module node for node so the
//! compiler can follow CPython's semantics and tools can map errors back to source.
//!
//! Every statement and expression carries its [`Span`], which the compiler turns into
//! line numbers for tracebacks and the static checker into editor markers.

pub use super::span::Span;

/// An identifier as written in the source.
pub type Ident = String;

/// A parsed module: the unit the compiler turns into a code object.
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

/// A statement with its source span.
#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

/// The statement forms of Python 3.11 (without `async`).
#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Delete(Vec<Expr>),
    /// `a = b = value`: several targets, one value.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `x: int = 1`; `simple` is true for a bare name target (not parenthesised).
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    /// `import a.b as c, d`
    Import(Vec<Alias>),
    /// `from .mod import a as b`; `module` is None for `from . import x`; `level` counts dots.
    ImportFrom {
        module: Option<Ident>,
        names: Vec<Alias>,
        level: u32,
    },
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    Expr(Expr),
    Pass,
    Break,
    Continue,
    /// `match subject:` and its `case` blocks, tried in order.
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
}

/// `case pattern if guard: body`.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

/// A `case` pattern with its source span.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
}

/// The pattern forms, as CPython's `ast` has them.
#[derive(Debug, Clone, PartialEq)]
pub enum PatternKind {
    /// A literal (`1`, `-2.5`, `"s"`) or a dotted value (`Color.RED`), compared with `==`.
    Value(Expr),
    /// `None`, `True` or `False`, compared with `is`.
    Singleton(Constant),
    /// `[p, *rest, q]` or `(p, q)`: at most one `Star` among the items.
    Sequence(Vec<Pattern>),
    /// `{key: p, **rest}`.
    Mapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Ident>,
    },
    /// `Cls(p, attr=q)`.
    Class {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<Ident>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` (or `*_`: no name) inside a sequence pattern.
    Star(Option<Ident>),
    /// `p as name`; a bare capture is `As(None, Some(name))`, the wildcard `_` is
    /// `As(None, None)`.
    As {
        pattern: Option<Box<Pattern>>,
        name: Option<Ident>,
    },
    /// `p | q | ...`.
    Or(Vec<Pattern>),
}

/// `def name(args) -> returns: body`, with its decorators.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDef {
    pub name: Ident,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
}

/// `class name(bases, **keywords): body`, with its decorators.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassDef {
    pub name: Ident,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

/// A formal parameter list, split the way CPython's `ast.arguments` is.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    /// One entry per `kwonlyargs` item: its default, if any.
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    /// Defaults of the last `defaults.len()` positional parameters (posonly + args).
    pub defaults: Vec<Expr>,
}

/// One formal parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    pub name: Ident,
    pub annotation: Option<Expr>,
    pub span: Span,
}

/// `name=value` in a call or class header; `name` is None for `**mapping`.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    pub name: Option<Ident>,
    pub value: Expr,
    pub span: Span,
}

/// `name as asname` in an import.
#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    pub name: Ident,
    pub asname: Option<Ident>,
    pub span: Span,
}

/// `expr as target` in a `with` statement.
#[derive(Debug, Clone, PartialEq)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

/// `except type as name: body`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExceptHandler {
    pub typ: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// An expression with its source span.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

/// Whether a name/attribute/subscript/starred/tuple/list expression is read, assigned or deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExprContext {
    Load,
    Store,
    Del,
}

/// The expression forms of Python 3.11 (without `await`).
#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    /// `a and b and c` / `a or b`: two or more values.
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// `target := value`; target is a `Name`.
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `{k: v, **m}`: a `None` key marks a `**m` entry.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set(Vec<Expr>),
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `yield` / `yield value`.
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `a < b <= c`: one left operand, n operators and n comparators.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// Positional args may contain `Starred` for `*iterable`.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// One `{value!conversion:format_spec}` of an f-string; conversion is `'s'`, `'r'`, `'a'`
    /// or None; `format_spec` is a `JoinedStr` (it may itself contain fields).
    FormattedValue {
        value: Box<Expr>,
        conversion: Option<char>,
        format_spec: Option<Box<Expr>>,
    },
    /// An f-string: `Constant(Str)` and `FormattedValue` parts (adjacent literals concatenated).
    JoinedStr(Vec<Expr>),
    Constant(Constant),
    Attribute {
        value: Box<Expr>,
        attr: Ident,
        ctx: ExprContext,
    },
    /// `value[slice]`; `slice` is a `Slice` expression, a `Tuple` (for `a[1:2, 3]`) or any expr.
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
        ctx: ExprContext,
    },
    Starred {
        value: Box<Expr>,
        ctx: ExprContext,
    },
    Name {
        id: Ident,
        ctx: ExprContext,
    },
    List {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Tuple {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    /// `lower:upper:step` inside a subscript.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// One `for target in iter if cond...` clause of a comprehension.
#[derive(Debug, Clone, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

/// A literal value. Integer literals keep their decimal digits so big ints parse losslessly.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    /// An int literal that fits in i64.
    Int(i64),
    /// An int literal too large for i64, as decimal digits (no sign, no underscores).
    BigInt(String),
    Float(f64),
    /// An imaginary literal like `2j` (its imaginary part).
    Complex(f64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
}

/// `and` / `or`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

/// Binary operators, also used by augmented assignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

/// Unary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

/// Comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}
