//! A joined laptop's outbox: every change it submits is written here and made durable before
//! it is sent, and marked done when the host answers, so a change the host never got is sent
//! again after a broken link or the laptop's own crash, and one it applied is not applied
//! twice (it answers the resend as a duplicate).
//!
//! One JSON line per event, appended: `sent` (the submission), `done` (its fate). A torn last
//! line, from a crash in the middle of a write, is the write that did not happen.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::core::room::Submission;
use crate::store::files::{private_options, sync_dir, write_atomically};

/// The outbox's file in a joined laptop's state folder.
pub const OUTBOX_FILE: &str = "outbox.jsonl";

/// What became of one of the laptop's changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "fate", rename_all = "snake_case")]
pub enum Fate {
    /// Written to the outbox, not yet answered: it will be sent until it is.
    Waiting,
    /// The host applied it and has it on disk (or had applied it already).
    Acknowledged,
    /// The host refused it, with why.
    Refused {
        /// Why, in words for the screen.
        message: String,
    },
}

#[derive(Serialize, Deserialize)]
#[serde(tag = "line", rename_all = "snake_case")]
enum Line {
    /// The numbers up to `last` were given before the outbox was last rewritten.
    Numbered {
        last: u64,
    },
    // Boxed: a submission is far larger than the other lines; the file reads the same.
    Sent {
        submission: Box<Submission>,
    },
    Done {
        number: u64,
        fate: Fate,
    },
}

/// The outbox, open for appending.
#[derive(Debug)]
pub struct Outbox {
    path: PathBuf,
    file: File,
    waiting: BTreeMap<u64, Submission>,
    fates: BTreeMap<u64, Fate>,
    last_number: u64,
}

impl Outbox {
    /// Opens the outbox in `dir` (made if missing), keeping what still waits; it is rewritten
    /// with only that, so it does not grow from one meeting to the next.
    pub fn open(dir: &Path) -> std::io::Result<Outbox> {
        let path = dir.join(OUTBOX_FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(e),
        };
        let mut waiting = BTreeMap::new();
        let mut fates = BTreeMap::new();
        let mut last_number = 0;
        // A line that does not read is a torn write: what it said did not happen.
        for line in text
            .lines()
            .filter_map(|l| serde_json::from_str::<Line>(l).ok())
        {
            match line {
                Line::Numbered { last } => last_number = last_number.max(last),
                Line::Sent { submission } => {
                    last_number = last_number.max(submission.number);
                    fates.insert(submission.number, Fate::Waiting);
                    waiting.insert(submission.number, *submission);
                }
                Line::Done { number, fate } => {
                    waiting.remove(&number);
                    fates.insert(number, fate);
                }
            }
        }
        let mut kept = line_of(&Line::Numbered { last: last_number })?;
        for submission in waiting.values() {
            kept.extend(line_of(&Line::Sent {
                submission: Box::new(submission.clone()),
            })?);
        }
        write_atomically(dir, OUTBOX_FILE, &kept)?;
        let file = private_options().append(true).open(&path)?;
        sync_dir(dir)?;
        Ok(Outbox {
            path,
            file,
            waiting,
            fates,
            last_number,
        })
    }

    /// The last number given to a change.
    pub fn last_number(&self) -> u64 {
        self.last_number
    }

    /// Numbers on from `last` at least: the host accepted changes up to it (a laptop whose
    /// outbox was lost must not give its new changes numbers the host has seen).
    pub fn number_from(&mut self, last: u64) {
        self.last_number = self.last_number.max(last);
    }

    /// Writes a submission and returns once it is on disk.
    pub fn put(&mut self, submission: &Submission) -> std::io::Result<()> {
        let line = line_of(&Line::Sent {
            submission: Box::new(submission.clone()),
        })?;
        self.file.write_all(&line)?;
        self.file.sync_data()?;
        self.last_number = self.last_number.max(submission.number);
        self.fates.insert(submission.number, Fate::Waiting);
        self.waiting.insert(submission.number, submission.clone());
        Ok(())
    }

    /// Marks a change answered. Not synced: if the mark is lost, the change is sent again and
    /// the host answers it as a duplicate.
    pub fn settle(&mut self, number: u64, fate: Fate) -> std::io::Result<()> {
        if self.waiting.remove(&number).is_none() {
            return Ok(());
        }
        self.fates.insert(number, fate.clone());
        self.file.write_all(&line_of(&Line::Done { number, fate })?)
    }

    /// The changes that wait for an answer, in the order they were numbered.
    pub fn waiting(&self) -> impl Iterator<Item = &Submission> {
        self.waiting.values()
    }

    /// How many changes wait.
    pub fn count(&self) -> usize {
        self.waiting.len()
    }

    /// What became of one change, if it was made here.
    pub fn fate(&self, number: u64) -> Option<&Fate> {
        self.fates.get(&number)
    }

    /// Where the outbox is.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

fn line_of(line: &Line) -> std::io::Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec(line)?;
    bytes.push(b'\n');
    Ok(bytes)
}
