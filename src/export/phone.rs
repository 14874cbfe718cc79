//! The phone page's view: what participants' phones show of the meeting while it runs — the
//! current session and its timer, the day's agenda with live times, and the outcomes so far
//! (decisions, strategies with their actions, resolutions, next steps) — as JSON for the page.
//!
//! The outcomes are the outcome summary's own lines ([`super::summary::meeting_outcomes`]), so
//! the phones name exactly whom the summary names: no one in Chatham House mode, action owners
//! otherwise. Session leads and speakers are never on the page.

use chrono::NaiveDateTime;
use serde::Serialize;

use crate::core::labels;
use crate::core::record::{Record, RunState};
use crate::core::timing::{DayPlan, day_plan, hh_mm};

use super::Options;
use super::summary::meeting_outcomes;

/// Everything the phone page shows, at one moment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PhoneView {
    /// The meeting's title.
    pub title: String,
    /// Where it takes place.
    pub place: String,
    /// The session the room is in (running, else the one the screen is on, else the next),
    /// with its timer; None for an agenda with no sessions.
    pub current: Option<Current>,
    /// The day of the current session, re-timed.
    pub day: Option<DayView>,
    /// The outcomes so far, section by section; empty sections are left out.
    pub outcomes: Vec<Outcomes>,
}

/// The current session and its timer, as of the moment the view was made; the page counts on
/// from `elapsed_secs` while `running`, so the phone's own clock never has to agree.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Current {
    /// The session's title.
    pub title: String,
    /// Its kind, as a facilitator says it: "discussion", "break".
    pub kind: &'static str,
    /// Where it stands: "running", "paused", "not started", "done", "skipped".
    pub state: &'static str,
    /// Whether the timer is counting.
    pub running: bool,
    /// Seconds it has run.
    pub elapsed_secs: i64,
    /// Seconds the agenda gives it; None when open-ended.
    pub planned_secs: Option<i64>,
}

/// One day of the agenda with its live times.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DayView {
    /// "Day 2 — Tuesday 24 July 2018".
    pub label: String,
    /// "running 14 min late; Lunch now at 13:14".
    pub summary: String,
    /// Its sessions in order.
    pub sessions: Vec<SessionLine>,
}

/// One session of the day, placed in time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SessionLine {
    /// The session's title.
    pub title: String,
    /// When the agenda has it start: "09:30", or "--:--".
    pub planned: String,
    /// When it started or now looks like starting, when that differs from the plan.
    pub moved: Option<String>,
    /// Where it stands, as [`Current::state`] says it.
    pub state: &'static str,
    /// Whether it is the current session.
    pub current: bool,
}

/// A section of the outcomes: "DECIDED", "STRATEGIES", "RESOLUTIONS", "NEXT STEPS".
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Outcomes {
    /// The section's heading.
    pub title: String,
    /// Its groups: one per strategy, or one with no name.
    pub groups: Vec<Group>,
}

/// A strategy and its actions, or a section's lines.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Group {
    /// The strategy's name.
    pub name: Option<String>,
    /// Its lines, without the summary's leading "- ".
    pub items: Vec<String>,
}

/// The phone page's view of `record` at `now`.
pub fn phone_view(record: &Record, now: NaiveDateTime) -> PhoneView {
    let current = current_session(record);
    let day = current
        .and_then(|id| record.plan.position(id))
        .map(|(day, _)| day_view(record, day, current, now));
    let options = Options {
        names: !record.plan.chatham_house,
        ..Options::default()
    };
    let outcomes = meeting_outcomes(record, &options)
        .lists()
        .map(|(title, groups)| Outcomes {
            title: title.to_owned(),
            groups: groups
                .into_iter()
                .map(|(name, items)| Group {
                    name: name.map(str::to_owned),
                    items: items
                        .into_iter()
                        .map(|i| i.strip_prefix("- ").unwrap_or(i).to_owned())
                        .collect(),
                })
                .collect(),
        })
        .collect();
    PhoneView {
        title: super::inert(&record.plan.title),
        place: super::inert(&record.plan.place),
        current: current.and_then(|id| current_view(record, id, now)),
        day,
        outcomes,
    }
}

/// The phone page's view as JSON.
pub fn phone_json(record: &Record, now: NaiveDateTime) -> String {
    // A view of strings, numbers and options always serializes.
    serde_json::to_string(&phone_view(record, now)).unwrap_or_else(|_| "{}".to_owned())
}

/// The session the room is in: the one running, else the one the screen is on, else the
/// first not started after the last that started (the room passed the others by), else the
/// first not started, else the last.
fn current_session(record: &Record) -> Option<&str> {
    let plan = &record.plan;
    let pending = |id: &str| record.run(id).state == RunState::Pending;
    let sessions: Vec<&str> = plan.sessions().map(|(_, s)| s.id.as_str()).collect();
    let after_last_started = sessions
        .iter()
        .rposition(|id| !matches!(record.run(id).state, RunState::Pending | RunState::Skipped))
        .and_then(|last| sessions[last..].iter().copied().find(|id| pending(id)));
    record
        .running()
        .or(record.current.as_deref())
        .and_then(|id| plan.session(id))
        .map(|s| s.id.as_str())
        .or(after_last_started)
        .or_else(|| sessions.iter().copied().find(|id| pending(id)))
        .or_else(|| sessions.last().copied())
}

fn current_view(record: &Record, id: &str, now: NaiveDateTime) -> Option<Current> {
    let session = record.plan.session(id)?;
    let run = record.run(id);
    Some(Current {
        title: super::inert(&session.title),
        kind: session.kind.label(),
        state: labels::run_state(run.state),
        running: run.state == RunState::Running,
        elapsed_secs: run.elapsed_secs(now),
        planned_secs: session.minutes.map(|m| i64::from(m) * 60),
    })
}

fn day_view(record: &Record, day: usize, current: Option<&str>, now: NaiveDateTime) -> DayView {
    let plan: DayPlan = day_plan(record, day, now);
    let date = record
        .plan
        .days
        .get(day)
        .map(|d| d.date.format("%A %-d %B %Y").to_string())
        .unwrap_or_default();
    let sessions = plan
        .sessions
        .iter()
        .map(|s| SessionLine {
            title: super::inert(&s.title),
            planned: hh_mm(s.planned_start),
            moved: (s.start != s.planned_start).then(|| hh_mm(s.start)),
            state: labels::run_state(s.state),
            current: Some(s.id.as_str()) == current,
        })
        .collect();
    DayView {
        label: format!("Day {} — {date}", day + 1),
        summary: super::inert(&plan.summary()),
        sessions,
    }
}
