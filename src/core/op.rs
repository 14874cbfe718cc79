//! Ops: every change to a record is one `Op` value, applied by the pure function [`apply`].
//!
//! `apply` checks an op against the record before touching it, so a refused op leaves the
//! record as it was, and returns the op that undoes it. The clock never enters here: ops
//! that need a time carry it. Each domain applies its own ops in a file under `op/`; this
//! file holds the ops, the errors, the dispatch and the helpers the domains share.

mod board;
mod notes;
mod proposals;
mod refile;
mod resolutions;
mod sessions;
mod speakers;
#[cfg(test)]
mod tests;

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::agenda::{Session, SessionKind};
use super::record::{
    Action, ActionProgress, Decision, Id, Note, NoteKind, Proposal, Record, Resolution, SessionRun,
    Strategy, has_id, insert_by_id,
};

/// One change to a record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Op")]
pub enum Op {
    /// Puts the facilitator on a session (or on none); the projector follows.
    #[serde(rename = "SetCurrent")]
    SetCurrent {
        #[serde(rename = "session")]
        session: Option<String>,
    },
    /// Starts a pending session or resumes a paused one.
    #[serde(rename = "StartSession")]
    StartSession {
        #[serde(rename = "session")]
        session: String,
        #[serde(rename = "at")]
        at: NaiveDateTime,
    },
    /// Pauses a running session.
    #[serde(rename = "PauseSession")]
    PauseSession {
        #[serde(rename = "session")]
        session: String,
        #[serde(rename = "at")]
        at: NaiveDateTime,
    },
    /// Ends a running or paused session.
    #[serde(rename = "EndSession")]
    EndSession {
        #[serde(rename = "session")]
        session: String,
        #[serde(rename = "at")]
        at: NaiveDateTime,
    },
    /// Marks a pending session skipped.
    #[serde(rename = "SkipSession")]
    SkipSession {
        #[serde(rename = "session")]
        session: String,
    },
    /// Puts a session's run back as it was (the inverse of the four above).
    #[serde(rename = "RestoreRun")]
    RestoreRun {
        #[serde(rename = "session")]
        session: String,
        #[serde(rename = "run")]
        run: Option<SessionRun>,
    },
    /// Adds a session to the live plan.
    #[serde(rename = "AddSession")]
    AddSession {
        #[serde(rename = "day")]
        day: usize,
        #[serde(rename = "index")]
        index: usize,
        #[serde(rename = "session")]
        session: Session,
    },
    /// Removes a pending session that captured nothing.
    #[serde(rename = "RemoveSession")]
    RemoveSession {
        #[serde(rename = "session")]
        session: String,
    },
    /// Moves a session to another place in the plan, with a new planned start (none: it
    /// follows the session before). Left out when none, so older changes encode as written.
    #[serde(rename = "MoveSession")]
    MoveSession {
        #[serde(rename = "session")]
        session: String,
        #[serde(rename = "day")]
        day: usize,
        #[serde(rename = "index")]
        index: usize,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[serde(rename = "start")]
        start: Option<chrono::NaiveTime>,
    },
    /// Changes a session's planned length (shorten or lengthen; none: not known, which undo
    /// restores). Left out when none, so older changes encode as written.
    #[serde(rename = "SetSessionMinutes")]
    SetSessionMinutes {
        #[serde(rename = "session")]
        session: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[serde(rename = "minutes")]
        minutes: Option<u32>,
    },
    /// Renames a session.
    #[serde(rename = "RenameSession")]
    RenameSession {
        #[serde(rename = "session")]
        session: String,
        #[serde(rename = "title")]
        title: String,
    },
    /// Splits the last `minutes` of a session off into a new session right after it.
    #[serde(rename = "SplitSession")]
    SplitSession {
        #[serde(rename = "session")]
        session: String,
        #[serde(rename = "id")]
        id: String,
        #[serde(rename = "title")]
        title: String,
        #[serde(rename = "minutes")]
        minutes: u32,
    },
    /// Captures a note.
    #[serde(rename = "AddNote")]
    AddNote(Note),
    /// Changes a note's kind, text and speaker.
    #[serde(rename = "EditNote")]
    EditNote {
        #[serde(rename = "id")]
        id: Id,
        #[serde(rename = "kind")]
        kind: NoteKind,
        #[serde(rename = "text")]
        text: String,
        #[serde(rename = "speaker")]
        speaker: Option<String>,
    },
    /// Deletes a note.
    #[serde(rename = "DeleteNote")]
    DeleteNote {
        #[serde(rename = "id")]
        id: Id,
    },
    /// Puts a deleted note back where it was.
    #[serde(rename = "RestoreNote")]
    RestoreNote {
        #[serde(rename = "note")]
        note: Note,
    },
    /// Adds a proposal.
    #[serde(rename = "AddProposal")]
    AddProposal(Proposal),
    /// Changes a proposal's title and summary.
    #[serde(rename = "EditProposal")]
    EditProposal {
        #[serde(rename = "id")]
        id: Id,
        #[serde(rename = "title")]
        title: String,
        #[serde(rename = "summary")]
        summary: String,
    },
    /// Deletes a proposal, unlinking resolutions that settle it.
    #[serde(rename = "DeleteProposal")]
    DeleteProposal {
        #[serde(rename = "id")]
        id: Id,
    },
    /// Puts a deleted proposal back where it was.
    #[serde(rename = "RestoreProposal")]
    RestoreProposal {
        #[serde(rename = "proposal")]
        proposal: Proposal,
    },
    /// Scores a proposal on a criterion, or clears the score.
    #[serde(rename = "Score")]
    Score {
        #[serde(rename = "proposal")]
        proposal: Id,
        #[serde(rename = "criterion")]
        criterion: String,
        #[serde(rename = "score")]
        score: Option<u8>,
    },
    /// Sets a proposal's count of dot votes.
    #[serde(rename = "SetDots")]
    SetDots {
        #[serde(rename = "proposal")]
        proposal: Id,
        #[serde(rename = "dots")]
        dots: u32,
    },
    /// Records what the meeting decided about a proposal, and the session that decided it.
    /// The session is left out when none, so older changes encode as written.
    #[serde(rename = "Decide")]
    Decide {
        #[serde(rename = "proposal")]
        proposal: Id,
        #[serde(rename = "decision")]
        decision: Decision,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[serde(rename = "session")]
        session: Option<String>,
    },
    /// Adds an action as a card at the bottom of a column (None: Unsorted).
    #[serde(rename = "AddAction")]
    AddAction {
        #[serde(rename = "action")]
        action: Action,
        #[serde(rename = "strategy")]
        strategy: Option<Id>,
    },
    /// Changes an action's text, owner and due date.
    #[serde(rename = "EditAction")]
    EditAction {
        #[serde(rename = "id")]
        id: Id,
        #[serde(rename = "text")]
        text: String,
        #[serde(rename = "owner")]
        owner: Option<String>,
        #[serde(rename = "due")]
        due: Option<NaiveDate>,
    },
    /// Deletes an action, taking it off the board and out of resolutions.
    #[serde(rename = "DeleteAction")]
    DeleteAction {
        #[serde(rename = "id")]
        id: Id,
    },
    /// Puts a deleted action back at its place in the list and on the board.
    #[serde(rename = "RestoreAction")]
    RestoreAction {
        #[serde(rename = "action")]
        action: Action,
        #[serde(rename = "strategy")]
        strategy: Option<Id>,
        #[serde(rename = "position")]
        position: usize,
    },
    /// Moves a card to a column (None: Unsorted) at an index.
    #[serde(rename = "MoveAction")]
    MoveAction {
        #[serde(rename = "id")]
        id: Id,
        #[serde(rename = "strategy")]
        strategy: Option<Id>,
        #[serde(rename = "index")]
        index: usize,
    },
    /// Creates an empty strategy at a place on the board.
    #[serde(rename = "AddStrategy")]
    AddStrategy {
        #[serde(rename = "id")]
        id: Id,
        #[serde(rename = "name")]
        name: String,
        #[serde(rename = "index")]
        index: usize,
    },
    /// Renames a strategy.
    #[serde(rename = "RenameStrategy")]
    RenameStrategy {
        #[serde(rename = "id")]
        id: Id,
        #[serde(rename = "name")]
        name: String,
    },
    /// Moves a strategy's column to another place on the board.
    #[serde(rename = "MoveStrategy")]
    MoveStrategy {
        #[serde(rename = "id")]
        id: Id,
        #[serde(rename = "index")]
        index: usize,
    },
    /// Moves every card of `from` to the bottom of `into`, then removes `from`.
    #[serde(rename = "MergeStrategies")]
    MergeStrategies {
        #[serde(rename = "from")]
        from: Id,
        #[serde(rename = "into")]
        into: Id,
    },
    /// Removes a strategy; its cards go to the bottom of Unsorted.
    #[serde(rename = "DeleteStrategy")]
    DeleteStrategy {
        #[serde(rename = "id")]
        id: Id,
    },
    /// Puts a strategy back at a place on the board, taking its cards from wherever they are.
    #[serde(rename = "RestoreStrategy")]
    RestoreStrategy {
        #[serde(rename = "index")]
        index: usize,
        #[serde(rename = "strategy")]
        strategy: Strategy,
    },
    /// Records a resolution.
    #[serde(rename = "AddResolution")]
    AddResolution(Resolution),
    /// Replaces a resolution's text, method, status and links.
    #[serde(rename = "EditResolution")]
    EditResolution(Resolution),
    /// Deletes a resolution.
    #[serde(rename = "DeleteResolution")]
    DeleteResolution {
        #[serde(rename = "id")]
        id: Id,
    },
    /// Puts a deleted resolution back where it was.
    #[serde(rename = "RestoreResolution")]
    RestoreResolution {
        #[serde(rename = "resolution")]
        resolution: Resolution,
    },
    /// Raises a hand: the speaker joins the end of the queue.
    #[serde(rename = "RaiseHand")]
    RaiseHand {
        #[serde(rename = "speaker")]
        speaker: String,
    },
    /// Lowers a hand: the speaker leaves the queue.
    #[serde(rename = "LowerHand")]
    LowerHand {
        #[serde(rename = "speaker")]
        speaker: String,
    },
    /// Ends the turn under way, if any, and gives the floor to whoever is next up.
    #[serde(rename = "NextSpeaker")]
    NextSpeaker {
        #[serde(rename = "session")]
        session: String,
        #[serde(rename = "at")]
        at: NaiveDateTime,
    },
    /// Ends the turn under way; nobody has the floor.
    #[serde(rename = "EndTurn")]
    EndTurn {
        #[serde(rename = "session")]
        session: String,
        #[serde(rename = "at")]
        at: NaiveDateTime,
    },
    /// Turns progressive ordering on or off.
    #[serde(rename = "SetProgressive")]
    SetProgressive(bool),
    /// Puts the queue and the floor back as they were, keeps the first `turns` turns and
    /// appends `append` after them (the inverse of the speaker ops).
    #[serde(rename = "RestoreSpeakers")]
    RestoreSpeakers {
        #[serde(rename = "queue")]
        queue: Vec<String>,
        #[serde(rename = "floor")]
        floor: Option<(String, NaiveDateTime)>,
        #[serde(rename = "turns")]
        turns: usize,
        #[serde(rename = "append")]
        append: Vec<super::speakers::Turn>,
        #[serde(rename = "progressive")]
        progressive: bool,
    },
    /// Several ops as one change: all apply, or none.
    #[serde(rename = "Batch")]
    Batch(Vec<Op>),
    /// Changes what kind of block a session is.
    #[serde(rename = "SetSessionKind")]
    SetSessionKind {
        #[serde(rename = "session")]
        session: String,
        #[serde(rename = "kind")]
        kind: SessionKind,
    },
    /// Changes who leads a session: participant ids, in the order given.
    #[serde(rename = "SetSessionLeads")]
    SetSessionLeads {
        #[serde(rename = "session")]
        session: String,
        #[serde(rename = "leads")]
        leads: Vec<String>,
    },
    /// Files a note, action, proposal or resolution under another session, at one of its
    /// agenda items or none (a proposal's session none: the agenda's own, not added live).
    /// The item is left out when none.
    #[serde(rename = "MoveToSession")]
    MoveToSession {
        #[serde(rename = "id")]
        id: Id,
        #[serde(rename = "session")]
        session: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[serde(rename = "item")]
        item: Option<String>,
    },
    /// Sets where an action stands in its follow-up and the day it was set (open with no date
    /// puts back an action nobody had followed up, which undo needs).
    #[serde(rename = "SetActionProgress")]
    SetActionProgress {
        #[serde(rename = "id")]
        id: Id,
        #[serde(rename = "progress")]
        progress: ActionProgress,
    },
    /// Gives a session the times it was really held, typed after the fact (a record typed up
    /// later, a rehearsal, a clock nobody started): its run as those times make it.
    #[serde(rename = "SetHeldTimes")]
    SetHeldTimes {
        #[serde(rename = "session")]
        session: String,
        #[serde(rename = "run")]
        run: SessionRun,
    },
}

/// Why an op was refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum OpError {
    /// The op names a session the plan does not have.
    #[error("there is no session `{0}`")]
    UnknownSession(String),
    /// The op names an item the record does not have.
    #[error("there is no {0} {1}")]
    Unknown(&'static str, Id),
    /// The op would create an item under an id already in use.
    #[error("id {0} is already in use")]
    IdInUse(Id),
    /// The op does not fit the record as it stands.
    #[error("{0}")]
    Refused(String),
}

impl Op {
    /// Whether the op only moves the facilitator's view, so undo steps over it.
    pub fn is_navigation(&self) -> bool {
        matches!(self, Op::SetCurrent { .. })
    }
}

/// Applies `op` to `record` and returns the op that undoes it; a refused op changes nothing.
pub fn apply(record: &mut Record, op: &Op) -> Result<Op, OpError> {
    use Op as O;
    let r = record;
    match op {
        O::Batch(ops) => apply_batch(r, ops),
        O::SetCurrent { session } => sessions::set_current(r, session.as_deref()),
        O::StartSession { session, at } => sessions::start(r, session, *at),
        O::PauseSession { session, at } => sessions::pause(r, session, *at),
        O::EndSession { session, at } => sessions::end(r, session, *at),
        O::SkipSession { session } => sessions::skip(r, session),
        O::RestoreRun { session, run } => sessions::restore_run(r, session, run.as_ref()),
        O::SetHeldTimes { session, run } => sessions::restore_run(r, session, Some(run)),
        O::AddSession {
            day,
            index,
            session,
        } => sessions::add(r, *day, *index, session),
        O::RemoveSession { session } => sessions::remove(r, session),
        O::MoveSession {
            session,
            day,
            index,
            start,
        } => sessions::move_to(r, session, (*day, *index), *start),
        O::SetSessionMinutes { session, minutes } => sessions::set_minutes(r, session, *minutes),
        O::RenameSession { session, title } => sessions::rename(r, session, title),
        O::SetSessionKind { session, kind } => sessions::set_kind(r, session, *kind),
        O::SetSessionLeads { session, leads } => sessions::set_leads(r, session, leads),
        O::MoveToSession { id, session, item } => {
            refile::move_to_session(r, *id, session.as_deref(), item.as_deref())
        }
        O::SplitSession {
            session,
            id,
            title,
            minutes,
        } => sessions::split(r, session, id, title, *minutes),
        O::AddNote(note) | O::RestoreNote { note } => notes::add(r, note),
        O::EditNote {
            id,
            kind,
            text,
            speaker,
        } => notes::edit(r, *id, *kind, text, speaker.as_ref()),
        O::DeleteNote { id } => notes::delete(r, *id),
        O::AddProposal(proposal) => proposals::add(r, proposal),
        O::RestoreProposal { proposal } => proposals::restore(r, proposal),
        O::EditProposal { id, title, summary } => proposals::edit(r, *id, title, summary),
        O::DeleteProposal { id } => proposals::delete(r, *id),
        O::Score {
            proposal,
            criterion,
            score,
        } => proposals::score(r, *proposal, criterion, *score),
        O::SetDots { proposal, dots } => proposals::set_dots(r, *proposal, *dots),
        O::Decide {
            proposal,
            decision,
            session,
        } => proposals::decide(r, *proposal, decision, session.as_deref()),
        O::AddAction { action, strategy } => board::add_action(r, action, *strategy, None),
        O::RestoreAction {
            action,
            strategy,
            position,
        } => board::add_action(r, action, *strategy, Some(*position)),
        O::EditAction {
            id,
            text,
            owner,
            due,
        } => board::edit_action(r, *id, text, owner.as_ref(), *due),
        O::DeleteAction { id } => board::delete_action(r, *id),
        O::SetActionProgress { id, progress } => board::set_progress(r, *id, *progress),
        O::MoveAction {
            id,
            strategy,
            index,
        } => board::move_action(r, *id, *strategy, *index),
        O::AddStrategy { id, name, index } => board::add_strategy(r, *id, name, *index),
        O::RenameStrategy { id, name } => board::rename_strategy(r, *id, name),
        O::MoveStrategy { id, index } => board::move_strategy(r, *id, *index),
        O::MergeStrategies { from, into } => board::merge_strategies(r, *from, *into),
        O::DeleteStrategy { id } => board::delete_strategy(r, *id),
        O::RestoreStrategy { index, strategy } => board::restore_strategy(r, *index, strategy),
        O::AddResolution(resolution) | O::RestoreResolution { resolution } => {
            resolutions::add(r, resolution)
        }
        O::EditResolution(resolution) => resolutions::edit(r, resolution),
        O::DeleteResolution { id } => resolutions::delete(r, *id),
        O::RaiseHand { speaker } => speakers::raise_hand(r, speaker),
        O::LowerHand { speaker } => speakers::lower_hand(r, speaker),
        O::NextSpeaker { session, at } => speakers::next(r, session, *at),
        O::EndTurn { session, at } => speakers::end_turn(r, session, *at),
        O::SetProgressive(on) => speakers::set_progressive(r, *on),
        O::RestoreSpeakers {
            queue,
            floor,
            turns,
            append,
            progressive,
        } => speakers::restore(
            r,
            speakers::Saved {
                queue,
                floor: floor.as_ref(),
                turns: *turns,
                append,
                progressive: *progressive,
            },
        ),
    }
}

/// Applies ops in order; if one is refused, undoes those already applied and passes on why.
fn apply_batch(record: &mut Record, ops: &[Op]) -> Result<Op, OpError> {
    let next_id = record.next_id;
    let mut inverses = Vec::with_capacity(ops.len());
    for op in ops {
        match apply(record, op) {
            Ok(inverse) => inverses.push(inverse),
            Err(e) => {
                for inverse in inverses.iter().rev() {
                    // An inverse made by `apply` fits the state it was made from.
                    let _ = apply(record, inverse);
                }
                // Undoing never rewinds the id counter; a refused op must, to change nothing.
                record.next_id = next_id;
                return Err(e);
            }
        }
    }
    inverses.reverse();
    Ok(Op::Batch(inverses))
}

fn refuse<T>(message: impl Into<String>) -> Result<T, OpError> {
    Err(OpError::Refused(message.into()))
}

/// An item of one of the lists ops keep in id order (notes, proposals, actions, resolutions).
trait Listed: Clone {
    /// The item's id.
    fn id(&self) -> Id;
    /// The record's list of items of this kind.
    fn list(record: &mut Record) -> &mut Vec<Self>;
}

impl Listed for Note {
    fn id(&self) -> Id {
        self.id
    }
    fn list(record: &mut Record) -> &mut Vec<Note> {
        &mut record.notes
    }
}

impl Listed for Proposal {
    fn id(&self) -> Id {
        self.id
    }
    fn list(record: &mut Record) -> &mut Vec<Proposal> {
        &mut record.proposals
    }
}

impl Listed for Action {
    fn id(&self) -> Id {
        self.id
    }
    fn list(record: &mut Record) -> &mut Vec<Action> {
        &mut record.actions
    }
}

impl Listed for Resolution {
    fn id(&self) -> Id {
        self.id
    }
    fn list(record: &mut Record) -> &mut Vec<Resolution> {
        &mut record.resolutions
    }
}

/// Adds an item under its own id: refuses an id in use, puts the item where its id belongs
/// (which is where it was, for a restore) and claims the id. Nothing changes when refused.
fn add_listed<T: Listed>(record: &mut Record, item: &T) -> Result<Id, OpError> {
    let id = item.id();
    fresh(record, id)?;
    insert_by_id(T::list(record), item.clone(), T::id);
    claim(record, id);
    Ok(id)
}

/// Refuses a new item's id if any item already holds it: ids are unique across the whole
/// record, not only within one kind.
///
/// An id at or past the counter is free without looking: [`claim`] keeps the counter past
/// every id in use. Only older ids (a restore, or an op made up by hand) are looked up, so
/// capturing into a big record costs the same as into a small one.
fn fresh(record: &Record, id: Id) -> Result<(), OpError> {
    // Lists other than strategies are kept in id order, so a binary search settles it.
    let anywhere = |r: &Record| {
        has_id(&r.notes, id, |n| n.id)
            || has_id(&r.proposals, id, |p| p.id)
            || has_id(&r.actions, id, |a| a.id)
            || has_id(&r.resolutions, id, |x| x.id)
            || r.strategy(id).is_some()
    };
    // The counter must stay past every id, so the last id of all is never handed out.
    if id.0 == u64::MAX {
        return refuse("no ids are left");
    }
    if id.0 < record.next_id && anywhere(record) {
        return Err(OpError::IdInUse(id));
    }
    Ok(())
}

/// Moves the id counter past an id just used, so ids are never handed out twice.
fn claim(record: &mut Record, id: Id) {
    record.next_id = record.next_id.max(id.0.saturating_add(1));
}

/// The position of the item with `id` (ids are unique within a kind), looked for from the
/// newest, which is what undo and quick corrections touch.
fn index_of<T>(
    items: &[T],
    is: impl Fn(&T) -> bool,
    what: &'static str,
    id: Id,
) -> Result<usize, OpError> {
    items.iter().rposition(is).ok_or(OpError::Unknown(what, id))
}

fn session_exists(record: &Record, session: &str) -> Result<(), OpError> {
    position(record, session).map(|_| ())
}

/// Where a session sits in the plan: (day index, index within the day).
fn position(record: &Record, session: &str) -> Result<(usize, usize), OpError> {
    record
        .plan
        .position(session)
        .ok_or_else(|| OpError::UnknownSession(session.to_owned()))
}
