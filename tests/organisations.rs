//! Several organisations per person (issue 12, point 4): `organisations: ["A", "B"]` in place
//! of `organisation`, shown in full wherever a participant's organisation is shown — the
//! minutes in every language, the JSON, the programme, the agenda's sheet — and refused by
//! `check` when a participant gives both.

mod common;

use assert_cmd::Command;
use common::SMALL;
use plenary::core::agenda::Agenda;
use plenary::core::record::Record;
use plenary::export::Options;
use plenary::export::html::minutes_html;
use plenary::export::json::record_json;
use plenary::export::minutes::minutes_markdown;
use plenary::export::programme::programme_html;
use plenary::lang::Language;
use plenary::store::agenda_file::parse_agenda;

/// The small agenda with Ben representing Org B and Org C.
fn text() -> String {
    SMALL.replacen(
        "organisation: \"Org B\",",
        "organisations: [\"Org B\", \"Org C\"],",
        1,
    )
}

fn agenda() -> Agenda {
    let text = text();
    parse_agenda("a.ron", text.as_bytes())
        .unwrap_or_else(|e| panic!("several organisations check: {e}\n{text}"))
        .0
}

fn options(language: Language) -> Options {
    Options {
        language: Some(language),
        ..Options::default()
    }
}

#[test]
fn the_minutes_list_every_organisation_in_every_language() {
    let record = Record::new(agenda());
    let rows = [
        (Language::English, "Organisations", "Org B; Org C"),
        (Language::Spanish, "Organizaciones", "Org B; Org C"),
        (Language::French, "Organisations", "Org B\u{202f}; Org C"),
        (Language::Arabic, "المنظمات", "Org B؛ Org C"),
    ];
    for (language, column, cell) in rows {
        let md = minutes_markdown(&record, &options(language));
        let row = md
            .lines()
            .find(|l| l.starts_with("| Ben "))
            .unwrap_or_else(|| panic!("{language:?}: no row for Ben\n{md}"));
        assert!(row.contains(&format!("| {cell} |")), "{language:?}: {row}");
        assert!(md.contains(&format!("| {column} |")), "{language:?}\n{md}");
        // The organisations fact names each once, in agenda order.
        assert!(md.contains("Org A"), "{language:?}");
        let html = minutes_html(&record, &options(language));
        // Arabic sets each cell apart in a <bdi>.
        let td = [
            format!("<td>{cell}</td>"),
            format!("<td><bdi>{cell}</bdi></td>"),
        ];
        assert!(
            td.iter().any(|td| html.contains(td)),
            "{language:?}\n{html}"
        );
    }
    let md = minutes_markdown(&record, &Options::default());
    assert!(
        md.contains("- **Organisations:** Org A; Org B; Org C\n"),
        "{md}"
    );
}

#[test]
fn one_organisation_each_reads_as_before() {
    let small = parse_agenda("small.ron", SMALL.as_bytes())
        .unwrap_or_else(|e| panic!("{e}"))
        .0;
    let md = minutes_markdown(&Record::new(small), &Options::default());
    assert!(
        md.contains("| Name | Organisation | Country | Role |"),
        "{md}"
    );
    assert!(md.contains("| Ben | Org B | Kenya | facilitator |"), "{md}");
}

#[test]
fn the_json_and_the_programme_carry_them_all() {
    let agenda = agenda();
    let json = record_json(&Record::new(agenda.clone())).unwrap_or_else(|e| panic!("{e}"));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        value["plan"]["participants"][1]["organisations"],
        serde_json::json!(["Org B", "Org C"]),
        "{json}"
    );
    let page = programme_html(&agenda, None);
    assert!(page.contains("<td>Org B; Org C</td>"), "{page}");
    assert!(
        page.contains("<th scope=\"col\">Organisations</th>"),
        "{page}"
    );
}

fn plenary() -> Command {
    let mut cmd = Command::cargo_bin("plenary").expect("the plenary binary is built");
    cmd.timeout(std::time::Duration::from_secs(60));
    cmd
}

#[test]
fn the_sheet_holds_them_and_reads_them_back() {
    let tmp = tempfile::tempdir().expect("temp dir");
    std::fs::write(tmp.path().join("a.ron"), text()).expect("write");
    let out = plenary()
        .current_dir(tmp.path())
        .args(["export", "a.ron", "--format", "csv"])
        .output()
        .expect("export runs");
    assert!(out.status.success(), "{out:?}");
    let sheet = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        sheet.contains(
            "id,name,organisation,country,region,role,gender,aliases,remote,organisations\r\n"
        ),
        "{sheet}"
    );
    assert!(sheet.contains(",,Org B; Org C\r\n"), "{sheet}");
    let back = imported(tmp.path(), &sheet);
    assert_eq!(back.participants, agenda().participants);
}

/// The agenda `plenary import` makes of `sheet`, written as a.csv in `dir`.
fn imported(dir: &std::path::Path, sheet: &str) -> Agenda {
    std::fs::write(dir.join("a.csv"), sheet).expect("write");
    let out = plenary()
        .current_dir(dir)
        .args(["import", "a.csv"])
        .output()
        .expect("import runs");
    assert!(out.status.success(), "{out:?}");
    parse_agenda("back.ron", &out.stdout)
        .unwrap_or_else(|e| panic!("{e}"))
        .0
}

#[test]
fn a_spreadsheets_cell_may_separate_them_by_line_breaks_and_keep_commas() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let sheet = "date,start,minutes,id,title\n2026-06-01,09:00,30,open,Opening\n\n[participants]\n\
                 id,name,organisations\nana,Ana,\"NeSI, New Zealand\nOrg B\"\n";
    let back = imported(tmp.path(), sheet);
    assert_eq!(
        back.participants[0].represents(),
        ["NeSI, New Zealand", "Org B"]
    );
}

#[test]
fn the_template_and_the_readme_show_several_organisations() {
    let template = include_str!("../agendas/template.ron");
    let (agenda, _) = parse_agenda("template.ron", template.as_bytes())
        .unwrap_or_else(|e| panic!("the template checks: {e}"));
    assert!(
        agenda
            .participants
            .iter()
            .any(|p| p.organisations.len() > 1),
        "the template shows `organisations`"
    );
    let readme = include_str!("../README.md");
    assert!(readme.contains("organisations: [\"Our Network\", \"A local member organisation\"]"));
}

#[test]
fn speaking_shares_are_of_the_floor_time_when_someone_has_two_organisations() {
    use common::screen::Screen;
    let text = common::SMALL.replacen(
        "organisation: \"Org A\"",
        "organisations: [\"Org A\", \"Org C\"]",
        1,
    );
    let agenda = plenary::store::agenda_file::parse_agenda("a.ron", text.as_bytes())
        .unwrap_or_else(|e| panic!("it checks: {e}"))
        .0;
    let mut s = Screen::of(&text, agenda, 100, 40);
    // Ana speaks 3 minutes, Ben 1.
    s.keys("Qaan<Enter><Enter>")
        .wait(3)
        .keys("aben<Enter><Enter>")
        .wait(1)
        .keys("sg");
    let screen = s.text();
    assert!(screen.contains("Speaking time by organisation"), "{screen}");
    let share = |name: &str| {
        screen
            .lines()
            .find(|l| l.contains(&format!("│ {name} ")))
            .and_then(|l| l.split_whitespace().last())
            .unwrap_or_default()
            .to_owned()
    };
    // Ana's 3 of 4 minutes count for both her organisations: 75 % each, not 42 %.
    assert_eq!(share("Org A"), "75%", "{screen}");
    assert_eq!(share("Org C"), "75%", "{screen}");
    assert_eq!(share("Org B"), "25%", "{screen}");
}

/// Where `needle` is written in `text`, as a check message gives it: `line:column`, from 1.
fn place_of(text: &str, line_holding: &str, needle: &str) -> String {
    let (i, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(line_holding))
        .unwrap_or_else(|| panic!("no line with {line_holding}"));
    let col = line
        .find(needle)
        .map(|at| line[..at].chars().count() + 1)
        .unwrap_or_else(|| panic!("no {needle} in {line}"));
    format!("{}:{col}", i + 1)
}

#[test]
fn an_empty_or_shared_alias_is_told_at_the_alias_itself() {
    let text = SMALL
        .replacen(
            "(id: \"ana\", name: \"Ana\",",
            "(id: \"ana\", name: \"Ana\", aliases: [\"AR\", \"\"],",
            1,
        )
        .replacen(
            "(id: \"ben\", name: \"Ben\",",
            "(id: \"ben\", name: \"Ben\", aliases: [\"B\", \"ar\", \" \"],",
            1,
        );
    let said = parse_agenda("a.ron", text.as_bytes())
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    let empty = place_of(&text, "id: \"ana\"", "\"\"]");
    let shared = place_of(&text, "id: \"ana\"", "\"AR\"");
    let blank = place_of(&text, "id: \"ben\"", "\" \"]");
    for message in [
        format!(
            "a.ron:{shared}: alias `AR` of participant `ana` also names participant `ben`; an \
             alias must name one person"
        ),
        format!(
            "a.ron:{empty}: participant `ana` has an empty alias; give each alias a name or \
             leave it out"
        ),
        format!(
            "a.ron:{blank}: participant `ben` has an empty alias; give each alias a name or \
             leave it out"
        ),
    ] {
        assert!(said.contains(&message), "{message}\nin:\n{said}");
    }
}
