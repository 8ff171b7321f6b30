#![cfg(not(target_arch = "wasm32"))]
//! The report's CSV: read back with an independent parser, its figures are the report's; no
//! suppressed cell carries a number; hostile unit names survive quoting; any report gives
//! well-formed rows.

use candor::code::{Codec, Tally};
use candor::deniability::Deniability;
use candor::instrument::{Shape, DEFAULT, DEFAULT_GUIDANCE};
use candor::lang::Lang;
use candor::report::csv::COLUMNS;
use candor::report::{compare, summarize, to_csv, Report, Subject};
use candor::scoring::Scores;
use proptest::prelude::*;

#[allow(dead_code)]
#[path = "support/people.rs"]
mod people;
use people::People;

/// A tiny RFC 4180 reader, written apart from the writer so that it checks it.
fn parse(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                other => field.push(other),
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {
                assert_eq!(
                    chars.next(),
                    Some('\n'),
                    "a CR outside quotes ends a record"
                );
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            other => field.push(other),
        }
    }
    assert!(!quoted, "an unterminated quote");
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

struct Csv {
    rows: Vec<Vec<String>>,
}

impl Csv {
    fn of(text: &str) -> Csv {
        let rows = parse(text);
        assert_eq!(rows[0], COLUMNS);
        for row in &rows {
            assert_eq!(row.len(), COLUMNS.len(), "{row:?}");
        }
        Csv {
            rows: rows[1..].to_vec(),
        }
    }

    /// The one row with these keys.
    fn row(&self, section: &str, item: &str, group: &str, measure: &str) -> &[String] {
        let found: Vec<&Vec<String>> = self
            .rows
            .iter()
            .filter(|r| r[0] == section && r[1] == item && r[3] == group && r[4] == measure)
            .collect();
        assert_eq!(found.len(), 1, "{section} {item} {group} {measure}");
        found[0]
    }
}

fn four(x: f64) -> String {
    format!("{x:.4}")
}

fn survey() -> Shape {
    Shape {
        id: "csv-tests".into(),
        units: 3,
        asks_role: true,
        deniability: None,
        statements: Vec::new(),
    }
}

/// 40 people: 20 in unit 1, 15 in unit 2, 2 in unit 3, 3 who did not say.
fn people(seed: u64) -> Vec<Scores> {
    let mut rng = People(seed);
    (0..40)
        .map(|i| {
            let mut scores = rng.plausible(3, true);
            scores.unit = match i {
                0..20 => Some(0),
                20..35 => Some(1),
                35..37 => Some(2),
                _ => None,
            };
            scores
        })
        .collect()
}

fn tally(people: &[Scores]) -> Tally {
    let mut tally = Tally::new(&DEFAULT, &survey());
    for p in people {
        assert!(tally.add(p));
    }
    tally
}

fn units() -> Vec<String> {
    vec![
        "Emergency".into(),
        "Intensive care".into(),
        "Surgery".into(),
    ]
}

#[test]
fn the_figures_read_back_are_the_reports() {
    let report = summarize(&DEFAULT, &tally(&people(1)), 5);
    let figures = report.figures.as_ref().unwrap();
    let csv = Csv::of(&to_csv(&DEFAULT, &report, None, &units(), &[], Lang::En));
    assert_eq!(csv.row("count", "responses", "", "count")[5], "40");
    assert_eq!(csv.row("count", "min_group", "", "count")[5], "5");
    let burnout = csv.row("burnout", "burnout", "", "share");
    assert_eq!(burnout[5], four(figures.burnout.share));
    assert_eq!(burnout[6], four(figures.burnout.interval.low));
    assert_eq!(burnout[7], four(figures.burnout.interval.high));
    assert_eq!(burnout[8], figures.burnout.count.to_string());
    assert_eq!(burnout[9], "40");
    let level = csv.row("burnout_level", "level-2", "", "share");
    assert_eq!(level[5], four(figures.burnout_levels[1].share));
    let reference = csv.row("reference", "reference-1", "", "share");
    assert_eq!(reference[5], four(DEFAULT_GUIDANCE.references[0].share));
    assert_eq!(
        csv.row("reference", "reference-1", "", "year")[5],
        DEFAULT_GUIDANCE.references[0].year.to_string()
    );
    let stress = &figures.outcomes[1];
    let row = csv.row("outcome", DEFAULT.outcomes[1].id, "unfavourable", "share");
    assert_eq!(row[5], four(stress.unfavourable.share));
    assert_eq!(row[2], DEFAULT.outcomes[1].name.en);
    if let Some(mean) = stress.mean {
        let row = csv.row("outcome", DEFAULT.outcomes[1].id, "", "mean");
        assert_eq!(
            (row[5].clone(), row[9].clone()),
            (four(mean.value), mean.base.to_string())
        );
    }
    // The first-ranked driver, with its difference and interval.
    let top = &figures.drivers[0];
    let Subject::Lever(v) = top.subject else {
        panic!("only levers in a survey without statements")
    };
    let id = DEFAULT.levers[v].id;
    assert_eq!(csv.row("driver", id, "", "rank")[5], "1");
    let comparison = top.comparison.unwrap();
    let difference = csv.row("driver", id, "", "difference");
    assert_eq!(difference[5], four(comparison.difference.estimate));
    assert_eq!(difference[6], four(comparison.difference.interval.low));
    assert_eq!(difference[7], four(comparison.difference.interval.high));
    assert_eq!(
        csv.row("driver", id, "rates_unfavourable", "share")[5],
        four(comparison.unfavourable.share)
    );
    // Priorities in the report's order.
    for (rank, ranked) in figures.priorities.iter().enumerate() {
        let item = format!("priority-{}", ranked.index + 1);
        assert_eq!(
            csv.row("priority", &item, "", "rank")[5],
            (rank + 1).to_string()
        );
        assert_eq!(
            csv.row("priority", &item, "", "share")[5],
            four(ranked.share.share)
        );
    }
    // The largest unit is shown under its name.
    let emergency = csv.row("unit", "unit-1", "", "count");
    assert_eq!(
        (emergency[2].as_str(), emergency[5].as_str()),
        ("Emergency", "20")
    );
    for (rank, weak) in figures.weakest.iter().enumerate() {
        let id = DEFAULT.levers[weak.lever].id;
        assert_eq!(
            csv.row("weakest", id, "", "rank")[5],
            (rank + 1).to_string()
        );
        assert_eq!(csv.row("weakest", id, "", "mean")[5], four(weak.mean.value));
    }
}

#[test]
fn no_suppressed_cell_carries_a_number() {
    for seed in 0..20 {
        let report = summarize(&DEFAULT, &tally(&people(seed)), 5);
        let figures = report.figures.as_ref().unwrap();
        let csv = Csv::of(&to_csv(&DEFAULT, &report, None, &units(), &[], Lang::En));
        let mut hidden = 0;
        for (section, breakdown) in [("unit", &figures.units), ("role", &figures.roles)] {
            for cell in &breakdown.as_ref().unwrap().cells {
                if cell.shown.is_some() {
                    continue;
                }
                hidden += 1;
                let item = format!("{section}-{}", cell.index);
                let rows: Vec<_> = csv
                    .rows
                    .iter()
                    .filter(|r| r[0] == section && r[1] == item)
                    .collect();
                assert_eq!(rows.len(), 1, "{item}: one row, marked suppressed");
                assert_eq!(rows[0][4], "suppressed");
            }
        }
        // Units 3 (2 people) and "not answered" (3) are always below 5.
        assert!(hidden >= 2);
        for row in csv.rows.iter().filter(|r| r[4] == "suppressed") {
            assert!(row[5..10].iter().all(String::is_empty), "{row:?}");
        }
        for driver in figures.drivers.iter().filter(|d| d.comparison.is_none()) {
            let Subject::Lever(v) = driver.subject else {
                panic!("only levers in a survey without statements")
            };
            let id = DEFAULT.levers[v].id;
            let rows: Vec<_> = csv
                .rows
                .iter()
                .filter(|r| r[0] == "driver" && r[1] == id && r[4] != "rank")
                .collect();
            assert_eq!(rows.len(), 1);
            assert_eq!(rows[0][4], "suppressed");
        }
    }
}

#[test]
fn below_the_minimum_group_only_the_count_is_written() {
    let report = summarize(&DEFAULT, &tally(&people(2)[..4]), 5);
    assert!(report.figures.is_none());
    let text = to_csv(&DEFAULT, &report, None, &units(), &[], Lang::Es);
    let csv = Csv::of(&text);
    assert_eq!(csv.rows.len(), 2);
    assert_eq!(csv.row("count", "responses", "", "count")[5], "4");
    assert_eq!(csv.row("count", "responses", "", "count")[2], "Respuestas");
}

#[test]
fn hostile_unit_names_are_quoted_and_read_back_unchanged() {
    let hostile: Vec<String> = vec![
        "a,\"b\"\nc".into(),
        "=HYPERLINK(\"http://x\")".into(),
        "  spaced  ".into(),
    ];
    let mut everyone = people(3);
    for p in everyone.iter_mut().skip(35) {
        p.unit = Some(0);
    }
    let report = summarize(&DEFAULT, &tally(&everyone), 5);
    let text = to_csv(&DEFAULT, &report, None, &hostile, &[], Lang::En);
    let csv = Csv::of(&text);
    assert_eq!(csv.row("unit", "unit-1", "", "count")[2], "a,\"b\"\nc");
    // A name that a spreadsheet would run as a formula is made text.
    assert_eq!(
        csv.row("unit", "unit-2", "", "count")[2],
        "'=HYPERLINK(\"http://x\")"
    );
    assert!(text.contains("\"a,\"\"b\"\"\nc\""));
}

#[test]
fn numbers_do_not_depend_on_the_language() {
    let baseline = tally(&people(4));
    let follow_up = tally(&people(5));
    let report = summarize(&DEFAULT, &baseline, 5);
    let comparison = compare(&DEFAULT, &baseline, &follow_up, 5);
    let en = Csv::of(&to_csv(
        &DEFAULT,
        &report,
        Some(&comparison),
        &units(),
        &[],
        Lang::En,
    ));
    let es = Csv::of(&to_csv(
        &DEFAULT,
        &report,
        Some(&comparison),
        &units(),
        &[],
        Lang::Es,
    ));
    assert_eq!(en.rows.len(), es.rows.len());
    let mut labels_differ = 0;
    for (a, b) in en.rows.iter().zip(&es.rows) {
        assert_eq!(a[..2], b[..2]);
        assert_eq!(a[3..], b[3..]);
        labels_differ += usize::from(a[2] != b[2]);
    }
    assert!(labels_differ > en.rows.len() / 2);
    // The change in burnout between the waves.
    let change = comparison.figures.as_ref().unwrap().burnout;
    let row = en.row("change", "burnout", "", "difference");
    assert_eq!(row[5], four(change.difference.estimate));
    assert_eq!(en.row("change", "responses", "follow_up", "count")[5], "40");
    assert!(en.rows.iter().all(|r| !r[5].contains(',')));
}

#[test]
fn a_comparison_below_the_minimum_is_one_suppressed_row() {
    let baseline = tally(&people(6));
    let follow_up = tally(&people(7)[..3]);
    let report = summarize(&DEFAULT, &baseline, 5);
    let comparison = compare(&DEFAULT, &baseline, &follow_up, 5);
    let csv = Csv::of(&to_csv(
        &DEFAULT,
        &report,
        Some(&comparison),
        &units(),
        &[],
        Lang::En,
    ));
    let change: Vec<_> = csv.rows.iter().filter(|r| r[0] == "change").collect();
    assert_eq!(change.len(), 3);
    assert_eq!(csv.row("change", "all", "", "suppressed")[5], "");
}

/// The rows of `section` as (item, group, measure).
fn keys<'a>(csv: &'a Csv, section: &str) -> Vec<(&'a str, &'a str, &'a str)> {
    csv.rows
        .iter()
        .filter(|r| r[0] == section)
        .map(|r| (r[1].as_str(), r[3].as_str(), r[4].as_str()))
        .collect()
}

/// The Wilson score interval as docs/scoring.md writes it.
fn wilson(count: u64, n: u64) -> (f64, f64, f64) {
    let (p, n) = (count as f64 / n as f64, n as f64);
    let z = 1.959964f64;
    let centre = (p + z * z / (2.0 * n)) / (1.0 + z * z / n);
    let half = z / (1.0 + z * z / n) * (p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt();
    (p, (centre - half).max(0.0), (centre + half).min(1.0))
}

/// Newcombe's hybrid score interval of `first − second`, as docs/scoring.md writes it.
fn newcombe(first: (u64, u64), second: (u64, u64)) -> [String; 3] {
    let (p1, l1, u1) = wilson(first.0, first.1);
    let (p2, l2, u2) = wilson(second.0, second.1);
    let d = p1 - p2;
    [
        four(d),
        four(d - ((p1 - l1).powi(2) + (u2 - p2).powi(2)).sqrt()),
        four(d + ((u1 - p1).powi(2) + (p2 - l2).powi(2)).sqrt()),
    ]
}

/// The mean level of lever `v` among those who answered it, straight from the scores.
fn mean_level(people: &[Scores], v: usize) -> f64 {
    let levels: Vec<f64> = people
        .iter()
        .filter_map(|p| p.levers[v].map(f64::from))
        .collect();
    levels.iter().sum::<f64>() / levels.len() as f64
}

#[test]
fn the_change_section_follows_the_document() {
    let before = people(8);
    // A follow-up in which only three answered the last lever: its change in mean is withheld.
    let last = DEFAULT.levers.len() - 1;
    let mut after = people(9);
    let mut answered = 0;
    for p in after.iter_mut() {
        if answered < 3 && p.levers[last].is_some() {
            answered += 1;
        } else {
            p.levers[last] = None;
        }
    }
    let report = summarize(&DEFAULT, &tally(&before), 5);
    let comparison = compare(&DEFAULT, &tally(&before), &tally(&after), 5);
    let csv = Csv::of(&to_csv(
        &DEFAULT,
        &report,
        Some(&comparison),
        &units(),
        &[],
        Lang::En,
    ));
    // The last section, in the documented order of items and rows.
    assert_eq!(csv.rows.last().unwrap()[0], "change");
    fn share_rows(item: &str) -> [(&str, &str, &str); 3] {
        [
            (item, "baseline", "share"),
            (item, "follow_up", "share"),
            (item, "", "difference"),
        ]
    }
    let priorities: Vec<String> = (1..=10).map(|p| format!("priority-{p}")).collect();
    let mut expected = vec![
        ("responses", "baseline", "count"),
        ("responses", "follow_up", "count"),
    ];
    expected.extend(share_rows("burnout"));
    for outcome in DEFAULT.outcomes {
        expected.extend(share_rows(outcome.id));
    }
    for (v, lever) in DEFAULT.levers.iter().enumerate() {
        expected.extend(share_rows(lever.id));
        expected.push(if v == last {
            (lever.id, "mean_difference", "suppressed")
        } else {
            (lever.id, "", "mean_difference")
        });
    }
    for item in &priorities {
        expected.extend(share_rows(item));
    }
    assert_eq!(keys(&csv, "change"), expected);
    assert_eq!(csv.row("change", "responses", "baseline", "count")[5], "40");
    assert_eq!(
        csv.row("change", "responses", "follow_up", "count")[5],
        "40"
    );
    // Labels: burnout as in its own section, then the instrument's plain names.
    assert_eq!(
        csv.row("change", "burnout", "baseline", "share")[2],
        "Burned out (level 3 or higher)"
    );
    assert_eq!(
        csv.row("change", DEFAULT.levers[2].id, "", "difference")[2],
        DEFAULT.levers[2].name.en
    );
    let (options, _) = DEFAULT.priority_options();
    assert_eq!(
        csv.row("change", "priority-7", "follow_up", "share")[2],
        options[6].en
    );
    // Shares of everyone: an outcome's and a lever's baseline is the favourable row of its section.
    for (section, id) in [
        ("outcome", DEFAULT.outcomes[2].id),
        ("lever", DEFAULT.levers[last].id),
    ] {
        assert_eq!(
            csv.row("change", id, "baseline", "share")[5..10],
            csv.row(section, id, "favourable", "share")[5..10]
        );
    }
    // Burnout from the people themselves: Wilson shares and Newcombe's interval, follow-up first.
    let burned = |people: &[Scores]| people.iter().filter(|p| p.burnout >= 3).count() as u64;
    let (x, y) = (burned(&before), burned(&after));
    let row = csv.row("change", "burnout", "follow_up", "share");
    let (p, low, high) = wilson(y, 40);
    assert_eq!(
        row[5..10],
        [
            four(p),
            four(low),
            four(high),
            y.to_string(),
            "40".to_string()
        ]
    );
    assert_eq!(
        csv.row("change", "burnout", "", "difference")[5..8],
        newcombe((y, 40), (x, 40))
    );
    assert_eq!(
        csv.row("change", "burnout", "", "difference")[8..10],
        ["", ""]
    );
    // The change in a lever's mean level, unrounded means subtracted, no interval.
    let row = csv.row("change", DEFAULT.levers[0].id, "", "mean_difference");
    assert_eq!(
        row[5..10],
        [
            four(mean_level(&after, 0) - mean_level(&before, 0)),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ]
    );
    // Withheld: no number at all.
    let row = csv.row(
        "change",
        DEFAULT.levers[last].id,
        "mean_difference",
        "suppressed",
    );
    assert!(row[5..10].iter().all(String::is_empty));
}

#[test]
fn a_baseline_below_the_minimum_still_ends_with_the_withheld_change() {
    let baseline = tally(&people(2)[..4]);
    let report = summarize(&DEFAULT, &baseline, 5);
    let comparison = compare(&DEFAULT, &baseline, &tally(&people(3)), 5);
    let text = to_csv(
        &DEFAULT,
        &report,
        Some(&comparison),
        &units(),
        &[],
        Lang::Es,
    );
    assert_eq!(
        text,
        "section,item,label,group,measure,value,lower,upper,count,base,wave\r\n\
         count,responses,Respuestas,,count,4,,,,,\r\n\
         count,min_group,Tamaño mínimo de grupo,,count,5,,,,,\r\n\
         change,responses,Respuestas,baseline,count,4,,,,,\r\n\
         change,responses,Respuestas,follow_up,count,40,,,,,\r\n\
         change,all,Cambio desde la medición anterior,,suppressed,,,,,,\r\n"
    );
}

#[test]
fn a_deniable_change_is_estimated_and_clipped_as_documented() {
    let shape = Shape {
        deniability: Some(Deniability::Standard),
        ..survey()
    };
    // Reported values: everyone in the baseline reported burned out; half of the follow-up did.
    let reported = |burnout: u8| Scores {
        burnout,
        ..people::golden_reported()
    };
    let mut before = Tally::new(&DEFAULT, &shape);
    let mut after = Tally::new(&DEFAULT, &shape);
    for i in 0..20 {
        assert!(before.add(&reported(2)));
        assert!(after.add(&reported(if i % 2 == 0 { 2 } else { 1 })));
    }
    let report = summarize(&DEFAULT, &before, 5);
    let comparison = compare(&DEFAULT, &before, &after, 5);
    let csv = Csv::of(&to_csv(
        &DEFAULT,
        &report,
        Some(&comparison),
        &units(),
        &[],
        Lang::En,
    ));
    // Counts stay counts; every computed figure is an estimate.
    assert_eq!(
        csv.row("change", "responses", "follow_up", "count")[5],
        "20"
    );
    for (item, group, measure) in keys(&csv, "change").into_iter().skip(2) {
        let expected = match group {
            "baseline" | "follow_up" => "share_estimate",
            "mean_difference" => "suppressed",
            _ if measure.starts_with("mean") => "mean_difference_estimate",
            _ => "difference_estimate",
        };
        assert_eq!(measure, expected, "{item} {group}");
    }
    // Two states at e^ε = 3: keep 3/4, other 1/4. The baseline's estimate is (1 − 1/4) / (1/2)
    // = 1.5 with no spread, shown clipped to 1; the follow-up's is 0.5 with standard error
    // √(0.25 / 20) / 0.5.
    assert_eq!(
        csv.row("change", "burnout", "baseline", "share_estimate")[5..10],
        ["1.0000", "1.0000", "1.0000", "20", "20"]
    );
    let se = (0.25f64 / 20.0).sqrt() / 0.5;
    assert_eq!(
        csv.row("change", "burnout", "follow_up", "share_estimate")[5..10],
        [
            "0.5000".to_string(),
            four(0.5 - 1.959964 * se),
            four(0.5 + 1.959964 * se),
            "10".to_string(),
            "20".to_string()
        ]
    );
    // The difference is of the unclipped estimates (0.5 − 1.5), not of the shown shares, and only
    // its interval is clipped into [−1, 1].
    assert_eq!(
        csv.row("change", "burnout", "", "difference_estimate")[5..8],
        [
            "-1.0000".to_string(),
            "-1.0000".to_string(),
            four(-1.0 + 1.959964 * se)
        ]
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_report_gives_well_formed_rows(
        seed in any::<u64>(),
        count in 0usize..80,
        follow in proptest::option::of(0usize..30),
        units in proptest::collection::vec("\\PC{0,12}|[,\"\r\n=]{0,4}", 0..5),
        min_group in 0u64..12,
        spanish in any::<bool>(),
    ) {
        let codec = Codec::new(&DEFAULT, &survey()).unwrap();
        let mut rng = People(seed);
        let mut baseline = codec.empty_tally();
        for _ in 0..count {
            baseline.add(&rng.anyone(3, true));
        }
        let report: Report = summarize(&DEFAULT, &baseline, min_group);
        let comparison = follow.map(|n| {
            let mut tally = codec.empty_tally();
            for _ in 0..n {
                tally.add(&rng.anyone(3, true));
            }
            compare(&DEFAULT, &baseline, &tally, min_group)
        });
        let lang = if spanish { Lang::Es } else { Lang::En };
        let text = to_csv(&DEFAULT, &report, comparison.as_ref(), &units, &[], lang);
        prop_assert!(text.ends_with("\r\n"));
        let csv = Csv::of(&text);
        if report.figures.is_none() {
            // The counts, and the withheld change when a follow-up was given.
            prop_assert_eq!(csv.rows.len(), 2 + 3 * usize::from(comparison.is_some()));
        }
        for row in &csv.rows {
            for number in &row[5..10] {
                prop_assert!(number.is_empty() || number.parse::<f64>().is_ok(), "{:?}", row);
            }
            if row[4] == "suppressed" {
                prop_assert!(row[5..10].iter().all(String::is_empty));
            }
        }
    }
}

/// The `response` rows come right after the counts: the survey's rate, each unit's with a staff
/// number, and a `suppressed` row for a unit whose figures are hidden (`docs/report-csv.md`).
#[test]
fn response_rates_follow_the_counts_and_the_suppression() {
    use candor::report::{rates, to_csv_with_rates, Staff};
    let t = tally(&people(3));
    let report = summarize(&DEFAULT, &t, 5);
    // Units 1–3 have 20, 15 and 2 respondents; unit 3 and the 3 who did not say are hidden.
    let staff = Staff {
        total: Some(50),
        units: vec![Some(18), None, Some(4)],
    };
    let text = to_csv_with_rates(
        &DEFAULT,
        &report,
        None,
        &rates(&t, &staff, 5),
        &units(),
        &[],
        Lang::En,
    );
    let csv = Csv::of(&text);
    let rows: Vec<&Vec<String>> = csv.rows.iter().filter(|r| r[0] == "response").collect();
    assert_eq!(rows.len(), 3, "{text}");
    assert_eq!(
        rows[0][1..10],
        [
            "all",
            "Response rate",
            "",
            "rate",
            "0.8000",
            "",
            "",
            "40",
            "50"
        ]
    );
    // Unit 1: 20 responses of 18 staff, above 1.
    assert_eq!(
        rows[1][1..10],
        [
            "unit-1",
            "Emergency",
            "",
            "rate",
            "1.1111",
            "",
            "",
            "20",
            "18"
        ]
    );
    assert_eq!(
        rows[2][1..10],
        ["unit-3", "Surgery", "", "suppressed", "", "", "", "", ""]
    );
    // Right after the count rows, before every figure.
    let first = csv.rows.iter().position(|r| r[0] == "response").unwrap();
    assert!(csv.rows[..first].iter().all(|r| r[0] == "count"));
    assert_eq!(csv.rows[first + 3][0], "burnout");
    // Without staff numbers the CSV is exactly to_csv's.
    assert_eq!(
        to_csv_with_rates(
            &DEFAULT,
            &report,
            None,
            &Default::default(),
            &units(),
            &[],
            Lang::En
        ),
        to_csv(&DEFAULT, &report, None, &units(), &[], Lang::En)
    );
}
