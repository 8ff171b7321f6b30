#![cfg(not(target_arch = "wasm32"))]
//! The summary page's model: accumulation of pastes, outcomes and their counts, response rate,
//! the combined code, and the settings it accepts.

use candor::code::{extract, Codec, Content, DecodeError, Verdict};
use candor::instrument::{Shape, DEFAULT};
use candor::lang::{Explain, Lang};
use candor::link::{Field, LinkError, SurveyLink};
use candor::report::summarize;
use candor::summary::{Action, OpenError, Origin, Place, Problem, Summary, Wave, LISTED_PROBLEMS};
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
    add(&mut summary, Wave::Baseline, &codes[..4].join("\n"));
    add(&mut summary, Wave::Baseline, &codes[3..].join("\n"));
    let counts = summary.counts(Wave::Baseline);
    assert_eq!(counts.get(Verdict::Accepted), 6);
    assert_eq!(summary.respondents(Wave::Baseline), 6);
    assert_eq!(counts.get(Verdict::Duplicate), 1);
    let problem = &problems(&summary, Wave::Baseline)[0];
    assert_eq!(problem.verdict, Verdict::Duplicate);
    assert_eq!((problem.place, problem.line), (Place::Source(2), 1));
    assert_eq!(problem.text, codes[3]);
    assert_ne!(problem.message(Lang::En), problem.message(Lang::Es));
    // Each file is listed with its own counts.
    let sources = summary.sources(Wave::Baseline);
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
    add(&mut summary, Wave::Baseline, "nothing here");
    summary.apply(Action::Type(Wave::Baseline, text.clone()));
    let counts = summary.counts(Wave::Baseline);
    assert_eq!(counts.get(Verdict::Accepted), 5);
    assert_eq!(counts.get(Verdict::Duplicate), 1);
    // Fifteen digits look like a code, and fail its checksum like a typo.
    assert_eq!(counts.get(Verdict::Mistyped), 2);
    assert_eq!(counts.get(Verdict::OtherSurvey), 1);
    assert_eq!(counts.get(Verdict::Malformed), 0);
    assert_eq!(counts.tokens(), 9);
    let problems = problems(&summary, Wave::Baseline);
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
        .typed(Wave::Baseline)
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
    summary.apply(Action::Type(Wave::Baseline, mistyped(&code)));
    let problem = &problems(&summary, Wave::Baseline)[0];
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
    summary.apply(Action::Type(Wave::Baseline, long));
    let problem = &problems(&summary, Wave::Baseline)[0];
    assert_eq!(problem.text.chars().count(), 41);
    assert!(problem.text.ends_with('…'));
}

#[test]
fn the_response_rate_warns_when_responses_exceed_the_headcount() {
    let mut summary = summary();
    add(&mut summary, Wave::Baseline, &codes(5, 12).join("\n"));
    assert_eq!(summary.response_rate(Wave::Baseline), None);
    summary.apply(Action::Headcount(Wave::Baseline, Some(24)));
    let rate = summary.response_rate(Wave::Baseline).unwrap();
    assert_eq!(
        (rate.responses, rate.headcount, rate.exceeds),
        (12, 24, false)
    );
    assert!((rate.rate - 0.5).abs() < 1e-12);
    summary.apply(Action::Headcount(Wave::Baseline, Some(10)));
    assert!(summary.response_rate(Wave::Baseline).unwrap().exceeds);
    summary.apply(Action::Headcount(Wave::Baseline, Some(12)));
    assert!(!summary.response_rate(Wave::Baseline).unwrap().exceeds);
    summary.apply(Action::Headcount(Wave::Baseline, Some(0)));
    assert_eq!(summary.response_rate(Wave::Baseline), None);
}

#[test]
fn the_combined_code_is_offered_from_the_minimum_group_and_holds_the_same_report() {
    let codes = codes(6, 40);
    let mut summary = summary();
    add(&mut summary, Wave::Baseline, &codes[..4].join("\n"));
    assert!(!summary.offers_combined(Wave::Baseline));
    assert_eq!(summary.combined_code(Wave::Baseline, 1), None);
    assert!(summary.report(Wave::Baseline).figures.is_none());
    summary.apply(Action::Type(Wave::Baseline, codes[4..].join(" ")));
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
    again.apply(Action::Type(Wave::Baseline, code.grouped()));
    assert_eq!(again.report(Wave::Baseline), report);
    assert_eq!(again.counts(Wave::Baseline).get(Verdict::Accepted), 1);
}

#[test]
fn waves_are_separate_and_compared_once_a_follow_up_is_pasted() {
    let codes = codes(7, 30);
    let mut summary = summary();
    summary.apply(Action::Type(Wave::Baseline, codes[..15].join("\n")));
    assert_eq!(summary.comparison(), None);
    // The same code in the other wave is not a duplicate: each wave reads on its own.
    add(&mut summary, Wave::FollowUp, &codes[10..].join("\n"));
    assert_eq!(summary.respondents(Wave::FollowUp), 20);
    assert_eq!(summary.counts(Wave::FollowUp).get(Verdict::Duplicate), 0);
    let comparison = summary.comparison().unwrap();
    assert_eq!((comparison.baseline_n, comparison.follow_up_n), (15, 20));
    assert!(comparison.figures.is_some());
    summary.apply(Action::Headcount(Wave::FollowUp, Some(40)));
    summary.apply(Action::Clear(Wave::FollowUp));
    assert_eq!(summary.respondents(Wave::FollowUp), 0);
    assert!(summary.sources(Wave::FollowUp).is_empty());
    assert!(!summary.has_codes(Wave::FollowUp));
    assert_eq!(summary.headcount(Wave::FollowUp), Some(40));
    assert_eq!(summary.comparison(), None);
    assert_eq!(summary.respondents(Wave::Baseline), 15);
    // The CSV holds the baseline, and the change once a follow-up is pasted.
    assert!(!summary.csv(Lang::En).contains("\r\nchange,"));
    summary.apply(Action::Type(Wave::FollowUp, codes[..10].join("\n")));
    assert!(summary.csv(Lang::Es).contains("\r\nchange,burnout,"));
}

#[test]
fn a_clone_is_a_snapshot() {
    let codes = codes(8, 10);
    let mut summary = summary();
    add(&mut summary, Wave::Baseline, &codes[..5].join("\n"));
    let before = summary.clone();
    add(&mut summary, Wave::Baseline, &codes[5..].join("\n"));
    assert_eq!(before.respondents(Wave::Baseline), 5);
    assert_eq!(summary.respondents(Wave::Baseline), 10);
}

#[test]
fn empty_text_adds_nothing() {
    let mut summary = summary();
    summary.apply(Action::Type(Wave::Baseline, String::new()));
    assert!(!summary.has_codes(Wave::Baseline));
    summary.apply(Action::Type(Wave::Baseline, "\n".into()));
    assert!(summary.has_codes(Wave::Baseline));
    assert_eq!(summary.counts(Wave::Baseline).tokens(), 0);
    // An empty file is listed, and holds nothing.
    add(&mut summary, Wave::Baseline, "");
    assert_eq!(summary.sources(Wave::Baseline).len(), 1);
    assert!(summary.sources(Wave::Baseline)[0].done());
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
    summary.apply(Action::Type(Wave::Baseline, code));
    assert_eq!(summary.counts(Wave::Baseline).get(Verdict::Accepted), 1);
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
            add(&mut forward, Wave::Baseline, chunk);
        }
        let mut shuffled: Vec<&String> = chunks.iter().collect();
        let mut rng = People(seed);
        for i in (1..shuffled.len()).rev() {
            shuffled.swap(i, rng.below(i as u64 + 1) as usize);
        }
        let mut other = summary();
        for chunk in shuffled {
            add(&mut other, Wave::Baseline, chunk);
        }
        prop_assert_eq!(forward.report(Wave::Baseline), other.report(Wave::Baseline));
        prop_assert_eq!(forward.counts(Wave::Baseline), other.counts(Wave::Baseline));
        prop_assert_eq!(&forward.collection(Wave::Baseline).tally, &other.collection(Wave::Baseline).tally);
        // One paste of everything gives the same as the chunks.
        let mut whole = summary();
        whole.apply(Action::Type(Wave::Baseline, pieces.join("\n")));
        prop_assert_eq!(whole.counts(Wave::Baseline), forward.counts(Wave::Baseline));
        prop_assert_eq!(whole.report(Wave::Baseline), forward.report(Wave::Baseline));
        // Removing a file is the same as never having read it.
        if chunks.len() > 1 {
            let mut without = summary();
            for chunk in &chunks[1..] {
                add(&mut without, Wave::Baseline, chunk);
            }
            forward.apply(Action::Remove(Wave::Baseline, 1));
            prop_assert_eq!(forward.counts(Wave::Baseline), without.counts(Wave::Baseline));
            prop_assert_eq!(forward.report(Wave::Baseline), without.report(Wave::Baseline));
            prop_assert_eq!(problems(&forward, Wave::Baseline).len(), problems(&without, Wave::Baseline).len());
        }
    }

    #[test]
    fn counts_add_up_to_the_tokens_found(chunks in proptest::collection::vec(pieces(), 0..4)) {
        let mut summary = summary();
        let mut tokens = 0;
        for chunk in &chunks {
            let text = chunk.join(" ; ");
            tokens += extract(summary.codec(), &text).len();
            add(&mut summary, Wave::Baseline, &text);
        }
        let counts = summary.counts(Wave::Baseline);
        prop_assert_eq!(counts.tokens(), tokens);
        let by_source = summary
            .sources(Wave::Baseline)
            .iter()
            .fold(candor::code::Counts::default(), |sum, s| sum.plus(&s.counts));
        prop_assert_eq!(by_source, counts);
        prop_assert_eq!(
            counts.problems(),
            summary.problems(Wave::Baseline).count() + summary.unlisted_problems(Wave::Baseline)
        );
    }

    #[test]
    fn a_combined_code_holds_the_waves_report(seed in any::<u64>(), count in 5usize..60, nonce in any::<u64>()) {
        let mut summary = summary();
        let codes = codes(seed, count);
        for chunk in codes.chunks(7) {
            add(&mut summary, Wave::FollowUp, &chunk.join("\n"));
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
            add(&mut summary, Wave::FollowUp, chunk);
            summary.apply(Action::Type(Wave::FollowUp, chunk.clone()));
        }
        let _ = summary.report(Wave::FollowUp);
        let _ = summary.comparison();
        for problem in summary.problems(Wave::FollowUp) {
            prop_assert!(problem.line >= 1);
            prop_assert!(!problem.message(Lang::Es).is_empty());
        }
    }
}

#[test]
fn the_text_area_is_read_after_every_file_and_again_when_it_changes() {
    let codes = codes(12, 6);
    let mut summary = summary();
    summary.apply(Action::Type(Wave::Baseline, codes[..3].join("\n")));
    assert_eq!(summary.respondents(Wave::Baseline), 3);
    // A file holding a typed code: the file's copy counts, the typed one is its duplicate.
    add(&mut summary, Wave::Baseline, &codes[2..].join("\n"));
    assert_eq!(summary.respondents(Wave::Baseline), 6);
    let problem = &problems(&summary, Wave::Baseline)[0];
    assert_eq!(
        (problem.verdict, problem.place, problem.line),
        (Verdict::Duplicate, Place::Typed, 3)
    );
    assert_eq!(
        summary.sources(Wave::Baseline)[0]
            .counts
            .get(Verdict::Accepted),
        4
    );
    // Editing the text area reads it again; the file stays.
    summary.apply(Action::Type(Wave::Baseline, codes[0].clone()));
    assert_eq!(summary.respondents(Wave::Baseline), 5);
    assert_eq!(summary.problems(Wave::Baseline).count(), 0);
    summary.apply(Action::Remove(Wave::Baseline, 1));
    assert_eq!(summary.respondents(Wave::Baseline), 1);
    assert!(summary.sources(Wave::Baseline).is_empty());
    assert_eq!(summary.typed(Wave::Baseline), codes[0]);
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
    add(&mut whole, Wave::Baseline, &text);
    let mut sliced = summary();
    sliced.apply(Action::Open {
        wave: Wave::Baseline,
        id: 7,
        origin: Origin::Paste,
        size: text.len(),
    });
    let pieces: Vec<&str> = candor::summary::slices(&text, 100).collect();
    assert!(pieces.len() > 5);
    for (index, piece) in pieces.iter().enumerate() {
        let source = &sliced.sources(Wave::Baseline)[0];
        assert!(!source.done());
        assert_eq!(source.read, pieces[..index].concat().len());
        sliced.apply(Action::Feed(Wave::Baseline, 7, piece.to_string()));
    }
    assert!(sliced.sources(Wave::Baseline)[0].done());
    assert_eq!(sliced.counts(Wave::Baseline), whole.counts(Wave::Baseline));
    let lines = |s: &Summary| {
        problems(s, Wave::Baseline)
            .iter()
            .map(|p| p.line)
            .collect::<Vec<_>>()
    };
    assert_eq!(lines(&sliced), lines(&whole));
    assert_eq!(lines(&sliced), vec![41, 42]);
    // Slices for a source nobody opened, or after the wave was cleared, change nothing.
    sliced.apply(Action::Feed(Wave::Baseline, 8, codes[1].clone()));
    assert_eq!(sliced.counts(Wave::Baseline), whole.counts(Wave::Baseline));
    sliced.apply(Action::Clear(Wave::Baseline));
    sliced.apply(Action::Feed(Wave::Baseline, 7, codes[1].clone()));
    assert_eq!(sliced.counts(Wave::Baseline).tokens(), 0);
}

#[test]
fn an_unreadable_file_is_listed_as_such() {
    let mut summary = summary();
    summary.apply(Action::Open {
        wave: Wave::Baseline,
        id: 1,
        origin: Origin::File("gone.csv".into()),
        size: 10,
    });
    summary.apply(Action::Unreadable(Wave::Baseline, 1));
    let source = &summary.sources(Wave::Baseline)[0];
    assert!(source.unreadable && source.done());
}

#[test]
fn only_the_first_problems_are_kept_however_many_there_are() {
    let garbage: String = (0..LISTED_PROBLEMS + 500)
        .map(|i| format!("{:015}\n", i))
        .collect();
    let mut summary = summary();
    add(&mut summary, Wave::Baseline, &garbage);
    summary.apply(Action::Type(Wave::Baseline, garbage.clone()));
    let counts = summary.counts(Wave::Baseline);
    assert_eq!(counts.problems(), 2 * (LISTED_PROBLEMS + 500));
    assert_eq!(summary.problems(Wave::Baseline).count(), LISTED_PROBLEMS);
    assert_eq!(
        summary.unlisted_problems(Wave::Baseline),
        LISTED_PROBLEMS + 1_000
    );
    assert!(summary
        .problems(Wave::Baseline)
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
        let report = s.report(Wave::Baseline);
        let comparison = s.comparison();
        s.apply(action.clone());
        assert_eq!(s.version() != seen, changes, "{action:?}");
        if !changes {
            assert_eq!(s.report(Wave::Baseline), report, "{action:?}");
            assert_eq!(s.comparison(), comparison, "{action:?}");
        }
        seen = s.version();
    };
    step(
        &mut s,
        Action::Type(Wave::Baseline, codes[..6].join("\n")),
        true,
    );
    step(
        &mut s,
        Action::Type(Wave::Baseline, format!("{}\nx", codes[..6].join("\n"))),
        false,
    );
    // Staff numbers make the response rates, which the page keeps with the report.
    step(&mut s, Action::Headcount(Wave::Baseline, Some(40)), true);
    step(&mut s, Action::Headcount(Wave::Baseline, Some(40)), false);
    step(
        &mut s,
        Action::UnitHeadcount(Wave::Baseline, 1, Some(12)),
        true,
    );
    step(
        &mut s,
        Action::Type(Wave::Baseline, codes[..6].join("\n")),
        false,
    );
    step(
        &mut s,
        Action::Type(Wave::Baseline, codes[..7].join("\n")),
        true,
    );
    step(
        &mut s,
        Action::Open {
            wave: Wave::Baseline,
            id: 1,
            origin: Origin::Paste,
            size: 30,
        },
        false,
    );
    step(
        &mut s,
        Action::Feed(Wave::Baseline, 1, codes[7].clone()),
        true,
    );
    step(&mut s, Action::Remove(Wave::Baseline, 1), true);
    // Anything given as the follow-up, even no code, brings the comparison.
    step(
        &mut s,
        Action::Type(Wave::FollowUp, "no code here".into()),
        true,
    );
    step(&mut s, Action::Clear(Wave::FollowUp), true);
    step(&mut s, Action::Clear(Wave::Baseline), true);
}

/// The page's list of what a wave found comes from the model: each problem names its file as the
/// organizer called it, escaped, with its line, and a long paste is named as such.
#[test]
fn the_found_list_names_each_problem_by_its_source_and_line() {
    let mut s = summary();
    let good = codes(7, 2);
    s.add_file(
        Wave::Baseline,
        1,
        "<b>ward</b>.csv",
        &format!("{}\n{}\n{}\n", good[0], good[1], good[0]),
    );
    s.apply(Action::Open {
        wave: Wave::Baseline,
        id: 2,
        origin: Origin::Paste,
        size: 1,
    });
    s.apply(Action::Feed(Wave::Baseline, 2, other_survey_code()));
    let en = s.found(Wave::Baseline, Lang::En);
    assert!(
        en.contains("<code>") && en.contains("(&lt;b&gt;ward&lt;/b&gt;.csv, line 3)"),
        "{en}"
    );
    assert!(en.contains("(Pasted text, line 1)"), "{en}");
    assert!(!en.contains("<b>ward"), "{en}");
    let es = s.found(Wave::Baseline, Lang::Es);
    assert!(es.contains("(Texto pegado, línea 1)"), "{es}");
}
