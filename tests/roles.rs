//! Roles per session (issue 12 §4): a session names who chairs it, moderates it, takes its
//! notes or reports back, beyond its leads — participants or groups as written. The minutes
//! and the programme give them, except under the Chatham House Rule; `check` refuses a role
//! with no name or nobody in it; the sheet carries them; agendas without roles read and write
//! as before.

mod common;

use assert_cmd::Command;
use plenary::core::agenda::{Agenda, SessionRole};
use plenary::core::record::Record;
use plenary::export::Options;
use plenary::export::json::record_json;
use plenary::export::minutes::minutes_markdown;
use plenary::export::programme::programme_html;
use plenary::store::agenda_file::{agenda_warnings, parse_agenda};

const ASSEMBLY: &str = r#"(
    title: "Assembly",
    participants: [
        (id: "ana", name: "Ana Ruiz"),
        (id: "ben", name: "Ben Okafor"),
    ],
    days: [
        (date: "2019-03-04", sessions: [
            (id: "open", title: "Opening", start: "09:00", minutes: 30, leads: ["ben"],
             roles: [(role: "chair", who: ["ana"]), (role: "rapporteur", who: ["Working group 2", "ben"])]),
            (id: "close", title: "Closing", minutes: 30),
        ]),
    ],
)
"#;

fn agenda(text: &str) -> Agenda {
    match parse_agenda("assembly.ron", text.as_bytes()) {
        Ok((agenda, _)) => agenda,
        Err(e) => panic!("the agenda is valid: {e}"),
    }
}

/// What `plenary check` says about `text`: (exit code, stderr).
fn check(text: &str) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("assembly.ron"), text).expect("write");
    let out = Command::cargo_bin("plenary")
        .expect("the binary")
        .current_dir(dir.path())
        .args(["check", "assembly.ron"])
        .output()
        .expect("run check");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// An agenda through the sheet: exported to CSV by `plenary export`, then what `plenary
/// import` makes of the sheet, as exported or edited (the agenda, or the error and exit 1).
struct Sheet {
    dir: tempfile::TempDir,
}

impl Sheet {
    fn of(text: &str) -> (Sheet, String) {
        let dir = tempfile::tempdir().expect("temp dir");
        let ron = dir.path().join("assembly.ron");
        std::fs::write(&ron, text).expect("write");
        Command::cargo_bin("plenary")
            .expect("the binary")
            .arg("export")
            .arg(&ron)
            .args(["--format", "csv", "-o"])
            .arg(dir.path().join("assembly.csv"))
            .assert()
            .success();
        let sheet = std::fs::read_to_string(dir.path().join("assembly.csv")).expect("the sheet");
        (Sheet { dir }, sheet)
    }

    /// `plenary import` of `sheet`: the agenda it wrote, or its message.
    fn import(&self, sheet: &str) -> Result<Agenda, String> {
        let csv = self.dir.path().join("assembly.csv");
        let back = self.dir.path().join("back.ron");
        std::fs::write(&csv, sheet).expect("write");
        let out = Command::cargo_bin("plenary")
            .expect("the binary")
            .arg("import")
            .arg(&csv)
            .arg("-o")
            .arg(&back)
            .output()
            .expect("run import");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        match out.status.code() {
            Some(0) => Ok(agenda(
                &std::fs::read_to_string(&back).expect("the agenda written"),
            )),
            Some(1) => Err(stderr),
            other => panic!("import exits {other:?}: {stderr}"),
        }
    }
}

#[test]
fn roles_read_as_written_and_the_minutes_give_them_after_the_leads() {
    let a = agenda(ASSEMBLY);
    assert_eq!(
        a.session("open").map(|s| s.roles.clone()),
        Some(vec![
            SessionRole {
                role: "chair".into(),
                who: vec!["ana".into()],
            },
            SessionRole {
                role: "rapporteur".into(),
                who: vec!["Working group 2".into(), "ben".into()],
            },
        ])
    );
    let md = minutes_markdown(&Record::new(a.clone()), &Options::default());
    assert!(
        md.contains("Led by Ben Okafor. Chair: Ana Ruiz. Rapporteur: Working group 2, Ben Okafor."),
        "{md}"
    );
    // The closing names nobody, and says nothing of roles.
    let closing = md
        .lines()
        .skip_while(|l| *l != "#### Closing")
        .find(|l| l.starts_with('*'))
        .unwrap_or_default();
    assert!(
        closing.starts_with("*Discussion") && !closing.contains("Chair"),
        "{closing}"
    );
    let page = programme_html(&a, None);
    assert!(page.contains("Chair"), "{page}");
    assert!(page.contains("Working group 2"), "{page}");
    assert!(page.contains("Ana Ruiz"), "{page}");
}

#[test]
fn under_the_chatham_house_rule_no_role_is_named() {
    // The closing takes a report its item names a presenter of, who must not leave the room
    // in the JSON either.
    let text = ASSEMBLY
        .replacen(
            "title: \"Assembly\",",
            "title: \"Assembly\", chatham_house: true,",
            1,
        )
        .replacen(
            "(id: \"close\", title: \"Closing\", minutes: 30)",
            "(id: \"close\", title: \"Closing\", minutes: 30, items: [(id: \"r\", title: \"Report\", presenters: [\"Working group 9\"])])",
            1,
        );
    assert!(
        text.contains("Working group 9"),
        "the item is in the agenda"
    );
    let a = agenda(&text);
    let record = Record::new(a.clone());
    let md = minutes_markdown(&record, &Options::default());
    for name in ["Chair", "Ana Ruiz", "Working group 2", "Rapporteur"] {
        assert!(!md.contains(name), "{name} in the minutes:\n{md}");
    }
    let page = programme_html(&a, None);
    for name in ["Chair", "Ana Ruiz", "Working group 2"] {
        assert!(!page.contains(name), "{name} in the programme");
    }
    let json = record_json(&record).expect("the JSON");
    for name in ["rapporteur", "Working group 2", "Working group 9"] {
        assert!(!json.contains(name), "{name} in the JSON");
    }
}

#[test]
fn check_refuses_a_role_with_no_name_or_nobody_and_warns_of_an_unknown_id() {
    let (code, stderr) = check(&ASSEMBLY.replacen("(role: \"chair\"", "(role: \" \"", 1));
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.starts_with(
            "error: assembly.ron:10:29: a role of session `open` has no name; expected a role \
             such as \"chair\""
        ),
        "{stderr}"
    );
    let (code, stderr) = check(&ASSEMBLY.replacen("who: [\"ana\"]", "who: []", 1));
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.starts_with(
            "error: assembly.ron:10:29: role `chair` of session `open` names nobody; give \
             `who: [...]` a participant id or a group's name, or leave the role out"
        ),
        "{stderr}"
    );
    let typo = ASSEMBLY.replacen("who: [\"ana\"]", "who: [\"anna\"]", 1);
    let (code, stderr) = check(&typo);
    assert_eq!(code, Some(0), "a warning, not a refusal: {stderr}");
    let warnings: Vec<String> = agenda_warnings("assembly.ron", &typo, &agenda(&typo))
        .iter()
        .map(|d| format!("{}:{}: {}", d.line, d.col, d.message))
        .collect();
    assert_eq!(
        warnings,
        [
            "10:44: `anna` (chair of session `open`) looks like a participant id, but no participant has it; add the participant, or write a group's or organisation's name as it should appear"
        ],
    );
    assert!(
        stderr.contains("anna"),
        "check prints the warning: {stderr}"
    );
}

#[test]
fn the_sheet_carries_roles_there_and_back() {
    let (sheet, csv) = Sheet::of(ASSEMBLY);
    assert!(
        csv.contains("chair: ana; rapporteur: Working group 2, ben"),
        "{csv}"
    );
    let back = sheet.import(&csv).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back.days, agenda(ASSEMBLY).days);
    // A role cell without a holder is located and refused.
    let refused = sheet.import(&csv.replacen("chair: ana;", "chair;", 1));
    let stderr = refused.expect_err("refused");
    assert!(
        stderr
            .contains("assembly.csv:3:13: `chair` is not a role; expected a role and who holds it"),
        "{stderr}"
    );
}

#[test]
fn an_agenda_without_roles_writes_none() {
    let text = ASSEMBLY.replacen(
        ",\n             roles: [(role: \"chair\", who: [\"ana\"]), (role: \"rapporteur\", who: [\"Working group 2\", \"ben\"])]",
        "",
        1,
    );
    let a = agenda(&text);
    assert!(a.sessions().all(|(_, s)| s.roles.is_empty()));
    let written = ron::to_string(&a).expect("it encodes");
    assert!(!written.contains("roles"), "{written}");
}

#[test]
fn remote_participants_are_counted_and_marked_and_the_sheet_carries_them() {
    let text = ASSEMBLY.replacen(
        "(id: \"ben\", name: \"Ben Okafor\")",
        "(id: \"ben\", name: \"Ben Okafor\", remote: true)",
        1,
    );
    let a = agenda(&text);
    assert_eq!(a.participants.iter().filter(|p| p.remote).count(), 1);
    let md = minutes_markdown(&Record::new(a.clone()), &Options::default());
    assert!(
        md.contains("2 named participants, 1 of them remotely"),
        "{md}"
    );
    assert!(md.contains("| Ben Okafor (remote) |"), "{md}");
    // Under the Chatham House Rule the count stays, naming nobody.
    let chatham = text.replacen(
        "title: \"Assembly\",",
        "title: \"Assembly\", chatham_house: true,",
        1,
    );
    let md = minutes_markdown(&Record::new(agenda(&chatham)), &Options::default());
    assert!(md.contains("1 of them remotely"), "{md}");
    assert!(!md.contains("Ben Okafor"), "{md}");
    // Nobody remote: nothing said, nothing written.
    let md = minutes_markdown(&Record::new(agenda(ASSEMBLY)), &Options::default());
    assert!(!md.contains("remote"), "{md}");
    let written = ron::to_string(&agenda(ASSEMBLY)).expect("it encodes");
    assert!(!written.contains("remote"), "{written}");

    let (sheet, csv) = Sheet::of(&text);
    assert!(csv.contains("ben,Ben Okafor,,,,,,,yes"), "{csv}");
    let back = sheet.import(&csv).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back.participants, a.participants);
    let stderr = sheet
        .import(&csv.replacen(",yes", ",maybe", 1))
        .expect_err("refused");
    assert!(stderr.contains("`maybe` is not yes or no"), "{stderr}");
}

#[test]
fn a_group_leads_by_its_name_and_the_leads_picker_keeps_it() {
    let text = ASSEMBLY.replacen(
        "leads: [\"ben\"]",
        "leads: [\"Working group 2\", \"ben\"]",
        1,
    );
    let (code, stderr) = check(&text);
    assert_eq!(code, Some(0), "{stderr}");
    let a = agenda(&text);
    let md = minutes_markdown(&Record::new(a.clone()), &Options::default());
    assert!(md.contains("Led by Working group 2, Ben Okafor."), "{md}");
    // A lead written like an id is still a participant's, or a typo.
    let (code, stderr) = check(&ASSEMBLY.replacen("leads: [\"ben\"]", "leads: [\"bne\"]", 1));
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("`bne` is not a participant of this agenda"),
        "{stderr}"
    );
    // On the screen, `@` ticks among the participants; the group stays a lead.
    let mut s = common::screen::Screen::of(&text, a, 80, 24);
    s.keys("@");
    assert!(s.text().contains("Who leads Opening?"), "{}", s.text());
    s.keys("<Space>");
    let picked = s.text();
    s.keys("<Enter>");
    let leads = s
        .reloaded()
        .plan
        .session("open")
        .map(|x| x.leads.clone())
        .unwrap_or_default();
    assert_eq!(
        leads,
        ["Working group 2", "ana", "ben"],
        "{picked}\n{}",
        s.text()
    );
}
