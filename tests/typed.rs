//! Input taken as typed (issue 13): a pasted block files each line where it belongs, a prompt
//! with a mistake stays open with its text, parking's suggested wording is replaced by what is
//! typed, and the speaker carries over from note to note. Each through the real key path: a
//! record on disk, keys and pastes, the record out.

mod common;

use chrono::NaiveDate;
use common::screen::Screen;
use plenary::core::record::{Count, Decision, Method, NoteKind};
use plenary::tui::overlay::Overlay;
use ratatui::crossterm::event::Event;

const SURVEY: &str = "action: Ana to circulate the survey results by 2018-08-10";

/// The answer in the open prompt, or None when no prompt is open.
fn prompt_text(s: &Screen) -> Option<String> {
    match &s.app.ui.overlay {
        Some(Overlay::Prompt(p)) => Some(p.answer()),
        _ => None,
    }
}

#[test]
fn a_pasted_block_files_each_prefixed_line_and_one_undo_takes_it_back() {
    for brk in ["\r", "\n", "\r\n"] {
        let mut s = Screen::new(120, 40);
        s.keys("n");
        s.event(Event::Paste(format!(
            "first line of the paste{brk}second line{brk}{SURVEY}"
        )));
        s.keys("<Enter>");
        let r = s.reloaded();
        let notes: Vec<&str> = r.notes.iter().map(|n| n.text.as_str()).collect();
        assert_eq!(notes, ["first line of the paste\nsecond line"], "{brk:?}");
        assert_eq!(r.actions.len(), 1, "{brk:?}: the action on line 3 is filed");
        assert_eq!(r.actions[0].owner.as_deref(), Some("ana"));
        assert_eq!(r.actions[0].due, NaiveDate::from_ymd_opt(2018, 8, 10));
        assert_eq!(r.unsorted, vec![r.actions[0].id]);
        assert!(
            s.text().contains("action filed on the board for Ana"),
            "the footer names every item filed:\n{}",
            s.text()
        );
        // One undo takes back the whole paste, one redo puts it back.
        s.keys("<Esc>u");
        let r = s.reloaded();
        assert!(r.notes.is_empty() && r.actions.is_empty(), "{brk:?}");
        s.keys("<C-r>");
        let r = s.reloaded();
        assert_eq!((r.notes.len(), r.actions.len()), (1, 1), "{brk:?}");
    }
}

#[test]
fn a_block_pasted_on_the_screen_files_its_lines_too() {
    let mut s = Screen::new(80, 24);
    s.event(Event::Paste(format!(
        "key: data from communities\rq: who coordinates?\r{SURVEY}\rproposal: a pilot"
    )));
    s.keys("<Enter><Esc>");
    let r = s.reloaded();
    let notes: Vec<(NoteKind, &str)> = r.notes.iter().map(|n| (n.kind, n.text.as_str())).collect();
    assert_eq!(
        notes,
        [
            (NoteKind::KeyPoint, "data from communities"),
            (NoteKind::Question, "who coordinates?"),
        ]
    );
    assert_eq!(r.actions.len(), 1);
    assert_eq!(
        r.proposals.last().map(|p| p.title.as_str()),
        Some("a pilot")
    );
}

#[test]
fn a_vote_with_a_typo_keeps_the_prompt_open_with_the_text() {
    let mut s = Screen::new(80, 24);
    s.keys("Racreate an Action Group<Enter>");
    s.keys("v24 three<Enter>");
    assert_eq!(prompt_text(&s).as_deref(), Some("24 three"), "still open");
    assert!(s.text().contains("type the counts"), "{}", s.text());
    // The next keys edit the answer; Space does not start the session.
    s.keys("<BS><BS><BS><BS><BS>3 2<Enter>");
    assert_eq!(prompt_text(&s), None);
    let r = s.reloaded();
    assert_eq!(
        r.resolutions[0].method,
        Method::Vote {
            for_: Some(Count::Exact(24)),
            against: Some(Count::Exact(3)),
            abstain: Some(Count::Exact(2))
        }
    );
    assert_eq!(r.run("open").started, None, "Space went into the prompt");
}

/// A journal on a disk that is always full.
#[derive(Debug)]
struct FullDisk(Box<dyn plenary::store::JournalFile>);

impl plenary::store::JournalFile for FullDisk {
    fn append(&mut self, _: &[u8]) -> std::io::Result<()> {
        Err(std::io::Error::from_raw_os_error(28))
    }

    fn sync(&mut self) -> std::io::Result<()> {
        self.0.sync()
    }

    fn truncate(&mut self, len: u64) -> std::io::Result<()> {
        self.0.truncate(len)
    }
}

#[test]
fn a_copy_into_a_folder_that_exists_keeps_the_prompt_open() {
    let mut s = Screen::new(100, 30);
    if let Some(store) = s.app.store.as_mut() {
        store.wrap_journal(|inner| Box::new(FullDisk(inner)));
    }
    s.keys("nWritten while the disk is full<Enter><Esc>");
    let taken = s.dir.path().join("taken");
    std::fs::create_dir(&taken).expect("a folder");
    s.keys("qc<C-u>")
        .keys(&taken.display().to_string())
        .keys("<Enter>");
    assert_eq!(
        prompt_text(&s),
        Some(taken.display().to_string()),
        "still open with the folder typed"
    );
    assert!(s.text().contains("no copy:"), "{}", s.text());
    s.keys("-2<Enter>");
    assert_eq!(prompt_text(&s), None);
    assert!(s.text().contains("a copy of the whole record is in"));
    let copy = s.dir.path().join("taken-2");
    assert!(plenary::store::load(&copy).is_ok(), "the copy loads");
    // An empty answer closes a prompt that needs one, as before.
    s.keys("<Esc>Pa<Enter>");
    assert_eq!(prompt_text(&s), None);
}

#[test]
fn typing_after_park_replaces_the_suggested_wording() {
    let mut s = Screen::new(80, 24);
    // Added in the session on screen, the third is its own and listed first: the matrix reads
    // third, then (below a line) the agenda's first and second.
    s.keys("Pathird proposal<Enter>kkkj");
    s.keys("pjoins the land campaign<Enter>");
    let r = s.reloaded();
    assert_eq!(
        r.proposals[0].decision,
        Decision::Parked("joins the land campaign".into())
    );
    // Enter keeps the suggestion; an arrow keeps it to amend.
    s.keys("jp<Enter>kkp<Right> in Durban<Enter>");
    let r = s.reloaded();
    assert_eq!(
        r.proposals[1].decision,
        Decision::Parked("continues as existing work".into())
    );
    assert_eq!(
        r.proposals[2].decision,
        Decision::Parked("continues as existing work in Durban".into())
    );
}

#[test]
fn the_speaker_carries_over_until_changed() {
    let mut s = Screen::new(80, 24);
    s.keys("n<Tab>be<Enter>first<Enter>second<Enter><Esc>");
    s.keys("nthird<Enter><Esc>");
    let speakers = |s: &Screen| -> Vec<Option<String>> {
        s.reloaded()
            .notes
            .iter()
            .map(|n| n.speaker.clone())
            .collect()
    };
    assert_eq!(speakers(&s), vec![Some("ben".to_owned()); 3]);
    // A quote names who is quoted; the speaker picked stays for the notes around it, and a
    // new editor after a quote starts with the speaker before it.
    s.keys("n\"Land is life\" — Ana<Enter>after the quote<Enter>\"Umhlaba\" — Ana<Enter><Esc>");
    s.keys("nlater<Enter><Esc>");
    let (ana, ben) = (Some("ana".to_owned()), Some("ben".to_owned()));
    assert_eq!(
        speakers(&s)[3..],
        [ana.clone(), ben.clone(), ana.clone(), ben.clone()]
    );
    // Ana takes the floor: she is the speaker of the next notes.
    s.wait(1);
    s.keys("Qaana<Enter><Enter>N");
    s.wait(1);
    s.keys("nfrom the floor<Enter>and more<Enter><Esc>");
    assert_eq!(speakers(&s)[7..], [ana.clone(), ana]);
    // Cleared in the editor, nobody carries over, until the floor changes again.
    s.wait(1);
    s.keys("n<Tab><Enter>nobody<Enter>still nobody<Enter><Esc>");
    assert_eq!(speakers(&s)[9..], [None, None]);
}

/// The footer's message line.
fn footer(s: &mut Screen) -> String {
    s.text().lines().last().unwrap_or_default().to_owned()
}

#[test]
fn every_change_says_what_changed_and_undo_says_what_it_took_back() {
    let mut s = Screen::new(100, 30);
    s.keys("S");
    assert!(
        footer(&mut s).contains("skipped Opening — u undoes"),
        "{}",
        footer(&mut s)
    );
    s.keys("u");
    assert!(
        footer(&mut s).contains("undone: skipped Opening — Ctrl-R redoes"),
        "{}",
        footer(&mut s)
    );
    s.keys("<C-r>");
    assert!(footer(&mut s).contains("redone: skipped Opening"));
    s.keys("u<Space>E");
    assert!(footer(&mut s).contains("ended Opening — u undoes"));

    // A card moved on the board, then u from the Notes tab names the move it takes back.
    s.keys("naction: map campaigns<Enter><Esc>BsLand<Enter>hL");
    assert!(
        footer(&mut s).contains("moved the card “map campaigns” to Land — u undoes"),
        "{}",
        footer(&mut s)
    );
    s.keys("Nu");
    assert!(
        footer(&mut s).contains("undone: moved the card “map campaigns” to Land"),
        "{}",
        footer(&mut s)
    );
    assert_eq!(
        s.reloaded().unsorted.len(),
        1,
        "the card is back in Unsorted"
    );

    // A pasted block is one change, and undo names what was in it.
    s.keys("n");
    s.event(Event::Paste(format!("a thought\r{SURVEY}")));
    s.keys("<Enter><Esc>u");
    assert!(
        footer(&mut s).contains("undone: note “a thought” saved, card “circulate the survey"),
        "{}",
        footer(&mut s)
    );
}

#[test]
fn a_filter_in_force_is_shown_where_it_applies_and_an_empty_result_says_so() {
    let mut s = Screen::new(100, 30);
    s.keys("nthe survey results<Enter>another thought<Enter><Esc>/survey<Enter>");
    assert!(
        footer(&mut s).contains("/survey · Esc clears"),
        "{}",
        footer(&mut s)
    );
    assert!(!s.text().contains("another thought"));
    s.keys("B");
    assert!(
        footer(&mut s).contains("/survey · Esc clears"),
        "the board dims too"
    );
    s.keys("P");
    assert!(
        !footer(&mut s).contains("/survey"),
        "proposals are not filtered"
    );
    s.keys("N/nothing like it<Enter>");
    let screen = s.text();
    assert!(
        screen.contains("Nothing matches /nothing like it."),
        "{screen}"
    );
    assert!(!screen.contains("No notes in this session yet"), "{screen}");
    s.keys("<Esc>");
    assert!(s.text().contains("another thought"));
    assert!(!footer(&mut s).contains("/nothing"));
}

#[test]
fn under_progressive_ordering_the_queue_shows_who_speaks_next_first() {
    let mut s = Screen::new(100, 30);
    // Ana speaks two minutes; then Ana and Ben raise hands, Ana first.
    s.keys("Qaana<Enter><Enter>");
    s.wait(2);
    s.keys("saana<Enter>aben<Enter>o");
    let screen = s.text();
    let (ben, ana) = (screen.find("1. Ben"), screen.find("2. Ana"));
    assert!(ben.is_some() && ana.is_some(), "{screen}");
    // The first row is the one lowered: Ben, who was shown first.
    s.keys("x");
    assert_eq!(s.reloaded().speakers.queue, ["ana"]);
    // The order hands went up again, with progressive ordering off.
    s.keys("oaben<Enter>");
    let screen = s.text();
    assert!(
        screen.contains("1. Ana") && screen.contains("2. Ben"),
        "{screen}"
    );
}

/// How many cells of the screen are drawn reversed.
fn reversed_cells(s: &mut Screen) -> usize {
    s.draw();
    s.terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .filter(|c| c.modifier.contains(ratatui::style::Modifier::REVERSED))
        .count()
}

#[test]
fn a_session_past_its_time_says_by_how_much_and_the_projector_flashes() {
    let mut s = Screen::new(120, 40);
    s.keys("<Space>").wait(29);
    assert!(!s.text().contains("over"), "{}", s.text());
    s.wait(2);
    s.now += chrono::TimeDelta::seconds(22);
    let header = s.text().lines().nth(1).unwrap_or_default().to_owned();
    assert!(
        header.contains("31:22 / 30:00 +1:22 over  · day "),
        "{header}"
    );
    // The projector: the same words, and the timer reversed every other second.
    s.keys("W");
    assert!(s.text().contains("+1:22 over · day "), "{}", s.text());
    let even = reversed_cells(&mut s);
    s.now += chrono::TimeDelta::seconds(1);
    let odd = reversed_cells(&mut s);
    assert!(
        odd > even,
        "the timer flashes: {even} then {odd} reversed cells"
    );
    // Paused it still shows; ended it does not.
    s.keys("W<Space>");
    assert!(s.text().contains("+1:23 over"));
    s.keys("E");
    assert!(!s.text().lines().nth(1).unwrap_or_default().contains("over"));
}
