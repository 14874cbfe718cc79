//! The `plenary` command line: parses arguments, calls the library, maps errors to messages
//! and exit codes (0 ok, 1 user error, 2 internal error). Nothing else lives here.

// No function in src/ over 120 lines (clippy.toml), and no `expect` outside tests, like `unwrap`
// (denied for every target in Cargo.toml); tests and benches may expect.
#![deny(clippy::too_many_lines, clippy::expect_used)]

use std::io::{IsTerminal, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

use plenary::core::agenda::Agenda;
use plenary::core::inert;
use plenary::core::record::Record;
use plenary::export::Options as ExportOptions;
use plenary::export::outline::outline;
use plenary::phone::{self, Bound};
use plenary::store::agenda_file::{AgendaError, agenda_warnings, load_agenda, parse_agenda};
use plenary::store::{Opened, Store, StoreError};
use plenary::tui::{self, app::App, hosting::Hosting};

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
        /// Host the phone page on the room's network: every interface, port 7878, unless
        /// ADDR:PORT says where (127.0.0.1:0: a free port, this machine only).
        #[arg(long, value_name = "ADDR:PORT", num_args = 0..=1, default_missing_value = "0.0.0.0:7878")]
        host: Option<SocketAddr>,
    },
    /// Open an existing record and carry on where it stopped.
    Resume {
        /// The record folder.
        record: PathBuf,
        /// Host the phone page on the room's network: every interface, port 7878, unless
        /// ADDR:PORT says where (127.0.0.1:0: a free port, this machine only).
        #[arg(long, value_name = "ADDR:PORT", num_args = 0..=1, default_missing_value = "0.0.0.0:7878")]
        host: Option<SocketAddr>,
    },
    /// Show the projector view of a record another plenary is writing, for a second screen:
    /// follows every saved change, read-only (q quits, T changes the theme).
    Present {
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
    /// Export a record, finished or not: minutes (Markdown or HTML), actions (CSV) or the
    /// whole record (JSON).
    Export {
        /// The record folder.
        record: PathBuf,
        /// What to write: md (minutes), html (minutes with QR codes, one printable file),
        /// csv (one row an action), json (the full record).
        #[arg(long, short, value_enum, default_value = "md")]
        format: Format,
        /// Write to this file (replaced atomically, readable by you only) instead of
        /// standard output.
        #[arg(long, short, value_name = "PATH")]
        output: Option<PathBuf>,
        /// Name action owners in the HTML minutes' QR codes (left out by default).
        #[arg(long)]
        names: bool,
        /// The largest QR version for the HTML minutes' codes (1 to 40).
        #[arg(long, value_name = "V", default_value_t = QR_VERSION, value_parser = clap::value_parser!(u8).range(1..=40))]
        max_version: u8,
    },
    /// Show a record's outcomes as QR codes to scan with a phone: the whole meeting or one
    /// session, split into numbered parts when they do not fit one code.
    Qr {
        /// The record folder.
        record: PathBuf,
        /// One session's outcomes (its id) instead of the whole meeting's.
        #[arg(long, value_name = "ID")]
        session: Option<String>,
        /// Also write each code as an SVG file into this folder.
        #[arg(long, value_name = "DIR")]
        svg: Option<PathBuf>,
        /// Also write each code as a PNG file into this folder.
        #[arg(long, value_name = "DIR")]
        png: Option<PathBuf>,
        /// The largest QR version a code may take (1 to 40); larger holds more but needs a
        /// closer phone.
        #[arg(long, value_name = "V", default_value_t = QR_VERSION, value_parser = clap::value_parser!(u8).range(1..=40))]
        max_version: u8,
        /// Name action owners in the codes (left out by default).
        #[arg(long)]
        names: bool,
        /// Draw light modules as blocks, for a light-on-dark terminal when colours are off.
        #[arg(long)]
        invert: bool,
        /// Print the summary text the codes hold instead of the codes.
        #[arg(long)]
        text: bool,
    },
    /// Write the bundled example record (the Durban meeting replayed) into a new folder.
    #[command(hide = true)]
    ExampleRecord {
        /// The folder to create, usually sessions/durban-2018.
        path: PathBuf,
    },
}

/// What `plenary export` writes.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
enum Format {
    /// The minutes as Markdown.
    Md,
    /// The minutes as one self-contained HTML file, with QR codes.
    Html,
    /// The actions as CSV.
    Csv,
    /// The full record as JSON.
    Json,
}

/// The default largest QR version: codes small enough to scan across a room.
const QR_VERSION: u8 = plenary::export::qr::DEFAULT_MAX_VERSION;

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
            | StoreError::Foreign { .. }
            | StoreError::Replay { .. }
            | StoreError::Damaged { .. }
            | StoreError::Newer { .. }
            | StoreError::SetAside { .. }
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
        Failure::User(agenda_errors(&e))
    }
}

/// An agenda's problems, one `error: ` line (and its source lines) each, but for the first
/// prefix, which the caller writes, as for every other error.
fn agenda_errors(e: &AgendaError) -> String {
    match e {
        AgendaError::Invalid(problems) => problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\nerror: "),
        AgendaError::Io { .. } => e.to_string(),
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
            eprintln!("error: {}", inert(&message));
            ExitCode::from(1)
        }
        Err(Failure::Internal(message)) => {
            eprintln!("error: internal error: {}", inert(&message));
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
            start(agenda, &text, None, "durban-2018", None)
        }
        Some(Command::Run {
            agenda,
            record,
            host,
        }) => {
            let (parsed, text) = load_agenda(&agenda)?;
            start(parsed, &text, record.as_deref(), &stem(&agenda), host)
        }
        Some(Command::Resume { record, host }) => resume(&record, host),
        Some(Command::Present { record }) => present(&record),
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
        Some(Command::Export {
            record,
            format,
            output,
            names,
            max_version,
        }) => export(
            &record,
            format,
            output.as_deref(),
            &ExportOptions { names, max_version },
        ),
        Some(Command::Qr {
            record,
            session,
            svg,
            png,
            max_version,
            names,
            invert,
            text,
        }) => qr(
            &record,
            session.as_deref(),
            &QrOutputs {
                svg: svg.as_deref(),
                png: png.as_deref(),
                invert,
                text,
            },
            &ExportOptions { names, max_version },
        ),
        Some(Command::ExampleRecord { path }) => example_record(&path),
    }
}

/// Whether plenary runs at a terminal, where the meeting screen can open.
fn at_a_terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// Refuses a terminal that says it cannot move the cursor or keep an alternate screen
/// (`TERM=dumb`: Emacs' shell, some CI logs), where the meeting screen would be garbled; said
/// before any record is created or opened.
fn screen_can_open() -> Result<(), Failure> {
    match std::env::var("TERM") {
        Ok(term) if term == "dumb" => Err(Failure::User(
            "this terminal (TERM=dumb) cannot show the meeting screen, which needs cursor \
             movement and an alternate screen; open plenary in a terminal like xterm, or pipe it \
             (`plenary run AGENDA | cat`) to print the plan"
                .to_owned(),
        )),
        _ => Ok(()),
    }
}

/// Starts a new record of `agenda` and opens the meeting screen on it; when not at a terminal
/// (a script, a pipe), prints the plan and creates nothing, since nothing would be recorded
/// into it (and two runs in one second would collide on the folder's name).
fn start(
    agenda: Agenda,
    text: &str,
    record: Option<&Path>,
    name: &str,
    host: Option<SocketAddr>,
) -> Result<(), Failure> {
    if at_a_terminal() {
        screen_can_open()?;
        let phones = host.map(host_phones).transpose()?;
        let dir = record.map_or_else(|| default_record_dir(name), Path::to_owned);
        return open_meeting(Store::create(&dir, text, agenda)?, phones);
    }
    if let Some(dir) = record {
        // Refused here too, so a script learns now what the terminal would say.
        if dir.join(plenary::store::JOURNAL_FILE).exists() {
            return Err(StoreError::Exists {
                path: dir.to_owned(),
            }
            .into());
        }
    }
    let now = chrono::Local::now().naive_local();
    let mut out = std::io::stdout().lock();
    let _ = write!(out, "{}", outline(&Record::new(agenda), now));
    let _ = writeln!(
        out,
        "\nno record created: not at a terminal (run it in one to start the meeting)"
    );
    Ok(())
}

/// Opens the meeting screen on an existing record; when not at a terminal, prints its outline
/// without writing anything, since nothing will be appended (a damaged tail stays where it is).
fn resume(record: &Path, host: Option<SocketAddr>) -> Result<(), Failure> {
    if at_a_terminal() {
        screen_can_open()?;
        let phones = host.map(host_phones).transpose()?;
        return open_meeting(Store::open(record)?, phones);
    }
    let loaded = Store::peek(record)?;
    warn(&loaded.warnings);
    print_outline(&loaded.live.record, record, loaded.changes);
    Ok(())
}

/// Says each warning on standard error, inert.
fn warn(warnings: &[String]) {
    for warning in warnings {
        eprintln!("warning: {}", inert(warning));
    }
}

/// The record's outline and where it lives, for a script or a pipe.
fn print_outline(record: &plenary::core::record::Record, dir: &Path, changes: u64) {
    let now = chrono::Local::now().naive_local();
    let mut out = std::io::stdout().lock();
    let _ = write!(out, "{}", outline(record, now));
    let _ = writeln!(out, "\nrecord: {} ({changes} changes saved)", dir.display());
}

/// Starts the phone page's server on `addr`, before any record is created or opened, so an
/// address in use or not this machine's leaves nothing behind.
fn host_phones(addr: SocketAddr) -> Result<Bound, Failure> {
    Bound::bind(addr)
        .map_err(|e| Failure::User(format!("cannot host the phone page on {addr}: {e}")))
}

/// Opens the meeting screen on a record (callers have checked plenary is at a terminal),
/// hosting the phone page when `phones` is given.
fn open_meeting(opened: Opened, phones: Option<Bound>) -> Result<(), Failure> {
    warn(&opened.warnings);
    let Opened { store, live, .. } = opened;
    // The record keeps the page's token, so phones find it again after a resume.
    let phones = phones
        .map(|bound| {
            let token = phone::record_token(store.dir())?;
            bound.serve(token, String::from("{}"))
        })
        .transpose()
        .map_err(|e| Failure::Internal(format!("cannot start the phone page: {e}")))?;
    let mut app = App::new(live, store);
    if let Some(phones) = phones {
        let hosting = Hosting::new(phones);
        app.ui.message = Some(format!("phones open {} (O: its code)", hosting.url()));
        app.hosting = Some(hosting);
    }
    let shown = tui::run(&mut app);
    if let Some(store) = app.store.as_mut() {
        // Whatever happened on screen, every saved change is already in the journal; a
        // snapshot, when one is due, only makes the next open quicker.
        let _ = store.snapshot_if_due(&app.live);
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
    shown.map_err(|e| Failure::Internal(format!("the terminal failed: {e}")))
}

fn present(record: &Path) -> Result<(), Failure> {
    screen_can_open()?;
    // Said before the screen opens, so they stay on the terminal behind it.
    warn(&plenary::store::load(record)?.warnings);
    match tui::present::run(record) {
        Ok(()) => Ok(()),
        Err(tui::present::PresentError::Store(e)) => Err(e.into()),
        Err(e) => Err(Failure::Internal(e.to_string())),
    }
}

/// "1 participant", "2 participants": `check`'s counts, plural right.
fn count(n: usize, one: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {one}s")
    }
}

fn check(paths: &[PathBuf]) -> Result<(), Failure> {
    let mut failed = 0;
    for path in paths {
        match load_agenda(path) {
            Ok((agenda, text)) => {
                for warning in agenda_warnings(&path.display().to_string(), &text, &agenda) {
                    eprintln!("{}", inert(&format!("warning: {warning}")));
                }
                println!(
                    "{}: ok ({}, {}, {})",
                    path.display(),
                    count(agenda.days.len(), "day"),
                    count(agenda.sessions().count(), "session"),
                    count(agenda.participants.len(), "participant")
                );
            }
            Err(e) => {
                failed += 1;
                eprintln!("error: {}", inert(&agenda_errors(&e)));
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

/// Reads a record for exporting, without taking its lock: a meeting under way can be exported
/// from another terminal.
fn read_record(path: &Path) -> Result<plenary::core::record::Record, Failure> {
    if !path.is_dir() {
        return Err(Failure::User(if path.exists() {
            format!(
                "{} is not a record: a record is a folder (like sessions/durban-2018)",
                path.display()
            )
        } else {
            format!(
                "{}: no such record (the folder does not exist)",
                path.display()
            )
        }));
    }
    let loaded = plenary::store::load(path)?;
    warn(&loaded.warnings);
    Ok(loaded.live.record)
}

/// Writes `bytes` to the file `path` atomically (a temporary file in the same folder, synced,
/// then renamed; readable by its owner only), or to standard output when there is no path.
fn write_out(path: Option<&Path>, bytes: &[u8]) -> Result<(), Failure> {
    match path {
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(bytes).and_then(|()| out.flush()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Failure::Internal(
                    format!("cannot write to standard output: {e}"),
                )),
                _ => Ok(()),
            }
        }
        Some(path) => {
            let cannot = |e: &dyn std::fmt::Display| {
                Failure::User(format!("{}: cannot write: {e}", path.display()))
            };
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                return Err(cannot(&"not a file name"));
            };
            let folder = match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p,
                _ => Path::new("."),
            };
            plenary::store::files::write_atomically(folder, name, bytes).map_err(|e| cannot(&e))
        }
    }
}

fn export(
    path: &Path,
    format: Format,
    output: Option<&Path>,
    options: &ExportOptions,
) -> Result<(), Failure> {
    use plenary::export::{csv, html, json, minutes};
    let record = read_record(path)?;
    let text = match format {
        Format::Md => minutes::minutes_markdown(&record, options),
        Format::Html => html::minutes_html(&record, options),
        Format::Csv => csv::actions_csv(&record)
            .map_err(|e| Failure::Internal(format!("cannot write CSV: {e}")))?,
        Format::Json => json::record_json(&record)
            .map_err(|e| Failure::Internal(format!("cannot write JSON: {e}")))?,
    };
    write_out(output, text.as_bytes())?;
    if let Some(output) = output {
        eprintln!("wrote {}", output.display());
    }
    Ok(())
}

/// Where `plenary qr` draws and writes its codes.
struct QrOutputs<'a> {
    svg: Option<&'a Path>,
    png: Option<&'a Path>,
    invert: bool,
    text: bool,
}

fn qr(
    path: &Path,
    session: Option<&str>,
    outputs: &QrOutputs<'_>,
    options: &ExportOptions,
) -> Result<(), Failure> {
    use plenary::export::qr;
    use std::io::IsTerminal;
    let record = read_record(path)?;
    let fitted = qr::outcomes(&record, session, options)
        .ok_or_else(|| {
            let ids: Vec<&str> = record.plan.sessions().map(|(_, s)| s.id.as_str()).collect();
            Failure::User(format!(
                "{} has no session `{id}`; its sessions are: {}",
                path.display(),
                ids.join(", "),
                id = session.unwrap_or_default(),
            ))
        })?
        .map_err(|e| Failure::User(e.to_string()))?;
    if let Some(left_out) = &fitted.left_out {
        eprintln!(
            "warning: the outcomes do not fit in {} codes: they leave out {left_out}, which \
             the minutes hold",
            qr::MAX_PARTS
        );
    }
    if outputs.text {
        // Exactly what the codes hold, part by part, each on lines of its own, a blank line
        // between parts.
        let mut text = String::new();
        for (i, part) in fitted.parts.iter().enumerate() {
            if i > 0 {
                text.push('\n');
            }
            text.push_str(&part.payload());
            if !text.ends_with('\n') {
                text.push('\n');
            }
        }
        return write_out(None, text.as_bytes());
    }
    let label = plenary::export::summary::label(&record);
    let codes = fitted
        .codes()
        .map_err(|e| Failure::Internal(e.to_string()))?;
    let colour = std::io::stdout().is_terminal();
    let mut screen = String::new();
    for code in &codes {
        let title = code.part.header.as_deref().unwrap_or(&label);
        screen.push_str(&format!(
            "{title} (version {}, {} bytes)\n\n",
            code.matrix.version(),
            code.part.payload().len()
        ));
        for line in qr::half_blocks(&code.matrix, outputs.invert) {
            if colour {
                // Black on bright white whatever the terminal's theme.
                screen.push_str(&format!("\x1b[30;107m{line}\x1b[0m\n"));
            } else {
                screen.push_str(&line);
                screen.push('\n');
            }
        }
        screen.push('\n');
    }
    write_out(None, screen.as_bytes())?;

    let stem = match session {
        None => "outcomes".to_owned(),
        Some(id) => format!(
            "outcomes-{}",
            id.chars()
                .map(|c| if c.is_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '_'
                })
                .collect::<String>()
        ),
    };
    let name = |code: &qr::Code, ext: &str| {
        if code.part.count == 1 {
            format!("{stem}.{ext}")
        } else {
            format!("{stem}-{}-of-{}.{ext}", code.part.number, code.part.count)
        }
    };
    let mut files: Vec<(&Path, String, Vec<u8>)> = Vec::new();
    if let Some(dir) = outputs.svg {
        for code in &codes {
            let svg = qr::svg(&code.matrix, &code.part.payload());
            files.push((dir, name(code, "svg"), svg.into_bytes()));
        }
    }
    if let Some(dir) = outputs.png {
        for code in &codes {
            let png = qr::png(&code.matrix, 8, &code.part.payload())
                .map_err(|e| Failure::Internal(e.to_string()))?;
            files.push((dir, name(code, "png"), png));
        }
    }
    for (dir, file, bytes) in &files {
        std::fs::create_dir_all(dir)
            .map_err(|e| Failure::User(format!("{}: cannot create: {e}", dir.display())))?;
        plenary::store::files::write_atomically(dir, file, bytes).map_err(|e| {
            Failure::User(format!("{}: cannot write: {e}", dir.join(file).display()))
        })?;
    }
    for (kind, dir) in [("SVG", outputs.svg), ("PNG", outputs.png)] {
        if let Some(dir) = dir {
            let n = codes.len();
            eprintln!(
                "wrote {n} {kind} file{} to {}",
                if n == 1 { "" } else { "s" },
                dir.display()
            );
        }
    }
    Ok(())
}

/// Replays the bundled Durban meeting into a new record folder, change by change, through the
/// same store every meeting uses. Maintainers rebuild `sessions/durban-2018` with it.
fn example_record(path: &Path) -> Result<(), Failure> {
    use plenary::example::{DURBAN_AGENDA, durban_script};
    let (agenda, text) = parse_agenda(
        "agendas/durban-2018.ron (bundled)",
        DURBAN_AGENDA.as_bytes(),
    )?;
    let Opened {
        mut store,
        mut live,
        ..
    } = Store::create(path, &text, agenda)?;
    for (n, change) in durban_script().iter().enumerate() {
        store.commit(&mut live, change).map_err(|e| {
            Failure::Internal(format!(
                "change {} of the example does not apply: {e}",
                n + 1
            ))
        })?;
    }
    let changes = store.changes();
    drop(store);
    // The lock only matters while a writer holds it; the example is shipped without one.
    let _ = std::fs::remove_file(path.join(plenary::store::lock::LOCK_FILE));
    println!("wrote {} ({changes} changes)", path.display());
    Ok(())
}
