//! "What you told us — what we will do": the organizer's commitments (`plan::plan_form`), each
//! change written back into the summary tab's address while it shows this survey; then the staff
//! one-pager with a toolbar (not printed) for paper, language, printing and going back, and its
//! text for e-mail. The words are the core's (`Printout::staff_sheet`, `staff_text`).

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{t, Key};
use crate::lang::Lang;
use crate::report::action::PlanEdit;
use crate::route::{is_summary_beside, summary_beside};
use crate::setup::Paper;
use crate::summary::Printout;
use crate::ui::widgets::copy_field;
use crate::ui::{browser, use_locale};

use super::plan;

/// Props of [`StaffSheet`].
#[derive(Properties, PartialEq)]
pub struct StaffSheetProps {
    /// The figures and commitments the summary handed over, as edited here.
    pub printout: Rc<Printout>,
    /// Takes each change of the commitments.
    pub on_edit: Callback<PlanEdit>,
}

/// Writes the commitments into the summary tab's address when that tab is this page's summary
/// page and shows this survey; `true` when its address holds them (written now or already).
fn give_back(printout: &Printout) -> bool {
    let Some(address) = browser::opener_address() else {
        return false;
    };
    let Some((page, fragment)) = address.split_once('#') else {
        return false;
    };
    let fragment = format!("#{fragment}");
    if !is_summary_beside(&browser::page_address(), page) || !printout.same_survey(&fragment) {
        return false;
    }
    let wanted = format!("#/summary?{}", printout.summary_query());
    wanted == fragment || browser::replace_opener_address(&format!("{page}{wanted}"))
}

/// The one-pager in the chosen paper and language: at first the paper of the browser's region
/// and the survey's start language.
#[component]
pub fn StaffSheet(props: &StaffSheetProps) -> Html {
    let locale = use_locale();
    let printout = &props.printout;
    // The summary tab's address keeps every change of the commitments; when it cannot, the form
    // says so beside the link that keeps them.
    let unlinked = use_state(|| false);
    {
        let unlinked = unlinked.clone();
        let printout = printout.clone();
        use_effect_with(printout.summary_query(), move |_| {
            unlinked.set(!give_back(&printout));
        });
    }
    let link = format!(
        "{}#/summary?{}",
        summary_beside(&browser::page_address()).unwrap_or_default(),
        printout.summary_query()
    );
    let choice = {
        let start = printout.settings().lang.unwrap_or(locale.lang);
        use_state(move || (Paper::for_language_tag(&browser::language_tag()), start))
    };
    let (paper, lang) = *choice;
    let markup = printout.staff_sheet(lang);
    let text = printout.staff_text(lang);
    let papers = [
        (
            Paper::Letter,
            "sheet-paper-letter",
            locale.t(Key::SheetLetter),
        ),
        (Paper::A4, "sheet-paper-a4", locale.t(Key::SheetA4)),
    ];
    let on_download = {
        let text = text.clone();
        Callback::from(move |_: MouseEvent| {
            browser::download(
                "candor-staff-summary.txt",
                "text/plain;charset=utf-8",
                &text,
            );
        })
    };
    let choose = |next: (Paper, Lang)| {
        let choice = choice.clone();
        Callback::from(move |_: Event| choice.set(next))
    };
    let sheet = format!(
        "<div class=\"staff-paper staff-paper--{}\">{markup}</div>",
        paper.name()
    );
    html! {
        <div class="staff-view">
            <h1 class="no-print">{ locale.t(Key::ActionTitle) }</h1>
            { plan::plan_form(printout, link, *unlinked, &props.on_edit, &locale) }
            <section class="sheet-tools no-print" aria-labelledby="sheet-tools-title">
                <h2 id="sheet-tools-title">{ locale.t(Key::PosterTools) }</h2>
                <fieldset class="sheet-tools__choice">
                    <legend>{ locale.t(Key::SheetPaper) }</legend>
                    for (other, id, label) in papers {
                        <label for={id}>
                            <input type="radio" name="staff-paper" {id} checked={paper == other} onchange={choose((other, lang))} />
                            { label }
                        </label>
                    }
                </fieldset>
                <fieldset class="sheet-tools__choice">
                    <legend>{ locale.t(Key::PosterLanguage) }</legend>
                    for other in Lang::ALL {
                        <label for={format!("staff-lang-{}", other.tag())} lang={other.tag()}>
                            <input type="radio" name="staff-lang" id={format!("staff-lang-{}", other.tag())} checked={lang == other} onchange={choose((paper, other))} />
                            { t(other, Key::LanguageName) }
                        </label>
                    }
                </fieldset>
                <p class="input-actions">
                    <button type="button" class="button" id="sheet-print" onclick={Callback::from(|_| browser::print())}>{ locale.t(Key::PosterPrint) }</button>
                    <button type="button" class="button button--quiet" id="sheet-back" onclick={Callback::from(|_| browser::close())}>{ locale.t(Key::PosterBack) }</button>
                </p>
            </section>
            { Html::from_html_unchecked(AttrValue::from(sheet)) }
            <section class="sheet-text no-print" aria-label={locale.t(Key::ActionText)}>
                { copy_field("staff-text", locale.t(Key::ActionText), text, None, true, &locale) }
                <p><button type="button" class="button button--quiet" id="staff-text-download" onclick={on_download}>{ locale.t(Key::ActionTextDownload) }</button></p>
            </section>
        </div>
    }
}
