//! The printable documents' own page. The commitments' form, the staff one-pager and the unit
//! reports are made on `organizer/print/`, a page of their own, so that the summary page does not
//! carry their code on every first visit. The summary page hands the latest wave's figures over
//! as a text ([`Summary::printout`]), which the new tab reads from the summary tab's memory
//! ([`Printout::read`]): the counters of the whole tally and of each unit's tally, with the
//! organizer's query. Aggregate counts only, the same the summary page already holds; never in an
//! address, a file or any storage. The commitments typed there go back into the summary tab's
//! address ([`Printout::summary_query`]), only while that tab shows the same survey
//! ([`Printout::same_survey`]).
//!
//! The text, a line each: [`FORMAT`]; the page's language tag; the label of the wave
//! (`Summary::shown_label`), which a new commitment answers; the summary query
//! (`Summary::summary_query`); the whole tally's counters, separated by commas; then, per cell
//! of the unit breakdown (0 not answered, k the k-th unit), its respondents from combined codes, a
//! colon, and its tally's counters. Read only by the same build that wrote it, which the first
//! line checks.

use super::Summary;
use crate::code::{Tally, UnitTallies};
use crate::instrument::{OwnStatement, DEFAULT};
use crate::lang::{Explain, Lang, Text};
use crate::link::{read_plan, SurveyLink};
use crate::report::action::{Plan, PlanEdit, PlanError};
use crate::report::markup::{self, UnitChoice};
use crate::report::{min_group, staff_page, summarize, unit_reports, Report, UnitReports};
use crate::route::split_fragment;

/// The first line of a printout, naming its format; another build's printout is not read.
pub const FORMAT: &str = "candor-printout 1";

/// Why the printable documents' page has nothing to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintoutError {
    /// The page was not opened from a summary page (or that tab was closed or reloaded).
    Missing,
    /// What the summary tab handed over could not be read: another version of Candor.
    Unreadable,
}

impl Explain for PrintoutError {
    fn text(&self) -> Text {
        match self {
            PrintoutError::Missing => Text {
                en: "This page prints what the summary page prepares, and it has nothing to print. Open it with the summary page's buttons, in the tab where you gave the codes.",
                es: "Esta página imprime lo que prepara la página de resumen, y no tiene nada que imprimir. Ábrala con los botones de la página de resumen, en la pestaña donde dio los códigos.",
            },
            PrintoutError::Unreadable => Text {
                en: "The summary page's figures could not be read here: it is another version of Candor. Reload the summary page, give the codes again, and open this page from it.",
                es: "Las cifras de la página de resumen no se pudieron leer aquí: es otra versión de Candor. Vuelva a cargar la página de resumen, dé los códigos otra vez y abra esta página desde ella.",
            },
        }
    }
}

impl Summary {
    /// The latest wave given codes, with the commitments and the survey's settings, as the text
    /// the printable documents' page reads (see the module's documentation); `lang` is the
    /// language that page opens in.
    pub fn printout(&self, lang: Lang) -> String {
        let collection = self.collection(self.latest());
        // A label is one line of text; a line break would end it early.
        let label = self.shown_label().replace(['\n', '\r'], " ");
        let mut out = format!(
            "{FORMAT}\n{}\n{label}\n{}\n",
            lang.tag(),
            self.summary_query()
        );
        push_counts(&mut out, &collection.tally);
        for (tally, combined) in collection.units.cells() {
            out.push_str(&combined.to_string());
            out.push(':');
            push_counts(&mut out, tally);
        }
        out
    }
}

/// `tally`'s counters, separated by commas, and a line break.
fn push_counts(out: &mut String, tally: &Tally) {
    let counts: Vec<String> = tally.counts.iter().map(u64::to_string).collect();
    out.push_str(&counts.join(","));
    out.push('\n');
}

/// Counters separated by commas, or `None`.
fn read_counts(line: &str) -> Option<Vec<u64>> {
    line.split(',').map(|count| count.parse().ok()).collect()
}

/// The figures the printable documents are made from: one wave's tallies and label, the survey's
/// settings and the organizer's commitments, which the page edits.
#[derive(Clone, Debug, PartialEq)]
pub struct Printout {
    settings: SurveyLink,
    plan: Plan,
    lang: Lang,
    label: String,
    tally: Tally,
    units: UnitTallies,
}

impl Printout {
    /// Reads a printout ([`Summary::printout`]). Every tally must be consistent, shaped as the
    /// settings say, with one tally per unit cell.
    pub fn read(text: &str) -> Result<Printout, PrintoutError> {
        let bad = PrintoutError::Unreadable;
        let mut lines = text.lines();
        if lines.next() != Some(FORMAT) {
            return Err(bad);
        }
        let lang = lines.next().and_then(Lang::from_tag).ok_or(bad)?;
        let label = lines.next().ok_or(bad)?.to_string();
        let query = lines.next().ok_or(bad)?;
        let settings = SurveyLink::parse(query).map_err(|_| bad)?;
        settings.validate().map_err(|_| bad)?;
        // The summary page wrote its own commitments; it keeps any it could not read out.
        let plan = read_plan(query).unwrap_or_default();
        let empty = Tally::new(&DEFAULT, &settings.shape());
        let counts = lines.next().and_then(read_counts).ok_or(bad)?;
        let tally = Tally::with_counts(&empty, counts).ok_or(bad)?;
        let cells: Option<Vec<(Vec<u64>, u64)>> = lines
            .map(|line| {
                let (combined, counts) = line.split_once(':')?;
                Some((read_counts(counts)?, combined.parse().ok()?))
            })
            .collect();
        let units = cells
            .and_then(|cells| UnitTallies::with_cells(&tally, cells))
            .ok_or(bad)?;
        Ok(Printout {
            settings,
            plan,
            lang,
            label,
            tally,
            units,
        })
    }

    /// The language the summary page was in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The survey's settings.
    pub fn settings(&self) -> &SurveyLink {
        &self.settings
    }

    /// The organizer's commitments, as typed.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// What is wrong with the commitments, each with its place (`Plan::problems`).
    pub fn plan_problems(&self) -> Vec<PlanError> {
        self.plan.problems(&DEFAULT)
    }

    /// Changes the commitments; a commitment begun now answers this printout's wave.
    pub fn edit_plan(&mut self, edit: PlanEdit) {
        self.plan.apply(edit, &self.label);
    }

    /// The summary query with the commitments as they now are: what the summary link and the
    /// summary tab's address keep (as `Summary::summary_query` writes it).
    pub fn summary_query(&self) -> String {
        super::summary_query(&self.settings, &self.plan)
    }

    /// Whether the summary page at the URL fragment `fragment` (`#/summary?…`) is of this
    /// survey: its settings are these, whatever its commitments. Only then may the commitments
    /// typed here be written into that page's address.
    pub fn same_survey(&self, fragment: &str) -> bool {
        SurveyLink::parse(split_fragment(fragment).1)
            .is_ok_and(|link| link.to_summary_query() == self.settings.to_summary_query())
    }

    /// Takes the figures of `newer` (the summary tab's printout, read again) when it is of the
    /// same survey, keeping the commitments typed here; `false`, and nothing changed, otherwise.
    pub fn refresh(&mut self, newer: Printout) -> bool {
        if newer.settings != self.settings {
            return false;
        }
        self.label = newer.label;
        self.tally = newer.tally;
        self.units = newer.units;
        true
    }

    /// The wave's report: only the count below the minimum group size (as `Summary::report`).
    pub fn report(&self) -> Report {
        summarize(
            &DEFAULT,
            &self.tally,
            min_group(u64::from(self.settings.min_group)),
        )
    }

    /// The reports of the wave's units beside `whole`, the wave's report ([`Printout::report`]),
    /// or `None` when the survey asks no unit or the wave is below the minimum group size.
    pub fn unit_reports(&self, whole: &Report) -> Option<UnitReports> {
        unit_reports(&DEFAULT, whole, &self.units)
    }

    /// The unit reports' printable document (`markup::unit_reports_document`) of the units
    /// `choice` names.
    pub fn unit_document(
        &self,
        whole: &Report,
        reports: &UnitReports,
        choice: UnitChoice,
        lang: Lang,
    ) -> String {
        markup::unit_reports_document(
            &DEFAULT,
            whole,
            reports,
            (&self.settings.units, &self.settings.statements),
            &self.settings.title,
            choice,
            lang,
        )
    }

    /// The survey's name and the organization's own statements, as the documents name them.
    fn survey(&self) -> (&str, &[OwnStatement]) {
        (&self.settings.title, &self.settings.statements)
    }

    /// The staff one-pager as HTML, in `lang` (`markup::staff_sheet`).
    pub fn staff_sheet(&self, lang: Lang) -> String {
        let page = staff_page(&self.report());
        markup::staff_sheet(&DEFAULT, &page, &self.plan, self.survey(), lang)
    }

    /// The staff one-pager as plain text, in `lang` (`markup::staff_text`).
    pub fn staff_text(&self, lang: Lang) -> String {
        let page = staff_page(&self.report());
        markup::staff_text(&DEFAULT, &page, &self.plan, self.survey(), lang)
    }
}
