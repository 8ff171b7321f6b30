//! The words respondents read, kept apart from the instrument so that the organizer's pages,
//! which never ask a question, do not carry them.

use super::{by_id, Instrument};
use crate::lang::Text;

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
    /// The lines the respondent's own results offer when burnout is high
    /// (`Scores::needs_support`), in the order shown.
    pub helplines: &'static [Helpline],
}

/// A line to call or text for help: content of the instrument, not of the page, so that another
/// instrument or country brings its own.
#[derive(Debug)]
pub struct Helpline {
    /// What a phone dials (a `tel:` address): digits, with `+` and the country code where needed.
    pub dial: &'static str,
    /// Who answers and when, with the number as people read it.
    pub text: Text,
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
}
