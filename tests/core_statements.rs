#![cfg(not(target_arch = "wasm32"))]
//! The organization's own statements in the code (`docs/code-format.md`): each answer a bin in
//! the payload and in the counters; codes of a survey with three statements stay within 25
//! symbols, ordinary, deniable or with a slip; every code round-trips; every single typo is
//! caught; the wording is bound into the tag, so a code made under one wording is never counted
//! under another; and a survey without statements keeps its codes exactly.

use candor::code::{Codec, Content, DecodeError, SlipKey, Tally, Verdict};
use candor::deniability::Deniability;
use candor::instrument::{OwnStatement, Shape, DEFAULT, MAX_OWN_STATEMENTS};
use candor::scoring::{Bin, Scores};
use proptest::prelude::*;

#[allow(dead_code)]
#[path = "support/people.rs"]
mod people;
use people::People;

#[path = "support/typos.rs"]
mod typos;

fn statement(en: &str, es: &str) -> OwnStatement {
    OwnStatement {
        en: en.into(),
        es: es.into(),
    }
}

/// Three statements, one of them in English only.
fn three() -> Vec<OwnStatement> {
    people::golden_statements()
}

fn shape(statements: Vec<OwnStatement>, deniability: Option<Deniability>) -> Shape {
    Shape {
        id: "own-statements".into(),
        units: 30,
        asks_role: true,
        deniability,
        statements,
    }
}

fn bin() -> impl Strategy<Value = Option<Bin>> {
    prop_oneof![
        Just(None),
        Just(Some(Bin::Unfavourable)),
        Just(Some(Bin::Neutral)),
        Just(Some(Bin::Favourable))
    ]
}

/// Someone of a survey with `statements` statements: anyone, with an answer to each statement.
fn someone(people: &mut People, statements: usize) -> Scores {
    let mut scores = people.anyone(30, true);
    scores.statements = (0..statements)
        .map(|_| candor::scoring::state_bin(people.below(4) as usize))
        .collect();
    scores
}

/// Someone's scores as a deniable code reports them.
fn reported(people: &mut People, statements: usize) -> Scores {
    let truth = someone(people, statements);
    candor::randomized::randomize(&DEFAULT, &truth, Deniability::Standard, || {
        people.next() as f64 / (1u64 << 53) as f64
    })
}

fn individual(decoded: candor::code::Decoded) -> Scores {
    match decoded.content {
        Content::Individual(scores) => scores,
        other => panic!("not an individual code: {other:?}"),
    }
}

#[test]
fn codes_with_three_statements_stay_within_25_symbols() {
    let mut people = People(3);
    for (count, symbols) in [(0, 23), (1, 24), (2, 24), (3, 25)] {
        let statements: Vec<OwnStatement> = three().into_iter().take(count).collect();
        for deniability in [None, Some(Deniability::Standard), Some(Deniability::Strong)] {
            let codec = Codec::new(&DEFAULT, &shape(statements.clone(), deniability)).unwrap();
            assert_eq!(
                codec.individual_length(),
                symbols,
                "{count} {deniability:?}"
            );
            let scores = if deniability.is_some() {
                reported(&mut people, count)
            } else {
                someone(&mut people, count)
            };
            let code = codec.encode(&scores, people.nonce()).unwrap();
            assert_eq!(code.as_str().len(), symbols);
            let key = SlipKey::from_bytes([7; 16]);
            let slipped = codec.encode_with_slip(&scores, key.slip(3)).unwrap();
            assert_eq!(slipped.as_str().len(), symbols);
        }
    }
    // No more than three: the code's width is fixed for at most MAX_OWN_STATEMENTS.
    let mut four = three();
    four.push(statement("One more.", ""));
    assert_eq!(MAX_OWN_STATEMENTS, 3);
    assert!(Codec::new(&DEFAULT, &shape(four, None)).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Every individual code reads back as the scores it was made from, statements included.
    #[test]
    fn individual_codes_round_trip(
        count in 0usize..=3,
        deniable: bool,
        seed: u64,
        answers in proptest::collection::vec(bin(), 3),
        nonce in 0u64..(1 << 35),
    ) {
        let statements: Vec<OwnStatement> = three().into_iter().take(count).collect();
        let level = deniable.then_some(Deniability::Standard);
        let codec = Codec::new(&DEFAULT, &shape(statements, level)).unwrap();
        let mut people = People(seed);
        let mut scores = if deniable { reported(&mut people, count) } else { someone(&mut people, count) };
        scores.statements = answers.into_iter().take(count).collect();
        let code = codec.encode(&scores, nonce).unwrap();
        prop_assert_eq!(individual(codec.decode(code.as_str()).unwrap()), scores);
    }

    /// A combined code of people with statements reads back as the same tally.
    #[test]
    fn combined_codes_round_trip(count in 1usize..=3, deniable: bool, seed: u64, n in 1usize..80) {
        let statements: Vec<OwnStatement> = three().into_iter().take(count).collect();
        let level = deniable.then_some(Deniability::Standard);
        let codec = Codec::new(&DEFAULT, &shape(statements, level)).unwrap();
        let mut people = People(seed);
        let mut tally = codec.empty_tally();
        for _ in 0..n {
            let scores = if deniable { reported(&mut people, count) } else { someone(&mut people, count) };
            prop_assert!(tally.add(&scores));
        }
        prop_assert!(tally.is_consistent());
        let code = codec.encode_tally(&tally, 77).unwrap();
        match codec.decode(code.as_str()).unwrap().content {
            Content::Combined(read) => prop_assert_eq!(read, tally),
            other => prop_assert!(false, "{:?}", other),
        }
    }
}

#[test]
fn the_statements_are_counted_by_bin_burned_out_and_breakdown_cell() {
    let codec = Codec::new(&DEFAULT, &shape(three(), None)).unwrap();
    let mut tally = codec.empty_tally();
    let mut people = People(11);
    let mut all = Vec::new();
    for _ in 0..200 {
        let scores = someone(&mut people, 3);
        tally.add(&scores);
        all.push(scores);
    }
    for s in 0..3 {
        for state in 0..4 {
            for burned in [false, true] {
                let expected = all
                    .iter()
                    .filter(|p| candor::scoring::bin_state(p.statements[s]) == state)
                    .filter(|p| (p.burnout >= DEFAULT.burnout.threshold) == burned)
                    .count() as u64;
                assert_eq!(tally.statement(s, state, burned), expected);
            }
        }
        for (k, cell) in tally.unit_cells().iter().enumerate() {
            let here: Vec<&Scores> = all
                .iter()
                .filter(|p| p.unit.map_or(0, |u| usize::from(u) + 1) == k)
                .collect();
            let favourable = here
                .iter()
                .filter(|p| p.statements[s] == Some(Bin::Favourable))
                .count() as u64;
            let answered = here.iter().filter(|p| p.statements[s].is_some()).count() as u64;
            assert_eq!(cell.statements[s], (favourable, answered));
        }
    }
    assert_eq!(tally.statements(), 3);
    assert!(tally.is_consistent());
    // The counters travel in a combined code and read back the same.
    let code = codec.encode_tally(&tally, 5).unwrap();
    let Content::Combined(read) = codec.decode(code.as_str()).unwrap().content else {
        panic!("a combined code");
    };
    assert_eq!(read, tally);
}

#[test]
fn every_single_substitution_and_adjacent_swap_is_caught() {
    let mut people = People(19);
    let mut caught = 0u64;
    for deniability in [None, Some(Deniability::Standard)] {
        let codec = Codec::new(&DEFAULT, &shape(three(), deniability)).unwrap();
        for _ in 0..40 {
            let scores = if deniability.is_some() {
                reported(&mut people, 3)
            } else {
                someone(&mut people, 3)
            };
            let code = codec.encode(&scores, people.nonce()).unwrap();
            for (_, typo) in typos::substitutions(code.as_str()) {
                let error = codec.decode(&typo).unwrap_err();
                assert_eq!(
                    error.verdict(),
                    Verdict::Mistyped,
                    "{code} → {typo}: {error:?}"
                );
                caught += 1;
            }
            for swapped in typos::swaps(code.as_str()) {
                assert!(matches!(
                    codec.decode(&swapped),
                    Err(DecodeError::Mistyped { .. })
                ));
            }
        }
    }
    // Every substitution of every symbol of 80 codes of 25 symbols, by each of 31 others.
    assert_eq!(caught, 80 * 25 * 31);
}

#[test]
fn another_wording_is_another_survey() {
    let base = Codec::new(&DEFAULT, &shape(three(), None)).unwrap();
    let mut people = People(23);
    let code = base.encode(&someone(&mut people, 3), 42).unwrap();
    let mut changes: Vec<Vec<OwnStatement>> = Vec::new();
    for s in 0..3 {
        let mut english = three();
        english[s].en.push('!');
        changes.push(english);
        let mut spanish = three();
        spanish[s].es.push('.');
        changes.push(spanish);
    }
    let mut reordered = three();
    reordered.swap(0, 1);
    changes.push(reordered);
    // The words moved from one language to the other, or from one statement to the next.
    let mut moved = three();
    moved[2] = statement("", "The merger has been explained to me clearly.");
    changes.push(moved);
    let mut joined = three();
    joined[0].en = format!("{}{}", joined[0].en, joined[0].es);
    joined[0].es = String::new();
    changes.push(joined);
    changes.push(three().into_iter().take(2).collect());
    let mut tags = vec![base.tag()];
    for statements in changes {
        let other = Codec::new(&DEFAULT, &shape(statements.clone(), None)).unwrap();
        assert_ne!(other.tag(), base.tag(), "{statements:?}");
        tags.push(other.tag());
        // Read with the other wording — or with fewer statements, whose codes are shorter — the
        // code is from another survey: never counted there, and not taken for a typo.
        assert_eq!(other.decode(code.as_str()), Err(DecodeError::OtherSurvey));
    }
    tags.sort_unstable();
    tags.dedup();
    assert_eq!(tags.len(), 11);
}

#[test]
fn a_code_from_before_the_statements_is_from_another_survey_not_a_typo() {
    let before = Codec::new(&DEFAULT, &shape(Vec::new(), None)).unwrap();
    let after = Codec::new(&DEFAULT, &shape(three(), None)).unwrap();
    let mut people = People(29);
    let old = before.encode(&someone(&mut people, 0), 5).unwrap();
    let new = after.encode(&someone(&mut people, 3), 6).unwrap();
    assert_eq!(after.decode(old.as_str()), Err(DecodeError::OtherSurvey));
    assert_eq!(before.decode(new.as_str()), Err(DecodeError::OtherSurvey));
    // A code of this survey with a symbol dropped where the checksum cannot tell is still a typo.
    let cut: String = new.as_str().chars().take(24).collect();
    assert_eq!(after.decode(&cut).unwrap_err().verdict(), Verdict::Mistyped);
}

#[test]
fn a_survey_without_statements_keeps_its_tag_and_its_codes() {
    // Golden vector 1's survey and code (docs/code-format.md), unchanged.
    let golden = Shape {
        id: "k7p2-golden".into(),
        units: 6,
        asks_role: true,
        deniability: None,
        statements: Vec::new(),
    };
    let codec = Codec::new(&DEFAULT, &golden).unwrap();
    assert_eq!(codec.tag(), 0xD20DD);
    assert_eq!(
        codec
            .encode(&people::golden(), 0x5_1234_5678)
            .unwrap()
            .grouped(),
        "4T86-XM93-8NKR-2E0M-6ECS-YFM"
    );
    // A tally of a survey with statements never merges with one without.
    let with = Tally::new(&DEFAULT, &shape(three(), None));
    let without = Tally::new(&DEFAULT, &shape(Vec::new(), None));
    assert_ne!(with, without);
    assert!(candor::code::merge(&with, &without).is_err());
}

// The statements in the survey link (docs/link-format.md, "Statements of the organization's own").

use candor::lang::{Explain, Lang};
use candor::link::{compact, expand, statement_key, Field, LinkError, SurveyLink, LINK_VERSION};

fn link_with(statements: Vec<OwnStatement>) -> SurveyLink {
    let mut link = SurveyLink::new("K7M2Q9XT4B".into());
    link.title = "Staff wellbeing 2026".into();
    link.units = vec!["Emergency".into(), "Surgery".into()];
    link.statements = statements;
    link
}

#[test]
fn statements_travel_in_the_link_under_their_own_version() {
    let link = link_with(three());
    let query = link.to_query();
    assert!(query.starts_with("v=5&"), "{query}");
    assert!(query.contains("&q1en=The+new+scheduling+system"), "{query}");
    assert!(query.contains("&q1es=El+nuevo+sistema"), "{query}");
    assert!(
        query.contains("&q3en=The+merger") && !query.contains("q3es"),
        "{query}"
    );
    assert_eq!(SurveyLink::parse(&query), Ok(link.clone()));
    // The statements sit after `s` and before `d`, as the document lists the keys.
    let mut deniable = link.clone();
    deniable.deniability = Some(Deniability::Standard);
    deniable.send_to = "The box by the staff room".into();
    let query = deniable.to_query();
    let at = |key: &str| query.find(key).unwrap();
    assert!(
        at("&s=") < at("&q1en=") && at("&q3en=") < at("&d="),
        "{query}"
    );
    assert_eq!(SurveyLink::parse(&query), Ok(deniable));
    // The compact form carries them too.
    assert_eq!(
        SurveyLink::parse(&expand(&compact(&link.to_query())).unwrap()),
        Ok(link.clone())
    );
    // The code's shape carries the wording, so the tag does.
    assert_eq!(link.shape().statements, three());
    // A survey without statements still writes the version it always did.
    assert!(link_with(Vec::new()).to_query().starts_with("v=1&"));
    assert_eq!(LINK_VERSION, 5);
}

#[test]
fn an_older_candor_refuses_a_link_with_statements() {
    // What a Candor from before statements does with such a link: it reads formats up to 4, so it
    // names the link as newer instead of running the survey without the statements.
    let query = link_with(three()).to_query();
    let older = query.replacen("v=5", "v=6", 1);
    assert_eq!(SurveyLink::parse(&older), Err(LinkError::NewerVersion(6)));
}

#[test]
fn statement_keys_are_numbered_by_statement_and_language() {
    assert_eq!(statement_key(0, Lang::En), "q1en");
    assert_eq!(statement_key(2, Lang::Es), "q3es");
    // Only the Spanish wording: the statement is shown in Spanish to everyone.
    let read = SurveyLink::parse("v=5&id=ABCDEF&t=x&q1es=Me+siento+segura").unwrap();
    assert_eq!(read.statements, vec![statement("", "Me siento segura")]);
    assert_eq!(
        read.statements[0].text(Lang::En),
        ("Me siento segura", Lang::Es)
    );
    // Numbers without words in either language are no statement; the rest keep their order.
    let read = SurveyLink::parse("v=5&id=ABCDEF&t=x&q1en=&q2en=Second&q3en=Third").unwrap();
    assert_eq!(
        read.statements,
        vec![statement("Second", ""), statement("Third", "")]
    );
    // Keys of a fourth statement or another language are not this version's: ignored, as every
    // unknown key is (a later Candor that wrote them would have raised `v`).
    let read = SurveyLink::parse("v=5&id=ABCDEF&t=x&q4en=Four&q1fr=Un&q0en=Zero&q1en=One").unwrap();
    assert_eq!(read.statements, vec![statement("One", "")]);
}

#[test]
fn a_bad_statement_is_named() {
    let long = "x".repeat(201);
    let cases = [
        (
            format!("v=5&id=ABCDEF&t=x&q1en={long}"),
            LinkError::TooLong {
                field: Field::Statement,
                max: 200,
            },
        ),
        (
            "v=5&id=ABCDEF&t=x&q1en=a%0Ab".to_string(),
            LinkError::Invalid(Field::Statement),
        ),
        (
            "v=5&id=ABCDEF&t=x&q1en=a&q1en=b".to_string(),
            LinkError::Repeated(Field::Statement),
        ),
        (
            "v=5&id=ABCDEF&t=x&q2es=a%E".to_string(),
            LinkError::Damaged(Field::Statement),
        ),
    ];
    for (query, expected) in cases {
        assert_eq!(SurveyLink::parse(&query), Err(expected.clone()), "{query}");
        for lang in Lang::ALL {
            assert!(expected.message(lang).contains(match lang {
                Lang::En => "statement",
                Lang::Es => "afirmación",
            }));
        }
    }
    // A form's empty statement, and four statements, are named too.
    let mut link = link_with(vec![statement(" ", "")]);
    assert_eq!(link.validate(), Err(LinkError::Missing(Field::Statement)));
    assert_eq!(
        link.statement_problem(0),
        Some(LinkError::Missing(Field::Statement))
    );
    link.statements = three();
    link.statements.push(statement("Four", ""));
    assert_eq!(link.validate(), Err(LinkError::Invalid(Field::Statement)));
    // 200 characters is allowed, in either language.
    let at_most = link_with(vec![statement(&"é".repeat(200), &"ñ".repeat(200))]);
    assert_eq!(SurveyLink::parse(&at_most.to_query()), Ok(at_most));
}

// The statements in the respondent's path (docs/scoring.md).

use candor::respondent::{Action, Flow, Progress, Step};
use candor::scoring::Answer;

/// The respondent's path of a survey with the three statements, deniable when `deniable`.
fn flow_of(deniable: bool) -> Flow {
    let mut link = link_with(three());
    link.lang = Some(Lang::En);
    if deniable {
        link.deniability = Some(Deniability::Standard);
    }
    Flow::of_link(&link, Box::new(|| Some(0.3))).unwrap()
}

#[test]
fn the_statements_are_the_last_screen_optional_and_binned_like_a_lever() {
    let flow = flow_of(false);
    let standard = Flow::of_link(&link_with(Vec::new()), Box::new(|| Some(0.3))).unwrap();
    let shown = flow.sections();
    assert_eq!(shown.len(), standard.sections().len() + 1);
    let (last, positions) = shown.last().unwrap();
    let first = DEFAULT.items.len();
    assert_eq!(positions, &vec![first, first + 1, first + 2]);
    assert_eq!(
        flow.heading(last, Lang::En),
        "Your organization's own questions"
    );
    assert_eq!(
        flow.heading(last, Lang::Es),
        "Preguntas propias de su organización"
    );
    assert_eq!(flow.own_statement(first + 2).unwrap().en, three()[2].en);
    assert!(flow.own_statement(first + 3).is_none() && flow.own_statement(0).is_none());
    for s in 0..3 {
        assert!(!flow.required(first + s));
        for option in 0..5u8 {
            assert!(flow.fits(first + s, &Answer::One(option)));
        }
        assert!(!flow.fits(first + s, &Answer::One(5)));
        assert!(!flow.fits(first + s, &Answer::Several(vec![1])));
    }
    assert!(!flow.fits(first + 3, &Answer::One(0)));

    // Burnout, then the statements only: strongly disagree, neutral, and one left unanswered.
    let burnout = DEFAULT.item_index(DEFAULT.burnout.item).unwrap();
    let mut progress = Progress::new(&flow, 7).apply(&flow, Action::Start);
    progress = progress.apply(&flow, Action::Answer(burnout, Some(Answer::One(3))));
    for _ in 0..shown.len() - 1 {
        progress = progress.apply(&flow, Action::Next);
    }
    assert_eq!(progress.step, Step::Section(shown.len() - 1));
    progress = progress.apply(&flow, Action::Answer(first, Some(Answer::One(0))));
    progress = progress.apply(&flow, Action::Answer(first + 1, Some(Answer::One(2))));
    // Saved and restored mid-way, the statements' answers come back.
    let saved = progress.save(&flow).unwrap();
    assert_eq!(Progress::restore(&flow, &saved), Some(progress.clone()));
    // A saved survey of the same id without statements does not restore into this one.
    assert_eq!(Progress::restore(&standard, &saved), None);
    progress = progress.apply(&flow, Action::Next);
    let Step::Done(finished) = &progress.step else {
        panic!("not finished: {:?}", progress.problem);
    };
    assert_eq!(
        finished.scores.statements,
        vec![Some(Bin::Unfavourable), Some(Bin::Neutral), None]
    );
    assert_eq!(finished.code.as_str().len(), 25);
    let decoded = individual(flow.codec.decode(finished.code.as_str()).unwrap());
    assert_eq!(decoded, finished.scores);
    // The answers end with the survey, the statements' too.
    assert!((0..progress.answers.len()).all(|i| progress.answers.get(i).is_none()));
}

#[test]
fn a_deniable_survey_randomizes_the_statements_too() {
    // A generator stuck low keeps every value (keep = 0.6 at the standard level); stuck high it
    // reports another value for every one, the statements' included.
    let first = DEFAULT.items.len();
    let burnout = DEFAULT.item_index(DEFAULT.burnout.item).unwrap();
    for (draw, kept) in [(0.3, true), (0.99, false)] {
        let mut link = link_with(three());
        link.deniability = Some(Deniability::Standard);
        let flow = Flow::of_link(&link, Box::new(move || Some(draw))).unwrap();
        let mut progress = Progress::new(&flow, 7).apply(&flow, Action::Start);
        progress = progress.apply(&flow, Action::Answer(burnout, Some(Answer::One(0))));
        while progress.step != Step::Section(flow.sections().len() - 1) {
            progress = progress.apply(&flow, Action::Next);
        }
        progress = progress.apply(&flow, Action::Answer(first + 2, Some(Answer::One(4))));
        progress = progress.apply(&flow, Action::Next);
        let Step::Done(finished) = &progress.step else {
            panic!("not finished: {:?}", progress.problem);
        };
        let truth = vec![None, None, Some(Bin::Favourable)];
        assert_eq!(finished.scores.statements, truth);
        let reported = individual(flow.codec.decode(finished.code.as_str()).unwrap()).statements;
        if kept {
            assert_eq!(reported, truth);
        } else {
            assert!(
                reported.iter().zip(&truth).all(|(r, t)| r != t),
                "{reported:?}"
            );
        }
    }
}

/// The golden vectors of a survey with statements (docs/code-format.md), frozen.
#[test]
fn golden_vectors_with_statements_still_decode() {
    let golden = |deniability| Shape {
        id: "k7p2-golden".into(),
        units: 6,
        asks_role: true,
        deniability,
        statements: three(),
    };
    let codec = Codec::new(&DEFAULT, &golden(None)).unwrap();
    assert_eq!(codec.tag(), 0xEF45C);
    let mut scores = people::golden();
    scores.statements = vec![Some(Bin::Favourable), None, Some(Bin::Unfavourable)];
    let code = "4XX2-WM93-8NKR-2E0M-6ECS-H0R5-J";
    assert_eq!(
        codec.encode(&scores, 0x5_1234_5678).unwrap().grouped(),
        code
    );
    assert_eq!(individual(codec.decode(code).unwrap()), scores);
    let deniable = Codec::new(&DEFAULT, &golden(Some(Deniability::Standard))).unwrap();
    let mut reported = people::golden_reported();
    reported.statements = scores.statements.clone();
    let code = "5XX2-WM93-8NKR-S6S7-X00X-H15P-1";
    assert_eq!(
        deniable.encode(&reported, 0x5_1234_5678).unwrap().grouped(),
        code
    );
    assert_eq!(individual(deniable.decode(code).unwrap()), reported);
    let mut tally = codec.empty_tally();
    tally.add(&scores);
    let combined =
        "AXX2-W000-00ZZ-1BBX-AYNF-ZXFN-ZZYQ-ZZTN-ZYJZ-TZTN-ZXFX-4JN9-5MQB-X4JN-95MQ-BGGR-E";
    assert_eq!(
        codec.encode_tally(&tally, 0x3FF).unwrap().grouped(),
        combined
    );
    match codec.decode(combined).unwrap().content {
        Content::Combined(read) => assert_eq!(read, tally),
        other => panic!("{other:?}"),
    }
}

/// The statements' draws come last, after the priorities' (docs/privacy.md), so a survey without
/// statements draws exactly as before.
#[test]
fn the_statements_draw_after_the_priorities() {
    let truth = Scores {
        burnout: 1,
        outcomes: vec![None; 4],
        levers: vec![None; 5],
        priorities: 0,
        unit: None,
        role: None,
        statements: vec![Some(Bin::Favourable), None, Some(Bin::Neutral)],
    };
    // Twenty draws that keep every value, then the statements': kept, moved to the first other
    // state (unfavourable), moved to the third other state (favourable).
    let moved = |slot: f64| 0.5 + (slot + 0.5) / 6.0;
    let mut draws = vec![0.1; 20];
    draws.extend([0.1, moved(0.0), moved(2.0)]);
    let mut next = draws.into_iter();
    let reported = candor::randomized::randomize(&DEFAULT, &truth, Deniability::Standard, || {
        next.next().expect("exactly 23 draws")
    });
    assert_eq!(next.next(), None, "every draw used");
    assert_eq!(
        reported.statements,
        vec![
            Some(Bin::Favourable),
            Some(Bin::Unfavourable),
            Some(Bin::Favourable)
        ]
    );
    assert_eq!(reported.outcomes, truth.outcomes);
}

// The statements on the setup page (the form's model).

use candor::setup::{
    advice, edit_effect, Action as SetupAction, Advice, EditEffect, Setup, StatementAction,
};

#[test]
fn the_setup_form_writes_up_to_three_statements_and_names_their_problems() {
    let mut setup = Setup::open("#/", "K7M2Q9XT4B".into(), "FRESH12345".into());
    setup.apply(SetupAction::Title("Staff wellbeing 2026".into()));
    for _ in 0..4 {
        setup.apply(SetupAction::Statement(StatementAction::Add));
    }
    assert_eq!(setup.link().statements.len(), 3, "no more than three");
    let text = |index, lang, text: &str| {
        SetupAction::Statement(StatementAction::Text(index, lang, text.into()))
    };
    setup.apply(text(0, Lang::En, " I feel safe\nfrom violence at work. "));
    setup.apply(text(
        0,
        Lang::Es,
        "Me siento a salvo de la violencia en el trabajo.",
    ));
    setup.apply(text(1, Lang::Es, &"x".repeat(201)));
    // Typed text shows its problem at once; an empty statement only once the links are asked for.
    assert_eq!(setup.statement_problem(0), None);
    assert!(matches!(
        setup.statement_problem(1),
        Some(LinkError::TooLong {
            field: Field::Statement,
            max: 200
        })
    ));
    assert_eq!(setup.statement_problem(2), None);
    setup.apply(SetupAction::Make);
    assert_eq!(
        setup.statement_problem(2),
        Some(LinkError::Missing(Field::Statement))
    );
    assert!(setup.settings().is_err());
    setup.apply(SetupAction::Statement(StatementAction::Remove(2)));
    setup.apply(text(
        1,
        Lang::Es,
        "La fusión me la han explicado con claridad.",
    ));
    let link = setup.settings().unwrap();
    // A line break typed becomes a space; the link trims each wording.
    assert_eq!(link.statements[0].en, "I feel safe from violence at work.");
    assert_eq!(
        link.statements[1],
        statement("", "La fusión me la han explicado con claridad.")
    );
    assert!(link.to_query().starts_with("v=5&"));
    assert!(advice(&link).contains(&Advice::OwnStatements));
    let kit = candor::setup::kit_file(
        &link,
        &candor::setup::Links::new("https://example.org/candor/", &link),
        Lang::En,
    );
    assert!(
        kit.contains(
            "Statements of your own:\n1. [en] I feel safe from violence at work. / [es] Me siento"
        ),
        "{kit}"
    );
    assert!(kit.contains("\n2. [es] La fusión"), "{kit}");
}

#[test]
fn editing_a_statement_makes_another_survey_and_the_form_says_so() {
    let original = link_with(three());
    let fragment = format!("#/edit?{}", original.to_summary_query());
    let mut setup = Setup::open(&fragment, String::new(), "FRESH12345".into());
    assert_eq!(setup.link().statements, three());
    assert_eq!(setup.effect(), Some(EditEffect::Same));
    setup.apply(SetupAction::Statement(StatementAction::Text(
        1,
        Lang::En,
        "I feel safe from violence at my work.".into(),
    )));
    assert_eq!(setup.effect(), Some(EditEffect::Reworded));
    // Spaces typed around a wording change nothing: the link trims them.
    let mut edited = original.clone();
    edited.statements[0].es.push(' ');
    assert_eq!(edit_effect(&original, &edited.trimmed()), EditEffect::Same);
    edited.statements.pop();
    assert_eq!(edit_effect(&original, &edited), EditEffect::Reworded);
}
