//! The report's estimators for deniable surveys: from the counts of randomized reports, unbiased
//! estimates of the group's true shares with 95 % intervals that include the noise the mechanism
//! ([`Mechanism`]) added. The formulas and why: `docs/privacy.md`.

use crate::deniability::Deniability;
use crate::randomized::Mechanism;
use crate::scoring::BIN_STATES;
use crate::stats::{Difference, Interval, Z95};

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
            low: (raw - Z95 * se).clamp(0.0, 1.0),
            high: (raw + Z95 * se).clamp(0.0, 1.0),
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
            low: (estimate - Z95 * se).clamp(-1.0, 1.0),
            high: (estimate + Z95 * se).clamp(-1.0, 1.0),
        },
    }
}

/// `a − b` for estimates from independent samples (two waves).
pub fn between(a: &Estimate, b: &Estimate) -> Difference {
    difference(a.raw - b.raw, a.se * a.se + b.se * b.se)
}

/// The unbiased estimate of the share of respondents whose true value is `value`, from the
/// counts of each reported value. A reported share λ has expectation `other + (keep − other)·π`,
/// so π̂ = (λ̂ − other) / (keep − other), with variance λ(1 − λ) / (n (keep − other)²).
pub fn share(rr: &Mechanism, reported: &[u64], value: usize) -> Option<Estimate> {
    let n: u64 = reported.iter().sum();
    if n == 0 || reported.len() != rr.values() {
        return None;
    }
    let lambda = *reported.get(value)? as f64 / n as f64;
    let raw = (lambda - rr.other()) / rr.signal();
    let variance = lambda * (1.0 - lambda) / (n as f64 * rr.signal().powi(2));
    Some(Estimate::new(raw, variance))
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
        (identity - rr.other()) / rr.signal()
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
    let base = rr.keep() - excluded;
    if base <= 1e-9 {
        return None;
    }
    let ratio = (value - rr.other()) / base;
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
        lambda.map(|l| (l - rr.other() * total) / rr.signal()),
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
/// share is ±z·√(λ(1 − λ)/n) / (keep − other), widest at λ = ½.
pub fn responses_for(half_width: f64, level: Option<Deniability>) -> u64 {
    let signal = level.map_or(1.0, |level| Mechanism::at(level, 2).signal());
    let n = (Z95 * 0.5 / (signal * half_width)).powi(2);
    n.ceil() as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_hundred_responses_estimate_the_burnout_share_within_twelve_points() {
        let rr = Mechanism::new(2, 3.0).unwrap();
        // The widest interval is at a reported share of one half.
        let estimate = share(&rr, &[150, 150], 1).unwrap();
        let half_width = Z95 * estimate.se;
        assert!(half_width <= 0.12, "{half_width}");
        assert!(half_width > 0.11, "{half_width}");
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
