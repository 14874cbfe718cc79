//! Exports: the record turned into text for people and other tools. Pure functions of
//! `&Record`; writing files happens at the edge, in the CLI.
//!
//! - [`minutes`]: the minutes as Markdown, shaped like a meeting report.
//! - [`html`]: the same minutes as one self-contained, printable HTML file with QR codes.
//! - [`csv`]: the actions as CSV, one row an action.
//! - [`agenda_csv`]: an agenda (not a record) as the sheet `plenary import` reads.
//! - [`json`]: the full record as JSON, with a schema version.
//! - [`summary`]: the compact outcome summary a phone shows after scanning a QR code.
//! - [`phone`]: what the phone page shows while the meeting runs, as JSON.
//! - [`qr`]: that summary split into QR codes, drawn as half blocks, SVG or PNG.
//! - [`programme`]: an agenda (not a record) as a printable programme, one HTML page.
//! - [`ics`]: the actions as to-dos for owners' calendars (iCalendar).

pub mod agenda_csv;
pub(crate) mod common;
pub mod csv;
pub mod html;
pub mod ics;
pub mod json;
pub mod minutes;
pub mod outline;
pub mod phone;
pub mod programme;
pub mod qr;
pub mod summary;

use crate::core::record::Record;
pub use crate::core::{inert, into_inert};
use crate::lang::{Labels, Language};

/// How an export is made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Put participant names (action owners) into the outcome summary and its QR codes.
    /// Off by default: what people carry home on their phones names no one unless asked.
    /// The minutes always name owners; speakers are named unless the agenda is in
    /// Chatham House mode, where no export ever says who said what.
    pub names: bool,
    /// The largest QR version the codes in the HTML minutes may use (1 to 40).
    pub max_version: u8,
    /// The language to write in, for this export only; `None` writes in the agenda's.
    pub language: Option<Language>,
}

impl Options {
    /// The labels an export of `record` is written with: [`Options::language`]'s, else the
    /// agenda's language's.
    pub fn labels(&self, record: &Record) -> &'static Labels {
        self.language
            .or(record.plan.language)
            .unwrap_or_default()
            .labels()
    }
}

impl Default for Options {
    fn default() -> Options {
        Options {
            names: false,
            max_version: qr::DEFAULT_MAX_VERSION,
            language: None,
        }
    }
}
