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
use super::common::{
    date_range, decision, due, finished, long_date, method, next_steps, notes, person,
    session_proposals, status, when,
};
use super::qr::{Heading, Marks};

/// What numbered QR parts of this record are labelled: "Test meeting outcomes", from the
/// meeting's title (its first words when it is long: the label is on every part), else from
/// the place.
pub fn label(record: &Record) -> String {
    let title = one_line(&record.plan.title);
    let name = if title.is_empty() {
        super::common::short_name(record)
    } else {
        shortened(&title, LABEL_TITLE)
    };
    if name.is_empty() {
        "Outcomes".to_owned()
    } else {
        super::inert(&format!("{name} outcomes"))
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
    let plan = &record.plan;
    let mut intro = vec![line(&plan.title)];
    let place_and_dates: Vec<String> = [one_line(&plan.place), date_range(record)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    if !place_and_dates.is_empty() {
        intro.push(line(&place_and_dates.join(", ")));
    }
    if !finished(record) {
        intro.push("(meeting in progress)".to_owned());
    }
    let decided = decisions(record, record.proposals.iter());
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
    let resolved: Vec<String> = record.resolutions.iter().map(resolution_line).collect();
    let steps = next_steps(record);
    Summary {
        intro,
        sections: sections(record, options, &[], decided, &columns, resolved, &steps),
    }
}

/// The summary of one session, or None if the record has no session `id`: its title, the
/// meeting's short name, day and times, then its key points and outcomes.
pub fn session_outcomes(record: &Record, id: &str, options: &Options) -> Option<Summary> {
    let session: &Session = record.plan.session(id)?;
    let (day, _) = record.plan.position(id)?;
    // The session first; the meeting by its short name, to keep the summary to few codes.
    let date = record
        .plan
        .days
        .get(day)
        .map(|d| long_date(d.date))
        .unwrap_or_default();
    let intro = vec![
        line(&session.title),
        line(&format!(
            "{}, day {} ({date}), {}",
            super::common::short_name(record),
            day + 1,
            when(record, session)
        )),
    ];
    let key_points: Vec<String> = notes(record, id, NoteKind::KeyPoint)
        .map(|n| format!("- {}", line(&n.text)))
        .collect();
    let decided = decisions(record, session_proposals(record, session).into_iter());
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
        .map(resolution_line)
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
    })
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
        let title = line(&p.title);
        match groups.iter_mut().find(|(o, _)| *o == outcome) {
            Some((_, titles)) => titles.push(title),
            None => groups.push((outcome, vec![title])),
        }
    }
    groups
        .into_iter()
        .map(|(outcome, titles)| line(&format!("- {outcome}: {}", titles.join("; "))))
        .collect()
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

fn resolution_line(r: &crate::core::record::Resolution) -> String {
    line(&format!(
        "- {} ({} {})",
        r.text,
        status(r.status),
        method(&r.method)
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
        Section::flat("KEY POINTS", Weight::Note, key_points.to_vec()),
        Section::flat("DECIDED", Weight::Essential, decided),
        Section {
            title: "STRATEGIES",
            weight: Weight::Action,
            groups: strategies,
        },
        Section::flat("RESOLUTIONS", Weight::Essential, resolved),
        Section {
            title: "NEXT STEPS",
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
    let text = one_line(&a.text);
    let text = words.map_or_else(|| text.clone(), |n| shortened(&text, n));
    if aside.is_empty() {
        line(&format!("- {text}"))
    } else {
        line(&format!("- {text} ({})", aside.join(", ")))
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

/// An outcome summary of the meeting or of one session, built once from the record and told
/// in full ([`Summary::text`]) or with less detail, so that its QR codes hold every decision
/// and resolution: the actions' wording gives way first, then the key points, then the
/// actions beyond a few a strategy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// The lines before the first section: title, place and dates, progress.
    intro: Vec<String>,
    sections: Vec<Section>,
}

/// One section: a capitalised heading and its items, in groups (the strategies) or in one.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Section {
    title: &'static str,
    weight: Weight,
    groups: Vec<Group>,
}

impl Section {
    fn flat(title: &'static str, weight: Weight, items: Vec<String>) -> Section {
        let items = items
            .into_iter()
            .map(|full| Item {
                short: full.clone(),
                full,
            })
            .collect();
        Section {
            title,
            weight,
            groups: vec![Group { name: None, items }],
        }
    }

    /// What its items are called, one and many.
    fn noun(&self) -> (&'static str, &'static str) {
        match (self.weight, self.title) {
            (Weight::Essential, "DECIDED") => ("decision", "decisions"),
            (Weight::Essential, _) => ("resolution", "resolutions"),
            (Weight::Action, _) => ("action", "actions"),
            (Weight::Note, _) => ("key point", "key points"),
        }
    }
}

/// What gives way when a summary is too long for its codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Weight {
    /// Decisions and resolutions: in the codes whatever it costs.
    Essential,
    /// Actions: their wording first, then those beyond a count.
    Action,
    /// Key points: after the actions' wording.
    Note,
}

/// A strategy and its actions, or a section's items when it has no groups.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Group {
    name: Option<String>,
    items: Vec<Item>,
}

/// One line of a section, in full and shortened.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Item {
    full: String,
    short: String,
}

/// How much of a summary is told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Detail {
    /// Actions' wording cut to its first words.
    short_actions: bool,
    /// Key points told (else only counted).
    notes: bool,
    /// At most this many actions a strategy and in the next steps; the rest counted.
    actions: Option<usize>,
    /// Only the decisions and resolutions; a line says the minutes hold the rest.
    essentials_only: bool,
    /// At most this many decisions and resolutions, for a summary too long even then.
    essentials: Option<usize>,
}

impl Detail {
    /// Everything.
    pub(crate) const FULL: Detail = Detail {
        short_actions: false,
        notes: true,
        actions: None,
        essentials_only: false,
        essentials: None,
    };

    /// From everything down to the decisions and resolutions alone, each step giving up the
    /// least important detail left.
    pub(crate) const LADDER: [Detail; 7] = [
        Detail::FULL,
        Detail {
            short_actions: true,
            ..Detail::FULL
        },
        Detail::lean(None),
        Detail::lean(Some(3)),
        Detail::lean(Some(1)),
        Detail::lean(Some(0)),
        Detail::essentials(None),
    ];

    /// Shortened actions, at most `actions` a list, no key points.
    const fn lean(actions: Option<usize>) -> Detail {
        Detail {
            short_actions: true,
            notes: false,
            actions,
            essentials_only: false,
            essentials: None,
        }
    }

    /// The first `most` decisions and resolutions (all of them with None), nothing else.
    pub(crate) const fn essentials(most: Option<usize>) -> Detail {
        Detail {
            short_actions: true,
            notes: false,
            actions: Some(0),
            essentials_only: true,
            essentials: most,
        }
    }
}

/// A summary told at some detail: its text, with its section headings (level 0) and
/// strategy names (level 1), and its items as lines to keep whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Told {
    /// The text.
    pub text: String,
    /// What its lines are.
    pub marks: Marks,
}

impl Told {
    fn line(&mut self, line: &str) {
        self.text.push_str(line);
        self.text.push('\n');
    }

    fn whole(&mut self, line: &str) {
        let start = self.text.len();
        self.text.push_str(line);
        self.marks.whole.push((start, self.text.len()));
        self.text.push('\n');
    }

    fn heading(&mut self, line: &str, level: usize) {
        let start = self.text.len();
        self.line(line);
        self.marks.headings.push(Heading {
            start,
            end: self.text.len(),
            level,
        });
    }
}

impl Summary {
    /// The summary in full, as the minutes and `plenary qr --text` of a short meeting show it.
    pub fn text(&self) -> String {
        self.tell(Detail::FULL).text
    }

    /// How many decisions and resolutions there are (lines under DECIDED and RESOLUTIONS).
    pub(crate) fn essentials(&self) -> usize {
        self.sections
            .iter()
            .filter(|s| s.weight == Weight::Essential)
            .flat_map(|s| &s.groups)
            .map(|g| g.items.len())
            .sum()
    }

    /// The summary told at `detail`.
    pub(crate) fn tell(&self, detail: Detail) -> Told {
        let mut told = Told {
            text: String::new(),
            marks: Marks::default(),
        };
        for line in &self.intro {
            told.line(line);
        }
        if detail.essentials_only
            && let Some(elsewhere) = self.elsewhere()
        {
            told.line(&elsewhere);
        }
        let mut essentials = detail.essentials;
        for section in &self.sections {
            let (most, short) = match section.weight {
                Weight::Essential => (essentials, false),
                _ if detail.essentials_only => continue,
                Weight::Action => (detail.actions, detail.short_actions),
                Weight::Note => ((!detail.notes).then_some(0), false),
            };
            told.text.push('\n');
            told.heading(section.title, 0);
            for group in &section.groups {
                if let Some(name) = &group.name {
                    told.heading(name, 1);
                }
                let kept = most.map_or(group.items.len(), |m| m.min(group.items.len()));
                for item in &group.items[..kept] {
                    told.whole(if short { &item.short } else { &item.full });
                }
                if kept < group.items.len() {
                    told.line(&more(group.items.len() - kept, kept > 0, section.noun()));
                }
                if section.weight == Weight::Essential {
                    essentials = essentials.map(|m| m - kept);
                }
            }
        }
        if self.sections.is_empty() {
            told.text.push_str("\nNo outcomes recorded yet.");
        }
        let end = told.text.trim_end().len();
        told.text.truncate(end);
        told
    }

    /// The decisions and resolutions `detail` leaves out, by number ("resolutions 13–30 of
    /// 30"), or None when it tells them all.
    pub(crate) fn left_out(&self, detail: Detail) -> Option<String> {
        let mut most = detail.essentials?;
        let mut out = Vec::new();
        for section in self
            .sections
            .iter()
            .filter(|s| s.weight == Weight::Essential)
        {
            let n: usize = section.groups.iter().map(|g| g.items.len()).sum();
            let kept = most.min(n);
            most -= kept;
            let (one, many) = section.noun();
            match n - kept {
                0 => {}
                1 => out.push(format!("{one} {n} of {n}")),
                _ => out.push(format!("{many} {}–{n} of {n}", kept + 1)),
            }
        }
        (!out.is_empty()).then(|| out.join(" and "))
    }

    /// The line that says where the detail went when only decisions and resolutions are told:
    /// "(the actions and key points are in the minutes)"; None when there was none.
    fn elsewhere(&self) -> Option<String> {
        let mut kinds: Vec<&str> = Vec::new();
        for section in &self.sections {
            let (_, many) = section.noun();
            if section.weight != Weight::Essential && !kinds.contains(&many) {
                kinds.push(many);
            }
        }
        (!kinds.is_empty()).then(|| format!("(the {} are in the minutes)", kinds.join(" and ")))
    }
}

/// "… 5 more actions in the minutes", or "… 4 key points in the minutes" when none was told.
fn more(n: usize, some_told: bool, (one, many): (&str, &str)) -> String {
    let noun = if n == 1 { one } else { many };
    if some_told {
        format!("… {n} more {noun} in the minutes")
    } else {
        format!("… {n} {noun} in the minutes")
    }
}
