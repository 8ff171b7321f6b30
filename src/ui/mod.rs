//! The shell: mounts each page, routes, the shared layout and the pages. It only calls the core.
//! The organizer's three pages are Yew apps; the respondents' page, which a phone downloads, is
//! written without a framework (`respondent`).

mod browser;
mod layout;
mod locale;
mod lockdown;
mod pages;
mod patch;
mod respondent;
mod router;
mod widgets;

use yew::prelude::*;

use std::rc::Rc;

use crate::i18n::Key;
use crate::summary::{Printout, PrintoutError};

pub use crate::route::{Route, Site};
pub use locale::{browser_lang, use_locale, Locale};
pub use respondent::{mount as mount_respondent, Mounted};
pub use router::use_site;

/// The organizer's page (`organizer/index.html`): the summary.
#[component]
pub fn OrganizerApp() -> Html {
    let fragment = router::use_fragment();
    let frame = layout::use_frame(Site::Organizer, Key::OrganizerTitle.text(), None);
    let route = Route::from_fragment(Site::Organizer, &fragment);
    let settings = pages::use_summary_settings(&fragment, route == Route::Summary);
    let page = match route {
        Route::Summary => pages::summary_page(&settings, &frame.locale),
        _ => pages::not_found(&frame.locale),
    };
    frame.view(page)
}

/// The setup page (`organizer/setup/index.html`): creating a survey, or editing one.
#[component]
pub fn SetupApp() -> Html {
    let fragment = router::use_fragment();
    let route = Route::from_fragment(Site::Setup, &fragment);
    // The sheet's title names the file a browser saves it as.
    let title = if route == Route::Slips {
        Key::SheetDocTitle.text()
    } else {
        Key::SetupTitle.text()
    };
    let frame = layout::use_frame(Site::Setup, title, None);
    let page = match route {
        // Keyed by the address: "Create a survey" from an edited one starts afresh.
        Route::Setup => {
            html! { <pages::SetupPage key={fragment.as_str()} fragment={fragment.clone()} /> }
        }
        Route::Slips => {
            html! { <pages::SheetPage key={fragment.as_str()} fragment={fragment.clone()} /> }
        }
        _ => pages::not_found(&frame.locale),
    };
    frame.view(page)
}

/// The printable documents' page (`organizer/print/index.html`), which the summary page opens
/// in a new tab: the staff one-pager or the unit reports, from the figures that tab hands over
/// (`summary::Printout`), in the language it was in.
#[component]
pub fn PrintApp() -> Html {
    let fragment = router::use_fragment();
    let route = Route::from_fragment(Site::Print, &fragment);
    let printout = use_memo((), |_| {
        browser::handed_over()
            .ok_or(PrintoutError::Missing)
            .and_then(|text| Printout::read(&text))
            .map(Rc::new)
    });
    let lang = (*printout).as_ref().ok().map(|p| p.lang());
    let title = match route {
        Route::StaffSheet => Key::ActionTitle,
        Route::UnitReports => Key::UnitReportsOpen,
        _ => Key::PrintTitle,
    };
    let frame = layout::use_frame(Site::Print, title.text(), lang);
    let page = match route {
        Route::StaffSheet | Route::UnitReports => {
            let printout = (*printout).clone();
            html! { <pages::PrintPage {route} {printout} /> }
        }
        _ => pages::not_found(&frame.locale),
    };
    frame.view(page)
}

/// Closes the respondent's page to the network, then mounts it on `<body>` for the page's life.
pub fn start_respondent() {
    lock_down();
    let body = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body());
    if let Some(body) = body {
        std::mem::forget(respondent::mount(body.into()));
    }
}

/// Closes the organizer's page to the network, then mounts it on `<body>`.
pub fn start_organizer() {
    lock_down();
    yew::Renderer::<OrganizerApp>::new().render();
}

/// Closes the setup page to the network, then mounts it on `<body>`.
pub fn start_setup() {
    lock_down();
    yew::Renderer::<SetupApp>::new().render();
}

/// Closes the printable documents' page to the network, then mounts it on `<body>`.
pub fn start_print() {
    lock_down();
    yew::Renderer::<PrintApp>::new().render();
}

fn lock_down() {
    if let Err(problem) = lockdown::forbid_requests() {
        // Without the second policy the promise "nothing leaves the device" would rest on our code
        // alone; say so loudly (the end-to-end tests fail on any console error).
        web_sys::console::error_1(&problem);
    }
}
