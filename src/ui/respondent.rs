//! The respondents' page (`index.html`): the start page and the survey, without Yew. A phone on a
//! hospital's guest Wi-Fi downloads this page, so it carries no framework: the core writes each
//! screen as HTML text (`respondent::view`), [`patch`] puts it in the page keeping every element
//! that stays, and three listeners on the page's root (click, change, submit) read the `data-act`
//! of the control used ([`Command`]) and hand the core an [`Action`].
//!
//! The survey's settings come from the link in the fragment; its state is the core's [`Progress`],
//! kept in this tab's session storage while the survey is under way and removed the moment it
//! ends. On a shared device nothing is kept, and the screen clears when it is left idle (the
//! core's [`Idle`] rules, timed here), when the page is left, and for the next person.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Interval;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::patch::patch;
use super::{browser, browser_lang};
use crate::code::Slip;
use crate::i18n::Key;
use crate::lang::{Explain, Lang};
use crate::link::{LinkError, SurveyLink};
use crate::respondent::view::{self, Around, Command, Copied, Start};
use crate::respondent::{Action, Flow, Idle, Progress, Saved, Step};
use crate::route::{Route, Site};
use crate::scoring::Answer;

/// Input that shows someone is at the device. A pointer merely moving is not: a passer-by nudging
/// the mouse must not keep another person's answers on screen.
const INPUT: [&str; 4] = ["pointerdown", "keydown", "wheel", "touchstart"];

thread_local! {
    /// The page, while it is mounted. Every listener reaches it here.
    static PAGE: RefCell<Option<Page>> = const { RefCell::new(None) };
}

/// The page mounted by [`mount`]; dropping it unmounts the page (the component tests do).
pub struct Mounted(());

impl Drop for Mounted {
    fn drop(&mut self) {
        let page = PAGE.with(|page| page.borrow_mut().take());
        if let Some(page) = page {
            page.root.set_inner_html("");
        }
    }
}

/// Renders the respondents' page into `root` and keeps it up to date.
pub fn mount(root: Element) -> Mounted {
    let listeners = listen(&root);
    let page = Page {
        root,
        lang: browser_lang(),
        titled: None,
        build: browser::build_fingerprint(),
        fragment: String::new(),
        opened: None,
        shown: Shown::default(),
        _listeners: listeners,
    };
    PAGE.with(|cell| *cell.borrow_mut() = Some(page));
    change(|page| page.open(browser::hash()));
    Mounted(())
}

/// What the page holds.
struct Page {
    root: Element,
    lang: Lang,
    /// The language `<html lang>` and the title were last set in.
    titled: Option<Lang>,
    build: Option<String>,
    fragment: String,
    /// The survey the fragment describes, when it describes one.
    opened: Option<Opened>,
    /// What the last render showed, for the moves of focus a new screen asks for.
    shown: Shown,
    _listeners: Vec<EventListener>,
}

/// What a survey link opens: a survey ready to run, or why not.
enum Opened {
    Ready(Box<Survey>),
    BadLink(LinkError),
    BrokenInstrument,
}

/// A survey under way, with everything the page keeps for it.
struct Survey {
    link: SurveyLink,
    flow: Flow,
    progress: Progress,
    storage_key: String,
    /// What the session storage was last given (`None` before the first write), so that it is
    /// written only when it changes.
    saved: Option<Option<Saved>>,
    /// What the current screen notes, forgotten when another screen replaces it: why the slip
    /// code typed is not one, and what became of a copy of the code.
    slip_problem: Option<String>,
    copied: Copied,
    idle: Idle,
    /// While the survey may clear when left idle: the input listeners and the clock's ticks.
    watch: Option<(Vec<EventListener>, Interval)>,
    /// On a shared device: clearing when the page is hidden or shown again from the cache.
    _leave: Vec<EventListener>,
    /// When someone last touched the device; whether the countdown shows; what had focus when it
    /// appeared.
    last: Rc<Cell<f64>>,
    counting: Rc<Cell<bool>>,
    focused: Option<Element>,
}

/// Which screen shows: each new one starts at its heading.
#[derive(Clone, Copy, PartialEq)]
enum Screen {
    Welcome,
    Section(usize),
    Done,
}

/// What the last render showed.
#[derive(Clone, Default)]
struct Shown {
    screen: Option<Screen>,
    missing: Vec<usize>,
    counting: bool,
}

/// Changes the page with `what`, then renders it. A listener that fires while the page is being
/// changed (a focus move can raise events) is dropped rather than allowed to panic.
fn change(what: impl FnOnce(&mut Page)) {
    let changed = PAGE.with(|cell| match cell.try_borrow_mut() {
        Ok(mut page) => page.as_mut().map(what).is_some(),
        Err(_) => false,
    });
    if changed {
        render();
    }
}

/// Puts the page's current state on screen, then moves focus where a new screen asks for it.
fn render() {
    let rendered = PAGE.with(|cell| {
        let mut page = cell.try_borrow_mut().ok()?;
        let page = page.as_mut()?;
        let html = page.html();
        if page.titled != Some(page.lang) {
            page.titled = Some(page.lang);
            title(page.lang);
        }
        let now = page.survey().map(|survey| Shown {
            screen: Some(screen(&survey.progress.step)),
            missing: survey.progress.missing.clone(),
            counting: matches!(survey.idle, Idle::Countdown(_)),
        });
        let now = now.unwrap_or_default();
        let before = std::mem::replace(&mut page.shown, now.clone());
        Some((page.root.clone(), html, before, now))
    });
    let Some((root, html, before, now)) = rendered else {
        return;
    };
    patch(&root, &html);
    if now.screen.is_some() && now.screen != before.screen {
        browser::focus_first(".survey h1");
    } else if now.missing != before.missing {
        // After a refused "Next", the first question that still needs an answer.
        if let Some(index) = now.missing.first() {
            browser::focus_first(&format!("#q{index} input, #q{index} select"));
        }
    }
    if now.counting && !before.counting {
        // The countdown opens on its "Continue".
        browser::focus_first(".idle button");
    }
}

fn screen(step: &Step) -> Screen {
    match step {
        Step::Welcome => Screen::Welcome,
        Step::Section(n) => Screen::Section(*n),
        Step::Done(_) => Screen::Done,
    }
}

/// Keeps `<html lang>` and the document's title in the language shown, so screen readers
/// pronounce the page right.
fn title(lang: Lang) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
        document.set_title(Key::AppName.text().get(lang));
    }
}

impl Page {
    fn survey(&self) -> Option<&Survey> {
        match &self.opened {
            Some(Opened::Ready(survey)) => Some(survey),
            _ => None,
        }
    }

    fn survey_mut(&mut self) -> Option<&mut Survey> {
        match &mut self.opened {
            Some(Opened::Ready(survey)) => Some(survey),
            _ => None,
        }
    }

    /// The page for the address `fragment`: a survey the same as the one open keeps its state.
    fn open(&mut self, fragment: String) {
        if fragment == self.fragment && self.opened.is_some() {
            return;
        }
        let route = Route::from_fragment(Site::Respondent, &fragment);
        self.fragment = fragment;
        if route != Route::Survey {
            self.opened = None;
            return;
        }
        let link = match SurveyLink::from_fragment(&self.fragment) {
            Ok(link) => link,
            Err(problem) => {
                self.opened = Some(Opened::BadLink(problem));
                return;
            }
        };
        if let Some(survey) = self.survey_mut() {
            if survey.flow.shape().id == link.id {
                survey.link = link;
                return;
            }
        }
        let Ok(flow) = Flow::of_link(&link, Box::new(browser::uniform)) else {
            self.opened = Some(Opened::BrokenInstrument);
            return;
        };
        // The link's language, as the survey opens.
        if let Some(lang) = link.lang {
            self.lang = lang;
        }
        self.opened = Some(Opened::Ready(Box::new(Survey::open(link, flow))));
    }

    /// The whole page as HTML text.
    fn html(&self) -> String {
        let lang = self.lang;
        let route = Route::from_fragment(Site::Respondent, &self.fragment);
        let page = match (&self.opened, route) {
            (_, Route::Landing) => view::landing(lang, Site::Respondent),
            (Some(Opened::Ready(survey)), _) => survey.html(lang),
            (Some(Opened::BadLink(problem)), _) => {
                let mut message = problem.message(lang);
                // A newer link needs another site, not another link; its message says so.
                if !matches!(
                    problem,
                    LinkError::NewerVersion(_) | LinkError::CompactNewer(_)
                ) {
                    message.push(' ');
                    message.push_str(Key::SurveyLinkAskNew.text().get(lang));
                }
                view::link_problem(lang, &message)
            }
            // Only a broken built-in instrument gets here; its tests keep it from shipping.
            (Some(Opened::BrokenInstrument), _) => {
                view::link_problem(lang, Key::SurveyBroken.text().get(lang))
            }
            (None, _) => view::not_found(lang, Site::Respondent),
        };
        // Respondents see only their way: a survey offers no link to the organizer's pages.
        let nav = route != Route::Survey;
        view::frame(lang, Site::Respondent, nav, self.build.as_deref(), &page)
    }

    /// Does what a control's `data-act` says; `element` is the control.
    fn command(&mut self, command: Command, element: &Element) {
        match command {
            Command::Skip => browser::focus_id("main"),
            Command::Lang(lang) => self.lang = lang,
            Command::Print => browser::print(),
            Command::Copy => {
                if let Some(Step::Done(finished)) = self.survey().map(|s| &s.progress.step) {
                    copy(finished.code.grouped());
                }
            }
            Command::StartOver => self.clear(true),
            Command::Continue => {
                if let Some(survey) = self.survey_mut() {
                    survey.resume();
                }
            }
            Command::Start => self.start(),
            Command::Next | Command::Back | Command::Answer(..) => {
                if let Some(action) = command.action() {
                    self.act(action);
                }
            }
            Command::Unit(index) => {
                let value = element
                    .dyn_ref::<web_sys::HtmlSelectElement>()
                    .map(|select| select.value())
                    .unwrap_or_default();
                self.act(Action::Answer(index, value.parse().ok().map(Answer::One)));
            }
        }
    }

    fn act(&mut self, action: Action) {
        if let Some(survey) = self.survey_mut() {
            survey.apply(action);
        }
    }

    /// The welcome screen's "Start": first the slip code typed, where one is asked.
    fn start(&mut self) {
        let lang = self.lang;
        let Some(survey) = self.survey_mut() else {
            return;
        };
        if survey.progress.needs_slip(&survey.flow) {
            match Slip::read(&browser::input_value_of("slip-code")) {
                Ok(slip) => survey.apply(Action::Slip(slip)),
                Err(problem) => {
                    survey.slip_problem = Some(problem.message(lang));
                    survey.copied = Copied::Not;
                    browser::focus_id("slip-code");
                    return;
                }
            }
        }
        survey.apply(Action::Start);
    }

    /// Starts the survey over. On a shared device the next person also starts in the survey's
    /// language and finds nothing of the last one's in the clipboard (a browser may refuse the
    /// clipboard without a click, so only a press of the button tries).
    fn clear(&mut self, clipboard: bool) {
        let Some(survey) = self.survey_mut() else {
            return;
        };
        survey.apply(Action::StartOver(browser::nonce()));
        if survey.flow.shared {
            let lang = survey.link.lang;
            self.lang = lang.unwrap_or_else(browser_lang);
            if clipboard {
                wasm_bindgen_futures::spawn_local(async {
                    browser::copy("").await;
                });
            }
        }
    }
}

impl Survey {
    /// The survey `link` describes, resumed from this tab's session storage when it was under way,
    /// with what follows from its state settled.
    fn open(link: SurveyLink, flow: Flow) -> Survey {
        let storage_key = format!("candor:progress:{}", flow.shape().id);
        let progress = browser::session_get(&storage_key)
            .and_then(|text| Saved::from_text(&text))
            .and_then(|saved| Progress::restore(&flow, &saved))
            .unwrap_or_else(|| Progress::with_slip(&flow, browser::nonce(), link.slip));
        let leave = if flow.shared {
            clear_on_leave()
        } else {
            Vec::new()
        };
        let mut survey = Survey {
            link,
            flow,
            progress,
            storage_key,
            saved: None,
            slip_problem: None,
            copied: Copied::Not,
            idle: Idle::Active,
            watch: None,
            _leave: leave,
            last: Rc::new(Cell::new(browser::now())),
            counting: Rc::new(Cell::new(false)),
            focused: None,
        };
        survey.settle();
        survey
    }

    /// Hands `action` to the core; a new screen forgets what the last one noted.
    fn apply(&mut self, action: Action) {
        let before = screen(&self.progress.step);
        self.progress = self.progress.clone().apply(&self.flow, action);
        if screen(&self.progress.step) != before {
            self.slip_problem = None;
            self.copied = Copied::Not;
        }
        self.settle();
    }

    /// What follows from the state: the session storage keeps the survey under way and nothing
    /// once it is over, and the idle watch runs exactly while the survey may clear when left.
    fn settle(&mut self) {
        let saved = self.progress.save(&self.flow);
        if self.saved.as_ref() != Some(&saved) {
            match &saved {
                Some(saved) => browser::session_set(&self.storage_key, &saved.to_text()),
                None => browser::session_remove(&self.storage_key),
            }
            self.saved = Some(saved);
        }
        let guarded = self.flow.clears_when_idle(&self.progress);
        if guarded != self.watch.is_some() {
            self.last.set(browser::now());
            self.counting.set(false);
            self.idle = Idle::Active;
            self.watch = guarded.then(|| watch(self.last.clone(), self.counting.clone()));
        }
    }

    /// A tick of the idle clock: how long since the last input, and where that leaves the
    /// survey when it changed (`Expired` once, when time is up).
    fn tick(&mut self) -> Option<Idle> {
        let now = Idle::after(browser::now() - self.last.get());
        match now {
            Idle::Active => {}
            Idle::Countdown(_) => {
                if !self.counting.replace(true) {
                    self.focused = browser::active_element();
                }
            }
            Idle::Expired => {
                self.last.set(browser::now());
                self.counting.set(false);
                self.focused = None;
            }
        }
        let before = std::mem::replace(&mut self.idle, now);
        if now == Idle::Expired {
            self.idle = Idle::Active;
        }
        (before != now).then_some(now)
    }

    /// The countdown's "Continue": back where the person was, once the survey behind the
    /// countdown is no longer inert.
    fn resume(&mut self) {
        self.last.set(browser::now());
        self.counting.set(false);
        self.idle = Idle::Active;
        browser::focus_later(self.focused.take());
    }

    fn html(&self, lang: Lang) -> String {
        let progress = &self.progress;
        let body = match &progress.step {
            Step::Welcome => view::welcome(
                &self.link,
                self.flow.sections().len(),
                lang,
                Some(&Start {
                    asks_slip: progress.needs_slip(&self.flow),
                    slip_problem: self.slip_problem.as_deref(),
                }),
            ),
            Step::Section(n) => view::questions(&self.flow, &self.link, progress, *n, lang),
            Step::Done(finished) => {
                view::results(&self.flow, &self.link, finished, self.copied, lang)
            }
        };
        let around = Around {
            done: matches!(progress.step, Step::Done(_)),
            shared: self.flow.shared,
            countdown: match self.idle {
                Idle::Countdown(left) => Some(left),
                _ => None,
            },
        };
        view::survey(&body, &around, lang)
    }
}

/// The three listeners through which a person acts on the page, and the address's.
fn listen(root: &Element) -> Vec<EventListener> {
    let mut listeners = vec![
        // Buttons and links; radio buttons and boxes act on their change, forms on submit.
        EventListener::new_with_options(
            root,
            "click",
            EventListenerOptions::enable_prevent_default(),
            |event| {
                let Some(control) = acting(event, "button[data-act],a[data-act]") else {
                    return;
                };
                if control.tag_name() == "A" {
                    // `href="#main"` would be read as an address.
                    event.prevent_default();
                }
                on(&control);
            },
        ),
        EventListener::new(root, "change", |event| {
            if let Some(control) = acting(event, "input[data-act],select[data-act]") {
                on(&control);
            }
        }),
        EventListener::new_with_options(
            root,
            "submit",
            EventListenerOptions::enable_prevent_default(),
            |event| {
                // Enter anywhere in a form submits it, which never leaves the page.
                event.prevent_default();
                if let Some(form) = acting(event, "form[data-act]") {
                    on(&form);
                }
            },
        ),
    ];
    if let Some(window) = web_sys::window() {
        listeners.push(EventListener::new(&window, "hashchange", |_| {
            change(|page| page.open(browser::hash()));
        }));
    }
    listeners
}

/// The control with a `data-act` (matching `selector`) that `event` came from.
fn acting(event: &web_sys::Event, selector: &str) -> Option<Element> {
    event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()?
}

/// What `control`'s `data-act` says, done.
fn on(control: &Element) {
    let Some(command) = control
        .get_attribute("data-act")
        .as_deref()
        .and_then(Command::read)
    else {
        return;
    };
    change(|page| page.command(command, control));
}

/// Copies the code; where the browser refuses, selects it so the person can copy it by hand.
fn copy(code: String) {
    wasm_bindgen_futures::spawn_local(async move {
        let copied = if browser::copy(&code).await {
            Copied::Yes
        } else {
            if let Some(element) = browser::element("code") {
                browser::select_text(&element);
            }
            Copied::Selected
        };
        change(|page| {
            if let Some(survey) = page.survey_mut() {
                survey.copied = copied;
            }
        });
    });
}

/// Watches for input and ticks once a second while a survey may clear when left idle. Once the
/// countdown shows, only its "Continue" counts, so that reaching that button by keyboard does not
/// itself dismiss it.
fn watch(last: Rc<Cell<f64>>, counting: Rc<Cell<bool>>) -> (Vec<EventListener>, Interval) {
    let listeners = web_sys::window()
        .and_then(|w| w.document())
        .map(|document| {
            INPUT
                .iter()
                .map(|&name| {
                    let (last, counting) = (last.clone(), counting.clone());
                    EventListener::new(&document, name, move |_| {
                        if !counting.get() {
                            last.set(browser::now());
                        }
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let ticks = Interval::new(1000, || {
        let ticked = PAGE.with(|cell| {
            let mut page = cell.try_borrow_mut().ok()?;
            page.as_mut()?.survey_mut()?.tick()
        });
        match ticked {
            Some(Idle::Expired) => change(|page| page.clear(true)),
            Some(_) => render(),
            None => {}
        }
    });
    (listeners, ticks)
}

/// Clears the screen when the page is hidden for another (pagehide), and again when the browser
/// shows it from its back-forward cache (pageshow, persisted): Back after leaving never brings an
/// earlier person's screen into view.
fn clear_on_leave() -> Vec<EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    vec![
        EventListener::new(&window, "pagehide", |_| change(|page| page.clear(false))),
        EventListener::new(&window, "pageshow", |event| {
            let persisted = js_sys::Reflect::get(event, &"persisted".into())
                .is_ok_and(|value| value.is_truthy());
            if persisted {
                change(|page| page.clear(false));
            }
        }),
    ]
}
