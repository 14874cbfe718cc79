//! The built binary, as users run it: every subcommand, good and bad input, exit codes.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use common::SMALL;
use predicates::prelude::*;
use predicates::str::contains;

fn plenary() -> Command {
    Command::cargo_bin("plenary").expect("the plenary binary is built")
}

/// Writes `bytes` as `name` in `dir` and returns its path.
fn file(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write a test file");
    path
}

/// Checks `bytes` as an agenda and returns what `check` printed on stderr; it must fail with 1.
fn check_fails(name: &str, bytes: impl AsRef<[u8]>) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = file(dir.path(), name, bytes);
    let out = plenary()
        .current_dir(dir.path())
        .args(["check", name])
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .code(1)
        .get_output()
        .clone();
    assert!(out.stdout.is_empty(), "nothing on stdout for a bad file");
    let stderr = String::from_utf8(out.stderr).expect("messages are UTF-8");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(path.exists());
    stderr
}

/// The small fixture with one substitution, which must apply.
fn small_with(from: &str, to: &str) -> String {
    assert!(SMALL.contains(from), "the fixture holds {from}");
    SMALL.replacen(from, to, 1)
}

#[test]
fn the_bundled_agendas_pass_the_check() {
    plenary()
        .args([
            "check",
            "agendas/durban-2018.ron",
            "agendas/template.ron",
            "agendas/board-retreat-2026.ron",
        ])
        .assert()
        .success()
        .stdout(contains("agendas/durban-2018.ron: ok (4 days"))
        .stdout(contains("agendas/template.ron: ok"))
        .stdout(contains("agendas/board-retreat-2026.ron: ok"));
}

#[test]
fn an_empty_file_says_what_an_agenda_looks_like() {
    for (name, bytes) in [("empty.ron", ""), ("blank.ron", "  \n\n\t\n")] {
        let err = check_fails(name, bytes);
        assert!(
            err.starts_with(&format!(
                "error: {name}:1:1: the file is empty; expected an agenda"
            )),
            "{err}"
        );
    }
}

#[test]
fn binary_garbage_and_invalid_utf8_are_named_by_position() {
    let err = check_fails(
        "garbage.ron",
        [0x28, 0x0a, 0x74, 0xff, 0x00, 0x9c, 0x80, 0x01],
    );
    assert!(
        err.starts_with(
            "error: garbage.ron:2:2: the file is not UTF-8 text (byte 0xff at offset 3)"
        ),
        "{err}"
    );
    let err = check_fails("latin1.ron", b"(title: \"Caf\xe9\", days: [])");
    assert!(
        err.starts_with("error: latin1.ron:1:13: the file is not UTF-8 text"),
        "{err}"
    );
}

#[test]
fn json_gets_a_hint_that_agendas_are_ron() {
    let err = check_fails("meeting.json", r#"{"title": "x", "days": []}"#);
    assert!(
        err.starts_with("error: meeting.json:1:1: expected opening `(` for struct `Agenda`"),
        "{err}"
    );
    assert!(
        err.contains("this looks like JSON; an agenda is RON"),
        "{err}"
    );
}

#[test]
fn deep_nesting_is_refused_quickly() {
    let deep = format!(
        "(title: \"x\", days: {}{})",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let err = check_fails("deep.ron", deep);
    assert!(
        err.starts_with("error: deep.ron:1:21: expected opening `(` for struct `Day`"),
        "{err}"
    );
    // Nesting where ron does recurse: options in options.
    let deep = small_with(
        "gender: Some(\"woman\")",
        &format!(
            "gender: {}\"woman\"{}",
            "Some(".repeat(100_000),
            ")".repeat(100_000)
        ),
    );
    let err = check_fails("deep2.ron", deep);
    assert!(err.contains("deep2.ron:6:129: expected string"), "{err}");
}

#[test]
fn files_over_the_size_limit_are_refused_before_reading() {
    let huge = format!("(title: \"{}\", days: [])", "a".repeat(9 * 1024 * 1024));
    let err = check_fails("huge.ron", huge);
    assert!(
        err.starts_with("error: huge.ron:1:1: the file is 9.0 MiB; an agenda may be at most 8 MiB"),
        "{err}"
    );
}

#[test]
fn a_multi_megabyte_agenda_is_read_in_full() {
    let participants: Vec<String> = (0..100_000)
        .map(|i| format!("(id: \"p{i}\", name: \"Participant {i}\", country: \"Perú\")"))
        .collect();
    let big = small_with(
        "participants: [",
        &format!("participants: [{},", participants.join(",\n")),
    );
    assert!(big.len() > 5_000_000);
    let dir = tempfile::tempdir().expect("temp dir");
    file(dir.path(), "big.ron", big);
    plenary()
        .current_dir(dir.path())
        .args(["check", "big.ron"])
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .success()
        .stdout(contains(
            "big.ron: ok (2 days, 6 sessions, 100002 participants)",
        ));
}

#[test]
fn the_ok_line_counts_in_the_singular_for_one() {
    let one = small_with(
        "        (id: \"ben\", name: \"Ben\", organisation: \"Org B\", country: \"Kenya\", region: \"Africa\", role: \"facilitator\"),\n",
        "",
    )
    .replacen("leads: [\"ben\"]", "", 1);
    let start = one.find("        (date: \"2018-07-24\"").expect("day 2");
    let end = one.find("    ],\n)").expect("the end of the days");
    let one = format!("{}{}", &one[..start], &one[end..]);
    let dir = tempfile::tempdir().expect("temp dir");
    file(dir.path(), "one.ron", &one);
    plenary()
        .current_dir(dir.path())
        .args(["check", "one.ron"])
        .assert()
        .success()
        .stdout(contains("one.ron: ok (1 day, 4 sessions, 1 participant)\n"));
}

#[test]
fn crlf_line_endings_and_a_bom_are_accepted() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut windows = vec![0xef, 0xbb, 0xbf];
    windows.extend(SMALL.replace('\n', "\r\n").bytes());
    file(dir.path(), "windows.ron", &windows);
    plenary()
        .current_dir(dir.path())
        .args(["check", "windows.ron"])
        .assert()
        .success();
    // Line numbers stay right with CRLF.
    let bad = small_with("minutes: 60)", "minutes: 0)").replace('\n', "\r\n");
    let err = check_fails("crlf.ron", bad);
    assert!(
        err.starts_with("error: crlf.ron:21:18: session `lunch` lasts 0 minutes"),
        "{err}"
    );
    // And for a syntax error, whose line is shown without its carriage return.
    let bad =
        small_with("title: \"Test meeting\"", "titel: \"Test meeting\"").replace('\n', "\r\n");
    let err = check_fails("typo-crlf.ron", bad);
    assert!(
        err.starts_with("error: typo-crlf.ron:3:5: unexpected field named `titel` in `Agenda`"),
        "{err}"
    );
    assert!(
        err.contains("\n3 |     titel: \"Test meeting\",\n  |     ^"),
        "{err}"
    );
    let err = check_fails("unclosed-crlf.ron", "(title: \"x\", days: [\r\n");
    assert!(
        err.starts_with(
            "error: unclosed-crlf.ron:1:21: expected opening `(` for struct `Day`; the file ends here"
        ),
        "{err}"
    );
}

#[test]
fn a_carriage_return_in_a_string_is_kept_as_written() {
    // CR CR LF inside a string once read as CR LF, and the record's copy of it then as LF.
    let dir = tempfile::tempdir().expect("temp dir");
    let text = small_with("title: \"Test meeting\"", "title: \"Test\r\r\nmeeting\"");
    file(dir.path(), "cr.ron", &text);
    plenary()
        .current_dir(dir.path())
        .args(["check", "cr.ron"])
        .assert()
        .success()
        .stdout(contains("cr.ron: ok"));
    // The record keeps that text, and reads the same title back from it.
    let (agenda, copy) = plenary::store::agenda_file::parse_agenda("cr.ron", text.as_bytes())
        .expect("a valid agenda");
    assert_eq!(copy, text, "the text a record keeps is the text checked");
    let rec = dir.path().join("rec");
    drop(plenary::store::Store::create(&rec, &copy, agenda).expect("create"));
    plenary()
        .args(["export", "-f", "json"])
        .arg(&rec)
        .assert()
        .success()
        .stdout(contains("\"title\": \"Test\\r\\r\\nmeeting\""));
}

#[test]
fn syntax_errors_show_the_line_and_a_caret() {
    let err = check_fails(
        "typo.ron",
        small_with("title: \"Test meeting\"", "titel: \"Test meeting\""),
    );
    assert!(
        err.starts_with("error: typo.ron:3:5: unexpected field named `titel` in `Agenda`"),
        "{err}"
    );
    assert!(
        err.contains("\n3 |     titel: \"Test meeting\",\n  |     ^"),
        "{err}"
    );

    let err = check_fails(
        "time.ron",
        small_with("start: \"11:00\"", "start: \"11am\""),
    );
    assert!(
        err.starts_with("error: time.ron:21:64: `11am` is not a time of day; expected `HH:MM`"),
        "{err}"
    );

    let err = check_fails("unclosed.ron", "(title: \"x\", days: [\n");
    assert!(
        err.starts_with(
            "error: unclosed.ron:1:21: expected opening `(` for struct `Day`; the file ends here"
        ),
        "{err}"
    );

    let err = check_fails("missing.ron", small_with("title: \"Test meeting\",", ""));
    assert!(err.contains("missing.ron:"), "{err}");
    assert!(err.contains("`title`"), "{err}");
}

#[test]
fn every_meaning_problem_is_reported_at_once_in_file_order() {
    let bad = small_with("(id: \"ben\"", "(id: \"ana\"")
        .replacen("leads: [\"ben\"]", "leads: [\"bob\"]", 1)
        .replacen("start: \"09:30\"", "start: \"09:20\"", 1)
        .replacen("2018-07-24", "2018-07-22", 1)
        .replacen(
            "(id: \"fit\", title: \"Fit\", weight: 2)",
            "(id: \"fit\", title: \"Fit\", weight: 0)",
            1,
        )
        .replacen(
            "proposals: [\"p1\", \"p2\"]",
            "proposals: [\"p1\", \"p3\"]",
            1,
        )
        .replacen("(id: \"close\"", "(id: \"lunch\"", 1)
        .replacen(
            "start: \"12:00\", minutes: 60",
            "start: \"12:00\", minutes: 1500",
            1,
        );
    // `props` at 09:20 overlaps `open` (09:00, 30 min): an over-full day is a warning now,
    // not a refusal (issue 12), and tests/times.rs holds its message.
    let err = check_fails("meaning.ron", bad);
    let firsts: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("error: meaning.ron:"))
        .collect();
    let expected = [
        "error: meaning.ron:7:14: participant id `ana` is used more than once",
        "error: meaning.ron:11:14: criterion `fit` has weight 0",
        "error: meaning.ron:19:93: `bob` is not a participant of this agenda",
        "error: meaning.ron:20:111: `p3` is not a proposal of this agenda",
        "error: meaning.ron:22:18: session `decide` lasts 1500 minutes; expected 1 to 1440",
        "error: meaning.ron:24:16: day 2018-07-22 comes after day 2018-07-23",
        "error: meaning.ron:26:18: session id `lunch` is used more than once",
    ];
    assert_eq!(firsts.len(), expected.len(), "{err}");
    for (line, want) in firsts.iter().zip(expected) {
        assert!(
            line.starts_with(want),
            "expected {want}\n got {line}\nall:\n{err}"
        );
    }
    assert!(
        err.ends_with("error: 1 of 1 agenda failed the check\n"),
        "{err}"
    );
}

#[test]
fn overlaps_order_and_midnight() {
    let err = check_fails(
        "order.ron",
        small_with("start: \"12:00\"", "start: \"10:00\""),
    );
    assert!(
        err.contains("order.ron:22:18: session `decide` starts at 10:00, before `lunch` at 11:00"),
        "{err}"
    );
    let err = check_fails(
        "late.ron",
        small_with(
            "start: \"11:00\", minutes: 30",
            "start: \"23:50\", minutes: 30",
        ),
    );
    assert!(
        err.contains("late.ron:26:18: session `close` runs past midnight"),
        "{err}"
    );
    let err = check_fails("nodays.ron", "(title: \"x\", days: [])");
    assert!(
        err.starts_with("error: nodays.ron:1:14: the agenda has no days"),
        "{err}"
    );
}

#[test]
fn a_missing_file_and_several_files_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    file(dir.path(), "good.ron", SMALL);
    file(dir.path(), "bad.ron", "");
    plenary()
        .current_dir(dir.path())
        .args(["check", "good.ron", "bad.ron", "absent.ron"])
        .assert()
        .code(1)
        .stdout(contains("good.ron: ok"))
        .stderr(contains("error: bad.ron:1:1: the file is empty"))
        .stderr(contains(
            "error: absent.ron: cannot read: No such file or directory",
        ))
        .stderr(contains("error: 2 of 3 agendas failed the check"));
}

#[test]
fn new_writes_a_template_that_checks_and_never_overwrites() {
    let dir = tempfile::tempdir().expect("temp dir");
    plenary()
        .current_dir(dir.path())
        .args(["new", "retreat.ron"])
        .assert()
        .success()
        .stdout(contains("wrote retreat.ron"));
    plenary()
        .current_dir(dir.path())
        .args(["check", "retreat.ron"])
        .assert()
        .success();
    let before = std::fs::read(dir.path().join("retreat.ron")).expect("template");
    plenary()
        .current_dir(dir.path())
        .args(["new", "retreat.ron"])
        .assert()
        .code(1)
        .stderr(contains("retreat.ron already exists"));
    assert_eq!(
        std::fs::read(dir.path().join("retreat.ron")).expect("template"),
        before
    );
    let leftovers = std::fs::read_dir(dir.path()).expect("list").count();
    assert_eq!(leftovers, 1, "no temporary file is left behind");
}

#[test]
fn run_in_a_script_prints_the_plan_and_resume_opens_a_record() {
    let dir = tempfile::tempdir().expect("temp dir");
    file(dir.path(), "small.ron", SMALL);
    plenary()
        .current_dir(dir.path())
        .args(["run", "small.ron", "--record", "rec"])
        .assert()
        .success()
        .stdout(contains("Test meeting"))
        .stdout(contains("09:30   90 min  proposals       Proposals"))
        .stdout(contains("no record created: not at a terminal"));
    assert!(
        !dir.path().join("rec").exists(),
        "a script creates no record"
    );
    plenary::store::Store::create(&dir.path().join("rec"), SMALL, common::small_agenda())
        .expect("create");
    plenary()
        .current_dir(dir.path())
        .args(["run", "small.ron", "--record", "rec"])
        .assert()
        .code(1)
        .stderr(contains(
            "error: rec already holds a record; open it with `plenary resume rec`",
        ));
    plenary()
        .current_dir(dir.path())
        .args(["resume", "rec"])
        .assert()
        .success()
        .stdout(contains("record: rec (0 changes saved)"));
}

/// Piped or in a script, `plenary` and `plenary run` print the plan each time, twice in one
/// second too, and leave the folder as it was.
#[test]
fn piped_runs_in_a_row_print_the_plan_and_create_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    file(dir.path(), "small.ron", SMALL);
    for _ in 0..2 {
        plenary()
            .current_dir(dir.path())
            .assert()
            .success()
            .stdout(contains(
                "Advancing network-wide collective action and campaigning",
            ));
        plenary()
            .current_dir(dir.path())
            .args(["run", "small.ron"])
            .assert()
            .success()
            .stdout(contains("09:30   90 min  proposals       Proposals"));
    }
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(left, vec![std::ffi::OsString::from("small.ron")]);
}

#[test]
fn a_record_open_elsewhere_is_refused_with_the_writers_pid() {
    let dir = tempfile::tempdir().expect("temp dir");
    let rec = dir.path().join("rec");
    let opened =
        plenary::store::Store::create(&rec, SMALL, common::small_agenda()).expect("create");
    plenary()
        .args(["resume"])
        .arg(&rec)
        .assert()
        .code(1)
        .stderr(contains(format!(
            "is open in another plenary (pid {})",
            std::process::id()
        )));
    drop(opened);
    plenary().args(["resume"]).arg(&rec).assert().success();
}

#[test]
fn present_of_something_that_is_not_a_record() {
    let dir = tempfile::tempdir().expect("temp dir");
    plenary()
        .args(["present"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(contains("is not a plenary record: it has no journal file"));
}

#[test]
fn present_of_the_phone_pages_address_says_what_a_wall_takes() {
    plenary()
        .args(["present", "http://127.0.0.1:7878/p/3f9a2c"])
        .assert()
        .code(1)
        .stderr(contains(
            "error: http://127.0.0.1:7878/p/3f9a2c is the phone page's address, for phones and \
             browsers; a wall follows the room with its join code",
        ));
}

#[test]
fn resume_of_something_that_is_not_a_record() {
    let dir = tempfile::tempdir().expect("temp dir");
    plenary()
        .args(["resume"])
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(contains("is not a plenary record: it has no journal file"));
    assert!(
        !dir.path().join("lock").exists(),
        "a wrong path is left untouched"
    );
}

#[test]
fn help_version_completions_and_usage_errors() {
    for args in [
        &["--help"][..],
        &["check", "--help"],
        &["run", "--help"],
        &["resume", "--help"],
        &["present", "--help"],
        &["export", "--help"],
        &["qr", "--help"],
        &["new", "--help"],
    ] {
        plenary()
            .args(args)
            .assert()
            .success()
            .stdout(contains("Usage: plenary"));
    }
    plenary()
        .arg("--version")
        .assert()
        .success()
        .stdout(contains("plenary 0."));
    plenary()
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(contains("_plenary()"));
    plenary()
        .arg("frobnicate")
        .assert()
        .code(1)
        .stderr(contains("unrecognized subcommand"));
    plenary()
        .arg("check")
        .assert()
        .code(1)
        .stderr(contains("required"));
    plenary()
        .args(["completions", "tcsh"])
        .assert()
        .code(1)
        .stderr(predicate::str::is_empty().not());
}

/// plenary's own errors read like clap's and the agenda's: `error: ` then the path, on one
/// first line, exit 1.
#[test]
fn errors_read_like_clap_error_and_the_path() {
    let dir = tempfile::tempdir().expect("temp dir");
    file(dir.path(), "small.ron", SMALL);
    let cases: [(&[&str], &str); 6] = [
        (&["resume", "nope"], "error: nope is not a plenary record"),
        (
            &["export", "nope"],
            "error: nope: no such record (the folder does not exist)",
        ),
        (&["qr", "nope"], "error: nope: no such record"),
        (&["run", "absent.ron"], "error: absent.ron: cannot read: "),
        (
            &["new", "small.ron"],
            "error: small.ron already exists; plenary new never overwrites a file",
        ),
        (&["check", "absent.ron"], "error: absent.ron: cannot read: "),
    ];
    for (args, want) in cases {
        let out = plenary()
            .current_dir(dir.path())
            .args(args)
            .assert()
            .code(1)
            .get_output()
            .clone();
        let err = String::from_utf8(out.stderr).expect("messages are UTF-8");
        assert!(err.starts_with(want), "{args:?}: {err}");
    }
    // Each of an agenda's problems is an error of its own, under `run` as under `check`.
    let two = small_with("(id: \"ben\"", "(id: \"ana\"").replacen(
        "(id: \"fit\", title: \"Fit\", weight: 2)",
        "(id: \"fit\", title: \"Fit\", weight: 0)",
        1,
    );
    file(dir.path(), "two.ron", two);
    let out = plenary()
        .current_dir(dir.path())
        .args(["run", "two.ron"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).expect("messages are UTF-8");
    let problems: Vec<&str> = err.lines().filter(|l| l.contains("two.ron:")).collect();
    assert_eq!(problems.len(), 3, "{err}");
    assert!(
        problems.iter().all(|l| l.starts_with("error: two.ron:")),
        "{err}"
    );
}
