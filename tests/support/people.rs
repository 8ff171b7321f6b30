//! Made-up respondents for tests, benchmarks and examples: deterministic, no randomness crate.
//! Included with `#[path = …] mod people;` wherever many codes are needed.

use candor::instrument::OwnStatement;
use candor::scoring::{Bin, Scores};

/// The respondent of the golden vectors and of `docs/code-format.md`'s worked example.
pub fn golden() -> Scores {
    Scores {
        burnout: 3,
        outcomes: vec![
            Some(Bin::Favourable),
            Some(Bin::Unfavourable),
            Some(Bin::Neutral),
            None,
        ],
        levers: vec![Some(4), Some(1), Some(3), Some(5), None],
        priorities: 0b10_0000_0011,
        unit: Some(2),
        role: Some(1),
        statements: Vec::new(),
    }
}

/// A small deterministic generator (a 64-bit LCG) of respondents.
pub struct People(pub u64);

impl People {
    /// The next 53 pseudo-random bits.
    pub fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 11
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// A random 35-bit nonce, as the browser would make.
    pub fn nonce(&mut self) -> u64 {
        self.next() & ((1 << 35) - 1)
    }

    /// Anyone at all: every field uniform over its values, "not answered" included, the unit
    /// among `units` (none when 0) and the role among five when `asks_role`.
    pub fn anyone(&mut self, units: u8, asks_role: bool) -> Scores {
        let bins = [
            None,
            Some(Bin::Unfavourable),
            Some(Bin::Neutral),
            Some(Bin::Favourable),
        ];
        let mut priorities = 0u16;
        for _ in 0..self.below(4) {
            priorities |= 1 << self.below(10);
        }
        Scores {
            burnout: 1 + self.below(5) as u8,
            outcomes: (0..4).map(|_| bins[self.below(4) as usize]).collect(),
            levers: (0..5)
                .map(|_| Some(self.below(6) as u8).filter(|l| *l > 0))
                .collect(),
            priorities,
            unit: (units > 0)
                .then(|| self.below(u64::from(units) + 1) as u8)
                .filter(|u| *u < units),
            role: asks_role.then(|| self.below(6) as u8).filter(|r| *r < 5),
            statements: Vec::new(),
        }
    }

    /// Someone plausible: the weaker their levers, the likelier their burnout, so that a report
    /// of many such people has drivers to find.
    pub fn plausible(&mut self, units: u8, asks_role: bool) -> Scores {
        let mut scores = self.anyone(units, asks_role);
        scores.levers = (0..5)
            .map(|_| (self.below(12) > 0).then(|| 1 + self.below(5) as u8))
            .collect();
        let strain: u64 = scores
            .levers
            .iter()
            .map(|l| u64::from(5 - l.unwrap_or(3)))
            .sum();
        scores.burnout = (1 + (strain + self.below(8)) / 5).min(5) as u8;
        scores
    }
}

/// The reported values of golden vector 5, a deniable code (docs/code-format.md): reported burned
/// out; outcomes favourable, unfavourable, neutral, not answered; levers favourable,
/// unfavourable, neutral, favourable, not answered (bins 3, 1, 2, 3, 0); priorities 1, 4, 7 and
/// 10 reported chosen; unit 3; role 2.
pub fn golden_reported() -> Scores {
    Scores {
        burnout: 2,
        outcomes: vec![
            Some(Bin::Favourable),
            Some(Bin::Unfavourable),
            Some(Bin::Neutral),
            None,
        ],
        levers: vec![Some(3), Some(1), Some(2), Some(3), None],
        priorities: 0b10_0100_1001,
        unit: Some(2),
        role: Some(1),
        statements: Vec::new(),
    }
}

/// The organization's own statements of the golden vectors with statements and of the conformance
/// suite (docs/code-format.md): two in both languages, the third in English only.
pub fn golden_statements() -> Vec<OwnStatement> {
    let statement = |en: &str, es: &str| OwnStatement {
        en: en.into(),
        es: es.into(),
    };
    vec![
        statement(
            "The new scheduling system gives me enough notice of my shifts.",
            "El nuevo sistema de turnos me avisa con tiempo suficiente.",
        ),
        statement(
            "I feel safe from violence at work.",
            "Me siento a salvo de la violencia en el trabajo.",
        ),
        statement("The merger has been explained to me clearly.", ""),
    ]
}
