//! The summary page's model: two waves of pasted codes, what became of every code-shaped token,
//! the response rate, the report, the comparison of the waves and the combined code.
//!
//! A plain value with methods and no browser dependency, so the page's reducer only delegates to
//! it and every rule is tested natively. Pasted text is kept as it came, one chunk per paste or
//! file, until the organizer clears the wave: nothing pasted is ever dropped.

use std::sync::Arc;

use crate::code::{Code, Codec, Collection, Collector, DecodeError, Outcome, Rejection};
use crate::instrument::{Instrument, InstrumentError, DEFAULT, MAX_UNITS};
use crate::lang::Lang;
use crate::link::{valid_id, SurveyLink, MAX_UNIT_NAME, MIN_GROUP_CEILING, MIN_GROUP_FLOOR};
use crate::report::{self, compare, summarize, to_csv, Comparison, Report};

/// How many problem tokens per wave are kept for display; beyond it they are only counted, so a
/// pasted file of garbage cannot fill the memory or the page.
pub const LISTED_PROBLEMS: usize = 1_000;

/// Characters of a problem token shown before it is cut with "…".
pub const SHOWN_CHARACTERS: usize = 40;

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

/// What became of one code-shaped token, as the page counts and labels them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenOutcome {
    /// A new code of this survey, counted.
    Accepted,
    /// A code already counted (earlier in this paste or in an earlier one), counted once.
    Duplicate,
    /// A typo: checksum or length wrong.
    Mistyped,
    /// Intact, but made for another survey.
    OtherSurvey,
    /// Intact, but made by a newer Candor.
    NewerVersion,
    /// Not a well-formed code.
    Malformed,
}

impl TokenOutcome {
    /// Every outcome, in the order the page lists their counts.
    pub const ALL: [TokenOutcome; 6] = [
        TokenOutcome::Accepted,
        TokenOutcome::Duplicate,
        TokenOutcome::Mistyped,
        TokenOutcome::OtherSurvey,
        TokenOutcome::NewerVersion,
        TokenOutcome::Malformed,
    ];

    /// A stable name for data attributes and tests: `accepted`, `duplicate`, `mistyped`,
    /// `other-survey`, `newer-version`, `malformed`.
    pub fn name(self) -> &'static str {
        match self {
            TokenOutcome::Accepted => "accepted",
            TokenOutcome::Duplicate => "duplicate",
            TokenOutcome::Mistyped => "mistyped",
            TokenOutcome::OtherSurvey => "other-survey",
            TokenOutcome::NewerVersion => "newer-version",
            TokenOutcome::Malformed => "malformed",
        }
    }

    fn of(outcome: &Outcome) -> TokenOutcome {
        match outcome {
            Outcome::Accepted(_) => TokenOutcome::Accepted,
            Outcome::Duplicate => TokenOutcome::Duplicate,
            Outcome::Rejected(error) => match error.rejection() {
                Rejection::Mistyped => TokenOutcome::Mistyped,
                Rejection::OtherSurvey => TokenOutcome::OtherSurvey,
                Rejection::NewerVersion => TokenOutcome::NewerVersion,
                Rejection::Malformed => TokenOutcome::Malformed,
            },
        }
    }
}

/// How many tokens of a wave had each outcome.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Codes counted (a combined code is one code here; see [`Summary::respondents`]).
    pub accepted: usize,
    /// Codes already counted.
    pub duplicate: usize,
    /// Codes with a typo.
    pub mistyped: usize,
    /// Codes of another survey.
    pub other_survey: usize,
    /// Codes of a newer Candor.
    pub newer_version: usize,
    /// Code-shaped text that is no code.
    pub malformed: usize,
}

impl Counts {
    /// The count for `outcome`.
    pub fn get(&self, outcome: TokenOutcome) -> usize {
        match outcome {
            TokenOutcome::Accepted => self.accepted,
            TokenOutcome::Duplicate => self.duplicate,
            TokenOutcome::Mistyped => self.mistyped,
            TokenOutcome::OtherSurvey => self.other_survey,
            TokenOutcome::NewerVersion => self.newer_version,
            TokenOutcome::Malformed => self.malformed,
        }
    }

    /// Every code-shaped token found.
    pub fn tokens(&self) -> usize {
        TokenOutcome::ALL.iter().map(|o| self.get(*o)).sum()
    }

    fn bump(&mut self, outcome: TokenOutcome) {
        let slot = match outcome {
            TokenOutcome::Accepted => &mut self.accepted,
            TokenOutcome::Duplicate => &mut self.duplicate,
            TokenOutcome::Mistyped => &mut self.mistyped,
            TokenOutcome::OtherSurvey => &mut self.other_survey,
            TokenOutcome::NewerVersion => &mut self.newer_version,
            TokenOutcome::Malformed => &mut self.malformed,
        };
        *slot = slot.saturating_add(1);
    }
}

/// A token that was not counted, ready for display.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Why it was not counted, broadly.
    pub outcome: TokenOutcome,
    /// The decode error, for a rejected token; `None` for a duplicate.
    pub error: Option<DecodeError>,
    /// The token as pasted, cut after [`SHOWN_CHARACTERS`] characters with "…".
    pub text: String,
    /// Which paste or file of the wave it was in, from 1.
    pub chunk: usize,
    /// Its line in the wave's whole text ([`Summary::text`]), from 1.
    pub line: usize,
}

impl Problem {
    /// What is wrong with the token, in `lang`: the decode error's own sentence (which says near
    /// which character a typo probably is, when that can be told), or why a duplicate was skipped.
    pub fn message(&self, lang: Lang) -> String {
        match (&self.error, lang) {
            (Some(error), _) => error.message(lang),
            (None, Lang::En) => {
                "This code was already counted, earlier in these codes; the same code counts once.".into()
            }
            (None, Lang::Es) => {
                "Este código ya se contó antes en estos códigos; un mismo código cuenta una sola vez.".into()
            }
        }
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

/// Why the settings typed on the summary page (or carried by a link) cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingsError {
    /// The survey identifier is not 6–32 letters, digits, `-` or `_`.
    InvalidId,
    /// More units than a survey can have.
    TooManyUnits,
    /// A unit name is empty, too long or has control characters.
    InvalidUnit(String),
    /// Two units have the same name.
    DuplicateUnit(String),
    /// The minimum group size is outside 3–50.
    InvalidMinGroup,
    /// The built-in instrument is broken (its tests keep this from shipping).
    Instrument(InstrumentError),
}

impl SettingsError {
    /// What is wrong and what to do, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (SettingsError::InvalidId, Lang::En) => {
                "The survey identifier must be 6 to 32 letters, digits, dashes or underscores. Copy it from the survey link, after “id=”.".into()
            }
            (SettingsError::InvalidId, Lang::Es) => {
                "El identificador de la encuesta debe tener de 6 a 32 letras, dígitos, guiones o guiones bajos. Cópielo del enlace de la encuesta, después de «id=».".into()
            }
            (SettingsError::TooManyUnits, Lang::En) => {
                format!("A survey can have at most {MAX_UNITS} units.")
            }
            (SettingsError::TooManyUnits, Lang::Es) => {
                format!("Una encuesta puede tener como máximo {MAX_UNITS} unidades.")
            }
            (SettingsError::InvalidUnit(name), Lang::En) => format!(
                "The unit name “{name}” cannot be used: a unit needs a name of 1 to {MAX_UNIT_NAME} characters on one line."
            ),
            (SettingsError::InvalidUnit(name), Lang::Es) => format!(
                "No se puede usar el nombre de unidad «{name}»: una unidad necesita un nombre de 1 a {MAX_UNIT_NAME} caracteres en una sola línea."
            ),
            (SettingsError::DuplicateUnit(name), Lang::En) => {
                format!("The unit “{name}” is listed twice; each unit may appear once.")
            }
            (SettingsError::DuplicateUnit(name), Lang::Es) => {
                format!("La unidad «{name}» aparece dos veces; cada unidad puede aparecer una sola vez.")
            }
            (SettingsError::InvalidMinGroup, Lang::En) => format!(
                "The minimum group size must be a whole number from {MIN_GROUP_FLOOR} to {MIN_GROUP_CEILING}."
            ),
            (SettingsError::InvalidMinGroup, Lang::Es) => format!(
                "El tamaño mínimo de grupo debe ser un número entero entre {MIN_GROUP_FLOOR} y {MIN_GROUP_CEILING}."
            ),
            (SettingsError::Instrument(_), Lang::En) => {
                "This copy of Candor has a broken survey definition and cannot read codes. Use another copy of the site.".into()
            }
            (SettingsError::Instrument(_), Lang::Es) => {
                "Esta copia de Candor tiene una definición de encuesta dañada y no puede leer códigos. Use otra copia del sitio.".into()
            }
        }
    }
}

/// A change to the model, for a reducer that only delegates: see [`Summary::apply`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// A paste or a file's text, added to a wave.
    Add(Wave, String),
    /// Forget every code of a wave.
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
}

#[derive(Clone, Debug)]
struct WaveState {
    chunks: Vec<Arc<str>>,
    collector: Collector,
    counts: Counts,
    problems: Vec<Problem>,
    /// Bytes of the wave's whole text so far.
    length: usize,
    /// Lines of the wave's whole text before the next chunk.
    lines: usize,
    headcount: Option<u64>,
}

impl WaveState {
    fn new(codec: &Codec) -> WaveState {
        WaveState {
            chunks: Vec::new(),
            collector: Collector::new(codec),
            counts: Counts::default(),
            problems: Vec::new(),
            length: 0,
            lines: 0,
            headcount: None,
        }
    }

    /// Where the next chunk starts in the whole text: on a line of its own.
    fn separator(&self) -> &'static str {
        match self.chunks.last() {
            Some(last) if !last.ends_with('\n') => "\n",
            _ => "",
        }
    }

    fn add(&mut self, codec: &Codec, text: &str) {
        if text.is_empty() {
            return;
        }
        let separator = self.separator();
        let offset = self.length + separator.len();
        let before = self.collector.collection().problems.len();
        let accepted_before = self.collector.collection().accepted;
        self.collector.add(codec, text, offset);
        let collection = self.collector.collection();
        let accepted = collection.accepted.saturating_sub(accepted_before);
        self.counts.accepted = self.counts.accepted.saturating_add(accepted);
        let first_line = self.lines + 1;
        let mut lines = LineCounter::default();
        for token in collection.problems.get(before..).unwrap_or_default() {
            let outcome = TokenOutcome::of(&token.outcome);
            self.counts.bump(outcome);
            if self.problems.len() < LISTED_PROBLEMS {
                let local = token.span.start.saturating_sub(offset);
                self.problems.push(Problem {
                    outcome,
                    error: match &token.outcome {
                        Outcome::Rejected(error) => Some(error.clone()),
                        _ => None,
                    },
                    text: shorten(&token.text),
                    chunk: self.chunks.len() + 1,
                    line: first_line + lines.newlines_before(text, local),
                });
            }
        }
        let newlines = text.bytes().filter(|b| *b == b'\n').count();
        // A chunk not ending in a newline gets one before the next chunk.
        self.lines += newlines + usize::from(!text.ends_with('\n'));
        self.length = offset + text.len();
        self.chunks.push(Arc::from(text));
    }
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

impl Summary {
    /// A summary of nothing yet for the survey `settings` describe: from a summary link, or built
    /// from what the organizer typed (identifier, units, role question, minimum group size; the
    /// other fields may stay empty).
    pub fn new(settings: SurveyLink) -> Result<Summary, SettingsError> {
        check(&settings)?;
        let instrument = &DEFAULT;
        let codec =
            Codec::new(instrument, &settings.survey()).map_err(SettingsError::Instrument)?;
        let wave = Arc::new(WaveState::new(&codec));
        Ok(Summary {
            settings: Arc::new(settings),
            instrument,
            codec: Arc::new(codec),
            waves: [wave.clone(), wave],
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

    /// Makes the change `action` describes.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Add(wave, text) => self.add_text(wave, &text),
            Action::Clear(wave) => self.clear(wave),
            Action::Headcount(wave, headcount) => self.set_headcount(wave, headcount),
        }
    }

    /// Adds a paste or a file's text to `wave` as a new chunk and reads its codes. Codes already
    /// counted in this wave, in this or an earlier chunk, are duplicates. Empty text is ignored.
    pub fn add_text(&mut self, wave: Wave, text: &str) {
        if text.is_empty() {
            return;
        }
        let codec = self.codec.clone();
        self.wave_mut(wave).add(&codec, text);
    }

    /// Forgets every chunk and code of `wave`; its headcount stays.
    pub fn clear(&mut self, wave: Wave) {
        let headcount = self.wave(wave).headcount;
        let mut fresh = WaveState::new(&self.codec);
        fresh.headcount = headcount;
        self.waves[wave.index()] = Arc::new(fresh);
    }

    /// Sets the staff invited to `wave`'s survey; `None` or 0 removes it.
    pub fn set_headcount(&mut self, wave: Wave, headcount: Option<u64>) {
        self.wave_mut(wave).headcount = headcount.filter(|h| *h > 0);
    }

    /// The staff headcount of `wave`, if entered.
    pub fn headcount(&self, wave: Wave) -> Option<u64> {
        self.wave(wave).headcount
    }

    /// The pastes and files of `wave`, in the order they were added.
    pub fn chunks(&self, wave: Wave) -> &[Arc<str>] {
        &self.wave(wave).chunks
    }

    /// Whether anything was pasted into `wave`.
    pub fn has_text(&self, wave: Wave) -> bool {
        !self.wave(wave).chunks.is_empty()
    }

    /// Everything pasted into `wave`, each chunk starting on a new line. Problem line numbers and
    /// the spans of the collection's tokens refer to this text.
    pub fn text(&self, wave: Wave) -> String {
        let state = self.wave(wave);
        let mut text = String::with_capacity(state.length);
        for chunk in &state.chunks {
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(chunk);
        }
        text
    }

    /// The accepted codes of `wave` combined, and every token that was not counted.
    pub fn collection(&self, wave: Wave) -> &Collection {
        self.wave(wave).collector.collection()
    }

    /// Every token of `wave` that was not counted, in order (the first [`LISTED_PROBLEMS`] only).
    pub fn problems(&self, wave: Wave) -> &[Problem] {
        &self.wave(wave).problems
    }

    /// Problem tokens of `wave` beyond those listed.
    pub fn unlisted_problems(&self, wave: Wave) -> usize {
        let state = self.wave(wave);
        state
            .counts
            .tokens()
            .saturating_sub(state.counts.accepted)
            .saturating_sub(state.problems.len())
    }

    /// How many tokens of `wave` had each outcome.
    pub fn counts(&self, wave: Wave) -> Counts {
        self.wave(wave).counts
    }

    /// Codes of `wave` counted (a combined code counts as one code).
    pub fn accepted(&self, wave: Wave) -> usize {
        self.wave(wave).counts.accepted
    }

    /// Respondents counted in `wave` (a combined code counts everyone it holds).
    pub fn respondents(&self, wave: Wave) -> u64 {
        self.collection(wave).tally.n()
    }

    /// Accepted codes of `wave` sharing a nonce with another: a sign of edited or made-up codes.
    pub fn shared_nonces(&self, wave: Wave) -> usize {
        self.collection(wave).shared_nonces
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

    /// The follow-up against the baseline, once anything was pasted as the follow-up.
    pub fn comparison(&self) -> Option<Comparison> {
        self.has_text(Wave::FollowUp).then(|| {
            compare(
                self.instrument,
                &self.collection(Wave::Baseline).tally,
                &self.collection(Wave::FollowUp).tally,
                self.min_group(),
            )
        })
    }

    /// Every figure of the baseline's report, and its change to the follow-up once one was pasted,
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

/// The same rules a survey link's settings obey (`docs/link-format.md`), for settings typed on the
/// page.
fn check(settings: &SurveyLink) -> Result<(), SettingsError> {
    if !valid_id(&settings.id) {
        return Err(SettingsError::InvalidId);
    }
    if settings.units.len() > usize::from(MAX_UNITS) {
        return Err(SettingsError::TooManyUnits);
    }
    for (index, unit) in settings.units.iter().enumerate() {
        let length = unit.chars().count();
        if unit.trim().is_empty() || length > MAX_UNIT_NAME || unit.chars().any(char::is_control) {
            return Err(SettingsError::InvalidUnit(unit.clone()));
        }
        if settings
            .units
            .get(..index)
            .unwrap_or_default()
            .contains(unit)
        {
            return Err(SettingsError::DuplicateUnit(unit.clone()));
        }
    }
    if !(MIN_GROUP_FLOOR..=MIN_GROUP_CEILING).contains(&settings.min_group) {
        return Err(SettingsError::InvalidMinGroup);
    }
    Ok(())
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
    fn every_settings_message_differs_and_exists_in_both_languages() {
        let errors = [
            SettingsError::InvalidId,
            SettingsError::TooManyUnits,
            SettingsError::InvalidUnit("A".into()),
            SettingsError::DuplicateUnit("A".into()),
            SettingsError::InvalidMinGroup,
            SettingsError::Instrument(InstrumentError::EmptyId),
        ];
        for lang in Lang::ALL {
            let messages: std::collections::HashSet<_> =
                errors.iter().map(|e| e.message(lang)).collect();
            assert_eq!(messages.len(), errors.len());
        }
        for error in &errors {
            assert_ne!(error.message(Lang::En), error.message(Lang::Es));
        }
    }
}
