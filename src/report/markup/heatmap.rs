//! The heatmap of units against the levers as the page shows it: a table with a caption and row
//! and column headers, each cell's share and count printed in it on its step of the scale, each
//! hidden cell marked and its reason given in words; a legend; the order the organizer chose
//! (a `<select>` the page's view handles); the buttons that save it as a file.

use super::page::{export_buttons, group_columns};
use super::palette::{HEAT, HEAT_STEPS};
use super::{escape, heading, lever_name, own_column, own_columns_key};
use crate::format::percent;
use crate::i18n::{t, Key};
use crate::instrument::{Instrument, OwnStatement};
use crate::lang::{fill, Lang};
use crate::report::{heat_step, HeatCell, HeatRow, HeatSort, Heatmap, Hidden};
use std::fmt::Write;

use super::chart::Chart;

/// A row's name: the organization, "not answered", or the organizer's unit (escaped later).
pub(super) fn row_name(row: &HeatRow, units: &[String], lang: Lang) -> String {
    match row.cell {
        None => t(lang, Key::HeatmapOrganization).to_string(),
        Some(0) => t(lang, Key::ReportGroupNotAnswered).to_string(),
        Some(k) => units.get(k - 1).cloned().unwrap_or_default(),
    }
}

/// The name of an order, as the `<select>` offers it and the caption says it.
pub(super) fn sort_name(instrument: &Instrument, sort: HeatSort, lang: Lang) -> String {
    match sort {
        HeatSort::Units => t(lang, Key::HeatmapSortUnits).to_string(),
        HeatSort::Burnout => t(lang, Key::HeatmapSortBurnout).to_string(),
        HeatSort::Lever(v) => fill(
            t(lang, Key::HeatmapSortLever),
            &[("lever", lever_name(instrument, v, lang))],
        ),
        HeatSort::Statement(s) => fill(
            t(lang, Key::HeatmapSortLever),
            &[("lever", &own_column(s, lang))],
        ),
    }
}

/// The heatmap's section, its rows in the order `sort`, the organization's on top; a column per
/// lever and per statement of the organization's own (`statements`, from the link: escaped).
pub(super) fn heatmap_section(
    (instrument, statements): (&Instrument, &[OwnStatement]),
    heatmap: &Heatmap,
    units: &[String],
    sort: HeatSort,
    min: u64,
    estimated: bool,
    lang: Lang,
) -> String {
    let mut out = format!(
        "<section aria-labelledby=\"r-heatmap\" data-section=\"heatmap\"><h2 id=\"r-heatmap\">{}</h2><p>{}</p>",
        escape(&heading(t(lang, Key::HeatmapTitle), estimated, lang)),
        t(lang, Key::HeatmapIntro)
    );
    // The order: every choice, the current one selected. A change is handled by the view.
    let _ = write!(
        out,
        "<p class=\"heat-sort no-print\"><label for=\"heat-sort\">{}</label> <select id=\"heat-sort\" data-heatmap-sort=\"\">",
        t(lang, Key::HeatmapSortLabel)
    );
    let choices = [HeatSort::Units, HeatSort::Burnout]
        .into_iter()
        .chain((0..instrument.levers.len()).map(HeatSort::Lever))
        .chain((0..statements.len()).map(HeatSort::Statement));
    for choice in choices {
        let _ = write!(
            out,
            "<option value=\"{}\"{}>{}</option>",
            choice.id(),
            if choice == sort { " selected" } else { "" },
            escape(&sort_name(instrument, choice, lang))
        );
    }
    out.push_str("</select></p>");
    legend(&mut out, lang);
    let _ = write!(
        out,
        "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"r-heatmap\"><table class=\"heatmap\" data-sort=\"{}\"><caption>{}</caption><thead><tr>",
        sort.id(),
        escape(&fill(
            t(lang, Key::HeatmapCaption),
            &[("order", &sort_name(instrument, sort, lang))]
        )),
    );
    group_columns(&mut out, instrument, statements.len(), lang);
    let about = if estimated { "≈ " } else { "" };
    let rows = std::iter::once(&heatmap.organization).chain(heatmap.sorted(sort));
    for row in rows {
        let _ = write!(
            out,
            "<tr data-row=\"{}\"{}><th scope=\"row\">{}</th>",
            row.cell
                .map_or_else(|| "org".to_string(), |c| c.to_string()),
            if row.cell.is_none() {
                " class=\"heat-org\""
            } else {
                ""
            },
            escape(&row_name(row, units, lang))
        );
        match row.n {
            Ok(n) => {
                let _ = write!(out, "<td>{n}</td>");
                cell(&mut out, &row.burnout, true, about, min, lang);
                for lever in row.levers.iter().chain(&row.statements) {
                    cell(&mut out, lever, false, about, min, lang);
                }
            }
            // A hidden row is hidden whole, for one reason: said once, across the row.
            Err(hidden) => hidden_cell(
                &mut out,
                hidden,
                2 + row.levers.len() + row.statements.len(),
                min,
                lang,
            ),
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
    own_columns_key(&mut out, statements, lang);
    let _ = write!(
        out,
        "<p class=\"note\">{}</p>",
        fill(
            t(lang, Key::ReportSuppressionNote),
            &[("m", &min.to_string())]
        )
    );
    export_buttons(&mut out, Chart::Heatmap, "r-heatmap", lang);
    out.push_str("</section>");
    out
}

/// One cell: its share and count on its step's colour, or hidden with its reason.
fn cell(out: &mut String, cell: &HeatCell, burnout: bool, about: &str, min: u64, lang: Lang) {
    match cell {
        Ok(p) => {
            let _ = write!(
                out,
                "<td class=\"heat-{}\"><span class=\"heat-value\">{about}{}</span><span class=\"heat-count\">{}</span></td>",
                heat_step(burnout, p.share, HEAT_STEPS),
                percent(p.share, lang),
                fill(
                    t(lang, Key::HeatmapOf),
                    &[("count", &p.count.to_string()), ("base", &p.base.to_string())]
                )
            );
        }
        Err(hidden) => hidden_cell(out, *hidden, 1, min, lang),
    }
}

/// A hidden cell, or `columns` of them (a whole row) in one, with the mark and the reason.
fn hidden_cell(out: &mut String, hidden: Hidden, columns: usize, min: u64, lang: Lang) {
    let span = if columns > 1 {
        format!(" colspan=\"{columns}\"")
    } else {
        String::new()
    };
    let _ = write!(
        out,
        "<td class=\"heat-hidden\"{span} data-hidden=\"{}\"><span aria-hidden=\"true\">⊘ </span>{} {}</td>",
        hidden.id(),
        t(lang, Key::HeatmapHiddenMark),
        hidden.reason(min, lang)
    );
}

/// The scale's steps, each on its own colour with the shares it covers, and what a hidden cell
/// looks like.
fn legend(out: &mut String, lang: Lang) {
    let _ = write!(
        out,
        "<ul class=\"heat-legend\" aria-label=\"{}\">",
        t(lang, Key::HeatmapLegendTitle)
    );
    for (k, (burnout, favourable)) in legend_steps(lang).iter().enumerate() {
        let _ = write!(out, "<li class=\"heat-{k}\">{burnout}, {favourable}</li>");
    }
    let _ = write!(
        out,
        "<li class=\"heat-hidden\">⊘ {}</li></ul>",
        t(lang, Key::HeatmapLegendHidden)
    );
}

/// Each step's words: the burnout shares it covers, and the favourable shares.
pub(super) fn legend_steps(lang: Lang) -> Vec<(String, String)> {
    let width = 100 / HEAT.len();
    (0..HEAT.len())
        .map(|k| {
            let (low, high) = (k * width, (k + 1) * width);
            let words = |key: Key, low: usize, high: usize| {
                fill(
                    t(lang, key),
                    &[("low", &low.to_string()), ("high", &high.to_string())],
                )
            };
            (
                words(Key::HeatmapLegendBurnout, low, high),
                words(Key::HeatmapLegendFavourable, 100 - high, 100 - low),
            )
        })
        .collect()
}
