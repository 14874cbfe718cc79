//! Minutes state only what was entered (issue 12): a resolution nobody gave a method reads
//! without one, on the screen and in every export.

mod common;

use common::screen::Screen;
use common::{at, small_agenda};
use plenary::core::commands::{self, Draft, Ops, Refusal};
use plenary::core::op::{Op, apply};
use plenary::core::record::{Count, Decision, Id, Method, NoteKind, Record, ResolutionStatus};
use plenary::export::Options;
use plenary::export::html::minutes_html;
use plenary::export::minutes::minutes_markdown;
use plenary::export::summary::{meeting_summary, session_summary};

/// The record after each command's ops in turn, from a fresh record of the small agenda.
fn after(steps: &[&dyn Fn(&Record) -> Ops]) -> Record {
    steps
        .iter()
        .fold(Record::new(small_agenda()), |r, step| after_one(&r, step))
}

/// The record after one command's ops, which must apply.
fn after_one(record: &Record, step: &dyn Fn(&Record) -> Ops) -> Record {
    let mut record = record.clone();
    let ops = step(&record).unwrap_or_else(|refusal| panic!("refused: {refusal}"));
    for op in &ops {
        apply(&mut record, op).unwrap_or_else(|e| panic!("{op:?}: {e}"));
    }
    record
}

fn capture(record: &Record, text: &str) -> Ops {
    let draft = Draft {
        text,
        kind: NoteKind::Note,
        speaker: None,
        item: None,
    };
    commands::capture(record, Some("props"), &draft, at(40)).map(|filed| filed.ops)
}

#[test]
fn a_resolution_nobody_gave_a_method_reads_without_one() {
    let record = after(&[
        &|r| capture(r, "resolution: The pilot goes ahead"),
        &|r| capture(r, "resolution: Revisit the toolkit"),
        &|r| commands::add_resolution(r, Some("props"), "A motion withdrawn", at(41)),
    ]);
    let ids: Vec<_> = record.resolutions.iter().map(|r| r.id).collect();
    assert!(
        record
            .resolutions
            .iter()
            .all(|r| r.method == Method::NotRecorded),
        "{:?}",
        record.resolutions
    );
    let Some(&[adopted, deferred, rejected]) = ids.get(..3) else {
        panic!("three resolutions: {ids:?}");
    };
    // Adopted: one step of the status; rejected: two; deferred: three.
    let mut settled = record;
    for (id, want, steps) in [
        (adopted, ResolutionStatus::Adopted, 1),
        (rejected, ResolutionStatus::Rejected, 2),
        (deferred, ResolutionStatus::Deferred, 3),
    ] {
        for _ in 0..steps {
            settled = after_one(&settled, &|r| commands::cycle_status(r, id));
        }
        assert_eq!(settled.resolution(id).map(|r| r.status), Some(want));
    }
    let md = minutes_markdown(&settled, &Options::default());
    for line in [
        "1. **Adopted.** The pilot goes ahead",
        "2. **Deferred.** Revisit the toolkit",
        "3. **Rejected.** A motion withdrawn",
        "- The pilot goes ahead *(adopted)*",
        "- Revisit the toolkit *(deferred)*",
    ] {
        assert!(md.contains(line), "the minutes say {line:?}:\n{md}");
    }
    let summary = meeting_summary(&settled, &Options::default());
    assert!(
        summary.contains("- The pilot goes ahead (adopted)"),
        "{summary}"
    );
    for text in [&md, &summary] {
        assert!(
            !text.contains("consensus"),
            "no method was entered:\n{text}"
        );
    }

    // Once the room's consensus is recorded, the minutes say it, for the adopted one only.
    let agreed = after_one(&settled, &|r| commands::record_consensus(r, adopted));
    let agreed = after_one(&agreed, &|r| commands::record_consensus(r, deferred));
    let md = minutes_markdown(&agreed, &Options::default());
    assert!(md.contains("1. **Adopted by consensus.** The pilot goes ahead"));
    assert!(md.contains("2. **Deferred.** Revisit the toolkit"), "{md}");
    assert!(!md.contains("eferred by consensus"), "{md}");
}

#[test]
fn the_screen_says_the_method_was_not_recorded() {
    let mut s = Screen::new(80, 24);
    s.keys("n")
        .keys("resolution: Create an Action Group")
        .keys("<Enter><Esc>R");
    let screen = s.text();
    assert!(screen.contains("Method     not recorded"), "{screen}");
    assert!(!screen.contains("consensus"), "{screen}");
}

#[test]
fn a_status_its_counted_vote_contradicts_is_refused_with_the_counts() {
    let record = after(&[&|r| capture(r, "resolution: The pilot goes ahead")]);
    let Some(id) = record.resolutions.first().map(|r| r.id) else {
        panic!("a resolution");
    };
    let voted = after_one(&record, &|r| commands::record_vote(r, id, "24 3 2"));
    let adopted = after_one(&voted, &|r| commands::cycle_status(r, id));
    let more_for = "the vote was 24 for, 3 against — more for than against";
    assert_eq!(
        commands::cycle_status(&adopted, id),
        Err(Refusal(more_for.to_owned())),
        "adopted → rejected against the counts"
    );
    // Counts that turn against an adopted resolution are refused the same way.
    assert_eq!(
        commands::record_vote(&adopted, id, "3 24 2"),
        Err(Refusal(
            "the vote was 3 for, 24 against — more against than for".to_owned()
        ))
    );
    // A tie, or counts that agree, settle either way without a question.
    let tied = after_one(&adopted, &|r| commands::record_vote(r, id, "10 10 5"));
    let rejected = after_one(&tied, &|r| commands::cycle_status(r, id));
    assert_eq!(
        rejected.resolution(id).map(|r| r.status),
        Some(ResolutionStatus::Rejected)
    );
    // What the room confirms is saved as confirmed.
    let confirmed = after_one(&adopted, &|r| {
        commands::confirm_outcome(
            r,
            id,
            ResolutionStatus::Rejected,
            r.resolutions[0].method.clone(),
        )
    });
    assert_eq!(
        confirmed.resolution(id).map(|r| (r.status, &r.method)),
        Some((
            ResolutionStatus::Rejected,
            &Method::Vote {
                for_: Some(Count::Exact(24)),
                against: Some(Count::Exact(3)),
                abstain: Some(Count::Exact(2))
            }
        ))
    );
}

#[test]
fn the_screen_asks_before_saving_a_status_the_vote_contradicts() {
    let mut s = Screen::new(80, 24);
    s.keys("n")
        .keys("resolution: The pilot goes ahead")
        .keys("<Enter><Esc>R")
        .keys("v24 3 2<Enter>s");
    let status = |s: &Screen| s.app.live.record.resolutions.first().map(|r| r.status);
    assert_eq!(status(&s), Some(ResolutionStatus::Adopted));
    s.keys("s");
    let screen = s.text();
    assert!(
        screen.contains("24 for, 3 against, 2 abstaining"),
        "the question gives the counts: {screen}"
    );
    assert!(screen.contains("rejected anyway? y/n"), "{screen}");
    s.keys("n");
    assert_eq!(status(&s), Some(ResolutionStatus::Adopted), "n keeps it");
    s.keys("sy");
    assert_eq!(status(&s), Some(ResolutionStatus::Rejected), "y saves it");
    assert_eq!(
        s.reloaded().resolutions.first().map(|r| r.status),
        Some(ResolutionStatus::Rejected)
    );
}

#[test]
fn an_action_has_an_owner_only_when_its_words_name_someone() {
    let record = after(&[
        &|r| {
            capture(
                r,
                "action: Take the priority discussion to the other working group",
            )
        },
        &|r| {
            capture(
                r,
                "action: ana to circulate the survey results by 2018-08-10",
            )
        },
        &|r| capture(r, "action: The board to approve the budget"),
        &|r| capture(r, "action: Org to host the next meeting"),
    ]);
    let cards: Vec<(&str, Option<&str>)> = record
        .actions
        .iter()
        .map(|a| (a.text.as_str(), a.owner.as_deref()))
        .collect();
    assert_eq!(
        cards,
        [
            (
                "Take the priority discussion to the other working group",
                None
            ),
            ("circulate the survey results", Some("ana")),
            ("approve the budget", Some("The board")),
            ("Org to host the next meeting", None),
        ]
    );
    let draft = Draft {
        text: "action: Take the priority discussion to the other working group",
        kind: NoteKind::Note,
        speaker: None,
        item: None,
    };
    let filed = commands::capture(&record, Some("props"), &draft, at(41));
    assert_eq!(
        filed.map(|f| f.message),
        Ok("action filed on the board".to_owned()),
        "the room is told of no owner"
    );
}

#[test]
fn a_card_keeps_the_owner_it_has_when_edited() {
    // An owner the list does not know, as a record written before issue 12 may hold.
    let record = after_one(&Record::new(small_agenda()), &|r| {
        let mut ops = commands::add_card(r, Some("plan"), None, "circulate the results")?;
        if let Some(Op::AddAction { action, .. }) = ops.first_mut() {
            action.owner = Some("Thandi".to_owned());
        }
        Ok(ops)
    });
    let Some(card) = record.actions.first() else {
        panic!("a card");
    };
    let line = commands::card_line(&record.plan, card);
    assert_eq!(line, "Thandi to circulate the results");
    assert_eq!(
        commands::edit_card(&record, card.id, &line),
        Ok(vec![Op::EditAction {
            id: card.id,
            text: "circulate the results".to_owned(),
            owner: Some("Thandi".to_owned()),
            due: None,
        }])
    );
    // A new card typed the same way names nobody the record knows.
    let added = after_one(&record, &|r| {
        commands::add_card(r, Some("plan"), None, "Thandi to circulate the results")
    });
    assert_eq!(
        added
            .actions
            .last()
            .map(|a| (a.text.as_str(), a.owner.as_deref())),
        Some(("Thandi to circulate the results", None))
    );
}

fn spoken(record: &Record, text: &str, speaker: Option<&str>) -> Ops {
    let draft = Draft {
        text,
        kind: NoteKind::Note,
        speaker,
        item: None,
    };
    commands::capture(record, Some("props"), &draft, at(42)).map(|filed| filed.ops)
}

#[test]
fn a_proposal_captured_with_a_speaker_keeps_its_presenter() {
    let record = after(&[&|r| spoken(r, "proposal: A regional pilot", Some("ana"))]);
    let live = record.proposals.last();
    assert_eq!(
        live.map(|p| (p.title.as_str(), p.presenter.as_deref())),
        Some(("A regional pilot", Some("ana")))
    );
    let md = minutes_markdown(&record, &Options::default());
    assert!(
        md.contains("3. **A regional pilot** *Presented by Ana.*"),
        "{md}"
    );
    // Without a speaker, nobody is said to have presented it.
    let unspoken = after(&[&|r| spoken(r, "proposal: A regional pilot", None)]);
    assert_eq!(unspoken.proposals.last().map(|p| &p.presenter), Some(&None));
    let md = minutes_markdown(&unspoken, &Options::default());
    assert!(md.contains("3. **A regional pilot**\n"), "{md}");
}

#[test]
fn a_proposal_already_in_the_record_is_added_to_not_repeated() {
    let fresh = Record::new(small_agenda());
    let record = after(&[
        // The agenda's, by its title in another case and with spaces around it.
        &|r| spoken(r, "proposal:   first PROPOSAL ", Some("ben")),
        &|r| spoken(r, "proposal: First proposal — start in three regions", None),
        &|r| {
            spoken(
                r,
                "proposal: first proposal: and report back in March",
                None,
            )
        },
        // One added live, then named again.
        &|r| spoken(r, "proposal: A regional pilot", None),
        &|r| spoken(r, "proposal: a regional pilot", None),
    ]);
    let titles: Vec<&str> = record.proposals.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(
        titles,
        ["First proposal", "Second proposal", "A regional pilot"]
    );
    assert_eq!(
        record.proposals.first().map(|p| p.summary.as_str()),
        Some("start in three regions\nand report back in March")
    );
    let notes: Vec<(&str, Option<&str>)> = record
        .notes
        .iter()
        .map(|n| (n.text.as_str(), n.speaker.as_deref()))
        .collect();
    assert_eq!(
        notes,
        [("first PROPOSAL", Some("ben")), ("a regional pilot", None)],
        "a bare title is kept as a note, with its speaker"
    );
    let draft = Draft {
        text: "proposal: First proposal - a word more",
        kind: NoteKind::Note,
        speaker: None,
        item: None,
    };
    assert_eq!(
        commands::capture(&fresh, Some("props"), &draft, at(43)).map(|f| f.message),
        Ok("added to the proposal “First proposal”".to_owned())
    );
}

/// The lines of `md` from the heading that starts with `heading` to the next heading of its
/// level or above.
fn section<'m>(md: &'m str, heading: &str) -> Vec<&'m str> {
    let mut lines = md.lines().skip_while(|l| !l.starts_with(heading));
    let level = heading.chars().take_while(|c| *c == '#').count();
    let first = lines.next().into_iter();
    let ends = |l: &str| {
        let hashes = l.chars().take_while(|c| *c == '#').count();
        hashes > 0 && hashes <= level && l[hashes..].starts_with(' ')
    };
    first.chain(lines.take_while(move |l| !ends(l))).collect()
}

#[test]
fn a_decision_appears_under_the_session_that_made_it_whatever_its_kind() {
    let record = after(&[
        // The opening (a talk) parks the second proposal; the proposals round selects the
        // first; the decision session, which lists neither, decides nothing.
        &|r| commands::start_or_pause(r, "open", at(0)),
        &|r| commands::park_proposal(r, Id(2), "continues as existing work", Some("open")),
        &|r| commands::start_or_pause(r, "props", at(30)),
        &|r| commands::decide(r, Id(1), Decision::Selected, Some("props")),
    ]);
    let decided: Vec<Option<&str>> = record
        .proposals
        .iter()
        .map(|p| p.decided_in.as_deref())
        .collect();
    assert_eq!(decided, [Some("props"), Some("open")]);
    let md = minutes_markdown(&record, &Options::default());
    let opening = section(&md, "#### Opening");
    let proposals = section(&md, "#### Proposals");
    let decision = section(&md, "#### Decision");
    assert!(
        opening.contains(&"- **Second proposal**: parked (continues as existing work)"),
        "{opening:#?}"
    );
    assert!(
        !opening.iter().any(|l| l.contains("First proposal")),
        "{opening:#?}"
    );
    assert!(
        proposals.contains(&"**Decided**") && proposals.contains(&"- **First proposal**: selected"),
        "{proposals:#?}"
    );
    assert!(
        !proposals.iter().any(|l| l.contains("Second proposal")),
        "the proposals round lists the second proposal but did not decide it: {proposals:#?}"
    );
    assert!(!decision.contains(&"**Decided**"), "{decision:#?}");
    // A break is in the minutes only when something happened in it: a decision made there does.
    let in_break = after(&[&|r| commands::decide(r, Id(1), Decision::Selected, Some("lunch"))]);
    let md = minutes_markdown(&in_break, &Options::default());
    let lunch = section(&md, "#### Lunch");
    assert!(
        lunch.contains(&"- **First proposal**: selected"),
        "{lunch:#?}\n{md}"
    );
    // The session's summary, as its QR codes carry it, agrees.
    let text = |id| session_summary(&record, id, &Options::default()).unwrap_or_default();
    assert!(
        text("props").contains("- Selected: First proposal"),
        "{}",
        text("props")
    );
    assert!(
        !text("props").contains("Second proposal"),
        "{}",
        text("props")
    );
    assert!(
        text("open").contains("- Continues as existing work: Second proposal"),
        "{}",
        text("open")
    );
}

#[test]
fn the_screen_records_the_session_a_proposal_was_selected_in() {
    let mut s = Screen::new(80, 24);
    // The opening, then the proposals round; `s` on the Proposals tab selects the first.
    s.keys("<Space>")
        .wait(30)
        .keys("E]<Space>")
        .wait(10)
        .keys("Ps");
    let record = s.reloaded();
    let decided: Vec<(&Decision, Option<&str>)> = record
        .proposals
        .iter()
        .map(|p| (&p.decision, p.decided_in.as_deref()))
        .collect();
    assert_eq!(
        decided,
        [
            (&Decision::Selected, Some("props")),
            (&Decision::Open, None)
        ]
    );
    let html = minutes_html(&record, &Options::default());
    let proposals = html.find(">Proposals</h4>").unwrap_or(usize::MAX);
    let decision = html.find(">Decision</h4>").unwrap_or(0);
    let selected = html.find("<strong>First proposal</strong>: selected");
    assert!(
        selected.is_some_and(|at| proposals < at && at < decision),
        "the selection is listed under the proposals round: {html}"
    );
    // Open again, it was decided nowhere.
    s.keys("o");
    let record = s.reloaded();
    assert_eq!(
        record.proposals.first().map(|p| p.decided_in.clone()),
        Some(None)
    );
}

#[test]
fn a_sessions_summary_names_the_meeting_by_its_title_not_its_place() {
    let second_line = |record: &Record| {
        let text = session_summary(record, "open", &Options::default()).unwrap_or_default();
        text.lines().nth(1).unwrap_or_default().to_owned()
    };
    let record = after(&[&|r| commands::start_or_pause(r, "open", at(0))]);
    assert!(
        second_line(&record).starts_with("Test meeting, day 1 (Monday 23 July 2018), "),
        "{}",
        second_line(&record)
    );
    // A long title by its first words, as the codes' label gives it.
    let mut long = record.clone();
    long.plan.title = "Third Workshop on Sustainable Software for Science".to_owned();
    assert!(
        second_line(&long).starts_with("Third Workshop on…, day 1 "),
        "{}",
        second_line(&long)
    );
    // Only a meeting with no title is named by its place.
    let mut untitled = record;
    untitled.plan.title = String::new();
    assert!(
        second_line(&untitled).starts_with("Room 1, day 1 "),
        "{}",
        second_line(&untitled)
    );
}
