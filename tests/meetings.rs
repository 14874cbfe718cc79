//! Real public meetings (issue 12's corpus, researched in docs/meetings/), each written as an
//! agenda under agendas/, replayed through the core commands as its note-taker would run it,
//! and its exported minutes checked against the source: every decision, vote count, election
//! result and action the source lists is in them, and nothing the source does not say is.
//!
//! Each expected fact names the line of the docs/meetings file it comes from
//! ("02:97" is docs/meetings/02-rtd-board-2013-02-19.md, line 97).

#[path = "meetings/flint.rs"]
mod flint;
#[path = "meetings/foopgp.rs"]
mod foopgp;
#[path = "meetings/hacksoc.rs"]
mod hacksoc;
#[path = "meetings/hypha.rs"]
mod hypha;
#[path = "meetings/perth.rs"]
mod perth;
#[path = "meetings/replay.rs"]
mod replay;
#[path = "meetings/rtd.rs"]
mod rtd;

#[path = "meetings/wssspe.rs"]
mod wssspe;

use plenary::core::record::{Candidate, Count, Method, ResolutionStatus};
use replay::{says_each, says_none};

#[test]
fn rtd_board_replay_records_every_vote_as_counted() {
    let record = rtd::replay();
    // 02:95–103: eight recorded votes, all passed; the procedural request at 02:98 was not
    // voted, so it is no resolution.
    let votes: Vec<[Option<u32>; 3]> = record
        .resolutions
        .iter()
        .map(|r| {
            assert_eq!(r.status, ResolutionStatus::Adopted, "{}", r.text);
            let exact = |count: Option<Count>| {
                count.map(|c| match c {
                    Count::Exact(n) => n,
                    other => panic!("{}: the source gives exact counts, not {other:?}", r.text),
                })
            };
            match r.method {
                Method::Vote {
                    for_,
                    against,
                    abstain,
                } => [exact(for_), exact(against), exact(abstain)],
                ref other => panic!("{}: the source gives a vote, not {other:?}", r.text),
            }
        })
        .collect();
    // Only the counts the source gives: "unanimous (15 in favour)" counts nobody against or
    // abstaining, "14–1" no abstentions.
    assert_eq!(
        votes,
        [
            [Some(14), Some(0), Some(1)], // 02:95 VIII
            [Some(15), None, None],       // 02:96 IX
            [Some(15), Some(0), None],    // 02:97 XII consent
            [Some(14), Some(1), None],    // 02:99 G
            [Some(15), Some(0), None],    // 02:100 H
            [Some(15), None, None],       // 02:101 I
            [Some(14), Some(1), None],    // 02:102 J
            [Some(13), Some(0), Some(1)], // 02:103 K
        ]
    );
    assert!(record.runs.values().all(|run| run.ended.is_some()));
}

#[test]
fn rtd_board_minutes_state_every_decision_vote_and_action_of_the_source() {
    let md = replay::minutes(&rtd::replay());
    says_each(
        &md,
        &[
            // Decisions, each with its result as recorded.
            (
                "22 January 2013. Moved by James, seconded by Tobiassen",
                "02:95",
            ),
            ("Adopted by vote: 14 for, 0 against, 1 abstaining.", "02:95"),
            ("Abstaining: Sisk (not on roll at that time)", "02:95"),
            (
                "5 February 2013. Moved by Bagley, seconded by James",
                "02:96",
            ),
            ("Adopted by vote: 15 for.", "02:96, 02:101"),
            ("Adopted by vote: 15 for, 0 against.", "02:97, 02:100"),
            ("items A, B, D, E and F (item C removed)", "02:97, 02:104"),
            ("Moved by Hoy, seconded by Deadwyler", "02:97"),
            ("Menten asked that item C", "02:98"),
            ("No vote recorded; item C was taken as item G", "02:98"),
            ("April 2013 Service Change package", "02:99"),
            ("Moved by Hoy, seconded by Daly. Against: Menten.", "02:99"),
            ("Adopted by vote: 14 for, 1 against.", "02:99, 02:102"),
            ("HNTB Corporation, up to $2,022,091", "02:100"),
            ("Moved by Hoy, seconded by Lubow", "02:100"),
            ("4 option years of the Aconex contract ($480,000)", "02:101"),
            ("Moved by Sisk, seconded by Tobiassen", "02:101"),
            ("Senate Bill 13-027", "02:102"),
            (
                "Moved by Daly, seconded by Folska. Against: Deadwyler.",
                "02:102",
            ),
            ("the Civil Rights Committee", "02:103"),
            ("Moved by Rivera-Malpiede, seconded by Tobiassen", "02:103"),
            ("Abstaining: Solano. Away: Lasater", "02:103"),
            (
                "Adopted by vote: 13 for, 0 against, 1 abstaining.",
                "02:103",
            ),
            // Actions, with the owners the source names.
            (
                "get back to Martha Harvey on her accessibility concerns *(Someone from staff)*",
                "02:112",
            ),
            (
                "complete the facilitator's survey before the strategic planning advance \
                 *(Everyone)*",
                "02:114",
            ),
            (
                "brief the next FasTracks Monitoring Committee on the corridor's status \
                 *(West Corridor PI team)*",
                "02:116",
            ),
            (
                "2014 task goals from the 2 March strategic planning advance",
                "02:118",
            ),
            ("around April 10 *(GM Oversight Committee)*", "02:119"),
            ("specific role for everyone", "02:120"),
            // Suggestions the source says were not moved: minuted as notes only.
            ("sensitivity leadership training", "02:123"),
            ("ad hoc committee on SB 13-027 parking", "02:123"),
            // Who met, when the meeting opened and closed.
            ("Called to order at 5:30 p.m.", "02:25, 02:43"),
            ("15 directors present, 0 absent.", "02:45"),
            ("Adjourned at 7:15 p.m.", "02:90"),
        ],
    );
    assert_eq!(md.matches("Adopted by vote").count(), 8, "02:95–103");
    says_none(
        &md,
        &[
            ("Rejected", "every motion passed (02:95–103)"),
            ("by consensus", "every decision was a recorded vote (02:92)"),
            ("head count", "02:37: no total given"),
            ("Languages:", "02:38: the working language is not stated"),
            (
                "Interpretation:",
                "02:39: interpretation used is not stated",
            ),
            ("skipped", "no item was skipped (02:42–90)"),
        ],
    );
}

#[test]
fn hypha_retreat_minutes_state_every_decision_and_action_of_the_source() {
    let md = replay::minutes(&hypha::replay());
    let mut facts: Vec<(&str, &str)> = vec![
        // Decisions: consensed, in the notes' words.
        ("Everyone consents to the calls being recorded", "05:79"),
        ("Six group agreements for working together", "05:78"),
        ("Put the draft vision and mission on Loomio", "05:80"),
        ("list of 25 values as a broad alignment", "05:84"),
        ("Mission: option 3 picked", "05:87"),
        ("option 3 1+1+1+2+2+1", "05:89–90"),
        ("a concern about the word \"around\"", "05:91"),
        ("Vision: option B picked", "05:94"),
        // The picks as the proposals' decisions, with their options.
        (
            "**Mission**: selected: option 3 — \\[Co-op name\\] cultivates collective growth",
            "05:87–90",
        ),
        (
            "**Vision**: selected: option B — as proposed on Loomio (its text is not in the \
             notes)",
            "05:94",
        ),
        ("B 1+1+4+1+3+1 = 11", "05:93"),
        ("D 4+5+5+5+4 = 23", "05:93"),
        (
            "define its outcomes in a proposal and share them by async update",
            "05:98",
        ),
        (
            "mid-January (after 7 January), on a Wednesday evening",
            "05:100",
        ),
        ("method not marked in the notes", "05:102"),
        // Working groups and their members, as written.
        (
            "Business Planning (feasibility study): Udit, Ben, Dawn",
            "05:108",
        ),
        (
            "Governance (bylaws, incorporating, AGM set-up): Dawn; Udit can help",
            "05:109",
        ),
        ("Yurko, Elon, Dawn, Garry", "05:110"),
        (
            "Finance & Accounting (bank account, payroll, invoicing, remittances): Ben, Yurko",
            "05:112",
        ),
        // Actions, with the one date the notes give (tomorrow, said on 4 December).
        ("Prepare Loomio for the async work", "05:115"),
        ("by 5 Dec 2018", "05:115"),
        ("Check the exact slot for the next all-hands", "05:101"),
        (
            "Canadian Worker Co-op Federation once we are far enough along",
            "05:126",
        ),
        ("Shared password management?", "05:125"),
        ("2019 Q1 is the lynchpin time period", "05:123"),
        // The break as held.
        ("Held as a 10-minute break", "05:130"),
    ];
    // 05:116–122: every milestone, the two quarters in their text; the one the owner parser
    // once cut is checked by `hypha_retreat_actions_have_no_owner_the_source_does_not_name`.
    facts.extend(
        hypha::MILESTONES
            .iter()
            .filter(|m| !m.contains(" to "))
            .map(|m| (*m, "05:116–122")),
    );
    says_each(&md, &facts);
    // 05:78–100: the six consensed decisions say so in the list of resolutions.
    let resolutions = md.split("## Resolutions").nth(1).unwrap_or_default();
    for words in [
        "consents to the calls being recorded",
        "Six group agreements",
        "Put the draft vision and mission on Loomio",
        "list of 25 values",
        "define its outcomes in a proposal",
        "The next all-hands is in mid-January",
    ] {
        let line = resolutions
            .lines()
            .find(|l| l.contains(words))
            .unwrap_or_default();
        assert!(line.contains("Adopted by consensus.**"), "{words}: {line}");
    }
    says_none(
        &md,
        &[
            ("by vote", "no counted vote (05:76–105)"),
            ("participants from", "05:131: no head count, no countries"),
            (
                "Led by",
                "05:131: whether the planned roles served is not known",
            ),
            ("Languages:", "the working language is not stated"),
        ],
    );
}

#[test]
fn hypha_retreat_minutes_give_no_method_for_the_picks() {
    let md = replay::minutes(&hypha::replay());
    // Of the eight resolutions, six were consensed (05:78–100); the two picks give no method.
    assert_eq!(md.matches("Adopted by consensus.").count(), 6, "05:87–94");
}

#[test]
fn hypha_retreat_actions_have_no_owner_the_source_does_not_name() {
    let record = hypha::replay();
    // 05:115–127: no action or milestone has an owner.
    let md = replay::minutes(&record);
    says_each(&md, &[(hypha::MILESTONES[13], "05:121")]);
    let owned: Vec<_> = record
        .actions
        .iter()
        .filter_map(|a| a.owner.as_deref())
        .collect();
    assert!(owned.is_empty(), "owners nobody named: {owned:?}");
}

#[test]
fn flint_hills_convention_minutes_state_every_election_decision_and_action_of_the_source() {
    let md = replay::minutes(&flint::replay());
    let mut facts: Vec<(&str, &str)> = vec![
        // The procedural motion, the next meeting, the adjournment: each "Unanimous", passed.
        (
            "Decide the steering committee by acclamation without objection",
            "04:74",
        ),
        (
            "Moved by Amanda Crisp, seconded by Beccah Bromley. Vote: unanimous.",
            "04:74",
        ),
        (
            "Host a chapter meeting on July 24, 2025. Moved by Derron Borders, seconded by Amanda Crisp. Vote: unanimous.",
            "04:81",
        ),
        (
            "Adjourn. Moved by Derron Borders, seconded by Noah Rude. Vote: unanimous.",
            "04:82",
        ),
        ("Adjourned at 8:04 PM.", "04:69"),
        ("Called to order at 6:12 pm", "04:23, 04:44"),
        // Elections: the nominees, and the one nominee no motion elected.
        ("Co-chairs, Noah Rude and Peter Herrmann", "04:89"),
        ("Secretary, Andrew Govea and Derron Borders", "04:92"),
        ("No motion recorded for Peter Herrmann", "04:89, 04:107"),
        // Both next-meeting dates, unreconciled.
        ("2025-08-14, 6:00 PM", "04:66, 04:108"),
        // The logo: chosen earlier, not decided here.
        ("No decision at this meeting", "04:56"),
        // Actions with the owners and deadlines as written.
        (
            "review the National DSA Resolution Proposal before the next meeting",
            "04:99",
        ),
        (
            "*(Chapter members (@flinthillsdsa/chapter-member), by 24 Jul 2025)*",
            "04:99",
        ),
        (
            "Submit agenda items for the next meeting *(by 17 Jul 2025)*",
            "04:100",
        ),
        ("Distribute the final agenda *(by 18 Jul 2025)*", "04:101"),
        (
            "provide black-and-white transparent versions of the logo *(Riley Scott)*",
            "04:102",
        ),
        (
            // Typed "Derron", as the source writes it: the participant, by name.
            "create videos on using GitHub for the chapter's democratic processes *(Derron Borders)*",
            "04:103",
        ),
        ("Ideas only, nothing decided", "04:64"),
    ];
    // 04:75–80: every election, with mover, seconder and vote.
    facts.extend(flint::ELECTED.iter().map(|(m, _)| (*m, "04:75–80")));
    says_each(&md, &facts);
    assert_eq!(
        md.matches("Vote: unanimous.").count() / 2,
        9,
        "04:74–82: nine motions"
    );
    says_none(
        &md,
        &[
            ("by vote", "04:83: no counts, only \"Unanimous\""),
            ("Rejected", "every motion passed (04:74–82)"),
            ("Elect Peter Herrmann", "04:107: no motion for him"),
            ("Languages:", "04:31: the language is not stated"),
            ("countries", "04:31: countries not stated"),
        ],
    );
}

#[test]
fn flint_hills_convention_minutes_call_no_motion_consensus() {
    let md = replay::minutes(&flint::replay());
    says_none(
        &md,
        &[("by consensus", "04:71: voice votes, recorded as Unanimous")],
    );
}

#[test]
fn perth_artifactory_agm_minutes_state_every_motion_and_the_election_of_the_source() {
    let record = perth::replay();
    let md = replay::minutes(&record);
    // 07:47–54: seven motions passed (6, the auditor, lapsed and is no resolution).
    assert_eq!(
        record.resolutions.len(),
        8,
        "seven motions and the election"
    );
    assert!(
        record
            .resolutions
            .iter()
            .all(|r| r.status == ResolutionStatus::Adopted
                && !matches!(r.method, Method::Vote { .. })),
        "07:55: no counts to type"
    );
    let mut facts: Vec<(&str, &str)> = vec![
        // The election: 8 nominees, 10 seats, all declared elected, no votes.
        (perth::ELECTED, "07:58–60"),
        ("Joshua Rospondek", "07:58"),
        ("2 of the 10 seats left unfilled", "07:60"),
        // The lapsed motion.
        ("moved by no-one, seconded by no-one; lapsed", "07:52"),
        // Quorum and attendance as counted.
        ("43 members eligible to vote; quorum 20% of 43 = 9", "07:27"),
        (
            "20 members with voting rights present; quorum met",
            "07:27–28",
        ),
        ("21 ordinary members in person", "07:24"),
        ("Niall Navin to Nick Bannon", "07:26"),
        ("Opened at 13:09 (planned 13:00)", "07:20"),
        ("Closed at 13:36.", "07:20, 07:42"),
    ];
    // 07:47–54: each motion with its mover, seconder and result as written.
    facts.extend(perth::PASSED.iter().map(|m| (*m, "07:47–54")));
    says_each(&md, &facts);
    says_none(
        &md,
        &[
            ("by vote", "07:55: no motion has counts"),
            ("Rejected", "07:47–54"),
            ("21 for", "07:55: plenary must not compute a count"),
            ("Appoint an auditor", "07:52: lapsed, not decided"),
            (
                "participants from",
                "07:29: no head count or countries in the record",
            ),
        ],
    );
    // 07:63–65: no actions were assigned.
    assert!(record.actions.is_empty());
    assert!(md.contains("No next steps recorded."));
}

#[test]
fn flint_hills_convention_elections_are_recorded_as_elections_of_their_nominees() {
    let record = flint::replay();
    let md = replay::minutes(&record);
    // 04:75–80, 04:86–92: each motion elects its one nominee, by acclamation: no votes, no
    // blank ballots and no seats counted, since the minutes give none.
    for (motion, nominee) in flint::ELECTED {
        let text = format!("{motion} Vote: unanimous.");
        let Some(r) = record.resolutions.iter().find(|r| r.text == text) else {
            panic!("no resolution for {motion}");
        };
        let Method::Election(e) = &r.method else {
            panic!("{motion} is not an election: {:?}", r.method);
        };
        let candidate = Candidate {
            name: nominee.to_owned(),
            votes: None,
        };
        assert_eq!(e.candidates, [candidate], "{motion}");
        assert_eq!(e.elected, [nominee], "{motion}");
        assert_eq!((e.seats, e.blank), (None, None), "{motion}");
        assert_eq!(r.status, ResolutionStatus::Adopted, "{motion}");
        says_each(
            &md,
            &[(&format!("**Elected: {nominee}.** {text}"), "04:75–80")],
        );
    }
    // The procedural motions are no elections.
    let elections = record
        .resolutions
        .iter()
        .filter(|r| matches!(r.method, Method::Election(_)))
        .count();
    assert_eq!(elections, 6, "04:74–82: six of the nine motions elect");
    says_none(
        &md,
        &[
            ("seat", "04:86–92: no number of seats given"),
            ("votes)", "04:92: no votes each, only \"Unanimous\""),
        ],
    );
}

#[test]
fn perth_artifactory_agm_election_is_recorded_as_an_election_of_the_nominees() {
    let record = perth::replay();
    let md = replay::minutes(&record);
    let Some(r) = record.resolutions.iter().find(|r| r.text == perth::ELECTED) else {
        panic!("no resolution for the election");
    };
    let Method::Election(e) = &r.method else {
        panic!("the election is not one: {:?}", r.method);
    };
    // 07:58–60: 10 seats, 8 nominees, no votes cast, all 8 declared elected.
    assert_eq!(e.seats, Some(10));
    let candidates: Vec<Candidate> = perth::NOMINEES
        .iter()
        .map(|name| Candidate {
            name: (*name).to_owned(),
            votes: None,
        })
        .collect();
    assert_eq!(e.candidates, candidates);
    assert_eq!(e.elected, perth::NOMINEES);
    assert_eq!(e.blank, None, "07:60: no votes cast");
    assert_eq!(r.status, ResolutionStatus::Adopted);
    let nominees = perth::NOMINEES.join(", ");
    says_each(
        &md,
        &[
            (
                &format!("**Elected: {nominees}.** Declared elected under rule 34.2.a"),
                "07:58–60",
            ),
            (&format!("10 seats; candidates: {nominees}"), "07:58"),
        ],
    );
    says_none(&md, &[("votes)", "07:60: no votes cast")]);
}

#[test]
fn perth_artifactory_agm_minutes_call_nothing_consensus() {
    let md = replay::minutes(&perth::replay());
    says_none(
        &md,
        &[("by consensus", "07:44–60: no consensus in the source")],
    );
}

#[test]
fn hacksoc_agm_minutes_state_every_amendment_vote_and_election_result_of_the_source() {
    let record = hacksoc::replay();
    let md = replay::minutes(&record);
    // 01:55–59: the five amendments, each counted.
    let votes: Vec<Method> = record
        .resolutions
        .iter()
        .take(5)
        .map(|r| r.method.clone())
        .collect();
    let vote = |for_, against, abstain| Method::Vote {
        for_: Some(Count::Exact(for_)),
        against: Some(Count::Exact(against)),
        abstain: Some(Count::Exact(abstain)),
    };
    assert_eq!(
        votes,
        [
            vote(22, 0, 1), // 01:55
            vote(21, 0, 2), // 01:56
            vote(23, 0, 0), // 01:57
            vote(22, 1, 0), // 01:58
            vote(23, 0, 0), // 01:59
        ]
    );
    let mut facts: Vec<(&str, &str)> = vec![
        (
            "Adopted by vote: 22 for, 0 against, 1 abstaining.** A1.",
            "01:55",
        ),
        (
            "Adopted by vote: 21 for, 0 against, 2 abstaining.** A2.",
            "01:56",
        ),
        (
            "Adopted by vote: 23 for, 0 against, 0 abstaining.** A3.",
            "01:57",
        ),
        (
            "Adopted by vote: 22 for, 1 against, 0 abstaining.** A4.",
            "01:58",
        ),
        (
            "Adopted by vote: 23 for, 0 against, 0 abstaining.** A5.",
            "01:59",
        ),
        (
            "Passed with changes (the changes are not given)",
            "01:51–52",
        ),
        ("two thirds of the members present", "01:50"),
        ("23 voted, 3 of them by proxy; quorum 13", "01:30"),
        (
            "hand-counted by the Returning Officer (Ethan Holwill)",
            "01:26–28",
        ),
        ("\"Emmet Holwill\" in the notice", "01:26"),
    ];
    // 01:75–83: the Ordinary Members' ballots and STV rounds (each post's result is checked
    // in `hacksoc_agm_elections_hold_every_result_of_the_source`).
    facts.push((hacksoc::BALLOTS, "01:72, 01:75"));
    facts.extend(hacksoc::ROUNDS.iter().map(|r| (*r, "01:78–83")));
    says_each(&md, &facts);
    says_none(
        &md,
        &[
            ("Rejected", "01:60: all five approved"),
            ("Charlotte Carrington", "01:12: the later text is used"),
            ("participants from", "01:31: no head count of attendees"),
            ("Moved by", "01:51: movers not given"),
        ],
    );
    assert!(record.actions.is_empty(), "01:89: none stated");
}

/// A post as the source's elections table gives it (01:66–73): seats, votes each (none for the
/// Ordinary Members, counted by STV rounds), spoiled or empty ballots, the total shown, and who
/// was elected.
struct Post {
    post: &'static str,
    seats: u32,
    votes: &'static [(&'static str, Option<u32>)],
    blank: u32,
    total: Option<u32>,
    elected: &'static [&'static str],
}

const POSTS: [Post; 8] = [
    Post {
        post: "Chair",
        seats: 1,
        votes: &[("Charlotte Wringe", Some(20)), ("RON", Some(1))],
        blank: 0,
        total: Some(21),
        elected: &["Charlotte Wringe"],
    },
    Post {
        post: "Secretary (joint)",
        seats: 1,
        votes: &[("Ash Holland & Adam Birtles", Some(22)), ("RON", Some(0))],
        blank: 0,
        total: Some(22),
        elected: &["Ash Holland & Adam Birtles"],
    },
    Post {
        post: "Treasurer",
        seats: 1,
        votes: &[("Skye Fuller", Some(20)), ("RON", Some(0))],
        blank: 1,
        total: Some(21),
        elected: &["Skye Fuller"],
    },
    Post {
        post: "Social Secretary",
        seats: 1,
        votes: &[("Daniel O'Brien", Some(20)), ("RON", Some(0))],
        blank: 2,
        total: Some(22),
        elected: &["Daniel O'Brien"],
    },
    Post {
        post: "Press & Publicity Officer",
        seats: 1,
        votes: &[("Aaron Christiansen", Some(18)), ("RON", Some(0))],
        blank: 4,
        total: Some(22),
        elected: &["Aaron Christiansen"],
    },
    Post {
        post: "Academic Events Officer",
        seats: 1,
        votes: &[("Tara Harley", Some(19)), ("RON", Some(0))],
        blank: 2,
        total: Some(21),
        elected: &["Tara Harley"],
    },
    Post {
        post: "Infrastructure Officer (joint)",
        seats: 1,
        votes: &[("Ezekiel Bethel & Luke Moll", Some(19)), ("RON", Some(0))],
        blank: 3,
        total: Some(22),
        elected: &["Ezekiel Bethel & Luke Moll"],
    },
    Post {
        post: "Ordinary Members",
        seats: 3,
        votes: &[
            ("Abir Rizwanullah", None),
            ("Charlotte Lloyd", None),
            ("Jacob Allen", None),
            ("Jamie Quigley", None),
            ("Mahir Rahman", None),
            ("RON", None),
        ],
        blank: 2,
        total: None,
        elected: &["Charlotte Lloyd", "Jacob Allen", "Mahir Rahman"],
    },
];

#[test]
fn hacksoc_agm_elections_hold_every_result_of_the_source() {
    let record = hacksoc::replay();
    let md = replay::minutes(&record);
    let mut facts: Vec<(String, &str)> = Vec::new();
    for post in &POSTS {
        let Some(r) = record.resolutions.iter().find(|r| r.text == post.post) else {
            panic!("no resolution for {}", post.post);
        };
        let Method::Election(e) = &r.method else {
            panic!("{} is not an election: {:?}", post.post, r.method);
        };
        let candidates: Vec<Candidate> = post
            .votes
            .iter()
            .map(|&(name, votes)| Candidate {
                name: name.to_owned(),
                votes: votes.map(Count::Exact),
            })
            .collect();
        assert_eq!(e.seats, Some(post.seats), "{}", post.post);
        assert_eq!(e.candidates, candidates, "{}", post.post);
        assert_eq!(e.blank, Some(Count::Exact(post.blank)), "{}", post.post);
        assert_eq!(e.elected, post.elected, "{}", post.post);
        assert_eq!(r.status, ResolutionStatus::Adopted, "{}", post.post);
        // The total the source shows is every vote and every spoiled or empty ballot.
        if let Some(total) = post.total {
            let votes: u32 = post.votes.iter().filter_map(|(_, v)| *v).sum();
            assert_eq!(votes + post.blank, total, "{}: the total shown", post.post);
        }
        // The minutes say it under the session, every part as entered.
        let votes: Vec<String> = post
            .votes
            .iter()
            .map(|(name, votes)| match votes {
                Some(1) => format!("{name} (1 vote)"),
                Some(n) => format!("{name} ({n} votes)"),
                None => (*name).to_owned(),
            })
            .collect();
        let seats = if post.seats == 1 { "seat" } else { "seats" };
        let ballots = if post.blank == 1 { "ballot" } else { "ballots" };
        facts.push((
            format!(
                "- {} *(elected: {})* — {} {seats}; candidates: {}; {} blank or spoiled {ballots}\n",
                post.post,
                post.elected.join(", "),
                post.seats,
                votes.join(", "),
                post.blank,
            ),
            "01:66–73",
        ));
        // And among the resolutions, who was elected.
        facts.push((
            format!("**Elected: {}.** {} *(", post.elected.join(", "), post.post),
            "01:66–73",
        ));
    }
    let facts: Vec<(&str, &str)> = facts.iter().map(|(f, s)| (f.as_str(), *s)).collect();
    says_each(&md, &facts);
}

#[test]
fn hacksoc_agm_minutes_call_no_election_consensus() {
    let md = replay::minutes(&hacksoc::replay());
    says_none(&md, &[("by consensus", "01:62: STV, paper ballots")]);
}

#[test]
fn wssspe3_minutes_state_every_group_outcome_and_action_of_the_source() {
    let record = wssspe::replay();
    let md = replay::minutes(&record);
    let facts: Vec<(&str, &str)> = vec![
        // Decisions: the topic selection and the three groups' own decisions.
        (
            "Topics with too few people dropped, some merged",
            "03:55–58, 03:124",
        ),
        ("no counts given", "03:58"),
        (
            "Common purpose: guidance and a white paper; a survey of NSF SI2 projects",
            "03:95",
        ),
        (
            "Prioritise software citation over a contributorship taxonomy",
            "03:110",
        ),
        (
            "already merged with the FORCE11 Software Citation Working Group",
            "03:111",
        ),
        (
            "list of venues that support executable papers; SSI agreed to host it",
            "03:116",
        ),
        // Outcomes of the groups without a decision.
        ("outline agreed", "03:72"),
        ("seed funding from funders", "03:79"),
        ("no responsible parties were identified", "03:85"),
        (
            "Legacy software met for this one period only, then dissolved",
            "03:87",
        ),
        (
            "two example systems (quantum chemistry, malaria modelling)",
            "03:91",
        ),
        ("Summary only (why it is important)", "03:119"),
        // Actions with the owners the appendices name.
        (
            "finish the introduction and scope (15 Nov) *(Patra/Gesing)*",
            "03:73",
        ),
        ("assign the sections (15 Nov) *(Patra/Gesing)*", "03:73–74"),
        (
            "write a first version of each section (31 Jan) *(Section co-authors)*",
            "03:74–75",
        ),
        (
            "do the IRB paperwork (Oct–Nov 2015) *(Gabrielle Allen, Emily Chen)*",
            "03:96–97",
        ),
        (
            "write the SI2 metrics report (tentatively March 2016) *(A UIUC student)*",
            "03:99",
        ),
        (
            "draft the WSSSPE3 report-back (during October) *(Nick Jones, Erin Robinson)*",
            "03:104",
        ),
        (
            "call a virtual meeting of the broader group (before December 2015) *(Jones and Robinson)*",
            "03:105",
        ),
        (
            "software citation principles over the next six to nine months",
            "03:112",
        ),
        ("*(The FORCE11-SCWG)*", "03:113"),
        (
            "create a first version of the venues page (within a week or so) *(Steven R. Brandt)*",
            "03:117",
        ),
        (
            "take responsibility for the page once it is up *(Neil Chue Hong)*",
            "03:118",
        ),
    ];
    says_each(&md, &facts);
    // 03:73–118: every action of the appendices, owned or not, is in the minutes.
    let listed: Vec<(&str, &str)> = wssspe::ACTIONS
        .iter()
        .flat_map(|(_, lines)| lines.iter())
        .map(|line| {
            (
                line.split_once(" to ").map_or(*line, |(_, what)| what),
                "03:73–118",
            )
        })
        .collect();
    says_each(&md, &listed);
    assert_eq!(
        record.actions.len(),
        listed.len() + 1,
        "and the FORCE11-SCWG's (03:112)"
    );
    says_none(
        &md,
        &[
            ("by vote", "03:127: no plenary votes"),
            ("participants from", "03:132: actual attendance not stated"),
            ("Languages:", "03:132"),
            (
                "by 15 Nov",
                "03:134: the years are not written, so no due date",
            ),
        ],
    );
}

#[test]
fn wssspe3_working_groups_run_side_by_side_each_under_its_track() {
    let record = wssspe::replay();
    // Every group started before any ended: they ran at the same time.
    let runs: Vec<_> = wssspe::GROUPS.iter().map(|g| record.run(g)).collect();
    let last_start = runs.iter().filter_map(|r| r.started).max();
    let first_end = runs.iter().filter_map(|r| r.ended).min();
    assert!(
        last_start.zip(first_end).is_some_and(|(s, e)| s < e),
        "{runs:?}"
    );
    for a in wssspe::GROUPS {
        for b in wssspe::GROUPS.iter().filter(|b| **b != a) {
            assert!(record.plan.alongside(a, b), "{a} beside {b}");
        }
    }
    let md = replay::minutes(&record);
    let training = md
        .split("#### ")
        .find(|s| s.starts_with("Working group: Training"))
        .unwrap_or_default();
    assert!(training.contains(", in parallel: Training."), "{training}");
    assert!(training.contains("Nick Jones is responsible"), "{training}");
}

#[test]
fn wssspe3_minutes_state_no_time() {
    let md = replay::minutes(&wssspe::replay());
    says_none(&md, &[("00:00", "03:130: no clock times")]);
}

#[test]
fn wssspe3_minutes_give_no_method() {
    let md = replay::minutes(&wssspe::replay());
    says_none(&md, &[("by consensus", "03:126: method not stated")]);
}

#[test]
fn foopgp_assembly_minutes_state_every_resolution_and_count_of_the_source() {
    let record = foopgp::replay();
    let md = replay::minutes(&record);
    let vote = |for_, against, abstain| Method::Vote {
        for_: Some(Count::Exact(for_)),
        against: Some(Count::Exact(against)),
        abstain: Some(Count::Exact(abstain)),
    };
    let methods: Vec<Method> = record
        .resolutions
        .iter()
        .map(|r| r.method.clone())
        .collect();
    assert_eq!(
        methods,
        [
            vote(7, 0, 1),  // 06:48
            vote(7, 0, 1),  // 06:49
            vote(7, 0, 1),  // 06:50
            vote(43, 0, 4), // 06:51, in voting tokens
        ]
    );
    let mut facts: Vec<(&str, &str)> = vec![
        (
            "Adopted by vote: 7 for, 0 against, 1 abstaining.** Les statuts modifiés",
            "06:48",
        ),
        (
            "Adopted by vote: 7 for, 0 against, 1 abstaining.** Le nouveau règlement",
            "06:49",
        ),
        (
            "Adopted by vote: 7 for, 0 against, 1 abstaining.** La distribution rétroactive",
            "06:50",
        ),
        (
            "Adopted by vote: 43 for, 0 against, 4 abstaining.** Laurent CEARD",
            "06:51",
        ),
        ("Voix comptées en jetons de pouvoir", "06:54"),
        ("Séance ouverte à 15h20.", "06:21"),
        ("Séance clôturée à 16h30.", "06:21"),
        ("Pascal ANDRÉ", "06:29"),
        (
            "Un membre présent a dû partir au moment des votes.",
            "06:32",
        ),
        ("Améliorer la communication (plaquette, …).", "06:62"),
    ];
    // 06:52–53: the tokens each payment gives, in the resolution's words.
    facts.push((foopgp::RESOLUTIONS[2].1, "06:52–53"));
    says_each(&md, &facts);
    says_none(
        &md,
        &[
            ("by consensus", "06:45: every resolution was a counted vote"),
            ("Rejected", "06:48–51: all adopted"),
            (
                "participants from",
                "06:73: 8 present or represented is not a head count",
            ),
        ],
    );
    assert!(record.actions.is_empty(), "06:61: none formally assigned");
}

#[test]
fn foopgp_assembly_minutes_state_no_planned_time() {
    let md = replay::minutes(&foopgp::replay());
    says_none(
        &md,
        &[(
            "planned 15:20",
            "06:43: only the opening and closing as held",
        )],
    );
}
