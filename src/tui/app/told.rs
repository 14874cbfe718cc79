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

/// The words for a change: "skipped Coffee break", "moved card “map campaigns” to Land".
/// None for moving between sessions, which is navigation, not a change to the meeting.
pub(super) fn change(op: &Op, record: &Record) -> Option<String> {
    use Op as O;
    let said = match op {
        O::SetCurrent { .. } => return None,
        O::Batch(ops) => batch(ops, record),
        O::StartSession { .. }
        | O::PauseSession { .. }
        | O::EndSession { .. }
        | O::SkipSession { .. }
        | O::RestoreRun { .. }
        | O::AddSession { .. }
        | O::RemoveSession { .. }
        | O::MoveSession { .. }
        | O::SetSessionMinutes { .. }
        | O::RenameSession { .. }
        | O::SplitSession { .. }
        | O::SetSessionKind { .. }
        | O::SetSessionLeads { .. } => session_change(op, record),
        O::MoveToSession {
            id, session: to, ..
        } => moved(*id, to.as_deref(), record),
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
        | O::RestoreResolution { .. } => capture_change(op, record),
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
        | O::RestoreStrategy { .. } => board_change(op, record),
        O::RaiseHand { .. }
        | O::LowerHand { .. }
        | O::NextSpeaker { .. }
        | O::EndTurn { .. }
        | O::SetProgressive(_)
        | O::RestoreSpeakers { .. } => speaker_change(op, record),
    };
    Some(said)
}

/// Several ops made as one (a pasted block): each named, up to three, then a count.
fn batch(ops: &[Op], record: &Record) -> String {
    let said: Vec<String> = ops.iter().filter_map(|op| change(op, record)).collect();
    match said.len() {
        0 => "nothing".to_owned(),
        1..=3 => said.join(", "),
        n => format!("{}, and {} more", said[..2].join(", "), n - 2),
    }
}

fn session_change(op: &Op, record: &Record) -> String {
    let title = |id: &str| title(record, id);
    match op {
        Op::StartSession { session, .. } => match record.run(session).started {
            Some(_) => format!("resumed {}", title(session)),
            None => format!("started {}", title(session)),
        },
        Op::PauseSession { session, .. } => format!("paused {}", title(session)),
        Op::EndSession { session, .. } => format!("ended {}", title(session)),
        Op::SkipSession { session } => format!("skipped {}", title(session)),
        Op::RestoreRun { session, .. } => format!("{}'s timer put back", title(session)),
        Op::AddSession { session, .. } => {
            format!(
                "added the session {} ({})",
                session.title,
                session.kind.label()
            )
        }
        Op::SetSessionKind { session, kind } => {
            format!("{} is now a {} session", title(session), kind.label())
        }
        Op::SetSessionLeads { session, leads } => match leads.as_slice() {
            [] => format!("{} has no lead now", title(session)),
            leads => {
                let names: Vec<&str> = leads
                    .iter()
                    .map(|l| labels::person(&record.plan, l))
                    .collect();
                format!("{} is now led by {}", title(session), names.join(", "))
            }
        },
        Op::RemoveSession { session } => format!("removed the session {}", title(session)),
        Op::MoveSession { session, start, .. } => match start {
            Some(at) => format!("moved {} to {}", title(session), at.format("%H:%M")),
            None => format!("moved {}", title(session)),
        },
        Op::SetSessionMinutes { session, minutes } => match minutes {
            Some(m) => format!("{} is now {m} min", title(session)),
            None => format!("{} is now open-ended", title(session)),
        },
        Op::RenameSession { session, title: to } => {
            format!("renamed {} to {to}", title(session))
        }
        Op::SplitSession {
            session,
            title: half,
            ..
        } => format!("split {half} off {}", title(session)),
        _ => "changed the agenda".to_owned(),
    }
}

/// A capture filed under another session: "moved the note “…” to Opening".
fn moved(id: Id, to: Option<&str>, record: &Record) -> String {
    let what = if let Some(n) = record.note(id) {
        format!("the note {}", quoted(&n.text))
    } else if let Some(a) = record.action(id) {
        format!("the card {}", quoted(&a.text))
    } else if let Some(r) = record.resolution(id) {
        format!("the resolution {}", quoted(&r.text))
    } else if let Some(p) = record.proposal(id) {
        format!("the proposal {}", quoted(&p.title))
    } else {
        "a capture".to_owned()
    };
    match to {
        Some(to) => format!("moved {what} to {}", title(record, to)),
        None => format!("{what} is the agenda's own again"),
    }
}

/// A session's title, or its id when the plan no longer has it.
fn title(record: &Record, id: &str) -> String {
    record
        .plan
        .session(id)
        .map_or_else(|| id.to_owned(), |s| s.title.clone())
}

fn capture_change(op: &Op, record: &Record) -> String {
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
    match op {
        Op::AddNote(n) => format!("{} {} saved", labels::note_kind(n.kind), quoted(&n.text)),
        Op::EditNote { text, .. } => format!("edited the note {}", quoted(text)),
        Op::DeleteNote { id } => format!("deleted the note {}", note(*id)),
        Op::RestoreNote { note } => format!("the note {} put back", quoted(&note.text)),
        Op::AddProposal(p) => format!("added the proposal {}", quoted(&p.title)),
        Op::EditProposal { title, .. } => format!("edited the proposal {}", quoted(title)),
        Op::DeleteProposal { id } => format!("deleted the proposal {}", proposal(*id)),
        Op::RestoreProposal { proposal } => {
            format!("the proposal {} put back", quoted(&proposal.title))
        }
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
            match score {
                Some(n) => format!("scored {} {n} on {on}", proposal(*id)),
                None => format!("cleared the score of {} on {on}", proposal(*id)),
            }
        }
        Op::SetDots { proposal: id, dots } => format!("{} has {dots} dots", proposal(*id)),
        Op::Decide {
            proposal: id,
            decision,
        } => match decision {
            Decision::Open => format!("reopened {}", proposal(*id)),
            Decision::Selected => format!("selected {}", proposal(*id)),
            Decision::SelectedAs(words) => format!("selected {}: {words}", proposal(*id)),
            Decision::SelectedOption(option) => {
                let title = record
                    .proposal(*id)
                    .and_then(|p| record.options_of(p).iter().find(|o| o.id == *option))
                    .map(|o| format!(" — {}", o.title))
                    .unwrap_or_default();
                format!("selected {} with option {option}{title}", proposal(*id))
            }
            Decision::MergedInto(into) => {
                format!("merged {} into {}", proposal(*id), proposal(*into))
            }
            Decision::Parked(how) => format!("parked {}: {how}", proposal(*id)),
        },
        Op::AddResolution(r) => format!("recorded the resolution {}", quoted(&r.text)),
        Op::EditResolution(r) => format!("updated the resolution {}", quoted(&r.text)),
        Op::DeleteResolution { id } => format!("deleted the resolution {}", resolution(*id)),
        Op::RestoreResolution { resolution } => {
            format!("the resolution {} put back", quoted(&resolution.text))
        }
        _ => "changed the record".to_owned(),
    }
}

fn board_change(op: &Op, record: &Record) -> String {
    let card = |id: Id| {
        record
            .action(id)
            .map(|a| quoted(&a.text))
            .unwrap_or_default()
    };
    let column = |id: Option<Id>| match id.and_then(|id| record.strategy(id)) {
        Some(s) => s.name.clone(),
        None => "Unsorted".to_owned(),
    };
    match op {
        Op::AddAction { action, strategy } => {
            format!(
                "card {} added to {}",
                quoted(&action.text),
                column(*strategy)
            )
        }
        Op::EditAction { text, .. } => format!("edited the card {}", quoted(text)),
        Op::SetActionProgress { id, progress } => match progress.since {
            Some(since) => format!(
                "the card {} is {} since {since}",
                card(*id),
                progress.status.label()
            ),
            None => format!("the card {} is {}", card(*id), progress.status.label()),
        },
        Op::DeleteAction { id } => format!("deleted the card {}", card(*id)),
        Op::RestoreAction { action, .. } => format!("the card {} put back", quoted(&action.text)),
        Op::MoveAction { id, strategy, .. } => {
            format!("moved the card {} to {}", card(*id), column(*strategy))
        }
        // Its column's digit sends cards to it, when it has one.
        Op::AddStrategy { name, index, .. } => match index + 1 {
            n @ 1..=9 => format!("created the strategy {name}; {n} sends a card to it"),
            _ => format!("created the strategy {name}"),
        },
        Op::RenameStrategy { id, name } => format!("renamed {} to {name}", column(Some(*id))),
        Op::MoveStrategy { id, .. } => format!("moved the strategy {}", column(Some(*id))),
        Op::MergeStrategies { from, into } => {
            format!(
                "merged {} into {}",
                column(Some(*from)),
                column(Some(*into))
            )
        }
        Op::DeleteStrategy { id } => format!("deleted the strategy {}", column(Some(*id))),
        Op::RestoreStrategy { strategy, .. } => {
            format!("the strategy {} put back", strategy.name)
        }
        _ => "changed the board".to_owned(),
    }
}

fn speaker_change(op: &Op, record: &Record) -> String {
    let person = |who: &str| labels::person(&record.plan, who).to_owned();
    match op {
        Op::RaiseHand { speaker } => format!("{} raised a hand", person(speaker)),
        Op::LowerHand { speaker } => format!("{}'s hand lowered", person(speaker)),
        Op::NextSpeaker { at, .. } => match record.speakers.next_up(*at) {
            Some(next) => format!("the floor to {}", person(next)),
            None => "the turn ended".to_owned(),
        },
        Op::EndTurn { .. } => "the turn ended".to_owned(),
        Op::SetProgressive(true) => "progressive ordering on".to_owned(),
        Op::SetProgressive(false) => "progressive ordering off".to_owned(),
        _ => "the speaker queue put back".to_owned(),
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
