//! The wall and a finished meeting: the bundled Durban record opens on its close, not on a
//! timer, and the projector's board shows every column at a projector's size.

mod common;

use common::screen::Screen;
use plenary::store::Store;
use plenary::tui::app::App;

/// A meeting screen over a copy of the bundled Durban record, at `width` x `height`.
fn durban(width: u16, height: u16) -> Screen {
    let mut s = Screen::new(width, height);
    let copy = s.dir.path().join("durban");
    std::fs::create_dir(&copy).expect("a folder");
    for file in ["agenda.ron", "journal"] {
        std::fs::copy(
            std::path::Path::new("sessions/durban-2018").join(file),
            copy.join(file),
        )
        .expect("copy the example record");
    }
    let opened = Store::open(&copy).expect("the example record opens");
    s.app = App::new(opened.live, opened.store);
    s
}

#[test]
fn a_finished_meeting_opens_on_its_close_and_any_key_leaves_it() {
    let mut s = durban(120, 40);
    let screen = s.text();
    assert!(screen.contains("The meeting is over"), "{screen}");
    assert!(screen.contains("ADOPTED"), "{screen}");
    assert!(screen.contains("SELECTED"), "{screen}");
    assert!(!screen.contains("min late"), "{screen}");
    assert!(!screen.contains("0:00 / 90:00"), "{screen}");
    s.keys("x");
    let screen = s.text();
    assert!(!screen.contains("The meeting is over"), "{screen}");
    assert!(screen.contains("Closing and next steps"), "{screen}");
    assert!(screen.contains("held on 25 Jul 2018"), "{screen}");
    assert!(!screen.contains("min late"), "{screen}");
}

#[test]
fn the_wall_shows_every_column_of_the_board_at_a_projector_size() {
    for (width, height) in [(100, 30), (200, 50)] {
        let mut s = durban(width, height);
        s.keys("xBsMonitoring and learning<Enter>W");
        let screen = s.text();
        for column in ["Unsorted", "Capacity-building", "Mobilising", "Monitoring"] {
            assert!(
                screen.contains(column),
                "{column} at {width}x{height}:\n{screen}"
            );
        }
        assert!(
            screen.contains("Lucía Ferreyra"),
            "owners by name:\n{screen}"
        );
        assert!(!screen.contains("more ▶"), "no column left out:\n{screen}");
    }
}
