//! The record format is a contract: what a release wrote, every later release reads, and an
//! op's serialised form never changes by accident.
//!
//! `tests/fixtures/changes-0.1.0.jsonl` holds every change of the 0.1.0 fixture journal
//! (`tests/fixtures/record-0.1.0/journal`), one JSON line each, as 0.1.0 wrote it. Each line must
//! decode and encode again to the same bytes, except where [`MIGRATIONS`] lists a deliberate
//! change of form, with why. A change of form that is not listed fails here: add a migration
//! (and make sure old frames still read) or put the name back.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use plenary::core::agenda::{Session, SessionKind};
use plenary::core::history::{Change, Entry, Live};
use plenary::core::op::Op;
use plenary::core::record::{
    Action, ActionProgress, ActionStatus, Count, Decision, Id, Method, Note, NoteKind, Proposal,
    Resolution, ResolutionStatus, RunState, SessionRun, Strategy,
};
use plenary::store::journal;

const GOLDEN: &str = include_str!("fixtures/changes-0.1.0.jsonl");
const JOURNAL: &[u8] = include_bytes!("fixtures/record-0.1.0/journal");
const SNAPSHOT: &str = include_str!("fixtures/record-0.1.0/snapshot.json");

/// A deliberate change of an op's serialised form: a field of an op that is no longer written.
/// Old frames holding it still decode, because serde ignores a field it does not know.
struct Migration {
    /// The op whose form changed.
    op: &'static str,
    /// The field it no longer carries; its value is a number.
    dropped: &'static str,
    /// Why.
    why: &'static str,
}

const MIGRATIONS: &[Migration] = &[
    Migration {
        op: "RestoreNote",
        dropped: "index",
        why: "notes are kept in id order, so a restored note goes where its id belongs; the \
              index was stored and never read",
    },
    Migration {
        op: "RestoreProposal",
        dropped: "index",
        why: "proposals are kept in id order; the index was stored and never read",
    },
    Migration {
        op: "RestoreAction",
        dropped: "index",
        why: "actions are kept in id order (the board place is `strategy` and `position`); the \
              index was stored and never read",
    },
    Migration {
        op: "RestoreResolution",
        dropped: "index",
        why: "resolutions are kept in id order; the index was stored and never read",
    },
];

/// What this release writes for `old`, a text written by 0.1.0: every migration applied.
fn migrated(old: &str) -> String {
    MIGRATIONS
        .iter()
        .fold(old.to_owned(), |text, m| drop_field(&text, m))
}

/// `text` with every `"<op>":{"<field>":<number>,` written as `"<op>":{`.
fn drop_field(text: &str, m: &Migration) -> String {
    let opening = format!("\"{}\":{{\"{}\":", m.op, m.dropped);
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(&opening) {
        let (before, after) = rest.split_at(at + opening.len());
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let after_value = &after[digits..];
        assert!(
            digits > 0 && after_value.starts_with(','),
            "{} in {}: {} is not a number followed by more fields",
            m.dropped,
            m.op,
            &after[..after.len().min(20)]
        );
        out.push_str(&before[..before.len() - m.dropped.len() - 3]);
        rest = &after_value[1..];
    }
    out.push_str(rest);
    out
}

fn golden() -> Vec<&'static str> {
    GOLDEN.lines().collect()
}

/// The golden line `n` (counting from 1), as this release writes it.
fn line(n: usize) -> String {
    migrated(golden()[n - 1])
}

fn decode(n: usize, text: &str) -> Change {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("line {n} does not decode: {e}\n{text}"))
}

fn encode(change: &Change) -> String {
    serde_json::to_string(change).unwrap_or_else(|e| panic!("{change:?} does not encode: {e}"))
}

#[test]
fn the_golden_lines_are_the_fixture_journal() {
    let scan = journal::scan(JOURNAL, 0).unwrap_or_else(|e| panic!("the fixture journal: {e}"));
    assert_eq!(scan.damage, None);
    let lines = golden();
    assert_eq!(scan.changes.len(), lines.len());
    let mut at = journal::HEADER.len();
    for (n, ((change, end), text)) in scan.changes.iter().zip(&lines).enumerate() {
        // A frame is a length and a CRC-32 (8 bytes), then the JSON exactly as written.
        assert_eq!(
            &JOURNAL[at + 8..*end as usize],
            text.as_bytes(),
            "line {}",
            n + 1
        );
        assert_eq!(change, &Entry::host(decode(n + 1, text)));
        at = *end as usize;
    }
}

#[test]
fn every_change_0_1_0_wrote_reads_and_writes_back_the_same_bytes() {
    for (n, text) in golden().into_iter().enumerate() {
        let change = decode(n + 1, text);
        assert_eq!(encode(&change), migrated(text), "line {}", n + 1);
    }
}

#[test]
fn every_migration_is_needed_and_old_frames_still_read() {
    for m in MIGRATIONS {
        assert!(!m.why.is_empty());
        let old: Vec<&str> = golden()
            .into_iter()
            .filter(|l| l.contains(&format!("\"{}\":{{\"{}\":", m.op, m.dropped)))
            .collect();
        assert!(!old.is_empty(), "no line holds {} in {}", m.dropped, m.op);
        for text in old {
            let new = migrated(text);
            assert_ne!(new, text);
            // The old form and the new one decode to the same change.
            assert_eq!(decode(0, text), decode(0, &new), "{text}");
        }
    }
}

#[test]
fn the_0_1_0_snapshot_reads_and_writes_back_the_same_bytes() {
    let file: serde_json::Value = serde_json::from_str(SNAPSHOT).expect("the snapshot is JSON");
    // The live record is stored as raw JSON inside the file, so take its bytes as written.
    let start = SNAPSHOT.find("\"live\":").expect("a live record") + "\"live\":".len();
    let text = &SNAPSHOT[start..SNAPSHOT.len() - 1];
    assert_eq!(
        file["live"],
        serde_json::from_str::<serde_json::Value>(text).expect("JSON")
    );
    let live: Live = serde_json::from_str(text).expect("the live record decodes");
    let again = serde_json::to_string(&live).expect("and encodes");
    assert_eq!(again, migrated(text));
}

fn at(hh: u32, mm: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2018, 7, 23)
        .and_then(|d| d.and_hms_opt(hh, mm, 0))
        .expect("a time of the meeting")
}

fn s(text: &str) -> String {
    text.to_owned()
}

fn note(id: u64, kind: NoteKind, text: &str, speaker: Option<&str>, time: NaiveDateTime) -> Note {
    Note {
        id: Id(id),
        session: s(if id < 18 { "open" } else { "props" }),
        kind,
        text: s(text),
        speaker: speaker.map(s),
        at: time,
        item: None,
    }
}

fn proposal(id: u64, title: &str, summary: &str) -> Proposal {
    Proposal {
        id: Id(id),
        key: None,
        title: s(title),
        summary: s(summary),
        session: Some(s("props")),
        presenter: None,
        scores: Default::default(),
        dots: 0,
        decision: Decision::Open,
        decided_in: None,
    }
}

fn action(id: u64, text: &str, owner: Option<&str>, due: Option<NaiveDate>) -> Action {
    Action {
        id: Id(id),
        text: s(text),
        owner: owner.map(s),
        due,
        session: s("props"),
        item: None,
        progress: Default::default(),
    }
}

fn vote(for_: u32, against: u32, abstain: u32) -> Method {
    Method::Vote {
        for_: Some(Count::Exact(for_)),
        against: Some(Count::Exact(against)),
        abstain: Some(Count::Exact(abstain)),
    }
}

fn resolution(id: u64, text: &str, method: Method, status: ResolutionStatus) -> Resolution {
    Resolution {
        id: Id(id),
        session: s("props"),
        text: s(text),
        method,
        status,
        proposal: None,
        actions: Vec::new(),
        at: at(10, 40 + 5 * (id as u32 - 15)),
        item: None,
    }
}

fn session(id: &str, title: &str, kind: SessionKind, start: NaiveTime, minutes: u32) -> Session {
    Session {
        id: s(id),
        title: s(title),
        kind,
        also: Vec::new(),
        start: Some(start),
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

fn time(hh: u32, mm: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(hh, mm, 0).expect("a time of day")
}

fn date(m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2018, m, d)
}

/// Ops of the session and speaker domains, each with the golden line it must encode as.
fn session_and_speaker_ops() -> Vec<(usize, Op)> {
    let mut extra = session("extra", "Extra talk", SessionKind::Talk, time(12, 0), 15);
    extra.description = s("Added live");
    extra.leads = vec![s("ana")];
    vec![
        (
            1,
            Op::SetCurrent {
                session: Some(s("open")),
            },
        ),
        (80, Op::SetCurrent { session: None }),
        (
            2,
            Op::StartSession {
                session: s("open"),
                at: at(9, 2),
            },
        ),
        (
            3,
            Op::PauseSession {
                session: s("open"),
                at: at(9, 10),
            },
        ),
        (
            21,
            Op::EndSession {
                session: s("open"),
                at: at(9, 29),
            },
        ),
        (
            73,
            Op::SkipSession {
                session: s("props-2"),
            },
        ),
        (
            74,
            Op::RestoreRun {
                session: s("props-2"),
                run: None,
            },
        ),
        (
            69,
            Op::AddSession {
                day: 0,
                index: 3,
                session: extra,
            },
        ),
        (
            70,
            Op::MoveSession {
                session: s("extra"),
                day: 1,
                index: 0,
                start: Some(time(8, 30)),
            },
        ),
        (72, Op::RemoveSession { session: s("gone") }),
        (
            65,
            Op::SetSessionMinutes {
                session: s("props"),
                minutes: Some(100),
            },
        ),
        (
            66,
            Op::RenameSession {
                session: s("props"),
                title: s("Proposals and decision"),
            },
        ),
        (
            67,
            Op::SplitSession {
                session: s("props"),
                id: s("props-2"),
                title: s("Proposals (continued)"),
                minutes: 20,
            },
        ),
        (13, Op::RaiseHand { speaker: s("ana") }),
        (
            17,
            Op::LowerHand {
                speaker: s("Guest"),
            },
        ),
        (15, Op::SetProgressive(true)),
        (
            16,
            Op::NextSpeaker {
                session: s("open"),
                at: at(9, 16),
            },
        ),
        (
            18,
            Op::EndTurn {
                session: s("open"),
                at: at(9, 18),
            },
        ),
        (
            76,
            Op::RestoreSpeakers {
                queue: vec![s("ana")],
                floor: None,
                turns: 1,
                append: Vec::new(),
                progressive: false,
            },
        ),
    ]
}

/// Ops of the note and proposal domains, each with the golden line it must encode as.
fn note_and_proposal_ops() -> Vec<(usize, Op)> {
    let welcome = "Welcome — the room agrees on the agenda.\nSecond line";
    let quote = note(
        4,
        NoteKind::Quote,
        "Nothing about us without us",
        Some("ana"),
        at(9, 14),
    );
    let dropped = proposal(7, "Dropped idea", "");
    vec![
        (
            5,
            Op::AddNote(note(3, NoteKind::Note, welcome, Some("ben"), at(9, 13))),
        ),
        (
            8,
            Op::EditNote {
                id: Id(5),
                kind: NoteKind::KeyPoint,
                text: s("Data is held by members"),
                speaker: None,
            },
        ),
        (9, Op::DeleteNote { id: Id(4) }),
        (12, Op::RestoreNote { note: quote }),
        (
            30,
            Op::AddProposal(proposal(6, "A third idea from the floor", "Raised live")),
        ),
        (
            31,
            Op::EditProposal {
                id: Id(6),
                title: s("A third idea"),
                summary: s("Raised live by a member"),
            },
        ),
        (33, Op::DeleteProposal { id: Id(7) }),
        (34, Op::RestoreProposal { proposal: dropped }),
        (
            24,
            Op::Score {
                proposal: Id(1),
                criterion: s("impact"),
                score: Some(4),
            },
        ),
        (
            27,
            Op::Score {
                proposal: Id(2),
                criterion: s("impact"),
                score: None,
            },
        ),
        (
            28,
            Op::SetDots {
                proposal: Id(1),
                dots: 7,
            },
        ),
        (
            36,
            Op::Decide {
                proposal: Id(1),
                decision: Decision::Selected,
                session: None,
            },
        ),
        (
            37,
            Op::Decide {
                proposal: Id(2),
                decision: Decision::Parked(s("continues as existing collective work")),
                session: None,
            },
        ),
        (
            38,
            Op::Decide {
                proposal: Id(6),
                decision: Decision::MergedInto(Id(1)),
                session: None,
            },
        ),
    ]
}

/// Ops of the board and resolution domains, and a batch, each with its golden line.
fn board_and_resolution_ops() -> Vec<(usize, Op)> {
    let circulate = action(8, "Circulate the survey results", Some("ana"), date(8, 10));
    let temporary = action(14, "Temporary card", None, None);
    let mut adopted = resolution(
        15,
        "The pilot on the first proposal goes ahead",
        vote(24, 3, 2),
        ResolutionStatus::Adopted,
    );
    adopted.proposal = Some(Id(1));
    adopted.actions = vec![Id(8)];
    let revisit = "Revisit the toolkit next year";
    let mut deferred = resolution(16, revisit, Method::Consensus, ResolutionStatus::Deferred);
    deferred.proposal = Some(Id(2));
    deferred.actions = vec![Id(10)];
    let withdrawn = resolution(
        17,
        "A motion withdrawn",
        vote(1, 20, 0),
        ResolutionStatus::Rejected,
    );
    let batch = vec![
        Op::AddNote(note(
            18,
            NoteKind::KeyPoint,
            "Batch: key point",
            None,
            at(11, 11),
        )),
        Op::AddAction {
            action: action(19, "Batch: follow up", None, None),
            strategy: Some(Id(12)),
        },
    ];
    vec![
        (
            39,
            Op::AddAction {
                action: circulate,
                strategy: None,
            },
        ),
        (
            42,
            Op::EditAction {
                id: Id(9),
                text: s("Map members' data sources"),
                owner: Some(s("ben")),
                due: date(9, 30),
            },
        ),
        (56, Op::DeleteAction { id: Id(14) }),
        (
            57,
            Op::RestoreAction {
                action: temporary,
                strategy: Some(Id(13)),
                position: 1,
            },
        ),
        (
            46,
            Op::MoveAction {
                id: Id(8),
                strategy: Some(Id(11)),
                index: 0,
            },
        ),
        (
            43,
            Op::AddStrategy {
                id: Id(11),
                name: s("Inform members"),
                index: 0,
            },
        ),
        (
            49,
            Op::RenameStrategy {
                id: Id(12),
                name: s("Capacity-building"),
            },
        ),
        (
            50,
            Op::MoveStrategy {
                id: Id(13),
                index: 0,
            },
        ),
        (
            51,
            Op::MergeStrategies {
                from: Id(13),
                into: Id(11),
            },
        ),
        (53, Op::DeleteStrategy { id: Id(13) }),
        (
            54,
            Op::RestoreStrategy {
                index: 2,
                strategy: Strategy {
                    id: Id(13),
                    name: s("Mobilise"),
                    actions: vec![Id(10)],
                },
            },
        ),
        (59, Op::AddResolution(adopted)),
        (61, Op::EditResolution(deferred)),
        (63, Op::DeleteResolution { id: Id(17) }),
        (
            64,
            Op::RestoreResolution {
                resolution: withdrawn,
            },
        ),
        (77, Op::Batch(batch)),
    ]
}

/// The name of an op's variant. No wildcard: a new variant does not compile until it is here,
/// and then [`one_of_every_op_encodes_as_its_golden_line`] asks for a golden line for it.
fn variant(op: &Op) -> &'static str {
    match op {
        Op::SetCurrent { .. } => "SetCurrent",
        Op::StartSession { .. } => "StartSession",
        Op::PauseSession { .. } => "PauseSession",
        Op::EndSession { .. } => "EndSession",
        Op::SkipSession { .. } => "SkipSession",
        Op::RestoreRun { .. } => "RestoreRun",
        Op::AddSession { .. } => "AddSession",
        Op::RemoveSession { .. } => "RemoveSession",
        Op::MoveSession { .. } => "MoveSession",
        Op::SetSessionMinutes { .. } => "SetSessionMinutes",
        Op::RenameSession { .. } => "RenameSession",
        Op::SplitSession { .. } => "SplitSession",
        Op::AddNote(_) => "AddNote",
        Op::EditNote { .. } => "EditNote",
        Op::DeleteNote { .. } => "DeleteNote",
        Op::RestoreNote { .. } => "RestoreNote",
        Op::AddProposal(_) => "AddProposal",
        Op::EditProposal { .. } => "EditProposal",
        Op::DeleteProposal { .. } => "DeleteProposal",
        Op::RestoreProposal { .. } => "RestoreProposal",
        Op::Score { .. } => "Score",
        Op::SetDots { .. } => "SetDots",
        Op::Decide { .. } => "Decide",
        Op::AddAction { .. } => "AddAction",
        Op::EditAction { .. } => "EditAction",
        Op::DeleteAction { .. } => "DeleteAction",
        Op::RestoreAction { .. } => "RestoreAction",
        Op::MoveAction { .. } => "MoveAction",
        Op::AddStrategy { .. } => "AddStrategy",
        Op::RenameStrategy { .. } => "RenameStrategy",
        Op::MoveStrategy { .. } => "MoveStrategy",
        Op::MergeStrategies { .. } => "MergeStrategies",
        Op::DeleteStrategy { .. } => "DeleteStrategy",
        Op::RestoreStrategy { .. } => "RestoreStrategy",
        Op::AddResolution(_) => "AddResolution",
        Op::EditResolution(_) => "EditResolution",
        Op::DeleteResolution { .. } => "DeleteResolution",
        Op::RestoreResolution { .. } => "RestoreResolution",
        Op::RaiseHand { .. } => "RaiseHand",
        Op::LowerHand { .. } => "LowerHand",
        Op::NextSpeaker { .. } => "NextSpeaker",
        Op::EndTurn { .. } => "EndTurn",
        Op::SetProgressive(_) => "SetProgressive",
        Op::RestoreSpeakers { .. } => "RestoreSpeakers",
        Op::Batch(_) => "Batch",
        Op::SetSessionKind { .. } => "SetSessionKind",
        Op::SetSessionLeads { .. } => "SetSessionLeads",
        Op::MoveToSession { .. } => "MoveToSession",
        Op::SetActionProgress { .. } => "SetActionProgress",
        Op::SetHeldTimes { .. } => "SetHeldTimes",
    }
}

/// Ops added after 0.1.0, which its golden file cannot hold: each one's form pinned here, as
/// the release that adds it writes it, so it never changes by accident either.
const LATER_OPS: &[(&str, &str)] = &[
    (
        "SetSessionKind",
        r#"{"Do":{"SetSessionKind":{"session":"lunch","kind":"Break"}}}"#,
    ),
    (
        "SetSessionLeads",
        r#"{"Do":{"SetSessionLeads":{"session":"open","leads":["ana","ben"]}}}"#,
    ),
    (
        "MoveToSession",
        r#"{"Do":{"MoveToSession":{"id":7,"session":"open"}}}"#,
    ),
    (
        "SetActionProgress",
        r#"{"Do":{"SetActionProgress":{"id":4,"progress":{"status":"Done","since":"2018-09-12"}}}}"#,
    ),
    (
        "SetHeldTimes",
        r#"{"Do":{"SetHeldTimes":{"session":"open","run":{"state":"Done","started":"2018-07-23T09:10:00","ended":"2018-07-23T10:05:00","active_secs":3300,"resumed":null}}}}"#,
    ),
    (
        "MoveToSession",
        r#"{"Do":{"MoveToSession":{"id":7,"session":"open","item":"survey"}}}"#,
    ),
    (
        "SetActionProgress",
        r#"{"Do":{"SetActionProgress":{"id":4,"progress":{"status":"Open","since":null}}}}"#,
    ),
    (
        "MoveToSession",
        r#"{"Do":{"MoveToSession":{"id":2,"session":null}}}"#,
    ),
];

#[test]
fn ops_added_since_0_1_0_keep_their_form() {
    for (n, (name, text)) in LATER_OPS.iter().enumerate() {
        let change = decode(n + 1, text);
        let Change::Do(op) = &change else {
            panic!("{text} is not a change made");
        };
        assert_eq!(variant(op), *name, "{text}");
        assert_eq!(encode(&change), *text, "{name}");
    }
    let built = [
        Op::SetSessionKind {
            session: "lunch".into(),
            kind: SessionKind::Break,
        },
        Op::SetSessionLeads {
            session: "open".into(),
            leads: vec!["ana".into(), "ben".into()],
        },
        Op::MoveToSession {
            id: Id(7),
            session: Some("open".into()),
            item: None,
        },
        Op::SetActionProgress {
            id: Id(4),
            progress: ActionProgress {
                status: ActionStatus::Done,
                since: NaiveDate::from_ymd_opt(2018, 9, 12),
            },
        },
        Op::SetHeldTimes {
            session: "open".into(),
            run: SessionRun {
                state: RunState::Done,
                started: NaiveDate::from_ymd_opt(2018, 7, 23).and_then(|d| d.and_hms_opt(9, 10, 0)),
                ended: NaiveDate::from_ymd_opt(2018, 7, 23).and_then(|d| d.and_hms_opt(10, 5, 0)),
                active_secs: 3300,
                resumed: None,
            },
        },
    ];
    for (op, (_, text)) in built.iter().zip(LATER_OPS) {
        assert_eq!(encode(&Change::Do(op.clone())), *text);
    }
}

#[test]
fn one_of_every_op_encodes_as_its_golden_line() {
    let ops: Vec<(usize, Op)> = [
        session_and_speaker_ops(),
        note_and_proposal_ops(),
        board_and_resolution_ops(),
    ]
    .concat();
    for (n, op) in &ops {
        let change = Change::Do(op.clone());
        assert_eq!(encode(&change), line(*n), "{} (line {n})", variant(op));
        assert_eq!(decode(*n, &line(*n)), change, "line {n}");
    }
    // Every variant is built above, so none escapes the comparison. The golden file names each
    // one too (the fixture covers every op kind).
    for (n, text) in golden().into_iter().enumerate() {
        if let Change::Do(op) = decode(n + 1, text) {
            let name = variant(&op);
            assert!(
                ops.iter().any(|(_, built)| variant(built) == name),
                "no op {name} is built in this test (golden line {})",
                n + 1
            );
        }
    }
    let built: std::collections::BTreeSet<&str> = ops.iter().map(|(_, op)| variant(op)).collect();
    assert_eq!(built.len(), 45, "one of every op: {built:?}");
    assert_eq!(encode(&Change::Undo), line(10));
    assert_eq!(encode(&Change::Redo), line(11));
}
