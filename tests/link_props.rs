//! Laws of the survey link: what is written is read back, and nothing read can crash.
#![cfg(not(target_arch = "wasm32"))]

use candor::deniability::Deniability;
use candor::lang::Lang;
use candor::link::{SurveyLink, MAX_NAME, MAX_SEND_TO, MAX_UNIT_NAME};
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
    ) -> SurveyLink {
        SurveyLink {
            id, title, organization, units: units.into_iter().collect(), asks_role, lang, min_group, send_to,
            deniability, shared,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn a_written_link_reads_back_the_same(link in link()) {
        let fragment = link.to_fragment();
        let (route, query) = split_fragment(&fragment);
        prop_assert_eq!(route, "/survey");
        prop_assert_eq!(SurveyLink::parse(query), Ok(link));
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
