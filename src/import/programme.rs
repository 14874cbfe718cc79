//! The programme: the sheet's first table, one row a session, under a header row naming the
//! columns in any order and any of the languages. A row's `kind` says what it is: a session
//! (talk, discussion, …; empty for a discussion), `day` for a day's own row (its title,
//! description, start and end) and `item` for an item of the session above it (its title,
//! presenters in `leads`, its `reference`).
//!
//! A column named for the day ("Day", "Día", "Jour", "اليوم") is the day's title when the sheet
//! also has a `date` column (a title on any of the day's rows, the same on each that has one),
//! and the date itself when it has none: sheets are made both ways. The export writes a day's
//! title on the day's own row, which reads back the same.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveTime};

use super::names::{Column, RowKind};
use super::sheet::Row;
use super::{Where, at};
use crate::core::agenda::{Day, Item, Session, SessionRole, minute_of_day};
use crate::store::agenda_file::Diagnostic;

/// The columns that every programme needs.
const REQUIRED: [Column; 2] = [Column::Date, Column::Title];

/// The longest a session may be planned, as the agenda check says: a whole day.
const MAX_MINUTES: u32 = 24 * 60;

/// The programme read so far: its days, and where each thing came from, for messages.
#[derive(Default)]
pub(crate) struct Programme {
    /// The days, in the sheet's order.
    pub days: Vec<Day>,
    /// The row of each day's own row, or of its first session.
    pub day_rows: HashMap<NaiveDate, usize>,
    /// Where each session's id was given, or its title when the id is made from it.
    pub session_at: HashMap<String, Where>,
    /// Where each lead or presenter was first written.
    pub named_at: HashMap<String, Where>,
    /// Warnings: columns not read.
    pub warnings: Vec<Diagnostic>,
    /// Days that have had their own row.
    day_row_seen: Vec<NaiveDate>,
}

/// The header row: which column each cell of a row is.
pub(crate) struct Header {
    columns: Vec<Option<Column>>,
    /// Whether the `date` column is one named for the day ("Day", "Jour"), read as the date
    /// because the sheet has no `date` column: a message then says what a day column of
    /// titles needs.
    day_as_date: bool,
}

/// One row's cells, by column.
struct Cells<'a> {
    name: &'a str,
    row: &'a Row,
    header: &'a Header,
}

impl Cells<'_> {
    /// The column's cell, trimmed, and its column number (from 1); empty when the sheet has
    /// no such column.
    fn get(&self, column: Column) -> (&str, usize) {
        match self.header.columns.iter().position(|c| *c == Some(column)) {
            Some(i) => (self.row.cell(i).trim(), i + 1),
            None => ("", self.header.columns.len() + 1),
        }
    }

    fn text(&self, column: Column) -> String {
        self.get(column).0.to_owned()
    }

    fn fail(&self, column: Column, message: String) -> Diagnostic {
        at(self.name, self.row.number, self.get(column).1, message)
    }

    fn place(&self, column: Column) -> Where {
        (self.row.number, self.get(column).1)
    }
}

/// Whether a row names the columns every programme needs: the header row.
pub(crate) fn is_header(row: &Row) -> bool {
    let columns: Vec<Option<Column>> = row.cells.iter().map(|c| Column::named(c)).collect();
    REQUIRED
        .iter()
        .all(|&c| columns.contains(&Some(c)) || columns.contains(&Some(day_for(c))))
}

/// The column that stands in for `column` when the sheet has none: a day column for the date
/// (a sheet headed "Day, Start, Title" holding dates), `column` itself otherwise.
fn day_for(column: Column) -> Column {
    match column {
        Column::Date => Column::Day,
        other => other,
    }
}

/// Every name that satisfies a required column, for the message when none is there.
fn required_names(column: Column) -> String {
    let mut names = column.names().to_vec();
    if day_for(column) != column {
        names.extend(day_for(column).names());
    }
    names.join(", ")
}

/// Reads the header row: every column it names, a warning for each it does not, and a
/// refusal when a required one is missing or one is named twice.
pub(crate) fn header(name: &str, row: &Row) -> Result<(Header, Vec<Diagnostic>), Diagnostic> {
    let mut columns = Vec::new();
    let mut warnings = Vec::new();
    for (i, cell) in row.cells.iter().enumerate() {
        let column = Column::named(cell);
        if let Some(c) = column
            && let Some(first) = columns.iter().position(|k| *k == Some(c))
        {
            return Err(at(
                name,
                row.number,
                i + 1,
                format!(
                    "`{}` is the `{}` column again (column {} is one already); expected each \
                     column once",
                    cell.trim(),
                    c.header(),
                    first + 1
                ),
            ));
        }
        if column.is_none() && !cell.trim().is_empty() {
            warnings.push(at(
                name,
                row.number,
                i + 1,
                format!(
                    "column `{}` is not one plenary reads; its cells are not imported",
                    cell.trim()
                ),
            ));
        }
        columns.push(column);
    }
    // A sheet with a day column and no date column holds its dates under "Day"; one with both
    // holds each day's title there ("Day 1", "Field visit").
    let day_as_date = !columns.contains(&Some(Column::Date));
    if day_as_date {
        for column in &mut columns {
            if *column == Some(Column::Day) {
                *column = Some(Column::Date);
            }
        }
    }
    for required in REQUIRED {
        if !columns.contains(&Some(required)) {
            return Err(at(
                name,
                row.number,
                columns.len() + 1,
                format!(
                    "the header row has no `{}` column; expected a column named one of: {}",
                    required.header(),
                    required_names(required)
                ),
            ));
        }
    }
    Ok((
        Header {
            columns,
            day_as_date,
        },
        warnings,
    ))
}

impl Programme {
    /// Reads one row of the programme (blank rows are skipped by the caller).
    pub(crate) fn read(
        &mut self,
        name: &str,
        header: &Header,
        row: &Row,
    ) -> Result<(), Diagnostic> {
        let cells = Cells { name, row, header };
        // A session of several kinds names them all, joined by "+": "proposals + decision".
        let mut named = cells.get(Column::Kind).0.split('+');
        let kind = row_kind(&cells, named.next().unwrap_or_default())?;
        let also = named
            .map(|name| match (kind, row_kind(&cells, name)?) {
                (RowKind::Session(_), RowKind::Session(other)) => Ok(other),
                _ => Err(cells.fail(
                    Column::Kind,
                    format!(
                        "`{}` is not a kind of session; only a session may be of several \
                         kinds (`proposals + decision`)",
                        name.trim()
                    ),
                )),
            })
            .collect::<Result<Vec<_>, _>>()?;
        let date = self.date(&cells, kind)?;
        match kind {
            RowKind::Day => self.day_row(&cells, date)?,
            RowKind::Item => self.item_row(&cells, date)?,
            RowKind::Session(kind) => {
                let mut session = session(&cells, kind)?;
                session.also = also;
                self.add_session(&cells, date, session)?;
            }
        }
        let title = cells.text(Column::Day);
        self.title_day(&cells, Column::Day, date, title)
    }

    /// Gives the row's day its title from `column`'s cell; nothing when the cell is empty. A
    /// sheet repeats the day's title on each of its rows, so the same title again is fine, but a
    /// different one is refused rather than one of them silently kept.
    fn title_day(
        &mut self,
        cells: &Cells<'_>,
        column: Column,
        date: NaiveDate,
        title: String,
    ) -> Result<(), Diagnostic> {
        if title.is_empty() {
            return Ok(());
        }
        let day = self.day(cells, date)?;
        if !day.title.is_empty() && day.title != title {
            return Err(cells.fail(
                column,
                format!(
                    "day {date} is titled `{}` already; expected the same title on each of its \
                     rows (or the cell empty)",
                    day.title
                ),
            ));
        }
        day.title = title;
        Ok(())
    }

    /// The row's date: its own, or (on a row that is not a day's) the one above it.
    fn date(&self, cells: &Cells<'_>, kind: RowKind) -> Result<NaiveDate, Diagnostic> {
        let (text, _) = cells.get(Column::Date);
        if text.is_empty() {
            return match self.days.last() {
                Some(day) if kind != RowKind::Day => Ok(day.date),
                _ => Err(cells.fail(
                    Column::Date,
                    "expected a date, `YYYY-MM-DD` like 2018-08-06 (a row left empty belongs to \
                     the day above it, and this one has none)"
                        .into(),
                )),
            };
        }
        // A date cell some spreadsheets write with the midnight it starts at.
        let text = text
            .strip_suffix(" 00:00:00")
            .or_else(|| text.strip_suffix("T00:00:00"))
            .unwrap_or(text);
        NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
            // "Day 1" under a lone `day` column is a title the sheet has no date for.
            let hint = if cells.header.day_as_date {
                " (a day column holding titles like `Day 1` needs a `date` column beside it)"
            } else {
                ""
            };
            cells.fail(
                Column::Date,
                format!("`{text}` is not a date; expected `YYYY-MM-DD`, like 2018-08-06{hint}"),
            )
        })
    }

    /// The day of `date`, new when the row starts one; refused when it would put days out of
    /// order or split a day's rows.
    fn day(&mut self, cells: &Cells<'_>, date: NaiveDate) -> Result<&mut Day, Diagnostic> {
        let last = self.days.last().map(|d| d.date);
        if last != Some(date) {
            if let Some(last) =
                last.filter(|&last| last > date || self.day_rows.contains_key(&date))
            {
                return Err(cells.fail(
                    Column::Date,
                    format!(
                        "day {date} comes after day {last}; expected the days in date order, \
                         each day's rows together"
                    ),
                ));
            }
            self.day_rows.insert(date, cells.row.number);
            self.days.push(Day {
                date,
                title: String::new(),
                description: String::new(),
                start: None,
                end: None,
                sessions: Vec::new(),
            });
        }
        let last = self.days.len() - 1;
        Ok(&mut self.days[last])
    }

    fn day_row(&mut self, cells: &Cells<'_>, date: NaiveDate) -> Result<(), Diagnostic> {
        unused(
            cells,
            "day",
            &[
                Column::Minutes,
                Column::Id,
                Column::Leads,
                Column::Reference,
                Column::Proposals,
                Column::Criteria,
                Column::Roles,
                Column::Track,
                Column::Room,
            ],
        )?;
        if self.day_row_seen.contains(&date) {
            return Err(cells.fail(
                Column::Kind,
                format!("day {date} has a day row already; expected one day row a day"),
            ));
        }
        self.day_row_seen.push(date);
        let start = time(cells, Column::Start)?;
        let end = time(cells, Column::End)?;
        self.title_day(cells, Column::Title, date, cells.text(Column::Title))?;
        let day = self.day(cells, date)?;
        day.description = cells.text(Column::Description);
        day.start = start;
        day.end = end;
        Ok(())
    }

    fn add_session(
        &mut self,
        cells: &Cells<'_>,
        date: NaiveDate,
        mut session: Session,
    ) -> Result<(), Diagnostic> {
        let column = if session.id.is_empty() {
            Column::Title
        } else {
            Column::Id
        };
        if !session.id.is_empty()
            && let Some((row, _)) = self.session_at.get(&session.id)
        {
            return Err(cells.fail(
                Column::Id,
                format!(
                    "session id `{}` is used already, on row {row}; expected an id of its own \
                     (or leave it empty to make one from the title)",
                    session.id
                ),
            ));
        }
        if session.id.is_empty() {
            session.id = self.new_id(&session.title);
        }
        self.session_at
            .insert(session.id.clone(), cells.place(column));
        for lead in &session.leads {
            self.named_at
                .entry(lead.clone())
                .or_insert_with(|| cells.place(Column::Leads));
        }
        self.day(cells, date)?.sessions.push(session);
        Ok(())
    }

    /// An id made from a title, unique among the sessions so far.
    fn new_id(&self, title: &str) -> String {
        let base = slug(title, "session");
        let mut id = base.clone();
        let mut n = 1;
        while self.session_at.contains_key(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        id
    }

    fn item_row(&mut self, cells: &Cells<'_>, date: NaiveDate) -> Result<(), Diagnostic> {
        unused(
            cells,
            "item",
            &[
                Column::Start,
                Column::Minutes,
                Column::End,
                Column::Description,
                Column::Proposals,
                Column::Criteria,
                Column::Roles,
                Column::Track,
                Column::Room,
            ],
        )?;
        let title = required_title(cells, "an item")?;
        let presenters = list(cells.get(Column::Leads).0);
        for p in &presenters {
            self.named_at
                .entry(p.clone())
                .or_insert_with(|| cells.place(Column::Leads));
        }
        let reference = Some(cells.text(Column::Reference)).filter(|r| !r.is_empty());
        let mut id = cells.text(Column::Id);
        let day = self.day(cells, date)?;
        let Some(session) = day.sessions.last_mut() else {
            return Err(cells.fail(
                Column::Kind,
                format!(
                    "an item belongs to the session above it, and day {date} has none yet; \
                     expected a session row before it"
                ),
            ));
        };
        let taken = |id: &str| session.items.iter().any(|i| i.id == id);
        if !id.is_empty() && taken(&id) {
            return Err(cells.fail(
                Column::Id,
                format!(
                    "item id `{id}` is used already in session `{}`; expected an id of its own",
                    session.id
                ),
            ));
        }
        if id.is_empty() {
            let base = slug(&title, "item");
            id.clone_from(&base);
            let mut n = 1;
            while taken(&id) {
                n += 1;
                id = format!("{base}-{n}");
            }
        }
        session.items.push(Item {
            id,
            title,
            presenters,
            reference,
        });
        Ok(())
    }
}

/// A session from its row (its id may still be empty, to be made from the title).
fn session(
    cells: &Cells<'_>,
    kind: crate::core::agenda::SessionKind,
) -> Result<Session, Diagnostic> {
    unused(cells, "session", &[Column::Reference])?;
    let title = required_title(cells, "a session")?;
    let start = time(cells, Column::Start)?;
    let minutes = minutes(cells, start)?;
    Ok(Session {
        id: cells.text(Column::Id),
        title,
        kind,
        also: Vec::new(),
        start,
        minutes,
        description: cells.text(Column::Description),
        leads: list(cells.get(Column::Leads).0),
        proposals: list(cells.get(Column::Proposals).0),
        criteria: list(cells.get(Column::Criteria).0),
        items: Vec::new(),
        roles: roles(cells)?,
        track: Some(cells.text(Column::Track)).filter(|t| !t.is_empty()),
        room: Some(cells.text(Column::Room)).filter(|r| !r.is_empty()),
    })
}

/// A session's roles from its cell, "chair: ana; scribe: Working group 2, ben": a role and
/// who holds it, each part separated by a semicolon or a line break.
fn roles(cells: &Cells<'_>) -> Result<Vec<SessionRole>, Diagnostic> {
    let cell = cells.get(Column::Roles).0;
    cell.split([';', '\n'])
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(|part| match part.split_once(':') {
            Some((role, who)) if !role.trim().is_empty() && !list(who).is_empty() => {
                Ok(SessionRole {
                    role: role.trim().to_owned(),
                    who: list(who),
                })
            }
            _ => Err(cells.fail(
                Column::Roles,
                format!(
                    "`{part}` is not a role; expected a role and who holds it, as in \
                     `chair: ana; scribe: ben`"
                ),
            )),
        })
        .collect()
}

fn required_title(cells: &Cells<'_>, what: &str) -> Result<String, Diagnostic> {
    let title = cells.text(Column::Title);
    if title.is_empty() {
        return Err(cells.fail(Column::Title, format!("{what} needs a title")));
    }
    Ok(title)
}

/// The length: the `minutes` cell, or the time from start to `end`; both when they agree.
fn minutes(cells: &Cells<'_>, start: Option<NaiveTime>) -> Result<Option<u32>, Diagnostic> {
    let (text, _) = cells.get(Column::Minutes);
    let given = match text {
        "" => None,
        text => match text.parse::<u32>() {
            Ok(n) if (1..=MAX_MINUTES).contains(&n) => Some(n),
            _ => {
                return Err(cells.fail(
                    Column::Minutes,
                    format!(
                        "`{text}` is not a length; expected whole minutes, 1 to {MAX_MINUTES} \
                         (empty when not known)"
                    ),
                ));
            }
        },
    };
    let Some(end) = time(cells, Column::End)? else {
        return Ok(given);
    };
    let Some(start) = start else {
        return Err(cells.fail(
            Column::End,
            "an end needs a start to go with it; expected a `start` too, or the length in \
             `minutes`"
                .into(),
        ));
    };
    let (from, to) = (minute_of_day(start), minute_of_day(end));
    if to <= from || given.is_some_and(|m| m != to - from) {
        return Err(cells.fail(
            Column::End,
            format!(
                "the session ends at {} but starts at {}{}; expected an end after the start \
                 that agrees with the length",
                end.format("%H:%M"),
                start.format("%H:%M"),
                given.map_or(String::new(), |m| format!(" and lasts {m} minutes"))
            ),
        ));
    }
    Ok(Some(given.unwrap_or(to - from)))
}

/// A time of day in a cell: `HH:MM` (or `H:MM`, with `:00` seconds as spreadsheets write
/// times, or `9:30 AM`); none when the cell is empty.
fn time(cells: &Cells<'_>, column: Column) -> Result<Option<NaiveTime>, Diagnostic> {
    let (text, _) = cells.get(column);
    if text.is_empty() {
        return Ok(None);
    }
    // Also as a sheet set to English (US) writes them: `9:30 AM`.
    ["%H:%M", "%H:%M:%S", "%I:%M %p", "%I:%M:%S %p", "%I:%M%p"]
        .iter()
        .find_map(|f| NaiveTime::parse_from_str(text, f).ok())
        .filter(|t| chrono::Timelike::second(t) == 0)
        .map(Some)
        .ok_or_else(|| {
            cells.fail(
                column,
                format!(
                    "`{text}` is not a time of day; expected `HH:MM`, like 09:30 (empty when not \
                     known)"
                ),
            )
        })
}

/// The kind of row one name in the kind cell says, or why it says none.
fn row_kind(cells: &Cells<'_>, name: &str) -> Result<RowKind, Diagnostic> {
    RowKind::named(name).ok_or_else(|| {
        cells.fail(
            Column::Kind,
            format!(
                "`{}` is not a kind of row; expected one of: {} (or the same in Spanish, \
                 French or Arabic; empty for a discussion)",
                name.trim(),
                RowKind::all_names()
            ),
        )
    })
}

/// Refuses a cell this kind of row has no place for, rather than dropping it.
fn unused(cells: &Cells<'_>, what: &str, columns: &[Column]) -> Result<(), Diagnostic> {
    for &column in columns {
        if !cells.get(column).0.is_empty() {
            return Err(cells.fail(
                column,
                format!(
                    "a {what} row has no `{}`; expected the cell empty",
                    column.header()
                ),
            ));
        }
    }
    Ok(())
}

/// The names or ids in a cell, separated by commas, semicolons or line breaks.
pub(crate) fn list(cell: &str) -> Vec<String> {
    cell.split([',', ';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A handle made from a title: lower case, words joined by `-`; `fallback` when nothing is left.
pub(crate) fn slug(title: &str, fallback: &str) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .take(6)
        .collect();
    if words.is_empty() {
        fallback.to_owned()
    } else {
        words.join("-")
    }
}
