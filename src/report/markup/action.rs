//! "Did it help?": each of the organizer's commitments beside the change, between two waves, in
//! the lever it addressed — the change with its interval always, and words for it only where the
//! interval supports them (`report::direction`, the key findings' rule).

use super::{escape, lever_name};
use crate::format::{percent, points};
use crate::i18n::{t, Key};
use crate::instrument::Instrument;
use crate::lang::{fill, Lang};
use crate::report::action::Plan;
use crate::report::{direction, Comparison, Direction};
use std::fmt::Write;

/// The section, or nothing when the plan has no commitment. `comparison` is the change from the
/// wave the commitments answered to the one after it, named by `waves` (earlier, later).
pub fn did_it_help(
    instrument: &Instrument,
    plan: &Plan,
    comparison: &Comparison,
    waves: (&str, &str),
    lang: Lang,
) -> String {
    let mut used = plan
        .used()
        .filter(|(_, c)| !c.what.trim().is_empty())
        .peekable();
    if used.peek().is_none() {
        return String::new();
    }
    let mut out = format!(
        "<section aria-labelledby=\"r-help\" data-section=\"did-it-help\"><h2 id=\"r-help\">{}</h2>",
        t(lang, Key::HelpTitle)
    );
    let Some(figures) = &comparison.figures else {
        let _ = write!(
            out,
            "<p>{}</p></section>",
            fill(
                t(lang, Key::ReportWavesTooFew),
                &[("m", &comparison.min_group.to_string())]
            )
        );
        return out;
    };
    let _ = write!(
        out,
        "<p>{}</p><ul class=\"help\">",
        escape(&fill(
            t(lang, Key::HelpIntro),
            &[("from", waves.0), ("to", waves.1)]
        ))
    );
    for (slot, c) in used {
        let _ = write!(
            out,
            "<li data-commitment=\"{}\"><strong>{}</strong>",
            slot + 1,
            escape(c.what.trim())
        );
        if !c.after.is_empty() {
            let _ = write!(
                out,
                " <span class=\"note\">({})</span>",
                escape(&fill(t(lang, Key::HelpAfter), &[("after", &c.after)]))
            );
        }
        let lever = instrument.levers.iter().position(|l| l.id == c.lever);
        match lever.and_then(|v| Some((v, figures.levers.get(v)?))) {
            None => {
                let _ = write!(out, "<br>{}", t(lang, Key::HelpNoLever));
            }
            Some((v, change)) => {
                let f = &change.favourable;
                let d = &f.difference;
                // Constant keys only: see `markup::staff::day_words`.
                let (name, words) = match direction(d) {
                    Some(Direction::Up) => ("up", t(lang, Key::HelpUp)),
                    Some(Direction::Down) => ("down", t(lang, Key::HelpDown)),
                    None => ("unclear", t(lang, Key::HelpUnclear)),
                };
                let _ = write!(
                    out,
                    "<br>{} <span data-direction=\"{}\">{}</span>",
                    fill(
                        t(lang, Key::HelpLine),
                        &[
                            ("lever", lever_name(instrument, v, lang)),
                            ("before", &percent(f.baseline.share, lang)),
                            ("after", &percent(f.follow_up.share, lang)),
                            ("diff", &points(d.estimate)),
                            ("low", &points(d.interval.low)),
                            ("high", &points(d.interval.high)),
                        ],
                    ),
                    name,
                    words
                );
            }
        }
        out.push_str("</li>");
    }
    out.push_str("</ul></section>");
    out
}
