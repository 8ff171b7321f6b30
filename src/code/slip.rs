//! Single-use slips: one slip, one response, with no server (`docs/code-format.md`, "Slips").
//!
//! The organizer's browser makes a secret [`SlipKey`]. Each printed slip carries a [`Slip`]: a
//! serial and a check that only the key can make, so slips cannot be guessed or made up. A
//! respondent's code carries its slip in place of the random nonce (format version 3), and the
//! summary, holding the key, counts each slip once. The slip code printed on a slip adds a public
//! checksum, so that a respondent's browser, which never sees the key, can tell a mistyped slip
//! code from a good one.

use crc::{Crc, NoTable, CRC_10_ATM};
use siphasher::sip::SipHasher24;
use std::hash::Hasher;

use super::bits::{self, Class};
use crate::lang::{Explain, Text};

/// Bits of a slip's serial: slips are numbered 0 to 4,095.
pub const SERIAL_BITS: usize = 12;
/// Bits of a slip's check, made with the key.
pub const CHECK_BITS: usize = 23;
/// Bits of a slip, which fill a code's 35-bit nonce field.
pub const SLIP_BITS: usize = SERIAL_BITS + CHECK_BITS;
/// The most slips one survey may print.
pub const MAX_SLIPS: u16 = 4000;
/// Symbols of a slip code: the slip's 35 bits and a 10-bit checksum, 45 bits.
pub const SLIP_CODE_SYMBOLS: usize = 9;
/// Symbols of a key written out: 128 bits in 26 symbols, the first holding 3 bits.
pub const KEY_SYMBOLS: usize = 26;

const CHECKSUM_BITS: usize = 10;
// CRC-10/ATM (x^10 + x^9 + x^5 + x^4 + x + 1, init 0, no reflection, no final xor): it sees every
// error burst of up to 10 bits, so every mistyped symbol and every swap of two neighbours. Bit by
// bit, without a table: five bytes a slip, and the respondents' page carries no table for it.
const CHECKSUM: Crc<u16, NoTable> = Crc::<u16, NoTable>::new(&CRC_10_ATM);

/// The survey's secret for its slips: 128 bits from the organizer's browser's cryptographic
/// generator. It travels only in the summary link and the survey file.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct SlipKey([u8; 16]);

/// One slip: its serial and the check the key made for it (35 bits in all).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Slip(u64);

/// Why a typed slip code is not one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SlipCodeError {
    /// Nothing was typed.
    Empty,
    /// A character no slip code contains: the first one, with its place among the characters
    /// typed (from 1).
    InvalidCharacter {
        /// The character as typed.
        character: char,
        /// Its place, from 1, separators counted.
        position: usize,
    },
    /// Not nine characters (separators not counted).
    WrongLength {
        /// Characters found.
        found: usize,
    },
    /// Nine characters whose checksum does not agree: a typo.
    Mistyped,
}

impl SlipKey {
    /// The key made of these 16 random bytes.
    pub fn from_bytes(bytes: [u8; 16]) -> SlipKey {
        SlipKey(bytes)
    }

    /// The key as the summary link writes it: 26 Crockford base32 symbols, the 128 bits read
    /// as one number, most significant first.
    pub fn to_text(&self) -> String {
        let number = u128::from_be_bytes(self.0);
        (0..KEY_SYMBOLS)
            .rev()
            .map(|i| bits::symbol_char((number >> (5 * i)) as u8 & 31))
            .collect()
    }

    /// Reads a key as [`SlipKey::to_text`] writes it (any case); `None` if it is not one.
    pub fn parse(text: &str) -> Option<SlipKey> {
        let symbols = read_symbols(text).ok()?;
        if symbols.len() != KEY_SYMBOLS || symbols.first().is_none_or(|first| *first > 7) {
            return None;
        }
        // 130 bits, the first two zero: bytes fill from the end as bits come in.
        let mut bytes = [0u8; 16];
        let (mut acc, mut held, mut at) = (0u32, 0, 16);
        for symbol in symbols.iter().rev() {
            acc |= u32::from(*symbol) << held;
            held += 5;
            while held >= 8 && at > 0 {
                at -= 1;
                bytes[at] = acc as u8;
                acc >>= 8;
                held -= 8;
            }
        }
        Some(SlipKey(bytes))
    }

    /// The slip numbered `serial` (below 4,096; the organizer's sheet uses 0 to count − 1).
    pub fn slip(&self, serial: u16) -> Slip {
        let serial = u64::from(serial) & ((1 << SERIAL_BITS) - 1);
        Slip(serial << CHECK_BITS | self.check(serial))
    }

    /// Whether `slip` is one of the `count` slips this key made: its serial is below `count` and
    /// its check is the key's.
    pub fn made(&self, slip: Slip, count: u16) -> bool {
        slip.serial() < count && self.slip(slip.serial()) == slip
    }

    /// SipHash-2-4 of the serial's two bytes (big-endian) under the key; its top 23 bits.
    fn check(&self, serial: u64) -> u64 {
        let mut hasher = SipHasher24::new_with_key(&self.0);
        hasher.write(&(serial as u16).to_be_bytes());
        hasher.finish() >> (64 - CHECK_BITS)
    }
}

impl std::fmt::Debug for SlipKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // A key is a secret: debug output never shows it.
        f.write_str("SlipKey(…)")
    }
}

impl Slip {
    /// The slip held in a code's 35-bit nonce field.
    pub fn from_bits(bits: u64) -> Slip {
        Slip(bits & ((1 << SLIP_BITS) - 1))
    }

    /// The 35 bits a code carries: the serial, then the check.
    pub fn bits(self) -> u64 {
        self.0
    }

    /// The serial (0 to 4,095).
    pub fn serial(self) -> u16 {
        (self.0 >> CHECK_BITS) as u16
    }

    /// The slip code printed on the slip and typed by a respondent: nine symbols in groups of
    /// three, `7KQ-2XM-9PD`.
    pub fn code(self) -> String {
        let value = self.0 << CHECKSUM_BITS | u64::from(checksum(self.0));
        let mut text = String::with_capacity(11);
        for i in (0..SLIP_CODE_SYMBOLS).rev() {
            text.push(bits::symbol_char((value >> (5 * i)) as u8 & 31));
            if i % 3 == 0 && i > 0 {
                text.push('-');
            }
        }
        text
    }

    /// Reads a slip code as a person typed it: any case, spaces and dashes anywhere, O for 0, I
    /// or L for 1 — as a code is read.
    pub fn read(text: &str) -> Result<Slip, SlipCodeError> {
        let symbols = read_symbols(text)?;
        if symbols.is_empty() {
            return Err(SlipCodeError::Empty);
        }
        if symbols.len() != SLIP_CODE_SYMBOLS {
            return Err(SlipCodeError::WrongLength {
                found: symbols.len(),
            });
        }
        let value = symbols.iter().fold(0u64, |acc, s| acc << 5 | u64::from(*s));
        let slip = value >> CHECKSUM_BITS;
        if u64::from(checksum(slip)) != value & ((1 << CHECKSUM_BITS) - 1) {
            return Err(SlipCodeError::Mistyped);
        }
        Ok(Slip(slip))
    }
}

/// CRC-10/ATM of a slip's 35 bits, taken as five bytes (the bits right-aligned).
fn checksum(slip: u64) -> u16 {
    CHECKSUM.checksum(&slip.to_be_bytes()[3..])
}

/// The symbols of typed text, separators skipped; the first character that is neither is an error.
fn read_symbols(text: &str) -> Result<Vec<u8>, SlipCodeError> {
    let mut symbols = Vec::new();
    for (index, character) in text.trim().chars().enumerate() {
        match bits::classify(character) {
            Class::Symbol(value) if symbols.len() < 64 => symbols.push(value),
            Class::Symbol(_) | Class::Separator => {}
            Class::Other => {
                return Err(SlipCodeError::InvalidCharacter {
                    character,
                    position: index + 1,
                })
            }
        }
    }
    Ok(symbols)
}

impl Explain for SlipCodeError {
    fn text(&self) -> Text {
        match self {
            // One sentence for all three: the respondents' page carries every byte to a phone.
            SlipCodeError::Empty
            | SlipCodeError::InvalidCharacter { .. }
            | SlipCodeError::WrongLength { .. } => Text {
                en: "A slip code is the 9 letters and digits printed on your slip, such as 7KQ-2XM-9PD.",
                es: "Un código de papeleta son las 9 letras y cifras impresas en su papeleta, como 7KQ-2XM-9PD.",
            },
            SlipCodeError::Mistyped => Text {
                en: "This slip code has a typo: check it against your slip.",
                es: "Este código de papeleta tiene un error: compárelo con su papeleta.",
            },
        }
    }
}
