#![cfg(not(target_arch = "wasm32"))]
//! The report's figures for the organization's own statements (`docs/scoring.md`, "Statements of
//! the organization's own"): each statement's distribution and favourable share against a hand
//! computation, withheld below the minimum group size; their drivers ranked with the levers' and
//! marked as the organization's; the CSV's rows and the page's section; and the 95 % intervals'
//! coverage, ordinary and deniable, by simulation.

use candor::code::{Codec, Tally};
use candor::deniability::Deniability;
use candor::format::percent;
use candor::instrument::{OwnStatement, Shape, DEFAULT};
use candor::lang::Lang;
use candor::randomized::randomize;
use candor::report::{summarize, to_csv, Distribution, Proportion, Rates, Report, Subject};
use candor::scoring::{Bin, Scores};

#[allow(dead_code)]
#[path = "support/people.rs"]
mod people;
use people::People;

/// Three statements: one with characters that markup and CSV must guard, one in English only.
fn statements() -> Vec<OwnStatement> {
    vec![
        OwnStatement {
            en: "I can raise a \"near miss\" <safely> & quickly.".into(),
            es: "Puedo informar de un «casi error» <sin riesgo> y rápido.".into(),
        },
        OwnStatement {
            en: "I feel safe from violence at work.".into(),
            es: "Me siento a salvo de la violencia en el trabajo.".into(),
        },
        OwnStatement {
            en: "The merger has been explained to me clearly.".into(),
            es: String::new(),
        },
    ]
}

fn codec(deniability: Option<Deniability>) -> Codec {
    let shape = Shape {
        id: "own-report".into(),
        units: 0,
        asks_role: false,
        deniability,
        statements: statements(),
    };
    Codec::new(&DEFAULT, &shape).unwrap()
}

/// Someone burned out (level 4) or not (level 1), with the first two levers at `values` and
/// `resources` (0: not answered), the other levers and every outcome unanswered, no priority.
fn person(burned: bool, values: u8, resources: u8, own: [Option<Bin>; 3]) -> Scores {
    let level = |l: u8| (l > 0).then_some(l);
    Scores {
        burnout: if burned { 4 } else { 1 },
        outcomes: vec![None; 4],
        levers: vec![level(values), level(resources), None, None, None],
        priorities: 0,
        unit: None,
        role: None,
        statements: own.to_vec(),
    }
}

const UNF: Option<Bin> = Some(Bin::Unfavourable);
const NEU: Option<Bin> = Some(Bin::Neutral);
const FAV: Option<Bin> = Some(Bin::Favourable);

/// 170 people, built so that every figure can be worked out by hand:
///
/// * statement 1: 70 unfavourable (56 burned out), 80 favourable (48), 10 neutral (5), 10 not
///   answered (1) — Newcombe's (1998) example, 56/70 against 48/80, in its driver;
/// * statement 2: answered (favourably) by the first four people only;
/// * statement 3: among the burned out 2 unfavourable and 8 favourable, among the others 8 and 2,
///   everyone else neutral: burnout 20 % against 80 %, a difference of −0.6;
/// * values: the first 60 burned out at level 1, the first 50 others at level 5 (difference 1);
/// * resources: 12 of 20 unfavourable and 11 of 20 favourable burned out (difference 0.05).
fn hand_made() -> Tally {
    let mut own_first = Vec::new();
    for (bin, size, burned) in [(UNF, 70, 56), (FAV, 80, 48), (NEU, 10, 5), (None, 10, 1)] {
        for k in 0..size {
            own_first.push((k < burned, bin));
        }
    }
    let (mut burned_seen, mut others_seen) = (0, 0);
    let mut tally = codec(None).empty_tally();
    for (index, (burned, first)) in own_first.into_iter().enumerate() {
        let k = if burned {
            &mut burned_seen
        } else {
            &mut others_seen
        };
        let (values, resources, third) = if burned {
            (
                if *k < 60 { 1 } else { 3 },
                match *k {
                    0..12 => 2,
                    12..23 => 4,
                    _ => 3,
                },
                match *k {
                    0..2 => UNF,
                    2..10 => FAV,
                    _ => NEU,
                },
            )
        } else {
            (
                if *k < 50 { 5 } else { 3 },
                match *k {
                    0..8 => 2,
                    8..17 => 4,
                    _ => 3,
                },
                match *k {
                    0..8 => UNF,
                    8..10 => FAV,
                    _ => NEU,
                },
            )
        };
        *k += 1;
        let second = if index < 4 { FAV } else { None };
        assert!(tally.add(&person(burned, values, resources, [first, second, third])));
    }
    assert_eq!(tally.n(), 170);
    tally
}

/// The Wilson score interval as `docs/scoring.md` writes it.
fn wilson(count: u64, base: u64) -> (f64, f64) {
    let z = 1.959964;
    let (p, n) = (count as f64 / base as f64, base as f64);
    let centre = (p + z * z / (2.0 * n)) / (1.0 + z * z / n);
    let half = z / (1.0 + z * z / n) * (p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt();
    (centre - half, centre + half)
}

fn assert_share(p: &Proportion, count: u64, base: u64) {
    assert_eq!((p.count, p.base), (count, base));
    assert_eq!(p.share, count as f64 / base as f64);
    let (low, high) = wilson(count, base);
    assert!((p.interval.low - low).abs() < 1e-12, "{p:?}");
    assert!((p.interval.high - high).abs() < 1e-12, "{p:?}");
}

fn figures(report: &Report) -> &candor::report::Figures {
    report.figures.as_ref().expect("at least the minimum")
}

#[test]
fn a_statement_is_distributed_over_everyone_like_a_lever() {
    let report = summarize(&DEFAULT, &hand_made(), 5);
    let own = &figures(&report).statements;
    assert_eq!(own.len(), 3);
    let first: &Distribution = own[0].as_ref().expect("160 answered");
    assert_eq!(first.index, 0);
    assert_share(&first.favourable, 80, 170);
    assert_share(&first.neutral, 10, 170);
    assert_share(&first.unfavourable, 70, 170);
    assert_share(&first.not_answered, 10, 170);
    // The mean of the bins 1–3 over the 160 who answered: (70·1 + 10·2 + 80·3) / 160.
    let mean = first.mean.expect("shown");
    assert_eq!((mean.value, mean.base, mean.max), (330.0 / 160.0, 160, 3));
    let third = own[2].as_ref().expect("everyone answered");
    assert_share(&third.favourable, 10, 170);
    assert_share(&third.neutral, 150, 170);
    assert_share(&third.unfavourable, 10, 170);
    assert_share(&third.not_answered, 0, 170);
}

/// Fewer than the minimum answered: no figure at all, and its driver is withheld. At the minimum
/// the figures are shown.
#[test]
fn a_statement_answered_by_fewer_than_the_minimum_shows_nothing() {
    let tally = hand_made();
    let few = summarize(&DEFAULT, &tally, 5);
    assert_eq!(figures(&few).statements[1], None, "4 answered, minimum 5");
    let withheld = figures(&few)
        .drivers
        .iter()
        .find(|d| d.subject == Subject::Statement(1))
        .unwrap();
    assert_eq!(withheld.comparison, None);
    let enough = summarize(&DEFAULT, &tally, 4);
    let shown = figures(&enough).statements[1]
        .as_ref()
        .expect("4 answered, minimum 4");
    assert_share(&shown.favourable, 4, 170);
    assert_share(&shown.not_answered, 166, 170);
    // Every figure shown rests on at least the minimum.
    let more = summarize(&DEFAULT, &tally, 50);
    for d in figures(&more).statements.iter().flatten() {
        assert!(d.mean.is_some_and(|m| m.base >= 50));
    }
    assert!(figures(&more).statements.iter().any(Option::is_none));
}

/// Largest signed difference first, levers and statements together, withheld ones last in the
/// subjects' order (levers, then statements).
#[test]
fn statements_are_ranked_with_the_levers_and_marked() {
    let report = summarize(&DEFAULT, &hand_made(), 5);
    let drivers = &figures(&report).drivers;
    let order: Vec<Subject> = drivers.iter().map(|d| d.subject).collect();
    assert_eq!(
        order,
        [
            Subject::Lever(0),
            Subject::Statement(0),
            Subject::Lever(1),
            Subject::Statement(2),
            Subject::Lever(2),
            Subject::Lever(3),
            Subject::Lever(4),
            Subject::Statement(1),
        ]
    );
    let shown: Vec<bool> = drivers.iter().map(|d| d.comparison.is_some()).collect();
    assert_eq!(shown, [true, true, true, true, false, false, false, false]);
    // Newcombe's example, as his paper gives it: 0.200 [0.052, 0.334].
    let own = drivers[1].comparison.unwrap();
    assert_eq!(
        (drivers[1].unfavourable_n, drivers[1].favourable_n),
        (70, 80)
    );
    assert_share(&own.unfavourable, 56, 70);
    assert_share(&own.favourable, 48, 80);
    let d = own.difference;
    assert_eq!(d.estimate, 0.2);
    assert_eq!(
        [d.interval.low, d.interval.high].map(|x| (x * 1000.0).round() / 1000.0),
        [0.052, 0.334]
    );
    let third = drivers[3].comparison.unwrap();
    // Formed as one fraction, (2·10 − 8·10) / (10·10), and divided once.
    assert_eq!(third.difference.estimate, -60.0 / 100.0);
}

/// A statement answered exactly as a lever has the same difference, and ranks right after it.
#[test]
fn a_statement_tied_with_a_lever_comes_after_it() {
    let mut tally = codec(None).empty_tally();
    for k in 0..40u8 {
        let (level, bin) = if k < 20 { (1, UNF) } else { (5, FAV) };
        let burned = if k < 20 { k < 15 } else { k < 25 };
        assert!(tally.add(&person(burned, 0, level, [None, bin, None])));
    }
    let report = summarize(&DEFAULT, &tally, 5);
    let drivers = &figures(&report).drivers;
    assert_eq!(drivers[0].subject, Subject::Lever(1));
    assert_eq!(drivers[1].subject, Subject::Statement(1));
    assert_eq!(drivers[0].comparison, drivers[1].comparison);
}

/// A survey without statements has no statement figure and only levers among its drivers.
#[test]
fn a_survey_without_statements_reports_none() {
    let codec = Codec::new(&DEFAULT, &Shape::new("no-statements")).unwrap();
    let mut tally = codec.empty_tally();
    let mut people = People(4);
    for _ in 0..60 {
        assert!(tally.add(&people.plausible(0, false)));
    }
    let report = summarize(&DEFAULT, &tally, 5);
    assert!(figures(&report).statements.is_empty());
    assert!(figures(&report)
        .drivers
        .iter()
        .all(|d| matches!(d.subject, Subject::Lever(_))));
    let csv = to_csv(&DEFAULT, &report, None, &[], &statements(), Lang::En);
    assert_eq!(csv, to_csv(&DEFAULT, &report, None, &[], &[], Lang::En));
    assert!(!csv.contains("statement"));
    let page = report_markup(&report, &[], Lang::En);
    assert!(!page.contains("r-own") && !page.contains("data-statement"));
}

/// RFC 4180 fields of each record (quoted fields may hold commas and doubled quotes).
fn records(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for line in text.split("\r\n").filter(|l| !l.is_empty()) {
        let (mut fields, mut field, mut quoted, mut chars) =
            (Vec::new(), String::new(), false, line.chars().peekable());
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                ('"', _) => quoted = !quoted,
                (',', false) => fields.push(std::mem::take(&mut field)),
                (c, _) => field.push(c),
            }
        }
        fields.push(field);
        rows.push(fields);
    }
    rows
}

fn four(x: f64) -> String {
    format!("{:.4}", (x * 10_000.0).round() / 10_000.0)
}

#[test]
fn the_csv_has_each_statement_and_its_driver() {
    let report = summarize(&DEFAULT, &hand_made(), 5);
    let text = to_csv(&DEFAULT, &report, None, &[], &statements(), Lang::Es);
    let rows = records(&text);
    let own: Vec<&Vec<String>> = rows.iter().filter(|r| r[0] == "statement").collect();
    // Four shares and a mean for each shown statement, one suppressed row for the other.
    assert_eq!(own.len(), 5 + 1 + 5);
    let first = "Puedo informar de un «casi error» <sin riesgo> y rápido.";
    let (low, high) = wilson(80, 170);
    assert_eq!(
        own[0][1..],
        [
            "statement-1",
            first,
            "favourable",
            "share",
            four(80.0 / 170.0).as_str(),
            four(low).as_str(),
            four(high).as_str(),
            "80",
            "170",
            ""
        ]
    );
    assert_eq!(own[4][3..6], ["", "mean", four(330.0 / 160.0).as_str()]);
    assert_eq!(own[4][9], "160");
    assert_eq!(
        own[5][1..],
        [
            "statement-2",
            "Me siento a salvo de la violencia en el trabajo.",
            "",
            "suppressed",
            "",
            "",
            "",
            "",
            "",
            ""
        ]
    );
    // Written in English only: its wording as written, marked in the page's language.
    assert_eq!(
        own[6][2],
        "The merger has been explained to me clearly. (solo en inglés)"
    );
    // The statements come after the levers and before the drivers.
    let section = |name: &str| rows.iter().position(|r| r[0] == name).unwrap();
    assert!(section("lever") < section("statement") && section("statement") < section("driver"));
    // The drivers, ranked together: statement 1 second, statement 2 last and withheld.
    let ranks: Vec<(&str, &str)> = rows
        .iter()
        .filter(|r| r[0] == "driver" && r[4] == "rank")
        .map(|r| (r[1].as_str(), r[5].as_str()))
        .collect();
    assert_eq!(
        ranks,
        [
            ("values", "1"),
            ("statement-1", "2"),
            ("resources", "3"),
            ("statement-3", "4"),
            ("autonomy", "5"),
            ("leadership", "6"),
            ("culture", "7"),
            ("statement-2", "8"),
        ]
    );
    let driver: Vec<&Vec<String>> = rows
        .iter()
        .filter(|r| r[0] == "driver" && r[1] == "statement-1")
        .collect();
    assert_eq!(driver.len(), 4);
    assert!(driver.iter().all(|r| r[2] == first));
    assert_eq!(driver[1][3..5], ["rates_unfavourable", "share"]);
    assert_eq!(driver[1][8..10], ["56", "70"]);
    assert_eq!(driver[2][8..10], ["48", "80"]);
    assert_eq!(driver[3][4..6], ["difference", "0.2000"]);
    let withheld: Vec<&Vec<String>> = rows
        .iter()
        .filter(|r| r[0] == "driver" && r[1] == "statement-2")
        .collect();
    assert_eq!(withheld.len(), 2);
    assert_eq!(withheld[1][4], "suppressed");
    // The CSV's fields quote the wording's quotes (RFC 4180).
    let english = to_csv(&DEFAULT, &report, None, &[], &statements(), Lang::En);
    assert!(english.contains("\"I can raise a \"\"near miss\"\" <safely> & quickly.\""));
}

fn report_markup(report: &Report, statements: &[OwnStatement], lang: Lang) -> String {
    candor::report::markup::report(
        &DEFAULT,
        report,
        None,
        &[],
        statements,
        &Rates::default(),
        lang,
    )
}

#[test]
fn the_page_has_a_section_of_the_organizations_own_questions() {
    let report = summarize(&DEFAULT, &hand_made(), 5);
    let page = report_markup(&report, &statements(), Lang::En);
    let section = |id: &str| {
        page.find(&format!("<section aria-labelledby=\"{id}\">"))
            .unwrap()
    };
    assert!(section("r-levers") < section("r-own") && section("r-own") < section("r-drivers"));
    let own = &page[section("r-own")..section("r-drivers")];
    assert!(own.contains(">Your organization&#39;s own questions</h2>"));
    assert!(own.contains("Your organization's own wording: no national or published figure exists"));
    // Outside text is escaped wherever it goes: the list, the bars and their descriptions.
    assert!(!page.contains("<safely>") && !page.contains("\"near miss\""));
    let escaped = "I can raise a &quot;near miss&quot; &lt;safely&gt; &amp; quickly.";
    assert_eq!(own.matches(escaped).count(), 4, "{own}");
    // Each statement's favourable share with its interval, or why it has none.
    let (low, high) = wilson(80, 170);
    let line = format!(
        "<li data-statement=\"1\"><strong>{escaped}</strong>: {} favourable. 95% interval {} to {}, based on 170 responses.</li>",
        percent(80.0 / 170.0, Lang::En),
        percent(low, Lang::En),
        percent(high, Lang::En)
    );
    assert!(own.contains(&line), "{line}");
    assert!(own.contains("<li data-statement=\"2\"><strong>I feel safe from violence at work.</strong>: fewer than 5 answered it: not shown.</li>"));
    // Two stacked bars: the withheld statement has none.
    assert_eq!(own.matches("class=\"stacks__bar\"").count(), 2);
    // Its driver, marked as the organization's own.
    assert!(page.contains(&format!(
        "<li data-statement=\"1\"><strong>{escaped}</strong> (your organization's question): burnout 80% among those rating it unfavourably, 60% among those rating it favourably"
    )));
    assert!(page.contains("<li data-lever=\"values\"><strong>Values</strong>: "));

    // In Spanish, the statement written only in English keeps its language, marked for screen
    // readers and in words.
    let spanish = report_markup(&report, &statements(), Lang::Es);
    assert!(spanish.contains(">Preguntas propias de su organización</h2>"));
    assert!(spanish
        .contains("Redacción propia de su organización: no existe cifra nacional ni publicada"));
    assert!(spanish.contains(
        "<li data-statement=\"3\"><strong><span lang=\"en\">The merger has been explained to me clearly.</span> (solo en inglés)</strong>: "
    ));
    assert!(spanish.contains("(pregunta de su organización)"));
}

/// Reports whose counts make the estimates exact (`docs/privacy.md`: with e^ε = 3 over four
/// states, a state's share is (6c − n) / 2n for c of n reports): 60 reports, so a state reported
/// 10 times is estimated at 0, 20 times at 1/2 and 30 times at 1.
#[test]
fn a_deniable_report_estimates_the_statements() {
    let codec = codec(Some(Deniability::Standard));
    let mut tally = codec.empty_tally();
    // Reported states, not answered to favourable, each run of ten reports in turn.
    let runs = [[0, 1, 2, 3, 3, 3], [0, 0, 1, 1, 2, 3], [0, 0, 0, 1, 2, 3]];
    for i in 0..60 {
        let own = runs.map(|run| candor::scoring::state_bin(run[i / 10]));
        let mut reported = person(i % 2 == 0, 0, 0, own);
        // A deniable code reports burnout as 1 (not burned out) or 2.
        reported.burnout = 1 + (i % 2) as u8;
        assert!(tally.add(&reported));
    }
    let report = summarize(&DEFAULT, &tally, 5);
    let own = &figures(&report).statements;
    let shares = |d: &Distribution| {
        [d.not_answered, d.unfavourable, d.neutral, d.favourable].map(|p| (p.share, p.count))
    };
    let first = own[0].as_ref().expect("everyone estimated to answer");
    assert_eq!(shares(first), [(0.0, 0), (0.0, 0), (0.0, 0), (1.0, 60)]);
    let second = own[1].as_ref().expect("half estimated to answer");
    assert_eq!(shares(second), [(0.5, 30), (0.5, 30), (0.0, 0), (0.0, 0)]);
    assert_eq!(second.mean.map(|m| (m.value, m.base)), Some((1.0, 30)));
    for d in [first, second] {
        for p in [d.favourable, d.neutral, d.unfavourable, d.not_answered] {
            assert!(p.interval.low <= p.share && p.share <= p.interval.high);
        }
    }
    // Nobody is estimated to have answered the third: no figure, and no driver.
    assert_eq!(own[2], None);
    let third = figures(&report)
        .drivers
        .iter()
        .find(|d| d.subject == Subject::Statement(2))
        .unwrap();
    assert_eq!(third.comparison, None);
    let page = report_markup(&report, &statements(), Lang::En);
    assert!(page.contains(">Your organization&#39;s own questions (estimates)</h2>"));
}

/// A staff of known shares: burnout, and the first statement's state (not answered,
/// unfavourable, neutral, favourable) among the burned out and among the others.
struct Population {
    burnout: f64,
    if_burned: [f64; 4],
    if_not: [f64; 4],
}

impl Population {
    fn person(&self, people: &mut People) -> Scores {
        let uniform = |people: &mut People| people.next() as f64 / (1u64 << 53) as f64;
        let burned = uniform(people) < self.burnout;
        let table = if burned {
            &self.if_burned
        } else {
            &self.if_not
        };
        let u = uniform(people);
        let mut sum = 0.0;
        let state = table
            .iter()
            .position(|p| {
                sum += p;
                u < sum
            })
            .unwrap_or(3);
        let mut scores = people.anyone(0, false);
        scores.burnout = if burned { 3 } else { 2 };
        scores.statements = vec![candor::scoring::state_bin(state), None, None];
        scores
    }

    fn favourable(&self) -> f64 {
        self.burnout * self.if_burned[3] + (1.0 - self.burnout) * self.if_not[3]
    }

    fn driver(&self) -> f64 {
        let among = |state: usize| {
            let yes = self.burnout * self.if_burned[state];
            yes / (yes + (1.0 - self.burnout) * self.if_not[state])
        };
        among(1) - among(3)
    }
}

/// Over 1,000 simulated surveys, of 500 people ordinary and of 2,000 deniable (e^ε = 3), the 95 %
/// intervals of the first statement's favourable share and of its driver's difference hold the
/// true value between 93 % and 97 % of the time.
#[test]
fn the_statements_intervals_cover_the_truth() {
    let population = Population {
        burnout: 0.4,
        if_burned: [0.1, 0.5, 0.2, 0.2],
        if_not: [0.1, 0.2, 0.2, 0.5],
    };
    let truths = [population.favourable(), population.driver()];
    let mut people = People(25);
    for deniability in [None, Some(Deniability::Standard)] {
        let codec = codec(deniability);
        // A deniable survey's intervals are much wider: at 2,000 people they are narrow enough
        // that a biased estimate would miss the truth too often.
        let (reps, n) = (1_000, if deniability.is_some() { 2_000 } else { 500 });
        let mut covered = [0usize; 2];
        for _ in 0..reps {
            let mut tally = codec.empty_tally();
            for _ in 0..n {
                let truth = population.person(&mut people);
                let scores = match deniability {
                    None => truth,
                    Some(level) => randomize(&DEFAULT, &truth, level, || {
                        people.next() as f64 / (1u64 << 53) as f64
                    }),
                };
                assert!(tally.add(&scores));
            }
            let report = summarize(&DEFAULT, &tally, 5);
            let figures = figures(&report);
            let share = figures.statements[0].as_ref().expect("shown").favourable;
            let driver = figures
                .drivers
                .iter()
                .find(|d| d.subject == Subject::Statement(0))
                .and_then(|d| d.comparison)
                .expect("both sides large enough");
            let intervals = [share.interval, driver.difference.interval];
            for ((slot, interval), truth) in covered.iter_mut().zip(intervals).zip(truths) {
                *slot += usize::from((interval.low..=interval.high).contains(&truth));
            }
        }
        for (name, count) in ["favourable share", "driver difference"]
            .iter()
            .zip(covered)
        {
            let coverage = count as f64 / reps as f64;
            println!("{deniability:?} {name}: coverage {:.1}%", coverage * 100.0);
            assert!(
                (0.93..=0.97).contains(&coverage),
                "{deniability:?} {name}: {coverage}"
            );
        }
    }
}

/// A unit's report shows each statement its cell of the unit breakdown shows, beside the
/// organization's figure, and nothing of one the breakdown hides for it (here statement 3, which
/// three people of unit 2 answered: hidden there, and with it in unit 1, so that neither can be
/// worked out from the organization's figure).
#[test]
fn a_unit_report_shows_the_statements_its_cell_shows_and_no_other() {
    let shape = Shape {
        id: "own-units".into(),
        units: 2,
        asks_role: false,
        deniability: None,
        statements: statements(),
    };
    let codec = Codec::new(&DEFAULT, &shape).unwrap();
    let mut people = People(31);
    let mut text = String::new();
    for k in 0..80u8 {
        let mut scores = people.plausible(2, false);
        scores.unit = Some(k % 2);
        let third = if k % 2 == 0 || k < 6 { NEU } else { None };
        scores.statements = vec![if scores.burnout >= 3 { UNF } else { FAV }, FAV, third];
        text.push_str(codec.encode(&scores, people.nonce()).unwrap().as_str());
        text.push('\n');
    }
    let collection = candor::code::collect(&codec, &text);
    let whole = summarize(&DEFAULT, &collection.tally, 5);
    assert!(figures(&whole).statements.iter().all(Option::is_some));
    let breakdown = figures(&whole).units.as_ref().unwrap();
    let reports = candor::report::unit_reports(&DEFAULT, &whole, &collection.units).unwrap();
    assert_eq!(reports.reports.len(), 2);
    for unit in &reports.reports {
        let cell = breakdown.cells[unit.unit].shown.as_ref().unwrap();
        assert!(cell.statements[0].is_ok() && cell.statements[1].is_ok());
        assert!(cell.statements[2].is_err());
        assert_eq!(unit.hidden_statements.len(), 1);
        assert_eq!(unit.hidden_statements[0].0, 2);
        let f = figures(&unit.report);
        // The shown statements are the unit's own figures: its cell's favourable share among
        // those who answered, and its distribution from its own codes.
        let own = summarize(&DEFAULT, collection.units.tally(unit.unit).unwrap(), 5);
        for s in 0..2 {
            assert_eq!(f.statements[s], figures(&own).statements[s]);
            let d = f.statements[s].as_ref().unwrap();
            let share = cell.statements[s].as_ref().unwrap();
            assert_eq!(share.count, d.favourable.count);
        }
        assert!(f.statements[2].is_none());
        assert!(f.drivers.iter().all(|d| d.subject != Subject::Statement(2)));
        assert_eq!(f.drivers.len(), DEFAULT.levers.len() + 2);
        let names = ["North".to_string(), "South".to_string()];
        let html = candor::report::markup::unit_reports_document(
            &DEFAULT,
            &whole,
            &reports,
            (&names, &statements()),
            "Survey",
            candor::report::markup::UnitChoice::One(unit.unit),
            Lang::En,
        );
        assert!(
            html.contains("Own question 1: favourable")
                && html.contains("Own question 2: favourable")
        );
        assert!(!html.contains("Own question 3: favourable"));
        assert!(html.contains("data-hidden-statement=\"3\""));
        assert!(html.contains("Own question 1: I can raise a &quot;near miss&quot; &lt;safely&gt;"));
    }
}
