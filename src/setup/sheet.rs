//! The printable sheet of single-use slips (`organizer/setup/#/slips?…`): every slip of a survey,
//! each with the survey's title, a QR code of the slip's own survey link, its slip code and one
//! line of instructions, in an order drawn at random, laid out on pages to cut apart.
//!
//! The sheet is a value changed only by [`Sheet::apply`]. Its pages are written as markup one at a
//! time ([`SheetAction::Build`]), so that the page can show the first while it writes the next:
//! a QR code takes a moment, and a sheet may hold thousands.

use std::rc::Rc;

use super::grid::{Grid, Paper};
use super::preview::survey_lang;
use super::qr::{fewer_bits, qr_side, qr_svg};
use super::shuffle::shuffle;
use crate::code::{Slip, SlipCheck};
use crate::html::escape;
use crate::i18n::{t, Key};
use crate::lang::{fill, Explain, Lang, Text};
use crate::link::{LinkError, SurveyLink};
use crate::route::split_fragment;

/// The setting of the sheet's address that prints only the slips from this serial on (the new
/// slips of a survey whose number of slips was raised); the setup page's own, never in a link.
pub const FIRST_KEY: &str = "first";

/// The text of a slip's QR code: its survey link, absolute (`base` is the site's root, ending in
/// `/`), as on a personal device, with the slip (`pc`) and without the organizer's settings, in
/// whichever form — readable or compact — makes the smaller QR code. The one place it is made.
pub fn slip_link(base: &str, link: &SurveyLink, slip: Slip) -> String {
    let own = SurveyLink {
        shared: false,
        staff: Default::default(),
        slip: Some(slip),
        slip_check: None,
        ..link.clone()
    };
    // Its compact form (`#/C/…`) when that makes a smaller QR code, as it does for any survey
    // with a few units: the largest survey's slip then still scans at slip size.
    let readable = format!("{base}{}", own.to_fragment());
    let compact = format!("{base}{}", own.to_compact_fragment());
    fewer_bits(&readable, &compact).to_string()
}

/// Why an address cannot show a sheet of slips.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SheetError {
    /// The survey's settings could not be read.
    Link(LinkError),
    /// The settings are of a survey without slips, or without their key and number.
    NoSlips,
    /// The first slip to print is not one of the survey's slips.
    First,
    /// A slip's survey link is too long for a QR code.
    TooLong,
    /// The browser gave no random numbers, so the slips could not be put in a random order.
    NoRandom,
}

impl Explain for SheetError {
    fn text(&self) -> Text {
        match self {
            SheetError::Link(_) => Text {
                en: "The survey's settings in this address could not be read: {problem}",
                es: "No se pudo leer la configuración de la encuesta en esta dirección: {problem}",
            },
            SheetError::NoSlips => Text {
                en: "This address does not hold a survey with single-use slips and their key. Open the sheet from “Print the slips” on the setup page, after making the links.",
                es: "Esta dirección no contiene una encuesta con papeletas de un solo uso y su clave. Abra la hoja desde «Imprimir las papeletas» en la página de creación, después de crear los enlaces.",
            },
            SheetError::First => Text {
                en: "This address asks for slips from a number this survey does not have.",
                es: "Esta dirección pide papeletas a partir de un número que esta encuesta no tiene.",
            },
            SheetError::TooLong => Text {
                en: "A slip's survey link is too long for a QR code. Shorten the unit names or the instructions.",
                es: "El enlace de la encuesta de una papeleta es demasiado largo para un código QR. Acorte los nombres de las unidades o las indicaciones.",
            },
            SheetError::NoRandom => Text {
                en: "This browser gave no random numbers, so the slips cannot be put in a random order. Open the sheet in another browser.",
                es: "Este navegador no dio números aleatorios, así que las papeletas no se pueden ordenar al azar. Abra la hoja en otro navegador.",
            },
        }
    }

    fn values(&self, lang: Lang) -> Vec<(&'static str, String)> {
        match self {
            SheetError::Link(problem) => vec![("problem", problem.message(lang))],
            _ => Vec::new(),
        }
    }
}

/// A change to the sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SheetAction {
    /// Print on this paper.
    Paper(Paper),
    /// The page is now in this language: the slips follow it when the survey sets none.
    Lang(Lang),
    /// Write the next page.
    Build,
}

/// A sheet of slips: the survey, its slips in printing order, the grid, the paper, and the pages
/// written so far.
#[derive(Clone, Debug)]
pub struct Sheet {
    /// The site's root, ending in `/`.
    base: String,
    /// The survey as staff open it on their own devices.
    link: SurveyLink,
    /// The slips' key and how many there are.
    check: SlipCheck,
    /// The serials printed, in printing order.
    order: Vec<u16>,
    /// QR codes' side in modules, quiet zone included.
    side: u32,
    grid: Grid,
    paper: Paper,
    /// The page's language.
    page_lang: Lang,
    /// The pages written so far, in the slips' language.
    pages: Vec<Rc<str>>,
}

impl Sheet {
    /// The sheet of the survey at `fragment` (`#/slips?` and the summary link's settings, which
    /// hold the slips' key, perhaps with `first=N`) on the site at `base`. `seed` is 16 bytes from
    /// the browser's cryptographic generator, which put the slips in their order (`None` when
    /// it gave none: then there is no sheet rather than one in a guessable order).
    pub fn open(
        fragment: &str,
        base: &str,
        seed: Option<[u8; 16]>,
        page_lang: Lang,
        paper: Paper,
    ) -> Result<Sheet, SheetError> {
        let query = split_fragment(fragment).1;
        let link = SurveyLink::parse(query).map_err(SheetError::Link)?;
        let check = link
            .slip_check
            .filter(|_| link.slips)
            .ok_or(SheetError::NoSlips)?;
        let first = first_serial(query, check.count)?;
        let seed = seed.ok_or(SheetError::NoRandom)?;
        let side =
            qr_side(&slip_link(base, &link, check.key.slip(first))).ok_or(SheetError::TooLong)?;
        let mut order: Vec<u16> = (first..check.count).collect();
        shuffle(&mut order, seed);
        Ok(Sheet {
            base: base.to_string(),
            link,
            check,
            order,
            side,
            grid: Grid::for_qr(side),
            paper,
            page_lang,
            pages: Vec::new(),
        })
    }

    /// Changes the sheet by `action`.
    pub fn apply(&mut self, action: SheetAction) {
        match action {
            SheetAction::Paper(paper) => self.paper = paper,
            SheetAction::Lang(lang) => {
                let before = self.lang();
                self.page_lang = lang;
                // The pages are written in the slips' language: write them again in the new one.
                if self.lang() != before {
                    self.pages.clear();
                }
            }
            SheetAction::Build => {
                if !self.done() {
                    let page = self.page(self.pages.len());
                    self.pages.push(page.into());
                }
            }
        }
    }

    /// The survey's title.
    pub fn title(&self) -> &str {
        &self.link.title
    }

    /// The language the slips are written in: the survey's, else the page's.
    pub fn lang(&self) -> Lang {
        survey_lang(&self.link, self.page_lang)
    }

    /// The paper chosen.
    pub fn paper(&self) -> Paper {
        self.paper
    }

    /// The grid of slips on each page.
    pub fn grid(&self) -> Grid {
        self.grid
    }

    /// The side of each QR code in modules, quiet zone included.
    pub fn qr_side(&self) -> u32 {
        self.side
    }

    /// The serials of the slips, in the order they are printed.
    pub fn order(&self) -> &[u16] {
        &self.order
    }

    /// How many slips the sheet holds.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// Whether the sheet holds no slip (never: a survey has at least one).
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// How many pages the sheet fills.
    pub fn page_count(&self) -> usize {
        self.len().div_ceil(self.grid.per_page())
    }

    /// The pages written so far, as markup.
    pub fn pages(&self) -> &[Rc<str>] {
        &self.pages
    }

    /// How many slips the pages written so far hold.
    pub fn built(&self) -> usize {
        (self.pages.len() * self.grid.per_page()).min(self.len())
    }

    /// Whether every page is written.
    pub fn done(&self) -> bool {
        self.pages.len() >= self.page_count()
    }

    /// Page `index` (from 0) as markup: its slips in a grid, and the line on drawing them blind.
    /// Every text from the survey is escaped.
    fn page(&self, index: usize) -> String {
        let lang = self.lang();
        let per_page = self.grid.per_page();
        let serials = self.order.iter().skip(index * per_page).take(per_page);
        let grid = self.grid;
        let title = escape(&self.link.title);
        let note = escape(t(lang, Key::SheetSlipNote));
        let label = t(lang, Key::SheetQrLabel);
        let qr_size = format!("{}.{}mm", grid.qr / 10, grid.qr % 10);
        let list_label = fill(
            t(lang, Key::SheetPageLabel),
            &[
                ("page", &(index + 1).to_string()),
                ("pages", &self.page_count().to_string()),
            ],
        );
        let mut out = format!(
            "<div class=\"sheet__page\" lang=\"{}\"><ul class=\"sheet__grid sheet__grid--c{} sheet__grid--r{}{}\" aria-label=\"{}\">",
            lang.tag(),
            grid.columns,
            grid.rows,
            if grid.beside { " sheet__grid--beside" } else { "" },
            escape(&list_label),
        );
        for &serial in serials {
            let slip = self.check.key.slip(serial);
            let qr = qr_svg(&slip_link(&self.base, &self.link, slip), label).unwrap_or_default();
            out.push_str("<li class=\"sheet__slip\"><p class=\"sheet__title\">");
            out.push_str(&title);
            out.push_str(
                "</p><svg class=\"sheet__qr\" xmlns=\"http://www.w3.org/2000/svg\" width=\"",
            );
            out.push_str(&qr_size);
            out.push_str("\" height=\"");
            out.push_str(&qr_size);
            out.push_str("\">");
            out.push_str(&qr);
            out.push_str("</svg><p class=\"sheet__code\">");
            out.push_str(&slip.code());
            out.push_str("</p><p class=\"sheet__note\">");
            out.push_str(&note);
            out.push_str("</p></li>");
        }
        out.push_str("</ul><p class=\"sheet__draw\">");
        out.push_str(&escape(t(lang, Key::SheetDraw)));
        out.push_str("</p></div>");
        out
    }
}

/// The first serial the sheet prints: `first=N` in the address (the setup page's own setting),
/// else 0. It must be a serial below `count`.
fn first_serial(query: &str, count: u16) -> Result<u16, SheetError> {
    let given = query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == FIRST_KEY).then_some(value)
    });
    match given {
        None => Ok(0),
        Some(value) => {
            let digits = !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit());
            value
                .parse::<u16>()
                .ok()
                .filter(|first| digits && *first < count)
                .ok_or(SheetError::First)
        }
    }
}
