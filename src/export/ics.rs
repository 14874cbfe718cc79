//! The actions as to-dos for their owners' calendars: one iCalendar (RFC 5545) file holding a
//! `VTODO` per action, which calendar and task applications import.
//!
//! What each to-do says is what the record holds and nothing more:
//! - `SUMMARY`: what is to be done.
//! - `DUE`: the due date, as a date (`DUE;VALUE=DATE:`), only when one was entered.
//! - `STATUS`: the action's status as the follow-up set it (`plenary actions RECORD --set`):
//!   open is `NEEDS-ACTION`, in progress `IN-PROCESS`, done `COMPLETED` and dropped
//!   `CANCELLED`. An action nobody followed up is open.
//! - `COMPLETED`: for a done action whose status was set on a known day, that day. RFC 5545
//!   wants a UTC date-time there (3.8.2.1) and the record holds only the day, so it is written
//!   as noon UTC, which falls on that same day in every time zone a meeting is likely to be
//!   in; a calendar then shows the day that was entered.
//! - The owner, in `DESCRIPTION` ("Owner: …"), not as an `ATTENDEE`: an attendee's value must
//!   be a calendar address (a `mailto:` URI), which the agenda does not hold and which must not
//!   be made up, and applications offer to send invitations to attendees. Named only when the
//!   action has an owner, and under the Chatham House Rule only when asked (`--names`).
//! - `DESCRIPTION`'s words ("Owner:", "Session:", "Meeting:") are in the meeting's language
//!   (or `--language`'s), which its `LANGUAGE` parameter names (RFC 5545, 3.2.10).
//! - `CATEGORIES`: the strategy the action is grouped into on the board, when it is.
//! - `UID`: the record's folder name and the action's id, so a file exported again updates the
//!   same to-dos instead of adding copies.
//! - `DTSTAMP`: the record's latest moment (its last note, resolution or session start or end),
//!   not the clock, so an export made twice is the same bytes. The record's times are local
//!   times with no zone; RFC 5545 wants a UTC stamp, so the local time is written as one: it
//!   only orders revisions of a to-do, which stay in order.
//!
//! Lines end in CRLF and are folded at 75 octets, never inside a UTF-8 character; text is
//! escaped (`\\`, `\;`, `\,`, `\n`).

use chrono::{DateTime, NaiveDateTime};

use crate::core::labels::person;
use crate::core::record::{Action, ActionStatus, Record};
use crate::lang::Labels;

use super::Options;

/// Who wrote the file, as RFC 5545's `PRODID` says it.
const PRODID: &str = concat!("-//plenary//plenary ", env!("CARGO_PKG_VERSION"), "//EN");
/// The longest a line may be, in octets, its CRLF not counted (RFC 5545, 3.1).
const LINE_OCTETS: usize = 75;

/// The record's actions as an iCalendar file, one to-do an action in capture order. `name`
/// tells records apart in the to-dos' UIDs: the record's folder name.
pub fn actions_ics(record: &Record, name: &str, options: &Options) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, &format!("PRODID:{PRODID}"));
    line(&mut out, "CALSCALE:GREGORIAN");
    let stamp = utc(stamp(record));
    let uid_tail = format!("{}@plenary", uid_safe(name));
    for action in &record.actions {
        todo(
            &mut out,
            record,
            action,
            &Stamps {
                stamp: &stamp,
                uid_tail: &uid_tail,
            },
            options,
        );
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// What every to-do of one export shares.
struct Stamps<'a> {
    /// `DTSTAMP`'s value.
    stamp: &'a str,
    /// What follows the action's id in its `UID`.
    uid_tail: &'a str,
}

/// One action as a `VTODO`.
fn todo(
    out: &mut String,
    record: &Record,
    action: &Action,
    stamps: &Stamps<'_>,
    options: &Options,
) {
    line(out, "BEGIN:VTODO");
    line(
        out,
        &format!("UID:action-{}.{}", action.id.0, stamps.uid_tail),
    );
    line(out, &format!("DTSTAMP:{}", stamps.stamp));
    line(out, &format!("SUMMARY:{}", text(&action.text)));
    if let Some(due) = action.due {
        line(out, &format!("DUE;VALUE=DATE:{}", due.format("%Y%m%d")));
    }
    line(out, &format!("STATUS:{}", status(action.progress.status)));
    if action.progress.status == ActionStatus::Done
        && let Some(since) = action.progress.since
    {
        line(
            out,
            &format!("COMPLETED:{}T120000Z", since.format("%Y%m%d")),
        );
    }
    if let Some(strategy) = record
        .card_position(action.id)
        .and_then(|(strategy, _)| strategy)
        .and_then(|id| record.strategy(id))
    {
        line(out, &format!("CATEGORIES:{}", text(&strategy.name)));
    }
    let l = options.labels(record);
    line(
        out,
        &format!(
            "DESCRIPTION;LANGUAGE={}:{}",
            l.language().code(),
            text(&description(l, record, action, options))
        ),
    );
    line(out, "END:VTODO");
}

/// A status as RFC 5545's `STATUS` of a `VTODO` says it (3.8.1.11).
fn status(status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::Open => "NEEDS-ACTION",
        ActionStatus::InProgress => "IN-PROCESS",
        ActionStatus::Done => "COMPLETED",
        ActionStatus::Dropped => "CANCELLED",
    }
}

/// Who owns the action (when it may be said), where it came from, and the meeting, in `l`'s
/// language.
fn description(l: &Labels, record: &Record, action: &Action, options: &Options) -> String {
    let plan = &record.plan;
    let mut lines = Vec::new();
    if let Some(owner) = &action.owner
        && (options.names || !plan.chatham_house)
    {
        lines.push(l.label_with("ics-owner", &[("owner", person(plan, owner).into())]));
    }
    let session = plan
        .session(&action.session)
        .map_or(action.session.as_str(), |s| s.title.as_str());
    lines.push(l.label_with("ics-session", &[("session", session.into())]));
    lines.push(l.label_with("ics-meeting", &[("meeting", plan.title.as_str().into())]));
    lines.join("\n")
}

/// The record's latest moment: when its last note or resolution was captured, or a session last
/// started or ended; the first day's midnight when nothing ran yet.
fn stamp(record: &Record) -> NaiveDateTime {
    let runs = record
        .runs
        .values()
        .flat_map(|run| [run.started, run.ended, run.resumed])
        .flatten();
    let captured = record
        .notes
        .iter()
        .map(|n| n.at)
        .chain(record.resolutions.iter().map(|r| r.at));
    runs.chain(captured).max().unwrap_or_else(|| {
        record
            .plan
            .days
            .first()
            .map_or(DateTime::UNIX_EPOCH.naive_utc(), |d| {
                d.date.and_time(chrono::NaiveTime::MIN)
            })
    })
}

/// A date-time in RFC 5545's UTC form, `20180722T093000Z`.
fn utc(t: NaiveDateTime) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A record's name as it may stand in a UID: letters, digits, `-`, `_` and `.`; anything
/// else becomes `_`.
fn uid_safe(name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if safe.is_empty() {
        "record".to_owned()
    } else {
        safe
    }
}

/// Text as an RFC 5545 TEXT value: inert (see [`super::inert`]), then `\`, `;`, `,` and line
/// breaks escaped.
fn text(s: &str) -> String {
    let clean = super::inert(s);
    let mut out = String::with_capacity(clean.len());
    for c in clean.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded: after every 75 octets a CRLF and a space, the space
/// counting towards the next line's 75; a character is never cut.
fn line(out: &mut String, content: &str) {
    let mut used = 0;
    for c in content.chars() {
        if used + c.len_utf8() > LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each physical line of `folded`, CRLF taken off.
    fn lines(folded: &str) -> Vec<&str> {
        folded
            .strip_suffix("\r\n")
            .unwrap_or(folded)
            .split("\r\n")
            .collect()
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_cutting_a_character() {
        // Two-, three- and four-byte characters, so a boundary falls inside one somewhere.
        let content = format!("SUMMARY:{}", "añ€😀".repeat(30));
        let mut out = String::new();
        line(&mut out, &content);
        let lines = lines(&out);
        assert!(lines.len() > 1, "{out:?}");
        for (i, l) in lines.iter().enumerate() {
            assert!(l.len() <= LINE_OCTETS, "line {i} has {} octets", l.len());
            assert_eq!(i > 0, l.starts_with(' '), "line {i}: {l:?}");
        }
        // Unfolding (taking out each CRLF and the space after it) gives the line back.
        assert_eq!(out.trim_end().replace("\r\n ", ""), content);
    }

    #[test]
    fn a_line_of_75_octets_is_not_folded() {
        let mut out = String::new();
        line(&mut out, &"x".repeat(75));
        assert_eq!(out, format!("{}\r\n", "x".repeat(75)));
    }

    #[test]
    fn text_escapes_what_rfc_5545_says() {
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        // A CRLF typed into a note is one line break; a control character is made inert.
        assert_eq!(text("one\r\ntwo\u{7}"), "one\\ntwo\u{fffd}");
    }

    #[test]
    fn a_name_unfit_for_a_uid_is_made_safe() {
        assert_eq!(uid_safe("Durban-2018.v2"), "Durban-2018.v2");
        assert_eq!(uid_safe("réunion 1@x"), "r_union_1_x");
        assert_eq!(uid_safe(""), "record");
    }
}
