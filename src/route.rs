//! Which page a URL fragment addresses, and the links between pages: the route table, pure, so
//! it is tested natively. The shell only listens for `hashchange` (`ui::router`).

/// Every page of the app, addressed by the URL fragment so that settings never reach a server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// `#/`: what Candor is, with links to the organizer's pages.
    Landing,
    /// `#/setup`: the organizer creates a survey link.
    Setup,
    /// `#/survey?…`: the respondent's survey.
    Survey,
    /// `#/summary`: the organizer turns codes into a report.
    Summary,
    /// Any other address.
    NotFound,
}

/// Which of the two pages of the site is running. Respondents load `index.html`, organizers
/// `organizer/index.html`; each has its own wasm, so a phone opening a survey never downloads the
/// report code, and each stays within the first-visit budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Site {
    /// `index.html`: the start page and the survey.
    #[default]
    Respondent,
    /// `organizer/index.html`: the summary.
    Organizer,
}

impl Route {
    /// The route a fragment such as `#/survey?v=1&…` addresses on `site`; settings after `?` are
    /// ignored. The organizer's page opens on the summary.
    pub fn from_fragment(site: Site, fragment: &str) -> Route {
        let path = split_fragment(fragment).0.trim_end_matches('/');
        match (site, path) {
            (Site::Respondent, "") => Route::Landing,
            (Site::Respondent, "/setup") => Route::Setup,
            (Site::Respondent, "/survey") => Route::Survey,
            (Site::Organizer, "" | "/summary") => Route::Summary,
            _ => Route::NotFound,
        }
    }

    /// The link to this route from a page of `site`.
    pub fn href(self, site: Site) -> &'static str {
        match (site, self) {
            (Site::Respondent, Route::Landing | Route::NotFound) => "#/",
            (Site::Respondent, Route::Setup) => "#/setup",
            (Site::Respondent, Route::Survey) => "#/survey",
            (Site::Respondent, Route::Summary) => "organizer/#/summary",
            (Site::Organizer, Route::Landing | Route::NotFound) => "../#/",
            (Site::Organizer, Route::Setup) => "../#/setup",
            (Site::Organizer, Route::Survey) => "../#/survey",
            (Site::Organizer, Route::Summary) => "#/summary",
        }
    }
}

/// Splits a URL fragment such as `#/survey?v=1&…` into its route path and its settings.
pub fn split_fragment(fragment: &str) -> (&str, &str) {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.split_once('?').unwrap_or((fragment, ""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_split_into_route_and_settings() {
        assert_eq!(split_fragment("#/survey?v=1&id=x"), ("/survey", "v=1&id=x"));
        assert_eq!(split_fragment("#/survey"), ("/survey", ""));
        assert_eq!(split_fragment(""), ("", ""));
        assert_eq!(split_fragment("#/summary?a?b"), ("/summary", "a?b"));
    }

    #[test]
    fn each_site_routes_only_its_own_pages() {
        let cases = [
            (Site::Respondent, "", Route::Landing),
            (Site::Respondent, "#/", Route::Landing),
            (Site::Respondent, "#/setup", Route::Setup),
            (
                Site::Respondent,
                "#/survey?v=1&id=ABCDEF&t=x",
                Route::Survey,
            ),
            (Site::Respondent, "#/survey/", Route::Survey),
            (Site::Respondent, "#/summary", Route::NotFound),
            (Site::Respondent, "#/nowhere", Route::NotFound),
            (Site::Organizer, "", Route::Summary),
            (Site::Organizer, "#/summary?v=1", Route::Summary),
            (Site::Organizer, "#/survey", Route::NotFound),
            (Site::Organizer, "#main", Route::NotFound),
        ];
        for (site, fragment, route) in cases {
            assert_eq!(
                Route::from_fragment(site, fragment),
                route,
                "{site:?} {fragment}"
            );
        }
    }

    #[test]
    fn links_between_the_two_pages_are_relative_and_lead_where_they_say() {
        for route in [Route::Landing, Route::Setup, Route::Survey, Route::Summary] {
            for from in [Site::Respondent, Site::Organizer] {
                let href = route.href(from);
                assert!(!href.starts_with('/') && !href.contains("://"), "{href}");
                // The page the link lands on, and the route it opens there.
                let (site, fragment) = match href.split_once('#') {
                    Some(("", fragment)) => (from, fragment),
                    Some(("organizer/", fragment)) => (Site::Organizer, fragment),
                    Some(("../", fragment)) => (Site::Respondent, fragment),
                    _ => panic!("unexpected link {href}"),
                };
                assert_eq!(
                    Route::from_fragment(site, &format!("#{fragment}")),
                    route,
                    "{href}"
                );
            }
        }
    }
}
