#![cfg(not(target_arch = "wasm32"))]
//! A report for each unit's manager: the collector keeps a tally per unit from individual codes
//! (duplicates once, slips once, combined codes counted apart), a unit gets a report only when its
//! breakdown cell is shown and none of its respondents came in a combined code, a lever hidden for
//! the unit is nowhere in its report, and — as a property — nothing in the unit reports lets a
//! hidden cell be worked out by subtraction.

use candor::code::{collect, Codec, Collector, SlipCheck, SlipKey, Tally};
use candor::instrument::{Shape, DEFAULT};
use candor::lang::Lang;
use candor::report::markup::{unit_reports_document, UnitChoice};
use candor::report::{summarize, unit_reports, Hidden, NoReport, Subject, UnitReports};
use candor::scoring::{Bin, Scores};
use proptest::prelude::*;

fn codec(units: u8) -> Codec {
    Codec::new(
        &DEFAULT,
        &Shape {
            id: "unit-report-tests".into(),
            units,
            asks_role: true,
            deniability: None,
            statements: Vec::new(),
        },
    )
    .unwrap()
}

fn person(burnout: u8, lever: Option<u8>, unit: Option<u8>, role: Option<u8>) -> Scores {
    Scores {
        burnout,
        outcomes: vec![Some(Bin::Favourable), Some(Bin::Unfavourable), None, None],
        levers: vec![lever, Some(4), Some(2), Some(1 + burnout % 5), Some(5)],
        priorities: 0b1001,
        unit,
        role,
        statements: Vec::new(),
    }
}

/// Codes, one a line, of `people` (nonces from 1).
fn codes(codec: &Codec, people: &[Scores]) -> String {
    people
        .iter()
        .enumerate()
        .map(|(i, p)| codec.encode(p, i as u64 + 1).unwrap().to_string() + "\n")
        .collect()
}

/// Unit 1: 8 people, 3 of whom answered lever 1; unit 2: 7; unit 3: 6; unit 4: 2.
fn clinic() -> Vec<Scores> {
    let mut people = Vec::new();
    for i in 0..8 {
        people.push(person(
            1 + i % 5,
            (i < 3).then_some(4),
            Some(0),
            Some(i % 3),
        ));
    }
    for i in 0..7 {
        people.push(person(3 + i % 3, Some(1 + i % 5), Some(1), Some(1)));
    }
    for i in 0..6 {
        people.push(person(2, Some(2 + i % 4), Some(2), None));
    }
    for _ in 0..2 {
        people.push(person(5, Some(1), Some(3), Some(4)));
    }
    people
}

fn reports_of(codec: &Codec, text: &str, min: u64) -> (candor::report::Report, UnitReports) {
    let collection = collect(codec, text);
    let report = summarize(&DEFAULT, &collection.tally, min);
    let reports = unit_reports(&DEFAULT, &report, &collection.units).unwrap();
    (report, reports)
}

#[test]
fn each_unit_tally_holds_its_individual_codes_once_without_unit_or_role() {
    let codec = codec(4);
    let people = clinic();
    let text = codes(&codec, &people);
    // Every code twice: duplicates count once, in the unit as in the whole.
    let collection = collect(&codec, &format!("{text}{text}"));
    let cells = collection.tally.unit_cells();
    for (k, cell) in cells.iter().enumerate() {
        let unit = collection.units.tally(k).unwrap();
        assert_eq!(unit.n(), cell.n, "unit cell {k}");
        assert_eq!(unit.burned_out(), cell.burned_out);
        // Shaped without unit and role: no crossing can be made from it.
        assert!(unit.unit_cells().is_empty() && unit.role_cells().is_empty());
        assert_eq!(collection.units.combined(k), 0);
    }
    // Read in two texts, as the summary page reads files, it is the same.
    let mut collector = Collector::new(&codec);
    let (a, b) = text.split_at(text.len() / 2 + text[text.len() / 2..].find('\n').unwrap() + 1);
    collector.add(&codec, a, &mut |_| {});
    collector.add(&codec, b, &mut |_| {});
    assert_eq!(collector.collection().units, collection.units);
}

#[test]
fn a_unit_with_respondents_from_a_combined_code_has_no_report() {
    let codec = codec(4);
    let people = clinic();
    // Unit 2's people arrive in a combined code; everyone else in their own.
    let mut combined = codec.empty_tally();
    for p in people.iter().filter(|p| p.unit == Some(1)) {
        combined.add(p);
    }
    let mut text = codes(
        &codec,
        &people
            .iter()
            .filter(|p| p.unit != Some(1))
            .cloned()
            .collect::<Vec<_>>(),
    );
    text.push_str(&codec.encode_tally(&combined, 77).unwrap().to_string());
    let (report, reports) = reports_of(&codec, &text, 5);
    assert_eq!(report.n, 23);
    assert!(reports.without.contains(&(2, NoReport::Combined)));
    assert!(reports.reports.iter().all(|r| r.unit != 2));
    // The others are unchanged: unit 1 still has its report.
    assert!(reports.reports.iter().any(|r| r.unit == 1));
}

#[test]
fn slips_reused_count_in_no_unit() {
    let codec = codec(4);
    let key = SlipKey::from_bytes([7; 16]);
    let people = clinic();
    let mut text = String::new();
    for (i, p) in people.iter().enumerate() {
        let slip = key.slip(i as u16);
        text.push_str(&codec.encode_with_slip(p, slip).unwrap().to_string());
        text.push('\n');
    }
    // A second, different code on unit 1's first person's slip: neither counts.
    let mut other = people[0].clone();
    other.burnout = 5;
    text.push_str(
        &codec
            .encode_with_slip(&other, key.slip(0))
            .unwrap()
            .to_string(),
    );
    let mut collector = Collector::with_slips(&codec, Some(SlipCheck { key, count: 100 }));
    collector.add(&codec, &text, &mut |_| {});
    let collection = collector.collection();
    assert_eq!(collection.tally.n(), people.len() as u64 - 1);
    assert_eq!(collection.units.tally(1).map(Tally::n), Some(7));
    assert_eq!(collection.units.tally(2).map(Tally::n), Some(7));
}

#[test]
fn hidden_cells_give_no_report_and_hidden_levers_appear_nowhere() {
    let codec = codec(4);
    let (report, reports) = reports_of(&codec, &codes(&codec, &clinic()), 5);
    // Unit 4 (2 people) is too small; unit 3 (6, the smallest shown) is hidden with it.
    assert_eq!(
        reports.without,
        vec![
            (3, NoReport::Hidden(Hidden::Complementary)),
            (4, NoReport::Hidden(Hidden::TooFew))
        ]
    );
    let units: Vec<usize> = reports.reports.iter().map(|r| r.unit).collect();
    assert_eq!(units, vec![1, 2]);
    let unit1 = &reports.reports[0];
    // Lever 1 was answered by 3 in unit 1: hidden in the breakdown, so nowhere in its report.
    assert_eq!(unit1.hidden_levers, vec![(0, Hidden::TooFewAnswered)]);
    let figures = unit1.report.figures.as_ref().unwrap();
    assert!(figures.levers.iter().all(|d| d.index != 0));
    assert!(figures
        .drivers
        .iter()
        .all(|d| d.subject != Subject::Lever(0)));
    assert!(figures.weakest.iter().all(|w| w.lever != 0));
    assert!(figures.units.is_none() && figures.roles.is_none() && figures.heatmap.is_none());
    // Every figure rests on at least the minimum.
    assert!(unit1.report.n >= 5);
    for d in figures.levers.iter().chain(&figures.outcomes) {
        assert!(d.favourable.base >= 5);
        assert!(d.mean.is_none_or(|m| m.base >= 5));
    }
    // Unit 2 has lever 1 (7 answered).
    assert!(reports.reports[1]
        .report
        .figures
        .as_ref()
        .unwrap()
        .levers
        .iter()
        .any(|d| d.index == 0));
    // The document: a first page naming the units without a report and why, then a page each.
    let names = [
        "North <wing>".to_string(),
        "East".into(),
        "South".into(),
        "Day clinic".into(),
    ];
    let html = unit_reports_document(
        &DEFAULT,
        &report,
        &reports,
        (&names, &[]),
        "Survey",
        UnitChoice::All,
        Lang::En,
    );
    assert!(html.contains("North &lt;wing&gt;") && !html.contains("<wing>"));
    // A small unit and the unit hidden with it give the same reason: telling them apart would
    // bound their counts.
    let group =
        "fewer than 5 responses, or hidden with such a group so that neither can be worked out";
    assert!(html.contains(&format!("Day clinic: {group}")));
    assert!(html.contains(&format!("South: {group}")));
    assert_eq!(html.matches("class=\"unit-report unit-page-").count(), 2);
    assert!(html.contains("Not shown for this unit: Values (fewer than 5 here answered this lever, or hidden with such a cell so that neither can be worked out)."));
    let one = unit_reports_document(
        &DEFAULT,
        &report,
        &reports,
        (&names, &[]),
        "Survey",
        UnitChoice::One(2),
        Lang::Es,
    );
    assert_eq!(one.matches("class=\"unit-report unit-page-").count(), 1);
    assert!(one.contains("unit-page-2") && !one.contains("unit-cover"));
}

/// The named pages the document uses are in the printable documents' stylesheet for every unit a
/// survey may have, each footer naming its unit.
#[test]
fn the_stylesheet_has_a_named_page_for_every_unit() {
    let css = include_str!("../static/print.css");
    for k in 1..=candor::instrument::MAX_UNITS {
        assert!(
            css.contains(&format!(".unit-page-{k} {{ page: unit-{k}; }}")),
            "{k}"
        );
        assert!(
            css.contains(&format!(
                "@page unit-{k} {{ @bottom-left {{ content: var(--unit-footer-{k}, none);"
            )),
            "{k}"
        );
    }
}

fn scores(units: u8) -> impl Strategy<Value = Scores> {
    (
        1u8..=5,
        proptest::collection::vec(proptest::option::weighted(0.8, 1u8..=5), 5),
        (0u32..64).prop_map(move |r| {
            let k = r.trailing_zeros().min(31) as u8;
            (k < units).then_some(k)
        }),
        proptest::option::of(0u8..5),
    )
        .prop_map(|(burnout, levers, unit, role)| Scores {
            burnout,
            outcomes: vec![Some(Bin::Neutral), None, Some(Bin::Favourable), None],
            levers,
            priorities: 0b11,
            unit,
            role,
            statements: Vec::new(),
        })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 150,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// The unit reports show nothing the breakdown hides: a hidden unit has no report, a hidden
    /// lever cell is absent from its unit's report, and so in every column the cells whose figures
    /// are in no report include every hidden one — and those, when any hold someone, are at least
    /// two, so subtracting every report from the organization's figures gives only their sum.
    #[test]
    fn no_hidden_cell_can_be_worked_out_from_the_unit_reports(
        people in proptest::collection::vec(scores(5), 0..70),
        min in 3u64..7,
    ) {
        let codec = codec(5);
        let collection = collect(&codec, &codes(&codec, &people));
        let report = summarize(&DEFAULT, &collection.tally, min);
        let Some(figures) = &report.figures else { return Ok(()) };
        let reports = unit_reports(&DEFAULT, &report, &collection.units).unwrap();
        let breakdown = figures.units.as_ref().unwrap();
        let cells = collection.tally.unit_cells();
        let in_report = |k: usize| reports.reports.iter().find(|r| r.unit == k);
        // Rows.
        // A single hidden non-empty cell is allowed only when nothing else in its column holds
        // anyone: then it is the organization's own figure, hidden there too.
        let (mut hidden_rows, mut shown_rows) = (0, 0);
        for cell in &breakdown.cells {
            if cell.shown.is_none() {
                prop_assert!(in_report(cell.index).is_none());
                if cells[cell.index].n > 0 { hidden_rows += 1; }
            } else if cells[cell.index].n > 0 {
                shown_rows += 1;
            }
        }
        prop_assert!(hidden_rows != 1 || shown_rows == 0);
        // Lever columns.
        for v in 0..DEFAULT.levers.len() {
            let (mut hidden, mut shown) = (0, 0);
            for cell in &breakdown.cells {
                let lever_hidden = cell.shown.as_ref().is_none_or(|s| s.levers[v].is_err());
                let reported = in_report(cell.index)
                    .and_then(|r| r.report.figures.as_ref())
                    .is_some_and(|f| f.levers.iter().any(|d| d.index == v)
                        || f.drivers.iter().any(|d| d.subject == Subject::Lever(v))
                        || f.weakest.iter().any(|w| w.lever == v));
                if lever_hidden {
                    prop_assert!(!reported, "lever {} of cell {} is hidden but reported", v, cell.index);
                    if cells[cell.index].levers[v].1 > 0 { hidden += 1; }
                } else if cells[cell.index].levers[v].1 > 0 {
                    shown += 1;
                }
            }
            prop_assert!(hidden != 1 || shown == 0, "lever {}: one hidden cell", v);
        }
        // Every report's figures rest on at least the minimum, and never on a role.
        for unit in &reports.reports {
            let f = unit.report.figures.as_ref().unwrap();
            prop_assert!(unit.report.n >= report.min_group);
            prop_assert!(f.roles.is_none() && f.units.is_none());
            for d in f.levers.iter().chain(&f.outcomes) {
                prop_assert!(d.favourable.base >= report.min_group);
                prop_assert!(d.mean.is_none_or(|m| m.base >= report.min_group));
            }
            for d in &f.drivers {
                if let Some(c) = &d.comparison {
                    prop_assert!(c.unfavourable.base >= report.min_group && c.favourable.base >= report.min_group);
                }
            }
        }
    }
}

/// A survey with plausible deniability: unit reports are estimated as the whole report is, say
/// so, and still leave out what the breakdown hides.
#[test]
fn deniable_unit_reports_are_estimates() {
    use candor::deniability::Deniability;
    use candor::randomized::randomize;
    let level = Deniability::Standard;
    let codec = Codec::new(
        &DEFAULT,
        &Shape {
            id: "unit-report-tests".into(),
            units: 4,
            asks_role: true,
            deniability: Some(level),
            statements: Vec::new(),
        },
    )
    .unwrap();
    let mut state = 11u64;
    let mut uniform = || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    let mut people = Vec::new();
    for _ in 0..4 {
        people.extend(clinic());
    }
    let reported: Vec<Scores> = people
        .iter()
        .map(|p| randomize(&DEFAULT, p, level, &mut uniform))
        .collect();
    let (report, reports) = reports_of(&codec, &codes(&codec, &reported), 5);
    assert!(report.deniability.is_some());
    assert!(!reports.reports.is_empty());
    let breakdown = report.figures.as_ref().unwrap().units.as_ref().unwrap();
    for unit in &reports.reports {
        assert_eq!(unit.report.deniability, report.deniability);
        let cell = &breakdown.cells[unit.unit];
        let figures = unit.report.figures.as_ref().unwrap();
        for (v, lever) in cell.shown.as_ref().unwrap().levers.iter().enumerate() {
            assert_eq!(lever.is_ok(), figures.levers.iter().any(|d| d.index == v));
        }
    }
    let names = ["A".to_string(), "B".into(), "C".into(), "D".into()];
    let html = unit_reports_document(
        &DEFAULT,
        &report,
        &reports,
        (&names, &[]),
        "S",
        UnitChoice::All,
        Lang::En,
    );
    assert!(
        html.contains("(estimates)"),
        "headings say the figures are estimates"
    );
}
