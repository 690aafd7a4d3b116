//! How Rust code raises Python exceptions. Most errors start life as a cheap
//! `PyErr::New(kind, message)` and are turned into a real exception object only when
//! Python code can see them (an `except` clause or the final traceback).

use std::rc::Rc;

use crate::value::{Instance, Value};

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

macro_rules! exc_kinds {
    ($($name:ident : $parent:ident),* $(,)?) => {
        /// The builtin exception classes, in definition order (parents first).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ExcKind { BaseException, $($name),* }

        impl ExcKind {
            /// Every kind, parents before children.
            pub const ALL: &'static [ExcKind] = &[ExcKind::BaseException, $(ExcKind::$name),*];

            /// The class name Python sees.
            pub fn name(self) -> &'static str {
                match self { ExcKind::BaseException => "BaseException", $(ExcKind::$name => stringify!($name)),* }
            }

            /// The parent class, or None for `BaseException`.
            pub fn parent(self) -> Option<ExcKind> {
                match self { ExcKind::BaseException => None, $(ExcKind::$name => Some(ExcKind::$parent)),* }
            }
        }
    };
}

exc_kinds! {
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    PendingDeprecationWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
}

/// A raised Python exception.
#[derive(Clone)]
pub enum PyErr {
    /// An exception object (raised by Python code, or already materialised).
    Object(Rc<Instance>),
    /// A builtin exception not yet materialised: its kind and its arguments.
    New(ExcKind, Vec<Value>),
}

impl PyErr {
    /// A builtin exception with a message.
    pub fn new(kind: ExcKind, message: impl Into<String>) -> PyErr {
        PyErr::New(kind, vec![Value::str(message)])
    }

    /// A builtin exception with no arguments.
    pub fn bare(kind: ExcKind) -> PyErr {
        PyErr::New(kind, Vec::new())
    }

    /// `KeyError(key)`: its message is the key's repr.
    pub fn key_error(key: Value) -> PyErr {
        PyErr::New(ExcKind::KeyError, vec![key])
    }

    /// `TypeError(message)`.
    pub fn type_error(message: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::TypeError, message)
    }

    /// `ValueError(message)`.
    pub fn value_error(message: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ValueError, message)
    }

    /// CPython's message when an int used as an index or size does not fit a
    /// `Py_ssize_t` (an `IndexError` for subscripts, an `OverflowError` for sizes).
    pub const INDEX_SIZED: &'static str = "cannot fit 'int' into an index-sized integer";

    /// `IndexError(message)`.
    pub fn index_error(message: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::IndexError, message)
    }

    /// `AttributeError(message)`.
    pub fn attribute_error(message: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::AttributeError, message)
    }

    /// `OverflowError: Python int too large to convert to C ssize_t`: an int argument
    /// CPython reads as a `Py_ssize_t` (a count, width or position) does not fit one.
    pub fn ssize_overflow() -> PyErr {
        PyErr::overflow("Python int too large to convert to C ssize_t")
    }

    /// `OverflowError(message)`.
    pub fn overflow(message: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::OverflowError, message)
    }

    /// `ZeroDivisionError(message)`.
    pub fn zero_division(message: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ZeroDivisionError, message)
    }

    /// `StopIteration()`.
    pub fn stop_iteration() -> PyErr {
        PyErr::bare(ExcKind::StopIteration)
    }

    /// Whether this is a not-yet-materialised error of exactly `kind`.
    pub fn is_new(&self, kind: ExcKind) -> bool {
        matches!(self, PyErr::New(k, _) if *k == kind)
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PyErr::Object(inst) => write!(f, "PyErr({})", inst.class.name),
            PyErr::New(kind, msg) => write!(f, "PyErr({}: {:?})", kind.name(), msg),
        }
    }
}
