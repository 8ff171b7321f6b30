//! The unit reports as a printable document, shown instead of the summary page: a toolbar (not
//! printed) to choose every unit or one, print, or go back, and the document the core writes
//! (`report::markup::unit_reports_document`), inserted as it is. A plain function: the page keeps
//! the choice, and sets each unit's printed footer (`browser::print_unit_footers`).

use yew::prelude::*;

use crate::i18n::Key;
use crate::report::markup::{unit_reports_document, UnitChoice};
use crate::report::{Report, UnitReports};
use crate::summary::Summary;
use crate::ui::{browser, Locale};

/// The toolbar and the document of `summary`'s unit `reports` (the organization's `report` beside
/// each), for the units `choice` names; `set` changes the choice, and `None` goes back to the
/// summary.
pub fn unit_document(
    summary: &Summary,
    report: &Report,
    reports: &UnitReports,
    choice: UnitChoice,
    set: &Callback<Option<UnitChoice>>,
    locale: &Locale,
) -> Html {
    let units = &summary.settings().units;
    let on_choice = set.reform(|event: Event| {
        let value = browser::select_value(&event);
        Some(match value.parse::<usize>() {
            Ok(unit) => UnitChoice::One(unit),
            Err(_) => UnitChoice::All,
        })
    });
    let on_back = set.reform(|_: MouseEvent| None);
    let document = unit_reports_document(
        summary.instrument(),
        report,
        reports,
        units,
        &summary.settings().title,
        choice,
        locale.lang,
    );
    html! {
        <div class="unit-view">
            <p class="unit-doc__bar no-print">
                <label for="unit-doc-choice">{ locale.t(Key::UnitReportsChoose) }</label>
                <select id="unit-doc-choice" onchange={on_choice}>
                    <option value="all" selected={choice == UnitChoice::All}>{ locale.t(Key::UnitReportsAll) }</option>
                    for report in reports.reports.iter() {
                        <option value={report.unit.to_string()} selected={choice == UnitChoice::One(report.unit)}>
                            { units.get(report.unit.wrapping_sub(1)).cloned().unwrap_or_default() }
                        </option>
                    }
                </select>
                <button type="button" class="button" onclick={Callback::from(|_| browser::print())}>{ locale.t(Key::ExportPrint) }</button>
                <button type="button" class="button" onclick={on_back}>{ locale.t(Key::UnitReportsBack) }</button>
            </p>
            { Html::from_html_unchecked(AttrValue::from(document)) }
        </div>
    }
}
