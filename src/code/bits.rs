//! The alphabet, tolerant reading, bit packing and the checksum.

use crc::{Crc, CRC_16_OPENSAFETY_B};

/// Crockford's base32 alphabet: no I, L, O or U, so no two symbols look alike.
pub(crate) const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Bits of the checksum, always the last bits of a code in every version.
pub(crate) const CRC_BITS: usize = 16;

// Koopman's 0xBAAD polynomial (x^16 + 0x755B): init 0 and no final xor, so the checksum is the
// plain polynomial remainder. That linearity is what lets `locate_error` name the likely typo.
const CRC: Crc<u16> = Crc::<u16>::new(&CRC_16_OPENSAFETY_B);
const GENERATOR: u32 = 0x1_755B;

/// What one pasted character means.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// A symbol with this value.
    Symbol(u8),
    /// Ignored inside a code (space, dash).
    Separator,
    /// Anything else.
    Other,
}

const OTHER: u8 = 0xFF;
const SEPARATOR: u8 = 0xFE;

const fn build_table() -> [u8; 128] {
    let mut table = [OTHER; 128];
    table[b' ' as usize] = SEPARATOR;
    table[b'-' as usize] = SEPARATOR;
    let mut value = 0;
    while value < 32 {
        let upper = ALPHABET[value];
        table[upper as usize] = value as u8;
        table[upper.to_ascii_lowercase() as usize] = value as u8;
        value += 1;
    }
    // Read-back tolerance: O looks like 0, I and L look like 1.
    table[b'O' as usize] = 0;
    table[b'o' as usize] = 0;
    table[b'I' as usize] = 1;
    table[b'i' as usize] = 1;
    table[b'L' as usize] = 1;
    table[b'l' as usize] = 1;
    table
}

static TABLE: [u8; 128] = build_table();

/// Classifies one character of pasted text.
#[inline(always)]
pub(crate) fn classify(c: char) -> Class {
    let code = u32::from(c);
    if code < 128 {
        return match TABLE[code as usize] {
            SEPARATOR => Class::Separator,
            OTHER => Class::Other,
            value => Class::Symbol(value),
        };
    }
    if c == '\u{2010}' || c == '\u{2013}' || c == '\u{00A0}' {
        Class::Separator
    } else {
        Class::Other
    }
}

/// The canonical (upper-case Crockford) character of a symbol value.
pub(crate) fn symbol_char(value: u8) -> char {
    char::from(ALPHABET[usize::from(value & 31)])
}

/// Writes bits most significant first.
#[derive(Default)]
pub(crate) struct BitWriter {
    bits: Vec<bool>,
}

impl BitWriter {
    pub(crate) fn push(&mut self, value: u64, width: usize) {
        for shift in (0..width).rev() {
            self.bits.push(shift < 64 && (value >> shift) & 1 == 1);
        }
    }

    /// Elias-gamma code of `value + 1`: one bit for zero, short for small counts.
    pub(crate) fn push_gamma(&mut self, value: u64) {
        let x = u128::from(value) + 1;
        let width = 128 - x.leading_zeros() as usize;
        self.push(0, width - 1);
        for shift in (0..width).rev() {
            self.bits.push((x >> shift) & 1 == 1);
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.bits.len()
    }

    /// Appends what `other` wrote.
    pub(crate) fn append(&mut self, mut other: BitWriter) {
        self.bits.append(&mut other.bits);
    }

    /// Pads with zeros so the checksum ends on a symbol boundary, appends it, returns the symbols.
    pub(crate) fn finish(mut self) -> Vec<u8> {
        while !(self.bits.len() + CRC_BITS).is_multiple_of(5) {
            self.bits.push(false);
        }
        let data_bits = self.bits.len();
        // `checksum` reads only the first `data_bits` bits, so the CRC's own place can hold zeros.
        self.push(0, CRC_BITS);
        let mut symbols = self.symbols();
        let crc = checksum(&symbols, data_bits);
        self.bits.truncate(data_bits);
        self.push(u64::from(crc), CRC_BITS);
        symbols.clear();
        symbols.extend(self.symbols());
        symbols
    }

    fn symbols(&self) -> Vec<u8> {
        self.bits
            .chunks(5)
            .map(|chunk| chunk.iter().fold(0u8, |acc, bit| acc << 1 | u8::from(*bit)))
            .collect()
    }
}

/// Reads bits most significant first from symbol values.
pub(crate) struct BitReader<'a> {
    symbols: &'a [u8],
    position: usize,
    end: usize,
}

impl<'a> BitReader<'a> {
    /// Reads the first `end` bits of `symbols`.
    pub(crate) fn new(symbols: &'a [u8], end: usize) -> BitReader<'a> {
        BitReader {
            symbols,
            position: 0,
            end: end.min(symbols.len() * 5),
        }
    }

    pub(crate) fn remaining(&self) -> usize {
        self.end - self.position
    }

    /// `width` (≤ 64) bits, or `None` past the end. Inlined always: every field of every code
    /// read goes through here, and the pages are built for size, which would keep it a call.
    #[inline(always)]
    pub(crate) fn read(&mut self, width: usize) -> Option<u64> {
        if width > 64 || width > self.remaining() {
            return None;
        }
        let mut value = 0u64;
        let mut left = width;
        while left > 0 {
            let symbol = u64::from(*self.symbols.get(self.position / 5)?);
            let offset = self.position % 5;
            let take = left.min(5 - offset);
            let bits = (symbol >> (5 - offset - take)) & ((1 << take) - 1);
            value = (value << take) | bits;
            self.position += take;
            left -= take;
        }
        Some(value)
    }

    /// An Elias-gamma coded count (see [`BitWriter::push_gamma`]), at most 2^40.
    pub(crate) fn read_gamma(&mut self) -> Option<u64> {
        let mut zeros = 0;
        while self.read(1)? == 0 {
            zeros += 1;
            if zeros > 40 {
                return None;
            }
        }
        let rest = self.read(zeros)?;
        Some(((1u64 << zeros) | rest) - 1)
    }
}

/// CRC of the first `data_bits` bits of `symbols`. Leading zero bits do not change a CRC with a
/// zero start value, so the bits are left-padded to whole bytes.
pub(crate) fn checksum(symbols: &[u8], data_bits: usize) -> u16 {
    let mut digest = CRC.digest();
    // Bytes are handed to the CRC in blocks: one call per byte would dominate decoding time.
    let mut block = [0u8; 64];
    let mut filled = 0;
    let mut acc = 0u32;
    let mut held = (8 - data_bits % 8) % 8;
    let mut left = data_bits;
    for &symbol in symbols {
        if left == 0 {
            break;
        }
        let take = left.min(5);
        acc = (acc << take) | (u32::from(symbol) >> (5 - take));
        held += take;
        left -= take;
        if held >= 8 {
            held -= 8;
            if let Some(slot) = block.get_mut(filled) {
                *slot = (acc >> held) as u8;
            }
            filled += 1;
            acc &= (1 << held) - 1;
            if filled == block.len() {
                digest.update(&block);
                filled = 0;
            }
        }
    }
    digest.update(block.get(..filled).unwrap_or_default());
    digest.finalize()
}

/// Whether the last 16 bits of `symbols` are the checksum of the bits before them. Every version of
/// the format ends this way, so a typo is told apart from a code of a newer version.
pub(crate) fn checksum_ok(symbols: &[u8]) -> bool {
    symbols.len() * 5 > CRC_BITS && remainder(symbols) == 0
}

/// The remainder, modulo the generator, of a whole code read as one polynomial, checksum
/// included: zero exactly when the code is intact, since the checksum is the plain remainder of
/// the bits before it. One table look-up per symbol, with no bytes to assemble.
fn remainder(symbols: &[u8]) -> u32 {
    symbols.iter().fold(0, |r, s| {
        ((r & 0x7FF) << 5) ^ SHIFTED_OUT[(r >> 11) as usize & 31] ^ u32::from(*s & 31)
    })
}

/// `k · x¹⁶` modulo the generator for each five bits `k`: what the bits a symbol's shift pushes
/// out of a remainder ([`times_x5`]) put back.
static SHIFTED_OUT: [u32; 32] = shifted_out();

const fn shifted_out() -> [u32; 32] {
    let mut table = [0u32; 32];
    let mut k = 0;
    while k < 32 {
        let mut value = (k as u32) << 16;
        let mut bit = 20;
        while bit >= 16 {
            if value & (1 << bit) != 0 {
                value ^= GENERATOR << (bit - 16);
            }
            bit -= 1;
        }
        table[k] = value;
        k += 1;
    }
    table
}

/// The checksum mismatch (zero when the code is intact). Because the CRC is linear, this equals the
/// error pattern modulo the generator, whatever the code contained.
fn syndrome(symbols: &[u8]) -> Option<u16> {
    let total = symbols.len() * 5;
    let data_bits = total.checked_sub(CRC_BITS)?;
    let stored = BitReader {
        symbols,
        position: data_bits,
        end: total,
    }
    .read(CRC_BITS)?;
    Some(checksum(symbols, data_bits) ^ stored as u16)
}

fn times_x(value: u32) -> u32 {
    let shifted = value << 1;
    if shifted & 0x1_0000 != 0 {
        shifted ^ GENERATOR
    } else {
        shifted
    }
}

/// `value · x⁵` modulo the generator: one symbol's shift.
fn times_x5(value: u32) -> u32 {
    (0..5).fold(value, |v, _| times_x(v))
}

/// `symbol · power` modulo the generator for every symbol value, from `power` (a remainder).
fn multiples(power: u32) -> [u32; 32] {
    let mut basis = [0u32; 5];
    let mut value = power;
    for slot in basis.iter_mut() {
        *slot = value;
        value = times_x(value);
    }
    let mut multiples = [0u32; 32];
    for symbol in 1..32usize {
        let low = symbol.trailing_zeros() as usize;
        multiples[symbol] = multiples[symbol & (symbol - 1)] ^ basis[low];
    }
    multiples
}

/// Single symbols that, inserted somewhere, would make the checksum agree, as (position, corrected
/// symbols). An intact code is a multiple of the generator, so with the text's remainder `t` and
/// the remainder `b` of the `n` symbols after the gap, the symbol `s` must satisfy
/// `s · x^(5n) = (t + b) · x⁵ + b`: one comparison per symbol and place, not one checksum each.
pub(crate) fn insertions(symbols: &[u8]) -> Vec<(usize, Vec<u8>)> {
    let total = remainder(symbols);
    let mut found = Vec::new();
    let mut after = 0u32;
    let mut power = 1u32;
    for position in (0..=symbols.len()).rev() {
        let table = multiples(power);
        let target = times_x5(total ^ after) ^ after;
        for (symbol, multiple) in table.iter().enumerate() {
            if *multiple == target {
                let mut fixed = symbols.to_vec();
                fixed.insert(position, symbol as u8);
                found.push((position, fixed));
            }
        }
        if let Some(&symbol) = position.checked_sub(1).and_then(|p| symbols.get(p)) {
            after ^= table[usize::from(symbol & 31)];
        }
        power = times_x5(power);
    }
    found.reverse();
    found
}

/// Single-symbol substitutions and adjacent transpositions that would make the checksum agree, as
/// (position, corrected symbols). Found by matching the syndrome against each possible error
/// pattern's remainder rather than by re-checking every variant, so it stays cheap even for a page
/// full of mistyped codes.
pub(crate) fn corrections(symbols: &[u8]) -> Vec<(usize, Vec<u8>)> {
    let Some(syndrome) = syndrome(symbols) else {
        return Vec::new();
    };
    let syndrome = u32::from(syndrome);
    let mut found = Vec::new();
    // remainders[d] = d · x^(5j) mod G for the symbol j places from the end; `lower` is the same
    // table for the symbol after it.
    let mut power = 1u32;
    let mut lower = [0u32; 32];
    for position in (0..symbols.len()).rev() {
        let remainders = multiples(power);
        power = times_x5(power);
        let symbol = symbols.get(position).copied().unwrap_or(0);
        for (delta, remainder) in remainders.iter().enumerate().skip(1) {
            if *remainder == syndrome {
                let mut fixed = symbols.to_vec();
                if let Some(slot) = fixed.get_mut(position) {
                    *slot = symbol ^ delta as u8;
                }
                found.push((position, fixed));
            }
        }
        if let Some(&next) = symbols.get(position + 1) {
            let delta = usize::from((symbol ^ next) & 31);
            if delta != 0 && remainders[delta] ^ lower[delta] == syndrome {
                let mut fixed = symbols.to_vec();
                fixed.swap(position, position + 1);
                found.push((position, fixed));
            }
        }
        lower = remainders;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_remainder_agrees_with_the_checksum_and_the_shift() {
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for length in 0..40 {
            for _ in 0..200 {
                let mut symbols: Vec<u8> = (0..length).map(|_| (next() % 32) as u8).collect();
                assert_eq!(checksum_ok(&symbols), syndrome(&symbols) == Some(0));
                // Made intact: the last 16 bits replaced by the checksum of those before them.
                if length * 5 > CRC_BITS {
                    let crc = checksum(&symbols, length * 5 - CRC_BITS);
                    let mut reader = BitReader::new(&symbols, length * 5 - CRC_BITS);
                    let mut writer = BitWriter::default();
                    while reader.remaining() > 0 {
                        let width = reader.remaining().min(64);
                        writer.push(reader.read(width).unwrap(), width);
                    }
                    writer.push(u64::from(crc), CRC_BITS);
                    symbols = writer.symbols();
                    assert!(checksum_ok(&symbols));
                }
            }
        }
        for value in 0..1 << 16 {
            let high = value >> 11;
            assert_eq!(
                ((value & 0x7FF) << 5) ^ SHIFTED_OUT[high as usize],
                times_x5(value)
            );
        }
    }

    fn encode_bits(values: &[(u64, usize)]) -> Vec<u8> {
        let mut writer = BitWriter::default();
        for &(value, width) in values {
            writer.push(value, width);
        }
        writer.finish()
    }

    #[test]
    fn tolerant_characters_map_to_their_look_alikes() {
        assert!(classify('o') == Class::Symbol(0));
        assert!(classify('O') == Class::Symbol(0));
        assert!(classify('I') == Class::Symbol(1));
        assert!(classify('l') == Class::Symbol(1));
        assert!(classify('z') == Class::Symbol(31));
        assert!(classify('U') == Class::Other);
        assert!(classify('u') == Class::Other);
        assert!(classify('-') == Class::Separator);
        assert!(classify('é') == Class::Other);
    }

    #[test]
    fn bits_round_trip_across_symbol_boundaries() {
        let symbols = encode_bits(&[(0b101, 3), (0xABCDE, 20), (123_456_789, 35)]);
        assert!(checksum_ok(&symbols));
        let mut reader = BitReader::new(&symbols, symbols.len() * 5 - CRC_BITS);
        assert_eq!(reader.read(3), Some(0b101));
        assert_eq!(reader.read(20), Some(0xABCDE));
        assert_eq!(reader.read(35), Some(123_456_789));
        assert_eq!(reader.remaining(), 1); // 58 + 16 bits, padded to 75
    }

    #[test]
    fn gamma_round_trips() {
        let mut writer = BitWriter::default();
        let values = [0u64, 1, 2, 3, 7, 8, 1000, 10_000, 1 << 33];
        for &v in &values {
            writer.push_gamma(v);
        }
        assert_eq!(writer.len(), 1 + 3 + 3 + 5 + 7 + 7 + 19 + 27 + 67);
        let symbols = writer.finish();
        let mut reader = BitReader::new(&symbols, symbols.len() * 5 - CRC_BITS);
        for &v in &values {
            assert_eq!(reader.read_gamma(), Some(v));
        }
    }

    #[test]
    fn the_checksum_matches_a_bitwise_polynomial_division() {
        // Independent reference: long division of (data · x^16) by the generator, bit by bit.
        let symbols = encode_bits(&[(0x1234_5678_9ABC, 48), (0x5, 3)]);
        let data_bits = symbols.len() * 5 - CRC_BITS;
        let mut reader = BitReader::new(&symbols, data_bits);
        let mut remainder = 0u32;
        for _ in 0..data_bits + CRC_BITS {
            let bit = if reader.remaining() > 0 {
                reader.read(1).unwrap() as u32
            } else {
                0
            };
            remainder = (remainder << 1) | bit;
            if remainder & 0x1_0000 != 0 {
                remainder ^= GENERATOR;
            }
        }
        assert_eq!(remainder as u16, checksum(&symbols, data_bits));
    }

    #[test]
    fn insertions_are_exactly_those_a_checksum_test_finds() {
        let symbols = encode_bits(&[(0x1F_FFFF_0000_1234, 60), (42, 35)]);
        for dropped in 0..symbols.len() {
            let mut short = symbols.clone();
            short.remove(dropped);
            let mut brute = Vec::new();
            for position in 0..=short.len() {
                for symbol in 0..32 {
                    let mut fixed = short.clone();
                    fixed.insert(position, symbol);
                    if checksum_ok(&fixed) {
                        brute.push((position, fixed));
                    }
                }
            }
            assert_eq!(insertions(&short), brute);
            assert!(brute.iter().any(|(_, fixed)| *fixed == symbols));
        }
    }

    #[test]
    fn corrections_find_the_injected_error() {
        let symbols = encode_bits(&[(0x1F_FFFF_0000_1234, 60), (42, 35)]);
        for position in 0..symbols.len() {
            let mut broken = symbols.clone();
            broken[position] ^= 0b10110;
            let found = corrections(&broken);
            assert!(found
                .iter()
                .any(|(p, fixed)| *p == position && *fixed == symbols));
        }
        let mut swapped = symbols.clone();
        let at = (0..symbols.len() - 1)
            .find(|&i| symbols[i] != symbols[i + 1])
            .unwrap();
        swapped.swap(at, at + 1);
        assert!(corrections(&swapped)
            .iter()
            .any(|(p, fixed)| *p == at && *fixed == symbols));
    }
}
