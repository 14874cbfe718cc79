//! The agenda outline: the current day's sessions with their state and re-timed starts.

use chrono::NaiveDateTime;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

use super::{fit, inert, row_style};
use crate::core::labels;
use crate::core::record::RunState;
use crate::core::timing::hh_mm;
use crate::tui::layout::{OUTLINE_HEAD_ROWS, scroll_offset};
use crate::tui::state::App;
use crate::tui::theme;

/// Draws the outline of the current session's day.
pub fn render(frame: &mut Frame, area: Rect, app: &App, now: NaiveDateTime) {
    if area.width < 2 || area.height == 0 {
        return;
    }
    let block = Block::default()
        .borders(Borders::RIGHT)
        .border_style(theme::dim());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let record = app.record();
    let day_index = app.current_day();
    let Some(day) = record.plan.days.get(day_index) else {
        return;
    };
    let plan = app.day_plan(now);
    let current = app.current().map(|s| s.id.as_str());
    let mut lines = vec![Line::styled(
        format!("Day {} · {}", day_index + 1, day.date.format("%a %-d %b")),
        theme::title(),
    )];
    let rows = usize::from(inner.height).saturating_sub(OUTLINE_HEAD_ROWS);
    let selected = plan
        .sessions
        .iter()
        .position(|s| Some(s.id.as_str()) == current)
        .unwrap_or(0);
    let offset = scroll_offset(selected, plan.sessions.len(), rows);
    for s in plan.sessions.iter().skip(offset).take(rows) {
        let style = match s.state {
            RunState::Done | RunState::Skipped => theme::dim(),
            RunState::Running => theme::good(),
            RunState::Paused => theme::warn(),
            RunState::Pending => ratatui::style::Style::default(),
        };
        let symbol = labels::run_state_mark(s.state);
        // A session the room passed by shows dim, at its planned time.
        let (symbol, style) = if s.passed {
            ("◦", theme::dim())
        } else {
            (symbol, style)
        };
        let shown_start = if s.passed { s.planned_start } else { s.start };
        let late =
            s.state == RunState::Pending && !s.passed && s.drift_minutes().is_some_and(|d| d > 0);
        let time_style = if late { theme::warn() } else { theme::dim() };
        let is_current = Some(s.id.as_str()) == current;
        let mark = format!("{symbol} ");
        let time = format!("{} ", hh_mm(shown_start));
        let room = usize::from(inner.width).saturating_sub(fit::width(&mark) + fit::width(&time));
        let line = Line::from(vec![
            Span::styled(mark, style),
            Span::styled(time, time_style),
            Span::raw(fit::fit(&inert(&s.title), room)),
        ])
        .style(row_style(is_current));
        lines.push(line);
    }
    // Days with no sessions never become current: the outline names those that come next,
    // so the room knows tomorrow is a field visit.
    let free_days = record.plan.days.iter().enumerate().skip(day_index + 1);
    for (index, free) in free_days.take_while(|(_, d)| d.sessions.is_empty()) {
        // The outline is narrow: the day's title when it has one, else its date.
        let what = if free.title.trim().is_empty() {
            free.date.format("%a %-d %b").to_string()
        } else {
            inert(free.title.trim()).into_owned()
        };
        lines.push(Line::styled(
            format!("Day {} · {what}", index + 1),
            theme::dim(),
        ));
    }
    for (i, line) in lines.into_iter().enumerate() {
        if i >= usize::from(inner.height) {
            break;
        }
        let row = Rect {
            y: inner.y + i as u16,
            height: 1,
            ..inner
        };
        frame.render_widget(line, row);
    }
}
