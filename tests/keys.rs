//! Random keys at random terminal sizes, 1x1 included: the screen never panics and never
//! loses a saved change (what is on disk always replays to what the screen holds).

mod common;

use common::screen::Screen;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

/// Keys a person might press, with the text they might type mixed in.
fn event() -> impl Strategy<Value = Event> {
    let key = |code, modifiers| Event::Key(KeyEvent::new(code, modifiers));
    let none = KeyModifiers::NONE;
    prop_oneof![
        4 => prop::sample::select(vec![
            'n', 'e', 'd', 'j', 'k', 'h', 'l', 'u', 'q', '?', ' ', ']', '[', 'E', 'S', 'A', 'J',
            'K', '>', '<', '/', 'N', 'P', 'R', 'a', 's', 'p', 'm', 'o', 'v', 'c', 't', 'x', 'y',
            '0', '3', '5', '+', '-', ':', 'é', '集', '🌍', 'ب', 'O', 'W', 'T', 'Q', 'B', 'H',
            'L', '(', ')', 'X', 'g', 'r', 'i', '|', '/', 'A',
        ])
        .prop_map(move |c| key(KeyCode::Char(c), none)),
        2 => prop::sample::select(vec![
            KeyCode::Enter, KeyCode::Esc, KeyCode::Tab, KeyCode::BackTab, KeyCode::Backspace,
            KeyCode::Up, KeyCode::Down, KeyCode::Left, KeyCode::Right, KeyCode::Delete,
        ])
        .prop_map(move |code| key(code, none)),
        1 => prop::sample::select(vec!['r', 't', 'c'])
            .prop_map(move |c| key(KeyCode::Char(c), KeyModifiers::CONTROL)),
        1 => Just(key(KeyCode::Enter, KeyModifiers::ALT)),
        1 => (0u16..200, 0u16..60).prop_map(|(column, row)| Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })),
        1 => "[a-z集 \\n]{0,12}".prop_map(Event::Paste),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn random_keys_at_random_sizes(
        width in 1u16..200,
        height in 1u16..60,
        events in prop::collection::vec(event(), 1..120),
        resize in (1u16..200, 1u16..60),
    ) {
        let mut s = Screen::new(width, height);
        for (i, event) in events.into_iter().enumerate() {
            if i == 60 {
                s.terminal = Terminal::new(TestBackend::new(resize.0, resize.1)).expect("terminal");
            }
            s.wait(1);
            s.event(event);
            if s.app.ui.quit {
                break;
            }
        }
        s.reloaded();
    }
}
