//! Open: loading the 10,000-op meeting with `store::load`, against deserialising the same
//! ops from memory.
//!
//! The record is written once in setup, one journal frame a change, by `Store::commit` (in
//! /dev/shm, for speed) and copied to the disk the build is on (`<target>/plenary-perf`). The
//! loads then read it through the page cache: a warm open, as when a record is resumed.
//!
//! - `load_journal`: no snapshot, so every one of the 10,000 frames is read, checked
//!   (CRC-32), decoded and applied. The budget's case.
//! - `load_snapshot`: the record as plenary leaves it. Snapshots are written only once 50,000
//!   changes pile up (replaying is faster than reading one below that), so for this record it
//!   is the journal again; the row stays to show what a writer leaves.
//! - `decode_memory`: the floor. The 10,000 change payloads already in memory, each decoded
//!   with `serde_json::from_slice::<Change>`; nothing read, checked or applied.
//! - `decode_apply_memory`: the same plus `Live::apply` of each onto a fresh record: all the
//!   work of a load except reading the file, checking frames and parsing the agenda.
//!
//! `cargo bench --bench open`

mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, Criterion, criterion_group};
use plenary::core::history::{Change, Live};
use plenary::core::record::Record;
use plenary::store::{journal, load};

fn open(c: &mut Criterion) {
    let changes = common::meeting_changes(common::MEETING_OPS);
    assert_eq!(changes.len(), common::MEETING_OPS);
    let folder = common::scratch("open-");
    let journal_only = folder.path().join("journal-only");
    let as_saved = folder.path().join("as-saved");
    common::write_record(&journal_only, &changes, false);
    common::write_record(&as_saved, &changes, true);
    let bytes = std::fs::read(journal_only.join(plenary::store::JOURNAL_FILE)).expect("journal");
    println!(
        "open: {} changes, journal {} bytes, snapshot {} bytes, in {}",
        changes.len(),
        bytes.len(),
        std::fs::metadata(as_saved.join(plenary::store::SNAPSHOT_FILE)).map_or(0, |m| m.len()),
        folder.path().display()
    );
    let loaded = load(&journal_only).expect("the record loads");
    assert_eq!(loaded.changes, common::MEETING_OPS as u64);
    let saved = load(&as_saved).expect("the saved record loads");
    assert_eq!(saved.live, loaded.live, "snapshot and journal agree");

    // The payloads, framing stripped: exactly the bytes serde_json decodes in a load.
    let mut payloads: Vec<Vec<u8>> = Vec::with_capacity(changes.len());
    for change in &changes {
        let framed = journal::frame(change).expect("frame");
        payloads.push(framed[8..].to_vec());
    }
    let (agenda, _) = common::durban();
    let fresh = Live::new(Record::new(agenda));

    let mut group = c.benchmark_group("open");
    group
        .sample_size(30)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(6));
    group.bench_function("load_journal", |b| {
        b.iter(|| load(black_box(&journal_only)).expect("load"))
    });
    group.bench_function("load_snapshot", |b| {
        b.iter(|| load(black_box(&as_saved)).expect("load"))
    });
    group.bench_function("decode_memory", |b| {
        b.iter(|| {
            payloads
                .iter()
                .map(|p| serde_json::from_slice::<Change>(black_box(p)).expect("decode"))
                .collect::<Vec<_>>()
        })
    });
    group.bench_function("decode_apply_memory", |b| {
        b.iter_batched(
            || fresh.clone(),
            |mut live| {
                for p in &payloads {
                    let change = serde_json::from_slice::<Change>(black_box(p)).expect("decode");
                    live.apply(&change).expect("apply");
                }
                live
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

criterion_group!(benches, open);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
