//! The footer: the keys that work right now, a message, and the save indicator.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};

use super::{fit, inert};
use crate::lang::Labels;
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

/// Draws the footer. The save indicator keeps its corner: the hints before it give way whole
/// (the last first, "? keys" never), and a message is cut with `…`, so nothing runs into it.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    if area.height == 0 {
        return;
    }
    let l = app.labels();
    let count = |id: &str, n: usize| l.label_with(id, &[("n", n.into())]);
    let (saved, saved_style) = match &app.ui.saved {
        Saved::All => (format!("✓ {}", l.label("saved-all")), theme::good()),
        Saved::Pending(n, _) => (format!("⚠ {}", count("saved-unsaved", *n)), theme::bad()),
        Saved::Waiting(n, None) => (format!("… {}", count("saved-waiting", *n)), theme::warn()),
        Saved::Waiting(0, Some(_)) => (
            format!("⚠ {}", l.label("saved-host-unreachable")),
            theme::bad(),
        ),
        Saved::Waiting(n, Some(_)) => (format!("⚠ {}", count("saved-waiting", *n)), theme::bad()),
    };
    // The indicator, a space after it and a space before it.
    let room = usize::from(area.width).saturating_sub(fit::width(&saved) + 2);
    // A message (what was just done) shows first; otherwise, until everything is on disk, the
    // warning stays: nothing typed may look saved when it is not. The right-hand corner
    // keeps the count either way.
    let since = |at: &chrono::NaiveDateTime| l.time(at.time());
    let warning = match (&app.ui.saved, &app.ui.message) {
        (Saved::Pending(n, why), None) => Some(unsaved(l, *n, why)),
        (Saved::Waiting(0, Some(at)), None) => Some(format!(
            " ⚠ {}",
            l.label_with("footer-host-unreachable", &[("since", since(at).into())])
        )),
        (Saved::Waiting(n, Some(at)), None) => Some(format!(
            " ⚠ {}",
            l.label_with(
                "footer-waiting-unreachable",
                &[("n", (*n).into()), ("since", since(at).into())]
            )
        )),
        _ => None,
    };
    let left: Line = if let Some(warning) = warning {
        Line::styled(fit::fit(&warning, room), theme::bad())
    } else if let Some(message) = &app.ui.message {
        Line::styled(fit::fit(&format!(" {message}"), room), theme::warn())
    } else if let Some(overlay) = &app.ui.overlay {
        let hints = hint_line(l, Context::of_overlay(overlay));
        Line::styled(whole_hints(&hints, room), theme::dim())
    } else {
        Line::from(key_hints(app, room))
    };
    frame.render_widget(left, area);
    frame.render_widget(
        Line::from(Span::styled(format!("{saved} "), saved_style)).alignment(Alignment::Right),
        area,
    );
}

/// The warning while changes are not on disk, with the system's reason.
fn unsaved(l: &Labels, n: usize, why: &str) -> String {
    // The system's words without the file's path, which the record's folder already says.
    let why = why.rsplit(": ").next().unwrap_or(why);
    let why = if why.is_empty() {
        String::new()
    } else {
        format!(" ({why})")
    };
    format!(
        " ⚠ {}",
        l.label_with(
            "footer-not-on-disk",
            &[("n", n.into()), ("why", why.into())]
        )
    )
}

/// An overlay's hints ("Enter save · Alt-Enter new line · …") as many whole as fit in `room`.
fn whole_hints(hints: &str, room: usize) -> String {
    let mut line = String::new();
    for hint in hints.split(" · ") {
        let next = if line.is_empty() {
            format!(" {hint}")
        } else {
            format!("{line} · {hint}")
        };
        if fit::width(&next) > room {
            break;
        }
        line = next;
    }
    line
}

/// The main screen's hints: the filter in force, the keys to know first, and "? keys", in
/// `room` columns; keys that do not fit are left out whole, from the last.
fn key_hints(app: &App, room: usize) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    // A filter in force is said where it hides or dims something, with how to clear it.
    let l = app.labels();
    if let Some(filter) = &app.ui.filter
        && matches!(app.ui.tab, Tab::Notes | Tab::Board)
    {
        spans.push(Span::styled(
            format!(" /{} · {} ·", inert(filter), l.label("footer-esc-clears")),
            theme::warn(),
        ));
    }
    let help = [
        Span::styled(" ?", theme::title()),
        Span::styled(format!(" {}", l.label("footer-keys")), theme::dim()),
    ];
    let mut used: usize = spans.iter().chain(&help).map(Span::width).sum();
    for (key, name) in hints(l, app.context()) {
        let pair = [
            Span::styled(format!(" {key}"), theme::title()),
            Span::styled(format!(" {name}"), theme::dim()),
        ];
        let width: usize = pair.iter().map(Span::width).sum();
        if used + width > room {
            break;
        }
        used += width;
        spans.extend(pair);
    }
    spans.extend(help);
    spans
}
