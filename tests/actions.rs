//! `plenary actions`, the built binary on a real record: listing the actions and following
//! them up after the meeting, through the record's store.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use chrono::{Local, NaiveDate};
use common::SMALL;
use plenary::core::history::Change;
use plenary::core::op::Op;
use plenary::core::record::{Action, ActionProgress, ActionStatus, Id};
use plenary::store::{Store, load};
use predicates::str::contains;

fn plenary() -> Command {
    Command::cargo_bin("plenary").expect("the plenary binary is built")
}

/// A record of the small agenda with two actions: #3 owned by Ana (a participant) and due, #4
/// with neither. No writer holds it when this returns.
fn record(dir: &Path) -> PathBuf {
    let rec = dir.join("rec");
    let mut opened = Store::create(&rec, SMALL, common::small_agenda()).expect("create");
    for (text, owner, due) in [
        (
            "circulate the survey",
            Some("ana"),
            NaiveDate::from_ymd_opt(2018, 8, 10),
        ),
        ("map the campaigns", None, None),
    ] {
        let op = Op::AddAction {
            action: Action {
                id: opened.live.record.fresh_id(),
                text: text.into(),
                owner: owner.map(Into::into),
                due,
                session: "plan".into(),
                item: None,
                progress: ActionProgress::default(),
            },
            strategy: None,
        };
        opened
            .store
            .commit(&mut opened.live, &Change::Do(op))
            .expect("an action");
    }
    rec
}

fn progress(rec: &Path, id: u64) -> ActionProgress {
    load(rec)
        .expect("the record loads")
        .live
        .record
        .action(Id(id))
        .expect("the action")
        .progress
}

#[test]
fn the_list_gives_id_status_owner_due_and_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let rec = record(dir.path());
    let out = plenary()
        .arg("actions")
        .arg(&rec)
        .output()
        .expect("plenary runs");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let lines: Vec<Vec<&str>> = text
        .lines()
        .map(|l| {
            l.split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect()
        })
        .collect();
    assert_eq!(
        lines,
        [
            vec!["#3", "open", "Ana", "2018-08-10", "circulate the survey"],
            vec!["#4", "open", "map the campaigns"],
        ]
    );
}

#[test]
fn a_status_set_is_saved_with_todays_date_and_listed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let rec = record(dir.path());
    let changes = load(&rec).expect("load").changes;
    let before = Local::now().date_naive();
    plenary()
        .args(["actions"])
        .arg(&rec)
        .args(["--set", "#4", "in-progress"])
        .assert()
        .success()
        .stdout(contains("action #4 is in-progress since"));
    let after = Local::now().date_naive();
    let set = progress(&rec, 4);
    assert_eq!(set.status, ActionStatus::InProgress);
    let since = set.since.expect("a date");
    assert!(before <= since && since <= after, "{since}");
    assert_eq!(progress(&rec, 3), ActionProgress::default());
    // One change in the journal, undoable like any other.
    let loaded = load(&rec).expect("load");
    assert_eq!(loaded.changes, changes + 1);
    assert_eq!(
        loaded.live.undo.last().map(|step| &step.inverse),
        Some(&Op::SetActionProgress {
            id: Id(4),
            progress: ActionProgress::default(),
        })
    );

    plenary()
        .args(["actions"])
        .arg(&rec)
        .args(["--set", "4", "done"])
        .assert()
        .success();
    assert_eq!(progress(&rec, 4).status, ActionStatus::Done);
    plenary()
        .args(["actions"])
        .arg(&rec)
        .assert()
        .success()
        .stdout(contains(format!("#4  done {since}")));
}

#[test]
fn an_unknown_id_or_status_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let rec = record(dir.path());
    let journal = std::fs::read(rec.join(plenary::store::JOURNAL_FILE)).expect("journal");
    for (args, says) in [
        (["--set", "9", "done"], "there is no action #9"),
        (
            ["--set", "3", "finished"],
            "there is no status `finished`: give one of open, in-progress, done, dropped",
        ),
        (["--set", "three", "done"], "`three` is not an action id"),
        (["--set", "3", "open"], "the action #3 is open already"),
    ] {
        plenary()
            .arg("actions")
            .arg(&rec)
            .args(args)
            .assert()
            .code(1)
            .stderr(contains(says));
        assert_eq!(
            std::fs::read(rec.join(plenary::store::JOURNAL_FILE)).expect("journal"),
            journal,
            "{args:?}"
        );
    }
    plenary()
        .args(["actions", "no-such-record", "--set", "3", "done"])
        .current_dir(dir.path())
        .assert()
        .code(1)
        .stderr(contains("no such record"));
    assert!(!dir.path().join("no-such-record").exists());
}

#[test]
fn a_record_a_meeting_screen_holds_is_refused_with_who_holds_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let rec = record(dir.path());
    let held = Store::open(&rec).expect("the record opens");
    plenary()
        .arg("actions")
        .arg(&rec)
        .args(["--set", "3", "done"])
        .assert()
        .code(1)
        .stderr(contains(format!(
            "is open in another plenary (pid {})",
            std::process::id()
        )))
        .stderr(contains("a meeting screen has it open"));
    // Listing reads without the lock, as exports do.
    plenary().arg("actions").arg(&rec).assert().success();
    drop(held);
    assert_eq!(progress(&rec, 3), ActionProgress::default());
    plenary()
        .arg("actions")
        .arg(&rec)
        .args(["--set", "3", "done"])
        .assert()
        .success();
    assert_eq!(progress(&rec, 3).status, ActionStatus::Done);
}
