//! The pure core: the agenda, the record and every change to it. No IO, no terminal, no clock.

pub mod agenda;
pub mod capture;
pub mod history;
pub mod op;
pub mod record;
pub mod speakers;
pub mod timing;
pub mod validate;

/// Text made inert for a terminal: every control character except a line break and a tab
/// becomes U+FFFD (`�`), so text from an agenda or a record can never move the cursor, change
/// colours, set the window title or reach the terminal raw (ESC, CSI, OSC, BEL, DEL, the C1
/// controls, a lone carriage return). A CRLF line ending becomes a plain line break.
///
/// The Markdown and HTML minutes, the CSV, the outline and the outcome summary (and so every
/// QR code and its label) go through it, and so do the CLI's messages; the JSON export escapes the same characters
/// instead, keeping them as data.
pub fn inert(text: &str) -> String {
    if !text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return text.to_owned();
    }
    text.replace("\r\n", "\n")
        .chars()
        .map(|c| match c {
            '\n' | '\t' => c,
            c if c.is_control() => '\u{fffd}',
            c => c,
        })
        .collect()
}
