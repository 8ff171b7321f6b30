//! Prints the slip codes a key makes, one per line, by serial. The end-to-end tests use it to
//! check that the sheet of slips printed in the browser holds exactly the survey's slips.
//!
//! `cargo run --example slips -- KEY COUNT` (KEY as the summary link's `pk` writes it)

use candor::code::SlipKey;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [key, count] = args.as_slice() else {
        eprintln!("usage: slips KEY COUNT");
        std::process::exit(2);
    };
    let (Some(key), Ok(count)) = (SlipKey::parse(key), count.parse::<u16>()) else {
        eprintln!("not a key and a number of slips: {key} {count}");
        std::process::exit(2);
    };
    for serial in 0..count {
        println!("{}", key.slip(serial).code());
    }
}
