//! The shell's half of hash routing: one `hashchange` listener that re-renders. The route table
//! itself is in the core (`route`); links are plain `<a href="#/…">`. (yew-router did the same
//! with about 34 KB more gzipped wasm, which the first-visit budget cannot spare.)

use gloo_events::EventListener;
use yew::prelude::*;

use crate::route::Site;
use crate::ui::browser;

/// The page of the site this component runs in.
#[hook]
pub fn use_site() -> Site {
    super::use_locale().site
}

/// The current URL fragment, kept up to date as it changes.
#[hook]
pub fn use_fragment() -> String {
    let fragment = use_state(browser::hash);
    {
        let fragment = fragment.clone();
        use_effect_with((), move |_| {
            // Dropping the listener (when the app unmounts) removes it.
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    fragment.set(browser::hash())
                })
            });
            move || drop(listener)
        });
    }
    (*fragment).clone()
}
