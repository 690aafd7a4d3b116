//! Named policies: what a playground user picks from a menu.

use serde::{Deserialize, Serialize};

use super::{Determinism, DeterminismMode, Limits, Policy, SAFE_DUNDERS};

/// The stdlib modules Sandpit implements (the ones a policy can allow).
pub const STDLIB_MODULES: &[&str] = &[
    "math",
    "random",
    "re",
    "json",
    "datetime",
    "time",
    "collections",
    "itertools",
    "functools",
    "string",
    "statistics",
    "dataclasses",
    "typing",
    "types",
    "sys",
];

/// A named policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Preset {
    /// No imports, tight limits.
    Strict,
    /// The safe stdlib with generous limits.
    Teaching,
    /// Like teaching, with a virtual clock and seeded randomness (Temporal-style).
    Deterministic,
    /// Everything Sandpit has.
    Permissive,
}

impl Preset {
    /// Every preset, in menu order.
    pub const ALL: [Preset; 4] = [
        Preset::Strict,
        Preset::Teaching,
        Preset::Deterministic,
        Preset::Permissive,
    ];

    /// The preset's name as the CLI and JSON spell it.
    pub fn name(self) -> &'static str {
        match self {
            Preset::Strict => "strict",
            Preset::Teaching => "teaching",
            Preset::Deterministic => "deterministic",
            Preset::Permissive => "permissive",
        }
    }

    /// Looks a preset up by name.
    pub fn from_name(name: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.name() == name)
    }

    /// The policy this preset stands for.
    pub fn policy(self) -> Policy {
        let stdlib = || {
            STDLIB_MODULES
                .iter()
                .map(|m| m.to_string())
                .collect::<Vec<_>>()
        };
        let dunders = SAFE_DUNDERS
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>();
        match self {
            Preset::Strict => Policy {
                limits: Limits {
                    max_memory: 16 * 1024 * 1024,
                    max_stack_depth: 100,
                    max_instructions: Some(10_000_000),
                    timeout_ms: Some(1_000),
                    max_output_bytes: 16 * 1024,
                },
                allowed_modules: Vec::new(),
                denied_members: Vec::new(),
                allowed_dunders: dunders,
                determinism: Determinism {
                    mode: DeterminismMode::Forbid,
                    ..Determinism::default()
                },
                host_functions: Vec::new(),
            },
            Preset::Teaching => Policy {
                limits: Limits::default(),
                allowed_modules: stdlib(),
                denied_members: Vec::new(),
                allowed_dunders: dunders,
                determinism: Determinism::default(),
                host_functions: Vec::new(),
            },
            Preset::Deterministic => Policy {
                limits: Limits::default(),
                allowed_modules: stdlib(),
                denied_members: Vec::new(),
                allowed_dunders: dunders,
                determinism: Determinism {
                    mode: DeterminismMode::Virtual,
                    ..Determinism::default()
                },
                host_functions: Vec::new(),
            },
            Preset::Permissive => Policy {
                limits: Limits {
                    max_memory: 512 * 1024 * 1024,
                    max_stack_depth: 1000,
                    max_instructions: None,
                    timeout_ms: Some(60_000),
                    max_output_bytes: 16 * 1024 * 1024,
                },
                allowed_modules: stdlib(),
                denied_members: Vec::new(),
                allowed_dunders: dunders,
                determinism: Determinism::default(),
                host_functions: vec!["*".into()],
            },
        }
    }
}
