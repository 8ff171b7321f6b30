//! The key findings: what a board reads first, decided from the report's figures by rules that
//! never claim more than the intervals support (`docs/scoring.md`, "Key findings"). The shell puts
//! them into words; what is said, and what is left unsaid, is decided here.
//!
//! Only whole-survey figures are used: nothing about a unit or a role, so no group below the
//! minimum size can appear, and a report below the minimum size has no findings at all.

use super::{Proportion, Ranked, Report, Subject};
use crate::instrument::Reference;
use crate::stats::Difference;

/// How many levers the findings name at most, and how many priorities.
pub const NAMED_LEVERS: usize = 2;
/// How many of the most chosen priorities the findings name.
pub const NAMED_PRIORITIES: usize = 3;

/// Where the survey's burnout share sits against the published figures (about everyone they
/// surveyed), read from its interval.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    /// The whole interval lies above every published figure.
    Above,
    /// The whole interval lies below every published figure.
    Below,
    /// The interval reaches at least one of them: not clearly different.
    Unclear,
}

/// Which way a difference clearly goes, when its 95% interval allows a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// The whole interval lies above zero.
    Up,
    /// The whole interval lies below zero.
    Down,
}

/// The one rule for putting a difference into words: a direction only when its whole 95%
/// interval lies on one side of zero; `None` (no clear change) when it reaches zero. The driver
/// findings, the staff's "did it help?" and anything else that says "rose" or "fell" ask this.
pub fn direction(difference: &Difference) -> Option<Direction> {
    if difference.interval.low > 0.0 {
        Some(Direction::Up)
    } else if difference.interval.high < 0.0 {
        Some(Direction::Down)
    } else {
        None
    }
}

/// The key findings of one report, in the order they are said.
#[derive(Clone, Debug, PartialEq)]
pub struct Findings {
    /// The burnout share, with its interval and base.
    pub burnout: Proportion,
    /// Whether every figure is an estimate (plausible deniability).
    pub estimated: bool,
    /// The published figures about everyone they surveyed, and where the share sits against them;
    /// `None` when the instrument has none.
    pub context: Option<(Vec<&'static Reference>, Position)>,
    /// The levers (instrument indices) most associated with burnout, strongest first: only those
    /// whose two groups' intervals do not overlap and whose difference's interval lies above zero.
    /// Empty when none does, which is a finding too.
    pub drivers: Vec<usize>,
    /// The most chosen priorities, most first; only those chosen by someone.
    pub priorities: Vec<Ranked>,
    /// Responses against the staff invited, when the organizer gave a headcount.
    pub response: Option<(u64, u64)>,
}

/// The findings of `report`, with `invited` staff when a headcount was given. `None` when the
/// report is below the minimum group size: then it holds nothing to find.
pub fn findings(report: &Report, invited: Option<u64>) -> Option<Findings> {
    let figures = report.figures.as_ref()?;
    let burnout = figures.burnout;
    let references: Vec<&'static Reference> =
        figures.references().filter(|r| r.role.is_none()).collect();
    let position = if references.iter().all(|r| burnout.interval.low > r.share) {
        Position::Above
    } else if references.iter().all(|r| burnout.interval.high < r.share) {
        Position::Below
    } else {
        Position::Unclear
    };
    let drivers = figures
        .drivers
        .iter()
        .filter(|d| {
            d.comparison.is_some_and(|c| {
                direction(&c.difference) == Some(Direction::Up)
                    && c.unfavourable.interval.low > c.favourable.interval.high
            })
        })
        // Only the levers: a statement of the organization's own is the organization's wording,
        // read in its own section, never one of the areas the findings name.
        .filter_map(|d| match d.subject {
            Subject::Lever(v) => Some(v),
            Subject::Statement(_) => None,
        })
        .take(NAMED_LEVERS)
        .collect();
    let priorities = figures
        .priorities
        .iter()
        .filter(|p| p.share.count > 0)
        .take(NAMED_PRIORITIES)
        .copied()
        .collect();
    Some(Findings {
        burnout,
        estimated: report.deniability.is_some(),
        context: (!references.is_empty()).then_some((references, position)),
        drivers,
        priorities,
        response: invited.filter(|&i| i > 0).map(|i| (report.n, i)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::{Shape, DEFAULT};
    use crate::report::{summarize, Driver, DriverComparison};
    use crate::scoring::{Bin, Scores};
    use crate::stats::{Difference, Interval};

    fn share(share: f64, low: f64, high: f64, base: u64) -> Proportion {
        Proportion {
            count: (share * base as f64).round() as u64,
            base,
            share,
            interval: Interval { low, high },
        }
    }

    /// A report of 200 made-up people, with the burnout share and the drivers replaced.
    fn report(burnout: Proportion, drivers: Vec<Driver>) -> Report {
        let codec = crate::code::Codec::new(&DEFAULT, &Shape::new("findings")).unwrap();
        let mut tally = codec.empty_tally();
        for i in 0..200u8 {
            let level = |k: u8| Some(1 + (i / 3 + k) % 5);
            assert!(tally.add(&Scores {
                burnout: 1 + i % 5,
                outcomes: vec![Some(Bin::Favourable), None, Some(Bin::Neutral), None],
                levers: vec![level(0), level(1), None, level(3), level(4)],
                // Priorities 0 and 2 often, 5 now and then, the rest never.
                priorities: 0b101 | if i % 7 == 0 { 1 << 5 } else { 0 },
                unit: None,
                role: None,
                statements: Vec::new(),
            }));
        }
        let mut report = summarize(&DEFAULT, &tally, 5);
        let figures = report.figures.as_mut().unwrap();
        figures.burnout = burnout;
        figures.drivers = drivers;
        report
    }

    fn driver(
        subject: Subject,
        unfav: (f64, f64, f64),
        fav: (f64, f64, f64),
        diff: (f64, f64, f64),
    ) -> Driver {
        Driver {
            subject,
            unfavourable_n: 60,
            favourable_n: 60,
            comparison: Some(DriverComparison {
                unfavourable: share(unfav.0, unfav.1, unfav.2, 60),
                favourable: share(fav.0, fav.1, fav.2, 60),
                difference: Difference {
                    estimate: diff.0,
                    interval: Interval {
                        low: diff.1,
                        high: diff.2,
                    },
                },
            }),
        }
    }

    #[test]
    fn a_report_below_the_minimum_has_no_findings() {
        let codec = crate::code::Codec::new(&DEFAULT, &Shape::new("findings")).unwrap();
        let report = summarize(&DEFAULT, &codec.empty_tally(), 5);
        assert_eq!(findings(&report, Some(40)), None);
    }

    /// "Higher than" only when the whole interval is above every published figure; a wide interval
    /// that reaches one of them is "not clearly different", and so is one between them.
    #[test]
    fn the_share_is_placed_against_the_published_figures_only_as_far_as_its_interval_goes() {
        let position = |low, high| {
            let f = findings(
                &report(share((low + high) / 2.0, low, high, 200), vec![]),
                None,
            );
            f.unwrap().context.unwrap().1
        };
        let published = published_shares();
        let top = published.iter().cloned().fold(0.0, f64::max);
        let bottom = published.iter().cloned().fold(1.0, f64::min);
        assert_eq!(position(top + 0.01, top + 0.15), Position::Above);
        assert_eq!(position(bottom - 0.15, bottom - 0.01), Position::Below);
        // Wide: the same centre, but the interval reaches the figures.
        assert_eq!(position(top - 0.05, top + 0.25), Position::Unclear);
        assert_eq!(position(bottom - 0.25, bottom + 0.01), Position::Unclear);
        // Between two published figures.
        if top > bottom {
            assert_eq!(position(bottom + 0.001, top - 0.001), Position::Unclear);
        }
    }

    fn published_shares() -> Vec<f64> {
        crate::instrument::guidance(&DEFAULT)
            .references
            .iter()
            .filter(|r| r.role.is_none())
            .map(|r| r.share)
            .collect()
    }

    /// A lever is named only when its two groups' intervals do not overlap and the difference's
    /// interval lies above zero; at most two, strongest first; none is a finding too.
    #[test]
    fn only_differences_the_intervals_support_name_a_lever() {
        let clear = driver(
            Subject::Lever(3),
            (0.7, 0.6, 0.8),
            (0.2, 0.1, 0.3),
            (0.5, 0.35, 0.62),
        );
        let overlapping = driver(
            Subject::Lever(1),
            (0.5, 0.38, 0.62),
            (0.3, 0.2, 0.42),
            (0.2, 0.03, 0.36),
        );
        let crossing_zero = driver(
            Subject::Lever(0),
            (0.5, 0.3, 0.55),
            (0.35, 0.2, 0.28),
            (0.15, -0.02, 0.3),
        );
        let also_clear = driver(
            Subject::Lever(4),
            (0.6, 0.5, 0.7),
            (0.25, 0.15, 0.35),
            (0.35, 0.2, 0.48),
        );
        let third_clear = driver(
            Subject::Lever(2),
            (0.55, 0.45, 0.65),
            (0.3, 0.2, 0.4),
            (0.25, 0.1, 0.38),
        );
        let burnout = share(0.4, 0.33, 0.47, 200);
        let named = |drivers| findings(&report(burnout, drivers), None).unwrap().drivers;
        assert_eq!(
            named(vec![overlapping.clone(), crossing_zero.clone()]),
            Vec::<usize>::new()
        );
        assert_eq!(
            named(vec![
                clear,
                also_clear,
                overlapping,
                third_clear,
                crossing_zero
            ]),
            vec![3, 4]
        );
        // A statement of the organization's own is never named, however clear: the next lever
        // is.
        let statement = driver(
            Subject::Statement(0),
            (0.9, 0.8, 0.95),
            (0.1, 0.05, 0.2),
            (0.8, 0.7, 0.88),
        );
        let clear = driver(
            Subject::Lever(3),
            (0.7, 0.6, 0.8),
            (0.2, 0.1, 0.3),
            (0.5, 0.35, 0.62),
        );
        assert_eq!(named(vec![statement, clear]), vec![3]);
    }

    /// The three most chosen priorities, and none that nobody chose; the response rate only with a
    /// headcount.
    #[test]
    fn priorities_and_the_response_rate() {
        let f = findings(&report(share(0.4, 0.33, 0.47, 200), vec![]), Some(250)).unwrap();
        // Chosen: 0 and 2 by everyone, 5 by 29 of 200; nobody chose the others.
        let named: Vec<usize> = f.priorities.iter().map(|p| p.index).collect();
        assert_eq!(named, vec![0, 2, 5]);
        assert_eq!(f.priorities[2].share.count, 29);
        assert_eq!(f.response, Some((200, 250)));
        let none = findings(&report(share(0.4, 0.33, 0.47, 200), vec![]), None).unwrap();
        assert_eq!(none.response, None);
        assert_eq!(
            findings(&report(share(0.4, 0.33, 0.47, 200), vec![]), Some(0))
                .unwrap()
                .response,
            None
        );
    }
}
