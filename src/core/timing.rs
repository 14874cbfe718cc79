//! The time plan: the rest of a day re-timed from how its sessions actually ran.

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};

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
    /// Whether its day runs on the date planned, so that its drift means something.
    pub on_planned_date: bool,
}

impl TimedSession {
    /// Minutes it starts after its planned start (negative: early); 0 on a day run on another
    /// date than planned, whose times of day are not the meeting's.
    pub fn drift_minutes(&self) -> i64 {
        if !self.on_planned_date {
            return 0;
        }
        (self.start - self.planned_start).num_minutes()
    }
}

/// A day re-timed: every session with its planned and projected times.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayPlan {
    /// The sessions of the day in order.
    pub sessions: Vec<TimedSession>,
    /// The date the agenda plans the day for, when the day is being run on another date (a
    /// rehearsal, a replay, a record typed up later). Its times of day are then not the
    /// meeting's, so no slip is measured against the plan.
    pub planned_for: Option<NaiveDate>,
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
            planned_for: None,
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
            on_planned_date: date == d.date,
        });
    }
    DayPlan {
        sessions,
        planned_for: (date != d.date).then_some(d.date),
    }
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
    /// session, or of the day's end once nothing is pending; 0 on a day run on another date
    /// than planned, where the capture's times say nothing about the meeting's.
    pub fn drift_minutes(&self) -> i64 {
        if self.planned_for.is_some() {
            return 0;
        }
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

    /// The line the facilitator reads: "running 14 min late; Lunch now at 13:14". On a day
    /// run on another date than planned it says so ("planned for 23 Jul 2018") instead of a
    /// slip: a rehearsal at breakfast of an evening's sessions is not "running 776 min early".
    pub fn summary(&self) -> String {
        if let Some(date) = self.planned_for {
            return format!("planned for {}", date.format("%-d %b %Y"));
        }
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

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::core::op::{Op, apply};
    use crate::store::agenda_file::parse_agenda;

    const SMALL: &str = include_str!("../../tests/fixtures/small.ron");

    /// `minute` minutes after 09:00 on `date` (day 1 of the small agenda is 2018-07-23).
    fn at(date: (i32, u32, u32), minute: i64) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(date.0, date.1, date.2)
            .and_then(|d| d.and_hms_opt(9, 0, 0))
            .map(|t| plus(t, TimeDelta::minutes(minute)))
            .unwrap_or_default()
    }

    /// The small agenda's day 1 with each session in `ran` started and ended as given.
    fn ran(sessions: &[(&str, NaiveDateTime, NaiveDateTime)]) -> Record {
        let Ok((agenda, _)) = parse_agenda("small.ron", SMALL.as_bytes()) else {
            panic!("the small agenda checks");
        };
        let mut record = Record::new(agenda);
        for (id, start, end) in sessions {
            for op in [
                Op::StartSession {
                    session: (*id).into(),
                    at: *start,
                },
                Op::EndSession {
                    session: (*id).into(),
                    at: *end,
                },
            ] {
                if let Err(e) = apply(&mut record, &op) {
                    panic!("{op:?} was refused: {e}");
                }
            }
        }
        record
    }

    #[test]
    fn a_day_run_on_another_date_shows_no_slip() {
        // A rehearsal two years on, at 07:00, clicking through the day in twenty minutes.
        let day = (2020, 3, 2);
        let record = ran(&[
            ("open", at(day, -120), at(day, -115)),
            ("props", at(day, -115), at(day, -110)),
            ("lunch", at(day, -110), at(day, -105)),
            ("decide", at(day, -105), at(day, -100)),
        ]);
        let plan = day_plan(&record, 0, at(day, -100));
        assert_eq!(plan.planned_for, NaiveDate::from_ymd_opt(2018, 7, 23));
        assert_eq!(plan.drift_minutes(), 0);
        assert_eq!(plan.summary(), "planned for 23 Jul 2018");
        // Half-way through, late in the evening of the rehearsal day: no slip either.
        let record = ran(&[("open", at(day, 660), at(day, 700))]);
        let plan = day_plan(&record, 0, at(day, 700));
        assert_eq!(plan.drift_minutes(), 0);
        assert_eq!(plan.summary(), "planned for 23 Jul 2018");
        // The rest of the day is still re-timed from now, but no session is marked late.
        let lunch = &plan.sessions[2];
        assert_eq!((lunch.id.as_str(), lunch.start), ("lunch", at(day, 790)));
        assert!(plan.sessions.iter().all(|s| s.drift_minutes() == 0));
    }

    #[test]
    fn on_the_planned_date_the_slip_is_measured() {
        let day = (2018, 7, 23);
        let record = ran(&[
            ("open", at(day, 0), at(day, 30)),
            ("props", at(day, 30), at(day, 60)),
            ("lunch", at(day, 60), at(day, 90)),
            ("decide", at(day, 90), at(day, 100)),
        ]);
        let plan = day_plan(&record, 0, at(day, 100));
        assert_eq!(plan.planned_for, None);
        assert_eq!(plan.summary(), "running 140 min early");
        // The second day, not started, is not moved: it keeps its planned times.
        let plan = day_plan(&record, 1, at(day, 100));
        assert_eq!(plan.planned_for, None);
        assert_eq!(plan.summary(), "on time");
    }
}
