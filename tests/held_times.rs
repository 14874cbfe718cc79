//! Planned times in the minutes (issue 12): a held session shows its planned times beside the
//! capture's where they differ, and a session captured on another date than planned (a
//! rehearsal, a record typed up later) leads with the plan.

mod common;

use chrono::{NaiveDate, NaiveDateTime};
use common::{end, record_after, small_agenda, start};
use plenary::core::op::Op;
use plenary::core::record::Record;
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
