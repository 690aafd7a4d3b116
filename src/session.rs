//! Sessions: runs that share one `__main__` namespace, like the cells of a notebook.
//! Each run still gets a fresh VM with its own policy and limits; what survives between
//! runs is the globals dict (and the values in it), the builtin classes those values are
//! instances of, the imported modules, and the count of bytes the session holds, which
//! the next run's memory limit includes (see `vm::carry`).

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
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
        crate::sort::sort_by(&mut names, Ord::cmp);
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

/// Empties a finished program's namespaces, breaking the reference cycles Python code
/// makes all the time, so the memory is freed (and stops counting as live) when the
/// program's last handle goes: functions hold the globals they were defined in, a
/// module's functions hold the module's dict, and a class that keeps an instance of
/// itself (`datetime.min`) holds itself. Emptied are the globals, the imported modules'
/// dicts, and, found in those, further modules' dicts (the private helpers a stdlib
/// module keeps, such as `string`'s own `re`, are in no import cache) and the dicts of
/// the classes the program or a module defined (builtin classes are left alone).
pub(crate) fn empty_namespaces(globals: Option<&Rc<Dict>>, modules: &HashMap<String, Value>) {
    let mut pending: Vec<Value> = modules.values().cloned().collect();
    let mut seen: HashSet<*const ()> = HashSet::new();
    // The emptied namespaces stay alive to the end, so no address in `seen` is reused.
    let mut emptied: Vec<Value> = Vec::new();
    let empty = |dict: &Rc<Dict>, pending: &mut Vec<Value>| {
        let entries = dict.with_mut(std::mem::take);
        pending.extend(entries.iter().map(|e| e.value.clone()).filter(is_namespace));
        // Dropped as a dict, which frees deep nesting without recursing.
        drop(Dict::from_table(entries));
    };
    if let Some(globals) = globals {
        empty(globals, &mut pending);
    }
    while let Some(value) = pending.pop() {
        match &value {
            Value::Module(m) if seen.insert(Rc::as_ptr(&m.dict).cast()) => {
                empty(&m.dict, &mut pending);
            }
            Value::Class(c) if !c.builtin && seen.insert(Rc::as_ptr(c).cast()) => {
                let values = c.take_namespace();
                pending.extend(values.iter().filter(|v| is_namespace(v)).cloned());
                // Dropped as a list, which frees deep nesting without recursing.
                drop(Value::list(values));
            }
            _ => continue,
        }
        emptied.push(value);
    }
}

/// Whether `value` is a namespace [`empty_namespaces`] empties.
fn is_namespace(value: &Value) -> bool {
    matches!(value, Value::Module(_) | Value::Class(_))
}
