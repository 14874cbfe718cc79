//! The Board tab: actions as cards in columns, Unsorted first, then one column a strategy.
//! Only what is on screen is laid out, so a board of thousands of cards draws as fast as a
//! small one; columns scroll to keep the focused card in view.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::{inert, scroll_offset};
use crate::core::record::Id;
use crate::tui::app::App;
use crate::tui::theme;

/// Rows a card takes: its text, its owner and due date, a gap.
pub const CARD_ROWS: u16 = 3;
/// Rows above the cards: the column's title and a rule.
const HEAD_ROWS: u16 = 2;
/// The narrowest a column gets before the board scrolls sideways instead.
const MIN_COLUMN: u16 = 24;

/// A board column on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ColumnArea {
    /// Its position on the board (0 is Unsorted).
    pub index: usize,
    /// Where it is drawn.
    pub rect: Rect,
}

/// The columns that fit in `body`, around the focused one.
pub fn layout(app: &App, body: Rect) -> Vec<ColumnArea> {
    let count = app.columns().len();
    if body.width == 0 || count == 0 {
        return Vec::new();
    }
    let fit = usize::from((body.width / MIN_COLUMN).max(1)).min(count);
    let (focus, _) = app.focus();
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

/// The first card drawn in a column: the focused column scrolls to keep its card in view.
fn first_card(app: &App, index: usize, cards: usize, rect: Rect) -> usize {
    let (focus, card) = app.focus();
    if index != focus {
        return 0;
    }
    let room = usize::from(rect.height.saturating_sub(HEAD_ROWS) / CARD_ROWS);
    scroll_offset(card, cards, room)
}

/// The column and card (None: the column's title or empty space) at a point of the body.
pub fn hit(app: &App, body: Rect, x: u16, y: u16) -> Option<(usize, Option<usize>)> {
    let columns = app.columns();
    let area = layout(app, body)
        .into_iter()
        .find(|c| (c.rect.x..c.rect.x + c.rect.width).contains(&x))?;
    let cards = columns[area.index].1.len();
    let row = y.checked_sub(area.rect.y + HEAD_ROWS);
    let card = row
        .map(|r| first_card(app, area.index, cards, area.rect) + usize::from(r / CARD_ROWS))
        .filter(|&c| c < cards);
    Some((area.index, card))
}

/// Draws the board.
pub fn render(frame: &mut Frame, body: Rect, app: &App) {
    let columns = app.columns();
    let record = app.record();
    let (focus, focused_card) = app.focus();
    let areas = layout(app, body);
    let (Some(first), Some(last)) = (areas.first(), areas.last()) else {
        return;
    };
    let more_left = first.index > 0;
    let more_right = last.index + 1 < columns.len();
    for area in &areas {
        let (strategy, cards) = columns[area.index];
        let rect = area.rect;
        // A one-column gap on the right separates columns.
        let inner = Rect {
            width: rect.width.saturating_sub(1),
            ..rect
        };
        let name = match strategy {
            None => "Unsorted".to_owned(),
            Some(id) => record
                .strategy(id)
                .map_or(String::new(), |s| inert(&s.name).into_owned()),
        };
        let mut head = Vec::new();
        if more_left && area.index == first.index {
            head.push(Span::styled(format!("◀{} ", first.index), theme::dim()));
        }
        let head_style = if area.index == focus {
            theme::selected().add_modifier(Modifier::BOLD)
        } else {
            theme::title()
        };
        // The count always shows; a long name gives way.
        let count = format!(" {}", cards.len());
        let room = usize::from(inner.width).saturating_sub(count.len() + 4);
        let name = if name.chars().count() > room {
            let mut cut: String = name.chars().take(room.saturating_sub(1)).collect();
            cut.push('…');
            cut
        } else {
            name
        };
        head.push(Span::styled(format!(" {name} "), head_style));
        head.push(Span::styled(count, theme::dim()));
        if more_right && area.index == last.index {
            head.push(Span::styled(
                format!("  {}▶", columns.len() - 1 - last.index),
                theme::dim(),
            ));
        }
        frame.render_widget(
            Line::from(head),
            Rect {
                height: 1.min(rect.height),
                ..inner
            },
        );
        if rect.height > 1 {
            let rule = "─".repeat(usize::from(inner.width));
            frame.render_widget(
                Line::styled(rule, theme::dim()),
                Rect {
                    y: rect.y + 1,
                    height: 1,
                    ..inner
                },
            );
        }
        let room = usize::from(rect.height.saturating_sub(HEAD_ROWS) / CARD_ROWS);
        let start = first_card(app, area.index, cards.len(), rect);
        for (slot, &id) in cards.iter().skip(start).take(room).enumerate() {
            let y = rect.y + HEAD_ROWS + slot as u16 * CARD_ROWS;
            let focused = area.index == focus && start + slot == focused_card;
            draw_card(
                frame,
                app,
                id,
                Rect {
                    y,
                    height: 2,
                    ..inner
                },
                focused,
            );
        }
        // The wall gets no key hints.
        if cards.is_empty() && rect.height > HEAD_ROWS && !app.ui.projector {
            let hint = if strategy.is_none() {
                " new actions land here"
            } else {
                " H and L move cards here"
            };
            frame.render_widget(
                Line::styled(hint, theme::dim()),
                Rect {
                    y: rect.y + HEAD_ROWS,
                    height: 1,
                    ..inner
                },
            );
        }
    }
}

fn draw_card(frame: &mut Frame, app: &App, id: Id, rect: Rect, focused: bool) {
    let Some(action) = app.record().action(id) else {
        return;
    };
    let owner = action.owner.as_deref().unwrap_or("no owner");
    let matched = app.matches(&format!("{} {owner}", action.text));
    let style = match (focused, matched) {
        (true, _) => theme::selected(),
        (false, true) => Style::default(),
        (false, false) => theme::dim(),
    };
    let mut meta = format!("  {}", inert(owner));
    if let Some(due) = action.due {
        meta.push_str(&format!(" · due {}", due.format("%-d %b")));
    }
    frame.render_widget(
        Line::styled(
            format!(" {}", inert(&action.text)),
            style.add_modifier(Modifier::BOLD),
        ),
        Rect { height: 1, ..rect },
    );
    if rect.height > 1 {
        let meta_style = if focused {
            theme::selected()
        } else {
            theme::dim()
        };
        frame.render_widget(
            Line::styled(meta, meta_style),
            Rect {
                y: rect.y + 1,
                height: 1,
                ..rect
            },
        );
    }
}
