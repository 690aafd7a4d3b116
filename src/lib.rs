//! Sandpit: a Python sandbox written in Rust.
//!
//! One straight data path: source → tokens (`syntax::lexer`) → AST (`syntax::parser`)
//! → bytecode (`compile`) → VM (`vm`) → result. Python code can only reach the
//! capabilities this crate implements and the host hands it.

// The core never panics, whatever program it runs: failures are typed errors (Python
// exceptions, syntax errors). These lints keep the panicking shortcuts out of it; a
// module that indexes by positions it made itself allows `indexing_slicing` and says
// why. Tests may use them freely.
// The cast lints are there because a cast that wraps or truncates turns a huge
// user-given number into a small or negative one: a wrong answer, or an index that
// slips past a bounds check. Conversions go through `try_from`/checked arithmetic and
// raise the Python exception CPython raises; an `as` that cannot lose says why in an
// allow on the smallest item. (`cast_precision_loss` stays off: int → float rounding is
// Python semantics.)
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::cast_possible_truncation,
        clippy::cast_possible_wrap,
        clippy::cast_sign_loss
    )
)]

mod api;
pub mod builtins;
pub mod compile;
pub mod format;
pub mod host;
pub mod policy;
mod session;
mod sort;
pub mod stdlib;
pub mod syntax;
pub mod value;
pub mod vm;
#[cfg(target_arch = "wasm32")]
mod wasm;
#[cfg(target_arch = "wasm32")]
mod wasm_objects;

pub use api::{CheckOutput, RunError, RunOutput, RunState, Sandbox, SuspendedRun};
pub use session::Session;
