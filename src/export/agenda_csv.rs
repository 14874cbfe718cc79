//! An agenda as the sheet `plenary import` reads: the programme (one row a day, a session or
//! an item), then the meeting, its participants, criteria and proposals as sections after it
//! (see [`crate::import`]). What the sheet cannot hold is named, never dropped silently.
//!
//! The programme's headers and its kinds of row are in the meeting's language (or the one
//! asked for), as organisers of that meeting would write them; `plenary import` reads them in
//! any language. The sections after the programme keep their field names, which are the
//! agenda file's.

use crate::core::agenda::{Agenda, Day, Item, Session};
use crate::import::names::{Column, RowKind};
use crate::import::sheet::guarded;
use crate::lang::Language;

/// The programme's columns, in the order the export writes them.
const COLUMNS: [Column; 13] = [
    Column::Date,
    Column::Start,
    Column::Minutes,
    Column::End,
    Column::Id,
    Column::Title,
    Column::Kind,
    Column::Leads,
    Column::Description,
    Column::Reference,
    Column::Proposals,
    Column::Criteria,
    Column::Roles,
];

/// The columns that place a session, after the others: its track and its room.
const PLACES: [Column; 2] = [Column::Track, Column::Room];

/// The agenda as a CSV sheet (CRLF line ends, as RFC 4180 and spreadsheets write them), and
/// the parts of the agenda the sheet does not hold (empty when it holds them all). Its
/// headers are in `language`, else in the agenda's.
pub fn agenda_csv(
    agenda: &Agenda,
    language: Option<Language>,
) -> Result<(String, Vec<String>), ::csv::Error> {
    let language = language.or(agenda.language).unwrap_or_default();
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .flexible(true)
        .from_writer(Vec::new());
    // The track and room columns come only with an agenda that places a session in one, so
    // a sheet of an agenda without them is written as before.
    let placed = agenda
        .sessions()
        .any(|(_, s)| s.track.is_some() || s.room.is_some());
    let columns = COLUMNS
        .iter()
        .chain(placed.then_some(&PLACES).into_iter().flatten());
    writer.write_record(columns.map(|c| c.header_in(language)))?;
    let placing = |mut cells: Vec<String>, places: [String; 2]| {
        if placed {
            cells.extend(places.iter().map(|c| guarded(c)));
        }
        cells
    };
    for day in &agenda.days {
        writer.write_record(placing(day_row(day, language), Default::default()))?;
        for session in &day.sessions {
            let places =
                [session.track.clone(), session.room.clone()].map(Option::unwrap_or_default);
            writer.write_record(placing(session_row(day, session, language), places))?;
            for item in &session.items {
                writer.write_record(placing(item_row(item, language), Default::default()))?;
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

fn day_row(day: &Day, language: Language) -> Vec<String> {
    row([
        day.date.to_string(),
        hh_mm(day.start),
        String::new(),
        hh_mm(day.end),
        String::new(),
        day.title.clone(),
        RowKind::Day.name_in(language).to_owned(),
        String::new(),
        day.description.clone(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
    ])
}

/// A session's kinds as the sheet's kind cell says them: "proposals", or "proposals +
/// decision" for one of several kinds.
fn kinds_cell(s: &Session, language: Language) -> String {
    let names: Vec<&str> = s
        .kinds()
        .map(|k| RowKind::Session(k).name_in(language))
        .collect();
    names.join(" + ")
}

fn session_row(day: &Day, s: &Session, language: Language) -> Vec<String> {
    row([
        day.date.to_string(),
        hh_mm(s.start),
        s.minutes.map(|m| m.to_string()).unwrap_or_default(),
        String::new(),
        s.id.clone(),
        s.title.clone(),
        kinds_cell(s, language),
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

fn item_row(item: &Item, language: Language) -> Vec<String> {
    row([
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        item.id.clone(),
        item.title.clone(),
        RowKind::Item.name_in(language).to_owned(),
        item.presenters.join(", "),
        String::new(),
        item.reference.clone().unwrap_or_default(),
        String::new(),
        String::new(),
        String::new(),
    ])
}
