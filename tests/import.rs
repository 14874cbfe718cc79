//! `plenary import` and `plenary export AGENDA --format csv`, run as users run them: the
//! bundled agendas round-trip through the sheet, sheets as spreadsheets save them import
//! right, and every sheet in the bad corpus (tests/import/bad) gets its located message.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use plenary::core::agenda::{Agenda, SessionKind};
use plenary::store::agenda_file::parse_agenda;

fn plenary() -> Command {
    let mut cmd = Command::cargo_bin("plenary").expect("the plenary binary is built");
    cmd.timeout(std::time::Duration::from_secs(60));
    cmd
}

fn folder(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}

/// The files of a folder, sorted, with the given extension.
fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("the folder exists")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    found.sort();
    found
}

/// Runs plenary with `args` in `dir`; returns (exit code, stdout, stderr).
fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = plenary()
        .current_dir(dir)
        .args(args)
        .output()
        .expect("plenary runs");
    let text = |b: Vec<u8>| String::from_utf8(b).expect("UTF-8 output");
    (
        out.status.code().unwrap_or(-1),
        text(out.stdout),
        text(out.stderr),
    )
}

/// Parses agenda text the way `plenary check` does, failing the test with its message.
fn agenda(name: &str, text: &str) -> Agenda {
    match parse_agenda(name, text.as_bytes()) {
        Ok((agenda, _)) => agenda,
        Err(e) => panic!("{name} does not check: {e}"),
    }
}

/// Imports `file` (in `dir`) and returns the agenda written and what was said on stderr.
fn import(dir: &Path, file: &str) -> (Agenda, String) {
    let (code, ron, stderr) = run(dir, &["import", file]);
    assert_eq!(code, 0, "{file}: {stderr}");
    (agenda(file, &ron), stderr)
}

/// The programme's header row as the export writes it in each language.
/// The headers of the columns that place sessions, written after the others only when an
/// agenda places a session in a track or a room.
const PLACES: [(&str, &str); 4] = [
    ("en", ",track,room"),
    ("es", ",eje,sala"),
    ("fr", ",parcours,salle"),
    ("ar", ",المسار,القاعة"),
];

const HEADERS: [(&str, &str); 4] = [
    (
        "en",
        "date,start,minutes,end,id,title,kind,leads,description,reference,proposals,criteria,roles",
    ),
    (
        "es",
        "fecha,inicio,minutos,fin,identificador,título,tipo,responsables,descripción,referencia,\
         propuestas,criterios,funciones",
    ),
    (
        "fr",
        "date,début,durée,fin,identifiant,titre,type,intervenants,description,référence,\
         propositions,critères,rôles",
    ),
    (
        "ar",
        "التاريخ,البداية,الدقائق,النهاية,المعرف,العنوان,النوع,المتحدثون,الوصف,المرجع,المقترحات,\
         المعايير,الأدوار",
    ),
];

#[test]
fn every_bundled_agenda_round_trips_through_the_sheet() {
    round_trips(None);
}

#[test]
fn every_bundled_agenda_round_trips_through_the_sheet_in_every_language() {
    for (code, _) in HEADERS {
        round_trips(Some(code));
    }
}

/// Exports every bundled agenda as a sheet (in `language`, else the agenda's), imports it and
/// exports that again: the agenda and the sheet come back as they were.
fn round_trips(language: Option<&str>) {
    let agendas = files(&folder("agendas"), "ron");
    assert!(agendas.len() >= 10, "{agendas:?}");
    let tmp = tempfile::tempdir().expect("temp dir");
    for path in agendas {
        let text = std::fs::read_to_string(&path).expect("read the agenda");
        let original = agenda(&path.display().to_string(), &text);
        let path = path.display().to_string();
        let mut export = vec!["export", path.as_str(), "--format", "csv"];
        export.extend(language.iter().flat_map(|l| ["--language", l]));
        let (code, sheet, said) = run(tmp.path(), &export);
        assert_eq!((code, said.as_str()), (0, ""), "{path}");
        let written = language
            .or(original.language.map(|l| l.code()))
            .unwrap_or("en");
        let in_written = |table: &[(&'static str, &'static str)]| {
            table
                .iter()
                .find(|(code, _)| *code == written)
                .map_or("", |(_, header)| *header)
        };
        let placed = original
            .sessions()
            .any(|(_, s)| s.track.is_some() || s.room.is_some());
        let header = match placed {
            true => format!("{}{}", in_written(&HEADERS), in_written(&PLACES)),
            false => in_written(&HEADERS).to_owned(),
        };
        assert_eq!(
            sheet.lines().next(),
            Some(header.as_str()),
            "{path} in {written}"
        );
        std::fs::write(tmp.path().join("sheet.csv"), &sheet).expect("write the sheet");
        let (code, _, said) = run(
            tmp.path(),
            &["import", "sheet.csv", "-o", "back.ron", "--force"],
        );
        assert_eq!(code, 0, "{path}: {said}");
        assert!(!said.contains("warning"), "{path}: {said}");
        let back_text = std::fs::read_to_string(tmp.path().join("back.ron")).expect("written");
        let back = agenda("back.ron", &back_text);
        assert_eq!(back.days, original.days, "{path}: the days and sessions");
        assert_eq!(back, original, "{path}: the whole agenda");
        export[1] = "back.ron";
        let (code, again, _) = run(tmp.path(), &export);
        assert_eq!(code, 0);
        assert_eq!(again, sheet, "{path}: the export of the import");
        let (code, _, said) = run(tmp.path(), &["check", "back.ron"]);
        assert_eq!(code, 0, "{path}: {said}");
    }
}

#[test]
fn every_bad_sheet_gets_its_located_message_and_exit_1() {
    let dir = folder("tests/import/bad");
    let bad: Vec<PathBuf> = [files(&dir, "csv"), files(&dir, "md")].concat();
    assert!(bad.len() >= 20, "{bad:?}");
    let tmp = tempfile::tempdir().expect("temp dir");
    for path in bad {
        let name = path.file_name().and_then(|n| n.to_str()).expect("a name");
        let expected = std::fs::read_to_string(dir.join(format!("{name}.expected")))
            .expect("each bad sheet has its .expected message");
        let out = tmp.path().join("out.ron");
        let out = out.to_str().expect("a UTF-8 path");
        let (code, stdout, stderr) = run(&dir, &["import", name, "-o", out]);
        assert_eq!(code, 1, "{name}: {stderr}");
        assert_eq!(stderr, expected, "{name}");
        assert!(stderr.starts_with(&format!("error: {name}:")), "{stderr}");
        assert!(stdout.is_empty() && !Path::new(out).exists(), "{name}");
    }
}

#[test]
fn a_spanish_sheet_with_a_bom_semicolons_crlf_and_line_breaks_in_cells_imports_right() {
    let dir = folder("tests/import/good");
    let bytes = std::fs::read(dir.join("programme-es.csv")).expect("the sheet");
    assert!(bytes.starts_with(b"\xef\xbb\xbf") && bytes.windows(2).any(|w| w == b"\r\n"));
    let (agenda, said) = import(&dir, "programme-es.csv");
    assert_eq!(agenda.title, "programme-es");
    let day = &agenda.days[0];
    assert_eq!(day.title, "Primer día: ¿qué haremos juntas?");
    assert_eq!(day.description, "Llegada, bienvenida\ny debate");
    let titles: Vec<&str> = agenda.sessions().map(|(_, s)| s.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Apertura", "Debate sobre la campaña", "Pausa", "Decisiones"]
    );
    let open = &day.sessions[0];
    assert_eq!(
        open.description,
        "Bienvenida; quiénes somos\ny por qué nos reunimos"
    );
    assert_eq!(
        (open.kind, open.minutes, open.leads.len()),
        (SessionKind::Talk, Some(30), 2)
    );
    let lead = agenda
        .participant(&open.leads[1])
        .expect("a lead is a participant");
    assert_eq!(lead.name, "Luis Gómez");
    let items: Vec<(&str, Option<&str>)> = open
        .items
        .iter()
        .map(|i| (i.title.as_str(), i.reference.as_deref()))
        .collect();
    assert_eq!(
        items,
        [
            ("Informe de la secretaría", Some("doc-12")),
            ("Saludo de las anfitrionas", None)
        ]
    );
    // A group presents as written; a participant by id.
    assert_eq!(open.items[1].presenters, ["Comité local"]);
    assert_eq!(open.items[0].presenters, std::slice::from_ref(&lead.id));
    // The length from start and end; an empty length is unknown; seconds as sheets write them.
    assert_eq!(day.sessions[1].minutes, Some(90));
    assert_eq!(day.sessions[2].minutes, None);
    let next = &agenda.days[1].sessions[0];
    assert_eq!(
        next.start.map(|t| t.to_string()).as_deref(),
        Some("09:00:00")
    );
    // The track ("Eje") and the room ("Sala") are the session's; an empty track is the
    // plenary.
    assert_eq!(day.sessions[1].track.as_deref(), Some("campaña"));
    assert_eq!(day.sessions[0].track, None);
    assert_eq!(day.sessions[0].room.as_deref(), Some("Sala A"));
    assert_eq!(agenda.days[1].sessions[0].room.as_deref(), Some("Sala B"));
    assert_eq!(said, "", "every column is read");
}

#[test]
fn arabic_and_french_headers_in_any_order_import_right() {
    let dir = folder("tests/import/good");
    let (ar, said) = import(&dir, "programme-ar.csv");
    assert_eq!(said, "");
    let kinds: Vec<(&str, SessionKind)> = ar
        .sessions()
        .map(|(_, s)| (s.title.as_str(), s.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("الافتتاح", SessionKind::Talk),
            ("نقاش الحملة", SessionKind::Discussion),
            ("استراحة", SessionKind::Break)
        ]
    );
    let names: Vec<&str> = ar.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["سارة", "علي"]);

    let (fr, said) = import(&dir, "programme-fr.csv");
    assert_eq!(said, "");
    let day = &fr.days[0];
    assert_eq!(day.sessions[0].description, "Café, croissants");
    assert_eq!(day.sessions[1].leads.len(), 2);
    assert_eq!(day.sessions[1].items[0].title, "Rapport financier");
    assert_eq!(
        day.sessions[1].start.map(|t| t.to_string()).as_deref(),
        Some("08:50:00")
    );
}

#[test]
fn a_markdown_outline_imports_as_days_sessions_and_items() {
    let dir = folder("tests/import/good");
    let (agenda, said) = import(&dir, "outline-fr.md");
    assert_eq!(said, "");
    assert_eq!(agenda.title, "Retraite du réseau");
    assert_eq!(agenda.objective, "Pourquoi nous nous réunissons.");
    let days: Vec<(String, &str)> = agenda
        .days
        .iter()
        .map(|d| (d.date.to_string(), d.title.as_str()))
        .collect();
    assert_eq!(
        days,
        [
            ("2025-03-10".to_owned(), "Que faire ensemble ?"),
            ("2025-03-11".to_owned(), "Jour 2")
        ]
    );
    let sessions: Vec<(&str, SessionKind, Option<u32>)> = agenda
        .sessions()
        .map(|(_, s)| (s.title.as_str(), s.kind, s.minutes))
        .collect();
    assert_eq!(
        sessions,
        [
            ("Ouverture", SessionKind::Talk, Some(30)),
            ("Débat sur la campagne", SessionKind::Discussion, Some(90)),
            ("Pause", SessionKind::Break, Some(15)),
            ("Suite (plénière)", SessionKind::Discussion, None),
            ("Décisions", SessionKind::Decision, Some(60)),
        ]
    );
    let open = &agenda.days[0].sessions[0];
    assert_eq!(open.description, "Qui nous sommes.");
    let items: Vec<&str> = open.items.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(items, ["Mot des hôtes", "Tour de table"]);
    // The pause follows the debate: it has no start of its own.
    assert_eq!(agenda.days[0].sessions[2].start, None);
}

/// The small test agenda with `from` replaced by `to` once.
fn small_with(from: &str, to: &str) -> String {
    let small = std::fs::read_to_string(folder("tests/fixtures/small.ron")).expect("small.ron");
    assert!(small.contains(from), "{from}");
    small.replacen(from, to, 1)
}

#[test]
fn cells_a_spreadsheet_would_run_are_written_as_text_and_read_back_as_written() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let risky = "=HYPERLINK(\"http://evil.example/\",\"x\")";
    let text = small_with("\"Opening\"", &format!("{risky:?}"))
        .replacen("place: \"Room 1\"", "place: \"@home\"", 1)
        .replacen(
            "(id: \"p2\", title: \"Second proposal\")",
            "(id: \"p2\", title: \"Second proposal\", summary: \"- less, + more\")",
            1,
        );
    std::fs::write(tmp.path().join("risky.ron"), &text).expect("write");
    let (code, sheet, said) = run(tmp.path(), &["export", "risky.ron", "--format", "csv"]);
    assert_eq!((code, said.as_str()), (0, ""));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(sheet.as_bytes());
    let cells: Vec<String> = reader
        .records()
        .flat_map(|r| {
            r.expect("a CSV record")
                .iter()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(cells.iter().any(|c| *c == format!("'{risky}")), "{sheet}");
    assert!(cells.iter().any(|c| c == "'@home"), "{sheet}");
    assert!(cells.iter().any(|c| c == "'- less, + more"), "{sheet}");
    for cell in &cells {
        assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell}");
    }
    std::fs::write(tmp.path().join("risky.csv"), &sheet).expect("write");
    let (back, _) = import(tmp.path(), "risky.csv");
    assert_eq!(back, agenda("risky.ron", &text));
}

#[test]
fn export_names_what_the_sheet_does_not_hold() {
    let tmp = tempfile::tempdir().expect("temp dir");
    // A sheet's cells are read trimmed, so spaces around a place do not travel.
    let text = small_with("\"Room 1\"", "\" Room 1 \"");
    std::fs::write(tmp.path().join("spaced.ron"), text).expect("write");
    let (code, sheet, said) = run(tmp.path(), &["export", "spaced.ron", "--format", "csv"]);
    assert_eq!(code, 0);
    assert!(sheet.contains("place, Room 1 \r\n"), "{sheet}");
    assert_eq!(
        said,
        "warning: the sheet does not hold the agenda's place; keep spaced.ron for them\n"
    );
}

#[test]
fn import_writes_a_checked_agenda_and_never_overwrites_unasked() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let sheet = folder("tests/import/good/programme-fr.csv");
    let sheet = sheet.to_str().expect("a UTF-8 path");
    let (code, stdout, said) = run(tmp.path(), &["import", sheet, "-o", "a.ron"]);
    assert_eq!((code, stdout.as_str()), (0, ""), "{said}");
    assert!(said.contains("wrote a.ron (1 day, 2 sessions)"), "{said}");
    let written = std::fs::read_to_string(tmp.path().join("a.ron")).expect("written");
    let (code, _, said) = run(tmp.path(), &["check", "a.ron"]);
    assert_eq!(code, 0, "{said}");
    std::fs::write(tmp.path().join("a.ron"), "kept").expect("write");
    let (code, _, said) = run(tmp.path(), &["import", sheet, "-o", "a.ron"]);
    assert_eq!(code, 1);
    assert_eq!(
        said,
        "error: a.ron exists already; add --force to replace it\n"
    );
    let kept = std::fs::read_to_string(tmp.path().join("a.ron")).expect("kept");
    assert_eq!(kept, "kept");
    let (code, _, _) = run(tmp.path(), &["import", sheet, "-o", "a.ron", "--force"]);
    assert_eq!(code, 0);
    let again = std::fs::read_to_string(tmp.path().join("a.ron")).expect("replaced");
    assert_eq!(again, written);
}

#[test]
fn import_help_has_examples_that_run() {
    let (code, help, _) = run(Path::new("."), &["import", "--help"]);
    assert_eq!(code, 0);
    let examples = help
        .split("Examples:\n")
        .nth(1)
        .expect("an Examples: section");
    let lines: Vec<&str> = examples.lines().collect();
    assert_eq!(
        lines.len(),
        6,
        "three examples, each with what it does: {examples}"
    );
    for pair in lines.chunks(2) {
        assert!(pair[0].starts_with("  plenary import "), "{}", pair[0]);
        assert!(pair[1].starts_with("      "), "{}", pair[1]);
    }
    // The examples as written, in order, on a sheet and an outline from tests/import/good.
    let tmp = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(tmp.path().join("agendas")).expect("a folder");
    std::fs::copy(
        folder("tests/import/good/programme-fr.csv"),
        tmp.path().join("programme.csv"),
    )
    .expect("copy");
    std::fs::copy(
        folder("tests/import/good/outline-fr.md"),
        tmp.path().join("outline.md"),
    )
    .expect("copy");
    for (n, example) in [lines[0], lines[2], lines[4]].iter().enumerate() {
        let args: Vec<&str> = example.split_whitespace().skip(1).collect();
        let (code, _, said) = run(tmp.path(), &args);
        assert_eq!(code, 0, "{example}: {said}");
        let (code, _, said) = run(tmp.path(), &["check", "agendas/retreat.ron"]);
        assert_eq!(code, 0, "{example}: {said}");
        if n == 0 {
            // The next example writes the same file: the first is moved away.
            std::fs::remove_file(tmp.path().join("agendas/retreat.ron")).expect("remove");
        }
    }
}

#[test]
fn a_title_row_above_the_header_names_the_meeting() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let sheet = "Network retreat 2025,,,\r\n,,,\r\nDraft 3 (not final),,,\r\ndate,start,minutes,title\r\n\
                 2025-03-10,09:00,30,Opening\r\n";
    std::fs::write(tmp.path().join("titled.csv"), sheet).expect("write");
    let (agenda, said) = import(tmp.path(), "titled.csv");
    assert_eq!(agenda.title, "Network retreat 2025");
    assert_eq!(agenda.days[0].sessions[0].title, "Opening");
    assert_eq!(
        said,
        "warning: titled.csv:3:1: this row is above the header row and is not the meeting's \
         title (the first is); it is not imported\n"
    );
}

#[test]
fn times_and_dates_as_spreadsheets_write_them_import_as_meant() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let sheet = "date,start,minutes,title\n2025-03-10 00:00:00,9:05 AM,30,Opening\n\
                 ,1:30 PM,30,Afternoon\n,14:00:00,30,Later\n2025-03-11T00:00:00,09:00,30,Next\n";
    std::fs::write(tmp.path().join("times.csv"), sheet).expect("write");
    let (agenda, said) = import(tmp.path(), "times.csv");
    assert_eq!(said, "");
    let starts: Vec<String> = agenda
        .sessions()
        .map(|(d, s)| {
            format!(
                "{} {}",
                agenda.days[d].date,
                s.start
                    .map(|t| t.format("%H:%M").to_string())
                    .unwrap_or_default()
            )
        })
        .collect();
    assert_eq!(
        starts,
        [
            "2025-03-10 09:05",
            "2025-03-10 13:30",
            "2025-03-10 14:00",
            "2025-03-11 09:00"
        ]
    );
}

#[test]
fn a_missing_or_huge_file_is_a_message_and_exit_1() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let (code, _, said) = run(tmp.path(), &["import", "nowhere.csv"]);
    assert_eq!(code, 1);
    assert!(
        said.starts_with("error: nowhere.csv: cannot read: "),
        "{said}"
    );
    let huge = std::fs::File::create(tmp.path().join("huge.csv")).expect("create");
    huge.set_len(9 << 20).expect("a sparse 9 MiB file");
    let (code, _, said) = run(tmp.path(), &["import", "huge.csv"]);
    assert_eq!(code, 1);
    assert_eq!(said, "error: huge.csv:1:1: the file is larger than 8 MiB\n");
}

#[test]
fn the_sheet_is_in_the_agendas_language_and_reads_back() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let text = small_with(
        "    place: \"Room 1\",\n",
        "    place: \"Sala 1\",\n    language: \"es\",\n",
    );
    std::fs::write(tmp.path().join("es.ron"), &text).expect("write");
    let (code, sheet, said) = run(tmp.path(), &["export", "es.ron", "--format", "csv"]);
    assert_eq!((code, said.as_str()), (0, ""));
    let mut lines = sheet.lines();
    assert_eq!(
        lines.next(),
        HEADERS.iter().find(|(c, _)| *c == "es").map(|(_, h)| *h)
    );
    // The kinds of row too, as the meeting writes them.
    assert!(
        lines
            .next()
            .is_some_and(|l| l.starts_with("2018-07-23,,,,,,día,")),
        "{sheet}"
    );
    assert!(sheet.contains(",Opening,charla,"), "{sheet}");
    assert!(sheet.contains(",Lunch,pausa,"), "{sheet}");
    std::fs::write(tmp.path().join("es.csv"), &sheet).expect("write");
    let (back, said) = import(tmp.path(), "es.csv");
    assert_eq!(said, "");
    assert_eq!(back, agenda("es.ron", &text));
    // --language wins over the agenda's, for this export only.
    let (code, sheet, _) = run(
        tmp.path(),
        &["export", "es.ron", "--format", "csv", "--language", "en"],
    );
    assert_eq!(code, 0);
    assert!(sheet.starts_with("date,start,minutes,"), "{sheet}");
}

#[test]
fn a_sheet_whose_columns_start_with_the_title_imports_as_one_in_the_usual_order() {
    let dir = folder("tests/import/good");
    let (agenda, said) = import(&dir, "programme-title-first.csv");
    assert_eq!(said, "", "every column is read");
    let day = &agenda.days[0];
    assert_eq!(
        (
            day.date.to_string(),
            day.title.as_str(),
            day.description.as_str()
        ),
        ("2025-03-10".to_owned(), "First day", "Arrival")
    );
    let sessions: Vec<(&str, SessionKind, Option<u32>, String)> = agenda
        .sessions()
        .map(|(d, s)| {
            let start = s.start.map(|t| t.format("%H:%M").to_string());
            let when = format!("{} {}", agenda.days[d].date, start.unwrap_or_default());
            (s.title.as_str(), s.kind, s.minutes, when)
        })
        .collect();
    assert_eq!(
        sessions,
        [
            (
                "Opening",
                SessionKind::Talk,
                Some(30),
                "2025-03-10 09:00".to_owned()
            ),
            (
                "Campaign",
                SessionKind::Discussion,
                Some(90),
                "2025-03-10 09:30".to_owned()
            ),
            (
                "Lunch",
                SessionKind::Break,
                Some(60),
                "2025-03-10 12:00".to_owned()
            ),
            (
                "Decisions",
                SessionKind::Decision,
                Some(45),
                "2025-03-11 09:00".to_owned()
            ),
        ]
    );
    let campaign = &day.sessions[1];
    assert_eq!(campaign.leads.len(), 2);
    assert_eq!(campaign.track.as_deref(), Some("campaign"));
    assert_eq!(day.sessions[0].description, "Who we are");
}

#[test]
fn columns_plenary_does_not_read_are_each_reported_and_the_rest_imported() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let sheet = "date,Colour,start,minutes,title,Budget (€),\n\
                 2025-03-10,blue,09:00,30,Opening,200,\n";
    std::fs::write(tmp.path().join("extra.csv"), sheet).expect("write");
    let (agenda, said) = import(tmp.path(), "extra.csv");
    assert_eq!(
        said,
        "warning: extra.csv:1:2: column `Colour` is not one plenary reads; its cells are not \
         imported\n\
         warning: extra.csv:1:6: column `Budget (€)` is not one plenary reads; its cells are not \
         imported\n",
        "each column named and located, the empty header cell not one"
    );
    let session = &agenda.days[0].sessions[0];
    assert_eq!(
        (session.title.as_str(), session.minutes),
        ("Opening", Some(30))
    );
    assert!(session.description.is_empty(), "nothing of the extra cells");
}

/// Imports `sheet` (written as `name` in a fresh folder): the agenda, or the exit code and
/// message.
fn import_text(name: &str, sheet: &str) -> Result<(Agenda, String), (i32, String)> {
    let tmp = tempfile::tempdir().expect("temp dir");
    std::fs::write(tmp.path().join(name), sheet).expect("write");
    let (code, ron, said) = run(tmp.path(), &["import", name]);
    match code {
        0 => Ok((agenda(name, &ron), said)),
        code => Err((code, said)),
    }
}

#[test]
fn a_day_column_beside_a_date_column_holds_the_days_title_and_round_trips() {
    let sheet = "Day,Date,Start,Minutes,Title\n\
                 Day 1,2025-03-10,09:00,30,Opening\n\
                 Day 1,,09:30,60,Campaign\n\
                 ,,10:30,30,Reports\n\
                 Field visit,2025-03-11,08:00,240,The cooperative\n";
    let (agenda, said) = import_text("days.csv", sheet).expect("the sheet imports");
    assert_eq!(said, "");
    let days: Vec<(String, &str, usize)> = agenda
        .days
        .iter()
        .map(|d| (d.date.to_string(), d.title.as_str(), d.sessions.len()))
        .collect();
    assert_eq!(
        days,
        [
            ("2025-03-10".to_owned(), "Day 1", 3),
            ("2025-03-11".to_owned(), "Field visit", 1)
        ]
    );
    // The export writes a day's title on the day's own row; that sheet reads back the same.
    let tmp = tempfile::tempdir().expect("temp dir");
    std::fs::write(tmp.path().join("days.csv"), sheet).expect("write");
    let (code, _, said) = run(tmp.path(), &["import", "days.csv", "-o", "days.ron"]);
    assert_eq!(code, 0, "{said}");
    let (code, exported, said) = run(tmp.path(), &["export", "days.ron", "--format", "csv"]);
    assert_eq!((code, said.as_str()), (0, ""));
    assert!(
        exported.contains("\n2025-03-11,,,,,Field visit,day,"),
        "{exported}"
    );
    std::fs::write(tmp.path().join("back.csv"), &exported).expect("write");
    let (back, _) = import(tmp.path(), "back.csv");
    assert_eq!(back.days, agenda.days);

    // In Spanish, the day's title on a day's own row and on its sessions' rows agreeing.
    let sheet = "Fecha;Día;Hora;Título;Tipo\n\
                 2025-03-10;Primer día;;Primer día;día\n\
                 2025-03-10;Primer día;09:00;Apertura;charla\n";
    let (agenda, _) = import_text("dias.csv", sheet).expect("the sheet imports");
    assert_eq!(agenda.days[0].title, "Primer día");
    assert_eq!(agenda.days[0].sessions[0].kind, SessionKind::Talk);
}

#[test]
fn a_lone_day_column_is_the_date_and_one_of_titles_needs_a_date_beside_it() {
    // Holding dates, the day column is the date, in any language.
    let (agenda, _) = import_text(
        "jour.csv",
        "Jour,Heure,Titre\n2025-03-10,09:00,Ouverture\n2025-03-11,09:00,Suite\n",
    )
    .expect("the sheet imports");
    assert_eq!(agenda.days.len(), 2);
    assert_eq!(agenda.days[1].date.to_string(), "2025-03-11");
    // Holding titles, it is refused, saying what is missing.
    let refused = import_text("titles.csv", "day,start,title\nDay 1,09:00,Opening\n");
    assert_eq!(
        refused.map(|_| ()),
        Err((
            1,
            "error: titles.csv:2:1: `Day 1` is not a date; expected `YYYY-MM-DD`, like \
             2018-08-06 (a day column holding titles like `Day 1` needs a `date` column beside \
             it)\n"
                .to_owned()
        ))
    );
    // With neither, the header names both.
    let refused = import_text("none.csv", "start,title\n09:00,Opening\n");
    assert!(
        refused.as_ref().is_err_and(
            |(code, said)| *code == 1 && said.contains("date, fecha, التاريخ, day, día")
        ),
        "{:?}",
        refused.map(|_| ())
    );
}

#[test]
fn two_titles_for_one_day_are_refused_where_the_second_is() {
    let refused = import_text(
        "clash.csv",
        "day,date,start,title\nDay 1,2025-03-10,09:00,Opening\nDay one,,10:00,Next\n",
    );
    assert_eq!(
        refused.map(|_| ()),
        Err((
            1,
            "error: clash.csv:3:1: day 2025-03-10 is titled `Day 1` already; expected the same \
             title on each of its rows (or the cell empty)\n"
                .to_owned()
        ))
    );
}

/// The sessions of an agenda as (title, kind, start, minutes).
fn sessions_of(agenda: &Agenda) -> Vec<(&str, SessionKind, Option<String>, Option<u32>)> {
    agenda
        .sessions()
        .map(|(_, s)| {
            let start = s.start.map(|t| t.format("%H:%M").to_string());
            (s.title.as_str(), s.kind, start, s.minutes)
        })
        .collect()
}

#[test]
fn a_spanish_outline_reads_its_lengths_and_warns_of_a_number_it_does_not() {
    let dir = folder("tests/import/good");
    let (agenda, said) = import(&dir, "outline-es.md");
    assert_eq!(agenda.title, "Encuentro de la red");
    assert_eq!(agenda.days[0].title, "¿Qué haremos juntas?");
    let at = |t: &str| Some(t.to_owned());
    assert_eq!(
        sessions_of(&agenda),
        [
            ("Apertura", SessionKind::Talk, at("09:00"), Some(30)),
            (
                "Debate sobre la campaña",
                SessionKind::Discussion,
                at("09:30"),
                Some(90)
            ),
            ("Pausa", SessionKind::Break, None, Some(15)),
            (
                "Trabajo en grupos",
                SessionKind::Discussion,
                at("11:15"),
                Some(120)
            ),
            ("Almuerzo", SessionKind::Break, at("13:15"), Some(60)),
            (
                "Grupos (3 salas)",
                SessionKind::Discussion,
                at("14:15"),
                None
            ),
        ]
    );
    assert_eq!(
        said,
        "warning: outline-es.md:20:17: `(3 salas)` is read as part of the title, not as a \
         length; a length is written like `(30 min)`, `(1 h)` or `(1h30)`\n"
    );
}

#[test]
fn an_arabic_outline_reads_its_lengths_in_either_digits_and_its_kinds() {
    let dir = folder("tests/import/good");
    let (agenda, said) = import(&dir, "outline-ar.md");
    assert_eq!(said, "");
    assert_eq!(agenda.title, "لقاء الشبكة");
    let at = |t: &str| Some(t.to_owned());
    assert_eq!(
        sessions_of(&agenda),
        [
            ("الافتتاح", SessionKind::Talk, at("09:00"), Some(45)),
            (
                "نقاش الحملة",
                SessionKind::Discussion,
                at("09:45"),
                Some(90)
            ),
            ("استراحة", SessionKind::Break, None, Some(15)),
            (
                "العمل في مجموعات",
                SessionKind::Discussion,
                at("11:45"),
                Some(60)
            ),
        ]
    );
}
