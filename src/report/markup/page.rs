//! The report the summary page shows: the count, the key findings, what estimates are (in a
//! deniable survey), every figure with its charts and tables, and the comparison of two waves.

use super::chart::{parts, Chart, Rows};
use super::findings::findings_paragraph;
use super::heatmap::heatmap_section;
use super::trends::trends;
use super::{escape, heading, lever_name, own_column, own_columns_key, segments, statement_markup};
use crate::deniability::Deniability;
use crate::format::{decimal, percent, percent_length, permille, points};
use crate::i18n::{t, Key};
use crate::instrument::{Instrument, OwnStatement, Reference};
use crate::lang::{fill, Lang};
use crate::report::estimate::responses_for;
use crate::report::{
    statement_label, Breakdown, Change, Comparison, Distribution, DriverComparison, Figures,
    HeatSort, Proportion, Rates, Report, Series, Subject, LOW_RATE_PERCENT,
};
use std::fmt::Write;

/// The fills of the stacked bars' parts that are told apart by more than colour: unfavourable is
/// hatched, neutral dotted (favourable solid, not answered pale). Inserted once in the page; the
/// stylesheet fills the parts with them, so they print in grayscale too.
const PATTERNS: &str = "<svg class=\"patterns\" aria-hidden=\"true\" focusable=\"false\" width=\"0\" height=\"0\"><defs><pattern id=\"p-unf\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect class=\"p-unf\" width=\"6\" height=\"6\"></rect><rect class=\"p-line\" width=\"2\" height=\"6\"></rect></pattern><pattern id=\"p-neu\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"><rect class=\"p-neu\" width=\"5\" height=\"5\"></rect><circle class=\"p-dot\" cx=\"2.5\" cy=\"2.5\" r=\"1.1\"></circle></pattern></defs></svg>";

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
fn distributions(rows: &[(&str, &Distribution)], lang: Lang) -> String {
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
    for &(name, d) in rows {
        let label: Vec<String> = segments(lang)
            .iter()
            .zip(parts(d))
            .map(|((_, segment), p)| format!("{} {segment}", percent(p.share, lang)))
            .collect();
        let row = escape(name);
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
    for &(name, d) in rows {
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", escape(name));
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

/// The header cells of a table of groups against burnout, the levers and the organization's own
/// statements (`statements` of them) — group, responses, burnout, each lever's and statement's
/// favourable share — and the start of its body.
pub(super) fn group_columns(
    out: &mut String,
    instrument: &Instrument,
    statements: usize,
    lang: Lang,
) {
    let _ = write!(
        out,
        "<th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
        t(lang, Key::ReportGroup),
        t(lang, Key::ReportPeople),
        t(lang, Key::ReportBurnoutCol)
    );
    let own: Vec<String> = (0..statements).map(|s| own_column(s, lang)).collect();
    let names = instrument
        .levers
        .iter()
        .map(|lever| lever.name.get(lang))
        .chain(own.iter().map(String::as_str));
    for name in names {
        let _ = write!(
            out,
            "<th scope=\"col\">{}</th>",
            fill(t(lang, Key::ReportFavourableShare), &[("lever", name)])
        );
    }
    out.push_str("</tr></thead><tbody>");
}

/// The weakest levers, each under a heading `tag` (`h3`, `h4`) with its mean, and the
/// organization's actions for it.
pub(super) fn weakest_list(
    out: &mut String,
    instrument: &Instrument,
    weakest: &[crate::report::Weakness],
    tag: &str,
    lang: Lang,
) {
    for weak in weakest {
        let _ = write!(
            out,
            "<{tag}>{} — {}</{tag}><ul>",
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
}

/// A breakdown (by unit or role) under heading `title` with id `id`: shown cells with their
/// figures, hidden cells marked as hidden, nothing more. Unit names and the organization's own
/// `statements` come from the survey link: escaped like every name.
fn breakdown(
    id: &str,
    title: &str,
    breakdown: &Breakdown,
    name: &dyn Fn(usize) -> String,
    (instrument, statements): (&Instrument, &[OwnStatement]),
    min_group: u64,
    lang: Lang,
) -> String {
    // Wide tables scroll sideways on a phone; the region takes focus so keys can scroll it.
    let mut out = format!(
        "<section aria-labelledby=\"{id}\"><h2 id=\"{id}\">{}</h2><div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"{id}\"><table class=\"breakdown\"><thead><tr>",
        escape(title),
    );
    group_columns(&mut out, instrument, statements.len(), lang);
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
                for lever in f.levers.iter().chain(&f.statements) {
                    let _ = write!(
                        out,
                        "<td>{}</td>",
                        lever
                            .as_ref()
                            .map_or_else(|_| hidden.to_string(), |p| percent(p.share, lang))
                    );
                }
            }
            None => {
                let _ = write!(
                    out,
                    "<td colspan=\"{}\" class=\"hidden-cell\">{hidden}</td>",
                    2 + instrument.levers.len() + statements.len()
                );
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
    own_columns_key(&mut out, statements, lang);
    let _ = write!(
        out,
        "<p class=\"note\">{}</p></section>",
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
    (before, after): (&str, &str),
    baseline_n: u64,
    follow_up_n: u64,
    lang: Lang,
) -> String {
    let mut out = format!(
        "<section aria-labelledby=\"r-waves\"><h2 id=\"r-waves\">{}</h2><div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"r-waves\"><table class=\"waves\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{} (n = {baseline_n})</th><th scope=\"col\">{} (n = {follow_up_n})</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        escape(title),
        t(lang, Key::ReportFigure),
        escape(before),
        escape(after),
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

/// The drivers' list items, in their rank: each lever or statement of the organization's own
/// (marked as such, its wording from the link) with its comparison, or why it has none.
pub(super) fn driver_items(
    out: &mut String,
    (instrument, statements): (&Instrument, &[OwnStatement]),
    drivers: &[crate::report::Driver],
    lang: Lang,
) {
    for driver in drivers {
        let line = match &driver.comparison {
            Some(c) => driver_line(c, lang),
            None => t(lang, Key::ReportDriverTooFew).to_string(),
        };
        let _ = match driver.subject {
            Subject::Lever(v) => write!(
                out,
                "<li data-lever=\"{}\"><strong>{}</strong>: {line}</li>",
                instrument.levers.get(v).map(|l| l.id).unwrap_or_default(),
                lever_name(instrument, v, lang)
            ),
            Subject::Statement(s) => write!(
                out,
                "<li data-statement=\"{}\"><strong>{}</strong> {}: {line}</li>",
                s + 1,
                statement_markup(statements, s, lang),
                t(lang, Key::ReportOwnMark)
            ),
        };
    }
}

pub(super) fn interval_text(p: &Proportion, lang: Lang) -> String {
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
pub(super) fn driver_line(c: &DriverComparison, lang: Lang) -> String {
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
/// the published figures, outcomes, levers, the organization's own statements, drivers,
/// priorities, the breakdowns, the weakest levers with what to do. `units` are the organizer's
/// unit names and `statements` the organization's own statements (both from the link: escaped).
fn figures(
    instrument: &Instrument,
    figures: &Figures,
    (units, statements): (&[String], &[OwnStatement]),
    sort: HeatSort,
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
    if !figures.burnout_levels.is_empty() {
        chart(
            &mut out,
            Chart::Levels,
            instrument,
            figures,
            "r-burnout",
            estimated,
            lang,
        );
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
    chart(
        &mut out,
        Chart::Outcomes,
        instrument,
        figures,
        "r-outcomes",
        estimated,
        lang,
    );
    out.push_str("</section>");
    section(&mut out, "r-levers", t(lang, Key::ReportLeversTitle));
    chart(
        &mut out,
        Chart::Levers,
        instrument,
        figures,
        "r-levers",
        estimated,
        lang,
    );
    out.push_str("</section>");
    if !figures.statements.is_empty() {
        section(&mut out, "r-own", t(lang, Key::OwnSectionTitle));
        own_statements(&mut out, figures, statements, min_group, lang);
        out.push_str("</section>");
    }
    section(&mut out, "r-drivers", t(lang, Key::ReportDriversTitle));
    let _ = write!(
        out,
        "<p>{}</p><ol class=\"drivers\">",
        t(lang, Key::ReportDriversIntro)
    );
    driver_items(&mut out, (instrument, statements), &figures.drivers, lang);
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
    chart(
        &mut out,
        Chart::Priorities,
        instrument,
        figures,
        "r-priorities",
        estimated,
        lang,
    );
    out.push_str("</section>");
    if let Some(cells) = &figures.units {
        out.push_str(&breakdown(
            "r-units",
            &heading(t(lang, Key::ReportUnitsTitle), estimated, lang),
            cells,
            &|i| units.get(i).cloned().unwrap_or_default(),
            (instrument, statements),
            min_group,
            lang,
        ));
    }
    if let Some(heatmap) = &figures.heatmap {
        out.push_str(&heatmap_section(
            (instrument, statements),
            heatmap,
            units,
            sort,
            min_group,
            estimated,
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
            (instrument, statements),
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
    weakest_list(&mut out, instrument, &figures.weakest, "h3", lang);
    out.push_str("</section>");
    out
}

/// The body of the organization's own statements' section: the note that their wording is the
/// organization's and that nothing published compares with them, the stacked bars of those
/// shown, and each statement's favourable share with its interval, or why it has none.
fn own_statements(
    out: &mut String,
    figures: &Figures,
    statements: &[OwnStatement],
    min_group: u64,
    lang: Lang,
) {
    let _ = write!(out, "<p class=\"note\">{}</p>", t(lang, Key::ReportOwnNote));
    let names: Vec<String> = (0..figures.statements.len())
        .map(|s| statement_label(statements, s, lang))
        .collect();
    let mut shown = Vec::new();
    let mut list = String::from("<ul class=\"own\">");
    for (s, (name, d)) in names.iter().zip(&figures.statements).enumerate() {
        let _ = write!(
            list,
            "<li data-statement=\"{}\"><strong>{}</strong>: ",
            s + 1,
            statement_markup(statements, s, lang)
        );
        match d {
            Some(d) => {
                shown.push((name.as_str(), d));
                let _ = write!(
                    list,
                    "{} {}. {}",
                    percent(d.favourable.share, lang),
                    t(lang, Key::ReportFavourable),
                    interval_text(&d.favourable, lang)
                );
            }
            None => list.push_str(&fill(
                t(lang, Key::ReportOwnTooFew),
                &[("m", &min_group.to_string())],
            )),
        }
        list.push_str("</li>");
    }
    if !shown.is_empty() {
        out.push_str(&distributions(&shown, lang));
    }
    out.push_str(&list);
    out.push_str("</ul>");
}

/// `chart` as the page draws it, from the same rows as its saved file: bars or stacked bars with
/// a table of the same figures, and the buttons that save it. `section` is the id of the heading
/// the buttons are described by.
fn chart(
    out: &mut String,
    chart: Chart,
    instrument: &Instrument,
    figures: &Figures,
    section: &str,
    estimated: bool,
    lang: Lang,
) {
    match chart.rows(instrument, figures, lang) {
        Rows::Shares(rows) => out.push_str(&share_bars(chart.title(lang), &rows, estimated, lang)),
        Rows::Stacks(rows) => out.push_str(&distributions(&rows, lang)),
    }
    export_buttons(out, chart, section, lang);
}

/// The "save as SVG / PNG" buttons under a chart; the page's one click handler reads `data-chart`
/// and `data-format`.
pub(super) fn export_buttons(out: &mut String, chart: Chart, described_by: &str, lang: Lang) {
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

/// A wave against the one before it (named `labels`): each share in both waves and its change
/// with a 95% interval.
fn waves_section(
    instrument: &Instrument,
    comparison: &Comparison,
    labels: (&str, &str),
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
    // The organization's own statements that both waves show, by their columns' names (the
    // trends section above says what each stands for).
    for (s, change) in figures.statements.iter().enumerate() {
        if let Some(change) = change {
            rows.push((
                fill(
                    t(lang, Key::ReportFavourableShare),
                    &[("lever", &own_column(s, lang))],
                ),
                *change,
            ));
        }
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
        labels,
        comparison.baseline_n,
        comparison.follow_up_n,
        lang,
    )
}

/// The response rates: the whole survey's in a sentence, each unit's in a table — hidden where the
/// unit's figures are, "not given" where its staff number is missing — and a caution naming the
/// units (or the survey) whose rate is low. Nothing when the organizer gave no staff number.
fn rates_section(rates: &Rates, units: &[String], min: u64, lang: Lang) -> String {
    if rates.total.is_none() && rates.units.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "<section aria-labelledby=\"r-rates\" data-section=\"rates\"><h2 id=\"r-rates\">{}</h2>",
        t(lang, Key::RatesTitle)
    );
    let mut low: Vec<String> = Vec::new();
    if let Some(total) = rates.total {
        let _ = write!(
            out,
            "<p data-figure=\"response-rate-total\">{}</p>",
            fill(
                t(lang, Key::RatesTotal),
                &[
                    ("n", &total.responses.to_string()),
                    ("invited", &total.headcount.to_string()),
                    ("rate", &percent(total.rate, lang)),
                ]
            )
        );
        if total.is_low() {
            low.push(t(lang, Key::RatesWholeSurvey).to_string());
        }
    }
    if !rates.units.is_empty() {
        let _ = write!(
            out,
            "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"r-rates\"><table class=\"breakdown\" data-table=\"rates\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
            t(lang, Key::RatesUnit),
            t(lang, Key::RatesResponses),
            t(lang, Key::RatesInvited),
            t(lang, Key::RatesRate)
        );
        for unit in &rates.units {
            let name = escape(units.get(unit.unit).map_or("", String::as_str));
            let invited = unit.invited.map_or_else(
                || t(lang, Key::RatesNotGiven).to_string(),
                |n| n.to_string(),
            );
            let (responses, rate) = match (unit.hidden, unit.rate) {
                (true, _) => (
                    t(lang, Key::RatesHidden).to_string(),
                    t(lang, Key::RatesHidden).to_string(),
                ),
                (false, Some(rate)) => {
                    let mut shown = percent(rate.rate, lang);
                    if rate.is_low() {
                        low.push(name.clone());
                        let _ = write!(shown, " ({})", t(lang, Key::RatesLow));
                    }
                    (rate.responses.to_string(), shown)
                }
                (false, None) => (
                    unit.responses.map(|n| n.to_string()).unwrap_or_default(),
                    String::new(),
                ),
            };
            let _ = write!(
                out,
                "<tr data-unit=\"{}\"><th scope=\"row\">{name}</th><td>{responses}</td><td>{invited}</td><td>{rate}</td></tr>",
                unit.unit + 1
            );
        }
        out.push_str("</tbody></table></div>");
        let _ = write!(
            out,
            "<p class=\"note\">{}</p>",
            fill(t(lang, Key::RatesHiddenNote), &[("m", &min.to_string())])
        );
    }
    if !low.is_empty() {
        let _ = write!(
            out,
            "<p class=\"panel notice\" data-caution=\"low-rate\">{}</p>",
            fill(
                t(lang, Key::RatesLowNote),
                &[
                    ("low", &percent(LOW_RATE_PERCENT as f64 / 100.0, lang)),
                    ("units", &low.join(", ")),
                ]
            )
        );
    }
    out.push_str("</section>");
    out
}

/// The waves a report is one of: the series, and each wave's label in the series' order.
#[derive(Clone, Copy, Debug)]
pub struct Trend<'a> {
    /// The waves something was given to.
    pub series: &'a Series,
    /// Their labels.
    pub labels: &'a [String],
}

/// The whole report, as the summary page shows it: the count, the key findings, what estimates
/// are (in a deniable survey), every figure of `report` (the latest wave's, the heatmap's rows in
/// the units' order), and, when `trend` has two waves or more, the trends across them and the
/// latest wave against the one before. `units` are the organizer's unit names and `statements`
/// the organization's own statements, both from the survey link.
pub fn report(
    instrument: &Instrument,
    report: &Report,
    trend: Option<Trend<'_>>,
    units: &[String],
    statements: &[OwnStatement],
    rates: &Rates,
    lang: Lang,
) -> String {
    report_sorted(
        instrument,
        report,
        trend,
        units,
        statements,
        rates,
        HeatSort::Units,
        lang,
    )
}

/// [`report`] with the heatmap's rows in the order `sort`.
#[allow(clippy::too_many_arguments)]
pub fn report_sorted(
    instrument: &Instrument,
    report: &Report,
    trend: Option<Trend<'_>>,
    units: &[String],
    statements: &[OwnStatement],
    rates: &Rates,
    sort: HeatSort,
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
    out.push_str(&rates_section(rates, units, report.min_group, lang));
    if let Some(f) = crate::report::findings(report, rates.total.map(|r| r.headcount)) {
        out.push_str(&findings_paragraph(instrument, &f, lang));
    }
    if let Some(level) = report.deniability {
        out.push_str(&estimates_notice(report, level, lang));
    }
    if let Some(figures) = &report.figures {
        out.push_str(&self::figures(
            instrument,
            figures,
            (units, statements),
            sort,
            report.min_group,
            estimated,
            lang,
        ));
    }
    if let Some(Trend { series, labels }) = trend {
        let last = series.reports.len().saturating_sub(1);
        if let Some(comparison) = series.from_previous(last) {
            out.push_str(&trends(
                instrument,
                series,
                labels,
                (units, statements),
                lang,
            ));
            let label = |k: usize| labels.get(k).map_or("", String::as_str);
            out.push_str(&waves_section(
                instrument,
                comparison,
                (label(last - 1), label(last)),
                estimated,
                lang,
            ));
        }
    }
    out
}
