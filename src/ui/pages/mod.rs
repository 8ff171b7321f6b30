//! One component per page.

mod landing;
mod not_found;
mod print;
mod respondent;
mod setup;
mod summary;

pub use landing::Landing;
pub use not_found::NotFound;
pub use print::PrintPage;
pub use respondent::SurveyPage;
pub use setup::{SetupPage, SheetPage};
pub use summary::SummaryPage;
