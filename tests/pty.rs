//! The built binary in a real pseudo-terminal: type a note with `n`, kill the process with
//! SIGKILL, resume the record, and find the note on screen and on disk.

mod common;

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// A plenary process in a pseudo-terminal, with everything it has drawn so far.
struct Session {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<Vec<u8>>>,
}

impl Session {
    fn start(dir: &Path, args: &[&str]) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo-terminal");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_plenary"));
        command.args(args);
        command.cwd(dir);
        command.env("TERM", "xterm-256color");
        let child = pty.slave.spawn_command(command).expect("spawn plenary");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let writer = pty.master.take_writer().expect("writer");
        let screen = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&screen);
        // The master must be drained or the child blocks on a full terminal.
        std::thread::spawn(move || {
            let _keep_open = pty.master;
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().expect("screen").extend_from_slice(&buf[..n]);
            }
        });
        Session {
            child,
            writer,
            screen,
        }
    }

    fn type_keys(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("type");
        self.writer.flush().expect("flush");
    }

    /// Waits until the screen output holds `text`; panics with what was drawn if it never does.
    fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let shown = String::from_utf8_lossy(&self.screen.lock().expect("screen")).into_owned();
            if shown.contains(text) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "never saw {text:?}; the screen got:\n{shown}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn sigkill(&mut self) {
        let pid = self.child.process_id().expect("a pid");
        let status = std::process::Command::new("kill")
            .args(["-9", &pid.to_string()])
            .status()
            .expect("run kill");
        assert!(status.success());
        self.child.wait().expect("reap");
    }
}

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
