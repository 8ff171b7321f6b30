//! Why a text is not a code this survey can count, and what became of each code-shaped token:
//! every error gives one sentence in every language ([`Explain`]).

use crate::lang::{Explain, Lang, Text};

/// Why a piece of text is not a code this survey can count. Every variant has its own message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// A character that no code contains: the first one in the text.
    InvalidCharacter {
        /// The character as pasted.
        character: char,
        /// Its place among the text's characters (Unicode scalar values), from 1, counting every
        /// character before it, separators included.
        position: usize,
    },
    /// Fewer symbols than any code.
    TooShort,
    /// More symbols than any code.
    TooLong,
    /// An individual code with a missing or extra symbol.
    WrongLength {
        /// Symbols an individual code of this survey has (separators not counted).
        expected: usize,
        /// Symbols found.
        found: usize,
        /// Where (from 1, separators not counted) a single added or dropped symbol would
        /// explain it, when exactly one correction does. Never applied automatically.
        near: Option<usize>,
    },
    /// The checksum does not match: a typo.
    Mistyped {
        /// The symbol (from 1, separators not counted) where a single typo or swap would
        /// explain the mismatch, when exactly one explanation exists. Never applied automatically.
        near: Option<usize>,
    },
    /// Intact, but the version field was never issued.
    UnknownVersion,
    /// Intact, made by a newer version of Candor.
    NewerVersion {
        /// The version the code declares.
        version: u8,
    },
    /// Intact, made with plausible deniability at a level (e^ε) this version does not know.
    UnknownLevel,
    /// Intact and from this survey, but made in another privacy mode than the survey link's:
    /// with plausible deniability when the link has none, without it when the link has it, or at
    /// another level. Randomized and true answers cannot be counted together, so it is kept apart.
    OtherMode {
        /// The code's level, `None` for an ordinary code.
        made: Option<crate::deniability::Deniability>,
        /// The survey link's level, `None` for an ordinary survey.
        expected: Option<crate::deniability::Deniability>,
    },
    /// Intact, but made under another survey link or other survey settings.
    OtherSurvey,
    /// Intact and from this survey, but holding values no respondent can produce.
    Malformed,
    /// An intact combined code whose counters do not add up.
    Inconsistent,
    /// Read by the summary of a survey with single-use slips: this survey's code, made without
    /// a slip (from the survey link before slips were on, or an edited link). Kept apart.
    NoSlip,
    /// Read by the summary of a survey with single-use slips: the code's slip is not one the
    /// survey's key made (made up, altered, or beyond the slips printed). Kept apart.
    ForgedSlip,
    /// Read by the summary of a survey with single-use slips: a combined code, which cannot show
    /// that its respondents used different slips. Kept apart.
    CombinedWithSlips,
    /// A code made with a single-use slip, read by a summary link without the slips' key, which
    /// cannot check it. Kept apart.
    SlipUnchecked,
}

/// What became of one code-shaped token of pasted text. One classification for the whole crate:
/// the collector decides it, the summary counts and lists by it, the page labels it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// A new code of this survey, counted.
    Accepted,
    /// A code already counted (earlier in the same paste or in an earlier one), counted once.
    Duplicate,
    /// A typo: checksum or length wrong.
    Mistyped,
    /// Intact, but made for another survey.
    OtherSurvey,
    /// Intact, but made by a newer Candor (or in a mode this one cannot read).
    NewerVersion,
    /// Not a well-formed code.
    Malformed,
    /// Intact and from this survey, but made in another privacy mode: kept apart.
    OtherMode,
    /// Intact and from this survey, but not countable under its single-use slips: made without
    /// a slip, with a slip the key did not make, combined, or unchecked for want of the key.
    Slip,
}

impl Verdict {
    /// Every verdict, in the order the page lists their counts.
    pub const ALL: [Verdict; 8] = [
        Verdict::Accepted,
        Verdict::Duplicate,
        Verdict::Mistyped,
        Verdict::OtherSurvey,
        Verdict::OtherMode,
        Verdict::Slip,
        Verdict::NewerVersion,
        Verdict::Malformed,
    ];

    /// A stable name for data attributes, exports and tests: `accepted`, `duplicate`, `mistyped`,
    /// `other-survey`, `other-mode`, `slip`, `newer-version`, `malformed`.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Accepted => "accepted",
            Verdict::Duplicate => "duplicate",
            Verdict::Mistyped => "mistyped",
            Verdict::OtherSurvey => "other-survey",
            Verdict::NewerVersion => "newer-version",
            Verdict::Malformed => "malformed",
            Verdict::OtherMode => "other-mode",
            Verdict::Slip => "slip",
        }
    }

    fn index(self) -> usize {
        match self {
            Verdict::Accepted => 0,
            Verdict::Duplicate => 1,
            Verdict::Mistyped => 2,
            Verdict::OtherSurvey => 3,
            Verdict::NewerVersion => 4,
            Verdict::Malformed => 5,
            Verdict::OtherMode => 6,
            Verdict::Slip => 7,
        }
    }
}

/// How many tokens had each [`Verdict`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts([usize; 8]);

impl Counts {
    /// The count for `verdict`.
    pub fn get(&self, verdict: Verdict) -> usize {
        self.0[verdict.index()]
    }

    /// One more token with `verdict`.
    pub fn bump(&mut self, verdict: Verdict) {
        let slot = &mut self.0[verdict.index()];
        *slot = slot.saturating_add(1);
    }

    /// Both counts added, verdict by verdict.
    pub fn plus(mut self, other: &Counts) -> Counts {
        for (mine, theirs) in self.0.iter_mut().zip(other.0) {
            *mine = mine.saturating_add(theirs);
        }
        self
    }

    /// What was added since `earlier`, verdict by verdict (counts only grow).
    pub fn since(&self, earlier: &Counts) -> Counts {
        let mut added = *self;
        for (now, then) in added.0.iter_mut().zip(earlier.0) {
            *now = now.saturating_sub(then);
        }
        added
    }

    /// Every code-shaped token found.
    pub fn tokens(&self) -> usize {
        self.0.iter().fold(0, |sum, n| sum.saturating_add(*n))
    }

    /// Tokens that were not counted: everything but the accepted.
    pub fn problems(&self) -> usize {
        self.tokens() - self.get(Verdict::Accepted)
    }
}

/// Why scores or a tally cannot be written as a code of this survey.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EncodeError {
    /// The scores do not fit this instrument and survey.
    ScoresDoNotFit,
    /// The tally has another shape, is empty, or its counters do not add up.
    TallyDoesNotFit,
}

impl DecodeError {
    /// What the summary does with a token that fails this way.
    pub fn verdict(&self) -> Verdict {
        match self {
            DecodeError::Mistyped { .. } | DecodeError::WrongLength { .. } => Verdict::Mistyped,
            DecodeError::OtherSurvey => Verdict::OtherSurvey,
            DecodeError::NewerVersion { .. } | DecodeError::UnknownLevel => Verdict::NewerVersion,
            DecodeError::OtherMode { .. } => Verdict::OtherMode,
            DecodeError::NoSlip
            | DecodeError::ForgedSlip
            | DecodeError::CombinedWithSlips
            | DecodeError::SlipUnchecked => Verdict::Slip,
            DecodeError::InvalidCharacter { .. }
            | DecodeError::TooShort
            | DecodeError::TooLong
            | DecodeError::UnknownVersion
            | DecodeError::Malformed
            | DecodeError::Inconsistent => Verdict::Malformed,
        }
    }
}

impl Explain for DecodeError {
    fn text(&self) -> Text {
        match self {
            DecodeError::InvalidCharacter { .. } => Text {
                en: "“{character}” (character {position}) is never part of a Candor code. Codes use digits and the letters A–Z except U.",
                es: "«{character}» (carácter {position}) nunca forma parte de un código Candor. Los códigos usan dígitos y las letras A–Z excepto la U.",
            },
            DecodeError::TooShort => Text {
                en: "This is too short to be a Candor code.",
                es: "Es demasiado corto para ser un código Candor.",
            },
            DecodeError::TooLong => Text {
                en: "This is too long to be a Candor code.",
                es: "Es demasiado largo para ser un código Candor.",
            },
            DecodeError::WrongLength { near: Some(_), .. } => Text {
                en: "This code has {found} characters, but codes of this survey have {expected}: one is probably missing or doubled near character {near}. Compare it with the original; it was not counted.",
                es: "Este código tiene {found} caracteres, pero los códigos de esta encuesta tienen {expected}: probablemente falta o sobra uno cerca del carácter {near}. Compárelo con el original; no se contó.",
            },
            DecodeError::WrongLength { near: None, .. } => Text {
                en: "This code has {found} characters, but codes of this survey have {expected}. A character is probably missing or doubled.",
                es: "Este código tiene {found} caracteres, pero los códigos de esta encuesta tienen {expected}. Probablemente falta o sobra un carácter.",
            },
            DecodeError::Mistyped { near: Some(_) } => Text {
                en: "This code has a typo, probably near character {near}. Compare it with the original; it was not counted.",
                es: "Este código tiene un error de escritura, probablemente cerca del carácter {near}. Compárelo con el original; no se contó.",
            },
            DecodeError::Mistyped { near: None } => Text {
                en: "This code has a typo: its check characters do not match. Compare it with the original; it was not counted.",
                es: "Este código tiene un error de escritura: sus caracteres de control no coinciden. Compárelo con el original; no se contó.",
            },
            DecodeError::UnknownVersion => Text {
                en: "This does not start like any Candor code.",
                es: "Esto no empieza como ningún código Candor.",
            },
            DecodeError::NewerVersion { .. } => Text {
                en: "This code comes from a newer version of Candor (code format {version}). Open the summary with the newest Candor to count it.",
                es: "Este código proviene de una versión más nueva de Candor (formato {version}). Abra el resumen con la versión más reciente de Candor para contarlo.",
            },
            DecodeError::UnknownLevel => Text {
                en: "This code was made with a level of plausible deniability that this version of Candor does not know. Open the summary with the newest Candor to count it.",
                es: "Este código se hizo con un nivel de negación plausible que esta versión de Candor no conoce. Abra el resumen con la versión más reciente de Candor para contarlo.",
            },
            DecodeError::OtherMode { made: None, .. } => Text {
                en: "This code was made without plausible deniability, but this summary link has it on. True and randomized answers cannot be added together, so it is kept apart: open the summary link the survey had without plausible deniability to count it.",
                es: "Este código se hizo sin negación plausible, pero este enlace de resumen la tiene activada. Las respuestas verdaderas y las aleatorizadas no se pueden sumar, así que se deja aparte: para contarlo, abra el enlace de resumen que la encuesta tenía sin negación plausible y pegue allí el código.",
            },
            DecodeError::OtherMode { expected: None, .. } => Text {
                en: "This code was made with plausible deniability (randomized answers), but this summary link has it off. True and randomized answers cannot be added together, so it is kept apart: open the summary link the survey had with plausible deniability to count it.",
                es: "Este código se hizo con negación plausible (respuestas aleatorizadas), pero este enlace de resumen la tiene desactivada. Las respuestas verdaderas y las aleatorizadas no se pueden sumar, así que se deja aparte: para contarlo, abra el enlace de resumen que la encuesta tenía con negación plausible y pegue allí el código.",
            },
            DecodeError::OtherMode { .. } => Text {
                en: "This code was made at another level of plausible deniability than this summary link's. Answers randomized differently cannot be added together, so it is kept apart: open the summary link with that level to count it.",
                es: "Este código se hizo con un nivel de negación plausible distinto del de este enlace de resumen. Las respuestas aleatorizadas de distinta forma no se pueden sumar, así que se deja aparte: para contarlo, abra el enlace de resumen de ese nivel y pegue allí el código.",
            },
            DecodeError::OtherSurvey => Text {
                en: "This code belongs to another survey (another survey link or other settings), so it was not counted here.",
                es: "Este código pertenece a otra encuesta (otro enlace u otra configuración), así que no se contó aquí.",
            },
            DecodeError::Malformed => Text {
                en: "This code passes the typo check but holds values no survey answer can produce. It was not counted.",
                es: "Este código pasa la verificación de errores, pero contiene valores que ninguna respuesta puede producir. No se contó.",
            },
            DecodeError::Inconsistent => Text {
                en: "The numbers inside this combined code do not add up, so it was not counted. Ask the collector to combine the codes again.",
                es: "Los números de este código combinado no cuadran, así que no se contó. Pida a quien recopiló los códigos que los combine de nuevo.",
            },
            DecodeError::NoSlip => Text {
                en: "This code is from this survey but was made without a single-use slip (from the survey link before slips, or a link that was changed). Only codes with a slip are counted, so it is kept apart.",
                es: "Este código es de esta encuesta, pero se hizo sin papeleta de un solo uso (con el enlace anterior a las papeletas o con un enlace modificado). Solo se cuentan los códigos con papeleta, así que se deja aparte.",
            },
            DecodeError::ForgedSlip => Text {
                en: "This code's slip is not one of this survey's slips: it was made up, altered, or is not among the slips printed. It is kept apart.",
                es: "La papeleta de este código no es una de las papeletas de esta encuesta: se inventó, se alteró o no está entre las impresas. Se deja aparte.",
            },
            DecodeError::CombinedWithSlips => Text {
                en: "This is a combined code, and this survey uses single-use slips: a combined code cannot show that each of its respondents used a different slip, so it is kept apart. Ask the collector for the individual codes instead.",
                es: "Este es un código combinado, y esta encuesta usa papeletas de un solo uso: un código combinado no puede mostrar que cada persona usó una papeleta distinta, así que se deja aparte. Pida a quien recopiló los códigos los códigos individuales.",
            },
            DecodeError::SlipUnchecked => Text {
                en: "This code was made with a single-use slip, but this summary link does not hold the slips' key, so its slip cannot be checked. It is kept apart: open the summary link from the survey file to count it.",
                es: "Este código se hizo con una papeleta de un solo uso, pero este enlace de resumen no tiene la clave de las papeletas, así que no se puede comprobar. Se deja aparte: para contarlo, abra el enlace de resumen del archivo de la encuesta.",
            },
        }
    }

    fn values(&self, _lang: Lang) -> Vec<(&'static str, String)> {
        match self {
            DecodeError::InvalidCharacter {
                character,
                position,
            } => vec![
                ("character", character.to_string()),
                ("position", position.to_string()),
            ],
            DecodeError::WrongLength {
                expected,
                found,
                near,
            } => {
                let mut values = vec![
                    ("expected", expected.to_string()),
                    ("found", found.to_string()),
                ];
                values.extend(near.map(|near| ("near", near.to_string())));
                values
            }
            DecodeError::Mistyped { near: Some(near) } => vec![("near", near.to_string())],
            DecodeError::NewerVersion { version } => vec![("version", version.to_string())],
            _ => Vec::new(),
        }
    }
}

impl Explain for EncodeError {
    fn text(&self) -> Text {
        match self {
            EncodeError::ScoresDoNotFit => Text {
                en: "These results do not fit this survey, so no code can be made.",
                es: "Estos resultados no corresponden a esta encuesta, así que no se puede generar un código.",
            },
            EncodeError::TallyDoesNotFit => Text {
                en: "These codes cannot be combined into one code for this survey.",
                es: "Estos códigos no se pueden combinar en un solo código para esta encuesta.",
            },
        }
    }
}
