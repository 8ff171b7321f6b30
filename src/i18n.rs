//! The translation table for every user-facing string of the shell.
//!
//! Keys and their texts are declared together in one macro call, so a key cannot exist without an
//! entry; the tests fail when an entry's English or Spanish text is empty. The instrument's own text
//! lives with the instrument (`Text` in `lang`), not here.

use crate::lang::{Lang, Text};

macro_rules! strings {
    ($($key:ident => $en:literal, $es:literal;)*) => {
        /// A user-facing string of the shell.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key {
            $(
                #[allow(missing_docs)]
                $key,
            )*
        }

        impl Key {
            /// Every key, in declaration order.
            pub const ALL: &'static [Key] = &[$(Key::$key),*];

            /// The key's text in every language.
            pub fn text(self) -> Text {
                match self {
                    $(Key::$key => Text { en: $en, es: $es },)*
                }
            }
        }
    };
}

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    key.text().get(lang)
}

strings! {
    AppName => "Candor", "Candor";
    SkipToContent => "Skip to content", "Saltar al contenido";
    LanguageSwitch => "Language", "Idioma";
    LanguageName => "English", "Español";
    MainNav => "Main", "Principal";
    NavHome => "Home", "Inicio";
    NavSetup => "Create a survey", "Crear una encuesta";
    NavSummary => "Summary", "Resumen";

    LandingTitle => "An honest burnout survey whose answers never leave the device",
        "Una encuesta honesta sobre el agotamiento cuyas respuestas nunca salen del dispositivo";
    LandingLead => "Candor helps hospitals and clinics measure burnout as what it mostly is: a property of the work system — its values, resources, autonomy, leadership and culture — rather than a weakness of the people inside it.",
        "Candor ayuda a hospitales y clínicas a medir el agotamiento como lo que es sobre todo: una propiedad del sistema de trabajo —sus valores, recursos, autonomía, liderazgo y cultura— y no una debilidad de las personas que trabajan en él.";
    LandingHowTitle => "How your answers stay yours", "Cómo sus respuestas siguen siendo suyas";
    LandingHowDevice => "The whole survey, and its scoring, runs inside your own browser. Your answers are never sent anywhere: this page cannot make a network request once it has loaded, and it keeps nothing after you finish.",
        "Toda la encuesta, y también su puntuación, se ejecuta dentro de su propio navegador. Sus respuestas nunca se envían a ningún sitio: esta página no puede hacer ninguna solicitud de red una vez cargada y no guarda nada cuando usted termina.";
    LandingHowCode => "At the end you receive a short code. It holds only coarse, scored results — never the answer to a single question — and you decide how to hand it to the organizer.",
        "Al final recibe un código breve. Solo contiene resultados puntuados y aproximados —nunca la respuesta a una pregunta concreta— y usted decide cómo entregárselo a quien organiza la encuesta.";
    LandingHowSummary => "Organizers paste the codes they collect into the summary page, which builds a report on the work system without ever showing a group small enough to point at a person.",
        "Quienes organizan la encuesta pegan los códigos recibidos en la página de resumen, que elabora un informe sobre el sistema de trabajo sin mostrar nunca un grupo tan pequeño que permita señalar a una persona.";
    LandingStaffNote => "If you were sent a survey link, open that link: it carries the survey's settings.",
        "Si le enviaron un enlace a una encuesta, abra ese enlace: contiene la configuración de la encuesta.";
    LandingCreate => "Create a survey", "Crear una encuesta";
    LandingOpenSummary => "Open the summary", "Abrir el resumen";

    NotReadyTitle => "Not ready yet", "Todavía no está lista";
    NotReadySetup => "The page for creating a survey is not ready yet. It will produce the survey link, the summary link and a printable poster.",
        "La página para crear una encuesta todavía no está lista. Generará el enlace de la encuesta, el enlace del resumen y un cartel para imprimir.";
    NotReadySurvey => "The survey itself is not ready yet. When it is, a survey link will open it here.",
        "La encuesta en sí todavía no está lista. Cuando lo esté, un enlace de encuesta la abrirá aquí.";
    NotReadySummary => "The summary page is not ready yet. It will turn the codes you collect into a report on the work system.",
        "La página de resumen todavía no está lista. Convertirá los códigos que reúna en un informe sobre el sistema de trabajo.";
    BackHome => "Back to the start page", "Volver a la página de inicio";

    NotFoundTitle => "Page not found", "Página no encontrada";
    NotFoundBody => "There is no page at this address. If you typed or pasted a link, check that it arrived whole.",
        "No hay ninguna página en esta dirección. Si escribió o pegó un enlace, compruebe que llegó completo.";

    FooterPrivacy => "Nothing you enter here is sent anywhere.", "Nada de lo que introduzca aquí se envía a ningún sitio.";
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_key_has_english_and_spanish_text() {
        for &key in Key::ALL {
            let text = key.text();
            for lang in Lang::ALL {
                let s = text.get(lang);
                assert!(!s.trim().is_empty(), "{key:?} has no {} text", lang.tag());
                assert_eq!(
                    s,
                    s.trim(),
                    "{key:?} in {} has stray whitespace",
                    lang.tag()
                );
            }
        }
    }

    #[test]
    fn sentences_are_translated_not_copied() {
        // Proper names may read the same in both languages; sentences may not.
        for &key in Key::ALL {
            let text = key.text();
            if text.en.contains(' ') && text.en.len() > 20 {
                assert_ne!(text.en, text.es, "{key:?} is English in the Spanish table");
            }
        }
    }

    #[test]
    fn keys_are_listed_once() {
        let unique: HashSet<_> = Key::ALL.iter().collect();
        assert_eq!(unique.len(), Key::ALL.len());
    }

    #[test]
    fn lookup_picks_the_language() {
        assert_eq!(t(Lang::En, Key::NavHome), "Home");
        assert_eq!(t(Lang::Es, Key::NavHome), "Inicio");
    }
}
