use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::Key;
use crate::lang::Explain;
use crate::link::{parse_min_group, units_of_lines, LinkError, SurveyLink};
use crate::report::{MIN_GROUP_CEILING, MIN_GROUP_DEFAULT, MIN_GROUP_FLOOR};
use crate::ui::use_locale;

/// What the organizer has typed so far; kept as typed, so a rejected setting loses nothing.
#[derive(Clone, PartialEq, Default)]
struct Draft {
    id: String,
    title: String,
    units: String,
    asks_role: bool,
    min_group: String,
}

impl Draft {
    /// The settings, checked by the same rules as every link.
    fn settings(&self) -> Result<SurveyLink, LinkError> {
        let min_group = match self.min_group.trim() {
            "" => MIN_GROUP_DEFAULT,
            typed => parse_min_group(typed)?,
        };
        let link = SurveyLink {
            id: self.id.trim().to_string(),
            title: self.title.trim().to_string(),
            organization: String::new(),
            units: units_of_lines(&self.units),
            asks_role: self.asks_role,
            lang: None,
            min_group,
            send_to: String::new(),
        };
        link.validate().map(|()| link)
    }
}

fn value_of(event: &Event) -> String {
    event
        .target()
        .and_then(|t| {
            t.clone()
                .dyn_into::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .or_else(|_| {
                    t.dyn_into::<web_sys::HtmlTextAreaElement>()
                        .map(|a| a.value())
                })
                .ok()
        })
        .unwrap_or_default()
}

/// Asks for the survey's settings when the page was opened without a summary link.
#[component]
pub fn Settings() -> Html {
    let locale = use_locale();
    let draft = use_state(Draft::default);
    let problem = use_state(|| None::<LinkError>);
    let field = |set: fn(&mut Draft, String)| {
        let draft = draft.clone();
        Callback::from(move |event: Event| {
            let mut next = (*draft).clone();
            set(&mut next, value_of(&event));
            draft.set(next);
        })
    };
    let onsubmit = {
        let draft = draft.clone();
        let problem = problem.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match draft.settings() {
                Ok(link) => {
                    if let Some(window) = web_sys::window() {
                        let _ = window.location().set_hash(&link.to_summary_fragment());
                    }
                }
                Err(e) => problem.set(Some(e)),
            }
        })
    };
    let on_role = {
        let draft = draft.clone();
        Callback::from(move |event: Event| {
            let checked = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some_and(|i| i.checked());
            let mut next = (*draft).clone();
            next.asks_role = checked;
            draft.set(next);
        })
    };
    html! {
        <form class="settings" {onsubmit} novalidate=true>
            <h2>{ locale.t(Key::SettingsTitle) }</h2>
            <p>{ locale.t(Key::SettingsIntro) }</p>
            if let Some(problem) = &*problem {
                <p class="error" role="alert">{ problem.message(locale.lang) }</p>
            }
            <label class="field">
                <span>{ locale.t(Key::SettingsId) }</span>
                <input type="text" name="id" autocomplete="off" spellcheck="false" value={draft.id.clone()}
                    onchange={field(|d, v| d.id = v)} />
            </label>
            <label class="field">
                <span>{ locale.t(Key::SettingsTitleField) }</span>
                <input type="text" name="title" value={draft.title.clone()} onchange={field(|d, v| d.title = v)} />
            </label>
            <label class="field">
                <span>{ locale.t(Key::SettingsUnits) }</span>
                <textarea name="units" rows="4" value={draft.units.clone()} onchange={field(|d, v| d.units = v)} />
            </label>
            <label class="check">
                <input type="checkbox" name="role" checked={draft.asks_role} onchange={on_role} />
                <span>{ locale.t(Key::SettingsRole) }</span>
            </label>
            <label class="field field--short">
                <span>{ locale.t(Key::SettingsMinGroup) }</span>
                <input type="number" name="min-group" min={MIN_GROUP_FLOOR.to_string()} max={MIN_GROUP_CEILING.to_string()} inputmode="numeric"
                    placeholder={MIN_GROUP_DEFAULT.to_string()} value={draft.min_group.clone()}
                    onchange={field(|d, v| d.min_group = v)} />
            </label>
            <p><button type="submit" class="button button--primary">{ locale.t(Key::SettingsOpen) }</button></p>
        </form>
    }
}
