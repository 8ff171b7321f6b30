//! Single-use slips: slip codes cannot be made up or altered without the key, each slip counts
//! once whatever the order codes arrive in, and codes that cannot show a good slip are kept apart
//! with their reason (`docs/code-format.md`, "Slips").
#![cfg(not(target_arch = "wasm32"))]

use candor::code::{
    Codec, Collector, DecodeError, Slip, SlipCheck, SlipCodeError, SlipKey, Verdict, MAX_SLIPS,
};
use candor::instrument::{Shape, DEFAULT};
use candor::link::SurveyLink;
use candor::respondent::{Action, Flow, Progress, Step};
use candor::summary::{Action as SummaryAction, Summary, Wave};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

#[allow(dead_code)]
#[path = "support/people.rs"]
mod people;
use people::People;

const KEY: [u8; 16] = [
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F,
];

fn key() -> SlipKey {
    SlipKey::from_bytes(KEY)
}

fn codec() -> Codec {
    Codec::new(&DEFAULT, &Shape::new("slips-test")).unwrap()
}

fn check(count: u16) -> SlipCheck {
    SlipCheck { key: key(), count }
}

/// A runner with a fixed seed: a case that fails fails every time, never by chance.
fn runner(cases: u32) -> TestRunner {
    TestRunner::new_with_rng(
        Config::with_cases(cases),
        TestRng::deterministic_rng(RngAlgorithm::ChaCha),
    )
}

#[test]
fn the_golden_slips_are_frozen() {
    // docs/code-format.md, "Slips": key 00 01 … 0F.
    assert_eq!(key().to_text(), "00041061050R3GG28A1C60T3GF");
    assert_eq!(SlipKey::parse("00041061050r3gg28a1c60t3gf"), Some(key()));
    // Serial 1's message is the bytes 00 01, whose SipHash-2-4 under this key is the reference
    // vector 0x0D6C8009D9A94F5A: its top 23 bits are the check 0x06B640.
    assert_eq!(key().slip(1).bits(), 1 << 23 | 0x06B640);
    let golden: Vec<(u16, String)> = [0, 1, 2, 1999, 4095]
        .into_iter()
        .map(|serial| (serial, key().slip(serial).code()))
        .collect();
    assert_eq!(
        golden,
        [
            (0, "002-H48-SBK".to_string()),
            (1, "008-DDJ-0J2".to_string()),
            (2, "00J-K4C-D9K".to_string()),
            (1999, "FKX-N9R-QM0".to_string()),
            (4095, "ZZX-QRY-E5K".to_string()),
        ]
    );
}

#[test]
fn a_slip_code_reads_back_typed_any_way() {
    let slip = key().slip(17);
    let code = slip.code();
    assert_eq!(Slip::read(&code), Ok(slip));
    assert_eq!(Slip::read(&code.to_lowercase().replace('-', " ")), Ok(slip));
    assert_eq!(
        Slip::read(&format!("  {}  ", code.replace('-', ""))),
        Ok(slip)
    );
    assert_eq!(Slip::read(""), Err(SlipCodeError::Empty));
    assert_eq!(Slip::read(" - "), Err(SlipCodeError::Empty));
    assert_eq!(
        Slip::read(&code[..6]),
        Err(SlipCodeError::WrongLength { found: 5 })
    );
    assert_eq!(
        Slip::read("7KQ-2XM-9P!"),
        Err(SlipCodeError::InvalidCharacter {
            character: '!',
            position: 11
        })
    );
}

#[test]
fn every_mistyped_symbol_and_swap_of_a_slip_code_is_caught() {
    let alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".as_bytes();
    let (mut substitutions, mut swaps) = (0, 0);
    for serial in (0..MAX_SLIPS).step_by(37) {
        let typed: Vec<u8> = key().slip(serial).code().replace('-', "").into_bytes();
        for at in 0..typed.len() {
            for &other in alphabet.iter().filter(|&&c| c != typed[at]) {
                let mut wrong = typed.clone();
                wrong[at] = other;
                let text = String::from_utf8(wrong).unwrap();
                assert_eq!(Slip::read(&text), Err(SlipCodeError::Mistyped), "{text}");
                substitutions += 1;
            }
            if at + 1 < typed.len() && typed[at] != typed[at + 1] {
                let mut swapped = typed.clone();
                swapped.swap(at, at + 1);
                let text = String::from_utf8(swapped).unwrap();
                assert_eq!(Slip::read(&text), Err(SlipCodeError::Mistyped), "{text}");
                swaps += 1;
            }
        }
    }
    assert!(
        substitutions > 30_000 && swaps > 700,
        "{substitutions} {swaps}"
    );
}

#[test]
fn a_slip_altered_or_made_without_the_key_is_refused() {
    let strategy = (any::<[u8; 16]>(), 0..MAX_SLIPS, 0..35u32, any::<[u8; 16]>());
    runner(2_000)
        .run(&strategy, |(bytes, serial, bit, other)| {
            let key = SlipKey::from_bytes(bytes);
            let slip = key.slip(serial);
            prop_assert!(key.made(slip, MAX_SLIPS));
            // Any one of its 35 bits changed: another serial with this check, or this serial
            // with another check.
            let altered = Slip::from_bits(slip.bits() ^ (1 << bit));
            prop_assert!(!key.made(altered, MAX_SLIPS), "{:?}", altered);
            // The same serial under another key.
            if other != bytes {
                let forged = SlipKey::from_bytes(other).slip(serial);
                prop_assert!(!key.made(forged, MAX_SLIPS));
            }
            // A slip beyond those printed.
            prop_assert!(!key.made(slip, serial));
            Ok(())
        })
        .unwrap();
}

/// Codes of `people` respondents, made with the slips of these serials.
fn slip_codes(codec: &Codec, serials: &[u16], seed: u64) -> Vec<String> {
    let mut people = People(seed);
    serials
        .iter()
        .map(|&serial| {
            let scores = people.plausible(0, false);
            codec
                .encode_with_slip(&scores, key().slip(serial))
                .unwrap()
                .to_string()
        })
        .collect()
}

fn collect(codec: &Codec, texts: &[String], slips: Option<SlipCheck>) -> Collector {
    let mut collector = Collector::with_slips(codec, slips);
    for text in texts {
        collector.add(codec, text, &mut |_| {});
    }
    collector
}

#[test]
fn each_slip_counts_once_and_a_reused_slip_counts_none() {
    let codec = codec();
    let good = slip_codes(&codec, &[0, 1, 2], 1);
    // Slip 7, used twice with other answers.
    let first = slip_codes(&codec, &[7], 2).remove(0);
    let second = slip_codes(&codec, &[7], 3).remove(0);
    assert_ne!(first, second);
    let texts = vec![
        good[0].clone(),
        first.clone(),
        good[1].clone(),
        good[2].clone(),
        second.clone(),
        // The same code twice is the same response: a duplicate, counted once.
        good[0].clone(),
    ];
    let collector = collect(&codec, &texts, Some(check(20)));
    let collection = collector.collection();
    assert_eq!(collection.tally.n(), 3);
    assert_eq!(collection.counts.get(Verdict::Accepted), 5);
    assert_eq!(collection.counts.get(Verdict::Duplicate), 1);
    let slips = collection.slips.as_ref().unwrap();
    assert_eq!((slips.printed, slips.used, slips.counted()), (20, 4, 3));
    assert_eq!(slips.reused.len(), 1);
    assert_eq!(slips.reused[0].slip, key().slip(7));
    let listed: Vec<String> = slips.reused[0]
        .codes
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(listed, [first.clone(), second.clone()]);
    // The tally is that of the three slips used once, whatever came with them.
    assert_eq!(
        collection.tally,
        collect(&codec, &good, Some(check(20))).collection().tally
    );
    // Codes with slips share no nonces: a reuse is a reused slip, not a shared nonce.
    assert_eq!(collection.shared_nonces, 0);
}

#[test]
fn the_count_does_not_depend_on_the_order_codes_arrive_in() {
    let codec = codec();
    let mut texts = slip_codes(&codec, &[0, 1, 2, 3, 4, 5], 4);
    texts.extend(slip_codes(&codec, &[2, 5, 5], 5));
    let expected = collect(&codec, &texts, Some(check(10)));
    runner(64)
        .run(&Just(texts.clone()).prop_shuffle(), |order| {
            // Pasted one by one, or all at once.
            let one_by_one = collect(&codec, &order, Some(check(10)));
            let at_once = collect(&codec, &[order.join("\n")], Some(check(10)));
            for collector in [one_by_one, at_once] {
                let (got, want) = (collector.collection(), expected.collection());
                prop_assert_eq!(&got.tally, &want.tally);
                prop_assert_eq!(got.tally.n(), 4);
                let got_slips = got.slips.as_ref().unwrap();
                let want_slips = want.slips.as_ref().unwrap();
                prop_assert_eq!(got_slips.used, 6);
                let reused = |s: &candor::code::SlipTally| {
                    s.reused.iter().map(|r| r.slip).collect::<Vec<_>>()
                };
                prop_assert_eq!(reused(got_slips), reused(want_slips));
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn codes_that_cannot_show_a_good_slip_are_kept_apart_with_their_reason() {
    let codec = codec();
    let mut people = People(6);
    let plain = codec
        .encode(&people.plausible(0, false), people.nonce())
        .unwrap()
        .to_string();
    let forged_slip = Slip::from_bits(key().slip(3).bits() ^ 1);
    let forged = codec
        .encode_with_slip(&people.plausible(0, false), forged_slip)
        .unwrap()
        .to_string();
    let beyond = slip_codes(&codec, &[25], 7).remove(0);
    let mut tally = codec.empty_tally();
    for _ in 0..5 {
        tally.add(&people.plausible(0, false));
    }
    let combined = codec.encode_tally(&tally, 9).unwrap().to_string();
    let mut reasons = Vec::new();
    let mut collector = Collector::with_slips(&codec, Some(check(20)));
    for text in [&plain, &forged, &beyond, &combined] {
        collector.add(&codec, text, &mut |token| {
            reasons.push((token.verdict, token.error));
        });
    }
    assert_eq!(
        reasons,
        [
            (Verdict::Slip, Some(DecodeError::NoSlip)),
            (Verdict::Slip, Some(DecodeError::ForgedSlip)),
            (Verdict::Slip, Some(DecodeError::ForgedSlip)),
            (Verdict::Slip, Some(DecodeError::CombinedWithSlips)),
        ]
    );
    let collection = collector.collection();
    assert_eq!(collection.tally.n(), 0);
    assert_eq!(collection.counts.get(Verdict::Slip), 4);
    // Kept apart each time it is pasted, like every refused code, never a "duplicate".
    collector.add(&codec, &forged, &mut |_| {});
    assert_eq!(collector.collection().counts.get(Verdict::Slip), 5);
    // Without the key, a code made with a slip cannot be checked; a plain one counts as before.
    let mut unkeyed = Vec::new();
    let without = Collector::with_slips(&codec, None);
    let mut without = without;
    for text in [&beyond, &plain] {
        without.add(&codec, text, &mut |token| unkeyed.push(token.error));
    }
    assert_eq!(unkeyed, [Some(DecodeError::SlipUnchecked)]);
    assert_eq!(without.collection().tally.n(), 1);
}

/// The summary of a survey with 20 slips and the key.
fn slip_settings() -> SurveyLink {
    let mut link = SurveyLink::new("slips-test".into());
    link.title = "Slips".into();
    link.slips = true;
    link.slip_check = Some(check(20));
    link
}

#[test]
fn the_summary_counts_each_slip_once_across_pastes_and_files() {
    let mut summary = Summary::new(slip_settings()).unwrap();
    let codec = summary.codec().clone();
    let codes = slip_codes(&codec, &[0, 1, 2, 3, 4, 5], 8);
    let again = slip_codes(&codec, &[4], 9).remove(0);
    // A collector's file holds slip 4's first code; the text area, another code with slip 4.
    summary.apply(SummaryAction::Open {
        wave: Wave::FIRST,
        id: 1,
        origin: candor::summary::Origin::File("box.txt".into()),
        size: 100,
    });
    summary.apply(SummaryAction::Feed(Wave::FIRST, 1, codes.join("\n")));
    let file = |summary: &Summary| {
        let source = &summary.sources(Wave::FIRST)[0];
        (source.counted(), source.not_counted())
    };
    assert_eq!(file(&summary), (6, 0));
    summary.apply(SummaryAction::Type(Wave::FIRST, again));
    assert_eq!(summary.respondents(Wave::FIRST), 5);
    // The file's own line says so too: its code with slip 4 no longer counts.
    assert_eq!(file(&summary), (5, 1));
    let found = summary.found(Wave::FIRST, candor::lang::Lang::En);
    assert!(found.contains("6 of 20 slips used; 5 counted."), "{found}");
    assert!(found.contains("data-slips=\"reused\""), "{found}");
    assert!(found.contains(&key().slip(4).code()), "{found}");
    // Removing the file leaves the text area's code alone with its slip: it counts.
    summary.apply(SummaryAction::Remove(Wave::FIRST, 1));
    assert_eq!(summary.respondents(Wave::FIRST), 1);
    // A survey with slips offers no combined code, whatever its size.
    summary.apply(SummaryAction::Type(Wave::FIRST, codes.join("\n")));
    assert!(summary.respondents(Wave::FIRST) >= 5);
    assert!(!summary.offers_combined(Wave::FIRST));
    assert_eq!(summary.combined_code(Wave::FIRST, 1), None);
}

#[test]
fn a_respondent_starts_a_slip_survey_only_with_a_slip_and_the_code_carries_it() {
    let mut link = slip_settings();
    link.slip_check = None;
    let flow = Flow::of_link(&link, Box::new(|| Some(0.5))).unwrap();
    let slip = key().slip(11);
    // Opened from the survey link: the welcome screen asks for a slip.
    let progress = Progress::with_slip(&flow, 99, None);
    assert!(progress.needs_slip(&flow));
    let stuck = progress.clone().apply(&flow, Action::Start);
    assert_eq!(stuck.step, Step::Welcome);
    let started = progress
        .apply(&flow, Action::Slip(slip))
        .apply(&flow, Action::Start);
    assert_eq!(started.step, Step::Section(0));
    // Saved and restored on a reload, the slip comes back with the answers.
    let saved = started.save(&flow).unwrap();
    let restored = Progress::restore(&flow, &saved).unwrap();
    assert_eq!(restored.slip, Some(slip));
    // From a slip's link: ready to start, and the finished code carries the slip.
    let mut progress = Progress::with_slip(&flow, 99, Some(slip));
    assert!(!progress.needs_slip(&flow));
    progress = progress.apply(&flow, Action::Start);
    let burnout = flow
        .instrument
        .item_index(flow.instrument.burnout.item)
        .unwrap();
    progress = progress.apply(
        &flow,
        Action::Answer(burnout, Some(candor::scoring::Answer::One(2))),
    );
    while let Step::Section(_) = progress.step {
        progress = progress.apply(&flow, Action::Next);
    }
    let Step::Done(finished) = &progress.step else {
        panic!("not finished: {:?}", progress.problem);
    };
    let decoded = flow.codec.decode(finished.code.as_str()).unwrap();
    assert_eq!(decoded.slip, Some(slip));
    assert!(finished.code.as_str().starts_with('C'), "{}", finished.code);
    // Starting over forgets the slip: the next person on a shared device brings their own.
    let next = progress.apply(&flow, Action::StartOver(5));
    assert!(next.needs_slip(&flow));
    // A survey without slips ignores a slip.
    let plain = Flow::of_link(
        &SurveyLink {
            slips: false,
            ..link
        },
        Box::new(|| None),
    )
    .unwrap();
    assert!(!Progress::with_slip(&plain, 1, Some(slip)).needs_slip(&plain));
    assert_eq!(Progress::with_slip(&plain, 1, Some(slip)).slip, None);
}

#[test]
fn slips_work_with_plausible_deniability() {
    let codec = Codec::new(
        &DEFAULT,
        &Shape {
            deniability: Some(candor::deniability::Deniability::Standard),
            ..Shape::new("slips-test")
        },
    )
    .unwrap();
    let mut people = People(12);
    let codes: Vec<String> = [0u16, 1, 1]
        .iter()
        .map(|&serial| {
            let reported = candor::randomized::randomize(
                &DEFAULT,
                &people.plausible(0, false),
                candor::deniability::Deniability::Standard,
                || (people.next() >> 11) as f64 / (1u64 << 53) as f64,
            );
            codec
                .encode_with_slip(&reported, key().slip(serial))
                .unwrap()
                .to_string()
        })
        .collect();
    // A deniable code made with a slip starts with D (version 3, the flag set).
    assert!(codes.iter().all(|code| code.starts_with('D')), "{codes:?}");
    let collector = collect(&codec, &codes, Some(check(20)));
    let collection = collector.collection();
    let slips = collection.slips.as_ref().unwrap();
    assert_eq!((slips.used, slips.counted()), (2, 1));
    assert_eq!(collection.tally.n(), 1);
    assert!(collection.tally.deniability().is_some());
}
