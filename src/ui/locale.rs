//! The current language, shared by every component, and the switch between languages.

use yew::prelude::*;

use crate::i18n::{t, Key};
use crate::lang::{Lang, Text};

/// The language in force and a way to change it.
#[derive(Clone, PartialEq)]
pub struct Locale {
    /// The language every string is shown in.
    pub lang: Lang,
    /// Switches the whole app to another language, keeping all state.
    pub set: Callback<Lang>,
}

impl Locale {
    /// The text of `key` in the current language.
    #[inline(always)]
    pub fn t(&self, key: Key) -> &'static str {
        t(self.lang, key)
    }
}

/// The locale provided by [`LocaleProvider`]; English outside one.
#[hook]
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_else(|| Locale {
        lang: Lang::En,
        set: Callback::noop(),
    })
}

/// The browser's language when Candor speaks it, else English.
pub fn browser_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default()
}

/// Props of [`LocaleProvider`].
#[derive(Properties, PartialEq)]
pub struct LocaleProviderProps {
    /// The language to start in; the browser's when absent.
    #[prop_or_default]
    pub initial: Option<Lang>,
    /// The document title, naming the page (each page passes its own, so no page carries the
    /// others' titles).
    pub title: Text,
    /// The app.
    pub children: Html,
}

/// Holds the current language and keeps `<html lang>` and the document title (which names the
/// page: the survey, or the organizer's summary) in step with it, so screen readers pronounce the
/// page in the right language.
#[component]
pub fn LocaleProvider(props: &LocaleProviderProps) -> Html {
    let initial = props.initial;
    let lang = use_state(move || initial.unwrap_or_else(browser_lang));
    let title = props.title;
    use_effect_with((*lang, title), |(lang, title)| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = document.document_element() {
                // Setting an attribute on <html> cannot fail in a way the user could act on.
                let _ = root.set_attribute("lang", lang.tag());
            }
            document.set_title(title.get(*lang));
        }
    });
    let locale = Locale {
        lang: *lang,
        set: Callback::from(move |next| lang.set(next)),
    };
    html! {
        <ContextProvider<Locale> context={locale}>
            { props.children.clone() }
        </ContextProvider<Locale>>
    }
}
