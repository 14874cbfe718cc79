//! Records on disk: replay equals live state, damaged tails are cut back to the last whole
//! change, one writer per record, owner-only files.

mod common;

use std::path::Path;

use common::{KINDS, Pick, SMALL, change_for, small_agenda};
use plenary::core::history::{Change, Live};
use plenary::core::op::Op;
use plenary::core::record::Id;
use plenary::store::{JOURNAL_FILE, SNAPSHOT_FILE, Store, StoreError, journal, load};
use proptest::prelude::*;

fn new_record(dir: &Path) -> (Store, Live) {
    let opened = Store::create(dir, SMALL, small_agenda()).expect("create a record");
    (opened.store, opened.live)
}

/// Commits `n` notes and returns the live state after each commit (index 0: none yet).
fn with_notes(store: &mut Store, live: &mut Live, n: usize) -> Vec<Live> {
    let mut states = vec![live.clone()];
    for i in 0..n {
        let change = common::new_note(live, &format!("note {i} — ngiyabonga 🌍"), i as i64);
        store.commit(live, &change).expect("commit");
        states.push(live.clone());
    }
    states
}

#[test]
fn a_record_reopens_as_it_was_left() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rec");
    let (mut store, mut live) = new_record(&path);
    with_notes(&mut store, &mut live, 5);
    store
        .commit(&mut live, &Change::Undo)
        .expect("undo is journaled too");
    drop(store);
    let opened = Store::open(&path).expect("reopen");
    assert_eq!(opened.live, live);
    assert!(opened.warnings.is_empty());
    assert_eq!(opened.store.changes(), 6);
}

#[test]
fn truncating_the_journal_anywhere_keeps_every_whole_change_before_the_cut() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rec");
    let (mut store, mut live) = new_record(&path);
    let states = with_notes(&mut store, &mut live, 12);
    drop(store);
    let bytes = std::fs::read(path.join(JOURNAL_FILE)).expect("journal");
    let ends: Vec<u64> = journal::scan(&bytes, 0)
        .expect("a journal")
        .changes
        .iter()
        .map(|(_, end)| *end)
        .collect();
    // Every byte offset across the last four changes, and the header's.
    let first_cut = ends[ends.len() - 5] as usize;
    let cuts = (0..=journal::HEADER.len()).chain(first_cut..=bytes.len());
    let mut tried = 0;
    for cut in cuts {
        let copy = dir.path().join(format!("cut-{cut}"));
        std::fs::create_dir(&copy).expect("copy dir");
        std::fs::copy(path.join("agenda.ron"), copy.join("agenda.ron")).expect("copy agenda");
        std::fs::write(copy.join(JOURNAL_FILE), &bytes[..cut]).expect("write cut journal");

        let whole = ends.iter().filter(|&&end| end as usize <= cut).count();
        let loaded = load(&copy).unwrap_or_else(|e| panic!("cut at {cut}: {e}"));
        assert_eq!(loaded.changes as usize, whole, "cut at {cut}");
        assert_eq!(loaded.live, states[whole], "cut at {cut}");
        let torn = cut != bytes.len()
            && !ends.contains(&(cut as u64))
            && cut != journal::HEADER.len()
            && cut != 0;
        assert_eq!(
            !loaded.warnings.is_empty(),
            torn,
            "cut at {cut}: {:?}",
            loaded.warnings
        );

        // Reading leaves the journal as it is.
        assert_eq!(
            std::fs::read(copy.join(JOURNAL_FILE)).expect("journal"),
            &bytes[..cut]
        );

        // Opening for writing sets the torn tail aside, then cuts it, before anything new
        // lands after it.
        let mut opened = Store::open(&copy).unwrap_or_else(|e| panic!("open cut at {cut}: {e}"));
        let aside = copy.join("journal.damaged-1");
        if torn {
            let good = if cut < journal::HEADER.len() {
                0
            } else {
                ends.iter()
                    .copied()
                    .filter(|&end| end as usize <= cut)
                    .max()
                    .map_or(journal::HEADER.len(), |end| end as usize)
            };
            assert_eq!(
                std::fs::read(&aside).expect("set aside"),
                &bytes[good..cut],
                "cut at {cut}"
            );
        } else {
            assert!(!aside.exists(), "cut at {cut}: nothing to set aside");
        }
        let change = common::new_note(&opened.live, "after the crash", 99);
        opened
            .store
            .commit(&mut opened.live, &change)
            .expect("commit after the cut");
        drop(opened.store);
        let reloaded = load(&copy).expect("reload");
        assert_eq!(reloaded.live, opened.live, "cut at {cut}");
        assert!(
            reloaded.warnings.is_empty(),
            "cut at {cut}: tail was cut on open"
        );
        tried += 1;
    }
    assert!(tried > 100, "tried {tried} cuts");
}

#[test]
fn a_flipped_byte_in_the_last_change_is_caught_by_its_checksum() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rec");
    let (mut store, mut live) = new_record(&path);
    let states = with_notes(&mut store, &mut live, 4);
    drop(store);
    let journal_path = path.join(JOURNAL_FILE);
    let mut bytes = std::fs::read(&journal_path).expect("journal");
    let last = bytes.len() - 3;
    bytes[last] ^= 0x20;
    std::fs::write(&journal_path, &bytes).expect("write");
    let loaded = load(&path).expect("load");
    assert_eq!(loaded.live, states[3]);
    assert!(
        loaded.warnings[0].contains("checksum"),
        "{:?}",
        loaded.warnings
    );
}

#[test]
fn a_second_writer_is_refused_with_the_pid_of_the_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rec");
    let (store, _) = new_record(&path);
    let err = Store::open(&path).expect_err("the record is locked");
    let message = err.to_string();
    assert!(matches!(err, StoreError::Locked { pid: Some(p), .. } if p == std::process::id()));
    assert!(
        message.contains("is open in another plenary (pid"),
        "{message}"
    );
    // Reading without the lock still works: that is what a follower does.
    load(&path).expect("read-only load");
    drop(store);
    Store::open(&path).expect("free once the first writer is gone");
}

#[test]
fn creating_over_an_existing_record_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rec");
    drop(new_record(&path));
    let err = Store::create(&path, SMALL, small_agenda()).expect_err("exists");
    assert!(err.to_string().contains("already holds a record"));
}

#[test]
fn opening_a_folder_that_is_not_a_record_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let err = Store::open(dir.path()).expect_err("not a record");
    assert!(err.to_string().contains("is not a plenary record"), "{err}");
    std::fs::write(dir.path().join(JOURNAL_FILE), b"hello world, not a journal").expect("write");
    let err = Store::open(dir.path()).expect_err("not a journal");
    assert!(
        err.to_string()
            .contains("does not start like a plenary journal"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn record_files_are_readable_by_their_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rec");
    let (mut store, mut live) = new_record(&path);
    with_notes(&mut store, &mut live, 1);
    store.snapshot(&live).expect("snapshot");
    let mode = |p: &Path| std::fs::metadata(p).expect("stat").permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o700);
    for name in ["agenda.ron", JOURNAL_FILE, SNAPSHOT_FILE, "lock"] {
        assert_eq!(mode(&path.join(name)), 0o600, "{name}");
    }
}

#[test]
fn a_snapshot_plus_the_journal_tail_equals_the_live_record() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rec");
    let (mut store, mut live) = new_record(&path);
    with_notes(&mut store, &mut live, 3);
    store.snapshot(&live).expect("snapshot");
    with_notes(&mut store, &mut live, 3);
    drop(store);
    let loaded = load(&path).expect("load");
    assert_eq!(loaded.live, live);
    assert_eq!(loaded.changes, 6);

    // A damaged snapshot is only a warning: the journal alone rebuilds the record.
    std::fs::write(path.join(SNAPSHOT_FILE), b"{ not json").expect("write");
    let loaded = load(&path).expect("load without the snapshot");
    assert_eq!(loaded.live, live);
    assert!(loaded.warnings[0].contains("snapshot"));
}

#[test]
fn refused_changes_never_reach_the_journal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rec");
    let (mut store, mut live) = new_record(&path);
    let refused = Change::Do(Op::DeleteNote { id: Id(4242) });
    assert!(store.commit(&mut live, &refused).is_err());
    assert_eq!(store.changes(), 0);
    drop(store);
    assert_eq!(load(&path).expect("load").changes, 0);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Replaying the journal gives back the live record, history included.
    #[test]
    fn replaying_the_journal_equals_the_live_state(
        picks in prop::collection::vec((0..KINDS, 0..64usize, 0..64usize, 0..64usize), 1..60)
    ) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("rec");
        let (mut store, mut live) = new_record(&path);
        for (minute, (kind, a, b, c)) in picks.into_iter().enumerate() {
            let change = change_for(&live, Pick { kind, a, b, c }, minute as i64);
            let _ = store.commit(&mut live, &change);
            if minute == 30 {
                store.snapshot(&live).expect("snapshot");
            }
        }
        drop(store);
        let loaded = load(&path).expect("load");
        prop_assert_eq!(loaded.live, live);
    }
}

#[test]
fn a_copy_saved_elsewhere_is_a_whole_record() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rec");
    let (mut store, mut live) = new_record(&path);
    with_notes(&mut store, &mut live, 3);
    let copy = dir.path().join("usb-stick").join("rec-copy");
    store.save_copy(&copy).expect("save a copy");
    let loaded = load(&copy).expect("the copy loads");
    assert_eq!(loaded.live, live);
    let err = store
        .save_copy(&copy)
        .expect_err("never over an existing folder");
    assert!(err.to_string().contains("already holds a record"), "{err}");
}
