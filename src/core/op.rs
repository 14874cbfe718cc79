//! Ops: every change to a record is one `Op` value, applied by the pure function [`apply`].
//!
//! `apply` checks an op against the record before touching it, so a refused op leaves the
//! record as it was, and returns the op that undoes it. The clock never enters here: ops
//! that need a time carry it.

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::agenda::Session;
use super::record::{
    Action, Decision, Id, Note, NoteKind, Proposal, Record, Resolution, RunState, SCORE_MAX,
    SessionRun, Strategy, has_id, insert_by_id,
};

/// One change to a record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Op {
    /// Puts the facilitator on a session (or on none); the projector follows.
    SetCurrent { session: Option<String> },
    /// Starts a pending session or resumes a paused one.
    StartSession { session: String, at: NaiveDateTime },
    /// Pauses a running session.
    PauseSession { session: String, at: NaiveDateTime },
    /// Ends a running or paused session.
    EndSession { session: String, at: NaiveDateTime },
    /// Marks a pending session skipped.
    SkipSession { session: String },
    /// Puts a session's run back as it was (the inverse of the four above).
    RestoreRun {
        session: String,
        run: Option<SessionRun>,
    },
    /// Adds a session to the live plan.
    AddSession {
        day: usize,
        index: usize,
        session: Session,
    },
    /// Removes a pending session that captured nothing.
    RemoveSession { session: String },
    /// Moves a session to another place in the plan, with a new planned start.
    MoveSession {
        session: String,
        day: usize,
        index: usize,
        start: chrono::NaiveTime,
    },
    /// Changes a session's planned length (shorten or lengthen).
    SetSessionMinutes { session: String, minutes: u32 },
    /// Renames a session.
    RenameSession { session: String, title: String },
    /// Splits the last `minutes` of a session off into a new session right after it.
    SplitSession {
        session: String,
        id: String,
        title: String,
        minutes: u32,
    },
    /// Captures a note.
    AddNote(Note),
    /// Changes a note's kind, text and speaker.
    EditNote {
        id: Id,
        kind: NoteKind,
        text: String,
        speaker: Option<String>,
    },
    /// Deletes a note.
    DeleteNote { id: Id },
    /// Puts a deleted note back where it was.
    RestoreNote { index: usize, note: Note },
    /// Adds a proposal.
    AddProposal(Proposal),
    /// Changes a proposal's title and summary.
    EditProposal {
        id: Id,
        title: String,
        summary: String,
    },
    /// Deletes a proposal, unlinking resolutions that settle it.
    DeleteProposal { id: Id },
    /// Puts a deleted proposal back where it was.
    RestoreProposal { index: usize, proposal: Proposal },
    /// Scores a proposal on a criterion, or clears the score.
    Score {
        proposal: Id,
        criterion: String,
        score: Option<u8>,
    },
    /// Sets a proposal's count of dot votes.
    SetDots { proposal: Id, dots: u32 },
    /// Records what the meeting decided about a proposal.
    Decide { proposal: Id, decision: Decision },
    /// Adds an action as a card at the bottom of a column (None: Unsorted).
    AddAction {
        action: Action,
        strategy: Option<Id>,
    },
    /// Changes an action's text, owner and due date.
    EditAction {
        id: Id,
        text: String,
        owner: Option<String>,
        due: Option<NaiveDate>,
    },
    /// Deletes an action, taking it off the board and out of resolutions.
    DeleteAction { id: Id },
    /// Puts a deleted action back at its place in the list and on the board.
    RestoreAction {
        index: usize,
        action: Action,
        strategy: Option<Id>,
        position: usize,
    },
    /// Moves a card to a column (None: Unsorted) at an index.
    MoveAction {
        id: Id,
        strategy: Option<Id>,
        index: usize,
    },
    /// Creates an empty strategy at a place on the board.
    AddStrategy { id: Id, name: String, index: usize },
    /// Renames a strategy.
    RenameStrategy { id: Id, name: String },
    /// Moves a strategy's column to another place on the board.
    MoveStrategy { id: Id, index: usize },
    /// Moves every card of `from` to the bottom of `into`, then removes `from`.
    MergeStrategies { from: Id, into: Id },
    /// Removes a strategy; its cards go to the bottom of Unsorted.
    DeleteStrategy { id: Id },
    /// Puts a strategy back at a place on the board, taking its cards from wherever they are.
    RestoreStrategy { index: usize, strategy: Strategy },
    /// Records a resolution.
    AddResolution(Resolution),
    /// Replaces a resolution's text, method, status and links.
    EditResolution(Resolution),
    /// Deletes a resolution.
    DeleteResolution { id: Id },
    /// Puts a deleted resolution back where it was.
    RestoreResolution {
        index: usize,
        resolution: Resolution,
    },
    /// Raises a hand: the speaker joins the end of the queue.
    RaiseHand { speaker: String },
    /// Lowers a hand: the speaker leaves the queue.
    LowerHand { speaker: String },
    /// Ends the turn under way, if any, and gives the floor to whoever is next up.
    NextSpeaker { session: String, at: NaiveDateTime },
    /// Ends the turn under way; nobody has the floor.
    EndTurn { session: String, at: NaiveDateTime },
    /// Turns progressive ordering on or off.
    SetProgressive(bool),
    /// Puts the queue and the floor back as they were, keeps the first `turns` turns and
    /// appends `append` after them (the inverse of the speaker ops).
    RestoreSpeakers {
        queue: Vec<String>,
        floor: Option<(String, NaiveDateTime)>,
        turns: usize,
        append: Vec<super::speakers::Turn>,
        progressive: bool,
    },
    /// Several ops as one change: all apply, or none.
    Batch(Vec<Op>),
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

fn refuse<T>(message: impl Into<String>) -> Result<T, OpError> {
    Err(OpError::Refused(message.into()))
}

/// Applies `op` to `record` and returns the op that undoes it; a refused op changes nothing.
pub fn apply(record: &mut Record, op: &Op) -> Result<Op, OpError> {
    match op {
        Op::Batch(ops) => apply_batch(record, ops),
        Op::RaiseHand { speaker } => {
            if speaker.trim().is_empty() {
                return refuse("a hand needs a name");
            }
            let s = &record.speakers;
            if s.queue.contains(speaker) {
                return refuse(format!("{speaker} is already in the queue"));
            }
            if s.floor.as_ref().is_some_and(|(on, _)| on == speaker) {
                return refuse(format!("{speaker} has the floor"));
            }
            let inverse = restore_speakers(record);
            record.speakers.queue.push(speaker.clone());
            Ok(inverse)
        }
        Op::LowerHand { speaker } => {
            if !record.speakers.queue.contains(speaker) {
                return refuse(format!("{speaker} is not in the queue"));
            }
            let inverse = restore_speakers(record);
            record.speakers.queue.retain(|s| s != speaker);
            Ok(inverse)
        }
        Op::NextSpeaker { session, at } | Op::EndTurn { session, at } => {
            session_exists(record, session)?;
            let next = match op {
                Op::NextSpeaker { .. } => record.speakers.next_up(*at).cloned(),
                _ => None,
            };
            if next.is_none() && record.speakers.floor.is_none() {
                return refuse(match op {
                    Op::NextSpeaker { .. } => "nobody is in the queue",
                    _ => "nobody has the floor",
                });
            }
            let inverse = restore_speakers(record);
            let speakers = &mut record.speakers;
            if let Some((speaker, start)) = speakers.floor.take() {
                speakers.turns.push(super::speakers::Turn {
                    speaker,
                    session: session.clone(),
                    start,
                    end: (*at).max(start),
                });
            }
            if let Some(next) = next {
                speakers.queue.retain(|s| *s != next);
                speakers.floor = Some((next, *at));
            }
            Ok(inverse)
        }
        Op::SetProgressive(on) => {
            let inverse = restore_speakers(record);
            record.speakers.progressive = *on;
            Ok(inverse)
        }
        Op::RestoreSpeakers {
            queue,
            floor,
            turns,
            append,
            progressive,
        } => {
            if *turns > record.speakers.turns.len() {
                return refuse("those turns were never taken");
            }
            let speakers = &mut record.speakers;
            let removed = speakers.turns.split_off(*turns);
            speakers.turns.extend(append.iter().cloned());
            let inverse = Op::RestoreSpeakers {
                queue: std::mem::replace(&mut speakers.queue, queue.clone()),
                floor: std::mem::replace(&mut speakers.floor, floor.clone()),
                turns: *turns,
                append: removed,
                progressive: std::mem::replace(&mut speakers.progressive, *progressive),
            };
            Ok(inverse)
        }
        Op::SetCurrent { session } => {
            if let Some(s) = session {
                session_exists(record, s)?;
            }
            let old = std::mem::replace(&mut record.current, session.clone());
            Ok(Op::SetCurrent { session: old })
        }
        Op::StartSession { session, at } => {
            let mut run = pending_or(record, session, &[RunState::Pending, RunState::Paused])?;
            if let Some(other) = record.running() {
                return refuse(format!(
                    "session `{other}` is running; pause or end it before starting `{session}`"
                ));
            }
            run.state = RunState::Running;
            run.started.get_or_insert(*at);
            run.resumed = Some(*at);
            Ok(set_run(record, session, Some(run)))
        }
        Op::PauseSession { session, at } => {
            let mut run = pending_or(record, session, &[RunState::Running])?;
            stop_clock(&mut run, *at);
            run.state = RunState::Paused;
            Ok(set_run(record, session, Some(run)))
        }
        Op::EndSession { session, at } => {
            let mut run = pending_or(record, session, &[RunState::Running, RunState::Paused])?;
            stop_clock(&mut run, *at);
            run.state = RunState::Done;
            run.ended = Some(*at);
            Ok(set_run(record, session, Some(run)))
        }
        Op::SkipSession { session } => {
            let mut run = pending_or(record, session, &[RunState::Pending])?;
            run.state = RunState::Skipped;
            Ok(set_run(record, session, Some(run)))
        }
        Op::RestoreRun { session, run } => {
            session_exists(record, session)?;
            // As an inverse it only ever puts back what was; from anywhere else it must not
            // set a second session running.
            if run.as_ref().is_some_and(|r| r.state == RunState::Running)
                && let Some(other) = record.running().filter(|other| other != session)
            {
                return refuse(format!("session `{other}` is running"));
            }
            Ok(set_run(record, session, run.clone()))
        }
        Op::AddSession {
            day,
            index,
            session,
        } => {
            if record.plan.position(&session.id).is_some() {
                return refuse(format!("a session `{}` already exists", session.id));
            }
            check_session_fields(session)?;
            let Some(d) = record.plan.days.get_mut(*day) else {
                return refuse(format!("there is no day {}", day.saturating_add(1)));
            };
            if *index > d.sessions.len() {
                return refuse("that place is past the end of the day");
            }
            d.sessions.insert(*index, session.clone());
            Ok(Op::RemoveSession {
                session: session.id.clone(),
            })
        }
        Op::RemoveSession { session } => {
            let (day, index) = position(record, session)?;
            if record.run(session).state != RunState::Pending {
                return refuse(format!(
                    "session `{session}` has run; skip it instead of removing it"
                ));
            }
            if session_has_captures(record, session) {
                return refuse(format!(
                    "session `{session}` holds captures; skip it instead of removing it"
                ));
            }
            let removed = record.plan.days[day].sessions.remove(index);
            record.runs.remove(session);
            let add_back = Op::AddSession {
                day,
                index,
                session: removed,
            };
            // Navigation never blocks a change (undo steps over it), so removing the session
            // the facilitator is on moves them off it, and undo puts them back.
            if record.current.as_deref() == Some(session) {
                record.current = None;
                return Ok(Op::Batch(vec![
                    add_back,
                    Op::SetCurrent {
                        session: Some(session.clone()),
                    },
                ]));
            }
            Ok(add_back)
        }
        Op::MoveSession {
            session,
            day,
            index,
            start,
        } => {
            let (old_day, old_index) = position(record, session)?;
            let Some(len) = record.plan.days.get(*day).map(|d| d.sessions.len()) else {
                return refuse(format!("there is no day {}", day.saturating_add(1)));
            };
            let room = if *day == old_day { len - 1 } else { len };
            if *index > room {
                return refuse("that place is past the end of the day");
            }
            let mut moved = record.plan.days[old_day].sessions.remove(old_index);
            let old_start = std::mem::replace(&mut moved.start, *start);
            record.plan.days[*day].sessions.insert(*index, moved);
            Ok(Op::MoveSession {
                session: session.clone(),
                day: old_day,
                index: old_index,
                start: old_start,
            })
        }
        Op::SetSessionMinutes { session, minutes } => {
            if *minutes == 0 {
                return refuse("a session lasts at least one minute");
            }
            let s = session_mut(record, session)?;
            let old = std::mem::replace(&mut s.minutes, *minutes);
            Ok(Op::SetSessionMinutes {
                session: session.clone(),
                minutes: old,
            })
        }
        Op::RenameSession { session, title } => {
            if title.trim().is_empty() {
                return refuse("a session needs a title");
            }
            let s = session_mut(record, session)?;
            let old = std::mem::replace(&mut s.title, title.clone());
            Ok(Op::RenameSession {
                session: session.clone(),
                title: old,
            })
        }
        Op::SplitSession {
            session,
            id,
            title,
            minutes,
        } => {
            let (day, index) = position(record, session)?;
            let original = &record.plan.days[day].sessions[index];
            if *minutes == 0 || *minutes >= original.minutes {
                return refuse(format!(
                    "the part split off must be shorter than the session's {} minutes",
                    original.minutes
                ));
            }
            let kept = original.minutes - minutes;
            let part = Session {
                id: id.clone(),
                title: title.clone(),
                start: original.start + TimeDelta::minutes(i64::from(kept)),
                minutes: *minutes,
                description: String::new(),
                leads: original.leads.clone(),
                proposals: Vec::new(),
                criteria: Vec::new(),
                kind: original.kind,
            };
            apply_batch(
                record,
                &[
                    Op::SetSessionMinutes {
                        session: session.clone(),
                        minutes: kept,
                    },
                    Op::AddSession {
                        day,
                        index: index + 1,
                        session: part,
                    },
                ],
            )
        }
        Op::AddNote(note) => {
            session_exists(record, &note.session)?;
            fresh(record, note.id)?;
            insert_by_id(&mut record.notes, note.clone(), |n| n.id);
            claim(record, note.id);
            Ok(Op::DeleteNote { id: note.id })
        }
        Op::EditNote {
            id,
            kind,
            text,
            speaker,
        } => {
            // From the newest: the note edited is nearly always one just captured.
            let note = record
                .notes
                .iter_mut()
                .rev()
                .find(|n| n.id == *id)
                .ok_or(OpError::Unknown("note", *id))?;
            let inverse = Op::EditNote {
                id: *id,
                kind: note.kind,
                text: note.text.clone(),
                speaker: note.speaker.clone(),
            };
            note.kind = *kind;
            note.text.clone_from(text);
            note.speaker.clone_from(speaker);
            Ok(inverse)
        }
        Op::DeleteNote { id } => {
            let index = index_of(&record.notes, |n| n.id == *id, "note", *id)?;
            let note = record.notes.remove(index);
            Ok(Op::RestoreNote { index, note })
        }
        // A restored item goes back in id order, which is where it was: ops keep these lists in
        // id order, so the index it was deleted from needs no trusting.
        Op::RestoreNote { note, .. } => {
            fresh(record, note.id)?;
            session_exists(record, &note.session)?;
            insert_by_id(&mut record.notes, note.clone(), |n| n.id);
            claim(record, note.id);
            Ok(Op::DeleteNote { id: note.id })
        }
        Op::AddProposal(proposal) => {
            check_proposal(record, proposal)?;
            insert_by_id(&mut record.proposals, proposal.clone(), |p| p.id);
            claim(record, proposal.id);
            Ok(Op::DeleteProposal { id: proposal.id })
        }
        Op::EditProposal { id, title, summary } => {
            if title.trim().is_empty() {
                return refuse("a proposal needs a title");
            }
            let p = proposal_mut(record, *id)?;
            let inverse = Op::EditProposal {
                id: *id,
                title: std::mem::replace(&mut p.title, title.clone()),
                summary: std::mem::replace(&mut p.summary, summary.clone()),
            };
            Ok(inverse)
        }
        Op::DeleteProposal { id } => {
            let index = index_of(&record.proposals, |p| p.id == *id, "proposal", *id)?;
            if let Some(p) = record
                .proposals
                .iter()
                .find(|p| p.decision == Decision::MergedInto(*id))
            {
                return refuse(format!(
                    "proposal “{}” is merged into this one; decide it again first",
                    p.title
                ));
            }
            let mut undo = Vec::new();
            for r in record.resolutions.iter_mut() {
                if r.proposal == Some(*id) {
                    undo.push(Op::EditResolution(r.clone()));
                    r.proposal = None;
                }
            }
            let proposal = record.proposals.remove(index);
            undo.insert(0, Op::RestoreProposal { index, proposal });
            Ok(Op::Batch(undo))
        }
        Op::RestoreProposal { proposal, .. } => {
            check_proposal(record, proposal)?;
            insert_by_id(&mut record.proposals, proposal.clone(), |p| p.id);
            claim(record, proposal.id);
            Ok(Op::DeleteProposal { id: proposal.id })
        }
        Op::Score {
            proposal,
            criterion,
            score,
        } => {
            if !record.plan.criteria.iter().any(|c| c.id == *criterion) {
                return refuse(format!("there is no criterion `{criterion}`"));
            }
            if score.is_some_and(|s| s > SCORE_MAX) {
                return refuse(format!("scores run from 0 to {SCORE_MAX}"));
            }
            let p = proposal_mut(record, *proposal)?;
            let old = match score {
                Some(s) => p.scores.insert(criterion.clone(), *s),
                None => p.scores.remove(criterion),
            };
            Ok(Op::Score {
                proposal: *proposal,
                criterion: criterion.clone(),
                score: old,
            })
        }
        Op::SetDots { proposal, dots } => {
            let p = proposal_mut(record, *proposal)?;
            let old = std::mem::replace(&mut p.dots, *dots);
            Ok(Op::SetDots {
                proposal: *proposal,
                dots: old,
            })
        }
        Op::Decide { proposal, decision } => {
            if let Decision::MergedInto(into) = decision {
                if into == proposal {
                    return refuse("a proposal cannot be merged into itself");
                }
                let target = record
                    .proposal(*into)
                    .ok_or(OpError::Unknown("proposal", *into))?;
                if matches!(target.decision, Decision::MergedInto(_)) {
                    return refuse(format!(
                        "proposal “{}” is itself merged; merge into the one it joined",
                        target.title
                    ));
                }
            }
            if record
                .proposals
                .iter()
                .any(|p| p.decision == Decision::MergedInto(*proposal))
                && matches!(decision, Decision::MergedInto(_))
            {
                return refuse("other proposals are merged into this one; it cannot merge away");
            }
            let p = proposal_mut(record, *proposal)?;
            let old = std::mem::replace(&mut p.decision, decision.clone());
            Ok(Op::Decide {
                proposal: *proposal,
                decision: old,
            })
        }
        Op::AddAction { action, strategy } => {
            session_exists(record, &action.session)?;
            fresh(record, action.id)?;
            let column = column_mut(record, *strategy)?;
            column.push(action.id);
            insert_by_id(&mut record.actions, action.clone(), |a| a.id);
            claim(record, action.id);
            Ok(Op::DeleteAction { id: action.id })
        }
        Op::EditAction {
            id,
            text,
            owner,
            due,
        } => {
            // An action's text is not checked here: `AddAction` never checked it, so undoing an
            // edit of an action made empty must be able to put the empty text back. The
            // screen's commands refuse an empty text before an op is built.
            let a = record
                .actions
                .iter_mut()
                .find(|a| a.id == *id)
                .ok_or(OpError::Unknown("action", *id))?;
            Ok(Op::EditAction {
                id: *id,
                text: std::mem::replace(&mut a.text, text.clone()),
                owner: std::mem::replace(&mut a.owner, owner.clone()),
                due: std::mem::replace(&mut a.due, *due),
            })
        }
        Op::DeleteAction { id } => {
            let index = index_of(&record.actions, |a| a.id == *id, "action", *id)?;
            let (strategy, position) = record
                .card_position(*id)
                .ok_or(OpError::Unknown("card", *id))?;
            let mut undo = Vec::new();
            for r in record.resolutions.iter_mut() {
                if r.actions.contains(id) {
                    undo.push(Op::EditResolution(r.clone()));
                    r.actions.retain(|a| a != id);
                }
            }
            column_mut(record, strategy)?.remove(position);
            let action = record.actions.remove(index);
            undo.insert(
                0,
                Op::RestoreAction {
                    index,
                    action,
                    strategy,
                    position,
                },
            );
            Ok(Op::Batch(undo))
        }
        Op::RestoreAction {
            index: _,
            action,
            strategy,
            position,
        } => {
            session_exists(record, &action.session)?;
            fresh(record, action.id)?;
            let column = column_mut(record, *strategy)?;
            column.insert((*position).min(column.len()), action.id);
            insert_by_id(&mut record.actions, action.clone(), |a| a.id);
            claim(record, action.id);
            Ok(Op::DeleteAction { id: action.id })
        }
        Op::MoveAction {
            id,
            strategy,
            index,
        } => {
            let (old_strategy, old_index) = record
                .card_position(*id)
                .ok_or(OpError::Unknown("action", *id))?;
            let target_len = column_mut(record, *strategy)?.len();
            let room = if *strategy == old_strategy {
                target_len - 1
            } else {
                target_len
            };
            if *index > room {
                return refuse("that place is past the end of the column");
            }
            column_mut(record, old_strategy)?.remove(old_index);
            column_mut(record, *strategy)?.insert(*index, *id);
            Ok(Op::MoveAction {
                id: *id,
                strategy: old_strategy,
                index: old_index,
            })
        }
        Op::AddStrategy { id, name, index } => {
            check_name(name)?;
            fresh(record, *id)?;
            if *index > record.strategies.len() {
                return refuse("that place is past the end of the board");
            }
            record.strategies.insert(
                *index,
                Strategy {
                    id: *id,
                    name: name.clone(),
                    actions: Vec::new(),
                },
            );
            claim(record, *id);
            Ok(Op::DeleteStrategy { id: *id })
        }
        Op::RenameStrategy { id, name } => {
            check_name(name)?;
            let s = strategy_mut(record, *id)?;
            let old = std::mem::replace(&mut s.name, name.clone());
            Ok(Op::RenameStrategy { id: *id, name: old })
        }
        Op::MoveStrategy { id, index } => {
            let old = index_of(&record.strategies, |s| s.id == *id, "strategy", *id)?;
            if *index >= record.strategies.len() {
                return refuse("that place is past the end of the board");
            }
            let s = record.strategies.remove(old);
            record.strategies.insert(*index, s);
            Ok(Op::MoveStrategy {
                id: *id,
                index: old,
            })
        }
        Op::MergeStrategies { from, into } => {
            if from == into {
                return refuse("a strategy cannot be merged into itself");
            }
            strategy_mut(record, *into)?;
            let index = index_of(&record.strategies, |s| s.id == *from, "strategy", *from)?;
            let gone = record.strategies.remove(index);
            strategy_mut(record, *into)?
                .actions
                .extend(gone.actions.iter().copied());
            Ok(Op::RestoreStrategy {
                index,
                strategy: gone,
            })
        }
        Op::DeleteStrategy { id } => {
            let index = index_of(&record.strategies, |s| s.id == *id, "strategy", *id)?;
            let gone = record.strategies.remove(index);
            record.unsorted.extend(gone.actions.iter().copied());
            Ok(Op::RestoreStrategy {
                index,
                strategy: gone,
            })
        }
        Op::RestoreStrategy { index, strategy } => {
            check_name(&strategy.name)?;
            fresh(record, strategy.id)?;
            if let Some(&missing) = strategy
                .actions
                .iter()
                .find(|&&a| record.card_position(a).is_none())
            {
                return Err(OpError::Unknown("action", missing));
            }
            for &a in &strategy.actions {
                if let Some((column, i)) = record.card_position(a) {
                    column_mut(record, column)?.remove(i);
                }
            }
            let at = (*index).min(record.strategies.len());
            record.strategies.insert(at, strategy.clone());
            claim(record, strategy.id);
            Ok(Op::DeleteStrategy { id: strategy.id })
        }
        Op::AddResolution(resolution) => {
            check_resolution(record, resolution)?;
            fresh(record, resolution.id)?;
            insert_by_id(&mut record.resolutions, resolution.clone(), |r| r.id);
            claim(record, resolution.id);
            Ok(Op::DeleteResolution { id: resolution.id })
        }
        Op::EditResolution(resolution) => {
            check_resolution(record, resolution)?;
            let r = record
                .resolutions
                .iter_mut()
                .find(|r| r.id == resolution.id)
                .ok_or(OpError::Unknown("resolution", resolution.id))?;
            let old = std::mem::replace(r, resolution.clone());
            Ok(Op::EditResolution(old))
        }
        Op::DeleteResolution { id } => {
            let index = index_of(&record.resolutions, |r| r.id == *id, "resolution", *id)?;
            let resolution = record.resolutions.remove(index);
            Ok(Op::RestoreResolution { index, resolution })
        }
        Op::RestoreResolution { resolution, .. } => {
            check_resolution(record, resolution)?;
            fresh(record, resolution.id)?;
            insert_by_id(&mut record.resolutions, resolution.clone(), |r| r.id);
            claim(record, resolution.id);
            Ok(Op::DeleteResolution { id: resolution.id })
        }
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

/// The op that puts the speaker queue back as it is now. Speaker ops only ever append turns,
/// so remembering how many there are is enough to take new ones back.
fn restore_speakers(record: &Record) -> Op {
    let s = &record.speakers;
    Op::RestoreSpeakers {
        queue: s.queue.clone(),
        floor: s.floor.clone(),
        turns: s.turns.len(),
        append: Vec::new(),
        progressive: s.progressive,
    }
}

fn stop_clock(run: &mut SessionRun, at: NaiveDateTime) {
    run.active_secs = run.elapsed_secs(at);
    run.resumed = None;
}

fn set_run(record: &mut Record, session: &str, run: Option<SessionRun>) -> Op {
    let old = match run {
        Some(run) => record.runs.insert(session.to_owned(), run),
        None => record.runs.remove(session),
    };
    Op::RestoreRun {
        session: session.to_owned(),
        run: old,
    }
}

/// The session's run, if it is in one of the `allowed` states.
fn pending_or(record: &Record, session: &str, allowed: &[RunState]) -> Result<SessionRun, OpError> {
    session_exists(record, session)?;
    let run = record.run(session);
    if allowed.contains(&run.state) {
        Ok(run)
    } else {
        refuse(format!(
            "session `{session}` is {}",
            format!("{:?}", run.state).to_lowercase()
        ))
    }
}

fn session_exists(record: &Record, session: &str) -> Result<(), OpError> {
    position(record, session).map(|_| ())
}

fn position(record: &Record, session: &str) -> Result<(usize, usize), OpError> {
    record
        .plan
        .position(session)
        .ok_or_else(|| OpError::UnknownSession(session.to_owned()))
}

fn session_mut<'r>(record: &'r mut Record, session: &str) -> Result<&'r mut Session, OpError> {
    let (d, i) = position(record, session)?;
    Ok(&mut record.plan.days[d].sessions[i])
}

fn session_has_captures(record: &Record, session: &str) -> bool {
    let here = |s: &str| s == session;
    record.notes.iter().any(|n| here(&n.session))
        || record.actions.iter().any(|a| here(&a.session))
        || record.resolutions.iter().any(|r| here(&r.session))
        || record.speakers.turns.iter().any(|t| here(&t.session))
        || record
            .proposals
            .iter()
            .any(|p| p.session.as_deref().is_some_and(here))
}

fn check_session_fields(session: &Session) -> Result<(), OpError> {
    if session.id.trim().is_empty() || session.title.trim().is_empty() {
        return refuse("a session needs an id and a title");
    }
    if session.minutes == 0 {
        return refuse("a session lasts at least one minute");
    }
    Ok(())
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

fn proposal_mut(record: &mut Record, id: Id) -> Result<&mut Proposal, OpError> {
    record
        .proposals
        .iter_mut()
        .find(|p| p.id == id)
        .ok_or(OpError::Unknown("proposal", id))
}

fn strategy_mut(record: &mut Record, id: Id) -> Result<&mut Strategy, OpError> {
    record
        .strategies
        .iter_mut()
        .find(|s| s.id == id)
        .ok_or(OpError::Unknown("strategy", id))
}

/// The cards of a board column: a strategy's, or Unsorted's for None.
fn column_mut(record: &mut Record, strategy: Option<Id>) -> Result<&mut Vec<Id>, OpError> {
    match strategy {
        None => Ok(&mut record.unsorted),
        Some(id) => strategy_mut(record, id).map(|s| &mut s.actions),
    }
}

fn check_name(name: &str) -> Result<(), OpError> {
    if name.trim().is_empty() {
        return refuse("a strategy needs a name");
    }
    Ok(())
}

fn check_proposal(record: &Record, proposal: &Proposal) -> Result<(), OpError> {
    if proposal.title.trim().is_empty() {
        return refuse("a proposal needs a title");
    }
    if let Some(s) = &proposal.session {
        session_exists(record, s)?;
    }
    if let Some(c) = proposal
        .scores
        .keys()
        .find(|c| !record.plan.criteria.iter().any(|k| &&k.id == c))
    {
        return refuse(format!("there is no criterion `{c}`"));
    }
    if let Decision::MergedInto(into) = proposal.decision
        && record.proposal(into).is_none()
    {
        return Err(OpError::Unknown("proposal", into));
    }
    fresh(record, proposal.id)
}

fn check_resolution(record: &Record, r: &Resolution) -> Result<(), OpError> {
    if r.text.trim().is_empty() {
        return refuse("a resolution needs some text");
    }
    session_exists(record, &r.session)?;
    if let Some(p) = r.proposal
        && record.proposal(p).is_none()
    {
        return Err(OpError::Unknown("proposal", p));
    }
    if let Some(&a) = r.actions.iter().find(|&&a| record.action(a).is_none()) {
        return Err(OpError::Unknown("action", a));
    }
    Ok(())
}
