//! The agenda outline: the current day's sessions with their state and re-timed starts, and
//! the other days folded around them.

use chrono::NaiveDateTime;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

use super::{fit, inert, row_style};
use crate::core::agenda::Day;
use crate::core::labels;
use crate::core::record::{Record, RunState};
use crate::core::timing::{TimedSession, hh_mm};
use crate::lang::Labels;
use crate::tui::layout::{OutlineRows, scroll_offset};
use crate::tui::state::App;
use crate::tui::theme;

/// Draws the outline: every day of the meeting, the current one open with its sessions and
/// the others folded to a row each, so the room sees where the meeting stands in all of it.
pub fn render(frame: &mut Frame, area: Rect, app: &App, now: NaiveDateTime) {
    if area.width < 2 || area.height == 0 {
        return;
    }
    let block = Block::default()
        .borders(Borders::RIGHT)
        .border_style(theme::dim());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let (record, l) = (app.record(), app.labels());
    let day_index = app.current_day();
    let Some(day) = record.plan.days.get(day_index) else {
        return;
    };
    let days = &record.plan.days;
    let width = usize::from(inner.width);
    let plan = app.day_plan(now);
    let rows = OutlineRows::new(
        usize::from(inner.height),
        (day_index, days.len() - day_index - 1),
        plan.sessions.len(),
    );
    let mut lines: Vec<Line> = days[..day_index]
        .iter()
        .enumerate()
        .map(|(index, d)| folded(l, index, d, record, width))
        .collect();
    lines.push(Line::styled(
        format!(
            "{} · {}",
            l.label_with("header-day", &[("n", (day_index + 1).into())]),
            super::short_day(l, day.date)
        ),
        theme::title(),
    ));
    let current = app.current().map(|s| s.id.as_str());
    let selected = plan
        .sessions
        .iter()
        .position(|s| Some(s.id.as_str()) == current)
        .unwrap_or(0);
    let offset = scroll_offset(selected, plan.sessions.len(), rows.sessions);
    for s in plan.sessions.iter().skip(offset).take(rows.sessions) {
        lines.push(session_line(s, Some(s.id.as_str()) == current, width));
    }
    let after = days.iter().enumerate().skip(day_index + 1);
    lines.extend(after.map(|(index, d)| folded(l, index, d, record, width)));
    for (i, line) in lines
        .into_iter()
        .take(usize::from(inner.height))
        .enumerate()
    {
        let row = Rect {
            y: inner.y + i as u16,
            height: 1,
            ..inner
        };
        frame.render_widget(line, row);
    }
}

/// A session of the open day: its state, its start re-timed (or as planned, once the room
/// passed it by), its title.
fn session_line(s: &TimedSession, is_current: bool, width: usize) -> Line<'static> {
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
    let mark = format!("{symbol} ");
    let time = format!("{} ", hh_mm(shown_start));
    let room = width.saturating_sub(fit::width(&mark) + fit::width(&time));
    Line::from(vec![
        Span::styled(mark, style),
        Span::styled(time, time_style),
        Span::raw(fit::fit(&outline_title(s), room)),
    ])
    .style(row_style(is_current))
}

/// A session's title in the outline; one of a parallel track is set off by a bar, as it runs
/// beside its neighbours.
fn outline_title(s: &TimedSession) -> String {
    match s.track {
        Some(_) => format!("╎ {}", inert(&s.title)),
        None => inert(&s.title).into_owned(),
    }
}

/// A day other than the current one, folded to a row: "▸ Day 1 · Sun 22 Jul ✓" once every
/// session of it is over, "▸ Day 3 · Tue 24 Jul · 6 sessions" before (the count left out where
/// it does not fit); a day with no sessions
/// (a field visit) by its title, so the room knows what it is.
fn folded(l: &Labels, index: usize, day: &Day, record: &Record, width: usize) -> Line<'static> {
    let date = super::short_day(l, day.date);
    let day_n = l.label_with("header-day", &[("n", (index + 1).into())]);
    let text = if day.sessions.is_empty() {
        let what = match day.title.trim() {
            "" => date,
            title => inert(title).into_owned(),
        };
        format!("▸ {day_n} · {what}")
    } else {
        let over = day
            .sessions
            .iter()
            .all(|s| matches!(record.run(&s.id).state, RunState::Done | RunState::Skipped));
        let count = day.sessions.len();
        let tail = if over {
            " ✓".to_owned()
        } else {
            format!(
                " · {}",
                l.label_with("count-sessions", &[("n", count.into())])
            )
        };
        let head = format!("▸ {day_n} · {date}");
        // Narrow, the count gives way before the date does.
        if fit::width(&head) + fit::width(&tail) <= width {
            head + &tail
        } else {
            head
        }
    };
    Line::styled(fit::fit(&text, width), theme::dim())
}
