//! What a change is called in the footer, so nothing happens silently: "skipped Coffee break
//! — u undoes" when it is made, "undone: skipped Coffee break" when it is taken back.
//!
//! An op is named from the record that holds what it names: the record before a change is
//! made or redone (a deleted note is still there), the record after a change is undone (a
//! deleted note is back); what an op brings in (a new note, a new strategy's name) it
//! carries itself.

use crate::core::labels;
use crate::core::op::Op;
use crate::core::record::{Decision, Id, Record};
use crate::core::timing::hh_mm;
use crate::lang::{Arg, Labels};

/// The words for a change: "skipped Coffee break", "moved card “map campaigns” to Land".
/// None for moving between sessions, which is navigation, not a change to the meeting.
pub(super) fn change(l: &Labels, op: &Op, record: &Record) -> Option<String> {
    use Op as O;
    let said = match op {
        O::SetCurrent { .. } => return None,
        O::Batch(ops) => batch(l, ops, record),
        O::StartSession { .. }
        | O::PauseSession { .. }
        | O::EndSession { .. }
        | O::SkipSession { .. }
        | O::RestoreRun { .. }
        | O::SetHeldTimes { .. }
        | O::AddSession { .. }
        | O::RemoveSession { .. }
        | O::MoveSession { .. }
        | O::SetSessionMinutes { .. }
        | O::RenameSession { .. }
        | O::SplitSession { .. }
        | O::SetSessionKind { .. }
        | O::SetSessionLeads { .. } => session_change(l, op, record),
        O::MoveToSession {
            id, session: to, ..
        } => moved(l, *id, to.as_deref(), record),
        O::AddNote(_)
        | O::EditNote { .. }
        | O::DeleteNote { .. }
        | O::RestoreNote { .. }
        | O::AddProposal(_)
        | O::EditProposal { .. }
        | O::DeleteProposal { .. }
        | O::RestoreProposal { .. }
        | O::Score { .. }
        | O::SetDots { .. }
        | O::Decide { .. }
        | O::AddResolution(_)
        | O::EditResolution(_)
        | O::DeleteResolution { .. }
        | O::RestoreResolution { .. } => capture_change(l, op, record),
        O::AddAction { .. }
        | O::EditAction { .. }
        | O::SetActionProgress { .. }
        | O::DeleteAction { .. }
        | O::RestoreAction { .. }
        | O::MoveAction { .. }
        | O::AddStrategy { .. }
        | O::RenameStrategy { .. }
        | O::MoveStrategy { .. }
        | O::MergeStrategies { .. }
        | O::DeleteStrategy { .. }
        | O::RestoreStrategy { .. } => board_change(l, op, record),
        O::RaiseHand { .. }
        | O::LowerHand { .. }
        | O::NextSpeaker { .. }
        | O::EndTurn { .. }
        | O::SetProgressive(_)
        | O::RestoreSpeakers { .. } => speaker_change(l, op, record),
    };
    Some(said)
}

/// Several ops made as one (a pasted block): each named, up to three, then a count.
fn batch(l: &Labels, ops: &[Op], record: &Record) -> String {
    let said: Vec<String> = ops.iter().filter_map(|op| change(l, op, record)).collect();
    match said.len() {
        0 => l.label("told-nothing"),
        1..=3 => l.comma_list(&said),
        n => l.label_with(
            "told-and-more",
            &[
                ("said", l.comma_list(&said[..2]).into()),
                ("n", (n - 2).into()),
            ],
        ),
    }
}

/// The label `id` with its arguments, each given as text or a number.
fn say(l: &Labels, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    l.label_with(id, args)
}

fn session_change(l: &Labels, op: &Op, record: &Record) -> String {
    let title = |id: &str| title(record, id);
    let of = |id: &str, session: &str| say(l, id, &[("title", title(session).into())]);
    match op {
        Op::StartSession { session, .. } => match record.run(session).started {
            Some(_) => of("told-resumed", session),
            None => of("told-started", session),
        },
        Op::PauseSession { session, .. } => of("told-paused", session),
        Op::EndSession { session, .. } => of("told-ended", session),
        Op::SkipSession { session } => of("told-skipped", session),
        Op::RestoreRun { session, .. } => of("told-timer-back", session),
        Op::SetHeldTimes { session, run } => {
            let (from, to) = (hh_mm(run.started), hh_mm(run.ended));
            let title = title(session);
            match run.ended {
                Some(_) => say(
                    l,
                    "told-held",
                    &[
                        ("title", title.into()),
                        ("from", from.into()),
                        ("to", to.into()),
                    ],
                ),
                None => say(
                    l,
                    "told-held-from",
                    &[("title", title.into()), ("from", from.into())],
                ),
            }
        }
        Op::AddSession { session, .. } => say(
            l,
            "told-session-added",
            &[
                ("title", session.title.as_str().into()),
                ("kind", labels::kind_in(l, session.kind).into()),
            ],
        ),
        Op::SetSessionKind { session, kind } => say(
            l,
            "told-session-kind",
            &[
                ("title", title(session).into()),
                ("kind", labels::kind_in(l, *kind).into()),
            ],
        ),
        Op::SetSessionLeads { session, leads } => match leads.as_slice() {
            [] => of("told-no-lead", session),
            leads => {
                let names: Vec<&str> = leads
                    .iter()
                    .map(|lead| labels::person(&record.plan, lead))
                    .collect();
                say(
                    l,
                    "told-led-by",
                    &[
                        ("title", title(session).into()),
                        ("names", l.comma_list(&names).into()),
                    ],
                )
            }
        },
        Op::RemoveSession { session } => of("told-session-removed", session),
        Op::MoveSession { session, start, .. } => match start {
            Some(at) => say(
                l,
                "told-session-moved-to",
                &[
                    ("title", title(session).into()),
                    ("time", at.format("%H:%M").to_string().into()),
                ],
            ),
            None => of("told-session-moved", session),
        },
        Op::SetSessionMinutes { session, minutes } => match minutes {
            Some(m) => say(
                l,
                "told-session-minutes",
                &[("title", title(session).into()), ("minutes", (*m).into())],
            ),
            None => of("told-session-open-ended", session),
        },
        Op::RenameSession { session, title: to } => say(
            l,
            "told-renamed",
            &[("title", title(session).into()), ("to", to.as_str().into())],
        ),
        Op::SplitSession {
            session,
            title: half,
            ..
        } => say(
            l,
            "told-split",
            &[
                ("half", half.as_str().into()),
                ("title", title(session).into()),
            ],
        ),
        _ => l.label("told-agenda-changed"),
    }
}

/// A capture filed under another session: "moved the note “…” to Opening".
fn moved(l: &Labels, id: Id, to: Option<&str>, record: &Record) -> String {
    let the = |id: &str, text: &str| say(l, id, &[("text", quoted(text).into())]);
    let what = if let Some(n) = record.note(id) {
        the("told-the-note", &n.text)
    } else if let Some(a) = record.action(id) {
        the("told-the-card", &a.text)
    } else if let Some(r) = record.resolution(id) {
        the("told-the-resolution", &r.text)
    } else if let Some(p) = record.proposal(id) {
        the("told-the-proposal", &p.title)
    } else {
        l.label("told-a-capture")
    };
    match to {
        Some(to) => say(
            l,
            "told-moved-to",
            &[("what", what.into()), ("to", title(record, to).into())],
        ),
        None => say(l, "told-agendas-own", &[("what", what.into())]),
    }
}

/// A session's title, or its id when the plan no longer has it.
fn title(record: &Record, id: &str) -> String {
    record
        .plan
        .session(id)
        .map_or_else(|| id.to_owned(), |s| s.title.clone())
}

fn capture_change(l: &Labels, op: &Op, record: &Record) -> String {
    let note = |id: Id| record.note(id).map(|n| quoted(&n.text)).unwrap_or_default();
    let proposal = |id: Id| {
        record
            .proposal(id)
            .map(|p| quoted(&p.title))
            .unwrap_or_default()
    };
    let resolution = |id: Id| {
        record
            .resolution(id)
            .map(|r| quoted(&r.text))
            .unwrap_or_default()
    };
    let text = |id: &str, text: String| say(l, id, &[("text", text.into())]);
    match op {
        Op::AddNote(n) => say(
            l,
            "told-note-saved",
            &[
                ("kind", labels::note_kind_in(l, n.kind).into()),
                ("text", quoted(&n.text).into()),
            ],
        ),
        Op::EditNote { text: t, .. } => text("told-note-edited", quoted(t)),
        Op::DeleteNote { id } => text("told-note-deleted", note(*id)),
        Op::RestoreNote { note } => text("told-note-back", quoted(&note.text)),
        Op::AddProposal(p) => text("told-proposal-added", quoted(&p.title)),
        Op::EditProposal { title, .. } => text("told-proposal-edited", quoted(title)),
        Op::DeleteProposal { id } => text("told-proposal-deleted", proposal(*id)),
        Op::RestoreProposal { proposal } => text("told-proposal-back", quoted(&proposal.title)),
        Op::Score {
            proposal: id,
            criterion,
            score,
        } => {
            let on = record
                .plan
                .criteria
                .iter()
                .find(|c| c.id == *criterion)
                .map_or(criterion.as_str(), |c| c.title.as_str());
            let (p, on) = (proposal(*id), on.to_owned());
            match score {
                Some(n) => say(
                    l,
                    "told-scored",
                    &[
                        ("text", p.into()),
                        ("score", (*n).into()),
                        ("on", on.into()),
                    ],
                ),
                None => say(
                    l,
                    "told-score-cleared",
                    &[("text", p.into()), ("on", on.into())],
                ),
            }
        }
        Op::SetDots { proposal: id, dots } => say(
            l,
            "told-dots",
            &[("text", proposal(*id).into()), ("n", (*dots).into())],
        ),
        Op::Decide {
            proposal: id,
            decision,
            ..
        } => {
            let with = |tid: &str, more: (&str, String)| {
                say(
                    l,
                    tid,
                    &[("text", proposal(*id).into()), (more.0, more.1.into())],
                )
            };
            match decision {
                Decision::Open => text("told-reopened", proposal(*id)),
                Decision::Selected => text("told-selected", proposal(*id)),
                Decision::SelectedAs(words) => with("told-selected-as", ("words", words.clone())),
                Decision::SelectedOption(option) => {
                    let title = record
                        .proposal(*id)
                        .and_then(|p| record.options_of(p).iter().find(|o| o.id == *option))
                        .map(|o| format!("{option} — {}", o.title))
                        .unwrap_or_else(|| option.clone());
                    with("told-selected-option", ("option", title))
                }
                Decision::MergedInto(into) => with("told-merged", ("into", proposal(*into))),
                Decision::Parked(how) => with("told-parked", ("why", how.clone())),
            }
        }
        Op::AddResolution(r) => text("told-resolution-added", quoted(&r.text)),
        Op::EditResolution(r) => text("told-resolution-edited", quoted(&r.text)),
        Op::DeleteResolution { id } => text("told-resolution-deleted", resolution(*id)),
        Op::RestoreResolution { resolution } => {
            text("told-resolution-back", quoted(&resolution.text))
        }
        _ => l.label("told-record-changed"),
    }
}

fn board_change(l: &Labels, op: &Op, record: &Record) -> String {
    let card = |id: Id| {
        record
            .action(id)
            .map(|a| quoted(&a.text))
            .unwrap_or_default()
    };
    let column = |id: Option<Id>| match id.and_then(|id| record.strategy(id)) {
        Some(s) => s.name.clone(),
        None => l.label("board-unsorted"),
    };
    let text = |id: &str, text: String| say(l, id, &[("text", text.into())]);
    let two =
        |id: &str, (a, b): (String, String)| say(l, id, &[("text", a.into()), ("to", b.into())]);
    match op {
        Op::AddAction { action, strategy } => {
            two("told-card-added", (quoted(&action.text), column(*strategy)))
        }
        Op::EditAction { text: t, .. } => text("told-card-edited", quoted(t)),
        Op::SetActionProgress { id, progress } => {
            let status = labels::action_status_in(l, progress.status);
            match progress.since {
                Some(since) => say(
                    l,
                    "told-card-status-since",
                    &[
                        ("text", card(*id).into()),
                        ("status", status.into()),
                        ("since", since.to_string().into()),
                    ],
                ),
                None => two("told-card-status", (card(*id), status)),
            }
        }
        Op::DeleteAction { id } => text("told-card-deleted", card(*id)),
        Op::RestoreAction { action, .. } => text("told-card-back", quoted(&action.text)),
        Op::MoveAction { id, strategy, .. } => {
            two("told-card-moved", (card(*id), column(*strategy)))
        }
        // Its column's digit sends cards to it, when it has one.
        Op::AddStrategy { name, index, .. } => match index + 1 {
            n @ 1..=9 => say(
                l,
                "told-strategy-added-key",
                &[("text", name.as_str().into()), ("key", n.into())],
            ),
            _ => text("told-strategy-added", name.clone()),
        },
        Op::RenameStrategy { id, name } => {
            two("told-strategy-renamed", (column(Some(*id)), name.clone()))
        }
        Op::MoveStrategy { id, .. } => text("told-strategy-moved", column(Some(*id))),
        Op::MergeStrategies { from, into } => two(
            "told-strategy-merged",
            (column(Some(*from)), column(Some(*into))),
        ),
        Op::DeleteStrategy { id } => text("told-strategy-deleted", column(Some(*id))),
        Op::RestoreStrategy { strategy, .. } => text("told-strategy-back", strategy.name.clone()),
        _ => l.label("told-board-changed"),
    }
}

fn speaker_change(l: &Labels, op: &Op, record: &Record) -> String {
    let person =
        |id: &str, who: &str| say(l, id, &[("name", labels::person(&record.plan, who).into())]);
    match op {
        Op::RaiseHand { speaker } => person("told-hand-raised", speaker),
        Op::LowerHand { speaker } => person("told-hand-lowered", speaker),
        Op::NextSpeaker { at, .. } => match record.speakers.next_up(*at) {
            Some(next) => person("told-floor-to", next),
            None => l.label("told-turn-ended"),
        },
        Op::EndTurn { .. } => l.label("told-turn-ended"),
        Op::SetProgressive(true) => l.label("told-progressive-on"),
        Op::SetProgressive(false) => l.label("told-progressive-off"),
        _ => l.label("told-queue-back"),
    }
}

/// Text in quotes, its first line cut to a footer's share with `…`.
fn quoted(text: &str) -> String {
    const MOST: usize = 32;
    let line = text.lines().next().unwrap_or_default().trim();
    let cut = line.chars().count() > MOST || text.trim().lines().nth(1).is_some();
    let shown: String = line.chars().take(MOST).collect();
    format!("“{}{}”", shown.trim_end(), if cut { "…" } else { "" })
}
