//! WSSSPE3, Boulder, 28–29 September 2015 (docs/meetings/03), replayed from the workshop
//! report: the plenary talks, the topic selection, and the working groups' outcomes and
//! actions with the owners and dates their appendices give.

use plenary::core::record::{NoteKind, Record, ResolutionStatus};

use super::replay::{How, Replay, agenda};

/// The agenda of the workshop as held.
pub const AGENDA: &str = include_str!("../../agendas/wssspe3-2015.ron");

/// Every action the report's appendices give, typed as the note-taker would ("Owner to …", with
/// `@` before owners the agenda does not list);
/// dates without a year stay in the text, since the source writes none.
pub const ACTIONS: [(&str, &[&str]); 6] = [
    (
        "wg-best-practices",
        &[
            "@Patra/Gesing to finish the introduction and scope (15 Nov)",
            "@Patra/Gesing to assign the sections (15 Nov)",
            "Analyse the funding possibilities for a survey (31 Jan)",
            "@Section co-authors to write a first version of each section (31 Jan)",
            "Circulate the paper in the WSSSPE community (15 Feb)",
            "Final white paper (31 Mar)",
            "Journal submission, peer-reviewed (30 Apr?)",
        ],
    ),
    (
        "wg-rse-funding",
        &[
            "Gather a list of self-identified RSE groups and their funding models; write a report \
             should funding be available",
        ],
    ),
    (
        "wg-design",
        &["Analyse the example systems, find the gaps, propose a guideline"],
    ),
    (
        "wg-metrics",
        &[
            "A Skype call shortly after the workshop",
            "@Gabrielle Allen, Emily Chen to do the IRB paperwork (Oct–Nov 2015)",
            "Draft white paper sections 1–3 (Oct–Dec 2015)",
            "Run the surveys, with the NSF SI2 PI meeting of 16–17 Feb 2016 (Oct–Dec 2015)",
            "@A UIUC student to write the SI2 metrics report (tentatively March 2016)",
            "Analyse the results (Jan–Feb 2016)",
            "Sections 4–7 (Mar–Apr 2016)",
            "Sections 8–9 (May 2016)",
            "Community feedback (May–Jun 2016)",
            "Complete draft (est. July 2016)",
            "Responses submitted for WSSSPE4 (est. Sept–Oct 2016)",
        ],
    ),
    (
        "wg-training",
        &[
            "@Nick Jones, Erin Robinson to draft the WSSSPE3 report-back (during October)",
            "@Jones and Robinson to call a virtual meeting of the broader group (before December \
             2015)",
            "Review progress within 3 months",
            "If willing parties are found, draft a workshop proposal and find a forum (first \
             quarter 2016)",
        ],
    ),
    (
        "wg-publishing",
        &[
            "Steven R. Brandt to create a first version of the venues page (within a week or so)",
            "@Neil Chue Hong to take responsibility for the page once it is up",
        ],
    ),
];

/// The workshop, day 1 and day 2.
pub fn replay() -> Record {
    let mut r = Replay::new(agenda("wssspe3-2015.ron", AGENDA));
    day_one(&mut r);
    r.session("report-overnight", &[]);
    r.session("reviewers", &["The reviewers' names are not given."]);
    groups(&mut r);
    r.record
}

fn day_one(r: &mut Replay) {
    r.session("keynote", &[]);
    r.session(
        "lightning",
        &[
            "16 talks: Benjamin Tovar; Birgit Penzenstadler; Abani Patra; Abigail Cabunoc Mayes; \
             Lorraine Hwang (two talks); Mike Hildreth et al. (speaker not stated); James \
             Hetherington; Dan Gunter (two talks); Erin Robinson; Neil Chue Hong; Jeffrey \
             Carver; Matthias Bussonnier; Alice Allen; Ray Idaszak.",
        ],
    );
    r.start("topics");
    r.line(
        "Attendees added topics (new: Building Sustainable User Communities for Scientific \
         Software), posted them on flipcharts and voted for those they wanted to work on; no \
         counts given.",
    );
    r.resolve(
        "Topics with too few people dropped, some merged; the rest become working groups.",
        ResolutionStatus::Adopted,
        How::NotGiven,
    );
    r.end();
    r.session(
        "groups-day1",
        &["Legacy software met for this one period only, then dissolved; its members joined other groups."],
    );
    r.session("report-day1", &[]);
}

/// The working groups of day 2, which met in parallel.
pub const GROUPS: [&str; 9] = [
    "wg-best-practices",
    "wg-rse-funding",
    "wg-transition",
    "wg-design",
    "wg-metrics",
    "wg-training",
    "wg-credit",
    "wg-publishing",
    "wg-communities",
];

/// The groups start together and run side by side; each note-taker captures into their own.
fn groups(r: &mut Replay) {
    for group in GROUPS {
        r.start(group);
    }
    let outcome = |r: &mut Replay, text: &str| r.capture(text, NoteKind::KeyPoint, None);
    let mut actions = ACTIONS.iter();
    let mut file = |r: &mut Replay, session: &str| {
        if let Some((_, lines)) = actions.find(|(s, _)| *s == session) {
            for line in *lines {
                r.line(&format!("action: {line}"));
            }
        }
    };
    r.capture_into("wg-best-practices");
    outcome(
        r,
        "A best-practices white paper from case studies (PETSc, NWChem, CIG); outline agreed. Editors Sandra Gesing and Abani Patra; 19 members listed.",
    );
    file(r, "wg-best-practices");
    r.end();
    r.capture_into("wg-rse-funding");
    outcome(
        r,
        "Recommend dedicated RSE roles and groups, and seed funding from funders.",
    );
    file(r, "wg-rse-funding");
    r.end();
    r.capture_into("wg-transition");
    outcome(
        r,
        "Definitions: handoff, co-production, sponsorship, spinoff; weak and strong sustainability. Members Weber, Marru, Carver, DelVento, Brandt.",
    );
    r.line("Identify collaborative projects and develop a case-study process; the report says no responsible parties were identified and the plans are unclear.");
    r.end();
    r.capture_into("wg-design");
    outcome(
        r,
        "A list of SWEBOK and Karlskrona principles; two example systems (quantum chemistry, malaria modelling).",
    );
    file(r, "wg-design");
    r.end();
    r.capture_into("wg-metrics");
    r.resolve(
        "Common purpose: guidance and a white paper; a survey of NSF SI2 projects (method not stated).",
        ResolutionStatus::Adopted,
        How::NotGiven,
    );
    file(r, "wg-metrics");
    r.end();
    r.capture_into("wg-training");
    outcome(
        r,
        "Nick Jones is responsible for ensuring timely progress; members Jones, Iain Larmour, Erin Robinson.",
    );
    file(r, "wg-training");
    r.end();
    r.capture_into("wg-credit");
    r.resolve(
        "Prioritise software citation over a contributorship taxonomy; the group has already merged with the FORCE11 Software Citation Working Group (method not stated).",
        ResolutionStatus::Adopted,
        How::NotGiven,
    );
    r.line("action: The FORCE11-SCWG to write a document of software citation principles over the next six to nine months, then reach out to journals, publishers, indexers and societies; indexing longer term");
    r.end();
    r.capture_into("wg-publishing");
    r.resolve(
        "Create and curate a list of venues that support executable papers; SSI agreed to host it.",
        ResolutionStatus::Adopted,
        How::NotGiven,
    );
    file(r, "wg-publishing");
    r.end();
    r.capture_into("wg-communities");
    r.line("Summary only (why it is important); discussion, plans and members not given.");
    r.end();
}
