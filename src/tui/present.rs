//! `plenary present`: the projector view of a record another plenary is writing, for a second
//! screen. It follows the journal and what the writer's screen shows, never takes the lock
//! and never writes.

use std::io;
use std::path::Path;
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{Event, KeyEvent, KeyEventKind};

use super::action::{Command, FollowerCommand};
use super::keymap::{Context, command_for};
use super::state::{App, Shown};
use super::theme::Theme;
use super::{Events, TerminalEvents, views};
use crate::store::follow::Follower;
use crate::store::{StoreError, VIEW_FILE};

/// How often the journal is checked for new changes: well inside the 200 ms a change may
/// take to reach the wall.
const POLL: Duration = Duration::from_millis(50);

/// What the writer's screen shows, if it has said.
fn read_shown(dir: &Path) -> Option<Shown> {
    let bytes = std::fs::read(dir.join(VIEW_FILE)).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// What identifies the writer's latest word on its screen: the file is read again only when
/// this changes. The writer replaces the file, so each word is a new file (inode) with its own
/// time and length; all three together survive coarse file-system clocks.
fn shown_changed_at(dir: &Path) -> Option<(std::time::SystemTime, u64, u64)> {
    let meta = std::fs::metadata(dir.join(VIEW_FILE)).ok()?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let inode = 0;
    Some((meta.modified().ok()?, meta.len(), inode))
}

/// Follows the record in `dir` on `terminal` until a key of the follower's table stops it
/// (q, Esc, Ctrl-C).
pub fn follow<B: Backend>(
    terminal: &mut Terminal<B>,
    dir: &Path,
    themes: Vec<Theme>,
    events: &mut impl Events,
    clock: impl Fn() -> chrono::NaiveDateTime,
) -> Result<(), PresentError>
where
    io::Error: From<B::Error>,
{
    let (mut follower, live) = Follower::start(dir)?;
    let mut app = App::follower(live);
    app.themes = themes;
    app.ui.projector = true;
    let mut seen = shown_changed_at(dir);
    let mut shown = read_shown(dir);
    if let Some(s) = &shown {
        app.show(s);
    }
    let mut second = clock().and_utc().timestamp();
    let mut draw = true;
    loop {
        let now = super::second(clock());
        if draw {
            terminal
                .draw(|frame| views::draw(frame, &app, now))
                .map_err(io::Error::from)?;
        }
        draw = false;
        let event = events.next(POLL)?;
        if events.stopped() {
            return Ok(());
        }
        match event {
            Some(Event::Key(key)) if key.kind != KeyEventKind::Release => {
                match self::key(&mut app, key) {
                    Some(FollowerCommand::Close) => return Ok(()),
                    Some(FollowerCommand::NextTheme) => draw = true,
                    None => {}
                }
            }
            Some(Event::Resize(width, height)) => {
                // After a resize or a return from ^Z what the terminal shows is unknown: the
                // whole screen is drawn again, not the difference from the last frame.
                terminal
                    .resize(ratatui::layout::Rect::new(0, 0, width, height))
                    .map_err(io::Error::from)?;
                draw = true;
            }
            _ => {}
        }
        if follower.poll(&mut app.live)? {
            app.received_changes();
            draw = true;
        }
        let stamp = shown_changed_at(dir);
        let latest = if stamp == seen {
            shown.clone()
        } else {
            read_shown(dir)
        };
        seen = stamp;
        if latest != shown {
            if let Some(s) = &latest {
                app.show(s);
            }
            // The writer's screen moved on: the wall follows it off the meeting's close.
            app.ui.close = false;
            shown = latest;
            draw = true;
        }
        let tick = clock().and_utc().timestamp();
        if tick != second {
            second = tick;
            draw = true;
        }
    }
}

/// Carries out a key pressed on the follower's screen, as the table binds it there, and says
/// which command it was: the loop stops on Close and redraws after the rest.
pub fn key(app: &mut App, key: KeyEvent) -> Option<FollowerCommand> {
    let Some(Command::Follower(command)) = command_for(Context::Follower, key) else {
        return None;
    };
    match command {
        FollowerCommand::Close => {}
        FollowerCommand::NextTheme => {
            app.ui.theme = (app.ui.theme + 1) % app.themes.len().max(1);
        }
    }
    Some(command)
}

/// Opens the follower on the real terminal in the first of `themes` and restores the terminal
/// on every way out.
pub fn run(dir: &Path, themes: Vec<Theme>) -> Result<(), PresentError> {
    // Load first, so a wrong path is said on a normal screen.
    Follower::start(dir)?;
    let mut terminal = ratatui::init();
    let result = follow(
        &mut terminal,
        dir,
        themes,
        &mut TerminalEvents::keys_only(),
        || chrono::Local::now().naive_local(),
    );
    ratatui::restore();
    result
}

/// Why the follower stopped.
#[derive(Debug, thiserror::Error)]
pub enum PresentError {
    /// The record could not be read.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The terminal failed.
    #[error("the terminal failed: {0}")]
    Terminal(#[from] io::Error),
}
