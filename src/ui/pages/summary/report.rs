//! The report on the work system, rendered from the core's `Report` and `Comparison`. Every chart
//! is an SVG with a text alternative, and every figure is also available in a plain table.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Key;
use crate::instrument::Instrument;
use crate::lang::{fill, Lang};
use crate::randomized::{responses_for, Deniability};
use crate::report::{
    Breakdown, Comparison, Distribution, DriverComparison, Figures, Proportion, Report,
};
use crate::ui::format::{decimal, percent, permille, points};
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
            <section aria-labelledby="r-count">
                <h2 id="r-count">{ locale.t(Key::ReportCountTitle) }</h2>
                <p class="figure-big" data-figure="n">{ fill(locale.t(Key::ReportCount), &[("n", &report.n.to_string())]) }</p>
                if report.figures.is_none() {
                    <p class="note">{ fill(locale.t(Key::ReportTooFew), &[("m", &m)]) }</p>
                }
            </section>
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
                    { share_bars(t(lang, Key::ReportLevelsCaption), &levels, estimated, lang) }
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
                { distributions(&figures.outcomes, &|i| instrument.outcomes.get(i).map(|o| o.name.get(lang)).unwrap_or_default(), lang) }
            </section>
            <section aria-labelledby="r-levers">
                <h2 id="r-levers">{ heading(t(lang, Key::ReportLeversTitle)) }</h2>
                { distributions(&figures.levers, &|i| lever_name(instrument, i, lang), lang) }
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
                { share_bars(t(lang, Key::ReportPrioritiesTitle), &figures.priorities.iter().map(|r| {
                    let name = instrument.priority_options().0.get(r.index).map(|o| o.get(lang)).unwrap_or_default();
                    (name.to_string(), r.share)
                }).collect::<Vec<_>>(), estimated, lang) }
            </section>
            if let Some(breakdown) = &figures.units {
                { breakdown_view("r-units", &heading(t(lang, Key::ReportUnitsTitle)), breakdown, &|i| units.get(i).cloned().unwrap_or_default(), instrument, min_group, lang) }
            }
            if let Some(breakdown) = &figures.roles {
                { breakdown_view("r-roles", &heading(t(lang, Key::ReportRolesTitle)), breakdown, &|i| instrument.role_options().get(i).map(|r| r.get(lang).to_string()).unwrap_or_default(), instrument, min_group, lang) }
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

/// Horizontal bars, one per row, each labelled with its share; a table of the same figures.
/// In a deniable report (`estimated`) the table's counts are estimated numbers, marked "≈".
fn share_bars(caption: &str, rows: &[(String, Proportion)], estimated: bool, lang: Lang) -> Html {
    let about = if estimated { "≈ " } else { "" };
    html! {
        <>
            <ul class="bars">
                for (name, p) in rows {
                    <li>
                        <span class="bars__label">{ name }</span>
                        <svg class="bars__bar" viewBox="0 0 1000 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            <rect class="seg seg--track" x="0" y="0" width="1000" height="6" />
                            <rect class="seg seg--value" x="0" y="0" width={permille(p.share)} height="6" />
                        </svg>
                        <span class="bars__value">{ percent(p.share, lang) }</span>
                    </li>
                }
            </ul>
            <details class="as-table">
                <summary>{ t(lang, Key::ReportShowTable) }</summary>
                <table>
                    <caption>{ caption }</caption>
                    <thead><tr><th scope="col">{ "" }</th><th scope="col">{ t(lang, Key::ReportShare) }</th><th scope="col">{ "n" }</th></tr></thead>
                    <tbody>
                        for (name, p) in rows {
                            <tr><th scope="row">{ name }</th><td>{ percent(p.share, lang) }</td><td>{ format!("{about}{} / {}", p.count, p.base) }</td></tr>
                        }
                    </tbody>
                </table>
            </details>
        </>
    }
}

/// The parts of a stacked bar, healthy first: the CSS classes of its swatch in the legend and of
/// its segment (whole, so no `classes!` set is built for them), and its name.
fn segments(lang: Lang) -> [(&'static str, &'static str, &'static str); 4] {
    [
        (
            "swatch seg--fav",
            "seg seg--fav",
            t(lang, Key::ReportFavourable),
        ),
        (
            "swatch seg--neu",
            "seg seg--neu",
            t(lang, Key::ReportNeutral),
        ),
        (
            "swatch seg--unf",
            "seg seg--unf",
            t(lang, Key::ReportUnfavourable),
        ),
        (
            "swatch seg--na",
            "seg seg--na",
            t(lang, Key::ReportNotAnswered),
        ),
    ]
}

/// Stacked bars (favourable, neutral, unfavourable, not answered) with the mean; one SVG each,
/// described in words for screen readers; a table of the same figures.
fn distributions(rows: &[Distribution], name: &dyn Fn(usize) -> &'static str, lang: Lang) -> Html {
    let parts = |d: &Distribution| {
        let shares = [d.favourable, d.neutral, d.unfavourable, d.not_answered];
        segments(lang)
            .into_iter()
            .zip(shares)
            .map(|((_, class, key), p)| (class, key, p))
    };
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
    html! {
        <>
            <ul class="legend" aria-hidden="true">
                for (swatch, _, name) in segments(lang) {
                    <li>{ super::element("span", &["class"], vec![Some(swatch.into())], Html::default()) }{ name }</li>
                }
            </ul>
            <ul class="stacks">
                for d in rows {
                    { {
                        let label = parts(d)
                            .map(|(_, name, p)| format!("{} {name}", percent(p.share, lang)))
                            .collect::<Vec<_>>()
                            .join(", ");
                        let mut x = 0.0;
                        html! {
                            <li>
                                <span class="stacks__label">{ name(d.index) }<span class="stacks__mean">{ mean_text(d) }</span></span>
                                <svg class="stacks__bar" viewBox="0 0 1000 6" preserveAspectRatio="none" role="img" aria-label={format!("{}: {label}", name(d.index))}>
                                    for (class, _, p) in parts(d) {
                                        { {
                                            let rect = super::element(
                                                "rect",
                                                &["class", "x", "y", "width", "height"],
                                                vec![Some(class.into()), Some(permille(x).into()), Some("0".into()), Some(permille(p.share).into()), Some("6".into())],
                                                Html::default(),
                                            );
                                            x += p.share;
                                            rect
                                        } }
                                    }
                                </svg>
                            </li>
                        }
                    } }
                }
            </ul>
            <details class="as-table">
                <summary>{ t(lang, Key::ReportShowTable) }</summary>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{ "" }</th>
                            for (_, _, name) in segments(lang) {
                                <th scope="col">{ name }</th>
                            }
                            <th scope="col">{ t(lang, Key::ReportMean) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for d in rows {
                            <tr>
                                <th scope="row">{ name(d.index) }</th>
                                for (_, _, p) in parts(d) {
                                    <td>{ percent(p.share, lang) }</td>
                                }
                                <td>{ d.mean.map(|m| decimal(m.value, lang)).unwrap_or_default() }</td>
                            </tr>
                        }
                    </tbody>
                </table>
            </details>
        </>
    }
}

/// A breakdown table: shown cells with their figures, hidden cells marked as hidden, nothing more.
fn breakdown_view(
    id: &str,
    title: &str,
    breakdown: &Breakdown,
    name: &dyn Fn(usize) -> String,
    instrument: &Instrument,
    min_group: u64,
    lang: Lang,
) -> Html {
    html! {
        <section aria-labelledby={id.to_string()}>
            <h2 id={id.to_string()}>{ title }</h2>
            // Wide tables scroll sideways on a phone; the region takes focus so keys can scroll it.
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby={id.to_string()}>
                <table class="breakdown">
                    <thead>
                        <tr>
                            <th scope="col">{ t(lang, Key::ReportGroup) }</th>
                            <th scope="col">{ t(lang, Key::ReportPeople) }</th>
                            <th scope="col">{ t(lang, Key::ReportBurnoutCol) }</th>
                            for lever in instrument.levers {
                                <th scope="col">{ fill(t(lang, Key::ReportFavourableShare), &[("lever", lever.name.get(lang))]) }</th>
                            }
                        </tr>
                    </thead>
                    <tbody>
                        for cell in &breakdown.cells {
                            <tr data-cell={cell.index.to_string()}>
                                <th scope="row">{ if cell.index == 0 { t(lang, Key::ReportGroupNotAnswered).to_string() } else { name(cell.index - 1) } }</th>
                                { match &cell.shown {
                                    Some(f) => html! {
                                        <>
                                            <td>{ f.n }</td>
                                            <td>{ percent(f.burnout.share, lang) }</td>
                                            for lever in &f.levers {
                                                <td>{ lever.map(|p| percent(p.share, lang)).unwrap_or_else(|| t(lang, Key::ReportHidden).to_string()) }</td>
                                            }
                                        </>
                                    },
                                    None => html! {
                                        <td colspan={(2 + instrument.levers.len()).to_string()} class="hidden-cell">{ t(lang, Key::ReportHidden) }</td>
                                    },
                                } }
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
            <p class="note">{ fill(t(lang, Key::ReportSuppressionNote), &[("m", &min_group.to_string())]) }</p>
        </section>
    }
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
    html! {
        <section aria-labelledby="r-waves">
            <h2 id="r-waves">{ title }</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="r-waves">
                <table class="waves">
                    <thead>
                        <tr>
                            <th scope="col">{ t(lang, Key::ReportFigure) }</th>
                            <th scope="col">{ format!("{} (n = {})", t(lang, Key::ReportBaseline), comparison.baseline_n) }</th>
                            <th scope="col">{ format!("{} (n = {})", t(lang, Key::ReportFollowUp), comparison.follow_up_n) }</th>
                            <th scope="col">{ t(lang, Key::ReportChange) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for (name, change) in rows {
                            <tr>
                                <th scope="row">{ name }</th>
                                <td>{ percent(change.baseline.share, lang) }</td>
                                <td>{ percent(change.follow_up.share, lang) }</td>
                                <td>{ format!("{} ({} … {})", points(change.difference.estimate), points(change.difference.interval.low), points(change.difference.interval.high)) }</td>
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
