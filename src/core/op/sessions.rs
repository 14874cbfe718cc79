//! Session ops: where the facilitator is, how each session runs, and the live plan itself
//! (add, remove, move, lengthen, rename, change kind and leads, split).

use chrono::{NaiveDateTime, NaiveTime, TimeDelta};

use super::{Op, OpError, apply_batch, position, refuse, session_exists};
use crate::core::agenda::{Session, SessionKind, looks_like_id};
use crate::core::record::{Record, RunState, SessionRun};

/// Puts the facilitator on a session, or on none.
pub(super) fn set_current(record: &mut Record, session: Option<&str>) -> Result<Op, OpError> {
    if let Some(s) = session {
        session_exists(record, s)?;
    }
    let old = std::mem::replace(&mut record.current, session.map(str::to_owned));
    Ok(Op::SetCurrent { session: old })
}

/// Starts a pending session or resumes a paused one, while no other runs but those of other
/// parallel tracks.
pub(super) fn start(record: &mut Record, session: &str, at: NaiveDateTime) -> Result<Op, OpError> {
    let mut run = run_in(record, session, &[RunState::Pending, RunState::Paused])?;
    if let Some(other) = record.running_against(session).next() {
        return refuse(format!(
            "session `{other}` is running; pause or end it before starting `{session}`"
        ));
    }
    run.state = RunState::Running;
    run.started.get_or_insert(at);
    run.resumed = Some(at);
    Ok(set_run(record, session, Some(run)))
}

/// Pauses a running session, banking the time it ran.
pub(super) fn pause(record: &mut Record, session: &str, at: NaiveDateTime) -> Result<Op, OpError> {
    let mut run = run_in(record, session, &[RunState::Running])?;
    stop_clock(&mut run, at);
    run.state = RunState::Paused;
    Ok(set_run(record, session, Some(run)))
}

/// Ends a running or paused session.
pub(super) fn end(record: &mut Record, session: &str, at: NaiveDateTime) -> Result<Op, OpError> {
    let mut run = run_in(record, session, &[RunState::Running, RunState::Paused])?;
    stop_clock(&mut run, at);
    run.state = RunState::Done;
    run.ended = Some(at);
    Ok(set_run(record, session, Some(run)))
}

/// Marks a pending session skipped.
pub(super) fn skip(record: &mut Record, session: &str) -> Result<Op, OpError> {
    let mut run = run_in(record, session, &[RunState::Pending])?;
    run.state = RunState::Skipped;
    Ok(set_run(record, session, Some(run)))
}

/// Puts a session's run back as it was.
pub(super) fn restore_run(
    record: &mut Record,
    session: &str,
    run: Option<&SessionRun>,
) -> Result<Op, OpError> {
    session_exists(record, session)?;
    // As an inverse it only ever puts back what was; from anywhere else it must not set a
    // second session running.
    if run.is_some_and(|r| r.state == RunState::Running)
        && let Some(other) = record.running_against(session).next()
    {
        return refuse(format!("session `{other}` is running"));
    }
    Ok(set_run(record, session, run.cloned()))
}

/// Why the plan as it now stands cannot be kept, when two sessions running now may no longer
/// run together.
fn parted(record: &Record) -> Option<String> {
    record.running_apart().map(|(a, b)| {
        format!(
            "sessions `{a}` and `{b}` are running beside each other; the change would part \
             them: pause one first"
        )
    })
}

/// Adds a session to the plan at a place in a day.
pub(super) fn add(
    record: &mut Record,
    day: usize,
    index: usize,
    session: &Session,
) -> Result<Op, OpError> {
    if record.plan.position(&session.id).is_some() {
        return refuse(format!("a session `{}` already exists", session.id));
    }
    check_fields(session)?;
    let Some(d) = record.plan.days.get_mut(day) else {
        return refuse(format!("there is no day {}", day.saturating_add(1)));
    };
    if index > d.sessions.len() {
        return refuse("that place is past the end of the day");
    }
    d.sessions.insert(index, session.clone());
    // A plenary session put between two groups running beside each other would part them.
    if let Some(refusal) = parted(record) {
        if let Some(d) = record.plan.days.get_mut(day) {
            d.sessions.remove(index);
        }
        return refuse(refusal);
    }
    Ok(Op::RemoveSession {
        session: session.id.clone(),
    })
}

/// Removes a pending session that captured nothing.
pub(super) fn remove(record: &mut Record, session: &str) -> Result<Op, OpError> {
    let (day, index) = position(record, session)?;
    if record.run(session).state != RunState::Pending {
        return refuse(format!(
            "session `{session}` has run; skip it instead of removing it"
        ));
    }
    if has_captures(record, session) {
        return refuse(format!(
            "session `{session}` holds captures; skip it instead of removing it"
        ));
    }
    let removed = record.plan.days[day].sessions.remove(index);
    let mut undo = vec![Op::AddSession {
        day,
        index,
        session: removed,
    }];
    // A pending session may still have a run on record (put there by `RestoreRun`); undo
    // must bring it back with the session.
    if let Some(run) = record.runs.remove(session) {
        undo.push(Op::RestoreRun {
            session: session.to_owned(),
            run: Some(run),
        });
    }
    // Navigation never blocks a change (undo steps over it), so removing the session the
    // facilitator is on moves them off it, and undo puts them back.
    if record.current.as_deref() == Some(session) {
        record.current = None;
        undo.push(Op::SetCurrent {
            session: Some(session.to_owned()),
        });
    }
    Ok(match undo.len() {
        1 => undo.remove(0),
        _ => Op::Batch(undo),
    })
}

/// Moves a session to `(day, index)` in the plan, with a new planned start.
pub(super) fn move_to(
    record: &mut Record,
    session: &str,
    (day, index): (usize, usize),
    start: Option<NaiveTime>,
) -> Result<Op, OpError> {
    let (old_day, old_index) = position(record, session)?;
    let Some(len) = record.plan.days.get(day).map(|d| d.sessions.len()) else {
        return refuse(format!("there is no day {}", day.saturating_add(1)));
    };
    let room = if day == old_day { len - 1 } else { len };
    if index > room {
        return refuse("that place is past the end of the day");
    }
    let mut moved = record.plan.days[old_day].sessions.remove(old_index);
    let old_start = std::mem::replace(&mut moved.start, start);
    record.plan.days[day].sessions.insert(index, moved);
    // A running group moved out of its block (or to another day) would run apart from the
    // groups beside it: refused, and the plan put back as it was.
    if let Some(refusal) = parted(record) {
        let mut back = record.plan.days[day].sessions.remove(index);
        back.start = old_start;
        record.plan.days[old_day].sessions.insert(old_index, back);
        return refuse(refusal);
    }
    Ok(Op::MoveSession {
        session: session.to_owned(),
        day: old_day,
        index: old_index,
        start: old_start,
    })
}

/// Changes a session's planned length (none: not known).
pub(super) fn set_minutes(
    record: &mut Record,
    session: &str,
    minutes: Option<u32>,
) -> Result<Op, OpError> {
    if minutes == Some(0) {
        return refuse("a session lasts at least one minute");
    }
    let s = session_mut(record, session)?;
    let old = std::mem::replace(&mut s.minutes, minutes);
    Ok(Op::SetSessionMinutes {
        session: session.to_owned(),
        minutes: old,
    })
}

/// Renames a session.
pub(super) fn rename(record: &mut Record, session: &str, title: &str) -> Result<Op, OpError> {
    if title.trim().is_empty() {
        return refuse("a session needs a title");
    }
    let s = session_mut(record, session)?;
    let old = std::mem::replace(&mut s.title, title.to_owned());
    Ok(Op::RenameSession {
        session: session.to_owned(),
        title: old,
    })
}

/// Changes what kind of block a session is.
pub(super) fn set_kind(
    record: &mut Record,
    session: &str,
    kind: SessionKind,
) -> Result<Op, OpError> {
    let s = session_mut(record, session)?;
    let old = std::mem::replace(&mut s.kind, kind);
    Ok(Op::SetSessionKind {
        session: session.to_owned(),
        kind: old,
    })
}

/// Changes who leads a session. Leads are participant ids or, as the agenda's checker allows,
/// groups' names as written (not like an id), and each leads once.
pub(super) fn set_leads(
    record: &mut Record,
    session: &str,
    leads: &[String],
) -> Result<Op, OpError> {
    if let Some(unknown) = leads.iter().find(|lead| {
        !record.plan.participants.iter().any(|p| &p.id == *lead)
            && (looks_like_id(lead) || lead.trim().is_empty())
    }) {
        return refuse(format!("`{unknown}` is not on the participant list"));
    }
    if leads
        .iter()
        .enumerate()
        .any(|(i, l)| leads[..i].contains(l))
    {
        return refuse("a participant leads a session once");
    }
    let s = session_mut(record, session)?;
    let old = std::mem::replace(&mut s.leads, leads.to_vec());
    Ok(Op::SetSessionLeads {
        session: session.to_owned(),
        leads: old,
    })
}

/// Splits the last `minutes` of a session off into a new session `id` right after it.
pub(super) fn split(
    record: &mut Record,
    session: &str,
    id: &str,
    title: &str,
    minutes: u32,
) -> Result<Op, OpError> {
    let (day, index) = position(record, session)?;
    let original = &record.plan.days[day].sessions[index];
    let Some(length) = original.minutes else {
        return refuse("the session's length is not known, so no part of it can be split off");
    };
    if minutes == 0 || minutes >= length {
        return refuse(format!(
            "the part split off must be shorter than the session's {length} minutes"
        ));
    }
    let kept = length - minutes;
    // A session that follows the one before has a part that follows it in turn.
    let part = Session {
        id: id.to_owned(),
        title: title.to_owned(),
        start: original
            .start
            .map(|start| start + TimeDelta::minutes(i64::from(kept))),
        minutes: Some(minutes),
        description: String::new(),
        leads: original.leads.clone(),
        proposals: Vec::new(),
        criteria: Vec::new(),
        // The items stay with the session they were planned in; its roles go on in both parts.
        items: Vec::new(),
        roles: original.roles.clone(),
        kind: original.kind,
        also: original.also.clone(),
        track: original.track.clone(),
        room: original.room.clone(),
    };
    apply_batch(
        record,
        &[
            Op::SetSessionMinutes {
                session: session.to_owned(),
                minutes: Some(kept),
            },
            Op::AddSession {
                day,
                index: index + 1,
                session: part,
            },
        ],
    )
}

fn stop_clock(run: &mut SessionRun, at: NaiveDateTime) {
    run.active_secs = run.elapsed_secs(at);
    run.resumed = None;
}

fn set_run(record: &mut Record, session: &str, run: Option<SessionRun>) -> Op {
    let old = match run {
        Some(run) => record.runs.insert(session.to_owned(), run),
        None => record.runs.remove(session),
    };
    Op::RestoreRun {
        session: session.to_owned(),
        run: old,
    }
}

/// The session's run, if it is in one of the `allowed` states.
fn run_in(record: &Record, session: &str, allowed: &[RunState]) -> Result<SessionRun, OpError> {
    session_exists(record, session)?;
    let run = record.run(session);
    if allowed.contains(&run.state) {
        Ok(run)
    } else {
        refuse(format!(
            "session `{session}` is {}",
            format!("{:?}", run.state).to_lowercase()
        ))
    }
}

fn session_mut<'r>(record: &'r mut Record, session: &str) -> Result<&'r mut Session, OpError> {
    let (d, i) = position(record, session)?;
    Ok(&mut record.plan.days[d].sessions[i])
}

fn has_captures(record: &Record, session: &str) -> bool {
    let here = |s: &str| s == session;
    record.notes.iter().any(|n| here(&n.session))
        || record.actions.iter().any(|a| here(&a.session))
        || record.resolutions.iter().any(|r| here(&r.session))
        || record.speakers.turns.iter().any(|t| here(&t.session))
        || record.proposals.iter().any(|p| {
            p.session.as_deref().is_some_and(here) || p.decided_in.as_deref().is_some_and(here)
        })
}

fn check_fields(session: &Session) -> Result<(), OpError> {
    if session.id.trim().is_empty() || session.title.trim().is_empty() {
        return refuse("a session needs an id and a title");
    }
    if session.minutes == Some(0) {
        return refuse("a session lasts at least one minute");
    }
    Ok(())
}
