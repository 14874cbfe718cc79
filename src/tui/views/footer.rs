//! The footer: the keys that work right now, a message, and the save indicator.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};

use crate::tui::action::Action;
use crate::tui::keymap::help_rows;
use crate::tui::overlay::{Field, Overlay};
use crate::tui::state::{App, Saved, Tab};
use crate::tui::theme;

/// The actions the footer hints at for each tab, most used first; `?` lists the rest.
fn hinted(tab: Tab) -> &'static [Action] {
    match tab {
        Tab::Notes => &[
            Action::NewNote,
            Action::StartPause,
            Action::NextSession,
            Action::Edit,
            Action::Undo,
        ],
        Tab::Proposals => &[
            Action::Score(0),
            Action::DotUp,
            Action::SelectProposal,
            Action::ParkProposal,
            Action::MergeProposal,
        ],
        Tab::Resolutions => &[
            Action::AddResolution,
            Action::CycleStatus,
            Action::RecordVote,
            Action::LinkProposal,
        ],
        Tab::Board => &[
            Action::AddCard,
            Action::CardLeft,
            Action::CardRight,
            Action::AddStrategy,
            Action::Filter,
        ],
        Tab::Speakers => &[
            Action::RaiseHand,
            Action::NextSpeaker,
            Action::EndTurn,
            Action::ToggleProgressive,
            Action::CycleGrouping,
        ],
    }
}

/// The keys of the open overlay, when one is open.
fn overlay_keys(overlay: &Overlay) -> &'static str {
    match overlay {
        Overlay::Help => "any key closes help",
        Overlay::Editor(e) if e.field == Field::Speaker => {
            "type a name · ↑↓ choose · Enter pick · Esc back to the text"
        }
        Overlay::Editor(_) => {
            "Enter save · Alt-Enter new line · Tab speaker · C-t kind · Esc close"
        }
        Overlay::Prompt(_) => "Enter confirm · Esc cancel",
        Overlay::Picker(p) if p.multiple() => "↑↓ move · Space tick · Enter keep · Esc cancel",
        Overlay::Picker(_) => "↑↓ move · Enter choose · Esc cancel",
        Overlay::Confirm(_) => "y yes · n no",
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
        Line::styled(format!(" {}", overlay_keys(overlay)), theme::dim())
    } else {
        let rows = help_rows(app.context());
        let mut spans = Vec::new();
        for action in hinted(app.ui.tab) {
            let same = |a: &Action| match (a, action) {
                (Action::Score(_), Action::Score(_)) => true,
                (a, b) => a == b,
            };
            if let Some((keys, a)) = rows.iter().find(|(_, a)| same(a)) {
                let key = keys.split(' ').next().unwrap_or(keys);
                spans.push(Span::styled(format!(" {key}"), theme::title()));
                spans.push(Span::styled(format!(" {}", a.name()), theme::dim()));
            }
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
