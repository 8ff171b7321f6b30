use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::Key;
use crate::lang::Explain;
use crate::link::{parse_min_group, units_of_lines, LinkError, SurveyLink};
use crate::report::{MIN_GROUP_CEILING, MIN_GROUP_DEFAULT, MIN_GROUP_FLOOR};
use crate::ui::use_locale;

/// What the organizer typed, read from the form when it is sent. The inputs keep their text
/// themselves, so a refused setting loses nothing.
#[derive(Default)]
struct Draft {
    id: String,
    title: String,
    units: String,
    asks_role: bool,
    min_group: String,
}

impl Draft {
    /// The form's fields, by name.
    fn of(form: &web_sys::Element) -> Draft {
        let field = |name: &str| {
            form.query_selector(&format!("[name={name}]"))
                .ok()
                .flatten()
        };
        let text = |name: &str| {
            field(name)
                .and_then(|e| {
                    e.clone()
                        .dyn_into::<web_sys::HtmlInputElement>()
                        .map(|i| i.value())
                        .or_else(|_| {
                            e.dyn_into::<web_sys::HtmlTextAreaElement>()
                                .map(|a| a.value())
                        })
                        .ok()
                })
                .unwrap_or_default()
        };
        Draft {
            id: text("id"),
            title: text("title"),
            units: text("units"),
            asks_role: field("role")
                .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some_and(|i| i.checked()),
            min_group: text("min-group"),
        }
    }

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

/// Asks for the survey's settings when the page was opened without a summary link.
#[component]
pub fn Settings() -> Html {
    let locale = use_locale();
    let form = use_node_ref();
    let problem = use_state(|| None::<LinkError>);
    let onsubmit = {
        let form = form.clone();
        let problem = problem.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(element) = form.cast::<web_sys::Element>() else {
                return;
            };
            match Draft::of(&element).settings() {
                Ok(link) => {
                    if let Some(window) = web_sys::window() {
                        let _ = window.location().set_hash(&link.to_summary_fragment());
                    }
                }
                Err(e) => problem.set(Some(e)),
            }
        })
    };
    html! {
        <form class="settings" ref={form} {onsubmit} novalidate=true>
            <h2>{ locale.t(Key::SettingsTitle) }</h2>
            <p>{ locale.t(Key::SettingsIntro) }</p>
            if let Some(problem) = &*problem {
                <p class="error" role="alert">{ problem.message(locale.lang) }</p>
            }
            <label class="field">
                <span>{ locale.t(Key::SettingsId) }</span>
                <input type="text" name="id" autocomplete="off" spellcheck="false" />
            </label>
            <label class="field">
                <span>{ locale.t(Key::SettingsTitleField) }</span>
                <input type="text" name="title" />
            </label>
            <label class="field">
                <span>{ locale.t(Key::SettingsUnits) }</span>
                <textarea name="units" rows="4" />
            </label>
            <label class="check">
                <input type="checkbox" name="role" />
                <span>{ locale.t(Key::SettingsRole) }</span>
            </label>
            <label class="field field--short">
                <span>{ locale.t(Key::SettingsMinGroup) }</span>
                <input type="number" name="min-group" min={MIN_GROUP_FLOOR.to_string()} max={MIN_GROUP_CEILING.to_string()} inputmode="numeric"
                    placeholder={MIN_GROUP_DEFAULT.to_string()} />
            </label>
            <p><button type="submit" class="button button--primary">{ locale.t(Key::SettingsOpen) }</button></p>
        </form>
    }
}
