//! The live room without the network: three joined writers and the host's own keys, every
//! change through the host's one order (`Store::submit`), in a random interleaving with lost
//! messages, lost answers and resends. Every replica that applies the host's stream, the
//! host's record and a replay of its journal from disk end identical; nothing lands twice;
//! every submission is answered to its author; a host restarted from its journal acknowledges
//! a resend without applying it again.

mod common;

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::Path;

use common::{KINDS, Pick, SMALL, assert_invariants, at, change_for, small_agenda};
use plenary::core::history::{Change, Entry, Live, created};
use plenary::core::op::Op;
use plenary::core::record::{Id, Note, NoteKind};
use plenary::core::room::{Answer, Host, Role, Sequenced, Submission, WriterId};
use plenary::store::{JOURNAL_FILE, Opened, Store, journal, load};

/// A joined laptop: its copy of the record, built only from the host's stream, and what it
/// sent that has no answer yet.
struct Client {
    writer: WriterId,
    replica: Live,
    /// The host's sequence number the replica is at.
    seen: u64,
    next: u64,
    unanswered: BTreeMap<u64, Submission>,
    /// In flight to the host, in order; and the host's answers in flight back.
    to_host: VecDeque<Submission>,
    to_client: VecDeque<Answer>,
    /// The first answer that reached it for each of its numbers.
    answers: BTreeMap<u64, Answer>,
    /// The ids each of its numbers asked for, to see the host gave others.
    asked: BTreeMap<u64, Vec<Id>>,
    made: usize,
}

impl Client {
    fn new(writer: WriterId, live: &Live) -> Client {
        Client {
            writer,
            replica: live.clone(),
            seen: 0,
            next: 1,
            unanswered: BTreeMap::new(),
            to_host: VecDeque::new(),
            to_client: VecDeque::new(),
            answers: BTreeMap::new(),
            asked: BTreeMap::new(),
            made: 0,
        }
    }

    /// Builds one change on the replica, as a laptop's commands would, and sends it.
    fn make(&mut self, rng: &mut fastrand::Rng, minute: i64) {
        let change = if self.writer == WriterId(3) || rng.u8(..10) < 3 {
            change_for(&self.replica, pick(rng), minute)
        } else {
            // Capture: every note-taker names the next id of its own copy, so ids collide.
            let kinds = [10, 10, 10, 11, 12, 17, 18, 30, 32, 34, 35];
            let kind = kinds[rng.usize(..kinds.len())];
            change_for(&self.replica, Pick { kind, ..pick(rng) }, minute)
        };
        if let Change::Do(op) = &change {
            self.asked.insert(self.next, created(op));
        }
        let submission = Submission {
            writer: self.writer,
            number: self.next,
            base: self.seen,
            change,
        };
        self.next += 1;
        self.made += 1;
        self.unanswered
            .insert(submission.number, submission.clone());
        self.to_host.push_back(submission);
    }

    /// Applies the host's stream from where the replica is.
    fn catch_up(&mut self, host: &Host, most: usize) {
        let stream = host
            .since(self.seen)
            .expect("the host holds its whole order");
        for made in stream.into_iter().take(most) {
            assert_eq!(made.seq, self.seen + 1, "no gaps in the stream");
            self.replica
                .apply_entry(&made.entry)
                .unwrap_or_else(|e| panic!("change {} does not apply to a replica: {e}", made.seq));
            self.seen = made.seq;
        }
    }

    fn receive(&mut self) {
        while let Some(answer) = self.to_client.pop_front() {
            let number = match &answer {
                Answer::Applied(made) => made.entry.number,
                Answer::Duplicate { number, .. } | Answer::Refused { number, .. } => *number,
            };
            self.unanswered.remove(&number);
            self.answers.entry(number).or_insert(answer);
        }
    }

    fn resend(&mut self) {
        self.to_host.extend(self.unanswered.values().cloned());
    }
}

fn pick(rng: &mut fastrand::Rng) -> Pick {
    Pick {
        kind: rng.u8(..KINDS),
        a: rng.usize(..64),
        b: rng.usize(..64),
        c: rng.usize(..64),
    }
}

/// The host's side: the record's writer, the order and the record, as the meeting screen
/// holds them.
struct Hosted {
    store: Store,
    host: Host,
    live: Live,
}

impl Hosted {
    fn open(mut opened: Opened) -> (Hosted, Vec<String>) {
        let host = opened.host();
        let hosted = Hosted {
            store: opened.store,
            host,
            live: opened.live,
        };
        (hosted, opened.warnings)
    }

    fn create(path: &Path) -> Hosted {
        Hosted::open(Store::create(path, SMALL, small_agenda()).expect("create")).0
    }

    /// Puts a submission through the one path, and checks it is on disk before the answer.
    fn submit(&mut self, submission: &Submission, minute: i64) -> Answer {
        let (answer, saved) =
            self.store
                .submit(&mut self.host, &mut self.live, submission, at(minute));
        saved.expect("written before it is answered");
        answer
    }
}

/// The host takes the next message a client sent; the answer may be lost on its way back.
fn deliver(hosted: &mut Hosted, client: &mut Client, lose: bool, minute: i64) {
    let Some(submission) = client.to_host.pop_front() else {
        return;
    };
    assert_eq!(submission.writer, client.writer);
    let answer = hosted.submit(&submission, minute);
    if !lose {
        client.to_client.push_back(answer);
    }
}

struct Room {
    hosted: Hosted,
    clients: Vec<Client>,
    /// Host's own changes made.
    facilitator: usize,
}

fn run_room(dir: &Path, seed: u64) -> Room {
    let mut hosted = Hosted::create(dir);
    let live = hosted.live.clone();
    let mut clients: Vec<Client> = (1..=3).map(|w| Client::new(WriterId(w), &live)).collect();
    // Writer 3 is handed the facilitator's role: its moves race the host's.
    hosted.host.set_role(WriterId(3), Role::Facilitator);
    let mut room = Room {
        hosted,
        clients: Vec::new(),
        facilitator: 0,
    };
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut minute = 0;
    while clients.iter().any(|c| c.made < 1000) || room.facilitator < 500 {
        minute += 1;
        step(&mut room, &mut clients, &mut rng, minute / 20);
    }
    // The links come back for good: everything unanswered is resent until answered.
    for _ in 0..10 {
        for c in &mut clients {
            c.resend();
            while !c.to_host.is_empty() {
                deliver(&mut room.hosted, c, false, minute / 20);
            }
            c.receive();
            c.catch_up(&room.hosted.host, usize::MAX);
        }
    }
    room.clients = clients;
    room
}

/// One random event of the room.
fn step(room: &mut Room, clients: &mut [Client], rng: &mut fastrand::Rng, minute: i64) {
    let c = rng.usize(..clients.len());
    let client = &mut clients[c];
    match rng.u8(..100) {
        0..30 if client.made < 1000 => client.make(rng, minute),
        30..60 => {
            // A message lost before the host gets it, now and then; an answer lost after the
            // host wrote the change, more often.
            if rng.u8(..20) == 0 {
                client.to_host.pop_front();
            } else {
                let lose = rng.u8(..5) == 0;
                deliver(&mut room.hosted, client, lose, minute);
            }
        }
        60..75 => client.receive(),
        75..85 => {
            let most = rng.usize(..8);
            client.catch_up(&room.hosted.host, most);
        }
        85..88 => client.resend(),
        _ if room.facilitator < 500 => {
            let hosted = &mut room.hosted;
            let submission = Submission {
                writer: WriterId::HOST,
                number: 0,
                base: hosted.host.seq(),
                change: change_for(&hosted.live, pick(rng), minute),
            };
            hosted.submit(&submission, minute);
            room.facilitator += 1;
        }
        _ => {}
    }
}

#[test]
fn three_writers_and_the_host_converge_with_conflicts_losses_and_resends() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("room");
    let room = run_room(&path, 11);
    let host = &room.hosted.host;
    let live = &room.hosted.live;

    // Every replica is the host's record, histories and all.
    for c in &room.clients {
        assert_eq!(c.seen, host.seq());
        assert!(c.replica == *live, "{:?} differs", c.writer);
    }
    assert_invariants(&live.record);

    // A replay of the journal from disk is the host's record too.
    let loaded = load(&path).expect("load");
    assert!(loaded.stop.is_none(), "{:?}", loaded.warnings);
    assert!(loaded.live == *live, "the replay differs");
    assert_eq!(loaded.changes, host.seq());

    // Nothing landed twice, and every applied number is the one its answer named.
    let bytes = std::fs::read(path.join(JOURNAL_FILE)).expect("journal");
    let entries: Vec<Entry> = journal::scan(&bytes, 0)
        .expect("a journal")
        .changes
        .into_iter()
        .map(|(e, _)| e)
        .collect();
    let mut landed = BTreeMap::new();
    for (seq, e) in (1..).zip(&entries) {
        if !e.writer.is_host() {
            assert!(
                landed.insert((e.writer, e.number), seq).is_none(),
                "{:?} number {} landed twice",
                e.writer,
                e.number
            );
        }
    }

    let mut tally = Tally::default();
    for c in &room.clients {
        tally.count(c, &entries, &landed);
    }
    tally.count_facilitator(&entries, room.facilitator);
    // The run made the conflicts it is about.
    eprintln!("{tally:?}");
    assert!(tally.reassigned > 100, "{tally:?}");
    assert!(tally.moved_on > 5, "{tally:?}");
    assert!(tally.roles > 100, "{tally:?}");
    assert!(tally.duplicates > 30, "{tally:?}");
    assert!(tally.applied > 1000, "{tally:?}");
    assert!(tally.facilitator_applied > 100, "{tally:?}");
}

#[derive(Debug, Default)]
struct Tally {
    applied: usize,
    duplicates: usize,
    refused: usize,
    roles: usize,
    moved_on: usize,
    reassigned: usize,
    facilitator_applied: usize,
}

impl Tally {
    /// Checks one writer's answers against the journal, and counts them.
    fn count(&mut self, c: &Client, entries: &[Entry], landed: &BTreeMap<(WriterId, u64), u64>) {
        assert_eq!(c.made, 1000);
        let numbers: BTreeSet<u64> = c.answers.keys().copied().collect();
        assert_eq!(
            numbers,
            (1..=1000).collect(),
            "{:?} has an answer to every number it sent",
            c.writer
        );
        for (&number, answer) in &c.answers {
            let on_disk = landed.get(&(c.writer, number));
            match answer {
                Answer::Applied(made)
                | Answer::Duplicate {
                    first: Some(made), ..
                } => {
                    self.check_made(c, number, made, entries, on_disk);
                    if matches!(answer, Answer::Duplicate { .. }) {
                        self.duplicates += 1;
                    } else {
                        self.applied += 1;
                    }
                }
                Answer::Duplicate { first: None, .. } => panic!("the host holds every answer"),
                Answer::Refused { message, .. } => {
                    assert_eq!(
                        on_disk, None,
                        "{:?} {number} was refused yet landed",
                        c.writer
                    );
                    assert!(!message.is_empty());
                    self.refused += 1;
                    self.roles += usize::from(message.starts_with("only the facilitator"));
                    self.moved_on += usize::from(message.contains("since you looked"));
                }
            }
        }
    }

    fn check_made(
        &mut self,
        c: &Client,
        number: u64,
        made: &Sequenced,
        entries: &[Entry],
        on_disk: Option<&u64>,
    ) {
        assert_eq!(on_disk, Some(&made.seq), "{:?} {number}", c.writer);
        let index = usize::try_from(made.seq - 1).expect("a small number");
        assert_eq!(entries[index], made.entry, "the answer is what was written");
        assert_eq!((made.entry.writer, made.entry.number), (c.writer, number));
        if let Change::Do(op) = &made.entry.change
            && c.asked
                .get(&number)
                .is_some_and(|asked| *asked != created(op))
        {
            self.reassigned += 1;
        }
    }

    fn count_facilitator(&mut self, entries: &[Entry], made: usize) {
        self.facilitator_applied = entries.iter().filter(|e| e.writer.is_host()).count();
        assert!(self.facilitator_applied <= made);
    }
}

fn note(text: &str) -> Change {
    Change::Do(Op::AddNote(Note {
        id: Id(1),
        session: "open".into(),
        kind: NoteKind::Note,
        text: text.into(),
        speaker: None,
        at: at(600),
        item: None,
    }))
}

fn submission(number: u64, base: u64, change: Change) -> Submission {
    Submission {
        writer: WriterId(1),
        number,
        base,
        change,
    }
}

#[test]
fn a_host_restarted_from_its_journal_acknowledges_resends_and_applies_them_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("room");
    let mut hosted = Hosted::create(&path);
    let mut first = Vec::new();
    for number in 1..=5 {
        let base = hosted.host.seq();
        let sent = submission(number, base, note(&format!("note {number}")));
        first.push(hosted.submit(&sent, number as i64));
    }
    let own = Submission {
        writer: WriterId::HOST,
        number: 0,
        base: hosted.host.seq(),
        change: note("the host's"),
    };
    hosted.submit(&own, 9);
    let before = hosted.live.clone();
    // The host dies (everything it answered was on disk first) and starts again.
    drop(hosted);
    let (mut hosted, warnings) = Hosted::open(Store::open(&path).expect("reopen"));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(hosted.live == before);
    assert_eq!(hosted.host.last_number(WriterId(1)), 5);
    // The writer never saw the answers to 4 and 5: it sends them again.
    for number in [4, 5] {
        let resend = submission(number, 3, note(&format!("note {number}")));
        let answer = hosted.submit(&resend, 20);
        let Answer::Applied(made) = &first[number as usize - 1] else {
            panic!("note {number} applied the first time");
        };
        assert_eq!(
            answer,
            Answer::Duplicate {
                number,
                first: Some(made.clone())
            }
        );
    }
    assert!(hosted.live == before, "nothing was applied twice");
    assert_eq!(hosted.store.changes(), 6);
    let answer = hosted.submit(&submission(6, 6, note("note 6")), 21);
    assert!(
        matches!(answer, Answer::Applied(Sequenced { seq: 7, .. })),
        "{answer:?}"
    );
    let notes = &hosted.live.record.notes;
    let texts: Vec<&str> = notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "note 1",
            "note 2",
            "note 3",
            "note 4",
            "note 5",
            "the host's",
            "note 6"
        ]
    );
    // The joined writer's times are the host's clock; the host's own keep its own.
    assert_eq!(
        (notes[0].at, notes[5].at, notes[6].at),
        (at(1), at(600), at(21))
    );
    // On disk, a joined writer's entry says who sent it; the host's is the bare change.
    let bytes = std::fs::read(path.join(JOURNAL_FILE)).expect("journal");
    let journal = String::from_utf8_lossy(&bytes);
    assert!(journal.contains(r#"{"By":{"writer":1,"number":6,"change":{"Do":{"AddNote""#));
    assert!(journal.contains(
        r#"{"Do":{"AddNote":{"id":8,"session":"open","kind":"Note","text":"the host's""#
    ));
}

#[test]
fn a_note_takers_facilitator_only_change_is_refused_with_a_message_and_never_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut hosted = Hosted::create(&dir.path().join("room"));
    let start = Change::Do(Op::StartSession {
        session: "open".into(),
        at: at(0),
    });
    let answer = hosted.submit(&submission(1, 0, start.clone()), 0);
    assert_eq!(
        answer,
        Answer::Refused {
            number: 1,
            message:
                "only the facilitator can start, pause, end or skip a session; you are taking notes"
                    .into()
        }
    );
    assert_eq!(hosted.store.changes(), 0);
    hosted.host.set_role(WriterId(1), Role::Facilitator);
    let answer = hosted.submit(&submission(2, 0, start), 0);
    assert!(matches!(answer, Answer::Applied(_)), "{answer:?}");
    assert_eq!(hosted.store.changes(), 1);
}

#[test]
fn the_release_before_the_room_opens_as_written_by_the_host_and_keeps_its_bytes() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/record-0.1.0");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("old");
    std::fs::create_dir(&path).expect("dir");
    for name in ["agenda.ron", "journal", "snapshot.json"] {
        std::fs::copy(fixture.join(name), path.join(name)).expect("copy");
    }
    let old = std::fs::read(path.join(JOURNAL_FILE)).expect("journal");
    let (mut hosted, warnings) = Hosted::open(Store::open(&path).expect("open"));
    assert!(warnings.is_empty(), "{warnings:?}");
    let live = &hosted.live;
    assert!(
        live.undo
            .iter()
            .chain(&live.redo)
            .all(|s| s.writer.is_host())
    );
    assert!(live.numbers.is_empty() && live.owners.is_empty());
    assert_eq!(hosted.host.last_number(WriterId(1)), 0);
    let entries = journal::scan(&old, 0).expect("a journal").changes;
    assert!(
        entries
            .iter()
            .all(|(e, _)| e.writer.is_host() && e.number == 0)
    );
    let base = hosted.host.seq();
    let answer = hosted.submit(&submission(1, base, note("joined")), 0);
    assert!(matches!(answer, Answer::Applied(_)), "{answer:?}");
    let live = hosted.live.clone();
    drop(hosted);
    let now = std::fs::read(path.join(JOURNAL_FILE)).expect("journal");
    assert!(now.starts_with(&old), "the old bytes are kept");
    let loaded = load(&path).expect("load");
    assert!(loaded.live == live);
    assert_eq!(loaded.live.numbers.get(&WriterId(1)), Some(&1));
}

#[test]
fn the_meeting_screen_and_a_joined_writer_share_one_order_and_each_undo_takes_back_its_own() {
    let mut s = common::screen::Screen::new(80, 24);
    s.keys("nthe facilitator's note<Enter><Esc>");
    assert_eq!(
        s.app.host.seq(),
        1,
        "the screen's keys went through the order"
    );
    // A joined writer's note arrives through the same order, on a copy one change old.
    let app = &mut s.app;
    let store = app.store.as_mut().expect("the screen writes");
    let (answer, saved) = store.submit(
        &mut app.host,
        &mut app.live,
        &submission(1, 1, note("Ana's")),
        s.now,
    );
    saved.expect("written");
    assert!(
        matches!(answer, Answer::Applied(Sequenced { seq: 2, .. })),
        "{answer:?}"
    );
    // The screen's `u` takes back the screen's note, not Ana's, though hers is the latest.
    s.keys("u");
    let texts = |s: &common::screen::Screen| -> Vec<String> {
        s.app
            .live
            .record
            .notes
            .iter()
            .map(|n| n.text.clone())
            .collect()
    };
    assert_eq!(texts(&s), ["Ana's"]);
    // Ana's undo takes back hers.
    let app = &mut s.app;
    let store = app.store.as_mut().expect("the screen writes");
    let undo = submission(2, 3, Change::Undo);
    let (answer, _) = store.submit(&mut app.host, &mut app.live, &undo, s.now);
    assert!(matches!(answer, Answer::Applied(_)), "{answer:?}");
    assert!(texts(&s).is_empty());
    // Ctrl-R redoes the screen's note: Ana's undo left the screen's redo alone.
    s.keys("<C-r>");
    assert_eq!(texts(&s), ["the facilitator's note"]);
    let loaded = load(&s.dir.path().join("rec")).expect("load");
    assert!(
        loaded.live == s.app.live,
        "the journal replays to the screen's record"
    );
    assert_eq!(loaded.changes, 5);
}
