//! The conformance suite of `docs/conformance/`: example codes with what Candor makes of them, and
//! a pasted text with its expected outcome and CSV. `examples/conformance.rs` writes the files;
//! `tests/conformance.rs` checks that they are what this implementation says today.

use candor::code::{
    extract, Codec, Collector, Content, DecodeError, Slip, SlipCheck, SlipCodeError, SlipKey,
    Tally, Verdict,
};
use candor::deniability::Deniability;
use candor::instrument::{guidance, OwnStatement, Shape, DEFAULT};
use candor::lang::Lang;
use candor::lang::Text;
use candor::randomized;
use candor::report::{series, to_csv_waves, WaveCsv};
use candor::scoring::state_bin;
use candor::scoring::{Bin, Scores};
use serde_json::{json, Value};

#[allow(dead_code)]
#[path = "people.rs"]
mod people;
use people::People;

const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The organization's own statements of the statement surveys (as `docs/code-format.md`'s golden
/// vectors have them): two in both languages, the third in English only.
fn own_statements() -> Vec<OwnStatement> {
    people::golden_statements()
}

/// The surveys the examples are read under, by name.
fn surveys() -> [(&'static str, Shape); 8] {
    [
        (
            "golden",
            Shape {
                id: "k7p2-golden".into(),
                units: 6,
                asks_role: true,
                deniability: None,
                statements: Vec::new(),
            },
        ),
        ("golden-plain", Shape::new("k7p2-golden")),
        (
            "ward-survey",
            Shape {
                id: "K7M2Q9XT4B".into(),
                units: 3,
                asks_role: true,
                deniability: None,
                statements: Vec::new(),
            },
        ),
        (
            "golden-deniable",
            Shape {
                id: "k7p2-golden".into(),
                units: 6,
                asks_role: true,
                deniability: Some(Deniability::Standard),
                statements: Vec::new(),
            },
        ),
        (
            "golden-strong",
            Shape {
                id: "k7p2-golden".into(),
                units: 6,
                asks_role: true,
                deniability: Some(Deniability::Strong),
                statements: Vec::new(),
            },
        ),
        (
            "ward-deniable",
            Shape {
                id: "K7M2Q9XT4B".into(),
                units: 3,
                asks_role: true,
                deniability: Some(Deniability::Standard),
                statements: Vec::new(),
            },
        ),
        (
            "ward-statements",
            Shape {
                id: "K7M2Q9XT4B".into(),
                units: 3,
                asks_role: true,
                deniability: None,
                statements: own_statements(),
            },
        ),
        (
            "ward-statements-deniable",
            Shape {
                id: "K7M2Q9XT4B".into(),
                units: 3,
                asks_role: true,
                deniability: Some(Deniability::Standard),
                statements: own_statements(),
            },
        ),
    ]
}

const UNITS: [&str; 3] = ["Emergency", "Intensive care", "Surgery, day unit"];

fn shape(name: &str) -> Shape {
    surveys()
        .into_iter()
        .find(|(n, _)| *n == name)
        .map(|(_, shape)| shape)
        .expect("a listed survey")
}

fn codec(name: &str) -> Codec {
    Codec::new(&DEFAULT, &shape(name)).expect("the default instrument is valid")
}

/// A seeded stand-in for the browser's generator, so the examples are the same on every run.
fn uniform(rng: &mut People) -> f64 {
    rng.next() as f64 / (1u64 << 53) as f64
}

fn bin(bin: Option<Bin>) -> &'static str {
    match bin {
        None => "not_answered",
        Some(Bin::Unfavourable) => "unfavourable",
        Some(Bin::Neutral) => "neutral",
        Some(Bin::Favourable) => "favourable",
    }
}

/// One respondent's reported values in a deniable code: burned out or not, each outcome's and
/// lever's bin, the priorities reported chosen, unit and role numbered as docs/scoring.md says.
fn reported_json(scores: &Scores) -> Value {
    let bins =
        |names: Vec<&'static str>, values: Vec<Option<Bin>>| -> serde_json::Map<String, Value> {
            names
                .into_iter()
                .zip(values)
                .map(|(id, b)| (id.to_string(), json!(bin(b))))
                .collect()
        };
    let outcomes = bins(
        DEFAULT.outcomes.iter().map(|o| o.id).collect(),
        scores.outcomes.clone(),
    );
    let lever_bins = scores
        .levers
        .iter()
        .map(|l| l.and_then(|state| state_bin(state.into())))
        .collect();
    let levers = bins(DEFAULT.levers.iter().map(|l| l.id).collect(), lever_bins);
    let priorities: Vec<u16> = (0..10)
        .filter(|p| scores.priorities & (1 << p) != 0)
        .map(|p| p + 1)
        .collect();
    json!({
        "burned_out": scores.burnout == 2,
        "outcomes": outcomes,
        "levers": levers,
        "priorities": priorities,
        "unit": scores.unit.map_or(0, |u| u + 1),
        "role": scores.role.map_or(0, |r| r + 1),
    })
}

/// One respondent's scores in the numbering of docs/scoring.md (from 1, 0 = not answered).
fn scores_json(scores: &Scores) -> Value {
    let outcomes: serde_json::Map<String, Value> = DEFAULT
        .outcomes
        .iter()
        .zip(&scores.outcomes)
        .map(|(o, b)| (o.id.to_string(), json!(bin(*b))))
        .collect();
    let levers: serde_json::Map<String, Value> = DEFAULT
        .levers
        .iter()
        .zip(&scores.levers)
        .map(|(l, level)| (l.id.to_string(), json!(level.unwrap_or(0))))
        .collect();
    let priorities: Vec<u16> = (0..10)
        .filter(|p| scores.priorities & (1 << p) != 0)
        .map(|p| p + 1)
        .collect();
    json!({
        "burnout": scores.burnout,
        "outcomes": outcomes,
        "levers": levers,
        "priorities": priorities,
        "unit": scores.unit.map_or(0, |u| u + 1),
        "role": scores.role.map_or(0, |r| r + 1),
    })
}

/// A combined code's counters, named, in the numbering of docs/scoring.md.
fn tally_json(tally: &Tally) -> Value {
    let outcomes: serde_json::Map<String, Value> = DEFAULT
        .outcomes
        .iter()
        .enumerate()
        .map(|(o, outcome)| {
            let [none, unfavourable, neutral, favourable] = tally.outcome(o);
            let counts = json!({
                "not_answered": none,
                "unfavourable": unfavourable,
                "neutral": neutral,
                "favourable": favourable,
            });
            (outcome.id.to_string(), counts)
        })
        .collect();
    let levers: serde_json::Map<String, Value> = DEFAULT
        .levers
        .iter()
        .enumerate()
        .map(|(v, lever)| {
            let states = if tally.deniability().is_some() { 3 } else { 5 };
            let by_level: Vec<Value> = (0..=states)
                .map(|level| json!([tally.lever(v, level, false), tally.lever(v, level, true)]))
                .collect();
            (lever.id.to_string(), json!(by_level))
        })
        .collect();
    let cells = |cells: Vec<candor::code::Cell>| -> Vec<Value> {
        cells
            .iter()
            .enumerate()
            .map(|(number, cell)| {
                json!({
                    "cell": number,
                    "n": cell.n,
                    "burned_out": cell.burned_out,
                    "levers": cell.levers,
                })
            })
            .collect()
    };
    let burnout = if tally.deniability().is_some() {
        "burned_out_reported"
    } else {
        "burnout_levels"
    };
    json!({
        "n": tally.n(),
        burnout: tally.burnout_levels(),
        "outcomes": outcomes,
        "levers": levers,
        "priorities": (0..10).map(|p| tally.priority(p)).collect::<Vec<_>>(),
        "units": cells(tally.unit_cells()),
        "roles": cells(tally.role_cells()),
    })
}

fn error_json(error: &DecodeError) -> Value {
    if let DecodeError::InvalidCharacter {
        character,
        position,
    } = error
    {
        return json!({
            "error": "InvalidCharacter",
            "near": null,
            "character": character.to_string(),
            "position": position,
        });
    }
    let (name, near) = match error {
        DecodeError::InvalidCharacter { .. } => ("InvalidCharacter", None),
        DecodeError::TooShort => ("TooShort", None),
        DecodeError::TooLong => ("TooLong", None),
        DecodeError::WrongLength { near, .. } => ("WrongLength", *near),
        DecodeError::Mistyped { near } => ("Mistyped", *near),
        DecodeError::UnknownVersion => ("UnknownVersion", None),
        DecodeError::NewerVersion { .. } => ("NewerVersion", None),
        DecodeError::UnknownLevel => ("UnknownLevel", None),
        DecodeError::OtherMode { .. } => ("OtherMode", None),
        DecodeError::OtherSurvey => ("OtherSurvey", None),
        DecodeError::Malformed => ("Malformed", None),
        DecodeError::Inconsistent => ("Inconsistent", None),
        DecodeError::NoSlip => ("NoSlip", None),
        DecodeError::ForgedSlip => ("ForgedSlip", None),
        DecodeError::CombinedWithSlips => ("CombinedWithSlips", None),
        DecodeError::SlipUnchecked => ("SlipUnchecked", None),
    };
    json!({ "error": name, "near": near })
}

/// What Candor makes of `text` read under `survey`.
fn outcome(survey: &str, text: &str) -> Value {
    match codec(survey).decode(text) {
        Ok(decoded) => {
            let (kind, contents) = match &decoded.content {
                Content::Individual(scores) if shape(survey).deniability.is_some() => {
                    ("individual", reported_json(scores))
                }
                Content::Individual(scores) => ("individual", scores_json(scores)),
                Content::Combined(tally) => ("combined", tally_json(tally)),
            };
            let mut value = json!({
                "verdict": "accepted",
                "kind": kind,
                "nonce": decoded.nonce,
                "contents": contents,
            });
            if let Some(slip) = decoded.slip {
                value["slip"] = json!({
                    "serial": slip.serial(),
                    "check": slip.bits() & ((1 << 23) - 1),
                    "slip_code": slip.code(),
                });
            }
            value
        }
        Err(error) => {
            let mut value = error_json(&error);
            value["verdict"] = json!(error.verdict().name());
            value
        }
    }
}

fn symbols(code: &str) -> Vec<u8> {
    code.chars()
        .filter_map(|c| ALPHABET.find(c))
        .map(|v| v as u8)
        .collect()
}

fn text_of(symbols: &[u8]) -> String {
    symbols
        .iter()
        .map(|s| char::from(ALPHABET.as_bytes()[usize::from(*s)]))
        .collect()
}

/// `code` with its first symbol replaced and the CRC made to agree again, by the long division
/// docs/code-format.md describes: a code no Candor writes, but an intact one.
fn with_header(code: &str, header: u8) -> String {
    with_symbol(code, 0, header)
}

/// `code` with symbol `index` (from 0) replaced and the CRC made to agree again.
fn with_symbol(code: &str, index: usize, value: u8) -> String {
    let mut symbols = symbols(code);
    symbols[index] = value;
    let mut bits = bits_of(&text_of(&symbols));
    bits.truncate(bits.len() - 16);
    intact(&bits)
}

/// A code's bits, most significant first.
fn bits_of(code: &str) -> Vec<u32> {
    symbols(code)
        .iter()
        .flat_map(|s| (0..5).rev().map(move |i| u32::from((s >> i) & 1)))
        .collect()
}

/// `data` (5k − 16 bits) followed by its CRC, by the long division docs/code-format.md describes:
/// an intact code, whatever its fields say.
fn intact(data: &[u32]) -> String {
    let mut remainder = 0u32;
    for bit in data.iter().copied().chain([0; 16]) {
        remainder = (remainder << 1) | bit;
        if remainder & 0x1_0000 != 0 {
            remainder ^= 0x1_755B;
        }
    }
    let mut bits = data.to_vec();
    bits.extend((0..16).rev().map(|s| (remainder >> s) & 1));
    let symbols: Vec<u8> = bits
        .chunks(5)
        .map(|chunk| chunk.iter().fold(0u8, |acc, b| acc << 1 | *b as u8))
        .collect();
    text_of(&symbols)
}

/// The first `count` symbols' worth of `code`'s bits, less 16, made intact: a code that ends
/// early, with a CRC that agrees.
fn cut(code: &str, count: usize) -> String {
    intact(&bits_of(code)[..count * 5 - 16])
}

/// A version-2 deniable combined code rewritten as version 1: the header says 1, the length field
/// (the five bits after the level field) is gone, the CRC agrees. No Candor wrote such a code.
fn as_version_1(code: &str) -> String {
    let mut bits = bits_of(code);
    bits.truncate(bits.len() - 16);
    bits.drain(62..67);
    bits.splice(0..5, [0, 0, 1, 1, 1]);
    intact(&bits)
}

/// `code` regrouped by hand: its symbols in words of the given sizes, joined by spaces.
fn regrouped(code: &str, sizes: &[usize]) -> String {
    let symbols: Vec<char> = code.chars().filter(|c| *c != '-' && *c != ' ').collect();
    let mut words = Vec::new();
    let mut at = 0;
    for &size in sizes {
        words.push(symbols[at..at + size].iter().collect::<String>());
        at += size;
    }
    assert_eq!(at, symbols.len(), "the sizes add up to the code's length");
    words.join(" ")
}

/// One symbol of `code` (from 1) replaced by the next symbol of the alphabet.
fn substituted(code: &str, position: usize) -> String {
    let mut symbols = symbols(code);
    symbols[position - 1] = (symbols[position - 1] + 1) % 32;
    text_of(&symbols)
}

fn codes_json() -> Value {
    let golden = codec("golden");
    let individual = golden
        .encode(&people::golden(), 0x5_1234_5678)
        .expect("fits")
        .to_string();
    let mut rng = People(2026);
    let mut tally = golden.empty_tally();
    for _ in 0..12 {
        tally.add(&rng.plausible(6, true));
    }
    let combined = golden
        .encode_tally(&tally, 0x2A)
        .expect("consistent")
        .to_string();
    let ending_in_zero = std::iter::repeat_with(|| {
        golden
            .encode(&rng.plausible(6, true), rng.nonce())
            .expect("fits")
            .to_string()
    })
    .find(|code| code.ends_with('0'))
    .expect("one code in 32 ends in 0");
    let ending_in_00 = std::iter::repeat_with(|| {
        golden
            .encode(&rng.plausible(6, true), rng.nonce())
            .expect("fits")
            .to_string()
    })
    .find(|code| code.ends_with("00"))
    .expect("one code in 1,024 ends in 00");
    let combined_ending_in_0 = (0x2B..)
        .map(|nonce| golden.encode_tally(&tally, nonce).expect("consistent"))
        .find(|code| code.as_str().ends_with('0'))
        .expect("one nonce in 32 or so")
        .to_string();
    let plain = individual.replace('-', "");
    let deniable = codec("golden-deniable")
        .encode(&people::golden_reported(), 0x5_1234_5678)
        .expect("fits")
        .to_string();
    let deniable_plain = deniable.replace('-', "");
    let mut reported = codec("golden-deniable").empty_tally();
    let mut team = People(31);
    for _ in 0..7 {
        let truth = team.plausible(6, true);
        reported.add(&randomized::randomize(
            &DEFAULT,
            &truth,
            Deniability::Standard,
            || uniform(&mut team),
        ));
    }
    let deniable_combined = codec("golden-deniable")
        .encode_tally(&reported, 0x2A)
        .expect("consistent")
        .to_string();
    let deniable_combined_v1 = as_version_1(&deniable_combined);
    // Symbol 13 holds the level's two bits and three bits of the payload: level 1 is unknown.
    let level_symbol = symbols(&deniable_plain)[12];
    let unknown_level = with_symbol(&deniable_plain, 12, 0b01000 | (level_symbol & 0b111));
    let examples: Vec<(&str, &str, String)> = vec![
        ("individual, version 1 (golden vector 1)", "golden", individual.clone()),
        ("individual, golden vector 2", "golden-plain", "4PPG-3000-0001-0000-0001-DKY".into()),
        ("combined, version 1 (golden vector 3)", "golden", "6T86-X000-00ZZ-DAZE-ND4P-QZMQ-NZBZ-NNZZ-9AZX-ABZ9-A94J-94PJ-9AMJ-ZT95-AJBT-MJ94-J91G-MT".into()),
        ("combined, version 2 (golden vector 4)", "golden", "AT86-X000-00ZZ-7DAZ-END4-PQZM-QNZB-ZNNZ-Z9AZ-XABZ-9A94-J94P-J9AM-JZT9-5AJB-TMJ9-4J91-ZQP".into()),
        ("combined, version 2, twelve respondents", "golden", combined.clone()),
        ("read tolerantly: lower case, spaces, O for 0, L for 1", "golden", "4t86 xm93 8nkr 2eOm 6ecs yfm".into()),
        ("individual code saying version 2 (same layout as 1)", "golden", with_header(&plain, 0b01000)),
        ("mistyped: character 10 wrong", "golden", substituted(&plain, 10)),
        ("mistyped: characters 5 and 6 swapped", "golden", {
            let mut s: Vec<char> = plain.chars().collect();
            s.swap(4, 5);
            s.into_iter().collect()
        }),
        ("mistyped: character 7 dropped", "golden", format!("{}{}", &plain[..6], &plain[7..])),
        ("mistyped: a character added after character 12", "golden", format!("{}Q{}", &plain[..12], &plain[12..])),
        ("mistyped: 0 before the code (checksum still agrees)", "golden", format!("0{individual}")),
        ("mistyped: 0 after the code (checksum still agrees)", "golden", format!("{individual}0")),
        ("mistyped: final 0 dropped (checksum still agrees)", "golden", ending_in_zero[..ending_in_zero.len() - 1].to_string()),
        ("mistyped: 0 after a code ending in 0: the first place of the run of zeros", "golden", format!("{ending_in_zero}0")),
        ("mistyped: final 0 of a code ending in 00 dropped: the first place of the run", "golden", ending_in_00[..ending_in_00.len() - 1].to_string()),
        ("mistyped: 0 after a combined code ending in 0: the text's length, the run's last place", "golden", format!("{combined_ending_in_0}0")),
        ("mistyped: 0 after a version-1 combined code", "golden", "6T86-X000-00ZZ-DAZE-ND4P-QZMQ-NZBZ-NNZZ-9AZX-ABZ9-A94J-94PJ-9AMJ-ZT95-AJBT-MJ94-J91G-MT0".into()),
        ("mistyped: 0 after a version-2 combined code", "golden", format!("{combined}0")),
        ("mistyped: character 30 of a combined code wrong", "golden", substituted(&combined, 30)),
        ("another survey's code", "golden-plain", individual.clone()),
        ("another survey: same id, other units", "ward-survey", individual.clone()),
        ("newer version (4)", "golden", with_header(&plain, 0b10000)),
        ("version 3: made with a single-use slip (read alone, the slip is not checked)", "golden", with_header(&plain, 0b01100)),
        ("version 3 combined: reserved, read as from a newer version", "golden", with_header(&combined, 0b01110)),
        ("deniable individual, e^ε = 3 (golden vector 5)", "golden-deniable", deniable.clone()),
        ("deniable combined, seven respondents", "golden-deniable", deniable_combined.clone()),
        ("deniable code read under the survey without deniability: kept apart", "golden", deniable.clone()),
        ("ordinary code read under the deniable survey: kept apart", "golden-deniable", individual.clone()),
        ("deniable code read under the survey with e^ε = 2: kept apart", "golden-strong", deniable.clone()),
        ("deniable combined, version 1 (never written): read as version 2 without its length field", "golden-deniable", deniable_combined_v1),
        ("deniable combined code read under the survey without deniability", "golden", deniable_combined),
        ("deniable code with a level this version does not know (1)", "golden-deniable", unknown_level),
        ("deniable code, character 13 wrong", "golden-deniable", substituted(&deniable_plain, 13)),
        ("two zeros before the code: version 0", "golden", format!("00{plain}")),
        ("invalid character U", "golden", format!("{}U{}", &plain[..3], &plain[4..])),
        ("invalid character after a no-break space and an en dash: position 15, counted in characters", "golden", "4T86\u{A0}XM93\u{2013}8NKR\u{2014}2E0M-6ECS-YFM".into()),
        ("combined, intact, 9 symbols: ends before its nonce", "golden", cut(&combined, 9)),
        ("combined, intact, 9 symbols, read under another survey: the tag comes first", "golden-plain", cut(&combined, 9)),
        ("combined, version 2, intact, 15 symbols: ends before its nonce", "golden", cut(&combined, 15)),
        ("combined, version 2, intact, 16 symbols: no room for its length field", "golden", cut(&combined, 16)),
        ("combined, version 1, intact, 16 symbols: its counters cut", "golden", cut("6T86-X000-00ZZ-DAZE-ND4P-QZMQ-NZBZ-NNZZ-9AZX-ABZ9-A94J-94PJ-9AMJ-ZT95-AJBT-MJ94-J91G-MT", 16)),
        ("too short", "golden", "4T86-XM93".into()),
    ];
    let codes: Vec<Value> = examples
        .into_iter()
        .map(|(name, survey, text)| {
            let mut value = json!({ "name": name, "survey": survey, "text": text });
            if let (Value::Object(entry), Value::Object(result)) =
                (&mut value, outcome(survey, &text))
            {
                entry.extend(result);
            }
            value
        })
        .collect();
    let surveys: serde_json::Map<String, Value> = surveys()
        .into_iter()
        .map(|(name, shape)| {
            let mut value = json!({
                "id": shape.id,
                "units": shape.units,
                "role_asked": shape.asks_role,
                "deniability": shape.deniability.map_or(0, |level| level.ratio()),
            });
            // The organization's own statements, which enter the tag, when the survey has any.
            if !shape.statements.is_empty() {
                let statements: Vec<Value> = shape
                    .statements
                    .iter()
                    .map(|s| json!({ "en": s.en, "es": s.es }))
                    .collect();
                value["statements"] = json!(statements);
            }
            (name.to_string(), value)
        })
        .collect();
    json!({
        "instrument": DEFAULT.id,
        "surveys": surveys,
        "codes": codes,
    })
}

/// A paste as an organizer might receive it: a form's CSV export, e-mails, a phone message.
fn paste() -> String {
    let ward = codec("ward-survey");
    let mut rng = People(7);
    let mut code = || {
        ward.encode(&rng.plausible(3, true), rng.nonce())
            .expect("fits")
            .to_string()
    };
    let mut text = String::from("Timestamp,Code\r\n");
    let mut first = Vec::new();
    for minute in 0..30 {
        let c = code();
        text.push_str(&format!(
            "\"2026/11/20 10:{minute:02}:00 AM GMT-5\",\"{c}\"\r\n"
        ));
        first.push(c);
    }
    let spaced = code().replace('-', " ").to_lowercase();
    text.push_str(&format!("\nHi Ana, my code is {spaced} thanks!\n"));
    let mut team = People(99);
    let mut tally = ward.empty_tally();
    for _ in 0..9 {
        tally.add(&team.plausible(3, true));
    }
    let combined = ward
        .encode_tally(&tally, 0x7_0000_0001)
        .expect("consistent");
    text.push_str(&format!("Combined code from the night shift: {combined}\n"));
    text.push_str(&format!("{}\n", first[3]));
    text.push_str(&format!("{}\n", substituted(&first[4], 9)));
    text.push_str(&format!("0{}\n", first[5]));
    let typed = code().replace('-', " ");
    text.push_str(&format!(
        "my code is {}\n",
        substituted(&typed.replace(' ', ""), 11)
            .chars()
            .collect::<Vec<_>>()
            .chunks(4)
            .map(|c| c.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join(" ")
    ));
    text.push_str("call +44 20 7946 0958 or meet 28 11 2026 at 10 30\n");
    let elsewhere = codec("golden").encode(&people::golden(), 3).expect("fits");
    text.push_str(&format!("{elsewhere}\n"));
    text.push_str(&format!(
        "{}\n",
        with_header(&code().replace('-', ""), 0b10000)
    ));
    text.push_str(&format!("{}\n", code()));
    // Two spaced codes one space apart among words without a digit: one token of 46 symbols.
    let spaced = |code: &str| code.replace('-', " ");
    let (a, b) = (spaced(&first[0]), spaced(&first[1]));
    text.push_str(&format!("my codes are {a} {b} thanks\n"));
    // The same two followed by a word with a digit: found one by one (duplicates by now).
    text.push_str(&format!("{a} {b} sent 3 May\n"));
    // Mistyped codes regrouped by hand: regular groups are reported, irregular ones are not.
    let mut later = People(8);
    let mut typo = || {
        let code = ward
            .encode(&later.plausible(3, true), later.nonce())
            .expect("fits");
        substituted(code.as_str(), 10)
    };
    for sizes in [
        &[5, 5, 5, 5, 3][..],
        &[3, 4, 4, 4, 4, 4],
        &[4, 5, 3, 4, 4, 3],
        &[5, 5, 4, 4, 5],
        &[4, 4, 4, 4, 2, 5],
    ] {
        text.push_str(&format!("my code is {}\n", regrouped(&typo(), sizes)));
    }
    // The first group's only digit mistyped as a letter: no word of the code starts a window.
    let lost = format!("A{}", &spaced(&code())[1..]);
    text.push_str(&format!("my code is {lost}\n"));
    text
}

/// A paste for the deniable ward survey: 60 deniable codes from the same made-up respondents'
/// answers randomized at e^ε = 3, a deniable combined code of 12 more, one code pasted twice, and
/// three ordinary codes of the same survey from before deniability was turned on (kept apart).
fn paste_deniable() -> String {
    let ward = codec("ward-deniable");
    let mut rng = People(11);
    let reported = |rng: &mut People| {
        let truth = rng.plausible(3, true);
        randomized::randomize(&DEFAULT, &truth, Deniability::Standard, || uniform(rng))
    };
    let mut text = String::from("Code\n");
    let mut codes = Vec::new();
    for _ in 0..60 {
        let scores = reported(&mut rng);
        let code = ward.encode(&scores, rng.nonce()).expect("fits").to_string();
        text.push_str(&format!("{code}\n"));
        codes.push(code);
    }
    let mut tally = ward.empty_tally();
    for _ in 0..12 {
        tally.add(&reported(&mut rng));
    }
    let combined = ward
        .encode_tally(&tally, 0x7_0000_0002)
        .expect("consistent");
    text.push_str(&format!("Combined code from the night shift: {combined}\n"));
    text.push_str(&format!("{}\n", codes[7]));
    let ordinary = codec("ward-survey");
    for _ in 0..3 {
        let code = ordinary
            .encode(&rng.plausible(3, true), rng.nonce())
            .expect("fits");
        text.push_str(&format!("from before the change: {code}\n"));
    }
    text
}

/// Someone of the ward survey with the organization's three statements: plausible, and each
/// statement answered (one time in eight not), leaning favourable for those not burned out.
fn with_statements(rng: &mut People) -> Scores {
    let mut scores = rng.plausible(3, true);
    let lean = u64::from(scores.burnout < DEFAULT.burnout.threshold);
    scores.statements = (0..3)
        .map(|_| {
            if rng.below(8) == 0 {
                return None;
            }
            state_bin(((rng.below(3) + rng.below(2) * lean).min(2) + 1) as usize)
        })
        .collect();
    scores
}

/// A paste for the ward survey with three statements of its own: 60 codes, a combined code of 10
/// more, a duplicate, two codes of the same survey before it had statements and one answered to
/// a reworded statement (all three from another survey).
fn paste_statements() -> String {
    let ward = codec("ward-statements");
    let mut rng = People(25);
    let mut text = String::from("Code\n");
    let mut codes = Vec::new();
    for _ in 0..60 {
        let code = ward
            .encode(&with_statements(&mut rng), rng.nonce())
            .expect("fits")
            .to_string();
        text.push_str(&format!("{code}\n"));
        codes.push(code);
    }
    let mut tally = ward.empty_tally();
    for _ in 0..10 {
        tally.add(&with_statements(&mut rng));
    }
    let combined = ward
        .encode_tally(&tally, 0x7_0000_0003)
        .expect("consistent");
    text.push_str(&format!("Combined code from the night shift: {combined}\n"));
    text.push_str(&format!("{}\n", codes[4]));
    let before = codec("ward-survey");
    for _ in 0..2 {
        let code = before
            .encode(&rng.plausible(3, true), rng.nonce())
            .expect("fits");
        text.push_str(&format!("from before the statements: {code}\n"));
    }
    let mut reworded = shape("ward-statements");
    reworded.statements[1].en = "I feel safe from violence at my work.".into();
    let other = Codec::new(&DEFAULT, &reworded).expect("valid");
    let code = other
        .encode(&with_statements(&mut rng), rng.nonce())
        .expect("fits");
    text.push_str(&format!("answered to other words: {code}\n"));
    text
}

/// The same survey with plausible deniability: 80 deniable codes with statements.
fn paste_statements_deniable() -> String {
    let ward = codec("ward-statements-deniable");
    let mut rng = People(26);
    let mut text = String::from("Code\n");
    for _ in 0..80 {
        let truth = with_statements(&mut rng);
        let reported = randomized::randomize(&DEFAULT, &truth, Deniability::Standard, || {
            uniform(&mut rng)
        });
        let code = ward.encode(&reported, rng.nonce()).expect("fits");
        text.push_str(&format!("{code}\n"));
    }
    text
}

fn paste_json(text: &str, survey: &str) -> Value {
    let ward = codec(survey);
    let tokens = extract(&ward, text);
    let mut counts = serde_json::Map::new();
    for verdict in candor::code::Verdict::ALL {
        let n = tokens.iter().filter(|t| t.verdict == verdict).count();
        counts.insert(verdict.name().to_string(), json!(n));
    }
    let collection = candor::code::collect(&ward, text);
    let listed: Vec<Value> = tokens
        .iter()
        .map(|token| {
            let mut value = json!({ "text": token.text, "verdict": token.verdict.name() });
            if let (Value::Object(entry), Some(error)) = (&mut value, &token.error) {
                if let Value::Object(error) = error_json(error) {
                    entry.extend(error);
                }
            }
            value
        })
        .collect();
    json!({
        "survey": survey,
        "units": UNITS,
        "min_group": 5,
        "counts": counts,
        "respondents": collection.tally.n(),
        "shared_nonces": collection.shared_nonces,
        "tokens": listed,
    })
}

fn paste_csv(text: &str, survey: &str) -> String {
    waves_csv(&[(text, "Wave 1")], survey)
}

fn text(text: &Text) -> Value {
    json!({ "en": text.en, "es": text.es })
}

/// The instrument's texts a report and its CSV use, numbered as docs/scoring.md numbers them:
/// names, the suggested actions per lever and the published reference figures.
fn instrument_json() -> Value {
    let named = |number: usize, id: &str, name: &Text| json!({ "number": number, "id": id, "name": text(name) });
    let guidance = guidance(&DEFAULT);
    let levers: Vec<Value> = DEFAULT
        .levers
        .iter()
        .enumerate()
        .map(|(index, lever)| {
            let mut value = named(index + 1, lever.id, &lever.name);
            let actions: Vec<Value> = guidance.actions(lever.id).iter().map(text).collect();
            value["actions"] = json!(actions);
            value
        })
        .collect();
    let (priorities, most) = DEFAULT.priority_options();
    let references: Vec<Value> = guidance
        .references
        .iter()
        .map(|reference| {
            json!({
                "source": text(&reference.source),
                "year": reference.year,
                "method": text(&reference.measure),
                "share": reference.share,
                "role": reference.role.map(|role| role + 1),
            })
        })
        .collect();
    json!({
        "id": DEFAULT.id,
        "burnout_levels": DEFAULT.burnout_levels(),
        "burnout_threshold": DEFAULT.burnout.threshold,
        "outcomes": DEFAULT.outcomes.iter().enumerate().map(|(i, o)| named(i + 1, o.id, &o.name)).collect::<Vec<_>>(),
        "levers": levers,
        "priorities": priorities.iter().enumerate().map(|(i, p)| json!({ "number": i + 1, "name": text(p) })).collect::<Vec<_>>(),
        "priorities_at_most": most,
        "roles": DEFAULT.role_options().iter().enumerate().map(|(i, r)| json!({ "number": i + 1, "name": text(r) })).collect::<Vec<_>>(),
        "references": references,
    })
}

fn pretty(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("JSON values always serialize");
    text.push('\n');
    text
}

/// A follow-up wave of the ward survey, a year on: 30 codes one a line and a combined code of 8
/// more, every one accepted. All but four of the 38 left the last lever (`culture`) unanswered, so
/// its change in mean is withheld while its change in share favourable (of everyone) is shown.
fn followup() -> String {
    let ward = codec("ward-survey");
    let mut rng = People(2027);
    let last = DEFAULT.levers.len() - 1;
    let mut answered = 0;
    let mut person = |rng: &mut People| {
        let mut scores = rng.plausible(3, true);
        if answered < 4 && scores.levers[last].is_some() {
            answered += 1;
        } else {
            scores.levers[last] = None;
        }
        scores
    };
    let mut text = String::from("Follow-up codes, November 2027\n");
    for _ in 0..30 {
        let scores = person(&mut rng);
        let code = ward.encode(&scores, rng.nonce()).expect("fits");
        text.push_str(&format!("{code}\n"));
    }
    let mut tally = ward.empty_tally();
    for _ in 0..8 {
        tally.add(&person(&mut rng));
    }
    let combined = ward
        .encode_tally(&tally, 0x7_0000_0003)
        .expect("consistent");
    text.push_str(&format!("Combined code from the night shift: {combined}\n"));
    text
}

/// A follow-up of the ward survey too small to compare: four codes.
fn followup_few() -> String {
    let ward = codec("ward-survey");
    let mut rng = People(2028);
    let mut text = String::new();
    for _ in 0..4 {
        let code = ward
            .encode(&rng.plausible(3, true), rng.nonce())
            .expect("fits");
        text.push_str(&format!("{code}\n"));
    }
    text
}

/// A follow-up wave of the deniable ward survey: 70 deniable codes at e^ε = 3, every one
/// accepted.
fn paste_deniable_followup() -> String {
    let ward = codec("ward-deniable");
    let mut rng = People(13);
    let mut text = String::from("Code\n");
    for _ in 0..70 {
        let truth = rng.plausible(3, true);
        let scores = randomized::randomize(&DEFAULT, &truth, Deniability::Standard, || {
            uniform(&mut rng)
        });
        let code = ward.encode(&scores, rng.nonce()).expect("fits");
        text.push_str(&format!("{code}\n"));
    }
    text
}

/// The CSV of `waves` (each wave's text and label, in order), each wave's accepted codes read
/// under `survey`: what the summary page exports for a series of waves given codes.
fn waves_csv(waves: &[(&str, &str)], survey: &str) -> String {
    let ward = codec(survey);
    let tallies: Vec<Tally> = waves
        .iter()
        .map(|(text, _)| candor::code::collect(&ward, text).tally)
        .collect();
    let series = series(&DEFAULT, &tallies.iter().collect::<Vec<_>>(), 5);
    let labels: Vec<String> = waves.iter().map(|(_, label)| label.to_string()).collect();
    let units: Vec<String> = UNITS.iter().map(|u| u.to_string()).collect();
    to_csv_waves(
        &DEFAULT,
        &WaveCsv::of_series(&series, &labels, &[]),
        &units,
        &shape(survey).statements,
        Lang::En,
    )
}

/// A third wave of the ward survey: 45 codes, one unit too small to show (2 people) and one
/// hidden with it (7 people), so that its unit breakdown hides cells the other waves show.
fn wave_three() -> String {
    let ward = codec("ward-survey");
    let mut rng = People(2029);
    let mut text = String::from("Codes of the third wave, spring 2027\n");
    for i in 0..45 {
        let mut scores = rng.plausible(3, true);
        scores.unit = Some(match i {
            0..2 => 1,
            2..38 => 0,
            _ => 2,
        });
        let code = ward.encode(&scores, rng.nonce()).expect("fits");
        text.push_str(&format!("{code}\n"));
    }
    text
}

/// Surveys' settings and the queries Candor writes for them (`docs/link-format.md`, "How Candor
/// writes a link"), with the survey link's compact form ("The compact form"): every setting at
/// its default and not, text that must be escaped, every version.
fn links_json() -> Value {
    use candor::link::SurveyLink;
    let base = SurveyLink {
        title: "Staff wellbeing 2026".into(),
        ..SurveyLink::new("K7M2Q9XT4B".into())
    };
    let cases = [
        ("the fewest settings", base.clone()),
        (
            "every setting of version 1",
            SurveyLink {
                organization: "Riverside Community Hospital".into(),
                units: vec![
                    "Emergency".into(),
                    "Intensive care".into(),
                    "Surgery".into(),
                ],
                asks_role: true,
                lang: Some(Lang::En),
                min_group: 7,
                send_to: "Put your code in the sealed box by the staff room.".into(),
                ..base.clone()
            },
        ),
        (
            "text to escape: accents, symbols, a plus, a percent, an asterisk",
            SurveyLink {
                title: "Bienestar 2026: ¿cómo estamos? 100% + más*".into(),
                organization: "Hospital Santa María & Clínicas".into(),
                units: vec!["UCI 24/7".into(), "Cirugía, día (50%)".into()],
                lang: Some(Lang::Es),
                send_to: "Deja tu código en la caja ~ sala 3".into(),
                ..base.clone()
            },
        ),
        (
            "the minimum group size at its default is not written",
            SurveyLink {
                min_group: 5,
                ..base.clone()
            },
        ),
        (
            "plausible deniability: version 2",
            SurveyLink {
                deniability: Some(Deniability::Strong),
                ..base.clone()
            },
        ),
        (
            "a shared device: version 3",
            SurveyLink {
                deniability: Some(Deniability::Standard),
                shared: true,
                ..base.clone()
            },
        ),
        (
            "statements of the organization's own, one in English only: version 5",
            SurveyLink {
                units: vec!["Emergency".into(), "Surgery".into()],
                send_to: "Put your code in the sealed box.".into(),
                statements: own_statements(),
                ..base.clone()
            },
        ),
    ];
    json!({
        "links": cases.iter().map(|(name, link)| json!({
            "name": name,
            "settings": {
                "id": link.id,
                "title": link.title,
                "organization": link.organization,
                "units": link.units,
                "role_asked": link.asks_role,
                "lang": link.lang.map(|lang| lang.tag()),
                "min_group": link.min_group,
                "send_to": link.send_to,
                "deniability": link.deniability.map_or(0, |d| d.ratio()),
                "shared": link.shared,
                "statements": link.statements.iter().map(|s| json!({ "en": s.en, "es": s.es })).collect::<Vec<_>>(),
            },
            "survey": link.to_fragment(),
            "compact": link.to_compact_fragment(),
            "summary": link.to_summary_fragment(),
        })).collect::<Vec<_>>(),
    })
}

/// The slips' example key: the bytes 00 01 … 0F.
fn slip_key() -> SlipKey {
    SlipKey::from_bytes(std::array::from_fn(|i| i as u8))
}

fn slip_json(slip: Slip) -> Value {
    json!({
        "serial": slip.serial(),
        "check": slip.bits() & ((1 << 23) - 1),
        "bits": slip.bits(),
        "slip_code": slip.code(),
    })
}

/// Single-use slips (docs/code-format.md, "Slips"): the key, slips and their codes, slip codes as
/// typed, and a paste read by the summary of the golden survey with 20 slips printed.
fn slips_json() -> Value {
    let key = slip_key();
    let golden = codec("golden");
    let typed = [
        ("as printed", key.slip(0).code()),
        (
            "lower case, spaces",
            key.slip(1).code().to_lowercase().replace('-', " "),
        ),
        ("O for 0, L for 1", "OO2-H48-SBK".into()),
        ("one character wrong", "002-H48-SBM".into()),
        ("two neighbours swapped", "020-H48-SBK".into()),
        ("a character missing", "002-H48-SB".into()),
        ("a character that no code has", "002-H48-SB!".into()),
        ("nothing", String::new()),
    ];
    let typed: Vec<Value> = typed
        .into_iter()
        .map(|(label, text)| match Slip::read(&text) {
            Ok(slip) => json!({ "label": label, "text": text, "slip": slip_json(slip) }),
            Err(error) => {
                let mut value = json!({ "label": label, "text": text });
                value["error"] = json!(match error {
                    SlipCodeError::Empty => "Empty",
                    SlipCodeError::InvalidCharacter {
                        character,
                        position,
                    } => {
                        value["character"] = json!(character.to_string());
                        value["position"] = json!(position);
                        "InvalidCharacter"
                    }
                    SlipCodeError::WrongLength { found } => {
                        value["found"] = json!(found);
                        "WrongLength"
                    }
                    SlipCodeError::Mistyped => "Mistyped",
                });
                value
            }
        })
        .collect();
    let mut people = People(23);
    let mut person = |slip: Option<Slip>| {
        let scores = people.plausible(6, true);
        match slip {
            Some(slip) => golden.encode_with_slip(&scores, slip),
            None => golden.encode(&scores, people.nonce()),
        }
        .expect("fits")
        .to_string()
    };
    let first = person(Some(key.slip(0)));
    let forged = Slip::from_bits(key.slip(4).bits() ^ 1);
    let mut tally = golden.empty_tally();
    tally.add(&people::golden());
    let combined = golden.encode_tally(&tally, 5).expect("fits").to_string();
    let codes = [
        ("slip 0", first.clone()),
        ("slip 1", person(Some(key.slip(1)))),
        ("slip 2", person(Some(key.slip(2)))),
        ("slip 3, first code", person(Some(key.slip(3)))),
        (
            "slip 3 again, another code: reused",
            person(Some(key.slip(3))),
        ),
        ("slip 0's code again: a duplicate", first),
        (
            "no slip: made from the survey link without slips",
            person(None),
        ),
        (
            "slip 4 with its check altered: forged",
            person(Some(forged)),
        ),
        (
            "slip 25: a good check, but only 20 printed",
            person(Some(key.slip(25))),
        ),
        ("a combined code", combined),
    ];
    let check = SlipCheck { key, count: 20 };
    let mut collector = Collector::with_slips(&golden, Some(check));
    let listed: Vec<Value> = codes
        .iter()
        .map(|(label, text)| {
            let mut refused = None;
            collector.add(&golden, text, &mut |token| refused = Some(token));
            let mut value = json!({ "label": label, "text": text });
            match refused {
                None => value["verdict"] = json!(Verdict::Accepted.name()),
                Some(token) => {
                    if let Some(error) = &token.error {
                        value = json!({ "label": label, "text": text });
                        if let Value::Object(error) = error_json(error) {
                            value.as_object_mut().expect("an object").extend(error);
                        }
                    }
                    value["verdict"] = json!(token.verdict.name());
                }
            }
            value
        })
        .collect();
    let collection = collector.collection();
    let slips = collection.slips.as_ref().expect("a survey with slips");
    // An accepted code counts unless its slip came in another code too.
    let mut listed = listed;
    for entry in &mut listed {
        if entry["verdict"] == "accepted" {
            let text = entry["text"].as_str().unwrap_or_default().replace('-', "");
            let reused = slips.reused.iter().any(|r| {
                r.codes
                    .iter()
                    .any(|c| c.to_string().replace('-', "") == text)
            });
            entry["counted"] = json!(!reused);
        }
    }
    let mut counts = serde_json::Map::new();
    for verdict in Verdict::ALL {
        counts.insert(verdict.name().into(), json!(collection.counts.get(verdict)));
    }
    let examples: Vec<Value> = [0u16, 1, 2, 3, 19, 1999, 4095]
        .into_iter()
        .map(|serial| slip_json(key.slip(serial)))
        .collect();
    let bytes: Vec<u8> = (0..16).collect();
    json!({
        "key": { "bytes": bytes, "text": key.to_text() },
        "slips": examples,
        "typed": typed,
        "paste": {
            "survey": "golden",
            "printed": 20,
            "codes": listed,
            "counts": counts,
            "respondents": collection.tally.n(),
            "slips_used": slips.used,
            "slips_counted": slips.counted(),
            "reused": slips.reused.iter().map(|reused| json!({
                "slip_code": reused.slip.code(),
                "codes": reused.codes.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        },
    })
}

/// Every generated file of docs/conformance/, by name, with its contents.
pub fn files() -> Vec<(&'static str, String)> {
    let text = paste();
    let deniable = paste_deniable();
    let follow_up = followup();
    let few = followup_few();
    let deniable_follow_up = paste_deniable_followup();
    let third = wave_three();
    let statements = paste_statements();
    let statements_deniable = paste_statements_deniable();
    // The follow-ups' CSVs are of both waves, so they are made before the pastes move.
    let followup = waves_csv(&[(&text, "Wave 1"), (&follow_up, "Wave 2")], "ward-survey");
    let followup_few = waves_csv(&[(&text, "Wave 1"), (&few, "Wave 2")], "ward-survey");
    let deniable_followup = waves_csv(
        &[(&deniable, "Wave 1"), (&deniable_follow_up, "Wave 2")],
        "ward-deniable",
    );
    let three = waves_csv(
        &[
            (&text, "2026 Q1"),
            (&follow_up, "2026 Q3"),
            (&third, "2027 Q1"),
        ],
        "ward-survey",
    );
    vec![
        ("codes.json", pretty(&codes_json())),
        ("instrument.json", pretty(&instrument_json())),
        ("links.json", pretty(&links_json())),
        ("slips.json", pretty(&slips_json())),
        ("paste.json", pretty(&paste_json(&text, "ward-survey"))),
        ("paste.csv", paste_csv(&text, "ward-survey")),
        ("paste.txt", text),
        (
            "paste-deniable.json",
            pretty(&paste_json(&deniable, "ward-deniable")),
        ),
        ("paste-deniable.csv", paste_csv(&deniable, "ward-deniable")),
        ("paste-followup.csv", followup),
        ("paste-followup-few.csv", followup_few),
        ("paste-deniable-followup.csv", deniable_followup),
        ("followup.txt", follow_up),
        ("followup-few.txt", few),
        ("paste-deniable-followup.txt", deniable_follow_up),
        ("paste-waves.csv", three),
        ("wave-3.txt", third),
        ("paste-deniable.txt", deniable),
        (
            "statements.json",
            pretty(&paste_json(&statements, "ward-statements")),
        ),
        ("statements.csv", paste_csv(&statements, "ward-statements")),
        ("statements.txt", statements),
        (
            "statements-deniable.csv",
            paste_csv(&statements_deniable, "ward-statements-deniable"),
        ),
        ("statements-deniable.txt", statements_deniable),
    ]
}
