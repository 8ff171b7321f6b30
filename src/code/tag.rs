//! The survey tag: what binds a code to the survey it was made for.

use crate::instrument::{Instrument, Shape};

/// The 20-bit tag binding a code to one survey: FNV-1a (64-bit) over the instrument id, the survey
/// id and the survey's shape, folded to 20 bits. Frozen: changing it would orphan every code.
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
    ((hash ^ (hash >> 20) ^ (hash >> 40)) & 0xF_FFFF) as u32
}
