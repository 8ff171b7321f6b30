//! The survey link: every setting of a survey, carried in the URL fragment (`#/survey?…`), which
//! browsers never send to a server. Format and versioning: `docs/link-format.md`.

use crate::instrument::{Survey, MAX_UNITS};
use crate::lang::Lang;

/// The link format this Candor writes. It reads every version up to this one.
pub const LINK_VERSION: u32 = 1;
/// The smallest group the report may ever show; no link may ask for less.
pub const MIN_GROUP_FLOOR: u8 = 3;
/// The minimum group size when a link does not say.
pub const MIN_GROUP_DEFAULT: u8 = 5;
/// The largest minimum group size a link may ask for.
pub const MIN_GROUP_CEILING: u8 = 50;
/// Longest title or organization name, in characters.
pub const MAX_NAME: usize = 120;
/// Longest unit name, in characters.
pub const MAX_UNIT_NAME: usize = 60;
/// Longest instruction on where to send the code, in characters.
pub const MAX_SEND_TO: usize = 300;

/// Everything a survey link says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SurveyLink {
    /// The survey's identifier: 6–32 letters, digits, `-` or `_`. Codes are bound to it.
    pub id: String,
    /// The survey's title.
    pub title: String,
    /// Who runs it; may be empty.
    pub organization: String,
    /// The organizer's units, in order; empty when the unit question is not asked.
    pub units: Vec<String>,
    /// Whether the broad-role question is asked.
    pub asks_role: bool,
    /// The language to start in; the respondent's browser language when `None`.
    pub lang: Option<Lang>,
    /// The smallest group the summary shows figures for.
    pub min_group: u8,
    /// Where to send the code, in the organizer's words; may be empty.
    pub send_to: String,
}

/// A setting of the link, for messages.
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
}

impl Field {
    fn key(self) -> &'static str {
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
        }
    }

    fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Field::Version, Lang::En) => "format version",
            (Field::Version, Lang::Es) => "versión del formato",
            (Field::Id, Lang::En) => "survey identifier",
            (Field::Id, Lang::Es) => "identificador de la encuesta",
            (Field::Title, Lang::En) => "title",
            (Field::Title, Lang::Es) => "título",
            (Field::Organization, Lang::En) => "organization",
            (Field::Organization, Lang::Es) => "organización",
            (Field::Unit, Lang::En) => "unit",
            (Field::Unit, Lang::Es) => "unidad",
            (Field::Role, Lang::En) => "role question",
            (Field::Role, Lang::Es) => "pregunta sobre el puesto",
            (Field::Language, Lang::En) => "language",
            (Field::Language, Lang::Es) => "idioma",
            (Field::MinGroup, Lang::En) => "minimum group size",
            (Field::MinGroup, Lang::Es) => "tamaño mínimo de grupo",
            (Field::SendTo, Lang::En) => "where to send the code",
            (Field::SendTo, Lang::Es) => "dónde enviar el código",
        }
    }
}

impl LinkError {
    /// What is wrong, and what the person can do, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let ask = match lang {
            Lang::En => " Ask the person who sent you the link for a new one.",
            Lang::Es => " Pida un enlace nuevo a quien se lo envió.",
        };
        let what = match (self, lang) {
            (LinkError::NoSettings, Lang::En) => {
                "This address does not contain a survey's settings. Open the complete survey link you were sent — it is long, and everything after the # sign belongs to it.".to_string()
            }
            (LinkError::NoSettings, Lang::Es) => {
                "Esta dirección no contiene la configuración de una encuesta. Abra el enlace completo que le enviaron: es largo y todo lo que va después del signo # forma parte de él.".to_string()
            }
            (LinkError::Missing(field), Lang::En) => {
                format!("The survey link is incomplete: its {} is missing. Perhaps only part of it was copied.", field.name(lang))
            }
            (LinkError::Missing(field), Lang::Es) => {
                format!("El enlace de la encuesta está incompleto: falta su {}. Quizá solo se copió una parte.", field.name(lang))
            }
            (LinkError::Repeated(field), Lang::En) => {
                format!("The survey link gives its {} twice, so it is unclear which one is meant.", field.name(lang))
            }
            (LinkError::Repeated(field), Lang::Es) => {
                format!("El enlace de la encuesta indica su {} dos veces, así que no está claro cuál vale.", field.name(lang))
            }
            (LinkError::Invalid(field), Lang::En) => {
                format!("The survey link's {} is not valid; the link may have been changed or damaged.", field.name(lang))
            }
            (LinkError::Invalid(field), Lang::Es) => {
                format!("El valor de {} del enlace de la encuesta no es válido; puede que el enlace se haya modificado o dañado.", field.name(lang))
            }
            (LinkError::TooLong { field, max }, Lang::En) => {
                format!("The survey link's {} is longer than {max} characters.", field.name(lang))
            }
            (LinkError::TooLong { field, max }, Lang::Es) => {
                format!("El valor de {} del enlace de la encuesta tiene más de {max} caracteres.", field.name(lang))
            }
            (LinkError::TooManyUnits, Lang::En) => {
                format!("The survey link lists more than {MAX_UNITS} units, more than a survey can have.")
            }
            (LinkError::TooManyUnits, Lang::Es) => {
                format!("El enlace de la encuesta incluye más de {MAX_UNITS} unidades, más de las que admite una encuesta.")
            }
            (LinkError::DuplicateUnit(name), Lang::En) => {
                format!("The survey link lists the unit “{name}” twice.")
            }
            (LinkError::DuplicateUnit(name), Lang::Es) => {
                format!("El enlace de la encuesta incluye dos veces la unidad «{name}».")
            }
            (LinkError::NewerVersion(v), Lang::En) => {
                return format!("This survey link was made by a newer version of Candor (link format {v}) than the one on this site, which reads formats up to {LINK_VERSION}. Ask the organizer to check which site the link should open.");
            }
            (LinkError::NewerVersion(v), Lang::Es) => {
                return format!("Este enlace se creó con una versión de Candor más reciente (formato {v}) que la de este sitio, que lee formatos hasta el {LINK_VERSION}. Pida a quien organiza la encuesta que compruebe qué sitio debe abrir el enlace.");
            }
        };
        what + ask
    }
}

/// Splits a URL fragment such as `#/survey?v=1&…` into its route path and its settings.
pub fn split_fragment(fragment: &str) -> (&str, &str) {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.split_once('?').unwrap_or((fragment, ""))
}

impl SurveyLink {
    /// The code-relevant shape of this survey.
    pub fn survey(&self) -> Survey {
        Survey {
            id: self.id.clone(),
            // Parsing and building both cap units at MAX_UNITS, which fits a u8.
            units: u8::try_from(self.units.len()).unwrap_or(MAX_UNITS),
            asks_role: self.asks_role,
        }
    }

    /// The settings as a fragment query (`v=1&id=…`), without `#/survey?`.
    pub fn to_query(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        out.append_pair(Field::Version.key(), &LINK_VERSION.to_string());
        out.append_pair(Field::Id.key(), &self.id);
        out.append_pair(Field::Title.key(), &self.title);
        if !self.organization.is_empty() {
            out.append_pair(Field::Organization.key(), &self.organization);
        }
        for unit in &self.units {
            out.append_pair(Field::Unit.key(), unit);
        }
        if self.asks_role {
            out.append_pair(Field::Role.key(), "1");
        }
        if let Some(lang) = self.lang {
            out.append_pair(Field::Language.key(), lang.tag());
        }
        if self.min_group != MIN_GROUP_DEFAULT {
            out.append_pair(Field::MinGroup.key(), &self.min_group.to_string());
        }
        if !self.send_to.is_empty() {
            out.append_pair(Field::SendTo.key(), &self.send_to);
        }
        out.finish()
    }

    /// The URL fragment that opens this survey (`#/survey?…`).
    pub fn to_fragment(&self) -> String {
        format!("#/survey?{}", self.to_query())
    }

    /// The URL fragment that opens this survey's summary page (`#/summary?…`): the same settings,
    /// so the page reads codes bound to this survey and applies its minimum group size and unit
    /// names.
    pub fn to_summary_fragment(&self) -> String {
        format!("#/summary?{}", self.to_query())
    }

    /// Reads the settings from a fragment query. Unknown settings are ignored, so a later
    /// version-1 link with an added optional setting still opens.
    pub fn parse(query: &str) -> Result<SurveyLink, LinkError> {
        if query.trim().is_empty() {
            return Err(LinkError::NoSettings);
        }
        let mut seen = Seen::default();
        let mut link = SurveyLink {
            id: String::new(),
            title: String::new(),
            organization: String::new(),
            units: Vec::new(),
            asks_role: false,
            lang: None,
            min_group: MIN_GROUP_DEFAULT,
            send_to: String::new(),
        };
        let mut version = None;
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            let value = value.trim();
            match key.as_ref() {
                "v" => {
                    seen.once(Field::Version)?;
                    version = Some(
                        value
                            .parse::<u32>()
                            .map_err(|_| LinkError::Invalid(Field::Version))?,
                    );
                }
                "id" => {
                    seen.once(Field::Id)?;
                    link.id = value.to_string();
                }
                "t" => {
                    seen.once(Field::Title)?;
                    link.title = bounded(value, Field::Title, MAX_NAME)?;
                }
                "o" => {
                    seen.once(Field::Organization)?;
                    link.organization = bounded(value, Field::Organization, MAX_NAME)?;
                }
                "u" => {
                    let unit = bounded(value, Field::Unit, MAX_UNIT_NAME)?;
                    if unit.is_empty() {
                        return Err(LinkError::Invalid(Field::Unit));
                    }
                    if link.units.len() >= usize::from(MAX_UNITS) {
                        return Err(LinkError::TooManyUnits);
                    }
                    if link.units.contains(&unit) {
                        return Err(LinkError::DuplicateUnit(unit));
                    }
                    link.units.push(unit);
                }
                "r" => {
                    seen.once(Field::Role)?;
                    link.asks_role = match value {
                        "1" => true,
                        "0" => false,
                        _ => return Err(LinkError::Invalid(Field::Role)),
                    };
                }
                "l" => {
                    seen.once(Field::Language)?;
                    link.lang =
                        Some(Lang::from_tag(value).ok_or(LinkError::Invalid(Field::Language))?);
                }
                "m" => {
                    seen.once(Field::MinGroup)?;
                    link.min_group = value
                        .parse::<u8>()
                        .ok()
                        .filter(|m| (MIN_GROUP_FLOOR..=MIN_GROUP_CEILING).contains(m))
                        .ok_or(LinkError::Invalid(Field::MinGroup))?;
                }
                "s" => {
                    seen.once(Field::SendTo)?;
                    link.send_to = bounded(value, Field::SendTo, MAX_SEND_TO)?;
                }
                _ => {}
            }
        }
        match version {
            None => return Err(LinkError::Missing(Field::Version)),
            Some(0) => return Err(LinkError::Invalid(Field::Version)),
            Some(v) if v > LINK_VERSION => return Err(LinkError::NewerVersion(v)),
            Some(_) => {}
        }
        if link.id.is_empty() {
            return Err(LinkError::Missing(Field::Id));
        }
        if !valid_id(&link.id) {
            return Err(LinkError::Invalid(Field::Id));
        }
        if link.title.is_empty() {
            return Err(LinkError::Missing(Field::Title));
        }
        Ok(link)
    }
}

/// Whether `id` can be a survey identifier: 6–32 characters from a set that survives any URL and
/// any messaging app unchanged.
pub fn valid_id(id: &str) -> bool {
    (6..=32).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn bounded(value: &str, field: Field, max: usize) -> Result<String, LinkError> {
    if value.chars().count() > max {
        return Err(LinkError::TooLong { field, max });
    }
    // Control characters have no business in a title and could garble the page's text.
    if value.chars().any(char::is_control) {
        return Err(LinkError::Invalid(field));
    }
    Ok(value.to_string())
}

#[derive(Default)]
struct Seen(Vec<Field>);

impl Seen {
    fn once(&mut self, field: Field) -> Result<(), LinkError> {
        if self.0.contains(&field) {
            return Err(LinkError::Repeated(field));
        }
        self.0.push(field);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example link in docs/link-format.md; it must keep opening.
    const DOC_EXAMPLE: &str = "v=1&id=K7M2Q9XT4B&t=Staff+wellbeing+2026&o=Riverside+Community+Hospital&u=Emergency&u=Intensive+care&u=Surgery&r=1&l=en&s=Put+your+code+in+the+sealed+box+by+the+staff+room.";

    fn example() -> SurveyLink {
        SurveyLink {
            id: "K7M2Q9XT4B".into(),
            title: "Staff wellbeing 2026".into(),
            organization: "Riverside Community Hospital".into(),
            units: vec![
                "Emergency".into(),
                "Intensive care".into(),
                "Surgery".into(),
            ],
            asks_role: true,
            lang: Some(Lang::En),
            min_group: 5,
            send_to: "Put your code in the sealed box by the staff room.".into(),
        }
    }

    #[test]
    fn the_documented_example_opens() {
        assert_eq!(SurveyLink::parse(DOC_EXAMPLE), Ok(example()));
        assert_eq!(example().to_query(), DOC_EXAMPLE);
        let survey = example().survey();
        assert_eq!((survey.units, survey.asks_role), (3, true));
    }

    #[test]
    fn the_summary_link_carries_the_same_settings() {
        let fragment = example().to_summary_fragment();
        assert_eq!(fragment, format!("#/summary?{DOC_EXAMPLE}"));
        let (route, query) = split_fragment(&fragment);
        assert_eq!(route, "/summary");
        assert_eq!(SurveyLink::parse(query), Ok(example()));
    }

    #[test]
    fn fragments_split_into_route_and_settings() {
        assert_eq!(split_fragment("#/survey?v=1&id=x"), ("/survey", "v=1&id=x"));
        assert_eq!(split_fragment("#/survey"), ("/survey", ""));
        assert_eq!(split_fragment(""), ("", ""));
    }

    #[test]
    fn each_problem_is_named() {
        let cases = [
            ("", LinkError::NoSettings),
            ("id=ABCDEF&t=x", LinkError::Missing(Field::Version)),
            ("v=2&id=ABCDEF&t=x", LinkError::NewerVersion(2)),
            ("v=one&id=ABCDEF&t=x", LinkError::Invalid(Field::Version)),
            ("v=1&t=x", LinkError::Missing(Field::Id)),
            ("v=1&id=abc&t=x", LinkError::Invalid(Field::Id)),
            ("v=1&id=ABC%20DEF&t=x", LinkError::Invalid(Field::Id)),
            ("v=1&id=ABCDEF", LinkError::Missing(Field::Title)),
            ("v=1&id=ABCDEF&t=x&t=y", LinkError::Repeated(Field::Title)),
            ("v=1&id=ABCDEF&t=x&m=2", LinkError::Invalid(Field::MinGroup)),
            ("v=1&id=ABCDEF&t=x&m=", LinkError::Invalid(Field::MinGroup)),
            (
                "v=1&id=ABCDEF&t=x&l=fr",
                LinkError::Invalid(Field::Language),
            ),
            ("v=1&id=ABCDEF&t=x&r=yes", LinkError::Invalid(Field::Role)),
            (
                "v=1&id=ABCDEF&t=x&u=A&u=A",
                LinkError::DuplicateUnit("A".into()),
            ),
            ("v=1&id=ABCDEF&t=x&u=", LinkError::Invalid(Field::Unit)),
            ("v=1&id=ABCDEF&t=a%0Ab", LinkError::Invalid(Field::Title)),
        ];
        for (query, expected) in cases {
            assert_eq!(SurveyLink::parse(query), Err(expected), "{query}");
        }
        let long = format!("v=1&id=ABCDEF&t={}", "x".repeat(MAX_NAME + 1));
        assert_eq!(
            SurveyLink::parse(&long),
            Err(LinkError::TooLong {
                field: Field::Title,
                max: MAX_NAME
            })
        );
        let many: String = (0..=MAX_UNITS).map(|i| format!("&u=U{i}")).collect();
        assert_eq!(
            SurveyLink::parse(&format!("v=1&id=ABCDEF&t=x{many}")),
            Err(LinkError::TooManyUnits)
        );
    }

    #[test]
    fn unknown_settings_are_ignored_and_defaults_apply() {
        let link = SurveyLink::parse("v=1&id=ABCDEF&t=T&future=1").unwrap();
        assert_eq!(link.min_group, MIN_GROUP_DEFAULT);
        assert_eq!(link.lang, None);
        assert!(link.units.is_empty() && !link.asks_role);
    }

    #[test]
    fn every_message_differs_and_exists_in_both_languages() {
        let errors = [
            LinkError::NoSettings,
            LinkError::Missing(Field::Id),
            LinkError::Repeated(Field::Id),
            LinkError::Invalid(Field::Id),
            LinkError::TooLong {
                field: Field::Title,
                max: 3,
            },
            LinkError::TooManyUnits,
            LinkError::DuplicateUnit("A".into()),
            LinkError::NewerVersion(9),
        ];
        for lang in Lang::ALL {
            let messages: std::collections::HashSet<_> =
                errors.iter().map(|e| e.message(lang)).collect();
            assert_eq!(messages.len(), errors.len());
        }
        assert_ne!(errors[0].message(Lang::En), errors[0].message(Lang::Es));
    }
}
