//! One component per page.

mod landing;
mod not_found;
mod setup;
mod summary;
mod survey;

pub use landing::Landing;
pub use not_found::NotFound;
pub use setup::SetupPage;
pub use summary::SummaryPage;
pub use survey::SurveyPage;
