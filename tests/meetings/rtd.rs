//! The RTD Board of Directors meeting of 19 February 2013 (docs/meetings/02), replayed from
//! its official minutes: the roll call, the public speakers, the reports, the eight recorded
//! votes and the undertakings made in the room.

use plenary::core::record::{NoteKind, Record, ResolutionStatus};

use super::replay::{How, Replay, agenda};

/// The agenda of the meeting as held.
pub const AGENDA: &str = include_str!("../../agendas/rtd-board-2013-02-19.ron");

/// The meeting, from the call to order to the adjournment.
pub fn replay() -> Record {
    let mut r = Replay::new(agenda("rtd-board-2013-02-19.ron", AGENDA));
    opening(&mut r);
    reports(&mut r);
    votes(&mut r);
    closing(&mut r);
    r.record
}

fn opening(r: &mut Replay) {
    r.session(
        "call-to-order",
        &["Called to order at 5:30 p.m. by Chair Anderson."],
    );
    r.session("pledge", &[]);
    r.session(
        "roll-call",
        &[
            "15 directors present, 0 absent.",
            "Arrival times: Sisk 5:27 PM; Walker 5:28; Daly 5:29; Bagley, Hoy, Folska, Menten, \
             Tobiassen 5:31; Anderson, James, Rivera-Malpiede 5:32; Deadwyler, Solano 5:33; \
             Lasater, Lubow 5:35.",
        ],
    );
    r.session(
        "retiree-awards",
        &[
            "Neither retiree was present. Appreciation recorded for Phuoc N. Dang (Staff \
             Accountant, 36 years) and Charles H. Johnston (Body Shop, 36 years).",
        ],
    );
    r.start("public");
    for (who, what) in [
        ("putnam", "Supports the NAMS study."),
        ("cummings", "Spoke about the Board's teambuilding session."),
        (
            "harvey",
            "Accessibility on buses and at the Smart card machines; the Chair said staff would \
             get back to her.",
        ),
        (
            "grushka",
            "Riders with disabilities and the service promised in 2004.",
        ),
        ("shepard", "A station at 64th on the East corridor."),
    ] {
        r.capture(what, NoteKind::Note, Some(who));
    }
    r.line(
        "action: @Someone from staff to get back to Martha Harvey on her accessibility concerns",
    );
    r.end();
}

fn reports(r: &mut Replay) {
    r.session(
        "committee-reports",
        &[
            "Committee chairs: Planning & Development, James; Legislative, Daly; FasTracks \
             Monitoring, Hoy; Civil Rights, Rivera-Malpiede; Operations/Customer Services, \
             Solano; Financial/Administration, Walker; GM Oversight & Performance Management, \
             Bagley; Fiscal Sustainability Task Force, James; CDOT, Walker; E-470, Tobiassen; \
             ACED, Solano and Hoy; Northwest Parkway, Sisk; Pension Committee, Lubow and \
             Tobiassen.",
        ],
    );
    r.session(
        "gm-oversight",
        &[
            "The committee met on 5 February with its new members Lasater and Solano.",
            // The committee is not in the agenda: `@` takes its name as the owner as typed,
            // the shorter name the committee list uses (see docs/meetings/README.md).
            "action: @GM Oversight Committee to develop the GM's 2014 task goals from the \
             2 March strategic planning advance",
            "action: @GM Oversight Committee to run the first-quarter online GM evaluation \
             survey, around April 10",
        ],
    );
}

fn votes(r: &mut Replay) {
    r.start("minutes-jan");
    r.resolve(
        "Approve the minutes of the regular Board meeting of 22 January 2013. Moved by James, \
         seconded by Tobiassen. Abstaining: Sisk (not on roll at that time).",
        ResolutionStatus::Adopted,
        How::Vote("14 0 1"),
    );
    r.end();
    r.start("minutes-feb");
    // "Unanimous (15 in favour)": the source counts no one against or abstaining, so the
    // record does not either.
    r.resolve(
        "Approve the minutes of the special Board meeting of 5 February 2013. Moved by Bagley, \
         seconded by James.",
        ResolutionStatus::Adopted,
        How::Vote("15 in favour"),
    );
    r.end();
    r.session(
        "chair-report",
        &[
            "Rivera-Malpiede invited to the USDOT/APTA conversations on Transportation and the \
             Hispanic Community.",
            "Metro North Chamber Gala on 15 February: Anderson, Hoy, Bagley, Walker, Solano.",
            "Board teambuilding session at Unser Racing on 19 February.",
            "Joint Board–staff strategic planning advance on 2 March; North Metro Line tour on \
             26 February at 2:00 p.m.",
            "action: @Everyone to complete the facilitator's survey before the strategic planning \
             advance",
        ],
    );
    gm_report(r);
    consent(r);
    recommended(r);
}

fn gm_report(r: &mut Replay) {
    r.session(
        "gm-report",
        &[
            "A bus driver drove the wrong way on I-25 that morning (about 6:18 a.m.); under \
             investigation.",
            "Groundbreakings: University Station Apartment on 26 February, I-225 on 1 March.",
            "Response to the Denver Post editorial of 18 February 2013 on service to disabled \
             customers.",
            "West Corridor integrated testing; hand-over to operations expected on 1 March.",
            "action: @West Corridor PI team to brief the next FasTracks Monitoring Committee on \
             the corridor's status",
        ],
    );
}

fn consent(r: &mut Replay) {
    r.start("consent");
    r.line(
        "Menten asked that item C (April 2013 Service Changes) be removed from consent; Lasater \
         seconded. No vote recorded; item C was taken as item G under Recommended Action.",
    );
    // Unanimous: 15 yes, 0 against; no abstentions counted.
    r.resolve(
        "Approve the consent agenda, items A, B, D, E and F (item C removed): A, additional Risk \
         Allocation Matrix items to fund the North Metro Rail Line to 72nd Ave; B, the 2013 and \
         2014 Fiscal Policy Statement; D, Resolution 2013-2, Taxable Sales Tax Revenue \
         Refunding Bonds, Series 2013A; E, Resolution 2013-3, Sales Tax Revenue Refunding Bonds \
         (FasTracks Projects), Series 2013A; F, amendment to the MV Public Transportation ADA \
         contract ADA 17-DH-007 for the Belmar, Green Mountain and Golden Call-n-Rides, \
         April–December 2013, up to $710,806. Moved by Hoy, seconded by Deadwyler.",
        ResolutionStatus::Adopted,
        How::Vote("15 yes, 0 against"),
    );
    r.end();
}

fn recommended(r: &mut Replay) {
    r.start("recommended");
    for (text, vote) in [
        (
            "G. Approve the April 2013 Service Change package (annualised cost about $53,200); \
             the General Manager may amend the private operators' contracts. Moved by Hoy, \
             seconded by Daly. Against: Menten.",
            "14 1",
        ),
        (
            "H. Award the 13-month NAMS consultant contract to HNTB Corporation, up to \
             $2,022,091, and transfer $2.5 million from the Transit Development Reserve. Moved \
             by Hoy, seconded by Lubow.",
            "15 0",
        ),
        (
            "I. Exercise the 4 option years of the Aconex contract ($480,000) to April 2017. \
             Moved by Sisk, seconded by Tobiassen.",
            "15 for",
        ),
        (
            "J. Support Senate Bill 13-027 (third-party parking at or near RTD stations); \
             lobbyists and staff may work on amendments; an IGA with the City of Boulder needing \
             its concurrence before an existing park-n-Ride is sold or leased for private \
             operation. Moved by Daly, seconded by Folska. Against: Deadwyler.",
            "14 1",
        ),
        (
            "K. Rename the Disadvantaged Business Enterprise (DBE) Committee the Civil Rights \
             Committee. Moved by Rivera-Malpiede, seconded by Tobiassen. Abstaining: Solano. \
             Away: Lasater (had left the room).",
            "13 0 1",
        ),
    ] {
        r.resolve(text, ResolutionStatus::Adopted, How::Vote(vote));
    }
    r.end();
}

fn closing(r: &mut Replay) {
    r.session(
        "old-business",
        &["Heading only; nothing recorded under it."],
    );
    r.session(
        "new-business",
        &[
            "Folska raised sensitivity leadership training for the Board and leadership and \
             asked Lubow to read an email aloud. Not moved; nothing decided.",
            "Deadwyler, Folska and Lubow spoke on the teambuilding session.",
            "action: Look at teambuilding exercises with a specific role for everyone",
            "Lasater suggested an ad hoc committee on SB 13-027 parking, supported by \
             Rivera-Malpiede. Not moved; nothing decided.",
            "Sisk asked that the Executive Session placeholder be dropped when none is \
             scheduled; Perdue: the bylaws require the placeholder.",
        ],
    );
    r.session(
        "executive-session",
        &["Heading only; nothing recorded under it."],
    );
    r.session("adjourn", &["Adjourned at 7:15 p.m."]);
}
