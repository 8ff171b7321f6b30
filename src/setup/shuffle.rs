//! The order slips are printed in: a uniformly random permutation, so that a slip's place on the
//! sheet says nothing about its serial.

use siphasher::sip::SipHasher24;
use std::hash::Hasher;

/// Puts `items` in a uniformly random order (Fisher–Yates), drawing from `seed`: 16 bytes from
/// the shell's cryptographic generator, stretched into as many numbers as the shuffle needs by
/// SipHash-2-4 keyed with the seed over a counter (a pseudorandom function: without the seed, the
/// order cannot be told from chance). Pure: the same seed gives the same order.
pub fn shuffle<T>(items: &mut [T], seed: [u8; 16]) {
    let mut draws = Draws { seed, counter: 0 };
    for top in (1..items.len()).rev() {
        // `top + 1` fits: a slice is never longer than u64 can count.
        let pick = draws.below(top as u64 + 1);
        items.swap(top, usize::try_from(pick).unwrap_or(top));
    }
}

/// Numbers drawn from a seed: the `counter`-th is SipHash-2-4 of the counter (8 bytes,
/// little-endian) under the seed.
struct Draws {
    seed: [u8; 16],
    counter: u64,
}

impl Draws {
    fn next(&mut self) -> u64 {
        let mut hasher = SipHasher24::new_with_key(&self.seed);
        hasher.write(&self.counter.to_le_bytes());
        self.counter += 1;
        hasher.finish()
    }

    /// A number in `0..bound` (`bound` ≥ 1), every value equally likely: the high half of a draw
    /// times `bound`, where draws whose low half falls in the uneven remainder are drawn again
    /// (Lemire's method), so no value is favoured by the modulo.
    fn below(&mut self, bound: u64) -> u64 {
        let uneven = bound.wrapping_neg() % bound;
        loop {
            let product = u128::from(self.next()) * u128::from(bound);
            if product as u64 >= uneven {
                return (product >> 64) as u64;
            }
        }
    }
}
