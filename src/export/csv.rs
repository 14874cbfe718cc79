//! The actions as CSV (RFC 4180), one row an action, for spreadsheets and for handing actions
//! to their owners: `strategy,text,owner,due,status,session`.
//!
//! Rows follow the board: each strategy's actions top to bottom, strategies left to right,
//! then the actions not grouped into a strategy (their `strategy` cell is empty). `owner` is
//! the participant's name when the owner is on the participant list, else as typed; owners are
//! kept in Chatham House mode, being assignments rather than attributions. `due` is
//! `YYYY-MM-DD`. `status` is where the action stands in its follow-up (open, in progress, done,
//! dropped) and, once someone has set it, the day it was set: `done 2018-09-12`; an action
//! nobody has followed up reads `open` alone, as every action did before actions had a status.
//! `session` is the title of the session the action came from.

use crate::core::record::{Action, Record};

use super::Options;
use super::common::{person, status_label};
use crate::lang::Labels;

/// The labels of the columns, in order.
const HEADER: [&str; 6] = [
    "csv-strategy",
    "csv-text",
    "csv-owner",
    "csv-due",
    "csv-status",
    "csv-session",
];

/// The actions as CSV text, with a header row in the export's language.
pub fn actions_csv(record: &Record, options: &Options) -> Result<String, ::csv::Error> {
    let l = options.labels(record);
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer.write_record(HEADER.map(|id| l.label(id)))?;
    let rows = record
        .strategies
        .iter()
        .flat_map(|s| s.actions.iter().map(move |&a| (s.name.as_str(), a)))
        .chain(record.unsorted.iter().map(|&a| ("", a)));
    for (strategy, id) in rows {
        if let Some(action) = record.action(id) {
            writer.write_record(row(l, record, strategy, action).map(|cell| cell_text(&cell)))?;
        }
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| ::csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn row(l: &Labels, record: &Record, strategy: &str, a: &Action) -> [String; 6] {
    [
        strategy.to_owned(),
        a.text.clone(),
        a.owner
            .as_deref()
            .map(|o| person(&record.plan, o).to_owned())
            .unwrap_or_default(),
        a.due.map(|d| d.to_string()).unwrap_or_default(),
        status_cell(l, a),
        record
            .plan
            .session(&a.session)
            .map_or_else(|| a.session.clone(), |s| s.title.clone()),
    ]
}

/// The status in the export's language, then the day it was set when someone set it.
fn status_cell(l: &Labels, a: &Action) -> String {
    let status = l.label(status_label(a.progress.status));
    match a.progress.since {
        Some(since) => format!("{status} {since}"),
        None => status,
    }
}

/// A cell as written: inert for a terminal (see [`super::inert`]). Text is otherwise kept as
/// typed, even where a spreadsheet might take it for a formula (`=…`): the CSV is data, and
/// guarding against formulas would change what people wrote.
fn cell_text(cell: &str) -> String {
    super::inert(cell)
}
