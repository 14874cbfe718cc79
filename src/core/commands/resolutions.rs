//! Recording resolutions: text, how they were decided, their status and what they link to.

use chrono::NaiveDateTime;

use super::capture::new_resolution;
use super::elections::{election_line, parse_election};
use super::votes::{VOTE_HINT, parse_vote};
use super::{Ops, Refusal, filing_session, refuse, unknown};
use crate::core::op::Op;
use crate::core::record::{
    Count, Decision, Id, Method, Record, Resolution, ResolutionStatus, Sense,
};

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
    // A proposal an adopted resolution selects was decided where the resolution was.
    let decide = |proposal, decision: Decision| Op::Decide {
        proposal,
        session: (decision != Decision::Open).then(|| after.session.clone()),
        decision,
    };
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
        && record.proposal(p).is_some_and(|p| p.decision.is_selected())
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
/// against, abstain, each exact or approximate ("over 100 3 2", "about 60 10 5"; see
/// [`parse_vote`]). Counts that contradict the resolution's status (more against than for on
/// an adopted one) are refused with the counts, as [`cycle_status`] refuses.
pub fn record_vote(record: &Record, id: Id, answer: &str) -> Ops {
    let Some(method) = parse_vote(answer) else {
        return refuse(VOTE_HINT);
    };
    settle(record, id, |r| r.method = method)
}

/// Records how the room decided, as chosen from [`METHODS`]; refused, like [`record_vote`],
/// when it would leave a counted vote contradicting the status.
pub fn record_method(record: &Record, id: Id, method: Method) -> Ops {
    settle(record, id, |r| r.method = method)
}

/// Records that the outcome is to be confirmed later, by whom the room said (`by`, free text:
/// "the board"; empty when it did not say).
pub fn record_to_be_confirmed(record: &Record, id: Id, by: &str) -> Ops {
    let by = by.trim().to_owned();
    edit(record, id, |r| r.method = Method::ToBeConfirmed { by })
}

/// Records a resolution as an election, from a line like `2 seats: Ana Ruiz 20, Ben 14, Cy 3;
/// blank 1; elected Ana Ruiz, Ben` (see [`parse_election`]); its text stays the post. A line
/// that cannot be read is refused with what to fix. The status is left as it is, as a vote
/// leaves it: the status key settles it.
pub fn record_election(record: &Record, id: Id, line: &str) -> Ops {
    let election = parse_election(line)?;
    edit(record, id, |r| r.method = Method::Election(election))
}

/// How a method reads in the election prompt, ready to correct (see [`election_line`]), or
/// nothing when it is not an election.
pub fn election_answer(method: &Method) -> String {
    match method {
        Method::Election(election) => election_line(election),
        _ => String::new(),
    }
}

/// A way of deciding the screen offers: a method as it is, or one that needs more asked first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MethodChoice {
    /// This method, ready to record.
    Is(Method),
    /// A vote: the counts are asked next.
    Vote,
    /// To be confirmed later: who confirms it is asked next.
    ToBeConfirmed,
    /// An election: the seats, candidates, votes and who was elected are asked next.
    Election,
}

/// Every way a room decides, as the screen offers them, with what each is called there.
pub const METHODS: [(&str, MethodChoice); 9] = [
    (
        "a vote, counted (for, against, abstain)",
        MethodChoice::Vote,
    ),
    ("consensus", MethodChoice::Is(Method::Consensus)),
    (
        "show of hands, not counted",
        MethodChoice::Is(Method::ShowOfHands),
    ),
    (
        "sense of the room: strong",
        MethodChoice::Is(Method::SenseOfRoom(Sense::Strong)),
    ),
    (
        "sense of the room: weak",
        MethodChoice::Is(Method::SenseOfRoom(Sense::Weak)),
    ),
    (
        "sense of the room: none opposed",
        MethodChoice::Is(Method::SenseOfRoom(Sense::NoneOpposed)),
    ),
    (
        "the chair's declaration",
        MethodChoice::Is(Method::ChairDeclared),
    ),
    (
        "to be confirmed later (by whom)",
        MethodChoice::ToBeConfirmed,
    ),
    (
        "an election (seats, candidates, votes, who was elected)",
        MethodChoice::Election,
    ),
];

/// The place in [`METHODS`] of the way `method` was chosen, so the picker opens on it.
pub fn method_choice(method: &Method) -> Option<usize> {
    METHODS
        .iter()
        .position(|(_, choice)| match (choice, method) {
            (MethodChoice::Vote, Method::Vote { .. })
            | (MethodChoice::ToBeConfirmed, Method::ToBeConfirmed { .. })
            | (MethodChoice::Election, Method::Election(_)) => true,
            (MethodChoice::Is(m), method) => m == method,
            _ => false,
        })
}

/// Why a resolution's counted vote contradicts its status, in words that give the counts:
/// "the vote was 24 for, 3 against — more for than against". None when it does not: no vote
/// counted, for or against not given, a tie, a status the counts agree with or do not settle,
/// or approximate counts that may not say more for than against ("over 50 for, over 40
/// against").
pub fn contradiction(resolution: &Resolution) -> Option<Refusal> {
    let Method::Vote {
        for_: Some(for_),
        against: Some(against),
        ..
    } = resolution.method
    else {
        return None;
    };
    // Surely more: the fewest one count can stand for beats the most the other can.
    let more = |a: Count, b: Count| b.most().is_some_and(|most| a.least() > most);
    let more = match resolution.status {
        ResolutionStatus::Rejected if more(for_, against) => "more for than against",
        ResolutionStatus::Adopted if more(against, for_) => "more against than for",
        _ => return None,
    };
    Some(Refusal(format!(
        "the vote was {for_} for, {against} against — {more}"
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
