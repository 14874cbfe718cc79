//! The meeting's language: the label files hold exactly the labels the code asks for, in every
//! language, with the same arguments; and the Durban record exported in Spanish, French and
//! Arabic reads back in its language from every format — Markdown through a CommonMark
//! parser, HTML through an HTML parser and headless Chromium, QR codes through a decoder.

mod common;
mod outcomes;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use plenary::export::{Options, csv, html, minutes};
use plenary::lang::Language;
use plenary::store::agenda_file::parse_agenda;

use outcomes::{as_qr_text, decode_svg_parts, durban};

const EXAMPLE: &str = "sessions/durban-2018";

/// The label files, by language code.
fn label_files() -> BTreeMap<&'static str, String> {
    Language::ALL
        .iter()
        .map(|l| {
            let path = format!("lang/{}.ftl", l.code());
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            (l.code(), text)
        })
        .collect()
}

/// The variables a pattern uses, as selectors or placeables, in any variant.
fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    fn inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            InlineExpression::Placeable { expression } => expression_vars(expression, out),
            _ => {}
        }
    }
    fn expression_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(e) => inline(e, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    variables(&v.value, out);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

/// Each label of a file with the variables it uses; panics on a file Fluent cannot parse.
fn labels_of(code: &str, text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(text)
        .unwrap_or_else(|(_, errors)| panic!("lang/{code}.ftl does not parse: {errors:?}"));
    let mut labels = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                let value = m.value.as_ref();
                variables(
                    value.unwrap_or_else(|| panic!("{code}: {} has no value", m.id.name)),
                    &mut vars,
                );
                let again = labels.insert(m.id.name.to_owned(), vars);
                assert!(again.is_none(), "{code}: {} twice", m.id.name);
            }
            Entry::Comment(_) | Entry::GroupComment(_) | Entry::ResourceComment(_) => {}
            other => panic!("{code}: only messages and comments belong here: {other:?}"),
        }
    }
    labels
}

/// The Rust source files under `dir`.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of `text` that name a label: the first argument of every `label(…)` and
/// `label_with(…)` call, and every literal that looks like a label id (`words-with-dashes`),
/// which is how ids are listed in tables (`("heading-objective", …)`) before the call.
fn ids_named(text: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for call in ["label(", "label_with("] {
        for (at, _) in text.match_indices(call) {
            let rest = text[at + call.len()..].trim_start();
            if let Some(literal) = rest.strip_prefix('"') {
                let end = literal.find('"').unwrap_or(0);
                ids.insert(literal[..end].to_owned());
            }
        }
    }
    for literal in text.split('"').skip(1).step_by(2) {
        // Fluent's ids start with a letter: "0-5", a key range, is no label.
        let kebab = literal.contains('-')
            && literal.starts_with(|c: char| c.is_ascii_lowercase())
            && !literal.ends_with('-')
            && literal
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if kebab {
            ids.insert(literal.to_owned());
        }
    }
    ids
}

/// Literals in the code that look like label ids and are not: the plain-text agenda outline,
/// which is not an export of the minutes, says "open-ended" in English; the screen's themes
/// have names of their own ("projector-dark"),
/// and a terminal's type is a name ("xterm-256color").
const NOT_LABELS: [&str; 5] = [
    "open-ended",
    "projector-dark",
    "projector-light",
    "xterm-256color",
    "screen-256color",
];

#[test]
fn every_language_holds_every_label_the_code_uses_with_the_same_arguments_and_no_other() {
    let files = label_files();
    let english = labels_of("en", &files["en"]);
    let mut problems = Vec::new();
    for (code, text) in &files {
        let labels = labels_of(code, text);
        for (id, vars) in &english {
            match labels.get(id) {
                None => problems.push(format!("lang/{code}.ftl: `{id}` is missing")),
                Some(theirs) if theirs != vars => problems.push(format!(
                    "lang/{code}.ftl: `{id}` uses {theirs:?}, English uses {vars:?}"
                )),
                Some(_) => {}
            }
        }
        for id in labels.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("lang/{code}.ftl: `{id}` is not in lang/en.ftl"));
        }
    }

    let mut files = Vec::new();
    sources(Path::new("src"), &mut files);
    let mut named = BTreeSet::new();
    let mut quoted = String::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a source file");
        // The exports, and the meeting screen: its views and what it tells after a key, much
        // of which the core's commands say.
        if file.starts_with("src/export")
            || file.starts_with("src/lang")
            || file.ends_with("core/labels.rs")
            || file.starts_with("src/tui")
            || file.starts_with("src/core/commands")
        {
            named.extend(ids_named(&text));
        }
        quoted.push_str(&text);
    }
    for id in english.keys() {
        if !quoted.contains(&format!("\"{id}\"")) {
            problems.push(format!("lang/en.ftl: `{id}` is used by no code in src/"));
        }
    }
    for id in &named {
        if !english.contains_key(id) && !NOT_LABELS.contains(&id.as_str()) {
            problems.push(format!(
                "src/ asks for `{id}`, which lang/en.ftl does not hold"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(
        named.len() > 150,
        "the scan finds the labels: {}",
        named.len()
    );
}

/// The plural categories CLDR gives each language's cardinal numbers.
fn plural_categories(code: &str) -> &'static [&'static str] {
    match code {
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        // Spanish and French have a `many` for millions ("1 000 000 de participants"), which
        // no count of a meeting reaches; `other` stands for it.
        _ => &["one", "other"],
    }
}

/// Every select on plural categories in a label file, by label: the categories it lists.
fn plural_selects(text: &str) -> Vec<(String, BTreeSet<String>)> {
    use fluent_syntax::ast::VariantKey;
    fn in_pattern(id: &str, pattern: &Pattern<&str>, out: &mut Vec<(String, BTreeSet<String>)>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } = element
            {
                let keys: BTreeSet<String> = variants
                    .iter()
                    .filter_map(|v| match &v.key {
                        VariantKey::Identifier { name } => Some((*name).to_owned()),
                        VariantKey::NumberLiteral { .. } => None,
                    })
                    .collect();
                // A select on numbers alone (French "1er" for the first of a month) has only
                // `other` by name: it picks no plural form.
                if keys.iter().any(|k| k != "other") {
                    out.push((id.to_owned(), keys));
                }
                for v in variants {
                    in_pattern(id, &v.value, out);
                }
            }
        }
    }
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(r, _)| r);
    let mut out = Vec::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry
            && let Some(value) = &m.value
        {
            in_pattern(m.id.name, value, &mut out);
        }
    }
    out
}

#[test]
fn every_count_has_every_plural_form_its_language_needs() {
    let mut problems = Vec::new();
    let mut arabic = 0;
    for (code, text) in &label_files() {
        let needed: BTreeSet<String> = plural_categories(code)
            .iter()
            .map(|c| (*c).to_owned())
            .collect();
        for (id, keys) in plural_selects(text) {
            arabic += usize::from(*code == "ar");
            if keys != needed {
                problems.push(format!(
                    "lang/{code}.ftl: `{id}` has {keys:?}, needs {needed:?}"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(arabic >= 15, "the Arabic counts are found: {arabic}");
}

/// Each heading of Markdown, as CommonMark reads it, with its level.
fn headings(markdown: &str) -> Vec<(u8, String)> {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut out = Vec::new();
    let mut open: Option<(u8, String)> = None;
    let options = pulldown_cmark::Options::ENABLE_TABLES;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => open = Some((level as u8, String::new())),
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, text)) = open.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => out.extend(open.take()),
            _ => {}
        }
    }
    out
}

/// What the Durban minutes must say in each language: the lede's start, the day heading, the
/// section headings.
struct Expected {
    language: Language,
    lede: &'static str,
    day: &'static str,
    sections: [&'static str; 6],
    csv: [&'static str; 6],
}

const EXPECTED: [Expected; 3] = [
    Expected {
        language: Language::Spanish,
        lede: "Acta de la reunión celebrada en Durban, South Africa, 22–25 de julio de 2018.",
        day: "Día 1 — domingo, 22 de julio de 2018: Arrival and site visit",
        sections: [
            "Participantes",
            "Sesiones",
            "Propuestas",
            "Estrategias y acciones",
            "Resoluciones",
            "Próximos pasos",
        ],
        csv: [
            "estrategia",
            "texto",
            "responsable",
            "plazo",
            "estado",
            "sesión",
        ],
    },
    Expected {
        language: Language::French,
        lede: "Procès-verbal de la réunion tenue à Durban, South Africa, 22–25 juillet 2018.",
        // A heading is one line of words: its no-break space before the colon folds to a space.
        day: "Jour 1 — dimanche 22 juillet 2018 : Arrival and site visit",
        sections: [
            "Participants",
            "Séances",
            "Propositions",
            "Stratégies et actions",
            "Résolutions",
            "Prochaines étapes",
        ],
        csv: [
            "stratégie",
            "texte",
            "responsable",
            "échéance",
            "statut",
            "séance",
        ],
    },
    Expected {
        language: Language::Arabic,
        lede: "محضر الاجتماع المنعقد في Durban, South Africa، 22–25 يوليو 2018.",
        day: "اليوم 1 — الأحد، 22 يوليو 2018: Arrival and site visit",
        sections: [
            "المشاركون",
            "الجلسات",
            "المقترحات",
            "الاستراتيجيات والإجراءات",
            "القرارات",
            "الخطوات التالية",
        ],
        csv: [
            "الاستراتيجية",
            "النص",
            "المسؤول",
            "الموعد النهائي",
            "الحالة",
            "الجلسة",
        ],
    },
];

fn in_language(language: Language) -> Options {
    Options {
        language: Some(language),
        ..Options::default()
    }
}

/// No label of lang/en.ftl that has a dash in its id shows through in `text` as its id, which
/// is what a label missing at run time reads as.
fn no_ids_in(text: &str, what: &str) {
    let english = labels_of("en", &label_files()["en"]);
    for id in english.keys().filter(|id| id.contains('-')) {
        assert!(!text.contains(id.as_str()), "{what} shows the id `{id}`");
    }
}

#[test]
fn the_durban_minutes_read_in_spanish_french_and_arabic_with_their_dates() {
    let record = durban();
    let english = headings(&minutes::minutes_markdown(&record, &Options::default()));
    for want in &EXPECTED {
        let code = want.language.code();
        let markdown = minutes::minutes_markdown(&record, &in_language(want.language));
        no_ids_in(&markdown, code);
        let lede = markdown.lines().nth(2).unwrap_or_default();
        assert_eq!(lede, want.lede, "{code}");
        let found = headings(&markdown);
        assert_eq!(found.len(), english.len(), "{code}: one heading for each");
        assert!(
            found.contains(&(3, want.day.to_owned())),
            "{code}: {found:?}"
        );
        for section in want.sections {
            assert!(
                found.contains(&(2, section.to_owned())),
                "{code}: no heading `{section}` in {found:?}"
            );
        }
        for (level, text) in &english {
            if *level == 2 && !text.starts_with("Participants") {
                assert!(
                    !found.contains(&(2, text.clone())),
                    "{code}: `{text}` is still English"
                );
            }
        }
    }
}

#[test]
fn the_durban_html_says_its_language_and_arabic_runs_right_to_left() {
    use scraper::{Html, Selector};
    let record = durban();
    let h2 = Selector::parse("h2").expect("a selector");
    for want in &EXPECTED {
        let code = want.language.code();
        let text = html::minutes_html(&record, &in_language(want.language));
        no_ids_in(&text, code);
        let page = Html::parse_document(&text);
        assert!(page.errors.is_empty(), "{code}: {:?}", page.errors);
        let root = page.root_element().value();
        assert_eq!(root.attr("lang"), Some(code));
        let rtl = want.language == Language::Arabic;
        assert_eq!(root.attr("dir"), rtl.then_some("rtl"), "{code}");
        let sections: Vec<String> = page
            .select(&h2)
            .map(|h| h.text().collect::<String>())
            .collect();
        for section in want.sections {
            assert!(
                sections.iter().any(|s| s == section),
                "{code}: {sections:?}"
            );
        }
    }
}

#[test]
fn the_csv_header_is_in_the_export_language_and_the_rows_stay_the_same() {
    let record = durban();
    let english = csv::actions_csv(&record, &Options::default()).expect("CSV");
    let rows = |text: &str| -> (Vec<String>, usize) {
        let mut reader = ::csv::Reader::from_reader(text.as_bytes());
        let head = reader.headers().expect("a header").iter().map(String::from);
        (head.collect(), reader.records().count())
    };
    let (head, count) = rows(&english);
    assert_eq!(
        head,
        ["strategy", "text", "owner", "due", "status", "session"]
    );
    for want in &EXPECTED {
        let text = csv::actions_csv(&record, &in_language(want.language)).expect("CSV");
        assert_eq!(rows(&text), (want.csv.map(String::from).to_vec(), count));
    }
}

fn plenary(args: &[&std::ffi::OsStr]) -> std::process::Output {
    assert_cmd::Command::cargo_bin("plenary")
        .expect("the plenary binary")
        .args(args)
        .output()
        .expect("plenary runs")
}

#[test]
fn the_qr_codes_decode_to_the_same_languages_qr_text() {
    let headings = [
        (
            Language::Spanish,
            "RESOLUCIONES",
            ": resultados 1/",
            "en el acta",
        ),
        (
            Language::French,
            "RÉSOLUTIONS",
            " : résultats 1/",
            "dans le procès-verbal",
        ),
        (Language::Arabic, "القرارات", "نتائج Advancing", "في المحضر"),
    ];
    for (language, section, label, in_the_minutes) in headings {
        let code = language.code();
        let dir = tempfile::tempdir().expect("a temp dir");
        let svgs = dir.path().join("svg");
        let drawn = plenary(&[
            "qr".as_ref(),
            EXAMPLE.as_ref(),
            "--language".as_ref(),
            code.as_ref(),
            "--svg".as_ref(),
            svgs.as_os_str(),
        ]);
        assert!(drawn.status.success(), "{code}: {drawn:?}");
        let text = plenary(&[
            "qr".as_ref(),
            EXAMPLE.as_ref(),
            "--text".as_ref(),
            "--language".as_ref(),
            code.as_ref(),
        ]);
        assert!(text.status.success(), "{code}: {text:?}");
        let printed = String::from_utf8(text.stdout).expect("UTF-8");
        let parts = decode_svg_parts(&svgs);
        assert!(parts.len() > 1, "{code}: several codes");
        let decoded = as_qr_text(&parts);
        assert_eq!(
            decoded, printed,
            "{code}: the codes hold what --text prints"
        );
        assert!(printed.contains(section), "{code}: {printed}");
        assert!(
            printed.lines().next().is_some_and(|l| l.contains(label)),
            "{code}: {printed}"
        );
        no_ids_in(&printed, code);
        // What the codes only count is said whole in one code: Arabic, at two bytes a letter,
        // gives way to counts, and a count cut between two codes reads in neither.
        for line in printed.lines().filter(|l| l.starts_with('…')) {
            assert!(line.ends_with(in_the_minutes), "{code}: {line}");
        }
        if language.is_rtl() {
            assert!(
                printed.lines().any(|l| l.starts_with('…')),
                "{code}: counts"
            );
        }
    }
}

#[test]
fn the_agenda_sets_the_language_and_export_language_overrides_it() {
    let agenda = std::fs::read_to_string("agendas/durban-2018.ron").expect("the agenda");
    let (spanish, _) = parse_agenda(
        "durban-es.ron",
        agenda
            .replacen("\n(\n", "\n(\n    language: \"es\",\n", 1)
            .as_bytes(),
    )
    .expect("an agenda in Spanish");
    assert_eq!(spanish.language, Some(Language::Spanish));
    let (english, _) = parse_agenda("durban.ron", agenda.as_bytes()).expect("the agenda");
    assert_eq!(english.language, None, "an agenda that says no language");
    let minutes = minutes::minutes_markdown(
        &plenary::core::record::Record::new(english),
        &Options::default(),
    );
    assert!(minutes.contains("\n## Sessions\n"), "is minuted in English");

    let dir = tempfile::tempdir().expect("a temp dir");
    let record = dir.path().join("es");
    let script = plenary(&["example-record".as_ref(), record.as_os_str()]);
    assert!(script.status.success(), "{script:?}");
    // The record keeps its own copy of the agenda: say Spanish there.
    let copy = record.join(plenary::store::AGENDA_FILE);
    let text = std::fs::read_to_string(&copy).expect("the record's agenda");
    std::fs::write(
        &copy,
        text.replacen("\n(\n", "\n(\n    language: \"es\",\n", 1),
    )
    .expect("the agenda written");
    let exported = |args: &[&str]| {
        let mut all: Vec<&std::ffi::OsStr> = vec!["export".as_ref(), record.as_os_str()];
        all.extend(args.iter().map(std::ffi::OsStr::new));
        let out = plenary(&all);
        assert!(out.status.success(), "{args:?}: {out:?}");
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    assert!(exported(&[]).contains("\n## Sesiones\n"));
    assert!(exported(&["--language", "fr"]).contains("\n## Séances\n"));
    assert!(exported(&["--language", "en"]).contains("\n## Sessions\n"));
    let html = exported(&["--format", "html", "--language", "ar"]);
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));

    let unknown = plenary(&[
        "export".as_ref(),
        record.as_os_str(),
        "--language".as_ref(),
        "de".as_ref(),
    ]);
    assert_eq!(unknown.status.code(), Some(1));
    let said = String::from_utf8_lossy(&unknown.stderr);
    assert!(
        said.contains("`de`") && said.contains("en (English), es (español), fr (français), ar"),
        "{said}"
    );
}

#[test]
fn an_unknown_language_in_an_agenda_is_located_and_lists_the_supported_ones() {
    let text = "(\n    title: \"T\",\n    language: \"pt\",\n    days: [],\n)\n";
    let error = parse_agenda("pt.ron", text.as_bytes())
        .expect_err("Portuguese has no labels")
        .to_string();
    assert!(error.starts_with("pt.ron:3:"), "{error}");
    assert!(
        error.contains("`pt`") && error.contains("en (English), es (español), fr (français)"),
        "{error}"
    );
}

#[test]
fn chromium_renders_the_minutes_and_arabic_right_to_left() {
    let test = "chromium_renders_the_minutes_and_arabic_right_to_left";
    let Some(chromium) = common::programs::program("chromium", "chromium", test) else {
        return;
    };
    let record = durban();
    // Kept where the screenshots can be looked at after the run.
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("languages");
    std::fs::create_dir_all(&out).expect("a folder");
    for language in Language::ALL {
        let code = language.code();
        let page = out.join(format!("minutes-{code}.html"));
        std::fs::write(&page, html::minutes_html(&record, &in_language(language)))
            .expect("the page");
        let png = out.join(format!("minutes-{code}.png"));
        let _ = std::fs::remove_file(&png);
        let (width, height, grey) = common::pages::screenshot(&chromium, &page, &png, (1000, 1800));
        assert_eq!((width, height), (1000, 1800), "{code}");
        let inked = grey.iter().filter(|&&g| g < 110).count();
        assert!(inked > width * height / 200, "{code}: the page shows text");
        let gaps = common::pages::heading_gaps(width, &grey);
        assert!(gaps.len() >= 3, "{code}: the section headings: {gaps:?}");
        common::pages::headings_start_on_the_reading_side(language, &gaps);
    }
}
