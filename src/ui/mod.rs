//! The Yew shell: mounts the app, routes, the shared layout and the pages. It only calls the core.

mod browser;
mod layout;
mod locale;
mod lockdown;
mod pages;
mod router;
mod widgets;

use yew::prelude::*;

use std::rc::Rc;

use crate::i18n::Key;
use crate::lang::{Lang, Text};
use crate::summary::{Printout, PrintoutError};

pub use crate::route::{Route, Site};
pub use locale::{browser_lang, use_locale, Locale};
pub use router::use_site;

/// The respondent's page (`index.html`): the start page and the survey.
#[component]
pub fn RespondentApp() -> Html {
    let fragment = router::use_fragment();
    let route = Route::from_fragment(Site::Respondent, &fragment);
    let page = match route {
        Route::Landing => html! { <pages::Landing /> },
        Route::Survey => html! { <pages::SurveyPage {fragment} /> },
        Route::Setup
        | Route::Slips
        | Route::Summary
        | Route::StaffSheet
        | Route::UnitReports
        | Route::NotFound => {
            html! { <pages::NotFound /> }
        }
    };
    // Respondents see only their way: a survey offers no link to the organizer's pages.
    let nav = route != Route::Survey;
    html! { <Frame site={Site::Respondent} title={Key::AppName.text()} {nav}>{ page }</Frame> }
}

/// The organizer's page (`organizer/index.html`): the summary.
#[component]
pub fn OrganizerApp() -> Html {
    let fragment = router::use_fragment();
    let page = match Route::from_fragment(Site::Organizer, &fragment) {
        Route::Summary => html! { <pages::SummaryPage {fragment} /> },
        _ => html! { <pages::NotFound /> },
    };
    html! { <Frame site={Site::Organizer} title={Key::OrganizerTitle.text()} nav=true>{ page }</Frame> }
}

/// The setup page (`organizer/setup/index.html`): creating a survey, or editing one.
#[component]
pub fn SetupApp() -> Html {
    let fragment = router::use_fragment();
    let route = Route::from_fragment(Site::Setup, &fragment);
    let page = match route {
        // Keyed by the address: "Create a survey" from an edited one starts afresh.
        Route::Setup => {
            html! { <pages::SetupPage key={fragment.as_str()} fragment={fragment.clone()} /> }
        }
        Route::Slips => {
            html! { <pages::SheetPage key={fragment.as_str()} fragment={fragment.clone()} /> }
        }
        _ => html! { <pages::NotFound /> },
    };
    // The sheet's title names the file a browser saves it as.
    let title = if route == Route::Slips {
        Key::SheetDocTitle.text()
    } else {
        Key::SetupTitle.text()
    };
    html! { <Frame site={Site::Setup} {title} nav=true>{ page }</Frame> }
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
    let (page, title) = match route {
        Route::StaffSheet | Route::UnitReports => {
            let title = if route == Route::StaffSheet {
                Key::ActionTitle
            } else {
                Key::UnitReportsOpen
            };
            let printout = (*printout).clone();
            (html! { <pages::PrintPage {route} {printout} /> }, title)
        }
        _ => (html! { <pages::NotFound /> }, Key::PrintTitle),
    };
    html! { <Frame site={Site::Print} title={title.text()} nav=true {lang}>{ page }</Frame> }
}

#[derive(Properties, PartialEq)]
struct FrameProps {
    site: Site,
    /// The document title.
    title: Text,
    /// Whether the header links to the organizer's pages.
    nav: bool,
    /// The language to start in; the browser's when absent.
    #[prop_or_default]
    lang: Option<Lang>,
    children: Html,
}

/// What the four pages share: the language, the site for links, the layout.
#[component]
fn Frame(props: &FrameProps) -> Html {
    html! {
        <ContextProvider<Site> context={props.site}>
            <locale::LocaleProvider title={props.title} initial={props.lang}>
                <layout::Layout nav={props.nav}>
                    { props.children.clone() }
                </layout::Layout>
            </locale::LocaleProvider>
        </ContextProvider<Site>>
    }
}

/// Closes the respondent's page to the network, then mounts it on `<body>`.
pub fn start_respondent() {
    lock_down();
    yew::Renderer::<RespondentApp>::new().render();
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
