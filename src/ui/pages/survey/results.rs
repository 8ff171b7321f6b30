use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Key;
use crate::link::SurveyLink;
use crate::respondent::{Finished, Flow};
use crate::ui::{browser, use_locale};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub flow: Rc<Flow>,
    pub link: Rc<SurveyLink>,
    pub finished: Rc<Finished>,
}

/// The respondent's own results, framed as what the work system does to them, and their code.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let locale = use_locale();
    let lang = locale.lang;
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| browser::focus(heading.cast()));
    }
    let instrument = props.flow.instrument;
    let scores = &props.finished.scores;
    let burnout_text = props
        .flow
        .wording
        .burnout_level(instrument, scores.burnout)
        .map(|text| text.get(lang))
        .unwrap_or_default();
    let low: Vec<_> = scores
        .low_levers()
        .filter_map(|lever| instrument.levers.get(lever))
        .collect();
    html! {
        <article class="results">
            <h1 tabindex="-1" ref={heading}>{ locale.t(Key::ResultsTitle) }</h1>
            <p>{ locale.t(Key::ResultsYouSaid) }</p>
            <p class="burnout-level"><strong>{ burnout_text }</strong></p>
            if scores.needs_support(instrument) {
                <section class="panel panel--support" aria-labelledby="support-title">
                    <h2 id="support-title">{ locale.t(Key::SupportTitle) }</h2>
                    <p>{ locale.t(Key::SupportBody) }</p>
                    <ul>
                        for line in props.flow.wording.helplines {
                            <li><a href={format!("tel:{}", line.dial)}>{ line.text.get(lang) }</a></li>
                        }
                    </ul>
                    <p>{ locale.t(Key::SupportEap) }</p>
                </section>
            }
            <p>{ locale.t(Key::ResultsFraming) }</p>
            <h2>{ locale.t(Key::ResultsLowTitle) }</h2>
            if low.is_empty() {
                <p>{ locale.t(Key::ResultsLowNone) }</p>
            } else {
                <ul class="levers-low">
                    for lever in low {
                        <li><strong>{ lever.name.get(lang) }</strong>{ " — " }{ props.flow.wording.lever(lever.id).map(|d| d.get(lang)).unwrap_or_default() }</li>
                    }
                </ul>
            }
            if props.link.deniability.is_some() {
                <p class="panel notice" data-deniable="true">{ locale.t(Key::ResultsDeniable) }</p>
            }
            <CodeBox link={props.link.clone()} code={props.finished.code.grouped()} />
            // On paper only, and alone: printing this screen never prints the results above.
            <section class="slip" aria-hidden="true">
                <p class="slip__title">{ &props.link.title }</p>
                <p class="slip__code">{ props.finished.code.grouped() }</p>
                <p><strong>{ locale.t(Key::CodeSendTitle) }{ ": " }</strong>{ send_to(&props.link, &locale) }</p>
                <p class="slip__note">{ locale.t(Key::SlipNote) }</p>
            </section>
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct CodeBoxProps {
    link: Rc<SurveyLink>,
    code: AttrValue,
}

#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    Selected,
}

/// The code, large and grouped, with a Copy button that falls back to selecting the text.
#[component]
fn CodeBox(props: &CodeBoxProps) -> Html {
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
fn send_to(link: &SurveyLink, locale: &crate::ui::Locale) -> String {
    if link.send_to.is_empty() {
        locale.t(Key::CodeSendDefault).to_string()
    } else {
        link.send_to.clone()
    }
}
