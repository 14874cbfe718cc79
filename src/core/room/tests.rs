//! The sequencer's rules, one at a time: the host's ids and times, answers to resends, roles,
//! each writer's own undo, and positions named on a record that moved on.

use chrono::{NaiveDate, NaiveDateTime};

use super::{Answer, Host, Role, Sequenced, Submission, WriterId};
use crate::core::history::{Change, Entry, Live};
use crate::core::op::Op;
use crate::core::record::{Action, Id, Note, NoteKind, Record};
use crate::store::agenda_file::parse_agenda;

const SMALL: &str = include_str!("../../../tests/fixtures/small.ron");
const ANA: WriterId = WriterId(1);
const BEN: WriterId = WriterId(2);

/// A host with the record it keeps, as the meeting screen holds them.
struct Room {
    host: Host,
    live: Live,
}

impl Room {
    fn open(live: Live, seq: u64, replayed: Vec<Entry>) -> Room {
        Room {
            host: Host::open(&live, seq, replayed),
            live,
        }
    }

    fn live(&self) -> &Live {
        &self.live
    }

    fn seq(&self) -> u64 {
        self.host.seq()
    }

    fn since(&self, seq: u64) -> Option<Vec<Sequenced>> {
        self.host.since(seq)
    }

    fn set_role(&mut self, writer: WriterId, role: Role) {
        self.host.set_role(writer, role);
    }

    fn role(&self, writer: WriterId) -> Role {
        self.host.role(writer)
    }

    fn last_number(&self, writer: WriterId) -> u64 {
        self.host.last_number(writer)
    }
}

fn host() -> Room {
    match parse_agenda("small.ron", SMALL.as_bytes()) {
        Ok((agenda, _)) => Room::open(Live::new(Record::new(agenda)), 0, Vec::new()),
        Err(e) => panic!("the small agenda checks: {e}"),
    }
}

fn at(minute: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2018, 7, 23)
        .and_then(|d| d.and_hms_opt(9, minute, 0))
        .unwrap_or_default()
}

fn note(id: u64, text: &str) -> Op {
    Op::AddNote(Note {
        id: Id(id),
        session: "open".into(),
        kind: NoteKind::Note,
        text: text.into(),
        speaker: None,
        at: at(59),
        item: None,
    })
}

fn card(id: u64, text: &str) -> Op {
    Op::AddAction {
        action: Action {
            id: Id(id),
            text: text.into(),
            owner: None,
            due: None,
            session: "open".into(),
            item: None,
            progress: Default::default(),
        },
        strategy: None,
    }
}

fn submit(host: &mut Room, writer: WriterId, number: u64, op: Op) -> Answer {
    let base = host.seq();
    send(host, writer, number, base, Change::Do(op))
}

fn send(host: &mut Room, writer: WriterId, number: u64, base: u64, change: Change) -> Answer {
    let submission = Submission {
        writer,
        number,
        base,
        change,
    };
    host.host.submit(&mut host.live, &submission, at(1))
}

fn applied(answer: Answer) -> Sequenced {
    match answer {
        Answer::Applied(made) => made,
        other => panic!("expected it applied, got {other:?}"),
    }
}

fn refused(answer: Answer) -> String {
    match answer {
        Answer::Refused { message, .. } => message,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn texts(host: &Room) -> Vec<&str> {
    let notes = &host.live().record.notes;
    notes.iter().map(|n| n.text.as_str()).collect()
}

#[test]
fn two_writers_naming_the_same_next_id_both_land_under_ids_of_the_host() {
    let mut host = host();
    let fresh = host.live().record.next_id;
    let a = applied(submit(&mut host, ANA, 1, note(fresh, "from Ana")));
    let b = applied(submit(&mut host, BEN, 1, note(fresh, "from Ben")));
    assert_eq!((a.seq, b.seq), (1, 2));
    let notes = &host.live().record.notes;
    assert_eq!(notes.len(), 2);
    assert_eq!(notes[0].id, Id(fresh));
    assert_eq!(notes[1].id, Id(fresh + 1));
    // The time is the host's clock, not the laptop's.
    assert!(notes.iter().all(|n| n.at == at(1)));
    // The answer carries the change as applied, so the writer learns its id.
    assert_eq!(b.entry.change, Change::Do(Op::AddNote(notes[1].clone())));
    assert_eq!(host.live().owners.get(&Id(fresh + 1)), Some(&BEN));
}

#[test]
fn a_batch_that_creates_two_items_gets_two_ids_and_references_follow_them() {
    let mut host = host();
    let mut taken = host.live().record.clone();
    taken.next_id += 5; // someone else captured meanwhile
    let fresh = host.live().record.next_id;
    let _ = applied(submit(&mut host, BEN, 1, note(fresh, "first")));
    let batch = Op::Batch(vec![
        note(fresh, "again"),
        Op::EditNote {
            id: Id(fresh),
            kind: NoteKind::Question,
            text: "again?".into(),
            speaker: None,
        },
        card(fresh + 1, "a card"),
    ]);
    let _ = applied(submit(&mut host, ANA, 1, batch));
    let r = &host.live().record;
    assert_eq!(r.notes[0].text, "first", "Ben's note is untouched");
    assert_eq!(r.notes[1].id, Id(fresh + 1));
    assert_eq!(
        (r.notes[1].kind, r.notes[1].text.as_str()),
        (NoteKind::Question, "again?")
    );
    assert_eq!(r.actions[0].id, Id(fresh + 2));
    assert_eq!(r.unsorted, vec![Id(fresh + 2)]);
}

#[test]
fn a_resend_is_answered_as_the_first_time_and_not_applied_again() {
    let mut host = host();
    let fresh = host.live().record.next_id;
    let first = applied(submit(&mut host, ANA, 7, note(fresh, "once")));
    let again = submit(&mut host, ANA, 7, note(fresh, "once"));
    assert_eq!(
        again,
        Answer::Duplicate {
            number: 7,
            first: Some(first.clone())
        }
    );
    assert_eq!(texts(&host), ["once"]);
    assert_eq!((host.seq(), host.last_number(ANA)), (1, 7));
    // Another writer's number 7 is its own.
    let _ = applied(submit(&mut host, BEN, 7, note(fresh, "Ben's")));
    // A refusal is answered the same way each time, even if it would apply now.
    let message = refused(submit(&mut host, ANA, 8, Op::DeleteNote { id: Id(999) }));
    assert_eq!(message, "there is no note #999");
    let again = refused(submit(&mut host, ANA, 8, Op::DeleteNote { id: Id(999) }));
    assert_eq!(again, message);
    assert_eq!(host.since(0).map(|s| s.len()), Some(2));
    assert_eq!(host.since(1).map(|s| s[0].seq), Some(2));
    assert_eq!(host.since(0).map(|s| s[0].clone()), Some(first));
}

#[test]
fn reopened_from_its_entries_the_host_knows_every_number_it_accepted() {
    let mut host = host();
    let fresh = host.live().record.next_id;
    let first = applied(submit(&mut host, ANA, 1, note(fresh, "one")));
    let _ = applied(submit(
        &mut host,
        WriterId::HOST,
        0,
        note(fresh + 1, "host"),
    ));
    let second = applied(submit(&mut host, ANA, 2, note(fresh + 2, "two")));
    let entries: Vec<Entry> = host
        .since(0)
        .unwrap_or_default()
        .into_iter()
        .map(|s| s.entry)
        .collect();
    let mut again = Room::open(host.live().clone(), host.seq(), entries);
    assert_eq!(again.last_number(ANA), 2);
    assert_eq!(
        submit(&mut again, ANA, 1, note(0, "one")),
        Answer::Duplicate {
            number: 1,
            first: Some(first)
        }
    );
    assert_eq!(
        submit(&mut again, ANA, 2, note(0, "two")),
        Answer::Duplicate {
            number: 2,
            first: Some(second)
        }
    );
    // Opened from a snapshot with no entries after it: the numbers kept in the record still
    // stop a resend, though the first answer is gone.
    let mut bare = Room::open(host.live().clone(), host.seq(), Vec::new());
    assert_eq!(
        submit(&mut bare, ANA, 2, note(0, "two")),
        Answer::Duplicate {
            number: 2,
            first: None
        }
    );
    assert_eq!(bare.since(0), None, "older than the host holds");
    assert_eq!(bare.since(3), Some(Vec::new()));
    let _ = applied(submit(&mut bare, ANA, 3, note(0, "three")));
}

#[test]
fn a_note_taker_captures_and_edits_its_own_and_is_told_what_only_the_facilitator_does() {
    let mut host = host();
    let fresh = host.live().record.next_id;
    let _ = applied(submit(
        &mut host,
        WriterId::HOST,
        0,
        note(fresh, "the host's"),
    ));
    let mine = applied(submit(&mut host, ANA, 1, note(0, "mine")));
    let Change::Do(Op::AddNote(n)) = &mine.entry.change else {
        panic!("a note was filed: {mine:?}");
    };
    let edit = |id: Id| Op::EditNote {
        id,
        kind: NoteKind::KeyPoint,
        text: "edited".into(),
        speaker: None,
    };
    let _ = applied(submit(&mut host, ANA, 2, edit(n.id)));
    let _ = applied(submit(&mut host, ANA, 3, card(0, "a card")));
    let _ = applied(submit(
        &mut host,
        ANA,
        4,
        Op::RaiseHand {
            speaker: "ana".into(),
        },
    ));
    let cases = [
        (
            edit(Id(fresh)),
            "a note-taker can change only what they captured, and note #3 is not yours; ask the facilitator",
        ),
        (
            Op::StartSession {
                session: "open".into(),
                at: at(3),
            },
            "only the facilitator can start, pause, end or skip a session; you are taking notes",
        ),
        (
            Op::SetCurrent {
                session: Some("props".into()),
            },
            "only the facilitator can move the agenda to another session; you are taking notes",
        ),
        (
            Op::Decide {
                proposal: Id(1),
                decision: crate::core::record::Decision::Selected,
                session: None,
            },
            "only the facilitator can weigh or decide proposals; you are taking notes",
        ),
        (
            Op::MoveStrategy {
                id: Id(1),
                index: 0,
            },
            "only the facilitator can restructure the board; you are taking notes",
        ),
        (
            Op::Batch(vec![
                note(0, "fine"),
                Op::SkipSession {
                    session: "lunch".into(),
                },
            ]),
            "only the facilitator can start, pause, end or skip a session; you are taking notes",
        ),
    ];
    let before = host.live().clone();
    for (n, (op, why)) in (10..).zip(cases) {
        assert_eq!(
            refused(submit(&mut host, ANA, n, op.clone())),
            why,
            "{op:?}"
        );
    }
    assert_eq!(host.live(), &before, "refusals change nothing");
    // Handed the role, the same writer may; taken back, it may not.
    host.set_role(ANA, Role::Facilitator);
    let skip = || Op::SkipSession {
        session: "lunch".into(),
    };
    let _ = applied(submit(&mut host, ANA, 20, skip()));
    host.set_role(ANA, Role::NoteTaker);
    assert_eq!(host.role(ANA), Role::NoteTaker);
    let _ = refused(submit(
        &mut host,
        ANA,
        21,
        Op::SkipSession {
            session: "close".into(),
        },
    ));
    // The host is the facilitator whatever it is told.
    host.set_role(WriterId::HOST, Role::NoteTaker);
    assert_eq!(host.role(WriterId::HOST), Role::Facilitator);
}

#[test]
fn each_writers_undo_takes_back_its_own_latest_change() {
    let mut host = host();
    let _ = applied(submit(&mut host, ANA, 1, note(0, "Ana's")));
    let _ = applied(submit(&mut host, BEN, 1, note(0, "Ben's")));
    let _ = applied(submit(&mut host, WriterId::HOST, 0, note(0, "the host's")));
    let base = host.seq();
    let _ = applied(send(&mut host, ANA, 2, base, Change::Undo));
    assert_eq!(texts(&host), ["Ben's", "the host's"]);
    assert_eq!(
        refused(send(&mut host, ANA, 3, base, Change::Undo)),
        "nothing to undo"
    );
    assert_eq!(
        refused(send(&mut host, BEN, 2, base, Change::Redo)),
        "nothing to redo"
    );
    let _ = applied(send(&mut host, WriterId::HOST, 0, base, Change::Undo));
    assert_eq!(texts(&host), ["Ben's"]);
    let _ = applied(send(&mut host, ANA, 4, base, Change::Redo));
    assert_eq!(texts(&host), ["Ana's", "Ben's"]);
    // A new change clears only its writer's redo: the host can still redo its note.
    let _ = applied(submit(&mut host, ANA, 5, note(0, "Ana again")));
    let _ = applied(send(&mut host, WriterId::HOST, 0, base, Change::Redo));
    assert_eq!(texts(&host), ["Ana's", "Ben's", "the host's", "Ana again"]);
    // An undo a note-taker could not make now is refused: the facilitator's role was taken.
    host.set_role(BEN, Role::Facilitator);
    let _ = applied(submit(
        &mut host,
        BEN,
        3,
        Op::SkipSession {
            session: "lunch".into(),
        },
    ));
    host.set_role(BEN, Role::NoteTaker);
    let now = host.seq();
    let message = refused(send(&mut host, BEN, 4, now, Change::Undo));
    assert!(message.starts_with("only the facilitator can"), "{message}");
}

fn move_card(id: u64, index: usize) -> Op {
    Op::MoveAction {
        id: Id(id),
        strategy: None,
        index,
    }
}

#[test]
fn a_move_on_an_old_base_lands_when_its_column_only_grew_and_is_refused_when_it_changed() {
    let mut host = host();
    host.set_role(ANA, Role::Facilitator);
    let fresh = host.live().record.next_id;
    for (n, text) in (0..).zip(["a", "b", "c"]) {
        let _ = applied(submit(&mut host, WriterId::HOST, 0, card(fresh + n, text)));
    }
    let base = host.seq();
    // Others add a card at the bottom and change a note: Ana's move still means what it meant.
    let _ = applied(submit(&mut host, BEN, 1, card(0, "d")));
    let _ = applied(submit(&mut host, BEN, 2, note(0, "meanwhile")));
    let _ = applied(send(
        &mut host,
        ANA,
        1,
        base,
        Change::Do(move_card(fresh + 2, 0)),
    ));
    let order = |host: &Room| host.live().record.unsorted.clone();
    assert_eq!(
        order(&host),
        [Id(fresh + 2), Id(fresh), Id(fresh + 1), Id(fresh + 3)]
    );
    // Someone reorders the column; a move built before that is refused, and says so.
    let base = host.seq();
    let _ = applied(submit(&mut host, WriterId::HOST, 0, move_card(fresh, 3)));
    let before = order(&host);
    let message = refused(send(
        &mut host,
        ANA,
        2,
        base,
        Change::Do(move_card(fresh + 1, 0)),
    ));
    assert_eq!(
        message,
        format!(
            "The Unsorted column changed (change {}) since you looked at change {base}; nothing was moved — look again and move it again",
            base + 1
        )
    );
    assert_eq!(order(&host), before);
    // Built on the latest, it lands.
    let latest = host.seq();
    let move_b = Change::Do(move_card(fresh + 1, 0));
    let _ = applied(send(&mut host, ANA, 3, latest, move_b));
    // A base the host never made is refused.
    let future = host.seq() + 5;
    assert!(
        refused(send(&mut host, ANA, 4, future, Change::Do(note(0, "x"))))
            .starts_with("built on change")
    );
    // After a restart, what moved before is not known: an old position is refused.
    let entries = host
        .since(0)
        .unwrap_or_default()
        .into_iter()
        .map(|s| s.entry)
        .collect();
    let mut again = Room::open(host.live().clone(), host.seq(), entries);
    again.set_role(ANA, Role::Facilitator);
    let message = refused(send(
        &mut again,
        ANA,
        9,
        base,
        Change::Do(move_card(fresh, 0)),
    ));
    assert!(message.starts_with("the host started again"), "{message}");
    // A non-positional op on an old base is applied.
    let _ = applied(send(&mut again, ANA, 10, base, Change::Do(note(0, "late"))));
}

#[test]
fn a_new_session_gets_an_id_no_session_has() {
    let mut host = host();
    let session = |id: &str| crate::core::agenda::Session {
        id: id.into(),
        title: "Extra".into(),
        kind: crate::core::agenda::SessionKind::Discussion,
        also: Vec::new(),
        start: None,
        minutes: Some(10),
        description: String::new(),
        leads: Vec::new(),
        proposals: Vec::new(),
        criteria: Vec::new(),
        items: Vec::new(),
        roles: Vec::new(),
        track: None,
        room: None,
    };
    let add = |id: &str| Op::AddSession {
        day: 0,
        index: 1,
        session: session(id),
    };
    let _ = applied(submit(
        &mut host,
        WriterId::HOST,
        0,
        Op::Batch(vec![add("open"), add("open")]),
    ));
    let plan = &host.live().record.plan;
    let ids: Vec<&str> = plan.days[0]
        .sessions
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(
        ids,
        ["open", "open-3", "open-2", "props", "lunch", "decide"]
    );
}

#[test]
fn a_refusal_is_answered_again_as_it_was_even_once_the_change_would_apply() {
    let mut host = host();
    let skip = || Op::SkipSession {
        session: "lunch".into(),
    };
    let first = refused(submit(&mut host, ANA, 1, skip()));
    host.set_role(ANA, Role::Facilitator);
    assert_eq!(refused(submit(&mut host, ANA, 1, skip())), first);
    // Refused by the op itself: editing a note that is not there yet.
    let next = host.live().record.next_id;
    let edit = Op::EditNote {
        id: Id(next),
        kind: NoteKind::Quote,
        text: "too soon".into(),
        speaker: None,
    };
    let first = refused(submit(&mut host, BEN, 1, edit.clone()));
    let _ = applied(submit(&mut host, BEN, 2, note(next, "now there")));
    assert_eq!(refused(submit(&mut host, BEN, 1, edit)), first);
    assert_eq!(texts(&host), ["now there"]);
    assert_eq!(host.seq(), 1);
}

#[test]
fn a_note_taker_undoes_and_redoes_its_own_edit() {
    let mut host = host();
    let mine = applied(submit(&mut host, ANA, 1, note(0, "draft")));
    let Change::Do(Op::AddNote(n)) = mine.entry.change else {
        panic!("a note was filed");
    };
    let edit = Op::EditNote {
        id: n.id,
        kind: NoteKind::Note,
        text: "final".into(),
        speaker: None,
    };
    let _ = applied(submit(&mut host, ANA, 2, edit));
    let base = host.seq();
    let _ = applied(send(&mut host, ANA, 3, base, Change::Undo));
    assert_eq!(texts(&host), ["draft"]);
    let _ = applied(send(&mut host, ANA, 4, base, Change::Redo));
    assert_eq!(texts(&host), ["final"]);
}

/// The entries of a host's order so far.
fn entries(host: &Room) -> Vec<Entry> {
    let order = host.since(0).unwrap_or_default();
    order.into_iter().map(|s| s.entry).collect()
}

#[test]
fn reopened_from_the_whole_journal_a_number_never_received_still_lands_once() {
    let mut host = host();
    // Numbers 1 and 2 were lost on the way; 3 and 4 landed.
    let _ = applied(submit(&mut host, ANA, 3, note(0, "three")));
    let _ = applied(submit(&mut host, ANA, 4, note(0, "four")));
    let mut again = Room::open(host.live().clone(), host.seq(), entries(&host));
    let late = applied(submit(&mut again, ANA, 1, note(0, "one")));
    assert_eq!(late.seq, 3);
    assert_eq!(again.last_number(ANA), 4);
    assert_eq!(texts(&again), ["three", "four", "one"]);
}

#[test]
fn reopened_from_a_snapshot_and_its_tail_a_resend_of_the_tail_gets_its_first_answer() {
    let mut host = host();
    let _ = applied(submit(&mut host, ANA, 1, note(0, "one")));
    let _ = applied(submit(&mut host, BEN, 1, note(0, "Ben's")));
    let two = applied(submit(&mut host, ANA, 2, note(0, "two")));
    // The snapshot holds the first two changes; the journal's tail the third.
    let tail = entries(&host).split_off(2);
    let mut again = Room::open(host.live().clone(), host.seq(), tail);
    assert_eq!(
        submit(&mut again, ANA, 2, note(0, "two")),
        Answer::Duplicate {
            number: 2,
            first: Some(two)
        }
    );
    // Ana's 1 came before the tail: settled. Ben's 1 too, though the tail holds none of his.
    for (writer, number) in [(ANA, 1), (BEN, 1)] {
        assert_eq!(
            submit(&mut again, writer, number, note(0, "again")),
            Answer::Duplicate {
                number,
                first: None
            }
        );
    }
    assert_eq!(again.since(2).map(|s| s.len()), Some(1));
    assert_eq!(again.since(1), None);
    let _ = applied(submit(&mut again, BEN, 2, note(0, "Ben's two")));
}
