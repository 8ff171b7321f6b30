//! The frame around the organizer's three pages: the language and the site as a context, skip
//! link, product name, navigation, language switch, footer. A hook and a function of each page's
//! app, not components of their own: each component type costs every page its own copy of Yew's
//! machinery. (The respondents' page, which has no Yew, draws the same frame from
//! `respondent::view::frame`.)

use yew::prelude::*;

use super::locale::browser_lang;
use super::{Locale, Route};
use crate::i18n::{t, Key};
use crate::lang::{fill, Lang, Text};
use crate::route::Site;

/// What the organizer's pages share, as their app holds it: the language in force (with the site, as
/// the context every component reads) and the page's build stamp.
pub struct Frame {
    /// The language and the site.
    pub locale: Locale,
    /// The build fingerprint the footer shows.
    build: Option<String>,
}

/// The frame of the page `site` titled `title`, starting in `initial` (the browser's language
/// when absent). Holds the current language and keeps `<html lang>` and the document title
/// (which names the page: the survey, or the organizer's summary) in step with it, so screen
/// readers pronounce the page in the right language. A hook of the app, not a component: each
/// component type costs every page its own copy of Yew's machinery.
#[hook]
pub fn use_frame(site: Site, title: Text, initial: Option<Lang>) -> Frame {
    let lang = use_state(move || initial.unwrap_or_else(browser_lang));
    use_effect_with((*lang, title), |(lang, title)| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = document.document_element() {
                // Setting an attribute on <html> cannot fail in a way the user could act on.
                let _ = root.set_attribute("lang", lang.tag());
            }
            document.set_title(title.get(*lang));
        }
    });
    // The page's stamp, read again only when the app renders (a new address or language).
    let build = super::browser::build_fingerprint();
    Frame {
        locale: Locale {
            lang: *lang,
            set: Callback::from(move |next| lang.set(next)),
            site,
        },
        build,
    }
}

impl Frame {
    /// `page` in the shared layout, with the locale provided as the context every component
    /// inside it reads (`use_locale`).
    pub fn view(&self, page: Html) -> Html {
        let locale = &self.locale;
        let site = locale.site;
        let build = &self.build;
        html! {
            <>
                <a class="skip-link" href="#main" onclick={skip_to_main()}>{ locale.t(Key::SkipToContent) }</a>
                <header class="site-header">
                    <div class="site-header__inner">
                        <a href={Route::Landing.href(site)} class="brand">{ locale.t(Key::AppName) }</a>
                        <nav aria-label={locale.t(Key::MainNav)} class="site-nav">
                            <a href={Route::Setup.href(site)}>{ locale.t(Key::NavSetup) }</a>
                            <a href={Route::Summary.href(site)}>{ locale.t(Key::NavSummary) }</a>
                        </nav>
                        { language_switch(locale) }
                    </div>
                </header>
                <main id="main" tabindex="-1" class="site-main">
                    <ContextProvider<Locale> context={self.locale.clone()}>{ page }</ContextProvider<Locale>>
                </main>
                <footer class="site-footer">
                    <p>{ locale.t(Key::FooterPrivacy) }</p>
                    <p data-build={build.clone().unwrap_or_default()}>{ match build {
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
