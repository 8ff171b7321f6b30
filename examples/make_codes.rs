//! Prints made-up individual codes for one survey, one per line, for looking at the summary page
//! and for its scale benchmark. Respondents are pseudo-random but plausible: the weaker their
//! levers, the likelier their burnout, so the driver analysis has something to find.
//!
//! `cargo run --release --example make_codes -- SURVEY_ID UNITS ASKS_ROLE COUNT [SEED]`

use candor::code::Codec;
use candor::instrument::{Survey, DEFAULT};
use candor::scoring::{Bin, Scores};

/// A small deterministic generator (PCG-style LCG); no randomness crate needed.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n.max(1)
    }

    fn person(&mut self, units: u8, asks_role: bool) -> Scores {
        let levers: Vec<Option<u8>> = (0..5)
            .map(|_| (self.below(12) > 0).then(|| 1 + self.below(5) as u8))
            .collect();
        let strain: u64 = levers.iter().map(|l| u64::from(5 - l.unwrap_or(3))).sum();
        let burnout = (1 + (strain + self.below(8)) / 5).min(5) as u8;
        let bin = |level: u64| match level {
            0 => None,
            1 => Some(Bin::Unfavourable),
            2 => Some(Bin::Neutral),
            _ => Some(Bin::Favourable),
        };
        let mut priorities = 0u16;
        for _ in 0..self.below(4) {
            priorities |= 1 << self.below(10);
        }
        Scores {
            burnout,
            outcomes: (0..4).map(|_| bin(self.below(4))).collect(),
            levers,
            priorities,
            unit: (units > 0)
                .then(|| self.below(u64::from(units) + 1) as u8)
                .filter(|u| *u < units),
            role: asks_role.then(|| self.below(6) as u8).filter(|r| *r < 5),
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [id, units, asks_role, count, rest @ ..] = args.as_slice() else {
        eprintln!("usage: make_codes SURVEY_ID UNITS ASKS_ROLE COUNT [SEED]");
        std::process::exit(2);
    };
    let survey = Survey {
        id: id.clone(),
        units: units.parse().unwrap_or(0),
        asks_role: asks_role == "1",
    };
    let Ok(codec) = Codec::new(&DEFAULT, &survey) else {
        eprintln!("the built-in instrument is invalid");
        std::process::exit(2);
    };
    let mut rng = Lcg(rest.first().and_then(|s| s.parse().ok()).unwrap_or(2026));
    let count: usize = count.parse().unwrap_or(0);
    let mut out = String::with_capacity(count * 30);
    for _ in 0..count {
        let scores = rng.person(survey.units, survey.asks_role);
        let nonce = rng.below(1 << 35);
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
