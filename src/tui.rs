//! The meeting screen: the terminal shell around the core. Input becomes actions, actions
//! become ops through the store, and every frame is drawn from state.

pub mod action;
pub mod app;
pub mod hosting;
pub mod joining;
pub mod keymap;
pub mod layout;
pub mod overlay;
pub mod paint;
pub mod present;
pub mod state;
pub mod theme;
pub mod views;

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use chrono::{NaiveDateTime, Timelike};
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{self, Event, KeyEventKind, MouseEventKind};

use app::App;
use paint::Painter;

/// Where input comes from: the real terminal, or a script in tests.
pub trait Events {
    /// The next event, waiting at most `timeout`; None when the wait ran out. An error ends
    /// the loop (a script that ran out says so with one).
    fn next(&mut self, timeout: Duration) -> io::Result<Option<Event>>;

    /// Whether the process was asked to stop (SIGTERM, SIGINT): the loop then ends the way
    /// `q` does, so the terminal is restored.
    fn stopped(&self) -> bool {
        false
    }
}

/// Input from the terminal.
pub(crate) struct TerminalEvents {
    /// Set from `PLENARY_TEST_PANIC_ON_F12`: F12 panics, so tests can check that a panic
    /// restores the terminal and loses no saved change. Nothing else reads it.
    panic_on_f12: bool,
    /// Raised by SIGTERM or SIGINT.
    stop: Arc<AtomicBool>,
    /// Whether the screen reports the mouse and pastes (the meeting screen does, the
    /// follower does not), to turn back on after ^Z.
    input_modes: bool,
}

impl TerminalEvents {
    /// Input from the terminal, with the test-only panic switch read from the environment and
    /// the signals that ask a process to stop caught, so they end it the way `q` does.
    pub fn new() -> TerminalEvents {
        let stop = Arc::new(AtomicBool::new(false));
        #[cfg(unix)]
        // SIGHUP keeps its default: the terminal is gone, there is nothing to restore, and a
        // process left behind on a closed terminal must not linger.
        for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT] {
            // Without the handler the default action ends the process with the terminal
            // still raw; registering cannot fail for these signals.
            let _ = signal_hook::flag::register(signal, Arc::clone(&stop));
        }
        TerminalEvents {
            panic_on_f12: std::env::var_os("PLENARY_TEST_PANIC_ON_F12").is_some(),
            stop,
            input_modes: true,
        }
    }

    /// Input for a screen that takes no mouse and no pastes (`plenary present`): ^Z leaves
    /// them off when it gives the terminal back.
    pub(crate) fn keys_only() -> TerminalEvents {
        TerminalEvents {
            input_modes: false,
            ..TerminalEvents::new()
        }
    }
}

impl Default for TerminalEvents {
    fn default() -> TerminalEvents {
        TerminalEvents::new()
    }
}

impl Events for TerminalEvents {
    fn next(&mut self, timeout: Duration) -> io::Result<Option<Event>> {
        // Wait in short slices, so a stop signal is seen within a tenth of a second.
        let until = std::time::Instant::now() + timeout;
        loop {
            if self.stopped() {
                return Ok(None);
            }
            let left = until.saturating_duration_since(std::time::Instant::now());
            if event::poll(left.min(Duration::from_millis(100)))? {
                break;
            }
            if left.is_zero() {
                return Ok(None);
            }
        }
        let event = event::read()?;
        if let Event::Key(key) = &event
            && key.code == event::KeyCode::Char('z')
            && key.modifiers.contains(event::KeyModifiers::CONTROL)
            && key.kind == KeyEventKind::Press
        {
            // Raw mode turns ^Z into a key: suspend as the shell expects, and report a resize
            // on the way back so the whole screen is drawn again.
            suspend(self.input_modes)?;
            let (width, height) = ratatui::crossterm::terminal::size()?;
            return Ok(Some(Event::Resize(width, height)));
        }
        if self.panic_on_f12
            && let Event::Key(key) = &event
            && key.code == event::KeyCode::F(12)
        {
            panic!("forced panic (PLENARY_TEST_PANIC_ON_F12)");
        }
        Ok(Some(event))
    }

    fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }
}

/// Hands the terminal back to the shell, stops the process as ^Z does outside raw mode, and
/// takes the terminal again when the shell continues it (`fg`), with mouse reports and paste
/// mode back on when `input_modes`.
fn suspend(input_modes: bool) -> io::Result<()> {
    use ratatui::crossterm::event::{
        DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    };
    use ratatui::crossterm::execute;
    use ratatui::crossterm::terminal::{
        EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
    };
    execute!(
        io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        ratatui::crossterm::cursor::Show
    )?;
    disable_raw_mode()?;
    #[cfg(unix)]
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    // Here the process is stopped until SIGCONT.
    enable_raw_mode()?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        ratatui::crossterm::cursor::Hide
    )?;
    if input_modes {
        execute!(io::stdout(), EnableMouseCapture, EnableBracketedPaste)?;
    }
    Ok(())
}

/// Runs the meeting screen until the user quits: draws, waits for input or the next second of
/// the clock, handles it, and draws again only when something changed — only the note editor
/// when a key changed nothing but the editor.
pub fn run_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    events: &mut impl Events,
    clock: impl Fn() -> NaiveDateTime,
) -> io::Result<()>
where
    io::Error: From<B::Error>,
{
    let mut painter = Painter::default();
    let mut now = clock();
    // Frames show whole seconds: what is derived from the clock is worked out once a second.
    let mut shown_at = second(now);
    let mut screen = painter.frame(terminal, app, shown_at)?;
    let mut published = None;
    while !app.ui.quit {
        // Followers on a second screen show what this one shows.
        let shown = app.shown();
        if published.as_ref() != Some(&shown)
            && let Some(store) = &app.store
            && let Ok(bytes) = serde_json::to_vec(&shown)
            && store.publish_view(&bytes).is_ok()
        {
            published = Some(shown);
        }
        hosting::feed_phones(app, now);
        let pumped = hosting::pump(app, now) | joining::pump(app, now);
        // Wake at the next whole second so the clocks tick, and not more often.
        let wait =
            Duration::from_nanos(u64::from(1_000_000_000 - now.nanosecond().min(999_999_999)));
        let wait = joining::wait(app, hosting::wait(app, wait));
        let event = events.next(wait)?;
        if events.stopped() {
            app.ui.quit = true;
            break;
        }
        now = clock();
        if let Some(Event::Resize(width, height)) = event {
            // After a resize or a return from ^Z what is on the terminal is unknown: draw it
            // all, not the difference from the last frame (`clear` would also ask the
            // terminal where its cursor is, which some never answer).
            terminal.resize(ratatui::layout::Rect::new(0, 0, width, height))?;
        }
        let redraw = match event {
            Some(event) if changes_nothing(&event) => false,
            Some(event) => {
                let typed = matches!(event, Event::Key(_) | Event::Paste(_));
                let before = (typed && painter.can_touch_up()).then(|| app.backdrop());
                app.handle(event, now, screen);
                if app.ui.quit {
                    break;
                }
                let only_the_editor = before.is_some_and(|b| b == app.backdrop())
                    && painter.touch_up(terminal, app)?;
                !only_the_editor || second(now) != shown_at
            }
            None => {
                app.retry_unsaved();
                pumped || second(now) != shown_at
            }
        };
        if redraw {
            shown_at = second(now);
            screen = painter.frame(terminal, app, shown_at)?;
        }
    }
    Ok(())
}

/// `at` to the second, as the screen's clocks show it.
pub(crate) fn second(at: NaiveDateTime) -> NaiveDateTime {
    at.with_nanosecond(0).unwrap_or(at)
}

/// Whether an event leaves the screen as it is: the pointer moving or dragging (a card's drag
/// ends where the button comes up), a key let go, focus coming or going.
fn changes_nothing(event: &Event) -> bool {
    match event {
        Event::Mouse(mouse) => {
            matches!(mouse.kind, MouseEventKind::Moved | MouseEventKind::Drag(_))
        }
        Event::Key(key) => key.kind == KeyEventKind::Release,
        Event::FocusGained | Event::FocusLost => true,
        Event::Resize(..) | Event::Paste(_) => false,
    }
}

/// Opens the meeting screen on the real terminal and restores the terminal on every way out,
/// a panic included.
pub fn run(app: &mut App) -> io::Result<()> {
    use ratatui::crossterm::event::{
        DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    };
    use ratatui::crossterm::execute;

    // ratatui::init restores the screen on a panic; mouse capture and paste mode are ours to
    // undo, so our hook runs first and then hands over to ratatui's.
    let mut terminal = ratatui::init();
    let restore_screen = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
        restore_screen(info);
    }));
    let result = execute!(io::stdout(), EnableMouseCapture, EnableBracketedPaste).and_then(|()| {
        run_loop(&mut terminal, app, &mut TerminalEvents::new(), || {
            chrono::Local::now().naive_local()
        })
    });
    let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
    result
}
