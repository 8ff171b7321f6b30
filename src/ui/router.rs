//! Hash routing in a few lines: the route is read from the URL fragment, links are plain
//! `<a href="#/…">`, and a `hashchange` listener re-renders. (yew-router did the same with about
//! 10 KB more gzipped wasm, which the first-visit budget cannot spare.)

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::link::split_fragment;
use crate::ui::browser;

/// Every page of the app, addressed by the URL fragment so that settings never reach a server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// `#/`: what Candor is, with links to the organizer's pages.
    Landing,
    /// `#/setup`: the organizer creates a survey link.
    Setup,
    /// `#/survey?…`: the respondent's survey.
    Survey,
    /// `#/summary`: the organizer turns codes into a report.
    Summary,
    /// Any other address.
    NotFound,
}

impl Route {
    /// The route a fragment such as `#/survey?v=1&…` addresses; settings after `?` are ignored.
    pub fn from_fragment(fragment: &str) -> Route {
        match split_fragment(fragment).0.trim_end_matches('/') {
            "" => Route::Landing,
            "/setup" => Route::Setup,
            "/survey" => Route::Survey,
            "/summary" => Route::Summary,
            _ => Route::NotFound,
        }
    }

    /// The link to this route.
    pub fn href(self) -> &'static str {
        match self {
            Route::Landing | Route::NotFound => "#/",
            Route::Setup => "#/setup",
            Route::Survey => "#/survey",
            Route::Summary => "#/summary",
        }
    }
}

/// The current URL fragment, kept up to date as it changes.
#[hook]
pub fn use_fragment() -> String {
    let fragment = use_state(browser::hash);
    {
        let fragment = fragment.clone();
        use_effect_with((), move |_| {
            let listener = Closure::<dyn Fn()>::new(move || fragment.set(browser::hash()));
            let window = web_sys::window();
            if let Some(window) = &window {
                let _ = window.add_event_listener_with_callback(
                    "hashchange",
                    listener.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(window) = &window {
                    let _ = window.remove_event_listener_with_callback(
                        "hashchange",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    (*fragment).clone()
}
