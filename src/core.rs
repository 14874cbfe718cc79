//! The pure core: the agenda, the record and every change to it. No IO, no terminal, no clock.

pub mod agenda;
pub mod capture;
pub mod history;
pub mod op;
pub mod record;
pub mod speakers;
pub mod timing;
pub mod validate;
