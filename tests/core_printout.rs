#![cfg(not(target_arch = "wasm32"))]
//! The hand-over to the printable documents' page (`summary::Printout`): what the summary page
//! writes, that page reads back to the very same report, unit reports, one-pager and commitments
//! — for any survey and any codes — and anything else it is given is refused with a reason, never
//! a panic.

use candor::instrument::DEFAULT;
use candor::lang::{Explain, Lang};
use candor::link::SurveyLink;
use candor::report::action::{Part, Place, PlanEdit};
use candor::report::markup::{self, UnitChoice};
use candor::report::{staff_page, unit_reports};
use candor::summary::{Action, Printout, PrintoutError, Summary, Wave, PRINTOUT_FORMAT};
use proptest::prelude::*;

#[allow(dead_code)]
#[path = "support/people.rs"]
mod people;
use people::People;

fn settings(units: u8, asks_role: bool, deniable: bool) -> SurveyLink {
    let mut link = SurveyLink::new("printout-tests".into());
    link.title = "Night shift <wellbeing> & more".into();
    link.units = (1..=units).map(|u| format!("Unit {u}")).collect();
    link.asks_role = asks_role;
    if deniable {
        link.deniability = Some(candor::deniability::Deniability::Standard);
    }
    link
}

/// A summary of `n` people (seeded by `seed`), some of them in one combined code when `combined`,
/// with a commitment, in two waves when `two_waves` (the printout is of the latest); deniable
/// when `deniable`.
fn summary_of(
    deniable: bool,
    units: u8,
    asks_role: bool,
    n: usize,
    combined: bool,
    two_waves: bool,
    seed: u64,
) -> Summary {
    let mut summary = Summary::new(settings(units, asks_role, deniable)).unwrap();
    let mut people = People(seed);
    let mut codes = |summary: &Summary, count: usize| -> Vec<String> {
        (0..count)
            .map(|_| {
                let mut scores = people.plausible(units, asks_role);
                if deniable {
                    scores = candor::randomized::randomize(
                        &DEFAULT,
                        &scores,
                        candor::deniability::Deniability::Standard,
                        || people.next() as f64 / (1u64 << 53) as f64,
                    );
                }
                let nonce = people.nonce();
                summary.codec().encode(&scores, nonce).unwrap().to_string()
            })
            .collect()
    };
    let mut wave = Wave::FIRST;
    if two_waves {
        let first = codes(&summary, n / 2 + 3);
        summary.apply(Action::Type(wave, first.join("\n")));
        wave = summary.add_wave().unwrap();
    }
    let mut text = codes(&summary, n).join("\n");
    if combined {
        // Six more people who reach the summary as one collector's combined code.
        let mut other = Summary::new(settings(units, asks_role, deniable)).unwrap();
        other.apply(Action::Type(Wave::FIRST, codes(&other, 6).join("\n")));
        let code = other.combined_code(Wave::FIRST, 99).unwrap();
        text.push('\n');
        text.push_str(code.as_str());
    }
    summary.apply(Action::Type(wave, text));
    summary.apply(Action::Plan(PlanEdit::Set(
        Place::Commitment(0, Part::What),
        "Protected breaks <b>".into(),
    )));
    summary.apply(Action::Plan(PlanEdit::Set(
        Place::Commitment(0, Part::Who),
        "Nurse managers".into(),
    )));
    summary
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// What the page reads is what the summary holds: the same report, the same unit reports and
    /// their document, the same one-pager in both languages, the same commitments.
    #[test]
    fn the_printout_reads_back_to_the_same_documents(
        deniable: bool,
        units in 0u8..6,
        asks_role: bool,
        n in 0usize..60,
        combined: bool,
        two_waves: bool,
        seed: u64,
    ) {
        let summary = summary_of(deniable, units, asks_role, n, combined && n >= 5, two_waves, seed);
        for lang in Lang::ALL {
            let printout = Printout::read(&summary.printout(lang)).unwrap();
            prop_assert_eq!(printout.lang(), lang);
            prop_assert_eq!(printout.settings(), summary.settings());
            let latest = summary.latest();
            let report = summary.report(latest);
            prop_assert_eq!(&printout.report(), &report);
            let expected = unit_reports(&DEFAULT, &report, &summary.collection(latest).units);
            let read = printout.unit_reports(&report);
            prop_assert_eq!(&read, &expected);
            if let Some(reports) = &read {
                let direct = markup::unit_reports_document(
                    &DEFAULT, &report, reports,
                    (&summary.settings().units, &summary.settings().statements),
                    &summary.settings().title, UnitChoice::All, lang,
                );
                prop_assert_eq!(printout.unit_document(&report, reports, UnitChoice::All, lang), direct);
            }
            let page = staff_page(&report);
            let title = &summary.settings().title;
            prop_assert_eq!(
                printout.staff_sheet(lang),
                markup::staff_sheet(&DEFAULT, &page, summary.plan(), (title, &summary.settings().statements), lang)
            );
            prop_assert_eq!(
                printout.staff_text(lang),
                markup::staff_text(&DEFAULT, &page, summary.plan(), (title, &summary.settings().statements), lang)
            );
        }
    }

    /// Any text at all is read or refused with a reason; it never panics.
    #[test]
    fn any_text_is_read_or_refused(text in ".{0,400}") {
        if let Err(problem) = Printout::read(&text) {
            prop_assert!(!problem.message(Lang::En).is_empty());
        }
    }

    /// Any line of a real printout cut short, dropped or doubled is refused, or still reads
    /// (a tally line cut at a comma may name another consistent tally only by chance, which the
    /// check of its shape then refuses): never a panic.
    #[test]
    fn a_damaged_printout_never_panics(seed: u64, line in 0usize..12, cut in 0usize..40) {
        let summary = summary_of(false, 3, true, 20, false, false, seed);
        let text = summary.printout(Lang::En);
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        let k = line % lines.len();
        let short: String = lines[k].chars().take(cut).collect();
        lines[k] = short;
        let _ = Printout::read(&lines.join("\n"));
        lines.remove(k);
        let _ = Printout::read(&lines.join("\n"));
    }
}

#[test]
fn another_builds_or_a_broken_printout_is_refused() {
    let summary = summary_of(false, 3, true, 30, false, false, 7);
    let text = summary.printout(Lang::Es);
    assert!(text.starts_with(PRINTOUT_FORMAT));
    assert!(Printout::read(&text).is_ok());
    let lines: Vec<&str> = text.lines().collect();
    // One line changed at a time; each must be refused.
    let broken = |k: usize, to: &str| {
        let mut changed = lines.clone();
        changed[k] = to;
        changed.join("\n")
    };
    let whole = lines[4];
    // One more respondent in the burnout counters only: the counters no longer agree.
    let (first, rest) = whole.split_once(',').unwrap();
    let inflated = format!("{},{rest}", first.parse::<u64>().unwrap() + 1);
    let mut cases = vec![
        broken(0, "candor-printout 2"),
        broken(1, "fr"),
        broken(3, "v=1"),
        broken(4, &inflated),
        broken(4, &format!("{whole},0")),
        broken(5, "0:1,2,3"),
        broken(5, &format!("x:{}", &lines[5][2..])),
        String::new(),
        lines[..5].join("\n"),
    ];
    // A unit cell more than the survey has.
    cases.push(format!("{text}{}\n", lines[5]));
    for case in cases {
        assert_eq!(
            Printout::read(&case).unwrap_err(),
            PrintoutError::Unreadable,
            "{case}"
        );
    }
    for problem in [PrintoutError::Missing, PrintoutError::Unreadable] {
        for lang in Lang::ALL {
            assert!(problem.message(lang).len() > 40);
        }
    }
}

#[test]
fn a_printout_carries_counts_never_codes() {
    let summary = summary_of(false, 3, true, 30, false, false, 11);
    let text = summary.printout(Lang::En);
    // Only the format line, the language, the wave's label, the organizer's query and lines of
    // numbers.
    assert_eq!(text.lines().nth(2), Some("Wave 1"));
    for line in text.lines().skip(4) {
        assert!(
            line.chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == ':'),
            "{line}"
        );
    }
    assert!(text.lines().nth(3).unwrap().contains("c1w=Protected"));
}

#[test]
fn commitments_typed_on_the_page_go_back_as_the_summary_would_write_them() {
    let mut summary = summary_of(false, 3, true, 30, false, true, 5);
    let wave = summary.latest();
    summary.apply(Action::Label(wave, "2027 Q1".into()));
    let mut printout = Printout::read(&summary.printout(Lang::En)).unwrap();
    assert_eq!(printout.plan(), summary.plan());
    assert_eq!(printout.summary_query(), summary.summary_query());
    let edits = [
        (
            Place::Commitment(1, Part::What),
            "A quiet room on every ward",
        ),
        (Place::Commitment(1, Part::Who), "Facilities"),
        (Place::Commitment(1, Part::By), "2027-02-30"),
        (Place::Next, "2027-09-01"),
    ];
    for (place, text) in edits {
        printout.edit_plan(PlanEdit::Set(place, text.into()));
        summary.apply(Action::Plan(PlanEdit::Set(place, text.into())));
    }
    // A commitment begun here answers the printout's wave, as on the summary page.
    assert_eq!(printout.plan().commitments[1].after, "2027 Q1");
    assert_eq!(printout.plan(), summary.plan());
    assert_eq!(printout.summary_query(), summary.summary_query());
    // The impossible date is named, as the summary page names it.
    assert_eq!(printout.plan_problems(), summary.plan_problems());
    assert!(!printout.plan_problems().is_empty());
    // The summary page reads them back from the address the page writes.
    let back = candor::link::read_plan(&printout.summary_query()).unwrap();
    assert_eq!(&back, printout.plan());
}

#[test]
fn the_commitments_go_back_only_to_a_summary_of_the_same_survey() {
    let summary = summary_of(false, 3, true, 30, false, false, 3);
    let printout = Printout::read(&summary.printout(Lang::En)).unwrap();
    let own = format!("#/summary?{}", summary.settings().to_summary_query());
    assert!(printout.same_survey(&own));
    // Its commitments may differ: they are what is written.
    assert!(printout.same_survey(&format!("#/summary?{}", summary.summary_query())));
    assert!(printout.same_survey(&format!("{own}&c1w=Other+words")));
    let mut other = summary.settings().clone();
    other.title = "Another survey".into();
    for fragment in [
        format!("#/summary?{}", other.to_summary_query()),
        "#/summary".to_string(),
        "#/summary?v=1".to_string(),
        String::new(),
    ] {
        assert!(!printout.same_survey(&fragment), "{fragment}");
    }
}

#[test]
fn reading_the_summary_again_takes_its_figures_and_keeps_the_commitments_typed_here() {
    let mut summary = summary_of(false, 3, true, 20, false, false, 9);
    let mut printout = Printout::read(&summary.printout(Lang::En)).unwrap();
    printout.edit_plan(PlanEdit::Set(Place::Next, "2027-10-01".into()));
    // More codes reach the summary after the tab was opened.
    let more = summary_of(false, 3, true, 12, false, false, 10);
    let wave = summary.latest();
    let codes = summary.typed(wave).to_string() + "\n" + more.typed(more.latest());
    summary.apply(Action::Type(wave, codes));
    let newer = Printout::read(&summary.printout(Lang::En)).unwrap();
    assert!(printout.refresh(newer));
    assert_eq!(printout.report(), summary.report(wave));
    assert_eq!(printout.plan().next, "2027-10-01");
    // Another survey's figures are never taken.
    let stranger = Summary::new(settings(2, false, false)).unwrap();
    let before = printout.clone();
    assert!(!printout.refresh(Printout::read(&stranger.printout(Lang::En)).unwrap()));
    assert_eq!(printout, before);
}
