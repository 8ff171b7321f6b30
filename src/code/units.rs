//! A tally per unit, for the report each unit's manager gets (`docs/scoring.md`, "Unit
//! reports"). Built only from individual codes, whose scores say their unit; a combined code keeps
//! only each unit's marginal counts, so how many of a unit's respondents came in combined codes is
//! counted instead, and such a unit gets no report of its own.
//!
//! A unit's tally holds neither the unit nor the role: it is shaped without them, so no crossing of
//! unit and role can ever be made from it.

use super::tally::{Dims, Tally};
use crate::scoring::Scores;

/// The tallies of a survey's units, each kept alongside the whole tally by the `Collector`.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct UnitTallies {
    /// Per cell of the unit breakdown (0 not answered, k the k-th unit): the respondents whose
    /// individual codes are counted there. Empty when the survey does not ask for the unit.
    tallies: Vec<Tally>,
    /// Per cell: respondents counted there from combined codes.
    combined: Vec<u64>,
}

impl UnitTallies {
    /// No one yet, for tallies shaped as `whole`.
    pub(crate) fn new(whole: &Tally) -> UnitTallies {
        let cells = whole.dims.unit_cells;
        let dims = Dims {
            unit_cells: 0,
            role_cells: 0,
            ..whole.dims
        };
        UnitTallies {
            tallies: vec![Tally::of_dims(dims); cells],
            combined: vec![0; cells],
        }
    }

    /// The tallies for `whole`'s cells from each cell's counters and its respondents from
    /// combined codes, in cell order; `None` when the number of cells is not `whole`'s or a
    /// cell's counters disagree with each other (`summary::Printout`).
    pub(crate) fn with_cells(whole: &Tally, cells: Vec<(Vec<u64>, u64)>) -> Option<UnitTallies> {
        let empty = UnitTallies::new(whole);
        if cells.len() != empty.tallies.len() {
            return None;
        }
        let mut out = UnitTallies::default();
        for ((counts, combined), like) in cells.into_iter().zip(&empty.tallies) {
            out.tallies.push(Tally::with_counts(like, counts)?);
            out.combined.push(combined);
        }
        Some(out)
    }

    /// Each cell's tally and its respondents from combined codes, in cell order.
    pub(crate) fn cells(&self) -> impl Iterator<Item = (&Tally, u64)> {
        self.tallies.iter().zip(self.combined.iter().copied())
    }

    /// Counts one respondent of an individual code that the whole tally counted.
    pub(crate) fn add(&mut self, scores: &Scores) {
        if self.tallies.is_empty() {
            return;
        }
        let cell = scores.unit.map_or(0, |u| usize::from(u) + 1);
        if let Some(tally) = self.tallies.get_mut(cell) {
            // Unit and role are left out: the unit is the tally's, and the role never meets it.
            tally.add_as(scores, None, None);
        }
    }

    /// Counts the respondents of a combined code that the whole tally absorbed, by unit.
    pub(crate) fn absorb(&mut self, combined: &Tally) {
        for (count, cell) in self.combined.iter_mut().zip(combined.unit_cells()) {
            *count = count.saturating_add(cell.n);
        }
    }

    /// The tally of breakdown cell `cell` (0 not answered, k the k-th unit), from individual
    /// codes only.
    pub fn tally(&self, cell: usize) -> Option<&Tally> {
        self.tallies.get(cell)
    }

    /// How many respondents of breakdown cell `cell` came in combined codes.
    pub fn combined(&self, cell: usize) -> u64 {
        self.combined.get(cell).copied().unwrap_or(0)
    }
}
