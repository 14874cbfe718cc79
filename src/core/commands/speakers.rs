//! The speaker queue: hands, the floor and the order they are called in.

use chrono::NaiveDateTime;

use super::{Ops, Refusal, refuse, session};
use crate::core::op::Op;
use crate::core::record::Record;

/// Raises a hand: a participant id, or a name as typed for someone not on the list.
pub fn raise_hand(record: &Record, speaker: &str) -> Ops {
    let speaker = speaker.trim();
    if speaker.is_empty() {
        return refuse("a hand needs a name");
    }
    if record.speakers.queue.iter().any(|s| s == speaker) {
        return refuse(format!("{speaker} is already in the queue"));
    }
    Ok(vec![Op::RaiseHand {
        speaker: speaker.to_owned(),
    }])
}

/// Lowers a hand in the queue.
pub fn lower_hand(record: &Record, speaker: &str) -> Ops {
    if !record.speakers.queue.iter().any(|s| s == speaker) {
        return refuse(format!("{speaker} is not in the queue"));
    }
    Ok(vec![Op::LowerHand {
        speaker: speaker.to_owned(),
    }])
}

/// Ends the turn on the floor and gives it to who is next, in `session` at `now`.
pub fn next_speaker(record: &Record, id: &str, now: NaiveDateTime) -> Ops {
    session(record, id)?;
    if record.speakers.queue.is_empty() && record.speakers.floor.is_none() {
        return refuse("nobody is in the queue");
    }
    Ok(vec![Op::NextSpeaker {
        session: id.to_owned(),
        at: now,
    }])
}

/// Ends the turn on the floor, in `session` at `now`; nobody has it after.
pub fn end_turn(record: &Record, id: &str, now: NaiveDateTime) -> Ops {
    session(record, id)?;
    if record.speakers.floor.is_none() {
        return refuse("nobody has the floor");
    }
    Ok(vec![Op::EndTurn {
        session: id.to_owned(),
        at: now,
    }])
}

/// Turns progressive ordering (who spoke least goes first) on or off. Returns the ops and
/// the words that say what the queue now does.
pub fn toggle_progressive(record: &Record) -> Result<(Vec<Op>, &'static str), Refusal> {
    let on = !record.speakers.progressive;
    let said = if on {
        "progressive ordering: who spoke least goes first"
    } else {
        "hands in the order they went up"
    };
    Ok((vec![Op::SetProgressive(on)], said))
}
