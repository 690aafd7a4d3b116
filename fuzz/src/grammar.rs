//! A generator of syntactically valid Python for the grammar-aware target. The fuzzer's
//! bytes decode (through `arbitrary`) into a small Python AST, which renders as source;
//! names, attributes, builtins, methods and stdlib functions come from fixed pools so
//! that generated statements refer to each other (a function defined, then called; a
//! list built, then sorted) and reach deep into the VM instead of stopping at the first
//! `NameError`. Nesting is capped while rendering, so every input renders quickly.

use std::fmt::Write;

use arbitrary::Arbitrary;

/// Variables, functions, classes and parameters all share this pool.
const NAMES: &[&str] = &[
    "a", "b", "c", "x", "y", "f", "g", "C", "D", "e", "self", "i",
];
const ATTRS: &[&str] = &[
    "x",
    "y",
    "a",
    "f",
    "__class__",
    "__name__",
    "__dict__",
    "__init__",
    "__len__",
    "__iter__",
    "__getitem__",
    "__eq__",
    "__hash__",
    "__repr__",
    "__add__",
    "real",
    "__mro__",
    "__bases__",
    "__globals__",
    "__code__",
    "__subclasses__",
];
const BUILTINS: &[&str] = &[
    "len",
    "print",
    "range",
    "list",
    "dict",
    "set",
    "tuple",
    "str",
    "int",
    "float",
    "bool",
    "repr",
    "sorted",
    "reversed",
    "sum",
    "min",
    "max",
    "abs",
    "enumerate",
    "zip",
    "map",
    "filter",
    "isinstance",
    "hash",
    "iter",
    "next",
    "divmod",
    "pow",
    "round",
    "chr",
    "ord",
    "bytes",
    "bytearray",
    "format",
    "any",
    "all",
    "getattr",
    "setattr",
    "hasattr",
    "type",
    "super",
    "frozenset",
    "object",
    "id",
    "callable",
    "ascii",
    "bin",
    "hex",
    "oct",
    "slice",
    "issubclass",
    "delattr",
    "vars",
    "dir",
    "globals",
    "locals",
    "exec",
    "eval",
    "compile",
    "open",
    "input",
    "__import__",
    "property",
    "staticmethod",
    "classmethod",
    "memoryview",
    "Exception",
    "ValueError",
    "StopIteration",
];
const METHODS: &[&str] = &[
    "append",
    "pop",
    "insert",
    "extend",
    "sort",
    "reverse",
    "index",
    "count",
    "keys",
    "values",
    "items",
    "get",
    "setdefault",
    "update",
    "copy",
    "clear",
    "join",
    "split",
    "replace",
    "format",
    "upper",
    "strip",
    "find",
    "startswith",
    "encode",
    "decode",
    "add",
    "discard",
    "union",
    "remove",
    "center",
    "ljust",
    "zfill",
    "expandtabs",
    "splitlines",
    "partition",
    "translate",
    "maketrans",
    "fromkeys",
    "hex",
    "to_bytes",
    "bit_length",
    "as_integer_ratio",
    "is_integer",
    "mro",
    "send",
    "throw",
    "close",
];
/// Stdlib functions, called as `module.member(...)` (after an `import module` the
/// program chose: importing every module up front would cost each run ~50 ms).
const STDLIB: &[&str] = &[
    "math.sqrt",
    "math.factorial",
    "math.gcd",
    "math.comb",
    "math.isqrt",
    "math.pow",
    "math.log",
    "math.fsum",
    "math.prod",
    "random.randint",
    "random.choice",
    "random.shuffle",
    "random.sample",
    "re.sub",
    "re.findall",
    "re.split",
    "re.compile",
    "json.dumps",
    "json.loads",
    "itertools.count",
    "itertools.product",
    "itertools.permutations",
    "itertools.repeat",
    "itertools.chain",
    "itertools.cycle",
    "itertools.accumulate",
    "functools.reduce",
    "functools.partial",
    "functools.lru_cache",
    "collections.deque",
    "collections.Counter",
    "collections.defaultdict",
    "collections.OrderedDict",
    "collections.namedtuple",
    "string.Template",
    "statistics.mean",
    "statistics.median",
];
const EXCEPTIONS: &[&str] = &[
    "Exception",
    "ValueError",
    "TypeError",
    "KeyError",
    "IndexError",
    "StopIteration",
    "ZeroDivisionError",
    "RecursionError",
    "MemoryError",
    "TimeoutError",
    "BaseException",
    "AttributeError",
    "NameError",
    "OverflowError",
];
const STRINGS: &[&str] = &[
    "", "a", "abc", "%s", "{}", "{0}", "{x}", "{:>10}", "\\n", "\\x00", "\\u00e9", "é", "😀",
    "a,b,c", "(a+)+$", "[", "\\\\", "%d%%", "{!r}", "1e308", "nan", "-0",
];
const MAX_EXPR_DEPTH: u32 = 8;
const MAX_BLOCK_DEPTH: u32 = 5;

/// One generated program.
#[derive(Arbitrary, Debug)]
pub struct Program {
    body: Vec<Stmt>,
}

/// An index into one of the pools above (taken modulo the pool's length).
#[derive(Arbitrary, Debug, Clone, Copy)]
struct Pick(u8);

impl Pick {
    fn from(self, pool: &'static [&'static str]) -> &'static str {
        pool.get(usize::from(self.0) % pool.len())
            .copied()
            .unwrap_or("x")
    }
    fn name(self) -> &'static str {
        self.from(NAMES)
    }
}

#[derive(Arbitrary, Debug)]
enum Stmt {
    Expr(Expr),
    Print(Vec<Expr>),
    Assign(Target, Expr),
    AugAssign(Target, BinOp, Expr),
    Unpack(Pick, Pick, Expr),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    While(Expr, Vec<Stmt>),
    For(Pick, Expr, Vec<Stmt>, Vec<Stmt>),
    Def(Pick, Vec<Param>, Vec<Stmt>),
    Decorated(Expr, Pick, Vec<Param>, Vec<Stmt>),
    Class(Pick, Option<Pick>, Vec<Stmt>),
    Return(Option<Expr>),
    Yield(Expr),
    YieldFrom(Expr),
    Try(Vec<Stmt>, Vec<Handler>, Vec<Stmt>, Vec<Stmt>),
    Raise(Option<Expr>, Option<Expr>),
    With(Expr, Option<Pick>, Vec<Stmt>),
    Del(Target),
    Global(Pick),
    Nonlocal(Pick),
    Assert(Expr, Option<Expr>),
    Import(Pick),
    FromImport(Pick),
    Break,
    Continue,
    Pass,
}

#[derive(Arbitrary, Debug)]
struct Handler {
    exception: Option<Pick>,
    alias: Option<Pick>,
    body: Vec<Stmt>,
}

#[derive(Arbitrary, Debug)]
enum Param {
    Plain(Pick),
    Default(Pick, Expr),
    Star(Pick),
    StarStar(Pick),
}

#[derive(Arbitrary, Debug)]
enum Target {
    Name(Pick),
    Attr(Expr, Pick),
    Index(Expr, Expr),
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

#[derive(Arbitrary, Debug)]
enum Expr {
    Int(i64),
    Small(u8),
    Float(f64),
    Str(Pick),
    Bytes(Pick),
    True,
    False,
    None,
    Name(Pick),
    Bin(Box<Expr>, BinOp, Box<Expr>),
    Neg(Box<Expr>),
    Not(Box<Expr>),
    Invert(Box<Expr>),
    Compare(Box<Expr>, CmpOp, Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    IfElse(Box<Expr>, Box<Expr>, Box<Expr>),
    Call(Box<Expr>, Vec<Arg>),
    Builtin(Pick, Vec<Arg>),
    Stdlib(Pick, Vec<Arg>),
    Method(Box<Expr>, Pick, Vec<Arg>),
    Attr(Box<Expr>, Pick),
    Index(Box<Expr>, Box<Expr>),
    Slice(
        Box<Expr>,
        Option<Box<Expr>>,
        Option<Box<Expr>>,
        Option<Box<Expr>>,
    ),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    Set(Vec<Expr>),
    ListComp(Box<Expr>, Pick, Box<Expr>, Option<Box<Expr>>),
    GenExp(Box<Expr>, Pick, Box<Expr>),
    DictComp(Box<Expr>, Box<Expr>, Pick, Box<Expr>),
    Lambda(Vec<Pick>, Box<Expr>),
    FString(Box<Expr>, Pick, Box<Expr>),
    Walrus(Pick, Box<Expr>),
    Starred(Box<Expr>),
}

#[derive(Arbitrary, Debug)]
enum Arg {
    Positional(Expr),
    Keyword(Pick, Expr),
    Star(Expr),
    StarStar(Expr),
}

impl BinOp {
    fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::MatMul => "@",
        }
    }
}

impl CmpOp {
    fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
        }
    }
}

impl Program {
    /// The program as Python source.
    pub fn to_source(&self) -> String {
        let mut out = String::new();
        block(&mut out, &self.body, 0);
        out
    }
}

/// Renders `body` at `level`, or `pass` when it is empty or nested too deep.
fn block(out: &mut String, body: &[Stmt], level: u32) {
    if body.is_empty() || level > MAX_BLOCK_DEPTH {
        line(out, level, "pass");
        return;
    }
    for stmt in body {
        stmt.render(out, level);
    }
}

fn line(out: &mut String, level: u32, text: &str) {
    for _ in 0..level {
        out.push_str("    ");
    }
    out.push_str(text);
    out.push('\n');
}

/// A header line (`if ...:`) followed by its indented body.
fn compound(out: &mut String, level: u32, header: &str, body: &[Stmt]) {
    line(out, level, header);
    block(out, body, level + 1);
}

fn params(list: &[Param]) -> String {
    // Keep the list valid: one `*`, `**` last, and no plain parameter after a default
    // unless it is keyword-only (after the `*`).
    let mut parts = Vec::new();
    let mut star = false;
    let mut defaults = false;
    for p in list {
        match p {
            Param::StarStar(n) => {
                parts.push(format!("**{}", n.name()));
                break;
            }
            Param::Star(n) if !star => {
                star = true;
                parts.push(format!("*{}", n.name()));
            }
            Param::Star(_) => {}
            Param::Plain(n) if star || !defaults => parts.push(n.name().to_string()),
            Param::Plain(n) => parts.push(format!("{}=0", n.name())),
            Param::Default(n, e) => {
                defaults = true;
                parts.push(format!("{}={}", n.name(), e.render(1)));
            }
        }
    }
    parts.join(", ")
}

impl Stmt {
    fn render(&self, out: &mut String, level: u32) {
        let d = 0;
        match self {
            Stmt::Expr(e) => line(out, level, &e.render(d)),
            Stmt::Print(args) => {
                let args: Vec<String> = args.iter().map(|a| a.render(d)).collect();
                line(out, level, &format!("print({})", args.join(", ")));
            }
            Stmt::Assign(t, e) => line(out, level, &format!("{} = {}", t.render(), e.render(d))),
            Stmt::AugAssign(t, op, e) => line(
                out,
                level,
                &format!("{} {}= {}", t.render(), op.symbol(), e.render(d)),
            ),
            Stmt::Unpack(a, b, e) => line(
                out,
                level,
                &format!("{}, *{} = {}", a.name(), b.name(), e.render(d)),
            ),
            Stmt::If(c, then, otherwise) => {
                compound(out, level, &format!("if {}:", c.render(d)), then);
                if !otherwise.is_empty() {
                    compound(out, level, "else:", otherwise);
                }
            }
            Stmt::While(c, body) => compound(out, level, &format!("while {}:", c.render(d)), body),
            Stmt::For(n, it, body, otherwise) => {
                let header = format!("for {} in {}:", n.name(), it.render(d));
                compound(out, level, &header, body);
                if !otherwise.is_empty() {
                    compound(out, level, "else:", otherwise);
                }
            }
            Stmt::Def(n, ps, body) => {
                let header = format!("def {}({}):", n.name(), params(ps));
                compound(out, level, &header, body);
            }
            Stmt::Decorated(dec, n, ps, body) => {
                line(out, level, &format!("@{}", dec.render(MAX_EXPR_DEPTH - 1)));
                let header = format!("def {}({}):", n.name(), params(ps));
                compound(out, level, &header, body);
            }
            Stmt::Class(n, base, body) => {
                let bases = base.map_or(String::new(), |b| format!("({})", b.name()));
                compound(out, level, &format!("class {}{bases}:", n.name()), body);
            }
            Stmt::Return(e) => line(
                out,
                level,
                &e.as_ref()
                    .map_or("return".into(), |e| format!("return {}", e.render(d))),
            ),
            Stmt::Yield(e) => line(out, level, &format!("yield {}", e.render(d))),
            Stmt::YieldFrom(e) => line(out, level, &format!("yield from {}", e.render(d))),
            Stmt::Try(body, handlers, otherwise, finally) => {
                compound(out, level, "try:", body);
                for h in handlers {
                    let mut header = String::from("except");
                    if let Some(exc) = h.exception {
                        let _ = write!(header, " {}", exc.from(EXCEPTIONS));
                        if let Some(alias) = h.alias {
                            let _ = write!(header, " as {}", alias.name());
                        }
                    }
                    header.push(':');
                    compound(out, level, &header, &h.body);
                }
                if !handlers.is_empty() && !otherwise.is_empty() {
                    compound(out, level, "else:", otherwise);
                }
                if handlers.is_empty() || !finally.is_empty() {
                    compound(out, level, "finally:", finally);
                }
            }
            Stmt::Raise(e, cause) => {
                let mut text = String::from("raise");
                if let Some(e) = e {
                    let _ = write!(text, " {}", e.render(d));
                    if let Some(c) = cause {
                        let _ = write!(text, " from {}", c.render(d));
                    }
                }
                line(out, level, &text);
            }
            Stmt::With(e, alias, body) => {
                let alias = alias.map_or(String::new(), |a| format!(" as {}", a.name()));
                compound(out, level, &format!("with {}{alias}:", e.render(d)), body);
            }
            Stmt::Del(t) => line(out, level, &format!("del {}", t.render())),
            Stmt::Global(n) => line(out, level, &format!("global {}", n.name())),
            Stmt::Nonlocal(n) => line(out, level, &format!("nonlocal {}", n.name())),
            Stmt::Assert(c, msg) => {
                let msg = msg
                    .as_ref()
                    .map_or(String::new(), |m| format!(", {}", m.render(d)));
                line(out, level, &format!("assert {}{msg}", c.render(d)));
            }
            Stmt::Import(p) => {
                let path = p.from(STDLIB);
                let module = path.split_once('.').map_or(path, |(m, _)| m);
                line(out, level, &format!("import {module}"));
            }
            Stmt::FromImport(p) => {
                let path = p.from(STDLIB);
                let (module, member) = path.split_once('.').unwrap_or((path, path));
                line(out, level, &format!("from {module} import {member}"));
            }
            Stmt::Break => line(out, level, "break"),
            Stmt::Continue => line(out, level, "continue"),
            Stmt::Pass => line(out, level, "pass"),
        }
    }
}

impl Target {
    fn render(&self) -> String {
        match self {
            Target::Name(n) => n.name().to_string(),
            Target::Attr(e, a) => format!("{}.{}", e.atom(1), a.from(ATTRS)),
            Target::Index(e, i) => format!("{}[{}]", e.atom(1), i.render(1)),
        }
    }
}

fn args(list: &[Arg], depth: u32) -> String {
    let mut parts = Vec::new();
    let mut keywords = false;
    for a in list {
        match a {
            Arg::Positional(e) if !keywords => parts.push(e.render(depth)),
            Arg::Star(e) if !keywords => parts.push(format!("*{}", e.atom(depth))),
            Arg::Keyword(n, e) => {
                keywords = true;
                parts.push(format!("{}={}", n.name(), e.render(depth)));
            }
            Arg::StarStar(e) => {
                keywords = true;
                parts.push(format!("**{}", e.atom(depth)));
            }
            _ => {}
        }
    }
    parts.join(", ")
}

fn exprs(list: &[Expr], depth: u32) -> Vec<String> {
    list.iter().map(|e| e.render(depth)).collect()
}

impl Expr {
    /// The expression wrapped in parentheses, safe in any operand position.
    fn atom(&self, depth: u32) -> String {
        format!("({})", self.render(depth))
    }

    fn render(&self, depth: u32) -> String {
        if depth > MAX_EXPR_DEPTH {
            return "1".to_string();
        }
        let d = depth + 1;
        match self {
            Expr::Int(n) => n.to_string(),
            Expr::Small(n) => n.to_string(),
            Expr::Float(f) if f.is_finite() => format!("{f:?}"),
            Expr::Float(f) if f.is_nan() => "float('nan')".to_string(),
            Expr::Float(_) => "1e400".to_string(),
            Expr::Str(p) => format!("\"{}\"", p.from(STRINGS)),
            Expr::Bytes(p) => format!("b\"{}\"", p.from(STRINGS).replace(['é', '😀'], "?")),
            Expr::True => "True".to_string(),
            Expr::False => "False".to_string(),
            Expr::None => "None".to_string(),
            Expr::Name(n) => n.name().to_string(),
            Expr::Bin(a, op, b) => format!("{} {} {}", a.atom(d), op.symbol(), b.atom(d)),
            Expr::Neg(e) => format!("-{}", e.atom(d)),
            Expr::Not(e) => format!("not {}", e.atom(d)),
            Expr::Invert(e) => format!("~{}", e.atom(d)),
            Expr::Compare(a, op, b) => {
                format!("{} {} {}", a.atom(d), op.symbol(), b.atom(d))
            }
            Expr::And(a, b) => format!("{} and {}", a.atom(d), b.atom(d)),
            Expr::Or(a, b) => format!("{} or {}", a.atom(d), b.atom(d)),
            Expr::IfElse(a, c, b) => {
                format!("{} if {} else {}", a.atom(d), c.atom(d), b.atom(d))
            }
            Expr::Call(f, a) => format!("{}({})", f.atom(d), args(a, d)),
            Expr::Builtin(p, a) => format!("{}({})", p.from(BUILTINS), args(a, d)),
            Expr::Stdlib(p, a) => format!("{}({})", p.from(STDLIB), args(a, d)),
            Expr::Method(e, m, a) => format!("{}.{}({})", e.atom(d), m.from(METHODS), args(a, d)),
            Expr::Attr(e, a) => format!("{}.{}", e.atom(d), a.from(ATTRS)),
            Expr::Index(e, i) => format!("{}[{}]", e.atom(d), i.render(d)),
            Expr::Slice(e, lo, hi, step) => {
                let part =
                    |x: &Option<Box<Expr>>| x.as_ref().map_or(String::new(), |x| x.render(d));
                format!("{}[{}:{}:{}]", e.atom(d), part(lo), part(hi), part(step))
            }
            Expr::List(items) => format!("[{}]", exprs(items, d).join(", ")),
            Expr::Tuple(items) => format!("({},)", exprs(items, d).join(", ")),
            Expr::Dict(items) => {
                let items: Vec<String> = items
                    .iter()
                    .map(|(k, v)| format!("{}: {}", k.render(d), v.render(d)))
                    .collect();
                format!("{{{}}}", items.join(", "))
            }
            Expr::Set(items) if items.is_empty() => "set()".to_string(),
            Expr::Set(items) => format!("{{{}}}", exprs(items, d).join(", ")),
            Expr::ListComp(e, n, it, cond) => {
                let cond = cond
                    .as_ref()
                    .map_or(String::new(), |c| format!(" if {}", c.atom(d)));
                format!("[{} for {} in {}{cond}]", e.render(d), n.name(), it.atom(d))
            }
            Expr::GenExp(e, n, it) => {
                format!("({} for {} in {})", e.render(d), n.name(), it.atom(d))
            }
            Expr::DictComp(k, v, n, it) => format!(
                "{{{}: {} for {} in {}}}",
                k.atom(d),
                v.atom(d),
                n.name(),
                it.atom(d)
            ),
            Expr::Lambda(ps, body) => {
                let ps: Vec<&str> = ps.iter().map(|p| p.name()).collect();
                let mut unique: Vec<&str> = Vec::new();
                for p in ps {
                    if !unique.contains(&p) {
                        unique.push(p);
                    }
                }
                format!("lambda {}: {}", unique.join(", "), body.atom(d))
            }
            Expr::FString(a, spec, b) => {
                let spec = match spec.0 % 6 {
                    0 => "",
                    1 => "!r",
                    2 => ":>8",
                    3 => ":.3f",
                    4 => ":x",
                    _ => ":,",
                };
                format!("f\"<{{{}{spec}}}|{{{}}}>\"", a.atom(d), b.atom(d))
            }
            Expr::Walrus(n, e) => format!("({} := {})", n.name(), e.atom(d)),
            Expr::Starred(e) => format!("[*{}]", e.atom(d)),
        }
    }
}
