//! The report's charts with their tables, as HTML text: the summary page inserts it as it is. A
//! chart is pure output, and written as text it costs the organizer's page far less WebAssembly
//! than the same elements built one by one. Every text from outside the program is escaped.

use super::estimate::responses_for;
use super::{
    Breakdown, Change, Comparison, Distribution, DriverComparison, Figures, Findings, Position,
    Proportion, Report,
};
use crate::deniability::Deniability;
use crate::format::{decimal, percent, percent_length, permille, points};
use crate::i18n::{t, Key};
use crate::instrument::{Instrument, Reference};
use crate::lang::{fill, Lang};
use std::fmt::Write;

/// `text` safe inside an element or a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The fills of the stacked bars' parts that are told apart by more than colour: unfavourable is
/// hatched, neutral dotted (favourable solid, not answered pale). Inserted once in the page; the
/// stylesheet fills the parts with them, so they print in grayscale too.
const PATTERNS: &str = "<svg class=\"patterns\" aria-hidden=\"true\" focusable=\"false\" width=\"0\" height=\"0\"><defs><pattern id=\"p-unf\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect class=\"p-unf\" width=\"6\" height=\"6\"></rect><rect class=\"p-line\" width=\"2\" height=\"6\"></rect></pattern><pattern id=\"p-neu\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"><rect class=\"p-neu\" width=\"5\" height=\"5\"></rect><circle class=\"p-dot\" cx=\"2.5\" cy=\"2.5\" r=\"1.1\"></circle></pattern></defs></svg>";

/// The parts of a stacked bar, healthy first: the CSS class that colours it and its name.
fn segments(lang: Lang) -> [(&'static str, &'static str); 4] {
    [
        ("seg--fav", t(lang, Key::ReportFavourable)),
        ("seg--neu", t(lang, Key::ReportNeutral)),
        ("seg--unf", t(lang, Key::ReportUnfavourable)),
        ("seg--na", t(lang, Key::ReportNotAnswered)),
    ]
}

/// The opening of the table view every chart has, closed in its `<details>`.
fn table_start(out: &mut String, lang: Lang) {
    let _ = write!(
        out,
        "<details class=\"as-table\"><summary>{}</summary><table>",
        t(lang, Key::ReportShowTable)
    );
}

/// Horizontal bars, one per row, each labelled with its share; a table of the same figures.
/// In a deniable report (`estimated`) the table's counts are estimated numbers, marked "≈".
fn share_bars(caption: &str, rows: &[(String, Proportion)], estimated: bool, lang: Lang) -> String {
    let about = if estimated { "≈ " } else { "" };
    let mut out = String::from("<ul class=\"bars\">");
    for (name, p) in rows {
        let _ = write!(
            out,
            "<li><span class=\"bars__label\">{}</span><svg class=\"bars__bar\" viewBox=\"0 0 1000 6\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\"><rect class=\"seg seg--track\" x=\"0\" y=\"0\" width=\"1000\" height=\"6\"></rect><rect class=\"seg seg--value\" x=\"0\" y=\"0\" width=\"{}\" height=\"6\"></rect></svg><span class=\"bars__value\">{}</span></li>",
            escape(name),
            permille(p.share),
            percent(p.share, lang)
        );
    }
    out.push_str("</ul>");
    table_start(&mut out, lang);
    let _ = write!(
        out,
        "<caption>{}</caption><thead><tr><th scope=\"col\"></th><th scope=\"col\">{}</th><th scope=\"col\">n</th></tr></thead><tbody>",
        escape(caption),
        t(lang, Key::ReportShare)
    );
    for (name, p) in rows {
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{about}{} / {}</td></tr>",
            escape(name),
            percent(p.share, lang),
            p.count,
            p.base
        );
    }
    out.push_str("</tbody></table></details>");
    out
}

/// Stacked bars (favourable, neutral, unfavourable, not answered) with the mean; one SVG each,
/// described in words for screen readers; a table of the same figures.
fn distributions(
    rows: &[Distribution],
    name: &dyn Fn(usize) -> &'static str,
    lang: Lang,
) -> String {
    let parts = |d: &Distribution| [d.favourable, d.neutral, d.unfavourable, d.not_answered];
    let mean_text = |d: &Distribution| {
        d.mean
            .map(|m| {
                fill(
                    t(lang, Key::ReportMeanOf),
                    &[
                        ("mean", &decimal(m.value, lang)),
                        ("max", &m.max.to_string()),
                    ],
                )
            })
            .unwrap_or_default()
    };
    let mut out = String::from("<ul class=\"legend\" aria-hidden=\"true\">");
    for (class, label) in segments(lang) {
        let _ = write!(
            out,
            "<li><svg class=\"swatch\" aria-hidden=\"true\" focusable=\"false\"><rect class=\"seg {class}\" width=\"100%\" height=\"100%\"></rect></svg>{label}</li>"
        );
    }
    out.push_str("</ul><ul class=\"stacks\">");
    for d in rows {
        let label: Vec<String> = segments(lang)
            .iter()
            .zip(parts(d))
            .map(|((_, segment), p)| format!("{} {segment}", percent(p.share, lang)))
            .collect();
        let row = escape(name(d.index));
        let _ = write!(
            out,
            "<li><span class=\"stacks__label\">{row}<span class=\"stacks__mean\">{}</span></span><svg class=\"stacks__bar\" role=\"img\" aria-label=\"{row}: {}\">",
            mean_text(d),
            label.join(", ")
        );
        let mut x = 0.0;
        for ((class, _), p) in segments(lang).iter().zip(parts(d)) {
            let _ = write!(
                out,
                "<rect class=\"seg {class}\" x=\"{}\" y=\"0\" width=\"{}\" height=\"100%\"></rect>",
                percent_length(x),
                percent_length(p.share)
            );
            x += p.share;
        }
        out.push_str("</svg></li>");
    }
    out.push_str("</ul>");
    table_start(&mut out, lang);
    out.push_str("<thead><tr><th scope=\"col\"></th>");
    for (_, label) in segments(lang) {
        let _ = write!(out, "<th scope=\"col\">{label}</th>");
    }
    let _ = write!(
        out,
        "<th scope=\"col\">{}</th></tr></thead><tbody>",
        t(lang, Key::ReportMean)
    );
    for d in rows {
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", escape(name(d.index)));
        for p in parts(d) {
            let _ = write!(out, "<td>{}</td>", percent(p.share, lang));
        }
        let _ = write!(
            out,
            "<td>{}</td></tr>",
            d.mean.map(|m| decimal(m.value, lang)).unwrap_or_default()
        );
    }
    out.push_str("</tbody></table></details>");
    out
}

/// A breakdown (by unit or role) under heading `title` with id `id`: shown cells with their
/// figures, hidden cells marked as hidden, nothing more. Unit names come from the survey link:
/// escaped like every name.
fn breakdown(
    id: &str,
    title: &str,
    breakdown: &Breakdown,
    name: &dyn Fn(usize) -> String,
    instrument: &Instrument,
    min_group: u64,
    lang: Lang,
) -> String {
    // Wide tables scroll sideways on a phone; the region takes focus so keys can scroll it.
    let mut out = format!(
        "<section aria-labelledby=\"{id}\"><h2 id=\"{id}\">{}</h2><div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"{id}\"><table class=\"breakdown\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
        escape(title),
        t(lang, Key::ReportGroup),
        t(lang, Key::ReportPeople),
        t(lang, Key::ReportBurnoutCol)
    );
    for lever in instrument.levers {
        let _ = write!(
            out,
            "<th scope=\"col\">{}</th>",
            fill(
                t(lang, Key::ReportFavourableShare),
                &[("lever", lever.name.get(lang))]
            )
        );
    }
    out.push_str("</tr></thead><tbody>");
    let hidden = t(lang, Key::ReportHidden);
    for cell in &breakdown.cells {
        let group = if cell.index == 0 {
            t(lang, Key::ReportGroupNotAnswered).to_string()
        } else {
            name(cell.index - 1)
        };
        let _ = write!(
            out,
            "<tr data-cell=\"{}\"><th scope=\"row\">{}</th>",
            cell.index,
            escape(&group)
        );
        match &cell.shown {
            Some(f) => {
                let _ = write!(
                    out,
                    "<td>{}</td><td>{}</td>",
                    f.n,
                    percent(f.burnout.share, lang)
                );
                for lever in &f.levers {
                    let _ = write!(
                        out,
                        "<td>{}</td>",
                        lever.map_or_else(|| hidden.to_string(), |p| percent(p.share, lang))
                    );
                }
            }
            None => {
                let _ = write!(
                    out,
                    "<td colspan=\"{}\" class=\"hidden-cell\">{hidden}</td>",
                    2 + instrument.levers.len()
                );
            }
        }
        out.push_str("</tr>");
    }
    let _ = write!(
        out,
        "</tbody></table></div><p class=\"note\">{}</p></section>",
        fill(
            t(lang, Key::ReportSuppressionNote),
            &[("m", &min_group.to_string())]
        )
    );
    out
}

/// Baseline against follow-up: each share in both waves and its change with a 95% interval, in
/// a table under heading `title`.
fn waves(
    title: &str,
    rows: &[(String, Change)],
    baseline_n: u64,
    follow_up_n: u64,
    lang: Lang,
) -> String {
    let mut out = format!(
        "<section aria-labelledby=\"r-waves\"><h2 id=\"r-waves\">{}</h2><div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"r-waves\"><table class=\"waves\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{} (n = {baseline_n})</th><th scope=\"col\">{} (n = {follow_up_n})</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        escape(title),
        t(lang, Key::ReportFigure),
        t(lang, Key::ReportBaseline),
        t(lang, Key::ReportFollowUp),
        t(lang, Key::ReportChange)
    );
    for (name, change) in rows {
        let d = &change.difference;
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{} ({} … {})</td></tr>",
            escape(name),
            percent(change.baseline.share, lang),
            percent(change.follow_up.share, lang),
            points(d.estimate),
            points(d.interval.low),
            points(d.interval.high)
        );
    }
    out.push_str("</tbody></table></div></section>");
    out
}

/// A section's heading; in a deniable report it says that its figures are estimates.
fn heading(title: &str, estimated: bool, lang: Lang) -> String {
    if estimated {
        format!("{title} {}", t(lang, Key::ReportEstimates))
    } else {
        title.to_string()
    }
}

/// A lever's name in `lang`.
fn lever_name(instrument: &Instrument, index: usize, lang: Lang) -> &'static str {
    instrument
        .levers
        .get(index)
        .map(|lever| lever.name.get(lang))
        .unwrap_or_default()
}

fn interval_text(p: &Proportion, lang: Lang) -> String {
    fill(
        t(lang, Key::ReportInterval),
        &[
            ("low", &percent(p.interval.low, lang)),
            ("high", &percent(p.interval.high, lang)),
            ("n", &p.base.to_string()),
        ],
    )
}

/// One driver's comparison in words: both burnout shares and their difference with its interval.
fn driver_line(c: &DriverComparison, lang: Lang) -> String {
    let diff = points(c.difference.estimate);
    // "+1 point", but "+2 points" and "0 points".
    let unit = if diff.trim_start_matches(['+', '\u{2212}']) == "1" {
        Key::ReportPoint
    } else {
        Key::ReportPoints
    };
    fill(
        t(lang, Key::ReportDriverLine),
        &[
            ("unfav", &percent(c.unfavourable.share, lang)),
            ("fav", &percent(c.favourable.share, lang)),
            ("diff", &diff),
            ("points", t(lang, unit)),
            ("low", &points(c.difference.interval.low)),
            ("high", &points(c.difference.interval.high)),
        ],
    )
}

/// A list of published figures: "43% — source (year). Measure: …", a role's name first when the
/// figure is about one role.
fn references<'a>(
    out: &mut String,
    id: &str,
    list: impl Iterator<Item = &'a Reference>,
    instrument: &Instrument,
    lang: Lang,
) {
    let _ = write!(out, "<ul class=\"references\"{id}>");
    for r in list {
        out.push_str("<li><strong>");
        let share = percent(r.share, lang);
        match r
            .role
            .and_then(|role| instrument.role_options().get(usize::from(role)))
        {
            Some(role) => {
                let _ = write!(out, "{}</strong>: {share} — ", role.get(lang));
            }
            None => {
                let _ = write!(out, "{share}</strong> — ");
            }
        }
        let _ = write!(
            out,
            "{} ({}). {}: {}</li>",
            r.source.get(lang),
            r.year,
            t(lang, Key::ReportMeasure),
            r.measure.get(lang)
        );
    }
    out.push_str("</ul>");
}

/// Every figure of a report at or above the minimum group size, section by section: burnout with
/// the published figures, outcomes, levers, drivers, priorities, the breakdowns, the weakest
/// levers with what to do. `units` are the organizer's unit names (from the link: escaped).
fn figures(
    instrument: &Instrument,
    figures: &Figures,
    units: &[String],
    min_group: u64,
    estimated: bool,
    lang: Lang,
) -> String {
    let section = |out: &mut String, id: &str, title: &str| {
        let _ = write!(
            out,
            "<section aria-labelledby=\"{id}\"><h2 id=\"{id}\">{}</h2>",
            escape(&heading(title, estimated, lang))
        );
    };
    let burnout = &figures.burnout;
    let mut out = String::new();
    section(&mut out, "r-burnout", t(lang, Key::ReportBurnoutTitle));
    let _ = write!(
        out,
        "<p><span class=\"figure-big\" data-figure=\"burnout\">{}{}</span> {}</p><p class=\"note\" data-figure=\"burnout-interval\">{}</p>",
        if estimated { "≈ " } else { "" },
        percent(burnout.share, lang),
        t(lang, Key::ReportBurnoutShare),
        interval_text(burnout, lang)
    );
    let levels: Vec<(String, Proportion)> = figures
        .burnout_levels
        .iter()
        .enumerate()
        .map(|(i, p)| (format!("{} {}", t(lang, Key::ReportLevel), i + 1), *p))
        .collect();
    if !levels.is_empty() {
        out.push_str(&share_bars(
            t(lang, Key::ReportLevelsCaption),
            &levels,
            estimated,
            lang,
        ));
        export_buttons(&mut out, Chart::Levels, "r-burnout", lang);
    }
    let _ = write!(out, "<p>{}</p>", t(lang, Key::ReportReferencesIntro));
    references(
        &mut out,
        "",
        figures.references().filter(|r| r.role.is_none()),
        instrument,
        lang,
    );
    out.push_str("</section>");
    section(&mut out, "r-outcomes", t(lang, Key::ReportOutcomesTitle));
    out.push_str(&distributions(
        &figures.outcomes,
        &|i| {
            instrument
                .outcomes
                .get(i)
                .map(|o| o.name.get(lang))
                .unwrap_or_default()
        },
        lang,
    ));
    export_buttons(&mut out, Chart::Outcomes, "r-outcomes", lang);
    out.push_str("</section>");
    section(&mut out, "r-levers", t(lang, Key::ReportLeversTitle));
    out.push_str(&distributions(
        &figures.levers,
        &|i| lever_name(instrument, i, lang),
        lang,
    ));
    export_buttons(&mut out, Chart::Levers, "r-levers", lang);
    out.push_str("</section>");
    section(&mut out, "r-drivers", t(lang, Key::ReportDriversTitle));
    let _ = write!(
        out,
        "<p>{}</p><ol class=\"drivers\">",
        t(lang, Key::ReportDriversIntro)
    );
    for driver in &figures.drivers {
        let line = match &driver.comparison {
            Some(c) => driver_line(c, lang),
            None => t(lang, Key::ReportDriverTooFew).to_string(),
        };
        let _ = write!(
            out,
            "<li data-lever=\"{}\"><strong>{}</strong>: {line}</li>",
            instrument
                .levers
                .get(driver.lever)
                .map(|l| l.id)
                .unwrap_or_default(),
            lever_name(instrument, driver.lever, lang)
        );
    }
    let _ = write!(
        out,
        "</ol><p class=\"note\">{}</p></section>",
        t(lang, Key::ReportAssociation)
    );
    section(
        &mut out,
        "r-priorities",
        t(lang, Key::ReportPrioritiesTitle),
    );
    let (options, _) = instrument.priority_options();
    let chosen: Vec<(String, Proportion)> = figures
        .priorities
        .iter()
        .map(|r| {
            let name = options
                .get(r.index)
                .map(|o| o.get(lang))
                .unwrap_or_default();
            (name.to_string(), r.share)
        })
        .collect();
    out.push_str(&share_bars(
        t(lang, Key::ReportPrioritiesTitle),
        &chosen,
        estimated,
        lang,
    ));
    export_buttons(&mut out, Chart::Priorities, "r-priorities", lang);
    out.push_str("</section>");
    if let Some(cells) = &figures.units {
        out.push_str(&breakdown(
            "r-units",
            &heading(t(lang, Key::ReportUnitsTitle), estimated, lang),
            cells,
            &|i| units.get(i).cloned().unwrap_or_default(),
            instrument,
            min_group,
            lang,
        ));
    }
    if let Some(cells) = &figures.roles {
        out.push_str(&breakdown(
            "r-roles",
            &heading(t(lang, Key::ReportRolesTitle), estimated, lang),
            cells,
            &|i| {
                instrument
                    .role_options()
                    .get(i)
                    .map(|r| r.get(lang).to_string())
                    .unwrap_or_default()
            },
            instrument,
            min_group,
            lang,
        ));
        let _ = write!(out, "<p>{}</p>", t(lang, Key::ReportRoleReferencesIntro));
        references(
            &mut out,
            " id=\"role-references\"",
            figures.references().filter(|r| r.role.is_some()),
            instrument,
            lang,
        );
    }
    section(&mut out, "r-actions", t(lang, Key::ReportActionsTitle));
    let _ = write!(out, "<p>{}</p>", t(lang, Key::ReportActionsIntro));
    for weak in &figures.weakest {
        let _ = write!(
            out,
            "<h3>{} — {}</h3><ul>",
            lever_name(instrument, weak.lever, lang),
            fill(
                t(lang, Key::ReportMeanOf),
                &[
                    ("mean", &decimal(weak.mean.value, lang)),
                    ("max", &weak.mean.max.to_string())
                ]
            )
        );
        for action in weak.actions {
            let _ = write!(out, "<li>{}</li>", action.get(lang));
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>");
    out
}

/// A chart of the report that can be saved as an image file, for slides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chart {
    /// Burnout levels 1–5 (not in a deniable report, which has none).
    Levels,
    /// The outcomes' stacked bars.
    Outcomes,
    /// The levers' stacked bars.
    Levers,
    /// The priorities, most chosen first.
    Priorities,
}

impl Chart {
    /// Its name in file names and in the page's `data-chart`.
    pub fn id(self) -> &'static str {
        match self {
            Chart::Levels => "levels",
            Chart::Outcomes => "outcomes",
            Chart::Levers => "levers",
            Chart::Priorities => "priorities",
        }
    }

    /// The chart named `id`.
    pub fn from_id(id: &str) -> Option<Chart> {
        [
            Chart::Levels,
            Chart::Outcomes,
            Chart::Levers,
            Chart::Priorities,
        ]
        .into_iter()
        .find(|chart| chart.id() == id)
    }
}

/// The "save as SVG / PNG" buttons under a chart; the page's one click handler reads `data-chart`
/// and `data-format`.
fn export_buttons(out: &mut String, chart: Chart, described_by: &str, lang: Lang) {
    let _ = write!(out, "<p class=\"chart-export no-print\">");
    // Each key named where it is used: `t` with a key known only at run time would carry every
    // string of the table into the page.
    for (format, label) in [
        ("svg", t(lang, Key::ChartSvg)),
        ("png", t(lang, Key::ChartPng)),
    ] {
        let _ = write!(
            out,
            "<button type=\"button\" class=\"link-button\" data-chart=\"{}\" data-format=\"{format}\" aria-describedby=\"{described_by}\">{}</button> ",
            chart.id(),
            label
        );
    }
    out.push_str("</p>");
}

/// The width of a saved chart, in pixels; its height follows from its rows.
pub const CHART_WIDTH: u32 = 800;

/// `chart` of `figures` as a standalone SVG file: its title, the survey's name and the number of
/// responses written on the image, every part labelled (colours and patterns fixed in the file,
/// as on a printed page). `None` when the report has no such chart (levels in a deniable report).
pub fn chart_file(
    chart: Chart,
    instrument: &Instrument,
    figures: &Figures,
    survey: &str,
    n: u64,
    estimated: bool,
    lang: Lang,
) -> Option<(String, u32)> {
    // Each row: its name and its parts' shares (a plain bar has one part).
    let mut rows: Vec<(String, [f64; 4])> = Vec::new();
    let stacked = matches!(chart, Chart::Outcomes | Chart::Levers);
    let title = match chart {
        Chart::Levels => {
            for (i, p) in figures.burnout_levels.iter().enumerate() {
                rows.push((
                    format!("{} {}", t(lang, Key::ReportLevel), i + 1),
                    [p.share, 0.0, 0.0, 0.0],
                ));
            }
            t(lang, Key::ReportLevelsCaption)
        }
        Chart::Priorities => {
            let (options, _) = instrument.priority_options();
            for r in &figures.priorities {
                let name = options
                    .get(r.index)
                    .map(|o| o.get(lang))
                    .unwrap_or_default();
                rows.push((name.to_string(), [r.share.share, 0.0, 0.0, 0.0]));
            }
            t(lang, Key::ReportPrioritiesTitle)
        }
        Chart::Outcomes | Chart::Levers => {
            let outcomes = chart == Chart::Outcomes;
            for d in if outcomes {
                &figures.outcomes
            } else {
                &figures.levers
            } {
                let name = if outcomes {
                    instrument
                        .outcomes
                        .get(d.index)
                        .map(|o| o.name.get(lang))
                        .unwrap_or_default()
                } else {
                    lever_name(instrument, d.index, lang)
                };
                let parts = [d.favourable, d.neutral, d.unfavourable, d.not_answered];
                rows.push((name.to_string(), parts.map(|p| p.share)));
            }
            if outcomes {
                t(lang, Key::ReportOutcomesTitle)
            } else {
                t(lang, Key::ReportLeversTitle)
            }
        }
    };
    if rows.is_empty() {
        return None;
    }
    let top: u32 = if stacked { 112 } else { 84 };
    let height = top + 40 * rows.len() as u32 + 12;
    let subtitle = fill(
        t(lang, Key::ChartSubtitle),
        &[("survey", survey), ("n", &n.to_string())],
    );
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{CHART_WIDTH}\" height=\"{height}\" viewBox=\"0 0 {CHART_WIDTH} {height}\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\" font-size=\"13\"><defs><pattern id=\"u\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#e07b2e\"/><rect width=\"2\" height=\"6\" fill=\"#fff\" opacity=\"0.6\"/></pattern><pattern id=\"e\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"><rect width=\"5\" height=\"5\" fill=\"#c3cace\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.1\" fill=\"#5e686e\"/></pattern></defs><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><text x=\"16\" y=\"32\" font-size=\"20\" font-weight=\"bold\">{}</text><text x=\"16\" y=\"56\" font-size=\"14\" fill=\"#333\">{}</text>",
        escape(&heading(title, estimated, lang)),
        escape(&subtitle)
    );
    const FILLS: [&str; 4] = ["#174c80", "url(#e)", "url(#u)", "#edf0f1"];
    if stacked {
        for (i, (_, label)) in segments(lang).iter().enumerate() {
            let x = 16 + 190 * i;
            let _ = write!(
                out,
                "<rect x=\"{x}\" y=\"72\" width=\"14\" height=\"14\" fill=\"{}\" stroke=\"#9aa5ab\"/><text x=\"{}\" y=\"84\">{label}</text>",
                FILLS[i],
                x + 20
            );
        }
    }
    for (row, (label, shares)) in rows.iter().enumerate() {
        let y = top + 40 * row as u32;
        // A long name is fitted into the 320 pixels before the bars.
        let fit = if label.chars().count() > 48 {
            " textLength=\"320\" lengthAdjust=\"spacingAndGlyphs\""
        } else {
            ""
        };
        let _ = write!(
            out,
            "<text x=\"16\" y=\"{}\"{fit}>{}</text>",
            y + 24,
            escape(label)
        );
        // Bars from x = 350 to 740 (390 pixels); a plain bar's share at its end.
        if !stacked {
            let _ = write!(
                out,
                "<rect x=\"350\" y=\"{}\" width=\"390\" height=\"20\" fill=\"#e4e7e9\"/><text x=\"792\" y=\"{}\" text-anchor=\"end\">{}</text>",
                y + 10,
                y + 25,
                percent(shares[0], lang)
            );
        }
        let mut from = 350.0;
        for (i, share) in shares.iter().enumerate().take(if stacked { 4 } else { 1 }) {
            let width = 390.0 * share;
            let _ = write!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"20\" fill=\"{}\" stroke=\"#fff\"/>",
                from as u32,
                y + 10,
                width.round() as u32,
                FILLS[i]
            );
            // Each part wide enough carries its share, so no colour is needed to read it.
            if stacked && i < 3 && width >= 34.0 {
                let (ink, halo) = if i == 0 {
                    ("#fff", "#174c80")
                } else {
                    ("#000", "#fff")
                };
                let _ = write!(
                    out,
                    "<text x=\"{}\" y=\"{}\" font-size=\"12\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"{ink}\" stroke=\"{halo}\" stroke-width=\"3\" paint-order=\"stroke\">{}</text>",
                    (from + width / 2.0) as u32,
                    y + 25,
                    percent(*share, lang)
                );
            }
            from += width;
        }
    }
    out.push_str("</svg>");
    Some((out, height))
}

/// `a`, `a and b`, `a, b and c`, in `lang`.
fn listed(items: &[String], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [first @ .., last] => format!("{} {} {last}", first.join(", "), t(lang, Key::FindingAnd)),
    }
}

/// The key findings, one paragraph; the rules of `report::findings` decide what it says.
fn findings_paragraph(instrument: &Instrument, f: &Findings, lang: Lang) -> String {
    let burnout = &f.burnout;
    let first = if f.estimated {
        t(lang, Key::FindingBurnoutEstimated)
    } else {
        t(lang, Key::FindingBurnout)
    };
    let mut sentences = vec![fill(
        first,
        &[
            ("share", &percent(burnout.share, lang)),
            ("n", &burnout.base.to_string()),
            ("low", &percent(burnout.interval.low, lang)),
            ("high", &percent(burnout.interval.high, lang)),
        ],
    )];
    if let Some((references, position)) = &f.context {
        let sentence = match position {
            Position::Above => t(lang, Key::FindingAbove),
            Position::Below => t(lang, Key::FindingBelow),
            Position::Unclear => t(lang, Key::FindingUnclear),
        };
        let figures: Vec<String> = references
            .iter()
            .map(|r| format!("{} ({})", percent(r.share, lang), r.year))
            .collect();
        sentences.push(fill(sentence, &[("figures", &listed(&figures, lang))]));
    }
    let levers: Vec<String> = f
        .drivers
        .iter()
        .map(|&v| lever_name(instrument, v, lang).to_string())
        .collect();
    sentences.push(match levers.len() {
        0 => t(lang, Key::FindingNoDriver).to_string(),
        1 => fill(t(lang, Key::FindingDriver), &[("levers", &levers[0])]),
        _ => fill(
            t(lang, Key::FindingDrivers),
            &[("levers", &listed(&levers, lang))],
        ),
    });
    if !f.priorities.is_empty() {
        let (options, _) = instrument.priority_options();
        let chosen: Vec<String> = f
            .priorities
            .iter()
            .map(|p| {
                let name = options
                    .get(p.index)
                    .map(|o| o.get(lang))
                    .unwrap_or_default();
                format!("{name} ({})", percent(p.share.share, lang))
            })
            .collect();
        // Estimated shares are named as such: their order is an estimate too.
        let sentence = if f.estimated {
            t(lang, Key::FindingPrioritiesEstimated)
        } else {
            t(lang, Key::FindingPriorities)
        };
        sentences.push(fill(sentence, &[("list", &listed(&chosen, lang))]));
    }
    if let Some((n, invited)) = f.response {
        sentences.push(fill(
            t(lang, Key::FindingResponse),
            &[
                ("n", &n.to_string()),
                ("invited", &invited.to_string()),
                ("rate", &percent(n as f64 / invited as f64, lang)),
            ],
        ));
    }
    format!(
        "<section class=\"findings panel\" aria-labelledby=\"r-findings\"><h2 id=\"r-findings\">{}</h2><p data-figure=\"findings\">{}</p></section>",
        t(lang, Key::FindingsTitle),
        escape(&sentences.join(" "))
    )
}

/// What a deniable report's figures are, and advice when there are too few responses for a
/// useful estimate (the burnout share known less closely than ±10 points).
fn estimates_notice(report: &Report, level: Deniability, lang: Lang) -> String {
    let wide = report
        .figures
        .as_ref()
        .map(|f| (f.burnout.interval.high - f.burnout.interval.low) / 2.0);
    let (n10, n5) = (
        responses_for(0.10, Some(level)),
        responses_for(0.05, Some(level)),
    );
    let mut out = format!(
        "<section class=\"panel notice\" aria-labelledby=\"r-estimated\" data-estimated=\"true\"><h2 id=\"r-estimated\">{}</h2><p>{}</p>",
        t(lang, Key::ReportEstimatedTitle),
        fill(t(lang, Key::ReportEstimatedBody), &[("ratio", &level.ratio().to_string())])
    );
    if let (true, Some(wide)) = (report.n < n10, wide) {
        let half_width = points(wide);
        let _ = write!(
            out,
            "<p data-advice=\"too-few\"><strong>{}</strong></p>",
            fill(
                t(lang, Key::ReportEstimatedAdvice),
                &[
                    ("n", &report.n.to_string()),
                    ("points", half_width.trim_start_matches('+')),
                    ("n10", &n10.to_string()),
                    ("n5", &n5.to_string()),
                ],
            )
        );
    }
    out.push_str("</section>");
    out
}

/// Baseline against follow-up: each share in both waves and its change with a 95% interval.
fn waves_section(
    instrument: &Instrument,
    comparison: &Comparison,
    estimated: bool,
    lang: Lang,
) -> String {
    let title = heading(t(lang, Key::ReportWavesTitle), estimated, lang);
    let Some(figures) = &comparison.figures else {
        return format!(
            "<section aria-labelledby=\"r-waves\"><h2 id=\"r-waves\">{}</h2><p>{}</p></section>",
            escape(&title),
            fill(
                t(lang, Key::ReportWavesTooFew),
                &[("m", &comparison.min_group.to_string())]
            )
        );
    };
    let mut rows = vec![(t(lang, Key::ReportBurnoutRow).to_string(), figures.burnout)];
    for (outcome, change) in instrument.outcomes.iter().zip(&figures.outcomes) {
        rows.push((outcome.name.get(lang).to_string(), *change));
    }
    for (lever, change) in instrument.levers.iter().zip(&figures.levers) {
        rows.push((
            fill(
                t(lang, Key::ReportFavourableShare),
                &[("lever", lever.name.get(lang))],
            ),
            change.favourable,
        ));
    }
    let (options, _) = instrument.priority_options();
    for (option, change) in options.iter().zip(&figures.priorities) {
        rows.push((
            fill(
                t(lang, Key::ReportPriorityChosen),
                &[("option", option.get(lang))],
            ),
            *change,
        ));
    }
    waves(
        &title,
        &rows,
        comparison.baseline_n,
        comparison.follow_up_n,
        lang,
    )
}

/// The whole report, as the summary page shows it: the count, the key findings, what estimates
/// are (in a deniable survey), every figure, and the comparison with a follow-up wave.
pub fn report(
    instrument: &Instrument,
    report: &Report,
    comparison: Option<&Comparison>,
    units: &[String],
    invited: Option<u64>,
    lang: Lang,
) -> String {
    let estimated = report.deniability.is_some();
    let mut out = format!(
        "{PATTERNS}<section aria-labelledby=\"r-count\"><h2 id=\"r-count\">{}</h2><p class=\"figure-big\" data-figure=\"n\">{}</p>",
        t(lang, Key::ReportCountTitle),
        fill(t(lang, Key::ReportCount), &[("n", &report.n.to_string())])
    );
    if report.figures.is_none() {
        let _ = write!(
            out,
            "<p class=\"note\">{}</p>",
            fill(
                t(lang, Key::ReportTooFew),
                &[("m", &report.min_group.to_string())]
            )
        );
    }
    out.push_str("</section>");
    if let Some(f) = super::findings(report, invited) {
        out.push_str(&findings_paragraph(instrument, &f, lang));
    }
    if let Some(level) = report.deniability {
        out.push_str(&estimates_notice(report, level, lang));
    }
    if let Some(figures) = &report.figures {
        out.push_str(&self::figures(
            instrument,
            figures,
            units,
            report.min_group,
            estimated,
            lang,
        ));
    }
    if let Some(comparison) = comparison {
        out.push_str(&waves_section(instrument, comparison, estimated, lang));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A saved chart names itself, the survey (escaped: its title comes from the link) and the
    /// count; every row is there with its share; a report without levels has no levels chart.
    #[test]
    fn a_saved_chart_carries_its_title_the_survey_and_the_count() {
        use crate::instrument::{Shape, DEFAULT};
        use crate::scoring::{Bin, Scores};
        let codec = crate::code::Codec::new(&DEFAULT, &Shape::new("charts")).unwrap();
        let mut tally = codec.empty_tally();
        for i in 0..20u8 {
            assert!(tally.add(&Scores {
                burnout: 1 + i % 5,
                outcomes: vec![Some(Bin::Favourable), None, Some(Bin::Unfavourable), None],
                levers: vec![Some(1 + i % 5), None, Some(3), Some(5), Some(1)],
                priorities: 0b1,
                unit: None,
                role: None,
            }));
        }
        let report = super::super::summarize(&DEFAULT, &tally, 5);
        let figures = report.figures.as_ref().unwrap();
        let survey = "Ward <A> & \"B\"";
        for chart in [
            Chart::Levels,
            Chart::Outcomes,
            Chart::Levers,
            Chart::Priorities,
        ] {
            assert_eq!(Chart::from_id(chart.id()), Some(chart));
            let (svg, height) =
                chart_file(chart, &DEFAULT, figures, survey, 20, false, Lang::En).unwrap();
            assert!(
                svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                    && svg.ends_with("</svg>")
            );
            assert!(svg.contains(&format!("height=\"{height}\"")));
            assert!(
                svg.contains("Ward &lt;A&gt; &amp; &quot;B&quot; — 20 responses"),
                "{svg}"
            );
            assert!(!svg.contains("<A>"));
            assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
        }
        let (levels, _) = chart_file(
            Chart::Levels,
            &DEFAULT,
            figures,
            survey,
            20,
            false,
            Lang::En,
        )
        .unwrap();
        assert!(
            levels.contains("Responses at each burnout level") && levels.contains(">20%</text>")
        );
        let (levers, _) = chart_file(
            Chart::Levers,
            &DEFAULT,
            figures,
            survey,
            20,
            false,
            Lang::Es,
        )
        .unwrap();
        assert!(levers.contains("Las cinco palancas") && levers.contains("url(#u)"));
        let mut no_levels = figures.clone();
        no_levels.burnout_levels.clear();
        assert_eq!(
            chart_file(
                Chart::Levels,
                &DEFAULT,
                &no_levels,
                survey,
                20,
                true,
                Lang::En
            ),
            None
        );
    }

    #[test]
    fn text_from_outside_cannot_become_markup() {
        assert_eq!(
            escape("<img src=x onerror=\"a('b')\"> & co"),
            "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; co"
        );
    }
}
