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
use crate::core::labels::election_in;
use crate::core::record::{Action, ActionStatus, Method, NoteKind, Record, Resolution, RunState};

use super::Options;
use super::common::{
    attendance, count, date_range, decided_in, decision, due, finished, kinds_in, long_date,
    next_steps, not_covered, notes, outcome, person, reported, status_label, when, when_held,
};
use crate::lang::Labels;

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
pub(crate) fn document(record: &Record, options: &Options) -> Vec<Block> {
    let l = options.labels(record);
    let mut doc = Vec::new();
    let plan = &record.plan;
    let chatham = plan.chatham_house;
    doc.push(Block::Heading(1, plan.title.clone()));
    doc.push(Block::Para(vec![text(lede(l, record))]));
    doc.push(Block::Bullets(facts(l, record)));

    for (title, body) in [
        ("heading-objective", &plan.objective),
        ("heading-background", &plan.background),
    ] {
        if !body.trim().is_empty() {
            doc.push(Block::Heading(2, l.label(title)));
            doc.push(Block::Para(vec![text(body.clone())]));
        }
    }

    if !chatham && !plan.participants.is_empty() {
        doc.push(Block::Heading(2, l.label("heading-participants")));
        doc.push(Block::Table {
            head: [
                "column-name",
                super::common::organisation_column(plan),
                "column-country",
                "column-role",
            ]
            .map(|id| l.label(id))
            .into(),
            numeric: vec![false; 4],
            rows: plan
                .participants
                .iter()
                .map(|p| {
                    let name = if p.remote {
                        l.label_with("participant-remote", &[("name", p.name.clone().into())])
                    } else {
                        p.name.clone()
                    };
                    vec![
                        vec![text(name)],
                        vec![text(l.semicolon_list(&p.represents()))],
                        vec![text(p.country.clone())],
                        vec![text(p.role.clone())],
                    ]
                })
                .collect(),
        });
    }

    sessions(l, record, &mut doc);
    proposals(l, record, &mut doc);
    strategies(l, record, &mut doc);
    resolutions(l, record, &mut doc);

    doc.push(Block::Heading(2, l.label("heading-next-steps")));
    let steps = next_steps(record);
    if steps.is_empty() {
        doc.push(Block::Para(vec![emph(l.label("no-next-steps"))]));
    } else {
        doc.push(Block::Bullets(
            steps.iter().map(|a| action_item(l, record, a)).collect(),
        ));
    }

    uncovered(l, record, &mut doc);
    doc
}

/// The facts under the lede: dates, place, organisers, hosts, who took part, languages,
/// principles, and the Chatham House Rule where it holds.
fn facts(l: &Labels, record: &Record) -> Vec<Vec<Span>> {
    let plan = &record.plan;
    let chatham = plan.chatham_house;
    let mut facts: Vec<Vec<Span>> = Vec::new();
    let mut fact = |label: String, value: String| {
        if !value.trim().is_empty() {
            let label = l.label_with("fact", &[("label", label.into())]);
            facts.push(vec![strong(label), text(format!(" {value}"))]);
        }
    };
    fact(l.label("fact-dates"), date_range(l, record));
    fact(l.label("fact-place"), plan.place.clone());
    fact(
        l.label("fact-organisers"),
        l.semicolon_list(&plan.organisers),
    );
    fact(l.label("fact-hosts"), l.semicolon_list(&plan.hosts));
    let who = attendance(record);
    fact(l.label("fact-participants"), who.headline(l, !chatham));
    if !chatham {
        fact(
            l.label("fact-organisations"),
            l.semicolon_list(&who.organisations),
        );
    }
    if let Some((label, languages)) = who.languages_fact(l) {
        fact(label, languages);
    }
    fact(
        l.label("fact-principles"),
        l.semicolon_list(&plan.principles),
    );
    if chatham {
        fact(l.label("fact-rule"), l.label("rule-chatham-house"));
    }
    facts
}

/// The sentence under the title: where, when, and whether the meeting is over.
fn lede(l: &Labels, record: &Record) -> String {
    let plan = &record.plan;
    let mut s = if finished(record) {
        l.label("lede-minutes")
    } else {
        l.label("lede-minutes-so-far")
    };
    if !plan.place.trim().is_empty() {
        s = l.label_with(
            "lede-place",
            &[("lede", s.into()), ("place", plan.place.trim().into())],
        );
    }
    let dates = date_range(l, record);
    if !dates.is_empty() {
        s = l.label_with("lede-dates", &[("lede", s.into()), ("dates", dates.into())]);
    }
    let total = plan.sessions().filter(|(_, x)| reported(record, x)).count();
    let held = plan
        .sessions()
        .filter(|(_, x)| reported(record, x) && record.run(&x.id).state == RunState::Done)
        .count();
    if finished(record) {
        l.label_with("lede-finished", &[("lede", s.into())])
    } else {
        l.label_with(
            "lede-in-progress",
            &[
                ("lede", s.into()),
                ("held", held.into()),
                ("sessions", count(l, "count-sessions", total).into()),
            ],
        )
    }
}

/// The day's planned hours as the agenda gives them: "Planned 09:00–17:30.", "Planned from
/// 09:00.", "Planned to end by 17:30."; `None` when it gives neither.
pub(crate) fn day_hours(l: &Labels, day: &crate::core::agenda::Day) -> Option<String> {
    let hm = |t: chrono::NaiveTime| l.time(t);
    match (day.start, day.end) {
        (Some(start), Some(end)) => Some(l.label_with(
            "day-hours",
            &[("start", hm(start).into()), ("end", hm(end).into())],
        )),
        (Some(start), None) => Some(l.label_with("day-hours-from", &[("start", hm(start).into())])),
        (None, Some(end)) => Some(l.label_with("day-hours-until", &[("end", hm(end).into())])),
        (None, None) => None,
    }
}

fn sessions(l: &Labels, record: &Record, doc: &mut Vec<Block>) {
    doc.push(Block::Heading(2, l.label("heading-sessions")));
    for (index, day) in record.plan.days.iter().enumerate() {
        let date = long_date(l, day.date);
        let heading = if day.title.trim().is_empty() {
            l.label_with(
                "heading-day",
                &[("n", (index + 1).into()), ("date", date.into())],
            )
        } else {
            l.label_with(
                "heading-day-titled",
                &[
                    ("n", (index + 1).into()),
                    ("date", date.into()),
                    ("title", day.title.trim().into()),
                ],
            )
        };
        doc.push(Block::Heading(3, heading));
        if let Some(hours) = day_hours(l, day) {
            doc.push(Block::Para(vec![emph(hours)]));
        }
        if !day.description.trim().is_empty() {
            doc.push(Block::Para(vec![text(day.description.trim().to_owned())]));
        }
        for s in day.sessions.iter().filter(|s| reported(record, s)) {
            doc.push(Block::Heading(4, s.title.clone()));
            doc.push(Block::Para(vec![emph(session_facts(l, record, s))]));
            if !s.description.trim().is_empty() {
                doc.push(Block::Para(vec![text(s.description.clone())]));
            }
            captures(l, record, s, None, doc);
            for item in &s.items {
                item_heading(l, record, item, doc);
                captures(l, record, s, Some(&item.id), doc);
            }
        }
    }
}

/// The line under a session's heading: "Talk, 09:06–10:40. Led by Ana Ruiz.", its kind, when
/// it was held, whether it was skipped or not held, and who led it (outside Chatham House).
fn session_facts(l: &Labels, record: &Record, s: &Session) -> String {
    let kind = capitalised(&kinds_in(l, s));
    let mut facts = l.label_with(
        "session-facts",
        &[
            ("kind", kind.into()),
            ("when", when_held(l, record, s).into()),
        ],
    );
    // "In parallel" only where another group of its block runs beside it: a lone track's
    // session ran alone.
    let beside = record
        .plan
        .sessions()
        .any(|(_, other)| record.plan.alongside(&s.id, &other.id));
    let track_label = if beside {
        "session-track"
    } else {
        "session-track-alone"
    };
    let placed = [
        (track_label, "track", &s.track),
        ("session-room", "room", &s.room),
    ];
    for (id, arg, name) in placed {
        if let Some(name) = name {
            facts = l.label_with(id, &[("facts", facts.into()), (arg, name.trim().into())]);
        }
    }
    let state = match record.run(&s.id).state {
        RunState::Skipped => Some("session-skipped"),
        RunState::Pending => Some("session-not-held"),
        _ => None,
    };
    if let Some(id) = state {
        facts = l.label_with(id, &[("facts", facts.into())]);
    }
    if !record.plan.chatham_house && !s.leads.is_empty() {
        let leads: Vec<&str> = s.leads.iter().map(|w| person(&record.plan, w)).collect();
        facts = l.label_with(
            "session-led-by",
            &[
                ("facts", facts.into()),
                ("leads", l.comma_list(&leads).into()),
            ],
        );
    }
    if !record.plan.chatham_house {
        for r in &s.roles {
            let who: Vec<&str> = r.who.iter().map(|w| person(&record.plan, w)).collect();
            facts = l.label_with(
                "session-role",
                &[
                    ("facts", facts.into()),
                    ("role", capitalised(r.role.trim()).into()),
                    ("who", l.comma_list(&who).into()),
                ],
            );
        }
    }
    facts.push('.');
    facts
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
fn item_heading(l: &Labels, record: &Record, item: &Item, doc: &mut Vec<Block>) {
    doc.push(Block::Heading(5, item.title.clone()));
    let mut facts = Vec::new();
    if !record.plan.chatham_house && !item.presenters.is_empty() {
        let presenters: Vec<&str> = item
            .presenters
            .iter()
            .map(|p| person(&record.plan, p))
            .collect();
        facts.push(l.label_with("presented-by", &[("who", l.comma_list(&presenters).into())]));
    }
    if let Some(reference) = &item.reference {
        facts.push(l.label_with("reference", &[("reference", reference.as_str().into())]));
    }
    if !facts.is_empty() {
        doc.push(Block::Para(vec![emph(facts.join(" "))]));
    }
}

/// What session `s` captured under item `under` (`None`: under no item): notes by kind,
/// actions, decisions and resolutions.
fn captures(l: &Labels, record: &Record, s: &Session, under: Option<&str>, doc: &mut Vec<Block>) {
    let chatham = record.plan.chatham_house;
    for (kind, label) in [
        (NoteKind::KeyPoint, "captures-key-points"),
        (NoteKind::Question, "captures-questions"),
        (NoteKind::Quote, "captures-quotes"),
        (NoteKind::Note, "captures-notes"),
    ] {
        if kind == NoteKind::Quote {
            quotes(l, record, s, under, &mut *doc);
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
            doc.push(Block::Para(vec![strong(l.label(label))]));
            doc.push(Block::Bullets(items));
        }
    }
    let actions: Vec<Vec<Span>> = record
        .actions
        .iter()
        .filter(|a| a.session == s.id && belongs(s, a.item.as_ref(), under))
        .map(|a| action_item(l, record, a))
        .collect();
    if !actions.is_empty() {
        doc.push(Block::Para(vec![strong(l.label("captures-actions"))]));
        doc.push(Block::Bullets(actions));
    }
    if under.is_none() {
        // A record that does not say which session decided lists its decisions under the
        // decision session that names the proposal, as the minutes always did.
        let decided: Vec<Vec<Span>> = decided_in(record, s, s.is(SessionKind::Decision))
            .into_iter()
            .map(|p| {
                vec![
                    strong(p.title.clone()),
                    text(format!(
                        "{}{}",
                        l.label("separator-colon"),
                        decision(l, record, p)
                    )),
                ]
            })
            .collect();
        if !decided.is_empty() {
            doc.push(Block::Para(vec![strong(l.label("captures-decided"))]));
            doc.push(Block::Bullets(decided));
        }
    }
    let resolved: Vec<Vec<Span>> = record
        .resolutions
        .iter()
        .filter(|r| r.session == s.id && belongs(s, r.item.as_ref(), under))
        .map(|r| resolved_item(l, r))
        .collect();
    if !resolved.is_empty() {
        doc.push(Block::Para(vec![strong(l.label("captures-resolved"))]));
        doc.push(Block::Bullets(resolved));
    }
}

/// A resolution as its session lists it: "Chair (elected: Ana Ruiz) — 1 seat; candidates: Ana
/// Ruiz (20 votes), Ben (14 votes); 1 blank or spoiled ballot", the election's ballot told only
/// as far as it was entered.
fn resolved_item(l: &Labels, r: &Resolution) -> Vec<Span> {
    let mut item = vec![
        text(r.text.clone()),
        emph(format!(" ({})", outcome(l, r.status, &r.method))),
    ];
    if let Method::Election(election) = &r.method
        && let Some(ballot) = election_in(l, election)
    {
        item.push(text(format!(" — {ballot}")));
    }
    item
}

fn quotes(l: &Labels, record: &Record, s: &Session, under: Option<&str>, doc: &mut Vec<Block>) {
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
        doc.push(Block::Para(vec![strong(l.label("captures-quotes"))]));
        doc.extend(quotes);
    }
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

fn proposals(l: &Labels, record: &Record, doc: &mut Vec<Block>) {
    if record.proposals.is_empty() {
        return;
    }
    let chatham = record.plan.chatham_house;
    doc.push(Block::Heading(2, l.label("heading-proposals")));
    let listed = record
        .proposals
        .iter()
        .map(|p| {
            let mut item = vec![strong(p.title.clone())];
            if !p.summary.trim().is_empty() {
                item.push(text(format!(" — {}", p.summary.trim())));
            }
            let plan = p
                .key
                .as_ref()
                .and_then(|k| record.plan.proposals.iter().find(|x| &x.id == k));
            // The agenda names the presenters of its proposals; one captured live keeps its own.
            let presenters: Vec<String> = plan
                .map_or_else(
                    || p.presenter.iter().cloned().collect(),
                    |plan| plan.presenters.clone(),
                )
                .iter()
                .map(|w| person(&record.plan, w).to_owned())
                .collect();
            if !chatham && !presenters.is_empty() {
                let by = l.label_with("presented-by", &[("who", l.comma_list(&presenters).into())]);
                item.push(emph(format!(" {by}")));
            }
            let options: Vec<String> = plan
                .iter()
                .flat_map(|plan| &plan.options)
                .map(|o| format!("{} — {}", o.id, o.title))
                .collect();
            if !options.is_empty() {
                let options = l.semicolon_list(&options);
                let listed = l.label_with("proposal-options", &[("options", options.into())]);
                item.push(text(format!(" {listed}")));
            }
            item
        })
        .collect();
    doc.push(Block::Numbered(listed));

    let criteria = &record.plan.criteria;
    if !criteria.is_empty() {
        doc.push(Block::Heading(3, l.label("heading-assessment")));
        doc.push(Block::Para(vec![text(l.label_with(
            "assessment-explained",
            &[("max", crate::core::record::SCORE_MAX.into())],
        ))]));
        let mut head = vec![l.label("column-criterion"), l.label("column-weight")];
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
        let mut totals = vec![vec![strong(l.label("row-weighted-total"))], vec![text("")]];
        totals.extend(record.proposals.iter().map(|p| {
            let total = record.proposal_total(p);
            if total == best && best > 0 {
                vec![strong(total.to_string())]
            } else {
                vec![text(total.to_string())]
            }
        }));
        rows.push(totals);
        let mut dots = vec![vec![strong(l.label("row-dots"))], vec![text("")]];
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

    doc.push(Block::Heading(3, l.label("heading-decision")));
    doc.push(Block::Bullets(
        record
            .proposals
            .iter()
            .map(|p| {
                vec![
                    strong(p.title.clone()),
                    text(format!(
                        "{}{}.",
                        l.label("separator-colon"),
                        decision(l, record, p)
                    )),
                ]
            })
            .collect(),
    ));
}

fn owner_and_due(l: &Labels, record: &Record, action: &Action) -> (String, String) {
    (
        action
            .owner
            .as_deref()
            .map(|o| person(&record.plan, o).to_owned())
            .unwrap_or_default(),
        action.due.map(|d| due(l, d)).unwrap_or_default(),
    )
}

/// Where an action stands, when someone has followed it up: "done on 12 Sep 2018". None for
/// an open action, which is what every action is until then, so the minutes say nothing of it.
fn progress(l: &Labels, action: &Action) -> Option<String> {
    let p = action.progress;
    if p.status == ActionStatus::Open {
        return None;
    }
    let status = l.label(status_label(p.status));
    Some(match p.since {
        Some(since) => l.label_with(
            "action-status-on",
            &[("status", status.into()), ("date", due(l, since).into())],
        ),
        None => status,
    })
}

fn action_item(l: &Labels, record: &Record, action: &Action) -> Vec<Span> {
    let (owner, by) = owner_and_due(l, record, action);
    let mut item = vec![text(action.text.clone())];
    let mut aside = Vec::new();
    if !owner.is_empty() {
        aside.push(owner);
    }
    if !by.is_empty() {
        aside.push(l.label_with("action-by", &[("date", by.into())]));
    }
    aside.extend(progress(l, action));
    if !aside.is_empty() {
        item.push(emph(format!(" ({})", l.comma_list(&aside))));
    }
    item
}

fn strategies(l: &Labels, record: &Record, doc: &mut Vec<Block>) {
    doc.push(Block::Heading(2, l.label("heading-strategies")));
    if record.strategies.is_empty() {
        doc.push(Block::Para(vec![emph(l.label("no-strategies"))]));
        return;
    }
    for s in &record.strategies {
        doc.push(Block::Heading(3, s.name.clone()));
        let rows: Vec<Vec<Vec<Span>>> = s
            .actions
            .iter()
            .filter_map(|&id| record.action(id))
            .map(|a| {
                let (owner, by) = owner_and_due(l, record, a);
                // One span: a table cell keeps no space between spans.
                let action = match progress(l, a) {
                    Some(progress) => format!("{} ({progress})", a.text),
                    None => a.text.clone(),
                };
                vec![vec![text(action)], vec![text(owner)], vec![text(by)]]
            })
            .collect();
        if rows.is_empty() {
            doc.push(Block::Para(vec![emph(l.label("no-actions"))]));
        } else {
            doc.push(Block::Table {
                head: ["column-action", "column-owner", "column-due"]
                    .map(|id| l.label(id))
                    .into(),
                numeric: vec![false; 3],
                rows,
            });
        }
    }
}

fn resolutions(l: &Labels, record: &Record, doc: &mut Vec<Block>) {
    doc.push(Block::Heading(2, l.label("heading-resolutions")));
    if record.resolutions.is_empty() {
        doc.push(Block::Para(vec![emph(l.label("no-resolutions"))]));
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
                aside.push(
                    l.label_with("resolution-settles", &[("title", p.title.as_str().into())]),
                );
            }
            let follow: Vec<String> = r
                .actions
                .iter()
                .filter_map(|&a| record.action(a))
                .map(|a| a.text.clone())
                .collect();
            if !follow.is_empty() {
                aside.push(l.label_with(
                    "resolution-follow-up",
                    &[("actions", l.semicolon_list(&follow).into())],
                ));
            }
            let mut item = vec![
                strong(format!(
                    "{}.",
                    capitalised(&outcome(l, r.status, &r.method))
                )),
                text(format!(" {}", r.text.trim())),
            ];
            if !aside.is_empty() {
                item.push(emph(format!(" ({}.)", l.semicolon_list(&aside))));
            }
            item
        })
        .collect();
    doc.push(Block::Numbered(items));
}

fn uncovered(l: &Labels, record: &Record, doc: &mut Vec<Block>) {
    doc.push(Block::Heading(2, l.label("heading-not-covered")));
    let nc = not_covered(record);
    if nc.is_empty() {
        doc.push(Block::Para(vec![text(l.label("all-covered"))]));
        return;
    }
    let name = |s: &crate::core::agenda::Session| {
        let mut aside: Vec<String> = record
            .plan
            .position(&s.id)
            .map(|(d, _)| l.label_with("uncovered-day", &[("n", (d + 1).into())]))
            .into_iter()
            .collect();
        aside.push(when(l, record, s));
        format!("{} ({})", s.title, l.comma_list(&aside))
    };
    let mut items = Vec::new();
    for (label, list) in [
        ("uncovered-skipped", &nc.skipped),
        ("uncovered-unfinished", &nc.unfinished),
        ("uncovered-pending", &nc.pending),
    ] {
        if !list.is_empty() {
            let names: Vec<String> = list.iter().map(|s| name(s)).collect();
            items.push(vec![
                strong(l.label_with("fact", &[("label", l.label(label).into())])),
                text(format!(" {}", l.semicolon_list(&names))),
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
    super::into_inert(markdown(&document(record, options)))
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
    // Every character that may need a backslash is ASCII, so the line is read byte by byte and
    // copied a run at a time between them: a note's text is mostly runs (a big record's
    // minutes spend their time here).
    let mut from = 0;
    for (i, b) in line.bytes().enumerate() {
        let escape = match b {
            b'\\' | b'`' | b'*' | b'_' | b'[' | b']' | b'<' | b'>' | b'#' | b'|' | b'~' => true,
            b'&' => entity_like(&line[i + 1..]),
            b'.' | b')' => i == digits && (1..=9).contains(&digits),
            _ => false,
        };
        if escape {
            out.push_str(&line[from..i]);
            out.push('\\');
            from = i;
        }
    }
    out.push_str(&line[from..]);
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
