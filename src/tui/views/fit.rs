//! Text made to fit a width on screen: cut at a word boundary where it can, measured in
//! terminal columns (a CJK character or an emoji takes two), ending with `…` when something
//! was left out, so the room can tell a cut title from a short one.

use ratatui::text::Span;

/// What marks text that was cut.
const ELLIPSIS: char = '…';

/// Columns `text` takes on a terminal.
pub(crate) fn width(text: &str) -> usize {
    Span::raw(text).width()
}

/// `text` padded with spaces to `columns` terminal columns, as `format!("{text:<columns$}")`
/// pads ASCII: a mark that takes no column (Arabic's short vowels, a zero-width non-joiner)
/// counts for nothing, so columns of any language line up.
pub(crate) fn pad(text: &str, columns: usize) -> String {
    let spaces = columns.saturating_sub(width(text));
    format!("{text}{}", " ".repeat(spaces))
}

/// Columns one character takes.
fn char_width(c: char) -> usize {
    let mut buf = [0; 4];
    width(c.encode_utf8(&mut buf))
}

/// `text` in at most `room` columns: whole when it fits, else cut after the last word that
/// fits (mid-word only when the first word alone is too long) and ended with `…`.
pub(crate) fn fit(text: &str, room: usize) -> String {
    if width(text) <= room {
        return text.to_owned();
    }
    if room == 0 {
        return String::new();
    }
    let (head, _) = split_at_width(text, room - 1);
    // Cut after a word when that keeps at least half the room; a long word (or a language
    // without spaces) is cut where the room ends, which says more than a lone first word.
    let at_word = if text[head.len()..].starts_with(char::is_whitespace) {
        Some(head.len())
    } else {
        head.rfind(char::is_whitespace)
    };
    let kept = match at_word {
        Some(at) if width(head[..at].trim_end()) * 2 >= room - 1 => &head[..at],
        _ => head,
    };
    format!("{}{ELLIPSIS}", kept.trim_end())
}

/// The longest start of `text` that takes at most `room` columns, and what is left.
fn split_at_width(text: &str, room: usize) -> (&str, &str) {
    let mut used = 0;
    for (at, c) in text.char_indices() {
        used += char_width(c);
        if used > room {
            return text.split_at(at);
        }
    }
    (text, "")
}

/// `text` on at most `lines` lines of at most `room` columns each, broken at spaces where it
/// can; when it does not all fit, the last line ends with `…`.
pub(crate) fn wrap(text: &str, room: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() && out.len() < lines && room > 0 {
        if out.len() + 1 == lines || width(rest) <= room {
            out.push(fit(rest, room));
            break;
        }
        let (head, tail) = split_at_width(rest, room);
        let at = if tail.starts_with(char::is_whitespace) {
            head.len()
        } else {
            head.rfind(char::is_whitespace)
                .filter(|&at| at > 0)
                .unwrap_or(head.len())
        };
        // A character wider than the room would never be taken: give up on the text.
        if at == 0 {
            break;
        }
        out.push(rest[..at].trim_end().to_owned());
        rest = rest[at..].trim_start();
    }
    out
}

/// `text` line by line, each wrapped as [`wrap`] does, on at most `lines` lines in all; an empty
/// line stays an empty line. When it does not all fit, the last line ends with `…`.
pub(crate) fn wrap_lines(text: &str, room: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let all: Vec<&str> = text.lines().collect();
    for (i, line) in all.iter().enumerate() {
        let left = lines - out.len();
        if left == 0 {
            break;
        }
        let mut wrapped = wrap(line, room, left);
        if wrapped.is_empty() {
            wrapped.push(String::new());
        }
        out.extend(wrapped);
        // Lines follow that will not be shown: say so on the last one that is.
        if out.len() == lines
            && i + 1 < all.len()
            && let Some(last) = out.last_mut()
        {
            *last = ellipsis(last, room);
        }
    }
    out
}

/// `line` with a `…` at its end, within `room` columns.
fn ellipsis(line: &str, room: usize) -> String {
    if line.ends_with('…') {
        return line.to_owned();
    }
    let (head, _) = split_at_width(line, room.saturating_sub(1));
    format!("{}…", head.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_wrap_one_by_one_and_a_cut_says_so() {
        assert_eq!(
            wrap_lines("one two\n\nthree", 4, 9),
            ["one", "two", "", "thre", "e"]
        );
        assert_eq!(
            wrap_lines("one two\n\nthree", 5, 9),
            ["one", "two", "", "three"]
        );
        // Cut after the lines that fit: the last one shown ends with an ellipsis.
        assert_eq!(wrap_lines("one\ntwo\nthree", 5, 2), ["one", "two…"]);
        assert_eq!(wrap_lines("a b c d", 3, 1), ["a…"]);
        assert_eq!(wrap_lines("one\ntwo", 5, 2), ["one", "two"]);
        assert!(wrap_lines("", 5, 2).is_empty());
        assert!(wrap_lines("one", 5, 0).is_empty());
    }

    #[test]
    fn text_that_fits_is_left_whole() {
        assert_eq!(fit("Run webinars", 12), "Run webinars");
    }

    #[test]
    fn a_cut_ends_after_a_whole_word_with_an_ellipsis() {
        assert_eq!(
            fit("Run webinars on corporate capture", 20),
            "Run webinars on…"
        );
        assert_eq!(
            fit("Run webinars on corporate capture", 13),
            "Run webinars…"
        );
    }

    #[test]
    fn a_word_cut_that_would_waste_half_the_room_cuts_mid_word() {
        assert_eq!(fit("First proposal", 13), "First propos…");
    }

    #[test]
    fn one_long_word_is_cut_where_the_room_ends() {
        assert_eq!(fit("Internationalisation", 8), "Interna…");
        assert_eq!(fit("anything", 0), "");
        assert_eq!(fit("anything", 1), "…");
    }

    #[test]
    fn wide_characters_count_two_columns() {
        // Eight CJK characters take sixteen columns; seven columns hold three and the `…`.
        let cut = fit("集体行动需要数据", 7);
        assert_eq!(cut, "集体行…");
        assert!(width(&cut) <= 7);
        let cut = fit("data 🌍 for all", 8);
        assert_eq!(cut, "data 🌍…");
        assert_eq!(width(&cut), 8);
    }

    #[test]
    fn wrapped_text_breaks_at_spaces_and_the_last_line_says_it_was_cut() {
        let lines = wrap(
            "Secretariat to share a primer on corporate capture by September",
            20,
            3,
        );
        assert_eq!(
            lines,
            ["Secretariat to share", "a primer on", "corporate capture…"]
        );
        assert!(lines.iter().all(|l| width(l) <= 20));
        assert_eq!(wrap("Exchange visits", 20, 3), ["Exchange visits"]);
        assert!(wrap("", 20, 3).is_empty());
    }
}
