//! Agendas from the organisers' own tools: a spreadsheet saved as CSV, or a Markdown outline,
//! turned into an agenda that checks, written as RON a person can read and edit.
//!
//! - `sheet`: the CSV as spreadsheets really save it, into rows of cells.
//! - `names`: the column and kind names in English, Spanish, French and Arabic.
//! - `programme`: the sheet's first table, one row a session (days and items as rows too).
//! - `sections`: what else an agenda holds, as sections after the programme.
//! - `outline`: a Markdown outline, `# Day` and `## 09:00 Title (30 min)`.
//!
//! Every refusal names the file, the row (or line) and the column, and what was expected.

use std::collections::HashMap;
use std::path::Path;

use crate::core::agenda::{Agenda, Participant};
use crate::core::validate::{Problem, validate, warnings};
use crate::store::agenda_file::{AgendaError, Diagnostic, parse_agenda};

pub(crate) mod names;
mod outline;
mod programme;
mod sections;
pub(crate) mod sheet;

pub(crate) use programme::slug;

/// A place in the source: row (or line) and column, both from 1.
pub(crate) type Where = (usize, usize);

/// How many bad rows one import reports; the rest wait for the next.
const MAX_ERRORS: usize = 50;

/// How many rows above the header (a title, a subtitle) are looked through for it.
const MAX_ROWS_ABOVE: usize = 5;

/// Sheets and outlines larger than this are refused before reading, as agendas are.
const MAX_BYTES: usize = 8 * 1024 * 1024;

/// An agenda made from a sheet or an outline.
#[derive(Debug)]
pub struct Imported {
    /// The agenda, checked.
    pub agenda: Agenda,
    /// The agenda as RON text, as `plenary import` writes it.
    pub ron: String,
    /// What was read but not kept (columns plenary does not read), and what the agenda
    /// check warns about, each at its place in the source.
    pub warnings: Vec<Diagnostic>,
}

/// Makes an agenda from the sheet or outline at `path` (see [`import`]); a file too large
/// is refused before it is read.
pub fn import_file(path: &Path) -> Result<Imported, AgendaError> {
    let name = path.display().to_string();
    let io = |source| AgendaError::Io {
        path: name.clone(),
        source,
    };
    let len = std::fs::metadata(path).map_err(io)?.len();
    if len > MAX_BYTES as u64 {
        return Err(too_large(&name));
    }
    let bytes = std::fs::read(path).map_err(io)?;
    import(&name, &bytes)
}

fn too_large(name: &str) -> AgendaError {
    AgendaError::Invalid(vec![at(
        name,
        1,
        1,
        format!("the file is larger than {} MiB", MAX_BYTES >> 20),
    )])
}

/// Makes an agenda from the file `name`'s bytes: a Markdown outline when the name ends in
/// `.md` or `.markdown`, a CSV sheet otherwise.
pub fn import(name: &str, bytes: &[u8]) -> Result<Imported, AgendaError> {
    if bytes.len() > MAX_BYTES {
        return Err(too_large(name));
    }
    let stem = Path::new(name).file_stem().map_or_else(
        || "Meeting".to_owned(),
        |s| s.to_string_lossy().into_owned(),
    );
    let extension = Path::new(name)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase());
    let read = match extension.as_deref() {
        Some("md" | "markdown") => outline::read(name, bytes).map_err(|d| vec![d]),
        _ => read_sheet(name, bytes),
    };
    let (mut agenda, source) = read.map_err(AgendaError::Invalid)?;
    if agenda.title.trim().is_empty() {
        agenda.title = stem;
    }
    finish(name, agenda, &source)
}

/// Where things came from in the source, for the agenda check's messages.
#[derive(Default)]
pub(crate) struct Source {
    /// Where each session was written, by id.
    pub sessions: HashMap<String, Where>,
    /// Where each day starts, by date.
    pub days: HashMap<chrono::NaiveDate, usize>,
    /// Every cell of the sheet's sections with text in it, trimmed, in sheet order: where
    /// anything else the check names (a participant's id, a criterion's) was written.
    pub cells: Vec<(String, Where)>,
    /// What was read but not kept.
    pub warnings: Vec<Diagnostic>,
}

/// Reads a sheet: the programme, then its sections. Every bad row is reported (up to
/// [`MAX_ERRORS`]), as `plenary check` reports every problem, so one pass fixes a sheet.
fn read_sheet(name: &str, bytes: &[u8]) -> Result<(Agenda, Source), Vec<Diagnostic>> {
    let rows = sheet::rows(name, bytes).map_err(|d| vec![d])?;
    let filled: Vec<&sheet::Row> = rows.iter().filter(|r| !r.is_blank()).collect();
    // Organisers often put the meeting's name in a row above the header: the header is the
    // first of the top rows that names the required columns.
    let above = filled
        .iter()
        .take(MAX_ROWS_ABOVE + 1)
        .position(|r| programme::is_header(r))
        .unwrap_or(0);
    let mut rows = filled.iter().skip(above).copied();
    let Some(head) = rows.next() else {
        return Err(vec![at(
            name,
            1,
            1,
            "the sheet is empty; expected a header row (date, start, minutes, title, kind, \
             leads, description) and one row a session"
                .into(),
        )]);
    };
    let (header, mut warnings) = programme::header(name, head).map_err(|d| vec![d])?;
    let (title, rows_above) = match filled.get(..above).unwrap_or_default() {
        [] => (String::new(), &[][..]),
        [first, rest @ ..] => (
            first
                .cells
                .iter()
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
                .collect::<Vec<_>>()
                .join(" "),
            rest,
        ),
    };
    for row in rows_above {
        warnings.push(at(name, row.number, 1, "this row is above the header row and is not the meeting's title (the first is); it is not imported".into()));
    }
    let mut programme = programme::Programme::default();
    let mut section = None;
    let mut sections_from = usize::MAX;
    let mut errors = Vec::new();
    for row in rows.by_ref() {
        match sections::opens(name, row) {
            Ok(Some(opened)) => {
                section = Some(opened);
                sections_from = row.number;
                break;
            }
            Ok(None) => errors.extend(programme.read(name, &header, row).err()),
            Err(e) => errors.push(e),
        }
        if errors.len() >= MAX_ERRORS {
            return Err(errors);
        }
    }
    let mut agenda = empty_agenda(std::mem::take(&mut programme.days));
    agenda.title = title;
    let mut had = Vec::new();
    while let Some(current) = section {
        section = None;
        let mut body = Vec::new();
        for row in rows.by_ref() {
            match sections::opens(name, row) {
                Ok(Some(opened)) => {
                    section = Some(opened);
                    break;
                }
                Ok(None) => body.push(row),
                Err(e) => errors.push(e),
            }
        }
        errors.extend(sections::read(name, current, &body, &mut agenda).err());
        had.push(current);
    }
    if !errors.is_empty() {
        errors.truncate(MAX_ERRORS);
        return Err(errors);
    }
    let listed = had.contains(&"[participants]");
    resolve_leads(name, &mut agenda, &programme, listed).map_err(|d| vec![d])?;
    warnings.append(&mut programme.warnings);
    // The sections' cells: the programme's things are placed by the maps above, and a lead
    // there is no participant's definition.
    let cells = filled
        .iter()
        .filter(|r| r.number >= sections_from)
        .flat_map(|r| {
            let row = r.number;
            r.cells
                .iter()
                .enumerate()
                .map(move |(i, c)| (c.trim().to_owned(), (row, i + 1)))
        })
        .filter(|(c, _)| !c.is_empty())
        .collect();
    let source = Source {
        sessions: programme.session_at,
        days: programme.day_rows,
        cells,
        warnings,
    };
    Ok((agenda, source))
}

/// An agenda with nothing but these days (every other field as an agenda file leaves it).
pub(crate) fn empty_agenda(days: Vec<crate::core::agenda::Day>) -> Agenda {
    Agenda {
        days,
        ..Agenda::default()
    }
}

/// Turns the leads and presenters as written into participant ids: a participant's id or
/// name. With no `[participants]` section each lead becomes a participant of that name; with
/// one, a lead it does not list is refused. A presenter may also be a group, kept as written.
fn resolve_leads(
    name: &str,
    agenda: &mut Agenda,
    programme: &programme::Programme,
    listed: bool,
) -> Result<(), Diagnostic> {
    let leads: Vec<String> = agenda
        .sessions()
        .flat_map(|(_, s)| s.leads.clone())
        .collect();
    if !listed {
        for lead in &leads {
            if find(&agenda.participants, lead).is_none() {
                let id = unique(&agenda.participants, &slug(lead, "participant"));
                agenda.participants.push(Participant {
                    id,
                    name: lead.clone(),
                    organisation: String::new(),
                    organisations: Vec::new(),
                    country: String::new(),
                    region: String::new(),
                    role: String::new(),
                    gender: None,
                    aliases: Vec::new(),
                    remote: false,
                });
            }
        }
    }
    let participants = agenda.participants.clone();
    for day in &mut agenda.days {
        for session in &mut day.sessions {
            for lead in &mut session.leads {
                let Some(id) = find(&participants, lead) else {
                    let (row, col) = programme.named_at.get(lead).copied().unwrap_or((1, 1));
                    return Err(at(
                        name,
                        row,
                        col,
                        format!(
                            "`{lead}` is not in the [participants] section; expected a \
                             participant's id or name"
                        ),
                    ));
                };
                *lead = id;
            }
            for item in &mut session.items {
                for p in &mut item.presenters {
                    if let Some(id) = find(&participants, p) {
                        *p = id;
                    }
                }
            }
        }
    }
    Ok(())
}

/// The id of the participant `who` names, by id or by name (case aside).
fn find(participants: &[Participant], who: &str) -> Option<String> {
    participants
        .iter()
        .find(|p| p.id == who)
        .or_else(|| {
            participants
                .iter()
                .find(|p| p.name.to_lowercase() == who.to_lowercase())
        })
        .map(|p| p.id.clone())
}

fn unique(participants: &[Participant], base: &str) -> String {
    let mut id = base.to_owned();
    let mut n = 1;
    while participants.iter().any(|p| p.id == id) {
        n += 1;
        id = format!("{base}-{n}");
    }
    id
}

/// Checks the agenda, placing each problem at the row or line it came from, and writes it.
fn finish(name: &str, agenda: Agenda, source: &Source) -> Result<Imported, AgendaError> {
    let place = |p: Problem| {
        let (row, col) = source
            .sessions
            .get(&p.anchor.value)
            .copied()
            .or_else(|| {
                chrono::NaiveDate::parse_from_str(&p.anchor.value, "%Y-%m-%d")
                    .ok()
                    .and_then(|d| source.days.get(&d))
                    .map(|&row| (row, 1))
            })
            .or_else(|| {
                let mut same = source.cells.iter().filter(|(c, _)| *c == p.anchor.value);
                same.nth(p.anchor.nth).map(|(_, at)| *at)
            })
            .unwrap_or((1, 1));
        at(name, row, col, in_sheet_words(&p.message))
    };
    let problems = validate(&agenda);
    if !problems.is_empty() {
        return Err(AgendaError::Invalid(
            problems.into_iter().map(place).collect(),
        ));
    }
    let ron = to_ron(name, &agenda)?;
    // What is written must read back as the same agenda; anything else is plenary's fault.
    let (again, _) = parse_agenda(name, ron.as_bytes())?;
    if again != agenda {
        return Err(AgendaError::Invalid(vec![at(
            name,
            1,
            1,
            "internal error: the agenda written does not read back the same".into(),
        )]));
    }
    let mut all = source.warnings.clone();
    all.extend(warnings(&agenda).into_iter().map(place));
    Ok(Imported {
        agenda,
        ron,
        warnings: all,
    })
}

/// An agenda check's message in the words of a sheet or an outline, not of a RON file.
fn in_sheet_words(message: &str) -> String {
    message
        .replace("or leave `minutes` out", "or leave its length empty")
        .replace("(leave it out for 1)", "(leave it empty for 1)")
}

/// The agenda as RON, laid out like the bundled agendas, after a line saying where it came from.
fn to_ron(name: &str, agenda: &Agenda) -> Result<String, AgendaError> {
    let config = ron::ser::PrettyConfig::new()
        .indentor("  ")
        .struct_names(false)
        .separate_tuple_members(false);
    let body = ron::ser::to_string_pretty(agenda, config)
        .map_err(|e| AgendaError::Invalid(vec![at(name, 1, 1, format!("internal error: {e}"))]))?;
    let from = Path::new(name)
        .file_name()
        .map_or_else(|| name.to_owned(), |n| n.to_string_lossy().into_owned());
    Ok(format!(
        "// Made by `plenary import` from {}; check it with `plenary check`.\n{}\n",
        crate::core::inert_line(&from),
        tidy(&body)
    ))
}

/// The pretty RON made closer to how people write agendas: a field that holds its default
/// (`place: ""`, `leads: []`, `gender: None`) left out, and a list of strings on one line.
/// Strings are written escaped, one field a line, so no line inside a string is touched; and
/// the caller reads the result back to make sure it is the same agenda.
fn tidy(pretty: &str) -> String {
    let lines: Vec<&str> = pretty.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while let Some(&line) = lines.get(i) {
        i += 1;
        let trimmed = line.trim_start();
        if ["\"\",", "[],", "false,", "None,"]
            .iter()
            .any(|empty| trimmed.split_once(": ").is_some_and(|(_, v)| v == *empty))
        {
            continue;
        }
        if trimmed.ends_with(": [") {
            let strings: Vec<&str> = lines[i..]
                .iter()
                .map(|l| l.trim())
                .take_while(|l| l.starts_with('"') && l.ends_with("\","))
                .collect();
            if lines
                .get(i + strings.len())
                .is_some_and(|l| l.trim() == "],")
                && !strings.is_empty()
            {
                let joined = strings.join(" ");
                out.push(format!("{line}{}],", joined.trim_end_matches(',')));
                i += strings.len() + 1;
                continue;
            }
        }
        out.push(line.to_owned());
    }
    one_line_structs(&out).join("\n")
}

/// How wide a struct written on one line may be, as the bundled agendas keep participants.
const ONE_LINE: usize = 100;

/// Each struct whose fields are all plain values (a participant, an item, a short session)
/// on one line, when it fits in [`ONE_LINE`] characters.
fn one_line_structs(lines: &[String]) -> Vec<String> {
    let plain = |l: &&str| l.ends_with(',') && !l.starts_with([')', ']']);
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while let Some(line) = lines.get(i) {
        i += 1;
        if let Some(indent) = line.strip_suffix('(')
            && indent.trim().is_empty()
        {
            let fields: Vec<&str> = lines[i..]
                .iter()
                .map(|l| l.trim())
                .take_while(plain)
                .collect();
            let closed = lines
                .get(i + fields.len())
                .is_some_and(|l| l.trim() == "),");
            let joined = format!("{indent}({}),", fields.join(" ").trim_end_matches(','));
            if closed && !fields.is_empty() && joined.chars().count() <= ONE_LINE {
                out.push(joined);
                i += fields.len() + 1;
                continue;
            }
        }
        out.push(line.clone());
    }
    out
}

/// A diagnostic at a row (or line) and column of the file `name`.
pub(crate) fn at(name: &str, row: usize, col: usize, message: String) -> Diagnostic {
    Diagnostic {
        path: name.to_owned(),
        line: row,
        col,
        message,
        source_line: None,
    }
}

/// The agenda's sections as the sheet's rows, after the programme (see [`sections`]).
pub(crate) fn sections_rows(agenda: &Agenda) -> Vec<Vec<String>> {
    sections::write(agenda)
}

/// What of `agenda` the sheet `text` made of it does not hold: the agenda's fields that read
/// back different (a field the sheet has no place for, added to agendas later), by name.
pub(crate) fn left_out(agenda: &Agenda, text: &str) -> Vec<String> {
    let back = match read_sheet("the sheet", text.as_bytes()) {
        Ok((back, _)) => back,
        Err(e) => return vec![format!("all of it: {}", AgendaError::Invalid(e))],
    };
    let (Ok(serde_json::Value::Object(want)), Ok(serde_json::Value::Object(got))) =
        (serde_json::to_value(agenda), serde_json::to_value(&back))
    else {
        return vec!["all of it: it does not convert".to_owned()];
    };
    want.iter()
        .filter(|(key, value)| got.get(*key) != Some(value))
        .map(|(key, _)| key.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// A sheet or an outline made of what they are made of, in any order.
    fn sheet() -> impl Strategy<Value = String> {
        let cell = prop_oneof![
            Just("date".to_owned()),
            Just("title".to_owned()),
            Just("start".to_owned()),
            Just("minutes".to_owned()),
            Just("end".to_owned()),
            Just("kind".to_owned()),
            Just("leads".to_owned()),
            Just("id".to_owned()),
            Just("2025-03-10".to_owned()),
            Just("09:00".to_owned()),
            Just("item".to_owned()),
            Just("day".to_owned()),
            Just("[participants]".to_owned()),
            Just("[meeting]".to_owned()),
            Just("# Day 2025-03-10".to_owned()),
            Just("## 09:00–10:00 A (30 min, break)".to_owned()),
            Just("- an item".to_owned()),
            "[a-z0-9 :;\"'=+@\r\n-]{0,6}",
        ];
        let sep = prop_oneof![Just(","), Just(";"), Just("\r\n"), Just("\n")];
        proptest::collection::vec((cell, sep), 0..40)
            .prop_map(|parts| parts.into_iter().map(|(c, s)| c + s).collect())
    }

    proptest! {
        /// Whatever a sheet or an outline holds, the import answers with an agenda that checks
        /// or a located message, never a panic.
        #[test]
        fn any_sheet_or_outline_gets_an_agenda_or_a_message(
            text in sheet(),
            bytes in proptest::collection::vec(any::<u8>(), 0..64),
        ) {
            for name in ["s.csv", "o.md"] {
                for input in [text.as_bytes(), &bytes] {
                    match import(name, input) {
                        Ok(imported) => {
                            prop_assert!(parse_agenda(name, imported.ron.as_bytes()).is_ok());
                        }
                        Err(AgendaError::Invalid(problems)) => {
                            prop_assert!(!problems.is_empty());
                            prop_assert!(problems.iter().all(|p| p.line >= 1 && p.col >= 1));
                        }
                        Err(e) => prop_assert!(false, "{e}"),
                    }
                }
            }
        }
    }
}
