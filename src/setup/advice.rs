//! Advice where a choice risks anonymity.

use crate::lang::{Explain, Lang, Text};
use crate::link::SurveyLink;
use crate::report::MIN_GROUP_DEFAULT;

/// With the role asked, this many units or more make small unit-and-role groups likely.
pub const MANY_UNITS_WITH_ROLE: usize = 4;

/// Advice where a choice risks anonymity. Never a refusal: the organizer knows their teams.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Advice {
    /// The role is asked and several units are listed: some unit-and-role groups may hold one or
    /// two people.
    SmallGroupsWithRole {
        /// How many units.
        units: usize,
    },
    /// A minimum group size below the default: figures for groups of 3 or 4 are shown.
    SmallMinimumGroup {
        /// The minimum group size chosen.
        min: u8,
    },
    /// The survey has statements of the organization's own: one that fits a single person makes
    /// that person's answer known, and none has reference figures.
    OwnStatements,
}

/// The advice for `link`'s settings, in the order the form shows them.
pub fn advice(link: &SurveyLink) -> Vec<Advice> {
    let mut advice = Vec::new();
    if link.asks_role && link.units.len() >= MANY_UNITS_WITH_ROLE {
        advice.push(Advice::SmallGroupsWithRole {
            units: link.units.len(),
        });
    }
    if link.min_group < MIN_GROUP_DEFAULT {
        advice.push(Advice::SmallMinimumGroup {
            min: link.min_group,
        });
    }
    if !link.statements.is_empty() {
        advice.push(Advice::OwnStatements);
    }
    advice
}

impl Explain for Advice {
    fn text(&self) -> Text {
        match self {
            Advice::SmallGroupsWithRole { .. } => Text {
                en: "You list {units} units and ask for the role. In a small unit, one role may be one or two people, and staff who fear being recognized answer less honestly. The report never crosses units with roles and hides every group under the minimum size, but consider merging small units or leaving out the role question.",
                es: "Indica {units} unidades y pregunta el puesto. En una unidad pequeña, un puesto puede ser una o dos personas, y quien teme ser reconocido responde con menos franqueza. El informe nunca cruza unidades con puestos y oculta todo grupo por debajo del mínimo, pero considere unir las unidades pequeñas o no preguntar el puesto.",
            },
            Advice::OwnStatements => Text {
                en: "Write your own statements about the work, not about a person: one that only one person could agree with (\u{201c}I am the only night pharmacist and…\u{201d}) tells everyone how that person answered. Word them so that agreeing is good news. They have no national or published figures to compare with, and changing a word later makes a new survey whose codes are counted apart.",
                es: "Escriba sus afirmaciones sobre el trabajo, no sobre una persona: una con la que solo una persona podría estar de acuerdo («soy la única farmacéutica de noche y…») revela a todos cómo respondió esa persona. Redáctelas de modo que estar de acuerdo sea una buena noticia. No tienen cifras nacionales ni publicadas con las que compararse, y cambiar una palabra después crea una encuesta nueva cuyos códigos se cuentan aparte.",
            },
            Advice::SmallMinimumGroup { .. } => Text {
                en: "With a minimum group size of {min}, figures for groups of {min} people are shown. In groups that small, colleagues can often guess who answered what; 5 or more is safer.",
                es: "Con un tamaño mínimo de grupo de {min}, se muestran cifras de grupos de {min} personas. En grupos tan pequeños, los compañeros a menudo adivinan quién respondió qué; 5 o más es más seguro.",
            },
        }
    }

    fn values(&self, _lang: Lang) -> Vec<(&'static str, String)> {
        match self {
            Advice::SmallGroupsWithRole { units } => vec![("units", units.to_string())],
            Advice::SmallMinimumGroup { min } => vec![("min", min.to_string())],
            Advice::OwnStatements => Vec::new(),
        }
    }
}
