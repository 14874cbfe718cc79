//! The Board tab: actions as cards in columns, Unsorted first, then one column a strategy.
//! Only what is on screen is laid out, so a board of thousands of cards draws as fast as a
//! small one; columns scroll to keep the focused card in view.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::inert;
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
        let room = card_room(rect);
        let start = *start;
        for (slot, &id) in cards.iter().skip(start).take(room).enumerate() {
            let y = rect.y + COLUMN_HEAD_ROWS + slot as u16 * CARD_ROWS;
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
