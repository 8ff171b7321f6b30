//! What the staff one-pager ("What you told us — what we will do") may say, chosen from one wave's
//! report by rules that need no statistics to read (`docs/scoring.md`, "The staff one-pager"). The
//! words are `markup::staff`'s; what is said is decided here.
//!
//! Only whole-survey figures: nothing about a unit or a role, and nothing at all but the count
//! below the minimum group size.

use super::{rank, Proportion, Ranked, Report};

/// How many of the lowest-rated levers the one-pager names.
pub const LOWEST_LEVERS: usize = 3;
/// How many of the most chosen changes the one-pager names.
pub const ASKED: usize = 3;

/// The content of the one-pager, before words.
#[derive(Clone, Debug, PartialEq)]
pub struct StaffPage {
    /// How many answered.
    pub n: u64,
    /// The minimum group size applied.
    pub min_group: u64,
    /// Whether every figure is an estimate (plausible deniability).
    pub estimated: bool,
    /// The figures, or `None` below the minimum group size.
    pub figures: Option<StaffFigures>,
}

/// The figures a one-pager shows.
#[derive(Clone, Debug, PartialEq)]
pub struct StaffFigures {
    /// The share burned out.
    pub burnout: Proportion,
    /// The levers rated lowest (lowest mean first, ties in lever order, only levers whose mean
    /// is shown), each with its favourable share: instrument index and share.
    pub lowest: Vec<(usize, Proportion)>,
    /// The changes chosen most, most first; only those someone chose.
    pub asked: Vec<Ranked>,
    /// The organization's own statements the report shows, in the survey's order: index (from
    /// 0) and favourable share.
    pub own: Vec<(usize, Proportion)>,
}

/// The one-pager's content for `report`.
pub fn staff_page(report: &Report) -> StaffPage {
    let figures = report.figures.as_ref().map(|f| {
        let mut lowest: Vec<(usize, f64, Proportion)> = f
            .levers
            .iter()
            .filter_map(|d| Some((d.index, d.mean?.value, d.favourable)))
            .collect();
        rank(&mut lowest, |a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
        StaffFigures {
            burnout: f.burnout,
            lowest: lowest
                .into_iter()
                .take(LOWEST_LEVERS)
                .map(|(index, _, share)| (index, share))
                .collect(),
            asked: f
                .priorities
                .iter()
                .filter(|p| p.share.count > 0)
                .take(ASKED)
                .copied()
                .collect(),
            own: f
                .statements
                .iter()
                .enumerate()
                .filter_map(|(s, d)| Some((s, d.as_ref()?.favourable)))
                .collect(),
        }
    });
    StaffPage {
        n: report.n,
        min_group: report.min_group,
        estimated: report.deniability.is_some(),
        figures,
    }
}

/// A share as "about k in 10", for readers who do not read percentages at a glance: `share`
/// rounded to tenths, but 0 only for a share below 5% and 10 only for one of 95% or more, which
/// the one-pager words as "fewer than 1 in 10" and "nearly all".
pub fn in_ten(share: f64) -> u8 {
    // Whole per-mille first, so that 0.35 is 350 and rounds up as a reader expects.
    let permille = (share.clamp(0.0, 1.0) * 1000.0).round() as u32;
    ((permille + 50) / 100) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_in_ten() {
        let cases = [
            (0.0, 0),
            (0.049, 0),
            (0.05, 1),
            (0.149, 1),
            (0.35, 4),
            (0.432, 4),
            (0.45, 5),
            (0.949, 9),
            (0.95, 10),
            (1.0, 10),
        ];
        for (share, k) in cases {
            assert_eq!(in_ten(share), k, "{share}");
        }
    }
}
