//! `plenary present`: the projector view of a record another plenary is writing, for a second
//! screen. It follows the journal and what the writer's screen shows (or, given a join code,
//! the host's stream over the room's network), never takes the lock and never writes.

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

/// Where a follower's record comes from: the record folder's journal on this machine, or the
/// host's stream over the room's network.
pub trait Feed {
    /// Brings `app` up to date with what arrived; whether the screen must be drawn again.
    fn poll(&mut self, app: &mut App, now: chrono::NaiveDateTime) -> Result<bool, PresentError>;
}

/// A record folder another plenary on this machine writes: its journal, and the file in
/// which the writer's screen says what it shows (so the wall shows the same tab).
pub struct Journal {
    follower: Follower,
    dir: std::path::PathBuf,
    seen: Option<(std::time::SystemTime, u64, u64)>,
    shown: Option<Shown>,
}

impl Journal {
    /// Starts following the record in `dir`, with the follower's screen on it.
    pub fn start(dir: &Path, themes: Vec<Theme>) -> Result<(Journal, App), PresentError> {
        let (follower, live) = Follower::start(dir)?;
        let mut app = App::follower(live);
        app.themes = themes;
        app.ui.projector = true;
        let shown = read_shown(dir);
        if let Some(s) = &shown {
            app.show(s);
        }
        let journal = Journal {
            follower,
            dir: dir.to_owned(),
            seen: shown_changed_at(dir),
            shown,
        };
        Ok((journal, app))
    }
}

impl Feed for Journal {
    fn poll(&mut self, app: &mut App, _now: chrono::NaiveDateTime) -> Result<bool, PresentError> {
        let mut draw = false;
        if self.follower.poll(&mut app.live)? {
            app.received_changes();
            draw = true;
        }
        let stamp = shown_changed_at(&self.dir);
        let latest = if stamp == self.seen {
            self.shown.clone()
        } else {
            read_shown(&self.dir)
        };
        self.seen = stamp;
        if latest != self.shown {
            if let Some(s) = &latest {
                app.show(s);
            }
            // The writer's screen moved on: the wall follows it off the meeting's close.
            app.ui.close = false;
            self.shown = latest;
            draw = true;
        }
        Ok(draw)
    }
}

/// The host's stream over the room's network (`plenary present CODE`): the wall joins as a
/// laptop of the room that never writes.
pub struct Room(pub crate::room::Joined);

impl Feed for Room {
    fn poll(&mut self, app: &mut App, now: chrono::NaiveDateTime) -> Result<bool, PresentError> {
        let mut changed = false;
        for event in self.0.poll(now) {
            changed |= event == crate::room::JoinedEvent::Changed;
        }
        if changed && let Some(live) = self.0.live() {
            app.live.clone_from(live);
            app.received_changes();
        }
        Ok(changed)
    }
}

/// Follows `feed` on `terminal` with `app`, the follower's screen, until a key of the
/// follower's table stops it (q, Esc, Ctrl-C).
pub fn follow<B: Backend>(
    terminal: &mut Terminal<B>,
    feed: &mut impl Feed,
    app: &mut App,
    events: &mut impl Events,
    clock: impl Fn() -> chrono::NaiveDateTime,
) -> Result<(), PresentError>
where
    io::Error: From<B::Error>,
{
    let mut second = clock().and_utc().timestamp();
    let mut draw = true;
    loop {
        let now = super::second(clock());
        if draw {
            terminal
                .draw(|frame| views::draw(frame, app, now))
                .map_err(io::Error::from)?;
        }
        draw = false;
        let event = events.next(POLL)?;
        if events.stopped() {
            return Ok(());
        }
        match event {
            Some(Event::Key(key)) if key.kind != KeyEventKind::Release => {
                match self::key(app, key) {
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
        draw |= feed.poll(app, clock())?;
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

/// Opens the follower of `feed` on the real terminal and restores the terminal on every way
/// out.
pub fn run(feed: &mut impl Feed, app: &mut App) -> Result<(), PresentError> {
    let mut terminal = ratatui::init();
    let result = follow(
        &mut terminal,
        feed,
        app,
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
