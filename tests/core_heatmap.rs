#![cfg(not(target_arch = "wasm32"))]
//! The heatmap of units against the levers: its rows are the unit breakdown's cells with their
//! reasons, the organization's row is measured as a unit's, sorting keeps hidden cells last, its
//! markup and CSV say why each hidden cell is hidden, and — as a property — nothing shown lets a
//! hidden cell be worked out by subtraction.

use candor::code::{Codec, Tally};
use candor::instrument::{OwnStatement, Shape, DEFAULT};
use candor::lang::Lang;
use candor::report::markup::{heatmap_file, report_sorted};
use candor::report::{summarize, to_csv, HeatSort, Heatmap, Hidden, Rates};
use candor::scoring::{Bin, Scores};
use proptest::prelude::*;

fn shape(units: u8) -> Shape {
    Shape {
        id: "heatmap-tests".into(),
        units,
        asks_role: true,
        deniability: None,
        statements: Vec::new(),
    }
}

fn person(burnout: u8, lever: Option<u8>, unit: Option<u8>) -> Scores {
    Scores {
        burnout,
        outcomes: vec![Some(Bin::Favourable), None, None, Some(Bin::Neutral)],
        levers: vec![lever, Some(4), Some(2), None, Some(5)],
        priorities: 0b11,
        unit,
        role: Some(1),
        statements: Vec::new(),
    }
}

/// The tally of `people` in a survey of `units` units with as many statements of its own as the
/// first person answered (the property test's people answer three; the others none).
fn tally(units: u8, people: &[Scores]) -> Tally {
    let own = people.first().map_or(0, |p| p.statements.len());
    let statements = (1..=own)
        .map(|k| OwnStatement {
            en: format!("Statement {k}"),
            es: String::new(),
        })
        .collect();
    let codec = Codec::new(
        &DEFAULT,
        &Shape {
            statements,
            ..shape(units)
        },
    )
    .unwrap();
    let mut tally = codec.empty_tally();
    for p in people {
        assert!(tally.add(p), "{p:?}");
    }
    tally
}

/// Unit 1 has 12 (of whom 3 answered lever 1), unit 2 has 9, unit 3 has 6, unit 4 has 2; all
/// gave their unit. Lever 4 (index 3) is never answered.
fn hospital() -> Vec<Scores> {
    let mut people = Vec::new();
    for i in 0..12 {
        people.push(person(1 + i % 5, (i < 3).then_some(5), Some(0)));
    }
    for i in 0..9 {
        people.push(person(if i < 6 { 4 } else { 1 }, Some(1 + i % 5), Some(1)));
    }
    for i in 0..6 {
        people.push(person(2, Some(2 + i % 4), Some(2)));
    }
    for _ in 0..2 {
        people.push(person(5, Some(1), Some(3)));
    }
    people
}

fn heatmap_of(people: &[Scores], units: u8, min: u64) -> (Heatmap, candor::report::Report) {
    let report = summarize(&DEFAULT, &tally(units, people), min);
    let heatmap = report.figures.as_ref().unwrap().heatmap.clone().unwrap();
    (heatmap, report)
}

#[test]
fn each_hidden_cell_says_why() {
    let (heatmap, report) = heatmap_of(&hospital(), 4, 5);
    let units = report.figures.as_ref().unwrap().units.as_ref().unwrap();
    // Rows are the breakdown's cells, in its order, with its figures.
    assert_eq!(heatmap.rows.len(), units.cells.len());
    for (row, cell) in heatmap.rows.iter().zip(&units.cells) {
        assert_eq!(row.cell, Some(cell.index));
        assert_eq!(row.n.ok(), cell.shown.as_ref().map(|f| f.n));
        assert_eq!(cell.hidden.is_some(), cell.shown.is_none());
    }
    let reasons: Vec<_> = heatmap.rows.iter().map(|r| r.n.err()).collect();
    // Nobody skipped the unit question; unit 4 (2 people) is too small, and unit 3 (6, the
    // smallest shown) is hidden with it so that unit 4 is not the total minus the rest.
    assert_eq!(
        reasons,
        vec![
            Some(Hidden::NoRespondents),
            None,
            None,
            Some(Hidden::Complementary),
            Some(Hidden::TooFew),
        ]
    );
    // A hidden row hides every cell for the row's reason.
    assert!(heatmap.rows[3]
        .levers
        .iter()
        .chain([&heatmap.rows[3].burnout])
        .all(|c| *c == Err(Hidden::Complementary)));
    // Lever 1: unit 1 has 3 answers (too few), unit 2 has 9. Units 3 and 4 are hidden rows, both
    // non-empty, so the column needs no further cell.
    assert_eq!(heatmap.rows[1].levers[0], Err(Hidden::TooFewAnswered));
    assert!(heatmap.rows[2].levers[0].is_ok());
    // Lever 4: nobody answered anywhere.
    assert_eq!(heatmap.rows[1].levers[3], Err(Hidden::TooFewAnswered));
    assert_eq!(heatmap.organization.levers[3], Err(Hidden::TooFewAnswered));
    // The organization: everyone, burnout as the report's, a lever favourable among answered.
    let figures = report.figures.as_ref().unwrap();
    assert_eq!(heatmap.organization.n, Ok(29));
    assert_eq!(heatmap.organization.burnout, Ok(figures.burnout));
    let lever1 = heatmap.organization.levers[0].unwrap();
    // Lever 1 among everyone: favourable (level 4 or 5) over answered, counted from the people.
    let answered = hospital().iter().filter(|p| p.levers[0].is_some()).count() as u64;
    let favourable = hospital()
        .iter()
        .filter(|p| p.levers[0].is_some_and(|l| l >= 4))
        .count() as u64;
    assert_eq!((lever1.count, lever1.base), (favourable, answered));
}

#[test]
fn sorting_keeps_the_organization_on_top_and_hidden_cells_last() {
    let (heatmap, report) = heatmap_of(&hospital(), 4, 5);
    let order = |sort| -> Vec<usize> {
        heatmap
            .sorted(sort)
            .iter()
            .map(|r| r.cell.unwrap())
            .collect()
    };
    assert_eq!(order(HeatSort::Units), vec![0, 1, 2, 3, 4]);
    // Unit 2 (6 of 9 burned out) above unit 1 (burnout levels 1–5 in turn: 6 of 12), then the
    // hidden rows in unit order.
    assert_eq!(order(HeatSort::Burnout), vec![2, 1, 0, 3, 4]);
    // Lever 1 is shown only for unit 2.
    assert_eq!(order(HeatSort::Lever(0)), vec![2, 0, 1, 3, 4]);
    let units = ["A".to_string(), "B".into(), "C".into(), "D".into()];
    let html = report_sorted(
        &DEFAULT,
        &report,
        None,
        &units,
        &[],
        &Rates::default(),
        HeatSort::Burnout,
        Lang::En,
    );
    let table = &html[html.find("class=\"heatmap\"").unwrap()..];
    let rows: Vec<&str> = table
        .split("<tr data-row=\"")
        .skip(1)
        .map(|r| &r[..r.find('"').unwrap()])
        .collect();
    assert_eq!(rows, vec!["org", "2", "1", "0", "3", "4"]);
    assert!(html.contains("<option value=\"burnout\" selected>"));
}

#[test]
fn markup_and_csv_give_every_hidden_cell_a_reason() {
    let (heatmap, report) = heatmap_of(&hospital(), 4, 5);
    let units = ["<b>A</b>".to_string(), "B".into(), "C".into(), "D".into()];
    for lang in [Lang::En, Lang::Es] {
        let html = report_sorted(
            &DEFAULT,
            &report,
            None,
            &units,
            &[],
            &Rates::default(),
            HeatSort::Units,
            lang,
        );
        let start = html.find("data-section=\"heatmap\"").unwrap();
        let section = &html[start..start + html[start..].find("</section>").unwrap()];
        assert!(!section.contains("<b>A"), "unit names are escaped");
        assert!(section.contains("<caption>") && section.contains("<th scope=\"row\">"));
        // Every cell has text: a share, or a mark with its reason in words.
        for cell in section.split("<td").skip(1) {
            let text = &cell[cell.find('>').unwrap() + 1..cell.find("</td>").unwrap()];
            assert!(!text.trim().is_empty(), "a blank cell: {cell}");
        }
        // A hidden row is one cell across the row; a shown row has a cell for each hidden lever.
        let hidden = heatmap
            .rows
            .iter()
            .map(|r| match r.n {
                Err(_) => 1,
                Ok(_) => {
                    usize::from(r.burnout.is_err()) + r.levers.iter().filter(|l| l.is_err()).count()
                }
            })
            .sum::<usize>()
            + heatmap
                .organization
                .levers
                .iter()
                .filter(|l| l.is_err())
                .count();
        assert_eq!(section.matches("data-hidden=").count(), hidden);
        for reason in [
            Hidden::NoRespondents,
            Hidden::TooFew,
            Hidden::Complementary,
            Hidden::TooFewAnswered,
        ] {
            assert!(section.contains(&reason.reason(5, lang)), "{reason:?}");
        }
        let csv = to_csv(&DEFAULT, &report, None, &units, &[], lang);
        let rows: Vec<&str> = csv.lines().filter(|l| l.starts_with("heatmap,")).collect();
        // The organization and five unit cells, each a count, burnout and five levers.
        assert_eq!(rows.len(), 6 * 7);
        let suppressed: Vec<&&str> = rows.iter().filter(|r| r.contains(",suppressed,")).collect();
        // The CSV writes every hidden cell, those of a hidden row each on its own row.
        let hidden_cells = heatmap
            .rows
            .iter()
            .flat_map(|r| {
                [r.n.err(), r.burnout.err()]
                    .into_iter()
                    .chain(r.levers.iter().map(|l| l.err()))
            })
            .flatten()
            .count()
            + heatmap
                .organization
                .levers
                .iter()
                .filter(|l| l.is_err())
                .count();
        assert_eq!(suppressed.len(), hidden_cells);
        for row in &suppressed {
            assert!(row.ends_with(",suppressed,,,,,,"), "{row}");
        }
        assert!(rows.iter().any(|r| r.starts_with("heatmap,unit-3,")
            && r.contains(&Hidden::Complementary.reason(5, lang))));
    }
}

#[test]
fn the_saved_file_draws_every_row_in_the_order_chosen() {
    let (heatmap, report) = heatmap_of(&hospital(), 4, 5);
    let units = ["Ward <1>".to_string(), "B".into(), "C".into(), "D".into()];
    let (svg, width, height) = heatmap_file(
        (&DEFAULT, &[]),
        &heatmap,
        &units,
        HeatSort::Burnout,
        "Survey & co",
        report.n,
        report.min_group,
        false,
        Lang::En,
    );
    assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    assert!(svg.contains(&format!("width=\"{width}\" height=\"{height}\"")));
    assert!(svg.contains("Ward &lt;1&gt;") && svg.contains("Survey &amp; co"));
    let b = svg.find(">B<").unwrap();
    let a = svg.find(">Ward &lt;1&gt;<").unwrap();
    assert!(b < a, "unit 2 (more burnout) is drawn above unit 1");
    // Each reason the page gives is one note, however many cells and causes point to it.
    assert_eq!(
        svg.matches(&Hidden::Complementary.reason(5, Lang::En))
            .count(),
        1
    );
    assert_eq!(svg.matches(&Hidden::TooFew.reason(5, Lang::En)).count(), 1);
}

fn scores(units: u8) -> impl Strategy<Value = Scores> {
    (
        1u8..=5,
        proptest::collection::vec(proptest::option::weighted(0.8, 1u8..=5), 5),
        proptest::collection::vec(
            proptest::option::weighted(
                0.7,
                prop_oneof![
                    Just(Bin::Unfavourable),
                    Just(Bin::Neutral),
                    Just(Bin::Favourable)
                ],
            ),
            3,
        ),
        // Skewed so that some units are small and some empty.
        (0u32..64).prop_map(move |r| {
            let k = r.trailing_zeros().min(31) as u8;
            (k < units).then_some(k)
        }),
    )
        .prop_map(|(burnout, levers, statements, unit)| Scores {
            burnout,
            outcomes: vec![None; 4],
            levers,
            priorities: 0,
            unit,
            role: None,
            statements,
        })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 300,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Whatever is shown — the organization's row, which is the total of every column, and the
    /// shown cells — no hidden cell can be worked out by subtraction: in every column (burnout,
    /// each lever and each of the organization's own statements), the
    /// hidden cells that hold anyone are none or at least two, unless the column has nothing
    /// else (then the hidden cell is the organization's own figure). And every shown figure
    /// rests on at least the minimum.
    #[test]
    fn no_hidden_cell_can_be_worked_out(
        people in proptest::collection::vec(scores(6), 0..90),
        min in 3u64..8,
        sort in 0usize..10,
    ) {
        let tally = tally(6, &people);
        let report = summarize(&DEFAULT, &tally, min);
        let Some(figures) = &report.figures else { return Ok(()) };
        let heatmap = figures.heatmap.as_ref().unwrap();
        let cells = tally.unit_cells();
        // The organization's row is the sum of the cells, so it is the total subtraction uses.
        prop_assert_eq!(heatmap.organization.n, Ok(cells.iter().map(|c| c.n).sum::<u64>()));
        let levers = DEFAULT.levers.len();
        let columns = 1 + 1 + levers + 3;
        for column in 0..columns {
            let size = |i: usize| match column {
                0 | 1 => cells[i].n,
                v if v < 2 + levers => cells[i].levers[v - 2].1,
                s => cells[i].statements[s - 2 - levers].1,
            };
            let shown = |i: usize| {
                let row = &heatmap.rows[i];
                match column {
                    0 => row.n.is_ok(),
                    1 => row.burnout.is_ok(),
                    v if v < 2 + levers => row.levers[v - 2].is_ok(),
                    s => row.statements[s - 2 - levers].is_ok(),
                }
            };
            let hidden = (0..cells.len()).filter(|&i| size(i) > 0 && !shown(i)).count();
            let visible = (0..cells.len()).filter(|&i| size(i) > 0 && shown(i)).count();
            prop_assert!(hidden != 1 || visible == 0, "column {}: one hidden cell", column);
        }
        for row in std::iter::once(&heatmap.organization).chain(&heatmap.rows) {
            if let Ok(n) = row.n {
                prop_assert!(n >= report.min_group);
            }
            for p in std::iter::once(&row.burnout).chain(&row.levers).chain(&row.statements).flatten() {
                prop_assert!(p.base >= report.min_group);
            }
        }
        // Sorting neither drops nor adds a row, and hidden cells of the sorted column come last
        // in unit order, whatever their contents.
        let order = match sort {
            0 => HeatSort::Units,
            1 => HeatSort::Burnout,
            v if v < 2 + levers => HeatSort::Lever(v - 2),
            s => HeatSort::Statement(s - 2 - levers),
        };
        let sorted = heatmap.sorted(order);
        prop_assert_eq!(sorted.len(), heatmap.rows.len());
        let is_hidden = |r: &candor::report::HeatRow| match order {
            HeatSort::Units => false,
            HeatSort::Burnout => r.burnout.is_err(),
            HeatSort::Lever(v) => r.levers[v].is_err(),
            HeatSort::Statement(s) => r.statements[s].is_err(),
        };
        let first_hidden = sorted.iter().position(|r| is_hidden(r)).unwrap_or(sorted.len());
        prop_assert!(sorted[first_hidden..].iter().all(|r| is_hidden(r)));
        let tail: Vec<_> = sorted[first_hidden..].iter().map(|r| r.cell).collect();
        let mut in_order = tail.clone();
        in_order.sort();
        prop_assert_eq!(tail, in_order);
    }
}
