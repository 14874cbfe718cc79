//! Two processes: this test writes a record as the facilitator's plenary would, while
//! `plenary present` follows it in a pseudo-terminal. Each saved change must reach the
//! follower's screen; the follower takes no lock and writes nothing.

mod common;

use std::time::Duration;

use common::pty::Session;
use common::{SMALL, at, small_agenda};
use plenary::core::history::Change;
use plenary::core::op::Op;
use plenary::core::record::{Action, Id};
use plenary::store::{JOURNAL_FILE, Store, VIEW_FILE};
use plenary::tui::app::{Shown, Tab};

#[test]
fn the_follower_shows_each_saved_change() {
    let dir = tempfile::tempdir().expect("temp dir");
    let rec = dir.path().join("rec");
    // The writer holds the record's lock for the whole test: the follower must not need it.
    let mut opened = Store::create(&rec, SMALL, small_agenda()).expect("create");
    let shown = Shown {
        tab: Tab::Board,
        focus: (0, 0),
        grouping: plenary::core::speakers::Grouping::Person,
        cell: (0, 0),
        qr: None,
    };
    opened
        .store
        .publish_view(&serde_json::to_vec(&shown).expect("json"))
        .expect("publish the view");
    // 60 rows: eight five-row cards under the big title and timer.
    let follower = Session::start_sized(dir.path(), &["present", "rec"], 200, 60);
    follower.wait_for("Unsorted");
    let before: Vec<(String, u64)> = files(&rec);

    let mut latencies = Vec::new();
    for n in 0..8u64 {
        let id = Id(opened.live.record.next_id);
        let text = format!("Card{n}FromTheWriter");
        let change = Change::Do(Op::AddAction {
            action: Action {
                id,
                text: text.clone(),
                owner: None,
                due: None,
                session: "open".into(),
                item: None,
                progress: Default::default(),
            },
            strategy: None,
        });
        opened
            .store
            .commit(&mut opened.live, &change)
            .expect("commit");
        latencies.push(follower.wait_for(&text));
    }
    // The facilitator moves to the Resolutions tab: the wall follows.
    let moved = Shown {
        tab: Tab::Resolutions,
        ..shown.clone()
    };
    opened
        .store
        .publish_view(&serde_json::to_vec(&moved).expect("json"))
        .expect("publish the view");
    follower.wait_for("No resolutions yet.");
    // Starting the session shows on the wall's timer line.
    let start = Change::Do(Op::StartSession {
        session: "open".into(),
        at: at(0),
    });
    opened
        .store
        .commit(&mut opened.live, &start)
        .expect("start");
    follower.wait_for("running");

    latencies.sort();
    eprintln!(
        "follower latency over {} changes: median {:?}, max {:?} (poll interval 50 ms)",
        latencies.len(),
        latencies[latencies.len() / 2],
        latencies[latencies.len() - 1]
    );
    // Generous: the target is 200 ms; a loaded shared machine may be slower.
    assert!(latencies.iter().all(|l| *l < Duration::from_secs(10)));

    let mut after = files(&rec);
    // Only what the writer wrote changed (its journal and its view); nothing else appeared.
    let writers = |name: &String| name != JOURNAL_FILE && name != VIEW_FILE;
    after.retain(|(name, _)| writers(name));
    let mut before = before;
    before.retain(|(name, _)| writers(name));
    assert_eq!(before, after, "the follower wrote nothing");
}

/// The files of a record folder with their sizes.
fn files(dir: &std::path::Path) -> Vec<(String, u64)> {
    let mut files: Vec<(String, u64)> = std::fs::read_dir(dir)
        .expect("list")
        .map(|e| {
            let e = e.expect("entry");
            (
                e.file_name().to_string_lossy().into_owned(),
                e.metadata().expect("stat").len(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn a_closed_terminal_ends_the_follower() {
    let dir = tempfile::tempdir().expect("temp dir");
    let rec = dir.path().join("rec");
    drop(Store::create(&rec, SMALL, small_agenda()).expect("create"));
    let follower = Session::start_sized(dir.path(), &["present", "rec"], 100, 30);
    follower.wait_for("Opening");
    let pid = follower.child.process_id().expect("a pid");
    // What a terminal window closing sends its process.
    let sent = std::process::Command::new("kill")
        .args(["-HUP", &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(sent.success());
    let started = std::time::Instant::now();
    let mut follower = follower;
    loop {
        if follower.child.try_wait().expect("try_wait").is_some() {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the follower outlived its terminal"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}
