//! The meeting screen, driven as a person would: a record in, keys, the record out, and what
//! the screen shows. Every change goes through a real record on disk.

mod common;

use chrono::NaiveDate;
use common::screen::Screen;
use plenary::core::record::{Count, Decision, Method, NoteKind, ResolutionStatus, RunState};

#[test]
fn a_note_with_each_prefix_goes_where_it_belongs() {
    let mut s = Screen::new(80, 24);
    s.keys("n")
        .keys("Plain words<Enter>")
        .keys("key: data must come from communities<Enter>")
        .keys("q: who coordinates?<Enter>")
        .keys("\"Land is life\" — Ana<Enter>")
        .keys("action: Ana to circulate the survey results by 2018-08-10<Enter>")
        .keys("proposal: a pilot on corporate capture<Enter>")
        .keys("resolution: create an Action Group<Enter>")
        .keys("<Esc>");
    let r = s.reloaded();
    let notes: Vec<(NoteKind, &str, Option<&str>)> = r
        .notes
        .iter()
        .map(|n| (n.kind, n.text.as_str(), n.speaker.as_deref()))
        .collect();
    assert_eq!(
        notes,
        [
            (NoteKind::Note, "Plain words", None),
            (NoteKind::KeyPoint, "data must come from communities", None),
            (NoteKind::Question, "who coordinates?", None),
            (NoteKind::Quote, "Land is life", Some("ana")),
        ]
    );
    assert!(r.notes.iter().all(|n| n.session == "open" && n.at == s.now));
    assert_eq!(r.actions.len(), 1);
    // Ana is on the small agenda's list, so the owner is her; a name it does not list would
    // be no owner.
    assert_eq!(r.actions[0].owner.as_deref(), Some("ana"));
    assert_eq!(r.actions[0].due, NaiveDate::from_ymd_opt(2018, 8, 10));
    assert_eq!(
        r.unsorted,
        vec![r.actions[0].id],
        "a new action waits in Unsorted"
    );
    assert_eq!(
        r.proposals.last().map(|p| p.title.as_str()),
        Some("a pilot on corporate capture")
    );
    assert_eq!(r.resolutions[0].text, "create an Action Group");
    assert_eq!(r.resolutions[0].status, ResolutionStatus::Proposed);
    let screen = s.text();
    assert!(
        screen.contains("★ data must come from communities"),
        "{screen}"
    );
    assert!(screen.contains("❝ Land is life — Ana"), "{screen}");
}

#[test]
fn the_editor_keeps_typed_text_until_told_to_drop_it() {
    let mut s = Screen::new(80, 24);
    s.keys("nhalf a thought<Esc>");
    assert!(s.text().contains("Discard the text you typed? y/n"));
    s.keys("n");
    assert!(
        s.text().contains("half a thought"),
        "n goes back to the editor"
    );
    s.keys("<A-Enter>second line<Enter>");
    let r = s.reloaded();
    assert_eq!(r.notes[0].text, "half a thought\nsecond line");
    // Ctrl-C with text in the editor asks too; y quits.
    s.keys("more<C-c>");
    assert!(s.text().contains("Quit and lose the text you typed?"));
    assert!(!s.app.ui.quit);
    s.keys("y");
    assert!(s.app.ui.quit);
}

#[test]
fn kind_and_speaker_are_picked_in_the_editor() {
    let mut s = Screen::new(80, 24);
    s.keys("n<C-t><C-t><Tab>be<Enter>Who decides?<Enter><Esc>");
    let r = s.reloaded();
    assert_eq!(r.notes[0].kind, NoteKind::Question);
    assert_eq!(r.notes[0].speaker.as_deref(), Some("ben"));
    s.keys("e");
    assert!(s.text().contains("Edit note"));
    s.keys("<BS><BS><BS><BS><BS><BS><BS><BS>leads?<Enter>");
    assert_eq!(s.reloaded().notes[0].text, "Who leads?");
    s.keys("d");
    assert!(s.reloaded().notes.is_empty());
    s.keys("u");
    assert_eq!(s.reloaded().notes[0].text, "Who leads?");
}

#[test]
fn routed_lines_stay_in_the_log_where_they_were_typed() {
    let mut s = Screen::new(100, 30);
    s.keys("nFirst note<Enter>")
        .keys("action: Ana to circulate the survey by 2018-08-10<Enter>")
        .keys("proposal: a pilot on corporate capture<Enter>")
        .keys("resolution: create an Action Group<Enter>")
        .keys("Last note<Enter><Esc>");
    let screen = s.text();
    let rows: Vec<&str> = screen
        .lines()
        .filter_map(|l| l.split_once('│').map(|(_, body)| body.trim()))
        .filter(|body| !body.is_empty())
        .collect();
    let at = |what: &str| rows.iter().position(|r| r.contains(what));
    let order = [
        at("· First note"),
        at("→ Board: Ana to circulate the survey by 2018-08-10"),
        at("→ Proposals: a pilot on corporate capture"),
        at("→ Resolutions: create an Action Group"),
        at("· Last note"),
    ];
    assert!(order.iter().all(Option::is_some), "{screen}");
    assert!(order.is_sorted(), "in the order typed:\n{screen}");
    // From the log, e edits the line where it went, and d deletes it there.
    s.keys("<Up><Up><Up>e");
    assert!(s.text().contains("Edit the card"), "{}", s.text());
    s.keys("<Esc><Down><Down>d");
    let r = s.reloaded();
    assert!(r.resolutions.is_empty(), "the resolution is deleted");
    assert_eq!(r.actions.len(), 1);
    // The filter looks in the line as typed, owner included.
    s.keys("/ana<Enter>");
    let screen = s.text();
    assert!(screen.contains("→ Board: Ana to circulate"), "{screen}");
    assert!(!screen.contains("First note"), "{screen}");
}

#[test]
fn the_editors_title_says_what_the_prefix_will_file() {
    let mut s = Screen::new(120, 40);
    s.keys("n");
    assert!(s.text().contains("New note in Opening · note · speaker"));
    s.keys("key:");
    assert!(s.text().contains("· key point · speaker"), "{}", s.text());
    s.keys("<C-t>");
    assert!(
        s.text().contains("· key point · speaker"),
        "the prefix wins over the kind chosen"
    );
    s.keys(" one<A-Enter>action: Ana to write");
    assert!(s.text().contains("· 2 items · speaker"), "{}", s.text());
    s.keys("<Enter>");
    let r = s.reloaded();
    assert_eq!(r.notes[0].kind, NoteKind::KeyPoint);
    assert_eq!(r.actions.len(), 1, "as the title said: two items");
    // The editor stays open for the next note.
    s.keys("\"Land is life\" — Ana");
    assert!(s.text().contains("· quote · speaker"), "{}", s.text());
}

#[test]
fn the_editors_title_says_what_an_action_line_will_file_before_enter() {
    let mut s = Screen::new(120, 40);
    s.keys("naction: Ana to write the report by 2018-08-10");
    assert!(
        s.text()
            .contains("· action · owner: Ana · due 10 Aug 2018 · speaker"),
        "{}",
        s.text()
    );
    // An informal date reads against the session's day, Monday 23 July 2018, and shows resolved.
    let mut s = Screen::new(120, 40);
    s.keys("naction: Ana to write the report by next Wednesday");
    assert!(
        s.text()
            .contains("· action · owner: Ana · due 25 Jul 2018 · speaker"),
        "{}",
        s.text()
    );
    s.keys("<Enter>");
    let r = s.reloaded();
    assert_eq!(
        r.actions[0].due,
        chrono::NaiveDate::from_ymd_opt(2018, 7, 25)
    );
    assert_eq!(r.actions[0].text, "write the report");
    let mut s = Screen::new(120, 40);
    s.keys("naction: Take the discussion to the other group");
    assert!(
        s.text().contains("· action · no owner · speaker"),
        "words that name nobody are no owner:\n{}",
        s.text()
    );
    let mut s = Screen::new(120, 40);
    s.keys("naction: @Someone from staff to call back");
    assert!(
        s.text()
            .contains("· action · owner: Someone from staff · speaker"),
        "{}",
        s.text()
    );
    s.keys("<Enter>");
    let r = s.reloaded();
    let owners: Vec<_> = r.actions.iter().map(|a| a.owner.as_deref()).collect();
    assert_eq!(owners, [Some("Someone from staff")], "as the title said");
    assert_eq!(r.actions[0].text, "call back");
}

#[test]
fn a_long_note_is_shown_whole_under_the_list() {
    let mut s = Screen::new(80, 24);
    let long = "Members in every region collect the data with the communities affected, \
                share it through the network's hub, and agree each year which cases the \
                campaign takes up first; the secretariat keeps the calendar and reports to \
                the board.";
    s.keys("nA short one<Enter>")
        .keys(long)
        .keys("<Enter><Esc>");
    let screen = s.text();
    for word in ["Members", "campaign", "secretariat", "board."] {
        assert!(screen.contains(word), "{word} is in view:\n{screen}");
    }
    assert!(screen.contains("A short one"), "{screen}");
}

#[test]
fn the_footers_hints_give_way_whole_to_the_save_indicator() {
    let footer = |s: &mut Screen| s.text().lines().last().unwrap_or_default().to_owned();
    let mut s = Screen::new(60, 20);
    let main = footer(&mut s);
    assert!(main.ends_with(" ? keys     ✓ saved"), "{main:?}");
    assert!(!main.contains("e edit"), "{main:?}");
    s.keys("n");
    let editor = footer(&mut s);
    assert!(
        editor.starts_with(" Enter save · Alt-Enter new line · Tab speaker "),
        "{editor:?}"
    );
    assert!(editor.ends_with(" ✓ saved"), "{editor:?}");
    assert!(!editor.contains("C-t"), "no hint is cut:\n{editor:?}");
    // The editor's title keeps the kind and the speaker; the session's title gives way.
    s.keys("<Tab>be<Enter>");
    let screen = s.text();
    assert!(screen.contains("┌ note · speaker: Ben ─"), "{screen}");
    // A message longer than the room is cut with an ellipsis before the indicator.
    s.keys("key: a<A-Enter>action: Ana to write by 2018-08-10<Enter>");
    let message = footer(&mut s);
    assert!(message.contains("…"), "{message:?}");
    assert!(
        message.starts_with(" key point saved; action filed"),
        "{message:?}"
    );
    assert!(message.ends_with(" ✓ saved"), "{message:?}");
}

#[test]
fn scoring_and_deciding_proposals() {
    let mut s = Screen::new(80, 24);
    // First proposal: 4 on impact, 3 on fit (weight 2), three dots; select it.
    s.keys("P4l3+++s");
    // Second: park it with the suggested wording, then merge it instead.
    s.keys("j2p<Enter>");
    let r = s.reloaded();
    assert_eq!(r.proposals[0].scores.get("impact"), Some(&4));
    assert_eq!(r.proposals[0].scores.get("fit"), Some(&3));
    assert_eq!(r.proposal_total(&r.proposals[0]), 10);
    assert_eq!(r.proposals[0].dots, 3);
    assert_eq!(r.proposals[0].decision, Decision::Selected);
    assert_eq!(
        r.proposals[1].decision,
        Decision::Parked("continues as existing work".into())
    );
    s.keys("m<Enter>");
    let r = s.reloaded();
    assert_eq!(
        r.proposals[1].decision,
        Decision::MergedInto(r.proposals[0].id)
    );
    let screen = s.text();
    assert!(screen.contains("merged →"), "{screen}");
    assert!(screen.contains("selected"), "{screen}");
    assert!(
        screen.contains("█"),
        "the bar chart shows totals:\n{screen}"
    );
}

#[test]
fn adopting_a_resolution_with_a_vote() {
    let mut s = Screen::new(80, 24);
    s.keys("Ra")
        .keys("Create an Action Group to design the pilot<Enter>")
        .keys("v24 3 2<Enter>")
        .keys("s")
        .keys("p<Down><Enter>");
    let r = s.reloaded();
    let res = &r.resolutions[0];
    assert_eq!(res.text, "Create an Action Group to design the pilot");
    assert_eq!(
        res.method,
        Method::Vote {
            for_: Some(Count::Exact(24)),
            against: Some(Count::Exact(3)),
            abstain: Some(Count::Exact(2))
        }
    );
    assert_eq!(res.status, ResolutionStatus::Adopted);
    assert_eq!(res.proposal, Some(r.proposals[0].id));
    let screen = s.text();
    assert!(
        screen.contains("adopted  Create an Action Group"),
        "{screen}"
    );
    assert!(
        screen.contains("vote: 24 for, 3 against, 2 abstaining"),
        "{screen}"
    );
    // Linked to an adopted resolution, the proposal is selected, in Proposals too.
    assert_eq!(r.proposals[0].decision, Decision::Selected);
    // The list's row says how it was decided and what it settles.
    s.terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(160, 40)).expect("a terminal");
    let wide = s.text();
    let title = &r.proposals[0].title;
    assert!(
        wide.lines()
            .any(|l| l.contains("adopted  Create an Action Group")
                && l.contains("· vote: 24 for, 3 against, 2 abstaining · ⇢ ")
                && l.contains(title.as_str())),
        "{wide}"
    );
}

#[test]
fn undo_and_redo_one_change_at_a_time() {
    let mut s = Screen::new(80, 24);
    s.keys("nfirst<Enter>second<Enter><Esc>");
    s.keys("u");
    assert_eq!(s.reloaded().notes.len(), 1);
    s.keys("u");
    assert!(s.reloaded().notes.is_empty());
    s.keys("u");
    assert!(s.text().contains("nothing to undo"));
    s.keys("<C-r>");
    assert_eq!(s.reloaded().notes.len(), 1);
    s.keys("<C-r><C-r>");
    assert_eq!(s.reloaded().notes.len(), 2);
    assert!(s.text().contains("nothing to redo"));
}

#[test]
fn changing_the_agenda_mid_meeting() {
    let mut s = Screen::new(80, 24);
    s.keys("<Space>").wait(10);
    // Lengthen the opening by ten minutes, add a session after it, split the proposals round.
    s.keys(">>");
    s.keys("AReport back from the visit 20<Enter><Enter>");
    s.keys("]]|<Enter><Enter>");
    let r = s.reloaded();
    let day: Vec<(&str, Option<u32>)> = r.plan.days[0]
        .sessions
        .iter()
        .map(|x| (x.id.as_str(), x.minutes))
        .collect();
    assert_eq!(
        day,
        [
            ("open", Some(40)),
            ("report-back-from-the", Some(20)),
            ("props", Some(45)),
            ("props-2", Some(45)),
            ("lunch", Some(60)),
            ("decide", Some(60))
        ]
    );
    // Move the report-back later, past the proposals round, and skip it.
    s.keys("[J");
    let ids: Vec<&str> = s.app.live.record.plan.days[0]
        .sessions
        .iter()
        .map(|x| x.id.as_str())
        .collect();
    assert_eq!(ids[..3], ["open", "props", "report-back-from-the"]);
    s.keys("S");
    assert_eq!(
        s.reloaded().run("report-back-from-the").state,
        RunState::Skipped
    );
    let screen = s.text();
    assert!(
        screen.contains("» "),
        "the skipped session is marked:\n{screen}"
    );
}

#[test]
fn running_late_re_times_the_rest_of_the_day() {
    let mut s = Screen::new(80, 24);
    s.wait(15).keys("<Space>").wait(34).keys("E");
    let screen = s.text();
    assert!(
        screen.contains("running 14 min late; Lunch now at 11:14"),
        "{screen}"
    );
    assert!(screen.contains("· 11:14 Lunch"), "{screen}");
    s.keys("]<Space>").wait(100);
    let screen = s.text();
    assert!(screen.contains("▶ Proposals"), "{screen}");
    assert!(
        screen.contains("100:00 / 90:00"),
        "over time shows:\n{screen}"
    );
}

#[test]
fn the_outline_shows_every_day_with_the_current_one_open() {
    let wide = Screen::new(120, 40).text();
    assert!(wide.contains("▸ Day 2 · Tue 24 Jul · 2 sessions"), "{wide}");
    let mut s = Screen::new(80, 24);
    let screen = s.text();
    assert!(screen.contains("Day 1 · Mon 23 Jul"), "{screen}");
    // Narrow, the count gives way and the date stays whole.
    assert!(screen.contains("▸ Day 2 · Tue 24 Jul  "), "{screen}");
    assert!(
        !screen.contains("Action planning"),
        "day 2 is folded:\n{screen}"
    );
    // A session not started has no mark beside the day in the header: no "· ·".
    assert!(screen.contains(" Day 1 · Opening"), "{screen}");
    assert!(!screen.contains("· ·"), "{screen}");
    s.keys("<Space>").wait(5).keys("E]S]S]S]");
    let screen = s.text();
    assert!(screen.contains("▸ Day 1 · Mon 23 Jul ✓"), "{screen}");
    assert!(
        screen.lines().any(|l| l.starts_with("Day 2 · Tue 24 Jul ")),
        "day 2 is open:\n{screen}"
    );
    assert!(screen.contains("· 09:00 Action planning"), "{screen}");
}

#[test]
fn starting_the_next_session_pauses_the_one_running() {
    let mut s = Screen::new(80, 24);
    s.keys("<Space>").wait(5).keys("]<Space>");
    let r = s.reloaded();
    assert_eq!(r.run("open").state, RunState::Paused);
    assert_eq!(r.run("props").state, RunState::Running);
    assert_eq!(r.current.as_deref(), Some("props"));
}

#[test]
fn tabs_and_sessions_answer_to_the_mouse() {
    let mut s = Screen::new(80, 24);
    // The tabs row is the third row, right of the 28-column outline.
    s.click(28 + 12, 2);
    assert!(s.text().contains("Sum Dot Decision"));
    // The outline lists the day's sessions under its title: row 4 is the second session.
    s.click(5, 4);
    assert_eq!(s.app.live.record.current.as_deref(), Some("props"));
}

#[test]
fn help_lists_every_key_of_the_view() {
    let mut s = Screen::new(120, 45);
    s.keys("?");
    let screen = s.text();
    for expected in ["n", "Space", "]", "u", "C-r", "q"] {
        assert!(
            screen.contains(&format!(" {expected} ")),
            "help shows {expected}:\n{screen}"
        );
    }
    assert!(screen.contains("new note in the current session"));
    s.keys("x");
    assert!(!s.text().contains("any key closes"));
}

#[test]
fn q_quits_and_the_record_reopens_as_left() {
    let mut s = Screen::new(80, 24);
    s.keys("nIsiZulu: siyabonga 🙏<Enter><Esc>q");
    assert!(s.app.ui.quit);
    assert_eq!(s.reloaded().notes[0].text, "IsiZulu: siyabonga 🙏");
}

#[test]
fn running_a_speaker_queue_with_progressive_ordering() {
    let mut s = Screen::new(80, 24);
    s.keys("Q")
        .keys("aan<Enter>")
        .keys("abe<Enter>")
        .keys("aGuest from Kenya<Enter>");
    assert_eq!(
        s.app.live.record.speakers.queue,
        ["ana", "ben", "Guest from Kenya"]
    );
    s.keys("<Enter>")
        .wait(3)
        .keys("<Enter>")
        .wait(2)
        .keys("aan<Enter>o");
    // Ana has spoken, so progressive ordering puts the guest first.
    let r = s.reloaded();
    assert_eq!(
        r.speakers.floor.as_ref().map(|(who, _)| who.as_str()),
        Some("ben")
    );
    assert_eq!(
        r.speakers.next_up(s.now).map(String::as_str),
        Some("Guest from Kenya")
    );
    s.keys("<Enter>").wait(1).keys("s");
    let r = s.reloaded();
    let turns: Vec<(&str, i64)> = r
        .speakers
        .turns
        .iter()
        .map(|t| (t.speaker.as_str(), (t.end - t.start).num_minutes()))
        .collect();
    assert_eq!(turns, [("ana", 3), ("ben", 2), ("Guest from Kenya", 1)]);
    let screen = s.text();
    assert!(screen.contains("Speaking time by person"), "{screen}");
    assert!(
        screen.contains("Ana 3:00") || screen.contains("3:00 50%"),
        "{screen}"
    );
    s.keys("gg");
    assert!(s.text().contains("Speaking time by region"));
    assert!(s.text().contains("Latin America"));
}

#[test]
fn themes_cycle_and_colour_the_whole_screen() {
    use plenary::tui::theme::{BUILT_IN, Theme};
    use ratatui::style::Color;
    let mut s = Screen::new(80, 24);
    // The built-in themes whatever NO_COLOR says where the tests run.
    s.app.themes = BUILT_IN
        .iter()
        .filter_map(|t| Theme::parse(t).ok())
        .collect();
    let background = |s: &Screen| s.terminal.backend().buffer()[(40, 12)].bg;
    s.draw();
    assert_eq!(
        background(&s),
        Color::Reset,
        "the terminal's own colours first"
    );
    s.keys("T");
    assert!(s.text().contains("theme: projector-dark"));
    assert_eq!(background(&s), Color::Rgb(0, 0, 0));
    s.keys("T");
    assert_eq!(background(&s), Color::Rgb(255, 255, 255));
    s.keys("T");
    assert_eq!(background(&s), Color::Reset, "and round again");
}

/// A journal whose disk is full while the flag is set.
#[derive(Debug)]
struct FullDisk {
    inner: Box<dyn plenary::store::JournalFile>,
    full: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl plenary::store::JournalFile for FullDisk {
    fn append(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        if self.full.load(std::sync::atomic::Ordering::SeqCst) {
            return Err(std::io::Error::from_raw_os_error(28));
        }
        self.inner.append(bytes)
    }

    fn sync(&mut self) -> std::io::Result<()> {
        self.inner.sync()
    }

    fn truncate(&mut self, len: u64) -> std::io::Result<()> {
        self.inner.truncate(len)
    }
}

#[test]
fn a_full_disk_is_shown_until_every_change_is_written_and_quitting_offers_a_copy() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    let mut s = Screen::new(100, 30);
    let full = Arc::new(AtomicBool::new(true));
    let flag = Arc::clone(&full);
    s.app
        .store
        .as_mut()
        .expect("a writer")
        .wrap_journal(move |inner| Box::new(FullDisk { inner, full: flag }));
    s.keys("nWritten while the disk is full<Enter>second one<Enter><Esc>");
    let screen = s.text();
    assert!(screen.contains("⚠ 2 changes NOT on disk"), "{screen}");
    assert!(screen.contains("No space left on device"), "{screen}");
    assert!(!screen.contains("✓ saved"), "{screen}");
    assert_eq!(s.app.live.record.notes.len(), 2, "kept in memory");

    // Quitting asks, and offers a copy in another folder.
    s.keys("q");
    assert!(!s.app.ui.quit);
    assert!(s.text().contains("2 changes could not be written to disk"));
    s.keys("n");
    assert!(!s.app.ui.quit, "n stays");
    let copy = s.dir.path().join("usb").join("rec-copy");
    s.keys("qc<C-u>")
        .keys(&copy.display().to_string())
        .keys("<Enter>");
    assert!(
        s.text().contains("a copy of the whole record is in"),
        "{}",
        s.text()
    );
    let copied = plenary::store::load(&copy).expect("the copy loads");
    assert_eq!(
        copied.live, s.app.live,
        "the copy holds the unwritten changes too"
    );

    // Space comes back: the next tick writes everything, in order.
    full.store(false, Ordering::SeqCst);
    s.app.retry_unsaved();
    let screen = s.text();
    assert!(screen.contains("✓ saved"), "{screen}");
    let texts: Vec<String> = s.reloaded().notes.iter().map(|n| n.text.clone()).collect();
    assert_eq!(texts, ["Written while the disk is full", "second one"]);
    s.keys("q");
    assert!(s.app.ui.quit, "nothing unsaved: q quits at once");
}

#[test]
fn the_board_follows_a_card_up_one_key_a_status() {
    use plenary::core::record::{ActionProgress, ActionStatus};
    let mut s = Screen::new(80, 24);
    s.keys("Ba").keys("Ana to write the primer<Enter>");
    let today = Some(s.now.date());
    let progress = |s: &Screen| s.reloaded().actions[0].progress;
    assert_eq!(progress(&s), ActionProgress::default());
    let screen = s.text();
    assert!(
        !screen.contains("· open"),
        "an open card says nothing of it"
    );
    s.keys("c");
    assert_eq!(
        progress(&s),
        ActionProgress {
            status: ActionStatus::InProgress,
            since: today,
        }
    );
    let screen = s.text();
    assert!(screen.contains("Ana · in progress"), "{screen}");
    assert!(
        screen.contains("is in progress since 2018-07-23"),
        "{screen}"
    );
    s.keys("c");
    assert_eq!(progress(&s).status, ActionStatus::Done);
    assert!(s.text().contains("Ana · done"));
    // The wall shows it too.
    s.keys("W");
    let wall = s.text();
    assert!(wall.contains("Ana · done"), "{wall}");
    s.keys("W");
    // Undo takes back one status at a time, with the day it was set.
    s.keys("u");
    assert_eq!(
        progress(&s),
        ActionProgress {
            status: ActionStatus::InProgress,
            since: today,
        }
    );
    s.keys("ccc");
    assert_eq!(
        progress(&s),
        ActionProgress {
            status: ActionStatus::Open,
            since: today,
        },
        "round the cycle: done, dropped, open again"
    );
    // On an empty column there is no card to follow up.
    s.keys("sLand<Enter>lc");
    assert!(s.text().contains("no card here to follow up"));
}

/// An agenda whose proposals round takes up two of three proposals, on one of two criteria.
const WEIGHED: &str = r#"(
    title: "Weighing",
    place: "Room 1",
    criteria: [
        (id: "impact", title: "Impact"),
        (id: "fit", title: "Fit", weight: 2),
    ],
    proposals: [
        (id: "p1", title: "Alpha"),
        (id: "p2", title: "Beta"),
        (id: "p3", title: "Gamma"),
    ],
    days: [
        (date: "2018-07-23", sessions: [
            (id: "open", title: "Opening", kind: Talk, start: "09:00", minutes: 30),
            (id: "weigh", title: "Weighing", kind: Proposals, start: "09:30", minutes: 60,
             proposals: ["p3", "p1"], criteria: ["fit"]),
        ]),
    ],
)"#;

#[test]
fn the_proposals_tab_shows_the_sessions_own_proposals_first_on_its_criteria() {
    let agenda = plenary::store::agenda_file::parse_agenda("weighed.ron", WEIGHED.as_bytes())
        .expect("a valid agenda")
        .0;
    let mut s = Screen::of(WEIGHED, agenda, 80, 24);
    let matrix = |s: &mut Screen| -> Vec<String> {
        s.text()
            .lines()
            // The body, right of the outline.
            .filter_map(|l| l.split_once('│').map(|(_, body)| body.to_owned()))
            .skip_while(|l| !l.starts_with("Proposal"))
            .take_while(|l| !l.is_empty())
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    };
    // In the opening, which names none, every proposal in the record's order, on every
    // criterion.
    s.keys("<Space>P");
    assert_eq!(
        matrix(&mut s),
        [
            "Proposal Impact Fit Sum Dot Decision",
            "Alpha – – 0 0 open",
            "Beta – – 0 0 open",
            "Gamma – – 0 0 open",
        ]
    );
    // In the proposals round: its own two first, the other set apart; its one criterion.
    s.wait(30).keys("E]<Space>");
    assert_eq!(
        matrix(&mut s),
        [
            "Proposal Fit Sum Dot Decision",
            "Alpha – 0 0 open",
            "Gamma – 0 0 open",
            "── Other proposals",
            "Beta – 0 0 open",
        ]
    );
    // The keys act on the proposal and criterion shown: down to the third, scored 4 on fit;
    // down again skips the row between, to the second, which `s` selects.
    s.keys("j4j");
    assert!(
        s.text().contains("C1 Fit (counts ×2) · Beta"),
        "{}",
        s.text()
    );
    s.keys("s");
    let record = s.reloaded();
    // Each proposal as "title: scores; decision", in record order.
    let rows: Vec<String> = record
        .proposals
        .iter()
        .map(|p| format!("{}: {:?}; {:?}", p.title, p.scores, p.decision))
        .collect();
    assert_eq!(
        rows,
        [
            "Alpha: {}; Open",
            "Beta: {}; Selected",
            "Gamma: {\"fit\": 4}; Open",
        ]
    );
    // The third's total counts its fit twice.
    assert_eq!(
        matrix(&mut s),
        [
            "Proposal Fit Sum Dot Decision",
            "Alpha – 0 0 open",
            "Gamma 4 8 0 open",
            "── Other proposals",
            "Beta – 0 0 selected",
        ]
    );
    s.draw();
    insta::assert_snapshot!("weighed_80x24", s.terminal.backend());
    // A click on a row selects the proposal drawn there; on the row between, nothing.
    let row_of = |s: &mut Screen, title: &str| {
        s.text()
            .lines()
            .position(|l| {
                l.split_once('│')
                    .is_some_and(|(_, body)| body.starts_with(title))
            })
            .and_then(|y| u16::try_from(y).ok())
            .unwrap_or_else(|| panic!("no row {title}"))
    };
    let y = row_of(&mut s, "Gamma");
    s.click(30, y);
    assert!(s.text().contains("· Gamma"), "{}", s.text());
    let y = row_of(&mut s, "── Other proposals");
    s.click(30, y);
    assert!(s.text().contains("· Gamma"), "{}", s.text());
}
