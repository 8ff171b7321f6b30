//! The unit reports as one printable document: a first page naming the units with and without a
//! report (and why), then one page per unit — its figures beside the whole organization's — each
//! on a named page whose footer names the unit (`static/summary.css`, `unit-page-k`).

use super::page::{driver_items, interval_text, weakest_list};
use super::{escape, heading, lever_name, own_column, own_columns_key};
use crate::format::{decimal, percent};
use crate::i18n::{t, Key};
use crate::instrument::{Instrument, OwnStatement};
use crate::lang::{fill, Lang};
use crate::report::{Distribution, Figures, NoReport, Proportion, Report, UnitReport, UnitReports};
use std::fmt::Write;

/// Which unit reports the document holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum UnitChoice {
    /// Every unit with a report, after a first page listing those without one.
    #[default]
    All,
    /// The unit of this breakdown cell alone.
    One(usize),
}

/// A unit's name: the organizer's (escaped when written).
fn unit_name(units: &[String], unit: usize) -> &str {
    units.get(unit.wrapping_sub(1)).map_or("", String::as_str)
}

/// Why a unit has no report, in words.
pub fn no_report_reason(reason: NoReport, min: u64, lang: Lang) -> String {
    match reason {
        NoReport::Hidden(hidden) => hidden.reason(min, lang),
        NoReport::Combined => t(lang, Key::UnitReportCombined).to_string(),
    }
}

/// The document of `choice`: the unit reports of `reports` beside `whole`, the organization's
/// report they come from. `units` are the organizer's unit names and `statements` the
/// organization's own statements (both from the link), `survey` the survey's name.
pub fn unit_reports_document(
    instrument: &Instrument,
    whole: &Report,
    reports: &UnitReports,
    (units, statements): (&[String], &[OwnStatement]),
    survey: &str,
    choice: UnitChoice,
    lang: Lang,
) -> String {
    let mut out = String::from("<div class=\"unit-doc\">");
    let Some(organization) = &whole.figures else {
        out.push_str("</div>");
        return out;
    };
    if choice == UnitChoice::All {
        let _ = write!(
            out,
            "<section class=\"unit-cover\" aria-labelledby=\"u-title\"><h2 id=\"u-title\">{}</h2><p class=\"survey-name\">{}</p><p>{}</p>",
            t(lang, Key::UnitReportsTitle),
            escape(survey),
            t(lang, Key::UnitReportsIntro)
        );
        if reports.reports.is_empty() {
            let _ = write!(out, "<p>{}</p>", t(lang, Key::UnitReportsNone));
        } else {
            out.push_str("<ul>");
            for report in &reports.reports {
                let _ = write!(out, "<li>{}</li>", escape(unit_name(units, report.unit)));
            }
            out.push_str("</ul>");
        }
        if !reports.without.is_empty() {
            let _ = write!(
                out,
                "<p>{}</p><ul data-without=\"\">",
                t(lang, Key::UnitReportsWithout)
            );
            for (unit, reason) in &reports.without {
                let _ = write!(
                    out,
                    "<li data-unit=\"{unit}\">{}: {}</li>",
                    escape(unit_name(units, *unit)),
                    no_report_reason(*reason, whole.min_group, lang)
                );
            }
            out.push_str("</ul>");
        }
        out.push_str("</section>");
    }
    for report in &reports.reports {
        if choice == UnitChoice::All || choice == UnitChoice::One(report.unit) {
            unit_page(
                &mut out,
                instrument,
                whole,
                organization,
                report,
                (units, statements),
                lang,
            );
        }
    }
    out.push_str("</div>");
    out
}

/// A row of a two-column table: a figure's name, the unit's share and the organization's.
fn share_row(out: &mut String, name: &str, unit: &Proportion, org: &Proportion, lang: Lang) {
    let _ = write!(
        out,
        "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>",
        escape(name),
        percent(unit.share, lang),
        percent(org.share, lang)
    );
}

/// The opening of a section's table comparing the unit with the organization.
fn table_start(out: &mut String, id: &str, title: &str, estimated: bool, lang: Lang) {
    let _ = write!(
        out,
        "<h3 id=\"{id}\">{}</h3>",
        escape(&heading(title, estimated, lang))
    );
    table_head(out, id, lang);
}

/// A table comparing the unit with the organization, labelled by the heading `id`, up to the
/// start of its body.
fn table_head(out: &mut String, id: &str, lang: Lang) {
    let _ = write!(
        out,
        "<table class=\"unit-table\" aria-labelledby=\"{id}\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        t(lang, Key::UnitReportFigure),
        t(lang, Key::UnitReportThisUnit),
        t(lang, Key::HeatmapOrganization)
    );
}

/// The organization's distribution of the same outcome or lever.
fn same(list: &[Distribution], index: usize) -> Option<&Distribution> {
    list.iter().find(|d| d.index == index)
}

fn unit_page(
    out: &mut String,
    instrument: &Instrument,
    whole: &Report,
    org: &Figures,
    unit: &UnitReport,
    (units, statements): (&[String], &[OwnStatement]),
    lang: Lang,
) {
    let Some(figures) = &unit.report.figures else {
        return;
    };
    let estimated = whole.deniability.is_some();
    let k = unit.unit;
    let name = unit_name(units, k);
    let _ = write!(
        out,
        "<section class=\"unit-report unit-page-{k}\" data-unit=\"{k}\" aria-labelledby=\"u{k}\"><h2 id=\"u{k}\">{}</h2><p>{}</p>",
        escape(&fill(t(lang, Key::UnitReportHeading), &[("unit", name)])),
        fill(
            t(lang, Key::UnitReportCount),
            &[
                ("n", &unit.report.n.to_string()),
                ("total", &whole.n.to_string())
            ]
        )
    );
    // The sections, which paper sets in two columns so that a unit fits its page.
    out.push_str("<div class=\"unit-body\">");
    // Burnout, then the outcomes' favourable shares.
    table_start(
        out,
        &format!("u{k}-burnout"),
        t(lang, Key::ReportBurnoutTitle),
        estimated,
        lang,
    );
    share_row(
        out,
        t(lang, Key::ReportBurnoutCol),
        &figures.burnout,
        &org.burnout,
        lang,
    );
    out.push_str("</tbody></table>");
    let _ = write!(
        out,
        "<p class=\"note\">{}</p>",
        interval_text(&figures.burnout, lang)
    );
    table_start(
        out,
        &format!("u{k}-outcomes"),
        t(lang, Key::ReportOutcomesTitle),
        estimated,
        lang,
    );
    for d in &figures.outcomes {
        if let (Some(outcome), Some(o)) = (
            instrument.outcomes.get(d.index),
            same(&org.outcomes, d.index),
        ) {
            let label = fill(
                t(lang, Key::ReportFavourableShare),
                &[("lever", outcome.name.get(lang))],
            );
            share_row(out, &label, &d.favourable, &o.favourable, lang);
        }
    }
    out.push_str("</tbody></table>");
    // The levers shown for this unit: favourable share and mean, beside the organization's.
    table_start(
        out,
        &format!("u{k}-levers"),
        t(lang, Key::ReportLeversTitle),
        estimated,
        lang,
    );
    let mean = |d: &Distribution| {
        d.mean.map_or_else(String::new, |m| {
            fill(
                t(lang, Key::ReportMeanOf),
                &[
                    ("mean", &decimal(m.value, lang)),
                    ("max", &m.max.to_string()),
                ],
            )
        })
    };
    for d in &figures.levers {
        let Some(o) = same(&org.levers, d.index) else {
            continue;
        };
        let _ = write!(
            out,
            "<tr data-lever=\"{}\"><th scope=\"row\">{}</th><td>{} <span class=\"unit-mean\">{}</span></td><td>{} <span class=\"unit-mean\">{}</span></td></tr>",
            d.index,
            escape(&fill(
                t(lang, Key::ReportFavourableShare),
                &[("lever", lever_name(instrument, d.index, lang))]
            )),
            percent(d.favourable.share, lang),
            mean(d),
            percent(o.favourable.share, lang),
            mean(o)
        );
    }
    out.push_str("</tbody></table>");
    for (v, reason) in &unit.hidden_levers {
        let _ = write!(
            out,
            "<p class=\"note\" data-hidden-lever=\"{v}\">{}</p>",
            fill(
                t(lang, Key::UnitReportLeverHidden),
                &[
                    ("lever", lever_name(instrument, *v, lang)),
                    ("reason", &reason.reason(whole.min_group, lang))
                ]
            )
        );
    }
    own_statements(out, figures, org, unit, statements, whole.min_group, lang);
    // Where the system hurts most in this unit.
    let _ = write!(
        out,
        "<h3>{}</h3><ol class=\"drivers\">",
        escape(&heading(t(lang, Key::ReportDriversTitle), estimated, lang))
    );
    driver_items(out, (instrument, statements), &figures.drivers, lang);
    let _ = write!(
        out,
        "</ol><p class=\"note\">{}</p>",
        t(lang, Key::ReportAssociation)
    );
    // Priorities in the unit's order, with the organization's share of each.
    table_start(
        out,
        &format!("u{k}-priorities"),
        t(lang, Key::ReportPrioritiesTitle),
        estimated,
        lang,
    );
    let (options, _) = instrument.priority_options();
    for ranked in &figures.priorities {
        let org_share = org.priorities.iter().find(|r| r.index == ranked.index);
        if let (Some(option), Some(o)) = (options.get(ranked.index), org_share) {
            share_row(out, option.get(lang), &ranked.share, &o.share, lang);
        }
    }
    out.push_str("</tbody></table>");
    // The unit's weakest levers with what the organization can do.
    let _ = write!(out, "<h3>{}</h3>", t(lang, Key::ReportActionsTitle));
    weakest_list(out, instrument, &figures.weakest, "h4", lang);
    out.push_str("</div></section>");
}

/// The organization's own statements shown for the unit, each one's favourable share beside the
/// organization's, then those hidden for it and why, and what their columns' names stand for;
/// nothing in a survey without statements.
fn own_statements(
    out: &mut String,
    figures: &Figures,
    org: &Figures,
    unit: &UnitReport,
    statements: &[OwnStatement],
    min: u64,
    lang: Lang,
) {
    if figures.statements.is_empty() {
        return;
    }
    let k = unit.unit;
    let _ = write!(
        out,
        "<h3 id=\"u{k}-own\">{}</h3><p class=\"note\">{}</p>",
        t(lang, Key::OwnSectionTitle),
        t(lang, Key::ReportOwnNote)
    );
    let shown = figures
        .statements
        .iter()
        .zip(&org.statements)
        .enumerate()
        .filter_map(|(s, pair)| match pair {
            (Some(d), Some(o)) => Some((s, d, o)),
            _ => None,
        });
    let mut rows = String::new();
    for (s, d, o) in shown {
        share_row(
            &mut rows,
            &fill(
                t(lang, Key::ReportFavourableShare),
                &[("lever", &own_column(s, lang))],
            ),
            &d.favourable,
            &o.favourable,
            lang,
        );
    }
    if !rows.is_empty() {
        table_head(out, &format!("u{k}-own"), lang);
        let _ = write!(out, "{rows}</tbody></table>");
    }
    for (s, reason) in &unit.hidden_statements {
        let _ = write!(
            out,
            "<p class=\"note\" data-hidden-statement=\"{}\">{}</p>",
            s + 1,
            fill(
                t(lang, Key::UnitReportLeverHidden),
                &[
                    ("lever", &own_column(*s, lang)),
                    ("reason", &reason.reason(min, lang))
                ]
            )
        );
    }
    own_columns_key(out, statements, lang);
}
