//! The agenda outline as plain text: every day and session with planned and re-timed starts.

use std::fmt::Write;

use chrono::NaiveDateTime;

use crate::core::labels;
use crate::core::record::{Record, RunState};
use crate::core::timing::{day_plan, hh_mm};

/// The plan of the record at `now`, one line a session, for a terminal or a log.
pub fn outline(record: &Record, now: NaiveDateTime) -> String {
    let plan = &record.plan;
    let mut out = String::new();
    let _ = writeln!(out, "{}", plan.title);
    if !plan.place.is_empty() {
        let _ = writeln!(out, "{}", plan.place);
    }
    for (index, day) in plan.days.iter().enumerate() {
        let timed = day_plan(record, index, now);
        let _ = write!(
            out,
            "\nDay {} — {}",
            index + 1,
            day.date.format("%A %-d %B %Y")
        );
        if !day.title.is_empty() {
            let _ = write!(out, ": {}", day.title);
        }
        let _ = writeln!(out, "  [{}]", timed.summary());
        for s in &timed.sessions {
            let state = match s.state {
                RunState::Pending => String::new(),
                state => format!(" ({})", labels::run_state(state)),
            };
            let moved = if s.start != s.planned_start {
                format!(" → {}", hh_mm(s.start))
            } else {
                String::new()
            };
            let minutes = plan
                .session(&s.id)
                .and_then(|session| session.minutes)
                .map_or_else(|| "open-ended".to_owned(), |m| format!("{m:>3} min"));
            let _ = writeln!(
                out,
                "  {}{moved}  {minutes}  {:<15} {}{state}",
                hh_mm(s.planned_start),
                s.kind.label(),
                s.title,
            );
        }
    }
    super::inert(&out)
}
