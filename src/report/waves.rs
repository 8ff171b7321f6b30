//! Two waves side by side: did the work system change between the baseline and the follow-up?

use super::stats::{newcombe, Difference};
use super::{min_group, proportion, Proportion};
use crate::code::Tally;
use crate::instrument::Instrument;

/// The comparison of a baseline and a follow-up wave.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// Respondents in the baseline.
    pub baseline_n: u64,
    /// Respondents in the follow-up.
    pub follow_up_n: u64,
    /// The minimum group size applied.
    pub min_group: u64,
    /// The changes, or `None` unless both waves reach the minimum group size.
    pub figures: Option<WaveFigures>,
}

/// Every change between two waves.
#[derive(Clone, Debug, PartialEq)]
pub struct WaveFigures {
    /// Share burned out.
    pub burnout: Change,
    /// Per outcome (instrument order): share favourable.
    pub outcomes: Vec<Change>,
    /// Per lever (instrument order).
    pub levers: Vec<LeverChange>,
    /// Per priority (instrument order): share who chose it.
    pub priorities: Vec<Change>,
}

/// A share in both waves and its change.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Change {
    /// In the baseline.
    pub baseline: Proportion,
    /// In the follow-up.
    pub follow_up: Proportion,
    /// Follow-up minus baseline, with Newcombe's 95% interval for independent groups (the waves
    /// are anonymous, so they cannot be paired).
    pub difference: Difference,
}

/// A lever in both waves.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LeverChange {
    /// Share favourable.
    pub favourable: Change,
    /// Follow-up mean level minus baseline mean level, when both waves have enough answers.
    pub mean_change: Option<f64>,
}

/// Compares `baseline` with `follow_up` (tallies of the same instrument; the unit list and role
/// question may differ between waves, breakdowns are not compared).
pub fn compare(
    instrument: &Instrument,
    baseline: &Tally,
    follow_up: &Tally,
    min_group: u64,
) -> Comparison {
    let min = self::min_group(min_group);
    let figures = (baseline.n() >= min && follow_up.n() >= min)
        .then(|| figures(instrument, baseline, follow_up, min))
        .flatten();
    Comparison {
        baseline_n: baseline.n(),
        follow_up_n: follow_up.n(),
        min_group: min,
        figures,
    }
}

fn change(before: u64, before_n: u64, after: u64, after_n: u64, min: u64) -> Option<Change> {
    Some(Change {
        baseline: proportion(before, before_n, min)?,
        follow_up: proportion(after, after_n, min)?,
        difference: newcombe(after, after_n, before, before_n)?,
    })
}

fn figures(instrument: &Instrument, a: &Tally, b: &Tally, min: u64) -> Option<WaveFigures> {
    let (na, nb) = (a.n(), b.n());
    let outcomes = (0..instrument.outcomes.len())
        .map(|o| change(a.outcome(o)[3], na, b.outcome(o)[3], nb, min))
        .collect::<Option<Vec<_>>>()?;
    let levers = (0..instrument.levers.len())
        .map(|v| {
            let favourable = |t: &Tally| {
                (4..=5)
                    .map(|l| t.lever(v, l, false) + t.lever(v, l, true))
                    .sum::<u64>()
            };
            let mean = |t: &Tally| {
                let (mut total, mut answered) = (0u64, 0u64);
                for level in 1..=5u8 {
                    let count = t.lever(v, level, false) + t.lever(v, level, true);
                    total += u64::from(level) * count;
                    answered += count;
                }
                (answered >= min).then(|| total as f64 / answered as f64)
            };
            Some(LeverChange {
                favourable: change(favourable(a), na, favourable(b), nb, min)?,
                mean_change: mean(b).zip(mean(a)).map(|(after, before)| after - before),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let (options, _) = instrument.priority_options();
    let priorities = (0..options.len())
        .map(|p| change(a.priority(p), na, b.priority(p), nb, min))
        .collect::<Option<Vec<_>>>()?;
    Some(WaveFigures {
        burnout: change(a.burned_out(), na, b.burned_out(), nb, min)?,
        outcomes,
        levers,
        priorities,
    })
}
