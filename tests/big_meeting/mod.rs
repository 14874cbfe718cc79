//! A big meeting built through the core commands, the way its note-takers would fill it:
//! resolutions captured with `resolution:`, an election among them, and actions added as
//! cards to three strategies and to Unsorted. For the QR tests: more outcomes than the codes
//! hold at full detail.

#![allow(dead_code)] // each test crate uses a different part of this module

use plenary::core::commands::{self, Draft};
use plenary::core::op::{Op, apply};
use plenary::core::record::{NoteKind, Record};

use super::common::{at, small_agenda};

/// The wording of resolution `i` (from 1): the first is an election, the others motions
/// named by number, short enough for 30 of them to fit the codes.
pub fn resolution_text(i: usize) -> String {
    if i == 1 {
        "Elect Lucía Quispe and Sipho Dube to the board".to_owned()
    } else {
        format!("Motion {i}")
    }
}

/// Whether `text` holds resolution `i` as a whole item of the summary.
pub fn holds_resolution(text: &str, i: usize) -> bool {
    text.contains(&format!("- {} (", resolution_text(i)))
}

/// The wording of action `i` (from 1): long, as actions are when typed in the room.
pub fn action_text(i: usize) -> String {
    format!(
        "Share the regional mapping {i} of land grabs with every member organisation and \
         the secretariat"
    )
}

/// The strategies the actions are grouped into.
pub const STRATEGIES: [&str; 3] = ["Inform members", "Capacity-building", "Mobilise"];

/// A meeting of the small agenda with `resolutions` resolutions and `actions` actions (three
/// in four go to the strategies, the rest stay in Unsorted as next steps): the ops in the
/// order they were made, and the record after them.
pub fn big_meeting(resolutions: usize, actions: usize) -> (Record, Vec<Op>) {
    with_key_points(resolutions, actions, 0)
}

/// The wording of key point `i` (from 1), noted in the action-planning session.
pub fn key_point_text(i: usize) -> String {
    format!("Key point {i}: members hold the data and decide who sees it")
}

/// [`big_meeting`] with `key_points` key points noted in the action-planning session, the
/// session the actions were filed in.
pub fn with_key_points(resolutions: usize, actions: usize, key_points: usize) -> (Record, Vec<Op>) {
    let mut meeting = Meeting {
        record: Record::new(small_agenda()),
        ops: Vec::new(),
    };
    for (i, name) in STRATEGIES.iter().enumerate() {
        let (ops, _) = commands::add_strategy(&meeting.record, name, i).expect("a strategy");
        meeting.apply(ops);
    }
    let strategies: Vec<_> = meeting.record.strategies.iter().map(|s| s.id).collect();
    for i in 1..=actions {
        let column = strategies.get(i % 4).copied();
        let line = format!("{} by 2018-09-{:02}", action_text(i), 1 + i % 28);
        let ops = commands::add_card(&meeting.record, Some("plan"), column, &line).expect("a card");
        meeting.apply(ops);
    }
    for i in 1..=key_points {
        let text = format!("key: {}", key_point_text(i));
        meeting.capture("plan", &text);
    }
    for i in 1..=resolutions {
        meeting.capture("decide", &format!("resolution: {}", resolution_text(i)));
    }
    (meeting.record, meeting.ops)
}

struct Meeting {
    record: Record,
    ops: Vec<Op>,
}

impl Meeting {
    /// Files a line typed in `session`, prefix and all, as the screen would.
    fn capture(&mut self, session: &str, text: &str) {
        let draft = Draft {
            text,
            kind: NoteKind::Note,
            speaker: None,
            item: None,
        };
        let filed = commands::capture(&self.record, Some(session), &draft, at(180))
            .unwrap_or_else(|e| panic!("{text}: {e}"));
        self.apply(filed.ops);
    }

    fn apply(&mut self, ops: Vec<Op>) {
        for op in ops {
            apply(&mut self.record, &op).unwrap_or_else(|e| panic!("{op:?}: {e}"));
            self.ops.push(op);
        }
    }
}
