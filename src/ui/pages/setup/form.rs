//! The form: the survey's identifier, title, organization, units, role, language, minimum group
//! size, where codes go, shared devices, single-use slips, deniability, the advice, and "Make the
//! links".

use std::rc::Rc;

use yew::prelude::*;

use super::deniability::deniability;
use super::slips::slips;
use super::statements::statements;
use super::units::UnitsEditor;
use crate::i18n::{t, Key};
use crate::lang::{fill, Explain, Lang};
use crate::link::{Field, SurveyLink, MAX_SEND_TO};
use crate::report::{MIN_GROUP_CEILING, MIN_GROUP_DEFAULT, MIN_GROUP_FLOOR};
use crate::respondent::IDLE_MINUTES;
use crate::setup::{advice, Action, EditEffect, Setup};
use crate::ui::{browser, Locale};

/// The form of `setup`, whose settings as linked are `checked`; every change goes to `dispatch`.
pub(super) fn form(
    setup: &Setup,
    checked: &SurveyLink,
    dispatch: &Callback<Action>,
    locale: &Locale,
) -> Html {
    let visit = |field: Field| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: FocusEvent| dispatch.emit(Action::Visit(field)))
    };
    let text_input = |action: fn(String) -> Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |event: InputEvent| dispatch.emit(action(browser::input_value(&event))))
    };
    let problem = |field: Field| setup.problem(field).map(|p| p.message(locale.lang));
    let on_make = {
        let dispatch = dispatch.clone();
        let valid = setup.settings().is_ok();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            dispatch.emit(Action::Make);
            browser::focus_soon(if valid {
                "#links-title"
            } else {
                "[aria-invalid=true]"
            });
        })
    };
    let lang_options = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            dispatch.emit(Action::Lang(Lang::from_tag(&browser::select_value(&event))))
        })
    };
    let on_role = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: Event| dispatch.emit(Action::ToggleRole))
    };
    let on_shared = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: Event| dispatch.emit(Action::ToggleShared))
    };
    let error = |id: &str, message: Option<String>| -> Html {
        match message {
            Some(message) => {
                html! { <p class="error field-error" id={format!("{id}-error")}>{ message }</p> }
            }
            None => html! {},
        }
    };
    let id_problem = problem(Field::Id);
    let title_problem = problem(Field::Title);
    let org_problem = problem(Field::Organization);
    let send_problem = problem(Field::SendTo);
    let min_message = problem(Field::MinGroup);
    let staff_message = problem(Field::Staff);
    let described = |id: &str, shown: bool| {
        if shown {
            format!("{id}-hint {id}-error")
        } else {
            format!("{id}-hint")
        }
    };
    let link = setup.link();
    let unit_problems = (0..link.units.len())
        .map(|index| setup.unit_problem(index))
        .collect::<Vec<_>>();
    let unit_staff_problems = (0..link.units.len())
        .map(|index| setup.unit_staff_problem(index))
        .collect::<Vec<_>>();
    html! {
        <form class="setup-form no-print" novalidate=true onsubmit={on_make}>
            if setup.asks_id() {
                <div class="field">
                    <label for="setup-id">{ locale.t(Key::SetupIdLabel) }</label>
                    <p class="hint" id="setup-id-hint">{ locale.t(Key::SetupIdHint) }</p>
                    <input id="setup-id" type="text" value={checked.id.clone()} readonly={setup.id_locked()} autocomplete="off" spellcheck="false"
                        aria-invalid={id_problem.is_some().to_string()}
                        aria-describedby={described("setup-id", id_problem.is_some())}
                        oninput={text_input(Action::Id)} onblur={visit(Field::Id)} />
                    { error("setup-id", id_problem.clone()) }
                </div>
            }
            <div class="field">
                <label for="setup-title">{ locale.t(Key::SetupTitleLabel) }</label>
                <p class="hint" id="setup-title-hint">{ locale.t(Key::SetupTitleHint) }</p>
                <input id="setup-title" type="text" value={link.title.clone()} autocomplete="off"
                    aria-invalid={title_problem.is_some().to_string()}
                    aria-describedby={described("setup-title", title_problem.is_some())}
                    oninput={text_input(Action::Title)} onblur={visit(Field::Title)} />
                { error("setup-title", title_problem.clone()) }
            </div>
            <div class="field">
                <label for="setup-org">{ locale.t(Key::SetupOrgLabel) }</label>
                <input id="setup-org" type="text" value={link.organization.clone()} autocomplete="organization"
                    aria-invalid={org_problem.is_some().to_string()}
                    aria-describedby={org_problem.is_some().then_some("setup-org-error")}
                    oninput={text_input(Action::Organization)} onblur={visit(Field::Organization)} />
                { error("setup-org", org_problem.clone()) }
            </div>
            <div class="field field--short">
                <label for="setup-staff">{ locale.t(Key::SetupStaffLabel) }</label>
                <p class="hint" id="setup-staff-hint">{ locale.t(Key::SetupStaffHint) }</p>
                // Text, not number, as for the minimum group size.
                <input id="setup-staff" type="text" inputmode="numeric" autocomplete="off"
                    value={setup.staff().to_string()}
                    aria-invalid={staff_message.is_some().to_string()}
                    aria-describedby={described("setup-staff", staff_message.is_some())}
                    oninput={text_input(Action::Staff)} onblur={visit(Field::Staff)} />
                { error("setup-staff", staff_message.clone()) }
            </div>
            <UnitsEditor units={Rc::new(link.units.clone())} problems={Rc::new(unit_problems)}
                staff={Rc::new(setup.unit_staff().to_vec())} staff_problems={Rc::new(unit_staff_problems)}
                dispatch={dispatch.clone()} />
            { match setup.effect() {
                Some(EditEffect::Renamed) => html! { <p class="panel notice" role="status">{ locale.t(Key::SetupEditRenamed) }</p> },
                Some(EditEffect::Reordered) => html! { <p class="panel notice" role="status">{ locale.t(Key::SetupEditReordered) }</p> },
                Some(EditEffect::Reshaped) => html! { <p class="panel notice" role="status">{ locale.t(Key::SetupEditReshaped) }</p> },
                Some(EditEffect::Reworded) => html! { <p class="panel notice" role="status">{ locale.t(Key::SetupEditReworded) }</p> },
                Some(EditEffect::Remoded) => html! { <p class="panel notice" role="status">{ locale.t(Key::SetupEditRemoded) }</p> },
                Some(EditEffect::SlipsOn) => html! { <p class="panel notice" role="status">{ locale.t(Key::SetupEditSlipsOn) }</p> },
                Some(EditEffect::SlipsOff) => html! { <p class="panel notice" role="status">{ locale.t(Key::SetupEditSlipsOff) }</p> },
                Some(EditEffect::NewSlipKey) => html! { <p class="panel notice" role="status">{ locale.t(Key::SetupEditSlipKey) }</p> },
                Some(EditEffect::FewerSlips { before, after }) => html! {
                    <p class="panel notice" role="status">{ fill(locale.t(Key::SetupEditFewerSlips), &[("before", &before.to_string()), ("after", &after.to_string())]) }</p>
                },
                Some(EditEffect::Same) | None => html! {},
            } }
            <label class="check">
                <input type="checkbox" id="setup-role" checked={link.asks_role} onchange={on_role} />
                <span>{ locale.t(Key::SetupRoleLabel) }</span>
            </label>
            <div class="field">
                <label for="setup-lang">{ locale.t(Key::SetupLangLabel) }</label>
                <select id="setup-lang" class="select" onchange={lang_options}>
                    <option value="" selected={link.lang.is_none()}>{ locale.t(Key::SetupLangBrowser) }</option>
                    for lang in Lang::ALL {
                        <option value={lang.tag()} lang={lang.tag()} selected={link.lang == Some(lang)}>{ t(lang, Key::LanguageName) }</option>
                    }
                </select>
            </div>
            <div class="field field--short">
                <label for="setup-min">{ locale.t(Key::SetupMinLabel) }</label>
                <p class="hint" id="setup-min-hint">{ fill(locale.t(Key::SetupMinHint), &[
                    ("min", &MIN_GROUP_FLOOR.to_string()),
                    ("max", &MIN_GROUP_CEILING.to_string()),
                    ("default", &MIN_GROUP_DEFAULT.to_string()),
                ]) }</p>
                // Text, not number: a number field reports what it cannot read as empty.
                <input id="setup-min" type="text" inputmode="numeric" autocomplete="off"
                    placeholder={MIN_GROUP_DEFAULT.to_string()}
                    value={setup.min_group().to_string()}
                    aria-invalid={min_message.is_some().to_string()}
                    aria-describedby={described("setup-min", min_message.is_some())}
                    oninput={text_input(Action::MinGroup)} onblur={visit(Field::MinGroup)} />
                { error("setup-min", min_message.clone()) }
            </div>
            <div class="field">
                <label for="setup-send">{ locale.t(Key::SetupSendLabel) }</label>
                <p class="hint" id="setup-send-hint">{ locale.t(Key::SetupSendHint) }</p>
                <textarea id="setup-send" rows="2" maxlength={(MAX_SEND_TO * 2).to_string()}
                    value={link.send_to.clone()}
                    aria-invalid={send_problem.is_some().to_string()}
                    aria-describedby={described("setup-send", send_problem.is_some())}
                    oninput={text_input(Action::SendTo)} onblur={visit(Field::SendTo)} />
                { error("setup-send", send_problem.clone()) }
            </div>
            <div>
                <label class="check">
                    <input type="checkbox" id="setup-shared" checked={link.shared} onchange={on_shared}
                        aria-describedby="setup-shared-hint" />
                    <span>{ locale.t(Key::SetupSharedLabel) }</span>
                </label>
                <p class="hint" id="setup-shared-hint">{ fill(locale.t(Key::SetupSharedHint), &[("minutes", &IDLE_MINUTES.to_string())]) }</p>
            </div>
            { statements(setup, dispatch, locale) }
            { slips(setup, dispatch, locale) }
            { deniability(link.deniability, dispatch, locale) }
            { advice_view(checked, locale) }
            <p class="actions">
                <button type="submit" class="button button--primary">{ locale.t(Key::SetupMake) }</button>
            </p>
            if setup.needs_fixing() {
                <p class="error" role="alert">{ locale.t(Key::SetupFix) }</p>
            }
        </form>
    }
}

/// Advice where a choice risks anonymity, in plain words, as the choices are made. The live
/// region is always there, so a screen reader hears advice that appears in it.
fn advice_view(link: &SurveyLink, locale: &Locale) -> Html {
    let advice = advice(link);
    html! {
        <div aria-live="polite">
            if !advice.is_empty() {
                <section class="panel advice" aria-labelledby="advice-title">
                    <h2 id="advice-title">{ locale.t(Key::SetupAdviceTitle) }</h2>
                    <ul class="plain-list">
                        for item in advice {
                            <li>{ item.message(locale.lang) }</li>
                        }
                    </ul>
                </section>
            }
        </div>
    }
}
