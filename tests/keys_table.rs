//! The command table against behaviour: in every context, every key of a broad set is pressed
//! on the real meeting screen (through `App::handle`, over a real record on disk), and every
//! key that changed anything must be in that context's help; every key help names must change
//! something there. The README's key table is checked against the table too.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::screen::Screen;
use plenary::core::history::Change;
use plenary::core::op::Op;
use plenary::store::Store;
use plenary::tui::app::App;
use plenary::tui::keymap::{Context, Key, help};
use plenary::tui::overlay::{Confirm, Overlay};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

const WIDTH: u16 = 100;
const HEIGHT: u16 = 40;

/// Every key a person might press, alone and with the modifiers terminals send.
fn key_set() -> Vec<KeyEvent> {
    let none = KeyModifiers::NONE;
    let mut keys: Vec<KeyEvent> = (' '..='~')
        .chain(['é', '集'])
        .map(|c| KeyEvent::new(KeyCode::Char(c), none))
        .collect();
    for code in [
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Backspace,
        KeyCode::Delete,
        KeyCode::Insert,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::F(1),
        KeyCode::F(2),
        KeyCode::F(5),
    ] {
        keys.push(KeyEvent::new(code, none));
    }
    for c in 'a'..='z' {
        keys.push(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
    }
    for c in ['x', 'n', 'q'] {
        keys.push(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT));
    }
    for modifiers in [
        KeyModifiers::ALT,
        KeyModifiers::SHIFT,
        KeyModifiers::CONTROL,
    ] {
        keys.push(KeyEvent::new(KeyCode::Enter, modifiers));
    }
    keys
}

/// A record with something in every view: notes, proposals, resolutions, cards in two
/// strategies, two hands up and outcomes enough for several QR codes. Made once, copied for
/// every key.
fn meeting(dir: &Path) {
    let mut s = Screen::new(WIDTH, HEIGHT);
    s.wait(10).keys("<Space>").wait(5);
    s.keys("nWelcome<Enter>key: a key point<Enter>q: a question?<Enter>");
    for line in [
        "Secretariat to share a primer on corporate capture by 2018-09-15",
        "Sipho to hold a training on documenting land grabs",
        "Sofía to coordinate la jornada de acción por la tierra",
        "share the survey results in العربية and 中文",
        "map every member's campaign against corporate capture this year",
    ] {
        s.keys(&format!("action: {line}<Enter>"));
    }
    s.keys("proposal: a third proposal<Enter>");
    s.keys("resolution: Create an Action Group to design the pilot<Enter>");
    s.keys("resolution: Share the survey with every member<Enter><Esc>");
    s.keys("Qaan<Enter>abe<Enter>");
    let store = s.app.store.as_mut().expect("a writer");
    let live = &mut s.app.live;
    for (index, name) in ["Educating members", "Campaigning"].into_iter().enumerate() {
        let id = live.record.fresh_id();
        let op = Op::AddStrategy {
            id,
            name: name.into(),
            index,
        };
        store.commit(live, &Change::Do(op)).expect("a strategy");
        for _ in 0..2 {
            let card = live.record.unsorted[0];
            let op = Op::MoveAction {
                id: card,
                strategy: Some(id),
                index: 0,
            };
            store.commit(live, &Change::Do(op)).expect("a card moved");
        }
    }
    // A session ahead and one behind, for the session keys.
    s.keys("]");
    drop(s.app);
    copy_dir(&s.dir.path().join("rec"), dir);
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for entry in std::fs::read_dir(from).expect("the record") {
        let entry = entry.expect("an entry");
        if entry.file_type().expect("a type").is_file() {
            std::fs::copy(entry.path(), to.join(entry.file_name())).expect("a copy");
        }
    }
}

/// A screen over a copy of the meeting, put in a state by `prepare`.
fn screen(record: &Path, prepare: &Prepare) -> Screen {
    let dir = scratch();
    copy_dir(record, &dir.path().join("rec"));
    let opened = Store::open(&dir.path().join("rec")).expect("the copy opens");
    let mut s = Screen {
        app: App::new(opened.live, opened.store),
        terminal: Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("terminal"),
        now: common::at(20),
        dir,
    };
    for event in common::keys(prepare.keys) {
        let size = s.size();
        s.app.handle(event, s.now, size);
    }
    if prepare.unsaved {
        s.app.ui.overlay = Some(Overlay::Confirm(Confirm::QuitUnsaved(1)));
    }
    // What the preparation said is not what the key under test does.
    s.app.ui.message = None;
    s
}

/// How a context is reached: keys from the meeting screen, or (for the question asked when
/// the disk fails, which a test cannot make happen through keys) the question set directly.
struct Prepare {
    keys: &'static str,
    unsaved: bool,
}

const fn by(keys: &'static str) -> Prepare {
    Prepare {
        keys,
        unsaved: false,
    }
}

/// Each context with the states it is tried in: a key counts as doing something if it does in
/// one of them (`h` cannot go further left from the first criterion).
fn contexts() -> Vec<(Context, Vec<Prepare>)> {
    let tab = |t: &'static [&'static str]| t.iter().map(|k| by(k)).collect::<Vec<_>>();
    vec![
        (Context::Notes, tab(&["N[", "N/e<Enter>", "NW"])),
        (Context::Proposals, tab(&["P", "Pjl", "P/e<Enter>"])),
        (Context::Resolutions, tab(&["R", "Rj", "R/e<Enter>"])),
        (Context::Board, tab(&["B", "Blj", "Bll", "B/e<Enter>"])),
        (Context::Speakers, tab(&["Q", "Qj", "Q/e<Enter>"])),
        (Context::Help, tab(&["?"])),
        (Context::Editor, tab(&["n", "ntext"])),
        (Context::Speaker, tab(&["n<Tab>", "n<Tab>a<Down>"])),
        (Context::Prompt, tab(&["A", "Aabc"])),
        (Context::Picker, tab(&["Pm", "Pm<Down>"])),
        (Context::PickerMany, tab(&["Rt", "Rt<Down>"])),
        (Context::PickerNames, tab(&["Qa", "Qa<Down>", "Qab"])),
        (Context::Confirm, tab(&["ntext<Esc>", "ntext<C-c>"])),
        (
            Context::ConfirmUnsaved,
            vec![Prepare {
                keys: "",
                unsaved: true,
            }],
        ),
        (Context::Qr, tab(&["O", "O<Right>"])),
    ]
}

/// Everything a key could change: the record with its history, the view state, what sits over
/// the screen, and the screen itself.
fn state(s: &mut Screen) -> String {
    let ui = &s.app.ui;
    let overlay = match &ui.overlay {
        None => String::new(),
        Some(Overlay::Help) => "help".into(),
        Some(Overlay::Editor(e)) => format!(
            "editor {:?} {:?} {:?} {:?} {:?} {} {:?} {:?}",
            e.note,
            e.kind,
            e.speaker,
            e.field,
            e.query,
            e.pick,
            e.text.lines(),
            e.text.cursor()
        ),
        Some(Overlay::Prompt(p)) => format!(
            "prompt {} {:?} {:?}",
            p.title,
            p.input.lines(),
            p.input.cursor()
        ),
        Some(Overlay::Picker(p)) => {
            format!(
                "picker {} {} {:?} {:?}",
                p.title, p.selected, p.ticked, p.query
            )
        }
        Some(Overlay::Confirm(c)) => c.question(),
    };
    let view = format!(
        "{:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {} {} {} {:?}",
        ui.tab,
        ui.notes,
        ui.matrix,
        ui.resolutions,
        ui.board,
        ui.filter,
        ui.speakers,
        ui.saved,
        ui.message,
        ui.quit,
        ui.projector,
        ui.theme,
        ui.qr,
    );
    let live = format!("{:?}", s.app.live);
    format!("{view}\n{overlay}\n{live}\n{}", s.text())
}

/// Whether help in `context` names `event`, by the table's own rule: a key of a row as it is,
/// (outside the tabs) with more modifiers held, a character for a row that takes text, or any
/// key for a row that takes every other key.
fn listed(context: Context, event: KeyEvent) -> bool {
    let modifiers = match event.code {
        KeyCode::Char(_) => event.modifiers - KeyModifiers::SHIFT,
        _ => event.modifiers,
    };
    let loose = !context.is_tab();
    let text = matches!(event.code, KeyCode::Char(_)) && !modifiers.contains(KeyModifiers::CONTROL);
    help(context)
        .iter()
        .flat_map(|r| r.keys.clone())
        .any(|key| match key {
            Key::Press(code, m) => {
                code == event.code && (m == modifiers || (loose && modifiers.contains(m)))
            }
            Key::Text => text,
            Key::Other => true,
        })
}

/// A key that stands for a row's key in a test: itself, or a letter for text and other keys.
fn example(key: Key) -> KeyEvent {
    match key {
        Key::Press(code, modifiers) => KeyEvent::new(code, modifiers),
        Key::Text | Key::Other => KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE),
    }
}

/// Whether pressing `key` changes anything in one of the prepared states of a context.
fn changes(record: &Path, prepares: &[Prepare], key: KeyEvent) -> bool {
    prepares.iter().any(|prepare| {
        let mut s = screen(record, prepare);
        let before = state(&mut s);
        let size = s.size();
        s.app.handle(Event::Key(key), s.now, size);
        state(&mut s) != before
    })
}

/// A folder for a copy of the record: in memory where there is one, since thousands of
/// copies are opened and durability is not what is tested here.
fn scratch() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir()
        && let Ok(dir) = tempfile::tempdir_in(shm)
    {
        return dir;
    }
    tempfile::tempdir().expect("temp dir")
}

/// Keys help names that change nothing in some context, on purpose: showing the tab you are
/// on.
const ALREADY_THERE: &[(Context, char)] = &[
    (Context::Notes, 'N'),
    (Context::Proposals, 'P'),
    (Context::Resolutions, 'R'),
    (Context::Board, 'B'),
    (Context::Speakers, 'Q'),
];

/// In each of `wanted`, every key that does something is in help and every key in help does
/// something.
fn keys_match_help(wanted: &[Context]) {
    let dir = tempfile::tempdir().expect("temp dir");
    let record = dir.path().join("meeting");
    meeting(&record);
    let mut missing = BTreeSet::new();
    let mut idle = BTreeSet::new();
    let all = contexts();
    assert!(wanted.iter().all(|w| all.iter().any(|(c, _)| c == w)));
    for (context, prepares) in all.into_iter().filter(|(c, _)| wanted.contains(c)) {
        // A key help names is tried until it does something; any other key in every state.
        for key in key_set() {
            if !listed(context, key) && changes(&record, &prepares, key) {
                missing.insert(format!("{context:?}: {key:?}"));
            }
        }
        for row in help(context) {
            for key in row.keys.iter().map(|k| example(*k)) {
                let already_there = ALREADY_THERE
                    .iter()
                    .any(|&(c, k)| c == context && key.code == KeyCode::Char(k));
                if !already_there && !changes(&record, &prepares, key) {
                    idle.insert(format!("{context:?}: {} ({})", row.label, row.binding.name));
                }
            }
        }
    }
    assert!(
        missing.is_empty() && idle.is_empty(),
        "handled but not in help: {missing:#?}\nin help but doing nothing: {idle:#?}"
    );
}

// One test a few contexts, so the harness runs them side by side.

#[test]
fn the_keys_of_notes_proposals_and_resolutions_are_their_help() {
    keys_match_help(&[Context::Notes, Context::Proposals, Context::Resolutions]);
}

#[test]
fn the_keys_of_the_board_and_the_speakers_are_their_help() {
    keys_match_help(&[Context::Board, Context::Speakers]);
}

#[test]
fn the_keys_of_help_the_editor_and_prompts_are_their_help() {
    keys_match_help(&[
        Context::Help,
        Context::Editor,
        Context::Speaker,
        Context::Prompt,
    ]);
}

#[test]
fn the_keys_of_pickers_are_their_help() {
    keys_match_help(&[Context::Picker, Context::PickerMany, Context::PickerNames]);
}

#[test]
fn the_keys_of_questions_and_the_qr_screen_are_their_help() {
    keys_match_help(&[Context::Confirm, Context::ConfirmUnsaved, Context::Qr]);
}

#[test]
fn the_help_overlay_shows_every_row_of_its_tab() {
    let dir = tempfile::tempdir().expect("temp dir");
    let record = dir.path().join("meeting");
    meeting(&record);
    for (context, tab) in [
        (Context::Notes, "N"),
        (Context::Proposals, "P"),
        (Context::Resolutions, "R"),
        (Context::Board, "B"),
        (Context::Speakers, "Q"),
    ] {
        let mut s = screen(&record, &by(tab));
        s.keys("?");
        let text = s.text();
        let rows = help(context);
        // Columns of names pad every key to the widest key of the tab.
        let keys = rows
            .iter()
            .map(|row| row.label.chars().count())
            .max()
            .unwrap_or(0)
            .min(8);
        for row in rows {
            // One column with descriptions where it fits, else columns of names.
            let wide = format!(" {:<10}{}", row.label, row.binding.description);
            let wide: String = wide.chars().take(60).collect();
            let narrow = format!(" {:<keys$} {}", row.label, row.binding.name);
            assert!(
                text.contains(&wide) || text.contains(&narrow),
                "{context:?}: {narrow:?} not in\n{text}"
            );
        }
    }
}

/// The README's table of keys: each row's keys (as help labels them) and what it says they do.
fn readme_rows() -> Vec<(Vec<String>, String)> {
    let readme = include_str!("../README.md");
    let section = readme
        .split("### Keys")
        .nth(1)
        .and_then(|s| s.split("\n### ").next())
        .expect("a Keys section in the README");
    section
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(|line| {
            let line = line.replace("\\|", "¦");
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let keys = cells[1]
                .split('`')
                .skip(1)
                .step_by(2)
                .map(|k| k.replace('¦', "|"))
                .collect();
            (keys, cells[2].replace('¦', "|"))
        })
        .collect()
}

/// Global rows the README leaves out on purpose, by name. None today.
const NOT_IN_README: &[&str] = &[];

#[test]
fn the_readme_key_table_says_what_the_table_says() {
    let rows = readme_rows();
    assert!(rows.len() > 10, "the README's key table was not found");
    let global: Vec<_> = help(Context::Global);
    for (keys, does) in &rows {
        let labels: Vec<String> = keys.clone();
        let row = global
            .iter()
            .find(|r| r.keys.iter().map(|k| k.label()).collect::<Vec<_>>() == labels);
        let Some(row) = row else {
            panic!("README keys {keys:?} are not a row of the table's global keys");
        };
        assert_eq!(
            does, row.binding.description,
            "README and table disagree on {keys:?}"
        );
    }
    for row in &global {
        let in_readme = rows
            .iter()
            .any(|(keys, _)| *keys == row.keys.iter().map(|k| k.label()).collect::<Vec<_>>());
        assert!(
            in_readme || NOT_IN_README.contains(&row.binding.name),
            "the README's key table leaves out {} ({})",
            row.label,
            row.binding.name
        );
    }
}

/// What the follower did with `key`: whether it stopped, and its view state after it.
fn follow(record: &Path, key: Option<KeyEvent>) -> (bool, usize) {
    let live = plenary::store::load(record).expect("the record").live;
    let mut app = App::follower(live);
    let stopped = key.is_some_and(|key| {
        plenary::tui::present::key(&mut app, key)
            == Some(plenary::tui::action::FollowerCommand::Close)
    });
    (stopped, app.ui.theme)
}

#[test]
fn the_followers_keys_are_its_help() {
    let dir = tempfile::tempdir().expect("temp dir");
    let record = dir.path().join("meeting");
    meeting(&record);
    let before = follow(&record, None);
    let does = |key: KeyEvent| follow(&record, Some(key)) != before;
    for key in key_set() {
        assert!(
            !does(key) || listed(Context::Follower, key),
            "the follower handles {key:?}, which its help does not name"
        );
    }
    for row in help(Context::Follower) {
        for key in &row.keys {
            assert!(
                does(example(*key)),
                "{} does nothing in the follower",
                row.label
            );
        }
    }
}
