//! Shared by the performance benches: the records they measure, built through plenary's own
//! store the way a meeting builds them, and where their results go.
//!
//! The 10,000-op meeting is the Durban agenda run from the first session to the last by a
//! busy room: notes of every kind (a third with a speaker), typo fixes, a few deletions,
//! actions with owners and due dates grouped into twelve strategies, speakers' hands and
//! turns, scores and dot votes, resolutions, undo and redo. Every change is generated
//! against a live record, so each one applies, and the mix is the same on every run.

#![allow(dead_code)] // each bench uses a different part of this module

use std::path::{Path, PathBuf};

use chrono::{NaiveDateTime, TimeDelta};
use plenary::core::agenda::{Agenda, SessionKind};
use plenary::core::history::{Change, Live};
use plenary::core::op::Op;
use plenary::core::record::{
    Action, Count, Id, Method, Note, NoteKind, Record, Resolution, ResolutionStatus,
};
use plenary::example::DURBAN_AGENDA;
use plenary::store::agenda_file::parse_agenda;
use plenary::store::{Opened, Store};

/// How many changes the big record holds.
pub const MEETING_OPS: usize = 10_000;

/// The Durban agenda, parsed, with the text a record keeps as its copy.
pub fn durban() -> (Agenda, String) {
    parse_agenda("durban-2018.ron", DURBAN_AGENDA.as_bytes()).expect("the bundled agenda")
}

/// The cargo target folder the benches were built in.
pub fn target_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(dir);
    }
    // target/release/deps/<bench> when cargo runs it.
    let exe = std::env::current_exe().expect("the bench's path");
    exe.ancestors()
        .nth(3)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("target"))
}

/// Where the benches keep their records and results: `<target>/plenary-perf`, on the same
/// disk as the build (not a tmpfs).
pub fn perf_dir() -> PathBuf {
    let dir = target_dir().join("plenary-perf");
    std::fs::create_dir_all(&dir).expect("create the perf folder");
    dir
}

/// A fresh scratch folder under [`perf_dir`], removed when dropped.
pub fn scratch(prefix: &str) -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix(prefix)
        .tempdir_in(perf_dir())
        .expect("a scratch folder")
}

/// A fresh scratch folder in memory (/dev/shm), for building records fast; falls back to
/// the disk when there is no /dev/shm.
pub fn scratch_in_memory(prefix: &str) -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    let builder = {
        let mut b = tempfile::Builder::new();
        b.prefix(prefix);
        b
    };
    if shm.is_dir() {
        builder
            .tempdir_in(shm)
            .expect("a scratch folder in /dev/shm")
    } else {
        builder.tempdir_in(perf_dir()).expect("a scratch folder")
    }
}

/// Copies a record folder (its regular files) into `to`, syncing nothing: the copy is read
/// back, never relied on across a crash.
pub fn copy_record(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create the copy");
    for entry in std::fs::read_dir(from).expect("read the record") {
        let entry = entry.expect("an entry");
        if entry.file_type().expect("a type").is_file() {
            std::fs::copy(entry.path(), to.join(entry.file_name())).expect("copy a file");
        }
    }
}

/// A tiny deterministic generator (xorshift), so the records are the same on every run.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    /// The next number below `n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        (x % n as u64) as usize
    }

    /// True with probability `percent` in 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One of `items`.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const WORDS: &[&str] = &[
    "land",
    "housing",
    "rights",
    "communities",
    "evictions",
    "women's",
    "leadership",
    "corporate",
    "capture",
    "survey",
    "members",
    "region",
    "campaign",
    "data",
    "coordination",
    "mining",
    "water",
    "tenure",
    "advocacy",
    "network",
    "mobilise",
    "report",
    "budget",
    "pilot",
    "strategy",
    "follow-up",
    "ngiyabonga",
    "desalojos",
    "集体",
    "🌍",
    "Durban",
    "Latin",
    "America",
    "Africa",
    "Asia",
    "government",
    "policy",
    "the",
    "of",
    "and",
    "to",
    "in",
    "with",
    "for",
];

/// A sentence of `words` words, ending in a full stop.
pub fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut text = String::new();
    for i in 0..words {
        if i > 0 {
            text.push(' ');
        }
        let word: &&str = rng.pick(WORDS);
        text.push_str(word);
    }
    text.push('.');
    text
}

/// `n` changes of a busy run of the Durban agenda, every one of which applies, in order, to
/// a fresh record of it.
pub fn meeting_changes(n: usize) -> Vec<Change> {
    let (agenda, _) = durban();
    let participants: Vec<String> = agenda.participants.iter().map(|p| p.id.clone()).collect();
    let criteria: Vec<String> = agenda.criteria.iter().map(|c| c.id.clone()).collect();
    let sessions: Vec<(NaiveDateTime, String, u32)> = agenda
        .days
        .iter()
        .flat_map(|d| {
            d.sessions
                .iter()
                .zip(d.planned())
                .filter(|(s, _)| s.kind != SessionKind::Break)
                .filter_map(move |(s, at)| {
                    Some((d.date.and_time(at.start_time()?), s.id.clone(), s.minutes?))
                })
        })
        .collect();
    let mut live = Live::new(Record::new(agenda));
    let mut rng = Rng::new(0x5eed_2018);
    let mut changes: Vec<Change> = Vec::with_capacity(n);
    let mut strategies: Vec<Id> = Vec::new();
    // Three changes a session open and close it; the rest share what is left.
    let per_session = n.saturating_sub(sessions.len() * 3) / sessions.len().max(1);
    let push = |live: &mut Live, changes: &mut Vec<Change>, change: Change| -> bool {
        if changes.len() < n && live.apply(&change).is_ok() {
            changes.push(change);
            true
        } else {
            false
        }
    };
    for (i, (start, session, minutes)) in sessions.iter().enumerate() {
        let last = i + 1 == sessions.len();
        let step = TimeDelta::seconds(i64::from(*minutes) * 60 / (per_session as i64 + 1));
        let mut at = *start;
        push(
            &mut live,
            &mut changes,
            Change::Do(Op::SetCurrent {
                session: Some(session.clone()),
            }),
        );
        push(
            &mut live,
            &mut changes,
            Change::Do(Op::StartSession {
                session: session.clone(),
                at,
            }),
        );
        let budget = if last {
            n.saturating_sub(changes.len() + 1)
        } else {
            per_session
        };
        let mut made = 0;
        while made < budget && changes.len() + 1 < n {
            at += step;
            let change = one_change(
                &mut rng,
                &live.record,
                session,
                at,
                &participants,
                &criteria,
                &mut strategies,
            );
            if push(&mut live, &mut changes, change) {
                made += 1;
            }
        }
        push(
            &mut live,
            &mut changes,
            Change::Do(Op::EndSession {
                session: session.clone(),
                at: *start + TimeDelta::minutes(i64::from(*minutes)),
            }),
        );
    }
    changes
}

/// One change a note-taker or facilitator might make at `at` in `session`.
fn one_change(
    rng: &mut Rng,
    record: &Record,
    session: &str,
    at: NaiveDateTime,
    participants: &[String],
    criteria: &[String],
    strategies: &mut Vec<Id>,
) -> Change {
    let id = record.fresh_id();
    let roll = rng.below(1000);
    let op = match roll {
        0..=619 => {
            let kind = match rng.below(10) {
                0 => NoteKind::KeyPoint,
                1 => NoteKind::Question,
                2 => NoteKind::Quote,
                _ => NoteKind::Note,
            };
            let words = 6 + rng.below(30);
            Op::AddNote(Note {
                id,
                session: session.to_owned(),
                kind,
                text: sentence(rng, words),
                speaker: rng.chance(35).then(|| rng.pick(participants).clone()),
                at,
                item: None,
            })
        }
        620..=699 => match record.notes.last() {
            Some(note) => Op::EditNote {
                id: note.id,
                kind: note.kind,
                text: format!("{} {}", note.text, sentence(rng, 3)),
                speaker: note.speaker.clone(),
            },
            None => return Change::Undo,
        },
        700..=714 => match record.notes.last() {
            Some(note) => Op::DeleteNote { id: note.id },
            None => return Change::Undo,
        },
        715..=834 => {
            let words = 5 + rng.below(12);
            Op::AddAction {
                action: Action {
                    id,
                    text: sentence(rng, words),
                    owner: rng.chance(60).then(|| rng.pick(participants).clone()),
                    due: rng
                        .chance(40)
                        .then(|| at.date() + TimeDelta::days(7 + rng.below(60) as i64)),
                    session: session.to_owned(),
                    item: None,
                    progress: Default::default(),
                },
                strategy: None,
            }
        }
        835..=894 => {
            if strategies.len() < 12 && (strategies.is_empty() || rng.chance(20)) {
                strategies.push(id);
                Op::AddStrategy {
                    id,
                    name: format!("Strategy {}: {}", strategies.len(), sentence(rng, 3)),
                    index: record.strategies.len(),
                }
            } else if let Some(&card) = record.unsorted.first() {
                let into = *rng.pick(strategies);
                let len = record.strategy(into).map_or(0, |s| s.actions.len());
                Op::MoveAction {
                    id: card,
                    strategy: Some(into),
                    index: rng.below(len + 1),
                }
            } else {
                return Change::Undo;
            }
        }
        895..=934 => {
            let speaker = rng.pick(participants).clone();
            match rng.below(3) {
                0 => Op::RaiseHand { speaker },
                1 => Op::NextSpeaker {
                    session: session.to_owned(),
                    at,
                },
                _ => Op::EndTurn {
                    session: session.to_owned(),
                    at,
                },
            }
        }
        935..=959 => {
            let proposal = rng.pick(&record.proposals).id;
            if rng.chance(70) {
                Op::Score {
                    proposal,
                    criterion: rng.pick(criteria).clone(),
                    score: Some(rng.below(6) as u8),
                }
            } else {
                Op::SetDots {
                    proposal,
                    dots: rng.below(40) as u32,
                }
            }
        }
        960..=964 => Op::AddResolution(Resolution {
            id,
            session: session.to_owned(),
            text: sentence(rng, 12),
            method: if rng.chance(50) {
                Method::Consensus
            } else {
                Method::Vote {
                    for_: Some(Count::Exact(20 + rng.below(10) as u32)),
                    against: Some(Count::Exact(rng.below(5) as u32)),
                    abstain: Some(Count::Exact(rng.below(5) as u32)),
                }
            },
            status: ResolutionStatus::Adopted,
            proposal: None,
            actions: Vec::new(),
            at,
            item: None,
        }),
        965..=989 => return Change::Undo,
        _ => return Change::Redo,
    };
    Change::Do(op)
}

/// Writes a record of the Durban agenda holding `changes` into `dir` (which must not exist
/// yet), one journal frame a change, exactly as plenary writes them: built in memory
/// (/dev/shm) through [`Store::commit`] and copied to `dir`. The store snapshots every 1,000
/// changes; with `keep_snapshot` false the snapshot is left out, so loading replays every
/// frame of the journal.
pub fn write_record(dir: &Path, changes: &[Change], keep_snapshot: bool) {
    let (agenda, text) = durban();
    let shm = scratch_in_memory("plenary-record-");
    let built = shm.path().join("rec");
    let Opened {
        mut store,
        mut live,
        ..
    } = Store::create(&built, &text, agenda).expect("create the record");
    for change in changes {
        store
            .commit(&mut live, change)
            .expect("every change applies");
    }
    drop(store);
    let _ = std::fs::remove_file(built.join(plenary::store::lock::LOCK_FILE));
    if !keep_snapshot {
        let _ = std::fs::remove_file(built.join(plenary::store::SNAPSHOT_FILE));
    }
    copy_record(&built, dir);
}

/// One op that puts `cards` actions into `strategies` strategies on `record`'s board (one
/// card in 13 left in Unsorted), as the board tests do.
pub fn board_batch(record: &Record, session: &str, cards: u64, strategies: u64) -> Op {
    let first = record.fresh_id().0;
    let mut ops: Vec<Op> = (0..strategies)
        .map(|i| Op::AddStrategy {
            id: Id(first + i),
            name: format!("Strategy {}", i + 1),
            index: i as usize,
        })
        .collect();
    for n in 0..cards {
        ops.push(Op::AddAction {
            action: Action {
                id: Id(first + strategies + n),
                text: format!("Action {n} — ngiyabonga 集体 🌍 follow up with the region"),
                owner: (n % 3 == 0).then(|| format!("Owner {}", n % 7)),
                due: None,
                session: session.to_owned(),
                item: None,
                progress: Default::default(),
            },
            strategy: (n % 13 != 0).then_some(Id(first + n % strategies)),
        });
    }
    Op::Batch(ops)
}

/// One op that captures `count` notes in `session`.
pub fn notes_batch(record: &Record, session: &str, count: u64, at: NaiveDateTime) -> Op {
    let first = record.fresh_id().0;
    let mut rng = Rng::new(7);
    Op::Batch(
        (0..count)
            .map(|n| {
                let words = 6 + rng.below(30);
                Op::AddNote(Note {
                    id: Id(first + n),
                    session: session.to_owned(),
                    kind: NoteKind::Note,
                    text: sentence(&mut rng, words),
                    speaker: (n % 3 == 0).then(|| "lucia".to_owned()),
                    at: at + TimeDelta::seconds(n as i64),
                    item: None,
                })
            })
            .collect(),
    )
}

/// Records a figure for the report: `perf_dir()/results/<name>` holds its value.
pub fn save_result(name: &str, value: f64) {
    let dir = perf_dir().join("results");
    std::fs::create_dir_all(&dir).expect("create the results folder");
    std::fs::write(dir.join(name), format!("{value}\n")).expect("write a result");
}

/// The wall clock, for the room benches' notes and polls.
pub fn wall_clock() -> NaiveDateTime {
    chrono::Local::now().naive_local()
}

/// Files a note with `text` on a joined laptop, in the Durban record's first session: into
/// its outbox, and to the host when the link is up. Its submission number.
pub fn file_note(laptop: &mut plenary::room::Joined, text: String) -> u64 {
    let id = laptop
        .live()
        .map(|l| l.record.fresh_id())
        .expect("a replica");
    let note = Change::Do(Op::AddNote(Note {
        id,
        session: "d1-arrival".into(),
        kind: NoteKind::Note,
        text,
        speaker: None,
        at: wall_clock(),
        item: None,
    }));
    laptop.submit(note).expect("kept in the outbox")
}

/// Polls a joined laptop until the host acknowledges its submission `number`; a refusal, or
/// no answer `within`, fails the bench.
pub fn answered(laptop: &mut plenary::room::Joined, number: u64, within: std::time::Duration) {
    use plenary::room::JoinedEvent;
    let started = std::time::Instant::now();
    loop {
        for event in laptop.poll_within(std::time::Duration::from_millis(2), wall_clock()) {
            match event {
                JoinedEvent::Acknowledged(n) if n == number => return,
                JoinedEvent::Refused { message, .. } => panic!("refused: {message}"),
                _ => {}
            }
        }
        assert!(
            started.elapsed() < within,
            "submission {number} never acknowledged"
        );
    }
}
