//! A read-only text with a Copy button.

use yew::prelude::*;

use crate::i18n::Key;
use crate::ui::{browser, use_locale};

#[derive(Properties, PartialEq)]
pub struct CopyFieldProps {
    /// The text field's id; the Copy button's is the same with `-copy`.
    pub id: &'static str,
    /// The field's label.
    pub label: &'static str,
    /// The text to copy.
    pub text: String,
    /// A link to open the text, with this wording.
    pub open: Option<&'static str>,
    /// A text of several lines, in a text area.
    #[prop_or_default]
    pub multiline: bool,
}

/// A read-only text with a Copy button, and for a link a way to open it.
#[component]
pub fn CopyField(props: &CopyFieldProps) -> Html {
    let locale = use_locale();
    let status = use_state(|| None::<bool>);
    {
        // A new text has not been copied yet.
        let status = status.clone();
        use_effect_with(props.text.clone(), move |_| status.set(None));
    }
    let onclick = {
        let text = props.text.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let text = text.clone();
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(browser::copy(&text).await));
            });
        })
    };
    let id = props.id;
    html! {
        <div class="field copy-field">
            <label for={id}>{ props.label }</label>
            if props.multiline {
                <textarea {id} readonly=true rows="9" value={props.text.clone()} />
            } else {
                <input {id} type="text" readonly=true value={props.text.clone()} />
            }
            <p class="input-actions">
                <button type="button" class="button" {onclick} id={format!("{id}-copy")}>{ locale.t(Key::SetupCopy) }</button>
                if let Some(open) = props.open {
                    <a class="button button--quiet" href={props.text.clone()} target="_blank" rel="noopener">{ open }</a>
                }
                <span class="copy-status" role="status">
                    { match *status {
                        Some(true) => locale.t(Key::SetupCopied),
                        Some(false) => locale.t(Key::SetupCopyFailed),
                        None => "",
                    } }
                </span>
            </p>
        </div>
    }
}
