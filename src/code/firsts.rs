//! The first code read under each nonce. Every code read looks itself up here once, so the table
//! is a small one of its own rather than the standard map: in the pages, which are built for
//! size, the standard map's look-up and insertion stay calls and its probing works in 32-bit
//! groups, and they took a quarter of the time a million codes took to read.

/// Mixes the bits of `value` so that every bit of the result depends on every bit of it
/// (MurmurHash3's finalizer, with 64-bit products only: WebAssembly has no 128-bit one).
#[inline(always)]
pub(super) fn spread(value: u64) -> u64 {
    let mut h = value;
    h = (h ^ h >> 33).wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    h = (h ^ h >> 33).wrapping_mul(0xC4CE_B9FE_1A85_EC53);
    h ^ h >> 33
}

/// Keys (any number below `u64::MAX`) and, under each, the code first kept with it. Open
/// addressing with linear probing, never more than half full.
#[derive(Clone, Default)]
pub(super) struct Firsts {
    /// Per slot, its key plus one, or zero when the slot is empty. A power of two long.
    keys: Vec<u64>,
    /// Per slot, the code kept under its key.
    codes: Vec<[u64; 2]>,
    len: usize,
}

impl Firsts {
    /// Keys held.
    pub(super) fn len(&self) -> usize {
        self.len
    }

    /// The code kept under `key` (below `u64::MAX`), if there is one; otherwise keeps `code`
    /// under it and gives `None`.
    #[inline(always)]
    pub(super) fn first_or_keep(&mut self, key: u64, code: [u64; 2]) -> Option<[u64; 2]> {
        if 2 * (self.len + 1) > self.keys.len() {
            self.grow();
        }
        let stored = key.wrapping_add(1);
        let at = self.slot_of(stored);
        match self.keys.get(at) {
            Some(&held) if held == stored => self.codes.get(at).copied(),
            _ => {
                self.put(at, stored, code);
                self.len += 1;
                None
            }
        }
    }

    /// The slot that holds `stored` (a key plus one), or else the empty slot where it belongs.
    #[inline(always)]
    fn slot_of(&self, stored: u64) -> usize {
        let mask = self.keys.len().wrapping_sub(1);
        let mut at = spread(stored) as usize & mask;
        // Ends: the table is never full, so an empty slot comes.
        while self
            .keys
            .get(at)
            .is_some_and(|&held| held != 0 && held != stored)
        {
            at = (at + 1) & mask;
        }
        at
    }

    fn put(&mut self, at: usize, stored: u64, code: [u64; 2]) {
        if let (Some(key), Some(slot)) = (self.keys.get_mut(at), self.codes.get_mut(at)) {
            *key = stored;
            *slot = code;
        }
    }

    /// Twice the slots, every key moved to its place among them.
    #[cold]
    fn grow(&mut self) {
        let size = (self.keys.len() * 2).max(16);
        let keys = std::mem::replace(&mut self.keys, vec![0; size]);
        let codes = std::mem::replace(&mut self.codes, vec![[0; 2]; size]);
        for (stored, code) in keys.into_iter().zip(codes) {
            if stored != 0 {
                let at = self.slot_of(stored);
                self.put(at, stored, code);
            }
        }
    }
}

// Native only: proptest is not built for the browser's target.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use std::collections::HashMap;

    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// Whatever keys come, in whatever order, the table answers as a map that keeps the
        /// first code under each key: through many growths, and with keys that share low bits.
        #[test]
        fn keeps_the_first_code_of_each_key(
            steps in prop::collection::vec((0u64..300, 0u64..4, any::<bool>()), 0..2_000),
        ) {
            let mut firsts = Firsts::default();
            let mut map: HashMap<u64, [u64; 2]> = HashMap::new();
            for (key, code, high) in steps {
                // Keys as the reader makes them: a nonce, with the top bit for a slip's, and
                // many equal in their low bits.
                let key = key << 20 | u64::from(high) << 63;
                let code = [code, key];
                let expected = map.get(&key).copied();
                map.entry(key).or_insert(code);
                prop_assert_eq!(firsts.first_or_keep(key, code), expected);
                prop_assert_eq!(firsts.len(), map.len());
            }
        }
    }

    #[test]
    fn the_largest_key_is_kept_like_any_other() {
        let mut firsts = Firsts::default();
        let key = u64::MAX - 1;
        assert_eq!(firsts.first_or_keep(key, [1, 2]), None);
        assert_eq!(firsts.first_or_keep(key, [3, 4]), Some([1, 2]));
        assert_eq!(firsts.first_or_keep(0, [5, 6]), None);
        assert_eq!(firsts.len(), 2);
    }
}
