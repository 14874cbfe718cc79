//! How a room decides (issue 12, point 7): every way of deciding the record holds, how each
//! reads in the minutes, its form in the record, and how the facilitator picks it on screen.

mod common;

use common::screen::Screen;
use common::{at, small_agenda};
use plenary::core::commands;
use plenary::core::op::apply;
use plenary::core::record::{Count, Decision, Id, Method, Record, ResolutionStatus, Sense};
use plenary::export::Options;
use plenary::export::minutes::minutes_markdown;

/// A record of the small agenda with one resolution, "The pilot goes ahead", at `status`
/// and decided by `method`; and its id.
fn decided(status: ResolutionStatus, method: Method) -> (Record, Id) {
    let mut record = Record::new(small_agenda());
    let add = commands::add_resolution(&record, Some("props"), "The pilot goes ahead", at(40));
    for op in add.unwrap_or_default() {
        apply(&mut record, &op).unwrap_or_else(|e| panic!("{e}"));
    }
    let id = record.resolutions[0].id;
    let set = commands::confirm_outcome(&record, id, status, method);
    for op in set.unwrap_or_default() {
        apply(&mut record, &op).unwrap_or_else(|e| panic!("{e}"));
    }
    (record, id)
}

fn vote(for_: Count, against: Count, abstain: Count) -> Method {
    Method::Vote {
        for_: Some(for_),
        against: Some(against),
        abstain: Some(abstain),
    }
}

#[test]
fn the_minutes_say_each_method_as_entered_and_nothing_when_none_was() {
    use ResolutionStatus::{Adopted, Deferred, Proposed, Rejected};
    let tbc = |by: &str| Method::ToBeConfirmed { by: by.into() };
    let rows = [
        (Adopted, Method::NotRecorded, "**Adopted.**"),
        (Proposed, Method::NotRecorded, "**Proposed.**"),
        (
            Adopted,
            Method::ShowOfHands,
            "**Adopted by show of hands.**",
        ),
        (
            Adopted,
            Method::SenseOfRoom(Sense::Strong),
            "**Adopted by sense of the room (strong).**",
        ),
        (
            Rejected,
            Method::SenseOfRoom(Sense::Weak),
            "**Rejected by sense of the room (weak).**",
        ),
        (
            Adopted,
            Method::SenseOfRoom(Sense::NoneOpposed),
            "**Adopted by sense of the room (none opposed).**",
        ),
        (
            Adopted,
            Method::ChairDeclared,
            "**Adopted by the chair's declaration.**",
        ),
        (
            Adopted,
            tbc("the board"),
            "**Adopted, to be confirmed by the board.**",
        ),
        (
            Proposed,
            tbc("the members by email"),
            "**Proposed, to be confirmed by the members by email.**",
        ),
        (Deferred, tbc(""), "**Deferred, to be confirmed later.**"),
        // A method that does not settle a deferral is not said of it.
        (Deferred, Method::ShowOfHands, "**Deferred.**"),
        (
            Adopted,
            vote(
                Count::Over { over: 100 },
                Count::Exact(3),
                Count::About { about: 10 },
            ),
            "**Adopted by vote: over 100 for, 3 against, about 10 abstaining.**",
        ),
        (
            Adopted,
            vote(Count::Exact(24), Count::Exact(3), Count::Exact(2)),
            "**Adopted by vote: 24 for, 3 against, 2 abstaining.**",
        ),
    ];
    for (status, method, said) in rows {
        let (record, _) = decided(status, method.clone());
        let md = minutes_markdown(&record, &Options::default());
        assert!(
            md.contains(&format!("1. {said} The pilot goes ahead")),
            "{method:?} reads {said}:\n{md}"
        );
        if method == Method::NotRecorded {
            for word in [" by ", "consensus", "vote", "hands", "chair", "confirmed"] {
                assert!(
                    !md.contains(&format!("{said}{word}")),
                    "no method is said: {md}"
                );
            }
        }
    }
    // In another language too, an approximate count keeps its words.
    let (record, _) = decided(
        Adopted,
        vote(Count::Over { over: 100 }, Count::Exact(3), Count::Exact(1)),
    );
    let french = Options {
        language: Some(plenary::lang::Language::French),
        ..Options::default()
    };
    let md = minutes_markdown(&record, &french);
    assert!(
        md.contains("vote : plus de 100 pour, 3 contre, 1 abstention"),
        "{md}"
    );
}

#[test]
fn old_methods_keep_their_form_and_new_ones_read_back() {
    // Written by every release before: they decode and encode again byte for byte.
    let old = [
        (r#""NotRecorded""#, Method::NotRecorded),
        (r#""Consensus""#, Method::Consensus),
        (
            r#"{"Vote":{"for":24,"against":3,"abstain":2}}"#,
            vote(Count::Exact(24), Count::Exact(3), Count::Exact(2)),
        ),
    ];
    let new = [
        (r#""ShowOfHands""#, Method::ShowOfHands),
        (
            r#"{"SenseOfRoom":"Strong"}"#,
            Method::SenseOfRoom(Sense::Strong),
        ),
        (
            r#"{"SenseOfRoom":"Weak"}"#,
            Method::SenseOfRoom(Sense::Weak),
        ),
        (
            r#"{"SenseOfRoom":"NoneOpposed"}"#,
            Method::SenseOfRoom(Sense::NoneOpposed),
        ),
        (r#""ChairDeclared""#, Method::ChairDeclared),
        (
            r#"{"ToBeConfirmed":{"by":"the board"}}"#,
            Method::ToBeConfirmed {
                by: "the board".into(),
            },
        ),
        (
            r#"{"Vote":{"for":{"over":100},"against":3,"abstain":{"about":5}}}"#,
            vote(
                Count::Over { over: 100 },
                Count::Exact(3),
                Count::About { about: 5 },
            ),
        ),
    ];
    for (text, method) in old.into_iter().chain(new) {
        let read: Method = serde_json::from_str(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(read, method, "{text}");
        assert_eq!(
            serde_json::to_string(&method).expect("encodes"),
            text,
            "{method:?}"
        );
    }
    // A count that is neither a number nor a known approximation is refused, not guessed.
    assert!(
        serde_json::from_str::<Method>(r#"{"Vote":{"for":"many","against":3,"abstain":2}}"#)
            .is_err()
    );
}

#[test]
fn votes_may_be_counted_approximately() {
    let over = |n| Count::Over { over: n };
    let about = |n| Count::About { about: n };
    let rows = [
        ("over 100 3 2", Some(vote(over(100), 3.into(), 2.into()))),
        (
            "more than 100, 3, 2",
            Some(vote(over(100), 3.into(), 2.into())),
        ),
        (">100 3 2", Some(vote(over(100), 3.into(), 2.into()))),
        ("100+ 3 2", Some(vote(over(100), 3.into(), 2.into()))),
        ("about 60 ~10 5", Some(vote(about(60), about(10), 5.into()))),
        (
            "for: around 60, against: 10, abstain: approx 5",
            Some(vote(about(60), 10.into(), about(5))),
        ),
        ("24-3-2", Some(vote(24.into(), 3.into(), 2.into()))),
        ("over about", None),
    ];
    for (answer, want) in rows {
        assert_eq!(commands::parse_vote(answer), want, "{answer:?}");
        if let Some(method) = &want {
            // The prompt offers the counts back as they are typed.
            assert_eq!(
                commands::parse_vote(&commands::vote_answer(method)).as_ref(),
                Some(method)
            );
        }
    }
    assert_eq!(
        commands::vote_answer(&vote(over(100), about(3), 2.into())),
        "over 100 about 3 2"
    );
}

/// A vote of only the counts given: `(for, against, abstain)`, each when given.
fn counted(for_: Option<Count>, against: Option<Count>, abstain: Option<Count>) -> Method {
    Method::Vote {
        for_,
        against,
        abstain,
    }
}

#[test]
fn a_vote_may_give_only_the_counts_the_room_gave() {
    let n = |n: u32| Some(Count::Exact(n));
    let over = |n| Some(Count::Over { over: n });
    let rows = [
        ("over 100 for", Some(counted(over(100), None, None))),
        ("over 100 in favour", Some(counted(over(100), None, None))),
        ("15", Some(counted(n(15), None, None))),
        ("24 3", Some(counted(n(24), n(3), None))),
        ("15 yes, 0 against", Some(counted(n(15), n(0), None))),
        ("3 against", Some(counted(None, n(3), None))),
        ("1 abstention", Some(counted(None, None, n(1)))),
        ("for 30, abstain 2", Some(counted(n(30), None, n(2)))),
        // Each count on the side its word names, whatever the order.
        (
            "3 against, 24 for, 2 abstaining",
            Some(counted(n(24), n(3), n(2))),
        ),
        ("2 abstain 30", Some(counted(n(30), None, n(2)))),
        // The working languages' words.
        ("30 a favor, 2 en contra", Some(counted(n(30), n(2), None))),
        ("12 pour, 1 abstention", Some(counted(n(12), None, n(1)))),
        ("4 abstenciones", Some(counted(None, None, n(4)))),
        ("20 مع 3 ضد", Some(counted(n(20), n(3), None))),
        // Not a vote: a word that is no count or side, two counts for one side, too many.
        ("24 three", None),
        ("for 1, for 2", None),
        ("1 2 3 4", None),
        ("24 3 2 1 for", None),
        ("for against", None),
    ];
    for (answer, want) in rows {
        assert_eq!(commands::parse_vote(answer), want, "{answer:?}");
        if let Some(method) = &want {
            // The prompt offers the counts back as they are typed.
            let again = commands::vote_answer(method);
            assert_eq!(
                commands::parse_vote(&again).as_ref(),
                Some(method),
                "{again:?}"
            );
        }
    }
    assert_eq!(
        commands::vote_answer(&counted(over(100), None, n(2))),
        "over 100 for, 2 abstain"
    );
    // The minutes, the codes and the screen say only what was counted.
    let (record, _) = decided(ResolutionStatus::Adopted, counted(over(100), None, None));
    let md = minutes_markdown(&record, &Options::default());
    assert!(
        md.contains("1. **Adopted by vote: over 100 for.** The pilot goes ahead"),
        "{md}"
    );
    assert!(!md.contains("against"), "no count nobody gave: {md}");
    let spanish = Options {
        language: Some(plenary::lang::Language::Spanish),
        ..Options::default()
    };
    let (record, _) = decided(ResolutionStatus::Adopted, counted(n(30), None, n(1)));
    let md = minutes_markdown(&record, &spanish);
    assert!(md.contains("votación: 30 a favor, 1 abstención"), "{md}");
    // Written with only the counts given; a vote of three reads as every release wrote it.
    let json = serde_json::to_string(&counted(over(100), None, n(2))).expect("encodes");
    assert_eq!(json, r#"{"Vote":{"for":{"over":100},"abstain":2}}"#);
    let read: Method = serde_json::from_str(&json).expect("decodes");
    assert_eq!(read, counted(over(100), None, n(2)));
}

/// Checks each row: a resolution of that status and method is asked about with those words, or
/// not at all.
fn contradictions_are(rows: &[(ResolutionStatus, Method, Option<&str>)]) {
    for (status, method, why) in rows {
        let (record, id) = decided(*status, method.clone());
        let r = record.resolution(id).expect("the resolution");
        assert_eq!(
            commands::contradiction(r)
                .map(|refusal| refusal.0)
                .as_deref(),
            *why,
            "{status:?} {method:?}"
        );
    }
}

#[test]
fn a_vote_without_both_for_and_against_contradicts_no_status() {
    use ResolutionStatus::{Adopted, Rejected};
    let n = |n: u32| Some(Count::Exact(n));
    let rows = [
        (Rejected, counted(n(100), None, None), None),
        (Adopted, counted(None, n(100), n(3)), None),
        (
            Adopted,
            counted(n(3), n(24), None),
            Some("the vote was 3 for, 24 against — more against than for"),
        ),
    ];
    contradictions_are(&rows);
}

#[test]
fn only_counts_that_surely_contradict_the_status_are_asked_about() {
    use ResolutionStatus::{Adopted, Rejected};
    let over = |n| Count::Over { over: n };
    let about = |n| Count::About { about: n };
    let rows = [
        // Over 100 for is more than 3 against, whatever the true count.
        (
            Rejected,
            vote(over(100), 3.into(), 0.into()),
            Some("the vote was over 100 for, 3 against — more for than against"),
        ),
        (
            Adopted,
            vote(about(10), about(40), 0.into()),
            Some("the vote was about 10 for, about 40 against — more against than for"),
        ),
        // Over 50 against may be fewer than over 40 for: nothing to ask.
        (Adopted, vote(over(40), over(50), 0.into()), None),
        (Rejected, vote(50.into(), over(60), 0.into()), None),
        (Adopted, vote(over(100), 3.into(), 0.into()), None),
        (Rejected, Method::ShowOfHands, None),
    ];
    contradictions_are(&rows);
    // Typed into the vote prompt, a contradicting approximate count is refused until confirmed.
    let (record, id) = decided(Rejected, Method::NotRecorded);
    assert!(commands::record_vote(&record, id, "over 100 3 0").is_err());
    assert!(commands::record_vote(&record, id, "over 10 over 20 0").is_ok());
}

/// The screen over a record with one proposed resolution, on the Resolutions tab.
fn resolutions_screen() -> Screen {
    let mut s = Screen::new(80, 24);
    s.keys("n")
        .keys("resolution: The pilot goes ahead")
        .keys("<Enter><Esc>R");
    s
}

fn method(s: &Screen) -> Method {
    s.reloaded().resolutions[0].method.clone()
}

#[test]
fn the_facilitator_picks_how_the_room_decided() {
    let mut s = resolutions_screen();
    s.keys("m");
    let screen = s.text();
    for (name, _) in &commands::METHODS {
        assert!(screen.contains(name), "the picker offers {name}: {screen}");
    }
    // Third: a show of hands, saved at once.
    s.keys("<Down><Down><Enter>");
    assert_eq!(method(&s), Method::ShowOfHands);
    // The picker opens on the method recorded.
    s.keys("m<Down><Enter>");
    assert_eq!(method(&s), Method::SenseOfRoom(Sense::Strong));
    s.keys("m<Down><Down><Down><Enter>");
    assert_eq!(method(&s), Method::ChairDeclared);
    // To be confirmed later: who confirms it is asked, and may be left unsaid.
    s.keys("m<Down><Enter>the board<Enter>");
    assert_eq!(
        method(&s),
        Method::ToBeConfirmed {
            by: "the board".into()
        }
    );
    let screen = s.text();
    assert!(
        screen.contains("Method     to be confirmed by the board"),
        "{screen}"
    );
    s.keys("m<Enter><C-u><Enter>");
    assert_eq!(method(&s), Method::ToBeConfirmed { by: String::new() });
    // A vote from the picker asks the counts in the vote prompt, approximate ones included.
    s.keys("m<Up><Up><Up><Up><Up><Up><Up><Enter>over 100 3 2<Enter>");
    assert_eq!(
        method(&s),
        vote(Count::Over { over: 100 }, 3.into(), 2.into())
    );
    let screen = s.text();
    assert!(
        screen.contains("Decided by vote: over 100 for, 3 against, 2"),
        "{screen}"
    );
    // Undo takes back one method at a time.
    s.keys("u");
    assert_eq!(method(&s), Method::ToBeConfirmed { by: String::new() });
}

#[test]
fn a_picked_vote_that_contradicts_the_status_is_asked_about() {
    let mut s = resolutions_screen();
    // Rejected, then a vote of over 100 for and 3 against: the screen asks first.
    s.keys("ss");
    assert_eq!(
        s.reloaded().resolutions[0].status,
        ResolutionStatus::Rejected
    );
    s.keys("m<Enter>over 100 3 0<Enter>");
    let screen = s.text();
    assert!(
        screen.contains("the vote was over 100 for, 3 against"),
        "the question gives the counts: {screen}"
    );
    s.keys("n");
    assert_eq!(method(&s), Method::NotRecorded, "n keeps what it had");
    s.keys("m<Enter>over 100 3 0<Enter>y");
    assert_eq!(
        method(&s),
        vote(Count::Over { over: 100 }, 3.into(), 0.into())
    );
    assert_eq!(
        s.reloaded().resolutions[0].status,
        ResolutionStatus::Rejected,
        "the chair's call stands"
    );
}

/// A record of the small agenda with one resolution, "Chair", recorded as the election `line`
/// typed in the election prompt, then at `status`; and its id.
fn elected(line: &str, status: ResolutionStatus) -> (Record, Id) {
    let (mut record, id) = decided(status, Method::NotRecorded);
    let post = |r: &Record| commands::edit_resolution_text(r, id, "Chair");
    let election = |r: &Record| commands::record_election(r, id, line);
    for command in [&post as &dyn Fn(&Record) -> commands::Ops, &election] {
        let ops = command(&record).unwrap_or_else(|r| panic!("{line}: {r}"));
        for op in ops {
            apply(&mut record, &op).unwrap_or_else(|e| panic!("{e}"));
        }
    }
    (record, id)
}

#[test]
fn an_election_reads_in_the_minutes_as_entered_and_never_as_consensus() {
    use ResolutionStatus::{Adopted, Deferred, Proposed};
    let rows = [
        (
            "2 seats: Ana Ruiz 20, Ben 14, Cy 3; blank 1; elected Ana Ruiz, Ben",
            Adopted,
            "- Chair *(elected: Ana Ruiz, Ben)* — 2 seats; candidates: Ana Ruiz (20 votes), \
             Ben (14 votes), Cy (3 votes); 1 blank or spoiled ballot\n",
            "**Elected: Ana Ruiz, Ben.** Chair",
        ),
        // An acclamation: the candidates and who was elected, no count at all.
        (
            "1 seat: Noah Rude; elected Noah Rude",
            Adopted,
            "- Chair *(elected: Noah Rude)* — 1 seat; candidates: Noah Rude\n",
            "**Elected: Noah Rude.** Chair",
        ),
        // Nobody marked elected yet: the status alone, and the votes entered.
        (
            "Ana 20, RON 1",
            Proposed,
            "- Chair *(proposed)* — candidates: Ana (20 votes), RON (1 vote)\n",
            "**Proposed.** Chair",
        ),
        // Only who was elected, put off: both said.
        (
            "elected Ana",
            Deferred,
            "- Chair *(deferred; elected: Ana)*\n",
            "**Deferred; elected: Ana.** Chair",
        ),
        (
            "Ana about 20, Ben over 3; spoiled 0",
            Adopted,
            "- Chair *(adopted)* — candidates: Ana (about 20 votes), Ben (over 3 votes); 0 blank \
             or spoiled ballots\n",
            "**Adopted.** Chair",
        ),
    ];
    for (line, status, session, listed) in rows {
        let (record, _) = elected(line, status);
        let md = minutes_markdown(&record, &Options::default());
        assert!(md.contains(session), "{line}: {session:?} in\n{md}");
        assert!(md.contains(listed), "{line}: {listed:?} in\n{md}");
        for unsaid in ["consensus", "vote:", "seat;"] {
            let said = md.contains(unsaid) && !session.contains(unsaid);
            assert!(!said, "{line}: the minutes say {unsaid:?}:\n{md}");
        }
        let html = plenary::export::html::minutes_html(&record, &Options::default());
        let session_html = session
            .trim_start_matches("- ")
            .split(" *(")
            .next()
            .unwrap_or("");
        assert!(html.contains(session_html), "{line}: html names the post");
        let facts = session.split(")* — ").nth(1).map(str::trim);
        if let Some(facts) = facts {
            assert!(
                html.contains(facts),
                "{line}: {facts:?} in the html\n{html}"
            );
        }
    }
}

#[test]
fn an_election_keeps_only_what_was_entered_in_the_record() {
    // Every part entered: each written, in a form of its own.
    let (record, id) = elected(
        "1 seat: Ana 20, RON 1; blank 0; elected Ana",
        ResolutionStatus::Adopted,
    );
    let method = record.resolution(id).map(|r| r.method.clone());
    let text = serde_json::to_string(&method).unwrap_or_default();
    assert_eq!(
        text,
        r#"{"Election":{"seats":1,"candidates":[{"name":"Ana","votes":20},{"name":"RON","votes":1}],"blank":0,"elected":["Ana"]}}"#
    );
    // An acclamation: no votes, no seats and no blank count are written, none read back.
    let (record, id) = elected("Noah Rude; elected Noah Rude", ResolutionStatus::Adopted);
    let method = record.resolution(id).map(|r| r.method.clone());
    let text = serde_json::to_string(&method).unwrap_or_default();
    assert_eq!(
        text,
        r#"{"Election":{"candidates":[{"name":"Noah Rude"}],"elected":["Noah Rude"]}}"#
    );
    let read: Option<Method> = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read, method);
    // A mistake changes nothing and says what to fix.
    let refused = commands::record_election(&record, id, "1 seat: Ana 3, Ben 2; elected Ana, Ben");
    assert_eq!(
        refused.map(|_| ()).map_err(|r| r.0),
        Err("2 elected for 1 seat".to_owned())
    );
}

#[test]
fn the_facilitator_records_an_election_with_its_key() {
    let mut s = resolutions_screen();
    // A mistake keeps the prompt open with the text, and the footer says what to fix.
    s.keys("b2 seats: Ana Ruiz 20, Ben 14, Cy 3; blank 1; elected Ana Ruiz, Dee<Enter>");
    let screen = s.text();
    assert!(
        screen.contains("Dee is elected but is not among the candidates"),
        "{screen}"
    );
    assert!(
        screen.contains("elected Ana Ruiz, Dee"),
        "the text stays: {screen}"
    );
    assert_eq!(method(&s), Method::NotRecorded);
    // Fixed (Backspace over "Dee"), it is saved: the record on disk holds the election.
    s.keys("<BS><BS><BS>Ben<Enter>");
    let Method::Election(election) = method(&s) else {
        panic!("not an election: {:?}", method(&s));
    };
    assert_eq!(election.seats, Some(2));
    let votes: Vec<(&str, Option<Count>)> = election
        .candidates
        .iter()
        .map(|c| (c.name.as_str(), c.votes))
        .collect();
    assert_eq!(
        votes,
        [
            ("Ana Ruiz", Some(Count::Exact(20))),
            ("Ben", Some(Count::Exact(14))),
            ("Cy", Some(Count::Exact(3))),
        ]
    );
    assert_eq!(election.blank, Some(Count::Exact(1)));
    assert_eq!(election.elected, ["Ana Ruiz", "Ben"]);
    let screen = s.text();
    assert!(screen.contains("Decided by election: 2 seats"), "{screen}");
    // The key opens on the election recorded, ready to correct; Esc changes nothing.
    s.keys("b");
    let screen = s.text();
    assert!(
        screen.contains("Cy 3; blank 1; elected Ana Ruiz, Ben"),
        "{screen}"
    );
    s.keys("<Esc>");
    // Undo takes it back in one step; the method picker offers it too, last.
    s.keys("u");
    assert_eq!(method(&s), Method::NotRecorded);
    s.keys("m");
    for _ in 1..commands::METHODS.len() {
        s.keys("<Down>");
    }
    s.keys("<Enter>elected Ana<Enter>");
    let Method::Election(election) = method(&s) else {
        panic!("not an election: {:?}", method(&s));
    };
    assert_eq!(election.elected, ["Ana"]);
    assert!(election.candidates.is_empty());
}

#[test]
fn a_proposal_selected_in_the_meetings_own_words_keeps_them_everywhere() {
    let mut s = Screen::new(120, 40);
    // The first proposal, selected in words with `w`; the prompt opens empty.
    s.keys("Pw");
    assert!(
        s.text()
            .contains("Selected: in what words did the meeting decide?"),
        "{}",
        s.text()
    );
    s.keys("affirmed as the basis of the network's work<Enter>");
    let r = s.reloaded();
    assert_eq!(
        r.proposals[0].decision,
        Decision::SelectedAs("affirmed as the basis of the network's work".into())
    );
    assert!(
        s.text()
            .contains("selected “First proposal”: affirmed as the basis of the network's work"),
        "{}",
        s.text()
    );
    let md = minutes_markdown(&r, &Options::default());
    assert!(
        md.contains("selected (affirmed as the basis of the network's work)"),
        "{md}"
    );
    let summary = plenary::export::summary::meeting_summary(&r, &Options::default());
    assert!(
        summary.contains("- Affirmed as the basis of the network's work: First proposal"),
        "{summary}"
    );
    // `w` again offers the words to correct; emptied, it is selected plainly; u undoes.
    s.keys("w");
    assert!(
        s.text()
            .contains("affirmed as the basis of the network's work"),
        "{}",
        s.text()
    );
    s.keys("<C-u><Enter>");
    assert_eq!(s.reloaded().proposals[0].decision, Decision::Selected);
    s.keys("u");
    assert!(matches!(
        s.reloaded().proposals[0].decision,
        Decision::SelectedAs(_)
    ));
}

/// The small agenda with its first proposal offering two options, A and B.
const WITH_OPTIONS: (&str, &str) = (
    "(id: \"p1\", title: \"First proposal\", presenters: [\"ana\"])",
    "(id: \"p1\", title: \"First proposal\", presenters: [\"ana\"], options: [\
     (id: \"A\", title: \"One staff post\"), (id: \"B\", title: \"Two staff posts\")])",
);

#[test]
fn a_proposal_with_options_is_selected_with_the_option_chosen_everywhere() {
    use plenary::lang::Language;
    let text = common::SMALL.replacen(WITH_OPTIONS.0, WITH_OPTIONS.1, 1);
    let agenda = plenary::store::agenda_file::parse_agenda("a.ron", text.as_bytes())
        .unwrap_or_else(|e| panic!("options check: {e}"))
        .0;
    let mut s = Screen::of(&text, agenda, 120, 40);
    // `s` on a proposal with options asks which; the second is B.
    s.keys("Ps");
    let screen = s.text();
    assert!(screen.contains("Selected: with which option?"), "{screen}");
    assert!(screen.contains("option A — One staff post"), "{screen}");
    assert!(
        screen.contains("the proposal as a whole, no option"),
        "{screen}"
    );
    s.keys("<Down><Enter>");
    let r = s.reloaded();
    assert_eq!(
        r.proposals[0].decision,
        Decision::SelectedOption("B".into())
    );
    let screen = s.text();
    assert!(
        screen.contains("selected “First proposal” with option B"),
        "{screen}"
    );
    assert!(screen.contains("option B — Two staff posts"), "{screen}");
    for (language, words) in [
        (
            Language::English,
            "**First proposal**: selected: option B — Two staff posts",
        ),
        (
            Language::Spanish,
            "**First proposal**: seleccionada: opción B — Two staff posts",
        ),
        (
            Language::French,
            "retenue\u{a0}: option B — Two staff posts",
        ),
        (
            Language::Arabic,
            "**First proposal**: اختير: الخيار B — Two staff posts",
        ),
    ] {
        let options = Options {
            language: Some(language),
            ..Options::default()
        };
        let md = minutes_markdown(&r, &options);
        assert!(md.contains(words), "{language:?}: {md}");
    }
    // The proposals list of the minutes gives every option offered, the chosen one or not.
    let md = minutes_markdown(&r, &Options::default());
    assert!(
        md.contains("Options: A — One staff post; B — Two staff posts"),
        "{md}"
    );
    let options = Options::default();
    let summary = plenary::export::summary::meeting_summary(&r, &options);
    let said = "- Selected: option B — Two staff posts: First proposal";
    assert!(summary.contains(said), "{summary}");
    // The codes hold it: the parts' text put together says it.
    let label = plenary::export::summary::label(&r, &options);
    let codes = plenary::export::qr::codes(&summary, &label, 10).unwrap_or_else(|e| panic!("{e}"));
    let held: String = codes.iter().map(|c| c.part.payload()).collect();
    assert!(held.contains(said), "{held}");
    // `s` again offers B first; the last item selects it as a whole; u undoes that.
    s.keys("s");
    s.keys("<Down><Enter>");
    assert_eq!(s.reloaded().proposals[0].decision, Decision::Selected);
    s.keys("u");
    assert_eq!(
        s.reloaded().proposals[0].decision,
        Decision::SelectedOption("B".into())
    );
    // A proposal without options is selected at once, as before.
    s.keys("<Down>s");
    assert_eq!(s.reloaded().proposals[1].decision, Decision::Selected);
}

#[test]
fn an_option_the_proposal_does_not_offer_is_refused() {
    let text = common::SMALL.replacen(WITH_OPTIONS.0, WITH_OPTIONS.1, 1);
    let agenda = plenary::store::agenda_file::parse_agenda("a.ron", text.as_bytes())
        .unwrap_or_else(|e| panic!("{e}"))
        .0;
    let record = Record::new(agenda);
    let (p1, p2) = (record.proposals[0].id, record.proposals[1].id);
    let refused = |ops: commands::Ops| ops.err().map(|r| r.0).unwrap_or_default();
    assert_eq!(
        refused(commands::select_option(&record, p1, Some("C"), None)),
        "the proposal has no option `C`; it offers A, B"
    );
    assert_eq!(
        refused(commands::select_option(&record, p2, Some("A"), None)),
        "this proposal has no options to choose from"
    );
    assert!(commands::select_option(&record, p1, Some("A"), None).is_ok());
}

#[test]
fn the_template_and_the_readme_show_a_proposal_with_options() {
    let template = include_str!("../agendas/template.ron");
    let agenda = plenary::store::agenda_file::parse_agenda("template.ron", template.as_bytes())
        .unwrap_or_else(|e| panic!("the template checks: {e}"))
        .0;
    let options: Vec<(&str, &str)> = agenda.proposals[0]
        .options
        .iter()
        .map(|o| (o.id.as_str(), o.title.as_str()))
        .collect();
    assert_eq!(options, [("A", "One staff post"), ("B", "Two staff posts")]);
    let readme = include_str!("../README.md");
    assert!(readme.contains("options: [(id: \"A\", title: \"One staff post\")"));
}
