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
    /// `#/staff` on the printable documents' page (`organizer/print/`): the one-pager for staff.
    StaffSheet,
    /// `#/units` on the printable documents' page: the unit reports.
    UnitReports,
    /// Any other address.
    NotFound,
}

/// Which page of the site is running. Respondents load `index.html`, organizers
/// `organizer/index.html` (the summary), `organizer/setup/index.html` (creating a survey) and
/// `organizer/print/index.html` (the printable documents, opened from the summary); each has its
/// own wasm, so a phone opening a survey never downloads the report code, and each stays within
/// the first-visit budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Site {
    /// `index.html`: the start page and the survey.
    #[default]
    Respondent,
    /// `organizer/index.html`: the summary.
    Organizer,
    /// `organizer/setup/index.html`: creating a survey.
    Setup,
    /// `organizer/print/index.html`: the staff one-pager and the unit reports, in a tab the
    /// summary opens.
    Print,
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
            (Site::Print, "/staff") => Route::StaffSheet,
            (Site::Print, "/units") => Route::UnitReports,
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
            (Site::Print, Route::Landing | Route::NotFound) => "../../#/",
            (Site::Print, Route::Setup) => "../setup/#/",
            (Site::Print, Route::Slips) => "../setup/#/slips",
            (Site::Print, Route::Survey) => "../../#/survey",
            (Site::Print, Route::Summary) => "../#/summary",
            (Site::Print, Route::StaffSheet) => "#/staff",
            (Site::Print, Route::UnitReports) => "#/units",
            (Site::Respondent, Route::StaffSheet) => "organizer/print/#/staff",
            (Site::Respondent, Route::UnitReports) => "organizer/print/#/units",
            (Site::Organizer, Route::StaffSheet) => "print/#/staff",
            (Site::Organizer, Route::UnitReports) => "print/#/units",
            (Site::Setup, Route::StaffSheet) => "../print/#/staff",
            (Site::Setup, Route::UnitReports) => "../print/#/units",
        }
    }
}

/// The summary page's address beside the printable documents' page at `print` (an address
/// without its fragment: `https://…/organizer/print/` gives `https://…/organizer/`); `None` for
/// an address that is not that page's.
pub fn summary_beside(print: &str) -> Option<&str> {
    let print = print.strip_suffix("index.html").unwrap_or(print);
    print.strip_suffix("print/")
}

/// Whether `page` (an address without its fragment) is the summary page beside the printable
/// documents' page at `print`.
pub fn is_summary_beside(print: &str, page: &str) -> bool {
    summary_beside(print) == Some(page.strip_suffix("index.html").unwrap_or(page))
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
    fn the_summary_page_is_found_beside_the_printable_documents() {
        let print = "https://intranet.example/candor/organizer/print/";
        assert_eq!(
            summary_beside(print),
            Some("https://intranet.example/candor/organizer/")
        );
        assert_eq!(
            summary_beside("http://h/organizer/print/index.html"),
            Some("http://h/organizer/")
        );
        assert_eq!(summary_beside("http://h/organizer/"), None);
        for page in [
            "https://intranet.example/candor/organizer/",
            "https://intranet.example/candor/organizer/index.html",
        ] {
            assert!(is_summary_beside(print, page), "{page}");
        }
        for page in [
            "https://intranet.example/candor/organizer/setup/",
            "https://intranet.example/candor/",
            "https://intranet.example/other/organizer/",
            "https://intranet.example/candor/organizer/?x=1",
            "https://elsewhere.example/candor/organizer/",
        ] {
            assert!(!is_summary_beside(print, page), "{page}");
        }
    }

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
            (Site::Print, "#/staff", Route::StaffSheet),
            (Site::Print, "#/units", Route::UnitReports),
            (Site::Print, "", Route::NotFound),
            (Site::Print, "#/summary", Route::NotFound),
            (Site::Organizer, "#/staff", Route::NotFound),
            (Site::Setup, "#/units", Route::NotFound),
        ];
        for (site, fragment, route) in cases {
            assert_eq!(
                Route::from_fragment(site, fragment),
                route,
                "{site:?} {fragment}"
            );
        }
    }

    const SITES: [Site; 4] = [Site::Respondent, Site::Organizer, Site::Setup, Site::Print];

    #[test]
    fn links_between_the_pages_are_relative_and_lead_where_they_say() {
        // Where each page lives, from the site's root.
        let folder = |site| match site {
            Site::Respondent => "",
            Site::Organizer => "organizer/",
            Site::Setup => "organizer/setup/",
            Site::Print => "organizer/print/",
        };
        for route in [
            Route::Landing,
            Route::Setup,
            Route::Slips,
            Route::Survey,
            Route::Summary,
            Route::StaffSheet,
            Route::UnitReports,
        ] {
            for from in SITES {
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
                let site = SITES
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
