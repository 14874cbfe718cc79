//! The Notes tab: the current session's notes, newest at the bottom, the selected one in full.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::overlays::editor_area;
use super::{inert, row_style, scroll_offset};
use crate::core::labels;
use crate::core::record::{Note, NoteKind};
use crate::tui::app::App;
use crate::tui::overlay::Overlay;
use crate::tui::theme;

/// The narrowest area a wrapped paragraph is drawn in.
pub const MIN_WRAP_WIDTH: u16 = 12;

/// Rows the full text of the selected note takes under the list, when there is room.
const PREVIEW_ROWS: u16 = 4;

/// The part of the body the list takes, and the preview's, given what overlays the body.
fn split(app: &App, body: Rect) -> (Rect, Option<Rect>) {
    let free = match app.ui.overlay {
        Some(Overlay::Editor(_)) => Rect {
            height: body.height - editor_area(body).height,
            ..body
        },
        _ => body,
    };
    // A wrapped paragraph of wide characters in a sliver of a screen writes past its edge
    // (ratatui 0.30), and a preview there would show nothing anyway.
    if free.height > PREVIEW_ROWS * 3 && free.width >= MIN_WRAP_WIDTH {
        let list = Rect {
            height: free.height - PREVIEW_ROWS,
            ..free
        };
        let preview = Rect {
            y: free.y + list.height,
            height: PREVIEW_ROWS,
            ..free
        };
        (list, Some(preview))
    } else {
        (free, None)
    }
}

/// The marker drawn before a note of each kind.
pub fn kind_marker(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Note => "·",
        NoteKind::KeyPoint => "★",
        NoteKind::Question => "?",
        NoteKind::Quote => "❝",
    }
}

/// The speaker's name as the list shows it.
fn speaker_name(app: &App, note: &Note) -> Option<String> {
    let speaker = note.speaker.as_deref()?;
    Some(labels::person(&app.record().plan, speaker).to_owned())
}

/// Draws the notes of the current session.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let (list, preview) = split(app, area);
    let notes = app.session_notes();
    if notes.is_empty() {
        let empty = Paragraph::new(vec![
            Line::raw(""),
            Line::styled("  No notes in this session yet.", theme::dim()),
            Line::styled("  n captures one. A line that starts with", theme::dim()),
            Line::styled(
                "  action:, proposal:, resolution:, q: or key:",
                theme::dim(),
            ),
            Line::styled("  is filed there.", theme::dim()),
        ])
        .wrap(Wrap { trim: false });
        frame.render_widget(empty, list);
        return;
    }
    let selected = app.ui.note.min(notes.len() - 1);
    let rows = usize::from(list.height);
    let offset = scroll_offset(selected, notes.len(), rows);
    for (i, note) in notes.iter().enumerate().skip(offset).take(rows) {
        let mut spans = vec![
            Span::styled(format!(" {} ", note.at.format("%H:%M")), theme::dim()),
            Span::styled(format!("{} ", kind_marker(note.kind)), theme::accent()),
            Span::raw(inert(&note.text).into_owned()),
        ];
        if let Some(name) = speaker_name(app, note) {
            spans.push(Span::styled(format!(" — {}", inert(&name)), theme::dim()));
        }
        let row = Rect {
            y: list.y + (i - offset) as u16,
            height: 1,
            ..list
        };
        frame.render_widget(Line::from(spans).style(row_style(i == selected)), row);
    }
    if let Some(area) = preview {
        let note = notes[selected];
        let mut title = format!(
            " {} · {}",
            labels::note_kind(note.kind),
            note.at.format("%H:%M")
        );
        if let Some(name) = speaker_name(app, note) {
            title.push_str(&format!(" · {}", inert(&name)));
        }
        title.push(' ');
        let text: Vec<Line> = note
            .text
            .lines()
            .map(|l| Line::raw(inert(l).into_owned()))
            .collect();
        let block = Block::default()
            .borders(Borders::TOP)
            .border_style(theme::dim())
            .title(title);
        frame.render_widget(
            Paragraph::new(text).wrap(Wrap { trim: false }).block(block),
            area,
        );
    }
}

/// The position (in the session's notes) of the note drawn on `row` of the body, if any.
pub fn note_at(app: &App, body: Rect, row: usize) -> Option<usize> {
    let (list, _) = split(app, body);
    let count = app.session_notes().len();
    if row >= usize::from(list.height) || count == 0 {
        return None;
    }
    let selected = app.ui.note.min(count - 1);
    let index = scroll_offset(selected, count, usize::from(list.height)) + row;
    (index < count).then_some(index)
}
