//! The welcome preview: the survey's first screen as respondents will see it.

use crate::i18n::{t, Key};
use crate::instrument::DEFAULT;
use crate::lang::Lang;
use crate::link::SurveyLink;

/// How many sections respondents go through (the unit and role section only when asked), by the
/// instrument's one rule of which sections a survey shows.
pub fn sections_asked(link: &SurveyLink) -> usize {
    DEFAULT.sections_for(&link.shape()).len()
}

/// The language respondents start in: the survey's, else the one the organizer is using.
pub fn survey_lang(link: &SurveyLink, page: Lang) -> Lang {
    link.lang.unwrap_or(page)
}

/// The survey link's welcome, on a personal device, as the preview shows it; a placeholder title
/// (in `lang`) while the title is still empty.
pub fn preview_link(link: &SurveyLink, lang: Lang) -> SurveyLink {
    let mut preview = link.on_device(false);
    if preview.title.trim().is_empty() {
        preview.title = t(lang, Key::SetupTitleLabel).to_string();
    }
    preview
}
