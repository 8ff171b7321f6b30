//! The setup page's core: a new survey's identifier, the advice shown where a choice risks
//! anonymity, the links a survey's settings make, the QR code of its survey link, and the texts of
//! the organizer's kit (invitation and the file that keeps the links). The settings themselves are
//! a [`SurveyLink`], checked by [`SurveyLink::problems`] like every link.

use qrcodegen::{QrCode, QrCodeEcc};

use crate::code::ALPHABET;
use crate::i18n::Key;
use crate::instrument::DEFAULT;
use crate::lang::{fill, Explain, Lang, Text};
use crate::link::{parse_min_group, LinkError, SurveyLink};
use crate::report::MIN_GROUP_DEFAULT;

/// Symbols of a new survey identifier: 50 random bits in Crockford's alphabet.
pub const ID_SYMBOLS: usize = 10;

/// A survey identifier from `random` bytes (from the browser's cryptographic generator): each byte
/// gives one symbol (256 is a multiple of 32, so every symbol is equally likely).
pub fn new_id(random: [u8; ID_SYMBOLS]) -> String {
    random
        .iter()
        .map(|byte| char::from(ALPHABET[usize::from(byte % 32)]))
        .collect()
}

/// The minimum group size as typed in a form: empty means the default, anything else must be a
/// whole number from the floor to the ceiling (the link reader's rule).
pub fn typed_min_group(typed: &str) -> Result<u8, LinkError> {
    match typed.trim() {
        "" => Ok(MIN_GROUP_DEFAULT),
        typed => parse_min_group(typed),
    }
}

/// What editing an existing survey does to the codes already collected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditEffect {
    /// Nothing that changes how codes are read.
    Same,
    /// A unit renamed in its place: its codes stay with it (for correcting a name).
    Renamed,
    /// A unit at another place than before (the same units reordered, perhaps some renamed too):
    /// codes carry a unit's place, so collected codes would land under the wrong unit. Such
    /// settings get a new identifier: a new survey.
    Reordered,
    /// Another number of units, or the role question switched: codes of the old link no longer
    /// fit and are counted apart, as from another survey.
    Reshaped,
    /// Plausible deniability switched or its level changed, the units kept: the survey keeps its
    /// identifier, but the summary keeps codes of the other mode apart.
    Remoded,
}

/// How `edited` differs from the `original` settings for codes already collected.
pub fn edit_effect(original: &SurveyLink, edited: &SurveyLink) -> EditEffect {
    let (before, after) = (&original.units, &edited.units);
    if before.len() != after.len() || original.asks_role != edited.asks_role {
        return EditEffect::Reshaped;
    }
    // A unit found at another place than before has moved, whatever else was renamed.
    let moved = before.iter().enumerate().any(|(place, name)| {
        after
            .iter()
            .position(|other| other == name)
            .is_some_and(|now| now != place)
    });
    if moved {
        EditEffect::Reordered
    } else if original.deniability != edited.deniability {
        EditEffect::Remoded
    } else if before == after {
        EditEffect::Same
    } else {
        EditEffect::Renamed
    }
}

/// With the role asked, this many units or more make small unit-and-role groups likely.
pub const MANY_UNITS_WITH_ROLE: usize = 4;

/// Advice where a choice risks anonymity. Never a refusal: the organizer knows their teams.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Advice {
    /// The role is asked and several units are listed: some unit-and-role groups may hold one or
    /// two people.
    SmallGroupsWithRole {
        /// How many units.
        units: usize,
    },
    /// A minimum group size below the default: figures for groups of 3 or 4 are shown.
    SmallMinimumGroup {
        /// The minimum group size chosen.
        min: u8,
    },
}

/// The advice for `link`'s settings, in the order the form shows them.
pub fn advice(link: &SurveyLink) -> Vec<Advice> {
    let mut advice = Vec::new();
    if link.asks_role && link.units.len() >= MANY_UNITS_WITH_ROLE {
        advice.push(Advice::SmallGroupsWithRole {
            units: link.units.len(),
        });
    }
    if link.min_group < MIN_GROUP_DEFAULT {
        advice.push(Advice::SmallMinimumGroup {
            min: link.min_group,
        });
    }
    advice
}

impl Explain for Advice {
    fn text(&self) -> Text {
        match self {
            Advice::SmallGroupsWithRole { .. } => Text {
                en: "You list {units} units and ask for the role. In a small unit, one role may be one or two people, and staff who fear being recognized answer less honestly. The report never crosses units with roles and hides every group under the minimum size, but consider merging small units or leaving out the role question.",
                es: "Indica {units} unidades y pregunta el puesto. En una unidad pequeña, un puesto puede ser una o dos personas, y quien teme ser reconocido responde con menos franqueza. El informe nunca cruza unidades con puestos y oculta todo grupo por debajo del mínimo, pero considere unir las unidades pequeñas o no preguntar el puesto.",
            },
            Advice::SmallMinimumGroup { .. } => Text {
                en: "With a minimum group size of {min}, figures for groups of {min} people are shown. In groups that small, colleagues can often guess who answered what; 5 or more is safer.",
                es: "Con un tamaño mínimo de grupo de {min}, se muestran cifras de grupos de {min} personas. En grupos tan pequeños, los compañeros a menudo adivinan quién respondió qué; 5 o más es más seguro.",
            },
        }
    }

    fn values(&self, _lang: Lang) -> Vec<(&'static str, String)> {
        match self {
            Advice::SmallGroupsWithRole { units } => vec![("units", units.to_string())],
            Advice::SmallMinimumGroup { min } => vec![("min", min.to_string())],
        }
    }
}

/// The links of a survey, absolute, from the address of the site's root (`base`, ending in `/`):
/// the survey link respondents open on their own devices, the link for shared devices when the
/// organizer asked for one, and the summary link the organizer keeps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Links {
    /// `base#/survey?…`, for personal devices.
    pub survey: String,
    /// The same with `k=1`, for shared computers and tablets; `None` unless asked for.
    pub shared: Option<String>,
    /// `base` + `organizer/#/summary?…`.
    pub summary: String,
}

impl Links {
    /// The links of `link` on the site served at `base`. The form's shared-device setting
    /// (`link.shared`) asks for a second survey link, not a different first one: staff with
    /// their own phones keep a survey that resumes after a reload.
    pub fn new(base: &str, link: &SurveyLink) -> Links {
        let personal = link.on_device(false);
        Links {
            survey: format!("{base}{}", personal.to_fragment()),
            shared: link
                .shared
                .then(|| format!("{base}{}", link.on_device(true).to_fragment())),
            summary: format!("{base}organizer/{}", personal.to_summary_fragment()),
        }
    }
}

/// How many sections respondents go through (the unit and role section only when asked), by the
/// instrument's one rule of which sections a survey shows.
pub fn sections_asked(link: &SurveyLink) -> usize {
    DEFAULT.sections_for(&link.shape()).len()
}

/// The language respondents start in: the survey's, else the one the organizer is using.
pub fn survey_lang(link: &SurveyLink, page: Lang) -> Lang {
    link.lang.unwrap_or(page)
}

/// An invitation to paste into e-mail or chat, in `lang`: what the survey is, the link, and what
/// happens to the answers.
pub fn invitation(link: &SurveyLink, links: &Links, lang: Lang) -> String {
    let mut text = fill(
        Key::KitInvitation.text().get(lang),
        &[("title", &link.title), ("link", &links.survey)],
    );
    if !link.send_to.is_empty() {
        text.push_str("\n\n");
        text.push_str(&fill(
            Key::KitInvitationSendTo.text().get(lang),
            &[("where", &link.send_to)],
        ));
    }
    text
}

/// The file that keeps a survey, since no server does: both links, when to use each, and every
/// setting in words. Plain text, in `lang`.
pub fn kit_file(link: &SurveyLink, links: &Links, lang: Lang) -> String {
    let yes_no = |yes: bool| {
        if yes {
            Key::KitYes.text().get(lang)
        } else {
            Key::KitNo.text().get(lang)
        }
    };
    let none = Key::KitNone.text().get(lang);
    let units = if link.units.is_empty() {
        none.to_string()
    } else {
        link.units.join("; ")
    };
    let language = link
        .lang
        .map_or(Key::KitBrowserLanguage.text().get(lang), |l| {
            crate::i18n::t(l, Key::LanguageName)
        });
    let min_group = link.min_group.to_string();
    let deniability = link
        .deniability
        .map_or(Key::KitOff.text().get(lang).to_string(), |level| {
            fill(
                Key::KitDeniability.text().get(lang),
                &[("ratio", &level.ratio().to_string())],
            )
        });
    let shared = links.shared.as_ref().map_or(String::new(), |shared| {
        format!(
            "\n\n{}",
            fill(Key::KitShared.text().get(lang), &[("link", shared)])
        )
    });
    let mut file = fill(
        Key::KitFile.text().get(lang),
        &[
            ("title", &link.title),
            ("org", or_none(&link.organization, none)),
            ("survey", &links.survey),
            ("shared", &shared),
            ("summary", &links.summary),
            ("id", &link.id),
            ("units", &units),
            ("role", yes_no(link.asks_role)),
            ("language", language),
            ("min", &min_group),
            ("deniability", &deniability),
            ("send", or_none(&link.send_to, none)),
        ],
    );
    file.push('\n');
    file
}

/// `text`, or `none` when it is empty.
fn or_none<'a>(text: &'a str, none: &'a str) -> &'a str {
    if text.is_empty() {
        none
    } else {
        text
    }
}

/// A name for the kit file made from the survey's title: letters and digits kept, the rest dashes.
pub fn kit_file_name(link: &SurveyLink) -> String {
    let mut name = String::from("candor-");
    for c in link.title.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            name.push(c);
        } else if !name.ends_with('-') {
            name.push('-');
        }
        if name.chars().count() >= 48 {
            break;
        }
    }
    let mut name = name.trim_end_matches('-').to_string();
    name.push_str(".txt");
    name
}

/// The QR code of `text` as an SVG image (black modules on white, a quiet zone of four modules),
/// or `None` when the text is too long for any QR code. `label` names it for screen readers.
pub fn qr_svg(text: &str, label: &str) -> Option<String> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    let side = size + 8;
    let label = label
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('"', "&quot;");
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" role=\"img\" aria-label=\"{label}\" shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ten_units() -> SurveyLink {
        SurveyLink {
            id: new_id([7, 19, 250, 3, 64, 99, 128, 31, 5, 200]),
            title: "Staff wellbeing 2026".into(),
            organization: "Riverside Community Hospital".into(),
            units: [
                "Emergency",
                "Intensive care",
                "Surgery",
                "Medicine",
                "Pediatrics",
                "Maternity",
                "Oncology",
                "Radiology",
                "Pharmacy",
                "Outpatients",
            ]
            .map(String::from)
            .to_vec(),
            asks_role: true,
            lang: Some(Lang::En),
            min_group: 5,
            send_to: "Sealed box by the staff room".into(),
            deniability: None,
            shared: false,
        }
    }

    #[test]
    fn a_ten_unit_survey_link_stays_short() {
        let link = ten_units();
        assert_eq!(link.validate(), Ok(()));
        let links = Links::new("https://candor.example.org/", &link);
        println!(
            "10-unit survey link: {} characters: {}",
            links.survey.len(),
            links.survey
        );
        assert!(links.survey.len() < 300, "{}", links.survey.len());
        assert!(links
            .summary
            .starts_with("https://candor.example.org/organizer/#/summary?v=1&"));
        // Both links carry exactly the settings.
        let query = links.survey.split_once('?').map(|(_, q)| q).unwrap();
        assert_eq!(SurveyLink::parse(query), Ok(link));
    }

    #[test]
    fn identifiers_are_valid_and_use_every_symbol() {
        let id = new_id([0, 31, 32, 255, 1, 2, 3, 4, 5, 6]);
        assert_eq!(id, "0Z0Z123456");
        assert!(crate::link::valid_id(&id));
        let all: std::collections::HashSet<char> = (0..=255u8)
            .map(|b| new_id([b; ID_SYMBOLS]).chars().next().unwrap())
            .collect();
        assert_eq!(all.len(), 32);
    }

    #[test]
    fn advice_names_the_risky_choices() {
        let mut link = ten_units();
        assert_eq!(
            advice(&link),
            vec![Advice::SmallGroupsWithRole { units: 10 }]
        );
        link.asks_role = false;
        link.min_group = 3;
        assert_eq!(advice(&link), vec![Advice::SmallMinimumGroup { min: 3 }]);
        link.units.truncate(3);
        link.asks_role = true;
        link.min_group = 5;
        assert_eq!(advice(&link), Vec::new());
        for lang in Lang::ALL {
            let message = Advice::SmallMinimumGroup { min: 4 }.message(lang);
            assert!(message.contains('4') && !message.contains('{'), "{message}");
        }
    }

    #[test]
    fn the_kit_carries_both_links_and_every_setting() {
        let link = ten_units();
        let links = Links::new("https://candor.example.org/", &link);
        for lang in Lang::ALL {
            let file = kit_file(&link, &links, lang);
            for needed in [
                &links.survey,
                &links.summary,
                &link.title,
                &link.id,
                &link.send_to,
            ] {
                assert!(file.contains(needed.as_str()), "{lang:?}: {needed}");
            }
            assert!(file.contains("Emergency; Intensive care"));
            assert!(!file.contains('{'), "{file}");
            let invitation = invitation(&link, &links, lang);
            assert!(invitation.contains(&links.survey) && invitation.contains(&link.send_to));
            assert!(!invitation.contains('{'));
        }
        assert_eq!(kit_file_name(&link), "candor-staff-wellbeing-2026.txt");
    }

    /// Asking for shared devices adds a link that differs only in `k`; the survey link and the
    /// summary link stay those of personal devices, and the kit lists all three.
    #[test]
    fn shared_devices_get_a_link_of_their_own() {
        let personal = ten_units();
        let base = "https://candor.example.org/";
        assert_eq!(Links::new(base, &personal).shared, None);
        let asked = personal.on_device(true);
        let links = Links::new(base, &asked);
        assert_eq!(links.survey, Links::new(base, &personal).survey);
        assert_eq!(links.summary, Links::new(base, &personal).summary);
        let shared = links.shared.clone().unwrap();
        let query = shared.split_once('?').map(|(_, q)| q).unwrap();
        assert_eq!(SurveyLink::parse(query), Ok(asked.clone()));
        for lang in Lang::ALL {
            let file = kit_file(&asked, &links, lang);
            assert!(
                file.contains(&shared) && file.contains(&links.survey),
                "{file}"
            );
            assert!(!file.contains('{'), "{file}");
            assert!(!kit_file(&personal, &Links::new(base, &personal), lang).contains("k=1"));
        }
        // Codes do not change: editing the setting alone changes nothing collected.
        assert_eq!(edit_effect(&personal, &asked), EditEffect::Same);
    }

    #[test]
    fn editing_says_what_happens_to_collected_codes() {
        let original = ten_units();
        let mut edited = original.clone();
        edited.title = "Another title".into();
        assert_eq!(edit_effect(&original, &edited), EditEffect::Same);
        edited.units.swap(0, 1);
        assert_eq!(edit_effect(&original, &edited), EditEffect::Reordered);
        edited.units.swap(0, 1);
        edited.units[2] = "Theatres".into();
        assert_eq!(edit_effect(&original, &edited), EditEffect::Renamed);
        // Renamed and moved: still a move.
        edited.units.swap(2, 3);
        assert_eq!(edit_effect(&original, &edited), EditEffect::Reordered);
        edited.units.swap(2, 3);
        edited.units.pop();
        assert_eq!(edit_effect(&original, &edited), EditEffect::Reshaped);
        let mut no_role = original.clone();
        no_role.asks_role = false;
        assert_eq!(edit_effect(&original, &no_role), EditEffect::Reshaped);
        // Deniability switched, with or without a unit renamed: the mode change is what matters.
        let mut deniable = original.clone();
        deniable.deniability = Some(crate::randomized::Deniability::Standard);
        assert_eq!(edit_effect(&original, &deniable), EditEffect::Remoded);
        deniable.units[0] = "Renamed".into();
        assert_eq!(edit_effect(&original, &deniable), EditEffect::Remoded);
    }

    #[test]
    fn a_typed_group_size_follows_the_link_rule() {
        assert_eq!(typed_min_group(" "), Ok(MIN_GROUP_DEFAULT));
        assert_eq!(typed_min_group("7"), Ok(7));
        assert!(typed_min_group("2").is_err() && typed_min_group("-").is_err());
    }

    #[test]
    fn trimmed_settings_are_what_the_reader_reads() {
        let mut link = ten_units();
        link.units[1] = "Emergency ".into();
        link.title = "  Staff wellbeing 2026 ".into();
        // Untrimmed, "Emergency " looks like a new unit; the link would be refused when opened.
        assert_eq!(link.validate(), Ok(()));
        let trimmed = link.trimmed();
        assert_eq!(
            trimmed.validate(),
            Err(crate::link::LinkError::DuplicateUnit("Emergency".into()))
        );
        trimmed.units.iter().for_each(|u| assert_eq!(u.trim(), u));
    }

    #[test]
    fn the_qr_code_is_an_svg_of_the_link() {
        let links = Links::new("https://candor.example.org/", &ten_units());
        let svg = qr_svg(&links.survey, "QR \"code\" <link>").unwrap();
        assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"));
        assert!(svg.contains("aria-label=\"QR &quot;code&quot; &lt;link>\""));
        // A link this long needs a version of at least 10 (57 modules), plus the quiet zone.
        let side: i32 = svg
            .split("viewBox=\"0 0 ")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap();
        assert!((57 + 8..=177 + 8).contains(&side), "{side}");
        assert_eq!(qr_svg(&"x".repeat(5000), "too long"), None);
    }
}
