//! The full record as JSON for other tools: the record's own fields (the live plan, session
//! runs, notes, proposals, actions, strategies, resolutions) plus `schema_version`, which goes
//! up whenever a field changes meaning or shape.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::core::record::Record;

/// The version of the JSON export's shape.
pub(crate) const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Export<'r> {
    schema_version: u32,
    #[serde(flatten)]
    record: &'r Record,
}

#[derive(Deserialize)]
struct Import {
    schema_version: u32,
    #[serde(flatten)]
    record: Record,
}

/// Why JSON did not read back as a record.
#[derive(Debug, Error)]
pub enum JsonError {
    /// Not JSON, or not a record.
    #[error("not a plenary record export: {0}")]
    Parse(#[from] serde_json::Error),
    /// Written by a newer plenary.
    #[error("schema version {0} is newer than this plenary reads ({SCHEMA_VERSION})")]
    Newer(u32),
}

/// The record as pretty-printed JSON, ending in a newline.
///
/// In Chatham House mode the JSON, which leaves the room like the minutes do, says no more
/// than they do about who was there and who said what: no note speakers, no speaker queue or
/// turns, no participant list, no session leads or proposal presenters. Action owners stay, as
/// in the minutes (an assignment, not an attribution).
pub fn record_json(record: &Record) -> Result<String, serde_json::Error> {
    let unattributed;
    let record = if record.plan.chatham_house {
        unattributed = chatham(record);
        &unattributed
    } else {
        record
    };
    let mut text = serde_json::to_string_pretty(&Export {
        schema_version: SCHEMA_VERSION,
        record,
    })?;
    text.push('\n');
    Ok(escape_controls(text))
}

/// Reads an export back into a record.
pub fn record_from_json(text: &str) -> Result<Record, JsonError> {
    let import: Import = serde_json::from_str(text)?;
    if import.schema_version > SCHEMA_VERSION {
        return Err(JsonError::Newer(import.schema_version));
    }
    Ok(import.record)
}

/// Escapes the control characters serde_json writes raw (DEL and the C1 controls, CSI among
/// them) as `\u00XX`: the JSON reads back the same, and printed to a terminal it stays inert.
/// They only occur inside strings, where the escape means the same character.
fn escape_controls(text: String) -> String {
    if !text.chars().any(char::is_control) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() && c != '\n' {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// The record with who said what, and who was there, taken out.
fn chatham(record: &Record) -> Record {
    let mut r = record.clone();
    for note in &mut r.notes {
        note.speaker = None;
    }
    r.speakers = crate::core::speakers::Speakers {
        progressive: r.speakers.progressive,
        ..Default::default()
    };
    r.plan.participants.clear();
    for day in &mut r.plan.days {
        for session in &mut day.sessions {
            session.leads.clear();
            session.roles.clear();
            for item in &mut session.items {
                item.presenters.clear();
            }
        }
    }
    for proposal in &mut r.plan.proposals {
        proposal.presenters.clear();
    }
    for proposal in &mut r.proposals {
        proposal.presenter = None;
    }
    r
}
