//! The unit reports as one printable document: a toolbar (not printed) to choose every unit or
//! one, print, or go back, and the document the core writes (`Printout::unit_document`),
//! inserted as it is. Each unit's printed pages name it in their footer
//! (`browser::print_unit_footers`).

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Key;
use crate::report::markup::UnitChoice;
use crate::summary::Printout;
use crate::ui::{browser, use_locale};

/// Props of [`UnitDocument`].
#[derive(Properties, PartialEq)]
pub struct UnitDocumentProps {
    /// The figures the summary handed over.
    pub printout: Rc<Printout>,
}

/// The toolbar and the document of the wave's unit reports, each beside the organization's
/// report, for the units chosen (at first, all of them).
#[component]
pub fn UnitDocument(props: &UnitDocumentProps) -> Html {
    let locale = use_locale();
    let printout = &props.printout;
    let choice = use_state(|| UnitChoice::All);
    let figures = use_memo(printout.clone(), |printout| {
        let report = printout.report();
        let reports = printout.unit_reports(&report);
        (report, reports)
    });
    let units = &printout.settings().units;
    {
        let footers: Vec<(usize, String)> = figures
            .1
            .iter()
            .flat_map(|r| &r.reports)
            .map(|r| {
                let name = units.get(r.unit.wrapping_sub(1)).cloned();
                (r.unit, name.unwrap_or_default())
            })
            .collect();
        use_effect_with(footers, |footers| browser::print_unit_footers(footers));
    }
    let (report, Some(reports)) = &*figures else {
        return html! {
            <>
                <h1>{ locale.t(Key::UnitReportsOpen) }</h1>
                <p role="status">{ locale.t(Key::UnitReportsNone) }</p>
                <p><button type="button" class="button" onclick={Callback::from(|_| browser::close())}>{ locale.t(Key::UnitReportsBack) }</button></p>
            </>
        };
    };
    let on_choice = {
        let choice = choice.clone();
        Callback::from(move |event: Event| {
            let value = browser::select_value(&event);
            choice.set(match value.parse::<usize>() {
                Ok(unit) => UnitChoice::One(unit),
                Err(_) => UnitChoice::All,
            })
        })
    };
    let document = printout.unit_document(report, reports, *choice, locale.lang);
    html! {
        <div class="unit-view">
            <h1 class="no-print">{ locale.t(Key::UnitReportsOpen) }</h1>
            <p class="unit-doc__bar no-print">
                <label for="unit-doc-choice">{ locale.t(Key::UnitReportsChoose) }</label>
                <select id="unit-doc-choice" onchange={on_choice}>
                    <option value="all" selected={*choice == UnitChoice::All}>{ locale.t(Key::UnitReportsAll) }</option>
                    for report in reports.reports.iter() {
                        <option value={report.unit.to_string()} selected={*choice == UnitChoice::One(report.unit)}>
                            { units.get(report.unit.wrapping_sub(1)).cloned().unwrap_or_default() }
                        </option>
                    }
                </select>
                <button type="button" class="button" onclick={Callback::from(|_| browser::print())}>{ locale.t(Key::ExportPrint) }</button>
                <button type="button" class="button" onclick={Callback::from(|_| browser::close())}>{ locale.t(Key::UnitReportsBack) }</button>
            </p>
            { Html::from_html_unchecked(AttrValue::from(document)) }
        </div>
    }
}
