//! The QR screen: the outcomes of the meeting or of the current session as codes a phone
//! reads from across the room, one part at a time, black on white whatever the theme, with a
//! four-module quiet zone. When the terminal is too small to draw a code that scans, it says
//! so instead of drawing one that cannot.
//!
//! Every module is the same size on any terminal: where the screen is tall enough a module is
//! two whole cells side by side painted by their background, which no font's glyphs can make
//! uneven or leave gaps between; elsewhere half blocks (`▀▄`) put two modules in a cell,
//! which fits codes in half the rows but leaves their size to the font, so there too the dark
//! modules are background and only the light halves are glyphs. Without colours
//! (`NO_COLOR`) a dark module is in reverse video, so the code is drawn in the terminal's own
//! text colour on its own background, the same way round as `plenary qr` prints it.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Wrap};

use crate::export::qr::Matrix;
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
    // When hosting, the phone page's code comes first, then the note-takers' join code,
    // then the text codes.
    let phone = app
        .hosting
        .as_ref()
        .and_then(|h| Some((h.url(), h.code()?)));
    let join = app.hosting.as_ref().and_then(|h| h.join());
    let l = app.labels();
    match (phone, join, shown.part) {
        (Some((url, code)), _, 0) => {
            let heading = vec![
                Line::styled(l.label("qr-phone-page"), theme::title()),
                Line::raw(url.to_owned()),
            ];
            fit(frame, area, app, heading, code);
            return;
        }
        (_, Some(join), 1) => {
            let mut heading = vec![Line::styled(
                l.label_with("qr-note-takers", &[("code", join.short.as_str().into())]),
                theme::title(),
            )];
            // The full code is long: said where it fits whole, and always in the code below.
            let full = l.label_with("qr-full-code", &[("code", join.full.as_str().into())]);
            if crate::tui::views::fit::width(&full) <= usize::from(area.width) {
                heading.push(Line::raw(full));
            } else {
                heading.push(Line::raw(l.label("qr-scan-full-code")));
            }
            heading.push(Line::styled(
                l.label_with(
                    "qr-addresses",
                    &[("addresses", l.comma_list(&join.addrs).into())],
                ),
                theme::dim(),
            ));
            match &join.code {
                Some(code) => fit(frame, area, app, heading, code),
                None => say(frame, heading),
            }
            return;
        }
        _ => {}
    }
    let part = shown.part.saturating_sub(app.wall_codes());
    let outcomes = app.outcomes(shown.session.as_deref());
    let parts = match &outcomes.parts {
        None => {
            say(frame, vec![Line::raw(l.label("qr-no-session"))]);
            return;
        }
        Some(Err(e)) => {
            let said = l.label_with("qr-no-code", &[("why", e.to_string().into())]);
            say(frame, vec![Line::raw(said)]);
            return;
        }
        Some(Ok(parts)) => parts,
    };
    let count = parts.len();
    let Some(code) = outcomes.code(part.min(count.saturating_sub(1))) else {
        say(frame, vec![Line::raw(l.label("qr-nothing"))]);
        return;
    };
    let code = match code.as_ref() {
        Ok(code) => code,
        Err(e) => {
            let said = l.label_with("qr-no-code", &[("why", e.to_string().into())]);
            say(frame, vec![Line::raw(said)]);
            return;
        }
    };
    let scope = match &shown.session {
        None => l.label("qr-whole-meeting"),
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
            l.label_with("qr-left-out", &[("left", left_out.as_str().into())]),
            theme::warn(),
        )
    }));
    fit(frame, area, app, heading, code);
}

/// How a code's modules become cells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cells {
    /// A module is two cells of one row, painted by background colour.
    Whole,
    /// Two modules, one above the other, are one cell of a half-block glyph.
    Half,
}

impl Cells {
    /// Columns and rows `matrix` takes drawn this way, quiet zone included.
    pub(crate) fn size(self, matrix: &Matrix) -> (u16, u16) {
        let n = u16::try_from(matrix.framed_size()).unwrap_or(u16::MAX);
        match self {
            Cells::Whole => (n.saturating_mul(2), n),
            Cells::Half => (n, n.div_ceil(2)),
        }
    }

    /// The way to draw `matrix` in `width` × `height` cells: whole cells when they fit, half
    /// blocks when those do, else None.
    pub(crate) fn fitting(matrix: &Matrix, width: u16, height: u16) -> Option<Cells> {
        [Cells::Whole, Cells::Half].into_iter().find(|cells| {
            let (w, h) = cells.size(matrix);
            w <= width && h <= height
        })
    }
}

/// Draws a code under its heading when the terminal holds it, else says how much room it needs.
fn fit(frame: &mut Frame, area: Rect, app: &App, heading: Vec<Line<'static>>, code: &Matrix) {
    let help = Line::styled(
        crate::tui::keymap::hint_line(app.labels(), crate::tui::keymap::Context::Qr),
        theme::dim(),
    );
    let around = heading.len() as u16 + 1;
    let l = app.labels();
    let Some(cells) = Cells::fitting(code, area.width, area.height.saturating_sub(around)) else {
        let (width, height) = Cells::Half.size(code);
        let mut lines = heading;
        let size = |w: u16, h: u16| format!("{w}×{h}");
        lines.extend([
            Line::raw(""),
            Line::raw(l.label_with(
                "qr-too-small",
                &[
                    ("needs", size(width, height + around).into()),
                    ("has", size(area.width, area.height).into()),
                ],
            )),
            Line::raw(l.label("qr-enlarge")),
            Line::raw(l.label("qr-hand-out")),
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
    };
    let help = (!app.ui.projector).then_some(help);
    draw(frame, area, &heading, (code, cells), help);
}

/// Draws the heading lines, the code and the help line, centred.
fn draw(
    frame: &mut Frame,
    area: Rect,
    heading: &[Line],
    (code, cells): (&Matrix, Cells),
    help: Option<Line>,
) {
    let (width, rows) = cells.size(code);
    let height = heading.len() as u16 + rows + 1;
    let x = area.x + (area.width - width) / 2;
    let mut y = area.y + area.height.saturating_sub(height) / 2;
    for line in heading {
        let rect = Rect::new(area.x, y, area.width, 1);
        frame.render_widget(line.clone().alignment(Alignment::Center), rect);
        y += 1;
    }
    modules(frame.buffer_mut(), (x, y), code, cells);
    y += rows;
    if let Some(help) = help {
        let rect = Rect::new(area.x, y, area.width, 1);
        frame.render_widget(help.alignment(Alignment::Center), rect);
    }
}

/// Paints the modules of `code`, quiet zone included, with its top left corner at `at`; the
/// caller has checked they fit in the buffer.
pub(crate) fn modules(buffer: &mut Buffer, at: (u16, u16), code: &Matrix, cells: Cells) {
    // Black on white whatever the theme: phones read dark modules on a light ground.
    let colourless = theme::colourless();
    let (light, dark) = if colourless {
        (
            Style::default(),
            Style::default().add_modifier(Modifier::REVERSED),
        )
    } else {
        (
            Style::default().fg(Color::Black).bg(Color::White),
            Style::default().fg(Color::White).bg(Color::Black),
        )
    };
    let n = code.framed_size();
    let area = buffer.area;
    let mut put = |x: usize, y: usize, symbol: &str, style: Style| {
        let (Ok(x), Ok(y)) = (u16::try_from(x), u16::try_from(y)) else {
            return;
        };
        let (x, y) = (at.0.saturating_add(x), at.1.saturating_add(y));
        if x < area.x + area.width && y < area.y + area.height {
            buffer[(x, y)].set_symbol(symbol).set_style(style);
        }
    };
    match cells {
        Cells::Whole => {
            for y in 0..n {
                for x in 0..n {
                    let style = if code.is_dark_framed(x, y) {
                        dark
                    } else {
                        light
                    };
                    put(2 * x, y, " ", style);
                    put(2 * x + 1, y, " ", style);
                }
            }
        }
        Cells::Half => {
            for y in (0..n).step_by(2) {
                for x in 0..n {
                    let top = code.is_dark_framed(x, y);
                    let bottom = y + 1 < n && code.is_dark_framed(x, y + 1);
                    // Dark modules are the cell's background and only light halves are glyphs:
                    // a font's half blocks fall short of the cell's edges, and a thin gap in a
                    // dark area breaks zbar's reading where light ones between light halves
                    // do not, as the screenshots of tests/qr_xterm.rs show.
                    let (symbol, style) = match (top, bottom) {
                        (true, true) => (" ", dark),
                        (true, false) => ("▄", dark),
                        (false, true) => ("▀", dark),
                        (false, false) => (" ", light),
                    };
                    put(x, y / 2, symbol, style);
                }
            }
        }
    }
}
