//! The projector view: the same state, drawn for the wall. No key hints, no outline; the
//! session title and its timer in big type, then the current tab's content with room to
//! breathe, readable from the back row.

use chrono::NaiveDateTime;
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Margin, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use tui_big_text::{BigText, PixelSize};

use super::{inert, proposals, speakers};
use crate::core::labels;
use crate::core::record::RunState;
use crate::tui::state::{App, Tab};
use crate::tui::theme;

mod board;

/// Whether the big font can draw `text`: it has Latin-1 glyphs only.
fn big_font_has(text: &str) -> bool {
    text.chars().all(|c| (c as u32) < 0x100)
}

/// `text` broken into lines of at most `width` characters, at spaces where it can.
fn wrap(text: &str, width: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let fits =
            line.chars().count() + word.chars().count() + usize::from(!line.is_empty()) <= width;
        if !fits && !line.is_empty() {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push(line);
    }
    if out.len() > lines {
        out.truncate(lines);
        if let Some(last) = out.last_mut() {
            let mut cut: String = last.chars().take(width.saturating_sub(1)).collect();
            cut.push('…');
            *last = cut;
        }
    }
    out
}

/// Draws the projector view of the app at `now`.
pub fn draw(frame: &mut Frame, app: &App, now: NaiveDateTime) {
    let area = frame.area();
    let area = if area.width > 8 && area.height > 4 {
        area.inner(Margin::new(2, 1))
    } else {
        area
    };
    let big = area.height >= 16 && area.width >= 40;
    let Some(session) = app.current() else {
        frame.render_widget(
            Line::styled(inert(&app.record().plan.title).into_owned(), theme::title()),
            area,
        );
        return;
    };
    let title = inert(&session.title).into_owned();
    // The board needs every row a short wall has: its title gives up big type there, the
    // timer keeps it.
    let big_title = big && (app.ui.tab != Tab::Board || area.height >= 40);
    // Quadrant glyphs are 4 columns by 4 rows.
    let title_lines = if big_title && big_font_has(&title) {
        wrap(
            &title,
            usize::from(area.width / 4),
            if area.height >= 40 { 2 } else { 1 },
        )
    } else {
        Vec::new()
    };
    let title_rows = if title_lines.is_empty() {
        1
    } else {
        title_lines.len() as u16 * 4
    };
    let timer_rows = if big { 4 } else { 1 };
    let [title_area, _, timer_area, status_area, _, content] = Layout::vertical([
        Constraint::Length(title_rows),
        Constraint::Length(u16::from(big)),
        Constraint::Length(timer_rows),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
    ])
    .areas(area);

    if title_lines.is_empty() {
        frame.render_widget(Line::styled(title, theme::title()), title_area);
    } else {
        let text = BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(theme::title())
            .lines(title_lines.into_iter().map(Line::from).collect::<Vec<_>>())
            .build();
        frame.render_widget(text, title_area);
    }

    let run = app.record().run(&session.id);
    let elapsed = run.elapsed_secs(now);
    let planned = session.minutes.map(|m| i64::from(m) * 60);
    let style = match (run.state, planned) {
        (RunState::Pending | RunState::Skipped, _) => theme::dim(),
        (_, Some(planned)) if elapsed > planned => theme::bad(),
        (_, Some(planned)) if elapsed * 5 > planned * 4 => theme::warn(),
        _ => theme::good(),
    };
    // Time up: the timer flashes, reversed every other second, which shows on a wall from
    // the back row and under NO_COLOR alike.
    let over = super::overtime(app, now);
    let style = if over.is_some_and(|s| s % 2 == 1) {
        style.add_modifier(Modifier::REVERSED)
    } else {
        style
    };
    let timer = speakers::clock(elapsed);
    if big {
        let text = BigText::builder()
            .pixel_size(PixelSize::HalfHeight)
            .style(style)
            .lines(vec![Line::from(timer)])
            .build();
        frame.render_widget(text, timer_area);
    } else {
        frame.render_widget(Line::styled(timer, style), timer_area);
    }
    let plan = app.day_plan(now);
    let l = app.labels();
    let summary = super::day_summary(l, &plan);
    let (over, summary) = match over {
        Some(seconds) => (
            format!("{} · ", super::over_label(l, seconds)),
            l.label_with("screen-day-summary", &[("summary", summary.into())]),
        ),
        None => (String::new(), summary),
    };
    let length = match session.minutes {
        Some(m) => l.label_with("projector-of-minutes", &[("minutes", m.into())]),
        None => l.label("length-open"),
    };
    let status = Line::from(vec![
        Span::styled(format!("{length} · "), theme::dim()),
        Span::styled(over, theme::bad()),
        Span::styled(
            summary,
            if plan.drift_minutes().is_some_and(|d| d > 0) {
                theme::warn()
            } else {
                theme::good()
            },
        ),
    ]);
    frame.render_widget(status, status_area);

    match app.ui.tab {
        Tab::Notes => agenda(frame, content, app, now),
        Tab::Proposals => proposals::render(frame, content, app),
        Tab::Resolutions => spaced(frame, content, resolution_lines(app)),
        Tab::Board => board::render(frame, content, app),
        Tab::Speakers => spaced(
            frame,
            content,
            speakers::lines(app, now, content.width, None),
        ),
    }
}

/// Lines with a blank line between each, as far as they fit.
fn spaced(frame: &mut Frame, area: Rect, lines: Vec<Line<'static>>) {
    let gap = if lines.len() * 2 <= usize::from(area.height) {
        2
    } else {
        1
    };
    for (i, line) in lines.into_iter().enumerate() {
        let y = i * gap;
        if y >= usize::from(area.height) {
            break;
        }
        frame.render_widget(
            line,
            Rect {
                y: area.y + y as u16,
                height: 1,
                ..area
            },
        );
    }
}

fn resolution_lines(app: &App) -> Vec<Line<'static>> {
    let (record, l) = (app.record(), app.labels());
    if record.resolutions.is_empty() {
        return vec![Line::styled(
            l.label("projector-no-resolutions"),
            theme::dim(),
        )];
    }
    record
        .resolutions
        .iter()
        .map(|r| {
            Line::from(vec![
                Span::styled(
                    super::fit::pad(&labels::status_in(l, r.status).to_uppercase(), 10),
                    theme::title(),
                ),
                Span::raw(inert(&r.text).into_owned()),
                Span::styled(
                    labels::method_short(l, &r.method)
                        .map_or_else(String::new, |m| format!("  ({m})")),
                    theme::dim(),
                ),
            ])
        })
        .collect()
}

/// The day's agenda for the wall: what ran, what runs now, what comes and when.
fn agenda(frame: &mut Frame, area: Rect, app: &App, now: NaiveDateTime) {
    let plan = app.day_plan(now);
    let current = app.current().map(|s| s.id.as_str());
    let lines = plan
        .sessions
        .iter()
        .map(|s| {
            // The wall leaves a session not started unmarked.
            let mark = match s.state {
                RunState::Pending => " ",
                state => labels::run_state_mark(state),
            };
            let style = if Some(s.id.as_str()) == current {
                theme::title()
            } else if s.state == RunState::Done {
                theme::dim()
            } else {
                ratatui::style::Style::default()
            };
            Line::from(vec![
                Span::styled(
                    format!("{mark} {}  ", crate::core::timing::hh_mm(s.start)),
                    theme::accent(),
                ),
                Span::styled(inert(&s.title).into_owned(), style),
            ])
            .alignment(Alignment::Left)
        })
        .collect();
    spaced(frame, area, lines);
}
