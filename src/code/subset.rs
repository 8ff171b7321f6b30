//! Priority sets as numbers: every set of at most `max` of `n` options gets a rank, so one
//! respondent's choices take one mixed-radix digit of the code.

const fn pascal() -> [[u64; 17]; 17] {
    let mut table = [[0u64; 17]; 17];
    let mut n = 0;
    while n < 17 {
        table[n][0] = 1;
        let mut k = 1;
        while k <= n {
            table[n][k] = table[n - 1][k - 1] + table[n - 1][k];
            k += 1;
        }
        n += 1;
    }
    table
}

static BINOMIAL: [[u64; 17]; 17] = pascal();

fn binomial(n: usize, k: usize) -> u64 {
    BINOMIAL
        .get(n)
        .and_then(|row| row.get(k))
        .copied()
        .unwrap_or(0)
}

/// Number of subsets of at most `max` of `n` options.
pub(super) fn subsets_up_to(n: usize, max: usize) -> u64 {
    (0..=max).map(|k| binomial(n, k)).sum()
}

/// Rank of a set among all sets of at most `max` options: by size, then colexicographic.
pub(super) fn rank_subset(mask: u16, n: usize) -> u64 {
    let size = mask.count_ones() as usize;
    let offset: u64 = (0..size).map(|k| binomial(n, k)).sum();
    let mut rank = 0;
    let mut i = 0;
    for c in 0..n {
        if mask & (1 << c) != 0 {
            i += 1;
            rank += binomial(c, i);
        }
    }
    offset + rank
}

pub(super) fn unrank_subset(mut rank: u64, n: usize, max: usize) -> Option<u16> {
    let mut size = 0;
    while rank >= binomial(n, size) {
        rank -= binomial(n, size);
        size += 1;
        if size > max {
            return None;
        }
    }
    let mut mask = 0u16;
    let mut top = n;
    for i in (1..=size).rev() {
        let c = (0..top).rev().find(|&c| binomial(c, i) <= rank)?;
        rank -= binomial(c, i);
        mask |= 1 << c;
        top = c;
    }
    Some(mask)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subsets_rank_and_unrank_one_to_one() {
        let total = subsets_up_to(10, 3);
        assert_eq!(total, 1 + 10 + 45 + 120);
        let mut seen = std::collections::HashSet::new();
        for rank in 0..total {
            let mask = unrank_subset(rank, 10, 3).unwrap();
            assert!(mask.count_ones() <= 3 && mask < 1 << 10);
            assert_eq!(rank_subset(mask, 10), rank);
            assert!(seen.insert(mask));
        }
        assert_eq!(unrank_subset(total, 10, 3), None);
    }
}
