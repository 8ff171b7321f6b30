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
use crate::summary::{Action, Lines, Origin, Source, Summary, Wave, LARGE_PASTE, MAX_LABEL, SLICE};
use crate::ui::{browser, Locale};

/// One set of codes as the page shows it: which wave, and what the model holds for it.
pub struct Set<'a> {
    /// The model, which holds the wave's text, files, label and staff counts.
    pub summary: &'a Summary,
    /// Which set of codes.
    pub wave: Wave,
    /// Whether the wave may be removed (not when it is the only one).
    pub removable: bool,
    /// The survey's unit names.
    pub units: &'a [String],
    /// Hands every change to the model.
    pub dispatch: &'a Callback<Action>,
    /// Numbers for sources, unique among the page's sets of codes for the page's life.
    pub next_id: &'a Rc<Cell<u32>>,
}

/// The text area, the file picker, the list of files and long pastes, and the headcount. A
/// function, not a component: a component type costs the page its own copy of Yew's machinery.
pub fn code_input(set: Set<'_>, locale: &Locale) -> Html {
    let Set {
        summary,
        wave,
        removable,
        units,
        dispatch,
        next_id,
    } = set;
    let lang = locale.lang;
    let id = wave.name();
    let title = summary.label(wave, lang);
    let sources = summary.sources(wave);
    let staff = &summary.staff(wave).units;
    let text_id = format!("{id}-codes");
    let files_id = format!("{id}-files");
    let head_id = format!("{id}-headcount");

    // Reads files or long pastes (as blobs), one after another. What is in the box, typed but not
    // yet counted, is counted first: a drop onto it must not leave it behind.
    let read = {
        let dispatch = dispatch.clone();
        let next_id = next_id.clone();
        let text_id = text_id.clone();
        Callback::from(move |blobs: Vec<(Origin, web_sys::Blob)>| {
            if let Some(typed) = browser::text_area_value(&text_id) {
                dispatch.emit(Action::Type(wave, typed));
            }
            let dispatch = dispatch.clone();
            let next_id = next_id.clone();
            yew::platform::spawn_local(async move {
                for (origin, blob) in blobs {
                    let id = next_id.get().wrapping_add(1);
                    next_id.set(id);
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
        let dispatch = dispatch.clone();
        let text_id = text_id.clone();
        Callback::from(move |_: Event| {
            if let Some(typed) = browser::text_area_value(&text_id) {
                dispatch.emit(Action::Type(wave, typed));
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
    let on_clear = dispatch.reform(move |_: MouseEvent| Action::Clear(wave));
    let on_remove_wave = dispatch.reform(move |_: MouseEvent| Action::RemoveWave(wave));
    let on_label = dispatch.reform(move |event: Event| {
        let input: Option<web_sys::HtmlInputElement> =
            event.target().and_then(|t| t.dyn_into().ok());
        Action::Label(wave, input.map(|i| i.value()).unwrap_or_default())
    });
    let label_id = format!("{id}-label");
    let on_headcount = dispatch.reform(move |event: Event| {
        let input: Option<web_sys::HtmlInputElement> =
            event.target().and_then(|t| t.dyn_into().ok());
        let typed = input.map(|i| i.value()).unwrap_or_default();
        Action::Headcount(wave, parse_staff(typed.trim()))
    });
    // The box says what became of the last long paste, since it does not show it.
    let pasted = sources.iter().rev().find(|s| s.origin == Origin::Paste);
    let pasted_id = format!("{id}-pasted");
    html! {
        <section class="code-input" aria-labelledby={format!("{id}-title")}>
            <h2 id={format!("{id}-title")}>{ &title }</h2>
            <label class="field field--short" for={label_id.clone()}>{ locale.t(Key::WaveLabelField) }</label>
            <input id={label_id} type="text" maxlength={MAX_LABEL.to_string()} autocomplete="off"
                value={summary.typed_label(wave).to_string()} onchange={on_label} />
            <label class="field" for={text_id.clone()}>{ locale.t(Key::PasteLabel) }</label>
            <textarea id={text_id} rows="8" spellcheck="false" autocomplete="off"
                value={summary.typed(wave).to_string()} onchange={on_count.clone()} onpaste={on_paste}
                ondrop={on_drop} ondragover={on_drag_over} aria-describedby={pasted.map(|_| pasted_id.clone())} />
            if let Some(paste) = pasted {
                <p class="hint" id={pasted_id}>{ fill(locale.t(Key::LargePasteNote), &[("size", &size(paste.size, lang))]) }</p>
            }
            <div class="input-actions">
                <button type="button" class="button button--primary" onclick={on_count.reform(|e: MouseEvent| e.into())}>{ locale.t(Key::PasteAdd) }</button>
                <button type="button" class="button button--quiet" onclick={on_clear}>{ locale.t(Key::ClearWave) }</button>
                if removable {
                    <button type="button" class="button button--quiet" onclick={on_remove_wave}
                        aria-label={fill(locale.t(Key::WaveRemoveLabel), &[("wave", &title)])}>
                        { locale.t(Key::WaveRemove) }
                    </button>
                }
            </div>
            <label class="field" for={files_id.clone()}>{ locale.t(Key::FilesLabel) }</label>
            <input id={files_id} type="file" accept=".txt,.csv,text/plain,text/csv" multiple=true onchange={on_files} />
            if !sources.is_empty() {
                <ul class="sources" id={format!("{id}-sources")} aria-label={locale.t(Key::SourcesLabel)}>
                    for source in sources.iter() {
                        { source_item(source, lang, dispatch.reform({ let id = source.id; move |_: MouseEvent| Action::Remove(wave, id) })) }
                    }
                </ul>
            }
            <label class="field field--short" for={head_id.clone()}>{ locale.t(Key::HeadcountLabel) }</label>
            <input id={head_id.clone()} type="number" min="1" inputmode="numeric"
                value={summary.headcount(wave).map(|h| h.to_string()).unwrap_or_default()} onchange={on_headcount} />
            if !units.is_empty() {
                <details class="unit-staff" open={staff.iter().any(Option::is_some)}>
                    <summary>{ locale.t(Key::UnitStaffTitle) }</summary>
                    <p class="hint">{ locale.t(Key::UnitStaffHint) }</p>
                    for (unit, name) in units.iter().enumerate() {
                        { {
                            let id = format!("{head_id}-unit-{unit}");
                            let onchange = dispatch.reform(move |event: Event| {
                                let input: Option<web_sys::HtmlInputElement> =
                                    event.target().and_then(|t| t.dyn_into().ok());
                                let typed = input.map(|i| i.value()).unwrap_or_default();
                                Action::UnitHeadcount(wave, unit, parse_staff(typed.trim()))
                            });
                            let value = staff.get(unit).copied().flatten();
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
