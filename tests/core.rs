//! The pure core: ops, undo and redo, the time plan. State in, changes, state out.

mod common;

use common::{KINDS, Pick, assert_invariants, at, change_for, content, small_live};
use plenary::core::history::{Change, ChangeError, Live};
use plenary::core::op::{Op, OpError};
use plenary::core::record::{Decision, Id, RunState};
use plenary::core::timing::day_plan;
use proptest::prelude::*;

fn run(live: &mut Live, ops: impl IntoIterator<Item = Op>) {
    for op in ops {
        live.apply(&Change::Do(op.clone()))
            .unwrap_or_else(|e| panic!("{op:?} was refused: {e}"));
    }
}

fn start(session: &str, minute: i64) -> Op {
    Op::StartSession {
        session: session.into(),
        at: at(minute),
    }
}

fn end(session: &str, minute: i64) -> Op {
    Op::EndSession {
        session: session.into(),
        at: at(minute),
    }
}

#[test]
fn a_late_start_re_times_the_rest_of_the_day() {
    let mut live = small_live();
    run(&mut live, [start("open", 10), end("open", 44)]);
    let plan = day_plan(&live.record, 0, at(44));
    assert_eq!(plan.drift_minutes(), Some(14));
    assert_eq!(plan.summary(), "running 14 min late; Lunch now at 11:14");
    let lunch = plan
        .sessions
        .iter()
        .find(|s| s.id == "lunch")
        .expect("lunch");
    assert_eq!(
        lunch
            .start
            .map(|t| t.format("%H:%M").to_string())
            .unwrap_or_default()
            .to_string(),
        "11:14"
    );
    assert_eq!(
        lunch
            .planned_start
            .map(|t| t.format("%H:%M").to_string())
            .unwrap_or_default()
            .to_string(),
        "11:00"
    );
}

#[test]
fn a_running_session_that_overruns_pushes_the_next_one() {
    let mut live = small_live();
    run(&mut live, [start("open", 0)]);
    // 45 minutes into a 30-minute session: the proposals round cannot start before now.
    let plan = day_plan(&live.record, 0, at(45));
    assert_eq!(plan.sessions[0].end, Some(at(45)));
    assert_eq!(plan.sessions[1].start, Some(at(45)));
    assert_eq!(plan.summary(), "running 15 min late; Lunch now at 11:15");
}

#[test]
fn sessions_the_room_passed_by_take_no_time() {
    let mut live = small_live();
    // The room starts with the decision, passing the opening and the proposals by.
    run(&mut live, [start("decide", 0)]);
    let plan = day_plan(&live.record, 0, at(10));
    let passed: Vec<(&str, bool)> = plan
        .sessions
        .iter()
        .map(|s| (s.id.as_str(), s.passed))
        .collect();
    assert_eq!(
        passed,
        [
            ("open", true),
            ("props", true),
            ("lunch", true),
            ("decide", false)
        ]
    );
    assert!(plan.sessions[..3].iter().all(|s| s.start == s.end));
    // Nothing pending is left after the decision: the day's end drift is what counts.
    assert_eq!(plan.summary(), "running 180 min early");
}

#[test]
fn pausing_stops_the_session_clock() {
    let mut live = small_live();
    run(
        &mut live,
        [
            start("open", 0),
            Op::PauseSession {
                session: "open".into(),
                at: at(10),
            },
            start("open", 25),
        ],
    );
    let run = live.record.run("open");
    assert_eq!(run.state, RunState::Running);
    assert_eq!(run.elapsed_secs(at(30)), 15 * 60);
}

#[test]
fn on_time_and_skipped_sessions() {
    let mut live = small_live();
    let plan = day_plan(&live.record, 0, at(-30));
    assert_eq!(plan.summary(), "on time");
    run(
        &mut live,
        [Op::SkipSession {
            session: "open".into(),
        }],
    );
    let plan = day_plan(&live.record, 0, at(-30));
    assert_eq!(
        plan.sessions[0].end, plan.sessions[0].start,
        "skipped takes no time"
    );
    assert_eq!(
        plan.sessions[1].start,
        Some(at(30)),
        "never before its planned start"
    );
}

#[test]
fn only_one_session_runs_at_a_time() {
    let mut live = small_live();
    run(&mut live, [start("open", 0)]);
    let before = live.clone();
    let refused = live.apply(&Change::Do(start("props", 5)));
    assert!(
        matches!(refused, Err(ChangeError::Op(OpError::Refused(m))) if m.contains("`open` is running"))
    );
    assert_eq!(live, before);
}

#[test]
fn splitting_a_session_and_undoing_it() {
    let mut live = small_live();
    let before = live.record.clone();
    run(
        &mut live,
        [Op::SplitSession {
            session: "props".into(),
            id: "props-2".into(),
            title: "Proposals, continued".into(),
            minutes: 30,
        }],
    );
    let day = &live.record.plan.days[0];
    assert_eq!(day.sessions[1].minutes, Some(60));
    assert_eq!(day.sessions[2].id, "props-2");
    assert_eq!(
        day.sessions[2]
            .start
            .map(|t| t.format("%H:%M").to_string())
            .unwrap_or_default()
            .to_string(),
        "10:30"
    );
    live.apply(&Change::Undo).expect("undo");
    assert_eq!(live.record, before);
}

#[test]
fn merging_strategies_and_undoing_it() {
    let mut live = small_live();
    let s1 = live.record.fresh_id();
    run(
        &mut live,
        [Op::AddStrategy {
            id: s1,
            name: "Educating and informing members".into(),
            index: 0,
        }],
    );
    let s2 = live.record.fresh_id();
    run(
        &mut live,
        [Op::AddStrategy {
            id: s2,
            name: "Capacity-building".into(),
            index: 1,
        }],
    );
    for (i, s) in [(0, s1), (1, s2), (2, s2)] {
        let id = live.record.fresh_id();
        run(
            &mut live,
            [Op::AddAction {
                action: plenary::core::record::Action {
                    id,
                    text: format!("action {i}"),
                    owner: None,
                    due: None,
                    session: "plan".into(),
                    item: None,
                    progress: Default::default(),
                },
                strategy: Some(s),
            }],
        );
    }
    let before = live.record.clone();
    run(&mut live, [Op::MergeStrategies { from: s2, into: s1 }]);
    assert_eq!(live.record.strategies.len(), 1);
    assert_eq!(live.record.strategies[0].actions.len(), 3);
    live.apply(&Change::Undo).expect("undo");
    assert_eq!(live.record, before);
    live.apply(&Change::Redo).expect("redo");
    assert_eq!(live.record.strategies[0].actions.len(), 3);
}

#[test]
fn a_proposal_merged_away_cannot_take_others_in() {
    let mut live = small_live();
    run(
        &mut live,
        [Op::Decide {
            proposal: Id(2),
            decision: Decision::MergedInto(Id(1)),
            session: None,
        }],
    );
    let refused = live.apply(&Change::Do(Op::Decide {
        proposal: Id(1),
        decision: Decision::MergedInto(Id(2)),
        session: None,
    }));
    assert!(refused.is_err());
}

#[test]
fn a_refused_batch_leaves_nothing_behind() {
    let mut live = small_live();
    let before = live.clone();
    let batch = Op::Batch(vec![
        Op::RenameSession {
            session: "open".into(),
            title: "Welcome".into(),
        },
        Op::SetSessionMinutes {
            session: "nope".into(),
            minutes: Some(5),
        },
    ]);
    assert!(live.apply(&Change::Do(batch)).is_err());
    assert_eq!(live, before);
}

#[test]
fn navigation_is_not_undone() {
    let mut live = small_live();
    run(
        &mut live,
        [
            Op::RenameSession {
                session: "open".into(),
                title: "Welcome".into(),
            },
            Op::SetCurrent {
                session: Some("props".into()),
            },
        ],
    );
    live.apply(&Change::Undo).expect("undo");
    assert_eq!(live.record.plan.days[0].sessions[0].title, "Opening");
    assert_eq!(live.record.current.as_deref(), Some("props"));
}

#[test]
fn the_speaker_queue_and_progressive_ordering() {
    use plenary::core::speakers::{Grouping, speaking_time};
    let mut live = small_live();
    let hand = |s: &str| Op::RaiseHand { speaker: s.into() };
    let next = |minute| Op::NextSpeaker {
        session: "open".into(),
        at: at(minute),
    };
    run(
        &mut live,
        [hand("ana"), hand("ben"), next(0), next(4), hand("ana")],
    );
    // Ana spoke 0–4; Ben has the floor; Ana waits again.
    let s = &live.record.speakers;
    assert_eq!(s.floor, Some(("ben".into(), at(4))));
    assert_eq!(s.queue, ["ana"]);
    run(&mut live, [hand("Visitor"), Op::SetProgressive(true)]);
    // Progressive: the visitor has not spoken, so goes before Ana.
    assert_eq!(
        live.record.speakers.next_up(at(6)).map(String::as_str),
        Some("Visitor")
    );
    run(&mut live, [next(6)]);
    let by_person = speaking_time(
        &live.record.speakers,
        &live.record.plan,
        Grouping::Person,
        at(9),
    );
    assert_eq!(
        by_person,
        [
            ("Ana".into(), 240),
            ("Visitor".into(), 180),
            ("Ben".into(), 120)
        ]
    );
    let by_gender = speaking_time(
        &live.record.speakers,
        &live.record.plan,
        Grouping::Gender,
        at(9),
    );
    assert_eq!(
        by_gender,
        [("not given".into(), 300), ("woman".into(), 240)]
    );
    // One who represents two organisations speaks for both.
    let mut plan = live.record.plan.clone();
    plan.participants[1].organisation.clear();
    plan.participants[1].organisations = vec!["Org B".into(), "Org C".into()];
    let by_organisation =
        speaking_time(&live.record.speakers, &plan, Grouping::Organisation, at(9));
    assert_eq!(
        by_organisation,
        [
            ("Org A".into(), 240),
            ("not given".into(), 180),
            ("Org B".into(), 120),
            ("Org C".into(), 120)
        ]
    );
    live.apply(&Change::Undo)
        .expect("undo the last turn change");
    assert_eq!(live.record.speakers.floor, Some(("ben".into(), at(4))));
    assert_eq!(live.record.speakers.turns.len(), 1);
}

fn picks() -> impl Strategy<Value = Vec<Pick>> {
    prop::collection::vec(
        (0..KINDS, 0..64usize, 0..64usize, 0..64usize).prop_map(|(kind, a, b, c)| Pick {
            kind,
            a,
            b,
            c,
        }),
        1..150,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever happens, the record keeps its invariants, and a refused change changes nothing.
    #[test]
    fn random_changes_keep_the_invariants(picks in picks()) {
        let mut live = small_live();
        for (minute, pick) in picks.into_iter().enumerate() {
            let before = live.clone();
            let change = change_for(&live, pick, minute as i64);
            match live.apply(&change) {
                Ok(()) => assert_invariants(&live.record),
                Err(_) => prop_assert_eq!(&live, &before),
            }
        }
    }

    /// Undo takes back exactly one change, redo puts it back, and undo after redo is identity.
    #[test]
    fn undo_and_redo_are_exact(picks in picks()) {
        let mut live = small_live();
        for (minute, pick) in picks.into_iter().enumerate() {
            let before = live.clone();
            let change = change_for(&live, pick, minute as i64);
            if live.apply(&change).is_err() {
                continue;
            }
            if let Change::Do(op) = &change
                && !op.is_navigation()
            {
                let mut probe = live.clone();
                probe.apply(&Change::Undo).expect("undo right after a change");
                prop_assert_eq!(content(&probe.record), content(&before.record));
                probe.apply(&Change::Redo).expect("redo right after an undo");
                prop_assert_eq!(&probe.record, &live.record);
            }
            if !live.redo.is_empty() {
                let mut probe = live.clone();
                probe.apply(&Change::Redo).expect("redo");
                probe.apply(&Change::Undo).expect("undo after redo");
                prop_assert_eq!(&probe.record, &live.record);
                prop_assert_eq!(probe.redo.len(), live.redo.len());
            }
        }
    }
}

/// Found by the ops fuzzer: an action made with an empty text (which `AddAction` accepts) was
/// edited, and undoing the edit was refused because it restored the empty text, so nothing
/// before it could be undone either. Every accepted change must be undoable.
#[test]
fn an_edit_of_an_action_with_an_empty_text_can_be_undone() {
    let mut live = small_live();
    let action = plenary::core::record::Action {
        id: live.record.fresh_id(),
        text: String::new(),
        owner: None,
        due: None,
        session: "open".into(),
        item: None,
        progress: Default::default(),
    };
    let id = action.id;
    run(
        &mut live,
        [
            Op::AddAction {
                action,
                strategy: None,
            },
            Op::EditAction {
                id,
                text: "Write it up".into(),
                owner: None,
                due: None,
            },
        ],
    );
    live.apply(&Change::Undo).expect("the edit is undone");
    assert_eq!(live.record.action(id).map(|a| a.text.as_str()), Some(""));
    live.apply(&Change::Undo).expect("and so is the action");
    assert!(live.record.action(id).is_none());
}

/// Undoes every change in effect, failing on the first undo refused.
fn undo_all(live: &mut Live) {
    while !live.undo.is_empty() {
        let last = live.undo.last().cloned();
        live.apply(&Change::Undo)
            .unwrap_or_else(|e| panic!("undoing {last:?} was refused: {e}"));
    }
}

/// The small agenda with its first proposal untitled: the agenda checks (a proposal's title is
/// not required there), so a record can hold a proposal with an empty title from the start.
fn live_with_an_untitled_proposal() -> Live {
    let text = common::SMALL.replace("title: \"First proposal\"", "title: \"\"");
    let (agenda, _) = plenary::store::agenda_file::parse_agenda("untitled.ron", text.as_bytes())
        .unwrap_or_else(|e| panic!("the agenda checks: {e}"));
    Live::new(plenary::core::record::Record::new(agenda))
}

/// Found by the audit of ops against their inverses: deleting an agenda proposal with an empty
/// title was accepted, and its undo (`RestoreProposal`) refused the empty title.
#[test]
fn deleting_an_untitled_agenda_proposal_can_be_undone() {
    let mut live = live_with_an_untitled_proposal();
    let before = live.record.clone();
    run(&mut live, [Op::DeleteProposal { id: Id(1) }]);
    undo_all(&mut live);
    assert_eq!(live.record, before);
}

/// Found by the same audit: retitling an untitled agenda proposal was accepted, and its undo
/// (`EditProposal` back to the empty title) was refused.
#[test]
fn retitling_an_untitled_agenda_proposal_can_be_undone() {
    let mut live = live_with_an_untitled_proposal();
    let before = live.record.clone();
    run(
        &mut live,
        [Op::EditProposal {
            id: Id(1),
            title: "Named at last".into(),
            summary: String::new(),
        }],
    );
    undo_all(&mut live);
    assert_eq!(live.record, before);
}

fn live_proposal(id: u64, decision: Decision, scores: &[(&str, u8)]) -> Op {
    Op::AddProposal(plenary::core::record::Proposal {
        id: Id(id),
        key: None,
        title: format!("Proposal {id}"),
        summary: String::new(),
        session: Some("props".into()),
        presenter: None,
        scores: scores.iter().map(|(c, s)| ((*c).to_owned(), *s)).collect(),
        dots: 0,
        decision,
        decided_in: None,
    })
}

/// Found by the audit: `AddProposal` took a score above the scale, `Score` then changed it,
/// and undoing the score was refused because it put back a score `Score` never takes. A new
/// proposal's scores now keep to the scale, as every score a screen can give does.
#[test]
fn a_proposal_never_holds_a_score_its_undo_would_refuse() {
    let mut live = small_live();
    let id = live.record.fresh_id().0;
    let add = Change::Do(live_proposal(id, Decision::Open, &[("impact", 9)]));
    assert!(matches!(
        live.apply(&add),
        Err(ChangeError::Op(OpError::Refused(_)))
    ));
    run(
        &mut live,
        [
            live_proposal(id, Decision::Open, &[("impact", 5)]),
            Op::Score {
                proposal: Id(id),
                criterion: "impact".into(),
                score: Some(2),
            },
        ],
    );
    undo_all(&mut live);
    assert!(live.record.proposal(Id(id)).is_none());
}

/// Found by the audit: `AddProposal` took a proposal merged into one that is itself merged
/// (which `Decide` refuses), so deciding either of them again could not be undone.
#[test]
fn a_proposal_is_never_added_merged_into_a_merged_one() {
    let mut live = small_live();
    run(
        &mut live,
        [Op::Decide {
            proposal: Id(2),
            decision: Decision::MergedInto(Id(1)),
            session: None,
        }],
    );
    let id = live.record.fresh_id().0;
    let chained = Change::Do(live_proposal(id, Decision::MergedInto(Id(2)), &[]));
    assert!(matches!(
        live.apply(&chained),
        Err(ChangeError::Op(OpError::Refused(_)))
    ));
    // Merged into one that stands on its own is fine, and undoes.
    run(
        &mut live,
        [
            live_proposal(id, Decision::MergedInto(Id(1)), &[]),
            Op::Decide {
                proposal: Id(id),
                decision: Decision::Selected,
                session: None,
            },
        ],
    );
    undo_all(&mut live);
    assert!(live.record.proposal(Id(id)).is_none());
    assert_eq!(
        live.record.proposal(Id(2)).map(|p| p.decision.clone()),
        Some(Decision::Open)
    );
}

/// Found by the audit: removing a session whose run was on record as pending (put there by a
/// `RestoreRun`) dropped the run, and undoing the removal did not bring it back.
#[test]
fn removing_a_session_and_undoing_it_keeps_its_run() {
    let mut live = small_live();
    let pending = plenary::core::record::SessionRun {
        active_secs: 60,
        ..Default::default()
    };
    run(
        &mut live,
        [Op::RestoreRun {
            session: "close".into(),
            run: Some(pending.clone()),
        }],
    );
    let before = live.record.clone();
    run(
        &mut live,
        [Op::RemoveSession {
            session: "close".into(),
        }],
    );
    assert!(live.record.plan.session("close").is_none());
    live.apply(&Change::Undo).expect("the removal is undone");
    assert_eq!(live.record.runs.get("close"), Some(&pending));
    assert_eq!(live.record, before);
}

/// `EditProposal` takes an empty title so its undo always applies; the command a front end
/// calls is what refuses a blank one.
#[test]
fn retitling_a_proposal_to_nothing_is_refused_by_the_command() {
    let live = small_live();
    assert!(plenary::core::commands::edit_proposal(&live.record, Id(1), "  ").is_err());
    assert!(plenary::core::commands::edit_proposal(&live.record, Id(1), "New").is_ok());
}

#[test]
fn an_election_is_one_op_that_undo_takes_back_and_redo_puts_back() {
    use plenary::core::commands;
    use plenary::core::record::Method;
    let mut live = small_live();
    let id = live.record.fresh_id();
    let add = commands::add_resolution(&live.record, Some("props"), "Chair", at(40));
    run(&mut live, add.unwrap_or_default());
    let vote = commands::record_vote(&live.record, id, "20 1 0");
    run(&mut live, vote.unwrap_or_default());
    let before = live.record.clone();
    let ops = commands::record_election(&live.record, id, "1 seat: Ana 20, RON 1; elected Ana")
        .unwrap_or_else(|r| panic!("{r}"));
    // One op, the resolution as it is now, which a joined laptop sends and the journal keeps.
    let [Op::EditResolution(after)] = &ops[..] else {
        panic!("one edit: {ops:?}");
    };
    let Method::Election(election) = &after.method else {
        panic!("an election: {:?}", after.method);
    };
    assert_eq!(election.elected, ["Ana"]);
    let change = Change::Do(ops[0].clone());
    let wire = serde_json::to_string(&change).unwrap_or_default();
    let read: Change = serde_json::from_str(&wire).unwrap_or_else(|e| panic!("{wire}: {e}"));
    assert_eq!(read, change);
    run(&mut live, ops);
    let elected = live.record.clone();
    live.apply(&Change::Undo).expect("undo");
    assert_eq!(live.record, before, "the vote is back");
    live.apply(&Change::Redo).expect("redo");
    assert_eq!(live.record, elected);
    // A refused line is no op at all.
    assert!(commands::record_election(&live.record, id, "Ana 3; elected Ben").is_err());
}
