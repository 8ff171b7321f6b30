//! `organizer/#/summary?…`: the organizer's page. The core's `summary::Summary` owns everything
//! given to it — the text areas' text, files and large pastes — reads the codes and makes the
//! report; `report_view::report_view` shows it. Nothing given is dropped until the organizer removes it.

mod input;
mod report_view;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{t, Key};
use crate::lang::{fill, Explain, Lang};
use crate::link::{read_plan, LinkError, SurveyLink};
use crate::report::action::{Plan, PlanEdit, PlanError};
use crate::report::{markup, HeatSort};
use crate::route::{split_fragment, Route, Site};
use crate::summary::{Action, OpenError, Summary, Wave, MAX_WAVES};
use crate::ui::{browser, use_locale, Locale};

/// What the summary link holds, read once per address.
#[derive(PartialEq)]
pub struct Settings {
    /// The survey's settings, when the address holds any, or why they cannot be read.
    link: Option<Result<SurveyLink, LinkError>>,
    /// The commitments the address holds, or why they cannot be read.
    plan: Result<Plan, PlanError>,
}

/// Reads the survey's settings and the commitments from the URL `fragment` when `shown` (the
/// page is the summary), again only when it changes. A hook of the app, not a component: a
/// component type costs the page its own copy of Yew's machinery.
#[hook]
pub fn use_summary_settings(fragment: &str, shown: bool) -> Rc<Settings> {
    let query = if shown {
        split_fragment(fragment).1.to_string()
    } else {
        String::new()
    };
    use_memo(query, |query| Settings {
        link: (!query.is_empty()).then(|| SurveyLink::parse(query)),
        // The commitments, read apart from the survey's settings (`link::read_plan`).
        plan: read_plan(query),
    })
}

/// The page: the settings from the summary link (or the way to them), then the codes and report.
pub fn summary_page(settings: &Rc<Settings>, locale: &Locale) -> Html {
    html! {
        <article class="summary">
            <h1>{ locale.t(Key::SummaryTitle) }</h1>
            <p class="no-print">{ locale.t(Key::SummaryIntro) }</p>
            { match &settings.link {
                Some(Ok(link)) => html! { <Codes key={link.to_query()} link={Rc::new(link.clone())} settings={settings.clone()} /> },
                Some(Err(problem)) => html! {
                    <>
                        <p class="error" role="alert">{ problem.message(locale.lang) }</p>
                        { no_settings(locale) }
                    </>
                },
                None => no_settings(locale),
            } }
        </article>
    }
}

/// Without settings there is nothing to read codes against: the way to the summary link, or to
/// the setup page, where the settings can be entered again (one form for settings, not two).
fn no_settings(locale: &Locale) -> Html {
    html! {
        <>
            <p>{ locale.t(Key::SummaryNoSettings) }</p>
            <p><a class="button" href={format!("{}edit", Route::Setup.href(Site::Organizer))}>{ locale.t(Key::SummaryRecreate) }</a></p>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct CodesProps {
    link: Rc<SurveyLink>,
    /// What the address holds: the commitments, or why they cannot be read, with the settings.
    settings: Rc<Settings>,
}

/// The model of the page, in one place where `Summary::apply` changes it; the reducer only hands
/// actions to it. Each action gives a new `State` over the same model, so the page renders again,
/// but the model is not copied: a copy per action would copy its memory of every code read so
/// far, and a file of a million codes is read in some sixty actions, one per slice. Nothing holds
/// the model borrowed beyond a render or a click, and no action is dispatched during either.
///
/// A slice read while others follow renders only when the progress shown is
/// [`PROGRESS_EVERY`] old: the page would otherwise lay itself out and paint again for every
/// slice, a tenth of a million codes' reading time, to move a percentage nobody can read that
/// fast (and a screen reader would be handed every one of them).
struct State {
    model: Rc<RefCell<Result<Summary, OpenError>>>,
    /// When the page last rendered for an action (`Date.now()`, milliseconds).
    shown: Rc<Cell<f64>>,
}

/// How long a file's progress line may stand before the next slice read renders it again.
const PROGRESS_EVERY: f64 = 200.0;

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let slice = matches!(action, Action::Feed(..));
        let reading = match self.model.borrow_mut().as_mut() {
            Ok(summary) => {
                summary.apply(action);
                summary.reading()
            }
            Err(_) => false,
        };
        let now = js_sys::Date::now();
        if slice && reading && now - self.shown.get() < PROGRESS_EVERY {
            return self;
        }
        self.shown.set(now);
        Rc::new(State {
            model: self.model.clone(),
            shown: self.shown.clone(),
        })
    }
}

/// What the page keeps for its life besides the model.
struct Kept {
    /// The query last written into the address.
    written: RefCell<String>,
    /// Numbers for the files and long pastes read, unique for the page's life.
    next_id: Rc<Cell<u32>>,
    /// One nonce per page, so the combined code does not change on every render.
    nonce: u64,
    /// Set when the heatmap's order was chosen with its `<select>`.
    refocus: Rc<Cell<bool>>,
    /// The model's version when no file or long paste was last being read.
    settled: Cell<u64>,
}

/// The codes of one survey and their report.
#[component]
fn Codes(props: &CodesProps) -> Html {
    let locale = use_locale();
    let lang = locale.lang;
    let state = {
        let link = (*props.link).clone();
        let plan = props.settings.plan.clone().unwrap_or_default();
        use_reducer(move || {
            let summary = Summary::new(link).map(|s| s.with_plan(plan));
            State {
                model: Rc::new(RefCell::new(summary)),
                shown: Rc::default(),
            }
        })
    };
    let model = state.model.borrow();
    // The address keeps the commitments (typed in the one-pager's tab, which writes them into
    // this address): the page writes its own query back in place (`replaceState`: no
    // `hashchange`, so nothing is rendered again from it and no codes are lost), once it differs
    // from what the address already holds. With it, what a printable documents' tab reads from
    // this one is kept as the figures, the commitments and the language now are.
    let summary_query = model
        .as_ref()
        .map(Summary::summary_query)
        .unwrap_or_default();
    // What the page keeps for its life besides the model, in one hook.
    let kept = {
        let query = summary_query.clone();
        use_memo((), move |_| Kept {
            written: RefCell::new(query),
            next_id: Rc::default(),
            nonce: browser::nonce(),
            refocus: Rc::default(),
            settled: Cell::default(),
        })
    };
    // The heatmap's order. The report is written again in the new order, which replaces the
    // `<select>` too: focus goes back to it, so keys can keep choosing.
    let sort = report_view::Sort {
        order: use_state(HeatSort::default),
        refocus: kept.refocus.clone(),
    };
    // One effect for three things (each effect is code of its own): focus back on the order's
    // `<select>` once the report is written in the order chosen there; an address changed by
    // hand (a `hashchange` with the same survey) brings its commitments; and every printed
    // page's footer names the survey, the page numbers coming with it.
    {
        let state = state.clone();
        let refocus = sort.refocus.clone();
        let on = (props.settings.clone(), props.link.footer(), *sort.order);
        use_effect_with(on, move |(settings, footer, _)| {
            if refocus.take() {
                browser::focus_id("heat-sort");
            }
            // The model is read, and let go, before the change is handed to it.
            let replace = match &*state.model.borrow() {
                Ok(summary) => {
                    browser::print_footer(footer);
                    let plan = settings.plan.as_ref().ok();
                    plan.filter(|plan| summary.plan() != *plan).cloned()
                }
                Err(_) => None,
            };
            if let Some(plan) = replace {
                state.dispatch(Action::Plan(PlanEdit::Replace(Box::new(plan))));
            }
        });
    }
    {
        let kept = kept.clone();
        let query = summary_query.clone();
        let printout = model
            .as_ref()
            .map(|summary| summary.printout(lang))
            .unwrap_or_default();
        use_effect_with(printout, move |printout| {
            browser::hand_over(printout);
            if *kept.written.borrow() != query {
                browser::replace_fragment(&format!("#/summary?{query}"));
                *kept.written.borrow_mut() = query;
            }
        });
    }
    // The report, its trends and its markup are made again only when the model's version says
    // the figures may have changed, or the language or the heatmap's order changed. While a file
    // or long paste is still being read, the report stays as it was (the source's line shows how
    // far reading got): a report of part of a file is no figure to show, and writing it again
    // for every slice read would take most of the reading's time.
    let figures = {
        if let Ok(summary) = &*model {
            if !summary.reading() {
                kept.settled.set(summary.version());
            }
        }
        let version = kept.settled.get();
        use_memo((version, lang, *sort.order), |&(_, _, order)| {
            model.as_ref().ok().map(|summary| {
                // The report and the rates are of the latest wave given codes.
                let latest = summary.latest();
                let report = summary.report(latest);
                let series = summary.series();
                let labels = summary.labels(lang);
                let trend = (series.reports.len() > 1).then_some(markup::Trend {
                    series: &series,
                    labels: &labels,
                });
                let rates = summary.rates(latest);
                // The unit names and the statements' wording are the survey link's, which the
                // model keeps.
                let link = summary.settings();
                let written = markup::report_sorted(
                    summary.instrument(),
                    &report,
                    trend,
                    &link.units,
                    &link.statements,
                    &rates,
                    order,
                    lang,
                );
                let trend = series.reports.len() > 1;
                (Rc::new(report), trend, AttrValue::from(written))
            })
        })
    };
    let summary = match &*model {
        Ok(summary) => summary,
        Err(problem) => {
            return html! { <p class="error" role="alert">{ problem.message(lang) }</p> }
        }
    };
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let units = Rc::new(props.link.units.clone());
    let waves = summary.waves();
    let removable = waves.len() > 1;
    let input = |wave: Wave| {
        let set = input::Set {
            summary,
            wave,
            removable,
            units: &units,
            dispatch: &dispatch,
            next_id: &kept.next_id,
        };
        html! {
            <div class="wave" key={wave.name()}>
                { input::code_input(set, &locale) }
                if summary.has_codes(wave) || wave == Wave::FIRST {
                    { found(summary, wave, lang) }
                }
            </div>
        }
    };
    let Some((report, trend, written)) = (*figures).clone() else {
        return html! {};
    };
    // The printable documents open in a tab of their own with the latest wave's figures.
    let on_sheet = open_print(Route::StaffSheet, "show-sheet-status", lang);
    let help = summary.did_it_help(lang);
    let latest = summary.latest();
    let combined = summary.combined_code(latest, kept.nonce);
    let on_add = dispatch.reform(|_: MouseEvent| Action::AddWave);
    // The CSV is written only when the organizer asks for it.
    let on_csv = {
        let model = state.model.clone();
        Callback::from(move |_| {
            if let Ok(summary) = &*model.borrow() {
                // The byte-order mark makes spreadsheet programs read the accents right.
                browser::download(
                    "candor-report.csv",
                    "text/csv;charset=utf-8",
                    &format!("\u{feff}{}", summary.csv(lang)),
                );
            }
        })
    };
    // Unit reports are offered when the report breaks down by unit; the printable documents'
    // page says which units have one.
    let by_unit = report.figures.as_ref().is_some_and(|f| f.units.is_some());
    let open_units = open_print(Route::UnitReports, "open-unit-reports-status", lang);
    html! {
        <>
            <p class="survey-name">
                { &props.link.title }
                if !props.link.organization.is_empty() {
                    <span class="survey-org">{ fill(locale.t(Key::SurveyRunBy), &[("org", &props.link.organization)]) }</span>
                }
                <a class="no-print edit-survey" href={format!("{}edit?{}", Route::Setup.href(Site::Organizer), summary_query)}>{ locale.t(Key::SummaryEdit) }</a>
            </p>
            { for waves.iter().map(|&wave| input(wave)) }
            <p class="no-print add-wave">
                if summary.can_add_wave() {
                    <button type="button" class="button" onclick={on_add}>{ locale.t(Key::WaveAdd) }</button>
                    { " " }<span class="hint">{ locale.t(Key::WaveAddHint) }</span>
                } else {
                    <span class="hint">{ fill(locale.t(Key::WaveMax), &[("n", &MAX_WAVES.to_string())]) }</span>
                }
            </p>
            if trend {
                <p class="report-wave" data-figure="wave">{ fill(locale.t(Key::ReportOfWave), &[("wave", &summary.label(latest, lang))]) }</p>
            }
            { report_view::report_view(summary.instrument(), &report, written, &props.link, &sort, lang) }
            if !help.is_empty() {
                { Html::from_html_unchecked(AttrValue::from(help)) }
            }
            { plan_section(summary, props.settings.plan.as_ref().err(), on_sheet, &locale) }
            <section class="export" aria-labelledby="export-title">
                <h2 id="export-title">{ locale.t(Key::ExportTitle) }</h2>
                <p class="actions">
                    <button type="button" class="button" onclick={on_csv}>{ locale.t(Key::ExportCsv) }</button>
                    <button type="button" class="button" onclick={Callback::from(|_| browser::print())}>{ locale.t(Key::ExportPrint) }</button>
                    if by_unit {
                        <button type="button" class="button" id="open-unit-reports" onclick={open_units}>{ locale.t(Key::UnitReportsOpen) }</button>
                    }
                </p>
                <p class="hint" id="open-unit-reports-status" role="status"></p>
                if let Some(code) = combined {
                    <h3>{ locale.t(Key::CombinedTitle) }</h3>
                    <p>{ locale.t(Key::CombinedIntro) }</p>
                    <p class="code code--combined" id="combined-code">{ code.grouped() }</p>
                } else if props.link.slips {
                    <h3>{ locale.t(Key::CombinedTitle) }</h3>
                    <p data-combined="slips">{ locale.t(Key::CombinedNoneWithSlips) }</p>
                }
            </section>
        </>
    }
}

/// Opens the printable document `route` names in a new tab, which reads the latest wave's
/// figures from this one (`Summary::printout`, which the page keeps handed over); when the
/// browser blocks the tab, the status line `status` says so.
fn open_print(route: Route, status: &'static str, lang: Lang) -> Callback<MouseEvent> {
    Callback::from(move |_| {
        let opened = browser::open_tab(route.href(Site::Organizer));
        browser::set_text(
            status,
            if opened {
                ""
            } else {
                t(lang, Key::PrintBlocked)
            },
        );
    })
}

/// "What you told us — what we will do": the commitments the summary link holds (or why they
/// cannot be read) and the way to the tab where they are written, beside the staff one-pager.
fn plan_section(
    summary: &Summary,
    unread: Option<&PlanError>,
    on_sheet: Callback<MouseEvent>,
    locale: &crate::ui::Locale,
) -> Html {
    let plan = summary.plan();
    html! {
        <section class="plan no-print" aria-labelledby="plan-title" id="plan">
            <h2 id="plan-title">{ locale.t(Key::ActionTitle) }</h2>
            <p>{ locale.t(Key::ActionIntro) }</p>
            if let Some(problem) = unread {
                <p class="error" role="alert">{ problem.message(locale.lang) }</p>
            }
            if !plan.is_empty() {
                <p>{ locale.t(Key::ActionWritten) }</p>
                <ul id="plan-written">
                    for (_, c) in plan.used() {
                        <li>{ &c.what }{ " — " }{ &c.who }</li>
                    }
                </ul>
            }
            <p><button type="button" class="button" id="show-sheet" onclick={on_sheet}>{ locale.t(Key::ActionShowSheet) }</button></p>
            <p class="hint" id="show-sheet-status" role="status"></p>
        </section>
    }
}

/// `<tag>` with attributes `keys` set to `values` (`None` leaves one out) and `children`, for an
/// element whose class is not a literal: `html!` parses `class={…}` into a `Classes` set, and that
/// code (an index set and its hashing) costs this page about 1.5 KB gzipped. Built with Yew's
/// public `VTag` API and the `Attributes::Dynamic` form `html!` uses for such elements.
fn element(
    tag: &'static str,
    keys: &'static [&'static str],
    values: Vec<Option<AttrValue>>,
    children: Html,
) -> Html {
    use yew::virtual_dom::{AttributeOrProperty, Attributes, VTag};
    let mut element = VTag::new(tag);
    element.set_attributes(Attributes::Dynamic {
        keys,
        values: values
            .into_iter()
            .map(|value| value.map(AttributeOrProperty::Attribute))
            .collect(),
    });
    element.add_child(children);
    element.into()
}

/// What a wave found, as the core writes it.
fn found(summary: &Summary, wave: Wave, lang: Lang) -> Html {
    Html::from_html_unchecked(AttrValue::from(summary.found(wave, lang)))
}
