//! Reading a record: the journal replayed over the latest snapshot that proves it belongs, up
//! to the first change that is damaged, cannot be read or does not apply. Reading never
//! writes: what follows the stop is left where it is, for [`super::Store::open`] to judge.

use std::fs::File;
use std::path::Path;

use super::agenda_file::{self, parse_agenda};
use super::snapshot::{self, Snapshot};
use super::{AGENDA_FILE, JOURNAL_FILE, SNAPSHOT_FILE, StoreError, io, journal};
use crate::core::history::{ChangeError, Entry, Live};
use crate::core::record::Record;

/// Why reading a journal stopped before its end. The change it stopped at is number
/// [`Loaded::changes`] + 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stop {
    /// A torn or damaged last change, nothing whole after it: all a crash leaves. Only a
    /// writer about to append sets those bytes aside and cuts them.
    Tail,
    /// A damaged change with whole changes after it: damage in the middle, never cut.
    Damaged,
    /// A whole change, its checksum right, that this plenary cannot decode (an op of a newer
    /// version).
    Unreadable,
    /// A whole change that does not apply to the record before it.
    Refused(ChangeError),
}

/// A record read from disk.
#[derive(Debug)]
pub struct Loaded {
    /// The record with its history, as of the last change read.
    pub live: Live,
    /// How many changes were read.
    pub changes: u64,
    /// How many of them were replayed from the journal (the rest came from the snapshot).
    pub replayed: u64,
    /// Bytes of the journal up to the end of the last change read.
    pub good_len: u64,
    /// Bytes past `good_len` that were not read, and why.
    pub damage: Option<(u64, String)>,
    /// Things the user should know about the load.
    pub warnings: Vec<String>,
    /// Bytes that follow the change reading stopped at: 0 when it is a torn tail (all a crash
    /// leaves); more when the journal is damaged in its middle, which opening it for writing
    /// refuses to cut.
    pub after_damage: u64,
    /// Why reading stopped before the journal's end, if it did.
    pub stop: Option<Stop>,
    /// The entries replayed from the journal (those after the snapshot), in order: what the
    /// room's host rebuilds each writer's accepted numbers from.
    pub entries: Vec<Entry>,
}

impl Loaded {
    /// Whether [`super::Store::open`] takes this record: it refuses one whose reading stopped
    /// anywhere but at a torn tail, touching nothing.
    pub fn opens_for_writing(&self) -> bool {
        matches!(self.stop, None | Some(Stop::Tail))
    }
}

/// The bytes of a record's files, as [`decode`] reads them.
#[derive(Clone, Copy, Debug)]
pub struct RecordBytes<'a> {
    /// The agenda copy, if the file is there.
    pub agenda: Option<&'a [u8]>,
    /// The journal.
    pub journal: &'a [u8],
    /// The snapshot, if the file is there.
    pub snapshot: Option<&'a [u8]>,
}

/// A record's files as read from its folder.
pub(super) struct RecordFiles {
    pub(super) agenda: Option<Vec<u8>>,
    pub(super) journal: Vec<u8>,
    snapshot: Option<Vec<u8>>,
}

impl RecordFiles {
    /// Reads the files of the record in `dir`.
    pub(super) fn read(dir: &Path) -> Result<RecordFiles, StoreError> {
        let journal_path = dir.join(JOURNAL_FILE);
        let journal = match std::fs::read(&journal_path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(StoreError::NotARecord {
                    path: dir.to_owned(),
                    why: format!("it has no {JOURNAL_FILE} file"),
                });
            }
            Err(e) => return Err(io(&journal_path)(e)),
        };
        let agenda = read_agenda(dir)?;
        // A snapshot that does not read is ignored (with a warning when it is there but
        // damaged): the journal alone rebuilds the record.
        let snapshot = std::fs::read(dir.join(SNAPSHOT_FILE)).ok();
        Ok(RecordFiles {
            agenda,
            journal,
            snapshot,
        })
    }

    /// The files as [`decode`] takes them.
    pub(super) fn bytes(&self) -> RecordBytes<'_> {
        RecordBytes {
            agenda: self.agenda.as_deref(),
            journal: &self.journal,
            snapshot: self.snapshot.as_deref(),
        }
    }
}

/// Reads the record in `dir` without taking its lock or writing anything.
pub fn load(dir: &Path) -> Result<Loaded, StoreError> {
    decode(dir, &RecordFiles::read(dir)?.bytes())
}

/// Rebuilds a record from the bytes of its files, as a reader does; `dir` only names it in
/// messages. Never panics, whatever the bytes: reading stops at the first change that is
/// damaged, cannot be read or does not apply, with a warning naming it and why
/// ([`Loaded::stop`]); a snapshot that does not prove it belongs is ignored with a warning;
/// only a journal that is not one, or a missing or broken agenda copy with no snapshot to
/// stand in, is an error.
pub fn decode(dir: &Path, files: &RecordBytes<'_>) -> Result<Loaded, StoreError> {
    let mut loaded = read(dir, files)?;
    if let Some(warning) = reader_warning(dir, &loaded) {
        loaded.warnings.push(warning);
    }
    Ok(loaded)
}

/// [`decode`] without the warning about where reading stopped, which readers and the writer
/// word differently.
pub(super) fn read(dir: &Path, files: &RecordBytes<'_>) -> Result<Loaded, StoreError> {
    let mut warnings = Vec::new();
    let snapshot = files
        .snapshot
        .and_then(|s| snapshot::read(s, files.journal, files.agenda, &mut warnings));
    let Some(snapshot) = snapshot else {
        return replay(dir, files, None, warnings);
    };
    let mut over = replay(dir, files, Some(snapshot), Vec::new())?;
    if matches!(over.stop, Some(Stop::Refused(_))) {
        // The change after the snapshot may be wrong, or the snapshot: keep whichever reads
        // further, the snapshot on a tie.
        if let Ok(mut alone) = replay(dir, files, None, warnings.clone())
            && alone.changes > over.changes
        {
            alone.warnings.push(format!(
                "{SNAPSHOT_FILE} does not fit the journal; it was ignored and the journal replayed"
            ));
            return Ok(alone);
        }
    }
    over.warnings = warnings;
    Ok(over)
}

/// Replays the journal over the snapshot (or over a fresh record of the agenda) up to the
/// first change that is damaged, cannot be read or does not apply.
fn replay(
    dir: &Path,
    files: &RecordBytes<'_>,
    snapshot: Option<Snapshot>,
    warnings: Vec<String>,
) -> Result<Loaded, StoreError> {
    let bytes = files.journal;
    let from = snapshot.as_ref().map_or(0, |s| s.journal_len);
    let scan = journal::scan(bytes, from).map_err(|e| match e {
        journal::NotAJournal::Newer(_) => StoreError::Newer {
            path: dir.join(JOURNAL_FILE),
            why: e.to_string(),
        },
        journal::NotAJournal::Foreign => StoreError::NotARecord {
            path: dir.to_owned(),
            why: format!("{JOURNAL_FILE}: {e}"),
        },
    })?;
    let (mut live, mut changes) = match snapshot {
        Some(s) => (s.live, s.changes),
        None => (fresh(dir, files.agenda)?, 0),
    };
    let mut good_len = scan.start;
    let mut refused = None;
    let mut entries = Vec::with_capacity(scan.changes.len());
    for (entry, end) in scan.changes {
        if let Err(error) = live.apply_entry(&entry) {
            refused = Some((error, end));
            break;
        }
        changes += 1;
        good_len = end;
        entries.push(entry);
    }
    let replayed = entries.len() as u64;
    let (stop, why, after_damage) = match refused {
        Some((error, end)) => {
            let why = error.to_string();
            (Some(Stop::Refused(error)), why, bytes.len() as u64 - end)
        }
        None => {
            good_len = scan.good_len;
            let stop = scan.damage.as_ref().map(|_| {
                if scan.foreign {
                    Stop::Unreadable
                } else if scan.trailing > 0 {
                    Stop::Damaged
                } else {
                    Stop::Tail
                }
            });
            (stop, scan.damage.unwrap_or_default(), scan.trailing)
        }
    };
    Ok(Loaded {
        live,
        changes,
        replayed,
        good_len,
        damage: stop.as_ref().map(|_| (bytes.len() as u64 - good_len, why)),
        warnings,
        after_damage,
        stop,
        entries,
    })
}

/// A fresh record of the agenda copy, before any change.
fn fresh(dir: &Path, agenda: Option<&[u8]>) -> Result<Live, StoreError> {
    let path = dir.join(AGENDA_FILE);
    let Some(agenda) = agenda else {
        return Err(StoreError::NotARecord {
            path: dir.to_owned(),
            why: format!("it has no {AGENDA_FILE} file"),
        });
    };
    let agenda = parse_agenda(&path.display().to_string(), agenda)?.0;
    Ok(Live::new(Record::new(agenda)))
}

/// What a reader says about where reading stopped: it read what comes before and left the
/// file as it is.
fn reader_warning(dir: &Path, loaded: &Loaded) -> Option<String> {
    let journal = dir.join(JOURNAL_FILE);
    let journal = journal.display();
    let (cut, why) = loaded.damage.as_ref()?;
    let kept = loaded.changes;
    let n = kept + 1;
    Some(match loaded.stop.as_ref()? {
        Stop::Tail => format!(
            "{journal}: the journal ends in {why}; read the {kept} whole changes before it and left the {cut} bytes after them as they are (the next `plenary resume` sets them aside)"
        ),
        Stop::Damaged => format!(
            "{journal}: change {n} of the journal is damaged ({why}) and {} bytes follow it; read the {kept} whole changes before it",
            loaded.after_damage
        ),
        Stop::Unreadable => format!(
            "{journal}: change {n} of the journal is whole but this plenary cannot read it ({why}; written by a newer plenary?); read the {kept} changes before it"
        ),
        Stop::Refused(error) => format!(
            "{journal}: change {n} of the journal does not apply ({error}); read the {kept} changes before it"
        ),
    })
}

/// The record's agenda copy, if the file is there; refused unread when it is too large.
fn read_agenda(dir: &Path) -> Result<Option<Vec<u8>>, StoreError> {
    let path = dir.join(AGENDA_FILE);
    let file = match File::open(&path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io(&path)(e)),
    };
    let mut bytes = Vec::new();
    // One byte past the limit is enough to know the file is too large.
    std::io::Read::read_to_end(
        &mut std::io::Read::take(file, agenda_file::MAX_AGENDA_BYTES as u64 + 1),
        &mut bytes,
    )
    .map_err(io(&path))?;
    Ok(Some(bytes))
}
