//! The bundled example: the Durban meeting of July 2018, replayed through plenary's own ops.
//!
//! [`durban_script`] is every change a facilitator and note-takers would have made running the
//! bundled agenda (`agendas/durban-2018.ron`) from the first session to the last: sessions
//! started and ended, notes of every kind, the three proposals scored and dot-voted, the
//! decision, actions grouped into three strategies, and the resolutions. `plenary
//! example-record PATH` writes it as a record; the copy kept in `sessions/durban-2018/` is
//! checked against this script by the tests.
//!
//! The outcomes follow the published meeting report: the pilot on corporate capture as a
//! driver of violations of land, housing and natural resource rights, with attention to
//! women's particular impacts and leadership; the other two proposals continuing as existing
//! collective work; actions in three strategies (educating and informing members,
//! capacity-building, mobilising communities); the data and coordination discussions; and the
//! Action Group. ILLUSTRATIVE, as in the agenda: every time, score, dot count, the wording of
//! notes, quotes and actions, owners and due dates, and who said what. The report names none
//! of them; do not quote them as facts about the real meeting.

use chrono::{NaiveDate, NaiveDateTime};

use crate::core::history::Change;
use crate::core::op::Op;
use crate::core::record::{
    Action, Decision, Id, Method, Note, NoteKind, Resolution, ResolutionStatus,
};

/// The bundled agenda's text, the one the script is written against.
pub const DURBAN_AGENDA: &str = include_str!("../agendas/durban-2018.ron");

/// The agenda's proposals, by the ids a fresh record gives them (agenda order from 1).
const CORPORATE_CAPTURE: Id = Id(1);
const LAND_HOUSING: Id = Id(2);
const WOMEN_WORK: Id = Id(3);

/// The outcome the report gives for the proposals not chosen as the pilot.
pub(crate) const CONTINUES: &str = "continues as existing collective work";

/// A local time during the meeting: day of July 2018, hour, minute.
fn at(day: u32, hour: u32, minute: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2018, 7, day)
        .and_then(|d| d.and_hms_opt(hour, minute, 0))
        .unwrap_or_default()
}

fn date(month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2018, month, day)
}

/// Builds the list of changes, handing out ids the way a record does (after the agenda's three
/// proposals).
struct Script {
    changes: Vec<Change>,
    next: u64,
    day: u32,
    session: &'static str,
}

impl Script {
    fn op(&mut self, op: Op) {
        self.changes.push(Change::Do(op));
    }

    fn fresh(&mut self) -> Id {
        let id = Id(self.next);
        self.next += 1;
        id
    }

    /// Moves to a session and starts it.
    fn start(&mut self, day: u32, session: &'static str, hour: u32, minute: u32) {
        self.day = day;
        self.session = session;
        self.op(Op::SetCurrent {
            session: Some(session.to_owned()),
        });
        self.op(Op::StartSession {
            session: session.to_owned(),
            at: at(day, hour, minute),
        });
    }

    fn end(&mut self, hour: u32, minute: u32) {
        self.op(Op::EndSession {
            session: self.session.to_owned(),
            at: at(self.day, hour, minute),
        });
    }

    fn note(&mut self, (hour, minute): (u32, u32), kind: NoteKind, text: &str, by: Option<&str>) {
        let id = self.fresh();
        self.op(Op::AddNote(Note {
            id,
            session: self.session.to_owned(),
            kind,
            text: text.to_owned(),
            speaker: by.map(str::to_owned),
            at: at(self.day, hour, minute),
            item: None,
        }));
    }

    fn key(&mut self, time: (u32, u32), text: &str) {
        self.note(time, NoteKind::KeyPoint, text, None);
    }

    fn question(&mut self, time: (u32, u32), text: &str, by: &str) {
        self.note(time, NoteKind::Question, text, Some(by));
    }

    fn quote(&mut self, time: (u32, u32), text: &str, by: &str) {
        self.note(time, NoteKind::Quote, text, Some(by));
    }

    fn plain(&mut self, time: (u32, u32), text: &str) {
        self.note(time, NoteKind::Note, text, None);
    }

    fn action(
        &mut self,
        text: &str,
        owner: Option<&str>,
        due: Option<NaiveDate>,
        strategy: Option<Id>,
    ) -> Id {
        let id = self.fresh();
        self.op(Op::AddAction {
            action: Action {
                id,
                text: text.to_owned(),
                owner: owner.map(str::to_owned),
                due,
                session: self.session.to_owned(),
                item: None,
                progress: Default::default(),
            },
            strategy,
        });
        id
    }

    fn strategy(&mut self, name: &str, index: usize) -> Id {
        let id = self.fresh();
        self.op(Op::AddStrategy {
            id,
            name: name.to_owned(),
            index,
        });
        id
    }

    fn resolve(&mut self, (hour, minute): (u32, u32), text: &str, actions: Vec<Id>) -> Id {
        let id = self.fresh();
        self.op(Op::AddResolution(Resolution {
            id,
            session: self.session.to_owned(),
            text: text.to_owned(),
            // The report says "participants resolved", not how: no method is invented.
            method: Method::NotRecorded,
            status: ResolutionStatus::Adopted,
            proposal: None,
            actions,
            at: at(self.day, hour, minute),
            item: None,
        }));
        id
    }

    fn file(&mut self, card: Id, strategy: Id, index: usize) {
        self.op(Op::MoveAction {
            id: card,
            strategy: Some(strategy),
            index,
        });
    }
}

/// Every change of the Durban meeting, in order, for a fresh record of [`DURBAN_AGENDA`].
pub fn durban_script() -> Vec<Change> {
    let mut s = Script {
        changes: Vec::new(),
        next: 4,
        day: 22,
        session: "",
    };
    day_one(&mut s);
    day_two(&mut s);
    day_three(&mut s);
    day_four(&mut s);
    s.op(Op::SetCurrent { session: None });
    s.changes
}

fn day_one(s: &mut Script) {
    s.start(22, "d1-visit", 13, 12);
    s.plain(
        (13, 40),
        "Walked through Ekukhanyeni with residents and members of Abahlali baseMjondolo.",
    );
    s.key(
        (14, 25),
        "Residents live under a constant threat of eviction; occupying land is how they secure \
         a place to live.",
    );
    s.key(
        (15, 10),
        "The movement decides in open assemblies in each settlement, and women lead many of \
         them.",
    );
    s.question(
        (15, 50),
        "How do residents defend an occupation when demolition crews arrive?",
        "aoife",
    );
    s.quote(
        (16, 20),
        "We are not asking for charity. We are asking for land, and for dignity.",
        "thandi",
    );
    s.end(17, 5);

    s.start(22, "d1-welcome", 18, 6);
    s.plain(
        (18, 8),
        "Sanibonani! Siyanamukela eThekwini. (Hello, and welcome to Durban.)",
    );
    s.key(
        (18, 20),
        "This meeting puts into practice the mandate of the 2016 Global Strategy Meeting in \
         Argentina: act together against the structural causes of injustice.",
    );
    s.key(
        (18, 32),
        "The four days: why campaign together, what first, how.",
    );
    s.end(18, 51);
}

fn day_two(s: &mut Script) {
    s.start(23, "d2-approach", 9, 7);
    s.key(
        (9, 20),
        "Killings of human rights defenders have risen sharply.",
    );
    s.key(
        (9, 31),
        "Land grabs on indigenous peoples' territories are intensifying.",
    );
    s.key(
        (9, 44),
        "Hard-won protections for workers are being weakened.",
    );
    s.quote(
        (9, 52),
        "When they take the land, they take the water, the seeds and our future with it.",
        "ana",
    );
    s.question(
        (10, 5),
        "How does the network act as one without flattening the differences between regions?",
        "yusuf",
    );
    s.plain(
        (10, 20),
        "Collective action could mean:\n- joint statements and days of action\n- shared \
         research\n- solidarity with struggles already under way",
    );
    s.end(10, 41);

    s.start(23, "d2-positioning", 11, 6);
    s.key(
        (11, 20),
        "Strengths: members in every region, social movements among them, and years of joint \
         work in working groups.",
    );
    s.key(
        (11, 38),
        "Gaps: little experience of campaigning as one network; few staff and little money for \
         it.",
    );
    s.question(
        (11, 50),
        "Who speaks for the network in a campaign: the Secretariat, or members?",
        "dana",
    );
    s.end(12, 4);

    s.start(23, "d2-movement-building", 12, 6);
    s.key(
        (12, 20),
        "A network campaign should build the power of social movements, not speak for them.",
    );
    s.quote(
        (12, 35),
        "Our communities have to own the campaign, or it is not ours.",
        "dana",
    );
    s.question(
        (12, 48),
        "How are movements without staff or funds supported to take part?",
        "ravi",
    );
    s.end(13, 3);

    s.start(23, "d2-gender", 14, 4);
    s.key(
        (14, 15),
        "Look at how discriminations combine (gender, class, race, indigeneity) from the choice \
         of issue onwards.",
    );
    s.key(
        (14, 40),
        "Women lead many land and housing struggles but are rarely the ones who speak for them.",
    );
    s.quote(
        (14, 58),
        "Women's work holds up every economy and is counted in none.",
        "nasrin",
    );
    s.end(15, 21);

    s.start(23, "d2-core-elements", 15, 33);
    s.key(
        (15, 45),
        "Core elements of any network campaign: a systemic, macroeconomic approach; data and \
         monitoring; story-telling.",
    );
    s.quote(
        (16, 10),
        "Los datos sin historias no mueven a nadie; las historias sin datos no convencen a \
         nadie.",
        "sofia",
    );
    s.plain(
        (16, 12),
        "In English: data without stories moves no one; stories without data convince no one.",
    );
    s.question(
        (16, 30),
        "Which macroeconomic levers (tax, debt, trade) can a campaign credibly take on?",
        "kwame",
    );
    s.end(16, 51);

    s.start(23, "d2-survey", 16, 53);
    s.key(
        (17, 5),
        "Members campaign mostly at national level; fewer have campaigned regionally or \
         internationally.",
    );
    s.action(
        "Circulate the survey results to members",
        Some("lucia"),
        date(8, 10),
        None,
    );
    s.end(17, 36);
}

fn day_three(s: &mut Script) {
    s.start(24, "d3-criteria", 9, 4);
    s.key(
        (9, 15),
        "Five criteria: builds on members' existing work; collective action across regions; \
         centres affected communities and social movements; feasible; advances gender \
         equality.",
    );
    s.question(
        (9, 30),
        "Should some criteria weigh more than others?",
        "ravi",
    );
    s.plain(
        (9, 40),
        "The room agreed to weigh the five criteria equally.",
    );
    s.end(9, 51);

    s.start(24, "d3-proposals", 9, 53);
    s.key(
        (10, 5),
        "Corporate capture: how corporate power bends laws, policies and institutions, and \
         drives violations in every region.",
    );
    s.key(
        (10, 30),
        "Land, housing and natural resources: the struggles members already lead, in the \
         countryside and in cities.",
    );
    s.key(
        (10, 55),
        "Women's rights at work: paid and unpaid, formal and informal.",
    );
    s.question(
        (11, 10),
        "Could the first two proposals be one campaign?",
        "sipho",
    );
    s.end(11, 24);

    s.start(24, "d3-discussion", 11, 49);
    let scores: [(Id, [u8; 5]); 3] = [
        (CORPORATE_CAPTURE, [5, 5, 4, 4, 4]),
        (LAND_HOUSING, [5, 4, 5, 3, 4]),
        (WOMEN_WORK, [4, 3, 4, 3, 5]),
    ];
    let criteria = [
        "existing-work",
        "across-regions",
        "affected-communities",
        "feasible",
        "gender-equality",
    ];
    for (proposal, row) in scores {
        for (criterion, score) in criteria.iter().zip(row) {
            s.op(Op::Score {
                proposal,
                criterion: (*criterion).to_owned(),
                score: Some(score),
            });
        }
    }
    for (proposal, dots) in [
        (CORPORATE_CAPTURE, 27),
        (LAND_HOUSING, 24),
        (WOMEN_WORK, 15),
    ] {
        s.op(Op::SetDots { proposal, dots });
    }
    s.key(
        (12, 20),
        "Corporate capture drives many of the violations behind the land and housing proposal; \
         the two fit together.",
    );
    s.key(
        (12, 40),
        "Every proposal asks for attention to women's particular impacts and leadership.",
    );
    s.question(
        (12, 50),
        "If one focus is chosen, what happens to the work behind the others?",
        "nasrin",
    );
    s.end(13, 6);

    s.start(24, "d3-decision", 14, 3);
    s.op(Op::EditProposal {
        id: CORPORATE_CAPTURE,
        title: "Corporate capture: land, housing, natural resources and women's leadership"
            .to_owned(),
        summary: "The first pilot campaign: corporate capture as a driver of human rights \
                  violations in relation to land, housing and natural resources, with attention \
                  to the particular impacts on women and to women's leadership."
            .to_owned(),
    });
    s.op(Op::Decide {
        proposal: CORPORATE_CAPTURE,
        decision: Decision::Selected,
        session: Some("d3-decision".to_owned()),
    });
    for proposal in [LAND_HOUSING, WOMEN_WORK] {
        s.op(Op::Decide {
            proposal,
            decision: Decision::Parked(CONTINUES.to_owned()),
            session: Some("d3-decision".to_owned()),
        });
    }
    s.key(
        (15, 30),
        "No proposal is dropped: the land and housing work and the work on women's rights at \
         work go on, and feed the pilot.",
    );
    s.end(15, 41);
}

fn day_four(s: &mut Script) {
    let capacity = day_four_morning(s);
    day_four_afternoon(s, capacity);
}

/// The fourth morning: the project review, the actions, and their strategies; returns the
/// capacity-building strategy, which the afternoon files a card into.
fn day_four_morning(s: &mut Script) -> Id {
    s.start(25, "d4-ccp-review", 9, 3);
    s.key(
        (9, 15),
        "The Corporate Capture Project has gathered members' cases of corporate influence over \
         laws and institutions; the pilot starts from them.",
    );
    s.question(
        (9, 40),
        "Which of the project's cases concern land, housing or natural resources?",
        "aoife",
    );
    s.end(9, 56);

    s.start(25, "d4-actions", 9, 58);
    s.plain(
        (10, 0),
        "One card an action, as specific as possible; grouping comes after the break.",
    );
    let primer = s.action(
        "Write a primer on corporate capture",
        Some("ESCR-Net Secretariat"),
        date(10, 31),
        None,
    );
    let cases = s.action("Share members' cases on monthly calls", None, None, None);
    let workshops = s.action(
        "Regional workshops on documenting cases, led with women from affected communities",
        Some("sofia"),
        date(12, 15),
        None,
    );
    let exchanges = s.action(
        "Peer exchanges between movements facing the same companies",
        Some("ravi"),
        None,
        None,
    );
    let day_of_action = s.action(
        "Network-wide day of action on land and housing",
        Some("thandi"),
        NaiveDate::from_ymd_opt(2019, 3, 8),
        None,
    );
    let support = s.action(
        "Solidarity with community-led campaigns against land grabs",
        None,
        None,
        None,
    );
    // Filed too soon, taken back at once.
    s.action("Translate the primer", None, None, None);
    s.changes.push(Change::Undo);
    let primer_translations = s.action(
        "Translate the primer into Spanish, French and Arabic",
        Some("ESCR-Net Secretariat"),
        date(11, 30),
        None,
    );
    s.end(11, 12);

    s.start(25, "d4-strategies", 11, 34);
    let educating = s.strategy("Educating members", 0);
    let capacity = s.strategy("Capacity-building", 1);
    let mobilising = s.strategy("Mobilising communities", 2);
    s.op(Op::RenameStrategy {
        id: educating,
        name: "Educating and informing members".to_owned(),
    });
    s.file(primer, educating, 0);
    s.file(primer_translations, educating, 1);
    s.file(cases, educating, 2);
    s.file(workshops, capacity, 0);
    s.file(exchanges, capacity, 1);
    s.file(day_of_action, mobilising, 0);
    s.file(support, mobilising, 1);
    s.key(
        (12, 25),
        "Three strategies: educating and informing members, capacity-building, mobilising \
         communities.",
    );
    s.end(12, 38);

    capacity
}

/// The fourth afternoon: data, coordination, the Action Group and the close.
fn day_four_afternoon(s: &mut Script, capacity: Id) {
    s.start(25, "d4-data", 13, 41);
    s.key(
        (13, 55),
        "A baseline first: document current cases, so progress can be measured against it.",
    );
    s.key(
        (14, 10),
        "Data should come from communities themselves, with their consent, and count women's \
         experience separately.",
    );
    s.question((14, 20), "Who holds the data, and who may use it?", "yusuf");
    s.action(
        "Agree a shared format for documenting cases",
        Some("sofia"),
        date(9, 30),
        Some(capacity),
    );
    s.end(14, 39);

    s.start(25, "d4-coordination", 14, 41);
    s.key(
        (14, 55),
        "The pilot needs a small group to coordinate it, with regional and gender balance and \
         social movements at its centre, backed by the Secretariat.",
    );
    s.question(
        (15, 15),
        "How often does the group meet, and how does it report back to members?",
        "kwame",
    );
    s.end(15, 44);

    // Running late: the afternoon tea break goes.
    s.op(Op::SkipSession {
        session: "d4-tea-pm".to_owned(),
    });

    s.start(25, "d4-action-group", 15, 46);
    s.question(
        (15, 55),
        "Who sits on the Action Group, and how are its members chosen?",
        "ana",
    );
    s.key(
        (16, 5),
        "Members volunteer, and the group is checked against the principles: every region, \
         gender balance, social movements at its centre.",
    );
    let convene = s.action(
        "Convene the Action Group within a month",
        Some("ESCR-Net Secretariat"),
        date(8, 24),
        None,
    );
    s.resolve(
        (16, 15),
        "Create an Action Group to design, plan and carry out the pilot campaign across the \
         network, reflecting regional diversity, gender balance and the centrality of social \
         movements.",
        vec![convene],
    );
    s.end(16, 24);

    s.start(25, "d4-closing", 16, 27);
    s.key(
        (16, 35),
        "The pilot is a first step: a way to learn together and build the capacity for \
         campaigning beyond the network.",
    );
    s.quote(
        (16, 50),
        "Ngiyabonga. Now the work goes home with each of us.",
        "thandi",
    );
    s.plain((16, 58), "Group photo on the steps 📸");
    s.end(17, 2);
}
