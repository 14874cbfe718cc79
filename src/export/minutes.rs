//! The minutes: the record told like a good meeting report — who met, where and why; what
//! each session covered; the proposals and how they were weighed; what was decided; the
//! strategies and their actions; resolutions; next steps; and what was not covered.
//!
//! The minutes are built once as a small document ([`Block`]s) and written out as Markdown
//! here or as HTML by [`super::html`], so both always say the same thing.
//!
//! Chatham House mode (`chatham_house: true` in the agenda) keeps what was said and drops who
//! said it: no speakers (quotes included), no session leads, no proposal presenters, no list of
//! participants or of their organisations — only how many took part and from how many
//! countries. Action owners stay: an owner is an assignment for the future, not an
//! attribution of something said, and the minutes must say who does what.

use std::fmt::Write;

use crate::core::agenda::{Item, Session, SessionKind};
use crate::core::record::{Action, Decision, NoteKind, Record, RunState};

use super::Options;
use super::common::{
    attendance, date_range, decision, due, finished, long_date, next_steps, not_covered, notes,
    outcome, person, plural, reported, session_proposals, when, when_held,
};

/// A run of inline text with its emphasis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Span {
    /// Plain text (may hold line breaks).
    Text(String),
    /// Strong emphasis: labels, totals.
    Strong(String),
    /// Emphasis: session facts, asides.
    Emph(String),
}

/// One block of the minutes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Block {
    /// A heading, level 1 to 4.
    Heading(u8, String),
    /// A paragraph.
    Para(Vec<Span>),
    /// A bulleted list, one item a list of spans.
    Bullets(Vec<Vec<Span>>),
    /// A numbered list.
    Numbered(Vec<Vec<Span>>),
    /// A table: the header cells, which columns are numeric (right-aligned), the rows.
    Table {
        /// Header cells.
        head: Vec<String>,
        /// Per column: right-aligned numbers.
        numeric: Vec<bool>,
        /// Rows of cells.
        rows: Vec<Vec<Vec<Span>>>,
    },
    /// Someone's words, and who said them unless the meeting keeps Chatham House.
    Quote {
        /// The words.
        text: String,
        /// The speaker, when they may be named.
        by: Option<String>,
    },
}

fn text(s: impl Into<String>) -> Span {
    Span::Text(s.into())
}

fn strong(s: impl Into<String>) -> Span {
    Span::Strong(s.into())
}

fn emph(s: impl Into<String>) -> Span {
    Span::Emph(s.into())
}

/// The minutes as blocks, for Markdown and HTML alike.
pub(crate) fn document(record: &Record, _options: &Options) -> Vec<Block> {
    let mut doc = Vec::new();
    let plan = &record.plan;
    let chatham = plan.chatham_house;
    doc.push(Block::Heading(1, plan.title.clone()));
    doc.push(Block::Para(vec![text(lede(record))]));

    let mut facts: Vec<Vec<Span>> = Vec::new();
    let mut fact = |label: &str, value: String| {
        if !value.trim().is_empty() {
            facts.push(vec![strong(format!("{label}:")), text(format!(" {value}"))]);
        }
    };
    fact("Dates", date_range(record));
    fact("Place", plan.place.clone());
    fact("Organisers", plan.organisers.join("; "));
    fact("Hosts", plan.hosts.join("; "));
    let who = attendance(record);
    fact("Participants", who.headline(!chatham));
    if !chatham {
        fact("Organisations", who.organisations.join("; "));
    }
    if let Some((label, languages)) = who.languages_fact() {
        fact(label, languages);
    }
    fact("Principles", plan.principles.join("; "));
    if chatham {
        fact(
            "Rule",
            "held under the Chatham House Rule: these minutes say what was said, never who said it"
                .to_owned(),
        );
    }
    doc.push(Block::Bullets(facts));

    for (title, body) in [
        ("Objective", &plan.objective),
        ("Background", &plan.background),
    ] {
        if !body.trim().is_empty() {
            doc.push(Block::Heading(2, title.to_owned()));
            doc.push(Block::Para(vec![text(body.clone())]));
        }
    }

    if !chatham && !plan.participants.is_empty() {
        doc.push(Block::Heading(2, "Participants".to_owned()));
        doc.push(Block::Table {
            head: ["Name", "Organisation", "Country", "Role"]
                .map(String::from)
                .into(),
            numeric: vec![false; 4],
            rows: plan
                .participants
                .iter()
                .map(|p| {
                    vec![
                        vec![text(p.name.clone())],
                        vec![text(p.organisation.clone())],
                        vec![text(p.country.clone())],
                        vec![text(p.role.clone())],
                    ]
                })
                .collect(),
        });
    }

    sessions(record, &mut doc);
    proposals(record, &mut doc);
    strategies(record, &mut doc);
    resolutions(record, &mut doc);

    doc.push(Block::Heading(2, "Next steps".to_owned()));
    let steps = next_steps(record);
    if steps.is_empty() {
        doc.push(Block::Para(vec![emph("No next steps recorded.")]));
    } else {
        doc.push(Block::Bullets(
            steps.iter().map(|a| action_item(record, a)).collect(),
        ));
    }

    uncovered(record, &mut doc);
    doc
}

/// The sentence under the title: where, when, and whether the meeting is over.
fn lede(record: &Record) -> String {
    let plan = &record.plan;
    let mut s = if finished(record) {
        "Minutes of the meeting".to_owned()
    } else {
        "Minutes so far of the meeting".to_owned()
    };
    if !plan.place.trim().is_empty() {
        let _ = write!(s, " in {}", plan.place.trim());
    }
    let dates = date_range(record);
    if !dates.is_empty() {
        let _ = write!(s, ", {dates}");
    }
    let total = plan.sessions().filter(|(_, x)| reported(record, x)).count();
    let held = plan
        .sessions()
        .filter(|(_, x)| reported(record, x) && record.run(&x.id).state == RunState::Done)
        .count();
    if finished(record) {
        s.push('.');
    } else {
        let _ = write!(
            s,
            " (in progress: {held} of {} held).",
            plural(total, "session", "sessions")
        );
    }
    s
}

/// The day's planned hours as the agenda gives them: "Planned 09:00–17:30.", "Planned from
/// 09:00.", "Planned to end by 17:30."; `None` when it gives neither.
fn day_hours(day: &crate::core::agenda::Day) -> Option<String> {
    let hm = |t: chrono::NaiveTime| t.format("%H:%M").to_string();
    match (day.start, day.end) {
        (Some(start), Some(end)) => Some(format!("Planned {}–{}.", hm(start), hm(end))),
        (Some(start), None) => Some(format!("Planned from {}.", hm(start))),
        (None, Some(end)) => Some(format!("Planned to end by {}.", hm(end))),
        (None, None) => None,
    }
}

fn sessions(record: &Record, doc: &mut Vec<Block>) {
    let chatham = record.plan.chatham_house;
    doc.push(Block::Heading(2, "Sessions".to_owned()));
    for (index, day) in record.plan.days.iter().enumerate() {
        let mut heading = format!("Day {} — {}", index + 1, long_date(day.date));
        if !day.title.trim().is_empty() {
            let _ = write!(heading, ": {}", day.title.trim());
        }
        doc.push(Block::Heading(3, heading));
        if let Some(hours) = day_hours(day) {
            doc.push(Block::Para(vec![emph(hours)]));
        }
        if !day.description.trim().is_empty() {
            doc.push(Block::Para(vec![text(day.description.trim().to_owned())]));
        }
        for s in day.sessions.iter().filter(|s| reported(record, s)) {
            doc.push(Block::Heading(4, s.title.clone()));
            let run = record.run(&s.id);
            let mut facts = format!("{}, {}", capitalised(s.kind.label()), when_held(record, s));
            match run.state {
                RunState::Skipped => facts.push_str(" — skipped"),
                RunState::Pending => facts.push_str(" — not held"),
                _ => {}
            }
            if !chatham && !s.leads.is_empty() {
                let leads: Vec<String> = s
                    .leads
                    .iter()
                    .map(|l| person(&record.plan, l).to_owned())
                    .collect();
                let _ = write!(facts, ". Led by {}", leads.join(", "));
            }
            facts.push('.');
            doc.push(Block::Para(vec![emph(facts)]));
            if !s.description.trim().is_empty() {
                doc.push(Block::Para(vec![text(s.description.clone())]));
            }
            captures(record, s, None, doc);
            for item in &s.items {
                item_heading(record, item, doc);
                captures(record, s, Some(&item.id), doc);
            }
        }
    }
}

/// Whether a capture filed with `item` belongs under `under` in the minutes of session `s`:
/// under an item when it names it, at the session level when it names no item the session
/// lists.
fn belongs(s: &Session, item: Option<&String>, under: Option<&str>) -> bool {
    match under {
        Some(under) => item.is_some_and(|i| i == under),
        None => item.is_none_or(|i| !s.items.iter().any(|listed| listed.id == *i)),
    }
}

/// An item's heading, and who presents it and what it refers to when the agenda says.
fn item_heading(record: &Record, item: &Item, doc: &mut Vec<Block>) {
    doc.push(Block::Heading(5, item.title.clone()));
    let mut facts = Vec::new();
    if !record.plan.chatham_house && !item.presenters.is_empty() {
        let presenters: Vec<&str> = item
            .presenters
            .iter()
            .map(|p| person(&record.plan, p))
            .collect();
        facts.push(format!("Presented by {}.", presenters.join(", ")));
    }
    if let Some(reference) = &item.reference {
        facts.push(format!("Reference: {reference}."));
    }
    if !facts.is_empty() {
        doc.push(Block::Para(vec![emph(facts.join(" "))]));
    }
}

/// What session `s` captured under item `under` (`None`: under no item): notes by kind,
/// actions, decisions and resolutions.
fn captures(record: &Record, s: &Session, under: Option<&str>, doc: &mut Vec<Block>) {
    let chatham = record.plan.chatham_house;
    for (kind, label) in [
        (NoteKind::KeyPoint, "Key points"),
        (NoteKind::Question, "Questions"),
        (NoteKind::Quote, "Quotes"),
        (NoteKind::Note, "Notes"),
    ] {
        if kind == NoteKind::Quote {
            quotes(record, s, under, &mut *doc);
            continue;
        }
        let items: Vec<Vec<Span>> = notes(record, &s.id, kind)
            .filter(|n| belongs(s, n.item.as_ref(), under))
            .map(|n| {
                let mut item = vec![text(n.text.clone())];
                if let (false, Some(who)) = (chatham, &n.speaker) {
                    item.push(emph(format!(" ({})", person(&record.plan, who))));
                }
                item
            })
            .collect();
        if !items.is_empty() {
            doc.push(Block::Para(vec![strong(label)]));
            doc.push(Block::Bullets(items));
        }
    }
    let actions: Vec<Vec<Span>> = record
        .actions
        .iter()
        .filter(|a| a.session == s.id && belongs(s, a.item.as_ref(), under))
        .map(|a| action_item(record, a))
        .collect();
    if !actions.is_empty() {
        doc.push(Block::Para(vec![strong("Actions")]));
        doc.push(Block::Bullets(actions));
    }
    if under.is_none() && s.kind == SessionKind::Decision {
        let decided: Vec<Vec<Span>> = session_proposals(record, s)
            .into_iter()
            .filter(|p| p.decision != Decision::Open)
            .map(|p| {
                vec![
                    strong(p.title.clone()),
                    text(format!(": {}", decision(record, p))),
                ]
            })
            .collect();
        if !decided.is_empty() {
            doc.push(Block::Para(vec![strong("Decided")]));
            doc.push(Block::Bullets(decided));
        }
    }
    let resolved: Vec<Vec<Span>> = record
        .resolutions
        .iter()
        .filter(|r| r.session == s.id && belongs(s, r.item.as_ref(), under))
        .map(|r| {
            vec![
                text(r.text.clone()),
                emph(format!(" ({})", outcome(r.status, &r.method))),
            ]
        })
        .collect();
    if !resolved.is_empty() {
        doc.push(Block::Para(vec![strong("Resolved")]));
        doc.push(Block::Bullets(resolved));
    }
}

fn quotes(record: &Record, s: &Session, under: Option<&str>, doc: &mut Vec<Block>) {
    let chatham = record.plan.chatham_house;
    let quotes: Vec<Block> = notes(record, &s.id, NoteKind::Quote)
        .filter(|n| belongs(s, n.item.as_ref(), under))
        .map(|n| Block::Quote {
            text: n.text.clone(),
            by: n
                .speaker
                .as_ref()
                .filter(|_| !chatham)
                .map(|w| person(&record.plan, w).to_owned()),
        })
        .collect();
    if !quotes.is_empty() {
        doc.push(Block::Para(vec![strong("Quotes")]));
        doc.extend(quotes);
    }
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

fn proposals(record: &Record, doc: &mut Vec<Block>) {
    if record.proposals.is_empty() {
        return;
    }
    let chatham = record.plan.chatham_house;
    doc.push(Block::Heading(2, "Proposals".to_owned()));
    let listed = record
        .proposals
        .iter()
        .map(|p| {
            let mut item = vec![strong(p.title.clone())];
            if !p.summary.trim().is_empty() {
                item.push(text(format!(" — {}", p.summary.trim())));
            }
            // The agenda names the presenters of its proposals; one captured live keeps its own.
            let presenters: Vec<String> = p
                .key
                .as_ref()
                .and_then(|k| record.plan.proposals.iter().find(|x| &x.id == k))
                .map_or_else(
                    || p.presenter.iter().cloned().collect(),
                    |plan| plan.presenters.clone(),
                )
                .iter()
                .map(|w| person(&record.plan, w).to_owned())
                .collect();
            if !chatham && !presenters.is_empty() {
                item.push(emph(format!(" Presented by {}.", presenters.join(", "))));
            }
            item
        })
        .collect();
    doc.push(Block::Numbered(listed));

    let criteria = &record.plan.criteria;
    if !criteria.is_empty() {
        doc.push(Block::Heading(3, "Assessment".to_owned()));
        doc.push(Block::Para(vec![text(format!(
            "Each proposal scored 0 to {} on each criterion; the total weighs each score by \
             its criterion's weight. Dots are the dot votes counted in the room.",
            crate::core::record::SCORE_MAX
        ))]));
        let mut head = vec!["Criterion".to_owned(), "Weight".to_owned()];
        head.extend(record.proposals.iter().map(|p| p.title.clone()));
        let mut numeric = vec![false, true];
        numeric.extend(record.proposals.iter().map(|_| true));
        let mut rows: Vec<Vec<Vec<Span>>> = criteria
            .iter()
            .map(|c| {
                let mut row = vec![
                    vec![text(c.title.clone())],
                    vec![text(c.weight.to_string())],
                ];
                row.extend(record.proposals.iter().map(|p| {
                    vec![text(
                        p.scores
                            .get(&c.id)
                            .map_or_else(|| "–".to_owned(), u8::to_string),
                    )]
                }));
                row
            })
            .collect();
        let best = record
            .proposals
            .iter()
            .map(|p| record.proposal_total(p))
            .max()
            .unwrap_or(0);
        let mut totals = vec![vec![strong("Weighted total")], vec![text("")]];
        totals.extend(record.proposals.iter().map(|p| {
            let total = record.proposal_total(p);
            if total == best && best > 0 {
                vec![strong(total.to_string())]
            } else {
                vec![text(total.to_string())]
            }
        }));
        rows.push(totals);
        let mut dots = vec![vec![strong("Dots")], vec![text("")]];
        dots.extend(
            record
                .proposals
                .iter()
                .map(|p| vec![text(p.dots.to_string())]),
        );
        rows.push(dots);
        doc.push(Block::Table {
            head,
            numeric,
            rows,
        });
    }

    doc.push(Block::Heading(3, "Decision".to_owned()));
    doc.push(Block::Bullets(
        record
            .proposals
            .iter()
            .map(|p| {
                vec![
                    strong(p.title.clone()),
                    text(format!(": {}.", decision(record, p))),
                ]
            })
            .collect(),
    ));
}

fn owner_and_due(record: &Record, action: &Action) -> (String, String) {
    (
        action
            .owner
            .as_deref()
            .map(|o| person(&record.plan, o).to_owned())
            .unwrap_or_default(),
        action.due.map(due).unwrap_or_default(),
    )
}

fn action_item(record: &Record, action: &Action) -> Vec<Span> {
    let (owner, by) = owner_and_due(record, action);
    let mut item = vec![text(action.text.clone())];
    let mut aside = Vec::new();
    if !owner.is_empty() {
        aside.push(owner);
    }
    if !by.is_empty() {
        aside.push(format!("by {by}"));
    }
    if !aside.is_empty() {
        item.push(emph(format!(" ({})", aside.join(", "))));
    }
    item
}

fn strategies(record: &Record, doc: &mut Vec<Block>) {
    doc.push(Block::Heading(2, "Strategies and actions".to_owned()));
    if record.strategies.is_empty() {
        doc.push(Block::Para(vec![emph("No strategies yet.")]));
        return;
    }
    for s in &record.strategies {
        doc.push(Block::Heading(3, s.name.clone()));
        let rows: Vec<Vec<Vec<Span>>> = s
            .actions
            .iter()
            .filter_map(|&id| record.action(id))
            .map(|a| {
                let (owner, by) = owner_and_due(record, a);
                vec![
                    vec![text(a.text.clone())],
                    vec![text(owner)],
                    vec![text(by)],
                ]
            })
            .collect();
        if rows.is_empty() {
            doc.push(Block::Para(vec![emph("No actions yet.")]));
        } else {
            doc.push(Block::Table {
                head: ["Action", "Owner", "Due"].map(String::from).into(),
                numeric: vec![false; 3],
                rows,
            });
        }
    }
}

fn resolutions(record: &Record, doc: &mut Vec<Block>) {
    doc.push(Block::Heading(2, "Resolutions".to_owned()));
    if record.resolutions.is_empty() {
        doc.push(Block::Para(vec![emph("No resolutions recorded.")]));
        return;
    }
    let items = record
        .resolutions
        .iter()
        .map(|r| {
            let mut aside = Vec::new();
            if let Some(s) = record.plan.session(&r.session) {
                aside.push(s.title.clone());
            }
            if let Some(p) = r.proposal.and_then(|p| record.proposal(p)) {
                aside.push(format!("settles “{}”", p.title));
            }
            let follow: Vec<String> = r
                .actions
                .iter()
                .filter_map(|&a| record.action(a))
                .map(|a| a.text.clone())
                .collect();
            if !follow.is_empty() {
                aside.push(format!("follow-up: {}", follow.join("; ")));
            }
            let mut item = vec![
                strong(format!("{}.", capitalised(&outcome(r.status, &r.method)))),
                text(format!(" {}", r.text.trim())),
            ];
            if !aside.is_empty() {
                item.push(emph(format!(" ({}.)", aside.join("; "))));
            }
            item
        })
        .collect();
    doc.push(Block::Numbered(items));
}

fn uncovered(record: &Record, doc: &mut Vec<Block>) {
    doc.push(Block::Heading(2, "Not covered".to_owned()));
    let nc = not_covered(record);
    if nc.is_empty() {
        doc.push(Block::Para(vec![text(
            "Every session on the agenda was held.",
        )]));
        return;
    }
    let name = |s: &crate::core::agenda::Session| {
        let day = record
            .plan
            .position(&s.id)
            .map_or(String::new(), |(d, _)| format!("day {}, ", d + 1));
        format!("{} ({day}{})", s.title, when(record, s))
    };
    let mut items = Vec::new();
    for (label, list) in [
        ("Skipped", &nc.skipped),
        ("Not finished", &nc.unfinished),
        ("Not held", &nc.pending),
    ] {
        if !list.is_empty() {
            let names: Vec<String> = list.iter().map(|s| name(s)).collect();
            items.push(vec![
                strong(format!("{label}:")),
                text(format!(" {}", names.join("; "))),
            ]);
        }
    }
    doc.push(Block::Bullets(items));
}

/// The minutes as Markdown (CommonMark with tables): headings for the meeting, each day and
/// session, the proposals, strategies, resolutions, next steps and what was not covered.
/// Every piece of captured text is escaped, so nothing a note-taker types can turn into markup.
/// The text ends with one newline.
pub fn minutes_markdown(record: &Record, options: &Options) -> String {
    super::inert(&markdown(&document(record, options)))
}

/// Writes blocks as Markdown.
pub(crate) fn markdown(doc: &[Block]) -> String {
    let mut out = String::new();
    for block in doc {
        match block {
            Block::Heading(level, title) => {
                let _ = writeln!(
                    out,
                    "{} {}\n",
                    "#".repeat(usize::from((*level).clamp(1, 6))),
                    md_one_line(title)
                );
            }
            Block::Para(spans) => {
                let _ = writeln!(out, "{}\n", md_spans(spans, ""));
            }
            Block::Bullets(items) => {
                for item in items {
                    let _ = writeln!(out, "- {}", md_spans(item, "  "));
                }
                out.push('\n');
            }
            Block::Numbered(items) => {
                for (n, item) in items.iter().enumerate() {
                    let marker = format!("{}. ", n + 1);
                    let indent = " ".repeat(marker.len());
                    let _ = writeln!(out, "{marker}{}", md_spans(item, &indent));
                }
                out.push('\n');
            }
            Block::Table {
                head,
                numeric,
                rows,
            } => {
                let cells: Vec<String> = head.iter().map(|h| md_cell(&[text(h.clone())])).collect();
                let _ = writeln!(out, "| {} |", cells.join(" | "));
                let rule: Vec<&str> = (0..head.len())
                    .map(|i| {
                        if numeric.get(i).copied().unwrap_or(false) {
                            "---:"
                        } else {
                            "---"
                        }
                    })
                    .collect();
                let _ = writeln!(out, "| {} |", rule.join(" | "));
                for row in rows {
                    let cells: Vec<String> = (0..head.len())
                        .map(|i| row.get(i).map_or_else(String::new, |c| md_cell(c)))
                        .collect();
                    let _ = writeln!(out, "| {} |", cells.join(" | "));
                }
                out.push('\n');
            }
            Block::Quote { text, by } => {
                let _ = writeln!(out, "> {}", md_lines(text, "> "));
                if let Some(by) = by {
                    let _ = writeln!(out, ">\n> — {}", md_one_line(by));
                }
                out.push('\n');
            }
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// Spans as inline Markdown; line breaks inside become hard breaks, continued with `indent`.
fn md_spans(spans: &[Span], indent: &str) -> String {
    let mut out = String::new();
    for span in spans {
        match span {
            Span::Text(s) => {
                // A space that separates this text from the span before it is kept; any other
                // leading or trailing white space would change the markup, so it goes.
                if !out.is_empty() && s.starts_with(char::is_whitespace) {
                    out.push(' ');
                }
                out.push_str(&md_lines(s, indent));
            }
            Span::Strong(s) if !s.trim().is_empty() => {
                let _ = write!(out, "**{}**", md_one_line(s.trim()));
            }
            Span::Emph(s) if !s.trim().is_empty() => {
                let lead = if s.starts_with(char::is_whitespace) {
                    " "
                } else {
                    ""
                };
                let _ = write!(out, "{lead}*{}*", md_one_line(s.trim()));
            }
            Span::Strong(_) | Span::Emph(_) => {}
        }
    }
    out
}

/// One table cell: no line breaks allowed, so they become `<br>`.
fn md_cell(spans: &[Span]) -> String {
    let mut out = String::new();
    for span in spans {
        let (s, mark) = match span {
            Span::Text(s) => (s, ""),
            Span::Strong(s) => (s, "**"),
            Span::Emph(s) => (s, "*"),
        };
        let lines: Vec<String> = s
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(md_escape)
            .collect();
        if !lines.is_empty() {
            let _ = write!(out, "{mark}{}{mark}", lines.join("<br>"));
        }
    }
    out
}

/// Text that must stay on one line (headings, labels): line breaks become spaces.
fn md_one_line(s: &str) -> String {
    let joined: Vec<&str> = s.split_whitespace().collect();
    md_escape(&joined.join(" "))
}

/// Text that may span lines: each line escaped, joined by hard breaks (a backslash at the end
/// of the line) and indented with `indent` to stay inside its list item or quote.
fn md_lines(s: &str, indent: &str) -> String {
    let lines: Vec<&str> = s.trim().lines().map(str::trim).collect();
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            let _ = write!(out, "\\\n{indent}");
        }
        out.push_str(&md_escape(line));
    }
    out
}

/// Escapes one line of text so that CommonMark reads it back as exactly that text: every
/// character that could start markup is backslash-escaped, and so are list markers at the
/// start of the line.
pub(crate) fn md_escape(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if line.starts_with(['-', '+', '=']) {
        out.push('\\');
    }
    for (i, c) in line.char_indices() {
        let escape = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' => true,
            '&' => entity_like(&line[i + 1..]),
            '.' | ')' => i == digits && (1..=9).contains(&digits),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whether text after an `&` would read as a character reference (`&amp;`, `&#38;`).
fn entity_like(rest: &str) -> bool {
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '#')
        .collect();
    !name.is_empty() && rest[name.len()..].starts_with(';')
}
