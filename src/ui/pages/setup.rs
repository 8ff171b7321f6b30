//! The setup page (`organizer/setup/`): the organizer describes a survey and leaves with its
//! links, a QR poster, an invitation and a file that keeps it all. The settings are a
//! [`SurveyLink`] from the first keystroke, checked by [`SurveyLink::problems`] like any link;
//! the texts and the QR code come from the core (`setup`).

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{t, Key};
use crate::instrument::MAX_UNITS;
use crate::lang::{fill, Explain, Lang};
use crate::link::{Field, LinkError, SurveyLink, MAX_SEND_TO};
use crate::randomized::{responses_for, Deniability};
use crate::report::{MIN_GROUP_CEILING, MIN_GROUP_DEFAULT, MIN_GROUP_FLOOR};
use crate::respondent::IDLE_MINUTES;
use crate::route::split_fragment;
use crate::setup::{
    advice, edit_effect, invitation, kit_file, kit_file_name, new_id, qr_svg, sections_asked,
    survey_lang, typed_min_group, EditEffect, Links, ID_SYMBOLS,
};
use crate::ui::pages::survey::Welcome;
use crate::ui::{browser, use_locale, Locale};

/// Longest link the poster prints for typing; a longer one (many units, long names) would fill the
/// page and nobody would type it.
const TYPABLE_LINK: usize = 400;

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
    /// The settings as typed (values untrimmed, so typing is never fought).
    link: SurveyLink,
    /// The settings the page was opened with, when editing an existing survey.
    original: Option<SurveyLink>,
    /// The identifier a survey gets when editing makes it a new one (units reordered).
    fresh_id: String,
    /// The minimum group size as typed (empty means the default).
    min_group: String,
    /// Whether "Make the links" was pressed: from then on every problem shows, and the links.
    made: bool,
    /// Fields left once, whose problems show even before that.
    visited: Vec<&'static str>,
}

impl Reducible for Draft {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let mut next = (*self).clone();
        change(&mut next);
        Rc::new(next)
    }
}

impl Draft {
    /// The settings as the link will carry them: trimmed as the link reader trims, the typed
    /// group size where it is valid, and a new identifier if editing reordered the units.
    fn checked(&self) -> SurveyLink {
        let mut link = self.link.trimmed();
        if let Ok(min) = typed_min_group(&self.min_group) {
            link.min_group = min;
        }
        if self.effect() == Some(EditEffect::Reordered) {
            link.id = self.fresh_id.clone();
        }
        link
    }

    /// The settings as they would be linked, or the first problem.
    fn settings(&self) -> Result<SurveyLink, LinkError> {
        typed_min_group(&self.min_group)?;
        let link = self.checked();
        link.validate().map(|()| link)
    }

    /// What the edit does to codes already collected (`None` for a new survey).
    fn effect(&self) -> Option<EditEffect> {
        let original = self.original.as_ref()?;
        Some(edit_effect(original, &self.link.trimmed()))
    }

    fn shows(&self, field: &str) -> bool {
        self.made || self.visited.contains(&field)
    }
}

/// A random survey identifier; empty if the browser has no random generator (the form then asks
/// for one rather than hand out the same identifier to everyone).
fn random_id() -> String {
    let mut random = [0u8; ID_SYMBOLS];
    if browser::random(&mut random) {
        new_id(random)
    } else {
        String::new()
    }
}

/// A new survey's settings: a random identifier and nothing else yet.
fn blank() -> SurveyLink {
    SurveyLink::new(random_id())
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
        let (link, how) = (opened.0.clone(), opened.1.clone());
        use_reducer(move || Draft {
            min_group: link.min_group.to_string(),
            original: (how == Opened::Edit).then(|| link.clone()),
            fresh_id: random_id(),
            made: false,
            visited: Vec::new(),
            link,
        })
    };
    let update = {
        let dispatcher = draft.dispatcher();
        Callback::from(move |change: Change| dispatcher.dispatch(change))
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
            let value = typed(&event);
            update.emit(Box::new(move |d: &mut Draft| set(d, value)))
        })
    };
    let settings = draft.settings();
    let checked = Rc::new(draft.checked());
    let problems = checked.problems();
    let problem_of = |field: Field| -> Option<String> {
        problems
            .iter()
            .find(|p| p.field() == Some(field) && !matches!(p, LinkError::DuplicateUnit(_)))
            .map(|p| p.message(locale.lang))
    };
    let min_problem = typed_min_group(&draft.min_group).err();
    let on_make = {
        let update = update.clone();
        let valid = settings.is_ok();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            update.emit(Box::new(|d: &mut Draft| d.made = true));
            browser::focus_soon(if valid {
                "#links-title"
            } else {
                "[aria-invalid=true]"
            });
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
    let on_shared = {
        let update = update.clone();
        Callback::from(move |_: Event| {
            update.emit(Box::new(|d: &mut Draft| d.link.shared = !d.link.shared))
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
                if opened.1 != Opened::New || opened.0.id.is_empty() {
                    <div class="field">
                        <label for="setup-id">{ locale.t(Key::SetupIdLabel) }</label>
                        <p class="hint" id="setup-id-hint">{ locale.t(Key::SetupIdHint) }</p>
                        <input id="setup-id" type="text" value={checked.id.clone()} readonly={draft.effect() == Some(EditEffect::Reordered)} autocomplete="off" spellcheck="false"
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
                <UnitsEditor units={Rc::new(draft.link.units.clone())} link={checked.clone()}
                    shows={draft.made} update={update.clone()} />
                { match draft.effect() {
                    Some(EditEffect::Renamed) => html! { <p class="panel notice" role="status">{ locale.t(Key::SetupEditRenamed) }</p> },
                    Some(EditEffect::Reordered) => html! { <p class="panel notice" role="status">{ locale.t(Key::SetupEditReordered) }</p> },
                    Some(EditEffect::Reshaped) => html! { <p class="panel notice" role="status">{ locale.t(Key::SetupEditReshaped) }</p> },
                    Some(EditEffect::Remoded) => html! { <p class="panel notice" role="status">{ locale.t(Key::SetupEditRemoded) }</p> },
                    Some(EditEffect::Same) | None => html! {},
                } }
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
                    // Text, not number: a number field reports what it cannot read as empty.
                    <input id="setup-min" type="text" inputmode="numeric" autocomplete="off"
                        placeholder={MIN_GROUP_DEFAULT.to_string()}
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
                <div>
                    <label class="check">
                        <input type="checkbox" id="setup-shared" checked={draft.link.shared} onchange={on_shared}
                            aria-describedby="setup-shared-hint" />
                        <span>{ locale.t(Key::SetupSharedLabel) }</span>
                    </label>
                    <p class="hint" id="setup-shared-hint">{ fill(locale.t(Key::SetupSharedHint), &[("minutes", &IDLE_MINUTES.to_string())]) }</p>
                </div>
                { deniability_view(draft.link.deniability, &update, &locale) }
                { advice_view(&checked, &locale) }
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
                        <Welcome link={Rc::new(preview_link(&checked, respondent_lang))} sections={sections_asked(&draft.link)} preview=true on_start={Callback::noop()} />
                    </ContextProvider<Locale>>
                </div>
            </section>
            <div class="results">
                if let (true, Ok(link)) = (draft.made, &settings) {
                    <Results link={Rc::new(link.clone())} />
                }
            </div>
        </article>
    }
}

/// What was typed into a field. A link holds no line breaks or tabs: a typed or pasted one
/// becomes a space here rather than a refusal later.
fn typed(event: &InputEvent) -> String {
    browser::input_value(event).replace(['\r', '\n', '\t'], " ")
}

/// The survey link's welcome, on a personal device, as the preview shows it; a placeholder title
/// while the title is still empty.
fn preview_link(link: &SurveyLink, lang: Lang) -> SurveyLink {
    let mut preview = link.on_device(false);
    if preview.title.trim().is_empty() {
        preview.title = t(lang, Key::SetupTitleLabel).to_string();
    }
    preview
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
    // At the limit the button is disabled; say why beside it.
    let full = count >= usize::from(MAX_UNITS);
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
                                    let value = typed(&event);
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
                                            onclick={change(Rc::new(move |u| if index > 0 && index < u.len() { u.swap(index - 1, index) }), Some(up_target))}>{ "↑" }</button>
                                        <button type="button" class="button button--quiet" id={format!("{id}-down")} disabled={index + 1 == count}
                                            aria-label={label(Key::SetupUnitDown)}
                                            onclick={change(Rc::new(move |u| if index + 1 < u.len() { u.swap(index, index + 1) }), Some(down_target))}>{ "↓" }</button>
                                        <button type="button" class="button button--quiet" aria-label={label(Key::SetupUnitRemove)}
                                            onclick={change(Rc::new(move |u| if index < u.len() { u.remove(index); }), Some(if count > 1 { format!("setup-unit-{}", index.min(count - 2)) } else { "setup-unit-add".to_string() }))}>
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
            if full {
                <p class="hint">{ LinkError::TooManyUnits.message(locale.lang) }</p>
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
    let qr = qr_svg(&links.survey, t(lang, Key::QrLabel))
        .map(|svg| Html::from_html_unchecked(AttrValue::from(svg)));
    html! {
        <>
            <section class="links no-print" aria-labelledby="links-title">
                <h2 id="links-title" tabindex="-1">{ locale.t(Key::SetupLinksTitle) }</h2>
                <CopyField id="survey-link" label={locale.t(Key::SetupSurveyLink)} text={links.survey.clone()} open={Some(locale.t(Key::SetupOpenSurvey))} />
                if let Some(shared) = &links.shared {
                    <CopyField id="shared-link" label={locale.t(Key::SetupSharedLink)} text={shared.clone()} open={Some(locale.t(Key::SetupOpenSurvey))} />
                }
                <CopyField id="summary-link" label={locale.t(Key::SetupSummaryLink)} text={links.summary.clone()} open={Some(locale.t(Key::SetupOpenSummary))} />
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
                    <p class="poster__time">{ t(lang, Key::PosterTime) }</p>
                    <p class="poster__promise">{ t(lang, Key::PosterPromise) }</p>
                    if !link.send_to.is_empty() {
                        <p class="poster__send">{ &link.send_to }</p>
                    }
                </div>
            </section>
            <section class="kit no-print" aria-labelledby="kit-title">
                <h2 id="kit-title">{ locale.t(Key::SetupKitTitle) }</h2>
                <CopyField id="invitation-en" label={locale.t(Key::SetupInvitationEn)} text={invitation(link, &links, Lang::En)} open={None::<&'static str>} multiline=true />
                <CopyField id="invitation-es" label={locale.t(Key::SetupInvitationEs)} text={invitation(link, &links, Lang::Es)} open={None::<&'static str>} multiline=true />
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
    {
        // A new text has not been copied yet.
        let status = status.clone();
        use_effect_with(props.text.clone(), move |_| status.set(None));
    }
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

/// The plausible-deniability choice, with what it protects and what it costs in responses, in
/// figures computed from the estimator (`randomized::responses_for`).
fn deniability_view(
    chosen: Option<Deniability>,
    update: &Callback<Change>,
    locale: &Locale,
) -> Html {
    let choose = |level: Option<Deniability>| {
        let update = update.clone();
        Callback::from(move |_: Event| {
            update.emit(Box::new(move |d: &mut Draft| d.link.deniability = level))
        })
    };
    let need =
        |half_width: f64, level: Option<Deniability>| responses_for(half_width, level).to_string();
    let costs = fill(
        locale.t(Key::SetupDeniabilityCosts),
        &[
            ("off10", &need(0.10, None)),
            ("standard10", &need(0.10, Some(Deniability::Standard))),
            ("strong10", &need(0.10, Some(Deniability::Strong))),
            ("off5", &need(0.05, None)),
            ("standard5", &need(0.05, Some(Deniability::Standard))),
            ("strong5", &need(0.05, Some(Deniability::Strong))),
        ],
    );
    // Each label names its key as a constant, so only these strings enter the wasm.
    let options = [
        (
            None,
            "setup-deniability-off",
            locale.t(Key::SetupDeniabilityOff),
        ),
        (
            Some(Deniability::Standard),
            "setup-deniability-standard",
            locale.t(Key::SetupDeniabilityStandard),
        ),
        (
            Some(Deniability::Strong),
            "setup-deniability-strong",
            locale.t(Key::SetupDeniabilityStrong),
        ),
    ];
    html! {
        <fieldset class="choices" aria-describedby="setup-deniability-protects setup-deniability-costs">
            <legend>{ locale.t(Key::SetupDeniabilityLegend) }</legend>
            <p class="hint" id="setup-deniability-protects">{ locale.t(Key::SetupDeniabilityProtects) }</p>
            <p class="hint" id="setup-deniability-costs">{ costs }</p>
            for (level, id, label) in options {
                <label class="check">
                    <input type="radio" name="setup-deniability" {id} checked={chosen == level} onchange={choose(level)} />
                    <span>{ label }</span>
                </label>
            }
        </fieldset>
    }
}
