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

/// The file `name` of the suite, as generated.
fn generated(name: &str) -> String {
    conformance::files()
        .into_iter()
        .find(|(file, _)| *file == name)
        .unwrap_or_else(|| panic!("{name} is generated"))
        .1
}

#[test]
fn the_readme_says_which_document_each_file_exercises() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("docs/conformance/README.md")).unwrap();
    let mut listed = Vec::new();
    for row in readme.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = row.split(" | ").collect();
        assert_eq!(cells.len(), 3, "three columns: {row}");
        let file = cells[0].trim_start_matches("| `").trim_end_matches('`');
        listed.push(file.to_string());
        // The last column names at least one document, and each it names exists.
        let documents: Vec<&str> = cells[2]
            .split('`')
            .filter(|word| word.ends_with(".md"))
            .collect();
        assert!(!documents.is_empty(), "{file} names no document");
        for document in documents {
            assert!(root.join("docs").join(document).is_file(), "{document}");
        }
    }
    let mut generated: Vec<String> = conformance::files()
        .into_iter()
        .map(|(name, _)| name.to_string())
        .collect();
    listed.sort();
    generated.sort();
    assert_eq!(listed, generated, "one row per generated file");
    // Nothing else lies in the folder: every example there is one Candor makes.
    let mut present: Vec<String> = std::fs::read_dir(root.join("docs/conformance"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "README.md")
        .collect();
    present.sort();
    assert_eq!(present, generated);
}

#[test]
fn the_follow_up_examples_show_what_the_readme_says() {
    use candor::code::{collect, Codec};
    use candor::deniability::Deniability;
    use candor::instrument::{Shape, DEFAULT};
    let ward = |deniability| Shape {
        id: "K7M2Q9XT4B".into(),
        units: 3,
        asks_role: true,
        deniability,
        statements: Vec::new(),
    };
    // Every token of a follow-up text is accepted.
    for (name, deniability, respondents, accepted) in [
        ("followup.txt", None, 38, 31),
        ("followup-few.txt", None, 4, 4),
        (
            "paste-deniable-followup.txt",
            Some(Deniability::Standard),
            70,
            70,
        ),
    ] {
        let codec = Codec::new(&DEFAULT, &ward(deniability)).unwrap();
        let collection = collect(&codec, &generated(name));
        assert_eq!(collection.tally.n(), respondents, "{name}");
        let tokens = candor::code::extract(&codec, &generated(name));
        assert_eq!(tokens.len(), accepted, "{name}");
        assert!(
            tokens.iter().all(|t| t.verdict.name() == "accepted"),
            "{name}"
        );
    }
    // A file of two waves is the first wave's file, then the second wave's report and its
    // change, every row of it naming the second wave.
    for (with_change, alone) in [
        ("paste-followup.csv", "paste.csv"),
        ("paste-followup-few.csv", "paste.csv"),
        ("paste-deniable-followup.csv", "paste-deniable.csv"),
    ] {
        let (with_change, alone) = (generated(with_change), generated(alone));
        assert!(with_change.starts_with(&alone));
        assert!(alone.lines().skip(1).all(|line| line.ends_with(",Wave 1")));
        assert!(with_change[alone.len()..]
            .lines()
            .all(|line| line.ends_with(",Wave 2")));
        assert!(with_change.contains("\r\nchange,"));
    }
    let followup = generated("paste-followup.csv");
    assert!(followup.contains("\r\nchange,responses,Responses,follow_up,count,38,,,,,Wave 2\r\n"));
    assert!(followup.contains(
        "\r\nchange,culture,Culture of resilience,mean_difference,suppressed,,,,,,Wave 2\r\n"
    ));
    assert!(!followup.contains("change,all,"));
    assert!(generated("paste-followup-few.csv").ends_with(
        "count,responses,Responses,,count,4,,,,,Wave 2\r\n\
         count,min_group,Minimum group size,,count,5,,,,,Wave 2\r\n\
         change,responses,Responses,baseline,count,41,,,,,Wave 2\r\n\
         change,responses,Responses,follow_up,count,4,,,,,Wave 2\r\n\
         change,all,Change since the wave before,,suppressed,,,,,,Wave 2\r\n"
    ));
    // Three waves: the third has its change from the second and from the first, and hides the
    // unit cells its own small groups need hidden.
    let waves = generated("paste-waves.csv");
    for wave in ["2026 Q1", "2026 Q3", "2027 Q1"] {
        for section in ["count,responses,", "burnout,burnout,"] {
            let rows = waves.lines().filter(|l| l.starts_with(section));
            assert_eq!(
                rows.filter(|l| l.ends_with(wave)).count(),
                1,
                "{section} {wave}"
            );
        }
    }
    assert!(waves
        .contains("\r\nchange_from_first,responses,Responses,baseline,count,41,,,,,2027 Q1\r\n"));
    assert!(!waves.contains(",2026 Q1\r\nchange"));
    assert!(waves.contains("\r\nunit,unit-2,Intensive care,,suppressed,,,,,,2027 Q1\r\n"));
    let deniable = generated("paste-deniable-followup.csv");
    for measure in [
        ",share_estimate,",
        ",difference_estimate,",
        ",mean_difference_estimate,",
    ] {
        assert!(
            deniable
                .lines()
                .any(|line| line.starts_with("change,") && line.contains(measure)),
            "{measure}"
        );
    }
}
