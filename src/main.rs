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

use plenary::config::{self, Given, Settings};
use plenary::core::agenda::Agenda;
use plenary::core::inert;
use plenary::core::record::Record;
use plenary::export::Options as ExportOptions;
use plenary::export::outline::outline;
use plenary::lang::Language;
use plenary::room::Doorway;
use plenary::store::agenda_file::{AgendaError, agenda_warnings, load_agenda, parse_agenda};
use plenary::store::{Opened, Store, StoreError};
use plenary::tui::theme::Theme;
use plenary::tui::{self, app::App, hosting::Hosting};

/// The bundled example: the Durban 2018 meeting, compiled in so `plenary` works anywhere.
const EXAMPLE_AGENDA: &str = include_str!("../agendas/durban-2018.ron");
/// What `plenary new` writes.
const TEMPLATE_AGENDA: &str = include_str!("../agendas/template.ron");

/// Runs an in-person strategy meeting from the terminal: agenda, capture, proposals, strategy
/// board, resolutions, minutes and QR-coded outcomes. With no command, opens the bundled
/// example meeting (Durban, 2018).
#[derive(Parser)]
#[command(name = "plenary", version, about, long_about = None, after_help = examples::PLENARY)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// The theme the meeting screen opens in: terminal, projector-dark, projector-light or a
    /// user theme [env: PLENARY_THEME; default: terminal].
    #[arg(long, global = true, value_name = "NAME")]
    theme: Option<String>,
    /// The folder new records go in and `resume` looks in [env: PLENARY_RECORDS; default:
    /// sessions].
    #[arg(long, global = true, value_name = "DIR")]
    records: Option<PathBuf>,
    /// The note-taker's name [env: PLENARY_NAME].
    #[arg(long, global = true, value_name = "NAME")]
    name: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Start a new record of an agenda and open it.
    #[command(after_help = examples::RUN)]
    Run {
        /// The agenda file (RON).
        agenda: PathBuf,
        /// The record folder to create [default: <records>/<agenda>-<date>-<time>].
        #[arg(long, value_name = "PATH")]
        record: Option<PathBuf>,
        /// Host the phone page on the room's network: every interface, port 7878, unless
        /// ADDR:PORT says where (127.0.0.1:0: a free port, this machine only).
        #[arg(long, value_name = "ADDR:PORT", num_args = 0..=1, default_missing_value = "0.0.0.0:7878")]
        host: Option<SocketAddr>,
    },
    /// Open an existing record and carry on where it stopped; with no path, choose one of the
    /// records folder's, newest first.
    #[command(after_help = examples::RESUME)]
    Resume {
        /// The record folder [default: choose from the records folder].
        record: Option<PathBuf>,
        /// Host the phone page on the room's network: every interface, port 7878, unless
        /// ADDR:PORT says where (127.0.0.1:0: a free port, this machine only).
        #[arg(long, value_name = "ADDR:PORT", num_args = 0..=1, default_missing_value = "0.0.0.0:7878")]
        host: Option<SocketAddr>,
    },
    /// Show the projector view of a record another plenary is writing, for a second screen:
    /// follows every saved change, read-only (q quits, T changes the theme).
    #[command(after_help = examples::PRESENT)]
    Present {
        /// The record folder, or a room's join code (the full code, or SHORT@ADDR) to follow
        /// the host over the network.
        record: String,
    },
    /// Print how to reach the room of a record that hosts (or hosted) one: the full join
    /// code on the first line, the phone page's URL on the second, then the short code and
    /// the addresses. Reads the record folder; works while the host runs.
    #[command(after_help = examples::INVITE)]
    Invite {
        /// The record folder.
        record: PathBuf,
    },
    /// Join a host's room as a note-taker: the meeting screen, every change written through
    /// the host (and kept in this laptop's outbox until the host has it on disk).
    #[command(after_help = examples::JOIN)]
    Join {
        /// The full join code (`plenary invite` prints it), or the short code, with the host's
        /// address after `@` where the network does not find it.
        code: String,
    },
    /// Check agenda files and report every problem as path:line:col.
    #[command(after_help = examples::CHECK)]
    Check {
        /// The agenda files to check.
        #[arg(required = true)]
        agendas: Vec<PathBuf>,
    },
    /// Write a commented agenda template to start from.
    #[command(after_help = examples::NEW)]
    New {
        /// Where to write it (it must not exist yet).
        agenda: PathBuf,
    },
    /// Make an agenda from a spreadsheet saved as CSV (one row a session) or a Markdown
    /// outline (`# Day 2018-08-06`, `## 09:00 Title (30 min)`), chosen by the extension.
    #[command(after_help = "Examples:
  plenary import programme.csv -o agendas/retreat.ron
      Make an agenda from a sheet saved as CSV UTF-8, one row a session.
  plenary import outline.md -o agendas/retreat.ron
      Make it from a Markdown outline: # Day 2025-03-10, then ## 09:00 Opening (30 min).
  plenary import programme.csv -o agendas/retreat.ron --force
      Replace it after editing the sheet that `plenary export AGENDA --format csv` wrote.")]
    Import {
        /// The sheet (CSV, `,` or `;` between cells, UTF-8) or the outline (`.md`).
        file: PathBuf,
        /// Where to write the agenda (RON) [default: standard output].
        #[arg(long, short, value_name = "AGENDA")]
        output: Option<PathBuf>,
        /// Replace the agenda file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Print shell completions for plenary.
    #[command(after_help = examples::COMPLETIONS)]
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
    /// Export a record, finished or not: minutes (Markdown or HTML), actions (CSV, or to-dos
    /// for calendars) or the whole record (JSON); or an agenda file's printed programme (HTML).
    #[command(after_help = examples::EXPORT)]
    Export {
        /// The record folder, or an agenda file (RON) for its programme (--format html) or
        /// the sheet `plenary import` reads (--format csv).
        record: PathBuf,
        /// What to write: md (minutes), html (minutes with QR codes, one printable file; for
        /// an agenda file, its programme), csv (one row an action), ics (one calendar to-do an
        /// action), json (the full record).
        #[arg(long, short, value_enum, default_value = "md")]
        format: Format,
        /// Write to this file (replaced atomically, readable by you only) instead of
        /// standard output.
        #[arg(long, short, value_name = "PATH")]
        output: Option<PathBuf>,
        /// Name action owners in the HTML minutes' QR codes (left out by default), and in the
        /// to-dos of a meeting held under the Chatham House Rule.
        #[arg(long)]
        names: bool,
        /// The largest QR version for the HTML minutes' codes (1 to 40).
        #[arg(long, value_name = "V", default_value_t = QR_VERSION, value_parser = clap::value_parser!(u8).range(1..=40))]
        max_version: u8,
        /// Write in this language (en, es, fr, ar) instead of the agenda's.
        #[arg(long, value_name = "CODE")]
        language: Option<Language>,
    },
    /// Show a record's outcomes as QR codes to scan with a phone: the whole meeting or one
    /// session, split into numbered parts when they do not fit one code.
    #[command(after_help = examples::QR)]
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
        /// Write the codes in this language (en, es, fr, ar) instead of the agenda's.
        #[arg(long, value_name = "CODE")]
        language: Option<Language>,
    },
    /// List a record's actions (id, status, owner, due, text), or follow one up after the
    /// meeting: set its status to open, in-progress, done or dropped, as of today.
    #[command(after_help = examples::ACTIONS)]
    Actions {
        /// The record folder.
        record: PathBuf,
        /// Set the status of the action ID (as listed, like 7 or #7) to STATUS: open,
        /// in-progress, done or dropped.
        #[arg(long, num_args = 2, value_names = ["ID", "STATUS"])]
        set: Option<Vec<String>>,
    },
    /// Print the manual page (roff), every command included.
    #[command(after_help = examples::MAN)]
    Man,
    /// Print the settings in effect and where each came from: a flag, an environment
    /// variable, the config file or the default.
    #[command(after_help = examples::CONFIG)]
    Config,
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
    /// The minutes as one self-contained HTML file, with QR codes; for an agenda file, its
    /// printed programme.
    Html,
    /// The actions as CSV (of an agenda: its programme, as `plenary import` reads it).
    Csv,
    /// The actions as calendar to-dos (iCalendar).
    Ics,
    /// The full record as JSON.
    Json,
}

/// The examples that end each command's `--help` (and its part of the man page). The
/// convention, which a test holds every command to: `Examples:`, then two or three examples,
/// each a line `  plenary …` (two spaces; words split at spaces, "double quotes" around one
/// with spaces; `VAR=value` before and `| …` or `> …` after are the shell's) and a line
/// `      what it does` (six spaces).
mod examples {
    pub const PLENARY: &str = "Examples:
  plenary
      Open the bundled example meeting (Durban, 2018).
  plenary run agendas/durban-2018.ron
      Start a new record of an agenda and open it.
  plenary --theme projector-dark resume
      Choose a record to carry on, in the dark projector theme.";
    pub const RUN: &str = "Examples:
  plenary run agendas/durban-2018.ron
      Start a record in the records folder, named after the agenda and the time.
  plenary run agendas/durban-2018.ron --record sessions/durban-day-1
      Start a record in a folder of your choice.
  plenary run agendas/template.ron --theme projector-light
      Open it in the light projector theme, for a bright room.";
    pub const RESUME: &str = "Examples:
  plenary resume
      Choose one of the records folder's records, newest first (Enter opens the newest).
  plenary resume sessions/durban-2018
      Carry on the record in that folder.
  plenary resume --records ~/meetings
      Choose from the records in ~/meetings.";
    pub const PRESENT: &str = "Examples:
  plenary present sessions/durban-2018
      Follow the record on the projector's terminal while another plenary writes it.
  plenary present sessions/durban-2018 --theme projector-light
      Follow it in the light projector theme.";
    pub const INVITE: &str = "Examples:
  plenary invite sessions/durban-2018
      Print the join codes and the phone page's URL of the record's room.
  plenary invite sessions/durban-2018 | head -1
      Just the full join code, to send to a note-taker.";
    pub const JOIN: &str = "Examples:
  plenary join 42-amber-river@192.168.1.5:7878 --name Ben
      Join with the short code the facilitator's screen shows, at the host's address.
  plenary join plenary1/192.168.1.5:7878/itrttz34ppp6ms6jppjmnfpjuglw3mhsgg6jjegowamc2diju7za/mray67gxgp7smleu2fa4nj4oem
      Join with the full code `plenary invite` prints (address, certificate, token).
  plenary join 42-amber-river
      Join with the short code, finding the host on the room's network.";
    pub const CHECK: &str = "Examples:
  plenary check agendas/durban-2018.ron
      Check one agenda.
  plenary check agendas/durban-2018.ron agendas/template.ron
      Check several, reporting the problems of each.";
    pub const NEW: &str = "Examples:
  plenary new agendas/retreat.ron
      Write the commented template to agendas/retreat.ron, to edit.
  plenary new retreat.ron
      Write it in the current folder.";
    pub const COMPLETIONS: &str = "Examples:
  plenary completions bash > ~/.local/share/bash-completion/completions/plenary
      Complete plenary's commands in bash.
  plenary completions zsh > ~/.zfunc/_plenary
      Complete them in zsh (with ~/.zfunc on fpath).";
    pub const EXPORT: &str = "Examples:
  plenary export sessions/durban-2018 --format html --language fr -o proces-verbal.html
      Write the minutes as one printable HTML file, QR codes included, in French.
  plenary export agendas/durban-2018.ron --format csv -o programme.csv
      Write an agenda as the sheet `plenary import` reads; --format html, its printed programme.
  plenary export sessions/durban-2018 --format ics -o actions.ics
      Write the actions as to-dos for the owners' calendars.";
    pub const QR: &str = "Examples:
  plenary qr sessions/durban-2018
      Show the whole meeting's outcomes as QR codes.
  plenary qr sessions/durban-2018 --session d4-actions --png codes
      One session's codes, also written as PNG files into codes/.
  plenary qr sessions/durban-2018 --text
      Print the text the codes hold.";
    pub const ACTIONS: &str = "Examples:
  plenary actions sessions/durban-2018
      List the record's actions: id, status, owner, due and text.
  plenary actions sessions/durban-2018 --set 7 done
      Mark action #7 done, as of today.
  plenary actions sessions/durban-2018 --set 7 in-progress
      Mark it in progress again.";
    pub const MAN: &str = "Examples:
  plenary man | man -l -
      Read the manual page.
  plenary man > ~/.local/share/man/man1/plenary.1
      Install it, for `man plenary`.";
    pub const CONFIG: &str = "Examples:
  plenary config
      Print the settings in effect and where each came from.
  PLENARY_THEME=projector-dark plenary config
      See that the environment wins over the config file.
  plenary --name \"Ana Silva\" config
      See that a flag wins over both.";
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
    let given = Given {
        theme: cli.theme,
        records: cli.records,
        name: cli.name,
    };
    match dispatch(cli.command, given) {
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

fn dispatch(command: Option<Command>, given: Given) -> Result<(), Failure> {
    match command {
        None => {
            let (agenda, text) = parse_agenda(
                "agendas/durban-2018.ron (bundled)",
                EXAMPLE_AGENDA.as_bytes(),
            )?;
            start(&settings(given)?, agenda, &text, None, "durban-2018", None)
        }
        Some(Command::Run {
            agenda,
            record,
            host,
        }) => {
            let (parsed, text) = load_agenda(&agenda)?;
            let settings = settings(given)?;
            start(
                &settings,
                parsed,
                &text,
                record.as_deref(),
                &stem(&agenda),
                host,
            )
        }
        Some(Command::Resume { record, host }) => {
            resume(&settings(given)?, record.as_deref(), host)
        }
        Some(Command::Present { record }) => {
            let settings = settings(given)?;
            // A folder on this machine is followed there; anything else that reads as a join
            // code is followed over the network.
            if !Path::new(&record).exists()
                && record.parse::<plenary::room_net::Invitation>().is_ok()
            {
                present_room(&settings, &record)
            } else if record.starts_with("http://") || record.starts_with("https://") {
                // The phone page's address reads the room's outcomes, not its record.
                Err(Failure::User(format!(
                    "{record} is the phone page's address, for phones and browsers; a wall \
                     follows the room with its join code (`plenary invite RECORD` prints it \
                     on its first line) or a record folder on this machine"
                )))
            } else {
                present(&settings, Path::new(&record))
            }
        }
        Some(Command::Invite { record }) => {
            let invite = plenary::room::invite(&record).map_err(Failure::User)?;
            write_out(None, invite.to_string().as_bytes())
        }
        Some(Command::Join { code }) => join(&settings(given)?, &code),
        Some(Command::Man) => man(),
        Some(Command::Config) => {
            let settings = settings(given)?;
            themes(&settings)?;
            let names = Theme::names(&user_themes(&settings)?);
            write_out(None, settings.describe(&names).as_bytes())
        }
        Some(Command::Check { agendas }) => check(&agendas),
        Some(Command::New { agenda }) => new_agenda(&agenda),
        Some(Command::Import {
            file,
            output,
            force,
        }) => import(&file, output.as_deref(), force),
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
            language,
        }) => export(
            &record,
            format,
            output.as_deref(),
            &ExportOptions {
                names,
                max_version,
                language,
            },
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
            language,
        }) => qr(
            &record,
            session.as_deref(),
            &QrOutputs {
                svg: svg.as_deref(),
                png: png.as_deref(),
                invert,
                text,
            },
            &ExportOptions {
                names,
                max_version,
                language,
            },
        ),
        Some(Command::Actions { record, set }) => match set.as_deref() {
            Some([id, status]) => set_action_status(&record, id, status),
            _ => list_actions(&record),
        },
        Some(Command::ExampleRecord { path }) => example_record(&path),
    }
}

/// The settings in effect: `given` flags, the environment, the config file, the defaults.
fn settings(given: Given) -> Result<Settings, Failure> {
    config::load(given, &|name| std::env::var_os(name)).map_err(|e| Failure::User(e.to_string()))
}

/// The themes to choose from, the settings' one first; a bad user theme file or an unknown
/// theme is the user's to fix.
fn themes(settings: &Settings) -> Result<Vec<Theme>, Failure> {
    Theme::available(user_themes(settings)?, &settings.theme.value)
        .map_err(|names| Failure::User(settings.unknown_theme(&names)))
}

/// The user's themes, from the themes folder of plenary's config folder.
fn user_themes(settings: &Settings) -> Result<Vec<Theme>, Failure> {
    match settings.themes_dir() {
        Some(dir) => Theme::read_dir(&dir).map_err(Failure::User),
        None => Ok(Vec::new()),
    }
}

/// Prints the manual page.
fn man() -> Result<(), Failure> {
    let page = plenary::man::page(Cli::command())
        .map_err(|e| Failure::Internal(format!("cannot write the manual page: {e}")))?;
    write_out(None, page.as_bytes())
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
    settings: &Settings,
    agenda: Agenda,
    text: &str,
    record: Option<&Path>,
    name: &str,
    host: Option<SocketAddr>,
) -> Result<(), Failure> {
    if at_a_terminal() {
        screen_can_open()?;
        let themes = themes(settings)?;
        let phones = host.map(host_phones).transpose()?;
        let dir = record.map_or_else(
            || default_record_dir(&settings.records.value, name),
            Path::to_owned,
        );
        return open_meeting(Store::create(&dir, text, agenda)?, themes, phones);
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

/// Opens the meeting screen on an existing record, or on one chosen from the records folder
/// when no path is given; when not at a terminal, prints its outline without writing
/// anything, since nothing will be appended (a damaged tail stays where it is).
fn resume(
    settings: &Settings,
    record: Option<&Path>,
    host: Option<SocketAddr>,
) -> Result<(), Failure> {
    let chosen;
    let record = match record {
        Some(record) => record,
        None => match choose_record(settings)? {
            Some(dir) => {
                chosen = dir;
                &chosen
            }
            None => return Ok(()),
        },
    };
    if at_a_terminal() {
        screen_can_open()?;
        let themes = themes(settings)?;
        let phones = host.map(host_phones).transpose()?;
        return open_meeting(Store::open(record)?, themes, phones);
    }
    let loaded = Store::peek(record)?;
    warn(&loaded.warnings);
    print_outline(&loaded.live.record, record, loaded.changes);
    Ok(())
}

/// The record to resume, chosen at a prompt from the records folder's, newest first; None
/// when the user opens none. Not at a terminal, the list is printed and the user told to give
/// a path.
fn choose_record(settings: &Settings) -> Result<Option<PathBuf>, Failure> {
    use plenary::records;
    let folder = &settings.records.value;
    if at_a_terminal() {
        // Said before the question, not after the answer.
        screen_can_open()?;
    }
    let found = records::find(folder)
        .map_err(|e| Failure::User(format!("{}: cannot read: {e}", folder.display())))?;
    if found.is_empty() {
        let set_by = match &settings.records.source {
            config::Source::Default => {
                "plenary's default; --records, PLENARY_RECORDS or the config file change it"
                    .to_owned()
            }
            source => format!("as {source} says"),
        };
        return Err(Failure::User(format!(
            "no records in {} (the records folder, {set_by}); start one with `plenary run \
             AGENDA`, or give a record's path",
            folder.display(),
        )));
    }
    let list = inert(&records::list(&found));
    if !at_a_terminal() {
        print!("{list}");
        return Err(Failure::User(
            "not at a terminal, so no prompt: give the record's path, like `plenary resume \
             PATH`"
                .to_owned(),
        ));
    }
    println!("Records in {}, newest first:\n{list}", folder.display());
    ask_which(&found)
}

/// Asks which of `found` to open until the answer says; None on `q` or the end of input.
fn ask_which(found: &[plenary::records::Found]) -> Result<Option<PathBuf>, Failure> {
    use plenary::records;
    let stdin = std::io::stdin();
    loop {
        print!("Open which record? [1] ");
        let _ = std::io::stdout().flush();
        let mut answer = String::new();
        match stdin.read_line(&mut answer) {
            Ok(0) => return Ok(None),
            Ok(_) => {}
            Err(e) => return Err(Failure::Internal(format!("cannot read the answer: {e}"))),
        }
        match records::choose(&answer, found.len()) {
            Ok(n) => return Ok(n.and_then(|n| found.get(n)).map(|f| f.dir.clone())),
            Err(why) => println!("{why}"),
        }
    }
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

/// Binds the room's one port on `addr` (the phone page and the note-takers' links), before any
/// record is created or opened, so an address in use or not this machine's leaves nothing
/// behind.
fn host_phones(addr: SocketAddr) -> Result<Doorway, Failure> {
    Doorway::bind(addr).map_err(|e| Failure::User(format!("cannot host the room on {addr}: {e}")))
}

/// Opens the meeting screen on a record in the first of `themes` (callers have checked plenary
/// is at a terminal), hosting the phone page and the note-takers' room on `doorway`'s port when
/// it is given.
fn open_meeting(
    opened: Opened,
    themes: Vec<Theme>,
    doorway: Option<Doorway>,
) -> Result<(), Failure> {
    warn(&opened.warnings);
    // The record keeps the page's token and the room's identity, so phones and note-takers
    // find it again after a resume.
    let hosting = doorway
        .map(|doorway| Hosting::start(opened.store.dir(), doorway))
        .transpose()
        .map_err(Failure::Internal)?;
    let mut app = App::hosting(opened);
    app.themes = themes;
    app.ui.language = system_language();
    if let Some(hosting) = hosting {
        app.ui.message = Some(hosting.greeting(app.labels()));
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

fn present(settings: &Settings, record: &Path) -> Result<(), Failure> {
    screen_can_open()?;
    let themes = themes(settings)?;
    // Said before the screen opens, so they stay on the terminal behind it.
    warn(&plenary::store::load(record)?.warnings);
    let (mut feed, mut app) = tui::present::Journal::start(record, themes).map_err(presented)?;
    app.ui.language = system_language();
    tui::present::run(&mut feed, &mut app).map_err(presented)
}

/// Follows the room of `code` over the network on this screen, the projector view: the wall
/// joins the room as a laptop that never writes, with state of its own (`walls`), so a
/// note-taker's laptop can drive a wall too.
fn present_room(settings: &Settings, code: &str) -> Result<(), Failure> {
    screen_can_open()?;
    let themes = themes(settings)?;
    let invitation = invitation(code)?;
    let root = plenary::room::state_root()
        .ok_or_else(no_state_root)?
        .with_file_name("walls");
    let name = settings
        .name
        .value
        .clone()
        .unwrap_or_else(|| "wall".to_owned());
    let mut app = enter_room(invitation, &name, &root)?;
    app.themes = themes;
    app.ui.language = system_language();
    app.ui.projector = true;
    let Some(joined) = app.joined.take() else {
        return Err(Failure::Internal("joined with no room".into()));
    };
    tui::present::run(&mut tui::present::Room(joined), &mut app).map_err(presented)
}

/// The language of the system's locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`), which the
/// meeting screen speaks when the agenda names none.
fn system_language() -> Language {
    let read = |name: &str| std::env::var(name).ok();
    Language::from_locale(
        read("LC_ALL").as_deref(),
        read("LC_MESSAGES").as_deref(),
        read("LANG").as_deref(),
    )
}

fn presented(e: tui::present::PresentError) -> Failure {
    match e {
        tui::present::PresentError::Store(e) => e.into(),
        e => Failure::Internal(e.to_string()),
    }
}

/// Joins the room `code` invites to and opens the meeting screen on the host's record once
/// it has arrived; a code that does not read, a host that refuses or cannot be reached in
/// time is said before any screen opens.
fn join(settings: &Settings, code: &str) -> Result<(), Failure> {
    screen_can_open()?;
    let themes = themes(settings)?;
    let invitation = invitation(code)?;
    let root = plenary::room::state_root().ok_or_else(no_state_root)?;
    let name = settings
        .name
        .value
        .clone()
        .unwrap_or_else(|| "note-taker".to_owned());
    let mut app = enter_room(invitation, &name, &root)?;
    app.themes = themes;
    app.ui.language = system_language();
    let shown = tui::run(&mut app);
    if let Some(joined) = &app.joined {
        match joined.waiting() {
            0 => println!("left the room; the host has every change on its disk"),
            n => println!(
                "left the room; {n} change{} wait in this laptop's outbox ({}) and go to the \
                 host when you join again",
                if n == 1 { "" } else { "s" },
                joined
                    .dir()
                    .map_or_else(String::new, |d| d.display().to_string())
            ),
        }
    }
    shown.map_err(|e| Failure::Internal(format!("the screen failed: {e}")))
}

/// A join code as typed, or what is wrong with it; a short code with no address gets the
/// addresses of the hosts announced on the network (mDNS).
fn invitation(code: &str) -> Result<plenary::room_net::Invitation, Failure> {
    use plenary::room_net::Invitation;
    use plenary::room_net::mdns::{MdnsScope, find_hosts};
    let invitation = code
        .parse()
        .map_err(|e: plenary::room_net::NetError| Failure::User(e.to_string()))?;
    let Invitation::Short { code, addrs } = invitation else {
        return Ok(invitation);
    };
    if !addrs.is_empty() {
        return Ok(Invitation::Short { code, addrs });
    }
    eprintln!("looking for the host on this network…");
    let found = find_hosts(MDNS_WITHIN, MdnsScope::from_env()).unwrap_or_default();
    if found.is_empty() {
        return Err(Failure::User(format!(
            "no host answered on this network (mDNS): type its address after the code, like \
             {code}@192.168.1.5:7878 (the host's screen and `plenary invite` show it)"
        )));
    }
    Ok(Invitation::Short { code, addrs: found })
}

/// How long `join` with a short code alone looks for the host on the network.
const MDNS_WITHIN: std::time::Duration = std::time::Duration::from_secs(3);

fn no_state_root() -> Failure {
    Failure::User("no folder for this laptop's outbox: set HOME or XDG_STATE_HOME".into())
}

/// Joins the room of `invitation` as `name`, keeping the laptop's state under `root`, and
/// gives the screen over the host's record once it has arrived.
fn enter_room(
    invitation: plenary::room_net::Invitation,
    name: &str,
    root: &Path,
) -> Result<App, Failure> {
    let joined = plenary::room::Joined::start(
        invitation,
        name,
        root,
        plenary::room_net::LinkConfig::default(),
    )
    .map_err(|e| Failure::User(e.to_string()))?;
    eprintln!("joining the room as {}…", inert(name));
    tui::joining::arrive(joined, JOIN_WITHIN).map_err(Failure::User)
}

/// How long `join` waits for the host's record before it gives up.
const JOIN_WITHIN: std::time::Duration = std::time::Duration::from_secs(15);

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

/// An agenda as the sheet `plenary import` reads; what the sheet cannot hold is named on
/// standard error, never dropped silently.
fn agenda_sheet(
    path: &Path,
    agenda: &Agenda,
    language: Option<Language>,
) -> Result<String, Failure> {
    let (text, left_out) = plenary::export::agenda_csv::agenda_csv(agenda, language)
        .map_err(|e| Failure::Internal(format!("cannot write CSV: {e}")))?;
    if !left_out.is_empty() {
        eprintln!(
            "warning: the sheet does not hold the agenda's {}; keep {} for them",
            left_out.join(", "),
            path.display()
        );
    }
    Ok(text)
}

/// Makes an agenda from a sheet or an outline, refusing to write one that does not check.
fn import(file: &Path, output: Option<&Path>, force: bool) -> Result<(), Failure> {
    let imported = plenary::import::import_file(file)?;
    for warning in &imported.warnings {
        eprintln!("{}", inert(&format!("warning: {warning}")));
    }
    if let Some(out) = output
        && out.exists()
        && !force
    {
        return Err(Failure::User(format!(
            "{} exists already; add --force to replace it",
            out.display()
        )));
    }
    write_out(output, imported.ron.as_bytes())?;
    if let Some(out) = output {
        let agenda = &imported.agenda;
        eprintln!(
            "wrote {} ({}, {}); run it with `plenary run {}`",
            out.display(),
            count(agenda.days.len(), "day"),
            count(agenda.sessions().count(), "session"),
            out.display()
        );
    }
    Ok(())
}

fn stem(path: &Path) -> String {
    path.file_stem().map_or_else(
        || "meeting".to_owned(),
        |s| s.to_string_lossy().into_owned(),
    )
}

/// `<records>/<name>-<date>-<time>`: one folder a run, sorted by when it started.
fn default_record_dir(records: &Path, name: &str) -> PathBuf {
    let stamp = chrono::Local::now().format("%Y-%m-%d-%H%M%S");
    records.join(format!("{name}-{stamp}"))
}

/// Reads a record for exporting, without taking its lock: a meeting under way can be exported
/// from another terminal.
fn read_record(path: &Path) -> Result<plenary::core::record::Record, Failure> {
    a_folder(path)?;
    let loaded = plenary::store::load(path)?;
    warn(&loaded.warnings);
    Ok(loaded.live.record)
}

/// Refuses a path that is not a folder, the way every command that takes a record says it.
fn a_folder(path: &Path) -> Result<(), Failure> {
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
    Ok(())
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
    // An agenda file exports as itself, a record folder as what it captured.
    let text = if path.is_file() {
        export_agenda(path, format, options)?
    } else {
        export_record(path, format, options)?
    };
    write_out(output, text.as_bytes())?;
    if let Some(output) = output {
        eprintln!("wrote {}", output.display());
    }
    Ok(())
}

/// A record's export in `format`.
fn export_record(path: &Path, format: Format, options: &ExportOptions) -> Result<String, Failure> {
    use plenary::export::{csv, html, ics, json, minutes};
    let record = read_record(path)?;
    Ok(match format {
        Format::Md => minutes::minutes_markdown(&record, options),
        Format::Html => html::minutes_html(&record, options),
        Format::Csv => csv::actions_csv(&record, options)
            .map_err(|e| Failure::Internal(format!("cannot write CSV: {e}")))?,
        Format::Ics => ics::actions_ics(&record, &record_name(path), options),
        Format::Json => json::record_json(&record)
            .map_err(|e| Failure::Internal(format!("cannot write JSON: {e}")))?,
    })
}

/// An agenda file's export in `format`: its printed programme, or the sheet `plenary import`
/// reads. A format that only a record has is refused before the file is read, since the file
/// may be anything but an agenda. Both are in `--language`, else the agenda's: the sheet's
/// headers too, which `plenary import` reads in any language.
fn export_agenda(path: &Path, format: Format, options: &ExportOptions) -> Result<String, Failure> {
    use plenary::export::programme::programme_html;
    let agenda = || load_agenda(path).map(|(agenda, _)| agenda);
    match format {
        Format::Html => Ok(programme_html(&agenda()?, options.language)),
        Format::Csv => agenda_sheet(path, &agenda()?, options.language),
        other => {
            let name = clap::ValueEnum::to_possible_value(&other)
                .map(|v| v.get_name().to_owned())
                .unwrap_or_default();
            Err(Failure::User(format!(
                "{} is not a record: a record is a folder (like sessions/durban-2018), which \
                 --format {name} exports; an agenda file exports as its programme with \
                 --format html, or as the sheet `plenary import` reads with --format csv",
                path.display()
            )))
        }
    }
}

/// The record's folder name, which tells records apart in the to-dos' UIDs (`.` and `..`
/// resolved to the folder they name).
fn record_name(path: &Path) -> String {
    std::fs::canonicalize(path)
        .ok()
        .as_deref()
        .unwrap_or(path)
        .file_name()
        .map_or_else(|| "record".to_owned(), |n| n.to_string_lossy().into_owned())
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
    let label = plenary::export::summary::label(&record, options);
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

/// Prints a record's actions one a line, in the order they were captured: id, status (with the
/// day it was set), owner (the participant's name, or nothing), due, text. Read without the
/// lock, like an export, so it works while a meeting runs.
fn list_actions(path: &Path) -> Result<(), Failure> {
    use plenary::core::labels::person;
    let record = read_record(path)?;
    let rows: Vec<[String; 5]> = record
        .actions
        .iter()
        .map(|a| {
            let status = match a.progress.since {
                Some(since) => format!("{} {since}", a.progress.status.word()),
                None => a.progress.status.word().to_owned(),
            };
            [
                a.id.to_string(),
                status,
                a.owner
                    .as_deref()
                    .map(|o| person(&record.plan, o).to_owned())
                    .unwrap_or_default(),
                a.due.map(|d| d.to_string()).unwrap_or_default(),
                a.text.replace('\n', " "),
            ]
        })
        .collect();
    if rows.is_empty() {
        eprintln!("{} has no actions", path.display());
        return Ok(());
    }
    // Columns padded to their widest cell, so the list reads as a table; the text comes last
    // and runs on.
    let width = |column: usize| {
        rows.iter()
            .map(|row| row[column].chars().count())
            .max()
            .unwrap_or(0)
    };
    let widths = [width(0), width(1), width(2), width(3)];
    let mut text = String::new();
    for row in &rows {
        let mut line = String::new();
        for (cell, &w) in row.iter().zip(&widths) {
            line.push_str(&format!("{cell:<w$}  "));
        }
        line.push_str(&row[4]);
        text.push_str(&inert(line.trim_end()));
        text.push('\n');
    }
    write_out(None, text.as_bytes())
}

/// Sets the status of one action of a record as of today, through the record's store as the
/// meeting screen writes (durable before it is reported). A record a meeting screen holds open
/// is refused with who holds it.
fn set_action_status(path: &Path, id: &str, status: &str) -> Result<(), Failure> {
    use plenary::core::commands;
    use plenary::core::history::Change;
    use plenary::core::record::Id;
    use plenary::core::room::{Answer, Submission, WriterId};
    let status = commands::parse_action_status(status).map_err(|r| Failure::User(r.0))?;
    let Some(id) = id
        .trim()
        .trim_start_matches('#')
        .parse::<u64>()
        .ok()
        .map(Id)
    else {
        return Err(Failure::User(format!(
            "`{id}` is not an action id: give its number as `plenary actions {}` lists it, \
             like 7 or #7",
            path.display()
        )));
    };
    a_folder(path)?;
    let mut opened = Store::open(path).map_err(|e| match e {
        StoreError::Locked { .. } => Failure::User(format!(
            "{e}: a meeting screen has it open; set the status there (Board tab, c) or once it \
             is closed"
        )),
        e => e.into(),
    })?;
    warn(&opened.warnings);
    let today = chrono::Local::now().date_naive();
    let ops = commands::set_action_status(&opened.live.record, id, status, today)
        .map_err(|r| Failure::User(r.0))?;
    let Some(op) = commands::one_change(ops) else {
        return Ok(());
    };
    let mut host = opened.host();
    let submission = Submission {
        writer: WriterId::HOST,
        number: 0,
        base: host.seq(),
        change: Change::Do(op),
    };
    let now = chrono::Local::now().naive_local();
    let Opened {
        mut store,
        mut live,
        ..
    } = opened;
    match store.submit(&mut host, &mut live, &submission, now) {
        (Answer::Applied(_), Ok(())) => {}
        (Answer::Applied(_), Err(e)) => {
            return Err(Failure::User(format!(
                "the status could not be written, so it is not set: {e}"
            )));
        }
        (Answer::Refused { message, .. }, _) => return Err(Failure::User(message)),
        (Answer::Duplicate { .. }, _) => {
            return Err(Failure::Internal(
                "the change was taken for a resend".into(),
            ));
        }
    }
    let text = live
        .record
        .action(id)
        .map(|a| a.text.clone())
        .unwrap_or_default();
    println!(
        "{}",
        inert(&format!(
            "action {id} is {} since {today}: {text}",
            status.word()
        ))
    );
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of an example line as the shell would pass them to plenary: `VAR=value`
    /// before and `| …` or `> …` after are the shell's; "double quotes" hold one word.
    fn words(line: &str) -> Vec<String> {
        let mut words = Vec::new();
        let mut word = String::new();
        let mut quoted = false;
        for c in line.chars() {
            match c {
                '"' => quoted = !quoted,
                ' ' if !quoted => {
                    if !word.is_empty() {
                        words.push(std::mem::take(&mut word));
                    }
                }
                c => word.push(c),
            }
        }
        words.push(word);
        words.retain(|w| !w.is_empty());
        let end = words
            .iter()
            .position(|w| w == "|" || w == ">")
            .unwrap_or(words.len());
        words.truncate(end);
        let start = words.iter().position(|w| !w.contains('=')).unwrap_or(0);
        words.drain(..start);
        words
    }

    #[test]
    fn every_command_ends_its_help_with_two_or_three_examples_that_parse() {
        let mut cli = Cli::command();
        cli.build();
        let commands = std::iter::once(&cli).chain(
            cli.get_subcommands()
                .filter(|c| !c.is_hide_set() && c.get_name() != "help"),
        );
        for command in commands {
            let name = command.get_name();
            let help = command
                .get_after_help()
                .map(ToString::to_string)
                .unwrap_or_default();
            let Some(body) = help.strip_prefix("Examples:\n") else {
                panic!("`{name} --help` does not end with `Examples:`:\n{help}");
            };
            let lines: Vec<&str> = body.lines().collect();
            assert!(
                lines.len().is_multiple_of(2) && (4..=6).contains(&lines.len()),
                "`{name}`: two or three examples, each a command and what it does:\n{body}"
            );
            for pair in lines.chunks(2) {
                let (example, what) = (pair[0], pair[1]);
                assert!(
                    what.starts_with("      ") && !what.trim().is_empty(),
                    "`{name}`: `{example}` says what it does on the next line, six spaces in"
                );
                let args = words(example.strip_prefix("  ").unwrap_or_default());
                assert_eq!(
                    args.first().map(String::as_str),
                    Some("plenary"),
                    "{example}"
                );
                let matches = Cli::command()
                    .try_get_matches_from(&args)
                    .unwrap_or_else(|e| {
                        panic!("`{name}`'s example `{example}` does not parse:\n{e}")
                    });
                assert!(
                    <Cli as clap::FromArgMatches>::from_arg_matches(&matches).is_ok(),
                    "{example}"
                );
                if name != "plenary" {
                    assert_eq!(
                        matches.subcommand_name(),
                        Some(name),
                        "`{example}` is under `{name}`"
                    );
                }
            }
        }
    }

    #[test]
    fn the_join_examples_are_codes_that_read() {
        use plenary::room_net::Invitation;
        let codes: Vec<String> = examples::JOIN
            .lines()
            .filter_map(|l| l.strip_prefix("  plenary join "))
            .filter_map(|rest| rest.split_whitespace().next().map(str::to_owned))
            .collect();
        assert_eq!(codes.len(), 3, "{}", examples::JOIN);
        for code in &codes {
            let read = code.parse::<Invitation>();
            assert!(read.is_ok(), "`{code}` does not read: {read:?}");
        }
        // One is the full code, as `plenary invite` prints one: it writes back the same.
        let full = codes.iter().find(|c| c.starts_with("plenary1/"));
        match full.map(|c| (c, c.parse::<Invitation>())) {
            Some((code, Ok(Invitation::Full(join)))) => assert_eq!(&join.to_string(), code),
            other => panic!("no full join code among the examples: {other:?}"),
        }
    }

    #[test]
    fn example_lines_split_as_the_shell_would() {
        assert_eq!(
            words("PLENARY_THEME=x plenary --name \"Ana Silva\" config | cat"),
            ["plenary", "--name", "Ana Silva", "config"]
        );
        assert_eq!(words("plenary man > plenary.1"), ["plenary", "man"]);
    }
}
