//! What became of the codes given, as HTML text: the count of every verdict, the warnings (codes
//! of the other privacy mode kept apart, the response rate, more responses than staff, shared
//! nonces) and each token that was not counted, with where it is and why. Up to a thousand lines
//! of pure output; every piece of the organizer's input (a token, a file's name) is escaped.
//!
//! It takes plain values rather than the page's model: the model (`summary`) imports the report,
//! so the report does not import it back.

use super::escape;
use crate::code::{shared_beyond_chance, shared_by_chance, Counts, SlipTally, Verdict};
use crate::format::{decimal, percent};
use crate::i18n::{t, Key};
use crate::lang::{fill, Explain, Lang};
use crate::report::ResponseRate;
use std::fmt::Write;

/// What the lists of one wave show.
pub struct Found<'a> {
    /// The wave's name (`baseline`, `follow-up`), which the lists' ids start with.
    pub wave: &'a str,
    /// How many tokens had each verdict.
    pub counts: Counts,
    /// Accepted codes whose nonce an earlier, different accepted code already had.
    pub shared_nonces: usize,
    /// The response rate, when the organizer gave a headcount.
    pub response: Option<ResponseRate>,
    /// The units, by name, whose shown response rate counts more responses than staff.
    pub exceeding_units: Vec<&'a str>,
    /// For a survey with single-use slips, what became of them.
    pub slips: Option<&'a SlipTally>,
    /// The tokens not counted that are listed, in order.
    pub problems: Vec<Listed<'a>>,
    /// Tokens not counted beyond those listed.
    pub unlisted: usize,
}

/// A token that was not counted.
pub struct Listed<'a> {
    /// Why, broadly.
    pub verdict: Verdict,
    /// The token as given (already shortened).
    pub text: &'a str,
    /// The name of the file or paste it is in; `None` for the text area.
    pub source: Option<String>,
    /// Its line there, from 1.
    pub line: usize,
    /// Why, in a sentence.
    pub why: &'a dyn Explain,
}

/// The label of a count of tokens with `verdict`. Each arm names its key as a constant, so only
/// these strings enter the page (see `i18n::Key::text`).
fn verdict_label(verdict: Verdict, lang: Lang) -> &'static str {
    match verdict {
        Verdict::Accepted => t(lang, Key::VerdictAccepted),
        Verdict::Duplicate => t(lang, Key::VerdictDuplicate),
        Verdict::Mistyped => t(lang, Key::VerdictMistyped),
        Verdict::OtherSurvey => t(lang, Key::VerdictOtherSurvey),
        Verdict::NewerVersion => t(lang, Key::VerdictNewerVersion),
        Verdict::Malformed => t(lang, Key::VerdictMalformed),
        Verdict::OtherMode => t(lang, Key::VerdictOtherMode),
        Verdict::Slip => t(lang, Key::VerdictSlip),
    }
}

/// How many slips were used and counted, and each slip that came in more than one code.
fn slip_lines(out: &mut String, slips: &SlipTally, lang: Lang) {
    let _ = write!(
        out,
        "<p data-figure=\"slips\">{}</p>",
        fill(
            t(lang, Key::SlipsUsed),
            &[
                ("used", &slips.used.to_string()),
                ("printed", &slips.printed.to_string()),
                ("counted", &slips.counted().to_string()),
            ]
        )
    );
    if slips.reused.is_empty() {
        return;
    }
    alert(
        out,
        " data-slips=\"reused\"",
        &fill(
            t(lang, Key::SlipsReused),
            &[("n", &slips.reused.len().to_string())],
        ),
    );
    out.push_str("<ul class=\"reused-slips\">");
    for reused in &slips.reused {
        let line = fill(
            t(lang, Key::SlipReusedLine),
            &[
                ("slip", &reused.slip.code()),
                ("n", &reused.codes.len().to_string()),
            ],
        );
        let codes: Vec<String> = reused
            .codes
            .iter()
            .map(|code| format!("<code>{}</code>", code.grouped()))
            .collect();
        let _ = write!(out, "<li>{} {}</li>", escape(&line), codes.join(", "));
    }
    out.push_str("</ul>");
}

/// An alert paragraph, with `attribute` (empty, or starting with a space) on it.
fn alert(out: &mut String, attribute: &str, text: &str) {
    let _ = write!(
        out,
        "<p class=\"error\" role=\"alert\"{attribute}>{}</p>",
        escape(text)
    );
}

/// The section that says what became of every code-shaped piece of one wave's codes.
pub fn found(found: &Found, lang: Lang) -> String {
    let id = escape(found.wave);
    let counts = &found.counts;
    let mut out = format!(
        "<section class=\"found\" aria-labelledby=\"{id}-found\"><h3 id=\"{id}-found\">{}</h3><ul class=\"verdict-counts\">",
        t(lang, Key::VerdictsTitle)
    );
    // Codes of the other privacy mode, and codes kept apart for their slips, are listed only when
    // there are some.
    // Codes whose slip came in another code too are good codes, but not counted: they are listed
    // on their own, and "counted" says what is.
    let reused = found.slips.map_or(0, SlipTally::reused_codes);
    for verdict in Verdict::ALL
        .into_iter()
        .filter(|v| !matches!(v, Verdict::OtherMode | Verdict::Slip) || counts.get(*v) > 0)
    {
        let count = match verdict {
            Verdict::Accepted => counts.get(verdict).saturating_sub(reused),
            _ => counts.get(verdict),
        };
        let _ = write!(
            out,
            "<li data-verdict=\"{}\"><strong>{count}</strong> {}</li>",
            verdict.name(),
            verdict_label(verdict, lang)
        );
        if verdict == Verdict::Accepted && reused > 0 {
            let _ = write!(
                out,
                "<li data-verdict=\"slip-reused\"><strong>{reused}</strong> {}</li>",
                t(lang, Key::VerdictSlipReused)
            );
        }
    }
    out.push_str("</ul>");
    let other_mode = counts.get(Verdict::OtherMode);
    if other_mode > 0 {
        alert(
            &mut out,
            " data-kept-apart=\"true\"",
            &fill(
                t(lang, Key::OtherModeKept),
                &[("n", &other_mode.to_string())],
            ),
        );
    }
    if let Some(response) = &found.response {
        let _ = write!(
            out,
            "<p data-figure=\"response-rate\">{}</p>",
            fill(
                t(lang, Key::ResponseRate),
                &[
                    ("rate", &percent(response.rate, lang)),
                    ("headcount", &response.headcount.to_string())
                ]
            )
        );
        if response.exceeds {
            alert(&mut out, "", t(lang, Key::MoreThanStaff));
        }
    }
    if let Some(slips) = found.slips {
        slip_lines(&mut out, slips, lang);
    }
    if !found.exceeding_units.is_empty() {
        // `alert` escapes the whole sentence, unit names included.
        let names = found.exceeding_units.join(", ");
        alert(
            &mut out,
            " data-alarm=\"units\"",
            &fill(t(lang, Key::MoreThanStaffUnits), &[("units", &names)]),
        );
    }
    // Among many codes, a few share a nonce by chance: only more than chance gives is an alarm.
    let accepted = counts.get(Verdict::Accepted);
    let shared = found.shared_nonces.to_string();
    if shared_beyond_chance(found.shared_nonces, accepted) {
        alert(
            &mut out,
            " data-shared-nonces=\"beyond-chance\"",
            &fill(t(lang, Key::SharedNonces), &[("n", &shared)]),
        );
    } else if found.shared_nonces > 0 {
        let _ = write!(
            out,
            "<p data-shared-nonces=\"chance\">{}</p>",
            escape(&fill(
                t(lang, Key::SharedNoncesByChance),
                &[
                    ("n", &shared),
                    ("expected", &decimal(shared_by_chance(accepted), lang))
                ]
            ))
        );
    }
    if counts.problems() > 0 {
        let _ = write!(
            out,
            "<h3 id=\"{id}-problems\">{}</h3><ul class=\"problems\" tabindex=\"0\" aria-labelledby=\"{id}-problems\">",
            t(lang, Key::ProblemsTitle)
        );
        for problem in &found.problems {
            let line = fill(
                t(lang, Key::ProblemLine),
                &[("line", &problem.line.to_string())],
            );
            let place = match &problem.source {
                None => line,
                Some(name) => format!("{name}, {line}"),
            };
            let _ = write!(
                out,
                "<li data-verdict=\"{}\"><code>{}</code> ({}): {}</li>",
                problem.verdict.name(),
                escape(problem.text),
                escape(&place),
                escape(&problem.why.message(lang))
            );
        }
        out.push_str("</ul>");
        if found.unlisted > 0 {
            let _ = write!(
                out,
                "<p>{}</p>",
                fill(
                    t(lang, Key::ProblemsMore),
                    &[("n", &found.unlisted.to_string())]
                )
            );
        }
    }
    out.push_str("</section>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Text;

    struct Why;

    impl Explain for Why {
        fn text(&self) -> Text {
            Text {
                en: "It says <{what}> & \"more\".",
                es: "Dice <{what}> y \"más\".",
            }
        }

        fn values(&self, _: Lang) -> Vec<(&'static str, String)> {
            vec![("what", "<b>'x'</b>".into())]
        }
    }

    fn counts(pairs: &[(Verdict, usize)]) -> Counts {
        let mut counts = Counts::default();
        for &(verdict, n) in pairs {
            for _ in 0..n {
                counts.bump(verdict);
            }
        }
        counts
    }

    /// A token, a file's name and an error's values from outside stay text, whatever they hold.
    #[test]
    fn tokens_and_file_names_cannot_become_markup() {
        let given = Found {
            wave: "baseline",
            counts: counts(&[(Verdict::Accepted, 2), (Verdict::Malformed, 2)]),
            shared_nonces: 0,
            response: None,
            exceeding_units: Vec::new(),
            problems: vec![
                Listed {
                    verdict: Verdict::Malformed,
                    text: "<script>alert('1')</script>",
                    source: Some("\"><img src=x onerror=alert(2)>.txt".into()),
                    line: 3,
                    why: &Why,
                },
                Listed {
                    verdict: Verdict::Malformed,
                    text: "\"onmouseover=\"alert(3)",
                    source: None,
                    line: 1,
                    why: &Why,
                },
            ],
            unlisted: 0,
            slips: None,
        };
        let html = found(&given, Lang::En);
        for raw in ["<script", "<img", "<b>", "\"onmouseover", "'1'"] {
            assert!(!html.contains(raw), "{raw} in {html}");
        }
        assert!(html.contains(
            "<li data-verdict=\"malformed\"><code>&lt;script&gt;alert(&#39;1&#39;)&lt;/script&gt;</code> (&quot;&gt;&lt;img src=x onerror=alert(2)&gt;.txt, line 3): It says &lt;&lt;b&gt;&#39;x&#39;&lt;/b&gt;&gt; &amp; &quot;more&quot;.</li>"
        ));
        // Every element opened is closed: nothing from outside opened or closed one.
        for tag in ["section", "ul", "li", "code", "h3"] {
            assert_eq!(
                html.matches(&format!("<{tag}")).count(),
                html.matches(&format!("</{tag}>")).count(),
                "{tag}"
            );
        }
    }

    /// The lists as the page showed them when the shell wrote them: every count (the other
    /// mode's only when there are some), the warnings, the problems and how many more there are.
    #[test]
    fn the_lists_are_what_the_page_showed() {
        let few = Found {
            wave: "baseline",
            counts: counts(&[(Verdict::Accepted, 3)]),
            shared_nonces: 0,
            response: None,
            exceeding_units: Vec::new(),
            problems: Vec::new(),
            unlisted: 0,
            slips: None,
        };
        assert_eq!(
            found(&few, Lang::En),
            "<section class=\"found\" aria-labelledby=\"baseline-found\"><h3 id=\"baseline-found\">What was found</h3><ul class=\"verdict-counts\"><li data-verdict=\"accepted\"><strong>3</strong> counted</li><li data-verdict=\"duplicate\"><strong>0</strong> duplicates (counted once)</li><li data-verdict=\"mistyped\"><strong>0</strong> mistyped</li><li data-verdict=\"other-survey\"><strong>0</strong> from another survey</li><li data-verdict=\"newer-version\"><strong>0</strong> from a newer version of Candor</li><li data-verdict=\"malformed\"><strong>0</strong> not valid codes</li></ul></section>"
        );
        let many = Found {
            wave: "follow-up",
            counts: counts(&[
                (Verdict::Accepted, 7),
                (Verdict::Duplicate, 1),
                (Verdict::OtherMode, 2),
            ]),
            shared_nonces: 2,
            response: ResponseRate::new(7, 5),
            exceeding_units: vec!["Ward <b>"],
            problems: vec![Listed {
                verdict: Verdict::Duplicate,
                text: "ABCD-EFGH",
                source: Some("Texto pegado".into()),
                line: 12,
                why: &Why,
            }],
            unlisted: 2,
            slips: None,
        };
        assert_eq!(
            found(&many, Lang::Es),
            "<section class=\"found\" aria-labelledby=\"follow-up-found\"><h3 id=\"follow-up-found\">Qué se encontró</h3><ul class=\"verdict-counts\"><li data-verdict=\"accepted\"><strong>7</strong> contados</li><li data-verdict=\"duplicate\"><strong>1</strong> duplicados (contados una vez)</li><li data-verdict=\"mistyped\"><strong>0</strong> mal escritos</li><li data-verdict=\"other-survey\"><strong>0</strong> de otra encuesta</li><li data-verdict=\"other-mode\"><strong>2</strong> apartados: hechos en otro modo de privacidad</li><li data-verdict=\"newer-version\"><strong>0</strong> de una versión más reciente de Candor</li><li data-verdict=\"malformed\"><strong>0</strong> códigos no válidos</li></ul><p class=\"error\" role=\"alert\" data-kept-apart=\"true\">2 códigos de esta encuesta se hicieron en otro modo de privacidad que el de este enlace de resumen: con o sin negación plausible, o con otro nivel. Se dejan aparte y no se cuentan aquí, porque los resultados verdaderos y los aleatorizados no se pueden sumar. Abra el enlace de resumen que tenía la encuesta cuando se hicieron para contarlos.</p><p data-figure=\"response-rate\">Tasa de respuesta: 140\u{a0}% de 5 personas invitadas.</p><p class=\"error\" role=\"alert\">Hay más respuestas que personas invitadas: puede que algunos códigos no vengan de personas distintas. Puede que se hayan compartido o inventado códigos: revise cómo se reunieron.</p><p class=\"error\" role=\"alert\" data-alarm=\"units\">En Ward &lt;b&gt; hay más respuestas que personas invitadas a la unidad: puede que algunos códigos no vengan de personas distintas, o que alguien eligiera una unidad que no es la suya.</p><p class=\"error\" role=\"alert\" data-shared-nonces=\"beyond-chance\">2 códigos comparten un número aleatorio con otro código, más de lo que da el azar entre tantos códigos: puede que algunos se hayan editado o inventado.</p><h3 id=\"follow-up-problems\">No contados, y por qué</h3><ul class=\"problems\" tabindex=\"0\" aria-labelledby=\"follow-up-problems\"><li data-verdict=\"duplicate\"><code>ABCD-EFGH</code> (Texto pegado, línea 12): Dice &lt;&lt;b&gt;&#39;x&#39;&lt;/b&gt;&gt; y &quot;más&quot;.</li></ul><p>… y 2 más.</p></section>"
        );
    }

    /// Among a million codes, some fifteen share a nonce by chance: that many is said to be
    /// chance, not raised as an alarm; ten more than chance plausibly gives is an alarm.
    #[test]
    fn codes_sharing_a_nonce_are_an_alarm_only_beyond_chance() {
        let million = |shared| Found {
            wave: "baseline",
            counts: counts(&[(Verdict::Accepted, 1_000_000)]),
            shared_nonces: shared,
            response: None,
            exceeding_units: Vec::new(),
            problems: Vec::new(),
            unlisted: 0,
            slips: None,
        };
        let chance = found(&million(14), Lang::En);
        assert!(chance.contains("<p data-shared-nonces=\"chance\">14 codes share a random number with another code. Among this many codes, chance alone gives about 14.6, so this is no sign of edited codes.</p>"), "{chance}");
        assert!(!chance.contains("role=\"alert\""));
        assert!(found(&million(14), Lang::Es).contains("el azar por sí solo da unos 14,6"));
        let beyond = found(&million(25), Lang::En);
        assert!(beyond.contains("<p class=\"error\" role=\"alert\" data-shared-nonces=\"beyond-chance\">25 codes share"), "{beyond}");
        assert!(!found(&million(0), Lang::En).contains("data-shared-nonces"));
    }
}
