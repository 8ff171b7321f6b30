//! The report on the work system, rendered from the core's `Report` and `Comparison`. Every chart
//! is an SVG with a text alternative, and every figure is also available in a plain table.

use std::rc::Rc;

use yew::prelude::*;

use crate::format::{decimal, percent, points};
use crate::i18n::Key;
use crate::instrument::Instrument;
use crate::lang::{fill, Lang};
use crate::randomized::{responses_for, Deniability};
use crate::report::{
    findings, markup, Comparison, DriverComparison, Figures, Findings, Position, Proportion, Report,
};
use crate::ui::use_locale;

/// Props of [`ReportView`].
#[derive(Properties)]
pub struct ReportViewProps {
    /// The questionnaire the codes were made with.
    pub instrument: &'static Instrument,
    /// The report of the (baseline) wave.
    pub report: Rc<Report>,
    /// The comparison with a follow-up wave, when one was pasted.
    #[prop_or_default]
    pub comparison: Option<Rc<Comparison>>,
    /// The organizer's unit names.
    pub units: Rc<Vec<String>>,
    /// Staff invited, when the organizer gave a headcount.
    #[prop_or_default]
    pub invited: Option<u64>,
}

/// A report is recomputed whenever the codes change, so comparing the `Rc`s is enough, and it
/// keeps a field-by-field comparison of every figure out of the wasm.
impl PartialEq for ReportViewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.report, &other.report)
            && match (&self.comparison, &other.comparison) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
            && self.units == other.units
            && self.invited == other.invited
            && self.instrument == other.instrument
    }
}

/// The whole report.
#[component]
pub fn ReportView(props: &ReportViewProps) -> Html {
    let locale = use_locale();
    let lang = locale.lang;
    let report = &props.report;
    let m = report.min_group.to_string();
    html! {
        <div class="report">
            { raw(markup::PATTERNS.to_string()) }
            <section aria-labelledby="r-count">
                <h2 id="r-count">{ locale.t(Key::ReportCountTitle) }</h2>
                <p class="figure-big" data-figure="n">{ fill(locale.t(Key::ReportCount), &[("n", &report.n.to_string())]) }</p>
                if report.figures.is_none() {
                    <p class="note">{ fill(locale.t(Key::ReportTooFew), &[("m", &m)]) }</p>
                }
            </section>
            if let Some(findings) = findings(report, props.invited) {
                { findings_view(props.instrument, &findings, lang) }
            }
            if let Some(level) = report.deniability {
                { estimates_notice(report, level, lang) }
            }
            if let Some(figures) = &report.figures {
                { figures_view(props.instrument, figures, &props.units, report.min_group, report.deniability.is_some(), lang) }
            }
            if let Some(comparison) = &props.comparison {
                { waves_view(props.instrument, comparison, report.deniability.is_some(), lang) }
            }
        </div>
    }
}

#[inline(always)]
fn t(lang: Lang, key: Key) -> &'static str {
    crate::i18n::t(lang, key)
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

/// `a`, `a and b`, `a, b and c`, in `lang`.
fn listed(items: &[String], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [first @ .., last] => format!("{} {} {last}", first.join(", "), t(lang, Key::FindingAnd)),
    }
}

/// The key findings, one paragraph in the page's language; the core's rules decide what it says.
fn findings_view(instrument: &Instrument, f: &Findings, lang: Lang) -> Html {
    let burnout = &f.burnout;
    let mut sentences = vec![fill(
        t(
            lang,
            if f.estimated {
                Key::FindingBurnoutEstimated
            } else {
                Key::FindingBurnout
            },
        ),
        &[
            ("share", &percent(burnout.share, lang)),
            ("n", &burnout.base.to_string()),
            ("low", &percent(burnout.interval.low, lang)),
            ("high", &percent(burnout.interval.high, lang)),
        ],
    )];
    if let Some((references, position)) = &f.context {
        let key = match position {
            Position::Above => Key::FindingAbove,
            Position::Below => Key::FindingBelow,
            Position::Unclear => Key::FindingUnclear,
        };
        let figures: Vec<String> = references
            .iter()
            .map(|r| format!("{} ({})", percent(r.share, lang), r.year))
            .collect();
        sentences.push(fill(t(lang, key), &[("figures", &listed(&figures, lang))]));
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
        sentences.push(fill(
            t(lang, Key::FindingPriorities),
            &[("list", &listed(&chosen, lang))],
        ));
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
    html! {
        <section class="findings panel" aria-labelledby="r-findings">
            <h2 id="r-findings">{ t(lang, Key::FindingsTitle) }</h2>
            <p data-figure="findings">{ sentences.join(" ") }</p>
        </section>
    }
}

/// A section's heading; in a deniable report it says that its figures are estimates.
fn heading(title: &str, estimated: bool, lang: Lang) -> String {
    if estimated {
        format!("{title} {}", t(lang, Key::ReportEstimates))
    } else {
        title.to_string()
    }
}

/// What a deniable report's figures are, and advice when there are too few responses for a
/// useful estimate (the burnout share known less closely than ±10 points).
fn estimates_notice(report: &Report, level: Deniability, lang: Lang) -> Html {
    let ratio = level.ratio().to_string();
    let wide = report
        .figures
        .as_ref()
        .map(|f| (f.burnout.interval.high - f.burnout.interval.low) / 2.0);
    let (n10, n5) = (
        responses_for(0.10, Some(level)),
        responses_for(0.05, Some(level)),
    );
    let half_width = points(wide.unwrap_or(1.0));
    let advice = (report.n < n10 && wide.is_some()).then(|| {
        fill(
            t(lang, Key::ReportEstimatedAdvice),
            &[
                ("n", &report.n.to_string()),
                ("points", half_width.trim_start_matches('+')),
                ("n10", &n10.to_string()),
                ("n5", &n5.to_string()),
            ],
        )
    });
    html! {
        <section class="panel notice" aria-labelledby="r-estimated" data-estimated="true">
            <h2 id="r-estimated">{ t(lang, Key::ReportEstimatedTitle) }</h2>
            <p>{ fill(t(lang, Key::ReportEstimatedBody), &[("ratio", &ratio)]) }</p>
            if let Some(advice) = advice {
                <p data-advice="too-few"><strong>{ advice }</strong></p>
            }
        </section>
    }
}

fn figures_view(
    instrument: &'static Instrument,
    figures: &Figures,
    units: &[String],
    min_group: u64,
    estimated: bool,
    lang: Lang,
) -> Html {
    let heading = |key: &str| heading(key, estimated, lang);
    let burnout = &figures.burnout;
    let levels: Vec<(String, Proportion)> = figures
        .burnout_levels
        .iter()
        .enumerate()
        .map(|(i, p)| (format!("{} {}", t(lang, Key::ReportLevel), i + 1), *p))
        .collect();
    html! {
        <>
            <section aria-labelledby="r-burnout">
                <h2 id="r-burnout">{ heading(t(lang, Key::ReportBurnoutTitle)) }</h2>
                <p><span class="figure-big" data-figure="burnout">{ if estimated { "≈ " } else { "" } }{ percent(burnout.share, lang) }</span>{ " " }{ t(lang, Key::ReportBurnoutShare) }</p>
                <p class="note" data-figure="burnout-interval">{ interval_text(burnout, lang) }</p>
                if !levels.is_empty() {
                    { raw(markup::share_bars(t(lang, Key::ReportLevelsCaption), &levels, estimated, lang)) }
                }
                <p>{ t(lang, Key::ReportReferencesIntro) }</p>
                <ul class="references">
                    for reference in figures.references().filter(|r| r.role.is_none()) {
                        <li>
                            <strong>{ percent(reference.share, lang) }</strong>{ " — " }
                            { reference.source.get(lang) }{ format!(" ({}). ", reference.year) }
                            { t(lang, Key::ReportMeasure) }{ ": " }{ reference.measure.get(lang) }
                        </li>
                    }
                </ul>
            </section>
            <section aria-labelledby="r-outcomes">
                <h2 id="r-outcomes">{ heading(t(lang, Key::ReportOutcomesTitle)) }</h2>
                { raw(markup::distributions(&figures.outcomes, &|i| instrument.outcomes.get(i).map(|o| o.name.get(lang)).unwrap_or_default(), lang)) }
            </section>
            <section aria-labelledby="r-levers">
                <h2 id="r-levers">{ heading(t(lang, Key::ReportLeversTitle)) }</h2>
                { raw(markup::distributions(&figures.levers, &|i| lever_name(instrument, i, lang), lang)) }
            </section>
            <section aria-labelledby="r-drivers">
                <h2 id="r-drivers">{ heading(t(lang, Key::ReportDriversTitle)) }</h2>
                <p>{ t(lang, Key::ReportDriversIntro) }</p>
                <ol class="drivers">
                    for driver in &figures.drivers {
                        <li data-lever={instrument.levers.get(driver.lever).map(|l| l.id).unwrap_or_default()}>
                            <strong>{ lever_name(instrument, driver.lever, lang) }</strong>{ ": " }
                            { match &driver.comparison {
                                Some(c) => driver_line(c, lang),
                                None => t(lang, Key::ReportDriverTooFew).to_string(),
                            } }
                        </li>
                    }
                </ol>
                <p class="note">{ t(lang, Key::ReportAssociation) }</p>
            </section>
            <section aria-labelledby="r-priorities">
                <h2 id="r-priorities">{ heading(t(lang, Key::ReportPrioritiesTitle)) }</h2>
                { raw(markup::share_bars(t(lang, Key::ReportPrioritiesTitle), &figures.priorities.iter().map(|r| {
                    let name = instrument.priority_options().0.get(r.index).map(|o| o.get(lang)).unwrap_or_default();
                    (name.to_string(), r.share)
                }).collect::<Vec<_>>(), estimated, lang)) }
            </section>
            if let Some(breakdown) = &figures.units {
                { raw(markup::breakdown("r-units", &heading(t(lang, Key::ReportUnitsTitle)), breakdown, &|i| units.get(i).cloned().unwrap_or_default(), instrument, min_group, lang)) }
            }
            if let Some(breakdown) = &figures.roles {
                { raw(markup::breakdown("r-roles", &heading(t(lang, Key::ReportRolesTitle)), breakdown, &|i| instrument.role_options().get(i).map(|r| r.get(lang).to_string()).unwrap_or_default(), instrument, min_group, lang)) }
                <p>{ t(lang, Key::ReportRoleReferencesIntro) }</p>
                <ul class="references" id="role-references">
                    for reference in figures.references().filter(|r| r.role.is_some()) {
                        <li>
                            <strong>{ reference.role.and_then(|r| instrument.role_options().get(usize::from(r))).map(|r| r.get(lang)).unwrap_or_default() }</strong>
                            { format!(": {} — ", percent(reference.share, lang)) }
                            { reference.source.get(lang) }{ format!(" ({}). ", reference.year) }
                            { t(lang, Key::ReportMeasure) }{ ": " }{ reference.measure.get(lang) }
                        </li>
                    }
                </ul>
            }
            <section aria-labelledby="r-actions">
                <h2 id="r-actions">{ heading(t(lang, Key::ReportActionsTitle)) }</h2>
                <p>{ t(lang, Key::ReportActionsIntro) }</p>
                for weak in &figures.weakest {
                    <h3>{ format!("{} — {}", lever_name(instrument, weak.lever, lang), fill(t(lang, Key::ReportMeanOf), &[("mean", &decimal(weak.mean.value, lang)), ("max", &weak.mean.max.to_string())])) }</h3>
                    <ul>
                        for action in weak.actions {
                            <li>{ action.get(lang) }</li>
                        }
                    </ul>
                }
            </section>
        </>
    }
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

fn lever_name(instrument: &Instrument, index: usize, lang: Lang) -> &'static str {
    instrument
        .levers
        .get(index)
        .map(|lever| lever.name.get(lang))
        .unwrap_or_default()
}

/// Markup the core wrote (`report::markup`), inserted as it is.
fn raw(markup: String) -> Html {
    Html::from_html_unchecked(AttrValue::from(markup))
}

/// Baseline against follow-up: each share in both waves and its change with a 95% interval.
fn waves_view(
    instrument: &Instrument,
    comparison: &Comparison,
    estimated: bool,
    lang: Lang,
) -> Html {
    let title = heading(t(lang, Key::ReportWavesTitle), estimated, lang);
    let Some(figures) = &comparison.figures else {
        return html! {
            <section aria-labelledby="r-waves">
                <h2 id="r-waves">{ title }</h2>
                <p>{ fill(t(lang, Key::ReportWavesTooFew), &[("m", &comparison.min_group.to_string())]) }</p>
            </section>
        };
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
    raw(markup::waves(
        &title,
        &rows,
        comparison.baseline_n,
        comparison.follow_up_n,
        lang,
    ))
}
