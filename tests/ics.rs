//! The actions as iCalendar to-dos, read back the way calendar applications read them: with an
//! RFC 5545 parser (the `icalendar` crate), and line by line for what a lenient parser lets
//! pass (CRLF, 75-octet folding on character boundaries).

mod common;
mod outcomes;

use std::str::FromStr;

use assert_cmd::Command;
use chrono::NaiveDate;
use icalendar::{Calendar, Component, DatePerhapsTime, EventLike, Todo, TodoStatus};
use outcomes::durban;
use plenary::core::history::{Change, Live};
use plenary::core::labels::person;
use plenary::core::op::Op;
use plenary::core::record::{Action, ActionProgress, ActionStatus, Record};
use plenary::export::Options;
use plenary::export::ics::actions_ics;
use plenary::lang::Language;

/// An action no one would type but anyone might paste: long, in four scripts, with every
/// character TEXT must escape and a line break.
const AWKWARD: &str = "Préparer, avec les mouvements sociaux; la synthèse \\ des cas — \
                       توثيق الحالات مع المجتمعات المتضررة, 記録する; and circulate it\n\
                       before the next call: ñandú, Ærø, Łódź 😀";

/// The Durban record with [`AWKWARD`] added as an action owned by Ana, due on 1 March 2019.
fn durban_with_awkward_action() -> (Record, Action) {
    let mut live = Live::new(durban());
    let action = Action {
        id: live.record.fresh_id(),
        text: AWKWARD.to_owned(),
        owner: Some("ana".to_owned()),
        due: NaiveDate::from_ymd_opt(2019, 3, 1),
        session: "d4-actions".to_owned(),
        item: None,
        progress: Default::default(),
    };
    live.apply(&Change::Do(Op::AddAction {
        action: action.clone(),
        strategy: None,
    }))
    .expect("the action is added");
    (live.record, action)
}

fn parse(ics: &str) -> Calendar {
    Calendar::from_str(ics).unwrap_or_else(|e| panic!("the ICS parses: {e}\n{ics}"))
}

/// The to-do whose UID names the action.
fn todo_of<'c>(calendar: &'c Calendar, action: &Action) -> &'c Todo {
    let uid = format!("action-{}.", action.id.0);
    let found: Vec<&Todo> = calendar
        .todos()
        .filter(|t| t.get_uid().is_some_and(|u| u.starts_with(&uid)))
        .collect();
    assert_eq!(found.len(), 1, "one to-do for action {}", action.id);
    found[0]
}

#[test]
fn every_action_is_a_todo_with_its_text_due_date_owner_and_status() {
    let (record, awkward) = durban_with_awkward_action();
    let ics = actions_ics(&record, "durban-2018", &Options::default());
    let calendar = parse(&ics);
    assert_eq!(calendar.property_value("VERSION"), Some("2.0"));
    assert!(
        calendar
            .property_value("PRODID")
            .is_some_and(|p| p.contains("plenary"))
    );
    assert_eq!(calendar.todos().count(), record.actions.len());
    assert!(record.actions.len() > 10, "the example has many actions");
    assert!(record.actions.contains(&awkward));
    for action in &record.actions {
        let todo = todo_of(&calendar, action);
        assert_eq!(todo.get_summary(), Some(action.text.as_str()));
        assert_eq!(
            todo.get_status(),
            Some(TodoStatus::NeedsAction),
            "nobody followed the example's actions up: all open"
        );
        assert_eq!(todo.get_completed(), None);
        assert_eq!(
            todo.get_due(),
            action.due.map(DatePerhapsTime::Date),
            "the due date when one was entered, none otherwise"
        );
        let description = todo.get_description().expect("a description");
        match &action.owner {
            Some(owner) => assert!(
                description.contains(&format!("Owner: {}", person(&record.plan, owner))),
                "{description}"
            ),
            None => assert!(!description.contains("Owner"), "{description}"),
        }
        let strategy = record
            .strategies
            .iter()
            .find(|s| s.actions.contains(&action.id));
        assert_eq!(
            todo.get_categories(),
            strategy.map(|s| vec![s.name.clone()]),
            "the strategy it is grouped into"
        );
    }
    let uids: std::collections::BTreeSet<_> =
        calendar.todos().filter_map(|t| t.get_uid()).collect();
    assert_eq!(uids.len(), record.actions.len(), "UIDs are unique");
    assert!(uids.iter().all(|u| u.ends_with(".durban-2018@plenary")));
}

#[test]
fn lines_are_crlf_and_folded_at_75_octets_on_character_boundaries() {
    let (record, awkward) = durban_with_awkward_action();
    let ics = actions_ics(&record, "durban-2018", &Options::default());
    let bytes = ics.as_bytes();
    assert!(ics.ends_with("\r\n"));
    assert!(
        !ics.replace("\r\n", "").contains('\n') && !ics.replace("\r\n", "").contains('\r'),
        "every line ends in CRLF, and no CR or LF stands alone"
    );
    let lines: Vec<&[u8]> = bytes[..bytes.len() - 1]
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").expect("CRLF"))
        .collect();
    for (n, l) in lines.iter().enumerate() {
        assert!(l.len() <= 75, "line {} has {} octets", n + 1, l.len());
        // A line cut inside a character would not be UTF-8 on its own.
        assert!(
            std::str::from_utf8(l).is_ok(),
            "line {} is cut mid-character",
            n + 1
        );
    }
    // The awkward action's summary is folded over several lines, escaped, and reads back whole.
    let summary = lines
        .iter()
        .position(|l| l.starts_with("SUMMARY:Préparer".as_bytes()))
        .expect("the awkward summary");
    let continued = lines[summary + 1..]
        .iter()
        .take_while(|l| l.starts_with(b" "))
        .count();
    assert!(continued >= 2, "folded over {} lines", continued + 1);
    let unfolded: String = lines[summary..=summary + continued]
        .iter()
        .map(|l| std::str::from_utf8(l).expect("UTF-8"))
        .enumerate()
        .map(|(i, l)| if i == 0 { l } else { &l[1..] })
        .collect();
    assert!(
        unfolded.contains("sociaux\\; la synthèse \\\\ des cas"),
        "{unfolded}"
    );
    assert!(
        unfolded.contains("\\, 記録する\\; and circulate it\\nbefore"),
        "{unfolded}"
    );
    let calendar = parse(&ics);
    assert_eq!(todo_of(&calendar, &awkward).get_summary(), Some(AWKWARD));
}

#[test]
fn chatham_house_keeps_owners_out_unless_names_are_asked_for() {
    let (mut record, awkward) = durban_with_awkward_action();
    record.plan.chatham_house = true;
    let owner = "Owner: ";
    let ics = actions_ics(&record, "durban-2018", &Options::default());
    let calendar = parse(&ics);
    assert!(
        calendar
            .todos()
            .all(|t| !t.get_description().unwrap_or_default().contains(owner)),
        "no owner named under the Chatham House Rule"
    );
    let names = Options {
        names: true,
        ..Options::default()
    };
    let calendar = parse(&actions_ics(&record, "durban-2018", &names));
    let description = todo_of(&calendar, &awkward).get_description();
    let ana = person(&record.plan, "ana");
    assert_ne!(ana, "ana", "Ana is on the participant list");
    assert!(description.is_some_and(|d| d.contains(&format!("{owner}{ana}"))));
}

#[test]
fn the_stamp_is_the_records_not_the_clocks() {
    let (record, _) = durban_with_awkward_action();
    let ics = actions_ics(&record, "durban-2018", &Options::default());
    let latest = record
        .notes
        .iter()
        .map(|n| n.at)
        .chain(record.resolutions.iter().map(|r| r.at))
        .chain(
            record
                .runs
                .values()
                .flat_map(|r| [r.started, r.ended, r.resumed])
                .flatten(),
        )
        .max()
        .expect("the example ran");
    let calendar = parse(&ics);
    for todo in calendar.todos() {
        assert_eq!(
            todo.get_timestamp().map(|t| t.naive_utc()),
            Some(latest),
            "DTSTAMP is the record's latest moment"
        );
    }
    assert_eq!(
        ics,
        actions_ics(&record, "durban-2018", &Options::default()),
        "the same record exports to the same bytes"
    );
}

fn plenary() -> Command {
    let mut cmd = Command::cargo_bin("plenary").expect("the plenary binary is built");
    cmd.timeout(std::time::Duration::from_secs(60));
    cmd
}

#[test]
fn the_cli_exports_the_example_records_actions() {
    let out = plenary()
        .args(["export", "sessions/durban-2018", "--format", "ics"])
        .assert()
        .success()
        .get_output()
        .clone();
    let ics = String::from_utf8(out.stdout).expect("UTF-8");
    let record = durban();
    let calendar = parse(&ics);
    assert_eq!(calendar.todos().count(), record.actions.len());
    for action in &record.actions {
        assert_eq!(
            todo_of(&calendar, action).get_uid(),
            Some(format!("action-{}.durban-2018@plenary", action.id.0).as_str())
        );
    }
    let help = plenary().args(["export", "--help"]).assert().success();
    let help = String::from_utf8_lossy(&help.get_output().stdout).into_owned();
    assert!(help.contains("ics"), "{help}");
    assert!(
        help.contains("Examples:")
            && help.contains("plenary export sessions/durban-2018 --format ics -o actions.ics"),
        "{help}"
    );
}

#[test]
fn an_agenda_file_has_no_actions_to_export() {
    plenary()
        .args(["export", "agendas/durban-2018.ron", "--format", "ics"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "agendas/durban-2018.ron is not a record: a record is a folder (like \
             sessions/durban-2018), which --format ics exports",
        ));
}

#[test]
fn descriptions_are_in_the_meetings_language_and_say_which() {
    let (record, awkward) = durban_with_awkward_action();
    let ana = person(&record.plan, "ana");
    let session = record
        .plan
        .session(&awkward.session)
        .map(|s| s.title.clone())
        .expect("the action's session");
    let title = &record.plan.title;
    let said = [
        (Language::English, "Owner: ", "Session: ", "Meeting: "),
        (Language::Spanish, "Responsable: ", "Sesión: ", "Reunión: "),
        (
            Language::French,
            "Responsable\u{a0}: ",
            "Séance\u{a0}: ",
            "Réunion\u{a0}: ",
        ),
        (Language::Arabic, "المسؤول: ", "الجلسة: ", "الاجتماع: "),
    ];
    for (language, owner, in_session, meeting) in said {
        let code = language.code();
        let mut in_agenda = record.clone();
        in_agenda.plan.language = Some(language);
        let ics = actions_ics(&in_agenda, "durban-2018", &Options::default());
        let options = Options {
            language: Some(language),
            ..Options::default()
        };
        assert_eq!(
            ics,
            actions_ics(&record, "durban-2018", &options),
            "{code}: --language writes what the agenda's language does"
        );
        common::pages::no_label_ids_in(&ics, code);
        let descriptions = ics
            .matches(&format!("\r\nDESCRIPTION;LANGUAGE={code}:"))
            .count();
        assert_eq!(
            descriptions,
            record.actions.len(),
            "{code}: LANGUAGE on each"
        );
        let calendar = parse(&ics);
        assert_eq!(calendar.todos().count(), record.actions.len(), "{code}");
        let description = todo_of(&calendar, &awkward)
            .get_description()
            .expect("a description");
        assert_eq!(
            description,
            format!("{owner}{ana}\n{in_session}{session}\n{meeting}{title}"),
            "{code}"
        );
        assert_eq!(
            todo_of(&calendar, &awkward).get_summary(),
            Some(AWKWARD),
            "{code}: what is to be done is as typed"
        );
    }
}

/// A day as year, month and day.
type Ymd = (i32, u32, u32);

/// Each status with the day it was set, and a done action whose day is not known.
const FOLLOWED_UP: [(ActionStatus, Option<Ymd>, TodoStatus); 5] = [
    (
        ActionStatus::Open,
        Some((2018, 8, 1)),
        TodoStatus::NeedsAction,
    ),
    (
        ActionStatus::InProgress,
        Some((2018, 8, 2)),
        TodoStatus::InProcess,
    ),
    (
        ActionStatus::Done,
        Some((2018, 9, 30)),
        TodoStatus::Completed,
    ),
    (ActionStatus::Done, None, TodoStatus::Completed),
    (
        ActionStatus::Dropped,
        Some((2018, 10, 1)),
        TodoStatus::Cancelled,
    ),
];

#[test]
fn each_to_do_says_its_actions_status_and_a_done_one_when_it_was_done() {
    let mut live = Live::new(durban());
    let ids: Vec<_> = live.record.actions.iter().map(|a| a.id).collect();
    assert!(ids.len() >= FOLLOWED_UP.len());
    for (&id, (status, since, _)) in ids.iter().zip(FOLLOWED_UP) {
        let progress = ActionProgress {
            status,
            since: since.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
        };
        live.apply(&Change::Do(Op::SetActionProgress { id, progress }))
            .expect("the status is set");
    }
    let record = live.record;
    let calendar = parse(&actions_ics(&record, "durban-2018", &Options::default()));
    for (action, (_, since, expected)) in record.actions.iter().zip(FOLLOWED_UP) {
        let todo = todo_of(&calendar, action);
        assert_eq!(todo.get_status(), Some(expected), "action {}", action.id);
        let completed = todo.get_completed().map(|t| t.date_naive());
        match expected {
            TodoStatus::Completed => assert_eq!(
                completed,
                since.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
                "a done action is completed on the day it was marked done, when known"
            ),
            _ => assert_eq!(completed, None, "only a done action is completed"),
        }
    }
    // The actions nobody followed up stay open.
    for action in &record.actions[FOLLOWED_UP.len()..] {
        assert_eq!(
            todo_of(&calendar, action).get_status(),
            Some(TodoStatus::NeedsAction)
        );
    }
}

#[test]
fn a_status_set_with_plenary_actions_reaches_the_exported_to_do() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let copy = dir.path().join("durban-2018");
    plenary()
        .args(["example-record", copy.to_str().expect("a UTF-8 path")])
        .assert()
        .success();
    let record = durban();
    let first = &record.actions[0];
    let second = &record.actions[1];
    for (action, word) in [(first, "done"), (second, "dropped")] {
        plenary()
            .args(["actions", copy.to_str().expect("a UTF-8 path")])
            .args(["--set", &action.id.0.to_string(), word])
            .assert()
            .success();
    }
    let out = plenary()
        .args([
            "export",
            copy.to_str().expect("a UTF-8 path"),
            "--format",
            "ics",
        ])
        .assert()
        .success()
        .get_output()
        .clone();
    let calendar = parse(&String::from_utf8(out.stdout).expect("UTF-8"));
    assert_eq!(
        todo_of(&calendar, first).get_status(),
        Some(TodoStatus::Completed)
    );
    assert!(
        todo_of(&calendar, first).get_completed().is_some(),
        "`--set` dates the status, so the to-do says when it was done"
    );
    assert_eq!(
        todo_of(&calendar, second).get_status(),
        Some(TodoStatus::Cancelled)
    );
}
