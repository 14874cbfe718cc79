//! Snapshots: the live record after the journal's first changes, so a long record opens
//! without replaying them all. A snapshot is only a shortcut: one that does not prove it
//! belongs to this record and this journal is ignored, with a warning, and the journal
//! replayed.
//!
//! Schema 3 (written since the record format was versioned) binds the snapshot to the journal
//! bytes it covers (`journal_crc`, a CRC-32 of the journal up to `journal_len`) and to its
//! record (`agenda_crc`, a CRC-32 of the record's agenda copy), besides the CRC-32 of the
//! record it holds (`crc`). Schemas 1 and 2, written by 0.1.0, carry no binding; they are
//! checked as far as they can be (see docs/RELIABILITY.md, section 1a).

use serde::Deserialize;

use super::SNAPSHOT_FILE;
use super::agenda_file::parse_agenda;
use super::journal;
use crate::core::agenda::Agenda;
use crate::core::history::{Change, Entry, Live};

/// The snapshot format this plenary writes; it reads 1 to this.
pub(crate) const SCHEMA: u32 = 3;

/// A snapshot as read: the live record after the first `changes` journal entries, which end
/// at byte `journal_len`.
pub(super) struct Snapshot {
    pub(super) changes: u64,
    pub(super) journal_len: u64,
    pub(super) live: Live,
}

/// What a snapshot file holds, as read: the record is checked against its checksum before it
/// is decoded.
#[derive(Deserialize)]
struct SnapshotFile<'a> {
    schema: u32,
    changes: u64,
    journal_len: u64,
    #[serde(default)]
    crc: Option<u32>,
    #[serde(default)]
    journal_crc: Option<u32>,
    #[serde(default)]
    agenda_crc: Option<u32>,
    #[serde(borrow)]
    live: &'a serde_json::value::RawValue,
}

/// The bytes of a snapshot (schema 3) of a record whose JSON is `live`, after `changes`
/// changes that end the journal prefix `journal`, in the record whose agenda copy is `agenda`.
pub fn encode(live: &[u8], changes: u64, journal: &[u8], agenda: &[u8]) -> Vec<u8> {
    bound(
        live,
        changes,
        journal.len() as u64,
        crc32fast::hash(journal),
        crc32fast::hash(agenda),
    )
}

/// [`encode`] from the checksums the writer keeps as it goes.
pub(super) fn bound(
    live: &[u8],
    changes: u64,
    journal_len: u64,
    journal_crc: u32,
    agenda_crc: u32,
) -> Vec<u8> {
    let mut bytes = format!(
        "{{\"schema\":{SCHEMA},\"changes\":{changes},\"journal_len\":{journal_len},\"journal_crc\":{journal_crc},\"agenda_crc\":{agenda_crc},\"crc\":{},\"live\":",
        crc32fast::hash(live)
    )
    .into_bytes();
    bytes.extend_from_slice(live);
    bytes.push(b'}');
    bytes
}

/// The snapshot in `bytes`, if it reads and belongs to this journal and record; anything else
/// is a warning, not an error, because the journal alone rebuilds the record.
///
/// Every schema: the record it holds passes its checksum (none in schema 1), and the journal
/// holds exactly `changes` whole changes before `journal_len`. Schema 3: the journal up to
/// there and the agenda copy have the checksums it names. Schemas 1 and 2 name neither, so
/// the agenda it holds must be the one the agenda copy reads as, and its history must end with
/// the journal's change before `journal_len` (that very op still to undo, or something to
/// undo or redo after an undo or a redo). "The agenda it holds" leaves out the sessions, which
/// ops add, move and remove.
pub(super) fn read(
    bytes: &[u8],
    journal: &[u8],
    agenda: Option<&[u8]>,
    warnings: &mut Vec<String>,
) -> Option<Snapshot> {
    match check(bytes, journal, agenda) {
        Ok(snapshot) => Some(snapshot),
        Err(why) => {
            warnings.push(format!(
                "{SNAPSHOT_FILE} {why}; it was ignored and the journal replayed"
            ));
            None
        }
    }
}

fn check(bytes: &[u8], journal: &[u8], agenda: Option<&[u8]>) -> Result<Snapshot, String> {
    let file = serde_json::from_slice::<SnapshotFile<'_>>(bytes)
        .map_err(|_| "does not read".to_owned())?;
    let checked = match (file.schema, file.crc) {
        (1, None) => true,
        (2 | SCHEMA, Some(crc)) => crc32fast::hash(file.live.get().as_bytes()) == crc,
        (schema, _) if schema > SCHEMA => {
            return Err(format!(
                "is of a newer format (schema {schema}) than this plenary reads (1 to {SCHEMA})"
            ));
        }
        _ => return Err("is of a version this plenary does not know".to_owned()),
    };
    if !checked {
        return Err("fails its checksum".to_owned());
    }
    let len = usize::try_from(file.journal_len).unwrap_or(usize::MAX);
    let Some(prefix) = journal.get(..len) else {
        return Err("is ahead of the journal".to_owned());
    };
    let Some((count, last)) = journal::last_frame(journal, file.journal_len) else {
        return Err("does not match the journal".to_owned());
    };
    if count != file.changes {
        return Err("does not match the journal".to_owned());
    }
    if file.schema == SCHEMA {
        bound_to(&file, prefix, agenda)?;
    }
    let live = serde_json::from_str::<Live>(file.live.get()).map_err(|_| "does not read")?;
    if file.schema < SCHEMA {
        unbound_fits(&live, last, agenda)?;
    }
    Ok(Snapshot {
        changes: file.changes,
        journal_len: file.journal_len,
        live,
    })
}

/// Schema 3: the journal prefix and the agenda copy are the ones the snapshot was made of.
fn bound_to(file: &SnapshotFile<'_>, prefix: &[u8], agenda: Option<&[u8]>) -> Result<(), String> {
    if file.journal_crc != Some(crc32fast::hash(prefix)) {
        return Err(
            "does not match the journal it claims to cover (copied from another record?)"
                .to_owned(),
        );
    }
    if file.agenda_crc.is_none() || file.agenda_crc != agenda.map(crc32fast::hash) {
        return Err(
            "does not match the record's agenda copy (copied from another record?)".to_owned(),
        );
    }
    Ok(())
}

/// An agenda with its days emptied: what no op changes.
fn without_sessions(mut agenda: Agenda) -> Agenda {
    for day in &mut agenda.days {
        day.sessions.clear();
    }
    agenda
}

/// Schemas 1 and 2: what can be checked without a binding (see [`read`]).
fn unbound_fits(live: &Live, last: Option<&[u8]>, agenda: Option<&[u8]>) -> Result<(), String> {
    let copy = agenda
        .and_then(|bytes| parse_agenda(super::AGENDA_FILE, bytes).ok())
        .map(|(agenda, _)| without_sessions(agenda));
    if copy != Some(without_sessions(live.record.plan.clone())) {
        return Err(
            "holds another agenda than the record's agenda copy (copied from another record?)"
                .to_owned(),
        );
    }
    let Some(last) = last else {
        return Ok(());
    };
    let fits = match serde_json::from_slice::<Entry>(last) {
        Ok(Entry {
            change: Change::Do(op),
            writer,
            ..
        }) => op.is_navigation() || live.last_step(writer).is_some_and(|step| step.op == op),
        Ok(Entry {
            change: Change::Undo,
            writer,
            ..
        }) => live.last_undone(writer).is_some(),
        Ok(Entry {
            change: Change::Redo,
            writer,
            ..
        }) => live.last_step(writer).is_some(),
        Err(_) => false,
    };
    if fits {
        Ok(())
    } else {
        Err(
            "does not end with the journal's last change before it (copied from another record?)"
                .to_owned(),
        )
    }
}
