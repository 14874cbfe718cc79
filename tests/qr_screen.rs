//! The QR screen of the meeting screen: every code it draws decodes (with rqrr, from the
//! terminal cells turned back into a bitmap) to the parts of the outcome summary, a summary
//! too big for the codes says what no code holds, and a terminal too small for a scannable
//! code gets a sentence instead of a code.

mod big_meeting;
mod common;
mod outcomes;

use big_meeting::big_meeting;
use common::screen::Screen;
use outcomes::decode_half_blocks;
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

/// The code drawn on screen, as its half-block lines: the rows whose cells are only blocks
/// and spaces, between the title and the help line.
fn drawn_code(s: &Screen) -> Vec<String> {
    let buffer = s.terminal.backend().buffer();
    let rows: Vec<String> = (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect();
    let is_code = |row: &String| {
        row.chars().any(|c| "▀▄█".contains(c)) && row.chars().all(|c| " ▀▄█".contains(c))
    };
    let start = rows.iter().position(is_code).expect("a code on screen");
    let end = rows[start..]
        .iter()
        .position(|r| !is_code(r))
        .map_or(rows.len(), |n| start + n);
    // The code's columns: from the first to the last column that is not blank in any row,
    // widened by the quiet zone, which is drawn as spaces.
    let code: Vec<Vec<char>> = rows[start..end]
        .iter()
        .map(|r| r.chars().collect())
        .collect();
    let left = code
        .iter()
        .filter_map(|r| r.iter().position(|&c| c != ' '))
        .min()
        .unwrap_or(0);
    let right = code
        .iter()
        .filter_map(|r| r.iter().rposition(|&c| c != ' '))
        .max()
        .unwrap_or(0);
    let zone = qr::QUIET_ZONE;
    code.iter()
        .map(|r| {
            r[left.saturating_sub(zone)..=(right + zone).min(r.len() - 1)]
                .iter()
                .collect()
        })
        .collect()
}

/// Decodes the code on screen.
fn decode(s: &Screen) -> String {
    let lines = drawn_code(s);
    decode_half_blocks(&lines.iter().map(String::as_str).collect::<Vec<_>>(), false)
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
