//! The bundled example record, `sessions/durban-2018`: it must be exactly what the example
//! script makes, and its minutes must tell every outcome of the Durban meeting.

mod outcomes;

use std::path::Path;

use assert_cmd::Command;
use plenary::core::agenda::SessionKind;
use plenary::core::record::{Decision, Method, NoteKind, Record, ResolutionStatus, RunState};
use plenary::export::Options;
use plenary::export::minutes::minutes_markdown;
use plenary::store::{AGENDA_FILE, JOURNAL_FILE, load};

const EXAMPLE: &str = "sessions/durban-2018";
const REBUILD: &str =
    "rebuild it: rm -rf sessions/durban-2018 && cargo run -- example-record sessions/durban-2018";

fn committed() -> Record {
    let loaded = load(Path::new(EXAMPLE)).expect("the example record loads");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    loaded.live.record
}

#[test]
fn the_committed_example_is_the_script_replayed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fresh = dir.path().join("durban-2018");
    Command::cargo_bin("plenary")
        .expect("the binary")
        .arg("example-record")
        .arg(&fresh)
        .assert()
        .success();
    for file in [AGENDA_FILE, JOURNAL_FILE] {
        let want = std::fs::read(fresh.join(file)).expect("rebuilt");
        let have = std::fs::read(Path::new(EXAMPLE).join(file))
            .unwrap_or_else(|e| panic!("{EXAMPLE}/{file}: {e}; {REBUILD}"));
        assert!(have == want, "{EXAMPLE}/{file} is stale; {REBUILD}");
    }
    let files: Vec<String> = std::fs::read_dir(&fresh)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !files.contains(&"lock".to_owned()),
        "shipped without a lock"
    );
    assert_eq!(committed(), outcomes::durban());
}

#[test]
fn the_example_runs_every_session_with_notes_of_every_kind() {
    let record = committed();
    let mut kinds = Vec::new();
    for (_, s) in record.plan.sessions() {
        let run = record.run(&s.id);
        if s.kind == SessionKind::Break {
            assert!(matches!(run.state, RunState::Pending | RunState::Skipped));
            continue;
        }
        assert_eq!(run.state, RunState::Done, "{} was held", s.id);
        let (start, end) = (run.started.expect("started"), run.ended.expect("ended"));
        let notes: Vec<_> = record.notes.iter().filter(|n| n.session == s.id).collect();
        assert!(!notes.is_empty(), "{} has notes", s.id);
        for n in notes {
            assert!(
                start <= n.at && n.at <= end,
                "{} note inside the session",
                s.id
            );
            kinds.push(n.kind);
        }
    }
    for kind in [
        NoteKind::Note,
        NoteKind::KeyPoint,
        NoteKind::Question,
        NoteKind::Quote,
    ] {
        assert!(kinds.contains(&kind), "{kind:?}");
    }
    assert_eq!(record.current, None);
    assert!(
        record
            .proposals
            .iter()
            .all(|p| p.scores.len() == 5 && p.dots > 0)
    );
}

#[test]
fn the_example_minutes_tell_every_outcome_of_the_meeting() {
    let record = committed();
    let md = minutes_markdown(&record, &Options::default());
    let has = |s: &str| assert!(md.contains(s), "the minutes say {s:?}");

    // The decision: the pilot selected, the other two continuing as existing work.
    let selected: Vec<_> = record
        .proposals
        .iter()
        .filter(|p| p.decision == Decision::Selected)
        .collect();
    assert_eq!(selected.len(), 1);
    let pilot = selected[0];
    for words in [
        "Corporate capture",
        "land, housing",
        "natural resources",
        "women's leadership",
    ] {
        assert!(pilot.title.contains(words), "{words}");
    }
    has(&format!("**{}**: selected.", pilot.title));
    for key in ["land-housing", "women-work"] {
        let p = record
            .proposals
            .iter()
            .find(|p| p.key.as_deref() == Some(key))
            .expect(key);
        assert_eq!(
            p.decision,
            Decision::Parked("continues as existing collective work".into())
        );
        has(&format!(
            "**{}**: parked (continues as existing collective work).",
            p.title
        ));
    }
    has("| **Weighted total** |  | **22** | 21 | 19 |");
    has("| **Dots** |  | 27 | 24 | 15 |");

    // The three strategies with their actions.
    let names: Vec<&str> = record.strategies.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Educating and informing members",
            "Capacity-building",
            "Mobilising communities"
        ]
    );
    for s in &record.strategies {
        has(&format!("### {}\n\n| Action | Owner | Due |", s.name));
        assert!(s.actions.len() >= 2);
        for &a in &s.actions {
            has(&record.action(a).expect("an action").text);
        }
    }

    // The data and coordination discussions.
    has("#### Data to support the campaign and measure progress");
    has("A baseline first: document current cases");
    has("#### Coordination structures and processes");
    has("The pilot needs a small group to coordinate it");

    // The Action Group, adopted, and what follows. The report says "participants resolved" and
    // not how, so the minutes say nothing about a method.
    let group = record
        .resolutions
        .iter()
        .find(|r| r.text.starts_with("Create an Action Group"))
        .expect("the Action Group resolution");
    assert_eq!(group.method, Method::NotRecorded);
    assert_eq!(group.status, ResolutionStatus::Adopted);
    has("1. **Adopted.** Create an Action Group to design, plan and carry out");
    assert!(
        !md.contains("by consensus"),
        "the report never says consensus"
    );
    has(
        "## Next steps\n\n- Circulate the survey results to members *(Lucía Ferreyra, by 10 Aug 2018)*\n- Convene the Action Group within a month *(ESCR-Net Secretariat, by 24 Aug 2018)*",
    );

    // Who, where, why; the urgent context; a quote with its speaker; the skipped break.
    has("Minutes of the meeting in Durban, South Africa, 22–25 July 2018.");
    has("- **Hosts:** Abahlali baseMjondolo; SERI");
    has("## Objective");
    has("- Killings of human rights defenders have risen sharply.");
    has(
        "> We are not asking for charity. We are asking for land, and for dignity.\n>\n> — Thandiwe Mkhize",
    );
    has("## Not covered\n\n- **Skipped:** Tea break (day 4, planned 15:30, 15 min)");
}

/// The report counts 31 member representatives from 17 countries; the agenda names only a
/// sample, so the minutes' header must take the counts from the attendance block.
#[test]
fn the_example_minutes_count_the_meeting_as_the_report_does() {
    let minutes = minutes_markdown(&committed(), &Options::default());
    assert!(
        minutes
            .contains("- **Participants:** 31 participants from 17 countries, 12 of them named\n"),
        "{minutes}"
    );
}
