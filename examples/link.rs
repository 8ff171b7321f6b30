//! Reads survey links — readable (`…#/survey?…`) or compact (`…#/C/…`) — as the survey page does,
//! and prints each one's readable query (`SurveyLink::to_query`), or the error, one per line. The
//! end-to-end tests use it to read the links that QR codes hold, independent of the browser.
//!
//! `cargo run --example link -- LINK…`

use candor::link::SurveyLink;

fn main() {
    for link in std::env::args().skip(1) {
        let fragment = link.find('#').map_or("", |at| &link[at..]);
        match SurveyLink::from_fragment(fragment) {
            Ok(settings) => println!("{}", settings.to_query()),
            Err(error) => println!("error: {error:?}"),
        }
    }
}
