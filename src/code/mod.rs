//! The aggregate-only code: what one respondent (or a collector, for many) hands to the organizer.
//!
//! A code is Crockford base32. Its bits, most significant first (see `docs/code-format.md`):
//!
//! ```text
//! header 5 = version 3 · kind 1 · randomized-response flag 1
//! survey tag 20 · nonce 35 · body · zero padding to a symbol boundary · CRC-16
//! ```
//!
//! The body of an individual code is the scores packed in mixed radix (39 bits with the default
//! instrument, 23 symbols in all); the body of a combined code is the [`Tally`]'s counters,
//! Elias-gamma coded. Every version keeps the header first and the CRC last, so an older Candor can
//! tell a typo from a newer code.

mod bits;
mod error;
mod extract;
mod firsts;
mod payload;
mod slip;
mod subset;
mod tag;
mod tally;
mod typo;
mod units;

use std::fmt;

use crate::deniability::Deniability;
use crate::instrument::{Instrument, InstrumentError, Shape, MAX_OWN_STATEMENTS, MAX_UNITS};
use crate::scoring::Scores;
use crate::scoring::BIN_STATES;
use bits::{BitReader, BitWriter, CRC_BITS};
use subset::{subsets_up_to, unrank_subset};
use tag::survey_tag;

// The setup page writes new survey identifiers in the same alphabet.
pub(crate) use bits::ALPHABET;
pub use error::{Counts, DecodeError, EncodeError, Verdict};
pub use extract::{
    collect, extract, Collection, Collector, ReusedSlip, SlipCheck, SlipTally, Token, MIN_TOKEN,
};
pub use slip::{Slip, SlipCodeError, SlipKey, MAX_SLIPS, SLIP_CODE_SYMBOLS};
pub use tally::{merge, Cell, MergeError, Tally, MAX_RESPONDENTS};
pub use units::UnitTallies;

/// The newest format version this Candor writes and reads; it reads every version up to this one.
/// Version 2 changed only combined codes (they carry their own length); individual codes keep the
/// version-1 layout and are still written as version 1, so every earlier Candor reads them.
/// Version 3 is an individual code whose nonce field holds a single-use slip.
pub const VERSION: u8 = 3;
/// The version individual codes are written in.
const INDIVIDUAL_VERSION: u64 = 1;
/// The first version whose combined codes carry their length.
const LENGTH_VERSION: u64 = 2;
/// The version of an individual code made with a slip: the version-1 layout, the slip in place of
/// the nonce. No combined code has this version.
const SLIP_VERSION: u64 = 3;

const HEADER_BITS: usize = 5;
const TAG_BITS: usize = 20;
const NONCE_BITS: usize = 35;
const KIND_INDIVIDUAL: u64 = 0;
const KIND_COMBINED: u64 = 1;
/// Bits before the body.
const PREFIX_BITS: usize = HEADER_BITS + TAG_BITS + NONCE_BITS;
/// Bits of a deniable code's level field (e^ε, 2 or 3), right after the nonce.
const LEVEL_BITS: usize = 2;
/// Bits of a combined code's length field (version 2 on): its number of symbols modulo 32, so an
/// added or dropped character is noticed even where the CRC cannot notice it (zeros at the end).
const LENGTH_BITS: usize = 5;

/// Most fields an individual payload may have (burnout, outcomes, levers, priorities, unit, role).
const MAX_FIELDS: usize = 32;

/// Below this chance, a number of codes sharing a nonce is called more than honest codes would
/// show ([`shared_beyond_chance`]).
pub const BEYOND_CHANCE: f64 = 0.01;

/// How many of `codes` accepted codes chance alone makes share their nonce with an earlier code:
/// about k(k − 1)/2 pairs among 2³⁵ nonces (0.0015 among 10,000 codes, 14.6 among a million).
pub fn shared_by_chance(codes: usize) -> f64 {
    let k = codes as f64;
    k * (k - 1.0).max(0.0) / 2.0 / (1u64 << NONCE_BITS) as f64
}

/// Whether `shared` codes sharing a nonce among `codes` accepted codes is more than chance gives:
/// a Poisson count of mean [`shared_by_chance`] reaches it with a probability under
/// [`BEYOND_CHANCE`] (`docs/code-format.md`, "Nonce").
pub fn shared_beyond_chance(shared: usize, codes: usize) -> bool {
    shared > 0 && crate::stats::poisson_at_least(shared, shared_by_chance(codes)) < BEYOND_CHANCE
}

/// Shorter than the shortest code this or any later version may write (header, tag, CRC).
pub const MIN_SYMBOLS: usize = 9;
/// Longer than any combined code of a real organization; beyond it, reading is refused outright.
pub const MAX_SYMBOLS: usize = 20_000;

/// A code as Candor writes it: canonical upper-case symbols without separators.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Code(String);

/// What a code held.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The random number the code was made with (35 bits), or its slip's 35 bits. Two codes with
    /// the same nonce and contents are the same code pasted twice.
    pub nonce: u64,
    /// The single-use slip the code was made with (a version-3 code), or `None`.
    pub slip: Option<Slip>,
    /// One respondent's scores or a collector's tally.
    pub content: Content,
}

/// The contents of a decoded code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Content {
    /// One respondent.
    Individual(Scores),
    /// Any number (≥ 1) of respondents, combined by a collector.
    Combined(Tally),
}

/// The code format prepared for one instrument and survey: reuse it for many codes.
#[derive(Clone, Debug)]
pub struct Codec {
    dims: tally::Dims,
    tag: u32,
    radices: Vec<u64>,
    /// Every allowed priority set, by rank (176 for ten options, at most three).
    priority_sets: Vec<u16>,
    payload_bits: usize,
    individual_symbols: usize,
}

impl Codec {
    /// Prepares the format for `instrument` (validated here) as deployed in `shape`.
    pub fn new(instrument: &Instrument, shape: &Shape) -> Result<Codec, InstrumentError> {
        instrument.validate()?;
        if shape.units > MAX_UNITS {
            return Err(InstrumentError::BadRange("units"));
        }
        let dims = tally::Dims::new(instrument, shape);
        let radices = |dims: &tally::Dims, units: usize, roles: usize| {
            let mut radices = vec![dims.levels as u64];
            radices.extend(std::iter::repeat_n(BIN_STATES as u64, dims.outcomes));
            radices.extend(std::iter::repeat_n(dims.lever_states() as u64, dims.levers));
            radices.push(if dims.deniability.is_some() {
                1 << dims.priorities.min(16)
            } else {
                subsets_up_to(dims.priorities, dims.priority_max)
            });
            radices.push(units as u64 + 1);
            radices.push(roles as u64 + 1);
            // The organization's own statements come last, each as its bin's state.
            radices.extend(std::iter::repeat_n(BIN_STATES as u64, dims.statements));
            radices
        };
        // The width is fixed by the largest survey the instrument allows with this many statements
        // of the organization's own, so every such survey of one instrument has codes of one
        // length (a survey without them, the length it always had); a deniable code has the same
        // length, its level field taken from the payload's width.
        let width = |dims: &tally::Dims| -> Option<usize> {
            let widest = radices(
                dims,
                usize::from(MAX_UNITS),
                instrument.role_options().len(),
            )
            .iter()
            .try_fold(1u128, |acc, r| acc.checked_mul(u128::from(*r)))?;
            Some((128 - (widest - 1).leading_zeros()) as usize)
        };
        let ordinary = tally::Dims {
            statements: dims.statements,
            ..tally::Dims::new(instrument, &Shape::new(""))
        };
        let mut payload_bits = width(&ordinary).ok_or(InstrumentError::BadRange("code"))?;
        if dims.deniability.is_some() {
            payload_bits = payload_bits.saturating_sub(LEVEL_BITS);
            if width(&dims).is_none_or(|needed| needed > payload_bits) {
                return Err(InstrumentError::BadRange("code"));
            }
        }
        if payload_bits > 64
            || dims.statements > MAX_OWN_STATEMENTS
            || dims.outcomes + dims.levers + dims.statements + 4 > MAX_FIELDS
        {
            return Err(InstrumentError::BadRange("code"));
        }
        let roles = if shape.asks_role {
            instrument.role_options().len()
        } else {
            0
        };
        let sets = if dims.deniability.is_some() {
            0
        } else {
            subsets_up_to(dims.priorities, dims.priority_max)
        };
        let priority_sets = (0..sets)
            .map(|rank| unrank_subset(rank, dims.priorities, dims.priority_max))
            .collect::<Option<Vec<u16>>>()
            .ok_or(InstrumentError::BadRange("priorities"))?;
        Ok(Codec {
            dims,
            priority_sets,
            tag: survey_tag(instrument, shape),
            radices: radices(&dims, usize::from(shape.units), roles),
            payload_bits,
            // A deniable code writes its level where its payload gave up the bits.
            individual_symbols: (PREFIX_BITS
                + usize::from(dims.deniability.is_some()) * LEVEL_BITS
                + payload_bits
                + CRC_BITS)
                .div_ceil(5),
        })
    }

    /// Symbols of an individual code of this survey (23 with the default instrument), separators
    /// not counted.
    pub fn individual_length(&self) -> usize {
        self.individual_symbols
    }

    /// The 20-bit survey tag every code of this survey carries.
    pub fn tag(&self) -> u32 {
        self.tag
    }

    /// A tally of nobody, shaped for this survey.
    pub fn empty_tally(&self) -> Tally {
        Tally::of_dims(self.dims)
    }

    /// One respondent's code. `nonce` must come from a good random source (the shell uses the
    /// browser's `crypto.getRandomValues`); only its low 35 bits are used.
    pub fn encode(&self, scores: &Scores, nonce: u64) -> Result<Code, EncodeError> {
        self.individual(scores, INDIVIDUAL_VERSION, nonce)
    }

    /// One respondent's code made with a single-use slip: the code [`Codec::encode`] would make
    /// with the slip's 35 bits as its nonce, but version 3, so that a reader knows the field is a
    /// slip (an older Candor refuses it as from a newer version and never counts it).
    pub fn encode_with_slip(&self, scores: &Scores, slip: Slip) -> Result<Code, EncodeError> {
        self.individual(scores, SLIP_VERSION, slip.bits())
    }

    fn individual(&self, scores: &Scores, version: u64, nonce: u64) -> Result<Code, EncodeError> {
        if !self.dims.fits(scores) {
            return Err(EncodeError::ScoresDoNotFit);
        }
        let mut payload = 0u64;
        for (radix, digit) in self.radices.iter().zip(self.digits(scores)) {
            payload = payload * radix + digit;
        }
        let mut writer = self.prefix(version, KIND_INDIVIDUAL, nonce);
        writer.push(payload, self.payload_bits);
        Ok(Code::from_symbols(&writer.finish()))
    }

    /// A combined code for everyone in `tally` (n ≥ 1), made by a collector.
    pub fn encode_tally(&self, tally: &Tally, nonce: u64) -> Result<Code, EncodeError> {
        if tally.dims != self.dims || tally.n() == 0 || !tally.is_consistent() {
            return Err(EncodeError::TallyDoesNotFit);
        }
        Ok(self.combined(&tally.counts, nonce))
    }

    /// The combined code holding `counts`, checked or not.
    fn combined(&self, counts: &[u64], nonce: u64) -> Code {
        let mut counters = BitWriter::default();
        self.write_counters(counts, &mut counters);
        let mut writer = self.prefix(LENGTH_VERSION, KIND_COMBINED, nonce);
        let symbols = (writer.len() + LENGTH_BITS + counters.len() + CRC_BITS).div_ceil(5);
        writer.push(symbols as u64 % 32, LENGTH_BITS);
        writer.append(counters);
        Code::from_symbols(&writer.finish())
    }

    /// Writes counters in order, except that a breakdown cell with n = 0 is written as its n alone:
    /// the rest of an empty cell must be zero, and most cells of a small team's code are empty.
    fn write_counters(&self, counts: &[u64], writer: &mut BitWriter) {
        let mut index = 0;
        while let Some(&count) = counts.get(index) {
            writer.push_gamma(count);
            index += self.counter_step(index, count);
        }
    }

    /// How far to move after the counter at `index` holding `count`.
    fn counter_step(&self, index: usize, count: u64) -> usize {
        let first_cell = self.dims.units_at();
        let width = self.dims.cell_width();
        let starts_cell = index >= first_cell && (index - first_cell).is_multiple_of(width);
        if starts_cell && count == 0 {
            width
        } else {
            1
        }
    }

    /// Reads a code as a person typed or pasted it: any case, spaces and dashes anywhere, O for 0,
    /// I or L for 1.
    pub fn decode(&self, text: &str) -> Result<Decoded, DecodeError> {
        let mut short = [0u8; 32];
        let mut long = Vec::new();
        let mut count = 0;
        for (index, c) in text.chars().enumerate() {
            match bits::classify(c) {
                bits::Class::Symbol(value) => {
                    if let Some(slot) = short.get_mut(count) {
                        *slot = value;
                    } else {
                        if long.is_empty() {
                            long.extend_from_slice(&short);
                        }
                        long.push(value);
                    }
                    count += 1;
                    if count > MAX_SYMBOLS {
                        return Err(DecodeError::TooLong);
                    }
                }
                bits::Class::Separator => {}
                bits::Class::Other => {
                    return Err(DecodeError::InvalidCharacter {
                        character: c,
                        position: index + 1,
                    })
                }
            }
        }
        match short.get(..count) {
            Some(symbols) => self.decode_symbols(symbols),
            None => self.decode_symbols(&long),
        }
    }

    /// Reads symbols; when they are not a code of this survey, says why, naming where a single
    /// mistyped, added or dropped character would explain the difference.
    pub(crate) fn decode_symbols(&self, symbols: &[u8]) -> Result<Decoded, DecodeError> {
        self.read(symbols)
            .map_err(|error| self.explain(symbols, error))
    }

    /// Reads symbols as they stand: no search for the typo that would explain a failure.
    fn read(&self, symbols: &[u8]) -> Result<Decoded, DecodeError> {
        if symbols.len() < MIN_SYMBOLS {
            return Err(DecodeError::TooShort);
        }
        if symbols.len() > MAX_SYMBOLS {
            return Err(DecodeError::TooLong);
        }
        let header = u64::from(symbols.first().copied().unwrap_or(0));
        let (version, kind, randomized) = (header >> 2, (header >> 1) & 1, header & 1);
        if !bits::checksum_ok(symbols) {
            if (1..=u64::from(VERSION)).contains(&version)
                && kind == KIND_INDIVIDUAL
                && symbols.len() != self.individual_symbols
            {
                return Err(DecodeError::WrongLength {
                    expected: self.individual_symbols,
                    found: symbols.len(),
                    near: None,
                });
            }
            return Err(DecodeError::Mistyped { near: None });
        }
        if version == 0 {
            return Err(DecodeError::UnknownVersion);
        }
        if version > u64::from(VERSION) {
            return Err(DecodeError::NewerVersion {
                version: version as u8,
            });
        }
        if version == SLIP_VERSION && kind == KIND_COMBINED {
            // Reserved: a combined code cannot carry its slips in this version.
            return Err(DecodeError::NewerVersion {
                version: version as u8,
            });
        }
        if kind == KIND_INDIVIDUAL {
            if symbols.len() != self.individual_symbols {
                // An intact code of another length: another survey's when its tag says so (one
                // with another number of statements of its own has codes of another length),
                // else characters added or dropped where the checksum cannot tell.
                let mut reader = BitReader::new(symbols, symbols.len() * 5 - CRC_BITS);
                reader.read(5);
                if reader.read(TAG_BITS) != Some(u64::from(self.tag)) {
                    return Err(DecodeError::OtherSurvey);
                }
                return Err(DecodeError::WrongLength {
                    expected: self.individual_symbols,
                    found: symbols.len(),
                    near: None,
                });
            }
            let mut decoded = self.decode_individual(symbols, randomized == 1)?;
            if version == SLIP_VERSION {
                decoded.slip = Some(Slip::from_bits(decoded.nonce));
            }
            return Ok(decoded);
        }
        let (mut reader, nonce) = self.read_prefix(symbols, randomized == 1)?;
        if version >= LENGTH_VERSION && reader.read(LENGTH_BITS) != Some(symbols.len() as u64 % 32)
        {
            // Intact checksum, wrong length: characters added or dropped where the CRC cannot
            // tell (zeros at the end).
            return Err(DecodeError::Mistyped { near: None });
        }
        let mut tally = self.empty_tally();
        let mut index = 0;
        while index < tally.counts.len() {
            let count = reader.read_gamma().ok_or(DecodeError::Malformed)?;
            if let Some(slot) = tally.counts.get_mut(index) {
                *slot = count;
            }
            index += self.counter_step(index, count);
        }
        // Only zero padding (less than one symbol) may follow the counters.
        if reader.remaining() >= 5 || reader.read(reader.remaining()) != Some(0) {
            return Err(DecodeError::Malformed);
        }
        if tally.n() == 0 {
            return Err(DecodeError::Malformed);
        }
        if !tally.is_consistent() {
            return Err(DecodeError::Inconsistent);
        }
        let content = Content::Combined(tally);
        Ok(Decoded {
            nonce,
            slip: None,
            content,
        })
    }

    /// Reads the prefix every intact code shares — header, survey tag, nonce, and the level field
    /// when `deniable` — and refuses a code of another survey or another mode. Returns the reader
    /// at the body and the nonce.
    fn read_prefix<'a>(
        &self,
        symbols: &'a [u8],
        deniable: bool,
    ) -> Result<(BitReader<'a>, u64), DecodeError> {
        let mut reader = BitReader::new(symbols, symbols.len() * 5 - CRC_BITS);
        reader.read(HEADER_BITS);
        if reader.read(TAG_BITS) != Some(u64::from(self.tag)) {
            return Err(DecodeError::OtherSurvey);
        }
        let nonce = reader.read(NONCE_BITS).ok_or(DecodeError::Malformed)?;
        let level = match deniable {
            true => Some(reader.read(LEVEL_BITS).ok_or(DecodeError::Malformed)?),
            false => None,
        };
        self.check_mode(level)?;
        Ok((reader, nonce))
    }

    /// Refuses a code whose level field (`None` for an ordinary code) is unknown or not this
    /// survey's mode.
    fn check_mode(&self, level: Option<u64>) -> Result<(), DecodeError> {
        let made = match level {
            Some(ratio) => Some(Deniability::from_ratio(ratio).ok_or(DecodeError::UnknownLevel)?),
            None => None,
        };
        let expected = self.dims.deniability;
        if made != expected {
            return Err(DecodeError::OtherMode { made, expected });
        }
        Ok(())
    }

    /// The fields of an intact individual code of the right length; `deniable` when its
    /// randomized-response flag is set, so that a level field follows the nonce.
    fn decode_individual(&self, symbols: &[u8], deniable: bool) -> Result<Decoded, DecodeError> {
        let (mut reader, nonce) = self.read_prefix(symbols, deniable)?;
        let payload = reader
            .read(self.payload_bits)
            .ok_or(DecodeError::Malformed)?;
        // The modes agree, so what is left is this survey's padding: it must be zero.
        if reader.read(reader.remaining()) != Some(0) {
            return Err(DecodeError::Malformed);
        }
        let scores = self.scores_of(payload).ok_or(DecodeError::Malformed)?;
        Ok(Decoded {
            nonce,
            slip: None,
            content: Content::Individual(scores),
        })
    }

    fn prefix(&self, version: u64, kind: u64, nonce: u64) -> BitWriter {
        let mut writer = BitWriter::default();
        let deniable = self.dims.deniability;
        writer.push(
            version << 2 | kind << 1 | u64::from(deniable.is_some()),
            HEADER_BITS,
        );
        writer.push(u64::from(self.tag), TAG_BITS);
        writer.push(nonce & ((1 << NONCE_BITS) - 1), NONCE_BITS);
        if let Some(level) = deniable {
            writer.push(u64::from(level.ratio()), LEVEL_BITS);
        }
        writer
    }
}

impl Code {
    fn from_symbols(symbols: &[u8]) -> Code {
        Code(symbols.iter().map(|s| bits::symbol_char(*s)).collect())
    }

    /// The symbols without separators, upper case.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Symbols in groups of four joined by dashes, for reading aloud and copying by hand.
    pub fn grouped(&self) -> String {
        let mut grouped = String::with_capacity(self.0.len() + self.0.len() / 4);
        for (index, c) in self.0.chars().enumerate() {
            if index > 0 && index % 4 == 0 {
                grouped.push('-');
            }
            grouped.push(c);
        }
        grouped
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.grouped())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::DEFAULT;
    use crate::scoring::Bin;

    #[test]
    fn the_default_individual_code_is_23_symbols() {
        let codec = Codec::new(&DEFAULT, &Shape::new("x")).unwrap();
        assert_eq!(codec.payload_bits, 39);
        assert_eq!(codec.individual_length(), 23);
    }

    #[test]
    fn a_combined_code_whose_counters_do_not_add_up_is_refused() {
        let shape = Shape::new("tamper");
        let codec = Codec::new(&DEFAULT, &shape).unwrap();
        let scores = Scores {
            burnout: 4,
            outcomes: vec![Some(Bin::Neutral); 4],
            levers: vec![Some(2); 5],
            priorities: 0b11,
            unit: None,
            role: None,
            statements: Vec::new(),
        };
        let mut tally = codec.empty_tally();
        tally.add(&scores);
        tally.add(&scores);
        let honest = codec.encode_tally(&tally, 9).unwrap();
        assert!(codec.decode(honest.as_str()).is_ok());
        // Forge: claim three respondents while every other counter says two.
        let mut forged = tally.clone();
        forged.counts[0] = 3;
        let forged = codec.combined(&forged.counts, 9);
        assert_eq!(
            codec.decode(forged.as_str()),
            Err(DecodeError::Inconsistent)
        );
    }

    #[test]
    fn huge_combined_codes_are_read_but_never_overflow_a_tally_or_the_report() {
        let shape = Shape {
            id: "huge".into(),
            units: 3,
            asks_role: true,
            deniability: None,
            statements: Vec::new(),
        };
        let codec = Codec::new(&DEFAULT, &shape).unwrap();
        let mut tally = codec.empty_tally();
        tally.add(&Scores {
            burnout: 5,
            outcomes: vec![Some(Bin::Favourable); 4],
            levers: vec![Some(5); 5],
            priorities: 0b111,
            unit: Some(2),
            role: Some(4),
            statements: Vec::new(),
        });
        tally.add(&Scores {
            burnout: 1,
            outcomes: vec![None; 4],
            levers: vec![None; 5],
            priorities: 0,
            unit: None,
            role: None,
            statements: Vec::new(),
        });
        // Counters scale linearly, so 2^39 copies of two people is a consistent tally of 2^40.
        for count in tally.counts.iter_mut() {
            *count <<= 39;
        }
        assert!(tally.is_consistent());
        let code = codec.encode_tally(&tally, 5).unwrap();
        let Content::Combined(huge) = codec.decode(code.as_str()).unwrap().content else {
            panic!("kind lost");
        };
        assert_eq!(huge.n(), MAX_RESPONDENTS);
        let mut more = codec.empty_tally();
        assert_eq!(more.absorb(&huge), Ok(()));
        let one = Scores {
            burnout: 1,
            outcomes: vec![None; 4],
            levers: vec![None; 5],
            priorities: 0,
            unit: None,
            role: None,
            statements: Vec::new(),
        };
        assert!(!more.add(&one), "a full tally counts nobody more");
        assert_eq!(more, huge);
        let mut full = huge.clone();
        assert_eq!(full.absorb(&huge), Err(MergeError::TooMany));
        // One more respondent would pass the bound, so a combined code claiming it is refused.
        for count in tally.counts.iter_mut() {
            *count += *count >> 39;
        }
        assert!(!tally.is_consistent());
    }

    #[test]
    fn grouping_uses_fours() {
        let code = Code("0123456789ABCDEFGHJKMNP".into());
        assert_eq!(code.grouped(), "0123-4567-89AB-CDEF-GHJK-MNP");
    }
}
