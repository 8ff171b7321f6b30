//! The report on the work system: the core writes it (`report::markup`, every chart an SVG with a
//! text alternative and a table, every outside text escaped); this inserts it, saves a chart as
//! an SVG or PNG file when one of its buttons is pressed, and keeps the heatmap's order the
//! organizer chose in its `<select>`. A function, not a component: the page holds the order and
//! writes the markup again only when the figures, the language or the order change.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::link::SurveyLink;
use crate::report::{markup, HeatSort, Report};
use crate::ui::browser;

/// The heatmap's order as the page holds it: the order, and whether focus goes back to its
/// `<select>` once the report is written again in the new order (which replaces the `<select>`).
pub struct Sort {
    /// The order chosen.
    pub order: UseStateHandle<HeatSort>,
    /// Set when the order was chosen with the `<select>`.
    pub refocus: Rc<Cell<bool>>,
}

/// The report's `markup` (written by the page for `report` of the survey `link` in the order
/// `sort` holds), with one handler for every chart's "save as" buttons and one for the heatmap's order.
pub fn report_view(
    instrument: &'static Instrument,
    report: &Rc<Report>,
    markup: AttrValue,
    link: &Rc<SurveyLink>,
    sort: &Sort,
    lang: Lang,
) -> Html {
    let on_sort = {
        let (order, refocus) = (sort.order.clone(), sort.refocus.clone());
        let levers = instrument.levers.len();
        let statements = report.figures.as_ref().map_or(0, |f| f.statements.len());
        Callback::from(move |event: Event| {
            let id = browser::select_value(&event);
            let Some(choice) = HeatSort::from_id(&id, levers, statements) else {
                return;
            };
            refocus.set(true);
            order.set(choice);
        })
    };
    let on_export = {
        let report = report.clone();
        let (link, order) = (link.clone(), *sort.order);
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
                    (instrument, &link.statements),
                    heatmap,
                    &link.units,
                    order,
                    &link.title,
                    report.n,
                    report.min_group,
                    estimated,
                    lang,
                )),
                _ => markup::chart_file(
                    chart,
                    instrument,
                    figures,
                    &link.title,
                    report.n,
                    estimated,
                    lang,
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
    html! {
        <div class="report" onclick={on_export} onchange={on_sort}>
            { Html::from_html_unchecked(markup) }
        </div>
    }
}
