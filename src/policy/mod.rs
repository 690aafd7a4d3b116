//! The sandbox policy: one serialisable value that says what a run may do — its limits,
//! which modules it may import, which members and builtins are denied, and how time
//! and randomness behave. The CLI, the wasm API and the playground all pass this same
//! struct (as JSON); the runtime checks it at a few choke points and reports every
//! breach as a [`Violation`].

mod checker;
pub mod clock;
mod presets;
mod stdlib_names;
mod violation;

use serde::{Deserialize, Serialize};

pub use checker::{check_module, is_known_module};
pub use presets::Preset;
pub use violation::{
    blocked_import_message, RunStats, Violation, ViolationKind, BANNED_BUILTINS, MAX_VIOLATIONS,
};

/// Resource limits of one run. Each is enforced inside the runtime and breaks the run
/// with a Python exception plus a `limit` violation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Bytes of live Python objects (counted by the heap).
    pub max_memory: usize,
    /// Python frames on the call stack.
    pub max_stack_depth: usize,
    /// Bytecode instructions (deterministic fuel); builtins that do a lot of work charge
    /// proportionally. None: no fuel limit.
    pub max_instructions: Option<u64>,
    /// Wall-clock milliseconds. None: no time limit.
    pub timeout_ms: Option<u64>,
    /// Bytes written to stdout and stderr together.
    pub max_output_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_memory: 50 * 1024 * 1024,
            max_stack_depth: 256,
            max_instructions: Some(100_000_000),
            timeout_ms: Some(5_000),
            max_output_bytes: 64 * 1024,
        }
    }
}

/// How wall-clock time and randomness behave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DeterminismMode {
    /// Real clock, unseeded randomness.
    Off,
    /// A fixed start instant that advances only through `time.sleep`, and a `random`
    /// seeded from the policy: the same program gives byte-identical output every run.
    Virtual,
    /// Reading the clock or unseeded randomness is a `determinism` violation.
    Forbid,
}

/// Determinism settings (Temporal-style).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Determinism {
    pub mode: DeterminismMode,
    /// Seed of the virtual `random` generator.
    pub seed: u64,
    /// Start of the virtual clock, in milliseconds since the Unix epoch.
    pub start_time_ms: u64,
}

impl Default for Determinism {
    fn default() -> Self {
        Determinism {
            mode: DeterminismMode::Off,
            seed: 0,
            start_time_ms: 1_700_000_000_000,
        }
    }
}

/// Everything a run is allowed to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Policy {
    pub limits: Limits,
    /// Modules `import` may load (they must also exist in Sandpit's stdlib).
    pub allowed_modules: Vec<String>,
    /// Dotted member paths that may not be used, like Temporal's
    /// `invalid_module_members`: `random.random`, `datetime.datetime.now`. Checked where
    /// the path is read and, because a path is only one way to reach a function, again
    /// where the stdlib function it names is called (see `vm/guards.rs` and the README's
    /// "Denied members" for what a rule covers).
    pub denied_members: Vec<String>,
    /// Dunder attribute names Python code may read or write (all others are blocked).
    pub allowed_dunders: Vec<String>,
    pub determinism: Determinism,
    /// Host functions (registered by the embedding page) this run may call.
    pub host_functions: Vec<String>,
}

/// Dunder attributes that expose nothing beyond the object itself: names, docs, the
/// class, and the protocol methods user classes define and call through `super()`.
pub const SAFE_DUNDERS: &[&str] = &[
    "__name__",
    "__qualname__",
    "__doc__",
    "__module__",
    "__class__",
    "__init__",
    "__new__",
    "__repr__",
    "__str__",
    "__format__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__hash__",
    "__bool__",
    "__len__",
    "__iter__",
    "__next__",
    "__reversed__",
    "__contains__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__missing__",
    "__call__",
    "__enter__",
    "__exit__",
    "__getattr__",
    "__setattr__",
    "__delattr__",
    "__add__",
    "__radd__",
    "__iadd__",
    "__sub__",
    "__rsub__",
    "__isub__",
    "__mul__",
    "__rmul__",
    "__imul__",
    "__truediv__",
    "__rtruediv__",
    "__itruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__ifloordiv__",
    "__mod__",
    "__rmod__",
    "__imod__",
    "__pow__",
    "__rpow__",
    "__ipow__",
    "__matmul__",
    "__rmatmul__",
    "__and__",
    "__rand__",
    "__iand__",
    "__or__",
    "__ror__",
    "__ior__",
    "__xor__",
    "__rxor__",
    "__ixor__",
    "__lshift__",
    "__rlshift__",
    "__ilshift__",
    "__rshift__",
    "__rrshift__",
    "__irshift__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__invert__",
    "__int__",
    "__float__",
    "__index__",
    "__round__",
    "__trunc__",
    "__floor__",
    "__ceil__",
    "__divmod__",
    "__rdivmod__",
    "__bytes__",
    "__length_hint__",
    "__get__",
    "__set__",
    "__delete__",
    "__set_name__",
    "__copy__",
    "__deepcopy__",
    "__init_subclass__",
    "__class_getitem__",
    "__cause__",
    "__context__",
    "__suppress_context__",
    "__traceback__",
    "__post_init__",
    "__slots__",
    "__annotations__",
    "__match_args__",
    // What `int | None` and typing's aliases are made of (`typing.get_args` gives the
    // same). `__origin__` stays closed: the escapes corpus walks from it.
    "__args__",
    "__parameters__",
    // The notes `add_note` attaches to an exception (3.11).
    "__notes__",
];

impl Default for Policy {
    fn default() -> Self {
        Preset::Teaching.policy()
    }
}

impl Policy {
    /// Whether Python code may touch the attribute `name` (only dunders can be blocked).
    pub fn allows_attribute(&self, name: &str) -> bool {
        if !(name.len() > 4 && name.starts_with("__") && name.ends_with("__")) {
            return true;
        }
        self.allowed_dunders.iter().any(|d| d == name)
    }

    /// Whether `import name` is allowed.
    pub fn allows_module(&self, name: &str) -> bool {
        self.allowed_modules.iter().any(|m| m == name || m == "*")
    }

    /// Whether Python may call the registered host function `name` (`*` allows all).
    pub fn allows_host_function(&self, name: &str) -> bool {
        self.host_functions.iter().any(|h| h == name || h == "*")
    }

    /// Whether the dotted member path (`random.random`) is denied.
    pub fn denies_member(&self, path: &str) -> bool {
        self.denied_members.iter().any(|p| p == path)
    }

    /// Parses a policy from JSON; unknown fields are errors so typos don't silently
    /// loosen a sandbox.
    pub fn from_json(text: &str) -> Result<Policy, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The policy as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_round_trips_every_preset() {
        for preset in Preset::ALL {
            let p = preset.policy();
            let back = Policy::from_json(&p.to_json()).ok();
            assert_eq!(back.as_ref(), Some(&p), "{preset:?}");
        }
    }

    #[test]
    fn partial_json_fills_defaults_and_unknown_fields_fail() {
        let p = Policy::from_json(r#"{"limits": {"max_memory": 1024}}"#).ok();
        assert_eq!(p.as_ref().map(|p| p.limits.max_memory), Some(1024));
        assert_eq!(
            p.map(|p| p.limits.max_stack_depth),
            Some(Limits::default().max_stack_depth)
        );
        assert!(Policy::from_json(r#"{"limits": {"max_memroy": 1}}"#).is_err());
    }

    #[test]
    fn dunders_are_blocked_unless_listed() {
        let p = Policy::default();
        assert!(p.allows_attribute("upper"));
        assert!(p.allows_attribute("__init__"));
        assert!(!p.allows_attribute("__subclasses__"));
        assert!(!p.allows_attribute("__globals__"));
        assert!(p.allows_attribute("__"));
    }
}
