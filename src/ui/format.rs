//! Numbers as people read them: whole percentages, one-decimal means, signed point differences,
//! with the decimal separator of the language.

use crate::lang::Lang;

/// `0.432` → `43%` (English) or `43 %` (Spanish).
pub fn percent(share: f64, lang: Lang) -> String {
    let value = (share * 100.0).round();
    match lang {
        Lang::En => format!("{value:.0}%"),
        Lang::Es => format!("{value:.0}\u{a0}%"),
    }
}

/// A difference of shares in percentage points, signed: `+12`, `−3`, `0`.
pub fn points(difference: f64) -> String {
    let value = (difference * 100.0).round();
    if value > 0.0 {
        format!("+{value:.0}")
    } else if value < 0.0 {
        format!("\u{2212}{:.0}", -value)
    } else {
        "0".to_string()
    }
}

/// A mean with one decimal: `3.4` or `3,4`.
pub fn decimal(value: f64, lang: Lang) -> String {
    let text = format!("{value:.1}");
    match lang {
        Lang::En => text,
        Lang::Es => text.replace('.', ","),
    }
}

/// Fills `{name}` placeholders of a translated sentence.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}
