//! How slips are laid out on paper: the paper sizes, the printed box every page shares, and the
//! grid of slips that puts the most on a page while each QR code stays easy to scan.
//!
//! Lengths are whole tenths of a millimetre, so the page writes them without floating-point
//! formatting. `static/setup.css` draws the same box (`--sheet-*`); a test holds the two
//! together.

/// The paper a sheet is printed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Paper {
    /// US Letter, 8.5 × 11 in (215.9 × 279.4 mm).
    #[default]
    Letter,
    /// ISO A4, 210 × 297 mm.
    A4,
}

/// Regions whose paper is Letter; everywhere else prints on A4.
const LETTER_REGIONS: [&str; 15] = [
    "US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", "CR", "GT", "SV", "HN", "NI", "PA", "DO",
];

impl Paper {
    /// Both papers, in the order the sheet offers them.
    pub const ALL: [Paper; 2] = [Paper::Letter, Paper::A4];

    /// Width and height, in tenths of a millimetre.
    pub fn size(self) -> (u32, u32) {
        match self {
            Paper::Letter => (2159, 2794),
            Paper::A4 => (2100, 2970),
        }
    }

    /// The name the stylesheet's page rules use (`slips-letter`, `slips-a4`).
    pub fn name(self) -> &'static str {
        match self {
            Paper::Letter => "letter",
            Paper::A4 => "a4",
        }
    }

    /// The paper most likely in the printer of someone whose browser language is `tag`
    /// (`en-US`, `es-ES`): Letter in the Americas' Letter countries and the Philippines, A4
    /// elsewhere; Letter when the tag names no region.
    pub fn for_language_tag(tag: &str) -> Paper {
        match tag.split(['-', '_']).nth(1) {
            Some(region) if !LETTER_REGIONS.contains(&region.to_ascii_uppercase().as_str()) => {
                Paper::A4
            }
            _ => Paper::Letter,
        }
    }
}

/// The printed box of every page, the same on Letter and A4, so that a sheet is laid out once and
/// prints on either, centred. It also fits both inside the setup page's plain print margins of
/// 12 mm, for a browser that does not know the sheet's own page rules.
pub const PAGE_WIDTH: u32 = 1860;
/// See [`PAGE_WIDTH`].
pub const PAGE_HEIGHT: u32 = 2550;
/// The foot of each page, which carries the line on drawing slips blind.
pub const PAGE_FOOT: u32 = 100;
/// White inside each slip, between its cut line and what it carries.
pub const SLIP_PADDING: u32 = 25;
/// Room under a QR code for the title, the slip code and the instruction, when they are stacked.
pub const TEXT_BELOW: u32 = 280;
/// Room beside a QR code for the same, when they sit to its right.
pub const TEXT_BESIDE: u32 = 440;
/// The smallest module a slip's QR code may have: 0.6 mm, which a phone reads at arm's length
/// and a 100 dpi scan still gives about 2.4 pixels.
pub const MIN_MODULE: u32 = 6;
/// At most this many columns: a narrower slip has no room for its instruction.
const MAX_COLUMNS: u32 = 4;
/// At most this many rows.
const MAX_ROWS: u32 = 8;

/// The slips of a page: a grid of `columns` × `rows` equal cells, each a slip with its QR code
/// `qr` long on each side, the texts under it or, `beside`, to its right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Grid {
    /// Slips across.
    pub columns: u32,
    /// Slips down.
    pub rows: u32,
    /// Whether the texts sit beside the QR code rather than under it.
    pub beside: bool,
    /// The QR code's side, quiet zone included, in tenths of a millimetre.
    pub qr: u32,
}

impl Grid {
    /// The grid for QR codes `side` modules across (quiet zone included, as
    /// [`qr_side`](super::qr_side) gives it): the most slips a page holds with every module at
    /// least [`MIN_MODULE`], and among those the largest code. A code too large for that even
    /// alone on a page gets one slip per page, as large as it goes.
    pub fn for_qr(side: u32) -> Grid {
        let needed = side.saturating_mul(MIN_MODULE);
        let mut best: Option<Grid> = None;
        for columns in 1..=MAX_COLUMNS {
            for rows in 1..=MAX_ROWS {
                for beside in [false, true] {
                    let grid = Grid::sized(columns, rows, beside);
                    let better = best
                        .is_none_or(|best| (grid.per_page(), grid.qr) > (best.per_page(), best.qr));
                    if grid.qr >= needed && better {
                        best = Some(grid);
                    }
                }
            }
        }
        best.unwrap_or_else(|| Grid::sized(1, 1, false))
    }

    /// The grid of `columns` × `rows` with the largest QR code its cells hold.
    fn sized(columns: u32, rows: u32, beside: bool) -> Grid {
        let (width, height) = Grid::cell(columns, rows);
        let qr = if beside {
            (height.saturating_sub(2 * SLIP_PADDING))
                .min(width.saturating_sub(3 * SLIP_PADDING + TEXT_BESIDE))
        } else {
            (width.saturating_sub(2 * SLIP_PADDING))
                .min(height.saturating_sub(2 * SLIP_PADDING + TEXT_BELOW))
        };
        Grid {
            columns,
            rows,
            beside,
            qr,
        }
    }

    /// A cell's width and height, in tenths of a millimetre (rounded down).
    pub fn cell(columns: u32, rows: u32) -> (u32, u32) {
        (
            PAGE_WIDTH / columns.max(1),
            (PAGE_HEIGHT - PAGE_FOOT) / rows.max(1),
        )
    }

    /// Slips on a full page.
    pub fn per_page(&self) -> usize {
        usize::try_from(self.columns * self.rows).unwrap_or(1)
    }
}
