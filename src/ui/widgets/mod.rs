//! Widgets that more than one view may use, each in a file of its own.

mod code_box;
mod copy_field;
mod welcome;

pub use code_box::{code_box, send_to, Copied};
pub use copy_field::copy_field;
pub use welcome::{welcome, Start};
