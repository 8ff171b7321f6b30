//! The frame around every page: skip link, product name, navigation, language switch, footer.

use yew::prelude::*;

use super::{use_locale, use_site, Locale, Route};
use crate::i18n::{t, Key};
use crate::lang::{fill, Lang};

/// Props of [`Layout`].
#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    /// Whether the header links to the organizer's pages (not on a survey).
    pub nav: bool,
    /// The page.
    pub children: Html,
}

/// The shared layout.
#[component]
pub fn Layout(props: &LayoutProps) -> Html {
    let locale = use_locale();
    let site = use_site();
    // Read once: the page's stamp does not change while it is open.
    let build = (*use_memo((), |_| super::browser::build_fingerprint())).clone();
    html! {
        <>
            <a class="skip-link" href="#main" onclick={skip_to_main()}>{ locale.t(Key::SkipToContent) }</a>
            <header class="site-header">
                <div class="site-header__inner">
                    <a href={Route::Landing.href(site)} class="brand">{ locale.t(Key::AppName) }</a>
                    if props.nav {
                        <nav aria-label={locale.t(Key::MainNav)} class="site-nav">
                            <a href={Route::Setup.href(site)}>{ locale.t(Key::NavSetup) }</a>
                            <a href={Route::Summary.href(site)}>{ locale.t(Key::NavSummary) }</a>
                        </nav>
                    }
                    { language_switch(&locale) }
                </div>
            </header>
            <main id="main" tabindex="-1" class="site-main">
                { props.children.clone() }
            </main>
            <footer class="site-footer">
                <p>{ locale.t(Key::FooterPrivacy) }</p>
                <p data-build={build.clone().unwrap_or_default()}>{ match &build {
                    Some(build) => fill(locale.t(Key::FooterBuild), &[
                        ("version", env!("CARGO_PKG_VERSION")),
                        ("build", build),
                    ]),
                    None => locale.t(Key::FooterDevelopment).to_string(),
                } }</p>
            </footer>
        </>
    }
}

/// `href="#main"` would be read by the hash router as a route; move focus by hand instead.
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|event: MouseEvent| {
        event.prevent_default();
        let main = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("main"));
        if let Some(main) =
            main.and_then(|m| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(m).ok())
        {
            let _ = main.focus();
        }
    })
}

/// One button per language, each labelled in its own language, the current one pressed. A
/// function, not a component: each component type costs every page its own copy of Yew's
/// machinery.
fn language_switch(locale: &Locale) -> Html {
    html! {
        <div class="lang-switch" role="group" aria-label={locale.t(Key::LanguageSwitch)}>
            for lang in Lang::ALL {
                <button
                    type="button"
                    lang={lang.tag()}
                    aria-pressed={(lang == locale.lang).to_string()}
                    onclick={locale.set.reform(move |_| lang)}
                >
                    { t(lang, Key::LanguageName) }
                </button>
            }
        </div>
    }
}
