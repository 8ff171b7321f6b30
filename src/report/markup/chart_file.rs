//! A chart as a standalone SVG file, for slides: its title, the survey's name and the number of
//! responses written on the image, and its colours and patterns fixed in the file, since no
//! stylesheet goes with it.

use super::chart::{parts, Chart, Rows};
use super::palette::Palette;
use super::{escape, heading, segments};
use crate::format::percent;
use crate::i18n::{t, Key};
use crate::instrument::Instrument;
use crate::lang::{fill, Lang};
use crate::report::Figures;
use std::fmt::Write;

/// The width of a saved chart, in pixels; its height follows from its rows.
pub const CHART_WIDTH: u32 = 800;

/// `chart` of `figures` as a standalone SVG file: its title, the survey's name and the number of
/// responses written on the image, every part labelled (colours and patterns fixed in the file,
/// as on a printed page). `None` when the report has no such chart (levels in a deniable report).
pub fn chart_file(
    chart: Chart,
    instrument: &Instrument,
    figures: &Figures,
    survey: &str,
    n: u64,
    estimated: bool,
    lang: Lang,
) -> Option<(String, u32)> {
    // Each row: its name and its parts' shares (a plain bar has one part).
    let (rows, stacked): (Vec<(String, [f64; 4])>, bool) =
        match chart.rows(instrument, figures, lang) {
            Rows::Shares(rows) => (
                rows.into_iter()
                    .map(|(name, p)| (name, [p.share, 0.0, 0.0, 0.0]))
                    .collect(),
                false,
            ),
            Rows::Stacks(rows) => (
                rows.into_iter()
                    .map(|(name, d)| (name.to_string(), parts(d).map(|p| p.share)))
                    .collect(),
                true,
            ),
        };
    let title = chart.title(lang);
    if rows.is_empty() {
        return None;
    }
    let top: u32 = if stacked { 112 } else { 84 };
    let height = top + 40 * rows.len() as u32 + 12;
    let subtitle = fill(
        t(lang, Key::ChartSubtitle),
        &[("survey", survey), ("n", &n.to_string())],
    );
    let p = &Palette::FILE;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{CHART_WIDTH}\" height=\"{height}\" viewBox=\"0 0 {CHART_WIDTH} {height}\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\" font-size=\"13\"><defs><pattern id=\"u\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"{unf}\"/><rect width=\"2\" height=\"6\" fill=\"{line}\" opacity=\"0.6\"/></pattern><pattern id=\"e\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"><rect width=\"5\" height=\"5\" fill=\"{neu}\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.1\" fill=\"{dot}\"/></pattern></defs><rect width=\"100%\" height=\"100%\" fill=\"{bg}\"/><text x=\"16\" y=\"32\" font-size=\"20\" font-weight=\"bold\">{}</text><text x=\"16\" y=\"56\" font-size=\"14\" fill=\"#333\">{}</text>",
        escape(&heading(title, estimated, lang)),
        escape(&subtitle),
        unf = p.unf,
        line = p.line,
        neu = p.neu,
        dot = p.dot,
        bg = p.bg,
    );
    let fills = [p.fav, "url(#e)", "url(#u)", p.na];
    if stacked {
        for (i, (_, label)) in segments(lang).iter().enumerate() {
            let x = 16 + 190 * i;
            let _ = write!(
                out,
                "<rect x=\"{x}\" y=\"72\" width=\"14\" height=\"14\" fill=\"{}\" stroke=\"{}\"/><text x=\"{}\" y=\"84\">{label}</text>",
                fills[i],
                p.border,
                x + 20
            );
        }
    }
    for (row, (label, shares)) in rows.iter().enumerate() {
        let y = top + 40 * row as u32;
        // A long name is fitted into the 320 pixels before the bars.
        let fit = if label.chars().count() > 48 {
            " textLength=\"320\" lengthAdjust=\"spacingAndGlyphs\""
        } else {
            ""
        };
        let _ = write!(
            out,
            "<text x=\"16\" y=\"{}\"{fit}>{}</text>",
            y + 24,
            escape(label)
        );
        // Bars from x = 350 to 740 (390 pixels); a plain bar's share at its end.
        if !stacked {
            let _ = write!(
                out,
                "<rect x=\"350\" y=\"{}\" width=\"390\" height=\"20\" fill=\"{}\"/><text x=\"792\" y=\"{}\" text-anchor=\"end\">{}</text>",
                y + 10,
                p.track,
                y + 25,
                percent(shares[0], lang)
            );
        }
        let mut from = 350.0;
        for (i, share) in shares.iter().enumerate().take(if stacked { 4 } else { 1 }) {
            let width = 390.0 * share;
            let _ = write!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"20\" fill=\"{}\" stroke=\"{}\"/>",
                from as u32,
                y + 10,
                width.round() as u32,
                fills[i],
                p.bg
            );
            // Each part wide enough carries its share, so no colour is needed to read it.
            if stacked && i < 3 && width >= 34.0 {
                // Paper-coloured on the dark favourable part, ink on the others.
                let (ink, halo) = if i == 0 {
                    (p.bg, p.fav)
                } else {
                    (p.text, p.bg)
                };
                let _ = write!(
                    out,
                    "<text x=\"{}\" y=\"{}\" font-size=\"12\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"{ink}\" stroke=\"{halo}\" stroke-width=\"3\" paint-order=\"stroke\">{}</text>",
                    (from + width / 2.0) as u32,
                    y + 25,
                    percent(*share, lang)
                );
            }
            from += width;
        }
    }
    out.push_str("</svg>");
    Some((out, height))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A saved chart names itself, the survey (escaped: its title comes from the link) and the
    /// count; every row is there with its share; a report without levels has no levels chart.
    #[test]
    fn a_saved_chart_carries_its_title_the_survey_and_the_count() {
        use crate::instrument::{Shape, DEFAULT};
        use crate::scoring::{Bin, Scores};
        let codec = crate::code::Codec::new(&DEFAULT, &Shape::new("charts")).unwrap();
        let mut tally = codec.empty_tally();
        for i in 0..20u8 {
            assert!(tally.add(&Scores {
                burnout: 1 + i % 5,
                outcomes: vec![Some(Bin::Favourable), None, Some(Bin::Unfavourable), None],
                levers: vec![Some(1 + i % 5), None, Some(3), Some(5), Some(1)],
                priorities: 0b1,
                unit: None,
                role: None,
                statements: Vec::new(),
            }));
        }
        let report = crate::report::summarize(&DEFAULT, &tally, 5);
        let figures = report.figures.as_ref().unwrap();
        let survey = "Ward <A> & \"B\"";
        for chart in [
            Chart::Levels,
            Chart::Outcomes,
            Chart::Levers,
            Chart::Priorities,
        ] {
            assert_eq!(Chart::from_id(chart.id()), Some(chart));
            let (svg, height) =
                chart_file(chart, &DEFAULT, figures, survey, 20, false, Lang::En).unwrap();
            assert!(
                svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                    && svg.ends_with("</svg>")
            );
            assert!(svg.contains(&format!("height=\"{height}\"")));
            assert!(
                svg.contains("Ward &lt;A&gt; &amp; &quot;B&quot; — 20 responses"),
                "{svg}"
            );
            assert!(!svg.contains("<A>"));
            assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
        }
        let (levels, _) = chart_file(
            Chart::Levels,
            &DEFAULT,
            figures,
            survey,
            20,
            false,
            Lang::En,
        )
        .unwrap();
        assert!(
            levels.contains("Responses at each burnout level") && levels.contains(">20%</text>")
        );
        let (levers, _) = chart_file(
            Chart::Levers,
            &DEFAULT,
            figures,
            survey,
            20,
            false,
            Lang::Es,
        )
        .unwrap();
        assert!(levers.contains("Las cinco palancas") && levers.contains("url(#u)"));
        let mut no_levels = figures.clone();
        no_levels.burnout_levels.clear();
        assert_eq!(
            chart_file(
                Chart::Levels,
                &DEFAULT,
                &no_levels,
                survey,
                20,
                true,
                Lang::En
            ),
            None
        );
    }
}
