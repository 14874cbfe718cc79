//! What each role may change. Note-takers capture: notes and every routed prefix (an action
//! for the board, a proposal, a resolution as proposed), edits of the items they created, and
//! the speaker queue. Everything else — moving the agenda and the timer, deciding and scoring
//! proposals, settling resolutions, restructuring the board — is the facilitator's.

use super::Role;
use crate::core::op::Op;
use crate::core::record::{Decision, Id, Record, ResolutionStatus};

/// Whether a writer in `role` may make `op` on `record`; `mine` says whether the writer
/// created an item. An item the record does not have is left for the op to refuse.
pub(super) fn permits(
    role: Role,
    op: &Op,
    record: &Record,
    mine: &dyn Fn(Id) -> bool,
) -> Result<(), String> {
    if role == Role::Facilitator {
        return Ok(());
    }
    let own = |id: Id, what: &str| {
        if mine(id) || !exists(record, id) {
            Ok(())
        } else {
            Err(format!(
                "a note-taker can change only what they captured, and {what} {id} is not yours; ask the facilitator"
            ))
        }
    };
    match op {
        Op::Batch(ops) => ops
            .iter()
            .try_for_each(|op| permits(role, op, record, mine)),
        Op::AddNote(_) | Op::AddAction { strategy: None, .. } => Ok(()),
        Op::AddProposal(p) if p.decision == Decision::Open && p.scores.is_empty() => Ok(()),
        Op::AddResolution(r) if r.status == ResolutionStatus::Proposed => Ok(()),
        Op::EditNote { id, .. } | Op::DeleteNote { id } => own(*id, "note"),
        Op::RestoreNote { note } => own(note.id, "note"),
        Op::EditAction { id, .. } | Op::DeleteAction { id } => own(*id, "action"),
        Op::EditProposal { id, .. } | Op::DeleteProposal { id } => own(*id, "proposal"),
        Op::DeleteResolution { id } => own(*id, "resolution"),
        Op::EditResolution(r) => {
            own(r.id, "resolution")?;
            match record.resolution(r.id) {
                Some(was) if was.status == r.status && was.method == r.method => Ok(()),
                Some(_) => Err(facilitator_only("settle a resolution")),
                None => Ok(()),
            }
        }
        Op::RaiseHand { .. }
        | Op::LowerHand { .. }
        | Op::NextSpeaker { .. }
        | Op::EndTurn { .. }
        | Op::RestoreSpeakers { .. } => Ok(()),
        op => Err(facilitator_only(what(op))),
    }
}

/// Whether the record holds an item with this id.
fn exists(record: &Record, id: Id) -> bool {
    record.note(id).is_some()
        || record.proposal(id).is_some()
        || record.action(id).is_some()
        || record.strategy(id).is_some()
        || record.resolution(id).is_some()
}

/// The refusal of an op only the facilitator makes.
fn facilitator_only(what: &str) -> String {
    format!("only the facilitator can {what}; you are taking notes")
}

/// What a facilitator-only op does, in the words of the refusal.
fn what(op: &Op) -> &'static str {
    match op {
        Op::SetCurrent { .. } => "move the agenda to another session",
        Op::StartSession { .. }
        | Op::PauseSession { .. }
        | Op::EndSession { .. }
        | Op::SkipSession { .. }
        | Op::RestoreRun { .. }
        | Op::SetHeldTimes { .. } => "start, pause, end or skip a session",
        Op::AddSession { .. }
        | Op::RemoveSession { .. }
        | Op::MoveSession { .. }
        | Op::SetSessionMinutes { .. }
        | Op::RenameSession { .. }
        | Op::SplitSession { .. } => "change the agenda",
        Op::AddProposal(_)
        | Op::RestoreProposal { .. }
        | Op::Score { .. }
        | Op::SetDots { .. }
        | Op::Decide { .. } => "weigh or decide proposals",
        Op::AddResolution(_) | Op::EditResolution(_) | Op::RestoreResolution { .. } => {
            "settle a resolution"
        }
        Op::SetProgressive(_) => "change how the speaker queue is ordered",
        Op::SetActionProgress { .. } => "set an action's status",
        _ => "restructure the board",
    }
}
