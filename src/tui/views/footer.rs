//! The footer: the keys that work right now, a message, and the save indicator.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};

use super::inert;
use crate::tui::keymap::{Context, hint_line, hints};
use crate::tui::state::{App, Saved, Tab};
use crate::tui::theme;

/// Everything [`render`] reads from the app, so the painter can tell that the footer would
/// come out as the terminal already shows it (the area and theme aside, which it compares
/// itself).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Inputs {
    saved: Saved,
    message: Option<String>,
    context: Context,
}

impl Inputs {
    /// What the footer of `app` is drawn from.
    pub(crate) fn of(app: &App) -> Inputs {
        Inputs {
            saved: app.ui.saved.clone(),
            message: app.ui.message.clone(),
            context: app
                .ui
                .overlay
                .as_ref()
                .map_or_else(|| app.context(), Context::of_overlay),
        }
    }
}

/// Draws the footer.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    if area.height == 0 {
        return;
    }
    let (saved, saved_style) = match &app.ui.saved {
        Saved::All => ("✓ saved".to_owned(), theme::good()),
        Saved::Pending(n, _) => (format!("⚠ {n} unsaved"), theme::bad()),
    };
    // A message (what was just done) shows first; otherwise, until everything is on disk, the
    // warning stays: nothing typed may look saved when it is not. The right-hand corner
    // keeps the count either way.
    let pending = match (&app.ui.saved, &app.ui.message) {
        (Saved::Pending(n, why), None) => Some((n, why)),
        _ => None,
    };
    let left: Line = if let Some((n, why)) = pending {
        // The system's words without the file's path, which the record's folder already says.
        let why = why.rsplit(": ").next().unwrap_or(why);
        let why = if why.is_empty() {
            String::new()
        } else {
            format!(" ({why})")
        };
        Line::styled(
            format!(
                " ⚠ {n} change{} NOT on disk{why}; retrying",
                if *n == 1 { "" } else { "s" }
            ),
            theme::bad(),
        )
    } else if let Some(message) = &app.ui.message {
        Line::styled(format!(" {message}"), theme::warn())
    } else if let Some(overlay) = &app.ui.overlay {
        Line::styled(
            format!(" {}", hint_line(Context::of_overlay(overlay))),
            theme::dim(),
        )
    } else {
        let mut spans = Vec::new();
        // A filter in force is said where it hides or dims something, with how to clear it.
        if let Some(filter) = &app.ui.filter
            && matches!(app.ui.tab, Tab::Notes | Tab::Board)
        {
            spans.push(Span::styled(
                format!(" /{} · Esc clears ·", inert(filter)),
                theme::warn(),
            ));
        }
        for (key, name) in hints(app.context()) {
            spans.push(Span::styled(format!(" {key}"), theme::title()));
            spans.push(Span::styled(format!(" {name}"), theme::dim()));
        }
        spans.push(Span::styled(" ?", theme::title()));
        spans.push(Span::styled(" keys", theme::dim()));
        Line::from(spans)
    };
    frame.render_widget(left, area);
    frame.render_widget(
        Line::from(Span::styled(format!("{saved} "), saved_style)).alignment(Alignment::Right),
        area,
    );
}
