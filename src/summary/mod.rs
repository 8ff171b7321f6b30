//! The summary page's model: two waves of codes, what became of every code-shaped token, the
//! response rate, the report, the comparison of the waves, the combined code, and the
//! organizer's commitments with the staff one-pager made from them.
//!
//! A plain value with methods and no browser dependency, so the page's reducer only delegates to
//! it and every rule is tested natively. The model is the one owner of what the organizer gave
//! it: the text area's text, and every file or large paste, read straight into the model in
//! slices and listed by name, never put into the text area. Nothing given is dropped until the
//! organizer removes it or clears the wave.

mod problems;
mod slices;
mod wave;

use std::sync::Arc;

pub use problems::{shorten, Place, Problem, LISTED_PROBLEMS, SHOWN_CHARACTERS};
pub use slices::{slices, Lines, LARGE_PASTE, SLICE};
use wave::WaveState;
pub use wave::{Origin, Source};

use crate::code::{Code, Codec, Collection, Counts, SlipCheck};
use crate::instrument::{Instrument, InstrumentError, DEFAULT};
use crate::lang::{Explain, Lang, Text};
use crate::link::{plan_query, LinkError, SurveyLink};
use crate::report::action::{Plan, PlanEdit, PlanError};
use crate::report::markup::{self, Found, Listed};
use crate::report::{
    self, action_rows, compare, staff_page, summarize, to_csv_with_rates, Comparison, Rates,
    Report, ResponseRate, Staff, MAX_STAFF,
};

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
    waves: [Arc<WaveState>; 2],
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
        // Both waves start with the staff numbers the summary link carries; each can be changed.
        let mut first = WaveState::new(&codec, slip_check(&settings));
        first.staff = settings.staff.clone();
        let wave = Arc::new(first);
        Ok(Summary {
            settings: Arc::new(settings),
            instrument,
            codec: Arc::new(codec),
            waves: [wave.clone(), wave],
            version: 0,
            plan: Arc::default(),
        })
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

    /// The label of the wave whose report the page shows, which a new commitment answers.
    /// Until waves carry the organizer's labels, the wave's stable name.
    pub fn shown_label(&self) -> String {
        Wave::Baseline.name().to_string()
    }

    /// The organizer's query: the survey's settings with the staff numbers and slips' key
    /// (`SurveyLink::to_summary_query`), then the commitments (`link::plan_query`). The summary
    /// link and the setup page's edit link carry it.
    pub fn summary_query(&self) -> String {
        format!(
            "{}{}",
            self.settings.to_summary_query(),
            plan_query(&self.plan)
        )
    }

    /// The staff one-pager of the shown wave as HTML, in `lang` (`markup::staff_sheet`).
    pub fn staff_sheet(&self, lang: Lang) -> String {
        let page = staff_page(&self.report(Wave::Baseline));
        markup::staff_sheet(
            self.instrument,
            &page,
            &self.plan,
            &self.settings.title,
            lang,
        )
    }

    /// The staff one-pager of the shown wave as plain text, in `lang` (`markup::staff_text`).
    pub fn staff_text(&self, lang: Lang) -> String {
        let page = staff_page(&self.report(Wave::Baseline));
        markup::staff_text(
            self.instrument,
            &page,
            &self.plan,
            &self.settings.title,
            lang,
        )
    }

    /// Each commitment beside the change in its lever from the baseline to the follow-up, once a
    /// follow-up was given and a commitment was typed (`markup::did_it_help`).
    pub fn did_it_help(&self, lang: Lang) -> String {
        self.comparison()
            .map(|c| markup::did_it_help(self.instrument, &self.plan, &c, lang))
            .unwrap_or_default()
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
        // The figures are made of the waves' tallies and staff numbers, and the comparison exists
        // once the follow-up has codes; a typed character that is no code changes none of them.
        let before = Wave::ALL.map(|w| {
            (
                self.collection(w).tally.clone(),
                self.has_codes(w),
                self.staff(w).clone(),
            )
        });
        self.change(action);
        if Wave::ALL
            .iter()
            .zip(&before)
            .any(|(&w, (tally, has, staff))| {
                self.collection(w).tally != *tally
                    || self.has_codes(w) != *has
                    || self.staff(w) != staff
            })
        {
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
                let staff = self.wave(wave).staff.clone();
                let mut fresh = WaveState::new(&codec, slip_check(&self.settings));
                fresh.staff = staff;
                self.waves[wave.index()] = Arc::new(fresh);
            }
            Action::Headcount(wave, headcount) => {
                self.wave_mut(wave).staff.total = headcount.filter(|h| (1..=MAX_STAFF).contains(h));
            }
            Action::UnitHeadcount(wave, unit, headcount) => {
                let units = self.settings.units.len();
                if unit < units {
                    let staff = &mut self.wave_mut(wave).staff;
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
            wave: wave.name(),
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
    /// as CSV (`docs/report-csv.md`), labelled in `lang`; then the organizer's commitments (the
    /// `action` section).
    pub fn csv(&self, lang: Lang) -> String {
        let mut csv = to_csv_with_rates(
            self.instrument,
            &self.report(Wave::Baseline),
            self.comparison().as_ref(),
            &self.rates(Wave::Baseline),
            &self.settings.units,
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

/// A survey with slips counts only codes whose slip its key made, when the link holds the key.
fn slip_check(settings: &SurveyLink) -> Option<SlipCheck> {
    settings.slip_check.filter(|_| settings.slips)
}
