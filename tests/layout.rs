//! The layout of the meeting screen, without a record or a terminal: the areas at the sizes
//! plenary runs at (a laptop, a large terminal, a projector) and at sizes too small to use,
//! what a click lands on, which rows of a list are in view.

use plenary::tui::layout::{
    Areas, CARD_EXTRA_ROWS, CARD_ROWS, COLUMN_HEAD_ROWS, OutlineRows, Scene, Target, board_columns,
    card_areas, card_at, card_text, editor_area, hit, notes_split, preview_rows, scroll_offset,
    tab_at,
};
use plenary::tui::state::Tab;
use ratatui::layout::{Position, Rect};

fn screen(width: u16, height: u16) -> Rect {
    Rect::new(0, 0, width, height)
}

/// A scene on `tab` with nothing in it.
fn empty(tab: Tab) -> Scene {
    Scene {
        tab,
        editor_open: false,
        sessions: (0, 0),
        days: (0, 0),
        notes: (0, 0),
        selected_note: String::new(),
        proposals: (0, None),
        resolutions: 0,
        columns: vec![Vec::new()],
        focus: (0, 0),
    }
}

#[test]
fn the_areas_tile_the_screen_at_every_size_plenary_runs_at() {
    for (width, height, outline) in [(80, 24, 28), (120, 40, 38), (200, 50, 38), (59, 20, 0)] {
        let a = Areas::new(screen(width, height));
        assert_eq!(a.header, Rect::new(0, 0, width, 2), "{width}x{height}");
        assert_eq!(
            a.footer,
            Rect::new(0, height - 1, width, 1),
            "{width}x{height}"
        );
        assert_eq!(
            a.outline,
            Rect::new(0, 2, outline, height - 3),
            "{width}x{height}"
        );
        assert_eq!(
            a.tabs,
            Rect::new(outline, 2, width - outline, 1),
            "{width}x{height}"
        );
        assert_eq!(
            a.body,
            Rect::new(outline, 3, width - outline, height - 4),
            "{width}x{height}"
        );
    }
}

#[test]
fn tiny_screens_get_empty_areas_not_a_panic() {
    for (width, height) in [(0, 0), (1, 1), (10, 3), (3, 10), (80, 2)] {
        let a = Areas::new(screen(width, height));
        for area in [a.header, a.outline, a.tabs, a.body, a.footer] {
            assert!(
                area.right() <= width && area.bottom() <= height,
                "{width}x{height}"
            );
        }
        let editor = editor_area(a.body);
        assert!(editor.height <= a.body.height, "{width}x{height}");
        let (list, preview) = notes_split(a.body, true, 0, 0);
        assert!(
            list.height <= a.body.height && preview.is_none(),
            "{width}x{height}"
        );
        assert!(board_columns(a.body, 13, 12).len() <= 13);
        let scene = empty(Tab::Board);
        for (x, y) in [(0, 0), (width / 2, height / 2)] {
            // Whatever is hit, hitting does not fail.
            let _ = hit(screen(width, height), &scene, Position::new(x, y));
        }
    }
}

#[test]
fn the_editor_takes_the_bottom_of_the_body_and_the_notes_list_what_is_left() {
    let body = Areas::new(screen(120, 40)).body;
    let editor = editor_area(body);
    assert_eq!(editor.bottom(), body.bottom());
    assert_eq!(editor.height, 10, "at most ten rows");
    let (list, preview) = notes_split(body, true, 0, 0);
    let preview = preview.expect("room for a preview");
    assert_eq!(list.y, body.y);
    assert_eq!(preview.bottom(), editor.y, "the preview sits on the editor");
    let (list_alone, _) = notes_split(body, false, 0, 0);
    assert_eq!(list_alone.height, list.height + editor.height);
}

#[test]
fn the_preview_grows_with_its_note_and_the_list_keeps_its_rows() {
    let body = Areas::new(screen(80, 24)).body; // 20 rows
    assert_eq!(body.height, 20);
    let preview = |notes, wanted| notes_split(body, false, notes, wanted).1.map(|p| p.height);
    assert_eq!(preview(5, 2), Some(4), "never fewer than four rows");
    assert_eq!(
        preview(5, 12),
        Some(12),
        "a long note under five notes is whole"
    );
    assert_eq!(
        preview(5, 15),
        Some(15),
        "the five notes keep their five rows"
    );
    assert_eq!(preview(5, 16), Some(15));
    assert_eq!(preview(1, 30), Some(17), "the list keeps three rows");
    assert_eq!(preview(50, 30), Some(10), "many notes keep half the body");
    let (list, p) = notes_split(body, false, 50, 30);
    assert_eq!(list.height + p.map_or(0, |p| p.height), body.height);
    // A click below the list lands on no note, wherever the preview starts.
    let size = screen(80, 24);
    let scene = Scene {
        notes: (5, 4),
        selected_note: "word ".repeat(100),
        ..empty(Tab::Notes)
    };
    let row = |r: u16| Position::new(body.x + 2, body.y + r);
    assert_eq!(hit(size, &scene, row(4)), Target::Note(4));
    assert_eq!(hit(size, &scene, row(5)), Target::Nothing, "the preview");
    // The rows a preview wants: its title, then its lines wrapped, empty ones kept.
    assert_eq!(preview_rows("", 40), 1, "the title alone");
    assert_eq!(preview_rows("one line", 40), 2);
    assert_eq!(preview_rows("one\n\nthree", 40), 4);
    assert_eq!(
        preview_rows(&"word ".repeat(16), 40),
        3,
        "80 columns wrap in two"
    );
}

#[test]
fn each_tab_title_answers_to_a_click_and_the_gaps_between_do_not() {
    let tabs = Areas::new(screen(80, 24)).tabs;
    let mut x = tabs.x;
    for tab in Tab::ALL {
        let width = tab.title().chars().count() as u16 + 2;
        assert_eq!(tab_at(tabs, x), Some(tab));
        assert_eq!(tab_at(tabs, x + width - 1), Some(tab));
        assert_eq!(
            tab_at(tabs, x + width),
            None,
            "the gap after {}",
            tab.title()
        );
        let scene = empty(Tab::Notes);
        assert_eq!(
            hit(screen(80, 24), &scene, Position::new(x + 1, tabs.y)),
            Target::Tab(tab)
        );
        x += width + 1;
    }
    assert_eq!(tab_at(tabs, x + 20), None);
}

#[test]
fn board_columns_split_the_body_and_scroll_to_the_focused_one() {
    let body = Areas::new(screen(200, 50)).body;
    // 162 columns of body fit six columns of at least 24.
    let shown = board_columns(body, 13, 0);
    assert_eq!(shown.len(), 6);
    assert_eq!(shown[0].index, 0);
    assert_eq!(shown[0].rect.x, body.x);
    assert_eq!(
        shown[5].rect.right(),
        body.right(),
        "the last column takes the rest"
    );
    let focused = board_columns(body, 13, 9);
    assert_eq!(
        focused.iter().map(|c| c.index).collect::<Vec<_>>(),
        [4, 5, 6, 7, 8, 9],
        "the focused column is the last one shown"
    );
    let end = board_columns(body, 13, 12);
    assert_eq!(end.last().map(|c| c.index), Some(12));
    assert_eq!(board_columns(body, 2, 1).len(), 2, "fewer columns than fit");
    assert!(board_columns(body, 0, 0).is_empty());
}

#[test]
fn a_click_on_the_board_lands_on_the_card_drawn_there() {
    let size = screen(120, 40);
    let body = Areas::new(size).body;
    // Cards of three lines each, so each takes CARD_ROWS: 82 columns of body make three
    // columns of 27, 27 and 28, and three lines of five words fill a card's 25 columns.
    let three_lines = "word ".repeat(15).trim().to_owned();
    let counts: Vec<Vec<String>> = [3, 40, 0]
        .into_iter()
        .map(|n| vec![three_lines.clone(); n])
        .collect();
    let card_y = |card: u16| body.y + COLUMN_HEAD_ROWS + card * CARD_ROWS;
    let at = |x: u16, y: u16| card_at(body, &counts, (0, 0), Position::new(x, y));
    assert_eq!(at(body.x, body.y), Some((0, None)), "the column's title");
    assert_eq!(at(body.x + 1, card_y(0)), Some((0, Some(0))));
    assert_eq!(
        at(body.x + 1, card_y(2) + 2),
        Some((0, Some(2))),
        "a card's gap"
    );
    assert_eq!(
        at(body.x + 1, card_y(3)),
        Some((0, None)),
        "under the last card"
    );
    assert_eq!(at(body.x + 27, card_y(1)), Some((1, Some(1))));
    assert_eq!(
        at(body.x + 60, card_y(0)),
        Some((2, None)),
        "an empty column"
    );
    // The focused column scrolls: with card 30 focused, the column starts further down.
    let room = usize::from((body.height - COLUMN_HEAD_ROWS) / CARD_ROWS);
    let scrolled = card_at(
        body,
        &counts,
        (1, 30),
        Position::new(body.x + 27, card_y(0)),
    );
    assert_eq!(scrolled, Some((1, Some(30 + 1 - room))));
    let scene = Scene {
        columns: counts.clone(),
        ..empty(Tab::Board)
    };
    assert_eq!(
        hit(size, &scene, Position::new(body.x + 28, card_y(1) + 1)),
        Target::Card(1, Some(1))
    );
}

#[test]
fn clicks_on_lists_land_on_the_row_drawn_there() {
    let size = screen(80, 24);
    let areas = Areas::new(size);
    let body = areas.body;
    let row = |r: u16| Position::new(body.x + 2, body.y + r);
    let notes = Scene {
        notes: (50, 49),
        ..empty(Tab::Notes)
    };
    // 20 rows of body: 16 rows of list, the newest note selected at the bottom.
    let (list, _) = notes_split(body, false, 0, 0);
    assert_eq!(list.height, 16);
    assert_eq!(hit(size, &notes, row(0)), Target::Note(34));
    assert_eq!(hit(size, &notes, row(15)), Target::Note(49));
    assert_eq!(hit(size, &notes, row(16)), Target::Nothing, "the preview");
    let proposals = Scene {
        proposals: (2, None),
        ..empty(Tab::Proposals)
    };
    assert_eq!(hit(size, &proposals, row(0)), Target::Nothing, "the header");
    assert_eq!(hit(size, &proposals, row(2)), Target::Proposal(1));
    assert_eq!(hit(size, &proposals, row(3)), Target::Nothing);
    // The session's own two proposals, the row that sets the others apart, then one more.
    let apart = Scene {
        proposals: (3, Some(2)),
        ..empty(Tab::Proposals)
    };
    assert_eq!(hit(size, &apart, row(2)), Target::Proposal(1));
    assert_eq!(
        hit(size, &apart, row(3)),
        Target::Nothing,
        "the row between"
    );
    assert_eq!(hit(size, &apart, row(4)), Target::Proposal(2));
    assert_eq!(hit(size, &apart, row(5)), Target::Nothing);
    let resolutions = Scene {
        resolutions: 1,
        ..empty(Tab::Resolutions)
    };
    assert_eq!(hit(size, &resolutions, row(0)), Target::Resolution(0));
    assert_eq!(hit(size, &resolutions, row(1)), Target::Nothing);
    assert_eq!(hit(size, &empty(Tab::Speakers), row(0)), Target::Nothing);
    // The outline: the day's title, then its sessions.
    let outline = Scene {
        sessions: (3, 0),
        ..empty(Tab::Notes)
    };
    let o = areas.outline;
    assert_eq!(hit(size, &outline, Position::new(1, o.y)), Target::Nothing);
    assert_eq!(
        hit(size, &outline, Position::new(1, o.y + 1)),
        Target::Session(0)
    );
    assert_eq!(
        hit(size, &outline, Position::new(1, o.y + 3)),
        Target::Session(2)
    );
    assert_eq!(
        hit(size, &outline, Position::new(1, o.y + 4)),
        Target::Nothing
    );
    assert_eq!(
        hit(size, &outline, Position::new(1, 0)),
        Target::Nothing,
        "the header"
    );
}

#[test]
fn the_outline_folds_the_other_days_around_the_current_one() {
    // Two days before: their rows, then the day's title, then the sessions.
    assert_eq!(
        OutlineRows::new(20, (2, 1), 5),
        OutlineRows {
            head: 3,
            sessions: 5
        }
    );
    // Exactly full: five sessions and the day after fill the twelve rows.
    assert_eq!(OutlineRows::new(9, (2, 1), 5).sessions, 5);
    // One row short: the sessions scroll before the day after is left out...
    assert_eq!(OutlineRows::new(8, (2, 1), 5).sessions, 4);
    // ...but keep a window of three, whatever the days after want.
    assert_eq!(OutlineRows::new(8, (2, 9), 5).sessions, 3);
    assert_eq!(OutlineRows::new(8, (2, 9), 2).sessions, 2);
    // Too short for more than the head: no session rows, never more rows than there are.
    assert_eq!(
        OutlineRows::new(2, (4, 0), 5),
        OutlineRows {
            head: 2,
            sessions: 0
        }
    );
    assert_eq!(OutlineRows::new(5, (1, 0), 5).sessions, 3);

    // A click lands on the session drawn under the folded days, and a folded day is no session.
    let size = screen(80, 24);
    let o = Areas::new(size).outline;
    let scene = Scene {
        sessions: (3, 0),
        days: (2, 1),
        ..empty(Tab::Notes)
    };
    let at = |row: u16| hit(size, &scene, Position::new(1, o.y + row));
    assert_eq!(at(0), Target::Nothing, "day 1, folded");
    assert_eq!(at(2), Target::Nothing, "the current day's title");
    assert_eq!(at(3), Target::Session(0));
    assert_eq!(at(5), Target::Session(2));
    assert_eq!(at(6), Target::Nothing, "the day after, folded");
}

#[test]
fn row_windows_at_the_edges() {
    // The window stays at the top until the selection would leave it...
    assert_eq!(scroll_offset(0, 100, 10), 0);
    assert_eq!(scroll_offset(9, 100, 10), 0);
    assert_eq!(scroll_offset(10, 100, 10), 1);
    // ...ends with the last row at the bottom...
    assert_eq!(scroll_offset(99, 100, 10), 90);
    // ...even past the end (the newest note is selected as usize::MAX).
    assert_eq!(scroll_offset(usize::MAX, 100, 10), 90);
    // A list that fits, an empty list, or no room: no scrolling.
    assert_eq!(scroll_offset(5, 10, 10), 0);
    assert_eq!(scroll_offset(5, 0, 10), 0);
    assert_eq!(scroll_offset(5, 100, 0), 0);
    assert_eq!(scroll_offset(5, 100, 1), 5);
}

#[test]
fn a_card_is_as_high_as_its_text_and_the_focused_one_shows_it_whole() {
    let body = Areas::new(screen(120, 40)).body;
    let long = "word ".repeat(40).trim().to_owned();
    let texts = vec![
        "exchange visits".to_owned(),
        "run webinars on the Corporate Capture Project".to_owned(),
        long.clone(),
        "map campaigns".to_owned(),
    ];
    // Three columns of 27: a card's text has 25 of them.
    let column = board_columns(body, 3, 0)[0].rect;
    let heights = |focused| -> Vec<u16> {
        card_areas(column, &texts, 0, focused)
            .iter()
            .map(|c| c.rect.height)
            .collect()
    };
    // Text lines and the owner's row: one line, two, three at most out of focus.
    assert_eq!(heights(None), [2, 3, 4, 2]);
    let whole = card_text(&long, column, true).len() as u16;
    assert!(
        whole > 3,
        "the long card needs more than three lines: {whole}"
    );
    assert_eq!(
        heights(Some(2)),
        [2, 3, whole + 1, 2],
        "in focus it is whole"
    );
    assert!(
        card_text(&long, column, true)
            .last()
            .is_some_and(|l| !l.ends_with('…')),
        "nothing of the focused card is cut"
    );
    // Clicks land where the cards are drawn, gaps included, focused or not.
    let columns = vec![texts.clone(), Vec::new(), Vec::new()];
    let top = body.y + COLUMN_HEAD_ROWS;
    for focus in [(0, 0), (0, 2)] {
        let areas = card_areas(column, &texts, 0, Some(focus.1));
        for area in &areas {
            for y in area.rect.y..area.rect.y + area.rect.height + 1 {
                assert_eq!(
                    card_at(body, &columns, focus, Position::new(body.x + 3, y)),
                    Some((0, Some(area.index))),
                    "row {y} with {focus:?}"
                );
            }
        }
        let below = areas.last().map_or(top, |a| a.rect.y + a.rect.height + 1);
        assert_eq!(
            card_at(body, &columns, focus, Position::new(body.x + 3, below)),
            Some((0, None))
        );
    }
    // The second card starts right under the first, short, one.
    assert_eq!(
        card_areas(column, &texts, 0, None)[1].rect.y,
        top + 2 + CARD_EXTRA_ROWS - 1
    );
}
