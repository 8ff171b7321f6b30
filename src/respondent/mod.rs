//! The respondent's path through a survey, as a pure state machine: welcome, one screen per
//! section, results. The shell dispatches [`Action`]s and renders [`Progress`]. Here: the flow
//! and its steps; in `saved`, what the tab's session storage keeps so that a reload resumes
//! ([`Progress::save`], [`Progress::restore`]), dropped at the end; in `idle`, when a survey left
//! alone on a shared device counts down and is cleared ([`Idle`]).
//!
//! Answers never outlive the survey: the moment the last section is done they are replaced by the
//! scores and the code. On a shared device ([`Flow::shared`]) nothing is kept at all. In a survey
//! with plausible deniability the code holds randomized values (`randomized::randomize`) drawn
//! from the generator the shell gives the [`Flow`] (the browser's `crypto.getRandomValues`); the
//! results screen still shows the true scores.

mod idle;
mod saved;
pub mod view;

pub use idle::{Idle, COUNTDOWN_SECONDS, IDLE_MINUTES, IDLE_SECONDS};
pub use saved::Saved;

use crate::code::{Code, Codec, Slip};
use crate::i18n::{t, Key};
use crate::instrument::{
    Instrument, InstrumentError, OwnStatement, Section, Shape, Wording, DEFAULT, DEFAULT_WORDING,
    OWN_SECTION,
};
use crate::lang::{Explain, Lang, Text};
use crate::link::SurveyLink;
use crate::randomized::randomize;
use crate::scoring::{check, score, Answer, Answers, ScoreError, Scores};

/// Where the respondent is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// The welcome screen.
    Welcome,
    /// The n-th shown section (from 0).
    Section(usize),
    /// Finished: only the scores and the code remain.
    Done(Box<Finished>),
}

/// What is left of a finished survey.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finished {
    /// The respondent's scores, shown to them once.
    pub scores: Scores,
    /// The code to hand over.
    pub code: Code,
}

/// A respondent's state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Where they are.
    pub step: Step,
    /// Their answers so far (empty once finished).
    pub answers: Answers,
    /// Required items of the current section left unanswered at the last "Next".
    pub missing: Vec<usize>,
    /// Why finishing failed, if it did (should not happen with a valid instrument).
    pub problem: Option<FinishError>,
    /// The random nonce the code will carry, chosen by the shell when the survey starts.
    nonce: u64,
    /// The single-use slip the code carries instead, in a survey with slips: from the slip's
    /// link or typed on the welcome screen. Such a survey does not start without one.
    pub slip: Option<Slip>,
}

/// Why a survey could not be finished.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FinishError {
    /// The answers could not be scored.
    Score(ScoreError),
    /// The scores could not be written as a code.
    Encode,
    /// The survey has plausible deniability but the device gave no random numbers to randomize
    /// with; no code is made rather than one that tells the truth.
    NoRandomness,
}

impl Explain for FinishError {
    fn text(&self) -> Text {
        match self {
            FinishError::Score(error) => error.text(),
            FinishError::Encode => Text {
                en: "Your code could not be made from these answers. Please start over; if it happens again, tell the organizer.",
                es: "No se pudo generar su código a partir de estas respuestas. Empiece de nuevo; si vuelve a ocurrir, avise a quien organiza la encuesta.",
            },
            FinishError::NoRandomness => Text {
                en: "This browser gave no random numbers, which this survey needs to protect your code, so no code was made. Please try again in another browser.",
                es: "Este navegador no proporcionó números aleatorios, que esta encuesta necesita para proteger su código, así que no se generó ninguno. Inténtelo de nuevo en otro navegador.",
            },
        }
    }

    fn values(&self, lang: Lang) -> Vec<(&'static str, String)> {
        match self {
            FinishError::Score(error) => error.values(lang),
            FinishError::Encode | FinishError::NoRandomness => Vec::new(),
        }
    }
}

/// What the respondent does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Leaves the welcome screen.
    Start,
    /// Answers (or clears, with `None`) the item at this position of the instrument.
    Answer(usize, Option<Answer>),
    /// Goes to the next section, or finishes after the last.
    Next,
    /// Goes to the previous section, or to the welcome screen from the first.
    Back,
    /// Forgets everything and returns to the welcome screen, with a fresh nonce for the code.
    /// The slip is forgotten too: on a shared device the next person brings their own.
    StartOver(u64),
    /// On the welcome screen of a survey with slips: the respondent's slip.
    Slip(Slip),
}

/// A source of numbers uniform in [0, 1): the browser's cryptographic generator in the shell, a
/// seeded one in tests; `None` when it has none to give.
pub type Uniform = Box<dyn Fn() -> Option<f64>>;

/// One survey as deployed: the instrument, the organizer's settings and the code format.
pub struct Flow {
    /// The questionnaire.
    pub instrument: &'static Instrument,
    /// Its questions and headings.
    pub wording: &'static Wording,
    /// The organizer's settings that shape codes; fixed for the flow's life, since the sections
    /// and the codec are derived from them once.
    shape: Shape,
    /// The sections this survey shows, each with the items it asks: worked out once per survey.
    sections: Vec<(&'static Section, Vec<usize>)>,
    /// The code format for this survey.
    pub codec: Codec,
    /// Where a deniable survey's randomness comes from.
    uniform: Uniform,
    /// Run on a shared device (the link's `k`): nothing is kept across a reload, an idle survey
    /// is cleared, and the results are shown until the next person starts.
    pub shared: bool,
    /// Single-use slips (the link's `p`): the survey starts only with a slip, which the code
    /// carries in place of its nonce.
    pub slips: bool,
}

impl std::fmt::Debug for Flow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Flow").field("shape", &self.shape).finish()
    }
}

impl PartialEq for Flow {
    /// Two flows are the same survey when instrument and settings agree (the codec follows).
    fn eq(&self, other: &Self) -> bool {
        self.instrument.id == other.instrument.id && self.shape == other.shape
    }
}

impl Flow {
    /// The survey `shape` describes, asked with `instrument` in `wording` (both checked here);
    /// `uniform` is used only when the survey has plausible deniability.
    pub fn new(
        instrument: &'static Instrument,
        wording: &'static Wording,
        shape: Shape,
        uniform: Uniform,
    ) -> Result<Flow, InstrumentError> {
        let codec = Codec::new(instrument, &shape)?;
        wording.check(instrument)?;
        Ok(Flow {
            instrument,
            wording,
            sections: instrument.sections_for(&shape),
            shape,
            codec,
            uniform,
            shared: false,
            slips: false,
        })
    }

    /// The survey a link opens, with the built-in instrument, on the device the link is for.
    pub fn of_link(link: &SurveyLink, uniform: Uniform) -> Result<Flow, InstrumentError> {
        let mut flow = Flow::new(&DEFAULT, &DEFAULT_WORDING, link.shape(), uniform)?;
        flow.shared = link.shared;
        flow.slips = link.slips;
        Ok(flow)
    }

    /// What the code reports for `scores`: the scores, or in a deniable survey each value
    /// randomized — refused when the generator fails, never silently the truth.
    fn reported(&self, scores: &Scores) -> Result<Scores, FinishError> {
        let Some(level) = self.shape.deniability else {
            return Ok(scores.clone());
        };
        let mut failed = false;
        let reported = randomize(self.instrument, scores, level, || {
            (self.uniform)().unwrap_or_else(|| {
                failed = true;
                0.0
            })
        });
        if failed {
            return Err(FinishError::NoRandomness);
        }
        Ok(reported)
    }

    /// The organizer's settings that shape this survey's codes.
    pub fn shape(&self) -> &Shape {
        &self.shape
    }

    /// The sections this survey shows, each with only the items it asks, in order
    /// ([`Instrument::sections_for`]).
    pub fn sections(&self) -> &[(&'static Section, Vec<usize>)] {
        &self.sections
    }

    /// Whether `answer` is a possible answer to the item at `index` in this survey (scoring's
    /// [`check`], the one rule).
    pub fn fits(&self, index: usize, answer: &Answer) -> bool {
        check(self.instrument, &self.shape, index, answer).is_ok()
    }

    /// No answers yet: one place per item and per statement of the organization's own.
    pub fn no_answers(&self) -> Answers {
        Answers::for_survey(self.instrument, &self.shape)
    }

    /// The organization's own statement at position `index` of the answers (after the
    /// instrument's items), if that position is one.
    pub fn own_statement(&self, index: usize) -> Option<&OwnStatement> {
        let s = index.checked_sub(self.instrument.items.len())?;
        self.shape.statements.get(s)
    }

    /// The heading of a shown section in `lang`: the wording's, or for the organization's own
    /// statements the page's.
    pub fn heading(&self, section: &Section, lang: Lang) -> &'static str {
        if section.id == OWN_SECTION.id {
            return t(lang, Key::OwnSectionTitle);
        }
        self.wording
            .section(section.id)
            .map(|text| text.get(lang))
            .unwrap_or_default()
    }

    /// Whether the item at `index` must be answered before moving on.
    pub fn required(&self, index: usize) -> bool {
        self.instrument
            .items
            .get(index)
            .is_some_and(|item| item.id == self.instrument.burnout.item)
    }
}

impl Progress {
    /// A survey not yet started; `nonce` is a random number from the shell.
    pub fn new(flow: &Flow, nonce: u64) -> Progress {
        Progress {
            step: Step::Welcome,
            answers: flow.no_answers(),
            missing: Vec::new(),
            problem: None,
            nonce,
            slip: None,
        }
    }

    /// A survey not yet started, opened with the slip a slip's link carries, if any (`link_slip`
    /// counts only in a survey with slips).
    pub fn with_slip(flow: &Flow, nonce: u64, link_slip: Option<Slip>) -> Progress {
        let mut progress = Progress::new(flow, nonce);
        progress.slip = link_slip.filter(|_| flow.slips);
        progress
    }

    /// Whether the welcome screen must ask for a slip before the survey can start.
    pub fn needs_slip(&self, flow: &Flow) -> bool {
        flow.slips && self.slip.is_none()
    }

    /// The state after `action`. Actions that make no sense in the current state change nothing.
    pub fn apply(mut self, flow: &Flow, action: Action) -> Progress {
        let shown = flow.sections();
        match (action, &self.step) {
            (Action::StartOver(nonce), _) => return Progress::new(flow, nonce),
            (Action::Slip(slip), Step::Welcome) if flow.slips => self.slip = Some(slip),
            (Action::Start, Step::Welcome) if !self.needs_slip(flow) => {
                self.step = Step::Section(0)
            }
            (Action::Answer(index, answer), Step::Section(_))
                if answer.as_ref().is_none_or(|a| flow.fits(index, a)) =>
            {
                self.answers.set(index, answer);
                self.missing.retain(|&m| m != index);
            }
            (Action::Back, Step::Section(0)) => self.step = Step::Welcome,
            (Action::Back, Step::Section(n)) => {
                self.step = Step::Section(n - 1);
                self.missing.clear();
            }
            (Action::Next, Step::Section(n)) => {
                let n = *n;
                self.missing = shown
                    .get(n)
                    .map(|(_, items)| {
                        items
                            .iter()
                            .copied()
                            .filter(|&i| flow.required(i) && self.answers.get(i).is_none())
                            .collect()
                    })
                    .unwrap_or_default();
                if self.missing.is_empty() {
                    if n + 1 < shown.len() {
                        self.step = Step::Section(n + 1);
                    } else {
                        return self.finish(flow);
                    }
                }
            }
            _ => {}
        }
        self
    }

    fn finish(mut self, flow: &Flow) -> Progress {
        let outcome = score(flow.instrument, &flow.shape, &self.answers)
            .map_err(FinishError::Score)
            .and_then(|scores| {
                let reported = flow.reported(&scores)?;
                let code = match self.slip {
                    Some(slip) => flow.codec.encode_with_slip(&reported, slip),
                    None => flow.codec.encode(&reported, self.nonce),
                }
                .map_err(|_| FinishError::Encode)?;
                Ok(Finished { scores, code })
            });
        match outcome {
            Ok(finished) => Progress {
                step: Step::Done(Box::new(finished)),
                // The answers end here; only scores and the code remain.
                answers: flow.no_answers(),
                missing: Vec::new(),
                problem: None,
                nonce: self.nonce,
                slip: self.slip,
            },
            Err(problem) => {
                self.problem = Some(problem);
                self
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::saved::SAVED_FORMAT;
    use super::*;
    use crate::code::Content;

    fn flow(units: u8, asks_role: bool) -> Flow {
        let shape = Shape {
            id: "TESTSURVEY".into(),
            units,
            asks_role,
            deniability: None,
            statements: Vec::new(),
        };
        Flow::new(&DEFAULT, &DEFAULT_WORDING, shape, Box::new(|| None)).unwrap()
    }

    fn index(id: &str) -> usize {
        DEFAULT.item_index(id).unwrap()
    }

    #[test]
    fn the_about_section_appears_only_when_asked() {
        let titles = |f: &Flow| f.sections().iter().map(|(s, _)| s.id).collect::<Vec<_>>();
        assert!(!titles(&flow(0, false)).contains(&"about"));
        let with_role = flow(0, true);
        let about = with_role
            .sections()
            .iter()
            .find(|(s, _)| s.id == "about")
            .unwrap();
        assert_eq!(about.1, vec![index("role")]);
        assert_eq!(flow(3, true).sections().last().unwrap().1.len(), 2);
    }

    #[test]
    fn next_stops_at_a_missing_required_answer() {
        let f = flow(0, false);
        let p = Progress::new(&f, 7)
            .apply(&f, Action::Start)
            .apply(&f, Action::Next);
        assert_eq!(p.step, Step::Section(0));
        assert_eq!(p.missing, vec![index("burnout")]);
        let p = p.apply(&f, Action::Answer(index("burnout"), Some(Answer::One(2))));
        assert!(p.missing.is_empty());
        assert_eq!(p.apply(&f, Action::Next).step, Step::Section(1));
    }

    #[test]
    fn answers_that_do_not_fit_are_ignored() {
        let f = flow(2, false);
        let p = Progress::new(&f, 7).apply(&f, Action::Start);
        let before = p.clone();
        for (id, answer) in [
            ("burnout", Answer::One(5)),
            ("burnout", Answer::Several(vec![1])),
            ("unit", Answer::One(2)),
            ("role", Answer::One(0)),
            ("priorities", Answer::Several(vec![0, 1, 2, 3])),
            ("priorities", Answer::Several(vec![1, 1])),
        ] {
            assert_eq!(
                p.clone().apply(&f, Action::Answer(index(id), Some(answer))),
                before
            );
        }
    }

    #[test]
    fn finishing_keeps_scores_and_code_but_no_answers() {
        let f = flow(0, false);
        let mut p = Progress::new(&f, 12345).apply(&f, Action::Start);
        p = p.apply(&f, Action::Answer(index("burnout"), Some(Answer::One(3))));
        while let Step::Section(_) = p.step {
            p = p.apply(&f, Action::Next);
        }
        let Step::Done(finished) = &p.step else {
            panic!("not finished: {p:?}")
        };
        assert_eq!(finished.scores.burnout, 4);
        assert!((0..p.answers.len()).all(|i| p.answers.get(i).is_none()));
        assert_eq!(p.save(&f), None);
        let decoded = f.codec.decode(finished.code.as_str()).unwrap();
        assert_eq!(decoded.nonce, 12345);
        assert_eq!(
            decoded.content,
            Content::Individual(finished.scores.clone())
        );
    }

    fn finish_with(f: &Flow) -> Progress {
        let mut p = Progress::new(f, 7).apply(f, Action::Start);
        p = p.apply(f, Action::Answer(index("burnout"), Some(Answer::One(3))));
        for _ in 0..f.sections().len() {
            p = p.apply(f, Action::Next);
        }
        p
    }

    /// A deniable survey shows the true scores but its code reports randomized values; with no
    /// random numbers it makes no code at all rather than one that tells the truth.
    #[test]
    fn a_deniable_code_reports_randomized_values_never_the_truth_by_default() {
        let shape = Shape {
            deniability: Some(crate::deniability::Deniability::Standard),
            ..flow(0, false).shape
        };
        // Draws that always land on "report another value" (at or above keep).
        let f = Flow::new(
            &DEFAULT,
            &DEFAULT_WORDING,
            shape.clone(),
            Box::new(|| Some(0.99)),
        )
        .unwrap();
        let p = finish_with(&f);
        let Step::Done(finished) = &p.step else {
            panic!("not finished: {p:?}")
        };
        assert_eq!(
            finished.scores.burnout, 4,
            "the results screen shows the truth"
        );
        let Content::Individual(reported) = f.codec.decode(finished.code.as_str()).unwrap().content
        else {
            panic!("an individual code")
        };
        // Burned out in truth (level 4), reported as not burned out (1) by this draw.
        assert_eq!(reported.burnout, 1);
        assert_ne!(reported, finished.scores);
        let none = Flow::new(&DEFAULT, &DEFAULT_WORDING, shape, Box::new(|| None)).unwrap();
        let p = finish_with(&none);
        assert_eq!(p.problem, Some(FinishError::NoRandomness));
        assert!(matches!(p.step, Step::Section(_)), "the answers stay");
    }

    #[test]
    fn back_from_the_first_section_returns_to_the_welcome() {
        let f = flow(0, false);
        let p = Progress::new(&f, 1)
            .apply(&f, Action::Start)
            .apply(&f, Action::Back);
        assert_eq!(p.step, Step::Welcome);
    }

    #[test]
    fn a_saved_survey_restores_exactly() {
        let f = flow(4, true);
        let mut p = Progress::new(&f, 99).apply(&f, Action::Start);
        p = p.apply(&f, Action::Answer(index("burnout"), Some(Answer::One(1))));
        p = p.apply(
            &f,
            Action::Answer(index("priorities"), Some(Answer::Several(vec![4, 0]))),
        );
        p = p.apply(&f, Action::Answer(index("unit"), Some(Answer::One(3))));
        p = p.apply(&f, Action::Next);
        let saved = p.save(&f).unwrap();
        assert_eq!(Progress::restore(&f, &saved), Some(p.clone()));
        // Through the text the tab's storage holds.
        let read = Saved::from_text(&saved.to_text()).unwrap();
        assert_eq!(Progress::restore(&f, &read), Some(p));
    }

    #[test]
    fn damaged_saves_start_afresh() {
        let f = flow(0, false);
        let good = Saved {
            format: SAVED_FORMAT,
            section: 0,
            nonce: 5,
            slip: None,
            answers: vec![None; DEFAULT.items.len()],
        };
        assert!(Progress::restore(&f, &good).is_some());
        let with = |change: fn(&mut Saved)| {
            let mut saved = good.clone();
            change(&mut saved);
            saved
        };
        for bad in [
            with(|s| s.format = 1),
            with(|s| s.section = 99),
            with(|s| s.answers.push(None)),
            with(|s| s.answers[0] = Some(Answer::One(9))),
            with(|s| s.answers[0] = Some(Answer::Several(vec![1]))),
            with(|s| s.answers[DEFAULT.item_index("unit").unwrap()] = Some(Answer::One(0))),
        ] {
            assert_eq!(Progress::restore(&f, &bad), None, "{bad:?}");
        }
        let n = DEFAULT.items.len();
        let empty = vec![""; n].join(",");
        for text in [
            String::new(),
            "garbage".into(),
            format!("2;0;x;;{empty}"),
            format!("2;0;5;;s1.x{empty}"),
            format!("2;0;5;;9x{empty}"),
            format!("2;0;5;x1;{empty}"),
            format!("2;0;5;{empty}"),
        ] {
            assert_eq!(Saved::from_text(&text), None, "{text}");
        }
        // Text that reads but does not fit the survey is refused by `restore`.
        for text in [
            format!("1;0;5;;{empty}"),
            format!("2;99;5;;{empty}"),
            format!("2;0;5;;{empty},"),
        ] {
            let saved = Saved::from_text(&text).unwrap();
            assert_eq!(Progress::restore(&f, &saved), None, "{text}");
        }
    }
    /// On a shared device nothing of a survey under way is kept, and nothing a tab held before is
    /// taken up: a reload, a closed tab or the next person starts at the welcome screen.
    #[test]
    fn a_shared_device_keeps_nothing() {
        let personal = flow(2, true);
        let mut shared = flow(2, true);
        shared.shared = true;
        let p = Progress::new(&shared, 3)
            .apply(&shared, Action::Start)
            .apply(
                &shared,
                Action::Answer(index("burnout"), Some(Answer::One(1))),
            );
        assert_eq!(p.save(&shared), None);
        let kept = p.save(&personal).expect("a personal device keeps it");
        assert_eq!(Progress::restore(&shared, &kept), None);
        assert!(Progress::restore(&personal, &kept).is_some());
    }

    /// The countdown starts after exactly `IDLE_SECONDS`, counts whole seconds down to 1 and
    /// clears after `COUNTDOWN_SECONDS` more; only answers or results on a shared device count.
    #[test]
    fn an_idle_shared_survey_counts_down_then_clears() {
        let idle_ms = f64::from(IDLE_SECONDS) * 1000.0;
        let end_ms = idle_ms + f64::from(COUNTDOWN_SECONDS) * 1000.0;
        assert_eq!(Idle::after(0.0), Idle::Active);
        assert_eq!(Idle::after(idle_ms - 1.0), Idle::Active);
        assert_eq!(Idle::after(idle_ms), Idle::Countdown(COUNTDOWN_SECONDS));
        assert_eq!(
            Idle::after(idle_ms + 1.0),
            Idle::Countdown(COUNTDOWN_SECONDS)
        );
        assert_eq!(
            Idle::after(idle_ms + 1000.0),
            Idle::Countdown(COUNTDOWN_SECONDS - 1)
        );
        assert_eq!(Idle::after(end_ms - 1.0), Idle::Countdown(1));
        assert_eq!(Idle::after(end_ms), Idle::Expired);
        assert_eq!(Idle::after(end_ms * 100.0), Idle::Expired);

        let mut f = flow(0, false);
        f.shared = true;
        let welcome = Progress::new(&f, 3);
        let under_way = welcome.clone().apply(&f, Action::Start);
        let done = finish_with(&f);
        assert!(matches!(done.step, Step::Done(_)));
        assert!(f.clears_when_idle(&under_way) && f.clears_when_idle(&done));
        assert!(!f.clears_when_idle(&welcome));
        let personal = flow(0, false);
        assert!(!personal.clears_when_idle(&under_way) && !personal.clears_when_idle(&done));
    }
}
