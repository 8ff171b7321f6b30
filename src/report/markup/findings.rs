//! The key findings as one paragraph of text; the rules of `report::findings` decide what it may
//! say, this only words it.

use super::{escape, lever_name};
use crate::format::percent;
use crate::i18n::{t, Key};
use crate::instrument::Instrument;
use crate::lang::{fill, Lang};
use crate::report::{Findings, Position};

/// `a`, `a and b`, `a, b and c`, in `lang`.
fn listed(items: &[String], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [first @ .., last] => format!("{} {} {last}", first.join(", "), t(lang, Key::FindingAnd)),
    }
}

/// The key findings, one paragraph; the rules of `report::findings` decide what it says.
pub(super) fn findings_paragraph(instrument: &Instrument, f: &Findings, lang: Lang) -> String {
    let burnout = &f.burnout;
    let first = if f.estimated {
        t(lang, Key::FindingBurnoutEstimated)
    } else {
        t(lang, Key::FindingBurnout)
    };
    let mut sentences = vec![fill(
        first,
        &[
            ("share", &percent(burnout.share, lang)),
            ("n", &burnout.base.to_string()),
            ("low", &percent(burnout.interval.low, lang)),
            ("high", &percent(burnout.interval.high, lang)),
        ],
    )];
    if let Some((references, position)) = &f.context {
        let sentence = match position {
            Position::Above => t(lang, Key::FindingAbove),
            Position::Below => t(lang, Key::FindingBelow),
            Position::Unclear => t(lang, Key::FindingUnclear),
        };
        let figures: Vec<String> = references
            .iter()
            .map(|r| format!("{} ({})", percent(r.share, lang), r.year))
            .collect();
        sentences.push(fill(sentence, &[("figures", &listed(&figures, lang))]));
    }
    let levers: Vec<String> = f
        .drivers
        .iter()
        .map(|&v| lever_name(instrument, v, lang).to_string())
        .collect();
    sentences.push(match levers.len() {
        0 => t(lang, Key::FindingNoDriver).to_string(),
        1 => fill(t(lang, Key::FindingDriver), &[("levers", &levers[0])]),
        _ => fill(
            t(lang, Key::FindingDrivers),
            &[("levers", &listed(&levers, lang))],
        ),
    });
    if !f.priorities.is_empty() {
        let (options, _) = instrument.priority_options();
        let chosen: Vec<String> = f
            .priorities
            .iter()
            .map(|p| {
                let name = options
                    .get(p.index)
                    .map(|o| o.get(lang))
                    .unwrap_or_default();
                format!("{name} ({})", percent(p.share.share, lang))
            })
            .collect();
        // Estimated shares are named as such: their order is an estimate too.
        let sentence = if f.estimated {
            t(lang, Key::FindingPrioritiesEstimated)
        } else {
            t(lang, Key::FindingPriorities)
        };
        sentences.push(fill(sentence, &[("list", &listed(&chosen, lang))]));
    }
    if let Some((n, invited)) = f.response {
        sentences.push(fill(
            t(lang, Key::FindingResponse),
            &[
                ("n", &n.to_string()),
                ("invited", &invited.to_string()),
                ("rate", &percent(n as f64 / invited as f64, lang)),
            ],
        ));
    }
    format!(
        "<section class=\"findings panel\" aria-labelledby=\"r-findings\"><h2 id=\"r-findings\">{}</h2><p data-figure=\"findings\">{}</p></section>",
        t(lang, Key::FindingsTitle),
        escape(&sentences.join(" "))
    )
}
