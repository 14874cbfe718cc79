//! Proposal ops: add, edit, delete and put back, score, count dots, decide.

use super::{Op, OpError, add_listed, index_of, refuse, session_exists};
use crate::core::record::{Decision, Id, Proposal, Record, SCORE_MAX};

/// Adds a proposal.
pub(super) fn add(record: &mut Record, proposal: &Proposal) -> Result<Op, OpError> {
    check_title(&proposal.title)?;
    restore(record, proposal)
}

/// Puts a deleted proposal back where its id belongs. Its title is not checked: an agenda's
/// proposal may have none, and deleting it must be undoable.
pub(super) fn restore(record: &mut Record, proposal: &Proposal) -> Result<Op, OpError> {
    check(record, proposal)?;
    let id = add_listed(record, proposal)?;
    Ok(Op::DeleteProposal { id })
}

/// Changes a proposal's title and summary.
pub(super) fn edit(record: &mut Record, id: Id, title: &str, summary: &str) -> Result<Op, OpError> {
    // The title is not checked here: an agenda's proposal may have none, so undoing its first
    // title must be able to put the empty one back. The screen never builds an empty edit.
    let p = proposal_mut(record, id)?;
    Ok(Op::EditProposal {
        id,
        title: std::mem::replace(&mut p.title, title.to_owned()),
        summary: std::mem::replace(&mut p.summary, summary.to_owned()),
    })
}

/// Deletes a proposal, unlinking the resolutions that settle it.
pub(super) fn delete(record: &mut Record, id: Id) -> Result<Op, OpError> {
    let index = index_of(&record.proposals, |p| p.id == id, "proposal", id)?;
    if let Some(p) = record
        .proposals
        .iter()
        .find(|p| p.decision == Decision::MergedInto(id))
    {
        return refuse(format!(
            "proposal “{}” is merged into this one; decide it again first",
            p.title
        ));
    }
    let mut undo = Vec::new();
    for r in &mut record.resolutions {
        if r.proposal == Some(id) {
            undo.push(Op::EditResolution(r.clone()));
            r.proposal = None;
        }
    }
    let proposal = record.proposals.remove(index);
    undo.insert(0, Op::RestoreProposal { proposal });
    Ok(Op::Batch(undo))
}

/// Scores a proposal on a criterion, or clears the score.
pub(super) fn score(
    record: &mut Record,
    proposal: Id,
    criterion: &str,
    score: Option<u8>,
) -> Result<Op, OpError> {
    if !record.plan.criteria.iter().any(|c| c.id == criterion) {
        return refuse(format!("there is no criterion `{criterion}`"));
    }
    if let Some(s) = score {
        check_score(s)?;
    }
    let p = proposal_mut(record, proposal)?;
    let old = match score {
        Some(s) => p.scores.insert(criterion.to_owned(), s),
        None => p.scores.remove(criterion),
    };
    Ok(Op::Score {
        proposal,
        criterion: criterion.to_owned(),
        score: old,
    })
}

/// Sets a proposal's count of dot votes.
pub(super) fn set_dots(record: &mut Record, proposal: Id, dots: u32) -> Result<Op, OpError> {
    let p = proposal_mut(record, proposal)?;
    let old = std::mem::replace(&mut p.dots, dots);
    Ok(Op::SetDots {
        proposal,
        dots: old,
    })
}

/// Records what the meeting decided about a proposal, and in which session.
pub(super) fn decide(
    record: &mut Record,
    proposal: Id,
    decision: &Decision,
    session: Option<&str>,
) -> Result<Op, OpError> {
    if let Some(s) = session {
        session_exists(record, s)?;
    }
    if let Decision::MergedInto(into) = *decision {
        if into == proposal {
            return refuse("a proposal cannot be merged into itself");
        }
        check_merge_target(record, into)?;
        if record
            .proposals
            .iter()
            .any(|p| p.decision == Decision::MergedInto(proposal))
        {
            return refuse("other proposals are merged into this one; it cannot merge away");
        }
    }
    let p = proposal_mut(record, proposal)?;
    let old = std::mem::replace(&mut p.decision, decision.clone());
    let old_session = std::mem::replace(&mut p.decided_in, session.map(str::to_owned));
    Ok(Op::Decide {
        proposal,
        decision: old,
        session: old_session,
    })
}

fn proposal_mut(record: &mut Record, id: Id) -> Result<&mut Proposal, OpError> {
    record
        .proposals
        .iter_mut()
        .find(|p| p.id == id)
        .ok_or(OpError::Unknown("proposal", id))
}

/// Refuses a proposal a front end would never make: whatever `Score` and `Decide` refuse, a
/// proposal cannot be added holding either, or undoing a later score or decision would be
/// refused in turn.
fn check(record: &Record, proposal: &Proposal) -> Result<(), OpError> {
    for s in [&proposal.session, &proposal.decided_in]
        .into_iter()
        .flatten()
    {
        session_exists(record, s)?;
    }
    if let Some(c) = proposal
        .scores
        .keys()
        .find(|c| !record.plan.criteria.iter().any(|k| &&k.id == c))
    {
        return refuse(format!("there is no criterion `{c}`"));
    }
    for &s in proposal.scores.values() {
        check_score(s)?;
    }
    if let Decision::MergedInto(into) = proposal.decision {
        check_merge_target(record, into)?;
    }
    Ok(())
}

fn check_title(title: &str) -> Result<(), OpError> {
    if title.trim().is_empty() {
        return refuse("a proposal needs a title");
    }
    Ok(())
}

fn check_score(score: u8) -> Result<(), OpError> {
    if score > SCORE_MAX {
        return refuse(format!("scores run from 0 to {SCORE_MAX}"));
    }
    Ok(())
}

/// A proposal can be merged only into one that exists and is not itself merged, so merges
/// never chain.
fn check_merge_target(record: &Record, into: Id) -> Result<(), OpError> {
    let target = record
        .proposal(into)
        .ok_or(OpError::Unknown("proposal", into))?;
    if matches!(target.decision, Decision::MergedInto(_)) {
        return refuse(format!(
            "proposal “{}” is itself merged; merge into the one it joined",
            target.title
        ));
    }
    Ok(())
}
