use yew::prelude::*;

use super::Notes;
use crate::i18n::Key;
use crate::link::SurveyLink;
use crate::respondent::{Finished, Flow};
use crate::ui::widgets::{code_box, send_to};
use crate::ui::Locale;

/// The respondent's own results, framed as what the work system does to them, and their code.
pub fn results(
    flow: &Flow,
    link: &SurveyLink,
    finished: &Finished,
    notes: &UseStateHandle<Notes>,
    locale: &Locale,
) -> Html {
    let lang = locale.lang;
    let instrument = flow.instrument;
    let scores = &finished.scores;
    let burnout_text = flow
        .wording
        .burnout_level(instrument, scores.burnout)
        .map(|text| text.get(lang))
        .unwrap_or_default();
    let low: Vec<_> = scores
        .low_levers()
        .filter_map(|lever| instrument.levers.get(lever))
        .collect();
    let code = finished.code.grouped();
    let on_copied = {
        let notes = notes.clone();
        Callback::from(move |copied| {
            notes.set(Notes {
                copied,
                ..Notes::default()
            })
        })
    };
    html! {
        <article class="results">
            <h1 tabindex="-1">{ locale.t(Key::ResultsTitle) }</h1>
            <p>{ locale.t(Key::ResultsYouSaid) }</p>
            <p class="burnout-level"><strong>{ burnout_text }</strong></p>
            if scores.needs_support(instrument) {
                <section class="panel panel--support" aria-labelledby="support-title">
                    <h2 id="support-title">{ locale.t(Key::SupportTitle) }</h2>
                    <p>{ locale.t(Key::SupportBody) }</p>
                    <ul>
                        for line in flow.wording.helplines {
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
                        <li><strong>{ lever.name.get(lang) }</strong>{ " — " }{ flow.wording.lever(lever.id).map(|d| d.get(lang)).unwrap_or_default() }</li>
                    }
                </ul>
            }
            if link.deniability.is_some() {
                <p class="panel notice" data-deniable="true">{ locale.t(Key::ResultsDeniable) }</p>
            }
            { code_box(link, &code, notes.copied, on_copied, locale) }
            // On paper only, and alone: printing this screen never prints the results above.
            <section class="slip" aria-hidden="true">
                <p class="slip__title">{ &link.title }</p>
                <p class="slip__code">{ code }</p>
                <p><strong>{ locale.t(Key::CodeSendTitle) }{ ": " }</strong>{ send_to(link, locale) }</p>
                <p class="slip__note">{ locale.t(Key::SlipNote) }</p>
            </section>
        </article>
    }
}
