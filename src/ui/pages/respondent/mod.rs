//! `#/survey?…`, or its compact form `#/C/…`: the respondent's page. The settings come from the
//! link in the fragment; the state is the core's `respondent::Progress`, kept in this tab's session
//! storage while the survey is under way and removed the moment it ends. On a shared device
//! nothing is kept, and `shared` clears the screen when it is left idle, when the page is left,
//! and for the next person.
//!
//! One component, `Respondent` (keyed by the survey, so another survey starts afresh), holds
//! everything the survey keeps for its life; each screen is a function of it. A component type
//! costs the page its own copy of Yew's machinery.

mod questions;
mod results;
mod shared;

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Key;
use crate::lang::Explain;
use crate::link::{LinkError, SurveyLink};
use crate::respondent::{Action, Flow, Idle, Progress, Saved, Step};
use crate::ui::widgets::{welcome, Copied, Start};
use crate::ui::{browser, browser_lang, Locale};

/// What a survey link loads: a survey ready to run, or why not.
pub enum Loaded {
    Ready(Rc<SurveyLink>, Rc<Flow>),
    BadLink(LinkError),
    BrokenInstrument,
}

/// The survey the fragment describes, read once per address (the codec derives tables from the
/// instrument), and only while `active` (the address is a survey's). A hook of the app.
#[hook]
pub fn use_survey(fragment: &str, active: bool) -> Rc<Option<Loaded>> {
    use_memo((fragment.to_string(), active), |(fragment, active)| {
        active.then(|| match SurveyLink::from_fragment(fragment) {
            Ok(link) => match Flow::of_link(&link, Box::new(browser::uniform)) {
                Ok(flow) => Loaded::Ready(Rc::new(link), Rc::new(flow)),
                Err(_) => Loaded::BrokenInstrument,
            },
            Err(problem) => Loaded::BadLink(problem),
        })
    })
}

/// The page: the survey the link describes, or why it cannot run.
pub fn survey_page(opened: &Loaded, locale: &Locale) -> Html {
    let title = locale.t(Key::SurveyLinkErrorTitle);
    match opened {
        // A different survey in the same tab starts from its own state.
        Loaded::Ready(link, flow) => html! {
            <Respondent key={flow.shape().id.clone()} link={link.clone()} flow={flow.clone()}
                locale={locale.clone()} />
        },
        Loaded::BadLink(problem) => {
            let advice = match problem {
                // A newer link needs another site, not another link; its message says so.
                LinkError::NewerVersion(_) | LinkError::CompactNewer(_) => String::new(),
                _ => format!(" {}", locale.t(Key::SurveyLinkAskNew)),
            };
            link_problem(title, problem.message(locale.lang) + &advice)
        }
        // Only a broken built-in instrument gets here; its tests keep it from shipping.
        Loaded::BrokenInstrument => link_problem(title, locale.t(Key::SurveyBroken).to_string()),
    }
}

fn link_problem(title: &str, message: String) -> Html {
    html! {
        <article class="survey survey--problem">
            <h1>{ title }</h1>
            <p role="alert">{ message }</p>
        </article>
    }
}

/// A respondent's state with the survey it belongs to; the reducer only delegates to the core.
#[derive(PartialEq)]
struct State {
    flow: Rc<Flow>,
    progress: Progress,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(State {
            flow: self.flow.clone(),
            progress: self.progress.clone().apply(&self.flow, action),
        })
    }
}

/// What one screen notes for as long as it shows, and forgets when another replaces it: why the
/// slip code typed on the welcome screen is not one, and what became of a copy of the code.
#[derive(Clone, Default, PartialEq)]
pub struct Notes {
    pub slip_problem: Option<String>,
    pub copied: Copied,
}

/// Which screen shows: each new one starts at its heading.
#[derive(Clone, Copy, PartialEq)]
enum Screen {
    Welcome,
    Section(usize),
    Done,
}

#[derive(Properties, PartialEq)]
struct RespondentProps {
    link: Rc<SurveyLink>,
    flow: Rc<Flow>,
    locale: Locale,
}

#[component]
fn Respondent(props: &RespondentProps) -> Html {
    let locale = &props.locale;
    let storage_key = format!("candor:progress:{}", props.flow.shape().id);
    let state = {
        let flow = props.flow.clone();
        let key = storage_key.clone();
        let link_slip = props.link.slip;
        use_reducer(move || {
            let progress = browser::session_get(&key)
                .and_then(|text| Saved::from_text(&text))
                .and_then(|saved| Progress::restore(&flow, &saved))
                .unwrap_or_else(|| Progress::with_slip(&flow, browser::nonce(), link_slip));
            State { flow, progress }
        })
    };
    let notes = use_state_eq(Notes::default);

    // The link's language, once, unless the person has already chosen one on this page.
    {
        let set = locale.set.clone();
        let lang = props.link.lang;
        use_effect_with((), move |_| {
            if let Some(lang) = lang {
                set.emit(lang);
            }
        });
    }

    // Keep the survey under way across a reload; keep nothing once it is over.
    use_effect_with(state.progress.save(&props.flow), move |saved| match saved {
        Some(saved) => browser::session_set(&storage_key, &saved.to_text()),
        None => browser::session_remove(&storage_key),
    });

    // Each new screen starts at its heading, for keyboard and screen-reader users alike, with
    // nothing noted by the last.
    let screen = match &state.progress.step {
        Step::Welcome => Screen::Welcome,
        Step::Section(n) => Screen::Section(*n),
        Step::Done(_) => Screen::Done,
    };
    {
        let notes = notes.clone();
        use_effect_with(screen, move |_| {
            notes.set(Notes::default());
            browser::focus_first(".survey h1");
        });
    }
    // After a refused "Next", go to the first question that still needs an answer.
    use_effect_with(state.progress.missing.clone(), |missing| {
        if let Some(index) = missing.first() {
            browser::focus_first(&format!("#q{index} input, #q{index} select"));
        }
    });

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let shared = props.flow.shared;
    // On a shared device the next person also starts in the survey's language and finds nothing
    // of the last one's in the clipboard (a browser may refuse the clipboard without a click).
    let clear = {
        let dispatch = dispatch.clone();
        let set_lang = locale.set.clone();
        let lang = props.link.lang;
        Callback::from(move |clipboard: bool| {
            dispatch.emit(Action::StartOver(browser::nonce()));
            if shared {
                set_lang.emit(lang.unwrap_or_else(browser_lang));
                if clipboard {
                    yew::platform::spawn_local(async {
                        browser::copy("").await;
                    });
                }
            }
        })
    };
    let (idle, resume) = shared::use_idle(
        props.flow.clears_when_idle(&state.progress),
        clear.reform(|_| true),
    );
    shared::use_clear_on_leave(shared, clear.reform(|_| false));
    let counting = matches!(idle, Idle::Countdown(_));
    // The countdown opens on its "Continue".
    use_effect_with(counting, |&counting| {
        if counting {
            browser::focus_first(".idle button");
        }
    });
    let start_over = clear.reform(|_: MouseEvent| true);
    let progress = &state.progress;
    let body = match &progress.step {
        Step::Welcome => welcome(
            &props.link,
            props.flow.sections().len(),
            locale,
            Some(Start {
                slip: progress.slip,
                on_slip: dispatch.reform(Action::Slip),
                on_start: dispatch.reform(|_| Action::Start),
                slip_problem: notes.slip_problem.clone(),
                on_slip_problem: {
                    let notes = notes.clone();
                    Callback::from(move |problem| {
                        notes.set(Notes {
                            slip_problem: Some(problem),
                            ..Notes::default()
                        })
                    })
                },
            }),
        ),
        Step::Section(n) => {
            questions::questions(&props.flow, &props.link, progress, *n, &dispatch, locale)
        }
        Step::Done(finished) => {
            results::results(&props.flow, &props.link, finished, &notes, locale)
        }
    };
    let done = matches!(progress.step, Step::Done(_));
    let leave = match (done, shared) {
        (true, true) => Key::NextPerson,
        (true, false) => Key::ClearScreen,
        (false, _) => Key::StartOver,
    };
    html! {
        <>
            // Behind the countdown the survey can be neither seen nor reached.
            <div class="survey" inert={counting}>
                { body }
                if done && shared {
                    <p class="panel notice next-person-hint">{ locale.t(Key::ResultsShared) }</p>
                }
                <p class="start-over">
                    // The next person's button is the screen's main action; starting over is not.
                    if done && shared {
                        <button type="button" class="button button--primary" onclick={start_over}>{ locale.t(leave) }</button>
                    } else {
                        <button type="button" class="button button--quiet" onclick={start_over}>{ locale.t(leave) }</button>
                    }
                </p>
            </div>
            if let Idle::Countdown(left) = idle {
                { shared::countdown(left, &resume, locale) }
            }
        </>
    }
}
