//! The current language, shared by every component, and the switch between languages; with it,
//! which of the four pages the component runs in (one context for both: each context type is a
//! component of its own in every page's wasm).

use yew::prelude::*;

use crate::i18n::{t, Key};
use crate::lang::Lang;
use crate::route::Site;

/// The language in force and a way to change it.
#[derive(Clone, PartialEq)]
pub struct Locale {
    /// The language every string is shown in.
    pub lang: Lang,
    /// Switches the whole app to another language, keeping all state.
    pub set: Callback<Lang>,
    /// The page of the site this component runs in.
    pub site: Site,
}

impl Locale {
    /// The text of `key` in the current language.
    #[inline(always)]
    pub fn t(&self, key: Key) -> &'static str {
        t(self.lang, key)
    }
}

/// The locale provided by the frame (`layout::Frame`); English outside one.
#[hook]
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_else(|| Locale {
        lang: Lang::En,
        set: Callback::noop(),
        site: Site::default(),
    })
}

/// The browser's language when Candor speaks it, else English.
pub fn browser_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default()
}
