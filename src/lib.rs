//! plenary runs an in-person strategy meeting from the terminal.
//!
//! [`core`] holds the meeting as plain data and every change to it as an op; [`store`] keeps
//! agendas and records on disk so that nothing captured is ever lost; [`export`] turns a record
//! into minutes, CSV, JSON, an outcome summary and QR codes; [`example`] replays the bundled
//! Durban meeting.

pub mod core;
pub mod example;
pub mod export;
pub mod store;
pub mod tui;
