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
//! `- ` line under a session is one of its items. Deeper headings (`###`) are refused with
//! what is read instead, rather than dropped.
//!
//! The length may be written as organisers write it in any of the supported languages:
//! `30 min`, `30 minutes`, `30 minutos`, `30 mn`, `30 دقيقة`, `1 h`, `2 horas`, `1h30`,
//! `1 h 30`, digits Arabic-Indic (`٤٥ دقيقة`) or not, parts separated by `,` or `،`. A final
//! parenthesis that is neither a length nor a kind is part of the title (`(plenary)`); when it
//! holds a number it is named in a warning, since it was most likely meant as a length.

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
            // The column the heading's text starts at, after `## ` and any more spaces.
            let col = 4 + heading.chars().take_while(|c| c.is_whitespace()).count();
            let heading = heading.trim();
            let (session, unread) = session(heading, col, &fail)?;
            if let Some(at_col) = unread {
                source.warnings.push(fail(
                    at_col,
                    format!(
                        "`{}` is read as part of the title, not as a length; a length is \
                         written like `(30 min)`, `(1 h)` or `(1h30)`",
                        heading.chars().skip(at_col - col).collect::<String>()
                    ),
                ));
            }
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
            return Err(fail(1, heading_refused(line)));
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

/// Why a line starting with `#` is not a heading the outline reads.
fn heading_refused(line: &str) -> String {
    let level = line.chars().take_while(|&c| c == '#').count();
    let after = line[level..].chars().next();
    if level > 2 && after.is_none_or(char::is_whitespace) {
        format!(
            "a level-{level} heading (`{} `) is not read; an outline has `# ` headings for the \
             meeting's title and its days and `## ` for sessions; write a session's items as \
             `- ` lines under it",
            "#".repeat(level)
        )
    } else {
        "expected `# ` for the meeting's title or a day, or `## ` for a session, with a space \
         after the #"
            .into()
    }
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

/// A session heading, `[HH:MM[–HH:MM]] Title [(N min[, kind])]`, whose text starts at column
/// `col`; with the column of a final parenthesis that holds a number but was not read as a
/// length, to warn about.
fn session(
    heading: &str,
    col: usize,
    fail: &impl Fn(usize, String) -> Diagnostic,
) -> Result<(Session, Option<usize>), Diagnostic> {
    let fail = |c: usize, message: String| fail(col - 1 + c, message);
    let (start, end, rest) = times(heading, &fail)?;
    let mut unread = None;
    let (title, minutes, kind) = match rest.strip_suffix(')').and_then(|r| r.rsplit_once('(')) {
        Some((title, inside)) => {
            // Columns within the heading, from 1: the `(` and what follows it.
            let open = heading.chars().count() - inside.chars().count() - 1;
            if says_length_or_kind(inside) {
                let (minutes, kind) = parenthesis(inside, open + 1, &fail)?;
                (title.trim(), minutes, kind)
            } else {
                if inside.chars().any(|c| digit(c).is_some()) {
                    unread = Some(col - 1 + open);
                }
                (rest, None, SessionKind::default())
            }
        }
        None => (rest, None, SessionKind::default()),
    };
    let minutes = match (start, end) {
        (Some(s), Some(e)) if minute_of_day(e) > minute_of_day(s) => {
            Some(minutes.unwrap_or(minute_of_day(e) - minute_of_day(s)))
        }
        (_, Some(_)) => {
            return Err(fail(
                1,
                "the session ends before it starts; expected `09:00–10:30`".into(),
            ));
        }
        _ => minutes,
    };
    if title.is_empty() {
        return Err(fail(1, "a session needs a title after its time".into()));
    }
    let session = Session {
        id: String::new(),
        title: title.to_owned(),
        kind,
        also: Vec::new(),
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
    };
    Ok((session, unread))
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
                1,
                format!(
                    "`{first}` is not a time of day; expected `HH:MM`, like 09:30, or `09:00–10:30`"
                ),
            )
        })
    };
    Ok((Some(parse(from)?), to.map(parse).transpose()?, rest))
}

/// The words for minutes and for hours, in every supported language, in lower case.
const MINUTE_WORDS: [&str; 10] = [
    "min",
    "mins",
    "minute",
    "minutes",
    "minuto",
    "minutos",
    "mn",
    "دقيقة",
    "دقائق",
    "د",
];
const HOUR_WORDS: [&str; 11] = [
    "h",
    "hr",
    "hrs",
    "hour",
    "hours",
    "hora",
    "horas",
    "heure",
    "heures",
    "ساعة",
    "ساعات",
];

/// The parts of a parenthesis, separated by a comma (`,`, or Arabic's `،`), each trimmed,
/// with the number of characters before it in the parenthesis.
fn parts(inside: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut before = 0;
    for part in inside.split([',', '،']) {
        let lead = part.chars().take_while(|c| c.is_whitespace()).count();
        out.push((before + lead, part.trim()));
        before += part.chars().count() + 1;
    }
    out
}

/// Whether a heading's closing parenthesis is about the session's length or kind, not part
/// of its title (`(plenary)`).
fn says_length_or_kind(inside: &str) -> bool {
    parts(inside).iter().any(|&(_, part)| {
        length(part).is_some()
            || matches!(RowKind::named(part), Some(RowKind::Session(_))) && !part.is_empty()
    })
}

/// What a heading's closing parenthesis, whose text starts at column `col`, says: a length, a
/// kind, or both.
fn parenthesis(
    inside: &str,
    col: usize,
    fail: &impl Fn(usize, String) -> Diagnostic,
) -> Result<(Option<u32>, SessionKind), Diagnostic> {
    let mut minutes = None;
    let mut kind = SessionKind::default();
    for (before, part) in parts(inside) {
        let col = col + before;
        if let Some(n) = length(part) {
            minutes = Some(n);
        } else if part.chars().any(|c| digit(c).is_some()) {
            return Err(fail(
                col,
                format!(
                    "`{part}` is not a length; expected whole minutes or hours, like `30 min`, \
                     `1 h` or `1h30`"
                ),
            ));
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

/// A digit's value, in Western or Arabic-Indic (and Eastern Arabic-Indic) digits.
fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '\u{660}'..='\u{669}' => Some(c as u32 - 0x660),
        '\u{6f0}'..='\u{6f9}' => Some(c as u32 - 0x6f0),
        _ => None,
    }
}

/// A whole number at the start of `text`, and what follows it; none when it starts with no
/// digit or the number is too large to be a length.
fn number(text: &str) -> Option<(u32, &str)> {
    let digits: Vec<u32> = text.chars().map_while(digit).collect();
    if digits.is_empty() || digits.len() > 4 {
        return None;
    }
    let value = digits.iter().fold(0, |n, d| n * 10 + d);
    let skipped: usize = text.chars().take(digits.len()).map(char::len_utf8).sum();
    Some((value, text[skipped..].trim_start()))
}

/// A length as a part of the parenthesis says it, in minutes: `30 min`, `1 h`, `1h30`,
/// `1 h 30 min`, in any supported language; none when the part is not a length, or is
/// nothing (`0 min`) or more than a day.
fn length(part: &str) -> Option<u32> {
    let part = part.to_lowercase();
    let (first, rest) = number(&part)?;
    let (unit, rest) = word(rest);
    let minutes = if MINUTE_WORDS.contains(&unit) && rest.is_empty() {
        first
    } else if HOUR_WORDS.contains(&unit) {
        match number(rest) {
            None if rest.is_empty() => first * 60,
            Some((more, tail))
                if more < 60 && (tail.is_empty() || MINUTE_WORDS.contains(&tail)) =>
            {
                first * 60 + more
            }
            _ => return None,
        }
    } else {
        return None;
    };
    (1..=24 * 60).contains(&minutes).then_some(minutes)
}

/// The word `text` starts with (letters up to a digit, a space or the end), and what follows.
fn word(text: &str) -> (&str, &str) {
    let end = text
        .char_indices()
        .find(|&(_, c)| c.is_whitespace() || digit(c).is_some())
        .map_or(text.len(), |(i, _)| i);
    (&text[..end], text[end..].trim_start())
}

fn session_kinds() -> String {
    RowKind::all_names()
        .split(", ")
        .filter(|k| *k != "day" && *k != "item")
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_read_as_each_language_writes_them() {
        let read = [
            ("30 min", 30),
            ("30min", 30),
            ("45 Minutes", 45),
            ("30 minutos", 30),
            ("90 mn", 90),
            ("45 دقيقة", 45),
            ("10 دقائق", 10),
            ("٤٥ دقيقة", 45),
            ("15 د", 15),
            ("1 h", 60),
            ("1h", 60),
            ("2 horas", 120),
            ("2 heures", 120),
            ("1 ساعة", 60),
            ("1h30", 90),
            ("1 h 30", 90),
            ("1h30min", 90),
            ("1 h 30 min", 90),
            ("24 h", 24 * 60),
        ];
        for (text, minutes) in read {
            assert_eq!(length(text), Some(minutes), "{text}");
        }
        let not = [
            "30",
            "0 min",
            "25 h",
            "1h75",
            "1 h 30 h",
            "3 salas",
            "min 30",
            "30 min sharp",
            "",
            "plénière",
            "12345 min",
        ];
        for text in not {
            assert_eq!(length(text), None, "{text}");
        }
    }

    #[test]
    fn parts_are_split_on_either_comma_with_their_place() {
        assert_eq!(parts("45 دقيقة، محاضرة"), [(0, "45 دقيقة"), (10, "محاضرة")]);
        assert_eq!(parts("30 min,  talk"), [(0, "30 min"), (9, "talk")]);
    }
}
