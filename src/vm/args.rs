//! Arguments as a native function receives them, with helpers that check counts and
//! produce CPython's error messages.

use smallvec::SmallVec;

use crate::value::{Name, Value};

use super::error::{PyErr, PyResult};

/// The positional arguments of a call: a receiver and three arguments fit without an
/// allocation, which most calls of builtins and methods would otherwise make and free.
pub type PosArgs = SmallVec<[Value; 4]>;

/// Positional and keyword arguments of one call. For methods, `pos[0]` is `self`.
#[derive(Default, Clone)]
pub struct Args {
    pub pos: PosArgs,
    pub kw: Vec<(Name, Value)>,
}

impl Args {
    /// Positional-only arguments.
    pub fn new(pos: Vec<Value>) -> Args {
        Args::positional(PosArgs::from_vec(pos))
    }

    /// Positional-only arguments, already in a [`PosArgs`].
    pub fn positional(pos: PosArgs) -> Args {
        Args {
            pos,
            kw: Vec::new(),
        }
    }

    /// Number of positional arguments.
    pub fn len(&self) -> usize {
        self.pos.len()
    }

    /// Whether there are no arguments at all.
    pub fn is_empty(&self) -> bool {
        self.pos.is_empty() && self.kw.is_empty()
    }

    /// The positional argument at `i`, if given.
    pub fn get(&self, i: usize) -> Option<&Value> {
        self.pos.get(i)
    }

    /// The positional argument at `i`, or None when absent (Python `None` counts as given).
    pub fn opt(&self, i: usize) -> Option<Value> {
        self.pos.get(i).cloned()
    }

    /// Removes and returns the keyword argument `name`.
    pub fn take_kw(&mut self, name: &str) -> Option<Value> {
        let i = self.kw.iter().position(|(k, _)| &**k == name)?;
        Some(self.kw.remove(i).1)
    }

    /// The argument given positionally at `i` or by keyword `name`.
    pub fn take(&mut self, i: usize, name: &str) -> Option<Value> {
        match self.take_kw(name) {
            Some(v) => Some(v),
            None => self.pos.get(i).cloned(),
        }
    }

    /// Fails unless no keyword arguments were passed: `f() takes no keyword arguments`.
    pub fn no_kwargs(&self, fname: &str) -> PyResult<()> {
        if self.kw.is_empty() {
            Ok(())
        } else {
            Err(PyErr::type_error(format!(
                "{fname}() takes no keyword arguments"
            )))
        }
    }

    /// Fails when keyword arguments remain that the function did not take.
    pub fn finish_kwargs(&self, fname: &str) -> PyResult<()> {
        match self.kw.first() {
            None => Ok(()),
            Some((k, _)) => Err(PyErr::type_error(format!(
                "{fname}() got an unexpected keyword argument '{k}'"
            ))),
        }
    }

    /// Checks the positional count is within `min..=max` with CPython's messages for
    /// builtins (`len() takes exactly one argument (2 given)` style).
    pub fn check(&self, fname: &str, min: usize, max: usize) -> PyResult<()> {
        count_error(fname, self.pos.len(), min, max, false)
    }

    /// Like [`Args::check`] for methods, where `pos[0]` is `self` and is not counted.
    pub fn check_method(&self, fname: &str, min: usize, max: usize) -> PyResult<()> {
        count_error(fname, self.pos.len().saturating_sub(1), min, max, true)
    }
}

/// The TypeError for `n` arguments outside `min..=max` (methods word a fixed count of
/// two or more differently from functions).
fn count_error(fname: &str, n: usize, min: usize, max: usize, method: bool) -> PyResult<()> {
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{fname}() takes no arguments ({n} given)"),
            1 => format!("{fname}() takes exactly one argument ({n} given)"),
            _ if method => format!("{fname} expected {min} arguments, got {n}"),
            _ => format!("{fname}() takes exactly {min} arguments ({n} given)"),
        }
    } else if n < min {
        format!(
            "{fname} expected at least {min} argument{}, got {n}",
            plural(min)
        )
    } else {
        format!(
            "{fname} expected at most {max} argument{}, got {n}",
            plural(max)
        )
    };
    Err(PyErr::type_error(msg))
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
