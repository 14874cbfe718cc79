//! A Markdown outline of the programme, as organisers jot one down:
//!
//! ```markdown
//! # Durban strategy meeting
//! # Day 1 — 2018-08-06: What should we do together?
//! ## 09:00 Opening and introductions (30 min)
//! Who we are and why we meet.
//! - Welcome from the hosts
//! ## Lunch (60 min, break)
//! ```
//!
//! A `#` heading with a date (`YYYY-MM-DD`) starts a day (the rest of the heading is its
//! title); one without a date, before the first day, is the meeting's title. A `##` heading is
//! a session: an optional start (`09:00`, or `09:00–10:30` for its length), the title, and an
//! optional `(30 min)`, `(30 min, break)` or `(break)`. Text under a heading describes it; a
//! `- ` line under a session is one of its items.

use chrono::{NaiveDate, NaiveTime};

use super::names::RowKind;
use super::{Source, at, empty_agenda, slug};
use crate::core::agenda::{Agenda, Day, Item, Session, SessionKind, minute_of_day};
use crate::store::agenda_file::Diagnostic;

/// Reads the outline in `bytes`; `name` is how messages name the file.
pub(crate) fn read(name: &str, bytes: &[u8]) -> Result<(Agenda, Source), Diagnostic> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let before = &bytes[..e.valid_up_to()];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let col = 1 + String::from_utf8_lossy(before.rsplit(|&b| b == b'\n').next().unwrap_or(&[]))
            .chars()
            .count();
        at(
            name,
            line,
            col,
            "the outline is not UTF-8 text; save it as UTF-8".into(),
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut agenda = empty_agenda(Vec::new());
    let mut source = Source::default();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        let fail = |col: usize, message: String| at(name, n + 1, col, message);
        if let Some(heading) = line.strip_prefix("## ") {
            let session = session(heading.trim(), &fail)?;
            let id = unique_id(&source, &session.title);
            source.sessions.insert(id.clone(), (n + 1, 4));
            let Some(day) = agenda.days.last_mut() else {
                return Err(fail(1, "a session comes before any day; expected a `# ` heading with the day's date (YYYY-MM-DD) first".into()));
            };
            day.sessions.push(Session { id, ..session });
        } else if let Some(heading) = line.strip_prefix("# ") {
            match date_in(heading) {
                Some((date, title)) => {
                    if let Some(last) = agenda.days.last().map(|d| d.date).filter(|&d| d >= date) {
                        return Err(fail(
                            3,
                            format!(
                                "day {date} comes after day {last}; expected the days in date order, each once"
                            ),
                        ));
                    }
                    source.days.insert(date, n + 1);
                    agenda.days.push(Day {
                        date,
                        title,
                        description: String::new(),
                        start: None,
                        end: None,
                        sessions: Vec::new(),
                    });
                }
                None if agenda.days.is_empty() && agenda.title.is_empty() => {
                    agenda.title = heading.trim().to_owned()
                }
                None => {
                    return Err(fail(
                        3,
                        format!(
                            "`{}` has no date; expected a day heading like `# Day 2 — 2018-08-07: Title`",
                            heading.trim()
                        ),
                    ));
                }
            }
        } else if line.starts_with('#') {
            return Err(fail(
                1,
                "expected `# ` for a day or `## ` for a session (with a space after the #)".into(),
            ));
        } else if let Some(item) = line
            .trim_start()
            .strip_prefix("- ")
            .or_else(|| line.trim_start().strip_prefix("* "))
        {
            let Some(session) = agenda.days.last_mut().and_then(|d| d.sessions.last_mut()) else {
                return Err(fail(
                    1,
                    "a list item belongs to a session; expected a `## ` session heading before it"
                        .into(),
                ));
            };
            let base = slug(item, "item");
            let mut id = base.clone();
            let mut k = 1;
            while session.items.iter().any(|i| i.id == id) {
                k += 1;
                id = format!("{base}-{k}");
            }
            session.items.push(Item {
                id,
                title: item.trim().to_owned(),
                presenters: Vec::new(),
                reference: None,
            });
        } else if !line.trim().is_empty() {
            describe(&mut agenda, line.trim());
        }
    }
    Ok((agenda, source))
}

/// Adds a line of text to what it follows: the last session, else the last day, else the
/// meeting's objective.
fn describe(agenda: &mut Agenda, line: &str) {
    let target = match agenda.days.last_mut() {
        Some(day) => match day.sessions.last_mut() {
            Some(session) => &mut session.description,
            None => &mut day.description,
        },
        None => &mut agenda.objective,
    };
    if !target.is_empty() {
        target.push(' ');
    }
    target.push_str(line);
}

fn unique_id(source: &Source, title: &str) -> String {
    let base = slug(title, "session");
    let mut id = base.clone();
    let mut n = 1;
    while source.sessions.contains_key(&id) {
        n += 1;
        id = format!("{base}-{n}");
    }
    id
}

/// The date in a day heading and the title around it.
fn date_in(heading: &str) -> Option<(NaiveDate, String)> {
    let chars: Vec<(usize, char)> = heading.char_indices().collect();
    let found = chars.iter().find_map(|&(i, _)| {
        let candidate = heading.get(i..i + 10)?;
        // Exactly `dddd-dd-dd`: chrono alone would also take ` 2025-03-1` as the first.
        let shape = candidate.bytes().enumerate().all(|(k, b)| {
            if k == 4 || k == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
        if !shape {
            return None;
        }
        NaiveDate::parse_from_str(candidate, "%Y-%m-%d")
            .ok()
            .map(|d| (i, d))
    })?;
    let (i, date) = found;
    let separators: &[char] = &[' ', ':', '—', '–', '-', ',', '(', ')'];
    let after = heading[i + 10..].trim_matches(separators);
    let before = heading[..i].trim_matches(separators);
    let title = if after.is_empty() { before } else { after };
    Some((date, title.to_owned()))
}

/// A session heading: `[HH:MM[–HH:MM]] Title [(N min[, kind])]`.
fn session(
    heading: &str,
    fail: &impl Fn(usize, String) -> Diagnostic,
) -> Result<Session, Diagnostic> {
    let (start, end, rest) = times(heading, fail)?;
    let (title, minutes, kind) = match rest.strip_suffix(')').and_then(|r| r.rsplit_once('(')) {
        Some((title, inside)) if says_length_or_kind(inside) => {
            let col = 4 + heading.chars().count() - inside.chars().count();
            let (minutes, kind) = parenthesis(inside, col, fail)?;
            (title.trim(), minutes, kind)
        }
        _ => (rest, None, SessionKind::default()),
    };
    let minutes = match (start, end) {
        (Some(s), Some(e)) if minute_of_day(e) > minute_of_day(s) => {
            Some(minutes.unwrap_or(minute_of_day(e) - minute_of_day(s)))
        }
        (_, Some(_)) => {
            return Err(fail(
                4,
                "the session ends before it starts; expected `09:00–10:30`".into(),
            ));
        }
        _ => minutes,
    };
    if title.is_empty() {
        return Err(fail(4, "a session needs a title after its time".into()));
    }
    Ok(Session {
        id: String::new(),
        title: title.to_owned(),
        kind,
        start,
        minutes,
        description: String::new(),
        leads: Vec::new(),
        proposals: Vec::new(),
        criteria: Vec::new(),
        items: Vec::new(),
        roles: Vec::new(),
        track: None,
        room: None,
    })
}

type Times<'a> = (Option<NaiveTime>, Option<NaiveTime>, &'a str);

/// The start (and end) a session heading begins with, and the rest of it.
fn times<'a>(
    heading: &'a str,
    fail: &impl Fn(usize, String) -> Diagnostic,
) -> Result<Times<'a>, Diagnostic> {
    let first = heading.split_whitespace().next().unwrap_or_default();
    // `9.30` and `9h30` are meant as times too, and refused as such rather than taken for
    // the start of a title.
    let digits = first.trim_start_matches(|c: char| c.is_ascii_digit());
    let timelike = digits.len() < first.len()
        && digits.starts_with([':', '.', 'h'])
        && digits[1..].starts_with(|c: char| c.is_ascii_digit());
    if !timelike {
        return Ok((None, None, heading));
    }
    let rest = heading[first.len()..].trim_start();
    let (from, to) = match first.split_once(['–', '-']) {
        Some((from, to)) => (from, Some(to)),
        None => (first, None),
    };
    let parse = |t: &str| {
        NaiveTime::parse_from_str(t, "%H:%M").map_err(|_| {
            fail(
                4,
                format!(
                    "`{first}` is not a time of day; expected `HH:MM`, like 09:30, or `09:00–10:30`"
                ),
            )
        })
    };
    Ok((Some(parse(from)?), to.map(parse).transpose()?, rest))
}

/// Whether a heading's closing parenthesis is about the session's length or kind, not part
/// of its title (`(plenary)`).
fn says_length_or_kind(inside: &str) -> bool {
    inside.split(',').map(str::trim).any(|part| {
        part.ends_with("min")
            || part.ends_with("minutes")
            || matches!(RowKind::named(part), Some(RowKind::Session(_))) && !part.is_empty()
    })
}

/// What a heading's closing parenthesis says: a length, a kind, or both.
fn parenthesis(
    inside: &str,
    col: usize,
    fail: &impl Fn(usize, String) -> Diagnostic,
) -> Result<(Option<u32>, SessionKind), Diagnostic> {
    let mut minutes = None;
    let mut kind = SessionKind::default();
    for part in inside.split(',').map(str::trim) {
        if let Some(n) = part
            .strip_suffix("min")
            .or_else(|| part.strip_suffix("minutes"))
        {
            minutes = Some(n.trim().parse::<u32>().map_err(|_| {
                fail(
                    col,
                    format!("`{part}` is not a length; expected whole minutes, like `(30 min)`"),
                )
            })?);
        } else {
            kind = match RowKind::named(part) {
                Some(RowKind::Session(k)) => k,
                _ => {
                    return Err(fail(
                        col,
                        format!(
                            "`{part}` is not a kind of session; expected a length like `30 min` or one of: {}",
                            session_kinds()
                        ),
                    ));
                }
            };
        }
    }
    Ok((minutes, kind))
}

fn session_kinds() -> String {
    RowKind::all_names()
        .split(", ")
        .filter(|k| *k != "day" && *k != "item")
        .collect::<Vec<_>>()
        .join(", ")
}
