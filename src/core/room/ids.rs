//! The host's ids and times for a change. A writer builds its ops on its own copy of the
//! record, so two writers name the same next id, and each laptop's clock says its own time:
//! the host gives every item a change creates the next id of the record as it stands (and a
//! new session an id no session has), and every time a joined writer's op carries its own
//! clock's value.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDateTime;

use crate::core::op::Op;
use crate::core::record::{Decision, Id, Record, Resolution};

/// `op` with the host's ids, and its times `now` when given. References, later in the same
/// change, to an item the change creates follow it to its new id.
pub(super) fn assign(op: &Op, record: &Record, now: Option<NaiveDateTime>) -> Op {
    let mut op = op.clone();
    let mut fresh = Fresh {
        next: record.next_id,
        ids: BTreeMap::new(),
        sessions: BTreeSet::new(),
        record,
    };
    fresh.visit(&mut op, now);
    op
}

struct Fresh<'r> {
    next: u64,
    /// Ids the writer gave, and the host's for them.
    ids: BTreeMap<Id, Id>,
    /// Session ids this change has created so far.
    sessions: BTreeSet<String>,
    record: &'r Record,
}

impl Fresh<'_> {
    fn visit(&mut self, op: &mut Op, now: Option<NaiveDateTime>) {
        if let Op::Batch(ops) = op {
            ops.iter_mut().for_each(|op| self.visit(op, now));
            return;
        }
        references(op, &mut |id| {
            if let Some(new) = self.ids.get(id) {
                *id = *new;
            }
        });
        match op {
            Op::AddNote(note) => {
                note.id = self.id(note.id);
                stamp(&mut note.at, now);
            }
            Op::AddProposal(p) => p.id = self.id(p.id),
            Op::AddAction { action, .. } => action.id = self.id(action.id),
            Op::AddStrategy { id, .. } => *id = self.id(*id),
            Op::AddResolution(r) => {
                r.id = self.id(r.id);
                stamp(&mut r.at, now);
            }
            Op::AddSession { session, .. } => session.id = self.session(&session.id),
            Op::SplitSession { id, .. } => *id = self.session(id),
            Op::StartSession { at, .. }
            | Op::PauseSession { at, .. }
            | Op::EndSession { at, .. }
            | Op::NextSpeaker { at, .. }
            | Op::EndTurn { at, .. } => stamp(at, now),
            _ => {}
        }
    }

    /// The host's id for an item the writer called `given`.
    fn id(&mut self, given: Id) -> Id {
        let id = Id(self.next);
        self.next = self.next.saturating_add(1);
        self.ids.insert(given, id);
        id
    }

    /// `given`, or `given-2`, `given-3`… the first no session has (nor one this change made).
    fn session(&mut self, given: &str) -> String {
        let taken = |id: &str| self.record.plan.session(id).is_some() || self.sessions.contains(id);
        let mut id = given.to_owned();
        let mut n = 1;
        while taken(&id) {
            n += 1;
            id = format!("{given}-{n}");
        }
        self.sessions.insert(id.clone());
        id
    }
}

fn stamp(at: &mut NaiveDateTime, now: Option<NaiveDateTime>) {
    if let Some(now) = now {
        *at = now;
    }
}

/// Calls `f` on every id an op refers to without creating it.
fn references(op: &mut Op, f: &mut impl FnMut(&mut Id)) {
    match op {
        Op::EditNote { id, .. }
        | Op::DeleteNote { id }
        | Op::EditProposal { id, .. }
        | Op::DeleteProposal { id }
        | Op::EditAction { id, .. }
        | Op::SetActionProgress { id, .. }
        | Op::DeleteAction { id }
        | Op::RenameStrategy { id, .. }
        | Op::MoveStrategy { id, .. }
        | Op::DeleteStrategy { id }
        | Op::DeleteResolution { id }
        | Op::Score { proposal: id, .. }
        | Op::SetDots { proposal: id, .. } => f(id),
        Op::Decide {
            proposal, decision, ..
        } => {
            f(proposal);
            if let Decision::MergedInto(into) = decision {
                f(into);
            }
        }
        Op::AddAction {
            strategy: Some(s), ..
        } => f(s),
        Op::MoveAction { id, strategy, .. } => {
            f(id);
            if let Some(s) = strategy {
                f(s);
            }
        }
        Op::MergeStrategies { from, into } => {
            f(from);
            f(into);
        }
        Op::EditResolution(r) => {
            f(&mut r.id);
            links(r, f);
        }
        Op::AddResolution(r) => links(r, f),
        _ => {}
    }
}

/// A resolution's links: the proposal it settles and the actions that follow from it.
fn links(r: &mut Resolution, f: &mut impl FnMut(&mut Id)) {
    if let Some(p) = &mut r.proposal {
        f(p);
    }
    r.actions.iter_mut().for_each(f);
}
