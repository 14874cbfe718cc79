//! The live room's one order: the host's sequencer. Every change to the record, whether from
//! the host's own keys or from a joined writer's laptop, is a [`Submission`] that [`Host`]
//! checks (the writer's role, a position named on a record that moved on), completes (ids and
//! times are the host's, so two writers never collide and laptop clocks never matter) and
//! applies, giving it the next sequence number. What it applied, a [`Sequenced`] entry, is what
//! the shell journals (durably) before it answers, and what it streams to every client: a
//! replica that applies the stream in order is the host's record, and so is a replay of the
//! journal.
//!
//! No IO here: the clock is passed in, and the transport carries these types as JSON.

mod ids;
mod places;
mod roles;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::history::{Change, Entry, Live, Step, created};
use places::Moved;

/// Who sent a change: the host is writer 0, and each joined laptop gets a number of its own.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct WriterId(pub u32);

impl TryFrom<u64> for WriterId {
    type Error = std::num::TryFromIntError;

    /// A writer's number read as a map key (see [`Live`]'s numbers).
    fn try_from(n: u64) -> Result<WriterId, Self::Error> {
        u32::try_from(n).map(WriterId)
    }
}

impl WriterId {
    /// The host: the facilitator's own plenary, and the writer of every journal from before
    /// the room.
    pub const HOST: WriterId = WriterId(0);

    /// Whether this is the host.
    pub fn is_host(&self) -> bool {
        *self == WriterId::HOST
    }
}

/// What a writer may change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    /// Everything: moves the agenda and the timer, decides proposals, settles resolutions,
    /// restructures the board.
    Facilitator,
    /// Capture: notes and every routed prefix, edits of the writer's own items, the speaker
    /// queue.
    NoteTaker,
}

/// A change a writer asks the host to make.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Submission {
    /// Who sends it.
    pub writer: WriterId,
    /// The writer's own number for it, from 1 up: a resend carries the same number, so it
    /// lands once. The host's own keys carry 0 (they are never sent twice).
    pub number: u64,
    /// The sequence number of the last change the writer had applied when it built this one:
    /// what a position it names (a card's place, a session's) refers to.
    pub base: u64,
    /// The change, built by the core's commands on the writer's copy of the record.
    pub change: Change,
}

/// A change in the host's order: its sequence number (its place in the journal, from 1) and
/// the entry as applied, ids and times the host's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sequenced {
    /// Its place in the order, from 1.
    pub seq: u64,
    /// The entry as applied.
    pub entry: Entry,
}

/// The host's answer to a submission.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    /// Applied: its place in the order and the change as applied.
    Applied(Sequenced),
    /// Already applied under this number; not applied again. `first` is what the first answer
    /// said, unless that change came before the snapshot the host was opened from.
    Duplicate {
        /// The writer's number for it.
        number: u64,
        /// The first answer's content, when the host still holds it.
        first: Option<Sequenced>,
    },
    /// Not applied, and why, in words for the writer's screen.
    Refused {
        /// The writer's number for it.
        number: u64,
        /// Why.
        message: String,
    },
}

/// The sequencer: the order so far and what it knows of each writer (its role, the numbers it
/// accepted). It keeps the record with its histories (a [`Live`]) beside it rather than inside,
/// so the meeting screen that holds the record is the host: every change to that record must
/// come through [`Host::submit`] (in the shell, `Store::submit`), the host's own keys included.
#[derive(Clone, Debug)]
pub struct Host {
    /// How many changes the order holds (the journal's count).
    seq: u64,
    /// The order's entries held in memory: those after `log_start`.
    log: Vec<Entry>,
    log_start: u64,
    /// For each joined writer, the sequence number of each of its numbers accepted.
    accepted: BTreeMap<WriterId, BTreeMap<u64, u64>>,
    /// For each joined writer, the numbers up to which the snapshot the host was opened from
    /// settled its changes (none when the whole journal was replayed).
    settled: BTreeMap<WriterId, u64>,
    /// The last number accepted from each joined writer.
    last: BTreeMap<WriterId, u64>,
    /// Submissions refused since the host started, so a resend gets the same answer.
    refused: BTreeMap<(WriterId, u64), String>,
    roles: BTreeMap<WriterId, Role>,
    moved: Moved,
}

impl Host {
    /// The host of `live`, a record whose journal holds `seq` changes, the last of them
    /// `replayed` (the ones read after the snapshot, if any): what it accepted from each writer
    /// is rebuilt from them. Positions named on a copy older than `seq` are refused, since what
    /// moved before the host started is not known.
    pub fn open(live: &Live, seq: u64, replayed: Vec<Entry>) -> Host {
        let log_start = seq.saturating_sub(replayed.len() as u64);
        let mut accepted: BTreeMap<WriterId, BTreeMap<u64, u64>> = BTreeMap::new();
        for (at, entry) in (log_start + 1..).zip(&replayed) {
            if !entry.writer.is_host() {
                accepted
                    .entry(entry.writer)
                    .or_default()
                    .insert(entry.number, at);
            }
        }
        // A snapshot keeps only each writer's last number: those below the first number the
        // journal's tail holds are taken as settled (a writer numbers its changes in order).
        let mut settled = BTreeMap::new();
        if log_start > 0 {
            for (&writer, &last) in &live.numbers {
                let first = accepted.get(&writer).and_then(|n| n.keys().next().copied());
                settled.insert(writer, first.map_or(last, |first| first.saturating_sub(1)));
            }
        }
        Host {
            seq,
            log: replayed,
            log_start,
            accepted,
            settled,
            last: live.numbers.clone(),
            refused: BTreeMap::new(),
            roles: BTreeMap::new(),
            moved: Moved::since(seq),
        }
    }

    /// How many changes the order holds: the base of the host's own next change.
    pub fn seq(&self) -> u64 {
        self.seq
    }

    /// The writer's role: the host is always the facilitator (it can take the role back at
    /// any moment); a joined writer is a note-taker until handed the role.
    pub fn role(&self, writer: WriterId) -> Role {
        if writer.is_host() {
            return Role::Facilitator;
        }
        self.roles.get(&writer).copied().unwrap_or(Role::NoteTaker)
    }

    /// Hands a role to a joined writer, or takes it back (the host's own never changes).
    pub fn set_role(&mut self, writer: WriterId, role: Role) {
        if !writer.is_host() {
            self.roles.insert(writer, role);
        }
    }

    /// The order after sequence number `seq`, for a client catching up; None when part of it
    /// is older than what the host holds in memory (the client needs the whole record).
    pub fn since(&self, seq: u64) -> Option<Vec<Sequenced>> {
        let skip = usize::try_from(seq.checked_sub(self.log_start)?).ok()?;
        let tail = self.log.get(skip..)?;
        Some(
            (seq + 1..)
                .zip(tail)
                .map(|(seq, entry)| Sequenced {
                    seq,
                    entry: entry.clone(),
                })
                .collect(),
        )
    }

    /// The last number accepted from a writer (0 when none).
    pub fn last_number(&self, writer: WriterId) -> u64 {
        self.last.get(&writer).copied().unwrap_or(0)
    }

    /// Puts one submission through the order at `now`: answers a resend as the first time,
    /// refuses what the writer's role does not allow or what names a position that moved
    /// since its base, and applies the rest with the host's ids and times. Only an
    /// [`Answer::Applied`] changed anything; its entry must be journaled before the answer is
    /// sent.
    pub fn submit(
        &mut self,
        live: &mut Live,
        submission: &Submission,
        now: NaiveDateTime,
    ) -> Answer {
        let (writer, number) = (submission.writer, submission.number);
        if let Some(answer) = self.answered(writer, number) {
            return answer;
        }
        match self.check(live, submission, now) {
            Ok(change) => self.make(live, writer, number, change),
            Err(message) => {
                if !writer.is_host() {
                    self.refused.insert((writer, number), message.clone());
                }
                Answer::Refused { number, message }
            }
        }
    }

    /// The answer already given to this number, if any: a resend is never applied twice.
    fn answered(&self, writer: WriterId, number: u64) -> Option<Answer> {
        if writer.is_host() {
            return None;
        }
        if let Some(message) = self.refused.get(&(writer, number)) {
            return Some(Answer::Refused {
                number,
                message: message.clone(),
            });
        }
        if let Some(&seq) = self.accepted.get(&writer).and_then(|n| n.get(&number)) {
            let entry = usize::try_from(seq - self.log_start - 1)
                .ok()
                .and_then(|i| self.log.get(i));
            return Some(Answer::Duplicate {
                number,
                first: entry.map(|entry| Sequenced {
                    seq,
                    entry: entry.clone(),
                }),
            });
        }
        // Numbers the snapshot settled, before the entries in memory.
        let settled = self.settled.get(&writer).copied().unwrap_or(0);
        (number <= settled).then_some(Answer::Duplicate {
            number,
            first: None,
        })
    }

    /// The change as the host will apply it, or why it will not.
    fn check(
        &self,
        live: &Live,
        submission: &Submission,
        now: NaiveDateTime,
    ) -> Result<Change, String> {
        let Submission {
            writer,
            number,
            base,
            ref change,
        } = *submission;
        if !writer.is_host() && number == 0 {
            return Err("a joined writer's changes are numbered from 1".to_owned());
        }
        if base > self.seq {
            return Err(format!(
                "built on change {base}, which the host has not made (it has {})",
                self.seq
            ));
        }
        let record = &live.record;
        let role = self.role(writer);
        let owners = &live.owners;
        let step = |step: Option<&Step>, none: &str| match step {
            Some(step) => {
                let mine = |id| owners.get(&id) == Some(&writer);
                roles::permits(role, &step.op, record, &mine)
            }
            None => Err(none.to_owned()),
        };
        match change {
            Change::Do(op) => {
                // The host's own ops carry its clock already, stamped by the same commands.
                let now = (!writer.is_host()).then_some(now);
                let op = ids::assign(op, record, now);
                let made = created(&op);
                let mine = |id| owners.get(&id) == Some(&writer) || made.contains(&id);
                roles::permits(role, &op, record, &mine)?;
                self.moved.fits(&op, record, base)?;
                Ok(Change::Do(op))
            }
            Change::Undo => step(live.last_step(writer), "nothing to undo").map(|()| Change::Undo),
            Change::Redo => {
                step(live.last_undone(writer), "nothing to redo").map(|()| Change::Redo)
            }
        }
    }

    /// Applies a checked change and gives it the next place in the order.
    fn make(&mut self, live: &mut Live, writer: WriterId, number: u64, change: Change) -> Answer {
        let entry = Entry {
            writer,
            number,
            change,
        };
        let before = places::Layout::of(&live.record);
        if let Err(e) = live.apply_entry(&entry) {
            let message = e.to_string();
            if !writer.is_host() {
                self.refused.insert((writer, number), message.clone());
            }
            return Answer::Refused { number, message };
        }
        self.seq += 1;
        self.moved
            .note(&before, &places::Layout::of(&live.record), self.seq);
        if !writer.is_host() {
            let last = self.last.entry(writer).or_default();
            *last = (*last).max(number);
            self.accepted
                .entry(writer)
                .or_default()
                .insert(number, self.seq);
        }
        self.log.push(entry.clone());
        Answer::Applied(Sequenced {
            seq: self.seq,
            entry,
        })
    }
}
