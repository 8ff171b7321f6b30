//! Finding codes in whatever an organizer pastes: one a line, a CSV column, an e-mail body.
//!
//! One pass over the text, a bounded amount of work per token, and one hash look-up per code for
//! duplicates and shared nonces: the cost is linear in the text, so 100,000 codes (≈ 2.5 MB) are
//! read in well under a second.

use std::collections::{BTreeMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use super::bits::{self, Class};
use super::firsts::{spread, Firsts};
use super::units::UnitTallies;
use super::{Code, Codec, Content, Counts, DecodeError, Decoded, Slip, SlipKey, Tally, Verdict};
use crate::scoring::Scores;

/// Longest word (symbols between spaces) taken for a group of a spaced-out code; Candor shows codes in
/// groups of four, and people regroup in fives at most. Longer short words (a phone number) break a
/// run instead of joining it.
const MAX_GROUP: usize = 6;

/// Fewer symbols than this (after dropping separators) is not taken for a code at all, so that
/// dates, times, phone numbers and short words in the surrounding text are ignored silently.
pub const MIN_TOKEN: usize = 12;

/// A code-shaped piece of the pasted text and what became of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The text exactly as pasted (with its separators).
    pub text: String,
    /// Where it is in the text that was read (byte offsets).
    pub span: Range<usize>,
    /// Counted, a duplicate, or rejected.
    pub verdict: Verdict,
    /// Why it was rejected; `None` when counted or a duplicate.
    pub error: Option<DecodeError>,
}

/// What reading pasted text leaves: the tally of the accepted codes and how many tokens had each
/// verdict. The tokens themselves are not kept here (a pasted file of garbage must not fill the
/// memory); [`Collector::add`] hands each rejected one to its caller, who keeps what it shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Collection {
    /// The accepted codes, combined.
    pub tally: Tally,
    /// Tokens by verdict (a combined code is one accepted token; `tally.n()` counts respondents).
    pub counts: Counts,
    /// Accepted codes whose nonce an earlier, different accepted code already had. Honest codes
    /// practically never share one (35 random bits), so a count above zero suggests edited or
    /// manufactured codes. Codes made with slips take no part: a slip reached twice is a
    /// [`ReusedSlip`].
    pub shared_nonces: usize,
    /// For a survey with single-use slips, what became of them; `None` otherwise.
    pub slips: Option<SlipTally>,
    /// A tally per unit from the individual codes counted, and per unit how many respondents
    /// came in combined codes (for the units' own reports).
    pub units: UnitTallies,
}

/// What the summary needs to check slips: the survey's key and how many slips it printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlipCheck {
    /// The survey's secret key, from the summary link.
    pub key: SlipKey,
    /// How many slips were printed (serials 0 to `count` − 1).
    pub count: u16,
}

/// The slips of a collection. Each slip counts once: a slip that reached the summary in two or
/// more different codes counts **none** of them (`docs/code-format.md`, "Slips").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlipTally {
    /// Slips printed.
    pub printed: u16,
    /// Different slips of this survey that reached the summary, counted or not.
    pub used: usize,
    /// Slips that reached it in more than one different code, by serial.
    pub reused: Vec<ReusedSlip>,
}

/// A slip that reached the summary in more than one different code; none of them is counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReusedSlip {
    /// The slip.
    pub slip: Slip,
    /// Its codes, as Candor writes them, in the order they were read.
    pub codes: Vec<Code>,
    /// Where each code was read, in the same order: the `place` given to [`Collector::add_at`]
    /// (0 for [`Collector::add`]), so a caller can say which of its files held them.
    pub places: Vec<u32>,
}

impl SlipTally {
    /// Slips whose one code is counted.
    pub fn counted(&self) -> usize {
        self.used - self.reused.len()
    }

    /// Good codes left out because their slip came in another code too.
    pub fn reused_codes(&self) -> usize {
        self.reused.iter().map(|slip| slip.codes.len()).sum()
    }
}

/// Every code-shaped token in `text`, in order, each with its verdict.
pub fn extract(codec: &Codec, text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut reader = Reader::default();
    scan(text, codec.individual_length(), |span, symbols| {
        let (verdict, error) = match reader.read(codec, symbols, None) {
            Ok(Some(_)) => (Verdict::Accepted, None),
            Ok(None) => (Verdict::Duplicate, None),
            Err(error) => (error.verdict(), Some(error)),
        };
        tokens.push(Token {
            text: text.get(span.clone()).unwrap_or_default().to_owned(),
            span,
            verdict,
            error,
        });
    });
    tokens
}

/// Reads every code in `text` and tallies the accepted ones.
pub fn collect(codec: &Codec, text: &str) -> Collection {
    let mut collector = Collector::new(codec);
    collector.add(codec, text, &mut |_| {});
    collector.into_collection()
}

/// A [`Collection`] built one text at a time, as the summary page receives pastes and files.
///
/// Reading texts one after another is the same as [`collect`] over each in turn with one memory
/// of codes seen: a code already counted in an earlier text is a duplicate in a later one. Each
/// text is read once, so the cost stays linear in what was pasted, however it was split. Texts
/// may be split anywhere a line ends: no code spans a line break.
#[derive(Clone, Debug)]
pub struct Collector {
    collection: Collection,
    reader: Reader,
    /// For a survey with slips: the check, and each slip's first scores and its codes.
    slips: Option<(SlipCheck, SlipsSeen)>,
}

/// Every good slip read so far: the first code's scores (counted if it stays the only one) and
/// every different code that carried it.
type SlipsSeen = BTreeMap<Slip, (Scores, Vec<(Code, u32)>)>;

impl Collector {
    /// Nothing read yet, for codes of `codec`'s survey.
    pub fn new(codec: &Codec) -> Collector {
        Collector::with_slips(codec, None)
    }

    /// Nothing read yet, for codes of `codec`'s survey, made with single-use slips when `slips`
    /// is given: then only codes with a slip the key made are counted, each slip once.
    pub fn with_slips(codec: &Codec, slips: Option<SlipCheck>) -> Collector {
        Collector {
            collection: Collection {
                units: UnitTallies::new(&codec.empty_tally()),
                tally: codec.empty_tally(),
                counts: Counts::default(),
                shared_nonces: 0,
                slips: slips.map(|check| SlipTally {
                    printed: check.count,
                    used: 0,
                    reused: Vec::new(),
                }),
            },
            reader: Reader::default(),
            slips: slips.map(|check| (check, BTreeMap::new())),
        }
    }

    /// Reads `text` with the same `codec` as before, and hands every token that was not counted
    /// (a duplicate or a rejection, its span within `text`) to `problem`, in order.
    pub fn add(&mut self, codec: &Codec, text: &str, problem: &mut dyn FnMut(Token)) {
        self.add_at(codec, text, 0, problem);
    }

    /// [`Collector::add`], remembering `place` (the caller's number for where `text` comes from)
    /// for each code whose slip turns out to be reused.
    pub fn add_at(
        &mut self,
        codec: &Codec,
        text: &str,
        place: u32,
        problem: &mut dyn FnMut(Token),
    ) {
        let Collector {
            collection,
            reader,
            slips,
        } = self;
        let check = slips.as_ref().map(|(check, _)| *check);
        scan(text, codec.individual_length(), |span, symbols| {
            let (verdict, error) = match reader.read(codec, symbols, check.as_ref()) {
                Ok(Some(decoded)) => {
                    let counted = match (&decoded.content, slips.as_mut(), decoded.slip) {
                        (Content::Individual(scores), Some((_, seen)), Some(slip)) => {
                            let entry =
                                seen.entry(slip).or_insert_with(|| (scores.clone(), vec![]));
                            entry.1.push((Code::from_symbols(symbols), place));
                            true
                        }
                        (Content::Individual(scores), _, _) => {
                            let counted = collection.tally.add(scores);
                            if counted {
                                collection.units.add(scores);
                            }
                            counted
                        }
                        (Content::Combined(combined), _, _) => {
                            let counted = collection.tally.absorb(combined).is_ok();
                            if counted {
                                collection.units.absorb(combined);
                            }
                            counted
                        }
                    };
                    if counted {
                        collection.counts.bump(Verdict::Accepted);
                        return;
                    }
                    // Intact, but more respondents than any tally may hold.
                    (Verdict::Malformed, Some(DecodeError::Malformed))
                }
                Ok(None) => (Verdict::Duplicate, None),
                Err(error) => (error.verdict(), Some(error)),
            };
            collection.counts.bump(verdict);
            problem(Token {
                text: text.get(span.clone()).unwrap_or_default().to_owned(),
                span,
                verdict,
                error,
            });
        });
        collection.shared_nonces = reader.shared_nonces;
        if let (Some((_, seen)), Some(tally)) = (slips.as_ref(), collection.slips.as_mut()) {
            // Whether a slip counts depends on every code read so far, in any order: the tally
            // is made again from the slips used once.
            collection.tally = codec.empty_tally();
            collection.units = UnitTallies::new(&collection.tally);
            tally.used = seen.len();
            tally.reused.clear();
            for (slip, (scores, codes)) in seen {
                if codes.len() == 1 {
                    if collection.tally.add(scores) {
                        collection.units.add(scores);
                    }
                } else {
                    tally.reused.push(ReusedSlip {
                        slip: *slip,
                        codes: codes.iter().map(|(code, _)| code.clone()).collect(),
                        places: codes.iter().map(|(_, place)| *place).collect(),
                    });
                }
            }
        }
    }

    /// A collector that has read nothing, for the same survey and slips.
    pub fn emptied(&self, codec: &Codec) -> Collector {
        Collector::with_slips(codec, self.slips.as_ref().map(|(check, _)| *check))
    }

    /// Everything read so far.
    pub fn collection(&self) -> &Collection {
        &self.collection
    }

    /// Everything read so far, by value.
    pub fn into_collection(self) -> Collection {
        self.collection
    }
}

/// The memory of codes read. Most codes are individual codes of up to 25 symbols, each packed
/// into one number and kept under its nonce: one look-up tells a code seen before, and a nonce an
/// earlier, different code had.
#[derive(Default, Clone)]
struct Reader {
    /// By nonce (with a bit for a slip's, [`nonce_key`]): the first code read with it, packed
    /// ([`pack`]), or [`LONG`] for a longer code.
    by_nonce: Firsts,
    /// Codes of up to 25 symbols, packed, whose nonce an earlier, different code had.
    sharing: HashSet<[u64; 2], Fast>,
    /// Codes of more than 25 symbols (combined codes).
    seen_long: HashSet<Vec<u8>, Fast>,
    shared_nonces: usize,
}

/// What [`Reader::by_nonce`] holds for a nonce that a code of more than 25 symbols had first:
/// no packed code, which always has a leading 1 bit.
const LONG: [u64; 2] = [0, 0];

/// Whether a code was read before, and if not, whether an earlier code had its nonce.
enum Seen {
    Before,
    New,
    SharingNonce,
}

/// A code of up to 25 symbols as one number in two halves; a leading 1 bit keeps codes of
/// different lengths apart.
fn pack(symbols: &[u8]) -> [u64; 2] {
    let packed = symbols
        .iter()
        .fold(1u128, |acc, s| acc << 5 | u128::from(*s));
    [(packed >> 64) as u64, packed as u64]
}

/// The nonce a code is kept under: a slip's apart from a nonce, since a slip in two codes is
/// the slips' count ([`SlipTally`]), not a shared nonce. A nonce has 35 bits.
fn nonce_key(decoded: &Decoded) -> u64 {
    decoded.nonce | u64::from(decoded.slip.is_some()) << 63
}

impl Reader {
    /// The decoded code when it is new, `None` when it was seen before. With `slips`, a code
    /// without a slip the key made is refused before it is remembered, so that it is reported
    /// each time it is pasted, like any other refused code.
    fn read(
        &mut self,
        codec: &Codec,
        symbols: &[u8],
        slips: Option<&SlipCheck>,
    ) -> Result<Option<Decoded>, DecodeError> {
        let decoded = codec.decode_symbols(symbols)?;
        check_slip(&decoded, slips)?;
        let key = nonce_key(&decoded);
        let seen = if symbols.len() <= 25 {
            self.see_short(key, pack(symbols))
        } else {
            self.see_long(key, symbols)
        };
        match seen {
            Seen::Before => Ok(None),
            Seen::New => Ok(Some(decoded)),
            Seen::SharingNonce => {
                if decoded.slip.is_none() {
                    self.shared_nonces += 1;
                }
                Ok(Some(decoded))
            }
        }
    }

    fn see_short(&mut self, key: u64, packed: [u64; 2]) -> Seen {
        match self.by_nonce.first_or_keep(key, packed) {
            None => Seen::New,
            Some(first) if first == packed => Seen::Before,
            Some(_) if self.sharing.insert(packed) => Seen::SharingNonce,
            Some(_) => Seen::Before,
        }
    }

    fn see_long(&mut self, key: u64, symbols: &[u8]) -> Seen {
        if !self.seen_long.insert(symbols.to_vec()) {
            return Seen::Before;
        }
        match self.by_nonce.first_or_keep(key, LONG) {
            None => Seen::New,
            Some(_) => Seen::SharingNonce,
        }
    }
}

/// Refuses a code that a survey with slips (`slips`) cannot count, or one made with a slip when
/// the summary has no key to check it.
fn check_slip(decoded: &Decoded, slips: Option<&SlipCheck>) -> Result<(), DecodeError> {
    match (slips, decoded.slip, &decoded.content) {
        (None, Some(_), _) => Err(DecodeError::SlipUnchecked),
        (None, None, _) => Ok(()),
        (Some(_), _, Content::Combined(_)) => Err(DecodeError::CombinedWithSlips),
        (Some(_), None, _) => Err(DecodeError::NoSlip),
        (Some(check), Some(slip), _) if !check.key.made(slip, check.count) => {
            Err(DecodeError::ForgedSlip)
        }
        (Some(_), Some(_), _) => Ok(()),
    }
}

impl std::fmt::Debug for Reader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The codes seen are many and say nothing to a reader of debug output; their number does.
        f.debug_struct("Reader")
            .field("seen", &(self.by_nonce.len() + self.sharing.len()))
            .field("shared_nonces", &self.shared_nonces)
            .finish()
    }
}

/// A small hash of 64-bit words, for the sets of codes that shared a nonce and of long codes: the
/// codes carry 35 random bits of nonce, so they are spread well already, and the standard SipHash
/// would cost more than decoding a code. Each word is mixed in with [`spread`].
#[derive(Default, Clone, Copy)]
struct FoldHasher(u64);

type Fast = BuildHasherDefault<FoldHasher>;

impl FoldHasher {
    fn mix(&mut self, value: u64) {
        self.0 = spread(self.0 ^ value);
    }
}

impl Hasher for FoldHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            for (slot, byte) in word.iter_mut().zip(chunk) {
                *slot = *byte;
            }
            self.mix(u64::from_le_bytes(word));
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.mix(value);
    }
}

/// A word: symbols and dashes between whitespace.
struct Word {
    span: Range<usize>,
    symbols: usize,
    has_digit: bool,
}

/// Calls `found` with the span and symbols of each code-shaped token.
///
/// Runs of symbols, dashes and spaces are cut at any other character. Within a run, a word of at
/// least `MIN_TOKEN` symbols stands alone (a code written with dashes or none); words of at most
/// `MAX_GROUP` symbols next to each other are joined (a code written in groups with spaces); words
/// in between are neither. Prose around spaced groups is
/// dropped by trimming digit-less words from either end when that makes the checksum agree; a
/// token needs a digit, since every code starts with one.
fn scan(text: &str, individual: usize, mut found: impl FnMut(Range<usize>, &[u8])) {
    let mut words: Vec<Word> = Vec::new();
    let mut word: Option<Word> = None;
    let mut buffer = Vec::new();
    let mut flush_run = |words: &mut Vec<Word>, buffer: &mut Vec<u8>| {
        let mut start = 0;
        while start < words.len() {
            if words[start].symbols >= MIN_TOKEN {
                let only = &words[start..=start];
                if only[0].has_digit {
                    emit(text, only, buffer, &mut found);
                }
                start += 1;
                continue;
            }
            if words[start].symbols > MAX_GROUP {
                start += 1;
                continue;
            }
            let end = (start..words.len())
                .find(|&i| words[i].symbols > MAX_GROUP)
                .unwrap_or(words.len());
            join_short_words(text, individual, &words[start..end], buffer, &mut found);
            start = end;
        }
        words.clear();
    };
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes.get(at).copied().unwrap_or(0);
        // ASCII is classified from the byte; only other characters are decoded.
        let c = if byte < 0x80 {
            char::from(byte)
        } else {
            text.get(at..)
                .and_then(|rest| rest.chars().next())
                .unwrap_or('\u{FFFD}')
        };
        let width = c.len_utf8();
        let class = bits::classify(c);
        let space = class == Class::Separator && c != '-' && c != '\u{2010}' && c != '\u{2013}';
        match class {
            Class::Symbol(_) => {
                let w = word.get_or_insert(Word {
                    span: at..at,
                    symbols: 0,
                    has_digit: false,
                });
                w.span.end = at + c.len_utf8();
                w.symbols += 1;
                w.has_digit |= c.is_ascii_digit();
            }
            Class::Separator if !space => {
                // A dash continues the current word.
            }
            _ => {
                if let Some(w) = word.take() {
                    words.push(w);
                }
                if class == Class::Other {
                    flush_run(&mut words, &mut buffer);
                }
            }
        }
        at += width;
    }
    if let Some(w) = word.take() {
        words.push(w);
    }
    flush_run(&mut words, &mut buffer);
}

fn join_short_words(
    text: &str,
    individual: usize,
    words: &[Word],
    buffer: &mut Vec<u8>,
    found: &mut dyn FnMut(Range<usize>, &[u8]),
) {
    let (Some(first), Some(last)) = (
        words.iter().position(|w| w.has_digit),
        words.iter().rposition(|w| w.has_digit),
    ) else {
        return;
    };
    // A spaced code may begin or end with a group that happens to have no digit; try taking up to
    // two such words on either side (a bounded number of checksum tests per run).
    let starts = (first.saturating_sub(2)..=first).rev();
    let mut choices = Vec::with_capacity(9);
    for start in starts {
        for end in last..words.len().min(last + 3) {
            choices.push((start, end));
        }
    }
    let symbols = |(a, b): (usize, usize)| words[a..=b].iter().map(|w| w.symbols).sum::<usize>();
    let long_enough = |&choice: &(usize, usize)| symbols(choice) >= MIN_TOKEN;
    for &(a, b) in choices.iter().filter(|c| long_enough(c)) {
        symbols_of(text, &words[a..=b], buffer);
        if buffer.len() <= super::MAX_SYMBOLS && bits::checksum_ok(buffer) {
            found(words[a].span.start..words[b].span.end, buffer);
            return;
        }
    }
    // No choice is intact. Look inside the run: an intact individual code among other words
    // (a date after it, two codes on one line), found as a window of exactly its length.
    let mut tokens: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    while start < words.len() {
        match window(words, start, individual, individual) {
            Some(end) if words[start].has_digit && intact(text, &words[start..=end], buffer) => {
                tokens.push((start, end));
                start = end + 1;
            }
            _ => start += 1,
        }
    }
    if tokens.is_empty() {
        // A long spaced run in groups of one size (a combined code) is one mistyped code.
        if let Some(&(a, b)) = choices.first() {
            if symbols((a, b)) > individual + 1 && regular(&words[a..=b], 0) {
                tokens.push((a, b));
            }
        }
    }
    // Between the intact codes, a window that looks like an individual code copied by hand is a
    // mistyped one: within one symbol of its length, in groups of one size save one group a
    // symbol off, the last no longer. Phone numbers, dates and times (groups of 2 and 4) are not.
    let mut covered = vec![false; words.len()];
    for &(a, b) in &tokens {
        covered[a..=b].fill(true);
    }
    let mut typos = Vec::new();
    let mut start = 0;
    while start < words.len() {
        let fits = (individual.saturating_sub(1)..=individual + 1).find_map(|total| {
            window(words, start, total, total).filter(|&end| {
                words[start].has_digit
                    && !covered[start..=end].contains(&true)
                    && regular(&words[start..=end], 1)
            })
        });
        match fits {
            Some(end) => {
                typos.push((start, end));
                start = end + 1;
            }
            None => start += 1,
        }
    }
    // Both lists are in text order: hand them on merged, in the order they appear.
    let (mut intact, mut typos) = (tokens.into_iter().peekable(), typos.into_iter().peekable());
    loop {
        let next = match (intact.peek(), typos.peek()) {
            (Some(a), Some(b)) if b < a => typos.next(),
            (Some(_), _) => intact.next(),
            (None, _) => typos.next(),
        };
        let Some((a, b)) = next else { break };
        emit(text, &words[a..=b], buffer, found);
    }
}

/// The last word of the window starting at `start` whose symbols number from `min` to `max`, if
/// there is one (words are short, so this looks at most a code's length ahead).
fn window(words: &[Word], start: usize, min: usize, max: usize) -> Option<usize> {
    let mut total = 0;
    for (end, word) in words.iter().enumerate().skip(start) {
        total += word.symbols;
        if total > max {
            return None;
        }
        if total >= min {
            return Some(end);
        }
    }
    None
}

/// Whether the words' symbols make an intact code.
fn intact(text: &str, words: &[Word], buffer: &mut Vec<u8>) -> bool {
    symbols_of(text, words, buffer);
    buffer.len() <= super::MAX_SYMBOLS && bits::checksum_ok(buffer)
}

/// Whether words are groups as a person copies a code: at least three symbols each, all of one
/// size except up to `odd` groups a symbol longer or shorter, and a last group no longer.
fn regular(words: &[Word], odd: usize) -> bool {
    let Some((last, rest)) = words.split_last() else {
        return false;
    };
    let Some(size) = rest.first().map(|w| w.symbols) else {
        return true;
    };
    // The size most groups have: the first's, unless the first is the odd one.
    let size = if rest.iter().filter(|w| w.symbols == size).count() * 2 >= rest.len() {
        size
    } else {
        rest.get(1).map_or(size, |w| w.symbols)
    };
    let off = rest.iter().filter(|w| w.symbols != size).count();
    rest.iter()
        .all(|w| w.symbols >= 3 && w.symbols.abs_diff(size) <= 1)
        && off <= odd
        && last.symbols <= size + 1
}

fn emit(
    text: &str,
    words: &[Word],
    buffer: &mut Vec<u8>,
    found: &mut dyn FnMut(Range<usize>, &[u8]),
) {
    if let (Some(first), Some(last)) = (words.first(), words.last()) {
        symbols_of(text, words, buffer);
        found(first.span.start..last.span.end, buffer);
    }
}

fn symbols_of(text: &str, words: &[Word], buffer: &mut Vec<u8>) {
    buffer.clear();
    for word in words {
        // A word holds symbols and dashes; its only non-ASCII characters are dashes, so bytes of
        // 0x80 and above can be skipped without decoding them. One more symbol than a code may
        // have is enough to refuse it.
        let bytes = text.as_bytes().get(word.span.clone()).unwrap_or_default();
        let room = (super::MAX_SYMBOLS + 1).saturating_sub(buffer.len());
        buffer.extend(
            bytes
                .iter()
                .filter_map(|&byte| match bits::classify(char::from(byte)) {
                    Class::Symbol(value) if byte < 0x80 => Some(value),
                    _ => None,
                })
                .take(room),
        );
        if buffer.len() > super::MAX_SYMBOLS {
            return;
        }
    }
}
