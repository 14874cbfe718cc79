//! The Cryptography.dog (later Hypha) founding retreat of 4 and 8 December 2018
//! (docs/meetings/05), replayed from its two notepads: the consensed agreements, the mission
//! and vision picked from scored options, the working groups, the milestones and the next
//! all-hands.

use plenary::core::record::{NoteKind, Record, ResolutionStatus};

use super::replay::{How, Replay, agenda};

/// The agenda of the retreat as planned and held.
pub const AGENDA: &str = include_str!("../../agendas/hypha-retreat-2018.ron");

/// The milestones of the roadmap, in the notes' order; none has an owner, two have a quarter.
pub const MILESTONES: [&str; 15] = [
    "Draft the business plan and feasibility study (year-one financing: fixed, start-up and \
     recurring costs, fundraising, lead generation, paid and unpaid work)",
    "Choose a name",
    "Set up the virtual office, infrastructure included",
    "Select a mailing address",
    "Select the incorporators",
    "Draft the initial core bylaws",
    "Draft the articles of incorporation (all board structure)",
    "Consult a lawyer over the bylaws",
    "Submit the articles of incorporation (2019 Q1)",
    "Set up a bank account",
    "Final bylaws (member or contributor; flexible and part-time work)",
    "Adopt a financial operating plan",
    "Initial member handbook",
    "Transfer the infrastructure to co-op management",
    "Hold the initial General Meeting, bylaws adopted and board set (2020 Q1)",
];

/// The retreat, day 1 and day 2.
pub fn replay() -> Record {
    let mut r = Replay::new(agenda("hypha-retreat-2018.ron", AGENDA));
    day_one(&mut r);
    day_two(&mut r);
    r.record
}

fn day_one(r: &mut Replay) {
    r.start("d1-intro");
    r.resolve(
        "Everyone consents to the calls being recorded; the recording is kept 3 months and not \
         made public.",
        ResolutionStatus::Adopted,
        How::Consensus,
    );
    r.resolve(
        "Six group agreements for working together (\"Device-free\" in the plan became \
         \"Distraction-free\").",
        ResolutionStatus::Adopted,
        How::Consensus,
    );
    r.end();
    r.start("d1-sharebacks");
    for who in ["dawn", "ben", "udit", "yurko", "garry", "elon"] {
        r.capture(
            "Shareback (pasted in the pad after).",
            NoteKind::Note,
            Some(who),
        );
    }
    r.line("key: Broad alignment; a recurring theme: solidarity.");
    r.end();
    r.session(
        "d1-break",
        &["Held as a 10-minute break, with a prompt for reflection."],
    );
    r.start("d1-vision");
    r.line("Positioning template filled in; long lists of ideas.");
    r.resolve(
        "Put the draft vision and mission on Loomio: for members and neighbours seeking \
         meaningful livelihoods building and learning technologies together; a resilient \
         respite, a radical garden and safe harbour; autonomy, democratic control, space to \
         imagine radical alternative futures.",
        ResolutionStatus::Adopted,
        How::Consensus,
    );
    r.end();
    r.start("d1-values");
    r.line("A list of 25 values.");
    r.resolve(
        "Everyone is comfortable with the list of 25 values as a broad alignment (the values \
         are not final).",
        ResolutionStatus::Adopted,
        How::Consensus,
    );
    r.line("action: Prepare Loomio for the async work (\"by mid-day tomorrow\") by 2018-12-05");
    r.end();
}

fn day_two(r: &mut Replay) {
    r.start("d2-recap");
    r.line(
        "Mission, four options, one number each per person as written: option 1 \
         4+2+4+3+3+3; option 2 2+3+3+1+1+2; option 3 1+1+1+2+2+1; option 4 3+4+2+4+4+4.",
    );
    r.resolve(
        "Mission: option 3 picked: \"[Co-op name] cultivates collective growth and meaningful \
         livelihoods around building and learning about technologies together\"; a concern \
         about the word \"around\"; more wordsmithing on Loomio.",
        ResolutionStatus::Adopted,
        How::NotGiven,
    );
    r.select_option("mission", "3");
    r.line(
        "Vision, five options, totals as written: A 3+2+1+2+5 = 13; B 1+1+4+1+3+1 = 11; C \
         5+3+2+2+4 = 16; D 4+5+5+5+4 = 23; E 2+1+4+3+3 = 13.",
    );
    r.resolve(
        "Vision: option B picked. To Loomio: respite and safe harbour need not both stay; drop \
         \"through\"; perhaps add \"members and neighbours\" back; whether to say what we are \
         against.",
        ResolutionStatus::Adopted,
        How::NotGiven,
    );
    r.select_option("vision", "B");
    r.end();
    r.start("d2-capacity");
    r.line("Legal requirements; each person's capacity; risks; financial sustainability.");
    for who in ["ben", "udit", "garry", "dawn", "yurko", "elon"] {
        r.capture("Capacity statement.", NoteKind::Note, Some(who));
    }
    for milestone in MILESTONES {
        r.line(&format!("action: {milestone}"));
    }
    r.line(
        "key: Priorities: 2019 Q1 is the lynchpin time period; 2019 Q4 / 2020 Q1 AGM and bylaws.",
    );
    r.end();
    priorities(r);
    governance(r);
}

fn priorities(r: &mut Replay) {
    r.start("d2-priorities");
    for group in [
        "Working group Business Planning (feasibility study): Udit, Ben, Dawn (interest but low \
         time); the first bigger deadline.",
        "Working group Governance (bylaws, incorporating, AGM set-up): Dawn; Udit can help.",
        "Working group Infrastructure Ops (virtual office, infrastructure, collaboration \
         processes): Yurko, Elon, Dawn, Garry (interest but low time).",
        "Working group Finance & Accounting (bank account, payroll, invoicing, remittances): \
         Ben, Yurko.",
    ] {
        r.line(&format!("key: {group}"));
    }
    r.resolve(
        "Each working group's members define its outcomes in a proposal and share them by async \
         update.",
        ResolutionStatus::Adopted,
        How::Consensus,
    );
    for question in [
        "Shared password management?",
        "A new domain?",
        "A document policy?",
    ] {
        r.line(&format!("q: {question}"));
    }
    r.end();
}

fn governance(r: &mut Replay) {
    r.start("d2-governance");
    r.line(
        "How we work from here (method not marked in the notes): Loomio for most work, a Loomio \
         cluster per working group; monthly all-hands calls with the agenda early; for the next \
         2 months the Business and Governance working groups meet together; each working group \
         defines its scope, milestones, outputs, how people work, communicate and take part.",
    );
    r.resolve(
        "The next all-hands is in mid-January (after 7 January), on a Wednesday evening.",
        ResolutionStatus::Adopted,
        How::Consensus,
    );
    r.line("action: Check the exact slot for the next all-hands (Yurko's commute, others' availability)");
    r.line(
        "action: Contact the Ontario Co-operative Association and the Canadian Worker Co-op \
         Federation once we are far enough along",
    );
    r.end();
}
