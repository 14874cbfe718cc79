//! A session of several kinds (issue 12, point 6): a proposals round that also decides is
//! written `kind: Proposals, also: [Decision]`, checked, said in the minutes, the programme
//! and the phone page as both, and carried by the agenda sheet.

use assert_cmd::Command;
use plenary::core::agenda::{Agenda, SessionKind};
use plenary::core::record::Record;
use plenary::export::Options;
use plenary::export::agenda_csv::agenda_csv;
use plenary::export::minutes::minutes_markdown;
use plenary::export::programme::programme_html;
use plenary::lang::Language;
use plenary::store::agenda_file::parse_agenda;

/// A morning whose proposals round is also the decision.
const ROUND: &str = r#"(
    title: "Members' strategy meeting",
    place: "Community hall",
    days: [
        (date: "2018-07-23", sessions: [
            (id: "open", title: "Opening", kind: Talk, start: "09:00", minutes: 30),
            (id: "round", title: "Weigh and decide", kind: Proposals, also: [Decision], minutes: 90),
        ]),
    ],
)"#;

fn agenda(text: &str) -> Agenda {
    parse_agenda("round.ron", text.as_bytes())
        .unwrap_or_else(|e| panic!("it checks: {e}"))
        .0
}

#[test]
fn a_session_of_several_kinds_is_each_of_them_everywhere_it_is_said() {
    let agenda = agenda(ROUND);
    let round = agenda.session("round").expect("the round");
    assert_eq!(
        round.kinds().collect::<Vec<_>>(),
        [SessionKind::Proposals, SessionKind::Decision]
    );
    let record = Record::new(agenda.clone());
    let md = minutes_markdown(&record, &Options::default());
    assert!(
        md.contains("*Proposals and decision, planned 09:30, 90 min — not held.*"),
        "{md}"
    );
    // One kind reads as before.
    assert!(
        md.contains("*Talk, planned 09:00, 30 min — not held.*"),
        "{md}"
    );
    let spanish = Options {
        language: Some(Language::Spanish),
        ..Options::default()
    };
    let md = minutes_markdown(&record, &spanish);
    assert!(md.contains("*Propuestas y decisión, "), "{md}");
    let html = programme_html(&agenda, Some(Language::French));
    assert!(html.contains("Propositions et décision"), "{html}");
}

#[test]
fn a_kind_named_twice_is_refused_at_its_session() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("twice.ron");
    std::fs::write(
        &file,
        ROUND.replace("also: [Decision]", "also: [Decision, Proposals]"),
    )
    .expect("write");
    let out = Command::cargo_bin("plenary")
        .expect("the binary")
        .arg("check")
        .arg(&file)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    // The session `round` is on line 7, its id at column 18.
    assert!(
        said.contains(&format!(
            "{}:7:18: session `round` is `Proposals` twice; expected each of its kinds once, \
             the first in `kind` and the others in `also`",
            file.display()
        )),
        "{said}"
    );
}

#[test]
fn the_sheet_carries_every_kind_and_refuses_several_for_a_day() {
    let agenda = agenda(ROUND);
    let (sheet, lost) = agenda_csv(&agenda, None).expect("the sheet");
    assert!(lost.is_empty(), "{lost:?}");
    assert!(sheet.contains(",proposals + decision,"), "{sheet}");
    let back = plenary::import::import("round.csv", sheet.as_bytes())
        .unwrap_or_else(|e| panic!("{e}"))
        .agenda;
    assert_eq!(back.days, agenda.days);
    // In Spanish too.
    let (sheet, _) = agenda_csv(&agenda, Some(Language::Spanish)).expect("the sheet");
    let back = plenary::import::import("ronda.csv", sheet.as_bytes())
        .unwrap_or_else(|e| panic!("{e}"))
        .agenda;
    assert_eq!(back.days, agenda.days);
    // Only a session may be of several kinds, and each must be one.
    let rows = [
        ("day + decision", "`decision` is not a kind of session"),
        ("proposals + nonsense", "`nonsense` is not a kind of row"),
    ];
    for (cell, said) in rows {
        let bad = format!(
            "date,start,minutes,title,kind\r\n2018-07-23,09:00,30,Opening,talk\r\n2018-07-23,,90,Round,{cell}\r\n"
        );
        let refused = plenary::import::import("bad.csv", bad.as_bytes())
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            refused.contains("bad.csv:3:5: ") && refused.contains(said),
            "{cell}: {refused}"
        );
    }
}

#[test]
fn a_kind_the_screen_makes_the_sessions_own_is_said_once() {
    use plenary::core::commands;
    use plenary::core::op::apply;
    let mut record = Record::new(agenda(ROUND));
    let ops = commands::set_session_kind(&record, "round", SessionKind::Decision)
        .unwrap_or_else(|e| panic!("{e}"));
    for op in &ops {
        apply(&mut record, op).unwrap_or_else(|e| panic!("{e}"));
    }
    let md = minutes_markdown(&record, &Options::default());
    assert!(md.contains("*Decision, planned 09:30, 90 min"), "{md}");
}

#[test]
fn the_programme_names_the_proposals_of_a_session_that_is_also_a_proposals_round() {
    let text = ROUND
        .replace(
            "kind: Proposals, also: [Decision]",
            "kind: Decision, also: [Proposals], proposals: [\"pilot\"]",
        )
        .replace(
            "    days: [",
            "    participants: [(id: \"ana\", name: \"Ana Ruiz\")],\n    \
             proposals: [(id: \"pilot\", title: \"A pilot in three regions\", presenters: [\"ana\"])],\n    days: [",
        );
    let html = programme_html(&agenda(&text), None);
    // A proposals round gives who presents each proposal it takes.
    assert!(html.contains("A pilot in three regions"), "{html}");
    assert!(html.contains("presented by"), "{html}");
    assert!(html.contains("Decision and proposals"), "{html}");
}
