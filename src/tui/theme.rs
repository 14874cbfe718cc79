//! Themes are data: a RON file names the colours, and the built-in ones are compiled in. A
//! theme is in force while a frame is drawn (see [`scope`]); `NO_COLOR` drops every colour
//! and keeps bold, reverse and dim, which read on any projector.

use std::cell::RefCell;
use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

/// A theme as written in its file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTheme {
    name: String,
    /// The text colour; left out, the terminal's own.
    #[serde(default)]
    foreground: String,
    /// The background colour; left out, the terminal's own.
    #[serde(default)]
    background: String,
    accent: String,
    good: String,
    warn: String,
    bad: String,
}

/// A theme ready to draw with.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    /// What it is called.
    pub name: String,
    base: Style,
    accent: Option<Color>,
    good: Option<Color>,
    warn: Option<Color>,
    bad: Option<Color>,
}

/// The built-in themes' files, in the order the theme key cycles through them.
pub const BUILT_IN: [&str; 3] = [
    include_str!("../../themes/terminal.ron"),
    include_str!("../../themes/projector-dark.ron"),
    include_str!("../../themes/projector-light.ron"),
];

impl Theme {
    /// Reads a theme file; the error says which colour or field is wrong.
    pub fn parse(text: &str) -> Result<Theme, String> {
        let raw: RawTheme = ron::from_str(text).map_err(|e| e.to_string())?;
        let colour = |name: &str, value: &str| {
            Color::from_str(value).map_err(|_| format!("{name}: `{value}` is not a colour"))
        };
        let optional =
            |name: &str, value: &str| (!value.is_empty()).then(|| colour(name, value)).transpose();
        let mut base = Style::default();
        if let Some(fg) = optional("foreground", &raw.foreground)? {
            base = base.fg(fg);
        }
        if let Some(bg) = optional("background", &raw.background)? {
            base = base.bg(bg);
        }
        Ok(Theme {
            name: raw.name,
            base,
            accent: Some(colour("accent", &raw.accent)?),
            good: Some(colour("good", &raw.good)?),
            warn: Some(colour("warn", &raw.warn)?),
            bad: Some(colour("bad", &raw.bad)?),
        })
    }

    /// The built-in themes; with `NO_COLOR` set, one plain theme.
    pub fn built_in() -> Vec<Theme> {
        if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            return vec![Theme::plain()];
        }
        // Checked by the tests: every built-in file parses.
        BUILT_IN
            .iter()
            .filter_map(|t| Theme::parse(t).ok())
            .collect()
    }

    /// No colour at all: the terminal's own, with bold, reverse and dim.
    pub fn plain() -> Theme {
        Theme {
            name: "plain".into(),
            base: Style::default(),
            accent: None,
            good: None,
            warn: None,
            bad: None,
        }
    }

    /// The colours of the whole screen.
    pub fn base(&self) -> Style {
        self.base
    }
}

thread_local! {
    static CURRENT: RefCell<Theme> = RefCell::new(Theme::plain());
}

/// Runs `draw` with `theme` in force, as every frame does.
pub(crate) fn scope<T>(theme: &Theme, draw: impl FnOnce() -> T) -> T {
    let previous = CURRENT.with(|c| c.replace(theme.clone()));
    let result = draw();
    CURRENT.with(|c| *c.borrow_mut() = previous);
    result
}

fn fg(pick: impl Fn(&Theme) -> Option<Color>) -> Style {
    CURRENT.with(|c| match pick(&c.borrow()) {
        Some(colour) => Style::default().fg(colour),
        None => Style::default(),
    })
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
    fg(|t| t.good)
}

/// Things running short: time nearly up, running late.
pub fn warn() -> Style {
    fg(|t| t.warn).add_modifier(Modifier::BOLD)
}

/// Things overdue or unsaved.
pub fn bad() -> Style {
    fg(|t| t.bad).add_modifier(Modifier::BOLD)
}

/// Kinds and labels.
pub(crate) fn accent() -> Style {
    fg(|t| t.accent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_theme_parses() {
        for text in BUILT_IN {
            let theme = Theme::parse(text).unwrap_or_else(|e| panic!("{e}\n{text}"));
            assert!(!theme.name.is_empty());
        }
        let names: Vec<String> = BUILT_IN
            .iter()
            .filter_map(|t| Theme::parse(t).ok())
            .map(|t| t.name)
            .collect();
        assert_eq!(names, ["terminal", "projector-dark", "projector-light"]);
    }

    #[test]
    fn a_theme_with_a_wrong_colour_or_field_is_refused() {
        let bad = Theme::parse(
            r#"(name: "x", accent: "chartreuse-ish", good: "green", warn: "red", bad: "red")"#,
        );
        assert_eq!(
            bad,
            Err("accent: `chartreuse-ish` is not a colour".to_owned())
        );
        let unknown = Theme::parse(
            r#"(name: "x", accent: "red", good: "green", warn: "red", bad: "red", font: "big")"#,
        );
        assert!(unknown.is_err_and(|e| e.contains("font")));
    }

    #[test]
    fn the_scope_puts_the_theme_in_force_and_back() {
        let dark = Theme::parse(BUILT_IN[1]).expect("projector-dark");
        assert_eq!(good(), Style::default(), "plain outside a frame");
        scope(&dark, || assert_eq!(good().fg, dark.good));
        assert_eq!(good(), Style::default());
    }
}
