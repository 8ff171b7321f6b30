//! The links a survey's settings make, and the organizer's kit: the invitation to paste into
//! e-mail or chat and the file that keeps the links, since no server does.

use crate::i18n::Key;
use crate::lang::{fill, Lang};
use crate::link::{plan_query, SurveyLink};
use crate::report::action::Plan;

/// The links of a survey, absolute, from the address of the site's root (`base`, ending in `/`):
/// the survey link respondents open on their own devices, the link for shared devices when the
/// organizer asked for one, and the summary link the organizer keeps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Links {
    /// `base#/survey?…`, for personal devices.
    pub survey: String,
    /// The same survey link in its compact form, `base#/C/…`, for QR codes.
    pub compact: String,
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
            compact: format!("{base}{}", personal.to_compact_fragment()),
            shared: link
                .shared
                .then(|| format!("{base}{}", link.on_device(true).to_fragment())),
            summary: format!("{base}organizer/{}", personal.to_summary_fragment()),
        }
    }

    /// The same links with the organizer's commitments `plan` in the summary link, as the
    /// summary page wrote them (an edited survey keeps its commitments).
    pub fn with_plan(mut self, plan: &Plan) -> Links {
        self.summary.push_str(&plan_query(plan));
        self
    }
}

/// An invitation to paste into e-mail or chat, in `lang`: what the survey is, the link, and what
/// happens to the answers.
pub fn invitation(link: &SurveyLink, links: &Links, lang: Lang) -> String {
    let mut text = fill(
        Key::KitInvitation.text().get(lang),
        &[("title", &link.title), ("link", &links.survey)],
    );
    if link.slips {
        text.push_str("\n\n");
        text.push_str(Key::KitInvitationSlip.text().get(lang));
    }
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
/// setting in words; for a survey with slips, that the summary link holds their key and must stay
/// private. Plain text, in `lang`.
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
    let not_given = Key::KitNotGiven.text().get(lang);
    let count = |n: Option<u64>| n.map_or(not_given.to_string(), |n| n.to_string());
    let staff = count(link.staff.total);
    // Per unit only when the survey has units; every unit named, with its number or "not given".
    let per_unit = |units: &str| {
        format!(
            "\n{}",
            fill(Key::KitStaffUnits.text().get(lang), &[("units", units)])
        )
    };
    let unit_staff = if link.units.is_empty() {
        String::new()
    } else if link.staff.units.is_empty() {
        per_unit(not_given)
    } else {
        let each: Vec<String> = link
            .units
            .iter()
            .enumerate()
            .map(|(index, unit)| {
                format!(
                    "{unit}: {}",
                    count(link.staff.units.get(index).copied().flatten())
                )
            })
            .collect();
        per_unit(&each.join("; "))
    };
    let deniability = link
        .deniability
        .map_or(Key::KitOff.text().get(lang).to_string(), |level| {
            fill(
                Key::KitDeniability.text().get(lang),
                &[("ratio", &level.ratio().to_string())],
            )
        });
    // The summary link holds the slips' key: the file says so beside it.
    let (slips, slips_setting) = match link.slip_check.filter(|_| link.slips) {
        Some(check) => (
            format!("\n\n{}", Key::KitSlipsKey.text().get(lang)),
            fill(
                Key::KitSlipsOn.text().get(lang),
                &[("n", &check.count.to_string())],
            ),
        ),
        None => (String::new(), Key::KitOff.text().get(lang).to_string()),
    };
    let shared = links.shared.as_ref().map_or(String::new(), |shared| {
        format!(
            "\n\n{}",
            fill(Key::KitShared.text().get(lang), &[("link", shared)])
        )
    });
    // Each statement of the organization's own, in both wordings, as the link holds them.
    let statements: String = if link.statements.is_empty() {
        String::new()
    } else {
        let mut out = format!("\n{}", Key::KitStatements.text().get(lang));
        for (k, statement) in link.statements.iter().enumerate() {
            let mut words = vec![];
            if !statement.en.is_empty() {
                words.push(format!("[en] {}", statement.en));
            }
            if !statement.es.is_empty() {
                words.push(format!("[es] {}", statement.es));
            }
            out.push_str(&format!("\n{}. {}", k + 1, words.join(" / ")));
        }
        out
    };
    let mut file = fill(
        Key::KitFile.text().get(lang),
        &[
            ("title", &link.title),
            ("org", or_none(&link.organization, none)),
            ("survey", &links.survey),
            ("shared", &shared),
            ("summary", &links.summary),
            ("slips", &slips),
            ("id", &link.id),
            ("units", &units),
            ("role", yes_no(link.asks_role)),
            ("language", language),
            ("min", &min_group),
            ("staff", &staff),
            ("unit_staff", &unit_staff),
            ("deniability", &deniability),
            ("slips_setting", &slips_setting),
            ("send", or_none(&link.send_to, none)),
            ("statements", &statements),
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
