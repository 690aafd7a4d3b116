//! Callables: Python functions (code + globals + defaults + closure), native functions,
//! bound methods and generators.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub use crate::compile::bytecode::Code;
use crate::vm::{Args, Frame, PyResult, Vm};

use super::attrs::Attrs;
use super::dict::Dict;
use super::heap::{Charge, OBJECT_HEADER};
use super::{Name, Value};

/// A closure cell: a variable shared between a scope and the functions nested in it.
pub type CellRef = Rc<RefCell<Option<Value>>>;

/// A function defined in Python.
pub struct Function {
    pub code: Rc<Code>,
    pub globals: Rc<Dict>,
    /// Defaults for the last `defaults.len()` positional parameters.
    pub defaults: Vec<Value>,
    pub kwdefaults: Vec<(Name, Value)>,
    pub closure: Vec<CellRef>,
    pub name: RefCell<Name>,
    pub qualname: RefCell<Name>,
    /// Attributes set on the function object (`f.calls = 0`, `__wrapped__`, `__doc__`).
    pub attrs: RefCell<Attrs>,
    /// This function's bytes in the heap count.
    pub charge: Charge,
}

impl Drop for Function {
    /// Hands what the function owns to the drop work list (see `heap::drop_children`), so
    /// a chain of closures each capturing the next, nested a million deep, is freed in a
    /// loop rather than by recursion that overflows the Rust stack. A closure cell joins
    /// only when this function holds the last reference to it.
    fn drop(&mut self) {
        let mut children = std::mem::take(&mut self.defaults);
        children.extend(
            std::mem::take(&mut self.kwdefaults)
                .into_iter()
                .map(|(_, v)| v),
        );
        take_own_cells(&self.closure, &mut children);
        children.extend(self.attrs.get_mut().take_values());
        super::heap::drop_children(children);
    }
}

/// Moves into `out` the values of the cells no one else holds (they die with their
/// holder), for drops that hand their children to `heap::drop_children`.
fn take_own_cells(cells: &[CellRef], out: &mut Vec<Value>) {
    for cell in cells {
        if Rc::strong_count(cell) == 1 {
            if let Some(v) = cell.try_borrow_mut().ok().and_then(|mut c| c.take()) {
                out.push(v);
            }
        }
    }
}

impl Drop for Generator {
    /// A suspended frame's values go to the drop work list, like a container's items:
    /// generators each holding the next, a million deep, are freed in a loop.
    fn drop(&mut self) {
        let Some(mut frame) = self.frame.get_mut().take() else {
            return;
        };
        let mut children = std::mem::take(&mut frame.stack);
        children.extend(std::mem::take(&mut frame.locals).into_iter().flatten());
        take_own_cells(&frame.cells, &mut children);
        children.extend(frame.init_instance.take());
        super::heap::drop_children(children);
    }
}

/// The Rust signature of every builtin function and method: positional and keyword
/// arguments in, a value or a Python exception out.
pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

/// A builtin's direct entry for its commonest call: its positional arguments by value,
/// with no argument vector to build and check (see `Vm::call_native_on_stack`), for the
/// few builtins called in loops (`len`, `list.append`...). It does exactly what the
/// builtin's `func` does with the same arguments, falling back on it for anything but
/// the common case.
#[derive(Clone, Copy)]
pub enum Shortcut {
    None,
    /// One positional argument (a method's receiver alone).
    One(fn(&mut Vm, Value) -> PyResult<Value>),
    /// Two positional arguments (a method's receiver and one argument).
    Two(fn(&mut Vm, Value, Value) -> PyResult<Value>),
    /// Two or three positional arguments (a method's receiver, an argument and an
    /// optional one).
    TwoOrThree(fn(&mut Vm, Value, Value, Option<Value>) -> PyResult<Value>),
}

/// A function implemented in Rust.
pub struct NativeFunction {
    pub name: &'static str,
    pub func: NativeFn,
    pub shortcut: Shortcut,
    /// Set for methods of a builtin type (what `self` must be), for messages.
    pub owner: Option<&'static str>,
    /// The stdlib module a module-level function belongs to (its member path is
    /// `module.name`): the policy's denied members are checked against it on every call,
    /// however Python reached the function (an alias, a `partial`, a callback).
    pub module: Option<&'static str>,
}

/// A function the host registered by name: calling it hands the arguments to the host
/// (see `crate::host`), which answers with a value, an error or (for an async host
/// function) a suspension of the run.
pub struct HostFunction {
    pub name: super::Name,
}

/// A function bound to the object it was looked up on.
pub struct BoundMethod {
    pub receiver: Value,
    pub func: Value,
    _charge: Charge,
}

impl BoundMethod {
    /// `func` bound to `receiver`, counted in the heap.
    pub fn new(receiver: Value, func: Value) -> BoundMethod {
        BoundMethod {
            receiver,
            func,
            _charge: Charge::new(OBJECT_HEADER * 2),
        }
    }
}

/// A suspended generator: its frame lives here between `next()` calls.
pub struct Generator {
    pub frame: RefCell<Option<Box<Frame>>>,
    pub name: Name,
    pub qualname: Name,
    /// True while the generator's frame is executing (re-entering it is a ValueError).
    pub running: Cell<bool>,
    /// The suspended frame's bytes in the heap count.
    pub charge: Charge,
}

impl Function {
    /// The function's `__name__`.
    pub fn name(&self) -> Name {
        self.name.borrow().clone()
    }

    /// Sets `__name__` or `__qualname__` (`which`), charging the new text and releasing
    /// the old: a name set by the program is a copy the function keeps.
    pub fn rename(&self, which: &RefCell<Name>, new: &str) {
        let old = which.replace(new.into());
        self.charge.grow(new.len());
        self.charge.shrink(old.len());
    }
}
