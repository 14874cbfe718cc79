//! Times that are not known (issue 12): a session with no start follows the one before, one
//! with no length is open-ended and nothing after it is given a time until it ends, a day may
//! have no sessions, a start and an end, and an over-full day is a warning whose slip the time
//! plan shows. Agendas without these fields read and write as before.

mod common;

use assert_cmd::Command;
use chrono::{NaiveDate, NaiveDateTime};
use common::screen::Screen;
use common::{SMALL, end, record_after, start};
use plenary::core::agenda::Agenda;
use plenary::core::op::{Op, apply};
use plenary::core::record::Record;
use plenary::core::timing::{DayPlan, day_plan, hh_mm};
use plenary::export::Options;
use plenary::export::minutes::minutes_markdown;
use plenary::store::agenda_file::parse_agenda;

/// The small agenda with each `(from, to)` replaced once; every `from` must be there.
fn text(edits: &[(&str, &str)]) -> String {
    let mut text = SMALL.to_owned();
    for (from, to) in edits {
        assert!(text.contains(from), "the fixture holds {from}");
        text = text.replacen(from, to, 1);
    }
    text
}

fn agenda(text: &str) -> Agenda {
    parse_agenda("t.ron", text.as_bytes())
        .unwrap_or_else(|e| panic!("the agenda checks: {e}\n{text}"))
        .0
}

/// `hh:mm` on the small agenda's first day.
fn t(hh: u32, mm: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2018, 7, 23)
        .and_then(|d| d.and_hms_opt(hh, mm, 0))
        .expect("a valid time")
}

/// Each session of the plan as (id, planned start, projected start, projected end).
fn times(plan: &DayPlan) -> Vec<(String, String, String, String)> {
    plan.sessions
        .iter()
        .map(|s| {
            (
                s.id.clone(),
                hh_mm(s.planned_start),
                hh_mm(s.start),
                hh_mm(s.end),
            )
        })
        .collect()
}

fn row(id: &str, planned: &str, start: &str, end: &str) -> (String, String, String, String) {
    (id.into(), planned.into(), start.into(), end.into())
}

/// The italic facts line under the heading of session `title` in the minutes.
fn facts(record: &Record, title: &str) -> String {
    let minutes = minutes_markdown(record, &Options::default());
    let heading = format!("#### {title}");
    minutes
        .lines()
        .skip_while(|l| *l != heading)
        .find(|l| l.starts_with('*'))
        .unwrap_or_else(|| panic!("no facts under {heading}:\n{minutes}"))
        .to_owned()
}

/// What `plenary check` says about `text`: (exit code, stdout, stderr).
fn check(text: &str) -> (Option<i32>, String, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("t.ron"), text).expect("write");
    let out = Command::cargo_bin("plenary")
        .expect("the binary")
        .current_dir(dir.path())
        .args(["check", "t.ron"])
        .output()
        .expect("run check");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Proposals with no start, lunch with no start: each follows the one before.
const FOLLOWS: [(&str, &str); 2] = [
    ("start: \"09:30\", minutes: 90", "minutes: 90"),
    ("start: \"11:00\", minutes: 60", "minutes: 60"),
];

#[test]
fn a_session_with_no_start_follows_the_one_before() {
    let a = agenda(&text(&FOLLOWS));
    let plan = day_plan(&Record::new(a.clone()), 0, t(7, 0));
    assert_eq!(
        times(&plan),
        [
            row("open", "09:00", "09:00", "09:30"),
            row("props", "09:30", "09:30", "11:00"),
            row("lunch", "11:00", "11:00", "12:00"),
            row("decide", "12:00", "12:00", "13:00"),
        ]
    );
    // The opening runs 20 minutes over: what follows it moves with it, but the decision keeps
    // the start the agenda gives it once the day catches up.
    let record = record_after(a, vec![start("open", t(9, 0)), end("open", t(9, 50))]);
    let plan = day_plan(&record, 0, t(9, 50));
    assert_eq!(
        times(&plan)[1..],
        [
            row("props", "09:30", "09:50", "11:20"),
            row("lunch", "11:00", "11:20", "12:20"),
            row("decide", "12:00", "12:20", "13:20"),
        ]
    );
    assert_eq!(plan.summary(), "running 20 min late; Lunch now at 11:20");
    assert_eq!(
        facts(&record, "Proposals"),
        "*Proposals, planned 09:30, 90 min — not held.*"
    );
}

#[test]
fn a_day_with_no_start_anywhere_checks_and_plans_no_times_until_one_is_given() {
    let no_start = text(&[("start: \"09:00\", minutes: 30, leads", "minutes: 30, leads")]);
    let (code, stdout, stderr) = check(&no_start);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(!stderr.contains("error"), "{stderr}");
    assert!(!stdout.contains("00:00"), "no start is invented: {stdout}");
    let record = Record::new(agenda(&no_start));
    let plan = day_plan(&record, 0, t(7, 0));
    // The opening's start is not known, so neither is what follows it, until a session
    // with a start of its own (the decision at 12:00).
    assert_eq!(
        times(&plan)[..2],
        [
            row("open", "--:--", "--:--", "--:--"),
            row("props", "09:30", "--:--", "--:--"),
        ]
    );
    assert_eq!(
        facts(&record, "Opening"),
        "*Talk, planned 30 min, start not known — not held. Led by Ben.*"
    );
    // Held, the opening is timed from its capture and the day from it.
    let held = record_after(
        agenda(&no_start),
        vec![start("open", t(9, 4)), end("open", t(9, 30))],
    );
    assert_eq!(facts(&held, "Opening"), "*Talk, 09:04–09:30. Led by Ben.*");
    let plan = day_plan(&held, 0, t(9, 30));
    assert_eq!(times(&plan)[1], row("props", "09:30", "09:30", "11:00"));

    let day_start = no_start.replacen(
        "(date: \"2018-07-23\", sessions",
        "(date: \"2018-07-23\", start: \"08:45\", sessions",
        1,
    );
    let plan = day_plan(&Record::new(agenda(&day_start)), 0, t(7, 0));
    assert_eq!(times(&plan)[0], row("open", "08:45", "08:45", "09:15"));
}

/// Proposals with no length, lunch following it.
const OPEN_ENDED: [(&str, &str); 2] = [
    ("start: \"09:30\", minutes: 90", "start: \"09:30\""),
    ("start: \"11:00\", minutes: 60", "minutes: 60"),
];

#[test]
fn after_an_open_ended_session_the_plan_gives_no_times_until_it_ends() {
    let a = agenda(&text(&OPEN_ENDED));
    let plan = day_plan(&Record::new(a.clone()), 0, t(7, 0));
    assert_eq!(
        times(&plan),
        [
            row("open", "09:00", "09:00", "09:30"),
            row("props", "09:30", "09:30", "--:--"),
            row("lunch", "--:--", "--:--", "--:--"),
            // Its start is in the agenda, but nobody knows whether the room will be free.
            row("decide", "12:00", "--:--", "--:--"),
        ]
    );
    // Before the day the opening is on time; the outline shows the rest without times.
    assert_eq!(plan.summary(), "on time");

    let running = record_after(
        a.clone(),
        vec![
            start("open", t(9, 0)),
            end("open", t(9, 30)),
            start("props", t(9, 30)),
        ],
    );
    let plan = day_plan(&running, 0, t(10, 0));
    assert_eq!(plan.drift_minutes(), None);
    assert_eq!(plan.summary(), "no times after Proposals (open-ended)");
    assert_eq!(
        facts(&running, "Proposals"),
        "*Proposals, from 09:30 (running; planned 09:30, open-ended).*"
    );

    // Once it ends, the rest of the day is timed from its end.
    let ended = record_after(
        a,
        vec![
            start("open", t(9, 0)),
            end("open", t(9, 30)),
            start("props", t(9, 30)),
            end("props", t(11, 40)),
        ],
    );
    let plan = day_plan(&ended, 0, t(11, 40));
    assert_eq!(
        times(&plan)[2..],
        [
            row("lunch", "--:--", "11:40", "12:40"),
            row("decide", "12:00", "12:40", "13:40"),
        ]
    );
    // Lunch has no planned start to drift from: the line says where it stands instead.
    assert_eq!(plan.summary(), "Lunch now at 11:40");
    // The minutes give what is known and nothing more.
    assert_eq!(
        facts(&ended, "Proposals"),
        "*Proposals, 09:30–11:40 (planned 09:30, open-ended).*"
    );
    assert_eq!(
        facts(&ended, "Decision"),
        "*Decision, planned 12:00, 60 min — not held.*"
    );
}

#[test]
fn a_session_with_neither_start_nor_length_is_told_as_such() {
    let a = agenda(&text(&[
        ("start: \"09:30\", minutes: 90", "start: \"09:30\""),
        ("start: \"11:00\", minutes: 60", ""),
    ]));
    let record = Record::new(a);
    let minutes = minutes_markdown(&record, &Options::default());
    // Lunch is a break nobody ran, so the minutes leave it out; the decision is told.
    assert!(!minutes.contains("#### Lunch"), "{minutes}");
    assert_eq!(
        facts(&record, "Decision"),
        "*Decision, planned 12:00, 60 min — not held.*"
    );
    let plan = day_plan(&record, 0, t(7, 0));
    assert_eq!(times(&plan)[2], row("lunch", "--:--", "--:--", "--:--"));
    // A session after an open-ended one, by way of lunch with no start, has a length and
    // no known start.
    let a = agenda(&text(&[
        ("start: \"09:30\", minutes: 90", "start: \"09:30\""),
        ("start: \"11:00\", minutes: 60", "minutes: 60"),
        ("start: \"12:00\", minutes: 60", "minutes: 60"),
    ]));
    assert_eq!(
        facts(&Record::new(a), "Decision"),
        "*Decision, planned 60 min, start not known — not held.*"
    );
}

#[test]
fn a_day_with_no_sessions_and_a_day_with_hours() {
    let visit = text(&[(
        "        (date: \"2018-07-24\", sessions: [",
        "        (date: \"2018-07-24\", title: \"Field visit\", description: \"A day in the \
         settlements of Ekukhanyeni and New City.\"),\n        (date: \"2018-07-25\", start: \
         \"09:00\", end: \"11:15\", sessions: [",
    )]);
    let (code, stdout, stderr) = check(&visit);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stdout, "t.ron: ok (3 days, 6 sessions, 2 participants)\n");
    // Closing (11:00, 30 min) runs past the day's end.
    assert_eq!(
        stderr.lines().next(),
        Some(
            "warning: t.ron:27:18: session `close` runs until 11:30, past the end of day \
             2018-07-25 at 11:15"
        ),
        "{stderr}"
    );
    let record = Record::new(agenda(&visit));
    let minutes = minutes_markdown(&record, &Options::default());
    assert!(
        minutes.contains(
            "### Day 2 — Tuesday 24 July 2018: Field visit\n\nA day in the settlements of \
             Ekukhanyeni and New City.\n\n### Day 3"
        ),
        "{minutes}"
    );
    assert!(
        minutes.contains("### Day 3 — Wednesday 25 July 2018\n\n*Planned 09:00–11:15.*\n"),
        "{minutes}"
    );
    // A day with nothing to time has no plan to run late.
    let plan = day_plan(&record, 1, t(7, 0));
    assert!(plan.sessions.is_empty());
    assert_eq!(plan.summary(), "no sessions");
    // The outline of the day before names it, since it never becomes the current day.
    let mut s = Screen::of(&visit, agenda(&visit), 100, 24);
    let screen = s.text();
    assert!(screen.contains("\n▸ Day 2 · Field visit "), "{screen}");
}

#[test]
fn an_over_full_day_is_a_warning_naming_both_and_the_plan_shows_the_slip() {
    let over = include_str!("fixtures/overlapping-sessions.ron");
    let (code, stdout, stderr) = check(over);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stdout, "t.ron: ok (2 days, 6 sessions, 2 participants)\n");
    assert!(
        stderr.starts_with(
            "warning: t.ron:20:18: session `open` (09:00, 30 min) runs until 09:30, 15 min past \
             the start of `props` at 09:15; the day is over-full, and the time plan will show \
             the slip\n"
        ),
        "{stderr}"
    );
    // Before the day, the plan already shows the slip the agenda holds.
    let a = agenda(over);
    let plan = day_plan(&Record::new(a.clone()), 0, t(7, 0));
    assert_eq!(times(&plan)[1], row("props", "09:15", "09:30", "11:00"));
    assert_eq!(plan.sessions[1].drift_minutes(), Some(15));
    // Live, the opening runs its full time and the proposals start late.
    let record = record_after(a, vec![start("open", t(9, 0)), end("open", t(9, 30))]);
    let plan = day_plan(&record, 0, t(9, 30));
    assert_eq!(plan.drift_minutes(), Some(15));
    assert_eq!(plan.summary(), "running 15 min late; Lunch now at 11:00");
}

#[test]
fn a_session_moved_without_a_start_undoes_to_its_own() {
    let a = agenda(&text(&FOLLOWS));
    let mut record = Record::new(a);
    let moved = Op::MoveSession {
        session: "props".into(),
        day: 0,
        index: 3,
        start: Some(chrono::NaiveTime::MIN),
    };
    let undo = apply(&mut record, &moved).unwrap_or_else(|e| panic!("the move is refused: {e}"));
    assert_eq!(
        undo,
        Op::MoveSession {
            session: "props".into(),
            day: 0,
            index: 1,
            start: None,
        }
    );
    apply(&mut record, &undo).unwrap_or_else(|e| panic!("the undo is refused: {e}"));
    assert_eq!(record.plan, agenda(&text(&FOLLOWS)));
    // The inverse encodes as every MoveSession did, only without the start it does not have.
    let json = serde_json::to_string(&undo).unwrap_or_default();
    assert_eq!(
        json,
        r#"{"MoveSession":{"session":"props","day":0,"index":1}}"#
    );
}

#[test]
fn new_fields_round_trip_and_absent_ones_are_not_written() {
    let written = ron::to_string(&agenda(SMALL)).unwrap_or_default();
    // A day is written as before: date, title, sessions; sessions keep their start and length.
    assert!(
        written.contains(r#"days:[(date:"2018-07-23",title:"",sessions:[(id:"open",title:"Opening",kind:Talk,start:"09:00",minutes:30,"#),
        "{written}"
    );
    for field in ["end:", "start:None", "minutes:None"] {
        assert!(!written.contains(field), "{field} in {written}");
    }
    let full = agenda(&text(&[
        ("start: \"09:30\", minutes: 90, ", ""),
        (
            "(date: \"2018-07-24\", sessions",
            "(date: \"2018-07-24\", description: \"Back in the hall\", start: \"08:30\", \
             end: \"17:00\", sessions",
        ),
    ]));
    for encoded in [
        ron::to_string(&full).unwrap_or_default(),
        ron::ser::to_string_pretty(&full, ron::ser::PrettyConfig::default()).unwrap_or_default(),
    ] {
        assert_eq!(agenda(&encoded), full, "{encoded}");
    }
    let json = serde_json::to_string(&full).unwrap_or_default();
    assert_eq!(
        serde_json::from_str::<Agenda>(&json).ok().as_ref(),
        Some(&full)
    );
    assert!(
        json.contains(r#"{"id":"props","title":"Proposals","kind":"Proposals","description""#),
        "{json}"
    );
}

#[test]
fn the_screen_shows_unknown_times_without_inventing_them() {
    let text = text(&OPEN_ENDED);
    let mut s = Screen::of(&text, agenda(&text), 100, 24);
    s.now = t(9, 0);
    // Start the opening, end it, start the open-ended proposals round.
    s.keys("<Space>").wait(30).keys("E]<Space>").wait(15);
    let screen = s.text();
    assert!(
        screen.contains("15:00 / open-ended  no times after Proposals (open-ended)"),
        "{screen}"
    );
    let outline: Vec<&str> = screen
        .lines()
        .filter_map(|l| l.split('│').next())
        .filter(|l| l.contains("Lunch") || l.contains("Decision"))
        .map(str::trim)
        .collect();
    assert_eq!(outline, ["· --:-- Lunch", "· --:-- Decision"], "{screen}");
}

#[test]
fn the_template_and_the_readme_show_each_new_field_and_read() {
    let template = agenda(include_str!("../agendas/template.ron"));
    let days = &template.days;
    assert!(
        days.iter()
            .any(|d| d.sessions.is_empty() && !d.description.is_empty())
    );
    assert!(days.iter().any(|d| d.start.is_some() && d.end.is_some()));
    let sessions: Vec<_> = template.sessions().map(|(_, s)| s).collect();
    assert!(
        sessions
            .iter()
            .any(|s| s.start.is_none() && s.minutes.is_some())
    );
    assert!(sessions.iter().any(|s| s.minutes.is_none()));

    let readme = include_str!("../README.md");
    let from = readme
        .find("Times that are not known are left out")
        .expect("the README tells times that are not known");
    let snippet = readme[from..]
        .split("```ron\n")
        .nth(1)
        .and_then(|s| s.split("```").next())
        .expect("an example");
    let example = agenda(&format!("(title: \"Example\",\n{snippet})"));
    let plan = day_plan(&Record::new(example), 0, t(7, 0));
    assert_eq!(
        plan.sessions
            .iter()
            .map(|s| hh_mm(s.planned_start))
            .collect::<Vec<_>>(),
        ["09:00", "09:30", "11:00"]
    );
}

#[test]
fn a_session_before_its_day_starts_is_a_warning() {
    let early = text(&[(
        "(date: \"2018-07-24\", sessions",
        "(date: \"2018-07-24\", start: \"09:30\", sessions",
    )]);
    let (code, _, stderr) = check(&early);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.starts_with(
            "warning: t.ron:25:18: session `plan` starts at 09:00, before day 2018-07-24 starts \
             at 09:30\n"
        ),
        "{stderr}"
    );
}
