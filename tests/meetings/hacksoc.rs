//! The HackSoc AGM of 28 February 2020 (docs/meetings/01), replayed from its notice and its
//! results page: five amendments with their counted votes, and eight elections recorded as
//! elections — the votes each candidate had, the spoiled or empty ballots and who was elected —
//! with the Ordinary Members' STV rounds as notes.

use plenary::core::record::{Record, ResolutionStatus};

use super::replay::{How, Replay, agenda};

/// The agenda of the AGM as held.
pub const AGENDA: &str = include_str!("../../agendas/hacksoc-agm-2020.ron");

/// The amendments and their counts (for, against, abstain), as the results give them.
pub const AMENDMENTS: [(&str, &str); 5] = [
    ("A1. Update the constitution's format. Passed.", "22 0 1"),
    (
        "A2. Election and regulation of joint committee positions. Passed with changes (the \
         changes are not given).",
        "21 0 2",
    ),
    (
        "A3. Clarify the \"Aims and Objectives\" section. Passed.",
        "23 0 0",
    ),
    (
        "A4. Make it harder to dissolve the society. Passed with changes (the changes are not \
         given).",
        "22 1 0",
    ),
    (
        "A5. Move the Declaration out of the constitution. Passed.",
        "23 0 0",
    ),
];

/// Each post (the resolution's text) and its result as typed in the election prompt from the
/// results page: seats, votes each (RON, re-open nominations, as a candidate), spoiled or empty
/// ballots, who was elected. The totals the page shows are the sums of these (checked in
/// tests/meetings.rs); the Ordinary Members' votes are STV rounds, kept as notes.
pub const ELECTIONS: [(&str, &str); 8] = [
    (
        "Chair",
        "1 seat: Charlotte Wringe 20, RON 1; spoiled or empty 0; elected Charlotte Wringe",
    ),
    (
        "Secretary (joint)",
        "1 seat: Ash Holland & Adam Birtles 22, RON 0; spoiled or empty 0; elected Ash Holland \
         & Adam Birtles",
    ),
    (
        "Treasurer",
        "1 seat: Skye Fuller 20, RON 0; spoiled or empty 1; elected Skye Fuller",
    ),
    (
        "Social Secretary",
        "1 seat: Daniel O'Brien 20, RON 0; spoiled or empty 2; elected Daniel O'Brien",
    ),
    (
        "Press & Publicity Officer",
        "1 seat: Aaron Christiansen 18, RON 0; spoiled or empty 4; elected Aaron Christiansen",
    ),
    (
        "Academic Events Officer",
        "1 seat: Tara Harley 19, RON 0; spoiled or empty 2; elected Tara Harley",
    ),
    (
        "Infrastructure Officer (joint)",
        "1 seat: Ezekiel Bethel & Luke Moll 19, RON 0; spoiled or empty 3; elected Ezekiel \
         Bethel & Luke Moll",
    ),
    (
        "Ordinary Members",
        "3 seats: Abir Rizwanullah, Charlotte Lloyd, Jacob Allen, Jamie Quigley, Mahir Rahman, \
         RON; spoiled or empty 2; elected Charlotte Lloyd, Jacob Allen, Mahir Rahman",
    ),
];

/// The Ordinary Members' ballots as printed, which no field of the election holds.
pub const BALLOTS: &str =
    "Ordinary Members: 22 ballots, 20 valid, 2 spoiled or empty; Droop quota 6.";

/// The Ordinary Members' count, round by round, as printed.
pub const ROUNDS: [&str; 6] = [
    "Abir Rizwanullah: R1 0, R2 0.5, R3 0.5, R4 excluded.",
    "Charlotte Lloyd: R1 6, elected.",
    "Jacob Allen: R1 8, elected.",
    "Jamie Quigley: R1 3, R2 3.5, R3 3.5, R4 3.5, R5 excluded.",
    "Mahir Rahman: R1 3, R2 3.75, R3 3.75, R4 4.25, R5 6.75, elected.",
    "RON: R1 0, R2 0, R3 excluded.",
];

/// The AGM: the amendments, then the elections.
pub fn replay() -> Record {
    let mut r = Replay::new(agenda("hacksoc-agm-2020.ron", AGENDA));
    r.start("amendments");
    r.line("23 voted, 3 of them by proxy; quorum 13 (20% of paying members).");
    for (amendment, vote) in AMENDMENTS {
        r.resolve(amendment, ResolutionStatus::Adopted, How::Vote(vote));
    }
    r.line("5 amendments proposed, all 5 approved, some with changes.");
    r.end();
    r.start("elections");
    r.line(
        "Paper ballots, hand-counted by the Returning Officer (Ethan Holwill) and verified by \
         the outgoing Chair (Jacob Allen); the Ordinary Members' count was done electronically \
         first, then verified by hand.",
    );
    for (post, result) in ELECTIONS {
        r.resolve(post, ResolutionStatus::Adopted, How::Election(result));
    }
    r.line(BALLOTS);
    r.line("Ordinary Members, STV rounds as printed:");
    for round in ROUNDS {
        r.line(round);
    }
    r.line("The results page says the full minutes will follow.");
    r.end();
    r.record
}
