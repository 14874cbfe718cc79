//! The meeting's rules: which ops a person's intent becomes. Every front end (the meeting
//! screen today, a joined laptop tomorrow) calls these and commits what they return; none
//! decides anything about the meeting itself.
//!
//! Each command takes what it needs as arguments (the record, ids, the clock's value) and
//! returns the ops to commit, or a [`Refusal`] saying in words why nothing changes. The ops
//! are still checked by `op::apply` when committed; a command refuses what the room would
//! otherwise be left wondering about (a key that does nothing, a typed answer that cannot
//! mean anything).

mod agenda;
mod board;
mod capture;
mod elections;
mod held;
mod plan;
mod proposals;
mod refile;
mod resolutions;
mod speakers;
mod votes;

use std::fmt;

pub use agenda::{
    add_session, end_session, move_session, parse_new_session, resize_session, skip_session, slug,
    split_session, start_or_pause, step_session, unused_session_id,
};
pub use board::{
    Step, add_card, add_strategy, card_line, columns, cycle_action_status, delete_card,
    delete_strategy, edit_card, merge_strategies, merge_strategy_targets, move_card, move_strategy,
    parse_action_status, rename_strategy, send_card, set_action_status,
};
pub use capture::{Draft, Filed, capture, delete_note, edit_note};
pub use elections::{election_line, parse_election};
pub use held::{held_answer, set_held_times};
pub use plan::{
    SESSION_KINDS, continued, remove_session, rename_session, set_session_kind, set_session_leads,
    split_session_named,
};
pub use proposals::{
    add_proposal, decide, delete_proposal, edit_proposal, merge_proposal, merge_targets,
    park_proposal, proposal_options, score, select_in_words, select_option, selection_words,
    set_dots,
};
pub use refile::{move_to_session, session_before};
pub use resolutions::{
    METHODS, MethodChoice, add_resolution, confirm_outcome, contradiction, cycle_status,
    delete_resolution, edit_resolution_text, election_answer, link_actions, link_proposal,
    method_choice, next_status, record_consensus, record_election, record_method,
    record_to_be_confirmed, record_vote,
};
pub use speakers::{end_turn, lower_hand, next_speaker, raise_hand, toggle_progressive};
pub use votes::{parse_vote, vote_answer};

use super::agenda::Session;
use super::op::Op;
use super::record::{Id, Record};

/// Why a command changes nothing, in words for the person who asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal(pub String);

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Refusal {}

/// What most commands return: the ops to commit, in order, or why there are none.
pub type Ops = Result<Vec<Op>, Refusal>;

/// The ops as one change: a single op as it is, several as a batch undone in one step.
pub fn one_change(mut ops: Vec<Op>) -> Option<Op> {
    match ops.len() {
        0 => None,
        1 => ops.pop(),
        _ => Some(Op::Batch(ops)),
    }
}

fn refuse<T>(message: impl Into<String>) -> Result<T, Refusal> {
    Err(Refusal(message.into()))
}

/// The session with this id in the live plan.
fn session<'r>(record: &'r Record, id: &str) -> Result<&'r Session, Refusal> {
    match record.plan.session(id) {
        Some(s) => Ok(s),
        None => refuse(format!("there is no session `{id}`")),
    }
}

/// The session to file a `what` in: the one given, when the agenda has it.
fn filing_session<'r>(
    record: &'r Record,
    id: Option<&str>,
    what: &str,
) -> Result<&'r Session, Refusal> {
    match id {
        Some(id) => session(record, id),
        None => refuse(format!("the agenda has no session to file the {what} in")),
    }
}

fn unknown<T>(what: &str, id: Id) -> Result<T, Refusal> {
    refuse(format!("there is no {what} {id}"))
}
