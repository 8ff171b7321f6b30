//! One set of codes: a text area for typing and small pastes, files chosen or dropped, and large
//! pastes. Files and large pastes are read straight into the model in slices, never into the text
//! area (whose own layout of a long text takes the browser seconds), and listed with what they
//! held and a Remove button.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::code::Verdict;
use crate::i18n::{t, Key};
use crate::lang::{fill, Lang};
use crate::summary::{slices, Action, Lines, Origin, Source, Wave, LARGE_PASTE, SLICE};
use crate::ui::format::size;
use crate::ui::{browser, use_locale};

/// Props of [`CodeInput`].
#[derive(Properties, PartialEq)]
pub struct CodeInputProps {
    /// `baseline` or `follow-up`: names the controls.
    pub id: AttrValue,
    /// Which set of codes.
    pub wave: Wave,
    /// The heading of this set of codes.
    pub title: AttrValue,
    /// The text area's text, as the model holds it.
    pub typed: AttrValue,
    /// The files and large pastes read so far.
    pub sources: Vec<Source>,
    /// Staff invited, if entered.
    pub headcount: Option<u64>,
    /// Hands every change to the model.
    pub dispatch: Callback<Action>,
}

/// How a source is named in lists and problem lines: the file's name, or "Pasted text".
pub fn source_name(source: &Source, lang: Lang) -> String {
    match &source.origin {
        Origin::File(name) => name.clone(),
        Origin::Paste => t(lang, Key::PastedText).to_string(),
    }
}

/// The text area, the file picker, the list of files and large pastes, and the headcount.
#[component]
pub fn CodeInput(props: &CodeInputProps) -> Html {
    let locale = use_locale();
    let lang = locale.lang;
    let textarea = use_node_ref();
    // Numbers for sources, unique within this set of codes for the page's life.
    let next_id = use_mut_ref(|| Cell::new(0u32));
    let text_id = format!("{}-codes", props.id);
    let files_id = format!("{}-files", props.id);
    let head_id = format!("{}-headcount", props.id);
    let wave = props.wave;

    let read_files = {
        let dispatch = props.dispatch.clone();
        let next_id = next_id.clone();
        let textarea = textarea.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            // What is in the box now, typed but not yet counted, is counted first: a drop onto it
            // must not leave it behind.
            if let Some(area) = textarea.cast::<web_sys::HtmlTextAreaElement>() {
                dispatch.emit(Action::Type(wave, area.value()));
            }
            let dispatch = dispatch.clone();
            let ids: Vec<u32> = files.iter().map(|_| take_id(&next_id)).collect();
            yew::platform::spawn_local(async move {
                for (file, id) in files.into_iter().zip(ids) {
                    read_file(&dispatch, wave, id, file).await;
                }
            });
        })
    };
    let on_change = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: Event| {
            if let Some(area) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            {
                dispatch.emit(Action::Type(wave, area.value()));
            }
        })
    };
    let on_paste = {
        let dispatch = props.dispatch.clone();
        let next_id = next_id.clone();
        Callback::from(move |event: Event| {
            let Some(text) = event
                .dyn_ref::<web_sys::ClipboardEvent>()
                .and_then(|e| e.clipboard_data())
                .and_then(|data| data.get_data("text/plain").ok())
            else {
                return;
            };
            if text.len() <= LARGE_PASTE {
                return;
            }
            // Too long to show comfortably: read it straight in, and list it below.
            event.prevent_default();
            let dispatch = dispatch.clone();
            let id = take_id(&next_id);
            yew::platform::spawn_local(async move {
                dispatch.emit(Action::Open {
                    wave,
                    id,
                    origin: Origin::Paste,
                    size: text.len(),
                });
                for slice in slices(&text, SLICE) {
                    browser::pause().await;
                    dispatch.emit(Action::Feed(wave, id, slice.to_string()));
                }
            });
        })
    };
    let on_count = {
        let dispatch = props.dispatch.clone();
        let textarea = textarea.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = textarea.cast::<web_sys::HtmlTextAreaElement>() {
                dispatch.emit(Action::Type(wave, area.value()));
            }
        })
    };
    let on_files = {
        let read_files = read_files.clone();
        Callback::from(move |event: Event| {
            let input = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            if let Some(list) = input.as_ref().and_then(|i| i.files()) {
                read_files.emit(browser::files_of(&list));
            }
            if let Some(input) = input {
                // Choosing the same file again must count as a new choice.
                input.set_value("");
            }
        })
    };
    let on_drop = {
        let read_files = read_files.clone();
        Callback::from(move |event: DragEvent| {
            if let Some(list) = event.data_transfer().and_then(|d| d.files()) {
                if list.length() > 0 {
                    event.prevent_default();
                    read_files.emit(browser::files_of(&list));
                }
            }
        })
    };
    let on_drag_over = Callback::from(|event: DragEvent| event.prevent_default());
    let on_clear = props
        .dispatch
        .reform(move |_: MouseEvent| Action::Clear(wave));
    let on_headcount = props.dispatch.reform(move |event: Event| {
        let typed = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| input.value())
            .unwrap_or_default();
        Action::Headcount(wave, typed.trim().parse().ok())
    });
    let reading: Vec<&Source> = props.sources.iter().filter(|s| !s.done()).collect();
    let pasted = props.sources.iter().any(|s| s.origin == Origin::Paste);
    html! {
        <section class="code-input" aria-labelledby={format!("{}-title", props.id)}>
            <h2 id={format!("{}-title", props.id)}>{ &props.title }</h2>
            <label for={text_id.clone()}>{ locale.t(Key::PasteLabel) }</label>
            <textarea id={text_id} ref={textarea} rows="8" spellcheck="false" autocomplete="off"
                value={props.typed.clone()} onchange={on_change} onpaste={on_paste}
                ondrop={on_drop.clone()} ondragover={on_drag_over.clone()} />
            if pasted {
                <p class="hint">{ locale.t(Key::LargePasteNote) }</p>
            }
            <div class="input-actions">
                <button type="button" class="button button--primary" onclick={on_count}>{ locale.t(Key::PasteAdd) }</button>
                <button type="button" class="button button--quiet" onclick={on_clear}>{ locale.t(Key::ClearWave) }</button>
            </div>
            <label class="field" for={files_id.clone()}>{ locale.t(Key::FilesLabel) }</label>
            <input id={files_id} type="file" accept=".txt,.csv,text/plain,text/csv" multiple=true onchange={on_files} />
            <div class="reading" role="status" id={format!("{}-reading", props.id)}>
                for source in reading {
                    { reading_line(source, lang) }
                }
            </div>
            if !props.sources.is_empty() {
                <ul class="sources" id={format!("{}-sources", props.id)} aria-label={locale.t(Key::SourcesLabel)}>
                    for source in props.sources.iter() {
                        { source_item(source, lang, props.dispatch.reform({ let id = source.id; move |_: MouseEvent| Action::Remove(wave, id) })) }
                    }
                </ul>
            }
            <label class="field field--short" for={head_id.clone()}>{ locale.t(Key::HeadcountLabel) }</label>
            <input id={head_id} type="number" min="1" inputmode="numeric"
                value={props.headcount.map(|h| h.to_string()).unwrap_or_default()} onchange={on_headcount} />
        </section>
    }
}

fn take_id(next: &Rc<std::cell::RefCell<Cell<u32>>>) -> u32 {
    let cell = next.borrow();
    let id = cell.get().wrapping_add(1);
    cell.set(id);
    id
}

/// Reads one file into the model, a slice at a time, cut where lines end.
async fn read_file(dispatch: &Callback<Action>, wave: Wave, id: u32, file: web_sys::File) {
    dispatch.emit(Action::Open {
        wave,
        id,
        origin: Origin::File(file.name()),
        // A file's size is a whole number of bytes, far below 2^53.
        size: file.size() as usize,
    });
    let mut lines = Lines::new();
    let read = browser::read_in_slices(&file, SLICE as f64, |bytes| {
        dispatch.emit(Action::Feed(wave, id, lines.push(bytes)));
    })
    .await;
    match read {
        Ok(()) => dispatch.emit(Action::Feed(wave, id, lines.finish())),
        Err(_) => dispatch.emit(Action::Unreadable(wave, id)),
    }
}

/// "Reading big.csv: 34% — 120,000 codes so far".
fn reading_line(source: &Source, lang: Lang) -> Html {
    let percent = (source.read as u128 * 100 / source.size.max(1) as u128).min(99);
    html! {
        <p>{ fill(t(lang, Key::SourceReading), &[
            ("name", &source_name(source, lang)),
            ("percent", &percent.to_string()),
            ("n", &source.counts.get(Verdict::Accepted).to_string()),
        ]) }</p>
    }
}

/// One file or large paste: its name and size, what it held, and a way to remove it.
fn source_item(source: &Source, lang: Lang, on_remove: Callback<MouseEvent>) -> Html {
    let name = source_name(source, lang);
    let status = if source.unreadable {
        t(lang, Key::SourceUnreadable).to_string()
    } else if !source.done() {
        t(lang, Key::SourceInProgress).to_string()
    } else {
        fill(
            t(lang, Key::SourceFound),
            &[
                ("n", &source.counts.get(Verdict::Accepted).to_string()),
                ("problems", &source.counts.problems().to_string()),
            ],
        )
    };
    html! {
        <li data-source={source.id.to_string()} class={classes!(source.unreadable.then_some("error"))}>
            <strong class="source-name">{ &name }</strong>
            { format!(" ({}) — ", size(source.size, lang)) }
            <span class="source-status">{ status }</span>
            { " " }
            <button type="button" class="link-button" onclick={on_remove}
                aria-label={fill(t(lang, Key::SourceRemoveLabel), &[("name", &name)])}>
                { t(lang, Key::SourceRemove) }
            </button>
        </li>
    }
}
