//! Laws of the survey link: what is written is read back, nothing read can crash, and the writer
//! follows `docs/link-format.md` ("How Candor writes a link") byte for byte. The compact form
//! ("The compact form") gives back the query it was made from, opens the same survey, and refuses
//! a changed payload.
#![cfg(not(target_arch = "wasm32"))]

use candor::code::{SlipCheck, SlipKey};
use candor::deniability::Deniability;
use candor::instrument::OwnStatement;
use candor::lang::Lang;
use candor::link::{compact, expand, LinkError, SurveyLink, MAX_NAME, MAX_SEND_TO, MAX_UNIT_NAME};
use candor::report::Staff;
use candor::route::split_fragment;
use proptest::prelude::*;

fn text(max: usize) -> impl Strategy<Value = String> {
    // Any printable text, including the characters a URL treats specially; not the replacement
    // character, which no value may hold (it is what bytes that are not UTF-8 decode to).
    proptest::string::string_regex(&format!("[^\\p{{Cc}}\\x{{FFFD}}]{{0,{max}}}"))
        .unwrap()
        .prop_map(|s| s.trim().to_string())
}

prop_compose! {
    fn link()(
        id in "[A-Za-z0-9_-]{6,32}",
        title in text(MAX_NAME).prop_filter("a title", |t| !t.is_empty()),
        organization in text(MAX_NAME),
        units in proptest::collection::btree_set(
            text(MAX_UNIT_NAME).prop_filter("a unit", |u| !u.is_empty()), 0..8),
        asks_role in any::<bool>(),
        lang in prop_oneof![Just(None), Just(Some(Lang::En)), Just(Some(Lang::Es))],
        min_group in 3u8..=50,
        send_to in text(MAX_SEND_TO),
        deniability in prop_oneof![
            Just(None), Just(Some(Deniability::Standard)), Just(Some(Deniability::Strong))
        ],
        shared in any::<bool>(),
        total in proptest::option::of(1u64..=1_000_000),
        per_unit in proptest::collection::vec(proptest::option::of(1u64..=1_000_000), 8),
        slips in any::<bool>(),
        key in any::<[u8; 16]>(),
        serial in proptest::option::of(0u16..4096),
        printed in proptest::option::of(1u16..=4000),
        statements in proptest::collection::vec((text(200), text(200)), 0..=3),
    ) -> SurveyLink {
        let units: Vec<String> = units.into_iter().collect();
        // Staff per unit, one entry per unit, when any is given.
        let per_unit = per_unit[..units.len()].to_vec();
        let per_unit = if per_unit.iter().any(Option::is_some) { per_unit } else { Vec::new() };
        SurveyLink {
            id, title, organization, units, asks_role, lang, min_group, send_to,
            deniability, shared, staff: Staff { total, units: per_unit },
            slips,
            // A slip and the slips' key belong only to a survey with slips.
            slip: serial.filter(|_| slips).map(|serial| SlipKey::from_bytes(key).slip(serial)),
            slip_check: printed
                .filter(|_| slips)
                .map(|count| SlipCheck { key: SlipKey::from_bytes(key), count }),
            // A statement has words in at least one language.
            statements: statements
                .into_iter()
                .filter(|(en, es)| !en.is_empty() || !es.is_empty())
                .map(|(en, es)| OwnStatement { en, es })
                .collect(),
        }
    }
}

/// The writer of "How Candor writes a link" in `docs/link-format.md`, made from the document
/// alone: the order, what is left out, and the escaping.
fn documented_query(link: &SurveyLink) -> String {
    documented(link, false)
}

/// The summary link's query by the same rules: the survey's, then `h` and `hu` when given.
fn documented_summary_query(link: &SurveyLink) -> String {
    documented(link, true)
}

fn documented(link: &SurveyLink, summary: bool) -> String {
    fn escape(value: &str) -> String {
        let mut out = String::new();
        for byte in value.bytes() {
            if byte.is_ascii_alphanumeric() || b"-._*".contains(&byte) {
                out.push(char::from(byte));
            } else if byte == b' ' {
                out.push('+');
            } else {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
        out
    }
    let version = if !link.statements.is_empty() {
        "5"
    } else if link.slips {
        "4"
    } else if link.shared {
        "3"
    } else if link.deniability.is_some() {
        "2"
    } else {
        "1"
    };
    let mut pairs = vec![
        ("v", version.to_string()),
        ("id", link.id.clone()),
        ("t", link.title.clone()),
    ];
    if !link.organization.is_empty() {
        pairs.push(("o", link.organization.clone()));
    }
    for unit in &link.units {
        pairs.push(("u", unit.clone()));
    }
    if link.asks_role {
        pairs.push(("r", "1".into()));
    }
    match link.lang {
        Some(Lang::En) => pairs.push(("l", "en".into())),
        Some(Lang::Es) => pairs.push(("l", "es".into())),
        None => {}
    }
    if link.min_group != 5 {
        pairs.push(("m", link.min_group.to_string()));
    }
    if !link.send_to.is_empty() {
        pairs.push(("s", link.send_to.clone()));
    }
    let keys = [["q1en", "q1es"], ["q2en", "q2es"], ["q3en", "q3es"]];
    for (statement, [en, es]) in link.statements.iter().zip(keys) {
        if !statement.en.is_empty() {
            pairs.push((en, statement.en.clone()));
        }
        if !statement.es.is_empty() {
            pairs.push((es, statement.es.clone()));
        }
    }
    match link.deniability {
        Some(Deniability::Standard) => pairs.push(("d", "3".into())),
        Some(Deniability::Strong) => pairs.push(("d", "2".into())),
        None => {}
    }
    if link.shared {
        pairs.push(("k", "1".into()));
    }
    if link.slips {
        pairs.push(("p", "1".into()));
    }
    if let Some(slip) = link.slip {
        pairs.push(("pc", slip.code().replace('-', "")));
    }
    if summary {
        if let Some(total) = link.staff.total {
            pairs.push(("h", total.to_string()));
        }
        if link.staff.units.iter().any(Option::is_some) {
            let entries: Vec<String> = link
                .staff
                .units
                .iter()
                .map(|n| n.map(|n| n.to_string()).unwrap_or_default())
                .collect();
            pairs.push(("hu", entries.join(",")));
        }
        if let Some(check) = link.slip_check {
            pairs.push(("pn", check.count.to_string()));
            pairs.push(("pk", check.key.to_text()));
        }
    }
    pairs
        .iter()
        .map(|(key, value)| format!("{key}={}", escape(value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The survey of the document's example "with every setting".
fn every_setting() -> SurveyLink {
    SurveyLink {
        id: "K7M2Q9XT4B".into(),
        title: "Bienestar 2026: ¿cómo estamos?".into(),
        organization: "Hospital Santa María & Clínicas".into(),
        units: vec![
            "Urgencias".into(),
            "UCI 24/7".into(),
            "Cirugía, día (50%)".into(),
        ],
        asks_role: true,
        lang: Some(Lang::Es),
        min_group: 8,
        send_to: "Deja tu código en la caja ~ sala 3 + gracias*".into(),
        deniability: Some(Deniability::Strong),
        shared: true,
        staff: Default::default(),
        slips: false,
        slip: None,
        slip_check: None,
        statements: Vec::new(),
    }
}

#[test]
fn a_survey_with_every_setting_is_written_exactly() {
    let expected = "#/survey?v=3&id=K7M2Q9XT4B&t=Bienestar+2026%3A+%C2%BFc%C3%B3mo+estamos%3F\
        &o=Hospital+Santa+Mar%C3%ADa+%26+Cl%C3%ADnicas&u=Urgencias&u=UCI+24%2F7\
        &u=Cirug%C3%ADa%2C+d%C3%ADa+%2850%25%29&r=1&l=es&m=8\
        &s=Deja+tu+c%C3%B3digo+en+la+caja+%7E+sala+3+%2B+gracias*&d=2&k=1";
    let link = every_setting();
    assert_eq!(link.to_fragment(), expected);
    assert_eq!(
        link.to_summary_fragment(),
        expected.replace("#/survey?", "#/summary?")
    );
    assert_eq!(SurveyLink::parse(&expected["#/survey?".len()..]), Ok(link));
}

#[test]
fn settings_at_their_default_are_left_out() {
    // Read with every optional setting at its default (and a language with a region), written
    // back with none of them.
    let read = SurveyLink::parse("k=0&m=5&r=0&l=es-MX&t=Title&id=abc-123&v=1&o=&s=").unwrap();
    assert_eq!(read.to_query(), "v=1&id=abc-123&t=Title&l=es");
    // The same survey with the minimum group size changed writes `m`, in its place.
    let mut changed = read.clone();
    changed.min_group = 12;
    assert_eq!(changed.to_query(), "v=1&id=abc-123&t=Title&l=es&m=12");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn the_writer_follows_the_documented_rules(link in link()) {
        prop_assert_eq!(link.to_summary_query(), documented_summary_query(&link));
        let query = link.to_query();
        prop_assert_eq!(&query, &documented_query(&link));
        // Only the characters the document names, and every `%` starts an upper-case escape.
        prop_assert!(query.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._*+%&=".contains(&b)), "{}", query);
        let bytes = query.as_bytes();
        for (at, _) in query.match_indices('%') {
            let hex = &bytes[at + 1..at + 3];
            prop_assert!(hex.iter().all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(b)), "{}", query);
        }
    }

    /// The summary link reads back every setting; the survey link every setting but the staff
    /// numbers and the slips' key, which it never carries.
    #[test]
    fn a_written_link_reads_back_the_same(link in link()) {
        let summary = link.to_summary_fragment();
        let (route, query) = split_fragment(&summary);
        prop_assert_eq!(route, "/summary");
        prop_assert_eq!(SurveyLink::parse(query), Ok(link.clone()));
        let fragment = link.to_fragment();
        let (route, query) = split_fragment(&fragment);
        prop_assert_eq!(route, "/survey");
        for key in ["h=", "hu=", "pn=", "pk="] {
            prop_assert!(!query.split('&').any(|pair| pair.starts_with(key)), "{}", query);
        }
        let without_staff = SurveyLink { staff: Staff::default(), slip_check: None, ..link };
        prop_assert_eq!(SurveyLink::parse(query), Ok(without_staff));
    }

    #[test]
    fn no_input_crashes_the_reader(query in any::<String>()) {
        let _ = SurveyLink::parse(&query);
    }

    #[test]
    fn mangled_links_never_crash_the_reader(link in link(), cut in any::<prop::sample::Index>(), junk in any::<String>()) {
        let query = link.to_query();
        let at = cut.index(query.len() + 1);
        let at = (0..=at).rev().find(|i| query.is_char_boundary(*i)).unwrap_or(0);
        // Cut anywhere, a link opens with a shorter value or is refused; never with a replacement
        // character where an escape was cut.
        if let Ok(cut) = SurveyLink::parse(&query[..at]) {
            let shown = format!("{cut:?}");
            prop_assert!(!shown.contains('\u{FFFD}'), "{}", shown);
        }
        let _ = SurveyLink::parse(&format!("{}{junk}", &query[..at]));
    }
}

/// Crockford's base32 symbols, as payloads are written.
const SYMBOLS: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// The compact form gives back the exact query, survey and summary alike, and its fragment
    /// opens the survey its readable link opens.
    #[test]
    fn a_compact_link_opens_the_same_survey(link in link()) {
        for query in [link.to_query(), link.to_summary_query()] {
            let payload = compact(&query);
            prop_assert!(payload.bytes().all(|b| SYMBOLS.as_bytes().contains(&b)), "{}", payload);
            prop_assert_eq!(expand(&payload), Ok(query.clone()));
            prop_assert_eq!(expand(&payload.to_ascii_lowercase()), Ok(query));
        }
        let fragment = link.to_compact_fragment();
        prop_assert!(fragment.starts_with("#/C/1"), "{}", fragment);
        prop_assert_eq!(
            SurveyLink::from_fragment(&fragment),
            SurveyLink::from_fragment(&link.to_fragment())
        );
        prop_assert_eq!(
            SurveyLink::from_fragment(&fragment),
            Ok(SurveyLink { staff: Staff::default(), slip_check: None, ..link })
        );
    }

    /// Any text, not only a query Candor writes, comes back with the same meaning to a reader.
    #[test]
    fn any_text_comes_back_with_the_same_meaning(
        // Any text, and texts dense in escapes, stray `%` signs and the query's separators.
        text in prop_oneof![any::<String>(), "[%&=+*._a-fA-F0-9é /~vidtu]{0,80}"],
    ) {
        let back = expand(&compact(&text));
        prop_assert!(back.is_ok(), "{:?}", back);
        let back = back.unwrap_or_default();
        prop_assert_eq!(SurveyLink::parse(&back), SurveyLink::parse(&text));
    }

    /// Every payload with one character changed is refused as damaged: a CRC-16 finds every
    /// error within 16 bits, and one character is five.
    #[test]
    fn a_changed_payload_never_opens_a_survey(
        link in link(),
        at in any::<prop::sample::Index>(),
        to in any::<prop::sample::Index>(),
    ) {
        let payload = compact(&link.to_query());
        let at = at.index(payload.len());
        let was = payload.as_bytes()[at];
        let symbols: Vec<u8> = SYMBOLS.bytes().filter(|b| *b != was).collect();
        let mut changed = payload.into_bytes();
        changed[at] = symbols[to.index(symbols.len())];
        let changed = String::from_utf8(changed).unwrap();
        prop_assert_eq!(expand(&changed), Err(LinkError::CompactDamaged));
    }

    /// Nothing in a fragment's payload can crash the reader: any text, and any text of payload
    /// symbols, which passes the first check and reaches the checksum.
    #[test]
    fn no_payload_crashes_the_reader(
        junk in any::<String>(),
        symbols in "[0-9A-Za-z]{0,400}",
    ) {
        for payload in [&junk, &symbols] {
            let _ = expand(payload);
            let _ = SurveyLink::from_fragment(&format!("#/C/{payload}"));
        }
    }

    /// A payload cut anywhere, or with anything appended, is read without a crash.
    #[test]
    fn mangled_payloads_never_crash_the_reader(link in link(), cut in any::<prop::sample::Index>(), junk in any::<String>()) {
        let payload = compact(&link.to_query());
        let cut = &payload[..cut.index(payload.len() + 1)];
        let _ = expand(cut);
        let _ = expand(&format!("{cut}{junk}"));
    }
}
