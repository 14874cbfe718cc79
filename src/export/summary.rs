//! The outcome summary: what the meeting (or one session) decided, the strategies with their
//! actions, the resolutions and the next steps, as compact plain text that reads well on a
//! phone after scanning a QR code.
//!
//! No participant names unless [`Options::names`] asks for them (then action owners are
//! given); never who said what. Headings are capitals and items start with `- `, so the text
//! needs no formatting to be read.

use std::fmt::Write;

use chrono::Datelike;

use crate::core::agenda::Session;
use crate::core::record::{Action, Decision, NoteKind, Proposal, Record};

use super::Options;
use super::common::{
    date_range, decision, due, finished, long_date, next_steps, notes, outcome, person,
    session_proposals, when,
};

/// What numbered QR parts of this record are labelled: "Durban outcomes" (the place up to its
/// first comma, else the meeting's title).
pub fn label(record: &Record) -> String {
    super::inert(&format!("{} outcomes", super::common::short_name(record)))
}

/// The summary of the whole meeting.
pub fn meeting_summary(record: &Record, options: &Options) -> String {
    let plan = &record.plan;
    let mut out = String::new();
    let _ = writeln!(out, "{}", one_line(&plan.title));
    let place_and_dates: Vec<String> = [one_line(&plan.place), date_range(record)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    if !place_and_dates.is_empty() {
        let _ = writeln!(out, "{}", place_and_dates.join(", "));
    }
    if !finished(record) {
        let _ = writeln!(out, "(meeting in progress)");
    }
    let decided = decisions(record, record.proposals.iter());
    let columns: Vec<(String, Vec<&Action>)> = record
        .strategies
        .iter()
        .map(|s| {
            (
                one_line(&s.name),
                s.actions.iter().filter_map(|&a| record.action(a)).collect(),
            )
        })
        .collect();
    let resolved: Vec<String> = record.resolutions.iter().map(resolution_line).collect();
    let steps = next_steps(record);
    body(
        &mut out,
        record,
        options,
        &[],
        &decided,
        &columns,
        &resolved,
        &steps,
    );
    super::inert(out.trim_end())
}

/// The summary of one session, or None if the record has no session `id`: its title, the
/// meeting's short name, day and times, then its key points and outcomes.
pub fn session_summary(record: &Record, id: &str, options: &Options) -> Option<String> {
    let session: &Session = record.plan.session(id)?;
    let (day, _) = record.plan.position(id)?;
    let mut out = String::new();
    // The session first; the meeting by its short name, to keep the summary to few codes.
    let _ = writeln!(out, "{}", one_line(&session.title));
    let date = record
        .plan
        .days
        .get(day)
        .map(|d| long_date(d.date))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{}, day {} ({date}), {}",
        one_line(&super::common::short_name(record)),
        day + 1,
        when(record, session)
    );
    let key_points: Vec<String> = notes(record, id, NoteKind::KeyPoint)
        .map(|n| format!("- {}", one_line(&n.text)))
        .collect();
    let decided = decisions(record, session_proposals(record, session).into_iter());
    let here = |a: &&Action| a.session == id;
    let columns: Vec<(String, Vec<&Action>)> = record
        .strategies
        .iter()
        .map(|s| {
            (
                one_line(&s.name),
                s.actions
                    .iter()
                    .filter_map(|&a| record.action(a))
                    .filter(here)
                    .collect(),
            )
        })
        .collect();
    let resolved: Vec<String> = record
        .resolutions
        .iter()
        .filter(|r| r.session == id)
        .map(resolution_line)
        .collect();
    let steps: Vec<&Action> = next_steps(record).into_iter().filter(here).collect();
    body(
        &mut out,
        record,
        options,
        &key_points,
        &decided,
        &columns,
        &resolved,
        &steps,
    );
    Some(super::inert(out.trim_end()))
}

/// Decided proposals grouped by outcome, one line an outcome: "- Selected: A",
/// "- Continues as existing collective work: B; C".
fn decisions<'r>(record: &'r Record, proposals: impl Iterator<Item = &'r Proposal>) -> Vec<String> {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for p in proposals {
        let outcome = match &p.decision {
            Decision::Open => continue,
            Decision::Parked(why) if !why.trim().is_empty() => capitalised(why.trim()),
            _ => capitalised(&decision(record, p)),
        };
        let title = one_line(&p.title);
        match groups.iter_mut().find(|(o, _)| *o == outcome) {
            Some((_, titles)) => titles.push(title),
            None => groups.push((outcome, vec![title])),
        }
    }
    groups
        .into_iter()
        .map(|(outcome, titles)| format!("- {outcome}: {}", titles.join("; ")))
        .collect()
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

fn resolution_line(r: &crate::core::record::Resolution) -> String {
    format!("- {} ({})", one_line(&r.text), outcome(r.status, &r.method))
}

#[allow(clippy::too_many_arguments)]
fn body(
    out: &mut String,
    record: &Record,
    options: &Options,
    key_points: &[String],
    decided: &[String],
    columns: &[(String, Vec<&Action>)],
    resolved: &[String],
    steps: &[&Action],
) {
    let before = out.len();
    section(out, "KEY POINTS", key_points);
    section(out, "DECIDED", decided);
    let columns: Vec<&(String, Vec<&Action>)> =
        columns.iter().filter(|(_, a)| !a.is_empty()).collect();
    if !columns.is_empty() {
        let _ = write!(out, "\nSTRATEGIES\n");
        for (name, actions) in columns {
            let _ = writeln!(out, "{name}");
            for a in actions {
                let _ = writeln!(out, "{}", action_line(record, options, a));
            }
        }
    }
    section(out, "RESOLUTIONS", resolved);
    let steps: Vec<String> = steps
        .iter()
        .map(|a| action_line(record, options, a))
        .collect();
    section(out, "NEXT STEPS", &steps);
    if out.len() == before {
        let _ = write!(out, "\nNo outcomes recorded yet.");
    }
}

fn section(out: &mut String, title: &str, lines: &[String]) {
    if lines.is_empty() {
        return;
    }
    let _ = write!(out, "\n{title}\n");
    for line in lines {
        let _ = writeln!(out, "{line}");
    }
}

/// "- Write a primer (by 31 Oct 2018)", with the owner first when names are asked for.
fn action_line(record: &Record, options: &Options, a: &Action) -> String {
    let mut aside = Vec::new();
    if let (true, Some(owner)) = (options.names, &a.owner) {
        aside.push(person(&record.plan, owner).to_owned());
    }
    if let Some(d) = a.due {
        // The year only when it is not the meeting's.
        let year = record.plan.days.first().map(|day| day.date.year());
        let when = if Some(d.year()) == year {
            d.format("%-d %b").to_string()
        } else {
            due(d)
        };
        aside.push(format!("by {when}"));
    }
    if aside.is_empty() {
        format!("- {}", one_line(&a.text))
    } else {
        format!("- {} ({})", one_line(&a.text), aside.join(", "))
    }
}

/// Text folded onto one line: a summary line is one item.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
