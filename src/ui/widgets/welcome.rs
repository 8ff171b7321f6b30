//! The survey's welcome screen: the respondent's first screen, and the setup page's live preview
//! of it.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Key;
use crate::lang::fill;
use crate::link::SurveyLink;
use crate::respondent::IDLE_MINUTES;
use crate::ui::{browser, use_locale};

#[derive(Properties, PartialEq)]
pub struct WelcomeProps {
    pub link: Rc<SurveyLink>,
    pub sections: usize,
    pub on_start: Callback<MouseEvent>,
    /// Shown as a preview on the setup page: focus stays where it is, the button does nothing.
    #[prop_or_default]
    pub preview: bool,
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
                    if link.shared {
                        <li data-shared="true">{ fill(locale.t(Key::WelcomeShared), &[("minutes", &IDLE_MINUTES.to_string())]) }</li>
                    } else {
                        <li>{ locale.t(Key::WelcomeKept) }</li>
                    }
                </ul>
            </section>
            <p>{ fill(locale.t(Key::WelcomeTime), &[("n", &props.sections.to_string())]) }</p>
            <p class="actions">
                <button type="button" class="button button--primary" onclick={props.on_start.clone()} disabled={props.preview}>
                    { locale.t(Key::WelcomeStart) }
                </button>
            </p>
        </article>
    }
}
