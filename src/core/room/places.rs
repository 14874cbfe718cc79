//! Positions in a moving record: a card's place in a column, a column's on the board, a
//! session's in a day. An op that names one was built on a copy of the record (its base); the
//! host applies it as it is when nothing was reordered there since, which is its rebase (what
//! other writers added at the end, or changed elsewhere, leaves the place meaning what it
//! meant), and refuses it with a message otherwise.

use std::collections::BTreeMap;

use crate::core::op::Op;
use crate::core::record::{Id, Record};

/// A list whose order ops name by index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Place {
    /// A board column's cards: a strategy's, or Unsorted's (None).
    Column(Option<Id>),
    /// The board's strategies.
    Board,
    /// A day's sessions.
    Day(usize),
}

/// The order of every place, as it stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Layout(BTreeMap<Place, Vec<Key>>);

/// What a place orders: cards and columns by id, sessions by theirs.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Key {
    Id(Id),
    Session(String),
}

impl Layout {
    /// The places of `record`.
    pub(super) fn of(record: &Record) -> Layout {
        let ids = |ids: &[Id]| ids.iter().copied().map(Key::Id).collect::<Vec<_>>();
        let mut places = BTreeMap::new();
        places.insert(Place::Column(None), ids(&record.unsorted));
        for s in &record.strategies {
            places.insert(Place::Column(Some(s.id)), ids(&s.actions));
        }
        let board = record.strategies.iter().map(|s| Key::Id(s.id)).collect();
        places.insert(Place::Board, board);
        for (d, day) in record.plan.days.iter().enumerate() {
            let sessions = day.sessions.iter();
            let sessions = sessions.map(|s| Key::Session(s.id.clone())).collect();
            places.insert(Place::Day(d), sessions);
        }
        Layout(places)
    }
}

/// When each place was last reordered (anything but additions at its end).
#[derive(Clone, Debug)]
pub(super) struct Moved {
    /// Before this sequence number nothing is known: the host started here.
    known_from: u64,
    last: BTreeMap<Place, u64>,
}

impl Moved {
    /// Nothing known before `seq`.
    pub(super) fn since(seq: u64) -> Moved {
        Moved {
            known_from: seq,
            last: BTreeMap::new(),
        }
    }

    /// Notes the places change `seq` reordered, from the layout before and after it: a place
    /// gone, new, or holding anything but what it held followed by additions.
    pub(super) fn note(&mut self, before: &Layout, after: &Layout, seq: u64) {
        for (place, was) in &before.0 {
            let now = after.0.get(place);
            if now.is_none_or(|now| !now.starts_with(was)) {
                self.last.insert(*place, seq);
            }
        }
        for place in after.0.keys() {
            if !before.0.contains_key(place) {
                self.last.insert(*place, seq);
            }
        }
    }

    /// Refuses an op built on `base` that names a place reordered since.
    pub(super) fn fits(&self, op: &Op, record: &Record, base: u64) -> Result<(), String> {
        let mut named = Vec::new();
        names(op, &mut named);
        for place in named {
            if base < self.known_from {
                return Err(format!(
                    "the host started again after change {base} you built this on, and {} may have changed since; nothing was moved — look again and move it again",
                    words(place, record)
                ));
            }
            if let Some(&seq) = self.last.get(&place).filter(|&&seq| seq > base) {
                return Err(format!(
                    "{} changed (change {seq}) since you looked at change {base}; nothing was moved — look again and move it again",
                    capitalised(&words(place, record))
                ));
            }
        }
        Ok(())
    }
}

/// The places an op names by index.
fn names(op: &Op, out: &mut Vec<Place>) {
    match op {
        Op::MoveAction { strategy, .. } | Op::RestoreAction { strategy, .. } => {
            out.push(Place::Column(*strategy));
        }
        Op::AddStrategy { .. } | Op::MoveStrategy { .. } | Op::RestoreStrategy { .. } => {
            out.push(Place::Board);
        }
        Op::AddSession { day, .. } | Op::MoveSession { day, .. } => out.push(Place::Day(*day)),
        Op::Batch(ops) => ops.iter().for_each(|op| names(op, out)),
        _ => {}
    }
}

/// A place in words.
fn words(place: Place, record: &Record) -> String {
    match place {
        Place::Column(None) => "the Unsorted column".to_owned(),
        Place::Column(Some(id)) => match record.strategy(id) {
            Some(s) => format!("the column “{}”", s.name),
            None => format!("strategy {id}'s column"),
        },
        Place::Board => "the order of the board's columns".to_owned(),
        Place::Day(d) => format!("the sessions of day {}", d + 1),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
