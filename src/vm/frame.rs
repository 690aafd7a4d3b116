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

/// The vectors of a finished frame, kept for the next call: a call then costs no
/// allocation for its value stack and locals.
#[derive(Default)]
pub struct FrameBuffers {
    stack: Vec<Value>,
    locals: Vec<Option<Value>>,
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

    /// A fresh frame for a function's `code` on buffers a finished frame left behind.
    pub fn reuse(code: Rc<Code>, globals: Rc<Dict>, buffers: FrameBuffers) -> Frame {
        Frame::with_args(code, globals, buffers, std::iter::empty())
    }

    /// A fresh frame on `buffers` whose first locals are `args` (the parameters, in
    /// order) and the rest unbound.
    pub fn with_args(
        code: Rc<Code>,
        globals: Rc<Dict>,
        buffers: FrameBuffers,
        args: impl Iterator<Item = Value>,
    ) -> Frame {
        let FrameBuffers {
            mut stack,
            mut locals,
        } = buffers;
        locals.extend(args.map(Some));
        locals.resize(code.varnames.len(), None);
        stack.reserve(code.stack_hint as usize);
        Frame {
            stack,
            locals,
            cells: Vec::new(),
            code,
            pc: 0,
            globals,
            names: None,
            blocks: Vec::new(),
            init_instance: None,
        }
    }

    /// Empties the frame, keeping its vectors' memory for the next call; returns the
    /// instance an `__init__` frame was building.
    pub fn into_buffers(self) -> (FrameBuffers, Option<Value>) {
        let Frame {
            mut stack,
            mut locals,
            init_instance,
            ..
        } = self;
        stack.clear();
        locals.clear();
        (FrameBuffers { stack, locals }, init_instance)
    }

    /// The source line being executed.
    pub fn line(&self) -> u32 {
        self.code.line_at(self.pc.saturating_sub(1))
    }
}
