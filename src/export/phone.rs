//! The phone page's view: what participants' phones show of the meeting while it runs — the
//! current session and its timer, the day's agenda with live times, and the outcomes so far
//! (decisions, strategies with their actions, resolutions, next steps) — as JSON for the page.
//!
//! The outcomes are the outcome summary's own lines ([`super::summary::meeting_outcomes`]), so
//! the phones name exactly whom the summary names: no one in Chatham House mode, action owners
//! otherwise. Session leads and speakers are never on the page.
//!
//! The page and its state speak the meeting's language: the page's own words are written into
//! it when it is served ([`phone_page`]), and the state's (the day, its times, the sessions'
//! kinds and states, the outcomes' headings) come from the same labels as the minutes'.

use std::sync::OnceLock;

use chrono::NaiveDateTime;
use serde::Serialize;

use crate::core::labels::{kinds_in, run_state_in};
use crate::core::record::{Record, RunState};
use crate::core::timing::{DayPlan, Landmark, Standing, day_plan};
use crate::lang::{Labels, Language};

use super::Options;
use super::qr::escape_xml;
use super::summary::meeting_outcomes;

/// Everything the phone page shows, at one moment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PhoneView {
    /// The code of the language the view is in ("es"): a page served in another one (before
    /// the meeting's first state reached the server) loads itself again to match.
    pub lang: &'static str,
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
    /// Its kind, as a facilitator says it, in the meeting's language: "discussion", "break".
    pub kind: String,
    /// Where it stands, in the meeting's language: "running", "paused", "not started".
    pub state: String,
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
    /// "Day 2 — Tuesday 24 July 2018", in the meeting's language.
    pub label: String,
    /// "running 14 min late; Lunch now at 13:14", in the meeting's language.
    pub summary: String,
    /// Its sessions in order.
    pub sessions: Vec<SessionLine>,
}

/// One session of the day, placed in time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SessionLine {
    /// The session's title, after its track's name for a working group's ("Land · …").
    pub title: String,
    /// When the agenda has it start: "09:30" ("09 h 30" in French), or "--:--".
    pub planned: String,
    /// When it started or now looks like starting, when that differs from the plan.
    pub moved: Option<String>,
    /// Where it stands, as [`Current::state`] says it.
    pub state: String,
    /// Where it stands, the same in every language, for the page to style it by: "pending",
    /// "running", "paused", "done", "skipped".
    pub run: &'static str,
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
    let options = Options {
        names: !record.plan.chatham_house,
        ..Options::default()
    };
    let l = options.labels(record);
    let current = current_session(record);
    let day = current
        .and_then(|id| record.plan.position(id))
        .map(|(day, _)| day_view(l, record, day, current, now));
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
        lang: l.language().code(),
        title: super::inert(&record.plan.title),
        place: super::inert(&record.plan.place),
        current: current.and_then(|id| current_view(l, record, id, now)),
        day,
        outcomes,
    }
}

/// The phone page's view as JSON.
pub fn phone_json(record: &Record, now: NaiveDateTime) -> String {
    // A view of strings, numbers and options always serializes.
    serde_json::to_string(&phone_view(record, now)).unwrap_or_else(|_| "{}".to_owned())
}

/// The session the room is in: the one the screen is on while it runs (groups may run beside
/// it), else one running, else the one the screen is on, else the
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
    // With groups running side by side, the one the room is on.
    let current_running = record
        .current
        .as_deref()
        .filter(|id| record.run(id).state == RunState::Running);
    current_running
        .or_else(|| record.running())
        .or(record.current.as_deref())
        .and_then(|id| plan.session(id))
        .map(|s| s.id.as_str())
        .or(after_last_started)
        .or_else(|| sessions.iter().copied().find(|id| pending(id)))
        .or_else(|| sessions.last().copied())
}

fn current_view(l: &Labels, record: &Record, id: &str, now: NaiveDateTime) -> Option<Current> {
    let session = record.plan.session(id)?;
    let run = record.run(id);
    Some(Current {
        title: super::inert(&session.title),
        kind: kinds_in(l, session),
        state: run_state_in(l, run.state),
        running: run.state == RunState::Running,
        elapsed_secs: run.elapsed_secs(now),
        planned_secs: session.minutes.map(|m| i64::from(m) * 60),
    })
}

fn day_view(
    l: &Labels,
    record: &Record,
    day: usize,
    current: Option<&str>,
    now: NaiveDateTime,
) -> DayView {
    let plan: DayPlan = day_plan(record, day, now);
    let date = record
        .plan
        .days
        .get(day)
        .map(|d| l.long_date(d.date))
        .unwrap_or_default();
    let time =
        |t: Option<NaiveDateTime>| t.map_or_else(|| "--:--".to_owned(), |t| l.time(t.time()));
    let sessions = plan
        .sessions
        .iter()
        .map(|s| SessionLine {
            // A working group's session says its group: several run at once.
            title: match &s.track {
                Some(track) => super::inert(&format!("{track} · {}", s.title)),
                None => super::inert(&s.title),
            },
            planned: time(s.planned_start),
            moved: (s.start != s.planned_start).then(|| time(s.start)),
            state: run_state_in(l, s.state),
            run: run_class(s.state),
            current: Some(s.id.as_str()) == current,
        })
        .collect();
    DayView {
        label: l.label_with(
            "heading-day",
            &[("n", (day + 1).into()), ("date", date.into())],
        ),
        summary: super::inert(&standing(l, &plan)),
        sessions,
    }
}

/// Where the day stands, as [`DayPlan::summary`] says it, in `l`'s language: the phone page's
/// status line, and the meeting screen's.
pub(crate) fn standing(l: &Labels, plan: &DayPlan) -> String {
    let at = |landmark: &Landmark<'_>| {
        l.label_with(
            "day-now-at",
            &[
                ("title", landmark.title.into()),
                ("time", l.time(landmark.at.time()).into()),
            ],
        )
    };
    let minutes = |id: &str, n: i64| l.label_with(id, &[("minutes", n.into())]);
    match plan.standing() {
        Standing::HeldOn(date) => {
            l.label_with("day-held-on", &[("date", l.date_short(date).into())])
        }
        Standing::PlannedFor(date) => {
            l.label_with("day-planned-for", &[("date", l.date_short(date).into())])
        }
        Standing::NoSessions => l.label("day-no-sessions"),
        Standing::NoTimesAfter(title) => {
            l.label_with("day-no-times-after", &[("title", title.into())])
        }
        Standing::Untimed(landmark) => landmark
            .as_ref()
            .map_or_else(|| l.label("day-no-times"), at),
        Standing::OnTime => l.label("day-on-time"),
        Standing::Late(d, None) => minutes("day-late", d),
        Standing::Late(d, Some(landmark)) => l.label_with(
            "day-late-then",
            &[
                ("late", minutes("day-late", d).into()),
                ("then", at(&landmark).into()),
            ],
        ),
        Standing::Early(d) => minutes("day-early", d),
    }
}

/// A session's state as the page's style names it, in every language alike.
fn run_class(state: RunState) -> &'static str {
    match state {
        RunState::Pending => "pending",
        RunState::Running => "running",
        RunState::Paused => "paused",
        RunState::Done => "done",
        RunState::Skipped => "skipped",
    }
}

/// The page's template: one self-contained file, its CSS and script inline, with `{{…}}` where
/// the language's words go.
const TEMPLATE: &str = include_str!("phone.html");

/// The phone page in `language`: `lang` (and `dir="rtl"` for Arabic) on its root, and its own
/// words (the status line, the timer's "left" and "over", what shows before the first state),
/// in the HTML and, for the script, as JSON in a data block. Made once per language.
pub fn phone_page(language: Language) -> &'static str {
    static MADE: [OnceLock<String>; 4] = [const { OnceLock::new() }; 4];
    let index = Language::ALL
        .iter()
        .position(|&l| l == language)
        .unwrap_or(0);
    MADE[index].get_or_init(|| page_in(language.labels()))
}

fn page_in(l: &Labels) -> String {
    // The script fills in the timer with `{time}` where the label puts it.
    let timed = |id: &str| l.label_with(id, &[("time", "{time}".into())]);
    let words = serde_json::json!({
        "meeting": l.label("phone-meeting"),
        "live": l.label("phone-live"),
        "polling": l.label("phone-polling"),
        "offline": l.label("phone-offline"),
        "left": timed("phone-left"),
        "over": timed("phone-over"),
        "open": l.label("length-open"),
        "outcomes": l.label("summary-label-untitled"),
        "nothing": l.label("summary-nothing"),
    });
    // A `<` in the data block could close it; as JSON's own escape it reads the same.
    let words = words.to_string().replace('<', "\\u003c");
    let dir = if l.language().is_rtl() {
        " dir=\"rtl\""
    } else {
        ""
    };
    TEMPLATE
        .replace("{{lang}}", l.language().code())
        .replace("{{dir}}", dir)
        .replace("{{meeting}}", &escape_xml(&l.label("phone-meeting")))
        .replace("{{connecting}}", &escape_xml(&l.label("phone-connecting")))
        .replace("{{words}}", &words)
}
