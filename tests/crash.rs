//! Crash safety with real processes: a child commits changes to a record and reports each one
//! once it is durable; the parent kills it with SIGKILL at random moments and checks that every
//! reported change is on disk and the record still opens, trial after trial on one record.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{KINDS, Pick, SMALL, change_for, small_agenda};
use plenary::core::history::{Change, Entry};
use plenary::store::{JOURNAL_FILE, Store, journal, load};

/// Set in the child's environment: the record folder it writes to.
const CHILD_RECORD: &str = "PLENARY_CRASH_CHILD_RECORD";
/// Set in the child's environment: the seed of its random changes.
const CHILD_SEED: &str = "PLENARY_CRASH_CHILD_SEED";

/// The child's side. Run by the parent as this test binary with the variables set; a plain
/// `cargo test` run (no variables) passes straight through.
#[test]
fn crash_child() {
    let (Ok(dir), Ok(seed)) = (std::env::var(CHILD_RECORD), std::env::var(CHILD_SEED)) else {
        return;
    };
    let mut rng = fastrand::Rng::with_seed(seed.parse().expect("a numeric seed"));
    let mut opened = Store::open(std::path::Path::new(&dir)).expect("the child opens the record");
    println!("opened {}", opened.store.changes());
    for minute in 0.. {
        let pick = Pick {
            kind: rng.u8(0..KINDS),
            a: rng.usize(0..64),
            b: rng.usize(0..64),
            c: rng.usize(0..64),
        };
        let change = change_for(&opened.live, pick, minute);
        if opened.store.commit(&mut opened.live, &change).is_ok() {
            let json = serde_json::to_string(&change).expect("encode");
            println!("durable {} {json}", opened.store.changes());
        }
    }
}

#[test]
fn every_change_reported_durable_survives_sigkill() {
    const TRIALS: usize = 60;
    let dir = tempfile::tempdir().expect("temp dir");
    let record = dir.path().join("rec");
    drop(Store::create(&record, SMALL, small_agenda()).expect("create the record"));
    let exe = std::env::current_exe().expect("this test binary");
    let mut rng = fastrand::Rng::new();
    let mut reported: Vec<(u64, Change)> = Vec::new();
    let mut kills_mid_write = 0;
    for trial in 0..TRIALS {
        let mut child = Command::new(&exe)
            .args(["--exact", "crash_child", "--nocapture", "--test-threads=1"])
            .env(CHILD_RECORD, &record)
            .env(CHILD_SEED, rng.u64(..).to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn the child");
        let stdout = child.stdout.take().expect("child stdout");
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .collect::<Vec<String>>()
        });
        // Anywhere from before the child opens the record to well into its writing.
        std::thread::sleep(Duration::from_millis(rng.u64(1..120)));
        child.kill().expect("SIGKILL the child");
        child.wait().expect("reap the child");
        let lines = reader.join().expect("reader thread");
        for line in &lines {
            if let Some(rest) = line.strip_prefix("durable ") {
                let (n, json) = rest.split_once(' ').expect("count and change");
                let change: Change = serde_json::from_str(json).expect("a change");
                reported.push((n.parse().expect("a count"), change));
            }
        }

        let loaded = load(&record).unwrap_or_else(|e| panic!("trial {trial}: {e}"));
        if loaded.damage.is_some() {
            kills_mid_write += 1;
        }
        let bytes = std::fs::read(record.join(JOURNAL_FILE)).expect("journal");
        let on_disk = journal::scan(&bytes, 0).expect("a journal").changes;
        for (n, change) in &reported {
            let (found, _) = on_disk.get((*n - 1) as usize).unwrap_or_else(|| {
                panic!("trial {trial}: change {n} was reported durable but is gone")
            });
            assert_eq!(
                found,
                &Entry::host(change.clone()),
                "trial {trial}: change {n} differs on disk"
            );
        }
        assert!(loaded.changes >= reported.last().map_or(0, |(n, _)| *n));
        common::assert_invariants(&loaded.live.record);
    }
    drop(Store::open(&record).expect("a last writer opens the record"));
    let leftovers: Vec<String> = std::fs::read_dir(&record)
        .expect("list the record")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.'))
        .collect();
    assert!(
        leftovers.is_empty(),
        "temporary files left behind: {leftovers:?}"
    );
    let total = reported.last().map_or(0, |(n, _)| *n);
    eprintln!(
        "{TRIALS} SIGKILL trials, {} changes reported durable, {total} in the journal, \
         {kills_mid_write} kills left a torn tail; none lost",
        reported.len()
    );
    assert!(total > 0, "the children got to write something");
}
