#![cfg(not(target_arch = "wasm32"))]
//! Trends across waves (`docs/scoring.md`, "Trends"): nothing shown for any wave lets a hidden
//! unit cell be recovered, whatever the other waves hold (the organization's own statements'
//! columns included); and the intervals of each wave's share
//! and of each change, from the previous wave and from the first, hold the truth about 95 % of the
//! time.

use candor::code::Tally;
use candor::deniability::Deniability;
use candor::instrument::{Shape, DEFAULT};
use candor::lang::Lang;
use candor::randomized::randomize;
use candor::report::markup::{report, Trend};
use candor::report::{series, to_csv_waves, Rates, Series, WaveCsv};
use candor::scoring::{Bin, Scores};
use proptest::prelude::*;

#[allow(dead_code)]
#[path = "support/people.rs"]
mod people;
use people::People;

const UNITS: [&str; 4] = ["Emergency", "Intensive care", "Surgery", "Clinic"];

fn shape(deniability: Option<Deniability>) -> Shape {
    Shape {
        id: "trends".into(),
        units: UNITS.len() as u8,
        asks_role: true,
        deniability,
        statements: Vec::new(),
    }
}

/// The survey of the recovery check: the shape above with three statements of its own, so that
/// their columns of the breakdowns and the heatmap, and their trends, are checked too.
fn shape_with_statements() -> Shape {
    Shape {
        statements: people::golden_statements(),
        ..shape(None)
    }
}

fn tally(people: &[Scores], shape: &Shape) -> Tally {
    let mut tally = Tally::new(&DEFAULT, shape);
    for person in people {
        assert!(tally.add(person));
    }
    tally
}

/// Everything the summary page shows or exports about a series: the latest wave's report with
/// the trends, and the CSV of every wave, in both languages.
fn everything_shown(waves: &[Vec<Scores>]) -> String {
    let tallies: Vec<Tally> = waves
        .iter()
        .map(|w| tally(w, &shape_with_statements()))
        .collect();
    let series = series(&DEFAULT, &tallies.iter().collect::<Vec<_>>(), 5);
    let labels: Vec<String> = (1..=waves.len()).map(|k| format!("Wave {k}")).collect();
    let units: Vec<String> = UNITS.iter().map(|u| u.to_string()).collect();
    let statements = people::golden_statements();
    let mut out = String::new();
    for lang in [Lang::En, Lang::Es] {
        let last = series.reports.last().expect("a wave");
        out.push_str(&report(
            &DEFAULT,
            last,
            Some(Trend {
                series: &series,
                labels: &labels,
            }),
            &units,
            &statements,
            &Rates::default(),
            lang,
        ));
        out.push_str(&to_csv_waves(
            &DEFAULT,
            &WaveCsv::of_series(&series, &labels, &[]),
            &units,
            &statements,
            lang,
        ));
    }
    out
}

/// Which unit cells (0 = not answered) each wave shows, and which lever and statement of each
/// shown cell.
fn shown_cells(waves: &[Vec<Scores>]) -> Vec<Vec<Option<Vec<bool>>>> {
    let tallies: Vec<Tally> = waves
        .iter()
        .map(|w| tally(w, &shape_with_statements()))
        .collect();
    series(&DEFAULT, &tallies.iter().collect::<Vec<_>>(), 5)
        .reports
        .iter()
        .map(|r| {
            r.figures
                .as_ref()
                .and_then(|f| f.units.as_ref())
                .map(|b| {
                    b.cells
                        .iter()
                        .map(|c| {
                            c.shown.as_ref().map(|f| {
                                f.levers
                                    .iter()
                                    .chain(&f.statements)
                                    .map(Result::is_ok)
                                    .collect()
                            })
                        })
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect()
}

/// A wave of people: `sizes[c]` in unit cell c (0 = did not say), their answers from `seed`.
fn wave(sizes: &[usize], seed: u64) -> Vec<Scores> {
    let mut rng = People(seed);
    let mut people = Vec::new();
    for (cell, &size) in sizes.iter().enumerate() {
        for _ in 0..size {
            let mut person = rng.plausible(UNITS.len() as u8, true);
            person.unit = cell.checked_sub(1).map(|u| u as u8);
            // Each statement answered in one of the three bins, or (one time in four) not.
            person.statements = (0..3)
                .map(|_| {
                    [
                        None,
                        Some(Bin::Unfavourable),
                        Some(Bin::Neutral),
                        Some(Bin::Favourable),
                    ]
                    .get(rng.below(4) as usize)
                    .copied()
                    .flatten()
                })
                .collect();
            people.push(person);
        }
    }
    people
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// For any series, moving one respondent of a wave from one hidden unit cell to another —
    /// which changes what both hidden cells hold — leaves every figure shown for every wave, on
    /// the page and in the CSV, unchanged whenever the same cells (and levers of shown cells)
    /// stay hidden. So no hidden cell can be worked out by subtracting anything shown, in its
    /// wave or in any other.
    #[test]
    fn no_hidden_cell_of_any_wave_can_be_recovered(
        sizes in proptest::collection::vec(proptest::collection::vec(0usize..12, UNITS.len() + 1), 2..5),
        seed in any::<u64>(),
    ) {
        let waves: Vec<Vec<Scores>> = sizes
            .iter()
            .enumerate()
            .map(|(k, s)| wave(s, seed.wrapping_add(k as u64)))
            .collect();
        let shown = shown_cells(&waves);
        let before = everything_shown(&waves);
        for (k, cells) in shown.iter().enumerate() {
            let hidden: Vec<usize> = (0..cells.len())
                .filter(|&c| cells[c].is_none() && sizes[k][c] > 0)
                .collect();
            for &from in &hidden {
                for &to in hidden.iter().filter(|&&to| to != from) {
                    let mut other = waves.clone();
                    let Some(person) = other[k]
                        .iter_mut()
                        .find(|p| p.unit.map_or(0, |u| usize::from(u) + 1) == from)
                    else {
                        continue;
                    };
                    person.unit = to.checked_sub(1).map(|u| u as u8);
                    if shown_cells(&other) != shown {
                        continue;
                    }
                    prop_assert_eq!(&everything_shown(&other), &before, "wave {}: {} → {}", k, from, to);
                }
            }
        }
        // A wave hides either no cell holding people or at least two: one alone would be the
        // total minus the shown cells.
        for (k, cells) in shown.iter().enumerate() {
            let hidden = (0..cells.len()).filter(|&c| cells[c].is_none() && sizes[k][c] > 0).count();
            prop_assert!(hidden != 1 || cells.is_empty(), "wave {}: one hidden cell", k);
        }
    }
}

/// The check above can fail: moving a respondent into a shown cell changes what is shown, and the
/// comparison of everything shown sees it; moving one between the two hidden cells does not.
#[test]
fn the_recovery_check_sees_a_moved_respondent_when_a_cell_is_shown() {
    let sizes = [0, 20, 2, 6, 15];
    let waves = vec![wave(&sizes, 1), wave(&sizes, 2)];
    let rows: Vec<bool> = shown_cells(&waves)[1].iter().map(Option::is_some).collect();
    assert_eq!(rows, vec![false, true, false, false, true]);
    // From a hidden cell to a shown one: the shown cell's figures change, and the check sees it.
    let mut other = waves.clone();
    let person = other[1]
        .iter_mut()
        .find(|p| p.unit == Some(1))
        .expect("someone in Intensive care");
    person.unit = Some(0);
    assert_ne!(everything_shown(&other), everything_shown(&waves));
    // Between the two hidden cells: nothing shown changes.
    let mut other = waves.clone();
    let person = other[1]
        .iter_mut()
        .find(|p| p.unit == Some(1))
        .expect("someone in Intensive care");
    person.unit = Some(2);
    assert_eq!(shown_cells(&other), shown_cells(&waves));
    assert_eq!(everything_shown(&other), everything_shown(&waves));
}

/// A person of a population whose burnout share is `p`: burned out (level 4) or not (level 2).
fn person(rng: &mut People, p: f64) -> Scores {
    let mut person = rng.plausible(UNITS.len() as u8, true);
    person.burnout = if uniform(rng) < p { 4 } else { 2 };
    person
}

fn uniform(rng: &mut People) -> f64 {
    rng.next() as f64 / (1u64 << 53) as f64
}

/// Counts how often each interval of a simulated series holds the truth.
#[derive(Default)]
struct Coverage {
    held: usize,
    total: usize,
}

impl Coverage {
    fn count(&mut self, low: f64, high: f64, truth: f64) {
        self.total += 1;
        self.held += usize::from(low <= truth && truth <= high);
    }

    fn share(&self) -> f64 {
        self.held as f64 / self.total as f64
    }
}

/// The coverage of each wave's burnout interval and of the latest wave's change from the
/// previous wave and from the first, over `reps` series of waves of `n` drawn from the burnout
/// shares `truths`, made by `draw`.
fn coverage(
    truths: &[f64],
    reps: usize,
    mut draw: impl FnMut(&mut People, f64) -> Tally,
) -> [Coverage; 3] {
    let mut rng = People(2026);
    let mut out: [Coverage; 3] = Default::default();
    let last = truths.len() - 1;
    for _ in 0..reps {
        let tallies: Vec<Tally> = truths.iter().map(|&p| draw(&mut rng, p)).collect();
        let series: Series = series(&DEFAULT, &tallies.iter().collect::<Vec<_>>(), 5);
        for (report, truth) in series.reports.iter().zip(truths) {
            let share = report.figures.as_ref().expect("enough").burnout;
            out[0].count(share.interval.low, share.interval.high, *truth);
        }
        for (which, change, truth) in [
            (
                1,
                series.from_previous(last),
                truths[last] - truths[last - 1],
            ),
            (2, series.from_first(last), truths[last] - truths[0]),
        ] {
            let d = change
                .and_then(|c| c.figures.as_ref())
                .expect("compared")
                .burnout
                .difference;
            out[which].count(d.interval.low, d.interval.high, truth);
        }
    }
    out
}

/// Ordinary waves: Wilson for each wave's share, Newcombe for each change.
#[test]
fn trend_intervals_cover_the_truth_about_95_percent_of_the_time() {
    let truths = [0.45, 0.38, 0.30];
    for n in [60usize, 250] {
        let results = coverage(&truths, 2_000, |rng, p| {
            tally(
                &(0..n).map(|_| person(rng, p)).collect::<Vec<_>>(),
                &shape(None),
            )
        });
        for (name, c) in ["each wave", "from previous", "from first"]
            .iter()
            .zip(&results)
        {
            println!("n = {n:>4}, {name:>13}: {:.3}", c.share());
            assert!(
                (0.93..=0.97).contains(&c.share()),
                "n = {n}, {name}: {:.3}",
                c.share()
            );
        }
    }
}

/// Deniable waves: each wave's estimate and each change carry the noise in their intervals.
#[test]
fn deniable_trend_intervals_cover_the_truth_about_95_percent_of_the_time() {
    let level = Deniability::Standard;
    let results = coverage(&[0.5, 0.35, 0.4], 600, |rng, p| {
        let mut tally = Tally::new(&DEFAULT, &shape(Some(level)));
        for _ in 0..400 {
            let truth = person(rng, p);
            assert!(tally.add(&randomize(&DEFAULT, &truth, level, || uniform(rng))));
        }
        tally
    });
    for (name, c) in ["each wave", "from previous", "from first"]
        .iter()
        .zip(&results)
    {
        println!("deniable, {name:>13}: {:.3}", c.share());
        assert!(
            (0.93..=0.97).contains(&c.share()),
            "{name}: {:.3}",
            c.share()
        );
    }
}
