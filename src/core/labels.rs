//! How core values read, defined once for the screen and every export: a resolution's status
//! and method (said only where one was recorded), a proposal's decision, a participant's name,
//! a session's state, a note's kind.
//!
//! The words come from the label files of the meeting's language (`lang/*.ftl`, see
//! [`crate::lang`]), for the exports and the screen alike; in English they are what the
//! releases before this one printed (tests/fixture.rs and the screen's snapshots hold them to
//! it byte for byte). The English-only forms kept here are for callers that speak English
//! whatever the meeting's language (the plain-text agenda outline, tests).

use super::agenda::{Agenda, Session, SessionKind};
use super::record::{
    ActionStatus, Count, Decision, Election, Method, NoteKind, Proposal, Record, ResolutionStatus,
    RunState, Sense,
};
use crate::lang::{Arg, Labels};

/// A resolution's status as one word: "proposed", "adopted", "rejected", "deferred".
pub fn status(status: ResolutionStatus) -> &'static str {
    match status {
        ResolutionStatus::Proposed => "proposed",
        ResolutionStatus::Adopted => "adopted",
        ResolutionStatus::Rejected => "rejected",
        ResolutionStatus::Deferred => "deferred",
    }
}

/// How a resolution stands, as the minutes and the outcome summary say it in `labels`'
/// language: its status, with the method only where it describes that status. "adopted by
/// consensus", "rejected by vote: 1 for, 20 against, 0 abstaining"; "adopted" when nobody
/// recorded how; "deferred" and "proposed" never carry "by consensus", which would say the room
/// settled what it did not. Votes counted on a resolution not settled by them are still told:
/// "deferred; vote: 10 for, 10 against, 5 abstaining", and so is who is to confirm it: "adopted,
/// to be confirmed by the board". An election tells who was elected, as marked: "elected:
/// Ana Ruiz, Ben" (the status with it only when rejected or deferred, which say more), and
/// only the status while nobody is marked.
pub fn outcome(labels: &Labels, status: ResolutionStatus, method: &Method) -> String {
    let word = status_in(labels, status);
    if let Method::Election(election) = method {
        return match elected_in(labels, election) {
            None => word,
            Some(elected)
                if matches!(
                    status,
                    ResolutionStatus::Adopted | ResolutionStatus::Proposed
                ) =>
            {
                elected
            }
            Some(elected) => labels.label_with(
                "outcome-counted",
                &[("status", word.into()), ("method", elected.into())],
            ),
        };
    }
    let settled = matches!(
        status,
        ResolutionStatus::Adopted | ResolutionStatus::Rejected
    );
    let told = |id: &str, how: String| {
        labels.label_with(
            id,
            &[("status", word.clone().into()), ("method", how.into())],
        )
    };
    match method_in(labels, method) {
        None => word,
        // Whatever the status, the room left it for someone to confirm: said as such, not as
        // what settled it.
        Some(how) if matches!(method, Method::ToBeConfirmed { .. }) => told("outcome-pending", how),
        Some(how) if settled => told("outcome-settled", how),
        Some(how) if matches!(method, Method::Vote { .. }) => told("outcome-counted", how),
        Some(_) => word,
    }
}

/// A resolution's status as one word in `labels`' language.
pub(crate) fn status_in(labels: &Labels, status: ResolutionStatus) -> String {
    labels.label(match status {
        ResolutionStatus::Proposed => "status-proposed",
        ResolutionStatus::Adopted => "status-adopted",
        ResolutionStatus::Rejected => "status-rejected",
        ResolutionStatus::Deferred => "status-deferred",
    })
}

/// How a resolution was decided, in `labels`' language, for a row on the screen and the
/// minutes' words: "consensus", "vote: 24 for, 3 against, 2 abstaining", or nothing when the
/// method was not recorded.
pub(crate) fn method_short(labels: &Labels, method: &Method) -> Option<String> {
    method_in(labels, method)
}

/// [`method_short`], as [`outcome`] words it.
fn method_in(labels: &Labels, method: &Method) -> Option<String> {
    Some(match method {
        Method::NotRecorded => return None,
        Method::Consensus => labels.label("method-consensus"),
        Method::Vote {
            for_,
            against,
            abstain,
        } => {
            // Only the counts the room gave, in the order the room counts them.
            let counts: Vec<String> = [
                (for_, "vote-for"),
                (against, "vote-against"),
                (abstain, "vote-abstain"),
            ]
            .into_iter()
            .filter_map(|(count, id)| {
                count.map(|n| labels.label_with(id, &[("n", count_in(labels, n))]))
            })
            .collect();
            labels.label_with(
                "method-vote",
                &[("counts", labels.comma_list(&counts).into())],
            )
        }
        Method::ShowOfHands => labels.label("method-show-of-hands"),
        Method::SenseOfRoom(sense) => labels.label(match sense {
            Sense::Strong => "method-sense-strong",
            Sense::Weak => "method-sense-weak",
            Sense::NoneOpposed => "method-sense-none-opposed",
        }),
        Method::ChairDeclared => labels.label("method-chair"),
        Method::ToBeConfirmed { by } if by.trim().is_empty() => {
            labels.label("method-to-be-confirmed")
        }
        Method::ToBeConfirmed { by } => {
            labels.label_with("method-to-be-confirmed-by", &[("by", by.trim().into())])
        }
        Method::Election(election) => {
            let told: Vec<String> = election_in(labels, election)
                .into_iter()
                .chain(elected_in(labels, election))
                .collect();
            if told.is_empty() {
                labels.label("method-election")
            } else {
                labels.label_with(
                    "method-election-facts",
                    &[("facts", labels.semicolon_list(&told).into())],
                )
            }
        }
    })
}

/// Who was elected, in `labels`' language ("elected: Ana Ruiz, Ben"); none while nobody is
/// marked.
fn elected_in(labels: &Labels, election: &Election) -> Option<String> {
    (!election.elected.is_empty()).then(|| {
        labels.label_with(
            "outcome-elected",
            &[("names", labels.comma_list(&election.elected).into())],
        )
    })
}

/// What an election's ballot gave, as entered, in `labels`' language: "1 seat; candidates:
/// Charlotte Wringe (20 votes), RON (1 vote); 0 blank or spoiled ballots", each part only when
/// entered (a candidate with no votes is named alone), and nothing when none was. Who was
/// elected is [`outcome`]'s to tell.
pub(crate) fn election_in(labels: &Labels, election: &Election) -> Option<String> {
    let mut told = Vec::new();
    if let Some(n) = election.seats {
        told.push(labels.label_with("election-seats", &[("n", n.into())]));
    }
    if !election.candidates.is_empty() {
        let names: Vec<String> = election
            .candidates
            .iter()
            .map(|c| match c.votes {
                Some(votes) => labels.label_with(
                    "election-votes",
                    &[
                        ("name", c.name.as_str().into()),
                        ("votes", count_in(labels, votes)),
                    ],
                ),
                None => c.name.clone(),
            })
            .collect();
        told.push(labels.label_with(
            "election-candidates",
            &[("names", labels.comma_list(&names).into())],
        ));
    }
    if let Some(blank) = election.blank {
        told.push(labels.label_with("election-blank", &[("n", count_in(labels, blank))]));
    }
    (!told.is_empty()).then(|| labels.semicolon_list(&told))
}

/// A count as the vote's words take it: an exact count as a number (so a language's plural
/// forms follow it), an approximate one as words ("over 100", "about 60").
fn count_in<'a>(labels: &Labels, count: Count) -> Arg<'a> {
    match count {
        Count::Exact(n) => n.into(),
        Count::Over { over } => labels
            .label_with("count-over", &[("n", over.into())])
            .into(),
        Count::About { about } => labels
            .label_with("count-about", &[("n", about.into())])
            .into(),
    }
}

/// The method as the resolution's detail on the screen shows it in `labels`' language, a label
/// and a value: ("Decided by", "consensus"), or ("Method", "not recorded").
pub(crate) fn method_row(labels: &Labels, method: &Method) -> (String, String) {
    let label = |id: &str| labels.label(id);
    match method_short(labels, method) {
        // Not decided by anyone yet: what it waits for.
        Some(how) if matches!(method, Method::ToBeConfirmed { .. }) => {
            (label("resolution-row-method"), how)
        }
        Some(how) => (label("resolution-row-decided-by"), how),
        None => (
            label("resolution-row-method"),
            label("resolution-row-not-recorded"),
        ),
    }
}

/// What the meeting decided about a proposal, in words in `labels`' language: "selected",
/// "selected (affirmed as the basis of our work)",
/// "parked (continues as existing collective work)", "merged into “…”", "not decided".
pub fn decision(labels: &Labels, record: &Record, proposal: &Proposal) -> String {
    match &proposal.decision {
        Decision::Open => labels.label("decision-open"),
        Decision::Selected => labels.label("decision-selected"),
        Decision::SelectedAs(words) => {
            labels.label_with("decision-selected-as", &[("words", words.trim().into())])
        }
        Decision::SelectedOption(option) => selected_option(labels, record, proposal, option),
        Decision::MergedInto(id) => match record.proposal(*id) {
            Some(into) => labels.label_with(
                "decision-merged-into",
                &[("title", into.title.as_str().into())],
            ),
            None => labels.label("decision-merged"),
        },
        Decision::Parked(why) if why.trim().is_empty() => labels.label("decision-parked"),
        Decision::Parked(why) => {
            labels.label_with("decision-parked-why", &[("why", why.trim().into())])
        }
    }
}

/// "selected: option B — Two staff posts", or with the option's id alone when the agenda no
/// longer has it.
fn selected_option(labels: &Labels, record: &Record, proposal: &Proposal, option: &str) -> String {
    match option_title(record, proposal, option) {
        Some(title) => labels.label_with(
            "decision-selected-option",
            &[("option", option.into()), ("title", title.into())],
        ),
        None => labels.label_with(
            "decision-selected-option-unknown",
            &[("option", option.into())],
        ),
    }
}

/// The title of a proposal's option, from the agenda; `None` when the agenda no longer has
/// it, and then only its id is said.
fn option_title<'r>(record: &'r Record, proposal: &Proposal, option: &str) -> Option<&'r str> {
    record
        .options_of(proposal)
        .iter()
        .find(|o| o.id == option)
        .map(|o| o.title.trim())
}

/// [`decision`] for a cell of the proposal matrix, in `labels`' language: "open",
/// "selected", "merged → …", "parked: …".
pub(crate) fn decision_short(labels: &Labels, record: &Record, proposal: &Proposal) -> String {
    match &proposal.decision {
        Decision::Open => labels.label("decision-short-open"),
        Decision::Selected => labels.label("decision-short-selected"),
        Decision::SelectedAs(words) => labels.label_with(
            "decision-short-selected-as",
            &[("words", words.as_str().into())],
        ),
        Decision::SelectedOption(option) => selected_option(labels, record, proposal, option),
        Decision::MergedInto(into) => labels.label_with(
            "decision-short-merged",
            &[(
                "title",
                record
                    .proposal(*into)
                    .map_or("?", |p| p.title.as_str())
                    .into(),
            )],
        ),
        Decision::Parked(how) => {
            labels.label_with("decision-short-parked", &[("why", how.as_str().into())])
        }
    }
}

/// A participant's name: the name on the list for a participant id, else the text as typed (a
/// visitor's name, a speaker not on the list).
pub fn person<'a>(agenda: &'a Agenda, who: &'a str) -> &'a str {
    agenda.participant(who).map_or(who, |p| p.name.as_str())
}

/// A participant as the room knows them: "Name · Organisation" when the list gives one
/// ("Name · A, B" for several), else [`person`].
pub(crate) fn person_with_organisation(agenda: &Agenda, who: &str) -> String {
    match agenda.participant(who) {
        Some(p) if !p.represents().is_empty() => {
            format!("{} · {}", p.name, p.represents().join(", "))
        }
        _ => person(agenda, who).to_owned(),
    }
}

/// Where a session stands, in words: "not started", "running", "paused", "done", "skipped".
pub(crate) fn run_state(state: RunState) -> &'static str {
    match state {
        RunState::Pending => "not started",
        RunState::Running => "running",
        RunState::Paused => "paused",
        RunState::Done => "done",
        RunState::Skipped => "skipped",
    }
}

/// [`run_state`] in `labels`' language.
pub(crate) fn run_state_in(labels: &Labels, state: RunState) -> String {
    labels.label(match state {
        RunState::Pending => "state-pending",
        RunState::Running => "state-running",
        RunState::Paused => "state-paused",
        RunState::Done => "state-done",
        RunState::Skipped => "state-skipped",
    })
}

/// A session's kind in `labels`' language: "talk", "action planning".
pub(crate) fn kind_in(labels: &Labels, kind: SessionKind) -> String {
    labels.label(match kind {
        SessionKind::Talk => "kind-talk",
        SessionKind::Discussion => "kind-discussion",
        SessionKind::Proposals => "kind-proposals",
        SessionKind::Decision => "kind-decision",
        SessionKind::ActionPlanning => "kind-action-planning",
        SessionKind::Visit => "kind-visit",
        SessionKind::Break => "kind-break",
    })
}

/// Every kind a session is, in `labels`' language: "proposals", or "proposals and decision"
/// for one that is also a decision session.
pub(crate) fn kinds_in(labels: &Labels, session: &Session) -> String {
    let first = kind_in(labels, session.kind);
    // The screen's `Y` may make one of the others the session's own kind: said once.
    let also: Vec<String> = session
        .also
        .iter()
        .filter(|&&k| k != session.kind)
        .map(|&k| kind_in(labels, k))
        .collect();
    if also.is_empty() {
        return first;
    }
    labels.label_with(
        "kind-also",
        &[
            ("kind", first.into()),
            ("also", labels.comma_list(&also).into()),
        ],
    )
}

/// The one-character mark of a session's state in the outline and the header: "·", "▶", "‖",
/// "✓", "»".
pub(crate) fn run_state_mark(state: RunState) -> &'static str {
    match state {
        RunState::Pending => "·",
        RunState::Running => "▶",
        RunState::Paused => "‖",
        RunState::Done => "✓",
        RunState::Skipped => "»",
    }
}

/// A note's kind as the screen and the minutes name it: "note", "key point", "question",
/// "quote".
pub fn note_kind(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Note => "note",
        NoteKind::KeyPoint => "key point",
        NoteKind::Question => "question",
        NoteKind::Quote => "quote",
    }
}

/// An action's status as the screen says it, in `labels`' language: "open", "in progress",
/// "done", "dropped".
pub(crate) fn action_status_in(labels: &Labels, status: ActionStatus) -> String {
    labels.label(match status {
        ActionStatus::Open => "csv-open",
        ActionStatus::InProgress => "csv-in-progress",
        ActionStatus::Done => "csv-done",
        ActionStatus::Dropped => "csv-dropped",
    })
}

/// [`note_kind`] in `labels`' language.
pub(crate) fn note_kind_in(labels: &Labels, kind: NoteKind) -> String {
    labels.label(match kind {
        NoteKind::Note => "note-kind-note",
        NoteKind::KeyPoint => "note-kind-key-point",
        NoteKind::Question => "note-kind-question",
        NoteKind::Quote => "note-kind-quote",
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::agenda::Participant;
    use crate::core::record::Id;
    use crate::lang::Language;

    fn agenda() -> Agenda {
        let mut agenda: Agenda = ron::from_str("(title: \"T\", days: [])").unwrap_or_else(|e| {
            panic!("a minimal agenda: {e}");
        });
        let person = |id: &str, name: &str, organisation: &str| Participant {
            id: id.into(),
            name: name.into(),
            organisation: organisation.into(),
            organisations: Vec::new(),
            country: String::new(),
            region: String::new(),
            role: String::new(),
            gender: None,
            aliases: Vec::new(),
            remote: false,
        };
        agenda.participants = vec![person("ana", "Ana Ruiz", "Org A"), person("ben", "Ben", "")];
        agenda.participants.push(Participant {
            organisations: vec!["Org B".into(), "Org C".into()],
            ..person("cy", "Cy", "")
        });
        agenda
    }

    #[test]
    fn a_participant_reads_by_name_and_anyone_else_as_typed() {
        let agenda = agenda();
        let rows = [
            ("ana", "Ana Ruiz", "Ana Ruiz · Org A"),
            ("ben", "Ben", "Ben"),
            ("cy", "Cy", "Cy · Org B, Org C"),
            ("Visitor", "Visitor", "Visitor"),
            ("Ana Ruiz", "Ana Ruiz", "Ana Ruiz"),
        ];
        for (who, name, known) in rows {
            assert_eq!(person(&agenda, who), name, "{who}");
            assert_eq!(person_with_organisation(&agenda, who), known, "{who}");
        }
    }

    #[test]
    fn the_long_and_short_forms_say_the_same_thing() {
        let vote = Method::Vote {
            for_: Some(Count::Exact(24)),
            against: Some(Count::Exact(3)),
            abstain: Some(Count::Exact(2)),
        };
        let method_short = |m| method_short(Language::English.labels(), m);
        assert_eq!(
            method_short(&vote).as_deref(),
            Some("vote: 24 for, 3 against, 2 abstaining")
        );
        assert_eq!(
            method_short(&Method::Consensus).as_deref(),
            Some("consensus")
        );
        assert_eq!(method_short(&Method::NotRecorded), None);
        let statuses = [
            (ResolutionStatus::Proposed, "proposed"),
            (ResolutionStatus::Adopted, "adopted"),
            (ResolutionStatus::Rejected, "rejected"),
            (ResolutionStatus::Deferred, "deferred"),
        ];
        for (s, word) in statuses {
            assert_eq!(status(s), word);
            assert_eq!(status_in(Language::English.labels(), s), word);
        }
        let states = [
            (RunState::Pending, "not started", "·"),
            (RunState::Running, "running", "▶"),
            (RunState::Paused, "paused", "‖"),
            (RunState::Done, "done", "✓"),
            (RunState::Skipped, "skipped", "»"),
        ];
        for (s, word, mark) in states {
            assert_eq!((run_state(s), run_state_mark(s)), (word, mark));
            assert_eq!(run_state_in(Language::English.labels(), s), word);
        }
        let kinds = [
            (NoteKind::Note, "note"),
            (NoteKind::KeyPoint, "key point"),
            (NoteKind::Question, "question"),
            (NoteKind::Quote, "quote"),
        ];
        for (k, word) in kinds {
            assert_eq!(note_kind(k), word);
        }
    }

    #[test]
    fn an_outcome_names_a_method_only_where_it_describes_the_status() {
        use ResolutionStatus::{Adopted, Deferred, Proposed, Rejected};
        let vote = Method::Vote {
            for_: Some(Count::Exact(24)),
            against: Some(Count::Exact(3)),
            abstain: Some(Count::Exact(2)),
        };
        let counted = "vote: 24 for, 3 against, 2 abstaining";
        let rows = [
            (Adopted, Method::NotRecorded, "adopted".to_owned()),
            (
                Adopted,
                Method::Consensus,
                "adopted by consensus".to_owned(),
            ),
            (Adopted, vote.clone(), format!("adopted by {counted}")),
            (Rejected, Method::NotRecorded, "rejected".to_owned()),
            (
                Rejected,
                Method::Consensus,
                "rejected by consensus".to_owned(),
            ),
            (Rejected, vote.clone(), format!("rejected by {counted}")),
            (Proposed, Method::NotRecorded, "proposed".to_owned()),
            (Proposed, Method::Consensus, "proposed".to_owned()),
            (Proposed, vote.clone(), format!("proposed; {counted}")),
            (Deferred, Method::NotRecorded, "deferred".to_owned()),
            (Deferred, Method::Consensus, "deferred".to_owned()),
            (Deferred, vote.clone(), format!("deferred; {counted}")),
        ];
        let en = Language::English.labels();
        for (status, method, want) in rows {
            assert_eq!(outcome(en, status, &method), want, "{status:?} {method:?}");
        }
        assert_eq!(
            method_row(en, &Method::NotRecorded),
            ("Method".to_owned(), "not recorded".to_owned())
        );
        assert_eq!(
            method_row(en, &vote),
            ("Decided by".to_owned(), counted.to_owned())
        );
    }

    #[test]
    fn decisions_read_in_full_for_the_minutes_and_short_for_the_matrix() {
        let mut record = Record::new(agenda());
        let proposal = |id: u64, title: &str, decision: Decision| Proposal {
            id: Id(id),
            key: None,
            title: title.into(),
            summary: String::new(),
            session: None,
            presenter: None,
            scores: Default::default(),
            dots: 0,
            decision,
            decided_in: None,
        };
        record.proposals = vec![proposal(1, "Pilot", Decision::Open)];
        let rows = [
            (Decision::Open, "not decided", "open"),
            (Decision::Selected, "selected", "selected"),
            (
                Decision::MergedInto(Id(1)),
                "merged into “Pilot”",
                "merged → Pilot",
            ),
            (Decision::MergedInto(Id(9)), "merged", "merged → ?"),
            (
                Decision::Parked("continues as existing work".into()),
                "parked (continues as existing work)",
                "parked: continues as existing work",
            ),
            (Decision::Parked("  ".into()), "parked", "parked:   "),
        ];
        for (d, long, short) in rows {
            let p = proposal(2, "Other", d);
            assert_eq!(decision(Language::English.labels(), &record, &p), long);
            assert_eq!(
                decision_short(Language::English.labels(), &record, &p),
                short
            );
        }
    }
}
