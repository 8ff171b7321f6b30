//! `organizer/print/#/staff` and `#/units`: the printable documents, in a tab the summary page
//! opens, made from its latest wave's figures (`summary::Printout`, read from that tab's memory
//! by `ui::PrintApp`). A page of its own, so the summary page does not carry the documents' code.
//! The summary tab tells the page whenever its figures change (`browser::HANDED_OVER`), and the
//! page reads them again, so a document printed after more codes were given is of all of them. Each document comes with a toolbar that
//! is not printed; "back" closes the tab, and the summary tab is where it was, every code still
//! given.

mod plan;
mod staff;
mod units;

use std::rc::Rc;

use gloo_events::EventListener;
use yew::prelude::*;

use crate::i18n::Key;
use crate::lang::Explain;
use crate::report::action::PlanEdit;
use crate::route::{Route, Site};
use crate::summary::{Printout, PrintoutError};
use crate::ui::{browser, use_locale};

/// Props of [`PrintPage`].
#[derive(Properties, PartialEq)]
pub struct PrintPageProps {
    /// Which document: [`Route::StaffSheet`] or [`Route::UnitReports`].
    pub route: Route,
    /// What the summary tab handed over when the page opened, or why there is nothing.
    pub printout: Result<Rc<Printout>, PrintoutError>,
}

/// A change to the page's figures: the commitments typed here, or the summary tab's figures read
/// again.
enum Change {
    Edit(PlanEdit),
    Refresh(Box<Printout>),
}

/// The figures the page shows; the reducer only hands changes to the core.
struct Held(Rc<Printout>);

impl Reducible for Held {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let mut next = (*self.0).clone();
        match change {
            Change::Edit(edit) => next.edit_plan(edit),
            Change::Refresh(newer) => {
                if !next.refresh(*newer) || next == *self.0 {
                    return self;
                }
            }
        }
        Rc::new(Held(Rc::new(next)))
    }
}

/// The document the route names, or why there is none.
#[component]
pub fn PrintPage(props: &PrintPageProps) -> Html {
    let locale = use_locale();
    match &props.printout {
        Ok(printout) => html! { <Document route={props.route} printout={printout.clone()} /> },
        Err(problem) => html! {
            <article class="printout">
                <h1>{ locale.t(Key::PrintTitle) }</h1>
                <p class="error" role="alert">{ problem.message(locale.lang) }</p>
                <p><a class="button" href={Route::Summary.href(Site::Print)}>{ locale.t(Key::PrintToSummary) }</a></p>
            </article>
        },
    }
}

#[derive(Properties, PartialEq)]
struct DocumentProps {
    route: Route,
    printout: Rc<Printout>,
}

/// The document, kept up to date with the summary tab.
#[component]
fn Document(props: &DocumentProps) -> Html {
    let held = {
        let printout = props.printout.clone();
        use_reducer(move || Held(printout))
    };
    // Told by the summary tab, the page takes its figures as they now are.
    {
        let held = held.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, browser::HANDED_OVER, move |_| {
                    let newer = browser::handed_over().and_then(|t| Printout::read(&t).ok());
                    if let Some(newer) = newer {
                        held.dispatch(Change::Refresh(Box::new(newer)));
                    }
                })
            });
            move || drop(listener)
        });
    }
    let printout = held.0.clone();
    // Every printed page's footer names the survey, as the summary's own print does.
    use_effect_with(printout.settings().footer(), |footer| {
        browser::print_footer(footer)
    });
    let on_edit = {
        let held = held.clone();
        Callback::from(move |edit: PlanEdit| held.dispatch(Change::Edit(edit)))
    };
    html! {
        <article class="printout">
            if props.route == Route::UnitReports {
                <units::UnitDocument {printout} />
            } else {
                <staff::StaffSheet {printout} {on_edit} />
            }
        </article>
    }
}
