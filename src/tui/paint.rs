//! Putting frames on the terminal. A key typed into the note editor changes the editor and
//! the footer and nothing else, so for such a key only those two areas are drawn and sent,
//! against a copy of what the terminal shows; every other change draws the whole frame. A
//! note-taker's key then costs about what it costs nano, whatever the board behind holds.

use chrono::NaiveDateTime;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;

use super::layout::{Areas, editor_area};
use super::overlay::{Editor, Field, Overlay, Understood};
use super::state::App;
use super::views::{footer, overlays};
use super::{theme, views};
use crate::core::capture::Destination;
use crate::core::record::Id;

/// What is on the terminal, kept so a key in the editor can be drawn alone.
#[derive(Default)]
pub struct Painter {
    /// The terminal's cells as last sent, kept while the note editor is open.
    shown: Option<Buffer>,
    /// Set when cells went to the terminal behind ratatui's back: its last frame is then not
    /// what the terminal shows, and is put right before the next whole frame.
    behind: bool,
    /// What the last touch-up drew from; none after a whole frame.
    drawn: Option<Drawn>,
    /// How many rows of the editor's inside, from the top, held the note's text when it was
    /// last drawn; the rows below were blank.
    extent: u16,
    /// Where those rows are drawn, kept from key to key so a key allocates nothing for them.
    scratch: Buffer,
}

impl Painter {
    /// Draws the whole screen at `now`; returns the area drawn.
    pub fn frame<B: Backend>(
        &mut self,
        terminal: &mut Terminal<B>,
        app: &App,
        now: NaiveDateTime,
    ) -> Result<Rect, B::Error> {
        if self.behind {
            self.behind = false;
            if let Some(shown) = &self.shown
                && terminal.current_buffer_mut().area == shown.area
            {
                // ratatui diffs the next frame against its last one: make that the terminal's.
                terminal.current_buffer_mut().clone_from(shown);
                terminal.swap_buffers();
            }
        }
        self.drawn = None;
        let keep = editing(app);
        let mut copy = self.shown.take();
        let completed = terminal.draw(|frame| {
            views::draw(frame, app, now);
            match &mut copy {
                Some(copy) if keep => copy.clone_from(frame.buffer_mut()),
                _ if keep => copy = Some(frame.buffer_mut().clone()),
                _ => copy = None,
            }
        })?;
        let area = completed.area;
        self.shown = copy;
        Ok(area)
    }

    /// Whether the last thing drawn was the whole screen with the note editor open, so the
    /// editor alone can be drawn over it.
    pub fn can_touch_up(&self) -> bool {
        self.shown.is_some()
    }

    /// Draws only the note editor and the footer over what the terminal shows: for a key that
    /// changed nothing else. Of the editor, only its text is drawn when its box and title are
    /// as last drawn, and the footer only when what it shows may have changed. False, drawing
    /// nothing, unless [`Painter::can_touch_up`] and the terminal is the size last drawn; the
    /// caller then draws the whole frame.
    pub fn touch_up<B: Backend>(
        &mut self,
        terminal: &mut Terminal<B>,
        app: &App,
    ) -> Result<bool, B::Error> {
        let Some(shown) = self.shown.as_mut() else {
            return Ok(false);
        };
        let Some(Overlay::Editor(editor)) = &app.ui.overlay else {
            return Ok(false);
        };
        if terminal.current_buffer_mut().area != shown.area {
            return Ok(false);
        }
        let areas = Areas::new(shown.area);
        let box_area = editor_area(areas.body).intersection(shown.area);
        let last = self.drawn.take();
        let on_text = editor.field == Field::Text;
        let same_box = on_text
            && last
                .as_ref()
                .and_then(|l| l.title.as_ref())
                .is_some_and(|t| *t == Title::of(editor, app));
        let footer_from = footer::Inputs::of(app);
        let same_footer = last.as_ref().is_some_and(|l| l.footer == footer_from);
        let now = Drawn {
            title: if same_box {
                last.and_then(|l| l.title)
            } else {
                on_text.then(|| Title::of(editor, app))
            },
            footer: footer_from,
        };
        let inside = overlays::editor_inside(box_area).intersection(shown.area);
        let theme = app.theme();
        let mut updates = Vec::new();
        // The note's text alone, when it is drawn over only the rows that can hold it.
        let text_alone = same_box
            && text_rows(self.extent, inside, editor).is_some_and(|rows| {
                let scratch = &mut self.scratch;
                scratch.resize(rows);
                scratch.reset();
                theme::scope(&theme, || {
                    overlays::editor_text(scratch, inside, editor);
                });
                let last_row = rows.bottom().saturating_sub(1);
                if rows.height < inside.height && !blank_row(scratch, rows, last_row) {
                    // The text may go on below: draw all of the inside.
                    return false;
                }
                self.extent = extent(scratch, rows);
                updates.extend(changes(scratch, shown, rows));
                true
            });
        let text = match (text_alone, same_box) {
            (true, _) => Rect::default(),
            (false, true) => inside,
            (false, false) => box_area,
        };
        let footer = if same_footer {
            Rect::default()
        } else {
            areas.footer.intersection(shown.area)
        };
        // The current buffer is blank between frames; the areas are drawn into it, taken
        // out (which blanks them again, so ratatui's next frame starts from nothing as it
        // expects), compared with what the terminal shows, and only what differs is sent;
        // what was drawn then takes the place of what was shown.
        let mut frame = terminal.get_frame();
        theme::scope(&theme, || {
            if theme.base() != ratatui::style::Style::default() && !footer.is_empty() {
                // The editor's box clears its cells: only the footer takes the theme's base.
                frame.buffer_mut().set_style(footer, theme.base());
            }
            match (text_alone, same_box) {
                (true, _) => {}
                (false, true) => overlays::editor_text(frame.buffer_mut(), inside, editor),
                (false, false) => views::overlays::render(&mut frame, areas, app),
            }
            if !footer.is_empty() {
                footer::render(&mut frame, footer, app);
            }
        });
        let drawn = terminal.current_buffer_mut();
        for region in [text, footer] {
            updates.extend(changes(drawn, shown, region));
        }
        if !text.is_empty() {
            self.extent = extent(shown, inside);
        }
        self.drawn = Some(now);
        if !updates.is_empty() {
            self.behind = true;
            let backend = terminal.backend_mut();
            backend.draw(updates.iter().map(|(x, y, cell)| (*x, *y, cell)))?;
            Backend::flush(backend)?;
        }
        Ok(true)
    }
}

/// What the last touch-up drew the editor's box and the footer from: when a key leaves both
/// as they were, only the editor's text needs drawing.
#[derive(Debug, PartialEq, Eq)]
struct Drawn {
    /// What the editor's title was made of while it showed the note's text; none while it
    /// shows the speaker field, which is drawn whole on every key.
    title: Option<Title>,
    /// What the footer was drawn from.
    footer: footer::Inputs,
}

/// What the note editor's title says, given the record: a change to the record draws the
/// whole frame, so while only the editor changes these decide it, and comparing them costs
/// less than writing the title out (the editor's title in `views::overlays`).
#[derive(Debug, PartialEq, Eq)]
struct Title {
    note: Option<Id>,
    filed: Destination,
    action: Option<Understood>,
    speaker: Option<String>,
}

impl Title {
    fn of(editor: &Editor, app: &App) -> Title {
        Title {
            note: editor.note,
            filed: editor.destination(),
            action: overlays::understood(app, editor),
            speaker: editor.speaker.clone(),
        }
    }
}

/// The cells of `region` where `drawn` differs from `shown`, which takes them; `drawn` is
/// left blank there, as ratatui expects of the buffer it draws the next frame into.
fn changes(drawn: &mut Buffer, shown: &mut Buffer, region: Rect) -> Vec<(u16, u16, Cell)> {
    // A key mostly changes a row or two: the rows drawn as they are shown are only blanked,
    // and the rest are diffed.
    let Some(band) = changed_rows(drawn, shown, region) else {
        blank(drawn, region);
        return Vec::new();
    };
    blank(
        drawn,
        Rect::new(region.x, region.y, region.width, band.y - region.y),
    );
    blank(
        drawn,
        Rect::new(
            region.x,
            band.bottom(),
            region.width,
            region.bottom() - band.bottom(),
        ),
    );
    let after = take(drawn, band);
    let before = take(shown, band);
    let updates = before
        .diff(&after)
        .into_iter()
        .map(|(x, y, cell)| (x, y, cell.clone()))
        .collect();
    put(shown, after);
    updates
}

/// The rows of the editor's `inside` a key can have changed, from the top down to one
/// below the `extent` rows of text last drawn; none when a blank row may sit inside the text (an
/// empty line, a run of spaces or a tab that could wrap into one), which only drawing
/// all of it shows.
fn text_rows(extent: u16, inside: Rect, editor: &Editor) -> Option<Rect> {
    let gaps = editor
        .text
        .lines()
        .iter()
        .any(|line| line.trim().is_empty() || line.contains("  ") || line.contains('\t'));
    (!gaps).then(|| Rect {
        height: (extent + 1).min(inside.height),
        ..inside
    })
}

/// Whether the note editor has the keyboard on the facilitator's screen.
fn editing(app: &App) -> bool {
    matches!(app.ui.overlay, Some(Overlay::Editor(_))) && app.ui.qr.is_none() && !app.ui.projector
}

/// The rows of `area` in `buffer`, as ranges of its cells; `area` lies inside the buffer.
fn rows(buffer: &Buffer, area: Rect) -> impl Iterator<Item = std::ops::Range<usize>> + use<> {
    let width = usize::from(area.width);
    let starts: Vec<usize> = (area.top()..area.bottom())
        .map(|y| buffer.index_of(area.x, y))
        .collect();
    starts.into_iter().map(move |start| start..start + width)
}

/// The smallest band of whole rows of `area` outside which `drawn` and `shown` agree; none
/// when they agree on all of it. Both buffers hold `area`.
fn changed_rows(drawn: &Buffer, shown: &Buffer, area: Rect) -> Option<Rect> {
    if area.is_empty() {
        return None;
    }
    let width = usize::from(area.width);
    let differs = |y: u16| {
        let (a, b) = (drawn.index_of(area.x, y), shown.index_of(area.x, y));
        drawn.content[a..a + width] != shown.content[b..b + width]
    };
    let top = (area.top()..area.bottom()).find(|&y| differs(y))?;
    let bottom = (top..area.bottom())
        .rev()
        .find(|&y| differs(y))
        .map_or(top, |y| y);
    Some(Rect::new(area.x, top, area.width, bottom + 1 - top))
}

/// Whether row `y` of `area` in `buffer` is blank.
fn blank_row(buffer: &Buffer, area: Rect, y: u16) -> bool {
    let start = buffer.index_of(area.x, y);
    buffer.content[start..start + usize::from(area.width)]
        .iter()
        .all(|cell| *cell == Cell::EMPTY)
}

/// How many rows of `area` in `buffer`, from the top, down to the last that is not blank.
fn extent(buffer: &Buffer, area: Rect) -> u16 {
    (area.top()..area.bottom())
        .rev()
        .find(|&y| !blank_row(buffer, area, y))
        .map_or(0, |y| y + 1 - area.top())
}

/// Blanks `area` of `buffer`, as ratatui expects of the buffer it draws the next frame into.
fn blank(buffer: &mut Buffer, area: Rect) {
    for row in rows(buffer, area) {
        buffer.content[row].fill(Cell::EMPTY);
    }
}

/// The cells of `area` taken out of `buffer`, which is left blank there.
fn take(buffer: &mut Buffer, area: Rect) -> Buffer {
    let mut content = Vec::with_capacity(usize::from(area.width) * usize::from(area.height));
    for row in rows(buffer, area) {
        content.extend(
            buffer.content[row]
                .iter_mut()
                .map(|cell| std::mem::replace(cell, Cell::EMPTY)),
        );
    }
    Buffer { area, content }
}

/// Puts `cells` into `buffer`, at the area they came from.
fn put(buffer: &mut Buffer, cells: Buffer) {
    let mut from = cells.content.into_iter();
    for row in rows(buffer, cells.area) {
        for (to, cell) in buffer.content[row].iter_mut().zip(from.by_ref()) {
            *to = cell;
        }
    }
}
