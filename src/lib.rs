//! Candor: a burnout survey whose scoring runs in the respondent's browser.
//!
//! The core (`lang`, `instrument`, `scoring`, `code`, `report`, `i18n`) is plain Rust with no browser
//! dependency and is tested natively. The shell (`ui`) is Yew and exists only on `wasm32`.

#![warn(missing_docs)]

pub mod code;
pub mod deniability;
pub mod format;
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
