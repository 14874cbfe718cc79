//! The QR screen: the outcomes of the meeting or of the current session as codes a phone
//! reads from across the room, one part at a time, black on white whatever the theme, with a
//! four-module quiet zone. When the terminal is too small to draw a code that scans, it says
//! so instead of drawing one that cannot.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Wrap};

use crate::export::{Options, qr, summary};
use crate::tui::app::App;
use crate::tui::theme;

/// Which outcomes the QR screen shows, and which part.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct QrShown {
    /// The session whose outcomes are shown, or None for the whole meeting.
    pub session: Option<String>,
    /// The part shown, from 0.
    pub part: usize,
}

/// The summary text and the label of its parts.
fn text(app: &App, shown: &QrShown) -> Option<(String, String)> {
    let record = app.record();
    let options = Options::default();
    let text = match &shown.session {
        None => summary::meeting_summary(record, &options),
        Some(id) => summary::session_summary(record, id, &options)?,
    };
    Some((text, summary::label(record)))
}

/// How many parts the shown outcomes take.
pub fn parts(app: &App, shown: &QrShown) -> usize {
    text(app, shown)
        .and_then(|(text, label)| {
            qr::split_for_scanning(&text, &label, qr::DEFAULT_MAX_VERSION).ok()
        })
        .map_or(0, |parts| parts.len())
}

/// Draws the QR screen over the whole of `area`.
pub fn render(frame: &mut Frame, area: Rect, app: &App, shown: &QrShown) {
    frame.render_widget(Clear, area);
    if area.width < super::notes::MIN_WRAP_WIDTH {
        return;
    }
    let say = |frame: &mut Frame, lines: Vec<Line<'static>>| {
        frame.render_widget(
            Paragraph::new(lines)
                .alignment(Alignment::Center)
                .wrap(Wrap { trim: true }),
            area,
        );
    };
    let Some((text, label)) = text(app, shown) else {
        say(frame, vec![Line::raw("That session is not in the agenda.")]);
        return;
    };
    let parts = match qr::split_for_scanning(&text, &label, qr::DEFAULT_MAX_VERSION) {
        Ok(parts) => parts,
        Err(e) => {
            say(frame, vec![Line::raw(format!("No code: {e}"))]);
            return;
        }
    };
    let count = parts.len();
    let Some(part) = parts.get(shown.part.min(count.saturating_sub(1))) else {
        say(frame, vec![Line::raw("Nothing to share yet.")]);
        return;
    };
    let matrix = match qr::encode(&part.payload()) {
        Ok(matrix) => matrix,
        Err(e) => {
            say(frame, vec![Line::raw(format!("No code: {e}"))]);
            return;
        }
    };
    let lines = qr::half_blocks(&matrix, false);
    let width = matrix.framed_size() as u16;
    let height = lines.len() as u16;
    let scope = match &shown.session {
        None => "the whole meeting".to_owned(),
        Some(id) => app
            .record()
            .plan
            .session(id)
            .map_or(id.clone(), |s| s.title.clone()),
    };
    let title = format!(
        "{} {}/{count} · {scope}",
        label,
        shown.part.min(count - 1) + 1
    );
    let help = crate::tui::keymap::hint_line(crate::tui::keymap::Context::Qr);
    if width > area.width || height + 2 > area.height {
        say(
            frame,
            vec![
                Line::styled(title, theme::title()),
                Line::raw(""),
                Line::raw(format!(
                    "This code needs {width}×{} characters; the terminal has {}×{}.",
                    height + 2,
                    area.width,
                    area.height
                )),
                Line::raw("Enlarge the window or make the font smaller, then it appears here."),
                Line::raw("Or hand out `plenary qr RECORD --png DIR` instead."),
                Line::raw(""),
                Line::styled(help, theme::dim()),
            ],
        );
        return;
    }
    let x = area.x + (area.width - width) / 2;
    let y = area.y + (area.height - height - 2) / 2;
    frame.render_widget(
        Line::styled(title, theme::title()).alignment(Alignment::Center),
        Rect {
            y,
            height: 1,
            ..area
        },
    );
    // Black on white whatever the theme: phones read dark modules on a light ground.
    let ink = Style::default().fg(Color::Black).bg(Color::White);
    for (i, line) in lines.into_iter().enumerate() {
        frame.render_widget(
            Line::styled(line, ink),
            Rect {
                x,
                y: y + 1 + i as u16,
                width,
                height: 1,
            },
        );
    }
    if !app.ui.projector {
        frame.render_widget(
            Line::styled(help, theme::dim()).alignment(Alignment::Center),
            Rect {
                y: y + 1 + height,
                height: 1,
                ..area
            },
        );
    }
}
