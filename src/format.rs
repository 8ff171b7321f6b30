//! Numbers as people read them: whole percentages, one-decimal means, signed point differences,
//! with the decimal separator of the language. Everything is rounded to whole numbers before it
//! is written, so the wasm carries no floating-point formatting (about 4 KB gzipped).

use crate::lang::Lang;

/// `x` rounded to the nearest whole number (ties away from zero), saturating at the `i64` range.
fn whole(x: f64) -> i64 {
    x.round() as i64
}

/// `0.432` → `43%` (English) or `43 %` (Spanish).
pub fn percent(share: f64, lang: Lang) -> String {
    let value = whole(share * 100.0);
    match lang {
        Lang::En => format!("{value}%"),
        Lang::Es => format!("{value}\u{a0}%"),
    }
}

/// A difference of shares in percentage points, signed: `+12`, `−3`, `0`.
pub fn points(difference: f64) -> String {
    match whole(difference * 100.0) {
        value if value > 0 => format!("+{value}"),
        value if value < 0 => format!("\u{2212}{}", value.unsigned_abs()),
        _ => "0".to_string(),
    }
}

/// A number with one decimal: `3.4` or `3,4`.
pub fn decimal(value: f64, lang: Lang) -> String {
    let tenths = whole(value * 10.0);
    let sign = if tenths < 0 { "\u{2212}" } else { "" };
    let separator = match lang {
        Lang::En => '.',
        Lang::Es => ',',
    };
    let tenths = tenths.unsigned_abs();
    format!("{sign}{}{separator}{}", tenths / 10, tenths % 10)
}

/// A share in thousandths, 0–1000, rounded.
fn thousandths(share: f64) -> i64 {
    whole(share.clamp(0.0, 1.0) * 1000.0)
}

/// A share as a width on a 0–1000 scale, for SVG bars drawn on `viewBox="0 0 1000 …"`.
pub fn permille(share: f64) -> String {
    thousandths(share).to_string()
}

/// A share as an SVG length in percent with one decimal, `43.2%`, for bars drawn in percent of
/// their own width.
pub fn percent_length(share: f64) -> String {
    let permille = thousandths(share);
    format!("{}.{}%", permille / 10, permille % 10)
}

/// A file size as people read it: `340 KB`, `2.9 MB` (`2,9 MB` in Spanish); decimal units, as file
/// managers show them.
pub fn size(bytes: usize, lang: Lang) -> String {
    if bytes < 1_000_000 {
        format!("{}\u{a0}KB", bytes.div_ceil(1_000))
    } else {
        format!("{}\u{a0}MB", decimal(bytes as f64 / 1e6, lang))
    }
}
