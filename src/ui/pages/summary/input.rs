//! One set of codes: a text area for typing and small pastes, files chosen or dropped, and long
//! pastes. Files and long pastes are read straight into the model in slices, never into the text
//! area (whose own layout of a long text takes the browser seconds), and listed with what they
//! held, how far reading got, and a Remove button.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::format::size;
use crate::i18n::{t, Key};
use crate::lang::{fill, Lang};
use crate::link::parse_staff;
use crate::summary::{Action, Lines, Origin, Source, Wave, LARGE_PASTE, MAX_LABEL, SLICE};
use crate::ui::{browser, use_locale};

/// Props of [`CodeInput`].
#[derive(Properties, PartialEq)]
pub struct CodeInputProps {
    /// `wave-1`, `wave-2`, …: names the controls.
    pub id: AttrValue,
    /// Which set of codes.
    pub wave: Wave,
    /// The heading of this set of codes: the wave's label, or "Wave 2".
    pub title: AttrValue,
    /// The label the organizer typed (empty when none).
    pub label: AttrValue,
    /// Whether the wave may be removed (not when it is the only one).
    pub removable: bool,
    /// The text area's text, as the model holds it.
    pub typed: AttrValue,
    /// The files and long pastes read so far.
    pub sources: Vec<Source>,
    /// Staff invited, if entered.
    pub headcount: Option<u64>,
    /// Staff invited per unit, in unit order (empty when none was given).
    pub staff: Vec<Option<u64>>,
    /// The survey's unit names.
    pub units: Rc<Vec<String>>,
    /// Hands every change to the model.
    pub dispatch: Callback<Action>,
}

/// The text area, the file picker, the list of files and long pastes, and the headcount.
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

    // Reads files or long pastes (as blobs), one after another. What is in the box, typed but not
    // yet counted, is counted first: a drop onto it must not leave it behind.
    let read = {
        let dispatch = props.dispatch.clone();
        let textarea = textarea.clone();
        Callback::from(move |blobs: Vec<(Origin, web_sys::Blob)>| {
            if let Some(area) = textarea.cast::<web_sys::HtmlTextAreaElement>() {
                dispatch.emit(Action::Type(wave, area.value()));
            }
            let dispatch = dispatch.clone();
            let next_id = next_id.clone();
            yew::platform::spawn_local(async move {
                for (origin, blob) in blobs {
                    let id = next_id.borrow().get().wrapping_add(1);
                    next_id.borrow().set(id);
                    read_blob(&dispatch, wave, id, origin, blob).await;
                }
            });
        })
    };
    let files = {
        let read = read.clone();
        move |list: Option<web_sys::FileList>| {
            // True when there were files to take: a drop of plain text is left to the browser.
            let list = list.map(|l| browser::files_of(&l)).unwrap_or_default();
            let any = !list.is_empty();
            if any {
                read.emit(
                    list.into_iter()
                        .map(|file| (Origin::File(file.name()), file.into()))
                        .collect(),
                );
            }
            any
        }
    };
    let on_paste = {
        let read = read.clone();
        Callback::from(move |event: Event| {
            let text = event
                .dyn_ref::<web_sys::ClipboardEvent>()
                .and_then(|e| e.clipboard_data())
                .and_then(|data| data.get_data("text/plain").ok())
                .filter(|text| text.len() > LARGE_PASTE);
            // Too long to show comfortably: read it straight in, and list it below.
            if let Some(blob) = text.and_then(|text| browser::blob_of(&text)) {
                event.prevent_default();
                read.emit(vec![(Origin::Paste, blob)]);
            }
        })
    };
    // Leaving the box, or "Count these codes": the model reads the box's text again.
    let on_count = {
        let dispatch = props.dispatch.clone();
        let textarea = textarea.clone();
        Callback::from(move |_: Event| {
            if let Some(area) = textarea.cast::<web_sys::HtmlTextAreaElement>() {
                dispatch.emit(Action::Type(wave, area.value()));
            }
        })
    };
    let on_files = {
        let files = files.clone();
        Callback::from(move |event: Event| {
            if let Some(input) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                files(input.files());
                // Choosing the same file again must count as a new choice.
                input.set_value("");
            }
        })
    };
    let on_drop = Callback::from(move |event: DragEvent| {
        if files(event.data_transfer().and_then(|d| d.files())) {
            event.prevent_default();
        }
    });
    let on_drag_over = Callback::from(|event: DragEvent| event.prevent_default());
    let on_clear = props
        .dispatch
        .reform(move |_: MouseEvent| Action::Clear(wave));
    let on_remove_wave = props
        .dispatch
        .reform(move |_: MouseEvent| Action::RemoveWave(wave));
    let on_label = props.dispatch.reform(move |event: Event| {
        let input: Option<web_sys::HtmlInputElement> =
            event.target().and_then(|t| t.dyn_into().ok());
        Action::Label(wave, input.map(|i| i.value()).unwrap_or_default())
    });
    let label_id = format!("{}-label", props.id);
    let on_headcount = props.dispatch.reform(move |event: Event| {
        let input: Option<web_sys::HtmlInputElement> =
            event.target().and_then(|t| t.dyn_into().ok());
        let typed = input.map(|i| i.value()).unwrap_or_default();
        Action::Headcount(wave, parse_staff(typed.trim()))
    });
    // The box says what became of the last long paste, since it does not show it.
    let pasted = props
        .sources
        .iter()
        .rev()
        .find(|s| s.origin == Origin::Paste);
    let pasted_id = format!("{}-pasted", props.id);
    html! {
        <section class="code-input" aria-labelledby={format!("{}-title", props.id)}>
            <h2 id={format!("{}-title", props.id)}>{ &props.title }</h2>
            <label class="field field--short" for={label_id.clone()}>{ locale.t(Key::WaveLabelField) }</label>
            <input id={label_id} type="text" maxlength={MAX_LABEL.to_string()} autocomplete="off"
                value={props.label.clone()} onchange={on_label} />
            <label for={text_id.clone()}>{ locale.t(Key::PasteLabel) }</label>
            <textarea id={text_id} ref={textarea} rows="8" spellcheck="false" autocomplete="off"
                value={props.typed.clone()} onchange={on_count.clone()} onpaste={on_paste}
                ondrop={on_drop} ondragover={on_drag_over} aria-describedby={pasted.map(|_| pasted_id.clone())} />
            if let Some(paste) = pasted {
                <p class="hint" id={pasted_id}>{ fill(locale.t(Key::LargePasteNote), &[("size", &size(paste.size, lang))]) }</p>
            }
            <div class="input-actions">
                <button type="button" class="button button--primary" onclick={on_count.reform(|e: MouseEvent| e.into())}>{ locale.t(Key::PasteAdd) }</button>
                <button type="button" class="button button--quiet" onclick={on_clear}>{ locale.t(Key::ClearWave) }</button>
                if props.removable {
                    <button type="button" class="button button--quiet" onclick={on_remove_wave}
                        aria-label={fill(locale.t(Key::WaveRemoveLabel), &[("wave", &props.title)])}>
                        { locale.t(Key::WaveRemove) }
                    </button>
                }
            </div>
            <label class="field" for={files_id.clone()}>{ locale.t(Key::FilesLabel) }</label>
            <input id={files_id} type="file" accept=".txt,.csv,text/plain,text/csv" multiple=true onchange={on_files} />
            if !props.sources.is_empty() {
                <ul class="sources" id={format!("{}-sources", props.id)} aria-label={locale.t(Key::SourcesLabel)}>
                    for source in props.sources.iter() {
                        { source_item(source, lang, props.dispatch.reform({ let id = source.id; move |_: MouseEvent| Action::Remove(wave, id) })) }
                    }
                </ul>
            }
            <label class="field field--short" for={head_id.clone()}>{ locale.t(Key::HeadcountLabel) }</label>
            <input id={head_id.clone()} type="number" min="1" inputmode="numeric"
                value={props.headcount.map(|h| h.to_string()).unwrap_or_default()} onchange={on_headcount} />
            if !props.units.is_empty() {
                <details class="unit-staff" open={props.staff.iter().any(Option::is_some)}>
                    <summary>{ locale.t(Key::UnitStaffTitle) }</summary>
                    <p class="hint">{ locale.t(Key::UnitStaffHint) }</p>
                    for (unit, name) in props.units.iter().enumerate() {
                        { {
                            let id = format!("{head_id}-unit-{unit}");
                            let onchange = props.dispatch.reform(move |event: Event| {
                                let input: Option<web_sys::HtmlInputElement> =
                                    event.target().and_then(|t| t.dyn_into().ok());
                                let typed = input.map(|i| i.value()).unwrap_or_default();
                                Action::UnitHeadcount(wave, unit, parse_staff(typed.trim()))
                            });
                            let value = props.staff.get(unit).copied().flatten();
                            html! {
                                <p class="unit-staff__row">
                                    <label for={id.clone()}>{ name }</label>
                                    <input {id} type="number" min="1" inputmode="numeric"
                                        value={value.map(|h| h.to_string()).unwrap_or_default()} {onchange} />
                                </p>
                            }
                        } }
                    }
                </details>
            }
        </section>
    }
}

/// Reads one file or long paste into the model, a slice at a time, cut where lines end.
async fn read_blob(
    dispatch: &Callback<Action>,
    wave: Wave,
    id: u32,
    origin: Origin,
    blob: web_sys::Blob,
) {
    dispatch.emit(Action::Open {
        wave,
        id,
        origin,
        // A blob's size is a whole number of bytes, far below 2^53.
        size: blob.size() as usize,
    });
    let mut lines = Lines::new();
    let read = browser::read_in_slices(&blob, SLICE as f64, |bytes| {
        dispatch.emit(Action::Feed(wave, id, lines.push(bytes)));
    })
    .await;
    dispatch.emit(match read {
        Ok(()) => Action::Feed(wave, id, lines.finish()),
        Err(()) => Action::Unreadable(wave, id),
    });
}

/// One file or long paste: its name and size, how far reading got or what it held, and a way to
/// remove it. The status is a live region, so a screen reader hears the progress too.
fn source_item(source: &Source, lang: Lang, on_remove: Callback<MouseEvent>) -> Html {
    let name = source.name(lang);
    let counted = source.counted().to_string();
    let status = if source.unreadable {
        t(lang, Key::SourceUnreadable).to_string()
    } else if !source.done() {
        let percent = (source.read as u64 * 100 / source.size.max(1) as u64).min(99);
        fill(
            t(lang, Key::SourceReading),
            &[("percent", &percent.to_string()), ("n", &counted)],
        )
    } else {
        fill(
            t(lang, Key::SourceFound),
            &[
                ("n", &counted),
                ("problems", &source.not_counted().to_string()),
            ],
        )
    };
    let children = html! {
        <>
            <strong class="source-name">{ &name }</strong>
            { format!(" ({}) — ", size(source.size, lang)) }
            <span class="source-status" role="status">{ status }</span>
            { " " }
            <button type="button" class="link-button" onclick={on_remove}
                aria-label={fill(t(lang, Key::SourceRemoveLabel), &[("name", &name)])}>
                { t(lang, Key::SourceRemove) }
            </button>
        </>
    };
    super::element(
        "li",
        &["data-source", "class"],
        vec![
            Some(source.id.to_string().into()),
            source.unreadable.then_some("error".into()),
        ],
        children,
    )
}
