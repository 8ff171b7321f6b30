//! k-ary randomized response (local differential privacy; Warner 1965, Wang et al. 2017): the
//! respondent's browser reports its true value with probability `keep` and each other value with
//! probability `other`, where `keep / other = e^ε`. No single report proves anything about its
//! sender beyond a likelihood ratio of e^ε, while the counts of many reports estimate the group's
//! shares without bias. Groundwork for the deniable survey mode (issue 12): the mechanism, the
//! unbiased estimators with intervals that include the added noise, and the simulations that prove
//! them; not yet wired into the code format, the link or the pages.

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

/// A difference of two estimated shares (or of one share between two waves) with its interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Difference {
    /// The estimated difference.
    pub estimate: f64,
    /// Its standard error.
    pub se: f64,
    /// The 95 % interval, clipped into [−1, 1].
    pub low: f64,
    /// Upper end of the interval.
    pub high: f64,
}

impl Difference {
    fn new(estimate: f64, variance: f64) -> Difference {
        let se = variance.max(0.0).sqrt();
        Difference {
            estimate,
            se,
            low: (estimate - Z * se).clamp(-1.0, 1.0),
            high: (estimate + Z * se).clamp(-1.0, 1.0),
        }
    }

    /// `a − b` for estimates from independent samples (two waves).
    pub fn between(a: &Estimate, b: &Estimate) -> Difference {
        Difference::new(a.raw - b.raw, a.se * a.se + b.se * b.se)
    }
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

    /// Applies the inverse of the mechanism's matrix to a vector of reported shares: the matrix is
    /// `(keep − other)·I + other·J`, whose inverse is `(I − other·J) / (keep − other)` because its
    /// rows sum to 1.
    fn invert(&self, reported: &[f64]) -> Vec<f64> {
        let total: f64 = reported.iter().sum();
        reported
            .iter()
            .map(|lambda| (lambda - self.other * total) / self.signal())
            .collect()
    }
}

/// The difference in the share of `outcome` (a yes/no value, reported through `outcome_rr`) between
/// respondents whose true `group` (reported through `group_rr`) is `a` and those whose is `b`: for
/// burnout among those who rate a lever unfavourably against those who rate it favourably.
///
/// `joint[g][o]` counts reports of group value `g` with outcome value `o` (0 no, 1 yes). The true
/// joint shares are the reported ones with both inverse matrices applied (the two values are
/// randomized independently); the difference of the two conditional shares and its variance come
/// from them by the delta method over the multinomial of reported cells.
pub fn conditional_difference(
    group_rr: &Mechanism,
    outcome_rr: &Mechanism,
    joint: &[[u64; 2]],
    a: usize,
    b: usize,
) -> Option<Difference> {
    let kg = group_rr.values();
    if outcome_rr.values() != 2 || joint.len() != kg || a >= kg || b >= kg || a == b {
        return None;
    }
    let n: u64 = joint.iter().flatten().sum();
    if n == 0 {
        return None;
    }
    let n = n as f64;
    // Reported cell shares, cell (g, o) at index 2g + o.
    let lambda: Vec<f64> = joint.iter().flatten().map(|c| *c as f64 / n).collect();
    // The linear map A = G⁻¹ ⊗ O⁻¹ from reported to true cell shares, as a dense matrix.
    let cells = 2 * kg;
    let inverse = |rr: &Mechanism, i: usize, j: usize| {
        let identity = if i == j { 1.0 } else { 0.0 };
        (identity - rr.other) / rr.signal()
    };
    let map = |row: usize, column: usize| {
        inverse(group_rr, row / 2, column / 2) * inverse(outcome_rr, row % 2, column % 2)
    };
    let truth: Vec<f64> = (0..cells)
        .map(|row| (0..cells).map(|c| map(row, c) * lambda[c]).sum())
        .collect();
    let conditional = |g: usize| -> Option<(f64, f64, f64)> {
        let (no, yes) = (truth[2 * g], truth[2 * g + 1]);
        let total = no + yes;
        (total > 1e-9).then(|| (yes / total, no, yes))
    };
    let (pa, a_no, a_yes) = conditional(a)?;
    let (pb, b_no, b_yes) = conditional(b)?;
    // ∂(yes / (no + yes)) = (no·∂yes − yes·∂no) / (no + yes)².
    let mut gradient = vec![0.0; cells];
    let ta = (a_no + a_yes).powi(2);
    let tb = (b_no + b_yes).powi(2);
    gradient[2 * a] = -a_yes / ta;
    gradient[2 * a + 1] = a_no / ta;
    gradient[2 * b] = b_yes / tb;
    gradient[2 * b + 1] = -b_no / tb;
    // Through the map: h = Aᵀ g, then Var = hᵀ Σ h with Σ = (diag λ − λλᵀ) / n.
    let h: Vec<f64> = (0..cells)
        .map(|c| (0..cells).map(|row| map(row, c) * gradient[row]).sum())
        .collect();
    let mean: f64 = h.iter().zip(&lambda).map(|(x, l)| x * l).sum();
    let second: f64 = h.iter().zip(&lambda).map(|(x, l)| x * x * l).sum();
    let variance = (second - mean * mean) / n;
    Some(Difference::new(pa - pb, variance))
}

/// The true shares of a categorical value estimated from reported counts, projected onto the
/// probability simplex (the closest distribution: negative shares set to zero, the rest lowered
/// evenly to sum to 1), as a report's distribution shows them.
pub fn distribution(rr: &Mechanism, reported: &[u64]) -> Option<Vec<f64>> {
    let n: u64 = reported.iter().sum();
    if n == 0 || reported.len() != rr.values() {
        return None;
    }
    let lambda: Vec<f64> = reported.iter().map(|c| *c as f64 / n as f64).collect();
    Some(project(&rr.invert(&lambda)))
}

/// The Euclidean projection of `v` onto the probability simplex (Duchi et al. 2008).
fn project(v: &[f64]) -> Vec<f64> {
    let mut sorted = v.to_vec();
    sorted.sort_by(|a, b| b.total_cmp(a));
    let mut sum = 0.0;
    let mut theta = 0.0;
    for (index, value) in sorted.iter().enumerate() {
        sum += value;
        let candidate = (sum - 1.0) / (index + 1) as f64;
        if value - candidate > 0.0 {
            theta = candidate;
        }
    }
    v.iter().map(|x| (x - theta).max(0.0)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A seeded generator for the simulations (SplitMix64): no dependency, reproducible.
    struct Seeded(u64);

    impl Seeded {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }

        fn uniform(&mut self) -> f64 {
            (self.next() >> 11) as f64 / (1u64 << 53) as f64
        }
    }

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

    /// Pearson's chi-square of reported values against the documented probabilities, at a fixed
    /// seed: below the 0.1 % critical value for k − 1 degrees of freedom.
    #[test]
    fn reported_values_follow_the_documented_probabilities() {
        let mut rng = Seeded(2026);
        // Critical values of chi-square at p = 0.001 for 1 and 3 degrees of freedom.
        for (k, critical) in [(2usize, 10.83), (4, 16.27)] {
            let rr = Mechanism::new(k, RATIO).unwrap();
            for truth in 0..k {
                let draws = 60_000;
                let mut counts = vec![0u64; k];
                for _ in 0..draws {
                    counts[rr.randomize(truth, rng.uniform())] += 1;
                }
                let chi: f64 = counts
                    .iter()
                    .enumerate()
                    .map(|(v, observed)| {
                        let expected = draws as f64 * rr.probability(v, truth);
                        (*observed as f64 - expected).powi(2) / expected
                    })
                    .sum();
                println!("k = {k}, truth {truth}: {counts:?}, chi-square {chi:.2}");
                assert!(chi < critical, "k = {k}, truth {truth}: {chi}");
            }
        }
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
        let p = project(&[0.7, 0.5, -0.2]);
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert!(p.iter().all(|x| *x >= 0.0));
        assert!((p[0] - 0.6).abs() < 1e-12 && (p[1] - 0.4).abs() < 1e-12 && p[2] == 0.0);
        let inside = project(&[0.2, 0.3, 0.5]);
        assert!((inside[1] - 0.3).abs() < 1e-12);
    }

    /// One simulated population: a burnout share, and for one lever (four reported states:
    /// not answered, unfavourable, neutral, favourable) the share in each state among the burned
    /// out and among the others, so that the lever is associated with burnout by design.
    struct Population {
        burnout: f64,
        lever_if_burned: [f64; 4],
        lever_if_not: [f64; 4],
    }

    impl Population {
        fn draw(&self, rng: &mut Seeded) -> (usize, usize) {
            let burned = usize::from(rng.uniform() < self.burnout);
            let table = if burned == 1 {
                &self.lever_if_burned
            } else {
                &self.lever_if_not
            };
            let u = rng.uniform();
            let mut acc = 0.0;
            let lever = table
                .iter()
                .position(|p| {
                    acc += p;
                    u < acc
                })
                .unwrap_or(3);
            (burned, lever)
        }

        /// The true difference in burnout between unfavourable (1) and favourable (3) raters.
        fn driver(&self) -> f64 {
            let among = |state: usize| {
                let yes = self.burnout * self.lever_if_burned[state];
                let no = (1.0 - self.burnout) * self.lever_if_not[state];
                yes / (yes + no)
            };
            among(1) - among(3)
        }
    }

    /// The bias and 95 % coverage of the burnout share, the driver difference and the two-wave
    /// change, over 1,000 simulated surveys at each size, printed as a table.
    #[test]
    fn estimates_are_unbiased_and_intervals_cover_the_truth() {
        let burnout_rr = Mechanism::new(2, RATIO).unwrap();
        let lever_rr = Mechanism::new(4, RATIO).unwrap();
        let populations = [
            Population {
                burnout: 0.3,
                lever_if_burned: [0.05, 0.55, 0.2, 0.2],
                lever_if_not: [0.05, 0.2, 0.25, 0.5],
            },
            Population {
                burnout: 0.6,
                lever_if_burned: [0.1, 0.5, 0.25, 0.15],
                lever_if_not: [0.1, 0.15, 0.25, 0.5],
            },
        ];
        let mut rng = Seeded(7);
        println!(
            "{:>8} {:>5} {:>28} {:>10} {:>9}",
            "burnout", "n", "figure", "bias", "coverage"
        );
        for (which, population) in populations.iter().enumerate() {
            // The follow-up wave of the two-wave change: the other population.
            let follow_up = &populations[1 - which];
            let change = follow_up.burnout - population.burnout;
            for n in [200usize, 500, 2_000] {
                let reps = 1_000;
                let mut sums = [0.0f64; 3];
                let mut covered = [0usize; 3];
                let mut counted = [0usize; 3];
                for _ in 0..reps {
                    let mut survey = |population: &Population| {
                        let mut burnout = [0u64; 2];
                        let mut joint = [[0u64; 2]; 4];
                        for _ in 0..n {
                            let (burned, lever) = population.draw(&mut rng);
                            let b = burnout_rr.randomize(burned, rng.uniform());
                            let l = lever_rr.randomize(lever, rng.uniform());
                            burnout[b] += 1;
                            joint[l][b] += 1;
                        }
                        (burnout, joint)
                    };
                    let (burnout, joint) = survey(population);
                    let (later, _) = survey(follow_up);
                    let share = burnout_rr.share(&burnout, 1).unwrap();
                    let driver = conditional_difference(&lever_rr, &burnout_rr, &joint, 1, 3);
                    let second = burnout_rr.share(&later, 1).unwrap();
                    let wave = Difference::between(&second, &share);
                    let results = [
                        Some((share.raw, share.low, share.high, population.burnout)),
                        driver.map(|d| (d.estimate, d.low, d.high, population.driver())),
                        Some((wave.estimate, wave.low, wave.high, change)),
                    ];
                    for (slot, result) in results.into_iter().enumerate() {
                        if let Some((estimate, low, high, truth)) = result {
                            sums[slot] += estimate - truth;
                            counted[slot] += 1;
                            if (low..=high).contains(&truth) {
                                covered[slot] += 1;
                            }
                        }
                    }
                }
                let names = [
                    "burnout share",
                    "driver difference (lever)",
                    "two-wave change",
                ];
                for slot in 0..3 {
                    let bias = sums[slot] / counted[slot] as f64;
                    let coverage = covered[slot] as f64 / counted[slot] as f64;
                    println!(
                        "{:>7.0}% {n:>5} {:>28} {:>+10.4} {:>8.1}%",
                        population.burnout * 100.0,
                        names[slot],
                        bias,
                        coverage * 100.0
                    );
                    // Stated tolerances: 0.01 for shares and changes at every size; a driver is a
                    // ratio of noisy estimates, whose small-sample bias (of order 1/n) is held to
                    // 0.05 at n = 200 and 0.01 from n = 500.
                    let tolerance = if slot == 1 && n < 500 { 0.05 } else { 0.01 };
                    assert!(bias.abs() < tolerance, "{}: bias {bias}", names[slot]);
                    assert!(
                        (0.93..=0.97).contains(&coverage),
                        "{} at n = {n}: coverage {coverage}",
                        names[slot]
                    );
                    assert!(counted[slot] >= reps * 99 / 100);
                }
            }
        }
    }
}
