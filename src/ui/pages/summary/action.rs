//! "What you told us — what we will do": the organizer's commitments (`report::action::Plan`,
//! owned by the page's `Summary`), the summary link that keeps them, and the staff one-pager's
//! view — only the one-pager, with a toolbar for paper, language, printing and going back — and
//! its text for e-mail. The words are the core's (`Summary::staff_sheet`, `staff_text`).

use yew::prelude::*;

use crate::i18n::{t, Key};
use crate::instrument::Instrument;
use crate::lang::{fill, Explain, Lang};
use crate::link::{place_of, plan_key};
use crate::report::action::{Part, Place, Plan, PlanEdit, PlanError, MAX_COMMITMENTS};
use crate::setup::Paper;
use crate::summary::{Action, Summary};
use crate::ui::widgets::copy_field;
use crate::ui::{browser, Locale};

/// The form of commitments (`summary`'s plan, `unread` when the address's could not be read),
/// the summary `link` that keeps them and the way to the one-pager (`on_sheet`). Each control's
/// id is `plan-` and its key in the link (`plan-c1w`, `plan-cn`), so one handler on the section
/// reads every change. Plain functions rather than components here and below: each component
/// costs the page its own copy of Yew's machinery.
pub fn plan_form(
    summary: &Summary,
    unread: Option<&PlanError>,
    link: String,
    dispatch: &Callback<Action>,
    on_sheet: Callback<MouseEvent>,
    locale: &Locale,
) -> Html {
    let lang = locale.lang;
    let problems = summary.plan_problems();
    let plan = summary.plan();
    let oninput = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: InputEvent| {
            let Some((id, value)) = browser::target_id_value(&event) else {
                return;
            };
            if let Some(place) = id.strip_prefix("plan-").and_then(place_of) {
                dispatch.emit(Action::Plan(PlanEdit::Set(place, value)));
            }
        })
    };
    let problem = |place: Place| {
        problems
            .iter()
            .find(|p| p.place() == place)
            .map(|p| p.message(lang))
    };
    let field = |place: Place, label: &'static str, kind: &'static str| {
        text_field(place, label, kind, plan.get(place), problem(place))
    };
    html! {
        <section class="plan no-print" aria-labelledby="plan-title" id="plan" {oninput}>
            <h2 id="plan-title">{ locale.t(Key::ActionTitle) }</h2>
            <p>{ locale.t(Key::ActionIntro) }</p>
            if let Some(problem) = unread {
                <p class="error" role="alert">{ problem.message(lang) }</p>
            }
            for slot in 0..MAX_COMMITMENTS {
                <fieldset class="commitment" key={slot}>
                    <legend>{ fill(locale.t(Key::ActionCommitment), &[("n", &(slot + 1).to_string())]) }</legend>
                    { field(Place::Commitment(slot, Part::What), locale.t(Key::ActionWhat), "text") }
                    <div class="commitment__row">
                        { field(Place::Commitment(slot, Part::Who), locale.t(Key::ActionWho), "text") }
                        { field(Place::Commitment(slot, Part::By), locale.t(Key::ActionBy), "date") }
                    </div>
                    <div class="commitment__row">
                        { lever_field(plan, summary.instrument(), slot, lang, problem(Place::Commitment(slot, Part::Lever))) }
                        { field(Place::Commitment(slot, Part::After), locale.t(Key::ActionAfter), "text") }
                    </div>
                </fieldset>
            }
            <div class="field--short">{ field(Place::Next, locale.t(Key::ActionNext), "date") }</div>
            { copy_field("plan-link", locale.t(Key::ActionLink), link, None, false, locale) }
            <p class="hint">{ locale.t(Key::ActionKeep) }</p>
            <p><button type="button" class="button" id="show-sheet" onclick={on_sheet}>{ locale.t(Key::ActionShowSheet) }</button></p>
        </section>
    }
}

/// One labelled field with its problem beside it. A function of its own, not inlined into each
/// of its thirteen uses.
#[inline(never)]
fn text_field(
    place: Place,
    label: &'static str,
    kind: &'static str,
    value: &str,
    message: Option<String>,
) -> Html {
    let id = field_id(place);
    let error_id = format!("{id}-error");
    html! {
        <div class="field">
            <label for={id.clone()}>{ label }</label>
            <input id={id} type={kind} value={value.to_string()} autocomplete="off"
                aria-invalid={message.is_some().to_string()}
                aria-describedby={message.is_some().then(|| error_id.clone())} />
            if let Some(message) = message {
                <p class="error field-error" id={error_id}>{ message }</p>
            }
        </div>
    }
}

/// The lever a commitment addresses: one of the instrument's, or none. A `<select>` fires
/// `input` too, so the section's handler reads it.
fn lever_field(
    plan: &Plan,
    instrument: &Instrument,
    slot: usize,
    lang: Lang,
    message: Option<String>,
) -> Html {
    let place = Place::Commitment(slot, Part::Lever);
    let id = field_id(place);
    let chosen = plan.get(place);
    let error_id = format!("{id}-error");
    html! {
        <div class="field">
            <label for={id.clone()}>{ t(lang, Key::ActionLever) }</label>
            <select id={id} class="select"
                aria-invalid={message.is_some().to_string()}
                aria-describedby={message.is_some().then(|| error_id.clone())}>
                <option value="" selected={chosen.is_empty()}>{ t(lang, Key::ActionNoLever) }</option>
                for lever in instrument.levers {
                    <option value={lever.id} selected={chosen == lever.id}>{ lever.name.get(lang) }</option>
                }
            </select>
            if let Some(message) = message {
                <p class="error field-error" id={error_id}>{ message }</p>
            }
        </div>
    }
}

/// A control's element id: `plan-` and its key in the link (`plan-c1w`, `plan-cn`).
fn field_id(place: Place) -> String {
    format!("plan-{}", plan_key(place))
}

/// What the one-pager's view shows: its paper and language. The page keeps it while the view is
/// open (`None` when closed).
pub type SheetChoice = (Paper, Lang);

/// The one-pager alone, in the `choice`'s language and paper, with its toolbar (not printed) and
/// its text for e-mail; `set` changes the choice, and `None` goes back to the summary.
pub fn sheet_view(
    summary: &Summary,
    choice: SheetChoice,
    set: &Callback<Option<SheetChoice>>,
    locale: &Locale,
) -> Html {
    let (paper, lang) = choice;
    let markup = summary.staff_sheet(lang);
    let text = summary.staff_text(lang);
    let papers = [
        (
            Paper::Letter,
            "sheet-paper-letter",
            locale.t(Key::SheetLetter),
        ),
        (Paper::A4, "sheet-paper-a4", locale.t(Key::SheetA4)),
    ];
    let on_download = {
        let text = text.clone();
        Callback::from(move |_: MouseEvent| {
            browser::download(
                "candor-staff-summary.txt",
                "text/plain;charset=utf-8",
                &text,
            );
        })
    };
    let choose = |next: SheetChoice| set.reform(move |_: Event| Some(next));
    let sheet = format!(
        "<div class=\"staff-paper staff-paper--{}\">{markup}</div>",
        paper.name()
    );
    html! {
        <div class="staff-view">
            <section class="sheet-tools no-print" aria-labelledby="sheet-tools-title">
                <h2 id="sheet-tools-title" tabindex="-1">{ locale.t(Key::PosterTools) }</h2>
                <fieldset class="sheet-tools__choice">
                    <legend>{ locale.t(Key::SheetPaper) }</legend>
                    for (other, id, label) in papers {
                        <label for={id}>
                            <input type="radio" name="staff-paper" {id} checked={paper == other} onchange={choose((other, lang))} />
                            { label }
                        </label>
                    }
                </fieldset>
                <fieldset class="sheet-tools__choice">
                    <legend>{ locale.t(Key::PosterLanguage) }</legend>
                    for other in Lang::ALL {
                        <label for={format!("staff-lang-{}", other.tag())} lang={other.tag()}>
                            <input type="radio" name="staff-lang" id={format!("staff-lang-{}", other.tag())} checked={lang == other} onchange={choose((paper, other))} />
                            { t(other, Key::LanguageName) }
                        </label>
                    }
                </fieldset>
                <p class="input-actions">
                    <button type="button" class="button" id="sheet-print" onclick={Callback::from(|_| browser::print())}>{ locale.t(Key::PosterPrint) }</button>
                    <button type="button" class="button button--quiet" id="sheet-back" onclick={set.reform(|_: MouseEvent| None)}>{ locale.t(Key::PosterBack) }</button>
                </p>
            </section>
            { Html::from_html_unchecked(AttrValue::from(sheet)) }
            <section class="sheet-text no-print" aria-label={locale.t(Key::ActionText)}>
                { copy_field("staff-text", locale.t(Key::ActionText), text, None, true, locale) }
                <p><button type="button" class="button button--quiet" id="staff-text-download" onclick={on_download}>{ locale.t(Key::ActionTextDownload) }</button></p>
            </section>
        </div>
    }
}
