//! Themes are data: a RON file names the colours, and the built-in ones are compiled in. A
//! theme is in force while a frame is drawn (see [`scope`]); `NO_COLOR` drops every colour
//! and keeps bold, reverse and dim, which read on any projector. Users add themes of their own
//! as files of the same fields (see [`Theme::read_dir`]).

use std::cell::RefCell;
use std::path::Path;
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
    /// The status colours on a terminal of 16 colours, chosen by hand where the nearest would
    /// make two alike or lose contrast; left out, the nearest.
    #[serde(default)]
    ansi: Option<RawAnsi>,
}

/// A theme's own choice of the 16 ANSI colours for its status colours.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAnsi {
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
    /// accent, good, warn and bad on 16 colours, when the theme chose them.
    ansi: Option<[Color; 4]>,
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
        Theme::resolve(raw).map_err(|(_, message)| message)
    }

    /// Reads the theme file `path`, whose text is `text`; the error is `path:line:col: what`.
    /// A leading BOM, which some editors write, is not part of it (as for agendas).
    pub fn read(path: &Path, text: &str) -> Result<Theme, String> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let at = |(line, col): (usize, usize), message: &dyn std::fmt::Display| {
            format!("{}:{line}:{col}: {message}", path.display())
        };
        let raw: RawTheme = ron::from_str(text)
            .map_err(|e| at((e.span.start.line.max(1), e.span.start.col.max(1)), &e.code))?;
        Theme::resolve(raw).map_err(|(field, message)| {
            at(
                crate::config::field_position(text, &field.split('.').collect::<Vec<_>>()),
                &message,
            )
        })
    }

    /// The user's themes: every `*.ron` file in `dir`, in name order; no folder, no themes.
    pub fn read_dir(dir: &Path) -> Result<Vec<Theme>, String> {
        let cannot =
            |path: &Path, e: std::io::Error| format!("{}: cannot read: {e}", path.display());
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(cannot(dir, e)),
        };
        let mut paths = Vec::new();
        for entry in entries {
            let path = entry.map_err(|e| cannot(dir, e))?.path();
            if path.extension().is_some_and(|x| x == "ron") {
                paths.push(path);
            }
        }
        paths.sort();
        paths
            .iter()
            .map(|path| {
                let text = std::fs::read_to_string(path).map_err(|e| cannot(path, e))?;
                Theme::read(path, &text)
            })
            .collect()
    }

    /// The names of the themes to choose from with `user`'s themes, in cycling order.
    pub fn names(user: &[Theme]) -> Vec<String> {
        let mut all: Vec<Theme> = BUILT_IN
            .iter()
            .filter_map(|t| Theme::parse(t).ok())
            .collect();
        all.extend(user.iter().cloned());
        names(&all)
    }

    /// The themes to choose from: the built-in ones, then `user`'s (a user theme of a built-in
    /// one's name takes its place), fitted to the terminal, the one named `first` first and the
    /// rest in cycling order; with `NO_COLOR` set, one plain theme. When no theme is called
    /// `first`, the names of those there are.
    pub fn available(user: Vec<Theme>, first: &str) -> Result<Vec<Theme>, Vec<String>> {
        let mut themes: Vec<Theme> = BUILT_IN
            .iter()
            .filter_map(|t| Theme::parse(t).ok())
            .collect();
        for theme in user {
            match themes.iter_mut().find(|t| t.name == theme.name) {
                Some(same) => *same = theme,
                None => themes.push(theme),
            }
        }
        let Some(at) = themes.iter().position(|t| t.name == first) else {
            return Err(names(&themes));
        };
        themes.rotate_left(at);
        if no_colour() {
            return Ok(vec![Theme::plain()]);
        }
        let depth = announced_depth();
        Ok(themes.into_iter().map(|t| t.fitted(depth)).collect())
    }

    /// A theme file's fields resolved to colours; the error names the field, then says what is
    /// wrong with it.
    fn resolve(raw: RawTheme) -> Result<Theme, (&'static str, String)> {
        let colour = |name: &'static str, value: &str| {
            Color::from_str(value).map_err(|_| (name, format!("{name}: `{value}` is not a colour")))
        };
        let optional = |name: &'static str, value: &str| {
            (!value.is_empty()).then(|| colour(name, value)).transpose()
        };
        let mut base = Style::default();
        if let Some(fg) = optional("foreground", &raw.foreground)? {
            base = base.fg(fg);
        }
        if let Some(bg) = optional("background", &raw.background)? {
            base = base.bg(bg);
        }
        let ansi = match &raw.ansi {
            None => None,
            Some(a) => Some([
                colour("ansi.accent", &a.accent)?,
                colour("ansi.good", &a.good)?,
                colour("ansi.warn", &a.warn)?,
                colour("ansi.bad", &a.bad)?,
            ]),
        };
        Ok(Theme {
            name: raw.name,
            ansi,
            base,
            accent: Some(colour("accent", &raw.accent)?),
            good: Some(colour("good", &raw.good)?),
            warn: Some(colour("warn", &raw.warn)?),
            bad: Some(colour("bad", &raw.bad)?),
        })
    }

    /// The built-in themes in the colours the terminal announces it shows; with `NO_COLOR`
    /// set, one plain theme.
    pub fn built_in() -> Vec<Theme> {
        if no_colour() {
            return vec![Theme::plain()];
        }
        let depth = announced_depth();
        // Checked by the tests: every built-in file parses.
        BUILT_IN
            .iter()
            .filter_map(|t| Theme::parse(t).ok())
            .map(|t| t.fitted(depth))
            .collect()
    }

    /// The theme with every colour the nearest the terminal can show.
    pub fn fitted(self, depth: Depth) -> Theme {
        let fit = |c: Option<Color>| c.map(|c| depth.fit(c));
        let mut base = self.base;
        base.fg = fit(base.fg);
        base.bg = fit(base.bg);
        let [accent, good, warn, bad] = match (depth, self.ansi) {
            (Depth::Ansi, Some(chosen)) => chosen.map(Some),
            _ => [self.accent, self.good, self.warn, self.bad].map(fit),
        };
        Theme {
            base,
            accent,
            good,
            warn,
            bad,
            ..self
        }
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
            ansi: None,
        }
    }

    /// The colours of the whole screen.
    pub fn base(&self) -> Style {
        self.base
    }
}

/// The names of `themes`, each once, in order.
fn names(themes: &[Theme]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for theme in themes {
        if !names.contains(&theme.name) {
            names.push(theme.name.clone());
        }
    }
    names
}

/// Whether `NO_COLOR` asks for no colour at all.
fn no_colour() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// The colours this terminal announces in `COLORTERM` and `TERM`.
fn announced_depth() -> Depth {
    let var = |name| std::env::var(name).ok();
    Depth::announced(var("COLORTERM").as_deref(), var("TERM").as_deref())
}

/// How many colours the terminal shows, as it announces them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Depth {
    /// Any RGB colour (`COLORTERM=truecolor` or `24bit`).
    TrueColour,
    /// The xterm palette of 256 (a `TERM` that names it, like `xterm-256color`).
    Indexed,
    /// The 16 ANSI colours: old projector laptops, the Linux console.
    Ansi,
}

/// The 16 ANSI colours as the VGA palette (and the Linux console) draws them.
const ANSI: [(Color, [u8; 3]); 16] = [
    (Color::Black, [0, 0, 0]),
    (Color::Red, [170, 0, 0]),
    (Color::Green, [0, 170, 0]),
    (Color::Yellow, [170, 85, 0]),
    (Color::Blue, [0, 0, 170]),
    (Color::Magenta, [170, 0, 170]),
    (Color::Cyan, [0, 170, 170]),
    (Color::Gray, [170, 170, 170]),
    (Color::DarkGray, [85, 85, 85]),
    (Color::LightRed, [255, 85, 85]),
    (Color::LightGreen, [85, 255, 85]),
    (Color::LightYellow, [255, 255, 85]),
    (Color::LightBlue, [85, 85, 255]),
    (Color::LightMagenta, [255, 85, 255]),
    (Color::LightCyan, [85, 255, 255]),
    (Color::White, [255, 255, 255]),
];

/// The six levels of each channel in the xterm 256-colour cube (indices 16 to 231).
const CUBE: [u8; 6] = [0, 95, 135, 175, 215, 255];

impl Depth {
    /// What `COLORTERM` and `TERM` announce; an empty variable counts as unset.
    pub fn announced(colorterm: Option<&str>, term: Option<&str>) -> Depth {
        if matches!(colorterm, Some("truecolor" | "24bit")) {
            Depth::TrueColour
        } else if term.is_some_and(|t| t.contains("256")) {
            Depth::Indexed
        } else {
            Depth::Ansi
        }
    }

    /// The nearest colour to `colour` this depth shows; named and indexed colours stay.
    pub fn fit(self, colour: Color) -> Color {
        let Color::Rgb(r, g, b) = colour else {
            return colour;
        };
        let rgb = [r, g, b];
        match self {
            Depth::TrueColour => colour,
            Depth::Indexed => Color::Indexed(nearest_indexed(rgb)),
            Depth::Ansi => ANSI
                .iter()
                .min_by_key(|(_, c)| distance(*c, rgb))
                .map_or(colour, |(named, _)| *named),
        }
    }
}

/// The nearest of the 256-colour cube and its grey ramp (232 to 255: 8, 18, … 238).
fn nearest_indexed(rgb: [u8; 3]) -> u8 {
    let level = |v: u8| {
        (0u8..6)
            .min_by_key(|&i| CUBE[usize::from(i)].abs_diff(v))
            .unwrap_or(0)
    };
    let [r, g, b] = rgb.map(level);
    let cube = [r, g, b].map(|i| CUBE[usize::from(i)]);
    let mean = (u16::from(rgb[0]) + u16::from(rgb[1]) + u16::from(rgb[2])) / 3;
    let step = u8::try_from(mean.saturating_sub(3) / 10)
        .unwrap_or(23)
        .min(23);
    let grey = 8 + 10 * step;
    if distance([grey; 3], rgb) < distance(cube, rgb) {
        232 + step
    } else {
        16 + 36 * r + 6 * g + b
    }
}

/// How far apart two colours look, roughly: squared distance weighted for the eye's
/// sensitivity to green ("redmean").
fn distance(a: [u8; 3], b: [u8; 3]) -> u32 {
    let mean = (u32::from(a[0]) + u32::from(b[0])) / 2;
    let d = |i: usize| u32::from(a[i].abs_diff(b[i])).pow(2);
    (((512 + mean) * d(0)) >> 8) + 4 * d(1) + (((767 - mean) * d(2)) >> 8)
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

/// Whether the theme in force has no colours at all (`NO_COLOR`): what must still read, a QR
/// code, is drawn in reverse video instead.
pub(crate) fn colourless() -> bool {
    CURRENT.with(|c| {
        let theme = c.borrow();
        theme.base == Style::default()
            && [theme.accent, theme.good, theme.warn, theme.bad]
                .iter()
                .all(Option::is_none)
    })
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
    fn a_theme_file_is_refused_at_the_line_and_column_of_what_is_wrong() {
        let path = Path::new("/t/mine.ron");
        let read = |text: &str| Theme::read(path, text).err().unwrap_or_default();
        assert_eq!(
            read(
                "(\n  name: \"x\",\n  accent: \"red\", good: \"green\", warn: \"red\",\n  bad: \"nope\",\n)"
            ),
            "/t/mine.ron:4:3: bad: `nope` is not a colour"
        );
        assert_eq!(
            read(
                "(name: \"x\", accent: \"red\", good: \"green\", warn: \"red\", bad: \"red\",\n ansi: Some((accent: \"red\", good: \"nope\", warn: \"red\", bad: \"red\")))"
            ),
            "/t/mine.ron:2:29: ansi.good: `nope` is not a colour"
        );
        assert!(read("(name: \"x\",\n  font: 1)").starts_with("/t/mine.ron:2:3: "));
        let good = Theme::read(path, BUILT_IN[2]).map(|t| t.name);
        assert_eq!(good.as_deref(), Ok("projector-light"));
    }

    #[test]
    fn user_themes_join_the_built_in_ones_and_the_chosen_one_comes_first() {
        let mine = |name: &str| Theme {
            name: name.to_owned(),
            ..Theme::plain()
        };
        let names = |themes: Result<Vec<Theme>, Vec<String>>| {
            themes.map(|t| t.into_iter().map(|t| t.name).collect::<Vec<_>>())
        };
        if no_colour() {
            return; // one plain theme, whatever was asked
        }
        assert_eq!(
            names(Theme::available(vec![mine("sunset")], "projector-light")),
            Ok(vec![
                "projector-light".to_owned(),
                "sunset".into(),
                "terminal".into(),
                "projector-dark".into()
            ])
        );
        let replaced = Theme::available(vec![mine("terminal")], "terminal");
        assert_eq!(replaced.as_ref().map(Vec::len), Ok(3));
        assert_eq!(
            replaced.map(|t| t.first().map(|t| t.accent)),
            Ok(Some(None)),
            "the user's terminal theme took the built-in one's place"
        );
        assert_eq!(
            names(Theme::available(Vec::new(), "neon")),
            Err(vec![
                "terminal".to_owned(),
                "projector-dark".into(),
                "projector-light".into()
            ])
        );
    }

    #[test]
    fn a_folder_of_themes_is_read_in_name_order_and_no_folder_is_no_themes() {
        let dir = tempfile::tempdir().expect("a temp dir");
        assert_eq!(Theme::read_dir(&dir.path().join("none")), Ok(Vec::new()));
        let write = |file: &str, name: &str| {
            let text = BUILT_IN[1].replace("projector-dark", name);
            std::fs::write(dir.path().join(file), text).expect("write a theme");
        };
        write("b.ron", "second");
        write("a.ron", "first");
        std::fs::write(dir.path().join("notes.txt"), "not a theme").expect("write");
        let read = Theme::read_dir(dir.path()).map(|t| t.into_iter().map(|t| t.name).collect());
        assert_eq!(read, Ok(vec!["first".to_owned(), "second".to_owned()]));
        std::fs::write(dir.path().join("c.ron"), "(name: ").expect("write");
        let bad = Theme::read_dir(dir.path()).err().unwrap_or_default();
        assert!(bad.contains("c.ron:1:"), "{bad}");
    }

    #[test]
    fn the_scope_puts_the_theme_in_force_and_back() {
        let dark = Theme::parse(BUILT_IN[1]).expect("projector-dark");
        assert_eq!(good(), Style::default(), "plain outside a frame");
        scope(&dark, || assert_eq!(good().fg, dark.good));
        assert_eq!(good(), Style::default());
    }

    #[test]
    fn the_depth_is_what_colorterm_and_term_announce() {
        let depth = Depth::announced;
        assert_eq!(depth(Some("truecolor"), Some("xterm")), Depth::TrueColour);
        assert_eq!(depth(Some("24bit"), None), Depth::TrueColour);
        assert_eq!(depth(None, Some("xterm-256color")), Depth::Indexed);
        assert_eq!(depth(Some(""), Some("screen-256color")), Depth::Indexed);
        assert_eq!(depth(None, Some("linux")), Depth::Ansi);
        assert_eq!(depth(None, None), Depth::Ansi);
    }

    #[test]
    fn rgb_falls_back_to_the_nearest_of_the_256_colour_palette() {
        let fit = |r, g, b| Depth::Indexed.fit(Color::Rgb(r, g, b));
        assert_eq!(fit(0, 0, 0), Color::Indexed(16));
        assert_eq!(fit(255, 255, 255), Color::Indexed(231));
        assert_eq!(fit(255, 0, 0), Color::Indexed(196));
        assert_eq!(fit(0x56, 0xb4, 0xe9), Color::Indexed(74), "5f afd7");
        assert_eq!(
            fit(128, 128, 128),
            Color::Indexed(244),
            "the grey ramp's 808080"
        );
        assert_eq!(
            Depth::Indexed.fit(Color::Cyan),
            Color::Cyan,
            "named colours stay"
        );
        assert_eq!(
            Depth::TrueColour.fit(Color::Rgb(1, 2, 3)),
            Color::Rgb(1, 2, 3)
        );
    }

    #[test]
    fn on_16_colours_the_projector_themes_keep_four_distinct_clear_colours() {
        let fitted = |i: usize| {
            Theme::parse(BUILT_IN[i])
                .expect("a built-in theme")
                .fitted(Depth::Ansi)
        };
        let dark = fitted(1);
        assert_eq!(dark.base.fg, Some(Color::White));
        assert_eq!(dark.base.bg, Some(Color::Black));
        assert_eq!(
            [dark.accent, dark.good, dark.warn, dark.bad],
            [
                Color::LightCyan,
                Color::LightGreen,
                Color::LightYellow,
                Color::LightRed
            ]
            .map(Some)
        );
        let light = fitted(2);
        assert_eq!(light.base.fg, Some(Color::Black));
        assert_eq!(light.base.bg, Some(Color::White));
        assert_eq!(
            [light.accent, light.good, light.warn, light.bad],
            [Color::Blue, Color::Green, Color::Yellow, Color::Red].map(Some)
        );
        // Without a choice of its own, a theme gets the nearest.
        let own = Theme::parse(
            r##"(name: "x", accent: "#00aaaa", good: "#50f050", warn: "#aa5500", bad: "#f05a5a")"##,
        )
        .expect("parses")
        .fitted(Depth::Ansi);
        assert_eq!(
            [own.accent, own.good, own.warn, own.bad],
            [
                Color::Cyan,
                Color::LightGreen,
                Color::Yellow,
                Color::LightRed
            ]
            .map(Some)
        );
    }
}
