//! An individual code's payload: one respondent's scores as the digits of one mixed-radix number
//! (`docs/code-format.md`, "The payload").

use super::subset::rank_subset;
use super::{Codec, MAX_FIELDS};
use crate::scoring::{bin_state, state_bin, Scores};

impl Codec {
    /// The digits of `scores`, most significant first, one per radix.
    pub(super) fn digits(&self, scores: &Scores) -> Vec<u64> {
        let mut digits = vec![u64::from(scores.burnout) - 1];
        digits.extend(scores.outcomes.iter().map(|bin| bin_state(*bin) as u64));
        digits.extend(scores.levers.iter().map(|level| level.map_or(0, u64::from)));
        digits.push(if self.dims.deniability.is_some() {
            u64::from(scores.priorities)
        } else {
            rank_subset(scores.priorities, self.dims.priorities)
        });
        digits.push(scores.unit.map_or(0, |u| u64::from(u) + 1));
        digits.push(scores.role.map_or(0, |r| u64::from(r) + 1));
        digits.extend(scores.statements.iter().map(|bin| bin_state(*bin) as u64));
        digits
    }

    /// The scores whose digits make `payload`, or `None` when it is no payload of this survey.
    pub(super) fn scores_of(&self, mut payload: u64) -> Option<Scores> {
        // A stack array: this runs once per pasted code, 100,000 times for a large organization.
        let mut digits = [0u64; MAX_FIELDS];
        let fields = digits.get_mut(..self.radices.len())?;
        for (digit, radix) in fields.iter_mut().zip(&self.radices).rev() {
            // One division: WebAssembly has no instruction that gives quotient and remainder.
            let quotient = payload / radix;
            *digit = payload - quotient * radix;
            payload = quotient;
        }
        if payload != 0 {
            return None;
        }
        let d = self.dims;
        let mut digits = digits.into_iter();
        let burnout = u8::try_from(digits.next()? + 1).ok()?;
        // Each vector made at its length at once (collecting `Option`s would grow it).
        let mut outcomes = Vec::with_capacity(d.outcomes);
        for _ in 0..d.outcomes {
            outcomes.push(state_bin(digits.next()? as usize));
        }
        let mut levers = Vec::with_capacity(d.levers);
        for _ in 0..d.levers {
            levers.push(u8::try_from(digits.next()?).ok().filter(|l| *l > 0));
        }
        let digit = digits.next()?;
        let priorities = if d.deniability.is_some() {
            u16::try_from(digit).ok()?
        } else {
            *usize::try_from(digit)
                .ok()
                .and_then(|rank| self.priority_sets.get(rank))?
        };
        let unit = digits.next()?.checked_sub(1).map(|u| u as u8);
        let role = digits.next()?.checked_sub(1).map(|r| r as u8);
        let mut statements = Vec::with_capacity(d.statements);
        for _ in 0..d.statements {
            statements.push(state_bin(digits.next()? as usize));
        }
        Some(Scores {
            burnout,
            outcomes,
            levers,
            priorities,
            unit,
            role,
            statements,
        })
    }
}
