//! The wasm32 build's core tests in Node (see `wasm_common`). Run by scripts/test.sh
//! with `cargo test --target wasm32-unknown-unknown --test wasm_node`.
#![cfg(target_arch = "wasm32")]

mod wasm_common;
