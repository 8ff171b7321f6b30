//! The units editor.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Key;
use crate::instrument::MAX_UNITS;
use crate::lang::{fill, Explain};
use crate::link::{Field, LinkError};
use crate::setup::{Action, UnitAction, UnitFocus};
use crate::ui::{browser, use_locale};

#[derive(Properties, PartialEq)]
pub(super) struct UnitsEditorProps {
    /// The units as typed.
    pub units: Rc<Vec<String>>,
    /// The problem shown at each unit.
    pub problems: Rc<Vec<Option<LinkError>>>,
    /// The staff invited to each unit, as typed (one entry per unit).
    pub staff: Rc<Vec<String>>,
    /// The problem shown at each unit's staff invited.
    pub staff_problems: Rc<Vec<Option<LinkError>>>,
    /// Where every change goes.
    pub dispatch: Callback<Action>,
}

/// The element a [`UnitFocus`] names.
fn focus_id(focus: UnitFocus) -> String {
    match focus {
        UnitFocus::Name(index) => format!("setup-unit-{index}"),
        UnitFocus::Up(index) => format!("setup-unit-{index}-up"),
        UnitFocus::Down(index) => format!("setup-unit-{index}-down"),
        UnitFocus::Add => "setup-unit-add".to_string(),
    }
}

/// Add, rename, remove and reorder units, by keyboard as by mouse: every action is a button, and
/// focus follows the unit that moved or lands on the next one left (`UnitAction::focus`).
#[component]
pub(super) fn UnitsEditor(props: &UnitsEditorProps) -> Html {
    let locale = use_locale();
    let focus = use_state(|| None::<String>);
    {
        let focus = focus.clone();
        use_effect_with((*focus).clone(), move |target| {
            if let Some(id) = target {
                browser::focus_id(id);
                focus.set(None);
            }
        });
    }
    let count = props.units.len();
    let change = |action: UnitAction| {
        let dispatch = props.dispatch.clone();
        let focus = focus.clone();
        let then_focus = action.focus(count).map(focus_id);
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::Unit(action.clone()));
            focus.set(then_focus.clone());
        })
    };
    // At the limit the button is disabled; say why beside it.
    let full = count >= usize::from(MAX_UNITS);
    html! {
        <fieldset class="units">
            <legend>{ locale.t(Key::SetupUnitsLegend) }</legend>
            <p class="hint" id="setup-units-hint">{ fill(locale.t(Key::SetupUnitsHint), &[("max", &MAX_UNITS.to_string())]) }</p>
            if count > 0 {
                <p class="hint" id="setup-units-staff-hint">{ locale.t(Key::SetupUnitsStaffHint) }</p>
            }
            if count > 0 {
                <ol class="unit-list">
                    for (index, unit) in props.units.iter().enumerate() {
                        { {
                            let id = format!("setup-unit-{index}");
                            let problem = props.problems.get(index).cloned().flatten()
                                .map(|p| p.message(locale.lang));
                            let oninput = {
                                let dispatch = props.dispatch.clone();
                                Callback::from(move |event: InputEvent| {
                                    dispatch.emit(Action::Unit(UnitAction::Rename(index, browser::input_value(&event))))
                                })
                            };
                            let staff_id = format!("{id}-staff");
                            let staff = props.staff.get(index).cloned().unwrap_or_default();
                            let staff_problem = props.staff_problems.get(index).cloned().flatten()
                                .map(|p| p.message(locale.lang));
                            let on_staff = {
                                let dispatch = props.dispatch.clone();
                                Callback::from(move |event: InputEvent| {
                                    dispatch.emit(Action::UnitStaff(index, browser::input_value(&event)))
                                })
                            };
                            let on_staff_left = {
                                let dispatch = props.dispatch.clone();
                                Callback::from(move |_: FocusEvent| dispatch.emit(Action::Visit(Field::UnitStaff)))
                            };
                            let n = (index + 1).to_string();
                            let label = |key: Key| fill(locale.t(key), &[("n", &n)]);
                            html! {
                                <li class="unit" key={index}>
                                    <input id={id.clone()} class="unit__name" type="text" value={unit.clone()} aria-label={label(Key::SetupUnitLabel)}
                                        aria-invalid={problem.is_some().to_string()}
                                        aria-describedby={problem.is_some().then(|| format!("{id}-error"))}
                                        {oninput} />
                                    // The visible words are the start of the accessible name, which adds the unit.
                                    <label class="unit__staff">
                                        <span aria-hidden="true">{ locale.t(Key::SetupUnitStaffShort) }</span>
                                        <input id={staff_id.clone()} type="text" inputmode="numeric" autocomplete="off"
                                            value={staff} aria-label={label(Key::SetupUnitStaff)}
                                            aria-invalid={staff_problem.is_some().to_string()}
                                            aria-describedby={if staff_problem.is_some() { format!("setup-units-staff-hint {staff_id}-error") } else { "setup-units-staff-hint".to_string() }}
                                            oninput={on_staff} onblur={on_staff_left} />
                                    </label>
                                    <span class="unit__buttons">
                                        <button type="button" class="button button--quiet" id={format!("{id}-up")} disabled={index == 0}
                                            aria-label={label(Key::SetupUnitUp)}
                                            onclick={change(UnitAction::Up(index))}>{ "↑" }</button>
                                        <button type="button" class="button button--quiet" id={format!("{id}-down")} disabled={index + 1 == count}
                                            aria-label={label(Key::SetupUnitDown)}
                                            onclick={change(UnitAction::Down(index))}>{ "↓" }</button>
                                        <button type="button" class="button button--quiet" aria-label={label(Key::SetupUnitRemove)}
                                            onclick={change(UnitAction::Remove(index))}>
                                            { locale.t(Key::SetupUnitRemoveShort) }
                                        </button>
                                    </span>
                                    if let Some(problem) = problem {
                                        <p class="error field-error" id={format!("{id}-error")}>{ problem }</p>
                                    }
                                    if let Some(problem) = staff_problem {
                                        <p class="error field-error" id={format!("{staff_id}-error")}>{ problem }</p>
                                    }
                                </li>
                            }
                        } }
                    }
                </ol>
            }
            if full {
                <p class="hint">{ LinkError::TooManyUnits.message(locale.lang) }</p>
            }
            <p>
                <button type="button" class="button" id="setup-unit-add" disabled={full}
                    onclick={change(UnitAction::Add)}>
                    { locale.t(Key::SetupUnitAdd) }
                </button>
            </p>
        </fieldset>
    }
}
