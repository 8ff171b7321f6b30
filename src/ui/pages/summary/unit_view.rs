//! The unit reports as a printable document, shown instead of the summary page: a toolbar (not
//! printed) to choose every unit or one, print, or go back, and the document the core writes
//! (`report::markup::unit_reports_document`), inserted as it is.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Key;
use crate::instrument::Instrument;
use crate::report::markup::{unit_reports_document, UnitChoice};
use crate::report::{Report, UnitReports};
use crate::ui::{browser, use_locale};

/// Props of [`UnitDocument`].
#[derive(Properties)]
pub struct UnitDocumentProps {
    /// The questionnaire.
    pub instrument: &'static Instrument,
    /// The organization's report of the wave shown.
    pub report: Rc<Report>,
    /// That wave's unit reports.
    pub reports: Rc<UnitReports>,
    /// The organizer's unit names.
    pub units: Rc<Vec<String>>,
    /// The survey's name.
    pub survey: AttrValue,
    /// Back to the summary page.
    pub on_back: Callback<()>,
}

/// The same figures come in the same `Rc`s (the page makes them once per version).
impl PartialEq for UnitDocumentProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.report, &other.report)
            && Rc::ptr_eq(&self.reports, &other.reports)
            && self.units == other.units
            && self.survey == other.survey
            && self.on_back == other.on_back
    }
}

/// The toolbar and the document.
#[component]
pub fn UnitDocument(props: &UnitDocumentProps) -> Html {
    let locale = use_locale();
    let lang = locale.lang;
    let choice = use_state(UnitChoice::default);
    // Each unit's printed pages name it in their footer.
    {
        let footers: Vec<(usize, String)> = props
            .reports
            .reports
            .iter()
            .map(|r| {
                let name = props.units.get(r.unit.wrapping_sub(1)).cloned();
                (r.unit, name.unwrap_or_default())
            })
            .collect();
        use_effect_with(footers, |footers| browser::print_unit_footers(footers));
    }
    // The toolbar takes focus when the document opens, so keys start there.
    use_effect_with((), |_| browser::focus_id("unit-doc-choice"));
    let on_choice = {
        let choice = choice.clone();
        Callback::from(move |event: Event| {
            let value = browser::select_value(&event);
            choice.set(match value.parse::<usize>() {
                Ok(unit) => UnitChoice::One(unit),
                Err(_) => UnitChoice::All,
            });
        })
    };
    let on_back = {
        let back = props.on_back.clone();
        Callback::from(move |_| back.emit(()))
    };
    let document = unit_reports_document(
        props.instrument,
        &props.report,
        &props.reports,
        &props.units,
        &props.survey,
        *choice,
        lang,
    );
    html! {
        <div class="unit-view">
            <p class="unit-doc__bar no-print">
                <label for="unit-doc-choice">{ locale.t(Key::UnitReportsChoose) }</label>
                <select id="unit-doc-choice" onchange={on_choice}>
                    <option value="all" selected={*choice == UnitChoice::All}>{ locale.t(Key::UnitReportsAll) }</option>
                    for report in props.reports.reports.iter() {
                        <option value={report.unit.to_string()} selected={*choice == UnitChoice::One(report.unit)}>
                            { props.units.get(report.unit.wrapping_sub(1)).cloned().unwrap_or_default() }
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
