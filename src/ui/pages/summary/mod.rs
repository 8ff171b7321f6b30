//! `organizer/#/summary?…`: the organizer's page. The core's `summary::Summary` reads the codes
//! pasted or dropped in and makes the report; `report::ReportView` shows it. What was pasted stays
//! in its text area until the organizer clears it.

mod input;
mod report;
mod settings;

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Key;
use crate::lang::{fill, Lang};
use crate::link::{split_fragment, SurveyLink};
use crate::summary::{Action, SettingsError, Summary, TokenOutcome, Wave};
use crate::ui::format::percent;
use crate::ui::{browser, use_locale};

/// Props of [`SummaryPage`].
#[derive(Properties, PartialEq)]
pub struct SummaryPageProps {
    /// The URL fragment, which may hold the survey's settings.
    pub fragment: String,
}

/// The page: the settings from the summary link (or a form for them), then the codes and report.
#[component]
pub fn SummaryPage(props: &SummaryPageProps) -> Html {
    let locale = use_locale();
    let query = split_fragment(&props.fragment).1.to_string();
    let link = use_memo(query, |query| {
        (!query.is_empty()).then(|| SurveyLink::parse(query))
    });
    html! {
        <article class="summary">
            <h1>{ locale.t(Key::SummaryTitle) }</h1>
            <p class="no-print">{ locale.t(Key::SummaryIntro) }</p>
            { match &*link {
                Some(Ok(link)) => html! { <Codes key={link.to_query()} link={Rc::new(link.clone())} /> },
                Some(Err(problem)) => html! {
                    <>
                        <p class="error" role="alert">{ problem.message(locale.lang) }</p>
                        <settings::Settings />
                    </>
                },
                None => html! { <settings::Settings /> },
            } }
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct CodesProps {
    link: Rc<SurveyLink>,
}

/// The model of the page; the reducer only hands actions to the core.
struct State(Result<Summary, SettingsError>);

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = match &self.0 {
            Ok(summary) => summary.clone(),
            Err(_) => return self,
        };
        next.apply(action);
        Rc::new(State(Ok(next)))
    }
}

/// The text areas' contents and the headcounts as typed, per wave (what the person sees).
#[derive(Clone, Default, PartialEq)]
struct Typed {
    text: String,
    headcount: String,
    unreadable: Vec<String>,
}

/// The codes of one survey and their report.
#[component]
fn Codes(props: &CodesProps) -> Html {
    let locale = use_locale();
    let lang = locale.lang;
    let state = {
        let link = (*props.link).clone();
        use_reducer(move || State(Summary::new(link)))
    };
    let typed = use_state(|| [Typed::default(), Typed::default()]);
    // One nonce per page, so the combined code does not change on every render.
    let nonce = use_state(browser::nonce);
    let summary = match &state.0 {
        Ok(summary) => summary,
        Err(problem) => {
            return html! { <p class="error" role="alert">{ problem.message(lang) }</p> }
        }
    };
    let input = |wave: Wave, title: Key| {
        let slot = wave_index(wave);
        let current = typed[slot].clone();
        let update = |change: fn(&mut Typed, String)| {
            let typed = typed.clone();
            Callback::from(move |value: String| {
                let mut next = (*typed).clone();
                change(&mut next[slot], value);
                typed.set(next);
            })
        };
        let on_text = {
            let dispatch = state.dispatcher();
            let remember = update(|t, v| t.text = v);
            Callback::from(move |text: String| {
                // The text area holds everything for this wave: read it again as a whole.
                dispatch.dispatch(Action::Clear(wave));
                dispatch.dispatch(Action::Add(wave, text.clone()));
                remember.emit(text);
            })
        };
        let on_headcount = {
            let dispatch = state.dispatcher();
            let remember = update(|t, v| t.headcount = v);
            Callback::from(move |typed: String| {
                dispatch.dispatch(Action::Headcount(
                    wave,
                    typed.trim().parse().ok().filter(|h| *h > 0),
                ));
                remember.emit(typed);
            })
        };
        let on_unreadable = {
            let typed = typed.clone();
            Callback::from(move |names: Vec<String>| {
                let mut next = (*typed).clone();
                next[slot].unreadable = names;
                typed.set(next);
            })
        };
        html! {
            <input::CodeInput id={wave.name()} title={locale.t(title)} text={current.text}
                {on_text} headcount={current.headcount} {on_headcount}
                unreadable={current.unreadable} {on_unreadable} />
        }
    };
    let report = Rc::new(summary.report(Wave::Baseline));
    let comparison = summary.comparison().map(Rc::new);
    let units = Rc::new(props.link.units.clone());
    let combined = summary.combined_code(Wave::Baseline, *nonce);
    let on_csv = {
        let csv = summary.csv(lang);
        Callback::from(move |_| {
            // The byte-order mark makes spreadsheet programs read the accents right.
            browser::download(
                "candor-report.csv",
                "text/csv;charset=utf-8",
                &format!("\u{feff}{csv}"),
            );
        })
    };
    html! {
        <>
            <p class="survey-name">{ &props.link.title }</p>
            { input(Wave::Baseline, Key::WaveBaseline) }
            { found(summary, Wave::Baseline, lang) }
            <report::ReportView instrument={summary.instrument()} report={report} comparison={comparison} {units} />
            <section class="export" aria-labelledby="export-title">
                <h2 id="export-title">{ locale.t(Key::ExportTitle) }</h2>
                <p class="actions">
                    <button type="button" class="button" onclick={on_csv}>{ locale.t(Key::ExportCsv) }</button>
                    <button type="button" class="button" onclick={Callback::from(|_| browser::print())}>{ locale.t(Key::ExportPrint) }</button>
                </p>
                if let Some(code) = combined {
                    <h3>{ locale.t(Key::CombinedTitle) }</h3>
                    <p>{ locale.t(Key::CombinedIntro) }</p>
                    <p class="code code--combined" id="combined-code">{ code.grouped() }</p>
                }
            </section>
            { input(Wave::FollowUp, Key::WaveFollowUp) }
            if summary.has_text(Wave::FollowUp) {
                { found(summary, Wave::FollowUp, lang) }
            }
        </>
    }
}

fn wave_index(wave: Wave) -> usize {
    match wave {
        Wave::Baseline => 0,
        Wave::FollowUp => 1,
    }
}

/// What became of every code-shaped piece of a wave's text: counts, warnings, and each token that
/// was not counted with the reason.
fn found(summary: &Summary, wave: Wave, lang: Lang) -> Html {
    let t = |key| crate::i18n::t(lang, key);
    let id = wave.name();
    let counts = summary.counts(wave);
    let label = |outcome| match outcome {
        TokenOutcome::Accepted => t(Key::OutcomeAccepted),
        TokenOutcome::Duplicate => t(Key::OutcomeDuplicate),
        TokenOutcome::Mistyped => t(Key::OutcomeMistyped),
        TokenOutcome::OtherSurvey => t(Key::OutcomeOtherSurvey),
        TokenOutcome::NewerVersion => t(Key::OutcomeNewer),
        TokenOutcome::Malformed => t(Key::OutcomeMalformed),
    };
    let problems = summary.problems(wave);
    let unlisted = summary.unlisted_problems(wave);
    html! {
        <section class="found" aria-labelledby={format!("{id}-found")}>
            <h3 id={format!("{id}-found")}>{ t(Key::OutcomesTitle) }</h3>
            <ul class="outcome-counts">
                for outcome in TokenOutcome::ALL {
                    <li data-outcome={outcome.name()}><strong>{ counts.get(outcome) }</strong>{ " " }{ label(outcome) }</li>
                }
            </ul>
            if let Some(rate) = summary.response_rate(wave) {
                <p data-figure="response-rate">{ fill(t(Key::ResponseRate), &[("rate", &percent(rate.rate, lang)), ("headcount", &rate.headcount.to_string())]) }</p>
                if rate.exceeds {
                    <p class="error" role="alert">{ t(Key::MoreThanStaff) }</p>
                }
            }
            if summary.shared_nonces(wave) > 0 {
                <p class="error" role="alert">{ fill(t(Key::SharedNonces), &[("n", &summary.shared_nonces(wave).to_string())]) }</p>
            }
            if !problems.is_empty() {
                <h3 id={format!("{id}-problems")}>{ t(Key::ProblemsTitle) }</h3>
                <ul class="problems" tabindex="0" aria-labelledby={format!("{id}-problems")}>
                    for problem in problems {
                        <li data-outcome={problem.outcome.name()}>
                            <code>{ &problem.text }</code>
                            { format!(" ({}): ", fill(t(Key::ProblemLine), &[("line", &problem.line.to_string())])) }
                            { problem.message(lang) }
                        </li>
                    }
                </ul>
                if unlisted > 0 {
                    <p>{ fill(t(Key::ProblemsMore), &[("n", &unlisted.to_string())]) }</p>
                }
            }
        </section>
    }
}
