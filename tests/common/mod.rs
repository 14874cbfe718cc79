//! Shared by the integration tests: the small agenda and a generator of random changes that
//! reach every kind of op, valid and invalid alike.

#![allow(dead_code)] // each test crate uses a different part of this module

pub mod pages;
pub mod programs;
pub mod pty;
pub mod screen;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use plenary::core::agenda::{Agenda, Session, SessionKind};
use plenary::core::history::{Change, Live};
use plenary::core::op::Op;
use plenary::core::record::{
    Action, ActionProgress, ActionStatus, Count, Decision, Id, Method, Note, NoteKind, Proposal,
    Record, Resolution, ResolutionStatus, RunState, Sense,
};
use plenary::store::agenda_file::parse_agenda;

/// The text of tests/fixtures/small.ron.
pub const SMALL: &str = include_str!("../fixtures/small.ron");

/// The small agenda, parsed.
pub fn small_agenda() -> Agenda {
    parse_agenda("small.ron", SMALL.as_bytes())
        .expect("the fixture agenda is valid")
        .0
}

/// A fresh live record of the small agenda.
pub fn small_live() -> Live {
    Live::new(Record::new(small_agenda()))
}

/// A moment of the meeting, `minute` minutes after its first morning.
pub fn at(minute: i64) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2018, 7, 23)
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .expect("a valid date")
        + TimeDelta::minutes(minute)
}

/// A plain note in the opening session, `minute` minutes in, with the next free id.
pub fn new_note(live: &Live, text: &str, minute: i64) -> Change {
    Change::Do(Op::AddNote(Note {
        id: live.record.fresh_id(),
        session: "open".into(),
        kind: NoteKind::Note,
        text: text.into(),
        speaker: None,
        at: at(minute),
        item: None,
    }))
}

/// Random numbers that pick one change; `kind` chooses the op and `a`, `b`, `c` its targets.
#[derive(Clone, Copy, Debug)]
pub struct Pick {
    pub kind: u8,
    pub a: usize,
    pub b: usize,
    pub c: usize,
}

/// How many kinds of pick there are.
pub const KINDS: u8 = 44;

fn nth<T>(items: &[T], i: usize) -> Option<&T> {
    if items.is_empty() {
        None
    } else {
        items.get(i % items.len())
    }
}

fn session_ids(r: &Record) -> Vec<String> {
    r.plan.sessions().map(|(_, s)| s.id.clone()).collect()
}

fn session(r: &Record, i: usize) -> String {
    nth(&session_ids(r), i)
        .cloned()
        .unwrap_or_else(|| "nope".into())
}

fn note(r: &Record, i: usize) -> Id {
    nth(&r.notes, i).map_or(Id(9999), |n| n.id)
}

fn proposal(r: &Record, i: usize) -> Id {
    nth(&r.proposals, i).map_or(Id(9999), |p| p.id)
}

fn action(r: &Record, i: usize) -> Id {
    nth(&r.actions, i).map_or(Id(9999), |a| a.id)
}

fn strategy(r: &Record, i: usize) -> Option<Id> {
    // One pick in three lands on Unsorted.
    if i.is_multiple_of(3) {
        None
    } else {
        Some(nth(&r.strategies, i).map_or(Id(9999), |s| s.id))
    }
}

fn resolution(r: &Record, i: usize) -> Id {
    nth(&r.resolutions, i).map_or(Id(9999), |x| x.id)
}

const TEXTS: [&str; 6] = [
    "plain words",
    "Siyabonga — ngiyabonga kakhulu",
    "¿Quién lo coordina?",
    "العمل الجماعي",
    "集体行动 🌍",
    "line one\nline two",
];

/// The change a pick makes on the record as it stands at minute `minute`.
pub fn change_for(live: &Live, p: Pick, minute: i64) -> Change {
    let r = &live.record;
    let now = at(minute);
    let text = TEXTS[p.c % TEXTS.len()].to_owned();
    let fresh = r.fresh_id();
    let op = match p.kind % KINDS {
        0 => Op::SetCurrent {
            session: (!p.b.is_multiple_of(4)).then(|| session(r, p.a)),
        },
        1 => Op::StartSession {
            session: session(r, p.a),
            at: now,
        },
        2 => Op::PauseSession {
            session: session(r, p.a),
            at: now,
        },
        3 => Op::EndSession {
            session: session(r, p.a),
            at: now,
        },
        4 => Op::SkipSession {
            session: session(r, p.a),
        },
        5 => Op::AddSession {
            day: p.a % 3,
            index: p.b % 6,
            session: Session {
                id: format!("extra{}", p.c % 5),
                title: text,
                kind: SessionKind::Discussion,
                also: Vec::new(),
                start: Some(NaiveTime::from_hms_opt(13, 0, 0).expect("valid time")),
                minutes: Some((p.c % 3) as u32 * 20),
                description: String::new(),
                leads: Vec::new(),
                proposals: Vec::new(),
                criteria: Vec::new(),
                items: Vec::new(),
                roles: Vec::new(),
                // Some are working groups, so random changes meet parallel tracks too.
                track: [None, Some("Land".to_owned()), Some("Water".to_owned())]
                    .into_iter()
                    .nth(p.b % 3)
                    .flatten(),
                room: None,
            },
        },
        6 => Op::RemoveSession {
            session: session(r, p.a),
        },
        7 => Op::MoveSession {
            session: session(r, p.a),
            day: p.b % 3,
            index: p.c % 6,
            start: Some(NaiveTime::from_hms_opt((8 + p.c % 10) as u32, 0, 0).expect("valid time")),
        },
        8 => Op::SetSessionMinutes {
            session: session(r, p.a),
            minutes: Some((p.c % 150) as u32),
        },
        9 => Op::SplitSession {
            session: session(r, p.a),
            id: format!("part{}", p.b % 5),
            title: "Second part".into(),
            minutes: (p.c % 100) as u32,
        },
        10 => Op::AddNote(Note {
            id: fresh,
            session: session(r, p.a),
            kind: [
                NoteKind::Note,
                NoteKind::KeyPoint,
                NoteKind::Question,
                NoteKind::Quote,
            ][p.b % 4],
            text,
            speaker: (p.b.is_multiple_of(2)).then(|| "ana".to_owned()),
            at: now,
            item: None,
        }),
        11 => Op::EditNote {
            id: note(r, p.a),
            kind: NoteKind::KeyPoint,
            text,
            speaker: None,
        },
        12 => Op::DeleteNote { id: note(r, p.a) },
        13 => Op::AddProposal(Proposal {
            id: fresh,
            key: None,
            title: text,
            summary: String::new(),
            session: Some(session(r, p.a)),
            presenter: p.b.is_multiple_of(3).then(|| "ana".to_owned()),
            scores: Default::default(),
            dots: 0,
            decision: Decision::Open,
            decided_in: None,
        }),
        14 => Op::Score {
            proposal: proposal(r, p.a),
            criterion: ["impact", "fit", "unknown"][p.b % 3].into(),
            score: (p.c % 8 != 7).then_some((p.c % 8) as u8),
        },
        15 => Op::SetDots {
            proposal: proposal(r, p.a),
            dots: (p.c % 40) as u32,
        },
        16 => Op::Decide {
            proposal: proposal(r, p.a),
            decision: match p.b % 4 {
                0 => Decision::Open,
                1 => Decision::Selected,
                2 => Decision::MergedInto(proposal(r, p.c)),
                _ => Decision::Parked("continues as existing work".into()),
            },
            session: (p.c.is_multiple_of(3)).then(|| session(r, p.b)),
        },
        17 => Op::AddAction {
            action: Action {
                id: fresh,
                text,
                owner: (p.c.is_multiple_of(2)).then(|| "Lucia".to_owned()),
                due: NaiveDate::from_ymd_opt(2018, 8, 10),
                session: session(r, p.a),
                item: None,
                progress: Default::default(),
            },
            strategy: strategy(r, p.b),
        },
        18 => Op::EditAction {
            id: action(r, p.a),
            text,
            owner: None,
            due: None,
        },
        19 => Op::DeleteAction { id: action(r, p.a) },
        20 => Op::MoveAction {
            id: action(r, p.a),
            strategy: strategy(r, p.b),
            index: p.c % 4,
        },
        21 => Op::AddStrategy {
            id: fresh,
            name: text,
            index: p.b % 4,
        },
        22 => Op::RenameStrategy {
            id: strategy(r, p.a + 1).unwrap_or(Id(9999)),
            name: text,
        },
        23 => Op::MoveStrategy {
            id: strategy(r, p.a + 1).unwrap_or(Id(9999)),
            index: p.b % 4,
        },
        24 => Op::MergeStrategies {
            from: strategy(r, p.a + 1).unwrap_or(Id(9999)),
            into: strategy(r, p.b + 1).unwrap_or(Id(9999)),
        },
        25 => Op::DeleteStrategy {
            id: strategy(r, p.a + 1).unwrap_or(Id(9999)),
        },
        26 => Op::AddResolution(Resolution {
            id: fresh,
            session: session(r, p.a),
            text,
            method: match p.b % 6 {
                0 => Method::Consensus,
                1 => Method::Vote {
                    for_: Some(Count::Exact(20)),
                    against: Some(Count::Exact(3)),
                    abstain: Some(Count::Exact(2)),
                },
                2 => Method::Vote {
                    for_: Some(Count::Over { over: 100 }),
                    against: Some(Count::About { about: 12 }),
                    abstain: Some(Count::Exact(2)),
                },
                3 => Method::SenseOfRoom(Sense::NoneOpposed),
                4 => Method::ToBeConfirmed {
                    by: "the board".into(),
                },
                _ => Method::ShowOfHands,
            },
            status: ResolutionStatus::Adopted,
            proposal: (p.c.is_multiple_of(2)).then(|| proposal(r, p.c)),
            actions: nth(&r.actions, p.b).map(|a| vec![a.id]).unwrap_or_default(),
            at: now,
            item: None,
        }),
        27 => match nth(&r.resolutions, p.a) {
            Some(old) => Op::EditResolution(Resolution {
                status: ResolutionStatus::Deferred,
                actions: Vec::new(),
                ..old.clone()
            }),
            None => Op::DeleteResolution {
                id: resolution(r, p.a),
            },
        },
        28 => Op::DeleteResolution {
            id: resolution(r, p.a),
        },
        29 => Op::DeleteProposal {
            id: proposal(r, p.a),
        },
        34 => Op::RaiseHand {
            speaker: ["ana", "ben", "Visitor from Kenya"][p.b % 3].to_owned(),
        },
        35 => Op::LowerHand {
            speaker: ["ana", "ben", "Visitor from Kenya"][p.b % 3].to_owned(),
        },
        36 => Op::NextSpeaker {
            session: session(r, p.a),
            at: now,
        },
        37 => Op::EndTurn {
            session: session(r, p.a),
            at: now,
        },
        38 => Op::SetProgressive(p.b.is_multiple_of(2)),
        39 => Op::SetSessionKind {
            session: session(r, p.a),
            kind: [
                SessionKind::Talk,
                SessionKind::Break,
                SessionKind::Discussion,
            ][p.b % 3],
        },
        40 => Op::SetSessionLeads {
            session: session(r, p.a),
            leads: [
                &[][..],
                &["ana"],
                &["ben", "ana"],
                &["nobody"],
                &["ana", "ana"],
            ][p.b % 5]
                .iter()
                .map(|l| (*l).to_owned())
                .collect(),
        },
        41 => Op::MoveToSession {
            id: match p.b % 4 {
                0 => note(r, p.a),
                1 => action(r, p.a),
                2 => resolution(r, p.a),
                _ => proposal(r, p.a),
            },
            session: (!p.c.is_multiple_of(5)).then(|| session(r, p.c)),
            item: None,
        },
        42 => Op::SetActionProgress {
            id: action(r, p.a),
            progress: ActionProgress {
                status: ActionStatus::ALL[p.b % 4],
                since: (!p.c.is_multiple_of(4)).then(|| now.date()),
            },
        },
        // Held times typed after the fact, as the screen's C key gives them.
        43 => {
            let from = now - TimeDelta::minutes((p.b % 90) as i64);
            let hm = |t: NaiveDateTime| t.format("%H:%M").to_string();
            let answer = match p.c % 3 {
                0 => hm(from),
                _ => format!("{}-{}", hm(from), hm(now)),
            };
            let session = session(r, p.a);
            match plenary::core::commands::set_held_times(r, &session, &answer, now) {
                Ok(mut ops) if ops.len() == 1 => ops.remove(0),
                _ => Op::SkipSession { session },
            }
        }
        30 | 31 => return Change::Undo,
        32 => return Change::Redo,
        _ => Op::Batch(vec![
            Op::AddStrategy {
                id: fresh,
                name: "Mobilising communities".into(),
                index: 0,
            },
            Op::MoveAction {
                id: action(r, p.a),
                strategy: Some(fresh),
                index: 0,
            },
        ]),
    };
    Change::Do(op)
}

/// Checks what must hold of every record, whatever changes it went through.
pub fn assert_invariants(r: &Record) {
    let sessions = session_ids(r);
    let mut unique = sessions.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), sessions.len(), "session ids are unique");
    let known = |s: &str| sessions.iter().any(|x| x == s);

    // One session runs at a time, but for groups of parallel tracks running beside each other.
    assert_eq!(
        r.running_apart(),
        None,
        "two sessions run that may not run together"
    );
    for (id, run) in &r.runs {
        assert!(known(id), "runs belong to sessions of the plan");
        assert_eq!(run.resumed.is_some(), run.state == RunState::Running);
        assert!(run.active_secs >= 0);
    }
    if let Some(c) = &r.current {
        assert!(known(c), "the current session is in the plan");
    }

    let ids: Vec<u64> = r
        .notes
        .iter()
        .map(|n| n.id.0)
        .chain(r.proposals.iter().map(|p| p.id.0))
        .chain(r.actions.iter().map(|a| a.id.0))
        .chain(r.strategies.iter().map(|s| s.id.0))
        .chain(r.resolutions.iter().map(|x| x.id.0))
        .collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), ids.len(), "ids are unique across the record");
    assert!(
        ids.iter().all(|&i| i < r.next_id),
        "next_id is past every id"
    );

    for n in &r.notes {
        assert!(known(&n.session), "notes belong to sessions of the plan");
    }
    let in_order = |ids: Vec<u64>| ids.windows(2).all(|w| w[0] < w[1]);
    assert!(
        in_order(r.notes.iter().map(|n| n.id.0).collect()),
        "notes in id order"
    );
    assert!(
        in_order(r.proposals.iter().map(|p| p.id.0).collect()),
        "proposals in id order"
    );
    assert!(
        in_order(r.actions.iter().map(|a| a.id.0).collect()),
        "actions in id order"
    );
    assert!(
        in_order(r.resolutions.iter().map(|x| x.id.0).collect()),
        "resolutions in id order"
    );
    for a in &r.actions {
        assert!(known(&a.session), "actions belong to sessions of the plan");
    }
    let mut on_board: Vec<Id> = r
        .unsorted
        .iter()
        .chain(r.strategies.iter().flat_map(|s| s.actions.iter()))
        .copied()
        .collect();
    on_board.sort();
    let mut actions: Vec<Id> = r.actions.iter().map(|a| a.id).collect();
    actions.sort();
    assert_eq!(
        on_board, actions,
        "every action is on the board exactly once"
    );

    for p in &r.proposals {
        if let Decision::MergedInto(into) = p.decision {
            let target = r.proposal(into).expect("merged into an existing proposal");
            assert!(!matches!(target.decision, Decision::MergedInto(_)));
        }
        assert!(p.scores.values().all(|&s| s <= 5));
    }
    let queue = &r.speakers.queue;
    let mut unique_queue = queue.clone();
    unique_queue.sort();
    unique_queue.dedup();
    assert_eq!(unique_queue.len(), queue.len(), "a hand is raised once");
    if let Some((speaker, _)) = &r.speakers.floor {
        assert!(
            !queue.contains(speaker),
            "who has the floor is not also waiting"
        );
    }
    assert!(
        r.speakers
            .turns
            .iter()
            .all(|t| t.end >= t.start && known(&t.session))
    );
    for x in &r.resolutions {
        assert!(known(&x.session));
        assert!(x.proposal.is_none_or(|p| r.proposal(p).is_some()));
        assert!(x.actions.iter().all(|&a| r.action(a).is_some()));
    }
}

/// The record without its id counter: undo takes a change back but never hands its ids out
/// again, so the counter is the one thing an undo leaves moved.
pub fn content(r: &Record) -> Record {
    Record {
        next_id: 0,
        ..r.clone()
    }
}

/// Key events from a key string: characters type themselves; `<Enter>`, `<Esc>`, `<Tab>`,
/// `<S-Tab>`, `<Space>`, `<BS>`, `<Del>`, `<Up>`, `<Down>`, `<Left>`, `<Right>`, `<lt>` (a
/// literal `<`), and `<C-x>` / `<A-Enter>` with Ctrl and Alt.
pub fn keys(script: &str) -> Vec<ratatui::crossterm::event::Event> {
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let mut events = Vec::new();
    let mut rest = script;
    while let Some(c) = rest.chars().next() {
        let (code, modifiers, len) = if c == '<'
            && let Some(end) = rest.find('>')
        {
            let name = &rest[1..end];
            let (modifiers, name) = match name.split_once('-') {
                Some(("C", n)) if !n.is_empty() => (KeyModifiers::CONTROL, n),
                Some(("A", n)) if !n.is_empty() => (KeyModifiers::ALT, n),
                Some(("S", n)) if !n.is_empty() => (KeyModifiers::SHIFT, n),
                _ => (KeyModifiers::NONE, name),
            };
            let code = match name {
                "Enter" => KeyCode::Enter,
                "Esc" => KeyCode::Esc,
                "Tab" if modifiers == KeyModifiers::SHIFT => KeyCode::BackTab,
                "Tab" => KeyCode::Tab,
                "Space" => KeyCode::Char(' '),
                "BS" => KeyCode::Backspace,
                "Del" => KeyCode::Delete,
                "Up" => KeyCode::Up,
                "Down" => KeyCode::Down,
                "Left" => KeyCode::Left,
                "Right" => KeyCode::Right,
                "lt" => KeyCode::Char('<'),
                one if one.chars().count() == 1 => KeyCode::Char(one.chars().next().unwrap_or(' ')),
                other => panic!("unknown key <{other}>"),
            };
            (code, modifiers, end + 1)
        } else {
            (KeyCode::Char(c), KeyModifiers::NONE, c.len_utf8())
        };
        events.push(Event::Key(KeyEvent::new(code, modifiers)));
        rest = &rest[len..];
    }
    events
}

/// The record of `agenda` after `ops`, each applied as a change of its own; a refused op fails
/// the test with why.
pub fn record_after(agenda: Agenda, ops: Vec<Op>) -> Record {
    let mut live = Live::new(Record::new(agenda));
    for op in ops {
        live.apply(&Change::Do(op.clone()))
            .unwrap_or_else(|e| panic!("{op:?} was refused: {e}"));
    }
    live.record
}

/// The op that starts `session` at `at`.
pub fn start(session: &str, at: NaiveDateTime) -> Op {
    Op::StartSession {
        session: session.into(),
        at,
    }
}

/// The op that ends `session` at `at`.
pub fn end(session: &str, at: NaiveDateTime) -> Op {
    Op::EndSession {
        session: session.into(),
        at,
    }
}
