//! The few browser facilities the shell uses, each behind a small function that cannot panic:
//! the URL fragment, this tab's session storage, randomness, the clock, the clipboard, selection,
//! focus and files. gloo does the work where it fits. None of them can send anything anywhere.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The URL fragment, `#` included; empty when there is none.
pub fn hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

fn session() -> Option<web_sys::Storage> {
    // Storage can be switched off (private modes, a policy that blocks site data), and reading
    // `sessionStorage` then throws; the survey then simply does not resume after a reload.
    window().and_then(|w| w.session_storage().ok().flatten())
}

/// A value from this tab's session storage.
pub fn session_get(key: &str) -> Option<String> {
    session().and_then(|s| s.get_item(key).ok().flatten())
}

/// Stores a value in this tab's session storage, if storage is available.
pub fn session_set(key: &str, value: &str) {
    if let Some(storage) = session() {
        let _ = storage.set_item(key, value);
    }
}

/// Removes a value from this tab's session storage.
pub fn session_remove(key: &str) {
    if let Some(storage) = session() {
        let _ = storage.remove_item(key);
    }
}

/// A random 35-bit nonce for a code, from the browser's cryptographic generator. Should that be
/// unavailable, the code still works; only telling apart two identical responses gets harder.
pub fn nonce() -> u64 {
    let mut bytes = [0u8; 8];
    if let Some(crypto) = window().and_then(|w| w.crypto().ok()) {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    u64::from_le_bytes(bytes) & ((1 << 35) - 1)
}

/// Fills `bytes` from the browser's cryptographic generator; false when it is unavailable (no
/// browser that runs WebAssembly lacks it, but a caller must not mistake zeros for chance).
pub fn random(bytes: &mut [u8]) -> bool {
    window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|crypto| crypto.get_random_values_with_u8_array(bytes).is_ok())
}

/// A number uniform in [0, 1) from the browser's cryptographic generator (53 random bits), for a
/// deniable survey's randomization; `None` when the generator is unavailable.
pub fn uniform() -> Option<f64> {
    let mut bytes = [0u8; 8];
    random(&mut bytes).then(|| (u64::from_le_bytes(bytes) >> 11) as f64 / (1u64 << 53) as f64)
}

/// The browser's language tag (`en-US`, `es-MX`), or empty when it gives none.
pub fn language_tag() -> String {
    window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default()
}

/// The build fingerprint the page was stamped with (`<meta name="candor-build">`, written by
/// `scripts/verify.mjs --stamp` after a release build); `None` for a development build.
pub fn build_fingerprint() -> Option<String> {
    let meta = window()?
        .document()?
        .query_selector("meta[name=candor-build]")
        .ok()??;
    meta.get_attribute("content")
        .filter(|content| content.len() == 12 && content.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The wall clock, in milliseconds. Idle time is measured against it rather than counted in timer
/// ticks, which a browser slows down in a background tab.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// The element that has keyboard focus, if any.
pub fn active_element() -> Option<web_sys::Element> {
    window()?.document()?.active_element()
}

/// Moves focus to `element` once the page has rendered what was just asked for (the next frame):
/// an element that is inert until then cannot take it sooner.
pub fn focus_later(element: Option<web_sys::Element>) {
    if let (Some(window), Some(element)) = (window(), element) {
        let step = wasm_bindgen::closure::Closure::once_into_js(move || focus(Some(element)));
        let _ = window.request_animation_frame(step.unchecked_ref());
    }
}

/// The element with this `id`, if there is one.
pub fn element(id: &str) -> Option<web_sys::Element> {
    window()?.document()?.get_element_by_id(id)
}

/// Moves focus to the element with this `id`, if there is one.
pub fn focus_id(id: &str) {
    focus(element(id));
}

/// Moves focus to the first element matching `selector`, if there is one: a screen's heading, or
/// the first question left unanswered.
pub fn focus_first(selector: &str) {
    focus(
        window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten()),
    );
}

/// Moves focus to the first element matching `selector` once the page has rendered what was
/// just asked for (the next frame): the first field marked invalid, or a heading just shown.
pub fn focus_soon(selector: &'static str) {
    if let Some(window) = window() {
        let step = wasm_bindgen::closure::Closure::once_into_js(move || {
            focus(
                web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.query_selector(selector).ok().flatten()),
            )
        });
        let _ = window.request_animation_frame(step.unchecked_ref());
    }
}

/// The value of the text field an input event came from (`<input>` or `<textarea>`).
pub fn input_value(event: &yew::InputEvent) -> String {
    event
        .target()
        .and_then(|target| {
            target
                .clone()
                .dyn_into::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .or_else(|_| {
                    target
                        .dyn_into::<web_sys::HtmlTextAreaElement>()
                        .map(|a| a.value())
                })
                .ok()
        })
        .unwrap_or_default()
}

/// The id and value of the field an event came from: an `<input>` or a `<select>` (which fires
/// `input` too), so that one handler on a form can read all its fields.
pub fn target_id_value(event: &yew::InputEvent) -> Option<(String, String)> {
    let target = event.target()?;
    match target.dyn_into::<web_sys::HtmlInputElement>() {
        Ok(input) => Some((input.id(), input.value())),
        Err(target) => target
            .dyn_into::<web_sys::HtmlSelectElement>()
            .ok()
            .map(|select| (select.id(), select.value())),
    }
}

/// The value of the text field with this `id`, or empty when there is none.
pub fn input_value_of(id: &str) -> String {
    element(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

/// The value of the text area with this `id`, if there is one.
pub fn text_area_value(id: &str) -> Option<String> {
    window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlTextAreaElement>()
        .ok()
        .map(|area| area.value())
}

/// The value of the `<select>` an event came from.
pub fn select_value(event: &yew::Event) -> String {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .map(|s| s.value())
        .unwrap_or_default()
}

/// Copies `text` to the clipboard; false when the browser refuses (old browser, no permission).
pub async fn copy(text: &str) -> bool {
    let Some(window) = window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    // Older browsers lack the Clipboard API altogether.
    if clipboard.is_undefined() {
        return false;
    }
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Writes `text` into the element with id `id`, if there is one: for a status line that only
/// the event it reports fills.
pub fn set_text(id: &str, text: &str) {
    if let Some(element) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        element.set_text_content(Some(text));
    }
}

/// Selects the text of `element`, so the person can copy it with the keyboard.
pub fn select_text(element: &web_sys::Element) {
    if let Some(selection) = window().and_then(|w| w.get_selection().ok().flatten()) {
        let _ = selection.select_all_children(element);
    }
}

/// Moves keyboard and screen-reader focus to `element`, if it is an HTML element.
pub fn focus(element: Option<web_sys::Element>) {
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// The files of a `FileList`, taken out of it: an input's list empties as soon as the input is
/// reset, which the page does so that choosing the same file again counts.
pub fn files_of(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// `text` as a blob (UTF-8), to be read in slices like a file.
pub fn blob_of(text: &str) -> Option<web_sys::Blob> {
    web_sys::Blob::new_with_str_sequence(&js_sys::Array::of1(&text.into())).ok()
}

/// Reads `blob` in slices of `slice` bytes, handing each to `take` as it arrives. Each slice is a
/// promise the browser settles later, so between two the page renders and answers input. The next
/// slice is asked for before the one in hand is taken, so the browser reads it meanwhile instead
/// of the page waiting for it afterwards. `Err` when the browser cannot read it (a file moved, or
/// access refused).
pub async fn read_in_slices(
    blob: &web_sys::Blob,
    slice: f64,
    mut take: impl FnMut(&[u8]),
) -> Result<(), ()> {
    let size = blob.size();
    let ask = |start: f64| -> Result<JsFuture, ()> {
        let part = blob
            .slice_with_f64_and_f64(start, size.min(start + slice))
            .map_err(|_| ())?;
        Ok(JsFuture::from(part.array_buffer()))
    };
    let mut start = 0.0;
    let mut next = (start < size).then(|| ask(start)).transpose()?;
    while let Some(pending) = next {
        let buffer = pending.await.map_err(|_| ())?;
        start += slice;
        next = (start < size).then(|| ask(start)).transpose()?;
        take(&js_sys::Uint8Array::new(&buffer).to_vec());
    }
    Ok(())
}

/// Offers `content` as a file download named `name`. The file is made in the page (a blob URL),
/// so nothing is requested from anywhere.
pub fn download(name: &str, mime: &str, content: &str) -> bool {
    let Some(document) = window().and_then(|w| w.document()) else {
        return false;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let made = save_url(&document, &url, name);
    let _ = web_sys::Url::revoke_object_url(&url);
    made
}

/// Sets what every printed page's footer says (the stylesheet's `@page` margin boxes read it):
/// `text` at the left and "page / pages" at the right. Set through the CSS object model, which
/// the page's policy allows (it refuses inline styles).
pub fn print_footer(text: &str) {
    let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let style = root.unchecked_into::<web_sys::HtmlElement>().style();
    let _ = style.set_property("--candor-footer", &css_string(text));
    let _ = style.set_property("--candor-pages", "counter(page) \" / \" counter(pages)");
}

/// `text` as a CSS string: backslashes and quotes escaped (a name holds no line breaks).
fn css_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Names each unit in the footer of its printed pages: `--unit-footer-k` (the stylesheet's named
/// page `unit-k`) set to each `(k, text)`.
pub fn print_unit_footers(footers: &[(usize, String)]) {
    let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let style = root.unchecked_into::<web_sys::HtmlElement>().style();
    for (k, text) in footers {
        let _ = style.set_property(&format!("--unit-footer-{k}"), &css_string(text));
    }
}

/// Offers `svg` (`width` × `height` pixels) as a PNG file named `name`, drawn at twice its size
/// for sharp slides: the image is made in the page, from a `data:` URL (which the page's policy
/// allows for images), and nothing is sent anywhere.
pub fn download_png(svg: &str, width: u32, height: u32, name: &str) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let name = name.to_string();
    let drawn = image.clone();
    let onload = wasm_bindgen::closure::Closure::once_into_js(move || {
        // A "canvas" element is a canvas, and its "2d" context a 2D context.
        let Ok(canvas) = document.create_element("canvas") else {
            return;
        };
        let canvas: web_sys::HtmlCanvasElement = canvas.unchecked_into();
        canvas.set_width(width * 2);
        canvas.set_height(height * 2);
        let context = canvas.get_context("2d").ok().flatten();
        if let Some(context) =
            context.map(JsCast::unchecked_into::<web_sys::CanvasRenderingContext2d>)
        {
            let _ = context.draw_image_with_html_image_element_and_dw_and_dh(
                &drawn,
                0.0,
                0.0,
                f64::from(width * 2),
                f64::from(height * 2),
            );
            // PNG is what a canvas writes when no type is named.
            if let Ok(url) = canvas.to_data_url() {
                save_url(&document, &url, &name);
            }
        }
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&format!(
        "data:image/svg+xml;charset=utf-8,{}",
        js_sys::encode_uri_component(svg)
    ));
}

/// Saves what `url` holds as a file named `name`, through a download link made in the page.
fn save_url(document: &web_sys::Document, url: &str, name: &str) -> bool {
    document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|anchor| {
            anchor.set_href(url);
            anchor.set_download(name);
            anchor.click();
        })
        .is_some()
}

/// This page's address without its fragment (`https://…/organizer/`).
pub fn page_address() -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    match href.split_once('#') {
        Some((page, _)) => page.to_string(),
        None => href,
    }
}

/// Puts `fragment` (`#/…`) in the address bar in place of the current one, without a new history
/// entry and without a `hashchange` event, so the page is not rendered again from the address: a
/// bookmark or a reload then opens what the page shows.
pub fn replace_fragment(fragment: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

/// The property of the summary tab's `window` holding what it hands the printable documents'
/// tab (`summary::Printout`): it lives in that tab's memory, never in an address or storage.
const HANDOVER: &str = "candorPrintout";

/// The event a tab opened with [`open_tab`] hears when [`hand_over`] has something new for it.
pub const HANDED_OVER: &str = "candor-handed-over";

thread_local! {
    /// The tabs this one opened, told of each new hand-over while they are open.
    static OPENED: std::cell::RefCell<Vec<web_sys::Window>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Keeps `text` where a tab this one opens can read it ([`handed_over`]), in place of what was
/// there, and tells every tab this one opened that is still open ([`HANDED_OVER`]).
pub fn hand_over(text: &str) {
    if let Some(window) = window() {
        let _ = js_sys::Reflect::set(&window, &HANDOVER.into(), &text.into());
    }
    OPENED.with(|tabs| {
        let mut tabs = tabs.borrow_mut();
        tabs.retain(|tab| tab.closed() == Ok(false));
        for tab in tabs.iter() {
            if let Ok(event) = web_sys::Event::new(HANDED_OVER) {
                let _ = tab.dispatch_event(&event);
            }
        }
    });
}

/// Opens `href` in a new tab that can reach this one, and which [`hand_over`] tells of what it
/// hands over next. `false` when the browser blocked the tab.
pub fn open_tab(href: &str) -> bool {
    // Not `noopener`: the new tab must reach this one to read what it hands over.
    let tab = window().and_then(|w| w.open_with_url_and_target(href, "_blank").ok().flatten());
    let opened = tab.is_some();
    if let Some(tab) = tab {
        OPENED.with(|tabs| tabs.borrow_mut().push(tab));
    }
    opened
}

/// The tab that opened this one, if any.
fn opener() -> Option<web_sys::Window> {
    let opener = window()?.opener().ok()?;
    (!opener.is_null() && !opener.is_undefined()).then(|| opener.unchecked_into())
}

/// What the tab that opened this one handed over with [`hand_over`]; `None` when no tab of this
/// site opened it (another site's tab cannot be read: the browser refuses, and that is `None`
/// too), or that tab has since been closed or left the page.
pub fn handed_over() -> Option<String> {
    js_sys::Reflect::get(&opener()?.into(), &HANDOVER.into())
        .ok()?
        .as_string()
}

/// The address of the tab that opened this one, when it is still open on a page of this site.
pub fn opener_address() -> Option<String> {
    opener()?.location().href().ok()
}

/// Puts `address` in the address bar of the tab that opened this one, without a new history
/// entry. Where only the fragment differs from that tab's address, the tab is not loaded again:
/// it hears `hashchange`. `false` when there is no such tab.
pub fn replace_opener_address(address: &str) -> bool {
    opener().is_some_and(|o| o.location().replace(address).is_ok())
}

/// Closes this tab, which works for a tab a page opened; the browser ignores it otherwise.
pub fn close() {
    if let Some(window) = window() {
        let _ = window.close();
    }
}

/// Opens the browser's print dialog (and with it "Save as PDF").
pub fn print() {
    if let Some(window) = window() {
        let _ = window.print();
    }
}
