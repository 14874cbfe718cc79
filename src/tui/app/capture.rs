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
                    self.ui.message = Some(filed.message);
                    self.ui.notes.follow_newest();
                }
                saved
            }
            Err(refusal) => {
                self.ui.message = Some(refusal.0);
                false
            }
        }
    }
}
