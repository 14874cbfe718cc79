//! The agenda: the plan of a meeting as its organisers wrote it, read from a RON file.
//!
//! A run never changes the agenda file; the record keeps its own copy (the live plan), which
//! ops may change (add, move, split, shorten or skip a session).

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::lang::Language;

/// The plan of one meeting: who meets, where, why, and the days and sessions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Agenda")]
pub struct Agenda {
    /// The meeting's title, shown in the header and on the minutes.
    #[serde(rename = "title")]
    pub title: String,
    /// Where the meeting takes place.
    #[serde(default)]
    #[serde(rename = "place")]
    pub place: String,
    /// Who called and runs the meeting.
    #[serde(default)]
    #[serde(rename = "organisers")]
    pub organisers: Vec<String>,
    /// Who hosts it on the ground.
    #[serde(default)]
    #[serde(rename = "hosts")]
    pub hosts: Vec<String>,
    /// Why the meeting happens, in a sentence or two.
    #[serde(default)]
    #[serde(rename = "objective")]
    pub objective: String,
    /// What led to the meeting (earlier meetings, mandates).
    #[serde(default)]
    #[serde(rename = "background")]
    pub background: String,
    /// Principles the meeting holds itself to (regional diversity, gender balance, ...).
    #[serde(default)]
    #[serde(rename = "principles")]
    pub principles: Vec<String>,
    /// Chatham House mode: minutes and QR codes keep what was said, never who said it.
    #[serde(default)]
    #[serde(rename = "chatham_house")]
    pub chatham_house: bool,
    /// The language the minutes, the outcome summary and its QR codes are written in
    /// (`language: "es"`); `None` when the agenda does not say, which the exports read as
    /// English (and the screen may read as the system's language). Left out of the file then,
    /// so older agendas re-encode as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(with = "crate::lang::optional")]
    #[serde(rename = "language")]
    pub language: Option<Language>,
    /// Who takes part.
    #[serde(default)]
    #[serde(rename = "participants")]
    pub participants: Vec<Participant>,
    /// How many took part beyond the named list, and in which languages; empty when the
    /// agenda does not say, and then left out of the file so older agendas re-encode as written.
    #[serde(default, skip_serializing_if = "Attendance::is_empty")]
    #[serde(rename = "attendance")]
    pub attendance: Attendance,
    /// What proposals are weighed against.
    #[serde(default)]
    #[serde(rename = "criteria")]
    pub criteria: Vec<Criterion>,
    /// Proposals known before the meeting starts.
    #[serde(default)]
    #[serde(rename = "proposals")]
    pub proposals: Vec<ProposalPlan>,
    /// The days of the meeting, in order.
    #[serde(rename = "days")]
    pub days: Vec<Day>,
}

/// One person in the room.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Participant")]
pub struct Participant {
    /// A short, unique handle used to refer to the participant elsewhere in the agenda.
    #[serde(rename = "id")]
    pub id: String,
    /// The name as it should appear in the speaker picker and (outside Chatham House) the minutes.
    #[serde(rename = "name")]
    pub name: String,
    /// The organisation the participant represents.
    #[serde(default)]
    #[serde(rename = "organisation")]
    pub organisation: String,
    /// The organisations of one who represents several (`organisations: ["A", "B"]`), in place
    /// of `organisation`; `check` refuses a participant that gives both. Left out of the file
    /// when empty, so agendas written before it re-encode as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[serde(rename = "organisations")]
    pub organisations: Vec<String>,
    /// The participant's country.
    #[serde(default)]
    #[serde(rename = "country")]
    pub country: String,
    /// The world region, for regional balance.
    #[serde(default)]
    #[serde(rename = "region")]
    pub region: String,
    /// The participant's role in the meeting (member, facilitator, host, ...).
    #[serde(default)]
    #[serde(rename = "role")]
    pub role: String,
    /// Gender, only where the participant gave it, for gender balance.
    #[serde(default)]
    #[serde(rename = "gender")]
    pub gender: Option<String>,
    /// Other names the room uses for them: initials ("EKR"), a short name, a name as people
    /// say it. An owner or a speaker typed so is this participant. Left out of the file when
    /// there are none, so agendas written before it re-encode as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[serde(rename = "aliases")]
    pub aliases: Vec<String>,
    /// Whether they take part from elsewhere (by video or phone), not in the room. Left out of
    /// the file when not, so agendas written before it re-encode as written.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[serde(rename = "remote")]
    pub remote: bool,
}

impl Participant {
    /// Every organisation the participant represents, as written and in order: `organisation`,
    /// then `organisations` (an agenda gives one or the other; were it to give both, neither
    /// is lost), blanks and repeats left out.
    pub fn represents(&self) -> Vec<&str> {
        let mut all: Vec<&str> = Vec::new();
        for o in std::iter::once(&self.organisation).chain(&self.organisations) {
            if !o.trim().is_empty() && !all.contains(&o.as_str()) {
                all.push(o);
            }
        }
        all
    }
}

/// Attendance as the organisers count it, beyond the named participants: an assembly of a
/// hundred names only the few who speak. Every field is optional, and what is not given is
/// never guessed: the minutes say only what is here or in the named list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Attendance")]
pub struct Attendance {
    /// How many people took part, named or not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(rename = "head_count")]
    pub head_count: Option<u32>,
    /// How many countries they came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(rename = "countries")]
    pub countries: Option<u32>,
    /// The working languages of the meeting.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[serde(rename = "languages")]
    pub languages: Vec<String>,
    /// Whether the meeting was interpreted between its languages.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[serde(rename = "interpretation")]
    pub interpretation: bool,
}

impl Attendance {
    /// Whether the agenda says nothing about attendance.
    pub fn is_empty(&self) -> bool {
        *self == Attendance::default()
    }
}

/// One criterion that proposals are assessed against.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Criterion")]
pub struct Criterion {
    /// A short, unique handle.
    #[serde(rename = "id")]
    pub id: String,
    /// The criterion as shown in the proposal matrix.
    #[serde(rename = "title")]
    pub title: String,
    /// What the criterion asks, for the facilitator to read out.
    #[serde(default)]
    #[serde(rename = "description")]
    pub description: String,
    /// How much a score on this criterion counts in the total (1 when not given).
    #[serde(default = "one")]
    #[serde(rename = "weight")]
    pub weight: u32,
}

fn one() -> u32 {
    1
}

/// A proposal known before the meeting, presented in a proposals session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "ProposalPlan")]
pub struct ProposalPlan {
    /// A short, unique handle.
    #[serde(rename = "id")]
    pub id: String,
    /// The proposal in a few words.
    #[serde(rename = "title")]
    pub title: String,
    /// What it asks the meeting to do.
    #[serde(default)]
    #[serde(rename = "summary")]
    pub summary: String,
    /// Participant ids of those who present it.
    #[serde(default)]
    #[serde(rename = "presenters")]
    pub presenters: Vec<String>,
    /// The options the meeting chooses between, when the proposal offers several (a budget at
    /// two levels, two dates); selecting it records which. Left out of the file when there are
    /// none, so agendas written before it re-encode as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[serde(rename = "options")]
    pub options: Vec<ProposalOption>,
}

/// One option of a proposal: `(id: "b", title: "Two staff posts")`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "ProposalOption")]
pub struct ProposalOption {
    /// A short handle, unique within its proposal, as the meeting names the option ("B").
    #[serde(rename = "id")]
    pub id: String,
    /// The option in a few words.
    #[serde(rename = "title")]
    pub title: String,
}

/// One day of the meeting. A day may have no sessions at all (a field visit, a free day):
/// its title and description then say what it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Day")]
pub struct Day {
    /// The calendar date, `YYYY-MM-DD`.
    #[serde(rename = "date")]
    pub date: NaiveDate,
    /// A title for the day ("What should we do together?").
    #[serde(default)]
    #[serde(rename = "title")]
    pub title: String,
    /// What the day is, when its sessions do not say it (a field visit, a free day). The new
    /// fields are left out of the file when not given, so older agendas re-encode as written.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[serde(rename = "description")]
    pub description: String,
    /// When the day starts, local time, `HH:MM`; its first session then needs no start.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "hhmm::optional"
    )]
    #[serde(rename = "start")]
    pub start: Option<NaiveTime>,
    /// When the day is planned to end, local time, `HH:MM`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "hhmm::optional"
    )]
    #[serde(rename = "end")]
    pub end: Option<NaiveTime>,
    /// The sessions of the day, in the order they are planned.
    #[serde(default)]
    #[serde(rename = "sessions")]
    pub sessions: Vec<Session>,
}

/// One block of the agenda. Its start and length may be unknown: a session with no start
/// follows the one before, and one with no length is open-ended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Session")]
pub struct Session {
    /// A short handle, unique across the whole agenda.
    #[serde(rename = "id")]
    pub id: String,
    /// The session's title as shown in the outline and on the wall.
    #[serde(rename = "title")]
    pub title: String,
    /// What kind of block it is.
    #[serde(default)]
    #[serde(rename = "kind")]
    pub kind: SessionKind,
    /// The other kinds it is too, when it is more than one ("Proposals", also "Decision": a
    /// round that weighs the proposals and decides); left out of the file when none, so older
    /// agendas and records read and write as before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[serde(rename = "also")]
    pub also: Vec<SessionKind>,
    /// The planned start, local time, `HH:MM`; none when it follows the session before.
    /// Written as before when given, left out when not, so older records re-encode as written.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "hhmm::optional"
    )]
    #[serde(rename = "start")]
    pub start: Option<NaiveTime>,
    /// The planned length in minutes; none when it is not known (open-ended).
    #[serde(default, skip_serializing_if = "Option::is_none", with = "bare")]
    #[serde(rename = "minutes")]
    pub minutes: Option<u32>,
    /// What the session is for, for the facilitator and the minutes.
    #[serde(default)]
    #[serde(rename = "description")]
    pub description: String,
    /// Who leads or speaks: participant ids, or groups' or organisations' names as written.
    #[serde(default)]
    #[serde(rename = "leads")]
    pub leads: Vec<String>,
    /// Proposal ids presented or decided in this session.
    #[serde(default)]
    #[serde(rename = "proposals")]
    pub proposals: Vec<String>,
    /// Criterion ids presented or applied in this session.
    #[serde(default)]
    #[serde(rename = "criteria")]
    pub criteria: Vec<String>,
    /// The presentations or issues taken in turn within the session; left out of the file
    /// when there are none, so older agendas re-encode as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[serde(rename = "items")]
    pub items: Vec<Item>,
    /// Who holds which role in the session (chair, moderator, scribe, presenter…), beyond
    /// its leads; left out of the file when none is given, so older agendas re-encode as
    /// written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[serde(rename = "roles")]
    pub roles: Vec<SessionRole>,
    /// The parallel track the session runs in (a working group, a breakout), by name as the
    /// meeting names it; none for the plenary. Sessions of different tracks run at the same
    /// time; each track follows on from the plenary before it, and the plenary after them
    /// begins when the last of them ends. Left out of the file when none, so older agendas
    /// re-encode as written.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "bare")]
    #[serde(rename = "track")]
    pub track: Option<String>,
    /// Where the session is held ("Room B", "Garden"), when the agenda says; left out of the
    /// file when not.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "bare")]
    #[serde(rename = "room")]
    pub room: Option<String>,
}

/// A role in a session and who holds it: `(role: "chair", who: ["ana"])`. The role is named
/// as the meeting names it; who are participant ids, or group or organisation names as
/// written ("Working group 2"), as an item's presenters are.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "SessionRole")]
pub struct SessionRole {
    /// The role as the meeting names it: "chair", "moderator", "scribe", "rapporteur".
    #[serde(rename = "role")]
    pub role: String,
    /// Who holds it.
    #[serde(rename = "who")]
    pub who: Vec<String>,
}

/// One presentation or issue within a session: notes, decisions and actions may attach to
/// it, and the minutes show them under it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(rename = "Item")]
pub struct Item {
    /// A short handle, unique within its session.
    #[serde(rename = "id")]
    pub id: String,
    /// The item as the agenda and the minutes name it.
    #[serde(rename = "title")]
    pub title: String,
    /// Who presents it: participant ids, or group or organisation names as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[serde(rename = "presenters")]
    pub presenters: Vec<String>,
    /// What it refers to: an issue or document number, a URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(rename = "reference")]
    pub reference: Option<String>,
}

/// The kinds of block an agenda is made of.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "SessionKind")]
pub enum SessionKind {
    /// Someone presents; the room listens and asks.
    #[serde(rename = "Talk")]
    Talk,
    /// The room discusses.
    #[default]
    #[serde(rename = "Discussion")]
    Discussion,
    /// Proposals are presented and assessed.
    #[serde(rename = "Proposals")]
    Proposals,
    /// The room decides.
    #[serde(rename = "Decision")]
    Decision,
    /// Actions are listed and grouped into strategies.
    #[serde(rename = "ActionPlanning")]
    ActionPlanning,
    /// A site visit, outside the room.
    #[serde(rename = "Visit")]
    Visit,
    /// A break or a meal.
    #[serde(rename = "Break")]
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

impl Session {
    /// Every kind the session is, its own first, then the others it is [`Session::also`].
    pub fn kinds(&self) -> impl Iterator<Item = SessionKind> + '_ {
        std::iter::once(self.kind).chain(self.also.iter().copied())
    }

    /// Whether the session is of `kind`, as its own kind or one of the others it is too.
    pub fn is(&self, kind: SessionKind) -> bool {
        self.kinds().any(|k| k == kind)
    }

    /// The name of the track the session runs in, as compared: trimmed, so "Land " is Land.
    pub fn track_name(&self) -> Option<&str> {
        self.track.as_deref().map(str::trim)
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

    /// The date of the day the session with this id is on: what a note typed in it reads
    /// "next Wednesday" or "10 August" against.
    pub fn date_of(&self, id: &str) -> Option<NaiveDate> {
        let (day, _) = self.position(id)?;
        self.days.get(day).map(|d| d.date)
    }

    /// Where the session with this id sits: (day index, index within the day).
    pub fn position(&self, id: &str) -> Option<(usize, usize)> {
        self.days
            .iter()
            .enumerate()
            .find_map(|(d, day)| day.sessions.iter().position(|s| s.id == id).map(|i| (d, i)))
    }

    /// The item with this id in the session with this id, if any.
    pub fn item(&self, session: &str, item: &str) -> Option<&Item> {
        self.session(session)?.items.iter().find(|i| i.id == item)
    }

    /// The participant with this id, if any.
    pub fn participant(&self, id: &str) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == id)
    }

    /// Whether the sessions with these ids run side by side: on the same day, in two
    /// different tracks of one block of groups (see [`Day::alongside`]).
    pub fn alongside(&self, a: &str, b: &str) -> bool {
        match (self.position(a), self.position(b)) {
            (Some((day_a, a)), Some((day_b, b))) if day_a == day_b => {
                self.days.get(day_a).is_some_and(|day| day.alongside(a, b))
            }
            _ => false,
        }
    }

    /// When the session with this id is planned, as far as the agenda tells; `None` when
    /// there is no such session.
    pub fn planned(&self, id: &str) -> Option<Planned> {
        let (day, index) = self.position(id)?;
        self.days.get(day)?.planned().get(index).copied()
    }
}

/// When a session is planned, in minutes after the midnight that begins its day (an end may
/// pass 24:00 in a live plan that was lengthened); `None` where the agenda does not tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Planned {
    /// When it starts: its own start, or the planned end of the session before.
    pub start: Option<u32>,
    /// When it ends: its start plus its length, when both are known.
    pub end: Option<u32>,
}

impl Planned {
    /// The planned start as a time of day.
    pub fn start_time(self) -> Option<NaiveTime> {
        self.start.map(time_of_day)
    }

    /// The planned end as a time of day (past midnight it wraps, as a clock does).
    pub fn end_time(self) -> Option<NaiveTime> {
        self.end.map(time_of_day)
    }
}

impl Day {
    /// When each session of the day is planned, in order. A session with no start follows
    /// the ones before it (see [`Day::follows`]; the first follows the day's start); after a
    /// session whose start or length is not known, nothing that follows it has a known start.
    pub fn planned(&self) -> Vec<Planned> {
        let follows = self.follows();
        let mut planned: Vec<Planned> = Vec::with_capacity(self.sessions.len());
        for (s, before) in self.sessions.iter().zip(&follows) {
            let after = if before.is_empty() {
                self.start.map(minute_of_day)
            } else {
                latest(before.iter().map(|&b| planned.get(b).and_then(|p| p.end)))
            };
            let start = s.start.map(minute_of_day).or(after);
            let end = start.zip(s.minutes).map(|(at, m)| at.saturating_add(m));
            planned.push(Planned { start, end });
        }
        planned
    }

    /// For each session of the day, the sessions it follows on from, by index: the one
    /// before it in its own track, or the plenary session before the track began; for a
    /// plenary session, the last session of each track that ran since the plenary before
    /// (they all end before it begins), or that plenary session. Without tracks, each session
    /// follows the one before it; the first follows nothing (the day's start).
    pub fn follows(&self) -> Vec<Vec<usize>> {
        let mut plenary: Option<usize> = None;
        let mut tracks: Vec<(&str, usize)> = Vec::new();
        let mut follows = Vec::with_capacity(self.sessions.len());
        for (index, s) in self.sessions.iter().enumerate() {
            match s.track_name() {
                None => {
                    let before: Vec<usize> = if tracks.is_empty() {
                        plenary.into_iter().collect()
                    } else {
                        tracks.iter().map(|&(_, last)| last).collect()
                    };
                    follows.push(before);
                    plenary = Some(index);
                    tracks.clear();
                }
                Some(track) => {
                    let before = match tracks.iter_mut().find(|(name, _)| *name == track) {
                        Some((_, last)) => Some(std::mem::replace(last, index)),
                        None => {
                            tracks.push((track, index));
                            plenary
                        }
                    };
                    follows.push(before.into_iter().collect());
                }
            }
        }
        follows
    }

    /// Whether sessions `a` and `b` of the day (by index) run side by side: each in a track,
    /// not the same one, in the same block of groups (no plenary session between them: a
    /// morning's groups do not run beside the afternoon's).
    pub fn alongside(&self, a: usize, b: usize) -> bool {
        let track = |i: usize| self.sessions.get(i).and_then(Session::track_name);
        let (low, high) = (a.min(b), a.max(b));
        let plenary_between = || {
            self.sessions
                .get(low + 1..high)
                .is_some_and(|between| between.iter().any(|s| s.track_name().is_none()))
        };
        matches!((track(a), track(b)), (Some(x), Some(y)) if x != y) && !plenary_between()
    }
}

/// The latest of some ends, or `None` when any of them is not known.
fn latest(mut ends: impl Iterator<Item = Option<u32>>) -> Option<u32> {
    ends.try_fold(0, |latest, end| end.map(|end| latest.max(end)))
}

/// Whether a name is written the way participant ids are: one word of lower-case
/// letters, digits, `-`, `_` or `.`.
pub(crate) fn looks_like_id(presenter: &str) -> bool {
    !presenter.is_empty()
        && presenter
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c))
}

/// Minutes after midnight of a time of day.
pub(crate) fn minute_of_day(t: NaiveTime) -> u32 {
    use chrono::Timelike;
    t.hour() * 60 + t.minute()
}

/// The time of day `minutes` after midnight, wrapping past 24:00.
fn time_of_day(minutes: u32) -> NaiveTime {
    NaiveTime::MIN
        .overflowing_add_signed(chrono::TimeDelta::minutes(i64::from(minutes)))
        .0
}

/// Serde for a value that may be absent: written bare (`minutes: 90`, `track: "Land"`) when
/// there, not as `Some(…)`, and left out when not (with `skip_serializing_if`), as agendas were
/// written before it could be absent.
pub(crate) mod bare {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<T: Serialize, S: Serializer>(v: &Option<T>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => v.serialize(s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<T>, D::Error> {
        T::deserialize(d).map(Some)
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

    /// A time of day that may be absent: written `"HH:MM"` when there, left out when not.
    pub mod optional {
        use chrono::NaiveTime;
        use serde::{Deserializer, Serializer};

        pub fn serialize<S: Serializer>(t: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
            match t {
                Some(t) => super::serialize(t, s),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveTime>, D::Error> {
            super::deserialize(d).map(Some)
        }
    }
}
