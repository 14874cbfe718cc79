//! The meeting's rules without a screen: each core command, row by row (normal, edge,
//! refused). Every row that returns ops is also applied to the record, so a command can only
//! pass by building ops the record accepts and that do what the row says.

mod common;

use chrono::{NaiveDate, NaiveTime};
use common::{at, small_agenda};
use plenary::core::agenda::{Participant, SessionKind};
use plenary::core::commands::{self, Draft, Ops, Refusal, Step};
use plenary::core::op::{Op, apply};
use plenary::core::record::{
    Count, Decision, Id, Method, NoteKind, Record, ResolutionStatus, RunState,
};

fn fresh() -> Record {
    Record::new(small_agenda())
}

/// The record after `ops`, each of which must apply.
fn applied(record: &Record, ops: &[Op]) -> Record {
    let mut record = record.clone();
    for op in ops {
        if let Err(e) = apply(&mut record, op) {
            panic!("{op:?} does not apply: {e}");
        }
    }
    record
}

/// The record after the ops of each command in turn.
fn after(steps: &[&dyn Fn(&Record) -> Ops]) -> Record {
    steps
        .iter()
        .fold(fresh(), |record, step| match step(&record) {
            Ok(ops) => applied(&record, &ops),
            Err(refusal) => panic!("setup refused: {refusal}"),
        })
}

/// `record` with two more people on its list, Lucía Ferreyra and Ana Ruiz, so lines can name
/// them as owners: an owner is someone the record knows.
fn with_lucia_and_ana_ruiz(mut record: Record) -> Record {
    let person = |id: &str, name: &str| Participant {
        id: id.into(),
        name: name.into(),
        organisation: String::new(),
        organisations: Vec::new(),
        country: String::new(),
        region: String::new(),
        role: String::new(),
        gender: None,
        aliases: Vec::new(),
        remote: false,
    };
    record
        .plan
        .participants
        .extend([person("lf", "Lucía Ferreyra"), person("ar", "Ana Ruiz")]);
    record
}

fn refused(message: &str) -> Ops {
    Err(Refusal(message.to_owned()))
}

fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
}

fn current(id: &str) -> Op {
    Op::SetCurrent {
        session: Some(id.to_owned()),
    }
}

#[test]
fn step_session_goes_to_the_next_or_previous_session_across_days() {
    let rows: [(&str, bool, Ops); 6] = [
        ("open", true, Ok(vec![current("props")])),
        ("decide", true, Ok(vec![current("plan")])),
        ("plan", false, Ok(vec![current("decide")])),
        ("close", true, refused("this is the last session")),
        ("open", false, refused("this is the first session")),
        ("nowhere", true, refused("there is no session `nowhere`")),
    ];
    let record = fresh();
    for (from, forward, want) in rows {
        let got = commands::step_session(&record, from, forward);
        assert_eq!(got, want, "{from} forward={forward}");
        if let Ok(ops) = got {
            assert!(applied(&record, &ops).current.is_some());
        }
    }
}

#[test]
fn start_or_pause_starts_pauses_and_moves_the_room_on() {
    let start = |id: &'static str| move |r: &Record| commands::start_or_pause(r, id, at(0));
    let end = |r: &Record| commands::end_session(r, "open", at(1));
    let skip = |r: &Record| commands::skip_session(r, "open");
    let (start_open, start_props) = (start("open"), start("props"));
    let rows: Vec<(&str, Record, &str, Ops)> = vec![
        (
            "a pending session starts and becomes current",
            fresh(),
            "open",
            Ok(vec![
                Op::StartSession {
                    session: "open".into(),
                    at: at(5),
                },
                current("open"),
            ]),
        ),
        (
            "a running session pauses",
            after(&[&start_open]),
            "open",
            Ok(vec![Op::PauseSession {
                session: "open".into(),
                at: at(5),
            }]),
        ),
        (
            "starting another pauses the running one first",
            after(&[&start_open]),
            "props",
            Ok(vec![
                Op::PauseSession {
                    session: "open".into(),
                    at: at(5),
                },
                Op::StartSession {
                    session: "props".into(),
                    at: at(5),
                },
                current("props"),
            ]),
        ),
        (
            "a paused session resumes",
            after(&[&start_open, &start_open]),
            "open",
            Ok(vec![
                Op::StartSession {
                    session: "open".into(),
                    at: at(5),
                },
                current("open"),
            ]),
        ),
        (
            "a paused one is not paused again when another starts",
            after(&[&start_props, &start_props]),
            "open",
            Ok(vec![
                Op::StartSession {
                    session: "open".into(),
                    at: at(5),
                },
                current("open"),
            ]),
        ),
        (
            "an ended session is over",
            after(&[&start_open, &end]),
            "open",
            refused("this session is over; ] goes to the next"),
        ),
        (
            "a skipped session is over",
            after(&[&skip]),
            "open",
            refused("this session is over; ] goes to the next"),
        ),
        (
            "an unknown session",
            fresh(),
            "nowhere",
            refused("there is no session `nowhere`"),
        ),
    ];
    for (what, record, id, want) in rows {
        let got = commands::start_or_pause(&record, id, at(5));
        assert_eq!(got, want, "{what}");
        if let Ok(ops) = got {
            let after = applied(&record, &ops);
            let running: Vec<_> = after
                .runs
                .iter()
                .filter(|(_, r)| r.state == RunState::Running)
                .collect();
            assert!(running.len() <= 1, "{what}: one session runs at most");
        }
    }
}

#[test]
fn end_and_skip_name_the_session_and_apply_only_where_they_mean_something() {
    let record = after(&[&|r: &Record| commands::start_or_pause(r, "open", at(0))]);
    let end = commands::end_session(&record, "open", at(30));
    assert_eq!(
        end,
        Ok(vec![Op::EndSession {
            session: "open".into(),
            at: at(30),
        }])
    );
    let ended = applied(&record, &end.unwrap_or_default());
    assert_eq!(ended.run("open").state, RunState::Done);
    let skip = commands::skip_session(&record, "props");
    assert_eq!(
        skip,
        Ok(vec![Op::SkipSession {
            session: "props".into()
        }])
    );
    assert_eq!(
        applied(&record, &skip.unwrap_or_default())
            .run("props")
            .state,
        RunState::Skipped
    );
    for refused_here in [
        commands::end_session(&record, "gone", at(1)),
        commands::skip_session(&record, "gone"),
    ] {
        assert_eq!(refused_here, refused("there is no session `gone`"));
    }
}

fn moved(session: &str, day: usize, index: usize, start: NaiveTime) -> Op {
    Op::MoveSession {
        session: session.into(),
        day,
        index,
        start: Some(start),
    }
}

#[test]
fn moving_a_session_swaps_it_with_its_neighbour_and_retimes_both() {
    let rows: [(&str, bool, Ops, &[&str]); 6] = [
        (
            "props",
            true,
            Ok(vec![
                moved("lunch", 0, 1, time(9, 30)),
                moved("props", 0, 2, time(10, 30)),
            ]),
            &["open", "lunch", "props", "decide"],
        ),
        (
            "props",
            false,
            Ok(vec![
                moved("props", 0, 0, time(9, 0)),
                moved("open", 0, 1, time(10, 30)),
            ]),
            &["props", "open", "lunch", "decide"],
        ),
        (
            "plan",
            true,
            Ok(vec![
                moved("close", 1, 0, time(9, 0)),
                moved("plan", 1, 1, time(9, 30)),
            ]),
            &[],
        ),
        (
            "open",
            false,
            refused("no session to swap with on this day"),
            &[],
        ),
        (
            "decide",
            true,
            refused("no session to swap with on this day"),
            &[],
        ),
        ("gone", true, refused("there is no session `gone`"), &[]),
    ];
    let record = fresh();
    for (id, later, want, order) in rows {
        let got = commands::move_session(&record, id, later);
        assert_eq!(got, want, "{id} later={later}");
        if let Ok(ops) = got {
            let after = applied(&record, &ops);
            if !order.is_empty() {
                let day: Vec<&str> = after.plan.days[0]
                    .sessions
                    .iter()
                    .map(|s| s.id.as_str())
                    .collect();
                assert_eq!(day, order, "{id} later={later}");
            }
        }
    }
}

#[test]
fn lengthen_and_shorten_move_by_five_minutes_and_keep_one() {
    let set = |minutes| {
        move |_: &Record| {
            Ok(vec![Op::SetSessionMinutes {
                session: "open".into(),
                minutes,
            }])
        }
    };
    let (three, one) = (set(Some(3)), set(Some(1)));
    let rows: Vec<(Record, bool, Ops)> = vec![
        (fresh(), true, Ok(vec![minutes("open", 35)])),
        (fresh(), false, Ok(vec![minutes("open", 25)])),
        (after(&[&three]), false, Ok(vec![minutes("open", 1)])),
        (after(&[&one]), false, Ok(vec![minutes("open", 1)])),
        (after(&[&one]), true, Ok(vec![minutes("open", 6)])),
    ];
    for (record, longer, want) in rows {
        let got = commands::resize_session(&record, "open", longer);
        assert_eq!(got, want, "longer={longer}");
        applied(&record, &got.unwrap_or_default());
    }
    assert_eq!(
        commands::resize_session(&fresh(), "gone", true),
        refused("there is no session `gone`")
    );
}

fn minutes(session: &str, minutes: u32) -> Op {
    Op::SetSessionMinutes {
        session: session.into(),
        minutes: Some(minutes),
    }
}

#[test]
fn split_halves_a_session_under_an_unused_id() {
    let split = |r: &Record| commands::split_session(r, "props");
    let three = |_: &Record| Ok(vec![minutes("open", 3)]);
    let one = |_: &Record| Ok(vec![minutes("open", 1)]);
    let two = |_: &Record| Ok(vec![minutes("open", 2)]);
    let rows: Vec<(Record, &str, Ops)> = vec![
        (
            after(&[&two]),
            "open",
            Ok(vec![Op::SplitSession {
                session: "open".into(),
                id: "open-2".into(),
                title: "Opening (continued)".into(),
                minutes: 1,
            }]),
        ),
        (
            fresh(),
            "props",
            Ok(vec![Op::SplitSession {
                session: "props".into(),
                id: "props-2".into(),
                title: "Proposals (continued)".into(),
                minutes: 45,
            }]),
        ),
        (
            after(&[&split]),
            "props",
            Ok(vec![Op::SplitSession {
                session: "props".into(),
                id: "props-2-3".into(),
                title: "Proposals (continued)".into(),
                minutes: 22,
            }]),
        ),
        (
            after(&[&three]),
            "open",
            Ok(vec![Op::SplitSession {
                session: "open".into(),
                id: "open-2".into(),
                title: "Opening (continued)".into(),
                minutes: 1,
            }]),
        ),
        (
            after(&[&one]),
            "open",
            refused("a one-minute session cannot be split"),
        ),
        (fresh(), "gone", refused("there is no session `gone`")),
    ];
    for (record, id, want) in rows {
        let got = commands::split_session(&record, id);
        assert_eq!(got, want, "{id}");
        applied(&record, &got.unwrap_or_default());
    }
}

#[test]
fn a_new_sessions_answer_gives_its_title_and_minutes() {
    let rows = [
        ("Report back 20", ("Report back", 20)),
        ("Report back", ("Report back", 30)),
        ("  Tea   15 ", ("Tea", 15)),
        ("Report back 0", ("Report back 0", 30)),
        ("Plenary 2019x", ("Plenary 2019x", 30)),
        ("Break -5", ("Break -5", 30)),
        ("20", ("20", 30)),
        ("", ("", 30)),
    ];
    for (answer, want) in rows {
        assert_eq!(commands::parse_new_session(answer), want, "{answer:?}");
    }
}

#[test]
fn a_slug_is_the_first_four_words_of_a_title() {
    let rows = [
        ("Report back", "report-back"),
        ("Día de campo!", "día-de-campo"),
        ("one two three four five", "one-two-three-four"),
        ("  spaced -- out  ", "spaced-out"),
        ("集体 行动", "集体-行动"),
        ("!!!", ""),
        ("", ""),
    ];
    for (title, want) in rows {
        assert_eq!(commands::slug(title), want, "{title:?}");
    }
}

#[test]
fn adding_a_session_puts_it_after_the_current_one_when_that_ends() {
    let record = fresh();
    let added = |answer: &str, after: &str| {
        commands::add_session(&record, after, answer, SessionKind::Discussion)
    };
    let session = |ops: &Ops| match ops.as_deref() {
        Ok(
            [
                Op::AddSession {
                    day,
                    index,
                    session,
                },
            ],
        ) => Some((
            *day,
            *index,
            session.id.clone(),
            session.title.clone(),
            session.start,
            session.minutes,
            session.kind,
        )),
        _ => None,
    };
    let rows = [
        (
            "Report back 20",
            "open",
            (0, 1, "report-back", "Report back", time(9, 30), 20),
        ),
        (
            "Wrap up",
            "close",
            (1, 2, "wrap-up", "Wrap up", time(11, 30), 30),
        ),
        // "open" is taken; the first free id after it is "open-3".
        (
            "Open 10",
            "props",
            (0, 2, "open-3", "Open", time(11, 0), 10),
        ),
        ("!!! 5", "decide", (0, 4, "session", "!!!", time(13, 0), 5)),
    ];
    for (answer, after_id, (day, index, id, title, start, minutes)) in rows {
        let ops = added(answer, after_id);
        let got = session(&ops);
        assert_eq!(
            got,
            Some((
                day,
                index,
                id.to_owned(),
                title.to_owned(),
                Some(start),
                Some(minutes),
                SessionKind::Discussion
            )),
            "{answer}"
        );
        let after = applied(&record, &ops.unwrap_or_default());
        assert_eq!(after.plan.position(id), Some((day, index)), "{answer}");
    }
    assert_eq!(added("", "open"), refused("a session needs a title"));
    assert_eq!(added("   ", "open"), refused("a session needs a title"));
    assert_eq!(added("Tea", "gone"), refused("there is no session `gone`"));
}

#[test]
fn an_unused_session_id_counts_up_from_three() {
    let split = |r: &Record| commands::split_session(r, "open");
    let record = after(&[&split]);
    let rows = [("tea", "tea"), ("open", "open-3"), ("open-2", "open-2-3")];
    for (base, want) in rows {
        assert_eq!(commands::unused_session_id(&record, base), want, "{base}");
    }
}

fn draft(
    text: &str,
    kind: NoteKind,
    speaker: Option<&'static str>,
) -> (String, NoteKind, Option<&'static str>) {
    (text.to_owned(), kind, speaker)
}

#[test]
fn capture_files_a_line_by_its_prefix_with_words_for_the_room() {
    let record = with_lucia_and_ana_ruiz(fresh());
    let id = record.fresh_id();
    let rows = [
        (draft("plain words", NoteKind::Note, None), "note saved"),
        (
            draft("plain", NoteKind::KeyPoint, Some("ben")),
            "key point saved",
        ),
        (
            draft("q: who coordinates?", NoteKind::KeyPoint, None),
            "question saved",
        ),
        (
            draft("“Land is life” — Ana", NoteKind::Note, Some("ben")),
            "quote saved",
        ),
        (
            draft(
                "action: Lucia to circulate the results by 2018-08-10",
                NoteKind::Note,
                None,
            ),
            "action filed on the board for Lucía Ferreyra, due 2018-08-10",
        ),
        (
            draft("action: map campaigns", NoteKind::Note, None),
            "action filed on the board",
        ),
        (
            draft(
                "action: talk to funders due 2018-09-01",
                NoteKind::Note,
                None,
            ),
            "action filed on the board, due 2018-09-01",
        ),
        (
            draft("proposal: a pilot", NoteKind::Quote, None),
            "proposal added to the matrix",
        ),
        (
            draft("resolution: we adopt", NoteKind::Note, None),
            "resolution recorded as proposed",
        ),
    ];
    for ((text, kind, speaker), message) in rows {
        let d = Draft {
            text: &text,
            kind,
            speaker,
            item: None,
        };
        let filed = commands::capture(&record, Some("props"), &d, at(7));
        let filed = match filed {
            Ok(filed) => filed,
            Err(refusal) => panic!("{text}: {refusal}"),
        };
        assert_eq!(filed.message, message, "{text}");
        let after = applied(&record, &filed.ops);
        assert_eq!(after.next_id, id.0 + 1, "{text}: one item, the fresh id");
        match after.note(id) {
            Some(note) => {
                assert_eq!((note.session.as_str(), note.at), ("props", at(7)));
                assert_eq!(
                    message,
                    format!("{} saved", plenary::core::labels::note_kind(note.kind))
                );
            }
            None => assert!(
                after.action(id).is_some_and(|a| a.session == "props")
                    || after
                        .proposal(id)
                        .is_some_and(|p| p.session.as_deref() == Some("props"))
                    || after.resolution(id).is_some_and(|r| {
                        r.status == ResolutionStatus::Proposed
                            && r.method == Method::NotRecorded
                            && r.at == at(7)
                    }),
                "{text}: filed in props"
            ),
        }
    }
}

#[test]
fn capture_keeps_the_chosen_kind_and_speaker_unless_the_line_says_otherwise() {
    let record = fresh();
    let rows = [
        (
            draft("plain", NoteKind::Question, Some("ben")),
            NoteKind::Question,
            Some("ben"),
            "plain",
        ),
        (
            draft("key: lifted", NoteKind::Question, None),
            NoteKind::KeyPoint,
            None,
            "lifted",
        ),
        (
            draft("“Quoted” — Ana", NoteKind::Note, Some("ben")),
            NoteKind::Quote,
            Some("ana"),
            "Quoted",
        ),
        (
            draft("\"Said\" - Visitor", NoteKind::Note, None),
            NoteKind::Quote,
            Some("Visitor"),
            "Said",
        ),
        (
            draft("  spaced  ", NoteKind::Note, None),
            NoteKind::Note,
            None,
            "spaced",
        ),
    ];
    for ((text, kind, speaker), want_kind, want_speaker, want_text) in rows {
        let d = Draft {
            text: &text,
            kind,
            speaker,
            item: None,
        };
        let ops = commands::capture(&record, Some("open"), &d, at(1)).map(|f| f.ops);
        let after = applied(&record, &ops.unwrap_or_default());
        let note = after.note(record.fresh_id());
        assert_eq!(note.map(|n| n.kind), Some(want_kind), "{text}");
        assert_eq!(
            note.and_then(|n| n.speaker.as_deref()),
            want_speaker,
            "{text}"
        );
        assert_eq!(note.map(|n| n.text.as_str()), Some(want_text), "{text}");
    }
}

#[test]
fn capture_is_refused_without_a_session_to_file_it_in() {
    let record = fresh();
    let d = Draft {
        text: "words",
        kind: NoteKind::Note,
        speaker: None,
        item: None,
    };
    assert_eq!(
        commands::capture(&record, None, &d, at(0)),
        Err(Refusal(
            "the agenda has no session to file the note in".into()
        ))
    );
    assert_eq!(
        commands::capture(&record, Some("gone"), &d, at(0)),
        Err(Refusal("there is no session `gone`".into()))
    );
}

#[test]
fn editing_a_note_keeps_it_a_note_whatever_its_prefix() {
    let add = |r: &Record| {
        let d = Draft {
            text: "first words",
            kind: NoteKind::Note,
            speaker: None,
            item: None,
        };
        commands::capture(r, Some("open"), &d, at(0)).map(|f| f.ops)
    };
    let record = after(&[&add]);
    let id = Id(record.next_id - 1);
    let edit = |text: &str, kind, speaker: Option<&str>| Op::EditNote {
        id,
        kind,
        text: text.into(),
        speaker: speaker.map(str::to_owned),
    };
    let rows = [
        (
            draft("new words", NoteKind::Note, None),
            Ok(vec![edit("new words", NoteKind::Note, None)]),
        ),
        (
            draft("key: lifted", NoteKind::Question, None),
            Ok(vec![edit("lifted", NoteKind::KeyPoint, None)]),
        ),
        (
            draft("plain", NoteKind::Question, Some("ben")),
            Ok(vec![edit("plain", NoteKind::Question, Some("ben"))]),
        ),
        (
            draft("“Quoted” — Ben", NoteKind::Note, None),
            Ok(vec![edit("Quoted", NoteKind::Quote, Some("ben"))]),
        ),
        (
            draft(" action: not a card ", NoteKind::Note, Some("ana")),
            Ok(vec![edit(
                "action: not a card",
                NoteKind::Note,
                Some("ana"),
            )]),
        ),
        (
            draft("proposal: still a note", NoteKind::Quote, None),
            Ok(vec![edit("proposal: still a note", NoteKind::Quote, None)]),
        ),
    ];
    for ((text, kind, speaker), want) in rows {
        let d = Draft {
            text: &text,
            kind,
            speaker,
            item: None,
        };
        let got = commands::edit_note(&record, id, &d);
        assert_eq!(got, want, "{text}");
        let after = applied(&record, &got.unwrap_or_default());
        assert_eq!(after.notes.len(), 1, "{text}: still one note");
        assert!(
            after.actions.is_empty() && after.resolutions.is_empty(),
            "{text}"
        );
    }
    let d = Draft {
        text: "x",
        kind: NoteKind::Note,
        speaker: None,
        item: None,
    };
    assert_eq!(
        commands::edit_note(&record, Id(99), &d),
        refused("there is no note #99")
    );
}

/// A record with a note (#3), a card (#4) in Unsorted and a resolution (#5).
fn captured() -> Record {
    let file = |text: &'static str| {
        move |r: &Record| {
            let d = Draft {
                text,
                kind: NoteKind::Note,
                speaker: None,
                item: None,
            };
            commands::capture(r, Some("open"), &d, at(0)).map(|f| f.ops)
        }
    };
    after(&[
        &file("a note"),
        &file("action: a card"),
        &file("resolution: we resolve"),
    ])
}

#[test]
fn deleting_removes_one_item_and_refuses_an_unknown_one() {
    let record = captured();
    let rows: [(&str, Ops, Ops); 4] = [
        (
            "note",
            commands::delete_note(&record, Id(3)),
            commands::delete_note(&record, Id(4)),
        ),
        (
            "proposal",
            commands::delete_proposal(&record, Id(1)),
            commands::delete_proposal(&record, Id(3)),
        ),
        (
            "card",
            commands::delete_card(&record, Id(4)),
            commands::delete_card(&record, Id(3)),
        ),
        (
            "resolution",
            commands::delete_resolution(&record, Id(5)),
            commands::delete_resolution(&record, Id(1)),
        ),
    ];
    let count =
        |r: &Record| r.notes.len() + r.proposals.len() + r.actions.len() + r.resolutions.len();
    for (what, ok, unknown) in rows {
        let ops = ok.unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(ops.len(), 1, "{what}");
        assert_eq!(count(&applied(&record, &ops)), count(&record) - 1, "{what}");
        let label = if what == "card" { "card" } else { what };
        assert!(
            unknown
                .as_ref()
                .is_err_and(|e| e.0.starts_with(&format!("there is no {label} #"))),
            "{what}: {unknown:?}"
        );
    }
}

#[test]
fn scores_go_on_the_chosen_criterion_clamped_to_the_last() {
    let record = fresh();
    let score = |criterion: &str, score| {
        Ok(vec![Op::Score {
            proposal: Id(1),
            criterion: criterion.into(),
            score,
        }])
    };
    let rows: [(Id, usize, Option<u8>, Ops); 5] = [
        (Id(1), 0, Some(4), score("impact", Some(4))),
        (Id(1), 1, None, score("fit", None)),
        (Id(1), 9, Some(2), score("fit", Some(2))),
        (Id(1), 0, Some(5), score("impact", Some(5))),
        (Id(9), 0, Some(1), refused("there is no proposal #9")),
    ];
    for (id, criterion, value, want) in rows {
        let got = commands::score(&record, id, criterion, value);
        assert_eq!(got, want, "{id} {criterion} {value:?}");
        applied(&record, &got.unwrap_or_default());
    }
    let mut bare = fresh();
    bare.plan.criteria.clear();
    assert_eq!(
        commands::score(&bare, Id(1), 0, Some(3)),
        refused("the agenda has no criteria to score on")
    );
}

#[test]
fn dot_votes_count_up_and_down_never_below_none() {
    let dots = |n| {
        move |_: &Record| {
            Ok(vec![Op::SetDots {
                proposal: Id(1),
                dots: n,
            }])
        }
    };
    let (two, max) = (dots(2), dots(u32::MAX));
    let rows: Vec<(Record, bool, u32)> = vec![
        (fresh(), true, 1),
        (fresh(), false, 0),
        (after(&[&two]), false, 1),
        (after(&[&two]), true, 3),
        (after(&[&max]), true, u32::MAX),
    ];
    for (record, more, want) in rows {
        let got = commands::set_dots(&record, Id(1), more);
        assert_eq!(
            got,
            Ok(vec![Op::SetDots {
                proposal: Id(1),
                dots: want
            }])
        );
        let after = applied(&record, &got.unwrap_or_default());
        assert_eq!(after.proposal(Id(1)).map(|p| p.dots), Some(want));
    }
    assert_eq!(
        commands::set_dots(&fresh(), Id(7), true),
        refused("there is no proposal #7")
    );
}

#[test]
fn decisions_select_park_and_merge_proposals() {
    let record = fresh();
    // Each decision carries the session that made it, but a proposal open again was decided
    // nowhere.
    let decided = |proposal, decision, session: Option<&str>| {
        Ok(vec![Op::Decide {
            proposal,
            decision,
            session: session.map(str::to_owned),
        }])
    };
    let here = Some("open");
    let rows: [(&str, Ops, Ops); 8] = [
        (
            "select",
            commands::decide(&record, Id(1), Decision::Selected, here),
            decided(Id(1), Decision::Selected, here),
        ),
        (
            "reopen",
            commands::decide(&record, Id(2), Decision::Open, here),
            decided(Id(2), Decision::Open, None),
        ),
        (
            "park",
            commands::park_proposal(&record, Id(1), "  continues as existing work ", here),
            decided(
                Id(1),
                Decision::Parked("continues as existing work".into()),
                here,
            ),
        ),
        (
            "merge",
            commands::merge_proposal(&record, Id(1), Id(2), None),
            decided(Id(1), Decision::MergedInto(Id(2)), None),
        ),
        (
            "merge into itself",
            commands::merge_proposal(&record, Id(1), Id(1), here),
            refused("a proposal cannot be merged into itself"),
        ),
        (
            "merge into nothing",
            commands::merge_proposal(&record, Id(1), Id(9), here),
            refused("there is no proposal #9"),
        ),
        (
            "merge nothing",
            commands::merge_proposal(&record, Id(9), Id(1), here),
            refused("there is no proposal #9"),
        ),
        (
            "decide nothing",
            commands::decide(&record, Id(9), Decision::Selected, here),
            refused("there is no proposal #9"),
        ),
    ];
    for (what, got, want) in rows {
        assert_eq!(got, want, "{what}");
        let after = applied(&record, &got.unwrap_or_default());
        assert_eq!(after.proposals.len(), 2, "{what}");
    }
}

#[test]
fn a_proposal_merges_only_into_one_not_merged_away() {
    let add = |r: &Record| commands::add_proposal(r, "Third", Some("open"));
    let merge = |r: &Record| commands::merge_proposal(r, Id(2), Id(1), None);
    let ids = |t: Result<Vec<&plenary::core::record::Proposal>, Refusal>| {
        t.map(|ps| ps.iter().map(|p| p.id).collect::<Vec<_>>())
    };
    let two = fresh();
    assert_eq!(ids(commands::merge_targets(&two, Id(1))), Ok(vec![Id(2)]));
    let three = after(&[&add]);
    assert_eq!(
        ids(commands::merge_targets(&three, Id(3))),
        Ok(vec![Id(1), Id(2)])
    );
    let merged = after(&[&add, &merge]);
    assert_eq!(
        ids(commands::merge_targets(&merged, Id(3))),
        Ok(vec![Id(1)])
    );
    let only = after(&[&merge]);
    assert_eq!(
        ids(commands::merge_targets(&only, Id(1))),
        Err(Refusal("there is no other proposal to merge into".into()))
    );
    assert_eq!(
        ids(commands::merge_targets(&only, Id(9))),
        Err(Refusal("there is no proposal #9".into()))
    );
}

#[test]
fn proposals_added_live_carry_their_session_and_edits_keep_the_summary() {
    let record = fresh();
    let added = commands::add_proposal(&record, "  A pilot ", Some("props"));
    let after = applied(&record, &added.unwrap_or_default());
    let p = after.proposal(Id(3));
    assert_eq!(
        p.map(|p| (p.title.as_str(), p.session.as_deref(), &p.decision)),
        Some(("A pilot", Some("props"), &Decision::Open))
    );
    let loose = applied(
        &record,
        &commands::add_proposal(&record, "Loose", None).unwrap_or_default(),
    );
    assert_eq!(loose.proposal(Id(3)).map(|p| p.session.clone()), Some(None));
    assert_eq!(
        commands::add_proposal(&record, "   ", None),
        refused("a proposal needs a title")
    );
    let summarised = |_: &Record| {
        Ok(vec![Op::EditProposal {
            id: Id(1),
            title: "First proposal".into(),
            summary: "What it asks".into(),
        }])
    };
    let with_summary = crate::after(&[&summarised]);
    assert_eq!(
        commands::edit_proposal(&with_summary, Id(1), "Retitled"),
        Ok(vec![Op::EditProposal {
            id: Id(1),
            title: "Retitled".into(),
            summary: "What it asks".into(),
        }])
    );
    assert_eq!(
        commands::edit_proposal(&record, Id(5), "x"),
        refused("there is no proposal #5")
    );
}

#[test]
fn resolutions_are_recorded_proposed_and_cycle_through_their_statuses() {
    let record = captured();
    let id = Id(5);
    let mut r = record;
    let mut seen = Vec::new();
    for _ in 0..5 {
        let ops = commands::cycle_status(&r, id);
        r = applied(&r, &ops.unwrap_or_default());
        seen.push(r.resolution(id).map(|r| r.status));
    }
    use ResolutionStatus::*;
    assert_eq!(
        seen,
        [
            Some(Adopted),
            Some(Rejected),
            Some(Deferred),
            Some(Proposed),
            Some(Adopted)
        ]
    );
    assert_eq!(
        commands::cycle_status(&r, Id(3)),
        refused("there is no resolution #3")
    );
    let fresh_one = fresh();
    let added = commands::add_resolution(&fresh_one, Some("decide"), "We adopt", at(9));
    let after = applied(&fresh_one, &added.unwrap_or_default());
    let got = after.resolution(Id(3));
    assert_eq!(
        got.map(|r| (r.session.as_str(), r.text.as_str(), r.status, r.at)),
        Some(("decide", "We adopt", Proposed, at(9)))
    );
    assert_eq!(
        commands::add_resolution(&fresh_one, None, "x", at(0)),
        refused("the agenda has no session to file the resolution in")
    );
    let reworded = applied(
        &r,
        &commands::edit_resolution_text(&r, id, "Reworded").unwrap_or_default(),
    );
    assert_eq!(
        reworded.resolution(id).map(|r| r.text.as_str()),
        Some("Reworded")
    );
    assert_eq!(
        commands::edit_resolution_text(&r, Id(1), "x"),
        refused("there is no resolution #1")
    );
}

#[test]
fn votes_are_three_numbers_whatever_separates_them() {
    let vote = |for_, against, abstain| {
        Some(Method::Vote {
            for_: Some(Count::Exact(for_)),
            against: Some(Count::Exact(against)),
            abstain: Some(Count::Exact(abstain)),
        })
    };
    let rows = [
        ("24 3 2", vote(24, 3, 2)),
        ("24-3-2", vote(24, 3, 2)),
        ("24–3–2", vote(24, 3, 2)),
        ("for 24, against 3, abstain 2", vote(24, 3, 2)),
        ("0 0 0", vote(0, 0, 0)),
        ("1 2 3 4", None),
        ("", None),
        ("many few none", None),
        ("99999999999 1 2", None),
    ];
    let record = captured();
    for (answer, want) in rows {
        assert_eq!(commands::parse_vote(answer), want, "{answer:?}");
        let got = commands::record_vote(&record, Id(5), answer);
        match &want {
            Some(method) => {
                let after = applied(&record, &got.unwrap_or_default());
                assert_eq!(after.resolution(Id(5)).map(|r| &r.method), Some(method));
                // The prompt offers the count back the way it is typed.
                assert_eq!(commands::parse_vote(&commands::vote_answer(method)), want);
            }
            None => assert_eq!(
                got,
                refused(
                    "type the counts: for, against, abstain, like 24 3 2 or over 100 for (a count \
                     may be over N or about N)"
                )
            ),
        }
    }
    assert_eq!(commands::vote_answer(&Method::Consensus), "");
    assert_eq!(
        commands::vote_answer(&Method::Vote {
            for_: Some(Count::Exact(24)),
            against: Some(Count::Exact(3)),
            abstain: Some(Count::Exact(2))
        }),
        "24 3 2"
    );
    let voted = applied(
        &record,
        &commands::record_vote(&record, Id(5), "1 2 3").unwrap_or_default(),
    );
    let back = applied(
        &voted,
        &commands::record_consensus(&voted, Id(5)).unwrap_or_default(),
    );
    assert_eq!(
        back.resolution(Id(5)).map(|r| &r.method),
        Some(&Method::Consensus)
    );
    assert_eq!(
        commands::record_vote(&record, Id(9), "1 2 3"),
        refused("there is no resolution #9")
    );
    assert_eq!(
        commands::record_consensus(&record, Id(9)),
        refused("there is no resolution #9")
    );
}

#[test]
fn resolutions_link_the_proposal_they_settle_and_the_actions_that_follow() {
    let record = captured();
    let link = |p| commands::link_proposal(&record, Id(5), p);
    let linked = applied(&record, &link(Some(Id(1))).unwrap_or_default());
    assert_eq!(
        linked.resolution(Id(5)).and_then(|r| r.proposal),
        Some(Id(1))
    );
    let unlinked = applied(
        &linked,
        &commands::link_proposal(&linked, Id(5), None).unwrap_or_default(),
    );
    assert_eq!(unlinked.resolution(Id(5)).and_then(|r| r.proposal), None);
    assert_eq!(link(Some(Id(9))), refused("there is no proposal #9"));
    assert_eq!(
        commands::link_proposal(&record, Id(9), None),
        refused("there is no resolution #9")
    );
    let actions = |a: Vec<Id>| commands::link_actions(&record, Id(5), a);
    let followed = applied(&record, &actions(vec![Id(4)]).unwrap_or_default());
    assert_eq!(
        followed.resolution(Id(5)).map(|r| r.actions.clone()),
        Some(vec![Id(4)])
    );
    let none = applied(
        &followed,
        &commands::link_actions(&followed, Id(5), vec![]).unwrap_or_default(),
    );
    assert_eq!(none.resolution(Id(5)).map(|r| r.actions.len()), Some(0));
    assert_eq!(
        actions(vec![Id(4), Id(3)]),
        refused("there is no action #3")
    );
}

#[test]
fn adopting_a_resolution_selects_the_proposal_it_carries_and_undoing_it_opens_it_again() {
    let record = captured();
    let decision = |r: &Record| r.proposal(Id(1)).map(|p| p.decision.clone());
    assert_eq!(decision(&record), Some(Decision::Open));
    let linked = applied(
        &record,
        &commands::link_proposal(&record, Id(5), Some(Id(1))).unwrap_or_default(),
    );
    assert_eq!(
        decision(&linked),
        Some(Decision::Open),
        "proposed is not adopted"
    );
    let adopted = applied(
        &linked,
        &commands::cycle_status(&linked, Id(5)).unwrap_or_default(),
    );
    assert_eq!(decision(&adopted), Some(Decision::Selected));
    // No longer adopted: the selection it stood on is gone.
    let rejected = applied(
        &adopted,
        &commands::cycle_status(&adopted, Id(5)).unwrap_or_default(),
    );
    assert_eq!(decision(&rejected), Some(Decision::Open));
    // Linking an adopted resolution selects; unlinking it opens again.
    let unlinked = applied(
        &adopted,
        &commands::link_proposal(&adopted, Id(5), None).unwrap_or_default(),
    );
    assert_eq!(decision(&unlinked), Some(Decision::Open));
    let relinked = applied(
        &unlinked,
        &commands::link_proposal(&unlinked, Id(5), Some(Id(1))).unwrap_or_default(),
    );
    assert_eq!(decision(&relinked), Some(Decision::Selected));
    // Rewording an adopted resolution decides nothing, even where the proposal it carries was
    // left open (a record from before this rule).
    let reopened = applied(
        &adopted,
        &commands::decide(&adopted, Id(1), Decision::Open, None).unwrap_or_default(),
    );
    let reworded = commands::edit_resolution_text(&reopened, Id(5), "reworded").unwrap_or_default();
    assert_eq!(reworded.len(), 1, "{reworded:?}");
    assert_eq!(
        decision(&applied(&reopened, &reworded)),
        Some(Decision::Open)
    );
    // A proposal parked by the room stays parked, whatever the resolution does.
    let parked = applied(
        &linked,
        &commands::decide(
            &linked,
            Id(1),
            Decision::Parked("as existing work".into()),
            None,
        )
        .unwrap_or_default(),
    );
    let adopted = applied(
        &parked,
        &commands::cycle_status(&parked, Id(5)).unwrap_or_default(),
    );
    assert!(matches!(decision(&adopted), Some(Decision::Parked(_))));
    // Two adopted resolutions carry it: withdrawing one leaves it selected.
    let twice = applied(
        &relinked,
        &commands::add_resolution(&relinked, Some("decide"), "again", at(0)).unwrap_or_default(),
    );
    let second = twice.resolutions.last().map(|r| r.id).unwrap_or(Id(0));
    let twice = applied(
        &twice,
        &commands::link_proposal(&twice, second, Some(Id(1))).unwrap_or_default(),
    );
    let twice = applied(
        &twice,
        &commands::cycle_status(&twice, second).unwrap_or_default(),
    );
    let one_left = applied(
        &twice,
        &commands::cycle_status(&twice, Id(5)).unwrap_or_default(),
    );
    assert_eq!(decision(&one_left), Some(Decision::Selected));
}

/// Unsorted holds cards #3 and #4; strategy #5 holds card #6; strategy #7 is empty.
fn board() -> Record {
    let card = |column: Option<Id>, text: &'static str| {
        move |r: &Record| commands::add_card(r, Some("plan"), column, text)
    };
    let strategy = |name: &'static str, column| {
        move |r: &Record| commands::add_strategy(r, name, column).map(|(ops, _)| ops)
    };
    after(&[
        &card(None, "first"),
        &card(None, "second"),
        &strategy("Land", 0),
        &card(Some(Id(5)), "third"),
        &strategy("Water", 1),
    ])
}

#[test]
fn columns_are_unsorted_then_each_strategy() {
    let record = board();
    let columns: Vec<(Option<Id>, Vec<Id>)> = commands::columns(&record)
        .into_iter()
        .map(|(s, cards)| (s, cards.to_vec()))
        .collect();
    assert_eq!(
        columns,
        [
            (None, vec![Id(3), Id(4)]),
            (Some(Id(5)), vec![Id(6)]),
            (Some(Id(7)), vec![]),
        ]
    );
    assert_eq!(commands::columns(&fresh()).len(), 1);
}

#[test]
fn cards_move_between_and_within_columns_and_stay_at_an_edge() {
    let record = board();
    let moved = |id, strategy, index, column| {
        Ok((
            vec![Op::MoveAction {
                id,
                strategy,
                index,
            }],
            column,
            index,
        ))
    };
    let rows = [
        (Id(3), Step::Right, moved(Id(3), Some(Id(5)), 0, 1)),
        (Id(4), Step::Right, moved(Id(4), Some(Id(5)), 1, 1)),
        (Id(4), Step::Up, moved(Id(4), None, 0, 0)),
        (Id(3), Step::Down, moved(Id(3), None, 1, 0)),
        (Id(6), Step::Left, moved(Id(6), None, 0, 0)),
        (Id(6), Step::Right, moved(Id(6), Some(Id(7)), 0, 2)),
        (Id(3), Step::Left, Ok((vec![], 0, 0))),
        (Id(3), Step::Up, Ok((vec![], 0, 0))),
        (Id(4), Step::Down, Ok((vec![], 0, 1))),
        (Id(6), Step::Down, Ok((vec![], 1, 0))),
        (Id(9), Step::Up, Err(Refusal("there is no card #9".into()))),
    ];
    for (id, step, want) in rows {
        let got = commands::move_card(&record, id, step);
        assert_eq!(got, want, "{id} {step:?}");
        if let Ok((ops, column, index)) = got {
            let after = applied(&record, &ops);
            assert_eq!(
                commands::columns(&after)[column].1.get(index),
                Some(&id),
                "{id} {step:?}"
            );
        }
    }
    let far = applied(
        &record,
        &commands::move_card(&record, Id(6), Step::Right)
            .map(|m| m.0)
            .unwrap_or_default(),
    );
    assert_eq!(
        commands::move_card(&far, Id(6), Step::Right),
        Ok((vec![], 2, 0))
    );
}

#[test]
fn cards_are_added_and_edited_from_the_line_a_note_taker_types() {
    let record = with_lucia_and_ana_ruiz(board());
    let rows = [
        (
            "Lucia to circulate the results by 2018-08-10",
            "circulate the results",
            Some("lf"),
            NaiveDate::from_ymd_opt(2018, 8, 10),
        ),
        ("map campaigns", "map campaigns", None, None),
        (
            "  we need to talk to funders due 2018-09-01. ",
            "we need to talk to funders",
            None,
            NaiveDate::from_ymd_opt(2018, 9, 1),
        ),
        (
            "Ana Ruiz to call by 2018-02-30",
            "call by 2018-02-30",
            Some("ar"),
            None,
        ),
        (
            "Thandi to organise assemblies",
            "Thandi to organise assemblies",
            None,
            None,
        ),
    ];
    for (line, text, owner, due) in rows {
        for column in [None, Some(Id(5))] {
            let ops = commands::add_card(&record, Some("plan"), column, line);
            let after = applied(&record, &ops.unwrap_or_default());
            let id = record.fresh_id();
            let card = after.action(id);
            assert_eq!(
                card.map(|a| (
                    a.text.as_str(),
                    a.owner.as_deref(),
                    a.due,
                    a.session.as_str()
                )),
                Some((text, owner, due, "plan")),
                "{line}"
            );
            assert_eq!(
                after.card_position(id).map(|(s, _)| s),
                Some(column),
                "{line}"
            );
            // Written back the way it is typed, a card edits into itself.
            let line_back = card
                .map(|c| commands::card_line(&after.plan, c))
                .unwrap_or_default();
            let edit = commands::edit_card(&after, id, &line_back);
            assert_eq!(
                edit,
                Ok(vec![Op::EditAction {
                    id,
                    text: text.into(),
                    owner: owner.map(str::to_owned),
                    due
                }]),
                "{line_back}"
            );
        }
    }
    assert_eq!(
        commands::add_card(&record, Some("plan"), Some(Id(9)), "x"),
        refused("there is no strategy #9")
    );
    assert_eq!(
        commands::add_card(&record, None, None, "x"),
        refused("the agenda has no session to file the card in")
    );
    assert_eq!(
        commands::edit_card(&record, Id(5), "x"),
        refused("there is no card #5")
    );
}

#[test]
fn strategies_are_added_renamed_moved_merged_and_deleted() {
    let record = board();
    let added = |name, column| commands::add_strategy(&record, name, column);
    let add = |index, column| {
        Ok((
            vec![Op::AddStrategy {
                id: Id(8),
                name: "Seeds".into(),
                index,
            }],
            column,
        ))
    };
    assert_eq!(added("Seeds", 0), add(0, 1));
    assert_eq!(added(" Seeds ", 2), add(2, 3));
    assert_eq!(added("Seeds", 9), add(2, 3));
    assert_eq!(
        added("  ", 0),
        Err(Refusal("a strategy needs a name".into()))
    );
    for (name, column) in [("Seeds", 0), ("Seeds", 9)] {
        let (ops, col) = added(name, column).unwrap_or_default();
        let after = applied(&record, &ops);
        assert_eq!(commands::columns(&after)[col].0, Some(Id(8)));
    }
    assert_eq!(
        commands::rename_strategy(&record, Id(5), "Territory"),
        Ok(vec![Op::RenameStrategy {
            id: Id(5),
            name: "Territory".into()
        }])
    );
    assert_eq!(
        commands::rename_strategy(&record, Id(3), "x"),
        refused("there is no strategy #3")
    );
    let moves = [
        (
            Id(5),
            false,
            Ok((
                vec![Op::MoveStrategy {
                    id: Id(5),
                    index: 1,
                }],
                2,
            )),
        ),
        (
            Id(7),
            true,
            Ok((
                vec![Op::MoveStrategy {
                    id: Id(7),
                    index: 0,
                }],
                1,
            )),
        ),
        (Id(5), true, Ok((vec![], 1))),
        (Id(7), false, Ok((vec![], 2))),
        (Id(3), true, Err(Refusal("there is no strategy #3".into()))),
    ];
    for (id, left, want) in moves {
        let got = commands::move_strategy(&record, id, left);
        assert_eq!(got, want, "{id} left={left}");
        if let Ok((ops, column)) = got {
            assert_eq!(
                commands::columns(&applied(&record, &ops))[column].0,
                Some(id)
            );
        }
    }
    let targets = |from| {
        commands::merge_strategy_targets(&record, from)
            .map(|t| t.iter().map(|s| s.id).collect::<Vec<_>>())
    };
    assert_eq!(targets(Some(Id(5))), Ok(vec![Id(7)]));
    assert_eq!(
        targets(None),
        Err(Refusal(
            "Unsorted is not a strategy; focus a strategy to merge it".into()
        ))
    );
    assert_eq!(
        targets(Some(Id(4))),
        Err(Refusal("there is no strategy #4".into()))
    );
    let one = applied(
        &record,
        &commands::delete_strategy(&record, Some(Id(7))).unwrap_or_default(),
    );
    assert_eq!(
        commands::merge_strategy_targets(&one, Some(Id(5))).map(|t| t.len()),
        Err(Refusal("there is no other strategy to merge into".into()))
    );
    let merged = commands::merge_strategies(&record, Id(5), Id(7));
    assert_eq!(
        merged,
        Ok(vec![Op::MergeStrategies {
            from: Id(5),
            into: Id(7)
        }])
    );
    let after = applied(&record, &merged.unwrap_or_default());
    assert_eq!(
        after.strategy(Id(7)).map(|s| s.actions.clone()),
        Some(vec![Id(6)])
    );
    assert_eq!(
        commands::merge_strategies(&record, Id(5), Id(5)),
        refused("a strategy cannot be merged into itself")
    );
    assert_eq!(
        commands::merge_strategies(&record, Id(5), Id(9)),
        refused("there is no strategy #9")
    );
    assert_eq!(
        commands::delete_strategy(&record, None),
        refused("Unsorted is not a strategy; focus a strategy to delete it")
    );
    assert_eq!(
        commands::delete_strategy(&record, Some(Id(9))),
        refused("there is no strategy #9")
    );
    let deleted = applied(
        &record,
        &commands::delete_strategy(&record, Some(Id(5))).unwrap_or_default(),
    );
    assert_eq!(deleted.unsorted, vec![Id(3), Id(4), Id(6)]);
}

#[test]
fn the_speaker_queue_takes_hands_and_gives_the_floor() {
    let record = fresh();
    assert_eq!(
        commands::raise_hand(&record, " ana "),
        Ok(vec![Op::RaiseHand {
            speaker: "ana".into()
        }])
    );
    assert_eq!(
        commands::raise_hand(&record, "   "),
        refused("a hand needs a name")
    );
    let ana = |r: &Record| commands::raise_hand(r, "ana");
    let queued = after(&[&ana]);
    assert_eq!(
        commands::raise_hand(&queued, "ana"),
        refused("ana is already in the queue")
    );
    assert_eq!(
        commands::lower_hand(&queued, "ana"),
        Ok(vec![Op::LowerHand {
            speaker: "ana".into()
        }])
    );
    assert_eq!(
        commands::lower_hand(&record, "ana"),
        refused("ana is not in the queue")
    );
    assert_eq!(
        commands::next_speaker(&record, "open", at(0)),
        refused("nobody is in the queue")
    );
    assert_eq!(
        commands::end_turn(&queued, "open", at(0)),
        refused("nobody has the floor")
    );
    let next = commands::next_speaker(&queued, "open", at(1));
    assert_eq!(
        next,
        Ok(vec![Op::NextSpeaker {
            session: "open".into(),
            at: at(1)
        }])
    );
    let speaking = applied(&queued, &next.unwrap_or_default());
    assert_eq!(
        speaking.speakers.floor.as_ref().map(|(s, _)| s.as_str()),
        Some("ana")
    );
    // With the floor taken and nobody waiting, next ends the turn.
    let ended = commands::next_speaker(&speaking, "open", at(3));
    assert!(
        applied(&speaking, &ended.unwrap_or_default())
            .speakers
            .floor
            .is_none()
    );
    let end = commands::end_turn(&speaking, "open", at(2));
    assert_eq!(
        end,
        Ok(vec![Op::EndTurn {
            session: "open".into(),
            at: at(2)
        }])
    );
    assert_eq!(
        applied(&speaking, &end.unwrap_or_default())
            .speakers
            .turns
            .len(),
        1
    );
    assert_eq!(
        commands::next_speaker(&queued, "gone", at(1)),
        refused("there is no session `gone`")
    );
    assert_eq!(
        commands::end_turn(&speaking, "gone", at(1)),
        refused("there is no session `gone`")
    );
    let (on, said_on) = commands::toggle_progressive(&record).unwrap_or_default();
    assert_eq!(on, vec![Op::SetProgressive(true)]);
    assert_eq!(said_on, "progressive ordering: who spoke least goes first");
    let progressive = applied(&record, &on);
    let (off, said_off) = commands::toggle_progressive(&progressive).unwrap_or_default();
    assert_eq!(off, vec![Op::SetProgressive(false)]);
    assert_eq!(said_off, "hands in the order they went up");
}

#[test]
fn several_ops_are_one_change_and_one_op_stays_itself() {
    let a = Op::SetProgressive(true);
    let b = Op::SetProgressive(false);
    assert_eq!(commands::one_change(vec![]), None);
    assert_eq!(commands::one_change(vec![a.clone()]), Some(a.clone()));
    assert_eq!(
        commands::one_change(vec![a.clone(), b.clone()]),
        Some(Op::Batch(vec![a, b]))
    );
}

#[test]
fn a_refusal_reads_as_its_message() {
    let refusal = Refusal("this is the last session".into());
    assert_eq!(refusal.to_string(), "this is the last session");
    let boxed: Box<dyn std::error::Error> = Box::new(refusal);
    assert_eq!(boxed.to_string(), "this is the last session");
}

#[test]
fn an_actions_status_moves_on_as_of_the_day_given() {
    use plenary::core::record::{ActionProgress, ActionStatus};
    let record = captured();
    let card = Id(4);
    let day = |d| NaiveDate::from_ymd_opt(2018, 9, d).unwrap_or_default();
    let progress = |r: &Record| r.action(card).map(|a| a.progress);
    // Round the cycle, one day a step: in progress, done, dropped, open again.
    let mut r = record.clone();
    for (n, want) in [
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Dropped,
        ActionStatus::Open,
    ]
    .into_iter()
    .enumerate()
    {
        let today = day(10 + u32::try_from(n).unwrap_or(0));
        r = applied(
            &r,
            &commands::cycle_action_status(&r, card, today).unwrap_or_default(),
        );
        assert_eq!(
            progress(&r),
            Some(ActionProgress {
                status: want,
                since: Some(today),
            })
        );
    }
    let done = commands::set_action_status(&record, card, ActionStatus::Done, day(1));
    assert_eq!(
        progress(&applied(&record, &done.unwrap_or_default())),
        Some(ActionProgress {
            status: ActionStatus::Done,
            since: Some(day(1)),
        })
    );
    assert_eq!(
        commands::set_action_status(&record, card, ActionStatus::Open, day(1)),
        refused("the action #4 is open already")
    );
    assert_eq!(
        commands::set_action_status(&record, Id(3), ActionStatus::Done, day(1)),
        refused("there is no action #3")
    );
    assert_eq!(
        commands::cycle_action_status(&record, Id(3), day(1)),
        refused("there is no card #3")
    );
    for (word, want) in [
        ("open", ActionStatus::Open),
        ("in-progress", ActionStatus::InProgress),
        ("DONE", ActionStatus::Done),
        (" dropped ", ActionStatus::Dropped),
    ] {
        assert_eq!(commands::parse_action_status(word), Ok(want), "{word:?}");
    }
    assert_eq!(
        commands::parse_action_status("in progress"),
        Err(Refusal(
            "there is no status `in progress`: give one of open, in-progress, done, dropped".into()
        ))
    );
}

#[test]
fn a_session_weighs_its_own_proposals_first_on_the_criteria_it_names() {
    let mut record = applied(
        &fresh(),
        &commands::add_proposal(&fresh(), "Live one", Some("open")).unwrap_or_default(),
    );
    let weighed = |r: &Record, session: Option<&str>| {
        let session = session.and_then(|id| r.plan.session(id));
        let w = r.weighing(session);
        let titles: Vec<String> = w.proposals.iter().map(|p| p.title.clone()).collect();
        let criteria: Vec<String> = w.criteria.iter().map(|c| c.id.clone()).collect();
        (titles, w.own, criteria)
    };
    let all = ["impact", "fit"].map(str::to_owned).to_vec();
    // No session: every proposal in record order, nothing set apart.
    assert_eq!(
        weighed(&record, None),
        (
            ["First proposal", "Second proposal", "Live one"]
                .map(str::to_owned)
                .to_vec(),
            None,
            all.clone()
        )
    );
    // The opening added one live: it comes first, set apart from the agenda's two.
    assert_eq!(
        weighed(&record, Some("open")),
        (
            ["Live one", "First proposal", "Second proposal"]
                .map(str::to_owned)
                .to_vec(),
            Some(1),
            all.clone()
        )
    );
    // The proposals round lists the agenda's two; once it names a criterion, only that one,
    // and a proposal's total counts only it.
    if let Some(s) = record.plan.days[0].sessions.get_mut(1) {
        s.criteria = vec!["fit".to_owned()];
    }
    let record = applied(
        &record,
        &[
            commands::score(&record, Id(1), 0, Some(3)).unwrap_or_default(),
            commands::score(&record, Id(1), 1, Some(4)).unwrap_or_default(),
        ]
        .concat(),
    );
    assert_eq!(
        weighed(&record, Some("props")),
        (
            ["First proposal", "Second proposal", "Live one"]
                .map(str::to_owned)
                .to_vec(),
            Some(2),
            vec!["fit".to_owned()]
        )
    );
    let props = record.plan.session("props");
    let first = record.proposal(Id(1)).expect("the first proposal");
    assert_eq!(
        record.weighing(props).total(first),
        8,
        "fit 4, weighed twice"
    );
    assert_eq!(
        record.proposal_total(first),
        11,
        "the minutes count every criterion"
    );
}
