//! The plausible-deniability choice.

use yew::prelude::*;

use crate::deniability::Deniability;
use crate::i18n::Key;
use crate::lang::fill;
use crate::report::estimate::responses_for;
use crate::setup::Action;
use crate::ui::Locale;

/// The plausible-deniability choice, with what it protects and what it costs in responses, in
/// figures computed from the estimator (`report::estimate::responses_for`).
pub(super) fn deniability(
    chosen: Option<Deniability>,
    dispatch: &Callback<Action>,
    locale: &Locale,
) -> Html {
    let choose = |level: Option<Deniability>| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: Event| dispatch.emit(Action::Deniability(level)))
    };
    let need =
        |half_width: f64, level: Option<Deniability>| responses_for(half_width, level).to_string();
    let costs = fill(
        locale.t(Key::SetupDeniabilityCosts),
        &[
            ("off10", &need(0.10, None)),
            ("standard10", &need(0.10, Some(Deniability::Standard))),
            ("strong10", &need(0.10, Some(Deniability::Strong))),
            ("off5", &need(0.05, None)),
            ("standard5", &need(0.05, Some(Deniability::Standard))),
            ("strong5", &need(0.05, Some(Deniability::Strong))),
        ],
    );
    // Each label names its key as a constant, so only these strings enter the wasm.
    let options = [
        (
            None,
            "setup-deniability-off",
            locale.t(Key::SetupDeniabilityOff),
        ),
        (
            Some(Deniability::Standard),
            "setup-deniability-standard",
            locale.t(Key::SetupDeniabilityStandard),
        ),
        (
            Some(Deniability::Strong),
            "setup-deniability-strong",
            locale.t(Key::SetupDeniabilityStrong),
        ),
    ];
    html! {
        <fieldset class="choices" aria-describedby="setup-deniability-protects setup-deniability-costs">
            <legend>{ locale.t(Key::SetupDeniabilityLegend) }</legend>
            <p class="hint" id="setup-deniability-protects">{ locale.t(Key::SetupDeniabilityProtects) }</p>
            <p class="hint" id="setup-deniability-costs">{ costs }</p>
            for (level, id, label) in options {
                <label class="check">
                    <input type="radio" name="setup-deniability" {id} checked={chosen == level} onchange={choose(level)} />
                    <span>{ label }</span>
                </label>
            }
        </fieldset>
    }
}
