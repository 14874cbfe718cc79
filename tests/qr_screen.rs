//! The QR screen of the meeting screen: every code it draws decodes (with rqrr, from the
//! terminal cells turned back into a bitmap) to the parts of the outcome summary, a summary
//! too big for the codes says what no code holds, and a terminal too small for a scannable
//! code gets a sentence instead of a code.

mod big_meeting;
mod common;
mod outcomes;

use big_meeting::big_meeting;
use common::screen::Screen;
use outcomes::{cell_as_printed, decode_modules, half_blocks_to_modules};
use plenary::core::history::Change;
use plenary::export::{Options, qr};
use plenary::store::Store;
use plenary::tui::app::App;

/// A meeting with enough outcomes for several codes, in several scripts.
fn meeting() -> Screen {
    let mut s = Screen::new(200, 60);
    s.keys("n");
    for (i, line) in [
        "Secretariat to share a primer on corporate capture by 2018-09-15",
        "Sipho to hold a training on documenting land grabs — ukuqeqeshwa",
        "Sofía to coordinate la jornada de acción por la tierra",
        "share the survey results in العربية and 中文 🌍",
        "map every member's campaign against corporate capture this year",
    ]
    .iter()
    .enumerate()
    {
        s.keys(&format!("action: {line} {i}<Enter>"));
    }
    s.keys(
        "resolution: Create an Action Group to design, plan and implement the pilot<Enter><Esc>",
    );
    s
}

/// How the code on screen was drawn.
#[derive(Debug, PartialEq, Eq)]
enum Drawn {
    /// Two cells of one row a module, painted by background.
    Whole,
    /// Half blocks, two modules a cell.
    Half,
}

/// The code on screen as modules: the cells painted white or black (the code and its quiet
/// zone), read as whole cells (two a module, dark by their black background) or half blocks
/// (dark by their black background, light halves as glyphs).
fn drawn_code(s: &Screen) -> (Drawn, Vec<Vec<bool>>) {
    use ratatui::style::Color;
    let buffer = s.terminal.backend().buffer();
    let area = buffer.area;
    let painted: Vec<(u16, u16)> = (0..area.height)
        .flat_map(|y| (0..area.width).map(move |x| (x, y)))
        .filter(|&(x, y)| matches!(buffer[(x, y)].bg, Color::White | Color::Black))
        .collect();
    assert!(!painted.is_empty(), "a code on screen");
    let left = painted.iter().map(|p| p.0).min().unwrap_or(0);
    let right = painted.iter().map(|p| p.0).max().unwrap_or(0);
    let top = painted.iter().map(|p| p.1).min().unwrap_or(0);
    let bottom = painted.iter().map(|p| p.1).max().unwrap_or(0);
    // Half blocks draw light halves as glyphs; whole cells draw none.
    let whole = !painted
        .iter()
        .any(|&(x, y)| matches!(buffer[(x, y)].symbol(), "▀" | "▄"));
    if whole {
        let modules = (top..=bottom)
            .map(|y| {
                (left..=right)
                    .step_by(2)
                    .map(|x| {
                        let cell = &buffer[(x, y)];
                        assert_eq!(cell.symbol(), " ", "a whole-cell module holds no glyph");
                        assert_eq!(buffer[(x + 1, y)].bg, cell.bg, "a module is two cells");
                        cell.bg == Color::Black
                    })
                    .collect()
            })
            .collect();
        return (Drawn::Whole, modules);
    }
    let lines: Vec<String> = (top..=bottom)
        .map(|y| {
            (left..=right)
                .map(|x| cell_as_printed(&buffer[(x, y)]))
                .collect()
        })
        .collect();
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    (Drawn::Half, half_blocks_to_modules(&lines, false))
}

/// Decodes the code on screen.
fn decode(s: &Screen) -> String {
    let found = decode_modules(&drawn_code(s).1, 4);
    assert_eq!(found.len(), 1, "one code on screen");
    found.into_iter().next().unwrap_or_default()
}

#[test]
fn every_part_on_screen_decodes_to_the_summary() {
    let mut s = meeting();
    let record = s.app.live.record.clone();
    let parts = qr::outcomes(&record, None, &Options::default())
        .expect("the meeting")
        .expect("fits")
        .parts;
    assert!(
        parts.len() >= 2,
        "the test wants several parts, got {}",
        parts.len()
    );
    s.keys("O");
    for (i, part) in parts.iter().enumerate() {
        let screen = s.text();
        assert!(
            screen.contains(&format!("{}/{}", i + 1, parts.len())),
            "part {} is labelled:\n{screen}",
            i + 1
        );
        let decoded = decode(&s);
        assert_eq!(decoded, part.payload(), "part {}", i + 1);
        s.keys("<Right>");
    }
    // Paging stops at the last part; s switches to the session's outcomes; Esc closes.
    assert_eq!(s.app.ui.qr.as_ref().map(|q| q.part), Some(parts.len() - 1));
    s.keys("s");
    let first = qr::outcomes(&s.app.live.record, Some("open"), &Options::default())
        .expect("the session's outcomes")
        .expect("fits")
        .parts;
    assert_eq!(decode(&s), first[0].payload());
    s.keys("<Esc>");
    assert!(s.app.ui.qr.is_none());
}

#[test]
fn a_terminal_too_small_for_a_scannable_code_says_so() {
    let mut s = meeting();
    s.terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).expect("terminal");
    s.keys("O");
    let screen = s.text();
    assert!(screen.contains("This code needs"), "{screen}");
    assert!(screen.contains("the terminal has 80×24"), "{screen}");
    assert!(!screen.contains('▀'), "no code that cannot scan:\n{screen}");
}

#[test]
fn outcomes_too_big_for_the_codes_say_on_screen_what_no_code_holds() {
    let mut s = Screen::new(200, 70);
    let (_, ops) = big_meeting(150, 10);
    let dir = s.dir.path().join("big");
    let mut opened = Store::create(&dir, common::SMALL, common::small_agenda()).expect("record");
    for op in ops {
        opened
            .store
            .commit(&mut opened.live, &Change::Do(op))
            .expect("saved");
    }
    let fitted = qr::outcomes(&opened.live.record, None, &Options::default())
        .expect("the meeting")
        .expect("fits");
    let left_out = fitted.left_out.clone().expect("some resolutions left out");
    s.app = App::new(opened.live, opened.store);
    s.keys("O");
    let screen = s.text();
    assert!(
        screen.contains(&format!("Not in these codes: {left_out}.")),
        "{screen}"
    );
    assert_eq!(decode(&s), fitted.parts[0].payload());
    // Too small a terminal says it as well.
    s.terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).expect("terminal");
    s.draw();
    assert!(
        s.text().contains("Not in these codes: resolutions"),
        "{}",
        s.text()
    );
}

#[test]
fn a_screen_tall_enough_draws_each_module_as_two_whole_cells_else_half_blocks() {
    let mut s = meeting();
    let first = qr::outcomes(&s.app.live.record, None, &Options::default())
        .expect("the meeting")
        .expect("fits")
        .parts
        .remove(0)
        .payload();
    // A code of version 10 at most is at most 65 modules a side with its quiet zone: at most
    // 130x65 cells whole, 65x33 in half blocks, under a title and over the help line.
    for (height, drawn) in [(80, Drawn::Whole), (50, Drawn::Half)] {
        s.terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(200, height))
            .expect("terminal");
        s.keys("O");
        assert_eq!(drawn_code(&s).0, drawn, "at 200x{height}");
        assert_eq!(decode(&s), first, "at 200x{height}");
        s.keys("<Esc>");
    }
}
