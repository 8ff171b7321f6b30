//! The checks of an instrument, its wording and its guidance: every rule the scoring engine, the
//! code and the pages rely on, so that a broken definition is caught by a test rather than by a
//! respondent.

use super::{
    Cutoffs, Guidance, Instrument, Item, Response, ResponseScale, Wording, LEVER_LEVELS,
    MAX_LEVERS, MAX_SEVERAL_OPTIONS,
};
use crate::lang::{Lang, Text};

/// Why an instrument definition is unusable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InstrumentError {
    /// An identifier is empty.
    EmptyId,
    /// Two items, sections, outcomes or levers share an id.
    DuplicateId(&'static str),
    /// A text is missing in a language.
    EmptyText {
        /// The item or construct that holds it.
        owner: &'static str,
        /// The language it is missing in.
        lang: Lang,
    },
    /// A construct or section names an item that does not exist.
    UnknownItem(&'static str),
    /// An item is used by no construct, or by more than one.
    ItemNotInOneConstruct(&'static str),
    /// An item is in no section, or in more than one.
    ItemNotInOneSection(&'static str),
    /// An item's response does not fit the construct that uses it.
    WrongResponse(&'static str),
    /// A scale, cutoff, threshold or limit is out of range.
    BadRange(&'static str),
    /// A lever has no statements, or an outcome list, lever list or action list is empty.
    Empty(&'static str),
}

impl Instrument {
    /// Checks every rule the scoring engine and the code rely on, so that a broken definition is
    /// caught by a test rather than by a respondent.
    pub fn validate(&self) -> Result<(), InstrumentError> {
        if self.id.is_empty() {
            return Err(InstrumentError::EmptyId);
        }
        check_unique(self.items.iter().map(|item| item.id))?;
        check_unique(self.sections.iter().map(|section| section.id))?;
        check_unique(
            self.outcomes
                .iter()
                .map(|outcome| outcome.id)
                .chain(self.levers.iter().map(|lever| lever.id)),
        )?;
        for item in self.items {
            if item.id.is_empty() {
                return Err(InstrumentError::EmptyId);
            }
            check_item(item)?;
        }
        for section in self.sections {
            for id in section.items {
                self.item(id).ok_or(InstrumentError::UnknownItem(id))?;
            }
        }
        for item in self.items {
            let sections = self
                .sections
                .iter()
                .flat_map(|section| section.items.iter())
                .filter(|id| **id == item.id)
                .count();
            if sections != 1 {
                return Err(InstrumentError::ItemNotInOneSection(item.id));
            }
        }
        self.check_constructs()?;
        for item in self.items {
            if self.constructs_using(item.id) != 1 {
                return Err(InstrumentError::ItemNotInOneConstruct(item.id));
            }
        }
        Ok(())
    }

    fn check_constructs(&self) -> Result<(), InstrumentError> {
        let burnout = self.scale_of(self.burnout.item)?;
        let levels = usize::from(burnout.points);
        if !(2..=8).contains(&levels)
            || self.burnout.threshold < 2
            || usize::from(self.burnout.threshold) > levels
            || self.burnout.support_from < self.burnout.threshold
            || usize::from(self.burnout.support_from) > levels
        {
            return Err(InstrumentError::BadRange(self.burnout.item));
        }
        if self.outcomes.is_empty() {
            return Err(InstrumentError::Empty("outcomes"));
        }
        for outcome in self.outcomes {
            check_text(outcome.id, outcome.name)?;
            let k = usize::from(self.scale_of(outcome.item)?.points);
            let Cutoffs {
                unfavourable_max,
                favourable_min,
            } = outcome.cutoffs;
            if unfavourable_max < 1
                || favourable_min <= unfavourable_max
                || usize::from(favourable_min) > k
            {
                return Err(InstrumentError::BadRange(outcome.id));
            }
        }
        if self.levers.is_empty() {
            return Err(InstrumentError::Empty("levers"));
        }
        if self.levers.len() > MAX_LEVERS {
            return Err(InstrumentError::BadRange("levers"));
        }
        for lever in self.levers {
            check_text(lever.id, lever.name)?;
            if lever.statements.is_empty() {
                return Err(InstrumentError::Empty(lever.id));
            }
            for statement in lever.statements {
                // Lever levels are rounded means, so every statement must share the same five points.
                if self.scale_of(statement.item)?.points != LEVER_LEVELS {
                    return Err(InstrumentError::WrongResponse(statement.item));
                }
            }
        }
        match self.item(self.priorities).map(|item| &item.response) {
            Some(Response::Several { options, max }) => {
                if options.is_empty()
                    || options.len() > MAX_SEVERAL_OPTIONS
                    || *max == 0
                    || usize::from(*max) > options.len()
                {
                    return Err(InstrumentError::BadRange(self.priorities));
                }
            }
            Some(_) => return Err(InstrumentError::WrongResponse(self.priorities)),
            None => return Err(InstrumentError::UnknownItem(self.priorities)),
        }
        match self.item(self.unit).map(|item| &item.response) {
            Some(Response::Unit) => {}
            Some(_) => return Err(InstrumentError::WrongResponse(self.unit)),
            None => return Err(InstrumentError::UnknownItem(self.unit)),
        }
        match self.item(self.role).map(|item| &item.response) {
            Some(Response::OneOf(options)) if !options.is_empty() && options.len() < 32 => {}
            Some(_) => return Err(InstrumentError::WrongResponse(self.role)),
            None => return Err(InstrumentError::UnknownItem(self.role)),
        }
        Ok(())
    }

    fn scale_of(&self, id: &'static str) -> Result<&'static ResponseScale, InstrumentError> {
        self.item(id)
            .ok_or(InstrumentError::UnknownItem(id))?
            .scale()
            .ok_or(InstrumentError::WrongResponse(id))
    }

    fn constructs_using(&self, id: &str) -> usize {
        let single = [self.burnout.item, self.priorities, self.unit, self.role]
            .iter()
            .filter(|used| **used == id)
            .count();
        let outcomes = self.outcomes.iter().filter(|o| o.item == id).count();
        let statements = self
            .levers
            .iter()
            .flat_map(|lever| lever.statements.iter())
            .filter(|s| s.item == id)
            .count();
        single + outcomes + statements
    }
}

impl Wording {
    /// Checks that these are the words of `instrument`: one question for every item and one
    /// heading for every section, each in every language, and nothing for what does not exist.
    pub fn check(&self, instrument: &Instrument) -> Result<(), InstrumentError> {
        if self.instrument != instrument.id
            || self.prompts.len() != instrument.items.len()
            || self.sections.len() != instrument.sections.len()
            || self.levers.len() != instrument.levers.len()
        {
            return Err(InstrumentError::BadRange("wording"));
        }
        for item in instrument.items {
            let prompt = self
                .prompt(item.id)
                .ok_or(InstrumentError::UnknownItem(item.id))?;
            check_text(item.id, prompt)?;
        }
        for section in instrument.sections {
            let heading = self
                .section(section.id)
                .ok_or(InstrumentError::UnknownItem(section.id))?;
            check_text(section.id, heading)?;
        }
        for item in instrument.items {
            if let Some(scale) = item.scale() {
                let points = self.scale(scale.id);
                if points.len() != usize::from(scale.points) {
                    return Err(InstrumentError::BadRange(scale.id));
                }
                points.iter().try_for_each(|p| check_text(item.id, *p))?;
            }
        }
        for line in self.helplines {
            let dialable = line
                .dial
                .bytes()
                .enumerate()
                .all(|(at, b)| b.is_ascii_digit() || (at == 0 && b == b'+'));
            if line.dial.len() < 3 || !dialable {
                return Err(InstrumentError::BadRange("helpline"));
            }
            check_text("helpline", line.text)?;
        }
        for lever in instrument.levers {
            let description = self
                .lever(lever.id)
                .ok_or(InstrumentError::UnknownItem(lever.id))?;
            check_text(lever.id, description)?;
        }
        Ok(())
    }
}

impl Guidance {
    /// Checks this guidance against `instrument`: at least one action, in every language, for
    /// every lever and for nothing else; each figure a share, its texts in every language and its
    /// role one the instrument asks about. The tests run it on the built-in guidance; the report
    /// needs no check at run time, since missing guidance only means fewer suggestions.
    pub fn check(&self, instrument: &Instrument) -> Result<(), InstrumentError> {
        if self.instrument != instrument.id || self.actions.len() != instrument.levers.len() {
            return Err(InstrumentError::BadRange("guidance"));
        }
        for lever in instrument.levers {
            let actions = self.actions(lever.id);
            if actions.is_empty() {
                return Err(InstrumentError::Empty(lever.id));
            }
            actions.iter().try_for_each(|a| check_text(lever.id, *a))?;
        }
        for reference in self.references {
            check_text("reference", reference.source)?;
            check_text("reference", reference.measure)?;
            let role_fits = reference
                .role
                .is_none_or(|role| usize::from(role) < instrument.role_options().len());
            if !(0.0..=1.0).contains(&reference.share) || !role_fits {
                return Err(InstrumentError::BadRange("reference"));
            }
        }
        Ok(())
    }
}

fn check_text(owner: &'static str, text: Text) -> Result<(), InstrumentError> {
    for lang in Lang::ALL {
        if text.get(lang).trim().is_empty() {
            return Err(InstrumentError::EmptyText { owner, lang });
        }
    }
    Ok(())
}

/// A few dozen ids at most: a list searched in full, not a hash set, whose code (and hasher) the
/// respondents' page would carry for this check alone.
fn check_unique(ids: impl Iterator<Item = &'static str>) -> Result<(), InstrumentError> {
    let mut seen = Vec::new();
    for id in ids {
        if seen.contains(&id) {
            return Err(InstrumentError::DuplicateId(id));
        }
        seen.push(id);
    }
    Ok(())
}

fn check_item(item: &Item) -> Result<(), InstrumentError> {
    match item.response {
        Response::Scale(scale) if scale.points < 2 => Err(InstrumentError::BadRange(item.id)),
        Response::Scale(_) => Ok(()),
        Response::Several { options, .. } | Response::OneOf(options) => options
            .iter()
            .try_for_each(|option| check_text(item.id, *option)),
        Response::Unit => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instrument::{
        guidance, Burnout, Outcome, DEFAULT, DEFAULT_GUIDANCE, DEFAULT_WORDING,
    };

    #[test]
    fn the_default_wording_is_the_default_instruments() {
        assert_eq!(DEFAULT_WORDING.check(&DEFAULT), Ok(()));
        let short = Wording {
            instrument: DEFAULT.id,
            prompts: DEFAULT_WORDING.prompts.get(1..).unwrap(),
            ..DEFAULT_WORDING
        };
        assert_eq!(
            short.check(&DEFAULT),
            Err(InstrumentError::BadRange("wording"))
        );
        let other = Wording {
            instrument: "another",
            ..DEFAULT_WORDING
        };
        assert_eq!(
            other.check(&DEFAULT),
            Err(InstrumentError::BadRange("wording"))
        );
    }

    #[test]
    fn default_instrument_validates() {
        assert_eq!(DEFAULT.validate(), Ok(()));
    }

    #[test]
    fn default_instrument_has_the_promised_shape() {
        assert_eq!(DEFAULT.burnout_levels(), 5);
        assert_eq!(DEFAULT.burnout.threshold, 3);
        assert_eq!(DEFAULT.outcomes.len(), 4);
        assert_eq!(DEFAULT.levers.len(), 5);
        for lever in DEFAULT.levers {
            assert!((2..=3).contains(&lever.statements.len()), "{}", lever.id);
            assert!(
                (2..=3).contains(&DEFAULT_GUIDANCE.actions(lever.id).len()),
                "{}",
                lever.id
            );
        }
        let (priorities, max) = DEFAULT.priority_options();
        assert_eq!((priorities.len(), max), (10, 3));
        assert_eq!(DEFAULT.role_options().len(), 5);
        assert!((18..=22).contains(&DEFAULT.items.len()));
        assert!(DEFAULT_GUIDANCE.references.len() >= 2);
        assert_eq!(DEFAULT_GUIDANCE.check(&DEFAULT), Ok(()));
        assert!(std::ptr::eq(guidance(&DEFAULT), &DEFAULT_GUIDANCE));
    }

    #[test]
    fn validation_catches_an_item_outside_every_section() {
        static ITEMS: [Item; 1] = [Item {
            id: "x",
            response: Response::Unit,
        }];
        let broken = Instrument {
            items: &ITEMS,
            sections: &[],
            ..copy_of_default()
        };
        assert_eq!(
            broken.validate(),
            Err(InstrumentError::ItemNotInOneSection("x"))
        );
    }

    #[test]
    fn a_wording_missing_spanish_is_refused() {
        static SECTIONS: [(&str, Text); 6] = {
            let mut sections = [("", Text { en: "", es: "" }); 6];
            let mut i = 0;
            while i < 6 {
                sections[i] = DEFAULT_WORDING.sections[i];
                i += 1;
            }
            sections[2].1 = Text { en: "S", es: " " };
            sections
        };
        let broken = Wording {
            sections: &SECTIONS,
            ..DEFAULT_WORDING
        };
        assert_eq!(
            broken.check(&DEFAULT),
            Err(InstrumentError::EmptyText {
                owner: DEFAULT.sections[2].id,
                lang: Lang::Es
            })
        );
    }

    /// A fifth outcome read from the first statement of the first lever: that item is then used
    /// by two constructs, and every other rule still holds, so the double use is what is caught.
    #[test]
    fn validation_catches_an_item_in_two_constructs() {
        static OUTCOMES: [Outcome; 5] = {
            const fn copy(o: &Outcome) -> Outcome {
                Outcome {
                    id: o.id,
                    name: o.name,
                    item: o.item,
                    reverse: o.reverse,
                    cutoffs: o.cutoffs,
                }
            }
            let d = DEFAULT.outcomes;
            [
                copy(&d[0]),
                copy(&d[1]),
                copy(&d[2]),
                copy(&d[3]),
                Outcome {
                    id: "twice",
                    name: Text {
                        en: "Twice",
                        es: "Dos veces",
                    },
                    item: DEFAULT.levers[0].statements[0].item,
                    reverse: false,
                    cutoffs: Cutoffs {
                        unfavourable_max: 2,
                        favourable_min: 4,
                    },
                },
            ]
        };
        let broken = Instrument {
            outcomes: &OUTCOMES,
            ..copy_of_default()
        };
        assert_eq!(
            broken.validate(),
            Err(InstrumentError::ItemNotInOneConstruct(
                DEFAULT.levers[0].statements[0].item
            ))
        );
    }

    #[test]
    fn validation_catches_a_role_question_that_is_not_a_choice() {
        let broken = Instrument {
            role: DEFAULT.unit,
            ..copy_of_default()
        };
        // The unit item cannot stand for the role (its response is not a list of categories).
        assert_eq!(
            broken.validate(),
            Err(InstrumentError::WrongResponse(DEFAULT.unit))
        );
    }

    #[test]
    fn validation_catches_two_items_with_one_id() {
        static ITEMS: [Item; 2] = [
            Item {
                id: "twin",
                response: Response::Unit,
            },
            Item {
                id: "twin",
                response: Response::Unit,
            },
        ];
        let broken = Instrument {
            items: &ITEMS,
            ..copy_of_default()
        };
        assert_eq!(broken.validate(), Err(InstrumentError::DuplicateId("twin")));
    }

    #[test]
    fn validation_catches_an_empty_identifier() {
        let unnamed = Instrument {
            id: "",
            ..copy_of_default()
        };
        assert_eq!(unnamed.validate(), Err(InstrumentError::EmptyId));
        static ITEMS: [Item; 1] = [Item {
            id: "",
            response: Response::Unit,
        }];
        let unnamed_item = Instrument {
            items: &ITEMS,
            ..copy_of_default()
        };
        assert_eq!(unnamed_item.validate(), Err(InstrumentError::EmptyId));
    }

    fn copy_of_default() -> Instrument {
        Instrument {
            id: DEFAULT.id,
            items: DEFAULT.items,
            sections: DEFAULT.sections,
            burnout: Burnout {
                item: DEFAULT.burnout.item,
                threshold: DEFAULT.burnout.threshold,
                support_from: DEFAULT.burnout.support_from,
            },
            outcomes: DEFAULT.outcomes,
            levers: DEFAULT.levers,
            priorities: DEFAULT.priorities,
            unit: DEFAULT.unit,
            role: DEFAULT.role,
        }
    }
}
