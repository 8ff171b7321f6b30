use yew::prelude::*;

use crate::i18n::Key;
use crate::ui::{use_locale, use_site, Route};

/// Any address the app does not know.
#[component]
pub fn NotFound() -> Html {
    let locale = use_locale();
    let site = use_site();
    html! {
        <article class="not-found">
            <h1>{ locale.t(Key::NotFoundTitle) }</h1>
            <p>{ locale.t(Key::NotFoundBody) }</p>
            <p><a href={Route::Landing.href(site)}>{ locale.t(Key::BackHome) }</a></p>
        </article>
    }
}
