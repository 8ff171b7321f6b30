use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Key;
use crate::link::SurveyLink;
use crate::respondent::{Finished, Flow};
use crate::ui::widgets::{send_to, CodeBox};
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
