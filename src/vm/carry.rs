//! What one run of a session hands to the next, so that a notebook-like sequence of runs
//! behaves as one program: the builtin classes (a value made earlier must still be an
//! instance of `int`, an exception class defined earlier must still derive from
//! `Exception`), the imported modules (a second `import random` must not reseed it), and
//! how many bytes the session holds (they count toward the next run's memory limit).
//! Modules are carried only while the policy stays the same: a module keeps state its
//! policy shaped (a `random` generator seeded from real entropy must not serve a run
//! whose policy asks for determinism), so a run under another policy imports afresh.
//! The builtins namespace is not carried: it holds the host functions the *next* run's
//! policy grants, so it is rebuilt every run.

use std::collections::HashMap;

use super::{Types, Vm};
use crate::policy::Policy;
use crate::value::heap::Window;
use crate::value::Value;

/// The state a run leaves for the next run of its session.
#[derive(Clone, Default)]
pub struct Carried {
    /// The builtin classes, once a run has made them.
    pub types: Option<Types>,
    /// Modules imported so far, by name, and the policy they were imported under.
    pub modules: HashMap<String, Value>,
    pub modules_policy: Option<Policy>,
    /// Bytes of Python objects the session held when its last run ended.
    pub held_bytes: usize,
}

impl Carried {
    /// The carried modules if `policy` is the one they were imported under; otherwise
    /// they are dropped, and what that frees no longer counts as the session's.
    pub(super) fn modules_for(&mut self, policy: &Policy) -> HashMap<String, Value> {
        let modules = std::mem::take(&mut self.modules);
        if self.modules_policy.as_ref() == Some(policy) {
            return modules;
        }
        let before = crate::value::heap::live_bytes();
        drop(modules);
        let freed = before.saturating_sub(crate::value::heap::live_bytes());
        self.held_bytes = self.held_bytes.saturating_sub(freed);
        HashMap::new()
    }
}

impl Vm {
    /// Ends the run and returns what its session keeps, plus the window its memory was
    /// measured in: once everything else the VM held is freed (when this returns), the
    /// window's `used()` is what the session holds.
    pub fn into_carried(self) -> (Carried, Window) {
        let window = self.heap;
        let carried = Carried {
            types: Some(self.types),
            modules: self.modules,
            modules_policy: Some(self.policy),
            held_bytes: 0,
        };
        (carried, window)
    }

    /// Puts this run's memory window back in force (see [`Window::enter`]).
    pub(super) fn enter_heap_window(&self) {
        self.heap.enter();
    }
}
