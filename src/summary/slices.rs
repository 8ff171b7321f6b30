//! Reading large texts in slices: a paste too long for the text area and a file's bytes, cut
//! where lines end so that each slice can be read on its own and the page keeps answering.

/// A paste longer than this (in bytes, about 3,400 individual codes) is not put into the text
/// area, whose own layout of a long text takes the browser seconds, but read like a file.
pub const LARGE_PASTE: usize = 100_000;

/// Bytes read between two pauses when a file or a large paste is read, so that the page keeps
/// answering input and can show how far it got. Half a megabyte (about 18,000 codes) keeps the
/// longest pause under 100 ms in `bench/summary-scale.mjs`; a whole megabyte made it about 120.
pub const SLICE: usize = 1 << 19;

/// Cuts a file's bytes, as they arrive in pieces of any size, into text that ends where a line
/// ends, so each piece can be read on its own ([`Action::Feed`]): no code spans a line break.
/// Bytes that are not UTF-8 become U+FFFD, as the browser's own reading of a text file does.
#[derive(Debug, Default)]
pub struct Lines {
    rest: Vec<u8>,
}

impl Lines {
    /// Nothing received yet.
    pub fn new() -> Lines {
        Lines::default()
    }

    /// Takes the next bytes; gives the text of every line now complete.
    pub fn push(&mut self, bytes: &[u8]) -> String {
        self.rest.extend_from_slice(bytes);
        let Some(end) = self.rest.iter().rposition(|b| *b == b'\n') else {
            return String::new();
        };
        let tail = self.rest.split_off(end + 1);
        text(std::mem::replace(&mut self.rest, tail))
    }

    /// The last line, which has no line break after it.
    pub fn finish(self) -> String {
        text(self.rest)
    }
}

/// `bytes` as text, each byte that is not UTF-8 a U+FFFD. Text that is all UTF-8, as files of
/// codes are, is checked and kept as it is, not copied.
fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes)
        .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned())
}

/// Splits `text` into pieces of about `size` bytes, each ending where a line ends (or at the end
/// of the text), for reading a large paste in slices.
pub fn slices(text: &str, size: usize) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let cut = match rest.as_bytes().get(size.max(1)..) {
            None => rest.len(),
            Some(after) => after
                .iter()
                .position(|b| *b == b'\n')
                .map_or(rest.len(), |at| size.max(1) + at + 1),
        };
        let (piece, after) = rest.split_at(cut);
        rest = after;
        Some(piece)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_end_where_lines_end_and_lose_nothing() {
        let text = "aaaa\nbb\ncccccc\nd";
        let pieces: Vec<&str> = slices(text, 3).collect();
        assert_eq!(pieces, ["aaaa\n", "bb\ncccccc\n", "d"]);
        assert_eq!(pieces.concat(), text);
        assert_eq!(slices("", 3).count(), 0);
        assert_eq!(
            slices("no line break", 2).collect::<Vec<_>>(),
            ["no line break"]
        );
    }

    #[test]
    fn lines_join_bytes_cut_anywhere_even_inside_a_character() {
        let text = "ñ1\nå2\n\nend".as_bytes();
        for cut in 0..=text.len() {
            let mut lines = Lines::new();
            let mut out = lines.push(&text[..cut]);
            out.push_str(&lines.push(&text[cut..]));
            out.push_str(&lines.finish());
            assert_eq!(out, "ñ1\nå2\n\nend", "cut at {cut}");
        }
        let mut lines = Lines::new();
        assert_eq!(lines.push(b"\xffa\n"), "\u{FFFD}a\n");
    }
}
