//! Filing what the note editor holds, through the core's capture commands: a note, or by its
//! prefix an action, a proposal or a resolution.

use super::*;

impl App {
    /// Files the editor's text; false (the editor keeps its text) if it could not be.
    pub(super) fn save_note(&mut self, editor: &Editor, now: NaiveDateTime) -> bool {
        let content = editor.content();
        let item = self.current_item().map(|i| i.id.clone());
        let draft = commands::Draft {
            text: &content,
            kind: editor.kind,
            speaker: editor.speaker.as_deref(),
            item: item.as_deref(),
        };
        if let Some(note) = editor.note {
            return self.run(commands::edit_note(self.record(), note, &draft));
        }
        let session = self.current_id();
        match commands::capture(self.record(), session.as_deref(), &draft, now) {
            Ok(filed) => {
                let saved = self.run(Ok(filed.ops));
                if saved {
                    // On a joined laptop the host has it on disk only once it answers.
                    self.ui.message = Some(match self.joined {
                        Some(_) => super::super::joining::sent(self.labels(), &filed.message),
                        None => super::said::said(self.labels(), &filed.message),
                    });
                    self.ui.notes.follow_newest();
                }
                saved
            }
            Err(refusal) => {
                self.refused(&refusal);
                false
            }
        }
    }

    /// An empty editor for a new note, with the speaker carried over.
    pub(super) fn new_note_editor(&self) -> Editor {
        Editor::new(None, NoteKind::Note, self.carried_speaker(), "")
    }

    /// The speaker a new note starts with, so the note-taker picks one only when it changes:
    /// whoever took the floor in the speaker queue, unless a note of the current session was
    /// saved since, whose speaker then carries over (none included, when it was cleared).
    /// Quotes are passed over: `"…" — Name` says who is quoted, not who has the floor.
    pub(super) fn carried_speaker(&self) -> Option<String> {
        let record = self.record();
        let session = self.current_id();
        let last = record
            .notes
            .iter()
            .rev()
            .find(|n| Some(&n.session) == session.as_ref() && n.kind != NoteKind::Quote);
        match (&record.speakers.floor, last) {
            (Some((floor, since)), Some(note)) if *since > note.at => Some(floor.clone()),
            (_, Some(note)) => note.speaker.clone(),
            (Some((floor, _)), None) => Some(floor.clone()),
            (None, None) => None,
        }
    }
}
