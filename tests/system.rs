//! plenary fits the system: its man page renders with `man`, settings come from flags, the
//! environment and `$XDG_CONFIG_HOME/plenary/config.ron` in that order, user themes load from
//! files, and `resume` with no path offers the records folder's records. Every test runs the
//! built binary with XDG_CONFIG_HOME and HOME in temporary folders.

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use assert_cmd::Command;
use common::programs::program;
use common::pty::Session;

/// A home and a config home of their own, and a folder to run in.
struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn new() -> Home {
        let home = Home {
            dir: tempfile::tempdir().expect("temp dir"),
        };
        for folder in ["home", "config", "work"] {
            std::fs::create_dir(home.dir.path().join(folder)).expect("a folder");
        }
        home
    }

    fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    fn work(&self) -> PathBuf {
        self.dir.path().join("work")
    }

    /// plenary's config folder, `$XDG_CONFIG_HOME/plenary`.
    fn config(&self) -> PathBuf {
        self.dir.path().join("config").join("plenary")
    }

    /// Writes `text` as `name` in plenary's config folder (`themes/x.ron` included).
    fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.config().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("config folders");
        }
        std::fs::write(&path, text).expect("write a config file");
        path
    }

    /// The environment plenary runs in: this home and config home, no PLENARY_* of the
    /// machine's.
    fn env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("HOME", self.home().display().to_string()),
            (
                "XDG_CONFIG_HOME",
                self.dir.path().join("config").display().to_string(),
            ),
        ]
    }

    fn plenary(&self) -> Command {
        let mut command = Command::cargo_bin("plenary").expect("the plenary binary is built");
        command.current_dir(self.work());
        for var in [
            "PLENARY_THEME",
            "PLENARY_RECORDS",
            "PLENARY_NAME",
            "NO_COLOR",
        ] {
            command.env_remove(var);
        }
        command.envs(self.env());
        command.timeout(Duration::from_secs(60));
        command
    }

    /// Runs plenary with `args`; returns its exit code, standard output and standard error.
    fn run(&self, args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
        let out = self
            .plenary()
            .args(args)
            .envs(env.iter().copied())
            .output()
            .expect("plenary runs");
        let text = |b: Vec<u8>| String::from_utf8(b).expect("UTF-8 output");
        let (stdout, stderr) = (text(out.stdout), text(out.stderr));
        assert!(!stderr.contains("panicked"), "{stderr}");
        (out.status.code().unwrap_or(-1), stdout, stderr)
    }

    /// plenary in a pseudo-terminal in the work folder, in this home.
    fn pty(&self, args: &[&str], env: &[(&str, &str)]) -> Session {
        let own = self.env();
        let mut all: Vec<(&str, &str)> = own.iter().map(|(k, v)| (*k, v.as_str())).collect();
        // Empty is unset to plenary: the machine's own settings stay out.
        for var in [
            "PLENARY_THEME",
            "PLENARY_RECORDS",
            "PLENARY_NAME",
            "NO_COLOR",
        ] {
            all.push((var, ""));
        }
        all.extend_from_slice(env);
        Session::start_with(&self.work(), args, 80, 24, &all)
    }

    /// Writes the bundled example record into `records/name` under the work folder and dates
    /// its journal `age` ago, so the newest is known without waiting.
    fn record(&self, name: &str, age: Duration) -> PathBuf {
        let dir = self.work().join("records").join(name);
        let (code, _, stderr) = self.run(&["example-record", &dir.display().to_string()], &[]);
        assert_eq!(code, 0, "{stderr}");
        let journal = std::fs::File::options()
            .append(true)
            .open(dir.join("journal"))
            .expect("the journal");
        journal
            .set_modified(SystemTime::now() - age)
            .expect("date the journal");
        dir
    }
}

#[test]
fn the_man_page_renders_with_its_sections_and_every_command() {
    let Some(man) = program("man", "man-db", "the_man_page_renders") else {
        return;
    };
    let home = Home::new();
    let (code, page, _) = home.run(&["man"], &[]);
    assert_eq!(code, 0);
    let file = home.work().join("plenary.1");
    std::fs::write(&file, &page).expect("write the page");
    let out = std::process::Command::new(man)
        .args(["--warnings", "-l"])
        .arg(&file)
        .env("MANWIDTH", "100")
        .env("MAN_KEEP_FORMATTING", "")
        .output()
        .expect("man runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stderr.is_empty(),
        "man said: {stderr}"
    );
    let shown = String::from_utf8_lossy(&out.stdout);
    for section in [
        "NAME",
        "SYNOPSIS",
        "DESCRIPTION",
        "OPTIONS",
        "COMMANDS",
        "EXAMPLES",
        "ENVIRONMENT",
        "FILES",
        "EXIT STATUS",
    ] {
        assert!(
            shown.lines().any(|l| l == section),
            "no {section} section:\n{shown}"
        );
    }
    // The commands as --help lists them, each with its examples.
    let (_, help, _) = home.run(&["--help"], &[]);
    let commands: Vec<&str> = help
        .split("Commands:\n")
        .nth(1)
        .unwrap_or_default()
        .lines()
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .collect();
    assert!(commands.len() >= 10, "{help}");
    for command in commands {
        assert!(
            shown.contains(&format!("   plenary {command}\n")),
            "no `plenary {command}` in the man page"
        );
        let (_, help, _) = home.run(&[command, "--help"], &[]);
        let example = help
            .split("Examples:\n")
            .nth(1)
            .and_then(|e| e.lines().next())
            .unwrap_or_else(|| panic!("`{command} --help` has no examples"));
        assert!(
            shown.contains(example.trim()),
            "`{command}`'s example {example:?} is not in the man page"
        );
    }
    for variable in ["PLENARY_THEME", "PLENARY_RECORDS", "PLENARY_NAME"] {
        assert!(shown.contains(variable), "{variable}");
    }
    // The locale variables the screen's language is taken from, in the order they are read.
    let environment = shown
        .split("\nENVIRONMENT\n")
        .nth(1)
        .and_then(|s| s.split("\nFILES\n").next())
        .unwrap_or_default();
    assert!(
        environment.contains("LC_ALL, LC_MESSAGES, LANG"),
        "{environment}"
    );
}

#[test]
fn flags_win_over_the_environment_which_wins_over_the_config_file() {
    let home = Home::new();
    let file = home.write(
        "config.ron",
        "// mine\n(\n    theme: \"projector-dark\",\n    records: \"~/meetings\",\n    name: \"Ana\",\n)\n",
    );
    let at = |line: usize| format!("({}:{line}:5)", file.display());
    let setting = |out: &str, name: &str| {
        out.lines()
            .find(|l| l.starts_with(&format!("{name} ")))
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default()
    };

    let (code, out, _) = home.run(&["config"], &[]);
    assert_eq!(code, 0);
    assert!(
        out.contains(&format!("config file: {}\n", file.display())),
        "{out}"
    );
    assert_eq!(
        setting(&out, "theme"),
        format!("theme projector-dark {}", at(3))
    );
    let meetings = home.home().join("meetings");
    assert_eq!(
        setting(&out, "records"),
        format!("records {} {}", meetings.display(), at(4))
    );
    assert_eq!(setting(&out, "name"), format!("name Ana {}", at(5)));

    let env = [
        ("PLENARY_THEME", "projector-light"),
        ("PLENARY_NAME", "Ben"),
    ];
    let (_, out, _) = home.run(&["config"], &env);
    assert_eq!(
        setting(&out, "theme"),
        "theme projector-light (PLENARY_THEME)"
    );
    assert_eq!(setting(&out, "name"), "name Ben (PLENARY_NAME)");
    assert_eq!(
        setting(&out, "records"),
        format!("records {} {}", meetings.display(), at(4))
    );

    let (_, out, _) = home.run(
        &[
            "config",
            "--theme",
            "terminal",
            "--name",
            "Ana Silva",
            "--records",
            "here",
        ],
        &env,
    );
    assert_eq!(setting(&out, "theme"), "theme terminal (--theme)");
    assert_eq!(setting(&out, "name"), "name Ana Silva (--name)");
    assert_eq!(setting(&out, "records"), "records here (--records)");
}

#[test]
fn no_config_file_is_fine_and_home_dot_config_is_used_without_xdg_config_home() {
    let home = Home::new();
    let out = home
        .plenary()
        .env_remove("XDG_CONFIG_HOME")
        .arg("config")
        .output()
        .expect("plenary runs");
    assert_eq!(out.status.code(), Some(0));
    let out = String::from_utf8_lossy(&out.stdout);
    let expected = home.home().join(".config/plenary/config.ron");
    assert!(
        out.contains(&format!("config file: {} (not there)", expected.display())),
        "{out}"
    );
    assert!(out.contains("records  sessions"), "{out}");
    assert!(out.contains("(default)"), "{out}");
}

#[test]
fn a_bad_config_file_is_an_error_at_its_line_and_column_never_a_panic() {
    let home = Home::new();
    std::fs::write(home.work().join("small.ron"), common::SMALL).expect("agenda");
    for (text, line_col, says) in [
        (
            "(\n  theme: \"x\",\n  colour: \"red\",\n)\n",
            "3:3",
            "colour",
        ),
        ("(\n  theme: 7,\n)\n", "2:9", "string"),
        ("(theme: \"x\"", "1:10", "comma"),
        ("(\n  records: \"\",\n)\n", "2:3", "records: it is empty"),
    ] {
        let file = home.write("config.ron", text);
        for args in [&["config"][..], &["run", "small.ron"], &["resume"]] {
            let (code, out, err) = home.run(args, &[]);
            assert_eq!(code, 1, "{text:?} {args:?}: {out}{err}");
            let prefix = format!("error: {}:{line_col}: ", file.display());
            assert!(err.starts_with(&prefix), "{text:?}: {err}");
            assert!(err.contains(says), "{text:?}: {err}");
        }
    }
}

#[test]
fn a_config_or_theme_file_may_start_with_a_bom_as_some_editors_write() {
    let home = Home::new();
    let theme = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/projector-light.ron"),
    )
    .expect("a built-in theme")
    .replace("projector-light", "paper");
    home.write("themes/paper.ron", &format!("\u{feff}{theme}"));
    home.write("config.ron", "\u{feff}(theme: \"paper\", name: \"Ana\")");
    let (code, out, err) = home.run(&["config"], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("theme    paper"), "{out}");
    assert!(
        out.contains("config.ron:1:18)"),
        "the BOM takes no column: {out}"
    );
    assert!(out.contains("config.ron:1:2)"), "{out}");
}

#[test]
fn a_user_theme_joins_the_built_in_ones_and_a_bad_one_is_an_error_at_its_line() {
    let home = Home::new();
    let sunset = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/projector-dark.ron"),
    )
    .expect("a built-in theme")
    .replace("projector-dark", "sunset");
    home.write("themes/sunset.ron", &sunset);
    let (code, out, err) = home.run(&["--theme", "sunset", "config"], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("themes: terminal, projector-dark, projector-light, sunset"),
        "{out}"
    );
    assert!(out.contains("theme    sunset"), "{out}");

    let (code, _, err) = home.run(&["config"], &[("PLENARY_THEME", "neon")]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with(
            "error: PLENARY_THEME: no theme `neon`; the themes are: terminal, projector-dark, \
             projector-light, sunset"
        ),
        "{err}"
    );

    let bad = home.write(
        "themes/wrong.ron",
        &sunset.replace("accent: \"#56b4e9\"", "accent: \"bluish\""),
    );
    let (code, _, err) = home.run(&["config"], &[]);
    assert_eq!(code, 1);
    let line = sunset
        .lines()
        .position(|l| l.contains("accent: \"#56b4e9\""))
        .map_or(0, |n| n + 1);
    assert_eq!(
        err,
        format!(
            "error: {}:{line}:5: accent: `bluish` is not a colour\n",
            bad.display()
        )
    );
}

#[test]
fn resume_with_no_path_and_no_terminal_lists_the_records_newest_first_and_exits_1() {
    let home = Home::new();
    home.record("old", Duration::from_secs(3 * 86_400));
    home.record("new", Duration::from_secs(60));
    let (code, out, err) = home.run(&["resume", "--records", "records"], &[]);
    assert_eq!(code, 1, "{out}{err}");
    let (first, second) = (out.find("records/new\n"), out.find("records/old\n"));
    assert!(first.is_some() && first < second, "newest first:\n{out}");
    assert!(
        out.starts_with("  1. Advancing network-wide collective action"),
        "{out}"
    );
    assert!(out.contains(" changes\n"), "{out}");
    assert!(err.contains("give the record's path"), "{err}");
}

#[test]
fn resume_with_no_records_says_where_it_looked() {
    let home = Home::new();
    let (code, out, err) = home.run(&["resume"], &[("PLENARY_RECORDS", "nowhere")]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(
        err.starts_with(
            "error: no records in nowhere (the records folder, as PLENARY_RECORDS says)"
        ),
        "{err}"
    );
    let (_, _, err) = home.run(&["resume"], &[]);
    assert!(
        err.starts_with("error: no records in sessions (the records folder, plenary's default"),
        "{err}"
    );
}

/// The line plenary prints when the meeting screen closes: which record it had open.
fn closed_on(session: &mut Session) -> String {
    session.type_keys(b"q");
    session.wait_for("carry on with: plenary resume");
    session.child.wait().expect("plenary exits");
    let shown = String::from_utf8_lossy(&session.screen.lock().expect("screen")).into_owned();
    shown
        .rsplit("carry on with: plenary resume ")
        .next()
        .and_then(|rest| rest.lines().next())
        .unwrap_or_default()
        .trim()
        .to_owned()
}

#[test]
fn at_a_terminal_resume_offers_the_records_and_enter_opens_the_newest() {
    let home = Home::new();
    home.record("older", Duration::from_secs(7200));
    home.record("newer", Duration::from_secs(60));
    let env = [("PLENARY_RECORDS", "records")];

    let mut session = home.pty(&["resume"], &env);
    session.wait_for("Open which record? [1]");
    session.type_keys(b"\r");
    // The example meeting is over: it opens on its close.
    session.wait_for("The meeting is over");
    assert_eq!(closed_on(&mut session), "records/newer");

    let mut session = home.pty(&["resume"], &env);
    session.wait_for("Open which record? [1]");
    session.type_keys(b"7\r");
    session.wait_for("type a number from 1 to 2, Enter for the newest, or q to open none");
    session.type_keys(b"2\r");
    // The example meeting is over: it opens on its close.
    session.wait_for("The meeting is over");
    assert_eq!(closed_on(&mut session), "records/older");
}

#[test]
fn the_configured_records_folder_and_theme_are_what_a_new_meeting_gets() {
    let home = Home::new();
    std::fs::write(home.work().join("small.ron"), common::SMALL).expect("agenda");
    // A user theme whose background is the 256-colour palette's 54 (#5f0087).
    home.write(
        "themes/plum.ron",
        "(name: \"plum\", foreground: \"#ffffff\", background: \"#5f0087\", accent: \"#56b4e9\", \
         good: \"#009e73\", warn: \"#e69f00\", bad: \"#d55e00\")",
    );
    home.write("config.ron", "(theme: \"plum\", records: \"meetings\")");
    let mut session = home.pty(&["run", "small.ron"], &[]);
    session.wait_for("Notes");
    session.wait_for("48;5;54m");
    let opened = closed_on(&mut session);
    assert!(opened.starts_with("meetings/small-"), "{opened}");
    assert!(home.work().join(&opened).join("journal").is_file());
}
