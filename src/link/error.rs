//! The settings of a link by name, and why a link or a filled-in form cannot make a survey: one
//! message per problem, in both languages.

use super::{COMPACT_FORMAT, ID_LENGTH, LINK_VERSION};
use crate::code::MAX_SLIPS;
use crate::instrument::MAX_UNITS;
use crate::lang::{Explain, Lang, Text};
use crate::report::{MAX_STAFF, MIN_GROUP_CEILING, MIN_GROUP_FLOOR};

/// A setting of the link: its key, and its name in messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// `v`.
    Version,
    /// `id`.
    Id,
    /// `t`.
    Title,
    /// `o`.
    Organization,
    /// `u` (repeated).
    Unit,
    /// `r`.
    Role,
    /// `l`.
    Language,
    /// `m`.
    MinGroup,
    /// `s`.
    SendTo,
    /// `d`.
    Deniability,
    /// `k`.
    Shared,
    /// `h`: staff invited to the whole survey (summary link only).
    Staff,
    /// `hu`: staff invited per unit (summary link only).
    UnitStaff,
    /// `p`: single-use slips.
    Slips,
    /// `pc`: the slip a slip's own link opens the survey with.
    Slip,
    /// `pn`: how many slips were printed (summary link only).
    SlipsPrinted,
    /// `pk`: the slips' secret key (summary link only).
    SlipKey,
    /// `q1en` … `q3es`: a statement of the organization's own, in one language (the numbered keys
    /// are read apart: see `link::statement_key`).
    Statement,
}

/// Why a link cannot open a survey. Every variant has its own message in each language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// The address has no survey settings at all.
    NoSettings,
    /// A required setting is missing.
    Missing(Field),
    /// A setting appears twice.
    Repeated(Field),
    /// A setting has a value that cannot be right.
    Invalid(Field),
    /// A text is longer than allowed.
    TooLong {
        /// Which text.
        field: Field,
        /// The most characters allowed.
        max: usize,
    },
    /// More units than a survey may have.
    TooManyUnits,
    /// Two units have the same name.
    DuplicateUnit(String),
    /// Made by a newer version of Candor.
    NewerVersion(u32),
    /// A setting's `%` escape is cut short (`%`, then fewer than two hexadecimal digits): the link
    /// was cut or changed on the way.
    Damaged(Field),
    /// A compact link's payload fails its checksum or does not end as written: it was cut or
    /// changed on the way (`link::compact`).
    CompactDamaged,
    /// An intact compact link of another format than this Candor's: made by a newer version.
    CompactNewer(u8),
}

impl Field {
    /// Every setting, in the order `docs/link-format.md` lists them and links write them.
    pub const ALL: [Field; 17] = [
        Field::Version,
        Field::Id,
        Field::Title,
        Field::Organization,
        Field::Unit,
        Field::Role,
        Field::Language,
        Field::MinGroup,
        Field::SendTo,
        Field::Deniability,
        Field::Shared,
        Field::Staff,
        Field::UnitStaff,
        Field::Slips,
        Field::Slip,
        Field::SlipsPrinted,
        Field::SlipKey,
    ];

    /// The setting's key in the link: the one table of keys, for reading and writing alike.
    pub fn key(self) -> &'static str {
        match self {
            Field::Version => "v",
            Field::Id => "id",
            Field::Title => "t",
            Field::Organization => "o",
            Field::Unit => "u",
            Field::Role => "r",
            Field::Language => "l",
            Field::MinGroup => "m",
            Field::SendTo => "s",
            Field::Deniability => "d",
            Field::Shared => "k",
            Field::Staff => "h",
            Field::UnitStaff => "hu",
            Field::Slips => "p",
            Field::Slip => "pc",
            Field::SlipsPrinted => "pn",
            Field::SlipKey => "pk",
            Field::Statement => "q",
        }
    }

    /// The setting whose key is `key`, if this version knows it.
    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|field| field.key() == key)
    }

    /// The setting's name inside a sentence (in Spanish with its article).
    fn name(self) -> Text {
        let (en, es) = match self {
            Field::Version => ("format version", "la versión del formato"),
            Field::Id => ("identifier", "el identificador"),
            Field::Title => ("title", "el título"),
            Field::Organization => ("organization", "la organización"),
            Field::Unit => ("unit", "la unidad"),
            Field::Role => ("role question", "la pregunta sobre el puesto"),
            Field::Language => ("language", "el idioma"),
            Field::MinGroup => ("minimum group size", "el tamaño mínimo de grupo"),
            Field::SendTo => (
                "instruction on where to send codes",
                "la indicación de dónde enviar los códigos",
            ),
            Field::Deniability => ("plausible deniability", "la negación plausible"),
            Field::Shared => (
                "shared-device setting",
                "el ajuste de dispositivo compartido",
            ),
            Field::Staff => ("number of staff invited", "el número de personas invitadas"),
            Field::UnitStaff => (
                "number of staff invited per unit",
                "el número de personas invitadas por unidad",
            ),
            Field::Slips => (
                "single-use slips setting",
                "el ajuste de papeletas de un solo uso",
            ),
            Field::Slip => ("slip code", "el código de papeleta"),
            Field::SlipsPrinted => ("number of slips printed", "el número de papeletas impresas"),
            Field::SlipKey => ("slips' key", "la clave de las papeletas"),
            Field::Statement => (
                "statement of the organization's own",
                "la afirmación propia de la organización",
            ),
        };
        Text { en, es }
    }
}

impl LinkError {
    /// The setting the error is about, so a form can show it beside that field.
    pub fn field(&self) -> Option<Field> {
        match self {
            LinkError::Missing(field)
            | LinkError::Repeated(field)
            | LinkError::Invalid(field)
            | LinkError::Damaged(field)
            | LinkError::TooLong { field, .. } => Some(*field),
            LinkError::TooManyUnits | LinkError::DuplicateUnit(_) => Some(Field::Unit),
            LinkError::NoSettings
            | LinkError::NewerVersion(_)
            | LinkError::CompactDamaged
            | LinkError::CompactNewer(_) => None,
        }
    }
}

/// One sentence for a link that was opened and a form that was filled in alike; a page that read
/// a link adds its own advice on getting a new one.
impl Explain for LinkError {
    fn text(&self) -> Text {
        match self {
            LinkError::NoSettings => Text {
                en: "This address does not contain a survey's settings. Open the complete link you were sent — it is long, and everything after the # sign belongs to it.",
                es: "Esta dirección no contiene la configuración de una encuesta. Abra el enlace completo que le enviaron: es largo y todo lo que va después del signo # forma parte de él.",
            },
            LinkError::Missing(Field::Title) => Text {
                en: "The survey needs a title.",
                es: "La encuesta necesita un título.",
            },
            LinkError::Missing(Field::Statement) => Text {
                en: "Each statement of the organization's own needs its words in at least one language.",
                es: "Cada afirmación propia de la organización necesita su texto en al menos un idioma.",
            },
            LinkError::Missing(_) => Text {
                en: "The survey's {field} is missing.",
                es: "Falta {field} de la encuesta.",
            },
            LinkError::Repeated(_) => Text {
                en: "The survey's {field} is given twice, so it is unclear which one is meant.",
                es: "Se indica dos veces {field} de la encuesta, así que no está claro cuál vale.",
            },
            LinkError::Invalid(Field::Id) => Text {
                en: "The survey identifier must be {min} to {max} letters, digits, dashes or underscores. Copy it whole from the survey link, after “id=”.",
                es: "El identificador de la encuesta debe tener de {min} a {max} letras, dígitos, guiones o guiones bajos. Cópielo entero del enlace de la encuesta, después de «id=».",
            },
            LinkError::Invalid(Field::MinGroup) => Text {
                en: "The minimum group size must be a whole number from {min} to {max}: smaller groups could point at a person.",
                es: "El tamaño mínimo de grupo debe ser un número entero entre {min} y {max}: un grupo más pequeño podría señalar a una persona.",
            },
            LinkError::Invalid(Field::Staff) => Text {
                en: "The number of staff invited must be a whole number from 1 to {max}, or left empty.",
                es: "El número de personas invitadas debe ser un número entero entre 1 y {max}, o quedar vacío.",
            },
            LinkError::Invalid(Field::UnitStaff) => Text {
                en: "Each unit's number of staff invited must be a whole number from 1 to {max}, or left empty; the link holds one entry per unit.",
                es: "El número de personas invitadas de cada unidad debe ser un número entero entre 1 y {max}, o quedar vacío; el enlace lleva una entrada por unidad.",
            },
            LinkError::Invalid(Field::SlipsPrinted) => Text {
                en: "The number of slips must be a whole number from 1 to {max}.",
                es: "El número de papeletas debe ser un número entero entre 1 y {max}.",
            },
            LinkError::Invalid(Field::Unit) => Text {
                en: "Each unit needs a name on one line.",
                es: "Cada unidad necesita un nombre en una sola línea.",
            },
            LinkError::Invalid(Field::Statement) => Text {
                en: "Each statement of the organization's own must be one line of ordinary text.",
                es: "Cada afirmación propia de la organización debe ser una sola línea de texto normal.",
            },
            LinkError::Invalid(_) | LinkError::Damaged(_) => Text {
                en: "The survey's {field} is not valid; the link may have been changed or damaged.",
                es: "Hay un valor no válido en {field} de la encuesta; puede que el enlace se haya modificado o dañado.",
            },
            LinkError::TooLong { .. } => Text {
                en: "The survey's {field} is longer than {max} characters.",
                es: "Hay más de {max} caracteres en {field} de la encuesta.",
            },
            LinkError::TooManyUnits => Text {
                en: "A survey can have at most {max} units.",
                es: "Una encuesta puede tener como máximo {max} unidades.",
            },
            LinkError::DuplicateUnit(_) => Text {
                en: "The unit “{name}” is listed twice; each unit may appear once.",
                es: "La unidad «{name}» aparece dos veces; cada unidad puede aparecer una sola vez.",
            },
            LinkError::NewerVersion(_) => Text {
                en: "This survey link was made by a newer version of Candor (link format {version}) than the one on this site, which reads formats up to {max}. Ask the organizer to check which site the link should open.",
                es: "Este enlace se creó con una versión de Candor más reciente (formato {version}) que la de este sitio, que lee formatos hasta el {max}. Pida a quien organiza la encuesta que compruebe qué sitio debe abrir el enlace.",
            },
            LinkError::CompactDamaged => Text {
                en: "This short survey link is damaged: part of it was changed or cut off on the way, so it cannot be read.",
                es: "Este enlace corto de encuesta está dañado: una parte se modificó o se cortó por el camino, así que no se puede leer.",
            },
            LinkError::CompactNewer(_) => Text {
                en: "This short survey link was made by a newer version of Candor (short form {version}) than the one on this site, which reads short form {max}. Ask the organizer to check which site the link should open.",
                es: "Este enlace corto se creó con una versión de Candor más reciente (forma corta {version}) que la de este sitio, que lee la forma corta {max}. Pida a quien organiza la encuesta que compruebe qué sitio debe abrir el enlace.",
            },
        }
    }

    fn values(&self, lang: Lang) -> Vec<(&'static str, String)> {
        let mut values = Vec::new();
        if let Some(field) = self.field() {
            values.push(("field", field.name().get(lang).to_string()));
        }
        match self {
            LinkError::Invalid(Field::Id) => {
                values.push(("min", ID_LENGTH.start().to_string()));
                values.push(("max", ID_LENGTH.end().to_string()));
            }
            LinkError::Invalid(Field::MinGroup) => {
                values.push(("min", MIN_GROUP_FLOOR.to_string()));
                values.push(("max", MIN_GROUP_CEILING.to_string()));
            }
            LinkError::Invalid(Field::Staff | Field::UnitStaff) => {
                values.push(("max", MAX_STAFF.to_string()));
            }
            LinkError::Invalid(Field::SlipsPrinted) => {
                values.push(("max", MAX_SLIPS.to_string()));
            }
            LinkError::TooLong { max, .. } => values.push(("max", max.to_string())),
            LinkError::TooManyUnits => values.push(("max", MAX_UNITS.to_string())),
            LinkError::DuplicateUnit(name) => values.push(("name", name.clone())),
            LinkError::NewerVersion(version) => {
                values.push(("version", version.to_string()));
                values.push(("max", LINK_VERSION.to_string()));
            }
            LinkError::CompactNewer(format) => {
                values.push(("version", format.to_string()));
                values.push(("max", COMPACT_FORMAT.to_string()));
            }
            _ => {}
        }
        values
    }
}
