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
    /// The organization's own statements changed (a word, their order or their number): codes
    /// of the old link were answered to other words, and are counted apart, as from another
    /// survey.
    Reworded,
    /// Plausible deniability switched or its level changed, the units kept: the survey keeps its
    /// identifier, but the summary keeps codes of the other mode apart.
    Remoded,
    /// Single-use slips switched on: a change to how codes are counted. Codes collected before
    /// were made without a slip, and the summary keeps them apart.
    SlipsOn,
    /// Single-use slips switched off: the new summary link holds no key, so codes made with
    /// slips are kept apart.
    SlipsOff,
    /// The slips have another key than the settings opened with (which held none, or another):
    /// slips printed before no longer count.
    NewSlipKey,
    /// Fewer slips than before, with the same key: slips printed beyond the first `after` no
    /// longer count.
    FewerSlips {
        /// Slips before the edit.
        before: u16,
        /// Slips after it.
        after: u16,
    },
}

/// How `edited` differs from the `original` settings for codes already collected. Of several
/// changes, the one that does most to collected codes is named.
pub fn edit_effect(original: &SurveyLink, edited: &SurveyLink) -> EditEffect {
    let (before, after) = (&original.units, &edited.units);
    if before.len() != after.len() || original.asks_role != edited.asks_role {
        return EditEffect::Reshaped;
    }
    if original.statements != edited.statements {
        return EditEffect::Reworded;
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
    } else if let Some(effect) = slips_effect(original, edited) {
        effect
    } else if before == after {
        EditEffect::Same
    } else {
        EditEffect::Renamed
    }
}

/// What the edit does to the slips, if anything: switched on or off, a new key, fewer slips.
/// Edited settings whose key or number is not known yet (not typed) change nothing yet.
fn slips_effect(original: &SurveyLink, edited: &SurveyLink) -> Option<EditEffect> {
    match (original.slips, edited.slips) {
        (false, true) => Some(EditEffect::SlipsOn),
        (true, false) => Some(EditEffect::SlipsOff),
        (false, false) => None,
        (true, true) => {
            let now = edited.slip_check?;
            match original.slip_check {
                Some(then) if then.key == now.key => {
                    (now.count < then.count).then_some(EditEffect::FewerSlips {
                        before: then.count,
                        after: now.count,
                    })
                }
                _ => Some(EditEffect::NewSlipKey),
            }
        }
    }
}
