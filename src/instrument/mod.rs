//! The survey definition as data: items, response scales, the constructs they measure, sections;
//! the report's guidance (suggested organizational actions, published reference figures) and
//! the respondents' wording kept apart, so that each page carries only what it shows.
//!
//! An instrument is `&'static` data compiled into the binary (no parsing at run time keeps the
//! WebAssembly small). The scoring engine, the code and the report read only this data, so another
//! instrument can be added by writing another `Instrument` value and nothing else.

mod default;

use crate::lang::{Lang, Text};

pub use default::{DEFAULT, DEFAULT_GUIDANCE, DEFAULT_WORDING};

/// Number of levels a lever is scored on (the rounded mean of five-point statements).
pub const LEVER_LEVELS: u8 = 5;

/// The most units an organizer can list. Bounds the code's width, so it is part of the format.
pub const MAX_UNITS: u8 = 30;

/// The most levers an instrument may have (the tally keeps per-lever flags in a fixed array).
pub const MAX_LEVERS: usize = 16;

/// The most options a "choose several" item may offer; a chosen set is kept as a 16-bit mask.
pub const MAX_SEVERAL_OPTIONS: usize = 16;

/// A complete survey definition.
#[derive(Debug)]
pub struct Instrument {
    /// Stable identifier. It enters every code's survey tag, so changing it orphans old codes.
    pub id: &'static str,
    /// Every question, in no particular order (sections give the order).
    pub items: &'static [Item],
    /// The order in which items are shown, one section per screen.
    pub sections: &'static [Section],
    /// The burnout self-classification.
    pub burnout: Burnout,
    /// Single-item outcomes (satisfaction, stress, …), each binned favourable/neutral/unfavourable.
    pub outcomes: &'static [Outcome],
    /// The organizational levers (drivers), each measured by agreement statements.
    pub levers: &'static [Lever],
    /// Id of the "choose up to k changes" item.
    pub priorities: &'static str,
    /// Id of the optional unit item (its options come from the survey settings).
    pub unit: &'static str,
    /// Id of the optional broad-role item.
    pub role: &'static str,
}

/// One question.
#[derive(Debug)]
pub struct Item {
    /// Stable identifier, unique within the instrument. Its words are in the [`Wording`].
    pub id: &'static str,
    /// How it is answered.
    pub response: Response,
}

/// How an item is answered.
#[derive(Debug)]
pub enum Response {
    /// One option of an ordered response scale; option 0 is the first listed.
    Scale(&'static ResponseScale),
    /// Any set of at most `max` options (unordered).
    Several {
        /// The options.
        options: &'static [Text],
        /// The most options one person may choose.
        max: u8,
    },
    /// One of the organizer's units; the names come from the survey settings.
    Unit,
    /// One of a few unordered categories.
    OneOf(&'static [Text]),
}

/// An ordered response scale, listed from the lowest to the highest value.
#[derive(Debug)]
pub struct ResponseScale {
    /// Stable identifier.
    pub id: &'static str,
    /// How many points it has; their words, lowest first, are in the [`Wording`].
    pub points: u8,
}

/// A group of items shown together on one screen.
#[derive(Debug)]
pub struct Section {
    /// Stable identifier; its heading is in the [`Wording`].
    pub id: &'static str,
    /// Ids of the items, in order.
    pub items: &'static [&'static str],
}

/// The burnout self-classification and where burnout starts.
#[derive(Debug)]
pub struct Burnout {
    /// Id of the item (a scale item whose options are the levels, lowest first).
    pub item: &'static str,
    /// The lowest level (1-based) that counts as burnout.
    pub threshold: u8,
    /// The lowest level (1-based) from which the respondent's own results offer support resources.
    pub support_from: u8,
}

/// A single-item outcome such as job satisfaction.
#[derive(Debug)]
pub struct Outcome {
    /// Stable identifier.
    pub id: &'static str,
    /// Short name for the report.
    pub name: Text,
    /// Id of the scale item.
    pub item: &'static str,
    /// True when the scale's high end is the unhealthy one (e.g. stress).
    pub reverse: bool,
    /// Where the bins start, on the oriented scale (1 = least healthy).
    pub cutoffs: Cutoffs,
}

/// Bins on an oriented 1..=k scale: `..=unfavourable_max` unfavourable, `favourable_min..`
/// favourable, anything between neutral.
#[derive(Clone, Copy, Debug)]
pub struct Cutoffs {
    /// Highest oriented value that is unfavourable.
    pub unfavourable_max: u8,
    /// Lowest oriented value that is favourable.
    pub favourable_min: u8,
}

/// An organizational lever (driver of burnout).
#[derive(Debug)]
pub struct Lever {
    /// Stable identifier.
    pub id: &'static str,
    /// Short name.
    pub name: Text,
    /// The agreement statements that measure it.
    pub statements: &'static [Statement],
}

/// One statement of a lever.
#[derive(Clone, Copy, Debug)]
pub struct Statement {
    /// Id of the (five-point agreement) item.
    pub item: &'static str,
    /// True when agreeing is the unhealthy direction, so the answer is flipped before averaging.
    pub reverse: bool,
}

/// The words respondents read: each item's question, each section's heading, the words of each
/// response scale's points and what each lever is, by id. Kept
/// apart from the [`Instrument`] so that the organizer's page, which never asks a question, does
/// not carry them (a static's every reference is linked into each page that uses it).
#[derive(Debug)]
pub struct Wording {
    /// The id of the instrument these are the words of.
    pub instrument: &'static str,
    /// Each item's question or statement, by item id.
    pub prompts: &'static [(&'static str, Text)],
    /// Each section's heading, by section id.
    pub sections: &'static [(&'static str, Text)],
    /// One sentence on what each lever is, by lever id, for the respondent's own results.
    pub levers: &'static [(&'static str, Text)],
    /// The words of each response scale's points, lowest first, by scale id.
    pub scales: &'static [(&'static str, &'static [Text])],
}

impl Wording {
    /// The question of item `id`.
    pub fn prompt(&self, id: &str) -> Option<Text> {
        by_id(self.prompts, id)
    }

    /// The words of the points of the response scale `id`, lowest first.
    pub fn scale(&self, id: &str) -> &'static [Text] {
        by_id(self.scales, id).unwrap_or_default()
    }

    /// The words of burnout level `level` (1-based) of `instrument`, as the respondent chose them.
    pub fn burnout_level(&self, instrument: &Instrument, level: u8) -> Option<Text> {
        let scale = instrument.item(instrument.burnout.item)?.scale()?;
        self.scale(scale.id)
            .get(usize::from(level).checked_sub(1)?)
            .copied()
    }

    /// What lever `id` is, in one sentence.
    pub fn lever(&self, id: &str) -> Option<Text> {
        by_id(self.levers, id)
    }

    /// The heading of section `id`.
    pub fn section(&self, id: &str) -> Option<Text> {
        by_id(self.sections, id)
    }

    /// Checks that these are the words of `instrument`: one question for every item and one
    /// heading for every section, each in every language, and nothing for what does not exist.
    pub fn check(&self, instrument: &Instrument) -> Result<(), InstrumentError> {
        if self.instrument != instrument.id
            || self.prompts.len() != instrument.items.len()
            || self.sections.len() != instrument.sections.len()
            || self.levers.len() != instrument.levers.len()
        {
            return Err(InstrumentError::BadRange("wording"));
        }
        for item in instrument.items {
            let prompt = self
                .prompt(item.id)
                .ok_or(InstrumentError::UnknownItem(item.id))?;
            check_text(item.id, prompt)?;
        }
        for section in instrument.sections {
            let heading = self
                .section(section.id)
                .ok_or(InstrumentError::UnknownItem(section.id))?;
            check_text(section.id, heading)?;
        }
        for item in instrument.items {
            if let Some(scale) = item.scale() {
                let points = self.scale(scale.id);
                if points.len() != usize::from(scale.points) {
                    return Err(InstrumentError::BadRange(scale.id));
                }
                points.iter().try_for_each(|p| check_text(item.id, *p))?;
            }
        }
        for lever in instrument.levers {
            let description = self
                .lever(lever.id)
                .ok_or(InstrumentError::UnknownItem(lever.id))?;
            check_text(lever.id, description)?;
        }
        Ok(())
    }
}

/// What only the report shows: what the organization can do when a lever is weak, and the
/// published figures to read the burnout share against. Kept apart from the [`Instrument`] so that
/// the respondents' page, which shows neither, does not carry them; the report finds an
/// instrument's guidance with [`guidance`].
#[derive(Debug)]
pub struct Guidance {
    /// The id of the instrument this guidance is for.
    pub instrument: &'static str,
    /// Suggested organizational actions, by lever id.
    pub actions: &'static [(&'static str, &'static [Text])],
    /// Published figures, for everyone their studies surveyed or for one role group.
    pub references: &'static [Reference],
}

/// No actions and no figures: the guidance of an instrument that has none.
static NO_GUIDANCE: Guidance = Guidance {
    instrument: "",
    actions: &[],
    references: &[],
};

/// The guidance for `instrument`: the built-in instrument's, or none.
pub fn guidance(instrument: &Instrument) -> &'static Guidance {
    if instrument.id == DEFAULT_GUIDANCE.instrument {
        &DEFAULT_GUIDANCE
    } else {
        &NO_GUIDANCE
    }
}

impl Guidance {
    /// What the organization can do when lever `id` is weak.
    pub fn actions(&self, id: &str) -> &'static [Text] {
        by_id(self.actions, id).unwrap_or_default()
    }

    /// Checks this guidance against `instrument`: at least one action, in every language, for
    /// every lever and for nothing else; each figure a share, its texts in every language and its
    /// role one the instrument asks about. The tests run it on the built-in guidance; the report
    /// needs no check at run time, since missing guidance only means fewer suggestions.
    pub fn check(&self, instrument: &Instrument) -> Result<(), InstrumentError> {
        if self.instrument != instrument.id || self.actions.len() != instrument.levers.len() {
            return Err(InstrumentError::BadRange("guidance"));
        }
        for lever in instrument.levers {
            let actions = self.actions(lever.id);
            if actions.is_empty() {
                return Err(InstrumentError::Empty(lever.id));
            }
            actions.iter().try_for_each(|a| check_text(lever.id, *a))?;
        }
        for reference in self.references {
            check_text("reference", reference.source)?;
            check_text("reference", reference.measure)?;
            let role_fits = reference
                .role
                .is_none_or(|role| usize::from(role) < instrument.role_options().len());
            if !(0.0..=1.0).contains(&reference.share) || !role_fits {
                return Err(InstrumentError::BadRange("reference"));
            }
        }
        Ok(())
    }
}

/// A published figure for burnout prevalence.
#[derive(Debug, PartialEq)]
pub struct Reference {
    /// Who measured it and whom.
    pub source: Text,
    /// Year the survey was fielded.
    pub year: u16,
    /// How burnout was measured, so nobody mistakes it for our measure.
    pub measure: Text,
    /// Prevalence as a share (0.432 for 43.2%).
    pub share: f64,
    /// The broad role (position in the role question's options) the figure is about, shown only
    /// beside a breakdown by role; `None` for a figure about everyone it surveyed.
    pub role: Option<u8>,
}

/// The organizer's settings that change what a code can hold. Every code carries a tag derived
/// from these, so a code made under another survey link is recognised as such.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Shape {
    /// Identifier chosen by the setup page (random, travels in the link's fragment).
    pub id: String,
    /// How many units the organizer listed (0 = the unit question is not asked).
    pub units: u8,
    /// Whether the broad-role question is asked.
    pub asks_role: bool,
    /// Plausible deniability: each reported value randomized at this level, or `None`.
    pub deniability: Option<crate::randomized::Deniability>,
}

/// Why an instrument definition is unusable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InstrumentError {
    /// An identifier is empty.
    EmptyId,
    /// Two items, sections, outcomes or levers share an id.
    DuplicateId(&'static str),
    /// A text is missing in a language.
    EmptyText {
        /// The item or construct that holds it.
        owner: &'static str,
        /// The language it is missing in.
        lang: Lang,
    },
    /// A construct or section names an item that does not exist.
    UnknownItem(&'static str),
    /// An item is used by no construct, or by more than one.
    ItemNotInOneConstruct(&'static str),
    /// An item is in no section, or in more than one.
    ItemNotInOneSection(&'static str),
    /// An item's response does not fit the construct that uses it.
    WrongResponse(&'static str),
    /// A scale, cutoff, threshold or limit is out of range.
    BadRange(&'static str),
    /// A lever has no statements, or an outcome list, lever list or action list is empty.
    Empty(&'static str),
}

impl Shape {
    /// A survey with this id that asks neither the unit nor the role question.
    pub fn new(id: impl Into<String>) -> Shape {
        Shape {
            id: id.into(),
            units: 0,
            asks_role: false,
            deniability: None,
        }
    }
}

impl PartialEq for Instrument {
    /// Instruments are identified by their id: two definitions with one id would orphan codes.
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Instrument {
    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&'static Item> {
        self.items.iter().find(|item| item.id == id)
    }

    /// Position of the item with this id in [`Instrument::items`] (how answers are addressed).
    pub fn item_index(&self, id: &str) -> Option<usize> {
        self.items.iter().position(|item| item.id == id)
    }

    /// Number of burnout levels (options of the burnout item).
    pub fn burnout_levels(&self) -> u8 {
        self.item(self.burnout.item)
            .and_then(|item| item.scale())
            .map_or(0, |scale| scale.points)
    }

    /// The priority options and the most one person may choose.
    pub fn priority_options(&self) -> (&'static [Text], u8) {
        match self.item(self.priorities).map(|item| &item.response) {
            Some(Response::Several { options, max }) => (options, *max),
            _ => (&[], 0),
        }
    }

    /// The broad-role categories.
    pub fn role_options(&self) -> &'static [Text] {
        match self.item(self.role).map(|item| &item.response) {
            Some(Response::OneOf(options)) => options,
            _ => &[],
        }
    }

    /// Whether a survey of `shape` shows this item (the unit and role questions are the organizer's choice).
    pub fn asks(&self, shape: &Shape, item_id: &str) -> bool {
        if item_id == self.unit {
            shape.units > 0
        } else if item_id == self.role {
            shape.asks_role
        } else {
            self.item(item_id).is_some()
        }
    }

    /// The sections a survey of `shape` shows, in order, each with the indices of the items it
    /// asks; a section whose every item is switched off (unit and role not asked) is left out. The
    /// one rule of which sections a survey shows: the respondent's path and the setup page's
    /// preview both read it here.
    pub fn sections_for(&self, shape: &Shape) -> Vec<(&'static Section, Vec<usize>)> {
        let mut shown = Vec::new();
        for section in self.sections {
            let items: Vec<usize> = section
                .items
                .iter()
                .filter(|id| self.asks(shape, id))
                .filter_map(|id| self.item_index(id))
                .collect();
            if !items.is_empty() {
                shown.push((section, items));
            }
        }
        shown
    }

    /// Checks every rule the scoring engine and the code rely on, so that a broken definition is
    /// caught by a test rather than by a respondent.
    pub fn validate(&self) -> Result<(), InstrumentError> {
        if self.id.is_empty() {
            return Err(InstrumentError::EmptyId);
        }
        check_unique(self.items.iter().map(|item| item.id))?;
        check_unique(self.sections.iter().map(|section| section.id))?;
        check_unique(
            self.outcomes
                .iter()
                .map(|outcome| outcome.id)
                .chain(self.levers.iter().map(|lever| lever.id)),
        )?;
        for item in self.items {
            if item.id.is_empty() {
                return Err(InstrumentError::EmptyId);
            }
            check_item(item)?;
        }
        for section in self.sections {
            for id in section.items {
                self.item(id).ok_or(InstrumentError::UnknownItem(id))?;
            }
        }
        for item in self.items {
            let sections = self
                .sections
                .iter()
                .flat_map(|section| section.items.iter())
                .filter(|id| **id == item.id)
                .count();
            if sections != 1 {
                return Err(InstrumentError::ItemNotInOneSection(item.id));
            }
        }
        self.check_constructs()?;
        for item in self.items {
            if self.constructs_using(item.id) != 1 {
                return Err(InstrumentError::ItemNotInOneConstruct(item.id));
            }
        }
        Ok(())
    }

    fn check_constructs(&self) -> Result<(), InstrumentError> {
        let burnout = self.scale_of(self.burnout.item)?;
        let levels = usize::from(burnout.points);
        if !(2..=8).contains(&levels)
            || self.burnout.threshold < 2
            || usize::from(self.burnout.threshold) > levels
            || self.burnout.support_from < self.burnout.threshold
            || usize::from(self.burnout.support_from) > levels
        {
            return Err(InstrumentError::BadRange(self.burnout.item));
        }
        if self.outcomes.is_empty() {
            return Err(InstrumentError::Empty("outcomes"));
        }
        for outcome in self.outcomes {
            check_text(outcome.id, outcome.name)?;
            let k = usize::from(self.scale_of(outcome.item)?.points);
            let Cutoffs {
                unfavourable_max,
                favourable_min,
            } = outcome.cutoffs;
            if unfavourable_max < 1
                || favourable_min <= unfavourable_max
                || usize::from(favourable_min) > k
            {
                return Err(InstrumentError::BadRange(outcome.id));
            }
        }
        if self.levers.is_empty() {
            return Err(InstrumentError::Empty("levers"));
        }
        if self.levers.len() > MAX_LEVERS {
            return Err(InstrumentError::BadRange("levers"));
        }
        for lever in self.levers {
            check_text(lever.id, lever.name)?;
            if lever.statements.is_empty() {
                return Err(InstrumentError::Empty(lever.id));
            }
            for statement in lever.statements {
                // Lever levels are rounded means, so every statement must share the same five points.
                if self.scale_of(statement.item)?.points != LEVER_LEVELS {
                    return Err(InstrumentError::WrongResponse(statement.item));
                }
            }
        }
        match self.item(self.priorities).map(|item| &item.response) {
            Some(Response::Several { options, max }) => {
                if options.is_empty()
                    || options.len() > MAX_SEVERAL_OPTIONS
                    || *max == 0
                    || usize::from(*max) > options.len()
                {
                    return Err(InstrumentError::BadRange(self.priorities));
                }
            }
            Some(_) => return Err(InstrumentError::WrongResponse(self.priorities)),
            None => return Err(InstrumentError::UnknownItem(self.priorities)),
        }
        match self.item(self.unit).map(|item| &item.response) {
            Some(Response::Unit) => {}
            Some(_) => return Err(InstrumentError::WrongResponse(self.unit)),
            None => return Err(InstrumentError::UnknownItem(self.unit)),
        }
        match self.item(self.role).map(|item| &item.response) {
            Some(Response::OneOf(options)) if !options.is_empty() && options.len() < 32 => {}
            Some(_) => return Err(InstrumentError::WrongResponse(self.role)),
            None => return Err(InstrumentError::UnknownItem(self.role)),
        }
        Ok(())
    }

    fn scale_of(&self, id: &'static str) -> Result<&'static ResponseScale, InstrumentError> {
        self.item(id)
            .ok_or(InstrumentError::UnknownItem(id))?
            .scale()
            .ok_or(InstrumentError::WrongResponse(id))
    }

    fn constructs_using(&self, id: &str) -> usize {
        let single = [self.burnout.item, self.priorities, self.unit, self.role]
            .iter()
            .filter(|used| **used == id)
            .count();
        let outcomes = self.outcomes.iter().filter(|o| o.item == id).count();
        let statements = self
            .levers
            .iter()
            .flat_map(|lever| lever.statements.iter())
            .filter(|s| s.item == id)
            .count();
        single + outcomes + statements
    }
}

impl Item {
    /// The response scale, when the item is answered on one.
    pub fn scale(&self) -> Option<&'static ResponseScale> {
        match self.response {
            Response::Scale(scale) => Some(scale),
            _ => None,
        }
    }
}

/// The entry for `id` in a table keyed by id (the wording's and the guidance's tables).
fn by_id<T: Copy>(table: &[(&str, T)], id: &str) -> Option<T> {
    table
        .iter()
        .find(|(key, _)| *key == id)
        .map(|(_, value)| *value)
}

fn check_text(owner: &'static str, text: Text) -> Result<(), InstrumentError> {
    for lang in Lang::ALL {
        if text.get(lang).trim().is_empty() {
            return Err(InstrumentError::EmptyText { owner, lang });
        }
    }
    Ok(())
}

fn check_unique(ids: impl Iterator<Item = &'static str>) -> Result<(), InstrumentError> {
    let mut seen = std::collections::HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(InstrumentError::DuplicateId(id));
        }
    }
    Ok(())
}

fn check_item(item: &Item) -> Result<(), InstrumentError> {
    match item.response {
        Response::Scale(scale) if scale.points < 2 => Err(InstrumentError::BadRange(item.id)),
        Response::Scale(_) => Ok(()),
        Response::Several { options, .. } | Response::OneOf(options) => options
            .iter()
            .try_for_each(|option| check_text(item.id, *option)),
        Response::Unit => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_wording_is_the_default_instruments() {
        assert_eq!(DEFAULT_WORDING.check(&DEFAULT), Ok(()));
        let short = Wording {
            instrument: DEFAULT.id,
            prompts: DEFAULT_WORDING.prompts.get(1..).unwrap(),
            ..DEFAULT_WORDING
        };
        assert_eq!(
            short.check(&DEFAULT),
            Err(InstrumentError::BadRange("wording"))
        );
        let other = Wording {
            instrument: "another",
            ..DEFAULT_WORDING
        };
        assert!(other.check(&DEFAULT).is_err());
    }

    #[test]
    fn default_instrument_validates() {
        assert_eq!(DEFAULT.validate(), Ok(()));
    }

    #[test]
    fn default_instrument_has_the_promised_shape() {
        assert_eq!(DEFAULT.burnout_levels(), 5);
        assert_eq!(DEFAULT.burnout.threshold, 3);
        assert_eq!(DEFAULT.outcomes.len(), 4);
        assert_eq!(DEFAULT.levers.len(), 5);
        for lever in DEFAULT.levers {
            assert!((2..=3).contains(&lever.statements.len()), "{}", lever.id);
            assert!(
                (2..=3).contains(&DEFAULT_GUIDANCE.actions(lever.id).len()),
                "{}",
                lever.id
            );
        }
        let (priorities, max) = DEFAULT.priority_options();
        assert_eq!((priorities.len(), max), (10, 3));
        assert_eq!(DEFAULT.role_options().len(), 5);
        assert!((18..=22).contains(&DEFAULT.items.len()));
        assert!(DEFAULT_GUIDANCE.references.len() >= 2);
        assert_eq!(DEFAULT_GUIDANCE.check(&DEFAULT), Ok(()));
        assert!(std::ptr::eq(guidance(&DEFAULT), &DEFAULT_GUIDANCE));
    }

    #[test]
    fn validation_catches_an_item_outside_every_section() {
        static ITEMS: [Item; 1] = [Item {
            id: "x",
            response: Response::Unit,
        }];
        let broken = Instrument {
            items: &ITEMS,
            sections: &[],
            ..copy_of_default()
        };
        assert_eq!(
            broken.validate(),
            Err(InstrumentError::ItemNotInOneSection("x"))
        );
    }

    #[test]
    fn a_wording_missing_spanish_is_refused() {
        static SECTIONS: [(&str, Text); 6] = {
            let mut sections = [("", Text { en: "", es: "" }); 6];
            let mut i = 0;
            while i < 6 {
                sections[i] = DEFAULT_WORDING.sections[i];
                i += 1;
            }
            sections[2].1 = Text { en: "S", es: " " };
            sections
        };
        let broken = Wording {
            sections: &SECTIONS,
            ..DEFAULT_WORDING
        };
        assert_eq!(
            broken.check(&DEFAULT),
            Err(InstrumentError::EmptyText {
                owner: DEFAULT.sections[2].id,
                lang: Lang::Es
            })
        );
    }

    #[test]
    fn validation_catches_an_item_in_two_constructs() {
        let broken = Instrument {
            role: DEFAULT.unit,
            ..copy_of_default()
        };
        assert!(broken.validate().is_err());
    }

    fn copy_of_default() -> Instrument {
        Instrument {
            id: DEFAULT.id,
            items: DEFAULT.items,
            sections: DEFAULT.sections,
            burnout: Burnout {
                item: DEFAULT.burnout.item,
                threshold: DEFAULT.burnout.threshold,
                support_from: DEFAULT.burnout.support_from,
            },
            outcomes: DEFAULT.outcomes,
            levers: DEFAULT.levers,
            priorities: DEFAULT.priorities,
            unit: DEFAULT.unit,
            role: DEFAULT.role,
        }
    }
}
