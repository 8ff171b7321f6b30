//! Answers → scores: the burnout level, each outcome's bin, each lever's level, the chosen
//! priorities, unit and role. Only scores ever leave this module; the answers stay in the shell.
//!
//! The rules are written down in `docs/scoring.md`.

use crate::instrument::{Cutoffs, Instrument, Response, Shape, LEVER_LEVELS};
use crate::lang::{Explain, Lang, Text};

/// One person's answer to one item.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    /// The index (from 0) of the chosen option: a scale point, a unit or a category.
    One(u8),
    /// The indices of the chosen options of a "choose several" item.
    Several(Vec<u8>),
}

/// What one respondent answered, addressed by the item's position in [`Instrument::items`], then
/// the organization's own statements after the last item (position `items.len() + s`). Every
/// entry is optional: the shell fills them in as the person goes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Answers {
    entries: Vec<Option<Answer>>,
}

/// A three-way reading of an outcome or a lever, healthy direction last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Bin {
    /// The unhealthy end.
    Unfavourable,
    /// Neither.
    Neutral,
    /// The healthy end.
    Favourable,
}

/// The states of an optional bin (an outcome, or a lever read as a bin): not answered,
/// unfavourable, neutral, favourable. Codes, tallies and the randomizer number them this way
/// (`docs/code-format.md`).
pub const BIN_STATES: usize = 4;

/// The state of an optional bin among [`BIN_STATES`]: 0 not answered, 1–3 unfavourable to favourable.
pub fn bin_state(bin: Option<Bin>) -> usize {
    match bin {
        None => 0,
        Some(Bin::Unfavourable) => 1,
        Some(Bin::Neutral) => 2,
        Some(Bin::Favourable) => 3,
    }
}

/// The optional bin of a state among [`BIN_STATES`].
pub fn state_bin(state: usize) -> Option<Bin> {
    match state {
        1 => Some(Bin::Unfavourable),
        2 => Some(Bin::Neutral),
        3 => Some(Bin::Favourable),
        _ => None,
    }
}

/// One respondent's scored, coarse results: exactly what a code holds.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Scores {
    /// Burnout self-classification, 1 (no signs) to 5 (completely burned out).
    pub burnout: u8,
    /// Per outcome (instrument order): its bin, or `None` when not answered.
    pub outcomes: Vec<Option<Bin>>,
    /// Per lever (instrument order): its level 1–5, or `None` when fewer than half its statements
    /// were answered.
    pub levers: Vec<Option<u8>>,
    /// The chosen priorities as a bit set (bit i = option i).
    pub priorities: u16,
    /// The unit's index in the organizer's list, when asked and answered.
    pub unit: Option<u8>,
    /// The broad role's index, when asked and answered.
    pub role: Option<u8>,
    /// Per statement of the organization's own (in order): its bin, or `None` when not answered.
    pub statements: Vec<Option<Bin>>,
}

/// Why answers cannot be scored. Apart from a missing burnout answer these point to a bug in
/// whoever built the answers, but they are still reported rather than panicking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScoreError {
    /// The burnout question is required and was not answered.
    MissingBurnout,
    /// The answers were built for an instrument with a different number of items.
    WrongInstrument,
    /// An answer names an option the item does not have.
    OutOfRange(&'static str),
    /// An answer has the wrong form for its item (one option where several are allowed, …).
    WrongForm(&'static str),
    /// More options were chosen than allowed, or the same one twice.
    TooManyChoices(&'static str),
    /// The unit or role question was answered although this survey does not ask it.
    NotAsked(&'static str),
}

impl Explain for ScoreError {
    fn text(&self) -> Text {
        match self {
            ScoreError::MissingBurnout => Text {
                en: "Please answer the question on how you feel about your work; it is the one question that is required.",
                es: "Responda la pregunta sobre cómo se siente con su trabajo; es la única pregunta obligatoria.",
            },
            ScoreError::WrongInstrument => Text {
                en: "These answers belong to a different version of the questionnaire. Please start the survey again.",
                es: "Estas respuestas pertenecen a otra versión del cuestionario. Empiece la encuesta de nuevo.",
            },
            ScoreError::OutOfRange(_) => Text {
                en: "The answer to question “{item}” is not one of its options. Please answer it again.",
                es: "La respuesta a la pregunta «{item}» no es una de sus opciones. Respóndala de nuevo.",
            },
            ScoreError::WrongForm(_) => Text {
                en: "The answer to question “{item}” has the wrong form. Please answer it again.",
                es: "La respuesta a la pregunta «{item}» no tiene la forma correcta. Respóndala de nuevo.",
            },
            ScoreError::TooManyChoices(_) => Text {
                en: "Question “{item}” has more choices than allowed, or one choice twice.",
                es: "La pregunta «{item}» tiene más opciones elegidas de las permitidas, o una repetida.",
            },
            ScoreError::NotAsked(_) => Text {
                en: "Question “{item}” is not part of this survey, so it cannot be answered.",
                es: "La pregunta «{item}» no forma parte de esta encuesta, así que no se puede responder.",
            },
        }
    }

    fn values(&self, _lang: Lang) -> Vec<(&'static str, String)> {
        match self {
            ScoreError::OutOfRange(item)
            | ScoreError::WrongForm(item)
            | ScoreError::TooManyChoices(item)
            | ScoreError::NotAsked(item) => vec![("item", (*item).to_string())],
            ScoreError::MissingBurnout | ScoreError::WrongInstrument => Vec::new(),
        }
    }
}

impl Answers {
    /// No answers yet, one empty entry per item of `instrument`.
    pub fn new(instrument: &Instrument) -> Answers {
        Answers {
            entries: vec![None; instrument.items.len()],
        }
    }

    /// No answers yet, one empty entry per item of `instrument` and per statement of the
    /// organization's own in `shape`.
    pub fn for_survey(instrument: &Instrument, shape: &Shape) -> Answers {
        Answers {
            entries: vec![None; instrument.items.len() + shape.statements.len()],
        }
    }

    /// The answer at item position `index`, if any.
    pub fn get(&self, index: usize) -> Option<&Answer> {
        self.entries.get(index).and_then(Option::as_ref)
    }

    /// Sets or clears (`None`) the answer at item position `index`. Returns false, changing
    /// nothing, when there is no such item.
    pub fn set(&mut self, index: usize, answer: Option<Answer>) -> bool {
        match self.entries.get_mut(index) {
            Some(entry) => {
                *entry = answer;
                true
            }
            None => false,
        }
    }

    /// Sets the answer of the item with this id; false when `instrument` has no such item.
    pub fn set_by_id(&mut self, instrument: &Instrument, id: &str, answer: Option<Answer>) -> bool {
        instrument
            .item_index(id)
            .is_some_and(|index| self.set(index, answer))
    }

    /// Number of positions (the instrument's items and the survey's own statements).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when built for an instrument without items.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl Bin {
    /// Every bin, unhealthy first.
    pub const ALL: [Bin; 3] = [Bin::Unfavourable, Bin::Neutral, Bin::Favourable];

    /// The bin of a lever level: 1–2 unfavourable, 3 neutral, 4–5 favourable.
    pub fn of_level(level: u8) -> Bin {
        match level {
            0..=2 => Bin::Unfavourable,
            3 => Bin::Neutral,
            _ => Bin::Favourable,
        }
    }

    fn of_oriented(value: u8, cutoffs: Cutoffs) -> Bin {
        if value <= cutoffs.unfavourable_max {
            Bin::Unfavourable
        } else if value >= cutoffs.favourable_min {
            Bin::Favourable
        } else {
            Bin::Neutral
        }
    }
}

impl Scores {
    /// Whether the burnout level counts as burnout under `instrument` (level ≥ 3 by default).
    pub fn burned_out(&self, instrument: &Instrument) -> bool {
        self.burnout >= instrument.burnout.threshold
    }

    /// Whether the respondent's own results offer support resources: burnout at or above the
    /// instrument's `support_from` level (4 of 5 by default), one step past where burnout starts,
    /// so that those who say they need help are offered it first.
    pub fn needs_support(&self, instrument: &Instrument) -> bool {
        self.burnout >= instrument.burnout.support_from
    }

    /// The levers (by index) this respondent rates unfavourably, in the instrument's order: what
    /// the results screen names as the work system weighing on them.
    pub fn low_levers(&self) -> impl Iterator<Item = usize> + '_ {
        self.levers
            .iter()
            .enumerate()
            .filter(|(_, level)| level.is_some_and(|l| Bin::of_level(l) == Bin::Unfavourable))
            .map(|(lever, _)| lever)
    }

    /// The chosen priorities' indices, in order.
    pub fn chosen_priorities(&self) -> impl Iterator<Item = u8> + '_ {
        (0..16u8).filter(move |bit| self.priorities & (1 << bit) != 0)
    }
}

/// Whether `answer` is a possible answer to the item at `index` of `instrument` as deployed in
/// `shape`: an option the item has, in the form it is answered, at most as many as it allows and
/// none twice, and only for a question the survey asks. The one rule of a valid answer: scoring
/// checks every answer with it, and the survey's form ignores any answer it refuses.
pub fn check(
    instrument: &Instrument,
    shape: &Shape,
    index: usize,
    answer: &Answer,
) -> Result<(), ScoreError> {
    let Some(item) = instrument.items.get(index) else {
        // A statement of the organization's own: one point of the agreement scale.
        let statement = index - instrument.items.len();
        if statement >= shape.statements.len() {
            return Err(ScoreError::WrongInstrument);
        }
        return match answer {
            Answer::One(option) if *option < instrument.agreement_points() => Ok(()),
            Answer::One(_) => Err(ScoreError::OutOfRange(OWN_STATEMENT)),
            Answer::Several(_) => Err(ScoreError::WrongForm(OWN_STATEMENT)),
        };
    };
    let id = item.id;
    if !instrument.asks(shape, id) {
        return Err(ScoreError::NotAsked(id));
    }
    let options = match (&item.response, answer) {
        (Response::Scale(scale), Answer::One(_)) => usize::from(scale.points),
        (Response::OneOf(options), Answer::One(_)) => options.len(),
        (Response::Unit, Answer::One(_)) => usize::from(shape.units),
        (Response::Several { options, max }, Answer::Several(chosen)) => {
            let mut mask = 0u32;
            for &option in chosen {
                if usize::from(option) >= options.len() {
                    return Err(ScoreError::OutOfRange(id));
                }
                let bit = 1u32.checked_shl(u32::from(option)).unwrap_or(0);
                if mask & bit != 0 {
                    return Err(ScoreError::TooManyChoices(id));
                }
                mask |= bit;
            }
            if mask.count_ones() > u32::from(*max) {
                return Err(ScoreError::TooManyChoices(id));
            }
            return Ok(());
        }
        _ => return Err(ScoreError::WrongForm(id)),
    };
    match answer {
        Answer::One(option) if usize::from(*option) < options => Ok(()),
        _ => Err(ScoreError::OutOfRange(id)),
    }
}

/// Scores `answers` under `instrument` as deployed in `shape`. Every answer is first held to
/// [`check`]; what passes is read without further doubt.
pub fn score(
    instrument: &Instrument,
    shape: &Shape,
    answers: &Answers,
) -> Result<Scores, ScoreError> {
    if answers.len() != instrument.items.len() + shape.statements.len() {
        return Err(ScoreError::WrongInstrument);
    }
    let burnout_item = instrument
        .item_index(instrument.burnout.item)
        .ok_or(ScoreError::WrongInstrument)?;
    if answers.get(burnout_item).is_none() {
        return Err(ScoreError::MissingBurnout);
    }
    for index in 0..answers.len() {
        if let Some(answer) = answers.get(index) {
            check(instrument, shape, index, answer)?;
        }
    }
    let option = |id: &str| match instrument.item_index(id).and_then(|i| answers.get(i)) {
        Some(Answer::One(option)) => Some(*option),
        _ => None,
    };
    let scale_points = |id: &str| {
        instrument
            .item(id)
            .and_then(|item| item.scale())
            .map_or(0, |s| s.points)
    };
    // The 1-based answer to a scale item and the scale's length.
    let on_scale = |id: &str| option(id).map(|o| (o + 1, scale_points(id)));
    let burnout = on_scale(instrument.burnout.item).map_or(0, |(value, _)| value);
    let outcomes = instrument
        .outcomes
        .iter()
        .map(|outcome| {
            on_scale(outcome.item).map(|(value, k)| {
                Bin::of_oriented(orient(value, k, outcome.reverse), outcome.cutoffs)
            })
        })
        .collect();
    let levers = instrument
        .levers
        .iter()
        .map(|lever| {
            let (mut sum, mut answered) = (0u32, 0u32);
            for statement in lever.statements {
                if let Some((value, k)) = on_scale(statement.item) {
                    sum += u32::from(orient(value, k, statement.reverse));
                    answered += 1;
                }
            }
            let total = u32::try_from(lever.statements.len()).unwrap_or(u32::MAX);
            // At least half the statements, so a lever never rests on a minority of its evidence.
            (answered > 0 && 2 * answered >= total).then(|| level_of(sum, answered))
        })
        .collect();
    let priorities = match instrument
        .item_index(instrument.priorities)
        .and_then(|i| answers.get(i))
    {
        Some(Answer::Several(chosen)) => chosen.iter().fold(0u16, |mask, c| mask | 1 << c),
        _ => 0,
    };
    Ok(Scores {
        burnout,
        outcomes,
        levers,
        priorities,
        unit: option(instrument.unit),
        role: option(instrument.role),
        // Each statement's answer on the agreement scale, binned as a lever's level is.
        statements: (0..shape.statements.len())
            .map(|s| match answers.get(instrument.items.len() + s) {
                Some(Answer::One(option)) => Some(Bin::of_level(option + 1)),
                _ => None,
            })
            .collect(),
    })
}

/// How a statement of the organization's own is named in a [`ScoreError`].
const OWN_STATEMENT: &str = "own statement";

/// The level (1–5) of a mean `sum / count` of oriented 1–5 answers: the nearest whole number, and an
/// exact half rounds toward the neutral 3 (2.5 → 3, 3.5 → 3, 1.5 → 2, 4.5 → 4). Rounding toward
/// neutral claims neither health nor harm on a split answer and keeps the rule symmetric.
pub fn level_of(sum: u32, count: u32) -> u8 {
    if count == 0 {
        return 3;
    }
    let floor = sum / count;
    let twice_remainder = 2 * (sum % count);
    let level = if twice_remainder > count || (twice_remainder == count && floor < 3) {
        floor + 1
    } else {
        floor
    };
    u8::try_from(level.clamp(1, u32::from(LEVER_LEVELS))).unwrap_or(3)
}

/// 1-based value on the healthy-high orientation.
fn orient(value: u8, k: u8, reverse: bool) -> u8 {
    if reverse {
        k + 1 - value
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::DEFAULT;

    fn answers(pairs: &[(&str, Answer)]) -> Answers {
        let mut answers = Answers::new(&DEFAULT);
        for (id, answer) in pairs {
            assert!(
                answers.set_by_id(&DEFAULT, id, Some(answer.clone())),
                "{id}"
            );
        }
        answers
    }

    fn survey() -> Shape {
        Shape {
            id: "test".into(),
            units: 4,
            asks_role: true,
            deniability: None,
            statements: Vec::new(),
        }
    }

    #[test]
    fn levels_round_half_toward_neutral() {
        assert_eq!(level_of(5, 2), 3); // 2.5
        assert_eq!(level_of(7, 2), 3); // 3.5
        assert_eq!(level_of(3, 2), 2); // 1.5
        assert_eq!(level_of(9, 2), 4); // 4.5
        assert_eq!(level_of(8, 3), 3); // 2.67
        assert_eq!(level_of(10, 3), 3); // 3.33
        assert_eq!(level_of(11, 3), 4); // 3.67
        assert_eq!(level_of(4, 3), 1); // 1.33
        assert_eq!(level_of(15, 3), 5);
        assert_eq!(level_of(1, 1), 1);
    }

    #[test]
    fn a_full_response_scores_as_documented() {
        let scores = score(
            &DEFAULT,
            &survey(),
            &answers(&[
                ("burnout", Answer::One(2)),
                ("satisfaction", Answer::One(3)),
                ("stress", Answer::One(3)),
                ("valued", Answer::One(2)),
                ("leave", Answer::One(0)),
                ("values-1", Answer::One(4)),
                ("values-2", Answer::One(3)),
                ("resources-1", Answer::One(0)),
                ("resources-2", Answer::One(1)),
                ("resources-3", Answer::One(4)),
                ("autonomy-1", Answer::One(2)),
                ("autonomy-2", Answer::One(3)),
                ("leadership-1", Answer::One(3)),
                ("priorities", Answer::Several(vec![0, 1, 9])),
                ("unit", Answer::One(3)),
                ("role", Answer::One(1)),
            ]),
        )
        .unwrap();
        assert_eq!(scores.burnout, 3);
        assert!(scores.burned_out(&DEFAULT));
        assert_eq!(
            scores.outcomes,
            vec![
                Some(Bin::Favourable),
                Some(Bin::Unfavourable),
                Some(Bin::Neutral),
                Some(Bin::Favourable)
            ]
        );
        // values (5+4)/2 = 4.5 → 4; resources (1+2+1)/3 → 1; autonomy (3+4)/2 = 3.5 → 3 (2 of 3
        // answered); leadership 1 of 2 answered → 4; culture nothing answered.
        assert_eq!(
            scores.levers,
            vec![Some(4), Some(1), Some(3), Some(4), None]
        );
        assert_eq!(scores.priorities, 0b10_0000_0011);
        assert_eq!(scores.unit, Some(3));
        assert_eq!(scores.role, Some(1));
    }

    #[test]
    fn a_lever_with_fewer_than_half_its_statements_is_not_answered() {
        let scores = score(
            &DEFAULT,
            &survey(),
            &answers(&[("burnout", Answer::One(0)), ("culture-1", Answer::One(4))]),
        )
        .unwrap();
        assert_eq!(scores.levers[4], None);
        assert!(!scores.burned_out(&DEFAULT));
        assert_eq!(scores.outcomes, vec![None; 4]);
    }

    #[test]
    fn bad_answers_are_errors_not_panics() {
        let s = survey();
        let base = [("burnout", Answer::One(1))];
        assert_eq!(
            score(&DEFAULT, &s, &Answers::new(&DEFAULT)),
            Err(ScoreError::MissingBurnout)
        );
        let mut a = answers(&base);
        a.set_by_id(&DEFAULT, "values-1", Some(Answer::One(5)));
        assert_eq!(
            score(&DEFAULT, &s, &a),
            Err(ScoreError::OutOfRange("values-1"))
        );
        let mut a = answers(&base);
        a.set_by_id(
            &DEFAULT,
            "priorities",
            Some(Answer::Several(vec![1, 2, 3, 4])),
        );
        assert_eq!(
            score(&DEFAULT, &s, &a),
            Err(ScoreError::TooManyChoices("priorities"))
        );
        let mut a = answers(&base);
        a.set_by_id(&DEFAULT, "priorities", Some(Answer::Several(vec![1, 1])));
        assert_eq!(
            score(&DEFAULT, &s, &a),
            Err(ScoreError::TooManyChoices("priorities"))
        );
        let mut a = answers(&base);
        a.set_by_id(&DEFAULT, "unit", Some(Answer::One(4)));
        assert_eq!(score(&DEFAULT, &s, &a), Err(ScoreError::OutOfRange("unit")));
        let mut a = answers(&base);
        a.set_by_id(&DEFAULT, "role", Some(Answer::One(0)));
        assert_eq!(
            score(&DEFAULT, &Shape::new("x"), &a),
            Err(ScoreError::NotAsked("role"))
        );
        let mut a = answers(&base);
        a.set_by_id(&DEFAULT, "stress", Some(Answer::Several(vec![1])));
        assert_eq!(
            score(&DEFAULT, &s, &a),
            Err(ScoreError::WrongForm("stress"))
        );
        assert!(!a.set(999, None));
    }

    #[test]
    fn every_score_error_has_distinct_messages_in_both_languages() {
        let errors = [
            ScoreError::MissingBurnout,
            ScoreError::WrongInstrument,
            ScoreError::OutOfRange("x"),
            ScoreError::WrongForm("x"),
            ScoreError::TooManyChoices("x"),
            ScoreError::NotAsked("x"),
        ];
        let mut seen = std::collections::HashSet::new();
        for error in &errors {
            for lang in Lang::ALL {
                assert!(seen.insert(error.message(lang)));
            }
        }
    }
}
