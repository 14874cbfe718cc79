//! Items within a session (issue 12 §2): an agenda's sessions may list presentations or
//! issues; notes, actions and resolutions captured while one is taken attach to it, and the
//! minutes show them under it.

mod common;

use chrono::{NaiveDate, NaiveDateTime};
use common::screen::Screen;
use plenary::core::agenda::{Agenda, Item};
use plenary::core::commands::{self, Draft, Refusal};
use plenary::core::op::apply;
use plenary::core::record::{Note, NoteKind, Record};
use plenary::export::Options;
use plenary::export::html::minutes_html;
use plenary::export::minutes::minutes_markdown;
use plenary::store::agenda_file::{agenda_warnings, parse_agenda};

const BOARD: &str = r#"(
    title: "Board meeting",
    participants: [
        (id: "treasurer", name: "Ana Treasurer"),
        (id: "chair", name: "Ben Chair"),
    ],
    days: [
        (date: "2019-03-04", sessions: [
            (id: "reports", title: "Reports", start: "09:00", minutes: 60, items: [
                (id: "budget", title: "2019 budget", presenters: ["treasurer"], reference: Some("Doc 12/3")),
                (id: "wg2", title: "Working group report", presenters: ["Working group 2", "chair"]),
            ]),
            (id: "close", title: "Closing", start: "10:00", minutes: 30),
        ]),
    ],
)
"#;

fn board() -> Agenda {
    match parse_agenda("board.ron", BOARD.as_bytes()) {
        Ok((agenda, _)) => agenda,
        Err(e) => panic!("the board agenda is valid: {e}"),
    }
}

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2019, 3, 4)
        .and_then(|d| d.and_hms_opt(9, 10, 0))
        .unwrap_or_default()
}

/// `record` with `text` captured in session `reports`, attached to `item`.
fn captured(record: &Record, text: &str, item: Option<&str>) -> Result<Record, Refusal> {
    let draft = Draft {
        text,
        kind: NoteKind::Note,
        speaker: None,
        item,
    };
    let filed = commands::capture(record, Some("reports"), &draft, now())?;
    let mut after = record.clone();
    for op in &filed.ops {
        if let Err(e) = apply(&mut after, op) {
            panic!("{text}: {e}");
        }
    }
    Ok(after)
}

fn run(lines: &[(&str, Option<&str>)]) -> Record {
    let mut record = Record::new(board());
    for (text, item) in lines {
        record = captured(&record, text, *item).unwrap_or_else(|r| panic!("{text}: {r}"));
    }
    record
}

#[test]
fn an_agenda_lists_a_sessions_items_with_presenters_and_reference() {
    let agenda = board();
    let items = agenda.session("reports").map(|s| s.items.clone());
    assert_eq!(
        items,
        Some(vec![
            Item {
                id: "budget".into(),
                title: "2019 budget".into(),
                presenters: vec!["treasurer".into()],
                reference: Some("Doc 12/3".into()),
            },
            Item {
                id: "wg2".into(),
                title: "Working group report".into(),
                presenters: vec!["Working group 2".into(), "chair".into()],
                reference: None,
            },
        ])
    );
    assert_eq!(
        agenda.item("reports", "wg2").map(|i| i.id.as_str()),
        Some("wg2")
    );
    assert!(agenda.item("close", "budget").is_none());
}

#[test]
fn a_session_without_items_encodes_as_before_and_one_with_items_keeps_them() {
    let agenda = board();
    let encoded = ron::to_string(&agenda).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(encoded.matches("items:").count(), 1, "{encoded}");
    assert_eq!(encoded.matches("presenters:").count(), 2, "{encoded}");
    assert_eq!(encoded.matches("reference:").count(), 1, "{encoded}");
    let back: Agenda = ron::from_str(&encoded).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, agenda);
}

#[test]
fn a_presenter_written_like_an_id_that_no_participant_has_is_a_warning() {
    let text = BOARD.replace(
        r#"presenters: ["treasurer"]"#,
        r#"presenters: ["tresurer"]"#,
    );
    let (agenda, text) = match parse_agenda("board.ron", text.as_bytes()) {
        Ok(read) => read,
        Err(e) => panic!("a misspelt presenter is only a warning: {e}"),
    };
    let warnings: Vec<String> = agenda_warnings("board.ron", &text, &agenda)
        .iter()
        .map(|d| format!("{}:{}: {}", d.line, d.col, d.message))
        .collect();
    assert_eq!(
        warnings,
        vec![
            "10:67: presenter `tresurer` of item `budget` looks like a participant id, but no \
             participant has it; add the participant, or write a group's or organisation's \
             name as it should appear"
        ]
    );
    let clean = board();
    assert!(agenda_warnings("board.ron", BOARD, &clean).is_empty());
}

#[test]
fn a_capture_attaches_to_the_current_item_whatever_it_is_filed_as() {
    let record = run(&[
        ("the deficit is smaller", Some("budget")),
        (
            "action: Ana Treasurer to publish the accounts",
            Some("budget"),
        ),
        ("resolution: the budget is adopted", Some("budget")),
        ("before any item", None),
    ]);
    let notes: Vec<(&str, Option<&str>)> = record
        .notes
        .iter()
        .map(|n| (n.text.as_str(), n.item.as_deref()))
        .collect();
    assert_eq!(
        notes,
        vec![
            ("the deficit is smaller", Some("budget")),
            ("before any item", None)
        ]
    );
    let action = record.actions.first().and_then(|a| a.item.as_deref());
    assert_eq!(action, Some("budget"));
    let resolution = record.resolutions.first().and_then(|r| r.item.as_deref());
    assert_eq!(resolution, Some("budget"));
}

#[test]
fn a_capture_for_an_item_the_session_does_not_list_is_refused() {
    let record = Record::new(board());
    assert_eq!(
        captured(&record, "words", Some("nope")).map(|r| r.notes.len()),
        Err(Refusal("session `reports` has no item `nope`".into()))
    );
}

#[test]
fn a_note_with_no_item_encodes_as_before() {
    let record = run(&[("plain", None), ("on the budget", Some("budget"))]);
    let encoded: Vec<String> = record
        .notes
        .iter()
        .map(|n| serde_json::to_string(n).unwrap_or_else(|e| panic!("{e}")))
        .collect();
    assert!(!encoded[0].contains("\"item\""), "{}", encoded[0]);
    assert!(
        encoded[1].ends_with(r#","item":"budget"}"#),
        "{}",
        encoded[1]
    );
    let back: Note = serde_json::from_str(&encoded[1]).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(Some(&back), record.notes.get(1));
}

#[test]
fn the_minutes_list_each_item_with_what_was_captured_under_it() {
    let record = run(&[
        ("the deficit is smaller", Some("budget")),
        (
            "action: Ana Treasurer to publish the accounts",
            Some("budget"),
        ),
        ("resolution: the budget is adopted", Some("budget")),
        ("the group met twice", Some("wg2")),
        ("before any item", None),
    ]);
    let md = minutes_markdown(&record, &Options::default());
    let order = [
        "#### Reports",
        "- before any item",
        "##### 2019 budget",
        "*Presented by Ana Treasurer. Reference: Doc 12/3.*",
        "- the deficit is smaller",
        "**Actions**",
        "publish the accounts",
        "**Resolved**",
        "- the budget is adopted",
        "##### Working group report",
        "*Presented by Working group 2, Ben Chair.*",
        "- the group met twice",
        "#### Closing",
    ];
    let mut from = 0;
    for want in order {
        match md[from..].find(want) {
            Some(at) => from += at + want.len(),
            None => panic!("`{want}` is not after byte {from} of the minutes:\n{md}"),
        }
    }
    // Actions and resolutions are listed again in their own sections, after the sessions.
    let sessions = md
        .split("## Strategies and actions")
        .next()
        .unwrap_or_default();
    for once in [
        "the deficit is smaller",
        "publish the accounts",
        "the budget is adopted",
        "the group met twice",
    ] {
        assert_eq!(
            sessions.matches(once).count(),
            1,
            "`{once}` once, under its item:\n{sessions}"
        );
    }
    let html = minutes_html(&record, &Options::default());
    assert!(html.contains("<h5>2019 budget</h5>"), "{html}");
}

#[test]
fn under_chatham_house_the_minutes_name_no_presenter() {
    let text = BOARD.replace(
        "title: \"Board meeting\",",
        "title: \"Board meeting\", chatham_house: true,",
    );
    let agenda = match parse_agenda("board.ron", text.as_bytes()) {
        Ok((agenda, _)) => agenda,
        Err(e) => panic!("{e}"),
    };
    let md = minutes_markdown(&Record::new(agenda), &Options::default());
    assert!(
        md.contains("##### 2019 budget\n\n*Reference: Doc 12/3.*"),
        "{md}"
    );
    assert!(!md.contains("Presented by"), "{md}");
}

#[test]
fn on_the_screen_braces_take_up_items_and_captures_attach_to_the_one_taken_up() {
    let mut s = Screen::of(BOARD, board(), 80, 24);
    s.keys("n").keys("before any item<Enter>").keys("<Esc>");
    s.keys("}");
    let screen = s.text();
    assert!(screen.contains("Reports › 2019 budget"), "{screen}");
    s.keys("n").keys("on the budget<Enter>").keys("<Esc>");
    s.keys("}}");
    let screen = s.text();
    assert!(
        screen.contains("Reports › Working group report"),
        "{screen}"
    );
    s.keys("n")
        .keys("action: Ben Chair to report again<Enter>")
        .keys("<Esc>");
    s.keys("{{{");
    let screen = s.text();
    assert!(
        screen.contains("no agenda item: captures go to the session"),
        "{screen}"
    );
    s.keys("n").keys("after the items<Enter>").keys("<Esc>");
    let r = s.reloaded();
    let notes: Vec<(&str, Option<&str>)> = r
        .notes
        .iter()
        .map(|n| (n.text.as_str(), n.item.as_deref()))
        .collect();
    assert_eq!(
        notes,
        vec![
            ("before any item", None),
            ("on the budget", Some("budget")),
            ("after the items", None),
        ]
    );
    assert_eq!(
        r.actions.first().and_then(|a| a.item.as_deref()),
        Some("wg2")
    );
}
