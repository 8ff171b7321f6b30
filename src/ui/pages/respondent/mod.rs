//! `#/survey?…`, or its compact form `#/C/…`: the respondent's page. The settings come from the
//! link in the fragment; the state is the core's `respondent::Progress`, kept in this tab's session
//! storage while the survey is under way and removed the moment it ends. On a shared device
//! nothing is kept, and `shared` clears the screen when it is left idle, when the page is left,
//! and for the next person.

mod questions;
mod results;
mod shared;

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Key;
use crate::lang::Explain;
use crate::link::{LinkError, SurveyLink};
use crate::respondent::{Action, Flow, Idle, Progress, Saved, Step};
use crate::ui::browser;
use crate::ui::browser_lang;
use crate::ui::use_locale;
use crate::ui::widgets::Welcome;

/// Props of [`SurveyPage`].
#[derive(Properties, PartialEq)]
pub struct SurveyPageProps {
    /// The URL fragment, which holds the survey's settings.
    pub fragment: String,
}

/// What a survey link loads: a survey ready to run, or why not.
enum Loaded {
    Ready(Rc<SurveyLink>, Rc<Flow>),
    BadLink(LinkError),
    BrokenInstrument,
}

/// The page: reads the link, then runs the survey it describes.
#[component]
pub fn SurveyPage(props: &SurveyPageProps) -> Html {
    let locale = use_locale();
    // Read once per address, not on every render: the codec derives tables from the instrument.
    let opened = use_memo(
        props.fragment.clone(),
        |fragment| match SurveyLink::from_fragment(fragment) {
            Ok(link) => match Flow::of_link(&link, Box::new(browser::uniform)) {
                Ok(flow) => Loaded::Ready(Rc::new(link), Rc::new(flow)),
                Err(_) => Loaded::BrokenInstrument,
            },
            Err(problem) => Loaded::BadLink(problem),
        },
    );
    let title = locale.t(Key::SurveyLinkErrorTitle);
    match &*opened {
        // A different survey in the same tab starts from its own state.
        Loaded::Ready(link, flow) => html! {
            <Respondent key={flow.shape().id.clone()} link={link.clone()} flow={flow.clone()} />
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

#[derive(Properties, PartialEq)]
struct RespondentProps {
    link: Rc<SurveyLink>,
    flow: Rc<Flow>,
}

#[component]
fn Respondent(props: &RespondentProps) -> Html {
    let locale = use_locale();
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
    let start_over = clear.reform(|_: MouseEvent| true);
    let progress = &state.progress;
    let body = match &progress.step {
        Step::Welcome => html! {
            <Welcome link={props.link.clone()} sections={props.flow.sections().len()}
                slip={progress.slip} on_slip={dispatch.reform(Action::Slip)}
                on_start={dispatch.reform(|_| Action::Start)} />
        },
        Step::Section(n) => html! {
            <questions::Questions flow={props.flow.clone()} link={props.link.clone()}
                progress={Rc::new(progress.clone())} section={*n} dispatch={dispatch.clone()} />
        },
        Step::Done(finished) => html! {
            <results::Results flow={props.flow.clone()} link={props.link.clone()}
                finished={Rc::new((**finished).clone())} />
        },
    };
    let done = matches!(progress.step, Step::Done(_));
    let leave = match (done, shared) {
        (true, true) => Key::NextPerson,
        (true, false) => Key::ClearScreen,
        (false, _) => Key::StartOver,
    };
    let counting = matches!(idle, Idle::Countdown(_));
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
                <shared::Countdown {left} on_continue={resume} />
            }
        </>
    }
}
