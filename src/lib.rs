//! plenary runs an in-person strategy meeting from the terminal.
//!
//! [`core`] holds the meeting as plain data and every change to it as an op; [`store`] keeps
//! agendas and records on disk so that nothing captured is ever lost; [`export`] turns a record
//! into minutes, CSV, JSON, an outcome summary and QR codes; [`example`] replays the bundled
//! Durban meeting.

// No function in src/ over 120 lines (clippy.toml), and no `expect` outside tests, like `unwrap`
// (denied for every target in Cargo.toml); tests and benches may expect.
#![deny(clippy::too_many_lines, clippy::expect_used)]

pub mod core;
pub mod example;
pub mod export;
pub mod phone;
pub mod store;
pub mod tui;
