//! Drawing what sits over the screen: the note editor, prompts, pickers, questions, help.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::{fit, inert, row_style};
use crate::core::capture::Destination;
use crate::core::labels;
use crate::lang::Labels;
use crate::tui::keymap;
use crate::tui::layout::{Areas, editor_area, scroll_offset};
use crate::tui::overlay::{
    Confirm, Editor, Field, Overlay, Picker, Prompt, Understood, speaker_matches,
};
use crate::tui::state::App;
use crate::tui::theme;

/// A box of at most `width` × `height` in the middle of `area`.
fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}

/// Draws the open overlay, if any.
pub fn render(frame: &mut Frame, areas: Areas, app: &App) {
    let screen = frame.area();
    match &app.ui.overlay {
        None => {}
        Some(Overlay::Help) => help(frame, screen, app),
        Some(Overlay::Editor(editor)) => self::editor(frame, editor_area(areas.body), app, editor),
        Some(Overlay::Prompt(prompt)) => self::prompt(frame, screen, prompt),
        Some(Overlay::Picker(picker)) => self::picker(frame, screen, app.labels(), picker),
        Some(Overlay::Confirm(confirm)) => self::confirm(frame, screen, app.labels(), confirm),
    }
}

/// The widest help box: wider and the eye loses the row.
const HELP_WIDTH: u16 = 96;

fn help(frame: &mut Frame, screen: Rect, app: &App) {
    let labels = app.labels();
    let rows = keymap::help_in(labels, app.context());
    let width = HELP_WIDTH.min(screen.width);
    let inner = usize::from(width.saturating_sub(2));
    // What help says about routing notes, under the keys: the prefixes are the words the
    // capture reads, in every language.
    let prefixes = labels.label("help-prefixes");
    // The prefixes line takes two rows where it wraps.
    let prefix_rows: u16 = if fit::width(&prefixes) < inner { 1 } else { 2 };
    // Every row inside the borders but the prefixes': descriptions are worth the whole height.
    let room = usize::from(screen.height.saturating_sub(2 + prefix_rows)).max(1);
    let mut lines = if rows.len() <= room {
        one_column(labels, &rows, inner)
    } else {
        columns(labels, &rows, room, inner)
    };
    lines.push(Line::styled(format!(" {prefixes}"), theme::dim()));
    let area = centered(screen, width, lines.len() as u16 + 1 + prefix_rows);
    frame.render_widget(Clear, area);
    let title = labels.label_with("help-title", &[("tab", app.ui.tab.title_in(labels).into())]);
    let block = Block::bordered().title(format!(" {title} "));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block),
        area,
    );
}

/// Help with each key's description, one row a key cut to `width`, where the screen is tall
/// enough.
fn one_column(labels: &Labels, rows: &[keymap::HelpRow], width: usize) -> Vec<Line<'static>> {
    let description = width.saturating_sub(11);
    rows.iter()
        .map(|row| {
            Line::from(vec![
                Span::styled(format!(" {}", fit::pad(&row.label, 10)), theme::title()),
                Span::raw(fit::fit(&row.binding.description_in(labels), description)),
            ])
        })
        .collect()
}

/// Help as columns of short names, as many as it takes to keep every key within `room` rows
/// of `width` columns: no key is ever pushed off the screen.
fn columns(
    labels: &Labels,
    rows: &[keymap::HelpRow],
    room: usize,
    width: usize,
) -> Vec<Line<'static>> {
    let count = rows.len().div_ceil(room).max(1);
    let tall = rows.len().div_ceil(count);
    let column = width / count;
    let label = rows
        .iter()
        .map(|r| fit::width(&r.label))
        .max()
        .unwrap_or(0)
        .min(8);
    let name = column.saturating_sub(label + 2);
    (0..tall)
        .map(|i| {
            let mut spans = Vec::new();
            for row in (0..count).filter_map(|c| rows.get(i + c * tall)) {
                let shown = fit::fit(&row.label, label);
                spans.push(Span::styled(
                    format!(" {}", fit::pad(&shown, label)),
                    theme::title(),
                ));
                let shown = fit::fit(&row.binding.name_in(labels), name);
                spans.push(Span::raw(format!(" {}", fit::pad(&shown, name))));
            }
            Line::from(spans)
        })
        .collect()
}

fn editor(frame: &mut Frame, area: Rect, app: &App, editor: &Editor) {
    frame.render_widget(Clear, area);
    let participants = &app.record().plan.participants;
    let block = Block::bordered()
        .title(editor_title(app, editor, usize::from(area.width)))
        .border_style(theme::accent());
    let inner = editor_inside(area);
    frame.render_widget(block, area);
    if editor.field == Field::Text {
        editor_text(frame.buffer_mut(), inner, editor);
        return;
    }
    let matches = speaker_matches(participants, &editor.query);
    let labels = app.labels();
    let mut lines = vec![Line::from(vec![
        Span::styled(labels.label("editor-speaker") + " ", theme::dim()),
        Span::raw(inert(&editor.query).into_owned()),
        Span::styled("▏", theme::accent()),
    ])];
    let rows = usize::from(inner.height).saturating_sub(1);
    let pick = editor.pick.min(matches.len().saturating_sub(1));
    let offset = scroll_offset(pick, matches.len(), rows);
    for (i, p) in matches.iter().enumerate().skip(offset).take(rows) {
        let org = if p.represents().is_empty() {
            String::new()
        } else {
            format!(" · {}", p.represents().join(", "))
        };
        lines.push(
            Line::raw(format!("  {}{}", inert(&p.name), inert(&org))).style(row_style(i == pick)),
        );
    }
    if matches.is_empty() && !editor.query.trim().is_empty() {
        lines.push(Line::styled(
            format!("  {}", labels.label("editor-not-listed")),
            theme::dim(),
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The note editor's title: new or edited note, the session, what the text will be filed as
/// (the kind chosen, or what its prefixes make of it) and the speaker. What it
/// reads of the editor is listed in `tui::paint`'s `Title`, which must keep in step with it.
fn editor_title(app: &App, editor: &Editor, width: usize) -> String {
    let l = app.labels();
    let speaker = editor.speaker.as_deref().map_or("—".to_owned(), |s| {
        labels::person(&app.record().plan, s).to_owned()
    });
    let what = l.label(if editor.note.is_some() {
        "editor-edit-note"
    } else {
        "editor-new-note"
    });
    let session = app.current().map_or("", |s| s.title.as_str());
    let filed = match editor.destination() {
        Destination::Note(kind) => labels::note_kind_in(l, kind),
        Destination::Action => action_filed(app, editor),
        Destination::Proposal => l.label("editor-filed-proposal"),
        Destination::Resolution => l.label("editor-filed-resolution"),
        Destination::Several(n) => l.label_with("editor-filed-items", &[("n", n.into())]),
    };
    let speaker = l.label_with("editor-by", &[("speaker", inert(&speaker).into())]);
    let rest = format!(" · {filed} · {speaker} ");
    // The kind and the speaker are what the note-taker checks before Enter: on a narrow
    // screen the session's title gives way to them, then "New note" (two columns are the
    // box's corners).
    if fit::width(&what) + fit::width(&rest) + 3 > width {
        return format!(" {filed} · {speaker} ");
    }
    let room = width.saturating_sub(fit::width(&what) + fit::width(&rest) + 3);
    let session = match fit::fit(&inert(session), room.saturating_sub(4)) {
        s if s.is_empty() => String::new(),
        s => format!(" {}", l.label_with("editor-in", &[("session", s.into())])),
    };
    format!(" {what}{session}{rest}")
}

/// What a line of one action files: "action · owner: Lucía Ferreyra · due 10 Aug 2026", or
/// "action · no owner" when its words name nobody the agenda knows.
fn action_filed(app: &App, editor: &Editor) -> String {
    let (plan, l) = (&app.record().plan, app.labels());
    let Some((owner, due)) = understood(app, editor) else {
        return l.label("editor-filed-action");
    };
    let mut filed = match owner {
        Some(owner) => l.label_with(
            "editor-action-owner",
            &[("owner", labels::person(plan, &owner).into())],
        ),
        None => l.label("editor-action-no-owner"),
    };
    if let Some(due) = due {
        let due = l.label_with("editor-action-due", &[("date", l.date_short(due).into())]);
        filed.push_str(&format!(" · {due}"));
    }
    filed
}

/// The owner and due date the editor's line of one action gives, informal dates read against
/// the day of the session it is typed in.
pub(crate) fn understood(app: &App, editor: &Editor) -> Option<Understood> {
    let plan = &app.record().plan;
    let on = app.current().and_then(|s| plan.date_of(&s.id));
    editor.action_understood(plan, on)
}

/// The inside of the note editor's box at `area`.
pub(crate) fn editor_inside(area: Rect) -> Rect {
    Block::bordered().inner(area)
}

/// The note's text inside the editor's box: all that a key typed into the text changes there,
/// drawn over blank cells.
pub(crate) fn editor_text(buffer: &mut Buffer, inside: Rect, editor: &Editor) {
    (&editor.text).render(inside, buffer);
}

fn prompt(frame: &mut Frame, screen: Rect, prompt: &Prompt) {
    let area = centered(screen, 70, 4);
    frame.render_widget(Clear, area);
    let block = Block::bordered()
        .title(format!(" {} ", prompt.title))
        .title_bottom(Line::styled(format!(" {} ", prompt.hint), theme::dim()))
        .border_style(theme::accent());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    frame.render_widget(&prompt.input, inner);
}

fn picker(frame: &mut Frame, screen: Rect, labels: &Labels, picker: &Picker) {
    let shown = picker.shown();
    let query_rows = u16::from(picker.typed());
    let area = centered(screen, 70, shown.len().max(1) as u16 + 2 + query_rows);
    frame.render_widget(Clear, area);
    let block = Block::bordered()
        .title(format!(" {} ", picker.title))
        .border_style(theme::accent());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if picker.typed() {
        let line = Line::from(vec![
            Span::styled(format!(" {} ", labels.label("picker-name")), theme::dim()),
            Span::raw(inert(&picker.query).into_owned()),
            Span::styled("▏", theme::accent()),
        ]);
        frame.render_widget(line, Rect { height: 1, ..inner });
        if shown.is_empty() && inner.height > 1 {
            let hint = Line::styled(
                format!("  {}", labels.label("picker-not-listed")),
                theme::dim(),
            );
            frame.render_widget(
                hint,
                Rect {
                    y: inner.y + 1,
                    height: 1,
                    ..inner
                },
            );
        }
    }
    let inner = Rect {
        y: inner.y + query_rows,
        height: inner.height.saturating_sub(query_rows),
        ..inner
    };
    let rows = usize::from(inner.height);
    let offset = scroll_offset(picker.selected, shown.len(), rows);
    for (i, (item, (label, _))) in shown.iter().enumerate().skip(offset).take(rows) {
        let tick = match (picker.multiple(), picker.ticked.contains(item)) {
            (false, _) => "",
            (true, true) => "[x] ",
            (true, false) => "[ ] ",
        };
        let line =
            Line::raw(format!(" {tick}{}", inert(label))).style(row_style(i == picker.selected));
        frame.render_widget(
            line,
            Rect {
                y: inner.y + (i - offset) as u16,
                height: 1,
                ..inner
            },
        );
    }
}

fn confirm(frame: &mut Frame, screen: Rect, labels: &Labels, confirm: &Confirm) {
    let question = confirm.question_in(labels);
    let width = 60u16;
    // Rows for the wrapped question, and the border.
    let rows = (question.chars().count() as u16).div_ceil(width - 4) + 2;
    let area = centered(screen, width, rows);
    frame.render_widget(Clear, area);
    let block = Block::bordered().border_style(theme::warn());
    let text = Paragraph::new(Line::styled(question, theme::title()))
        .wrap(Wrap { trim: true })
        .block(block);
    frame.render_widget(text, area);
}
