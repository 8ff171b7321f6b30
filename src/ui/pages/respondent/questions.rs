use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::{t, Key};
use crate::instrument::{Item, Response};
use crate::lang::{fill, Explain, Lang, Text};
use crate::link::SurveyLink;
use crate::respondent::{Action, Flow, Progress};
use crate::scoring::Answer;
use crate::ui::{browser, use_locale};

#[derive(Properties, PartialEq)]
pub struct QuestionsProps {
    pub flow: Rc<Flow>,
    pub link: Rc<SurveyLink>,
    pub progress: Rc<Progress>,
    pub section: usize,
    pub dispatch: Callback<Action>,
}

/// One section: its questions as fieldsets, progress, Back and Next. Enter anywhere submits the
/// form, which is "Next".
#[component]
pub fn Questions(props: &QuestionsProps) -> Html {
    let locale = use_locale();
    let heading = use_node_ref();
    {
        // Each new section starts at its heading, for keyboard and screen-reader users alike.
        let heading = heading.clone();
        use_effect_with(props.section, move |_| browser::focus(heading.cast()));
    }
    {
        // After a refused "Next", go to the first question that still needs an answer.
        let first_missing = props.progress.missing.first().copied();
        use_effect_with(props.progress.missing.clone(), move |_| {
            if let Some(index) = first_missing {
                let target = web_sys::window().and_then(|w| w.document()).and_then(|d| {
                    d.query_selector(&format!("#q{index} input, #q{index} select"))
                        .ok()
                        .flatten()
                });
                browser::focus(target);
            }
        });
    }
    // Hooks above, early return below: Yew requires every render to call the same hooks in order.
    let sections = props.flow.sections();
    let Some((section, items)) = sections.get(props.section) else {
        return html! {};
    };
    let onsubmit = props.dispatch.reform(|event: SubmitEvent| {
        event.prevent_default();
        Action::Next
    });
    let last = props.section + 1 == sections.len();
    let progress_text = fill(
        locale.t(Key::SectionProgress),
        &[
            ("i", &(props.section + 1).to_string()),
            ("n", &sections.len().to_string()),
        ],
    );
    html! {
        <form class="questions" {onsubmit} novalidate=true>
            <p class="progress-text" id="progress-text">{ &progress_text }</p>
            <progress value={(props.section + 1).to_string()} max={sections.len().to_string()} aria-labelledby="progress-text"></progress>
            <h1 tabindex="-1" ref={heading}>{ props.flow.heading(section, locale.lang) }</h1>
            if items.first().is_some_and(|&i| props.flow.own_statement(i).is_some()) {
                <p class="hint">{ locale.t(Key::OwnSectionIntro) }</p>
            }
            for &index in items {
                <Question flow={props.flow.clone()} link={props.link.clone()} {index}
                    answer={props.progress.answers.get(index).cloned()}
                    missing={props.progress.missing.contains(&index)}
                    dispatch={props.dispatch.clone()} />
            }
            if let Some(problem) = &props.progress.problem {
                <p class="error" role="alert">{ problem.message(locale.lang) }</p>
            }
            <div class="nav-buttons">
                <button type="button" class="button" onclick={props.dispatch.reform(|_| Action::Back)}>{ locale.t(Key::Back) }</button>
                <button type="submit" class="button button--primary">{ locale.t(if last { Key::Finish } else { Key::Next }) }</button>
            </div>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct QuestionProps {
    flow: Rc<Flow>,
    link: Rc<SurveyLink>,
    index: usize,
    answer: Option<Answer>,
    missing: bool,
    dispatch: Callback<Action>,
}

#[component]
fn Question(props: &QuestionProps) -> Html {
    let locale = use_locale();
    let Some(item) = props.flow.instrument.items.get(props.index) else {
        return own_statement(props, locale.lang);
    };
    let index = props.index;
    let required = props.flow.required(index);
    let error_id = format!("q{index}-missing");
    let control = match &item.response {
        Response::Scale(scale) => radios(props, locale.lang, props.flow.wording.scale(scale.id)),
        Response::OneOf(options) => radios(props, locale.lang, options),
        Response::Unit => unit_select(props, locale.lang),
        Response::Several { options, max } => checkboxes(props, locale.lang, item, options, *max),
    };
    // Radio buttons cannot be unticked by hand; optional ones get a way back to "no answer".
    let clearable = !required
        && props.answer.is_some()
        && matches!(item.response, Response::Scale(_) | Response::OneOf(_));
    html! {
        <fieldset id={format!("q{index}")} data-item={item.id} class="question"
            aria-describedby={props.missing.then(|| error_id.clone())}>
            <legend id={format!("q{index}-legend")}>
                { props.flow.wording.prompt(item.id).map(|t| t.get(locale.lang)).unwrap_or_default() }
                if required {
                    <span class="required">{ format!(" ({})", locale.t(Key::Required)) }</span>
                }
            </legend>
            if props.missing {
                <p class="error" id={error_id} role="alert">{ locale.t(Key::MissingAnswer) }</p>
            }
            { control }
            if clearable {
                <button type="button" class="link-button" onclick={props.dispatch.reform(move |_| Action::Answer(index, None))}>
                    { locale.t(Key::ClearAnswer) }
                </button>
            }
        </fieldset>
    }
}

/// A statement of the organization's own, on the agreement scale: as written, and marked with its
/// language when it has no wording in the page's.
fn own_statement(props: &QuestionProps, lang: Lang) -> Html {
    let index = props.index;
    let (Some(statement), Some(scale)) = (
        props.flow.own_statement(index),
        props.flow.instrument.agreement_scale(),
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
            { radios(props, lang, props.flow.wording.scale(scale.id)) }
            if props.answer.is_some() {
                <button type="button" class="link-button" onclick={props.dispatch.reform(move |_| Action::Answer(index, None))}>
                    { t(lang, Key::ClearAnswer) }
                </button>
            }
        </fieldset>
    }
}

fn radios(props: &QuestionProps, lang: Lang, options: &'static [Text]) -> Html {
    let index = props.index;
    html! {
        <div class="options">
            for (option, text) in options.iter().enumerate() {
                { {
                    let id = format!("q{index}-{option}");
                    let value = u8::try_from(option).unwrap_or(u8::MAX);
                    let checked = props.answer == Some(Answer::One(value));
                    html! {
                        <label class="option" for={id.clone()}>
                            <input type="radio" {id} name={format!("q{index}")} value={option.to_string()} {checked}
                                required={props.flow.required(index)}
                                onchange={props.dispatch.reform(move |_| Action::Answer(index, Some(Answer::One(value))))} />
                            <span>{ text.get(lang) }</span>
                        </label>
                    }
                } }
            }
        </div>
    }
}

fn unit_select(props: &QuestionProps, lang: Lang) -> Html {
    let index = props.index;
    let selected = match props.answer {
        Some(Answer::One(unit)) => unit.to_string(),
        _ => String::new(),
    };
    let onchange = props.dispatch.reform(move |event: Event| {
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
            for (unit, name) in props.link.units.iter().enumerate() {
                <option value={unit.to_string()} selected={selected == unit.to_string()}>{ name }</option>
            }
        </select>
    }
}

fn checkboxes(
    props: &QuestionProps,
    lang: Lang,
    item: &Item,
    options: &'static [Text],
    max: u8,
) -> Html {
    let index = props.index;
    let chosen: Vec<u8> = match &props.answer {
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
                                    onchange={props.dispatch.reform(move |_| {
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
