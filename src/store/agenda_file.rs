//! Reading agenda files: RON in, an [`Agenda`] or diagnostics naming file, line and column out.

use std::fmt;
use std::path::Path;

use thiserror::Error;

use crate::core::agenda::Agenda;
use crate::core::validate::{Anchor, Problem, validate, warnings};

/// Agendas larger than this are refused before parsing, to keep time and memory bounded.
pub(crate) const MAX_AGENDA_BYTES: usize = 8 * 1024 * 1024;

/// How many problems one check reports; the rest are counted.
const MAX_SHOWN: usize = 50;

/// How deep RON nesting may go; a real agenda needs fewer than ten levels.
const RECURSION_LIMIT: usize = 64;

/// One problem in an agenda file, at a line and column (both from 1, columns in characters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file as the user named it.
    pub path: String,
    /// The line, from 1.
    pub line: usize,
    /// The column in characters, from 1.
    pub col: usize,
    /// What is wrong and what was expected.
    pub message: String,
    /// The offending line, made safe to print, when there is one to show.
    pub source_line: Option<String>,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path, self.line, self.col, self.message
        )?;
        if let Some(text) = &self.source_line {
            let number = self.line.to_string();
            let pad = " ".repeat(number.len());
            let caret = " ".repeat(self.col.saturating_sub(1));
            write!(f, "\n{pad} |\n{number} | {text}\n{pad} | {caret}^")?;
        }
        Ok(())
    }
}

/// Why an agenda could not be read.
#[derive(Debug, Error)]
pub enum AgendaError {
    /// The file could not be read at all.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file as the user named it.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file was read and is wrong, in one or more places.
    #[error("{}", join(.0))]
    Invalid(Vec<Diagnostic>),
}

fn join(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reads and checks the agenda file at `path`.
pub fn load_agenda(path: &Path) -> Result<(Agenda, String), AgendaError> {
    let name = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|source| AgendaError::Io {
        path: name.clone(),
        source,
    })?;
    if meta.len() > MAX_AGENDA_BYTES as u64 {
        return Err(too_large(&name, meta.len()));
    }
    let bytes = std::fs::read(path).map_err(|source| AgendaError::Io {
        path: name.clone(),
        source,
    })?;
    parse_agenda(&name, &bytes)
}

fn too_large(name: &str, len: u64) -> AgendaError {
    AgendaError::Invalid(vec![Diagnostic {
        path: name.to_owned(),
        line: 1,
        col: 1,
        message: format!(
            "the file is {:.1} MiB; an agenda may be at most {} MiB",
            len as f64 / (1024.0 * 1024.0),
            MAX_AGENDA_BYTES / (1024 * 1024)
        ),
        source_line: None,
    }])
}

/// Parses and checks agenda text; `name` is how diagnostics name the file. On success returns
/// the agenda and the text it was read from, byte for byte but for a leading BOM: parsing that
/// text again gives the same agenda and the same text, so a record's copy of its agenda says
/// exactly what was checked.
pub fn parse_agenda(name: &str, bytes: &[u8]) -> Result<(Agenda, String), AgendaError> {
    if bytes.len() > MAX_AGENDA_BYTES {
        return Err(too_large(name, bytes.len() as u64));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let (line, col) = line_col(
                &String::from_utf8_lossy(&bytes[..e.valid_up_to()]),
                e.valid_up_to(),
            );
            return Err(at(
                name,
                line,
                col,
                format!(
                    "the file is not UTF-8 text (byte 0x{:02x} at offset {}); an agenda is a RON text file",
                    bytes[e.valid_up_to()],
                    e.valid_up_to()
                ),
                None,
            ));
        }
    };
    // The text is kept as written, line endings included: ron reads a `\r` outside a string
    // as whitespace and counts only `\n` as a line break, so CRLF files get the right line
    // numbers as they are, and a string keeps exactly what its file holds. Replacing CRLF once
    // would turn CR CR LF in a string into CR LF, which reads differently the next time.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(at(
            name,
            1,
            1,
            "the file is empty; expected an agenda like `(title: \"…\", days: [ … ])` (see `plenary new`)"
                .into(),
            None,
        ));
    }
    let options = ron::Options::default().with_recursion_limit(RECURSION_LIMIT);
    let agenda: Agenda = match options.from_str(text) {
        Ok(agenda) => agenda,
        Err(e) => {
            let (line, col) = (e.span.start.line.max(1), e.span.start.col.max(1));
            let mut message = match e.code {
                ron::Error::ExpectedOption => expected_option(text, line, col),
                ron::Error::ExpectedInteger | ron::Error::ExpectedString => {
                    not_optional(text, line, col).unwrap_or_else(|| syntax_message(&e.code))
                }
                ref code => syntax_message(code),
            };
            if text.trim_start().starts_with('{') {
                message.push_str(
                    " (this looks like JSON; an agenda is RON: `(title: \"…\", days: [ … ])`)",
                );
            }
            if (line, col) == line_col(text, text.trim_end().len()) {
                message.push_str("; the file ends here, so a bracket or quote is not closed");
            }
            let shown = source_line(text, line);
            return Err(at(name, line, col, message, shown));
        }
    };
    let problems = validate(&agenda);
    if problems.is_empty() {
        return Ok((agenda, text.to_owned()));
    }
    Err(AgendaError::Invalid(diagnostics(name, text, problems)))
}

/// What `plenary check` warns about in an agenda that is valid: things it may say but probably
/// does not mean (a head count below the named participants), each at its line and column.
/// `text` is the text the agenda was read from, as [`parse_agenda`] returns it.
pub fn agenda_warnings(name: &str, text: &str, agenda: &Agenda) -> Vec<Diagnostic> {
    diagnostics(name, text, warnings(agenda))
}

/// The problems found in `text`, each placed at its line and column, in file order.
fn diagnostics(name: &str, text: &str, problems: Vec<Problem>) -> Vec<Diagnostic> {
    let total = problems.len();
    // Each problem is found in the text by a search, so a file made of problems could take
    // minutes; nobody reads more than the first screenful anyway.
    let mut diagnostics: Vec<Diagnostic> = problems
        .into_iter()
        .take(MAX_SHOWN)
        .map(|p| {
            let (line, col) =
                locate(text, &p.anchor).map_or((1, 1), |offset| line_col(&text[..offset], offset));
            Diagnostic {
                path: name.to_owned(),
                line,
                col,
                message: p.message,
                source_line: source_line(text, line),
            }
        })
        .collect();
    diagnostics.sort_by_key(|d| (d.line, d.col));
    if total > MAX_SHOWN {
        diagnostics.push(Diagnostic {
            path: name.to_owned(),
            line: 1,
            col: 1,
            message: format!(
                "and {} more problems not shown; fix these first",
                total - MAX_SHOWN
            ),
            source_line: None,
        });
    }
    diagnostics
}

fn at(
    name: &str,
    line: usize,
    col: usize,
    message: String,
    source_line: Option<String>,
) -> AgendaError {
    AgendaError::Invalid(vec![Diagnostic {
        path: name.to_owned(),
        line,
        col,
        message,
        source_line,
    }])
}

/// ron's wording, with the cases users meet most said in an agenda's terms.
fn syntax_message(code: &ron::Error) -> String {
    match code {
        ron::Error::ExceededRecursionLimit => {
            format!(
                "nesting goes deeper than {RECURSION_LIMIT} levels; an agenda is never that deep"
            )
        }
        ron::Error::ExpectedBoolean => "expected `true` or `false`".into(),
        ron::Error::Eof => "the file ends too early; a bracket or quote is not closed".into(),
        // chrono's words for a date that does not parse.
        ron::Error::Message(m)
            if [
                "input is out of range",
                "input contains invalid characters",
                "premature end of input",
                "trailing input",
                "input is not enough for unique date and time",
            ]
            .contains(&m.as_str()) =>
        {
            format!("not a date ({m}); expected `YYYY-MM-DD`, like \"2018-07-22\"")
        }
        other => {
            let text = other.to_string();
            let mut chars = text.chars();
            chars.next().map_or(text.clone(), |first| {
                first.to_lowercase().chain(chars).collect()
            })
        }
    }
}

/// The field whose value starts at `offset`: the word before the `:` in front of it.
fn field_before(text: &str, offset: usize) -> String {
    text[..offset]
        .trim_end()
        .strip_suffix(':')
        .unwrap_or_default()
        .trim_end()
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect()
}

/// The value written at `offset`, up to the next separator, at most 40 characters.
fn value_at(text: &str, offset: usize) -> String {
    text[offset..]
        .trim_start()
        .chars()
        .take_while(|c| !matches!(c, ',' | ')' | ']') && !c.is_control())
        .take(40)
        .collect()
}

/// The message for a time or a length written as an optional value (`minutes: None`,
/// `start: Some("09:30")`) or a time not in quotes (`start: 9`): these fields are written
/// bare and left out when not known. `None` when the value is none of these.
fn not_optional(text: &str, line: usize, col: usize) -> Option<String> {
    let offset = offset_of(text, line, col);
    let field = field_before(text, offset);
    let unknown = match field.as_str() {
        "minutes" => "leave the field out when the length is not known (open-ended)",
        "start" => {
            "leave the field out when it is not known (a session then follows the one before)"
        }
        "end" => "leave the field out when the day's end is not known",
        _ => return None,
    };
    let rest = text[offset..].trim_start();
    if let Some(inner) = rest.strip_prefix("Some(") {
        let value: String = inner.chars().take_while(|c| *c != ')').take(40).collect();
        return Some(format!(
            "`{field}` is written without `Some(…)`: expected `{field}: {}`, or {unknown}",
            value.trim()
        ));
    }
    if rest.starts_with("None") {
        return Some(format!("`{field}` is not written `None`: {unknown}"));
    }
    (field != "minutes").then(|| {
        format!(
            "`{field}` is a time of day in quotes: expected `{field}: \"09:30\"` (not `{}`), \
             or {unknown}",
            value_at(text, offset).trim()
        )
    })
}

/// The message for a bare value where an optional one is expected (`head_count: 112`): the
/// field and its value as they should be written.
fn expected_option(text: &str, line: usize, col: usize) -> String {
    let offset = offset_of(text, line, col);
    let field = field_before(text, offset);
    let value = value_at(text, offset);
    match (field.is_empty(), value.trim()) {
        (false, value) if !value.is_empty() => format!(
            "`{field}` is optional and written `Some(…)`: expected `{field}: Some({value})`, or \
             leave the field out"
        ),
        _ => "expected an optional value written `Some(…)`, or leave the field out".into(),
    }
}

/// The byte offset of line `line`, column `col` (both from 1, columns in characters).
fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let rest = &text[start.min(text.len())..];
    start
        + rest
            .char_indices()
            .nth(col.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i)
}

/// The byte offset where an anchor's value is written in `text`, if it can be found.
fn locate(text: &str, anchor: &Anchor) -> Option<usize> {
    // As ron writes the value, or as typed when that differs (control characters written
    // raw inside the quotes).
    let mut quoted = ron::to_string(&anchor.value).ok()?;
    let raw = format!("\"{}\"", anchor.value);
    if !text.contains(&quoted) && text.contains(&raw) {
        quoted = raw;
    }
    let from = match anchor.within {
        Some(within) => field_at(text, within)?,
        None => 0,
    };
    let mut seen = 0;
    for (offset, _) in text.match_indices(&quoted).filter(|(at, _)| *at >= from) {
        if let Some(field) = anchor.field {
            let before = &text[..offset];
            let written = if anchor.listed {
                in_list_of(before, field)
            } else {
                follows_field(before, field)
            };
            if !written {
                continue;
            }
        }
        if seen == anchor.nth {
            return Some(offset);
        }
        seen += 1;
    }
    // An empty value may stand for a field with nothing in it (`days: []`): point at the field.
    let field = anchor.field.filter(|_| anchor.value.is_empty())?;
    field_at(text, field)
}

/// The byte offset of the first `field:` written in `text`, `field` being a whole word.
fn field_at(text: &str, field: &str) -> Option<usize> {
    text.match_indices(field)
        .map(|(offset, _)| offset)
        .find(|&offset| {
            let word_start = !text[..offset].ends_with(|c: char| c.is_alphanumeric() || c == '_');
            word_start && text[offset + field.len()..].trim_start().starts_with(':')
        })
}

/// Whether `before` ends with `field:` (spaces allowed), `field` being a whole word.
fn follows_field(before: &str, field: &str) -> bool {
    before
        .trim_end()
        .strip_suffix(':')
        .and_then(|b| b.trim_end().strip_suffix(field))
        .is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric() || c == '_'))
}

/// Whether `before` ends inside the list written under `field:` (`field: ["a", `), `field`
/// being a whole word. A bracket inside an earlier element's quotes hides the list, and that
/// occurrence is not counted: a message about it may then point at the next one.
fn in_list_of(before: &str, field: &str) -> bool {
    before
        .rfind('[')
        .is_some_and(|open| !before[open..].contains(']') && follows_field(&before[..open], field))
}

/// Line and column (from 1, in characters) just after `before`, which holds `len` bytes.
fn line_col(before: &str, len: usize) -> (usize, usize) {
    let before = &before[..len.min(before.len())];
    let line = 1 + before.matches('\n').count();
    let col = 1 + before.rsplit('\n').next().map_or(0, |l| l.chars().count());
    (line, col)
}

/// Line `line` of `text`, with control characters shown inert so it is safe to print.
fn source_line(text: &str, line: usize) -> Option<String> {
    // Carriage returns before the line break are part of how the line ends, not of what it says.
    let raw = text
        .lines()
        .nth(line.checked_sub(1)?)?
        .trim_end_matches('\r');
    const SHOWN: usize = 200;
    let mut shown: String = raw
        .chars()
        .take(SHOWN)
        .map(|c| match c {
            '\t' => ' ',
            c if c.is_control() => '\u{fffd}',
            c => c,
        })
        .collect();
    if raw.chars().count() > SHOWN {
        shown.push('…');
    }
    Some(shown)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const SMALL: &str = include_str!("../../tests/fixtures/small.ron");

    /// Ways a line can end in a file that went through editors on several systems; the first
    /// `BARE` end it with nothing but carriage returns and one line break.
    const ENDINGS: [&str; 5] = ["\n", "\r\n", "\r\r\n", " \r\n", "\r\n\r\n"];
    const BARE: usize = 3;

    /// The small agenda with its title and the opening's description set to `title` and
    /// `description` (raw between the quotes, or escaped as ron writes them), each line ending
    /// as `endings` says (cycled), and a BOM when `bom`.
    fn agenda_text(
        title: &str,
        description: &str,
        raw: bool,
        endings: &[usize],
        bom: bool,
    ) -> String {
        let quote = |s: &str| {
            if raw {
                format!("\"{s}\"")
            } else {
                ron::to_string(s).unwrap_or_default()
            }
        };
        let mut text = String::from(if bom { "\u{feff}" } else { "" });
        for (n, line) in SMALL.split_inclusive('\n').enumerate() {
            text.push_str(line.strip_suffix('\n').unwrap_or(line));
            if line.ends_with('\n') {
                text.push_str(ENDINGS[endings[n % endings.len()]]);
            }
        }
        text.replacen("\"Test meeting\"", &quote(title), 1)
            .replacen(
                "(id: \"open\", ",
                &format!("(id: \"open\", description: {}, ", quote(description)),
                1,
            )
    }

    /// The diagnostics of a text that must fail, as printed.
    fn printed(result: Result<(Agenda, String), AgendaError>) -> String {
        match result {
            Err(e @ AgendaError::Invalid(_)) => e.to_string(),
            other => panic!("expected diagnostics, got {other:?}"),
        }
    }

    proptest! {
        /// Any accepted agenda text, parsed, returned and parsed again, gives the same agenda
        /// and the same text; its strings hold exactly what was written; and the agenda as ron
        /// writes it reads back the same.
        #[test]
        fn accepted_text_reads_back_the_same(
            title in "[a-z][a-z \r\n\té🌍]{0,12}",
            description in "[a \r\n\t\u{1b}]{0,12}",
            raw in any::<bool>(),
            endings in proptest::collection::vec(0..ENDINGS.len(), 1..8),
            bom in any::<bool>(),
        ) {
            let text = agenda_text(&title, &description, raw, &endings, bom);
            let (agenda, returned) = parse_agenda("a.ron", text.as_bytes())
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(&agenda.title, &title);
            prop_assert_eq!(&agenda.days[0].sessions[0].description, &description);
            prop_assert_eq!(returned.as_str(), text.strip_prefix('\u{feff}').unwrap_or(&text));
            let (again, again_text) = parse_agenda("a.ron", returned.as_bytes())
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(&again, &agenda);
            prop_assert_eq!(&again_text, &returned);
            let written = ron::to_string(&agenda).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let (rewritten, _) = parse_agenda("w.ron", written.as_bytes())
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(rewritten, agenda);
        }

        /// Line endings never move a diagnostic: a syntax error and a meaning error are
        /// reported at the same line and column, with the same line shown, whatever ends the
        /// lines.
        #[test]
        fn line_endings_never_move_a_diagnostic(
            title in "[a-z][a-z \r\n]{0,8}",
            endings in proptest::collection::vec(0..BARE, 1..8),
            bom in any::<bool>(),
        ) {
            let plain = agenda_text(&title, "", true, &[0], false);
            let mixed = agenda_text(&title, "", true, &endings, bom);
            for (from, to) in [("minutes: 60)", "minutes: 0)"), ("place:", "plaec:"), ("kind: Talk", "kind: Tlak")] {
                let want = printed(parse_agenda("a.ron", plain.replacen(from, to, 1).as_bytes()));
                let got = printed(parse_agenda("a.ron", mixed.replacen(from, to, 1).as_bytes()));
                prop_assert_eq!(got, want);
            }
        }
    }

    /// The fuzzer's finding: CR CR LF in a string read as CR LF, and its copy then as LF.
    #[test]
    fn cr_cr_lf_in_a_string_stays_as_written() {
        let text = SMALL.replacen("\"Test meeting\"", "\"Test\r\r\nmeeting\"", 1);
        let parsed = parse_agenda("a.ron", text.as_bytes());
        let Ok((agenda, returned)) = parsed else {
            panic!("the agenda is valid: {parsed:?}");
        };
        assert_eq!(agenda.title, "Test\r\r\nmeeting");
        assert_eq!(returned, text);
        let again = parse_agenda("a.ron", returned.as_bytes()).map(|(a, _)| a.title);
        assert_eq!(again.ok().as_deref(), Some("Test\r\r\nmeeting"));
    }

    /// The small agenda with `block` written after its place.
    fn with_attendance(block: &str) -> String {
        SMALL.replacen(
            "    place: \"Room 1\",\n",
            &format!("    place: \"Room 1\",\n    {block}\n"),
            1,
        )
    }

    #[test]
    fn attendance_reads_and_an_agenda_without_it_writes_as_before() {
        let text = with_attendance(
            "attendance: (head_count: Some(112), countries: Some(31), languages: [\"English\", \"Spanish\"], interpretation: true),",
        );
        let parsed = parse_agenda("a.ron", text.as_bytes());
        let Ok((agenda, _)) = parsed else {
            panic!("the agenda is valid: {parsed:?}");
        };
        let a = &agenda.attendance;
        assert_eq!((a.head_count, a.countries), (Some(112), Some(31)));
        assert_eq!(a.languages, ["English", "Spanish"]);
        assert!(a.interpretation);
        let written = ron::to_string(&agenda).unwrap_or_default();
        let again = parse_agenda("w.ron", written.as_bytes()).map(|(a, _)| a.attendance);
        assert_eq!(again.ok().as_ref(), Some(a));

        let Ok((plain, _)) = parse_agenda("small.ron", SMALL.as_bytes()) else {
            panic!("the small agenda is valid");
        };
        assert!(plain.attendance.is_empty());
        let written = ron::to_string(&plain).unwrap_or_default();
        assert!(!written.contains("attendance"), "{written}");
        // An empty block and a block of nothing but defaults mean the same as none.
        for block in [
            "attendance: (),",
            "attendance: (languages: [], interpretation: false),",
        ] {
            let read = parse_agenda("e.ron", with_attendance(block).as_bytes()).map(|(a, _)| a);
            assert_eq!(read.ok().as_ref(), Some(&plain), "{block}");
        }
    }

    #[test]
    fn attendance_below_the_named_list_is_a_warning_at_its_place() {
        let text = with_attendance("attendance: (head_count: Some(1), countries: Some(1)),");
        let Ok((agenda, returned)) = parse_agenda("a.ron", text.as_bytes()) else {
            panic!("a low head count is allowed");
        };
        let warnings: Vec<(usize, usize, String)> = agenda_warnings("a.ron", &returned, &agenda)
            .into_iter()
            .map(|d| (d.line, d.col, d.message))
            .collect();
        assert_eq!(
            warnings,
            [
                (
                    5,
                    18,
                    "the head count is 1, fewer than the 2 named participants; it counts \
                     everyone who took part, named or not"
                        .to_owned()
                ),
                (
                    5,
                    39,
                    "attendance gives 1 country, fewer than the 2 the named participants come \
                     from (Chile, Kenya)"
                        .to_owned()
                ),
            ]
        );
        // As many as named, or no count at all: nothing to warn about.
        for block in [
            "attendance: (head_count: Some(2), countries: Some(2)),",
            "attendance: (languages: [\"English\"]),",
        ] {
            let text = with_attendance(block);
            let Ok((agenda, returned)) = parse_agenda("a.ron", text.as_bytes()) else {
                panic!("valid: {block}");
            };
            assert_eq!(agenda_warnings("a.ron", &returned, &agenda), [], "{block}");
        }
    }
}
