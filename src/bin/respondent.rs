//! Mounts the respondent's page (`index.html`); everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    candor::ui::start_respondent();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Candor runs in the browser: build it with `trunk build` (see README.md).");
}
