//! Putting frames on the terminal. A key typed into the note editor changes the editor and
//! the footer and nothing else, so for such a key only those two areas are drawn and sent,
//! against a copy of what the terminal shows; every other change draws the whole frame. A
//! note-taker's key then costs about what it costs nano, whatever the board behind holds.

use chrono::NaiveDateTime;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::layout::{Areas, editor_area};
use super::overlay::Overlay;
use super::state::App;
use super::{theme, views};

/// What is on the terminal, kept so a key in the editor can be drawn alone.
#[derive(Default)]
pub struct Painter {
    /// The terminal's cells as last sent, kept while the note editor is open.
    shown: Option<Buffer>,
    /// Set when cells went to the terminal behind ratatui's back: its last frame is then not
    /// what the terminal shows, and is put right before the next whole frame.
    behind: bool,
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
    /// changed nothing else. Does nothing unless [`Painter::can_touch_up`].
    pub fn touch_up<B: Backend>(
        &mut self,
        terminal: &mut Terminal<B>,
        app: &App,
    ) -> Result<(), B::Error> {
        let Some(shown) = self.shown.as_mut() else {
            return Ok(());
        };
        let areas = Areas::new(shown.area);
        let regions = [editor_area(areas.body), areas.footer];
        // The current buffer is blank between frames; the two areas are drawn into it, sent,
        // and blanked again, so ratatui's next frame starts from nothing as it expects.
        let mut frame = terminal.get_frame();
        let theme = app.theme();
        theme::scope(&theme, || {
            if theme.base() != ratatui::style::Style::default() {
                for region in regions {
                    frame.buffer_mut().set_style(region, theme.base());
                }
            }
            views::overlays::render(&mut frame, areas, app);
            views::footer::render(&mut frame, areas.footer, app);
        });
        let drawn = terminal.current_buffer_mut();
        let mut updates = Vec::new();
        for region in regions {
            let before = copy_of(shown, region);
            let after = copy_of(drawn, region);
            updates.extend(
                before
                    .diff(&after)
                    .into_iter()
                    .map(|(x, y, cell)| (x, y, cell.clone())),
            );
            shown.merge(&after);
            for position in region.positions() {
                if let Some(cell) = drawn.cell_mut(position) {
                    cell.reset();
                }
            }
        }
        if !updates.is_empty() {
            self.behind = true;
            let backend = terminal.backend_mut();
            backend.draw(updates.iter().map(|(x, y, cell)| (*x, *y, cell)))?;
            Backend::flush(backend)?;
        }
        Ok(())
    }
}

/// Whether the note editor has the keyboard on the facilitator's screen.
fn editing(app: &App) -> bool {
    matches!(app.ui.overlay, Some(Overlay::Editor(_))) && app.ui.qr.is_none() && !app.ui.projector
}

/// The cells of `area` of `buffer`, as a buffer of their own.
fn copy_of(buffer: &Buffer, area: Rect) -> Buffer {
    let area = area.intersection(buffer.area);
    let mut copy = Buffer::empty(area);
    for position in area.positions() {
        if let (Some(from), Some(to)) = (buffer.cell(position), copy.cell_mut(position)) {
            to.clone_from(from);
        }
    }
    copy
}
