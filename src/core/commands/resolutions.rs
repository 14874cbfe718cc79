//! Recording resolutions: text, how they were decided, their status and what they link to.

use chrono::NaiveDateTime;

use super::capture::new_resolution;
use super::{Ops, filing_session, refuse, unknown};
use crate::core::op::Op;
use crate::core::record::{Id, Method, Record, Resolution, ResolutionStatus};

/// Records a resolution in `session` at `now`, proposed, its method not recorded until the room
/// decides.
pub fn add_resolution(
    record: &Record,
    session: Option<&str>,
    text: &str,
    now: NaiveDateTime,
) -> Ops {
    let session = filing_session(record, session, "resolution")?.id.clone();
    Ok(vec![Op::AddResolution(new_resolution(
        record.fresh_id(),
        session,
        text.to_owned(),
        now,
    ))])
}

/// The resolution changed as `change` says, as one op.
fn edit(record: &Record, id: Id, change: impl FnOnce(&mut Resolution)) -> Ops {
    let Some(mut resolution) = record.resolution(id).cloned() else {
        return unknown("resolution", id);
    };
    change(&mut resolution);
    Ok(vec![Op::EditResolution(resolution)])
}

/// Rewords a resolution.
pub fn edit_resolution_text(record: &Record, id: Id, text: &str) -> Ops {
    edit(record, id, |r| text.clone_into(&mut r.text))
}

/// Moves a resolution's status on: proposed → adopted → rejected → deferred → proposed.
pub fn cycle_status(record: &Record, id: Id) -> Ops {
    edit(record, id, |r| {
        r.status = match r.status {
            ResolutionStatus::Proposed => ResolutionStatus::Adopted,
            ResolutionStatus::Adopted => ResolutionStatus::Rejected,
            ResolutionStatus::Rejected => ResolutionStatus::Deferred,
            ResolutionStatus::Deferred => ResolutionStatus::Proposed,
        };
    })
}

/// Records that nobody objected.
pub fn record_consensus(record: &Record, id: Id) -> Ops {
    edit(record, id, |r| r.method = Method::Consensus)
}

/// Records the votes counted in the room from an answer like "24 3 2" or "24-3-2": for,
/// against, abstain.
pub fn record_vote(record: &Record, id: Id, answer: &str) -> Ops {
    let Some(method) = parse_vote(answer) else {
        return refuse("type three numbers: for, against, abstain");
    };
    edit(record, id, |r| r.method = method)
}

/// Three whole numbers in an answer, whatever separates them, as a vote.
pub fn parse_vote(answer: &str) -> Option<Method> {
    let numbers: Vec<u32> = answer
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| !w.is_empty())
        .map(str::parse)
        .collect::<Result<_, _>>()
        .ok()?;
    match numbers[..] {
        [for_, against, abstain] => Some(Method::Vote {
            for_,
            against,
            abstain,
        }),
        _ => None,
    }
}

/// How a method reads in the vote prompt, ready to correct: "24 3 2", or nothing when no vote
/// was counted.
pub fn vote_answer(method: &Method) -> String {
    match method {
        Method::Vote {
            for_,
            against,
            abstain,
        } => format!("{for_} {against} {abstain}"),
        Method::Consensus | Method::NotRecorded => String::new(),
    }
}

/// Links the proposal a resolution settles (or none).
pub fn link_proposal(record: &Record, id: Id, proposal: Option<Id>) -> Ops {
    if let Some(p) = proposal
        && record.proposal(p).is_none()
    {
        return unknown("proposal", p);
    }
    edit(record, id, |r| r.proposal = proposal)
}

/// Sets the actions that follow from a resolution.
pub fn link_actions(record: &Record, id: Id, actions: Vec<Id>) -> Ops {
    if let Some(&a) = actions.iter().find(|&&a| record.action(a).is_none()) {
        return unknown("action", a);
    }
    edit(record, id, |r| r.actions = actions)
}

/// Deletes a resolution; undo brings it back.
pub fn delete_resolution(record: &Record, id: Id) -> Ops {
    match record.resolution(id) {
        Some(_) => Ok(vec![Op::DeleteResolution { id }]),
        None => unknown("resolution", id),
    }
}
