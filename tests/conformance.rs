#![cfg(not(target_arch = "wasm32"))]
//! The conformance suite in docs/conformance/ is what this implementation does today: every file is
//! generated again and compared. After a deliberate change, `cargo run --example conformance`
//! writes the files anew (and the change shows in review).

#[path = "support/conformance.rs"]
mod conformance;

#[test]
fn the_conformance_suite_is_what_candor_does() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/conformance");
    for (name, expected) in conformance::files() {
        let found = std::fs::read_to_string(folder.join(name)).unwrap_or_default();
        assert!(
            found == expected,
            "docs/conformance/{name} differs from what Candor does now; \
             run `cargo run --example conformance` if the change is deliberate"
        );
    }
}

#[test]
fn the_suite_covers_every_kind_of_example_the_documents_promise() {
    let files = conformance::files();
    let codes = &files
        .iter()
        .find(|(name, _)| *name == "codes.json")
        .unwrap()
        .1;
    let codes: serde_json::Value = serde_json::from_str(codes).unwrap();
    let verdicts: std::collections::HashSet<&str> = codes["codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|code| code["verdict"].as_str().unwrap())
        .collect();
    for verdict in [
        "accepted",
        "mistyped",
        "other-survey",
        "newer-version",
        "malformed",
    ] {
        assert!(verdicts.contains(verdict), "{verdict}");
    }
    let paste = &files
        .iter()
        .find(|(name, _)| *name == "paste.json")
        .unwrap()
        .1;
    let paste: serde_json::Value = serde_json::from_str(paste).unwrap();
    for verdict in [
        "accepted",
        "duplicate",
        "mistyped",
        "other-survey",
        "newer-version",
    ] {
        assert!(paste["counts"][verdict].as_u64().unwrap() > 0, "{verdict}");
    }
    // The phone numbers and dates of the paste are not taken for codes.
    let tokens = paste["tokens"].as_array().unwrap();
    assert!(tokens
        .iter()
        .all(|t| !t["text"].as_str().unwrap().contains("7946")));
}
