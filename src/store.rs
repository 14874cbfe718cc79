//! Records on disk: a folder per run of an agenda holding the agenda copy, the journal of
//! changes, an occasional snapshot and the writer's lock.
//!
//! Every change is framed and synced to the journal before [`Store::append`] returns, so the
//! caller may show it as saved. Loading replays the journal over the latest snapshot and cuts
//! a damaged tail back to the last whole change, with a warning.

pub mod agenda_file;
pub mod files;
pub mod follow;
pub mod journal;
pub mod lock;

use std::collections::VecDeque;
use std::fs::File;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use thiserror::Error;

use crate::core::agenda::Agenda;
use crate::core::history::{Change, ChangeError, Live};
use crate::core::record::Record;
use agenda_file::{AgendaError, parse_agenda};
use files::{create_private_dir, private_options, sync_dir, write_atomically};
use lock::LockError;

/// The record's copy of its agenda.
pub const AGENDA_FILE: &str = "agenda.ron";
/// The record's journal of changes.
pub const JOURNAL_FILE: &str = "journal";
/// The record's latest snapshot.
pub const SNAPSHOT_FILE: &str = "snapshot.json";
/// What the writer's screen shows (tab, theme), for followers on a second screen. Not part
/// of the record: losing it loses nothing.
pub const VIEW_FILE: &str = "view.json";

/// How many changes may pile up in the journal before a new snapshot is written. Replaying
/// 10,000 changes takes about 9 ms and reading a snapshot of them (undo history included)
/// about 11 (docs/PERFORMANCE.md), so a snapshot only pays in very long records.
const SNAPSHOT_EVERY: u64 = 50_000;

/// The version of the snapshot format: 2 carries a CRC-32 of the record it holds (1, without
/// one, is still read).
const SNAPSHOT_SCHEMA: u32 = 2;

/// Why a record could not be created, opened or written.
#[derive(Debug, Error)]
pub enum StoreError {
    /// A file operation failed.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder involved.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// Another process writes this record.
    #[error("record {} is open in another plenary{}", .path.display(), .pid.map(|p| format!(" (pid {p})")).unwrap_or_default())]
    Locked {
        /// The record folder.
        path: PathBuf,
        /// The other writer's pid, when known.
        pid: Option<u32>,
    },
    /// The folder holds no record.
    #[error("{} is not a plenary record: {why}", .path.display())]
    NotARecord {
        /// The folder.
        path: PathBuf,
        /// What is missing or wrong.
        why: String,
    },
    /// A record already lives in the folder.
    #[error("{} already holds a record; open it with `plenary resume {}`", .path.display(), .path.display())]
    Exists {
        /// The folder.
        path: PathBuf,
    },
    /// The record's agenda copy does not read.
    #[error(transparent)]
    Agenda(#[from] AgendaError),
    /// A whole, checksummed change does not apply: the journal was edited or written by a
    /// different version. Nothing is cut, so nothing is lost.
    #[error("{}: change {index} of the journal does not apply ({error}); the record was left untouched", .path.display())]
    Replay {
        /// The journal.
        path: PathBuf,
        /// The change's position, from 1.
        index: u64,
        /// Why it does not apply.
        error: ChangeError,
    },
    /// A whole change, its checksum right, that this plenary cannot read: the journal was
    /// written by another version. Nothing is cut, so nothing is lost.
    #[error("{}: change {index} of the journal is whole but this plenary cannot read it (written by another version?); the record was left untouched", .path.display())]
    Foreign {
        /// The journal.
        path: PathBuf,
        /// The change's position, from 1.
        index: u64,
    },
    /// A change in the middle of the journal is damaged (a bad disk, an edit), with more after
    /// it. Only a torn last change is ever cut, so the record is left as it is.
    #[error("{}: change {index} of the journal is damaged and {trailing} bytes follow it; plenary only ever cuts a torn last change, so the record was left untouched (`plenary export` still reads the {kept} changes before it)", .path.display(), kept = .index - 1)]
    Damaged {
        /// The journal.
        path: PathBuf,
        /// The damaged change's position, from 1.
        index: u64,
        /// Bytes after it.
        trailing: u64,
    },
    /// A change could not be encoded.
    #[error("cannot encode a change: {0}")]
    Encode(#[from] serde_json::Error),
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_owned(),
        source,
    }
}

/// A snapshot as read: the live record after the first `changes` journal entries, which end
/// at byte `journal_len`.
struct Snapshot {
    changes: u64,
    journal_len: u64,
    live: Live,
}

/// A record read from disk.
#[derive(Debug)]
pub struct Loaded {
    /// The record with its history, as of the last whole change.
    pub live: Live,
    /// How many changes the journal holds.
    pub changes: u64,
    /// How many of them were replayed from the journal (the rest came from the snapshot).
    pub replayed: u64,
    /// Bytes of the journal that hold whole changes.
    pub good_len: u64,
    /// Bytes past `good_len` that are damaged, and what was wrong with them.
    pub damage: Option<(u64, String)>,
    /// Things the user should know about the load.
    pub warnings: Vec<String>,
    /// Bytes that follow the damaged change: 0 when the damage is a torn tail (all a crash
    /// leaves); more when the journal is damaged in its middle, which opening it for writing
    /// refuses to cut.
    pub after_damage: u64,
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

/// Reads the record in `dir` without taking its lock or writing anything.
pub fn load(dir: &Path) -> Result<Loaded, StoreError> {
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
    // A snapshot that does not read is ignored (with a warning when it is there but damaged):
    // the journal alone rebuilds the record.
    let snapshot = std::fs::read(dir.join(SNAPSHOT_FILE)).ok();
    decode(
        dir,
        &RecordBytes {
            agenda: agenda.as_deref(),
            journal: &journal,
            snapshot: snapshot.as_deref(),
        },
    )
}

/// Rebuilds a record from the bytes of its files; `dir` only names it in messages. Never
/// panics, whatever the bytes: a damaged journal tail is reported in [`Loaded::damage`], a
/// snapshot that does not match the journal is ignored with a warning, anything else that is
/// wrong is an error.
pub fn decode(dir: &Path, files: &RecordBytes<'_>) -> Result<Loaded, StoreError> {
    let mut warnings = Vec::new();
    let snapshot = files
        .snapshot
        .and_then(|s| read_snapshot(s, files.journal, &mut warnings));
    if let Some(snapshot) = snapshot {
        match replay(dir, files, Some(snapshot), &mut warnings) {
            // A snapshot that passed its checks but does not fit: trust the journal alone.
            Err(StoreError::Replay { .. }) => warnings.push(format!(
                "{SNAPSHOT_FILE} does not fit the journal; it was ignored and the journal replayed"
            )),
            other => return other,
        }
    }
    replay(dir, files, None, &mut warnings)
}

/// Replays the journal over the snapshot (or over a fresh record of the agenda).
fn replay(
    dir: &Path,
    files: &RecordBytes<'_>,
    snapshot: Option<Snapshot>,
    warnings: &mut Vec<String>,
) -> Result<Loaded, StoreError> {
    let journal_path = dir.join(JOURNAL_FILE);
    let bytes = files.journal;
    let from = snapshot.as_ref().map_or(0, |s| s.journal_len);
    let scan = journal::scan(bytes, from).map_err(|e| StoreError::NotARecord {
        path: dir.to_owned(),
        why: format!("{JOURNAL_FILE}: {e}"),
    })?;
    let (mut live, mut changes) = match snapshot {
        Some(s) => (s.live, s.changes),
        None => {
            let path = dir.join(AGENDA_FILE);
            let Some(agenda) = files.agenda else {
                return Err(StoreError::NotARecord {
                    path: dir.to_owned(),
                    why: format!("it has no {AGENDA_FILE} file"),
                });
            };
            let agenda = parse_agenda(&path.display().to_string(), agenda)?.0;
            (Live::new(Record::new(agenda)), 0)
        }
    };
    for (change, _) in &scan.changes {
        changes += 1;
        live.apply(change).map_err(|error| StoreError::Replay {
            path: journal_path.clone(),
            index: changes,
            error,
        })?;
    }
    if scan.foreign {
        return Err(StoreError::Foreign {
            path: journal_path,
            index: changes + 1,
        });
    }
    let mut warnings = std::mem::take(warnings);
    let damage = scan.damage.map(|why| {
        let cut = bytes.len() as u64 - scan.good_len;
        warnings.push(if scan.trailing > 0 {
            format!(
                "{}: change {} of the journal is damaged ({why}) and {} bytes follow it; read the {changes} whole changes before it",
                journal_path.display(),
                changes + 1,
                scan.trailing
            )
        } else {
            format!(
                "{}: the journal ends in {why}; kept the {changes} whole changes before it and cut {cut} bytes",
                journal_path.display()
            )
        });
        (cut, why)
    });
    Ok(Loaded {
        live,
        changes,
        replayed: scan.changes.len() as u64,
        good_len: scan.good_len,
        damage,
        warnings,
        after_damage: scan.trailing,
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

/// What a snapshot file holds, as read: the record is checked against its checksum before it
/// is decoded.
#[derive(Deserialize)]
struct SnapshotFile<'a> {
    schema: u32,
    changes: u64,
    journal_len: u64,
    #[serde(default)]
    crc: Option<u32>,
    #[serde(borrow)]
    live: &'a serde_json::value::RawValue,
}

/// The snapshot, if it reads and matches the journal: its record passes its checksum, and the
/// journal holds exactly `changes` whole changes before `journal_len`. Anything else is a
/// warning, not an error, because the journal alone rebuilds the record.
fn read_snapshot(bytes: &[u8], journal: &[u8], warnings: &mut Vec<String>) -> Option<Snapshot> {
    let mut ignore = |why: &str| {
        warnings.push(format!(
            "{SNAPSHOT_FILE} {why}; it was ignored and the journal replayed"
        ));
        None
    };
    let Ok(file) = serde_json::from_slice::<SnapshotFile<'_>>(bytes) else {
        return ignore("does not read");
    };
    let checked = match (file.schema, file.crc) {
        (1, None) => true,
        (SNAPSHOT_SCHEMA, Some(crc)) => crc32fast::hash(file.live.get().as_bytes()) == crc,
        _ => return ignore("is of a version this plenary does not know"),
    };
    if !checked {
        return ignore("fails its checksum");
    }
    if file.journal_len > journal.len() as u64 {
        return ignore("is ahead of the journal");
    }
    if journal::count_frames(journal, file.journal_len) != Some(file.changes) {
        return ignore("does not match the journal");
    }
    let Ok(live) = serde_json::from_str::<Live>(file.live.get()) else {
        return ignore("does not read");
    };
    Some(Snapshot {
        changes: file.changes,
        journal_len: file.journal_len,
        live,
    })
}

/// The writer of one record: holds its lock and appends to its journal.
#[derive(Debug)]
pub struct Store {
    dir: PathBuf,
    journal: Box<dyn JournalFile>,
    /// The journal may end in part of a change (a failed write whose cut failed too): it must
    /// be cut back to `len` before anything else is appended.
    torn: bool,
    _lock: File,
    changes: u64,
    len: u64,
    since_snapshot: u64,
    pending: VecDeque<Vec<u8>>,
}

/// A record opened for writing: the writer, the record, and what the user should know.
#[derive(Debug)]
pub struct Opened {
    /// The writer.
    pub store: Store,
    /// The record with its history.
    pub live: Live,
    /// Things the user should know (a damaged tail that was cut, an ignored snapshot).
    pub warnings: Vec<String>,
}

impl Store {
    /// Starts a new record of `agenda` in `dir`, keeping `agenda_text` as its copy.
    pub fn create(dir: &Path, agenda_text: &str, agenda: Agenda) -> Result<Opened, StoreError> {
        if dir.join(JOURNAL_FILE).exists() {
            return Err(StoreError::Exists {
                path: dir.to_owned(),
            });
        }
        create_private_dir(dir).map_err(io(dir))?;
        let lock = take_lock(dir)?;
        // Checked again under the lock: another process may have created it meanwhile.
        if dir.join(JOURNAL_FILE).exists() {
            return Err(StoreError::Exists {
                path: dir.to_owned(),
            });
        }
        write_atomically(dir, AGENDA_FILE, agenda_text.as_bytes()).map_err(io(dir))?;
        let path = dir.join(JOURNAL_FILE);
        let mut journal = private_options()
            .append(true)
            .create_new(true)
            .open(&path)
            .map_err(io(&path))?;
        journal::append_durably(&mut journal, journal::HEADER).map_err(io(&path))?;
        sync_dir(dir).map_err(io(dir))?;
        Ok(Opened {
            store: Store {
                dir: dir.to_owned(),
                journal: Box::new(journal),
                torn: false,
                _lock: lock,
                changes: 0,
                len: journal::HEADER.len() as u64,
                since_snapshot: 0,
                pending: VecDeque::new(),
            },
            live: Live::new(Record::new(agenda)),
            warnings: Vec::new(),
        })
    }

    /// Opens the record in `dir` for writing: takes the lock, loads, and cuts a damaged tail
    /// off the journal before anything new is appended.
    pub fn open(dir: &Path) -> Result<Opened, StoreError> {
        if !dir.join(JOURNAL_FILE).exists() {
            // Said before locking, so a wrong path never leaves a lock file behind.
            return Err(StoreError::NotARecord {
                path: dir.to_owned(),
                why: format!("it has no {JOURNAL_FILE} file"),
            });
        }
        let lock = take_lock(dir)?;
        remove_stale_temporaries(dir);
        let loaded = load(dir)?;
        if loaded.after_damage > 0 {
            return Err(StoreError::Damaged {
                path: dir.join(JOURNAL_FILE),
                index: loaded.changes + 1,
                trailing: loaded.after_damage,
            });
        }
        let path = dir.join(JOURNAL_FILE);
        let mut journal = private_options()
            .append(true)
            .open(&path)
            .map_err(io(&path))?;
        let mut len = loaded.good_len;
        if loaded.damage.is_some() || len == 0 {
            journal.set_len(len).map_err(io(&path))?;
            if len == 0 {
                journal::append_durably(&mut journal, journal::HEADER).map_err(io(&path))?;
                len = journal::HEADER.len() as u64;
            }
            journal.sync_all().map_err(io(&path))?;
        }
        Ok(Opened {
            store: Store {
                dir: dir.to_owned(),
                journal: Box::new(journal),
                torn: false,
                _lock: lock,
                changes: loaded.changes,
                len,
                since_snapshot: loaded.replayed,
                pending: VecDeque::new(),
            },
            live: loaded.live,
            warnings: loaded.warnings,
        })
    }

    /// The record folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// How many changes the journal holds.
    pub fn changes(&self) -> u64 {
        self.changes
    }

    /// How many changes are in the live record but not yet on disk (their writes failed;
    /// [`Store::flush`] tries them again).
    pub fn unsaved(&self) -> usize {
        self.pending.len()
    }

    /// Appends one change and returns once it is on disk. On failure the change waits, in
    /// order, behind any earlier unwritten ones, so the journal never has a gap.
    pub fn append(&mut self, change: &Change) -> Result<(), StoreError> {
        self.pending.push_back(journal::frame(change)?);
        self.flush()
    }

    /// Writes every change still waiting, oldest first, each durable before the next; stops at
    /// the first failure and cuts the journal back to its last whole change, so a later retry
    /// never leaves a gap or a torn change in the middle of the journal.
    pub fn flush(&mut self) -> Result<(), StoreError> {
        let path = self.dir.join(JOURNAL_FILE);
        if self.torn {
            self.journal
                .truncate(self.len)
                .and_then(|()| self.journal.sync())
                .map_err(io(&path))?;
            self.torn = false;
        }
        while let Some(framed) = self.pending.front() {
            let written = self
                .journal
                .append(framed)
                .and_then(|()| self.journal.sync());
            if let Err(e) = written {
                // Part of the change may have landed; cut it off now, or before the next write.
                self.torn = self.journal.truncate(self.len).is_err();
                return Err(io(&path)(e));
            }
            self.len += framed.len() as u64;
            self.changes += 1;
            self.since_snapshot += 1;
            self.pending.pop_front();
        }
        Ok(())
    }

    /// Puts a layer between this store and its journal file: every later write goes through
    /// what `wrap` makes of the current writer. Tests use it to make writes fail as a full or
    /// failing disk would; the layer must pass what succeeds on to the writer it was given.
    pub fn wrap_journal(
        &mut self,
        wrap: impl FnOnce(Box<dyn JournalFile>) -> Box<dyn JournalFile>,
    ) {
        let inner = std::mem::replace(&mut self.journal, Box::new(Detached));
        self.journal = wrap(inner);
    }

    /// Applies a change to the live record and makes it durable. A refused change touches
    /// neither; a change that applied but could not be written stays in memory, waiting to be
    /// written, and the error says so.
    pub fn commit(&mut self, live: &mut Live, change: &Change) -> Result<(), CommitError> {
        live.apply(change).map_err(CommitError::Refused)?;
        self.append(change).map_err(CommitError::Unsaved)?;
        if self.since_snapshot >= SNAPSHOT_EVERY {
            // The change is already safe in the journal; a snapshot only speeds up the next
            // load, so a failed one is tried again after the next change.
            let _ = self.snapshot(live);
        }
        Ok(())
    }

    /// Writes a complete copy of the record, unwritten changes included, into the new folder
    /// `to`: the way out when the record's own disk is full or gone.
    pub fn save_copy(&self, to: &Path) -> Result<(), StoreError> {
        if to.exists() {
            return Err(StoreError::Exists {
                path: to.to_owned(),
            });
        }
        let journal_path = self.dir.join(JOURNAL_FILE);
        let mut journal = std::fs::read(&journal_path).map_err(io(&journal_path))?;
        journal.truncate(self.len as usize);
        for framed in &self.pending {
            journal.extend_from_slice(framed);
        }
        let agenda_path = self.dir.join(AGENDA_FILE);
        let agenda = std::fs::read(&agenda_path).map_err(io(&agenda_path))?;
        create_private_dir(to).map_err(io(to))?;
        write_atomically(to, AGENDA_FILE, &agenda).map_err(io(to))?;
        write_atomically(to, JOURNAL_FILE, &journal).map_err(io(to))
    }

    /// Publishes what the writer's screen shows, for followers.
    pub fn publish_view(&self, view: &[u8]) -> Result<(), StoreError> {
        // Moving through the board publishes on every key: no fsync, since a lost view file
        // only means a follower shows the previous tab.
        files::replace_quickly(&self.dir, VIEW_FILE, view).map_err(io(&self.dir))
    }

    /// Writes a snapshot of `live` when enough changes have piled up since the last one for it
    /// to make the next open quicker (see `SNAPSHOT_EVERY`).
    pub fn snapshot_if_due(&mut self, live: &Live) -> Result<(), StoreError> {
        if self.since_snapshot >= SNAPSHOT_EVERY {
            self.snapshot(live)
        } else {
            Ok(())
        }
    }

    /// Writes a snapshot of `live`, which must be the record as of this journal's end; does
    /// nothing while changes wait to be written, since `live` is then ahead of the journal.
    pub fn snapshot(&mut self, live: &Live) -> Result<(), StoreError> {
        if !self.pending.is_empty() {
            return Ok(());
        }
        let live = serde_json::to_vec(live)?;
        let mut bytes = format!(
            "{{\"schema\":{SNAPSHOT_SCHEMA},\"changes\":{},\"journal_len\":{},\"crc\":{},\"live\":",
            self.changes,
            self.len,
            crc32fast::hash(&live)
        )
        .into_bytes();
        bytes.extend_from_slice(&live);
        bytes.push(b'}');
        write_atomically(&self.dir, SNAPSHOT_FILE, &bytes).map_err(io(&self.dir))?;
        self.since_snapshot = 0;
        Ok(())
    }
}

/// Where a store's journal bytes go: the journal file itself, or a layer around it (see
/// [`Store::wrap_journal`]).
pub trait JournalFile: std::fmt::Debug + Send {
    /// Appends `bytes` at the end of the journal; on failure part of them may have landed.
    fn append(&mut self, bytes: &[u8]) -> std::io::Result<()>;
    /// Returns once everything appended is on disk.
    fn sync(&mut self) -> std::io::Result<()>;
    /// Cuts the journal to its first `len` bytes.
    fn truncate(&mut self, len: u64) -> std::io::Result<()>;
}

impl JournalFile for File {
    fn append(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        // The file is opened for appending: every write lands at its end.
        std::io::Write::write_all(self, bytes)
    }

    fn sync(&mut self) -> std::io::Result<()> {
        self.sync_data()
    }

    fn truncate(&mut self, len: u64) -> std::io::Result<()> {
        self.set_len(len)
    }
}

/// Stands in for the journal only while [`Store::wrap_journal`] swaps layers.
#[derive(Debug)]
struct Detached;

impl JournalFile for Detached {
    fn append(&mut self, _: &[u8]) -> std::io::Result<()> {
        Err(std::io::Error::other("the journal is detached"))
    }

    fn sync(&mut self) -> std::io::Result<()> {
        Err(std::io::Error::other("the journal is detached"))
    }

    fn truncate(&mut self, _: u64) -> std::io::Result<()> {
        Err(std::io::Error::other("the journal is detached"))
    }
}

/// Why [`Store::commit`] did not save a change.
#[derive(Debug, Error)]
pub enum CommitError {
    /// The change does not fit the record; nothing changed.
    #[error(transparent)]
    Refused(ChangeError),
    /// The change is in the live record but not yet on disk.
    #[error("not saved: {0}")]
    Unsaved(StoreError),
}

/// Removes temporary files a killed writer left half-way through an atomic write. Only the
/// lock holder calls this, so no live writer's temporary file is taken.
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let stale = [SNAPSHOT_FILE, AGENDA_FILE, VIEW_FILE]
            .iter()
            .any(|file| name.starts_with(&format!(".{file}.")));
        if stale {
            // A file that will not go is harmless: it is never read.
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn take_lock(dir: &Path) -> Result<File, StoreError> {
    lock::lock(dir).map_err(|e| match e {
        LockError::Held(pid) => StoreError::Locked {
            path: dir.to_owned(),
            pid,
        },
        LockError::Io(source) => StoreError::Io {
            path: dir.join(lock::LOCK_FILE),
            source,
        },
    })
}
