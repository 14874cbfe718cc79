//! The record's integrity holes found by independent trials, each held shut: a snapshot from
//! another record, one change that does not apply or decode, a damaged last change, a journal
//! or snapshot of a newer format.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use common::SMALL;
use plenary::core::history::{Change, Live};
use plenary::core::op::Op;
use plenary::core::record::Id;
use plenary::store::agenda_file::parse_agenda;
use plenary::store::follow::Follower;
use plenary::store::{JOURNAL_FILE, SNAPSHOT_FILE, Stop, Store, StoreError, journal, load};

fn plenary() -> Command {
    let mut cmd = Command::cargo_bin("plenary").expect("the plenary binary is built");
    cmd.timeout(std::time::Duration::from_secs(60));
    cmd
}

/// What a run of plenary said: exit code, standard output, standard error.
fn run(args: &[&str], record: &Path) -> (Option<i32>, String, String) {
    let out = plenary()
        .args(args)
        .arg(record)
        .output()
        .expect("plenary runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `Store::open`, waiting out a lock this very process let go of: while another test thread
/// starts a child process, the child briefly shares every open file, the lock of a store just
/// dropped included, until it runs plenary (which closes them).
fn open(path: &Path) -> Result<plenary::store::Opened, StoreError> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        match Store::open(path) {
            Err(StoreError::Locked { pid, .. })
                if pid == Some(std::process::id()) && std::time::Instant::now() < deadline =>
            {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            other => return other,
        }
    }
}

/// A new record of `agenda` in `dir` holding `texts` as notes, with a snapshot written after
/// the first `snapshot_after` of them (none if that is more than there are); returns the live
/// record.
fn record_of(dir: &Path, agenda: &str, texts: &[&str], snapshot_after: usize) -> Live {
    let parsed = parse_agenda("agenda", agenda.as_bytes())
        .expect("the agenda reads")
        .0;
    let opened = Store::create(dir, agenda, parsed).expect("create a record");
    let (mut store, mut live) = (opened.store, opened.live);
    for (i, text) in texts.iter().enumerate() {
        if i == snapshot_after {
            store.snapshot(&live).expect("snapshot");
        }
        let change = common::new_note(&live, text, i as i64);
        store.commit(&mut live, &change).expect("commit");
    }
    if texts.len() == snapshot_after {
        store.snapshot(&live).expect("snapshot");
    }
    live
}

fn texts(live: &Live) -> Vec<String> {
    live.record.notes.iter().map(|n| n.text.clone()).collect()
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The files of a record folder, named, with their bytes: to show nothing was written.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut all: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("the record folder")
        .map(|e| {
            let e = e.expect("an entry");
            (
                e.file_name().to_string_lossy().into_owned(),
                read(&e.path()),
            )
        })
        .filter(|(name, _)| name != "lock")
        .collect();
    all.sort();
    all
}

/// The same agenda under another title: another meeting.
fn other_agenda() -> String {
    SMALL.replace("title: \"Test meeting\"", "title: \"Another meeting\"")
}

#[test]
fn a_snapshot_copied_from_another_record_is_ignored_and_the_journal_replayed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (a, b, c) = (
        dir.path().join("a"),
        dir.path().join("b"),
        dir.path().join("c"),
    );
    // Same agenda, same number of changes, same journal length: only the notes differ.
    let theirs = record_of(&a, SMALL, &["alpha one", "alpha two", "alpha six"], 3);
    let ours = record_of(&b, SMALL, &["bravo one", "bravo two", "bravo six"], 3);
    assert_eq!(
        read(&a.join(JOURNAL_FILE)).len(),
        read(&b.join(JOURNAL_FILE)).len()
    );
    let own = load(&b).expect("load");
    assert_eq!(own.replayed, 0, "a record's own snapshot is used");
    assert!(own.warnings.is_empty(), "{:?}", own.warnings);

    std::fs::copy(a.join(SNAPSHOT_FILE), b.join(SNAPSHOT_FILE)).expect("copy the snapshot");
    let loaded = load(&b).expect("load");
    assert_eq!(texts(&loaded.live), texts(&ours));
    assert_ne!(texts(&loaded.live), texts(&theirs));
    assert_eq!(loaded.replayed, 3, "the journal was replayed");
    assert_eq!(
        loaded.warnings,
        [
            "snapshot.json does not match the journal it claims to cover (copied from another record?); it was ignored and the journal replayed"
        ]
    );
    let (code, stdout, stderr) = run(&["export"], &b);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.contains("bravo six") && !stdout.contains("alpha"),
        "{stdout}"
    );
    assert!(stderr.contains("copied from another record"), "{stderr}");

    // Another meeting whose journal is byte for byte the same: the agenda copy tells them apart.
    record_of(
        &c,
        &other_agenda(),
        &["alpha one", "alpha two", "alpha six"],
        9,
    );
    assert_eq!(read(&a.join(JOURNAL_FILE)), read(&c.join(JOURNAL_FILE)));
    std::fs::copy(a.join(SNAPSHOT_FILE), c.join(SNAPSHOT_FILE)).expect("copy the snapshot");
    let loaded = load(&c).expect("load");
    assert_eq!(loaded.live.record.plan.title, "Another meeting");
    assert_eq!(
        loaded.warnings,
        [
            "snapshot.json does not match the record's agenda copy (copied from another record?); it was ignored and the journal replayed"
        ]
    );
}

/// A snapshot as plenary 0.1.0 wrote it (schema 2: a checksum of its record, no binding).
fn old_snapshot(live: &Live, changes: u64, journal_len: u64) -> Vec<u8> {
    let live = serde_json::to_vec(live).expect("encode");
    let mut bytes = format!(
        "{{\"schema\":2,\"changes\":{changes},\"journal_len\":{journal_len},\"crc\":{},\"live\":",
        crc32fast::hash(&live)
    )
    .into_bytes();
    bytes.extend_from_slice(&live);
    bytes.push(b'}');
    bytes
}

#[test]
fn an_old_snapshot_is_used_only_when_it_checks_out_against_the_journal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (a, b, c) = (
        dir.path().join("a"),
        dir.path().join("b"),
        dir.path().join("c"),
    );
    let theirs = record_of(&a, SMALL, &["alpha one", "alpha two"], 9);
    let ours = record_of(&b, SMALL, &["bravo one", "bravo two"], 9);
    let other = record_of(&c, &other_agenda(), &["bravo one", "bravo two"], 9);
    let len = read(&b.join(JOURNAL_FILE)).len() as u64;
    let try_snapshot = |live: &Live, into: &Path| {
        std::fs::write(into.join(SNAPSHOT_FILE), old_snapshot(live, 2, len)).expect("write");
        load(into).expect("load")
    };

    let own = try_snapshot(&ours, &b);
    assert_eq!(own.replayed, 0, "a record's own old snapshot is still used");
    assert!(own.warnings.is_empty(), "{:?}", own.warnings);

    let copied = try_snapshot(&theirs, &b);
    assert_eq!(texts(&copied.live), texts(&ours));
    assert_eq!(
        copied.warnings,
        [
            "snapshot.json does not end with the journal's last change before it (copied from another record?); it was ignored and the journal replayed"
        ]
    );

    let other_meeting = try_snapshot(&other, &b);
    assert_eq!(other_meeting.live.record.plan.title, "Test meeting");
    assert_eq!(
        other_meeting.warnings,
        [
            "snapshot.json holds another agenda than the record's agenda copy (copied from another record?); it was ignored and the journal replayed"
        ]
    );
}

/// A record of three notes, then `bad` (framed whole, its checksum right), then one more note
/// that is never read.
fn record_with_a_bad_change(dir: &Path, bad: &[u8]) -> PathBuf {
    let path = dir.join("rec");
    let live = record_of(&path, SMALL, &["kept one", "kept two", "kept six"], 9);
    let mut journal = read(&path.join(JOURNAL_FILE));
    journal.extend_from_slice(&(bad.len() as u32).to_le_bytes());
    journal.extend_from_slice(&crc32fast::hash(bad).to_le_bytes());
    journal.extend_from_slice(bad);
    let after = journal::frame(&common::new_note(&live, "never read", 9)).expect("frame");
    journal.extend_from_slice(&after);
    std::fs::write(path.join(JOURNAL_FILE), journal).expect("write");
    path
}

/// Every read-only path reads the three changes before the bad one and warns with `warning`;
/// opening for writing refuses; nothing in the folder changes.
fn readers_read_up_to_it_and_writers_refuse(path: &Path, warning: &str, refused: &str) {
    let before = files(path);
    let loaded = load(path).expect("a reader reads what comes before");
    assert_eq!(texts(&loaded.live), ["kept one", "kept two", "kept six"]);
    assert!(!loaded.opens_for_writing());
    assert!(
        loaded.warnings.iter().any(|w| w.contains(warning)),
        "{:?}",
        loaded.warnings
    );
    for args in [
        &["export"][..],
        &["export", "--format", "json"],
        &["qr", "--text"],
        &["qr"],
        &["resume"],
    ] {
        let (code, stdout, stderr) = run(args, path);
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        assert!(stderr.contains(warning), "{args:?}: {stderr}");
        assert!(!stdout.contains("never read"), "{args:?}: {stdout}");
        if args[0] == "export" {
            assert!(stdout.contains("kept six"), "{args:?}: {stdout}");
        }
        if args[0] == "resume" {
            assert!(stdout.contains("(3 changes saved)"), "{stdout}");
        }
    }
    // The second screen follows the same three changes, and polling again finds nothing new.
    let (mut follower, mut live) = Follower::start(path).expect("present reads it");
    assert_eq!(texts(&live), ["kept one", "kept two", "kept six"]);
    assert!(!follower.poll(&mut live).expect("poll"));
    assert_eq!(texts(&live), ["kept one", "kept two", "kept six"]);

    let err = open(path).expect_err("opening for writing refuses");
    assert!(err.to_string().contains(refused), "{err}");
    let (code, _, stderr) = run(&["export", "--format", "csv"], path);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(files(path), before, "nothing in the record changed");
}

#[test]
fn a_change_that_does_not_apply_stops_readers_there_with_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = serde_json::to_vec(&Change::Do(Op::DeleteNote { id: Id(4242) })).expect("encode");
    let path = record_with_a_bad_change(dir.path(), &bad);
    readers_read_up_to_it_and_writers_refuse(
        &path,
        "change 4 of the journal does not apply (there is no note #4242); read the 3 changes before it",
        "change 4 of the journal does not apply (there is no note #4242); the record was left untouched",
    );
    let loaded = load(&path).expect("load");
    assert!(matches!(loaded.stop, Some(Stop::Refused(_))));
    assert_eq!(loaded.changes, 3);
}

#[test]
fn a_change_of_a_newer_version_stops_readers_there_with_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = record_with_a_bad_change(dir.path(), br#"{"Do":{"Teleport":{"to":"mars"}}}"#);
    readers_read_up_to_it_and_writers_refuse(
        &path,
        "change 4 of the journal is whole but this plenary cannot read it (an op this plenary does not know: unknown variant `Teleport`",
        "change 4 of the journal is whole but this plenary cannot read it",
    );
    assert_eq!(load(&path).expect("load").stop, Some(Stop::Unreadable));
}

/// The `journal.damaged-N` files of a record.
fn set_aside(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("the record folder")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name.starts_with("journal.damaged-"))
        .collect();
    names.sort();
    names
}

#[test]
fn a_damaged_last_change_is_left_by_readers_and_set_aside_by_the_writer() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rec");
    record_of(&path, SMALL, &["one", "two", "three", "the last word"], 9);
    let journal_path = path.join(JOURNAL_FILE);
    let whole = read(&journal_path);
    let ends: Vec<u64> = journal::scan(&whole, 0)
        .expect("a journal")
        .changes
        .iter()
        .map(|(_, end)| *end)
        .collect();
    let last_start = ends[2] as usize;
    // One flipped bit inside the last change's text: a whole, fsync'd change, damaged.
    let mut damaged = whole.clone();
    let at = damaged.len() - 20;
    damaged[at] ^= 0x04;
    std::fs::write(&journal_path, &damaged).expect("write");

    // Readers read the three before it and leave every byte where it is.
    for args in [&["resume"][..], &["export"], &["qr", "--text"]] {
        let (code, stdout, stderr) = run(args, &path);
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        assert!(
            stderr.contains("read the 3 whole changes before it and left the"),
            "{args:?}: {stderr}"
        );
        assert!(!stdout.contains("the last word"), "{stdout}");
        assert_eq!(read(&journal_path), damaged, "{args:?} changed the journal");
        assert!(set_aside(&path).is_empty(), "{args:?} set something aside");
    }

    // The writer, about to append, sets the damaged change aside whole, then cuts it.
    let opened = open(&path).expect("open for writing");
    let aside = path.join("journal.damaged-1");
    assert_eq!(
        opened.warnings,
        [format!(
            "{}: the journal ends in a change whose checksum does not match; kept the 3 whole changes before it and moved the {} bytes after them to {}",
            journal_path.display(),
            whole.len() - last_start,
            aside.display()
        )]
    );
    assert_eq!(read(&journal_path), &whole[..last_start]);
    assert_eq!(read(&aside), &damaged[last_start..]);
    // So the change can still be recovered by hand: flip the bit back and it reads whole.
    let mut repaired = journal::HEADER.to_vec();
    repaired.extend_from_slice(&read(&aside));
    repaired[journal::HEADER.len() + at - last_start] ^= 0x04;
    let scan = journal::scan(&repaired, 0).expect("a journal");
    assert!(scan.damage.is_none(), "{:?}", scan.damage);
    assert!(
        matches!(&scan.changes[0].0.change, Change::Do(Op::AddNote(n)) if n.text == "the last word")
    );
    drop(opened);

    // A second damaged tail goes to a file of its own; the first is never overwritten.
    let mut torn = read(&journal_path);
    torn.extend_from_slice(b"torn");
    std::fs::write(&journal_path, &torn).expect("write");
    let opened = open(&path).expect("open for writing");
    assert!(
        opened.warnings[0].ends_with("journal.damaged-2"),
        "{:?}",
        opened.warnings
    );
    assert_eq!(set_aside(&path), ["journal.damaged-1", "journal.damaged-2"]);
    assert_eq!(read(&aside), &damaged[last_start..]);
    assert_eq!(read(&path.join("journal.damaged-2")), b"torn");
}

#[test]
fn a_journal_of_a_newer_format_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rec");
    record_of(&path, SMALL, &["one"], 9);
    let journal_path = path.join(JOURNAL_FILE);
    let mut bytes = b"plenary journal v2\n".to_vec();
    bytes.extend_from_slice(&read(&journal_path)[journal::HEADER.len()..]);
    std::fs::write(&journal_path, &bytes).expect("write");
    let want = "it is of journal format v2, written by a newer plenary; this one reads format v1, so upgrade plenary to open it; the record was left untouched";
    let err = load(&path).expect_err("newer");
    assert!(matches!(err, StoreError::Newer { .. }), "{err}");
    assert!(err.to_string().ends_with(want), "{err}");
    assert!(open(&path).is_err());
    for args in [&["export"][..], &["resume"]] {
        let (code, stdout, stderr) = run(args, &path);
        assert_eq!(code, Some(1), "{args:?}");
        assert!(stdout.is_empty(), "{stdout}");
        assert!(stderr.contains(want), "{args:?}: {stderr}");
    }
    assert_eq!(read(&journal_path), bytes, "the journal was left as it was");

    // Something that only looks like a header is not a journal at all.
    std::fs::write(&journal_path, b"plenary journal vX\n").expect("write");
    let err = load(&path).expect_err("not a journal");
    assert!(
        err.to_string()
            .ends_with("journal: it does not start like a plenary journal"),
        "{err}"
    );
}

#[test]
fn a_snapshot_of_a_newer_format_is_ignored_with_a_clear_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rec");
    let live = record_of(&path, SMALL, &["one", "two"], 2);
    let snapshot = String::from_utf8(read(&path.join(SNAPSHOT_FILE))).expect("UTF-8");
    assert!(snapshot.starts_with("{\"schema\":3,"), "{snapshot}");
    std::fs::write(
        path.join(SNAPSHOT_FILE),
        snapshot.replacen("\"schema\":3", "\"schema\":4", 1),
    )
    .expect("write");
    let loaded = load(&path).expect("load");
    assert_eq!(loaded.live, live);
    assert_eq!(
        loaded.warnings,
        [
            "snapshot.json is of a newer format (schema 4) than this plenary reads (1 to 3); it was ignored and the journal replayed"
        ]
    );
}

#[test]
fn the_writers_snapshot_binding_follows_every_change_it_appends() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rec");
    // Written after two changes, then after five more, from the checksum kept as they landed.
    let live = record_of(&path, SMALL, &["a", "b", "c", "d", "e", "f", "g"], 2);
    let loaded = load(&path).expect("load");
    assert_eq!((loaded.changes, loaded.replayed), (7, 5));
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let mut opened = open(&path).expect("open");
    let change = common::new_note(&opened.live, "h", 8);
    opened
        .store
        .commit(&mut opened.live, &change)
        .expect("commit");
    opened.store.snapshot(&opened.live).expect("snapshot");
    drop(opened);
    let loaded = load(&path).expect("load");
    assert_eq!((loaded.changes, loaded.replayed), (8, 0));
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(texts(&loaded.live).len(), texts(&live).len() + 1);
}

#[test]
fn present_shows_what_comes_before_a_change_that_does_not_apply_and_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = serde_json::to_vec(&Change::Do(Op::DeleteNote { id: Id(4242) })).expect("encode");
    let path = record_with_a_bad_change(dir.path(), &bad);
    // The writer's screen, as a writer would have published it: the board.
    let shown = plenary::tui::app::Shown {
        tab: plenary::tui::app::Tab::Board,
        focus: (0, 0),
        grouping: plenary::core::speakers::Grouping::Person,
        cell: (0, 0),
        qr: None,
    };
    let view = serde_json::to_vec(&shown).expect("json");
    std::fs::write(path.join(plenary::store::VIEW_FILE), view).expect("write the view");
    let before = files(&path);
    let mut screen = common::pty::Session::start_sized(dir.path(), &["present", "rec"], 200, 50);
    screen.wait_for(
        "change 4 of the journal does not apply (there is no note #4242); read the 3 changes before it",
    );
    screen.wait_for("Unsorted");
    screen.type_keys(b"q");
    let status = screen.child.wait().expect("present ends");
    assert!(status.success(), "{status:?}");
    assert_eq!(files(&path), before, "present wrote nothing");
}

/// A record of a dozen notes with a snapshot after eight, as bytes: agenda, journal, snapshot.
fn base_record() -> &'static (Vec<u8>, Vec<u8>) {
    static BASE: std::sync::OnceLock<(Vec<u8>, Vec<u8>)> = std::sync::OnceLock::new();
    BASE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("rec");
        let texts: Vec<String> = (0..12).map(|i| format!("note {i} ✓")).collect();
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        record_of(&path, SMALL, &texts, 8);
        (
            read(&path.join(JOURNAL_FILE)),
            read(&path.join(SNAPSHOT_FILE)),
        )
    })
}

/// One way a journal gets hurt: a flipped bit, a cut, bytes added at the end.
#[derive(Clone, Debug)]
enum Hurt {
    Flip(usize, u8),
    Cut(usize),
    Append(Vec<u8>),
}

fn hurt(journal: &[u8], how: &Hurt) -> Vec<u8> {
    let mut bytes = journal.to_vec();
    match how {
        Hurt::Flip(at, bit) => {
            let at = at % bytes.len();
            bytes[at] ^= 1 << (bit % 8);
        }
        Hurt::Cut(at) => bytes.truncate(at % (bytes.len() + 1)),
        Hurt::Append(more) => bytes.extend_from_slice(more),
    }
    bytes
}

fn any_hurt() -> impl proptest::strategy::Strategy<Value = Hurt> {
    use proptest::prelude::*;
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, bit)| Hurt::Flip(at, bit)),
        any::<usize>().prop_map(Hurt::Cut),
        proptest::collection::vec(any::<u8>(), 1..40).prop_map(Hurt::Append),
    ]
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Whatever happens to a journal, reading changes no file, and the writer either refuses
    /// and changes no file, or keeps every byte: what it keeps in the journal and what it sets
    /// aside are, together, the journal it found.
    #[test]
    fn no_damage_ever_destroys_a_byte(hurts in proptest::collection::vec(any_hurt(), 1..3), keep_snapshot: bool) {
        let (journal, snapshot) = base_record();
        let damaged = hurts.iter().fold(journal.clone(), |bytes, how| hurt(&bytes, how));
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("rec");
        std::fs::create_dir(&path).expect("record folder");
        std::fs::write(path.join("agenda.ron"), SMALL).expect("agenda");
        std::fs::write(path.join(JOURNAL_FILE), &damaged).expect("journal");
        if keep_snapshot {
            std::fs::write(path.join(SNAPSHOT_FILE), snapshot).expect("snapshot");
        }
        let before = files(&path);
        let loaded = load(&path);
        proptest::prop_assert_eq!(&files(&path), &before, "reading wrote");
        let opened = open(&path);
        match (&loaded, opened) {
            (Ok(loaded), Ok(opened)) => {
                proptest::prop_assert!(loaded.opens_for_writing());
                proptest::prop_assert_eq!(&opened.live, &loaded.live);
                let kept = read(&path.join(JOURNAL_FILE));
                let good = loaded.good_len as usize;
                let aside = path.join("journal.damaged-1");
                let mut whole = kept[..good.min(kept.len())].to_vec();
                if loaded.damage.is_some() {
                    whole.extend_from_slice(&read(&aside));
                } else {
                    proptest::prop_assert!(!aside.exists());
                }
                proptest::prop_assert_eq!(&whole, &damaged, "a byte was lost");
            }
            (Ok(loaded), Err(e)) => {
                proptest::prop_assert!(!loaded.opens_for_writing(), "refused: {}", e);
                proptest::prop_assert_eq!(&files(&path), &before, "a refusal wrote");
            }
            (Err(_), Ok(_)) => proptest::prop_assert!(false, "opened what does not load"),
            (Err(_), Err(_)) => proptest::prop_assert_eq!(&files(&path), &before),
        }
    }
}

#[test]
fn any_one_flipped_bit_in_the_last_change_is_set_aside_and_the_record_opens() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rec");
    record_of(&path, SMALL, &["one", "two", "three", "the last word"], 9);
    let whole = read(&path.join(JOURNAL_FILE));
    let ends: Vec<u64> = journal::scan(&whole, 0)
        .expect("a journal")
        .changes
        .iter()
        .map(|(_, end)| *end)
        .collect();
    let last = ends[2] as usize;
    // Every bit of the frame's head (its length and checksum), one bit of each byte after.
    let flips = (0..64).chain((64..(whole.len() - last) * 8).step_by(8).map(|b| b + 5));
    let mut tried = 0;
    for bit in flips {
        let copy = dir.path().join(format!("flip-{bit}"));
        std::fs::create_dir(&copy).expect("copy");
        std::fs::copy(path.join("agenda.ron"), copy.join("agenda.ron")).expect("agenda");
        let mut damaged = whole.clone();
        damaged[last + bit / 8] ^= 1 << (bit % 8);
        std::fs::write(copy.join(JOURNAL_FILE), &damaged).expect("journal");
        let loaded = load(&copy).expect("load");
        assert_eq!(
            (loaded.changes, &loaded.stop),
            (3, &Some(Stop::Tail)),
            "bit {bit}"
        );
        let opened = open(&copy).unwrap_or_else(|e| panic!("bit {bit}: {e}"));
        assert_eq!(texts(&opened.live), ["one", "two", "three"], "bit {bit}");
        assert_eq!(
            read(&copy.join("journal.damaged-1")),
            &damaged[last..],
            "bit {bit}"
        );
        tried += 1;
    }
    assert!(tried > 150, "{tried} flips");
}

#[test]
fn damage_followed_by_a_whole_change_of_a_newer_version_is_never_cut() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = record_with_a_bad_change(dir.path(), br#"{"Do":{"Teleport":{"to":"mars"}}}"#);
    // The last two swapped, and the note ("never read") loses a bit: a damaged change, then a
    // whole change this plenary cannot read.
    let journal_path = path.join(JOURNAL_FILE);
    let bytes = read(&journal_path);
    let scan = journal::scan(&bytes, 0).expect("a journal");
    let third = scan.good_len as usize; // the end of the three changes that read
    let foreign_len = 8 + br#"{"Do":{"Teleport":{"to":"mars"}}}"#.len();
    let (foreign, last) = bytes[third..].split_at(foreign_len);
    let mut damaged_last = last.to_vec();
    damaged_last[12] ^= 0x01;
    let mut reordered = bytes[..third].to_vec();
    reordered.extend_from_slice(&damaged_last);
    reordered.extend_from_slice(foreign);
    std::fs::write(&journal_path, &reordered).expect("write");
    let loaded = load(&path).expect("load");
    assert_eq!((loaded.changes, &loaded.stop), (3, &Some(Stop::Damaged)));
    assert_eq!(loaded.after_damage, foreign_len as u64);
    let err = open(&path).expect_err("damage in the middle is refused");
    assert!(matches!(err, StoreError::Damaged { .. }), "{err}");
    assert_eq!(read(&journal_path), reordered);
}
