//! A plenary process in a real pseudo-terminal, for end-to-end tests.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// A plenary process in a pseudo-terminal, with everything it has drawn so far.
pub struct Session {
    pub child: Box<dyn portable_pty::Child + Send + Sync>,
    pub writer: Box<dyn Write + Send>,
    pub screen: Arc<Mutex<Vec<u8>>>,
    /// The terminal's rows and columns.
    size: (u16, u16),
}

impl Session {
    /// Starts plenary with `args` in `dir` on an 80x24 terminal.
    pub fn start(dir: &Path, args: &[&str]) -> Session {
        Session::start_sized(dir, args, 80, 24)
    }

    /// Starts plenary with `args` in `dir` on a terminal of `cols` by `rows`.
    pub fn start_sized(dir: &Path, args: &[&str], cols: u16, rows: u16) -> Session {
        Session::start_with(dir, args, cols, rows, &[])
    }

    /// Starts plenary with `args` and extra environment variables `env` in `dir`.
    pub fn start_with(
        dir: &Path,
        args: &[&str],
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> Session {
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_plenary"));
        command.args(args);
        command.cwd(dir);
        command.env("TERM", "xterm-256color");
        // The screen speaks the locale's language: the tests' screens are English unless a
        // test says otherwise, whatever the machine running them speaks.
        for locale in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            command.env_remove(locale);
        }
        for (key, value) in env {
            command.env(key, value);
        }
        Session::spawn(command, cols, rows)
    }

    /// Runs `command` on a terminal of `cols` by `rows`, keeping everything it draws.
    pub fn spawn(command: CommandBuilder, cols: u16, rows: u16) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo-terminal");
        let child = pty.slave.spawn_command(command).expect("spawn the command");
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
            size: (rows, cols),
        }
    }

    pub fn type_keys(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("type");
        self.writer.flush().expect("flush");
    }

    /// Waits until the screen output holds `text`; panics with what was drawn if it never does.
    pub fn wait_for(&self, text: &str) -> Duration {
        let started = Instant::now();
        let deadline = started + Duration::from_secs(20);
        loop {
            let shown = String::from_utf8_lossy(&self.screen.lock().expect("screen")).into_owned();
            if shown.contains(text) {
                return started.elapsed();
            }
            assert!(
                Instant::now() < deadline,
                "never saw {text:?}; the screen got:\n{shown}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the terminal, as a terminal would show what was drawn, holds `text` on one
    /// of its rows now: unlike [`Session::wait_for`], text drawn over a frame that had some of
    /// its cells already is found too.
    pub fn wait_shown(&self, text: &str) -> Duration {
        let started = Instant::now();
        let deadline = started + Duration::from_secs(20);
        loop {
            let (rows, cols) = self.size;
            let (Some(rows), Some(cols)) = (NonZeroU16::new(rows), NonZeroU16::new(cols)) else {
                panic!("a terminal of {rows}x{cols} shows nothing");
            };
            let mut terminal = vt100::Parser::new(rows, cols, 0);
            terminal.process(&self.screen.lock().expect("screen"));
            let shown = terminal.screen().contents();
            if shown.contains(text) {
                return started.elapsed();
            }
            assert!(
                Instant::now() < deadline,
                "never showed {text:?}; the terminal shows:\n{shown}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn sigkill(&mut self) {
        let pid = self.child.process_id().expect("a pid");
        let status = std::process::Command::new("kill")
            .args(["-9", &pid.to_string()])
            .status()
            .expect("run kill");
        assert!(status.success());
        self.child.wait().expect("reap");
    }
}

impl Drop for Session {
    /// A test that stops looking leaves no plenary behind.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait()
            && let Some(pid) = self.child.process_id()
        {
            let _ = std::process::Command::new("kill")
                .args(["-9", &pid.to_string()])
                .status();
            let _ = self.child.wait();
        }
    }
}
