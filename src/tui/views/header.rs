//! The header: the meeting, the day and session, the wall clock and the session timer.

use chrono::NaiveDateTime;
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};

use super::inert;
use crate::core::record::RunState;
use crate::core::timing::day_plan;
use crate::tui::app::App;
use crate::tui::theme;

/// Draws the two header lines.
pub fn render(frame: &mut Frame, area: Rect, app: &App, now: NaiveDateTime) {
    if area.height == 0 {
        return;
    }
    let record = app.record();
    let clock = now.format("%a %-d %b  %H:%M:%S").to_string();
    let title = Line::from(vec![Span::styled(
        format!(" {}", inert(&record.plan.title)),
        theme::title(),
    )]);
    frame.render_widget(title, area);
    frame.render_widget(
        Line::from(Span::styled(format!("{clock} "), theme::dim())).alignment(Alignment::Right),
        Rect { height: 1, ..area },
    );
    if area.height < 2 {
        return;
    }
    let line = Rect {
        y: area.y + 1,
        height: 1,
        ..area
    };
    let Some(session) = app.current() else {
        frame.render_widget(Line::from(" The agenda has no sessions."), line);
        return;
    };
    let day = app.current_day();
    let run = record.run(&session.id);
    let planned = i64::from(session.minutes) * 60;
    let elapsed = run.elapsed_secs(now);
    let (symbol, state) = match run.state {
        RunState::Pending => ("·", "not started"),
        RunState::Running => ("▶", "running"),
        RunState::Paused => ("‖", "paused"),
        RunState::Done => ("✓", "done"),
        RunState::Skipped => ("»", "skipped"),
    };
    let timer_style = match run.state {
        RunState::Pending | RunState::Skipped => theme::dim(),
        _ if elapsed > planned => theme::bad(),
        _ if elapsed * 5 > planned * 4 => theme::warn(),
        _ => theme::good(),
    };
    let timer = format!(
        "{}:{:02} / {}:00",
        elapsed / 60,
        elapsed % 60,
        session.minutes
    );
    let plan = day_plan(record, day, now);
    let drift = plan.drift_minutes();
    let summary_style = if drift > 0 {
        theme::warn()
    } else {
        theme::good()
    };
    let spans = vec![
        Span::raw(format!(" Day {} · ", day + 1)),
        Span::styled(
            format!("{symbol} {}", inert(&session.title)),
            theme::title(),
        ),
        // On a narrow screen the symbol says it; the words would push the time plan off.
        Span::styled(
            if area.width >= 100 {
                format!(" ({state})")
            } else {
                String::new()
            },
            theme::dim(),
        ),
        Span::raw("  "),
        Span::styled(timer, timer_style),
        Span::raw("  "),
        Span::styled(plan.summary(), summary_style),
    ];
    frame.render_widget(Line::from(spans), line);
}
