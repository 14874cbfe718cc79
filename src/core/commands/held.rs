//! Giving a session the times it was really held, typed after the fact: a record typed up after
//! the meeting, a rehearsal captured on another day, a clock somebody forgot to start.

use chrono::{NaiveDateTime, NaiveTime};

use super::{Ops, refuse, session};
use crate::core::op::Op;
use crate::core::record::{Record, RunState, SessionRun};
use crate::core::timing::hh_mm;

/// What the held-times prompt asks for, said again when an answer cannot be read.
pub(crate) const HELD_HINT: &str =
    "type when it was held, like 09:10-10:05 (or 09:10 alone for a session running now)";

/// Sets the times session `id` was held, read from `answer` on the session's day:
/// - a start and an end ("09:10-10:05", "9.10 to 10.05", "9h10 10h05") hold it then, done,
///   whatever it was (pending, skipped, captured at other times);
/// - a start alone ("09:10") is when a session running now began: its clock counts from there.
///
/// Undo puts the run back as it was. Refused for an answer that is not one or two times, an
/// end not after its start, a start alone for a session not running, or one later than `now`.
pub fn set_held_times(record: &Record, id: &str, answer: &str, now: NaiveDateTime) -> Ops {
    session(record, id)?;
    let Some(day) = record.plan.date_of(id) else {
        return refuse(format!("there is no session `{id}`"));
    };
    let Some(times) = times(answer) else {
        return refuse(HELD_HINT);
    };
    let run = match times[..] {
        [start, end] if end <= start => {
            return refuse("the end must come after the start, like 09:10-10:05");
        }
        [start, end] => {
            let (started, ended) = (day.and_time(start), day.and_time(end));
            SessionRun {
                state: RunState::Done,
                started: Some(started),
                ended: Some(ended),
                active_secs: (ended - started).num_seconds(),
                resumed: None,
            }
        }
        [_] if record.run(id).state != RunState::Running => {
            return refuse("a session not running now needs when it ended too, like 09:10-10:05");
        }
        [start] if day.and_time(start) > now => return refuse("that time has not come yet"),
        [start] => SessionRun {
            state: RunState::Running,
            started: Some(day.and_time(start)),
            ended: None,
            active_secs: 0,
            resumed: Some(day.and_time(start)),
        },
        _ => return refuse(HELD_HINT),
    };
    Ok(vec![Op::SetHeldTimes {
        session: id.to_owned(),
        run,
    }])
}

/// The times of day in an answer, in order: "09:10", "9.10" or "9h10" each, separated by
/// anything that is not part of one ("-", "–", "to", a space). None when a word is not a time.
fn times(answer: &str) -> Option<Vec<NaiveTime>> {
    answer
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—'))
        .filter(|w| !w.is_empty() && !matches!(*w, "to" | "a" | "à" | "until"))
        .map(time)
        .collect()
}

/// One time of day: hours and minutes separated by ':', '.' or 'h'.
fn time(word: &str) -> Option<NaiveTime> {
    let (hours, minutes) = word.split_once([':', '.', 'h'])?;
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.chars().all(|c| c.is_ascii_digit());
    if !digits(hours) || !digits(minutes) || minutes.len() != 2 {
        return None;
    }
    NaiveTime::from_hms_opt(hours.parse().ok()?, minutes.parse().ok()?, 0)
}

/// How a session's held times read in the prompt, ready to correct: "09:10-10:05", the start
/// alone while it runs, nothing before it started.
pub fn held_answer(record: &Record, id: &str) -> String {
    let run = record.run(id);
    match (run.started, run.ended) {
        (Some(_), Some(_)) => format!("{}-{}", hh_mm(run.started), hh_mm(run.ended)),
        (Some(_), None) => hh_mm(run.started),
        (None, _) => String::new(),
    }
}
