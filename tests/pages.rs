//! The four pages' HTML heads say some things that must agree: the loading policy (one
//! Content-Security-Policy for every page) and the WebAssembly features wasm-opt is told rustc
//! emits. Each page has its own `index.html`, because Trunk builds one page per file; this test is
//! what keeps the four from drifting apart.

use std::path::Path;

const PAGES: [&str; 4] = [
    "index.html",
    "organizer/index.html",
    "organizer/setup/index.html",
    "organizer/print/index.html",
];

fn head(page: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(page);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The value of the first `attribute="…"` after `marker` in `html`.
fn attribute(html: &str, marker: &str, attribute: &str) -> String {
    let at = html
        .find(marker)
        .unwrap_or_else(|| panic!("no {marker} in the page"));
    let rest = &html[at..];
    let start = rest
        .find(&format!("{attribute}=\""))
        .unwrap_or_else(|| panic!("no {attribute} after {marker}"))
        + attribute.len()
        + 2;
    let end = rest[start..].find('"').expect("a closing quote") + start;
    rest[start..end].to_string()
}

#[test]
fn every_page_has_the_same_content_security_policy() {
    let policies: Vec<String> = PAGES
        .iter()
        .map(|page| attribute(&head(page), "Content-Security-Policy", "content"))
        .collect();
    assert!(
        policies[0].starts_with("default-src 'none';"),
        "{}",
        policies[0]
    );
    for (page, policy) in PAGES.iter().zip(&policies) {
        assert_eq!(policy, &policies[0], "{page} has another policy");
    }
}

#[test]
fn wasm_opt_is_told_the_same_features_on_every_page() {
    let features = |page: &str| -> Vec<String> {
        let mut flags: Vec<String> = attribute(&head(page), "rel=\"rust\"", "data-wasm-opt-params")
            .split_whitespace()
            .filter(|flag| {
                flag.starts_with("--enable-")
                    || flag.starts_with("--disable-")
                    || *flag == "--converge"
            })
            .map(str::to_string)
            .collect();
        flags.sort();
        flags
    };
    let first = features(PAGES[0]);
    assert!(
        first.contains(&"--enable-bulk-memory".to_string()),
        "{first:?}"
    );
    for page in PAGES {
        assert_eq!(
            features(page),
            first,
            "{page} tells wasm-opt other features"
        );
    }
}
