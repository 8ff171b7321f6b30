//! The single-use slips setting: on or off, and how many slips to print.

use yew::prelude::*;

use crate::code::MAX_SLIPS;
use crate::i18n::Key;
use crate::lang::{fill, Explain};
use crate::link::Field;
use crate::setup::{Action, Setup};
use crate::ui::{browser, Locale};

/// The slips setting of `setup`. Switching it on draws 16 bytes from the browser's cryptographic
/// generator for the model, which makes the slips' key from them only if it has none yet.
pub(super) fn slips(setup: &Setup, dispatch: &Callback<Action>, locale: &Locale) -> Html {
    let on_toggle = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: Event| {
            let mut bytes = [0u8; 16];
            let random = browser::random(&mut bytes).then_some(bytes);
            dispatch.emit(Action::ToggleSlips(random));
        })
    };
    let on_count = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: InputEvent| {
            dispatch.emit(Action::SlipCount(browser::input_value(&event)))
        })
    };
    let on_leave = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: FocusEvent| dispatch.emit(Action::Visit(Field::SlipsPrinted)))
    };
    let key_problem = setup.problem(Field::SlipKey);
    let count_problem = setup
        .problem(Field::SlipsPrinted)
        .map(|p| p.message(locale.lang));
    let on = setup.link().slips;
    let toggle_described = if key_problem.is_some() {
        "setup-slips-hint setup-slips-error"
    } else {
        "setup-slips-hint"
    };
    html! {
        <fieldset class="choices slips">
            <legend>{ locale.t(Key::SetupSlipsTitle) }</legend>
            <label class="check">
                <input type="checkbox" id="setup-slips" checked={on} onchange={on_toggle}
                    aria-invalid={key_problem.is_some().to_string()} aria-describedby={toggle_described} />
                <span>{ locale.t(Key::SetupSlipsLabel) }</span>
            </label>
            <p class="hint" id="setup-slips-hint">{ locale.t(Key::SetupSlipsHint) }</p>
            if let Some(problem) = key_problem {
                <p class="error field-error" id="setup-slips-error">
                    { format!("{} {}", problem.message(locale.lang), locale.t(Key::SetupSlipsNoKey)) }
                </p>
            }
            if on {
                <div class="field field--short">
                    <label for="setup-slip-count">{ locale.t(Key::SetupSlipCountLabel) }</label>
                    <p class="hint" id="setup-slip-count-hint">{ fill(locale.t(Key::SetupSlipCountHint), &[("max", &MAX_SLIPS.to_string())]) }</p>
                    // Text, not number, as for the other numbers of the form.
                    <input id="setup-slip-count" type="text" inputmode="numeric" autocomplete="off"
                        value={setup.slip_count().to_string()}
                        aria-invalid={count_problem.is_some().to_string()}
                        aria-describedby={if count_problem.is_some() { "setup-slip-count-hint setup-slip-count-error" } else { "setup-slip-count-hint" }}
                        oninput={on_count} onblur={on_leave} />
                    if let Some(message) = count_problem {
                        <p class="error field-error" id="setup-slip-count-error">{ message }</p>
                    }
                </div>
            }
        </fieldset>
    }
}
