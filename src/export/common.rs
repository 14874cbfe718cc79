//! What the exports share: names, dates, labels and the questions every report asks of a
//! record (what was covered, what comes next).

use chrono::NaiveDate;

use crate::core::agenda::{Planned, Session, SessionKind};
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

pub(crate) fn date_span(first: NaiveDate, last: NaiveDate) -> String {
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
        _ => planned_when(record, session),
    }
}

/// The plan of a session as far as the agenda tells it: "planned 09:00, 90 min", "planned
/// 09:00, open-ended", "planned 90 min, start not known", "open-ended, start not known".
fn planned_when(record: &Record, session: &Session) -> String {
    let start = record
        .plan
        .planned(&session.id)
        .and_then(Planned::start_time)
        .map(|t| t.format("%H:%M").to_string());
    let length = session
        .minutes
        .map_or_else(|| "open-ended".to_owned(), |m| format!("{m} min"));
    match start {
        Some(start) => format!("planned {start}, {length}"),
        None if session.minutes.is_some() => format!("planned {length}, start not known"),
        None => format!("{length}, start not known"),
    }
}

/// When a session was held, as the minutes tell it: the capture's times with the planned
/// times beside them where they differ ("09:06–10:40 (planned 09:00–10:30)"). A session
/// captured on another date than its day is planned for (a rehearsal, a record typed up
/// later) leads with the plan, since the capture's times are not the meeting's: "planned
/// 09:00–10:30; captured 14:03–14:10 on 2 December 2026". Sessions not started read as
/// [`when`] says.
pub(crate) fn when_held(record: &Record, session: &Session) -> String {
    let run = record.run(&session.id);
    let hm = |t: chrono::NaiveDateTime| t.format("%H:%M").to_string();
    let planned = planned_span(record, session);
    let day = record
        .plan
        .position(&session.id)
        .and_then(|(d, _)| record.plan.days.get(d))
        .map(|d| d.date);
    let elsewhere = |start: chrono::NaiveDateTime| {
        day.filter(|&d| d != start.date())
            .map(|_| start.format("%-d %B %Y").to_string())
    };
    match (run.state, run.started, run.ended) {
        (RunState::Done, Some(start), Some(end)) => {
            let held = format!("{}–{}", hm(start), hm(end));
            match (elsewhere(start), planned) {
                (Some(date), Some(planned)) => {
                    format!("planned {planned}; captured {held} on {date}")
                }
                (Some(date), None) => format!("captured {held} on {date}"),
                (None, Some(planned)) if held != planned => format!("{held} (planned {planned})"),
                (None, _) => held,
            }
        }
        (state @ (RunState::Running | RunState::Paused), Some(start), _) => {
            let state = run_state(state);
            let from = hm(start);
            match (elsewhere(start), planned) {
                (Some(date), Some(planned)) => {
                    format!("planned {planned}; captured from {from} on {date} ({state})")
                }
                (Some(date), None) => format!("captured from {from} on {date} ({state})"),
                (None, Some(planned)) => format!("from {from} ({state}; planned {planned})"),
                (None, None) => format!("from {from} ({state})"),
            }
        }
        _ => when(record, session),
    }
}

/// A session's planned span of time, "09:00–10:30", or "09:00, open-ended" when its length is
/// not known; `None` when its start is not known, since then nothing about its time is.
fn planned_span(record: &Record, session: &Session) -> Option<String> {
    let planned = record.plan.planned(&session.id)?;
    let start = planned.start_time()?.format("%H:%M");
    Some(match planned.end_time() {
        Some(end) => format!("{start}–{}", end.format("%H:%M")),
        None => format!("{start}, open-ended"),
    })
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

/// Who took part, as far as the agenda knows it: the attendance block's counts where given,
/// and the named participants with their countries and organisations (each list without
/// repeats, countries sorted, organisations in agenda order).
pub(crate) struct Attendance {
    /// The head count, when the agenda gives one.
    pub head_count: Option<u32>,
    /// How many countries, when the agenda gives that number.
    pub countries: Option<u32>,
    /// How many participants the agenda names.
    pub named: usize,
    /// How many of the named participants have a country.
    pub named_with_country: usize,
    /// The countries of the named participants.
    pub named_countries: Vec<String>,
    /// The organisations of the named participants.
    pub organisations: Vec<String>,
    /// The working languages, as named.
    pub languages: Vec<String>,
    /// Whether the meeting was interpreted.
    pub interpretation: bool,
}

/// Counts who took part.
pub(crate) fn attendance(record: &Record) -> Attendance {
    let plan = &record.plan;
    let mut countries: Vec<String> = Vec::new();
    let mut organisations: Vec<String> = Vec::new();
    for p in &plan.participants {
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
        head_count: plan.attendance.head_count,
        countries: plan.attendance.countries,
        named: plan.participants.len(),
        named_with_country: plan
            .participants
            .iter()
            .filter(|p| !p.country.trim().is_empty())
            .count(),
        named_countries: countries,
        organisations,
        languages: plan
            .attendance
            .languages
            .iter()
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty())
            .collect(),
        interpretation: plan.attendance.interpretation,
    }
}

impl Attendance {
    /// Who took part in a line, saying only what the agenda gives: "112 participants from 31
    /// countries, 5 of them named", or from the named list alone "5 named participants from
    /// 2 countries (Chile, Kenya)". Countries nobody gave are never counted, and `names` false
    /// (Chatham House) leaves out which countries. Empty when the agenda says nothing.
    pub fn headline(&self, names: bool) -> String {
        let countries = |n: u32| plural(n as usize, "country", "countries");
        let Some(head) = self.head_count else {
            return self.named_headline(names, countries);
        };
        let mut line = plural(head as usize, "participant", "participants");
        if let Some(n) = self.countries {
            line.push_str(&format!(" from {}", countries(n)));
        }
        if self.named > 0 && names {
            line.push_str(&format!(", {} of them named", self.named));
        }
        line
    }

    /// The headline when no head count is given.
    fn named_headline(&self, names: bool, countries: impl Fn(u32) -> String) -> String {
        let mut line = match self.named {
            0 => String::new(),
            n => plural(n, "named participant", "named participants"),
        };
        if let Some(n) = self.countries {
            if !line.is_empty() {
                line.push_str("; ");
            }
            line.push_str(&format!("{} represented", countries(n)));
            return line;
        }
        let known = self.named_countries.len();
        if known == 0 {
            return line;
        }
        let from = plural(known, "country", "countries");
        if self.named_with_country == self.named {
            line.push_str(&format!(" from {from}"));
        } else {
            line.push_str(&format!(
                ", {} of them from {from}",
                self.named_with_country
            ));
        }
        if names {
            line.push_str(&format!(" ({})", self.named_countries.join(", ")));
        }
        line
    }

    /// The working languages and interpretation as a labelled fact: ("Languages", "English,
    /// Spanish, with interpretation"), or ("Interpretation", "provided") when no language is
    /// named; `None` when the agenda gives neither.
    pub fn languages_fact(&self) -> Option<(&'static str, String)> {
        match (self.languages.is_empty(), self.interpretation) {
            (true, false) => None,
            (true, true) => Some(("Interpretation", "provided".to_owned())),
            (false, interpreted) => {
                let mut line = self.languages.join(", ");
                if interpreted {
                    line.push_str(", with interpretation");
                }
                Some(("Languages", line))
            }
        }
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
