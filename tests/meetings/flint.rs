//! The Flint Hills DSA 2025 Chapter Convention of 10 July 2025 (docs/meetings/04), replayed
//! from its draft minutes: the presentations, the steering committee elected by acclamation,
//! the motion for the next meeting, and the action items with their owners and deadlines.

use plenary::core::record::{Record, ResolutionStatus};

use super::replay::{How, Replay, agenda};

/// The agenda of the convention as held.
pub const AGENDA: &str = include_str!("../../agendas/flint-hills-dsa-convention-2025.ron");

/// The election motions, each "Unanimous" and passed: who was elected to what, and the
/// mover and seconder, as the minutes give them; and the one nominee each motion elects.
pub const ELECTED: [(&str, &str); 6] = [
    (
        "Elect Noah Rude as Co-chair. Moved by Beccah Bromley, seconded by Amanda Crisp.",
        "Noah Rude",
    ),
    (
        "Elect Steve Steinman as Treasurer. Moved by Peter Herrmann, seconded by Beccah Bromley.",
        "Steve Steinman",
    ),
    (
        "Elect Beccah Bromley as Co-Member Coordinator. Moved by Amanda Crisp, seconded by Noah \
         Rude.",
        "Beccah Bromley",
    ),
    (
        "Elect Amanda Crisp as Co-Member Coordinator. Moved by Peter Herrmann, seconded by \
         Beccah Bromley.",
        "Amanda Crisp",
    ),
    (
        "Elect Andrew Govea as Co-Secretary. Moved by Derron Borders, seconded by Amanda Crisp.",
        "Andrew Govea",
    ),
    (
        "Elect Derron Borders as Co-Secretary. Moved by Amanda Crisp, seconded by Peter Herrmann.",
        "Derron Borders",
    ),
];

/// The convention, from the call to order to the adjournment.
pub fn replay() -> Record {
    let mut r = Replay::new(agenda("flint-hills-dsa-convention-2025.ron", AGENDA));
    r.session(
        "call-to-order",
        &["Called to order at 6:12 pm (CDT; the agenda planned 6:00 PM CST). Quorum met: 10 members."],
    );
    r.session(
        "introductions",
        &["A round on how the past year went in terms of political action; themes recorded without names."],
    );
    r.session(
        "overview",
        &[
            "What DSA is; the bylaws; the steering committee; committees organise internally, \
             working groups organise and act.",
        ],
    );
    r.session(
        "organizing",
        &[
            "Examples discussed: Black Panther Party programmes, mutual aid, the AFSCME District \
             33 Philadelphia agreement, Starbucks, Amazon, UAW.",
        ],
    );
    elections(&mut r);
    presentations(&mut r);
    closing(&mut r);
    r.record
}

fn elections(r: &mut Replay) {
    r.start("elections");
    r.line(
        "Nominees: Co-chairs, Noah Rude and Peter Herrmann; Treasurer, Steve Steinman; \
         Membership Coordinator, Beccah Bromley and Amanda Crisp; Secretary, Andrew Govea and \
         Derron Borders. The minutes say \"No one is running unopposed\".",
    );
    r.resolve(
        "Decide the steering committee by acclamation without objection (Bylaws Art. V §2). \
         Moved by Amanda Crisp, seconded by Beccah Bromley. Vote: unanimous.",
        ResolutionStatus::Adopted,
        How::NotGiven,
    );
    // Each motion elects its one nominee by acclamation: an election with that candidate, no
    // votes counted and no seats said (the minutes give neither), and who was elected.
    for (motion, nominee) in ELECTED {
        r.resolve(
            &format!("{motion} Vote: unanimous."),
            ResolutionStatus::Adopted,
            How::Election(&format!("{nominee}; elected {nominee}")),
        );
    }
    r.line("No motion recorded for Peter Herrmann, nominated for Co-chair.");
    r.end();
}

fn presentations(r: &mut Replay) {
    r.session(
        "logo",
        &[
            "Members voted earlier on the submitted concepts; Riley Scott's concept was chosen \
             overwhelmingly to go forward (no count given).",
            "Feedback: the strokes, a smaller \"KS\", a blue stem, a sun with the Flint Hills as \
             rays.",
            "No decision at this meeting: a vote to adopt the logo is listed for the next one.",
            "action: @Riley Scott to provide black-and-white transparent versions of the logo",
        ],
    );
    r.session(
        "governing-documents",
        &[
            "Bylaws, political framework, code of conduct, democratic decision making and \
             parliamentary rules, standard operating procedures.",
            "action: Derron to create videos on using GitHub for the chapter's democratic \
             processes",
        ],
    );
    r.session(
        "open-forum",
        &[
            "What should we be doing for the next year? Ideas only, nothing decided:",
            "One week a month for socialising: working-group and chapter-wide events, such as a \
             Palestine film viewing or an event at Auntie Mae's (Noah).",
            "Another week for education: a curriculum for newcomers and the well-read (Derron).",
            "Moving from digital to face-to-face; giving up smartphones.",
        ],
    );
}

fn closing(r: &mut Replay) {
    r.session(
        "action-items",
        &[
            "action: @Chapter members (@flinthillsdsa/chapter-member) to review the National DSA \
             Resolution Proposal before the next meeting, GitHub issue 132 by 2025-07-24",
        ],
    );
    r.start("next-meeting");
    r.resolve(
        "Host a chapter meeting on July 24, 2025. Moved by Derron Borders, seconded by Amanda \
         Crisp. Vote: unanimous.",
        ResolutionStatus::Adopted,
        How::NotGiven,
    );
    r.line(
        "Next meeting, as the minutes' block gives it: 2025-08-14, 6:00 PM, Manhattan Public \
         Library / Discord.",
    );
    r.line(
        "Potential items: a vote to adopt the logo; a vote on the National DSA resolution \
         proposals.",
    );
    r.line("action: Submit agenda items for the next meeting by 2025-07-17");
    r.line("action: Distribute the final agenda by 2025-07-18");
    r.end();
    r.start("adjournment");
    r.resolve(
        "Adjourn. Moved by Derron Borders, seconded by Noah Rude. Vote: unanimous.",
        ResolutionStatus::Adopted,
        How::NotGiven,
    );
    r.line("Adjourned at 8:04 PM.");
    r.end();
}
