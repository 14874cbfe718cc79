//! Exports are read back the way other programs read them: the Markdown with a CommonMark
//! parser, the HTML with an HTML parser, the CSV with a CSV reader, the JSON back into a record.

mod outcomes;

use outcomes::{decode_svg, durban};
use plenary::core::history::{Change, Live};
use plenary::core::op::Op;
use plenary::core::record::{Action, Id, Note, NoteKind, Record};
use plenary::example::durban_script;
use plenary::export::csv::actions_csv;
use plenary::export::html::minutes_html;
use plenary::export::json::{JsonError, record_from_json, record_json};
use plenary::export::minutes::minutes_markdown;
use plenary::export::{Options, summary};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use scraper::{Html, Selector};

/// What a CommonMark reader finds in the minutes.
#[derive(Debug, Default)]
struct Markdown {
    /// Headings: level and text.
    headings: Vec<(usize, String)>,
    /// Tables: rows (the header first) of cell texts.
    tables: Vec<Vec<Vec<String>>>,
    /// List items' texts.
    items: Vec<String>,
    /// Block quotes' texts (paragraphs joined by a blank line).
    quotes: Vec<String>,
}

fn parse_markdown(md: &str) -> Markdown {
    let options = pulldown_cmark::Options::ENABLE_TABLES
        | pulldown_cmark::Options::ENABLE_STRIKETHROUGH
        | pulldown_cmark::Options::ENABLE_TASKLISTS;
    let mut out = Markdown::default();
    // Text is gathered into the innermost open container.
    let mut stack: Vec<String> = Vec::new();
    let mut quote_paras: Vec<String> = Vec::new();
    let mut in_quote = 0;
    for event in Parser::new_ext(md, options) {
        match event {
            Event::Start(Tag::Heading { .. } | Tag::TableCell | Tag::Item) => {
                stack.push(String::new())
            }
            Event::Start(Tag::Paragraph) if in_quote > 0 => stack.push(String::new()),
            Event::Start(Tag::BlockQuote(_)) => {
                in_quote += 1;
                quote_paras.clear();
            }
            Event::End(TagEnd::Heading(level)) => {
                let text = stack.pop().expect("open heading");
                out.headings.push((level as usize, text));
            }
            Event::End(TagEnd::TableCell) => {
                let text = stack.pop().expect("open cell");
                let table = out.tables.last_mut().expect("open table");
                table.last_mut().expect("open row").push(text);
            }
            Event::End(TagEnd::Item) => out.items.push(stack.pop().expect("open item")),
            Event::End(TagEnd::Paragraph) if in_quote > 0 => {
                quote_paras.push(stack.pop().expect("open paragraph"));
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                in_quote -= 1;
                out.quotes.push(quote_paras.join("\n\n"));
            }
            Event::Start(Tag::Table(_)) => out.tables.push(Vec::new()),
            Event::Start(Tag::TableHead | Tag::TableRow) => {
                out.tables.last_mut().expect("open table").push(Vec::new())
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(top) = stack.last_mut() {
                    top.push_str(&t);
                }
            }
            Event::SoftBreak => {
                if let Some(top) = stack.last_mut() {
                    top.push(' ');
                }
            }
            Event::HardBreak => {
                if let Some(top) = stack.last_mut() {
                    top.push('\n');
                }
            }
            Event::InlineHtml(html) => {
                assert_eq!(&*html, "<br>", "the only HTML is a line break in a cell");
                if let Some(top) = stack.last_mut() {
                    top.push('\n');
                }
            }
            Event::Html(html) => panic!("no HTML blocks in the minutes: {html}"),
            _ => {}
        }
    }
    out
}

fn headings(md: &Markdown, level: usize) -> Vec<&str> {
    md.headings
        .iter()
        .filter(|(l, _)| *l == level)
        .map(|(_, t)| t.as_str())
        .collect()
}

#[test]
fn markdown_minutes_have_the_shape_of_a_meeting_report() {
    let record = durban();
    let md = parse_markdown(&minutes_markdown(&record, &Options::default()));
    assert_eq!(headings(&md, 1), [record.plan.title.as_str()]);
    assert_eq!(
        headings(&md, 2),
        [
            "Objective",
            "Background",
            "Participants",
            "Sessions",
            "Proposals",
            "Strategies and actions",
            "Resolutions",
            "Next steps",
            "Not covered"
        ]
    );
    let days = headings(&md, 3);
    assert!(days.contains(&"Day 1 — Sunday 22 July 2018: Arrival and site visit"));
    assert!(days.contains(&"Day 4 — Wednesday 25 July 2018: How will we carry out the pilot?"));
    let sessions = headings(&md, 4);
    assert!(sessions.contains(&"Data to support the campaign and measure progress"));
    assert!(
        !sessions.contains(&"Lunch"),
        "breaks nobody ran are left out"
    );
    assert!(
        sessions.contains(&"Tea break"),
        "a skipped break is reported"
    );

    // Participants: name, organisation, country, role; one row each.
    let people = &md.tables[0];
    assert_eq!(people[0], ["Name", "Organisation", "Country", "Role"]);
    assert_eq!(people.len(), 1 + record.plan.participants.len());

    // The assessment: criteria × proposals, weighted totals and dots.
    let assessment = md
        .tables
        .iter()
        .find(|t| t[0][0] == "Criterion")
        .expect("the assessment table");
    let mut head = vec!["Criterion".to_owned(), "Weight".to_owned()];
    head.extend(record.proposals.iter().map(|p| p.title.clone()));
    assert_eq!(assessment[0], head);
    assert_eq!(assessment.len(), 1 + record.plan.criteria.len() + 2);
    assert_eq!(assessment[6], ["Weighted total", "", "22", "21", "19"]);
    assert_eq!(assessment[7], ["Dots", "", "27", "24", "15"]);
    assert_eq!(
        assessment[1],
        ["Builds on members' existing work", "1", "5", "5", "4"]
    );

    // Every strategy has its table of actions.
    let boards: Vec<_> = md
        .tables
        .iter()
        .filter(|t| t[0] == ["Action", "Owner", "Due"])
        .collect();
    assert_eq!(boards.len(), 3);
    assert_eq!(
        boards.iter().map(|t| t.len() - 1).sum::<usize>(),
        record
            .strategies
            .iter()
            .map(|s| s.actions.len())
            .sum::<usize>()
    );
    assert!(boards[0].contains(&vec![
        "Write a primer on corporate capture".to_owned(),
        "ESCR-Net Secretariat".to_owned(),
        "31 Oct 2018".to_owned()
    ]));

    // Quotes carry their speaker, on a line of their own.
    assert!(md.quotes.contains(
        &"Los datos sin historias no mueven a nadie; las historias sin datos no convencen a nadie.\n\n— Sofía Martínez"
            .to_owned()
    ));
}

/// A record whose captures hold every character Markdown and HTML could mistake for markup.
fn nasty() -> (Record, Vec<&'static str>) {
    let texts = vec![
        "*not bold* _not em_ `not code` [not](http://a.link) <b>not a tag</b> &amp; stays",
        "# not a heading | not a cell ~~not struck~~ \\ a backslash",
        "1. not a list",
        "- not a bullet",
        "+ nor this",
        "> not a quote",
        "===",
        "line one\n- line two\n\n3) line four\n    five, indented",
        "<script>alert('x')</script> \"quoted\" & done",
        "Ngiyabonga 🌍 — العمل الجماعي — 集体行动",
    ];
    let mut live = Live::new(Record::new(outcomes_agenda()));
    let at = chrono::NaiveDate::from_ymd_opt(2018, 7, 23)
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .expect("a time");
    for (i, text) in texts.iter().enumerate() {
        let kind = if i % 2 == 0 {
            NoteKind::Note
        } else {
            NoteKind::Quote
        };
        let id = live.record.fresh_id();
        live.apply(&Change::Do(Op::AddNote(Note {
            id,
            session: "d2-approach".into(),
            kind,
            text: (*text).to_owned(),
            speaker: Some("ana".into()),
            at,
            item: None,
        })))
        .expect("note");
        let id = live.record.fresh_id();
        live.apply(&Change::Do(Op::AddStrategy {
            id,
            name: text.lines().next().expect("a line").to_owned(),
            index: i,
        }))
        .expect("strategy");
        let action = live.record.fresh_id();
        live.apply(&Change::Do(Op::AddAction {
            action: Action {
                id: action,
                text: (*text).to_owned(),
                owner: Some((*text).to_owned()),
                due: None,
                session: "d2-approach".into(),
                item: None,
                progress: Default::default(),
            },
            strategy: Some(id),
        }))
        .expect("action");
    }
    (live.record, texts)
}

fn outcomes_agenda() -> plenary::core::agenda::Agenda {
    let (agenda, _) = plenary::store::agenda_file::parse_agenda(
        "durban-2018.ron",
        plenary::example::DURBAN_AGENDA.as_bytes(),
    )
    .expect("agenda");
    agenda
}

/// Text as a list item or quote keeps it: each line trimmed.
fn as_lines(text: &str) -> String {
    text.trim()
        .lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn captured_text_never_turns_into_markdown() {
    let (record, texts) = nasty();
    let raw = minutes_markdown(&record, &Options::default());
    let md = parse_markdown(&raw);
    for text in &texts {
        let lines = as_lines(text);
        let notes = md
            .items
            .iter()
            .any(|i| i == &format!("{lines} (Ana Quispe Mamani)"));
        let quotes = md
            .quotes
            .iter()
            .any(|q| q == &format!("{lines}\n\n— Ana Quispe Mamani"));
        assert!(notes || quotes, "{text:?} is read back\n{raw}");
        let heading = text.lines().next().expect("a line").trim();
        assert!(
            headings(&md, 3).contains(&heading),
            "{heading:?} as a heading"
        );
        let cell: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let cell = cell.join("\n");
        assert!(
            md.tables
                .iter()
                .flatten()
                .any(|row| row[0] == cell && row[1] == cell),
            "{cell:?} as table cells"
        );
    }
}

#[test]
fn html_minutes_are_self_contained_escaped_and_carry_readable_qr_codes() {
    let (mut record, texts) = nasty();
    // The Durban outcomes as well, so the QR section has several parts.
    let durban = durban();
    record.proposals = durban.proposals.clone();
    record.resolutions = durban.resolutions.clone();
    let html = minutes_html(&record, &Options::default());
    let doc = Html::parse_document(&html);
    assert!(doc.errors.is_empty(), "parses cleanly: {:?}", doc.errors);
    let select = |s: &str| Selector::parse(s).expect("a selector");

    for banned in ["script", "link", "img", "iframe", "object", "embed", "base"] {
        assert_eq!(doc.select(&select(banned)).count(), 0, "no <{banned}>");
    }
    for element in doc.select(&select("*")) {
        for (name, value) in element.value().attrs() {
            assert!(name != "src", "no src attributes");
            let value = value.trim().to_ascii_lowercase();
            assert!(
                !value.contains("http:") && !value.contains("https:") && !value.starts_with("//"),
                "no external reference in {name}={value}"
            );
            if name == "href" {
                assert!(value.starts_with('#'), "links stay in the page");
            }
        }
    }
    let style: String = doc
        .select(&select("style"))
        .flat_map(|s| s.text())
        .collect();
    assert!(style.contains("@media print"));
    assert!(!style.contains("url(") && !style.contains("@import"));

    let h1: Vec<String> = doc
        .select(&select("h1"))
        .map(|h| h.text().collect())
        .collect();
    assert_eq!(h1, [record.plan.title.clone()]);
    let h2: Vec<String> = doc
        .select(&select("h2"))
        .map(|h| h.text().collect())
        .collect();
    assert!(h2.contains(&"Sessions".to_owned()));
    assert!(h2.contains(&"Outcomes to take home".to_owned()));
    assert_eq!(doc.select(&select("section")).count(), h2.len());

    // Text comes back exactly, markup characters and all.
    let items: Vec<String> = doc
        .select(&select("li"))
        .map(|li| li.text().collect())
        .collect();
    let quotes: Vec<String> = doc
        .select(&select("blockquote p:first-child"))
        .map(|p| p.text().collect())
        .collect();
    for text in &texts {
        let flat = as_lines(text).replace('\n', "");
        assert!(
            items
                .iter()
                .any(|i| i == &format!("{flat} (Ana Quispe Mamani)"))
                || quotes.contains(&flat),
            "{text:?}"
        );
    }

    // Each code is an inline SVG labelled by the text beside it, and decodes to that text.
    let svgs: Vec<_> = doc.select(&select("figure svg.qr")).collect();
    assert!(svgs.len() > 1, "several parts");
    for svg in svgs {
        assert_eq!(svg.value().attr("role"), Some("img"));
        let id = svg.value().attr("aria-labelledby").expect("labelled");
        let caption = doc
            .select(&select(&format!("figcaption#{id}")))
            .next()
            .expect("the caption");
        let text: String = caption.text().collect();
        assert!(text.starts_with(&format!(
            "{} ",
            summary::label(&record, &plenary::export::Options::default())
        )));
        assert_eq!(decode_svg(&svg.html()), text);
    }
}

#[test]
fn csv_has_one_row_an_action_and_round_trips_awkward_text() {
    let record = durban();
    let csv = actions_csv(&record, &plenary::export::Options::default()).expect("CSV");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        reader.headers().expect("a header"),
        ["strategy", "text", "owner", "due", "status", "session"].as_slice()
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(rows.len(), record.actions.len());
    assert!(rows.iter().all(|r| &r[4] == "open"));
    let survey = rows
        .iter()
        .find(|r| &r[1] == "Circulate the survey results to members")
        .expect("the survey action");
    assert_eq!(
        survey.iter().collect::<Vec<_>>(),
        [
            "",
            "Circulate the survey results to members",
            "Lucía Ferreyra",
            "2018-08-10",
            "open",
            "Overview of the July member survey"
        ]
    );
    assert_eq!(&rows[0][0], "Educating and informing members");

    let (awkward, texts) = nasty();
    let csv = actions_csv(&awkward, &plenary::export::Options::default()).expect("CSV");
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(csv.as_bytes())
        .records()
        .map(|r| r.expect("a row"))
        .collect();
    assert_eq!(rows.len(), texts.len());
    for (row, text) in rows.iter().zip(&texts) {
        assert_eq!(&row[0], text.lines().next().expect("a line"));
        assert_eq!(&row[1], *text, "commas, quotes and newlines survive");
        assert_eq!(&row[2], *text);
    }
}

/// The Durban record with the survey action done on 12 September 2018 and the primer dropped
/// on 1 October, as they are followed up after the meeting.
fn followed_up() -> (Record, Id, Id) {
    use plenary::core::record::{ActionProgress, ActionStatus};
    let mut record = durban();
    let id = |text: &str| {
        record
            .actions
            .iter()
            .find(|a| a.text == text)
            .map(|a| a.id)
            .expect("the action")
    };
    let (survey, primer) = (
        id("Circulate the survey results to members"),
        id("Write a primer on corporate capture"),
    );
    for (action, status, day) in [
        (survey, ActionStatus::Done, (9, 12)),
        (primer, ActionStatus::Dropped, (10, 1)),
    ] {
        let op = Op::SetActionProgress {
            id: action,
            progress: ActionProgress {
                status,
                since: chrono::NaiveDate::from_ymd_opt(2018, day.0, day.1),
            },
        };
        plenary::core::op::apply(&mut record, &op).expect("the status is set");
    }
    (record, survey, primer)
}

#[test]
fn csv_carries_each_actions_status_and_the_day_it_was_set() {
    let (record, _, _) = followed_up();
    let csv = actions_csv(&record, &Options::default()).expect("CSV");
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(csv.as_bytes())
        .records()
        .map(|r| r.expect("a row"))
        .collect();
    let status = |text: &str| {
        rows.iter()
            .find(|r| &r[1] == text)
            .map(|r| r[4].to_owned())
            .expect("the action's row")
    };
    assert_eq!(
        status("Circulate the survey results to members"),
        "done 2018-09-12"
    );
    assert_eq!(
        status("Write a primer on corporate capture"),
        "dropped 2018-10-01"
    );
    // An action nobody followed up reads as every action did before actions had a status.
    let open: Vec<_> = rows
        .iter()
        .filter(|r| &r[4] == "open")
        .map(|r| r[1].to_owned())
        .collect();
    assert_eq!(open.len(), record.actions.len() - 2, "{open:?}");
    let french = Options {
        language: Some(plenary::lang::Language::French),
        ..Options::default()
    };
    let csv = actions_csv(&record, &french).expect("CSV");
    assert!(csv.contains(",fait 2018-09-12,"), "{csv}");
    assert!(csv.contains(",à faire,"), "{csv}");
}

#[test]
fn minutes_show_an_actions_status_only_when_it_is_not_open() {
    let (record, _, _) = followed_up();
    let md = parse_markdown(&minutes_markdown(&record, &Options::default()));
    let survey = md
        .items
        .iter()
        .find(|i| i.starts_with("Circulate the survey results to members"))
        .expect("the survey action's item");
    assert!(survey.ends_with("done on 12 Sep 2018)"), "{survey}");
    let cells: Vec<&String> = md.tables.iter().flatten().flatten().collect();
    assert!(
        cells
            .iter()
            .any(|c| *c == "Write a primer on corporate capture (dropped on 1 Oct 2018)"),
        "{cells:?}"
    );
    // The others say nothing of a status: open is what every action is until followed up.
    let untouched = minutes_markdown(&durban(), &Options::default());
    for word in ["open on", "done on", "dropped on", "in progress"] {
        assert!(!untouched.contains(word), "{word}");
    }
    let minutes = minutes_markdown(&record, &Options::default());
    for (word, action) in [
        ("done on", "Circulate the survey results to members"),
        ("dropped on", "Write a primer on corporate capture"),
    ] {
        let lines: Vec<&str> = minutes.lines().filter(|l| l.contains(word)).collect();
        assert!(!lines.is_empty(), "{word}");
        assert!(lines.iter().all(|l| l.contains(action)), "{lines:?}");
    }
}

#[test]
fn json_carries_a_schema_version_and_reads_back_into_the_record() {
    let record = durban();
    let json = record_json(&record).expect("JSON");
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(value["schema_version"], 1);
    assert_eq!(value["plan"]["title"], record.plan.title.as_str());
    assert_eq!(record_from_json(&json).expect("reads back"), record);

    let (awkward, _) = nasty();
    let json = record_json(&awkward).expect("JSON");
    assert_eq!(record_from_json(&json).expect("reads back"), awkward);

    let newer = json.replacen("\"schema_version\": 1", "\"schema_version\": 99", 1);
    assert!(matches!(
        record_from_json(&newer),
        Err(JsonError::Newer(99))
    ));
    assert!(matches!(
        record_from_json("{\"schema_version\": 1}"),
        Err(JsonError::Parse(_))
    ));
}

#[test]
fn the_summary_names_no_one_unless_asked() {
    let record = durban();
    let plain = summary::meeting_summary(&record, &Options::default());
    for p in &record.plan.participants {
        assert!(!plain.contains(&p.name), "{} is not named", p.name);
    }
    let named = summary::meeting_summary(
        &record,
        &Options {
            names: true,
            ..Options::default()
        },
    );
    assert!(named.contains("Circulate the survey results to members (Lucía Ferreyra, by 10 Aug)"));
    // Phone-sized: no line break inside an item, short lines for headings.
    assert!(plain.lines().all(|l| !l.ends_with(' ')));
    for section in ["DECIDED", "STRATEGIES", "RESOLUTIONS", "NEXT STEPS"] {
        assert!(plain.lines().any(|l| l == section), "{section}");
    }
}

#[test]
fn a_session_summary_tells_that_session_only() {
    let record = durban();
    let options = Options::default();
    let decision = summary::session_summary(&record, "d3-decision", &options).expect("a session");
    // The times as the minutes give them: held, with the plan beside them where they differ.
    assert!(decision.starts_with(
        "Decision on the first pilot campaign\nAdvancing network-wide…, day 3 (Tuesday 24 July \
         2018), 14:03–15:41 (planned 14:00–16:00)\n"
    ));
    assert!(decision.contains(
        "DECIDED\n- Selected: Corporate capture: land, housing, natural resources and women's leadership\n- Continues as existing collective work: "
    ));
    assert!(!decision.contains("STRATEGIES"));
    let actions = summary::session_summary(&record, "d4-actions", &options).expect("a session");
    assert!(actions.contains("STRATEGIES\nEducating and informing members\n"));
    assert!(
        !actions.contains("Agree a shared format"),
        "filed in another session"
    );
    let welcome = summary::session_summary(&record, "d1-welcome", &options).expect("a session");
    assert!(welcome.contains("KEY POINTS\n"));
    let lunch = summary::session_summary(&record, "d1-lunch", &options).expect("a session");
    assert!(lunch.ends_with("No outcomes recorded yet."));
    assert_eq!(summary::session_summary(&record, "nope", &options), None);
}

#[test]
fn mid_meeting_exports_say_what_is_still_open() {
    let script = durban_script();
    let cut = script
        .iter()
        .position(|c| {
            matches!(c, Change::Do(Op::StartSession { session, .. }) if session == "d3-discussion")
        })
        .expect("the discussion starts")
        + 4;
    let mut live = Live::new(Record::new(outcomes_agenda()));
    for change in &script[..cut] {
        live.apply(change).expect("applies");
    }
    let record = live.record;
    let md = minutes_markdown(&record, &Options::default());
    assert!(md.contains(
        "Minutes so far of the meeting in Durban, South Africa, 22–25 July 2018 (in progress: 10 of 19 sessions held)."
    ));
    let parsed = parse_markdown(&md);
    let not_covered = parsed
        .items
        .iter()
        .filter(|i| i.starts_with("Not finished:") || i.starts_with("Not held:"))
        .cloned()
        .collect::<Vec<_>>();
    assert_eq!(not_covered.len(), 2, "{not_covered:?}");
    assert!(
        not_covered[0]
            .starts_with("Not finished: Discussion of the proposals (day 3, from 11:49 (running))")
    );
    assert!(not_covered[1].contains("Decision on the first pilot campaign"));
    assert!(not_covered[1].contains("Closing and next steps"));
    assert!(md.contains("*Decision, planned 14:00, 120 min — not held. Led by"));
    let text = summary::meeting_summary(&record, &Options::default());
    assert!(text.contains("(meeting in progress)"));
    assert!(text.contains("NEXT STEPS\n- Circulate the survey results to members (by 10 Aug)"));
    let html = minutes_html(&record, &Options::default());
    assert!(Html::parse_document(&html).errors.is_empty());
    assert!(actions_csv(&record, &plenary::export::Options::default()).is_ok());
}

#[test]
fn chatham_house_minutes_say_what_was_said_never_who_said_it() {
    let mut record = durban();
    record.plan.chatham_house = true;
    let owners: Vec<String> = record
        .actions
        .iter()
        .filter_map(|a| a.owner.clone())
        .collect();
    let options = Options::default();
    let md = minutes_markdown(&record, &options);
    let html = minutes_html(&record, &options);
    let text = summary::meeting_summary(&record, &options);
    for p in &record.plan.participants {
        if owners.contains(&p.id) {
            continue; // owners are named: an assignment, not an attribution
        }
        for (what, out) in [("Markdown", &md), ("HTML", &html), ("summary", &text)] {
            assert!(!out.contains(&p.name), "{} named in the {what}", p.name);
        }
    }
    for out in [&md, &html] {
        assert!(!out.contains("Led by") && !out.contains("Presented by"));
        assert!(
            !out.contains("Women Garment Workers"),
            "no organisations listed"
        );
        assert!(out.contains("Chatham House Rule"));
    }
    let parsed = parse_markdown(&md);
    assert!(
        parsed.quotes.iter().all(|q| !q.contains('—')),
        "quotes unattributed"
    );
    assert!(
        parsed
            .quotes
            .contains(&"Women's work holds up every economy and is counted in none.".to_owned())
    );
    assert!(
        !parsed.tables.iter().any(|t| t[0][0] == "Name"),
        "no participant list"
    );
    // What was said stays.
    assert!(md.contains("Who holds the data, and who may use it?"));
}

#[test]
fn an_empty_record_exports_without_fuss() {
    let record = Record::new(outcomes_agenda());
    let options = Options::default();
    let md = minutes_markdown(&record, &options);
    assert!(md.contains("No strategies yet."));
    assert!(md.contains("No resolutions recorded."));
    assert!(md.contains("No next steps recorded."));
    let text = summary::meeting_summary(&record, &options);
    assert!(text.ends_with("No outcomes recorded yet."));
    assert!(
        Html::parse_document(&minutes_html(&record, &options))
            .errors
            .is_empty()
    );
    assert_eq!(
        actions_csv(&record, &plenary::export::Options::default()).expect("CSV"),
        "strategy,text,owner,due,status,session\r\n"
    );
    let _ = Id(0);
}
