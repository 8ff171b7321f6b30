//! The organizer's commitments (`report::action::Plan`, held by the page's `Printout`) and the
//! summary link that keeps them, above the staff one-pager they go into.

use yew::prelude::*;

use crate::i18n::{t, Key};
use crate::instrument::{Instrument, DEFAULT};
use crate::lang::{fill, Explain, Lang};
use crate::link::{place_of, plan_key};
use crate::report::action::{Part, Place, Plan, PlanEdit, MAX_COMMITMENTS};
use crate::summary::Printout;
use crate::ui::widgets::copy_field;
use crate::ui::{browser, Locale};

/// The form of `printout`'s commitments, each change given to `on_edit`, and the summary `link`
/// that keeps them; `unlinked` when the summary tab could not take them into its address. Each
/// control's id is `plan-` and its key in the link (`plan-c1w`, `plan-cn`), so one handler on the
/// section reads every change.
pub fn plan_form(
    printout: &Printout,
    link: String,
    unlinked: bool,
    on_edit: &Callback<PlanEdit>,
    locale: &Locale,
) -> Html {
    let lang = locale.lang;
    let problems = printout.plan_problems();
    let plan = printout.plan();
    let oninput = {
        let on_edit = on_edit.clone();
        Callback::from(move |event: InputEvent| {
            let Some((id, value)) = browser::target_id_value(&event) else {
                return;
            };
            if let Some(place) = id.strip_prefix("plan-").and_then(place_of) {
                on_edit.emit(PlanEdit::Set(place, value));
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
            <h2 id="plan-title">{ locale.t(Key::ActionCommitments) }</h2>
            <p>{ locale.t(Key::ActionFormIntro) }</p>
            for slot in 0..MAX_COMMITMENTS {
                <fieldset class="commitment" key={slot}>
                    <legend>{ fill(locale.t(Key::ActionCommitment), &[("n", &(slot + 1).to_string())]) }</legend>
                    { field(Place::Commitment(slot, Part::What), locale.t(Key::ActionWhat), "text") }
                    <div class="commitment__row">
                        { field(Place::Commitment(slot, Part::Who), locale.t(Key::ActionWho), "text") }
                        { field(Place::Commitment(slot, Part::By), locale.t(Key::ActionBy), "date") }
                    </div>
                    <div class="commitment__row">
                        { lever_field(plan, &DEFAULT, slot, lang, problem(Place::Commitment(slot, Part::Lever))) }
                        { field(Place::Commitment(slot, Part::After), locale.t(Key::ActionAfter), "text") }
                    </div>
                </fieldset>
            }
            <div class="field--short">{ field(Place::Next, locale.t(Key::ActionNext), "date") }</div>
            { copy_field("plan-link", locale.t(Key::ActionLink), link, None, false, locale) }
            <p class="hint">{ locale.t(Key::ActionKeep) }</p>
            <p role="status" id="plan-unlinked" class={if unlinked { "error" } else { "hint" }}>
                if unlinked { { locale.t(Key::ActionUnlinked) } }
            </p>
        </section>
    }
}

/// One labelled field with its problem beside it.
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
