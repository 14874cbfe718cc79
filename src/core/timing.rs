//! The time plan: the rest of a day re-timed from how its sessions actually ran.

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};

use super::agenda::SessionKind;
use super::record::{Record, RunState};

/// One session of a day, placed in time. A time is `None` where it cannot be known: a session
/// with no planned length has no planned end, and nothing after it can be projected until it
/// ends. The plan never invents a time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimedSession {
    /// The session's id.
    pub id: String,
    /// The session's title.
    pub title: String,
    /// What kind of block it is.
    pub kind: SessionKind,
    /// The parallel track it runs in, none for the plenary.
    pub track: Option<String>,
    /// Where it stands.
    pub state: RunState,
    /// When the agenda has it start.
    pub planned_start: Option<NaiveDateTime>,
    /// When the agenda has it end.
    pub planned_end: Option<NaiveDateTime>,
    /// When it started, or now looks like starting.
    pub start: Option<NaiveDateTime>,
    /// Pending, but a later session of the day has already started: the room passed it by
    /// for now, so it takes no time in the projection.
    pub passed: bool,
    /// When it ended, or now looks like ending.
    pub end: Option<NaiveDateTime>,
    /// Whether its day runs on the date planned, so that its drift means something.
    pub on_planned_date: bool,
}

impl TimedSession {
    /// Minutes it starts after its planned start (negative: early); 0 on a day run on another
    /// date than planned, whose times of day are not the meeting's; `None` when either start
    /// is not known.
    pub fn drift_minutes(&self) -> Option<i64> {
        if !self.on_planned_date {
            return Some(0);
        }
        Some((self.start? - self.planned_start?).num_minutes())
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
    /// The date the day was held on, when that is not today's and nothing runs now: a record
    /// opened on another day is a record of that day, not a plan to keep, so it is not late.
    pub held_on: Option<NaiveDate>,
}

/// Where the projection stands before a session: at the day's beginning, at a known time, or
/// after a session whose end cannot be known yet.
#[derive(Clone, Copy)]
enum Cursor {
    Beginning,
    At(NaiveDateTime),
    Unknown,
}

/// Where the projection stands before a session that follows on from `before` (indices
/// into the day, whose projected ends are `ends`): at the day's beginning when it follows
/// nothing, else when the last of them ends, unknown while any of their ends is.
fn cursor_after(before: &[usize], ends: &[Option<NaiveDateTime>]) -> Cursor {
    if before.is_empty() {
        return Cursor::Beginning;
    }
    before
        .iter()
        .map(|&b| ends.get(b).copied().flatten())
        .try_fold(NaiveDateTime::MIN, |latest, end| {
            end.map(|end| latest.max(end))
        })
        .map_or(Cursor::Unknown, Cursor::At)
}

/// Re-times day `day` of the record's plan as it stands at `now`.
///
/// Sessions that ran keep their actual times; the one running is projected to use the rest of
/// its planned length; pending sessions follow on (each from the sessions it follows: the one
/// before in its track, or every group before a plenary, see [`Day::follows`]), never before a
/// start the agenda gives nor, on a day under way, before `now`; skipped sessions take no time.
/// After a session whose end cannot be known (open-ended, or following one that is), pending
/// sessions have no projected times until it ends.
///
/// [`Day::follows`]: crate::core::agenda::Day::follows
pub fn day_plan(record: &Record, day: usize, now: NaiveDateTime) -> DayPlan {
    let Some(d) = record.plan.days.get(day) else {
        return DayPlan {
            sessions: Vec::new(),
            planned_for: None,
            held_on: None,
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
    let midnight = date.and_time(chrono::NaiveTime::MIN);
    let at = |minutes: u32| plus(midnight, TimeDelta::minutes(i64::from(minutes)));
    // A day that started on another date than today's, with nothing running now, was held
    // then: `now` says nothing about it.
    let running = d.sessions.iter().any(|s| {
        matches!(
            record.run(&s.id).state,
            RunState::Running | RunState::Paused
        )
    });
    let held_on = (started.is_some() && now.date() != date && !running).then_some(date);
    // `now` only pushes sessions back on a day that is under way: a day in the past or the
    // future that nothing ran on keeps its planned times, and so does a day held before.
    let under_way = (started.is_some() || now.date() == date) && held_on.is_none();
    let started_at: Vec<bool> = d
        .sessions
        .iter()
        .map(|s| record.run(&s.id).state != RunState::Pending)
        .collect();
    let follows = d.follows();
    let mut ends: Vec<Option<NaiveDateTime>> = Vec::with_capacity(d.sessions.len());
    let mut sessions = Vec::with_capacity(d.sessions.len());
    for ((index, s), planned) in d.sessions.iter().enumerate().zip(d.planned()) {
        let run = record.run(&s.id);
        // Passed by: a later session has started that does not run alongside it in another
        // track (a group that has not begun is not passed by the others starting).
        let passed = run.state == RunState::Pending
            && (index + 1..d.sessions.len()).any(|later| {
                started_at.get(later).copied().unwrap_or(false) && !d.alongside(index, later)
            });
        let planned_start = planned.start.map(at);
        let planned_length = s.minutes.map(|m| TimeDelta::minutes(i64::from(m)));
        let cursor = cursor_after(follows.get(index).map_or(&[][..], Vec::as_slice), &ends);
        let before = match cursor {
            Cursor::Beginning => planned_start,
            Cursor::At(t) => Some(t),
            Cursor::Unknown => None,
        };
        let (start, end) = match run.state {
            RunState::Done => {
                let start = run.started.or(planned_start);
                (start, run.ended.or(start).max(start))
            }
            RunState::Running | RunState::Paused => {
                let start = run.started.or(planned_start);
                let ran = TimeDelta::try_seconds(run.elapsed_secs(now)).unwrap_or(TimeDelta::MAX);
                let left =
                    planned_length.map(|l| l.checked_sub(&ran).unwrap_or_else(TimeDelta::zero));
                (
                    start,
                    left.map(|left| plus(now, left.max(TimeDelta::zero()))),
                )
            }
            RunState::Skipped => (before, before),
            RunState::Pending if passed => (before, before),
            RunState::Pending => {
                // A start the agenda gives is kept to; a session that follows the one before
                // starts when it ends.
                let start = match (before, s.start.and(planned_start)) {
                    (Some(b), Some(fixed)) => Some(b.max(fixed)),
                    (b, _) => b,
                };
                let start = start.map(|t| if under_way { t.max(now) } else { t });
                (start, start.zip(planned_length).map(|(t, l)| plus(t, l)))
            }
        };
        ends.push(end);
        sessions.push(TimedSession {
            id: s.id.clone(),
            title: s.title.clone(),
            kind: s.kind,
            track: s.track.clone(),
            state: run.state,
            planned_start,
            planned_end: planned.end.map(at),
            start,
            passed,
            end,
            on_planned_date: date == d.date,
        });
    }
    DayPlan {
        sessions,
        planned_for: (date != d.date).then_some(d.date),
        held_on,
    }
}

/// The session the meeting ended on when it is over, from the record alone (never the
/// clock): nothing runs or is paused, and every session but the breaks, which nobody has to
/// start, ended or was skipped. The last session that ended, then; None while the meeting is
/// not over.
pub fn closed_on(record: &Record) -> Option<&crate::core::agenda::Session> {
    let mut last = None;
    for (_, session) in record.plan.sessions() {
        match record.run(&session.id).state {
            RunState::Done => last = Some(session),
            RunState::Skipped => {}
            RunState::Running | RunState::Paused => return None,
            RunState::Pending if session.kind == SessionKind::Break => {}
            RunState::Pending => return None,
        }
    }
    last
}

/// A projected or planned time as the screen and the outline show it: "09:30", or "--:--"
/// when it is not known.
pub fn hh_mm(t: Option<NaiveDateTime>) -> String {
    t.map_or_else(|| "--:--".to_owned(), |t| t.format("%H:%M").to_string())
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
    /// The next session the room will go to: pending and not passed by.
    fn next(&self) -> Option<&TimedSession> {
        self.sessions
            .iter()
            .find(|s| s.state == RunState::Pending && !s.passed)
    }

    /// Minutes the rest of the day runs late (negative: early): the drift of the next pending
    /// session, or of the day's end once nothing is pending; 0 on a day run on another date
    /// than planned, where the capture's times say nothing about the meeting's; `None` when
    /// the times it compares are not known (after an open-ended session).
    pub fn drift_minutes(&self) -> Option<i64> {
        if self.planned_for.is_some() || self.held_on.is_some() {
            return Some(0);
        }
        match self.next() {
            Some(next) => next.drift_minutes(),
            None => self.sessions.last().map_or(Some(0), |last| {
                Some((last.end? - last.planned_end?).num_minutes())
            }),
        }
    }

    /// The session whose unknown end leaves the rest of the day without times, when the next
    /// pending session has no projected start: the first one up to it with a start (planned
    /// or projected) and no known end.
    fn open_ended(&self) -> Option<&TimedSession> {
        let next = self.next()?;
        if next.start.is_some() {
            return None;
        }
        self.sessions
            .iter()
            .take_while(|s| s.id != next.id)
            .chain(std::iter::once(next))
            .filter(|s| s.end.is_none())
            .find(|s| s.start.is_some() || s.planned_start.is_some())
            .or(Some(next))
    }

    /// Where the day stands against its plan, for [`DayPlan::summary`] to say in English and
    /// the exports in the meeting's language. A day held on an earlier date and opened again
    /// was held then; a day run on another date than planned is planned for its own date
    /// instead of measured: a rehearsal at breakfast of an evening's sessions is not "running
    /// 776 min early". After an open-ended session the times cannot be told, rather than
    /// invented.
    pub fn standing(&self) -> Standing<'_> {
        if let Some(date) = self.held_on {
            return Standing::HeldOn(date);
        }
        if let Some(date) = self.planned_for {
            return Standing::PlannedFor(date);
        }
        if self.sessions.is_empty() {
            return Standing::NoSessions;
        }
        if let Some(open) = self.open_ended() {
            return Standing::NoTimesAfter(&open.title);
        }
        let pending = || {
            self.sessions
                .iter()
                .filter(|s| s.state == RunState::Pending && !s.passed)
        };
        let landmark = pending()
            .find(|s| s.kind == SessionKind::Break && s.start.is_some())
            .or_else(|| pending().next())
            .and_then(|s| {
                s.start.map(|at| Landmark {
                    title: &s.title,
                    at,
                })
            });
        match self.drift_minutes() {
            None => Standing::Untimed(landmark),
            Some(0) => Standing::OnTime,
            Some(d) if d > 0 => Standing::Late(d, landmark),
            Some(d) => Standing::Early(-d),
        }
    }

    /// The line the facilitator reads: "running 14 min late; Lunch now at 13:14", "held on 23
    /// Jul 2018", "planned for 23 Jul 2018", "no times after Open space (open-ended)"; see
    /// [`DayPlan::standing`].
    pub fn summary(&self) -> String {
        let at = |l: &Landmark<'_>| format!("{} now at {}", l.title, l.at.format("%H:%M"));
        match self.standing() {
            Standing::HeldOn(date) => format!("held on {}", date.format("%-d %b %Y")),
            Standing::PlannedFor(date) => format!("planned for {}", date.format("%-d %b %Y")),
            Standing::NoSessions => "no sessions".to_owned(),
            Standing::NoTimesAfter(title) => format!("no times after {title} (open-ended)"),
            Standing::Untimed(landmark) => landmark
                .as_ref()
                .map_or_else(|| "no planned times to compare".to_owned(), at),
            Standing::OnTime => "on time".to_owned(),
            Standing::Late(d, landmark) => match landmark {
                Some(landmark) => format!("running {d} min late; {}", at(&landmark)),
                None => format!("running {d} min late"),
            },
            Standing::Early(d) => format!("running {d} min early"),
        }
    }
}

/// Where a day stands against its plan ([`DayPlan::standing`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Standing<'p> {
    /// Held on this earlier date, and nothing runs now.
    HeldOn(NaiveDate),
    /// Being run on another date than this one, the one planned.
    PlannedFor(NaiveDate),
    /// The day has no sessions.
    NoSessions,
    /// The session of this title has no known end, so nothing after it has a time.
    NoTimesAfter(&'p str),
    /// No slip can be measured; the next session to go to and when, if known.
    Untimed(Option<Landmark<'p>>),
    /// On time.
    OnTime,
    /// Running this many minutes late, and when the next break (or session) now starts.
    Late(i64, Option<Landmark<'p>>),
    /// Running this many minutes early.
    Early(i64),
}

/// A session still to come and when it now starts: "Lunch now at 13:14".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Landmark<'p> {
    /// The session's title.
    pub title: &'p str,
    /// When it now starts.
    pub at: NaiveDateTime,
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
        assert_eq!(plan.drift_minutes(), Some(0));
        assert_eq!(plan.summary(), "planned for 23 Jul 2018");
        // Half-way through, late in the evening of the rehearsal day: no slip either.
        let record = ran(&[("open", at(day, 660), at(day, 700))]);
        let plan = day_plan(&record, 0, at(day, 700));
        assert_eq!(plan.drift_minutes(), Some(0));
        assert_eq!(plan.summary(), "planned for 23 Jul 2018");
        // The rest of the day is still re-timed from now, but no session is marked late.
        let lunch = &plan.sessions[2];
        assert_eq!(
            (lunch.id.as_str(), lunch.start),
            ("lunch", Some(at(day, 790)))
        );
        assert!(plan.sessions.iter().all(|s| s.drift_minutes() == Some(0)));
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

    #[test]
    fn a_day_held_before_and_opened_later_is_not_late() {
        let day = (2018, 7, 23);
        // The opening ran on its date; the rest never did. Opened eight years on.
        let record = ran(&[("open", at(day, 0), at(day, 30))]);
        let years_on = at((2026, 12, 2), 600);
        let plan = day_plan(&record, 0, years_on);
        assert_eq!(plan.held_on, NaiveDate::from_ymd_opt(2018, 7, 23));
        assert_eq!(plan.drift_minutes(), Some(0));
        assert_eq!(plan.summary(), "held on 23 Jul 2018");
        // What did not run keeps the times of its day, not today's.
        assert!(
            plan.sessions
                .iter()
                .filter_map(|s| s.start)
                .all(|t| t.date() == NaiveDate::from_ymd_opt(2018, 7, 23).unwrap_or_default()),
            "{:?}",
            plan.sessions
        );
        // Later the same day it is measured as before.
        let plan = day_plan(&record, 0, at(day, 60));
        assert_eq!(plan.held_on, None);
        assert_ne!(plan.summary(), "held on 23 Jul 2018");
    }

    #[test]
    fn a_meeting_is_over_when_every_session_but_the_breaks_ended_or_was_skipped() {
        let day = (2018, 7, 23);
        let record = ran(&[("open", at(day, 0), at(day, 30))]);
        assert_eq!(closed_on(&record), None, "sessions are still to come");
        let mut record = ran(&[
            ("open", at(day, 0), at(day, 30)),
            ("props", at(day, 30), at(day, 60)),
            ("decide", at(day, 90), at(day, 100)),
        ]);
        // The lunch break never ran; the second day's sessions are still to come.
        assert_eq!(closed_on(&record), None);
        let later: Vec<String> = record.plan.days[1..]
            .iter()
            .flat_map(|d| d.sessions.iter())
            .filter(|s| s.kind != SessionKind::Break)
            .map(|s| s.id.clone())
            .collect();
        for id in &later {
            let op = Op::SkipSession {
                session: id.clone(),
            };
            if let Err(e) = apply(&mut record, &op) {
                panic!("{op:?} was refused: {e}");
            }
        }
        assert_eq!(closed_on(&record).map(|s| s.id.as_str()), Some("decide"));
        // A break that starts after all runs: the meeting is not over while it does.
        let op = Op::StartSession {
            session: "lunch".into(),
            at: at(day, 120),
        };
        if let Err(e) = apply(&mut record, &op) {
            panic!("{op:?} was refused: {e}");
        }
        assert_eq!(closed_on(&record), None);
    }
}
