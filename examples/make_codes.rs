//! Prints made-up individual codes for one survey, one per line, for looking at the summary page
//! and for its scale benchmark. Respondents are pseudo-random but plausible: the weaker their
//! levers, the likelier their burnout, so the driver analysis has something to find.
//!
//! `cargo run --release --example make_codes -- [--deniability=R] [--statement=EN|ES]… SURVEY_ID
//! UNITS ASKS_ROLE COUNT [SEED]`
//!
//! With `--deniability=3` (or 2) the codes are those of a survey with plausible deniability: each
//! made-up respondent's scores randomized as a browser would, with the seeded generator. Each
//! `--statement` is one of the organization's own statements (English and Spanish wording split
//! at the first `|`); each respondent answers it, more favourably the less burned out they are.

use candor::code::Codec;
use candor::deniability::Deniability;
use candor::instrument::{Shape, DEFAULT};
use candor::randomized::randomize;

#[allow(dead_code)]
#[path = "../tests/support/people.rs"]
mod people;
use people::People;

#[path = "../tests/support/options.rs"]
mod options;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let deniability = deniability_option(&mut args);
    let statements = options::statements_option(&mut args);
    let [id, units, asks_role, count, rest @ ..] = args.as_slice() else {
        eprintln!("usage: make_codes [--deniability=R] SURVEY_ID UNITS ASKS_ROLE COUNT [SEED]");
        std::process::exit(2);
    };
    let survey = Shape {
        id: id.clone(),
        units: units.parse().unwrap_or(0),
        asks_role: asks_role == "1",
        deniability,
        statements,
    };
    let Ok(codec) = Codec::new(&DEFAULT, &survey) else {
        eprintln!("the built-in instrument is invalid");
        std::process::exit(2);
    };
    let mut rng = People(rest.first().and_then(|s| s.parse().ok()).unwrap_or(2026));
    let count: usize = count.parse().unwrap_or(0);
    let mut out = String::with_capacity(count * 30);
    for _ in 0..count {
        let mut scores = rng.plausible(survey.units, survey.asks_role);
        // Each statement: not answered one time in eight, else a state leaning favourable for
        // those not burned out and unfavourable for those who are.
        scores.statements = (0..survey.statements.len())
            .map(|_| {
                if rng.below(8) == 0 {
                    return None;
                }
                let lean = if scores.burnout >= DEFAULT.burnout.threshold {
                    0
                } else {
                    1
                };
                let state = (rng.below(3) + rng.below(2) * lean).min(2) + 1;
                candor::scoring::state_bin(state as usize)
            })
            .collect();
        if let Some(level) = deniability {
            scores = randomize(&DEFAULT, &scores, level, || {
                rng.next() as f64 / (1u64 << 53) as f64
            });
        }
        let nonce = rng.nonce();
        match codec.encode(&scores, nonce) {
            Ok(code) => {
                out.push_str(&code.grouped());
                out.push('\n');
            }
            Err(e) => eprintln!("could not encode {scores:?}: {e:?}"),
        }
    }
    print!("{out}");
}

/// Takes a leading `--deniability=R` (R = e^ε, 3 or 2) out of `args`.
fn deniability_option(args: &mut Vec<String>) -> Option<Deniability> {
    let ratio = args.first()?.strip_prefix("--deniability=")?.parse().ok()?;
    args.remove(0);
    Deniability::from_ratio(ratio)
}
