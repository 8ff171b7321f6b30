//! The report's estimators for deniable surveys: from the counts of randomized reports, unbiased
//! estimates of the group's true shares with 95 % intervals that include the noise the mechanism
//! ([`Mechanism`]) added. The formulas and why: `docs/privacy.md`.
//!
//! Every point estimate here is a ratio of whole numbers (the mechanism's probabilities are
//! `r / (r + k − 1)` and `1 / (r + k − 1)` for a whole ratio `r`), so it is computed exactly as a
//! [`Ratio`]: its written value is one division, its count is rounded exactly, and equal estimates
//! are equal. Only the standard errors, which take a square root, are computed in floating point.

use crate::deniability::Deniability;
use crate::randomized::Mechanism;
use crate::scoring::BIN_STATES;
use crate::stats::{Difference, Interval, Ratio, Z95};

/// An estimated share with its 95 % interval, which includes the noise the mechanism added.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    /// The unbiased estimate as an exact fraction; it may fall outside [0, 1] when the noise
    /// takes it there.
    pub exact: Ratio,
    /// The estimate clipped into [0, 1], as a report shows it.
    pub shown: f64,
    /// Its standard error.
    pub se: f64,
    /// The 95 % interval `exact ± z·se`, each end clipped into [0, 1]: clipping is monotone, so
    /// `shown` always lies within it.
    pub low: f64,
    /// Upper end of the interval.
    pub high: f64,
}

impl Estimate {
    fn new(exact: Ratio, variance: f64) -> Estimate {
        let se = variance.max(0.0).sqrt();
        let raw = exact.value();
        Estimate {
            exact,
            shown: raw.clamp(0.0, 1.0),
            se,
            low: (raw - Z95 * se).clamp(0.0, 1.0),
            high: (raw + Z95 * se).clamp(0.0, 1.0),
        }
    }

    /// The estimated number among `base` respondents: the clipped estimate times `base`, rounded
    /// to the nearest whole number, an exact half up (computed exactly).
    pub fn count(&self, base: u64) -> u64 {
        self.exact
            .clamp(0, 1)
            .round_times(base)
            .and_then(|count| u64::try_from(count).ok())
            .unwrap_or(0)
    }
}

/// A difference of two estimates (`exact`), with its 95 % interval from its `variance`: the value
/// and both ends of the interval clipped into [−1, 1], the range of a difference of two shares, so
/// the written value lies within its written interval.
fn difference(exact: Option<Ratio>, variance: f64) -> Option<Difference> {
    let estimate = exact?.value();
    let se = variance.max(0.0).sqrt();
    Some(Difference {
        estimate: estimate.clamp(-1.0, 1.0),
        interval: Interval {
            low: (estimate - Z95 * se).clamp(-1.0, 1.0),
            high: (estimate + Z95 * se).clamp(-1.0, 1.0),
        },
    })
}

/// `a − b` for estimates from independent samples (two waves); `None` only when the counts are
/// too large to subtract exactly.
pub fn between(a: &Estimate, b: &Estimate) -> Option<Difference> {
    difference(a.exact.minus(b.exact), a.se * a.se + b.se * b.se)
}

/// `r + k − 1` and `r − 1` of a mechanism, as whole numbers: with them its probabilities are
/// `keep = r / (r + k − 1)`, `other = 1 / (r + k − 1)` and `keep − other = (r − 1) / (r + k − 1)`.
fn whole(rr: &Mechanism) -> (i128, i128) {
    let r = i128::from(rr.ratio());
    (r + rr.values() as i128 - 1, r - 1)
}

/// The unbiased estimate of the share of respondents whose true value is `value`, from the
/// counts of each reported value. A reported share λ = c / n has expectation
/// `other + (keep − other)·π`, so π̂ = (λ − other) / (keep − other) = (c·(r + k − 1) − n) /
/// (n·(r − 1)), with variance λ(1 − λ) / (n·(keep − other)²).
pub fn share(rr: &Mechanism, reported: &[u64], value: usize) -> Option<Estimate> {
    let n: u64 = reported.iter().sum();
    if n == 0 || reported.len() != rr.values() {
        return None;
    }
    let count = *reported.get(value)?;
    let (m, r1) = whole(rr);
    let (c, total) = (i128::from(count), i128::from(n));
    let exact = Ratio::new(c * m - total, total * r1)?;
    let lambda = count as f64 / n as f64;
    let variance = lambda * (1.0 - lambda) / (n as f64 * rr.signal().powi(2));
    Some(Estimate::new(exact, variance))
}

/// A yes/no outcome compared between two groups of a value randomized separately: burnout among
/// those who rate a lever unfavourably against those who rate it favourably.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Conditional {
    /// The share of yes among group `a`.
    pub a: Estimate,
    /// The share of yes among group `b`.
    pub b: Estimate,
    /// `a − b`: the difference of the two unclipped estimates, then clipped into [−1, 1].
    pub difference: Difference,
    /// The estimated share of all respondents in group `a` (may be below 0 when the noise takes
    /// it there; never shown as a share).
    pub a_size: Ratio,
    /// The estimated share of all respondents in group `b`.
    pub b_size: Ratio,
}

/// The share of a yes/no `outcome` (reported through `outcome_rr`) among respondents whose true
/// `group` value (reported through `group_rr`, over [`BIN_STATES`] values) is `a`, and among those
/// whose is `b`, and their difference.
///
/// `joint[g][o]` counts reports of group value `g` with outcome `o` (0 no, 1 yes). The two values
/// are randomized independently, so the true joint shares are the reported ones with both inverse
/// matrices applied: each inverse is `(I − other·J) / (keep − other)`, whose entries are
/// `((r + k − 1)·[i = j] − 1) / (r − 1)`, so every true cell is a whole number over
/// `n·(r − 1)²`, the same for all cells. Each conditional share is `yes / (no + yes)` of its group
/// (the common denominator cancels), and the variances come from the delta method over the
/// multinomial of reported cells. `None` when either group is estimated empty or below, or the
/// counts do not fit the mechanisms.
pub fn conditional(
    group_rr: &Mechanism,
    outcome_rr: &Mechanism,
    joint: &[[u64; 2]; BIN_STATES],
    a: usize,
    b: usize,
) -> Option<Conditional> {
    let reports = joint.iter().flatten().sum::<u64>();
    let n = reports as f64;
    if reports == 0 || group_rr.values() != BIN_STATES || outcome_rr.values() != 2 || a == b {
        return None;
    }
    let cells = 2 * BIN_STATES;
    // Reported counts and shares, cell (g, o) at index 2g + o.
    let counts: [i128; 2 * BIN_STATES] = std::array::from_fn(|c| i128::from(joint[c / 2][c % 2]));
    let lambda: [f64; 2 * BIN_STATES] = std::array::from_fn(|c| joint[c / 2][c % 2] as f64 / n);
    let ((mg, rg), (mo, ro)) = (whole(group_rr), whole(outcome_rr));
    // The inverse maps' entries times (r − 1): whole numbers.
    let entry = |m: i128, i: usize, j: usize| if i == j { m - 1 } else { -1 };
    let weight = |row: usize, c: usize| entry(mg, row / 2, c / 2) * entry(mo, row % 2, c % 2);
    // The true cells, each over the common denominator n·(r_g − 1)·(r_o − 1).
    let truth: [i128; 2 * BIN_STATES] =
        std::array::from_fn(|row| (0..cells).map(|c| weight(row, c) * counts[c]).sum());
    let common = i128::from(reports) * rg * ro;
    // The same map on doubles, for the delta method. It is symmetric, so it also takes a gradient
    // over true cells to one over reported cells (h = Aᵀ g).
    let scale = (rg * ro) as f64;
    let apply = |x: &[f64; 2 * BIN_STATES]| -> [f64; 2 * BIN_STATES] {
        std::array::from_fn(|row| {
            (0..cells)
                .map(|c| weight(row, c) as f64 * x[c])
                .sum::<f64>()
                / scale
        })
    };
    let shares = truth.map(|t| t as f64 / common as f64);
    // The conditional share of group g (exact), its size among everyone (exact), and its gradient
    // over true cells: ∂(yes / (no + yes)) = (no·∂yes − yes·∂no) / (no + yes)².
    let among = |g: usize| {
        let (no, yes) = (*truth.get(2 * g)?, *truth.get(2 * g + 1)?);
        if no + yes <= 0 {
            return None;
        }
        let (no_share, yes_share) = (shares[2 * g], shares[2 * g + 1]);
        let total = no_share + yes_share;
        let mut gradient = [0.0; 2 * BIN_STATES];
        gradient[2 * g] = -yes_share / (total * total);
        gradient[2 * g + 1] = no_share / (total * total);
        Some((
            Ratio::new(yes, no + yes)?,
            Ratio::new(no + yes, common)?,
            gradient,
        ))
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
        difference: difference(pa.minus(pb), variance(&both))?,
        a_size: size_a,
        b_size: size_b,
    })
}

/// The share of respondents whose true value is `value` among those whose true value is not
/// `excluded` (favourable among those who answered), from the counts of `n` reports: `count` of
/// `value` and `excluded_count` of `excluded`. With λ the reported shares, the true shares are
/// (λ − other) / (keep − other), so the ratio is (λᵥ − other) / (keep − λₓ) = (cᵥ·(r + k − 1) − n)
/// / (r·n − cₓ·(r + k − 1)), and its variance follows by the delta method. `None` when the
/// estimated base is empty or below.
pub fn share_among(rr: &Mechanism, count: u64, excluded_count: u64, n: u64) -> Option<Estimate> {
    if n == 0 || count.saturating_add(excluded_count) > n {
        return None;
    }
    let (m, _) = whole(rr);
    let (cv, cx, total_whole) = (i128::from(count), i128::from(excluded_count), i128::from(n));
    let below = i128::from(rr.ratio()) * total_whole - cx * m;
    if below <= 0 {
        return None;
    }
    let exact = Ratio::new(cv * m - total_whole, below)?;
    let total = n as f64;
    let (value, excluded) = (count as f64 / total, excluded_count as f64 / total);
    let base = rr.keep() - excluded;
    let ratio = exact.value();
    // Over the categories value, excluded and the rest, the gradient is (1, ratio, 0) / base, and
    // the variance of a multinomial's linear function is (Σ g²λ − (Σ gλ)²) / n.
    let (g, h) = (1.0 / base, ratio / base);
    let mean = g * value + h * excluded;
    let second = g * g * value + h * h * excluded;
    Some(Estimate::new(exact, (second - mean * mean) / total))
}

/// The true shares of a value over [`BIN_STATES`] states estimated from reported counts, projected
/// onto the probability simplex (the closest distribution: negative shares set to zero, the rest
/// lowered evenly to sum to 1), as a report's distribution shows them: exact fractions, all over
/// one denominator. Each unprojected share is `(cⱼ·(r + k − 1) − n) / (n·(r − 1))` (the shares sum
/// to 1, since the mechanism's rows do).
pub fn distribution(rr: &Mechanism, reported: &[u64; BIN_STATES]) -> Option<[Ratio; BIN_STATES]> {
    let n: u64 = reported.iter().sum();
    if n == 0 || rr.values() != BIN_STATES {
        return None;
    }
    let (m, r1) = whole(rr);
    let total = i128::from(n);
    let numerators = reported.map(|c| i128::from(c) * m - total);
    project(numerators, total * r1)
}

/// The Euclidean projection onto the probability simplex of the shares `numerators[j] / den`
/// (which sum to 1): every share lowered by one common amount θ, those that would not stay above
/// zero set to zero. θ is found as Michelot's algorithm does: with the set of shares still
/// active (all, at first), θ = (their sum − 1) / their number; every active share at or below θ
/// is dropped; repeat until none is dropped. Done on whole numbers, so it is exact; at most one
/// round per entry, and no sort (a sort would cost the organizer's page more than this).
fn project<const N: usize>(numerators: [i128; N], den: i128) -> Option<[Ratio; N]> {
    let mut active = [true; N];
    // With `count` active shares summing to `sum / den`, each kept share is
    // (count·xⱼ − sum + den) / (count·den).
    let (sum, count) = loop {
        let (mut sum, mut count) = (0i128, 0i128);
        for (x, on) in numerators.iter().zip(active) {
            if on {
                sum += x;
                count += 1;
            }
        }
        if count == 0 {
            break (sum, count);
        }
        let mut dropped = false;
        for (x, on) in numerators.iter().zip(active.iter_mut()) {
            if *on && count * x - sum + den <= 0 {
                *on = false;
                dropped = true;
            }
        }
        if !dropped {
            break (sum, count);
        }
    };
    let mut out = [Ratio::ZERO; N];
    for ((slot, x), on) in out.iter_mut().zip(numerators).zip(active) {
        if on {
            *slot = Ratio::new(count * x - sum + den, count * den)?;
        }
    }
    Some(out)
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
        let rr = Mechanism::new(2, 3).unwrap();
        // The widest interval is at a reported share of one half.
        let estimate = share(&rr, &[150, 150], 1).unwrap();
        let half_width = Z95 * estimate.se;
        assert!(half_width <= 0.12, "{half_width}");
        assert!(half_width > 0.11, "{half_width}");
    }

    #[test]
    fn projection_keeps_a_distribution() {
        // 0.7, 0.5, −0.2 over a denominator of 10.
        let p = project([7, 5, -2], 10).unwrap();
        assert_eq!(p.map(Ratio::value), [0.6, 0.4, 0.0]);
        let inside = project([2, 3, 5], 10).unwrap();
        assert_eq!(inside.map(Ratio::value), [0.2, 0.3, 0.5]);
    }

    /// A share estimated below zero is written as 0 and its count as 0; exact halves of counts
    /// round up.
    #[test]
    fn estimates_are_exact_fractions_and_counts_round_half_up() {
        let rr = Mechanism::new(2, 3).unwrap();
        // π̂ = (c·4 − n) / (2n): 31 of 40 reported yes gives (124 − 40) / 80 = 21 / 20 — above 1.
        let high = share(&rr, &[9, 31], 1).unwrap();
        assert_eq!(Some(high.exact), Ratio::new(21, 20));
        assert_eq!((high.shown, high.high), (1.0, 1.0));
        assert!(high.low <= high.shown);
        assert_eq!(high.count(40), 40);
        // 15 of 40: (60 − 40) / 80 = 1/4, so 10 of 40.
        assert_eq!(share(&rr, &[25, 15], 1).unwrap().count(40), 10);
        // 17 of 30: (68 − 30) / 60 = 38/60; × 15 = 9.5, an exact half, rounds to 10.
        assert_eq!(share(&rr, &[13, 17], 1).unwrap().count(15), 10);
        let low = share(&rr, &[39, 1], 1).unwrap();
        assert!(low.exact.value() < 0.0);
        assert_eq!((low.shown, low.low, low.count(40)), (0.0, 0.0, 0));
    }

    #[test]
    fn a_difference_stays_within_its_range_and_its_interval() {
        let d = difference(Ratio::new(-103, 100), 0.01).unwrap();
        assert_eq!(d.estimate, -1.0);
        assert_eq!(d.interval.low, -1.0);
        assert!(d.interval.high > -1.0 && d.interval.high < 0.0);
    }
}
