//! The report as HTML text, written by the core and inserted by the summary page as it is. Pure
//! output, and written as text it costs the organizer's page far less WebAssembly than the same
//! elements built one by one. Every text from outside the program (a unit's name or a survey's
//! title from the link, a token or a file's name the organizer gave) goes through [`escape`].
//!
//! One job per file: `page` the report the page shows, `findings` its key-findings paragraph,
//! `chart` what each chart shows (the rows both the page and a saved file draw), `chart_file` a
//! chart as a standalone SVG file for slides, `heatmap` the units against the levers on the page
//! and `heatmap_file` as a saved file, `palette` the charts' colours and the heatmap's scale, `unit_reports` the printable
//! document of the unit reports, `lists` what became of
//! the codes given (the verdict counts and the list of tokens not counted).

mod action;
mod chart;
mod chart_file;
mod findings;
mod heatmap;
mod heatmap_file;
mod lists;
mod page;
mod palette;
mod staff;
mod trends;
mod unit_reports;

pub use action::did_it_help;
pub use chart::Chart;
pub use chart_file::{chart_file, CHART_WIDTH};
pub use heatmap_file::heatmap_file;
pub use lists::{found, Found, Listed};
pub use page::{report, report_sorted, Trend};
pub use palette::Palette;
pub use staff::{day_words, staff_sheet, staff_text};
pub use unit_reports::{no_report_reason, unit_reports_document, UnitChoice};

use crate::i18n::{t, Key};
use crate::instrument::{Instrument, OwnStatement};
use crate::lang::{fill, Lang};
use std::fmt::Write;

pub use crate::html::escape;

/// The parts of a stacked bar, healthy first: the CSS class that colours it and its name.
fn segments(lang: Lang) -> [(&'static str, &'static str); 4] {
    [
        ("seg--fav", t(lang, Key::ReportFavourable)),
        ("seg--neu", t(lang, Key::ReportNeutral)),
        ("seg--unf", t(lang, Key::ReportUnfavourable)),
        ("seg--na", t(lang, Key::ReportNotAnswered)),
    ]
}

/// A section's heading; in a deniable report it says that its figures are estimates.
fn heading(title: &str, estimated: bool, lang: Lang) -> String {
    if estimated {
        format!("{title} {}", t(lang, Key::ReportEstimates))
    } else {
        title.to_string()
    }
}

/// The short name of the organization's own statement `s` (from 0) where a table has a column
/// for it: "Own question 1"; [`own_columns_key`] gives each its wording.
fn own_column(s: usize, lang: Lang) -> String {
    fill(
        t(lang, Key::ReportOwnColumn),
        &[("k", &(s + 1).to_string())],
    )
}

/// Under a table with a column per statement of the organization's own, each column's short name
/// with the statement's wording (escaped: it comes from the link); nothing without statements.
fn own_columns_key(out: &mut String, statements: &[OwnStatement], lang: Lang) {
    if statements.is_empty() {
        return;
    }
    out.push_str("<ul class=\"note own-key\">");
    for s in 0..statements.len() {
        let _ = write!(
            out,
            "<li>{}: {}</li>",
            own_column(s, lang),
            statement_markup(statements, s, lang)
        );
    }
    out.push_str("</ul>");
}

/// The wording of the organization's own statement `s` as markup, in `lang`: escaped (it comes
/// from the link) and, when it has no wording in `lang`, its other language's wording marked with
/// that language, for screen readers, and followed by the words that say so.
fn statement_markup(statements: &[OwnStatement], s: usize, lang: Lang) -> String {
    match statements.get(s).map(|statement| statement.text(lang)) {
        None => String::new(),
        Some((text, written)) if written == lang => escape(text),
        Some((text, written)) => format!(
            "<span lang=\"{}\">{}</span> {}",
            written.tag(),
            escape(text),
            t(lang, Key::OwnOtherLanguage)
        ),
    }
}

/// A lever's name in `lang`.
fn lever_name(instrument: &Instrument, index: usize, lang: Lang) -> &'static str {
    instrument
        .levers
        .get(index)
        .map(|lever| lever.name.get(lang))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_from_outside_cannot_become_markup() {
        assert_eq!(
            escape("<img src=x onerror=\"a('b')\"> & co"),
            "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; co"
        );
    }
}
