//! Very large inputs load, or are refused cleanly, in bounded memory and time: a 50 MB agenda
//! (the limit is 8 MiB), an agenda at the limit full of problems, and a record of 100,000
//! changes. Each runs in a child process (the built `plenary`) whose peak memory the kernel
//! reports (wait4's ru_maxrss); figures go to stderr (`cargo test --test large -- --nocapture`).
//! The inputs are made at run time, never committed.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{SMALL, at};
use plenary::core::history::Change;
use plenary::core::op::Op;
use plenary::core::record::{Action, Id, Note, NoteKind};
use plenary::store::journal;

/// Runs `plenary ARGS`, returning its exit code, stderr, wall time and peak memory in MiB.
#[allow(clippy::zombie_processes)] // reaped by wait4, which also gives its peak memory
fn measure(args: &[&std::ffi::OsStr]) -> (Option<i32>, String, Duration, f64) {
    let started = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn plenary");
    let pid = child.id() as libc::pid_t;
    let mut stderr = child.stderr.expect("stderr");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut stderr, &mut text);
        text
    });
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, which nothing else reaps.
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(reaped, pid, "wait4");
    let elapsed = started.elapsed();
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    // ru_maxrss is in KiB on Linux.
    let peak = usage.ru_maxrss as f64 / 1024.0;
    (code, reader.join().expect("reader"), elapsed, peak)
}

#[test]
fn a_50_mb_agenda_is_refused_at_once_in_little_memory() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.ron");
    let mut file = std::fs::File::create(&path).expect("create");
    let line = "    // padding padding padding padding padding padding padding padding padding\n";
    let mut written = 0;
    file.write_all(SMALL.as_bytes()).expect("write");
    while written < 50 * 1024 * 1024 {
        file.write_all(line.as_bytes()).expect("write");
        written += line.len();
    }
    drop(file);
    for command in ["check", "run"] {
        let (code, stderr, time, peak) = measure(&[command.as_ref(), path.as_os_str()]);
        assert_eq!(code, Some(1), "{stderr}");
        assert!(
            stderr.contains("the file is 50.0 MiB; an agenda may be at most 8 MiB"),
            "{stderr}"
        );
        assert!(
            peak < 64.0,
            "plenary {command} took {peak:.1} MiB for a 50 MB agenda"
        );
        eprintln!("50 MB agenda, plenary {command}: refused in {time:?}, peak {peak:.1} MiB");
    }
    // A record whose agenda copy was swapped for the huge file is refused the same way.
    let record = dir.path().join("rec");
    drop(plenary::store::Store::create(&record, SMALL, common::small_agenda()).expect("create"));
    std::fs::rename(&path, record.join("agenda.ron")).expect("swap the agenda copy");
    let (code, stderr, time, peak) = measure(&["export".as_ref(), record.as_os_str()]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("an agenda may be at most 8 MiB"),
        "{stderr}"
    );
    assert!(peak < 64.0, "{peak:.1} MiB");
    eprintln!(
        "record with a 50 MB agenda copy, plenary export: refused in {time:?}, peak {peak:.1} MiB"
    );
}

#[test]
fn an_agenda_at_the_limit_full_of_problems_is_checked_in_bounded_time() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("problems.ron");
    let mut text = String::from("(title: \"Many\", days: [(date: \"2018-07-23\", sessions: [\n");
    let mut n = 0;
    // Every session has the same id and overlaps the one before: two problems each.
    while text.len() < 8 * 1024 * 1024 - 200 {
        text.push_str("(id: \"same\", title: \"T\", start: \"09:00\", minutes: 30),\n");
        n += 1;
    }
    text.push_str("])])\n");
    std::fs::write(&path, &text).expect("write");
    let (code, stderr, time, peak) = measure(&["check".as_ref(), path.as_os_str()]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("is used more than once"),
        "{}",
        &stderr[..200]
    );
    // Bounded means the work and the message do not grow with the problems: the first ones are
    // shown and the rest counted. How long it takes is a benchmark's business, not a test's.
    assert!(
        stderr.contains("more problems not shown; fix these first"),
        "{}",
        &stderr[..200]
    );
    assert!(
        stderr.lines().count() < 500,
        "{} lines of problems for {n} sessions",
        stderr.lines().count()
    );
    eprintln!(
        "8 MiB agenda with {n} sessions and {} lines of problems: checked in {time:?}, peak {peak:.1} MiB",
        stderr.lines().count()
    );
}

#[test]
fn a_record_of_100000_changes_loads_and_exports() {
    const CHANGES: u64 = 100_000;
    let dir = tempfile::tempdir().expect("temp dir");
    let record = dir.path().join("rec");
    std::fs::create_dir(&record).expect("record dir");
    std::fs::write(record.join("agenda.ron"), SMALL).expect("agenda");
    let mut bytes = journal::HEADER.to_vec();
    let sessions = ["open", "props", "decide", "plan", "close"];
    let mut next = 3; // the small agenda's two proposals take ids 1 and 2
    for i in 0..CHANGES {
        let session = sessions[(i / 20_000) as usize].to_owned();
        let change = match i % 10 {
            8 => Change::Undo,
            9 => Change::Redo,
            7 => {
                next += 1;
                Change::Do(Op::AddAction {
                    action: Action {
                        id: Id(next - 1),
                        text: format!("Action {i}: circulate the survey results to members"),
                        owner: Some("Lucia".into()),
                        due: None,
                        session,
                        item: None,
                        progress: Default::default(),
                    },
                    strategy: None,
                })
            }
            _ => {
                next += 1;
                Change::Do(Op::AddNote(Note {
                    id: Id(next - 1),
                    session,
                    kind: NoteKind::Note,
                    text: format!(
                        "Note {i}: Siyabonga — the room discussed land, housing and the \
                         commons for a long while 🌍"
                    ),
                    speaker: Some("ana".into()),
                    at: at(i as i64 / 100),
                    item: None,
                }))
            }
        };
        bytes.extend_from_slice(&journal::frame(&change).expect("frame"));
    }
    std::fs::write(record.join("journal"), &bytes).expect("journal");
    let mib = bytes.len() as f64 / (1024.0 * 1024.0);
    let (code, stderr, time, peak) = measure(&[
        "export".as_ref(),
        record.as_os_str(),
        "-f".as_ref(),
        "csv".as_ref(),
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
    assert!(peak < 1024.0, "{peak:.1} MiB");
    eprintln!(
        "{CHANGES} changes ({mib:.1} MiB journal): loaded and exported in {time:?}, peak {peak:.1} MiB"
    );
    // Loaded in this process too, it is the record the changes make.
    let loaded = plenary::store::load(Path::new(&record)).expect("load");
    assert_eq!(loaded.changes, CHANGES);
    assert!(loaded.warnings.is_empty());
}
