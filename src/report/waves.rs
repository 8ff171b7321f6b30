//! Waves side by side: did the work system change between one survey and the next? Two waves
//! are compared by [`compare`]; a series of them (`series`) is each wave's report with its change
//! from the wave before it and from the first.

use super::estimate;
use super::{
    bin_mean, estimated, lever_bins, min_group, proportion, summarize, Proportion, Report,
};
use crate::code::Tally;
use crate::deniability::Deniability;
use crate::instrument::{Instrument, LEVER_LEVELS};
use crate::randomized::Mechanism;
use crate::scoring::BIN_STATES;
use crate::stats::{newcombe, Difference, Ratio};

/// Waves of one survey in order, oldest first: each wave's report, and each later wave's change
/// from the wave before it and from the first (`docs/scoring.md`, "Trends").
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// The minimum group size applied.
    pub min_group: u64,
    /// Each wave's report, in order.
    pub reports: Vec<Report>,
    /// For the wave at position k ≥ 1, at k − 1: its change from wave k − 1.
    pub from_previous: Vec<Comparison>,
    /// For the wave at position k ≥ 2, at k − 2: its change from the first wave (the second
    /// wave's is its change from the previous one).
    pub from_first: Vec<Comparison>,
}

impl Series {
    /// The change of the wave at position `k` from the wave before it (none for the first).
    pub fn from_previous(&self, k: usize) -> Option<&Comparison> {
        self.from_previous.get(k.checked_sub(1)?)
    }

    /// The change of the wave at position `k` from the first wave (none for the first).
    pub fn from_first(&self, k: usize) -> Option<&Comparison> {
        match k {
            0 => None,
            1 => self.from_previous.first(),
            _ => self.from_first.get(k - 2),
        }
    }
}

/// The series of `tallies` (one survey's waves, oldest first), never showing a group smaller
/// than `min_group`. Each wave is reported on its own, so a cell hidden in one wave is hidden by
/// that wave's rules alone; no figure pools two waves.
pub fn series(instrument: &Instrument, tallies: &[&Tally], min_group: u64) -> Series {
    let min = self::min_group(min_group);
    let first = tallies.first();
    Series {
        min_group: min,
        reports: tallies
            .iter()
            .map(|tally| summarize(instrument, tally, min))
            .collect(),
        from_previous: tallies
            .windows(2)
            .map(|pair| compare(instrument, pair[0], pair[1], min))
            .collect(),
        from_first: tallies
            .iter()
            .skip(2)
            .filter_map(|later| first.map(|first| compare(instrument, first, later, min)))
            .collect(),
    }
}

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
    /// Per statement of the organization's own (the survey's order): share favourable, or
    /// `None` when either wave withholds the statement (fewer than the minimum answered it).
    pub statements: Vec<Option<Change>>,
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
    /// Follow-up mean level minus baseline mean level, when both waves have enough answers
    /// (in deniable waves, the mean bin 1–3, estimated).
    pub mean_change: Option<f64>,
}

/// Compares `baseline` with `follow_up` (tallies of the same instrument and privacy mode; the unit
/// list and role question may differ between waves, breakdowns are not compared). Deniable waves
/// are compared on their estimates: the change's interval adds the two estimates' variances.
pub fn compare(
    instrument: &Instrument,
    baseline: &Tally,
    follow_up: &Tally,
    min_group: u64,
) -> Comparison {
    let min = self::min_group(min_group);
    let figures = (baseline.n() >= min
        && follow_up.n() >= min
        && baseline.deniability() == follow_up.deniability())
    .then(|| figures(instrument, baseline, follow_up, min))
    .flatten();
    Comparison {
        baseline_n: baseline.n(),
        follow_up_n: follow_up.n(),
        min_group: min,
        figures,
    }
}

/// The change of the share of `value` among `before`'s and `after`'s counts (every state of one
/// value, summing to each wave's n): exact with Newcombe's interval, or when `level` is set
/// estimated from randomized reports with the normal interval of the difference.
fn change(
    before: &[u64],
    after: &[u64],
    value: usize,
    min: u64,
    level: Option<Deniability>,
) -> Option<Change> {
    let (before_n, after_n) = (before.iter().sum(), after.iter().sum());
    if let Some(level) = level {
        let rr = Mechanism::at(level, before.len());
        let (a, b) = (
            estimate::share(&rr, before, value)?,
            estimate::share(&rr, after, value)?,
        );
        return (before_n >= min && after_n >= min)
            .then(|| {
                Some(Change {
                    baseline: estimated(a, before_n),
                    follow_up: estimated(b, after_n),
                    difference: estimate::between(&b, &a)?,
                })
            })
            .flatten();
    }
    let (x, y) = (*before.get(value)?, *after.get(value)?);
    Some(Change {
        baseline: proportion(x, before_n, min)?,
        follow_up: proportion(y, after_n, min)?,
        difference: newcombe(y, after_n, x, before_n)?,
    })
}

fn figures(instrument: &Instrument, a: &Tally, b: &Tally, min: u64) -> Option<WaveFigures> {
    let level = a.deniability();
    let yes_no = |t: &Tally, yes: u64| [t.n().saturating_sub(yes), yes];
    let outcomes = (0..instrument.outcomes.len())
        .map(|o| change(&a.outcome(o), &b.outcome(o), 3, min, level))
        .collect::<Option<Vec<_>>>()?;
    let levers = (0..instrument.levers.len())
        .map(|v| {
            // A lever's mean in one wave, exact: over its levels 1–5, or over the estimated bins.
            let mean = |t: &Tally| match level {
                None => {
                    let (mut total, mut answered) = (0u64, 0u64);
                    for l in 1..=LEVER_LEVELS {
                        let count = t.lever(v, l, false) + t.lever(v, l, true);
                        total += u64::from(l) * count;
                        answered += count;
                    }
                    (answered >= min)
                        .then(|| Ratio::new(i128::from(total), i128::from(answered)))
                        .flatten()
                }
                Some(level) => {
                    let p = estimate::distribution(
                        &Mechanism::at(level, BIN_STATES),
                        &lever_bins(t, v),
                    )?;
                    let (mean, base) = bin_mean(&p, t.n())?;
                    (base >= min).then_some(mean)
                }
            };
            Some(LeverChange {
                favourable: change(&lever_bins(a, v), &lever_bins(b, v), 3, min, level)?,
                mean_change: mean(b)
                    .zip(mean(a))
                    .and_then(|(after, before)| after.minus(before))
                    .map(Ratio::value),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let (options, _) = instrument.priority_options();
    let priorities = (0..options.len())
        .map(|p| {
            let (x, y) = (yes_no(a, a.priority(p)), yes_no(b, b.priority(p)));
            change(&x, &y, 1, min, level)
        })
        .collect::<Option<Vec<_>>>()?;
    // A statement is compared only where both waves' reports show it: answered by at least the
    // minimum, counted or estimated (the rule `report::summarize` withholds it by).
    let answered = |t: &Tally, counts: &[u64; BIN_STATES]| match level {
        None => t.n().saturating_sub(counts[0]) >= min,
        Some(level) => estimate::distribution(&Mechanism::at(level, BIN_STATES), counts)
            .and_then(|p| bin_mean(&p, t.n()))
            .is_some_and(|(_, base)| base >= min),
    };
    let statements = (0..a.statements().min(b.statements()))
        .map(|s| {
            let (x, y) = (a.statement_states(s), b.statement_states(s));
            (answered(a, &x) && answered(b, &y))
                .then(|| change(&x, &y, 3, min, level))
                .flatten()
        })
        .collect();
    let (x, y) = (yes_no(a, a.burned_out()), yes_no(b, b.burned_out()));
    Some(WaveFigures {
        burnout: change(&x, &y, 1, min, level)?,
        outcomes,
        levers,
        priorities,
        statements,
    })
}
