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
    NotReadySummary => "The summary page is not ready yet. It will turn the codes you collect into a report on the work system.",
        "La página de resumen todavía no está lista. Convertirá los códigos que reúna en un informe sobre el sistema de trabajo.";
    BackHome => "Back to the start page", "Volver a la página de inicio";

    NotFoundTitle => "Page not found", "Página no encontrada";
    NotFoundBody => "There is no page at this address. If you typed or pasted a link, check that it arrived whole.",
        "No hay ninguna página en esta dirección. Si escribió o pegó un enlace, compruebe que llegó completo.";

    SurveyLinkErrorTitle => "This survey link cannot be opened", "No se puede abrir este enlace de encuesta";
    SurveyBroken => "This copy of Candor cannot run the survey: its questionnaire is damaged. Please tell the person who sent you the link.",
        "Esta copia de Candor no puede ejecutar la encuesta: su cuestionario está dañado. Avise a quien le envió el enlace.";
    SurveyRunBy => "Run by {org}", "Organizada por {org}";
    WelcomeWhatTitle => "What happens to your answers", "Qué pasa con sus respuestas";
    WelcomeDevice => "Your answers stay on this device. They are scored here, in this browser tab, and never sent anywhere: this page cannot make network requests.",
        "Sus respuestas se quedan en este dispositivo. Se puntúan aquí, en esta pestaña del navegador, y nunca se envían a ningún sitio: esta página no puede hacer solicitudes de red.";
    WelcomeCode => "At the end you get a short code. It holds only coarse results: your burnout level, whether you rated each area of your work low, middling or high, the changes you picked, and your unit and role if the survey asks for them.",
        "Al final recibirá un código breve. Solo contiene resultados aproximados: su nivel de agotamiento, si valoró cada área de su trabajo como baja, intermedia o alta, los cambios que eligió y su unidad y puesto si la encuesta los pregunta.";
    WelcomeNever => "The code never holds your answer to any single question, your name, the time, or anything about your device.",
        "El código nunca contiene su respuesta a ninguna pregunta concreta, ni su nombre, ni la hora, ni nada sobre su dispositivo.";
    WelcomeKept => "If this tab reloads, you continue where you were. When you finish, your answers are erased.",
        "Si esta pestaña se recarga, continuará donde estaba. Cuando termine, sus respuestas se borran.";
    WelcomeTime => "About 4 minutes, in {n} short sections. Only the first question is required.",
        "Unos 4 minutos, en {n} secciones breves. Solo la primera pregunta es obligatoria.";
    WelcomeStart => "Start the survey", "Empezar la encuesta";
    SectionProgress => "Section {i} of {n}", "Sección {i} de {n}";
    Back => "Back", "Atrás";
    Next => "Next", "Siguiente";
    Finish => "See my results", "Ver mis resultados";
    Required => "required", "obligatoria";
    MissingAnswer => "Please answer this question to continue.", "Responda esta pregunta para continuar.";
    ChosenCount => "{n} of {max} chosen", "{n} de {max} elegidas";
    UnitNone => "Prefer not to say", "Prefiero no decirlo";
    ClearAnswer => "Clear this answer", "Borrar esta respuesta";
    StartOver => "Clear my answers and start over", "Borrar mis respuestas y empezar de nuevo";

    ResultsTitle => "Your results", "Sus resultados";
    ResultsYouSaid => "You described how you feel about your work as:", "Describió cómo se siente con su trabajo así:";
    ResultsFraming => "These results describe what your work system is doing to you, not who you are. Burnout comes mostly from how work is organized — staffing, time, control, leadership and culture — and that is what this survey asks your organization to change.",
        "Estos resultados describen lo que su sistema de trabajo le está haciendo, no quién es usted. El agotamiento surge sobre todo de cómo se organiza el trabajo —personal, tiempo, control, liderazgo y cultura— y eso es lo que esta encuesta pide a su organización que cambie.";
    ResultsLowTitle => "Where your work system is falling short for you", "Dónde le está fallando su sistema de trabajo";
    ResultsLowNone => "You did not rate any area of your work system low.", "No valoró como baja ninguna área de su sistema de trabajo.";
    SupportTitle => "You do not have to carry this alone", "No tiene que cargar con esto a solas";
    SupportBody => "What you describe is heavy. If you feel overwhelmed, please talk to someone today. These lines are free and confidential (United States):",
        "Lo que describe pesa mucho. Si se siente desbordado/a, hable hoy con alguien. Estas líneas son gratuitas y confidenciales (Estados Unidos):";
    Support988 => "988 Suicide & Crisis Lifeline — call or text 988, any hour (Spanish: press 2).", "988 Línea de Prevención del Suicidio y Crisis: llame o envíe un mensaje al 988, a cualquier hora (en español: marque 2).";
    SupportPhysicians => "Physician Support Line — 1-888-409-0141, for physicians and medical students.", "Physician Support Line (línea de apoyo para médicos): 1-888-409-0141, para médicos y estudiantes de medicina.";
    SupportEap => "Your organization's employee assistance program can also help, confidentially.", "El programa de asistencia al empleado de su organización también puede ayudarle, de forma confidencial.";
    CodeTitle => "Your code", "Su código";
    CodeExplain => "Hand this code to the organizer. It holds only the coarse results described at the start.", "Entregue este código a quien organiza la encuesta. Solo contiene los resultados aproximados descritos al principio.";
    CodeCopy => "Copy the code", "Copiar el código";
    CodeCopied => "Copied.", "Copiado.";
    CodeSelected => "The code is selected: press Ctrl+C (or ⌘C) to copy it.", "El código está seleccionado: pulse Ctrl+C (o ⌘C) para copiarlo.";
    CodeSendTitle => "Where to send it", "Dónde enviarlo";
    CodeSendDefault => "Send it the way the organizer asked.", "Envíelo como le indicó quien organiza la encuesta.";
    CodeAnonymous => "To stay anonymous, send it through an anonymous channel — a drop box or an anonymous form — or give it to a colleague who combines several codes into one.",
        "Para mantener el anonimato, envíelo por un canal anónimo —un buzón o un formulario anónimo— o entrégueselo a un/a colega que combine varios códigos en uno.";
    CodeNotKept => "This code is kept nowhere: copy it or write it down before you leave this page.", "Este código no se guarda en ningún sitio: cópielo o anótelo antes de salir de esta página.";
    ClearScreen => "Clear my results from this screen", "Borrar mis resultados de esta pantalla";

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
