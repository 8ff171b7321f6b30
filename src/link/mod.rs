//! The survey link: every setting of a survey, carried in the URL fragment (`#/survey?…`), which
//! browsers never send to a server. Format and versioning: `docs/link-format.md`.

mod compact;
mod error;
mod plan;

pub use compact::{compact, expand, COMPACT_FORMAT, MAX_EXPANDED};
pub use error::{Field, LinkError};
pub use plan::{place_of, plan_key, plan_query, read_plan};

use crate::code::{Slip, SlipCheck, SlipKey, MAX_SLIPS};
use crate::deniability::Deniability;
use crate::instrument::{OwnStatement, Shape, MAX_OWN_STATEMENT, MAX_OWN_STATEMENTS, MAX_UNITS};
use crate::lang::Lang;
use crate::report::{Staff, MAX_STAFF, MIN_GROUP_CEILING, MIN_GROUP_DEFAULT, MIN_GROUP_FLOOR};
use crate::route::{compact_payload, split_fragment, COMPACT};

/// The newest link format this Candor writes; it reads every version up to this one. A link is
/// written with the lowest version that knows all its settings: 5 with statements of the
/// organization's own (`q1en` …), else 4 with single-use slips (`p`), else 3 with the
/// shared-device setting (`k`), else 2 with plausible deniability (`d`), else 1.
/// An older Candor then refuses a link whose protection it would not give ("made by a newer
/// version") instead of ignoring the unknown setting and running the survey without it.
pub const LINK_VERSION: u32 = 5;
/// Longest title or organization name, in characters.
pub const MAX_NAME: usize = 120;
/// Longest unit name, in characters.
pub const MAX_UNIT_NAME: usize = 60;
/// Longest instruction on where to send the code, in characters.
pub const MAX_SEND_TO: usize = 300;
/// Shortest and longest survey identifier, in characters.
pub const ID_LENGTH: std::ops::RangeInclusive<usize> = 6..=32;

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
    /// Plausible deniability: every reported value randomized at this level, or `None`.
    pub deniability: Option<Deniability>,
    /// For a shared device (a ward's workstation, a break-room tablet): nothing is kept across a
    /// reload, an idle survey is cleared after a countdown, and the code is shown once
    /// (`respondent::Flow::shared`). Codes are the same as a personal link's.
    pub shared: bool,
    /// The staff invited, in total and per unit, for the response rates: the organizer's numbers,
    /// written only in the summary link, never in the survey link that staff open.
    pub staff: Staff,
    /// Single-use slips (`p`): each respondent needs a slip, and the summary counts each slip once.
    pub slips: bool,
    /// The slip a slip's own link opens the survey with (`pc`); `None` on the survey link.
    pub slip: Option<Slip>,
    /// The slips' key and how many were printed (`pk`, `pn`): the organizer's, written only in
    /// the summary link, never in a link that staff open.
    pub slip_check: Option<SlipCheck>,
    /// The organization's own statements, in order (`q1en` … `q3es`), at most
    /// [`MAX_OWN_STATEMENTS`]. Their wording is bound into the codes' tag.
    pub statements: Vec<OwnStatement>,
}

impl SurveyLink {
    /// The settings as a link carries them: the reader trims every value, so a form trims them too
    /// before it checks them (a unit "ICU " is the unit "ICU").
    pub fn trimmed(&self) -> SurveyLink {
        SurveyLink {
            id: self.id.trim().to_string(),
            title: self.title.trim().to_string(),
            organization: self.organization.trim().to_string(),
            units: self.units.iter().map(|u| u.trim().to_string()).collect(),
            send_to: self.send_to.trim().to_string(),
            statements: self
                .statements
                .iter()
                .map(|s| OwnStatement {
                    en: s.en.trim().to_string(),
                    es: s.es.trim().to_string(),
                })
                .collect(),
            ..self.clone()
        }
    }

    /// A survey with identifier `id` and nothing else yet: no title, no units, no role question,
    /// the default minimum group size.
    pub fn new(id: String) -> SurveyLink {
        SurveyLink {
            id,
            title: String::new(),
            organization: String::new(),
            units: Vec::new(),
            asks_role: false,
            lang: None,
            min_group: MIN_GROUP_DEFAULT,
            send_to: String::new(),
            deniability: None,
            shared: false,
            staff: Staff::default(),
            slips: false,
            slip: None,
            slip_check: None,
            statements: Vec::new(),
        }
    }

    /// The same survey for a shared device (`true`) or a personal one: the link differs only in
    /// `k`, and codes made under either are counted together.
    pub fn on_device(&self, shared: bool) -> SurveyLink {
        SurveyLink {
            shared,
            ..self.clone()
        }
    }

    /// The code-relevant shape of this survey.
    pub fn shape(&self) -> Shape {
        Shape {
            id: self.id.clone(),
            // Parsing and building both cap units at MAX_UNITS, which fits a u8.
            units: u8::try_from(self.units.len()).unwrap_or(MAX_UNITS),
            asks_role: self.asks_role,
            deniability: self.deniability,
            statements: self.statements.clone(),
        }
    }

    /// The settings as a fragment query (`v=1&id=…`), without `#/survey?`.
    pub fn to_query(&self) -> String {
        let mut out = Query::default();
        // The lowest version that knows every setting written (LINK_VERSION's note says why).
        let version = if !self.statements.is_empty() {
            "5"
        } else if self.slips {
            "4"
        } else if self.shared {
            "3"
        } else if self.deniability.is_some() {
            "2"
        } else {
            "1"
        };
        out.append_pair(Field::Version.key(), version);
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
        for (slot, statement) in self.statements.iter().enumerate() {
            for (lang, text) in [(Lang::En, &statement.en), (Lang::Es, &statement.es)] {
                if !text.is_empty() {
                    out.append_pair(&statement_key(slot, lang), text);
                }
            }
        }
        if let Some(level) = self.deniability {
            out.append_pair(Field::Deniability.key(), &level.ratio().to_string());
        }
        if self.shared {
            out.append_pair(Field::Shared.key(), "1");
        }
        if self.slips {
            out.append_pair(Field::Slips.key(), "1");
        }
        if let Some(slip) = self.slip {
            out.append_pair(Field::Slip.key(), &slip.code().replace('-', ""));
        }
        out.0
    }

    /// The survey as its printed pages' footer names it: the title, then the organization after a
    /// dash when there is one.
    pub fn footer(&self) -> String {
        if self.organization.is_empty() {
            self.title.clone()
        } else {
            format!("{} — {}", self.title, self.organization)
        }
    }

    /// The organizer's query: the survey's settings ([`SurveyLink::to_query`]), then the staff
    /// invited (`h`, `hu`), which only the summary link and the setup page's edit link carry.
    pub fn to_summary_query(&self) -> String {
        let mut out = Query(self.to_query());
        if let Some(total) = self.staff.total {
            out.append_pair(Field::Staff.key(), &total.to_string());
        }
        if self.staff.units.iter().any(Option::is_some) {
            let per_unit: Vec<String> = self
                .staff
                .units
                .iter()
                .map(|n| n.map(|n| n.to_string()).unwrap_or_default())
                .collect();
            out.append_pair(Field::UnitStaff.key(), &per_unit.join(","));
        }
        if let Some(check) = self.slip_check {
            out.append_pair(Field::SlipsPrinted.key(), &check.count.to_string());
            out.append_pair(Field::SlipKey.key(), &check.key.to_text());
        }
        out.0
    }

    /// The URL fragment that opens this survey (`#/survey?…`): never the staff numbers.
    pub fn to_fragment(&self) -> String {
        format!("#/survey?{}", self.to_query())
    }

    /// The compact form of [`SurveyLink::to_fragment`] (`#/C/…`, `docs/link-format.md`, "The
    /// compact form"): the same settings in fewer bits, for a QR code. It opens the same survey.
    pub fn to_compact_fragment(&self) -> String {
        format!("#{COMPACT}{}", compact(&self.to_query()))
    }

    /// The settings of a survey link's fragment in either form, the readable `#/survey?…` or the
    /// compact `#/C/…`, read by [`SurveyLink::parse`].
    pub fn from_fragment(fragment: &str) -> Result<SurveyLink, LinkError> {
        let expanded;
        let query = match compact_payload(fragment) {
            Some(payload) => {
                expanded = expand(payload)?;
                &expanded
            }
            None => split_fragment(fragment).1,
        };
        // The survey page ignores the organizer's own settings (staff numbers, the slips' key),
        // which no link for staff carries: it neither reads nor checks them.
        SurveyLink::parse_with::<false>(query)
    }

    /// The URL fragment that opens this survey's summary page (`#/summary?…`): the same settings,
    /// so the page reads codes bound to this survey and applies its minimum group size and unit
    /// names, and the staff invited for the response rates.
    pub fn to_summary_fragment(&self) -> String {
        format!("#/summary?{}", self.to_summary_query())
    }

    /// Reads the settings from a fragment query and checks them with [`SurveyLink::validate`].
    /// Unknown settings are ignored, so a later version-1 link with an added optional setting
    /// still opens.
    pub fn parse(query: &str) -> Result<SurveyLink, LinkError> {
        SurveyLink::parse_with::<true>(query)
    }

    /// [`SurveyLink::parse`], reading the organizer's own settings (`h`, `hu`, `pn`, `pk`) only
    /// when `ORGANIZER`; otherwise they are ignored as unknown keys are.
    fn parse_with<const ORGANIZER: bool>(query: &str) -> Result<SurveyLink, LinkError> {
        if query.trim().is_empty() {
            return Err(LinkError::NoSettings);
        }
        let mut seen = Seen::default();
        let mut link = SurveyLink::new(String::new());
        let mut version = None;
        let (mut printed, mut slip_key) = (None, None);
        // A query with no setting this version knows (a space, a stray word) has no settings.
        let mut known = false;
        // The statements by number; one left empty in both languages is no statement.
        let mut statements: [OwnStatement; MAX_OWN_STATEMENTS] = Default::default();
        let mut statement_keys = 0u8;
        for pair in query.split('&') {
            let Some((key, value)) = form_urlencoded::parse(pair.as_bytes()).next() else {
                continue;
            };
            if let Some((slot, lang)) = statement_of(&key) {
                let field = Field::Statement;
                if !escapes_whole(pair) {
                    return Err(LinkError::Damaged(field));
                }
                let bit = 1 << (slot * 2 + usize::from(lang == Lang::Es));
                if statement_keys & bit != 0 {
                    return Err(LinkError::Repeated(field));
                }
                statement_keys |= bit;
                let text = value.trim().to_string();
                match lang {
                    Lang::En => statements[slot].en = text,
                    Lang::Es => statements[slot].es = text,
                }
                continue;
            }
            let Some(field) = Field::from_key(&key) else {
                continue;
            };
            known = true;
            if !escapes_whole(pair) {
                return Err(LinkError::Damaged(field));
            }
            // Units repeat; every other setting may appear once.
            if field != Field::Unit {
                seen.once(field)?;
            }
            let value = value.trim();
            match field {
                Field::Version => {
                    version = Some(
                        value
                            .parse::<u32>()
                            .map_err(|_| LinkError::Invalid(Field::Version))?,
                    );
                }
                Field::Id => {
                    link.id = value.to_string();
                }
                Field::Title => {
                    link.title = value.to_string();
                }
                Field::Organization => {
                    link.organization = value.to_string();
                }
                Field::Unit => {
                    // Checked here as well as in `validate`, so a link of a million units stops
                    // at the first one too many.
                    if link.units.len() >= usize::from(MAX_UNITS) {
                        return Err(LinkError::TooManyUnits);
                    }
                    link.units.push(value.to_string());
                }
                Field::Role | Field::Shared | Field::Slips => {
                    let yes = match value {
                        "1" => true,
                        "0" => false,
                        _ => return Err(LinkError::Invalid(field)),
                    };
                    match field {
                        Field::Role => link.asks_role = yes,
                        Field::Shared => link.shared = yes,
                        _ => link.slips = yes,
                    }
                }
                Field::Slip => {
                    link.slip = Some(Slip::read(value).map_err(|_| LinkError::Invalid(field))?);
                }
                Field::SlipsPrinted if ORGANIZER => {
                    printed =
                        Some(parse_slips(value).ok_or(LinkError::Invalid(Field::SlipsPrinted))?);
                }
                Field::SlipKey if ORGANIZER => {
                    slip_key =
                        Some(SlipKey::parse(value).ok_or(LinkError::Invalid(Field::SlipKey))?);
                }
                Field::Language => {
                    link.lang =
                        Some(Lang::from_tag(value).ok_or(LinkError::Invalid(Field::Language))?);
                }
                Field::MinGroup => {
                    link.min_group = parse_min_group(value)?;
                }
                Field::SendTo => {
                    link.send_to = value.to_string();
                }
                Field::Staff if ORGANIZER => {
                    link.staff.total =
                        Some(parse_staff(value).ok_or(LinkError::Invalid(Field::Staff))?);
                }
                Field::UnitStaff if ORGANIZER => {
                    link.staff.units = value
                        .split(',')
                        .map(|entry| match entry.trim() {
                            "" => Some(None),
                            entry => parse_staff(entry).map(Some),
                        })
                        .collect::<Option<Vec<_>>>()
                        .ok_or(LinkError::Invalid(Field::UnitStaff))?;
                }
                // The organizer's settings, on the survey page: ignored, as unknown keys are; and
                // statements, which are read by their numbered keys above.
                Field::Staff
                | Field::UnitStaff
                | Field::SlipsPrinted
                | Field::SlipKey
                | Field::Statement => {}
                Field::Deniability => {
                    // One digit, as written: no sign, no leading zero.
                    let ratio = match value.as_bytes() {
                        [digit @ b'0'..=b'9'] => u64::from(digit - b'0'),
                        _ => return Err(LinkError::Invalid(Field::Deniability)),
                    };
                    link.deniability = Some(
                        Deniability::from_ratio(ratio)
                            .ok_or(LinkError::Invalid(Field::Deniability))?,
                    );
                }
            }
        }
        match version {
            None if !known => return Err(LinkError::NoSettings),
            None => return Err(LinkError::Missing(Field::Version)),
            Some(0) => return Err(LinkError::Invalid(Field::Version)),
            Some(v) if v > LINK_VERSION => return Err(LinkError::NewerVersion(v)),
            Some(_) => {}
        }
        link.statements = statements
            .into_iter()
            .filter(|s| !s.en.is_empty() || !s.es.is_empty())
            .collect();
        link.slip_check = match (slip_key, printed) {
            (Some(key), Some(count)) => Some(SlipCheck { key, count }),
            (None, None) => None,
            (None, Some(_)) => return Err(LinkError::Missing(Field::SlipKey)),
            (Some(_), None) => return Err(LinkError::Missing(Field::SlipsPrinted)),
        };
        link.validate()?;
        Ok(link)
    }

    /// Checks every setting against the rules of `docs/link-format.md`: the one validation that
    /// links, the summary page's form and the setup page all go through. The first problem found
    /// is returned, in the order the settings are listed there.
    pub fn validate(&self) -> Result<(), LinkError> {
        self.problems().into_iter().next().map_or(Ok(()), Err)
    }

    /// Every problem [`SurveyLink::validate`] would name, in the same order, so a form can show
    /// each beside its field: the rules of `docs/link-format.md`, written once. A unit's problem
    /// is also given by [`SurveyLink::unit_problem`].
    pub fn problems(&self) -> Vec<LinkError> {
        let mut problems = Vec::new();
        if self.id.is_empty() {
            problems.push(LinkError::Missing(Field::Id));
        } else if !valid_id(&self.id) {
            problems.push(LinkError::Invalid(Field::Id));
        }
        if self.title.trim().is_empty() {
            problems.push(LinkError::Missing(Field::Title));
        }
        problems.extend(check_text(&self.title, Field::Title, MAX_NAME).err());
        problems.extend(check_text(&self.organization, Field::Organization, MAX_NAME).err());
        if self.units.len() > usize::from(MAX_UNITS) {
            problems.push(LinkError::TooManyUnits);
        }
        problems.extend((0..self.units.len()).filter_map(|index| self.unit_problem(index)));
        if !(MIN_GROUP_FLOOR..=MIN_GROUP_CEILING).contains(&self.min_group) {
            problems.push(LinkError::Invalid(Field::MinGroup));
        }
        problems.extend(check_text(&self.send_to, Field::SendTo, MAX_SEND_TO).err());
        let in_range = |n: &u64| (1..=MAX_STAFF).contains(n);
        if self.staff.total.is_some_and(|n| !in_range(&n)) {
            problems.push(LinkError::Invalid(Field::Staff));
        }
        let units = &self.staff.units;
        if !units.is_empty()
            && (units.len() != self.units.len() || units.iter().flatten().any(|n| !in_range(n)))
        {
            problems.push(LinkError::Invalid(Field::UnitStaff));
        }
        // A slip, or the slips' key, belongs only to a survey with slips.
        if !self.slips && self.slip.is_some() {
            problems.push(LinkError::Invalid(Field::Slip));
        }
        if !self.slips && self.slip_check.is_some() {
            problems.push(LinkError::Invalid(Field::SlipKey));
        }
        if self
            .slip_check
            .is_some_and(|check| !(1..=MAX_SLIPS).contains(&check.count))
        {
            problems.push(LinkError::Invalid(Field::SlipsPrinted));
        }
        if self.statements.len() > MAX_OWN_STATEMENTS {
            problems.push(LinkError::Invalid(Field::Statement));
        }
        problems.extend((0..self.statements.len()).filter_map(|s| self.statement_problem(s)));
        problems
    }

    /// What is wrong with the organization's statement `slot` (from 0): no words in either
    /// language, or a wording too long or with a control character.
    pub fn statement_problem(&self, slot: usize) -> Option<LinkError> {
        let statement = self.statements.get(slot)?;
        if statement.en.trim().is_empty() && statement.es.trim().is_empty() {
            return Some(LinkError::Missing(Field::Statement));
        }
        check_text(&statement.en, Field::Statement, MAX_OWN_STATEMENT)
            .and(check_text(
                &statement.es,
                Field::Statement,
                MAX_OWN_STATEMENT,
            ))
            .err()
    }

    /// What is wrong with the unit at `index` (from 0): empty, too long, a control character, or
    /// the same name as an earlier unit.
    pub fn unit_problem(&self, index: usize) -> Option<LinkError> {
        let unit = self.units.get(index)?;
        if unit.trim().is_empty() {
            return Some(LinkError::Invalid(Field::Unit));
        }
        if let Err(problem) = check_text(unit, Field::Unit, MAX_UNIT_NAME) {
            return Some(problem);
        }
        self.units
            .get(..index)
            .unwrap_or_default()
            .contains(unit)
            .then(|| LinkError::DuplicateUnit(unit.clone()))
    }
}

/// The key of the organization's statement `slot` (from 0) in `lang`: `q1en`, `q1es`, …,
/// `q3es` (`docs/link-format.md`).
pub fn statement_key(slot: usize, lang: Lang) -> String {
    format!("q{}{}", slot + 1, lang.tag())
}

/// The statement and language a key names ([`statement_key`] read back), or `None`.
fn statement_of(key: &str) -> Option<(usize, Lang)> {
    let (&[b'q', digit @ b'1'..=b'9'], tag) = key.as_bytes().split_first_chunk::<2>()? else {
        return None;
    };
    let slot = usize::from(digit - b'1');
    let lang = Lang::ALL
        .into_iter()
        .find(|lang| lang.tag().as_bytes() == tag)?;
    (slot < MAX_OWN_STATEMENTS).then_some((slot, lang))
}

/// Reads a number of slips as typed or linked: a whole number from 1 to [`MAX_SLIPS`], digits
/// only, no leading zero.
pub fn parse_slips(value: &str) -> Option<u16> {
    let value = value.trim();
    if value.starts_with('0') || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value.parse().ok().filter(|n| (1..=MAX_SLIPS).contains(n))
}

/// Reads a minimum group size as typed or linked: a whole number from [`MIN_GROUP_FLOOR`] to
/// [`MIN_GROUP_CEILING`]; empty means [`MIN_GROUP_DEFAULT`] in a form, but not in a link, where
/// `m=` with no value is refused like any other damaged value.
pub fn parse_min_group(value: &str) -> Result<u8, LinkError> {
    value
        .trim()
        .parse::<u8>()
        .ok()
        .filter(|m| (MIN_GROUP_FLOOR..=MIN_GROUP_CEILING).contains(m))
        .ok_or(LinkError::Invalid(Field::MinGroup))
}

/// A number of staff as linked: a whole number from 1 to [`MAX_STAFF`], digits only, no leading
/// zero.
pub fn parse_staff(value: &str) -> Option<u64> {
    let digits = value.bytes().all(|b| b.is_ascii_digit()) && !value.starts_with('0');
    value
        .parse()
        .ok()
        .filter(|n| digits && (1..=MAX_STAFF).contains(n))
}

/// Whether every `%` in one `key=value` pair is followed by two hexadecimal digits. A link cut
/// short inside an escape (`t=%E0%A4%A`) fails this; read leniently, it would show a title with a
/// stray `%` and a replacement character.
fn escapes_whole(pair: &str) -> bool {
    let bytes = pair.as_bytes();
    bytes.iter().enumerate().all(|(at, &byte)| {
        byte != b'%'
            || bytes
                .get(at + 1..at + 3)
                .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit))
    })
}

/// Whether `id` can be a survey identifier: 6–32 characters from a set that survives any URL and
/// any messaging app unchanged.
pub fn valid_id(id: &str) -> bool {
    ID_LENGTH.contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn check_text(value: &str, field: Field, max: usize) -> Result<(), LinkError> {
    if value.chars().count() > max {
        return Err(LinkError::TooLong { field, max });
    }
    // Control characters have no business in a title and could garble the page's text; a
    // replacement character means bytes that were not UTF-8 (a damaged link).
    if value.chars().any(|c| c.is_control() || c == '\u{FFFD}') {
        return Err(LinkError::Invalid(field));
    }
    Ok(())
}

/// Writes `key=value` pairs as a browser's form does (`application/x-www-form-urlencoded`): the
/// characters `A–Z a–z 0–9 - . _ *` as they are, a space as `+`, every other byte of the UTF-8 as
/// `%XX`. Written here rather than with `form_urlencoded::Serializer` because that encoder's
/// 256-entry table cost the organizer's page more than this whole function; `parse` still reads
/// links with `form_urlencoded::parse`.
#[derive(Default)]
struct Query(String);

impl Query {
    fn append_pair(&mut self, key: &str, value: &str) {
        const HEX: &[u8; 16] = b"0123456789ABCDEF";
        if !self.0.is_empty() {
            self.0.push('&');
        }
        self.0.push_str(key);
        self.0.push('=');
        for byte in value.bytes() {
            match byte {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => {
                    self.0.push(char::from(byte))
                }
                b' ' => self.0.push('+'),
                _ => {
                    self.0.push('%');
                    self.0.push(char::from(HEX[usize::from(byte >> 4)]));
                    self.0.push(char::from(HEX[usize::from(byte & 15)]));
                }
            }
        }
    }
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
    use crate::lang::Explain;

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
            deniability: None,
            shared: false,
            staff: Staff::default(),
            slips: false,
            slip: None,
            slip_check: None,
            statements: Vec::new(),
        }
    }

    #[test]
    fn the_documented_example_opens() {
        assert_eq!(SurveyLink::parse(DOC_EXAMPLE), Ok(example()));
        assert_eq!(example().to_query(), DOC_EXAMPLE);
        let survey = example().shape();
        assert_eq!((survey.units, survey.asks_role), (3, true));
    }

    #[test]
    fn the_footer_names_the_survey_and_its_organization() {
        let mut link = example();
        assert_eq!(
            link.footer(),
            "Staff wellbeing 2026 — Riverside Community Hospital"
        );
        link.organization.clear();
        assert_eq!(link.footer(), "Staff wellbeing 2026");
    }

    #[test]
    fn the_summary_link_carries_the_same_settings() {
        let fragment = example().to_summary_fragment();
        assert_eq!(fragment, format!("#/summary?{DOC_EXAMPLE}"));
        let (route, query) = split_fragment(&fragment);
        assert_eq!(route, "/summary");
        assert_eq!(SurveyLink::parse(query), Ok(example()));
    }

    /// A deniable link says version 2, so that a Candor reading only version 1 refuses it rather
    /// than run the survey without deniability; every other link stays version 1.
    #[test]
    fn only_a_deniable_link_is_version_two() {
        let mut link = example();
        assert!(link.to_query().starts_with("v=1&"));
        link.deniability = Some(Deniability::Standard);
        let query = link.to_query();
        assert!(
            query.starts_with("v=2&") && query.ends_with("&d=3"),
            "{query}"
        );
        assert_eq!(SurveyLink::parse(&query), Ok(link.clone()));
        // A form's trimmed settings keep it too.
        assert_eq!(link.trimmed(), link);
        link.deniability = Some(Deniability::Strong);
        assert!(link.to_query().ends_with("&d=2"));
    }

    /// A shared-device link says version 3, deniable or not, so that a Candor without the setting
    /// refuses it rather than keep answers on a shared device; it differs from the personal link
    /// only in `k` and the version, and makes the same codes.
    #[test]
    fn a_shared_device_link_is_version_three() {
        for deniability in [None, Some(Deniability::Standard)] {
            let mut personal = example();
            personal.deniability = deniability;
            let shared = personal.on_device(true);
            let query = shared.to_query();
            assert!(
                query.starts_with("v=3&") && query.ends_with("&k=1"),
                "{query}"
            );
            assert_eq!(SurveyLink::parse(&query), Ok(shared.clone()));
            assert_eq!(shared.shape(), personal.shape());
            assert_eq!(shared.on_device(false), personal);
            assert_eq!(shared.trimmed(), shared);
        }
        // Read under any version; `k=0` is the personal link.
        let read = SurveyLink::parse("v=1&id=ABCDEF&t=x&k=0").map(|l| l.shared);
        assert_eq!(read, Ok(false));
        assert_eq!(
            SurveyLink::parse("v=3&id=ABCDEF&t=x&k=1").map(|l| l.shared),
            Ok(true)
        );
    }

    #[test]
    fn a_slip_link_is_version_four_and_only_the_summary_holds_the_key() {
        let key = SlipKey::from_bytes(std::array::from_fn(|i| i as u8));
        let mut link = example();
        link.slips = true;
        link.slip_check = Some(SlipCheck { key, count: 20 });
        let query = link.to_query();
        assert!(
            query.starts_with("v=4&") && query.ends_with("&p=1"),
            "{query}"
        );
        let summary = link.to_summary_query();
        assert!(
            summary.ends_with("&p=1&pn=20&pk=00041061050R3GG28A1C60T3GF"),
            "{summary}"
        );
        assert_eq!(SurveyLink::parse(&summary), Ok(link.clone()));
        // A slip's link: the survey link and the slip code, never the key.
        let slip = SurveyLink {
            slip: Some(key.slip(1)),
            ..link.clone()
        };
        assert!(slip.to_query().ends_with("&p=1&pc=008DDJ0J2"));
        let read = SurveyLink::parse(&slip.to_query()).unwrap();
        assert_eq!((read.slip, read.slip_check), (Some(key.slip(1)), None));
        // The slip code is read as typed: any case, dashes.
        let typed = SurveyLink::parse("v=4&id=ABCDEF&t=x&p=1&pc=008-ddj-0j2").unwrap();
        assert_eq!(typed.slip, Some(key.slip(1)));
        // Slips change no code's shape.
        assert_eq!(link.shape(), example().shape());
    }

    #[test]
    fn each_problem_is_named() {
        let cases = [
            ("", LinkError::NoSettings),
            ("id=ABCDEF&t=x", LinkError::Missing(Field::Version)),
            ("v=6&id=ABCDEF&t=x", LinkError::NewerVersion(6)),
            ("v=4&id=ABCDEF&t=x&p=2", LinkError::Invalid(Field::Slips)),
            ("v=4&id=ABCDEF&t=x&pc=7KQ", LinkError::Invalid(Field::Slip)),
            (
                "v=4&id=ABCDEF&t=x&p=0&pc=000000000",
                LinkError::Invalid(Field::Slip),
            ),
            (
                "v=4&id=ABCDEF&t=x&p=1&pn=0&pk=1",
                LinkError::Invalid(Field::SlipsPrinted),
            ),
            (
                "v=4&id=ABCDEF&t=x&p=1&pn=4001",
                LinkError::Invalid(Field::SlipsPrinted),
            ),
            (
                "v=4&id=ABCDEF&t=x&p=1&pn=20",
                LinkError::Missing(Field::SlipKey),
            ),
            (
                "v=4&id=ABCDEF&t=x&p=1&pk=x",
                LinkError::Invalid(Field::SlipKey),
            ),
            ("v=3&id=ABCDEF&t=x&k=yes", LinkError::Invalid(Field::Shared)),
            (
                "v=3&id=ABCDEF&t=x&k=1&k=1",
                LinkError::Repeated(Field::Shared),
            ),
            (
                "v=2&id=ABCDEF&t=x&d=4",
                LinkError::Invalid(Field::Deniability),
            ),
            (
                "v=2&id=ABCDEF&t=x&d=",
                LinkError::Invalid(Field::Deniability),
            ),
            (
                "v=2&id=ABCDEF&t=x&d=%2B3",
                LinkError::Invalid(Field::Deniability),
            ),
            (
                "v=2&id=ABCDEF&t=x&d=03",
                LinkError::Invalid(Field::Deniability),
            ),
            (
                "v=2&id=ABCDEF&t=x&d=3&d=3",
                LinkError::Repeated(Field::Deniability),
            ),
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
            // Cut short inside an escape, a bad escape, bytes that are not UTF-8.
            ("v=1&id=ABCDEF&t=%E0%A4%A", LinkError::Damaged(Field::Title)),
            ("v=1&id=ABCDEF&t=%E0%A4", LinkError::Invalid(Field::Title)),
            ("v=1&id=ABCDEF&t=100%", LinkError::Damaged(Field::Title)),
            ("v=1&id=ABCDEF&t=%+1x", LinkError::Damaged(Field::Title)),
            ("v=1&id=ABCDEF&t=%FF", LinkError::Invalid(Field::Title)),
            ("v=1&id=ABCDEF%", LinkError::Damaged(Field::Id)),
            ("v=1&id=ABCDEF&t=x&u=A%2", LinkError::Damaged(Field::Unit)),
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
    fn values_are_encoded_as_a_browser_form_encodes_them() {
        for value in [
            "plain",
            "a b+c&d=e",
            "ñ — «x» 100%",
            "*-._~!'()",
            "\u{1F3E5}\n\t",
        ] {
            let mut ours = Query::default();
            ours.append_pair("t", value);
            let theirs = form_urlencoded::Serializer::new(String::new())
                .append_pair("t", value)
                .finish();
            assert_eq!(ours.0, theirs, "{value}");
        }
    }

    #[test]
    fn staff_numbers_are_read_and_checked() {
        let base = "v=1&id=K7M2Q9XT4B&t=T&u=A&u=B&u=C";
        let link = SurveyLink::parse(&format!("{base}&h=120&hu=30,,7")).unwrap();
        assert_eq!(
            link.staff,
            Staff {
                total: Some(120),
                units: vec![Some(30), None, Some(7)]
            }
        );
        assert_eq!(
            link.to_summary_query(),
            format!("{base}&h=120&hu=30%2C%2C7")
        );
        assert_eq!(link.to_query(), base);
        for bad in ["h=0", "h=012", "h=-3", "h=1000001", "h=", "h=2.5"] {
            assert_eq!(
                SurveyLink::parse(&format!("{base}&{bad}")),
                Err(LinkError::Invalid(Field::Staff)),
                "{bad}"
            );
        }
        for bad in ["hu=1,2", "hu=1,2,3,4", "hu=1,0,3", "hu=a,,"] {
            assert_eq!(
                SurveyLink::parse(&format!("{base}&{bad}")),
                Err(LinkError::Invalid(Field::UnitStaff)),
                "{bad}"
            );
        }
    }

    #[test]
    fn every_key_reads_back_as_its_setting() {
        for field in Field::ALL {
            assert_eq!(Field::from_key(field.key()), Some(field));
        }
        assert_eq!(Field::from_key("x"), None);
    }

    #[test]
    fn deniability_is_one_known_digit_as_written() {
        let base = "v=2&id=K7M2Q9XT4B&t=T";
        for d in ["3", "2"] {
            let link = SurveyLink::parse(&format!("{base}&d={d}")).unwrap();
            assert_eq!(link.deniability.map(Deniability::ratio), d.parse().ok());
        }
        // A "+" is a space in a link (and values are trimmed); "%2B" is a plus sign.
        for d in ["03", "%2B3", "4", "1", "0", "", "3+3", "%33x"] {
            assert_eq!(
                SurveyLink::parse(&format!("{base}&d={d}")),
                Err(LinkError::Invalid(Field::Deniability)),
                "d={d}"
            );
        }
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
            LinkError::Damaged(Field::Title),
            LinkError::CompactDamaged,
            LinkError::CompactNewer(2),
        ];
        for lang in Lang::ALL {
            let messages: std::collections::HashSet<_> =
                errors.iter().map(|e| e.message(lang)).collect();
            assert_eq!(messages.len(), errors.len());
        }
        assert_ne!(errors[0].message(Lang::En), errors[0].message(Lang::Es));
    }
}
