//! What a survey on a shared device adds to the page: the idle countdown, and clearing the screen
//! when the page is left or brought back from the browser's back-forward cache. The rules are the
//! core's (`respondent::Idle`, `Flow::clears_when_idle`); this only keeps time and listens.

use gloo_events::EventListener;
use gloo_timers::callback::Interval;
use yew::prelude::*;

use crate::i18n::Key;
use crate::lang::fill;
use crate::respondent::Idle;
use crate::ui::{browser, Locale};

/// Input that shows someone is at the device. A pointer merely moving is not: a passer-by nudging
/// the mouse must not keep another person's answers on screen.
const INPUT: [&str; 4] = ["pointerdown", "keydown", "wheel", "touchstart"];

/// While `guarded`, measures the time since the last input and says where it stands
/// ([`Idle::after`]); calls `on_expire` when time is up. Once the countdown shows, only its
/// "Continue" (the returned callback) counts, so that reaching that button by keyboard does not
/// itself dismiss the countdown.
#[hook]
pub fn use_idle(guarded: bool, on_expire: Callback<()>) -> (Idle, Callback<()>) {
    let idle = use_state_eq(|| Idle::Active);
    let last = use_mut_ref(browser::now);
    // The countdown's state where listeners read it, and what had focus when it appeared.
    let counting = use_mut_ref(|| false);
    let focused = use_mut_ref(|| None::<web_sys::Element>);
    {
        let (idle, last, counting, focused) = (
            idle.clone(),
            last.clone(),
            counting.clone(),
            focused.clone(),
        );
        use_effect_with(guarded, move |&guarded| {
            *last.borrow_mut() = browser::now();
            *counting.borrow_mut() = false;
            idle.set(Idle::Active);
            let watch = guarded.then(|| {
                let listeners: Vec<EventListener> = web_sys::window()
                    .and_then(|w| w.document())
                    .map(|document| {
                        INPUT
                            .iter()
                            .map(|&name| {
                                let (last, counting) = (last.clone(), counting.clone());
                                EventListener::new(&document, name, move |_| {
                                    if !*counting.borrow() {
                                        *last.borrow_mut() = browser::now();
                                    }
                                })
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                let ticks = Interval::new(1000, move || {
                    let quiet = browser::now() - *last.borrow();
                    match Idle::after(quiet) {
                        Idle::Active => idle.set(Idle::Active),
                        Idle::Countdown(left) => {
                            if !counting.replace(true) {
                                *focused.borrow_mut() = browser::active_element();
                            }
                            idle.set(Idle::Countdown(left));
                        }
                        Idle::Expired => {
                            *last.borrow_mut() = browser::now();
                            *counting.borrow_mut() = false;
                            focused.borrow_mut().take();
                            idle.set(Idle::Active);
                            on_expire.emit(());
                        }
                    }
                });
                (listeners, ticks)
            });
            move || drop(watch)
        });
    }
    let now = *idle;
    let resume = Callback::from(move |_| {
        *last.borrow_mut() = browser::now();
        *counting.borrow_mut() = false;
        idle.set(Idle::Active);
        // Back where the person was, once the survey behind the countdown is no longer inert.
        browser::focus_later(focused.borrow_mut().take());
    });
    (now, resume)
}

/// Calls `clear` when the page is hidden for another (pagehide), and again when the browser shows
/// it from its back-forward cache (pageshow, persisted): Back after leaving never brings an
/// earlier person's screen into view.
#[hook]
pub fn use_clear_on_leave(active: bool, clear: Callback<()>) {
    use_effect_with(active, move |&active| {
        let listeners = active.then(web_sys::window).flatten().map(|window| {
            let on_hide = clear.clone();
            [
                EventListener::new(&window, "pagehide", move |_| on_hide.emit(())),
                EventListener::new(&window, "pageshow", move |event| {
                    let persisted = js_sys::Reflect::get(event, &"persisted".into())
                        .is_ok_and(|value| value.is_truthy());
                    if persisted {
                        clear.emit(());
                    }
                }),
            ]
        });
        move || drop(listeners)
    });
}

/// Covers the screen, so a passer-by sees no answers, and offers to continue; the respondent's
/// component moves focus to "Continue" when it appears.
pub fn countdown(left: u32, on_continue: &Callback<()>, locale: &Locale) -> Html {
    let time = format!("{}:{:02}", left / 60, left % 60);
    html! {
        <div class="idle" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-body">
            <div class="idle__box panel">
                <h2 id="idle-title">{ locale.t(Key::IdleTitle) }</h2>
                <p id="idle-body">{ fill(locale.t(Key::IdleBody), &[("time", &time)]) }</p>
                <p class="actions">
                    <button type="button" class="button button--primary"
                        onclick={on_continue.reform(|_| ())}>{ locale.t(Key::IdleContinue) }</button>
                </p>
            </div>
        </div>
    }
}
