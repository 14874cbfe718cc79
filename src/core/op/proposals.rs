//! Proposal ops: add, edit, delete and put back, score, count dots, decide.

use super::{Op, OpError, add_listed, index_of, refuse, session_exists};
use crate::core::record::{Decision, Id, Proposal, Record, SCORE_MAX};

/// Adds a proposal.
pub(super) fn add(record: &mut Record, proposal: &Proposal) -> Result<Op, OpError> {
    check(record, proposal)?;
    let id = add_listed(record, proposal)?;
    Ok(Op::DeleteProposal { id })
}

/// Puts a deleted proposal back where its id belongs.
pub(super) fn restore(record: &mut Record, proposal: &Proposal) -> Result<Op, OpError> {
    add(record, proposal)
}

/// Changes a proposal's title and summary.
pub(super) fn edit(record: &mut Record, id: Id, title: &str, summary: &str) -> Result<Op, OpError> {
    if title.trim().is_empty() {
        return refuse("a proposal needs a title");
    }
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
    if score.is_some_and(|s| s > SCORE_MAX) {
        return refuse(format!("scores run from 0 to {SCORE_MAX}"));
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

/// Records what the meeting decided about a proposal.
pub(super) fn decide(
    record: &mut Record,
    proposal: Id,
    decision: &Decision,
) -> Result<Op, OpError> {
    if let Decision::MergedInto(into) = *decision {
        if into == proposal {
            return refuse("a proposal cannot be merged into itself");
        }
        let target = record
            .proposal(into)
            .ok_or(OpError::Unknown("proposal", into))?;
        if matches!(target.decision, Decision::MergedInto(_)) {
            return refuse(format!(
                "proposal “{}” is itself merged; merge into the one it joined",
                target.title
            ));
        }
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
    Ok(Op::Decide {
        proposal,
        decision: old,
    })
}

fn proposal_mut(record: &mut Record, id: Id) -> Result<&mut Proposal, OpError> {
    record
        .proposals
        .iter_mut()
        .find(|p| p.id == id)
        .ok_or(OpError::Unknown("proposal", id))
}

fn check(record: &Record, proposal: &Proposal) -> Result<(), OpError> {
    if proposal.title.trim().is_empty() {
        return refuse("a proposal needs a title");
    }
    if let Some(s) = &proposal.session {
        session_exists(record, s)?;
    }
    if let Some(c) = proposal
        .scores
        .keys()
        .find(|c| !record.plan.criteria.iter().any(|k| &&k.id == c))
    {
        return refuse(format!("there is no criterion `{c}`"));
    }
    if let Decision::MergedInto(into) = proposal.decision
        && record.proposal(into).is_none()
    {
        return Err(OpError::Unknown("proposal", into));
    }
    Ok(())
}
