//! The survey link's QR code, for the poster and the slips.

use qrcodegen::{QrCode, QrCodeEcc};

/// Modules of white around every code drawn here: the quiet zone a reader needs to find it.
const QUIET_ZONE: i32 = 4;

/// The QR code of `text` as an SVG image (black modules on white, a quiet zone of four modules),
/// or `None` when the text is too long for any QR code. `label` names it for screen readers.
pub fn qr_svg(text: &str, label: &str) -> Option<String> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
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
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" role=\"img\" aria-label=\"{label}\" shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}

/// The side of [`qr_svg`]'s image of `text`, in modules: the code's own size (21 for version 1,
/// four more for each version above) and its quiet zone. `None` when the text is too long.
pub fn qr_side(text: &str) -> Option<u32> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    u32::try_from(qr.size() + 2 * QUIET_ZONE).ok()
}
