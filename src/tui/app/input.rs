//! Input on the meeting screen: keys, clicks and pastes. Every key is looked up in the one
//! command table for the context it is pressed in, and the handler of that context acts on
//! the command it names.

use super::*;
use crate::tui::action::{
    Command, ConfirmCommand, EditorCommand, HelpCommand, PickerCommand, PromptCommand, QrCommand,
    SpeakerCommand,
};
use crate::tui::keymap::command_for;

impl App {
    pub(super) fn key(&mut self, key: KeyEvent, now: NaiveDateTime) {
        self.ui.message = None;
        if self.ui.qr.is_some() {
            self.qr_key(key);
            return;
        }
        if std::mem::take(&mut self.ui.close) {
            // Any key leaves the meeting's close; only O (the codes) and q also do their own.
            let command = command_for(self.context(), key);
            if !matches!(
                command,
                Some(Command::Screen(Action::Outcomes | Action::Quit))
            ) {
                return;
            }
        }
        match self.ui.overlay.take() {
            Some(overlay) => self.overlay_key(overlay, key, now),
            None => match command_for(self.context(), key) {
                Some(Command::Screen(action)) => self.perform(action, now),
                Some(Command::ClearFilter) if self.ui.filter.is_some() => {
                    self.ui.filter = None;
                    self.ui.message = Some(self.labels().label("told-filter-cleared"));
                }
                _ => {}
            },
        }
    }

    /// Keys on the QR screen: page through the parts, switch between the session's outcomes
    /// and the meeting's, close.
    pub(super) fn qr_key(&mut self, key: KeyEvent) {
        let session = self.current().map(|s| s.id.clone());
        let Some(shown) = self.ui.qr.as_mut() else {
            return;
        };
        match command_for(Context::Qr, key) {
            Some(Command::Qr(QrCommand::Quit)) => self.ui.quit = true,
            Some(Command::Qr(QrCommand::Close)) => self.ui.qr = None,
            Some(Command::Qr(QrCommand::NextPart)) => shown.part += 1,
            Some(Command::Qr(QrCommand::PrevPart)) => shown.part = shown.part.saturating_sub(1),
            Some(Command::Qr(QrCommand::Scope)) => {
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
            // Hosting puts the phone page's code before the parts.
            let codes = self.outcomes(scope.as_deref()).count() + self.wall_codes();
            let last = codes.saturating_sub(1);
            if let Some(s) = self.ui.qr.as_mut() {
                s.part = s.part.min(last);
            }
        }
    }

    pub(super) fn overlay_key(&mut self, overlay: Overlay, key: KeyEvent, now: NaiveDateTime) {
        let command = command_for(Context::of_overlay(&overlay), key);
        match overlay {
            // Any other key closes help.
            Overlay::Help => self.ui.quit |= command == Some(Command::Help(HelpCommand::Quit)),
            Overlay::Editor(editor) => self.editor_key(editor, command, key, now),
            Overlay::Prompt(prompt) => self.prompt_key(prompt, command, key, now),
            Overlay::Picker(picker) => self.picker_key(picker, command, key),
            Overlay::Confirm(confirm) => match command {
                Some(Command::Confirm(answer)) => self.confirm_key(confirm, answer),
                _ => self.ui.overlay = Some(Overlay::Confirm(confirm)),
            },
        }
    }

    /// An answer to a yes/no question.
    fn confirm_key(&mut self, confirm: Confirm, answer: ConfirmCommand) {
        use ConfirmCommand::{No, SaveCopy, Yes};
        match (confirm, answer) {
            (Confirm::Discard(editor) | Confirm::Quit(editor), No) => {
                self.ui.overlay = Some(Overlay::Editor(editor));
            }
            (Confirm::Discard(_), Yes) | (Confirm::QuitUnsaved(_), No) => {}
            (Confirm::Quit(_) | Confirm::QuitUnsaved(_), Yes) => self.ui.quit = true,
            (Confirm::QuitUnsaved(_), SaveCopy) => {
                let here = self
                    .store
                    .as_ref()
                    .map(|s| s.dir().display().to_string())
                    .unwrap_or_default();
                self.ask(
                    Ask::SaveCopy,
                    &self.labels().label("ask-save-copy"),
                    &self.labels().label("ask-save-copy-hint"),
                    &format!("{here}-copy"),
                );
            }
            (Confirm::Outcome { .. }, No) => {}
            (
                Confirm::Outcome {
                    resolution,
                    status,
                    method,
                    ..
                },
                Yes,
            ) => self.confirm_outcome(resolution, status, method),
            (other, _) => self.ui.overlay = Some(Overlay::Confirm(other)),
        }
    }

    pub(super) fn editor_key(
        &mut self,
        mut editor: Box<Editor>,
        command: Option<Command>,
        key: KeyEvent,
        now: NaiveDateTime,
    ) {
        match command {
            Some(Command::Speaker(command)) => self.speaker_key(&mut editor, command, key),
            Some(Command::Editor(EditorCommand::Quit)) => {
                if editor.holds_text() {
                    self.ui.overlay = Some(Overlay::Confirm(Confirm::Quit(editor)));
                } else {
                    self.ui.quit = true;
                }
                return;
            }
            Some(Command::Editor(EditorCommand::Save)) => {
                if !editor.holds_text() {
                    self.ui.message = Some(self.labels().label("told-nothing-to-save"));
                } else if self.save_note(&editor, now) {
                    if editor.note.is_some() {
                        return;
                    }
                    // A new note saved, the editor stays open, empty, for the next one:
                    // capture goes at the pace of the room, and the speaker picked stays.
                    let speaker = editor.speaker.take();
                    editor = Box::new(Editor::new(None, NoteKind::Note, speaker, ""));
                }
            }
            Some(Command::Editor(EditorCommand::NewLine)) => editor.text.insert_newline(),
            Some(Command::Editor(EditorCommand::Close)) => {
                if editor.holds_text() {
                    self.ui.overlay = Some(Overlay::Confirm(Confirm::Discard(editor)));
                }
                return;
            }
            Some(Command::Editor(EditorCommand::Speaker)) => {
                editor.field = Field::Speaker;
                editor.query.clear();
                editor.pick = 0;
            }
            Some(Command::Editor(EditorCommand::CycleKind)) => editor.cycle_kind(),
            Some(Command::Editor(EditorCommand::Type)) => {
                editor.text.input(key);
            }
            _ => {}
        }
        self.ui.overlay = Some(Overlay::Editor(editor));
    }

    pub(super) fn speaker_key(&self, editor: &mut Editor, command: SpeakerCommand, key: KeyEvent) {
        let participants = &self.record().plan.participants;
        match command {
            SpeakerCommand::Type => {
                if let KeyCode::Char(c) = key.code {
                    editor.query.push(c);
                    editor.pick = 0;
                }
            }
            SpeakerCommand::Erase => {
                editor.query.pop();
                editor.pick = 0;
            }
            SpeakerCommand::Up => editor.pick = editor.pick.saturating_sub(1),
            SpeakerCommand::Down => editor.pick += 1,
            SpeakerCommand::Pick => {
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
            SpeakerCommand::Back => editor.field = Field::Text,
        }
    }

    pub(super) fn prompt_key(
        &mut self,
        mut prompt: Box<Prompt>,
        command: Option<Command>,
        key: KeyEvent,
        now: NaiveDateTime,
    ) {
        match command {
            Some(Command::Prompt(PromptCommand::Quit)) => self.ui.quit = true,
            Some(Command::Prompt(PromptCommand::Cancel)) => {}
            Some(Command::Prompt(PromptCommand::Confirm)) => {
                // A mistake keeps the prompt open with the text typed; the footer says what
                // to fix, and the next keys go on editing the answer, not the meeting.
                if !self.answer(&prompt, now) && self.ui.overlay.is_none() {
                    self.ui.overlay = Some(Overlay::Prompt(prompt));
                }
            }
            Some(Command::Prompt(PromptCommand::Clear)) => {
                prompt.input = Prompt::new(prompt.ask.clone(), "", "", "").input;
                self.ui.overlay = Some(Overlay::Prompt(prompt));
            }
            Some(Command::Prompt(PromptCommand::Type)) => {
                if !prompt.keep_suggestion(key) {
                    prompt.input.input(key);
                }
                self.ui.overlay = Some(Overlay::Prompt(prompt));
            }
            _ => self.ui.overlay = Some(Overlay::Prompt(prompt)),
        }
    }

    pub(super) fn picker_key(
        &mut self,
        mut picker: Picker,
        command: Option<Command>,
        key: KeyEvent,
    ) {
        let last = picker.shown().len().saturating_sub(1);
        let Some(Command::Picker(command)) = command else {
            self.ui.overlay = Some(Overlay::Picker(picker));
            return;
        };
        match command {
            PickerCommand::Quit => {
                self.ui.quit = true;
                return;
            }
            PickerCommand::Cancel => return,
            PickerCommand::Up => picker.selected = picker.selected.saturating_sub(1),
            PickerCommand::Down => picker.selected = (picker.selected + 1).min(last),
            PickerCommand::Type => {
                if let KeyCode::Char(c) = key.code {
                    picker.query.push(c);
                    picker.selected = 0;
                }
            }
            PickerCommand::Erase => {
                picker.query.pop();
                picker.selected = 0;
            }
            PickerCommand::Tick => {
                if !picker.ticked.remove(&picker.selected) {
                    picker.ticked.insert(picker.selected);
                }
            }
            PickerCommand::Choose => {
                self.chosen(&picker);
                return;
            }
        }
        self.ui.overlay = Some(Overlay::Picker(picker));
    }

    pub(super) fn mouse(&mut self, mouse: MouseEvent, size: Rect) {
        // The projector view has nothing to click; the laptop's own view does.
        if self.ui.overlay.is_some() || self.ui.projector || self.ui.qr.is_some() {
            return;
        }
        let at = Position::new(mouse.column, mouse.row);
        let tabs = Areas::new(size).tabs;
        match mouse.kind {
            // The tabs' titles, and so where each is, are in the screen's language.
            MouseEventKind::Down(MouseButton::Left) if tabs.contains(at) => {
                if let Some(tab) = tab_at_in(self.labels(), tabs, at.x) {
                    self.ui.tab = tab;
                }
            }
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
                let mut editor = self.new_note_editor();
                editor.text.insert_str(inert(text));
                self.ui.overlay = Some(Overlay::Editor(Box::new(editor)));
            }
            _ => {}
        }
    }
}
