//! Decoding and aggregating 100,000 individual codes, as the summary page does with a large paste.
//! A benchmark, not a test: it prints figures and asserts nothing about time.
//!
//! Run with `cargo bench --bench decode`.

use std::hint::black_box;
use std::time::Instant;

use candor::code::{collect, Codec, Content};
use candor::instrument::{Shape, DEFAULT};
use candor::report::summarize;

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
    let mut rng = People(2026);
    let mut text = String::with_capacity(CODES * 29);
    for i in 0..CODES {
        let scores = rng.anyone(30, true);
        let code = codec.encode(&scores, i as u64 * 7_919).expect("scores fit");
        text.push_str(&code.to_string());
        text.push('\n');
    }
    println!(
        "input: {CODES} individual codes of {} characters, {:.2} MB pasted (grouped, one a line)",
        codec.individual_length(),
        text.len() as f64 / 1e6
    );

    // Whole pipeline: find tokens, decode, de-duplicate, tally.
    let mut best = f64::INFINITY;
    for _ in 0..ROUNDS {
        let start = Instant::now();
        let collection = collect(&codec, black_box(&text));
        let seconds = start.elapsed().as_secs_f64();
        assert_eq!(collection.tally.n() as usize, CODES);
        best = best.min(seconds);
    }
    println!(
        "extract + decode + de-duplicate + aggregate: {:.1} ms, {:.2} million codes/s (best of {ROUNDS}, one core)",
        best * 1e3,
        CODES as f64 / best / 1e6
    );

    // Decoding and aggregating alone, from a list of codes.
    let codes: Vec<&str> = text.lines().collect();
    let mut best = f64::INFINITY;
    for _ in 0..ROUNDS {
        let start = Instant::now();
        let mut tally = codec.empty_tally();
        for code in &codes {
            if let Ok(decoded) = codec.decode(black_box(code)) {
                if let Content::Individual(scores) = decoded.content {
                    tally.add(&scores);
                }
            }
        }
        let seconds = start.elapsed().as_secs_f64();
        assert_eq!(tally.n() as usize, CODES);
        best = best.min(seconds);
    }
    println!(
        "decode + aggregate: {:.1} ms, {:.2} million codes/s (best of {ROUNDS}, one core)",
        best * 1e3,
        CODES as f64 / best / 1e6
    );

    // The worst paste for the typo search: every code missing one character, so each is searched
    // for the one insertion that fits (up to 23 × 32 checksums), and every code with one wrong.
    for (what, damage) in [("a character missing", 0usize), ("one character wrong", 1)] {
        let damaged: String = codes
            .iter()
            .enumerate()
            .map(|(i, code)| {
                let mut symbols: Vec<char> = code.chars().filter(|c| *c != '-').collect();
                let at = i % symbols.len();
                if damage == 0 {
                    symbols.remove(at);
                } else {
                    symbols[at] = if symbols[at] == 'Z' { 'Y' } else { 'Z' };
                }
                symbols.push('\n');
                symbols.into_iter().collect::<String>()
            })
            .collect();
        let start = Instant::now();
        let collection = collect(&codec, black_box(&damaged));
        let seconds = start.elapsed().as_secs_f64();
        assert_eq!(collection.counts.problems(), CODES);
        println!(
            "{CODES} codes each with {what}: {:.0} ms, {:.0} thousand codes/s (one run)",
            seconds * 1e3,
            CODES as f64 / seconds / 1e3
        );
    }

    let collection = collect(&codec, &text);
    let start = Instant::now();
    let report = summarize(&DEFAULT, &collection.tally, 5);
    println!(
        "summarize: {:.3} ms for n = {}",
        start.elapsed().as_secs_f64() * 1e3,
        report.n
    );

    // Combined-code lengths.
    for n in [10, 100, 1_000, 10_000] {
        let mut tally = codec.empty_tally();
        for _ in 0..n {
            tally.add(&rng.anyone(30, true));
        }
        let code = codec.encode_tally(&tally, 1).expect("consistent tally");
        println!(
            "combined code, n = {n:>6}: {:>5} characters (30 units, role asked)",
            code.as_str().len()
        );
    }
    let plain = Codec::new(&DEFAULT, &Shape::new("bench")).expect("valid");
    for n in [10, 100, 1_000, 10_000] {
        let mut tally = plain.empty_tally();
        for _ in 0..n {
            let mut scores = rng.anyone(30, true);
            scores.unit = None;
            scores.role = None;
            tally.add(&scores);
        }
        let code = plain.encode_tally(&tally, 1).expect("consistent tally");
        println!(
            "combined code, n = {n:>6}: {:>5} characters (no unit, no role)",
            code.as_str().len()
        );
    }
}
