use yew::prelude::*;

use crate::i18n::Key;
use crate::ui::{Locale, Route};

/// `#/`: what Candor is, why answers stay on the device, and where organizers go next.
pub fn landing(locale: &Locale) -> Html {
    let site = locale.site;
    html! {
        <article class="landing">
            <h1>{ locale.t(Key::LandingTitle) }</h1>
            <p class="lead">{ locale.t(Key::LandingLead) }</p>
            <section aria-labelledby="how-title">
                <h2 id="how-title">{ locale.t(Key::LandingHowTitle) }</h2>
                <p>{ locale.t(Key::LandingHowDevice) }</p>
                <p>{ locale.t(Key::LandingHowCode) }</p>
                <p>{ locale.t(Key::LandingHowSummary) }</p>
            </section>
            <p class="note">{ locale.t(Key::LandingStaffNote) }</p>
            <p class="actions">
                <a href={Route::Setup.href(site)} class="button button--primary">{ locale.t(Key::LandingCreate) }</a>
                <a href={Route::Summary.href(site)} class="button">{ locale.t(Key::LandingOpenSummary) }</a>
            </p>
        </article>
    }
}
