//! The terminal harness: plenary in a real pseudo-terminal, side by side with `nano`.
//!
//! 1. Keystroke to screen. plenary resumes a record whose board holds 2,000 cards in 12
//!    strategies, shows the board, and opens the note editor over it; nano opens an empty
//!    file (`--ignorercfiles --softwrap --atblanks`, so it wraps words as plenary's editor
//!    does). Both run at 200x60 at the same time. The harness types a 200-character note
//!    into each, a key at a time, alternating plenary and nano key by key, several notes
//!    each (Enter between notes: plenary saves the note, fsync'd, and clears the editor;
//!    nano starts a new line). Each key is timed from the write to the pty until the
//!    terminal's screen, as a terminal would show it (the output parsed by `vt100`), holds
//!    the note typed so far in the editing area and the cursor has moved: for a letter, the
//!    letter is on screen; for a space, the cursor stepped past it. A pause of 40–80 ms
//!    follows each echo, a fast typist's pace.
//! 2. Idle. Fresh processes of both sit for 60 s, plenary on the board of that record with
//!    a session running (its timer ticks every second); the CPU time each used is read from
//!    /proc/<pid>/stat (utime + stime) before and after.
//! 3. Peak memory of `plenary export` (Markdown and HTML) on the 10,000-op record, with and
//!    without its snapshot, from `/usr/bin/time -f %M` (getrusage's maxrss).
//!
//! Needs nano and /usr/bin/time (`benches/run.sh` installs them when missing).
//!
//! `cargo bench --bench terminal`

mod common;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use plenary::core::history::Change;
use plenary::core::op::Op;
use plenary::store::Store;
use plenary::tui::layout::{Areas, editor_area};
use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use ratatui::layout::Rect;

const COLS: u16 = 200;
const ROWS: u16 = 60;
/// Notes typed into each program.
const NOTES: usize = 4;
/// How long the idle measurement lasts.
const IDLE: Duration = Duration::from_secs(60);
/// Longest wait for an echo before the harness gives up.
const PATIENCE: Duration = Duration::from_secs(10);

/// What a note-taker types: 200 characters of a note as it is said.
fn note_text(n: usize) -> String {
    let said = [
        "Lucia reports the survey shows evictions rising in three regions; members want the data shared",
        "before the next call, with the women's caucus leading the follow-up and a budget line for travel",
        "Kwame asks whether the pilot can start in Durban and Accra at once, or must wait for the report",
        "Sofia: the coordination group meets monthly, minutes go to every member, decisions by consensus",
    ];
    let mut text = format!("{} ", n + 1);
    let mut i = n;
    while text.len() < 200 {
        text.push_str(said[i % said.len()]);
        text.push(' ');
        i += 1;
    }
    text.truncate(200);
    // Never end on a space: trailing spaces are the same on screen whether typed or not.
    text.pop();
    text.push('.');
    text
}

/// How the harness finds a program's cursor.
#[derive(Clone, Copy)]
enum Cursor {
    /// The terminal's own cursor (nano).
    Hardware,
    /// A reverse-video cell inside the editing area (plenary's editor draws its cursor so).
    Reversed,
}

/// What the screen must show for the key just typed to count as echoed.
struct Probe {
    expect: String,
    cursor_before: (u16, u16),
}

struct Shared {
    parser: vt100::Parser,
    probe: Option<Probe>,
    echoed: Option<Instant>,
    bytes: usize,
}

/// A program in a pseudo-terminal whose output is parsed into a screen as it arrives.
struct Term {
    name: &'static str,
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    shared: Arc<(Mutex<Shared>, Condvar)>,
    area: Rect,
    cursor: Cursor,
    _master: Box<dyn MasterPty + Send>,
}

/// The non-blank characters of `area` on screen, row by row.
fn area_text(screen: &vt100::Screen, area: Rect) -> String {
    let mut text = String::new();
    for row in area.y..area.y + area.height {
        for col in area.x..area.x + area.width {
            if let Some(cell) = screen.cell(row, col) {
                text.extend(cell.contents().chars().filter(|c| !c.is_whitespace()));
            }
        }
    }
    text
}

fn cursor_at(screen: &vt100::Screen, area: Rect, kind: Cursor) -> (u16, u16) {
    match kind {
        Cursor::Hardware => screen.cursor_position(),
        Cursor::Reversed => (area.y..area.y + area.height)
            .flat_map(|row| (area.x..area.x + area.width).map(move |col| (row, col)))
            .find(|&(row, col)| screen.cell(row, col).is_some_and(vt100::Cell::inverse))
            .unwrap_or((u16::MAX, u16::MAX)),
    }
}

impl Term {
    fn start(
        name: &'static str,
        program: &Path,
        args: &[&str],
        cwd: &Path,
        area: Rect,
        cursor: Cursor,
    ) -> Term {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo-terminal");
        let mut command = CommandBuilder::new(program);
        command.args(args);
        command.cwd(cwd);
        command.env("TERM", "xterm-256color");
        command.env_remove("NO_COLOR");
        let child = pty.slave.spawn_command(command).expect("spawn");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("a reader");
        let writer = pty.master.take_writer().expect("a writer");
        let rows = std::num::NonZeroU16::new(ROWS).expect("rows");
        let cols = std::num::NonZeroU16::new(COLS).expect("cols");
        let shared = Arc::new((
            Mutex::new(Shared {
                parser: vt100::Parser::new(rows, cols, 0),
                probe: None,
                echoed: None,
                bytes: 0,
            }),
            Condvar::new(),
        ));
        let sink = Arc::clone(&shared);
        // Drains the terminal, updates the screen, and notes the moment a probe is met.
        std::thread::spawn(move || {
            let mut buf = [0u8; 65536];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let now = Instant::now();
                let (lock, wake) = &*sink;
                let mut s = lock.lock().expect("screen");
                s.parser.process(&buf[..n]);
                s.bytes += n;
                if let Some(probe) = &s.probe {
                    let screen = s.parser.screen();
                    if area_text(screen, area) == probe.expect
                        && cursor_at(screen, area, cursor) != probe.cursor_before
                    {
                        s.probe = None;
                        s.echoed = Some(now);
                        wake.notify_all();
                    }
                }
            }
        });
        Term {
            name,
            child,
            writer,
            shared,
            area,
            cursor,
            _master: pty.master,
        }
    }

    fn screen_text(&self) -> String {
        self.shared
            .0
            .lock()
            .expect("screen")
            .parser
            .screen()
            .contents()
    }

    fn pid(&self) -> u32 {
        self.child.process_id().expect("a pid")
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("type");
        self.writer.flush().expect("flush");
    }

    /// Waits until the screen shows `text` anywhere.
    fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while !self.screen_text().contains(text) {
            assert!(
                Instant::now() < deadline,
                "{} never showed {text:?}; the screen:\n{}",
                self.name,
                self.screen_text()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The non-blank text of the editing area now.
    fn area_now(&self) -> String {
        area_text(
            self.shared.0.lock().expect("screen").parser.screen(),
            self.area,
        )
    }

    /// Types one key and returns how long the screen took to echo it: `expect` is what the
    /// editing area's non-blank text must then be.
    fn key(&mut self, key: char, expect: String) -> Duration {
        {
            let mut s = self.shared.0.lock().expect("screen");
            let cursor_before = cursor_at(s.parser.screen(), self.area, self.cursor);
            s.probe = Some(Probe {
                expect,
                cursor_before,
            });
            s.echoed = None;
        }
        let mut bytes = [0u8; 4];
        let started = Instant::now();
        self.send(key.encode_utf8(&mut bytes).as_bytes());
        let (lock, wake) = &*self.shared;
        let s = lock.lock().expect("screen");
        let (s, timeout) = wake
            .wait_timeout_while(s, PATIENCE, |s| s.echoed.is_none())
            .expect("wait");
        assert!(
            !timeout.timed_out(),
            "{} did not echo {key:?} within {PATIENCE:?}; its editing area held {:?}; the screen:\n{}",
            self.name,
            area_text(s.parser.screen(), self.area),
            s.parser.screen().contents()
        );
        s.echoed.expect("echoed") - started
    }

    fn stop(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// utime + stime of a process, in clock ticks.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("/proc/<pid>/stat");
    // The command name may hold spaces; the fields after it are plain.
    let after = &stat[stat.rfind(')').expect("a stat line") + 2..];
    let fields: Vec<&str> = after.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name and state.
    fields[11].parse::<u64>().expect("utime") + fields[12].parse::<u64>().expect("stime")
}

fn clock_ticks_per_second() -> f64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(100.0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// The record the screen benches open: the Durban agenda with its action-planning session
/// running since now, and 2,000 cards in 12 strategies on the board.
fn board_record(dir: &Path) -> PathBuf {
    let (agenda, text) = common::durban();
    let path = dir.join("board");
    let opened = Store::create(&path, &text, agenda).expect("a record");
    let (mut store, mut live) = (opened.store, opened.live);
    let session = "d4-strategies";
    let now = chrono::Local::now().naive_local();
    let board = common::board_batch(&live.record, session, 2_000, 12);
    for op in [
        Op::SetCurrent {
            session: Some(session.into()),
        },
        Op::StartSession {
            session: session.into(),
            at: now,
        },
        board,
    ] {
        store.commit(&mut live, &Change::Do(op)).expect("commit");
    }
    path
}

fn plenary_on_board(record: &Path, cwd: &Path) -> Term {
    // The editor's inside: plenary's own layout at this size, less the editor's border.
    let body = Areas::new(Rect::new(0, 0, COLS, ROWS)).body;
    let editor = editor_area(body);
    let inside = Rect {
        x: editor.x + 1,
        y: editor.y + 1,
        width: editor.width - 2,
        height: editor.height - 2,
    };
    let plenary = Path::new(env!("CARGO_BIN_EXE_plenary"));
    let record = record.to_str().expect("a UTF-8 path");
    let mut term = Term::start(
        "plenary",
        plenary,
        &["resume", record],
        cwd,
        inside,
        Cursor::Reversed,
    );
    term.wait_for("Notes");
    term.send(b"B");
    term.wait_for("Unsorted");
    term
}

fn nano(file: &Path, cwd: &Path) -> Term {
    // Rows 1 to ROWS-4: between nano's title bar and its status and help lines.
    let inside = Rect::new(0, 1, COLS, ROWS - 4);
    let file = file.to_str().expect("a UTF-8 path");
    let term = Term::start(
        "nano",
        Path::new("nano"),
        &["--ignorercfiles", "--softwrap", "--atblanks", file],
        cwd,
        inside,
        Cursor::Hardware,
    );
    term.wait_for("GNU nano");
    term
}

/// Waits until a program has been quiet (no output) for `quiet`.
fn settle(term: &Term, quiet: Duration) {
    let mut last = term.shared.0.lock().expect("screen").bytes;
    let mut since = Instant::now();
    let deadline = Instant::now() + Duration::from_secs(10);
    while since.elapsed() < quiet && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
        let now = term.shared.0.lock().expect("screen").bytes;
        if now != last {
            last = now;
            since = Instant::now();
        }
    }
}

fn keystrokes(folder: &Path, record: &Path) {
    let mut plenary = plenary_on_board(record, folder);
    plenary.send(b"n");
    plenary.wait_for("New note");
    let mut nano = nano(&folder.join("nano-note.txt"), folder);
    let mut rng = common::Rng::new(2018);
    let mut pause = || std::thread::sleep(Duration::from_millis(40 + rng.below(40) as u64));
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for n in 0..NOTES {
        let text = note_text(n);
        assert_eq!(text.chars().count(), 200);
        settle(&plenary, Duration::from_millis(300));
        settle(&nano, Duration::from_millis(300));
        // Key by key, plenary then nano, so both meet the machine in the same state.
        let (base_ours, base_theirs) = (plenary.area_now(), nano.area_now());
        let mut typed = String::new();
        for key in text.chars() {
            typed.extend(std::iter::once(key).filter(|c| !c.is_whitespace()));
            ours.push(plenary.key(key, format!("{base_ours}{typed}")));
            pause();
            theirs.push(nano.key(key, format!("{base_theirs}{typed}")));
            pause();
        }
        plenary.send(b"\r");
        plenary.wait_for("note saved");
        nano.send(b"\r");
    }
    settle(&plenary, Duration::from_millis(300));
    let saved = plenary::store::load(record).expect("the record loads");
    let typed: Vec<String> = (0..NOTES).map(note_text).collect();
    let kept: Vec<&str> = saved
        .live
        .record
        .notes
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(kept, typed, "plenary saved every note as typed");
    plenary.stop();
    nano.stop();

    for (name, times) in [("plenary", &mut ours), ("nano", &mut theirs)] {
        times.sort();
        let (p50, p99, max) = (
            percentile(times, 50.0),
            percentile(times, 99.0),
            percentile(times, 100.0),
        );
        println!(
            "keystroke {name}: {} keys, p50 {:.2} ms, p90 {:.2} ms, p95 {:.2} ms, p99 {:.2} ms, \
             max {:.2} ms",
            times.len(),
            ms(p50),
            ms(percentile(times, 90.0)),
            ms(percentile(times, 95.0)),
            ms(p99),
            ms(max)
        );
        common::save_result(&format!("keystroke_{name}_p50_ms"), ms(p50));
        common::save_result(&format!("keystroke_{name}_p99_ms"), ms(p99));
        common::save_result(&format!("keystroke_{name}_max_ms"), ms(max));
        common::save_result(&format!("keystroke_{name}_keys"), times.len() as f64);
    }
}

fn idle(folder: &Path, record: &Path) {
    let plenary = plenary_on_board(record, folder);
    let nano = nano(&folder.join("nano-idle.txt"), folder);
    std::thread::sleep(Duration::from_secs(3));
    let bytes_before = plenary.shared.0.lock().expect("screen").bytes;
    let before = [cpu_ticks(plenary.pid()), cpu_ticks(nano.pid())];
    let started = Instant::now();
    std::thread::sleep(IDLE);
    let after = [cpu_ticks(plenary.pid()), cpu_ticks(nano.pid())];
    let elapsed = started.elapsed().as_secs_f64();
    let bytes = plenary.shared.0.lock().expect("screen").bytes - bytes_before;
    let tick = clock_ticks_per_second();
    for (i, name) in ["plenary", "nano"].iter().enumerate() {
        let cpu = (after[i] - before[i]) as f64 / tick;
        let percent = cpu / elapsed * 100.0;
        println!(
            "idle {name}: {:.3} s of CPU in {elapsed:.1} s = {percent:.3} % of one core",
            cpu
        );
        common::save_result(&format!("idle_{name}_cpu_percent"), percent);
    }
    println!(
        "idle plenary: wrote {bytes} bytes to its terminal ({:.0} bytes/s)",
        bytes as f64 / elapsed
    );
    common::save_result("idle_plenary_bytes_per_s", bytes as f64 / elapsed);
    plenary.stop();
    nano.stop();
}

/// Peak resident memory of one `plenary export`, in MiB.
fn export_peak(record: &Path, format: &str) -> f64 {
    let time = Path::new("/usr/bin/time");
    assert!(time.exists(), "needs /usr/bin/time (apt-get install time)");
    let output = Command::new(time)
        .args(["-f", "%M"])
        .arg(env!("CARGO_BIN_EXE_plenary"))
        .args(["export", "--format", format])
        .arg(record)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .expect("run plenary export");
    assert!(output.status.success(), "plenary export failed: {output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let kib: f64 = stderr
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .expect("time printed the peak");
    kib / 1024.0
}

fn export_memory(folder: &Path) {
    let changes = common::meeting_changes(common::MEETING_OPS);
    let saved = folder.join("meeting-saved");
    let journal = folder.join("meeting-journal");
    common::write_record(&saved, &changes, true);
    common::write_record(&journal, &changes, false);
    let mut peak: f64 = 0.0;
    for (what, record) in [("snapshot", &saved), ("journal", &journal)] {
        for format in ["md", "html"] {
            let mib = export_peak(record, format);
            println!("export peak memory: {format} from the {what}: {mib:.1} MiB");
            common::save_result(&format!("export_peak_mib_{format}_{what}"), mib);
            peak = peak.max(mib);
        }
    }
    common::save_result("export_peak_mib", peak);
}

fn main() {
    // `cargo bench` passes --bench; a filter argument picks parts (keystroke, idle, memory).
    let parts: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let wants = |part: &str| parts.is_empty() || parts.iter().any(|p| part.contains(p.as_str()));
    let folder = common::scratch("terminal-");
    if wants("keystroke") {
        let record = board_record(&folder.path().join("keys"));
        keystrokes(folder.path(), &record);
    }
    if wants("idle") {
        let record = board_record(&folder.path().join("idle"));
        idle(folder.path(), &record);
    }
    if wants("memory") {
        export_memory(folder.path());
    }
}
