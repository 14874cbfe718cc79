//! The agenda: the plan of a meeting as its organisers wrote it, read from a RON file.
//!
//! A run never changes the agenda file; the record keeps its own copy (the live plan), which
//! ops may change (add, move, split, shorten or skip a session).

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// The plan of one meeting: who meets, where, why, and the days and sessions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agenda {
    /// The meeting's title, shown in the header and on the minutes.
    pub title: String,
    /// Where the meeting takes place.
    #[serde(default)]
    pub place: String,
    /// Who called and runs the meeting.
    #[serde(default)]
    pub organisers: Vec<String>,
    /// Who hosts it on the ground.
    #[serde(default)]
    pub hosts: Vec<String>,
    /// Why the meeting happens, in a sentence or two.
    #[serde(default)]
    pub objective: String,
    /// What led to the meeting (earlier meetings, mandates).
    #[serde(default)]
    pub background: String,
    /// Principles the meeting holds itself to (regional diversity, gender balance, ...).
    #[serde(default)]
    pub principles: Vec<String>,
    /// Chatham House mode: minutes and QR codes keep what was said, never who said it.
    #[serde(default)]
    pub chatham_house: bool,
    /// Who takes part.
    #[serde(default)]
    pub participants: Vec<Participant>,
    /// What proposals are weighed against.
    #[serde(default)]
    pub criteria: Vec<Criterion>,
    /// Proposals known before the meeting starts.
    #[serde(default)]
    pub proposals: Vec<ProposalPlan>,
    /// The days of the meeting, in order.
    pub days: Vec<Day>,
}

/// One person in the room.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// A short, unique handle used to refer to the participant elsewhere in the agenda.
    pub id: String,
    /// The name as it should appear in the speaker picker and (outside Chatham House) the minutes.
    pub name: String,
    /// The organisation the participant represents.
    #[serde(default)]
    pub organisation: String,
    /// The participant's country.
    #[serde(default)]
    pub country: String,
    /// The world region, for regional balance.
    #[serde(default)]
    pub region: String,
    /// The participant's role in the meeting (member, facilitator, host, ...).
    #[serde(default)]
    pub role: String,
    /// Gender, only where the participant gave it, for gender balance.
    #[serde(default)]
    pub gender: Option<String>,
}

/// One criterion that proposals are assessed against.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// A short, unique handle.
    pub id: String,
    /// The criterion as shown in the proposal matrix.
    pub title: String,
    /// What the criterion asks, for the facilitator to read out.
    #[serde(default)]
    pub description: String,
    /// How much a score on this criterion counts in the total (1 when not given).
    #[serde(default = "one")]
    pub weight: u32,
}

fn one() -> u32 {
    1
}

/// A proposal known before the meeting, presented in a proposals session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProposalPlan {
    /// A short, unique handle.
    pub id: String,
    /// The proposal in a few words.
    pub title: String,
    /// What it asks the meeting to do.
    #[serde(default)]
    pub summary: String,
    /// Participant ids of those who present it.
    #[serde(default)]
    pub presenters: Vec<String>,
}

/// One day of the meeting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Day {
    /// The calendar date, `YYYY-MM-DD`.
    pub date: NaiveDate,
    /// A title for the day ("What should we do together?").
    #[serde(default)]
    pub title: String,
    /// The sessions of the day, in the order they are planned.
    pub sessions: Vec<Session>,
}

/// One block of the agenda with a planned start and length.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// A short handle, unique across the whole agenda.
    pub id: String,
    /// The session's title as shown in the outline and on the wall.
    pub title: String,
    /// What kind of block it is.
    #[serde(default)]
    pub kind: SessionKind,
    /// The planned start, local time, `HH:MM`.
    #[serde(with = "hhmm")]
    pub start: NaiveTime,
    /// The planned length in minutes.
    pub minutes: u32,
    /// What the session is for, for the facilitator and the minutes.
    #[serde(default)]
    pub description: String,
    /// Participant ids of those who lead or speak.
    #[serde(default)]
    pub leads: Vec<String>,
    /// Proposal ids presented or decided in this session.
    #[serde(default)]
    pub proposals: Vec<String>,
    /// Criterion ids presented or applied in this session.
    #[serde(default)]
    pub criteria: Vec<String>,
}

/// The kinds of block an agenda is made of.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SessionKind {
    /// Someone presents; the room listens and asks.
    Talk,
    /// The room discusses.
    #[default]
    Discussion,
    /// Proposals are presented and assessed.
    Proposals,
    /// The room decides.
    Decision,
    /// Actions are listed and grouped into strategies.
    ActionPlanning,
    /// A site visit, outside the room.
    Visit,
    /// A break or a meal.
    Break,
}

impl SessionKind {
    /// The kind as a facilitator would say it.
    pub fn label(self) -> &'static str {
        match self {
            SessionKind::Talk => "talk",
            SessionKind::Discussion => "discussion",
            SessionKind::Proposals => "proposals",
            SessionKind::Decision => "decision",
            SessionKind::ActionPlanning => "action planning",
            SessionKind::Visit => "visit",
            SessionKind::Break => "break",
        }
    }
}

impl Agenda {
    /// Every session with the index of its day, in agenda order.
    pub fn sessions(&self) -> impl Iterator<Item = (usize, &Session)> {
        self.days
            .iter()
            .enumerate()
            .flat_map(|(d, day)| day.sessions.iter().map(move |s| (d, s)))
    }

    /// The session with this id, if any.
    pub fn session(&self, id: &str) -> Option<&Session> {
        self.sessions().map(|(_, s)| s).find(|s| s.id == id)
    }

    /// Where the session with this id sits: (day index, index within the day).
    pub fn position(&self, id: &str) -> Option<(usize, usize)> {
        self.days
            .iter()
            .enumerate()
            .find_map(|(d, day)| day.sessions.iter().position(|s| s.id == id).map(|i| (d, i)))
    }

    /// The participant with this id, if any.
    pub fn participant(&self, id: &str) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == id)
    }
}

/// Serde for times of day written `HH:MM`, the way agendas print them.
pub(crate) mod hhmm {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(t: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&t.format("%H:%M"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
        let text = String::deserialize(d)?;
        NaiveTime::parse_from_str(&text, "%H:%M").map_err(|_| {
            D::Error::custom(format!(
                "`{text}` is not a time of day; expected `HH:MM`, like \"09:30\""
            ))
        })
    }
}
