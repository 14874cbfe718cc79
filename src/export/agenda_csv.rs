//! An agenda as the sheet `plenary import` reads: the programme (one row a day, a session or
//! an item), then the meeting, its participants, criteria and proposals as sections after it
//! (see [`crate::import`]). What the sheet cannot hold is named, never dropped silently.

use crate::core::agenda::{Agenda, Day, Item, Session};
use crate::import::sheet::guarded;

/// The programme's columns, in the order the export writes them.
const COLUMNS: [&str; 13] = [
    "date",
    "start",
    "minutes",
    "end",
    "id",
    "title",
    "kind",
    "leads",
    "description",
    "reference",
    "proposals",
    "criteria",
    "roles",
];

/// The agenda as a CSV sheet (CRLF line ends, as RFC 4180 and spreadsheets write them), and
/// the parts of the agenda the sheet does not hold (empty when it holds them all).
pub fn agenda_csv(agenda: &Agenda) -> Result<(String, Vec<String>), ::csv::Error> {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .flexible(true)
        .from_writer(Vec::new());
    writer.write_record(COLUMNS)?;
    for day in &agenda.days {
        writer.write_record(day_row(day))?;
        for session in &day.sessions {
            writer.write_record(session_row(day, session))?;
            for item in &session.items {
                writer.write_record(item_row(item))?;
            }
        }
    }
    for row in crate::import::sections_rows(agenda) {
        if row.is_empty() {
            writer.write_record([""])?;
        } else {
            writer.write_record(row)?;
        }
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| ::csv::Error::from(e.into_error()))?;
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let left_out = crate::import::left_out(agenda, &text);
    Ok((text, left_out))
}

fn hh_mm(t: Option<chrono::NaiveTime>) -> String {
    t.map(|t| t.format("%H:%M").to_string()).unwrap_or_default()
}

fn row(cells: [String; 13]) -> Vec<String> {
    cells.iter().map(|c| guarded(c)).collect()
}

fn day_row(day: &Day) -> Vec<String> {
    row([
        day.date.to_string(),
        hh_mm(day.start),
        String::new(),
        hh_mm(day.end),
        String::new(),
        day.title.clone(),
        "day".to_owned(),
        String::new(),
        day.description.clone(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
    ])
}

fn session_row(day: &Day, s: &Session) -> Vec<String> {
    row([
        day.date.to_string(),
        hh_mm(s.start),
        s.minutes.map(|m| m.to_string()).unwrap_or_default(),
        String::new(),
        s.id.clone(),
        s.title.clone(),
        crate::import::kind_name(s.kind).to_owned(),
        s.leads.join(", "),
        s.description.clone(),
        String::new(),
        s.proposals.join(", "),
        s.criteria.join(", "),
        roles_cell(s),
    ])
}

/// A session's roles as its cell: "chair: ana; scribe: Working group 2, ben".
fn roles_cell(s: &Session) -> String {
    s.roles
        .iter()
        .map(|r| format!("{}: {}", r.role, r.who.join(", ")))
        .collect::<Vec<_>>()
        .join("; ")
}

fn item_row(item: &Item) -> Vec<String> {
    row([
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        item.id.clone(),
        item.title.clone(),
        "item".to_owned(),
        item.presenters.join(", "),
        String::new(),
        item.reference.clone().unwrap_or_default(),
        String::new(),
        String::new(),
        String::new(),
    ])
}
