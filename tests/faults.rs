//! Faults while a meeting runs: a disk that fills up or fails, a folder that turns read-only.
//! Changes that cannot be written stay in memory, in order, and are all written once the disk
//! takes them again; the journal never holds a gap or a torn change in its middle.
//!
//! Two ways in: an injected writer fault (always), and a real small file system — a 64 KiB
//! tmpfs mounted by the test — where the machine lets the test mount one (root on Linux).

mod common;

use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use common::{KINDS, Pick, SMALL, change_for, small_agenda};
use plenary::store::{CommitError, JOURNAL_FILE, JournalFile, Store, journal, load};

/// What the faulty layer does to the next calls.
#[derive(Debug, Default)]
struct Plan {
    /// Appends to fail, and with which error.
    fail_appends: usize,
    /// Write this many bytes of a failing append first, as a filling disk does.
    partial: usize,
    /// Syncs to fail (after a successful append).
    fail_syncs: usize,
    /// Truncates to fail.
    fail_truncates: usize,
    /// The error to fail with (an errno).
    errno: i32,
    /// Calls seen, for the test's own checks.
    failed: usize,
}

/// A journal writer that fails when its plan says so and passes everything else on.
#[derive(Debug)]
struct Faulty {
    inner: Box<dyn JournalFile>,
    plan: Arc<Mutex<Plan>>,
}

impl Faulty {
    fn fail(plan: &mut Plan) -> io::Error {
        plan.failed += 1;
        io::Error::from_raw_os_error(plan.errno)
    }
}

impl JournalFile for Faulty {
    fn append(&mut self, bytes: &[u8]) -> io::Result<()> {
        let mut plan = self.plan.lock().expect("plan");
        if plan.fail_appends > 0 {
            plan.fail_appends -= 1;
            let part = plan.partial.min(bytes.len());
            if part > 0 {
                self.inner.append(&bytes[..part])?;
            }
            return Err(Faulty::fail(&mut plan));
        }
        self.inner.append(bytes)
    }

    fn sync(&mut self) -> io::Result<()> {
        let mut plan = self.plan.lock().expect("plan");
        if plan.fail_syncs > 0 {
            plan.fail_syncs -= 1;
            return Err(Faulty::fail(&mut plan));
        }
        self.inner.sync()
    }

    fn truncate(&mut self, len: u64) -> io::Result<()> {
        let mut plan = self.plan.lock().expect("plan");
        if plan.fail_truncates > 0 {
            plan.fail_truncates -= 1;
            return Err(Faulty::fail(&mut plan));
        }
        self.inner.truncate(len)
    }
}

fn faulty(store: &mut Store) -> Arc<Mutex<Plan>> {
    let plan = Arc::new(Mutex::new(Plan {
        errno: 28, // ENOSPC
        ..Plan::default()
    }));
    let shared = Arc::clone(&plan);
    store.wrap_journal(move |inner| {
        Box::new(Faulty {
            inner,
            plan: shared,
        })
    });
    plan
}

/// The journal on disk holds whole changes only, except perhaps a torn one at its very end;
/// returns how many whole changes it holds.
fn whole_changes_on_disk(record: &Path) -> u64 {
    let bytes = std::fs::read(record.join(JOURNAL_FILE)).expect("journal");
    let scan = journal::scan(&bytes, 0).expect("a journal");
    scan.changes.len() as u64
}

#[test]
fn changes_that_cannot_be_written_wait_in_memory_and_are_all_written_once_the_disk_recovers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rec");
    let opened = Store::create(&path, SMALL, small_agenda()).expect("create");
    let (mut store, mut live) = (opened.store, opened.live);
    for i in 0..5 {
        let change = common::new_note(&live, &format!("before {i}"), i);
        store.commit(&mut live, &change).expect("commit");
    }
    let plan = faulty(&mut store);
    {
        // The disk fills: every write fails half-way, and cutting the first torn change off
        // fails too, so the store must cut it before its next write.
        let mut p = plan.lock().expect("plan");
        p.fail_appends = usize::MAX;
        p.partial = 11;
        p.fail_truncates = 1;
    }
    for i in 0..6 {
        let change = common::new_note(&live, &format!("while full {i}"), 10 + i);
        match store.commit(&mut live, &change) {
            Err(CommitError::Unsaved(e)) => {
                assert!(e.to_string().contains("No space left"), "{e}");
            }
            other => panic!("change {i} should wait: {other:?}"),
        }
        assert_eq!(store.unsaved(), i as usize + 1);
        // What is on disk is every change written so far, never a later one before an
        // earlier one.
        assert_eq!(whole_changes_on_disk(&path), 5);
    }
    assert_eq!(live.record.notes.len(), 11, "the screen keeps every change");
    // Space returns, but the first sync fails (as a flaky disk's may): that counts as a
    // failed write too, so the change is cut and kept.
    {
        let mut p = plan.lock().expect("plan");
        p.fail_appends = 0;
        p.fail_syncs = 1;
    }
    assert!(store.flush().is_err());
    assert_eq!(store.unsaved(), 6);
    // The next flush writes them all, in order.
    store
        .flush()
        .expect("flush once the disk takes writes again");
    assert_eq!(store.unsaved(), 0);
    assert_eq!(store.changes(), 11);
    // Six failed appends, one failed cut, one failed sync.
    assert_eq!(plan.lock().expect("plan").failed, 8);
    drop(store);
    let loaded = load(&path).expect("load");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.live, live);
}

#[test]
fn random_fault_storms_lose_nothing_and_never_leave_a_gap() {
    for seed in 0..12u64 {
        let mut rng = fastrand::Rng::with_seed(seed);
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("rec");
        let opened = Store::create(&path, SMALL, small_agenda()).expect("create");
        let (mut store, mut live) = (opened.store, opened.live);
        let plan = faulty(&mut store);
        let mut saved_before = 0;
        for minute in 0..120 {
            if rng.u8(..10) == 0 {
                let mut p = plan.lock().expect("plan");
                p.fail_appends = rng.usize(0..6);
                p.partial = rng.usize(0..40);
                p.fail_syncs = rng.usize(0..2);
                p.fail_truncates = rng.usize(0..2);
                p.errno = *[28, 30, 5].get(rng.usize(0..3)).expect("an errno"); // ENOSPC, EROFS, EIO
            }
            let pick = Pick {
                kind: rng.u8(0..KINDS),
                a: rng.usize(0..64),
                b: rng.usize(0..64),
                c: rng.usize(0..64),
            };
            let change = change_for(&live, pick, minute);
            match store.commit(&mut live, &change) {
                Ok(()) | Err(CommitError::Unsaved(_)) => {}
                Err(CommitError::Refused(_)) => continue,
            }
            if rng.u8(..4) == 0 {
                let _ = store.flush();
            }
            // The disk holds every change the store counts as saved; at most one more whole
            // change sits after them, one whose sync failed and whose cut failed too, still
            // waiting in memory to be cut and written again.
            let on_disk = whole_changes_on_disk(&path);
            assert!(
                store.changes() >= saved_before,
                "seed {seed}: the count went back"
            );
            assert!(
                on_disk == store.changes()
                    || (on_disk == store.changes() + 1 && store.unsaved() > 0),
                "seed {seed}: {on_disk} changes on disk, {} saved",
                store.changes()
            );
            saved_before = store.changes();
        }
        *plan.lock().expect("plan") = Plan::default();
        store.flush().expect("flush once the faults stop");
        assert_eq!(store.unsaved(), 0);
        drop(store);
        let loaded = load(&path).expect("load");
        assert!(
            loaded.warnings.is_empty(),
            "seed {seed}: {:?}",
            loaded.warnings
        );
        assert_eq!(loaded.live, live, "seed {seed}");
    }
}

/// A tmpfs of `size` mounted for one test, unmounted when dropped; None (with a word on
/// stderr) where the test may not mount one.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(size: &str) -> Option<SmallDisk> {
        if !cfg!(target_os = "linux") {
            eprintln!("skipped: a real small file system is only mounted on Linux");
            return None;
        }
        let dir = tempfile::tempdir().ok()?;
        let status = std::process::Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0700"),
                "tmpfs",
            ])
            .arg(dir.path())
            .stderr(std::process::Stdio::null())
            .status();
        match status {
            Ok(s) if s.success() => Some(SmallDisk { dir }),
            _ => {
                eprintln!(
                    "skipped: mounting a {size} tmpfs is not permitted here (needs root); \
                     the injected writer fault tests still ran"
                );
                None
            }
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn remount(&self, options: &str) -> bool {
        std::process::Command::new("mount")
            .args(["-o", &format!("remount,{options}")])
            .arg(self.path())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}

fn leftovers(record: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(record)
        .expect("list the record")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect()
}

#[test]
fn a_real_disk_that_fills_up_then_frees_space_loses_nothing() {
    let Some(disk) = SmallDisk::mount("64k") else {
        return;
    };
    let path = disk.path().join("rec");
    let opened = Store::create(&path, SMALL, small_agenda()).expect("create on the small disk");
    let (mut store, mut live) = (opened.store, opened.live);
    // Someone else's file takes most of the disk; deleting it later frees the space.
    let ballast = disk.path().join("ballast");
    std::fs::write(&ballast, vec![0u8; 40 * 1024]).expect("ballast");
    let words = "Siyabonga — the room agreed to meet again 🌍 ".repeat(12);
    let mut failed_at = None;
    for i in 0..200 {
        let change = common::new_note(&live, &format!("{i}: {words}"), i);
        match store.commit(&mut live, &change) {
            Ok(()) => assert!(failed_at.is_none(), "a write got through a full disk"),
            Err(CommitError::Unsaved(e)) => {
                assert!(e.to_string().contains("No space left"), "{e}");
                failed_at.get_or_insert(i);
                if store.unsaved() == 5 {
                    break;
                }
            }
            Err(e) => panic!("{e}"),
        }
    }
    let full_at = failed_at.expect("the 64 KiB disk filled up");
    assert_eq!(store.unsaved(), 5);
    // The disk holds every change before the first that failed, and no torn change.
    let loaded = load(&path).expect("load while full");
    assert_eq!(loaded.changes, full_at as u64);
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    // A snapshot cannot be written on a full disk; trying leaves no half-written file.
    let _ = store.snapshot(&live);
    assert!(leftovers(&path).is_empty(), "{:?}", leftovers(&path));
    assert!(store.flush().is_err(), "still full");

    std::fs::remove_file(&ballast).expect("free some space");
    store.flush().expect("written once space returns");
    assert_eq!(store.unsaved(), 0);
    drop(store);
    let loaded = load(&path).expect("load");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.live, live);
    assert_eq!(loaded.changes, full_at as u64 + 5);
}

#[test]
fn a_record_on_a_full_disk_still_opens() {
    let Some(disk) = SmallDisk::mount("64k") else {
        return;
    };
    let path = disk.path().join("rec");
    let opened = Store::create(&path, SMALL, small_agenda()).expect("create");
    let (mut store, mut live) = (opened.store, opened.live);
    for i in 0..3 {
        let change = common::new_note(&live, &format!("kept {i}"), i);
        store.commit(&mut live, &change).expect("commit");
    }
    drop(store);
    // Fill every last byte.
    let filler = disk.path().join("filler");
    let mut file = std::fs::File::create(&filler).expect("filler");
    let block = vec![7u8; 4096];
    while std::io::Write::write_all(&mut file, &block).is_ok() {}
    while std::io::Write::write_all(&mut file, &[7]).is_ok() {}
    drop(file);
    // The laptop restarts on a full disk: the record opens (its lock needs no space) and the
    // meeting goes on in memory until space returns.
    let mut opened = Store::open(&path).expect("opens on a full disk");
    assert_eq!(opened.live, live);
    // Longer than a page, so it cannot hide in the journal's last, partly used page.
    let change = common::new_note(
        &opened.live,
        &"said while the disk was full. ".repeat(200),
        9,
    );
    assert!(matches!(
        opened.store.commit(&mut opened.live, &change),
        Err(CommitError::Unsaved(_))
    ));
    std::fs::remove_file(&filler).expect("free the space");
    opened.store.flush().expect("written");
    drop(opened.store);
    assert_eq!(load(&path).expect("load").live, opened.live);
}

#[test]
fn a_damaged_tail_on_a_full_disk_is_never_cut_before_it_is_set_aside() {
    let Some(disk) = SmallDisk::mount("64k") else {
        return;
    };
    let path = disk.path().join("rec");
    let opened = Store::create(&path, SMALL, small_agenda()).expect("create");
    let (mut store, mut live) = (opened.store, opened.live);
    for i in 0..3 {
        let change = common::new_note(&live, &format!("kept {i}"), i);
        store.commit(&mut live, &change).expect("commit");
    }
    drop(store);
    let journal = path.join(JOURNAL_FILE);
    let mut bytes = std::fs::read(&journal).expect("journal");
    let whole = bytes.len();
    bytes.extend_from_slice(&[9, 0, 0, 0, 1, 2, 3]);
    std::fs::write(&journal, &bytes).expect("a torn tail");
    let filler = disk.path().join("filler");
    let mut file = std::fs::File::create(&filler).expect("filler");
    let block = vec![7u8; 4096];
    while std::io::Write::write_all(&mut file, &block).is_ok() {}
    while std::io::Write::write_all(&mut file, &[7]).is_ok() {}
    drop(file);
    // No room for the set-aside file: nothing is cut, and the message says why.
    let err = Store::open(&path).expect_err("the tail cannot be set aside");
    assert!(
        matches!(err, plenary::store::StoreError::SetAside { .. }),
        "{err}"
    );
    assert!(err.to_string().contains("No space left"), "{err}");
    assert_eq!(std::fs::read(&journal).expect("journal"), bytes);
    assert!(
        !path.join("journal.damaged-1").exists(),
        "{err}; {:?} holds {:?}",
        std::fs::read_dir(&path).map(|d| d.map(|e| e.map(|e| e.file_name())).collect::<Vec<_>>()),
        std::fs::read(path.join("journal.damaged-1"))
    );
    // Readers still read it all.
    assert_eq!(load(&path).expect("load").live, live);

    std::fs::remove_file(&filler).expect("free the space");
    let opened = Store::open(&path).expect("opens once there is room");
    assert_eq!(opened.live, live);
    assert_eq!(
        std::fs::read(path.join("journal.damaged-1")).expect("set aside"),
        &bytes[whole..]
    );
    assert_eq!(std::fs::read(&journal).expect("journal"), &bytes[..whole]);
}

#[test]
fn a_disk_turned_read_only_under_an_open_record_loses_nothing() {
    let Some(disk) = SmallDisk::mount("256k") else {
        return;
    };
    let path = disk.path().join("rec");
    let opened = Store::create(&path, SMALL, small_agenda()).expect("create");
    let (mut store, mut live) = (opened.store, opened.live);
    let change = common::new_note(&live, "before", 0);
    store.commit(&mut live, &change).expect("commit");
    // Linux refuses to remount a file system read-only while a file on it is open for
    // writing, and the journal always is: the meeting goes on. Should a kernel force it (ext4
    // with errors=remount-ro), writes fail with EROFS and wait in memory, which the injected
    // fault tests cover; this covers whichever happens here.
    let went_read_only = disk.remount("ro");
    for i in 1..4 {
        let change = common::new_note(&live, &format!("after {i}"), i);
        match store.commit(&mut live, &change) {
            Ok(()) => assert!(!went_read_only, "a write reached a read-only disk"),
            Err(CommitError::Unsaved(_)) => assert!(went_read_only),
            Err(e) => panic!("{e}"),
        }
    }
    if went_read_only {
        assert_eq!(store.unsaved(), 3);
        assert!(disk.remount("rw"), "back to read-write");
        store.flush().expect("written once writable");
    } else {
        eprintln!("the kernel refused to remount the disk read-only under an open record");
    }
    assert_eq!(store.unsaved(), 0);
    drop(store);
    assert_eq!(load(&path).expect("load").live, live);
}

#[cfg(unix)]
#[test]
fn a_record_folder_made_read_only_mid_meeting_keeps_every_change() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rec");
    let opened = Store::create(&path, SMALL, small_agenda()).expect("create");
    let (mut store, mut live) = (opened.store, opened.live);
    let set = |mode| {
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).expect("chmod")
    };
    // No new files in the folder from now on (for root, permissions do not apply). The journal
    // is already open, so changes keep going to it; only a snapshot, which needs a new file,
    // can fail, and a snapshot is never needed to keep a change.
    set(0o500);
    for i in 0..5 {
        let change = common::new_note(&live, &format!("after chmod {i}"), i);
        store
            .commit(&mut live, &change)
            .expect("an open journal takes appends");
    }
    let snapshot = store.snapshot(&live);
    set(0o700);
    assert!(leftovers(&path).is_empty());
    drop(store);
    let loaded = load(&path).expect("load");
    assert_eq!(loaded.live, live);
    eprintln!(
        "snapshot into a read-only folder: {}",
        match snapshot {
            Ok(()) => "written (permissions do not bind root)".to_owned(),
            Err(e) => format!("refused ({e}); nothing lost"),
        }
    );
}
