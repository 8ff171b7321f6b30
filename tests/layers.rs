#![cfg(not(target_arch = "wasm32"))]
//! The core reads bottom-up, and this test keeps it so: every module of `src/` stands on a layer,
//! and its code (tests aside) may name only modules on lower layers, or itself. An import that
//! runs back up, or two modules that import each other, fails here with the file and the line.
//! ARCHITECTURE.md draws the same layers.

use std::path::Path;

/// Each top-level module of the crate and its layer, lowest first.
const LAYERS: &[(&str, u8)] = &[
    // Leaves: words, numbers, the deniability levels.
    ("lang", 0),
    ("stats", 0),
    ("deniability", 0),
    ("route", 0),
    ("html", 0),
    ("i18n", 1),
    ("format", 1),
    // The domain, bottom-up.
    ("instrument", 2),
    ("scoring", 3),
    ("randomized", 4),
    ("code", 5),
    ("report", 6),
    ("link", 7),
    // The pages' models: the respondent's path and the summary, then the setup page, which
    // describes the survey respondents take.
    ("respondent", 8),
    ("summary", 8),
    ("setup", 9),
    // The shell.
    ("ui", 10),
];

fn layer(module: &str) -> u8 {
    LAYERS
        .iter()
        .find(|(name, _)| *name == module)
        .map(|(_, layer)| *layer)
        .unwrap_or_else(|| panic!("module `{module}` is on no layer: add it to LAYERS"))
}

/// Every `.rs` file under `dir`.
fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level modules a line of code names through `crate::`: `crate::a::b` names `a`, and a
/// group `crate::{a, b::c}` names `a` and `b`.
fn named_modules(code: &str) -> Vec<String> {
    let word = |text: &str| -> String {
        text.trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let mut named = Vec::new();
    for after in code.split("crate::").skip(1) {
        match after.strip_prefix('{') {
            Some(group) => {
                // The group's top-level entries, up to its closing brace.
                let (mut depth, mut start) = (0usize, 0usize);
                for (at, c) in group.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => {
                            named.push(word(&group[start..at]));
                            break;
                        }
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            named.push(word(&group[start..at]));
                            start = at + 1;
                        }
                        _ => {}
                    }
                }
            }
            None => named.push(word(after)),
        }
    }
    named.retain(|name| !name.is_empty());
    named
}

#[test]
fn a_group_of_imports_names_each_module() {
    assert_eq!(
        named_modules("use crate::{report::{self, Report}, code::Tally, lang};"),
        ["report", "code", "lang"]
    );
    assert_eq!(named_modules("let x = crate::stats::Z95;"), ["stats"]);
}

#[test]
fn imports_run_only_down_the_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    let mut wrong = Vec::new();
    for path in &all {
        let relative = path.strip_prefix(&src).unwrap();
        let first = relative.components().next().unwrap().as_os_str();
        let first = first.to_str().unwrap();
        // lib.rs declares the modules and bin/ uses the crate from outside.
        if first == "lib.rs" || first == "bin" {
            continue;
        }
        let module = first.trim_end_matches(".rs");
        let own = layer(module);
        let text = std::fs::read_to_string(path).unwrap();
        // The unit tests (the `tests` module) may reach anywhere; what ships may not.
        let shipped = text
            .split("#[cfg(test)]\nmod tests")
            .next()
            .unwrap_or_default();
        for (number, line) in shipped.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for target in named_modules(code) {
                if target == module {
                    continue;
                }
                if layer(&target) >= own {
                    wrong.push(format!(
                        "{}:{}: `{module}` (layer {own}) names `{target}` (layer {})",
                        relative.display(),
                        number + 1,
                        layer(&target)
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports that do not run down:\n{}",
        wrong.join("\n")
    );
}
