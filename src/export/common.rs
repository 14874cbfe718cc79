//! What the exports share: names, dates, labels and the questions every report asks of a
//! record (what was covered, what comes next).

use chrono::NaiveDate;

use crate::core::agenda::{Session, SessionKind};
use crate::core::labels::run_state;
pub(crate) use crate::core::labels::{decision, outcome, person};
use crate::core::record::{Action, Note, NoteKind, Proposal, Record, RunState};

/// "22–25 July 2018", "30 July – 2 August 2018", or one date; empty without days.
pub(crate) fn date_range(record: &Record) -> String {
    let days = &record.plan.days;
    let (Some(first), Some(last)) = (days.first(), days.last()) else {
        return String::new();
    };
    date_span(first.date, last.date)
}

fn date_span(first: NaiveDate, last: NaiveDate) -> String {
    use chrono::Datelike;
    if first == last {
        first.format("%-d %B %Y").to_string()
    } else if (first.year(), first.month()) == (last.year(), last.month()) {
        format!("{}–{}", first.format("%-d"), last.format("%-d %B %Y"))
    } else if first.year() == last.year() {
        format!("{} – {}", first.format("%-d %B"), last.format("%-d %B %Y"))
    } else {
        format!(
            "{} – {}",
            first.format("%-d %B %Y"),
            last.format("%-d %B %Y")
        )
    }
}

/// A due date as the minutes and the summary print it: "10 Aug 2018".
pub(crate) fn due(date: NaiveDate) -> String {
    date.format("%-d %b %Y").to_string()
}

/// A day as a heading names it: "Sunday 22 July 2018".
pub(crate) fn long_date(date: NaiveDate) -> String {
    date.format("%A %-d %B %Y").to_string()
}

/// When a session ran, or when it was planned: "09:06–10:40", "from 14:02 (running)",
/// "planned 09:00, 90 min".
pub(crate) fn when(record: &Record, session: &Session) -> String {
    let run = record.run(&session.id);
    let hm = |t: chrono::NaiveDateTime| t.format("%H:%M").to_string();
    match (run.state, run.started, run.ended) {
        (RunState::Done, Some(start), Some(end)) => format!("{}–{}", hm(start), hm(end)),
        (state @ (RunState::Running | RunState::Paused), Some(start), _) => {
            format!("from {} ({})", hm(start), run_state(state))
        }
        _ => format!(
            "planned {}, {} min",
            session.start.format("%H:%M"),
            session.minutes
        ),
    }
}

/// The notes of one kind captured in a session, in capture order.
pub(crate) fn notes<'r>(
    record: &'r Record,
    session: &'r str,
    kind: NoteKind,
) -> impl Iterator<Item = &'r Note> + 'r {
    record
        .notes
        .iter()
        .filter(move |n| n.session == session && n.kind == kind)
}

/// Whether a session captured anything at all.
pub(crate) fn has_captures(record: &Record, session: &str) -> bool {
    record.notes.iter().any(|n| n.session == session)
        || record.actions.iter().any(|a| a.session == session)
        || record.resolutions.iter().any(|r| r.session == session)
        || record
            .proposals
            .iter()
            .any(|p| p.session.as_deref() == Some(session))
}

/// Whether a session belongs in the minutes: every session that is not a break, and a break
/// that captured something or was skipped on purpose.
pub(crate) fn reported(record: &Record, session: &Session) -> bool {
    session.kind != SessionKind::Break
        || has_captures(record, &session.id)
        || record.run(&session.id).state == RunState::Skipped
}

/// The sessions a report must own up to: skipped, under way (running or paused) and not held
/// (pending), each in agenda order. Breaks nobody ran are left out: not running a tea break
/// is not news.
pub(crate) struct NotCovered<'r> {
    /// Sessions skipped on purpose.
    pub skipped: Vec<&'r Session>,
    /// Sessions started and not ended.
    pub unfinished: Vec<&'r Session>,
    /// Sessions not started.
    pub pending: Vec<&'r Session>,
}

impl NotCovered<'_> {
    /// Whether every session was covered.
    pub fn is_empty(&self) -> bool {
        self.skipped.is_empty() && self.unfinished.is_empty() && self.pending.is_empty()
    }
}

/// What the record has not covered (yet).
pub(crate) fn not_covered(record: &Record) -> NotCovered<'_> {
    let mut out = NotCovered {
        skipped: Vec::new(),
        unfinished: Vec::new(),
        pending: Vec::new(),
    };
    for (_, s) in record.plan.sessions() {
        if !reported(record, s) {
            continue;
        }
        match record.run(&s.id).state {
            RunState::Skipped => out.skipped.push(s),
            RunState::Running | RunState::Paused => out.unfinished.push(s),
            RunState::Pending => out.pending.push(s),
            RunState::Done => {}
        }
    }
    out
}

/// Next steps: the actions not grouped into any strategy, soonest due first (undated last,
/// each group in board order). On the board they are the Unsorted column; in a report they
/// are what follows the meeting directly, like convening a group or circulating results.
pub(crate) fn next_steps(record: &Record) -> Vec<&Action> {
    let mut steps: Vec<&Action> = record
        .unsorted
        .iter()
        .filter_map(|&id| record.action(id))
        .collect();
    steps.sort_by_key(|a| (a.due.is_none(), a.due));
    steps
}

/// Who took part, counted: participants, their countries and organisations, each list
/// without repeats in agenda order.
pub(crate) struct Attendance {
    /// How many participants.
    pub count: usize,
    /// Their countries.
    pub countries: Vec<String>,
    /// Their organisations.
    pub organisations: Vec<String>,
}

/// Counts who took part.
pub(crate) fn attendance(record: &Record) -> Attendance {
    let mut countries: Vec<String> = Vec::new();
    let mut organisations: Vec<String> = Vec::new();
    for p in &record.plan.participants {
        for (list, item) in [
            (&mut countries, &p.country),
            (&mut organisations, &p.organisation),
        ] {
            if !item.trim().is_empty() && !list.contains(item) {
                list.push(item.clone());
            }
        }
    }
    countries.sort();
    Attendance {
        count: record.plan.participants.len(),
        countries,
        organisations,
    }
}

/// "1 participant", "12 participants".
pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The proposals a session weighed or decided: those its agenda entry names, and those added
/// in it.
pub(crate) fn session_proposals<'r>(record: &'r Record, session: &Session) -> Vec<&'r Proposal> {
    record
        .proposals
        .iter()
        .filter(|p| {
            p.session.as_deref() == Some(session.id.as_str())
                || p.key
                    .as_ref()
                    .is_some_and(|k| session.proposals.contains(k))
        })
        .collect()
}

/// The short name QR parts are labelled with: the place up to its first comma ("Durban"),
/// else the meeting's title.
pub(crate) fn short_name(record: &Record) -> String {
    let place = record
        .plan
        .place
        .split(',')
        .next()
        .unwrap_or_default()
        .trim();
    if place.is_empty() {
        record.plan.title.trim().to_owned()
    } else {
        place.to_owned()
    }
}

/// Whether every session of the plan that is reported has ended or been skipped.
pub(crate) fn finished(record: &Record) -> bool {
    let nc = not_covered(record);
    nc.unfinished.is_empty() && nc.pending.is_empty()
}
