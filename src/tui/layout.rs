//! Where each thing is on the meeting screen, worked out from sizes and counts alone: the
//! areas of the screen, the tab titles, the board's columns and cards, which rows of a list
//! are in view, and what a click lands on. Drawing and the mouse both ask here, so what is
//! drawn and what is clicked never disagree; nothing here draws, reads a record or a clock.

use ratatui::layout::{Constraint, Layout, Position, Rect};

use super::state::Tab;
use super::views::fit;
use crate::lang::{Labels, Language};

/// Where each part of the screen goes; shared by drawing and by mouse hit-testing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Areas {
    /// Meeting, session, clocks.
    pub header: Rect,
    /// The day's sessions.
    pub outline: Rect,
    /// The tab titles.
    pub tabs: Rect,
    /// The current tab's content.
    pub body: Rect,
    /// Keys and the save indicator.
    pub footer: Rect,
}

impl Areas {
    /// Lays out a screen of `size`.
    pub fn new(size: Rect) -> Areas {
        let [header, middle, footer] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Min(0),
            Constraint::Length(1),
        ])
        .areas(size);
        let outline_width = match size.width {
            w if w >= 120 => 38,
            w if w >= 60 => 28,
            _ => 0,
        };
        let [outline, work] =
            Layout::horizontal([Constraint::Length(outline_width), Constraint::Min(0)])
                .areas(middle);
        let [tabs, body] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(work);
        Areas {
            header,
            outline,
            tabs,
            body,
            footer,
        }
    }
}

/// Where the note editor goes: the bottom of the body, a third of it or more.
pub fn editor_area(body: Rect) -> Rect {
    let height = (body.height / 2).clamp(body.height.min(5), 10);
    Rect {
        y: body.y + body.height - height,
        height,
        ..body
    }
}

/// The first row of a list of `len` rows shown in a window of `height` rows, so that row
/// `selected` is in view: the window moves only when the selection would leave it.
pub fn scroll_offset(selected: usize, len: usize, height: usize) -> usize {
    if height == 0 || len <= height {
        return 0;
    }
    selected.min(len - 1).saturating_sub(height - 1)
}

/// The tab titles as drawn in `labels`' language in a row `width` columns wide, in order; one
/// blank column separates them. Each has a blank column either side, unless that would push
/// the last off a row that holds them all without: a language's longer words keep every tab
/// in sight at 80 columns.
pub(crate) fn tab_titles(labels: &Labels, width: u16) -> Vec<(Tab, String)> {
    let padded: Vec<(Tab, String)> = Tab::ALL
        .iter()
        .map(|&t| (t, format!(" {} ", t.title_in(labels))))
        .collect();
    let columns = |titles: &[(Tab, String)]| {
        titles.iter().map(|(_, t)| fit::width(t)).sum::<usize>() + titles.len() - 1
    };
    let bare: Vec<(Tab, String)> = padded
        .iter()
        .map(|(tab, t)| (*tab, t.trim().to_owned()))
        .collect();
    let room = usize::from(width);
    if columns(&padded) > room && columns(&bare) <= room {
        bare
    } else {
        padded
    }
}

/// The tab under column `x` of the tabs row, as the English screen draws it.
pub fn tab_at(area: Rect, x: u16) -> Option<Tab> {
    tab_at_in(Language::English.labels(), area, x)
}

/// The tab under column `x` of the tabs row, with its titles in `labels`' language.
pub(crate) fn tab_at_in(labels: &Labels, area: Rect, x: u16) -> Option<Tab> {
    let mut left = area.x;
    for (tab, title) in tab_titles(labels, area.width) {
        let width = fit::width(&title) as u16;
        if (left..left + width).contains(&x) {
            return Some(tab);
        }
        left += width + 1;
    }
    None
}

/// Lines of a card's text out of focus: as many as it needs, up to three; the focused card
/// shows all of it.
pub const CARD_TEXT_LINES: usize = 3;
/// Rows a card takes besides its text: its owner and due date, then a gap.
pub const CARD_EXTRA_ROWS: u16 = 2;
/// The most rows a card out of focus takes: three lines of text, its owner and due date, a
/// gap. A short card takes fewer.
pub const CARD_ROWS: u16 = CARD_TEXT_LINES as u16 + CARD_EXTRA_ROWS;
/// Rows above a column's cards: its title and a rule.
pub const COLUMN_HEAD_ROWS: u16 = 2;
/// The narrowest a board column gets before the board scrolls sideways instead. A card's
/// text has the column less its gap and margin, 24 columns here: three lines of it hold an
/// action as rooms word it ("Ben to hold a training on documenting land grabs" takes two),
/// where narrower columns cut cards into fragments; and two columns still fit beside the
/// outline at 80 columns, so a card moved with `L` is seen landing.
pub const MIN_COLUMN: u16 = 26;

/// A board column on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ColumnArea {
    /// Its position on the board (0 is Unsorted).
    pub index: usize,
    /// Where it is drawn.
    pub rect: Rect,
}

/// The columns of a board of `count` columns that fit in `body`, around column `focus`.
pub fn board_columns(body: Rect, count: usize, focus: usize) -> Vec<ColumnArea> {
    if body.width == 0 || count == 0 {
        return Vec::new();
    }
    let fit = usize::from((body.width / MIN_COLUMN).max(1)).min(count);
    let first = focus.saturating_sub(fit - 1).min(count - fit);
    let width = body.width / fit as u16;
    (0..fit)
        .map(|i| {
            let x = body.x + width * i as u16;
            let w = if i + 1 == fit {
                body.x + body.width - x
            } else {
                width
            };
            ColumnArea {
                index: first + i,
                rect: Rect {
                    x,
                    width: w,
                    ..body
                },
            }
        })
        .collect()
}

/// The lines of a card's `text` as drawn in a column of `column`: wrapped to the column less
/// its gap and a margin, three lines at most out of focus, as many as the column holds in
/// focus. Drawing and clicks both take a card's size from here.
pub fn card_text(text: &str, column: Rect, focused: bool) -> Vec<String> {
    let lines = if focused {
        usize::from(column.height.saturating_sub(COLUMN_HEAD_ROWS + 1)).max(1)
    } else {
        CARD_TEXT_LINES
    };
    fit::wrap(text, usize::from(column.width.saturating_sub(2)), lines)
}

/// Rows a card of `text` takes in `column`, its gap included.
fn card_rows(text: &str, column: Rect, focused: bool) -> u16 {
    let lines = card_text(text, column, focused).len().max(1);
    u16::try_from(lines).unwrap_or(u16::MAX) + CARD_EXTRA_ROWS
}

/// A card on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CardArea {
    /// Its place in its column.
    pub index: usize,
    /// Where its text and its owner are drawn (the gap under it is not in it).
    pub rect: Rect,
}

/// The cards of a column drawn in `column`, from card `first` down as far as the column
/// reaches; `texts` are its cards' texts and `focused` the focused card's place, if it is
/// here. The last card may be cut by the column's bottom.
pub fn card_areas(
    column: Rect,
    texts: &[String],
    first: usize,
    focused: Option<usize>,
) -> Vec<CardArea> {
    let bottom = column.y + column.height;
    let mut y = column.y + COLUMN_HEAD_ROWS;
    let mut areas = Vec::new();
    for (index, text) in texts.iter().enumerate().skip(first) {
        if y >= bottom {
            break;
        }
        let rows = card_rows(text, column, focused == Some(index));
        areas.push(CardArea {
            index,
            rect: Rect {
                y,
                height: (rows - 1).min(bottom - y),
                width: column.width.saturating_sub(1),
                ..column
            },
        });
        y = y.saturating_add(rows);
    }
    areas
}

/// The first card drawn in column `index` of cards of `texts`: the focused column (`focus`
/// is column and card) scrolls so its card is whole in view, with as many cards above it as
/// fit; the others show their top.
pub(crate) fn first_card(
    index: usize,
    focus: (usize, usize),
    texts: &[String],
    rect: Rect,
) -> usize {
    let Some(text) = texts.get(focus.1).filter(|_| index == focus.0) else {
        return 0;
    };
    let room = rect.height.saturating_sub(COLUMN_HEAD_ROWS);
    let mut used = card_rows(text, rect, true);
    let mut first = focus.1;
    while let Some(above) = first.checked_sub(1) {
        let rows = card_rows(&texts[above], rect, false);
        if used + rows > room {
            break;
        }
        used += rows;
        first = above;
    }
    first
}

/// The column and card (None: the column's title or empty space) at a point of the board
/// drawn in `body`, with `texts` the cards' texts in each column and `focus` the focused
/// column and card.
pub fn card_at(
    body: Rect,
    texts: &[Vec<String>],
    focus: (usize, usize),
    at: Position,
) -> Option<(usize, Option<usize>)> {
    let area = board_columns(body, texts.len(), focus.0)
        .into_iter()
        .find(|c| (c.rect.x..c.rect.x + c.rect.width).contains(&at.x))?;
    let cards = &texts[area.index];
    let first = first_card(area.index, focus, cards, area.rect);
    let focused = (area.index == focus.0).then_some(focus.1);
    // A card answers on its rows and on the gap under it.
    let card = card_areas(area.rect, cards, first, focused)
        .into_iter()
        .find(|c| (c.rect.y..=c.rect.y + c.rect.height).contains(&at.y))
        .map(|c| c.index);
    Some((area.index, card))
}

/// The narrowest area a wrapped paragraph is drawn in.
pub(crate) const MIN_WRAP_WIDTH: u16 = 12;

/// The fewest rows the selected note's preview takes under the list, when there is room.
const PREVIEW_ROWS: u16 = 4;

/// Rows the notes list always keeps under a long preview, when it has that many notes.
const LIST_KEEPS: u16 = 3;

/// The notes tab's list and, when there is room, the preview of the selected note under it;
/// the note editor, when open, takes the bottom of the body. The preview grows to the `wanted`
/// rows of its note (see [`preview_rows`]) while the list keeps the rows its `notes` need, up
/// to half of what is free: a long note under five notes is shown whole.
pub fn notes_split(
    body: Rect,
    editor_open: bool,
    notes: usize,
    wanted: u16,
) -> (Rect, Option<Rect>) {
    let free = if editor_open {
        Rect {
            height: body.height - editor_area(body).height,
            ..body
        }
    } else {
        body
    };
    // A wrapped paragraph of wide characters in a sliver of a screen writes past its edge
    // (ratatui 0.30), and a preview there would show nothing anyway.
    if free.height > PREVIEW_ROWS * 3 && free.width >= MIN_WRAP_WIDTH {
        let notes = u16::try_from(notes).unwrap_or(u16::MAX);
        let keep = notes.min(free.height / 2).max(LIST_KEEPS);
        let most = free.height.saturating_sub(keep).max(PREVIEW_ROWS);
        let height = wanted.clamp(PREVIEW_ROWS, most);
        let list = Rect {
            height: free.height - height,
            ..free
        };
        let preview = Rect {
            y: free.y + list.height,
            height,
            ..free
        };
        (list, Some(preview))
    } else {
        (free, None)
    }
}

/// The rows the preview of a note of `text` wants at `width` columns: its title row and each
/// of its lines wrapped (an empty line is a row).
pub fn preview_rows(text: &str, width: u16) -> u16 {
    let rows = 1 + fit::wrap_lines(text, usize::from(width), usize::MAX).len();
    u16::try_from(rows).unwrap_or(u16::MAX)
}

/// How the outline's rows are shared: every day before the current one folded to a row, then
/// the current day's title and a window of its sessions, then the days after it, folded, in
/// what rows are left.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutlineRows {
    /// Rows above the first session: the folded days before, and the current day's title.
    pub head: usize,
    /// Rows of the current day's sessions in view.
    pub sessions: usize,
}

impl OutlineRows {
    /// Shares `height` rows among `days` (those before and after the current one) and the
    /// current day's `sessions`. The sessions are what the room follows: the days after give
    /// way first, down to a window of three sessions.
    pub fn new(height: usize, days: (usize, usize), sessions: usize) -> OutlineRows {
        let (before, after) = days;
        let head = (before + 1).min(height);
        let room = height - head;
        let shown = if sessions + after <= room {
            sessions
        } else {
            room.saturating_sub(after).max(sessions.min(3)).min(room)
        };
        OutlineRows {
            head,
            sessions: shown,
        }
    }
}

/// What a click can land on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A tab title.
    Tab(Tab),
    /// A session of the outline, by position in its day.
    Session(usize),
    /// A board column, and the card in it (None: its title or empty space).
    Card(usize, Option<usize>),
    /// A note, by position in the session's notes as listed.
    Note(usize),
    /// A proposal's row of the matrix, by position.
    Proposal(usize),
    /// A resolution, by position.
    Resolution(usize),
    /// Nothing that answers to a click.
    Nothing,
}

/// What a click depends on besides the screen's size: the tab, and the lengths and
/// selections of what scrolls.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scene {
    /// The tab shown.
    pub tab: Tab,
    /// Whether the note editor is open over the body.
    pub editor_open: bool,
    /// The sessions of the outline's day, and which of them is current.
    pub sessions: (usize, usize),
    /// The days before and after the outline's day, each folded to a row.
    pub days: (usize, usize),
    /// The notes listed, and the selected one.
    pub notes: (usize, usize),
    /// The selected note's text, whose preview takes rows from the list.
    pub selected_note: String,
    /// How many proposals the matrix lists, and after how many of them a row sets the
    /// others apart (see [`crate::core::weighing::Weighing::own`]).
    pub proposals: (usize, Option<usize>),
    /// How many resolutions there are.
    pub resolutions: usize,
    /// The texts of the cards in each board column, Unsorted first, as drawn.
    pub columns: Vec<Vec<String>>,
    /// The focused board column and card.
    pub focus: (usize, usize),
}

/// What the point `at` of a screen of `size` shows.
pub fn hit(size: Rect, scene: &Scene, at: Position) -> Target {
    let areas = Areas::new(size);
    if areas.tabs.contains(at) {
        return tab_at(areas.tabs, at.x).map_or(Target::Nothing, Target::Tab);
    }
    if areas.outline.contains(at) {
        let (len, selected) = scene.sessions;
        let rows = OutlineRows::new(usize::from(areas.outline.height), scene.days, len);
        return usize::from(at.y - areas.outline.y)
            .checked_sub(rows.head)
            .filter(|&row| row < rows.sessions)
            .map(|row| row + scroll_offset(selected, len, rows.sessions))
            .filter(|&i| i < len)
            .map_or(Target::Nothing, Target::Session);
    }
    if !areas.body.contains(at) {
        return Target::Nothing;
    }
    let row = usize::from(at.y - areas.body.y);
    match scene.tab {
        Tab::Board => card_at(areas.body, &scene.columns, scene.focus, at)
            .map_or(Target::Nothing, |(column, card)| Target::Card(column, card)),
        Tab::Notes => {
            let (count, selected) = scene.notes;
            let wanted = preview_rows(&scene.selected_note, areas.body.width);
            let (list, _) = notes_split(areas.body, scene.editor_open, count, wanted);
            if row >= usize::from(list.height) || count == 0 {
                return Target::Nothing;
            }
            let index = scroll_offset(selected, count, usize::from(list.height)) + row;
            if index < count {
                Target::Note(index)
            } else {
                Target::Nothing
            }
        }
        // The matrix has a header row, then one row a proposal, with a row between the
        // session's own and the others that selects nothing.
        Tab::Proposals => row
            .checked_sub(1)
            .and_then(|i| match scene.proposals.1 {
                Some(own) if i == own => None,
                Some(own) if i > own => Some(i - 1),
                _ => Some(i),
            })
            .filter(|&i| i < scene.proposals.0)
            .map_or(Target::Nothing, Target::Proposal),
        Tab::Resolutions if row < scene.resolutions => Target::Resolution(row),
        Tab::Resolutions | Tab::Speakers => Target::Nothing,
    }
}
