//! The Board tab: actions as cards in columns, Unsorted first, then one column a strategy.
//! Only what is on screen is laid out, so a board of thousands of cards draws as fast as a
//! small one; columns scroll to keep the focused card in view, each card as high as its text.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::{fit, inert};
use crate::core::labels::{self, action_status_in};
use crate::core::record::{ActionStatus, Id};
use crate::lang::Labels;
use crate::tui::layout::{COLUMN_HEAD_ROWS, card_areas, card_text};
use crate::tui::state::App;
use crate::tui::theme;

/// Draws the board.
pub fn render(frame: &mut Frame, body: Rect, app: &App) {
    let columns = app.columns();
    let layout = app.board_layout(body);
    let texts = &layout.texts;
    let (focus, focused_card) = layout.focus;
    let (Some((first, _)), Some((last, _))) = (layout.columns.first(), layout.columns.last())
    else {
        return;
    };
    // Columns out of view on each side, said on the rules of the outermost columns shown.
    let hidden = (first.index, columns.len() - 1 - last.index);
    for (area, start) in &layout.columns {
        let (strategy, cards) = columns[area.index];
        let rect = area.rect;
        // A one-column gap on the right separates columns.
        let inner = Rect {
            width: rect.width.saturating_sub(1),
            ..rect
        };
        let name = match strategy {
            None => app.labels().label("board-unsorted"),
            Some(id) => app
                .record()
                .strategy(id)
                .map_or(String::new(), |s| inert(&s.name).into_owned()),
        };
        // The wall gets no key hints: the digits that send cards are the laptop's.
        let key = column_key(area.index).filter(|_| !app.ui.projector);
        let head = column_head(key, &name, cards.len(), inner.width, area.index == focus);
        draw_row(frame, head, inner, 0);
        let more = (
            (area.index == first.index).then_some(hidden.0),
            (area.index == last.index).then_some(hidden.1),
        );
        draw_row(frame, rule(app.labels(), more, inner.width), inner, 1);
        let focused = (area.index == focus).then_some(focused_card);
        let texts = texts.get(area.index).map_or(&[][..], Vec::as_slice);
        draw_cards(frame, app, cards, texts, rect, (*start, focused));
        // The wall gets no key hints.
        if cards.is_empty() && !app.ui.projector {
            let hint = fit::fit(
                &empty_hint(app.labels(), area.index),
                usize::from(inner.width),
            );
            draw_row(
                frame,
                Line::styled(hint, theme::dim()),
                inner,
                COLUMN_HEAD_ROWS,
            );
        }
    }
}

/// Draws `line` on row `row` of `area`, when the area has that row.
fn draw_row(frame: &mut Frame, line: Line, area: Rect, row: u16) {
    if row < area.height {
        frame.render_widget(
            line,
            Rect {
                y: area.y + row,
                height: 1,
                ..area
            },
        );
    }
}

/// The digit that sends a card to column `index`, when one does: 0 Unsorted, then the first
/// nine strategies.
fn column_key(index: usize) -> Option<char> {
    u32::try_from(index)
        .ok()
        .and_then(|i| char::from_digit(i, 10))
}

/// A column's title row: the digit that sends cards there (`key`), its name and how many
/// cards it holds. The count always shows; a long name gives way with `…`.
fn column_head(
    key: Option<char>,
    name: &str,
    count: usize,
    width: u16,
    focused: bool,
) -> Line<'static> {
    let key = key.map_or(String::new(), String::from);
    let count = format!(" {count}");
    let style = if focused {
        theme::selected().add_modifier(Modifier::BOLD)
    } else {
        theme::title()
    };
    // The key, a space each side of the name, the count.
    let room = usize::from(width).saturating_sub(fit::width(&key) + 2 + count.len());
    Line::from(vec![
        Span::styled(key, theme::dim()),
        Span::styled(format!(" {} ", fit::fit(name, room)), style),
        Span::styled(count, theme::dim()),
    ])
}

/// The rule under a column's title; on the outermost columns shown it says how many columns
/// are out of view on that side (`more` left and right), and which way they are.
fn rule(l: &Labels, more: (Option<usize>, Option<usize>), width: u16) -> Line<'static> {
    let more_label = |n: usize| l.label_with("board-more", &[("n", n.into())]);
    let left = more
        .0
        .filter(|&n| n > 0)
        .map_or(String::new(), |n| format!("◀ {} ", more_label(n)));
    let right = more
        .1
        .filter(|&n| n > 0)
        .map_or(String::new(), |n| format!(" {} ▶", more_label(n)));
    let width = usize::from(width);
    let fill = width.saturating_sub(fit::width(&left) + fit::width(&right));
    let text = format!("{left}{}{right}", "─".repeat(fill));
    Line::styled(fit::fit(&text, width), theme::dim())
}

/// What an empty column says: how cards get there.
fn empty_hint(l: &Labels, index: usize) -> String {
    let hint = match (index, column_key(index)) {
        (0, _) => l.label("board-empty-unsorted"),
        (_, Some(key)) => l.label_with("board-empty-key", &[("key", key.to_string().into())]),
        (_, None) => l.label("board-empty"),
    };
    format!(" {hint}")
}

/// Draws the cards of a column from its first one on screen, card `start`, as far down as
/// the column reaches; each is as high as its text (see [`card_areas`]), the focused one
/// (`focused`, its place in the column) whole.
fn draw_cards(
    frame: &mut Frame,
    app: &App,
    cards: &[Id],
    texts: &[String],
    column: Rect,
    (start, focused): (usize, Option<usize>),
) {
    for area in card_areas(column, texts, start, focused) {
        if let (Some(&id), Some(text)) = (cards.get(area.index), texts.get(area.index)) {
            let focused = focused == Some(area.index);
            let lines = card_text(text, column, focused);
            draw_card(frame, app, id, &lines, area.rect, focused);
        }
    }
}

/// Draws one card in `rect`: the `lines` of its text, then the owner's name, due date and
/// status (when not open).
fn draw_card(frame: &mut Frame, app: &App, id: Id, lines: &[String], rect: Rect, focused: bool) {
    let Some(action) = app.record().action(id) else {
        return;
    };
    let l = app.labels();
    let id_as_filed = action.owner.as_deref().unwrap_or("");
    let no_owner = l.label("board-no-owner");
    let owner = action.owner.as_deref().map_or(no_owner.as_str(), |who| {
        labels::person(&app.record().plan, who)
    });
    // A filter finds a card by its owner's name or by the id the record files.
    let matched = app.matches(&format!("{} {owner} {id_as_filed}", action.text));
    let style = match (focused, matched) {
        (true, _) => theme::selected(),
        (false, true) => Style::default(),
        (false, false) => theme::dim(),
    };
    // The due date and the status are short and matter most: the owner's name gives way to
    // them. A status shows once someone has followed the card up.
    let mut tail = action.due.map_or(String::new(), |due| {
        let due = l.label_with("board-due", &[("date", l.day_month_short(due).into())]);
        format!(" · {due}")
    });
    if action.progress.status != ActionStatus::Open {
        tail.push_str(" · ");
        tail.push_str(&action_status_in(l, action.progress.status));
    }
    let owner_room = usize::from(rect.width).saturating_sub(2 + fit::width(&tail));
    let meta = format!("  {}{tail}", fit::fit(&inert(owner), owner_room));
    for (row, line) in (0..).zip(lines) {
        let line = Line::styled(format!(" {line}"), style.add_modifier(Modifier::BOLD));
        draw_row(frame, line, rect, row);
    }
    let meta_style = if focused {
        theme::selected()
    } else {
        theme::dim()
    };
    let row = u16::try_from(lines.len().max(1)).unwrap_or(u16::MAX);
    let meta = Line::styled(fit::fit(&meta, usize::from(rect.width)), meta_style);
    draw_row(frame, meta, rect, row);
}
