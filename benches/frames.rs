//! Frames: `views::draw` into a 200x60 `TestBackend` terminal, as the event loop draws after
//! every key and every second of the clock (render, then diff against the last frame).
//!
//! - board: 2,000 cards in 12 strategies (one in 13 in Unsorted), focus deep in the seventh
//!   strategy so the columns scroll;
//! - notes: 5,000 notes in the current session, the newest selected;
//! - projector: the wall's view of that board, and of the notes tab (the day's agenda);
//! - editor over the board: the whole frame under a keystroke of a note (the pty harness types
//!   it), and what the event loop draws for such a key: the editor and the footer alone.
//!
//! A session is running in all of them, so the header's timer and time plan are live.
//!
//! `cargo bench --bench frames`

mod common;

use std::hint::black_box;
use std::time::Duration;

use chrono::{NaiveDateTime, TimeDelta};
use criterion::{Criterion, criterion_group};
use plenary::core::history::Change;
use plenary::core::op::Op;
use plenary::store::Store;
use plenary::tui::app::{App, Tab};
use plenary::tui::paint::Painter;
use plenary::tui::views;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

const WIDTH: u16 = 200;
const HEIGHT: u16 = 60;
/// The action-planning session, where a board fills up.
const SESSION: &str = "d4-strategies";

/// A meeting screen over a new record of the Durban agenda with `SESSION` running, after
/// `content` (given the record) is committed as one change; and the moment to draw it at.
fn app_with(
    dir: &std::path::Path,
    content: impl FnOnce(&plenary::core::record::Record, NaiveDateTime) -> Op,
) -> (App, NaiveDateTime) {
    let (agenda, text) = common::durban();
    let start = agenda
        .days
        .iter()
        .find_map(|d| {
            let at = agenda.planned(SESSION)?.start_time()?;
            d.sessions
                .iter()
                .any(|s| s.id == SESSION)
                .then(|| d.date.and_time(at))
        })
        .expect("the session");
    let opened = Store::create(&dir.join("rec"), &text, agenda).expect("a record");
    let mut store = opened.store;
    let mut live = opened.live;
    for op in [
        Op::SetCurrent {
            session: Some(SESSION.into()),
        },
        Op::StartSession {
            session: SESSION.into(),
            at: start,
        },
    ] {
        store.commit(&mut live, &Change::Do(op)).expect("start");
    }
    let op = content(&live.record, start);
    store
        .commit(&mut live, &Change::Do(op))
        .expect("the content applies");
    (App::new(live, store), start + TimeDelta::minutes(20))
}

fn key(app: &mut App, code: KeyCode, now: NaiveDateTime) {
    app.handle(
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE)),
        now,
        Rect::new(0, 0, WIDTH, HEIGHT),
    );
}

fn bench_frame(c: &mut Criterion, name: &str, app: &App, now: NaiveDateTime) {
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("a terminal");
    c.bench_function(name, |b| {
        b.iter(|| {
            terminal
                .draw(|frame| views::draw(frame, black_box(app), now))
                .expect("draw");
        })
    });
}

fn frames(c: &mut Criterion) {
    let memory = common::scratch_in_memory("frames-");

    let (mut board, now) = app_with(&memory.path().join("board"), |record, _| {
        common::board_batch(record, SESSION, 2_000, 12)
    });
    key(&mut board, KeyCode::Char('B'), now);
    assert_eq!(board.ui.tab, Tab::Board);
    board.ui.board.focus(7, 150);
    assert_eq!(board.focus(), (7, 150));
    bench_frame(c, "frame_board_2000", &board, now);

    let (notes, now) = app_with(&memory.path().join("notes"), |record, at| {
        common::notes_batch(record, SESSION, 5_000, at)
    });
    assert_eq!(notes.session_notes().len(), 5_000);
    bench_frame(c, "frame_notes_5000", &notes, now);

    board.ui.projector = true;
    board.ui.theme = 1;
    bench_frame(c, "frame_projector_board_2000", &board, now);
    let mut wall = notes;
    wall.ui.projector = true;
    wall.ui.theme = 1;
    bench_frame(c, "frame_projector_agenda", &wall, now);

    board.ui.projector = false;
    board.ui.theme = 0;
    key(&mut board, KeyCode::Char('n'), now);
    for ch in "Typed over the board: ngiyabonga 集体 🌍".chars() {
        key(&mut board, KeyCode::Char(ch), now);
    }
    bench_frame(c, "frame_editor_over_board_2000", &board, now);

    // What the event loop draws for a key typed into that editor: the editor and the footer
    // alone (`tui::paint`), over the whole frame drawn once; a letter typed and taken back
    // in turn, the key's handling included.
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("a terminal");
    let mut painter = Painter::default();
    painter.frame(&mut terminal, &board, now).expect("draw");
    let mut typed = false;
    c.bench_function("key_in_editor_over_board_2000", |b| {
        b.iter(|| {
            let code = if typed {
                KeyCode::Backspace
            } else {
                KeyCode::Char('x')
            };
            typed = !typed;
            key(&mut board, code, now);
            painter
                .touch_up(&mut terminal, black_box(&board))
                .expect("draw");
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = frames
}

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
