//! The saved form of a survey under way: what the tab's session storage keeps so that a reload
//! resumes, and nothing once the survey ends or on a shared device.

use super::{Flow, Progress, Step};
use crate::code::Slip;
use crate::scoring::Answer;

/// The format of [`Saved`] this Candor writes and reads; a tab left open across an update starts
/// afresh rather than misreading answers.
pub(super) const SAVED_FORMAT: u8 = 2;

/// A survey under way, as the tab's session storage keeps it so that a reload resumes. Removed the
/// moment the survey ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    /// [`SAVED_FORMAT`].
    pub format: u8,
    /// The section shown, from 0.
    pub section: usize,
    /// The nonce the code will carry.
    pub nonce: u64,
    /// The single-use slip the code will carry instead, its 35 bits, in a survey with slips.
    pub slip: Option<u64>,
    /// Every item's answer, by position in the instrument.
    pub answers: Vec<Option<Answer>>,
}

impl Saved {
    /// The text kept in storage: `format;section;nonce;slip;answers` (the slip's 35 bits as a
    /// number, or empty), the answers comma-separated in
    /// item order, each empty (none), a number (one option) or `s` and numbers joined by `.`
    /// (several options).
    pub fn to_text(&self) -> String {
        let answers: Vec<String> = self
            .answers
            .iter()
            .map(|answer| match answer {
                None => String::new(),
                Some(Answer::One(option)) => option.to_string(),
                Some(Answer::Several(chosen)) => {
                    let list: Vec<String> = chosen.iter().map(u8::to_string).collect();
                    format!("s{}", list.join("."))
                }
            })
            .collect();
        format!(
            "{};{};{};{};{}",
            self.format,
            self.section,
            self.nonce,
            self.slip.map(|s| s.to_string()).unwrap_or_default(),
            answers.join(",")
        )
    }

    /// Reads what [`Saved::to_text`] wrote; `None` for anything else.
    pub fn from_text(text: &str) -> Option<Saved> {
        let mut parts = text.splitn(5, ';');
        let format = parts.next()?.parse().ok()?;
        let section = parts.next()?.parse().ok()?;
        let nonce = parts.next()?.parse().ok()?;
        let slip = match parts.next()? {
            "" => None,
            bits => Some(bits.parse().ok()?),
        };
        let answers = parts
            .next()?
            .split(',')
            .map(|entry| match entry {
                "" => Some(None),
                _ => Some(Some(match entry.strip_prefix('s') {
                    Some("") => Answer::Several(Vec::new()),
                    Some(list) => Answer::Several(
                        list.split('.')
                            .map(|c| c.parse().ok())
                            .collect::<Option<Vec<u8>>>()?,
                    ),
                    None => Answer::One(entry.parse().ok()?),
                })),
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Saved {
            format,
            section,
            nonce,
            slip,
            answers,
        })
    }
}

impl Progress {
    /// What the tab's session storage keeps while a survey is under way: the section, the nonce
    /// and the answers. `None` when there is nothing to keep (before the start and after the end),
    /// and always on a shared device, where a reload or a closed tab starts afresh.
    pub fn save(&self, flow: &Flow) -> Option<Saved> {
        let Step::Section(section) = self.step else {
            return None;
        };
        if flow.shared {
            return None;
        }
        Some(Saved {
            format: SAVED_FORMAT,
            section,
            nonce: self.nonce,
            slip: self.slip.map(Slip::bits),
            answers: (0..self.answers.len())
                .map(|i| self.answers.get(i).cloned())
                .collect(),
        })
    }

    /// Takes up what [`Progress::save`] kept. Anything unexpected — another format, another
    /// instrument, an answer that does not fit — gives `None`, and the survey starts afresh. On a
    /// shared device nothing is taken up, whatever the tab held before.
    pub fn restore(flow: &Flow, saved: &Saved) -> Option<Progress> {
        if flow.shared
            || saved.format != SAVED_FORMAT
            || saved.section >= flow.sections().len()
            || saved.answers.len() != flow.no_answers().len()
        {
            return None;
        }
        let mut progress = Progress::new(flow, saved.nonce);
        // A survey with slips resumes only with its slip: without one it starts afresh.
        if flow.slips {
            progress.slip = Some(Slip::from_bits(saved.slip?));
        }
        progress.step = Step::Section(saved.section);
        for (index, answer) in saved.answers.iter().enumerate() {
            if let Some(answer) = answer {
                if !flow.fits(index, answer) {
                    return None;
                }
                progress.answers.set(index, Some(answer.clone()));
            }
        }
        Some(progress)
    }
}
