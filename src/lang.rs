//! The languages Candor speaks. Shared by the core (instrument text) and the shell (UI strings).

/// A language every user-facing string exists in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Spanish.
    Es,
}

impl Lang {
    /// Every supported language, in the order the language switch lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The BCP 47 tag, as used in `<html lang>` and in links.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// Reads a BCP 47 tag such as `es` or `es-MX`; `None` for a language Candor does not speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }
}

/// A piece of text in every language. The core's data (the instrument) is written with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    /// English.
    pub en: &'static str,
    /// Spanish.
    pub es: &'static str,
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Es => self.es,
        }
    }
}

/// What every error of the core gives: one sentence in every language, with `{name}` placeholders
/// for the values that differ from case to case. The language is picked where the sentence is shown.
pub trait Explain {
    /// The sentence, in every language.
    fn text(&self) -> Text;

    /// The values of the sentence's placeholders, in `lang` (names of things can differ by
    /// language). None by default.
    fn values(&self, lang: Lang) -> Vec<(&'static str, String)> {
        let _ = lang;
        Vec::new()
    }

    /// The sentence in `lang`, filled in.
    fn message(&self, lang: Lang) -> String {
        let values = self.values(lang);
        let borrowed: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
        fill(self.text().get(lang), &borrowed)
    }
}

/// Fills the `{name}` placeholders of a translated sentence. A placeholder with no value, or a
/// brace with no closing brace, stays as written.
///
/// One pass with character search, so the wasm carries no substring searcher.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = String::with_capacity(template.len() + 16);
    let mut rest = template;
    // `split_once` rather than slicing by index: no slicing check, so no panic path in the wasm.
    while let Some((before, after)) = rest.split_once('{') {
        text.push_str(before);
        let value = after.split_once('}').and_then(|(name, tail)| {
            let (_, value) = values.iter().find(|(n, _)| *n == name)?;
            Some((value, tail))
        });
        match value {
            Some((value, tail)) => {
                text.push_str(value);
                rest = tail;
            }
            None => {
                text.push('{');
                rest = after;
            }
        }
    }
    text.push_str(rest);
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
        assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("EN_us"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn placeholders_are_filled_and_unknown_ones_kept() {
        assert_eq!(
            fill("{n} of {m} ({n})", &[("n", "3"), ("m", "5")]),
            "3 of 5 (3)"
        );
        assert_eq!(fill("{x} and {", &[("n", "3")]), "{x} and {");
        assert_eq!(fill("a{{n}}b", &[("n", "ñ")]), "a{ñ}b");
        assert_eq!(fill("", &[]), "");
    }
}
