//! Response rates: the responses counted against the staff the organizer says were invited, for
//! the whole survey and for each unit (`docs/scoring.md`, "Response rates").
//!
//! A unit's rate is shown exactly when its breakdown cell is: the same minimum group size and the
//! same complementary suppression (`suppression`), since a hidden unit's rate together with its
//! staff number would give away its count. More responses than staff is an alarm (some codes may
//! not come from distinct staff); a rate below [`LOW_RATE_PERCENT`] a caution on that unit's
//! figures.

use super::suppress;
use crate::code::Tally;

/// Below this rate, in percent, a unit's or the survey's figures are read with caution: the staff
/// who answered may differ from those who did not (non-response bias). Staff surveys commonly aim
/// for well over half; under three in ten, the answers can no longer be taken to speak for the
/// group without saying so.
pub const LOW_RATE_PERCENT: u64 = 30;

/// The most staff one survey or unit may be said to have invited (a health system's whole staff).
pub const MAX_STAFF: u64 = 1_000_000;

/// The staff invited, as the organizer gave them: in total, and per unit in the survey's unit
/// order (`None` where not given). Organizer's numbers, never a respondent's.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Staff {
    /// Staff invited to the whole survey.
    pub total: Option<u64>,
    /// Staff invited per unit, in unit order; empty, or one entry per unit.
    pub units: Vec<Option<u64>>,
}

impl Staff {
    /// Whether any number was given.
    pub fn is_empty(&self) -> bool {
        self.total.is_none() && self.units.iter().all(Option::is_none)
    }
}

/// Responses against the staff invited.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ResponseRate {
    /// Staff invited, as the organizer entered it (at least 1).
    pub headcount: u64,
    /// Respondents counted.
    pub responses: u64,
    /// `responses / headcount`; above 1 when more responses than staff were counted.
    pub rate: f64,
    /// More responses than staff: codes were shared, forged or pasted from another group.
    pub exceeds: bool,
}

impl ResponseRate {
    /// `responses` against a `headcount` of staff invited; `None` for a headcount of zero.
    pub fn new(responses: u64, headcount: u64) -> Option<ResponseRate> {
        (headcount > 0).then(|| ResponseRate {
            headcount,
            responses,
            rate: responses as f64 / headcount as f64,
            exceeds: responses > headcount,
        })
    }

    /// Whether the rate is below [`LOW_RATE_PERCENT`], compared exactly: too few of the staff
    /// answered for the figures to speak for them without caution.
    pub fn is_low(&self) -> bool {
        u128::from(self.responses) * 100 < u128::from(self.headcount) * u128::from(LOW_RATE_PERCENT)
    }
}

/// A unit's response rate, or why it is not shown.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UnitRate {
    /// The unit's place in the survey's list, from 0.
    pub unit: usize,
    /// Its responses, when its figures are shown.
    pub responses: Option<u64>,
    /// The staff invited to it, when given.
    pub invited: Option<u64>,
    /// Its rate, when its staff number was given and its breakdown cell is shown.
    pub rate: Option<ResponseRate>,
    /// Its figures are hidden (too few responses, or hidden so that another cannot be worked
    /// out): no rate and no alarm is shown for it.
    pub hidden: bool,
}

/// The response rates a report may show.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rates {
    /// The whole survey's, when a total was given.
    pub total: Option<ResponseRate>,
    /// Each unit's, in unit order, when the survey has units and any unit's staff was given.
    pub units: Vec<UnitRate>,
}

impl Rates {
    /// Whether codes outnumber staff in the whole survey or in a unit whose rate is shown.
    pub fn exceeds(&self) -> bool {
        self.total.is_some_and(|r| r.exceeds)
            || self.units.iter().any(|u| u.rate.is_some_and(|r| r.exceeds))
    }

    /// The units, by place, whose shown rate is more responses than staff.
    pub fn exceeding_units(&self) -> impl Iterator<Item = usize> + '_ {
        self.units
            .iter()
            .filter(|u| u.rate.is_some_and(|r| r.exceeds))
            .map(|u| u.unit)
    }

    /// The units, by place, whose shown rate is low ([`ResponseRate::is_low`]).
    pub fn low_units(&self) -> impl Iterator<Item = usize> + '_ {
        self.units
            .iter()
            .filter(|u| u.rate.is_some_and(|r| r.is_low()))
            .map(|u| u.unit)
    }
}

/// The response rates of `tally` against `staff`, under the minimum group size `min` (already
/// raised to its floor). A unit's rate exists only where its staff number was given and its cell
/// of the unit breakdown is shown ([`suppress`], as the breakdown does); the total's whenever a
/// total was given.
pub fn rates(tally: &Tally, staff: &Staff, min: u64) -> Rates {
    let cells = tally.unit_cells();
    let sizes: Vec<u64> = cells.iter().map(|c| c.n).collect();
    // Cell 0 is "unit not answered"; unit k is cell k + 1.
    let shown = suppress(&sizes, &[], min);
    let units = if staff.units.iter().any(Option::is_some) {
        staff
            .units
            .iter()
            .enumerate()
            .map(|(unit, invited)| {
                let hidden = !shown.get(unit + 1).copied().unwrap_or(false);
                let responses = sizes.get(unit + 1).copied().unwrap_or(0);
                UnitRate {
                    unit,
                    responses: (!hidden).then_some(responses),
                    invited: *invited,
                    rate: invited
                        .filter(|_| !hidden)
                        .and_then(|invited| ResponseRate::new(responses, invited)),
                    hidden,
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    Rates {
        total: staff
            .total
            .and_then(|invited| ResponseRate::new(tally.n(), invited)),
        units,
    }
}
