#![cfg(not(target_arch = "wasm32"))]
//! "What you told us — what we will do": the organizer's commitments in the summary link (read
//! back as written, ignored by the survey page, every bad value named), the staff one-pager's
//! content rules, "did it help?" and the CSV's action section.

use candor::instrument::DEFAULT;
use candor::lang::{Explain, Lang};
use candor::link::{plan_query, read_plan, SurveyLink};
use candor::report::action::{
    Commitment, Part, Place, Plan, PlanEdit, PlanError, MAX_AFTER, MAX_WHAT, MAX_WHO,
};
use candor::report::staff_page;
use candor::scoring::Scores;
use candor::summary::{Action, Printout, Summary, Wave};
use proptest::prelude::*;

#[allow(dead_code)]
#[path = "support/people.rs"]
mod people;
use people::People;

/// The figures the printable documents' page reads from `summary`, which makes the one-pager.
fn printed(summary: &Summary) -> Printout {
    Printout::read(&summary.printout(Lang::En)).expect("a summary's own printout reads back")
}

const UNITS: [&str; 3] = ["Emergency", "Intensive care", "Surgery"];

fn settings(deniable: bool) -> SurveyLink {
    let mut link = SurveyLink::new("action-tests".into());
    link.title = "Staff wellbeing 2026".into();
    link.units = UNITS.iter().map(|u| u.to_string()).collect();
    link.asks_role = true;
    link.staff.total = Some(400);
    if deniable {
        link.deniability = Some(candor::deniability::Deniability::Standard);
    }
    link
}

/// A summary of `count` plausible people, each changed by `edit`.
fn summary_of(count: usize, seed: u64, edit: impl Fn(&mut Scores)) -> Summary {
    let mut summary = Summary::new(settings(false)).unwrap();
    let mut people = People(seed);
    let codes: Vec<String> = (0..count)
        .map(|_| {
            let mut scores = people.plausible(3, true);
            edit(&mut scores);
            let nonce = people.nonce();
            summary.codec().encode(&scores, nonce).unwrap().to_string()
        })
        .collect();
    summary.apply(Action::Type(Wave::FIRST, codes.join("\n")));
    summary
}

fn lever(id: &str) -> usize {
    DEFAULT.levers.iter().position(|l| l.id == id).unwrap()
}

fn set(summary: &mut Summary, place: Place, text: &str) {
    summary.apply(Action::Plan(PlanEdit::Set(place, text.into())));
}

fn three_commitments(summary: &mut Summary) {
    let entries = [
        (
            "Hire two night-shift nurses for the ICU",
            "Chief nursing officer",
            "2027-03-31",
            "resources",
        ),
        (
            "Protected time to finish notes in every shift",
            "Dr. Ana Núñez",
            "2027-01-15",
            "autonomy",
        ),
        (
            "Monthly open forum with the executive team",
            "CEO",
            "2026-12-01",
            "",
        ),
    ];
    for (slot, (what, who, by, lever)) in entries.into_iter().enumerate() {
        set(summary, Place::Commitment(slot, Part::What), what);
        set(summary, Place::Commitment(slot, Part::Who), who);
        set(summary, Place::Commitment(slot, Part::By), by);
        set(summary, Place::Commitment(slot, Part::Lever), lever);
    }
    set(summary, Place::Next, "2027-09-01");
}

fn any_text(max: usize) -> impl Strategy<Value = String> {
    // Anything at all may be typed, control characters included: it must come back as typed
    // (trimmed, as every linked value is), even where it is not valid.
    proptest::collection::vec(any::<char>(), 0..=max)
        .prop_map(|chars| chars.into_iter().collect::<String>().trim().to_string())
}

fn date() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        (2000u16..2200, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        any_text(12),
    ]
}

prop_compose! {
    fn commitment()(
        what in any_text(MAX_WHAT + 5),
        who in any_text(MAX_WHO + 5),
        by in date(),
        lever in prop_oneof![Just(String::new()), (0..5usize).prop_map(|i| DEFAULT.levers[i].id.to_string()), any_text(12)],
        after in any_text(MAX_AFTER + 5),
    ) -> Commitment {
        Commitment { what, who, by, lever, after }
    }
}

prop_compose! {
    fn plan()(a in commitment(), b in commitment(), c in commitment(), next in date()) -> Plan {
        Plan { commitments: [a, b, c], next }
    }
}

proptest! {
    #[test]
    fn a_plan_is_read_back_from_the_summary_link_as_written(plan in plan()) {
        let link = settings(false);
        let query = format!("{}{}", link.to_summary_query(), plan_query(&plan));
        prop_assert_eq!(read_plan(&query), Ok(plan.clone()));
        // The survey's own settings are read as before: the plan's keys are not settings.
        prop_assert_eq!(SurveyLink::parse(&query), Ok(link.clone()));
        // The survey page ignores them, as it ignores the staff numbers.
        prop_assert_eq!(
            SurveyLink::from_fragment(&format!("#/survey?{query}")),
            SurveyLink::from_fragment(&link.to_fragment())
        );
        // The summary model writes the same query back.
        let summary = Summary::new(SurveyLink::parse(&query).unwrap()).unwrap().with_plan(plan);
        prop_assert_eq!(summary.summary_query(), query);
    }

    #[test]
    fn no_text_makes_the_reader_panic(query in any::<String>()) {
        let _ = read_plan(&query);
    }
}

#[test]
fn every_bad_value_in_a_link_is_named_beside_its_field() {
    let query = format!(
        "{}&c1w={}&c1b=2027-02-30&c1l=morale&c2o=Someone&c3a=x%0Ay&cn=next+spring",
        settings(false).to_summary_query(),
        "w".repeat(MAX_WHAT + 1)
    );
    let plan = read_plan(&query).unwrap();
    // Nothing typed is lost: the values are kept as they were, to be corrected.
    assert_eq!(plan.commitments[0].by, "2027-02-30");
    assert_eq!(plan.next, "next spring");
    let problems = plan.problems(&DEFAULT);
    let places: Vec<Place> = problems.iter().map(PlanError::place).collect();
    assert_eq!(
        places,
        [
            Place::Commitment(0, Part::What),
            Place::Commitment(0, Part::By),
            Place::Commitment(0, Part::Lever),
            Place::Commitment(1, Part::What),
            Place::Commitment(2, Part::After),
            Place::Commitment(2, Part::What),
            Place::Next,
        ]
    );
    let english: Vec<String> = problems.iter().map(|p| p.message(Lang::En)).collect();
    assert!(
        english[0].contains("Commitment 1") && english[0].contains("200"),
        "{english:?}"
    );
    assert!(english[3].starts_with("Commitment 2"), "{english:?}");
    assert!(problems
        .iter()
        .all(|p| p.message(Lang::Es) != p.message(Lang::En)));
    // A value given twice, or cut inside an escape, is refused with the place named.
    assert_eq!(
        read_plan("c2l=values&c2l=culture"),
        Err(PlanError::Repeated(Place::Commitment(1, Part::Lever)))
    );
    assert!(read_plan("c3w=%E2%80").is_ok_and(|p| !p.problems(&DEFAULT).is_empty()));
    assert_eq!(
        read_plan("c3w=abc%E"),
        Err(PlanError::Damaged(Place::Commitment(2, Part::What)))
    );
}

#[test]
fn editing_commitments_changes_the_link_and_not_the_figures() {
    let mut summary = summary_of(30, 1, |_| {});
    let (version, query, csv) = (
        summary.version(),
        summary.summary_query(),
        summary.csv(Lang::En),
    );
    three_commitments(&mut summary);
    assert_eq!(summary.version(), version, "no figure changed");
    assert!(summary.summary_query().starts_with(&query));
    assert_eq!(
        read_plan(&summary.summary_query()),
        Ok(summary.plan().clone())
    );
    // Each begun commitment answers the report shown.
    assert!(summary
        .plan()
        .commitments
        .iter()
        .all(|c| c.after == summary.shown_label()));
    assert!(
        summary.plan_problems().is_empty(),
        "{:?}",
        summary.plan_problems()
    );
    // The CSV: every earlier row unchanged, then the action section.
    let with_plan = summary.csv(Lang::En);
    let added = with_plan
        .strip_prefix(&csv)
        .expect("earlier rows unchanged");
    let rows: Vec<&str> = added.split("\r\n").filter(|r| !r.is_empty()).collect();
    assert_eq!(rows.len(), 3 * 5 + 1);
    assert!(rows.iter().all(|r| r.starts_with("action,")));
    assert_eq!(
        rows[0],
        "action,commitment-1,Hire two night-shift nurses for the ICU,,what,,,,,,"
    );
    assert_eq!(rows[2], "action,commitment-1,2027-03-31,,due,,,,,,");
    assert_eq!(
        rows[3],
        "action,commitment-1,Resources,resources,lever,,,,,,"
    );
    assert_eq!(rows[4], "action,commitment-1,Wave 1,,after,,,,,,");
    assert_eq!(rows[13], "action,commitment-3,,,lever,,,,,,");
    assert_eq!(rows[15], "action,next_survey,2027-09-01,,date,,,,,,");
    // An organizer's text that looks like a formula is defused, as every label is.
    set(
        &mut summary,
        Place::Commitment(0, Part::Who),
        "=HYPERLINK(\"x\")",
    );
    assert!(summary
        .csv(Lang::En)
        .contains("action,commitment-1,\"'=HYPERLINK(\"\"x\"\")\",,owner"));
}

#[test]
fn the_one_pager_says_only_what_the_rules_allow() {
    let mut summary = summary_of(60, 7, |_| {});
    three_commitments(&mut summary);
    let report = summary.report(Wave::FIRST);
    let figures = report.figures.as_ref().unwrap();
    let page = staff_page(&report);
    let shown = page.figures.as_ref().unwrap();
    // The three levers with the lowest mean among those whose mean is shown, ties in lever order.
    let mut by_mean: Vec<(f64, usize)> = figures
        .levers
        .iter()
        .filter_map(|d| Some((d.mean?.value, d.index)))
        .collect();
    by_mean.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let expected: Vec<usize> = by_mean.iter().take(3).map(|&(_, i)| i).collect();
    assert_eq!(
        shown.lowest.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
        expected
    );
    // The most chosen changes, as the report ranks them.
    assert_eq!(shown.asked, figures.priorities[..3].to_vec());
    for lang in Lang::ALL {
        let text = printed(&summary).staff_text(lang);
        let sheet = printed(&summary).staff_sheet(lang);
        for unit in UNITS {
            assert!(
                !text.contains(unit) && !sheet.contains(unit),
                "{unit} in {text}"
            );
        }
        let burnout = candor::format::percent(figures.burnout.share, lang);
        assert!(text.contains(&burnout), "{text}");
        for (index, share) in &shown.lowest {
            assert!(text.contains(DEFAULT.levers[*index].name.get(lang)));
            assert!(text.contains(&candor::format::percent(share.share, lang)));
        }
        let (options, _) = DEFAULT.priority_options();
        for asked in &shown.asked {
            assert!(text.contains(options[asked.index].get(lang)), "{text}");
        }
        for c in &summary.plan().commitments {
            assert!(text.contains(&c.what) && text.contains(&c.who), "{text}");
        }
        assert!(text.contains("60"));
    }
    let english = printed(&summary).staff_text(Lang::En);
    assert!(
        english.contains("March 31, 2027") && english.contains("Next survey: September 1, 2027")
    );
    assert!(printed(&summary)
        .staff_text(Lang::Es)
        .contains("31 de marzo de 2027"));
    assert!(!english.contains("estimate"));
}

#[test]
fn below_the_minimum_the_one_pager_has_no_figure() {
    let mut summary = summary_of(4, 3, |_| {});
    three_commitments(&mut summary);
    let page = staff_page(&summary.report(Wave::FIRST));
    assert_eq!((page.n, page.figures), (4, None));
    let text = printed(&summary).staff_text(Lang::En);
    assert!(
        text.contains("4 of you answered") && text.contains("at least 5"),
        "{text}"
    );
    assert!(!text.contains('%'), "{text}");
    // The commitments are the organization's, not anyone's answers: they stay.
    assert!(text.contains("Hire two night-shift nurses"));
}

#[test]
fn a_deniable_one_pager_says_its_figures_are_estimates() {
    let mut summary = Summary::new(settings(true)).unwrap();
    let mut people = People(5);
    let codes: Vec<String> = (0..200)
        .map(|_| {
            let truth = people.plausible(3, true);
            let reported = candor::randomized::randomize(
                &DEFAULT,
                &truth,
                candor::deniability::Deniability::Standard,
                || people.next() as f64 / (1u64 << 53) as f64,
            );
            let nonce = people.nonce();
            summary
                .codec()
                .encode(&reported, nonce)
                .unwrap()
                .to_string()
        })
        .collect();
    summary.apply(Action::Type(Wave::FIRST, codes.join("\n")));
    assert!(summary.report(Wave::FIRST).figures.is_some());
    assert!(printed(&summary)
        .staff_text(Lang::En)
        .contains("These figures are estimates"));
    assert!(printed(&summary)
        .staff_text(Lang::Es)
        .contains("Estas cifras son estimaciones"));
}

#[test]
fn the_organizers_text_cannot_become_markup() {
    let mut summary = summary_of(10, 2, |_| {});
    set(
        &mut summary,
        Place::Commitment(0, Part::What),
        "<img src=x onerror=alert(1)> & more",
    );
    set(
        &mut summary,
        Place::Commitment(0, Part::Who),
        "\"quoted\" <b>",
    );
    let sheet = printed(&summary).staff_sheet(Lang::En);
    assert!(!sheet.contains("<img") && !sheet.contains("<b>"));
    assert!(sheet.contains("&lt;img src=x onerror=alert(1)&gt; &amp; more"));
}

#[test]
fn did_it_help_puts_a_change_into_words_only_where_its_interval_allows() {
    let resources = lever("resources");
    let culture = lever("culture");
    // Resources rated poorly at first and well after; culture alike in both waves.
    let mut summary = summary_of(80, 11, |s| s.levers[resources] = Some(1));
    let mut people = People(12);
    let follow: Vec<String> = (0..80)
        .map(|_| {
            let mut scores = people.plausible(3, true);
            scores.levers[resources] = Some(5);
            let nonce = people.nonce();
            summary.codec().encode(&scores, nonce).unwrap().to_string()
        })
        .collect();
    assert_eq!(summary.did_it_help(Lang::En), "", "no commitment yet");
    // Typed after the first wave's report, the commitments answer it ("Wave 1").
    set(&mut summary, Place::Commitment(0, Part::What), "More staff");
    set(&mut summary, Place::Commitment(0, Part::Lever), "resources");
    set(
        &mut summary,
        Place::Commitment(1, Part::What),
        "Team huddles",
    );
    set(&mut summary, Place::Commitment(1, Part::Lever), "culture");
    set(
        &mut summary,
        Place::Commitment(2, Part::What),
        "Listen more",
    );
    assert!(summary.plan().used().all(|(_, c)| c.after == "Wave 1"));
    assert_eq!(summary.did_it_help(Lang::En), "", "no later wave yet");
    let later = summary.add_wave().unwrap();
    summary.apply(Action::Type(later, follow.join("\n")));
    let help = summary.did_it_help(Lang::En);
    assert!(help.contains("from Wave 1 to Wave 2"), "{help}");
    let items: Vec<&str> = help.split("<li").skip(1).collect();
    assert_eq!(items.len(), 3, "{help}");
    let series = summary.series();
    let comparison = series.from_previous(1).unwrap().clone();
    let figures = comparison.figures.unwrap();
    let change = figures.levers[resources].favourable;
    assert!(change.difference.interval.low > 0.0);
    assert!(items[0].contains("data-direction=\"up\"") && items[0].contains("A clear improvement"));
    assert!(items[0].contains(&candor::format::points(change.difference.interval.low)));
    let same = figures.levers[culture].favourable.difference;
    let expected = match candor::report::direction(&same) {
        Some(candor::report::Direction::Up) => "up",
        Some(candor::report::Direction::Down) => "down",
        None => "unclear",
    };
    assert!(
        items[1].contains(&format!("data-direction=\"{expected}\"")),
        "{}",
        items[1]
    );
    assert!(items[2].contains("No lever was chosen"));
    assert!(summary.did_it_help(Lang::Es).contains("¿Sirvió?"));
}

#[test]
fn editing_the_survey_carries_the_commitments_into_the_new_summary_link() {
    use candor::setup::{Links, Setup};
    let mut summary = summary_of(0, 1, |_| {});
    three_commitments(&mut summary);
    let setup = Setup::open(
        &format!("#/edit?{}", summary.summary_query()),
        "NEWSURVEY1".into(),
        "FRESHID001".into(),
    );
    assert_eq!(setup.plan(), summary.plan());
    let links = Links::new("https://example.org/", summary.settings()).with_plan(setup.plan());
    assert_eq!(
        links.summary,
        format!(
            "https://example.org/organizer/#/summary?{}",
            summary.summary_query()
        )
    );
    // The survey link staff open never carries them.
    assert!(!links.survey.contains("c1w") && !links.compact.contains("c1w"));
}
