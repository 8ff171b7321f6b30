//! The Yew shell: mounts the app, routes, the shared layout and the pages. It only calls the core.

mod browser;
#[cfg(feature = "summary-page")]
mod format;
mod layout;
mod locale;
mod lockdown;
mod pages;
mod router;

use yew::prelude::*;

pub use locale::{use_locale, Locale};
pub use router::Route;

fn switch(fragment: String) -> Html {
    match Route::from_fragment(&fragment) {
        Route::Landing => html! { <pages::Landing /> },
        Route::Setup => html! { <pages::NotReady page={pages::Unfinished::Setup} /> },
        Route::Survey => html! { <pages::SurveyPage {fragment} /> },
        #[cfg(feature = "summary-page")]
        Route::Summary => html! { <pages::SummaryPage {fragment} /> },
        #[cfg(not(feature = "summary-page"))]
        Route::Summary => html! { <pages::NotReady page={pages::Unfinished::Summary} /> },
        Route::NotFound => html! { <pages::NotFound /> },
    }
}

/// The whole app: language, router and layout around the current page.
#[component]
pub fn App() -> Html {
    let fragment = router::use_fragment();
    html! {
        <locale::LocaleProvider>
            <layout::Layout>
                { switch(fragment) }
            </layout::Layout>
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
