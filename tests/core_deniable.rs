#![cfg(not(target_arch = "wasm32"))]
//! Plausible deniability, end to end in the core: deniable codes and their format, the reported
//! values' probabilities measured over many codes, and the report's estimates proven by simulation
//! (bias and 95 % coverage of the burnout share, a driver difference, a two-wave change and a
//! lever's share favourable).

use candor::code::{merge, Codec, Content, DecodeError, EncodeError, MergeError};
use candor::deniability::Deniability;
use candor::instrument::{Shape, DEFAULT};
use candor::randomized::randomize;
use candor::report::{compare, summarize, Subject};
use candor::scoring::{Bin, Scores};
use proptest::prelude::*;

#[allow(dead_code)]
#[path = "support/people.rs"]
mod people;
use people::People;

fn survey(deniability: Option<Deniability>) -> Shape {
    Shape {
        id: "deniable-test".into(),
        units: 4,
        asks_role: true,
        deniability,
        statements: Vec::new(),
    }
}

fn codec(deniability: Option<Deniability>) -> Codec {
    Codec::new(&DEFAULT, &survey(deniability)).unwrap()
}

fn uniform(rng: &mut People) -> f64 {
    rng.next() as f64 / (1u64 << 53) as f64
}

fn reported(rng: &mut People, level: Deniability) -> Scores {
    let truth = rng.anyone(4, true);
    randomize(&DEFAULT, &truth, level, || uniform(rng))
}

proptest! {
    #[test]
    fn deniable_codes_read_back_what_was_reported(seed in any::<u64>(), nonce in 0u64..1 << 35) {
        for level in Deniability::ALL {
            let codec = codec(Some(level));
            let mut rng = People(seed);
            let scores = reported(&mut rng, level);
            let code = codec.encode(&scores, nonce).unwrap();
            // Same length as an ordinary code; the first symbol says version 1, individual, flag.
            prop_assert_eq!(code.as_str().len(), 23);
            prop_assert!(code.as_str().starts_with('5'));
            let decoded = codec.decode(&code.grouped()).unwrap();
            prop_assert_eq!(decoded.nonce, nonce);
            prop_assert_eq!(decoded.content, Content::Individual(scores));
        }
    }

    #[test]
    fn deniable_combined_codes_merge_like_ordinary_ones(seed in any::<u64>(), n in 1usize..40) {
        let codec = codec(Some(Deniability::Standard));
        let mut rng = People(seed);
        let (mut a, mut b, mut all) = (codec.empty_tally(), codec.empty_tally(), codec.empty_tally());
        for i in 0..n {
            let scores = reported(&mut rng, Deniability::Standard);
            if i % 3 == 0 { a.add(&scores); } else { b.add(&scores); }
            all.add(&scores);
        }
        let merged = merge(&a, &b).unwrap();
        prop_assert_eq!(&merged, &all);
        let code = codec.encode_tally(&merged, 9).unwrap();
        prop_assert!(code.as_str().starts_with('B'));
        prop_assert_eq!(codec.decode(code.as_str()).unwrap().content, Content::Combined(all));
    }
}

proptest! {
    /// Hostile text, and symbols that are intact codes in every header, read by deniable codecs of
    /// both levels: an answer or an error, never a panic.
    #[test]
    fn deniable_codecs_never_panic(text in "[0-9A-Za-z -]{0,120}", header in 0u8..32, seed in any::<u64>()) {
        for level in Deniability::ALL {
            let codec = codec(Some(level));
            let _ = codec.decode(&text);
            let _ = candor::code::extract(&codec, &text);
            // A valid deniable code with its first symbol replaced and the rest kept.
            let code = codec.encode(&reported(&mut People(seed), level), 1).unwrap();
            let mut symbols: Vec<char> = code.as_str().chars().collect();
            symbols[0] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".chars().nth(usize::from(header)).unwrap();
            let _ = codec.decode(&symbols.into_iter().collect::<String>());
        }
    }
}

#[test]
fn codes_of_the_other_mode_are_kept_apart_never_mixed() {
    let ordinary = codec(None);
    let standard = codec(Some(Deniability::Standard));
    let strong = codec(Some(Deniability::Strong));
    let mut rng = People(5);
    let truth = rng.anyone(4, true);
    let plain = ordinary.encode(&truth, 1).unwrap();
    let deniable = standard
        .encode(
            &randomize(&DEFAULT, &truth, Deniability::Standard, || {
                uniform(&mut rng)
            }),
            2,
        )
        .unwrap();
    let made = |level| {
        Err(DecodeError::OtherMode {
            made: level,
            expected: None,
        })
    };
    assert_eq!(
        ordinary.decode(deniable.as_str()),
        made(Some(Deniability::Standard))
    );
    assert_eq!(
        standard.decode(plain.as_str()),
        Err(DecodeError::OtherMode {
            made: None,
            expected: Some(Deniability::Standard)
        })
    );
    assert_eq!(
        strong.decode(deniable.as_str()),
        Err(DecodeError::OtherMode {
            made: Some(Deniability::Standard),
            expected: Some(Deniability::Strong)
        })
    );
    // True scores cannot be written as a deniable code: only reported values fit.
    let burned_at_four = Scores {
        burnout: 4,
        ..truth
    };
    assert_eq!(
        standard.encode(&burned_at_four, 3),
        Err(EncodeError::ScoresDoNotFit)
    );
    // Tallies of the two modes do not merge.
    assert_eq!(
        merge(&ordinary.empty_tally(), &standard.empty_tally()),
        Err(MergeError::DifferentShape)
    );
    // A collection keeps them apart and counts them as such.
    let text = format!("{plain}\n{deniable}\n");
    let collection = candor::code::collect(&standard, &text);
    assert_eq!(collection.tally.n(), 1);
    assert_eq!(collection.counts.get(candor::code::Verdict::OtherMode), 1);
}

/// Pearson's chi-square of what 40,000 deniable codes report against the documented
/// probabilities, at a fixed seed, for two respondents: one burned out who rates the first outcome
/// neutral and the first lever at level 5 and chose the first priority; one not burned out who
/// answered neither and chose nothing. Burnout, that outcome, that lever and that priority.
#[test]
fn reported_values_follow_the_documented_probabilities() {
    let level = Deniability::Standard;
    let codec = codec(Some(level));
    let burned = Scores {
        burnout: 4,
        outcomes: vec![Some(Bin::Neutral), None, None, None],
        levers: vec![Some(5), None, None, None, None],
        priorities: 0b1,
        unit: Some(1),
        role: Some(0),
        statements: Vec::new(),
    };
    let other = Scores {
        burnout: 1,
        outcomes: vec![None; 4],
        levers: vec![None; 5],
        priorities: 0,
        unit: None,
        role: None,
        statements: Vec::new(),
    };
    // e^ε = 3: yes/no keeps the truth with 3/4; four states keep it with 1/2, others 1/6 each.
    let (sixth, half) = (1.0 / 6.0, 0.5);
    let cases = [
        (
            &burned,
            [0.25, 0.75],
            [sixth, sixth, half, sixth],
            [sixth, sixth, sixth, half],
            [0.25, 0.75],
        ),
        (
            &other,
            [0.75, 0.25],
            [half, sixth, sixth, sixth],
            [half, sixth, sixth, sixth],
            [0.75, 0.25],
        ),
    ];
    let mut rng = People(2026);
    let draws = 40_000u64;
    for (truth, burnout_p, outcome_p, lever_p, priority_p) in cases {
        let (mut burnout, mut outcome, mut lever, mut priority) =
            ([0u64; 2], [0u64; 4], [0u64; 4], [0u64; 2]);
        for _ in 0..draws {
            let reported = randomize(&DEFAULT, truth, level, || uniform(&mut rng));
            let code = codec.encode(&reported, rng.nonce()).unwrap();
            let Content::Individual(read) = codec.decode(code.as_str()).unwrap().content else {
                panic!("an individual code")
            };
            assert_eq!(
                (read.unit, read.role),
                (truth.unit, truth.role),
                "never randomized"
            );
            burnout[usize::from(read.burnout) - 1] += 1;
            outcome[candor::scoring::bin_state(read.outcomes[0])] += 1;
            lever[usize::from(read.levers[0].unwrap_or(0))] += 1;
            priority[usize::from(read.priorities & 1)] += 1;
        }
        let chi = |observed: &[u64], expected: &[f64]| -> f64 {
            observed
                .iter()
                .zip(expected)
                .map(|(o, p)| (*o as f64 - draws as f64 * p).powi(2) / (draws as f64 * p))
                .sum()
        };
        // Critical values of chi-square at p = 0.001: 10.83 (1 degree of freedom), 16.27 (3).
        let tests: [(&str, &[u64], &[f64], f64); 4] = [
            ("burnout", &burnout, &burnout_p, 10.83),
            ("outcome", &outcome, &outcome_p, 16.27),
            ("lever", &lever, &lever_p, 16.27),
            ("priority", &priority, &priority_p, 10.83),
        ];
        for (name, observed, expected, critical) in tests {
            let statistic = chi(observed, expected);
            println!(
                "burnout level {}: {name}: {observed:?}, chi-square {statistic:.2} (critical {critical})",
                truth.burnout
            );
            assert!(statistic < critical, "{name}: {statistic}");
        }
    }
}

/// A simulated staff: its burnout share, and for the first lever the share of each bin among the
/// burned out and among the others, so that the lever is associated with burnout by design.
struct Population {
    burnout: f64,
    /// `[not answered, unfavourable, neutral, favourable]` among the burned out.
    lever_if_burned: [f64; 4],
    lever_if_not: [f64; 4],
}

impl Population {
    fn person(&self, rng: &mut People) -> Scores {
        let burned = uniform(rng) < self.burnout;
        let table = if burned {
            &self.lever_if_burned
        } else {
            &self.lever_if_not
        };
        let u = uniform(rng);
        let mut sum = 0.0;
        let state = table.iter().position(|p| {
            sum += p;
            u < sum
        });
        // A level in the bin: unfavourable 1–2, neutral 3, favourable 4–5.
        let level = match state.unwrap_or(3) {
            0 => None,
            1 => Some(1 + rng.below(2) as u8),
            2 => Some(3),
            _ => Some(4 + rng.below(2) as u8),
        };
        let mut scores = rng.anyone(4, true);
        scores.burnout = if burned {
            3 + rng.below(3) as u8
        } else {
            1 + rng.below(2) as u8
        };
        scores.levers[0] = level;
        scores
    }

    /// The share who rate the lever favourably.
    fn favourable(&self) -> f64 {
        self.burnout * self.lever_if_burned[3] + (1.0 - self.burnout) * self.lever_if_not[3]
    }

    /// Burnout among those who rate the lever unfavourably minus among those who rate it
    /// favourably.
    fn driver(&self) -> f64 {
        let among = |state: usize| {
            let yes = self.burnout * self.lever_if_burned[state];
            let no = (1.0 - self.burnout) * self.lever_if_not[state];
            yes / (yes + no)
        };
        among(1) - among(3)
    }
}

/// The report's estimates for deniable surveys (e^ε = 3), through the real path — randomize,
/// count, summarize, compare — over 1,000 simulated surveys at each size: the bias and the 95 %
/// coverage of the burnout share, the first lever's driver difference and share favourable, and
/// the two-wave change of
/// the burnout share, printed as a table.
#[test]
fn estimates_are_unbiased_and_intervals_cover_the_truth() {
    let level = Deniability::Standard;
    let codec = codec(Some(level));
    let populations = [
        Population {
            burnout: 0.3,
            lever_if_burned: [0.05, 0.55, 0.2, 0.2],
            lever_if_not: [0.05, 0.2, 0.25, 0.5],
        },
        Population {
            burnout: 0.6,
            lever_if_burned: [0.1, 0.5, 0.25, 0.15],
            lever_if_not: [0.1, 0.15, 0.25, 0.5],
        },
    ];
    let mut rng = People(7);
    println!(
        "{:>8} {:>5} {:>22} {:>9} {:>9}",
        "burnout", "n", "figure", "bias", "coverage"
    );
    for (which, population) in populations.iter().enumerate() {
        // The follow-up wave of the two-wave change is the other population.
        let follow_up = &populations[1 - which];
        let truths = [
            population.burnout,
            population.driver(),
            follow_up.burnout - population.burnout,
            population.favourable(),
        ];
        for n in [200usize, 500, 2_000] {
            let reps = 1_000;
            let (mut bias, mut covered, mut counted) = ([0.0f64; 4], [0usize; 4], [0usize; 4]);
            for _ in 0..reps {
                let mut wave = |population: &Population| {
                    let mut tally = codec.empty_tally();
                    for _ in 0..n {
                        let truth = population.person(&mut rng);
                        tally.add(&randomize(&DEFAULT, &truth, level, || uniform(&mut rng)));
                    }
                    tally
                };
                let (baseline, later) = (wave(population), wave(follow_up));
                let report = summarize(&DEFAULT, &baseline, 5);
                let figures = report.figures.expect("n ≥ 5");
                let share = figures.burnout;
                let driver = figures
                    .drivers
                    .iter()
                    .find(|d| d.subject == Subject::Lever(0))
                    .and_then(|d| d.comparison);
                let change = compare(&DEFAULT, &baseline, &later, 5)
                    .figures
                    .map(|f| f.burnout);
                // The first lever's share favourable, projected with the other bins.
                let favourable = figures.levers.first().map(|d| d.favourable);
                // The share as shown, clipped into [0, 1]: at these shares the noise almost
                // never takes the estimate to either end, so clipping adds no visible bias.
                let results = [
                    Some((share.share, share.interval.low, share.interval.high)),
                    driver.map(|d| {
                        (
                            d.difference.estimate,
                            d.difference.interval.low,
                            d.difference.interval.high,
                        )
                    }),
                    change.map(|c| {
                        (
                            c.difference.estimate,
                            c.difference.interval.low,
                            c.difference.interval.high,
                        )
                    }),
                    favourable.map(|p| (p.share, p.interval.low, p.interval.high)),
                ];
                for (slot, result) in results.into_iter().enumerate() {
                    if let Some((estimate, low, high)) = result {
                        bias[slot] += estimate - truths[slot];
                        counted[slot] += 1;
                        covered[slot] += usize::from((low..=high).contains(&truths[slot]));
                    }
                }
            }
            let names = [
                "burnout share",
                "driver difference",
                "two-wave change",
                "lever share favourable",
            ];
            for slot in 0..4 {
                let mean_bias = bias[slot] / counted[slot] as f64;
                let coverage = covered[slot] as f64 / counted[slot] as f64;
                println!(
                    "{:>7.0}% {n:>5} {:>22} {:>+9.4} {:>8.1}%",
                    population.burnout * 100.0,
                    names[slot],
                    mean_bias,
                    coverage * 100.0
                );
                // Stated tolerances (docs/privacy.md): 0.01 for shares and changes; a driver is
                // a ratio of noisy estimates, whose small-sample bias (of order 1/n) is held to
                // 0.08 at n = 200, 0.02 at n = 500 and 0.01 at n = 2,000.
                let tolerance = match (slot, n) {
                    (1, 200) => 0.08,
                    (1, 500) => 0.02,
                    _ => 0.01,
                };
                assert!(
                    mean_bias.abs() < tolerance,
                    "{} at n = {n}: bias {mean_bias}",
                    names[slot]
                );
                assert!(
                    (0.93..=0.97).contains(&coverage),
                    "{} at n = {n}: coverage {coverage}",
                    names[slot]
                );
                assert!(
                    counted[slot] >= reps * 99 / 100,
                    "{}: {}",
                    names[slot],
                    counted[slot]
                );
            }
        }
    }
}

/// Every figure a deniable report writes, with the second wave's changes: each value lies within
/// its possible range (a share in [0, 1], a difference of shares in [−1, 1], a mean of the bins in
/// [1, 3], a change of means in [−2, 2]) and within its own written interval, whatever the noise
/// did (`docs/privacy.md`, "Clipping").
fn every_written_estimate_is_possible_and_inside_its_interval(seed: u64, n: usize, m: usize) {
    for level in Deniability::ALL {
        let codec = codec(Some(level));
        let mut rng = People(seed);
        let mut waves = [codec.empty_tally(), codec.empty_tally()];
        for (wave, size) in waves.iter_mut().zip([n, m]) {
            for _ in 0..size {
                wave.add(&reported(&mut rng, level));
            }
        }
        let [before, after] = &waves;
        let report = summarize(&DEFAULT, after, 5);
        let comparison = compare(&DEFAULT, before, after, 5);
        let units: Vec<String> = (1..=4).map(|u| format!("Unit {u}")).collect();
        let csv = candor::report::to_csv(
            &DEFAULT,
            &report,
            Some(&comparison),
            &units,
            &[],
            candor::lang::Lang::En,
        );
        assert!(csv.contains("difference_estimate"), "drivers are written");
        let mut checked = 0;
        for line in csv.lines().skip(1) {
            // The label may hold commas inside quotes; the numbers are the five fields before the
            // last (the wave's label, empty here).
            let line = line.rsplit_once(',').map_or(line, |(numbers, _)| numbers);
            let fields: Vec<&str> = line.rsplitn(6, ',').collect();
            let number = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok());
            let (value, lower, upper) = (number(4), number(3), number(2));
            let measure = fields.get(5).and_then(|rest| rest.rsplit(',').next());
            let Some(value) = value else { continue };
            // Deniable means are of the three bins, 1 to 3.
            let range = match measure {
                Some("share_estimate") => 0.0..=1.0,
                Some("difference_estimate") => -1.0..=1.0,
                Some("mean_estimate") => 1.0..=3.0,
                Some("mean_difference_estimate") => -2.0..=2.0,
                _ => continue,
            };
            checked += 1;
            assert!(range.contains(&value), "out of range: {line}");
            if let (Some(lower), Some(upper)) = (lower, upper) {
                assert!(
                    lower <= value && value <= upper,
                    "outside its interval: {line}"
                );
                assert!(range.contains(&lower) && range.contains(&upper), "{line}");
            }
        }
        // Burnout, 4 outcomes × 4, 5 levers × 4 and 10 priorities at the least.
        assert!(checked >= 47, "only {checked} estimates checked");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn deniable_estimates_stay_possible_and_inside_their_intervals(
        seed in any::<u64>(),
        n in 5usize..120,
        m in 5usize..120,
    ) {
        every_written_estimate_is_possible_and_inside_its_interval(seed, n, m);
    }
}

/// The randomizer's draws, in the order `docs/privacy.md` gives ("What a code reports"): the four
/// outcomes, the five levers, burnout, then the ten priorities, each mapped from its uniform as
/// written there. Every draw here moves its value to a different state, so any other order gives
/// other scores.
#[test]
fn randomize_draws_in_the_documented_order() {
    let truth = Scores {
        burnout: 1,
        outcomes: vec![None; 4],
        levers: vec![None; 5],
        priorities: 0,
        unit: Some(1),
        role: None,
        statements: Vec::new(),
    };
    // At the standard level a four-state value keeps its truth below 1/2 and then moves to the
    // other states in slots of 1/6; a yes/no value keeps it below 3/4.
    let moved = |slot: f64| 0.5 + (slot + 0.5) / 6.0;
    let (kept, flipped) = (0.1, 0.9);
    let mut draws = vec![
        // outcomes: to unfavourable, neutral, favourable, unfavourable
        moved(0.0),
        moved(1.0),
        moved(2.0),
        moved(0.0),
        // levers: to neutral, favourable, unfavourable, neutral, favourable
        moved(1.0),
        moved(2.0),
        moved(0.0),
        moved(1.0),
        moved(2.0),
        // burnout: flipped to burned out
        flipped,
    ];
    // priorities 2, 5, 6 and 10 flipped to chosen
    draws.extend([
        kept, flipped, kept, kept, flipped, flipped, kept, kept, kept, flipped,
    ]);
    let mut next = draws.into_iter();
    let reported = randomize(&DEFAULT, &truth, Deniability::Standard, || {
        next.next().expect("exactly 20 draws")
    });
    assert_eq!(next.next(), None, "every draw used");
    assert_eq!(
        reported,
        Scores {
            burnout: 2,
            outcomes: vec![
                Some(Bin::Unfavourable),
                Some(Bin::Neutral),
                Some(Bin::Favourable),
                Some(Bin::Unfavourable),
            ],
            levers: vec![Some(2), Some(3), Some(1), Some(2), Some(3)],
            priorities: 0b10_0011_0010,
            unit: Some(1),
            role: None,
            statements: Vec::new(),
        }
    );
}
