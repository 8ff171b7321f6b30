//! A read-only text with a Copy button.
//!
//! A plain function, not a component: a component type costs each page its own copy of Yew's
//! machinery (some 2–3 KB gzipped), and this widget has no state worth it. After a copy, the
//! button's handler writes the outcome into the field's status line itself; the next copy
//! overwrites it.

use yew::prelude::*;

use crate::i18n::Key;
use crate::ui::{browser, Locale};

/// A read-only text with a Copy button, and for a link a way to open it (with the wording
/// `open`); `multiline` puts the text in a text area. The field's id is `id`, the Copy button's
/// `{id}-copy`, the status line's `{id}-status`.
pub fn copy_field(
    id: &'static str,
    label: &'static str,
    text: String,
    open: Option<&'static str>,
    multiline: bool,
    locale: &Locale,
) -> Html {
    let onclick = {
        let text = text.clone();
        let outcomes = (locale.t(Key::SetupCopied), locale.t(Key::SetupCopyFailed));
        Callback::from(move |_: MouseEvent| {
            let text = text.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let copied = browser::copy(&text).await;
                let said = if copied { outcomes.0 } else { outcomes.1 };
                browser::set_text(&format!("{id}-status"), said);
            });
        })
    };
    html! {
        <div class="field copy-field">
            <label for={id}>{ label }</label>
            if multiline {
                <textarea {id} readonly=true rows="9" value={text.clone()} />
            } else {
                <input {id} type="text" readonly=true value={text.clone()} />
            }
            <p class="input-actions">
                <button type="button" class="button" {onclick} id={format!("{id}-copy")}>{ locale.t(Key::SetupCopy) }</button>
                if let Some(open) = open {
                    <a class="button button--quiet" href={text} target="_blank" rel="noopener">{ open }</a>
                }
                <span class="copy-status" role="status" id={format!("{id}-status")}></span>
            </p>
        </div>
    }
}
