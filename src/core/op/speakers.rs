//! Speaker ops: hands raised and lowered, the floor given and taken, progressive ordering.
//! Each is undone by one `RestoreSpeakers`.

use chrono::NaiveDateTime;

use super::{Op, OpError, refuse, session_exists};
use crate::core::record::Record;
use crate::core::speakers::Turn;

/// The speaker state a `RestoreSpeakers` puts back, borrowed from the op.
pub(super) struct Saved<'o> {
    pub(super) queue: &'o [String],
    pub(super) floor: Option<&'o (String, NaiveDateTime)>,
    pub(super) turns: usize,
    pub(super) append: &'o [Turn],
    pub(super) progressive: bool,
}

/// Raises a hand: the speaker joins the end of the queue.
pub(super) fn raise_hand(record: &mut Record, speaker: &str) -> Result<Op, OpError> {
    if speaker.trim().is_empty() {
        return refuse("a hand needs a name");
    }
    let s = &record.speakers;
    if s.queue.iter().any(|q| q == speaker) {
        return refuse(format!("{speaker} is already in the queue"));
    }
    if s.floor.as_ref().is_some_and(|(on, _)| on == speaker) {
        return refuse(format!("{speaker} has the floor"));
    }
    let inverse = restore_op(record);
    record.speakers.queue.push(speaker.to_owned());
    Ok(inverse)
}

/// Lowers a hand: the speaker leaves the queue.
pub(super) fn lower_hand(record: &mut Record, speaker: &str) -> Result<Op, OpError> {
    if !record.speakers.queue.iter().any(|q| q == speaker) {
        return refuse(format!("{speaker} is not in the queue"));
    }
    let inverse = restore_op(record);
    record.speakers.queue.retain(|s| s != speaker);
    Ok(inverse)
}

/// Ends the turn under way, if any, and gives the floor to whoever is next up.
pub(super) fn next(record: &mut Record, session: &str, at: NaiveDateTime) -> Result<Op, OpError> {
    session_exists(record, session)?;
    let next = record.speakers.next_up(at).cloned();
    if next.is_none() && record.speakers.floor.is_none() {
        return refuse("nobody is in the queue");
    }
    Ok(hand_over(record, session, at, next))
}

/// Ends the turn under way; nobody has the floor.
pub(super) fn end_turn(
    record: &mut Record,
    session: &str,
    at: NaiveDateTime,
) -> Result<Op, OpError> {
    session_exists(record, session)?;
    if record.speakers.floor.is_none() {
        return refuse("nobody has the floor");
    }
    Ok(hand_over(record, session, at, None))
}

/// Turns progressive ordering on or off.
pub(super) fn set_progressive(record: &mut Record, on: bool) -> Result<Op, OpError> {
    let inverse = restore_op(record);
    record.speakers.progressive = on;
    Ok(inverse)
}

/// Puts the queue and the floor back, keeps the first `turns` turns and appends `append`.
pub(super) fn restore(record: &mut Record, saved: Saved<'_>) -> Result<Op, OpError> {
    if saved.turns > record.speakers.turns.len() {
        return refuse("those turns were never taken");
    }
    let speakers = &mut record.speakers;
    let removed = speakers.turns.split_off(saved.turns);
    speakers.turns.extend(saved.append.iter().cloned());
    Ok(Op::RestoreSpeakers {
        queue: std::mem::replace(&mut speakers.queue, saved.queue.to_vec()),
        floor: std::mem::replace(&mut speakers.floor, saved.floor.cloned()),
        turns: saved.turns,
        append: removed,
        progressive: std::mem::replace(&mut speakers.progressive, saved.progressive),
    })
}

/// Closes the turn under way at `at` and gives the floor to `next`, if anyone.
fn hand_over(record: &mut Record, session: &str, at: NaiveDateTime, next: Option<String>) -> Op {
    let inverse = restore_op(record);
    let speakers = &mut record.speakers;
    if let Some((speaker, start)) = speakers.floor.take() {
        speakers.turns.push(Turn {
            speaker,
            session: session.to_owned(),
            start,
            end: at.max(start),
        });
    }
    if let Some(next) = next {
        speakers.queue.retain(|s| *s != next);
        speakers.floor = Some((next, at));
    }
    inverse
}

/// The op that puts the speaker queue back as it is now. Speaker ops only ever append turns,
/// so remembering how many there are is enough to take new ones back.
fn restore_op(record: &Record) -> Op {
    let s = &record.speakers;
    Op::RestoreSpeakers {
        queue: s.queue.clone(),
        floor: s.floor.clone(),
        turns: s.turns.len(),
        append: Vec::new(),
        progressive: s.progressive,
    }
}
