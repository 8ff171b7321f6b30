//! Plausible deniability on the respondent's side: k-ary randomized response (local differential
//! privacy; Warner 1965, Wang et al. 2017). In a deniable survey the respondent's browser reports
//! each value's truth with probability `keep` and each other value with probability `other`, where
//! `keep / other = e^ε`, so no single code proves anything about its sender beyond a likelihood
//! ratio of e^ε per value, while the counts of many codes still estimate the group's shares
//! without bias.
//!
//! Here: the mechanism ([`Mechanism`]) and the randomization of one respondent's scores
//! ([`randomize`]). The estimators that undo it are the report's (`report::estimate`); the levels
//! are a leaf of their own (`deniability`). What is reported, and why: `docs/privacy.md`.

use crate::deniability::Deniability;
use crate::instrument::Instrument;
use crate::scoring::{bin_state, state_bin, Bin, Scores, BIN_STATES};

/// One respondent's scores as a deniable code reports them, each value of `instrument`
/// randomized independently at `level`, with `uniform` drawing from [0, 1) (the browser's cryptographic generator):
///
/// * burnout: burned out (level ≥ the instrument's threshold) or not, reported as 2 or 1;
/// * each outcome: its state among not answered / unfavourable / neutral / favourable;
/// * each lever: its bin's state the same way, reported as 1–3 (`None` = not answered);
/// * each priority: chosen or not, independently, so any number may be reported chosen;
/// * each statement of the organization's own: its state like an outcome's;
/// * unit and role as they are: they are not randomized (`docs/privacy.md` says why).
pub fn randomize(
    instrument: &Instrument,
    scores: &Scores,
    level: Deniability,
    mut uniform: impl FnMut() -> f64,
) -> Scores {
    let threshold = instrument.burnout.threshold;
    let (options, _) = instrument.priority_options();
    let binary = Mechanism::at(level, 2);
    let bins = Mechanism::at(level, BIN_STATES);
    let mut state = |truth: usize| bins.randomize(truth, uniform());
    let outcomes = scores
        .outcomes
        .iter()
        .map(|bin| state_bin(state(bin_state(*bin))))
        .collect();
    let levers = scores
        .levers
        .iter()
        .map(|lever| {
            let reported = state(bin_state(lever.map(Bin::of_level)));
            (reported > 0).then_some(reported as u8)
        })
        .collect();
    let burned = usize::from(scores.burnout >= threshold);
    let burnout = binary.randomize(burned, uniform()) as u8 + 1;
    let mut priorities = 0u16;
    for p in 0..options.len().min(16) {
        let chosen = usize::from(scores.priorities >> p & 1 == 1);
        if binary.randomize(chosen, uniform()) == 1 {
            priorities |= 1 << p;
        }
    }
    // The organization's own statements, like the levers' bins, drawn last so that a survey
    // without them draws as it always did.
    let statements = scores
        .statements
        .iter()
        .map(|bin| state_bin(bins.randomize(bin_state(*bin), uniform())))
        .collect();
    Scores {
        burnout,
        outcomes,
        levers,
        priorities,
        unit: scores.unit,
        role: scores.role,
        statements,
    }
}

/// Randomized response over `k` values with a whole likelihood ratio `r` = e^ε: the truth with
/// probability `keep = r / (r + k − 1)`, each other value with `other = 1 / (r + k − 1)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mechanism {
    k: usize,
    ratio: u32,
    keep: f64,
    other: f64,
}

impl Mechanism {
    /// The mechanism over `k ≥ 2` values at `level`.
    pub fn at(level: Deniability, k: usize) -> Mechanism {
        Mechanism::new(k, u32::from(level.ratio())).unwrap_or(Mechanism {
            k: 2,
            ratio: 1,
            keep: 0.5,
            other: 0.5,
        })
    }

    /// The mechanism over `k ≥ 2` values with likelihood ratio `ratio ≥ 2` (e^ε).
    pub fn new(k: usize, ratio: u32) -> Option<Mechanism> {
        if k < 2 || ratio < 2 {
            return None;
        }
        let denominator = ratio as f64 + (k - 1) as f64;
        Some(Mechanism {
            k,
            ratio,
            keep: f64::from(ratio) / denominator,
            other: 1.0 / denominator,
        })
    }

    /// e^ε, the ratio of `keep` to `other`.
    pub fn ratio(&self) -> u32 {
        self.ratio
    }

    /// How many values it reports among.
    pub fn values(&self) -> usize {
        self.k
    }

    /// The probability of reporting `reported` when the truth is `truth`.
    pub fn probability(&self, reported: usize, truth: usize) -> f64 {
        if reported == truth {
            self.keep
        } else {
            self.other
        }
    }

    /// The value reported for `truth`, from `uniform` in [0, 1) (from a cryptographic generator
    /// in the browser): the truth with probability `keep`, else one of the other `k − 1` values,
    /// each with probability `other`.
    pub fn randomize(&self, truth: usize, uniform: f64) -> usize {
        let truth = truth.min(self.k - 1);
        if uniform < self.keep {
            return truth;
        }
        // The rest of [0, 1) is split evenly among the other values, in order, skipping the truth.
        let slot = ((uniform - self.keep) / self.other) as usize;
        let slot = slot.min(self.k - 2);
        if slot >= truth {
            slot + 1
        } else {
            slot
        }
    }

    /// The probability of reporting the truth.
    pub fn keep(&self) -> f64 {
        self.keep
    }

    /// The probability of reporting one given other value.
    pub fn other(&self) -> f64 {
        self.other
    }

    /// `keep − other = (r − 1) / (r + k − 1)`: how much of the truth survives in a share of
    /// reports, as one division.
    pub fn signal(&self) -> f64 {
        f64::from(self.ratio - 1) / (f64::from(self.ratio) + (self.k - 1) as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RATIO: u32 = 3;

    #[test]
    fn the_documented_probabilities_and_their_ratio() {
        let burnout = Mechanism::new(2, RATIO).unwrap();
        assert!((burnout.probability(1, 1) - 0.75).abs() < 1e-12);
        assert!((burnout.probability(0, 1) - 0.25).abs() < 1e-12);
        let lever = Mechanism::new(4, RATIO).unwrap();
        assert!((lever.probability(2, 2) - 0.5).abs() < 1e-12);
        assert!((lever.probability(0, 2) - 1.0 / 6.0).abs() < 1e-12);
        for rr in [burnout, lever] {
            // For any reported value, no two truths differ by more than e^ε in its probability.
            for reported in 0..rr.values() {
                let p: Vec<f64> = (0..rr.values())
                    .map(|t| rr.probability(reported, t))
                    .collect();
                let (lo, hi) = p
                    .iter()
                    .fold((1.0f64, 0.0f64), |(lo, hi), x| (lo.min(*x), hi.max(*x)));
                assert!(hi / lo <= f64::from(RATIO) + 1e-9);
            }
        }
        assert_eq!(Mechanism::new(1, RATIO), None);
        assert_eq!(Mechanism::new(3, 1), None);
    }
}
