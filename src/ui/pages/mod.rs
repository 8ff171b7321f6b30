//! One component per page.

mod landing;
mod not_found;
mod not_ready;
mod summary;
mod survey;

pub use landing::Landing;
pub use not_found::NotFound;
pub use not_ready::{NotReady, Unfinished};
pub use summary::SummaryPage;
pub use survey::SurveyPage;
