//! Widgets that more than one view may use, each in a file of its own.

mod copy_field;

pub use copy_field::copy_field;
