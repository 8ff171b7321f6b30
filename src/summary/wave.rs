//! One wave's reading: the text area's text and every file or large paste, read into one
//! collector in order, with the problems found in each.

use std::sync::Arc;

use super::problems::{newlines, read, Place, Problem, LISTED_PROBLEMS};
use crate::code::{Codec, Collector, Counts, SlipCheck, Verdict};
use crate::i18n::{t, Key};
use crate::lang::Lang;
use crate::report::Staff;

/// Where a source's text came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A file chosen or dropped, by name.
    File(String),
    /// A paste too large for the text area ([`LARGE_PASTE`](super::LARGE_PASTE)).
    Paste,
}

/// A file or a large paste, read into the model in slices and listed on its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// The shell's number for it, unique within the page.
    pub id: u32,
    /// Where it came from.
    pub origin: Origin,
    /// Its whole size in bytes, as announced when it was opened.
    pub size: usize,
    /// Bytes read so far.
    pub read: usize,
    /// Its tokens by verdict.
    pub counts: Counts,
    /// The browser could not read it (it moved, or access was refused).
    pub unreadable: bool,
    /// Lines read so far, counted as each slice comes.
    lines: usize,
    /// Its good codes whose single-use slip came in another code too, so that none is counted.
    reused: usize,
}

impl Source {
    /// Codes of this source that count: the accepted ones, less those whose single-use slip came
    /// in another code too (which may be in another source).
    pub fn counted(&self) -> usize {
        self.counts
            .get(Verdict::Accepted)
            .saturating_sub(self.reused)
    }

    /// Code-shaped tokens of this source that do not count, for whatever reason.
    pub fn not_counted(&self) -> usize {
        self.counts.problems() + self.reused.min(self.counts.get(Verdict::Accepted))
    }

    /// How the source is named in lists and problem lines: the file's name, or "Pasted text".
    pub fn name(&self, lang: Lang) -> String {
        match &self.origin {
            Origin::File(name) => name.clone(),
            Origin::Paste => t(lang, Key::PastedText).to_string(),
        }
    }

    /// Whether every byte has been read (or the source could not be read at all).
    pub fn done(&self) -> bool {
        self.unreadable || self.read >= self.size
    }
}

/// One wave's state: what the organizer gave it and what was read from it.
#[derive(Clone, Debug)]
pub(super) struct WaveState {
    /// Files and large pastes, in the order they were opened.
    pub(super) sources: Vec<Source>,
    /// Each source's slices as read, kept to read again when an earlier source is removed. Shared,
    /// so that a copy of the model (one per action) does not copy the text.
    pub(super) texts: Vec<Vec<Arc<str>>>,
    /// The text area's text, read on top of the sources once every one of them is read.
    pub(super) typed: String,
    /// Every source read, in order.
    pub(super) from_sources: Collector,
    /// `from_sources` with the text area read on top; `None` while the text area is empty or a
    /// source is still being read.
    pub(super) with_typed: Option<Collector>,
    /// Problems in the sources, then in the text area; at most [`LISTED_PROBLEMS`] in all.
    pub(super) source_problems: Vec<Problem>,
    pub(super) typed_problems: Vec<Problem>,
    /// The staff invited to this wave, in total and per unit (the organizer's numbers).
    pub(super) staff: Staff,
}

impl WaveState {
    /// Nothing given yet, for codes of `codec`'s survey, checked against its slips when `slips`.
    pub(super) fn new(codec: &Codec, slips: Option<SlipCheck>) -> WaveState {
        WaveState {
            sources: Vec::new(),
            texts: Vec::new(),
            typed: String::new(),
            from_sources: Collector::with_slips(codec, slips),
            with_typed: None,
            source_problems: Vec::new(),
            typed_problems: Vec::new(),
            staff: Staff::default(),
        }
    }

    /// Whether anything was given: text in the text area, or a file or large paste.
    pub(super) fn given(&self) -> bool {
        !self.typed.is_empty() || !self.sources.is_empty()
    }

    pub(super) fn collector(&self) -> &Collector {
        self.with_typed.as_ref().unwrap_or(&self.from_sources)
    }

    pub(super) fn set_typed(&mut self, codec: &Codec, text: String) {
        self.typed = text;
        self.read_typed(codec);
    }

    /// Reads the text area again on top of the sources: codes in it that a source already holds
    /// are its duplicates.
    pub(super) fn read_typed(&mut self, codec: &Codec) {
        self.typed_problems.clear();
        if self.typed.is_empty() {
            self.with_typed = None;
            self.count_reused();
            return;
        }
        let mut collector = self.from_sources.clone();
        let room = LISTED_PROBLEMS.saturating_sub(self.source_problems.len());
        read(
            &mut collector,
            codec,
            &self.typed,
            Place::Typed,
            0,
            &mut self.typed_problems,
            room,
        );
        self.with_typed = Some(collector);
        self.count_reused();
    }

    /// Tells each source how many of its codes a reused slip keeps from counting: reuse depends
    /// on every code given, so it is worked out again after each read.
    fn count_reused(&mut self) {
        let places: Vec<u32> = self
            .collector()
            .collection()
            .slips
            .iter()
            .flat_map(|slips| &slips.reused)
            .flat_map(|slip| slip.places.iter().copied())
            .collect();
        for source in &mut self.sources {
            source.reused = places.iter().filter(|place| **place == source.id).count();
        }
    }

    pub(super) fn open(&mut self, id: u32, origin: Origin, size: usize) {
        if self.sources.iter().any(|s| s.id == id) {
            return;
        }
        self.sources.push(Source {
            id,
            origin,
            size,
            read: 0,
            counts: Counts::default(),
            unreadable: false,
            lines: 0,
            reused: 0,
        });
        self.texts.push(Vec::new());
    }

    pub(super) fn feed(&mut self, codec: &Codec, id: u32, slice: String) {
        let Some(index) = self.sources.iter().position(|s| s.id == id) else {
            return;
        };
        if slice.is_empty() {
            return;
        }
        let source = &mut self.sources[index];
        let room = LISTED_PROBLEMS.saturating_sub(self.source_problems.len());
        let counts = read(
            &mut self.from_sources,
            codec,
            &slice,
            Place::Source(id),
            source.lines,
            &mut self.source_problems,
            room,
        );
        source.counts = source.counts.plus(&counts);
        source.lines += newlines(&slice);
        source.read = source.read.saturating_add(slice.len());
        if let Some(text) = self.texts.get_mut(index) {
            text.push(Arc::from(slice));
        }
        self.settle(codec);
    }

    pub(super) fn unreadable(&mut self, codec: &Codec, id: u32) {
        if let Some(source) = self.sources.iter_mut().find(|s| s.id == id) {
            source.unreadable = true;
        }
        self.settle(codec);
    }

    /// Once every source is read, reads the text area again on top of them: its duplicates may
    /// have changed. While one is still being read, the wave holds the sources' codes so far
    /// alone: reading the text area on top takes a copy of the sources' memory of codes, and a
    /// copy per slice made a file of a million codes copy that memory sixty times.
    fn settle(&mut self, codec: &Codec) {
        if self.sources.iter().all(Source::done) {
            self.read_typed(codec);
        } else {
            self.with_typed = None;
            self.typed_problems.clear();
            self.count_reused();
        }
    }

    /// Forgets source `id`, then reads the remaining sources and the text area again: which copy
    /// of a code counts and which is its duplicate can change.
    pub(super) fn remove(&mut self, codec: &Codec, id: u32) {
        let Some(index) = self.sources.iter().position(|s| s.id == id) else {
            return;
        };
        self.sources.remove(index);
        self.texts.remove(index);
        self.from_sources = self.from_sources.emptied(codec);
        self.source_problems.clear();
        for (source, slices) in self.sources.iter_mut().zip(&self.texts) {
            source.counts = Counts::default();
            let mut lines = 0;
            for slice in slices {
                let room = LISTED_PROBLEMS.saturating_sub(self.source_problems.len());
                let counts = read(
                    &mut self.from_sources,
                    codec,
                    slice,
                    Place::Source(source.id),
                    lines,
                    &mut self.source_problems,
                    room,
                );
                source.counts = source.counts.plus(&counts);
                lines += newlines(slice);
            }
        }
        self.read_typed(codec);
    }
}
