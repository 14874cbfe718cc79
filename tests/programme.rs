//! The printed programme (`plenary export AGENDA.ron --format html`) read the way people get
//! it: parsed by an HTML parser for every bundled agenda, and drawn by headless Chromium.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use common::programs::{CHROMIUM_FLAGS, program};
use plenary::core::agenda::Agenda;
use plenary::export::programme::programme_html;
use plenary::lang::Language;
use plenary::store::agenda_file::{load_agenda, parse_agenda};
use scraper::{ElementRef, Html, Selector};

/// Every agenda in agendas/, with its path.
fn bundled() -> Vec<(PathBuf, Agenda)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir("agendas")
        .expect("the agendas folder")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 5, "the bundled agendas: {paths:?}");
    paths
        .into_iter()
        .map(|p| {
            let (agenda, _) = load_agenda(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p, agenda)
        })
        .collect()
}

fn select<'h>(html: &'h Html, selector: &str) -> Vec<ElementRef<'h>> {
    let selector = Selector::parse(selector).expect("a selector");
    html.select(&selector).collect()
}

fn text(element: &ElementRef<'_>) -> String {
    element.text().collect()
}

/// Fails unless the page can fetch nothing and point nowhere: no attribute that loads or links
/// anything, no script, no stylesheet link, no `url(` or `@import` in its style.
fn assert_self_contained(html: &Html, what: &str) {
    for element in select(html, "*") {
        for (name, value) in element.value().attrs() {
            assert!(
                !matches!(
                    name,
                    "src" | "href" | "srcset" | "action" | "poster" | "data"
                ),
                "{what}: <{} {name}=\"{value}\">",
                element.value().name()
            );
        }
    }
    for tag in ["script", "link", "img", "iframe", "object", "embed", "base"] {
        assert!(select(html, tag).is_empty(), "{what}: a <{tag}>");
    }
    for style in select(html, "style") {
        let css = text(&style);
        assert!(!css.contains("url(") && !css.contains("@import"), "{what}");
    }
}

#[test]
fn every_bundled_agenda_has_a_programme_with_every_session() {
    for (path, agenda) in bundled() {
        let what = path.display().to_string();
        let page = programme_html(&agenda, None);
        let html = Html::parse_document(&page);
        assert!(html.errors.is_empty(), "{what}: {:?}", html.errors);
        assert_self_contained(&html, &what);
        let root = select(&html, "html");
        assert_eq!(root[0].value().attr("lang"), Some("en"), "{what}");
        let h1: Vec<String> = select(&html, "h1").iter().map(text).collect();
        assert_eq!(h1, std::slice::from_ref(&agenda.title), "{what}");
        assert_eq!(
            select(&html, "section.day").len(),
            agenda.days.len(),
            "{what}: a section a day"
        );
        let titles: Vec<String> = select(&html, "tr[id^=session-] h3")
            .iter()
            .map(text)
            .collect();
        let sessions: Vec<String> = agenda.sessions().map(|(_, s)| s.title.clone()).collect();
        assert_eq!(titles, sessions, "{what}: every session, in order");
        for (_, session) in agenda.sessions() {
            let shown = select(
                &html,
                &format!("tr[id=\"session-{}\"] p.proposals", session.id),
            );
            let shown = shown.first().map(text).unwrap_or_default();
            for id in &session.proposals {
                let proposal = agenda.proposals.iter().find(|p| &p.id == id);
                let title = &proposal.expect("the checker found the proposal").title;
                assert!(
                    shown.contains(title.as_str()),
                    "{what}: {} in {shown}",
                    title
                );
            }
        }
        let items: Vec<String> = select(&html, "ul.items li").iter().map(text).collect();
        for item in agenda.sessions().flat_map(|(_, s)| &s.items) {
            assert!(
                items.iter().any(|li| li.starts_with(&item.title)),
                "{what}: item {}",
                item.title
            );
        }
    }
}

#[test]
fn times_are_the_agendas_and_unknown_ones_say_so() {
    let mut unknown = 0;
    for (path, agenda) in bundled() {
        let html = Html::parse_document(&programme_html(&agenda, None));
        for day in &agenda.days {
            for (session, planned) in day.sessions.iter().zip(day.planned()) {
                let cell = select(&html, &format!("tr[id=\"session-{}\"] td.time", session.id));
                let shown = text(&cell[0]);
                let expected = match (planned.start_time(), planned.end_time()) {
                    (Some(s), Some(e)) => format!("{}–{}", s.format("%H:%M"), e.format("%H:%M")),
                    (Some(s), None) => s.format("%H:%M").to_string(),
                    (None, _) => "time not known".to_owned(),
                };
                unknown += usize::from(planned.start.is_none());
                assert_eq!(shown, expected, "{}: {}", path.display(), session.id);
                let length = select(
                    &html,
                    &format!("tr[id=\"session-{}\"] td.length", session.id),
                );
                let expected = session
                    .minutes
                    .map_or_else(|| "open-ended".to_owned(), |m| format!("{m} min"));
                assert_eq!(text(&length[0]), expected, "{}", session.id);
            }
        }
    }
    assert!(
        unknown > 0,
        "some bundled agenda has sessions with no known start"
    );
}

#[test]
fn names_only_where_the_agenda_allows_them() {
    let agendas = bundled();
    let (chatham, open): (Vec<_>, Vec<_>) = agendas.iter().partition(|(_, a)| a.chatham_house);
    assert!(!chatham.is_empty() && !open.is_empty());
    for (path, agenda) in chatham {
        let html = Html::parse_document(&programme_html(agenda, None));
        let body = text(&select(&html, "body")[0]);
        assert!(body.contains("Chatham House"), "{}", path.display());
        assert!(select(&html, "section.participants").is_empty());
        for p in &agenda.participants {
            assert!(!body.contains(&p.name), "{}: {}", path.display(), p.name);
        }
    }
    for (path, agenda) in open {
        let html = Html::parse_document(&programme_html(agenda, None));
        let names: Vec<String> = select(&html, "section.participants td:first-child")
            .iter()
            .map(text)
            .collect();
        let listed: Vec<String> = agenda.participants.iter().map(|p| p.name.clone()).collect();
        assert_eq!(names, listed, "{}", path.display());
        for (_, session) in agenda.sessions() {
            let proposals = select(
                &html,
                &format!("tr[id=\"session-{}\"] p.proposals", session.id),
            );
            for proposal in agenda
                .proposals
                .iter()
                .filter(|p| session.proposals.contains(&p.id))
            {
                for who in &proposal.presenters {
                    let name = plenary::core::labels::person(agenda, who);
                    let presents = session.kind == plenary::core::agenda::SessionKind::Proposals;
                    assert_eq!(
                        text(&proposals[0]).contains(name),
                        presents,
                        "{}: {name} presents {} there, and only there",
                        session.id,
                        proposal.title
                    );
                }
            }
            for lead in &session.leads {
                let name = plenary::core::labels::person(agenda, lead);
                let meta = select(&html, &format!("tr[id=\"session-{}\"] p.meta", session.id));
                assert!(text(&meta[0]).contains(name), "{}: {name}", session.id);
            }
        }
    }
}

/// An agenda whose every text tries to be markup or a link.
const HOSTILE: &str = r#"(
    title: "<script>alert(1)</script> & \"Co\" 'n' <b>",
    place: "<img src=http://example.org/x.png>",
    participants: [(id: "eve", name: "Eve <i>", organisation: "&amp;")],
    days: [(date: "2024-05-06", sessions: [
        (id: "s1", title: "</td></tr><tr><td>", start: "09:00", minutes: 30, leads: ["eve"],
         description: "line one\nline <two>",
         items: [(id: "i1", title: "<a href=\"http://example.org\">x</a>", presenters: ["eve", "<u>Group</u>"],
                  reference: Some("http://example.org/doc?a=1&b=2"))]),
    ])],
)"#;

#[test]
fn every_text_is_escaped_and_links_stay_text() {
    let (agenda, _) = parse_agenda("hostile.ron", HOSTILE.as_bytes()).expect("it checks");
    let html = Html::parse_document(&programme_html(&agenda, None));
    assert!(html.errors.is_empty(), "{:?}", html.errors);
    assert_self_contained(&html, "hostile");
    assert_eq!(text(&select(&html, "h1")[0]), agenda.title);
    assert_eq!(text(&select(&html, "h3")[0]), "</td></tr><tr><td>");
    assert_eq!(select(&html, "tr[id^=session-]").len(), 1);
    for tag in ["b", "i", "u", "a", "img"] {
        assert!(select(&html, tag).is_empty(), "a <{tag}> got through");
    }
    let item = text(&select(&html, "ul.items li")[0]);
    assert!(item.contains("http://example.org/doc?a=1&b=2"), "{item}");
    assert!(item.contains("Eve <i>, <u>Group</u>"), "{item}");
    let what = text(&select(&html, "p.what")[0]);
    assert_eq!(what, "line oneline <two>", "two lines, a <br> between");
}

fn plenary() -> Command {
    let mut cmd = Command::cargo_bin("plenary").expect("the plenary binary is built");
    cmd.timeout(std::time::Duration::from_secs(60));
    cmd
}

#[test]
fn the_cli_writes_the_programme_of_an_agenda_file() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let out = dir.path().join("programme.html");
    plenary()
        .args([
            "export",
            "agendas/durban-2018.ron",
            "--format",
            "html",
            "-o",
        ])
        .arg(&out)
        .assert()
        .success()
        .stdout("");
    let page = std::fs::read_to_string(&out).expect("written");
    let (agenda, _) = load_agenda(Path::new("agendas/durban-2018.ron")).expect("the agenda");
    assert_eq!(page, programme_html(&agenda, None));
    // A bad agenda file gets its located message, as `check` gives it.
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(title: \"x\", days: [(date: \"2024-13-01\")])").expect("written");
    plenary()
        .args(["export", "--format", "html"])
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("bad.ron:1:"));
    // Any other file, with a format only records have, is not read at all.
    let file = dir.path().join("file.txt");
    std::fs::write(&file, "hello").expect("written");
    plenary()
        .arg("export")
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "is not a record: a record is a folder (like sessions/durban-2018), which --format \
             md exports; an agenda file exports as its programme with --format html",
        ));
    let help = plenary().args(["export", "--help"]).assert().success();
    let help = String::from_utf8_lossy(&help.get_output().stdout).into_owned();
    // The agenda's example (its sheet) says the programme is the same file with --format html.
    assert!(
        help.contains("plenary export agendas/durban-2018.ron --format csv -o programme.csv")
            && help.contains("--format html, its printed programme"),
        "{help}"
    );
}

/// Runs headless Chromium on `page` with `args` (where to draw or print it); `None` when
/// Chromium is not installed (the test says it was skipped).
fn chromium(page: &Path, args: &[String]) -> Option<()> {
    let chromium = program(
        "chromium",
        "chromium",
        "chromium_draws_and_prints_the_programme",
    )?;
    let status = std::process::Command::new(chromium)
        .args(CHROMIUM_FLAGS)
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stderr(std::process::Stdio::null())
        .status()
        .expect("chromium runs");
    assert!(status.success(), "chromium: {status}");
    Some(())
}

#[test]
fn chromium_draws_and_prints_the_programme() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let page = dir.join("programme-durban-2018.html");
    let png = dir.join("programme-durban-2018.png");
    let pdf = dir.join("programme-durban-2018.pdf");
    let (agenda, _) = load_agenda(Path::new("agendas/durban-2018.ron")).expect("the agenda");
    std::fs::write(&page, programme_html(&agenda, None)).expect("written");
    for old in [&png, &pdf] {
        let _ = std::fs::remove_file(old);
    }
    let draw = [
        "--window-size=1000,2400".to_owned(),
        format!("--screenshot={}", png.display()),
    ];
    if chromium(&page, &draw).is_none() {
        return;
    }
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(&png).expect("chromium wrote the PNG"),
    ));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size().expect("a size")];
    let info = reader.next_frame(&mut pixels).expect("a frame");
    assert_eq!((info.width, info.height), (1000, 2400));
    // Text was drawn: dark pixels on the white page, in the title's band and further down.
    let channels = info.color_type.samples();
    let dark_in = |rows: std::ops::Range<u32>| {
        rows.flat_map(|y| (0..info.width).map(move |x| (x, y)))
            .filter(|&(x, y)| {
                let at = (y as usize * info.width as usize + x as usize) * channels;
                pixels[at..at + 3].iter().all(|&v| v < 80)
            })
            .count()
    };
    assert!(dark_in(0..120) > 500, "the title is drawn");
    assert!(dark_in(1200..2400) > 500, "the days' sessions are drawn");
    eprintln!("drawn: {}", png.display());
    // Printed, it is a PDF of several pages (the print styles keep each session whole).
    let print = [
        "--no-pdf-header-footer".to_owned(),
        format!("--print-to-pdf={}", pdf.display()),
    ];
    chromium(&page, &print);
    let bytes = std::fs::read(&pdf).expect("chromium printed the PDF");
    assert!(bytes.starts_with(b"%PDF-"));
    let pages = bytes.windows(11).filter(|w| w == b"/Type /Page").count()
        - bytes.windows(12).filter(|w| w == b"/Type /Pages").count();
    assert!(pages >= 2, "{pages} pages");
    eprintln!("printed: {} ({pages} pages)", pdf.display());
}

/// What the Durban programme must say in each language: the window's title, the table's
/// headings, the first day's heading, the participant list's heading, the first session's kind
/// (a break), the third's (a visit) with who leads it and its time as the language writes it.
struct Said {
    language: Language,
    title: &'static str,
    columns: [&'static str; 3],
    day: &'static str,
    participants: &'static str,
    kind: &'static str,
    led: &'static str,
    time: &'static str,
}

const SAID: [Said; 4] = [
    Said {
        language: Language::English,
        title: "Programme: ",
        columns: ["Time", "Session", "Length"],
        day: "Day 1 — Sunday 22 July 2018: Arrival and site visit",
        participants: "Participants",
        kind: "Break",
        led: "Visit · Led by Thandiwe Mkhize",
        time: "13:00–17:00",
    },
    Said {
        language: Language::Spanish,
        title: "Programa: ",
        columns: ["Hora", "Sesión", "Duración"],
        day: "Día 1 — domingo, 22 de julio de 2018: Arrival and site visit",
        participants: "Participantes",
        kind: "Pausa",
        led: "Visita · Dirigida por Thandiwe Mkhize",
        time: "13:00–17:00",
    },
    Said {
        language: Language::French,
        title: "Programme\u{a0}: ",
        columns: ["Horaire", "Séance", "Durée"],
        day: "Jour 1 — dimanche 22 juillet 2018\u{a0}: Arrival and site visit",
        participants: "Participants",
        kind: "Pause",
        led: "Visite · Animée par Thandiwe Mkhize",
        time: "13 h 00–17 h 00",
    },
    Said {
        language: Language::Arabic,
        title: "البرنامج: ",
        columns: ["الوقت", "الجلسة", "المدة"],
        day: "اليوم 1 — الأحد، 22 يوليو 2018: Arrival and site visit",
        participants: "المشاركون",
        kind: "استراحة",
        led: "زيارة · بإدارة Thandiwe Mkhize",
        time: "13:00–17:00",
    },
];

/// English words of the programme that no other language's programme may hold.
const ENGLISH: [&str; 7] = [
    "Time",
    "Length",
    "Led by",
    "presented by",
    "Day 1",
    "open-ended",
    "time not known",
];

#[test]
fn the_programme_is_in_the_agendas_language_with_its_dates_and_times() {
    let (durban, _) = load_agenda(Path::new("agendas/durban-2018.ron")).expect("the agenda");
    for said in &SAID {
        let code = said.language.code();
        let mut agenda = durban.clone();
        agenda.language = Some(said.language);
        let page = programme_html(&agenda, None);
        assert_eq!(
            page,
            programme_html(&durban, Some(said.language)),
            "{code}: --language writes what the agenda's language does"
        );
        common::pages::no_label_ids_in(&page, code);
        let html = Html::parse_document(&page);
        assert!(html.errors.is_empty(), "{code}: {:?}", html.errors);
        assert_self_contained(&html, code);
        let root = select(&html, "html");
        assert_eq!(root[0].value().attr("lang"), Some(code));
        let rtl = said.language.is_rtl();
        assert_eq!(root[0].value().attr("dir"), rtl.then_some("rtl"), "{code}");
        let title = text(&select(&html, "title")[0]);
        assert_eq!(title, format!("{}{}", said.title, agenda.title), "{code}");
        let columns: Vec<String> = select(&html, "section.day th").iter().map(text).collect();
        assert_eq!(columns[..3], said.columns.map(String::from), "{code}");
        let days: Vec<String> = select(&html, "section.day h2").iter().map(text).collect();
        assert_eq!(days[0], said.day, "{code}");
        let participants = text(&select(&html, "section.participants h2")[0]);
        assert_eq!(participants, said.participants, "{code}");
        let metas: Vec<String> = select(&html, "p.meta").iter().map(text).collect();
        assert_eq!(metas[0], said.kind, "{code}: a break, led by no one");
        assert_eq!(metas[2], said.led, "{code}: a visit and who leads it");
        let times: Vec<String> = select(&html, "td.time").iter().map(text).collect();
        assert_eq!(times[2], said.time, "{code}: the visit's time");
        if said.language != Language::English {
            let body = text(&select(&html, "body")[0]);
            for english in ENGLISH {
                assert!(!body.contains(english), "{code}: `{english}` is English");
            }
        }
    }
}

#[test]
fn the_cli_writes_an_agendas_programme_in_its_language_or_in_language() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let agenda = std::fs::read_to_string("agendas/durban-2018.ron").expect("the agenda");
    let spanish = dir.path().join("durban-es.ron");
    std::fs::write(
        &spanish,
        agenda.replacen("\n(\n", "\n(\n    language: \"es\",\n", 1),
    )
    .expect("written");
    let page = |args: &[&std::ffi::OsStr]| {
        let out = plenary().arg("export").args(args).assert().success();
        String::from_utf8(out.get_output().stdout.clone()).expect("UTF-8")
    };
    let html = "html".as_ref();
    let format = "--format".as_ref();
    let language = "--language".as_ref();
    let es = page(&[spanish.as_os_str(), format, html]);
    assert!(es.contains("<html lang=\"es\">") && es.contains("<th scope=\"col\">Hora</th>"));
    let ar = page(&[spanish.as_os_str(), format, html, language, "ar".as_ref()]);
    assert!(
        ar.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "--language overrides"
    );
    assert!(ar.contains("<th scope=\"col\">الوقت</th>"));
    let en = page(&["agendas/durban-2018.ron".as_ref(), format, html]);
    assert!(en.contains("<html lang=\"en\">") && en.contains("<th scope=\"col\">Time</th>"));
}

#[test]
fn chromium_draws_the_arabic_programme_right_to_left() {
    let Some(chromium) = program(
        "chromium",
        "chromium",
        "chromium_draws_the_arabic_programme_right_to_left",
    ) else {
        return;
    };
    let (agenda, _) = load_agenda(Path::new("agendas/durban-2018.ron")).expect("the agenda");
    // Kept where the screenshots can be looked at after the run.
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    for language in [Language::English, Language::Arabic] {
        let code = language.code();
        let page = dir.join(format!("programme-{code}.html"));
        std::fs::write(&page, programme_html(&agenda, Some(language))).expect("written");
        let png = dir.join(format!("programme-{code}.png"));
        let _ = std::fs::remove_file(&png);
        let (width, _, grey) = common::pages::screenshot(&chromium, &page, &png, (1000, 1600));
        let gaps = common::pages::heading_gaps(width, &grey);
        assert!(gaps.len() >= 2, "{code}: the days' headings: {gaps:?}");
        common::pages::headings_start_on_the_reading_side(language, &gaps);
        eprintln!("drawn: {}", png.display());
    }
}
