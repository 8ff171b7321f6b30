//! The Yew shell: mounts the app, routes, the shared layout and the pages. It only calls the core.

mod browser;
mod layout;
mod locale;
mod lockdown;
mod pages;

use yew::prelude::*;
use yew_router::prelude::*;

pub use locale::{use_locale, Locale};

/// Every page of the app, addressed by the URL fragment so that settings never reach a server.
#[derive(Routable, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// What Candor is, with links to the organizer's pages.
    #[at("/")]
    Landing,
    /// The organizer creates a survey link.
    #[at("/setup")]
    Setup,
    /// The respondent's survey.
    #[at("/survey")]
    Survey,
    /// The organizer turns codes into a report.
    #[at("/summary")]
    Summary,
    /// Any other address.
    #[not_found]
    #[at("/404")]
    NotFound,
}

fn switch(route: Route) -> Html {
    match route {
        Route::Landing => html! { <pages::Landing /> },
        Route::Setup => html! { <pages::NotReady page={pages::Unfinished::Setup} /> },
        Route::Survey => html! { <pages::SurveyPage /> },
        Route::Summary => html! { <pages::NotReady page={pages::Unfinished::Summary} /> },
        Route::NotFound => html! { <pages::NotFound /> },
    }
}

/// The whole app: language, router and layout around the current page.
#[component]
pub fn App() -> Html {
    html! {
        <locale::LocaleProvider>
            <HashRouter>
                <layout::Layout>
                    <Switch<Route> render={switch} />
                </layout::Layout>
            </HashRouter>
        </locale::LocaleProvider>
    }
}

/// Closes the page to the network, then mounts the app on `<body>`.
pub fn start() {
    if let Err(problem) = lockdown::forbid_requests() {
        // Without the second policy the promise "nothing leaves the device" would rest on our code
        // alone; say so loudly (the end-to-end tests fail on any console error).
        web_sys::console::error_1(&problem);
    }
    yew::Renderer::<App>::new().render();
}
