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

/// Which of the two pages of the site is running. Respondents load `index.html`, organizers
/// `organizer/index.html`; each has its own wasm, so a phone opening a survey never downloads the
/// report code, and each stays within the first-visit budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Site {
    /// `index.html`: the start page and the survey.
    #[default]
    Respondent,
    /// `organizer/index.html`: the summary.
    Organizer,
}

impl Route {
    /// The route a fragment such as `#/survey?v=1&…` addresses on `site`; settings after `?` are
    /// ignored. The organizer's page opens on the summary.
    pub fn from_fragment(site: Site, fragment: &str) -> Route {
        let path = split_fragment(fragment).0.trim_end_matches('/');
        match (site, path) {
            (Site::Respondent, "") => Route::Landing,
            (Site::Respondent, "/setup") => Route::Setup,
            (Site::Respondent, "/survey") => Route::Survey,
            (Site::Organizer, "" | "/summary") => Route::Summary,
            _ => Route::NotFound,
        }
    }

    /// The link to this route from a page of `site`.
    pub fn href(self, site: Site) -> &'static str {
        match (site, self) {
            (Site::Respondent, Route::Landing | Route::NotFound) => "#/",
            (Site::Respondent, Route::Setup) => "#/setup",
            (Site::Respondent, Route::Survey) => "#/survey",
            (Site::Respondent, Route::Summary) => "organizer/#/summary",
            (Site::Organizer, Route::Landing | Route::NotFound) => "../#/",
            (Site::Organizer, Route::Setup) => "../#/setup",
            (Site::Organizer, Route::Survey) => "../#/survey",
            (Site::Organizer, Route::Summary) => "#/summary",
        }
    }
}

/// The page of the site this component runs in.
#[hook]
pub fn use_site() -> Site {
    use_context::<Site>().unwrap_or_default()
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
