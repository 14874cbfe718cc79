//! Snapshots of every view of the meeting screen at 80x24 (a laptop terminal) and 160x45 (a
//! large one), with a fixed clock and a record filled through the keys.

mod common;

use common::screen::Screen;

/// A screen with a meeting under way: the opening ran late, notes of each kind, a proposal
/// scored and selected, a resolution adopted by vote.
fn meeting(width: u16, height: u16) -> Screen {
    let mut s = Screen::new(width, height);
    s.wait(10).keys("<Space>").wait(5);
    s.keys("nWelcome, and thanks to the hosts<Enter>")
        .keys("key: Defenders are being killed at a rising rate<Enter>")
        .keys("q: How do members join a campaign?<Enter>")
        .keys("\"Umhlaba ngowethu — the land is ours\" — Ana<Enter>")
        .keys("集体行动 needs shared data 🌍<Enter>")
        .keys("action: Ben to circulate the survey results by 2018-08-10<Enter><Esc>");
    s.wait(29).keys("E]<Space>").wait(20);
    s.keys("P4l3+++s").keys("j2l1+p<Enter>");
    s.keys("Ra")
        .keys("Create an Action Group to design the pilot<Enter>")
        .keys("v24 3 2<Enter>s");
    s
}

fn snapshot(name: &str, s: &mut Screen) {
    s.draw();
    let size = s.size();
    insta::assert_snapshot!(
        format!("{name}_{}x{}", size.width, size.height),
        s.terminal.backend()
    );
}

#[test]
fn every_view_at_both_sizes() {
    for (width, height) in [(80, 24), (160, 45)] {
        let mut s = meeting(width, height);
        s.keys("N[");
        snapshot("notes", &mut s);
        s.keys("n\"Land is life\" — ");
        snapshot("editor", &mut s);
        s.keys("<Tab>an");
        snapshot("speaker", &mut s);
        s.keys("<Esc><Esc>");
        snapshot("discard", &mut s);
        s.keys("y?");
        snapshot("help", &mut s);
        s.keys("<Esc>P");
        snapshot("proposals", &mut s);
        s.keys("m");
        snapshot("merge", &mut s);
        s.keys("<Esc>R");
        snapshot("resolutions", &mut s);
        s.keys("e");
        snapshot("prompt", &mut s);
        s.keys("<Esc>t");
        snapshot("link_actions", &mut s);
        s.keys("<Esc>Qaan<Enter>abe<Enter><Enter>");
        s.wait(2);
        s.keys("<Enter>");
        s.wait(1);
        s.keys("a");
        snapshot("raise_hand", &mut s);
        // Esc (no filter to clear) only clears the footer's "raised a hand" message, so the
        // snapshot shows the tab's keys.
        s.keys("Visitor<Enter><Esc>");
        snapshot("speakers", &mut s);
    }
}

#[test]
fn an_empty_meeting_at_both_sizes() {
    for (width, height) in [(80, 24), (160, 45)] {
        let mut s = Screen::new(width, height);
        snapshot("empty_notes", &mut s);
        s.keys("P");
        snapshot("empty_proposals", &mut s);
        s.keys("R");
        snapshot("empty_resolutions", &mut s);
    }
}

#[test]
fn every_projector_screen_at_200x50() {
    let mut s = meeting(200, 50);
    s.keys("Bnaction: Ben to map the members' campaigns<Enter><Esc>");
    s.keys("sEducating and informing members<Enter>hL");
    s.keys("Qaan<Enter><Enter>");
    s.wait(1);
    s.keys("W");
    for (tab, key) in [
        ("agenda", "N"),
        ("proposals", "P"),
        ("resolutions", "R"),
        ("board", "B"),
        ("speakers", "Q"),
    ] {
        s.keys(key);
        snapshot(&format!("projector_{tab}"), &mut s);
    }
    s.keys("O");
    snapshot("projector_qr", &mut s);
    s.keys("<Esc>T");
    snapshot("projector_dark_theme", &mut s);
}

type Shared = std::rc::Rc<std::cell::RefCell<ratatui::backend::TestBackend>>;

/// Input for the real event loop from a script: each event comes once the clock has moved on
/// by `every` ms, and what the terminal showed before it is kept; when the script runs out the
/// loop ends with an error, as scripts say.
struct Script {
    events: std::collections::VecDeque<ratatui::crossterm::event::Event>,
    every: i64,
    clock: std::rc::Rc<std::cell::Cell<chrono::NaiveDateTime>>,
    terminal: Shared,
    seen: Vec<ratatui::buffer::Buffer>,
}

impl plenary::tui::Events for Script {
    fn next(
        &mut self,
        _timeout: std::time::Duration,
    ) -> std::io::Result<Option<ratatui::crossterm::event::Event>> {
        self.seen.push(self.terminal.borrow().buffer().clone());
        let event = self
            .events
            .pop_front()
            .ok_or_else(|| std::io::Error::other("the script ran out"))?;
        self.clock
            .set(self.clock.get() + chrono::TimeDelta::milliseconds(self.every));
        Ok(Some(event))
    }
}

/// A test terminal shared with the script, whose errors are io errors as the event loop's
/// terminal's are.
struct Loopback(Shared);

impl ratatui::backend::Backend for Loopback {
    type Error = std::io::Error;

    fn draw<'a, I>(&mut self, content: I) -> std::io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a ratatui::buffer::Cell)>,
    {
        // As a terminal does, writing over either half of a wide character erases all of it.
        let mut backend = self.0.borrow_mut();
        for (x, y, cell) in content {
            let wide = |b: &ratatui::backend::TestBackend, x: u16| {
                b.buffer()
                    .cell((x, y))
                    .is_some_and(|c| ratatui::text::Span::raw(c.symbol()).width() > 1)
            };
            let mut erase = Vec::new();
            if wide(&backend, x) {
                erase.push(x + 1);
            }
            if x > 0 && wide(&backend, x - 1) {
                erase.push(x - 1);
            }
            let blank = ratatui::buffer::Cell::default();
            let cells = erase.into_iter().map(|at| (at, y, &blank));
            let Ok(()) = backend.draw(cells.chain(std::iter::once((x, y, cell))));
        }
        Ok(())
    }
    fn hide_cursor(&mut self) -> std::io::Result<()> {
        self.0.borrow_mut().hide_cursor().map_err(|e| match e {})
    }
    fn show_cursor(&mut self) -> std::io::Result<()> {
        self.0.borrow_mut().show_cursor().map_err(|e| match e {})
    }
    fn get_cursor_position(&mut self) -> std::io::Result<ratatui::layout::Position> {
        self.0
            .borrow_mut()
            .get_cursor_position()
            .map_err(|e| match e {})
    }
    fn set_cursor_position<P: Into<ratatui::layout::Position>>(
        &mut self,
        position: P,
    ) -> std::io::Result<()> {
        self.0
            .borrow_mut()
            .set_cursor_position(position)
            .map_err(|e| match e {})
    }
    fn clear(&mut self) -> std::io::Result<()> {
        self.0.borrow_mut().clear().map_err(|e| match e {})
    }
    fn clear_region(&mut self, clear_type: ratatui::backend::ClearType) -> std::io::Result<()> {
        self.0
            .borrow_mut()
            .clear_region(clear_type)
            .map_err(|e| match e {})
    }
    fn size(&self) -> std::io::Result<ratatui::layout::Size> {
        self.0.borrow().size().map_err(|e| match e {})
    }
    fn window_size(&mut self) -> std::io::Result<ratatui::backend::WindowSize> {
        self.0.borrow_mut().window_size().map_err(|e| match e {})
    }
    fn flush(&mut self) -> std::io::Result<()> {
        ratatui::backend::Backend::flush(&mut *self.0.borrow_mut()).map_err(|e| match e {})
    }
}

/// A meeting under way with every built-in theme to cycle through, whatever NO_COLOR says
/// where the tests run.
fn themed_meeting(width: u16, height: u16) -> Screen {
    let mut s = meeting(width, height);
    s.app.themes = plenary::tui::theme::BUILT_IN
        .iter()
        .filter_map(|t| plenary::tui::theme::Theme::parse(t).ok())
        .collect();
    s
}

#[test]
fn keys_in_the_editor_draw_what_a_whole_frame_draws() {
    // Typing over the notes, then over the board, seconds going by mid-word; a speaker
    // picked, the kind changed, notes saved, an empty Enter; a note that scrolls; the dark
    // theme, which paints every cell, so the editor's keys must paint it too.
    let script = concat!(
        "nLand is life, said the elders<BS><BS>rs<Tab>an<Enter><C-t> and more<Enter><Enter>",
        "<Esc>Bnaction: Ben to map the campaigns<Enter><Esc>",
        // A note longer than the editor is wide and tall, wide characters in it, the cursor
        // moved about, lines joined and split.
        "nThe survey of members across the region found land, housing and water one struggle, ",
        "集体 🌍 said the delegates<A-Enter>two<A-Enter>three<A-Enter>four<A-Enter>five<A-Enter>",
        "six<A-Enter>seven<A-Enter>eight<A-Enter>nine<Up><Up><Up><Up><Up><Up><Up><Up><Up><Up>",
        "<Left><Left><Del><BS>x<Down><Right><Right><BS><BS><A-Enter><Down><Down><Enter><Esc>",
        // Then pastes add rows at once, blank ones among them or not.
        "na short note",
    );
    let script: Vec<_> = [
        common::keys(script),
        vec![ratatui::crossterm::event::Event::Paste(
            " and\n\nwhat was pasted".into(),
        )],
        common::keys("<Enter>x"),
        vec![ratatui::crossterm::event::Event::Paste(
            "first pasted\nsecond pasted\nthird pasted".into(),
        )],
        common::keys("<Enter><Esc>Tnthe dark theme, typed into<BS><BS><BS><Enter><Enter>x<Esc>y"),
    ]
    .concat();
    for (width, height) in [(80, 24), (200, 50)] {
        for every in [70, 310] {
            let mut s = themed_meeting(width, height);
            let clock = std::rc::Rc::new(std::cell::Cell::new(s.now));
            let shared: Shared = std::rc::Rc::new(std::cell::RefCell::new(
                ratatui::backend::TestBackend::new(width, height),
            ));
            let mut terminal =
                ratatui::Terminal::new(Loopback(std::rc::Rc::clone(&shared))).expect("terminal");
            let mut events = Script {
                events: script.clone().into(),
                every,
                clock: std::rc::Rc::clone(&clock),
                terminal: shared,
                seen: Vec::new(),
            };
            let ended =
                plenary::tui::run_loop(&mut terminal, &mut s.app, &mut events, || clock.get());
            assert!(ended.is_err(), "the loop ran until the script ran out");

            // The same keys into the same meeting, a whole frame drawn after each.
            let mut whole = themed_meeting(width, height);
            let mut expected = Vec::new();
            let draw = |w: &mut Screen| {
                let now = chrono::Timelike::with_nanosecond(&w.now, 0).unwrap_or(w.now);
                let mut t =
                    ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height))
                        .expect("terminal");
                let app = &w.app;
                t.draw(|frame| plenary::tui::views::draw(frame, app, now))
                    .expect("draw");
                t.backend().buffer().clone()
            };
            expected.push(draw(&mut whole));
            for event in script.clone() {
                whole.now += chrono::TimeDelta::milliseconds(every);
                let size = whole.size();
                whole.app.handle(event, whole.now, size);
                expected.push(draw(&mut whole));
            }
            assert_eq!(events.seen.len(), expected.len());
            for (i, (seen, expected)) in events.seen.iter().zip(&expected).enumerate() {
                assert_eq!(
                    as_shown(seen),
                    as_shown(expected),
                    "{width}x{height}, a key every {every} ms: after key {i} the loop's screen \
                     differs from a whole frame"
                );
            }
        }
    }
}

/// `buffer` as a terminal shows it: the cells behind a wide character are hidden, and what
/// they hold (whatever was there before; ratatui sends nothing for them) is blanked.
fn as_shown(buffer: &ratatui::buffer::Buffer) -> ratatui::buffer::Buffer {
    let mut shown = buffer.clone();
    let width = usize::from(buffer.area.width);
    for row in shown.content.chunks_mut(width) {
        let mut hidden = 0;
        for cell in row {
            if hidden > 0 {
                hidden -= 1;
                cell.reset();
            } else {
                hidden = ratatui::text::Span::raw(cell.symbol())
                    .width()
                    .saturating_sub(1);
            }
        }
    }
    shown
}

/// The text of a whole frame of `app` at `now`, on a screen of `width` × `height`.
fn frame_text(
    app: &plenary::tui::app::App,
    now: chrono::NaiveDateTime,
    width: u16,
    height: u16,
) -> String {
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height))
        .expect("terminal");
    t.draw(|frame| plenary::tui::views::draw(frame, app, now))
        .expect("draw");
    let buffer = t.backend().buffer();
    buffer.content.iter().map(|c| c.symbol()).collect()
}

#[test]
fn what_the_screen_derives_follows_each_change_a_follower_receives() {
    use plenary::core::history::Change;
    use plenary::core::op::Op;
    use plenary::core::record::{Action, Id};
    // A follower (the wall) on the QR screen of the whole meeting: its outcomes are kept
    // until the record changes, and a follower learns of changes only as it receives them.
    let mut app = plenary::tui::app::App::follower(common::small_live());
    app.ui.projector = true;
    app.ui.qr = Some(plenary::tui::app::QrShown {
        session: None,
        part: 0,
    });
    let now = common::at(0);
    let before = frame_text(&app, now, 200, 80);
    assert!(before.contains("1/1 ·"), "one code for an empty meeting");
    for n in 0..40 {
        let change = Change::Do(Op::AddAction {
            action: Action {
                id: Id(app.live.record.next_id),
                text: format!("action {n}: circulate the survey results to every member"),
                owner: None,
                due: None,
                session: "open".into(),
                item: None,
                progress: Default::default(),
            },
            strategy: None,
        });
        app.live.apply(&change).expect("the change applies");
    }
    app.received_changes();
    let after = frame_text(&app, now, 200, 80);
    assert!(
        !after.contains("1/1 ·"),
        "forty actions take more than one code: the outcomes were derived again"
    );
}

#[test]
fn the_editors_title_is_drawn_again_when_its_speaker_note_or_destination_changes_alone() {
    // Neither changes by a key without the record changing too today; the title must follow
    // them whatever the keys come to do.
    use plenary::tui::overlay::Overlay;
    let (width, height) = (120, 40);
    let mut s = meeting(width, height);
    s.keys("nsome words");
    let now = chrono::Timelike::with_nanosecond(&s.now, 0).unwrap_or(s.now);
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height))
        .expect("a terminal");
    let mut painter = plenary::tui::paint::Painter::default();
    painter.frame(&mut terminal, &s.app, now).expect("draw");
    assert!(painter.touch_up(&mut terminal, &s.app).expect("draw"));
    let changes: [fn(&mut plenary::tui::overlay::Editor); 3] = [
        |e| e.speaker = Some("Ana Ruiz".into()),
        // A prefix typed on a new line: the title says "2 items".
        |e| {
            e.text.insert_newline();
            e.text.insert_str("key: x");
        },
        |e| e.note = Some(plenary::core::record::Id(1)),
    ];
    for change in changes {
        let Some(Overlay::Editor(editor)) = &mut s.app.ui.overlay else {
            panic!("the editor is open");
        };
        change(editor);
        assert!(painter.touch_up(&mut terminal, &s.app).expect("draw"));
        let mut whole = ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height))
            .expect("a terminal");
        whole
            .draw(|frame| plenary::tui::views::draw(frame, &s.app, now))
            .expect("draw");
        assert_eq!(
            as_shown(terminal.backend().buffer()),
            as_shown(whole.backend().buffer())
        );
    }
}

/// The acceptance screens of the meeting screen at a laptop's, a large terminal's and a
/// projector's size: a long resolution, the speaker queue under progressive ordering (in the
/// order people will speak) and a session over its time.
#[test]
fn the_acceptance_screens_at_three_sizes() {
    for (width, height) in [(80, 24), (120, 40), (200, 50)] {
        let mut s = Screen::new(width, height);
        s.keys("<Space>R").keys("a").keys(concat!(
            "The network creates an Action Group on corporate capture of land and water, ",
            "with two members from each region, at least half of them women, which reports ",
            "to every member by 10 August 2018 and to the next general assembly on what it ",
            "found, what it proposes and what it needs from the members to carry it out<Enter>"
        ));
        s.keys("v24 3 2<Enter>s<Esc>");
        snapshot("long_resolution", &mut s);

        // Ana spoke three minutes and Ben one; Thandi has not spoken. Raised Ana, Thandi,
        // Ben; with progressive ordering on they speak Thandi, Ben, Ana.
        let mut s = Screen::new(width, height);
        s.keys("<Space>Qaan<Enter><Enter>").wait(3);
        s.keys("abe<Enter><Enter>").wait(1);
        s.keys("<Enter>aan<Enter>aThandi<Enter>abe<Enter>o");
        let speakers = &s.app.live.record.speakers;
        let order: Vec<&str> = speakers
            .in_order(s.now)
            .into_iter()
            .map(String::as_str)
            .collect();
        assert_eq!(order, ["Thandi", "ben", "ana"], "who spoke least first");
        snapshot("progressive_queue", &mut s);

        // Twenty-two minutes past the opening's thirty, drawn with no colour at all: the
        // header says it in words.
        let mut s = Screen::new(width, height);
        s.app.themes = vec![plenary::tui::theme::Theme::plain()];
        s.keys("<Space>").wait(52);
        let screen = s.text();
        assert!(screen.contains("+22:00 over"), "{screen}");
        snapshot("overtime_no_color", &mut s);
    }
}
