//! Undo and redo: the live record with the history of its changes.
//!
//! The journal stores [`Change`]s, not bare ops, so undo and redo replay exactly as they
//! happened and the history survives a restart.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::op::{Op, OpError, apply};
use super::record::Record;

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
}

impl Live {
    /// A live record with no history.
    pub fn new(record: Record) -> Live {
        Live {
            record,
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }

    /// Makes one change; a refused change leaves everything as it was.
    pub fn apply(&mut self, change: &Change) -> Result<(), ChangeError> {
        match change {
            Change::Do(op) => {
                let inverse = apply(&mut self.record, op)?;
                // Moving between sessions is navigation: undo should take back work, not walks.
                if !op.is_navigation() {
                    self.undo.push(Step {
                        op: op.clone(),
                        inverse,
                    });
                    self.redo.clear();
                }
            }
            Change::Undo => {
                let step = self.undo.pop().ok_or(ChangeError::NothingToUndo)?;
                match apply(&mut self.record, &step.inverse) {
                    Ok(_) => self.redo.push(step),
                    Err(e) => {
                        self.undo.push(step);
                        return Err(e.into());
                    }
                }
            }
            Change::Redo => {
                let step = self.redo.pop().ok_or(ChangeError::NothingToRedo)?;
                match apply(&mut self.record, &step.op) {
                    Ok(inverse) => self.undo.push(Step {
                        op: step.op,
                        inverse,
                    }),
                    Err(e) => {
                        self.redo.push(step);
                        return Err(e.into());
                    }
                }
            }
        }
        Ok(())
    }
}
