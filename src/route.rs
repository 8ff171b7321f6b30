//! Which page a URL fragment addresses, and the links between pages: the route table, pure, so
//! it is tested natively. The shell only listens for `hashchange` (`ui::router`).

/// Every page of the app, addressed by the URL fragment so that settings never reach a server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// `#/`: what Candor is, with links to the organizer's pages.
    Landing,
    /// The setup page (`organizer/setup/`): the organizer creates a survey, or edits one from its
    /// settings (`#/edit?…`).
    Setup,
    /// `#/slips?…` on the setup page: the printable sheet of a survey's single-use slips.
    Slips,
    /// `#/survey?…`, or its compact form `#/C/…`: the respondent's survey.
    Survey,
    /// `#/summary`: the organizer turns codes into a report.
    Summary,
    /// Any other address.
    NotFound,
}

/// Which page of the site is running. Respondents load `index.html`, organizers
/// `organizer/index.html` (the summary) and `organizer/setup/index.html` (creating a survey); each
/// has its own wasm, so a phone opening a survey never downloads the report code, and each stays
/// within the first-visit budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Site {
    /// `index.html`: the start page and the survey.
    #[default]
    Respondent,
    /// `organizer/index.html`: the summary.
    Organizer,
    /// `organizer/setup/index.html`: creating a survey.
    Setup,
}

impl Route {
    /// The route a fragment such as `#/survey?v=1&…` addresses on `site`; settings after `?` are
    /// ignored. The organizer's page opens on the summary.
    pub fn from_fragment(site: Site, fragment: &str) -> Route {
        if site == Site::Respondent && compact_payload(fragment).is_some() {
            return Route::Survey;
        }
        let path = split_fragment(fragment).0.trim_end_matches('/');
        match (site, path) {
            (Site::Respondent, "") => Route::Landing,
            (Site::Respondent, "/survey") => Route::Survey,
            (Site::Organizer, "" | "/summary") => Route::Summary,
            (Site::Setup, "" | "/edit") => Route::Setup,
            (Site::Setup, "/slips") => Route::Slips,
            _ => Route::NotFound,
        }
    }

    /// The link to this route from a page of `site`.
    pub fn href(self, site: Site) -> &'static str {
        match (site, self) {
            (Site::Respondent, Route::Landing | Route::NotFound) => "#/",
            (Site::Respondent, Route::Setup) => "organizer/setup/#/",
            (Site::Respondent, Route::Slips) => "organizer/setup/#/slips",
            (Site::Respondent, Route::Survey) => "#/survey",
            (Site::Respondent, Route::Summary) => "organizer/#/summary",
            (Site::Organizer, Route::Landing | Route::NotFound) => "../#/",
            (Site::Organizer, Route::Setup) => "setup/#/",
            (Site::Organizer, Route::Slips) => "setup/#/slips",
            (Site::Organizer, Route::Survey) => "../#/survey",
            (Site::Organizer, Route::Summary) => "#/summary",
            (Site::Setup, Route::Landing | Route::NotFound) => "../../#/",
            (Site::Setup, Route::Setup) => "#/",
            (Site::Setup, Route::Slips) => "#/slips",
            (Site::Setup, Route::Survey) => "../../#/survey",
            (Site::Setup, Route::Summary) => "../#/summary",
        }
    }
}

/// Splits a URL fragment such as `#/survey?v=1&…` into its route path and its settings.
pub fn split_fragment(fragment: &str) -> (&str, &str) {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.split_once('?').unwrap_or((fragment, ""))
}

/// The route of a survey link's compact form (`docs/link-format.md`, "The compact form"): the
/// payload follows it. Upper-case, so that a QR code holds everything after the `#` in its
/// alphanumeric mode.
pub const COMPACT: &str = "/C/";

/// The payload of a compact survey link's fragment (`#/C/…`, or `#/c/…` where something lowered
/// its case), or `None` for any other fragment.
pub fn compact_payload(fragment: &str) -> Option<&str> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment
        .strip_prefix(COMPACT)
        .or_else(|| fragment.strip_prefix("/c/"))
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
    fn a_compact_fragment_gives_its_payload() {
        assert_eq!(compact_payload("#/C/1ABC"), Some("1ABC"));
        assert_eq!(compact_payload("/c/1abc"), Some("1abc"));
        assert_eq!(compact_payload("#/C/"), Some(""));
        for other in ["#/survey?v=1", "#/C", "#C/1ABC", "", "#/summary?v=1"] {
            assert_eq!(compact_payload(other), None, "{other}");
        }
    }

    #[test]
    fn each_site_routes_only_its_own_pages() {
        let cases = [
            (Site::Respondent, "", Route::Landing),
            (Site::Respondent, "#/", Route::Landing),
            (Site::Respondent, "#/setup", Route::NotFound),
            (Site::Setup, "", Route::Setup),
            (Site::Setup, "#/edit?v=1&id=ABCDEF&t=x", Route::Setup),
            (Site::Setup, "#/survey", Route::NotFound),
            (Site::Setup, "#/slips?v=4&id=ABCDEF&t=x&p=1", Route::Slips),
            (Site::Respondent, "#/slips", Route::NotFound),
            (Site::Organizer, "#/slips", Route::NotFound),
            (
                Site::Respondent,
                "#/survey?v=1&id=ABCDEF&t=x",
                Route::Survey,
            ),
            (Site::Respondent, "#/survey/", Route::Survey),
            (Site::Respondent, "#/summary", Route::NotFound),
            (Site::Respondent, "#/nowhere", Route::NotFound),
            (Site::Respondent, "#/C/1ABCDE", Route::Survey),
            (Site::Respondent, "#/c/1abcde", Route::Survey),
            (Site::Respondent, "#/C/", Route::Survey),
            (Site::Respondent, "#/C", Route::NotFound),
            (Site::Respondent, "#/D/1ABCDE", Route::NotFound),
            (Site::Organizer, "#/C/1ABCDE", Route::NotFound),
            (Site::Setup, "#/C/1ABCDE", Route::NotFound),
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
    fn links_between_the_pages_are_relative_and_lead_where_they_say() {
        // Where each page lives, from the site's root.
        let folder = |site| match site {
            Site::Respondent => "",
            Site::Organizer => "organizer/",
            Site::Setup => "organizer/setup/",
        };
        for route in [
            Route::Landing,
            Route::Setup,
            Route::Slips,
            Route::Survey,
            Route::Summary,
        ] {
            for from in [Site::Respondent, Site::Organizer, Site::Setup] {
                let href = route.href(from);
                assert!(!href.starts_with('/') && !href.contains("://"), "{href}");
                // Resolve the relative link against the page's folder, then find the page.
                let (path, fragment) = href.split_once('#').unwrap();
                let mut parts: Vec<&str> =
                    folder(from).split('/').filter(|p| !p.is_empty()).collect();
                for part in path.split('/').filter(|p| !p.is_empty()) {
                    if part == ".." {
                        parts.pop();
                    } else {
                        parts.push(part);
                    }
                }
                let landed = format!("{}/", parts.join("/"));
                let site = [Site::Respondent, Site::Organizer, Site::Setup]
                    .into_iter()
                    .find(|s| folder(*s) == landed.trim_start_matches('/'))
                    .unwrap_or_else(|| panic!("{href} from {from:?} lands nowhere"));
                assert_eq!(
                    Route::from_fragment(site, &format!("#{fragment}")),
                    route,
                    "{href}"
                );
            }
        }
    }
}
