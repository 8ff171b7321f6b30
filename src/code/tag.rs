//! The survey tag: what binds a code to the survey it was made for.

use crate::instrument::{Instrument, Shape};

/// The 20-bit tag binding a code to one survey: FNV-1a (64-bit) over the instrument id, the survey
/// id and the survey's shape (with the wording of the organization's own statements), folded to
/// 20 bits. Frozen: changing it would orphan every code.
pub(super) fn survey_tag(instrument: &Instrument, shape: &Shape) -> u32 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    feed(b"candor\0");
    feed(instrument.id.as_bytes());
    feed(b"\0");
    feed(shape.id.as_bytes());
    feed(b"\0");
    feed(&[shape.units, u8::from(shape.asks_role)]);
    // The organization's own statements, when there are any (a survey without them keeps the tag
    // it always had): their number, then each one's wordings, English then Spanish, each ended
    // by a zero byte. So a survey whose statements read differently is another survey.
    if !shape.statements.is_empty() {
        feed(&[shape.statements.len() as u8]);
        for statement in &shape.statements {
            feed(statement.en.as_bytes());
            feed(b"\0");
            feed(statement.es.as_bytes());
            feed(b"\0");
        }
    }
    ((hash ^ (hash >> 20) ^ (hash >> 40)) & 0xF_FFFF) as u32
}
