use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::{t, Key};
use crate::instrument::{Item, Response};
use crate::lang::{fill, Explain, Lang, Text};
use crate::link::SurveyLink;
use crate::respondent::{Action, Flow, Progress};
use crate::scoring::Answer;
use crate::ui::Locale;

/// One section: its questions as fieldsets, progress, Back and Next. Enter anywhere submits the
/// form, which is "Next". Focus moves to its heading, and to a question left unanswered, in the
/// respondent's component (`Respondent`).
pub fn questions(
    flow: &Flow,
    link: &SurveyLink,
    progress: &Progress,
    section: usize,
    dispatch: &Callback<Action>,
    locale: &Locale,
) -> Html {
    let sections = flow.sections();
    let Some((heading, items)) = sections.get(section) else {
        return html! {};
    };
    let onsubmit = dispatch.reform(|event: SubmitEvent| {
        event.prevent_default();
        Action::Next
    });
    let last = section + 1 == sections.len();
    let progress_text = fill(
        locale.t(Key::SectionProgress),
        &[
            ("i", &(section + 1).to_string()),
            ("n", &sections.len().to_string()),
        ],
    );
    let lang = locale.lang;
    html! {
        <form class="questions" {onsubmit} novalidate=true>
            <p class="progress-text" id="progress-text">{ &progress_text }</p>
            <progress value={(section + 1).to_string()} max={sections.len().to_string()} aria-labelledby="progress-text"></progress>
            <h1 tabindex="-1">{ flow.heading(heading, lang) }</h1>
            if items.first().is_some_and(|&i| flow.own_statement(i).is_some()) {
                <p class="hint">{ locale.t(Key::OwnSectionIntro) }</p>
            }
            for &index in items {
                { question(&Question {
                    flow,
                    link,
                    index,
                    answer: progress.answers.get(index).cloned(),
                    missing: progress.missing.contains(&index),
                    dispatch,
                }, lang) }
            }
            if let Some(problem) = &progress.problem {
                <p class="error" role="alert">{ problem.message(lang) }</p>
            }
            <div class="nav-buttons">
                <button type="button" class="button" onclick={dispatch.reform(|_| Action::Back)}>{ locale.t(Key::Back) }</button>
                <button type="submit" class="button button--primary">{ locale.t(if last { Key::Finish } else { Key::Next }) }</button>
            </div>
        </form>
    }
}

/// One question as its views need it.
struct Question<'a> {
    flow: &'a Flow,
    link: &'a SurveyLink,
    index: usize,
    answer: Option<Answer>,
    missing: bool,
    dispatch: &'a Callback<Action>,
}

fn question(q: &Question, lang: Lang) -> Html {
    let Some(item) = q.flow.instrument.items.get(q.index) else {
        return own_statement(q, lang);
    };
    let index = q.index;
    let required = q.flow.required(index);
    let error_id = format!("q{index}-missing");
    let control = match &item.response {
        Response::Scale(scale) => radios(q, lang, q.flow.wording.scale(scale.id)),
        Response::OneOf(options) => radios(q, lang, options),
        Response::Unit => unit_select(q, lang),
        Response::Several { options, max } => checkboxes(q, lang, item, options, *max),
    };
    // Radio buttons cannot be unticked by hand; optional ones get a way back to "no answer".
    let clearable = !required
        && q.answer.is_some()
        && matches!(item.response, Response::Scale(_) | Response::OneOf(_));
    html! {
        <fieldset id={format!("q{index}")} data-item={item.id} class="question"
            aria-describedby={q.missing.then(|| error_id.clone())}>
            <legend id={format!("q{index}-legend")}>
                { q.flow.wording.prompt(item.id).map(|t| t.get(lang)).unwrap_or_default() }
                if required {
                    <span class="required">{ format!(" ({})", t(lang, Key::Required)) }</span>
                }
            </legend>
            if q.missing {
                <p class="error" id={error_id} role="alert">{ t(lang, Key::MissingAnswer) }</p>
            }
            { control }
            if clearable {
                <button type="button" class="link-button" onclick={q.dispatch.reform(move |_| Action::Answer(index, None))}>
                    { t(lang, Key::ClearAnswer) }
                </button>
            }
        </fieldset>
    }
}

/// A statement of the organization's own, on the agreement scale: as written, and marked with its
/// language when it has no wording in the page's.
fn own_statement(q: &Question, lang: Lang) -> Html {
    let index = q.index;
    let (Some(statement), Some(scale)) = (
        q.flow.own_statement(index),
        q.flow.instrument.agreement_scale(),
    ) else {
        return html! {};
    };
    let (text, written) = statement.text(lang);
    html! {
        <fieldset id={format!("q{index}")} data-own="" class="question">
            <legend id={format!("q{index}-legend")}>
                <span lang={written.tag()}>{ text }</span>
                if written != lang {
                    { " " }<span class="hint">{ t(lang, Key::OwnOtherLanguage) }</span>
                }
            </legend>
            { radios(q, lang, q.flow.wording.scale(scale.id)) }
            if q.answer.is_some() {
                <button type="button" class="link-button" onclick={q.dispatch.reform(move |_| Action::Answer(index, None))}>
                    { t(lang, Key::ClearAnswer) }
                </button>
            }
        </fieldset>
    }
}
fn radios(q: &Question, lang: Lang, options: &'static [Text]) -> Html {
    let index = q.index;
    html! {
        <div class="options">
            for (option, text) in options.iter().enumerate() {
                { {
                    let id = format!("q{index}-{option}");
                    let value = u8::try_from(option).unwrap_or(u8::MAX);
                    let checked = q.answer == Some(Answer::One(value));
                    html! {
                        <label class="option" for={id.clone()}>
                            <input type="radio" {id} name={format!("q{index}")} value={option.to_string()} {checked}
                                required={q.flow.required(index)}
                                onchange={q.dispatch.reform(move |_| Action::Answer(index, Some(Answer::One(value))))} />
                            <span>{ text.get(lang) }</span>
                        </label>
                    }
                } }
            }
        </div>
    }
}

fn unit_select(q: &Question, lang: Lang) -> Html {
    let index = q.index;
    let selected = match q.answer {
        Some(Answer::One(unit)) => unit.to_string(),
        _ => String::new(),
    };
    let onchange = q.dispatch.reform(move |event: Event| {
        let value = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .map(|select| select.value())
            .unwrap_or_default();
        Action::Answer(index, value.parse().ok().map(Answer::One))
    });
    html! {
        <select class="select" aria-labelledby={format!("q{index}-legend")} {onchange}>
            <option value="" selected={selected.is_empty()}>{ t(lang, Key::UnitNone) }</option>
            for (unit, name) in q.link.units.iter().enumerate() {
                <option value={unit.to_string()} selected={selected == unit.to_string()}>{ name }</option>
            }
        </select>
    }
}

fn checkboxes(q: &Question, lang: Lang, item: &Item, options: &'static [Text], max: u8) -> Html {
    let index = q.index;
    let chosen: Vec<u8> = match &q.answer {
        Some(Answer::Several(chosen)) => chosen.clone(),
        _ => Vec::new(),
    };
    let full = chosen.len() >= usize::from(max);
    let count = fill(
        t(lang, Key::ChosenCount),
        &[("n", &chosen.len().to_string()), ("max", &max.to_string())],
    );
    html! {
        <>
            <p class="hint" id={format!("{}-hint", item.id)} aria-live="polite">{ count }</p>
            <div class="options">
                for (option, text) in options.iter().enumerate() {
                    { {
                        let id = format!("q{index}-{option}");
                        let value = u8::try_from(option).unwrap_or(u8::MAX);
                        let checked = chosen.contains(&value);
                        let next: Vec<u8> = if checked {
                            chosen.iter().copied().filter(|&c| c != value).collect()
                        } else {
                            chosen.iter().copied().chain([value]).collect()
                        };
                        html! {
                            <label class="option" for={id.clone()}>
                                <input type="checkbox" {id} value={option.to_string()} {checked} disabled={full && !checked}
                                    onchange={q.dispatch.reform(move |_| {
                                        let next = next.clone();
                                        Action::Answer(index, (!next.is_empty()).then_some(Answer::Several(next)))
                                    })} />
                                <span>{ text.get(lang) }</span>
                            </label>
                        }
                    } }
                }
            </div>
        </>
    }
}
