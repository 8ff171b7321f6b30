//! The compact form of a survey link, for QR codes: the query coded with a fixed prefix code and
//! written in Crockford's base32, which a QR code holds in its alphanumeric mode at 5.5 bits a
//! character instead of 8. The coding is `docs/link-format.md`, "The compact form"; its tables
//! are part of the format, so they never change — another form gets another format symbol.

use crc::{Crc, CRC_16_OPENSAFETY_B};

use super::LinkError;
use crate::code::ALPHABET;

/// The format symbol this Candor writes first in every payload, and the only one it reads.
pub const COMPACT_FORMAT: u8 = 1;

/// The longest query a payload may stand for, in characters: far more than the longest valid
/// survey's, and a bound on what a forged payload can make a phone allocate.
pub const MAX_EXPANDED: usize = 1 << 16;

/// Characters of the checksum at the end of every payload, in every format.
const CHECK_SYMBOLS: usize = 4;

/// The same checksum as the codes' (`code::bits`), so the two share its table.
const CRC: Crc<u16> = Crc::<u16>::new(&CRC_16_OPENSAFETY_B);

/// Longest code of either table, in bits.
const MAX_LENGTH: u8 = 15;

/// Symbols of the code: the 256 bytes, then the dictionary's words.
const SYMBOLS: usize = 256 + WORD_COUNT;

const WORD_COUNT: usize = 133;

/// The dictionary, symbols 256 to 388 in order, separated by spaces (a query writes a space as
/// `+`, so no word holds one). Each stands for its UTF-8 bytes.
const WORDS: &str = concat!(
    "v=1&id= v=2&id= v=3&id= &id= &t= &o= &u= &r=1 &l=en &l=es &m= &s= &d=3 &d=2 &k=1 %26 ",
    "%2B á é í ó ú ñ ü Á É Í Ó Ú Ñ ¿ ¡ ª º ’ +de+ +del+ +la+ +el+ +y+ +en+ +los+ +las+ ",
    "+and+ +the+ +of+ +to+ +in+ +for+ +or+ ology ation tion ing ment ical ología ción ",
    "idad ería ía Unit Care Center Hospital Medical Medicine Health Surgery Surgical ",
    "Intensive Emergency Department Clinic Nursing Therapy Services Pediatric Patient ",
    "Outpatient Inpatient Laboratory Pharmacy Management Administration Cardiac Neonatal ",
    "Operating Room Floor North South East West Staff Primary Community Mental Social ",
    "Wellbeing wellbeing Survey survey your code staff Unidad Servicio Cuidados ",
    "Intensivos Urgencias Medicina Cirugía Enfermería Centro Salud Atención Planta planta ",
    "Paciente Hospitalización Consultas Laboratorio Farmacia Interna General Norte ",
    "Bienestar bienestar Encuesta encuesta código personal",
);

/// Each symbol's code length in the table used after a separator (`+ = & - ( /`) or at the
/// start, and in the table used within a word. The codes themselves are canonical: by length,
/// then by symbol.
const LENGTHS: [[u8; SYMBOLS]; 2] = [
    [
        15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15,
        15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 7, 15, 15, 15, 15, 15,
        15, 15, 11, 9, 7, 7, 8, 8, 8, 11, 9, 11, 15, 15, 15, 15, 15, 15, 15, 6, 7, 5, 5, 6, 6, 7,
        6, 6, 10, 10, 7, 6, 6, 6, 5, 7, 5, 5, 6, 6, 7, 7, 10, 11, 11, 15, 15, 15, 15, 15, 15, 6, 6,
        7, 6, 6, 7, 15, 10, 7, 15, 15, 6, 8, 8, 7, 7, 8, 7, 7, 5, 8, 15, 7, 15, 15, 15, 15, 15, 15,
        15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15,
        15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15,
        15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15,
        15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15,
        15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15,
        15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 6, 8, 9, 12, 12, 12, 12, 12,
        12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 9, 12, 12, 12, 12, 12, 9,
        12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
        12, 12, 12, 12, 12, 12, 11, 6, 6, 7, 6, 7, 8, 7, 7, 8, 8, 8, 10, 7, 8, 8, 8, 8, 8, 9, 8, 9,
        8, 9, 9, 9, 9, 9, 8, 8, 8, 9, 8, 9, 7, 9, 9, 9, 9, 7, 8, 8, 8, 6, 6, 8, 7, 9, 7, 9, 8, 7,
        7, 7, 9, 8, 8, 7, 9, 8, 8, 9, 9, 9, 8, 7, 8, 8, 8, 7, 9, 7, 7,
    ],
    [
        15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15,
        15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 9, 15, 9, 15, 3, 9, 9, 8,
        15, 8, 10, 8, 9, 10, 10, 8, 10, 10, 9, 10, 15, 15, 15, 15, 10, 15, 10, 10, 8, 9, 10, 10,
        10, 9, 10, 10, 9, 15, 10, 9, 15, 10, 10, 10, 9, 9, 11, 10, 9, 9, 10, 9, 15, 15, 15, 15, 15,
        15, 4, 8, 5, 6, 4, 8, 7, 7, 4, 10, 9, 5, 6, 4, 4, 7, 9, 4, 5, 5, 5, 7, 10, 9, 7, 9, 15, 15,
        15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15,
        15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15,
        15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15,
        15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15,
        15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15,
        15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 14, 14, 14, 14, 12, 12, 12, 12, 8, 8, 4, 8,
        9, 9, 9, 8, 10, 10, 10, 12, 12, 9, 9, 9, 8, 10, 10, 12, 12, 12, 12, 12, 12, 12, 12, 12, 11,
        12, 12, 6, 9, 11, 12, 9, 9, 10, 12, 8, 9, 11, 9, 9, 12, 10, 8, 9, 9, 9, 10, 11, 8, 8, 9,
        11, 8, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
        12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
        12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
        12, 12, 12, 12, 12,
    ],
];

/// The payload of `query`, a link query as [`SurveyLink::to_query`](super::SurveyLink::to_query)
/// writes it: the format symbol, the query's bytes in the prefix code, and the checksum, all in
/// upper-case Crockford base32. One payload per query: the longest word of the dictionary is
/// taken wherever one starts, and the last character's spare bits are ones.
///
/// [`expand`] gives the query back byte for byte. Any other text is coded too; it comes back with
/// every byte outside `A–Z a–z 0–9 - . _ * + % & =` written as an upper-case `%` escape, which
/// means the same to a reader.
pub fn compact(query: &str) -> String {
    let data = unescape(query);
    let words: Vec<&[u8]> = WORDS.split(' ').map(str::as_bytes).collect();
    let codes = LENGTHS.map(|lengths| codes(&lengths));
    let mut bits = Bits::default();
    let mut table = 0;
    let mut at = 0;
    while let Some(rest) = data.get(at..).filter(|rest| !rest.is_empty()) {
        let (symbol, taken) = words
            .iter()
            .enumerate()
            .filter(|(_, word)| rest.starts_with(word))
            .max_by_key(|(_, word)| word.len())
            .map_or((usize::from(rest[0]), 1), |(index, word)| {
                (256 + index, word.len())
            });
        let (code, length) = codes[table][symbol];
        bits.push(code, length);
        at += taken;
        table = table_after(data[at - 1]);
    }
    let mut symbols = vec![COMPACT_FORMAT];
    symbols.extend(bits.finish());
    let mut payload: String = symbols.iter().map(|&s| symbol_char(s)).collect();
    let check = CRC.checksum(payload.as_bytes());
    for shift in (0..CHECK_SYMBOLS).rev() {
        payload.push(symbol_char((u32::from(check) >> (5 * shift)) as u8));
    }
    payload
}

/// The query a payload stands for, exactly as [`compact`] was given it when that was a query
/// Candor writes. Read in either case, and with `O` as zero and `I`, `L` as one, as codes are.
/// A payload whose checksum fails, or whose bits do not end as [`compact`] ends them, is refused
/// as damaged ([`LinkError::CompactDamaged`]); an intact one of another format as made by a newer
/// Candor ([`LinkError::CompactNewer`]).
// Kept out of line: inlined into the page that calls it, it costs that page more bytes.
#[inline(never)]
pub fn expand(payload: &str) -> Result<String, LinkError> {
    // The characters as written, then their values: a character outside the alphabet (or any
    // byte of one beyond ASCII) is damage.
    let mut text = payload.as_bytes().to_vec();
    let mut symbols = text.clone();
    for (at, symbol) in symbols.iter_mut().enumerate() {
        *symbol = symbol_value(*symbol).ok_or(LinkError::CompactDamaged)?;
        text[at] = ALPHABET[usize::from(*symbol)];
    }
    let body = symbols
        .len()
        .checked_sub(CHECK_SYMBOLS)
        .filter(|length| *length > 0)
        .ok_or(LinkError::CompactDamaged)?;
    text.truncate(body);
    let stored = symbols[body..]
        .iter()
        .fold(0u32, |acc, &s| acc << 5 | u32::from(s));
    // A digest, as `code::bits` uses it, so that both share one copy of the CRC's code.
    let mut digest = CRC.digest();
    digest.update(&text);
    if stored != u32::from(digest.finalize()) {
        return Err(LinkError::CompactDamaged);
    }
    match symbols[0] {
        COMPACT_FORMAT => decode(&symbols[1..body]).ok_or(LinkError::CompactDamaged),
        format => Err(LinkError::CompactNewer(format)),
    }
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// Bytes a query holds as they are: the 66 that links write unescaped, and `+ % & =`, whose
/// escapes must stay escapes to keep their meaning. Every other byte is coded raw.
fn as_is(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"-._*+%&=".contains(&byte)
}

/// The query's bytes with every upper-case escape of a byte that is not [`as_is`] turned back
/// into that byte; everything else stays as it is.
fn unescape(query: &str) -> Vec<u8> {
    let digit = |d: u8| HEX.iter().position(|&h| h == d);
    let bytes = query.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let escaped = match bytes.get(at..at + 3) {
            Some([b'%', high, low]) => digit(*high)
                .zip(digit(*low))
                .map(|(high, low)| (high * 16 + low) as u8)
                .filter(|byte| !as_is(*byte)),
            _ => None,
        };
        match escaped {
            Some(byte) => {
                out.push(byte);
                at += 3;
            }
            None => {
                out.push(byte);
                at += 1;
            }
        }
    }
    out
}

/// The table a symbol is coded with after a symbol whose last byte is `last`: the first after a
/// separator, where capitals and words start, the second within a word.
fn table_after(last: u8) -> usize {
    usize::from(!b"+=&-(/".contains(&last))
}

/// The canonical code of every symbol of a table: `(code, length)`.
fn codes(lengths: &[u8; SYMBOLS]) -> Vec<(u32, u8)> {
    let mut codes = vec![(0, 0); SYMBOLS];
    let mut next = 0u32;
    for length in 1..=MAX_LENGTH {
        for (symbol, _) in lengths.iter().enumerate().filter(|(_, l)| **l == length) {
            codes[symbol] = (next, length);
            next += 1;
        }
        next <<= 1;
    }
    codes
}

/// The query the prefix codes in `symbols` stand for, each byte written as a query writes it
/// (escaped unless [`as_is`]), or `None` when they are damaged: bits left over that are not up to
/// four ones, or a query of more than [`MAX_EXPANDED`] characters. Decoded one bit at a time
/// straight from the tables, with nothing built: the least code in the respondents' page, and a
/// few milliseconds for the longest survey (6 ms natively, once per page).
fn decode(symbols: &[u8]) -> Option<String> {
    let mut query = String::new();
    // The table of the first symbol is the one after a separator.
    let mut last = b'&';
    // The code being read: its bits and length so far, and the first code of that length.
    let (mut bits, mut length, mut first) = (0u32, 0u8, 0u32);
    for &symbol in symbols {
        for shift in (0..5).rev() {
            bits = bits << 1 | u32::from(symbol >> shift & 1);
            length += 1;
            // The codes of one length are consecutive, in the order of their symbols.
            let lengths = &LENGTHS[table_after(last)];
            let of_length = (0..SYMBOLS).filter(|&s| lengths[s] == length);
            let count = of_length.clone().count() as u32;
            if bits.wrapping_sub(first) < count {
                let symbol = of_length.clone().nth((bits - first) as usize)?;
                let byte = [symbol as u8];
                let bytes = match symbol.checked_sub(256) {
                    None => &byte[..],
                    Some(word) => WORDS.as_bytes().split(|&b| b == b' ').nth(word)?,
                };
                for &byte in bytes {
                    if as_is(byte) {
                        query.push(char::from(byte));
                    } else {
                        query.push('%');
                        query.push(char::from(HEX[usize::from(byte >> 4)]));
                        query.push(char::from(HEX[usize::from(byte & 15)]));
                    }
                    last = byte;
                }
                if query.len() > MAX_EXPANDED {
                    return None;
                }
                (bits, length, first) = (0, 0, 0);
            } else if length == MAX_LENGTH {
                return None;
            } else {
                first = (first + count) << 1;
            }
        }
    }
    // What is left must be the padding: fewer than five bits, all ones.
    (length < 5 && bits == (1 << length) - 1).then_some(query)
}

/// Bits written most significant first, read out five at a time.
#[derive(Default)]
struct Bits {
    symbols: Vec<u8>,
    held: u32,
    count: u32,
}

impl Bits {
    fn push(&mut self, code: u32, length: u8) {
        for shift in (0..length).rev() {
            self.held = self.held << 1 | (code >> shift & 1);
            self.count += 1;
            if self.count == 5 {
                self.symbols.push(self.held as u8);
                (self.held, self.count) = (0, 0);
            }
        }
    }

    /// The symbols, the last filled up with ones.
    fn finish(mut self) -> Vec<u8> {
        while self.count != 0 {
            self.push(1, 1);
        }
        self.symbols
    }
}

fn symbol_char(value: u8) -> char {
    char::from(ALPHABET[usize::from(value & 31)])
}

/// A payload character's value: Crockford's base32 in either case, `O` read as zero and `I`, `L`
/// as one.
fn symbol_value(byte: u8) -> Option<u8> {
    let upper = match byte.to_ascii_uppercase() {
        b'O' => b'0',
        b'I' | b'L' => b'1',
        other => other,
    };
    ALPHABET
        .iter()
        .position(|&a| a == upper)
        .map(|value| value as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example link of `docs/link-format.md` and its payload, also in the document.
    const EXAMPLE: &str = "v=1&id=K7M2Q9XT4B&t=Staff+wellbeing+2026&o=Riverside+Community+Hospital&u=Emergency&u=Intensive+care&u=Surgery&r=1&l=en&s=Put+your+code+in+the+sealed+box+by+the+staff+room.";
    const EXAMPLE_PAYLOAD: &str = "1DZJZ2Z8D1X5RFJZ4Z1Z5DBC1QRGYFT38XC6K56YH5RRYE3T6KHMGJS772PTZMER2PN1Y43Q1E6CA4S9KQ0QDSW5YDVBH186DFSV1J3X";

    /// Golden vectors, made by a second coder written from the document: the smallest survey,
    /// the documented survey with every setting (escapes of every kind), and no query at all.
    const VECTORS: [(&str, &str); 4] = [
        (EXAMPLE, EXAMPLE_PAYLOAD),
        ("v=1&id=ABCDEF&t=x", "1DK7JPJW9WQWSNFYY713VK"),
        (
            "v=3&id=K7M2Q9XT4B&t=Bienestar+2026%3A+%C2%BFc%C3%B3mo+estamos%3F&o=Hospital+Santa+Mar%C3%ADa+%26+Cl%C3%ADnicas&u=Urgencias&u=UCI+24%2F7&u=Cirug%C3%ADa%2C+d%C3%ADa+%2850%25%29&r=1&l=es&m=8&s=Deja+tu+c%C3%B3digo+en+la+caja+%7E+sala+3+%2B+gracias*&d=2&k=1",
            "1XNYBWBX1M7MQ1YBWKW7WNNFA23SZ8D3WE7E9DKFC36JMNXN7J6PF089D90H4ZF1YY017TSA92MHRW5EJYE23Y3ZVHZ9RQF00RVR8B4WZZPVM7H6ZXFTBMZCXG2FTRG5P32XJT44PBTRGZVY2H5688GFQMFXT754GN7YW7PFPQ1AEP",
        ),
        ("", "11JZ5"),
    ];

    #[test]
    fn golden_vectors_are_written_and_read_exactly() {
        for (query, payload) in VECTORS {
            assert_eq!(compact(query), payload, "{query}");
            assert_eq!(expand(payload).as_deref(), Ok(query), "{payload}");
        }
    }

    #[test]
    fn a_payload_is_read_in_either_case_and_with_look_alikes() {
        let lower = EXAMPLE_PAYLOAD.to_ascii_lowercase();
        assert_eq!(expand(&lower).as_deref(), Ok(EXAMPLE));
        // O for zero, I and L for one, as Crockford's base32 reads them.
        let alike = EXAMPLE_PAYLOAD
            .replace('0', "O")
            .replacen('1', "I", 1)
            .replace('1', "l");
        assert_eq!(expand(&alike).as_deref(), Ok(EXAMPLE));
    }

    /// A payload of an intact checksum in another format: what a newer Candor might write.
    fn with_format(format: u8, body: &str) -> String {
        let mut payload = format!("{}{body}", symbol_char(format));
        let check = CRC.checksum(payload.as_bytes());
        for shift in (0..CHECK_SYMBOLS).rev() {
            payload.push(symbol_char((u32::from(check) >> (5 * shift)) as u8));
        }
        payload
    }

    #[test]
    fn every_change_of_one_character_and_every_cut_is_refused() {
        let symbols: Vec<char> = EXAMPLE_PAYLOAD.chars().collect();
        for at in 0..symbols.len() {
            for &other in ALPHABET {
                let other = char::from(other);
                if other == symbols[at] {
                    continue;
                }
                let mut changed = symbols.clone();
                changed[at] = other;
                let changed: String = changed.into_iter().collect();
                assert_eq!(
                    expand(&changed),
                    Err(LinkError::CompactDamaged),
                    "{changed}"
                );
            }
            let cut = &EXAMPLE_PAYLOAD[..at];
            assert_eq!(expand(cut), Err(LinkError::CompactDamaged), "{cut}");
        }
        for bad in ["1DZNFJZN6GWU", "1DZ NF", "1DZ-NF", "ÅÅÅÅÅ", "#/C/1DZ"] {
            assert_eq!(expand(bad), Err(LinkError::CompactDamaged), "{bad}");
        }
    }

    #[test]
    fn another_format_is_from_a_newer_candor_and_bad_bits_are_damage() {
        assert_eq!(
            expand(&with_format(2, "ABC")),
            Err(LinkError::CompactNewer(2))
        );
        assert_eq!(expand(&with_format(0, "")), Err(LinkError::CompactNewer(0)));
        // Five zero bits are the first code after a separator, "C"; then, within a word, three
        // are "+", and the two left over are not padding. Five ones are no code and too long to be
        // padding. Both have intact checksums.
        assert_eq!(expand(&with_format(1, "0")).as_deref(), Ok("C"));
        assert_eq!(
            expand(&with_format(1, "00")),
            Err(LinkError::CompactDamaged)
        );
        assert_eq!(expand(&with_format(1, "Z")), Err(LinkError::CompactDamaged));
        assert_eq!(expand(&with_format(1, "")).as_deref(), Ok(""));
    }

    #[test]
    fn a_payload_cannot_stand_for_more_than_the_limit() {
        // The longest word, over and over: each code is at most 15 bits.
        let long = "+and+".repeat(MAX_EXPANDED / 5 + 1);
        let payload = compact(&long);
        assert_eq!(expand(&payload), Err(LinkError::CompactDamaged));
        let fits = "+and+".repeat(MAX_EXPANDED / 5);
        assert_eq!(expand(&compact(&fits)).as_deref(), Ok(fits.as_str()));
    }

    #[test]
    fn other_text_comes_back_with_the_same_meaning() {
        // Raw bytes a link never writes come back escaped; lower-case and unneeded escapes, a
        // stray percent sign and the escapes of `+ % & =` stay as they are.
        let cases = [
            ("t=a b/é", "t=a%20b%2F%C3%A9"),
            ("t=%c3%a9%41", "t=%c3%a9%41"),
            ("t=100%&u=%2", "t=100%&u=%2"),
            ("t=%26%3D%25%2B", "t=%26%3D%25%2B"),
            ("t=%%C3%A9", "t=%%C3%A9"),
        ];
        for (text, back) in cases {
            assert_eq!(expand(&compact(text)).as_deref(), Ok(back), "{text}");
        }
    }

    #[test]
    fn the_tables_are_complete_prefix_codes_that_padding_cannot_end() {
        let words: Vec<&str> = WORDS.split(' ').collect();
        assert_eq!(words.len(), WORD_COUNT);
        let distinct: std::collections::HashSet<_> = words.iter().collect();
        assert_eq!(distinct.len(), WORD_COUNT);
        assert!(words.iter().all(|w| !w.is_empty() && !w.contains(' ')));
        for lengths in &LENGTHS {
            // Kraft's sum is exactly one: every bit pattern starts a code.
            let sum: u64 = lengths.iter().map(|&l| 1u64 << (MAX_LENGTH - l)).sum();
            assert_eq!(sum, 1 << MAX_LENGTH);
            assert!(lengths.iter().all(|&l| (1..=MAX_LENGTH).contains(&l)));
            // Up to four ones are never a whole code, so the padding ends no symbol.
            for (code, length) in codes(lengths) {
                assert!(length > 4 || code != (1 << length) - 1);
            }
        }
    }

    #[test]
    fn words_make_links_shorter() {
        let payload = compact(EXAMPLE);
        assert!(
            payload.len() * 5 < EXAMPLE.len() * 8 * 2 / 3,
            "{}",
            payload.len()
        );
    }
}

/// The dictionary and the tables as `docs/link-format.md` ("The compact form") prints them, so a
/// test holds the document to the code.
#[cfg(test)]
mod document {
    use super::*;

    /// A symbol as the document writes it: a printable ASCII byte as itself, any other byte as
    /// `\xHH`, a word in quotes.
    fn token(symbol: usize) -> String {
        match symbol.checked_sub(256) {
            Some(word) => format!("\"{}\"", WORDS.split(' ').nth(word).unwrap_or_default()),
            None => match symbol as u8 {
                byte @ 0x21..=0x7E => char::from(byte).to_string(),
                byte => format!("\\x{byte:02X}"),
            },
        }
    }

    /// Space-separated tokens in lines of at most 100 characters, each starting with `lead` (the
    /// first) or as many spaces.
    fn wrap(lead: &str, tokens: &[String]) -> String {
        let mut out = String::new();
        let mut line = lead.to_string();
        for token in tokens {
            if line.len() + 1 + token.len() > 100 && line.len() > lead.len() {
                out.push_str(line.trim_end());
                out.push('\n');
                line = " ".repeat(lead.len());
            }
            line.push(' ');
            line.push_str(token);
        }
        out.push_str(&line);
        out.push('\n');
        out
    }

    pub(super) fn dictionary() -> String {
        let words: Vec<&str> = WORDS.split(' ').collect();
        let mut out = String::new();
        for (row, chunk) in words.chunks(8).enumerate() {
            let first = 256 + 8 * row;
            let lead = format!("{first}–{}:", first + chunk.len() - 1);
            let tokens: Vec<String> = chunk.iter().map(|w| w.to_string()).collect();
            out.push_str(&wrap(&lead, &tokens));
        }
        out
    }

    pub(super) fn table(lengths: &[u8; SYMBOLS]) -> String {
        let mut out = String::new();
        for length in 1..=MAX_LENGTH {
            let symbols: Vec<usize> = (0..SYMBOLS).filter(|&s| lengths[s] == length).collect();
            if symbols.is_empty() {
                continue;
            }
            let lead = format!("{length:>2}:");
            // The longest codes are mostly the bytes no survey uses: named by what is left.
            if length == MAX_LENGTH && symbols.iter().all(|&s| s < 256) {
                out.push_str(&format!(
                    "{lead} every other byte ({} bytes)\n",
                    symbols.len()
                ));
            } else {
                let tokens: Vec<String> = symbols.into_iter().map(token).collect();
                out.push_str(&wrap(&lead, &tokens));
            }
        }
        out
    }

    #[test]
    fn the_document_prints_the_dictionary_and_the_tables() {
        let doc =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/link-format.md"))
                .unwrap_or_default();
        let blocks = [dictionary(), table(&LENGTHS[0]), table(&LENGTHS[1])];
        let missing: Vec<&String> = blocks
            .iter()
            .filter(|block| !doc.contains(&format!("```\n{block}```\n")))
            .collect();
        assert!(
            missing.is_empty(),
            "docs/link-format.md should print each of these in a block of its own:\n{}",
            missing
                .iter()
                .map(|block| format!("```\n{block}```\n"))
                .collect::<String>()
        );
    }
}
