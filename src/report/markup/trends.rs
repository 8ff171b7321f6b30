//! The trends across a series of waves: what changed in words (only where the interval says so),
//! a small chart a measure — burnout and each lever's share favourable, every point with its 95%
//! interval — with a table of the same figures, the latest wave's changes from the one before and
//! from the first, and each unit's burnout share in every wave under that wave's own suppression.

use super::{escape, heading, lever_name, own_column, own_columns_key};
use crate::format::{percent, points};
use crate::i18n::{t, Key};
use crate::instrument::{Instrument, OwnStatement};
use crate::lang::{fill, Lang};
use crate::report::{direction, Change, Direction, Figures, Proportion, Series, WaveFigures};
use std::fmt::Write;

/// A panel's width and its plot's height, in the SVG's units (about CSS pixels: panels sit two
/// or three abreast on a wide screen, one on a phone).
const WIDTH: u32 = 420;
const PLOT_HEIGHT: u32 = 100;
/// The plot's margins inside a panel: left (the axis labels), right, top.
const LEFT: u32 = 40;
const RIGHT: u32 = 34;
const TOP: u32 = 10;
/// Below the plot: room for the waves' labels, level or, beyond this many waves, slanted.
const LEVEL_LABELS: usize = 5;
/// The most characters of a label under a point; the table gives the whole label.
const SHORT_LABEL: usize = 12;

/// One measure followed across the waves: its name, and in each wave its share (of all that
/// wave's respondents) or nothing when the wave is below the minimum group size.
struct Line {
    id: String,
    name: String,
    points: Vec<Option<Proportion>>,
    /// The latest wave's change from the one before it and from the first.
    previous: Option<Change>,
    first: Option<Change>,
}

/// Burnout, then each lever in the instrument's order, then each of the organization's own
/// `statements` statements (a point only in a wave whose report shows it).
fn lines(instrument: &Instrument, statements: usize, series: &Series, lang: Lang) -> Vec<Line> {
    let last = series.reports.len().saturating_sub(1);
    let figures = |k: usize, by: fn(&Series, usize) -> Option<&crate::report::Comparison>| {
        by(series, k).and_then(|c| c.figures.as_ref())
    };
    let (previous, first) = (
        figures(last, Series::from_previous),
        figures(last, Series::from_first),
    );
    // One line: its share in each wave's report, and the latest wave's changes, by one reader
    // of a report's figures and one of a comparison's.
    let line = |id: String,
                name: String,
                point: &dyn Fn(&Figures) -> Option<Proportion>,
                change: &dyn Fn(&WaveFigures) -> Option<Change>| Line {
        id,
        name,
        points: series
            .reports
            .iter()
            .map(|r| r.figures.as_ref().and_then(point))
            .collect(),
        previous: previous.and_then(change),
        first: first.and_then(change),
    };
    let favourable = |name: &str| fill(t(lang, Key::ReportFavourableShare), &[("lever", name)]);
    let mut out = vec![line(
        "burnout".into(),
        t(lang, Key::ReportBurnoutRow).to_string(),
        &|f| Some(f.burnout),
        &|f| Some(f.burnout),
    )];
    for (v, lever) in instrument.levers.iter().enumerate() {
        out.push(line(
            lever.id.to_string(),
            favourable(lever_name(instrument, v, lang)),
            &|f| f.levers.get(v).map(|d| d.favourable),
            &|f| f.levers.get(v).map(|l| l.favourable),
        ));
    }
    for s in 0..statements {
        out.push(line(
            format!("statement-{}", s + 1),
            favourable(&own_column(s, lang)),
            &|f| f.statements.get(s)?.as_ref().map(|d| d.favourable),
            &|f| f.statements.get(s).copied().flatten(),
        ));
    }
    out
}

/// The trends section of a series of at least two waves, named by `labels` (in the series'
/// order); nothing for fewer. `units` names the organizer's units and `statements` are the
/// organization's own statements (both from the link).
pub fn trends(
    instrument: &Instrument,
    series: &Series,
    labels: &[String],
    (units, statements): (&[String], &[OwnStatement]),
    lang: Lang,
) -> String {
    let waves = series.reports.len();
    if waves < 2 {
        return String::new();
    }
    let label = |k: usize| labels.get(k).map_or("", String::as_str);
    let estimated = series.reports.iter().any(|r| r.deniability.is_some());
    let lines = lines(instrument, statements.len(), series, lang);
    let mut out = format!(
        "<section aria-labelledby=\"r-trends\" data-section=\"trends\"><h2 id=\"r-trends\">{}</h2><p>{}</p>",
        escape(&heading(t(lang, Key::TrendsTitle), estimated, lang)),
        fill(
            t(lang, Key::TrendsIntro),
            &[
                ("waves", &waves.to_string()),
                ("m", &series.min_group.to_string())
            ]
        )
    );
    let names = Names {
        latest: label(waves - 1),
        previous: label(waves - 2),
        first: label(0),
        waves,
    };
    said(&mut out, &lines, &names, lang);
    out.push_str("<div class=\"trend-grid\">");
    for line in &lines {
        panel(&mut out, line, labels, lang);
    }
    out.push_str("</div>");
    table(&mut out, &lines, labels, series, lang);
    own_columns_key(&mut out, statements, lang);
    changes(&mut out, &lines, &names, lang);
    unit_trends(&mut out, series, labels, units, lang);
    out.push_str("</section>");
    out
}

/// The waves the latest is compared with, by their labels, and how many waves there are.
#[derive(Clone, Copy)]
struct Names<'a> {
    latest: &'a str,
    previous: &'a str,
    first: &'a str,
    waves: usize,
}

/// What changed, in words, for the latest wave: since the one before it and since the first,
/// each measure whose change's interval lies clear of zero; the rest said to be no clear change.
fn said(out: &mut String, lines: &[Line], names: &Names, lang: Lang) {
    let Names {
        latest,
        previous,
        first,
        waves,
    } = *names;
    let mut since = vec![(
        previous,
        lines.iter().map(|l| l.previous).collect::<Vec<_>>(),
    )];
    if waves > 2 {
        since.push((first, lines.iter().map(|l| l.first).collect()));
    }
    out.push_str("<ul class=\"trend-said\" data-said=\"trends\">");
    for (from, changes) in since {
        let clear: Vec<String> = lines
            .iter()
            .zip(&changes)
            .filter_map(|(line, change)| {
                let d = change.as_ref()?.difference;
                let key = match direction(&d)? {
                    Direction::Up => Key::TrendsUp,
                    Direction::Down => Key::TrendsDown,
                };
                Some(fill(
                    t(lang, key),
                    &[
                        ("what", &line.name),
                        (
                            "points",
                            points(d.estimate).trim_start_matches(['+', '\u{2212}']),
                        ),
                        ("low", &points(d.interval.low)),
                        ("high", &points(d.interval.high)),
                    ],
                ))
            })
            .collect();
        let sentence = if changes.iter().all(Option::is_none) {
            t(lang, Key::TrendsWithheld).to_string()
        } else if clear.is_empty() {
            t(lang, Key::TrendsNoClearChange).to_string()
        } else {
            format!(
                "{}. {}",
                clear.join("; "),
                t(lang, Key::TrendsOthersUnclear)
            )
        };
        let _ = write!(
            out,
            "<li><strong>{}</strong> {}</li>",
            escape(&fill(
                t(lang, Key::TrendsSince),
                &[("latest", latest), ("from", from)]
            )),
            escape(&sentence)
        );
    }
    out.push_str("</ul>");
}

/// One measure's chart: each wave's share as a point with its interval as a line through it,
/// points of neighbouring shown waves joined, a wave below the minimum left out.
fn panel(out: &mut String, line: &Line, labels: &[String], lang: Lang) {
    let waves = line.points.len().max(1) as u32;
    let slanted = line.points.len() > LEVEL_LABELS;
    let bottom = if slanted { 64 } else { 26 };
    let height = TOP + PLOT_HEIGHT + bottom;
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = PLOT_HEIGHT;
    let x = |k: usize| LEFT + plot_w * (2 * k as u32 + 1) / (2 * waves);
    // Whole units: plenty for a chart, and integers keep float formatting out of the wasm.
    let y = |share: f64| {
        i64::from(TOP) + (f64::from(plot_h) * (1.0 - share.clamp(0.0, 1.0))).round() as i64
    };
    let id = format!("trend-{}", escape(&line.id));
    let _ = write!(
        out,
        "<figure class=\"trend\" data-trend=\"{}\"><figcaption id=\"{id}\">{}</figcaption><svg class=\"trend__chart\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-labelledby=\"{id}\" aria-describedby=\"{id}-d\">",
        escape(&line.id),
        escape(&line.name)
    );
    for grid in [0.0, 0.5, 1.0] {
        let _ = write!(
            out,
            "<line class=\"trend__grid\" x1=\"{LEFT}\" x2=\"{}\" y1=\"{}\" y2=\"{}\"></line><text class=\"trend__axis\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            WIDTH - RIGHT,
            y(grid),
            y(grid),
            LEFT - 6,
            y(grid) + 4,
            percent(grid, lang)
        );
    }
    let mut path = String::new();
    let mut joined = false;
    for (k, point) in line.points.iter().enumerate() {
        match point {
            Some(p) => {
                let _ = write!(
                    path,
                    "{}{} {}",
                    if joined { " L" } else { " M" },
                    x(k),
                    y(p.share)
                );
                joined = true;
            }
            None => joined = false,
        }
    }
    if !path.is_empty() {
        let _ = write!(
            out,
            "<path class=\"trend__line\" d=\"{}\"></path>",
            path.trim()
        );
    }
    let last = line.points.len().saturating_sub(1);
    for (k, point) in line.points.iter().enumerate() {
        if let Some(p) = point {
            let _ = write!(
                out,
                "<line class=\"trend__ci\" x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\"></line><circle class=\"trend__point\" cx=\"{0}\" cy=\"{3}\" r=\"4\"></circle>",
                x(k),
                y(p.interval.high),
                y(p.interval.low),
                y(p.share),
            );
            // Beyond a few waves the figures would overlap: the first and the last are written,
            // and the table under the charts has them all.
            if !slanted || k == 0 || k == last {
                let _ = write!(
                    out,
                    "<text class=\"trend__value\" x=\"{}\" y=\"{}\">{}</text>",
                    x(k) + 6,
                    y(p.share) - 4,
                    percent(p.share, lang)
                );
            }
        }
        let short: String = labels
            .get(k)
            .map(|l| l.chars().take(SHORT_LABEL).collect())
            .unwrap_or_default();
        let base = TOP + PLOT_HEIGHT + 16;
        if slanted {
            let _ = write!(
                out,
                "<text class=\"trend__axis\" x=\"{0}\" y=\"{base}\" text-anchor=\"end\" transform=\"rotate(-40 {0} {base})\">{1}</text>",
                x(k),
                escape(&short)
            );
        } else {
            let _ = write!(
                out,
                "<text class=\"trend__axis\" x=\"{}\" y=\"{base}\" text-anchor=\"middle\">{}</text>",
                x(k),
                escape(&short)
            );
        }
    }
    // In words for a screen reader: each wave's share and interval, in order.
    let words: Vec<String> = line
        .points
        .iter()
        .enumerate()
        .map(|(k, p)| {
            let wave = labels.get(k).map_or("", String::as_str);
            match p {
                Some(p) => format!("{wave}: {}", share_with_interval(p, lang)),
                None => format!("{wave}: {}", t(lang, Key::TrendsTooFewShort)),
            }
        })
        .collect();
    let _ = write!(
        out,
        "</svg><p class=\"visually-hidden\" id=\"{id}-d\">{}</p></figure>",
        escape(&words.join("; "))
    );
}

/// "34% (28–41%)".
fn share_with_interval(p: &Proportion, lang: Lang) -> String {
    format!(
        "{} ({}–{})",
        percent(p.share, lang),
        percent(p.interval.low, lang),
        percent(p.interval.high, lang)
    )
}

/// Every chart's figures as a table: a row a measure, a column a wave (with its respondents).
fn table(out: &mut String, lines: &[Line], labels: &[String], series: &Series, lang: Lang) {
    let _ = write!(
        out,
        "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"r-trends-table\"><table class=\"trends\" data-table=\"trends\"><caption id=\"r-trends-table\">{}</caption><thead><tr><th scope=\"col\">{}</th>",
        t(lang, Key::TrendsTableCaption),
        t(lang, Key::ReportFigure)
    );
    for (k, report) in series.reports.iter().enumerate() {
        let _ = write!(
            out,
            "<th scope=\"col\">{} (n = {})</th>",
            escape(labels.get(k).map_or("", String::as_str)),
            report.n
        );
    }
    out.push_str("</tr></thead><tbody>");
    for line in lines {
        let _ = write!(
            out,
            "<tr data-item=\"{}\"><th scope=\"row\">{}</th>",
            escape(&line.id),
            escape(&line.name)
        );
        for point in &line.points {
            let cell = match point {
                Some(p) => share_with_interval(p, lang),
                None => t(lang, Key::TrendsTooFewShort).to_string(),
            };
            let _ = write!(out, "<td>{cell}</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
}

/// The latest wave's change from the wave before it and from the first, each with its interval
/// and, where the interval lies clear of zero, which way it went.
fn changes(out: &mut String, lines: &[Line], names: &Names, lang: Lang) {
    let Names {
        latest,
        previous,
        first,
        waves,
    } = *names;
    let mut columns = vec![previous];
    if waves > 2 {
        columns.push(first);
    }
    let _ = write!(
        out,
        "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"r-trends-changes\"><table class=\"trends\" data-table=\"trend-changes\"><caption id=\"r-trends-changes\">{}</caption><thead><tr><th scope=\"col\">{}</th>",
        escape(&fill(t(lang, Key::TrendsChangesCaption), &[("latest", latest)])),
        t(lang, Key::ReportFigure)
    );
    for from in &columns {
        let _ = write!(
            out,
            "<th scope=\"col\">{}</th>",
            escape(&fill(t(lang, Key::TrendsSinceColumn), &[("from", from)]))
        );
    }
    out.push_str("</tr></thead><tbody>");
    for line in lines {
        let _ = write!(
            out,
            "<tr data-item=\"{}\"><th scope=\"row\">{}</th>",
            escape(&line.id),
            escape(&line.name)
        );
        for change in [line.previous, line.first].iter().take(columns.len()) {
            let cell = match change {
                Some(c) => {
                    let d = &c.difference;
                    let word = match direction(d) {
                        Some(Direction::Up) => t(lang, Key::TrendsWordUp),
                        Some(Direction::Down) => t(lang, Key::TrendsWordDown),
                        None => t(lang, Key::TrendsWordUnclear),
                    };
                    format!(
                        "{} ({} … {}) — {word}",
                        points(d.estimate),
                        points(d.interval.low),
                        points(d.interval.high)
                    )
                }
                None => t(lang, Key::TrendsWithheldShort).to_string(),
            };
            let _ = write!(out, "<td>{cell}</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
}

/// Each unit's burnout share in every wave, shown or hidden by that wave's own breakdown: no
/// figure pools two waves and no change between two waves is worked out for a unit, so a cell
/// hidden in one wave cannot be recovered from another. Nothing when the survey has no units.
fn unit_trends(out: &mut String, series: &Series, labels: &[String], units: &[String], lang: Lang) {
    let breakdowns: Vec<_> = series
        .reports
        .iter()
        .map(|r| r.figures.as_ref().and_then(|f| f.units.as_ref()))
        .collect();
    if units.is_empty() || breakdowns.iter().all(Option::is_none) {
        return;
    }
    let _ = write!(
        out,
        "<h3 id=\"r-trends-units\">{}</h3><p class=\"note\">{}</p><div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"r-trends-units\"><table class=\"trends\" data-table=\"unit-trends\"><thead><tr><th scope=\"col\">{}</th>",
        t(lang, Key::TrendsUnitsTitle),
        fill(
            t(lang, Key::TrendsUnitsNote),
            &[("m", &series.min_group.to_string())]
        ),
        t(lang, Key::RatesUnit)
    );
    for (k, _) in series.reports.iter().enumerate() {
        let _ = write!(
            out,
            "<th scope=\"col\">{}</th>",
            escape(labels.get(k).map_or("", String::as_str))
        );
    }
    out.push_str("</tr></thead><tbody>");
    for (u, name) in units.iter().enumerate() {
        let _ = write!(
            out,
            "<tr data-unit=\"{}\"><th scope=\"row\">{}</th>",
            u + 1,
            escape(name)
        );
        for breakdown in &breakdowns {
            let cell = breakdown
                .and_then(|b| b.cells.get(u + 1))
                .and_then(|c| c.shown.as_ref());
            match cell {
                Some(figures) => {
                    let _ = write!(
                        out,
                        "<td>{} <span class=\"note\">(n = {})</span></td>",
                        share_with_interval(&figures.burnout, lang),
                        figures.n
                    );
                }
                None => {
                    let _ = write!(
                        out,
                        "<td data-hidden=\"true\">{}</td>",
                        t(lang, Key::RatesHidden)
                    );
                }
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
}
