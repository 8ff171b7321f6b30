//! Component tests: the shell rendered in headless Chromium (`cargo test --target
//! wasm32-unknown-unknown --test browser`, driven by scripts/test).
//!
//! Their job is what the end-to-end tests cannot do from outside the page: put the browser in a
//! state no person can easily produce (session storage that throws, a file whose slices cut a
//! character in two, a paste one byte either side of the limit) and compare what the page shows
//! with what the core computes in the same process.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use candor::code::{collect, Codec, Verdict};
use candor::i18n::{t, Key};
use candor::instrument::{Shape, DEFAULT};
use candor::lang::Lang;
use candor::scoring::{Bin, Scores};
use candor::summary::{LARGE_PASTE, SLICE};
use candor::ui::{mount_respondent, OrganizerApp};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh root element of its own, in the page.
fn root() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

/// Waits, a frame at a time, until `check` holds; gives up after about ten seconds.
async fn until(what: &str, check: impl Fn() -> bool) {
    for _ in 0..1_000 {
        yew::scheduler::flush().await;
        if check() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting until {what}");
}

fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn text_of(root: &Element, selector: &str) -> String {
    find(root, selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    find(root, selector)
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into::<HtmlElement>()
        .click();
}

fn go(hash: &str) {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
}

/// The settings of the organizer's page below, as a survey link has them.
const SUMMARY: &str = "#/summary?v=1&id=BROWSER-TESTS&t=Component+tests&u=A&u=B&r=1";

fn codec() -> Codec {
    let shape = Shape {
        id: "BROWSER-TESTS".into(),
        units: 2,
        asks_role: true,
        deniability: None,
        statements: Vec::new(),
    };
    Codec::new(&DEFAULT, &shape).unwrap()
}

/// The line of the `i`-th made-up respondent: a name with an "ñ", then a code of that survey.
fn line(codec: &Codec, i: u64) -> String {
    let scores = Scores {
        burnout: (i % 5) as u8 + 1,
        outcomes: vec![Some(Bin::Neutral); 4],
        levers: vec![Some((i % 5) as u8 + 1); 5],
        priorities: 0b101,
        unit: Some((i % 2) as u8),
        role: None,
        statements: Vec::new(),
    };
    format!("Muñoz {i},{}\n", codec.encode(&scores, i).unwrap())
}

/// `count` distinct codes, one a line. One of them is written in groups joined by no-break spaces
/// (two bytes each in UTF-8) and placed so that the page's first slice boundary cuts such a space
/// in two: read without care, that code would fall apart into two broken ones.
fn codes_across_a_slice(count: u64) -> String {
    let codec = codec();
    let mut text = String::new();
    for i in 0..count {
        if text.len() + 64 > SLICE && text.len() + 6 <= SLICE {
            text.push_str(&" ".repeat(SLICE - 6 - text.len()));
            text.push('\n');
            let spaced = line(&codec, i).replace('-', "\u{a0}");
            // Four symbols, then the no-break space across the boundary.
            let code = spaced.split_once(',').unwrap().1;
            text.push_str(code);
            continue;
        }
        text.push_str(&line(&codec, i));
    }
    assert_eq!(&text.as_bytes()[SLICE - 1..SLICE + 1], "\u{a0}".as_bytes());
    text
}

/// The language the organizer's page starts in here: the browser's.
fn browser_lang() -> Lang {
    Lang::from_tag(&web_sys::window().unwrap().navigator().language().unwrap()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_survey_runs_when_the_browser_refuses_session_storage() {
    // As with "block all site data": reading `window.sessionStorage` throws.
    let window = web_sys::window().unwrap();
    let original = js_sys::Object::get_own_property_descriptor(&window, &"sessionStorage".into());
    let descriptor = js_sys::Object::new();
    let throwing = js_sys::Function::new_no_args(
        "throw new DOMException('The operation is insecure.', 'SecurityError')",
    );
    js_sys::Reflect::set(&descriptor, &"get".into(), &throwing).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(&window, &"sessionStorage".into(), &descriptor);
    assert!(window.session_storage().is_err(), "storage still readable");

    go("#/survey?v=1&id=NO-STORAGE&t=Blocked+storage&l=en");
    let root = root();
    let page = mount_respondent(root.clone());
    until("the welcome screen shows", || {
        text_of(&root, "h1") == "Blocked storage"
    })
    .await;
    click(&root, ".welcome button");
    until("the first section shows", || {
        find(&root, "form.questions").is_some()
    })
    .await;
    let first = text_of(&root, "h1");
    click(&root, "fieldset[data-item=burnout] input[value='1']");
    click(&root, "form.questions button[type=submit]");
    until("the second section shows", || {
        find(&root, "form.questions").is_some() && text_of(&root, "h1") != first
    })
    .await;
    assert!(find(&root, ".error").is_none(), "an error is shown");

    drop(page);
    root.remove();
    js_sys::Object::define_property(
        &window,
        &"sessionStorage".into(),
        &original.unchecked_into(),
    );
    assert!(window.session_storage().unwrap().is_some());
}

#[wasm_bindgen_test]
async fn a_file_is_read_in_slices_even_where_a_slice_cuts_a_character_in_two() {
    let text = codes_across_a_slice(60_000);
    assert!(text.len() > 2 * SLICE);
    let expected = collect(&codec(), &text).counts;
    assert_eq!(expected.get(Verdict::Accepted), 60_000);

    go(SUMMARY);
    let root = root();
    let app = yew::Renderer::<OrganizerApp>::with_root(root.clone()).render();
    until("the summary shows its input", || {
        find(&root, "#wave-1-files").is_some()
    })
    .await;
    // Hand the file to the file input, as choosing it would.
    let bytes = js_sys::Uint8Array::from(text.as_bytes());
    let file =
        web_sys::File::new_with_u8_array_sequence(&js_sys::Array::of1(&bytes), "codes-ñ.csv")
            .unwrap();
    let transfer = web_sys::DataTransfer::new().unwrap();
    transfer.items().add_with_file(&file).unwrap();
    let input: HtmlInputElement = find(&root, "#wave-1-files").unwrap().unchecked_into();
    input.set_files(transfer.files().as_ref());
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();

    until("the file is read whole", || {
        text_of(&root, "#wave-1-sources .source-status").starts_with("60000 ")
    })
    .await;
    assert_eq!(
        text_of(&root, "#wave-1-sources .source-name"),
        "codes-ñ.csv"
    );
    for verdict in Verdict::ALL {
        let shown = text_of(
            &root,
            &format!(".found li[data-verdict={}] strong", verdict.name()),
        );
        // Codes of another privacy mode, and codes kept apart for their slips, are listed only
        // when there are some.
        let count = expected.get(verdict);
        let listed = if matches!(verdict, Verdict::OtherMode | Verdict::Slip) && count == 0 {
            String::new()
        } else {
            count.to_string()
        };
        assert_eq!(shown, listed, "{verdict:?}");
    }
    // The text area was left alone.
    let area: web_sys::HtmlTextAreaElement = find(&root, "#wave-1-codes").unwrap().unchecked_into();
    assert_eq!(area.value(), "");

    app.destroy();
    root.remove();
}

/// Pastes `text` into the baseline's text area as the browser would; true when the page took it
/// over (and the browser's own paste was prevented).
fn paste(root: &Element, text: &str) -> bool {
    let transfer = web_sys::DataTransfer::new().unwrap();
    transfer.set_data("text/plain", text).unwrap();
    let init = web_sys::ClipboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_clipboard_data(Some(&transfer));
    let event = web_sys::ClipboardEvent::new_with_event_init_dict("paste", &init).unwrap();
    let area = find(root, "#wave-1-codes").unwrap();
    !area.dispatch_event(&event).unwrap()
}

#[wasm_bindgen_test]
async fn only_a_paste_longer_than_the_limit_bypasses_the_text_area() {
    go(SUMMARY);
    let root = root();
    let app = yew::Renderer::<OrganizerApp>::with_root(root.clone()).render();
    until("the summary shows its input", || {
        find(&root, "#wave-1-codes").is_some()
    })
    .await;
    let at_limit = "x".repeat(LARGE_PASTE);
    assert!(
        !paste(&root, &at_limit),
        "a paste at the limit was taken over"
    );
    yew::scheduler::flush().await;
    assert!(find(&root, "#wave-1-sources").is_none());

    let over = format!("{at_limit}\n{}", line(&codec(), 1));
    assert!(
        paste(&root, &over),
        "a paste over the limit went to the text area"
    );
    until("the paste is listed", || {
        text_of(&root, "#wave-1-sources .source-status").starts_with("1 ")
    })
    .await;
    assert_eq!(
        text_of(&root, "#wave-1-sources .source-name"),
        t(browser_lang(), Key::PastedText)
    );
    assert_eq!(
        text_of(&root, ".found li[data-verdict=accepted] strong"),
        "1"
    );

    app.destroy();
    root.remove();
}
