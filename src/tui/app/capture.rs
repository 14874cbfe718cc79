//! Filing what the note editor holds: a note, or by its prefix an action, a proposal or a
//! resolution.

use super::*;

impl App {
    /// Files the editor's text; false (the editor keeps its text) if it could not be.
    pub(super) fn save_note(&mut self, editor: &Editor, now: NaiveDateTime) -> bool {
        let Some(session) = self.current().map(|s| s.id.clone()) else {
            self.ui.message = Some("the agenda has no session to file the note in".into());
            return false;
        };
        let participants = &self.record().plan.participants;
        let routed = route(&editor.content(), participants);
        let id = self.record().fresh_id();
        if let Some(note) = editor.note {
            // An edit stays a note; a prefix still sets its kind.
            let (kind, text, speaker) = match routed {
                Routed::Note {
                    kind,
                    text,
                    speaker,
                } => (
                    if kind == NoteKind::Note {
                        editor.kind
                    } else {
                        kind
                    },
                    text,
                    speaker.or_else(|| editor.speaker.clone()),
                ),
                _ => (
                    editor.kind,
                    editor.content().trim().to_owned(),
                    editor.speaker.clone(),
                ),
            };
            return self.commit(Op::EditNote {
                id: note,
                kind,
                text,
                speaker,
            });
        }
        let (op, filed) = match routed {
            Routed::Note {
                kind,
                text,
                speaker,
            } => {
                let kind = if kind == NoteKind::Note {
                    editor.kind
                } else {
                    kind
                };
                (
                    Op::AddNote(Note {
                        id,
                        session,
                        kind,
                        text,
                        speaker: speaker.or_else(|| editor.speaker.clone()),
                        at: now,
                    }),
                    format!("{} saved", kind.label()),
                )
            }
            Routed::Action { text, owner, due } => {
                let mut filed = "action filed on the board".to_owned();
                if let Some(o) = &owner {
                    filed.push_str(&format!(" for {o}"));
                }
                if let Some(d) = due {
                    filed.push_str(&format!(", due {d}"));
                }
                (
                    Op::AddAction {
                        action: Card {
                            id,
                            text,
                            owner,
                            due,
                            session,
                        },
                        strategy: None,
                    },
                    filed,
                )
            }
            Routed::Proposal { title } => (
                Op::AddProposal(Proposal {
                    id,
                    key: None,
                    title,
                    summary: String::new(),
                    session: Some(session),
                    scores: Default::default(),
                    dots: 0,
                    decision: Decision::Open,
                }),
                "proposal added to the matrix".to_owned(),
            ),
            Routed::Resolution { text } => (
                Op::AddResolution(Resolution {
                    id,
                    session,
                    text,
                    method: Method::Consensus,
                    status: ResolutionStatus::Proposed,
                    proposal: None,
                    actions: Vec::new(),
                    at: now,
                }),
                "resolution recorded as proposed".to_owned(),
            ),
        };
        let saved = self.commit(op);
        if saved {
            self.ui.message = Some(filed);
            self.ui.notes.follow_newest();
        }
        saved
    }
}
