//! Recording resolutions: text, how they were decided, their status and what they link to.

use chrono::NaiveDateTime;

use super::capture::new_resolution;
use super::{Ops, Refusal, filing_session, refuse, unknown};
use crate::core::op::Op;
use crate::core::record::{Decision, Id, Method, Record, Resolution, ResolutionStatus};

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

/// The resolution changed as `change` says.
fn changed(
    record: &Record,
    id: Id,
    change: impl FnOnce(&mut Resolution),
) -> Result<Resolution, Refusal> {
    let Some(mut resolution) = record.resolution(id).cloned() else {
        return unknown("resolution", id);
    };
    change(&mut resolution);
    Ok(resolution)
}

/// The resolution changed as `change` says, as its op and what follows from it for the
/// proposal it settles (see [`proposal_follows`]), all one change.
fn edit(record: &Record, id: Id, change: impl FnOnce(&mut Resolution)) -> Ops {
    let resolution = changed(record, id, change)?;
    Ok(with_proposal(record, resolution))
}

/// [`edit`], refused when the changed resolution's vote and status contradict each other.
fn settle(record: &Record, id: Id, change: impl FnOnce(&mut Resolution)) -> Ops {
    let resolution = changed(record, id, change)?;
    match contradiction(&resolution) {
        Some(why) => Err(why),
        None => Ok(with_proposal(record, resolution)),
    }
}

/// The op that saves `resolution`, then the decisions its proposals take from it.
fn with_proposal(record: &Record, resolution: Resolution) -> Vec<Op> {
    let follows = proposal_follows(record, &resolution);
    std::iter::once(Op::EditResolution(resolution))
        .chain(follows)
        .collect()
}

/// What a resolution's change means for the proposal it settles: adopting a resolution that
/// carries an open proposal selects that proposal, so Proposals and the minutes say what the
/// room adopted. When an adopted resolution stops being adopted, or stops carrying its
/// proposal, that proposal is open again if it was selected and no other adopted resolution
/// carries it: the adoption it stood on is gone. A parked or merged proposal stands as it is.
fn proposal_follows(record: &Record, after: &Resolution) -> Vec<Op> {
    let adopted = |r: &Resolution| r.status == ResolutionStatus::Adopted;
    let decide = |proposal, decision| Op::Decide { proposal, decision };
    let mut ops = Vec::new();
    let before = record.resolution(after.id);
    // Only a change of status or of the proposal carried says anything of the proposal: a
    // reworded resolution leaves every decision as it stands, in records from before this
    // rule too.
    if before.is_some_and(|b| b.status == after.status && b.proposal == after.proposal) {
        return ops;
    }
    if let Some(p) = before.filter(|b| adopted(b)).and_then(|b| b.proposal)
        && !(adopted(after) && after.proposal == Some(p))
        && record
            .proposal(p)
            .is_some_and(|p| p.decision == Decision::Selected)
        && !record
            .resolutions
            .iter()
            .any(|r| r.id != after.id && adopted(r) && r.proposal == Some(p))
    {
        ops.push(decide(p, Decision::Open));
    }
    if let Some(p) = after.proposal.filter(|_| adopted(after))
        && record
            .proposal(p)
            .is_some_and(|p| p.decision == Decision::Open)
    {
        ops.push(decide(p, Decision::Selected));
    }
    ops
}

/// Rewords a resolution.
pub fn edit_resolution_text(record: &Record, id: Id, text: &str) -> Ops {
    edit(record, id, |r| text.clone_into(&mut r.text))
}

/// Moves a resolution's status on: proposed → adopted → rejected → deferred → proposed. A status
/// its counted vote contradicts is refused with the counts (see [`contradiction`]); the screen
/// asks, and [`confirm_outcome`] saves what the room confirms.
pub fn cycle_status(record: &Record, id: Id) -> Ops {
    settle(record, id, |r| r.status = next_status(r.status))
}

/// The status [`cycle_status`] moves a resolution on to.
pub fn next_status(status: ResolutionStatus) -> ResolutionStatus {
    match status {
        ResolutionStatus::Proposed => ResolutionStatus::Adopted,
        ResolutionStatus::Adopted => ResolutionStatus::Rejected,
        ResolutionStatus::Rejected => ResolutionStatus::Deferred,
        ResolutionStatus::Deferred => ResolutionStatus::Proposed,
    }
}

/// Records that nobody objected.
pub fn record_consensus(record: &Record, id: Id) -> Ops {
    edit(record, id, |r| r.method = Method::Consensus)
}

/// Records the votes counted in the room from an answer like "24 3 2" or "24-3-2": for,
/// against, abstain. Counts that contradict the resolution's status (more against than for on
/// an adopted one) are refused with the counts, as [`cycle_status`] refuses.
pub fn record_vote(record: &Record, id: Id, answer: &str) -> Ops {
    let Some(method) = parse_vote(answer) else {
        return refuse("type three numbers: for, against, abstain");
    };
    settle(record, id, |r| r.method = method)
}

/// Why a resolution's counted vote contradicts its status, in words that give the counts:
/// "the vote was 24 for, 3 against, 2 abstaining — more for than against". None when it does
/// not: no vote counted, a tie, or a status the counts agree with or do not settle.
pub fn contradiction(resolution: &Resolution) -> Option<Refusal> {
    let Method::Vote {
        for_,
        against,
        abstain,
    } = resolution.method
    else {
        return None;
    };
    let more = match resolution.status {
        ResolutionStatus::Rejected if for_ > against => "more for than against",
        ResolutionStatus::Adopted if against > for_ => "more against than for",
        _ => return None,
    };
    Some(Refusal(format!(
        "the vote was {for_} for, {against} against, {abstain} abstaining — {more}"
    )))
}

/// Sets a resolution's status and method as the room confirmed them after a [`contradiction`]
/// was pointed out: the chair's call stands, whatever the counts.
pub fn confirm_outcome(record: &Record, id: Id, status: ResolutionStatus, method: Method) -> Ops {
    edit(record, id, |r| {
        r.status = status;
        r.method = method;
    })
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
