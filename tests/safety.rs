//! Outside the TUI, text from an agenda or a record that holds escape or control characters
//! comes out inert: in exports printed to stdout, in `plenary qr` (codes, labels, --text), in
//! the outline `run` and `resume` print when not at a terminal, and in messages. And privacy:
//! files plenary writes are owner-only, QR content names no one unless asked, and a Chatham
//! House record's exports never say who said what.

mod common;
mod fuzzing;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use common::{SMALL, at};
use plenary::core::history::Change;
use plenary::core::op::Op;
use plenary::core::record::{Action, Method, Note, NoteKind, Resolution, ResolutionStatus};
use plenary::store::Store;
use plenary::store::agenda_file::parse_agenda;

/// Every way a terminal can be driven: OSC title, clear screen, colours, a C1 CSI, BEL,
/// backspace, a lone carriage return, DEL, NUL.
const HOSTILE: &str = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}[31mred\u{9b}1mC1\u{8}\rover\u{7f}\u{0}";

fn plenary() -> Command {
    Command::cargo_bin("plenary").expect("the binary")
}

/// A record of an agenda whose texts hold HOSTILE, with notes, an owned action, a strategy and
/// a resolution that do too; Chatham House when asked.
fn hostile_record(dir: &Path, chatham: bool) -> PathBuf {
    let escaped = HOSTILE.escape_unicode().to_string();
    let text = SMALL
        .replace(
            "title: \"Test meeting\"",
            &format!("title: \"Test {escaped}\""),
        )
        .replace("place: \"Room 1\"", &format!("place: \"Room {escaped}\""))
        .replace(
            "title: \"Opening\"",
            &format!("title: \"Opening {escaped}\""),
        )
        .replace(
            "(id: \"ana\", name: \"Ana\"",
            &format!("(id: \"ana\", name: \"Ana {escaped}\""),
        )
        .replace(
            "days: [",
            &format!("chatham_house: {chatham},\n    days: ["),
        );
    let agenda = parse_agenda("hostile.ron", text.as_bytes())
        .expect("valid")
        .0;
    let path = dir.join(if chatham { "chatham" } else { "open" });
    let opened = Store::create(&path, &text, agenda).expect("create");
    let (mut store, mut live) = (opened.store, opened.live);
    let changes = [
        Change::Do(Op::StartSession {
            session: "open".into(),
            at: at(0),
        }),
        Change::Do(Op::AddNote(Note {
            id: live.record.fresh_id(),
            session: "open".into(),
            kind: NoteKind::Quote,
            text: format!("quoted {HOSTILE}"),
            speaker: Some("ana".into()),
            at: at(1),
            item: None,
        })),
    ];
    for change in &changes {
        store.commit(&mut live, change).expect("commit");
    }
    let more = |live: &plenary::core::history::Live, n: u64| match n {
        0 => Change::Do(Op::AddNote(Note {
            id: live.record.fresh_id(),
            session: "open".into(),
            kind: NoteKind::KeyPoint,
            text: format!("key {HOSTILE}"),
            speaker: Some(format!("Visitor {HOSTILE}")),
            at: at(2),
            item: None,
        })),
        1 => Change::Do(Op::AddAction {
            action: Action {
                id: live.record.fresh_id(),
                text: format!("act {HOSTILE}"),
                owner: Some("Lucia".into()),
                due: None,
                session: "open".into(),
                item: None,
                progress: Default::default(),
            },
            strategy: None,
        }),
        2 => Change::Do(Op::AddStrategy {
            id: live.record.fresh_id(),
            name: format!("strategy {HOSTILE}"),
            index: 0,
        }),
        _ => Change::Do(Op::AddResolution(Resolution {
            id: live.record.fresh_id(),
            session: "open".into(),
            text: format!("resolved {HOSTILE}"),
            method: Method::Consensus,
            status: ResolutionStatus::Adopted,
            proposal: None,
            actions: Vec::new(),
            at: at(3),
            item: None,
        })),
    };
    for n in 0..4 {
        let change = more(&live, n);
        store.commit(&mut live, &change).expect("commit");
    }
    path
}

fn output(args: &[&std::ffi::OsStr]) -> (String, String) {
    let out = plenary().args(args).output().expect("run plenary");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    )
}

#[test]
fn exports_qr_codes_and_outlines_reach_the_terminal_inert() {
    let dir = tempfile::tempdir().expect("temp dir");
    let record = hostile_record(dir.path(), false);
    let r = record.as_os_str();
    for format in ["md", "html", "csv", "json"] {
        let (stdout, stderr) = output(&["export".as_ref(), r, "-f".as_ref(), format.as_ref()]);
        fuzzing::assert_inert(
            &format!("export -f {format}"),
            &stdout.replace("\r\n", "\n"),
        );
        fuzzing::assert_inert("stderr", &stderr);
        assert!(stdout.contains("red"), "{format}: the text itself is kept");
    }
    // JSON keeps the characters, escaped, so the data survives.
    let (json, _) = output(&["export".as_ref(), r, "-f".as_ref(), "json".as_ref()]);
    let back = plenary::export::json::record_from_json(&json).expect("reads back");
    assert!(
        back.notes
            .iter()
            .any(|n| n.text == format!("quoted {HOSTILE}"))
    );
    for args in [
        vec![],
        vec!["--text"],
        vec!["--session", "open"],
        vec!["--names"],
    ] {
        let mut all: Vec<&std::ffi::OsStr> = vec!["qr".as_ref(), r];
        all.extend(args.iter().map(std::ffi::OsStr::new));
        let (stdout, stderr) = output(&all);
        fuzzing::assert_inert(&format!("qr {args:?}"), &stdout);
        fuzzing::assert_inert("stderr", &stderr);
    }
    // Opening the record with no terminal prints its outline.
    let (stdout, stderr) = output(&["resume".as_ref(), r]);
    fuzzing::assert_inert("resume's outline", &stdout);
    fuzzing::assert_inert("stderr", &stderr);
    assert!(stdout.contains("Opening"), "{stdout}");
    // And so does starting one.
    let agenda = dir.path().join("hostile.ron");
    std::fs::copy(record.join("agenda.ron"), &agenda).expect("copy the agenda");
    let new = dir.path().join("new");
    let (stdout, stderr) = output(&[
        "run".as_ref(),
        agenda.as_os_str(),
        "--record".as_ref(),
        new.as_os_str(),
    ]);
    fuzzing::assert_inert("run's outline", &stdout);
    fuzzing::assert_inert("stderr", &stderr);
}

#[test]
fn messages_about_hostile_files_are_inert() {
    let dir = tempfile::tempdir().expect("temp dir");
    let agenda = dir.path().join("bad.ron");
    std::fs::write(
        &agenda,
        SMALL.replace(
            "(id: \"close\", title: \"Closing\"",
            &format!("(id: \"x{HOSTILE}\", title: \"\""),
        ),
    )
    .expect("write");
    let out = plenary().arg("check").arg(&agenda).output().expect("run");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).expect("UTF-8");
    fuzzing::assert_inert("check", &stderr);
    assert!(stderr.contains("needs a title"), "{stderr}");
    // A record whose journal names a hostile session: export reads what comes before it and
    // warns, opening for writing refuses, both with an inert message.
    let record = hostile_record(dir.path(), false);
    let mut journal = std::fs::read(record.join("journal")).expect("journal");
    let change = Change::Do(Op::SkipSession {
        session: format!("nowhere {HOSTILE}"),
    });
    journal.extend_from_slice(&plenary::store::journal::frame(&change).expect("frame"));
    std::fs::write(record.join("journal"), journal).expect("write");
    let out = plenary().arg("export").arg(&record).output().expect("run");
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8(out.stderr).expect("UTF-8");
    fuzzing::assert_inert("export of a bad record", &stderr);
    assert!(stderr.contains("does not apply"), "{stderr}");
    let refused = plenary::store::Store::open(&record).expect_err("refused for writing");
    assert!(refused.to_string().contains("does not apply"), "{refused}");
    let out = plenary().arg("resume").arg(&record).output().expect("run");
    fuzzing::assert_inert(
        "resume of a bad record",
        &String::from_utf8_lossy(&out.stderr),
    );
}

#[cfg(unix)]
#[test]
fn files_plenary_writes_are_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let record = hostile_record(dir.path(), false);
    let mode = |p: &Path| std::fs::metadata(p).expect("stat").permissions().mode() & 0o777;
    let codes = dir.path().join("codes");
    output(&[
        "qr".as_ref(),
        record.as_os_str(),
        "--svg".as_ref(),
        codes.as_os_str(),
        "--png".as_ref(),
        codes.as_os_str(),
    ]);
    let files: Vec<PathBuf> = std::fs::read_dir(&codes)
        .expect("codes")
        .map(|e| e.expect("entry").path())
        .collect();
    assert!(files.len() >= 2);
    for file in &files {
        assert_eq!(mode(file), 0o600, "{}", file.display());
    }
    for format in ["md", "html", "csv", "json"] {
        let out = dir.path().join(format!("minutes.{format}"));
        output(&[
            "export".as_ref(),
            record.as_os_str(),
            "-f".as_ref(),
            format.as_ref(),
            "-o".as_ref(),
            out.as_os_str(),
        ]);
        assert_eq!(mode(&out), 0o600, "{format}");
    }
    let new = dir.path().join("agenda.ron");
    plenary().arg("new").arg(&new).assert().success();
    // The template is the user's own document, like any file an editor makes: it follows the
    // umask (tempfile makes it 0600), never wider than that.
    assert_eq!(mode(&new) & 0o077, 0, "agenda template readable by others");
}

#[test]
fn qr_codes_name_no_one_unless_asked_and_chatham_house_holds_in_every_export() {
    let dir = tempfile::tempdir().expect("temp dir");
    let open = hostile_record(dir.path(), false);
    let (plain, _) = output(&["qr".as_ref(), open.as_os_str(), "--text".as_ref()]);
    for personal in [
        "Lucia",
        "Ana",
        "Org A",
        "Chile",
        "Latin America",
        "woman",
        "Visitor",
    ] {
        assert!(
            !plain.contains(personal),
            "QR text names {personal}: {plain}"
        );
    }
    let (named, _) = output(&[
        "qr".as_ref(),
        open.as_os_str(),
        "--text".as_ref(),
        "--names".as_ref(),
    ]);
    assert!(named.contains("Lucia"), "--names puts owners in: {named}");
    for personal in ["Org A", "Chile", "Latin America", "woman"] {
        assert!(
            !named.contains(personal),
            "--names still leaves out {personal}"
        );
    }

    let chatham = hostile_record(dir.path(), true);
    let c = chatham.as_os_str();
    for format in ["md", "html", "json"] {
        let (text, _) = output(&["export".as_ref(), c, "-f".as_ref(), format.as_ref()]);
        for who in [
            "Ana", "Ben", "Visitor", "Org A", "Org B", "\"ana\"", "woman",
        ] {
            assert!(
                !text.contains(who),
                "{format} names {who} in Chatham House mode"
            );
        }
        assert!(text.contains("quoted"), "{format} keeps what was said");
        assert!(text.contains("Lucia"), "{format} keeps who does what");
    }
    let (csv, _) = output(&["export".as_ref(), c, "-f".as_ref(), "csv".as_ref()]);
    assert!(!csv.contains("Visitor"), "{csv}");
    for args in [vec!["--text"], vec!["--text", "--session", "open"]] {
        let mut all: Vec<&std::ffi::OsStr> = vec!["qr".as_ref(), c];
        all.extend(args.iter().map(std::ffi::OsStr::new));
        let (text, _) = output(&all);
        assert!(!text.contains("Ana") && !text.contains("Visitor"), "{text}");
    }
}
