#![cfg(not(target_arch = "wasm32"))]
//! The report's markup and its saved chart files, byte for byte: a chart saved for slides must
//! not change when the code that writes it is rearranged. The expected files are in
//! `tests/golden/`; after a deliberate change, `CANDOR_BLESS=1 cargo test --test core_markup`
//! writes them again (and the diff shows what changed).

use candor::code::{Codec, Tally};
use candor::deniability::Deniability;
use candor::instrument::{Shape, DEFAULT};
use candor::lang::Lang;
use candor::randomized::randomize;
use candor::report::markup::{chart_file, report, Chart, Trend};
use candor::report::{rates, series, summarize, Rates, Report, Staff};

#[allow(dead_code)]
#[path = "support/people.rs"]
mod people;
use people::People;

/// Unit names as an organizer's link may carry them: markup and quotes included.
fn units() -> Vec<String> {
    vec![
        "Ward <script>alert(1)</script>".into(),
        "\"ICU\" & 'ED'".into(),
        "Oncología".into(),
        "Clinic".into(),
    ]
}

fn shape(deniability: Option<Deniability>) -> Shape {
    Shape {
        id: "golden-markup".into(),
        units: 4,
        asks_role: true,
        deniability,
        statements: Vec::new(),
    }
}

fn tally(deniability: Option<Deniability>, n: usize, seed: u64) -> Tally {
    let codec = Codec::new(&DEFAULT, &shape(deniability)).unwrap();
    let mut rng = People(seed);
    let mut tally = codec.empty_tally();
    for _ in 0..n {
        let mut scores = rng.plausible(4, true);
        if let Some(level) = deniability {
            scores = randomize(&DEFAULT, &scores, level, || {
                rng.next() as f64 / (1u64 << 53) as f64
            });
        }
        assert!(tally.add(&scores));
    }
    tally
}

/// Compares `actual` with `tests/golden/<name>`, or writes it there when blessing.
fn golden(name: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("CANDOR_BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        expected == actual,
        "{name} differs from tests/golden/{name}:\n{actual}"
    );
}

fn charts(report: &Report, estimated: bool, prefix: &str) {
    let figures = report.figures.as_ref().unwrap();
    for lang in [Lang::En, Lang::Es] {
        for chart in [
            Chart::Levels,
            Chart::Outcomes,
            Chart::Levers,
            Chart::Priorities,
        ] {
            let file = chart_file(
                chart,
                &DEFAULT,
                figures,
                "Survey <b>\"2026\"</b> & co",
                report.n,
                estimated,
                lang,
            );
            let name = format!("{prefix}-{}-{}.svg", chart.id(), lang.tag());
            match file {
                Some((svg, height)) => {
                    assert!(svg.contains(&format!("height=\"{height}\"")));
                    golden(&name, &svg);
                }
                None => assert!(estimated && chart == Chart::Levels, "{name}"),
            }
        }
    }
}

#[test]
fn saved_charts_are_the_same_bytes() {
    charts(
        &summarize(&DEFAULT, &tally(None, 400, 7), 5),
        false,
        "chart",
    );
    let deniable = summarize(&DEFAULT, &tally(Some(Deniability::Standard), 600, 8), 5);
    charts(&deniable, true, "chart-deniable");
}

#[test]
fn the_report_markup_is_the_same_text() {
    let baseline = tally(None, 400, 7);
    let follow_up = tally(None, 300, 9);
    let latest = tally(None, 350, 11);
    let series = series(&DEFAULT, &[&baseline, &follow_up, &latest], 5);
    // A label from the organizer is outside text, escaped like any other.
    let labels = [
        "2026 Q1".to_string(),
        "2026 Q3".into(),
        "<b>2027</b>".into(),
    ];
    for lang in [Lang::En, Lang::Es] {
        // Staff numbers for the whole survey and two of the units.
        let staff = Staff {
            total: Some(500),
            units: vec![Some(150), None, Some(400)],
        };
        let page = report(
            &DEFAULT,
            &series.reports[2],
            Some(Trend {
                series: &series,
                labels: &labels,
            }),
            &units(),
            &[],
            &rates(&latest, &staff, 5),
            lang,
        );
        assert!(!page.contains("<script>"));
        assert!(!page.contains("<b>2027"));
        assert!(page.contains("data-section=\"trends\""));
        golden(&format!("report-{}.html", lang.tag()), &page);
    }
    let deniable = summarize(&DEFAULT, &tally(Some(Deniability::Strong), 60, 3), 5);
    golden(
        "report-deniable-en.html",
        &report(
            &DEFAULT,
            &deniable,
            None,
            &units(),
            &[],
            &Rates::default(),
            Lang::En,
        ),
    );
    let few = summarize(&DEFAULT, &tally(None, 3, 1), 5);
    golden(
        "report-few-es.html",
        &report(
            &DEFAULT,
            &few,
            None,
            &units(),
            &[],
            &Rates::default(),
            Lang::Es,
        ),
    );
}

/// A survey with statements of the organization's own, ordinary and deniable: their section and
/// their drivers among the levers', the wording escaped (one statement in English only).
#[test]
fn the_report_markup_with_statements_is_the_same_text() {
    use candor::instrument::OwnStatement;
    let statements = vec![
        OwnStatement {
            en: "Handovers at <shift change> are \"safe\" & calm.".into(),
            es: "Los relevos en el <cambio de turno> son «seguros» y tranquilos.".into(),
        },
        OwnStatement {
            en: "The new rota gives me enough notice.".into(),
            es: String::new(),
        },
    ];
    for (deniability, n, langs) in [
        (None, 300, &[Lang::En, Lang::Es][..]),
        (Some(Deniability::Standard), 500, &[Lang::En][..]),
    ] {
        let shape = Shape {
            id: "golden-statements".into(),
            units: 0,
            asks_role: false,
            deniability,
            statements: statements.clone(),
        };
        let codec = Codec::new(&DEFAULT, &shape).unwrap();
        let mut rng = People(21);
        let mut tally = codec.empty_tally();
        for _ in 0..n {
            let mut scores = rng.plausible(0, false);
            // The first statement goes with burnout; the second is answered by few.
            let burned = scores.burnout >= 3;
            scores.statements = vec![
                candor::scoring::state_bin(if burned { 1 } else { 3 } - rng.below(2) as usize),
                candor::scoring::state_bin(if rng.below(100) == 0 { 3 } else { 0 }),
            ];
            if let Some(level) = deniability {
                scores = randomize(&DEFAULT, &scores, level, || {
                    rng.next() as f64 / (1u64 << 53) as f64
                });
            }
            assert!(tally.add(&scores));
        }
        let report_of = summarize(&DEFAULT, &tally, 5);
        for &lang in langs {
            let page = report(
                &DEFAULT,
                &report_of,
                None,
                &[],
                &statements,
                &Rates::default(),
                lang,
            );
            assert!(!page.contains("<shift change>"));
            let mode = if deniability.is_some() {
                "-deniable"
            } else {
                ""
            };
            golden(
                &format!("report-statements{mode}-{}.html", lang.tag()),
                &page,
            );
        }
    }
}
