//! Two processes never write one record: several processes race to open the same record for
//! writing, again and again. At any moment at most one holds it; every other is told
//! `record … is open in another plenary (pid N)`, naming one of the racers; the journal ends
//! up with each winner's changes in one unbroken run, and nothing torn.

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::{SMALL, at, small_agenda};
use plenary::core::history::Change;
use plenary::core::op::Op;
use plenary::core::record::{Note, NoteKind};
use plenary::store::{Store, StoreError, load};

/// Set in a racer's environment: the record to race for.
const RACE_RECORD: &str = "PLENARY_RACE_RECORD";
/// Set in a racer's environment: when to start, in ms since the epoch, so all start at once.
const RACE_START: &str = "PLENARY_RACE_START";

/// Changes each winner writes while it holds the record.
const PER_WIN: usize = 3;

fn now_ns() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("after 1970")
        .as_nanos()
}

/// A racer. Run by the parent as this test binary with the variables set; a plain `cargo test`
/// run passes straight through.
#[test]
fn race_child() {
    let (Ok(dir), Ok(start)) = (std::env::var(RACE_RECORD), std::env::var(RACE_START)) else {
        return;
    };
    let start: u128 = start.parse().expect("a start time");
    while now_ns() / 1_000_000 < start {
        std::hint::spin_loop();
    }
    let pid = std::process::id();
    for attempt in 0..12 {
        match Store::open(Path::new(&dir)) {
            Ok(mut opened) => {
                let from = now_ns();
                for k in 0..PER_WIN {
                    let change = Change::Do(Op::AddNote(Note {
                        id: opened.live.record.fresh_id(),
                        session: "open".into(),
                        kind: NoteKind::Note,
                        text: format!("{pid} {k}"),
                        speaker: None,
                        at: at(attempt),
                        item: None,
                    }));
                    opened
                        .store
                        .commit(&mut opened.live, &change)
                        .expect("the winner writes");
                    std::thread::sleep(Duration::from_millis(5));
                }
                let to = now_ns();
                drop(opened);
                println!("@won {from} {to}");
            }
            Err(e @ StoreError::Locked { .. }) => println!("@lost {e}"),
            Err(e) => panic!("{e}"),
        }
        std::thread::sleep(Duration::from_millis(3 + u64::from(pid % 7)));
    }
}

#[test]
fn racing_writers_never_both_write_and_losers_are_told_who_holds_the_record() {
    const RACERS: usize = 6;
    let dir = tempfile::tempdir().expect("temp dir");
    let record = dir.path().join("rec");
    drop(Store::create(&record, SMALL, small_agenda()).expect("create the record"));
    let exe = std::env::current_exe().expect("this test binary");
    // Far enough ahead that every racer is up, even on a busy machine.
    let start = now_ns() / 1_000_000 + 800;
    let children: Vec<_> = (0..RACERS)
        .map(|_| {
            Command::new(&exe)
                .args(["--exact", "race_child", "--nocapture", "--test-threads=1"])
                .env(RACE_RECORD, &record)
                .env(RACE_START, start.to_string())
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .expect("spawn a racer")
        })
        .collect();
    let pids: Vec<u32> = children.iter().map(std::process::Child::id).collect();
    let mut wins: Vec<(u128, u128, u32)> = Vec::new();
    let mut losses = 0;
    for mut child in children {
        let pid = child.id();
        let stdout = child.stdout.take().expect("stdout");
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            // libtest may print "test race_child ... " on the same line before the first one.
            if let Some((_, rest)) = line.split_once("@won ") {
                let (from, to) = rest.split_once(' ').expect("two times");
                wins.push((from.parse().expect("ns"), to.parse().expect("ns"), pid));
            } else if let Some((_, message)) = line.split_once("@lost ") {
                losses += 1;
                let expected = format!("record {} is open in another plenary", record.display());
                assert!(message.starts_with(&expected), "{message}");
                let holder: u32 = message
                    .rsplit_once("(pid ")
                    .and_then(|(_, p)| p.strip_suffix(')'))
                    .and_then(|p| p.parse().ok())
                    .unwrap_or_else(|| panic!("no pid in: {message}"));
                assert!(
                    pids.contains(&holder) && holder != pid,
                    "{message}: not another racer"
                );
            }
        }
        assert!(child.wait().expect("reap").success(), "a racer failed");
    }
    assert!(!wins.is_empty(), "somebody won");
    assert!(losses > 0, "the racers met: {} wins, no losses", wins.len());
    // At most one holder at any moment: the holding spans never overlap.
    wins.sort();
    for pair in wins.windows(2) {
        assert!(pair[1].0 >= pair[0].1, "two writers at once: {pair:?}");
    }
    // The journal holds each win's changes as one unbroken run, in the order of the wins.
    let loaded = load(&record).expect("load");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let texts: Vec<&str> = loaded
        .live
        .record
        .notes
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(texts.len(), wins.len() * PER_WIN, "{texts:?} {wins:?}");
    for (run, (_, _, pid)) in texts.chunks(PER_WIN).zip(&wins) {
        let want: Vec<String> = (0..PER_WIN).map(|k| format!("{pid} {k}")).collect();
        assert_eq!(run, want.as_slice(), "a win's changes were interleaved");
    }
    eprintln!(
        "{RACERS} racers: {} wins, {losses} refusals, never two writers",
        wins.len()
    );
}
