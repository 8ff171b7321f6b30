//! The summary page's model: a series of labelled waves of codes, what became of every
//! code-shaped token, the response rates, each wave's report, the trends across the waves, the
//! combined code, the organizer's commitments, and the figures handed to the printable documents'
//! page (`Printout`: the staff one-pager and the unit reports).
//!
//! A plain value with methods and no browser dependency, so the page's reducer only delegates to
//! it and every rule is tested natively. The model is the one owner of what the organizer gave
//! it: the text area's text, and every file or large paste, read straight into the model in
//! slices and listed by name, never put into the text area. Nothing given is dropped until the
//! organizer removes it or clears the wave.

mod printout;
mod problems;
mod slices;
mod wave;

use std::sync::Arc;

pub use printout::{Printout, PrintoutError, FORMAT as PRINTOUT_FORMAT};
pub use problems::{shorten, Place, Problem, LISTED_PROBLEMS, SHOWN_CHARACTERS};
pub use slices::{slices, Lines, LARGE_PASTE, SLICE};
use wave::WaveState;
pub use wave::{Origin, Source};

use crate::code::{Code, Codec, Collection, Counts, SlipCheck, Tally};
use crate::i18n::{t, Key};
use crate::instrument::{Instrument, InstrumentError, DEFAULT};
use crate::lang::{fill, Explain, Lang, Text};
use crate::link::{plan_query, LinkError, SurveyLink};
use crate::report::action::{Plan, PlanEdit, PlanError};
use crate::report::markup::{self, Found, Listed};
use crate::report::{
    self, action_rows, compare, series, summarize, to_csv_waves, Comparison, Rates, Report,
    ResponseRate, Series, Staff, WaveCsv, MAX_STAFF,
};

/// One set of codes of the series, by the number the model gave it when it was added: a wave
/// keeps its number when an earlier wave is removed, and a number is never given twice, so an
/// action on its way from the shell (a file still being read) never reaches another wave.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Wave(u32);

impl Wave {
    /// The wave every summary starts with.
    pub const FIRST: Wave = Wave(0);

    /// A stable name for element ids: `wave-1` for the first wave added, `wave-2` for the next.
    pub fn name(self) -> String {
        format!("wave-{}", u64::from(self.0) + 1)
    }
}

/// The most waves a summary holds: three years of quarterly pulses.
pub const MAX_WAVES: usize = 12;
/// The longest label a wave may have, in characters ("2026 Q1", "Spring 2027").
pub const MAX_LABEL: usize = 40;

/// A wave of the series: its number, the organizer's label and what was given to it.
#[derive(Clone, Debug)]
struct Slot {
    wave: Wave,
    label: String,
    state: Arc<WaveState>,
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
    /// Add a wave after the last one (at most [`MAX_WAVES`]), with the staff numbers of the link.
    AddWave,
    /// Forget a wave and everything given to it; the only wave is never removed, only cleared.
    RemoveWave(Wave),
    /// Name a wave ("2026 Q1"); cut to [`MAX_LABEL`] characters, an empty label is the default.
    Label(Wave, String),
    /// Set or remove the number of staff invited to a wave.
    Headcount(Wave, Option<u64>),
    /// Set or remove the number of staff invited to one unit (by place, from 0) in a wave.
    UnitHeadcount(Wave, usize, Option<u64>),
    /// A change to the organizer's commitments.
    Plan(PlanEdit),
}

/// The summary page's model. Cheap to clone: each wave is shared until it changes.
#[derive(Clone, Debug)]
pub struct Summary {
    settings: Arc<SurveyLink>,
    instrument: &'static Instrument,
    codec: Arc<Codec>,
    /// The waves in order, oldest first; never empty.
    slots: Vec<Slot>,
    /// The number the next wave added gets.
    next: u32,
    version: u64,
    /// The organizer's commitments, as typed: they change no figure, so not the version.
    plan: Arc<Plan>,
}

impl Summary {
    /// A summary of nothing yet for the survey `settings` describe: from a summary link, or
    /// from the settings typed on the page. They are checked with [`SurveyLink::validate`].
    pub fn new(settings: SurveyLink) -> Result<Summary, OpenError> {
        settings.validate().map_err(OpenError::Settings)?;
        let instrument = &DEFAULT;
        let codec = Codec::new(instrument, &settings.shape()).map_err(OpenError::Instrument)?;
        let mut summary = Summary {
            settings: Arc::new(settings),
            instrument,
            codec: Arc::new(codec),
            slots: Vec::new(),
            next: 0,
            version: 0,
            plan: Arc::default(),
        };
        summary.push_wave();
        Ok(summary)
    }

    /// Adds an empty wave, which starts with the staff numbers the summary link carries.
    fn push_wave(&mut self) {
        let mut state = WaveState::new(&self.codec, slip_check(&self.settings));
        state.staff = self.settings.staff.clone();
        self.slots.push(Slot {
            wave: Wave(self.next),
            label: String::new(),
            state: Arc::new(state),
        });
        self.next = self.next.wrapping_add(1);
    }

    /// The same summary with the commitments `plan` (from the summary link: `link::read_plan`).
    pub fn with_plan(mut self, plan: Plan) -> Summary {
        self.plan = Arc::new(plan);
        self
    }

    /// The organizer's commitments, as typed.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// What is wrong with the commitments, each with its place (`Plan::problems`).
    pub fn plan_problems(&self) -> Vec<PlanError> {
        self.plan.problems(self.instrument)
    }

    /// The label of the wave whose report the page shows (the latest given codes), which a new
    /// commitment answers: the organizer's label, or the default one in English ("Wave 2"), which
    /// [`Summary::answered_by`] also knows in Spanish.
    pub fn shown_label(&self) -> String {
        self.label(self.latest(), Lang::En)
    }

    /// The place, among the waves given codes, of the wave whose label is `after` (as a
    /// commitment remembers it): the organizer's label, or the default label in either language.
    fn answered_by(&self, after: &str) -> Option<usize> {
        let after = after.trim();
        if after.is_empty() {
            return None;
        }
        self.given().iter().position(|&wave| {
            [Lang::En, Lang::Es]
                .iter()
                .any(|&lang| self.label(wave, lang) == after)
        })
    }

    /// The organizer's query: the survey's settings with the staff numbers and slips' key
    /// (`SurveyLink::to_summary_query`), then the commitments (`link::plan_query`). The summary
    /// link and the setup page's edit link carry it.
    pub fn summary_query(&self) -> String {
        summary_query(&self.settings, &self.plan)
    }

    /// Each commitment beside the change in its lever from the wave it answered to the wave
    /// after it (`markup::did_it_help`): the commitments' `after` names the wave; when it names
    /// none of the waves given, the change from the wave before the latest to the latest.
    /// Nothing until a later wave than the one answered was given, or without a commitment.
    pub fn did_it_help(&self, lang: Lang) -> String {
        self.commitment_change()
            .map(|(c, before, later)| {
                let waves = (self.label(before, lang), self.label(later, lang));
                markup::did_it_help(self.instrument, &self.plan, &c, (&waves.0, &waves.1), lang)
            })
            .unwrap_or_default()
    }

    /// The change the commitments were meant to bring, and its two waves: see
    /// [`Summary::did_it_help`].
    fn commitment_change(&self) -> Option<(Comparison, Wave, Wave)> {
        let after = self.plan.used().map(|(_, c)| c.after.clone()).next()?;
        let given = self.given();
        let from = match self.answered_by(&after) {
            Some(k) => k,
            None => given.len().checked_sub(2)?,
        };
        let (before, later) = (*given.get(from)?, *given.get(from + 1)?);
        let change = compare(
            self.instrument,
            &self.collection(before).tally,
            &self.collection(later).tally,
            self.min_group(),
        );
        Some((change, before, later))
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

    /// The waves, oldest first.
    pub fn waves(&self) -> Vec<Wave> {
        self.slots.iter().map(|slot| slot.wave).collect()
    }

    /// The waves something was given to (text or a file, even one without a good code), oldest
    /// first: the waves of the trends and the CSV.
    pub fn given(&self) -> Vec<Wave> {
        self.slots
            .iter()
            .filter(|slot| slot.state.given())
            .map(|slot| slot.wave)
            .collect()
    }

    /// The wave the report describes: the latest one something was given to, or the first.
    pub fn latest(&self) -> Wave {
        let first = self.slots.first().map_or(Wave::FIRST, |slot| slot.wave);
        self.given().last().copied().unwrap_or(first)
    }

    /// Whether another wave may be added.
    pub fn can_add_wave(&self) -> bool {
        self.slots.len() < MAX_WAVES
    }

    /// The position of `wave` in the series, from 0.
    pub fn position(&self, wave: Wave) -> Option<usize> {
        self.slots.iter().position(|slot| slot.wave == wave)
    }

    /// The label the organizer gave `wave` (empty when none).
    pub fn typed_label(&self, wave: Wave) -> &str {
        self.slot(wave).label.as_str()
    }

    /// How `wave` is named in the report and the CSV: its label, or "Wave 2" by its place.
    pub fn label(&self, wave: Wave, lang: Lang) -> String {
        let slot = self.slot(wave);
        if slot.label.trim().is_empty() {
            let place = self.position(wave).map_or(1, |p| p + 1);
            fill(t(lang, Key::WaveDefaultLabel), &[("n", &place.to_string())])
        } else {
            slot.label.trim().to_string()
        }
    }

    /// The slot of `wave`, or the first for a wave the model does not hold (the shell only names
    /// waves the model gave it, so that is never a wave of the page).
    fn slot(&self, wave: Wave) -> &Slot {
        let index = self.position(wave).unwrap_or(0);
        &self.slots[index.min(self.slots.len() - 1)]
    }

    fn wave(&self, wave: Wave) -> &WaveState {
        &self.slot(wave).state
    }

    fn wave_mut(&mut self, wave: Wave) -> Option<&mut WaveState> {
        let index = self.position(wave)?;
        Some(Arc::make_mut(&mut self.slots[index].state))
    }

    /// A number that changes whenever a change may have altered the figures or their labels: the
    /// same version, the same reports, trends and CSV, so a view can keep them instead of making
    /// them again.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Makes the change `action` describes.
    pub fn apply(&mut self, action: Action) {
        // The figures are made of the tallies, staff numbers and labels of the waves given
        // anything, in order, and of the first wave's staff numbers while nothing is given; a
        // typed character that is no code, or an empty wave, changes none of them.
        let fingerprint = |summary: &Summary| -> Vec<_> {
            summary
                .slots
                .iter()
                .enumerate()
                .filter(|(k, slot)| *k == 0 || slot.state.given())
                .map(|(_, slot)| {
                    (
                        slot.wave,
                        slot.state.given().then(|| slot.label.clone()),
                        slot.state.collector().collection().tally.clone(),
                        slot.state.given(),
                        slot.state.staff.clone(),
                    )
                })
                .collect()
        };
        let before = fingerprint(self);
        self.change(action);
        if fingerprint(self) != before {
            self.version = self.version.wrapping_add(1);
        }
    }

    fn change(&mut self, action: Action) {
        let codec = self.codec.clone();
        let units = self.settings.units.len();
        let slips = slip_check(&self.settings);
        match action {
            Action::AddWave => {
                if self.can_add_wave() {
                    self.push_wave();
                }
            }
            Action::RemoveWave(wave) => {
                if self.slots.len() > 1 {
                    self.slots.retain(|slot| slot.wave != wave);
                }
            }
            Action::Label(wave, label) => {
                if let Some(index) = self.position(wave) {
                    self.slots[index].label = label.chars().take(MAX_LABEL).collect();
                }
            }
            Action::Clear(wave) => {
                if let Some(index) = self.position(wave) {
                    let staff = self.slots[index].state.staff.clone();
                    let mut fresh = WaveState::new(&codec, slips);
                    fresh.staff = staff;
                    self.slots[index].state = Arc::new(fresh);
                }
            }
            Action::Type(wave, text) => {
                if self.wave(wave).typed != text {
                    if let Some(state) = self.wave_mut(wave) {
                        state.set_typed(&codec, text);
                    }
                }
            }
            Action::Open {
                wave,
                id,
                origin,
                size,
            } => {
                if let Some(state) = self.wave_mut(wave) {
                    state.open(id, origin, size);
                }
            }
            Action::Feed(wave, id, slice) => {
                if let Some(state) = self.wave_mut(wave) {
                    state.feed(&codec, id, slice);
                }
            }
            Action::Unreadable(wave, id) => {
                if let Some(state) = self.wave_mut(wave) {
                    state.unreadable(&codec, id);
                }
            }
            Action::Remove(wave, id) => {
                if let Some(state) = self.wave_mut(wave) {
                    state.remove(&codec, id);
                }
            }
            Action::Headcount(wave, headcount) => {
                if let Some(state) = self.wave_mut(wave) {
                    state.staff.total = headcount.filter(|h| (1..=MAX_STAFF).contains(h));
                }
            }
            Action::UnitHeadcount(wave, unit, headcount) => {
                if let (true, Some(state)) = (unit < units, self.wave_mut(wave)) {
                    let staff = &mut state.staff;
                    staff.units.resize(units, None);
                    staff.units[unit] = headcount.filter(|h| (1..=MAX_STAFF).contains(h));
                    if staff.units.iter().all(Option::is_none) {
                        staff.units.clear();
                    }
                }
            }
            Action::Plan(edit) => {
                let shown = self.shown_label();
                Arc::make_mut(&mut self.plan).apply(edit, &shown);
            }
        }
    }

    /// Adds a wave after the last ([`Action::AddWave`]) and names it: `None` when the summary
    /// already holds [`MAX_WAVES`].
    pub fn add_wave(&mut self) -> Option<Wave> {
        let before = self.slots.len();
        self.apply(Action::AddWave);
        (self.slots.len() > before).then(|| self.slots.last().map(|slot| slot.wave))?
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

    /// Whether a file or long paste of any wave is still being read.
    pub fn reading(&self) -> bool {
        self.slots
            .iter()
            .any(|slot| slot.state.sources.iter().any(|source| !source.done()))
    }

    /// The files and large pastes of `wave`, in the order they were opened.
    pub fn sources(&self, wave: Wave) -> &[Source] {
        &self.wave(wave).sources
    }

    /// Whether anything was given to `wave`.
    pub fn has_codes(&self, wave: Wave) -> bool {
        self.wave(wave).given()
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

    /// The number of staff invited to `wave`, if entered.
    pub fn headcount(&self, wave: Wave) -> Option<u64> {
        self.wave(wave).staff.total
    }

    /// The staff invited to `wave`, in total and per unit.
    pub fn staff(&self, wave: Wave) -> &Staff {
        &self.wave(wave).staff
    }

    /// The response rates of `wave`, for the whole survey and each unit whose figures are shown.
    pub fn rates(&self, wave: Wave) -> Rates {
        report::rates(
            &self.collection(wave).tally,
            self.staff(wave),
            self.min_group(),
        )
    }

    /// The response rate of `wave`, when its headcount is known (the whole survey's of
    /// [`Summary::rates`]).
    pub fn response_rate(&self, wave: Wave) -> Option<ResponseRate> {
        self.rates(wave).total
    }

    /// What `wave` found, as the page shows it: the verdict counts, the response rate and its
    /// alarm, and the tokens not counted with their place (markup from the core, every outside
    /// text escaped).
    pub fn found(&self, wave: Wave, lang: Lang) -> String {
        let sources = self.sources(wave);
        let collection = self.collection(wave);
        let rates = self.rates(wave);
        let found = Found {
            wave: &wave.name(),
            counts: collection.counts,
            shared_nonces: collection.shared_nonces,
            response: rates.total,
            exceeding_units: rates
                .exceeding_units()
                .filter_map(|unit| self.settings.units.get(unit).map(String::as_str))
                .collect(),
            problems: self
                .problems(wave)
                .map(|problem| Listed {
                    verdict: problem.verdict,
                    text: &problem.text,
                    source: match problem.place {
                        Place::Typed => None,
                        Place::Source(id) => Some(
                            sources
                                .iter()
                                .find(|s| s.id == id)
                                .map(|s| s.name(lang))
                                .unwrap_or_default(),
                        ),
                    },
                    line: problem.line,
                    why: problem,
                })
                .collect(),
            unlisted: self.unlisted_problems(wave),
            slips: collection.slips.as_ref(),
        };
        markup::found(&found, lang)
    }

    /// The report of `wave`: only the count below the minimum group size.
    pub fn report(&self, wave: Wave) -> Report {
        summarize(
            self.instrument,
            &self.collection(wave).tally,
            self.min_group(),
        )
    }

    /// The waves something was given to, in order, as a series: each one's report and its
    /// changes from the wave before it and from the first.
    pub fn series(&self) -> Series {
        self.series_of(&self.given())
    }

    /// The series of `waves`, in the order given.
    fn series_of(&self, waves: &[Wave]) -> Series {
        let tallies: Vec<&Tally> = waves
            .iter()
            .map(|&wave| &self.collection(wave).tally)
            .collect();
        series(self.instrument, &tallies, self.min_group())
    }

    /// The labels of the waves something was given to, in order, in `lang`.
    pub fn labels(&self, lang: Lang) -> Vec<String> {
        self.given()
            .into_iter()
            .map(|wave| self.label(wave, lang))
            .collect()
    }

    /// Every figure of every wave something was given to, wave after wave with their changes, as
    /// CSV (`docs/report-csv.md`), labelled in `lang`. With nothing given, the first wave's counts.
    pub fn csv(&self, lang: Lang) -> String {
        let mut given = self.given();
        if given.is_empty() {
            given.push(self.latest());
        }
        let series = self.series_of(&given);
        let labels: Vec<String> = given.iter().map(|&w| self.label(w, lang)).collect();
        let rates: Vec<Rates> = given.iter().map(|&w| self.rates(w)).collect();
        let mut csv = to_csv_waves(
            self.instrument,
            &WaveCsv::of_series(&series, &labels, &rates),
            &self.settings.units,
            &self.settings.statements,
            lang,
        );
        // The commitments come after every figure: a section of its own, new rows only.
        csv.push_str(&action_rows(self.instrument, &self.plan, lang));
        csv
    }

    /// Whether a combined code of `wave` may be offered: only for at least the minimum group
    /// size, since a collector's code of fewer people would be a small group's figures.
    /// A survey with single-use slips offers none: a combined code cannot carry its slips
    /// (`docs/code-format.md`, "Slips").
    pub fn offers_combined(&self, wave: Wave) -> bool {
        !self.settings.slips && self.respondents(wave) >= self.min_group()
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

/// The organizer's query of `settings` with the commitments `plan`: what both the summary and the
/// printable documents' page write into the summary link.
fn summary_query(settings: &SurveyLink, plan: &Plan) -> String {
    format!("{}{}", settings.to_summary_query(), plan_query(plan))
}

/// A survey with slips counts only codes whose slip its key made, when the link holds the key.
fn slip_check(settings: &SurveyLink) -> Option<SlipCheck> {
    settings.slip_check.filter(|_| settings.slips)
}
