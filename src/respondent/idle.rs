//! A survey on a shared device left idle: when the countdown shows and when the screen is cleared
//! (`docs/privacy.md`, "Shared devices"). The clock is the shell's; this only tells time apart.

use super::{Flow, Progress, Step};

/// On a shared device, the seconds without input before a countdown offers to continue: long enough
/// to think over a question, short enough that a survey left open does not wait long for the next
/// person. `docs/privacy.md` gives the reasoning.
pub const IDLE_SECONDS: u32 = 180;

/// [`IDLE_SECONDS`] in whole minutes, as the welcome and the setup page say it.
pub const IDLE_MINUTES: u32 = IDLE_SECONDS / 60;

/// The countdown's length in seconds; at its end the answers (or the results and code) are cleared
/// and the welcome screen returns.
pub const COUNTDOWN_SECONDS: u32 = 60;

/// Where a survey on a shared device stands for idleness.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Idle {
    /// In use, or with nothing to clear.
    Active,
    /// The countdown is showing, with this many whole seconds left.
    Countdown(u32),
    /// Time is up: clear everything.
    Expired,
}

impl Idle {
    /// Where a survey that clears when idle stands after `quiet_ms` milliseconds without input:
    /// left alone for [`IDLE_SECONDS`], then a countdown of [`COUNTDOWN_SECONDS`] offers to
    /// continue, then it is cleared.
    pub fn after(quiet_ms: f64) -> Idle {
        let warn_at = f64::from(IDLE_SECONDS) * 1000.0;
        let clear_at = warn_at + f64::from(COUNTDOWN_SECONDS) * 1000.0;
        if quiet_ms < warn_at {
            Idle::Active
        } else if quiet_ms < clear_at {
            // Whole seconds, rounded up: the count shows 1 until the very end, never 0.
            Idle::Countdown(((clear_at - quiet_ms) / 1000.0).ceil() as u32)
        } else {
            Idle::Expired
        }
    }
}

impl Flow {
    /// Whether `progress` is cleared when left idle ([`Idle::after`]): on a shared device, answers
    /// or results on screen. The welcome screen holds nothing to clear, and on a personal device
    /// nothing is ever cleared for idleness.
    pub fn clears_when_idle(&self, progress: &Progress) -> bool {
        self.shared && progress.step != Step::Welcome
    }
}
