//! The setup page's core: the form as a value ([`Setup`], changed only by [`Setup::apply`]), a
//! new survey's identifier, what an edit does to the codes already collected, the advice shown
//! where a choice risks anonymity, the welcome preview, the links a survey's settings make, the QR
//! code of its survey link, the texts of the organizer's kit (invitation and the file that keeps
//! the links), and the printable sheet of single-use slips ([`Sheet`]: its order, its grid on
//! paper, its pages). The settings themselves are a [`SurveyLink`](crate::link::SurveyLink),
//! checked by [`SurveyLink::problems`](crate::link::SurveyLink::problems) like every link.
//!
//! Randomness stays in the shell: identifiers, the slips' key and the slips' order are made from
//! bytes the shell draws, and the model takes them as values.

mod advice;
mod edit;
mod grid;
mod id;
mod kit;
mod model;
mod preview;
mod qr;
mod sheet;
mod shuffle;

pub use advice::{advice, Advice, MANY_UNITS_WITH_ROLE};
pub use edit::{edit_effect, EditEffect};
pub use grid::{
    Grid, Paper, MIN_MODULE, PAGE_FOOT, PAGE_HEIGHT, PAGE_WIDTH, SLIP_PADDING, TEXT_BELOW,
    TEXT_BESIDE,
};
pub use id::{new_id, ID_SYMBOLS};
pub use kit::{invitation, kit_file, kit_file_name, Links};
pub use model::{
    typed, typed_min_group, typed_slips, typed_staff, Action, Opened, Setup, StatementAction,
    UnitAction, UnitFocus,
};
pub use preview::{preview_link, sections_asked, survey_lang};
pub use qr::{link_qr, poster_link, poster_svg, qr_side, qr_svg, svg};
pub use sheet::{slip_link, Sheet, SheetAction, SheetError, FIRST_KEY};
pub use shuffle::shuffle;
