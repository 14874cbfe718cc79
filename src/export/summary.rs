//! The outcome summary: what the meeting (or one session) decided, the strategies with their
//! actions, the resolutions and the next steps, as compact plain text that reads well on a
//! phone after scanning a QR code.
//!
//! No participant names unless [`Options::names`] asks for them (then action owners are
//! given); never who said what. Headings are capitals and items start with `- `, so the text
//! needs no formatting to be read.

use chrono::Datelike;

use crate::core::agenda::Session;
use crate::core::record::{Action, Decision, NoteKind, Proposal, Record};

use super::Options;
use crate::lang::Labels;

mod detail;

use super::common::{
    date_range, decided_in, decision, due, finished, long_date, next_steps, notes, outcome, person,
    when_held,
};
pub(crate) use detail::Detail;
pub use detail::Summary;
use detail::{Group, Item, Noun, Section, Weight};

/// What numbered QR parts of this record are labelled: "Test meeting outcomes", from the
/// meeting's title (its first words when it is long: the label is on every part), else from
/// the place.
pub fn label(record: &Record, options: &Options) -> String {
    let l = options.labels(record);
    let name = meeting_name(record);
    if name.is_empty() {
        l.label("summary-label-untitled")
    } else {
        super::inert(&l.label_with("summary-label", &[("name", name.into())]))
    }
}

/// The meeting as every code names it, in its label and in a session's summary: its title,
/// its first words when it is long, else the place.
fn meeting_name(record: &Record) -> String {
    let title = one_line(&record.plan.title);
    if title.is_empty() {
        super::common::short_name(record)
    } else {
        shortened(&title, LABEL_TITLE)
    }
}

/// The most characters of the meeting's title that go into the label of every QR part.
const LABEL_TITLE: usize = 24;

/// The most characters of an action's wording when detail gives way.
const SHORT_ACTION: usize = 40;

/// The summary of the whole meeting, as text.
pub fn meeting_summary(record: &Record, options: &Options) -> String {
    meeting_outcomes(record, options).text()
}

/// The summary of one session as text, or None if the record has no session `id`.
pub fn session_summary(record: &Record, id: &str, options: &Options) -> Option<String> {
    session_outcomes(record, id, options).map(|s| s.text())
}

/// The summary of the whole meeting: its title, place and dates, then what was decided, the
/// strategies with their actions, the resolutions and the next steps.
pub fn meeting_outcomes(record: &Record, options: &Options) -> Summary {
    let l = options.labels(record);
    let plan = &record.plan;
    let mut intro = vec![line(&plan.title)];
    let place_and_dates: Vec<String> = [one_line(&plan.place), date_range(l, record)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    if !place_and_dates.is_empty() {
        intro.push(line(&l.comma_list(&place_and_dates)));
    }
    if !finished(record) {
        intro.push(l.label("summary-in-progress"));
    }
    let decided = decisions(l, record, record.proposals.iter());
    let columns: Vec<(String, Vec<&Action>)> = record
        .strategies
        .iter()
        .map(|s| {
            (
                s.name.clone(),
                s.actions.iter().filter_map(|&a| record.action(a)).collect(),
            )
        })
        .collect();
    let resolved: Vec<String> = record
        .resolutions
        .iter()
        .map(|r| resolution_line(l, r))
        .collect();
    let steps = next_steps(record);
    Summary {
        intro,
        sections: sections(record, options, &[], decided, &columns, resolved, &steps),
        language: l.language(),
    }
}

/// The summary of one session, or None if the record has no session `id`: its title, the
/// meeting's name (as the codes' label gives it, not the place), day and times, then its key
/// points and outcomes.
pub fn session_outcomes(record: &Record, id: &str, options: &Options) -> Option<Summary> {
    let l = options.labels(record);
    let session: &Session = record.plan.session(id)?;
    let (day, _) = record.plan.position(id)?;
    // The session first; the meeting by its (shortened) title, to keep the summary to few
    // codes.
    let date = record
        .plan
        .days
        .get(day)
        .map(|d| long_date(l, d.date))
        .unwrap_or_default();
    let intro = vec![
        line(&session.title),
        line(&l.label_with(
            "summary-session",
            &[
                ("meeting", meeting_name(record).into()),
                ("n", (day + 1).into()),
                ("date", date.into()),
                ("when", when_held(l, record, session).into()),
            ],
        )),
    ];
    let key_points: Vec<String> = notes(record, id, NoteKind::KeyPoint)
        .map(|n| format!("- {}", line(&n.text)))
        .collect();
    // The decisions the session made, whatever its kind; where the record does not say which
    // session decided, those of the proposals the session lists, as the summary always gave.
    let decided = decisions(l, record, decided_in(record, session, true).into_iter());
    let here = |a: &&Action| a.session == id;
    let columns: Vec<(String, Vec<&Action>)> = record
        .strategies
        .iter()
        .map(|s| {
            (
                s.name.clone(),
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
        .map(|r| resolution_line(l, r))
        .collect();
    let steps: Vec<&Action> = next_steps(record).into_iter().filter(here).collect();
    Some(Summary {
        intro,
        sections: sections(
            record,
            options,
            &key_points,
            decided,
            &columns,
            resolved,
            &steps,
        ),
        language: l.language(),
    })
}

/// Decided proposals grouped by outcome, one line an outcome: "- Selected: A",
/// "- Continues as existing collective work: B; C".
fn decisions<'r>(
    l: &Labels,
    record: &'r Record,
    proposals: impl Iterator<Item = &'r Proposal>,
) -> Vec<String> {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for p in proposals {
        let outcome = match &p.decision {
            Decision::Open => continue,
            Decision::Parked(why) | Decision::SelectedAs(why) if !why.trim().is_empty() => {
                capitalised(why.trim())
            }
            _ => capitalised(&decision(l, record, p)),
        };
        let title = line(&p.title);
        match groups.iter_mut().find(|(o, _)| *o == outcome) {
            Some((_, titles)) => titles.push(title),
            None => groups.push((outcome, vec![title])),
        }
    }
    groups
        .into_iter()
        .map(|(outcome, titles)| {
            let colon = l.label("separator-colon");
            line(&format!("- {outcome}{colon}{}", l.semicolon_list(&titles)))
        })
        .collect()
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

fn resolution_line(l: &Labels, r: &crate::core::record::Resolution) -> String {
    line(&format!(
        "- {} ({})",
        r.text,
        outcome(l, r.status, &r.method)
    ))
}

/// The sections of a summary, in the order they are told; empty ones are left out.
fn sections(
    record: &Record,
    options: &Options,
    key_points: &[String],
    decided: Vec<String>,
    columns: &[(String, Vec<&Action>)],
    resolved: Vec<String>,
    steps: &[&Action],
) -> Vec<Section> {
    let l = options.labels(record);
    let actions = |actions: &[&Action]| -> Vec<Item> {
        actions
            .iter()
            .map(|a| Item {
                full: action_line(record, options, a, None),
                short: action_line(record, options, a, Some(SHORT_ACTION)),
            })
            .collect()
    };
    let strategies = columns
        .iter()
        .filter(|(_, a)| !a.is_empty())
        .map(|(name, a)| Group {
            name: Some(line(name)),
            items: actions(a),
        })
        .collect();
    [
        Section::flat(
            l.label("summary-key-points"),
            Noun::KeyPoint,
            Weight::Note,
            key_points.to_vec(),
        ),
        Section::flat(
            l.label("summary-decided"),
            Noun::Decision,
            Weight::Essential,
            decided,
        ),
        Section {
            title: l.label("summary-strategies"),
            noun: Noun::Action,
            weight: Weight::Action,
            groups: strategies,
        },
        Section::flat(
            l.label("summary-resolutions"),
            Noun::Resolution,
            Weight::Essential,
            resolved,
        ),
        Section {
            title: l.label("summary-next-steps"),
            noun: Noun::Action,
            weight: Weight::Action,
            groups: vec![Group {
                name: None,
                items: actions(steps),
            }],
        },
    ]
    .into_iter()
    .filter(|s| s.groups.iter().any(|g| !g.items.is_empty()))
    .collect()
}

/// "- Write a primer (by 31 Oct 2018)", with the owner first when names are asked for; the
/// wording cut to its first `words` characters when that is given.
fn action_line(record: &Record, options: &Options, a: &Action, words: Option<usize>) -> String {
    let l = options.labels(record);
    let mut aside = Vec::new();
    if let (true, Some(owner)) = (options.names, &a.owner) {
        aside.push(person(&record.plan, owner).to_owned());
    }
    if let Some(d) = a.due {
        // The year only when it is not the meeting's.
        let year = record.plan.days.first().map(|day| day.date.year());
        let when = if Some(d.year()) == year {
            l.day_month_short(d)
        } else {
            due(l, d)
        };
        aside.push(l.label_with("action-by", &[("date", when.into())]));
    }
    let text = one_line(&a.text);
    let text = words.map_or_else(|| text.clone(), |n| shortened(&text, n));
    if aside.is_empty() {
        line(&format!("- {text}"))
    } else {
        line(&format!("- {text} ({})", l.comma_list(&aside)))
    }
}

/// `text` cut after the last whole word within `most` characters, with "…", when it is
/// longer; a first word longer than that is cut inside.
fn shortened(text: &str, most: usize) -> String {
    if text.chars().count() <= most {
        return text.to_owned();
    }
    let mut kept = String::new();
    for word in text.split(' ') {
        if kept.chars().count() + word.chars().count() + 1 > most {
            break;
        }
        if !kept.is_empty() {
            kept.push(' ');
        }
        kept.push_str(word);
    }
    if kept.is_empty() {
        kept = text.chars().take(most.saturating_sub(1)).collect();
    }
    format!("{kept}…")
}

/// Text as one line of the summary: folded onto one line, and inert.
fn line(s: &str) -> String {
    super::inert(&one_line(s))
}

/// Text folded onto one line: a summary line is one item.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
