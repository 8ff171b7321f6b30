//! One component per page.

mod landing;
mod not_found;
mod not_ready;
#[cfg(feature = "summary-page")]
mod summary;
mod survey;

pub use landing::Landing;
pub use not_found::NotFound;
pub use not_ready::{NotReady, Unfinished};
#[cfg(feature = "summary-page")]
pub use summary::SummaryPage;
pub use survey::SurveyPage;
