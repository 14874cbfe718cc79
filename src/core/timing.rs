//! The time plan: the rest of a day re-timed from how its sessions actually ran.

use chrono::{NaiveDateTime, TimeDelta};

use super::agenda::SessionKind;
use super::record::{Record, RunState};

/// One session of a day, placed in time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimedSession {
    /// The session's id.
    pub id: String,
    /// The session's title.
    pub title: String,
    /// What kind of block it is.
    pub kind: SessionKind,
    /// Where it stands.
    pub state: RunState,
    /// When the agenda has it start.
    pub planned_start: NaiveDateTime,
    /// When the agenda has it end.
    pub planned_end: NaiveDateTime,
    /// When it started, or now looks like starting.
    pub start: NaiveDateTime,
    /// Pending, but a later session of the day has already started: the room passed it by
    /// for now, so it takes no time in the projection.
    pub passed: bool,
    /// When it ended, or now looks like ending.
    pub end: NaiveDateTime,
}

impl TimedSession {
    /// Minutes it starts after its planned start (negative: early).
    pub fn drift_minutes(&self) -> i64 {
        (self.start - self.planned_start).num_minutes()
    }
}

/// A day re-timed: every session with its planned and projected times.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayPlan {
    /// The sessions of the day in order.
    pub sessions: Vec<TimedSession>,
}

/// Re-times day `day` of the record's plan as it stands at `now`.
///
/// Sessions that ran keep their actual times; the one running is projected to use the rest of
/// its planned length; pending sessions follow on, never before their planned start nor,
/// on a day under way, before `now`; skipped sessions take no time.
pub fn day_plan(record: &Record, day: usize, now: NaiveDateTime) -> DayPlan {
    let Some(d) = record.plan.days.get(day) else {
        return DayPlan {
            sessions: Vec::new(),
        };
    };
    // A day runs on the date its first session actually started, which may not be the date
    // the agenda planned (a meeting moved, an example replayed): times of day are what count.
    let started = d
        .sessions
        .iter()
        .filter_map(|s| record.run(&s.id).started)
        .min();
    let date = started.map_or(d.date, |t| t.date());
    // `now` only pushes sessions back on a day that is under way: a day in the past or the
    // future that nothing ran on keeps its planned times.
    let under_way = started.is_some() || now.date() == date;
    let last_started = d
        .sessions
        .iter()
        .rposition(|s| record.run(&s.id).state != RunState::Pending);
    let mut cursor: Option<NaiveDateTime> = None;
    let mut sessions = Vec::with_capacity(d.sessions.len());
    for (index, s) in d.sessions.iter().enumerate() {
        let passed = record.run(&s.id).state == RunState::Pending
            && last_started.is_some_and(|last| index < last);
        let planned_start = date.and_time(s.start);
        let planned_length = TimeDelta::minutes(i64::from(s.minutes));
        let run = record.run(&s.id);
        let (start, end) = match run.state {
            RunState::Done => {
                let start = run.started.unwrap_or(planned_start);
                (start, run.ended.unwrap_or(start).max(start))
            }
            RunState::Running | RunState::Paused => {
                let start = run.started.unwrap_or(planned_start);
                let ran = TimeDelta::try_seconds(run.elapsed_secs(now)).unwrap_or(TimeDelta::MAX);
                let left = planned_length
                    .checked_sub(&ran)
                    .unwrap_or_else(TimeDelta::zero);
                (start, plus(now, left.max(TimeDelta::zero())))
            }
            RunState::Skipped => {
                let at = cursor.unwrap_or(planned_start);
                (at, at)
            }
            RunState::Pending if passed => {
                let at = cursor.unwrap_or(planned_start);
                (at, at)
            }
            RunState::Pending => {
                let start = cursor.map_or(planned_start, |c| c.max(planned_start));
                let start = if under_way { start.max(now) } else { start };
                (start, plus(start, planned_length))
            }
        };
        cursor = Some(end);
        sessions.push(TimedSession {
            id: s.id.clone(),
            title: s.title.clone(),
            kind: s.kind,
            state: run.state,
            planned_start,
            planned_end: plus(planned_start, planned_length),
            start,
            passed,
            end,
        });
    }
    DayPlan { sessions }
}

/// `t + d`, held at the calendar's ends instead of overflowing: a record can hold any times,
/// and a plan of them must never panic.
fn plus(t: NaiveDateTime, d: TimeDelta) -> NaiveDateTime {
    t.checked_add_signed(d).unwrap_or(if d < TimeDelta::zero() {
        NaiveDateTime::MIN
    } else {
        NaiveDateTime::MAX
    })
}

impl DayPlan {
    /// Minutes the rest of the day runs late (negative: early): the drift of the next pending
    /// session, or of the day's end once nothing is pending.
    pub fn drift_minutes(&self) -> i64 {
        match self
            .sessions
            .iter()
            .find(|s| s.state == RunState::Pending && !s.passed)
        {
            Some(next) => next.drift_minutes(),
            None => self
                .sessions
                .last()
                .map_or(0, |last| (last.end - last.planned_end).num_minutes()),
        }
    }

    /// The line the facilitator reads: "running 14 min late; Lunch now at 13:14".
    pub fn summary(&self) -> String {
        let drift = self.drift_minutes();
        let pending = || {
            self.sessions
                .iter()
                .filter(|s| s.state == RunState::Pending && !s.passed)
        };
        let landmark = pending()
            .find(|s| s.kind == SessionKind::Break)
            .or_else(|| pending().next());
        let moved = |lead: String| match landmark {
            Some(s) => format!("{lead}; {} now at {}", s.title, s.start.format("%H:%M")),
            None => lead,
        };
        match drift {
            0 => "on time".to_owned(),
            d if d > 0 => moved(format!("running {d} min late")),
            d => format!("running {} min early", -d),
        }
    }
}
