//! The report on the work system, rendered from the core's `Report` and `Comparison`. Every chart
//! is an SVG with a text alternative, and every figure is also available in a plain table.

use std::rc::Rc;

use yew::prelude::*;

use crate::format::{percent, points};
use crate::i18n::Key;
use crate::instrument::Instrument;
use crate::lang::{fill, Lang};
use crate::randomized::{responses_for, Deniability};
use crate::report::{findings, markup, Comparison, Findings, Position, Report};
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
                { raw(markup::figures(props.instrument, figures, &props.units, report.min_group, report.deniability.is_some(), lang)) }
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
        .map(|&v| markup::lever_name(instrument, v, lang).to_string())
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
    let title = markup::heading(t(lang, Key::ReportWavesTitle), estimated, lang);
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
