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

/// A new record of the small agenda, opened in a pseudo-terminal with extra environment.
fn new_meeting(env: &[(&str, &str)]) -> (tempfile::TempDir, Session) {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("small.ron"), common::SMALL).expect("agenda");
    let session = Session::start_with(
        dir.path(),
        &["run", "small.ron", "--record", "rec"],
        80,
        24,
        env,
    );
    (dir, session)
}

#[test]
fn a_panic_restores_the_terminal_and_keeps_every_saved_change() {
    let (dir, mut session) = new_meeting(&[("PLENARY_TEST_PANIC_ON_F12", "1")]);
    session.wait_for("Notes");
    session.type_keys(b"nSaved before the panic\r");
    session.wait_for("note saved");
    // F12, as a terminal sends it.
    session.type_keys(b"\x1b[24~");
    let status = session.child.wait().expect("plenary exits");
    assert!(!status.success(), "a panic is not a clean exit: {status:?}");
    session.wait_for("forced panic");
    session.wait_for("\u{1b}[?1049l");
    session.wait_for("\u{1b}[?1000l");
    let loaded = plenary::store::load(&dir.path().join("rec")).expect("the record loads");
    assert_eq!(loaded.live.record.notes[0].text, "Saved before the panic");
    // The lock died with the process: the record opens again at once.
    plenary::store::Store::open(&dir.path().join("rec")).expect("the record opens again");
}

#[test]
fn sigkill_while_typing_and_moving_cards_never_breaks_the_record() {
    const TRIALS: usize = 8;
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("small.ron"), common::SMALL).expect("agenda");
    let mut rng = fastrand::Rng::new();
    // Notes, cards, strategies, moves, undo and redo, typed at the speed a person types.
    let script: &[&[u8]] = &[
        b"nA note with words \xe2\x80\x94 ngiyabonga\r",
        b"action: Ana to map campaigns by 2018-09-01\r",
        b"\x1b",
        b"B",
        b"sA strategy\r",
        b"h",
        b"L",
        b"K",
        b"u",
        b"\x12",
        b"N",
        b" ",
    ];
    let mut first = true;
    for trial in 0..TRIALS {
        let args: &[&str] = if first {
            &["run", "small.ron", "--record", "rec"]
        } else {
            &["resume", "rec"]
        };
        first = false;
        let mut session = Session::start(dir.path(), args);
        session.wait_for("Notes");
        let keys = rng.usize(1..script.len() * 2);
        for k in 0..keys {
            session.type_keys(script[k % script.len()]);
            std::thread::sleep(std::time::Duration::from_millis(rng.u64(0..15)));
        }
        session.sigkill();
        let loaded = plenary::store::load(&dir.path().join("rec"))
            .unwrap_or_else(|e| panic!("trial {trial}: the record does not load: {e}"));
        common::assert_invariants(&loaded.live.record);
    }
    let loaded = plenary::store::load(&dir.path().join("rec")).expect("load");
    eprintln!(
        "{TRIALS} SIGKILLs while typing: the record holds {} changes, {} notes, {} actions",
        loaded.changes,
        loaded.live.record.notes.len(),
        loaded.live.record.actions.len()
    );
    assert!(loaded.changes > 0);
}

#[test]
fn no_color_means_no_colour_codes() {
    let (_dir, mut session) = new_meeting(&[("NO_COLOR", "1")]);
    session.wait_for("Notes");
    // Start the session (the timer turns green elsewhere), open the projector and cycle themes.
    session.type_keys(b" WT");
    session.wait_for("of 30 min");
    session.type_keys(b"q");
    session.child.wait().expect("plenary exits");
    let shown = String::from_utf8_lossy(&session.screen.lock().expect("screen")).into_owned();
    // Every SGR sequence (ESC [ params m): no foreground or background colour parameter.
    let colours: Vec<&str> = shown
        .split("\u{1b}[")
        .skip(1)
        .filter_map(|rest| rest.split_once('m').map(|(params, _)| params))
        .filter(|params| params.chars().all(|c| c.is_ascii_digit() || c == ';'))
        .filter(|params| {
            params
                .split(';')
                .filter_map(|p| p.parse::<u32>().ok())
                .any(|p| matches!(p, 30..=38 | 40..=48 | 90..=97 | 100..=107))
        })
        .collect();
    assert!(
        colours.is_empty(),
        "colour codes with NO_COLOR: {colours:?}"
    );
}

#[test]
fn sigterm_and_sigint_restore_the_terminal() {
    for signal in ["-TERM", "-INT"] {
        let (dir, mut session) = new_meeting(&[]);
        session.wait_for("Notes");
        session.type_keys(b"nSaved before the signal\r");
        session.wait_for("note saved");
        let pid = session.child.process_id().expect("a pid");
        let sent = std::process::Command::new("kill")
            .args([signal, &pid.to_string()])
            .status()
            .expect("run kill");
        assert!(sent.success());
        let status = session.child.wait().expect("plenary exits");
        assert!(status.success(), "{signal}: ends as q does: {status:?}");
        session.wait_for("\u{1b}[?1049l");
        session.wait_for("\u{1b}[?1000l");
        let loaded = plenary::store::load(&dir.path().join("rec")).expect("the record loads");
        assert_eq!(loaded.live.record.notes[0].text, "Saved before the signal");
    }
}

#[test]
fn a_pasted_block_with_carriage_returns_files_each_line_where_it_belongs() {
    let (dir, mut session) = new_meeting(&[]);
    session.wait_for("Notes");
    session.type_keys(b"n");
    session.wait_for("New note");
    // A bracketed paste as tmux and most terminals send it: lines end in CR.
    session.type_keys(
        b"\x1b[200~first line of the paste\rsecond line\r\
          action: Ana to circulate the survey results by 2018-08-10\x1b[201~",
    );
    session.wait_for("2018-08-10");
    session.type_keys(b"\r");
    session.wait_for("action filed on the board for Ana");
    // What the footer says was filed is on disk already.
    session.sigkill();
    let loaded = plenary::store::load(&dir.path().join("rec")).expect("the record loads");
    let record = &loaded.live.record;
    let notes: Vec<&str> = record.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(notes, ["first line of the paste\nsecond line"]);
    let actions: Vec<(&str, Option<&str>)> = record
        .actions
        .iter()
        .map(|a| (a.text.as_str(), a.owner.as_deref()))
        .collect();
    // Ana is on the meeting's list of participants, so she is the owner.
    assert_eq!(actions, [("circulate the survey results", Some("ana"))]);
}

/// What the screen sent after opening the projector and cycling to each projector theme.
fn projector_themes_as_sent(env: &[(&str, &str)]) -> String {
    let (_dir, mut session) = new_meeting(env);
    session.wait_for("Notes");
    session.type_keys(b" W");
    session.wait_for("of 30 min");
    // projector dark, then projector light, each drawn before the next key.
    for _ in 0..2 {
        let before = session.screen.lock().expect("screen").len();
        session.type_keys(b"T");
        while session.screen.lock().expect("screen").len() == before {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    session.type_keys(b"q");
    session.child.wait().expect("plenary exits");
    String::from_utf8_lossy(&session.screen.lock().expect("screen")).into_owned()
}

#[test]
fn without_truecolor_announced_the_projector_themes_send_no_rgb() {
    let rgb = |shown: &str| shown.contains("38;2;") || shown.contains("48;2;");
    let truecolour = projector_themes_as_sent(&[("COLORTERM", "truecolor")]);
    assert!(
        rgb(&truecolour),
        "the projector themes are RGB on truecolor"
    );
    // The harness's TERM is xterm-256color: the 256-colour palette.
    let indexed = projector_themes_as_sent(&[("COLORTERM", "")]);
    assert!(!rgb(&indexed), "RGB sent without COLORTERM");
    assert!(indexed.contains("38;5;"), "the 256-colour palette is used");
    // A plain TERM: the 16 colours, which crossterm writes as palette indices below 16.
    let ansi = projector_themes_as_sent(&[("COLORTERM", ""), ("TERM", "xterm")]);
    assert!(!rgb(&ansi), "RGB sent to a 16-colour terminal");
    let indices: Vec<u32> = ["38;5;", "48;5;"]
        .iter()
        .flat_map(|sgr| ansi.split(sgr).skip(1))
        .filter_map(|rest| {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().ok()
        })
        .collect();
    assert!(!indices.is_empty(), "the themes' colours are sent");
    assert!(indices.iter().all(|&i| i < 16), "{indices:?}");
}

#[test]
fn a_dumb_terminal_gets_a_clear_message_and_no_screen() {
    let (dir, mut session) = new_meeting(&[("TERM", "dumb")]);
    let status = session.child.wait().expect("plenary exits");
    assert_eq!(status.exit_code(), 1, "{status:?}");
    session.wait_for("error: this terminal (TERM=dumb) cannot show the meeting screen");
    let shown = String::from_utf8_lossy(&session.screen.lock().expect("screen")).into_owned();
    assert!(
        !shown.contains("\u{1b}[?1049h"),
        "no alternate screen: {shown:?}"
    );
    assert!(!dir.path().join("rec").exists(), "no record is created");
}

/// The state letter of a process in /proc/PID/stat (R running, S sleeping, T stopped).
fn process_state(pid: u32) -> char {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("/proc stat");
    // The name in parentheses may hold spaces: the state follows the last ')'.
    stat.rsplit_once(')')
        .and_then(|(_, rest)| rest.trim_start().chars().next())
        .unwrap_or('?')
}

/// Waits up to ten seconds for `pid` to be in `state`.
fn wait_for_state(pid: u32, state: char) {
    for _ in 0..200 {
        if process_state(pid) == state {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("process {pid} is {}, not {state}", process_state(pid));
}

/// plenary started by a shell with job control, as a user starts it: `fg` (after a line is
/// typed) brings it back when ^Z has stopped it. Without a shell in its session the kernel
/// drops a stop signal (an orphaned process group could never be continued).
fn under_a_shell(dir: &std::path::Path) -> Session {
    under_a_shell_running(dir, "run small.ron --record rec")
}

/// [`under_a_shell`], with plenary given `args`.
fn under_a_shell_running(dir: &std::path::Path, args: &str) -> Session {
    let mut command = portable_pty::CommandBuilder::new("bash");
    let script = format!("set -m; \"$0\" {args}; read -r _; fg");
    command.args(["-c", script.as_str(), env!("CARGO_BIN_EXE_plenary")]);
    command.cwd(dir);
    command.env("TERM", "xterm-256color");
    Session::spawn(command, 80, 24)
}

/// The pid of `parent`'s child process.
fn child_of(parent: u32) -> u32 {
    for _ in 0..200 {
        let found = std::fs::read_dir("/proc")
            .expect("/proc")
            .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
            .find(|&pid| {
                std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
                    stat.rsplit_once(')')
                        .and_then(|(_, rest)| rest.split_whitespace().nth(1)?.parse().ok())
                        == Some(parent)
                })
            });
        if let Some(pid) = found {
            return pid;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("{parent} has no child");
}

#[cfg(target_os = "linux")]
#[test]
fn ctrl_z_suspends_and_fg_draws_the_screen_again() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("small.ron"), common::SMALL).expect("agenda");
    let mut session = under_a_shell(dir.path());
    session.wait_for("Notes");
    let pid = child_of(session.child.process_id().expect("a pid"));
    session.type_keys(b"\x1a");
    wait_for_state(pid, 'T');
    // The terminal is handed back: the alternate screen left, mouse reporting off.
    session.wait_for("\u{1b}[?1049l");
    session.wait_for("\u{1b}[?1000l");
    let handed_back = session.screen.lock().expect("screen").len();
    // The shell reads a line, then `fg` sends SIGCONT and gives plenary the terminal again.
    session.type_keys(b"\n");
    let redrawn = |shown: &[u8]| {
        let after = String::from_utf8_lossy(shown.get(handed_back..).unwrap_or_default());
        after.contains("\u{1b}[?1049h") && after.contains("Notes")
    };
    for _ in 0..200 {
        if redrawn(&session.screen.lock().expect("screen")) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(
        redrawn(&session.screen.lock().expect("screen")),
        "the screen is drawn again after fg"
    );
    assert_ne!(process_state(pid), 'T', "running again");
    session.type_keys(b"q");
    let status = session.child.wait().expect("the shell exits");
    assert!(status.success(), "{status:?}");
}

#[cfg(target_os = "linux")]
#[test]
fn ctrl_z_suspends_present_and_fg_draws_the_whole_wall_again() {
    let dir = tempfile::tempdir().expect("temp dir");
    plenary::store::Store::create(
        &dir.path().join("rec"),
        common::SMALL,
        common::small_agenda(),
    )
    .expect("record");
    let mut session = under_a_shell_running(dir.path(), "present rec");
    session.wait_for("Opening");
    let pid = child_of(session.child.process_id().expect("a pid"));
    session.type_keys(b"\x1a");
    wait_for_state(pid, 'T');
    session.wait_for("\u{1b}[?1049l");
    let handed_back = session.screen.lock().expect("screen").len();
    session.type_keys(b"\n");
    // The session's title does not change: only a whole redraw sends it again.
    let redrawn = |shown: &[u8]| {
        let after = String::from_utf8_lossy(shown.get(handed_back..).unwrap_or_default());
        after.contains("\u{1b}[?1049h") && after.contains("Opening")
    };
    for _ in 0..200 {
        if redrawn(&session.screen.lock().expect("screen")) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let shown = session.screen.lock().expect("screen").clone();
    assert!(redrawn(&shown), "the wall is drawn again after fg");
    let after = String::from_utf8_lossy(&shown[handed_back..]).into_owned();
    assert!(
        !after.contains("\u{1b}[?1000h"),
        "no mouse reports turned on"
    );
    session.type_keys(b"q");
    let status = session.child.wait().expect("the shell exits");
    assert!(status.success(), "{status:?}");
}
