#![cfg(not(target_arch = "wasm32"))]
//! The code's promised properties: round trips, golden vectors, error detection, tolerant reading,
//! extraction from pasted text, merging laws, and no panic on any input.

use candor::code::{
    collect, extract, merge, Codec, Content, DecodeError, Decoded, EncodeError, Tally, Verdict,
};
use candor::deniability::Deniability;
use candor::instrument::{Shape, DEFAULT};
use candor::lang::Explain;
use candor::lang::Lang;
use candor::scoring::{Bin, Scores};
use proptest::prelude::*;

fn survey() -> Shape {
    Shape {
        id: "k7p2-golden".into(),
        units: 6,
        asks_role: true,
        deniability: None,
        statements: Vec::new(),
    }
}

fn codec() -> Codec {
    Codec::new(&DEFAULT, &survey()).unwrap()
}

fn bin() -> impl Strategy<Value = Option<Bin>> {
    prop_oneof![
        Just(None),
        Just(Some(Bin::Unfavourable)),
        Just(Some(Bin::Neutral)),
        Just(Some(Bin::Favourable))
    ]
}

fn priorities() -> impl Strategy<Value = u16> {
    proptest::collection::btree_set(0u8..10, 0..=3)
        .prop_map(|set| set.into_iter().fold(0u16, |mask, p| mask | 1 << p))
}

fn scores(units: u8, roles: u8) -> impl Strategy<Value = Scores> {
    (
        1u8..=5,
        proptest::collection::vec(bin(), 4),
        proptest::collection::vec(proptest::option::of(1u8..=5), 5),
        priorities(),
        proptest::option::of(0..units.max(1)),
        proptest::option::of(0..roles.max(1)),
    )
        .prop_map(
            move |(burnout, outcomes, levers, priorities, unit, role)| Scores {
                burnout,
                outcomes,
                levers,
                priorities,
                unit: unit.filter(|_| units > 0),
                role: role.filter(|_| roles > 0),
                statements: Vec::new(),
            },
        )
}

#[allow(dead_code)]
#[path = "support/people.rs"]
mod people;
use people::People;

#[path = "support/typos.rs"]
mod typos;

/// Six units and the role, as the codec in these tests is set up.
fn someone(rng: &mut People) -> Scores {
    rng.anyone(6, true)
}

fn individual(decoded: Decoded) -> Scores {
    match decoded.content {
        Content::Individual(scores) => scores,
        Content::Combined(_) => panic!("expected an individual code"),
    }
}

fn tally_of(codec: &Codec, all: &[Scores]) -> Tally {
    let mut tally = codec.empty_tally();
    for scores in all {
        assert!(tally.add(scores));
    }
    tally
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 300,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn individual_codes_round_trip(scores in scores(6, 5), nonce in any::<u64>()) {
        let codec = codec();
        let code = codec.encode(&scores, nonce).unwrap();
        prop_assert_eq!(code.as_str().len(), 23);
        let decoded = codec.decode(&code.to_string()).unwrap();
        prop_assert_eq!(decoded.nonce, nonce & ((1 << 35) - 1));
        prop_assert_eq!(individual(decoded), scores);
    }

    #[test]
    fn codes_round_trip_without_unit_or_role(scores in scores(0, 0), nonce in any::<u64>()) {
        let codec = Codec::new(&DEFAULT, &Shape::new("plain")).unwrap();
        let code = codec.encode(&scores, nonce).unwrap();
        prop_assert_eq!(code.as_str().len(), 23);
        prop_assert_eq!(individual(codec.decode(code.as_str()).unwrap()), scores);
    }

    #[test]
    fn tolerant_reading_accepts_what_people_type(scores in scores(6, 5), nonce in any::<u64>()) {
        let codec = codec();
        let code = codec.encode(&scores, nonce).unwrap();
        let messy: String = code
            .as_str()
            .chars()
            .enumerate()
            .flat_map(|(i, c)| {
                let c = match c {
                    '0' => 'O',
                    '1' if i % 2 == 0 => 'I',
                    '1' => 'l',
                    c if i % 3 == 0 => c.to_ascii_lowercase(),
                    c => c,
                };
                let sep = match i % 5 { 1 => Some(' '), 3 => Some('-'), _ => None };
                std::iter::once(c).chain(sep)
            })
            .collect();
        prop_assert_eq!(individual(codec.decode(&format!("  {messy} ")).unwrap()), scores);
    }

    #[test]
    fn combined_codes_round_trip(all in proptest::collection::vec(scores(6, 5), 1..40), nonce in any::<u64>()) {
        let codec = codec();
        let tally = tally_of(&codec, &all);
        let code = codec.encode_tally(&tally, nonce).unwrap();
        match codec.decode(code.as_str()).unwrap().content {
            Content::Combined(decoded) => prop_assert_eq!(decoded, tally),
            Content::Individual(_) => prop_assert!(false, "kind lost"),
        }
    }

    #[test]
    fn merge_is_commutative_and_associative(
        a in proptest::collection::vec(scores(6, 5), 0..12),
        b in proptest::collection::vec(scores(6, 5), 0..12),
        c in proptest::collection::vec(scores(6, 5), 0..12),
    ) {
        let codec = codec();
        let (a, b, c) = (tally_of(&codec, &a), tally_of(&codec, &b), tally_of(&codec, &c));
        prop_assert_eq!(merge(&a, &b).unwrap(), merge(&b, &a).unwrap());
        prop_assert_eq!(
            merge(&merge(&a, &b).unwrap(), &c).unwrap(),
            merge(&a, &merge(&b, &c).unwrap()).unwrap()
        );
        prop_assert!(merge(&a, &b).unwrap().is_consistent());
    }

    #[test]
    fn a_combined_code_of_combined_codes_equals_the_individual_codes(
        groups in proptest::collection::vec(proptest::collection::vec(scores(6, 5), 1..8), 1..5),
    ) {
        let codec = codec();
        let mut from_individuals = String::new();
        let mut from_combined = String::new();
        let mut nonce = 1u64;
        for group in &groups {
            for scores in group {
                nonce += 1;
                from_individuals.push_str(&format!("{}\n", codec.encode(scores, nonce).unwrap()));
            }
            nonce += 1;
            let combined = codec.encode_tally(&tally_of(&codec, group), nonce).unwrap();
            from_combined.push_str(&format!("{combined}\n"));
        }
        // Combine the combined codes once more, as a second-level collector would.
        let once = collect(&codec, &from_combined);
        prop_assert_eq!(once.counts.problems(), 0);
        let twice = codec.encode_tally(&once.tally, 7).unwrap();
        let twice = collect(&codec, twice.as_str());
        let direct = collect(&codec, &from_individuals);
        prop_assert_eq!(direct.counts.problems(), 0);
        prop_assert_eq!(&twice.tally, &direct.tally);
        prop_assert_eq!(once.tally, direct.tally);
    }

    #[test]
    fn decoding_any_text_never_panics(text in "\\PC{0,80}") {
        let codec = codec();
        let _ = codec.decode(&text);
        let _ = extract(&codec, &text);
    }
}

#[test]
fn the_individual_code_is_23_symbols_and_combined_codes_stay_short() {
    let codec = codec();
    let mut rng = People(42);
    let scores = someone(&mut rng);
    let code = codec.encode(&scores, rng.next()).unwrap();
    println!(
        "individual code: {} symbols, e.g. {code}",
        code.as_str().len()
    );
    assert_eq!(code.as_str().len(), 23);
    let mut lengths = Vec::new();
    for n in [10, 100, 1_000, 10_000] {
        let all: Vec<Scores> = (0..n).map(|_| someone(&mut rng)).collect();
        let nonce = rng.next();
        let combined = codec.encode_tally(&tally_of(&codec, &all), nonce).unwrap();
        println!(
            "combined code, n = {n:>6}: {} symbols (6 units, role asked)",
            combined.as_str().len()
        );
        lengths.push(combined.as_str().len());
    }
    // Gamma-coded counters grow with the logarithm of n: each tenfold n adds a bounded number of
    // symbols (at most two bits per counter), never a multiple.
    assert!(lengths.windows(2).all(|w| w[1] - w[0] < 400), "{lengths:?}");
}

/// Frozen examples. If one of these fails, a change has broken codes already handed out: every
/// later version must keep reading them (docs/code-format.md lists them too).
#[test]
fn golden_vectors_still_decode() {
    let codec = codec();
    let golden_scores = people::golden();
    let code = codec.encode(&golden_scores, 0x5_1234_5678).unwrap();
    assert_eq!(code.to_string(), GOLDEN_INDIVIDUAL);
    let decoded = codec.decode(GOLDEN_INDIVIDUAL).unwrap();
    assert_eq!(decoded.nonce, 0x5_1234_5678);
    assert_eq!(individual(decoded), golden_scores);

    let plain = Codec::new(&DEFAULT, &Shape::new("k7p2-golden")).unwrap();
    let minimal = Scores {
        burnout: 1,
        outcomes: vec![None; 4],
        levers: vec![None; 5],
        priorities: 0,
        unit: None,
        role: None,
        statements: Vec::new(),
    };
    assert_eq!(
        plain.encode(&minimal, 1).unwrap().to_string(),
        GOLDEN_MINIMAL
    );
    assert_eq!(individual(plain.decode(GOLDEN_MINIMAL).unwrap()), minimal);

    let mut tally = codec.empty_tally();
    tally.add(&golden_scores);
    tally.add(&minimal_with_unit());
    let combined = codec.encode_tally(&tally, 0x3FF).unwrap();
    assert_eq!(combined.to_string(), GOLDEN_COMBINED);
    for golden in [GOLDEN_COMBINED, GOLDEN_COMBINED_V1] {
        let decoded = codec.decode(golden).unwrap();
        assert_eq!(decoded.nonce, 0x3FF);
        match decoded.content {
            Content::Combined(decoded) => {
                assert_eq!(decoded, tally);
                assert_eq!(decoded.n(), 2);
                assert_eq!(decoded.burned_out(), 1);
            }
            Content::Individual(_) => panic!("kind lost"),
        }
    }

    // Golden vector 5: a deniable individual code (level 3) of reported values.
    let deniable = Codec::new(
        &DEFAULT,
        &Shape {
            deniability: Some(Deniability::Standard),
            ..survey()
        },
    )
    .unwrap();
    let reported = people::golden_reported();
    let code = deniable.encode(&reported, 0x5_1234_5678).unwrap();
    assert_eq!(code.to_string(), "5T86-XM93-8NKR-S6S7-X00X-6G3");
    let decoded = deniable.decode("5T86-XM93-8NKR-S6S7-X00X-6G3").unwrap();
    assert_eq!(decoded.nonce, 0x5_1234_5678);
    assert_eq!(individual(decoded), reported);

    // Golden vector 6: the worked example made with slip 1 of the key 00 01 … 0F (version 3).
    let slip = candor::code::SlipKey::from_bytes(std::array::from_fn(|i| i as u8)).slip(1);
    assert_eq!(slip.bits(), 0x86_B640);
    let code = codec.encode_with_slip(&golden_scores, slip).unwrap();
    assert_eq!(code.to_string(), "CT86-X008-DDJ0-2E0M-6ECR-VFC");
    let decoded = codec.decode("CT86-X008-DDJ0-2E0M-6ECR-VFC").unwrap();
    assert_eq!((decoded.nonce, decoded.slip), (0x86_B640, Some(slip)));
    assert_eq!(individual(decoded), golden_scores);
}

fn minimal_with_unit() -> Scores {
    Scores {
        burnout: 1,
        outcomes: vec![Some(Bin::Favourable); 4],
        levers: vec![Some(5); 5],
        priorities: 0,
        unit: None,
        role: Some(4),
        statements: Vec::new(),
    }
}

const GOLDEN_INDIVIDUAL: &str = "4T86-XM93-8NKR-2E0M-6ECS-YFM";
const GOLDEN_MINIMAL: &str = "4PPG-3000-0001-0000-0001-DKY";
/// Version 1, no longer written but read forever.
const GOLDEN_COMBINED_V1: &str =
    "6T86-X000-00ZZ-DAZE-ND4P-QZMQ-NZBZ-NNZZ-9AZX-ABZ9-A94J-94PJ-9AMJ-ZT95-AJBT-MJ94-J91G-MT";
/// The same respondents and nonce in version 2: the length field `7` (71 symbols) after the nonce.
const GOLDEN_COMBINED: &str =
    "AT86-X000-00ZZ-7DAZ-END4-PQZM-QNZB-ZNNZ-Z9AZ-XABZ-9A94-J94P-J9AM-JZT9-5AJB-TMJ9-4J91-ZQP";

#[test]
fn every_single_substitution_and_adjacent_swap_is_caught() {
    let codec = codec();
    let mut rng = People(7);
    let (mut substitutions, mut swaps, mut located) = (0u64, 0u64, 0u64);
    let mut codes = Vec::new();
    for _ in 0..400 {
        let scores = someone(&mut rng);
        codes.push(
            codec
                .encode(&scores, rng.next())
                .unwrap()
                .as_str()
                .to_owned(),
        );
    }
    let mut tally = codec.empty_tally();
    for _ in 0..20 {
        tally.add(&someone(&mut rng));
    }
    codes.push(codec.encode_tally(&tally, 99).unwrap().as_str().to_owned());
    for code in &codes {
        for (position, typo) in typos::substitutions(code) {
            match codec.decode(&typo) {
                Err(DecodeError::Mistyped { near }) => {
                    substitutions += 1;
                    if near == Some(position + 1) {
                        located += 1;
                    }
                    assert!(near.is_none() || near == Some(position + 1));
                }
                // A typo in a combined code's header can make it claim to be an individual
                // code, which is then reported by its length; still a typo, never accepted.
                Err(error @ DecodeError::WrongLength { .. }) if position == 0 => {
                    assert_eq!(error.verdict(), Verdict::Mistyped);
                    substitutions += 1;
                }
                other => panic!("{code} → {typo} gave {other:?}"),
            }
        }
        for swapped in typos::swaps(code) {
            assert!(
                matches!(codec.decode(&swapped), Err(DecodeError::Mistyped { .. })),
                "{code} → {swapped}"
            );
            swaps += 1;
        }
    }
    println!(
        "caught {substitutions} of {substitutions} single substitutions and {swaps} of {swaps} \
         adjacent swaps in {} codes; the typo's position was named for {located}",
        codes.len()
    );
    assert!(substitutions > 280_000 && swaps > 8_000);
    // A position is only named when exactly one correction fits; that should be the common case.
    assert!(
        located * 10 > substitutions * 9,
        "{located} of {substitutions}"
    );
}

#[test]
fn rejections_say_why() {
    let codec = codec();
    let mut rng = People(3);
    let scores = someone(&mut rng);
    let code = codec.encode(&scores, 5).unwrap();
    let text = code.as_str();

    let other = Codec::new(&DEFAULT, &Shape::new("another")).unwrap();
    assert_eq!(other.decode(text), Err(DecodeError::OtherSurvey));
    let reshaped = Codec::new(
        &DEFAULT,
        &Shape {
            units: 7,
            ..survey()
        },
    )
    .unwrap();
    assert_eq!(reshaped.decode(text), Err(DecodeError::OtherSurvey));

    assert_eq!(
        codec.decode(&text[..22]),
        Err(DecodeError::WrongLength {
            expected: 23,
            found: 22,
            near: Some(23)
        })
    );
    assert_eq!(codec.decode("4ABC"), Err(DecodeError::TooShort));
    assert!(matches!(
        codec.decode(&format!("{text}!")),
        Err(DecodeError::InvalidCharacter {
            character: '!',
            position: 24
        })
    ));
    assert!(matches!(
        codec.decode("4UUU"),
        Err(DecodeError::InvalidCharacter { character: 'U', .. })
    ));
    assert_eq!(codec.decode(&"7".repeat(30_000)), Err(DecodeError::TooLong));
}

/// A code with the header (version, randomized-response flag) of our choosing and a valid
/// checksum, made by reusing the crate's own writer through an encoded code and fixing the CRC.
fn with_header(codec: &Codec, header: u8) -> String {
    let code = codec.encode(&someone(&mut People(11)), 3).unwrap();
    let mut symbols: Vec<u8> = code
        .as_str()
        .chars()
        .map(|c| "0123456789ABCDEFGHJKMNPQRSTVWXYZ".find(c).unwrap() as u8)
        .collect();
    symbols[0] = header;
    // Recompute the CRC over the first 99 bits (23 symbols · 5 − 16) by polynomial division.
    let data_bits = symbols.len() * 5 - 16;
    let bit = |i: usize| (symbols[i / 5] >> (4 - i % 5)) & 1;
    let mut remainder = 0u32;
    for i in 0..data_bits + 16 {
        let b = if i < data_bits { bit(i) } else { 0 };
        remainder = (remainder << 1) | u32::from(b);
        if remainder & 0x1_0000 != 0 {
            remainder ^= 0x1_755B;
        }
    }
    let mut bits: Vec<u8> = (0..data_bits).map(bit).collect();
    bits.extend((0..16).rev().map(|s| ((remainder >> s) & 1) as u8));
    bits.chunks(5)
        .map(|chunk| {
            let value = chunk.iter().fold(0u8, |acc, b| acc << 1 | b);
            "0123456789ABCDEFGHJKMNPQRSTVWXYZ".as_bytes()[value as usize] as char
        })
        .collect()
}

#[test]
fn newer_versions_and_privacy_modes_are_named_not_called_typos() {
    let codec = codec();
    // Sanity: re-checksumming with our own header reproduces a valid code.
    let v1 = codec.decode(&with_header(&codec, 0b00100)).unwrap();
    // Version 2 changed only combined codes: an individual code saying 2 reads as version 1.
    assert_eq!(codec.decode(&with_header(&codec, 0b01000)), Ok(v1.clone()));
    // Version 3 is an individual code whose nonce field is a slip; a version-3 combined code is
    // reserved and read as from a newer Candor.
    let v3 = codec.decode(&with_header(&codec, 0b01100)).unwrap();
    assert_eq!(v3.slip, Some(candor::code::Slip::from_bits(v1.nonce)));
    assert_eq!((v3.nonce, &v3.content), (v1.nonce, &v1.content));
    assert_eq!(
        codec.decode(&with_header(&codec, 0b10000)),
        Err(DecodeError::NewerVersion { version: 4 })
    );
    assert_eq!(
        codec.decode(&with_header(&codec, 0b11100)),
        Err(DecodeError::NewerVersion { version: 7 })
    );
    // The randomized-response flag on an ordinary code: the payload's first two bits are read as
    // the level — here 00, a level no Candor issues — never as a typo.
    assert_eq!(
        codec.decode(&with_header(&codec, 0b00101)),
        Err(DecodeError::UnknownLevel)
    );
    assert_eq!(
        codec.decode(&with_header(&codec, 0b00000)),
        Err(DecodeError::UnknownVersion)
    );
}

#[test]
fn every_decode_error_has_a_distinct_message_in_each_language() {
    let errors = [
        DecodeError::InvalidCharacter {
            character: '!',
            position: 3,
        },
        DecodeError::TooShort,
        DecodeError::TooLong,
        DecodeError::WrongLength {
            expected: 23,
            found: 22,
            near: None,
        },
        DecodeError::WrongLength {
            expected: 23,
            found: 24,
            near: Some(7),
        },
        DecodeError::Mistyped { near: Some(4) },
        DecodeError::Mistyped { near: None },
        DecodeError::UnknownVersion,
        DecodeError::NewerVersion { version: 3 },
        DecodeError::UnknownLevel,
        DecodeError::OtherMode {
            made: None,
            expected: Some(Deniability::Standard),
        },
        DecodeError::OtherMode {
            made: Some(Deniability::Standard),
            expected: None,
        },
        DecodeError::OtherMode {
            made: Some(Deniability::Strong),
            expected: Some(Deniability::Standard),
        },
        DecodeError::OtherSurvey,
        DecodeError::Malformed,
        DecodeError::Inconsistent,
    ];
    let mut seen = std::collections::HashSet::new();
    for error in &errors {
        for lang in Lang::ALL {
            let message = error.message(lang);
            assert!(message.len() > 20, "{message}");
            assert!(seen.insert(message), "{error:?} {lang:?}");
        }
    }
}

#[test]
fn extraction_finds_codes_in_csv_and_mail_and_says_what_happened() {
    let codec = codec();
    let mut rng = People(5);
    let a = codec.encode(&someone(&mut rng), 1).unwrap();
    let b = codec.encode(&someone(&mut rng), 2).unwrap();
    let c = codec.encode(&someone(&mut rng), 3).unwrap();
    let d = codec.encode(&someone(&mut rng), 4).unwrap();
    let elsewhere = Shape {
        id: "elsewhere".into(),
        ..survey()
    };
    let foreign = Codec::new(&DEFAULT, &elsewhere)
        .unwrap()
        .encode(&someone(&mut rng), 5)
        .unwrap();
    let e = codec.encode(&someone(&mut rng), 6).unwrap();
    let spaced_lower = e.to_string().replace('-', " ").to_lowercase();
    let mut typo: Vec<char> = c.as_str().chars().collect();
    typo[9] = if typo[9] == 'X' { 'Y' } else { 'X' };
    let typo: String = typo.into_iter().collect();
    let text = format!(
        "Timestamp,Code\n\
         \"2026/11/20 10:31:22 AM GMT-5\",\"{a}\"\n\
         \"2026/11/20 10:32:05 AM GMT-5\",{b}\n\
         Hi Ana, here is my code: {spaced_lower} thanks!\n\
         {b}\n\
         {typo};{foreign}\n\
         call me at +1 555-123-4567 before 12:30\n\
         my code is {d} see you\n\
         {a}\n"
    );
    let tokens = extract(&codec, &text);
    let summary: Vec<String> = tokens
        .iter()
        .map(|t| format!("{} {}", t.verdict.name(), t.text))
        .collect();
    assert_eq!(
        summary,
        vec![
            format!("accepted {a}"),
            format!("accepted {b}"),
            format!("accepted {spaced_lower}"),
            format!("duplicate {b}"),
            format!("mistyped {typo}"),
            format!("other-survey {foreign}"),
            format!("accepted {d}"),
            format!("duplicate {a}"),
        ]
    );
    assert!(matches!(
        tokens[4].error,
        Some(DecodeError::Mistyped { near: Some(10) })
    ));
    assert_eq!(&text[tokens[0].span.clone()], a.to_string());

    let collection = collect(&codec, &text);
    assert_eq!(collection.counts.get(Verdict::Accepted), 4);
    assert_eq!(collection.tally.n(), 4);
    assert_eq!(collection.counts.problems(), 4);
    assert_eq!(collection.shared_nonces, 0);
}

#[test]
fn a_reused_nonce_with_other_contents_is_flagged() {
    let codec = codec();
    let mut rng = People(9);
    let first = codec.encode(&someone(&mut rng), 77).unwrap();
    let mut other = someone(&mut rng);
    other.burnout = if other.burnout == 5 { 1 } else { 5 };
    let second = codec.encode(&other, 77).unwrap();
    let collection = collect(&codec, &format!("{first}\n{second}\n{first}"));
    assert_eq!(collection.counts.get(Verdict::Accepted), 2);
    assert_eq!(collection.shared_nonces, 1);
    assert_eq!(collection.counts.problems(), 1);

    // A later copy of a code that shared its nonce is still its duplicate, and a combined code
    // shares a nonce with individual codes as they do with each other.
    let mut tally = codec.empty_tally();
    tally.add(&someone(&mut rng));
    let combined = codec.encode_tally(&tally, 77).unwrap();
    let third = codec.encode(&someone(&mut rng), 77).unwrap();
    let text = format!("{first}\n{second}\n{second}\n{combined}\n{combined}\n{third}\n{third}");
    let collection = collect(&codec, &text);
    assert_eq!(collection.counts.get(Verdict::Accepted), 4);
    assert_eq!(collection.counts.get(Verdict::Duplicate), 3);
    assert_eq!(collection.shared_nonces, 3);
    assert_eq!(collection.tally.n(), 4);
}

#[test]
fn an_empty_tally_makes_no_combined_code() {
    let codec = codec();
    assert_eq!(
        codec.encode_tally(&codec.empty_tally(), 1),
        Err(EncodeError::TallyDoesNotFit)
    );
}

#[test]
fn one_hundred_thousand_random_and_mutated_inputs_never_panic() {
    let codec = codec();
    let mut rng = People(2026);
    let mut base = Vec::new();
    for _ in 0..50 {
        let scores = someone(&mut rng);
        base.push(codec.encode(&scores, rng.next()).unwrap().to_string());
    }
    for _ in 0..5 {
        let mut tally = codec.empty_tally();
        for _ in 0..1 + rng.below(30) {
            tally.add(&someone(&mut rng));
        }
        base.push(codec.encode_tally(&tally, rng.next()).unwrap().to_string());
    }
    let noise: Vec<char> = "0123456789ABCDEFGHJKMNPQRSTVWXYZabcxyzOoIiLlUu -–_,;:\n\t\"'é€😀\u{0}"
        .chars()
        .collect();
    let mut outcomes = std::collections::HashMap::new();
    for round in 0..100_000u64 {
        let input: String = if round % 4 == 0 {
            (0..rng.below(60))
                .map(|_| noise[rng.below(noise.len() as u64) as usize])
                .collect()
        } else {
            let mut chars: Vec<char> = base[rng.below(base.len() as u64) as usize]
                .chars()
                .collect();
            for _ in 0..1 + rng.below(4) {
                let at = rng.below(chars.len() as u64 + 1) as usize;
                match rng.below(4) {
                    0 if at < chars.len() => {
                        chars.remove(at);
                    }
                    1 => chars.insert(at, noise[rng.below(noise.len() as u64) as usize]),
                    2 if at < chars.len() => {
                        chars[at] = noise[rng.below(noise.len() as u64) as usize]
                    }
                    _ if at + 1 < chars.len() => chars.swap(at, at + 1),
                    _ => {}
                }
            }
            chars.into_iter().collect()
        };
        let key = match codec.decode(&input) {
            Ok(_) => "ok".to_owned(),
            Err(e) => format!("{:?}", e.verdict()),
        };
        *outcomes.entry(key).or_insert(0u32) += 1;
        if round % 64 == 0 {
            let _ = extract(&codec, &input);
        }
    }
    println!("outcomes of 100,000 random and mutated inputs: {outcomes:?}");
    assert!(outcomes.contains_key("Mistyped") && outcomes.contains_key("Malformed"));
}

#[test]
fn megabytes_of_odd_text_are_read_in_one_pass() {
    let codec = codec();
    let mut rng = People(17);
    let mut text = String::new();
    // Spaced short words with digits: one long run that must not be tried word by word, and is
    // ignored, since no code has that shape.
    for i in 0..300_000 {
        text.push_str(if i % 2 == 0 { "a1 " } else { "7b " });
    }
    text.push('\n');
    // One dash-joined word far longer than any code.
    text.push_str(&"4-".repeat(400_000));
    text.push('\n');
    // Mistyped codes, each needing the typo search.
    let mut mistyped = 0;
    for i in 0..20_000u64 {
        let scores = someone(&mut rng);
        let mut code: Vec<char> = codec.encode(&scores, i).unwrap().as_str().chars().collect();
        let at = (i % 23) as usize;
        code[at] = if code[at] == 'Z' { 'Y' } else { 'Z' };
        text.extend(code);
        text.push('\n');
        mistyped += 1;
    }
    assert!(text.len() > 2_000_000);
    let tokens = extract(&codec, &text);
    let too_long = tokens
        .iter()
        .filter(|t| t.error == Some(DecodeError::TooLong))
        .count();
    let typos = tokens
        .iter()
        .filter(|t| matches!(t.error, Some(DecodeError::Mistyped { .. })))
        .count();
    assert_eq!((too_long, typos, tokens.len()), (1, mistyped, mistyped + 1));
}

#[test]
fn the_documented_survey_tags_hold() {
    // docs/code-format.md prints these, so that a second reader can check its tag function.
    assert_eq!(DEFAULT.id, "candor-default-1");
    assert_eq!(Codec::new(&DEFAULT, &survey()).unwrap().tag(), 0xD_20DD);
    assert_eq!(
        Codec::new(&DEFAULT, &Shape::new("k7p2-golden"))
            .unwrap()
            .tag(),
        0xB_5A03
    );
}

fn symbols_of(code: &str) -> Vec<char> {
    code.chars().filter(|c| *c != '-').collect()
}

/// Every single added character (any symbol, anywhere) and every dropped one, in individual codes
/// and in combined codes of both versions: none is accepted, each is reported as mistyped, and
/// where a position is named, undoing the change there gives back the original.
#[test]
fn every_single_insertion_and_deletion_is_reported_as_mistyped() {
    let codec = codec();
    let mut rng = People(17);
    let alphabet: Vec<char> = typos::ALPHABET.chars().collect();
    let mut individual = Vec::new();
    for _ in 0..60 {
        let code = codec.encode(&someone(&mut rng), rng.next()).unwrap();
        individual.push(code.as_str().to_owned());
    }
    let mut combined = vec![GOLDEN_COMBINED_V1.replace('-', "")];
    for n in [3, 25] {
        let mut tally = codec.empty_tally();
        for _ in 0..n {
            tally.add(&someone(&mut rng));
        }
        let code = codec.encode_tally(&tally, rng.next()).unwrap();
        combined.push(code.as_str().to_owned());
    }
    for (kind, codes) in [("individual", &individual), ("combined", &combined)] {
        let (mut insertions, mut deletions, mut located) = (0u64, 0u64, 0u64);
        for code in codes {
            let original = symbols_of(code);
            let mut check = |typo: Vec<char>, undo: &dyn Fn(usize) -> Vec<char>| {
                let text: String = typo.iter().collect();
                let error = codec.decode(&text).expect_err(&text);
                assert_eq!(
                    error.verdict(),
                    Verdict::Mistyped,
                    "{code} → {text}: {error:?}"
                );
                let near = match error {
                    DecodeError::Mistyped { near } | DecodeError::WrongLength { near, .. } => near,
                    _ => None,
                };
                if let Some(near) = near {
                    assert_eq!(undo(near - 1), original, "{code} → {text}: near {near}");
                    located += 1;
                }
            };
            for position in 0..=original.len() {
                for &symbol in &alphabet {
                    let mut typo = original.clone();
                    typo.insert(position, symbol);
                    let undo = |at: usize| {
                        let mut back = typo.clone();
                        back.remove(at);
                        back
                    };
                    check(typo.clone(), &undo);
                    insertions += 1;
                }
            }
            for position in 0..original.len() {
                let mut typo = original.clone();
                typo.remove(position);
                let undo = |at: usize| {
                    let mut back = original.clone();
                    back.remove(at);
                    if back == typo {
                        original.clone()
                    } else {
                        Vec::new()
                    }
                };
                check(typo.clone(), &undo);
                deletions += 1;
            }
        }
        println!(
            "{kind}: {} codes; {insertions} of {insertions} single insertions and {deletions} of \
             {deletions} single deletions reported as mistyped; the position was named for \
             {located}",
            codes.len()
        );
        assert!(insertions > 0 && deletions > 0 && located > 0);
    }
}

/// The format-1 blind spot: a CRC that starts from zero cannot see a `0` added at the start or the
/// end, or a final `0` dropped. Each is still reported as mistyped, with where.
#[test]
fn zeros_added_or_dropped_at_the_ends_are_typos_with_a_place() {
    let codec = codec();
    let mut rng = People(23);
    let ending_in_zero = std::iter::repeat_with(|| {
        codec
            .encode(&someone(&mut rng), rng.next())
            .unwrap()
            .as_str()
            .to_owned()
    })
    .find(|code| code.ends_with('0'))
    .unwrap();
    let code = ending_in_zero.as_str();
    let wrong = |found, near| {
        Err(DecodeError::WrongLength {
            expected: 23,
            found,
            near: Some(near),
        })
    };
    assert_eq!(codec.decode(&format!("0{code}")), wrong(24, 1));
    assert_eq!(codec.decode(&format!("O-{code}")), wrong(24, 1));
    assert_eq!(codec.decode(&format!("{code}0")), wrong(24, 23));
    assert_eq!(codec.decode(&code[..22]), wrong(22, 23));
    for golden in [GOLDEN_COMBINED_V1, GOLDEN_COMBINED] {
        let length = symbols_of(golden).len();
        let mistyped = |near| Err(DecodeError::Mistyped { near: Some(near) });
        assert_eq!(codec.decode(&format!("0{golden}")), mistyped(1), "{golden}");
        assert_eq!(codec.decode(&format!("{golden}0")), mistyped(length + 1));
    }
    // In a pasted text, the line with a zero before the code is listed as the mistyped code it is.
    let tokens = extract(&codec, &format!("0{code}\n{code}0\n"));
    assert!(tokens.iter().all(|t| t.verdict == Verdict::Mistyped));
    assert_eq!(tokens.len(), 2);
}

/// Phone numbers and dates in spaced groups are not codes; a mistyped code typed in spaced groups
/// is still reported, with the place of its typo.
#[test]
fn phone_numbers_and_dates_are_ignored_but_a_spaced_mistyped_code_is_reported() {
    let codec = codec();
    for line in [
        "call +44 20 7946 0958 or meet 28 11 2026 at 10 30",
        "call 020 7946 0958 or 07700 900 123, meet 2026 11 28 10 30 00",
        "Ring 0800 1234 5678 between 09 00 and 17 30",
    ] {
        assert_eq!(extract(&codec, line), Vec::new(), "{line}");
    }
    let code = codec.encode(&someone(&mut People(31)), 77).unwrap();
    let mut spaced: Vec<char> = code.to_string().replace('-', " ").chars().collect();
    // One symbol wrong, in the third group.
    spaced[11] = if spaced[11] == 'Q' { 'R' } else { 'Q' };
    let spaced: String = spaced.into_iter().collect();
    for line in [
        format!("my code is {spaced}"),
        format!("my code is {spaced} thanks"),
        format!("{spaced}, see you at 10 30"),
    ] {
        let tokens = extract(&codec, &line);
        assert_eq!(tokens.len(), 1, "{line}");
        assert_eq!(tokens[0].text, spaced);
        assert_eq!(
            tokens[0].error,
            Some(DecodeError::Mistyped { near: Some(10) })
        );
    }
    // A spaced code with a group missing is within one symbol of neither length: not taken.
    let short: String = spaced.split(' ').skip(1).collect::<Vec<_>>().join(" ");
    assert_eq!(extract(&codec, &short), Vec::new());
}

/// docs/code-format.md: dashed codes need only a space between them; two codes typed in spaced
/// groups and joined by one space read as one intact code of the wrong length.
#[test]
fn codes_on_one_line_are_found_as_documented() {
    let codec = codec();
    let mut rng = People(41);
    let a = codec.encode(&someone(&mut rng), 1).unwrap();
    let b = codec.encode(&someone(&mut rng), 2).unwrap();
    let dashed = extract(&codec, &format!("{a} {b}"));
    assert_eq!(dashed.len(), 2);
    assert!(dashed.iter().all(|t| t.verdict == Verdict::Accepted));
    let spaced = |c: &candor::code::Code| c.to_string().replace('-', " ");
    let joined = extract(&codec, &format!("{} {}", spaced(&a), spaced(&b)));
    assert_eq!(joined.len(), 1);
    assert_eq!(
        joined[0].error,
        Some(DecodeError::WrongLength {
            expected: 23,
            found: 46,
            near: None
        })
    );
    // A rejected code pasted twice is reported twice; an accepted one is a duplicate.
    let mut typo: Vec<char> = a.as_str().chars().collect();
    typo[3] = if typo[3] == 'Q' { 'R' } else { 'Q' };
    let typo: String = typo.into_iter().collect();
    let verdicts: Vec<Verdict> = extract(&codec, &format!("{typo}\n{typo}\n{a}\n{a}\n"))
        .iter()
        .map(|t| t.verdict)
        .collect();
    assert_eq!(
        verdicts,
        [
            Verdict::Mistyped,
            Verdict::Mistyped,
            Verdict::Accepted,
            Verdict::Duplicate
        ]
    );
}

/// Spaced codes among other words on the same line: an intact one is found wherever it sits, a
/// mistyped one is reported (a symbol dropped or added in any group), and nothing is lost silently.
#[test]
fn spaced_codes_among_other_words_are_found_or_reported() {
    let codec = codec();
    let code = codec.encode(&someone(&mut People(43)), 4).unwrap();
    let spaced = code.to_string().replace('-', " ");
    let grouped = |s: &str| {
        s.chars()
            .collect::<Vec<_>>()
            .chunks(4)
            .map(|c| c.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let verdicts = |line: &str| -> Vec<(Verdict, String)> {
        extract(&codec, line)
            .into_iter()
            .map(|t| (t.verdict, t.text))
            .collect()
    };
    for line in [
        format!("my code is {spaced} sent 3 May"),
        format!("{spaced} 10 30"),
        format!("Ward 3 code {spaced}"),
    ] {
        assert_eq!(
            verdicts(&line),
            vec![(Verdict::Accepted, spaced.clone())],
            "{line}"
        );
    }
    // A symbol dropped in a middle group, or added to one: mistyped, with the place.
    let dropped = format!("{}{}", &spaced[..7], &spaced[8..]);
    let added = format!("{}Q{}", &spaced[..12], &spaced[12..]);
    for typo in [&dropped, &added] {
        let tokens = extract(&codec, &format!("my code is {typo} thanks"));
        assert_eq!(tokens.len(), 1, "{typo}");
        assert_eq!(tokens[0].text, *typo);
        assert!(matches!(
            tokens[0].error,
            Some(DecodeError::WrongLength { near: Some(_), .. })
        ));
    }
    // A valid and a mistyped code on one line, one space apart: both accounted for.
    let other = codec.encode(&someone(&mut People(44)), 5).unwrap();
    let mut wrong: Vec<char> = other.as_str().chars().collect();
    wrong[6] = if wrong[6] == 'Q' { 'R' } else { 'Q' };
    let wrong: String = wrong.into_iter().collect();
    let line = format!("{spaced} {}", grouped(&wrong));
    assert_eq!(
        verdicts(&line),
        vec![
            (Verdict::Accepted, spaced.clone()),
            (Verdict::Mistyped, grouped(&wrong))
        ]
    );
    // A combined code in spaced groups with one symbol wrong is one mistyped code, not lost.
    let mut tally = codec.empty_tally();
    tally.add(&someone(&mut People(45)));
    tally.add(&someone(&mut People(46)));
    let combined = codec.encode_tally(&tally, 6).unwrap();
    let mut broken: Vec<char> = combined.as_str().chars().collect();
    let at = broken.len() - 1;
    broken[at] = if broken[at] == 'Q' { 'R' } else { 'Q' };
    let broken: String = broken.into_iter().collect();
    let tokens = extract(&codec, &grouped(&broken));
    assert_eq!(tokens.len(), 1);
    assert_eq!(tokens[0].verdict, Verdict::Mistyped);
}

/// A code's bits, most significant first.
fn bits_of(code: &str) -> Vec<u8> {
    code.chars()
        .filter_map(|c| "0123456789ABCDEFGHJKMNPQRSTVWXYZ".find(c))
        .flat_map(|value| (0..5).rev().map(move |i| ((value >> i) & 1) as u8))
        .collect()
}

/// `data` (5k − 16 bits) and its CRC, as symbols: an intact code, whatever its fields say.
fn intact(data: &[u8]) -> String {
    let mut remainder = 0u32;
    for bit in data.iter().copied().chain([0; 16]) {
        remainder = (remainder << 1) | u32::from(bit);
        if remainder & 0x1_0000 != 0 {
            remainder ^= 0x1_755B;
        }
    }
    let mut bits = data.to_vec();
    bits.extend((0..16).rev().map(|s| ((remainder >> s) & 1) as u8));
    bits.chunks(5)
        .map(|chunk| {
            let value = chunk.iter().fold(0u8, |acc, b| acc << 1 | b);
            "0123456789ABCDEFGHJKMNPQRSTVWXYZ".as_bytes()[usize::from(value)] as char
        })
        .collect()
}

/// The first `symbols` symbols' worth of `code`'s bits, less 16, with a CRC that agrees.
fn cut(code: &str, symbols: usize) -> String {
    intact(&bits_of(code)[..symbols * 5 - 16])
}

fn deniable_codec() -> Codec {
    Codec::new(
        &DEFAULT,
        &Shape {
            deniability: Some(Deniability::Standard),
            ..survey()
        },
    )
    .unwrap()
}

/// docs/code-format.md, "Alphabet and reading": the position counts every character of the text
/// (Unicode scalar values) from 1, separators included; the first invalid character is named,
/// unless the 20,001st symbol comes first.
#[test]
fn an_invalid_character_is_placed_among_all_the_characters_of_the_text() {
    let codec = codec();
    let example = "4T86\u{A0}XM93\u{2013}8NKR\u{2014}2E0M-6ECS-YFM";
    assert!(include_str!("../docs/code-format.md").contains(&format!("`{example}`")));
    let invalid = |character, position| {
        Err(DecodeError::InvalidCharacter {
            character,
            position,
        })
    };
    assert_eq!(codec.decode(example), invalid('\u{2014}', 15));
    assert_eq!(example.find('\u{2014}'), Some(17), "byte 18 counted from 1");
    assert_eq!(
        codec.decode("4T86-XM93-8NKR-2E0M-6ECS-YFM."),
        invalid('.', 29)
    );
    assert_eq!(codec.decode("é4T86U"), invalid('é', 1));
    assert_eq!(codec.decode("4T86 U é"), invalid('U', 6));
    let long = "7".repeat(20_000);
    assert_eq!(codec.decode(&format!("{long}U")), invalid('U', 20_001));
    assert_eq!(
        codec.decode(&format!("{long}7U")),
        Err(DecodeError::TooLong)
    );
}

/// docs/code-format.md, "Reading a code, step by step": the length search names the first place
/// of a run of equal symbols; the zero rule names fixed places, so the last of a run of zeros.
#[test]
fn runs_of_equal_symbols_are_named_as_documented() {
    let codec = codec();
    let mut rng = People(61);
    let mut individual = |ending: &str| loop {
        let code = codec.encode(&someone(&mut rng), rng.next()).unwrap();
        if code.as_str().ends_with(ending) && !code.as_str().ends_with(&format!("0{ending}")) {
            return code.as_str().to_owned();
        }
    };
    let wrong = |found, near| {
        Err(DecodeError::WrongLength {
            expected: 23,
            found,
            near: Some(near),
        })
    };
    let ends_0 = individual("0");
    assert_eq!(codec.decode(&format!("{ends_0}0")), wrong(24, 23));
    assert_eq!(codec.decode(&ends_0[..22]), wrong(22, 23));
    let ends_00 = individual("00");
    assert_eq!(codec.decode(&format!("{ends_00}0")), wrong(24, 22));
    assert_eq!(codec.decode(&ends_00[..22]), wrong(22, 22));
    // A run in the middle: golden vector 2 has `000` at places 6–8 (after `4PPG-3`).
    let plain = Codec::new(&DEFAULT, &Shape::new("k7p2-golden")).unwrap();
    let minimal = GOLDEN_MINIMAL.replace('-', "");
    assert_eq!(&minimal[5..8], "000");
    let doubled = format!("{}0{}", &minimal[..7], &minimal[7..]);
    let dropped = format!("{}{}", &minimal[..7], &minimal[8..]);
    assert_eq!(plain.decode(&doubled), wrong(24, 6));
    assert_eq!(plain.decode(&dropped), wrong(22, 6));

    let mut tally = codec.empty_tally();
    for _ in 0..4 {
        tally.add(&someone(&mut rng));
    }
    let combined = |ending: &str| {
        (0u64..)
            .map(|nonce| codec.encode_tally(&tally, nonce).unwrap())
            .find(|code| {
                code.as_str().ends_with(ending) && !code.as_str().ends_with(&format!("0{ending}"))
            })
            .unwrap()
            .as_str()
            .to_owned()
    };
    let mistyped = |near| Err(DecodeError::Mistyped { near: Some(near) });
    let ends_0 = combined("0");
    let m = ends_0.len();
    assert_eq!(codec.decode(&format!("{ends_0}0")), mistyped(m + 1));
    let ends_00 = combined("00");
    let m = ends_00.len();
    assert_eq!(codec.decode(&format!("{ends_00}0")), mistyped(m + 1));
    assert_eq!(codec.decode(&ends_00[..m - 1]), mistyped(m));
}

/// docs/code-format.md, step 6: a version-1 combined code with the flag set (never written) reads
/// as the version-2 code with the same fields, less its length field.
#[test]
fn a_version_1_deniable_combined_code_reads_as_version_2_without_its_length() {
    let codec = deniable_codec();
    let mut tally = codec.empty_tally();
    tally.add(&people::golden_reported());
    let mut other = people::golden_reported();
    other.burnout = 1;
    other.priorities = 0;
    tally.add(&other);
    let v2 = codec.encode_tally(&tally, 0x2A).unwrap();
    assert!(v2.as_str().starts_with('B'));
    let mut bits = bits_of(v2.as_str());
    bits.truncate(bits.len() - 16);
    // Header 00111: version 1, combined, flag set; the length field is bits 62–66.
    assert_eq!(&bits[..5], &[0, 1, 0, 1, 1]);
    bits.drain(62..67);
    bits.splice(0..5, [0, 0, 1, 1, 1]);
    let v1 = intact(&bits);
    assert!(v1.starts_with('7'));
    assert_eq!(v1.len() + 1, v2.as_str().len());
    let read = codec.decode(&v1).unwrap();
    assert_eq!(read, codec.decode(v2.as_str()).unwrap());
    assert_eq!(read.content, Content::Combined(tally));
    // Under the survey without deniability it is kept apart, as the version-2 code is.
    assert_eq!(
        Codec::new(&DEFAULT, &survey()).unwrap().decode(&v1),
        Err(DecodeError::OtherMode {
            made: Some(Deniability::Standard),
            expected: None
        })
    );
}

/// docs/code-format.md, step 6: an intact combined code too short for its fields fails on the
/// first field it cannot hold, after the tag.
#[test]
fn intact_combined_codes_too_short_for_their_fields_fail_field_by_field() {
    let codec = codec();
    let plain = Codec::new(&DEFAULT, &Shape::new("k7p2-golden")).unwrap();
    let mistyped = Err(DecodeError::Mistyped { near: None });
    for symbols in 9..=16 {
        let (v2, v1) = (
            cut(GOLDEN_COMBINED, symbols),
            cut(GOLDEN_COMBINED_V1, symbols),
        );
        assert_eq!(plain.decode(&v2), Err(DecodeError::OtherSurvey), "{v2}");
        assert_eq!(plain.decode(&v1), Err(DecodeError::OtherSurvey), "{v1}");
        assert_eq!(codec.decode(&v1), Err(DecodeError::Malformed), "{v1}");
        let expected = if symbols < 16 {
            Err(DecodeError::Malformed)
        } else {
            mistyped.clone()
        };
        assert_eq!(codec.decode(&v2), expected, "{v2}");
    }
    // The length field of a longer cut code says 71 mod 32, so it does not match.
    assert_eq!(codec.decode(&cut(GOLDEN_COMBINED, 17)), mistyped);
    assert_eq!(
        codec.decode(&cut(GOLDEN_COMBINED, 39)),
        Err(DecodeError::Malformed)
    );
    // With the flag set, the level field is read before the mode is compared.
    let deniable = deniable_codec();
    let mut tally = deniable.empty_tally();
    tally.add(&people::golden_reported());
    let code = deniable.encode_tally(&tally, 7).unwrap();
    assert_eq!(
        codec.decode(&cut(code.as_str(), 12)),
        Err(DecodeError::Malformed)
    );
    assert_eq!(
        codec.decode(&cut(code.as_str(), 16)),
        Err(DecodeError::OtherMode {
            made: Some(Deniability::Standard),
            expected: None
        })
    );
    assert_eq!(
        deniable.decode(&cut(code.as_str(), 15)),
        Err(DecodeError::Malformed)
    );
    assert_eq!(deniable.decode(&cut(code.as_str(), 16)), mistyped);
}

/// Every code docs/code-format.md shows reads as the text says: the examples of the prose and the
/// golden vectors are codes of the documented survey that pass their checksum.
#[test]
fn every_code_in_the_format_document_reads_as_it_says() {
    let doc = include_str!("../docs/code-format.md");
    let golden = codec();
    let mut shown: Vec<String> = doc
        .split('`')
        .skip(1)
        .step_by(2)
        .flat_map(|span| extract(&golden, span))
        .map(|token| token.text)
        // Bit strings of the worked examples and the alphabet itself are not codes.
        .filter(|text| text.chars().any(|c| !matches!(c, '0' | '1')))
        .filter(|text| text != "0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        .collect();
    shown.sort();
    shown.dedup();
    // The slips' example key is written in the alphabet too: it is the key of bytes 00 … 0F.
    let key = candor::code::SlipKey::from_bytes(std::array::from_fn(|i| i as u8)).to_text();
    assert!(shown.contains(&key));
    shown.retain(|text| *text != key);
    let plain = Codec::new(&DEFAULT, &Shape::new("k7p2-golden")).unwrap();
    let deniable = deniable_codec();
    // The golden survey with the document's three statements of its own.
    let with_statements = |deniability| {
        let shape = Shape {
            deniability,
            statements: people::golden_statements(),
            ..survey()
        };
        Codec::new(&DEFAULT, &shape).unwrap()
    };
    let (own, own_deniable) = (
        with_statements(None),
        with_statements(Some(Deniability::Standard)),
    );
    // Each with the survey it is read under and the nonce it was made with, in sorted order.
    let expected: [(&str, &Codec, u64); 10] = [
        ("4PPG-3000-0001-0000-0001-DKY", &plain, 1),
        ("4T86 XM93 8NKR 2E0M 6ECS YFM", &golden, 0x5_1234_5678),
        (GOLDEN_INDIVIDUAL, &golden, 0x5_1234_5678),
        ("4XX2-WM93-8NKR-2E0M-6ECS-H0R5-J", &own, 0x5_1234_5678),
        ("5T86-XM93-8NKR-S6S7-X00X-6G3", &deniable, 0x5_1234_5678),
        (
            "5XX2-WM93-8NKR-S6S7-X00X-H15P-1",
            &own_deniable,
            0x5_1234_5678,
        ),
        (GOLDEN_COMBINED_V1, &golden, 0x3FF),
        (GOLDEN_COMBINED, &golden, 0x3FF),
        (
            "AXX2-W000-00ZZ-1BBX-AYNF-ZXFN-ZZYQ-ZZTN-ZYJZ-TZTN-ZXFX-4JN9-5MQB-X4JN-95MQ-BGGR-E",
            &own,
            0x3FF,
        ),
        ("CT86-X008-DDJ0-2E0M-6ECR-VFC", &golden, 0x86_B640),
    ];
    assert_eq!(
        shown,
        expected
            .iter()
            .map(|(code, _, _)| code.to_string())
            .collect::<Vec<_>>()
    );
    for (code, codec, nonce) in expected {
        assert_eq!(
            codec.decode(code).map(|read| read.nonce),
            Ok(nonce),
            "{code}"
        );
    }
}
