//! The bodies of the fuzz targets, shared by `fuzz/` (cargo-fuzz, run by `fuzz/run.sh`) and by
//! `tests/fuzz_regressions.rs`, which runs every saved input under `tests/corpus/fuzz/` and a
//! short burst of random inputs in `cargo test`.
//!
//! Each body must never panic, whatever the bytes; where an input does get through, it checks
//! what must then hold (invariants, undo back to the start, exports that do not fail).

#![allow(dead_code)] // each user calls a different part

use plenary::core::agenda::{Agenda, Session, SessionKind};
use plenary::core::history::{Change, Live};
use plenary::core::op::Op;
use plenary::core::record::{
    Action, Count, Decision, Id, Method, Note, NoteKind, Proposal, Record, Resolution,
    ResolutionStatus, SessionRun, Strategy,
};
use plenary::core::speakers::Turn;
use plenary::export::Options;
use plenary::store::agenda_file::parse_agenda;
use plenary::store::{RecordBytes, decode};

/// The agenda every generated record starts from.
pub const SMALL: &str = include_str!("../fixtures/small.ron");

/// Agenda parsing and checking: any bytes give an agenda or diagnostics, never a panic, and
/// every diagnostic names a line and column inside the file. An accepted text comes back as it
/// was given (but for a leading BOM), parses again to the same agenda and the same text, and
/// the agenda written out by ron reads back the same.
pub fn agenda(data: &[u8]) {
    match parse_agenda("fuzz.ron", data) {
        Ok((agenda, text)) => {
            let given = data.strip_prefix("\u{feff}".as_bytes()).unwrap_or(data);
            assert!(text.as_bytes() == given, "the accepted text was altered");
            let (again, again_text) = parse_agenda("again.ron", text.as_bytes())
                .unwrap_or_else(|e| panic!("accepted text no longer parses: {e}"));
            assert_eq!(again, agenda, "the accepted text reads back differently");
            assert_eq!(again_text, text, "the accepted text comes back differently");
            let written = ron::to_string(&agenda).expect("an agenda always encodes as RON");
            let (rewritten, _) = parse_agenda("rewritten.ron", written.as_bytes())
                .unwrap_or_else(|e| panic!("the agenda as ron writes it does not parse: {e}"));
            assert_eq!(
                rewritten, agenda,
                "the agenda as ron writes it reads differently"
            );
            let record = Record::new(agenda);
            exports(&record);
        }
        Err(e) => {
            if let plenary::store::agenda_file::AgendaError::Invalid(diagnostics) = &e {
                assert!(!diagnostics.is_empty());
                let lines = data.split(|&b| b == b'\n').count().max(1);
                for d in diagnostics {
                    assert!(d.line >= 1 && d.col >= 1, "{d}");
                    assert!(d.line <= lines + 1, "line {} of {lines}: {d}", d.line);
                    if let Some(shown) = &d.source_line {
                        assert!(!shown.chars().any(char::is_control), "{shown:?}");
                    }
                }
            }
            let _ = e.to_string();
        }
    }
}

/// Record loading: the first byte picks how the rest is used.
///
/// - 0: the rest follows the journal header as raw bytes (frames, torn tails, bad checksums);
/// - 1: the rest split at `\n--\n`, each piece framed with a true length and checksum, so the
///   change decoder and the replay get the bytes;
/// - 2: the rest is a snapshot file beside a journal holding only its header;
/// - 3: the rest is the record part (`live`) of a snapshot whose checksums (record, journal,
///   agenda copy) are made to match.
///
/// A load that works gives a record whose exports work and that takes new changes.
pub fn record(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let header = plenary::store::journal::HEADER;
    let mut journal = header.to_vec();
    let mut snapshot = None;
    match mode % 4 {
        0 => journal.extend_from_slice(rest),
        1 => {
            for piece in split(rest, b"\n--\n") {
                journal.extend_from_slice(&(piece.len() as u32).to_le_bytes());
                journal.extend_from_slice(&crc32fast::hash(piece).to_le_bytes());
                journal.extend_from_slice(piece);
            }
        }
        2 => snapshot = Some(rest.to_vec()),
        _ => {
            snapshot = Some(plenary::store::snapshot::encode(
                rest,
                0,
                header,
                SMALL.as_bytes(),
            ));
        }
    }
    let files = RecordBytes {
        agenda: Some(SMALL.as_bytes()),
        journal: &journal,
        snapshot: snapshot.as_deref(),
    };
    let Ok(loaded) = decode(std::path::Path::new("fuzz"), &files) else {
        return;
    };
    assert!(loaded.good_len <= journal.len() as u64);
    let mut live = loaded.live;
    exports(&live.record);
    // The record takes new changes, and undo and redo, without a panic.
    for change in [
        Change::Undo,
        Change::Redo,
        Change::Do(Op::SetCurrent { session: None }),
    ] {
        let _ = live.apply(&change);
    }
}

fn split<'a>(mut bytes: &'a [u8], sep: &[u8]) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    while let Some(at) = bytes.windows(sep.len()).position(|w| w == sep) {
        out.push(&bytes[..at]);
        bytes = &bytes[at + sep.len()..];
    }
    out.push(bytes);
    out
}

/// Fails if `text` holds a control character a terminal would act on.
pub fn assert_inert(what: &str, text: &str) {
    if let Some(c) = text
        .chars()
        .find(|&c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
    {
        panic!("{what} holds the control character {c:?}");
    }
    assert!(
        !text.contains("\r\r"),
        "{what} holds a lone carriage return"
    );
}

/// Every export of a record, which must not panic and must come out inert for a terminal.
pub fn exports(record: &Record) {
    use plenary::export::{csv, html, json, minutes, outline, qr, summary};
    let options = Options::default();
    assert_inert(
        "the Markdown minutes",
        &minutes::minutes_markdown(record, &options),
    );
    assert_inert("the HTML minutes", &html::minutes_html(record, &options));
    let table = csv::actions_csv(record, &options).expect("actions always encode as CSV");
    assert_inert("the CSV", &table.replace("\r\n", "\n"));
    let text = json::record_json(record).expect("a record always encodes as JSON");
    assert_inert("the JSON", &text);
    let back = json::record_from_json(&text).expect("the JSON reads back");
    if !record.plan.chatham_house {
        assert_eq!(&back, record, "the JSON export reads back the same record");
    }
    let now = chrono::NaiveDate::from_ymd_opt(2018, 7, 23)
        .and_then(|d| d.and_hms_opt(10, 0, 0))
        .expect("a valid time");
    assert_inert("the outline", &outline::outline(record, now));
    let meeting = summary::meeting_summary(record, &options);
    assert_inert("the summary", &meeting);
    assert_inert("the QR label", &summary::label(record, &options));
    for (_, s) in record.plan.sessions().take(3) {
        if let Some(text) = summary::session_summary(record, &s.id, &options) {
            assert_inert("a session summary", &text);
        }
    }
    if meeting.len() < 4000 {
        let _ = qr::codes(&meeting, &summary::label(record, &options), 10);
    }
}

/// Reads the fuzzer's bytes as choices; runs out into zeros.
pub struct Bytes<'a>(&'a [u8]);

impl<'a> Bytes<'a> {
    /// Choices from these bytes.
    pub fn new(data: &'a [u8]) -> Bytes<'a> {
        Bytes(data)
    }

    /// Whether every byte was used.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The next byte.
    pub fn byte(&mut self) -> u8 {
        match self.0.split_first() {
            Some((&b, rest)) => {
                self.0 = rest;
                b
            }
            None => 0,
        }
    }

    /// A number below `n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        let v = (usize::from(self.byte()) << 8) | usize::from(self.byte());
        v % n
    }

    /// A small number, or now and then one at the edge of its type.
    pub fn index(&mut self) -> usize {
        match self.byte() {
            255 => usize::MAX,
            254 => usize::MAX / 2 + 1,
            b => usize::from(b % 8),
        }
    }

    /// A u32 that is small, or at an edge.
    pub fn count(&mut self) -> u32 {
        match self.byte() {
            255 => u32::MAX,
            254 => 24 * 60,
            253 => 24 * 60 + 1,
            b => u32::from(b),
        }
    }

    /// One of `items`.
    pub fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())].clone()
    }
}

const TEXTS: [&str; 10] = [
    "plain words",
    "",
    "   ",
    "集体行动 🌍 e\u{301} \u{200d} \u{202e}rtl",
    "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}[31mred\u{9b}31m",
    "line one\nline two\r\n\tthree",
    "a;b,\"c\"<d>&e*f_`g`#h|i",
    "\u{0}\u{1}\u{7f}",
    "Lucia",
    "ana",
];

const SESSIONS: [&str; 8] = ["open", "props", "lunch", "decide", "plan", "close", "x", ""];

fn text(b: &mut Bytes<'_>) -> String {
    b.pick(&TEXTS).to_owned()
}

fn session(b: &mut Bytes<'_>) -> String {
    b.pick(&SESSIONS).to_owned()
}

/// An id in use or near it, or at the edge of its type.
fn id(b: &mut Bytes<'_>, r: &Record) -> Id {
    match b.byte() {
        255 => Id(u64::MAX),
        254 => Id(0),
        253 => r.fresh_id(),
        v => Id(u64::from(v % 24)),
    }
}

fn time(b: &mut Bytes<'_>) -> chrono::NaiveDateTime {
    let base = chrono::NaiveDate::from_ymd_opt(2018, 7, 23)
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .expect("a valid time");
    match b.byte() {
        255 => chrono::NaiveDateTime::MAX,
        254 => chrono::NaiveDateTime::MIN,
        253 => base - chrono::TimeDelta::days(400),
        v => base + chrono::TimeDelta::minutes(i64::from(v) * 7),
    }
}

fn note(b: &mut Bytes<'_>, r: &Record) -> Note {
    Note {
        id: id(b, r),
        session: session(b),
        kind: b.pick(&[
            NoteKind::Note,
            NoteKind::KeyPoint,
            NoteKind::Question,
            NoteKind::Quote,
        ]),
        text: text(b),
        speaker: {
            let typed = text(b);
            b.pick(&[None, Some("ana".to_owned()), Some(typed)])
        },
        at: time(b),
        item: None,
    }
}

fn resolution(b: &mut Bytes<'_>, r: &Record) -> Resolution {
    Resolution {
        id: id(b, r),
        session: session(b),
        text: text(b),
        method: if b.byte().is_multiple_of(2) {
            Method::Consensus
        } else {
            // Any count may be missing: the room need not give all three.
            let mut count = || {
                let n = Count::Exact(b.count());
                b.pick(&[None, Some(n)])
            };
            Method::Vote {
                for_: count(),
                against: count(),
                abstain: count(),
            }
        },
        status: b.pick(&[
            ResolutionStatus::Proposed,
            ResolutionStatus::Adopted,
            ResolutionStatus::Rejected,
            ResolutionStatus::Deferred,
        ]),
        proposal: b.byte().is_multiple_of(2).then(|| id(b, r)),
        actions: (0..b.byte() % 3).map(|_| id(b, r)).collect(),
        at: time(b),
        item: None,
    }
}

fn new_session(b: &mut Bytes<'_>) -> Session {
    Session {
        id: b.pick(&["extra", "open", "", "x y"]).to_owned(),
        title: text(b),
        kind: b.pick(&[
            SessionKind::Discussion,
            SessionKind::Break,
            SessionKind::Talk,
        ]),
        also: b.pick(&[Vec::new(), vec![SessionKind::Decision]]),
        start: Some(
            chrono::NaiveTime::from_hms_opt(u32::from(b.byte() % 24), 0, 0).expect("a valid time"),
        ),
        minutes: Some(b.count()),
        description: text(b),
        leads: vec![text(b)],
        proposals: Vec::new(),
        criteria: Vec::new(),
        items: Vec::new(),
        roles: Vec::new(),
        track: None,
        room: None,
    }
}

/// Whether an op is one only undo makes: applied on its own it need not have an exact inverse.
fn inverse_only(op: &Op) -> bool {
    match op {
        Op::RestoreRun { .. }
        | Op::RestoreNote { .. }
        | Op::RestoreProposal { .. }
        | Op::RestoreAction { .. }
        | Op::RestoreStrategy { .. }
        | Op::RestoreResolution { .. }
        | Op::RestoreSpeakers { .. } => true,
        Op::Batch(ops) => ops.iter().any(inverse_only),
        _ => false,
    }
}

/// Reads the byte that once gave the `index` of a restore (an op field since removed), so
/// every kept corpus input still stands for the ops it stood for.
fn skip_index(b: &mut Bytes<'_>) {
    b.index();
}

/// One op of any kind, its targets drawn from the record as it stands.
pub fn op(b: &mut Bytes<'_>, r: &Record, depth: u8) -> Op {
    match b.byte() % 46 {
        0 => Op::SetCurrent {
            session: (!b.byte().is_multiple_of(4)).then(|| session(b)),
        },
        1 => Op::StartSession {
            session: session(b),
            at: time(b),
        },
        2 => Op::PauseSession {
            session: session(b),
            at: time(b),
        },
        3 => Op::EndSession {
            session: session(b),
            at: time(b),
        },
        4 => Op::SkipSession {
            session: session(b),
        },
        5 => Op::RestoreRun {
            session: session(b),
            run: b.byte().is_multiple_of(2).then(|| SessionRun {
                state: plenary::core::record::RunState::Running,
                started: Some(time(b)),
                ended: None,
                active_secs: match b.byte() {
                    255 => i64::MAX,
                    254 => i64::MIN,
                    v => i64::from(v),
                },
                resumed: Some(time(b)),
            }),
        },
        6 => Op::AddSession {
            day: b.index(),
            index: b.index(),
            session: new_session(b),
        },
        7 => Op::RemoveSession {
            session: session(b),
        },
        8 => Op::MoveSession {
            session: session(b),
            day: b.index(),
            index: b.index(),
            start: Some(
                chrono::NaiveTime::from_hms_opt(u32::from(b.byte() % 24), 59, 0)
                    .expect("a valid time"),
            ),
        },
        9 => Op::SetSessionMinutes {
            session: session(b),
            minutes: Some(b.count()),
        },
        10 => Op::RenameSession {
            session: session(b),
            title: text(b),
        },
        11 => Op::SplitSession {
            session: session(b),
            id: b.pick(&["part", "open", ""]).to_owned(),
            title: text(b),
            minutes: b.count(),
        },
        12 | 13 => Op::AddNote(note(b, r)),
        14 => Op::EditNote {
            id: id(b, r),
            kind: NoteKind::Quote,
            text: text(b),
            speaker: Some(text(b)),
        },
        15 => Op::DeleteNote { id: id(b, r) },
        16 => Op::RestoreNote {
            note: {
                skip_index(b);
                note(b, r)
            },
        },
        17 => Op::AddProposal(Proposal {
            id: id(b, r),
            key: b.pick(&[None, Some("p1".to_owned())]),
            title: text(b),
            summary: text(b),
            session: b.pick(&[None, Some("props".to_owned()), Some("x".to_owned())]),
            presenter: None,
            scores: Default::default(),
            dots: b.count(),
            decision: b.pick(&[Decision::Open, Decision::Selected]),
            decided_in: b.pick(&[None, Some("props".to_owned()), Some("x".to_owned())]),
        }),
        18 => Op::EditProposal {
            id: id(b, r),
            title: text(b),
            summary: text(b),
        },
        19 => Op::DeleteProposal { id: id(b, r) },
        20 => Op::Score {
            proposal: id(b, r),
            criterion: b.pick(&["impact", "fit", "nope"]).to_owned(),
            score: b.pick(&[None, Some(0), Some(5), Some(6), Some(255)]),
        },
        21 => Op::SetDots {
            proposal: id(b, r),
            dots: b.count(),
        },
        22 => Op::Decide {
            proposal: id(b, r),
            decision: match b.byte() % 4 {
                0 => Decision::Open,
                1 => Decision::Selected,
                2 => Decision::MergedInto(id(b, r)),
                _ => Decision::Parked(text(b)),
            },
            session: b.pick(&[None, Some(())]).map(|()| session(b)),
        },
        23 | 24 => Op::AddAction {
            action: Action {
                id: id(b, r),
                text: text(b),
                owner: {
                    let typed = text(b);
                    b.pick(&[None, Some("Lucia".to_owned()), Some(typed)])
                },
                due: chrono::NaiveDate::from_ymd_opt(2018, 8, 10),
                session: session(b),
                item: None,
                progress: Default::default(),
            },
            strategy: (!b.byte().is_multiple_of(3)).then(|| id(b, r)),
        },
        25 => Op::EditAction {
            id: id(b, r),
            text: text(b),
            owner: Some(text(b)),
            due: b.pick(&[
                None,
                Some(chrono::NaiveDate::MAX),
                Some(chrono::NaiveDate::MIN),
            ]),
        },
        26 => Op::DeleteAction { id: id(b, r) },
        27 => Op::MoveAction {
            id: id(b, r),
            strategy: (!b.byte().is_multiple_of(3)).then(|| id(b, r)),
            index: b.index(),
        },
        28 => Op::AddStrategy {
            id: id(b, r),
            name: text(b),
            index: b.index(),
        },
        29 => Op::RenameStrategy {
            id: id(b, r),
            name: text(b),
        },
        30 => Op::MoveStrategy {
            id: id(b, r),
            index: b.index(),
        },
        31 => Op::MergeStrategies {
            from: id(b, r),
            into: id(b, r),
        },
        32 => Op::DeleteStrategy { id: id(b, r) },
        33 => Op::RestoreStrategy {
            index: b.index(),
            strategy: Strategy {
                id: id(b, r),
                name: text(b),
                actions: (0..b.byte() % 3).map(|_| id(b, r)).collect(),
            },
        },
        34 => Op::AddResolution(resolution(b, r)),
        35 => Op::EditResolution(resolution(b, r)),
        36 => Op::DeleteResolution { id: id(b, r) },
        37 => Op::RestoreResolution {
            resolution: {
                skip_index(b);
                resolution(b, r)
            },
        },
        38 => Op::RaiseHand {
            speaker: b.pick(&["ana", "ben", "Visitor", " ", TEXTS[4]]).to_owned(),
        },
        39 => Op::LowerHand {
            speaker: b.pick(&["ana", "ben", "Visitor"]).to_owned(),
        },
        40 => Op::NextSpeaker {
            session: session(b),
            at: time(b),
        },
        41 => Op::EndTurn {
            session: session(b),
            at: time(b),
        },
        42 => Op::SetProgressive(b.byte().is_multiple_of(2)),
        43 => Op::RestoreSpeakers {
            queue: vec![text(b)],
            floor: b
                .byte()
                .is_multiple_of(2)
                .then(|| ("ana".to_owned(), time(b))),
            turns: b.index(),
            append: vec![Turn {
                speaker: text(b),
                session: session(b),
                start: time(b),
                end: time(b),
            }],
            progressive: b.byte().is_multiple_of(2),
        },
        44 if depth < 3 => Op::Batch((0..b.byte() % 4).map(|_| op(b, r, depth + 1)).collect()),
        _ => Op::RestoreAction {
            action: Action {
                id: {
                    skip_index(b);
                    id(b, r)
                },
                text: text(b),
                owner: None,
                due: None,
                session: session(b),
                item: None,
                progress: Default::default(),
            },
            strategy: b.byte().is_multiple_of(2).then(|| id(b, r)),
            position: b.index(),
        },
    }
}

/// Random op sequences: any ops, undos and redos leave a record whose invariants hold, whose
/// JSON reads back equal, whose exports work, and which undoes back to where it started
/// (unless an undo-only op was applied directly).
pub fn ops(data: &[u8]) {
    let agenda: Agenda = match parse_agenda("small.ron", SMALL.as_bytes()) {
        Ok((agenda, _)) => agenda,
        Err(e) => panic!("the fixture agenda is valid: {e}"),
    };
    let start = Record::new(agenda);
    let mut live = Live::new(start.clone());
    let mut b = Bytes::new(data);
    let mut exact = true;
    let mut steps = 0;
    while !b.is_empty() && steps < 200 {
        steps += 1;
        let change = match b.byte() % 8 {
            0 => Change::Undo,
            1 => Change::Redo,
            _ => Change::Do(op(&mut b, &live.record, 0)),
        };
        let before = live.clone();
        match live.apply(&change) {
            Ok(()) => {
                if let Change::Do(op) = &change
                    && inverse_only(op)
                {
                    exact = false;
                }
            }
            Err(_) => assert_eq!(live, before, "a refused change left a trace: {change:?}"),
        }
        invariants(&live.record);
    }
    exports(&live.record);
    let json = serde_json::to_string(&live).expect("a live record encodes");
    let back: Live = serde_json::from_str(&json).expect("and decodes");
    assert_eq!(back, live);
    if exact {
        while live.apply(&Change::Undo).is_ok() {}
        assert!(
            live.undo.is_empty(),
            "an undo was refused: {:?}",
            live.undo.last()
        );
        let mut got = live.record.clone();
        got.next_id = start.next_id;
        got.current = start.current.clone();
        assert_eq!(
            got, start,
            "undoing everything does not give back the start"
        );
    }
}

/// What must hold of any record reached through ops.
pub fn invariants(r: &Record) {
    let sessions: Vec<&str> = r.plan.sessions().map(|(_, s)| s.id.as_str()).collect();
    let mut unique = sessions.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), sessions.len(), "session ids are unique");
    let mut ids: Vec<u64> = r
        .notes
        .iter()
        .map(|n| n.id.0)
        .chain(r.proposals.iter().map(|p| p.id.0))
        .chain(r.actions.iter().map(|a| a.id.0))
        .chain(r.strategies.iter().map(|s| s.id.0))
        .chain(r.resolutions.iter().map(|x| x.id.0))
        .collect();
    let n = ids.len();
    assert!(
        ids.iter().all(|&i| i < r.next_id),
        "next_id is past every id"
    );
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "ids are unique across the record");
    let mut on_board: Vec<Id> = r
        .unsorted
        .iter()
        .chain(r.strategies.iter().flat_map(|s| s.actions.iter()))
        .copied()
        .collect();
    on_board.sort();
    let mut actions: Vec<Id> = r.actions.iter().map(|a| a.id).collect();
    actions.sort();
    assert_eq!(on_board, actions, "every action is on the board once");
    assert!(
        r.runs
            .values()
            .filter(|run| run.state == plenary::core::record::RunState::Running)
            .count()
            <= 1
    );
}
