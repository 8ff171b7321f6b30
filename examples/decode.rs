//! Decodes codes for one survey and prints what each holds, one line per code. The end-to-end
//! tests use it to check that a code made in the browser holds exactly the expected scores.
//!
//! `cargo run --example decode -- [--deniability=R] [--statement=EN|ES]… SURVEY_ID UNITS ASKS_ROLE
//! CODE…` (ASKS_ROLE is 0 or 1; with `--deniability=3` or `2` the survey has plausible
//! deniability, and each line shows the reported values: burnout 1 = not burned out, 2 = burned
//! out; levers as bins 1–3; each `--statement` is one of the organization's own statements, its
//! English and Spanish wording split at the first `|`, and each line then ends with their bins)

use candor::code::{Codec, Content};
use candor::deniability::Deniability;
use candor::instrument::{Shape, DEFAULT};
use candor::lang::{Explain, Lang};
use candor::scoring::Bin;

#[path = "../tests/support/options.rs"]
mod options;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let deniability = match args.first().and_then(|a| a.strip_prefix("--deniability=")) {
        Some(ratio) => {
            let level = ratio.parse().ok().and_then(Deniability::from_ratio);
            args.remove(0);
            level
        }
        None => None,
    };
    let statements = options::statements_option(&mut args);
    let [id, units, asks_role, codes @ ..] = args.as_slice() else {
        eprintln!("usage: decode SURVEY_ID UNITS ASKS_ROLE CODE…");
        std::process::exit(2);
    };
    let survey = Shape {
        id: id.clone(),
        units: units.parse().unwrap_or(0),
        asks_role: asks_role == "1",
        deniability,
        statements,
    };
    let codec = match Codec::new(&DEFAULT, &survey) {
        Ok(codec) => codec,
        Err(e) => {
            eprintln!("unusable instrument: {e:?}");
            std::process::exit(2);
        }
    };
    for code in codes {
        match codec.decode(code) {
            Ok(decoded) => match decoded.content {
                Content::Individual(s) => {
                    let bin = |b: &Option<Bin>| match b {
                        Some(Bin::Unfavourable) => "U",
                        Some(Bin::Neutral) => "N",
                        Some(Bin::Favourable) => "F",
                        None => "-",
                    };
                    let opt = |v: Option<u8>| v.map_or("-".to_string(), |v| v.to_string());
                    let outcomes: Vec<&str> = s.outcomes.iter().map(bin).collect();
                    let levers: Vec<String> = s.levers.iter().map(|l| opt(*l)).collect();
                    let priorities: Vec<String> =
                        s.chosen_priorities().map(|p| p.to_string()).collect();
                    let statements: Vec<&str> = s.statements.iter().map(bin).collect();
                    let statements = if statements.is_empty() {
                        String::new()
                    } else {
                        format!(" statements={}", statements.join(","))
                    };
                    println!(
                        "burnout={} outcomes={} levers={} priorities={} unit={} role={}{statements}",
                        s.burnout,
                        outcomes.join(","),
                        levers.join(","),
                        priorities.join(","),
                        opt(s.unit),
                        opt(s.role)
                    );
                }
                Content::Combined(tally) => println!("combined n={}", tally.n()),
            },
            Err(e) => println!("rejected: {}", e.message(Lang::En)),
        }
    }
}
