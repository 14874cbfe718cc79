//! The QR screen: the outcomes of the meeting or of the current session as codes a phone
//! reads from across the room, one part at a time, black on white whatever the theme, with a
//! four-module quiet zone. When the terminal is too small to draw a code that scans, it says
//! so instead of drawing one that cannot.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Wrap};

use crate::tui::layout::MIN_WRAP_WIDTH;
use crate::tui::state::{App, QrShown};
use crate::tui::theme;

/// Draws the QR screen over the whole of `area`.
pub fn render(frame: &mut Frame, area: Rect, app: &App, shown: &QrShown) {
    frame.render_widget(Clear, area);
    if area.width < MIN_WRAP_WIDTH {
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
    // When hosting, the phone page's code comes first, then the text codes.
    let phone = app
        .hosting
        .as_ref()
        .and_then(|h| Some((h.url(), h.code()?)));
    let part = match (phone, shown.part) {
        (Some((url, code)), 0) => {
            let heading = vec![
                Line::styled(
                    "Phone page · scan to follow the meeting live",
                    theme::title(),
                ),
                Line::raw(url.to_owned()),
            ];
            fit(frame, area, app, heading, code);
            return;
        }
        (Some(_), part) => part - 1,
        (None, part) => part,
    };
    let outcomes = app.outcomes(shown.session.as_deref());
    let parts = match &outcomes.parts {
        None => {
            say(frame, vec![Line::raw("That session is not in the agenda.")]);
            return;
        }
        Some(Err(e)) => {
            say(frame, vec![Line::raw(format!("No code: {e}"))]);
            return;
        }
        Some(Ok(parts)) => parts,
    };
    let count = parts.len();
    let Some(code) = outcomes.code(part.min(count.saturating_sub(1))) else {
        say(frame, vec![Line::raw("Nothing to share yet.")]);
        return;
    };
    let code = match code.as_ref() {
        Ok(code) => code,
        Err(e) => {
            say(frame, vec![Line::raw(format!("No code: {e}"))]);
            return;
        }
    };
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
        outcomes.label,
        part.min(count - 1) + 1
    );
    let mut heading = vec![Line::styled(title, theme::title())];
    // What no code holds is said above the code, so nobody takes the codes for everything.
    heading.extend(outcomes.left_out.as_ref().map(|left_out| {
        Line::styled(
            format!("Not in these codes: {left_out}. The minutes hold them."),
            theme::warn(),
        )
    }));
    fit(frame, area, app, heading, &code.lines);
}

/// Draws a code under its heading when the terminal holds it, else says how much room it needs.
fn fit(frame: &mut Frame, area: Rect, app: &App, heading: Vec<Line<'static>>, code: &[String]) {
    let help = Line::styled(
        crate::tui::keymap::hint_line(crate::tui::keymap::Context::Qr),
        theme::dim(),
    );
    let width = code.first().map_or(0, |l| l.chars().count()) as u16;
    let height = code.len() as u16;
    let needed = height + 1 + heading.len() as u16;
    if width > area.width || needed > area.height {
        let mut lines = heading;
        lines.extend([
            Line::raw(""),
            Line::raw(format!(
                "This code needs {width}×{needed} characters; the terminal has {}×{}.",
                area.width, area.height
            )),
            Line::raw("Enlarge the window or make the font smaller, then it appears here."),
            Line::raw("Or hand out `plenary qr RECORD --png DIR` instead."),
            Line::raw(""),
            help,
        ]);
        frame.render_widget(
            Paragraph::new(lines)
                .alignment(Alignment::Center)
                .wrap(Wrap { trim: true }),
            area,
        );
        return;
    }
    let help = (!app.ui.projector).then_some(help);
    draw(frame, area, &heading, code, help);
}

/// Draws the heading lines, the code (`lines` of half blocks) and the help line, centred.
fn draw(frame: &mut Frame, area: Rect, heading: &[Line], lines: &[String], help: Option<Line>) {
    let width = lines.first().map_or(0, |l| l.chars().count()) as u16;
    let height = (heading.len() + lines.len() + 1) as u16;
    let x = area.x + (area.width - width) / 2;
    let mut y = area.y + (area.height - height) / 2;
    let mut row = |frame: &mut Frame, line: Line, x: u16, width: u16| {
        frame.render_widget(
            line,
            Rect {
                x,
                y,
                width,
                height: 1,
            },
        );
        y += 1;
    };
    for line in heading {
        row(
            frame,
            line.clone().alignment(Alignment::Center),
            area.x,
            area.width,
        );
    }
    // Black on white whatever the theme: phones read dark modules on a light ground.
    let ink = Style::default().fg(Color::Black).bg(Color::White);
    for line in lines {
        row(frame, Line::styled(line.as_str(), ink), x, width);
    }
    if let Some(help) = help {
        row(frame, help.alignment(Alignment::Center), area.x, area.width);
    }
}
