#![cfg(not(target_arch = "wasm32"))]
//! The report engine: figures checked against hand computation, the minimum group size and
//! complementary suppression as properties, waves, and reports from combined codes.

use candor::code::{collect, Codec, Tally};
use candor::instrument::{Shape, DEFAULT};
use candor::report::{compare, summarize, suppress, Proportion, Report, Subject};
use candor::scoring::{Bin, Scores};
use proptest::prelude::*;

fn survey(units: u8, asks_role: bool) -> Shape {
    Shape {
        id: "report-tests".into(),
        units,
        asks_role,
        deniability: None,
        statements: Vec::new(),
    }
}

fn person(burnout: u8, levers: [Option<u8>; 5], unit: Option<u8>, role: Option<u8>) -> Scores {
    Scores {
        burnout,
        outcomes: vec![
            Some(Bin::Favourable),
            Some(Bin::Neutral),
            None,
            Some(Bin::Unfavourable),
        ],
        levers: levers.to_vec(),
        priorities: 0b101,
        unit,
        role,
        statements: Vec::new(),
    }
}

fn tally(codec: &Codec, people: &[Scores]) -> Tally {
    let mut tally = codec.empty_tally();
    for p in people {
        assert!(tally.add(p), "{p:?}");
    }
    tally
}

fn close(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() < 5e-5,
        "{actual} is not {expected} to four decimals"
    );
}

/// `count` respondents burned out (level 4) or not (level 1), with lever 0 at `level`.
fn group(count: usize, burned: usize, level: u8) -> Vec<Scores> {
    (0..count)
        .map(|i| {
            let burnout = if i < burned { 4 } else { 1 };
            person(
                burnout,
                [Some(level), Some(3), None, Some(2), Some(5)],
                None,
                None,
            )
        })
        .collect()
}

#[test]
fn burnout_prevalence_has_the_wilson_interval() {
    let codec = Codec::new(&DEFAULT, &survey(0, false)).unwrap();
    let mut people = group(8, 8, 3);
    people.extend(group(12, 0, 3));
    let report = summarize(&DEFAULT, &tally(&codec, &people), 5);
    let figures = report.figures.unwrap();
    assert_eq!((figures.burnout.count, figures.burnout.base), (8, 20));
    close(figures.burnout.share, 0.4);
    close(figures.burnout.interval.low, 0.2188);
    close(figures.burnout.interval.high, 0.6134);
    assert_eq!(
        figures
            .burnout_levels
            .iter()
            .map(|p| p.count)
            .collect::<Vec<_>>(),
        vec![12, 0, 0, 8, 0]
    );
    // Without a role breakdown, only the figures about everyone are shown.
    assert_eq!(figures.references().count(), 2);
    assert!(figures.references().all(|r| r.role.is_none()));
}

#[test]
fn role_figures_are_shown_only_beside_a_role_breakdown() {
    let people = group(10, 3, 3);
    let with_roles = Codec::new(&DEFAULT, &survey(0, true)).unwrap();
    let figures = summarize(&DEFAULT, &tally(&with_roles, &people), 5)
        .figures
        .unwrap();
    assert!(figures.roles.is_some());
    let roles: Vec<Option<u8>> = figures.references().map(|r| r.role).collect();
    assert_eq!(roles, [None, None, Some(0), Some(1), Some(3), Some(4)]);
    let csv = candor::report::to_csv(
        &DEFAULT,
        &summarize(&DEFAULT, &tally(&with_roles, &people), 5),
        None,
        &[],
        &[],
        candor::lang::Lang::En,
    );
    assert!(csv.contains("\r\nreference,reference-4,\"Rotenstein et al., Journal of General Internal Medicine 2023;38(8):1920–27: US health care workers, nurses\",role-2,share,0.5600,"));
}

#[test]
fn distributions_and_means_are_over_the_right_groups() {
    let codec = Codec::new(&DEFAULT, &survey(0, false)).unwrap();
    let people = group(10, 3, 3);
    let figures = summarize(&DEFAULT, &tally(&codec, &people), 5)
        .figures
        .unwrap();
    // Outcome 0 is favourable for everyone, outcome 2 never answered.
    let satisfaction = &figures.outcomes[0];
    assert_eq!(satisfaction.favourable.count, 10);
    close(satisfaction.mean.unwrap().value, 3.0);
    assert_eq!(figures.outcomes[2].not_answered.count, 10);
    assert_eq!(figures.outcomes[2].mean, None);
    close(figures.outcomes[3].mean.unwrap().value, 1.0);
    // Levers: 3, 3, not answered, 2, 5.
    let means: Vec<Option<f64>> = figures
        .levers
        .iter()
        .map(|d| d.mean.map(|m| m.value))
        .collect();
    assert_eq!(
        means,
        vec![Some(3.0), Some(3.0), None, Some(2.0), Some(5.0)]
    );
    assert_eq!(figures.levers[3].unfavourable.count, 10);
    assert_eq!(figures.levers[4].favourable.count, 10);
    // The weakest are leadership (2.0), then values (3.0, the earlier of two ties).
    let weakest: Vec<usize> = figures.weakest.iter().map(|w| w.lever).collect();
    assert_eq!(weakest, vec![3, 0]);
    assert!(!figures.weakest[0].actions.is_empty());
    // Priorities 0 and 2 were chosen by everyone and lead the ranking.
    assert_eq!(figures.priorities[0].index, 0);
    assert_eq!(figures.priorities[1].index, 2);
    assert_eq!(figures.priorities[1].share.count, 10);
    assert_eq!(figures.priorities[2].share.count, 0);
}

#[test]
fn the_driver_analysis_reproduces_newcombe_and_ranks_levers() {
    let codec = Codec::new(&DEFAULT, &survey(0, false)).unwrap();
    // Lever 0 (values): 70 unfavourable of whom 56 burned out; 80 favourable of whom 48.
    let mut people = group(70, 56, 1);
    people.extend(group(80, 48, 5));
    let figures = summarize(&DEFAULT, &tally(&codec, &people), 5)
        .figures
        .unwrap();
    let values = figures
        .drivers
        .iter()
        .find(|d| d.subject == Subject::Lever(0))
        .unwrap();
    assert_eq!((values.unfavourable_n, values.favourable_n), (70, 80));
    let comparison = values.comparison.unwrap();
    close(comparison.unfavourable.share, 0.8);
    close(comparison.favourable.share, 0.6);
    close(comparison.difference.estimate, 0.2);
    close(comparison.difference.interval.low, 0.0524);
    close(comparison.difference.interval.high, 0.3339);
    // Levers 1 (all neutral) and 2 (not answered) have no groups to compare; lever 3 is all
    // unfavourable and lever 4 all favourable, so neither has both sides. Values ranks first.
    assert_eq!(figures.drivers[0].subject, Subject::Lever(0));
    assert!(figures.drivers[1..].iter().all(|d| d.comparison.is_none()));
}

#[test]
fn a_driver_with_a_small_side_shows_neither_side() {
    let codec = Codec::new(&DEFAULT, &survey(0, false)).unwrap();
    let mut people = group(20, 10, 1);
    people.extend(group(4, 1, 5));
    let figures = summarize(&DEFAULT, &tally(&codec, &people), 5)
        .figures
        .unwrap();
    let values = figures
        .drivers
        .iter()
        .find(|d| d.subject == Subject::Lever(0))
        .unwrap();
    assert_eq!((values.unfavourable_n, values.favourable_n), (20, 4));
    assert_eq!(values.comparison, None);
}

#[test]
fn below_the_minimum_the_report_is_only_the_count() {
    let codec = Codec::new(&DEFAULT, &survey(0, false)).unwrap();
    let report = summarize(&DEFAULT, &tally(&codec, &group(4, 2, 1)), 5);
    assert_eq!(
        report,
        Report {
            n: 4,
            min_group: 5,
            figures: None,
            deniability: None
        }
    );
    // The floor: a setting of 1 still needs three respondents.
    let report = summarize(&DEFAULT, &tally(&codec, &group(2, 1, 1)), 1);
    assert_eq!((report.n, report.min_group, report.figures), (2, 3, None));
    assert!(summarize(&DEFAULT, &tally(&codec, &group(3, 1, 1)), 1)
        .figures
        .is_some());
}

#[test]
fn breakdowns_hide_small_cells_and_one_more() {
    let codec = Codec::new(&DEFAULT, &survey(3, false)).unwrap();
    let mut people = Vec::new();
    // Units: not answered 6, unit 0 has 2, unit 1 has 9, unit 2 has 7.
    for (unit, count) in [(None, 6), (Some(0), 2), (Some(1), 9), (Some(2), 7)] {
        for i in 0..count {
            let burnout = if i % 2 == 0 { 3 } else { 2 };
            people.push(person(burnout, [Some(4); 5], unit, None));
        }
    }
    let figures = summarize(&DEFAULT, &tally(&codec, &people), 5)
        .figures
        .unwrap();
    let units = figures.units.unwrap();
    let shown: Vec<Option<u64>> = units
        .cells
        .iter()
        .map(|c| c.shown.as_ref().map(|f| f.n))
        .collect();
    // Unit 0 (2) is too small; alone it would be 24 − 6 − 9 − 7, so the smallest other cell (the
    // not-answered group, 6) is hidden too.
    assert_eq!(shown, vec![None, None, Some(9), Some(7)]);
    assert_eq!(figures.roles, None);
    let unit1 = units.cells[2].shown.as_ref().unwrap();
    assert_eq!(unit1.burnout.count, 5);
    assert_eq!(unit1.levers[0].unwrap().count, 9);
}

#[test]
fn two_waves_compare_with_newcombe_intervals() {
    let codec = Codec::new(&DEFAULT, &survey(0, false)).unwrap();
    let baseline = tally(&codec, &group(80, 48, 2));
    let follow_up = tally(&codec, &group(70, 56, 4));
    let comparison = compare(&DEFAULT, &baseline, &follow_up, 5);
    assert_eq!((comparison.baseline_n, comparison.follow_up_n), (80, 70));
    let figures = comparison.figures.unwrap();
    close(figures.burnout.difference.estimate, 0.2);
    close(figures.burnout.difference.interval.low, 0.0524);
    close(figures.burnout.difference.interval.high, 0.3339);
    // Lever 0 went from level 2 for everyone to level 4 for everyone.
    close(figures.levers[0].mean_change.unwrap(), 2.0);
    close(figures.levers[0].favourable.difference.estimate, 1.0);
    assert_eq!(figures.levers[2].mean_change, None);
    assert_eq!(figures.outcomes.len(), 4);
    let small = tally(&codec, &group(4, 2, 2));
    assert_eq!(compare(&DEFAULT, &baseline, &small, 5).figures, None);
}

fn scores(units: u8) -> impl Strategy<Value = Scores> {
    (
        1u8..=5,
        proptest::collection::vec(0u8..4, 4),
        proptest::collection::vec(0u8..6, 5),
        proptest::collection::btree_set(0u8..10, 0..=3),
        // Skewed so that some units are small: unit k is about twice as likely as unit k + 1.
        (0u32..64).prop_map(move |r| {
            let k = r.trailing_zeros().min(31) as u8;
            (k < units).then_some(k)
        }),
        proptest::option::of(0u8..5),
    )
        .prop_map(
            |(burnout, outcomes, levers, priorities, unit, role)| Scores {
                burnout,
                outcomes: outcomes
                    .into_iter()
                    .map(|o| {
                        [
                            None,
                            Some(Bin::Unfavourable),
                            Some(Bin::Neutral),
                            Some(Bin::Favourable),
                        ][o as usize]
                    })
                    .collect(),
                levers: levers
                    .into_iter()
                    .map(|l| Some(l).filter(|l| *l > 0))
                    .collect(),
                priorities: priorities.into_iter().fold(0, |m, p| m | 1 << p),
                unit,
                role,
                statements: Vec::new(),
            },
        )
}

/// Every figure's base in the report, gathered field by field from the public structure.
fn bases(report: &Report) -> Vec<u64> {
    let Some(f) = &report.figures else {
        return Vec::new();
    };
    let mut bases = vec![f.burnout.base];
    bases.extend(f.burnout_levels.iter().map(|p| p.base));
    for d in f.outcomes.iter().chain(&f.levers) {
        for p in [d.favourable, d.neutral, d.unfavourable, d.not_answered] {
            bases.push(p.base);
        }
        bases.extend(d.mean.map(|m| m.base));
    }
    for d in &f.drivers {
        if let Some(c) = d.comparison {
            bases.extend([c.unfavourable.base, c.favourable.base]);
        }
    }
    bases.extend(f.priorities.iter().map(|p| p.share.base));
    bases.extend(f.weakest.iter().map(|w| w.mean.base));
    for breakdown in f.units.iter().chain(&f.roles) {
        for cell in &breakdown.cells {
            if let Some(shown) = &cell.shown {
                bases.push(shown.n);
                bases.push(shown.burnout.base);
                bases.extend(shown.levers.iter().flatten().map(|p: &Proportion| p.base));
            }
        }
    }
    bases
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 200,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn no_figure_rests_on_a_group_below_the_minimum(
        people in proptest::collection::vec(scores(6), 0..80),
        min in 0u64..9,
    ) {
        let codec = Codec::new(&DEFAULT, &survey(6, true)).unwrap();
        let tally = tally(&codec, &people);
        let report = summarize(&DEFAULT, &tally, min);
        prop_assert!(report.min_group >= 3);
        prop_assert_eq!(report.figures.is_some(), tally.n() >= report.min_group);
        for base in bases(&report) {
            prop_assert!(base >= report.min_group, "a figure over {} respondents", base);
        }
        // Complementary suppression: in every table (cells by n, and each lever column by
        // answered), a single hidden non-empty group would equal the total minus the shown ones.
        // That may only happen when nothing else in the table is non-empty, i.e. when the hidden
        // value is the table's total, already public as a whole-group figure.
        if let Some(figures) = &report.figures {
            let tables = [
                (figures.units.as_ref(), tally.unit_cells()),
                (figures.roles.as_ref(), tally.role_cells()),
            ];
            for (breakdown, cells) in tables {
                let breakdown = breakdown.unwrap();
                let check = |size: &dyn Fn(usize) -> u64, visible: &dyn Fn(usize) -> bool| {
                    let hidden = (0..cells.len()).filter(|&i| size(i) > 0 && !visible(i)).count();
                    let shown = (0..cells.len()).filter(|&i| size(i) > 0 && visible(i)).count();
                    hidden != 1 || shown == 0
                };
                let shown = |i: usize| breakdown.cells[i].shown.is_some();
                prop_assert!(check(&|i| cells[i].n, &shown));
                for v in 0..5 {
                    let visible = |i: usize| {
                        breakdown.cells[i]
                            .shown
                            .as_ref()
                            .is_some_and(|s| s.levers[v].is_ok())
                    };
                    prop_assert!(check(&|i| cells[i].levers[v].1, &visible), "lever {}", v);
                }
            }
        }
    }

    #[test]
    fn the_report_from_combined_codes_equals_the_report_from_individual_codes(
        groups in proptest::collection::vec(proptest::collection::vec(scores(6), 1..15), 1..6),
        min in 3u64..8,
    ) {
        let codec = Codec::new(&DEFAULT, &survey(6, true)).unwrap();
        let mut individual = String::new();
        let mut combined = String::new();
        let mut nonce = 0;
        for group in &groups {
            for person in group {
                nonce += 1;
                individual.push_str(&format!("{}\n", codec.encode(person, nonce).unwrap()));
            }
            nonce += 1;
            let code = codec.encode_tally(&tally(&codec, group), nonce).unwrap();
            combined.push_str(&format!("{code}, "));
        }
        let from_individual = collect(&codec, &individual);
        let from_combined = collect(&codec, &combined);
        prop_assert!(from_individual.counts.problems() == 0 && from_combined.counts.problems() == 0);
        prop_assert_eq!(
            summarize(&DEFAULT, &from_individual.tally, min),
            summarize(&DEFAULT, &from_combined.tally, min)
        );
    }
}

#[test]
fn suppression_is_exposed_for_the_shell_and_documented_cases_hold() {
    assert_eq!(suppress(&[4, 30, 30], &[], 5), vec![false, false, true]);
}

/// A tally as large as a tally may be — 2⁴⁰ respondents, two people doubled 39 times — still gets
/// every figure, ordinary or deniable: no overflow, and no mean withheld for arithmetic's sake
/// (the exact fractions stay in lowest terms).
#[test]
fn the_largest_tally_still_gets_every_figure() {
    use candor::code::{Codec, MAX_RESPONDENTS};
    use candor::deniability::Deniability;
    for level in [None, Some(Deniability::Standard)] {
        let shape = Shape {
            id: "largest".into(),
            units: 3,
            asks_role: true,
            deniability: level,
            statements: Vec::new(),
        };
        let codec = Codec::new(&DEFAULT, &shape).unwrap();
        let mut tally = codec.empty_tally();
        // A deniable code reports burnout as 1 or 2 and levers as bins 1–3.
        let (high_burnout, high_lever) = if level.is_some() { (2, 3) } else { (5, 5) };
        tally.add(&Scores {
            burnout: high_burnout,
            outcomes: vec![Some(Bin::Favourable); 4],
            levers: vec![Some(high_lever); 5],
            priorities: 0b111,
            unit: Some(2),
            role: Some(4),
            statements: Vec::new(),
        });
        tally.add(&Scores {
            burnout: 1,
            outcomes: vec![Some(Bin::Unfavourable); 4],
            levers: vec![Some(1); 5],
            priorities: 0,
            unit: Some(0),
            role: Some(1),
            statements: Vec::new(),
        });
        for _ in 0..39 {
            let copy = tally.clone();
            tally.absorb(&copy).unwrap();
        }
        assert_eq!(tally.n(), MAX_RESPONDENTS);
        let figures = summarize(&DEFAULT, &tally, 5).figures.unwrap();
        assert!((figures.burnout.share - 0.5).abs() < 1e-9, "{level:?}");
        for d in figures.outcomes.iter().chain(&figures.levers) {
            let mean = d
                .mean
                .unwrap_or_else(|| panic!("{level:?}: a mean was lost"));
            let expected = if level.is_some() || d.mean.unwrap().max == 3 {
                2.0
            } else {
                3.0
            };
            assert!((mean.value - expected).abs() < 1e-9, "{level:?} {mean:?}");
        }
        assert!(
            figures.drivers.iter().all(|d| d.comparison.is_some()),
            "{level:?}"
        );
    }
}

/// A unit's response rate is shown exactly where its breakdown cell is: a hidden unit's rate,
/// with its staff number, would give away its count. Codes outnumbering staff and a low rate are
/// told apart, for the whole survey and for each shown unit.
#[test]
fn response_rates_follow_the_breakdown_and_raise_their_alarms() {
    use candor::report::{rates, Staff};
    let codec = Codec::new(&DEFAULT, &survey(3, false)).unwrap();
    let mut people = Vec::new();
    // As in the breakdown test: not answered 6, unit 0 has 2, unit 1 has 9, unit 2 has 7.
    for (unit, count) in [(None, 6), (Some(0), 2), (Some(1), 9), (Some(2), 7)] {
        for _ in 0..count {
            people.push(person(3, [Some(4); 5], unit, None));
        }
    }
    let t = tally(&codec, &people);
    let staff = Staff {
        total: Some(20),
        units: vec![Some(3), Some(8), Some(40)],
    };
    let found = rates(&t, &staff, 5);
    let total = found.total.unwrap();
    assert_eq!(
        (total.responses, total.headcount, total.exceeds),
        (24, 20, true)
    );
    // Unit 0 is hidden with the not-answered group: no rate, though its staff number is known.
    assert!(found.units[0].hidden && found.units[0].rate.is_none());
    assert_eq!(found.units[0].responses, None);
    assert_eq!(found.units[2].responses, Some(7));
    assert_eq!(found.units[0].invited, Some(3));
    let unit1 = found.units[1].rate.unwrap();
    assert_eq!(
        (unit1.responses, unit1.headcount, unit1.exceeds),
        (9, 8, true)
    );
    let unit2 = found.units[2].rate.unwrap();
    assert_eq!((unit2.responses, unit2.headcount), (7, 40));
    assert!(unit2.is_low() && !unit1.is_low());
    assert!(found.exceeds());
    assert_eq!(found.exceeding_units().collect::<Vec<_>>(), [1]);
    assert_eq!(found.low_units().collect::<Vec<_>>(), [2]);
    // 30 % exactly is not low; just under it is.
    assert!(!candor::report::ResponseRate::new(3, 10).unwrap().is_low());
    assert!(candor::report::ResponseRate::new(299, 1000)
        .unwrap()
        .is_low());
    // Without unit numbers there are no unit rates; without any number, nothing.
    let total_only = rates(
        &t,
        &Staff {
            total: Some(30),
            units: vec![],
        },
        5,
    );
    assert!(total_only.units.is_empty() && !total_only.exceeds());
    assert_eq!(rates(&t, &Staff::default(), 5).total, None);
}
