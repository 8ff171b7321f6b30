//! The heatmap as a standalone SVG file, for slides: the same rows, order, shares, counts and
//! hidden reasons as the page's table, with the scale's colours fixed in the file and the legend
//! written on it.

use super::heatmap::{legend_steps, row_name, sort_name};
use super::palette::{Palette, HEAT, HEAT_STEPS};
use super::{escape, heading, lever_name, own_column};
use crate::format::percent;
use crate::i18n::{t, Key};
use crate::instrument::{Instrument, OwnStatement};
use crate::lang::{fill, Lang};
use crate::report::{heat_step, statement_label, HeatCell, HeatSort, Heatmap, Hidden};
use std::fmt::Write;

const NAME_WIDTH: u32 = 210;
const N_WIDTH: u32 = 80;
const COLUMN: u32 = 104;
const ROW: u32 = 44;

/// `heatmap` as an SVG file (its width and height in pixels), rows in the order `sort` with the
/// organization's on top, `units` the organizer's names, `survey` and `n` written under the title;
/// a column per lever and per statement of the organization's own (`statements`), whose wording
/// is written under the grid.
#[allow(clippy::too_many_arguments)]
pub fn heatmap_file(
    (instrument, statements): (&Instrument, &[OwnStatement]),
    heatmap: &Heatmap,
    units: &[String],
    sort: HeatSort,
    survey: &str,
    n: u64,
    min: u64,
    estimated: bool,
    lang: Lang,
) -> (String, u32, u32) {
    let p = &Palette::FILE;
    let columns = (1 + instrument.levers.len() + statements.len()) as u32;
    let width = (16 + NAME_WIDTH + N_WIDTH + COLUMN * columns + 16).max(640);
    let rows: Vec<_> = std::iter::once(&heatmap.organization)
        .chain(heatmap.sorted(sort))
        .collect();
    // The reasons met, each once under the grid, numbered as the cells refer to them: one per
    // reason the page gives (`Hidden::id`), not per cause behind it.
    let mut met: Vec<Hidden> = Vec::new();
    for row in &rows {
        for cell in std::iter::once(&row.burnout)
            .chain(&row.levers)
            .chain(&row.statements)
        {
            if let Err(hidden) = cell {
                if met.iter().all(|m| m.id() != hidden.id()) {
                    met.push(*hidden);
                }
            }
        }
    }
    let top = 160;
    let grid_end = top + ROW * rows.len() as u32;
    let height = grid_end + 24 + 20 * (met.len() + statements.len()) as u32;
    let subtitle = fill(
        t(lang, Key::ChartSubtitle),
        &[("survey", survey), ("n", &n.to_string())],
    );
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\" font-size=\"13\"><rect width=\"100%\" height=\"100%\" fill=\"{}\"/><text x=\"16\" y=\"32\" font-size=\"20\" font-weight=\"bold\">{}</text><text x=\"16\" y=\"56\" font-size=\"14\" fill=\"#333\">{}</text><text x=\"16\" y=\"78\" font-size=\"12\" fill=\"#333\">{}</text>",
        p.bg,
        escape(&heading(t(lang, Key::HeatmapTitle), estimated, lang)),
        escape(&subtitle),
        escape(&fill(
            t(lang, Key::HeatmapCaption),
            &[("order", &sort_name(instrument, sort, lang))]
        )),
    );
    // The legend: each step's colour with the shares it covers.
    let steps = legend_steps(lang);
    let step_width = (width - 32) / HEAT_STEPS as u32;
    for (k, ((fill_colour, ink), (burnout, favourable))) in HEAT.iter().zip(&steps).enumerate() {
        let x = 16 + step_width * k as u32;
        let _ = write!(
            out,
            "<rect x=\"{x}\" y=\"86\" width=\"{}\" height=\"36\" fill=\"{fill_colour}\" stroke=\"{}\"/><text x=\"{middle}\" y=\"100\" font-size=\"11\" fill=\"{ink}\" text-anchor=\"middle\">{}</text><text x=\"{middle}\" y=\"115\" font-size=\"11\" fill=\"{ink}\" text-anchor=\"middle\">{}</text>",
            step_width - 2,
            p.border,
            escape(burnout),
            escape(favourable),
            middle = x + step_width / 2,
        );
    }
    // Column headers.
    let header_y = top - 12;
    let _ = write!(
        out,
        "<text x=\"{}\" y=\"{header_y}\" font-weight=\"bold\" text-anchor=\"end\">{}</text>",
        16 + NAME_WIDTH + N_WIDTH - 8,
        t(lang, Key::ReportPeople)
    );
    let own: Vec<String> = (0..statements.len()).map(|s| own_column(s, lang)).collect();
    let names = std::iter::once(t(lang, Key::ReportBurnoutCol))
        .chain((0..instrument.levers.len()).map(|v| lever_name(instrument, v, lang)))
        .chain(own.iter().map(String::as_str));
    for (c, name) in names.enumerate() {
        let x = 16 + NAME_WIDTH + N_WIDTH + COLUMN * c as u32 + COLUMN / 2;
        let fit = if name.chars().count() > 14 {
            format!(
                " textLength=\"{}\" lengthAdjust=\"spacingAndGlyphs\"",
                COLUMN - 6
            )
        } else {
            String::new()
        };
        let _ = write!(
            out,
            "<text x=\"{x}\" y=\"{header_y}\" font-weight=\"bold\" text-anchor=\"middle\"{fit}>{}</text>",
            escape(name)
        );
    }
    let about = if estimated { "≈ " } else { "" };
    for (r, row) in rows.iter().enumerate() {
        let y = top + ROW * r as u32;
        let name = row_name(row, units, lang);
        let fit = if name.chars().count() > 28 {
            format!(
                " textLength=\"{}\" lengthAdjust=\"spacingAndGlyphs\"",
                NAME_WIDTH - 8
            )
        } else {
            String::new()
        };
        let _ = write!(
            out,
            "<text x=\"16\" y=\"{}\"{fit}{}>{}</text>",
            y + 26,
            if row.cell.is_none() {
                " font-weight=\"bold\""
            } else {
                ""
            },
            escape(&name)
        );
        let count = match row.n {
            Ok(n) => n.to_string(),
            Err(_) => "—".to_string(),
        };
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{count}</text>",
            16 + NAME_WIDTH + N_WIDTH - 8,
            y + 26
        );
        let cells = std::iter::once((&row.burnout, true))
            .chain(row.levers.iter().chain(&row.statements).map(|l| (l, false)));
        for (c, (cell, burnout)) in cells.enumerate() {
            let x = 16 + NAME_WIDTH + N_WIDTH + COLUMN * c as u32;
            draw_cell(&mut out, cell, burnout, x, y, about, &met, p, lang);
        }
    }
    for (i, hidden) in met.iter().enumerate() {
        let _ = write!(
            out,
            "<text x=\"16\" y=\"{}\" font-size=\"12\">⊘ ({}) {}</text>",
            grid_end + 24 + 20 * i as u32,
            i + 1,
            escape(&hidden.reason(min, lang))
        );
    }
    // Each own question's wording, squeezed to the file's width when it is longer.
    for (s, name) in own.iter().enumerate() {
        let line = format!("{name}: {}", statement_label(statements, s, lang));
        let fit = if line.chars().count() * 7 > (width - 32) as usize {
            format!(
                " textLength=\"{}\" lengthAdjust=\"spacingAndGlyphs\"",
                width - 32
            )
        } else {
            String::new()
        };
        let _ = write!(
            out,
            "<text x=\"16\" y=\"{}\" font-size=\"12\"{fit}>{}</text>",
            grid_end + 24 + 20 * (met.len() + s) as u32,
            escape(&line)
        );
    }
    out.push_str("</svg>");
    (out, width, height)
}

/// One cell at (`x`, `y`): its colour with its share and count, or hidden with the number of its
/// reason in `met` (written under the grid).
#[allow(clippy::too_many_arguments)]
fn draw_cell(
    out: &mut String,
    cell: &HeatCell,
    burnout: bool,
    x: u32,
    y: u32,
    about: &str,
    met: &[Hidden],
    p: &Palette,
    lang: Lang,
) {
    let middle = x + (COLUMN - 4) / 2;
    match cell {
        Ok(share) => {
            let (fill_colour, ink) = HEAT[heat_step(burnout, share.share, HEAT_STEPS)];
            let _ = write!(
                out,
                "<rect x=\"{x}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{fill_colour}\"/><text x=\"{middle}\" y=\"{}\" fill=\"{ink}\" font-weight=\"bold\" text-anchor=\"middle\">{about}{}</text><text x=\"{middle}\" y=\"{}\" fill=\"{ink}\" font-size=\"10\" text-anchor=\"middle\">{}</text>",
                y + 2,
                COLUMN - 4,
                ROW - 4,
                y + 20,
                percent(share.share, lang),
                y + 35,
                fill(
                    t(lang, Key::HeatmapOf),
                    &[("count", &share.count.to_string()), ("base", &share.base.to_string())]
                )
            );
        }
        Err(hidden) => {
            let _ = write!(
                out,
                "<rect x=\"{x}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" stroke=\"{}\" stroke-dasharray=\"4 3\"/><text x=\"{middle}\" y=\"{}\" font-size=\"10\" text-anchor=\"middle\">⊘ {}</text><text x=\"{middle}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\">({})</text>",
                y + 2,
                COLUMN - 4,
                ROW - 4,
                p.bg,
                p.border,
                y + 18,
                t(lang, Key::HeatmapHiddenMark),
                y + 33,
                met.iter()
                    .position(|m| m.id() == hidden.id())
                    .map_or(0, |i| i + 1)
            );
        }
    }
}
