//! Running and changing the agenda: moving between sessions, the timer, and changes to the
//! plan (add, move, lengthen, shorten, split).

use chrono::{NaiveDateTime, TimeDelta};

use super::{Ops, refuse, session};
use crate::core::agenda::{Planned, Session, SessionKind};
use crate::core::op::Op;
use crate::core::record::{Record, RunState};

/// Minutes the lengthen and shorten keys move a session by.
const STEP_MINUTES: u32 = 5;

/// Minutes a session added without a length lasts.
const NEW_SESSION_MINUTES: u32 = 30;

/// Goes to the next (or previous) session of the agenda, across days.
pub fn step_session(record: &Record, from: &str, forward: bool) -> Ops {
    session(record, from)?;
    let ids: Vec<&str> = record.plan.sessions().map(|(_, s)| s.id.as_str()).collect();
    let here = ids.iter().position(|id| *id == from).unwrap_or_default();
    let next = if forward {
        here.checked_add(1)
    } else {
        here.checked_sub(1)
    };
    match next.and_then(|n| ids.get(n)) {
        Some(id) => Ok(vec![Op::SetCurrent {
            session: Some((*id).to_owned()),
        }]),
        None if forward => refuse("this is the last session"),
        None => refuse("this is the first session"),
    }
}

/// Starts (or resumes) a session, or pauses it when it runs. Starting one pauses the ones still
/// running, so one key moves the room on, but not the groups of other parallel tracks, which
/// run on beside it; the session started becomes the current one, unless it is a group beside
/// the one the room is on.
pub fn start_or_pause(record: &Record, id: &str, now: NaiveDateTime) -> Ops {
    session(record, id)?;
    let session = id.to_owned();
    match record.run(id).state {
        RunState::Running => Ok(vec![Op::PauseSession { session, at: now }]),
        RunState::Pending | RunState::Paused => {
            let mut ops = Vec::new();
            for other in record.running_against(id) {
                ops.push(Op::PauseSession {
                    session: other.to_owned(),
                    at: now,
                });
            }
            ops.push(Op::StartSession {
                session: session.clone(),
                at: now,
            });
            // A group started beside the one the room is on leaves the room there: the
            // room follows the plenary, or the group it went to first.
            let beside = record
                .current
                .as_deref()
                .is_some_and(|room| room != id && record.plan.alongside(room, id));
            if !beside {
                ops.push(Op::SetCurrent {
                    session: Some(session),
                });
            }
            Ok(ops)
        }
        RunState::Done | RunState::Skipped => refuse("this session is over; ] goes to the next"),
    }
}

/// Ends a session that runs or is paused.
pub fn end_session(record: &Record, id: &str, now: NaiveDateTime) -> Ops {
    session(record, id)?;
    Ok(vec![Op::EndSession {
        session: id.to_owned(),
        at: now,
    }])
}

/// Skips a session that has not started: the meeting moves on without it.
pub fn skip_session(record: &Record, id: &str) -> Ops {
    session(record, id)?;
    Ok(vec![Op::SkipSession {
        session: id.to_owned(),
    }])
}

/// Moves a session one place later (or earlier) on its day: it swaps with its neighbour, the
/// earlier slot's start is kept and the later one follows it.
pub fn move_session(record: &Record, id: &str, later: bool) -> Ops {
    let current = session(record, id)?;
    let Some((day, index)) = record.plan.position(id) else {
        return refuse(format!("there is no session `{id}`"));
    };
    let sessions = &record.plan.days[day].sessions;
    let other = if later {
        index.checked_add(1)
    } else {
        index.checked_sub(1)
    };
    let Some((other, neighbour)) = other.and_then(|o| sessions.get(o).map(|s| (o, s))) else {
        return refuse("no session to swap with on this day");
    };
    // Swapping with a session of another track, or a group with the plenary, would change
    // which sessions run side by side: a session moves only past one of its own sequence.
    if current.track_name() != neighbour.track_name() {
        return refuse(format!(
            "`{}` is not in the same track as `{id}`; K and J move a session only past \
             another of its own track (or of the plenary)",
            neighbour.id
        ));
    }
    let (first, second) = if later {
        (neighbour, current)
    } else {
        (current, neighbour)
    };
    // The earlier place's planned start, if known; the second follows the first's length.
    let slot = record
        .plan
        .planned(&sessions[index.min(other)].id)
        .and_then(Planned::start_time);
    let after = slot
        .zip(first.minutes)
        .map(|(slot, m)| slot + TimeDelta::minutes(i64::from(m)));
    Ok(vec![
        Op::MoveSession {
            session: first.id.clone(),
            day,
            index: index.min(other),
            start: slot,
        },
        Op::MoveSession {
            session: second.id.clone(),
            day,
            index: index.max(other),
            start: after,
        },
    ])
}

/// Lengthens (or shortens) a session by five minutes; a session keeps at least one minute.
pub fn resize_session(record: &Record, id: &str, longer: bool) -> Ops {
    let current = session(record, id)?;
    let Some(length) = current.minutes else {
        return refuse("the session's length is not known (open-ended), so it has none to change");
    };
    let minutes = if longer {
        length.saturating_add(STEP_MINUTES)
    } else {
        length.saturating_sub(STEP_MINUTES).max(1)
    };
    Ok(vec![Op::SetSessionMinutes {
        session: id.to_owned(),
        minutes: Some(minutes),
    }])
}

/// Splits a session in two halves; the second, "(continued)", follows it.
pub fn split_session(record: &Record, id: &str) -> Ops {
    let current = session(record, id)?;
    super::split_session_named(
        record,
        id,
        &current.title,
        &super::continued(&current.title),
    )
}

/// `base`, or `base-3`, `base-4`… the first the plan does not use yet.
pub fn unused_session_id(record: &Record, base: &str) -> String {
    let mut id = base.to_owned();
    let mut n = 2;
    while record.plan.session(&id).is_some() {
        n += 1;
        id = format!("{base}-{n}");
    }
    id
}

/// Adds a session after `after`, from an answer like "Report back 20": the title, and a
/// trailing number for its length in minutes (30 without one), of the kind chosen. It starts
/// when `after` ends, in the same track and room: added from a working group's session, it
/// is the group's next.
pub fn add_session(record: &Record, after: &str, answer: &str, kind: SessionKind) -> Ops {
    let before = session(record, after)?;
    let Some((day, index)) = record.plan.position(after) else {
        return refuse(format!("there is no session `{after}`"));
    };
    let (title, minutes) = parse_new_session(answer);
    if title.is_empty() {
        return refuse("a session needs a title");
    }
    let slug = slug(title);
    let id = unused_session_id(record, if slug.is_empty() { "session" } else { &slug });
    // It starts when `after` is planned to end; when that is not known, it follows it.
    let start = record.plan.planned(after).and_then(Planned::end_time);
    Ok(vec![Op::AddSession {
        day,
        index: index + 1,
        session: Session {
            id,
            title: title.to_owned(),
            kind,
            also: Vec::new(),
            start,
            minutes: Some(minutes),
            description: String::new(),
            leads: Vec::new(),
            proposals: Vec::new(),
            criteria: Vec::new(),
            items: Vec::new(),
            roles: Vec::new(),
            track: before.track.clone(),
            room: before.room.clone(),
        },
    }])
}

/// "Report back 20" → ("Report back", 20); without a trailing length, the whole answer and
/// 30 minutes.
pub fn parse_new_session(answer: &str) -> (&str, u32) {
    let answer = answer.trim();
    match answer.rsplit_once(' ') {
        Some((title, n)) => match n.parse::<u32>() {
            Ok(minutes) if minutes > 0 => (title.trim(), minutes),
            _ => (answer, NEW_SESSION_MINUTES),
        },
        None => (answer, NEW_SESSION_MINUTES),
    }
}

/// A session id from its title: lower case, words joined by hyphens, at most four words.
pub fn slug(title: &str) -> String {
    title
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|w| !w.is_empty())
        .take(4)
        .collect::<Vec<_>>()
        .join("-")
}
