//! Minutes state only what was entered (issue 12): a resolution nobody gave a method reads
//! without one, on the screen and in every export.

mod common;

use common::screen::Screen;
use common::{at, small_agenda};
use plenary::core::commands::{self, Draft, Ops};
use plenary::core::op::apply;
use plenary::core::record::{Method, NoteKind, Record, ResolutionStatus};
use plenary::export::Options;
use plenary::export::minutes::minutes_markdown;
use plenary::export::summary::meeting_summary;

/// The record after each command's ops in turn, from a fresh record of the small agenda.
fn after(steps: &[&dyn Fn(&Record) -> Ops]) -> Record {
    steps
        .iter()
        .fold(Record::new(small_agenda()), |r, step| after_one(&r, step))
}

/// The record after one command's ops, which must apply.
fn after_one(record: &Record, step: &dyn Fn(&Record) -> Ops) -> Record {
    let mut record = record.clone();
    let ops = step(&record).unwrap_or_else(|refusal| panic!("refused: {refusal}"));
    for op in &ops {
        apply(&mut record, op).unwrap_or_else(|e| panic!("{op:?}: {e}"));
    }
    record
}

fn capture(record: &Record, text: &str) -> Ops {
    let draft = Draft {
        text,
        kind: NoteKind::Note,
        speaker: None,
    };
    commands::capture(record, Some("props"), &draft, at(40)).map(|filed| filed.ops)
}

#[test]
fn a_resolution_nobody_gave_a_method_reads_without_one() {
    let record = after(&[
        &|r| capture(r, "resolution: The pilot goes ahead"),
        &|r| capture(r, "resolution: Revisit the toolkit"),
        &|r| commands::add_resolution(r, Some("props"), "A motion withdrawn", at(41)),
    ]);
    let ids: Vec<_> = record.resolutions.iter().map(|r| r.id).collect();
    assert!(
        record
            .resolutions
            .iter()
            .all(|r| r.method == Method::NotRecorded),
        "{:?}",
        record.resolutions
    );
    let Some(&[adopted, deferred, rejected]) = ids.get(..3) else {
        panic!("three resolutions: {ids:?}");
    };
    // Adopted: one step of the status; rejected: two; deferred: three.
    let mut settled = record;
    for (id, want, steps) in [
        (adopted, ResolutionStatus::Adopted, 1),
        (rejected, ResolutionStatus::Rejected, 2),
        (deferred, ResolutionStatus::Deferred, 3),
    ] {
        for _ in 0..steps {
            settled = after_one(&settled, &|r| commands::cycle_status(r, id));
        }
        assert_eq!(settled.resolution(id).map(|r| r.status), Some(want));
    }
    let md = minutes_markdown(&settled, &Options::default());
    for line in [
        "1. **Adopted.** The pilot goes ahead",
        "2. **Deferred.** Revisit the toolkit",
        "3. **Rejected.** A motion withdrawn",
        "- The pilot goes ahead *(adopted)*",
        "- Revisit the toolkit *(deferred)*",
    ] {
        assert!(md.contains(line), "the minutes say {line:?}:\n{md}");
    }
    let summary = meeting_summary(&settled, &Options::default());
    assert!(
        summary.contains("- The pilot goes ahead (adopted)"),
        "{summary}"
    );
    for text in [&md, &summary] {
        assert!(
            !text.contains("consensus"),
            "no method was entered:\n{text}"
        );
    }

    // Once the room's consensus is recorded, the minutes say it, for the adopted one only.
    let agreed = after_one(&settled, &|r| commands::record_consensus(r, adopted));
    let agreed = after_one(&agreed, &|r| commands::record_consensus(r, deferred));
    let md = minutes_markdown(&agreed, &Options::default());
    assert!(md.contains("1. **Adopted by consensus.** The pilot goes ahead"));
    assert!(md.contains("2. **Deferred.** Revisit the toolkit"), "{md}");
    assert!(!md.contains("eferred by consensus"), "{md}");
}

#[test]
fn the_screen_says_the_method_was_not_recorded() {
    let mut s = Screen::new(80, 24);
    s.keys("n")
        .keys("resolution: Create an Action Group")
        .keys("<Enter><Esc>R");
    let screen = s.text();
    assert!(screen.contains("Method     not recorded"), "{screen}");
    assert!(!screen.contains("consensus"), "{screen}");
}
