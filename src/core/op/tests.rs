//! Table tests of each domain's ops: what each refuses (with the message the room sees) and
//! what each does, with its undo taking the record back exactly.

// A table is one row a case, read top to bottom; splitting one to fit 120 lines would only
// scatter its rows.
#![allow(clippy::too_many_lines)]

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::{Op, apply};
use crate::core::agenda::{Session, SessionKind};
use crate::core::record::{
    Action, Decision, Id, Method, Note, NoteKind, Proposal, Record, Resolution, ResolutionStatus,
    RunState, SessionRun, Strategy,
};
use crate::core::speakers::Turn;
use crate::store::agenda_file::parse_agenda;

const SMALL: &str = include_str!("../../../tests/fixtures/small.ron");

/// The record of the small agenda: sessions open, props, lunch, decide (day 1), plan, close
/// (day 2); criteria impact and fit; proposals #1 and #2; the next id is 3.
fn small() -> Record {
    match parse_agenda("small.ron", SMALL.as_bytes()) {
        Ok((agenda, _)) => Record::new(agenda),
        Err(e) => panic!("the small agenda checks: {e}"),
    }
}

fn after(setup: &[Op]) -> Record {
    let mut record = small();
    for op in setup {
        if let Err(e) = apply(&mut record, op) {
            panic!("setup {op:?} was refused: {e}");
        }
    }
    record
}

/// Checks that `op` is refused after `setup` with message `why`, and changes nothing.
fn refuses(setup: &[Op], op: &Op, why: &str) {
    let mut record = after(setup);
    let before = record.clone();
    match apply(&mut record, op) {
        Ok(_) => panic!("{op:?} was accepted; expected: {why}"),
        Err(e) => assert_eq!(e.to_string(), why, "{op:?}"),
    }
    assert_eq!(record, before, "{op:?} was refused but left a trace");
}

/// Applies `op` after `setup`, checks that its inverse takes the record back exactly (the id
/// counter aside: it never goes back), and returns the record as the op left it.
fn accepts(setup: &[Op], op: &Op) -> Record {
    let mut record = after(setup);
    let before = record.clone();
    let inverse = apply(&mut record, op).unwrap_or_else(|e| panic!("{op:?} was refused: {e}"));
    let done = record.clone();
    apply(&mut record, &inverse).unwrap_or_else(|e| panic!("undoing {op:?} was refused: {e}"));
    record.next_id = before.next_id;
    assert_eq!(record, before, "undoing {op:?}");
    done
}

fn at(minute: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2018, 7, 23)
        .and_then(|d| d.and_hms_opt(9 + minute / 60, minute % 60, 0))
        .unwrap_or_default()
}

fn hhmm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
}

fn s(text: &str) -> String {
    text.to_owned()
}

fn start(session: &str, minute: u32) -> Op {
    Op::StartSession {
        session: s(session),
        at: at(minute),
    }
}

fn pause(session: &str, minute: u32) -> Op {
    Op::PauseSession {
        session: s(session),
        at: at(minute),
    }
}

fn end(session: &str, minute: u32) -> Op {
    Op::EndSession {
        session: s(session),
        at: at(minute),
    }
}

fn note(id: u64, session: &str) -> Note {
    Note {
        id: Id(id),
        session: s(session),
        kind: NoteKind::Note,
        text: s("said"),
        speaker: None,
        at: at(1),
        item: None,
    }
}

fn add_note(id: u64, session: &str) -> Op {
    Op::AddNote(note(id, session))
}

fn action(id: u64) -> Action {
    Action {
        id: Id(id),
        text: format!("action {id}"),
        owner: None,
        due: None,
        session: s("plan"),
        item: None,
        progress: Default::default(),
    }
}

fn add_action(id: u64, strategy: Option<u64>) -> Op {
    Op::AddAction {
        action: action(id),
        strategy: strategy.map(Id),
    }
}

fn add_strategy(id: u64, index: usize) -> Op {
    Op::AddStrategy {
        id: Id(id),
        name: format!("strategy {id}"),
        index,
    }
}

fn proposal(id: u64) -> Proposal {
    Proposal {
        id: Id(id),
        key: None,
        title: format!("proposal {id}"),
        summary: String::new(),
        session: Some(s("props")),
        presenter: None,
        scores: Default::default(),
        dots: 0,
        decision: Decision::Open,
        decided_in: None,
    }
}

fn merge(proposal: u64, into: u64) -> Op {
    Op::Decide {
        proposal: Id(proposal),
        decision: Decision::MergedInto(Id(into)),
        session: None,
    }
}

fn resolution(id: u64) -> Resolution {
    Resolution {
        id: Id(id),
        session: s("decide"),
        text: s("resolved"),
        method: Method::Consensus,
        status: ResolutionStatus::Adopted,
        proposal: None,
        actions: Vec::new(),
        at: at(200),
        item: None,
    }
}

fn session(id: &str, minutes: u32) -> Session {
    Session {
        id: s(id),
        title: format!("session {id}"),
        kind: SessionKind::Discussion,
        also: Vec::new(),
        start: Some(hhmm(13, 0)),
        minutes: Some(minutes),
        description: String::new(),
        leads: Vec::new(),
        proposals: Vec::new(),
        criteria: Vec::new(),
        items: Vec::new(),
        roles: Vec::new(),
        track: None,
        room: None,
    }
}

fn hand(speaker: &str) -> Op {
    Op::RaiseHand {
        speaker: s(speaker),
    }
}

fn next(minute: u32) -> Op {
    Op::NextSpeaker {
        session: s("open"),
        at: at(minute),
    }
}

fn ids(items: &[Id]) -> Vec<u64> {
    items.iter().map(|i| i.0).collect()
}

fn titles(record: &Record, day: usize) -> Vec<&str> {
    record.plan.days[day]
        .sessions
        .iter()
        .map(|s| s.id.as_str())
        .collect()
}

#[test]
fn session_ops_refuse() {
    let running = [start("open", 0)];
    let cases: Vec<(Vec<Op>, Op, &str)> = vec![
        (vec![], start("nope", 0), "there is no session `nope`"),
        (
            running.to_vec(),
            start("props", 1),
            "session `open` is running; pause or end it before starting `props`",
        ),
        (
            running.to_vec(),
            start("open", 1),
            "session `open` is running",
        ),
        (vec![], pause("open", 0), "session `open` is pending"),
        (vec![], end("open", 0), "session `open` is pending"),
        (
            running.to_vec(),
            Op::SkipSession { session: s("open") },
            "session `open` is running",
        ),
        (
            running.to_vec(),
            Op::RestoreRun {
                session: s("props"),
                run: Some(SessionRun {
                    state: RunState::Running,
                    ..SessionRun::default()
                }),
            },
            "session `open` is running",
        ),
        (
            vec![],
            Op::RestoreRun {
                session: s("nope"),
                run: None,
            },
            "there is no session `nope`",
        ),
        (
            vec![],
            Op::SetCurrent {
                session: Some(s("nope")),
            },
            "there is no session `nope`",
        ),
        (
            vec![],
            Op::AddSession {
                day: 0,
                index: 0,
                session: session("open", 10),
            },
            "a session `open` already exists",
        ),
        (
            vec![],
            Op::AddSession {
                day: 0,
                index: 0,
                session: session(" ", 10),
            },
            "a session needs an id and a title",
        ),
        (
            vec![],
            Op::AddSession {
                day: 0,
                index: 0,
                session: Session {
                    title: s(" "),
                    ..session("new", 10)
                },
            },
            "a session needs an id and a title",
        ),
        (
            vec![],
            Op::AddSession {
                day: 0,
                index: 0,
                session: session("new", 0),
            },
            "a session lasts at least one minute",
        ),
        (
            vec![],
            Op::AddSession {
                day: 2,
                index: 0,
                session: session("new", 10),
            },
            "there is no day 3",
        ),
        (
            vec![],
            Op::AddSession {
                day: 1,
                index: 3,
                session: session("new", 10),
            },
            "that place is past the end of the day",
        ),
        (
            vec![],
            Op::RemoveSession { session: s("nope") },
            "there is no session `nope`",
        ),
        (
            running.to_vec(),
            Op::RemoveSession { session: s("open") },
            "session `open` has run; skip it instead of removing it",
        ),
        (
            vec![Op::SkipSession {
                session: s("close"),
            }],
            Op::RemoveSession {
                session: s("close"),
            },
            "session `close` has run; skip it instead of removing it",
        ),
        (
            vec![add_note(3, "lunch")],
            Op::RemoveSession {
                session: s("lunch"),
            },
            "session `lunch` holds captures; skip it instead of removing it",
        ),
        (
            vec![add_action(3, None)],
            Op::RemoveSession { session: s("plan") },
            "session `plan` holds captures; skip it instead of removing it",
        ),
        (
            vec![Op::AddResolution(resolution(3))],
            Op::RemoveSession {
                session: s("decide"),
            },
            "session `decide` holds captures; skip it instead of removing it",
        ),
        (
            vec![Op::AddProposal(proposal(3))],
            Op::RemoveSession {
                session: s("props"),
            },
            "session `props` holds captures; skip it instead of removing it",
        ),
        (
            vec![
                hand("ana"),
                next(1),
                Op::EndTurn {
                    session: s("open"),
                    at: at(2),
                },
            ],
            Op::RemoveSession { session: s("open") },
            "session `open` holds captures; skip it instead of removing it",
        ),
        (
            vec![],
            Op::MoveSession {
                session: s("open"),
                day: 2,
                index: 0,
                start: Some(hhmm(9, 0)),
            },
            "there is no day 3",
        ),
        (
            vec![],
            Op::MoveSession {
                session: s("open"),
                day: 0,
                index: 4,
                start: Some(hhmm(9, 0)),
            },
            "that place is past the end of the day",
        ),
        (
            vec![],
            Op::MoveSession {
                session: s("open"),
                day: 1,
                index: 3,
                start: Some(hhmm(9, 0)),
            },
            "that place is past the end of the day",
        ),
        (
            vec![],
            Op::MoveSession {
                session: s("nope"),
                day: 0,
                index: 0,
                start: Some(hhmm(9, 0)),
            },
            "there is no session `nope`",
        ),
        (
            vec![],
            Op::SetSessionMinutes {
                session: s("open"),
                minutes: Some(0),
            },
            "a session lasts at least one minute",
        ),
        (
            vec![],
            Op::SetSessionMinutes {
                session: s("nope"),
                minutes: Some(5),
            },
            "there is no session `nope`",
        ),
        (
            vec![],
            Op::RenameSession {
                session: s("open"),
                title: s("  "),
            },
            "a session needs a title",
        ),
        (
            vec![],
            Op::RenameSession {
                session: s("nope"),
                title: s("New"),
            },
            "there is no session `nope`",
        ),
        (
            vec![],
            Op::SplitSession {
                session: s("open"),
                id: s("open-2"),
                title: s("More"),
                minutes: 30,
            },
            "the part split off must be shorter than the session's 30 minutes",
        ),
        (
            vec![],
            Op::SplitSession {
                session: s("open"),
                id: s("open-2"),
                title: s("More"),
                minutes: 0,
            },
            "the part split off must be shorter than the session's 30 minutes",
        ),
        (
            vec![],
            Op::SplitSession {
                session: s("open"),
                id: s("props"),
                title: s("More"),
                minutes: 10,
            },
            "a session `props` already exists",
        ),
        (
            vec![],
            Op::SplitSession {
                session: s("nope"),
                id: s("x"),
                title: s("More"),
                minutes: 10,
            },
            "there is no session `nope`",
        ),
    ];
    for (setup, op, why) in &cases {
        refuses(setup, op, why);
    }
}

#[test]
fn session_runs_keep_time() {
    let started = accepts(&[], &start("open", 2));
    let run = started.run("open");
    assert_eq!(run.state, RunState::Running);
    assert_eq!((run.started, run.resumed), (Some(at(2)), Some(at(2))));

    let paused = accepts(&[start("open", 2)], &pause("open", 12));
    let run = paused.run("open");
    assert_eq!(
        (run.state, run.active_secs, run.resumed),
        (RunState::Paused, 600, None)
    );

    // Resuming keeps the first start and the time banked.
    let resumed = accepts(&[start("open", 2), pause("open", 12)], &start("open", 20));
    let run = resumed.run("open");
    assert_eq!(
        (run.started, run.resumed, run.active_secs),
        (Some(at(2)), Some(at(20)), 600)
    );

    let ended = accepts(
        &[start("open", 2), pause("open", 12), start("open", 20)],
        &end("open", 25),
    );
    let run = ended.run("open");
    assert_eq!(run.state, RunState::Done);
    assert_eq!(
        (run.active_secs, run.ended, run.resumed),
        (900, Some(at(25)), None)
    );

    let ended_paused = accepts(&[start("open", 2), pause("open", 12)], &end("open", 30));
    assert_eq!(ended_paused.run("open").active_secs, 600);

    let skipped = accepts(&[], &Op::SkipSession { session: s("open") });
    assert_eq!(skipped.run("open").state, RunState::Skipped);

    // Putting back the run of the session that runs is not a second session running.
    let restored = accepts(
        &[start("open", 2)],
        &Op::RestoreRun {
            session: s("open"),
            run: Some(SessionRun {
                state: RunState::Running,
                ..SessionRun::default()
            }),
        },
    );
    assert_eq!(restored.run("open").started, None);

    let current = accepts(
        &[],
        &Op::SetCurrent {
            session: Some(s("props")),
        },
    );
    assert_eq!(current.current.as_deref(), Some("props"));
}

#[test]
fn the_plan_changes_and_changes_back() {
    let added = accepts(
        &[],
        &Op::AddSession {
            day: 1,
            index: 2,
            session: session("new", 10),
        },
    );
    assert_eq!(titles(&added, 1), ["plan", "close", "new"]);

    let removed = accepts(
        &[],
        &Op::RemoveSession {
            session: s("lunch"),
        },
    );
    assert_eq!(titles(&removed, 0), ["open", "props", "decide"]);
    // Removing the session the facilitator is on moves them off it; undo puts them back.
    let here = [Op::SetCurrent {
        session: Some(s("lunch")),
    }];
    assert_eq!(
        accepts(
            &here,
            &Op::RemoveSession {
                session: s("lunch")
            }
        )
        .current,
        None
    );
    let elsewhere = [Op::SetCurrent {
        session: Some(s("open")),
    }];
    let kept = accepts(
        &elsewhere,
        &Op::RemoveSession {
            session: s("lunch"),
        },
    );
    assert_eq!(kept.current.as_deref(), Some("open"));

    let moved = accepts(
        &[],
        &Op::MoveSession {
            session: s("open"),
            day: 0,
            index: 3,
            start: Some(hhmm(13, 30)),
        },
    );
    assert_eq!(titles(&moved, 0), ["props", "lunch", "decide", "open"]);
    assert_eq!(
        moved.plan.session("open").and_then(|s| s.start),
        Some(hhmm(13, 30))
    );
    let to_day_two = accepts(
        &[],
        &Op::MoveSession {
            session: s("open"),
            day: 1,
            index: 2,
            start: Some(hhmm(13, 0)),
        },
    );
    assert_eq!(titles(&to_day_two, 1), ["plan", "close", "open"]);

    let longer = accepts(
        &[],
        &Op::SetSessionMinutes {
            session: s("open"),
            minutes: Some(45),
        },
    );
    assert_eq!(
        longer.plan.session("open").and_then(|s| s.minutes),
        Some(45)
    );
    let renamed = accepts(
        &[],
        &Op::RenameSession {
            session: s("open"),
            title: s("Welcome"),
        },
    );
    assert_eq!(
        renamed.plan.session("open").map(|s| s.title.as_str()),
        Some("Welcome")
    );

    let split = accepts(
        &[],
        &Op::SplitSession {
            session: s("open"),
            id: s("open-2"),
            title: s("More"),
            minutes: 29,
        },
    );
    assert_eq!(
        titles(&split, 0),
        ["open", "open-2", "props", "lunch", "decide"]
    );
    let part = split
        .plan
        .session("open-2")
        .cloned()
        .unwrap_or_else(|| session("none", 1));
    assert_eq!(
        (part.start, part.minutes, part.kind),
        (Some(hhmm(9, 1)), Some(29), SessionKind::Talk)
    );
    assert_eq!(part.leads, ["ben"]);
    assert_eq!(split.plan.session("open").and_then(|s| s.minutes), Some(1));
}

#[test]
fn note_ops() {
    let max = Note {
        id: Id(u64::MAX),
        ..note(3, "open")
    };
    let cases: Vec<(Vec<Op>, Op, &str)> = vec![
        (vec![], add_note(3, "nope"), "there is no session `nope`"),
        (vec![], add_note(1, "open"), "id #1 is already in use"),
        (vec![], Op::AddNote(max), "no ids are left"),
        (
            vec![],
            Op::RestoreNote {
                note: note(2, "open"),
            },
            "id #2 is already in use",
        ),
        (vec![], Op::DeleteNote { id: Id(9) }, "there is no note #9"),
        (
            vec![],
            Op::EditNote {
                id: Id(9),
                kind: NoteKind::Quote,
                text: s("x"),
                speaker: None,
            },
            "there is no note #9",
        ),
    ];
    for (setup, op, why) in &cases {
        refuses(setup, op, why);
    }
    // A note made by hand with a later id moves the counter past it.
    let ahead = accepts(&[], &add_note(10, "open"));
    assert_eq!(ahead.next_id, 11);
    assert_eq!(
        accepts(&[add_note(10, "open")], &add_note(4, "open")).next_id,
        11
    );
    // Notes stay in id order, whatever order they come in.
    let both = accepts(&[add_note(10, "open")], &add_note(4, "open"));
    assert_eq!(
        both.notes.iter().map(|n| n.id.0).collect::<Vec<_>>(),
        [4, 10]
    );
    let edited = accepts(
        &[add_note(3, "open")],
        &Op::EditNote {
            id: Id(3),
            kind: NoteKind::Quote,
            text: s("new"),
            speaker: Some(s("ana")),
        },
    );
    let n = &edited.notes[0];
    assert_eq!(
        (n.kind, n.text.as_str(), n.speaker.as_deref()),
        (NoteKind::Quote, "new", Some("ana"))
    );
    let deleted = accepts(
        &[add_note(3, "open"), add_note(4, "open")],
        &Op::DeleteNote { id: Id(3) },
    );
    assert_eq!(
        deleted.notes.iter().map(|n| n.id.0).collect::<Vec<_>>(),
        [4]
    );
}

#[test]
fn proposal_ops_refuse() {
    let scored = Proposal {
        scores: [(s("nope"), 1)].into(),
        ..proposal(3)
    };
    let unknown_merge = Proposal {
        decision: Decision::MergedInto(Id(9)),
        ..proposal(3)
    };
    let cases: Vec<(Vec<Op>, Op, &str)> = vec![
        (
            vec![],
            Op::AddProposal(Proposal {
                title: s(" "),
                ..proposal(3)
            }),
            "a proposal needs a title",
        ),
        (
            vec![],
            Op::AddProposal(Proposal {
                session: Some(s("nope")),
                ..proposal(3)
            }),
            "there is no session `nope`",
        ),
        (
            vec![],
            Op::AddProposal(scored),
            "there is no criterion `nope`",
        ),
        (
            vec![],
            Op::AddProposal(unknown_merge),
            "there is no proposal #9",
        ),
        (
            vec![],
            Op::AddProposal(proposal(2)),
            "id #2 is already in use",
        ),
        (
            vec![],
            Op::RestoreProposal {
                proposal: proposal(1),
            },
            "id #1 is already in use",
        ),
        (
            vec![],
            Op::EditProposal {
                id: Id(9),
                title: s("x"),
                summary: s(""),
            },
            "there is no proposal #9",
        ),
        (
            vec![],
            Op::DeleteProposal { id: Id(9) },
            "there is no proposal #9",
        ),
        (
            vec![merge(2, 1)],
            Op::DeleteProposal { id: Id(1) },
            "proposal “Second proposal” is merged into this one; decide it again first",
        ),
        (
            vec![],
            Op::Score {
                proposal: Id(1),
                criterion: s("nope"),
                score: Some(1),
            },
            "there is no criterion `nope`",
        ),
        (
            vec![],
            Op::Score {
                proposal: Id(1),
                criterion: s("fit"),
                score: Some(6),
            },
            "scores run from 0 to 5",
        ),
        (
            vec![],
            Op::Score {
                proposal: Id(9),
                criterion: s("fit"),
                score: Some(5),
            },
            "there is no proposal #9",
        ),
        (
            vec![],
            Op::SetDots {
                proposal: Id(9),
                dots: 1,
            },
            "there is no proposal #9",
        ),
        (
            vec![],
            merge(1, 1),
            "a proposal cannot be merged into itself",
        ),
        (vec![], merge(1, 9), "there is no proposal #9"),
        (
            vec![merge(2, 1)],
            merge(3, 2),
            "proposal “Second proposal” is itself merged; merge into the one it joined",
        ),
        (
            vec![merge(2, 1), Op::AddProposal(proposal(3))],
            merge(1, 3),
            "other proposals are merged into this one; it cannot merge away",
        ),
        (
            vec![],
            Op::Decide {
                proposal: Id(9),
                decision: Decision::Selected,
                session: None,
            },
            "there is no proposal #9",
        ),
        (
            vec![],
            Op::Decide {
                proposal: Id(1),
                decision: Decision::Selected,
                session: Some(s("nope")),
            },
            "there is no session `nope`",
        ),
    ];
    for (setup, op, why) in &cases {
        refuses(setup, op, why);
    }
}

#[test]
fn proposal_ops() {
    let added = accepts(&[], &Op::AddProposal(proposal(3)));
    assert_eq!((added.proposals.len(), added.next_id), (3, 4));
    let edited = accepts(
        &[],
        &Op::EditProposal {
            id: Id(2),
            title: s("T"),
            summary: s("S"),
        },
    );
    let p = &edited.proposals[1];
    assert_eq!((p.title.as_str(), p.summary.as_str()), ("T", "S"));
    let linked = Resolution {
        proposal: Some(Id(2)),
        ..resolution(3)
    };
    let unlinked = accepts(
        &[Op::AddResolution(linked)],
        &Op::DeleteProposal { id: Id(2) },
    );
    assert_eq!(unlinked.proposals.len(), 1);
    assert_eq!(unlinked.resolutions[0].proposal, None);
    let other = Resolution {
        proposal: Some(Id(1)),
        ..resolution(3)
    };
    let kept = accepts(
        &[Op::AddResolution(other)],
        &Op::DeleteProposal { id: Id(2) },
    );
    assert_eq!(kept.resolutions[0].proposal, Some(Id(1)));
    let five = Op::Score {
        proposal: Id(1),
        criterion: s("fit"),
        score: Some(5),
    };
    assert_eq!(accepts(&[], &five).proposals[0].scores.get("fit"), Some(&5));
    let cleared = Op::Score {
        proposal: Id(1),
        criterion: s("fit"),
        score: None,
    };
    assert!(
        accepts(std::slice::from_ref(&five), &cleared).proposals[0]
            .scores
            .is_empty()
    );
    let dots = accepts(
        &[],
        &Op::SetDots {
            proposal: Id(2),
            dots: 4,
        },
    );
    assert_eq!(dots.proposals[1].dots, 4);
    let merged = accepts(&[], &merge(2, 1));
    assert_eq!(merged.proposals[1].decision, Decision::MergedInto(Id(1)));
    // A proposal others are merged into can still be selected or parked.
    let selected = Op::Decide {
        proposal: Id(1),
        decision: Decision::Selected,
        session: None,
    };
    assert_eq!(
        accepts(&[merge(2, 1)], &selected).proposals[0].decision,
        Decision::Selected
    );
    // The session that decided is kept with the decision, and undone with it.
    let in_props = Op::Decide {
        proposal: Id(1),
        decision: Decision::Selected,
        session: Some(s("props")),
    };
    let decided = accepts(&[], &in_props);
    assert_eq!(decided.proposals[0].decided_in.as_deref(), Some("props"));
}

#[test]
fn board_ops_refuse() {
    let board = [
        add_strategy(3, 0),
        add_action(4, Some(3)),
        add_action(5, None),
    ];
    let unknown_card = Strategy {
        id: Id(7),
        name: s("x"),
        actions: vec![Id(9)],
    };
    let cases: Vec<(Vec<Op>, Op, &str)> = vec![
        (vec![], add_action(3, Some(9)), "there is no strategy #9"),
        (
            vec![],
            Op::AddAction {
                action: Action {
                    session: s("nope"),
                    ..action(3)
                },
                strategy: None,
            },
            "there is no session `nope`",
        ),
        (vec![], add_action(1, None), "id #1 is already in use"),
        (
            vec![],
            Op::RestoreAction {
                action: action(3),
                strategy: Some(Id(9)),
                position: 0,
            },
            "there is no strategy #9",
        ),
        (
            vec![],
            Op::EditAction {
                id: Id(9),
                text: s("x"),
                owner: None,
                due: None,
            },
            "there is no action #9",
        ),
        (
            vec![],
            Op::DeleteAction { id: Id(9) },
            "there is no action #9",
        ),
        (
            vec![],
            Op::MoveAction {
                id: Id(9),
                strategy: None,
                index: 0,
            },
            "there is no action #9",
        ),
        (
            board.to_vec(),
            Op::MoveAction {
                id: Id(5),
                strategy: None,
                index: 1,
            },
            "that place is past the end of the column",
        ),
        (
            board.to_vec(),
            Op::MoveAction {
                id: Id(5),
                strategy: Some(Id(3)),
                index: 2,
            },
            "that place is past the end of the column",
        ),
        (
            board.to_vec(),
            Op::MoveAction {
                id: Id(5),
                strategy: Some(Id(9)),
                index: 0,
            },
            "there is no strategy #9",
        ),
        (
            vec![],
            Op::AddStrategy {
                id: Id(3),
                name: s(" "),
                index: 0,
            },
            "a strategy needs a name",
        ),
        (vec![], add_strategy(1, 0), "id #1 is already in use"),
        (
            vec![],
            add_strategy(3, 1),
            "that place is past the end of the board",
        ),
        (
            board.to_vec(),
            Op::RenameStrategy {
                id: Id(3),
                name: s(""),
            },
            "a strategy needs a name",
        ),
        (
            vec![],
            Op::RenameStrategy {
                id: Id(9),
                name: s("x"),
            },
            "there is no strategy #9",
        ),
        (
            board.to_vec(),
            Op::MoveStrategy {
                id: Id(3),
                index: 1,
            },
            "that place is past the end of the board",
        ),
        (
            vec![],
            Op::MoveStrategy {
                id: Id(9),
                index: 0,
            },
            "there is no strategy #9",
        ),
        (
            board.to_vec(),
            Op::MergeStrategies {
                from: Id(3),
                into: Id(3),
            },
            "a strategy cannot be merged into itself",
        ),
        (
            board.to_vec(),
            Op::MergeStrategies {
                from: Id(3),
                into: Id(9),
            },
            "there is no strategy #9",
        ),
        (
            board.to_vec(),
            Op::MergeStrategies {
                from: Id(9),
                into: Id(3),
            },
            "there is no strategy #9",
        ),
        (
            vec![],
            Op::DeleteStrategy { id: Id(9) },
            "there is no strategy #9",
        ),
        (
            vec![],
            Op::RestoreStrategy {
                index: 0,
                strategy: unknown_card,
            },
            "there is no action #9",
        ),
        (
            board.to_vec(),
            Op::RestoreStrategy {
                index: 0,
                strategy: Strategy {
                    id: Id(3),
                    name: s("x"),
                    actions: Vec::new(),
                },
            },
            "id #3 is already in use",
        ),
        (
            vec![],
            Op::RestoreStrategy {
                index: 0,
                strategy: Strategy {
                    id: Id(7),
                    name: s(" "),
                    actions: Vec::new(),
                },
            },
            "a strategy needs a name",
        ),
    ];
    for (setup, op, why) in &cases {
        refuses(setup, op, why);
    }
}

#[test]
fn board_ops() {
    let board = [
        add_strategy(3, 0),
        add_strategy(4, 1),
        add_action(5, Some(3)),
        add_action(6, Some(3)),
        add_action(7, None),
    ];
    let bottom = accepts(&board, &add_action(8, Some(3)));
    assert_eq!(ids(&bottom.strategies[0].actions), [5, 6, 8]);
    let back = Op::RestoreAction {
        action: action(8),
        strategy: Some(Id(3)),
        position: 1,
    };
    assert_eq!(
        ids(&accepts(&board, &back).strategies[0].actions),
        [5, 8, 6]
    );
    let far = Op::RestoreAction {
        action: action(8),
        strategy: None,
        position: 9,
    };
    assert_eq!(ids(&accepts(&board, &far).unsorted), [7, 8]);

    let edited = accepts(
        &board,
        &Op::EditAction {
            id: Id(6),
            text: s("t"),
            owner: Some(s("ana")),
            due: NaiveDate::from_ymd_opt(2018, 8, 1),
        },
    );
    let a = &edited.actions[1];
    assert_eq!((a.text.as_str(), a.owner.as_deref()), ("t", Some("ana")));
    assert_eq!(a.due, NaiveDate::from_ymd_opt(2018, 8, 1));

    let linked = Resolution {
        actions: vec![Id(5), Id(6)],
        ..resolution(9)
    };
    let with = [&board[..], &[Op::AddResolution(linked)]].concat();
    let deleted = accepts(&with, &Op::DeleteAction { id: Id(5) });
    assert_eq!(ids(&deleted.strategies[0].actions), [6]);
    assert_eq!(ids(&deleted.resolutions[0].actions), [6]);
    assert!(deleted.action(Id(5)).is_none());

    let down = accepts(
        &board,
        &Op::MoveAction {
            id: Id(5),
            strategy: Some(Id(3)),
            index: 1,
        },
    );
    assert_eq!(ids(&down.strategies[0].actions), [6, 5]);
    let across = accepts(
        &board,
        &Op::MoveAction {
            id: Id(7),
            strategy: Some(Id(3)),
            index: 2,
        },
    );
    assert_eq!(
        (ids(&across.strategies[0].actions), across.unsorted.len()),
        (vec![5, 6, 7], 0)
    );

    let first = accepts(&board, &add_strategy(9, 0));
    assert_eq!(
        first.strategies.iter().map(|s| s.id.0).collect::<Vec<_>>(),
        [9, 3, 4]
    );
    assert_eq!(first.next_id, 10);
    let renamed = accepts(
        &board,
        &Op::RenameStrategy {
            id: Id(4),
            name: s("New"),
        },
    );
    assert_eq!(renamed.strategies[1].name, "New");
    let swapped = accepts(
        &board,
        &Op::MoveStrategy {
            id: Id(3),
            index: 1,
        },
    );
    assert_eq!(
        swapped
            .strategies
            .iter()
            .map(|s| s.id.0)
            .collect::<Vec<_>>(),
        [4, 3]
    );

    let merged = accepts(
        &board,
        &Op::MergeStrategies {
            from: Id(3),
            into: Id(4),
        },
    );
    assert_eq!(merged.strategies.len(), 1);
    assert_eq!(ids(&merged.strategies[0].actions), [5, 6]);
    let gone = accepts(&board, &Op::DeleteStrategy { id: Id(3) });
    assert_eq!(
        (gone.strategies.len(), ids(&gone.unsorted)),
        (1, vec![7, 5, 6])
    );

    // A strategy put back takes its cards from wherever they are.
    let taken = Strategy {
        id: Id(9),
        name: s("Back"),
        actions: vec![Id(7), Id(6)],
    };
    let mut record = after(&board);
    let restore = Op::RestoreStrategy {
        index: 9,
        strategy: taken,
    };
    assert!(apply(&mut record, &restore).is_ok());
    assert_eq!(
        record.strategies.iter().map(|s| s.id.0).collect::<Vec<_>>(),
        [3, 4, 9]
    );
    assert_eq!(
        (ids(&record.strategies[0].actions), record.unsorted.len()),
        (vec![5], 0)
    );
    assert_eq!(record.next_id, 10);
}

#[test]
fn resolution_ops() {
    let cases: Vec<(Vec<Op>, Op, &str)> = vec![
        (
            vec![],
            Op::AddResolution(Resolution {
                text: s(" "),
                ..resolution(3)
            }),
            "a resolution needs some text",
        ),
        (
            vec![],
            Op::AddResolution(Resolution {
                session: s("nope"),
                ..resolution(3)
            }),
            "there is no session `nope`",
        ),
        (
            vec![],
            Op::AddResolution(Resolution {
                proposal: Some(Id(9)),
                ..resolution(3)
            }),
            "there is no proposal #9",
        ),
        (
            vec![],
            Op::AddResolution(Resolution {
                actions: vec![Id(9)],
                ..resolution(3)
            }),
            "there is no action #9",
        ),
        (
            vec![],
            Op::AddResolution(resolution(1)),
            "id #1 is already in use",
        ),
        (
            vec![],
            Op::RestoreResolution {
                resolution: resolution(2),
            },
            "id #2 is already in use",
        ),
        (
            vec![],
            Op::EditResolution(resolution(9)),
            "there is no resolution #9",
        ),
        (
            vec![Op::AddResolution(resolution(3))],
            Op::EditResolution(Resolution {
                text: s(""),
                ..resolution(3)
            }),
            "a resolution needs some text",
        ),
        (
            vec![],
            Op::DeleteResolution { id: Id(9) },
            "there is no resolution #9",
        ),
    ];
    for (setup, op, why) in &cases {
        refuses(setup, op, why);
    }
    let added = accepts(&[], &Op::AddResolution(resolution(3)));
    assert_eq!((added.resolutions.len(), added.next_id), (1, 4));
    let edit = Resolution {
        status: ResolutionStatus::Deferred,
        proposal: Some(Id(1)),
        ..resolution(3)
    };
    let edited = accepts(
        &[Op::AddResolution(resolution(3))],
        &Op::EditResolution(edit.clone()),
    );
    assert_eq!(edited.resolutions, [edit]);
    let deleted = accepts(
        &[Op::AddResolution(resolution(3))],
        &Op::DeleteResolution { id: Id(3) },
    );
    assert!(deleted.resolutions.is_empty());
    let back = accepts(
        &[],
        &Op::RestoreResolution {
            resolution: resolution(7),
        },
    );
    assert_eq!(back.next_id, 8);
}

#[test]
fn speaker_ops() {
    let floor = [hand("ana"), next(1)];
    let cases: Vec<(Vec<Op>, Op, &str)> = vec![
        (vec![], hand(" "), "a hand needs a name"),
        (
            vec![hand("ana")],
            hand("ana"),
            "ana is already in the queue",
        ),
        (floor.to_vec(), hand("ana"), "ana has the floor"),
        (
            vec![],
            Op::LowerHand { speaker: s("ana") },
            "ana is not in the queue",
        ),
        (vec![], next(1), "nobody is in the queue"),
        (
            vec![hand("ana")],
            Op::NextSpeaker {
                session: s("nope"),
                at: at(1),
            },
            "there is no session `nope`",
        ),
        (
            vec![],
            Op::EndTurn {
                session: s("open"),
                at: at(1),
            },
            "nobody has the floor",
        ),
        (
            floor.to_vec(),
            Op::EndTurn {
                session: s("nope"),
                at: at(1),
            },
            "there is no session `nope`",
        ),
        (
            vec![],
            Op::RestoreSpeakers {
                queue: Vec::new(),
                floor: None,
                turns: 1,
                append: Vec::new(),
                progressive: false,
            },
            "those turns were never taken",
        ),
    ];
    for (setup, op, why) in &cases {
        refuses(setup, op, why);
    }
    let queued = accepts(&[hand("ana")], &hand("ben"));
    assert_eq!(queued.speakers.queue, ["ana", "ben"]);
    let lowered = accepts(
        &[hand("ana"), hand("ben")],
        &Op::LowerHand { speaker: s("ana") },
    );
    assert_eq!(lowered.speakers.queue, ["ben"]);

    let first = accepts(&[hand("ana"), hand("ben")], &next(1));
    assert_eq!(first.speakers.floor, Some((s("ana"), at(1))));
    assert_eq!(first.speakers.queue, ["ben"]);
    // The next speaker ends the turn under way, which counts as a turn of the session.
    let second = accepts(&[hand("ana"), hand("ben"), next(1)], &next(4));
    let turn = Turn {
        speaker: s("ana"),
        session: s("open"),
        start: at(1),
        end: at(4),
    };
    assert_eq!(second.speakers.turns, [turn]);
    assert_eq!(second.speakers.floor, Some((s("ben"), at(4))));
    // With nobody queued, the turn under way still ends.
    let last = accepts(&floor, &next(3));
    assert_eq!(
        (last.speakers.floor.clone(), last.speakers.turns.len()),
        (None, 1)
    );
    // A clock that went back never makes a turn end before it began.
    let early = accepts(
        &floor,
        &Op::EndTurn {
            session: s("open"),
            at: at(0),
        },
    );
    assert_eq!(early.speakers.turns[0].end, at(1));
    assert_eq!(early.speakers.floor, None);

    let on = accepts(&[], &Op::SetProgressive(true));
    assert!(on.speakers.progressive);
    let put_back = accepts(
        &[hand("ana"), next(1), next(2)],
        &Op::RestoreSpeakers {
            queue: vec![s("ben")],
            floor: Some((s("ana"), at(5))),
            turns: 0,
            append: Vec::new(),
            progressive: true,
        },
    );
    assert_eq!(put_back.speakers.queue, ["ben"]);
    assert_eq!(put_back.speakers.floor, Some((s("ana"), at(5))));
    assert!(put_back.speakers.turns.is_empty() && put_back.speakers.progressive);
}

#[test]
fn a_batch_applies_all_or_nothing() {
    let both = Op::Batch(vec![add_note(3, "open"), add_note(4, "open")]);
    let done = accepts(&[], &both);
    assert_eq!((done.notes.len(), done.next_id), (2, 5));
    // The second is refused, so the first is taken back and the id counter rewound.
    refuses(
        &[],
        &Op::Batch(vec![add_note(3, "open"), add_note(3, "open")]),
        "id #3 is already in use",
    );
}

#[test]
fn an_id_is_in_use_whatever_kind_holds_it() {
    let record = [
        add_note(3, "open"),
        add_action(4, None),
        Op::AddResolution(resolution(5)),
        add_strategy(6, 0),
    ];
    for held in 1..=6 {
        refuses(
            &record,
            &add_note(held, "open"),
            &format!("id #{held} is already in use"),
        );
        refuses(
            &record,
            &add_action(held, None),
            &format!("id #{held} is already in use"),
        );
    }
    // An id below the counter that nothing holds (a deleted item's) is free again.
    let freed = [add_note(3, "open"), Op::DeleteNote { id: Id(3) }];
    assert_eq!(accepts(&freed, &add_action(3, None)).next_id, 4);
}

#[test]
fn only_moving_between_sessions_is_navigation() {
    assert!(Op::SetCurrent { session: None }.is_navigation());
    assert!(!Op::SkipSession { session: s("open") }.is_navigation());
    assert!(!Op::Batch(vec![Op::SetCurrent { session: None }]).is_navigation());
}

#[test]
fn an_actions_status_is_set_and_undone() {
    use crate::core::record::{ActionProgress, ActionStatus};
    let board = [add_action(3, None), add_action(4, None)];
    let on = |d: u32| NaiveDate::from_ymd_opt(2018, 9, d);
    let done = ActionProgress {
        status: ActionStatus::Done,
        since: on(12),
    };
    let set = Op::SetActionProgress {
        id: Id(4),
        progress: done,
    };
    // `accepts` checks that the inverse puts the record back exactly: open, with no date.
    let after_set = accepts(&board, &set);
    assert_eq!(after_set.action(Id(4)).map(|a| a.progress), Some(done));
    assert_eq!(
        after_set.action(Id(3)).map(|a| a.progress),
        Some(ActionProgress::default())
    );
    let mut record = after(&board);
    let undo = apply(&mut record, &set).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        undo,
        Op::SetActionProgress {
            id: Id(4),
            progress: ActionProgress::default(),
        }
    );
    // A later status's undo puts back the earlier one with its date.
    let dropped = Op::SetActionProgress {
        id: Id(4),
        progress: ActionProgress {
            status: ActionStatus::Dropped,
            since: on(20),
        },
    };
    let undo = apply(&mut record, &dropped).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        undo,
        Op::SetActionProgress {
            id: Id(4),
            progress: done,
        }
    );
    refuses(
        &board,
        &Op::SetActionProgress {
            id: Id(9),
            progress: done,
        },
        "there is no action #9",
    );
}
