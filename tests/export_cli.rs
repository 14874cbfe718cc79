//! `plenary export` and `plenary qr` as users run them: on the bundled example record, on a
//! record another plenary is writing, and on bad input.

mod outcomes;

use std::path::Path;

use assert_cmd::Command;
use outcomes::{decode_half_blocks, decode_png, decode_svg};
use predicates::str::contains;

const EXAMPLE: &str = "sessions/durban-2018";

fn plenary() -> Command {
    let mut cmd = Command::cargo_bin("plenary").expect("the plenary binary is built");
    cmd.timeout(std::time::Duration::from_secs(60));
    cmd
}

fn stdout(args: &[&str]) -> String {
    let out = plenary().args(args).assert().success().get_output().clone();
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn export_writes_each_format_to_stdout() {
    let md = stdout(&["export", EXAMPLE]);
    assert!(md.starts_with("# Advancing network-wide collective action and campaigning\n"));
    assert!(md.ends_with("15 min)\n"), "one final newline");
    let html = stdout(&["export", EXAMPLE, "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<svg class=\"qr\""));
    let csv = stdout(&["export", EXAMPLE, "-f", "csv"]);
    assert!(csv.starts_with("strategy,text,owner,due,status,session\r\n"));
    let json = stdout(&["export", EXAMPLE, "--format", "json"]);
    assert!(plenary::export::json::record_from_json(&json).is_ok());
}

#[test]
fn export_to_a_file_replaces_it_atomically_and_privately() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("minutes.md");
    std::fs::write(&path, "old minutes").expect("an old file");
    plenary()
        .args(["export", EXAMPLE, "-o"])
        .arg(&path)
        .assert()
        .success()
        .stdout("")
        .stderr(contains("wrote"));
    let written = std::fs::read_to_string(&path).expect("written");
    assert!(written.starts_with("# Advancing"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "readable by its owner only");
    }
    let names: Vec<_> = std::fs::read_dir(dir.path()).expect("list").collect();
    assert_eq!(names.len(), 1, "no temporary file left behind");
}

#[test]
fn export_reads_a_record_that_another_plenary_is_writing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let rec = dir.path().join("live");
    let opened = plenary::store::Store::create(
        &rec,
        plenary::example::DURBAN_AGENDA,
        outcomes::durban().plan,
    )
    .expect("a record");
    plenary()
        .args(["export"])
        .arg(&rec)
        .assert()
        .success()
        .stdout(contains("Minutes so far of the meeting"));
    plenary()
        .args(["qr", "--text"])
        .arg(&rec)
        .assert()
        .success()
        .stdout(contains("No outcomes recorded yet."));
    drop(opened);
}

#[test]
fn export_and_qr_refuse_bad_input_clearly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("nope");
    for cmd in ["export", "qr"] {
        let out = plenary()
            .arg(cmd)
            .arg(&missing)
            .assert()
            .code(1)
            .stdout("")
            .get_output()
            .clone();
        let err = String::from_utf8(out.stderr).expect("UTF-8");
        assert!(
            err.contains("nope: no such record (the folder does not exist)"),
            "{err}"
        );
        assert!(!err.contains("panicked"));
    }
    plenary()
        .arg("export")
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(contains("is not a plenary record: it has no journal file"));
    assert!(!dir.path().join("lock").exists(), "reading takes no lock");
    let file = dir.path().join("file.txt");
    std::fs::write(&file, "hello").expect("a file");
    plenary()
        .arg("qr")
        .arg(&file)
        .assert()
        .code(1)
        .stderr(contains("is not a record: a record is a folder"));
    plenary()
        .args(["export", EXAMPLE, "--format", "pdf"])
        .assert()
        .code(1)
        .stderr(contains("invalid value 'pdf'"));
    plenary()
        .args(["export", EXAMPLE, "-o"])
        .arg(dir.path().join("no/such/folder/minutes.md"))
        .assert()
        .code(1)
        .stderr(contains("minutes.md: cannot write"));
    plenary()
        .args(["qr", EXAMPLE, "--session", "d9-nothing"])
        .assert()
        .code(1)
        .stderr(contains(
            "has no session `d9-nothing`; its sessions are: d1-arrival,",
        ));
    for bad in ["0", "41", "ten"] {
        plenary()
            .args(["qr", EXAMPLE, "--max-version", bad])
            .assert()
            .code(1)
            .stderr(contains("--max-version"));
    }
    plenary()
        .args(["qr", EXAMPLE, "--max-version", "1"])
        .assert()
        .code(1)
        .stderr(contains("too few for numbered parts; use a version of"));
}

/// The codes `plenary qr` printed: each part's caption and its half-block lines.
fn drawings(screen: &str) -> Vec<(String, Vec<&str>)> {
    let mut out = Vec::new();
    let lines: Vec<&str> = screen.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].contains(" (version ") {
            let caption = lines[i].to_owned();
            assert_eq!(lines[i + 1], "", "a blank line under the caption");
            let code: Vec<&str> = lines[i + 2..]
                .iter()
                .take_while(|l| !l.is_empty())
                .copied()
                .collect();
            i += 2 + code.len();
            out.push((caption, code));
        } else {
            i += 1;
        }
    }
    out
}

/// What `plenary qr --text` prints for these parts' texts: each part, a blank line between.
fn as_text(payloads: &[String]) -> String {
    let mut text = String::new();
    for (i, payload) in payloads.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        text.push_str(payload);
        if !text.ends_with('\n') {
            text.push('\n');
        }
    }
    text
}

/// A part's piece of the summary: its text after the header line and the heading it
/// continues, if any.
fn chunk(payload: &str) -> &str {
    let (_, rest) = payload.split_once('\n').expect("a header line");
    match rest.split_once('\n') {
        Some((first, after)) if first.ends_with(" (continued)") => after,
        _ => rest,
    }
}

#[test]
fn qr_prints_plain_half_blocks_that_decode_and_writes_svg_and_png_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let svg_dir = dir.path().join("svg");
    let png_dir = dir.path().join("png");
    let record = plenary::store::load(Path::new(EXAMPLE))
        .expect("the example record")
        .live
        .record;
    let label = plenary::export::summary::label(&record, &plenary::export::Options::default());
    let out = plenary()
        .args(["qr", EXAMPLE, "--svg"])
        .arg(&svg_dir)
        .arg("--png")
        .arg(&png_dir)
        .assert()
        .success()
        .stderr(contains("wrote 12 SVG files to"))
        .stderr(contains("wrote 12 PNG files to"))
        .get_output()
        .clone();
    let screen = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        !screen.contains('\x1b'),
        "no colour codes when not a terminal"
    );
    let codes = drawings(&screen);
    assert_eq!(codes.len(), 12, "the Durban outcomes take 12 codes");
    let mut payloads = Vec::new();
    for (n, (caption, lines)) in codes.iter().enumerate() {
        let header = format!("{label} {}/12", n + 1);
        assert!(
            caption.starts_with(&format!("{header} (version ")),
            "{caption}"
        );
        let payload = decode_half_blocks(lines, false);
        assert!(payload.starts_with(&format!("{header}\n")), "{payload}");
        let stem = format!("outcomes-{}-of-12", n + 1);
        let svg = std::fs::read_to_string(svg_dir.join(format!("{stem}.svg"))).expect("svg");
        assert_eq!(decode_svg(&svg), payload);
        let png = std::fs::read(png_dir.join(format!("{stem}.png"))).expect("png");
        assert_eq!(decode_png(&png).0, payload);
        payloads.push(payload);
    }
    assert_eq!(
        stdout(&["qr", EXAMPLE, "--text"]),
        as_text(&payloads),
        "--text prints what the codes hold"
    );
    let summary =
        plenary::export::summary::meeting_summary(&record, &plenary::export::Options::default());
    let joined: String = payloads.iter().map(|p| chunk(p)).collect();
    assert_eq!(joined, summary, "the parts joined are the summary");

    let inverted = plenary()
        .args(["qr", EXAMPLE, "--invert", "--session", "d4-action-group"])
        .assert()
        .success()
        .get_output()
        .clone();
    let screen = String::from_utf8(inverted.stdout).expect("UTF-8");
    let codes = drawings(&screen);
    assert_eq!(
        codes.len(),
        4,
        "intro, key point, the resolution in two, next step"
    );
    let session = stdout(&["qr", EXAMPLE, "--text", "--session", "d4-action-group"]);
    let payloads: Vec<String> = codes
        .iter()
        .map(|(_, lines)| decode_half_blocks(lines, true))
        .collect();
    assert_eq!(as_text(&payloads), session);
    assert!(
        chunk(&payloads[0])
            .starts_with("Resolution to create an Action Group\nAdvancing network-wide…, day 4 (")
    );
}

#[test]
fn a_bigger_cap_takes_fewer_codes() {
    let screen = stdout(&["qr", EXAMPLE, "--max-version", "40"]);
    let codes = drawings(&screen);
    assert_eq!(codes.len(), 1);
    assert!(
        codes[0]
            .0
            .starts_with("Advancing network-wide… outcomes (version ")
    );
    // The one code holds the whole summary, and `--text` at that cap prints it.
    let summary = stdout(&["qr", EXAMPLE, "--text", "--max-version", "40"]);
    assert_eq!(
        format!("{}\n", decode_half_blocks(&codes[0].1, false)),
        summary
    );
    assert!(Path::new(EXAMPLE).join("journal").exists());
}
