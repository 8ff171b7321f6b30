//! Candor: a burnout survey whose scoring runs in the respondent's browser.
//!
//! The core — every module but `ui` — is plain Rust with no browser dependency, tested natively,
//! and reads bottom-up in the layers ARCHITECTURE.md lists (`tests/layers.rs` keeps them). The
//! shell (`ui`) is Yew and exists only on `wasm32`.

#![warn(missing_docs)]

pub mod code;
pub mod deniability;
pub mod format;
pub mod html;
pub mod i18n;
pub mod instrument;
pub mod lang;
pub mod link;
pub mod randomized;
pub mod report;
pub mod respondent;
pub mod route;
pub mod scoring;
pub mod setup;
pub mod stats;
pub mod summary;

#[cfg(target_arch = "wasm32")]
pub mod ui;

// Talc in place of Rust's default dlmalloc: smaller in the wasm and faster. Pages run on one thread.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
