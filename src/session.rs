//! Sessions: runs that share one `__main__` namespace, like the cells of a notebook.
//! Each run still gets a fresh VM with its own policy and limits; what survives between
//! runs is the globals dict (and the values in it), the builtin classes those values are
//! instances of, the imported modules, and the count of bytes the session holds, which
//! the next run's memory limit includes (see `vm::carry`).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::value::heap::Window;
use crate::value::{Dict, Value};
use crate::vm::Carried;

/// A namespace that runs share. Cloning gives another handle to the same session.
#[derive(Clone, Default)]
pub struct Session {
    state: Rc<RefCell<State>>,
}

#[derive(Default)]
struct State {
    /// Made by the first run, inside its memory window, so the session is charged for it.
    globals: Option<Rc<Dict>>,
    carried: Carried,
}

impl Session {
    /// An empty session: the first run starts from fresh globals, as a lone run would.
    pub fn new() -> Session {
        Session::default()
    }

    /// The names bound in the session's globals, sorted, without dunder names.
    pub fn names(&self) -> Vec<String> {
        let state = self.state.borrow();
        let Some(globals) = &state.globals else {
            return Vec::new();
        };
        let mut names: Vec<String> = globals
            .borrow()
            .iter()
            .filter_map(|e| match &e.key {
                Value::Str(s) => Some(s.as_str()),
                _ => None,
            })
            .filter(|name| !(name.starts_with("__") && name.ends_with("__")))
            .map(String::from)
            .collect();
        names.sort();
        names
    }

    /// Bytes of Python objects the session held when its last run ended.
    pub fn held_bytes(&self) -> usize {
        self.state.borrow().carried.held_bytes
    }

    /// What a new run takes over from the previous ones.
    pub(crate) fn carried(&self) -> Carried {
        self.state.borrow().carried.clone()
    }

    /// The session's globals (made on first use, by the first run).
    pub(crate) fn globals(&self) -> Rc<Dict> {
        self.state
            .borrow_mut()
            .globals
            .get_or_insert_with(|| Rc::new(Dict::new()))
            .clone()
    }

    /// Takes back what a finished run leaves. `window` is the run's memory window; the
    /// VM is gone by now, so what it still counts is what the session holds.
    pub(crate) fn keep(&self, mut carried: Carried, window: Window) {
        carried.held_bytes = window.used();
        self.state.borrow_mut().carried = carried;
    }
}

impl Drop for State {
    fn drop(&mut self) {
        empty_namespaces(self.globals.as_ref(), &self.carried.modules);
    }
}

/// Empties a finished program's namespaces: its globals and its modules' dicts.
/// Functions hold the globals they were defined in, and a module's functions hold the
/// module's dict; emptying these breaks the cycles, so the memory is freed (and stops
/// counting as live) when the program's last handle goes.
pub(crate) fn empty_namespaces(globals: Option<&Rc<Dict>>, modules: &HashMap<String, Value>) {
    let module_dicts = modules.values().filter_map(|m| match m {
        Value::Module(m) => Some(&m.dict),
        _ => None,
    });
    for dict in globals.into_iter().chain(module_dicts) {
        let entries = dict.with_mut(std::mem::take);
        // Dropped as a dict, which frees deep nesting without recursing.
        drop(Dict::from_table(entries));
    }
}
