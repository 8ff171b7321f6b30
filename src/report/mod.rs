//! Many codes → the figures of the report: prevalence, distributions, the driver analysis,
//! priorities, breakdowns with suppression, and the comparison of two waves.
//!
//! Privacy rule enforced here, not in the view: no figure is computed on fewer respondents than the
//! minimum group size, and breakdowns use complementary suppression (`suppression`) so that no
//! hidden cell can be recovered by subtracting shown cells from a total.

pub mod action;
pub mod csv;
pub mod estimate;
mod findings;
mod heatmap;
pub mod markup;
mod rates;
mod staff;
mod suppression;
mod unit_reports;
mod waves;

use crate::code::Tally;
use crate::deniability::Deniability;
use crate::i18n::{t, Key};
use crate::instrument::{Instrument, OwnStatement, Reference, LEVER_LEVELS};
use crate::lang::{Lang, Text};
use crate::randomized::Mechanism;
use crate::scoring::{state_bin, BIN_STATES};
use crate::stats::{newcombe, wilson, Difference, Interval, Ratio};
use estimate::Estimate;

pub use csv::{action_rows, to_csv, to_csv_waves, to_csv_with_rates, WaveCsv};
pub use findings::{
    direction, findings, Direction, Findings, Position, NAMED_LEVERS, NAMED_PRIORITIES,
};
pub use heatmap::{heat_step, HeatCell, HeatRow, HeatSort, Heatmap};
pub use rates::{rates, Rates, ResponseRate, Staff, UnitRate, LOW_RATE_PERCENT, MAX_STAFF};
pub use staff::{in_ten, staff_page, StaffFigures, StaffPage, ASKED, LOWEST_LEVERS};
use suppression::breakdown;
pub use suppression::{reasons, suppress, Hidden};
pub use unit_reports::{unit_reports, NoReport, UnitReport, UnitReports};
pub use waves::{compare, series, Change, Comparison, LeverChange, Series, WaveFigures};

/// The smallest group the report ever shows a figure for. No survey setting may ask for less, and
/// a smaller number reaching the report is raised to it: below three, a figure could point at a
/// person, and with complementary suppression a hidden pair could be worked out.
pub const MIN_GROUP_FLOOR: u8 = 3;
/// The minimum group size of a survey whose organizer does not choose one.
pub const MIN_GROUP_DEFAULT: u8 = 5;
/// The largest minimum group size a survey may ask for.
pub const MIN_GROUP_CEILING: u8 = 50;
/// How many of the weakest levers get suggested actions.
pub const WEAKEST: usize = 2;

/// The report for one wave.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// Respondents counted.
    pub n: u64,
    /// The minimum group size applied (at least [`MIN_GROUP_FLOOR`]).
    pub min_group: u64,
    /// Every figure, or `None` when `n` is below the minimum group size: then the report is only the
    /// count.
    pub figures: Option<Figures>,
    /// Set when the codes were made with plausible deniability: then every figure is an estimate
    /// from randomized reports (`docs/privacy.md`), with an interval that includes the noise.
    pub deniability: Option<Deniability>,
}

/// Every figure of a report with at least the minimum group size.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    /// Share burned out (level ≥ threshold) with its 95% Wilson interval.
    pub burnout: Proportion,
    /// Share at each burnout level, level 1 first.
    pub burnout_levels: Vec<Proportion>,
    /// Published figures to read the burnout share against (their measures differ from ours),
    /// for everyone they surveyed and for some role groups: see [`Figures::references`].
    pub references: &'static [Reference],
    /// Per outcome, in instrument order.
    pub outcomes: Vec<Distribution>,
    /// Per lever, in instrument order.
    pub levers: Vec<Distribution>,
    /// Per statement of the organization's own, in the survey's order (empty when it has none):
    /// its distribution, or `None` when fewer than the minimum group size answered it (the rule
    /// that withholds a lever's mean), since its shares would then describe a small group.
    pub statements: Vec<Option<Distribution>>,
    /// The driver analysis, ranked: largest burnout difference first, the levers and the
    /// organization's own statements together, those without enough respondents on both sides
    /// last.
    pub drivers: Vec<Driver>,
    /// Priorities, most chosen first.
    pub priorities: Vec<Ranked>,
    /// Breakdown by unit, when asked.
    pub units: Option<Breakdown>,
    /// The units against the levers, when units are asked: the unit breakdown's cells with the
    /// organization's row.
    pub heatmap: Option<Heatmap>,
    /// Breakdown by role, when asked.
    pub roles: Option<Breakdown>,
    /// The weakest levers (lowest mean) with what the organization can do.
    pub weakest: Vec<Weakness>,
}

/// `count` of `base` with a 95% Wilson interval. `base` is never below the minimum group size.
/// In a deniable report it is an estimate: `share` the unbiased estimate clipped into [0, 1] (or,
/// in a distribution, projected), `interval` the normal interval around the unbiased estimate with
/// the noise included, and `count` the estimated number, `share × base` rounded.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Proportion {
    /// Respondents with the property.
    pub count: u64,
    /// Respondents the share is taken of.
    pub base: u64,
    /// `count / base`.
    pub share: f64,
    /// 95% Wilson score interval.
    pub interval: Interval,
}

/// A mean over `base` respondents (never below the minimum group size).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mean {
    /// The mean.
    pub value: f64,
    /// Respondents it is taken over (in a deniable report, the estimated number).
    pub base: u64,
    /// The top of its scale: 5 for a lever's level, 3 for a bin (outcomes; levers when deniable).
    pub max: u8,
}

/// How one outcome, lever or statement of the organization's own is distributed over all
/// respondents.
#[derive(Clone, Debug, PartialEq)]
pub struct Distribution {
    /// Index in the instrument's outcomes or levers, or in the survey's own statements.
    pub index: usize,
    /// Share of all respondents in the favourable bin.
    pub favourable: Proportion,
    /// Share of all respondents in the neutral bin.
    pub neutral: Proportion,
    /// Share of all respondents in the unfavourable bin.
    pub unfavourable: Proportion,
    /// Share of all respondents who did not answer.
    pub not_answered: Proportion,
    /// Mean of those who answered, healthy high: lever level 1–5, or bin 1 (unfavourable) to 3
    /// (favourable) for outcomes, statements and, in a deniable report, levers. `None` when fewer
    /// than the minimum group size answered.
    pub mean: Option<Mean>,
}

/// For one lever or statement of the organization's own: burnout among those who rate it
/// unfavourably against those who rate it favourably. An association in this group of staff,
/// not proof of cause.
#[derive(Clone, Debug, PartialEq)]
pub struct Driver {
    /// What is rated.
    pub subject: Subject,
    /// Respondents who rate it unfavourably (also visible in its distribution).
    pub unfavourable_n: u64,
    /// Respondents who rate it favourably.
    pub favourable_n: u64,
    /// The comparison, or `None` when either group is below the minimum group size.
    pub comparison: Option<DriverComparison>,
}

/// What a driver is about. The order is the drivers' order among equals: the levers in the
/// instrument's order, then the organization's statements in the survey's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Subject {
    /// A lever: its index in the instrument's levers.
    Lever(usize),
    /// A statement of the organization's own: its index in the survey's statements. Its wording
    /// is the organization's, and it has no published figure.
    Statement(usize),
}

/// The figures of a driver whose two groups are both large enough.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DriverComparison {
    /// Burnout share among those rating the lever unfavourably.
    pub unfavourable: Proportion,
    /// Burnout share among those rating it favourably.
    pub favourable: Proportion,
    /// Unfavourable minus favourable, with Newcombe's 95% interval.
    pub difference: Difference,
}

/// An option with its share of all respondents.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ranked {
    /// Index of the option (priority) in the instrument.
    pub index: usize,
    /// Share of all respondents who chose it.
    pub share: Proportion,
}

/// A one-way breakdown (by unit or by role).
#[derive(Clone, Debug, PartialEq)]
pub struct Breakdown {
    /// Index 0 is "not answered / not asked", index i is unit or role i − 1.
    pub cells: Vec<BreakdownCell>,
}

/// One cell of a breakdown.
#[derive(Clone, Debug, PartialEq)]
pub struct BreakdownCell {
    /// 0 = not answered, i = unit or role i − 1.
    pub index: usize,
    /// The cell's figures, or `None` when suppressed (too small, or hidden so that another
    /// suppressed cell cannot be worked out by subtraction).
    pub shown: Option<CellFigures>,
    /// Why the cell is hidden: `Some` exactly when `shown` is `None`.
    pub hidden: Option<Hidden>,
}

/// The figures of a shown cell.
#[derive(Clone, Debug, PartialEq)]
pub struct CellFigures {
    /// Respondents in the cell.
    pub n: u64,
    /// Share burned out.
    pub burnout: Proportion,
    /// Per lever: share favourable among those in the cell who answered, or why it is hidden.
    pub levers: Vec<Result<Proportion, Hidden>>,
    /// Per statement of the organization's own, measured and hidden as a lever is; every cell of
    /// a statement the report withholds (`Figures::statements`) is hidden.
    pub statements: Vec<Result<Proportion, Hidden>>,
}

/// A weak lever and what the organization can do about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Weakness {
    /// Index in the instrument's levers.
    pub lever: usize,
    /// Its mean level.
    pub mean: Mean,
    /// Suggested organizational actions.
    pub actions: &'static [Text],
}

impl Figures {
    /// The published figures this report shows: those about everyone they surveyed, and those
    /// about one role group only when the report breaks burnout down by role (each goes beside
    /// its role).
    pub fn references(&self) -> impl Iterator<Item = &'static Reference> + '_ {
        self.references
            .iter()
            .filter(|reference| reference.role.is_none() || self.roles.is_some())
    }
}

/// The organization's own statement `s` of `statements` as the report names it: its wording in
/// `lang`, or, when it has none there, as written in the other language followed by which one
/// ("(only in Spanish)"). Empty for a statement `statements` does not hold.
pub fn statement_label(statements: &[OwnStatement], s: usize, lang: Lang) -> String {
    let Some(statement) = statements.get(s) else {
        return String::new();
    };
    match statement.text(lang) {
        (text, written) if written == lang => text.to_string(),
        (text, _) => format!("{text} {}", t(lang, Key::OwnOtherLanguage)),
    }
}

/// The minimum group size actually applied for an organizer's setting.
pub fn min_group(setting: u64) -> u64 {
    setting.max(u64::from(MIN_GROUP_FLOOR))
}

/// The report for `tally` under `instrument`, never showing a group smaller than `min_group`
/// (raised to at least [`MIN_GROUP_FLOOR`]).
pub fn summarize(instrument: &Instrument, tally: &Tally, min_group: u64) -> Report {
    let min = self::min_group(min_group);
    let n = tally.n();
    let deniability = tally.deniability();
    Report {
        n,
        min_group: min,
        figures: (n >= min).then(|| figures(instrument, tally, min, deniability)),
        deniability,
    }
}

/// An estimate of a share of `base` respondents as the report shows it.
pub(crate) fn estimated(estimate: Estimate, base: u64) -> Proportion {
    Proportion {
        count: estimate.count(base),
        base,
        share: estimate.shown,
        interval: Interval {
            low: estimate.low,
            high: estimate.high,
        },
    }
}

/// The counts of a lever's bins, `[not answered, unfavourable, neutral, favourable]`.
pub(crate) fn lever_bins(tally: &Tally, v: usize) -> [u64; BIN_STATES] {
    std::array::from_fn(|state| tally.lever_bin(v, state_bin(state), None))
}

/// The share answered and the weighted sum of the bins 1–3 of a distribution over
/// `[not answered, unfavourable, neutral, favourable]`: their mean is `weighted / answered`.
/// The mean of a deniable distribution's projected shares `p` over its three bins (1 unfavourable
/// to 3 favourable), taken over those estimated to have answered, with that estimated number among
/// `n` (rounded, an exact half up): both exact. `None` when nobody is estimated to have answered.
pub(crate) fn bin_mean(p: &[Ratio; BIN_STATES], n: u64) -> Option<(Ratio, u64)> {
    let answered = p[1].plus(p[2])?.plus(p[3])?;
    let weighted = p[1].plus(p[2].times(2)?)?.plus(p[3].times(3)?)?;
    let base = u64::try_from(answered.round_times(n)?).ok()?;
    Some((weighted.over(answered)?, base))
}

/// A share of nothing, for counts that cannot be (the tally is consistent, so never shown).
fn whole_zero(n: u64) -> Proportion {
    Proportion {
        count: 0,
        base: n,
        share: 0.0,
        interval: Interval {
            low: 0.0,
            high: 0.0,
        },
    }
}

/// `count` of `base`, or `None` when `base` is below `min`.
pub(crate) fn proportion(count: u64, base: u64, min: u64) -> Option<Proportion> {
    if base < min || base == 0 {
        return None;
    }
    Some(Proportion {
        count,
        base,
        share: count as f64 / base as f64,
        interval: wilson(count, base)?,
    })
}

/// Every figure. In a deniable survey (`level`) every share is estimated from the randomized
/// reports (`docs/privacy.md`, "What the summary estimates"); burnout levels and lever levels are
/// not reported in that mode, so there is no level distribution and means are taken over the bins.
fn figures(
    instrument: &Instrument,
    tally: &Tally,
    min: u64,
    level: Option<Deniability>,
) -> Figures {
    let guidance = crate::instrument::guidance(instrument);
    let n = tally.n();
    let bins = level.map(|level| Mechanism::at(level, BIN_STATES));
    // Every share of all n respondents; `proportion` only fails on inconsistent counts, and an
    // estimate only on counts that cannot be.
    let whole = |count: u64| proportion(count.min(n), n, min).unwrap_or_else(|| whole_zero(n));
    let estimate = |rr: &Mechanism, counts: &[u64], value: usize| {
        estimate::share(rr, counts, value).map_or_else(|| whole_zero(n), |e| estimated(e, n))
    };
    // The share of all respondents who said yes (`count` of them, or of the reports).
    let yes = |count: u64| match level {
        None => whole(count),
        Some(level) => estimate(
            &Mechanism::at(level, 2),
            &[n.saturating_sub(count), count.min(n)],
            1,
        ),
    };
    // An outcome or lever over its bins; `levels` is the sum of an ordinary lever's levels 1–5,
    // whose mean is taken over the levels.
    let distribution = |index: usize, counts: [u64; BIN_STATES], levels: Option<u64>| {
        let (parts, mean) = match &bins {
            None => {
                let [not_answered, unfavourable, neutral, favourable] = counts;
                let (total, max) = match levels {
                    Some(total) => (total, LEVER_LEVELS),
                    None => (unfavourable + 2 * neutral + 3 * favourable, 3),
                };
                (
                    counts.map(whole),
                    mean(total, n - not_answered.min(n), min, max),
                )
            }
            Some(rr) => {
                let projected =
                    estimate::distribution(rr, &counts).unwrap_or([Ratio::ZERO; BIN_STATES]);
                let mut state = 0;
                let parts = projected.map(|part| {
                    let estimate = estimate(rr, &counts, state);
                    let share = part.value();
                    state += 1;
                    // The projection may move a share outside its own estimate's interval; the
                    // interval is widened to hold the share written.
                    Proportion {
                        share,
                        count: part
                            .round_times(n)
                            .and_then(|c| u64::try_from(c).ok())
                            .unwrap_or(0),
                        interval: Interval {
                            low: estimate.interval.low.min(share),
                            high: estimate.interval.high.max(share),
                        },
                        ..estimate
                    }
                });
                let mean = bin_mean(&projected, n)
                    .filter(|(_, base)| *base >= min)
                    .map(|(value, base)| Mean {
                        value: value.value(),
                        base,
                        max: 3,
                    });
                (parts, mean)
            }
        };
        let [not_answered, unfavourable, neutral, favourable] = parts;
        Distribution {
            index,
            favourable,
            neutral,
            unfavourable,
            not_answered,
            mean,
        }
    };
    // Every distribution comes from one call of `distribution` (the outcomes', then the levers',
    // then the statements'), so the organizer's page carries its code once.
    let (o, v) = (instrument.outcomes.len(), instrument.levers.len());
    let mut all: Vec<Distribution> = (0..o + v + tally.statements())
        .map(|i| {
            let (index, counts, levels) = if i < o {
                (i, tally.outcome(i), None)
            } else if i < o + v {
                let l = i - o;
                let total = (1..=LEVER_LEVELS)
                    .map(|level| {
                        u64::from(level)
                            * (tally.lever(l, level, false) + tally.lever(l, level, true))
                    })
                    .sum();
                (l, lever_bins(tally, l), Some(total))
            } else {
                (i - o - v, tally.statement_states(i - o - v), None)
            };
            distribution(index, counts, levels)
        })
        .collect();
    // A statement answered by fewer than the minimum shows nothing: the rule that withholds a
    // lever's mean (`mean` is `None` exactly then, counted or estimated).
    let statements: Vec<Option<Distribution>> = all
        .split_off(o + v)
        .into_iter()
        .map(|d| d.mean.is_some().then_some(d))
        .collect();
    let levers = all.split_off(o);
    let outcomes = all;
    let mut drivers: Vec<Driver> = (0..v + statements.len())
        .map(|i| {
            let subject = match i.checked_sub(v) {
                None => Subject::Lever(i),
                Some(s) => Subject::Statement(s),
            };
            let joint = joint(tally, subject);
            let mut driver = match (level, &bins) {
                (Some(level), Some(bins)) => {
                    estimated_driver(subject, &joint, n, min, bins, &Mechanism::at(level, 2))
                }
                _ => driver(subject, &joint, min),
            };
            // A withheld statement gives no comparison either (an estimated one could otherwise
            // reach the minimum on both sides).
            if let Subject::Statement(s) = subject {
                if statements.get(s).is_none_or(Option::is_none) {
                    driver.comparison = None;
                }
            }
            driver
        })
        .collect();
    // Largest difference first, ties in the subjects' order (levers, then statements), those
    // without a comparison last.
    rank(&mut drivers, |a, b| {
        let key = |d: &Driver| d.comparison.map(|c| c.difference.estimate);
        match (key(a), key(b)) {
            (Some(x), Some(y)) => y.total_cmp(&x).then(a.subject.cmp(&b.subject)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.subject.cmp(&b.subject),
        }
    });
    let (options, _) = instrument.priority_options();
    let mut priorities: Vec<Ranked> = (0..options.len())
        .map(|p| Ranked {
            index: p,
            share: yes(tally.priority(p)),
        })
        .collect();
    // Largest share first, ties in priority order.
    rank(&mut priorities, |a, b| {
        b.share
            .share
            .total_cmp(&a.share.share)
            .then(a.index.cmp(&b.index))
    });
    let weakest = weakest(instrument, &levers);
    let units = tally.unit_cells();
    let roles = tally.role_cells();
    let burnout = yes(tally.burned_out());
    // A statement the report withholds is hidden in every cell of a breakdown too.
    let withheld: Vec<bool> = statements.iter().map(Option::is_none).collect();
    let unit_breakdown = (!units.is_empty()).then(|| breakdown(&units, &withheld, min, level));
    Figures {
        heatmap: unit_breakdown
            .as_ref()
            .map(|b| Heatmap::of(b, &units, &withheld, burnout, min, level)),
        burnout,
        burnout_levels: match level {
            None => tally.burnout_levels().iter().map(|c| whole(*c)).collect(),
            Some(_) => Vec::new(),
        },
        references: guidance.references,
        outcomes,
        levers,
        statements,
        drivers,
        priorities,
        units: unit_breakdown,
        roles: (!roles.is_empty()).then(|| breakdown(&roles, &withheld, min, level)),
        weakest,
    }
}

/// The weakest of `levers`: lowest mean, ties in lever order, only levers whose mean is shown, at
/// most [`WEAKEST`], each with what the organization can do.
fn weakest(instrument: &Instrument, levers: &[Distribution]) -> Vec<Weakness> {
    let guidance = crate::instrument::guidance(instrument);
    let mut weakest: Vec<Weakness> = levers
        .iter()
        .filter_map(|d| {
            let lever = instrument.levers.get(d.index)?;
            Some(Weakness {
                lever: d.index,
                mean: d.mean?,
                actions: guidance.actions(lever.id),
            })
        })
        .collect();
    rank(&mut weakest, |a, b| {
        a.mean
            .value
            .total_cmp(&b.mean.value)
            .then(a.lever.cmp(&b.lever))
    });
    weakest.truncate(WEAKEST);
    weakest
}

/// Sorts a short list (levers, options: at most 16) by `order`, which must be total (every order
/// here breaks ties by index). An insertion sort: std's sorts add about 10 KB of WebAssembly for
/// the three element types ranked here.
fn rank<T>(items: &mut [T], order: impl Fn(&T, &T) -> std::cmp::Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && order(&items[j - 1], &items[j]).is_gt() {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

fn mean(total: u64, base: u64, min: u64, max: u8) -> Option<Mean> {
    (base >= min && base > 0).then(|| Mean {
        value: total as f64 / base as f64,
        base,
        max,
    })
}

/// The respondents rating `subject` in each state (`[not answered, unfavourable, neutral,
/// favourable]`, or in a deniable survey the states reported), each split as `[not burned out,
/// burned out]`: all a driver needs.
fn joint(tally: &Tally, subject: Subject) -> [[u64; 2]; BIN_STATES] {
    std::array::from_fn(|state| {
        [false, true].map(|burned| match subject {
            Subject::Lever(v) => tally.lever_bin(v, state_bin(state), Some(burned)),
            Subject::Statement(s) => tally.statement(s, state, burned),
        })
    })
}

fn driver(subject: Subject, joint: &[[u64; 2]; BIN_STATES], min: u64) -> Driver {
    let [_, [kept_unfavourable, burned_unfavourable], _, [kept_favourable, burned_favourable]] =
        *joint;
    let unfavourable_n = kept_unfavourable + burned_unfavourable;
    let favourable_n = kept_favourable + burned_favourable;
    // Both groups must reach the minimum: showing one side's rate while hiding the other would let
    // it be worked out from the overall burnout count.
    let comparison = (|| {
        let unfavourable = proportion(burned_unfavourable, unfavourable_n, min)?;
        let favourable = proportion(burned_favourable, favourable_n, min)?;
        let difference = newcombe(
            burned_unfavourable,
            unfavourable_n,
            burned_favourable,
            favourable_n,
        )?;
        Some(DriverComparison {
            unfavourable,
            favourable,
            difference,
        })
    })();
    Driver {
        subject,
        unfavourable_n,
        favourable_n,
        comparison,
    }
}

/// A deniable survey's driver: burnout (reported through `binary`) among those whose true bin of
/// `subject` (reported through `bins`) is unfavourable against favourable, estimated from the
/// `joint` counts of `n` reports.
fn estimated_driver(
    subject: Subject,
    joint: &[[u64; 2]; BIN_STATES],
    n: u64,
    min: u64,
    bins: &Mechanism,
    binary: &Mechanism,
) -> Driver {
    let found = estimate::conditional(bins, binary, joint, 1, 3);
    // Each group's estimated size among the n, rounded (an exact half up); below zero is none.
    let size = |share: Ratio| {
        share
            .round_times(n)
            .and_then(|size| u64::try_from(size).ok())
            .unwrap_or(0)
    };
    let (unfavourable_n, favourable_n) = found.map_or((0, 0), |c| (size(c.a_size), size(c.b_size)));
    Driver {
        subject,
        unfavourable_n,
        favourable_n,
        comparison: found
            .filter(|_| unfavourable_n >= min && favourable_n >= min)
            .map(|c| DriverComparison {
                unfavourable: estimated(c.a, unfavourable_n),
                favourable: estimated(c.b, favourable_n),
                difference: c.difference,
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn ranking_orders_like_the_standard_sort(
            mut items in proptest::collection::vec((0u8..4, 0u8..20), 0..20)
        ) {
            let mut expected = items.clone();
            expected.sort_by_key(|a| std::cmp::Reverse(a.0));
            rank(&mut items, |a, b| b.0.cmp(&a.0));
            // Equal keys keep their order too, as with the stable sort.
            proptest::prop_assert_eq!(items, expected);
        }
    }

    #[test]
    fn the_minimum_group_size_never_goes_below_three() {
        assert_eq!(min_group(0), 3);
        assert_eq!(min_group(2), 3);
        assert_eq!(min_group(7), 7);
    }
}
