//! Parallel tracks (issue 12, point 1): working groups running at the same time in different
//! rooms. Overlap across tracks is fine, and within one it is the over-full warning; each
//! track follows on from the plenary before it and the plenary after them begins when the
//! last ends; the live time plan re-times each track on its own; two groups run at once, and
//! starting the plenary pauses them; a note-taker chooses the group to capture into; the
//! minutes say each group's track and room.

mod common;

use chrono::{NaiveDate, NaiveDateTime};
use common::record_after;
use common::screen::Screen;
use plenary::core::agenda::SessionKind;
use plenary::core::commands;
use plenary::core::history::{Change, Live};
use plenary::core::op::Op;
use plenary::core::record::{Record, RunState};
use plenary::core::timing::{day_plan, hh_mm};
use plenary::export::Options;
use plenary::export::minutes::minutes_markdown;
use plenary::store::agenda_file::{agenda_warnings, parse_agenda};

/// A morning with two working groups in parallel between an opening and a report-back; the
/// land group meets twice, the second time following on from the first.
const GROUPS: &str = r#"(
    title: "Members' strategy meeting",
    place: "Community hall",
    participants: [
        (id: "ana", name: "Ana", organisation: "Org A", country: "Chile"),
        (id: "ben", name: "Ben", organisation: "Org B", country: "Kenya"),
    ],
    days: [
        (date: "2018-07-23", sessions: [
            (id: "open", title: "Opening", kind: Talk, start: "09:00", minutes: 30),
            (id: "land-1", title: "Land rights: the cases", track: "Land", room: "Room B", minutes: 60, leads: ["ana"]),
            (id: "land-2", title: "Land rights: what we ask", track: "Land", room: "Room B", minutes: 30),
            (id: "water", title: "Water: the campaign", track: "Water", room: "Garden", start: "09:30", minutes: 100, leads: ["ben"]),
            (id: "report", title: "Report-back", minutes: 30),
        ]),
    ],
)"#;

/// The agenda of `text`, with what `check` warns about it, one message a line.
fn agenda(text: &str) -> (plenary::core::agenda::Agenda, String) {
    let (agenda, text) =
        parse_agenda("groups.ron", text.as_bytes()).unwrap_or_else(|e| panic!("it checks: {e}"));
    let warnings: Vec<String> = agenda_warnings("groups.ron", &text, &agenda)
        .iter()
        .map(|w| format!("warning: {w}"))
        .collect();
    (agenda, warnings.join("\n"))
}

/// `hh:mm` on the meeting's day.
fn t(hh: u32, mm: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2018, 7, 23)
        .and_then(|d| d.and_hms_opt(hh, mm, 0))
        .expect("a valid time")
}

/// Each session of the day as "id planned→projected–end".
fn timed(record: &Record, now: NaiveDateTime) -> Vec<String> {
    day_plan(record, 0, now)
        .sessions
        .iter()
        .map(|s| {
            format!(
                "{} {}→{}–{}",
                s.id,
                hh_mm(s.planned_start),
                hh_mm(s.start),
                hh_mm(s.end)
            )
        })
        .collect()
}

#[test]
fn tracks_overlap_without_a_warning_and_each_follows_on_from_the_plenary() {
    let (agenda, warnings) = agenda(GROUPS);
    assert_eq!(warnings, "", "overlap across tracks is no warning");
    let planned: Vec<(Option<String>, Option<String>)> = agenda.days[0]
        .planned()
        .iter()
        .map(|p| {
            (
                p.start_time().map(|t| t.format("%H:%M").to_string()),
                p.end_time().map(|t| t.format("%H:%M").to_string()),
            )
        })
        .collect();
    let hm = |s: &str| Some(s.to_owned());
    assert_eq!(
        planned,
        [
            (hm("09:00"), hm("09:30")),
            // Land follows the opening, then itself; Water starts as given, beside it.
            (hm("09:30"), hm("10:30")),
            (hm("10:30"), hm("11:00")),
            (hm("09:30"), hm("11:10")),
            // The report-back waits for the last group: Water, at 11:10.
            (hm("11:10"), hm("11:40")),
        ]
    );
    assert_eq!(
        agenda.days[0].follows(),
        [vec![], vec![0], vec![1], vec![0], vec![2, 3]]
    );
    assert!(agenda.alongside("land-2", "water"));
    assert!(!agenda.alongside("land-1", "land-2"));
    assert!(!agenda.alongside("open", "water"));
}

#[test]
fn an_over_full_track_warns_naming_its_two_sessions_and_not_the_other_track() {
    let text = GROUPS.replace(
        r#"title: "Land rights: what we ask", track: "Land", room: "Room B", minutes: 30"#,
        r#"title: "Land rights: what we ask", track: "Land", room: "Room B", start: "10:00", minutes: 30"#,
    );
    let (_, warnings) = agenda(&text);
    assert!(
        warnings.contains("session `land-1` (09:30, 60 min) runs until 10:30, 30 min past the start of `land-2` at 10:00"),
        "{warnings}"
    );
    assert!(!warnings.contains("water"), "{warnings}");
    assert_eq!(warnings.matches("warning:").count(), 1, "{warnings}");
    // A group that starts before the plenary it follows is listed out of order.
    let early = GROUPS.replace(
        r#"track: "Water", room: "Garden", start: "09:30""#,
        r#"track: "Water", room: "Garden", start: "08:45""#,
    );
    let refused = refusal(&early);
    assert!(
        refused.contains("session `water` starts at 08:45, before `open` at 09:00"),
        "{refused}"
    );
}

/// What `check` says of an agenda it refuses (empty when it takes it).
fn refusal(text: &str) -> String {
    parse_agenda("groups.ron", text.as_bytes())
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default()
}

#[test]
fn an_empty_track_or_room_is_refused_at_its_field() {
    // Where `written` is, on the line of the session `water`: `line:column`, from 1.
    let at = |text: &str, written: &str| {
        let (i, line) = text
            .lines()
            .enumerate()
            .find(|(_, l)| l.contains("id: \"water\""))
            .unwrap_or_default();
        let col = line
            .find(written)
            .map_or(0, |c| line[..c].chars().count() + 1);
        format!("{}:{col}", i + 1)
    };
    // The message's first line; the lines after it show the source, marked.
    let said = |text: &str| refusal(text).lines().next().unwrap_or_default().to_owned();
    let text = GROUPS.replace(r#"track: "Water""#, r#"track: " ""#);
    assert_eq!(
        said(&text),
        format!(
            "groups.ron:{}: session `water` has an empty track; expected the name of the group \
             or breakout it runs in, or leave `track` out for the plenary",
            at(&text, "\" \"")
        ),
    );
    let text = GROUPS.replace(r#"room: "Garden""#, r#"room: """#);
    assert_eq!(
        said(&text),
        format!(
            "groups.ron:{}: session `water` has an empty room; expected where it is held, or \
             leave `room` out",
            at(&text, "\"\"")
        ),
    );
}

#[test]
fn two_groups_run_at_once_and_the_plenary_pauses_them() {
    let (agenda, _) = agenda(GROUPS);
    let mut live = Live::new(Record::new(agenda));
    apply(&mut live, |r| commands::start_or_pause(r, "open", t(9, 0)));
    let state = |live: &Live, id: &str| live.record.run(id).state;
    // The opening ends; both groups start, and the first keeps running beside the second.
    apply(&mut live, |r| commands::end_session(r, "open", t(9, 30)));
    apply(&mut live, |r| {
        commands::start_or_pause(r, "land-1", t(9, 31))
    });
    apply(&mut live, |r| {
        commands::start_or_pause(r, "water", t(9, 32))
    });
    assert_eq!(state(&live, "land-1"), RunState::Running);
    assert_eq!(state(&live, "water"), RunState::Running);
    // The same track's next session takes over from its first, not from the other group.
    apply(&mut live, |r| {
        commands::start_or_pause(r, "land-2", t(10, 30))
    });
    assert_eq!(state(&live, "land-1"), RunState::Paused);
    assert_eq!(state(&live, "water"), RunState::Running);
    assert_eq!(state(&live, "land-2"), RunState::Running);
    // The op itself refuses a second session of one track, as it refuses two plenaries.
    let refused = live.apply(&Change::Do(Op::StartSession {
        session: "land-1".into(),
        at: t(10, 31),
    }));
    assert!(refused.is_err(), "{refused:?}");
    // The report-back brings the room together: every group still running pauses.
    apply(&mut live, |r| {
        commands::start_or_pause(r, "report", t(11, 15))
    });
    assert_eq!(state(&live, "land-2"), RunState::Paused);
    assert_eq!(state(&live, "water"), RunState::Paused);
    assert_eq!(state(&live, "report"), RunState::Running);
}

fn agenda_of(text: &str) -> plenary::core::agenda::Agenda {
    agenda(text).0
}

/// Carries out a command on the live record, as the screen does.
fn apply(live: &mut Live, command: impl Fn(&Record) -> commands::Ops) {
    let ops = command(&live.record);
    for op in ops.unwrap_or_else(|refusal| panic!("refused: {}", refusal.0)) {
        live.apply(&Change::Do(op.clone()))
            .unwrap_or_else(|e| panic!("{op:?}: {e}"));
    }
}

#[test]
fn the_time_plan_re_times_each_track_on_its_own() {
    // The land group starts 20 minutes late; the water group on time.
    let ops = vec![
        common::start("open", t(9, 0)),
        common::end("open", t(9, 30)),
        common::start("water", t(9, 30)),
        common::start("land-1", t(9, 50)),
    ];
    let record = record_after(agenda_of(GROUPS), ops);
    assert_eq!(
        timed(&record, t(9, 55)),
        [
            "open 09:00→09:00–09:30",
            "land-1 09:30→09:50–10:50",
            // Land's second session slips with it…
            "land-2 10:30→10:50–11:20",
            // …the water group does not…
            "water 09:30→09:30–11:10",
            // …and the report-back waits for land, now the last to end.
            "report 11:10→11:20–11:50",
        ]
    );
    // Land ran late but is pending beside a running group: not passed by.
    let plan = day_plan(&record, 0, t(9, 55));
    assert!(plan.sessions.iter().all(|s| !s.passed));
    assert_eq!(
        plan.drift_minutes(),
        Some(20),
        "land-2 is the next: 20 late"
    );
}

#[test]
fn a_note_taker_chooses_the_group_to_capture_into() {
    let (agenda, _) = agenda(GROUPS);
    let mut s = Screen::of(GROUPS, agenda, 100, 30);
    s.now = t(9, 0);
    s.keys("<Space>");
    s.now = t(9, 30);
    s.keys("E]");
    s.keys("<Space>");
    s.now = t(9, 31);
    // The room's current session is land-1; the water note-taker picks the water group.
    s.keys("G");
    let picker = s.text();
    assert!(picker.contains("Capture into which group?"), "{picker}");
    assert!(
        picker.contains("the room: Land rights: the cases"),
        "{picker}"
    );
    assert!(
        picker.contains("Land · Land rights: the cases · running"),
        "{picker}"
    );
    assert!(picker.contains("Water · Water: the campaign"), "{picker}");
    s.keys("<Down><Down><Down><Enter>");
    let screen = s.text();
    assert!(
        screen.contains("capturing into Water: Water: the campaign"),
        "{screen}"
    );
    assert!(
        screen.contains("Water · Water: the campaign"),
        "the header says where: {screen}"
    );
    s.keys("nThe campaign needs a map of the wells<Enter><Esc>");
    let record = s.reloaded();
    let note = record.notes.last().expect("a note");
    assert_eq!(note.text, "The campaign needs a map of the wells");
    assert_eq!(note.session, "water");
    // The room stayed where it was: only this screen chose the group.
    assert_eq!(record.current.as_deref(), Some("land-1"));
    // Back to the room (the list opens on the group chosen), the next note goes to the
    // room's session.
    s.keys("G<Up><Up><Up><Enter>");
    let screen = s.text();
    assert!(
        screen.contains("following the room: notes go to Land rights: the cases"),
        "{screen}"
    );
    s.keys("nThree cases from the coast<Enter><Esc>");
    let record = s.reloaded();
    assert_eq!(
        record.notes.last().map(|n| n.session.as_str()),
        Some("land-1")
    );
    // Started from the group's screen, the water group runs beside the land group, and the
    // room stays on the land group it went to first.
    s.keys("G<Down><Down><Down><Enter><Space>");
    let record = s.reloaded();
    assert_eq!(record.run("water").state, RunState::Running);
    assert_eq!(record.run("land-1").state, RunState::Running);
    assert_eq!(record.current.as_deref(), Some("land-1"));
    let outline = s.text();
    assert!(outline.contains("▶ 09:31 ╎ Water: the"), "{outline}");
}

#[test]
fn on_a_day_without_tracks_g_says_so() {
    let mut s = Screen::new(100, 30);
    s.keys("G");
    let screen = s.text();
    assert!(
        screen.contains("no working groups run in parallel on this day"),
        "{screen}"
    );
}

#[test]
fn the_minutes_say_each_groups_track_and_room() {
    let ops = vec![
        common::start("open", t(9, 0)),
        common::end("open", t(9, 30)),
        common::start("land-1", t(9, 30)),
        common::start("water", t(9, 30)),
        common::end("land-1", t(10, 30)),
        common::end("water", t(11, 10)),
    ];
    let record = record_after(agenda_of(GROUPS), ops);
    let minutes = minutes_markdown(&record, &Options::default());
    assert!(
        minutes.contains("*Discussion, 09:30–10:30, in parallel: Land, in Room B. Led by Ana.*"),
        "{minutes}"
    );
    assert!(
        minutes.contains("*Discussion, 09:30–11:10, in parallel: Water, in Garden. Led by Ben.*"),
        "{minutes}"
    );
    let opening = minutes
        .lines()
        .find(|l| l.starts_with("*Talk"))
        .unwrap_or_default();
    assert!(!opening.contains("parallel"), "{opening}");
    // A track with no other group beside it did not run in parallel: the minutes say only its
    // track.
    let alone = GROUPS.replace(
        r#"track: "Water", room: "Garden", start: "09:30""#,
        r#"track: "Land", room: "Garden", start: "11:00""#,
    );
    let record = record_after(agenda(&alone).0, Vec::new());
    let minutes = minutes_markdown(&record, &Options::default());
    assert!(minutes.contains(", track: Land, in Garden"), "{minutes}");
    assert!(!minutes.contains("in parallel"), "{minutes}");
}

#[test]
fn the_template_and_the_readme_show_tracks_and_they_plan_as_they_say() {
    let (template, warnings) = agenda(include_str!("../agendas/template.ron"));
    assert_eq!(warnings, "");
    let day = template
        .days
        .iter()
        .find(|d| d.sessions.iter().any(|s| s.track.is_some()))
        .expect("a day with tracks in the template");
    let at = |id: &str| {
        let index = day.sessions.iter().position(|s| s.id == id);
        index
            .and_then(|i| day.planned().get(i).copied())
            .and_then(|p| p.start_time())
            .map(|t| t.format("%H:%M").to_string())
    };
    assert_eq!(at("group-housing").as_deref(), Some("12:00"));
    assert_eq!(at("group-land").as_deref(), Some("12:00"));
    assert_eq!(at("report-back").as_deref(), Some("13:00"));
    assert!(day.sessions.iter().any(|s| s.room.is_some()));

    let readme = include_str!("../README.md");
    let from = readme
        .find("Working groups or breakouts that meet at the same time")
        .expect("the README tells tracks");
    let snippet = readme[from..]
        .split("```ron\n")
        .nth(1)
        .and_then(|s| s.split("```").next())
        .expect("an example");
    let example =
        format!("(title: \"Example\", days: [(date: \"2026-06-01\", sessions: [\n{snippet}])])");
    let (example, warnings) = agenda(&example);
    assert_eq!(warnings, "");
    let starts: Vec<String> = example.days[0]
        .planned()
        .iter()
        .filter_map(|p| p.start_time())
        .map(|t| t.format("%H:%M").to_string())
        .collect();
    assert_eq!(starts, ["11:00", "12:00", "12:00", "13:00"]);
}

#[test]
fn the_programme_gives_each_groups_track_and_room_in_the_meetings_language() {
    use plenary::export::programme::programme_html;
    use plenary::lang::Language;
    let (agenda, _) = agenda(GROUPS);
    let english = programme_html(&agenda, None);
    let row = |html: &str, id: &str| {
        let from = html.find(&format!("<tr id=\"session-{id}\"")).unwrap_or(0);
        html[from..]
            .split("</tr>")
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    let water = row(&english, "water");
    assert!(
        water.contains("In parallel: <bdi>Water</bdi> · Where: <bdi>Garden</bdi>"),
        "{water}"
    );
    assert!(!row(&english, "open").contains("parallel"));
    let spanish = programme_html(&agenda, Some(Language::Spanish));
    assert!(
        row(&spanish, "land-1").contains("En paralelo: <bdi>Land</bdi> · Lugar: <bdi>Room B</bdi>"),
        "{spanish}"
    );
}

#[test]
fn tracks_begin_again_after_each_plenary_and_an_unknown_end_leaves_the_plenary_unknown() {
    let text = r#"(
        title: "Two rounds",
        days: [(date: "2018-07-23", start: "09:00", sessions: [
            (id: "a1", title: "A, first round", track: "A", minutes: 30),
            (id: "b1", title: "B, first round", track: "B"),
            (id: "report", title: "Report-back", start: "10:00", minutes: 20),
            (id: "a2", title: "A, second round", track: "A", minutes: 40),
            (id: "b2", title: "B, second round", track: "B", minutes: 50),
            (id: "close", title: "Close", minutes: 10),
        ])],
    )"#;
    let (rounds, warnings) = agenda(text);
    assert_eq!(warnings, "");
    let day = &rounds.days[0];
    // The first groups of a day follow its start; the second round follows the report-back,
    // not the first round of its track.
    assert_eq!(
        day.follows(),
        [vec![], vec![], vec![0, 1], vec![2], vec![2], vec![3, 4]]
    );
    let starts: Vec<Option<String>> = day
        .planned()
        .iter()
        .map(|p| p.start_time().map(|t| t.format("%H:%M").to_string()))
        .collect();
    let hm = |s: &str| Some(s.to_owned());
    assert_eq!(
        starts,
        [
            hm("09:00"),
            hm("09:00"),
            // B has no length, so the report-back is known only from its own start.
            hm("10:00"),
            hm("10:20"),
            hm("10:20"),
            // The close waits for the later group, B at 11:10.
            hm("11:10"),
        ]
    );
    let unknown = text.replace(r#"start: "10:00", minutes: 20"#, "minutes: 20");
    let (unknown, _) = agenda(&unknown);
    let report = unknown.days[0].planned()[2];
    assert_eq!(
        report.start, None,
        "B's end is not known, so neither is the report-back's start"
    );
}

#[test]
fn the_phone_page_names_each_groups_track_in_the_days_list() {
    use plenary::export::phone::phone_view;
    let ops = vec![
        common::start("open", t(9, 0)),
        common::end("open", t(9, 30)),
        common::start("land-1", t(9, 30)),
        common::start("water", t(9, 30)),
    ];
    let record = record_after(agenda_of(GROUPS), ops);
    let view = phone_view(&record, t(9, 40));
    let day = view.day.expect("the day");
    let lines: Vec<(&str, &str)> = day
        .sessions
        .iter()
        .map(|s| (s.title.as_str(), s.run))
        .collect();
    assert_eq!(
        lines,
        [
            ("Opening", "done"),
            ("Land · Land rights: the cases", "running"),
            ("Land · Land rights: what we ask", "pending"),
            ("Water · Water: the campaign", "running"),
            ("Report-back", "pending"),
        ]
    );
}

#[test]
fn groups_on_different_days_do_not_run_beside_each_other() {
    let text = r#"(
        title: "Two days of groups",
        days: [
            (date: "2018-07-23", sessions: [(id: "a", title: "A", track: "A", start: "09:00", minutes: 60)]),
            (date: "2018-07-24", sessions: [(id: "b", title: "B", track: "B", start: "09:00", minutes: 60)]),
        ],
    )"#;
    let (two_days, _) = agenda(text);
    assert!(!two_days.alongside("a", "b"));
    assert!(!two_days.alongside("a", "no-such-session"));
    // So starting the second day's group pauses the first day's, as any two sessions do.
    let mut live = Live::new(Record::new(two_days));
    apply(&mut live, |r| commands::start_or_pause(r, "a", t(9, 0)));
    apply(&mut live, |r| commands::start_or_pause(r, "b", t(9, 30)));
    assert_eq!(live.record.run("a").state, RunState::Paused);
}

/// A day of two blocks of groups, parted by lunch, and a second day.
const BLOCKS: &str = r#"(
    title: "Two blocks",
    days: [
        (date: "2018-07-23", sessions: [
            (id: "open", title: "Opening", start: "09:00", minutes: 30),
            (id: "land-am", title: "Land AM", track: "Land", minutes: 60),
            (id: "water-am", title: "Water AM", track: "Water", minutes: 60),
            (id: "lunch", title: "Lunch", kind: Break, minutes: 60),
            (id: "forest-pm", title: "Forest PM", track: "Forest", minutes: 60),
            (id: "sea-pm", title: "Sea PM", track: "Sea", minutes: 60),
            (id: "close", title: "Close", minutes: 30),
        ]),
        (date: "2018-07-24", sessions: [(id: "next", title: "Next day", start: "09:00", minutes: 30)]),
    ],
)"#;

#[test]
fn a_morning_group_does_not_run_beside_the_afternoons() {
    let (blocks, _) = agenda(BLOCKS);
    assert!(blocks.alongside("land-am", "water-am"));
    assert!(
        !blocks.alongside("water-am", "forest-pm"),
        "lunch parts them"
    );
    let mut live = Live::new(Record::new(blocks));
    apply(&mut live, |r| {
        commands::start_or_pause(r, "land-am", t(9, 30))
    });
    apply(&mut live, |r| {
        commands::start_or_pause(r, "water-am", t(9, 30))
    });
    apply(&mut live, |r| {
        commands::end_session(r, "land-am", t(10, 30))
    });
    // The water group was left running over lunch; the afternoon's first group pauses it.
    apply(&mut live, |r| {
        commands::start_or_pause(r, "forest-pm", t(11, 30))
    });
    assert_eq!(live.record.run("water-am").state, RunState::Paused);
    assert_eq!(live.record.run("forest-pm").state, RunState::Running);
}

#[test]
fn a_morning_group_that_never_met_is_passed_by_once_the_afternoon_starts() {
    let ops = vec![
        common::start("open", t(9, 0)),
        common::end("open", t(9, 30)),
        common::start("land-am", t(9, 30)),
        common::end("land-am", t(10, 30)),
        common::start("forest-pm", t(11, 30)),
    ];
    let record = record_after(agenda(BLOCKS).0, ops);
    let plan = day_plan(&record, 0, t(11, 35));
    let passed: Vec<&str> = plan
        .sessions
        .iter()
        .filter(|s| s.passed)
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(passed, ["water-am", "lunch"]);
    // The morning's group that never met pushes nothing back: the day is late only by Sea
    // PM, beside Forest PM, which has not begun at 11:35.
    assert_eq!(plan.drift_minutes(), Some(5));
}

#[test]
fn a_session_added_after_a_groups_is_the_groups_next_and_the_groups_run_on() {
    let (groups, _) = agenda(GROUPS);
    let mut live = Live::new(Record::new(groups));
    apply(&mut live, |r| {
        commands::start_or_pause(r, "land-1", t(9, 30))
    });
    apply(&mut live, |r| {
        commands::start_or_pause(r, "water", t(9, 30))
    });
    apply(&mut live, |r| {
        commands::add_session(r, "land-1", "Land: a visitor 20", SessionKind::Talk)
    });
    let added = live
        .record
        .plan
        .sessions()
        .map(|(_, s)| s)
        .find(|s| s.title == "Land: a visitor")
        .cloned()
        .expect("added");
    assert_eq!(added.track.as_deref(), Some("Land"));
    assert_eq!(added.room.as_deref(), Some("Room B"));
    assert!(live.record.plan.alongside(&added.id, "water"));
    apply(&mut live, |r| {
        commands::start_or_pause(r, &added.id, t(10, 30))
    });
    assert_eq!(live.record.run("water").state, RunState::Running);
    assert_eq!(live.record.run("land-1").state, RunState::Paused);
}

#[test]
fn k_and_j_move_a_session_only_past_one_of_its_own_track() {
    let (groups, _) = agenda(GROUPS);
    let record = Record::new(groups);
    for (id, later, neighbour) in [
        ("land-2", true, "water"),
        ("water", true, "report"),
        ("land-1", false, "open"),
    ] {
        let refused = commands::move_session(&record, id, later)
            .err()
            .map(|r| r.0)
            .unwrap_or_default();
        assert!(
            refused.starts_with(&format!("`{neighbour}` is not in the same track as `{id}`")),
            "{id}: {refused}"
        );
    }
    // Within its own track it swaps, as before.
    let ops = commands::move_session(&record, "land-1", true).unwrap_or_else(|r| panic!("{}", r.0));
    let moved = record_after(record.plan.clone(), ops);
    let land: Vec<&str> = moved.plan.days[0]
        .sessions
        .iter()
        .filter(|s| s.track.as_deref() == Some("Land"))
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(land, ["land-2", "land-1"]);
}

#[test]
fn no_change_of_the_plan_parts_two_groups_running_beside_each_other() {
    let (blocks, _) = agenda(BLOCKS);
    let mut live = Live::new(Record::new(blocks));
    apply(&mut live, |r| {
        commands::start_or_pause(r, "land-am", t(9, 30))
    });
    apply(&mut live, |r| {
        commands::start_or_pause(r, "water-am", t(9, 30))
    });
    let before = live.record.clone();
    let refusals = [
        // Another day.
        Op::MoveSession {
            session: "water-am".into(),
            day: 1,
            index: 0,
            start: None,
        },
        // After lunch, into the afternoon's block.
        Op::MoveSession {
            session: "water-am".into(),
            day: 0,
            index: 4,
            start: None,
        },
        // A plenary session between them.
        Op::AddSession {
            day: 0,
            index: 2,
            session: agenda(
                r#"(title: "x", days: [(date: "2018-07-23", sessions: [(id: "talk", title: "A talk")])])"#,
            )
            .0
            .days[0]
                .sessions[0]
                .clone(),
        },
    ];
    for op in refusals {
        let refused = live.apply(&Change::Do(op.clone()));
        let said = refused.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(
            said.contains("are running beside each other; the change would part them"),
            "{op:?}: {said}"
        );
        assert_eq!(live.record, before, "{op:?} left the record as it was");
    }
    // A group moved within its block is fine.
    let within = Op::MoveSession {
        session: "water-am".into(),
        day: 0,
        index: 1,
        start: None,
    };
    live.apply(&Change::Do(within)).expect("within its block");
}

#[test]
fn the_phone_page_is_on_the_group_the_room_is_on() {
    use plenary::export::phone::phone_view;
    let (groups, _) = agenda(GROUPS);
    let mut live = Live::new(Record::new(groups));
    // The room goes to the water group first; the land group starts beside it.
    apply(&mut live, |r| {
        commands::start_or_pause(r, "water", t(9, 30))
    });
    apply(&mut live, |r| {
        commands::start_or_pause(r, "land-1", t(9, 31))
    });
    assert_eq!(live.record.current.as_deref(), Some("water"));
    let view = phone_view(&live.record, t(9, 40));
    let now = view.current.expect("a session now");
    assert_eq!(now.title, "Water: the campaign");
}

#[test]
fn the_group_picker_speaks_the_meetings_language() {
    let text = GROUPS.replacen(
        "place: \"Community hall\",",
        "place: \"Community hall\", language: \"es\",",
        1,
    );
    let (spanish, _) = agenda(&text);
    let mut s = Screen::of(&text, spanish, 100, 30);
    s.keys("G");
    let screen = s.text();
    assert!(screen.contains("¿En qué grupo tomar notas?"), "{screen}");
    assert!(screen.contains("la sala: su sesión actual"), "{screen}");
    s.keys("<Down><Enter>");
    let screen = s.text();
    assert!(
        screen.contains("notas en Land: Land rights: the cases; G cambia de grupo"),
        "{screen}"
    );
    // The refusal to move a group past another track's session is in Spanish too.
    s.keys("G<Up><Enter>]]J");
    let screen = s.text();
    assert!(
        screen.contains("`water` no está en el mismo eje que `land-2`"),
        "{screen}"
    );
}

#[test]
fn a_sessions_message_points_at_the_session_not_an_option_of_the_same_id() {
    // An option written before the days has the id `a`, and so does the session refused.
    let text = r#"(
        title: "Options first",
        proposals: [(id: "p", title: "P", options: [(id: "a", title: "One"), (id: "b", title: "Two")])],
        days: [(date: "2018-07-23", sessions: [
            (id: "b", title: "Fine", start: "09:00", minutes: 30),
            (id: "a", title: " ", track: "A group", minutes: 30),
        ])],
    )"#;
    let said = refusal(text);
    let line = text
        .lines()
        .position(|l| l.contains("(id: \"a\", title: \" \""))
        .map_or(0, |i| i + 1);
    assert!(
        said.starts_with(&format!("groups.ron:{line}:18: session `a` needs a title")),
        "{said}"
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// Random changes on a day of two blocks of groups never leave two sessions running that
    /// may not run together, and a refused change changes nothing.
    #[test]
    fn random_changes_among_tracks_keep_the_invariants(
        picks in proptest::collection::vec(
            (0..common::KINDS, 0..64usize, 0..64usize, 0..64usize),
            1..120,
        )
    ) {
        let mut live = Live::new(Record::new(agenda(BLOCKS).0));
        for (minute, (kind, a, b, c)) in picks.into_iter().enumerate() {
            let before = live.clone();
            let pick = common::Pick { kind, a, b, c };
            let change = common::change_for(&live, pick, minute as i64);
            match live.apply(&change) {
                Ok(()) => common::assert_invariants(&live.record),
                Err(_) => proptest::prop_assert_eq!(&live, &before),
            }
        }
    }
}
