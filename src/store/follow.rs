//! Following a record that another process writes: read-only, never locking, never
//! writing; each poll applies whatever whole changes the journal gained since the last.

use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use super::{JOURNAL_FILE, StoreError, journal, load};
use crate::core::history::Live;

/// A reader that keeps a live record up to date with a record's journal.
pub struct Follower {
    dir: PathBuf,
    /// Bytes of the journal already applied.
    offset: u64,
    /// The journal's length and time when it was last read: a journal that stops at a change
    /// this plenary cannot read or apply is read again only once it changes.
    seen: Option<(u64, Option<std::time::SystemTime>)>,
}

impl Follower {
    /// Loads the record in `dir` and starts following it.
    pub fn start(dir: &Path) -> Result<(Follower, Live), StoreError> {
        // Looked at before reading, so anything written meanwhile is read at the first poll.
        let seen = journal_seen(dir);
        let loaded = load(dir)?;
        Ok((
            Follower {
                dir: dir.to_owned(),
                offset: loaded.good_len,
                seen,
            },
            loaded.live,
        ))
    }

    /// Applies the changes written since the last poll; true if any were. A change the
    /// writer is still writing waits for the next poll. If the journal was cut back (the
    /// writer recovered from a crash) or a change does not apply, the record is loaded again
    /// from scratch, up to whatever stops it.
    pub fn poll(&mut self, live: &mut Live) -> Result<bool, StoreError> {
        let path = self.dir.join(JOURNAL_FILE);
        let io = |source| StoreError::Io {
            path: path.clone(),
            source,
        };
        let meta = std::fs::metadata(&path).map_err(io)?;
        let len = meta.len();
        let seen = Some((len, meta.modified().ok()));
        if len == self.offset || seen == self.seen {
            return Ok(false);
        }
        self.seen = seen;
        if len < self.offset {
            return self.reload(live);
        }
        let mut file = std::fs::File::open(&path).map_err(io)?;
        file.seek(SeekFrom::Start(self.offset)).map_err(io)?;
        let mut tail = Vec::with_capacity((len - self.offset) as usize);
        file.read_to_end(&mut tail).map_err(io)?;
        let scan = journal::frames(&tail, 0);
        for (change, _) in &scan.changes {
            if live.apply_entry(change).is_err() {
                return self.reload(live);
            }
        }
        self.offset += scan.good_len;
        Ok(!scan.changes.is_empty())
    }

    /// Reads the record again from scratch.
    fn reload(&mut self, live: &mut Live) -> Result<bool, StoreError> {
        let loaded = load(&self.dir)?;
        *live = loaded.live;
        self.offset = loaded.good_len;
        Ok(true)
    }
}

/// The journal's length and time of last change, when they can be read.
fn journal_seen(dir: &Path) -> Option<(u64, Option<std::time::SystemTime>)> {
    let meta = std::fs::metadata(dir.join(JOURNAL_FILE)).ok()?;
    Some((meta.len(), meta.modified().ok()))
}
