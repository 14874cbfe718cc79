//! Rendering the meeting screen from state. Nothing here changes the record or the view
//! state: the same app and clock always draw the same frame.

pub mod board;
pub(crate) mod close;
pub(crate) mod fit;
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
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::layout::{Areas, tab_titles};
use super::state::{App, Tab};
use super::theme;
use crate::core::record::RunState;
use crate::core::timing::DayPlan;
use crate::lang::Labels;

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
        } else if app.ui.close && crate::core::timing::closed_on(app.record()).is_some() {
            close::render(frame, area, app);
        } else if app.ui.projector {
            projector::draw(frame, app, now);
            // What a key opened on the wall shows there, so no key goes into a box unseen.
            overlays::render(frame, Areas::new(area), app);
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

fn render_tabs(frame: &mut Frame, area: Rect, app: &App) {
    let mut spans = Vec::new();
    for (tab, title) in tab_titles(app.labels(), area.width) {
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

/// Text from a record or the keyboard, made safe to draw on one row: the core's one sanitiser
/// in its single-line form.
pub use crate::core::inert_line as inert;

/// How far the current session has run past its planned length, in seconds, while it runs
/// or is paused; None within its time. The header and the projector say it as "+0:22 over",
/// so the day plan's "on time" is never read as the session's.
pub(crate) fn overtime(app: &App, now: NaiveDateTime) -> Option<i64> {
    let session = app.current()?;
    let run = app.record().run(&session.id);
    let over = run.elapsed_secs(now) - i64::from(session.minutes?) * 60;
    (matches!(run.state, RunState::Running | RunState::Paused) && over > 0).then_some(over)
}

/// "+0:22 over" for a session `seconds` past its time, in `labels`' language.
pub(crate) fn over_label(labels: &Labels, seconds: i64) -> String {
    labels.label_with(
        "screen-over",
        &[("time", format!("+{}", speakers::clock(seconds)).into())],
    )
}

/// A day as the header's clock and the outline name it: "Mon 23 Jul", in `l`'s language.
pub(crate) fn short_day(l: &Labels, date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let weekday = date.weekday().number_from_monday();
    l.label_with(
        "screen-day-date",
        &[
            (
                "weekday",
                l.label_with("weekday-short", &[("day", weekday.into())])
                    .into(),
            ),
            ("day", date.day().into()),
            (
                "month",
                l.label_with("month-short", &[("month", date.month().into())])
                    .into(),
            ),
        ],
    )
}

/// Where the day stands against its plan ("running 14 min late; Lunch now at 13:14"), in
/// `labels`' language.
pub(crate) fn day_summary(labels: &Labels, plan: &DayPlan) -> String {
    crate::export::phone::standing(labels, plan)
}

/// A style for the selected row.
pub(crate) fn row_style(selected: bool) -> Style {
    if selected {
        theme::selected()
    } else {
        Style::default()
    }
}
