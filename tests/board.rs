//! The strategy board: grouping actions into strategies by keyboard and mouse, merging and
//! undoing, and how it looks with a few cards and with two thousand.

mod common;

use common::screen::Screen;
use plenary::core::history::Change;
use plenary::core::op::Op;
use plenary::core::record::{Action, Id};
use ratatui::crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

/// Actions the Durban room listed before grouping them (illustrative wording). Owners are
/// people the small agenda lists (Ana, Ben) or a group ("the Secretariat"): a name it does not
/// list is not an owner (issue 12).
const DURBAN_ACTIONS: [&str; 6] = [
    "action: the Secretariat to share a primer on corporate capture by 2018-09-15",
    "action: run webinars on the Corporate Capture Project",
    "action: Ben to hold a training on documenting land grabs",
    "action: exchange visits between movements",
    "action: Ana to organise community assemblies in Durban",
    "action: a day of action on women's land rights",
];

fn board_with_actions() -> Screen {
    let mut s = Screen::new(160, 45);
    s.keys("n");
    for line in DURBAN_ACTIONS {
        s.keys(line).keys("<Enter>");
    }
    s.keys("<Esc>B");
    s
}

fn names(s: &Screen) -> Vec<(String, Vec<String>)> {
    let r = &s.app.live.record;
    let text = |ids: &[Id]| -> Vec<String> {
        ids.iter()
            .filter_map(|id| r.action(*id))
            .map(|a| a.text.clone())
            .collect()
    };
    std::iter::once(("Unsorted".to_owned(), text(&r.unsorted)))
        .chain(
            r.strategies
                .iter()
                .map(|st| (st.name.clone(), text(&st.actions))),
        )
        .collect()
}

#[test]
fn grouping_the_durban_actions_into_three_strategies() {
    let mut s = board_with_actions();
    // Three strategies, left to right in the order they are made; the focus stays on the
    // card being sorted.
    s.keys("sEducating and informing members<Enter>")
        .keys("sCapacity-building<Enter>")
        .keys("sMobilising communities<Enter>");
    // From Unsorted, the first two cards go one column right, the next two two columns, the
    // last two three columns. A card keeps its row as it moves, so each lands on top.
    for moves in ["L", "L", "LL", "LL", "LLL", "LLL"] {
        s.keys("hhhh").keys(moves);
    }
    let r = s.reloaded();
    assert!(r.unsorted.is_empty());
    let grouped = names(&s);
    assert_eq!(grouped[1].0, "Educating and informing members");
    assert_eq!(
        grouped[1].1,
        [
            "run webinars on the Corporate Capture Project",
            "share a primer on corporate capture"
        ]
    );
    assert_eq!(grouped[2].0, "Capacity-building");
    assert_eq!(grouped[2].1.len(), 2);
    assert_eq!(grouped[3].0, "Mobilising communities");
    assert_eq!(
        grouped[3].1,
        [
            "a day of action on women's land rights",
            "organise community assemblies in Durban"
        ]
    );
    let owner = r
        .actions
        .iter()
        .find(|a| a.text.starts_with("organise"))
        .and_then(|a| a.owner.clone());
    // Typed "Ana", the owner is the participant.
    assert_eq!(owner.as_deref(), Some("ana"));
    let screen = s.text();
    assert!(screen.contains(" Mobilising communities  2"), "{screen}");
    assert!(screen.contains("Ana"), "{screen}");
}

#[test]
fn merging_two_strategies_and_undoing_it() {
    let mut s = board_with_actions();
    s.keys("sEducating<Enter>sInforming<Enter>");
    for moves in ["L", "L", "LL", "LL"] {
        s.keys("hhh").keys(moves);
    }
    let before = s.reloaded();
    assert_eq!(names(&s)[1].1.len(), 2);
    assert_eq!(names(&s)[2].1.len(), 2);
    // Focus Informing, merge it into Educating.
    s.keys("lll").keys("m<Enter>");
    let after = names(&s);
    assert_eq!(after.len(), 2, "{after:?}");
    assert_eq!(after[1].0, "Educating");
    assert_eq!(after[1].1.len(), 4);
    s.keys("u");
    assert_eq!(
        s.reloaded(),
        before,
        "undo brings the strategy and its cards back"
    );
    s.keys("<C-r>");
    assert_eq!(names(&s).len(), 2);
}

#[test]
fn cards_move_within_a_column_and_are_edited_deleted_renamed() {
    let mut s = board_with_actions();
    s.keys("jJ");
    assert_eq!(
        names(&s)[0].1[2],
        "run webinars on the Corporate Capture Project"
    );
    s.keys("K").keys("K");
    assert_eq!(
        names(&s)[0].1[0],
        "run webinars on the Corporate Capture Project"
    );
    s.keys("e<C-u>Ben to run two webinars by 2018-10-01<Enter>");
    let r = s.reloaded();
    let edited = &r.actions[1];
    assert_eq!(edited.text, "run two webinars");
    assert_eq!(edited.owner.as_deref(), Some("ben"));
    s.keys("d");
    assert_eq!(s.reloaded().actions.len(), 5);
    s.keys("sTrain<Enter>lr<C-u>Training<Enter>");
    assert_eq!(s.reloaded().strategies[0].name, "Training");
    s.keys("X");
    assert!(s.reloaded().strategies.is_empty());
    s.keys("u");
    assert_eq!(s.reloaded().strategies[0].name, "Training");
}

#[test]
fn the_filter_dims_cards_that_do_not_match() {
    let mut s = board_with_actions();
    s.keys("/webinar<Enter>");
    assert_eq!(s.app.ui.filter.as_deref(), Some("webinar"));
    let buffer = s.terminal.backend().buffer().clone();
    let row_of = |needle: &str| {
        (0..buffer.area.height).find(|&y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
                .contains(needle)
        })
    };
    // Whether the cell where `needle` starts on row `y` is drawn dim.
    let dim = |y: u16, needle: &str| {
        let first = needle.chars().next().map(String::from).unwrap_or_default();
        let x = (0..buffer.area.width)
            .find(|&x| {
                buffer[(x, y)].symbol() == first
                    && (0..needle.len() as u16)
                        .map(|i| buffer[(x + i, y)].symbol())
                        .collect::<String>()
                        == needle
            })
            .expect("the text is on its row");
        buffer[(x, y)]
            .modifier
            .contains(ratatui::style::Modifier::DIM)
    };
    let webinar = row_of("run webinars").expect("webinar card shown");
    let visits = row_of("exchange visits").expect("an unfocused card that does not match");
    assert!(!dim(webinar, "run webinars"), "the match stands out");
    assert!(dim(visits, "exchange visits"), "the rest is dimmed");
    s.keys("/<C-u><Enter>");
    assert_eq!(s.app.ui.filter, None);
    s.keys("/visits<Enter>");
    assert_eq!(s.app.ui.filter.as_deref(), Some("visits"));
    s.keys("<Esc>");
    assert_eq!(s.app.ui.filter, None, "Esc clears a filter");
}

#[test]
fn a_card_dragged_with_the_mouse_lands_in_another_column() {
    let mut s = board_with_actions();
    s.keys("sCapacity-building<Enter>h");
    let mouse = |kind, column, row| {
        Event::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    };
    // The body starts at row 3, right of the 38-column outline; the first card is under the
    // two rows of the column's title. With two columns of 61, the second starts at 38 + 61.
    s.event(mouse(MouseEventKind::Down(MouseButton::Left), 45, 5));
    s.event(mouse(MouseEventKind::Drag(MouseButton::Left), 80, 6));
    s.event(mouse(MouseEventKind::Up(MouseButton::Left), 38 + 61 + 5, 8));
    let grouped = names(&s);
    assert_eq!(grouped[1].1, ["share a primer on corporate capture"]);
    assert_eq!(grouped[0].1.len(), 5);
}

#[test]
fn a_digit_sends_the_card_to_that_column_and_the_focus_stays_to_sort_the_next() {
    let mut s = board_with_actions();
    s.keys("j");
    // A new strategy does not take the focus from the card being sorted.
    s.keys("sEducating<Enter>");
    assert_eq!(s.app.focus(), (0, 1));
    s.keys("sCapacity<Enter>");
    assert_eq!(s.app.focus(), (0, 1));
    assert_eq!(names(&s)[1].0, "Educating", "strategies line up as made");
    assert_eq!(names(&s)[2].0, "Capacity");
    s.keys("k");
    // Each digit sends the focused card under the column's cards; the next card takes its
    // place in focus, so cards sent one by one keep their order.
    s.keys("1");
    assert!(
        s.text().contains("card sent to Educating (1)"),
        "{}",
        s.text()
    );
    s.keys("1").keys("2").keys("1");
    assert_eq!(s.app.focus(), (0, 0));
    let grouped = names(&s);
    assert_eq!(
        grouped[1].1,
        [
            "share a primer on corporate capture",
            "run webinars on the Corporate Capture Project",
            "exchange visits between movements",
        ]
    );
    assert_eq!(grouped[2].1, ["hold a training on documenting land grabs"]);
    assert_eq!(grouped[0].1.len(), 2);
    let before = s.reloaded();
    // A column the board does not have, and the column the card is in, say so and change
    // nothing.
    s.keys("9");
    assert!(
        s.text()
            .contains("there is no column 9: the board has 0 (Unsorted) to 2"),
        "{}",
        s.text()
    );
    s.keys("0");
    assert!(s.text().contains("the card is already in Unsorted"));
    assert_eq!(s.reloaded(), before);
    // From a strategy a digit sends a card back; undo takes the send back.
    s.keys("l0");
    assert_eq!(names(&s)[0].1.len(), 3);
    assert_eq!(names(&s)[0].1[2], "share a primer on corporate capture");
    s.keys("u");
    assert_eq!(s.reloaded(), before);
}

#[test]
fn with_no_card_in_focus_a_new_strategy_takes_the_focus() {
    let mut s = Screen::new(120, 40);
    s.keys("BsFirst<Enter>");
    assert_eq!(s.app.focus(), (1, 0));
    s.keys("sSecond<Enter>");
    assert_eq!(s.app.focus(), (2, 0));
    assert_eq!(names(&s)[2].0, "Second");
}

#[test]
fn cards_are_as_high_as_their_text_and_clicks_land_on_them() {
    let mut s = board_with_actions();
    let row_of = |s: &mut Screen, needle: &str| {
        let screen = s.text();
        screen
            .lines()
            .position(|row| row.contains(needle))
            .and_then(|y| u16::try_from(y).ok())
            .unwrap_or_else(|| panic!("{needle} not on\n{screen}"))
    };
    // One line of text, the owner, a gap: three rows a card.
    let primer = row_of(&mut s, "share a primer");
    let visits = row_of(&mut s, "exchange visits");
    assert_eq!(visits - primer, 9, "{}", s.text());
    s.click(45, visits);
    assert_eq!(s.app.focus(), (0, 3));
    s.click(45, visits + 1);
    assert_eq!(s.app.focus(), (0, 3), "the owner's row is the card's");
    s.click(45, visits - 1);
    assert_eq!(s.app.focus(), (0, 2), "the gap above is the card before's");

    // At 80 columns a long card takes three lines; in focus it shows whole and pushes the
    // cards under it down rather than covering them.
    let long = "Secretariat to share a primer on corporate capture with every member \
        organisation, translated into French and Spanish";
    let mut s = Screen::new(80, 24);
    s.keys(&format!(
        "naction: {long}<Enter>action: map campaigns<Enter><Esc>B"
    ));
    s.keys("sCapacity<Enter>j");
    let unfocused = s.text();
    assert!(
        unfocused.contains("…"),
        "out of focus it is cut: {unfocused}"
    );
    s.keys("k");
    let screen = s.text();
    // The rows right of the outline: the tabs, the title, the rule, then the cards.
    let column: Vec<String> = screen
        .lines()
        .filter_map(|row| row.split('│').nth(1))
        .map(|row| row.chars().take(26).collect::<String>().trim().to_owned())
        .collect();
    let text = column
        .iter()
        .skip(3)
        .take_while(|row| !row.starts_with("no owner"))
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(text, long, "{screen}");
    assert!(screen.contains("map campaigns"), "{screen}");
}

/// A board of `cards` actions spread over `strategies` strategies, made in one change.
fn big_board(width: u16, height: u16, cards: u64, strategies: u64) -> Screen {
    let names = (1..=strategies).map(|i| format!("Strategy {i}")).collect();
    let cards = (0..cards)
        .map(|n| Card {
            text: format!("Action {n} — ngiyabonga 集体 🌍"),
            owner: (n % 3 == 0).then(|| format!("Owner {}", n % 7)),
            strategy: (n % 13 != 0).then_some(n % strategies),
        })
        .collect();
    board_of(width, height, names, cards)
}

/// A card for [`board_of`]: its text, owner, and the strategy it is in (None: Unsorted).
struct Card {
    text: String,
    owner: Option<String>,
    strategy: Option<u64>,
}

/// A board of strategies named `names` holding `cards`, made in one change, on the Board tab.
fn board_of(width: u16, height: u16, names: Vec<String>, cards: Vec<Card>) -> Screen {
    let mut s = Screen::new(width, height);
    let first = s.app.live.record.fresh_id().0;
    let count = names.len() as u64;
    let mut ops: Vec<Op> = names
        .into_iter()
        .enumerate()
        .map(|(i, name)| Op::AddStrategy {
            id: Id(first + i as u64),
            name,
            index: i,
        })
        .collect();
    for (n, card) in (0..).zip(cards) {
        ops.push(Op::AddAction {
            action: Action {
                id: Id(first + count + n),
                text: card.text,
                owner: card.owner,
                due: None,
                session: "plan".into(),
                item: None,
                progress: Default::default(),
            },
            strategy: card.strategy.map(|i| Id(first + i)),
        });
    }
    s.app
        .store
        .as_mut()
        .expect("a writer")
        .commit(&mut s.app.live, &Change::Do(Op::Batch(ops)))
        .expect("commit the board");
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

#[test]
fn board_snapshots() {
    let mut s = board_with_actions();
    s.keys("sEducating and informing members<Enter>hLL");
    snapshot("board_few", &mut s);

    let mut narrow = Screen::new(80, 24);
    narrow.keys("naction: Lucia to circulate the survey by 2018-08-10<Enter>action: map campaigns<Enter><Esc>B");
    // The last Esc (no filter to clear) only clears the footer's "created the strategy"
    // message, so the snapshot shows the board's keys.
    narrow.keys("sCapacity-building<Enter>sMobilising<Enter><Esc>");
    snapshot("board_narrow", &mut narrow);

    let mut big = big_board(200, 50, 2000, 12);
    // Deep into the seventh strategy: the columns scroll to keep the focused card in view.
    big.keys("lllllll");
    for _ in 0..150 {
        big.keys("j");
    }
    snapshot("board_2000", &mut big);
    assert_eq!(big.app.focus(), (7, 150));
    let screen = big.text();
    assert!(screen.contains(" Strategy 7 "), "{screen}");
}

/// Strategies a room might sort into, short names and long.
const STRATEGY_NAMES: [&str; 10] = [
    "Educating and informing members",
    "Capacity-building",
    "Mobilising communities",
    "Legal support",
    "Research on corporate capture",
    "Media",
    "Alliances with trade unions and faith groups",
    "Funding",
    "Land rights of women",
    "Follow-up",
];

/// A board of the ten strategies of [`STRATEGY_NAMES`], with `cards` cards of texts short and
/// long spread over them and Unsorted, made in one change.
fn ten_strategies(width: u16, height: u16, cards: u64) -> Screen {
    let texts = [
        "share a primer",
        "run webinars on the Corporate Capture Project",
        "hold a training on documenting land grabs in the three provinces where the mines expand",
        "exchange visits",
        "organise community assemblies in Durban",
    ];
    let count = STRATEGY_NAMES.len() as u64;
    let names = STRATEGY_NAMES.iter().map(|n| (*n).to_owned()).collect();
    let cards = (0..cards)
        .map(|n| Card {
            text: format!("{} ({n})", texts[n as usize % texts.len()]),
            owner: (n % 3 == 0).then(|| "Ana".to_owned()),
            strategy: (n % 11 != 0).then_some(n % count),
        })
        .collect();
    board_of(width, height, names, cards)
}

/// The board's title row and the rule under it, as text.
fn board_head(s: &mut Screen) -> (String, String) {
    let screen = s.text();
    let rows: Vec<&str> = screen.lines().collect();
    let body = plenary::tui::layout::Areas::new(s.size()).body;
    let cut = |row: &str| row.chars().skip(usize::from(body.x)).collect::<String>();
    (
        cut(rows[usize::from(body.y)]),
        cut(rows[usize::from(body.y) + 1]),
    )
}

#[test]
fn with_ten_strategies_columns_stay_readable_and_scroll_to_the_focus() {
    let mut s = ten_strategies(160, 45, 60);
    let columns = s.app.columns().len();
    assert_eq!(columns, 11);
    for step in 0..columns {
        let (head, rule) = board_head(&mut s);
        let (focus, _) = s.app.focus();
        assert_eq!(focus, step);
        let body = plenary::tui::layout::Areas::new(s.size()).body;
        let shown = plenary::tui::layout::board_columns(body, columns, focus);
        assert!(
            shown.iter().any(|c| c.index == focus),
            "the focused column is in view"
        );
        for c in &shown {
            assert!(c.rect.width >= plenary::tui::layout::MIN_COLUMN, "{c:?}");
            let cards = s.app.columns()[c.index].1.len();
            let title: String = head
                .chars()
                .skip(usize::from(c.rect.x - body.x))
                .take(usize::from(c.rect.width))
                .collect();
            assert!(
                title.trim_end().ends_with(&format!(" {cards}")),
                "column {} keeps its count: {title:?}",
                c.index
            );
        }
        let (first, last) = (shown[0].index, shown[shown.len() - 1].index);
        if first > 0 {
            assert!(rule.starts_with(&format!("◀ {first} more ")), "{rule}");
        } else {
            assert!(!rule.contains('◀'), "{rule}");
        }
        if last + 1 < columns {
            let right = columns - 1 - last;
            assert!(rule.ends_with(&format!(" {right} more ▶")), "{rule}");
        } else {
            assert!(!rule.contains('▶'), "{rule}");
        }
        s.keys("l");
    }
}

#[test]
fn ten_strategies_snapshots() {
    for (width, height) in [(80, 24), (120, 40), (200, 50)] {
        let mut s = ten_strategies(width, height, 60);
        // Focus the seventh strategy's second card: the board has scrolled right.
        s.keys("lllllllj");
        snapshot("board_ten", &mut s);
    }
}

#[test]
fn the_boards_footer_says_a_card_goes_to_a_column_by_its_number() {
    for (width, height) in [(80, 24), (120, 40)] {
        let mut s = Screen::new(width, height);
        s.keys("B");
        let text = s.text();
        let footer = text.lines().last().unwrap_or_default();
        assert!(
            footer.contains("0-9 send card"),
            "{width}x{height}: {footer}"
        );
    }
}
