//! Old records open forever: a record written by plenary 0.1.0 (before the record format was
//! versioned), covering every kind of op, undo and redo, with a snapshot and a journal tail
//! after it, must open in this release and export exactly what 0.1.0 exported from it.
//!
//! `tests/fixtures/record-0.1.0/` is that record, as 0.1.0 wrote it; never regenerate it.
//! `tests/fixtures/record-0.1.0-exports/` holds what 0.1.0's `plenary export` and `plenary qr`
//! printed for it. When an export is meant to change, update the expected file in the same
//! commit and say why; the record's own bytes never change.
//!
//! Exports changed on purpose since 0.1.0:
//! - `qr.txt`, `qr-terminal.txt` and the codes in `minutes.html` (issue 12, outcomes that all
//!   reach the phones): the codes are labelled with the meeting's title ("Test meeting
//!   outcomes"), not its place; a part that starts inside a section repeats the section's
//!   heading "(continued)", no part ends on a heading and no item is cut between two codes
//!   (5 parts where there were 4); the bytes follow the UTF-8 ECI designator, so each code
//!   differs; and `qr --text` prints what the codes hold, part by part, not the summary.
//! - `minutes.md`, `minutes.html` (issue 12, attendance and planned times): the header counts
//!   "2 named participants" (the named list is not everyone present) and says nothing of
//!   countries it does not know; the held sessions carry their planned times.
//! - `minutes.md`, `minutes.html`, `qr.txt`, `qr-terminal.txt` (issue 12, minutes that state
//!   only what happened): a deferred resolution no longer reads "deferred by consensus": a
//!   consensus does not describe a deferral, and 0.1.0 wrote `Consensus` for every resolution
//!   nobody gave a method. Its `Consensus` stays in the record and in the JSON export as written.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use plenary::store;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/record-0.1.0")
}

fn expected(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/record-0.1.0-exports")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A copy of the fixture in a temporary folder, so no test can change the committed bytes.
fn copy(without_snapshot: bool) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for entry in std::fs::read_dir(fixture()).expect("the fixture folder") {
        let entry = entry.expect("a fixture file");
        let name = entry.file_name();
        if without_snapshot && name == store::SNAPSHOT_FILE {
            continue;
        }
        std::fs::copy(entry.path(), dir.path().join(&name)).expect("copy a fixture file");
    }
    dir
}

fn plenary(args: &[&str]) -> String {
    let out = Command::cargo_bin("plenary")
        .expect("the plenary binary")
        .args(args)
        .output()
        .expect("plenary runs");
    assert!(
        out.status.success(),
        "plenary {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "plenary {args:?} warned: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn every_export_of_the_old_record_is_what_0_1_0_wrote() {
    let dir = copy(false);
    let path = dir.path().to_str().expect("a UTF-8 path");
    for (format, file) in [
        ("md", "minutes.md"),
        ("html", "minutes.html"),
        ("csv", "actions.csv"),
        ("json", "record.json"),
    ] {
        assert_eq!(
            plenary(&["export", path, "--format", format]),
            expected(file),
            "`plenary export --format {format}` of the 0.1.0 record changed"
        );
    }
    assert_eq!(plenary(&["qr", path, "--text"]), expected("qr.txt"));
    assert_eq!(plenary(&["qr", path]), expected("qr-terminal.txt"));
}

#[test]
fn the_old_record_replays_to_the_same_state_with_and_without_its_snapshot() {
    let with = copy(false);
    let without = copy(true);
    let a = store::load(with.path()).expect("the 0.1.0 record loads");
    let b = store::load(without.path()).expect("the 0.1.0 journal alone loads");
    assert!(a.warnings.is_empty(), "warnings: {:?}", a.warnings);
    assert!(b.warnings.is_empty(), "warnings: {:?}", b.warnings);
    assert_eq!(
        a.live, b.live,
        "snapshot + tail and the whole journal disagree"
    );
    assert_eq!(a.changes, b.changes);
    assert!(a.replayed < a.changes, "the snapshot was not used");
}

#[test]
fn the_old_record_opens_for_writing_and_its_agenda_checks() {
    let dir = copy(false);
    let opened = store::Store::open(dir.path()).expect("the 0.1.0 record opens for writing");
    assert!(
        opened.warnings.is_empty(),
        "warnings: {:?}",
        opened.warnings
    );
    drop(opened);
    let agenda = dir.path().join(store::AGENDA_FILE);
    plenary(&["check", agenda.to_str().expect("a UTF-8 path")]);
}
