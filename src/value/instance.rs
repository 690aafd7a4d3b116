//! Instances of user classes (and of builtin exception classes).

use std::cell::RefCell;
use std::rc::Rc;

use super::attrs::Attrs;
use super::class::Class;
use super::heap::{Charge, OBJECT_HEADER};
use super::Value;

/// An object whose class is a `Class`: user objects, exceptions, subclasses of builtins.
pub struct Instance {
    pub class: Rc<Class>,
    pub attrs: RefCell<Attrs>,
    pub payload: Payload,
    charge: Charge,
}

/// Data an instance carries besides its attributes.
pub enum Payload {
    Plain,
    Exception(RefCell<ExceptionData>),
    /// The builtin value a subclass of a builtin type wraps (`class L(list)`).
    Builtin(RefCell<Value>),
}

/// One traceback line: which function, which line.
#[derive(Debug, Clone)]
pub struct TraceEntry {
    pub function: super::Name,
    pub line: u32,
    /// The frame ran Sandpit's own stdlib code, not the user's source.
    pub stdlib: bool,
}

/// The state every exception carries.
#[derive(Default)]
pub struct ExceptionData {
    /// The constructor arguments, a tuple.
    pub args: Vec<Value>,
    /// Frames the exception passed through, innermost last.
    pub traceback: Vec<TraceEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
}

impl Drop for Instance {
    fn drop(&mut self) {
        let mut children = self.attrs.get_mut().take_values();
        match &mut self.payload {
            Payload::Builtin(v) => children.push(std::mem::replace(v.get_mut(), Value::None)),
            Payload::Exception(d) => {
                let d = d.get_mut();
                children.extend(std::mem::take(&mut d.args));
                children.extend(d.cause.take());
                children.extend(d.context.take());
            }
            Payload::Plain => {}
        }
        super::heap::drop_children(children);
    }
}

impl Instance {
    /// A new instance of `class` with the given payload.
    pub fn new(class: Rc<Class>, payload: Payload) -> Instance {
        Instance {
            class,
            attrs: RefCell::new(Attrs::default()),
            payload,
            charge: Charge::new(OBJECT_HEADER * 2),
        }
    }

    /// Records one more line of this exception's traceback, charged to the heap count:
    /// re-raising one exception object in a loop grows its traceback without end (as in
    /// CPython), which must count toward the memory limit.
    pub fn add_trace_entry(&self, entry: TraceEntry) {
        if let Some(data) = self.exception() {
            self.charge.grow(std::mem::size_of::<TraceEntry>());
            data.borrow_mut().traceback.push(entry);
        }
    }

    /// The exception state, if this is an exception.
    pub fn exception(&self) -> Option<&RefCell<ExceptionData>> {
        match &self.payload {
            Payload::Exception(d) => Some(d),
            _ => None,
        }
    }

    /// The wrapped builtin value, if this instance subclasses a builtin type.
    pub fn builtin_value(&self) -> Option<Value> {
        match &self.payload {
            Payload::Builtin(v) => Some(v.borrow().clone()),
            _ => None,
        }
    }
}
