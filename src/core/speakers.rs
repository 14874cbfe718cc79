//! The speaker queue ("the stack"): hands raised, who has the floor, and every turn taken,
//! so speaking time per person, organisation, region and gender can be shown to the room.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::agenda::Agenda;

/// The queue and the record of turns.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Speakers")]
pub struct Speakers {
    /// Raised hands, in the order they went up: participant ids, or names as typed.
    #[serde(rename = "queue")]
    pub queue: Vec<String>,
    /// Who has the floor and since when.
    #[serde(rename = "floor")]
    pub floor: Option<(String, NaiveDateTime)>,
    /// Every turn that ended, in order.
    #[serde(rename = "turns")]
    pub turns: Vec<Turn>,
    /// Progressive ordering: those who have spoken least go first.
    #[serde(rename = "progressive")]
    pub progressive: bool,
}

/// One turn at speaking.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Turn")]
pub struct Turn {
    /// Who spoke.
    #[serde(rename = "speaker")]
    pub speaker: String,
    /// The session it was in.
    #[serde(rename = "session")]
    pub session: String,
    /// When they started.
    #[serde(rename = "start")]
    pub start: NaiveDateTime,
    /// When they stopped.
    #[serde(rename = "end")]
    pub end: NaiveDateTime,
}

impl Speakers {
    /// Seconds each speaker has spoken, counting the turn under way up to `now`.
    pub fn seconds_by_speaker(&self, now: NaiveDateTime) -> BTreeMap<String, i64> {
        let mut totals: BTreeMap<String, i64> = BTreeMap::new();
        for turn in &self.turns {
            let total = totals.entry(turn.speaker.clone()).or_default();
            *total = total.saturating_add((turn.end - turn.start).num_seconds().max(0));
        }
        if let Some((speaker, since)) = &self.floor {
            let total = totals.entry(speaker.clone()).or_default();
            *total = total.saturating_add((now - *since).num_seconds().max(0));
        }
        totals
    }

    /// Who speaks next: the first hand raised, or under progressive ordering the hand of
    /// whoever has spoken least (the first raised among equals).
    pub fn next_up(&self, now: NaiveDateTime) -> Option<&String> {
        self.in_order(now).into_iter().next()
    }

    /// The raised hands in the order they will speak: as they went up, or under progressive
    /// ordering by least time spoken so far (the first raised among equals), so the queue
    /// shown is the queue followed.
    pub fn in_order(&self, now: NaiveDateTime) -> Vec<&String> {
        let mut order: Vec<(usize, &String)> = self.queue.iter().enumerate().collect();
        if self.progressive {
            let spoken = self.seconds_by_speaker(now);
            order.sort_by_key(|(i, s)| (spoken.get(*s).copied().unwrap_or(0), *i));
        }
        order.into_iter().map(|(_, s)| s).collect()
    }
}

/// How speaking time is grouped in the chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Grouping {
    /// One bar a person.
    Person,
    /// One bar an organisation.
    Organisation,
    /// One bar a region.
    Region,
    /// One bar a gender, where participants gave it.
    Gender,
}

impl Grouping {
    /// Every grouping, in the order the chart cycles through them.
    pub const ALL: [Grouping; 4] = [
        Grouping::Person,
        Grouping::Organisation,
        Grouping::Region,
        Grouping::Gender,
    ];

    /// What the grouping is called.
    pub fn label(self) -> &'static str {
        match self {
            Grouping::Person => "person",
            Grouping::Organisation => "organisation",
            Grouping::Region => "region",
            Grouping::Gender => "gender",
        }
    }
}

/// The group of speakers not on the list, or without the field a chart groups by.
pub const NOT_GIVEN: &str = "not given";

/// Seconds spoken per group, largest first; speakers not on the list, or without the field,
/// count under [`NOT_GIVEN`]. One who represents several organisations speaks for each of
/// them, so their time counts under each.
pub fn speaking_time(
    speakers: &Speakers,
    agenda: &Agenda,
    grouping: Grouping,
    now: NaiveDateTime,
) -> Vec<(String, i64)> {
    let mut totals: BTreeMap<String, i64> = BTreeMap::new();
    for (speaker, seconds) in speakers.seconds_by_speaker(now) {
        let person = agenda.participant(&speaker);
        let given = |field: Option<&str>| {
            field
                .filter(|f| !f.trim().is_empty())
                .map_or_else(|| NOT_GIVEN.to_owned(), str::to_owned)
        };
        let keys = match grouping {
            Grouping::Person => vec![super::labels::person(agenda, &speaker).to_owned()],
            Grouping::Organisation => match person.map(|p| p.represents()) {
                Some(all) if !all.is_empty() => all.into_iter().map(str::to_owned).collect(),
                _ => vec![given(None)],
            },
            Grouping::Region => vec![given(person.map(|p| p.region.as_str()))],
            Grouping::Gender => vec![given(person.and_then(|p| p.gender.as_deref()))],
        };
        for key in keys {
            *totals.entry(key).or_default() += seconds;
        }
    }
    let mut rows: Vec<(String, i64)> = totals.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows
}
