//! The Board tab: actions as cards in columns, Unsorted first, then one column a strategy.
//! Only what is on screen is laid out, so a board of thousands of cards draws as fast as a
//! small one; columns scroll to keep the focused card in view.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::{fit, inert};
use crate::core::labels;
use crate::core::record::Id;
use crate::tui::layout::{CARD_ROWS, COLUMN_HEAD_ROWS, card_room};
use crate::tui::state::App;
use crate::tui::theme;

/// Draws the board.
pub fn render(frame: &mut Frame, body: Rect, app: &App) {
    let columns = app.columns();
    let record = app.record();
    let layout = app.board_layout(body);
    let (focus, focused_card) = layout.focus;
    let (Some((first, _)), Some((last, _))) = (layout.columns.first(), layout.columns.last())
    else {
        return;
    };
    let more_left = first.index > 0;
    let more_right = last.index + 1 < columns.len();
    for (area, start) in &layout.columns {
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
        let name = fit::fit(&name, room);
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
        let focused = (area.index == focus).then_some(focused_card);
        draw_cards(
            frame,
            app,
            &cards[(*start).min(cards.len())..],
            inner,
            focused.map(|f| f.wrapping_sub(*start)),
        );
        // The wall gets no key hints.
        if cards.is_empty() && rect.height > COLUMN_HEAD_ROWS && !app.ui.projector {
            let hint = if strategy.is_none() {
                " new actions land here"
            } else {
                " H and L move cards here"
            };
            frame.render_widget(
                Line::styled(hint, theme::dim()),
                Rect {
                    y: rect.y + COLUMN_HEAD_ROWS,
                    height: 1,
                    ..inner
                },
            );
        }
    }
}

/// Draws the cards of a column from its first one on screen, as many as `inner` has room
/// for; `focused` is the focused card's place among them. The focused card is drawn last, so
/// when it grows it covers the cards below it rather than they it.
fn draw_cards(frame: &mut Frame, app: &App, cards: &[Id], inner: Rect, focused: Option<usize>) {
    let card = |slot: usize| Rect {
        y: inner.y + COLUMN_HEAD_ROWS + slot as u16 * CARD_ROWS,
        height: CARD_ROWS - 1,
        ..inner
    };
    let shown = cards.iter().take(card_room(inner)).enumerate();
    for (slot, &id) in shown.clone().filter(|&(slot, _)| Some(slot) != focused) {
        draw_card(frame, app, id, card(slot), inner, false);
    }
    if let Some((slot, &id)) = shown.clone().find(|&(slot, _)| Some(slot) == focused) {
        draw_card(frame, app, id, card(slot), inner, true);
    }
}

/// Lines of a card's text: its first lines, so a card keeps its size on the board.
const CARD_TEXT_LINES: usize = CARD_ROWS as usize - 2;

/// Draws one card in `rect`: its text wrapped to [`CARD_TEXT_LINES`], then the owner's name
/// and due date. The focused card grows down over the cards below, within `column`, to show
/// all of its text.
fn draw_card(frame: &mut Frame, app: &App, id: Id, rect: Rect, column: Rect, focused: bool) {
    let Some(action) = app.record().action(id) else {
        return;
    };
    let id_as_filed = action.owner.as_deref().unwrap_or("");
    let owner = action
        .owner
        .as_deref()
        .map_or("no owner", |who| labels::person(&app.record().plan, who));
    // A filter finds a card by its owner's name or by the id the record files.
    let matched = app.matches(&format!("{} {owner} {id_as_filed}", action.text));
    let style = match (focused, matched) {
        (true, _) => theme::selected(),
        (false, true) => Style::default(),
        (false, false) => theme::dim(),
    };
    // The due date is short and matters most: the owner's name gives way to it.
    let due = action.due.map_or(String::new(), |due| {
        format!(" · due {}", due.format("%-d %b"))
    });
    let owner_room = usize::from(rect.width).saturating_sub(2 + fit::width(&due));
    let meta = format!("  {}{due}", fit::fit(&inert(owner), owner_room));
    // One column of space before the text on each line.
    let room = usize::from(rect.width.saturating_sub(1));
    let bottom = column.y + column.height;
    let lines = if focused {
        usize::from(bottom.saturating_sub(rect.y + 1)).max(1)
    } else {
        CARD_TEXT_LINES
    };
    let text = fit::wrap(&inert(&action.text), room, lines);
    let shown = text.len().max(1) as u16;
    if focused && shown as usize > CARD_TEXT_LINES {
        // Blank what the grown card covers; spaces keep the theme's colours where Clear
        // would not.
        let blank = " ".repeat(usize::from(rect.width));
        for y in rect.y..(rect.y + shown + 1).min(bottom) {
            frame.render_widget(
                Line::raw(blank.as_str()),
                Rect {
                    y,
                    height: 1,
                    ..rect
                },
            );
        }
    }
    for (y, line) in (rect.y..).zip(text) {
        frame.render_widget(
            Line::styled(format!(" {line}"), style.add_modifier(Modifier::BOLD)),
            Rect {
                y,
                height: 1,
                ..rect
            },
        );
    }
    let y = rect.y + shown;
    if y < bottom {
        let meta_style = if focused {
            theme::selected()
        } else {
            theme::dim()
        };
        frame.render_widget(
            Line::styled(fit::fit(&meta, usize::from(rect.width)), meta_style),
            Rect {
                y,
                height: 1,
                ..rect
            },
        );
    }
}
