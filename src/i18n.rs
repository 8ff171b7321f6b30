//! The translation table for every user-facing string of the shell.
