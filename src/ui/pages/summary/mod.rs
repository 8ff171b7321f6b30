//! `#/summary?…`: the organizer's page. Codes pasted or dropped in are read by the core
//! (`code::collect`), turned into a report (`report::summarize`, `report::compare`) and shown by
//! `report::ReportView`. What was pasted stays in its text area until the organizer clears it.

mod input;
mod report;
mod settings;

use std::rc::Rc;

use yew::prelude::*;

use crate::code::{collect, Codec, Collection, Outcome, Rejection};
use crate::i18n::Key;
use crate::instrument::DEFAULT;
use crate::lang::Lang;
use crate::link::{split_fragment, SurveyLink};
use crate::report::{compare, summarize};
use crate::ui::format::{fill, percent};
use crate::ui::{browser, use_locale};

/// Props of [`SummaryPage`].
#[derive(Properties, PartialEq)]
pub struct SummaryPageProps {
    /// The URL fragment, which may hold the survey's settings.
    pub fragment: String,
}

/// The page: the settings from the summary link (or a form for them), then the codes and report.
#[component]
pub fn SummaryPage(props: &SummaryPageProps) -> Html {
    let locale = use_locale();
    let query = split_fragment(&props.fragment).1.to_string();
    let link = use_memo(query, |query| {
        (!query.is_empty()).then(|| SurveyLink::parse(query))
    });
    html! {
        <article class="summary">
            <h1>{ locale.t(Key::SummaryTitle) }</h1>
            <p>{ locale.t(Key::SummaryIntro) }</p>
            { match &*link {
                Some(Ok(link)) => html! { <Summary key={link.to_query()} link={Rc::new(link.clone())} /> },
                Some(Err(problem)) => html! {
                    <>
                        <p class="error" role="alert">{ problem.message(locale.lang) }</p>
                        <settings::Settings />
                    </>
                },
                None => html! { <settings::Settings /> },
            } }
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct SummaryProps {
    link: Rc<SurveyLink>,
}

#[component]
fn Summary(props: &SummaryProps) -> Html {
    let locale = use_locale();
    let lang = locale.lang;
    let codec = use_memo(props.link.clone(), |link| {
        Codec::new(&DEFAULT, &link.survey()).ok().map(Rc::new)
    });
    let baseline = use_state(String::new);
    let follow_up = use_state(String::new);
    let base_head = use_state(String::new);
    let follow_head = use_state(String::new);
    let base_bad = use_state(Vec::<String>::new);
    // One nonce per page, so the combined code does not change on every render.
    let nonce = use_state(browser::nonce);
    let follow_bad = use_state(Vec::<String>::new);
    let base_collection = {
        let codec = (*codec).clone();
        use_memo((*baseline).clone(), move |text| {
            codec.map(|codec| Rc::new(collect(&codec, text)))
        })
    };
    let follow_collection = {
        let codec = (*codec).clone();
        use_memo((*follow_up).clone(), move |text| {
            codec.map(|codec| Rc::new(collect(&codec, text)))
        })
    };
    // Only a broken built-in instrument has no codec; its tests keep it from shipping.
    let (Some(base_collection), Some(follow_collection)) =
        ((*base_collection).clone(), (*follow_collection).clone())
    else {
        return html! { <p class="error" role="alert">{ locale.t(Key::SurveyBroken) }</p> };
    };
    let min_group = u64::from(props.link.min_group);
    let report = Rc::new(summarize(&DEFAULT, &base_collection.tally, min_group));
    let comparison = (!follow_up.is_empty()).then(|| {
        Rc::new(compare(
            &DEFAULT,
            &base_collection.tally,
            &follow_collection.tally,
            min_group,
        ))
    });
    let units = Rc::new(props.link.units.clone());
    let n = base_collection.tally.n();
    let combined = (n >= report.min_group)
        .then(|| {
            (*codec)
                .as_ref()
                .and_then(|c| c.encode_tally(&base_collection.tally, *nonce).ok())
        })
        .flatten();
    html! {
        <>
            <p class="survey-name">{ &props.link.title }</p>
            <input::CodeInput id="baseline" title={locale.t(Key::WaveBaseline)} text={(*baseline).clone()}
                on_text={setter(&baseline)} headcount={(*base_head).clone()} on_headcount={setter(&base_head)}
                unreadable={(*base_bad).clone()} on_unreadable={setter(&base_bad)} />
            { found(&base_collection, &baseline, &base_head, "baseline", lang) }
            <report::ReportView instrument={&DEFAULT} report={report} comparison={comparison} {units} />
            <section class="export no-print" aria-labelledby="export-title">
                <h2 id="export-title">{ locale.t(Key::ExportTitle) }</h2>
                <p class="actions">
                    <button type="button" class="button" onclick={Callback::from(|_| browser::print())}>{ locale.t(Key::ExportPrint) }</button>
                </p>
                if let Some(code) = combined {
                    <h3>{ locale.t(Key::CombinedTitle) }</h3>
                    <p>{ locale.t(Key::CombinedIntro) }</p>
                    <p class="code code--combined" id="combined-code">{ code.grouped() }</p>
                }
            </section>
            <input::CodeInput id="follow-up" title={locale.t(Key::WaveFollowUp)} text={(*follow_up).clone()}
                on_text={setter(&follow_up)} headcount={(*follow_head).clone()} on_headcount={setter(&follow_head)}
                unreadable={(*follow_bad).clone()} on_unreadable={setter(&follow_bad)} />
            if !follow_up.is_empty() {
                { found(&follow_collection, &follow_up, &follow_head, "follow-up", lang) }
            }
        </>
    }
}

fn setter<T: 'static>(state: &UseStateHandle<T>) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |value| state.set(value))
}

/// How many problem tokens are listed one by one; the rest are counted.
const LISTED: usize = 200;

/// What became of every code-shaped piece of the pasted text, with counts and the offending text.
fn found(collection: &Collection, text: &str, headcount: &str, id: &str, lang: Lang) -> Html {
    let t = |key| crate::i18n::t(lang, key);
    let mut duplicate = 0usize;
    let mut by_reason = [0usize; 4];
    for token in &collection.problems {
        match &token.outcome {
            Outcome::Duplicate => duplicate += 1,
            Outcome::Rejected(e) => {
                by_reason[match e.rejection() {
                    Rejection::Mistyped => 0,
                    Rejection::OtherSurvey => 1,
                    Rejection::NewerVersion => 2,
                    Rejection::Malformed => 3,
                }] += 1
            }
            Outcome::Accepted(_) => {}
        }
    }
    let n = collection.tally.n();
    let rate = headcount
        .trim()
        .parse::<u64>()
        .ok()
        .filter(|h| *h > 0)
        .map(|h| {
            (
                h,
                fill(
                    t(Key::ResponseRate),
                    &[
                        ("rate", &percent(n as f64 / h as f64, lang)),
                        ("headcount", &h.to_string()),
                    ],
                ),
            )
        });
    let counts = [
        ("accepted", t(Key::OutcomeAccepted), collection.accepted),
        ("duplicate", t(Key::OutcomeDuplicate), duplicate),
        ("mistyped", t(Key::OutcomeMistyped), by_reason[0]),
        ("other-survey", t(Key::OutcomeOtherSurvey), by_reason[1]),
        ("newer-version", t(Key::OutcomeNewer), by_reason[2]),
        ("malformed", t(Key::OutcomeMalformed), by_reason[3]),
    ];
    let mut lines = LineCounter::new(text);
    html! {
        <section class="found" aria-labelledby={format!("{id}-found")}>
            <h3 id={format!("{id}-found")}>{ t(Key::OutcomesTitle) }</h3>
            <ul class="outcome-counts">
                for (name, label, count) in counts {
                    <li data-outcome={name}><strong>{ count }</strong>{ " " }{ label }</li>
                }
            </ul>
            if let Some((headcount, rate)) = rate {
                <p>{ rate }</p>
                if n > headcount {
                    <p class="error" role="alert">{ t(Key::MoreThanStaff) }</p>
                }
            }
            if collection.shared_nonces > 0 {
                <p class="error" role="alert">{ fill(t(Key::SharedNonces), &[("n", &collection.shared_nonces.to_string())]) }</p>
            }
            if !collection.problems.is_empty() {
                <h3>{ t(Key::ProblemsTitle) }</h3>
                <ul class="problems">
                    for token in collection.problems.iter().take(LISTED) {
                        <li data-outcome={outcome_name(&token.outcome)}>
                            <code>{ shorten(&token.text) }</code>
                            { format!(" ({}): ", fill(t(Key::ProblemLine), &[("line", &lines.line_of(token.span.start).to_string())])) }
                            { match &token.outcome {
                                Outcome::Rejected(e) => e.message(lang),
                                _ => t(Key::DuplicateMessage).to_string(),
                            } }
                        </li>
                    }
                </ul>
                if collection.problems.len() > LISTED {
                    <p>{ fill(t(Key::ProblemsMore), &[("n", &(collection.problems.len() - LISTED).to_string())]) }</p>
                }
            }
        </section>
    }
}

fn outcome_name(outcome: &Outcome) -> &'static str {
    match outcome {
        Outcome::Accepted(_) => "accepted",
        Outcome::Duplicate => "duplicate",
        Outcome::Rejected(e) => match e.rejection() {
            Rejection::Mistyped => "mistyped",
            Rejection::OtherSurvey => "other-survey",
            Rejection::NewerVersion => "newer-version",
            Rejection::Malformed => "malformed",
        },
    }
}

/// At most 40 characters of a token, cut at a character boundary.
fn shorten(text: &str) -> String {
    let mut chars = text.chars();
    let short: String = chars.by_ref().take(40).collect();
    if chars.next().is_some() {
        format!("{short}…")
    } else {
        short
    }
}

/// Line numbers of increasing byte offsets in one pass over the text.
struct LineCounter<'a> {
    text: &'a str,
    offset: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter {
            text,
            offset: 0,
            line: 1,
        }
    }

    fn line_of(&mut self, offset: usize) -> usize {
        if offset >= self.offset {
            let end = offset.min(self.text.len());
            self.line += self
                .text
                .as_bytes()
                .get(self.offset..end)
                .map_or(0, |bytes| bytes.iter().filter(|&&b| b == b'\n').count());
            self.offset = end;
        }
        self.line
    }
}
