//! Plausible deniability: k-ary randomized response (local differential privacy; Warner 1965,
//! Wang et al. 2017). In a deniable survey the respondent's browser reports each value's truth with
//! probability `keep` and each other value with probability `other`, where `keep / other = e^ε`, so
//! no single code proves anything about its sender beyond a likelihood ratio of e^ε per value,
//! while the counts of many codes still estimate the group's shares without bias.
//!
//! Here: the levels a survey may choose ([`Deniability`]), the randomization of one respondent's
//! scores ([`randomize`]), and the unbiased estimators with intervals that include the added noise,
//! which the report uses for deniable surveys. What is reported, and why: `docs/privacy.md`.

use crate::instrument::Instrument;
use crate::report::stats::{Difference, Interval};
use crate::scoring::{Bin, Scores};

/// How much a deniable survey randomizes: the largest ratio e^ε between the probabilities of two
/// true values giving the same reported value. The link's `d` and the code's level field hold it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Deniability {
    /// e^ε = 2: a code is weaker evidence still; estimates need about twice the responses.
    Strong = 2,
    /// e^ε = 3, the default.
    Standard = 3,
}

impl Deniability {
    /// The level a survey gets when the organizer turns deniability on without choosing.
    pub const DEFAULT: Deniability = Deniability::Standard;
    /// Every level, the default first.
    pub const ALL: [Deniability; 2] = [Deniability::Standard, Deniability::Strong];

    /// e^ε, as the link and the code write it.
    pub fn ratio(self) -> u8 {
        self as u8
    }

    /// The level whose e^ε is `ratio`, if this version knows it.
    pub fn from_ratio(ratio: u64) -> Option<Deniability> {
        Deniability::ALL
            .into_iter()
            .find(|level| u64::from(level.ratio()) == ratio)
    }

    /// The mechanism over `k ≥ 2` values at this level.
    pub fn over(self, k: usize) -> Mechanism {
        Mechanism::new(k, f64::from(self.ratio())).unwrap_or(Mechanism {
            k: 2,
            keep: 0.5,
            other: 0.5,
        })
    }
}

/// The reported states of an outcome or a lever: not answered, unfavourable, neutral, favourable.
pub const BIN_STATES: usize = 4;

/// The state of an optional bin among [`BIN_STATES`]: 0 not answered, 1–3 unfavourable to favourable.
pub fn bin_state(bin: Option<Bin>) -> usize {
    match bin {
        None => 0,
        Some(Bin::Unfavourable) => 1,
        Some(Bin::Neutral) => 2,
        Some(Bin::Favourable) => 3,
    }
}

/// The optional bin of a state among [`BIN_STATES`].
pub fn state_bin(state: usize) -> Option<Bin> {
    match state {
        1 => Some(Bin::Unfavourable),
        2 => Some(Bin::Neutral),
        3 => Some(Bin::Favourable),
        _ => None,
    }
}

/// One respondent's scores as a deniable code reports them, each value of `instrument`
/// randomized independently at `level`, with `uniform` drawing from [0, 1) (the browser's cryptographic generator):
///
/// * burnout: burned out (level ≥ the instrument's threshold) or not, reported as 2 or 1;
/// * each outcome: its state among not answered / unfavourable / neutral / favourable;
/// * each lever: its bin's state the same way, reported as 1–3 (`None` = not answered);
/// * each priority: chosen or not, independently, so any number may be reported chosen;
/// * unit and role as they are: they are not randomized (`docs/privacy.md` says why).
pub fn randomize(
    instrument: &Instrument,
    scores: &Scores,
    level: Deniability,
    mut uniform: impl FnMut() -> f64,
) -> Scores {
    let threshold = instrument.burnout.threshold;
    let (options, _) = instrument.priority_options();
    let binary = level.over(2);
    let bins = level.over(BIN_STATES);
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
    Scores {
        burnout,
        outcomes,
        levers,
        priorities,
        unit: scores.unit,
        role: scores.role,
    }
}

/// The 95 % normal quantile used for every interval here.
const Z: f64 = 1.959_964;

/// Randomized response over `k` values with likelihood ratio `ratio` = e^ε.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mechanism {
    k: usize,
    keep: f64,
    other: f64,
}

/// An estimated share with its 95 % interval, which includes the noise the mechanism added.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    /// The unbiased estimate; may fall outside [0, 1] when the noise takes it there.
    pub raw: f64,
    /// The estimate clipped into [0, 1], as a report shows it.
    pub shown: f64,
    /// Its standard error.
    pub se: f64,
    /// The 95 % interval (normal approximation), clipped into [0, 1].
    pub low: f64,
    /// Upper end of the interval.
    pub high: f64,
}

impl Estimate {
    fn new(raw: f64, variance: f64) -> Estimate {
        let se = variance.max(0.0).sqrt();
        Estimate {
            raw,
            shown: raw.clamp(0.0, 1.0),
            se,
            low: (raw - Z * se).clamp(0.0, 1.0),
            high: (raw + Z * se).clamp(0.0, 1.0),
        }
    }
}

/// A difference of two estimated shares (or of one share between two waves), `estimate`, with
/// its 95 % interval (normal, clipped into [−1, 1]) from its `variance`.
fn difference(estimate: f64, variance: f64) -> Difference {
    let se = variance.max(0.0).sqrt();
    Difference {
        estimate,
        interval: Interval {
            low: (estimate - Z * se).clamp(-1.0, 1.0),
            high: (estimate + Z * se).clamp(-1.0, 1.0),
        },
    }
}

/// `a − b` for estimates from independent samples (two waves).
pub fn between(a: &Estimate, b: &Estimate) -> Difference {
    difference(a.raw - b.raw, a.se * a.se + b.se * b.se)
}

impl Mechanism {
    /// The mechanism over `k ≥ 2` values with likelihood ratio `ratio > 1` (e^ε).
    pub fn new(k: usize, ratio: f64) -> Option<Mechanism> {
        if k < 2 || !(ratio > 1.0 && ratio.is_finite()) {
            return None;
        }
        let denominator = ratio + (k - 1) as f64;
        Some(Mechanism {
            k,
            keep: ratio / denominator,
            other: 1.0 / denominator,
        })
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

    /// `keep − other`: how much of the truth survives in a share of reports.
    fn signal(&self) -> f64 {
        self.keep - self.other
    }

    /// The unbiased estimate of the share of respondents whose true value is `value`, from the
    /// counts of each reported value. A reported share λ has expectation `other + (keep − other)·π`,
    /// so π̂ = (λ̂ − other) / (keep − other), with variance λ(1 − λ) / (n (keep − other)²).
    pub fn share(&self, reported: &[u64], value: usize) -> Option<Estimate> {
        let n: u64 = reported.iter().sum();
        if n == 0 || reported.len() != self.k {
            return None;
        }
        let lambda = *reported.get(value)? as f64 / n as f64;
        let raw = (lambda - self.other) / self.signal();
        let variance = lambda * (1.0 - lambda) / (n as f64 * self.signal().powi(2));
        Some(Estimate::new(raw, variance))
    }
}

/// A yes/no outcome compared between two groups of a value randomized separately: burnout among
/// those who rate a lever unfavourably against those who rate it favourably.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Conditional {
    /// The share of yes among group `a`.
    pub a: Estimate,
    /// The share of yes among group `b`.
    pub b: Estimate,
    /// `a − b`.
    pub difference: Difference,
    /// The estimated share of all respondents in group `a` (at least 0).
    pub a_size: f64,
    /// The estimated share of all respondents in group `b`.
    pub b_size: f64,
}

/// The share of a yes/no `outcome` (reported through `outcome_rr`) among respondents whose true
/// `group` value (reported through `group_rr`, over [`BIN_STATES`] values) is `a`, and among those
/// whose is `b`, and their difference.
///
/// `joint[g][o]` counts reports of group value `g` with outcome `o` (0 no, 1 yes). The two values
/// are randomized independently, so the true joint shares are the reported ones with both inverse
/// matrices applied (each `(I − other·J) / (keep − other)`, see [`distribution`]); each
/// conditional share is `yes / (no + yes)` of its group, and the variances come from the delta
/// method over the multinomial of reported cells. `None` when either group is estimated empty or
/// the counts do not fit the mechanisms.
pub fn conditional(
    group_rr: &Mechanism,
    outcome_rr: &Mechanism,
    joint: &[[u64; 2]; BIN_STATES],
    a: usize,
    b: usize,
) -> Option<Conditional> {
    let n = joint.iter().flatten().sum::<u64>() as f64;
    if n == 0.0 || group_rr.values() != BIN_STATES || outcome_rr.values() != 2 || a == b {
        return None;
    }
    // Reported cell shares, cell (g, o) at index 2g + o.
    let lambda: [f64; 2 * BIN_STATES] = std::array::from_fn(|c| joint[c / 2][c % 2] as f64 / n);
    // The linear map A = G⁻¹ ⊗ O⁻¹ from reported to true cell shares. It is symmetric, so it also
    // takes a gradient over true cells to one over reported cells (h = Aᵀ g).
    let inverse = |rr: &Mechanism, i: usize, j: usize| {
        let identity = if i == j { 1.0 } else { 0.0 };
        (identity - rr.other) / rr.signal()
    };
    let apply = |x: &[f64; 2 * BIN_STATES]| -> [f64; 2 * BIN_STATES] {
        std::array::from_fn(|row| {
            (0..2 * BIN_STATES)
                .map(|c| {
                    inverse(group_rr, row / 2, c / 2) * inverse(outcome_rr, row % 2, c % 2) * x[c]
                })
                .sum()
        })
    };
    let truth = apply(&lambda);
    // The conditional share of group g, its size, and its gradient over true cells:
    // ∂(yes / (no + yes)) = (no·∂yes − yes·∂no) / (no + yes)².
    let among = |g: usize| {
        let (no, yes) = (*truth.get(2 * g)?, *truth.get(2 * g + 1)?);
        let total = no + yes;
        if total <= 1e-9 {
            return None;
        }
        let mut gradient = [0.0; 2 * BIN_STATES];
        gradient[2 * g] = -yes / (total * total);
        gradient[2 * g + 1] = no / (total * total);
        Some((yes / total, total, gradient))
    };
    // The variance of Σ h·λ̂ for the multinomial of n reports: (Σ h²λ − (Σ hλ)²) / n.
    let variance = |gradient: &[f64; 2 * BIN_STATES]| {
        let h = apply(gradient);
        let mean: f64 = h.iter().zip(&lambda).map(|(g, l)| g * l).sum();
        let second: f64 = h.iter().zip(&lambda).map(|(g, l)| g * g * l).sum();
        (second - mean * mean) / n
    };
    let (pa, size_a, gradient_a) = among(a)?;
    let (pb, size_b, gradient_b) = among(b)?;
    let mut both = gradient_a;
    for (x, y) in both.iter_mut().zip(gradient_b) {
        *x -= y;
    }
    Some(Conditional {
        a: Estimate::new(pa, variance(&gradient_a)),
        b: Estimate::new(pb, variance(&gradient_b)),
        difference: difference(pa - pb, variance(&both)),
        a_size: size_a.max(0.0),
        b_size: size_b.max(0.0),
    })
}

/// The share of respondents whose true value is `value` among those whose true value is not
/// `excluded` (favourable among those who answered), from the counts of `n` reports: `count` of
/// `value` and `excluded_count` of `excluded`. With λ the reported shares, the true shares are
/// (λ − other) / (keep − other), so the ratio is (λᵥ − other) / (keep − λₓ) and its variance
/// follows by the delta method. `None` when the estimated base is empty.
pub fn share_among(rr: &Mechanism, count: u64, excluded_count: u64, n: u64) -> Option<Estimate> {
    if n == 0 || count.saturating_add(excluded_count) > n {
        return None;
    }
    let total = n as f64;
    let (value, excluded) = (count as f64 / total, excluded_count as f64 / total);
    let base = rr.keep - excluded;
    if base <= 1e-9 {
        return None;
    }
    let ratio = (value - rr.other) / base;
    // Over the categories value, excluded and the rest, the gradient is (1, ratio, 0) / base, and
    // the variance of a multinomial's linear function is (Σ g²λ − (Σ gλ)²) / n.
    let (g, h) = (1.0 / base, ratio / base);
    let mean = g * value + h * excluded;
    let second = g * g * value + h * h * excluded;
    Some(Estimate::new(ratio, (second - mean * mean) / total))
}

/// The true shares of a value over [`BIN_STATES`] states estimated from reported counts, projected
/// onto the probability simplex (the closest distribution: negative shares set to zero, the rest
/// lowered evenly to sum to 1), as a report's distribution shows them. The mechanism's matrix is
/// `(keep − other)·I + other·J`, whose inverse is `(I − other·J) / (keep − other)` because its rows
/// sum to 1.
pub fn distribution(rr: &Mechanism, reported: &[u64; BIN_STATES]) -> Option<[f64; BIN_STATES]> {
    let n: u64 = reported.iter().sum();
    if n == 0 || rr.values() != BIN_STATES {
        return None;
    }
    let lambda = reported.map(|c| c as f64 / n as f64);
    let total: f64 = lambda.iter().sum();
    Some(project(
        lambda.map(|l| (l - rr.other * total) / rr.signal()),
    ))
}

/// The Euclidean projection of `v` (whose entries sum to 1) onto the probability simplex: the
/// shares lowered by one common amount θ, those that would go below zero set to zero. θ is found
/// by dropping the entries at or below it until none is left to drop — at most one round per
/// entry, with no sort (a sort costs the organizer's page about 1.6 KB).
fn project<const N: usize>(v: [f64; N]) -> [f64; N] {
    let mut active = [true; N];
    let mut theta = 0.0;
    loop {
        let (mut sum, mut count) = (0.0, 0usize);
        for (x, on) in v.iter().zip(active) {
            if on {
                sum += x;
                count += 1;
            }
        }
        if count == 0 {
            break;
        }
        theta = (sum - 1.0) / count as f64;
        let mut dropped = false;
        for (x, on) in v.iter().zip(active.iter_mut()) {
            if *on && *x - theta <= 0.0 {
                *on = false;
                dropped = true;
            }
        }
        if !dropped {
            break;
        }
    }
    v.map(|x| (x - theta).max(0.0))
}

/// How many responses give a 95 % interval of ±`half_width` on a yes/no share in the worst case
/// (a share of one half): with `level`, or without deniability when `None`. The interval of a
/// share is ±1.96·√(λ(1 − λ)/n) / (keep − other), widest at λ = ½.
pub fn responses_for(half_width: f64, level: Option<Deniability>) -> u64 {
    let signal = level.map_or(1.0, |level| level.over(2).signal());
    let n = (Z * 0.5 / (signal * half_width)).powi(2);
    n.ceil() as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    const RATIO: f64 = 3.0;

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
                assert!(hi / lo <= RATIO + 1e-9);
            }
        }
        assert_eq!(Mechanism::new(1, RATIO), None);
        assert_eq!(Mechanism::new(3, 1.0), None);
    }

    #[test]
    fn three_hundred_responses_estimate_the_burnout_share_within_twelve_points() {
        let rr = Mechanism::new(2, RATIO).unwrap();
        // The widest interval is at a reported share of one half.
        let estimate = rr.share(&[150, 150], 1).unwrap();
        let half_width = Z * estimate.se;
        println!("n = 300: ±{:.1} points", half_width * 100.0);
        assert!(half_width <= 0.12, "{half_width}");
    }

    #[test]
    fn projection_keeps_a_distribution() {
        let p = project([0.7, 0.5, -0.2]);
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert!(p.iter().all(|x| *x >= 0.0));
        assert!((p[0] - 0.6).abs() < 1e-12 && (p[1] - 0.4).abs() < 1e-12 && p[2] == 0.0);
        let inside = project([0.2, 0.3, 0.5]);
        assert!((inside[1] - 0.3).abs() < 1e-12);
    }
}
