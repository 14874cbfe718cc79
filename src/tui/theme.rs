//! The few styles the meeting screen uses, in one place. `NO_COLOR` turns colour off and
//! leaves only bold, reverse and dim, which read on any projector.

use std::sync::OnceLock;

use ratatui::style::{Color, Modifier, Style};

fn colour() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()))
}

fn fg(color: Color) -> Style {
    if colour() {
        Style::default().fg(color)
    } else {
        Style::default()
    }
}

/// The selected row or tab.
pub fn selected() -> Style {
    Style::default().add_modifier(Modifier::REVERSED)
}

/// Secondary text.
pub fn dim() -> Style {
    Style::default().add_modifier(Modifier::DIM)
}

/// Headings and titles.
pub fn title() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}

/// Things on time, done, saved.
pub fn good() -> Style {
    fg(Color::Green)
}

/// Things running short: time nearly up, running late.
pub fn warn() -> Style {
    fg(Color::Yellow).add_modifier(Modifier::BOLD)
}

/// Things overdue or unsaved.
pub fn bad() -> Style {
    fg(Color::Red).add_modifier(Modifier::BOLD)
}

/// Kinds and labels.
pub fn accent() -> Style {
    fg(Color::Cyan)
}
