//! The respondent's code, large and grouped for reading, with Copy and "Print my code", and where
//! to send it. A function, not a component: what became of a copy its caller keeps.

use yew::prelude::*;

use crate::i18n::Key;
use crate::link::SurveyLink;
use crate::ui::{browser, Locale};

/// What became of the last Copy.
#[derive(Clone, Copy, Default, PartialEq)]
pub enum Copied {
    #[default]
    Not,
    Yes,
    Selected,
}

/// The code, large and grouped, with a Copy button that falls back to selecting the text;
/// `on_copied` hears what became of a copy, `copied` says it.
pub fn code_box(
    link: &SurveyLink,
    code: &str,
    copied: Copied,
    on_copied: Callback<Copied>,
    locale: &Locale,
) -> Html {
    let onclick = {
        let code = code.to_string();
        Callback::from(move |_| {
            let (code, on_copied) = (code.clone(), on_copied.clone());
            yew::platform::spawn_local(async move {
                if browser::copy(&code).await {
                    on_copied.emit(Copied::Yes);
                } else if let Some(element) = browser::element("code") {
                    browser::select_text(&element);
                    on_copied.emit(Copied::Selected);
                }
            });
        })
    };
    html! {
        <section class="panel panel--code" aria-labelledby="code-title">
            <h2 id="code-title">{ locale.t(Key::CodeTitle) }</h2>
            <p>{ locale.t(Key::CodeExplain) }</p>
            <p class="code" id="code">{ code }</p>
            <p class="actions">
                <button type="button" class="button button--primary" {onclick}>{ locale.t(Key::CodeCopy) }</button>
                <button type="button" class="button" id="print-code" aria-describedby="print-code-hint"
                    onclick={Callback::from(|_| browser::print())}>{ locale.t(Key::CodePrint) }</button>
                <span class="copy-status" role="status">
                    { match copied {
                        Copied::Not => "",
                        Copied::Yes => locale.t(Key::CodeCopied),
                        Copied::Selected => locale.t(Key::CodeSelected),
                    } }
                </span>
            </p>
            <p class="hint" id="print-code-hint">{ locale.t(Key::CodePrintHint) }</p>
            <h3>{ locale.t(Key::CodeSendTitle) }</h3>
            <p class="send-to">{ send_to(link, locale) }</p>
            <p>{ locale.t(Key::CodeAnonymous) }</p>
            <p class="note"><strong>{ locale.t(Key::CodeNotKept) }</strong></p>
        </section>
    }
}

/// Where the organizer asked for codes, or the default advice.
pub fn send_to(link: &SurveyLink, locale: &Locale) -> String {
    if link.send_to.is_empty() {
        locale.t(Key::CodeSendDefault).to_string()
    } else {
        link.send_to.clone()
    }
}
