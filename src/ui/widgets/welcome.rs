//! The survey's welcome screen: the respondent's first screen, and the setup page's live preview
//! of it. A function, not a component: what it notes (a slip code that is not one) its caller
//! keeps, and its caller moves focus to its heading.

use yew::prelude::*;

use crate::code::Slip;
use crate::i18n::Key;
use crate::lang::{fill, Explain};
use crate::link::SurveyLink;
use crate::respondent::IDLE_MINUTES;
use crate::ui::{browser, Locale};

/// What the respondent's welcome screen starts with; the setup page's preview has none.
pub struct Start {
    /// In a survey with slips, the slip already held (from the slip's link, or typed before):
    /// then no slip code is asked for.
    pub slip: Option<Slip>,
    /// In a survey with slips and none held: the slip typed, read, before `on_start`.
    pub on_slip: Callback<Slip>,
    pub on_start: Callback<()>,
    /// Why the slip code typed is not one (the field keeps what was typed), and a way to say it.
    pub slip_problem: Option<String>,
    pub on_slip_problem: Callback<String>,
}

/// The first screen: whose survey this is and, in plain words, what happens to the answers. Without
/// `start`, a preview: its headings sit under the setup page's own and its button does nothing.
pub fn welcome(link: &SurveyLink, sections: usize, locale: &Locale, start: Option<Start>) -> Html {
    let preview = start.is_none();
    let asks_slip = link.slips && start.as_ref().is_none_or(|start| start.slip.is_none());
    let slip_problem = start.as_ref().and_then(|start| start.slip_problem.clone());
    let on_submit = {
        let lang = locale.lang;
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(start) = &start else {
                return;
            };
            if asks_slip {
                match Slip::read(&browser::input_value_of("slip-code")) {
                    Ok(slip) => start.on_slip.emit(slip),
                    Err(problem) => {
                        start.on_slip_problem.emit(problem.message(lang));
                        browser::focus_id("slip-code");
                        return;
                    }
                }
            }
            start.on_start.emit(());
        })
    };
    let (top, sub) = if preview { ("h3", "h4") } else { ("h1", "h2") };
    html! {
        <article class="welcome">
            <@{top} tabindex="-1">{ &link.title }</@>
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
            <p>{ fill(locale.t(Key::WelcomeTime), &[("n", &sections.to_string())]) }</p>
            <form class="welcome-start" novalidate=true onsubmit={on_submit}>
                if asks_slip {
                    <div class="field field--slip">
                        <label for="slip-code">{ locale.t(Key::SlipLabel) }</label>
                        <input id="slip-code" type="text" autocomplete="off" autocapitalize="characters"
                            disabled={preview} aria-invalid={slip_problem.is_some().to_string()}
                            aria-describedby="slip-code-error" />
                        <p class="error field-error" id="slip-code-error" role="alert" hidden={slip_problem.is_none()}>
                            { slip_problem.clone().unwrap_or_default() }
                        </p>
                    </div>
                }
                <p class="actions">
                    <button type="submit" class="button button--primary" disabled={preview}>
                        { locale.t(Key::WelcomeStart) }
                    </button>
                </p>
            </form>
        </article>
    }
}
