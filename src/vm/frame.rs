//! One activation of a code object: its instruction pointer, value stack, locals, cells
//! and the blocks of the `try`/`with` statements it is inside.

use std::rc::Rc;

use crate::compile::bytecode::Code;
use crate::value::function::CellRef;
use crate::value::{Dict, Value};

/// A `try`/`with` region that is active in a frame.
#[derive(Debug, Clone, Copy)]
pub enum Block {
    /// On an exception: unwind the stack to `level`, push the exception, jump to `handler`.
    Setup { handler: u32, level: usize },
    /// An `except`/`finally` handler is running; leaving it restores the handled-exception
    /// stack to `exc_depth`.
    Handler { exc_depth: usize },
}

/// A frame on the VM's frame stack (or parked in a generator).
pub struct Frame {
    pub code: Rc<Code>,
    pub pc: usize,
    pub stack: Vec<Value>,
    pub locals: Vec<Option<Value>>,
    pub cells: Vec<CellRef>,
    pub globals: Rc<Dict>,
    /// The namespace of a module or class body (`LoadName`/`StoreName`).
    pub names: Option<Rc<Dict>>,
    pub blocks: Vec<Block>,
    /// Set for a frame running `__init__` on behalf of a class call: the call's result is
    /// this instance, not the return value.
    pub init_instance: Option<Value>,
}

impl Frame {
    /// A fresh frame for `code` with its locals unbound.
    pub fn new(code: Rc<Code>, globals: Rc<Dict>, names: Option<Rc<Dict>>) -> Frame {
        let nlocals = code.varnames.len();
        Frame {
            stack: Vec::with_capacity(code.stack_hint as usize),
            locals: vec![None; nlocals],
            cells: Vec::new(),
            code,
            pc: 0,
            globals,
            names,
            blocks: Vec::new(),
            init_instance: None,
        }
    }

    /// Makes a finished frame (see [`Frame::finish`]) ready to run `code`, its locals
    /// unbound. Its vectors keep their memory. Until then it holds the code and globals
    /// it last ran, which are alive anyway: functions hold both.
    pub fn reset(&mut self, code: Rc<Code>, globals: Rc<Dict>) {
        // `resize_with`, not `resize`: no clone of the filler, a plain loop of writes.
        self.locals.resize_with(code.varnames.len(), || None);
        self.stack.reserve(code.stack_hint as usize);
        self.code = code;
        self.globals = globals;
        self.pc = 0;
    }

    /// Moves the top `nargs` values of `from` (a caller's stack) into the locals from
    /// `first` on, in order: the arguments of a plain call become the parameters (after
    /// `self`, for a constructor's `__init__`, whose `first` is 1).
    pub fn take_args(&mut self, from: &mut Vec<Value>, nargs: usize, first: usize) {
        for i in (first..first + nargs).rev() {
            let v = from.pop();
            if let Some(slot) = self.locals.get_mut(i) {
                *slot = v;
            }
        }
    }

    /// Empties a frame that has finished, keeping its vectors' memory for the next
    /// call; returns the instance an `__init__` frame was building.
    pub fn finish(&mut self) -> Option<Value> {
        self.stack.clear();
        self.locals.clear();
        self.cells.clear();
        self.blocks.clear();
        self.names = None;
        self.init_instance.take()
    }

    /// Whether this frame's names are its globals (module code): its `LoadName` and
    /// `StoreName` are then global reads and writes.
    #[inline(always)]
    pub fn names_are_globals(&self) -> bool {
        self.names
            .as_ref()
            .is_some_and(|ns| Rc::ptr_eq(ns, &self.globals))
    }

    /// The source line being executed.
    pub fn line(&self) -> u32 {
        self.code.line_at(self.pc.saturating_sub(1))
    }
}
