//! The survey definition as data: items, response scales, the constructs they measure, sections
//! (here); the respondents' wording (`wording`) and the report's guidance — suggested
//! organizational actions, published reference figures (`guidance`) — kept apart, so that each
//! page carries only what it shows; and the checks of all three (`validate`).
//!
//! An instrument is `&'static` data compiled into the binary (no parsing at run time keeps the
//! WebAssembly small). The scoring engine, the code and the report read only this data, so another
//! instrument can be added by writing another `Instrument` value and nothing else.

mod default;
mod guidance;
mod validate;
mod wording;

use crate::deniability::Deniability;
use crate::lang::{Lang, Text};

pub use default::{DEFAULT, DEFAULT_GUIDANCE, DEFAULT_WORDING};
pub use guidance::{guidance, Guidance, Reference};
pub use validate::InstrumentError;
pub use wording::{Helpline, Wording};

/// Number of levels a lever is scored on (the rounded mean of five-point statements).
pub const LEVER_LEVELS: u8 = 5;

/// The most units an organizer can list. Bounds the code's width, so it is part of the format.
pub const MAX_UNITS: u8 = 30;

/// The most levers an instrument may have (the tally keeps per-lever flags in a fixed array).
pub const MAX_LEVERS: usize = 16;

/// The most options a "choose several" item may offer; a chosen set is kept as a 16-bit mask.
pub const MAX_SEVERAL_OPTIONS: usize = 16;

/// The most statements of its own an organization may add to a survey. Bounds the code's width,
/// so it is part of the format.
pub const MAX_OWN_STATEMENTS: usize = 3;

/// The longest statement of its own, in characters, in either language.
pub const MAX_OWN_STATEMENT: usize = 200;

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

/// A statement an organization adds to its survey, answered on the instrument's five-point
/// agreement scale, where agreeing is favourable: its wording in English and in Spanish. Either
/// may be empty, not both; a statement with one wording is shown as written, in its language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct OwnStatement {
    /// The English wording, or empty.
    pub en: String,
    /// The Spanish wording, or empty.
    pub es: String,
}

impl OwnStatement {
    /// The wording to show in `lang`, and the language it is written in: the other language's
    /// when it has none in `lang`.
    pub fn text(&self, lang: Lang) -> (&str, Lang) {
        let (wanted, other) = match lang {
            Lang::En => (&self.en, (&self.es, Lang::Es)),
            Lang::Es => (&self.es, (&self.en, Lang::En)),
        };
        if wanted.is_empty() {
            (other.0, other.1)
        } else {
            (wanted, lang)
        }
    }
}

/// The screen of the organization's own statements, shown after the instrument's sections when
/// a survey has any; its positions are the statements' answers, after the instrument's items.
pub static OWN_SECTION: Section = Section {
    id: "own-statements",
    items: &[],
};

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
    pub deniability: Option<Deniability>,
    /// The organization's own statements, in order (at most [`MAX_OWN_STATEMENTS`]). Their
    /// wording enters the tag, so a changed wording makes another survey.
    pub statements: Vec<OwnStatement>,
}

impl Shape {
    /// A survey with this id that asks neither the unit nor the role question.
    pub fn new(id: impl Into<String>) -> Shape {
        Shape {
            id: id.into(),
            units: 0,
            asks_role: false,
            deniability: None,
            statements: Vec::new(),
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

    /// Points of the agreement scale the levers' statements are answered on (5 by default); the
    /// organization's own statements are answered on it too.
    pub fn agreement_points(&self) -> u8 {
        self.agreement_scale().map_or(0, |scale| scale.points)
    }

    /// The agreement scale: the scale of the levers' statements.
    pub fn agreement_scale(&self) -> Option<&'static ResponseScale> {
        let statement = self.levers.first()?.statements.first()?;
        self.item(statement.item)?.scale()
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
    /// asks; a section whose every item is switched off (unit and role not asked) is left out;
    /// then, when the survey has statements of its own, [`OWN_SECTION`] with their answer
    /// positions (after the items). The one rule of which sections a survey shows: the
    /// respondent's path and the setup page's preview both read it here.
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
        if !shape.statements.is_empty() {
            let first = self.items.len();
            shown.push((
                &OWN_SECTION,
                (first..first + shape.statements.len()).collect(),
            ));
        }
        shown
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
pub(crate) fn by_id<T: Copy>(table: &[(&str, T)], id: &str) -> Option<T> {
    table
        .iter()
        .find(|(key, _)| *key == id)
        .map(|(_, value)| *value)
}
