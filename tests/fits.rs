//! Text that fits and names on the wall (issue 13): cards, note rows, agenda titles and
//! proposal headers are cut at a word with `…`, cards wrap to three lines and the focused one
//! shows all of its text, and cards name their owner as the participant list does.

mod common;

use common::screen::Screen;
use plenary::core::history::Change;
use plenary::core::op::Op;
use plenary::core::record::Action;
use plenary::store::agenda_file::parse_agenda;

const DURBAN: &str = include_str!("../agendas/durban-2018.ron");

/// A card's text longer than three lines of a board column.
const LONG_CARD: &str = "Secretariat to share a primer on corporate capture with every member \
    organisation, translated into French, Spanish and Portuguese, ahead of the regional \
    assemblies in September and the webinars that follow them, with a page on how members \
    document land grabs and a contact in each region";

/// The Durban meeting at `width`x`height`, with two actions on the board: a long one Lucía
/// owns (by her participant id, as the Durban record files owners), and a short one.
fn durban_board(width: u16, height: u16) -> Screen {
    let agenda = parse_agenda("durban-2018.ron", DURBAN.as_bytes())
        .expect("the bundled agenda is valid")
        .0;
    let session = agenda.days[1].sessions[0].id.clone();
    let mut s = Screen::of(DURBAN, agenda, width, height);
    let first = s.app.live.record.fresh_id();
    let action = |id, text: &str, owner: Option<&str>| Op::AddAction {
        action: Action {
            id,
            text: text.to_owned(),
            owner: owner.map(str::to_owned),
            due: chrono::NaiveDate::from_ymd_opt(2018, 8, 10),
            session: session.clone(),
            item: None,
            progress: Default::default(),
        },
        strategy: None,
    };
    let ops = vec![
        action(first, LONG_CARD, Some("lucia")),
        action(
            plenary::core::record::Id(first.0 + 1),
            "Exchange visits between movements",
            Some("a visitor"),
        ),
    ];
    s.app
        .store
        .as_mut()
        .expect("a writer")
        .commit(&mut s.app.live, &Change::Do(Op::Batch(ops)))
        .expect("commit the cards");
    s.keys("B");
    s
}

fn snapshot(name: &str, s: &mut Screen) {
    s.draw();
    let size = s.size();
    insta::assert_snapshot!(
        format!("{name}_{}x{}", size.width, size.height),
        s.terminal.backend()
    );
}

/// The screen's rows, with the wide characters' padding cells taken out.
fn rows(s: &mut Screen) -> Vec<String> {
    s.text().lines().map(str::to_owned).collect()
}

#[test]
fn a_card_names_its_owner_on_the_board_and_on_the_wall() {
    let mut s = durban_board(120, 40);
    let screen = s.text();
    assert!(screen.contains("Lucía Ferreyra · due 10 Aug"), "{screen}");
    assert!(!screen.contains("lucia"), "{screen}");
    // An owner not on the list reads as typed.
    assert!(screen.contains("a visitor · due 10 Aug"), "{screen}");
    s.keys("W");
    let wall = s.text();
    assert!(wall.contains("Lucía Ferreyra · due 10 Aug"), "{wall}");
    assert!(!wall.contains("lucia"), "{wall}");
}

#[test]
fn a_card_wraps_to_three_lines_and_the_focused_one_shows_all_of_it() {
    let mut s = durban_board(120, 40);
    // The long card is focused: every word of it is on screen, a line at a time.
    let screen = rows(&mut s);
    let shown: Vec<&str> = screen
        .iter()
        .filter_map(|row| row.split('│').nth(1))
        .map(str::trim)
        .collect();
    let text = shown.join(" ");
    let words: Vec<&str> = LONG_CARD.split_whitespace().collect();
    assert!(text.contains(&words.join(" ")), "{}", screen.join("\n"));
    snapshot("fits_card_focused", &mut s);

    // Focused on the short card, the long one takes three lines and ends with `…` after a word.
    s.keys("j");
    let screen = rows(&mut s);
    let cut: Vec<&str> = screen
        .iter()
        .filter_map(|row| row.split('│').nth(1))
        .map(str::trim)
        .skip_while(|line| !line.starts_with("Secretariat"))
        .take(4)
        .collect();
    assert!(cut[2].ends_with('…'), "{cut:?}");
    let kept = cut[..3].join(" ");
    let kept = kept.trim_end_matches('…');
    assert!(LONG_CARD.starts_with(kept), "{kept}");
    let next = LONG_CARD[kept.len()..].chars().next();
    assert_eq!(next, Some(' '), "cut mid-word: {kept}");
    assert!(cut[3].starts_with("Lucía Ferreyra"), "{cut:?}");
    snapshot("fits_card_cut", &mut s);
}

#[test]
fn agenda_titles_and_note_rows_are_cut_after_a_word_with_an_ellipsis() {
    let mut s = durban_board(80, 24);
    s.keys("N")
        .keys("nThe Secretariat will share the primer on corporate capture with every member organisation<Enter><Esc>");
    let screen = rows(&mut s);
    let outline: Vec<&str> = screen
        .iter()
        .filter_map(|row| row.split('│').next())
        .collect();
    // "Visit to the informal settlements of Ekukhanyeni and New City" is longer than the outline.
    let visit = outline
        .iter()
        .find(|row| row.contains("Visit to"))
        .map(|row| row.trim_end())
        .unwrap_or_default();
    assert!(visit.ends_with("Visit to the…"), "{}", screen.join("\n"));
    let note = screen
        .iter()
        .find(|row| row.contains("The Secretariat"))
        .map(|row| row.trim_end().to_owned())
        .unwrap_or_default();
    assert!(note.ends_with('…'), "{}", screen.join("\n"));
    assert!(
        !note.contains("organisation"),
        "a note row wider than the screen: {note}"
    );
    let kept = note
        .split("The Secretariat")
        .nth(1)
        .map(|rest| format!("The Secretariat{}", rest.trim_end_matches('…')))
        .unwrap_or_default();
    assert!(
        "The Secretariat will share the primer on corporate capture with every member organisation"
            .starts_with(&format!("{kept} ")),
        "cut mid-word: {kept}"
    );
    snapshot("fits_notes", &mut s);
}

#[test]
fn proposal_titles_in_the_matrix_are_cut_with_an_ellipsis() {
    let mut s = durban_board(80, 24);
    s.keys("P");
    let screen = rows(&mut s);
    // "Awareness of corporate capture" and the other Durban proposals are longer than their
    // column at 80 columns.
    let row = screen
        .iter()
        .find(|row| row.contains("Awareness"))
        .cloned()
        .unwrap_or_default();
    assert!(row.contains("Awareness of…"), "{}", screen.join("\n"));
    // The selected proposal reads whole under the matrix.
    assert!(
        screen
            .iter()
            .any(|row| row.contains("Awareness of corporate capture")),
        "{}",
        screen.join("\n")
    );
    snapshot("fits_proposals", &mut s);
}

/// The style the board draws the long card's text in, with `filter` typed after `/`.
fn long_card_style(filter: &str) -> ratatui::style::Style {
    let mut s = durban_board(120, 40);
    // Focus the short card, so the long one is drawn as the filter has it.
    s.keys("j").keys("/").keys(filter).keys("<Enter>");
    s.draw();
    let buffer = s.terminal.backend().buffer().clone();
    let area = buffer.area;
    let at = (area.top()..area.bottom())
        .flat_map(|y| (area.left()..area.right()).map(move |x| (x, y)))
        .find(|&(x, y)| {
            (0..11).all(|i| {
                buffer.cell((x + i, y)).map(|c| c.symbol())
                    == "Secretariat".get(i as usize..=i as usize)
            })
        });
    let Some(at) = at else {
        panic!("the long card is not on screen");
    };
    buffer.cell(at).map(|c| c.style()).unwrap_or_default()
}

#[test]
fn a_filter_finds_a_card_by_its_owners_name_and_by_the_id_on_file() {
    let unmatched = long_card_style("nobody here");
    assert_ne!(long_card_style("Ferreyra"), unmatched);
    assert_ne!(long_card_style("lucia"), unmatched);
}

#[test]
fn in_a_narrow_column_the_owners_name_gives_way_to_the_due_date() {
    // Two strategies at 80 columns: three columns of about 17, too narrow for
    // "Lucía Ferreyra · due 10 Aug".
    let mut s = durban_board(80, 24);
    s.keys("sOne<Enter>h");
    let screen = s.text();
    assert!(screen.contains("Lucía… · due 10 Aug"), "{screen}");
}

#[test]
fn the_selected_proposal_reads_whole_under_the_matrix_however_long() {
    let title = "Corporate capture: land, housing, natural resources and women's leadership \
        in every region";
    let mut s = durban_board(80, 24);
    s.keys("N")
        .keys(&format!("nproposal: {title}<Enter><Esc>"))
        // Added in the session on screen, it is the session's own: first in the matrix.
        .keys("P");
    let screen = rows(&mut s);
    let under: Vec<&str> = screen
        .iter()
        .filter_map(|row| row.split('│').nth(1))
        .map(str::trim)
        .skip_while(|row| !row.starts_with("C1 "))
        .skip(1)
        .take_while(|row| !row.is_empty())
        .collect();
    assert_eq!(under.join(" "), title, "{}", screen.join("\n"));
}

#[test]
fn a_long_meeting_title_gives_way_to_the_clock_with_an_ellipsis() {
    let title =
        "WSSSPE3: Third Workshop on Sustainable Software for Science: Practice and Experiences";
    let text = common::SMALL.replacen("title: \"Test meeting\"", &format!("title: \"{title}\""), 1);
    assert!(text.contains(title), "the fixture's title is replaced");
    let agenda = parse_agenda("t.ron", text.as_bytes())
        .map(|(a, _)| a)
        .unwrap_or_else(|e| panic!("the agenda checks: {e}"));
    // At 120 columns it fits whole.
    let mut wide = Screen::of(&text, agenda.clone(), 120, 24);
    let top = rows(&mut wide).first().cloned().unwrap_or_default();
    assert!(top.starts_with(&format!(" {title}  ")), "{top:?}");
    for width in [80, 100] {
        let mut s = Screen::of(&text, agenda.clone(), width, 24);
        let top = rows(&mut s).first().cloned().unwrap_or_default();
        // Two blank columns between the cut title and the clock, which stays whole.
        let (shown, clock) = top
            .split_once("…  ")
            .unwrap_or_else(|| panic!("{width}: the title is cut with an ellipsis: {top:?}"));
        assert!(
            clock.trim_start().starts_with("Mon 23 Jul  08:55:"),
            "{width}: {top:?}"
        );
        assert!(
            title.starts_with(&format!("{} ", shown.trim())),
            "{width}: cut after a word: {top:?}"
        );
    }
}

#[test]
fn the_header_tabs_and_footer_fit_80_columns_in_every_language() {
    // (language, the clock, the last tab, "? keys", the save indicator, on time)
    let languages = [
        (
            "en",
            "Mon 23 Jul  08:55:00",
            "Speakers",
            "? keys",
            "✓ saved",
            "on time",
        ),
        (
            "es",
            "lun 23 jul  08:55:00",
            "Oradores",
            "? teclas",
            "✓ guardado",
            "en hora",
        ),
        (
            "fr",
            "lun. 23 juil.  08:55:00",
            "Orateurs",
            "? touches",
            "✓ enregistré",
            "à l'heure",
        ),
        (
            "ar",
            "الاثنين 23 يوليو  08:55:00",
            "المتحدثون",
            "? المفاتيح",
            "✓ محفوظ",
            "في الموعد",
        ),
    ];
    let title = "WSSSPE3: Third Workshop on Sustainable Software for Science";
    for (code, clock, last_tab, keys, saved, on_time) in languages {
        let text = common::SMALL.replacen(
            "title: \"Test meeting\",",
            &format!("title: \"{title}\",\n    language: \"{code}\","),
            1,
        );
        let agenda = parse_agenda("t.ron", text.as_bytes())
            .map(|(a, _)| a)
            .unwrap_or_else(|e| panic!("the agenda checks: {e}"));
        for tab in ["N", "P", "R", "B", "Q"] {
            let mut s = Screen::of(&text, agenda.clone(), 80, 24);
            s.keys(tab);
            // The zero-width non-joiners between Arabic's lam and alef draw nothing.
            let rows: Vec<String> = rows(&mut s)
                .iter()
                .map(|r| r.replace('\u{200c}', ""))
                .collect();
            let screen = rows.join("\n");
            let at = format!("{code} {tab}:\n{screen}");
            assert!(
                rows[0].contains("…  ") && rows[0].ends_with(clock),
                "the title gives way to the clock: {at}"
            );
            assert!(
                rows[1].ends_with(&format!("0:00 / 30:00  {on_time}")),
                "the timer and the day's plan: {at}"
            );
            assert!(rows[2].ends_with(last_tab), "every tab shows: {at}");
            assert!(rows[23].ends_with(saved), "the save indicator: {at}");
            assert!(rows[23].contains(keys), "the way to help: {at}");
        }
    }
}
