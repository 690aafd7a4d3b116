//! The bytecode: a flat array of 8-byte instructions per code object, executed by the VM's
//! dispatch loop. Operands index the code object's tables (constants, names, locals,
//! cells) or are jump targets (instruction indices).

use std::rc::Rc;

use crate::value::{Name, Value};

/// A binary operator, shared by `BinaryOp` and `InplaceOp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    /// The operator as written, for error messages (`unsupported operand type(s) for +`).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }

    /// The dunder method implementing the operator, and its reflected form.
    pub fn dunders(self) -> (&'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__"),
            BinOp::Sub => ("__sub__", "__rsub__"),
            BinOp::Mul => ("__mul__", "__rmul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__"),
            BinOp::Pow => ("__pow__", "__rpow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__"),
            BinOp::And => ("__and__", "__rand__"),
            BinOp::Or => ("__or__", "__ror__"),
            BinOp::Xor => ("__xor__", "__rxor__"),
        }
    }

    /// The in-place dunder (`__iadd__` ...).
    pub fn inplace_dunder(self) -> &'static str {
        match self {
            BinOp::Add => "__iadd__",
            BinOp::Sub => "__isub__",
            BinOp::Mul => "__imul__",
            BinOp::MatMul => "__imatmul__",
            BinOp::TrueDiv => "__itruediv__",
            BinOp::FloorDiv => "__ifloordiv__",
            BinOp::Mod => "__imod__",
            BinOp::Pow => "__ipow__",
            BinOp::LShift => "__ilshift__",
            BinOp::RShift => "__irshift__",
            BinOp::And => "__iand__",
            BinOp::Or => "__ior__",
            BinOp::Xor => "__ixor__",
        }
    }
}

/// Comparison operators (`in`/`is` are separate instructions).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    /// The operator as written.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// The rich-comparison dunder and the one to try reflected on the right operand.
    pub fn dunders(self) -> (&'static str, &'static str) {
        match self {
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::Le => ("__le__", "__ge__"),
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::Ne => ("__ne__", "__ne__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::Ge => ("__ge__", "__le__"),
        }
    }
}

/// Unary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

/// One instruction. `u32` operands index tables of the code object or are jump targets.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Instr {
    Nop,
    /// Push `consts[i]`.
    LoadConst(u32),
    /// Push a small int without a constant-table lookup.
    LoadSmallInt(i32),
    LoadNone,
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Cells: `cellvars` then `freevars`.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object itself (to build a closure).
    LoadClosure(u32),
    /// In a class body: a free variable read, checking the class namespace first.
    LoadClassDeref(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Module/class-body names: local namespace, then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Push `[method, self]` or `[attr, NULL]` so `CallMethod` can skip a bound-method object.
    LoadMethod(u32),
    /// Call with `n` positional args after a `LoadMethod`.
    CallMethod(u32),
    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    BinaryOp(BinOp),
    InplaceOp(BinOp),
    Unary(UnaryOp),
    Compare(CmpOp),
    /// `is` (operand 0) / `is not` (operand 1).
    IsOp(bool),
    /// `in` (false) / `not in` (true).
    ContainsOp(bool),
    Pop,
    Dup,
    Dup2,
    Rot2,
    Rot3,
    Rot4,
    BuildList(u32),
    BuildTuple(u32),
    BuildSet(u32),
    /// `n` key/value pairs on the stack.
    BuildMap(u32),
    /// Concatenate `n` strings (f-strings).
    BuildString(u32),
    /// `n` is 2 or 3.
    BuildSlice(u32),
    /// Append TOS to the list `n` deep (after popping TOS).
    ListAppend(u32),
    SetAdd(u32),
    /// Map add: TOS is value, TOS1 key; dict is `n` deep after popping both.
    MapAdd(u32),
    /// Extend the list `n` deep with the iterable TOS. With [`CALL_ARGS`] set in the
    /// operand, the list is a call's `*args` and the callable sits just below it.
    ListExtend(u32),
    SetUpdate(u32),
    /// Merge the mapping TOS into the dict `n` deep (`{**m}`).
    DictUpdate(u32),
    /// Like `DictUpdate` but duplicate keys are an error (`f(**a, **b)`).
    DictMerge(u32),
    ListToTuple,
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    GetIter,
    /// TOS is an iterator: push its next value, or pop it and jump when exhausted.
    ForIter(u32),
    UnpackSequence(u32),
    /// Star unpacking: operand is `before | after << 16`.
    UnpackEx(u32),
    /// Call TOS-n with n positional args.
    Call(u32),
    /// Call with n args, the last `len(kwnames)` keyword; TOS is the kwnames tuple.
    CallKw(u32),
    /// `f(*args)` / `f(*args, **kwargs)` (operand 1 when a kwargs dict is present).
    CallEx(u32),
    /// Build a function from `children[operand >> 3]`; flag bits of the operand: 1 defaults
    /// tuple, 2 kw-defaults dict, 4 closure tuple (of cell indices), pushed in that order.
    MakeFunction(u32),
    ReturnValue,
    YieldValue,
    /// Delegate to the sub-iterator TOS1 sending TOS; on completion push its return value.
    YieldFrom,
    GetYieldFromIter,
    /// Push an exception-handler block for this frame.
    SetupExcept(u32),
    /// Push a cleanup block: on an exception, jump to the handler with the exception pushed.
    SetupFinally(u32),
    PopBlock,
    /// Leave an except handler: restore the previously handled exception.
    PopExcept,
    /// Re-raise the exception on TOS.
    Reraise,
    /// `raise` (0), `raise exc` (1), `raise exc from cause` (2).
    Raise(u32),
    /// Jump when TOS1 (the exception) does not match the class(es) TOS; pops TOS.
    JumpIfNotExcMatch(u32),
    /// Enter a `with`: call `__enter__`, keep `__exit__` on the stack, set up a handler.
    SetupWith(u32),
    /// In a `with` handler: call `__exit__(type, value, tb)` with the exception TOS; push
    /// whether it was suppressed.
    WithExceptStart,
    /// Normal exit from a `with` body: call `__exit__(None, None, None)` (TOS) and pop it.
    WithExit,
    LoadBuildClass,
    ImportName(u32),
    ImportFrom(u32),
    ImportStar,
    /// Format TOS for an f-string: low 2 bits the conversion (0 none, 1 str, 2 repr,
    /// 3 ascii), bit 2 set when a format spec is on the stack above the value.
    FormatValue(u32),
    LoadAssertionError,
    /// `case [...]`: pushes whether TOS (kept) is a sequence that is not str, bytes or
    /// bytearray, of length exactly `n >> 1`, or at least that when `n & 1` (a star).
    MatchSequence(u32),
    /// `case {...}`: pushes whether TOS (kept) is a mapping.
    MatchMapping,
    /// `case {k: ...}`: with the subject and a tuple of keys on the stack (both kept),
    /// pushes the tuple of their values, or None when a key is missing.
    MatchKeys,
    /// `case Cls(...)`: pops the subject, the class and the tuple of keyword attribute
    /// names; pushes the tuple of the `n` positional then the keyword attributes, or
    /// None when the subject is not an instance or lacks one.
    MatchClass(u32),
    /// `case {..., **rest}`: pops the subject and the tuple of matched keys; pushes a new
    /// dict of the other items.
    CopyDictWithoutKeys,
}

/// Marks a `ListExtend` that builds a call's positional arguments (for its error message).
pub const CALL_ARGS: u32 = 1 << 31;

/// Flags of a code object.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CodeFlags {
    pub varargs: bool,
    pub varkw: bool,
    pub generator: bool,
    /// A class body or module: names live in a dict, not in fast locals.
    pub uses_name_dict: bool,
    /// Sandpit's own stdlib code: exempt from the policy's attribute checks (user code
    /// it calls back into runs in frames of its own, which stay checked).
    pub trusted: bool,
    /// For trusted code, the stdlib module it belongs to: with the code's qualname it
    /// gives the member path (`datetime.datetime.now`) the policy's denied members are
    /// checked against on every call. Kept in the code object, which Python cannot
    /// change, rather than read from the module's (writable) `__name__`.
    pub stdlib_module: Option<&'static str>,
}

/// A compiled function, class body or module.
#[derive(Debug)]
pub struct Code {
    pub name: Name,
    pub qualname: Name,
    pub instructions: Vec<Instr>,
    /// Source line of each instruction (same length as `instructions`).
    pub lines: Vec<u32>,
    pub consts: Vec<Value>,
    /// Code objects of the functions, lambdas, comprehensions and classes defined here.
    pub children: Vec<Rc<Code>>,
    pub names: Vec<Name>,
    /// Fast locals: parameters first, in signature order.
    pub varnames: Vec<Name>,
    pub cellvars: Vec<Name>,
    pub freevars: Vec<Name>,
    /// For each cell var that is also a parameter: (cell index, varnames index).
    pub cell_params: Vec<(u32, u32)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    /// The first line of the definition, for tracebacks.
    pub firstline: u32,
    /// The largest stack depth, to pre-size the frame's stack.
    pub stack_hint: u32,
    /// The `__doc__` string, if the body starts with one.
    pub doc: Option<Name>,
    /// Where `LoadGlobal` found each name last time (the VM's inline cache).
    pub global_cache: crate::vm::global_cache::GlobalCache,
    /// What instances' classes held under each attribute name last time (the VM's
    /// inline cache for `LoadAttr`, `StoreAttr` and `LoadMethod`).
    pub attr_cache: crate::vm::attr_cache::AttrCache,
}

impl Code {
    /// The source line of instruction `pc`.
    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.firstline)
    }

    /// Total parameters, including `*args` and `**kwargs`.
    pub fn total_params(&self) -> usize {
        (self.argcount + self.kwonlyargcount) as usize
            + usize::from(self.flags.varargs)
            + usize::from(self.flags.varkw)
    }
}

/// A code object shared by every function made from it.
pub type CodeRef = Rc<Code>;
