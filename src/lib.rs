//! plenary runs an in-person strategy meeting from the terminal.
//!
//! [`core`] holds the meeting as plain data and every change to it as an op; [`store`] keeps
//! agendas and records on disk so that nothing captured is ever lost; [`export`] turns a record
//! into minutes, CSV, JSON, an outcome summary and QR codes; [`import`] makes agendas from
//! spreadsheets and Markdown outlines; [`example`] replays the bundled Durban meeting;
//! [`config`] reads the settings a user gives plenary (flags, environment, config file);
//! [`records`] finds the records `resume` offers; [`man`] writes the manual page; [`lang`] holds
//! the labels of each language the exports are written in.

// No function in src/ over 120 lines (clippy.toml), and no `expect` outside tests, like `unwrap`
// (denied for every target in Cargo.toml); tests and benches may expect.
#![deny(clippy::too_many_lines, clippy::expect_used)]

pub mod config;
pub mod core;
pub mod example;
pub mod export;
pub mod import;
pub mod lang;
pub mod man;
pub mod phone;
pub mod records;
pub mod room;
pub mod room_net;
pub mod store;
pub mod tui;
