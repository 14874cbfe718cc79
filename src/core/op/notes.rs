//! Note ops: capture, edit, delete and put back.

use super::{Op, OpError, add_listed, index_of, session_exists};
use crate::core::record::{Id, Note, NoteKind, Record};

/// Captures a note, or puts a deleted one back: in id order, which is where it was, so the
/// place it was deleted from needs no remembering.
pub(super) fn add(record: &mut Record, note: &Note) -> Result<Op, OpError> {
    session_exists(record, &note.session)?;
    let id = add_listed(record, note)?;
    Ok(Op::DeleteNote { id })
}

/// Changes a note's kind, text and speaker.
pub(super) fn edit(
    record: &mut Record,
    id: Id,
    kind: NoteKind,
    text: &str,
    speaker: Option<&String>,
) -> Result<Op, OpError> {
    // From the newest: the note edited is nearly always one just captured.
    let note = record
        .notes
        .iter_mut()
        .rev()
        .find(|n| n.id == id)
        .ok_or(OpError::Unknown("note", id))?;
    Ok(Op::EditNote {
        id,
        kind: std::mem::replace(&mut note.kind, kind),
        text: std::mem::replace(&mut note.text, text.to_owned()),
        speaker: std::mem::replace(&mut note.speaker, speaker.cloned()),
    })
}

/// Deletes a note.
pub(super) fn delete(record: &mut Record, id: Id) -> Result<Op, OpError> {
    let index = index_of(&record.notes, |n| n.id == id, "note", id)?;
    let note = record.notes.remove(index);
    Ok(Op::RestoreNote { note })
}
