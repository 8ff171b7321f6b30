//! Suppression of small groups: which cells of a breakdown may be shown, with complementary
//! suppression so that no hidden cell can be worked out by subtracting the shown ones from a
//! total (`docs/scoring.md`, "Breakdowns").

use super::estimate;
use super::{estimated, proportion, Breakdown, BreakdownCell, CellFigures};
use crate::code::Cell;
use crate::deniability::Deniability;
use crate::randomized::Mechanism;
use crate::scoring::BIN_STATES;

/// Which of `sizes` may be shown: those of at least `min`, and not `forced` hidden; then, if exactly
/// one non-empty group is hidden, also the smallest shown non-empty group, because a single hidden
/// group equals the total minus the shown ones.
pub fn suppress(sizes: &[u64], forced: &[bool], min: u64) -> Vec<bool> {
    let mut shown: Vec<bool> = sizes
        .iter()
        .enumerate()
        .map(|(i, &size)| size >= min && !forced.get(i).copied().unwrap_or(false))
        .collect();
    let hidden_nonempty = sizes
        .iter()
        .zip(&shown)
        .filter(|(size, shown)| **size > 0 && !**shown)
        .count();
    if hidden_nonempty == 1 {
        let smallest = sizes
            .iter()
            .enumerate()
            .filter(|(i, size)| **size > 0 && shown.get(*i).copied().unwrap_or(false))
            .min_by_key(|(i, size)| (**size, *i))
            .map(|(i, _)| i);
        if let Some(slot) = smallest.and_then(|i| shown.get_mut(i)) {
            *slot = false;
        }
    }
    shown
}

/// The breakdown of `cells`; when deniable (`level`), each cell's shares are estimated from its
/// reports (the unit and role are not randomized, so cell sizes and suppression are exact).
pub(super) fn breakdown(cells: &[Cell], min: u64, level: Option<Deniability>) -> Breakdown {
    let sizes: Vec<u64> = cells.iter().map(|c| c.n).collect();
    let shown = suppress(&sizes, &[], min);
    let levers = cells.first().map_or(0, |c| c.levers.len());
    // Each lever column is a table of its own (its total is in the lever's distribution), so it
    // gets the same treatment, with hidden cells forced hidden.
    let columns: Vec<Vec<bool>> = (0..levers)
        .map(|v| {
            let answered: Vec<u64> = cells
                .iter()
                .map(|c| c.levers.get(v).map_or(0, |x| x.1))
                .collect();
            let forced: Vec<bool> = shown.iter().map(|s| !s).collect();
            suppress(&answered, &forced, min)
        })
        .collect();
    Breakdown {
        cells: cells
            .iter()
            .enumerate()
            .map(|(i, cell)| BreakdownCell {
                index: i,
                shown: shown
                    .get(i)
                    .copied()
                    .unwrap_or(false)
                    .then(|| {
                        Some(CellFigures {
                            n: cell.n,
                            burnout: match level {
                                None => proportion(cell.burned_out, cell.n, min)?,
                                Some(level) => estimated(
                                    estimate::share(
                                        &Mechanism::at(level, 2),
                                        &[cell.n - cell.burned_out.min(cell.n), cell.burned_out],
                                        1,
                                    )?,
                                    cell.n,
                                ),
                            },
                            levers: (0..levers)
                                .map(|v| {
                                    let (favourable, answered) =
                                        cell.levers.get(v).copied().unwrap_or((0, 0));
                                    let visible = columns
                                        .get(v)
                                        .and_then(|c| c.get(i))
                                        .copied()
                                        .unwrap_or(false);
                                    visible
                                        .then(|| match level {
                                            None => proportion(favourable, answered, min),
                                            Some(level) => estimate::share_among(
                                                &Mechanism::at(level, BIN_STATES),
                                                favourable,
                                                cell.n.saturating_sub(answered),
                                                cell.n,
                                            )
                                            .map(|e| estimated(e, answered)),
                                        })
                                        .flatten()
                                })
                                .collect(),
                        })
                    })
                    .flatten(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_single_hidden_cell_takes_the_next_smallest_with_it() {
        assert_eq!(
            suppress(&[2, 9, 6, 12], &[], 5),
            vec![false, true, false, true]
        );
        // Two small cells already protect each other.
        assert_eq!(
            suppress(&[2, 1, 6, 12], &[], 5),
            vec![false, false, true, true]
        );
        // An empty cell hides nobody, so it does not count as protection.
        assert_eq!(
            suppress(&[0, 3, 6, 7], &[], 5),
            vec![false, false, false, true]
        );
        assert_eq!(suppress(&[0, 8, 6], &[], 5), vec![false, true, true]);
        assert_eq!(suppress(&[5, 5], &[true, false], 5), vec![false, false]);
    }
}
