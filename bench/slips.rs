//! Checking the single-use slips of 100,000 codes, as the summary page does with a large paste of
//! a survey with slips: every code decoded, its slip checked with the key (SipHash-2-4), grouped by
//! slip, and the tally made again from the slips used once. Beside it, the same paste of codes
//! without slips read by a survey without them, so the difference is the slips' cost. A benchmark,
//! not a test: it prints figures and asserts nothing about time.
//!
//! Run with `cargo bench --bench slips`.

use std::hint::black_box;
use std::time::Instant;

use candor::code::{Codec, Collector, SlipCheck, SlipKey, MAX_SLIPS};
use candor::instrument::{Shape, DEFAULT};

const CODES: usize = 100_000;
const ROUNDS: usize = 10;

#[allow(dead_code)]
#[path = "../tests/support/people.rs"]
mod people;
use people::People;

fn main() {
    let survey = Shape {
        id: "bench".into(),
        units: 30,
        asks_role: true,
        deniability: None,
        statements: Vec::new(),
    };
    let codec = Codec::new(&DEFAULT, &survey).expect("the default instrument is valid");
    let key = SlipKey::from_bytes(*b"candor-bench-key");
    let check = SlipCheck {
        key,
        count: MAX_SLIPS,
    };
    let mut rng = People(2026);
    let (mut with_slips, mut plain) = (String::new(), String::new());
    for i in 0..CODES {
        let scores = rng.plausible(30, true);
        // The most slips a survey prints, each in 25 different codes: every slip is reused, the
        // worst case for the grouping.
        let slip = key.slip((i % usize::from(MAX_SLIPS)) as u16);
        let code = codec.encode_with_slip(&scores, slip).expect("fits");
        with_slips.push_str(&code.grouped());
        with_slips.push('\n');
        let code = codec.encode(&scores, rng.nonce()).expect("fits");
        plain.push_str(&code.grouped());
        plain.push('\n');
    }
    // One code a slip: the largest honest survey with slips.
    let honest: String = with_slips
        .lines()
        .take(usize::from(MAX_SLIPS))
        .map(|line| format!("{line}\n"))
        .collect();

    let run = |text: &str, slips: Option<SlipCheck>| {
        let mut times = Vec::with_capacity(ROUNDS);
        let mut respondents = 0;
        for _ in 0..ROUNDS {
            let start = Instant::now();
            let mut collector = Collector::with_slips(&codec, slips);
            collector.add(&codec, black_box(text), &mut |_| {});
            respondents = black_box(collector.collection()).tally.n();
            times.push(start.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        (times[0], times[ROUNDS / 2], times[ROUNDS - 1], respondents)
    };
    println!("{CODES} individual codes, 30 units and the role asked; {ROUNDS} rounds, milliseconds (min / median / max):");
    for (what, text, slips) in [
        (
            "without slips, read by a survey without slips",
            &plain,
            None,
        ),
        (
            "with slips, every slip checked (4,000 slips, 25 codes each)",
            &with_slips,
            Some(check),
        ),
    ] {
        let (min, median, max, n) = run(text, slips);
        println!("  {what}: {min:.1} / {median:.1} / {max:.1} ms; {n} respondents counted");
    }
    let (min, median, max, n) = run(&honest, Some(check));
    println!(
        "  4,000 codes, one a slip: {min:.2} / {median:.2} / {max:.2} ms; {n} respondents counted"
    );
}
