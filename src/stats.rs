//! Interval estimates for proportions and their differences: a leaf that the report and its
//! estimators for deniable surveys share.

/// The 97.5th percentile of the standard normal distribution, rounded to six decimals as
/// `docs/scoring.md` states it: the one z of every 95 % interval in the report, ordinary or
/// deniable.
pub const Z95: f64 = 1.959_964;

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
    let estimate = p1 - p2;
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
}
