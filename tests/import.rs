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
