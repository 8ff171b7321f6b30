//! One view per page: a component where the page keeps state of its own, else a function.

mod not_found;
mod print;
mod setup;
mod summary;

pub use not_found::not_found;
pub use print::PrintPage;
pub use setup::{SetupPage, SheetPage};
pub use summary::{summary_page, use_summary_settings};
