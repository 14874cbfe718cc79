//! Attendance beyond the named list (issue 12): the agenda's attendance block, the minutes'
//! header that uses it and never prints a count nobody entered, and `plenary check`'s warning
//! for a head count below the named participants.

mod common;

use assert_cmd::Command;
use common::SMALL;
use plenary::core::agenda::Agenda;
use plenary::core::record::Record;
use plenary::export::Options;
use plenary::export::html::minutes_html;
use plenary::export::minutes::minutes_markdown;
use plenary::store::agenda_file::parse_agenda;

/// The small agenda (Ana from Chile, Ben from Kenya) with `edit` applied to its text.
fn agenda(edit: impl Fn(String) -> String) -> Agenda {
    let text = edit(SMALL.to_owned());
    parse_agenda("a.ron", text.as_bytes())
        .unwrap_or_else(|e| panic!("the edited agenda is valid: {e}\n{text}"))
        .0
}

/// The small agenda with `block` written after its place.
fn with_block(block: &str) -> impl Fn(String) -> String + '_ {
    move |text| {
        text.replacen(
            "    place: \"Room 1\",\n",
            &format!("    place: \"Room 1\",\n    {block}\n"),
            1,
        )
    }
}

/// The header fact `label` of the Markdown minutes, if it is there.
fn fact(agenda: Agenda, label: &str) -> Option<String> {
    let minutes = minutes_markdown(&Record::new(agenda), &Options::default());
    let prefix = format!("- **{label}:** ");
    minutes
        .lines()
        .find_map(|l| l.strip_prefix(&prefix).map(str::to_owned))
}

#[test]
fn the_header_uses_the_attendance_block_when_given() {
    let a = agenda(with_block(
        "attendance: (head_count: Some(112), countries: Some(31), languages: [\"English\", \"Spanish\"], interpretation: true),",
    ));
    assert_eq!(
        fact(a.clone(), "Participants").as_deref(),
        Some("112 participants from 31 countries, 2 of them named")
    );
    assert_eq!(
        fact(a, "Languages").as_deref(),
        Some("English, Spanish, with interpretation")
    );
}

#[test]
fn a_head_count_without_countries_says_nothing_about_countries() {
    let a = agenda(with_block("attendance: (head_count: Some(112)),"));
    assert_eq!(
        fact(a, "Participants").as_deref(),
        Some("112 participants, 2 of them named")
    );
}

#[test]
fn without_a_head_count_the_header_counts_the_named_participants_only() {
    assert_eq!(
        fact(agenda(|t| t), "Participants").as_deref(),
        Some("2 named participants from 2 countries (Chile, Kenya)")
    );
    // Nobody's country given: no "from 0 countries".
    let no_countries = agenda(|t| {
        t.replace(", country: \"Chile\"", "")
            .replace(", country: \"Kenya\"", "")
    });
    assert_eq!(
        fact(no_countries, "Participants").as_deref(),
        Some("2 named participants")
    );
    // One of two: the count says whose countries are known, not more.
    let one = agenda(|t| t.replace(", country: \"Kenya\"", ""));
    assert_eq!(
        fact(one, "Participants").as_deref(),
        Some("2 named participants, 1 of them from 1 country (Chile)")
    );
    // The number of countries given without a head count stands on its own.
    let counted = agenda(with_block("attendance: (countries: Some(31)),"));
    assert_eq!(
        fact(counted, "Participants").as_deref(),
        Some("2 named participants; 31 countries represented")
    );
}

#[test]
fn nothing_known_means_no_participants_line_and_no_languages() {
    let nobody = agenda(|t| {
        let start = t.find("    participants: [").unwrap_or(0);
        let end = t.find("    criteria:").unwrap_or(start);
        format!("{}{}", &t[..start], &t[end..])
            .replace(", presenters: [\"ana\"]", "")
            .replace(", leads: [\"ben\"]", "")
    });
    assert!(nobody.participants.is_empty());
    assert_eq!(fact(nobody.clone(), "Participants"), None);
    assert_eq!(fact(nobody, "Languages"), None);
    let interpreted = agenda(with_block("attendance: (interpretation: true),"));
    assert_eq!(
        fact(interpreted, "Interpretation").as_deref(),
        Some("provided")
    );
}

#[test]
fn chatham_house_keeps_the_counts_and_drops_the_countries_names() {
    let chatham = |block: &'static str| {
        agenda(move |t| {
            with_block(block)(t).replacen("    place:", "    chatham_house: true,\n    place:", 1)
        })
    };
    assert_eq!(
        fact(
            chatham("attendance: (head_count: Some(40), countries: Some(9)),"),
            "Participants"
        )
        .as_deref(),
        Some("40 participants from 9 countries")
    );
    assert_eq!(
        fact(chatham(""), "Participants").as_deref(),
        Some("2 named participants from 2 countries")
    );
}

#[test]
fn the_html_header_says_the_same() {
    let a = agenda(with_block(
        "attendance: (head_count: Some(112), languages: [\"Français\"]),",
    ));
    let html = minutes_html(&Record::new(a), &Options::default());
    assert!(
        html.contains("<li><strong>Participants:</strong> 112 participants, 2 of them named</li>"),
        "{html}"
    );
    assert!(html.contains("<li><strong>Languages:</strong> Français</li>"));
}

#[test]
fn check_warns_about_a_head_count_below_the_named_list_and_passes() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("low.ron");
    let text = with_block("attendance: (head_count: Some(1)),")(SMALL.to_owned());
    std::fs::write(&path, text).expect("write the agenda");
    let out = Command::cargo_bin("plenary")
        .expect("the binary")
        .arg("check")
        .arg(&path)
        .output()
        .expect("run plenary check");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let first = stderr.lines().next().unwrap_or_default();
    assert_eq!(
        first,
        format!(
            "warning: {}:5:18: the head count is 1, fewer than the 2 named participants; it \
             counts everyone who took part, named or not",
            path.display()
        )
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains(": ok ("));
}

#[test]
fn the_template_shows_the_attendance_block_and_it_reads() {
    let template = include_str!("../agendas/template.ron");
    let (agenda, _) = parse_agenda("template.ron", template.as_bytes())
        .unwrap_or_else(|e| panic!("the template checks: {e}"));
    let a = &agenda.attendance;
    assert_eq!((a.head_count, a.countries), (Some(40), Some(12)));
    assert_eq!(a.languages, ["English", "Spanish"]);
    assert!(a.interpretation);
    // A count written bare is refused at its place, saying how to write it.
    let bare = template.replacen("head_count: Some(40)", "head_count: 40", 1);
    let message = parse_agenda("template.ron", bare.as_bytes())
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    let line = 1 + template[..template.find("head_count:").unwrap_or(0)]
        .matches('\n')
        .count();
    assert!(
        message.starts_with(&format!(
            "template.ron:{line}:16: `head_count` is optional and written `Some(…)`: expected \
             `head_count: Some(40)`, or leave the field out"
        )),
        "{message}"
    );
}
