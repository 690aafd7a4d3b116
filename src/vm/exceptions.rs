//! Exception objects: materialising lazy errors, `except` matching, implicit chaining
//! (`__context__`) and CPython-style traceback text.

use std::rc::Rc;

use crate::value::instance::ExceptionData;
use crate::value::{Instance, Payload, Value};

use super::error::{ExcKind, PyErr, PyResult};
use super::Vm;

/// How a program that let `SystemExit` (`sys.exit()`) escape ends, as CPython's
/// `handle_system_exit` decides: it is the way out of a program, not an error.
pub enum SystemExitEnd {
    /// A quiet end with this exit status: the `code` was None (0), or an int.
    Status(i64),
    /// The `code` was something else: its `str()` is the whole error report, and the
    /// status is 1.
    Message(String),
}

impl Vm {
    /// How the program ends when `exc`, uncaught, is a `SystemExit`; None for any other
    /// exception.
    pub fn system_exit_end(&mut self, exc: &Rc<Instance>) -> Option<SystemExitEnd> {
        if !exc
            .class
            .is_subclass(&self.types.exception(ExcKind::SystemExit))
        {
            return None;
        }
        let code = self
            .getattr(&Value::Instance(exc.clone()), "code")
            .unwrap_or(Value::None);
        Some(match code {
            Value::None => SystemExitEnd::Status(0),
            Value::Bool(b) => SystemExitEnd::Status(i64::from(b)),
            Value::Int(n) => SystemExitEnd::Status(n),
            // An int past C's long: CPython's conversion fails and it exits with -1.
            Value::BigInt(_) => SystemExitEnd::Status(-1),
            other => SystemExitEnd::Message(
                self.str(&other)
                    .unwrap_or_else(|_| "<exception str() failed>".to_string()),
            ),
        })
    }

    /// A new `kind` exception with `message` whose traceback offers `suggestion`.
    pub(super) fn error_suggesting(
        &self,
        kind: ExcKind,
        message: String,
        suggestion: Option<Rc<str>>,
    ) -> PyErr {
        let err = PyErr::new(kind, message);
        if suggestion.is_none() {
            return err;
        }
        let exc = self.materialize(err);
        if let Some(data) = exc.exception() {
            data.borrow_mut().suggestion = suggestion;
        }
        PyErr::Object(exc)
    }

    /// The exception object for `err`, creating it if it was still lazy.
    pub fn materialize(&self, err: PyErr) -> Rc<Instance> {
        match err {
            PyErr::Object(i) => i,
            PyErr::New(kind, args) => {
                let data = ExceptionData::with_args(args);
                Rc::new(Instance::new(
                    self.types.exception(kind),
                    Payload::Exception(Box::new(data.into())),
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
            let lines: Vec<&str> = source.lines().collect();
            // `tb` is innermost first: the innermost entries, printed outermost first.
            let mut repeats = Repeats::default();
            for entry in tb.iter().take(TRACEBACK_LIMIT).rev() {
                // Lines of Sandpit's stdlib code are not in the user's file.
                let file = if entry.stdlib {
                    "<sandpit stdlib>"
                } else {
                    filename
                };
                if !repeats.shows(out, (entry.stdlib, entry.line, &entry.function)) {
                    continue;
                }
                out.push_str(&format!(
                    "  File \"{file}\", line {}, in {}\n",
                    entry.line, entry.function
                ));
                let shown = if entry.stdlib {
                    None
                } else {
                    (entry.line as usize)
                        .checked_sub(1)
                        .and_then(|i| lines.get(i))
                };
                if let Some(line) = shown {
                    let line = line.trim();
                    if !line.is_empty() {
                        out.push_str(&format!("    {line}\n"));
                    }
                }
            }
            repeats.flush(out);
        }
        out.push_str(&self.exception_summary(exc));
        let suggestion = exc.exception().and_then(|d| d.borrow().suggestion.clone());
        if let Some(name) = suggestion {
            out.push_str(&format!(". Did you mean: '{name}'?"));
        }
        out.push('\n');
        self.format_notes(exc, out);
    }

    /// The notes `add_note` attached (`__notes__`), a line each under the message.
    fn format_notes(&mut self, exc: &Rc<Instance>, out: &mut String) {
        let notes = match exc.get_attr("__notes__") {
            Some(Value::List(l)) => l.to_vec(),
            Some(Value::Tuple(t)) => t.items.clone(),
            _ => return,
        };
        for note in notes {
            let text = self
                .str(&note)
                .unwrap_or_else(|_| "<note str() failed>".to_string());
            out.push_str(&text);
            out.push('\n');
        }
    }
}

/// At most this many traceback entries are printed, the innermost: the default of
/// CPython's `sys.tracebacklimit`.
const TRACEBACK_LIMIT: usize = 1000;

/// Consecutive identical entries past this many are summed up in one line.
const RECURSIVE_CUTOFF: usize = 3;

/// Collapses runs of identical traceback entries as CPython does (`[Previous line
/// repeated 996 more times]`), so a deep recursion or an exception raised again in a
/// loop prints a few lines, not thousands.
#[derive(Default)]
struct Repeats<'a> {
    last: Option<(bool, u32, &'a str)>,
    count: usize,
}

impl<'a> Repeats<'a> {
    /// Counts `entry` (stdlib or not, line, function); whether it is to be printed.
    fn shows(&mut self, out: &mut String, entry: (bool, u32, &'a str)) -> bool {
        if self.last != Some(entry) {
            self.flush(out);
            self.last = Some(entry);
        }
        self.count += 1;
        self.count <= RECURSIVE_CUTOFF
    }

    /// Writes the summary line for the run that ended, if it was cut.
    fn flush(&mut self, out: &mut String) {
        if let Some(more) = self.count.checked_sub(RECURSIVE_CUTOFF).filter(|&n| n > 0) {
            let s = if more > 1 { "s" } else { "" };
            out.push_str(&format!("  [Previous line repeated {more} more time{s}]\n"));
        }
        self.count = 0;
    }
}

#[cfg(test)]
mod tests {
    use crate::Sandbox;

    fn traceback(src: &str) -> String {
        let out = Sandbox::new().run(src);
        out.error.map(|e| e.traceback).unwrap_or_default()
    }

    /// Expected texts from CPython 3.11 (without its `^^^^` markers, which Sandpit does
    /// not print).
    #[test]
    fn repeated_entries_are_summed_up_as_in_cpython() {
        let deep = traceback("def f(n):\n    return f(n + 1)\nf(0)\n");
        let head = "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n    f(0)\n";
        let entry = "  File \"<string>\", line 2, in f\n    return f(n + 1)\n";
        assert!(
            deep.starts_with(&format!(
                "{head}{entry}{entry}{entry}  [Previous line repeated "
            )),
            "{deep}"
        );
        assert!(
            deep.ends_with(" more times]\nRecursionError: maximum recursion depth exceeded\n"),
            "{deep}"
        );

        let again = traceback("e = ValueError('x')\nfor i in range(5):\n    try:\n        raise e\n    except ValueError:\n        pass\nraise e\n");
        let raise = "  File \"<string>\", line 4, in <module>\n    raise e\n";
        let want = format!("Traceback (most recent call last):\n  File \"<string>\", line 7, in <module>\n    raise e\n{raise}{raise}{raise}  [Previous line repeated 2 more times]\nValueError: x\n");
        assert_eq!(again, want);
    }

    /// Only the innermost 1000 entries are printed, like CPython's default
    /// `sys.tracebacklimit`; two alternating functions are never collapsed.
    #[test]
    fn at_most_a_thousand_entries_are_printed() {
        let mut policy = crate::policy::Preset::Permissive.policy();
        policy.limits.max_stack_depth = 3000;
        let out = Sandbox::with_policy(policy)
            .run("def f(n):\n    return g(n)\ndef g(n):\n    return f(n)\nf(0)\n");
        let tb = out.error.map(|e| e.traceback).unwrap_or_default();
        assert_eq!(tb.matches("  File ").count(), 1000, "{tb}");
        assert!(tb.contains("line 4, in g"));
    }
}
