//! Instances of user classes (and of builtin exception classes).

use std::cell::RefCell;
use std::rc::Rc;

use super::class::Class;
use super::heap::{buffer_bytes, object_bytes, sequence_bytes, Charge};
use super::layout::Slots;
use super::Value;

/// An object whose class is a `Class`: user objects, exceptions, subclasses of builtins.
pub struct Instance {
    pub class: Rc<Class>,
    /// Its own attributes, by the slots of its class's layout.
    pub attrs: RefCell<Slots>,
    pub payload: Payload,
    _charge: Charge,
}

/// Data an instance carries besides its attributes.
pub enum Payload {
    Plain,
    /// Boxed: an exception's state is large, and every instance carries the payload.
    Exception(Box<RefCell<ExceptionData>>),
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
    /// The constructor arguments, a tuple; set through [`ExceptionData::set_args`].
    pub args: Vec<Value>,
    /// Frames the exception passed through, innermost last; grown through
    /// [`ExceptionData::push_trace`].
    pub traceback: Vec<TraceEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// A name close to the one a `NameError` or `AttributeError` missed, which the
    /// traceback offers ("Did you mean: 'print'?"), as CPython 3.11's does.
    pub suggestion: Option<std::rc::Rc<str>>,
    /// The bytes of the two vectors above: `Exception(*range(n))` kept in a list, or one
    /// exception raised again in a loop, must count toward the memory limit.
    charge: Charge,
}

impl ExceptionData {
    /// The state of a new exception made with `args`.
    pub fn with_args(args: Vec<Value>) -> ExceptionData {
        let mut data = ExceptionData::default();
        data.set_args(args);
        data
    }

    /// Sets `__cause__` as `raise ... from cause` does, which also hides the context.
    pub fn set_cause(&mut self, cause: Option<Value>) {
        self.cause = cause;
        self.suppress_context = true;
    }

    /// Replaces the constructor arguments.
    pub fn set_args(&mut self, args: Vec<Value>) {
        let old = std::mem::replace(&mut self.args, args);
        self.charge.set(self.bytes());
        super::heap::drop_children(old);
    }

    /// Records one more line of the traceback.
    pub fn push_trace(&mut self, entry: TraceEntry) {
        self.traceback.push(entry);
        self.charge.set(self.bytes());
    }

    /// What the arguments and the traceback take: their vectors' capacities, which
    /// growing by doubling keeps up to twice their lengths.
    fn bytes(&self) -> usize {
        sequence_bytes(self.args.capacity())
            .saturating_add(self.traceback.capacity() * std::mem::size_of::<TraceEntry>())
    }
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

/// The bytes an instance with `payload` takes: its `Rc` block, and an exception's boxed
/// state. Its attributes are charged as they are set.
fn instance_bytes(payload: &Payload) -> usize {
    let own = object_bytes::<Instance>();
    match payload {
        Payload::Exception(_) => own + buffer_bytes(std::mem::size_of::<RefCell<ExceptionData>>()),
        Payload::Plain | Payload::Builtin(_) => own,
    }
}

impl Instance {
    /// A new instance of `class` with the given payload.
    pub fn new(class: Rc<Class>, payload: Payload) -> Instance {
        let charge = Charge::new(instance_bytes(&payload));
        Instance {
            class,
            attrs: RefCell::new(Slots::default()),
            payload,
            _charge: charge,
        }
    }

    /// Its own attribute `name`.
    pub fn get_attr(&self, name: &str) -> Option<Value> {
        let attrs = self.attrs.borrow();
        match self.class.slot(name) {
            Some(slot) => attrs.get(slot).cloned(),
            None => attrs.overflow()?.get(name).cloned(),
        }
    }

    /// Whether it has its own attribute `name`.
    pub fn has_attr(&self, name: &str) -> bool {
        let attrs = self.attrs.borrow();
        match self.class.slot(name) {
            Some(slot) => attrs.get(slot).is_some(),
            None => attrs.overflow().is_some_and(|own| own.contains_key(name)),
        }
    }

    /// Sets its own attribute `name`; the old value is dropped after the attributes are
    /// released.
    pub fn set_attr(&self, name: &str, value: Value) {
        let old = match self.class.slot_or_add(name) {
            Some(slot) => self.attrs.borrow_mut().set(slot, value),
            None => self
                .attrs
                .borrow_mut()
                .overflow_mut()
                .insert(name.into(), value),
        };
        drop(old);
    }

    /// Deletes its own attribute `name`; returns its value.
    pub fn del_attr(&self, name: &str) -> Option<Value> {
        let mut attrs = self.attrs.borrow_mut();
        match self.class.slot(name) {
            Some(slot) => attrs.take(slot),
            None => attrs.remove_named(name),
        }
    }

    /// The exception state, if this is an exception.
    pub fn exception(&self) -> Option<&RefCell<ExceptionData>> {
        match &self.payload {
            Payload::Exception(d) => Some(d.as_ref()),
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
