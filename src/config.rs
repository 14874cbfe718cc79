//! The settings plenary runs with: the theme the meeting screen opens in, the folder new records
//! go in (and `resume` looks in), and the note-taker's name. Each comes from a flag, else an
//! environment variable, else the config file (`$XDG_CONFIG_HOME/plenary/config.ron`), else
//! plenary's default, and each remembers which of them it came from.

use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The environment variable that names the theme.
pub const THEME_VAR: &str = "PLENARY_THEME";
/// The environment variable that names the records folder.
pub const RECORDS_VAR: &str = "PLENARY_RECORDS";
/// The environment variable that gives the note-taker's name.
pub const NAME_VAR: &str = "PLENARY_NAME";
/// The theme the meeting screen opens in when nothing says otherwise.
pub const DEFAULT_THEME: &str = "terminal";
/// Where new records go when nothing says otherwise, relative to the current folder.
pub const DEFAULT_RECORDS: &str = "sessions";
/// The config file's name in plenary's config folder.
pub const CONFIG_FILE: &str = "config.ron";
/// The folder of user themes in plenary's config folder.
pub const THEMES_DIR: &str = "themes";

/// What the flags say, each left out when not given.
#[derive(Clone, Debug, Default)]
pub struct Given {
    /// `--theme`.
    pub theme: Option<String>,
    /// `--records`.
    pub records: Option<PathBuf>,
    /// `--name`.
    pub name: Option<String>,
}

/// Where a setting's value came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A command-line flag, like `--theme`.
    Flag(&'static str),
    /// An environment variable, like `PLENARY_THEME`.
    Env(&'static str),
    /// The config file, at the value's line and column.
    File {
        /// The config file.
        path: PathBuf,
        /// The value's line, from 1.
        line: usize,
        /// The value's column in characters, from 1.
        col: usize,
    },
    /// plenary's own default.
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "{flag}"),
            Source::Env(var) => write!(f, "{var}"),
            Source::File { path, line, col } => write!(f, "{}:{line}:{col}", path.display()),
            Source::Default => write!(f, "default"),
        }
    }
}

/// One setting's value and where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Setting<T> {
    /// The value in effect.
    pub value: T,
    /// Where it came from.
    pub source: Source,
}

/// The settings in effect.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// The theme the meeting screen and `present` open in, by name.
    pub theme: Setting<String>,
    /// The folder new records go in and `resume` looks in.
    pub records: Setting<PathBuf>,
    /// The note-taker's name, if one was given.
    pub name: Setting<Option<String>>,
    /// plenary's config folder, when there is a home to put it in.
    pub dir: Option<PathBuf>,
    /// Whether the config file was there to read.
    pub file_read: bool,
}

impl Settings {
    /// The config file's path, read or not.
    pub fn config_file(&self) -> Option<PathBuf> {
        self.dir.as_ref().map(|d| d.join(CONFIG_FILE))
    }

    /// The folder of user themes.
    pub fn themes_dir(&self) -> Option<PathBuf> {
        self.dir.as_ref().map(|d| d.join(THEMES_DIR))
    }

    /// Says the theme is none of `names`, and where its name came from.
    pub fn unknown_theme(&self, names: &[String]) -> String {
        let themes_dir = self
            .themes_dir()
            .map(|d| format!(" (user themes go in {})", d.display()))
            .unwrap_or_default();
        format!(
            "{}: no theme `{}`; the themes are: {}{themes_dir}",
            self.theme.source,
            self.theme.value,
            names.join(", ")
        )
    }

    /// The settings in effect and where each came from, as `plenary config` prints them.
    pub fn describe(&self, theme_names: &[String]) -> String {
        let where_ = |path: Option<PathBuf>, there: bool| match path {
            None => "none (neither XDG_CONFIG_HOME nor HOME is set)".to_owned(),
            Some(p) if there => p.display().to_string(),
            Some(p) => format!("{} (not there)", p.display()),
        };
        let themes_dir = self.themes_dir();
        let themes_there = themes_dir.as_deref().is_some_and(Path::is_dir);
        let rows = [
            ("theme", self.theme.value.clone(), &self.theme.source),
            (
                "records",
                self.records.value.display().to_string(),
                &self.records.source,
            ),
            (
                "name",
                self.name.value.clone().unwrap_or_else(|| "(none)".into()),
                &self.name.source,
            ),
        ];
        let width = rows.iter().map(|r| r.1.chars().count()).max().unwrap_or(0);
        let mut out = format!(
            "config file: {}\nthemes folder: {}\nthemes: {}\n\n",
            where_(self.config_file(), self.file_read),
            where_(themes_dir, themes_there),
            theme_names.join(", ")
        );
        for (name, value, source) in rows {
            out.push_str(&format!("{name:<8} {value:<width$}  ({source})\n"));
        }
        out
    }
}

/// Why the settings could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The config file says something wrong, at a line and column.
    #[error("{}:{line}:{col}: {message}", path.display())]
    Invalid {
        /// The config file.
        path: PathBuf,
        /// The line, from 1.
        line: usize,
        /// The column in characters, from 1.
        col: usize,
        /// What is wrong and what was expected.
        message: String,
    },
    /// The config file is there but cannot be read.
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        /// The config file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// plenary's config folder: `$XDG_CONFIG_HOME/plenary`, else `$HOME/.config/plenary`. A relative
/// `XDG_CONFIG_HOME` is ignored, as the XDG specification says.
pub fn config_dir(env: &dyn Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    let set = |name: &str| env(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    set("XDG_CONFIG_HOME")
        .filter(|p| p.is_absolute())
        .or_else(|| set("HOME").map(|home| home.join(".config")))
        .map(|base| base.join("plenary"))
}

/// Reads the settings: `given` flags, then the environment `env`, then the config file in
/// [`config_dir`]. A missing file is no error; a bad one is, at its line and column.
pub fn load(given: Given, env: &dyn Fn(&str) -> Option<OsString>) -> Result<Settings, ConfigError> {
    let dir = config_dir(env);
    let home = env("HOME").filter(|h| !h.is_empty()).map(PathBuf::from);
    let file = match dir.as_ref().map(|d| d.join(CONFIG_FILE)) {
        None => None,
        Some(path) => match std::fs::read_to_string(&path) {
            Ok(text) => Some(parse(&path, &text)?),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(source) => return Err(ConfigError::Io { path, source }),
        },
    };
    let from_env = |var: &'static str| {
        env(var)
            .filter(|v| !v.is_empty())
            .map(|v| (v.to_string_lossy().into_owned(), Source::Env(var)))
    };
    let file_read = file.is_some();
    let file = file.unwrap_or_default();
    let pick = |flag: Option<String>, name: &'static str, var, from_file: Option<Located>| {
        flag.map(|v| (v, Source::Flag(name)))
            .or_else(|| from_env(var))
            .or_else(|| from_file.map(|l| (l.value, l.source)))
    };
    let theme = pick(given.theme, "--theme", THEME_VAR, file.theme)
        .unwrap_or_else(|| (DEFAULT_THEME.to_owned(), Source::Default));
    let records = pick(
        given.records.map(|p| p.to_string_lossy().into_owned()),
        "--records",
        RECORDS_VAR,
        file.records,
    )
    .map_or_else(
        || (PathBuf::from(DEFAULT_RECORDS), Source::Default),
        |(v, s)| (expand_home(&v, home.as_deref()), s),
    );
    let name = pick(given.name, "--name", NAME_VAR, file.name)
        .map_or((None, Source::Default), |(v, s)| (Some(v), s));
    Ok(Settings {
        theme: Setting {
            value: theme.0,
            source: theme.1,
        },
        records: Setting {
            value: records.0,
            source: records.1,
        },
        name: Setting {
            value: name.0,
            source: name.1,
        },
        dir,
        file_read,
    })
}

/// `~/x` as a path in `home`; anything else as it is.
fn expand_home(value: &str, home: Option<&Path>) -> PathBuf {
    match (value.strip_prefix("~/"), home) {
        (Some(rest), Some(home)) => home.join(rest),
        _ if value == "~" => home.map_or_else(|| PathBuf::from(value), Path::to_owned),
        _ => PathBuf::from(value),
    }
}

/// The config file as written: every field may be left out.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    theme: Option<String>,
    #[serde(default)]
    records: Option<String>,
    #[serde(default)]
    name: Option<String>,
}

/// A value from the config file and where it is written.
#[derive(Clone, Debug)]
struct Located {
    value: String,
    source: Source,
}

/// What the config file sets.
#[derive(Debug, Default)]
struct FileSettings {
    theme: Option<Located>,
    records: Option<Located>,
    name: Option<Located>,
}

/// Reads the config file's `text`; an empty file (or one of comments only) sets nothing. A
/// leading BOM, which some editors write, is not part of it (as for agendas).
fn parse(path: &Path, text: &str) -> Result<FileSettings, ConfigError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let invalid = |(line, col): (usize, usize), message: String| ConfigError::Invalid {
        path: path.to_owned(),
        line,
        col,
        message,
    };
    if blank(text) {
        return Ok(FileSettings::default());
    }
    let raw: RawConfig = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(text)
        .map_err(|e| {
            invalid(
                (e.span.start.line.max(1), e.span.start.col.max(1)),
                format!(
                    "{}; expected (theme: \"NAME\", records: \"FOLDER\", name: \"NAME\"), each optional",
                    e.code
                ),
            )
        })?;
    let field = |name: &str, value: Option<String>| -> Result<Option<Located>, ConfigError> {
        let Some(value) = value else {
            return Ok(None);
        };
        let (line, col) = field_position(text, &[name]);
        if value.trim().is_empty() {
            return Err(invalid((line, col), format!("{name}: it is empty")));
        }
        Ok(Some(Located {
            value,
            source: Source::File {
                path: path.to_owned(),
                line,
                col,
            },
        }))
    };
    Ok(FileSettings {
        theme: field("theme", raw.theme)?,
        records: field("records", raw.records)?,
        name: field("name", raw.name)?,
    })
}

/// Whether `text` holds nothing but white space and `//` comments.
fn blank(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .all(|l| l.is_empty() || l.starts_with("//"))
}

/// The line and column (from 1) where a field is written in a RON `text`: the first of `path`
/// followed by `:` outside a comment, then the next of `path` after it (`["ansi", "good"]` for
/// a nested field); the start when it is not found.
pub(crate) fn field_position(text: &str, path: &[&str]) -> (usize, usize) {
    let mut found = (1, 1);
    let (mut from_line, mut from_col) = (0, 0);
    for name in path {
        let Some(at) = find_key(text, name, from_line, from_col) else {
            return found;
        };
        found = (at.0 + 1, at.1 + 1);
        (from_line, from_col) = (at.0, at.2);
    }
    found
}

/// The first `name:` at or after line `line`, byte `col`: its line, its column in characters
/// (both from 0) and the byte just past it.
fn find_key(text: &str, name: &str, line: usize, col: usize) -> Option<(usize, usize, usize)> {
    for (n, whole) in text.lines().enumerate().skip(line) {
        let code = whole.split("//").next().unwrap_or("");
        let mut from = if n == line { col.min(code.len()) } else { 0 };
        while let Some(at) = code
            .get(from..)
            .and_then(|c| c.find(name))
            .map(|i| i + from)
        {
            let before = code[..at].chars().next_back();
            let after = code[at + name.len()..].trim_start();
            let starts_word = before.is_none_or(|c| !c.is_alphanumeric() && c != '_');
            if starts_word && after.starts_with(':') {
                return Some((n, code[..at].chars().count(), at + name.len()));
            }
            from = at + name.len();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> {
        let pairs: Vec<(String, OsString)> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), OsString::from(v)))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    #[test]
    fn the_config_folder_is_xdg_config_home_else_home_dot_config() {
        let dir = |pairs: &[(&str, &str)]| config_dir(&env_of(pairs));
        assert_eq!(
            dir(&[("XDG_CONFIG_HOME", "/x"), ("HOME", "/h")]),
            Some(PathBuf::from("/x/plenary"))
        );
        assert_eq!(
            dir(&[("HOME", "/h")]),
            Some(PathBuf::from("/h/.config/plenary"))
        );
        assert_eq!(
            dir(&[("XDG_CONFIG_HOME", "relative"), ("HOME", "/h")]),
            Some(PathBuf::from("/h/.config/plenary")),
            "a relative XDG_CONFIG_HOME is ignored"
        );
        assert_eq!(dir(&[("XDG_CONFIG_HOME", ""), ("HOME", "")]), None);
    }

    #[test]
    fn the_file_is_read_with_each_value_where_it_is_written() {
        let path = Path::new("/c/config.ron");
        let text = "// mine\n(\n    theme: \"projector-dark\",\n  name: \"Ana\",\n)\n";
        let file = parse(path, text).expect("a good file");
        let theme = file.theme.expect("a theme");
        assert_eq!(theme.value, "projector-dark");
        assert_eq!(
            theme.source,
            Source::File {
                path: path.to_owned(),
                line: 3,
                col: 5
            }
        );
        assert_eq!(
            file.name.map(|n| n.source.to_string()).as_deref(),
            Some("/c/config.ron:4:3")
        );
        assert!(file.records.is_none());
        assert!(parse(path, "// nothing yet\n\n").is_ok_and(|f| f.theme.is_none()));
    }

    #[test]
    fn a_bad_file_is_refused_at_its_line_and_column() {
        let path = Path::new("c.ron");
        let message = |text: &str| match parse(path, text) {
            Err(e) => e.to_string(),
            Ok(_) => panic!("{text:?} was accepted"),
        };
        assert!(
            message("(\n  colour: \"red\",\n)").starts_with("c.ron:2:3: "),
            "{}",
            message("(\n  colour: \"red\",\n)")
        );
        assert!(message("(theme: 3)").starts_with("c.ron:1:"));
        assert!(message("(\n name: \"\",\n)").starts_with("c.ron:2:2: name: it is empty"));
    }

    #[test]
    fn flags_win_over_the_environment_which_wins_over_the_defaults() {
        let given = Given {
            theme: Some("projector-light".into()),
            ..Given::default()
        };
        let env = env_of(&[
            ("PLENARY_THEME", "projector-dark"),
            ("PLENARY_RECORDS", "~/meetings"),
            ("HOME", "/nonexistent-home"),
        ]);
        let settings = load(given, &env).expect("no file is fine");
        assert_eq!(settings.theme.value, "projector-light");
        assert_eq!(settings.theme.source, Source::Flag("--theme"));
        assert_eq!(
            settings.records.value,
            PathBuf::from("/nonexistent-home/meetings")
        );
        assert_eq!(settings.records.source, Source::Env("PLENARY_RECORDS"));
        assert_eq!(settings.name.value, None);
        assert_eq!(settings.name.source, Source::Default);
        assert!(!settings.file_read);
    }

    #[test]
    fn an_unknown_theme_is_refused_naming_where_it_was_set() {
        let env = env_of(&[("PLENARY_THEME", "neon"), ("HOME", "/h")]);
        let settings = load(Given::default(), &env).expect("no file is fine");
        let refused = settings.unknown_theme(&["terminal".into(), "projector-dark".into()]);
        assert_eq!(
            refused,
            "PLENARY_THEME: no theme `neon`; the themes are: terminal, projector-dark \
             (user themes go in /h/.config/plenary/themes)"
        );
    }

    #[test]
    fn a_field_is_found_as_a_key_not_inside_another_word_or_a_comment() {
        let text = "(\n  // name: not here\n  nickname: \"x\",\n  name: \"y\",\n)";
        assert_eq!(field_position(text, &["name"]), (4, 3));
        let nested = "(good: \"x\",\n ansi: Some((accent: \"a\", good: \"y\")))";
        assert_eq!(field_position(nested, &["ansi", "good"]), (2, 27));
    }
}
