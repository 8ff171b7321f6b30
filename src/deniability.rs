//! The levels of plausible deniability a survey may choose. A leaf of the core: the instrument's
//! shape, the link, the code's header, the randomizer and the report's estimators all name a
//! level, and none of them owns it. What the levels protect and cost: `docs/privacy.md`.

/// How much a deniable survey randomizes: the largest ratio e^ε between the probabilities of two
/// true values giving the same reported value. The link's `d` and the code's level field hold it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Deniability {
    /// e^ε = 2: a code is weaker evidence still; estimates need about twice the responses.
    Strong = 2,
    /// e^ε = 3, the default.
    Standard = 3,
}

impl Deniability {
    /// The level a survey gets when the organizer turns deniability on without choosing.
    pub const DEFAULT: Deniability = Deniability::Standard;
    /// Every level, the default first.
    pub const ALL: [Deniability; 2] = [Deniability::Standard, Deniability::Strong];

    /// e^ε, as the link and the code write it.
    pub fn ratio(self) -> u8 {
        self as u8
    }

    /// The level whose e^ε is `ratio`, if this version knows it.
    pub fn from_ratio(ratio: u64) -> Option<Deniability> {
        Deniability::ALL
            .into_iter()
            .find(|level| u64::from(level.ratio()) == ratio)
    }
}
