//! The respondents' page as HTML text: the frame, the start page, the welcome screen, one section's
//! questions, the results with the code, the idle countdown, and why a link cannot run. The shell
//! (`ui::respondent`) puts the text in the page, keeping every element that stays, and reads what
//! a person did from the `data-act` of the control they used ([`Command::read`]). Written as text
//! and without a framework, the page a phone downloads carries a fraction of the WebAssembly the
//! same screens cost as components.
//!
//! Every text from outside the program (the survey's title, the organization, unit names, where to
//! send codes, the organization's own statements) is escaped (`html::push_escaped`); so is every string of
//! ours, which costs nothing and keeps one rule.

use std::fmt::Write;

use super::{Action, Finished, Flow, Progress, IDLE_MINUTES};
use crate::html::push_escaped;
use crate::i18n::{t, Key};
use crate::instrument::{Item, Response};
use crate::lang::{fill, Explain, Lang, Text};
use crate::link::SurveyLink;
use crate::route::{Route, Site};
use crate::scoring::Answer;

/// What a control does, as its `data-act` says: the shell turns it into an action of the core
/// ([`super::Action`]) or of the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// "Skip to content": focus moves to `<main>`.
    Skip,
    /// A language button.
    Lang(Lang),
    /// An answer chosen or cleared (`None`), or a set of options ticked.
    Answer(usize, Option<Answer>),
    /// The unit list of the item at this position changed: its value is the answer.
    Unit(usize),
    /// The welcome screen's form: the slip code typed, if one is asked, then the first section.
    Start,
    /// A section's form: the next section, or the results.
    Next,
    /// The previous section.
    Back,
    /// "Start over", "Clear the screen" or "Next person".
    StartOver,
    /// Copy the code.
    Copy,
    /// Print the code.
    Print,
    /// The idle countdown's "Continue".
    Continue,
}

impl Command {
    /// The core's action this command is, where it is one alone: a unit's needs the list's value,
    /// "Start" may need a slip first, and the rest act on the page.
    pub fn action(&self) -> Option<Action> {
        match self {
            Command::Answer(index, answer) => Some(Action::Answer(*index, answer.clone())),
            Command::Next => Some(Action::Next),
            Command::Back => Some(Action::Back),
            _ => None,
        }
    }

    /// The command a `data-act` value names; `None` for anything else.
    pub fn read(act: &str) -> Option<Command> {
        let (verb, rest) = act.split_once(':').unwrap_or((act, ""));
        let index = || rest.split(':').next()?.parse::<usize>().ok();
        Some(match verb {
            "skip" => Command::Skip,
            "lang" => Command::Lang(Lang::from_tag(rest)?),
            "start" => Command::Start,
            "next" => Command::Next,
            "back" => Command::Back,
            "over" => Command::StartOver,
            "copy" => Command::Copy,
            "print" => Command::Print,
            "continue" => Command::Continue,
            "unit" => Command::Unit(index()?),
            "one" | "several" => {
                let (_, chosen) = rest.split_once(':')?;
                let answer = match (verb, chosen) {
                    (_, "") => None,
                    ("one", value) => Some(Answer::One(value.parse().ok()?)),
                    (_, values) => Some(Answer::Several(
                        values
                            .split(',')
                            .map(|v| v.parse().ok())
                            .collect::<Option<_>>()?,
                    )),
                };
                Command::Answer(index()?, answer)
            }
            _ => return None,
        })
    }
}

/// The `data-act` of a control that answers the item at `index` with `answer` (clears it when
/// `None`); [`Command::read`] reads it back.
fn answer_act(index: usize, answer: Option<&Answer>) -> String {
    match answer {
        None => format!("one:{index}:"),
        Some(Answer::One(value)) => format!("one:{index}:{value}"),
        Some(Answer::Several(values)) => {
            let mut act = format!("several:{index}:");
            for (i, value) in values.iter().enumerate() {
                if i > 0 {
                    act.push(',');
                }
                let _ = write!(act, "{value}");
            }
            act
        }
    }
}

/// What became of the last "Copy" of the code.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Copied {
    /// No copy yet on this screen.
    #[default]
    Not,
    /// Copied to the clipboard.
    Yes,
    /// The browser refused the clipboard; the code is selected instead.
    Selected,
}

/// The frame around the page `main`: skip link, product name, the organizer's links when `nav`,
/// the language switch, and the footer with the build stamp (`None` for a development build).
pub fn frame(lang: Lang, site: Site, nav: bool, build: Option<&str>, main: &str) -> String {
    let mut out = String::with_capacity(main.len() + 2048);
    out.push_str(r##"<a class="skip-link" href="#main" data-act="skip">"##);
    push_escaped(&mut out, t(lang, Key::SkipToContent));
    out.push_str(r#"</a><header class="site-header"><div class="site-header__inner">"#);
    anchor(
        &mut out,
        Route::Landing.href(site),
        "brand",
        t(lang, Key::AppName),
    );
    if nav {
        out.push_str(r#"<nav aria-label=""#);
        push_escaped(&mut out, t(lang, Key::MainNav));
        out.push_str(r#"" class="site-nav">"#);
        anchor(
            &mut out,
            Route::Setup.href(site),
            "",
            t(lang, Key::NavSetup),
        );
        anchor(
            &mut out,
            Route::Summary.href(site),
            "",
            t(lang, Key::NavSummary),
        );
        out.push_str("</nav>");
    }
    out.push_str(r#"<div class="lang-switch" role="group" aria-label=""#);
    push_escaped(&mut out, t(lang, Key::LanguageSwitch));
    out.push_str(r#"">"#);
    for each in Lang::ALL {
        let _ = write!(
            out,
            r#"<button type="button" lang="{tag}" aria-pressed="{}" data-act="lang:{tag}">"#,
            each == lang,
            tag = each.tag()
        );
        push_escaped(&mut out, t(each, Key::LanguageName));
        out.push_str("</button>");
    }
    out.push_str(r#"</div></div></header><main id="main" tabindex="-1" class="site-main">"#);
    out.push_str(main);
    out.push_str(r#"</main><footer class="site-footer"><p>"#);
    push_escaped(&mut out, t(lang, Key::FooterPrivacy));
    out.push_str(r#"</p><p data-build=""#);
    push_escaped(&mut out, build.unwrap_or_default());
    out.push_str(r#"">"#);
    match build {
        Some(build) => push_escaped(
            &mut out,
            &fill(
                t(lang, Key::FooterBuild),
                &[("version", env!("CARGO_PKG_VERSION")), ("build", build)],
            ),
        ),
        None => push_escaped(&mut out, t(lang, Key::FooterDevelopment)),
    }
    out.push_str("</p></footer>");
    out
}

/// `<a href class>text</a>`; no class attribute when `class` is empty.
fn anchor(out: &mut String, href: &str, class: &str, text: &str) {
    out.push_str(r#"<a href=""#);
    push_escaped(out, href);
    if !class.is_empty() {
        let _ = write!(out, r#"" class="{class}"#);
    }
    out.push_str(r#"">"#);
    push_escaped(out, text);
    out.push_str("</a>");
}

/// `<tag attributes>text</tag>`, the text escaped.
fn element(out: &mut String, tag: &str, attributes: &str, text: &str) {
    let _ = write!(out, "<{tag}{attributes}>");
    push_escaped(out, text);
    let _ = write!(out, "</{tag}>");
}

/// `#/`: what Candor is, why answers stay on the device, and where organizers go next.
pub fn landing(lang: Lang, site: Site) -> String {
    let mut out = String::from(r#"<article class="landing">"#);
    element(&mut out, "h1", "", t(lang, Key::LandingTitle));
    element(&mut out, "p", r#" class="lead""#, t(lang, Key::LandingLead));
    out.push_str(r#"<section aria-labelledby="how-title">"#);
    element(
        &mut out,
        "h2",
        r#" id="how-title""#,
        t(lang, Key::LandingHowTitle),
    );
    // Texts, not keys, in the loop: a key chosen at run time would bring the whole table of
    // strings, every page's, into this page's wasm.
    for text in [
        t(lang, Key::LandingHowDevice),
        t(lang, Key::LandingHowCode),
        t(lang, Key::LandingHowSummary),
    ] {
        element(&mut out, "p", "", text);
    }
    out.push_str("</section>");
    element(
        &mut out,
        "p",
        r#" class="note""#,
        t(lang, Key::LandingStaffNote),
    );
    out.push_str(r#"<p class="actions">"#);
    anchor(
        &mut out,
        Route::Setup.href(site),
        "button button--primary",
        t(lang, Key::LandingCreate),
    );
    anchor(
        &mut out,
        Route::Summary.href(site),
        "button",
        t(lang, Key::LandingOpenSummary),
    );
    out.push_str("</p></article>");
    out
}

/// Any address the page does not know.
pub fn not_found(lang: Lang, site: Site) -> String {
    let mut out = String::from(r#"<article class="not-found">"#);
    element(&mut out, "h1", "", t(lang, Key::NotFoundTitle));
    element(&mut out, "p", "", t(lang, Key::NotFoundBody));
    out.push_str("<p>");
    anchor(
        &mut out,
        Route::Landing.href(site),
        "",
        t(lang, Key::BackHome),
    );
    out.push_str("</p></article>");
    out
}

/// A survey link that cannot run, and why (`message`, in the page's language).
pub fn link_problem(lang: Lang, message: &str) -> String {
    let mut out = String::from(r#"<article class="survey survey--problem">"#);
    element(&mut out, "h1", "", t(lang, Key::SurveyLinkErrorTitle));
    element(&mut out, "p", r#" role="alert""#, message);
    out.push_str("</article>");
    out
}

/// What the respondent's welcome screen starts with; the setup page's preview has none.
pub struct Start<'a> {
    /// Whether a slip code must be typed before the survey starts (a survey with slips, and no
    /// slip held yet from the slip's link or typed before).
    pub asks_slip: bool,
    /// Why the slip code typed is not one; the field keeps what was typed.
    pub slip_problem: Option<&'a str>,
}

/// The first screen: whose survey this is and, in plain words, what happens to the answers.
/// Without `start`, the setup page's preview: its headings sit under that page's own, and its
/// controls are disabled.
pub fn welcome(link: &SurveyLink, sections: usize, lang: Lang, start: Option<&Start>) -> String {
    let preview = start.is_none();
    let asks_slip = start.map_or(link.slips, |start| start.asks_slip);
    let slip_problem = start.and_then(|start| start.slip_problem);
    let (top, sub) = if preview { ("h3", "h4") } else { ("h1", "h2") };
    let mut out = String::from(r#"<article class="welcome">"#);
    element(&mut out, top, r#" tabindex="-1""#, &link.title);
    if !link.organization.is_empty() {
        let run_by = fill(t(lang, Key::SurveyRunBy), &[("org", &link.organization)]);
        element(&mut out, "p", r#" class="run-by""#, &run_by);
    }
    out.push_str(r#"<section class="panel" aria-labelledby="what-title">"#);
    element(
        &mut out,
        sub,
        r#" id="what-title""#,
        t(lang, Key::WelcomeWhatTitle),
    );
    out.push_str(r#"<ul class="plain-list">"#);
    let deniable = link.deniability.is_some();
    let shared = fill(
        t(lang, Key::WelcomeShared),
        &[("minutes", &IDLE_MINUTES.to_string())],
    );
    let lines = [
        (true, "", t(lang, Key::WelcomeDevice)),
        (deniable, "", t(lang, Key::WelcomeCodeDeniable)),
        (!deniable, "", t(lang, Key::WelcomeCode)),
        (true, "", t(lang, Key::WelcomeNever)),
        (
            deniable,
            r#" data-deniable="true""#,
            t(lang, Key::WelcomeDeniable),
        ),
        (
            link.slips,
            r#" data-slips="true""#,
            t(lang, Key::WelcomeSlip),
        ),
        (link.shared, r#" data-shared="true""#, shared.as_str()),
        (!link.shared, "", t(lang, Key::WelcomeKept)),
    ];
    for (shown, attributes, text) in lines {
        if shown {
            element(&mut out, "li", attributes, text);
        }
    }
    out.push_str("</ul></section>");
    let time = fill(t(lang, Key::WelcomeTime), &[("n", &sections.to_string())]);
    element(&mut out, "p", "", &time);
    out.push_str(r#"<form class="welcome-start" novalidate"#);
    if !preview {
        out.push_str(r#" data-act="start""#);
    }
    out.push('>');
    let disabled = if preview { " disabled" } else { "" };
    if asks_slip {
        out.push_str(r#"<div class="field field--slip">"#);
        element(
            &mut out,
            "label",
            r#" for="slip-code""#,
            t(lang, Key::SlipLabel),
        );
        let _ = write!(
            out,
            r#"<input id="slip-code" type="text" autocomplete="off" autocapitalize="characters"{disabled} aria-invalid="{}" aria-describedby="slip-code-error">"#,
            slip_problem.is_some()
        );
        let hidden = if slip_problem.is_none() {
            " hidden"
        } else {
            ""
        };
        let attributes =
            format!(r#" class="error field-error" id="slip-code-error" role="alert"{hidden}"#);
        element(&mut out, "p", &attributes, slip_problem.unwrap_or_default());
        out.push_str("</div>");
    }
    let _ = write!(
        out,
        r#"<p class="actions"><button type="submit" class="button button--primary"{disabled}>"#
    );
    push_escaped(&mut out, t(lang, Key::WelcomeStart));
    out.push_str("</button></p></form></article>");
    out
}

/// One section: its questions as fieldsets, progress, Back and Next. Enter anywhere submits the
/// form, which is "Next".
pub fn questions(
    flow: &Flow,
    link: &SurveyLink,
    progress: &Progress,
    section: usize,
    lang: Lang,
) -> String {
    let sections = flow.sections();
    let Some((heading, items)) = sections.get(section) else {
        return String::new();
    };
    let mut out = String::from(r#"<form class="questions" data-act="next" novalidate>"#);
    let progress_text = fill(
        t(lang, Key::SectionProgress),
        &[
            ("i", &(section + 1).to_string()),
            ("n", &sections.len().to_string()),
        ],
    );
    element(
        &mut out,
        "p",
        r#" class="progress-text" id="progress-text""#,
        &progress_text,
    );
    let _ = write!(
        out,
        r#"<progress value="{}" max="{}" aria-labelledby="progress-text"></progress>"#,
        section + 1,
        sections.len()
    );
    element(
        &mut out,
        "h1",
        r#" tabindex="-1""#,
        flow.heading(heading, lang),
    );
    if items
        .first()
        .is_some_and(|&i| flow.own_statement(i).is_some())
    {
        element(
            &mut out,
            "p",
            r#" class="hint""#,
            t(lang, Key::OwnSectionIntro),
        );
    }
    for &index in items {
        question(
            &mut out,
            &Question {
                flow,
                link,
                index,
                answer: progress.answers.get(index),
                missing: progress.missing.contains(&index),
            },
            lang,
        );
    }
    if let Some(problem) = &progress.problem {
        element(
            &mut out,
            "p",
            r#" class="error" role="alert""#,
            &problem.message(lang),
        );
    }
    out.push_str(
        r#"<div class="nav-buttons"><button type="button" class="button" data-act="back">"#,
    );
    push_escaped(&mut out, t(lang, Key::Back));
    out.push_str(r#"</button><button type="submit" class="button button--primary">"#);
    let last = section + 1 == sections.len();
    push_escaped(
        &mut out,
        if last {
            t(lang, Key::Finish)
        } else {
            t(lang, Key::Next)
        },
    );
    out.push_str("</button></div></form>");
    out
}

/// One question as its views need it.
struct Question<'a> {
    flow: &'a Flow,
    link: &'a SurveyLink,
    index: usize,
    answer: Option<&'a Answer>,
    missing: bool,
}

fn question(out: &mut String, q: &Question, lang: Lang) {
    let index = q.index;
    let Some(item) = q.flow.instrument.items.get(index) else {
        own_statement(out, q, lang);
        return;
    };
    let required = q.flow.required(index);
    let _ = write!(
        out,
        r#"<fieldset id="q{index}" data-item="{}" class="question""#,
        item.id
    );
    if q.missing {
        let _ = write!(out, r#" aria-describedby="q{index}-missing""#);
    }
    let _ = write!(out, r#"><legend id="q{index}-legend">"#);
    push_escaped(
        out,
        q.flow
            .wording
            .prompt(item.id)
            .map(|t| t.get(lang))
            .unwrap_or_default(),
    );
    if required {
        let mark = format!(" ({})", t(lang, Key::Required));
        element(out, "span", r#" class="required""#, &mark);
    }
    out.push_str("</legend>");
    if q.missing {
        let attributes = format!(r#" class="error" id="q{index}-missing" role="alert""#);
        element(out, "p", &attributes, t(lang, Key::MissingAnswer));
    }
    match &item.response {
        Response::Scale(scale) => radios(out, q, lang, q.flow.wording.scale(scale.id)),
        Response::OneOf(options) => radios(out, q, lang, options),
        Response::Unit => unit_select(out, q, lang),
        Response::Several { options, max } => checkboxes(out, q, lang, item, options, *max),
    }
    // Radio buttons cannot be unticked by hand; optional ones get a way back to "no answer".
    let clearable = !required
        && q.answer.is_some()
        && matches!(item.response, Response::Scale(_) | Response::OneOf(_));
    if clearable {
        clear_button(out, index, lang);
    }
    out.push_str("</fieldset>");
}

fn clear_button(out: &mut String, index: usize, lang: Lang) {
    let _ = write!(
        out,
        r#"<button type="button" class="link-button" data-act="{}">"#,
        answer_act(index, None)
    );
    push_escaped(out, t(lang, Key::ClearAnswer));
    out.push_str("</button>");
}

/// A statement of the organization's own, on the agreement scale: as written, and marked with its
/// language when it has no wording in the page's.
fn own_statement(out: &mut String, q: &Question, lang: Lang) {
    let index = q.index;
    let (Some(statement), Some(scale)) = (
        q.flow.own_statement(index),
        q.flow.instrument.agreement_scale(),
    ) else {
        return;
    };
    let (text, written) = statement.text(lang);
    let _ = write!(
        out,
        r#"<fieldset id="q{index}" data-own="" class="question"><legend id="q{index}-legend">"#
    );
    let attributes = format!(r#" lang="{}""#, written.tag());
    element(out, "span", &attributes, text);
    if written != lang {
        out.push(' ');
        element(
            out,
            "span",
            r#" class="hint""#,
            t(lang, Key::OwnOtherLanguage),
        );
    }
    out.push_str("</legend>");
    radios(out, q, lang, q.flow.wording.scale(scale.id));
    if q.answer.is_some() {
        clear_button(out, index, lang);
    }
    out.push_str("</fieldset>");
}

/// One labelled option: a radio button or a checkbox (`kind`) with its state and `data-act`.
fn option(
    out: &mut String,
    kind: &str,
    index: usize,
    option: usize,
    extra: &str,
    text: &Text,
    lang: Lang,
) {
    let _ = write!(
        out,
        r#"<label class="option" for="q{index}-{option}"><input type="{kind}" id="q{index}-{option}" value="{option}"{extra}>"#
    );
    element(out, "span", "", text.get(lang));
    out.push_str("</label>");
}

fn radios(out: &mut String, q: &Question, lang: Lang, options: &'static [Text]) {
    let index = q.index;
    let required = if q.flow.required(index) {
        " required"
    } else {
        ""
    };
    out.push_str(r#"<div class="options">"#);
    for (n, text) in options.iter().enumerate() {
        let value = u8::try_from(n).unwrap_or(u8::MAX);
        let answer = Answer::One(value);
        let checked = if q.answer == Some(&answer) {
            " checked"
        } else {
            ""
        };
        let extra = format!(
            r#" name="q{index}"{checked}{required} data-act="{}""#,
            answer_act(index, Some(&answer))
        );
        option(out, "radio", index, n, &extra, text, lang);
    }
    out.push_str("</div>");
}

fn unit_select(out: &mut String, q: &Question, lang: Lang) {
    let index = q.index;
    let chosen = match q.answer {
        Some(Answer::One(unit)) => Some(usize::from(*unit)),
        _ => None,
    };
    let _ = write!(
        out,
        r#"<select class="select" aria-labelledby="q{index}-legend" data-act="unit:{index}"><option value=""{}>"#,
        if chosen.is_none() { " selected" } else { "" }
    );
    push_escaped(out, t(lang, Key::UnitNone));
    out.push_str("</option>");
    for (unit, name) in q.link.units.iter().enumerate() {
        let selected = if chosen == Some(unit) {
            " selected"
        } else {
            ""
        };
        let attributes = format!(r#" value="{unit}"{selected}"#);
        element(out, "option", &attributes, name);
    }
    out.push_str("</select>");
}

fn checkboxes(
    out: &mut String,
    q: &Question,
    lang: Lang,
    item: &Item,
    options: &'static [Text],
    max: u8,
) {
    let index = q.index;
    let chosen: &[u8] = match q.answer {
        Some(Answer::Several(chosen)) => chosen,
        _ => &[],
    };
    let full = chosen.len() >= usize::from(max);
    let count = fill(
        t(lang, Key::ChosenCount),
        &[("n", &chosen.len().to_string()), ("max", &max.to_string())],
    );
    let attributes = format!(r#" class="hint" id="{}-hint" aria-live="polite""#, item.id);
    element(out, "p", &attributes, &count);
    out.push_str(r#"<div class="options">"#);
    for (n, text) in options.iter().enumerate() {
        let value = u8::try_from(n).unwrap_or(u8::MAX);
        let checked = chosen.contains(&value);
        // The set this box makes when ticked or unticked: what its change answers.
        let next: Vec<u8> = if checked {
            chosen.iter().copied().filter(|&c| c != value).collect()
        } else {
            chosen.iter().copied().chain([value]).collect()
        };
        let next = (!next.is_empty()).then_some(Answer::Several(next));
        let extra = format!(
            r#"{}{} data-act="{}""#,
            if checked { " checked" } else { "" },
            if full && !checked { " disabled" } else { "" },
            answer_act(index, next.as_ref())
        );
        option(out, "checkbox", index, n, &extra, text, lang);
    }
    out.push_str("</div>");
}

/// The respondent's own results, framed as what the work system does to them, and their code,
/// with what became of the last copy (`copied`).
pub fn results(
    flow: &Flow,
    link: &SurveyLink,
    finished: &Finished,
    copied: Copied,
    lang: Lang,
) -> String {
    let instrument = flow.instrument;
    let scores = &finished.scores;
    let mut out = String::from(r#"<article class="results">"#);
    element(
        &mut out,
        "h1",
        r#" tabindex="-1""#,
        t(lang, Key::ResultsTitle),
    );
    element(&mut out, "p", "", t(lang, Key::ResultsYouSaid));
    out.push_str(r#"<p class="burnout-level">"#);
    let burnout = flow
        .wording
        .burnout_level(instrument, scores.burnout)
        .map(|text| text.get(lang))
        .unwrap_or_default();
    element(&mut out, "strong", "", burnout);
    out.push_str("</p>");
    if scores.needs_support(instrument) {
        out.push_str(r#"<section class="panel panel--support" aria-labelledby="support-title">"#);
        element(
            &mut out,
            "h2",
            r#" id="support-title""#,
            t(lang, Key::SupportTitle),
        );
        element(&mut out, "p", "", t(lang, Key::SupportBody));
        out.push_str("<ul>");
        for line in flow.wording.helplines {
            out.push_str("<li>");
            anchor(
                &mut out,
                &format!("tel:{}", line.dial),
                "",
                line.text.get(lang),
            );
            out.push_str("</li>");
        }
        out.push_str("</ul>");
        element(&mut out, "p", "", t(lang, Key::SupportEap));
        out.push_str("</section>");
    }
    element(&mut out, "p", "", t(lang, Key::ResultsFraming));
    element(&mut out, "h2", "", t(lang, Key::ResultsLowTitle));
    let mut low = scores
        .low_levers()
        .filter_map(|lever| instrument.levers.get(lever))
        .peekable();
    if low.peek().is_none() {
        element(&mut out, "p", "", t(lang, Key::ResultsLowNone));
    } else {
        out.push_str(r#"<ul class="levers-low">"#);
        for lever in low {
            out.push_str("<li>");
            element(&mut out, "strong", "", lever.name.get(lang));
            out.push_str(" — ");
            push_escaped(
                &mut out,
                flow.wording
                    .lever(lever.id)
                    .map(|d| d.get(lang))
                    .unwrap_or_default(),
            );
            out.push_str("</li>");
        }
        out.push_str("</ul>");
    }
    if link.deniability.is_some() {
        element(
            &mut out,
            "p",
            r#" class="panel notice" data-deniable="true""#,
            t(lang, Key::ResultsDeniable),
        );
    }
    let code = finished.code.grouped();
    code_box(&mut out, link, &code, copied, lang);
    // On paper only, and alone: printing this screen never prints the results above.
    out.push_str(r#"<section class="slip" aria-hidden="true">"#);
    element(&mut out, "p", r#" class="slip__title""#, &link.title);
    element(&mut out, "p", r#" class="slip__code""#, &code);
    out.push_str("<p><strong>");
    push_escaped(&mut out, t(lang, Key::CodeSendTitle));
    out.push_str(": </strong>");
    push_escaped(&mut out, send_to(link, lang));
    out.push_str("</p>");
    element(
        &mut out,
        "p",
        r#" class="slip__note""#,
        t(lang, Key::SlipNote),
    );
    out.push_str("</section></article>");
    out
}

/// The code, large and grouped, with Copy (which falls back to selecting the text), "Print my
/// code", and where to send it.
fn code_box(out: &mut String, link: &SurveyLink, code: &str, copied: Copied, lang: Lang) {
    out.push_str(r#"<section class="panel panel--code" aria-labelledby="code-title">"#);
    element(out, "h2", r#" id="code-title""#, t(lang, Key::CodeTitle));
    element(out, "p", "", t(lang, Key::CodeExplain));
    element(out, "p", r#" class="code" id="code""#, code);
    out.push_str(r#"<p class="actions">"#);
    element(
        out,
        "button",
        r#" type="button" class="button button--primary" data-act="copy""#,
        t(lang, Key::CodeCopy),
    );
    element(
        out,
        "button",
        r#" type="button" class="button" id="print-code" aria-describedby="print-code-hint" data-act="print""#,
        t(lang, Key::CodePrint),
    );
    let status = match copied {
        Copied::Not => "",
        Copied::Yes => t(lang, Key::CodeCopied),
        Copied::Selected => t(lang, Key::CodeSelected),
    };
    element(out, "span", r#" class="copy-status" role="status""#, status);
    out.push_str("</p>");
    element(
        out,
        "p",
        r#" class="hint" id="print-code-hint""#,
        t(lang, Key::CodePrintHint),
    );
    element(out, "h3", "", t(lang, Key::CodeSendTitle));
    element(out, "p", r#" class="send-to""#, send_to(link, lang));
    element(out, "p", "", t(lang, Key::CodeAnonymous));
    out.push_str(r#"<p class="note"><strong>"#);
    push_escaped(out, t(lang, Key::CodeNotKept));
    out.push_str("</strong></p></section>");
}

/// Where the organizer asked for codes, or the default advice.
fn send_to(link: &SurveyLink, lang: Lang) -> &str {
    if link.send_to.is_empty() {
        t(lang, Key::CodeSendDefault)
    } else {
        &link.send_to
    }
}

/// What surrounds a screen of a survey under way: whether it is finished, whether the device is
/// shared, and the idle countdown's seconds left when it shows.
pub struct Around {
    /// The results show.
    pub done: bool,
    /// The survey runs on a shared device.
    pub shared: bool,
    /// Seconds left before the screen clears, while the countdown shows.
    pub countdown: Option<u32>,
}

/// `screen` with what surrounds it: the shared device's hint under the results, "Start over" (or
/// "Clear the screen", or "Next person"), and the idle countdown, behind which the survey can be
/// neither seen nor reached.
pub fn survey(screen: &str, around: &Around, lang: Lang) -> String {
    let mut out = String::with_capacity(screen.len() + 1024);
    out.push_str(r#"<div class="survey""#);
    if around.countdown.is_some() {
        out.push_str(" inert");
    }
    out.push('>');
    out.push_str(screen);
    let next_person = around.done && around.shared;
    if next_person {
        element(
            &mut out,
            "p",
            r#" class="panel notice next-person-hint""#,
            t(lang, Key::ResultsShared),
        );
    }
    // The next person's button is the screen's main action; starting over is not.
    let (class, leave) = match (around.done, around.shared) {
        (true, true) => ("button--primary", t(lang, Key::NextPerson)),
        (true, false) => ("button--quiet", t(lang, Key::ClearScreen)),
        (false, _) => ("button--quiet", t(lang, Key::StartOver)),
    };
    let _ = write!(
        out,
        r#"<p class="start-over"><button type="button" class="button {class}" data-act="over">"#
    );
    push_escaped(&mut out, leave);
    out.push_str("</button></p></div>");
    if let Some(left) = around.countdown {
        countdown(&mut out, left, lang);
    }
    out
}

/// Covers the screen, so a passer-by sees no answers, and offers to continue.
fn countdown(out: &mut String, left: u32, lang: Lang) {
    out.push_str(r#"<div class="idle" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-body"><div class="idle__box panel">"#);
    element(out, "h2", r#" id="idle-title""#, t(lang, Key::IdleTitle));
    let time = format!("{}:{:02}", left / 60, left % 60);
    element(
        out,
        "p",
        r#" id="idle-body""#,
        &fill(t(lang, Key::IdleBody), &[("time", &time)]),
    );
    out.push_str(r#"<p class="actions">"#);
    element(
        out,
        "button",
        r#" type="button" class="button button--primary" data-act="continue""#,
        t(lang, Key::IdleContinue),
    );
    out.push_str("</p></div></div>");
}

/// The page's text with every `data-act` in it, in order: for tests that each control does what
/// it says.
pub fn acts(page: &str) -> Vec<&str> {
    page.split(r#"data-act=""#)
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_act_reads_back_as_its_command() {
        assert_eq!(Command::read("skip"), Some(Command::Skip));
        assert_eq!(Command::read("lang:es"), Some(Command::Lang(Lang::Es)));
        assert_eq!(Command::read("lang:fr"), None);
        assert_eq!(Command::read("unit:7"), Some(Command::Unit(7)));
        assert_eq!(
            Command::read(&answer_act(3, Some(&Answer::One(4)))),
            Some(Command::Answer(3, Some(Answer::One(4))))
        );
        assert_eq!(
            Command::read(&answer_act(3, None)),
            Some(Command::Answer(3, None))
        );
        assert_eq!(
            Command::read(&answer_act(12, Some(&Answer::Several(vec![0, 5, 2])))),
            Some(Command::Answer(12, Some(Answer::Several(vec![0, 5, 2]))))
        );
        for broken in [
            "",
            "one",
            "one:x:1",
            "one:1:x",
            "several:1:1,,2",
            "unit:",
            "nope",
        ] {
            assert_eq!(Command::read(broken), None, "{broken}");
        }
    }

    use crate::code::Content;
    use crate::respondent::Step;
    use crate::scoring::{score, Answers};

    /// A survey with every kind of question: units, the role, and statements of our own.
    fn all_kinds() -> (SurveyLink, Flow) {
        let link = SurveyLink::from_fragment(
            "#/survey?v=1&id=VIEWTESTS&t=View+%3Ctests%3E&u=Ward+%26+A&u=B&r=1&s=Our+rota+is+fair",
        )
        .unwrap();
        let flow = Flow::of_link(&link, Box::new(|| Some(0.5))).unwrap();
        (link, flow)
    }

    /// The acts of each question on a section's page, in order.
    fn acts_by_question(page: &str) -> Vec<Vec<&str>> {
        page.split("<fieldset")
            .skip(1)
            .map(|q| acts(q.split("</fieldset>").next().unwrap()))
            .collect()
    }

    #[test]
    fn a_person_using_only_the_controls_on_the_page_gets_the_code_of_their_answers() {
        let (link, flow) = all_kinds();
        let mut progress = Progress::new(&flow, 99);
        let welcome_page = welcome(
            &link,
            flow.sections().len(),
            Lang::En,
            Some(&Start {
                asks_slip: false,
                slip_problem: None,
            }),
        );
        assert_eq!(acts(&welcome_page), ["start"]);
        progress = progress.apply(&flow, Action::Start);
        let mut answered = Answers::for_survey(flow.instrument, flow.shape());
        let mut pages = 0;
        while let Step::Section(n) = progress.step {
            let page = questions(&flow, &link, &progress, n, Lang::En);
            for question in acts_by_question(&page) {
                // The last option of each question: a radio's last value, a list's, every box
                // up to the most allowed (each tick re-renders, so take the acts afresh).
                let Some(first) = question.first() else {
                    continue;
                };
                match Command::read(first).unwrap() {
                    Command::Unit(index) => {
                        progress =
                            progress.apply(&flow, Action::Answer(index, Some(Answer::One(1))));
                        answered.set(index, Some(Answer::One(1)));
                    }
                    Command::Answer(index, _) => {
                        let command = Command::read(question.last().unwrap()).unwrap();
                        let Command::Answer(_, answer) = &command else {
                            panic!("{command:?}")
                        };
                        assert!(
                            answer.as_ref().is_some_and(|a| flow.fits(index, a)),
                            "{command:?}"
                        );
                        progress = progress.apply(&flow, command.action().unwrap());
                        answered.set(index, answer.clone());
                    }
                    other => panic!("a question's control does {other:?}"),
                }
            }
            let page = questions(&flow, &link, &progress, n, Lang::En);
            // Every question now shows its answer, and offers to clear it where it may be.
            for (question, fieldset) in acts_by_question(&page)
                .iter()
                .zip(page.split("<fieldset").skip(1))
            {
                let command = Command::read(question[0]).unwrap();
                if let Command::Answer(index, _) = command {
                    let ticked = fieldset.matches(" checked").count();
                    let expected = match answered.get(index) {
                        Some(Answer::Several(chosen)) => chosen.len(),
                        Some(Answer::One(_)) => 1,
                        None => 0,
                    };
                    assert_eq!(ticked, expected, "{fieldset}");
                }
            }
            assert!(
                acts(&page).contains(&"back")
                    && page.starts_with(r#"<form class="questions" data-act="next""#)
            );
            progress = progress.apply(&flow, Command::read("next").unwrap().action().unwrap());
            pages += 1;
        }
        assert_eq!(pages, flow.sections().len());
        let Step::Done(finished) = &progress.step else {
            panic!("not finished")
        };
        let page = results(&flow, &link, finished, Copied::Not, Lang::En);
        assert!(page.contains(&finished.code.grouped()));
        assert_eq!(acts(&page), ["copy", "print"]);
        let scores = score(flow.instrument, flow.shape(), &answered).unwrap();
        let decoded = flow.codec.decode(finished.code.as_str()).unwrap();
        assert_eq!(decoded.content, Content::Individual(scores));
    }

    #[test]
    fn every_act_the_frame_and_the_survey_write_reads_back() {
        let around = Around {
            done: true,
            shared: true,
            countdown: Some(61),
        };
        let page = frame(
            Lang::Es,
            Site::Respondent,
            false,
            None,
            &survey("<h1>x</h1>", &around, Lang::Es),
        );
        let read: Vec<_> = acts(&page).into_iter().map(Command::read).collect();
        assert_eq!(
            read,
            [
                Command::Skip,
                Command::Lang(Lang::En),
                Command::Lang(Lang::Es),
                Command::StartOver,
                Command::Continue
            ]
            .map(Some)
        );
        assert!(page.contains("1:01") && page.contains(r#"<div class="survey" inert>"#));
        assert!(page.contains(r#"<button type="button" lang="es" aria-pressed="true""#));
    }

    #[test]
    fn a_text_from_the_link_cannot_break_out_of_its_element() {
        let mut link = SurveyLink::new("T".into());
        link.title = "<img src=x onerror=alert(1)>".into();
        link.organization = "\"Quoted\" & <b>bold</b>".into();
        let page = welcome(&link, 3, Lang::En, None);
        assert!(!page.contains("<img"), "{page}");
        assert!(!page.contains("<b>"), "{page}");
        assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
    }
}
