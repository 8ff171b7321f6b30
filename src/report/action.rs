//! The organizer's commitments — "what we will do" — and the date of the next survey: up to three
//! [`Commitment`]s in a [`Plan`]. Text the organizer typed, kept as typed so that nothing is lost
//! while a value is still wrong; [`Plan::problems`] says what is wrong and where. The summary link
//! carries a plan (`link::plan_query`, `docs/link-format.md`); the staff one-pager
//! (`report::staff`), the "did it help?" section and the CSV's `action` section read it.

use crate::instrument::Instrument;
use crate::lang::{Explain, Lang, Text};

/// How many commitments a plan holds.
pub const MAX_COMMITMENTS: usize = 3;
/// Longest "what will change", in characters.
pub const MAX_WHAT: usize = 200;
/// Longest "who owns it", in characters.
pub const MAX_WHO: usize = 80;
/// Longest label of the wave a commitment answers, in characters.
pub const MAX_AFTER: usize = 40;

/// One commitment, as typed. An empty `what` with every other part empty is an unused slot.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Commitment {
    /// What will change.
    pub what: String,
    /// Who owns it.
    pub who: String,
    /// By when: a date `YYYY-MM-DD`, or empty.
    pub by: String,
    /// The lever it addresses: a lever's identifier in the instrument (`resources`), or empty.
    pub lever: String,
    /// The label of the wave whose report it answers.
    pub after: String,
}

impl Commitment {
    /// Whether nothing of it was typed.
    pub fn is_empty(&self) -> bool {
        self.parts().iter().all(|(_, value)| value.is_empty())
    }

    /// Each part with its value, in the order links and the CSV write them.
    pub fn parts(&self) -> [(Part, &str); 5] {
        [
            (Part::What, &self.what),
            (Part::Who, &self.who),
            (Part::By, &self.by),
            (Part::Lever, &self.lever),
            (Part::After, &self.after),
        ]
    }

    /// The part `part` to change.
    pub fn part_mut(&mut self, part: Part) -> &mut String {
        match part {
            Part::What => &mut self.what,
            Part::Who => &mut self.who,
            Part::By => &mut self.by,
            Part::Lever => &mut self.lever,
            Part::After => &mut self.after,
        }
    }

    /// The date it is due, when one is given and valid.
    pub fn due(&self) -> Option<Day> {
        Day::parse(&self.by)
    }
}

/// A part of a commitment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// What will change.
    What,
    /// Who owns it.
    Who,
    /// By when.
    By,
    /// The lever it addresses.
    Lever,
    /// The wave whose report it answers.
    After,
}

impl Part {
    /// Every part, in order.
    pub const ALL: [Part; 5] = [Part::What, Part::Who, Part::By, Part::Lever, Part::After];

    /// The part's stable name, for links (`c1w` … is the commitment's number and this letter),
    /// the CSV's `measure` and element ids.
    pub fn name(self) -> &'static str {
        match self {
            Part::What => "what",
            Part::Who => "owner",
            Part::By => "due",
            Part::Lever => "lever",
            Part::After => "after",
        }
    }

    fn max(self) -> usize {
        match self {
            Part::What => MAX_WHAT,
            Part::Who => MAX_WHO,
            Part::After => MAX_AFTER,
            // A date is ten characters, a lever's identifier short; their own checks apply.
            Part::By | Part::Lever => 40,
        }
    }
}

/// Where in a plan a value sits: a commitment's part (commitments numbered from 0), or the date of
/// the next survey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    /// Part `.1` of commitment `.0`.
    Commitment(usize, Part),
    /// The date of the next survey.
    Next,
}

/// The organizer's commitments and the date of the next survey.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// The three slots, in the organizer's order.
    pub commitments: [Commitment; MAX_COMMITMENTS],
    /// The date of the next survey, `YYYY-MM-DD`, or empty.
    pub next: String,
}

/// A change to a plan, as the form makes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanEdit {
    /// Place `.0` now holds text `.1`.
    Set(Place, String),
    /// The whole plan is this one (the address was changed by hand).
    Replace(Box<Plan>),
}

impl Plan {
    /// Whether nothing was typed.
    pub fn is_empty(&self) -> bool {
        self.next.is_empty() && self.commitments.iter().all(Commitment::is_empty)
    }

    /// The commitments in use (something typed), with their numbers from 0.
    pub fn used(&self) -> impl Iterator<Item = (usize, &Commitment)> {
        self.commitments
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.is_empty())
    }

    /// The value at `place`; empty for a place that does not exist.
    pub fn get(&self, place: Place) -> &str {
        match place {
            Place::Next => &self.next,
            Place::Commitment(slot, part) => self
                .commitments
                .get(slot)
                .and_then(|c| c.parts().into_iter().find(|(p, _)| *p == part))
                .map_or("", |(_, value)| value),
        }
    }

    /// The date of the next survey, when given and valid.
    pub fn next_day(&self) -> Option<Day> {
        Day::parse(&self.next)
    }

    /// Makes `edit`. `shown` is the label of the wave whose report the page shows: a commitment
    /// begun with no `after` yet answers that wave's report.
    pub fn apply(&mut self, edit: PlanEdit, shown: &str) {
        let (place, text) = match edit {
            PlanEdit::Set(place, text) => (place, text),
            PlanEdit::Replace(plan) => {
                *self = *plan;
                return;
            }
        };
        match place {
            Place::Next => self.next = text,
            Place::Commitment(slot, part) => {
                let Some(commitment) = self.commitments.get_mut(slot) else {
                    return;
                };
                let begun = commitment.is_empty();
                *commitment.part_mut(part) = text;
                if begun && part != Part::After && !commitment.is_empty() {
                    commitment.after = shown.chars().take(MAX_AFTER).collect();
                }
            }
        }
    }

    /// Every problem, in order (commitments first, part by part, then the next survey's date), so
    /// a form can show each beside its field and a link reader can refuse a link that has one.
    pub fn problems(&self, instrument: &Instrument) -> Vec<PlanError> {
        let mut problems = Vec::new();
        for (slot, commitment) in self.used() {
            for (part, value) in commitment.parts() {
                let place = Place::Commitment(slot, part);
                let bad = match part {
                    Part::By => !value.is_empty() && Day::parse(value).is_none(),
                    Part::Lever => {
                        !value.is_empty() && !instrument.levers.iter().any(|l| l.id == value)
                    }
                    _ => false,
                };
                if let Some(problem) = check_text(value, place, part.max()) {
                    problems.push(problem);
                } else if bad {
                    problems.push(PlanError::Invalid(place));
                }
            }
            if commitment.what.trim().is_empty() {
                problems.push(PlanError::NoWhat(slot));
            }
        }
        if !self.next.is_empty() && Day::parse(&self.next).is_none() {
            problems.push(PlanError::Invalid(Place::Next));
        }
        problems
    }

    /// The problem at `place`, if any.
    pub fn problem_at(&self, instrument: &Instrument, place: Place) -> Option<PlanError> {
        self.problems(instrument)
            .into_iter()
            .find(|p| p.place() == place)
    }
}

fn check_text(value: &str, place: Place, max: usize) -> Option<PlanError> {
    if value.chars().count() > max {
        return Some(PlanError::TooLong { place, max });
    }
    // A line break or other control character would break a line of the one-pager's text.
    value
        .chars()
        .any(|c| c.is_control() || c == '\u{FFFD}')
        .then_some(PlanError::Invalid(place))
}

/// What is wrong with a plan, typed or linked. Every variant has its own message in each language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// A text is longer than allowed.
    TooLong {
        /// Which value.
        place: Place,
        /// The most characters allowed.
        max: usize,
    },
    /// A value cannot be right: not a date, a lever this survey does not have, a control character.
    Invalid(Place),
    /// A commitment has an owner, a date or a lever but does not say what will change.
    NoWhat(usize),
    /// A link gives a value twice.
    Repeated(Place),
    /// A link's `%` escape is cut short: the link was cut or changed on the way.
    Damaged(Place),
}

impl PlanError {
    /// Where the problem is, so a form shows it beside that field.
    pub fn place(&self) -> Place {
        match self {
            PlanError::TooLong { place, .. }
            | PlanError::Invalid(place)
            | PlanError::Repeated(place)
            | PlanError::Damaged(place) => *place,
            PlanError::NoWhat(slot) => Place::Commitment(*slot, Part::What),
        }
    }
}

impl Explain for PlanError {
    fn text(&self) -> Text {
        match self {
            PlanError::TooLong { .. } => Text {
                en: "Commitment {n}: {part} is longer than {max} characters.",
                es: "Compromiso {n}: {part} tiene más de {max} caracteres.",
            },
            PlanError::Invalid(Place::Next) => Text {
                en: "The date of the next survey is not a date. Choose one with the date field.",
                es: "La fecha de la próxima encuesta no es una fecha. Elija una con el campo de fecha.",
            },
            PlanError::Invalid(Place::Commitment(_, Part::By)) => Text {
                en: "Commitment {n}: the date is not a date. Choose one with the date field.",
                es: "Compromiso {n}: la fecha no es una fecha. Elija una con el campo de fecha.",
            },
            PlanError::Invalid(Place::Commitment(_, Part::Lever)) => Text {
                en: "Commitment {n}: this survey has no such lever. Choose one from the list.",
                es: "Compromiso {n}: esta encuesta no tiene esa palanca. Elija una de la lista.",
            },
            PlanError::Invalid(_) => Text {
                en: "Commitment {n}: {part} must be one line of ordinary text.",
                es: "Compromiso {n}: {part} debe ser una sola línea de texto normal.",
            },
            PlanError::NoWhat(_) => Text {
                en: "Commitment {n}: say what will change.",
                es: "Compromiso {n}: indique qué va a cambiar.",
            },
            PlanError::Repeated(Place::Next) | PlanError::Damaged(Place::Next) => Text {
                en: "The summary link's date of the next survey is given twice or is damaged; the link may have been cut or changed.",
                es: "En el enlace de resumen, la fecha de la próxima encuesta aparece dos veces o está dañada; puede que el enlace se haya cortado o modificado.",
            },
            PlanError::Repeated(_) => Text {
                en: "The summary link gives {part} of commitment {n} twice, so it is unclear which one is meant.",
                es: "El enlace de resumen indica dos veces {part} del compromiso {n}, así que no está claro cuál vale.",
            },
            PlanError::Damaged(_) => Text {
                en: "The summary link's {part} of commitment {n} is damaged; the link may have been cut or changed.",
                es: "En el enlace de resumen, {part} del compromiso {n} está dañado; puede que el enlace se haya cortado o modificado.",
            },
        }
    }

    fn values(&self, lang: Lang) -> Vec<(&'static str, String)> {
        let (n, part) = match self.place() {
            Place::Commitment(slot, part) => ((slot + 1).to_string(), part_name(part)),
            // The next survey's date is named as a whole in the sentences about it.
            Place::Next => (String::new(), NEXT_NAME),
        };
        let mut values = vec![("n", n), ("part", part.get(lang).to_string())];
        if let PlanError::TooLong { max, .. } = self {
            values.push(("max", max.to_string()));
        }
        values
    }
}

const NEXT_NAME: Text = Text {
    en: "the date of the next survey",
    es: "la fecha de la próxima encuesta",
};

/// A part's name inside a sentence (in Spanish with its article).
fn part_name(part: Part) -> Text {
    let (en, es) = match part {
        Part::What => ("what will change", "lo que va a cambiar"),
        Part::Who => ("who owns it", "la persona responsable"),
        Part::By => ("the date", "la fecha"),
        Part::Lever => ("the lever", "la palanca"),
        Part::After => ("the report it answers", "el informe al que responde"),
    };
    Text { en, es }
}

/// A calendar day, read from and written as `YYYY-MM-DD` (what a date field gives), years
/// 2000–2199.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    /// The year.
    pub year: u16,
    /// The month, 1–12.
    pub month: u8,
    /// The day of the month, from 1.
    pub day: u8,
}

impl Day {
    /// Reads `YYYY-MM-DD` exactly: four, two and two digits; a day that exists.
    pub fn parse(text: &str) -> Option<Day> {
        let bytes = text.as_bytes();
        if bytes.len() != 10
            || bytes[4] != b'-'
            || bytes[7] != b'-'
            || !bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit())
        {
            return None;
        }
        let number = |range: std::ops::Range<usize>| text.get(range)?.parse::<u16>().ok();
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            1..=12 => 31,
            _ => return None,
        };
        ((2000..=2199).contains(&year) && (1..=days).contains(&day)).then_some(Day {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::DEFAULT;

    #[test]
    fn days_are_read_exactly() {
        assert_eq!(
            Day::parse("2027-03-31"),
            Some(Day {
                year: 2027,
                month: 3,
                day: 31
            })
        );
        assert_eq!(
            Day::parse("2028-02-29").map(Day::iso).as_deref(),
            Some("2028-02-29")
        );
        for bad in [
            "2027-02-29",
            "2100-02-29",
            "2027-04-31",
            "2027-13-01",
            "2027-00-10",
            "2027-1-01",
            "27-01-01",
            "1999-12-31",
            "2027/01/01",
            "+027-01-01",
            "2027-01-0x",
            "",
            "2027-01-01 ",
        ] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_begun_commitment_answers_the_shown_wave() {
        let mut plan = Plan::default();
        plan.apply(
            PlanEdit::Set(
                Place::Commitment(1, Part::Who),
                "Chief nursing officer".into(),
            ),
            "2026 Q1",
        );
        assert_eq!(plan.commitments[1].after, "2026 Q1");
        // Once begun, the organizer's own label stays.
        plan.apply(
            PlanEdit::Set(Place::Commitment(1, Part::After), "Spring".into()),
            "2026 Q1",
        );
        plan.apply(
            PlanEdit::Set(Place::Commitment(1, Part::What), "Scribes".into()),
            "2026 Q2",
        );
        assert_eq!(plan.commitments[1].after, "Spring");
        assert!(plan.commitments[0].is_empty() && plan.commitments[2].is_empty());
        // A slot that does not exist changes nothing.
        let before = plan.clone();
        plan.apply(
            PlanEdit::Set(Place::Commitment(3, Part::What), "x".into()),
            "",
        );
        assert_eq!(plan, before);
    }

    #[test]
    fn every_bad_value_is_named_where_it_is() {
        let mut plan = Plan::default();
        plan.commitments[0] = Commitment {
            what: "a".repeat(MAX_WHAT + 1),
            who: "b".repeat(MAX_WHO),
            by: "2027-02-30".into(),
            lever: "nonsense".into(),
            after: "x\ny".into(),
        };
        plan.commitments[2].who = "Owner".into();
        plan.next = "soon".into();
        let places: Vec<Place> = plan
            .problems(&DEFAULT)
            .iter()
            .map(PlanError::place)
            .collect();
        assert_eq!(
            places,
            vec![
                Place::Commitment(0, Part::What),
                Place::Commitment(0, Part::By),
                Place::Commitment(0, Part::Lever),
                Place::Commitment(0, Part::After),
                Place::Commitment(2, Part::What),
                Place::Next,
            ]
        );
        plan.commitments[0] = Commitment {
            what: "a".repeat(MAX_WHAT),
            lever: DEFAULT.levers[1].id.into(),
            by: "2027-02-28".into(),
            ..Commitment::default()
        };
        plan.commitments[2].what = "Protected time".into();
        plan.next = "2027-09-01".into();
        assert_eq!(plan.problems(&DEFAULT), vec![]);
    }

    #[test]
    fn every_message_differs_and_exists_in_both_languages() {
        let errors = [
            PlanError::TooLong {
                place: Place::Commitment(0, Part::What),
                max: 3,
            },
            PlanError::Invalid(Place::Next),
            PlanError::Invalid(Place::Commitment(0, Part::By)),
            PlanError::Invalid(Place::Commitment(0, Part::Lever)),
            PlanError::Invalid(Place::Commitment(0, Part::Who)),
            PlanError::NoWhat(1),
            PlanError::Repeated(Place::Commitment(0, Part::Who)),
            PlanError::Damaged(Place::Commitment(0, Part::Who)),
            PlanError::Damaged(Place::Next),
        ];
        for lang in Lang::ALL {
            let messages: std::collections::HashSet<_> =
                errors.iter().map(|e| e.message(lang)).collect();
            assert_eq!(messages.len(), errors.len());
            assert!(messages.iter().all(|m| !m.contains('{')), "{messages:?}");
        }
    }
}
