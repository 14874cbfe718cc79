//! The built binary in a real pseudo-terminal: type a note with `n`, kill the process with
//! SIGKILL, resume the record, and find the note on screen and on disk.

mod common;

use common::pty::Session;

#[test]
fn a_note_typed_then_sigkill_then_resume_finds_the_note() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("small.ron"), common::SMALL).expect("agenda");
    let mut first = Session::start(dir.path(), &["run", "small.ron", "--record", "rec"]);
    first.wait_for("Notes");
    first.type_keys(b"n");
    first.wait_for("New note");
    first.type_keys("Typed in a pty before the crash, ngiyabonga 🌍".as_bytes());
    first.type_keys(b"\r");
    first.wait_for("note saved");
    first.sigkill();

    let loaded = plenary::store::load(&dir.path().join("rec")).expect("the record loads");
    let texts: Vec<&str> = loaded
        .live
        .record
        .notes
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(texts, ["Typed in a pty before the crash, ngiyabonga 🌍"]);

    let mut second = Session::start(dir.path(), &["resume", "rec"]);
    second.wait_for("Typed in a pty before the crash");
    second.type_keys(b"q");
    let status = second.child.wait().expect("plenary exits");
    assert!(status.success(), "{status:?}");
    // The terminal is handed back: the alternate screen left, mouse reporting off.
    second.wait_for("\u{1b}[?1049l");
    second.wait_for("\u{1b}[?1000l");
}
