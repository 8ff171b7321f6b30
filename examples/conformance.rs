//! Writes the conformance suite, `docs/conformance/`, from this implementation. Run it after a
//! deliberate change to the format or the report; `tests/conformance.rs` fails until it is run.
//!
//! `cargo run --example conformance`

// serde_json is a native dev-dependency: on the web target this example is empty.
#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/support/conformance.rs"]
mod conformance;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/conformance");
    for (name, contents) in conformance::files() {
        let path = folder.join(name);
        if let Err(error) = std::fs::write(&path, contents) {
            eprintln!("could not write {}: {error}", path.display());
            std::process::exit(1);
        }
        println!("wrote {}", path.display());
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
