//! What only the report shows: suggested organizational actions per lever and the published
//! figures to read the burnout share against, kept apart so that the respondents' page does not
//! carry them.

use super::{by_id, Instrument, DEFAULT_GUIDANCE};
use crate::lang::Text;

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
