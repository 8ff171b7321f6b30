//! The survey's welcome screen: the respondent's first screen, and the setup page's live preview
//! of it.

use std::rc::Rc;

use yew::prelude::*;

use crate::code::Slip;
use crate::i18n::Key;
use crate::lang::{fill, Explain};
use crate::link::SurveyLink;
use crate::respondent::IDLE_MINUTES;
use crate::ui::{browser, use_locale};

#[derive(Properties, PartialEq)]
pub struct WelcomeProps {
    pub link: Rc<SurveyLink>,
    pub sections: usize,
    pub on_start: Callback<()>,
    /// Shown as a preview on the setup page: focus stays where it is, the button does nothing.
    #[prop_or_default]
    pub preview: bool,
    /// In a survey with slips, the slip already held (from the slip's link, or typed before):
    /// then no slip code is asked for.
    #[prop_or_default]
    pub slip: Option<Slip>,
    /// In a survey with slips and none held: the slip typed, read, before `on_start`.
    #[prop_or_default]
    pub on_slip: Callback<Slip>,
}

/// The first screen: whose survey this is and, in plain words, what happens to the answers.
#[component]
pub fn Welcome(props: &WelcomeProps) -> Html {
    let locale = use_locale();
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        let preview = props.preview;
        use_effect_with((), move |_| {
            if !preview {
                browser::focus(heading.cast());
            }
        });
    }
    let link = &props.link;
    let asks_slip = link.slips && props.slip.is_none();
    // Why the slip code typed is not one. The field keeps what was typed.
    let field = use_node_ref();
    let slip_problem = use_state(|| None::<String>);
    let on_submit = {
        let (field, slip_problem) = (field.clone(), slip_problem.clone());
        let (on_slip, on_start) = (props.on_slip.clone(), props.on_start.clone());
        let lang = locale.lang;
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if asks_slip {
                match Slip::read(&browser::field_value(&field)) {
                    Ok(slip) => on_slip.emit(slip),
                    Err(problem) => {
                        slip_problem.set(Some(problem.message(lang)));
                        browser::focus(field.cast());
                        return;
                    }
                }
            }
            on_start.emit(());
        })
    };
    // In the setup page's preview the headings sit under that page's own.
    let (top, sub) = if props.preview {
        ("h3", "h4")
    } else {
        ("h1", "h2")
    };
    html! {
        <article class="welcome">
            <@{top} tabindex="-1" ref={heading}>{ &link.title }</@>
            if !link.organization.is_empty() {
                <p class="run-by">{ fill(locale.t(Key::SurveyRunBy), &[("org", &link.organization)]) }</p>
            }
            <section class="panel" aria-labelledby="what-title">
                <@{sub} id="what-title">{ locale.t(Key::WelcomeWhatTitle) }</@>
                <ul class="plain-list">
                    <li>{ locale.t(Key::WelcomeDevice) }</li>
                    if link.deniability.is_some() {
                        <li>{ locale.t(Key::WelcomeCodeDeniable) }</li>
                    } else {
                        <li>{ locale.t(Key::WelcomeCode) }</li>
                    }
                    <li>{ locale.t(Key::WelcomeNever) }</li>
                    if link.deniability.is_some() {
                        <li data-deniable="true">{ locale.t(Key::WelcomeDeniable) }</li>
                    }
                    if link.slips {
                        <li data-slips="true">{ locale.t(Key::WelcomeSlip) }</li>
                    }
                    if link.shared {
                        <li data-shared="true">{ fill(locale.t(Key::WelcomeShared), &[("minutes", &IDLE_MINUTES.to_string())]) }</li>
                    } else {
                        <li>{ locale.t(Key::WelcomeKept) }</li>
                    }
                </ul>
            </section>
            <p>{ fill(locale.t(Key::WelcomeTime), &[("n", &props.sections.to_string())]) }</p>
            <form class="welcome-start" novalidate=true onsubmit={on_submit}>
                if asks_slip {
                    <div class="field field--slip">
                        <label for="slip-code">{ locale.t(Key::SlipLabel) }</label>
                        <input id="slip-code" ref={field} type="text" autocomplete="off" autocapitalize="characters"
                            disabled={props.preview} aria-invalid={slip_problem.is_some().to_string()}
                            aria-describedby="slip-code-error" />
                        <p class="error field-error" id="slip-code-error" role="alert" hidden={slip_problem.is_none()}>
                            { (*slip_problem).clone().unwrap_or_default() }
                        </p>
                    </div>
                }
                <p class="actions">
                    <button type="submit" class="button button--primary" disabled={props.preview}>
                        { locale.t(Key::WelcomeStart) }
                    </button>
                </p>
            </form>
        </article>
    }
}
