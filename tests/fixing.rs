//! Sessions and captures that can be fixed mid-meeting, through the real keys: rename a
//! session, change its kind and its leads, remove an empty one, add one of a chosen kind, name
//! both halves of a split, and move a note, card, proposal or resolution to another session.
//! Each change says what it did in the footer, and `u` takes it back.

mod common;

use common::screen::Screen;
use plenary::core::agenda::SessionKind;
use plenary::core::record::Record;

fn title(r: &Record, id: &str) -> String {
    r.plan
        .session(id)
        .map(|s| s.title.clone())
        .unwrap_or_default()
}

fn ids(r: &Record) -> Vec<String> {
    r.plan.sessions().map(|(_, s)| s.id.clone()).collect()
}

#[test]
fn a_session_is_renamed_with_dollar_and_u_takes_the_name_back() {
    let mut s = Screen::new(80, 24);
    s.keys("$");
    assert!(s.text().contains("Rename the session"), "{}", s.text());
    s.keys("<C-u>Welcome and introductions<Enter>");
    assert_eq!(title(&s.reloaded(), "open"), "Welcome and introductions");
    let screen = s.text();
    assert!(
        screen.contains("renamed Opening to Welcome and introductions — u undoes"),
        "{screen}"
    );
    s.keys("u");
    assert_eq!(title(&s.reloaded(), "open"), "Opening");
    assert!(s.text().contains("undone: renamed Opening"), "{}", s.text());
    // An empty title changes nothing, and says so.
    s.keys("$<C-u>   <Enter>");
    assert!(
        s.text().contains("nothing typed; nothing changed"),
        "{}",
        s.text()
    );
    assert_eq!(title(&s.reloaded(), "open"), "Opening");
}

#[test]
fn a_sessions_kind_is_picked_from_the_kinds_on_the_one_it_has() {
    let mut s = Screen::new(80, 24);
    s.keys("Y");
    let screen = s.text();
    assert!(
        screen.contains("What kind of session is Opening?"),
        "{screen}"
    );
    // The list opens on Talk, the opening's kind; the next one down is Discussion.
    s.keys("j<Enter>");
    let r = s.reloaded();
    assert_eq!(
        r.plan.session("open").map(|x| x.kind),
        Some(SessionKind::Discussion)
    );
    assert!(
        s.text()
            .contains("Opening is now a discussion session — u undoes"),
        "{}",
        s.text()
    );
    s.keys("u");
    assert_eq!(
        s.reloaded().plan.session("open").map(|x| x.kind),
        Some(SessionKind::Talk)
    );
}

#[test]
fn who_leads_a_session_is_ticked_among_the_participants() {
    let mut s = Screen::new(80, 24);
    // Ben leads the opening: he is ticked; Space ticks Ana too.
    s.keys("@");
    assert!(s.text().contains("Who leads Opening?"), "{}", s.text());
    s.keys("<Space><Enter>");
    let leads = |s: &Screen| {
        s.reloaded()
            .plan
            .session("open")
            .map(|x| x.leads.clone())
            .unwrap_or_default()
    };
    assert_eq!(leads(&s), ["ana", "ben"]);
    assert!(
        s.text()
            .contains("Opening is now led by Ana, Ben — u undoes"),
        "{}",
        s.text()
    );
    // Unticking both leaves it with no lead; u puts them back.
    s.keys("@<Space>j<Space><Enter>");
    assert!(leads(&s).is_empty());
    assert!(s.text().contains("Opening has no lead now"), "{}", s.text());
    s.keys("u");
    assert_eq!(leads(&s), ["ana", "ben"]);
}

#[test]
fn only_a_session_that_has_not_run_and_holds_nothing_is_removed() {
    let mut s = Screen::new(80, 24);
    s.keys("]]D");
    let r = s.reloaded();
    assert!(!ids(&r).contains(&"lunch".to_owned()), "{:?}", ids(&r));
    let screen = s.text();
    assert!(
        screen.contains("removed the session Lunch — u undoes"),
        "{screen}"
    );
    // The facilitator lands on the session after it.
    assert_eq!(s.app.current().map(|x| x.id.as_str()), Some("decide"));
    s.keys("u");
    assert!(ids(&s.reloaded()).contains(&"lunch".to_owned()));
    // A session that ran, or one holding a note, stays, and the footer says why.
    s.keys("[[[<Space>D");
    assert!(s.text().contains("Opening has started"), "{}", s.text());
    s.keys("]nA word<Enter><Esc>D");
    assert!(s.text().contains("Proposals holds notes"), "{}", s.text());
    let r = s.reloaded();
    assert!(ids(&r).contains(&"open".to_owned()) && ids(&r).contains(&"props".to_owned()));
}

#[test]
fn a_session_added_with_a_asks_for_its_kind() {
    let mut s = Screen::new(80, 24);
    s.keys("AReport back 20<Enter>");
    assert!(
        s.text().contains("What kind of session is Report back?"),
        "{}",
        s.text()
    );
    // It opens on Discussion; one up is Talk.
    s.keys("k<Enter>");
    let r = s.reloaded();
    let added = r.plan.session("report-back").expect("the session added");
    assert_eq!((added.kind, added.minutes), (SessionKind::Talk, Some(20)));
    assert!(
        s.text()
            .contains("added the session Report back (talk) — u undoes"),
        "{}",
        s.text()
    );
    // Esc on the kinds adds nothing.
    s.keys("AVisit the farm 60<Enter><Esc>");
    assert!(s.reloaded().plan.session("visit-the-farm").is_none());
}

#[test]
fn both_halves_of_a_split_are_named_and_one_u_takes_the_split_back() {
    let mut s = Screen::new(80, 24);
    s.keys("]|");
    assert!(s.text().contains("name the first half"), "{}", s.text());
    s.keys("<C-u>Presentations<Enter>");
    assert!(s.text().contains("name the second half"), "{}", s.text());
    // The second half is offered as the first's "(continued)".
    assert!(
        s.text().contains("Presentations (continued)"),
        "{}",
        s.text()
    );
    s.keys("<C-u>Assessment<Enter>");
    let r = s.reloaded();
    let halves: Vec<(String, Option<u32>)> = ["props", "props-2"]
        .iter()
        .filter_map(|id| r.plan.session(id))
        .map(|x| (x.title.clone(), x.minutes))
        .collect();
    assert_eq!(
        halves,
        [
            ("Presentations".to_owned(), Some(45)),
            ("Assessment".to_owned(), Some(45))
        ]
    );
    assert!(
        s.text().contains("split Assessment off Proposals"),
        "{}",
        s.text()
    );
    s.keys("u");
    let r = s.reloaded();
    assert_eq!(title(&r, "props"), "Proposals");
    assert!(r.plan.session("props-2").is_none());
    // Esc at either name splits nothing.
    s.keys("|<Enter><Esc>");
    assert!(s.reloaded().plan.session("props-2").is_none());
}

#[test]
fn a_note_typed_in_the_break_moves_to_the_session_before_it() {
    let mut s = Screen::new(80, 24);
    s.keys("]]nThe survey closes on Friday<Enter><Esc>M");
    let screen = s.text();
    assert!(
        screen.contains("Move the note to which session?"),
        "{screen}"
    );
    // The list opens on the session before the break.
    s.keys("<Enter>");
    let r = s.reloaded();
    assert_eq!(r.notes[0].session, "props");
    assert!(
        s.text()
            .contains("moved the note “The survey closes on Friday” to Proposals — u undoes"),
        "{}",
        s.text()
    );
    s.keys("u");
    assert_eq!(s.reloaded().notes[0].session, "lunch");
}

#[test]
fn a_card_a_proposal_and_a_resolution_move_to_another_session() {
    let mut s = Screen::new(120, 40);
    s.keys("]naction: Ana to share the survey<Enter>resolution: adopt the pilot<Enter><Esc>");
    // The card from the board, to the opening (the session before).
    s.keys("BM<Enter>");
    assert_eq!(s.reloaded().actions[0].session, "open");
    assert!(s.text().contains("moved the card"), "{}", s.text());
    // The resolution, to the decision session: two down from the opening.
    s.keys("RMjjj<Enter>");
    assert_eq!(s.reloaded().resolutions[0].session, "decide");
    // An agenda proposal is filed under a session of its own.
    s.keys("PM<Enter>");
    assert_eq!(s.reloaded().proposals[0].session.as_deref(), Some("open"));
    // Moving it where it already is changes nothing and says so.
    s.keys("PM<Enter>");
    assert!(
        s.text().contains("already filed under Opening"),
        "{}",
        s.text()
    );
}
