//! Rendering the meeting screen from state. Nothing here changes the record or the view
//! state: the same app and clock always draw the same frame.

pub mod board;
pub mod footer;
pub mod header;
pub mod notes;
pub mod outline;
pub mod overlays;
pub mod projector;
pub mod proposals;
pub mod qr;
pub mod resolutions;
pub mod speakers;

use chrono::NaiveDateTime;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::app::{App, Tab};
use super::theme;

/// Where each part of the screen goes; shared by drawing and by mouse hit-testing.
#[derive(Clone, Copy, Debug)]
pub struct Areas {
    /// Meeting, session, clocks.
    pub header: Rect,
    /// The day's sessions.
    pub outline: Rect,
    /// The tab titles.
    pub tabs: Rect,
    /// The current tab's content.
    pub body: Rect,
    /// Keys and the save indicator.
    pub footer: Rect,
}

impl Areas {
    /// Lays out a screen of `size`.
    pub fn new(size: Rect) -> Areas {
        let [header, middle, footer] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Min(0),
            Constraint::Length(1),
        ])
        .areas(size);
        let outline_width = match size.width {
            w if w >= 120 => 38,
            w if w >= 60 => 28,
            _ => 0,
        };
        let [outline, work] =
            Layout::horizontal([Constraint::Length(outline_width), Constraint::Min(0)])
                .areas(middle);
        let [tabs, body] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(work);
        Areas {
            header,
            outline,
            tabs,
            body,
            footer,
        }
    }
}

/// Draws the whole meeting screen at `now`, in the app's theme: the facilitator's view, or
/// the projector's.
pub fn draw(frame: &mut Frame, app: &App, now: NaiveDateTime) {
    let theme = app.theme();
    theme::scope(&theme, || {
        let area = frame.area();
        // The terminal theme keeps the terminal's own colours: nothing to paint.
        if theme.base() != ratatui::style::Style::default() {
            frame.buffer_mut().set_style(area, theme.base());
        }
        if let Some(shown) = &app.ui.qr {
            qr::render(frame, area, app, shown);
        } else if app.ui.projector {
            projector::draw(frame, app, now);
        } else {
            facilitator(frame, app, now);
        }
    });
}

fn facilitator(frame: &mut Frame, app: &App, now: NaiveDateTime) {
    let areas = Areas::new(frame.area());
    header::render(frame, areas.header, app, now);
    outline::render(frame, areas.outline, app, now);
    render_tabs(frame, areas.tabs, app);
    match app.ui.tab {
        Tab::Notes => notes::render(frame, areas.body, app),
        Tab::Proposals => proposals::render(frame, areas.body, app),
        Tab::Resolutions => resolutions::render(frame, areas.body, app),
        Tab::Board => board::render(frame, areas.body, app),
        Tab::Speakers => speakers::render(frame, areas.body, app, now),
    }
    footer::render(frame, areas.footer, app);
    overlays::render(frame, areas, app);
}

/// The tab titles as drawn, with the columns each one takes.
fn tab_spans() -> Vec<(Tab, String)> {
    Tab::ALL
        .iter()
        .map(|&t| (t, format!(" {} ", t.title())))
        .collect()
}

fn render_tabs(frame: &mut Frame, area: Rect, app: &App) {
    let mut spans = Vec::new();
    for (tab, title) in tab_spans() {
        let style = if tab == app.ui.tab {
            theme::selected().add_modifier(Modifier::BOLD)
        } else {
            theme::dim()
        };
        spans.push(Span::styled(title, style));
        spans.push(Span::raw(" "));
    }
    frame.render_widget(Line::from(spans), area);
}

/// The tab under column `x` of the tabs row.
pub fn tab_at(area: Rect, x: u16) -> Option<Tab> {
    let mut left = area.x;
    for (tab, title) in tab_spans() {
        let width = title.chars().count() as u16;
        if (left..left + width).contains(&x) {
            return Some(tab);
        }
        left += width + 1;
    }
    None
}

/// Text from a record or the keyboard, made safe to draw on one row: the core's one sanitiser
/// in its single-line form.
pub use crate::core::inert_line as inert;

/// The first `offset` that keeps item `selected` visible in a window of `height` rows.
pub fn scroll_offset(selected: usize, len: usize, height: usize) -> usize {
    if height == 0 || len <= height {
        return 0;
    }
    selected.min(len - 1).saturating_sub(height - 1)
}

/// A style for the selected row.
pub fn row_style(selected: bool) -> Style {
    if selected {
        theme::selected()
    } else {
        Style::default()
    }
}
