//! The strategy board on the wall: every column shares the width (down to a readable
//! minimum, past which the columns around the facilitator's focus show and the rest are
//! counted), each card's whole text wraps, and the spare rows go between the cards so the
//! board fills the screen instead of its top third.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use crate::core::labels::{self, action_status_in};
use crate::core::record::{ActionStatus, Id};
use crate::lang::Labels;
use crate::tui::state::App;
use crate::tui::theme;
use crate::tui::views::{fit, inert};

/// The narrowest column the wall draws: about three words a line.
const MIN_COLUMN: u16 = 18;

/// The most blank rows between two cards: more reads as separate boards.
const MOST_GAP: u16 = 3;

/// The most lines of one card's text; past that it ends with `…`.
const CARD_LINES: usize = 8;

/// A card as the wall draws it: the lines of its text, then who owns it and when it is due
/// (on two lines when they do not fit on one).
struct Card {
    lines: Vec<String>,
    meta: Vec<String>,
}

impl Card {
    fn rows(&self) -> u16 {
        u16::try_from(self.lines.len() + self.meta.len()).unwrap_or(u16::MAX)
    }
}

/// A column in view: its name, how many cards it holds, how many columns are out of view on
/// its left and right (on the outermost columns), and its cards.
struct Column {
    name: String,
    count: usize,
    hidden: (Option<usize>, Option<usize>),
    cards: Vec<Card>,
}

/// Draws the board in `area`.
pub(crate) fn render(frame: &mut Frame, area: Rect, app: &App) {
    let all = app.columns();
    if all.is_empty() || area.width < MIN_COLUMN || area.height < 4 {
        return;
    }
    let focus = app.focus();
    let (first, shown) = in_view(area.width, all.len(), focus.0);
    let width = area.width / u16::try_from(shown).unwrap_or(1);
    // Two blank columns separate columns.
    let room = width.saturating_sub(2);
    let columns: Vec<Column> = (first..first + shown)
        .map(|index| {
            let (strategy, ids) = all[index];
            Column {
                name: match strategy {
                    None => app.labels().label("board-unsorted"),
                    Some(id) => app
                        .record()
                        .strategy(id)
                        .map_or(String::new(), |s| inert(&s.name).into_owned()),
                },
                count: ids.len(),
                hidden: (
                    (index == first).then_some(first),
                    (index + 1 == first + shown).then_some(all.len() - first - shown),
                ),
                cards: cards(app, ids, room),
            }
        })
        .collect();
    let name_rows = columns
        .iter()
        .map(|c| fit::wrap(&c.name, usize::from(room), 2).len())
        .max()
        .map_or(1, |rows| u16::try_from(rows.max(1)).unwrap_or(1));
    let top = name_rows + 2;
    let gap = gap(area.height.saturating_sub(top), &columns);
    for (n, column) in (0u16..).zip(&columns) {
        let index = first + usize::from(n);
        let x = area.x + width * n;
        let right = if usize::from(n) + 1 == shown {
            area.x + area.width
        } else {
            x + width
        };
        let rect = Rect::new(x, area.y, (right - x).saturating_sub(2), area.height);
        head(
            frame,
            rect,
            app.labels(),
            column,
            (name_rows, index == focus.0),
        );
        let focused = (index == focus.0).then_some(focus.1);
        draw_cards(
            frame,
            rect,
            app.labels(),
            top,
            &column.cards,
            (gap, focused),
        );
    }
}

/// The first column in view and how many show: all of them when each gets the minimum width,
/// else as many as do, around the focused column.
fn in_view(width: u16, count: usize, focus: usize) -> (usize, usize) {
    let fit = usize::from((width / MIN_COLUMN).max(1)).min(count);
    let first = focus.saturating_sub(fit - 1).min(count - fit);
    (first, fit)
}

/// The cards of `ids` with their text wrapped to `room` columns.
fn cards(app: &App, ids: &[Id], room: u16) -> Vec<Card> {
    let (record, l) = (app.record(), app.labels());
    let room = usize::from(room);
    let no_owner = l.label("board-no-owner");
    ids.iter()
        .filter_map(|&id| {
            let action = record.action(id)?;
            let owner = action
                .owner
                .as_deref()
                .map_or(no_owner.as_str(), |who| labels::person(&record.plan, who));
            let owner = inert(owner);
            let due = action
                .due
                .map(|due| l.label_with("board-due", &[("date", l.day_month_short(due).into())]));
            // A card followed up says where it stands, beside its due date.
            let status = action.progress.status;
            let due = match (due, status) {
                (due, ActionStatus::Open) => due,
                (None, status) => Some(action_status_in(l, status)),
                (Some(due), status) => Some(format!("{due} · {}", action_status_in(l, status))),
            };
            let meta = match due {
                None => vec![fit::fit(&owner, room.saturating_sub(1))],
                Some(due) if fit::width(&owner) + fit::width(&due) + 3 < room => {
                    vec![format!("{owner} · {due}")]
                }
                Some(due) => vec![fit::fit(&owner, room.saturating_sub(1)), due],
            };
            Some(Card {
                lines: fit::wrap(&inert(&action.text), room, CARD_LINES),
                meta,
            })
        })
        .collect()
}

/// Blank rows between cards: what the fullest column leaves spare in `height`, shared
/// between its cards, from one to [`MOST_GAP`].
fn gap(height: u16, columns: &[Column]) -> u16 {
    let rows = |c: &Column| c.cards.iter().map(Card::rows).sum::<u16>();
    let Some(fullest) = columns.iter().max_by_key(|c| rows(c)) else {
        return 1;
    };
    let between = u16::try_from(fullest.cards.len())
        .unwrap_or(u16::MAX)
        .max(1);
    (height.saturating_sub(rows(fullest)) / between).clamp(1, MOST_GAP)
}

/// A column's name on `name_rows` rows (two when a name needs them), then a rule that says
/// how many cards it holds and how many columns are out of view on that side.
fn head(
    frame: &mut Frame,
    rect: Rect,
    l: &Labels,
    column: &Column,
    (name_rows, focused): (u16, bool),
) {
    let style = if focused {
        theme::selected().add_modifier(Modifier::BOLD)
    } else {
        theme::title()
    };
    let room = usize::from(rect.width);
    for (y, line) in (0..).zip(fit::wrap(&column.name, room, usize::from(name_rows))) {
        row(frame, rect, y, Line::styled(line, style));
    }
    let cards = l.label_with("board-cards", &[("n", column.count.into())]);
    let more = |n: usize| l.label_with("board-more", &[("n", n.into())]);
    let left = match column.hidden.0 {
        Some(n) if n > 0 => format!("◀ {} · {cards} ", more(n)),
        _ => format!("{cards} "),
    };
    let right = column
        .hidden
        .1
        .filter(|&n| n > 0)
        .map_or(String::new(), |n| format!(" {} ▶", more(n)));
    let fill = room.saturating_sub(fit::width(&left) + fit::width(&right));
    let rule = Line::from(vec![
        Span::styled(left, theme::title()),
        Span::styled(format!("{}{right}", "─".repeat(fill)), theme::dim()),
    ]);
    row(frame, rect, name_rows, rule);
}

/// Draws a column's cards from row `top`, `gap` rows apart, from the first one that keeps
/// the focused card (`focused`) in view; what is left below is counted on the last row.
fn draw_cards(
    frame: &mut Frame,
    rect: Rect,
    l: &Labels,
    top: u16,
    cards: &[Card],
    (gap, focused): (u16, Option<usize>),
) {
    let room = rect.height.saturating_sub(top);
    let first = focused.map_or(0, |f| first_shown(cards, f, gap, room));
    let mut y = top;
    for (index, card) in cards.iter().enumerate().skip(first) {
        let left = cards.len() - index;
        // The last row says what does not fit, unless this card is the last and fits.
        let fits = y + card.rows() <= rect.height && (left == 1 || y + card.rows() < rect.height);
        if !fits {
            let more = format!("{} ▼", l.label_with("board-more", &[("n", left.into())]));
            row(
                frame,
                rect,
                rect.height - 1,
                Line::styled(more, theme::dim()),
            );
            return;
        }
        let text = if focused == Some(index) {
            theme::selected().add_modifier(Modifier::BOLD)
        } else {
            Style::default().add_modifier(Modifier::BOLD)
        };
        for line in &card.lines {
            row(frame, rect, y, Line::styled(line.clone(), text));
            y += 1;
        }
        for meta in &card.meta {
            row(
                frame,
                rect,
                y,
                Line::styled(format!(" {meta}"), theme::dim()),
            );
            y += 1;
        }
        y += gap;
    }
}

/// The first card to draw so that card `focused` is whole in `room` rows.
fn first_shown(cards: &[Card], focused: usize, gap: u16, room: u16) -> usize {
    let mut used = cards.get(focused).map_or(0, Card::rows);
    let mut first = focused.min(cards.len().saturating_sub(1));
    while let Some(above) = first.checked_sub(1) {
        let rows = cards[above].rows() + gap;
        if used + rows > room {
            break;
        }
        used += rows;
        first = above;
    }
    first
}

/// Draws `line` on row `y` of `rect`, when it has that row.
fn row(frame: &mut Frame, rect: Rect, y: u16, line: Line) {
    if y < rect.height {
        frame.render_widget(line, Rect::new(rect.x, rect.y + y, rect.width, 1));
    }
}
