//! The translation table for every user-facing string of the shell, and for the labels the CSV
//! shares with the page (so the two never name a thing two ways).
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

            /// The key's text in every language. Always inlined: every call names its key, so each
            /// page's wasm carries only the strings it uses (the other pages' stay out).
            #[inline(always)]
            pub const fn text(self) -> Text {
                match self {
                    $(Key::$key => Text { en: $en, es: $es },)*
                }
            }
        }
    };
}

/// The text of `key` in `lang`.
#[inline(always)]
pub fn t(lang: Lang, key: Key) -> &'static str {
    key.text().get(lang)
}

strings! {
    AppName => "Candor", "Candor";
    OrganizerTitle => "Candor — summary", "Candor — resumen";
    SkipToContent => "Skip to content", "Saltar al contenido";
    LanguageSwitch => "Language", "Idioma";
    LanguageName => "English", "Español";
    MainNav => "Main", "Principal";
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

    SetupTitle => "Candor — create a survey", "Candor — crear una encuesta";
    SetupHeading => "Create a survey", "Crear una encuesta";
    SetupIntro => "Describe your survey and get everything you need to run it: the link for staff, your summary link, a poster and an invitation. Nothing you type leaves this browser tab; the settings travel inside the links, in the part no server ever sees.",
        "Describa su encuesta y obtenga todo lo necesario para realizarla: el enlace para el personal, su enlace de resumen, un cartel y una invitación. Nada de lo que escribe sale de esta pestaña; la configuración viaja dentro de los enlaces, en la parte que ningún servidor ve.";
    SetupEditNotice => "You are editing an existing survey. Changing its title, organization, language, minimum group size or instructions keeps it the same survey, and the codes already collected still count. Changing the units or the role question does not: this page says what each change does as you make it.",
        "Está editando una encuesta existente. Cambiar el título, la organización, el idioma, el tamaño mínimo de grupo o las indicaciones la mantiene como la misma encuesta, y los códigos ya reunidos siguen contando. Cambiar las unidades o la pregunta sobre el puesto no: esta página indica qué produce cada cambio a medida que lo hace.";
    SetupEditRenamed => "You renamed a unit. Codes carry their unit's place in the list, so codes already collected stay with the renamed unit: rename only to correct a name, never to put another unit in its place.",
        "Cambió el nombre de una unidad. Los códigos llevan el lugar de su unidad en la lista, así que los ya reunidos siguen con la unidad renombrada: renombre solo para corregir un nombre, nunca para poner otra unidad en su lugar.";
    SetupEditReordered => "You changed the order of the units. Codes carry their unit's place in the list, so codes already collected would land under the wrong unit: these settings therefore make a new survey with a new identifier, and the old link's codes are counted apart.",
        "Cambió el orden de las unidades. Los códigos llevan el lugar de su unidad en la lista, así que los ya reunidos quedarían en la unidad equivocada: por eso esta configuración crea una encuesta nueva con un identificador nuevo, y los códigos del enlace anterior se cuentan aparte.";
    SetupEditReworded => "The statements of your own changed, so this is a new survey: codes answered to the old words are counted apart, as if they were from another survey.",
        "Sus afirmaciones propias cambiaron, así que es una encuesta nueva: los códigos respondidos con las palabras anteriores se cuentan aparte, como si fueran de otra encuesta.";
    SetupEditReshaped => "With another number of units, or the role question switched, this is a new survey: codes made with the old link no longer fit and are counted apart, as if they were from another survey.",
        "Con otro número de unidades, o con la pregunta sobre el puesto cambiada, es una encuesta nueva: los códigos hechos con el enlace anterior ya no encajan y se cuentan aparte, como si fueran de otra encuesta.";
    SetupEditRemoded => "You changed plausible deniability. The survey keeps its identifier, but codes made before and after the change cannot be counted together: the summary keeps the earlier ones apart. Keep the old summary link to count them.",
        "Cambió la negación plausible. La encuesta conserva su identificador, pero los códigos hechos antes y después del cambio no se pueden contar juntos: el resumen deja aparte los anteriores. Conserve el enlace de resumen anterior para contarlos.";
    SetupEditSlipsOn => "You turned on single-use slips. From now on only codes made with a slip count: codes collected before are kept apart in the summary as made without a slip.",
        "Activó las papeletas de un solo uso. Desde ahora solo cuentan los códigos hechos con una papeleta: los reunidos antes quedan aparte en el resumen, como hechos sin papeleta.";
    SetupEditSlipsOff => "You turned off single-use slips. The new summary link holds no slips' key, so codes made with slips are kept apart; keep the old summary link to count them.",
        "Desactivó las papeletas de un solo uso. El nuevo enlace del resumen no contiene la clave de las papeletas, así que los códigos hechos con papeleta quedan aparte; conserve el enlace del resumen anterior para contarlos.";
    SetupEditSlipKey => "These slips have a new key: slips printed before will not count under the new summary link. To keep them, open “Edit this survey” from the summary link that holds their key.",
        "Estas papeletas tienen una clave nueva: las impresas antes no contarán con el nuevo enlace del resumen. Para conservarlas, abra «Editar esta encuesta» desde el enlace del resumen que contiene su clave.";
    SetupEditFewerSlips => "You lowered the number of slips from {before} to {after}. Printed slips beyond the first {after} no longer count, and the shuffled sheet does not show which ones they are: if slips were already handed out, keep the number.",
        "Bajó el número de papeletas de {before} a {after}. Las papeletas impresas más allá de las primeras {after} dejan de contar, y la hoja mezclada no muestra cuáles son: si ya se repartieron papeletas, mantenga el número.";
    SetupDeniabilityLegend => "Plausible deniability", "Negación plausible";
    SetupDeniabilityProtects => "What it protects: before a code is made, the respondent's browser changes each of their results by chance, at a known rate. A single code is then only weak evidence about each of its sender's answers (at most 3 : 1 at the standard level), even to someone who knows whose code it is — use it when codes must reach you by e-mail, through a manager, or anywhere you could see who sent which.",
        "Qué protege: antes de generar un código, el navegador de quien responde cambia cada uno de sus resultados al azar, con una probabilidad conocida. Así, un código es solo un indicio débil sobre cada respuesta de quien lo envía (como mucho 3 : 1 en el nivel estándar), incluso ante quien sabe de quién es: úsela cuando los códigos le lleguen por correo, a través de un responsable o por cualquier vía en que pueda ver quién envió cada uno.";
    SetupDeniabilityCosts => "What it costs: the summary estimates instead of counting, and needs more responses. To know the burnout share within ±10 points takes about {off10} responses without it, {standard10} with the standard level and {strong10} with the strong one; within ±5 points, {off5}, {standard5} and {strong5}. Codes then report burned out or not, and each area as low, middling or high, not the levels.",
        "Qué cuesta: el resumen estima en lugar de contar y necesita más respuestas. Para conocer la proporción con agotamiento con un margen de ±10 puntos hacen falta unas {off10} respuestas sin ella, {standard10} con el nivel estándar y {strong10} con el fuerte; con ±5 puntos, {off5}, {standard5} y {strong5}. Los códigos indican entonces si hay agotamiento o no, y cada área como baja, intermedia o alta, no los niveles.";
    SetupDeniabilityOff => "Off: codes hold each respondent's scored results", "Desactivada: los códigos contienen los resultados puntuados de cada persona";
    SetupDeniabilityStandard => "Standard: a code is at most 3 times likelier to say something when it is true than when it is not", "Estándar: un código dice algo como mucho 3 veces más a menudo cuando es cierto que cuando no lo es";
    SetupDeniabilityStrong => "Strong: at most 2 times likelier; needs about twice as many responses as standard", "Fuerte: como mucho 2 veces más probable; necesita unas dos veces más respuestas que el estándar";
    SetupQrTooLong => "This survey link is too long for a QR code. Shorten the unit names or the instructions, or share the link itself.",
        "Este enlace es demasiado largo para un código QR. Acorte los nombres de las unidades o las indicaciones, o comparta el enlace directamente.";
    SetupBadLink => "The settings in this address could not be read, so a new survey was started instead.",
        "No se pudo leer la configuración de esta dirección, así que se empezó una encuesta nueva.";
    SetupRecreateNotice => "Enter the survey's settings exactly as its survey link has them: the identifier (after “id=”), the units in the same order, and whether it asked the role. Codes are counted only under the same settings.",
        "Introduzca la configuración de la encuesta tal como la tiene su enlace: el identificador (después de «id=»), las unidades en el mismo orden y si preguntaba el puesto. Los códigos solo se cuentan con la misma configuración.";
    SetupIdLabel => "Survey identifier", "Identificador de la encuesta";
    SetupIdHint => "In the survey link, after “id=”. Every code is bound to it: another identifier makes another survey.",
        "En el enlace de la encuesta, después de «id=». Cada código está ligado a él: otro identificador es otra encuesta.";
    SetupTitleLabel => "Survey title", "Título de la encuesta";
    SetupTitleHint => "Respondents see it first, for example “Staff wellbeing 2026”.",
        "Es lo primero que ven quienes responden, por ejemplo «Bienestar del personal 2026».";
    SetupOrgLabel => "Organization (optional)", "Organización (opcional)";
    SetupUnitsLegend => "Units (optional)", "Unidades (opcional)";
    SetupUnitsHint => "Respondents pick their unit from this list. Leave it empty not to ask. At most {max} units.",
        "Quienes responden eligen su unidad de esta lista. Déjela vacía si no quiere preguntar la unidad. Como máximo {max} unidades.";
    SetupUnitLabel => "Unit {n} name", "Nombre de la unidad {n}";
    SetupUnitUp => "Move unit {n} up", "Subir la unidad {n}";
    SetupUnitDown => "Move unit {n} down", "Bajar la unidad {n}";
    SetupUnitRemove => "Remove unit {n}", "Quitar la unidad {n}";
    SetupUnitRemoveShort => "Remove", "Quitar";
    SetupUnitAdd => "Add a unit", "Añadir una unidad";
    SetupStatementsLegend => "Your organization's own questions (optional)", "Preguntas propias de su organización (opcional)";
    SetupStatementsHint => "Up to {max} statements of your own, each up to {chars} characters, which staff answer from strongly disagree to strongly agree after the standard questions. Write each in the survey's language, and in the other one if you can; a statement without a translation is shown as written.",
        "Hasta {max} afirmaciones propias, de hasta {chars} caracteres cada una, que el personal responde de totalmente en desacuerdo a totalmente de acuerdo después de las preguntas habituales. Escriba cada una en el idioma de la encuesta y, si puede, también en el otro; una afirmación sin traducción se muestra tal como está escrita.";
    SetupStatementEn => "Statement {n} in English", "Afirmación {n} en inglés";
    SetupStatementEs => "Statement {n} in Spanish", "Afirmación {n} en español";
    SetupStatementRemove => "Remove statement {n}", "Quitar la afirmación {n}";
    SetupStatementAdd => "Add a statement", "Añadir una afirmación";
    LanguageEnglish => "English", "inglés";
    LanguageSpanish => "Spanish", "español";
    KitStatements => "Statements of your own:", "Afirmaciones propias:";
    SetupStatementsPreview => "As staff reading {language} will see them:", "Así las verá el personal que lee en {language}:";
    SetupRoleLabel => "Ask for the broad role (physician, nurse, advanced practice, other clinical or technical, administrative or support)",
        "Preguntar el puesto general (medicina, enfermería, práctica avanzada, otro personal clínico o técnico, administrativo o de apoyo)";
    SetupSharedLabel => "Staff will also answer on shared computers or tablets (a nurses' station PC, a break-room tablet)",
        "El personal también responderá en computadoras o tabletas compartidas (el equipo del control de enfermería, una tableta de la sala de descanso)";
    SetupSharedHint => "Adds a second survey link, for those devices. It opens the same survey and its codes are counted with the others, but the browser keeps nothing: a reload starts afresh, a survey left untouched for {minutes} minutes is cleared after a countdown, and “Done — next person” clears each person's results and code.",
        "Añade un segundo enlace de la encuesta para esos dispositivos. Abre la misma encuesta y sus códigos se cuentan con los demás, pero el navegador no guarda nada: al recargar se empieza de cero, una encuesta sin tocar durante {minutes} minutos se borra tras una cuenta atrás y «Listo: siguiente persona» borra los resultados y el código de cada persona.";
    SetupSlipsLabel => "Use single-use slips: each person needs a printed slip, and each slip counts once",
        "Usar papeletas de un solo uso: cada persona necesita una papeleta impresa, y cada papeleta cuenta una vez";
    SetupSlipsHint => "For a survey that must count one response per person. You print a sheet of slips, each with a QR code and a short slip code, and staff draw them blind, so nobody knows whose slip is whose. Your browser makes a secret key for the slips: it travels only in your summary link and the survey file.",
        "Para una encuesta que debe contar una respuesta por persona. Usted imprime una hoja de papeletas, cada una con un código QR y un código de papeleta breve, y el personal las saca a ciegas, así que nadie sabe de quién es cada papeleta. Su navegador crea una clave secreta para las papeletas: solo viaja en su enlace del resumen y en el archivo de la encuesta.";
    SetupSlipCountLabel => "Number of slips", "Número de papeletas";
    SetupSlipCountHint => "From 1 to {max}. Print a few more than the staff invited, for slips that get lost or spoiled.",
        "De 1 a {max}. Imprima algunas más que las personas invitadas, por si alguna se pierde o se estropea.";
    SetupSlipsNoKey => "Only the summary link holds it. To keep the slips already printed, open “Edit this survey” from the summary link; switching slips off and on again makes a new key, and the slips printed before will then not count.",
        "Solo la contiene el enlace del resumen. Para conservar las papeletas ya impresas, abra «Editar esta encuesta» desde el enlace del resumen; si desactiva y vuelve a activar las papeletas se crea una clave nueva, y las papeletas impresas antes dejarán de contar.";
    SetupLangLabel => "Language respondents start in", "Idioma en que empiezan quienes responden";
    SetupLangBrowser => "Their browser's language", "El idioma de su navegador";
    SetupMinLabel => "Minimum group size", "Tamaño mínimo de grupo";
    SetupStaffLabel => "Staff invited (optional)", "Personas invitadas (opcional)";
    SetupStaffHint => "How many staff you invite. The report uses it for the response rate, and raises an alarm when there are more codes than staff. This number stays with you, in the summary link and the survey file; it is never in the link staff open.",
        "Cuántas personas del personal invita. El informe lo usa para la tasa de respuesta y da una alarma cuando hay más códigos que personas. Este número se queda con usted, en el enlace del resumen y el archivo de la encuesta; nunca va en el enlace que abre el personal.";
    SetupUnitStaffShort => "Staff invited", "Personas invitadas";
    SetupUnitStaff => "Staff invited to unit {n}", "Personas invitadas a la unidad {n}";
    SetupUnitsStaffHint => "You may give each unit's number of staff invited, for its response rate.",
        "Puede indicar cuántas personas invita en cada unidad, para su tasa de respuesta.";
    SetupMinHint => "The report shows no figure for a group smaller than this: from {min} to {max}; {default} if left empty.",
        "El informe no muestra ninguna cifra de un grupo más pequeño que este: de {min} a {max}; {default} si se deja vacío.";
    SetupSendLabel => "Where staff should send their codes (optional)", "Dónde debe enviar el personal sus códigos (opcional)";
    SetupSendHint => "Shown beside each respondent's code, for example “Put your code in the sealed box by the staff room.”",
        "Se muestra junto al código de cada persona, por ejemplo «Deje su código en la caja cerrada junto a la sala del personal».";
    SetupMake => "Make the links", "Crear los enlaces";
    SetupFix => "Correct what is marked above to make the links.", "Corrija lo señalado arriba para crear los enlaces.";
    SetupAdviceTitle => "Before you send it", "Antes de enviarla";
    SetupPreviewTitle => "What respondents see first", "Lo primero que ven quienes responden";
    SetupLinksTitle => "Your links", "Sus enlaces";
    SetupSurveyLink => "Survey link — send this to staff", "Enlace de la encuesta: envíelo al personal";
    SetupSummaryLink => "Summary link — keep this for yourself; it opens the page where you paste the codes",
        "Enlace del resumen: guárdelo para usted; abre la página donde pega los códigos";
    SetupSharedLink => "Link for shared devices — open it on the shared computer or tablet, in place of the survey link",
        "Enlace para dispositivos compartidos: ábralo en la computadora o tableta compartida, en lugar del enlace de la encuesta";
    SetupCopy => "Copy", "Copiar";
    SetupCopied => "Copied.", "Copiado.";
    SetupCopyFailed => "Copying was refused: select the text and copy it yourself.", "No se permitió copiar: seleccione el texto y cópielo usted mismo.";
    SetupOpenSurvey => "Open the survey", "Abrir la encuesta";
    SetupOpenSummary => "Open the summary", "Abrir el resumen";
    SetupPosterTitle => "Poster", "Cartel";
    SetupPrint => "Print the poster", "Imprimir el cartel";
    SetupPrintHint => "It fits Letter and A4 paper and prints on a light background; “Save as PDF” in the print dialog makes a file.",
        "Cabe en papel Carta y A4 y se imprime con fondo claro; «Guardar como PDF» en el diálogo de impresión crea un archivo.";
    SetupKitTitle => "Your kit", "Su material";
    SetupInvitationEn => "Invitation in English, to paste into e-mail or chat", "Invitación en inglés, para pegar en un correo o chat";
    SetupInvitationEs => "Invitation in Spanish, to paste into e-mail or chat", "Invitación en español, para pegar en un correo o chat";
    SetupDownload => "Download the survey file", "Descargar el archivo de la encuesta";
    SetupDownloadHint => "A text file with both links and every setting. No server keeps them: store it somewhere safe.",
        "Un archivo de texto con los dos enlaces y toda la configuración. Ningún servidor los guarda: consérvelo en un lugar seguro.";
    SetupChecklistTitle => "Collecting codes anonymously", "Recoger los códigos de forma anónima";
    SetupChecklistBox => "Let staff hand in codes where nobody sees who gives which: a sealed drop box, or an anonymous online form that records no names or e-mail addresses.",
        "Permita que el personal entregue los códigos donde nadie vea quién entrega cuál: una caja cerrada o un formulario en línea anónimo que no registre nombres ni correos.";
    SetupChecklistCollectors => "In small teams, ask a trusted colleague to collect the codes and turn them into one combined code before passing it on.",
        "En equipos pequeños, pida a una persona de confianza que recoja los códigos y los reúna en un solo código combinado antes de entregarlo.";
    SetupChecklistMail => "Avoid collecting codes by personal e-mail or chat, where you see who sent which; if you must, delete the messages once the codes are pasted.",
        "Evite recoger códigos por correo o chat personal, donde ve quién envió cuál; si no hay otra opción, borre los mensajes una vez pegados los códigos.";
    SetupChecklistOnce => "Paste the codes into the summary once the survey has closed, all together: reports re-run as single codes arrive can show what one person answered.",
        "Pegue los códigos en el resumen cuando la encuesta haya cerrado, todos juntos: un informe repetido a medida que llegan códigos sueltos puede mostrar lo que respondió una persona.";
    SetupChecklistSlipsPrint => "Print the slips, cut them apart and shuffle them well.",
        "Imprima las papeletas, recórtelas y mézclelas bien.";
    SetupChecklistSlipsDraw => "Let staff draw slips blind: from a box in the staff room, or in sealed envelopes. Never hand them out by name or from a list — you hold the slips' key, so a slip given to a known person could be matched to that person's code.",
        "Deje que el personal saque las papeletas a ciegas: de una caja en la sala del personal o en sobres cerrados. Nunca las reparta por nombre ni con una lista: usted tiene la clave de las papeletas, así que una papeleta entregada a una persona conocida podría vincularse con su código.";
    SetupChecklistSlipsKey => "Keep the summary link and the survey file private: the summary link holds the slips' key, and whoever has it can make slips that count.",
        "Mantenga en privado el enlace del resumen y el archivo de la encuesta: el enlace del resumen contiene la clave de las papeletas, y quien la tenga puede crear papeletas que cuentan.";
    SetupSlipsTitle => "Single-use slips", "Papeletas de un solo uso";
    SetupSlipsSheetHint => "Each slip carries the survey's title, a QR code of its own survey link, its slip code and one line of instructions. The sheet puts them in a random order, on Letter or A4 paper.",
        "Cada papeleta lleva el título de la encuesta, un código QR de su propio enlace de la encuesta, su código de papeleta y una línea de instrucciones. La hoja las pone en orden aleatorio, en papel Carta o A4.";
    SetupSlipsOpen => "Print the slips (opens in a new tab)", "Imprimir las papeletas (se abre en una pestaña nueva)";
    SetupSlipsOpenNew => "Print only the new slips, {from} to {to} (opens in a new tab)",
        "Imprimir solo las papeletas nuevas, de la {from} a la {to} (se abre en una pestaña nueva)";
    SetupSlipsNewHint => "Slips 1 to {before} were printed before this edit. A sheet of all {after} prints them again: hand out only the new ones, or one slip could reach two people, and neither response would count.",
        "Las papeletas 1 a {before} se imprimieron antes de esta edición. Una hoja de las {after} las vuelve a imprimir: reparta solo las nuevas, o una misma papeleta podría llegar a dos personas y no contaría ninguna de las dos respuestas.";
    QrLabel => "QR code of the survey link", "Código QR del enlace de la encuesta";
    PosterScan => "Scan the code with your phone's camera, or type the link:", "Escanee el código con la cámara de su teléfono o escriba el enlace:";
    PosterLinkLong => "The link is too long to type: scan the code, or open the link from the invitation you were sent.",
        "El enlace es demasiado largo para escribirlo: escanee el código o abra el enlace desde la invitación que recibió.";
    PosterTime => "It takes about 4 minutes.", "Toma unos 4 minutos.";
    PosterPromise => "Anonymous by design: your answers are scored on your own phone and never sent anywhere. You hand in only a short code with coarse results — never your answers, your name or anything about your device.",
        "Anónima por diseño: sus respuestas se puntúan en su propio teléfono y nunca se envían a ningún sitio. Solo entrega un código breve con resultados generales: nunca sus respuestas, su nombre ni nada sobre su dispositivo.";
    KitInvitation => "You are invited to take part in “{title}”, a short anonymous survey about how our work is organized: workload, support, control over our work, leadership and team culture.\n\nOpen this link on your phone or computer:\n{link}\n\nYour answers are scored on your own device and never sent anywhere. At the end you get a short code that holds only coarse results: never your answer to a single question, your name or anything about your device. It takes about 4 minutes.",
        "Le invitamos a participar en «{title}», una breve encuesta anónima sobre cómo está organizado nuestro trabajo: carga de trabajo, apoyo, control sobre el propio trabajo, liderazgo y cultura de equipo.\n\nAbra este enlace en su teléfono o computadora:\n{link}\n\nSus respuestas se puntúan en su propio dispositivo y nunca se envían a ningún sitio. Al final recibe un código breve que solo contiene resultados generales: nunca su respuesta a una pregunta concreta, su nombre ni nada sobre su dispositivo. Toma unos 4 minutos.";
    KitInvitationSendTo => "When you have your code: {where}", "Cuando tenga su código: {where}";
    KitInvitationSlip => "You will need a single-use slip: draw one, without choosing, from where the slips are handed out. Scan its QR code, or open the link above and type the slip code printed on it. The slip makes each person's answers count once; it does not say who you are.",
        "Necesitará una papeleta de un solo uso: saque una, sin elegir, de donde se repartan las papeletas. Escanee su código QR, o abra el enlace de arriba y escriba el código impreso en ella. La papeleta hace que las respuestas de cada persona cuenten una vez; no dice quién es usted.";
    PosterSlip => "You need a single-use slip: draw one blind, then scan its QR code or type its slip code when the survey asks.",
        "Necesita una papeleta de un solo uso: saque una a ciegas y después escanee su código QR o escriba su código cuando la encuesta lo pida.";
    KitFile => "Candor survey: {title}\nOrganization: {org}\n\nSURVEY LINK (send this to staff):\n{survey}{shared}\n\nSUMMARY LINK (keep this for yourself; open it to paste the codes and see the report):\n{summary}{slips}\n\nSETTINGS\nSurvey identifier: {id}\nUnits: {units}\nRole question: {role}\nLanguage respondents start in: {language}\nMinimum group size: {min}\nStaff invited: {staff}{unit_staff}\nPlausible deniability: {deniability}\nSingle-use slips: {slips_setting}\nWhere staff send their codes: {send}{statements}\n\nNo server keeps these links or settings. Keep this file: with the summary link (or the summary page filled in with the settings above) the codes can be counted.",
        "Encuesta Candor: {title}\nOrganización: {org}\n\nENLACE DE LA ENCUESTA (envíelo al personal):\n{survey}{shared}\n\nENLACE DEL RESUMEN (guárdelo para usted; ábralo para pegar los códigos y ver el informe):\n{summary}{slips}\n\nCONFIGURACIÓN\nIdentificador de la encuesta: {id}\nUnidades: {units}\nPregunta sobre el puesto: {role}\nIdioma en que empiezan quienes responden: {language}\nTamaño mínimo de grupo: {min}\nPersonas invitadas: {staff}{unit_staff}\nNegación plausible: {deniability}\nPapeletas de un solo uso: {slips_setting}\nDónde envía el personal sus códigos: {send}{statements}\n\nNingún servidor guarda estos enlaces ni esta configuración. Conserve este archivo: con el enlace del resumen (o la página de resumen completada con la configuración de arriba) se pueden contar los códigos.";
    KitShared => "LINK FOR SHARED DEVICES (open it on shared computers and tablets: the same survey, but nothing is kept between one person and the next):\n{link}",
        "ENLACE PARA DISPOSITIVOS COMPARTIDOS (ábralo en computadoras y tabletas compartidas: la misma encuesta, pero nada se guarda entre una persona y la siguiente):\n{link}";
    KitSlipsKey => "SINGLE-USE SLIPS: the summary link above holds the slips' secret key. Keep it, and this file, private: whoever has the key can make slips that count.",
        "PAPELETAS DE UN SOLO USO: el enlace del resumen de arriba contiene la clave secreta de las papeletas. Manténgalo en privado, y también este archivo: quien tenga la clave puede crear papeletas que cuentan.";
    KitSlipsOn => "on; slips printed: {n}", "activadas; papeletas impresas: {n}";
    KitYes => "asked", "se pregunta";
    KitDeniability => "on, at most {ratio} : 1", "activada, como mucho {ratio} : 1";
    KitOff => "off", "desactivada";
    KitNo => "not asked", "no se pregunta";
    KitNone => "none (not asked)", "ninguna (no se pregunta)";
    KitBrowserLanguage => "the browser's language", "el idioma del navegador";
    KitStaffUnits => "Staff invited per unit: {units}", "Personas invitadas por unidad: {units}";
    KitNotGiven => "not given", "no indicado";
    SheetDocTitle => "Candor — single-use slips", "Candor — papeletas de un solo uso";
    SheetHeading => "Single-use slips", "Papeletas de un solo uso";
    SheetLead => "Slips for “{title}”: {n} on {pages} pages, in an order drawn at random when this sheet opened, so a slip's place on the paper says nothing.",
        "Papeletas de «{title}»: {n} en {pages} páginas, en un orden sorteado al abrir esta hoja, así que el lugar de una papeleta en el papel no dice nada.";
    SheetLeadOnePage => "Slips for “{title}”: {n} on one page, in an order drawn at random when this sheet opened, so a slip's place on the paper says nothing.",
        "Papeletas de «{title}»: {n} en una página, en un orden sorteado al abrir esta hoja, así que el lugar de una papeleta en el papel no dice nada.";
    SheetPaper => "Paper", "Papel";
    SheetLetter => "Letter (8.5 × 11 in)", "Carta (8,5 × 11 pulg.)";
    SheetA4 => "A4 (210 × 297 mm)", "A4 (210 × 297 mm)";
    SheetPrint => "Print the slips", "Imprimir las papeletas";
    SheetPrintHint => "In the print dialog, keep the scale at 100 % rather than “fit to page”, so that every QR code prints at its size; “Save as PDF” makes a file.",
        "En el diálogo de impresión, mantenga la escala al 100 % en lugar de «ajustar a la página», para que cada código QR se imprima a su tamaño; «Guardar como PDF» crea un archivo.";
    SheetAdviceTitle => "Before you hand them out", "Antes de repartirlas";
    SheetAdvice => "Cut the slips apart along the dashed lines and shuffle them. Let each person draw one blind — from a box in the staff room, or in sealed envelopes. Never hand slips out by name or from a list: you hold the slips' key, so knowing who got which slip would let you match codes to people.",
        "Recorte las papeletas por las líneas discontinuas y mézclelas. Deje que cada persona saque una a ciegas: de una caja en la sala del personal o en sobres cerrados. Nunca reparta papeletas por nombre ni con una lista: usted tiene la clave de las papeletas, así que saber quién recibió cada una le permitiría vincular códigos con personas.";
    SheetProgress => "Preparing the slips: {done} of {n}.", "Preparando las papeletas: {done} de {n}.";
    SheetReady => "Every slip is ready to print.", "Todas las papeletas están listas para imprimir.";
    SheetPagesLabel => "The slips as they will print", "Las papeletas tal como se imprimirán";
    SheetErrorTitle => "This sheet of slips cannot be shown", "No se puede mostrar esta hoja de papeletas";
    SheetSlipNote => "Scan the code, or open the survey link from the poster or invitation and type this slip code. One slip, one response.",
        "Escanee el código, o abra el enlace de la encuesta del cartel o de la invitación y escriba este código de papeleta. Una papeleta, una respuesta.";
    SheetQrLabel => "QR code of this slip's survey link", "Código QR del enlace de encuesta de esta papeleta";
    SheetPageLabel => "Slips, page {page} of {pages}", "Papeletas, página {page} de {pages}";
    SheetDraw => "Cut apart and shuffle. Let staff draw slips blind, from a box or in sealed envelopes — never hand them out by name or from a list.",
        "Recorte y mezcle. Deje que el personal saque las papeletas a ciegas, de una caja o en sobres cerrados; nunca las reparta por nombre ni con una lista.";
    SummaryEdit => "Edit this survey", "Editar esta encuesta";
    BackHome => "Back to the start page", "Volver a la página de inicio";

    NotFoundTitle => "Page not found", "Página no encontrada";
    NotFoundBody => "There is no page at this address. If you typed or pasted a link, check that it arrived whole.",
        "No hay ninguna página en esta dirección. Si escribió o pegó un enlace, compruebe que llegó completo.";

    SurveyLinkErrorTitle => "This survey link cannot be opened", "No se puede abrir este enlace de encuesta";
    SurveyLinkAskNew => "Perhaps only part of it was copied. Ask the person who sent you the link for a new one.",
        "Quizá solo se copió una parte. Pida un enlace nuevo a quien se lo envió.";
    SurveyBroken => "This copy of Candor cannot run the survey: its questionnaire is damaged. Please tell the person who sent you the link.",
        "Esta copia de Candor no puede ejecutar la encuesta: su cuestionario está dañado. Avise a quien le envió el enlace.";
    SurveyRunBy => "Run by {org}", "Organizada por {org}";
    WelcomeWhatTitle => "What happens to your answers", "Qué pasa con sus respuestas";
    WelcomeDevice => "Your answers stay on this device. They are scored here, in this browser tab, and never sent anywhere: this page cannot make network requests.",
        "Sus respuestas se quedan en este dispositivo. Se puntúan aquí, en esta pestaña del navegador, y nunca se envían a ningún sitio: esta página no puede hacer solicitudes de red.";
    WelcomeCode => "At the end you get a short code. It holds only coarse results: your burnout level, whether you rated each area of your work low, middling or high, the changes you picked, and your unit and role if the survey asks for them.",
        "Al final recibirá un código breve. Solo contiene resultados aproximados: su nivel de agotamiento, si valoró cada área de su trabajo como baja, intermedia o alta, los cambios que eligió y su unidad y puesto si la encuesta los pregunta.";
    WelcomeCodeDeniable => "At the end you get a short code. It holds only coarse results, each changed by chance as the next point says: whether you feel burned out, whether you rated each area of your work low, middling or high, the changes you picked, and your unit and role if the survey asks for them.",
        "Al final recibirá un código breve. Solo contiene resultados aproximados, cada uno cambiado al azar como explica el punto siguiente: si siente agotamiento, si valoró cada área de su trabajo como baja, intermedia o alta, los cambios que eligió y su unidad y puesto si la encuesta los pregunta.";
    WelcomeNever => "The code never holds your answer to any single question, your name, the time, or anything about your device.",
        "El código nunca contiene su respuesta a ninguna pregunta concreta, ni su nombre, ni la hora, ni nada sobre su dispositivo.";
    WelcomeDeniable => "This survey adds plausible deniability: before your code is made, this browser changes each of your results by chance, so your code is only weak evidence about each of your answers — even to someone who knows it is yours. The summary corrects for the chance across everyone.",
        "Esta encuesta añade negación plausible: antes de generar su código, este navegador cambia al azar cada uno de sus resultados, de modo que su código es solo un indicio débil sobre cada una de sus respuestas, incluso ante quien sepa que es suyo. El resumen corrige ese azar en el conjunto de todas las respuestas.";
    WelcomeKept => "If this tab reloads, you continue where you were. When you finish, your answers are erased.",
        "Si esta pestaña se recarga, continuará donde estaba. Cuando termine, sus respuestas se borran.";
    WelcomeShared => "This is a shared device, so nothing you answer is kept on it: reloading or closing this tab clears your answers. If nobody touches it for {minutes} minutes, a countdown appears, and then your answers are cleared.",
        "Este es un dispositivo compartido, así que no se guarda nada de lo que responda: al recargar o cerrar esta pestaña se borran sus respuestas. Si nadie lo toca durante {minutes} minutos, aparece una cuenta atrás y después se borran sus respuestas.";
    WelcomeTime => "About 4 minutes, in {n} short sections. Only the first question is required.",
        "Unos 4 minutos, en {n} secciones breves. Solo la primera pregunta es obligatoria.";
    WelcomeStart => "Start the survey", "Empezar la encuesta";
    WelcomeSlip => "You need the single-use slip you drew: it makes your answers count once, and it does not say who you are. Use it for one code only.",
        "Necesita la papeleta de un solo uso que sacó: hace que sus respuestas cuenten una vez y no dice quién es usted. Úsela para un solo código.";
    SlipLabel => "Your slip code: the 9 characters printed on your slip", "Su código de papeleta: los 9 caracteres impresos en su papeleta";
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
    ResultsDeniable => "Your code does not hold the results above. To protect you, each value in it was changed by chance, so it may say something different from what you see here. That is intended: the summary corrects for it across everyone.",
        "Su código no contiene los resultados de arriba. Para protegerle, cada valor se cambió al azar, así que puede decir algo distinto de lo que ve aquí. Es intencionado: el resumen lo corrige en el conjunto de todas las respuestas.";
    SupportTitle => "You do not have to carry this alone", "No tiene que cargar con esto a solas";
    SupportBody => "What you describe is heavy. If you feel overwhelmed, please talk to someone today. These lines are free and confidential:",
        "Lo que describe pesa mucho. Si se siente desbordado/a, hable hoy con alguien. Estas líneas son gratuitas y confidenciales:";
    SupportEap => "Your organization's employee assistance program can also help, confidentially.", "El programa de asistencia al empleado de su organización también puede ayudarle, de forma confidencial.";
    CodeTitle => "Your code", "Su código";
    CodeExplain => "Hand this code to the organizer. It holds only the coarse results described at the start.", "Entregue este código a quien organiza la encuesta. Solo contiene los resultados aproximados descritos al principio.";
    CodeCopy => "Copy the code", "Copiar el código";
    CodePrint => "Print my code", "Imprimir mi código";
    CodePrintHint => "Prints a slip with only the code, the survey's title and where to put it — for a paper drop box. Your results are never printed.",
        "Imprime una papeleta con solo el código, el título de la encuesta y dónde dejarlo, para un buzón de papel. Sus resultados nunca se imprimen.";
    SlipNote => "This slip holds only a code: no name and no answers.", "Esta papeleta solo contiene un código: ni nombre ni respuestas.";
    CodeCopied => "Copied.", "Copiado.";
    CodeSelected => "The code is selected: press Ctrl+C (or ⌘C) to copy it.", "El código está seleccionado: pulse Ctrl+C (o ⌘C) para copiarlo.";
    CodeSendTitle => "Where to send it", "Dónde enviarlo";
    CodeSendDefault => "Send it the way the organizer asked.", "Envíelo como le indicó quien organiza la encuesta.";
    CodeAnonymous => "To stay anonymous, send it through an anonymous channel — a drop box or an anonymous form — or give it to a colleague who combines several codes into one.",
        "Para mantener el anonimato, envíelo por un canal anónimo —un buzón o un formulario anónimo— o entrégueselo a un/a colega que combine varios códigos en uno.";
    CodeNotKept => "This code is kept nowhere: copy it or write it down before you leave this page.", "Este código no se guarda en ningún sitio: cópielo o anótelo antes de salir de esta página.";
    ClearScreen => "Clear my results from this screen", "Borrar mis resultados de esta pantalla";
    NextPerson => "Done — next person", "Listo: siguiente persona";
    ResultsShared => "When you have your code, press “Done — next person”: your results and code are cleared from this screen and cannot be shown again.",
        "Cuando tenga su código, pulse «Listo: siguiente persona»: sus resultados y su código se borran de esta pantalla y no se pueden volver a mostrar.";
    IdleTitle => "Still there?", "¿Sigue ahí?";
    IdleBody => "This device is shared. To keep your answers private, this screen will be cleared and the survey will start again in {time}.",
        "Este dispositivo es compartido. Para proteger sus respuestas, esta pantalla se borrará y la encuesta volverá a empezar en {time}.";
    IdleContinue => "Continue", "Continuar";

    ReportCountTitle => "Responses", "Respuestas";
    FindingsTitle => "Key findings", "Conclusiones principales";
    FindingBurnout => "{share} of the {n} respondents describe burnout (95% interval {low} to {high}).",
        "El {share} de las {n} personas que respondieron describe agotamiento (intervalo del 95 %: {low} a {high}).";
    FindingBurnoutEstimated => "An estimated {share} of the {n} respondents describe burnout (95% interval {low} to {high}, chance included).",
        "Se estima que el {share} de las {n} personas que respondieron describe agotamiento (intervalo del 95 %: {low} a {high}, con el azar incluido).";
    FindingAbove => "That is higher than the national figures of {figures}, which were measured with other questions and are context, not a benchmark.",
        "Esa cifra es más alta que las nacionales de {figures}, que se midieron con otras preguntas y sirven de contexto, no de referencia de comparación.";
    FindingBelow => "That is lower than the national figures of {figures}, which were measured with other questions and are context, not a benchmark.",
        "Esa cifra es más baja que las nacionales de {figures}, que se midieron con otras preguntas y sirven de contexto, no de referencia de comparación.";
    FindingUnclear => "That is not clearly different from the national figures of {figures}, which were measured with other questions and are context, not a benchmark.",
        "Esa cifra no se distingue con claridad de las nacionales de {figures}, que se midieron con otras preguntas y sirven de contexto, no de referencia de comparación.";
    FindingDriver => "Burnout here is most clearly associated with the area {levers}: it is more common among those who rate it unfavourably than among those who rate it favourably. This is an association, not proof of cause.",
        "Aquí el agotamiento se asocia con más claridad al área {levers}: es más frecuente entre quienes la valoran de forma desfavorable que entre quienes la valoran de forma favorable. Es una asociación, no una prueba de causa.";
    FindingDrivers => "Burnout here is most clearly associated with the areas {levers}: it is more common among those who rate them unfavourably than among those who rate them favourably. This is an association, not proof of cause.",
        "Aquí el agotamiento se asocia con más claridad a las áreas {levers}: es más frecuente entre quienes las valoran de forma desfavorable que entre quienes las valoran de forma favorable. Es una asociación, no una prueba de causa.";
    FindingNoDriver => "No area of work shows a difference in burnout that these responses clearly support.",
        "Ninguna área del trabajo muestra una diferencia de agotamiento que estas respuestas respalden con claridad.";
    FindingPriorities => "The changes staff chose most often: {list}.", "Los cambios que el personal eligió más a menudo: {list}.";
    FindingPrioritiesEstimated => "The changes staff chose most often, by estimate: {list}.", "Los cambios que el personal eligió más a menudo, según la estimación: {list}.";
    FindingResponse => "{n} responses from {invited} staff invited: a response rate of {rate}.",
        "{n} respuestas de {invited} personas invitadas: una tasa de respuesta del {rate}.";
    FindingAnd => "and", "y";
    ReportCount => "{n} responses counted.", "{n} respuestas contadas.";
    ReportTooFew => "To protect anonymity, nothing else is shown until at least {m} responses have been counted.",
        "Para proteger el anonimato, no se muestra nada más hasta que se hayan contado al menos {m} respuestas.";
    ReportEstimatedTitle => "Every figure in this report is an estimate", "Todas las cifras de este informe son estimaciones";
    ReportEstimatedBody => "This survey used plausible deniability: every code holds results changed by chance at a known rate (at most {ratio} : 1). Each figure below is an estimate for the whole group, corrected for that chance, and each 95% interval includes the added uncertainty. Chance can push an estimate past what is possible; it is then shown at the limit — 0% or 100% for a share, −100 or +100 points for a difference — and its interval is cut at the same limit. Burnout and lever levels are not reported in this mode; means are of the three groups, from 1 (unfavourable) to 3 (favourable).",
        "Esta encuesta usó negación plausible: cada código contiene resultados cambiados al azar con una probabilidad conocida (como mucho {ratio} : 1). Cada cifra es una estimación para todo el grupo, corregida de ese azar, y cada intervalo del 95 % incluye la incertidumbre añadida. El azar puede llevar una estimación más allá de lo posible; entonces se muestra en el límite (0 % o 100 % para una proporción, −100 o +100 puntos para una diferencia) y su intervalo se corta en ese mismo límite. En este modo no se informan niveles de agotamiento ni de las palancas; las medias son de los tres grupos, de 1 (desfavorable) a 3 (favorable).";
    ReportEstimatedAdvice => "With {n} responses, these estimates are rough: the burnout share is known only within about ±{points} points. About {n10} responses give ±10 points and {n5} give ±5; comparisons between groups need more.",
        "Con {n} respuestas, estas estimaciones son aproximadas: la proporción con agotamiento solo se conoce con un margen de unos ±{points} puntos. Unas {n10} respuestas dan ±10 puntos y {n5} dan ±5; las comparaciones entre grupos necesitan más.";
    ReportEstimates => "(estimates)", "(estimaciones)";
    ReportBurnoutTitle => "Burnout", "Agotamiento";
    ReportBurnoutShare => "of staff describe themselves as burning out or burned out (level 3 or higher of 5).", "del personal se describe como en proceso de agotamiento o agotado (nivel 3 o más de 5).";
    ReportInterval => "95% interval {low} to {high}, based on {n} responses.", "Intervalo del 95 %: de {low} a {high}, con {n} respuestas.";
    ReportLevelsCaption => "Responses at each burnout level", "Respuestas en cada nivel de agotamiento";
    ReportLevel => "Level", "Nivel";
    ReportShare => "Share", "Proporción";
    ReportReferencesIntro => "National figures, for context only: they were measured with other questions, so they are not a benchmark.",
        "Cifras nacionales, solo como contexto: se midieron con otras preguntas, así que no son un punto de referencia exacto.";
    ReportMeasure => "Measure", "Medida";
    ReportRoleReferencesIntro => "Published figures by role, for context only: other questions, years and role groups.",
        "Cifras publicadas por puesto, solo como contexto: otras preguntas, años y grupos de puestos.";
    ReportOutcomesTitle => "Outcomes", "Resultados";
    ReportLeversTitle => "The five levers of the work system", "Las cinco palancas del sistema de trabajo";
    ReportFavourable => "favourable", "favorable";
    ReportNeutral => "neutral", "neutral";
    ReportUnfavourable => "unfavourable", "desfavorable";
    ReportNotAnswered => "not answered", "sin respuesta";
    ReportMean => "Mean", "Media";
    ReportMeanOf => "mean {mean} of {max}", "media {mean} de {max}";
    ReportShowTable => "Show the figures as a table", "Mostrar las cifras en una tabla";
    ReportDriversTitle => "Where the system hurts most here", "Dónde más duele el sistema aquí";
    ReportDriversIntro => "For each lever: the share burned out among staff who rate it unfavourably, against the share among those who rate it favourably. The larger the gap, the more that lever goes together with burnout in this organization.",
        "Para cada palanca: la proporción de personas agotadas entre quienes la valoran de forma desfavorable, frente a la de quienes la valoran de forma favorable. Cuanto mayor es la diferencia, más va unida esa palanca al agotamiento en esta organización.";
    ReportDriverLine => "burnout {unfav} among those rating it unfavourably, {fav} among those rating it favourably: a difference of {diff} {points} (95% interval {low} to {high}).",
        "agotamiento del {unfav} entre quienes la valoran de forma desfavorable y del {fav} entre quienes la valoran de forma favorable: una diferencia de {diff} {points} (intervalo del 95 %: de {low} a {high}).";
    ReportPoint => "point", "punto";
    ReportPoints => "points", "puntos";
    ReportDriverTooFew => "too few responses on one side to compare.", "muy pocas respuestas en uno de los lados para comparar.";
    ReportAssociation => "These are associations in this group of staff, not proof of cause. They show where to look first and what to ask staff about.",
        "Son asociaciones en este grupo de personal, no pruebas de causa. Indican dónde mirar primero y sobre qué preguntar al personal.";
    ReportPrioritiesTitle => "What staff say would help most", "Lo que el personal dice que más ayudaría";
    ReportUnitsTitle => "By unit", "Por unidad";
    ReportRolesTitle => "By role", "Por puesto";
    ReportGroup => "Group", "Grupo";
    ReportGroupNotAnswered => "Not answered", "Sin respuesta";
    ReportPeople => "Responses", "Respuestas";
    ReportBurnoutCol => "Burnout", "Agotamiento";
    ReportHidden => "hidden", "oculto";
    ReportSuppressionNote => "Groups with fewer than {m} responses are hidden, and so is the next smallest group whenever one is hidden, so that no hidden group can be worked out from the totals.",
        "Los grupos con menos de {m} respuestas se ocultan, y también el siguiente grupo más pequeño cuando se oculta uno, para que ningún grupo oculto pueda deducirse de los totales.";
    HeatmapTitle => "Units against the levers", "Unidades frente a las palancas";
    HeatmapIntro => "Each row is a unit; each cell gives the share burned out, or the share who rate a lever favourably among those who answered it. The darker the cell, the more it calls for attention: more staff burned out, or fewer who rate the lever well.",
        "Cada fila es una unidad; cada celda da la proporción con agotamiento, o la proporción que valora favorablemente una palanca entre quienes la respondieron. Cuanto más oscura la celda, más atención pide: más personal agotado, o menos personas que valoran bien la palanca.";
    HeatmapCaption => "Burnout and favourable share of each lever, by unit ({order})", "Agotamiento y proporción favorable de cada palanca, por unidad ({order})";
    HeatmapSortLabel => "Order the units by", "Ordenar las unidades por";
    HeatmapSortUnits => "the list of units", "la lista de unidades";
    HeatmapSortBurnout => "burnout, highest first", "agotamiento, de mayor a menor";
    HeatmapSortLever => "{lever}, least favourable first", "{lever}, de menos a más favorable";
    HeatmapOrganization => "Whole organization", "Toda la organización";
    HeatmapOf => "{count} of {base}", "{count} de {base}";
    HeatmapHiddenMark => "Hidden:", "Oculto:";
    HiddenGroup => "fewer than {m} responses, or hidden with such a group so that neither can be worked out",
        "menos de {m} respuestas, u oculto junto con un grupo así para que ninguno pueda deducirse";
    HiddenLever => "fewer than {m} here answered this lever, or hidden with such a cell so that neither can be worked out",
        "menos de {m} respondieron aquí esta palanca, u oculto junto con una celda así para que ninguna pueda deducirse";
    HeatmapLegendTitle => "Scale", "Escala";
    HeatmapLegendBurnout => "burnout {low}–{high}%", "agotamiento {low}–{high} %";
    HeatmapLegendFavourable => "favourable {low}–{high}%", "favorable {low}–{high} %";
    UnitReportsOpen => "Reports for each unit's manager", "Informes para quien dirige cada unidad";
    UnitReportsTitle => "Reports for each unit", "Informes por unidad";
    UnitReportsIntro => "Each unit with enough responses gets a report of its own, beside the whole organization's figures. Print them all, one unit a page, or one unit alone.",
        "Cada unidad con suficientes respuestas recibe un informe propio, junto a las cifras de toda la organización. Imprímalos todos, una unidad por página, o una unidad sola.";
    UnitReportsChoose => "Units to print", "Unidades para imprimir";
    UnitReportsAll => "All units", "Todas las unidades";
    UnitReportsBack => "Back to the summary", "Volver al resumen";
    UnitReportsWithout => "These units have no report of their own:", "Estas unidades no tienen informe propio:";
    UnitReportsNone => "No unit has a report of its own yet.", "Todavía ninguna unidad tiene informe propio.";
    OwnSectionTitle => "Your organization's own questions", "Preguntas propias de su organización";
    OwnSectionIntro => "Your organization wrote these statements itself, about its own situation. Answer them like the others: only a coarse reading of each answer goes into your code.",
        "Su organización escribió estas afirmaciones, sobre su propia situación. Respóndalas como las demás: en su código solo entra una lectura aproximada de cada respuesta.";
    OwnOtherLanguage => "(only in Spanish)", "(solo en inglés)";
    ReportOwnNote => "Your organization's own wording: no national or published figure exists for it. Agreeing is favourable.",
        "Redacción propia de su organización: no existe cifra nacional ni publicada para ella. Estar de acuerdo es favorable.";
    ReportOwnTooFew => "fewer than {m} answered it: not shown.", "menos de {m} la respondieron: no se muestra.";
    ReportOwnMark => "(your organization's question)", "(pregunta de su organización)";
    ReportOwnColumn => "Own question {k}", "Pregunta propia {k}";
    PrintTitle => "Printable documents", "Documentos para imprimir";
    PrintToSummary => "Go to the summary page", "Ir a la página de resumen";
    PrintBlocked => "Your browser blocked the new tab. Allow pop-ups for this page, then press the button again.",
        "Su navegador bloqueó la pestaña nueva. Permita las ventanas emergentes para esta página y vuelva a pulsar el botón.";
    UnitReportCombined => "some of its responses came in combined codes, which keep only the unit's totals", "algunas de sus respuestas llegaron en códigos combinados, que solo conservan los totales de la unidad";
    UnitReportHeading => "{unit}: report for the unit", "{unit}: informe de la unidad";
    UnitReportCount => "{n} responses in this unit; {total} in the whole organization.", "{n} respuestas en esta unidad; {total} en toda la organización.";
    UnitReportFigure => "Figure", "Cifra";
    UnitReportThisUnit => "This unit", "Esta unidad";
    UnitReportLeverHidden => "Not shown for this unit: {lever} ({reason}).", "No se muestra para esta unidad: {lever} ({reason}).";
    HeatmapLegendHidden => "dashed, no colour: hidden, with the reason", "con borde discontinuo, sin color: oculta, con el motivo";
    ReportPriorityChosen => "Chose “{option}”", "Eligió «{option}»";
    ReportFavourableShare => "{lever}: favourable", "{lever}: favorable";
    ReportActionsTitle => "What the organization can do", "Lo que puede hacer la organización";
    ReportActionsIntro => "The levers rated lowest here, with changes that are the organization's to make:",
        "Las palancas peor valoradas aquí, con cambios que le corresponde hacer a la organización:";
    ReportWavesTitle => "Change since the wave before", "Cambio desde la medición anterior";
    ReportWavesTooFew => "Both waves need at least {m} responses before they can be compared.", "Ambas mediciones necesitan al menos {m} respuestas para poder compararse.";
    ReportChange => "Change (95% interval)", "Cambio (intervalo del 95 %)";
    ReportFigure => "Figure", "Cifra";
    ReportBurnoutRow => "Burned out", "Agotamiento";
    TrendsTitle => "Trends across the waves", "Tendencias entre mediciones";
    TrendsIntro => "Burnout and each lever's favourable share in each of the {waves} waves, with its 95% interval. Each wave is reported on its own; a wave with fewer than {m} responses shows no figures.",
        "El agotamiento y la proporción favorable de cada palanca en cada una de las {waves} mediciones, con su intervalo del 95 %. Cada medición se informa por separado; una medición con menos de {m} respuestas no muestra cifras.";
    TrendsSince => "{latest} against {from}:", "{latest} frente a {from}:";
    TrendsUp => "{what} up {points} points ({low} to {high})", "{what}: sube {points} puntos ({low} a {high})";
    TrendsDown => "{what} down {points} points ({low} to {high})", "{what}: baja {points} puntos ({low} a {high})";
    TrendsOthersUnclear => "Every other change is within what chance alone could give.", "Los demás cambios están dentro de lo que podría dar el azar.";
    TrendsNoClearChange => "no clear change: every difference is within what chance alone could give.", "ningún cambio claro: todas las diferencias están dentro de lo que podría dar el azar.";
    TrendsWithheld => "not compared: both waves need enough responses.", "sin comparar: ambas mediciones necesitan suficientes respuestas.";
    TrendsTooFewShort => "too few responses", "pocas respuestas";
    TrendsTableCaption => "Each wave's share, with its 95% interval", "La proporción de cada medición, con su intervalo del 95 %";
    TrendsChangesCaption => "Change to {latest}, in percentage points (95% interval)", "Cambio hasta {latest}, en puntos porcentuales (intervalo del 95 %)";
    TrendsSinceColumn => "Since {from}", "Desde {from}";
    TrendsWordUp => "up", "sube";
    TrendsWordDown => "down", "baja";
    TrendsWordUnclear => "no clear change", "sin cambio claro";
    TrendsWithheldShort => "not compared", "sin comparar";
    TrendsUnitsTitle => "Burnout by unit, wave by wave", "Agotamiento por unidad, medición a medición";
    TrendsUnitsNote => "Each wave hides its own small groups (fewer than {m} responses, and the next smallest with them); no change is worked out for a unit, so a group hidden in one wave cannot be recovered from another.",
        "Cada medición oculta sus propios grupos pequeños (menos de {m} respuestas, y el siguiente más pequeño con ellos); no se calcula ningún cambio por unidad, de modo que un grupo oculto en una medición no puede recuperarse a partir de otra.";

    SummaryTitle => "Summary of the survey", "Resumen de la encuesta";
    SummaryIntro => "Paste the codes you collected, or drop files with them. Everything is read here, in this browser: no code and no figure leaves this device.",
        "Pegue los códigos que reunió o suelte archivos que los contengan. Todo se lee aquí, en este navegador: ningún código ni ninguna cifra sale de este dispositivo.";
    SummaryNoSettings => "Open this page with the summary link you got when you created the survey; it is also in the survey file you downloaded then.",
        "Abra esta página con el enlace de resumen que obtuvo al crear la encuesta; también está en el archivo de la encuesta que descargó entonces.";
    SummaryRecreate => "Lost it? Enter the survey's settings again", "¿Lo perdió? Vuelva a introducir la configuración de la encuesta";
    WaveDefaultLabel => "Wave {n}", "Medición {n}";
    WaveLabelField => "Name of this wave (for example “2026 Q1”)", "Nombre de esta medición (por ejemplo, «2026 T1»)";
    WaveAdd => "Add a later wave", "Añadir una medición posterior";
    WaveAddHint => "For the same survey repeated later: each wave gets its own codes, and the report follows the trend.",
        "Para la misma encuesta repetida más adelante: cada medición tiene sus propios códigos y el informe sigue la tendencia.";
    WaveMax => "A summary holds at most {n} waves.", "Un resumen admite como máximo {n} mediciones.";
    WaveRemove => "Remove this wave", "Quitar esta medición";
    WaveRemoveLabel => "Remove this wave ({wave}) and its codes", "Quitar esta medición ({wave}) y sus códigos";
    ReportOfWave => "The report below is of {wave}, the latest wave given codes; the trends compare every wave.",
        "El informe siguiente es de {wave}, la última medición con códigos; las tendencias comparan todas las mediciones.";
    PasteLabel => "Paste codes: any text that contains them — one per line, a spreadsheet column, an e-mail.", "Pegue códigos: cualquier texto que los contenga —uno por línea, una columna de hoja de cálculo, un correo—.";
    PasteAdd => "Count these codes", "Contar estos códigos";
    FilesLabel => "Or choose or drop .txt or .csv files", "O elija o suelte archivos .txt o .csv";
    PastedText => "Pasted text", "Texto pegado";
    LargePasteNote => "Your paste ({size}) is too long to show here: it was read whole and is listed below as “Pasted text”.",
        "Lo que pegó ({size}) es demasiado largo para mostrarlo aquí: se leyó entero y aparece abajo como «Texto pegado».";
    SourcesLabel => "Files and long pastes", "Archivos y textos largos pegados";
    SourceReading => "reading: {percent}%, {n} codes counted so far", "leyendo: {percent} %, {n} códigos contados hasta ahora";
    SourceFound => "{n} codes counted, {problems} not counted", "{n} códigos contados, {problems} no contados";
    SourceUnreadable => "could not be read as text", "no se pudo leer como texto";
    SourceRemove => "Remove", "Quitar";
    SourceRemoveLabel => "Remove {name} and its codes", "Quitar {name} y sus códigos";
    ClearWave => "Clear these codes", "Borrar estos códigos";
    HeadcountLabel => "Staff invited (optional, for the response rate)", "Personal invitado (opcional, para la tasa de respuesta)";
    UnitStaffTitle => "Staff invited per unit (optional)", "Personal invitado por unidad (opcional)";
    UnitStaffHint => "For each unit's response rate. A unit's rate shows only where its figures do.", "Para la tasa de respuesta de cada unidad. La tasa de una unidad solo aparece donde aparecen sus cifras.";
    VerdictsTitle => "What was found", "Qué se encontró";
    VerdictAccepted => "counted", "contados";
    VerdictDuplicate => "duplicates (counted once)", "duplicados (contados una vez)";
    VerdictMistyped => "mistyped", "mal escritos";
    VerdictOtherSurvey => "from another survey", "de otra encuesta";
    VerdictNewerVersion => "from a newer version of Candor", "de una versión más reciente de Candor";
    VerdictMalformed => "not valid codes", "códigos no válidos";
    VerdictOtherMode => "kept apart: made in another privacy mode", "apartados: hechos en otro modo de privacidad";
    VerdictSlip => "kept apart: no valid single-use slip", "apartados: sin papeleta válida de un solo uso";
    SlipsUsed => "Single-use slips: {used} of {printed} slips used; {counted} counted.", "Papeletas de un solo uso: {used} de {printed} papeletas usadas; {counted} contadas.";
    SlipsReused => "Slips that reached this summary in more than one different code: {n}. None of their codes is counted: which of them is the slip's own answer cannot be known, and counting the first would depend on the order codes were pasted in.",
        "Papeletas que llegaron a este resumen en más de un código distinto: {n}. No se cuenta ninguno de sus códigos: no se puede saber cuál es la respuesta propia de la papeleta, y contar el primero dependería del orden en que se pegaron.";
    VerdictSlipReused => "kept apart: their slip came in another code too", "apartados: su papeleta llegó también en otro código";
    SlipReusedLine => "Slip {slip}: {n} codes, none counted —", "Papeleta {slip}: {n} códigos, ninguno contado —";
    ProblemsTitle => "Not counted, and why", "No contados, y por qué";
    ProblemLine => "line {line}", "línea {line}";
    ProblemsMore => "… and {n} more.", "… y {n} más.";
    ResponseRate => "Response rate: {rate} of {headcount} staff invited.", "Tasa de respuesta: {rate} de {headcount} personas invitadas.";
    MoreThanStaff => "There are more responses than staff invited: some codes may not come from distinct staff. Codes may have been shared or made up: check how they were collected.",
        "Hay más respuestas que personas invitadas: puede que algunos códigos no vengan de personas distintas. Puede que se hayan compartido o inventado códigos: revise cómo se reunieron.";
    MoreThanStaffUnits => "In {units}, there are more responses than staff invited to the unit: some codes may not come from distinct staff, or staff chose a unit other than their own.",
        "En {units} hay más respuestas que personas invitadas a la unidad: puede que algunos códigos no vengan de personas distintas, o que alguien eligiera una unidad que no es la suya.";
    RatesTitle => "Response rate", "Tasa de respuesta";
    RatesTotal => "{n} responses of {invited} staff invited: {rate}.", "{n} respuestas de {invited} personas invitadas: {rate}.";
    RatesUnit => "Unit", "Unidad";
    RatesResponses => "Responses", "Respuestas";
    RatesInvited => "Staff invited", "Personas invitadas";
    RatesRate => "Response rate", "Tasa de respuesta";
    RatesNotGiven => "not given", "sin dato";
    RatesHidden => "hidden", "oculta";
    RatesLow => "low: read with caution", "baja: leer con cautela";
    RatesHiddenNote => "A unit whose figures are hidden (fewer than {m} responses, or hidden so that another cannot be worked out) shows no rate either: with its staff number, the rate would give its count away.",
        "Una unidad cuyas cifras están ocultas (menos de {m} respuestas, u ocultas para que no se pueda deducir otra) tampoco muestra su tasa: con su número de personas, la tasa revelaría cuántas respondieron.";
    RatesLowNote => "Below {low} of the staff invited, those who answered may not speak for those who did not: read the figures of {units} with caution.",
        "Por debajo del {low} de las personas invitadas, quienes respondieron pueden no representar a quienes no lo hicieron: lea con cautela las cifras de {units}.";
    RatesWholeSurvey => "the whole survey", "toda la encuesta";
    SharedNonces => "{n} codes share a random number with another code, more than chance gives among this many codes: some may have been edited or made up.",
        "{n} códigos comparten un número aleatorio con otro código, más de lo que da el azar entre tantos códigos: puede que algunos se hayan editado o inventado.";
    SharedNoncesByChance => "{n} codes share a random number with another code. Among this many codes, chance alone gives about {expected}, so this is no sign of edited codes.",
        "{n} códigos comparten un número aleatorio con otro código. Entre tantos códigos, el azar por sí solo da unos {expected}, así que no es señal de códigos editados.";
    OtherModeKept => "{n} codes of this survey were made in another privacy mode than this summary link's: with or without plausible deniability, or at another level. They are kept apart and not counted here, because true and randomized results cannot be added together. Open the summary link the survey had when they were made to count them.",
        "{n} códigos de esta encuesta se hicieron en otro modo de privacidad que el de este enlace de resumen: con o sin negación plausible, o con otro nivel. Se dejan aparte y no se cuentan aquí, porque los resultados verdaderos y los aleatorizados no se pueden sumar. Abra el enlace de resumen que tenía la encuesta cuando se hicieron para contarlos.";
    ExportTitle => "Export", "Exportar";
    ChartSvg => "Save this chart as SVG", "Guardar este gráfico como SVG";
    ChartPng => "Save this chart as PNG", "Guardar este gráfico como PNG";
    ChartSubtitle => "{survey} — {n} responses", "{survey}: {n} respuestas";
    ExportCsv => "Download every figure as CSV", "Descargar todas las cifras en CSV";
    ExportPrint => "Print or save as PDF", "Imprimir o guardar como PDF";
    CombinedTitle => "Combined code", "Código combinado";
    CombinedNoneWithSlips => "This survey uses single-use slips, so it has no combined code: a combined code could not show that each of its responses came with a different slip. Pass on the individual codes instead (a text file of them is enough).",
        "Esta encuesta usa papeletas de un solo uso, así que no tiene código combinado: un código combinado no podría mostrar que cada respuesta vino con una papeleta distinta. Entregue en su lugar los códigos individuales (basta un archivo de texto con ellos).";
    CombinedIntro => "One code that carries all the responses counted here, for passing them on without passing on anyone's code.",
        "Un código que contiene todas las respuestas contadas aquí, para transmitirlas sin transmitir el código de nadie.";

    ActionTitle => "What you told us — what we will do", "Lo que nos dijeron y lo que vamos a hacer";
    ActionIntro => "Write down up to three commitments in answer to this report, and the date of the next survey, beside the one-page summary for staff that Candor makes from them and the report. They open in a new tab; what you type there stays in this page's address — the summary link — and is never sent anywhere.",
        "Anote hasta tres compromisos en respuesta a este informe y la fecha de la próxima encuesta, junto al resumen de una página para el personal que Candor prepara con ellos y el informe. Se abren en una pestaña nueva; lo que escriba allí se queda en la dirección de esta página —el enlace de resumen— y nunca se envía a ningún sitio.";
    ActionWritten => "Your commitments:", "Sus compromisos:";
    ActionCommitments => "Your commitments", "Sus compromisos";
    ActionFormIntro => "Up to three commitments in answer to the report, and the date of the next survey. The one-pager below changes as you type.",
        "Hasta tres compromisos en respuesta al informe y la fecha de la próxima encuesta. El resumen de abajo cambia mientras escribe.";
    ActionUnlinked => "The summary tab is closed or shows another survey, so it does not hold these commitments. Copy the link above to keep them.",
        "La pestaña del resumen está cerrada o muestra otra encuesta, así que no tiene estos compromisos. Copie el enlace de arriba para conservarlos.";
    ActionCommitment => "Commitment {n}", "Compromiso {n}";
    ActionWhat => "What will change", "Qué va a cambiar";
    ActionWho => "Who owns it", "Quién se encarga";
    ActionBy => "By when", "Para cuándo";
    ActionLever => "Lever it addresses (optional)", "Palanca a la que responde (opcional)";
    ActionNoLever => "None chosen", "Ninguna";
    ActionAfter => "In answer to the report of", "En respuesta al informe de";
    ActionNext => "Date of the next survey", "Fecha de la próxima encuesta";
    ActionLink => "Summary link with your commitments", "Enlace de resumen con sus compromisos";
    ActionKeep => "Keep this link (bookmark it, or save it with the survey's file): it is the only place your commitments are kept. The summary tab's address takes each change too, so reloading that tab keeps them.",
        "Guarde este enlace (en marcadores o con el archivo de la encuesta): es el único lugar donde se guardan sus compromisos. La dirección de la pestaña del resumen también recibe cada cambio, así que al recargarla se conservan.";
    ActionShowSheet => "Write the commitments and the one-pager for staff", "Escribir los compromisos y el resumen de una página para el personal";
    ActionText => "The one-pager as text, for e-mail or the intranet", "El resumen como texto, para correo electrónico o la intranet";
    ActionTextDownload => "Download the text (.txt)", "Descargar el texto (.txt)";
    PosterTools => "One-pager for staff", "Resumen de una página para el personal";
    PosterLanguage => "Language of the one-pager", "Idioma del resumen";
    PosterPrint => "Print", "Imprimir";
    PosterBack => "Back to the summary", "Volver al resumen";
    StaffAnswered => "{n} of you answered the survey. Thank you.", "{n} personas respondieron la encuesta. Gracias.";
    StaffTooFew => "To protect everyone's anonymity, results are shown only when at least {m} people have answered, so there are no figures to share this time.",
        "Para proteger el anonimato de todos, los resultados solo se muestran cuando han respondido al menos {m} personas, así que esta vez no hay cifras que compartir.";
    StaffEstimates => "These figures are estimates: to protect you, the survey changed some answers by chance on your own device, and the figures are corrected for it.",
        "Estas cifras son estimaciones: para protegerle, la encuesta cambió algunas respuestas al azar en su propio dispositivo, y las cifras están corregidas por ello.";
    StaffBurnoutTitle => "How you are doing", "Cómo se encuentran";
    StaffBurnout => "About {k} in 10 of you ({share}) said you are burning out or burned out.", "Alrededor de {k} de cada 10 ({share}) dijeron que se están agotando o que ya están agotados.";
    StaffBurnoutFew => "Fewer than 1 in 10 of you ({share}) said you are burning out or burned out.", "Menos de 1 de cada 10 ({share}) dijeron que se están agotando o que ya están agotados.";
    StaffBurnoutMost => "Nearly all of you ({share}) said you are burning out or burned out.", "Casi todos ({share}) dijeron que se están agotando o que ya están agotados.";
    StaffLowestTitle => "Where you rated the workplace lowest", "Lo que peor valoraron del lugar de trabajo";
    StaffLowest => "{lever}: {share} of you rated it well", "{lever}: lo valoró bien el {share}";
    StaffAskedTitle => "The changes you asked for most", "Los cambios que más pidieron";
    StaffAsked => "{option} — chosen by {share} of you", "{option}: lo eligió el {share}";
    StaffOwnTitle => "The questions we added", "Las preguntas que añadimos";
    StaffOwnNote => "We wrote these statements ourselves, so there are no national figures to compare them with.", "Estas afirmaciones las escribimos nosotros, así que no hay cifras nacionales con las que compararlas.";
    StaffOwn => "{share} of you agreed", "El {share} estuvo de acuerdo";
    StaffPlanTitle => "What we will do", "Lo que vamos a hacer";
    StaffPlanNone => "We are deciding what to do and will tell you soon.", "Estamos decidiendo qué hacer y se lo diremos pronto.";
    StaffWho => "Owner: {who}", "Responsable: {who}";
    StaffBy => "By {date}", "Para el {date}";
    StaffNext => "Next survey: {date}. Your answers then will show whether these changes helped.", "Próxima encuesta: {date}. Sus respuestas entonces mostrarán si estos cambios sirvieron.";
    StaffPrivacy => "Your answers never left your device: only short codes with coarse results were counted.", "Sus respuestas nunca salieron de su dispositivo: solo se contaron códigos cortos con resultados aproximados.";
    StaffDate => "{month} {day}, {year}", "{day} de {month} de {year}";
    Month1 => "January", "enero";
    Month2 => "February", "febrero";
    Month3 => "March", "marzo";
    Month4 => "April", "abril";
    Month5 => "May", "mayo";
    Month6 => "June", "junio";
    Month7 => "July", "julio";
    Month8 => "August", "agosto";
    Month9 => "September", "septiembre";
    Month10 => "October", "octubre";
    Month11 => "November", "noviembre";
    Month12 => "December", "diciembre";

    HelpTitle => "Did it help?", "¿Sirvió?";
    HelpIntro => "Each commitment beside the change in the lever it addressed, from {from} to {to}.", "Cada compromiso junto al cambio en la palanca a la que respondía, de {from} a {to}.";
    HelpLine => "{lever} rated favourably: {before} → {after}, {diff} points (95% interval {low} to {high}).", "{lever} valorada favorablemente: {before} → {after}, {diff} puntos (intervalo del 95 %: de {low} a {high}).";
    HelpUp => "A clear improvement.", "Una mejora clara.";
    HelpDown => "A clear worsening.", "Un empeoramiento claro.";
    HelpUnclear => "Not a clear change: the interval includes no change at all.", "No es un cambio claro: el intervalo incluye la posibilidad de que no haya cambio.";
    HelpNoLever => "No lever was chosen for this commitment.", "No se eligió ninguna palanca para este compromiso.";
    HelpAfter => "In answer to: {after}", "En respuesta a: {after}";

    FooterPrivacy => "Nothing you enter here is sent anywhere.", "Nada de lo que introduzca aquí se envía a ningún sitio.";
    FooterBuild => "Candor {version}, build {build}. How to check that this site is the published release: docs/verify.md in Candor's source.",
        "Candor {version}, compilación {build}. Cómo comprobar que este sitio es la versión publicada: docs/verify.md en el código fuente de Candor.";
    FooterDevelopment => "Candor, development build (not a release).", "Candor, compilación de desarrollo (no es una versión publicada).";
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

    /// A key that no code names is text that no page shows: a leftover of a removed feature, or
    /// a second owner of a string that is written elsewhere.
    #[test]
    fn every_key_is_used_outside_the_table() {
        fn sources(dir: &std::path::Path, out: &mut String) {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    sources(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n.rs")
                {
                    out.push_str(&std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        let mut code = String::new();
        sources(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut code,
        );
        let named: HashSet<&str> = code
            .split("Key::")
            .skip(1)
            .map(|rest| {
                let end = rest
                    .find(|c: char| !c.is_ascii_alphanumeric())
                    .unwrap_or(rest.len());
                &rest[..end]
            })
            .collect();
        let unused: Vec<String> = Key::ALL
            .iter()
            .map(|key| format!("{key:?}"))
            .filter(|key| !named.contains(key.as_str()))
            .collect();
        assert!(unused.is_empty(), "keys no code names: {unused:?}");
    }

    #[test]
    fn lookup_picks_the_language() {
        assert_eq!(t(Lang::En, Key::NavSummary), "Summary");
        assert_eq!(t(Lang::Es, Key::NavSummary), "Resumen");
    }
}
