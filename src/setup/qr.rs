//! QR codes of survey links: the poster's, the slips', and any link's at a chosen error
//! correction, whose version and size (`QrCode::version`, `QrCode::size`) say how small it can be
//! printed.

use qrcodegen::{QrCode, QrCodeEcc, QrSegment};

use super::Links;

/// The QR code of `link` at error correction `ecc` (raised where that fits in the same size), or
/// `None` when the link is too long for any QR code. The link goes in as bytes up to its last
/// character outside the QR code's alphanumeric set (`0–9 A–Z`, space, `$ % * + - . / :`) and
/// the rest, when that takes fewer bits, as alphanumeric characters at 5.5 bits each instead of
/// 8: everything after the `#` of a compact link (`#/C/…`).
pub fn link_qr(link: &str, ecc: QrCodeEcc) -> Option<QrCode> {
    QrCode::encode_segments(&segments(link), ecc).ok()
}

/// Modules of white around every code drawn here: the quiet zone a reader needs to find it.
const QUIET_ZONE: i32 = 4;

/// The QR code of `text` as an SVG image (black modules on white, a quiet zone of four modules),
/// or `None` when the text is too long for any QR code. `label` names it for screen readers.
pub fn qr_svg(text: &str, label: &str) -> Option<String> {
    link_qr(text, QrCodeEcc::Medium).map(|qr| svg(&qr, label))
}

/// The poster's QR code as [`qr_svg`] draws it: of the survey link, or of its compact form when
/// that takes fewer bits, which is the case for every survey with a few units or more. The
/// readable link stays the one printed as text.
pub fn poster_svg(links: &Links, label: &str) -> Option<String> {
    qr_svg(poster_link(links), label)
}

/// The link the poster's QR code holds: the one of fewer bits, the readable one on a tie.
pub fn poster_link(links: &Links) -> &str {
    fewer_bits(&links.survey, &links.compact)
}

/// The side of [`qr_svg`]'s image of `text`, in modules: the code's own size (21 for version 1,
/// four more for each version above) and its quiet zone. `None` when the text is too long.
pub fn qr_side(text: &str) -> Option<u32> {
    let qr = link_qr(text, QrCodeEcc::Medium)?;
    u32::try_from(qr.size() + 2 * QUIET_ZONE).ok()
}

/// Of two links to the same page, the one whose QR code takes fewer bits (the first on a tie).
pub fn fewer_bits<'a>(first: &'a str, second: &'a str) -> &'a str {
    if data_bits(second) < data_bits(first) {
        second
    } else {
        first
    }
}

/// Whether a byte is in the QR code's alphanumeric set.
fn alphanumeric(byte: u8) -> bool {
    byte.is_ascii_digit() || byte.is_ascii_uppercase() || b" $%*+-./:".contains(&byte)
}

/// Where the alphanumeric tail of `link` starts, if it is worth a segment of its own: its header
/// (4 bits of mode, up to 13 of length) costs less than the 2.5 bits it saves on each character.
fn split(link: &str) -> Option<usize> {
    let tail = link.bytes().rev().take_while(|b| alphanumeric(*b)).count();
    let at = link.len() - tail;
    (at > 0 && alphanumeric_bits(tail) < 8 * tail).then_some(at)
}

/// Bits of an alphanumeric segment of `n` characters, with the widest length field.
fn alphanumeric_bits(n: usize) -> usize {
    4 + 13 + 11 * (n / 2) + 6 * (n % 2)
}

fn segments(link: &str) -> Vec<QrSegment> {
    match split(link) {
        Some(at) => vec![
            QrSegment::make_bytes(&link.as_bytes()[..at]),
            QrSegment::make_alphanumeric(&link[at..]),
        ],
        None => vec![QrSegment::make_bytes(link.as_bytes())],
    }
}

/// The data bits of `link`'s segments, with the widest length fields (versions 27 to 40).
fn data_bits(link: &str) -> usize {
    match split(link) {
        Some(at) => 4 + 16 + 8 * at + alphanumeric_bits(link.len() - at),
        None => 4 + 16 + 8 * link.len(),
    }
}

/// `qr` as an SVG image: black modules on white, a quiet zone of four modules. `label` names it
/// for screen readers.
pub fn svg(qr: &QrCode, label: &str) -> String {
    let size = qr.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + QUIET_ZONE, y + QUIET_ZONE));
            }
        }
    }
    let side = size + 2 * QUIET_ZONE;
    let label = label
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('"', "&quot;");
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" role=\"img\" aria-label=\"{label}\" shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compact_link_goes_in_as_bytes_then_alphanumerics() {
        let link = "https://candor.example.org/#/C/1DK7KYJWFS3JENZVR18Q1";
        assert_eq!(split(link), Some("https://candor.example.org/#".len()));
        let segments = segments(link);
        assert_eq!(segments.len(), 2);
        assert_eq!(segments[1].num_chars(), "/C/1DK7KYJWFS3JENZVR18Q1".len());
        // A readable link's short alphanumeric tail is not worth a segment.
        assert_eq!(split("https://x.org/#/survey?v=1&id=ABCDEF&t=x+1"), None);
        assert_eq!(split("ABCDEFGHIJ"), None);
        // 28 bytes, then 24 alphanumerics in pairs of 11 bits.
        assert_eq!(data_bits(link), (4 + 16 + 8 * 28) + (4 + 13 + 11 * 12));
    }
}
