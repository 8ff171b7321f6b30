use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::Key;
use crate::link::{SurveyLink, MIN_GROUP_DEFAULT};
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
    /// The settings as a link query, read back through the same parser every link goes through.
    fn query(&self) -> Result<String, crate::link::LinkError> {
        let link = SurveyLink {
            id: self.id.trim().to_string(),
            title: self.title.trim().to_string(),
            organization: String::new(),
            units: self
                .units
                .lines()
                .map(str::trim)
                .filter(|u| !u.is_empty())
                .map(str::to_string)
                .collect(),
            asks_role: self.asks_role,
            lang: None,
            min_group: MIN_GROUP_DEFAULT,
            send_to: String::new(),
        };
        let mut query = link.to_query();
        if !self.min_group.trim().is_empty() {
            query.push_str("&m=");
            query.push_str(self.min_group.trim());
        }
        SurveyLink::parse(&query).map(|_| query)
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
    let problem = use_state(|| None::<crate::link::LinkError>);
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
            match draft.query() {
                Ok(query) => {
                    if let Some(window) = web_sys::window() {
                        let _ = window.location().set_hash(&format!("/summary?{query}"));
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
                <input type="number" name="min-group" min="3" max="50" inputmode="numeric"
                    placeholder={MIN_GROUP_DEFAULT.to_string()} value={draft.min_group.clone()}
                    onchange={field(|d, v| d.min_group = v)} />
            </label>
            <p><button type="submit" class="button button--primary">{ locale.t(Key::SettingsOpen) }</button></p>
        </form>
    }
}
