//! A new survey's identifier.

use crate::code::ALPHABET;

/// Symbols of a new survey identifier: 50 random bits in Crockford's alphabet.
pub const ID_SYMBOLS: usize = 10;

/// A survey identifier from `random` bytes (from the browser's cryptographic generator): each byte
/// gives one symbol (256 is a multiple of 32, so every symbol is equally likely).
pub fn new_id(random: [u8; ID_SYMBOLS]) -> String {
    random
        .iter()
        .map(|byte| char::from(ALPHABET[usize::from(byte % 32)]))
        .collect()
}
