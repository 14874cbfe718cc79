//! The record: everything a run of an agenda has captured, as plain data.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::agenda::{Agenda, ProposalOption};
use super::speakers::Speakers;

/// Identifies a note, proposal, action, strategy or resolution within one record.
///
/// Ids come from one counter per record and are never reused, so a journal replays to the
/// same ids every time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(pub u64);

impl From<u64> for Id {
    /// An id read as a map key (see [`crate::core::history::Live`]'s owners).
    fn from(n: u64) -> Id {
        Id(n)
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// Everything one run of an agenda captured.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Record")]
pub struct Record {
    /// The live plan: a copy of the agenda taken at the start, changed only by ops.
    #[serde(rename = "plan")]
    pub plan: Agenda,
    /// How each session has run so far, by session id; a session not listed is pending.
    #[serde(rename = "runs")]
    pub runs: BTreeMap<String, SessionRun>,
    /// The session the facilitator is on.
    #[serde(rename = "current")]
    pub current: Option<String>,
    /// Notes, in the order they were captured.
    #[serde(rename = "notes")]
    pub notes: Vec<Note>,
    /// Proposals, those of the agenda first.
    #[serde(rename = "proposals")]
    pub proposals: Vec<Proposal>,
    /// Actions, in the order they were captured; the board says where each one sits.
    #[serde(rename = "actions")]
    pub actions: Vec<Action>,
    /// Strategies, in board order; each holds its actions in column order.
    #[serde(rename = "strategies")]
    pub strategies: Vec<Strategy>,
    /// Actions not yet grouped into a strategy, in column order.
    #[serde(rename = "unsorted")]
    pub unsorted: Vec<Id>,
    /// Resolutions, in the order they were recorded.
    #[serde(rename = "resolutions")]
    pub resolutions: Vec<Resolution>,
    /// The speaker queue and the turns taken.
    #[serde(default)]
    #[serde(rename = "speakers")]
    pub speakers: Speakers,
    /// The next free id.
    #[serde(rename = "next_id")]
    pub next_id: u64,
}

/// How a session has run.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "SessionRun")]
pub struct SessionRun {
    /// Where the session stands.
    #[serde(rename = "state")]
    pub state: RunState,
    /// When it first started.
    #[serde(rename = "started")]
    pub started: Option<NaiveDateTime>,
    /// When it ended.
    #[serde(rename = "ended")]
    pub ended: Option<NaiveDateTime>,
    /// Seconds it ran before its latest start or resume.
    #[serde(rename = "active_secs")]
    pub active_secs: i64,
    /// When it last started or resumed, while it runs.
    #[serde(rename = "resumed")]
    pub resumed: Option<NaiveDateTime>,
}

/// Where a session stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "RunState")]
pub enum RunState {
    /// Not started yet.
    #[default]
    #[serde(rename = "Pending")]
    Pending,
    /// Running now.
    #[serde(rename = "Running")]
    Running,
    /// Started, then paused.
    #[serde(rename = "Paused")]
    Paused,
    /// Ended.
    #[serde(rename = "Done")]
    Done,
    /// Skipped: the meeting moved on without it.
    #[serde(rename = "Skipped")]
    Skipped,
}

impl SessionRun {
    /// Seconds the session has run, counting up to `now` while it runs.
    pub fn elapsed_secs(&self, now: NaiveDateTime) -> i64 {
        let running = self
            .resumed
            .map_or(0, |since| (now - since).num_seconds().max(0));
        self.active_secs.saturating_add(running)
    }
}

/// What a note is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "NoteKind")]
pub enum NoteKind {
    /// A plain note.
    #[default]
    #[serde(rename = "Note")]
    Note,
    /// A key point, lifted into the minutes.
    #[serde(rename = "KeyPoint")]
    KeyPoint,
    /// A question raised.
    #[serde(rename = "Question")]
    Question,
    /// Someone's words, quoted.
    #[serde(rename = "Quote")]
    Quote,
}

/// Something said or observed, captured in a session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Note")]
pub struct Note {
    /// The note's id.
    #[serde(rename = "id")]
    pub id: Id,
    /// The session that produced it.
    #[serde(rename = "session")]
    pub session: String,
    /// What kind of note it is.
    #[serde(rename = "kind")]
    pub kind: NoteKind,
    /// The text, any Unicode, possibly several lines.
    #[serde(rename = "text")]
    pub text: String,
    /// Who said it: a participant id when the speaker is on the list, else the name as typed.
    #[serde(rename = "speaker")]
    pub speaker: Option<String>,
    /// When it was captured, local time.
    #[serde(rename = "at")]
    pub at: NaiveDateTime,
    /// The agenda item of its session it belongs to, if any; left out of the file when none,
    /// so older records re-encode as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(rename = "item")]
    pub item: Option<String>,
}

/// The outcome of weighing a proposal.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Decision")]
pub enum Decision {
    /// Not decided yet.
    #[default]
    #[serde(rename = "Open")]
    Open,
    /// Selected by the meeting.
    #[serde(rename = "Selected")]
    Selected,
    /// Selected, in the meeting's own words ("affirmed as the basis for the network's work").
    #[serde(rename = "SelectedAs")]
    SelectedAs(String),
    /// Selected with one of its options, by the option's id in the agenda.
    #[serde(rename = "SelectedOption")]
    SelectedOption(String),
    /// Merged into another proposal.
    #[serde(rename = "MergedInto")]
    MergedInto(Id),
    /// Not taken up now; continues as existing work, with a word on how.
    #[serde(rename = "Parked")]
    Parked(String),
}

impl Decision {
    /// Whether the meeting took the proposal up, in its own words or not.
    pub fn is_selected(&self) -> bool {
        matches!(
            self,
            Decision::Selected | Decision::SelectedAs(_) | Decision::SelectedOption(_)
        )
    }
}

/// A proposal put to the meeting, with how it was weighed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Proposal")]
pub struct Proposal {
    /// The proposal's id.
    #[serde(rename = "id")]
    pub id: Id,
    /// The agenda's handle for it, when it came from the agenda.
    #[serde(rename = "key")]
    pub key: Option<String>,
    /// The proposal in a few words.
    #[serde(rename = "title")]
    pub title: String,
    /// What it asks.
    #[serde(rename = "summary")]
    pub summary: String,
    /// The session it was added in, when added live.
    #[serde(rename = "session")]
    pub session: Option<String>,
    /// Who presented it, when it was captured live with a speaker: a participant id, or the
    /// name as typed. (The agenda's own proposals name theirs in the plan.) Absent from records
    /// written before it existed, and not written when unknown, so their bytes stay the same.
    #[serde(rename = "presenter", default, skip_serializing_if = "Option::is_none")]
    pub presenter: Option<String>,
    /// Its score on each criterion, by criterion id.
    #[serde(rename = "scores")]
    pub scores: BTreeMap<String, u8>,
    /// Dot votes counted in the room.
    #[serde(rename = "dots")]
    pub dots: u32,
    /// What the meeting decided.
    #[serde(rename = "decision")]
    pub decision: Decision,
    /// The session that decided it, whatever its kind, so the minutes list the decision where
    /// the room made it. Absent from records written before it existed (their decisions read
    /// as they did: under a decision session listing the proposal), and not written when
    /// unknown, so their bytes stay the same.
    #[serde(
        rename = "decided_in",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub decided_in: Option<String>,
}

/// The highest score a proposal can get on one criterion.
pub(crate) const SCORE_MAX: u8 = 5;

/// Something to be done, a card on the board.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Action")]
pub struct Action {
    /// The action's id.
    #[serde(rename = "id")]
    pub id: Id,
    /// What is to be done.
    #[serde(rename = "text")]
    pub text: String,
    /// Who does it, when known.
    #[serde(rename = "owner")]
    pub owner: Option<String>,
    /// By when, when known.
    #[serde(rename = "due")]
    pub due: Option<NaiveDate>,
    /// The session it came from.
    #[serde(rename = "session")]
    pub session: String,
    /// The agenda item of its session it belongs to, if any; left out of the file when none,
    /// so older records re-encode as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(rename = "item")]
    pub item: Option<String>,
    /// Where it stands in the follow-up after the meeting. Records written before actions had
    /// a status read as open with no date, and an action still so is not written, so their
    /// bytes stay the same.
    #[serde(default, skip_serializing_if = "ActionProgress::is_unset")]
    #[serde(rename = "progress")]
    pub progress: ActionProgress,
}

/// Where an action stands in its follow-up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename = "ActionStatus")]
pub enum ActionStatus {
    /// Not started, or nobody has said: what every action starts as.
    #[default]
    #[serde(rename = "Open")]
    Open,
    /// Under way.
    #[serde(rename = "InProgress")]
    InProgress,
    /// Done.
    #[serde(rename = "Done")]
    Done,
    /// Given up: it will not be done.
    #[serde(rename = "Dropped")]
    Dropped,
}

impl ActionStatus {
    /// Every status, in the order the board's key cycles them.
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Open,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    /// The status as one word, as `plenary actions` takes and prints it: "open",
    /// "in-progress", "done", "dropped".
    pub fn word(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::InProgress => "in-progress",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }

    /// The status as the screen says it: "open", "in progress", "done", "dropped".
    pub fn label(self) -> &'static str {
        match self {
            ActionStatus::InProgress => "in progress",
            other => other.word(),
        }
    }

    /// The status named by `word` as [`ActionStatus::word`] writes it, in any case.
    pub fn from_word(word: &str) -> Option<ActionStatus> {
        ActionStatus::ALL
            .into_iter()
            .find(|s| s.word().eq_ignore_ascii_case(word.trim()))
    }
}

/// An action's status and the day it was set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "ActionProgress")]
pub struct ActionProgress {
    /// Where the action stands.
    #[serde(rename = "status")]
    pub status: ActionStatus,
    /// The day the status was set; none for an action nobody has followed up yet.
    #[serde(rename = "since")]
    pub since: Option<NaiveDate>,
}

impl ActionProgress {
    /// Whether nobody has set a status: open, with no date (what the file leaves out).
    pub fn is_unset(&self) -> bool {
        *self == ActionProgress::default()
    }
}

/// A named group of actions: a column on the board.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Strategy")]
pub struct Strategy {
    /// The strategy's id.
    #[serde(rename = "id")]
    pub id: Id,
    /// Its name, the column's title.
    #[serde(rename = "name")]
    pub name: String,
    /// Its actions, top to bottom.
    #[serde(rename = "actions")]
    pub actions: Vec<Id>,
}

/// How a resolution was decided.
///
/// The forms written before the room's other ways of deciding existed (`NotRecorded`,
/// `Consensus`, a `Vote` of three exact counts) are written as they always were; the later
/// variants add forms of their own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Method")]
pub enum Method {
    /// Nobody said how the room decided: what a resolution starts as, and what the minutes
    /// leave unsaid rather than guess.
    #[serde(rename = "NotRecorded")]
    NotRecorded,
    /// Nobody objected.
    #[serde(rename = "Consensus")]
    Consensus,
    /// Hands (or cards, or voices) counted in the room, each count exact or approximate, and
    /// each only when the room gave it ("over 100 in favour" alone is a vote): a count nobody
    /// gave is left out of the file, so a vote of three counts is written as it always was.
    #[serde(rename = "Vote")]
    Vote {
        /// Votes for.
        #[serde(rename = "for", default, skip_serializing_if = "Option::is_none")]
        for_: Option<Count>,
        /// Votes against.
        #[serde(rename = "against", default, skip_serializing_if = "Option::is_none")]
        against: Option<Count>,
        /// Abstentions.
        #[serde(rename = "abstain", default, skip_serializing_if = "Option::is_none")]
        abstain: Option<Count>,
    },
    /// Hands raised and seen, not counted.
    #[serde(rename = "ShowOfHands")]
    ShowOfHands,
    /// The chair or facilitator read the room (a hum, a sense of the meeting).
    #[serde(rename = "SenseOfRoom")]
    SenseOfRoom(Sense),
    /// The chair declared the outcome.
    #[serde(rename = "ChairDeclared")]
    ChairDeclared,
    /// Left to be confirmed later, by whom the room said (free text; empty when it did not).
    #[serde(rename = "ToBeConfirmed")]
    ToBeConfirmed {
        /// Who confirms it: "the board", "on the mailing list".
        #[serde(rename = "by")]
        by: String,
    },
    /// An election: the resolution's text is the post, this what the ballot gave.
    #[serde(rename = "Election")]
    Election(Election),
}

/// An election's result as the note-taker typed it, and only that: each part the room did not
/// give stays empty, and the file leaves it out, so nothing is written that nobody entered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Election")]
pub struct Election {
    /// How many seats were to be filled, when said.
    #[serde(rename = "seats", default, skip_serializing_if = "Option::is_none")]
    pub seats: Option<u32>,
    /// Who stood, in the order typed, each with their votes when counted ("RON", re-open
    /// nominations, is a candidate like any other).
    #[serde(rename = "candidates", default, skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<Candidate>,
    /// Ballots left blank or spoiled, when counted.
    #[serde(rename = "blank", default, skip_serializing_if = "Option::is_none")]
    pub blank: Option<Count>,
    /// Who was elected, as the note-taker marked them; empty until someone is.
    #[serde(rename = "elected", default, skip_serializing_if = "Vec::is_empty")]
    pub elected: Vec<String>,
}

/// Someone who stood in an election (a joint ticket is one candidate: "Ash Holland & Adam
/// Birtles").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Candidate")]
pub struct Candidate {
    /// The name, as typed.
    #[serde(rename = "name")]
    pub name: String,
    /// Their votes, when counted (none for an acclamation).
    #[serde(rename = "votes", default, skip_serializing_if = "Option::is_none")]
    pub votes: Option<Count>,
}

/// How strongly the room leaned, as the chair read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Sense")]
pub enum Sense {
    /// A strong sense of the room.
    #[serde(rename = "Strong")]
    Strong,
    /// A weak sense of the room.
    #[serde(rename = "Weak")]
    Weak,
    /// Nobody opposed.
    #[serde(rename = "NoneOpposed")]
    NoneOpposed,
}

/// A count of votes: exact, or as near as the room could tell ("over 100", "about 60").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Count {
    /// Exactly this many; written as a bare number, as every count was before approximate ones.
    Exact(u32),
    /// More than this many.
    Over {
        /// The number it is more than.
        #[serde(rename = "over")]
        over: u32,
    },
    /// About this many.
    About {
        /// The number it is about.
        #[serde(rename = "about")]
        about: u32,
    },
}

impl Count {
    /// The fewest votes the count can stand for.
    pub fn least(self) -> u64 {
        match self {
            Count::Exact(n) | Count::About { about: n } => u64::from(n),
            Count::Over { over } => u64::from(over) + 1,
        }
    }

    /// The most votes the count can stand for; none when there is no limit ("over 100").
    pub fn most(self) -> Option<u64> {
        match self {
            Count::Exact(n) | Count::About { about: n } => Some(u64::from(n)),
            Count::Over { .. } => None,
        }
    }
}

impl From<u32> for Count {
    /// An exact count.
    fn from(n: u32) -> Count {
        Count::Exact(n)
    }
}

impl fmt::Display for Count {
    /// The count as it is typed in the vote prompt: "24", "over 100", "about 60".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Count::Exact(n) => write!(f, "{n}"),
            Count::Over { over } => write!(f, "over {over}"),
            Count::About { about } => write!(f, "about {about}"),
        }
    }
}

/// Where a resolution stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "ResolutionStatus")]
pub enum ResolutionStatus {
    /// Put to the room, not settled yet.
    #[default]
    #[serde(rename = "Proposed")]
    Proposed,
    /// Adopted.
    #[serde(rename = "Adopted")]
    Adopted,
    /// Rejected.
    #[serde(rename = "Rejected")]
    Rejected,
    /// Put off to a later meeting.
    #[serde(rename = "Deferred")]
    Deferred,
}

/// A formal decision of the meeting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Resolution")]
pub struct Resolution {
    /// The resolution's id.
    #[serde(rename = "id")]
    pub id: Id,
    /// The session it was recorded in.
    #[serde(rename = "session")]
    pub session: String,
    /// What was resolved.
    #[serde(rename = "text")]
    pub text: String,
    /// How it was decided.
    #[serde(rename = "method")]
    pub method: Method,
    /// Where it stands.
    #[serde(rename = "status")]
    pub status: ResolutionStatus,
    /// The proposal it settles, if any.
    #[serde(rename = "proposal")]
    pub proposal: Option<Id>,
    /// The actions that follow from it.
    #[serde(rename = "actions")]
    pub actions: Vec<Id>,
    /// When it was recorded, local time.
    #[serde(rename = "at")]
    pub at: NaiveDateTime,
    /// The agenda item of its session it belongs to, if any; left out of the file when none,
    /// so older records re-encode as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(rename = "item")]
    pub item: Option<String>,
}

impl Record {
    /// A fresh record of an agenda: nothing run, the agenda's proposals listed and open.
    pub fn new(agenda: Agenda) -> Record {
        let proposals: Vec<Proposal> = agenda
            .proposals
            .iter()
            .zip(1..)
            .map(|(plan, n)| Proposal {
                id: Id(n),
                key: Some(plan.id.clone()),
                title: plan.title.clone(),
                summary: plan.summary.clone(),
                session: None,
                presenter: None,
                scores: BTreeMap::new(),
                dots: 0,
                decision: Decision::Open,
                decided_in: None,
            })
            .collect();
        let next_id = proposals.len() as u64 + 1;
        Record {
            plan: agenda,
            runs: BTreeMap::new(),
            current: None,
            notes: Vec::new(),
            proposals,
            actions: Vec::new(),
            strategies: Vec::new(),
            unsorted: Vec::new(),
            resolutions: Vec::new(),
            speakers: Speakers::default(),
            next_id,
        }
    }

    /// The id the next created item should take.
    pub fn fresh_id(&self) -> Id {
        Id(self.next_id)
    }

    /// How the session has run (pending when it has not).
    pub fn run(&self, session: &str) -> SessionRun {
        self.runs.get(session).cloned().unwrap_or_default()
    }

    /// The session that is running now, if any.
    pub fn running(&self) -> Option<&str> {
        self.runs
            .iter()
            .find(|(_, run)| run.state == RunState::Running)
            .map(|(id, _)| id.as_str())
    }

    /// The sessions running now that `session` cannot run beside: any but itself and those
    /// of other parallel tracks of its day. Starting `session` has to pause them first.
    pub fn running_against<'a>(&'a self, session: &'a str) -> impl Iterator<Item = &'a str> {
        self.runs
            .iter()
            .filter(move |(id, run)| run.state == RunState::Running && id.as_str() != session)
            .map(|(id, _)| id.as_str())
            .filter(move |other| !self.plan.alongside(session, other))
    }

    /// Two sessions running now that may not run together (neither runs beside the other in
    /// a parallel track), if any: what a change of the plan must never bring about.
    pub fn running_apart(&self) -> Option<(&str, &str)> {
        let running: Vec<&str> = self
            .runs
            .iter()
            .filter(|(_, run)| run.state == RunState::Running)
            .map(|(id, _)| id.as_str())
            .collect();
        running.iter().enumerate().find_map(|(i, a)| {
            running
                .get(i + 1..)
                .and_then(|later| later.iter().find(|b| !self.plan.alongside(a, b)))
                .map(|b| (*a, *b))
        })
    }

    /// The note with this id.
    pub fn note(&self, id: Id) -> Option<&Note> {
        by_id(&self.notes, id, |n| n.id)
    }

    /// The proposal with this id.
    pub fn proposal(&self, id: Id) -> Option<&Proposal> {
        by_id(&self.proposals, id, |p| p.id)
    }

    /// The options the agenda gives a proposal (none for one added live).
    pub fn options_of(&self, proposal: &Proposal) -> &[ProposalOption] {
        proposal
            .key
            .as_deref()
            .and_then(|key| self.plan.proposals.iter().find(|p| p.id == key))
            .map_or(&[], |p| p.options.as_slice())
    }

    /// The action with this id.
    pub fn action(&self, id: Id) -> Option<&Action> {
        by_id(&self.actions, id, |a| a.id)
    }

    /// The strategy with this id.
    pub fn strategy(&self, id: Id) -> Option<&Strategy> {
        self.strategies.iter().find(|s| s.id == id)
    }

    /// The resolution with this id.
    pub fn resolution(&self, id: Id) -> Option<&Resolution> {
        by_id(&self.resolutions, id, |r| r.id)
    }

    /// Where an action sits on the board: its strategy (None for Unsorted) and index.
    pub fn card_position(&self, id: Id) -> Option<(Option<Id>, usize)> {
        if let Some(i) = self.unsorted.iter().position(|&a| a == id) {
            return Some((None, i));
        }
        self.strategies.iter().find_map(|s| {
            s.actions
                .iter()
                .position(|&a| a == id)
                .map(|i| (Some(s.id), i))
        })
    }

    /// A proposal's weighted total over the meeting's criteria.
    pub fn proposal_total(&self, proposal: &Proposal) -> u32 {
        self.plan
            .criteria
            .iter()
            .filter_map(|c| proposal.scores.get(&c.id).map(|&s| u32::from(s) * c.weight))
            .sum()
    }
}

/// The item with `id`. Ops keep notes, proposals, actions and resolutions in id order, so a
/// binary search finds it at once; a list that came out of order from elsewhere (a hand-edited
/// file) is searched in full, so the answer is right either way.
fn by_id<T>(items: &[T], id: Id, id_of: impl Fn(&T) -> Id) -> Option<&T> {
    match items.binary_search_by_key(&id, &id_of) {
        Ok(i) => items.get(i),
        Err(_) => items.iter().find(|item| id_of(item) == id),
    }
}

/// Whether a list kept in id order holds `id`.
pub(crate) fn has_id<T>(items: &[T], id: Id, id_of: impl Fn(&T) -> Id) -> bool {
    items.binary_search_by_key(&id, id_of).is_ok()
}

/// Puts `item` into a list kept in id order, where its id belongs.
pub(crate) fn insert_by_id<T>(items: &mut Vec<T>, item: T, id_of: impl Fn(&T) -> Id) {
    let id = id_of(&item);
    let at = items.partition_point(|x| id_of(x) < id);
    items.insert(at, item);
}
