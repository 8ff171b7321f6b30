//! Suppression of small groups: which cells of a breakdown may be shown, with complementary
//! suppression so that no hidden cell can be worked out by subtracting the shown ones from a
//! total (`docs/scoring.md`, "Breakdowns"). Each hidden cell keeps the reason it is hidden, so the
//! breakdown, the heatmap and the CSV all say why from this one rule.

use super::estimate;
use super::{estimated, proportion, Breakdown, BreakdownCell, CellFigures};
use crate::code::Cell;
use crate::deniability::Deniability;
use crate::i18n::{t, Key};
use crate::lang::{fill, Lang};
use crate::randomized::Mechanism;
use crate::scoring::BIN_STATES;

/// Why a cell of a breakdown (or of the heatmap) is hidden.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Hidden {
    /// Nobody is in the group.
    NoRespondents,
    /// The group has fewer respondents than the minimum group size.
    TooFew,
    /// Hidden although large enough, so that another hidden cell of its table cannot be worked
    /// out by subtracting the shown cells from the total.
    Complementary,
    /// The group is shown, but fewer than the minimum group size of it answered this lever.
    TooFewAnswered,
}

impl Hidden {
    /// A stable name for the CSV and the page's `data-hidden`: `group` for a hidden row, `lever`
    /// for a lever hidden in a shown row. The reasons inside each are not told apart where they
    /// are shown: "nobody", "too few" and "hidden with another" each bound the hidden counts, and
    /// side by side with the total they could pin one down (two hidden cells holding 6, one "too
    /// few" and one "hidden with another", at a minimum of 5, are 1 and 5).
    pub fn id(self) -> &'static str {
        match self {
            Hidden::TooFewAnswered => "lever",
            Hidden::NoRespondents | Hidden::TooFew | Hidden::Complementary => "group",
        }
    }

    /// The reason in words, as the page and the CSV give it (`min` the minimum group size): one
    /// sentence for every hidden row and one for every hidden lever of a shown row (see `id`).
    pub fn reason(self, min: u64, lang: Lang) -> String {
        let min = min.to_string();
        let m = [("m", min.as_str())];
        match self {
            Hidden::TooFewAnswered => fill(t(lang, Key::HiddenLever), &m),
            Hidden::NoRespondents | Hidden::TooFew | Hidden::Complementary => {
                fill(t(lang, Key::HiddenGroup), &m)
            }
        }
    }
}

/// The one rule of suppression, with reasons. A cell is hidden when `forced` gives it a reason
/// (its row is hidden), else when its size is 0 (`empty`) or below `min` (`small`); then, if
/// exactly one non-empty cell is hidden, the smallest shown non-empty cell is hidden too
/// (`Complementary`), because a single hidden cell equals the total minus the shown ones.
/// `None` means shown.
pub fn reasons(
    sizes: &[u64],
    forced: &[Option<Hidden>],
    min: u64,
    empty: Hidden,
    small: Hidden,
) -> Vec<Option<Hidden>> {
    let mut hidden: Vec<Option<Hidden>> = sizes
        .iter()
        .enumerate()
        .map(|(i, &size)| match forced.get(i).copied().flatten() {
            Some(reason) => Some(reason),
            None if size == 0 => Some(empty),
            None if size < min => Some(small),
            None => None,
        })
        .collect();
    let hidden_nonempty = sizes
        .iter()
        .zip(&hidden)
        .filter(|(size, hidden)| **size > 0 && hidden.is_some())
        .count();
    if hidden_nonempty == 1 {
        let smallest = sizes
            .iter()
            .enumerate()
            .filter(|(i, size)| **size > 0 && hidden.get(*i).is_some_and(Option::is_none))
            .min_by_key(|(i, size)| (**size, *i))
            .map(|(i, _)| i);
        if let Some(slot) = smallest.and_then(|i| hidden.get_mut(i)) {
            *slot = Some(Hidden::Complementary);
        }
    }
    hidden
}

/// Which of `sizes` may be shown: [`reasons`] without the reasons. Those of at least `min`, and
/// not `forced` hidden; then, if exactly one non-empty group is hidden, also the smallest shown
/// non-empty group, because a single hidden group equals the total minus the shown ones.
pub fn suppress(sizes: &[u64], forced: &[bool], min: u64) -> Vec<bool> {
    let forced: Vec<Option<Hidden>> = forced.iter().map(|f| f.then_some(Hidden::TooFew)).collect();
    reasons(sizes, &forced, min, Hidden::NoRespondents, Hidden::TooFew)
        .iter()
        .map(Option::is_none)
        .collect()
}

/// The favourable and answered counts of column `k` of a cell: the levers in instrument order,
/// then the organization's own statements.
fn column(cell: &Cell, k: usize) -> (u64, u64) {
    let levers = cell.levers.len();
    match k.checked_sub(levers) {
        None => cell.levers.get(k),
        Some(s) => cell.statements.get(s),
    }
    .copied()
    .unwrap_or((0, 0))
}

/// The breakdown of `cells`; when deniable (`level`), each cell's shares are estimated from its
/// reports (the unit and role are not randomized, so cell sizes and suppression are exact).
/// `withheld` marks the statements of the organization's own whose figures the report withholds:
/// their every cell is hidden.
pub(super) fn breakdown(
    cells: &[Cell],
    withheld: &[bool],
    min: u64,
    level: Option<Deniability>,
) -> Breakdown {
    let sizes: Vec<u64> = cells.iter().map(|c| c.n).collect();
    let rows = reasons(&sizes, &[], min, Hidden::NoRespondents, Hidden::TooFew);
    let (levers, statements) = cells
        .first()
        .map_or((0, 0), |c| (c.levers.len(), c.statements.len()));
    // Each lever or statement column is a table of its own (its total is in its distribution),
    // so it gets the same treatment, with the hidden rows' cells forced hidden for their row's
    // reason, and a withheld statement's every cell hidden.
    let columns: Vec<Vec<Option<Hidden>>> = (0..levers + statements)
        .map(|k| {
            let answered: Vec<u64> = cells.iter().map(|c| column(c, k).1).collect();
            let whole = k
                .checked_sub(levers)
                .is_some_and(|s| withheld.get(s).copied().unwrap_or(true));
            let forced: Vec<Option<Hidden>> = if whole {
                rows.iter()
                    .map(|row| row.or(Some(Hidden::TooFewAnswered)))
                    .collect()
            } else {
                rows.clone()
            };
            reasons(
                &answered,
                &forced,
                min,
                Hidden::TooFewAnswered,
                Hidden::TooFewAnswered,
            )
        })
        .collect();
    Breakdown {
        cells: cells
            .iter()
            .enumerate()
            .map(|(i, cell)| {
                let reason = rows.get(i).copied().flatten();
                let shown = match reason {
                    Some(_) => None,
                    None => figures(cell, i, &columns, min, level),
                };
                BreakdownCell {
                    index: i,
                    // A shown row whose figures cannot be formed (counts that cannot be) is
                    // hidden like a small one.
                    hidden: if shown.is_none() {
                        Some(reason.unwrap_or(Hidden::TooFew))
                    } else {
                        None
                    },
                    shown,
                }
            })
            .collect(),
    }
}

/// The figures of shown row `i`; each lever and statement hidden for its column's reason.
fn figures(
    cell: &Cell,
    i: usize,
    columns: &[Vec<Option<Hidden>>],
    min: u64,
    level: Option<Deniability>,
) -> Option<CellFigures> {
    let mut shares: Vec<Result<super::Proportion, Hidden>> = columns
        .iter()
        .enumerate()
        .map(|(k, hidden)| {
            let (favourable, answered) = column(cell, k);
            // In a shown row, a column is hidden for its own reason: too few answered it here,
            // or it is hidden with such a cell (`Hidden::id` says why the two are not told
            // apart), or the whole statement is withheld.
            if hidden
                .get(i)
                .copied()
                .unwrap_or(Some(Hidden::TooFew))
                .is_some()
            {
                return Err(Hidden::TooFewAnswered);
            }
            lever_share(favourable, answered, cell.n, min, level).ok_or(Hidden::TooFewAnswered)
        })
        .collect();
    let statements = shares.split_off(cell.levers.len().min(shares.len()));
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
        levers: shares,
        statements,
    })
}

/// The share favourable among `answered` of a group of `n`, `favourable` of whom (or of whose
/// reports) are favourable: the measure of a breakdown's lever cell and of the heatmap's
/// organization row alike.
pub(super) fn lever_share(
    favourable: u64,
    answered: u64,
    n: u64,
    min: u64,
    level: Option<Deniability>,
) -> Option<super::Proportion> {
    match level {
        None => proportion(favourable, answered, min),
        Some(level) => estimate::share_among(
            &Mechanism::at(level, BIN_STATES),
            favourable,
            n.saturating_sub(answered),
            n,
        )
        .map(|e| estimated(e, answered)),
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

    #[test]
    fn each_hidden_cell_keeps_its_reason() {
        use Hidden::*;
        let rows = reasons(&[0, 2, 9, 6, 12], &[], 5, NoRespondents, TooFew);
        assert_eq!(
            rows,
            vec![
                Some(NoRespondents),
                Some(TooFew),
                None,
                Some(Complementary),
                None
            ]
        );
        // A column: hidden rows keep their reason; a small column cell is "too few answered",
        // and with the hidden rows already two, nothing more is hidden.
        let column = reasons(&[0, 2, 3, 6, 12], &rows, 5, TooFewAnswered, TooFewAnswered);
        assert_eq!(
            column,
            vec![
                Some(NoRespondents),
                Some(TooFew),
                Some(TooFewAnswered),
                Some(Complementary),
                None
            ]
        );
        // `suppress` is the same rule.
        let sizes = [2, 9, 6, 12];
        let shown: Vec<bool> = reasons(&sizes, &[], 5, NoRespondents, TooFew)
            .iter()
            .map(Option::is_none)
            .collect();
        assert_eq!(suppress(&sizes, &[], 5), shown);
    }
}
