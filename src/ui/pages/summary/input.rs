use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::Key;
use crate::ui::{browser, use_locale};

/// Props of [`CodeInput`].
#[derive(Properties, PartialEq)]
pub struct CodeInputProps {
    /// `baseline` or `follow-up`: names the controls.
    pub id: AttrValue,
    /// The heading of this set of codes.
    pub title: AttrValue,
    /// Everything pasted or dropped so far, shown and editable as it is.
    pub text: AttrValue,
    /// A new whole text for this set of codes (after an edit, a paste or a dropped file).
    pub on_text: Callback<String>,
    /// Staff invited, as typed.
    pub headcount: AttrValue,
    /// The headcount as typed.
    pub on_headcount: Callback<String>,
    /// Files that could not be read.
    #[prop_or_default]
    pub unreadable: Vec<String>,
    /// Reports files that could not be read.
    pub on_unreadable: Callback<Vec<String>>,
}

/// One set of codes: a text area that keeps everything pasted, files chosen or dropped onto it
/// (appended, never replacing), and the headcount for the response rate.
#[component]
pub fn CodeInput(props: &CodeInputProps) -> Html {
    let locale = use_locale();
    let textarea = use_node_ref();
    let text_id = format!("{}-codes", props.id);
    let files_id = format!("{}-files", props.id);
    let head_id = format!("{}-headcount", props.id);

    let append = {
        let on_text = props.on_text.clone();
        let on_unreadable = props.on_unreadable.clone();
        let textarea = textarea.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            let on_text = on_text.clone();
            let on_unreadable = on_unreadable.clone();
            // What is in the box now, including typing not yet confirmed, is kept.
            let mut text = textarea
                .cast::<web_sys::HtmlTextAreaElement>()
                .map(|area| area.value())
                .unwrap_or_default();
            yew::platform::spawn_local(async move {
                let mut unreadable = Vec::new();
                for file in browser::read_files(files).await {
                    match file {
                        Ok(content) => {
                            if !text.is_empty() && !text.ends_with('\n') {
                                text.push('\n');
                            }
                            text.push_str(&content);
                        }
                        Err(name) => unreadable.push(name),
                    }
                }
                on_text.emit(text);
                on_unreadable.emit(unreadable);
            });
        })
    };
    let on_change = {
        let on_text = props.on_text.clone();
        Callback::from(move |event: Event| {
            if let Some(area) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            {
                on_text.emit(area.value());
            }
        })
    };
    let on_count = {
        let on_text = props.on_text.clone();
        let textarea = textarea.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = textarea.cast::<web_sys::HtmlTextAreaElement>() {
                on_text.emit(area.value());
            }
        })
    };
    let on_files = {
        let append = append.clone();
        Callback::from(move |event: Event| {
            let input = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            if let Some(list) = input.as_ref().and_then(|i| i.files()) {
                append.emit(browser::files_of(&list));
            }
            if let Some(input) = input {
                // Choosing the same file again must count as a new choice.
                input.set_value("");
            }
        })
    };
    let on_drop = {
        let append = append.clone();
        Callback::from(move |event: DragEvent| {
            if let Some(list) = event.data_transfer().and_then(|d| d.files()) {
                if list.length() > 0 {
                    event.prevent_default();
                    append.emit(browser::files_of(&list));
                }
            }
        })
    };
    let on_drag_over = Callback::from(|event: DragEvent| event.prevent_default());
    let on_clear = props.on_text.reform(|_: MouseEvent| String::new());
    let on_headcount = {
        let on_headcount = props.on_headcount.clone();
        Callback::from(move |event: Event| {
            if let Some(input) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                on_headcount.emit(input.value());
            }
        })
    };
    html! {
        <section class="code-input" aria-labelledby={format!("{}-title", props.id)}>
            <h2 id={format!("{}-title", props.id)}>{ &props.title }</h2>
            <label for={text_id.clone()}>{ locale.t(Key::PasteLabel) }</label>
            <textarea id={text_id} ref={textarea} rows="8" spellcheck="false" autocomplete="off"
                value={props.text.clone()} onchange={on_change} ondrop={on_drop} ondragover={on_drag_over} />
            <div class="input-actions">
                <button type="button" class="button button--primary" onclick={on_count}>{ locale.t(Key::PasteAdd) }</button>
                <button type="button" class="button button--quiet" onclick={on_clear}>{ locale.t(Key::ClearWave) }</button>
            </div>
            <label class="field" for={files_id.clone()}>{ locale.t(Key::FilesLabel) }</label>
            <input id={files_id} type="file" accept=".txt,.csv,text/plain,text/csv" multiple=true onchange={on_files} />
            if !props.unreadable.is_empty() {
                <p class="error" role="alert">{ format!("{} {}", locale.t(Key::FileUnreadable), props.unreadable.join(", ")) }</p>
            }
            <label class="field field--short" for={head_id.clone()}>{ locale.t(Key::HeadcountLabel) }</label>
            <input id={head_id} type="number" min="1" inputmode="numeric" value={props.headcount.clone()} onchange={on_headcount} />
        </section>
    }
}
