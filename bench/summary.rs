//! The summary page's model with 100,000 individual codes given at once, as a large organization
//! would: as a file read in slices (the page's path for files and long pastes) and as text typed
//! into the text area. A benchmark, not a test: it prints figures and asserts nothing about time.
//!
//! Run with `cargo bench --bench summary`. `CODES=…` and `UNITS=…` (30 unless given; the role is
//! always asked) change the count and the survey, so that `bench/summary-scale.mjs` can time the
//! same work natively as its page does.

use std::hint::black_box;
use std::time::Instant;

use candor::code::Verdict;
use candor::lang::Lang;
use candor::link::SurveyLink;
use candor::report::to_csv;
use candor::summary::{Action, Summary, Wave};

const ROUNDS: usize = 5;

#[allow(dead_code)]
#[path = "../tests/support/people.rs"]
mod people;
use people::People;

/// A number from the environment variable `name`, or `default`.
fn setting(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let codes = setting("CODES", 100_000);
    let units = setting("UNITS", 30).clamp(1, 30) as u8;
    let settings = SurveyLink {
        id: "bench-summary".into(),
        title: "Benchmark".into(),
        organization: String::new(),
        units: (1..=units).map(|u| format!("Unit {u}")).collect(),
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
    };
    let empty = Summary::new(settings).expect("valid settings");
    let mut rng = People(2026);
    let mut text = String::with_capacity(codes * 29);
    for _ in 0..codes {
        let scores = rng.plausible(units, true);
        let code = empty
            .codec()
            .encode(&scores, rng.nonce())
            .expect("scores fit");
        text.push_str(&code.to_string());
        text.push('\n');
    }
    println!(
        "input: {codes} individual codes of {} characters, {:.2} MB pasted (grouped, one a line)",
        empty.codec().individual_length(),
        text.len() as f64 / 1e6
    );

    // The best and the median of ROUNDS readings of the whole text into a fresh model, one way
    // or the other.
    let read_rounds = |read: &dyn Fn(&mut Summary)| {
        let mut times = Vec::with_capacity(ROUNDS);
        let mut summary = empty.clone();
        for _ in 0..ROUNDS {
            let mut fresh = empty.clone();
            let start = Instant::now();
            read(&mut fresh);
            times.push(start.elapsed().as_secs_f64());
            assert_eq!(fresh.counts(Wave::FIRST).get(Verdict::Accepted), codes);
            summary = fresh;
        }
        times.sort_by(f64::total_cmp);
        (times[0], times[ROUNDS / 2], summary)
    };
    let (best, median, summary) =
        read_rounds(&|s| s.add_file(Wave::FIRST, 1, "codes.txt", black_box(&text)));
    println!(
        "a file, in 512 KB slices: extract + decode + de-duplicate + aggregate (Summary::add_file): {:.1} ms, {:.2} million codes/s (best of {ROUNDS}, one core); median {:.1} ms",
        best * 1e3,
        codes as f64 / best / 1e6,
        median * 1e3
    );
    let (best, _, _) =
        read_rounds(&|s| s.apply(Action::Type(Wave::FIRST, black_box(&text).clone())));
    println!(
        "the same text in the text area (Action::Type): {:.1} ms, {:.2} million codes/s (best of {ROUNDS}, one core)",
        best * 1e3,
        codes as f64 / best / 1e6
    );

    let mut best = f64::INFINITY;
    for _ in 0..ROUNDS {
        let start = Instant::now();
        let report = black_box(&summary).report(Wave::FIRST);
        best = best.min(start.elapsed().as_secs_f64());
        assert_eq!(report.n as usize, codes);
    }
    println!(
        "report (Summary::report): {:.3} ms for n = {codes}, {:.1} million codes/s (best of {ROUNDS})",
        best * 1e3,
        codes as f64 / best / 1e6
    );

    let report = summary.report(Wave::FIRST);
    let start = Instant::now();
    let csv = to_csv(
        summary.instrument(),
        &report,
        None,
        &summary.settings().units,
        &summary.settings().statements,
        Lang::En,
    );
    println!(
        "CSV export: {:.3} ms, {} rows",
        start.elapsed().as_secs_f64() * 1e3,
        csv.lines().count()
    );

    // What a reducer pays per action: a copy of the model, then one more code typed.
    let start = Instant::now();
    let mut next = black_box(&summary).clone();
    let copied = start.elapsed().as_secs_f64();
    let one = empty
        .codec()
        .encode(&rng.plausible(units, true), rng.nonce())
        .expect("scores fit")
        .to_string();
    let start = Instant::now();
    next.apply(Action::Type(Wave::FIRST, one));
    let added = start.elapsed().as_secs_f64();
    assert_eq!(next.counts(Wave::FIRST).get(Verdict::Accepted), codes + 1);
    println!(
        "after {codes} codes in a file: copy of the model {:.3} ms, one code typed {:.3} ms (the copy-on-write of the wave and the read over the file's codes included)",
        copied * 1e3,
        added * 1e3
    );
}
