//! The Perth Artifactory Inc. AGM of 16 September 2023 (docs/meetings/07), replayed from its
//! minutes: quorum, seven motions as their results are written, a lapsed motion and an
//! uncontested committee election.

use plenary::core::record::{Record, ResolutionStatus};

use super::replay::{How, Replay, agenda};

/// The agenda of the AGM as held.
pub const AGENDA: &str = include_str!("../../agendas/perth-artifactory-agm-2023.ron");

/// The motions put and passed, in order, each with its mover, seconder and result as written.
pub const PASSED: [&str; 7] = [
    "Confirm the minutes of the AGM of 2022-09-17. Moved by Ben Connor, seconded by Phoebe \
     Harris. Accepted unanimously.",
    "Confirm the minutes of the SGM of 2023-03-04. Moved by Renae Currie, seconded by Tegan \
     Murphy. Accepted unanimously.",
    "Accept the annual report. Moved by Doug Bateman, seconded by Beau Scott. Accepted \
     unanimously.",
    "Accept the financial statements. Moved by Phoebe Jean-Harris, seconded by Vincent \
     Dalstra. Accepted unanimously.",
    "Set the number of committee members to 10. Moved by Beau Scott, seconded by Renae \
     Currie. 1 proxy abstained; 1 proxy voted for 8; all others present agreed on 10. \
     Passed.",
    "Confirm the fees at the existing rates: Full $75 a month, Concession $45 a month, Day \
     pass $15 a day, no entrance fee. Moved by Beau Scott, seconded by Renae Currie. \
     Accepted unanimously.",
    "Special resolution: insert subrule 9.1.f in the constitution (free and sponsored \
     memberships end when their period expires unless renewed and accepted). Moved by \
     Steve Hodges, seconded by Renae Currie. Accepted by all except 1 abstention. Passed.",
];

/// The committee declared elected: the eight nominees for ten seats.
pub const ELECTED: &str = "Declared elected under rule 34.2.a (nominees not more than seats): \
                           Beau Scott, Ben Connor, Fletcher Boyd, Johannes Chuah, Joshua \
                           Rospondek, Lewis Yip, Renae Currie, Tegan Murphy. No votes cast; \
                           2 of the 10 seats left unfilled; no call for further nominations \
                           (34.2.b).";

/// The AGM, from the quorum to the close.
pub fn replay() -> Record {
    let mut r = Replay::new(agenda("perth-artifactory-agm-2023.ron", AGENDA));
    r.session(
        "quorum",
        &[
            "Opened at 13:09 (planned 13:00). Chairperson Beau Scott; minutes by Lewis Yip.",
            "Treasurer: 43 members eligible to vote; quorum 20% of 43 = 9; 20 members with voting \
             rights present; quorum met.",
            "21 ordinary members in person, one without voting rights (Penny Wood); observers \
             Jessica Johnson and Sienna; proxies Bruce Chambers to Fletcher Boyd, Johannes Chuah \
             to Lewis Yip, Niall Navin to Nick Bannon; online: nil.",
        ],
    );
    motions(&mut r, "minutes", &PASSED[0..2], &[]);
    motions(&mut r, "annual-report", &PASSED[2..4], &[]);
    motions(&mut r, "committee-size", &PASSED[4..5], &[]);
    election(&mut r);
    auditor(&mut r);
    motions(&mut r, "fees", &PASSED[5..6], &[]);
    motions(
        &mut r,
        "other-business",
        &PASSED[6..],
        &["Closed at 13:36."],
    );
    r.record
}

/// Holds a session: its motions, each passed as written, then any closing notes.
fn motions(r: &mut Replay, session: &str, motions: &[&str], then: &[&str]) {
    r.start(session);
    for motion in motions {
        r.resolve(motion, ResolutionStatus::Adopted, How::NotGiven);
    }
    for line in then {
        r.line(line);
    }
    r.end();
}

/// The nominees, each declared elected (07:58–60).
pub const NOMINEES: [&str; 8] = [
    "Beau Scott",
    "Ben Connor",
    "Fletcher Boyd",
    "Johannes Chuah",
    "Joshua Rospondek",
    "Lewis Yip",
    "Renae Currie",
    "Tegan Murphy",
];

fn election(r: &mut Replay) {
    r.start("election");
    // Ten seats (motion 5), the eight nominees with no votes cast, all of them elected.
    let nominees = NOMINEES.join(", ");
    let result = format!("10 seats: {nominees}; elected {nominees}");
    r.resolve(ELECTED, ResolutionStatus::Adopted, How::Election(&result));
    r.line("The chair thanked the outgoing members Vincent and Phoebe.");
    r.end();
}

fn auditor(r: &mut Replay) {
    r.session(
        "auditor",
        &[
            "Motion to appoint an auditor: moved by no-one, seconded by no-one; lapsed. The \
             treasurer proposed not appointing one under the Act; a voluntary audit is planned \
             for grants.",
        ],
    );
}
