#![cfg(not(target_arch = "wasm32"))]
//! The summary page's model: accumulation of pastes, outcomes and their counts, response rate,
//! the combined code, and the settings it accepts.

use candor::code::{extract, Codec, Content, DecodeError};
use candor::instrument::{Survey, DEFAULT};
use candor::lang::Lang;
use candor::link::SurveyLink;
use candor::report::summarize;
use candor::summary::{Action, SettingsError, Summary, TokenOutcome, Wave};
use proptest::prelude::*;

#[allow(dead_code)]
#[path = "support/people.rs"]
mod people;
use people::People;

fn settings() -> SurveyLink {
    SurveyLink {
        id: "summary-tests".into(),
        title: String::new(),
        organization: String::new(),
        units: vec![
            "Emergency".into(),
            "Intensive care".into(),
            "Surgery".into(),
        ],
        asks_role: true,
        lang: None,
        min_group: 5,
        send_to: String::new(),
    }
}

fn summary() -> Summary {
    Summary::new(settings()).unwrap()
}

/// `count` distinct codes of the test survey.
fn codes(seed: u64, count: usize) -> Vec<String> {
    let summary = summary();
    let mut people = People(seed);
    (0..count)
        .map(|_| {
            let scores = people.plausible(3, true);
            let nonce = people.nonce();
            summary.codec().encode(&scores, nonce).unwrap().to_string()
        })
        .collect()
}

fn other_survey_code() -> String {
    let codec = Codec::new(&DEFAULT, &Survey::new("another-survey")).unwrap();
    let mut scores = People(9).plausible(0, false);
    scores.unit = None;
    scores.role = None;
    codec.encode(&scores, 77).unwrap().to_string()
}

/// A code with one character changed, which the checksum catches.
fn mistyped(code: &str) -> String {
    let mut chars: Vec<char> = code.chars().collect();
    let at = chars
        .iter()
        .rposition(|c| c.is_ascii_alphanumeric())
        .unwrap();
    chars[at] = if chars[at] == '7' { '8' } else { '7' };
    chars.into_iter().collect()
}

#[test]
fn a_duplicate_across_two_pastes_counts_once() {
    let codes = codes(1, 6);
    let mut summary = summary();
    summary.add_text(Wave::Baseline, &codes[..4].join("\n"));
    summary.add_text(Wave::Baseline, &codes[3..].join("\n"));
    assert_eq!(summary.accepted(Wave::Baseline), 6);
    assert_eq!(summary.respondents(Wave::Baseline), 6);
    assert_eq!(summary.counts(Wave::Baseline).duplicate, 1);
    let problem = &summary.problems(Wave::Baseline)[0];
    assert_eq!(problem.outcome, TokenOutcome::Duplicate);
    assert_eq!((problem.chunk, problem.line), (2, 5));
    assert_eq!(problem.text, codes[3]);
    assert_ne!(problem.message(Lang::En), problem.message(Lang::Es));
    // Both chunks are kept as pasted; the whole text puts each on its own lines.
    assert_eq!(summary.chunks(Wave::Baseline).len(), 2);
    let whole = summary.text(Wave::Baseline);
    assert_eq!(whole.lines().count(), 7);
    // The collection's spans point into the wave's whole text.
    let token = &summary.collection(Wave::Baseline).problems[0];
    assert_eq!(&whole[token.span.clone()], token.text);
}

#[test]
fn every_outcome_is_counted_and_listed_with_its_line_and_reason() {
    let good = codes(2, 5);
    let text = format!(
        "Name,Code\nAna,{}\nBo,{}\nCy,{}\nDee,{}\nEd,{}\nFay,{}\nGus,{}\nHal,{}\nIvy,123456789012345\n",
        good[0],
        good[1],
        good[2],
        good[3],
        good[4],
        good[0],
        mistyped(&good[1]),
        other_survey_code(),
    );
    let mut summary = summary();
    summary.add_text(Wave::Baseline, "nothing here");
    summary.add_text(Wave::Baseline, &text);
    let counts = summary.counts(Wave::Baseline);
    assert_eq!(counts.accepted, 5);
    assert_eq!(counts.duplicate, 1);
    // Fifteen digits look like a code, and fail its checksum like a typo.
    assert_eq!(counts.mistyped, 2);
    assert_eq!(counts.other_survey, 1);
    assert_eq!(counts.malformed, 0);
    assert_eq!(counts.tokens(), 9);
    let problems = summary.problems(Wave::Baseline);
    let seen: Vec<(TokenOutcome, usize, usize)> = problems
        .iter()
        .map(|p| (p.outcome, p.chunk, p.line))
        .collect();
    assert_eq!(
        seen,
        vec![
            (TokenOutcome::Duplicate, 2, 8),
            (TokenOutcome::Mistyped, 2, 9),
            (TokenOutcome::OtherSurvey, 2, 10),
            (TokenOutcome::Mistyped, 2, 11),
        ]
    );
    let typo = &problems[1];
    assert!(matches!(typo.error, Some(DecodeError::Mistyped { .. })));
    assert!(typo.message(Lang::En).contains("typo"));
    assert!(typo.message(Lang::Es).contains("error de escritura"));
    // Lines count in the wave's whole text, as the page shows it.
    let whole = summary.text(Wave::Baseline);
    assert!(whole
        .lines()
        .nth(typo.line - 1)
        .unwrap()
        .contains(&typo.text));
    // The report rests on the five accepted codes only.
    assert_eq!(summary.report(Wave::Baseline).n, 5);
}

#[test]
fn a_typo_says_near_which_character_when_it_can() {
    let code = codes(3, 1).pop().unwrap();
    let mut summary = summary();
    summary.add_text(Wave::Baseline, &mistyped(&code));
    let problem = &summary.problems(Wave::Baseline)[0];
    if let Some(DecodeError::Mistyped { near: Some(k) }) = problem.error {
        assert!(problem
            .message(Lang::En)
            .contains(&format!("near character {k}")));
        assert!(problem
            .message(Lang::Es)
            .contains(&format!("cerca del carácter {k}")));
    } else {
        panic!("not a located typo: {:?}", problem.error);
    }
}

#[test]
fn long_tokens_are_shortened_for_display() {
    let code = codes(4, 1).pop().unwrap();
    let long = format!("{}{}", code.replace('-', ""), "0123456789".repeat(3));
    let mut summary = summary();
    summary.add_text(Wave::Baseline, &long);
    let problem = &summary.problems(Wave::Baseline)[0];
    assert_eq!(problem.text.chars().count(), 41);
    assert!(problem.text.ends_with('…'));
}

#[test]
fn the_response_rate_warns_when_responses_exceed_the_headcount() {
    let mut summary = summary();
    summary.add_text(Wave::Baseline, &codes(5, 12).join("\n"));
    assert_eq!(summary.response_rate(Wave::Baseline), None);
    summary.set_headcount(Wave::Baseline, Some(24));
    let rate = summary.response_rate(Wave::Baseline).unwrap();
    assert_eq!(
        (rate.responses, rate.headcount, rate.exceeds),
        (12, 24, false)
    );
    assert!((rate.rate - 0.5).abs() < 1e-12);
    summary.set_headcount(Wave::Baseline, Some(10));
    assert!(summary.response_rate(Wave::Baseline).unwrap().exceeds);
    summary.set_headcount(Wave::Baseline, Some(12));
    assert!(!summary.response_rate(Wave::Baseline).unwrap().exceeds);
    summary.set_headcount(Wave::Baseline, Some(0));
    assert_eq!(summary.response_rate(Wave::Baseline), None);
}

#[test]
fn the_combined_code_is_offered_from_the_minimum_group_and_holds_the_same_report() {
    let codes = codes(6, 40);
    let mut summary = summary();
    summary.add_text(Wave::Baseline, &codes[..4].join("\n"));
    assert!(!summary.offers_combined(Wave::Baseline));
    assert_eq!(summary.combined_code(Wave::Baseline, 1), None);
    assert!(summary.report(Wave::Baseline).figures.is_none());
    summary.add_text(Wave::Baseline, &codes[4..].join(" "));
    assert!(summary.offers_combined(Wave::Baseline));
    let code = summary.combined_code(Wave::Baseline, 12_345).unwrap();
    let decoded = summary.codec().decode(code.as_str()).unwrap();
    let Content::Combined(tally) = decoded.content else {
        panic!("not a combined code");
    };
    let report = summary.report(Wave::Baseline);
    assert!(report.figures.is_some());
    assert_eq!(summarize(&DEFAULT, &tally, 5), report);
    // Pasted into another summary, the combined code gives the same report.
    let mut again = self::summary();
    again.add_text(Wave::Baseline, &code.grouped());
    assert_eq!(again.report(Wave::Baseline), report);
    assert_eq!(again.accepted(Wave::Baseline), 1);
}

#[test]
fn waves_are_separate_and_compared_once_a_follow_up_is_pasted() {
    let codes = codes(7, 30);
    let mut summary = summary();
    summary.apply(Action::Add(Wave::Baseline, codes[..15].join("\n")));
    assert_eq!(summary.comparison(), None);
    // The same code in the other wave is not a duplicate: each wave reads on its own.
    summary.apply(Action::Add(Wave::FollowUp, codes[10..].join("\n")));
    assert_eq!(summary.respondents(Wave::FollowUp), 20);
    assert_eq!(summary.counts(Wave::FollowUp).duplicate, 0);
    let comparison = summary.comparison().unwrap();
    assert_eq!((comparison.baseline_n, comparison.follow_up_n), (15, 20));
    assert!(comparison.figures.is_some());
    summary.apply(Action::Headcount(Wave::FollowUp, Some(40)));
    summary.apply(Action::Clear(Wave::FollowUp));
    assert_eq!(summary.respondents(Wave::FollowUp), 0);
    assert!(summary.chunks(Wave::FollowUp).is_empty());
    assert_eq!(summary.headcount(Wave::FollowUp), Some(40));
    assert_eq!(summary.comparison(), None);
    assert_eq!(summary.respondents(Wave::Baseline), 15);
    // The CSV holds the baseline, and the change once a follow-up is pasted.
    assert!(!summary.csv(Lang::En).contains("\r\nchange,"));
    summary.apply(Action::Add(Wave::FollowUp, codes[..10].join("\n")));
    assert!(summary.csv(Lang::Es).contains("\r\nchange,burnout,"));
}

#[test]
fn a_clone_is_a_snapshot() {
    let codes = codes(8, 10);
    let mut summary = summary();
    summary.add_text(Wave::Baseline, &codes[..5].join("\n"));
    let before = summary.clone();
    summary.add_text(Wave::Baseline, &codes[5..].join("\n"));
    assert_eq!(before.respondents(Wave::Baseline), 5);
    assert_eq!(summary.respondents(Wave::Baseline), 10);
}

#[test]
fn empty_pastes_add_nothing() {
    let mut summary = summary();
    summary.add_text(Wave::Baseline, "");
    assert!(!summary.has_text(Wave::Baseline));
    summary.add_text(Wave::Baseline, "\n");
    assert!(summary.has_text(Wave::Baseline));
    assert_eq!(summary.counts(Wave::Baseline).tokens(), 0);
}

#[test]
fn settings_typed_on_the_page_are_checked() {
    let with = |change: fn(&mut SurveyLink)| {
        let mut settings = settings();
        change(&mut settings);
        Summary::new(settings).err()
    };
    assert_eq!(with(|_| {}), None);
    assert_eq!(
        with(|s| s.id = "short".into()),
        Some(SettingsError::InvalidId)
    );
    assert_eq!(
        with(|s| s.id = "has space".into()),
        Some(SettingsError::InvalidId)
    );
    assert_eq!(
        with(|s| s.min_group = 2),
        Some(SettingsError::InvalidMinGroup)
    );
    assert_eq!(
        with(|s| s.min_group = 51),
        Some(SettingsError::InvalidMinGroup)
    );
    assert_eq!(
        with(|s| s.units = (0..31).map(|i| format!("U{i}")).collect()),
        Some(SettingsError::TooManyUnits)
    );
    assert_eq!(
        with(|s| s.units = vec!["A".into(), "A".into()]),
        Some(SettingsError::DuplicateUnit("A".into()))
    );
    assert_eq!(
        with(|s| s.units = vec![" ".into()]),
        Some(SettingsError::InvalidUnit(" ".into()))
    );
    assert_eq!(
        with(|s| s.units = vec!["a\nb".into()]),
        Some(SettingsError::InvalidUnit("a\nb".into()))
    );
}

#[test]
fn the_summary_link_opens_the_same_survey() {
    let mut link = settings();
    link.title = "Staff wellbeing".into();
    let fragment = link.to_summary_fragment();
    let (route, query) = candor::link::split_fragment(&fragment);
    assert_eq!(route, "/summary");
    let parsed = SurveyLink::parse(query).unwrap();
    let code = codes(10, 1).pop().unwrap();
    let mut summary = Summary::new(parsed).unwrap();
    summary.add_text(Wave::Baseline, &code);
    assert_eq!(summary.accepted(Wave::Baseline), 1);
}

/// Pieces of a paste: good codes (some repeated), typos, other surveys' codes and noise.
fn pieces() -> impl Strategy<Value = Vec<String>> {
    let good = codes(11, 12);
    let piece = prop_oneof![
        4 => (0..good.len()).prop_map(move |i| good[i].clone()),
        1 => Just(mistyped(&codes(11, 1)[0])),
        1 => Just(other_survey_code()),
        1 => "[ -~]{0,30}",
        1 => Just("1234-5678-9012-3456".to_string()),
    ];
    proptest::collection::vec(piece, 0..40)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn accumulation_order_does_not_change_the_report(
        pieces in pieces(),
        cuts in proptest::collection::vec(any::<prop::sample::Index>(), 0..4),
        seed in any::<u64>(),
    ) {
        // Split the pieces into chunks at random, then add the chunks in two different orders.
        let mut bounds: Vec<usize> = cuts.iter().map(|c| c.index(pieces.len() + 1)).collect();
        bounds.push(0);
        bounds.push(pieces.len());
        bounds.sort_unstable();
        let chunks: Vec<String> = bounds.windows(2).map(|w| pieces[w[0]..w[1]].join("\n")).collect();
        let mut forward = summary();
        for chunk in &chunks {
            forward.add_text(Wave::Baseline, chunk);
        }
        let mut shuffled: Vec<&String> = chunks.iter().collect();
        let mut rng = People(seed);
        for i in (1..shuffled.len()).rev() {
            shuffled.swap(i, rng.below(i as u64 + 1) as usize);
        }
        let mut other = summary();
        for chunk in shuffled {
            other.add_text(Wave::Baseline, chunk);
        }
        prop_assert_eq!(forward.report(Wave::Baseline), other.report(Wave::Baseline));
        prop_assert_eq!(forward.counts(Wave::Baseline), other.counts(Wave::Baseline));
        prop_assert_eq!(&forward.collection(Wave::Baseline).tally, &other.collection(Wave::Baseline).tally);
        // One paste of everything gives the same as the chunks.
        let mut whole = summary();
        whole.add_text(Wave::Baseline, &pieces.join("\n"));
        prop_assert_eq!(whole.counts(Wave::Baseline), forward.counts(Wave::Baseline));
        prop_assert_eq!(whole.report(Wave::Baseline), forward.report(Wave::Baseline));
    }

    #[test]
    fn counts_add_up_to_the_tokens_found(chunks in proptest::collection::vec(pieces(), 0..4)) {
        let mut summary = summary();
        let mut tokens = 0;
        for chunk in &chunks {
            let text = chunk.join(" ; ");
            tokens += extract(summary.codec(), &text).len();
            summary.add_text(Wave::Baseline, &text);
        }
        let counts = summary.counts(Wave::Baseline);
        prop_assert_eq!(counts.tokens(), tokens);
        prop_assert_eq!(counts.accepted, summary.accepted(Wave::Baseline));
        prop_assert_eq!(
            counts.tokens() - counts.accepted,
            summary.problems(Wave::Baseline).len() + summary.unlisted_problems(Wave::Baseline)
        );
        prop_assert_eq!(summary.collection(Wave::Baseline).problems.len(), counts.tokens() - counts.accepted);
    }

    #[test]
    fn a_combined_code_holds_the_waves_report(seed in any::<u64>(), count in 5usize..60, nonce in any::<u64>()) {
        let mut summary = summary();
        let codes = codes(seed, count);
        for chunk in codes.chunks(7) {
            summary.add_text(Wave::FollowUp, &chunk.join("\n"));
        }
        let code = summary.combined_code(Wave::FollowUp, nonce).unwrap();
        let Content::Combined(tally) = summary.codec().decode(code.as_str()).unwrap().content else {
            panic!("not a combined code");
        };
        prop_assert_eq!(summarize(&DEFAULT, &tally, 5), summary.report(Wave::FollowUp));
    }

    #[test]
    fn any_text_in_any_chunks_never_panics(chunks in proptest::collection::vec("\\PC{0,60}", 0..5)) {
        let mut summary = summary();
        for chunk in &chunks {
            summary.add_text(Wave::FollowUp, chunk);
        }
        let _ = summary.report(Wave::FollowUp);
        let _ = summary.comparison();
        for problem in summary.problems(Wave::FollowUp) {
            prop_assert!(problem.line >= 1 && problem.chunk >= 1);
            prop_assert!(!problem.message(Lang::Es).is_empty());
        }
    }
}
