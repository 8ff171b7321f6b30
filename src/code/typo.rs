//! Explaining a failed read: where the one mistyped, swapped, added or dropped symbol is, when
//! exactly one would turn the text into a code of this survey — the second half of "Reading a
//! code, step by step" in `docs/code-format.md`. It names a place; it never corrects.

use super::{bits, Codec, DecodeError};

impl Codec {
    /// `error`, with the place of the one typo that explains it when there is exactly one — the
    /// second half of "Reading a code, step by step" in docs/code-format.md. Never a correction.
    pub(super) fn explain(&self, symbols: &[u8], error: DecodeError) -> DecodeError {
        let (found, expected) = (symbols.len(), self.individual_symbols);
        let one_off = found + 1 == expected || found == expected + 1;
        match error {
            DecodeError::Mistyped { .. }
            | DecodeError::WrongLength { .. }
            | DecodeError::UnknownVersion
                if one_off =>
            {
                DecodeError::WrongLength {
                    expected,
                    found,
                    near: self.locate_length_typo(symbols),
                }
            }
            DecodeError::Mistyped { .. } => DecodeError::Mistyped {
                near: self
                    .locate_typo(symbols)
                    .or_else(|| self.locate_zero_at_an_end(symbols)),
            },
            DecodeError::UnknownVersion | DecodeError::Malformed | DecodeError::Inconsistent => {
                match self.locate_zero_at_an_end(symbols) {
                    Some(near) => DecodeError::Mistyped { near: Some(near) },
                    None => error,
                }
            }
            other => other,
        }
    }

    /// The single typo or swap that would turn `symbols` into a code this survey accepts, if
    /// exactly one does.
    fn locate_typo(&self, symbols: &[u8]) -> Option<usize> {
        let mut near = None;
        for (position, fixed) in bits::corrections(symbols) {
            if self.read(&fixed).is_ok() {
                if near.is_some_and(|p| p != position + 1) {
                    return None;
                }
                near = Some(position + 1);
            }
        }
        near
    }

    /// Where one added or dropped symbol would turn `symbols` (one symbol longer or shorter
    /// than an individual code) into a code this survey accepts, if exactly one correction does.
    /// Deleting any one of a run of equal symbols gives the same code: the run's first is named.
    fn locate_length_typo(&self, symbols: &[u8]) -> Option<usize> {
        let mut found: Option<(usize, Vec<u8>)> = None;
        let mut consider = |position: usize, fixed: Vec<u8>| -> bool {
            if self.read(&fixed).is_err() {
                return true;
            }
            match &found {
                Some((_, earlier)) if *earlier != fixed => false,
                Some(_) => true,
                None => {
                    found = Some((position + 1, fixed));
                    true
                }
            }
        };
        let unique = if symbols.len() > self.individual_symbols {
            (0..symbols.len()).all(|position| {
                let mut fixed = symbols.to_vec();
                fixed.remove(position);
                consider(position, fixed)
            })
        } else {
            bits::insertions(symbols)
                .into_iter()
                .all(|(position, fixed)| consider(position, fixed))
        };
        found.filter(|_| unique).map(|(position, _)| position)
    }

    /// Where a zero added at either end, or a zero dropped from the end, explains why symbols
    /// whose checksum agrees are not a code: a CRC that starts from zero cannot see those.
    fn locate_zero_at_an_end(&self, symbols: &[u8]) -> Option<usize> {
        let accepted = |fixed: &[u8]| self.read(fixed).is_ok();
        if symbols.first() == Some(&0) && accepted(symbols.get(1..)?) {
            return Some(1);
        }
        if symbols.last() == Some(&0) && accepted(symbols.get(..symbols.len() - 1)?) {
            return Some(symbols.len());
        }
        let mut longer = symbols.to_vec();
        longer.push(0);
        accepted(&longer).then_some(symbols.len() + 1)
    }
}
