#![cfg(not(target_arch = "wasm32"))]
//! Finding codes in pasted text, held to the rules of "Finding codes in pasted text" in
//! docs/code-format.md: spaced codes on one line, regular groups, what happens after step 6b, and
//! where a single change to a spaced code is still reported.

use candor::code::{extract, Codec, DecodeError, Verdict};
use candor::instrument::{Shape, DEFAULT};

#[allow(dead_code)]
#[path = "support/people.rs"]
mod people;
use people::People;

const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The documented example survey (golden vectors 1, 3, 4): six units, the role asked.
fn golden() -> Codec {
    Codec::new(
        &DEFAULT,
        &Shape {
            id: "k7p2-golden".into(),
            units: 6,
            asks_role: true,
            deniability: None,
            statements: Vec::new(),
        },
    )
    .unwrap()
}

/// The survey of docs/conformance/paste.txt, whose codes all begin `4EGG`.
fn ward() -> Codec {
    Codec::new(
        &DEFAULT,
        &Shape {
            id: "K7M2Q9XT4B".into(),
            units: 3,
            asks_role: true,
            deniability: None,
            statements: Vec::new(),
        },
    )
    .unwrap()
}

/// What extraction finds in `text`: each token's text, verdict and error.
fn found(codec: &Codec, text: &str) -> Vec<(String, Verdict, Option<DecodeError>)> {
    extract(codec, text)
        .into_iter()
        .map(|t| (t.text, t.verdict, t.error))
        .collect()
}

/// `code`'s symbols in words of the given sizes, joined by single spaces.
fn regrouped(code: &str, sizes: &[usize]) -> String {
    let symbols: Vec<char> = code.chars().filter(|c| *c != '-' && *c != ' ').collect();
    let mut words = Vec::new();
    let mut at = 0;
    for &size in sizes {
        words.push(symbols[at..at + size].iter().collect::<String>());
        at += size;
    }
    assert_eq!(at, symbols.len());
    words.join(" ")
}

/// `code` (no separators) with symbol `place` (from 1) replaced by the next one of the alphabet.
fn substituted(code: &str, place: usize) -> String {
    code.chars()
        .enumerate()
        .map(|(i, c)| {
            if i + 1 == place {
                let value = ALPHABET.find(c).unwrap();
                ALPHABET.as_bytes()[(value + 1) % 32] as char
            } else {
                c
            }
        })
        .collect()
}

/// Two spaced codes one space apart are intact together: one token of 46 symbols whenever a
/// step-5 choice is just their words; a word between them or a word with a digit after them
/// parts them, and step 6a finds each.
#[test]
fn two_spaced_codes_one_space_apart_are_one_token_unless_a_word_parts_them() {
    let codec = golden();
    let mut rng = People(5);
    let a = codec.encode(&rng.anyone(6, true), 1).unwrap().to_string();
    let b = codec.encode(&rng.anyone(6, true), 2).unwrap().to_string();
    let (a, b) = (a.replace('-', " "), b.replace('-', " "));
    let both = format!("{a} {b}");
    let joined = vec![(
        both.clone(),
        Verdict::Mistyped,
        Some(DecodeError::WrongLength {
            expected: 23,
            found: 46,
            near: None,
        }),
    )];
    assert_eq!(found(&codec, &both), joined);
    assert_eq!(
        found(&codec, &format!("my codes are {both} thanks")),
        joined
    );
    let apart = vec![
        (a.clone(), Verdict::Accepted, None),
        (b.clone(), Verdict::Accepted, None),
    ];
    assert_eq!(found(&codec, &format!("{both} sent 3 May")), apart);
    assert_eq!(found(&codec, &format!("{a} and {b}")), apart);
    assert_eq!(found(&codec, &format!("{a}\n{b}")), apart);
}

/// Each kind of group the document names as regular or not, on a code with symbol 10 wrong.
#[test]
fn regular_groups_are_exactly_as_documented() {
    let codec = golden();
    let code = codec.encode(&People(9).anyone(6, true), 4).unwrap();
    let typo = substituted(code.as_str(), 10);
    let mistyped = Some(DecodeError::Mistyped { near: Some(10) });
    for sizes in [
        &[4, 4, 4, 4, 4, 3][..],
        &[5, 5, 5, 5, 3],
        &[6, 6, 6, 5],
        &[3, 4, 4, 4, 4, 4],
        &[4, 4, 4, 4, 5, 2],
    ] {
        let text = regrouped(&typo, sizes);
        assert_eq!(
            found(&codec, &format!("my code is {text}")),
            vec![(text.clone(), Verdict::Mistyped, mistyped.clone())],
            "{sizes:?}"
        );
    }
    for sizes in [
        &[4, 5, 3, 4, 4, 3][..],
        &[5, 5, 4, 4, 5],
        &[4, 4, 4, 4, 2, 5],
    ] {
        let text = regrouped(&typo, sizes);
        assert_eq!(
            found(&codec, &format!("my code is {text}")),
            Vec::new(),
            "{sizes:?}"
        );
    }
}

/// Step 6c runs after 6b, but finds nothing there: the long token holds every word with a digit.
/// The token runs from the first to the last word with a digit.
#[test]
fn a_long_spaced_code_taken_by_6b_is_the_only_token() {
    let codec = golden();
    let mut rng = People(5);
    let mut tally = codec.empty_tally();
    tally.add(&rng.anyone(6, true));
    tally.add(&rng.anyone(6, true));
    let combined = codec.encode_tally(&tally, 9).unwrap();
    let broken = substituted(combined.as_str(), combined.as_str().len());
    let mut sizes = vec![4; broken.len() / 4];
    sizes.extend(Some(broken.len() % 4).filter(|&rest| rest > 0));
    let spaced = regrouped(&broken, &sizes);
    // Every word with a digit, from the first to the last: trailing words without one are left out.
    let words: Vec<&str> = spaced.split(' ').collect();
    let last = words
        .iter()
        .rposition(|w| w.chars().any(|c| c.is_ascii_digit()))
        .unwrap();
    let token = words[..=last].join(" ");
    for line in [
        spaced.clone(),
        format!("from the night shift {spaced} thanks"),
    ] {
        let tokens = found(&codec, &line);
        assert_eq!(tokens.len(), 1, "{line}");
        assert_eq!(tokens[0].0, token);
        assert_eq!(tokens[0].1, Verdict::Mistyped);
    }
    // Followed by a word with a digit it is no longer regular as a whole: pieces may be reported
    // as mistyped individual codes, and nothing of it is ever counted.
    let tokens = found(&codec, &format!("{spaced} sent 3 May"));
    assert!(!tokens.is_empty());
    assert!(
        tokens.iter().all(|t| t.1 == Verdict::Mistyped),
        "{tokens:?}"
    );
}

/// Golden vector 1 in spaced groups among prose: every single symbol wrong, dropped or doubled is
/// one token reported as mistyped, as the document says. With the paste's survey, whose first
/// group `4EGG` has one digit, the code is lost when that digit is mistyped as a letter or dropped.
#[test]
fn a_single_change_to_a_spaced_code_is_reported_while_its_first_group_keeps_a_digit() {
    let codec = golden();
    let code: Vec<char> = "4T86XM938NKR2E0M6ECSYFM".chars().collect();
    let spaced =
        |symbols: &[char], sizes: &[usize]| regrouped(&symbols.iter().collect::<String>(), sizes);
    let sizes = |group: usize, change: i64| {
        let mut sizes = vec![4, 4, 4, 4, 4, 3];
        sizes[group] = (sizes[group] as i64 + change) as usize;
        sizes
    };
    let mut checked = 0;
    let mut check = |typo: Vec<char>, sizes: Vec<usize>| {
        let text = spaced(&typo, &sizes);
        let tokens = found(&codec, &format!("my code is {text} thanks"));
        assert_eq!(tokens.len(), 1, "{text}");
        assert_eq!((&tokens[0].0, tokens[0].1), (&text, Verdict::Mistyped));
        checked += 1;
    };
    for place in 0..code.len() {
        let group = place / 4;
        for symbol in ALPHABET.chars().filter(|s| *s != code[place]) {
            let mut typo = code.clone();
            typo[place] = symbol;
            check(typo, sizes(group, 0));
        }
        let mut dropped = code.clone();
        dropped.remove(place);
        check(dropped, sizes(group, -1));
        let mut doubled = code.clone();
        doubled.insert(place, code[place]);
        check(doubled, sizes(group, 1));
    }
    assert_eq!(checked, 23 * 33);

    let ward = ward();
    let code = ward.encode(&People(3).plausible(3, true), 3).unwrap();
    let spaced = code.to_string().replace('-', " ");
    assert!(spaced.starts_with("4EGG "));
    assert_eq!(
        found(&ward, &format!("my code is {spaced}")),
        vec![(spaced.clone(), Verdict::Accepted, None)]
    );
    for lost in ["A", "O", "I", "L", "X", ""] {
        let text = format!("my code is {lost}{}", &spaced[1..]);
        assert_eq!(found(&ward, &text), Vec::new(), "{text}");
    }
    let kept = format!("7{}", &spaced[1..]);
    assert_eq!(
        found(&ward, &format!("my code is {kept}")),
        vec![(
            kept.clone(),
            Verdict::Mistyped,
            Some(DecodeError::Mistyped { near: Some(1) })
        )]
    );
}
