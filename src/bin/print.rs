//! Mounts the printable documents' page (`organizer/print/index.html`); everything else lives in
//! the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    candor::ui::start_print();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Candor runs in the browser: build it with `trunk build` (see README.md).");
}
