//! The `plenary` command line: parses arguments, calls the library, maps errors to messages
//! and exit codes (0 ok, 1 user error, 2 internal error). Nothing else lives here.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

use plenary::export::outline::outline;
use plenary::store::agenda_file::{AgendaError, load_agenda, parse_agenda};
use plenary::store::{Opened, Store, StoreError};
use plenary::tui::{self, app::App};

/// The bundled example: the Durban 2018 meeting, compiled in so `plenary` works anywhere.
const EXAMPLE_AGENDA: &str = include_str!("../agendas/durban-2018.ron");
/// What `plenary new` writes.
const TEMPLATE_AGENDA: &str = include_str!("../agendas/template.ron");
/// Where records go unless `--record` says otherwise.
const RECORDS_DIR: &str = "sessions";

/// Runs an in-person strategy meeting from the terminal: agenda, capture, proposals, strategy
/// board, resolutions, minutes and QR-coded outcomes. With no command, opens the bundled
/// example meeting (Durban, 2018).
#[derive(Parser)]
#[command(name = "plenary", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Start a new record of an agenda and open it.
    Run {
        /// The agenda file (RON).
        agenda: PathBuf,
        /// The record folder to create [default: sessions/<agenda>-<date>-<time>].
        #[arg(long, value_name = "PATH")]
        record: Option<PathBuf>,
    },
    /// Open an existing record and carry on where it stopped.
    Resume {
        /// The record folder.
        record: PathBuf,
    },
    /// Check agenda files and report every problem as path:line:col.
    Check {
        /// The agenda files to check.
        #[arg(required = true)]
        agendas: Vec<PathBuf>,
    },
    /// Write a commented agenda template to start from.
    New {
        /// Where to write it (it must not exist yet).
        agenda: PathBuf,
    },
    /// Print shell completions for plenary.
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
}

/// A failure, with the exit code it maps to.
enum Failure {
    /// The user's input or situation: exit 1.
    User(String),
    /// Something plenary should have handled: exit 2.
    Internal(String),
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Failure {
        match e {
            StoreError::Locked { .. }
            | StoreError::Exists { .. }
            | StoreError::NotARecord { .. }
            | StoreError::Agenda(_) => Failure::User(e.to_string()),
            StoreError::Io { ref source, .. }
                if matches!(
                    source.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::PermissionDenied
                ) =>
            {
                Failure::User(e.to_string())
            }
            _ => Failure::Internal(e.to_string()),
        }
    }
}

impl From<AgendaError> for Failure {
    fn from(e: AgendaError) -> Failure {
        Failure::User(e.to_string())
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match dispatch(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::User(message)) => {
            eprintln!("{message}");
            ExitCode::from(1)
        }
        Err(Failure::Internal(message)) => {
            eprintln!("plenary: internal error: {message}");
            ExitCode::from(2)
        }
    }
}

fn dispatch(command: Option<Command>) -> Result<(), Failure> {
    match command {
        None => {
            let (agenda, text) = parse_agenda(
                "agendas/durban-2018.ron (bundled)",
                EXAMPLE_AGENDA.as_bytes(),
            )?;
            let dir = default_record_dir("durban-2018");
            open_meeting(Store::create(&dir, &text, agenda)?)
        }
        Some(Command::Run { agenda, record }) => {
            let (parsed, text) = load_agenda(&agenda)?;
            let dir = record.unwrap_or_else(|| default_record_dir(&stem(&agenda)));
            open_meeting(Store::create(&dir, &text, parsed)?)
        }
        Some(Command::Resume { record }) => open_meeting(Store::open(&record)?),
        Some(Command::Check { agendas }) => check(&agendas),
        Some(Command::New { agenda }) => new_agenda(&agenda),
        Some(Command::Completions { shell }) => {
            clap_complete::generate(
                shell,
                &mut Cli::command(),
                "plenary",
                &mut std::io::stdout(),
            );
            Ok(())
        }
    }
}

/// Opens the meeting screen on a record; when not at a terminal (a script, a pipe), prints
/// the record's outline instead.
fn open_meeting(opened: Opened) -> Result<(), Failure> {
    for warning in &opened.warnings {
        eprintln!("warning: {warning}");
    }
    let Opened { store, live, .. } = opened;
    if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
        let mut app = App::new(live, store);
        let shown = tui::run(&mut app);
        if let Some(store) = app.store.as_mut() {
            // Whatever happened on screen, every saved change is already in the journal;
            // the snapshot only makes the next open quicker.
            let _ = store.snapshot(&app.live);
            println!(
                "record {} ({} changes saved{}); carry on with: plenary resume {}",
                store.dir().display(),
                store.changes(),
                match store.unsaved() {
                    0 => String::new(),
                    n => format!(", {n} NOT saved"),
                },
                store.dir().display()
            );
        }
        shown.map_err(|e| Failure::Internal(format!("the terminal failed: {e}")))?;
        return Ok(());
    }
    let now = chrono::Local::now().naive_local();
    let mut out = std::io::stdout().lock();
    let _ = write!(out, "{}", outline(&live.record, now));
    let _ = writeln!(
        out,
        "\nrecord: {} ({} changes saved)",
        store.dir().display(),
        store.changes()
    );
    Ok(())
}

fn check(paths: &[PathBuf]) -> Result<(), Failure> {
    let mut failed = 0;
    for path in paths {
        match load_agenda(path) {
            Ok((agenda, _)) => {
                let sessions = agenda.sessions().count();
                println!(
                    "{}: ok ({} days, {} sessions, {} participants)",
                    path.display(),
                    agenda.days.len(),
                    sessions,
                    agenda.participants.len()
                );
            }
            Err(e) => {
                failed += 1;
                eprintln!("{e}");
            }
        }
    }
    match failed {
        0 => Ok(()),
        n => Err(Failure::User(format!(
            "{n} of {} agenda{} failed the check",
            paths.len(),
            if paths.len() == 1 { "" } else { "s" }
        ))),
    }
}

fn new_agenda(path: &Path) -> Result<(), Failure> {
    let cannot =
        |e: &dyn std::fmt::Display| Failure::User(format!("{}: cannot write: {e}", path.display()));
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // Written aside and renamed into place: never a half-written template, never an overwrite.
    let mut temp = tempfile::NamedTempFile::new_in(folder).map_err(|e| cannot(&e))?;
    temp.write_all(TEMPLATE_AGENDA.as_bytes())
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|e| cannot(&e))?;
    temp.persist_noclobber(path)
        .map_err(|e| match e.error.kind() {
            std::io::ErrorKind::AlreadyExists => Failure::User(format!(
                "{} already exists; plenary new never overwrites a file",
                path.display()
            )),
            _ => cannot(&e.error),
        })?;
    println!(
        "wrote {}; edit it, then `plenary check {}` and `plenary run {}`",
        path.display(),
        path.display(),
        path.display()
    );
    Ok(())
}

fn stem(path: &Path) -> String {
    path.file_stem().map_or_else(
        || "meeting".to_owned(),
        |s| s.to_string_lossy().into_owned(),
    )
}

/// `sessions/<name>-<date>-<time>`: one folder a run, sorted by when it started.
fn default_record_dir(name: &str) -> PathBuf {
    let stamp = chrono::Local::now().format("%Y-%m-%d-%H%M%S");
    Path::new(RECORDS_DIR).join(format!("{name}-{stamp}"))
}
