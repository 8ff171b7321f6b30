//! The charts of the report and what each shows. Each chart's rows are made once, here, and
//! drawn twice: on the page (`page`) and in a saved file (`chart_file`), so the two cannot differ.

use super::lever_name;
use crate::i18n::{t, Key};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::report::{Distribution, Figures, Proportion};

/// A chart of the report that can be saved as an image file, for slides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chart {
    /// Burnout levels 1–5 (not in a deniable report, which has none).
    Levels,
    /// The outcomes' stacked bars.
    Outcomes,
    /// The levers' stacked bars.
    Levers,
    /// The priorities, most chosen first.
    Priorities,
    /// The units against the levers (`heatmap_file` draws it: it needs the units' names).
    Heatmap,
}

impl Chart {
    /// Its name in file names and in the page's `data-chart`.
    pub fn id(self) -> &'static str {
        match self {
            Chart::Levels => "levels",
            Chart::Outcomes => "outcomes",
            Chart::Levers => "levers",
            Chart::Priorities => "priorities",
            Chart::Heatmap => "heatmap",
        }
    }

    /// The chart named `id`.
    pub fn from_id(id: &str) -> Option<Chart> {
        [
            Chart::Levels,
            Chart::Outcomes,
            Chart::Levers,
            Chart::Priorities,
            Chart::Heatmap,
        ]
        .into_iter()
        .find(|chart| chart.id() == id)
    }
}

impl Chart {
    /// Its title: the heading of a saved file, the caption of the page's table of bars.
    pub(super) fn title(self, lang: Lang) -> &'static str {
        // Each key named where it is used, so only these strings enter the page.
        match self {
            Chart::Levels => t(lang, Key::ReportLevelsCaption),
            Chart::Outcomes => t(lang, Key::ReportOutcomesTitle),
            Chart::Levers => t(lang, Key::ReportLeversTitle),
            Chart::Priorities => t(lang, Key::ReportPrioritiesTitle),
            Chart::Heatmap => t(lang, Key::HeatmapTitle),
        }
    }

    /// Its rows, in the order drawn.
    pub(super) fn rows<'a>(
        self,
        instrument: &Instrument,
        figures: &'a Figures,
        lang: Lang,
    ) -> Rows<'a> {
        match self {
            Chart::Levels => Rows::Shares(
                figures
                    .burnout_levels
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (format!("{} {}", t(lang, Key::ReportLevel), i + 1), *p))
                    .collect(),
            ),
            Chart::Priorities => {
                let (options, _) = instrument.priority_options();
                Rows::Shares(
                    figures
                        .priorities
                        .iter()
                        .map(|r| {
                            let name = options
                                .get(r.index)
                                .map(|o| o.get(lang))
                                .unwrap_or_default();
                            (name.to_string(), r.share)
                        })
                        .collect(),
                )
            }
            Chart::Outcomes => Rows::Stacks(
                figures
                    .outcomes
                    .iter()
                    .map(|d| {
                        let name = instrument
                            .outcomes
                            .get(d.index)
                            .map(|o| o.name.get(lang))
                            .unwrap_or_default();
                        (name, d)
                    })
                    .collect(),
            ),
            // A grid, not rows of bars: `heatmap_file` draws it.
            Chart::Heatmap => Rows::Shares(Vec::new()),
            Chart::Levers => Rows::Stacks(
                figures
                    .levers
                    .iter()
                    .map(|d| (lever_name(instrument, d.index, lang), d))
                    .collect(),
            ),
        }
    }
}

/// A chart's rows: each row's name and what its bar shows.
pub(super) enum Rows<'a> {
    /// One bar a row: a share of respondents (burnout levels, priorities).
    Shares(Vec<(String, Proportion)>),
    /// One stacked bar a row: favourable, neutral, unfavourable, not answered (outcomes, levers).
    Stacks(Vec<(&'static str, &'a Distribution)>),
}

/// The parts of a stacked bar, healthy first, in the order of `segments`.
pub(super) fn parts(d: &Distribution) -> [Proportion; 4] {
    [d.favourable, d.neutral, d.unfavourable, d.not_answered]
}
