//! Records on disk: a folder per run of an agenda holding the agenda copy, the journal of
//! changes, an occasional snapshot and the writer's lock.
//!
//! Every change is framed and synced to the journal before [`Store::append`] returns, so the
//! caller may show it as saved. Loading replays the journal over the latest snapshot that
//! proves it belongs ([`load`]); readers stop at damage and leave it, and only the writer,
//! about to append, sets a damaged tail aside in a file of its own and cuts it
//! ([`Store::open`]).

pub mod agenda_file;
pub mod files;
pub mod follow;
pub mod journal;
mod load;
pub mod lock;
pub mod snapshot;

use std::collections::VecDeque;
use std::fs::File;
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::core::agenda::Agenda;
use crate::core::history::{Change, ChangeError, Entry, Live};
use crate::core::record::Record;
use crate::core::room::{Answer, Host, Submission};
use agenda_file::AgendaError;
use files::{create_private_dir, private_options, set_aside, sync_dir, write_atomically};
pub use load::{Loaded, RecordBytes, Stop, decode, load};
use load::{RecordFiles, read};
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
    #[error("{}: change {index} of the journal does not apply ({error}); the record was left untouched (`plenary export` still reads the {kept} changes before it)", .path.display(), kept = .index.saturating_sub(1))]
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
    #[error("{}: change {index} of the journal is whole but this plenary cannot read it ({why}; written by a newer plenary?); the record was left untouched (`plenary export` still reads the {kept} changes before it)", .path.display(), kept = .index.saturating_sub(1))]
    Foreign {
        /// The journal.
        path: PathBuf,
        /// The change's position, from 1.
        index: u64,
        /// What does not decode.
        why: String,
    },
    /// The journal is of a format newer than this plenary reads.
    #[error("{}: {why}; the record was left untouched", .path.display())]
    Newer {
        /// The journal.
        path: PathBuf,
        /// Which format it is and which this plenary reads.
        why: String,
    },
    /// The journal ends in a damaged change that must go aside before anything is appended
    /// after it, and the file to hold it could not be written. Nothing was cut.
    #[error("{}: the journal ends in {why}, which must be set aside before anything new is written, but {}: {source}; the record was left untouched (`plenary export` still reads it)", .journal.display(), .aside.display())]
    SetAside {
        /// The journal.
        journal: PathBuf,
        /// What is wrong with its end.
        why: String,
        /// The file that could not be written.
        aside: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// A change in the middle of the journal is damaged (a bad disk, an edit), with more after
    /// it. Only a damaged last change is ever cut (once set aside), so the record is left as
    /// it is.
    #[error("{}: change {index} of the journal is damaged and {trailing} bytes follow it; plenary only ever cuts a damaged last change, so the record was left untouched (`plenary export` still reads the {kept} changes before it)", .path.display(), kept = .index.saturating_sub(1))]
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
    /// CRC-32 of the journal's first `len` bytes, kept as changes land: what a snapshot binds
    /// itself to.
    journal_crc: u32,
    /// CRC-32 of the record's agenda copy: binds a snapshot to its record.
    agenda_crc: u32,
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
    /// The journal's entries replayed on opening (those after the snapshot, if any).
    pub replayed: Vec<Entry>,
}

impl Opened {
    /// The room's host of the record, which knows from the journal the numbers each writer's
    /// changes were accepted under (it takes the replayed entries).
    pub fn host(&mut self) -> Host {
        let replayed = std::mem::take(&mut self.replayed);
        Host::open(&self.live, self.store.changes(), replayed)
    }
}

impl Store {
    /// Starts a new record of `agenda` in `dir`, keeping `agenda_text` as its copy. The new
    /// folder's entry in its parent is synced too, so the record survives a power cut.
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
                journal_crc: crc32fast::hash(journal::HEADER),
                agenda_crc: crc32fast::hash(agenda_text.as_bytes()),
                since_snapshot: 0,
                pending: VecDeque::new(),
            },
            live: Live::new(Record::new(agenda)),
            warnings: Vec::new(),
            replayed: Vec::new(),
        })
    }

    /// Opens the record in `dir` for writing: takes the lock, loads, and sets a damaged tail
    /// aside (into `journal.damaged-N` beside the journal) and cuts it before anything new is
    /// appended. Refuses, touching nothing, a journal that is damaged in its middle or holds a
    /// change this plenary cannot read or apply.
    pub fn open(dir: &Path) -> Result<Opened, StoreError> {
        must_be_a_record(dir)?;
        let lock = take_lock(dir)?;
        let files = RecordFiles::read(dir)?;
        let mut loaded = read(dir, &files.bytes())?;
        refuse_unless_writable(dir, &loaded)?;
        remove_stale_temporaries(dir);
        let path = dir.join(JOURNAL_FILE);
        let mut journal = private_options()
            .append(true)
            .open(&path)
            .map_err(io(&path))?;
        let mut len = loaded.good_len;
        let mut journal_crc = crc32fast::hash(files.journal.get(..len as usize).unwrap_or(&[]));
        if let Some((cut, why)) = &loaded.damage {
            let tail = files.journal.get(len as usize..).unwrap_or(&[]);
            let aside = set_aside(dir, JOURNAL_FILE, tail).map_err(|(aside, source)| {
                StoreError::SetAside {
                    journal: path.clone(),
                    why: why.clone(),
                    aside,
                    source,
                }
            })?;
            loaded.warnings.push(format!(
                "{}: the journal ends in {why}; kept the {} whole changes before it and moved the {cut} bytes after them to {}",
                path.display(),
                loaded.changes,
                aside.display()
            ));
            journal.set_len(len).map_err(io(&path))?;
        }
        if len == 0 {
            journal::append_durably(&mut journal, journal::HEADER).map_err(io(&path))?;
            len = journal::HEADER.len() as u64;
            journal_crc = crc32fast::hash(journal::HEADER);
        }
        if loaded.damage.is_some() {
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
                journal_crc,
                agenda_crc: crc32fast::hash(files.agenda.as_deref().unwrap_or(&[])),
                since_snapshot: loaded.replayed,
                pending: VecDeque::new(),
            },
            live: loaded.live,
            warnings: loaded.warnings,
            replayed: loaded.entries,
        })
    }

    /// Reads the record in `dir` as [`Store::open`] would find it, without writing anything:
    /// what `resume` prints when there is no terminal. It holds the lock while it reads, so a
    /// record another plenary writes is refused the same way, but it cuts nothing: it reads up
    /// to any damage and leaves the journal as it is.
    pub fn peek(dir: &Path) -> Result<Loaded, StoreError> {
        must_be_a_record(dir)?;
        let _lock = take_lock(dir)?;
        load(dir)
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

    /// Appends one entry, whoever sent it, and returns once it is on disk; on failure it waits
    /// as [`Store::append`] says.
    pub fn append_entry(&mut self, entry: &Entry) -> Result<(), StoreError> {
        self.pending.push_back(journal::frame_entry(entry)?);
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
            let mut crc = crc32fast::Hasher::new_with_initial(self.journal_crc);
            crc.update(framed);
            self.journal_crc = crc.finalize();
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

    /// Puts a submission through the host's order at `now` and makes what it applied durable:
    /// the one path of every change in the room, the host's own keys included. Send the answer
    /// only once the write is Ok: a change that applied but could not be written waits in
    /// memory, in order, as with [`Store::commit`], until [`Store::flush`] writes it.
    pub fn submit(
        &mut self,
        host: &mut Host,
        live: &mut Live,
        submission: &Submission,
        now: chrono::NaiveDateTime,
    ) -> (Answer, Result<(), StoreError>) {
        let answer = host.submit(live, submission, now);
        let saved = match &answer {
            Answer::Applied(made) => self.append_entry(&made.entry).map(|()| {
                // The change is safe in the journal; a snapshot only speeds up the next load,
                // so a failed one is tried again after the next change.
                let _ = self.snapshot_if_due(live);
            }),
            Answer::Duplicate { .. } | Answer::Refused { .. } => Ok(()),
        };
        (answer, saved)
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
        let bytes = snapshot::bound(
            &live,
            self.changes,
            self.len,
            self.journal_crc,
            self.agenda_crc,
        );
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

/// Said before locking, so a wrong path never leaves a lock file behind.
fn must_be_a_record(dir: &Path) -> Result<(), StoreError> {
    if dir.join(JOURNAL_FILE).exists() {
        Ok(())
    } else {
        Err(StoreError::NotARecord {
            path: dir.to_owned(),
            why: format!("it has no {JOURNAL_FILE} file"),
        })
    }
}

/// The writer's refusal of a record whose reading stopped anywhere but at a torn tail: what
/// follows may be whole changes (of another version, or after damage), never to be cut.
fn refuse_unless_writable(dir: &Path, loaded: &Loaded) -> Result<(), StoreError> {
    let path = dir.join(JOURNAL_FILE);
    let index = loaded.changes + 1;
    match &loaded.stop {
        None | Some(Stop::Tail) => Ok(()),
        Some(Stop::Damaged) => Err(StoreError::Damaged {
            path,
            index,
            trailing: loaded.after_damage,
        }),
        Some(Stop::Unreadable) => Err(StoreError::Foreign {
            path,
            index,
            why: loaded
                .damage
                .as_ref()
                .map(|(_, why)| why.clone())
                .unwrap_or_default(),
        }),
        Some(Stop::Refused(error)) => Err(StoreError::Replay {
            path,
            index,
            error: error.clone(),
        }),
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
