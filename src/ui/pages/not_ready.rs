use yew::prelude::*;

use crate::i18n::Key;
use crate::ui::{use_locale, use_site, Route};

/// A page that a later piece of work fills in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unfinished {
    /// `#/setup`.
    Setup,
}

/// Props of [`NotReady`].
#[derive(Properties, PartialEq)]
pub struct NotReadyProps {
    /// Which page this stands in for.
    pub page: Unfinished,
}

/// Says plainly that a page is not ready yet, and what it will do.
#[component]
pub fn NotReady(props: &NotReadyProps) -> Html {
    let locale = use_locale();
    let site = use_site();
    let body = match props.page {
        Unfinished::Setup => Key::NotReadySetup,
    };
    html! {
        <article class="not-ready">
            <h1>{ locale.t(Key::NotReadyTitle) }</h1>
            <p>{ locale.t(body) }</p>
            <p><a href={Route::Landing.href(site)}>{ locale.t(Key::BackHome) }</a></p>
        </article>
    }
}
