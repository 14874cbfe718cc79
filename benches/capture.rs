//! Durable capture: one note appended through `Store::commit` (apply, frame, write, fdatasync,
//! and every 1,000th change a snapshot), side by side with the physical floor: the same bytes
//! appended to a file in the same folder and made durable with `File::sync_data`.
//!
//! Both run in pairs, one commit and one floor write, the order swapped every pair, so they
//! meet the disk in the same moments (a virtual disk's latency drifts by 10x over seconds);
//! each write is timed alone and the medians compared, the means too (they carry the
//! snapshot every 1,000th commit pays). The record starts as the 10,000-op meeting (the end
//! of a busy four-day meeting) and is put back to that size whenever it has grown by 2,000
//! changes, so the snapshot it pays for stays that size.
//! Everything is on the disk the build is on (`<target>/plenary-perf`), never a tmpfs.
//!
//! `cargo bench --bench capture`

mod common;

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{NaiveDateTime, TimeDelta};
use criterion::{Criterion, criterion_group};
use plenary::core::history::{Change, Live};
use plenary::core::op::Op;
use plenary::core::record::{Note, NoteKind};
use plenary::store::journal;
use plenary::store::{Opened, Store};

/// Pairs of one commit and one floor write measured.
const PAIRS: usize = 3_000;

/// A writer on a working copy of the big record, with the floor file beside it.
struct Bench {
    pristine: PathBuf,
    work: PathBuf,
    store: Option<Store>,
    live: Live,
    floor: File,
    frame: Vec<u8>,
    session: String,
    at: NaiveDateTime,
    rng: common::Rng,
}

impl Bench {
    fn new(folder: &Path) -> Bench {
        let pristine = folder.join("pristine");
        common::write_record(
            &pristine,
            &common::meeting_changes(common::MEETING_OPS),
            true,
        );
        let work = folder.join("rec");
        let (store, live) = open_copy(&pristine, &work);
        let session = live
            .record
            .plan
            .sessions()
            .map(|(_, s)| s.id.clone())
            .last()
            .expect("a session");
        let at = live
            .record
            .notes
            .last()
            .map(|n| n.at)
            .expect("the meeting has notes");
        let floor = OpenOptions::new()
            .create(true)
            .append(true)
            .open(folder.join("floor"))
            .expect("the floor file");
        let mut bench = Bench {
            pristine,
            work,
            store: Some(store),
            live,
            floor,
            frame: Vec::new(),
            session,
            at,
            rng: common::Rng::new(42),
        };
        // The floor writes the frame of a typical note: the same bytes a commit appends.
        bench.frame = journal::frame(&bench.next_note()).expect("frame a note");
        bench
    }

    /// The next note a note-taker types: a sentence of 6 to 35 words, now and then a speaker.
    fn next_note(&mut self) -> Change {
        self.at += TimeDelta::seconds(20);
        let words = 6 + self.rng.below(30);
        Change::Do(Op::AddNote(Note {
            id: self.live.record.fresh_id(),
            session: self.session.clone(),
            kind: NoteKind::Note,
            text: common::sentence(&mut self.rng, words),
            speaker: self.rng.chance(35).then(|| "lucia".to_owned()),
            at: self.at,
            item: None,
        }))
    }

    /// Puts the record back to 10,000 changes once it has grown by 2,000.
    fn keep_size(&mut self) {
        let grown = self.store.as_ref().map_or(0, Store::changes);
        if grown < (common::MEETING_OPS + 2_000) as u64 {
            return;
        }
        self.store = None; // releases the lock
        std::fs::remove_dir_all(&self.work).expect("remove the working copy");
        let (store, live) = open_copy(&self.pristine, &self.work);
        self.store = Some(store);
        self.live = live;
    }

    fn commit(&mut self) -> Duration {
        let change = self.next_note();
        let store = self.store.as_mut().expect("a writer");
        let started = Instant::now();
        store
            .commit(&mut self.live, &change)
            .expect("the note is saved");
        started.elapsed()
    }

    fn floor(&mut self) -> Duration {
        let started = Instant::now();
        self.floor.write_all(&self.frame).expect("write");
        self.floor.sync_data().expect("fdatasync");
        started.elapsed()
    }
}

fn open_copy(pristine: &Path, work: &Path) -> (Store, Live) {
    common::copy_record(pristine, work);
    let Opened { store, live, .. } = Store::open(work).expect("open the working copy");
    (store, live)
}

/// Commits and floor writes in pairs, the order swapped every pair; each one timed alone.
fn paired(bench: &mut Bench, pairs: usize) -> (Vec<Duration>, Vec<Duration>) {
    let (mut commits, mut floors) = (Vec::with_capacity(pairs), Vec::with_capacity(pairs));
    for i in 0..pairs {
        bench.keep_size();
        if i % 2 == 0 {
            commits.push(bench.commit());
            floors.push(bench.floor());
        } else {
            floors.push(bench.floor());
            commits.push(bench.commit());
        }
    }
    (commits, floors)
}

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

/// Median, mean and 99th percentile of a sample, in microseconds.
fn summary(mut times: Vec<Duration>) -> (f64, f64, f64) {
    times.sort();
    let median = micros(times[times.len() / 2]);
    let mean = micros(times.iter().sum::<Duration>()) / times.len() as f64;
    let p99 = micros(times[(times.len() * 99).div_ceil(100) - 1]);
    (median, mean, p99)
}

fn capture(c: &mut Criterion) {
    let folder = common::scratch("capture-");
    let mut bench = Bench::new(folder.path());
    println!(
        "capture: a note frame is {} bytes; the record starts at {} changes in {}",
        bench.frame.len(),
        common::MEETING_OPS,
        folder.path().display()
    );
    paired(&mut bench, 200); // warm-up
    let (commits, floors) = paired(&mut bench, PAIRS);
    let (commit, floor) = (summary(commits), summary(floors));
    for (name, (median, mean, p99)) in [("commit", commit), ("floor", floor)] {
        println!(
            "capture {name}: {PAIRS} writes, median {median:.0} µs, mean {mean:.0} µs, p99 {p99:.0} µs"
        );
        common::save_result(&format!("capture_{name}_median_us"), median);
        common::save_result(&format!("capture_{name}_mean_us"), mean);
        common::save_result(&format!("capture_{name}_p99_us"), p99);
    }
    println!(
        "capture: Store::commit / floor = {:.2} (medians), {:.2} (means)",
        commit.0 / floor.0,
        commit.1 / floor.1
    );

    // What every 1,000th commit pays on top: a snapshot of the whole live record.
    let mut snapshot = c.benchmark_group("capture_snapshot");
    snapshot
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    snapshot.bench_function("snapshot_10k", |b| {
        b.iter(|| {
            let store = bench.store.as_mut().expect("a writer");
            store.snapshot(&bench.live).expect("snapshot");
        })
    });
    snapshot.finish();
}

criterion_group!(benches, capture);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
