use yew::prelude::*;

use crate::i18n::Key;
use crate::ui::{Locale, Route};

/// Any address the app does not know. A function, not a component: a component type costs each
/// page its own copy of Yew's machinery.
pub fn not_found(locale: &Locale) -> Html {
    html! {
        <article class="not-found">
            <h1>{ locale.t(Key::NotFoundTitle) }</h1>
            <p>{ locale.t(Key::NotFoundBody) }</p>
            <p><a href={Route::Landing.href(locale.site)}>{ locale.t(Key::BackHome) }</a></p>
        </article>
    }
}
