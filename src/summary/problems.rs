//! The tokens a wave did not count, as the page lists them: why, where (the text area or which
//! source, and the line), and the token itself shortened for display.

use crate::code::{Codec, Collector, Counts, DecodeError, Token, Verdict};
use crate::lang::{Explain, Lang, Text};

/// How many problem tokens per wave are kept for display; beyond it they are only counted, so a
/// pasted file of garbage cannot fill the memory or the page.
pub const LISTED_PROBLEMS: usize = 1_000;

/// Characters of a problem token shown before it is cut with "…".
pub const SHOWN_CHARACTERS: usize = 40;

/// Where a problem token was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// The text area.
    Typed,
    /// The source with this id.
    Source(u32),
}

impl Place {
    /// The number the collector keeps for codes read here: the source's id, or `u32::MAX` for
    /// the text area (the shell numbers sources from 1 up).
    pub(super) fn tag(self) -> u32 {
        match self {
            Place::Typed => u32::MAX,
            Place::Source(id) => id,
        }
    }
}

/// A token that was not counted, ready for display.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Why it was not counted, broadly.
    pub verdict: Verdict,
    /// The decode error, for a rejected token; `None` for a duplicate.
    pub error: Option<DecodeError>,
    /// The token as given, cut after [`SHOWN_CHARACTERS`] characters with "…".
    pub text: String,
    /// The text area or the source it is in.
    pub place: Place,
    /// Its line there, from 1.
    pub line: usize,
}

/// What is wrong with the token: the decode error's own sentence (which says near which
/// character a typo probably is, when that can be told), or why a duplicate was skipped.
impl Explain for Problem {
    fn text(&self) -> Text {
        match &self.error {
            Some(error) => error.text(),
            None => Text {
                en: "This code was already counted, earlier in these codes; the same code counts once.",
                es: "Este código ya se contó antes en estos códigos; un mismo código cuenta una sola vez.",
            },
        }
    }

    fn values(&self, lang: Lang) -> Vec<(&'static str, String)> {
        self.error
            .as_ref()
            .map(|error| error.values(lang))
            .unwrap_or_default()
    }
}

/// Reads `text` into `collector` and lists up to `room` of its problems, each with its line
/// (counting from `lines_before` + 1); gives the counts of this text's tokens.
pub(super) fn read(
    collector: &mut Collector,
    codec: &Codec,
    text: &str,
    place: Place,
    lines_before: usize,
    problems: &mut Vec<Problem>,
    room: usize,
) -> Counts {
    let before = collector.collection().counts;
    let mut lines = LineCounter::default();
    let mut listed = 0;
    collector.add_at(codec, text, place.tag(), &mut |token: Token| {
        if listed < room {
            listed += 1;
            problems.push(Problem {
                verdict: token.verdict,
                error: token.error,
                text: shorten(&token.text),
                place,
                line: lines_before + 1 + lines.newlines_before(text, token.span.start),
            });
        }
    });
    collector.collection().counts.since(&before)
}

/// How many line breaks `text` holds.
pub(super) fn newlines(text: &str) -> usize {
    text.bytes().filter(|b| *b == b'\n').count()
}

/// Counts newlines up to increasing offsets in one pass.
#[derive(Default)]
struct LineCounter {
    offset: usize,
    newlines: usize,
}

impl LineCounter {
    fn newlines_before(&mut self, text: &str, offset: usize) -> usize {
        let end = offset.min(text.len());
        if end > self.offset {
            self.newlines += text
                .as_bytes()
                .get(self.offset..end)
                .map_or(0, |bytes| bytes.iter().filter(|b| **b == b'\n').count());
            self.offset = end;
        }
        self.newlines
    }
}

/// At most [`SHOWN_CHARACTERS`] characters of `text`, cut at a character boundary, with "…" when
/// anything was cut.
pub fn shorten(text: &str) -> String {
    match text.char_indices().nth(SHOWN_CHARACTERS) {
        Some((cut, _)) => format!("{}…", text.get(..cut).unwrap_or_default()),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortening_cuts_at_a_character_boundary() {
        assert_eq!(shorten("short"), "short");
        let exact = "é".repeat(SHOWN_CHARACTERS);
        assert_eq!(shorten(&exact), exact);
        let long = format!("{exact}ñ");
        assert_eq!(shorten(&long), format!("{exact}…"));
    }

    #[test]
    fn lines_are_counted_once_up_to_increasing_offsets() {
        let text = "a\nb\n\nc";
        let mut lines = LineCounter::default();
        assert_eq!(lines.newlines_before(text, 0), 0);
        assert_eq!(lines.newlines_before(text, 2), 1);
        assert_eq!(lines.newlines_before(text, 5), 3);
        assert_eq!(lines.newlines_before(text, 99), 3);
    }
}
