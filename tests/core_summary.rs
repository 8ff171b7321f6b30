#![cfg(not(target_arch = "wasm32"))]
//! The summary page's model: accumulation of pastes, outcomes and their counts, response rate,
//! the combined code, and the settings it accepts.

use candor::code::{extract, Codec, Content, DecodeError, Verdict};
use candor::instrument::{Shape, DEFAULT};
use candor::lang::{Explain, Lang};
use candor::link::{Field, LinkError, SurveyLink};
use candor::report::summarize;
use candor::summary::{
    Action, OpenError, Origin, Place, Problem, Summary, Wave, LISTED_PROBLEMS, MAX_LABEL, MAX_WAVES,
};
use proptest::prelude::*;

#[allow(dead_code)]
#[path = "support/people.rs"]
mod people;
use people::People;

fn settings() -> SurveyLink {
    SurveyLink {
        id: "summary-tests".into(),
        title: "Summary tests".into(),
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
        deniability: None,
        shared: false,
        staff: Default::default(),
        slips: false,
        slip: None,
        slip_check: None,
        statements: Vec::new(),
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
    let codec = Codec::new(&DEFAULT, &Shape::new("another-survey")).unwrap();
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

fn problems(summary: &Summary, wave: Wave) -> Vec<Problem> {
    summary.problems(wave).cloned().collect()
}

/// Reads `text` as the next file of `wave`, numbered after those already there.
fn add(summary: &mut Summary, wave: Wave, text: &str) {
    let id = summary.sources(wave).len() as u32 + 1;
    summary.add_file(wave, id, &format!("file-{id}.txt"), text);
}

#[test]
fn a_duplicate_across_two_files_counts_once() {
    let codes = codes(1, 6);
    let mut summary = summary();
    add(&mut summary, Wave::FIRST, &codes[..4].join("\n"));
    add(&mut summary, Wave::FIRST, &codes[3..].join("\n"));
    let counts = summary.counts(Wave::FIRST);
    assert_eq!(counts.get(Verdict::Accepted), 6);
    assert_eq!(summary.respondents(Wave::FIRST), 6);
    assert_eq!(counts.get(Verdict::Duplicate), 1);
    let problem = &problems(&summary, Wave::FIRST)[0];
    assert_eq!(problem.verdict, Verdict::Duplicate);
    assert_eq!((problem.place, problem.line), (Place::Source(2), 1));
    assert_eq!(problem.text, codes[3]);
    assert_ne!(problem.message(Lang::En), problem.message(Lang::Es));
    // Each file is listed with its own counts.
    let sources = summary.sources(Wave::FIRST);
    assert_eq!(sources.len(), 2);
    assert_eq!(sources[0].origin, Origin::File("file-1.txt".into()));
    assert_eq!(sources[0].counts.get(Verdict::Accepted), 4);
    assert_eq!(sources[1].counts.get(Verdict::Accepted), 2);
    assert_eq!(sources[1].counts.get(Verdict::Duplicate), 1);
    assert!(sources.iter().all(|s| s.done()));
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
    add(&mut summary, Wave::FIRST, "nothing here");
    summary.apply(Action::Type(Wave::FIRST, text.clone()));
    let counts = summary.counts(Wave::FIRST);
    assert_eq!(counts.get(Verdict::Accepted), 5);
    assert_eq!(counts.get(Verdict::Duplicate), 1);
    // Fifteen digits look like a code, and fail its checksum like a typo.
    assert_eq!(counts.get(Verdict::Mistyped), 2);
    assert_eq!(counts.get(Verdict::OtherSurvey), 1);
    assert_eq!(counts.get(Verdict::Malformed), 0);
    assert_eq!(counts.tokens(), 9);
    let problems = problems(&summary, Wave::FIRST);
    let seen: Vec<(Verdict, Place, usize)> = problems
        .iter()
        .map(|p| (p.verdict, p.place, p.line))
        .collect();
    assert_eq!(
        seen,
        vec![
            (Verdict::Duplicate, Place::Typed, 7),
            (Verdict::Mistyped, Place::Typed, 8),
            (Verdict::OtherSurvey, Place::Typed, 9),
            (Verdict::Mistyped, Place::Typed, 10),
        ]
    );
    let typo = &problems[1];
    assert!(matches!(typo.error, Some(DecodeError::Mistyped { .. })));
    assert!(typo.message(Lang::En).contains("typo"));
    assert!(typo.message(Lang::Es).contains("error de escritura"));
    // Lines count in the text area, as the organizer sees it.
    assert!(summary
        .typed(Wave::FIRST)
        .lines()
        .nth(typo.line - 1)
        .unwrap()
        .contains(&typo.text));
    // The report rests on the five accepted codes only.
    assert_eq!(summary.report(Wave::FIRST).n, 5);
}

#[test]
fn a_typo_says_near_which_character_when_it_can() {
    let code = codes(3, 1).pop().unwrap();
    let mut summary = summary();
    summary.apply(Action::Type(Wave::FIRST, mistyped(&code)));
    let problem = &problems(&summary, Wave::FIRST)[0];
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
    summary.apply(Action::Type(Wave::FIRST, long));
    let problem = &problems(&summary, Wave::FIRST)[0];
    assert_eq!(problem.text.chars().count(), 41);
    assert!(problem.text.ends_with('…'));
}

#[test]
fn the_response_rate_warns_when_responses_exceed_the_headcount() {
    let mut summary = summary();
    add(&mut summary, Wave::FIRST, &codes(5, 12).join("\n"));
    assert_eq!(summary.response_rate(Wave::FIRST), None);
    summary.apply(Action::Headcount(Wave::FIRST, Some(24)));
    let rate = summary.response_rate(Wave::FIRST).unwrap();
    assert_eq!(
        (rate.responses, rate.headcount, rate.exceeds),
        (12, 24, false)
    );
    assert!((rate.rate - 0.5).abs() < 1e-12);
    summary.apply(Action::Headcount(Wave::FIRST, Some(10)));
    assert!(summary.response_rate(Wave::FIRST).unwrap().exceeds);
    summary.apply(Action::Headcount(Wave::FIRST, Some(12)));
    assert!(!summary.response_rate(Wave::FIRST).unwrap().exceeds);
    summary.apply(Action::Headcount(Wave::FIRST, Some(0)));
    assert_eq!(summary.response_rate(Wave::FIRST), None);
}

#[test]
fn the_combined_code_is_offered_from_the_minimum_group_and_holds_the_same_report() {
    let codes = codes(6, 40);
    let mut summary = summary();
    add(&mut summary, Wave::FIRST, &codes[..4].join("\n"));
    assert!(!summary.offers_combined(Wave::FIRST));
    assert_eq!(summary.combined_code(Wave::FIRST, 1), None);
    assert!(summary.report(Wave::FIRST).figures.is_none());
    summary.apply(Action::Type(Wave::FIRST, codes[4..].join(" ")));
    assert!(summary.offers_combined(Wave::FIRST));
    let code = summary.combined_code(Wave::FIRST, 12_345).unwrap();
    let decoded = summary.codec().decode(code.as_str()).unwrap();
    let Content::Combined(tally) = decoded.content else {
        panic!("not a combined code");
    };
    let report = summary.report(Wave::FIRST);
    assert!(report.figures.is_some());
    assert_eq!(summarize(&DEFAULT, &tally, 5), report);
    // Pasted into another summary, the combined code gives the same report.
    let mut again = self::summary();
    again.apply(Action::Type(Wave::FIRST, code.grouped()));
    assert_eq!(again.report(Wave::FIRST), report);
    assert_eq!(again.counts(Wave::FIRST).get(Verdict::Accepted), 1);
}

#[test]
fn waves_are_separate_and_compared_once_a_later_wave_is_given() {
    let codes = codes(7, 30);
    let mut summary = summary();
    summary.apply(Action::Type(Wave::FIRST, codes[..15].join("\n")));
    assert_eq!(summary.series().from_previous.len(), 0);
    let follow_up = summary.add_wave().unwrap();
    // An empty wave is no part of the series yet.
    assert_eq!(summary.given(), vec![Wave::FIRST]);
    assert_eq!(summary.latest(), Wave::FIRST);
    // The same code in the other wave is not a duplicate: each wave reads on its own.
    add(&mut summary, follow_up, &codes[10..].join("\n"));
    assert_eq!(summary.respondents(follow_up), 20);
    assert_eq!(summary.counts(follow_up).get(Verdict::Duplicate), 0);
    assert_eq!(summary.latest(), follow_up);
    let series = summary.series();
    let comparison = series.from_previous(1).unwrap();
    assert_eq!((comparison.baseline_n, comparison.follow_up_n), (15, 20));
    assert!(comparison.figures.is_some());
    assert_eq!(series.reports[1], summary.report(follow_up));
    summary.apply(Action::Headcount(follow_up, Some(40)));
    summary.apply(Action::Clear(follow_up));
    assert_eq!(summary.respondents(follow_up), 0);
    assert!(summary.sources(follow_up).is_empty());
    assert!(!summary.has_codes(follow_up));
    assert_eq!(summary.headcount(follow_up), Some(40));
    assert_eq!(summary.series().from_previous.len(), 0);
    assert_eq!(summary.respondents(Wave::FIRST), 15);
    // The CSV holds the first wave, and the next wave with its change once anything is given.
    assert!(!summary.csv(Lang::En).contains("\r\nchange,"));
    summary.apply(Action::Type(follow_up, codes[..10].join("\n")));
    assert!(summary.csv(Lang::Es).contains("\r\nchange,burnout,"));
}

#[test]
fn a_series_holds_up_to_twelve_labelled_waves_in_order() {
    let codes = codes(9, 60);
    let mut summary = summary();
    let mut waves = vec![Wave::FIRST];
    while let Some(wave) = summary.add_wave() {
        waves.push(wave);
    }
    assert_eq!(waves.len(), MAX_WAVES);
    assert_eq!(summary.waves(), waves);
    for (k, wave) in waves.iter().enumerate() {
        add(&mut summary, *wave, &codes[k * 5..k * 5 + 5].join("\n"));
    }
    summary.apply(Action::Label(waves[1], "2026 Q2".into()));
    summary.apply(Action::Label(waves[2], "x".repeat(100)));
    assert_eq!(summary.label(waves[0], Lang::En), "Wave 1");
    assert_eq!(summary.label(waves[0], Lang::Es), "Medición 1");
    assert_eq!(summary.label(waves[1], Lang::En), "2026 Q2");
    assert_eq!(summary.typed_label(waves[2]).chars().count(), MAX_LABEL);
    let series = summary.series();
    assert_eq!(series.reports.len(), MAX_WAVES);
    assert_eq!(series.from_previous.len(), MAX_WAVES - 1);
    assert_eq!(series.from_first.len(), MAX_WAVES - 2);
    // Removing a wave keeps the others' numbers and codes; the default labels follow the order.
    summary.apply(Action::RemoveWave(waves[0]));
    assert_eq!(summary.waves(), waves[1..].to_vec());
    assert_eq!(summary.label(waves[3], Lang::En), "Wave 3");
    assert_eq!(summary.respondents(waves[3]), 5);
    // An action on its way to a removed wave reaches no other.
    summary.apply(Action::Type(waves[0], codes[..5].join("\n")));
    assert_eq!(summary.waves().len(), MAX_WAVES - 1);
    assert!(summary.waves().iter().all(|&w| summary.respondents(w) == 5));
    // The only wave is never removed.
    for wave in waves {
        summary.apply(Action::RemoveWave(wave));
    }
    assert_eq!(summary.waves().len(), 1);
}

#[test]
fn a_clone_is_a_snapshot() {
    let codes = codes(8, 10);
    let mut summary = summary();
    add(&mut summary, Wave::FIRST, &codes[..5].join("\n"));
    let before = summary.clone();
    add(&mut summary, Wave::FIRST, &codes[5..].join("\n"));
    assert_eq!(before.respondents(Wave::FIRST), 5);
    assert_eq!(summary.respondents(Wave::FIRST), 10);
}

#[test]
fn empty_text_adds_nothing() {
    let mut summary = summary();
    summary.apply(Action::Type(Wave::FIRST, String::new()));
    assert!(!summary.has_codes(Wave::FIRST));
    summary.apply(Action::Type(Wave::FIRST, "\n".into()));
    assert!(summary.has_codes(Wave::FIRST));
    assert_eq!(summary.counts(Wave::FIRST).tokens(), 0);
    // An empty file is listed, and holds nothing.
    add(&mut summary, Wave::FIRST, "");
    assert_eq!(summary.sources(Wave::FIRST).len(), 1);
    assert!(summary.sources(Wave::FIRST)[0].done());
    assert_eq!(summary.counts(Wave::FIRST).tokens(), 0);
}

#[test]
fn settings_typed_on_the_page_are_checked() {
    let with = |change: fn(&mut SurveyLink)| {
        let mut settings = settings();
        change(&mut settings);
        Summary::new(settings).err()
    };
    assert_eq!(with(|_| {}), None);
    let refused = |error| Some(OpenError::Settings(error));
    assert_eq!(
        with(|s| s.id = "short".into()),
        refused(LinkError::Invalid(Field::Id))
    );
    assert_eq!(
        with(|s| s.id = "has space".into()),
        refused(LinkError::Invalid(Field::Id))
    );
    assert_eq!(
        with(|s| s.title = " ".into()),
        refused(LinkError::Missing(Field::Title))
    );
    assert_eq!(
        with(|s| s.min_group = 2),
        refused(LinkError::Invalid(Field::MinGroup))
    );
    assert_eq!(
        with(|s| s.min_group = 51),
        refused(LinkError::Invalid(Field::MinGroup))
    );
    assert_eq!(
        with(|s| s.units = (0..31).map(|i| format!("U{i}")).collect()),
        refused(LinkError::TooManyUnits)
    );
    assert_eq!(
        with(|s| s.units = vec!["A".into(), "A".into()]),
        refused(LinkError::DuplicateUnit("A".into()))
    );
    assert_eq!(
        with(|s| s.units = vec![" ".into()]),
        refused(LinkError::Invalid(Field::Unit))
    );
    assert_eq!(
        with(|s| s.units = vec!["a\nb".into()]),
        refused(LinkError::Invalid(Field::Unit))
    );
    // The same rules as a link's: what `validate` refuses, `parse` refuses with the same error.
    let mut two = settings();
    two.min_group = 2;
    let query = two.to_query();
    assert_eq!(
        SurveyLink::parse(&query).err(),
        Some(LinkError::Invalid(Field::MinGroup))
    );
}

#[test]
fn the_summary_link_opens_the_same_survey() {
    let mut link = settings();
    link.title = "Staff wellbeing".into();
    let fragment = link.to_summary_fragment();
    let (route, query) = candor::route::split_fragment(&fragment);
    assert_eq!(route, "/summary");
    let parsed = SurveyLink::parse(query).unwrap();
    let code = codes(10, 1).pop().unwrap();
    let mut summary = Summary::new(parsed).unwrap();
    summary.apply(Action::Type(Wave::FIRST, code));
    assert_eq!(summary.counts(Wave::FIRST).get(Verdict::Accepted), 1);
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
            add(&mut forward, Wave::FIRST, chunk);
        }
        let mut shuffled: Vec<&String> = chunks.iter().collect();
        let mut rng = People(seed);
        for i in (1..shuffled.len()).rev() {
            shuffled.swap(i, rng.below(i as u64 + 1) as usize);
        }
        let mut other = summary();
        for chunk in shuffled {
            add(&mut other, Wave::FIRST, chunk);
        }
        prop_assert_eq!(forward.report(Wave::FIRST), other.report(Wave::FIRST));
        prop_assert_eq!(forward.counts(Wave::FIRST), other.counts(Wave::FIRST));
        prop_assert_eq!(&forward.collection(Wave::FIRST).tally, &other.collection(Wave::FIRST).tally);
        // One paste of everything gives the same as the chunks.
        let mut whole = summary();
        whole.apply(Action::Type(Wave::FIRST, pieces.join("\n")));
        prop_assert_eq!(whole.counts(Wave::FIRST), forward.counts(Wave::FIRST));
        prop_assert_eq!(whole.report(Wave::FIRST), forward.report(Wave::FIRST));
        // Removing a file is the same as never having read it.
        if chunks.len() > 1 {
            let mut without = summary();
            for chunk in &chunks[1..] {
                add(&mut without, Wave::FIRST, chunk);
            }
            forward.apply(Action::Remove(Wave::FIRST, 1));
            prop_assert_eq!(forward.counts(Wave::FIRST), without.counts(Wave::FIRST));
            prop_assert_eq!(forward.report(Wave::FIRST), without.report(Wave::FIRST));
            prop_assert_eq!(problems(&forward, Wave::FIRST).len(), problems(&without, Wave::FIRST).len());
        }
    }

    #[test]
    fn counts_add_up_to_the_tokens_found(chunks in proptest::collection::vec(pieces(), 0..4)) {
        let mut summary = summary();
        let mut tokens = 0;
        for chunk in &chunks {
            let text = chunk.join(" ; ");
            tokens += extract(summary.codec(), &text).len();
            add(&mut summary, Wave::FIRST, &text);
        }
        let counts = summary.counts(Wave::FIRST);
        prop_assert_eq!(counts.tokens(), tokens);
        let by_source = summary
            .sources(Wave::FIRST)
            .iter()
            .fold(candor::code::Counts::default(), |sum, s| sum.plus(&s.counts));
        prop_assert_eq!(by_source, counts);
        prop_assert_eq!(
            counts.problems(),
            summary.problems(Wave::FIRST).count() + summary.unlisted_problems(Wave::FIRST)
        );
    }

    #[test]
    fn a_combined_code_holds_the_waves_report(seed in any::<u64>(), count in 5usize..60, nonce in any::<u64>()) {
        let mut summary = summary();
        let later = summary.add_wave().unwrap();
        let codes = codes(seed, count);
        for chunk in codes.chunks(7) {
            add(&mut summary, later, &chunk.join("\n"));
        }
        let code = summary.combined_code(later, nonce).unwrap();
        let Content::Combined(tally) = summary.codec().decode(code.as_str()).unwrap().content else {
            panic!("not a combined code");
        };
        prop_assert_eq!(summarize(&DEFAULT, &tally, 5), summary.report(later));
    }

    #[test]
    fn any_text_in_any_chunks_never_panics(chunks in proptest::collection::vec("\\PC{0,60}", 0..5)) {
        let mut summary = summary();
        let later = summary.add_wave().unwrap();
        for chunk in &chunks {
            add(&mut summary, later, chunk);
            summary.apply(Action::Type(later, chunk.clone()));
        }
        let _ = summary.report(later);
        let _ = summary.series();
        let _ = summary.csv(Lang::En);
        for problem in summary.problems(later) {
            prop_assert!(problem.line >= 1);
            prop_assert!(!problem.message(Lang::Es).is_empty());
        }
    }
}

#[test]
fn the_text_area_is_read_after_every_file_and_again_when_it_changes() {
    let codes = codes(12, 6);
    let mut summary = summary();
    summary.apply(Action::Type(Wave::FIRST, codes[..3].join("\n")));
    assert_eq!(summary.respondents(Wave::FIRST), 3);
    // A file holding a typed code: the file's copy counts, the typed one is its duplicate.
    add(&mut summary, Wave::FIRST, &codes[2..].join("\n"));
    assert_eq!(summary.respondents(Wave::FIRST), 6);
    let problem = &problems(&summary, Wave::FIRST)[0];
    assert_eq!(
        (problem.verdict, problem.place, problem.line),
        (Verdict::Duplicate, Place::Typed, 3)
    );
    assert_eq!(
        summary.sources(Wave::FIRST)[0]
            .counts
            .get(Verdict::Accepted),
        4
    );
    // Editing the text area reads it again; the file stays.
    summary.apply(Action::Type(Wave::FIRST, codes[0].clone()));
    assert_eq!(summary.respondents(Wave::FIRST), 5);
    assert_eq!(summary.problems(Wave::FIRST).count(), 0);
    summary.apply(Action::Remove(Wave::FIRST, 1));
    assert_eq!(summary.respondents(Wave::FIRST), 1);
    assert!(summary.sources(Wave::FIRST).is_empty());
    assert_eq!(summary.typed(Wave::FIRST), codes[0]);
}

#[test]
fn a_source_read_in_slices_is_the_same_as_read_whole_and_shows_how_far_it_got() {
    let codes = codes(13, 40);
    let text = format!(
        "{}\nnot a code 0123456789ABCD\n{}",
        codes.join("\n"),
        codes[0]
    );
    let mut whole = summary();
    add(&mut whole, Wave::FIRST, &text);
    let mut sliced = summary();
    sliced.apply(Action::Open {
        wave: Wave::FIRST,
        id: 7,
        origin: Origin::Paste,
        size: text.len(),
    });
    let pieces: Vec<&str> = candor::summary::slices(&text, 100).collect();
    assert!(pieces.len() > 5);
    for (index, piece) in pieces.iter().enumerate() {
        let source = &sliced.sources(Wave::FIRST)[0];
        assert!(!source.done());
        assert_eq!(source.read, pieces[..index].concat().len());
        sliced.apply(Action::Feed(Wave::FIRST, 7, piece.to_string()));
    }
    assert!(sliced.sources(Wave::FIRST)[0].done());
    assert_eq!(sliced.counts(Wave::FIRST), whole.counts(Wave::FIRST));
    let lines = |s: &Summary| {
        problems(s, Wave::FIRST)
            .iter()
            .map(|p| p.line)
            .collect::<Vec<_>>()
    };
    assert_eq!(lines(&sliced), lines(&whole));
    assert_eq!(lines(&sliced), vec![41, 42]);
    // Slices for a source nobody opened, or after the wave was cleared, change nothing.
    sliced.apply(Action::Feed(Wave::FIRST, 8, codes[1].clone()));
    assert_eq!(sliced.counts(Wave::FIRST), whole.counts(Wave::FIRST));
    sliced.apply(Action::Clear(Wave::FIRST));
    sliced.apply(Action::Feed(Wave::FIRST, 7, codes[1].clone()));
    assert_eq!(sliced.counts(Wave::FIRST).tokens(), 0);
}

#[test]
fn an_unreadable_file_is_listed_as_such() {
    let mut summary = summary();
    summary.apply(Action::Open {
        wave: Wave::FIRST,
        id: 1,
        origin: Origin::File("gone.csv".into()),
        size: 10,
    });
    summary.apply(Action::Unreadable(Wave::FIRST, 1));
    let source = &summary.sources(Wave::FIRST)[0];
    assert!(source.unreadable && source.done());
}

#[test]
fn only_the_first_problems_are_kept_however_many_there_are() {
    let garbage: String = (0..LISTED_PROBLEMS + 500)
        .map(|i| format!("{:015}\n", i))
        .collect();
    let mut summary = summary();
    add(&mut summary, Wave::FIRST, &garbage);
    summary.apply(Action::Type(Wave::FIRST, garbage.clone()));
    let counts = summary.counts(Wave::FIRST);
    assert_eq!(counts.problems(), 2 * (LISTED_PROBLEMS + 500));
    assert_eq!(summary.problems(Wave::FIRST).count(), LISTED_PROBLEMS);
    assert_eq!(
        summary.unlisted_problems(Wave::FIRST),
        LISTED_PROBLEMS + 1_000
    );
    assert!(summary
        .problems(Wave::FIRST)
        .all(|p| p.place == Place::Source(1)));
}

/// The version changes exactly when a change may alter the figures (the tallies, or the staff
/// numbers behind the response rates), so a view that keeps the report for a version never shows
/// a stale one, and does not make it again for nothing.
#[test]
fn the_version_changes_when_the_figures_may_and_only_then() {
    let mut s = summary();
    let codes = codes(41, 8);
    let mut seen = s.version();
    let mut step = |s: &mut Summary, action: Action, changes: bool| {
        let report = s.report(Wave::FIRST);
        let series = s.series();
        let labels = s.labels(Lang::En);
        s.apply(action.clone());
        assert_eq!(s.version() != seen, changes, "{action:?}");
        if !changes {
            assert_eq!(s.report(Wave::FIRST), report, "{action:?}");
            assert_eq!(s.series(), series, "{action:?}");
            assert_eq!(s.labels(Lang::En), labels, "{action:?}");
        }
        seen = s.version();
    };
    step(
        &mut s,
        Action::Type(Wave::FIRST, codes[..6].join("\n")),
        true,
    );
    step(
        &mut s,
        Action::Type(Wave::FIRST, format!("{}\nx", codes[..6].join("\n"))),
        false,
    );
    // Staff numbers make the response rates, which the page keeps with the report.
    step(&mut s, Action::Headcount(Wave::FIRST, Some(40)), true);
    step(&mut s, Action::Headcount(Wave::FIRST, Some(40)), false);
    step(
        &mut s,
        Action::UnitHeadcount(Wave::FIRST, 1, Some(12)),
        true,
    );
    step(
        &mut s,
        Action::Type(Wave::FIRST, codes[..6].join("\n")),
        false,
    );
    step(
        &mut s,
        Action::Type(Wave::FIRST, codes[..7].join("\n")),
        true,
    );
    step(
        &mut s,
        Action::Open {
            wave: Wave::FIRST,
            id: 1,
            origin: Origin::Paste,
            size: 30,
        },
        false,
    );
    step(&mut s, Action::Feed(Wave::FIRST, 1, codes[7].clone()), true);
    step(&mut s, Action::Remove(Wave::FIRST, 1), true);
    // An empty wave changes no figure; anything given to it, even no code, brings it into the
    // series; its label names it there.
    step(&mut s, Action::AddWave, false);
    let later = s.waves()[1];
    step(&mut s, Action::Label(later, "2027".into()), false);
    step(&mut s, Action::Type(later, "no code here".into()), true);
    step(&mut s, Action::Label(later, "2027 Q1".into()), true);
    step(&mut s, Action::Label(later, "2027 Q1".into()), false);
    step(&mut s, Action::Clear(later), true);
    step(&mut s, Action::RemoveWave(later), false);
    step(&mut s, Action::Clear(Wave::FIRST), true);
}

/// The page's list of what a wave found comes from the model: each problem names its file as the
/// organizer called it, escaped, with its line, and a long paste is named as such.
#[test]
fn the_found_list_names_each_problem_by_its_source_and_line() {
    let mut s = summary();
    let good = codes(7, 2);
    s.add_file(
        Wave::FIRST,
        1,
        "<b>ward</b>.csv",
        &format!("{}\n{}\n{}\n", good[0], good[1], good[0]),
    );
    s.apply(Action::Open {
        wave: Wave::FIRST,
        id: 2,
        origin: Origin::Paste,
        size: 1,
    });
    s.apply(Action::Feed(Wave::FIRST, 2, other_survey_code()));
    let en = s.found(Wave::FIRST, Lang::En);
    assert!(
        en.contains("<code>") && en.contains("(&lt;b&gt;ward&lt;/b&gt;.csv, line 3)"),
        "{en}"
    );
    assert!(en.contains("(Pasted text, line 1)"), "{en}");
    assert!(!en.contains("<b>ward"), "{en}");
    let es = s.found(Wave::FIRST, Lang::Es);
    assert!(es.contains("(Texto pegado, línea 1)"), "{es}");
}

#[test]
fn the_text_area_waits_for_a_file_read_in_slices_and_counts_as_if_it_had_not() {
    let codes = codes(14, 60);
    let typed = codes[..5].join("\n");
    let text = codes[3..].join("\n");
    // What the page ends with when the file is read in one piece.
    let mut whole = summary();
    whole.apply(Action::Type(Wave::FIRST, typed.clone()));
    add(&mut whole, Wave::FIRST, &text);
    assert_eq!(whole.respondents(Wave::FIRST), 60);
    let mut sliced = summary();
    sliced.apply(Action::Type(Wave::FIRST, typed));
    sliced.apply(Action::Open {
        wave: Wave::FIRST,
        id: 1,
        origin: Origin::File("codes.txt".into()),
        size: text.len(),
    });
    let pieces: Vec<&str> = candor::summary::slices(&text, 200).collect();
    assert!(pieces.len() > 4);
    for (index, piece) in pieces.iter().enumerate() {
        sliced.apply(Action::Feed(Wave::FIRST, 1, piece.to_string()));
        let read: usize = pieces[..=index].iter().map(|p| p.lines().count()).sum();
        if index + 1 < pieces.len() {
            // Meanwhile the wave holds the file's codes so far, the text area's not yet.
            assert_eq!(sliced.respondents(Wave::FIRST), read as u64);
            assert_eq!(problems(&sliced, Wave::FIRST), vec![]);
        }
    }
    assert_eq!(sliced.counts(Wave::FIRST), whole.counts(Wave::FIRST));
    assert_eq!(
        problems(&sliced, Wave::FIRST),
        problems(&whole, Wave::FIRST)
    );
    assert_eq!(
        problems(&sliced, Wave::FIRST)
            .iter()
            .map(|p| (p.verdict, p.place))
            .collect::<Vec<_>>(),
        vec![(Verdict::Duplicate, Place::Typed); 2]
    );
    // A second file that cannot be read in the end: the text area counts again once it is given up.
    sliced.apply(Action::Open {
        wave: Wave::FIRST,
        id: 2,
        origin: Origin::File("gone.txt".into()),
        size: 100,
    });
    sliced.apply(Action::Feed(Wave::FIRST, 2, format!("{}\n", codes[0])));
    sliced.apply(Action::Unreadable(Wave::FIRST, 2));
    assert_eq!(sliced.respondents(Wave::FIRST), 60);
    assert_eq!(problems(&sliced, Wave::FIRST).len(), 3);
}
