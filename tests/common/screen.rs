//! A meeting screen in a test: a real record on disk, a fixed clock, a TestBackend.

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use plenary::store::{Store, load};
use plenary::tui::app::App;
use plenary::tui::views;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyModifiers;
use ratatui::crossterm::event::{Event, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Rect;

use super::{SMALL, keys, small_agenda};

/// A meeting screen over a fresh record of the small agenda, at a fixed clock.
pub struct Screen {
    pub app: App,
    pub terminal: Terminal<TestBackend>,
    pub now: NaiveDateTime,
    pub dir: tempfile::TempDir,
}

impl Screen {
    pub fn new(width: u16, height: u16) -> Screen {
        Screen::of(SMALL, small_agenda(), width, height)
    }

    /// A meeting screen over a fresh record of `agenda`, read from `text`.
    pub fn of(
        text: &str,
        agenda: plenary::core::agenda::Agenda,
        width: u16,
        height: u16,
    ) -> Screen {
        let dir = tempfile::tempdir().expect("temp dir");
        let opened = Store::create(&dir.path().join("rec"), text, agenda).expect("record");
        Screen {
            app: App::new(opened.live, opened.store),
            terminal: Terminal::new(TestBackend::new(width, height)).expect("terminal"),
            now: NaiveDate::from_ymd_opt(2018, 7, 23)
                .and_then(|d| d.and_hms_opt(8, 55, 0))
                .expect("a time"),
            dir,
        }
    }

    pub fn size(&self) -> Rect {
        let area = self.terminal.backend().buffer().area;
        Rect::new(0, 0, area.width, area.height)
    }

    /// Types a key string; each key is handled and the screen drawn, as in the real loop.
    pub fn keys(&mut self, script: &str) -> &mut Screen {
        for event in keys(script) {
            self.event(event);
        }
        self
    }

    pub fn event(&mut self, event: Event) {
        let size = self.size();
        self.app.handle(event, self.now, size);
        self.draw();
    }

    pub fn draw(&mut self) {
        // TestBackend does not erase both halves of a wide character when one half is
        // overwritten, as terminals do; a full redraw keeps the test screen honest.
        self.terminal.clear().expect("clear");
        let (app, now) = (&self.app, self.now);
        self.terminal
            .draw(|frame| views::draw(frame, app, now))
            .expect("draw");
    }

    /// Moves the clock on.
    pub fn wait(&mut self, minutes: i64) -> &mut Screen {
        self.now += TimeDelta::minutes(minutes);
        self
    }

    pub fn click(&mut self, column: u16, row: u16) {
        self.event(Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column,
            row,
            modifiers: KeyModifiers::NONE,
        }));
    }

    /// The screen as text, one line a row.
    pub fn text(&mut self) -> String {
        self.draw();
        let buffer = self.terminal.backend().buffer();
        (0..buffer.area.height)
            .map(|y| {
                (0..buffer.area.width)
                    .map(|x| buffer[(x, y)].symbol())
                    .collect::<String>()
                    .trim_end()
                    .to_owned()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The record as it is on disk, which must equal the one on screen.
    pub fn reloaded(&self) -> plenary::core::record::Record {
        let loaded = load(&self.dir.path().join("rec")).expect("load");
        assert_eq!(
            loaded.live, self.app.live,
            "the journal replays to what the screen shows"
        );
        loaded.live.record
    }
}
