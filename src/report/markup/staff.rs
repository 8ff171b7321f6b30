//! The staff one-pager, "What you told us — what we will do", in words: as HTML for the poster and
//! as plain text for e-mail or the intranet. Both are written from one list of [`Block`]s, so the
//! two never say different things. What it says is chosen by `report::staff_page`; the
//! commitments are the organizer's text and are escaped in the HTML.

use super::{escape, lever_name};
use crate::format::percent;
use crate::i18n::{t, Key};
use crate::instrument::{Instrument, OwnStatement};
use crate::lang::{fill, Lang};
use crate::report::action::{Day, Plan};
use crate::report::{in_ten, statement_label, StaffPage};
use std::fmt::Write;

/// A day as people write it: "March 31, 2027", "31 de marzo de 2027".
pub fn day_words(day: Day, lang: Lang) -> String {
    // Each key named as a constant: a key chosen at run time would bring every string of the
    // table into the page (`i18n::t` is inlined so that each page carries only what it names).
    let month = match day.month {
        1 => t(lang, Key::Month1),
        2 => t(lang, Key::Month2),
        3 => t(lang, Key::Month3),
        4 => t(lang, Key::Month4),
        5 => t(lang, Key::Month5),
        6 => t(lang, Key::Month6),
        7 => t(lang, Key::Month7),
        8 => t(lang, Key::Month8),
        9 => t(lang, Key::Month9),
        10 => t(lang, Key::Month10),
        11 => t(lang, Key::Month11),
        _ => t(lang, Key::Month12),
    };
    fill(
        t(lang, Key::StaffDate),
        &[
            ("month", month),
            ("day", &day.day.to_string()),
            ("year", &day.year.to_string()),
        ],
    )
}

/// One piece of the one-pager; texts unescaped.
enum Block {
    Title(String),
    Subtitle(String),
    Heading(String),
    Paragraph(String),
    /// Items, each a main text and an optional line under it.
    List(Vec<(String, Option<String>)>),
}

fn blocks(
    instrument: &Instrument,
    page: &StaffPage,
    plan: &Plan,
    (survey, statements): (&str, &[OwnStatement]),
    lang: Lang,
) -> Vec<Block> {
    let mut out = vec![
        Block::Title(t(lang, Key::ActionTitle).to_string()),
        Block::Subtitle(survey.to_string()),
        Block::Paragraph(fill(
            t(lang, Key::StaffAnswered),
            &[("n", &page.n.to_string())],
        )),
    ];
    match &page.figures {
        None => out.push(Block::Paragraph(fill(
            t(lang, Key::StaffTooFew),
            &[("m", &page.min_group.to_string())],
        ))),
        Some(f) => {
            if page.estimated {
                out.push(Block::Paragraph(t(lang, Key::StaffEstimates).to_string()));
            }
            out.push(Block::Heading(t(lang, Key::StaffBurnoutTitle).to_string()));
            let share = percent(f.burnout.share, lang);
            let sentence = match in_ten(f.burnout.share) {
                0 => fill(t(lang, Key::StaffBurnoutFew), &[("share", &share)]),
                10 => fill(t(lang, Key::StaffBurnoutMost), &[("share", &share)]),
                k => fill(
                    t(lang, Key::StaffBurnout),
                    &[("k", &k.to_string()), ("share", &share)],
                ),
            };
            out.push(Block::Paragraph(sentence));
            if !f.lowest.is_empty() {
                out.push(Block::Heading(t(lang, Key::StaffLowestTitle).to_string()));
                out.push(Block::List(
                    f.lowest
                        .iter()
                        .map(|(lever, share)| {
                            let line = fill(
                                t(lang, Key::StaffLowest),
                                &[
                                    ("lever", lever_name(instrument, *lever, lang)),
                                    ("share", &percent(share.share, lang)),
                                ],
                            );
                            (line, None)
                        })
                        .collect(),
                ));
            }
            let (options, _) = instrument.priority_options();
            if !f.asked.is_empty() {
                out.push(Block::Heading(t(lang, Key::StaffAskedTitle).to_string()));
                out.push(Block::List(
                    f.asked
                        .iter()
                        .map(|p| {
                            let option = options.get(p.index).map_or("", |o| o.get(lang));
                            let line = fill(
                                t(lang, Key::StaffAsked),
                                &[("option", option), ("share", &percent(p.share.share, lang))],
                            );
                            (line, None)
                        })
                        .collect(),
                ));
            }
            // The organization's own statements: each wording with how many agreed.
            if !f.own.is_empty() {
                out.push(Block::Heading(t(lang, Key::StaffOwnTitle).to_string()));
                out.push(Block::Paragraph(t(lang, Key::StaffOwnNote).to_string()));
                out.push(Block::List(
                    f.own
                        .iter()
                        .map(|(s, share)| {
                            let line = fill(
                                t(lang, Key::StaffOwn),
                                &[("share", &percent(share.share, lang))],
                            );
                            (statement_label(statements, *s, lang), Some(line))
                        })
                        .collect(),
                ));
            }
        }
    }
    out.push(Block::Heading(t(lang, Key::StaffPlanTitle).to_string()));
    let commitments: Vec<(String, Option<String>)> = plan
        .used()
        .filter(|(_, c)| !c.what.trim().is_empty())
        .map(|(_, c)| {
            let mut detail = Vec::new();
            if !c.who.trim().is_empty() {
                detail.push(fill(t(lang, Key::StaffWho), &[("who", c.who.trim())]));
            }
            if let Some(day) = c.due() {
                detail.push(fill(
                    t(lang, Key::StaffBy),
                    &[("date", &day_words(day, lang))],
                ));
            }
            (
                c.what.trim().to_string(),
                (!detail.is_empty()).then(|| detail.join(" · ")),
            )
        })
        .collect();
    if commitments.is_empty() {
        out.push(Block::Paragraph(t(lang, Key::StaffPlanNone).to_string()));
    } else {
        out.push(Block::List(commitments));
    }
    if let Some(day) = plan.next_day() {
        out.push(Block::Paragraph(fill(
            t(lang, Key::StaffNext),
            &[("date", &day_words(day, lang))],
        )));
    }
    out.push(Block::Paragraph(t(lang, Key::StaffPrivacy).to_string()));
    out
}

/// The one-pager as HTML, in `lang`: an `<article class="staff-sheet">` for the summary page's
/// poster view. `survey` is the survey's name and `statements` the organization's own statements
/// (both from the link: escaped here).
pub fn staff_sheet(
    instrument: &Instrument,
    page: &StaffPage,
    plan: &Plan,
    survey: (&str, &[OwnStatement]),
    lang: Lang,
) -> String {
    let mut out = format!(
        "<article class=\"staff-sheet\" lang=\"{}\" aria-labelledby=\"staff-title\">",
        lang.tag()
    );
    for block in blocks(instrument, page, plan, survey, lang) {
        let _ = match block {
            Block::Title(text) => write!(out, "<h2 id=\"staff-title\">{}</h2>", escape(&text)),
            Block::Subtitle(text) => write!(out, "<p class=\"staff-survey\">{}</p>", escape(&text)),
            Block::Heading(text) => write!(out, "<h3>{}</h3>", escape(&text)),
            Block::Paragraph(text) => write!(out, "<p>{}</p>", escape(&text)),
            Block::List(items) => {
                out.push_str("<ul>");
                for (main, detail) in items {
                    let _ = write!(out, "<li><strong>{}</strong>", escape(&main));
                    if let Some(detail) = detail {
                        let _ = write!(out, "<br>{}", escape(&detail));
                    }
                    out.push_str("</li>");
                }
                write!(out, "</ul>")
            }
        };
    }
    out.push_str("</article>");
    out
}

/// The one-pager as plain text, in `lang`: lines for an e-mail or an intranet page, headings
/// underlined, items as "- " lines. `survey` as for [`staff_sheet`].
pub fn staff_text(
    instrument: &Instrument,
    page: &StaffPage,
    plan: &Plan,
    survey: (&str, &[OwnStatement]),
    lang: Lang,
) -> String {
    let mut out = String::new();
    for block in blocks(instrument, page, plan, survey, lang) {
        match block {
            Block::Title(text) => underline(&mut out, &text, '='),
            Block::Heading(text) => underline(&mut out, &text, '-'),
            Block::Subtitle(text) | Block::Paragraph(text) => {
                let _ = write!(out, "{text}\n\n");
            }
            Block::List(items) => {
                for (main, detail) in items {
                    let _ = writeln!(out, "- {main}");
                    if let Some(detail) = detail {
                        let _ = writeln!(out, "  {detail}");
                    }
                }
                out.push('\n');
            }
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn underline(out: &mut String, text: &str, line: char) {
    let rule: String = std::iter::repeat_n(line, text.chars().count()).collect();
    let _ = write!(out, "{text}\n{rule}\n\n");
}
