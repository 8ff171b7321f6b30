//! The setup page (`organizer/setup/`): the organizer describes a survey and leaves with its
//! links, a QR poster, an invitation and a file that keeps it all. The settings are a
//! [`SurveyLink`] from the first keystroke, checked by [`SurveyLink::problems`] like any link;
//! the texts and the QR code come from the core (`setup`).

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{t, Key};
use crate::instrument::MAX_UNITS;
use crate::lang::{fill, Explain, Lang};
use crate::link::{parse_min_group, Field, LinkError, SurveyLink, MAX_SEND_TO};
use crate::report::{MIN_GROUP_CEILING, MIN_GROUP_DEFAULT, MIN_GROUP_FLOOR};
use crate::route::split_fragment;
use crate::setup::{
    advice, invitation, kit_file, kit_file_name, new_id, qr_svg, sections_asked, survey_lang,
    Links, ID_SYMBOLS,
};
use crate::ui::pages::survey::Welcome;
use crate::ui::{browser, use_locale, Locale};

/// Props of [`SetupPage`].
#[derive(Properties, PartialEq)]
pub struct SetupPageProps {
    /// The URL fragment: `#/` for a new survey, `#/edit?…` with the settings of one to edit.
    pub fragment: String,
}

/// How the page was opened.
#[derive(Clone, PartialEq)]
enum Opened {
    /// `#/`: a new survey, with a random identifier.
    New,
    /// `#/edit?…`: an existing survey's settings, from its summary page.
    Edit,
    /// `#/edit` alone: an existing survey whose settings are typed again (the summary link lost).
    Recreate,
    /// Settings that could not be read: a new survey instead.
    BadLink(LinkError),
}

/// A change to the draft, sent up from a field.
type Change = Box<dyn FnOnce(&mut Draft)>;
/// A change to the list of units.
type UnitsChange = Rc<dyn Fn(&mut Vec<String>)>;

/// What the organizer has typed so far.
#[derive(Clone, PartialEq)]
struct Draft {
    link: SurveyLink,
    /// The minimum group size as typed (empty means the default).
    min_group: String,
    /// Whether "Make the links" was pressed: from then on every problem shows, and the links.
    made: bool,
    /// Fields left once, whose problems show even before that.
    visited: Vec<&'static str>,
}

impl Draft {
    /// The settings as they would be linked, with the typed group size read.
    fn settings(&self) -> Result<SurveyLink, LinkError> {
        let mut link = self.link.clone();
        link.min_group = match self.min_group.trim() {
            "" => MIN_GROUP_DEFAULT,
            typed => parse_min_group(typed)?,
        };
        link.validate().map(|()| link)
    }

    fn shows(&self, field: &str) -> bool {
        self.made || self.visited.contains(&field)
    }
}

/// A new survey's settings: a random identifier and nothing else yet.
fn blank() -> SurveyLink {
    let mut random = [0u8; ID_SYMBOLS];
    browser::random(&mut random);
    SurveyLink::new(new_id(random))
}

/// The site's root, where `index.html` is: two folders up from this page.
fn site_root() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .and_then(|here| web_sys::Url::new_with_base("../../", &here).ok())
        .map(|root| root.href())
        .unwrap_or_default()
}

/// The page.
#[component]
pub fn SetupPage(props: &SetupPageProps) -> Html {
    let locale = use_locale();
    let fragment = props.fragment.clone();
    let opened = use_memo((), move |_| match split_fragment(&fragment) {
        ("/edit", "") => (SurveyLink::new(String::new()), Opened::Recreate),
        (_, "") => (blank(), Opened::New),
        (_, query) => match SurveyLink::parse(query) {
            Ok(link) => (link, Opened::Edit),
            Err(problem) => (blank(), Opened::BadLink(problem)),
        },
    });
    let draft = {
        let link = opened.0.clone();
        use_state(move || Draft {
            min_group: link.min_group.to_string(),
            made: false,
            visited: Vec::new(),
            link,
        })
    };
    let results = use_node_ref();
    let update = {
        let draft = draft.clone();
        Callback::from(move |change: Change| {
            let mut next = (*draft).clone();
            change(&mut next);
            draft.set(next);
        })
    };
    let visit = |field: &'static str| {
        let update = update.clone();
        Callback::from(move |_: FocusEvent| {
            update.emit(Box::new(move |d: &mut Draft| {
                if !d.visited.contains(&field) {
                    d.visited.push(field);
                }
            }))
        })
    };
    let text_input = |set: fn(&mut Draft, String)| {
        let update = update.clone();
        Callback::from(move |event: InputEvent| {
            let value = input_value(&event);
            update.emit(Box::new(move |d: &mut Draft| set(d, value)))
        })
    };
    let settings = draft.settings();
    let problems = draft.link.problems();
    let problem_of = |field: Field| -> Option<String> {
        problems
            .iter()
            .find(|p| p.field() == Some(field) && !matches!(p, LinkError::DuplicateUnit(_)))
            .map(|p| p.message(locale.lang))
    };
    let min_problem = match draft.min_group.trim() {
        "" => None,
        typed => parse_min_group(typed).err(),
    };
    let on_make = {
        let update = update.clone();
        let results = results.clone();
        let valid = settings.is_ok();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            update.emit(Box::new(|d: &mut Draft| d.made = true));
            if valid {
                browser::focus_later(results.clone());
            } else {
                browser::focus_first_invalid();
            }
        })
    };
    let lang_options = {
        let update = update.clone();
        Callback::from(move |event: Event| {
            let value = browser::select_value(&event);
            update.emit(Box::new(move |d: &mut Draft| {
                d.link.lang = Lang::from_tag(&value)
            }))
        })
    };
    let on_role = {
        let update = update.clone();
        Callback::from(move |_: Event| {
            update.emit(Box::new(|d: &mut Draft| {
                d.link.asks_role = !d.link.asks_role
            }))
        })
    };
    let respondent_lang = survey_lang(&draft.link, locale.lang);
    let error = |id: &str, message: Option<String>| -> Html {
        match message {
            Some(message) => {
                html! { <p class="error field-error" id={format!("{id}-error")}>{ message }</p> }
            }
            None => html! {},
        }
    };
    let id_problem = problem_of(Field::Id).filter(|_| draft.shows("id"));
    let title_problem = problem_of(Field::Title).filter(|_| draft.shows("title"));
    let org_problem = problem_of(Field::Organization).filter(|_| draft.shows("org"));
    let send_problem = problem_of(Field::SendTo).filter(|_| draft.shows("send"));
    let min_message = min_problem
        .map(|p| p.message(locale.lang))
        .filter(|_| draft.shows("min"));
    let described = |id: &str, shown: bool| {
        if shown {
            format!("{id}-hint {id}-error")
        } else {
            format!("{id}-hint")
        }
    };
    html! {
        <article class="setup">
            <h1>{ locale.t(Key::SetupHeading) }</h1>
            <p class="lead no-print">{ locale.t(Key::SetupIntro) }</p>
            { match &opened.1 {
                Opened::New => html! {},
                Opened::Edit => html! { <p class="panel notice no-print">{ locale.t(Key::SetupEditNotice) }</p> },
                Opened::Recreate => html! { <p class="panel notice no-print">{ locale.t(Key::SetupRecreateNotice) }</p> },
                Opened::BadLink(problem) => html! {
                    <p class="error no-print" role="alert">{ format!("{} {}", locale.t(Key::SetupBadLink), problem.message(locale.lang)) }</p>
                },
            } }
            <form class="setup-form no-print" novalidate=true onsubmit={on_make}>
                if matches!(opened.1, Opened::Edit | Opened::Recreate) {
                    <div class="field">
                        <label for="setup-id">{ locale.t(Key::SetupIdLabel) }</label>
                        <p class="hint" id="setup-id-hint">{ locale.t(Key::SetupIdHint) }</p>
                        <input id="setup-id" type="text" value={draft.link.id.clone()} autocomplete="off" spellcheck="false"
                            aria-invalid={id_problem.is_some().to_string()}
                            aria-describedby={described("setup-id", id_problem.is_some())}
                            oninput={text_input(|d, v| d.link.id = v.trim().to_string())} onblur={visit("id")} />
                        { error("setup-id", id_problem.clone()) }
                    </div>
                }
                <div class="field">
                    <label for="setup-title">{ locale.t(Key::SetupTitleLabel) }</label>
                    <p class="hint" id="setup-title-hint">{ locale.t(Key::SetupTitleHint) }</p>
                    <input id="setup-title" type="text" value={draft.link.title.clone()} autocomplete="off"
                        aria-invalid={title_problem.is_some().to_string()}
                        aria-describedby={described("setup-title", title_problem.is_some())}
                        oninput={text_input(|d, v| d.link.title = v)} onblur={visit("title")} />
                    { error("setup-title", title_problem.clone()) }
                </div>
                <div class="field">
                    <label for="setup-org">{ locale.t(Key::SetupOrgLabel) }</label>
                    <input id="setup-org" type="text" value={draft.link.organization.clone()} autocomplete="organization"
                        aria-invalid={org_problem.is_some().to_string()}
                        aria-describedby={org_problem.is_some().then_some("setup-org-error")}
                        oninput={text_input(|d, v| d.link.organization = v)} onblur={visit("org")} />
                    { error("setup-org", org_problem.clone()) }
                </div>
                <UnitsEditor units={Rc::new(draft.link.units.clone())} link={Rc::new(draft.link.clone())}
                    shows={draft.made} update={update.clone()} />
                <label class="check">
                    <input type="checkbox" id="setup-role" checked={draft.link.asks_role} onchange={on_role} />
                    <span>{ locale.t(Key::SetupRoleLabel) }</span>
                </label>
                <div class="field">
                    <label for="setup-lang">{ locale.t(Key::SetupLangLabel) }</label>
                    <select id="setup-lang" class="select" onchange={lang_options}>
                        <option value="" selected={draft.link.lang.is_none()}>{ locale.t(Key::SetupLangBrowser) }</option>
                        for lang in Lang::ALL {
                            <option value={lang.tag()} lang={lang.tag()} selected={draft.link.lang == Some(lang)}>{ t(lang, Key::LanguageName) }</option>
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
                    <input id="setup-min" type="number" inputmode="numeric" min={MIN_GROUP_FLOOR.to_string()}
                        max={MIN_GROUP_CEILING.to_string()} placeholder={MIN_GROUP_DEFAULT.to_string()}
                        value={draft.min_group.clone()}
                        aria-invalid={min_message.is_some().to_string()}
                        aria-describedby={described("setup-min", min_message.is_some())}
                        oninput={text_input(|d, v| d.min_group = v)} onblur={visit("min")} />
                    { error("setup-min", min_message.clone()) }
                </div>
                <div class="field">
                    <label for="setup-send">{ locale.t(Key::SetupSendLabel) }</label>
                    <p class="hint" id="setup-send-hint">{ locale.t(Key::SetupSendHint) }</p>
                    <textarea id="setup-send" rows="2" maxlength={(MAX_SEND_TO * 2).to_string()}
                        value={draft.link.send_to.clone()}
                        aria-invalid={send_problem.is_some().to_string()}
                        aria-describedby={described("setup-send", send_problem.is_some())}
                        oninput={text_input(|d, v| d.link.send_to = v)} onblur={visit("send")} />
                    { error("setup-send", send_problem.clone()) }
                </div>
                { advice_view(&draft.link, settings.as_ref().ok(), &locale) }
                <p class="actions">
                    <button type="submit" class="button button--primary">{ locale.t(Key::SetupMake) }</button>
                </p>
                if draft.made && settings.is_err() {
                    <p class="error" role="alert">{ locale.t(Key::SetupFix) }</p>
                }
            </form>
            <section class="preview no-print" aria-labelledby="preview-title">
                <h2 id="preview-title">{ locale.t(Key::SetupPreviewTitle) }</h2>
                <div class="preview__frame" lang={respondent_lang.tag()}>
                    <ContextProvider<Locale> context={Locale { lang: respondent_lang, set: Callback::noop() }}>
                        <Welcome link={Rc::new(preview_link(&draft.link, locale.lang))} sections={sections_asked(&draft.link)} preview=true on_start={Callback::noop()} />
                    </ContextProvider<Locale>>
                </div>
            </section>
            <div ref={results} tabindex="-1" class="results">
                if let (true, Ok(link)) = (draft.made, &settings) {
                    <Results link={Rc::new(link.clone())} />
                }
            </div>
        </article>
    }
}

/// What the welcome preview shows while the title is still empty.
fn preview_link(link: &SurveyLink, lang: Lang) -> SurveyLink {
    let mut preview = link.clone();
    if preview.title.trim().is_empty() {
        preview.title = t(lang, Key::SetupTitleLabel).to_string();
    }
    preview
}

fn input_value(event: &InputEvent) -> String {
    use wasm_bindgen::JsCast;
    event
        .target()
        .and_then(|target| {
            target
                .clone()
                .dyn_into::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .or_else(|_| {
                    target
                        .dyn_into::<web_sys::HtmlTextAreaElement>()
                        .map(|a| a.value())
                })
                .ok()
        })
        .unwrap_or_default()
}

/// Advice where a choice risks anonymity, in plain words; shown as the choices are made.
fn advice_view(link: &SurveyLink, settings: Option<&SurveyLink>, locale: &Locale) -> Html {
    // The group size as typed only counts once it is valid.
    let link = settings.unwrap_or(link);
    let advice = advice(link);
    if advice.is_empty() {
        return html! {};
    }
    html! {
        <section class="panel advice" aria-labelledby="advice-title" aria-live="polite">
            <h2 id="advice-title">{ locale.t(Key::SetupAdviceTitle) }</h2>
            <ul class="plain-list">
                for item in advice {
                    <li>{ item.message(locale.lang) }</li>
                }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct UnitsEditorProps {
    units: Rc<Vec<String>>,
    link: Rc<SurveyLink>,
    /// Whether every problem shows (after "Make the links").
    shows: bool,
    update: Callback<Change>,
}

/// Add, rename, remove and reorder units, by keyboard as by mouse: every action is a button, and
/// focus follows the unit that moved or lands on the next one left.
#[component]
fn UnitsEditor(props: &UnitsEditorProps) -> Html {
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
    let change = |apply: UnitsChange, then_focus: Option<String>| {
        let update = props.update.clone();
        let focus = focus.clone();
        Callback::from(move |_: MouseEvent| {
            let apply = apply.clone();
            update.emit(Box::new(move |d: &mut Draft| apply(&mut d.link.units)));
            focus.set(then_focus.clone());
        })
    };
    let count = props.units.len();
    let full = count >= usize::from(MAX_UNITS);
    // At the limit the button is disabled; say why beside it.
    let too_many = (count >= usize::from(MAX_UNITS)).then_some(LinkError::TooManyUnits);
    html! {
        <fieldset class="units">
            <legend>{ locale.t(Key::SetupUnitsLegend) }</legend>
            <p class="hint" id="setup-units-hint">{ fill(locale.t(Key::SetupUnitsHint), &[("max", &MAX_UNITS.to_string())]) }</p>
            if count > 0 {
                <ol class="unit-list">
                    for (index, unit) in props.units.iter().enumerate() {
                        { {
                            let id = format!("setup-unit-{index}");
                            let problem = props.link.unit_problem(index)
                                .filter(|_| props.shows || !unit.is_empty())
                                .map(|p| p.message(locale.lang));
                            let oninput = {
                                let update = props.update.clone();
                                Callback::from(move |event: InputEvent| {
                                    let value = input_value(&event);
                                    update.emit(Box::new(move |d: &mut Draft| {
                                        if let Some(slot) = d.link.units.get_mut(index) {
                                            *slot = value;
                                        }
                                    }))
                                })
                            };
                            let n = (index + 1).to_string();
                            let label = |key: Key| fill(locale.t(key), &[("n", &n)]);
                            // A button that moved to an end is disabled there: focus its twin.
                            let up_target = if index == 1 { "setup-unit-0-down".to_string() } else { format!("setup-unit-{}-up", index.saturating_sub(1)) };
                            let down_target = if index + 2 == count { format!("setup-unit-{}-up", index + 1) } else { format!("setup-unit-{}-down", index + 1) };
                            html! {
                                <li class="unit" key={index}>
                                    <input id={id.clone()} type="text" value={unit.clone()} aria-label={label(Key::SetupUnitLabel)}
                                        aria-invalid={problem.is_some().to_string()}
                                        aria-describedby={problem.is_some().then(|| format!("{id}-error"))}
                                        {oninput} />
                                    <span class="unit__buttons">
                                        <button type="button" class="button button--quiet" id={format!("{id}-up")} disabled={index == 0}
                                            aria-label={label(Key::SetupUnitUp)}
                                            onclick={change(Rc::new(move |u| u.swap(index.saturating_sub(1), index)), Some(up_target))}>{ "↑" }</button>
                                        <button type="button" class="button button--quiet" id={format!("{id}-down")} disabled={index + 1 == count}
                                            aria-label={label(Key::SetupUnitDown)}
                                            onclick={change(Rc::new(move |u| if index + 1 < u.len() { u.swap(index, index + 1) }), Some(down_target))}>{ "↓" }</button>
                                        <button type="button" class="button button--quiet" aria-label={label(Key::SetupUnitRemove)}
                                            onclick={change(Rc::new(move |u| { u.remove(index); }), Some(if count > 1 { format!("setup-unit-{}", index.min(count - 2)) } else { "setup-unit-add".to_string() }))}>
                                            { locale.t(Key::SetupUnitRemoveShort) }
                                        </button>
                                    </span>
                                    if let Some(problem) = problem {
                                        <p class="error field-error" id={format!("{id}-error")}>{ problem }</p>
                                    }
                                </li>
                            }
                        } }
                    }
                </ol>
            }
            if let Some(problem) = too_many {
                <p class="error field-error">{ problem.message(locale.lang) }</p>
            }
            <p>
                <button type="button" class="button" id="setup-unit-add" disabled={full}
                    onclick={change(Rc::new(|u| u.push(String::new())), Some(format!("setup-unit-{count}")))}>
                    { locale.t(Key::SetupUnitAdd) }
                </button>
            </p>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct ResultsProps {
    link: Rc<SurveyLink>,
}

/// The links, the poster and the kit of a valid survey.
#[component]
fn Results(props: &ResultsProps) -> Html {
    let locale = use_locale();
    let link = &*props.link;
    let links = Links::new(&site_root(), link);
    let lang = survey_lang(link, locale.lang);
    let invitation = invitation(link, &links, lang);
    let on_download = {
        let file = kit_file(link, &links, locale.lang);
        let name = kit_file_name(link);
        Callback::from(move |_: MouseEvent| {
            browser::download(&name, "text/plain;charset=utf-8", &file);
        })
    };
    let qr = qr_svg(&links.survey, t(lang, Key::QrLabel))
        .map(|svg| Html::from_html_unchecked(AttrValue::from(svg)))
        .unwrap_or_default();
    html! {
        <>
            <section class="links no-print" aria-labelledby="links-title">
                <h2 id="links-title">{ locale.t(Key::SetupLinksTitle) }</h2>
                <CopyField id="survey-link" label={locale.t(Key::SetupSurveyLink)} text={links.survey.clone()} open={Some(locale.t(Key::SetupOpenSurvey))} />
                <CopyField id="summary-link" label={locale.t(Key::SetupSummaryLink)} text={links.summary.clone()} open={Some(locale.t(Key::SetupOpenSummary))} />
            </section>
            <section class="poster-section" aria-labelledby="poster-title">
                <h2 id="poster-title" class="no-print">{ locale.t(Key::SetupPosterTitle) }</h2>
                <p class="hint no-print">{ locale.t(Key::SetupPrintHint) }</p>
                <p class="actions no-print">
                    <button type="button" class="button" onclick={Callback::from(|_| browser::print())}>{ locale.t(Key::SetupPrint) }</button>
                </p>
                <div class="poster" lang={lang.tag()}>
                    <p class="poster__title">{ &link.title }</p>
                    if !link.organization.is_empty() {
                        <p class="poster__org">{ fill(t(lang, Key::SurveyRunBy), &[("org", &link.organization)]) }</p>
                    }
                    <div class="poster__qr">{ qr }</div>
                    <p class="poster__scan">{ t(lang, Key::PosterScan) }</p>
                    <p class="poster__link">{ &links.survey }</p>
                    <p class="poster__time">{ t(lang, Key::PosterTime) }</p>
                    <p class="poster__promise">{ t(lang, Key::PosterPromise) }</p>
                    if !link.send_to.is_empty() {
                        <p class="poster__send">{ &link.send_to }</p>
                    }
                </div>
            </section>
            <section class="kit no-print" aria-labelledby="kit-title">
                <h2 id="kit-title">{ locale.t(Key::SetupKitTitle) }</h2>
                <CopyField id="invitation" label={locale.t(Key::SetupInvitation)} text={invitation} open={None::<&'static str>} multiline=true />
                <p class="actions">
                    <button type="button" class="button" onclick={on_download}>{ locale.t(Key::SetupDownload) }</button>
                </p>
                <p class="hint">{ locale.t(Key::SetupDownloadHint) }</p>
                <h3>{ locale.t(Key::SetupChecklistTitle) }</h3>
                <ul class="plain-list checklist">
                    <li>{ locale.t(Key::SetupChecklistBox) }</li>
                    <li>{ locale.t(Key::SetupChecklistCollectors) }</li>
                    <li>{ locale.t(Key::SetupChecklistMail) }</li>
                    <li>{ locale.t(Key::SetupChecklistOnce) }</li>
                </ul>
            </section>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct CopyFieldProps {
    id: &'static str,
    label: &'static str,
    text: String,
    /// A link to open the text, with this wording.
    open: Option<&'static str>,
    #[prop_or_default]
    multiline: bool,
}

/// A read-only text with a Copy button, and for a link a way to open it.
#[component]
fn CopyField(props: &CopyFieldProps) -> Html {
    let locale = use_locale();
    let status = use_state(|| None::<bool>);
    let onclick = {
        let text = props.text.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let text = text.clone();
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(browser::copy(&text).await));
            });
        })
    };
    let id = props.id;
    html! {
        <div class="field copy-field">
            <label for={id}>{ props.label }</label>
            if props.multiline {
                <textarea {id} readonly=true rows="9" value={props.text.clone()} />
            } else {
                <input {id} type="text" readonly=true value={props.text.clone()} />
            }
            <p class="input-actions">
                <button type="button" class="button" {onclick} id={format!("{id}-copy")}>{ locale.t(Key::SetupCopy) }</button>
                if let Some(open) = props.open {
                    <a class="button button--quiet" href={props.text.clone()} target="_blank" rel="noopener">{ open }</a>
                }
                <span class="copy-status" role="status">
                    { match *status {
                        Some(true) => locale.t(Key::SetupCopied),
                        Some(false) => locale.t(Key::SetupCopyFailed),
                        None => "",
                    } }
                </span>
            </p>
        </div>
    }
}
