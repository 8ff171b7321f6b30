//! The heatmap of units against the levers (`docs/scoring.md`, "Heatmap"): one row per cell of
//! the unit breakdown and one for the whole organization, one column for burnout and one per
//! lever. It adds no figure and no suppression of its own: every unit cell is the breakdown's,
//! hidden for the breakdown's reason, and the organization's row is measured as a unit's is, from
//! counts the report already shows.

use super::suppression::lever_share;
use super::{rank, Breakdown, Hidden, Proportion};
use crate::code::Cell;
use crate::deniability::Deniability;
use std::cmp::Ordering;

/// A cell of the heatmap: its share, or why it is hidden.
pub type HeatCell = Result<Proportion, Hidden>;

/// The heatmap of one wave.
#[derive(Clone, Debug, PartialEq)]
pub struct Heatmap {
    /// The whole organization: always shown (the report exists only from the minimum group size).
    pub organization: HeatRow,
    /// One row per cell of the unit breakdown, in its order: 0 not answered, then the
    /// organizer's units.
    pub rows: Vec<HeatRow>,
}

/// A row of the heatmap.
#[derive(Clone, Debug, PartialEq)]
pub struct HeatRow {
    /// The breakdown cell (0 not answered, k the k-th unit), or `None` for the organization.
    pub cell: Option<usize>,
    /// Respondents in the row, or why the row is hidden.
    pub n: Result<u64, Hidden>,
    /// Share burned out.
    pub burnout: HeatCell,
    /// Per lever, in instrument order: share favourable among those who answered it.
    pub levers: Vec<HeatCell>,
    /// Per statement of the organization's own, in the survey's order, measured as a lever is.
    pub statements: Vec<HeatCell>,
}

/// The organizer's choice of row order. Whatever it is, the organization's row stays on top and
/// hidden cells come last in unit order, so the order says nothing about a hidden figure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum HeatSort {
    /// The breakdown's order: not answered, then the organizer's units.
    #[default]
    Units,
    /// Highest burnout share first.
    Burnout,
    /// Lowest favourable share of this lever (instrument index) first.
    Lever(usize),
    /// Lowest favourable share of this statement of the organization's own (index from 0) first.
    Statement(usize),
}

impl HeatSort {
    /// A stable name for the page's `<select>` and its options: `units`, `burnout`, `lever-k`
    /// (k from 1, in instrument order), `statement-k` (k from 1, in the survey's order).
    pub fn id(self) -> String {
        match self {
            HeatSort::Units => "units".to_string(),
            HeatSort::Burnout => "burnout".to_string(),
            HeatSort::Lever(v) => format!("lever-{}", v + 1),
            HeatSort::Statement(s) => format!("statement-{}", s + 1),
        }
    }

    /// The order named `id`, if it is one for a heatmap of `levers` levers and `statements`
    /// statements.
    pub fn from_id(id: &str, levers: usize, statements: usize) -> Option<HeatSort> {
        let numbered = |prefix: &str, count: usize| -> Option<usize> {
            let k: usize = id.strip_prefix(prefix)?.parse().ok()?;
            (1..=count).contains(&k).then(|| k - 1)
        };
        match id {
            "units" => Some(HeatSort::Units),
            "burnout" => Some(HeatSort::Burnout),
            _ => numbered("lever-", levers)
                .map(HeatSort::Lever)
                .or_else(|| numbered("statement-", statements).map(HeatSort::Statement)),
        }
    }
}

/// The step of the heatmap's scale (0 palest to `steps − 1` darkest) for a cell's `share`: how
/// much the cell calls for attention, the burnout share itself (`burnout`) or, for a lever, the
/// share *not* favourable; each step an equal part of 0–1, the top one closed.
pub fn heat_step(burnout: bool, share: f64, steps: usize) -> usize {
    let concern = if burnout { share } else { 1.0 - share };
    // `as` saturates, and a share is within 0–1.
    ((concern.clamp(0.0, 1.0) * steps as f64) as usize).min(steps.saturating_sub(1))
}

impl Heatmap {
    /// The heatmap of the unit breakdown `units`, whose cells' counts are `cells`, with
    /// `burnout` the report's burnout share (the organization's row). `level` as the report's.
    /// `withheld` marks the statements whose figures the report withholds: hidden in every row.
    pub(super) fn of(
        units: &Breakdown,
        cells: &[Cell],
        withheld: &[bool],
        burnout: Proportion,
        min: u64,
        level: Option<Deniability>,
    ) -> Heatmap {
        let (levers, statements) = cells
            .first()
            .map_or((0, 0), |c| (c.levers.len(), c.statements.len()));
        // The whole organization is the sum of the breakdown's cells ("not answered" included).
        let n: u64 = cells.iter().map(|c| c.n).sum();
        let whole = |pick: &dyn Fn(&Cell) -> Option<&(u64, u64)>| {
            let (favourable, answered) = cells
                .iter()
                .filter_map(pick)
                .fold((0, 0), |(f, a), (x, y)| (f + x, a + y));
            lever_share(favourable, answered, n, min, level).ok_or(Hidden::TooFewAnswered)
        };
        let organization = HeatRow {
            cell: None,
            n: Ok(n),
            burnout: Ok(burnout),
            levers: (0..levers).map(|v| whole(&|c| c.levers.get(v))).collect(),
            statements: (0..statements)
                .map(|s| match withheld.get(s) {
                    Some(false) => whole(&|c| c.statements.get(s)),
                    _ => Err(Hidden::TooFewAnswered),
                })
                .collect(),
        };
        let rows = units
            .cells
            .iter()
            .map(|cell| {
                let hidden = cell.hidden.unwrap_or(Hidden::TooFew);
                match &cell.shown {
                    Some(f) => HeatRow {
                        cell: Some(cell.index),
                        n: Ok(f.n),
                        burnout: Ok(f.burnout),
                        levers: f.levers.clone(),
                        statements: f.statements.clone(),
                    },
                    None => HeatRow {
                        cell: Some(cell.index),
                        n: Err(hidden),
                        burnout: Err(hidden),
                        levers: vec![Err(hidden); levers],
                        statements: vec![Err(hidden); statements],
                    },
                }
            })
            .collect();
        Heatmap { organization, rows }
    }

    /// The unit rows in the order `sort` asks for (the organization's row is not among them: it
    /// goes on top). Shown cells by their share, equal shares in unit order; hidden cells last,
    /// in unit order.
    pub fn sorted(&self, sort: HeatSort) -> Vec<&HeatRow> {
        let mut rows: Vec<&HeatRow> = self.rows.iter().collect();
        let key = |row: &HeatRow| -> Option<f64> {
            match sort {
                HeatSort::Units => Some(0.0),
                // Highest burnout first: the key is negated so that every order is ascending.
                HeatSort::Burnout => row.burnout.as_ref().ok().map(|p| -p.share),
                HeatSort::Lever(v) => row.levers.get(v)?.as_ref().ok().map(|p| p.share),
                HeatSort::Statement(s) => row.statements.get(s)?.as_ref().ok().map(|p| p.share),
            }
        };
        rank(&mut rows, |a, b| {
            let order = match (key(a), key(b)) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            };
            order.then(a.cell.cmp(&b.cell))
        });
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::Interval;

    fn share(count: u64, base: u64) -> HeatCell {
        Ok(Proportion {
            count,
            base,
            share: count as f64 / base as f64,
            interval: Interval {
                low: 0.0,
                high: 1.0,
            },
        })
    }

    fn row(cell: usize, burnout: HeatCell, lever: HeatCell) -> HeatRow {
        HeatRow {
            cell: Some(cell),
            n: burnout.map(|p| p.base),
            burnout,
            levers: vec![lever],
            statements: Vec::new(),
        }
    }

    #[test]
    fn sorting_puts_hidden_cells_last_in_unit_order_and_breaks_ties_by_unit() {
        let map = Heatmap {
            organization: row(0, share(5, 20), share(10, 20)),
            rows: vec![
                row(0, Err(Hidden::NoRespondents), Err(Hidden::NoRespondents)),
                row(1, share(2, 10), share(1, 10)),
                row(2, Err(Hidden::TooFew), Err(Hidden::TooFew)),
                row(3, share(6, 10), Err(Hidden::TooFewAnswered)),
                row(4, share(2, 10), share(8, 10)),
            ],
        };
        let order = |sort| {
            map.sorted(sort)
                .iter()
                .map(|r| r.cell.unwrap_or(99))
                .collect::<Vec<_>>()
        };
        assert_eq!(order(HeatSort::Units), vec![0, 1, 2, 3, 4]);
        assert_eq!(order(HeatSort::Burnout), vec![3, 1, 4, 0, 2]);
        assert_eq!(order(HeatSort::Lever(0)), vec![1, 4, 0, 2, 3]);
        // A lever the rows do not have sorts everything as hidden: unit order.
        assert_eq!(order(HeatSort::Lever(7)), vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn a_step_is_a_fifth_of_concern() {
        assert_eq!(heat_step(true, 0.0, 5), 0);
        assert_eq!(heat_step(true, 0.19, 5), 0);
        assert_eq!(heat_step(true, 0.2, 5), 1);
        assert_eq!(heat_step(true, 1.0, 5), 4);
        // Few favourable is dark, many favourable pale.
        assert_eq!(heat_step(false, 0.1, 5), 4);
        assert_eq!(heat_step(false, 0.95, 5), 0);
    }

    #[test]
    fn sort_names_read_back() {
        let sorts = [
            HeatSort::Units,
            HeatSort::Burnout,
            HeatSort::Lever(4),
            HeatSort::Statement(0),
            HeatSort::Statement(2),
        ];
        for sort in sorts {
            assert_eq!(HeatSort::from_id(&sort.id(), 5, 3), Some(sort));
        }
        assert_eq!(HeatSort::from_id("lever-6", 5, 3), None);
        assert_eq!(HeatSort::from_id("lever-0", 5, 3), None);
        assert_eq!(HeatSort::from_id("levers", 5, 3), None);
        assert_eq!(HeatSort::from_id("statement-4", 5, 3), None);
        assert_eq!(HeatSort::from_id("statement-1", 5, 0), None);
    }
}
