//! Component tests: the shell rendered in headless Chromium (`cargo test --target
//! wasm32-unknown-unknown --test browser`, driven by scripts/test).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use candor::i18n::{t, Key};
use candor::lang::Lang;
use candor::ui::{App, OrganizerApp};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Renders the app into a fresh root element of its own.
fn mount() -> (Element, AppHandle<App>) {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let app = yew::Renderer::<App>::with_root(root.clone()).render();
    (root, app)
}

/// Waits, a frame at a time, until `check` holds; gives up after about two seconds.
async fn until(what: &str, check: impl Fn() -> bool) {
    for _ in 0..200 {
        yew::scheduler::flush().await;
        if check() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting until {what}");
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn go(hash: &str) {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
}

#[wasm_bindgen_test]
async fn every_route_shows_its_page() {
    go("#/");
    let (root, app) = mount();
    let lang = Lang::from_tag(&web_sys::window().unwrap().navigator().language().unwrap())
        .unwrap_or_default();
    until("the landing page shows", || {
        text_of(&root, "h1") == t(lang, Key::LandingTitle)
    })
    .await;
    for (hash, title) in [
        ("#/setup", Key::NotReadyTitle),
        ("#/summary", Key::NotFoundTitle),
        ("#/survey", Key::SurveyLinkErrorTitle),
        ("#/no/such/page", Key::NotFoundTitle),
        ("#/", Key::LandingTitle),
    ] {
        go(hash);
        until(&format!("{hash} shows its title"), || {
            text_of(&root, "h1") == t(lang, title)
        })
        .await;
    }
    app.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn the_language_switch_translates_the_page_and_the_document() {
    go("#/");
    let (root, app) = mount();
    until("the switch shows", || {
        root.query_selector("button[lang=es]").unwrap().is_some()
    })
    .await;
    let spanish: HtmlElement = root
        .query_selector("button[lang=es]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    spanish.click();
    until("the page is in Spanish", || {
        text_of(&root, "h1") == t(Lang::Es, Key::LandingTitle)
    })
    .await;
    let html_lang = document().document_element().unwrap().get_attribute("lang");
    assert_eq!(html_lang.as_deref(), Some("es"));
    assert_eq!(
        spanish.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    let english: HtmlElement = root
        .query_selector("button[lang=en]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(
        english.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    english.click();
    until("the page is in English again", || {
        text_of(&root, "h1") == t(Lang::En, Key::LandingTitle)
    })
    .await;
    assert_eq!(document().title(), t(Lang::En, Key::AppName));
    app.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn the_organizer_page_opens_on_the_summary_and_asks_for_settings_without_a_link() {
    go("#/");
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let app = yew::Renderer::<OrganizerApp>::with_root(root.clone()).render();
    let lang = Lang::from_tag(&web_sys::window().unwrap().navigator().language().unwrap())
        .unwrap_or_default();
    until("the summary page shows", || {
        text_of(&root, "h1") == t(lang, Key::SummaryTitle)
    })
    .await;
    assert!(root.query_selector("form.settings").unwrap().is_some());
    assert_eq!(
        root.query_selector("a.brand")
            .unwrap()
            .unwrap()
            .get_attribute("href")
            .as_deref(),
        Some("../#/")
    );
    app.destroy();
    root.remove();
}
