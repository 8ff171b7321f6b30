//! The setup page (`organizer/setup/`): the organizer describes a survey and leaves with its
//! links, a QR poster, an invitation and a file that keeps it all. The form is a
//! [`Setup`](crate::setup::Setup), changed only by its `apply`; the settings are a `SurveyLink`
//! from the first keystroke, checked like any link; the texts and the QR code come from the core
//! (`setup`). Here: the page; `form` the fields, `units` the units editor, `slips` and
//! `deniability` those settings, `kit` the links, poster, slips and kit of a valid survey;
//! `sheet` the printable sheet of slips, a page of its own (`#/slips?…`).

mod deniability;
mod form;
mod kit;
mod sheet;
mod slips;
mod statements;
mod units;

pub use sheet::SheetPage;

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Key;
use crate::lang::Explain;
use crate::respondent::view::welcome;
use crate::setup::{
    new_id, preview_link, sections_asked, survey_lang, Action, Opened, Setup, ID_SYMBOLS,
};
use crate::ui::{browser, use_locale};

/// Props of [`SetupPage`].
#[derive(Properties, PartialEq)]
pub struct SetupPageProps {
    /// The URL fragment: `#/` for a new survey, `#/edit?…` with the settings of one to edit.
    pub fragment: String,
}

impl Reducible for Setup {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

/// A random survey identifier; empty if the browser has no random generator (the form then asks
/// for one rather than hand out the same identifier to everyone).
fn random_id() -> String {
    let mut random = [0u8; ID_SYMBOLS];
    if browser::random(&mut random) {
        new_id(random)
    } else {
        String::new()
    }
}

/// The site's root, where `index.html` is: two folders up from this page.
fn site_root() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .and_then(|here| web_sys::Url::new_with_base("../../", &here).ok())
        .map(|root| root.href())
        .unwrap_or_default()
}

/// The page.
#[component]
pub fn SetupPage(props: &SetupPageProps) -> Html {
    let locale = use_locale();
    let setup = {
        let fragment = props.fragment.clone();
        use_reducer(move || Setup::open(&fragment, random_id(), random_id()))
    };
    let dispatch = {
        let dispatcher = setup.dispatcher();
        Callback::from(move |action: Action| dispatcher.dispatch(action))
    };
    let checked = setup.checked();
    let respondent_lang = survey_lang(setup.link(), locale.lang);
    // Which sections show depends only on the survey's shape: worked out when that changes.
    let sections = use_memo(setup.link().shape(), |_| sections_asked(setup.link()));
    html! {
        <article class="setup">
            <h1>{ locale.t(Key::SetupHeading) }</h1>
            <p class="lead no-print">{ locale.t(Key::SetupIntro) }</p>
            { match setup.opened() {
                Opened::New => html! {},
                Opened::Edit => html! { <p class="panel notice no-print">{ locale.t(Key::SetupEditNotice) }</p> },
                Opened::Recreate => html! { <p class="panel notice no-print">{ locale.t(Key::SetupRecreateNotice) }</p> },
                Opened::BadLink(problem) => html! {
                    <p class="error no-print" role="alert">{ format!("{} {}", locale.t(Key::SetupBadLink), problem.message(locale.lang)) }</p>
                },
            } }
            { form::form(&setup, &checked, &dispatch, &locale) }
            <section class="preview no-print" aria-labelledby="preview-title">
                <h2 id="preview-title">{ locale.t(Key::SetupPreviewTitle) }</h2>
                <div class="preview__frame" lang={respondent_lang.tag()}>
                    { Html::from_html_unchecked(AttrValue::from(
                        welcome(&preview_link(&checked, respondent_lang), *sections, respondent_lang, None))) }
                </div>
            </section>
            <div class="results">
                if let Some(link) = setup.made_settings() {
                    <kit::SurveyKit link={Rc::new(link)} new_slips_from={setup.new_slips_from()} plan={Rc::new(setup.plan().clone())} />
                }
            </div>
        </article>
    }
}
