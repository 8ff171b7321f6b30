//! The report on the work system: the core writes it (`report::markup`, every chart an SVG with a
//! text alternative and a table, every outside text escaped); this inserts it, saves a chart as
//! an SVG or PNG file when one of its buttons is pressed, and keeps the heatmap's order the
//! organizer chose in its `<select>`.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::instrument::Instrument;
use crate::report::{markup, HeatSort, Rates, Report, Series};
use crate::ui::{browser, use_locale};

/// Props of [`ReportView`].
#[derive(Properties)]
pub struct ReportViewProps {
    /// The questionnaire the codes were made with.
    pub instrument: &'static Instrument,
    /// The report of the latest wave given codes.
    pub report: Rc<Report>,
    /// The series of waves given codes and their labels, when there are two or more.
    #[prop_or_default]
    pub trend: Option<Rc<(Series, Vec<String>)>>,
    /// The organizer's unit names.
    pub units: Rc<Vec<String>>,
    /// The response rates, for the whole survey and each unit whose figures are shown.
    pub rates: Rc<Rates>,
    /// The survey's name, written on saved charts.
    pub survey: AttrValue,
}

/// The page makes a report and comparison again only when the model's version changes
/// (`Summary::version`) and otherwise passes the same `Rc`s, so comparing pointers is enough, and
/// it keeps a field-by-field comparison of every figure out of the wasm.
impl PartialEq for ReportViewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.report, &other.report)
            && match (&self.trend, &other.trend) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
            && self.units == other.units
            && Rc::ptr_eq(&self.rates, &other.rates)
            && self.survey == other.survey
            && self.instrument == other.instrument
    }
}

/// The whole report.
#[component]
pub fn ReportView(props: &ReportViewProps) -> Html {
    let locale = use_locale();
    let lang = locale.lang;
    let report = &props.report;
    // The heatmap's order. The report is written again in the new order, which replaces the
    // `<select>` too: focus goes back to it, so keys can keep choosing.
    let sort = use_state(HeatSort::default);
    let refocus = use_mut_ref(|| false);
    {
        let refocus = refocus.clone();
        use_effect_with(*sort, move |_| {
            if std::mem::take(&mut *refocus.borrow_mut()) {
                browser::focus_id("heat-sort");
            }
        });
    }
    let on_sort = {
        let (sort, refocus) = (sort.clone(), refocus.clone());
        let levers = props.instrument.levers.len();
        Callback::from(move |event: Event| {
            let Some(choice) = HeatSort::from_id(&browser::select_value(&event), levers) else {
                return;
            };
            *refocus.borrow_mut() = true;
            sort.set(choice);
        })
    };
    // One handler for every chart's "save as" buttons, which the core's markup carries.
    let on_export = {
        let report = report.clone();
        let (instrument, survey) = (props.instrument, props.survey.clone());
        let (units, sort) = (props.units.clone(), *sort);
        Callback::from(move |event: MouseEvent| {
            // A click's target is an element (text is never one).
            let button = event
                .target()
                .map(JsCast::unchecked_into::<web_sys::Element>)
                .and_then(|t| t.closest("[data-chart]").ok().flatten());
            let Some(button) = button else { return };
            let chart = button
                .get_attribute("data-chart")
                .and_then(|id| markup::Chart::from_id(&id));
            let (Some(chart), Some(figures)) = (chart, &report.figures) else {
                return;
            };
            let estimated = report.deniability.is_some();
            let drawn = match (chart, &figures.heatmap) {
                (markup::Chart::Heatmap, Some(heatmap)) => Some(markup::heatmap_file(
                    instrument,
                    heatmap,
                    &units,
                    sort,
                    &survey,
                    report.n,
                    report.min_group,
                    estimated,
                    lang,
                )),
                _ => markup::chart_file(
                    chart, instrument, figures, &survey, report.n, estimated, lang,
                )
                .map(|(svg, height)| (svg, markup::CHART_WIDTH, height)),
            };
            let Some((svg, width, height)) = drawn else {
                return;
            };
            let format = button.get_attribute("data-format").unwrap_or_default();
            let name = format!("candor-{}.{format}", chart.id());
            if format == "png" {
                browser::download_png(&svg, width, height, &name);
            } else {
                browser::download(&name, "image/svg+xml", &svg);
            }
        })
    };
    let markup = markup::report_sorted(
        props.instrument,
        report,
        props
            .trend
            .as_deref()
            .map(|(series, labels)| markup::Trend { series, labels }),
        &props.units,
        &props.rates,
        *sort,
        lang,
    );
    html! {
        <div class="report" onclick={on_export} onchange={on_sort}>
            { Html::from_html_unchecked(AttrValue::from(markup)) }
        </div>
    }
}
