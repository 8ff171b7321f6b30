//! The respondent's code, large and grouped for reading, with Copy and "Print my code", and where
//! to send it.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Key;
use crate::link::SurveyLink;
use crate::ui::{browser, use_locale, Locale};

#[derive(Properties, PartialEq)]
pub struct CodeBoxProps {
    /// The survey, for where to send the code.
    pub link: Rc<SurveyLink>,
    /// The code, grouped for reading.
    pub code: AttrValue,
}

#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    Selected,
}

/// The code, large and grouped, with a Copy button that falls back to selecting the text.
#[component]
pub fn CodeBox(props: &CodeBoxProps) -> Html {
    let locale = use_locale();
    let copied = use_state(|| Copied::Not);
    let code_ref = use_node_ref();
    let onclick = {
        let copied = copied.clone();
        let code = props.code.clone();
        let code_ref = code_ref.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            let code = code.clone();
            let code_ref = code_ref.clone();
            yew::platform::spawn_local(async move {
                if browser::copy(&code).await {
                    copied.set(Copied::Yes);
                } else if let Some(element) = code_ref.cast::<web_sys::Element>() {
                    browser::select_text(&element);
                    copied.set(Copied::Selected);
                }
            });
        })
    };
    let send_to = send_to(&props.link, &locale);
    html! {
        <section class="panel panel--code" aria-labelledby="code-title">
            <h2 id="code-title">{ locale.t(Key::CodeTitle) }</h2>
            <p>{ locale.t(Key::CodeExplain) }</p>
            <p class="code" id="code" ref={code_ref}>{ &props.code }</p>
            <p class="actions">
                <button type="button" class="button button--primary" {onclick}>{ locale.t(Key::CodeCopy) }</button>
                <button type="button" class="button" id="print-code" aria-describedby="print-code-hint"
                    onclick={Callback::from(|_| browser::print())}>{ locale.t(Key::CodePrint) }</button>
                <span class="copy-status" role="status">
                    { match *copied {
                        Copied::Not => "",
                        Copied::Yes => locale.t(Key::CodeCopied),
                        Copied::Selected => locale.t(Key::CodeSelected),
                    } }
                </span>
            </p>
            <p class="hint" id="print-code-hint">{ locale.t(Key::CodePrintHint) }</p>
            <h3>{ locale.t(Key::CodeSendTitle) }</h3>
            <p class="send-to">{ send_to }</p>
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
