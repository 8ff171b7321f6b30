//! The summary page's model: two waves of codes, what became of every code-shaped token, the
//! response rate, the report, the comparison of the waves and the combined code.
//!
//! A plain value with methods and no browser dependency, so the page's reducer only delegates to
//! it and every rule is tested natively. The model is the one owner of what the organizer gave
//! it: the text area's text, and every file or large paste, read straight into the model in
//! slices and listed by name, never put into the text area. Nothing given is dropped until the
//! organizer removes it or clears the wave.

use std::sync::Arc;

use crate::code::{Code, Codec, Collection, Collector, Counts, DecodeError, Token, Verdict};
use crate::instrument::{Instrument, InstrumentError, DEFAULT};
use crate::lang::{Explain, Lang, Text};
use crate::link::{LinkError, SurveyLink};
use crate::report::{self, compare, summarize, to_csv, Comparison, Report};

/// How many problem tokens per wave are kept for display; beyond it they are only counted, so a
/// pasted file of garbage cannot fill the memory or the page.
pub const LISTED_PROBLEMS: usize = 1_000;

/// Characters of a problem token shown before it is cut with "…".
pub const SHOWN_CHARACTERS: usize = 40;

/// A paste longer than this (in bytes, about 3,400 individual codes) is not put into the text
/// area, whose own layout of a long text takes the browser seconds, but read like a file.
pub const LARGE_PASTE: usize = 100_000;

/// Bytes read between two pauses when a file or a large paste is read, so that the page keeps
/// answering input and can show how far it got.
pub const SLICE: usize = 1 << 20;

/// One of the two sets of codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Wave {
    /// The first survey, or the only one.
    Baseline,
    /// A later repetition, compared with the baseline.
    FollowUp,
}

impl Wave {
    /// Both waves, baseline first.
    pub const ALL: [Wave; 2] = [Wave::Baseline, Wave::FollowUp];

    /// A stable name for element ids and exports: `baseline` or `follow-up`.
    pub fn name(self) -> &'static str {
        match self {
            Wave::Baseline => "baseline",
            Wave::FollowUp => "follow-up",
        }
    }

    fn index(self) -> usize {
        match self {
            Wave::Baseline => 0,
            Wave::FollowUp => 1,
        }
    }
}

/// Where a source's text came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A file chosen or dropped, by name.
    File(String),
    /// A paste too large for the text area ([`LARGE_PASTE`]).
    Paste,
}

/// A file or a large paste, read into the model in slices and listed on its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// The shell's number for it, unique within the page.
    pub id: u32,
    /// Where it came from.
    pub origin: Origin,
    /// Its whole size in bytes, as announced when it was opened.
    pub size: usize,
    /// Bytes read so far.
    pub read: usize,
    /// Its tokens by verdict.
    pub counts: Counts,
    /// The browser could not read it (it moved, or access was refused).
    pub unreadable: bool,
    /// Lines read so far, counted as each slice comes.
    lines: usize,
}

impl Source {
    /// Whether every byte has been read (or the source could not be read at all).
    pub fn done(&self) -> bool {
        self.unreadable || self.read >= self.size
    }
}

/// Where a problem token was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// The text area.
    Typed,
    /// The source with this id.
    Source(u32),
}

/// A token that was not counted, ready for display.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Why it was not counted, broadly.
    pub verdict: Verdict,
    /// The decode error, for a rejected token; `None` for a duplicate.
    pub error: Option<DecodeError>,
    /// The token as given, cut after [`SHOWN_CHARACTERS`] characters with "…".
    pub text: String,
    /// The text area or the source it is in.
    pub place: Place,
    /// Its line there, from 1.
    pub line: usize,
}

/// What is wrong with the token: the decode error's own sentence (which says near which
/// character a typo probably is, when that can be told), or why a duplicate was skipped.
impl Explain for Problem {
    fn text(&self) -> Text {
        match &self.error {
            Some(error) => error.text(),
            None => Text {
                en: "This code was already counted, earlier in these codes; the same code counts once.",
                es: "Este código ya se contó antes en estos códigos; un mismo código cuenta una sola vez.",
            },
        }
    }

    fn values(&self, lang: Lang) -> Vec<(&'static str, String)> {
        self.error
            .as_ref()
            .map(|error| error.values(lang))
            .unwrap_or_default()
    }
}

/// Responses against the staff invited.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ResponseRate {
    /// Staff invited, as the organizer entered it (at least 1).
    pub headcount: u64,
    /// Respondents counted.
    pub responses: u64,
    /// `responses / headcount`; above 1 when more responses than staff were counted.
    pub rate: f64,
    /// More responses than staff: codes were shared, forged or pasted from another group.
    pub exceeds: bool,
}

/// Why a summary cannot be opened for some settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenError {
    /// The settings break a rule of `docs/link-format.md`.
    Settings(LinkError),
    /// The built-in instrument is broken (its tests keep this from shipping).
    Instrument(InstrumentError),
}

impl Explain for OpenError {
    fn text(&self) -> Text {
        match self {
            OpenError::Settings(error) => error.text(),
            OpenError::Instrument(_) => Text {
                en: "This copy of Candor has a broken survey definition and cannot read codes. Use another copy of the site.",
                es: "Esta copia de Candor tiene una definición de encuesta dañada y no puede leer códigos. Use otra copia del sitio.",
            },
        }
    }

    fn values(&self, lang: Lang) -> Vec<(&'static str, String)> {
        match self {
            OpenError::Settings(error) => error.values(lang),
            OpenError::Instrument(_) => Vec::new(),
        }
    }
}

/// A change to the model, for a reducer that only delegates: see [`Summary::apply`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// The text area of a wave now holds this text (after an edit or a small paste).
    Type(Wave, String),
    /// A file or large paste of `size` bytes starts being read, under the shell's number `id`.
    Open {
        /// Which set of codes.
        wave: Wave,
        /// The shell's number for it, unique within the page.
        id: u32,
        /// Where it comes from.
        origin: Origin,
        /// Its size in bytes.
        size: usize,
    },
    /// The next slice of source `id`'s text, ending where a line ends (or at the end).
    Feed(Wave, u32, String),
    /// Source `id` could not be read.
    Unreadable(Wave, u32),
    /// Forget source `id` and its codes.
    Remove(Wave, u32),
    /// Forget every code of a wave: its text and its sources.
    Clear(Wave),
    /// Set or remove a wave's staff headcount.
    Headcount(Wave, Option<u64>),
}

/// The summary page's model. Cheap to clone: each wave is shared until it changes.
#[derive(Clone, Debug)]
pub struct Summary {
    settings: Arc<SurveyLink>,
    instrument: &'static Instrument,
    codec: Arc<Codec>,
    waves: [Arc<WaveState>; 2],
    version: u64,
}

#[derive(Clone, Debug)]
struct WaveState {
    /// Files and large pastes, in the order they were opened.
    sources: Vec<Source>,
    /// Each source's slices as read, kept to read again when an earlier source is removed. Shared,
    /// so that a copy of the model (one per action) does not copy the text.
    texts: Vec<Vec<Arc<str>>>,
    /// The text area's text, read after every source.
    typed: String,
    /// Every source read, in order.
    from_sources: Collector,
    /// `from_sources` with the text area read on top; `None` while the text area is empty.
    with_typed: Option<Collector>,
    /// Problems in the sources, then in the text area; at most [`LISTED_PROBLEMS`] in all.
    source_problems: Vec<Problem>,
    typed_problems: Vec<Problem>,
    headcount: Option<u64>,
}

impl WaveState {
    fn new(codec: &Codec) -> WaveState {
        WaveState {
            sources: Vec::new(),
            texts: Vec::new(),
            typed: String::new(),
            from_sources: Collector::new(codec),
            with_typed: None,
            source_problems: Vec::new(),
            typed_problems: Vec::new(),
            headcount: None,
        }
    }

    fn collector(&self) -> &Collector {
        self.with_typed.as_ref().unwrap_or(&self.from_sources)
    }

    fn set_typed(&mut self, codec: &Codec, text: String) {
        self.typed = text;
        self.read_typed(codec);
    }

    /// Reads the text area again on top of the sources: codes in it that a source already holds
    /// are its duplicates.
    fn read_typed(&mut self, codec: &Codec) {
        self.typed_problems.clear();
        if self.typed.is_empty() {
            self.with_typed = None;
            return;
        }
        let mut collector = self.from_sources.clone();
        let room = LISTED_PROBLEMS.saturating_sub(self.source_problems.len());
        read(
            &mut collector,
            codec,
            &self.typed,
            Place::Typed,
            0,
            &mut self.typed_problems,
            room,
        );
        self.with_typed = Some(collector);
    }

    fn open(&mut self, id: u32, origin: Origin, size: usize) {
        if self.sources.iter().any(|s| s.id == id) {
            return;
        }
        self.sources.push(Source {
            id,
            origin,
            size,
            read: 0,
            counts: Counts::default(),
            unreadable: false,
            lines: 0,
        });
        self.texts.push(Vec::new());
    }

    fn feed(&mut self, codec: &Codec, id: u32, slice: String) {
        let Some(index) = self.sources.iter().position(|s| s.id == id) else {
            return;
        };
        if slice.is_empty() {
            return;
        }
        let source = &mut self.sources[index];
        let room = LISTED_PROBLEMS.saturating_sub(self.source_problems.len());
        let counts = read(
            &mut self.from_sources,
            codec,
            &slice,
            Place::Source(id),
            source.lines,
            &mut self.source_problems,
            room,
        );
        source.counts = source.counts.plus(&counts);
        source.lines += newlines(&slice);
        source.read = source.read.saturating_add(slice.len());
        if let Some(text) = self.texts.get_mut(index) {
            text.push(Arc::from(slice));
        }
        // The text area is read after every source, so its duplicates may have changed.
        self.read_typed(codec);
    }

    fn unreadable(&mut self, id: u32) {
        if let Some(source) = self.sources.iter_mut().find(|s| s.id == id) {
            source.unreadable = true;
        }
    }

    /// Forgets source `id`, then reads the remaining sources and the text area again: which copy
    /// of a code counts and which is its duplicate can change.
    fn remove(&mut self, codec: &Codec, id: u32) {
        let Some(index) = self.sources.iter().position(|s| s.id == id) else {
            return;
        };
        self.sources.remove(index);
        self.texts.remove(index);
        self.from_sources = Collector::new(codec);
        self.source_problems.clear();
        for (source, slices) in self.sources.iter_mut().zip(&self.texts) {
            source.counts = Counts::default();
            let mut lines = 0;
            for slice in slices {
                let room = LISTED_PROBLEMS.saturating_sub(self.source_problems.len());
                let counts = read(
                    &mut self.from_sources,
                    codec,
                    slice,
                    Place::Source(source.id),
                    lines,
                    &mut self.source_problems,
                    room,
                );
                source.counts = source.counts.plus(&counts);
                lines += newlines(slice);
            }
        }
        self.read_typed(codec);
    }
}

/// Reads `text` into `collector` and lists up to `room` of its problems, each with its line
/// (counting from `lines_before` + 1); gives the counts of this text's tokens.
fn read(
    collector: &mut Collector,
    codec: &Codec,
    text: &str,
    place: Place,
    lines_before: usize,
    problems: &mut Vec<Problem>,
    room: usize,
) -> Counts {
    let before = collector.collection().counts;
    let mut lines = LineCounter::default();
    let mut listed = 0;
    collector.add(codec, text, &mut |token: Token| {
        if listed < room {
            listed += 1;
            problems.push(Problem {
                verdict: token.verdict,
                error: token.error,
                text: shorten(&token.text),
                place,
                line: lines_before + 1 + lines.newlines_before(text, token.span.start),
            });
        }
    });
    collector.collection().counts.since(&before)
}

fn newlines(text: &str) -> usize {
    text.bytes().filter(|b| *b == b'\n').count()
}

/// Counts newlines up to increasing offsets in one pass.
#[derive(Default)]
struct LineCounter {
    offset: usize,
    newlines: usize,
}

impl LineCounter {
    fn newlines_before(&mut self, text: &str, offset: usize) -> usize {
        let end = offset.min(text.len());
        if end > self.offset {
            self.newlines += text
                .as_bytes()
                .get(self.offset..end)
                .map_or(0, |bytes| bytes.iter().filter(|b| **b == b'\n').count());
            self.offset = end;
        }
        self.newlines
    }
}

/// At most [`SHOWN_CHARACTERS`] characters of `text`, cut at a character boundary, with "…" when
/// anything was cut.
pub fn shorten(text: &str) -> String {
    match text.char_indices().nth(SHOWN_CHARACTERS) {
        Some((cut, _)) => format!("{}…", text.get(..cut).unwrap_or_default()),
        None => text.to_string(),
    }
}

/// Cuts a file's bytes, as they arrive in pieces of any size, into text that ends where a line
/// ends, so each piece can be read on its own ([`Action::Feed`]): no code spans a line break.
/// Bytes that are not UTF-8 become U+FFFD, as the browser's own reading of a text file does.
#[derive(Debug, Default)]
pub struct Lines {
    rest: Vec<u8>,
}

impl Lines {
    /// Nothing received yet.
    pub fn new() -> Lines {
        Lines::default()
    }

    /// Takes the next bytes; gives the text of every line now complete.
    pub fn push(&mut self, bytes: &[u8]) -> String {
        self.rest.extend_from_slice(bytes);
        let Some(end) = self.rest.iter().rposition(|b| *b == b'\n') else {
            return String::new();
        };
        let tail = self.rest.split_off(end + 1);
        let lines = std::mem::replace(&mut self.rest, tail);
        String::from_utf8_lossy(&lines).into_owned()
    }

    /// The last line, which has no line break after it.
    pub fn finish(self) -> String {
        String::from_utf8_lossy(&self.rest).into_owned()
    }
}

/// Splits `text` into pieces of about `size` bytes, each ending where a line ends (or at the end
/// of the text), for reading a large paste in slices.
pub fn slices(text: &str, size: usize) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let cut = match rest.as_bytes().get(size.max(1)..) {
            None => rest.len(),
            Some(after) => after
                .iter()
                .position(|b| *b == b'\n')
                .map_or(rest.len(), |at| size.max(1) + at + 1),
        };
        let (piece, after) = rest.split_at(cut);
        rest = after;
        Some(piece)
    })
}

impl Summary {
    /// A summary of nothing yet for the survey `settings` describe: from a summary link, or
    /// from the settings typed on the page. They are checked with [`SurveyLink::validate`].
    pub fn new(settings: SurveyLink) -> Result<Summary, OpenError> {
        settings.validate().map_err(OpenError::Settings)?;
        let instrument = &DEFAULT;
        let codec = Codec::new(instrument, &settings.shape()).map_err(OpenError::Instrument)?;
        let wave = Arc::new(WaveState::new(&codec));
        Ok(Summary {
            settings: Arc::new(settings),
            instrument,
            codec: Arc::new(codec),
            waves: [wave.clone(), wave],
            version: 0,
        })
    }

    /// The survey's settings.
    pub fn settings(&self) -> &SurveyLink {
        &self.settings
    }

    /// The instrument the codes are read with.
    pub fn instrument(&self) -> &'static Instrument {
        self.instrument
    }

    /// The code format of this survey.
    pub fn codec(&self) -> &Codec {
        &self.codec
    }

    /// The minimum group size applied (at least 3).
    pub fn min_group(&self) -> u64 {
        report::min_group(u64::from(self.settings.min_group))
    }

    fn wave(&self, wave: Wave) -> &WaveState {
        &self.waves[wave.index()]
    }

    fn wave_mut(&mut self, wave: Wave) -> &mut WaveState {
        Arc::make_mut(&mut self.waves[wave.index()])
    }

    /// A number that changes whenever a change may have altered the figures: the same version,
    /// the same report, comparison and CSV, so a view can keep them instead of making them again.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Makes the change `action` describes.
    pub fn apply(&mut self, action: Action) {
        // The figures are made of the waves' tallies, and the comparison exists once the
        // follow-up has codes; a typed character that is no code changes neither.
        let before = Wave::ALL.map(|w| (self.collection(w).tally.clone(), self.has_codes(w)));
        self.change(action);
        if Wave::ALL.iter().zip(&before).any(|(&w, (tally, has))| {
            self.collection(w).tally != *tally || self.has_codes(w) != *has
        }) {
            self.version = self.version.wrapping_add(1);
        }
    }

    fn change(&mut self, action: Action) {
        let codec = self.codec.clone();
        match action {
            Action::Type(wave, text) => {
                if self.wave(wave).typed != text {
                    self.wave_mut(wave).set_typed(&codec, text);
                }
            }
            Action::Open {
                wave,
                id,
                origin,
                size,
            } => self.wave_mut(wave).open(id, origin, size),
            Action::Feed(wave, id, slice) => self.wave_mut(wave).feed(&codec, id, slice),
            Action::Unreadable(wave, id) => self.wave_mut(wave).unreadable(id),
            Action::Remove(wave, id) => self.wave_mut(wave).remove(&codec, id),
            Action::Clear(wave) => {
                let headcount = self.wave(wave).headcount;
                let mut fresh = WaveState::new(&codec);
                fresh.headcount = headcount;
                self.waves[wave.index()] = Arc::new(fresh);
            }
            Action::Headcount(wave, headcount) => {
                self.wave_mut(wave).headcount = headcount.filter(|h| *h > 0);
            }
        }
    }

    /// Reads a whole text as one source named `name`: what the page does with a file, in one
    /// step. For tests, benchmarks and tools; the page reads in slices to stay responsive.
    pub fn add_file(&mut self, wave: Wave, id: u32, name: &str, text: &str) {
        self.apply(Action::Open {
            wave,
            id,
            origin: Origin::File(name.to_string()),
            size: text.len(),
        });
        for slice in slices(text, SLICE) {
            self.apply(Action::Feed(wave, id, slice.to_string()));
        }
    }

    /// The text area's text of `wave`.
    pub fn typed(&self, wave: Wave) -> &str {
        &self.wave(wave).typed
    }

    /// The files and large pastes of `wave`, in the order they were opened.
    pub fn sources(&self, wave: Wave) -> &[Source] {
        &self.wave(wave).sources
    }

    /// Whether anything was given to `wave`.
    pub fn has_codes(&self, wave: Wave) -> bool {
        let state = self.wave(wave);
        !state.typed.is_empty() || !state.sources.is_empty()
    }

    /// The accepted codes of `wave` combined, and the count of every verdict.
    pub fn collection(&self, wave: Wave) -> &Collection {
        self.wave(wave).collector().collection()
    }

    /// Every token of `wave` that was not counted, in order: the sources', then the text area's
    /// (the first [`LISTED_PROBLEMS`] only).
    pub fn problems(&self, wave: Wave) -> impl Iterator<Item = &Problem> {
        let state = self.wave(wave);
        state.source_problems.iter().chain(&state.typed_problems)
    }

    /// Problem tokens of `wave` beyond those listed.
    pub fn unlisted_problems(&self, wave: Wave) -> usize {
        let state = self.wave(wave);
        let listed = state.source_problems.len() + state.typed_problems.len();
        self.counts(wave).problems().saturating_sub(listed)
    }

    /// How many tokens of `wave` had each verdict.
    pub fn counts(&self, wave: Wave) -> Counts {
        self.collection(wave).counts
    }

    /// Respondents counted in `wave` (a combined code counts everyone it holds).
    pub fn respondents(&self, wave: Wave) -> u64 {
        self.collection(wave).tally.n()
    }

    /// The staff headcount of `wave`, if entered.
    pub fn headcount(&self, wave: Wave) -> Option<u64> {
        self.wave(wave).headcount
    }

    /// The response rate of `wave`, when its headcount is known.
    pub fn response_rate(&self, wave: Wave) -> Option<ResponseRate> {
        let headcount = self.headcount(wave)?;
        let responses = self.respondents(wave);
        Some(ResponseRate {
            headcount,
            responses,
            rate: responses as f64 / headcount as f64,
            exceeds: responses > headcount,
        })
    }

    /// The report of `wave`: only the count below the minimum group size.
    pub fn report(&self, wave: Wave) -> Report {
        summarize(
            self.instrument,
            &self.collection(wave).tally,
            self.min_group(),
        )
    }

    /// The follow-up against the baseline, once anything was given as the follow-up.
    pub fn comparison(&self) -> Option<Comparison> {
        self.has_codes(Wave::FollowUp).then(|| {
            compare(
                self.instrument,
                &self.collection(Wave::Baseline).tally,
                &self.collection(Wave::FollowUp).tally,
                self.min_group(),
            )
        })
    }

    /// Every figure of the baseline's report, and its change to the follow-up once one was given,
    /// as CSV (`docs/report-csv.md`), labelled in `lang`.
    pub fn csv(&self, lang: Lang) -> String {
        to_csv(
            self.instrument,
            &self.report(Wave::Baseline),
            self.comparison().as_ref(),
            &self.settings.units,
            lang,
        )
    }

    /// Whether a combined code of `wave` may be offered: only for at least the minimum group
    /// size, since a collector's code of fewer people would be a small group's figures.
    pub fn offers_combined(&self, wave: Wave) -> bool {
        self.respondents(wave) >= self.min_group()
    }

    /// One code holding every respondent of `wave`, made with `nonce` (from a good random source;
    /// keep it for the page's life so the code does not change on each render). `None` below the
    /// minimum group size.
    pub fn combined_code(&self, wave: Wave, nonce: u64) -> Option<Code> {
        if !self.offers_combined(wave) {
            return None;
        }
        self.codec
            .encode_tally(&self.collection(wave).tally, nonce)
            .ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortening_cuts_at_a_character_boundary() {
        assert_eq!(shorten("short"), "short");
        let exact = "é".repeat(SHOWN_CHARACTERS);
        assert_eq!(shorten(&exact), exact);
        let long = format!("{exact}ñ");
        assert_eq!(shorten(&long), format!("{exact}…"));
    }

    #[test]
    fn lines_are_counted_once_up_to_increasing_offsets() {
        let text = "a\nb\n\nc";
        let mut lines = LineCounter::default();
        assert_eq!(lines.newlines_before(text, 0), 0);
        assert_eq!(lines.newlines_before(text, 2), 1);
        assert_eq!(lines.newlines_before(text, 5), 3);
        assert_eq!(lines.newlines_before(text, 99), 3);
    }

    #[test]
    fn slices_end_where_lines_end_and_lose_nothing() {
        let text = "aaaa\nbb\ncccccc\nd";
        let pieces: Vec<&str> = slices(text, 3).collect();
        assert_eq!(pieces, ["aaaa\n", "bb\ncccccc\n", "d"]);
        assert_eq!(pieces.concat(), text);
        assert_eq!(slices("", 3).count(), 0);
        assert_eq!(
            slices("no line break", 2).collect::<Vec<_>>(),
            ["no line break"]
        );
    }

    #[test]
    fn lines_join_bytes_cut_anywhere_even_inside_a_character() {
        let text = "ñ1\nå2\n\nend".as_bytes();
        for cut in 0..=text.len() {
            let mut lines = Lines::new();
            let mut out = lines.push(&text[..cut]);
            out.push_str(&lines.push(&text[cut..]));
            out.push_str(&lines.finish());
            assert_eq!(out, "ñ1\nå2\n\nend", "cut at {cut}");
        }
        let mut lines = Lines::new();
        assert_eq!(lines.push(b"\xffa\n"), "\u{FFFD}a\n");
    }
}
