//! Filing what a note-taker typed: a note, or by its prefix an action, a proposal or a
//! resolution (see [`crate::core::capture::route`]).

use chrono::NaiveDateTime;
use std::fmt::Write;

use super::{Ops, Refusal, filing_session, refuse, unknown};
use crate::core::agenda::Session;
use crate::core::capture::{Routed, route, route_lines};
use crate::core::labels;
use crate::core::op::Op;
use crate::core::record::{
    Action, Decision, Id, Method, Note, NoteKind, Proposal, Record, Resolution, ResolutionStatus,
};

/// What a note-taker typed, with the kind and speaker chosen for it before any prefix.
#[derive(Clone, Copy, Debug)]
pub struct Draft<'a> {
    /// The text, prefix and all.
    pub text: &'a str,
    /// The kind a plain line is filed as (a prefix such as `q:` overrides it).
    pub kind: NoteKind,
    /// Who was speaking, when chosen (a quote's own `— Name` overrides it).
    pub speaker: Option<&'a str>,
    /// The item of the session being taken, when the session lists items: a new note, action
    /// or resolution attaches to it.
    pub item: Option<&'a str>,
}

/// What a captured line was filed as: the ops to commit, and the words that tell the room.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filed {
    /// The ops to commit.
    pub ops: Vec<Op>,
    /// What it was filed as: "key point saved", "action filed on the board for Lucía Ferreyra".
    pub message: String,
}

/// Files a new capture in `session` at `now`: a note of the draft's kind, or by its prefix an
/// action for the board, a proposal for the matrix or a resolution recorded as proposed. A
/// capture of several lines files each line with a prefix on its own and each run of plain
/// lines between them as one note (see [`route_lines`]), all as one change, so one undo takes
/// back the whole paste.
pub fn capture(
    record: &Record,
    session: Option<&str>,
    draft: &Draft,
    now: NaiveDateTime,
) -> Result<Filed, Refusal> {
    let filing = filing_session(record, session, "note")?;
    let item = item_of(filing, draft.item)?;
    let session = filing.id.clone();
    let items = route_lines(draft.text, &record.plan, record.plan.date_of(&session));
    if items.is_empty() {
        return refuse("nothing typed; nothing filed");
    }
    let mut next = record.fresh_id().0;
    let mut ops = Vec::with_capacity(items.len());
    let mut said = Vec::with_capacity(items.len());
    for routed in items {
        let (op, message) = file(
            record,
            routed,
            Id(next),
            (&session, item.as_deref()),
            draft,
            now,
        );
        next = next.saturating_add(1);
        ops.push(op);
        said.push(message);
    }
    Ok(Filed {
        ops,
        message: said.join("; "),
    })
}

/// One routed item of a capture as the op that files it under `id` in a session and, if
/// any, an item of its agenda; and what it was filed as.
fn file(
    record: &Record,
    routed: Routed,
    id: Id,
    (session, item): (&str, Option<&str>),
    draft: &Draft,
    now: NaiveDateTime,
) -> (Op, String) {
    let session = session.to_owned();
    let item = item.map(str::to_owned);
    match routed {
        Routed::Note {
            kind,
            text,
            speaker,
        } => {
            let kind = kind_or(kind, draft.kind);
            let note = Note {
                id,
                session,
                kind,
                text,
                speaker: speaker.or_else(|| draft.speaker.map(str::to_owned)),
                at: now,
                item,
            };
            (
                Op::AddNote(note),
                format!("{} saved", labels::note_kind(kind)),
            )
        }
        Routed::Action { text, owner, due } => {
            let mut message = "action filed on the board".to_owned();
            if let Some(o) = &owner {
                let _ = write!(message, " for {}", labels::person(&record.plan, o));
            }
            if let Some(d) = due {
                let _ = write!(message, ", due {d}");
            }
            let action = Action {
                id,
                text,
                owner,
                due,
                session,
                item,
                progress: Default::default(),
            };
            let op = Op::AddAction {
                action,
                strategy: None,
            };
            (op, message)
        }
        Routed::Proposal { title } => file_proposal(record, (id, session, item), title, draft, now),
        Routed::Resolution { text } => (
            Op::AddResolution(Resolution {
                item,
                ..new_resolution(id, session, text, now)
            }),
            "resolution recorded as proposed".to_owned(),
        ),
    }
}

/// Edits a note: it stays a note, whatever its prefix; a prefix still sets its kind and a
/// quote's `— Name` its speaker.
pub fn edit_note(record: &Record, note: Id, draft: &Draft) -> Ops {
    if record.note(note).is_none() {
        return unknown("note", note);
    }
    let speaker = || draft.speaker.map(str::to_owned);
    // An edited note stays a note: no action comes of it, so no due date needs a day.
    let (kind, text, speaker) = match route(draft.text, &record.plan, None) {
        Routed::Note {
            kind,
            text,
            speaker: quoted,
        } => (kind_or(kind, draft.kind), text, quoted.or_else(speaker)),
        _ => (draft.kind, draft.text.trim().to_owned(), speaker()),
    };
    Ok(vec![Op::EditNote {
        id: note,
        kind,
        text,
        speaker,
    }])
}

/// Deletes a note; undo brings it back.
pub fn delete_note(record: &Record, id: Id) -> Ops {
    match record.note(id) {
        Some(_) => Ok(vec![Op::DeleteNote { id }]),
        None => unknown("note", id),
    }
}

/// The kind a prefix gave, or the draft's when the line had none.
fn kind_or(routed: NoteKind, chosen: NoteKind) -> NoteKind {
    if routed == NoteKind::Note {
        chosen
    } else {
        routed
    }
}

/// A `proposal:` line. A title new to the record is a new proposal, presented by the draft's
/// speaker. A title already there (the agenda's or one added live; ignoring case) adds to that
/// proposal instead of repeating it: what follows the title after a dash or a colon joins its
/// summary ("proposal: Pilot — three regions first"); a bare title is saved as a note of the
/// session, so the moment and the speaker are kept.
fn file_proposal(
    record: &Record,
    (id, session, item): (Id, String, Option<String>),
    title: String,
    draft: &Draft,
    now: NaiveDateTime,
) -> (Op, String) {
    let speaker = draft.speaker.map(str::to_owned);
    match existing_proposal(record, &title) {
        None => (
            Op::AddProposal(new_proposal(id, title, Some(session), speaker)),
            "proposal added to the matrix".to_owned(),
        ),
        Some((proposal, Some(more))) => {
            let summary = match proposal.summary.trim() {
                "" => more.to_owned(),
                before => format!("{before}\n{more}"),
            };
            let op = Op::EditProposal {
                id: proposal.id,
                title: proposal.title.clone(),
                summary,
            };
            (op, format!("added to the proposal “{}”", proposal.title))
        }
        Some((proposal, None)) => {
            let note = Note {
                id,
                session,
                kind: draft.kind,
                text: title,
                speaker,
                at: now,
                item,
            };
            let message = format!(
                "“{}” is already a proposal: saved as a note",
                proposal.title
            );
            (Op::AddNote(note), message)
        }
    }
}

/// The proposal a `proposal:` line means when its title is already in the record, ignoring
/// case and the spaces around it, with what the line says after the title, if anything.
fn existing_proposal<'r, 't>(
    record: &'r Record,
    text: &'t str,
) -> Option<(&'r Proposal, Option<&'t str>)> {
    let text = text.trim();
    let same = |a: &str, b: &str| a.trim().to_lowercase() == b.trim().to_lowercase();
    let more = |p: &'r Proposal| {
        let title = p.title.trim();
        let head = text.get(..title.len())?;
        let rest = text.get(title.len()..)?.trim_start();
        let more = rest.strip_prefix(['—', '–', '-', ':'])?.trim();
        (!title.is_empty() && same(head, title) && !more.is_empty()).then_some((p, Some(more)))
    };
    let proposals = &record.proposals;
    proposals
        .iter()
        .find(|p| same(&p.title, text))
        .map(|p| (p, None))
        .or_else(|| proposals.iter().find_map(more))
}

/// A proposal put to the meeting live, open and unscored, with who presented it when known.
pub(super) fn new_proposal(
    id: Id,
    title: String,
    session: Option<String>,
    presenter: Option<String>,
) -> Proposal {
    Proposal {
        id,
        key: None,
        title,
        summary: String::new(),
        session,
        presenter,
        scores: Default::default(),
        dots: 0,
        decision: Decision::Open,
        decided_in: None,
    }
}

/// A resolution as first recorded: proposed, its method not recorded until the room's is
/// (consensus or a counted vote), so nothing says how it was decided before anyone has.
pub(super) fn new_resolution(
    id: Id,
    session: String,
    text: String,
    at: NaiveDateTime,
) -> Resolution {
    Resolution {
        id,
        session,
        text,
        method: Method::NotRecorded,
        status: ResolutionStatus::Proposed,
        proposal: None,
        actions: Vec::new(),
        at,
        item: None,
    }
}

/// The item a capture attaches to: the draft's, when the session lists it.
fn item_of(session: &Session, item: Option<&str>) -> Result<Option<String>, Refusal> {
    match item {
        None => Ok(None),
        Some(id) if session.items.iter().any(|i| i.id == id) => Ok(Some(id.to_owned())),
        Some(id) => Err(Refusal(format!(
            "session `{}` has no item `{id}`",
            session.id
        ))),
    }
}
