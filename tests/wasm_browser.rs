//! The wasm32 build's core tests in headless Chromium (see `wasm_common`). Run by
//! scripts/test.sh with chromedriver: `cargo test --target wasm32-unknown-unknown
//! --test wasm_browser`.
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod wasm_common;
