//! Undo and redo: the live record with the history of its changes.
//!
//! The journal stores [`Entry`]s: a [`Change`], not a bare op, so undo and redo replay exactly
//! as they happened and the history survives a restart, and who sent it. Each writer in the
//! room has its own history within the one record: a writer's undo takes back that writer's
//! own latest change, never someone else's.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::op::{Op, OpError, apply};
use super::record::{Id, Record};
use super::room::WriterId;

mod keyed;

/// One entry of a record's journal: a new op, or a step back or forward through history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Change")]
// A change lives only between the screen and the journal, one at a time: boxing its op would
// cost an allocation per change to save bytes on the rare undo and redo.
#[allow(clippy::large_enum_variant)]
pub enum Change {
    /// Applies an op.
    #[serde(rename = "Do")]
    Do(Op),
    /// Takes back the latest change still in effect.
    #[serde(rename = "Undo")]
    Undo,
    /// Applies again the latest change taken back.
    #[serde(rename = "Redo")]
    Redo,
}

/// Why a change could not be made.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ChangeError {
    /// The op does not fit the record.
    #[error(transparent)]
    Op(#[from] OpError),
    /// Undo with nothing to take back.
    #[error("nothing to undo")]
    NothingToUndo,
    /// Redo with nothing taken back.
    #[error("nothing to redo")]
    NothingToRedo,
}

/// An op that took effect, with the op that takes it back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Step")]
pub struct Step {
    /// The op as it was made.
    #[serde(rename = "op")]
    pub op: Op,
    /// The op that undoes it, computed when it was applied.
    #[serde(rename = "inverse")]
    pub inverse: Op,
    /// Who made it, and so whose undo takes it back. Left out for the host, so snapshots of
    /// a record only the host wrote encode as before.
    #[serde(default, skip_serializing_if = "WriterId::is_host")]
    #[serde(rename = "writer")]
    pub writer: WriterId,
}

/// The record as it stands, with its undo and redo stacks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Live")]
pub struct Live {
    /// The record.
    #[serde(rename = "record")]
    pub record: Record,
    /// Changes that can be undone, oldest first.
    #[serde(rename = "undo")]
    pub undo: Vec<Step>,
    /// Changes undone that can be redone, most recently undone last.
    #[serde(rename = "redo")]
    pub redo: Vec<Step>,
    /// The number of the last change accepted from each joined writer: what makes a resend
    /// land once. Kept here so a snapshot keeps it; left out when empty (only the host wrote).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[serde(rename = "numbers", deserialize_with = "keyed::read")]
    pub numbers: BTreeMap<WriterId, u64>,
    /// Which joined writer created each item it created (the host's own are not listed): a
    /// note-taker may edit only its own.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[serde(rename = "owners", deserialize_with = "keyed::read")]
    pub owners: BTreeMap<Id, WriterId>,
}

impl Live {
    /// A live record with no history.
    pub fn new(record: Record) -> Live {
        Live {
            record,
            undo: Vec::new(),
            redo: Vec::new(),
            numbers: BTreeMap::new(),
            owners: BTreeMap::new(),
        }
    }

    /// Makes one change of the host's own; a refused change leaves everything as it was.
    pub fn apply(&mut self, change: &Change) -> Result<(), ChangeError> {
        self.apply_by(WriterId::HOST, change)
    }

    /// Makes one journal entry's change as its writer's, and remembers its number; a refused
    /// entry leaves everything as it was. Replaying a journal and following the host's order
    /// both come here, so every replica keeps the same histories.
    pub fn apply_entry(&mut self, entry: &Entry) -> Result<(), ChangeError> {
        self.apply_by(entry.writer, &entry.change)?;
        if !entry.writer.is_host() {
            let last = self.numbers.entry(entry.writer).or_default();
            *last = (*last).max(entry.number);
            if let Change::Do(op) = &entry.change {
                for id in created(op) {
                    self.owners.insert(id, entry.writer);
                }
            }
        }
        Ok(())
    }

    /// The latest change of `writer`'s still in effect, which its undo would take back.
    pub fn last_step(&self, writer: WriterId) -> Option<&Step> {
        self.undo.iter().rev().find(|s| s.writer == writer)
    }

    /// The latest change of `writer`'s taken back, which its redo would apply again.
    pub fn last_undone(&self, writer: WriterId) -> Option<&Step> {
        self.redo.iter().rev().find(|s| s.writer == writer)
    }

    /// Makes one change as `writer`'s: undo and redo take back and put back that writer's own
    /// latest change, and a new change clears only that writer's redo.
    fn apply_by(&mut self, writer: WriterId, change: &Change) -> Result<(), ChangeError> {
        match change {
            Change::Do(op) => {
                let inverse = apply(&mut self.record, op)?;
                // Moving between sessions is navigation: undo should take back work, not walks.
                if !op.is_navigation() {
                    self.undo.push(Step {
                        op: op.clone(),
                        inverse,
                        writer,
                    });
                    self.redo.retain(|s| s.writer != writer);
                }
            }
            Change::Undo => {
                let at = position(&self.undo, writer).ok_or(ChangeError::NothingToUndo)?;
                let inverse = &self.undo[at].inverse;
                apply(&mut self.record, inverse)?;
                let step = self.undo.remove(at);
                self.redo.push(step);
            }
            Change::Redo => {
                let at = position(&self.redo, writer).ok_or(ChangeError::NothingToRedo)?;
                let inverse = apply(&mut self.record, &self.redo[at].op)?;
                let step = self.redo.remove(at);
                self.undo.push(Step {
                    op: step.op,
                    inverse,
                    writer,
                });
            }
        }
        Ok(())
    }
}

/// Where `writer`'s latest step sits in a history.
fn position(steps: &[Step], writer: WriterId) -> Option<usize> {
    steps.iter().rposition(|s| s.writer == writer)
}

/// The ids of the items an op creates (a new note, proposal, action, strategy or resolution).
pub fn created(op: &Op) -> Vec<Id> {
    match op {
        Op::AddNote(n) => vec![n.id],
        Op::AddProposal(p) => vec![p.id],
        Op::AddAction { action, .. } => vec![action.id],
        Op::AddStrategy { id, .. } => vec![*id],
        Op::AddResolution(r) => vec![r.id],
        Op::Batch(ops) => ops.iter().flat_map(created).collect(),
        _ => Vec::new(),
    }
}

/// One entry of a record's journal: a change, and which writer sent it under which of its own
/// numbers. The host's own changes carry no number (0): its keys are never sent twice.
///
/// On disk an entry of the host's is its change alone, exactly as journals were written before
/// the room (so every old journal reads as the host's); a joined writer's is
/// `{"By":{"writer":W,"number":N,"change":…}}`, which a plenary from before the room refuses
/// as a change it does not know, reading everything before it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Who sent it.
    pub writer: WriterId,
    /// The writer's own number for it (0 for the host's).
    pub number: u64,
    /// The change.
    pub change: Change,
}

impl Entry {
    /// A change of the host's own.
    pub fn host(change: Change) -> Entry {
        Entry {
            writer: WriterId::HOST,
            number: 0,
            change,
        }
    }

    /// Whether it is written as a bare change, as journals were before the room.
    fn is_bare(&self) -> bool {
        self.writer.is_host() && self.number == 0
    }
}

/// An entry as written: the variants of [`Change`] under their own names, and `By` for a
/// joined writer's.
#[derive(Serialize, Deserialize)]
#[serde(rename = "Change")]
enum Wire<C, O> {
    #[serde(rename = "Do")]
    Do(O),
    #[serde(rename = "Undo")]
    Undo,
    #[serde(rename = "Redo")]
    Redo,
    #[serde(rename = "By")]
    By(By<C>),
}

/// A joined writer's entry, as written inside `By`.
#[derive(Serialize, Deserialize)]
#[serde(rename = "By")]
struct By<C> {
    #[serde(rename = "writer")]
    writer: WriterId,
    #[serde(rename = "number")]
    number: u64,
    #[serde(rename = "change")]
    change: C,
}

impl Serialize for Entry {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let wire: Wire<&Change, &Op> = match (&self.change, self.is_bare()) {
            (Change::Do(op), true) => Wire::Do(op),
            (Change::Undo, true) => Wire::Undo,
            (Change::Redo, true) => Wire::Redo,
            (change, false) => Wire::By(By {
                writer: self.writer,
                number: self.number,
                change,
            }),
        };
        wire.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Entry {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Entry, D::Error> {
        Ok(match Wire::<Change, Op>::deserialize(deserializer)? {
            Wire::Do(op) => Entry::host(Change::Do(op)),
            Wire::Undo => Entry::host(Change::Undo),
            Wire::Redo => Entry::host(Change::Redo),
            Wire::By(by) => Entry {
                writer: by.writer,
                number: by.number,
                change: by.change,
            },
        })
    }
}
