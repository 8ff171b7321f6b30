//! Interval estimates for proportions and their differences, and a Poisson tail: a leaf that the
//! report, its estimators for deniable surveys and the reading of codes share.

/// The 97.5th percentile of the standard normal distribution, rounded to six decimals as
/// `docs/scoring.md` states it: the one z of every 95 % interval in the report, ordinary or
/// deniable.
pub const Z95: f64 = 1.959_964;

/// A fraction of whole numbers, `num / den` with `den > 0`. Every figure whose formula is a ratio
/// of counts is computed as one: its value is then a single correctly rounded division
/// ([`Ratio::value`]) and its rounded count exact ([`Ratio::round_times`]), so another
/// implementation that follows the documents gets the same digits and the same ties
/// (`docs/privacy.md`, "Exact arithmetic").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ratio {
    /// The numerator; it carries the sign.
    num: i128,
    /// The denominator, always positive; with `num`, in lowest terms.
    den: i128,
}

impl Ratio {
    /// Zero, as `0 / 1`.
    pub const ZERO: Ratio = Ratio { num: 0, den: 1 };

    /// `num / den` in lowest terms, or `None` when `den` is zero. Every fraction is kept in lowest
    /// terms, so equal fractions are the same numbers and stay small enough to combine.
    pub fn new(num: i128, den: i128) -> Option<Ratio> {
        if den == 0 {
            return None;
        }
        let divisor = gcd(num.unsigned_abs(), den.unsigned_abs());
        let (num, den) = (
            num / i128::try_from(divisor).ok()?,
            den / i128::try_from(divisor).ok()?,
        );
        if den < 0 {
            Some(Ratio {
                num: num.checked_neg()?,
                den: den.checked_neg()?,
            })
        } else {
            Some(Ratio { num, den })
        }
    }

    /// The fraction as a double: its numerator and denominator in lowest terms each converted to
    /// the nearest double (exactly, below 2⁵³), then divided once, rounded to nearest.
    pub fn value(self) -> f64 {
        self.num as f64 / self.den as f64
    }

    /// The fraction clipped into `[low, high]`.
    pub fn clamp(self, low: i128, high: i128) -> Ratio {
        let below = self.num < low.saturating_mul(self.den);
        let above = self.num > high.saturating_mul(self.den);
        match (below, above) {
            (true, _) => Ratio { num: low, den: 1 },
            (_, true) => Ratio { num: high, den: 1 },
            _ => self,
        }
    }

    /// `self − other`, or `None` if the numbers grow too large to hold.
    pub fn minus(self, other: Ratio) -> Option<Ratio> {
        let num = self
            .num
            .checked_mul(other.den)?
            .checked_sub(other.num.checked_mul(self.den)?)?;
        Ratio::new(num, self.den.checked_mul(other.den)?)
    }

    /// `self + other`, or `None` if the numbers grow too large to hold.
    pub fn plus(self, other: Ratio) -> Option<Ratio> {
        self.minus(Ratio {
            num: other.num.checked_neg()?,
            den: other.den,
        })
    }

    /// `self × whole`.
    pub fn times(self, whole: i128) -> Option<Ratio> {
        Ratio::new(self.num.checked_mul(whole)?, self.den)
    }

    /// `self / other`, or `None` when `other` is zero or the numbers grow too large.
    pub fn over(self, other: Ratio) -> Option<Ratio> {
        Ratio::new(
            self.num.checked_mul(other.den)?,
            self.den.checked_mul(other.num)?,
        )
    }

    /// The whole number nearest to `self × times`, an exact half rounded up (towards +∞).
    pub fn round_times(self, times: u64) -> Option<i128> {
        let twice = self.num.checked_mul(i128::from(times))?.checked_mul(2)?;
        Some(
            twice
                .checked_add(self.den)?
                .div_euclid(self.den.checked_mul(2)?),
        )
    }
}

/// The greatest common divisor of `a` and `b` (`b` when `a` is 0; at least 1 when `b` is not 0).
fn gcd(mut a: u128, mut b: u128) -> u128 {
    while a != 0 {
        (a, b) = (b % a, a);
    }
    b
}

/// A closed interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    /// Lower end.
    pub low: f64,
    /// Upper end.
    pub high: f64,
}

/// A difference of two proportions with its 95% interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Difference {
    /// First proportion minus second.
    pub estimate: f64,
    /// 95% interval (Newcombe's hybrid score method).
    pub interval: Interval,
}

/// The probability that a Poisson count of mean `mean` is at least `count`. Each term of the sum
/// below `count` is found from the one before it in logarithms, so that a large mean does not
/// lose `e^−mean` to underflow.
pub fn poisson_at_least(count: usize, mean: f64) -> f64 {
    if count == 0 {
        return 1.0;
    }
    if mean <= 0.0 {
        return 0.0;
    }
    let mut log_term = -mean;
    let mut below = 0.0;
    for i in 0..count {
        if i > 0 {
            log_term += mean.ln() - (i as f64).ln();
        }
        below += log_term.exp();
    }
    (1.0 - below).max(0.0)
}

/// The 95% Wilson score interval for `count` of `n`. Unlike the textbook p ± z·se, it stays
/// inside [0, 1] and behaves at 0 % and 100 % and in small groups, which is where staff surveys live.
/// `None` when `n` is zero.
pub fn wilson(count: u64, n: u64) -> Option<Interval> {
    if n == 0 || count > n {
        return None;
    }
    let n = n as f64;
    let p = count as f64 / n;
    let z2 = Z95 * Z95;
    let denominator = 1.0 + z2 / n;
    let centre = (p + z2 / (2.0 * n)) / denominator;
    let half = Z95 / denominator * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    Some(Interval {
        low: (centre - half).max(0.0),
        high: (centre + half).min(1.0),
    })
}

/// p₁ − p₂ for independent groups (`x1` of `n1`, `x2` of `n2`) with the 95% interval of Newcombe
/// (1998), method 10: it combines the two Wilson intervals, so it inherits their good behaviour in
/// small groups and near 0 or 1. `None` when either group is empty.
pub fn newcombe(x1: u64, n1: u64, x2: u64, n2: u64) -> Option<Difference> {
    let (a, b) = (wilson(x1, n1)?, wilson(x2, n2)?);
    let p1 = x1 as f64 / n1 as f64;
    let p2 = x2 as f64 / n2 as f64;
    // The difference as one exact fraction divided once, so that equal differences are equal
    // doubles and a ranking's ties are real ties.
    let estimate = Ratio::new(
        i128::from(x1) * i128::from(n2) - i128::from(x2) * i128::from(n1),
        i128::from(n1) * i128::from(n2),
    )?
    .value();
    let below = ((p1 - a.low).powi(2) + (b.high - p2).powi(2)).sqrt();
    let above = ((a.high - p1).powi(2) + (p2 - b.low).powi(2)).sqrt();
    Some(Difference {
        estimate,
        interval: Interval {
            low: estimate - below,
            high: estimate + above,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(actual: f64, expected: f64) {
        assert!(
            (actual - expected).abs() < 5e-5,
            "{actual} is not {expected} to four decimals"
        );
    }

    #[test]
    fn ratios_round_halves_up_and_clip() {
        let half = Ratio::new(15, 2).unwrap();
        assert_eq!(half.round_times(1), Some(8));
        assert_eq!(Ratio::new(21, 2).unwrap().round_times(1), Some(11));
        assert_eq!(Ratio::new(-15, 2).unwrap().round_times(1), Some(-7));
        assert_eq!(Ratio::new(1, 3).unwrap().round_times(10), Some(3));
        assert_eq!(Ratio::new(3, -4), Some(Ratio { num: -3, den: 4 }));
        assert_eq!(Ratio::new(-6, -8), Some(Ratio { num: 3, den: 4 }));
        assert_eq!(Ratio::new(0, 7), Some(Ratio { num: 0, den: 1 }));
        assert_eq!(Ratio::new(1, 0), None);
        assert_eq!(
            Ratio::new(-1, 5).unwrap().clamp(0, 1),
            Ratio { num: 0, den: 1 }
        );
        assert_eq!(
            Ratio::new(7, 5).unwrap().clamp(0, 1),
            Ratio { num: 1, den: 1 }
        );
        assert_eq!(
            Ratio::new(2, 5).unwrap().clamp(0, 1),
            Ratio { num: 2, den: 5 }
        );
        let d = Ratio::new(3, 10)
            .unwrap()
            .minus(Ratio::new(1, 10).unwrap())
            .unwrap();
        let e = Ratio::new(4, 10)
            .unwrap()
            .minus(Ratio::new(2, 10).unwrap())
            .unwrap();
        // 0.3 − 0.1 and 0.4 − 0.2 differ as doubles; as fractions divided once they tie.
        assert_ne!(0.3f64 - 0.1, 0.4f64 - 0.2);
        assert_eq!(d.value(), e.value());
    }

    #[test]
    fn wilson_matches_hand_computation() {
        // 8 of 20: centre (0.4 + 0.09604)/1.19208 = 0.41611, half 0.19732.
        let interval = wilson(8, 20).unwrap();
        close(interval.low, 0.2188);
        close(interval.high, 0.6134);
        // 0 of 10: the lower end is 0, the upper z²/(n + z²) = 0.2775.
        let interval = wilson(0, 10).unwrap();
        close(interval.low, 0.0);
        close(interval.high, 0.2775);
        assert_eq!(wilson(1, 0), None);
        assert_eq!(wilson(3, 2), None);
    }

    #[test]
    fn newcombe_matches_the_published_examples() {
        // Newcombe, Statistics in Medicine 17 (1998) 873–890, Table II, method 10.
        let d = newcombe(56, 70, 48, 80).unwrap();
        close(d.estimate, 0.2);
        close(d.interval.low, 0.0524);
        close(d.interval.high, 0.3339);
        let d = newcombe(9, 10, 3, 10).unwrap();
        close(d.interval.low, 0.1705);
        close(d.interval.high, 0.8090);
        let d = newcombe(5, 56, 0, 29).unwrap();
        close(d.interval.low, -0.0381);
        close(d.interval.high, 0.1926);
        assert_eq!(newcombe(1, 0, 1, 2), None);
    }

    #[test]
    fn poisson_tails_match_the_direct_sum() {
        // 1 − e^−1; 1 − e^−2.5 (1 + 2.5 + 2.5²/2).
        close(poisson_at_least(1, 1.0), 0.6321);
        close(poisson_at_least(3, 2.5), 0.4562);
        // A mean of 14.55 (a million codes' chance of shared nonces): 14 or more about 0.5927,
        // 25 or more 0.0079 (computed apart, with factorials).
        close(poisson_at_least(14, 14.551_9), 0.5927);
        close(poisson_at_least(25, 14.551_9), 0.0079);
        assert_eq!(poisson_at_least(0, 3.0), 1.0);
        assert_eq!(poisson_at_least(1, 0.0), 0.0);
        // A mean far past where e^−mean underflows still gives its median near one half.
        close(poisson_at_least(2_000, 2_000.0), 0.5030);
    }
}
