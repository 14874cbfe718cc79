//! The meeting screen speaks the meeting's language (issue 14, point 1): the agenda's
//! `language`, else the system's locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`). Its tabs,
//! footer and help are drawn from the label files; the keys themselves stay the same letters.

mod common;

use common::pty::Session;
use common::screen::Screen;
use plenary::store::agenda_file::parse_agenda;

/// The small agenda's text with `language: "CODE"`, and the agenda it reads as.
fn small_in(code: &str) -> (String, plenary::core::agenda::Agenda) {
    let text = common::SMALL.replacen(
        "title: \"Test meeting\",",
        &format!("title: \"Test meeting\",\n    language: \"{code}\","),
        1,
    );
    assert!(text.contains("language:"), "the fixture's title is found");
    let agenda = parse_agenda("t.ron", text.as_bytes())
        .map(|(a, _)| a)
        .unwrap_or_else(|e| panic!("the agenda checks: {e}"));
    (text, agenda)
}

/// The screen of the small agenda in `code` at `width`x`height`.
fn screen_in(code: &str, width: u16, height: u16) -> Screen {
    let (text, agenda) = small_in(code);
    Screen::of(&text, agenda, width, height)
}

/// What the screen shows, its footer, and what it shows with help open.
fn screen_footer_help(s: &mut Screen) -> (String, String, String) {
    let shown = text(s);
    let footer = shown.lines().last().unwrap_or_default().to_owned();
    s.keys("?");
    let help = text(s);
    s.keys("x");
    (shown, footer, help)
}

/// The screen as text, without the zero-width non-joiners the Arabic labels put between lam
/// and alef (see lang/ar.ftl), which draw nothing.
fn text(s: &mut Screen) -> String {
    s.text().replace('\u{200c}', "")
}

#[test]
fn a_spanish_agenda_gives_a_spanish_screen() {
    let mut s = screen_in("es", 80, 24);
    let (screen, footer, help) = screen_footer_help(&mut s);
    // Every tab shows whole at 80 columns, though Spanish takes more room than English.
    let tabs = screen.lines().nth(2).unwrap_or_default();
    assert!(
        tabs.ends_with("Notas Propuestas Resoluciones Tablero Oradores"),
        "{tabs:?}"
    );
    assert!(screen.contains(" Día 1 · "), "the header's day:\n{screen}");
    // The keys stay the letters they are; only the words beside them change.
    assert!(footer.starts_with(" n nota"), "{footer:?}");
    assert!(footer.contains("? teclas"), "{footer:?}");
    assert!(footer.ends_with("✓ guardado"), "{footer:?}");
    assert!(
        !footer.contains("keys") && !footer.contains("saved"),
        "{footer:?}"
    );
    // At 80x24 help lists the keys' short names; on a screen with a row for each, what each
    // does.
    assert!(help.contains("Teclas · Notas"), "help's title:\n{help}");
    assert!(help.contains("u       deshacer"), "{help}");
    assert!(help.contains("En una nota: action:"), "{help}");
    let mut tall = screen_in("es", 120, 70);
    tall.keys("P?");
    let help = text(&mut tall);
    assert!(help.contains("Teclas · Propuestas"), "{help}");
    assert!(
        help.contains("puntuar el criterio elegido de 0 a 5"),
        "{help}"
    );
    assert!(help.contains("deshacer el último cambio"), "{help}");
}

#[test]
fn an_arabic_agenda_gives_an_arabic_screen() {
    let mut s = screen_in("ar", 80, 24);
    let (screen, footer, help) = screen_footer_help(&mut s);
    let tabs = screen.lines().nth(2).unwrap_or_default();
    assert!(
        tabs.ends_with("الملاحظات المقترحات القرارات اللوحة المتحدثون"),
        "{tabs:?}"
    );
    assert!(
        screen.contains(" اليوم 1 · "),
        "the header's day:\n{screen}"
    );
    assert!(footer.starts_with(" n ملاحظة"), "{footer:?}");
    assert!(footer.contains("? المفاتيح"), "{footer:?}");
    assert!(footer.ends_with("✓ محفوظ"), "{footer:?}");
    assert!(
        help.contains("المفاتيح · الملاحظات"),
        "help's title:\n{help}"
    );
    assert!(help.contains("u       تراجع"), "{help}");
    let mut tall = screen_in("ar", 120, 70);
    tall.keys("?");
    let help = text(&mut tall);
    assert!(help.contains("التراجع عن آخر تغيير"), "{help}");
    s.keys("B");
    let board = text(&mut s);
    let footer = board.lines().last().unwrap_or_default().to_owned();
    assert!(footer.starts_with(" a بطاقة جديدة"), "{footer:?}");
}

#[test]
fn the_editor_prompts_and_questions_speak_the_agendas_language() {
    let mut s = screen_in("fr", 80, 24);
    s.keys("n");
    let editor = text(&mut s);
    assert!(editor.contains("Nouvelle note"), "{editor}");
    assert!(editor.contains("orateur : —"), "{editor}");
    let footer = editor.lines().last().unwrap_or_default().to_owned();
    assert!(footer.contains("Enter enregistrer"), "{footer:?}");
    s.keys("Bonjour<Esc>");
    let asked = text(&mut s);
    assert!(asked.contains("Abandonner le texte tapé ? y/n"), "{asked}");
}

/// The small agenda, with `language: "CODE"` when given, written to a fresh folder.
fn folder_with(code: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = code.map_or_else(|| common::SMALL.to_owned(), |c| small_in(c).0);
    std::fs::write(dir.path().join("small.ron"), text).expect("write the agenda");
    dir
}

/// Runs the small agenda on a terminal with the locale variables `env`, waits for `shown`, and
/// quits.
fn run_with(code: Option<&str>, env: &[(&str, &str)], shown: &str) {
    let dir = folder_with(code);
    let mut session = Session::start_with(
        dir.path(),
        &["run", "small.ron", "--record", "rec"],
        80,
        24,
        env,
    );
    session.wait_shown(shown);
    session.type_keys(b"q");
    session.child.wait().expect("plenary ends");
}

#[test]
fn with_no_language_in_the_agenda_the_screen_follows_the_locale() {
    run_with(None, &[("LANG", "fr_FR.UTF-8")], " Propositions ");
    // LC_ALL wins over LANG, LC_MESSAGES over LANG.
    run_with(
        None,
        &[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "es_ES.UTF-8")],
        " Propuestas ",
    );
    run_with(
        None,
        &[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "ar_EG.UTF-8")],
        "المقترحات",
    );
    // A locale plenary has no labels for reads as English.
    run_with(None, &[("LANG", "pt_BR.UTF-8")], " Resolutions ");
}

#[test]
fn the_agendas_language_wins_over_the_locale() {
    run_with(
        Some("es"),
        &[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "ar_EG.UTF-8")],
        " Propuestas ",
    );
}

#[test]
fn the_arabic_screen_keeps_lam_and_alef_in_a_cell_each() {
    // unicode-width counts lam followed by alef as one ligature, where terminals give each its
    // cell: ratatui would cut such a word short by a letter. The screen's labels put a
    // zero-width non-joiner between them.
    let text = std::fs::read_to_string("lang/ar.ftl").expect("lang/ar.ftl");
    let screen = text
        .split_once("\n## The meeting screen")
        .map_or("", |(_, screen)| screen);
    assert!(!screen.is_empty(), "the screen's section is found");
    let joined: Vec<&str> = screen
        .lines()
        .filter(|line| {
            let chars: Vec<char> = line.chars().collect();
            chars
                .windows(2)
                .any(|w| w[0] == 'ل' && matches!(w[1], 'ا' | 'أ' | 'إ' | 'آ'))
        })
        .collect();
    assert!(joined.is_empty(), "{}", joined.join("\n"));
}

#[test]
fn what_a_key_did_or_why_it_did_nothing_is_said_in_the_agendas_language() {
    let mut s = screen_in("es", 80, 24);
    s.keys("Qs");
    let footer = text(&mut s).lines().last().unwrap_or_default().to_owned();
    assert!(footer.starts_with(" nadie tiene la palabra"), "{footer:?}");
    s.keys("N ");
    let footer = text(&mut s).lines().last().unwrap_or_default().to_owned();
    assert!(
        footer.starts_with(" iniciada: Opening — u deshace"),
        "{footer:?}"
    );
    s.keys("u");
    let footer = text(&mut s).lines().last().unwrap_or_default().to_owned();
    assert!(
        footer.starts_with(" deshecho: iniciada: Opening"),
        "{footer:?}"
    );
    s.keys("nq: ¿quién paga?<Enter>");
    let footer = text(&mut s).lines().last().unwrap_or_default().to_owned();
    assert!(footer.starts_with(" pregunta guardada"), "{footer:?}");
}
