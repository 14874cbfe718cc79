//! Input on the meeting screen: keys, clicks and pastes, routed to the overlay that has
//! them or turned into actions.

use super::*;

impl App {
    pub(super) fn key(&mut self, key: KeyEvent, now: NaiveDateTime) {
        let ctrl_c =
            key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL);
        self.ui.message = None;
        if self.ui.qr.is_some() {
            self.qr_key(key, ctrl_c);
            return;
        }
        match self.ui.overlay.take() {
            Some(overlay) => self.overlay_key(overlay, key, now, ctrl_c),
            None if ctrl_c => self.quit(),
            None if key.code == KeyCode::Esc && self.ui.filter.is_some() => {
                self.ui.filter = None;
                self.ui.message = Some("filter cleared".into());
            }
            None => {
                if let Some(action) = action_for(self.context(), key) {
                    self.perform(action, now);
                }
            }
        }
    }

    /// Keys on the QR screen: page through the parts, switch between the session's outcomes
    /// and the meeting's, close.
    pub(super) fn qr_key(&mut self, key: KeyEvent, ctrl_c: bool) {
        let session = self.current().map(|s| s.id.clone());
        let Some(shown) = self.ui.qr.as_mut() else {
            return;
        };
        match key.code {
            _ if ctrl_c => self.ui.quit = true,
            KeyCode::Esc | KeyCode::Char('q' | 'O') => self.ui.qr = None,
            KeyCode::Right | KeyCode::Char('l' | ' ' | 'n') | KeyCode::PageDown => {
                shown.part += 1;
            }
            KeyCode::Left | KeyCode::Char('h' | 'p') | KeyCode::PageUp => {
                shown.part = shown.part.saturating_sub(1);
            }
            KeyCode::Char('s') => {
                shown.session = match shown.session {
                    Some(_) => None,
                    None => session,
                };
                shown.part = 0;
            }
            _ => {}
        }
        // Paging stops at the last part.
        if let Some(scope) = self.ui.qr.as_ref().map(|s| s.session.clone()) {
            let last = self.outcomes(scope.as_deref()).count().saturating_sub(1);
            if let Some(s) = self.ui.qr.as_mut() {
                s.part = s.part.min(last);
            }
        }
    }

    pub(super) fn overlay_key(
        &mut self,
        overlay: Overlay,
        key: KeyEvent,
        now: NaiveDateTime,
        ctrl_c: bool,
    ) {
        match overlay {
            Overlay::Help => {
                if ctrl_c {
                    self.ui.quit = true;
                }
                // Any other key closes help.
            }
            Overlay::Editor(editor) => self.editor_key(editor, key, now, ctrl_c),
            Overlay::Prompt(prompt) => self.prompt_key(prompt, key, now, ctrl_c),
            Overlay::Picker(picker) => self.picker_key(picker, key, ctrl_c),
            Overlay::Confirm(confirm) => {
                let yes = ctrl_c || matches!(key.code, KeyCode::Char('y' | 'Y'));
                let no = matches!(key.code, KeyCode::Char('n' | 'N') | KeyCode::Esc);
                match confirm {
                    Confirm::Discard(editor) if no => {
                        self.ui.overlay = Some(Overlay::Editor(editor));
                    }
                    Confirm::Quit(editor) if no => {
                        self.ui.overlay = Some(Overlay::Editor(editor));
                    }
                    Confirm::Discard(_) if yes => {}
                    Confirm::Quit(_) if yes => self.ui.quit = true,
                    Confirm::QuitUnsaved(_) if yes => self.ui.quit = true,
                    Confirm::QuitUnsaved(_) if no => {}
                    Confirm::QuitUnsaved(_) if key.code == KeyCode::Char('c') => {
                        let here = self
                            .store
                            .as_ref()
                            .map(|s| s.dir().display().to_string())
                            .unwrap_or_default();
                        self.ask(
                            Ask::SaveCopy,
                            "Save a copy of the record in a new folder",
                            "on another disk or a USB stick; it must not exist yet",
                            &format!("{here}-copy"),
                        );
                    }
                    other => self.ui.overlay = Some(Overlay::Confirm(other)),
                }
            }
        }
    }

    pub(super) fn editor_key(
        &mut self,
        mut editor: Box<Editor>,
        key: KeyEvent,
        now: NaiveDateTime,
        ctrl_c: bool,
    ) {
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        let shift = key.modifiers.contains(KeyModifiers::SHIFT);
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if ctrl_c {
            self.ui.overlay = Some(if editor.holds_text() {
                Overlay::Confirm(Confirm::Quit(editor))
            } else {
                self.ui.quit = true;
                return;
            });
            return;
        }
        if editor.field == Field::Speaker {
            self.speaker_key(&mut editor, key);
            self.ui.overlay = Some(Overlay::Editor(editor));
            return;
        }
        match key.code {
            KeyCode::Enter if !alt && !shift => {
                if !editor.holds_text() {
                    self.ui.message = Some("nothing to save".into());
                } else if self.save_note(&editor, now) {
                    if editor.note.is_some() {
                        return;
                    }
                    // A new note saved, the editor stays open, empty, for the next one:
                    // capture goes at the pace of the room.
                    editor = Box::new(Editor::new(None, NoteKind::Note, None, ""));
                }
                self.ui.overlay = Some(Overlay::Editor(editor));
                return;
            }
            KeyCode::Enter => editor.text.insert_newline(),
            KeyCode::Esc => {
                if editor.holds_text() {
                    self.ui.overlay = Some(Overlay::Confirm(Confirm::Discard(editor)));
                }
                return;
            }
            KeyCode::Tab => {
                editor.field = Field::Speaker;
                editor.query.clear();
                editor.pick = 0;
            }
            KeyCode::Char('t') if ctrl => editor.cycle_kind(),
            _ => {
                editor.text.input(key);
            }
        }
        self.ui.overlay = Some(Overlay::Editor(editor));
    }

    pub(super) fn speaker_key(&self, editor: &mut Editor, key: KeyEvent) {
        let participants = &self.record().plan.participants;
        match key.code {
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                editor.query.push(c);
                editor.pick = 0;
            }
            KeyCode::Backspace => {
                editor.query.pop();
                editor.pick = 0;
            }
            KeyCode::Up => editor.pick = editor.pick.saturating_sub(1),
            KeyCode::Down => editor.pick += 1,
            KeyCode::Enter => {
                let matches = speaker_matches(participants, &editor.query);
                editor.speaker = if editor.query.trim().is_empty() {
                    None
                } else if matches.is_empty() {
                    Some(speaker_id(&editor.query, participants))
                } else {
                    matches
                        .get(editor.pick.min(matches.len() - 1))
                        .map(|p| p.id.clone())
                };
                editor.field = Field::Text;
            }
            KeyCode::Esc | KeyCode::Tab => editor.field = Field::Text,
            _ => {}
        }
    }

    pub(super) fn prompt_key(
        &mut self,
        mut prompt: Box<Prompt>,
        key: KeyEvent,
        now: NaiveDateTime,
        ctrl_c: bool,
    ) {
        match key.code {
            _ if ctrl_c => self.ui.quit = true,
            KeyCode::Esc => {}
            KeyCode::Enter => self.answer(&prompt, now),
            // Ctrl-U clears the answer, as in a shell: the quick way past a suggestion.
            KeyCode::Char('u') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                prompt.input = Prompt::new(prompt.ask.clone(), "", "", "").input;
                self.ui.overlay = Some(Overlay::Prompt(prompt));
            }
            _ => {
                prompt.input.input(key);
                self.ui.overlay = Some(Overlay::Prompt(prompt));
            }
        }
    }

    pub(super) fn picker_key(&mut self, mut picker: Picker, key: KeyEvent, ctrl_c: bool) {
        let last = picker.shown().len().saturating_sub(1);
        let typed = picker.typed();
        match key.code {
            _ if ctrl_c => {
                self.ui.quit = true;
                return;
            }
            KeyCode::Esc => return,
            KeyCode::Up => picker.selected = picker.selected.saturating_sub(1),
            KeyCode::Down => picker.selected = (picker.selected + 1).min(last),
            KeyCode::Char('k') if !typed => picker.selected = picker.selected.saturating_sub(1),
            KeyCode::Char('j') if !typed => picker.selected = (picker.selected + 1).min(last),
            KeyCode::Char(c) if typed && !key.modifiers.contains(KeyModifiers::CONTROL) => {
                picker.query.push(c);
                picker.selected = 0;
            }
            KeyCode::Backspace if typed => {
                picker.query.pop();
                picker.selected = 0;
            }
            KeyCode::Char(' ') if picker.multiple() && !picker.ticked.remove(&picker.selected) => {
                picker.ticked.insert(picker.selected);
            }
            KeyCode::Enter => {
                self.chosen(&picker);
                return;
            }
            _ => {}
        }
        self.ui.overlay = Some(Overlay::Picker(picker));
    }

    pub(super) fn mouse(&mut self, mouse: MouseEvent, size: Rect) {
        // The projector view has nothing to click; the laptop's own view does.
        if self.ui.overlay.is_some() || self.ui.projector || self.ui.qr.is_some() {
            return;
        }
        let at = Position::new(mouse.column, mouse.row);
        match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => match hit(size, &self.scene(), at) {
                Target::Tab(tab) => self.ui.tab = tab,
                Target::Session(index) => {
                    let id = self
                        .record()
                        .plan
                        .days
                        .get(self.current_day())
                        .and_then(|day| day.sessions.get(index))
                        .map(|s| s.id.clone());
                    if let Some(id) = id {
                        self.commit(Op::SetCurrent { session: Some(id) });
                    }
                }
                Target::Card(column, card) => {
                    self.ui.board.column = column;
                    self.ui.board.card = card.unwrap_or(self.ui.board.card);
                    self.ui.board.drag = card.and_then(|_| self.focused_card());
                }
                target => self.select_row(target),
            },
            MouseEventKind::Up(MouseButton::Left) => self.drop_card(size, at),
            MouseEventKind::ScrollDown => self.perform_view(Action::Down),
            MouseEventKind::ScrollUp => self.perform_view(Action::Up),
            _ => {}
        }
    }

    /// A card dragged to another column lands where it was dropped.
    fn drop_card(&mut self, size: Rect, at: Position) {
        let Some(id) = self.ui.board.drag.take() else {
            return;
        };
        let scene = self.scene();
        let body = crate::tui::layout::Areas::new(size).body;
        let Some((column, card)) =
            crate::tui::layout::card_at(body, &scene.columns, scene.focus, at)
        else {
            return;
        };
        let columns = self.columns();
        let (strategy, cards) = columns[column];
        let from = self.record().card_position(id).map(|(s, _)| s);
        if from == Some(strategy) {
            return;
        }
        let index = card.unwrap_or(cards.len()).min(cards.len());
        if self.commit(Op::MoveAction {
            id,
            strategy,
            index,
        }) {
            self.ui.board.focus(column, index);
        }
    }

    /// Selects the row a click landed on in a list.
    pub(super) fn select_row(&mut self, target: Target) {
        match target {
            Target::Note(i) => self.ui.notes.set(i),
            Target::Proposal(i) => self.ui.matrix.proposal.set(i),
            Target::Resolution(i) => self.ui.resolutions.set(i),
            _ => {}
        }
    }

    pub(super) fn paste(&mut self, text: &str) {
        match self.ui.overlay.as_mut() {
            Some(Overlay::Editor(editor)) if editor.field == Field::Text => {
                editor.text.insert_str(inert(text));
            }
            Some(Overlay::Prompt(prompt)) => {
                prompt.input.insert_str(inert_line(text));
            }
            None => {
                // Pasting on the screen starts a note with the pasted text, ready to file.
                self.ui.overlay = Some(Overlay::Editor(Box::new(Editor::new(
                    None,
                    NoteKind::Note,
                    None,
                    text,
                ))));
            }
            _ => {}
        }
    }
}
