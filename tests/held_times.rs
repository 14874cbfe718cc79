//! Planned times in the minutes (issue 12): a held session shows its planned times beside the
//! capture's where they differ, and a session captured on another date than planned (a
//! rehearsal, a record typed up later) leads with the plan; and the times it was really held
//! can be typed after the fact (`C` on the screen), undone like any change.

mod common;

use chrono::{NaiveDate, NaiveDateTime};
use common::screen::Screen;
use common::{end, record_after, small_agenda, start};
use plenary::core::commands;
use plenary::core::op::{Op, apply};
use plenary::core::record::{Record, RunState};
use plenary::export::Options;
use plenary::export::minutes::minutes_markdown;
use plenary::export::summary::session_summary;

/// `hh:mm` on `date`.
fn t(date: (i32, u32, u32), hh: u32, mm: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(date.0, date.1, date.2)
        .and_then(|d| d.and_hms_opt(hh, mm, 0))
        .expect("a valid time")
}

const PLANNED: (i32, u32, u32) = (2018, 7, 23);

/// The small agenda's record after `ops`.
fn after(ops: Vec<Op>) -> Record {
    record_after(small_agenda(), ops)
}

/// The italic facts line under the heading of session `title`.
fn facts(record: &Record, title: &str) -> String {
    let minutes = minutes_markdown(record, &Options::default());
    let heading = format!("#### {title}");
    let mut lines = minutes.lines().skip_while(|l| *l != heading);
    lines
        .find(|l| l.starts_with('*'))
        .unwrap_or_else(|| panic!("no facts under {heading}:\n{minutes}"))
        .to_owned()
}

#[test]
fn held_as_planned_shows_one_span() {
    let record = after(vec![
        start("open", t(PLANNED, 9, 0)),
        end("open", t(PLANNED, 9, 30)),
    ]);
    assert_eq!(
        facts(&record, "Opening"),
        "*Talk, 09:00–09:30. Led by Ben.*"
    );
}

#[test]
fn held_at_other_times_shows_the_plan_beside_them() {
    let record = after(vec![
        start("open", t(PLANNED, 9, 6)),
        end("open", t(PLANNED, 9, 40)),
        start("props", t(PLANNED, 9, 45)),
    ]);
    assert_eq!(
        facts(&record, "Opening"),
        "*Talk, 09:06–09:40 (planned 09:00–09:30). Led by Ben.*"
    );
    assert_eq!(
        facts(&record, "Proposals"),
        "*Proposals, from 09:45 (running; planned 09:30–11:00).*"
    );
}

#[test]
fn captured_on_another_date_leads_with_the_plan() {
    let rehearsal = (2020, 3, 2);
    let record = after(vec![
        start("open", t(rehearsal, 7, 0)),
        end("open", t(rehearsal, 7, 5)),
        start("props", t(rehearsal, 7, 5)),
    ]);
    assert_eq!(
        facts(&record, "Opening"),
        "*Talk, planned 09:00–09:30; captured 07:00–07:05 on 2 March 2020. Led by Ben.*"
    );
    assert_eq!(
        facts(&record, "Proposals"),
        "*Proposals, planned 09:30–11:00; captured from 07:05 on 2 March 2020 (running).*"
    );
    // Not started: the plan alone, as before.
    assert_eq!(
        facts(&record, "Decision"),
        "*Decision, planned 12:00, 60 min — not held.*"
    );
}

#[test]
fn the_session_summary_gives_the_times_the_minutes_give() {
    let rehearsal = (2020, 3, 2);
    let record = after(vec![
        start("open", t(rehearsal, 7, 0)),
        end("open", t(rehearsal, 7, 5)),
    ]);
    let summary = session_summary(&record, "open", &Options::default()).expect("a session");
    // The meeting's name leads the line; the times end it, as the minutes give them.
    let line = summary.lines().nth(1).unwrap_or_default();
    assert!(
        line.ends_with(
            ", day 1 (Monday 23 July 2018), planned 09:00–09:30; captured 07:00–07:05 on 2 \
             March 2020"
        ),
        "{summary}"
    );
}

/// `record` after `ops`, and the ops that undo them, last first.
fn applied(record: &Record, ops: &[Op]) -> (Record, Vec<Op>) {
    let mut record = record.clone();
    let mut undo = Vec::new();
    for op in ops {
        undo.push(apply(&mut record, op).unwrap_or_else(|e| panic!("{op:?}: {e}")));
    }
    undo.reverse();
    (record, undo)
}

#[test]
fn times_typed_after_the_fact_are_the_held_ones_and_undo_puts_the_capture_back() {
    let rehearsal = (2020, 3, 2);
    let captured = after(vec![
        start("open", t(rehearsal, 7, 0)),
        end("open", t(rehearsal, 7, 5)),
    ]);
    let later = t(rehearsal, 18, 0);
    for answer in ["09:06-09:40", "9:06 – 9:40", "9.06 to 9.40", "9h06 9h40"] {
        let ops = commands::set_held_times(&captured, "open", answer, later)
            .unwrap_or_else(|e| panic!("{answer}: {e}"));
        let (held, undo) = applied(&captured, &ops);
        assert_eq!(
            facts(&held, "Opening"),
            "*Talk, 09:06–09:40 (planned 09:00–09:30). Led by Ben.*",
            "{answer}"
        );
        assert_eq!(commands::held_answer(&held, "open"), "09:06-09:40");
        let (back, _) = applied(&held, &undo);
        assert_eq!(back.run("open"), captured.run("open"), "{answer}");
    }
    // A session never started, or skipped, is held all the same once its times are given.
    let skipped = after(vec![Op::SkipSession {
        session: "lunch".into(),
    }]);
    let ops = commands::set_held_times(&skipped, "lunch", "11:00-11:50", later).expect("read");
    let (held, _) = applied(&skipped, &ops);
    let run = held.run("lunch");
    assert_eq!(
        (run.state, run.started, run.ended),
        (
            RunState::Done,
            Some(t(PLANNED, 11, 0)),
            Some(t(PLANNED, 11, 50))
        )
    );
    assert_eq!(run.elapsed_secs(later), 50 * 60);
}

#[test]
fn a_start_alone_is_when_a_running_session_began() {
    let running = after(vec![start("open", t(PLANNED, 9, 12))]);
    let now = t(PLANNED, 9, 20);
    let ops = commands::set_held_times(&running, "open", "09:00", now).expect("read");
    let (held, _) = applied(&running, &ops);
    let run = held.run("open");
    assert_eq!(
        (run.state, run.started),
        (RunState::Running, Some(t(PLANNED, 9, 0)))
    );
    assert_eq!(run.elapsed_secs(now), 20 * 60, "its clock counts from then");
    assert_eq!(commands::held_answer(&held, "open"), "09:00");
}

#[test]
fn times_that_cannot_be_the_held_ones_are_refused_with_what_to_type() {
    let running = after(vec![start("open", t(PLANNED, 9, 0))]);
    let now = t(PLANNED, 9, 20);
    let hint = "type when it was held, like 09:10-10:05 (or 09:10 alone for a session running now)";
    let rows = [
        ("open", "soon", hint),
        ("open", "", hint),
        ("open", "9-10", hint),
        ("open", "25:00-26:00", hint),
        ("open", "09:00-09:30-10:00", hint),
        (
            "open",
            "10:05-09:10",
            "the end must come after the start, like 09:10-10:05",
        ),
        (
            "open",
            "09:10-09:10",
            "the end must come after the start, like 09:10-10:05",
        ),
        ("open", "09:21", "that time has not come yet"),
        (
            "props",
            "09:30",
            "a session not running now needs when it ended too, like 09:10-10:05",
        ),
        ("nowhere", "09:00-10:00", "there is no session `nowhere`"),
    ];
    for (session, answer, why) in rows {
        assert_eq!(
            commands::set_held_times(&running, session, answer, now).map_err(|r| r.0),
            Err(why.to_owned()),
            "{session} {answer:?}"
        );
    }
    // The minute itself has come.
    assert!(commands::set_held_times(&running, "open", "09:20", now).is_ok());
}

#[test]
fn c_on_the_screen_asks_when_the_session_was_held_and_u_takes_it_back() {
    let mut s = Screen::new(80, 24);
    s.keys("C");
    assert!(s.text().contains("When was it held?"), "{}", s.text());
    s.keys("09:05-09:35<Enter>");
    let run = s.reloaded().run("open");
    assert_eq!(
        (run.state, run.started, run.ended),
        (
            RunState::Done,
            Some(t(PLANNED, 9, 5)),
            Some(t(PLANNED, 9, 35))
        )
    );
    let footer = s.text().lines().last().unwrap_or_default().to_owned();
    assert!(footer.contains("Opening: held 09:05–09:35"), "{footer:?}");
    // Held, the session is done and the screen moves on to the next; back on it, the prompt
    // offers the times to correct, and a mistake keeps it open with the text.
    assert!(s.text().contains("Day 1 · Proposals"), "{}", s.text());
    s.keys("[C");
    assert!(s.text().contains("09:05-09:35"), "{}", s.text());
    s.keys("<C-u>09:35-09:05<Enter>");
    assert!(
        s.text().contains("the end must come after the start"),
        "{}",
        s.text()
    );
    s.keys("<Esc>u");
    assert_eq!(s.reloaded().run("open").state, RunState::Pending);
    // Started late by the clock: the start typed is when it really began.
    s.keys(" ");
    s.wait(20).keys("C<C-u>09:00<Enter>");
    let run = s.reloaded().run("open");
    assert_eq!(
        (run.state, run.started),
        (RunState::Running, Some(t(PLANNED, 9, 0)))
    );
}
