//! Exception objects: materialising lazy errors, `except` matching, implicit chaining
//! (`__context__`) and CPython-style traceback text.

use std::rc::Rc;

use crate::value::instance::ExceptionData;
use crate::value::{Instance, Payload, Value};

use super::error::{ExcKind, PyErr, PyResult};
use super::Vm;

impl Vm {
    /// The exception object for `err`, creating it if it was still lazy.
    pub fn materialize(&mut self, err: PyErr) -> Rc<Instance> {
        match err {
            PyErr::Object(i) => i,
            PyErr::New(kind, args) => {
                let data = ExceptionData {
                    args,
                    ..ExceptionData::default()
                };
                Rc::new(Instance::new(
                    self.types.exception(kind),
                    Payload::Exception(data.into()),
                ))
            }
        }
    }

    /// A traceback object: Sandpit exposes no frames, so it is an opaque placeholder
    /// that is simply not None.
    pub fn traceback_object(&self) -> Value {
        Value::Instance(Rc::new(Instance::new(
            self.types.traceback.clone(),
            Payload::Plain,
        )))
    }

    /// Records the exception being handled as `exc.__context__` (implicit chaining).
    pub(super) fn set_context(&mut self, exc: &Rc<Instance>) {
        let Some(Value::Instance(current)) = self.exc_stack.last() else {
            return;
        };
        if Rc::ptr_eq(current, exc) {
            return;
        }
        if let Some(data) = exc.exception() {
            let mut d = data.borrow_mut();
            if d.context.is_none() {
                d.context = Some(Value::Instance(current.clone()));
            }
        }
    }

    /// Whether `err` is an instance of the builtin exception `kind` (or a subclass).
    pub fn is_exc_kind(&self, err: &PyErr, kind: ExcKind) -> bool {
        let target = self.types.exception(kind);
        match err {
            PyErr::New(k, _) => self.types.exception(*k).is_subclass(&target),
            PyErr::Object(i) => i.class.is_subclass(&target),
        }
    }

    /// Whether `err` is a `StopIteration`.
    pub fn is_stop_iteration(&self, err: &PyErr) -> bool {
        self.is_exc_kind(err, ExcKind::StopIteration)
    }

    /// `except cls:` matching; `cls` may be a class or a tuple of classes.
    pub fn exception_matches(&mut self, exc: &Value, cls: &Value) -> PyResult<bool> {
        let base = self.types.exception(ExcKind::BaseException);
        match cls {
            Value::Class(c) if c.is_subclass(&base) => Ok(self.type_of(exc).is_subclass(c)),
            Value::Tuple(t) => {
                for c in t.items.clone() {
                    if self.exception_matches(exc, &c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(PyErr::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// The `ExcType: message` line CPython prints last.
    pub fn exception_summary(&mut self, exc: &Rc<Instance>) -> String {
        let cls = &exc.class;
        let name = if cls.builtin || &*cls.module == "__main__" || &*cls.module == "builtins" {
            cls.qualname.to_string()
        } else {
            format!("{}.{}", cls.module, cls.qualname)
        };
        let msg = match self.str(&Value::Instance(exc.clone())) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }

    /// The line of the user's code the exception was raised on (its innermost frame
    /// outside Sandpit's stdlib), for editors to mark.
    pub fn user_line(&self, exc: &Rc<Instance>) -> Option<u32> {
        let data = exc.exception()?;
        let data = data.borrow();
        data.traceback.iter().find(|e| !e.stdlib).map(|e| e.line)
    }

    /// The full traceback report for `exc`, with chained causes and contexts first.
    pub fn format_traceback(&mut self, exc: &Rc<Instance>, filename: &str, source: &str) -> String {
        let mut out = String::new();
        self.format_chain(exc, filename, source, &mut out, 0);
        out
    }

    fn format_chain(
        &mut self,
        exc: &Rc<Instance>,
        filename: &str,
        source: &str,
        out: &mut String,
        depth: usize,
    ) {
        let (cause, context, suppress, tb) = match exc.exception() {
            Some(d) => {
                let d = d.borrow();
                (
                    d.cause.clone(),
                    d.context.clone(),
                    d.suppress_context,
                    d.traceback.clone(),
                )
            }
            None => (None, None, false, Vec::new()),
        };
        if depth < 32 {
            if let Some(Value::Instance(c)) = cause {
                self.format_chain(&c, filename, source, out, depth + 1);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if let (Some(Value::Instance(c)), false) = (context, suppress) {
                self.format_chain(&c, filename, source, out, depth + 1);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for entry in tb.iter().rev() {
                // Lines of Sandpit's stdlib code are not in the user's file.
                let file = if entry.stdlib {
                    "<sandpit stdlib>"
                } else {
                    filename
                };
                out.push_str(&format!(
                    "  File \"{file}\", line {}, in {}\n",
                    entry.line, entry.function
                ));
                let shown = if entry.stdlib {
                    None
                } else {
                    source.lines().nth((entry.line as usize).wrapping_sub(1))
                };
                if let Some(line) = shown {
                    let line = line.trim();
                    if !line.is_empty() {
                        out.push_str(&format!("    {line}\n"));
                    }
                }
            }
        }
        out.push_str(&self.exception_summary(exc));
        out.push('\n');
    }
}
