//! The links, the poster, the slips and the kit of a valid survey.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{t, Key};
use crate::lang::{fill, Lang};
use crate::link::SurveyLink;
use crate::report::action::Plan;
use crate::setup::{
    invitation, kit_file, kit_file_name, poster_svg, survey_lang, Links, FIRST_KEY,
};
use crate::ui::widgets::copy_field;
use crate::ui::{browser, use_locale, Locale, Route, Site};

/// Longest link the poster prints for typing; a longer one (many units, long names) would fill the
/// page and nobody would type it.
const TYPABLE_LINK: usize = 400;

#[derive(Properties, PartialEq)]
pub(super) struct SurveyKitProps {
    /// The settings of a valid survey.
    pub link: Rc<SurveyLink>,
    /// When an edit raised the number of slips: the first new slip's serial.
    pub new_slips_from: Option<u16>,
    /// The commitments of the summary link being edited, carried into the new one.
    pub plan: Rc<Plan>,
}

/// The links, the poster and the kit of a valid survey.
#[component]
pub(super) fn SurveyKit(props: &SurveyKitProps) -> Html {
    let locale = use_locale();
    let link = &*props.link;
    let links = Links::new(&super::site_root(), link).with_plan(&props.plan);
    let slips = link.slip_check.filter(|_| link.slips);
    let lang = survey_lang(link, locale.lang);
    let on_download = {
        let file = kit_file(link, &links, locale.lang);
        let name = kit_file_name(link);
        Callback::from(move |_: MouseEvent| {
            browser::download(&name, "text/plain;charset=utf-8", &file);
        })
    };
    // A long title or instruction prints smaller, so the poster stays one page.
    let crowded = link.title.chars().count() > 50
        || link.organization.chars().count() + link.send_to.chars().count() > 160;
    let qr = poster_svg(&links, t(lang, Key::QrLabel))
        .map(|svg| Html::from_html_unchecked(AttrValue::from(svg)));
    html! {
        <>
            <section class="links no-print" aria-labelledby="links-title">
                <h2 id="links-title" tabindex="-1">{ locale.t(Key::SetupLinksTitle) }</h2>
                { copy_field("survey-link", locale.t(Key::SetupSurveyLink), links.survey.clone(), Some(locale.t(Key::SetupOpenSurvey)), false, &locale) }
                if let Some(shared) = &links.shared {
                    { copy_field("shared-link", locale.t(Key::SetupSharedLink), shared.clone(), Some(locale.t(Key::SetupOpenSurvey)), false, &locale) }
                }
                { copy_field("summary-link", locale.t(Key::SetupSummaryLink), links.summary.clone(), Some(locale.t(Key::SetupOpenSummary)), false, &locale) }
            </section>
            <section class="poster-section" aria-labelledby="poster-title">
                <h2 id="poster-title" class="no-print">{ locale.t(Key::SetupPosterTitle) }</h2>
                <p class="hint no-print">{ locale.t(Key::SetupPrintHint) }</p>
                <p class="actions no-print">
                    <button type="button" class="button" onclick={Callback::from(|_| browser::print())}>{ locale.t(Key::SetupPrint) }</button>
                </p>
                <div class={classes!("poster", crowded.then_some("poster--crowded"))} lang={lang.tag()}>
                    <p class="poster__title">{ &link.title }</p>
                    if !link.organization.is_empty() {
                        <p class="poster__org">{ fill(t(lang, Key::SurveyRunBy), &[("org", &link.organization)]) }</p>
                    }
                    if let Some(qr) = qr {
                        <div class="poster__qr">{ qr }</div>
                        <p class="poster__scan">{ t(lang, Key::PosterScan) }</p>
                    } else {
                        <p class="error no-print" role="alert">{ locale.t(Key::SetupQrTooLong) }</p>
                    }
                    if links.survey.chars().count() <= TYPABLE_LINK {
                        <p class="poster__link">{ &links.survey }</p>
                    } else {
                        <p class="poster__link">{ t(lang, Key::PosterLinkLong) }</p>
                    }
                    if link.slips {
                        <p class="poster__slip">{ t(lang, Key::PosterSlip) }</p>
                    }
                    <p class="poster__time">{ t(lang, Key::PosterTime) }</p>
                    <p class="poster__promise">{ t(lang, Key::PosterPromise) }</p>
                    if !link.send_to.is_empty() {
                        <p class="poster__send">{ &link.send_to }</p>
                    }
                </div>
            </section>
            if let Some(check) = slips {
                { slips_section(link, check.count, props.new_slips_from, &locale) }
            }
            <section class="kit no-print" aria-labelledby="kit-title">
                <h2 id="kit-title">{ locale.t(Key::SetupKitTitle) }</h2>
                { copy_field("invitation-en", locale.t(Key::SetupInvitationEn), invitation(link, &links, Lang::En), None, true, &locale) }
                { copy_field("invitation-es", locale.t(Key::SetupInvitationEs), invitation(link, &links, Lang::Es), None, true, &locale) }
                <p class="actions">
                    <button type="button" class="button" onclick={on_download}>{ locale.t(Key::SetupDownload) }</button>
                </p>
                <p class="hint">{ locale.t(Key::SetupDownloadHint) }</p>
                <h3>{ locale.t(Key::SetupChecklistTitle) }</h3>
                <ul class="plain-list checklist">
                    if slips.is_some() {
                        <li>{ locale.t(Key::SetupChecklistSlipsPrint) }</li>
                        <li>{ locale.t(Key::SetupChecklistSlipsDraw) }</li>
                        <li>{ locale.t(Key::SetupChecklistSlipsKey) }</li>
                    }
                    <li>{ locale.t(Key::SetupChecklistBox) }</li>
                    <li>{ locale.t(Key::SetupChecklistCollectors) }</li>
                    <li>{ locale.t(Key::SetupChecklistMail) }</li>
                    <li>{ locale.t(Key::SetupChecklistOnce) }</li>
                </ul>
            </section>
        </>
    }
}

/// The way to the sheet of slips: a new tab at `#/slips?` with the summary link's settings (which
/// hold the key), and, when an edit added slips, a sheet of only the new ones.
fn slips_section(link: &SurveyLink, count: u16, new_from: Option<u16>, locale: &Locale) -> Html {
    let sheet = format!(
        "{}?{}",
        Route::Slips.href(Site::Setup),
        link.to_summary_query()
    );
    html! {
        <section class="slips-section no-print" aria-labelledby="slips-title">
            <h2 id="slips-title">{ locale.t(Key::SetupSlipsTitle) }</h2>
            <p class="hint">{ locale.t(Key::SetupSlipsSheetHint) }</p>
            if let Some(from) = new_from {
                <p class="panel notice">{ fill(locale.t(Key::SetupSlipsNewHint), &[("before", &from.to_string()), ("after", &count.to_string())]) }</p>
            }
            <p class="actions">
                <a class="button button--primary" id="slips-open" href={sheet.clone()} target="_blank">{ locale.t(Key::SetupSlipsOpen) }</a>
                if let Some(from) = new_from {
                    <a class="button" id="slips-open-new" href={format!("{sheet}&{FIRST_KEY}={from}")} target="_blank">
                        { fill(locale.t(Key::SetupSlipsOpenNew), &[("from", &(from + 1).to_string()), ("to", &count.to_string())]) }
                    </a>
                }
            </p>
        </section>
    }
}
