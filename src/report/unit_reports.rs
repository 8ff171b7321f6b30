//! A report for each unit's manager (`docs/scoring.md`, "Unit reports"): the unit's own figures
//! from its own tally, under the same minimum group size, never crossed with the role, and never
//! showing what the unit breakdown (and so the heatmap) hides.

use super::{summarize, weakest, Hidden, Report, Subject};
use crate::code::UnitTallies;
use crate::instrument::Instrument;

/// Why a unit has no report of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoReport {
    /// Its cell of the unit breakdown is hidden, for this reason.
    Hidden(Hidden),
    /// Some of its respondents came in combined codes, which keep only the unit's marginal
    /// counts: its full figures cannot be made.
    Combined,
}

/// One unit's report.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitReport {
    /// The unit's cell of the breakdown (k for the k-th unit of the organizer's list).
    pub unit: usize,
    /// The unit's figures: no breakdown, no heatmap, none of the levers in `hidden_levers`, and
    /// none of the statements in `hidden_statements` (each `None` in its `statements`, and
    /// without a driver).
    pub report: Report,
    /// Levers (instrument indices) whose cell of the unit breakdown is hidden for this unit, with
    /// the reason: they appear nowhere in its report, since their counts would give that cell.
    pub hidden_levers: Vec<(usize, Hidden)>,
    /// The same for the statements of the organization's own (indices from 0).
    pub hidden_statements: Vec<(usize, Hidden)>,
}

/// The reports of a wave's units, and the units without one.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct UnitReports {
    /// The units with a report, in the organizer's order.
    pub reports: Vec<UnitReport>,
    /// The units without one (cell index, as `UnitReport::unit`), in the organizer's order.
    pub without: Vec<(usize, NoReport)>,
}

/// The unit reports of a wave whose report is `whole` (made from the same codes as `units`).
/// `None` when the survey asks no unit or the wave is below the minimum group size.
pub fn unit_reports(
    instrument: &Instrument,
    whole: &Report,
    units: &UnitTallies,
) -> Option<UnitReports> {
    let breakdown = whole.figures.as_ref()?.units.as_ref()?;
    let mut out = UnitReports::default();
    // Cell 0 (those who did not say their unit) is nobody's unit: it has no manager.
    for cell in breakdown.cells.iter().skip(1) {
        let unit = cell.index;
        let Some(shown) = &cell.shown else {
            let reason = cell.hidden.unwrap_or(Hidden::TooFew);
            out.without.push((unit, NoReport::Hidden(reason)));
            continue;
        };
        let tally = units.tally(unit);
        // A unit's tally holds its individual codes only; a combined code's respondents are in
        // the breakdown's count but not in it.
        if units.combined(unit) > 0 || tally.map(|t| t.n()) != Some(shown.n) {
            out.without.push((unit, NoReport::Combined));
            continue;
        }
        let Some(tally) = tally else { continue };
        let mut report = summarize(instrument, tally, whole.min_group);
        let hidden_of = |column: &[Result<super::Proportion, Hidden>]| -> Vec<(usize, Hidden)> {
            column
                .iter()
                .enumerate()
                .filter_map(|(k, cell)| cell.as_ref().err().map(|reason| (k, *reason)))
                .collect()
        };
        let hidden_levers = hidden_of(&shown.levers);
        let hidden_statements = hidden_of(&shown.statements);
        if let Some(figures) = report.figures.as_mut() {
            let hidden = |list: &[(usize, Hidden)], k: usize| list.iter().any(|(h, _)| *h == k);
            figures.levers.retain(|d| !hidden(&hidden_levers, d.index));
            for (s, statement) in figures.statements.iter_mut().enumerate() {
                if hidden(&hidden_statements, s) {
                    *statement = None;
                }
            }
            let statements = &figures.statements;
            figures.drivers.retain(|d| match d.subject {
                Subject::Lever(v) => !hidden(&hidden_levers, v),
                Subject::Statement(s) => statements.get(s).is_some_and(Option::is_some),
            });
            // Chosen again among the levers shown, so the choice does not depend on a hidden one.
            figures.weakest = weakest(instrument, &figures.levers);
        }
        out.reports.push(UnitReport {
            unit,
            report,
            hidden_levers,
            hidden_statements,
        });
    }
    Some(out)
}
