//! The printable sheet of single-use slips (`#/slips?…`), opened in a tab of its own from the
//! kit. The sheet is a [`Sheet`](crate::setup::Sheet), changed only by its `apply`; here its
//! pages are written one per turn of the browser's event loop, so the first shows at once and a
//! sheet of thousands never holds the page still for long, and each page's markup goes into the
//! document once.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::site_root;
use crate::i18n::Key;
use crate::lang::{fill, Explain};
use crate::setup::{Paper, Sheet, SheetAction, SheetError};
use crate::ui::{browser, use_locale};

/// Props of [`SheetPage`].
#[derive(Properties, PartialEq)]
pub struct SheetPageProps {
    /// The URL fragment: `#/slips?` and a summary link's settings.
    pub fragment: String,
}

/// The sheet, or why there is none.
struct SheetState(Result<Sheet, SheetError>);

impl Reducible for SheetState {
    type Action = SheetAction;

    fn reduce(self: Rc<Self>, action: SheetAction) -> Rc<Self> {
        match &self.0 {
            Ok(sheet) => {
                let mut next = sheet.clone();
                next.apply(action);
                Rc::new(SheetState(Ok(next)))
            }
            Err(_) => self,
        }
    }
}

/// 16 bytes from the browser's cryptographic generator for the slips' order; `None` when it
/// gives none.
fn seed() -> Option<[u8; 16]> {
    let mut bytes = [0u8; 16];
    browser::random(&mut bytes).then_some(bytes)
}

/// The page.
#[component]
pub fn SheetPage(props: &SheetPageProps) -> Html {
    let locale = use_locale();
    let state = {
        let fragment = props.fragment.clone();
        let lang = locale.lang;
        use_reducer(move || {
            let paper = Paper::for_language_tag(&browser::language_tag());
            SheetState(Sheet::open(&fragment, &site_root(), seed(), lang, paper))
        })
    };
    // The slips follow the page's language when the survey sets none.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(locale.lang, move |lang| {
            dispatcher.dispatch(SheetAction::Lang(*lang))
        });
    }
    // One page per turn: after each page is shown, the next is written in a new task, so that
    // the browser paints and answers input in between.
    let progress = state
        .0
        .as_ref()
        .ok()
        .map(|sheet| (sheet.pages().len(), sheet.lang(), sheet.done()));
    {
        let dispatcher = state.dispatcher();
        use_effect_with(progress, move |progress| {
            let next = progress
                .filter(|(_, _, done)| !done)
                .map(|_| Timeout::new(0, move || dispatcher.dispatch(SheetAction::Build)));
            move || drop(next)
        });
    }
    let sheet = match &state.0 {
        Ok(sheet) => sheet,
        Err(problem) => {
            return html! {
                <article class="sheet-error">
                    <h1>{ locale.t(Key::SheetErrorTitle) }</h1>
                    <p class="error" role="alert">{ problem.message(locale.lang) }</p>
                </article>
            };
        }
    };
    let choose = |paper: Paper| {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: Event| dispatcher.dispatch(SheetAction::Paper(paper)))
    };
    let papers = [
        (
            Paper::Letter,
            "sheet-paper-letter",
            locale.t(Key::SheetLetter),
        ),
        (Paper::A4, "sheet-paper-a4", locale.t(Key::SheetA4)),
    ];
    let count = sheet.len().to_string();
    let lead = if sheet.page_count() == 1 {
        locale.t(Key::SheetLeadOnePage)
    } else {
        locale.t(Key::SheetLead)
    };
    html! {
        <article class={classes!("sheet", format!("sheet--{}", sheet.paper().name()))}>
            <div class="no-print">
                <h1>{ locale.t(Key::SheetHeading) }</h1>
                <p class="lead">{ fill(lead, &[
                    ("title", sheet.title()),
                    ("n", &count),
                    ("pages", &sheet.page_count().to_string()),
                ]) }</p>
                <section class="panel advice" aria-labelledby="sheet-advice-title">
                    <h2 id="sheet-advice-title">{ locale.t(Key::SheetAdviceTitle) }</h2>
                    <p>{ locale.t(Key::SheetAdvice) }</p>
                </section>
                <fieldset class="sheet__paper">
                    <legend>{ locale.t(Key::SheetPaper) }</legend>
                    for (paper, id, label) in papers {
                        <label class="check">
                            <input type="radio" name="sheet-paper" {id} checked={sheet.paper() == paper} onchange={choose(paper)} />
                            <span>{ label }</span>
                        </label>
                    }
                </fieldset>
                <p class="actions">
                    <button type="button" id="sheet-print" class="button button--primary" disabled={!sheet.done()}
                        onclick={Callback::from(|_| browser::print())}>{ locale.t(Key::SheetPrint) }</button>
                </p>
                <p class="hint">{ locale.t(Key::SheetPrintHint) }</p>
                if !sheet.done() {
                    <p class="sheet__progress">{ fill(locale.t(Key::SheetProgress), &[("done", &sheet.built().to_string()), ("n", &count)]) }</p>
                }
                <p id="sheet-status" role="status">
                    if sheet.done() {
                        { locale.t(Key::SheetReady) }
                    }
                </p>
            </div>
            // Focusable, so that a keyboard can scroll it where the pages are wider than the screen.
            <div class="sheet__pages" tabindex="0" role="region" aria-label={locale.t(Key::SheetPagesLabel)}>
                for (index, page) in sheet.pages().iter().enumerate() {
                    <PageMarkup key={index} markup={page.clone()} />
                }
            </div>
        </article>
    }
}

/// Props of [`PageMarkup`]: a page's markup, written once and never changed, so two props are
/// the same page exactly when they hold the same text.
#[derive(Properties)]
struct PageMarkupProps {
    markup: Rc<str>,
}

impl PartialEq for PageMarkupProps {
    fn eq(&self, other: &Self) -> bool {
        // The sheet never rewrites a page in place: comparing the texts' addresses keeps each
        // render of a growing sheet from comparing megabytes of markup.
        Rc::ptr_eq(&self.markup, &other.markup)
    }
}

/// One page of slips, its markup put into the document as it is (written by the core, every
/// text in it escaped).
#[component]
fn PageMarkup(props: &PageMarkupProps) -> Html {
    Html::from_html_unchecked(AttrValue::from(props.markup.clone()))
}
