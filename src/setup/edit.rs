//! What editing an existing survey does to the codes already collected.

use crate::link::SurveyLink;

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
