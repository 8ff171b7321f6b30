//! The charts' colours, named as the stylesheet's custom properties (`--fav`, `--neu`, …).
//!
//! They are written in two places on purpose. A chart saved for slides leaves the page and no
//! stylesheet goes with it, so it carries its own colours, written from [`Palette::FILE`]. The
//! page's charts only name CSS classes, and `static/summary.css` colours them over the base colours
//! of `static/candor.css`, switching between light and dark schemes and paper as the browser asks.
//! The test below reads both stylesheets and checks that they declare exactly these colours, so
//! the two places cannot drift apart.

/// The colours of one scheme. Blue against orange stays apart in the common colour-vision
/// deficiencies; unfavourable is also hatched and neutral dotted, so grayscale tells them apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    /// The background (`--bg`), also the thin gap between a stacked bar's parts.
    pub bg: &'static str,
    /// Text (`--text`).
    pub text: &'static str,
    /// Borders (`--border`), also around the pale legend swatches.
    pub border: &'static str,
    /// Favourable, and a plain bar's share (`--fav`).
    pub fav: &'static str,
    /// Neutral, under its dots (`--neu`).
    pub neu: &'static str,
    /// Unfavourable, under its hatching (`--unf`).
    pub unf: &'static str,
    /// Not answered (`--na`).
    pub na: &'static str,
    /// The empty track behind a plain bar (`--track`).
    pub track: &'static str,
    /// The hatching's lines (`--line`).
    pub line: &'static str,
    /// The dots on neutral (`--dot`).
    pub dot: &'static str,
}

impl Palette {
    /// The page on a light screen.
    pub const LIGHT: Palette = Palette {
        bg: "#fbfaf7",
        text: "#1d2327",
        border: "#c9d1d5",
        fav: "#174c80",
        neu: "#c3cace",
        unf: "#e07b2e",
        na: "#edf0f1",
        track: "#e4e7e9",
        line: "#ffffff",
        dot: "#7b868c",
    };

    /// The page on a dark screen: lighter blue, darker orange, each still apart from the other.
    pub const DARK: Palette = Palette {
        bg: "#111417",
        text: "#e9edef",
        border: "#3b464d",
        fav: "#a6d0f5",
        neu: "#414c53",
        unf: "#b85e1c",
        na: "#262d31",
        track: "#2c3439",
        line: "#111417",
        dot: "#b4bec4",
    };

    /// Paper, whatever the screen's scheme: the light palette on white, darker where it is text.
    pub const PRINT: Palette = Palette {
        bg: "#fff",
        text: "#000",
        border: "#9aa5ab",
        fav: "#174c80",
        neu: "#c3cace",
        unf: "#e07b2e",
        na: "#edf0f1",
        track: "#e4e7e9",
        line: "#fff",
        dot: "#5e686e",
    };

    /// A chart saved for slides looks like the printed report: on white, in any projector's
    /// light.
    pub const FILE: Palette = Palette::PRINT;

    /// Each colour with its custom property's name.
    pub fn named(&self) -> [(&'static str, &'static str); 10] {
        [
            ("--bg", self.bg),
            ("--text", self.text),
            ("--border", self.border),
            ("--fav", self.fav),
            ("--neu", self.neu),
            ("--unf", self.unf),
            ("--na", self.na),
            ("--track", self.track),
            ("--line", self.line),
            ("--dot", self.dot),
        ]
    }
}

/// The heatmap's sequential scale, palest first: each step's fill and the text colour written on
/// it, named `--heat-k` and `--heat-ink-k` in the stylesheet. One hue whose lightness falls step
/// by step, so the order reads without telling colours apart (in any colour-vision deficiency,
/// and in grayscale); each text colour is chosen for its fill, with a contrast of at least 4.5:1.
/// The same in every scheme: a cell carries its own fill and text, on screen, on paper and in a
/// saved file alike.
/// Declared in `static/summary.css`, the summary page's own stylesheet.
pub const HEAT: [(&str, &str); HEAT_STEPS] = [
    ("#f1f5f9", "#1d2327"),
    ("#c9dcee", "#1d2327"),
    ("#93b6da", "#111417"),
    ("#3d6ea3", "#ffffff"),
    ("#1a3963", "#ffffff"),
];

/// How many steps the heatmap's scale has; each covers an equal fifth of the shares.
pub const HEAT_STEPS: usize = 5;

#[cfg(test)]
mod tests {
    use super::{Palette, HEAT};
    use std::collections::HashMap;

    const CANDOR: &str = include_str!("../../../static/candor.css");
    const SUMMARY: &str = include_str!("../../../static/summary.css");
    /// The summary page's stylesheets in the order it loads them.
    const STYLESHEET: &str = concat!(
        include_str!("../../../static/candor.css"),
        include_str!("../../../static/summary.css")
    );

    /// The custom properties the stylesheet declares on `:root` in each context: `""` at the top
    /// level, else the at-rule's prelude (`@media print`, …); a later declaration wins, as in CSS.
    fn declared(css: &str) -> HashMap<String, HashMap<String, String>> {
        let mut css = css.to_string();
        while let Some(start) = css.find("/*") {
            let end = css[start..].find("*/").map_or(css.len(), |e| start + e + 2);
            css.replace_range(start..end, "");
        }
        let mut out: HashMap<String, HashMap<String, String>> = HashMap::new();
        let mut stack: Vec<String> = Vec::new();
        let mut pending = String::new();
        for c in css.chars() {
            match c {
                '{' => {
                    stack.push(pending.trim().to_string());
                    pending.clear();
                }
                '}' | ';' => {
                    let declaration = std::mem::take(&mut pending);
                    if stack.last().map(String::as_str) == Some(":root") {
                        if let Some((name, value)) = declaration.split_once(':') {
                            if name.trim().starts_with("--") {
                                let context = stack
                                    .iter()
                                    .filter(|s| s.starts_with('@'))
                                    .cloned()
                                    .collect::<Vec<_>>()
                                    .join(" ");
                                out.entry(context)
                                    .or_default()
                                    .insert(name.trim().to_string(), value.trim().to_string());
                            }
                        }
                    }
                    if c == '}' {
                        stack.pop();
                    }
                }
                c => pending.push(c),
            }
        }
        out
    }

    /// Both places of the charts' colours agree: what the page draws (light, dark, paper) and,
    /// through the paper's palette, what a saved file draws.
    #[test]
    fn the_stylesheet_declares_the_palettes_colours() {
        let declared = declared(STYLESHEET);
        for (context, palette) in [
            ("", Palette::LIGHT),
            ("@media (prefers-color-scheme: dark)", Palette::DARK),
            ("@media print", Palette::PRINT),
        ] {
            let properties = declared
                .get(context)
                .unwrap_or_else(|| panic!("no :root in {context:?}"));
            for (name, colour) in palette.named() {
                assert_eq!(
                    properties.get(name).map(String::as_str),
                    Some(colour),
                    "{name} in {context:?}"
                );
            }
        }
        assert_eq!(Palette::FILE, Palette::PRINT);
    }

    /// The heatmap's scale is declared by the summary page's stylesheet as it is here.
    #[test]
    fn the_stylesheet_declares_the_heat_scale() {
        let declared = declared(SUMMARY);
        let root = &declared[""];
        for (k, (fill, ink)) in HEAT.iter().enumerate() {
            assert_eq!(root.get(&format!("--heat-{k}")), Some(&fill.to_string()));
            assert_eq!(root.get(&format!("--heat-ink-{k}")), Some(&ink.to_string()));
        }
        // Neither the dark scheme nor paper changes it, and the shared stylesheet has none.
        for (context, properties) in declared {
            assert!(
                context.is_empty() || properties.keys().all(|k| !k.starts_with("--heat")),
                "{context}"
            );
        }
        for (context, properties) in self::declared(CANDOR) {
            assert!(
                properties.keys().all(|k| !k.starts_with("--heat")),
                "{context}"
            );
        }
    }

    /// WCAG 2 relative luminance of `#rrggbb`.
    fn luminance(hex: &str) -> f64 {
        let channel = |i: usize| {
            let c = u8::from_str_radix(&hex[i..i + 2], 16).unwrap() as f64 / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    }

    fn contrast(a: &str, b: &str) -> f64 {
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    /// Lightness falls at every step by a visible margin (so grayscale keeps the order), and
    /// every cell's text can be read on its fill.
    #[test]
    fn the_heat_scale_darkens_step_by_step_and_its_text_reads_on_every_fill() {
        for pair in HEAT.windows(2) {
            let (lighter, darker) = (luminance(pair[0].0), luminance(pair[1].0));
            assert!(lighter > darker * 1.3, "{pair:?}");
        }
        for (fill, ink) in HEAT {
            assert!(
                contrast(fill, ink) >= 4.5,
                "{fill} {ink}: {}",
                contrast(fill, ink)
            );
        }
        // The checks can fail: white on the palest fill does not read.
        assert!(contrast(HEAT[0].0, "#ffffff") < 4.5);
    }

    /// The reader above finds what it should, so the test cannot pass by reading nothing.
    #[test]
    fn the_stylesheet_reader_sees_contexts_and_overrides() {
        let declared = declared(
            ":root { --a: #111; } /* :root { --a: #999; } */ @media print { :root { --a: #222; } } :root { --a: #333; }",
        );
        assert_eq!(declared[""]["--a"], "#333");
        assert_eq!(declared["@media print"]["--a"], "#222");
    }
}
