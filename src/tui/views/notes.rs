//! The Notes tab: the current session's notes, newest at the bottom, the selected one in full
//! under them, as high as its text.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::{fit, inert, row_style};
use crate::core::agenda::Agenda;
use crate::core::record::{Note, NoteKind};
use crate::core::{self, labels};
use crate::lang::Labels;
use crate::tui::layout::{notes_split, preview_rows, scroll_offset};
use crate::tui::overlay::Overlay;
use crate::tui::state::{App, Logged, Tab};
use crate::tui::theme;

/// The marker drawn before a note of each kind.
pub(crate) fn kind_marker(kind: NoteKind) -> &'static str {
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

/// Draws the current session's log: its notes, and the lines typed there that were filed
/// elsewhere, each marked with where it went.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let editor_open = matches!(app.ui.overlay, Some(Overlay::Editor(_)));
    let log = app.session_log();
    let selected = app.ui.notes.get(log.len());
    let wanted = log.get(selected).map_or(0, |entry| {
        preview_rows(&core::inert(&entry.line(&app.record().plan)), area.width)
    });
    let (list, preview) = notes_split(area, editor_open, log.len(), wanted);
    let l = app.labels();
    if log.is_empty()
        && let Some(filter) = &app.ui.filter
    {
        let empty = Paragraph::new(vec![
            Line::raw(""),
            Line::styled(
                format!(
                    "  {}",
                    l.label_with("notes-no-match", &[("filter", inert(filter).into())])
                ),
                theme::dim(),
            ),
            Line::styled(format!("  {}", l.label("notes-esc-clears")), theme::dim()),
        ])
        .wrap(Wrap { trim: false });
        frame.render_widget(empty, list);
        return;
    }
    if log.is_empty() {
        // Four short lines, as a narrow list has room for.
        let lines = [
            "notes-none",
            "notes-none-n",
            "notes-none-prefixes",
            "notes-none-filed",
        ]
        .map(|id| Line::styled(format!("  {}", l.label(id)), theme::dim()));
        let empty = Paragraph::new([vec![Line::raw("")], lines.to_vec()].concat())
            .wrap(Wrap { trim: false });
        frame.render_widget(empty, list);
        return;
    }
    let rows = usize::from(list.height);
    let offset = scroll_offset(selected, log.len(), rows);
    for (i, entry) in log.iter().enumerate().skip(offset).take(rows) {
        let row = Rect {
            y: list.y + (i - offset) as u16,
            height: 1,
            ..list
        };
        let line = match entry {
            Logged::Note(note) => note_row(app, note, list.width),
            filed => filed_row(l, &app.record().plan, filed, list.width),
        };
        frame.render_widget(line.style(row_style(i == selected)), row);
    }
    if let Some(area) = preview {
        preview_of(frame, area, app, log[selected]);
    }
}

/// A note's row: its time, its kind's marker, its text and its speaker.
fn note_row(app: &App, note: &Note, width: u16) -> Line<'static> {
    let time = format!(" {} ", note.at.format("%H:%M"));
    let marker = format!("{} ", kind_marker(note.kind));
    let speaker = speaker_name(app, note).map(|name| format!(" — {}", inert(&name)));
    // The speaker keeps up to two thirds of the row, the text the rest; the preview shows both whole.
    let room = usize::from(width).saturating_sub(fit::width(&time) + fit::width(&marker));
    let speaker_room = speaker.as_deref().map_or(0, fit::width).min(room * 2 / 3);
    let mut spans = vec![
        Span::styled(time, theme::dim()),
        Span::styled(marker, theme::accent()),
        Span::raw(fit::fit(&inert(&note.text), room - speaker_room)),
    ];
    if let Some(speaker) = speaker {
        spans.push(Span::styled(fit::fit(&speaker, speaker_room), theme::dim()));
    }
    Line::from(spans)
}

/// Where a line filed elsewhere went, as its row says it: the tab it went to.
fn went(l: &Labels, entry: Logged) -> String {
    match entry {
        Logged::Note(_) => Tab::Notes,
        Logged::Action(_) => Tab::Board,
        Logged::Proposal(_) => Tab::Proposals,
        Logged::Resolution(_) => Tab::Resolutions,
    }
    .title_in(l)
}

/// A line filed elsewhere, where it was typed: "       → Board: Ana to write…", dim, so the
/// log reads in order and the notes stand out.
fn filed_row(l: &Labels, agenda: &Agenda, entry: &Logged, width: u16) -> Line<'static> {
    // Only resolutions keep the time they were typed; the arrow sits in the time's column.
    let time = match entry {
        Logged::Resolution(r) => format!(" {} ", r.at.format("%H:%M")),
        _ => "       ".to_owned(),
    };
    let marker = format!("→ {}: ", went(l, *entry));
    let room = usize::from(width).saturating_sub(fit::width(&time) + fit::width(&marker));
    Line::from(vec![
        Span::styled(time, theme::dim()),
        Span::styled(marker, theme::accent()),
        Span::styled(fit::fit(&inert(&entry.line(agenda)), room), theme::dim()),
    ])
}

/// The selected row in full under the list: a note with its kind, time and speaker, or a line
/// filed elsewhere with where it went and how `e` edits it there.
fn preview_of(frame: &mut Frame, area: Rect, app: &App, entry: Logged) {
    let l = app.labels();
    let mut title = match entry {
        Logged::Note(note) => {
            let mut title = format!(
                " {} · {}",
                labels::note_kind_in(l, note.kind),
                note.at.format("%H:%M")
            );
            if let Some(name) = speaker_name(app, note) {
                title.push_str(&format!(" · {}", inert(&name)));
            }
            title
        }
        Logged::Action(_) => format!(" {}", l.label("notes-went-action")),
        Logged::Proposal(_) => format!(" {}", l.label("notes-went-proposal")),
        Logged::Resolution(_) => format!(" {}", l.label("notes-went-resolution")),
    };
    title.push(' ');
    // Wrapped here, not by the paragraph, so it takes the rows `preview_rows` gave it.
    let rows = usize::from(area.height.saturating_sub(1));
    let text: Vec<Line> = fit::wrap_lines(
        &core::inert(&entry.line(&app.record().plan)),
        usize::from(area.width),
        rows,
    )
    .into_iter()
    .map(Line::raw)
    .collect();
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(theme::dim())
        .title(title);
    frame.render_widget(Paragraph::new(text).block(block), area);
}
