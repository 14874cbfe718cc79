//! What the exports share: names, dates, labels and the questions every report asks of a
//! record (what was covered, what comes next).

use chrono::{NaiveDate, NaiveTime};

use crate::core::agenda::{Planned, Session, SessionKind};
use crate::core::labels::run_state_in;
pub(crate) use crate::core::labels::{decision, kinds_in, outcome, person};
use crate::core::record::{
    Action, ActionStatus, Decision, Note, NoteKind, Proposal, Record, RunState,
};
use crate::lang::{Arg, Labels};

/// "22–25 July 2018", "30 July – 2 August 2018", or one date; empty without days.
pub(crate) fn date_range(l: &Labels, record: &Record) -> String {
    let days = &record.plan.days;
    let (Some(first), Some(last)) = (days.first(), days.last()) else {
        return String::new();
    };
    l.date_span(first.date, last.date)
}

/// A due date as the minutes and the summary print it: "10 Aug 2018".
pub(crate) fn due(l: &Labels, date: NaiveDate) -> String {
    l.date_short(date)
}

/// The label of an action's status, as the CSV and the minutes write it.
pub(crate) fn status_label(status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::Open => "csv-open",
        ActionStatus::InProgress => "csv-in-progress",
        ActionStatus::Done => "csv-done",
        ActionStatus::Dropped => "csv-dropped",
    }
}

/// A day as a heading names it: "Sunday 22 July 2018".
pub(crate) fn long_date(l: &Labels, date: NaiveDate) -> String {
    l.long_date(date)
}

/// When a session ran, or when it was planned: "09:06–10:40", "from 14:02 (running)",
/// "planned 09:00, 90 min".
pub(crate) fn when(l: &Labels, record: &Record, session: &Session) -> String {
    let run = record.run(&session.id);
    match (run.state, run.started, run.ended) {
        (RunState::Done, Some(start), Some(end)) => span(l, start.time(), end.time()),
        (state @ (RunState::Running | RunState::Paused), Some(start), _) => l.label_with(
            "when-from",
            &[
                ("start", l.time(start.time()).into()),
                ("state", run_state_in(l, state).into()),
            ],
        ),
        _ => planned_when(l, record, session),
    }
}

/// "09:06–10:40".
fn span(l: &Labels, start: NaiveTime, end: NaiveTime) -> String {
    format!("{}–{}", l.time(start), l.time(end))
}

/// The plan of a session as far as the agenda tells it: "planned 09:00, 90 min", "planned
/// 09:00, open-ended", "planned 90 min, start not known", "open-ended, start not known".
fn planned_when(l: &Labels, record: &Record, session: &Session) -> String {
    let start = record
        .plan
        .planned(&session.id)
        .and_then(Planned::start_time)
        .map(|t| l.time(t));
    let length = session.minutes.map_or_else(
        || l.label("length-open"),
        |m| l.label_with("length-minutes", &[("minutes", m.into())]),
    );
    match start {
        Some(start) => l.label_with(
            "when-planned",
            &[("start", start.into()), ("length", length.into())],
        ),
        None if session.minutes.is_some() => {
            l.label_with("when-planned-no-start", &[("length", length.into())])
        }
        None => l.label_with("when-no-start", &[("length", length.into())]),
    }
}

/// When a session was held, as the minutes tell it: the capture's times with the planned
/// times beside them where they differ ("09:06–10:40 (planned 09:00–10:30)"). A session
/// captured on another date than its day is planned for (a rehearsal, a record typed up
/// later) leads with the plan, since the capture's times are not the meeting's: "planned
/// 09:00–10:30; captured 14:03–14:10 on 2 December 2026". Sessions not started read as
/// [`when`] says.
pub(crate) fn when_held(l: &Labels, record: &Record, session: &Session) -> String {
    let run = record.run(&session.id);
    let planned = planned_span(l, record, session);
    let day = record
        .plan
        .position(&session.id)
        .and_then(|(d, _)| record.plan.days.get(d))
        .map(|d| d.date);
    let elsewhere = |start: chrono::NaiveDateTime| {
        day.filter(|&d| d != start.date())
            .map(|_| l.date(start.date()))
    };
    let say = |id: &str, args: &[(&str, String)]| {
        let args: Vec<(&str, Arg<'_>)> = args
            .iter()
            .map(|(name, value)| (*name, value.as_str().into()))
            .collect();
        l.label_with(id, &args)
    };
    match (run.state, run.started, run.ended) {
        (RunState::Done, Some(start), Some(end)) => {
            let held = span(l, start.time(), end.time());
            match (elsewhere(start), planned) {
                (Some(date), Some(planned)) => say(
                    "held-elsewhere",
                    &[("planned", planned), ("held", held), ("date", date)],
                ),
                (Some(date), None) => say(
                    "held-elsewhere-unplanned",
                    &[("held", held), ("date", date)],
                ),
                (None, Some(planned)) if held != planned => {
                    say("held-moved", &[("held", held), ("planned", planned)])
                }
                (None, _) => held,
            }
        }
        (state @ (RunState::Running | RunState::Paused), Some(start), _) => {
            let state = run_state_in(l, state);
            let from = l.time(start.time());
            match (elsewhere(start), planned) {
                (Some(date), Some(planned)) => say(
                    "running-elsewhere",
                    &[
                        ("planned", planned),
                        ("start", from),
                        ("date", date),
                        ("state", state),
                    ],
                ),
                (Some(date), None) => say(
                    "running-elsewhere-unplanned",
                    &[("start", from), ("date", date), ("state", state)],
                ),
                (None, Some(planned)) => say(
                    "running-planned",
                    &[("start", from), ("state", state), ("planned", planned)],
                ),
                (None, None) => say("when-from", &[("start", from), ("state", state)]),
            }
        }
        _ => when(l, record, session),
    }
}

/// A session's planned span of time, "09:00–10:30", or "09:00, open-ended" when its length is
/// not known; `None` when its start is not known, since then nothing about its time is.
fn planned_span(l: &Labels, record: &Record, session: &Session) -> Option<String> {
    let planned = record.plan.planned(&session.id)?;
    let start = planned.start_time()?;
    Some(match planned.end_time() {
        Some(end) => span(l, start, end),
        None => l.label_with("span-open", &[("start", l.time(start).into())]),
    })
}

/// The notes of one kind captured in a session, in capture order.
pub(crate) fn notes<'r>(
    record: &'r Record,
    session: &'r str,
    kind: NoteKind,
) -> impl Iterator<Item = &'r Note> + 'r {
    record
        .notes
        .iter()
        .filter(move |n| n.session == session && n.kind == kind)
}

/// Whether a session captured anything at all.
pub(crate) fn has_captures(record: &Record, session: &str) -> bool {
    record.notes.iter().any(|n| n.session == session)
        || record.actions.iter().any(|a| a.session == session)
        || record.resolutions.iter().any(|r| r.session == session)
        || record.proposals.iter().any(|p| {
            // A decision made there counts, so one made during a break is not left out.
            p.session.as_deref() == Some(session)
                || (p.decision != Decision::Open && p.decided_in.as_deref() == Some(session))
        })
}

/// Whether a session belongs in the minutes: every session that is not a break, and a break
/// that captured something or was skipped on purpose.
pub(crate) fn reported(record: &Record, session: &Session) -> bool {
    session.kind != SessionKind::Break
        || has_captures(record, &session.id)
        || record.run(&session.id).state == RunState::Skipped
}

/// The sessions a report must own up to: skipped, under way (running or paused) and not held
/// (pending), each in agenda order. Breaks nobody ran are left out: not running a tea break
/// is not news.
pub(crate) struct NotCovered<'r> {
    /// Sessions skipped on purpose.
    pub skipped: Vec<&'r Session>,
    /// Sessions started and not ended.
    pub unfinished: Vec<&'r Session>,
    /// Sessions not started.
    pub pending: Vec<&'r Session>,
}

impl NotCovered<'_> {
    /// Whether every session was covered.
    pub fn is_empty(&self) -> bool {
        self.skipped.is_empty() && self.unfinished.is_empty() && self.pending.is_empty()
    }
}

/// What the record has not covered (yet).
pub(crate) fn not_covered(record: &Record) -> NotCovered<'_> {
    let mut out = NotCovered {
        skipped: Vec::new(),
        unfinished: Vec::new(),
        pending: Vec::new(),
    };
    for (_, s) in record.plan.sessions() {
        if !reported(record, s) {
            continue;
        }
        match record.run(&s.id).state {
            RunState::Skipped => out.skipped.push(s),
            RunState::Running | RunState::Paused => out.unfinished.push(s),
            RunState::Pending => out.pending.push(s),
            RunState::Done => {}
        }
    }
    out
}

/// Next steps: the actions not grouped into any strategy, soonest due first (undated last,
/// each group in board order). On the board they are the Unsorted column; in a report they
/// are what follows the meeting directly, like convening a group or circulating results.
pub(crate) fn next_steps(record: &Record) -> Vec<&Action> {
    let mut steps: Vec<&Action> = record
        .unsorted
        .iter()
        .filter_map(|&id| record.action(id))
        .collect();
    steps.sort_by_key(|a| (a.due.is_none(), a.due));
    steps
}

/// The participant list's organisation column: "Organisations" once someone represents
/// several, else "Organisation" as it always was.
pub(crate) fn organisation_column(plan: &crate::core::agenda::Agenda) -> &'static str {
    if plan.participants.iter().any(|p| p.represents().len() > 1) {
        "column-organisations"
    } else {
        "column-organisation"
    }
}

/// Who took part, as far as the agenda knows it: the attendance block's counts where given,
/// and the named participants with their countries and organisations (each list without
/// repeats, countries sorted, organisations in agenda order).
pub(crate) struct Attendance {
    /// The head count, when the agenda gives one.
    pub head_count: Option<u32>,
    /// How many countries, when the agenda gives that number.
    pub countries: Option<u32>,
    /// How many participants the agenda names.
    pub named: usize,
    /// How many of the named participants have a country.
    pub named_with_country: usize,
    /// The countries of the named participants.
    pub named_countries: Vec<String>,
    /// The organisations of the named participants.
    pub organisations: Vec<String>,
    /// The working languages, as named.
    pub languages: Vec<String>,
    /// Whether the meeting was interpreted.
    pub interpretation: bool,
    /// How many of the named took part remotely.
    pub remote: usize,
}

/// Counts who took part.
pub(crate) fn attendance(record: &Record) -> Attendance {
    let plan = &record.plan;
    let mut countries: Vec<String> = Vec::new();
    let mut organisations: Vec<String> = Vec::new();
    let add = |list: &mut Vec<String>, item: &str| {
        if !item.trim().is_empty() && !list.iter().any(|known| known == item) {
            list.push(item.to_owned());
        }
    };
    for p in &plan.participants {
        add(&mut countries, &p.country);
        for o in p.represents() {
            add(&mut organisations, o);
        }
    }
    countries.sort();
    Attendance {
        head_count: plan.attendance.head_count,
        countries: plan.attendance.countries,
        named: plan.participants.len(),
        named_with_country: plan
            .participants
            .iter()
            .filter(|p| !p.country.trim().is_empty())
            .count(),
        named_countries: countries,
        organisations,
        languages: plan
            .attendance
            .languages
            .iter()
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty())
            .collect(),
        interpretation: plan.attendance.interpretation,
        remote: plan.participants.iter().filter(|p| p.remote).count(),
    }
}

impl Attendance {
    /// Who took part in a line, saying only what the agenda gives: "112 participants from 31
    /// countries, 5 of them named", or from the named list alone "5 named participants from
    /// 2 countries (Chile, Kenya)", then how many of the named took part remotely. Countries nobody gave are never counted, and `names` false
    /// (Chatham House) leaves out which countries. Empty when the agenda says nothing.
    pub fn headline(&self, l: &Labels, names: bool) -> String {
        let line = self.counted_headline(l, names);
        if self.remote == 0 || line.is_empty() {
            return line;
        }
        // How many took part from elsewhere names nobody, so it is said under Chatham House too.
        l.label_with(
            "headline-remote",
            &[("who", line.into()), ("n", self.remote.into())],
        )
    }

    /// The headline without who took part remotely.
    fn counted_headline(&self, l: &Labels, names: bool) -> String {
        let Some(head) = self.head_count else {
            return self.named_headline(l, names);
        };
        let mut line = count(l, "count-participants", head as usize);
        if let Some(n) = self.countries {
            line = l.label_with(
                "headline-from",
                &[
                    ("who", line.into()),
                    ("countries", count(l, "count-countries", n as usize).into()),
                ],
            );
        }
        if self.named > 0 && names {
            line = l.label_with(
                "headline-named",
                &[("who", line.into()), ("n", self.named.into())],
            );
        }
        line
    }

    /// The headline when no head count is given.
    fn named_headline(&self, l: &Labels, names: bool) -> String {
        let line = match self.named {
            0 => String::new(),
            n => count(l, "count-named-participants", n),
        };
        if let Some(n) = self.countries {
            let countries = count(l, "count-countries", n as usize);
            return if line.is_empty() {
                l.label_with(
                    "headline-only-represented",
                    &[("countries", countries.into())],
                )
            } else {
                l.label_with(
                    "headline-represented",
                    &[("who", line.into()), ("countries", countries.into())],
                )
            };
        }
        let known = self.named_countries.len();
        if known == 0 {
            return line;
        }
        let from = count(l, "count-countries", known);
        let mut line = if self.named_with_country == self.named {
            l.label_with(
                "headline-from",
                &[("who", line.into()), ("countries", from.into())],
            )
        } else {
            l.label_with(
                "headline-some-from",
                &[
                    ("who", line.into()),
                    ("n", self.named_with_country.into()),
                    ("countries", from.into()),
                ],
            )
        };
        if names {
            line.push_str(&format!(" ({})", l.comma_list(&self.named_countries)));
        }
        line
    }

    /// The working languages and interpretation as a labelled fact: ("Languages", "English,
    /// Spanish, with interpretation"), or ("Interpretation", "provided") when no language is
    /// named; `None` when the agenda gives neither.
    pub fn languages_fact(&self, l: &Labels) -> Option<(String, String)> {
        match (self.languages.is_empty(), self.interpretation) {
            (true, false) => None,
            (true, true) => Some((
                l.label("fact-interpretation"),
                l.label("interpretation-provided"),
            )),
            (false, interpreted) => {
                let mut line = l.comma_list(&self.languages);
                if interpreted {
                    line = l.label_with("languages-interpreted", &[("languages", line.into())]);
                }
                Some((l.label("fact-languages"), line))
            }
        }
    }
}

/// A count with its noun in the right plural form: label `id` with `n`, "12 participants".
pub(crate) fn count(l: &Labels, id: &str, n: usize) -> String {
    l.label_with(id, &[("n", n.into())])
}

/// The proposals a session weighed or decided: those its agenda entry names, and those added
/// in it.
pub(crate) fn session_proposals<'r>(record: &'r Record, session: &Session) -> Vec<&'r Proposal> {
    record
        .proposals
        .iter()
        .filter(|p| crate::core::weighing::own(session, p))
        .collect()
}

/// The proposals session `s` decided, in record order: every one the record says `s` decided,
/// whatever its kind; and, where `unsaid_here` holds, the decided ones `s` lists that the record
/// does not say where they were decided (records written before it could say, whose exports
/// read as they did).
pub(crate) fn decided_in<'r>(
    record: &'r Record,
    s: &Session,
    unsaid_here: bool,
) -> Vec<&'r Proposal> {
    let listed = session_proposals(record, s);
    record
        .proposals
        .iter()
        .filter(|p| p.decision != Decision::Open)
        .filter(|p| match &p.decided_in {
            Some(by) => *by == s.id,
            None => unsaid_here && listed.iter().any(|l| l.id == p.id),
        })
        .collect()
}

/// The meeting's place up to its first comma ("Durban"), else its title: what the codes name
/// a meeting that has no title by.
pub(crate) fn short_name(record: &Record) -> String {
    let place = record
        .plan
        .place
        .split(',')
        .next()
        .unwrap_or_default()
        .trim();
    if place.is_empty() {
        record.plan.title.trim().to_owned()
    } else {
        place.to_owned()
    }
}

/// Whether every session of the plan that is reported has ended or been skipped.
pub(crate) fn finished(record: &Record) -> bool {
    let nc = not_covered(record);
    nc.unfinished.is_empty() && nc.pending.is_empty()
}
