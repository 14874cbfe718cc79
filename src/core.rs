//! The pure core: the agenda, the record and every change to it. No IO, no terminal, no clock.

pub mod agenda;
pub mod capture;
pub mod commands;
pub(crate) mod due;
pub mod history;
pub mod labels;
pub mod op;
pub mod record;
pub mod room;
pub mod speakers;
pub mod timing;
pub mod validate;
pub mod weighing;

use std::borrow::Cow;

/// Text made inert for a terminal, keeping its lines: the one sanitiser every screen, export
/// and message uses, so text from an agenda, a record, a paste or the keyboard can never move
/// the cursor, change colours, set the window title or reach the terminal raw.
///
/// The rules, in full:
/// - a line break (LF) and a tab are kept;
/// - a CRLF line ending, and a carriage return on its own (an old Mac line ending, or a
///   terminal's paste), become one line break, so a CR can never send the cursor back over a
///   line;
/// - every other control character becomes U+FFFD (`�`), visibly: the C0 controls (ESC, and so
///   the start of every CSI and OSC sequence, BEL, backspace, NUL…), DEL and the C1 controls
///   (U+0080–U+009F, a one-character CSI among them). What followed an ESC (`[31m`, `]0;title`)
///   is plain text and stays, readable.
///
/// The Markdown and HTML minutes, the CSV, the outline and the outcome summary (and so every
/// QR code and its label), the CLI's messages and the note editor go through it; the JSON
/// export escapes the same characters instead, keeping them as data. Applying it twice gives
/// what applying it once gave.
pub fn inert(text: &str) -> String {
    sanitise(text, false).into_owned()
}

/// [`inert`] of text already owned, not copied when nothing in it needs replacing (whole
/// minutes of a big record, most often).
pub fn into_inert(text: String) -> String {
    match sanitise(&text, false) {
        Cow::Borrowed(_) => text,
        Cow::Owned(changed) => changed,
    }
}

/// [`inert`] for a single line of the screen (a list row, a title, a prompt): the same rules,
/// and then every line break and tab becomes one space, so the text keeps to its row.
pub fn inert_line(text: &str) -> Cow<'_, str> {
    sanitise(text, true)
}

/// Whether `text` holds a control character (Unicode's Cc: U+0000–U+001F, U+007F–U+009F) that
/// [`sanitise`] replaces, line breaks and tabs counting only `one_line`. Read as bytes, since
/// whole minutes pass through here: U+0080–U+009F are the two bytes 0xC2 0x80–0x9F in UTF-8,
/// and no other character's bytes look like them.
fn has_control(text: &str, one_line: bool) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'\n' | b'\t' => one_line,
        0..=0x1f | 0x7f => true,
        0xc2 => matches!(bytes.get(i + 1), Some(0x80..=0x9f)),
        _ => false,
    })
}

fn sanitise(text: &str, one_line: bool) -> Cow<'_, str> {
    if !has_control(text, one_line) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let c = match c {
            '\r' => {
                // A CRLF is one line break, not two.
                chars.next_if_eq(&'\n');
                '\n'
            }
            c => c,
        };
        out.push(match c {
            '\n' | '\t' if one_line => ' ',
            '\n' | '\t' => c,
            c if c.is_control() => '\u{fffd}',
            c => c,
        });
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::{has_control, inert, inert_line, into_inert};

    #[test]
    fn control_characters_are_found_in_the_bytes_exactly_as_unicode_names_them() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let text = format!("a{c}b");
            let control = c.is_control();
            assert_eq!(has_control(&text, true), control, "{c:?}");
            let breaks = c == '\n' || c == '\t';
            assert_eq!(has_control(&text, false), control && !breaks, "{c:?}");
            assert_eq!(into_inert(text.clone()), inert(&text), "{c:?}");
        }
    }

    #[test]
    fn each_hostile_input_comes_out_as_documented() {
        // (input, inert, inert_line)
        let cases = [
            ("plain 集体 🌍", "plain 集体 🌍", "plain 集体 🌍"),
            ("\u{1b}[2Jclear", "\u{fffd}[2Jclear", "\u{fffd}[2Jclear"),
            ("\u{1b}[31mred", "\u{fffd}[31mred", "\u{fffd}[31mred"),
            (
                "\u{1b}]0;title\u{7}",
                "\u{fffd}]0;title\u{fffd}",
                "\u{fffd}]0;title\u{fffd}",
            ),
            ("bell\u{7}", "bell\u{fffd}", "bell\u{fffd}"),
            ("del\u{7f}", "del\u{fffd}", "del\u{fffd}"),
            ("c1\u{9b}1m", "c1\u{fffd}1m", "c1\u{fffd}1m"),
            (
                "nul\u{0}bs\u{8}",
                "nul\u{fffd}bs\u{fffd}",
                "nul\u{fffd}bs\u{fffd}",
            ),
            ("over\rwrite", "over\nwrite", "over write"),
            ("a\r\nb", "a\nb", "a b"),
            ("a\r\r\nb", "a\n\nb", "a  b"),
            ("a\n\r\nb", "a\n\nb", "a  b"),
            ("tab\there", "tab\there", "tab here"),
            ("two\nlines\n", "two\nlines\n", "two lines "),
            ("", "", ""),
        ];
        for (input, multi, single) in cases {
            assert_eq!(inert(input), multi, "inert({input:?})");
            assert_eq!(inert_line(input), single, "inert_line({input:?})");
            assert_eq!(inert(&inert(input)), multi, "inert twice ({input:?})");
            assert_eq!(inert_line(&inert_line(input)), single, "twice ({input:?})");
            assert!(
                !inert_line(input).chars().any(char::is_control),
                "{input:?}"
            );
        }
    }
}
