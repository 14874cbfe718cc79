//! What can sit over the meeting screen: the note editor, a one-line prompt, a picker, a
//! yes/no question, or help. Each holds only view state; the record changes through the app.

use std::collections::BTreeSet;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::{TextArea, WrapMode};

use chrono::NaiveDate;

use crate::core::agenda::{Agenda, Participant};
use crate::core::capture::{Destination, Routed, destination, route};
use crate::core::record::{Id, Method, NoteKind, ResolutionStatus};
use crate::core::{inert, inert_line, labels};

/// The thing over the meeting screen, if any.
pub enum Overlay {
    /// Every key of the current view.
    Help,
    /// The note editor.
    Editor(Box<Editor>),
    /// A one-line question.
    Prompt(Box<Prompt>),
    /// A list to choose from.
    Picker(Picker),
    /// A yes/no question.
    Confirm(Confirm),
}

/// An action's owner and due date as a line gives them.
pub(crate) type Understood = (Option<String>, Option<NaiveDate>);

/// Which part of the editor has the keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The note text.
    Text,
    /// The speaker, typed ahead against the participants.
    Speaker,
}

/// The multi-line note editor with its kind and speaker.
pub struct Editor {
    /// The note being edited, or None for a new one.
    pub note: Option<Id>,
    /// The kind the note will be filed as (a prefix in the text overrides it).
    pub kind: NoteKind,
    /// The speaker picked: a participant id, or a name as typed.
    pub speaker: Option<String>,
    /// The text.
    pub text: TextArea<'static>,
    /// Which part has the keys.
    pub field: Field,
    /// What has been typed in the speaker field.
    pub query: String,
    /// Which match is highlighted in the speaker field.
    pub pick: usize,
}

impl Editor {
    /// An editor for a new note, or for an existing one with its text.
    pub fn new(note: Option<Id>, kind: NoteKind, speaker: Option<String>, text: &str) -> Editor {
        Editor {
            note,
            kind,
            speaker,
            text: text_area(inert(text).lines().map(str::to_owned).collect()),
            field: Field::Text,
            query: String::new(),
            pick: 0,
        }
    }

    /// The text as typed.
    pub fn content(&self) -> String {
        self.text.lines().join("\n")
    }

    /// Where the text will be filed on Enter, as its prefixes say: a new note's `key:` makes a
    /// key point whatever kind is chosen. An edited note keeps its kind.
    pub(crate) fn destination(&self) -> Destination {
        match self.note {
            Some(_) => Destination::Note(self.kind),
            None => destination(&self.content(), self.kind),
        }
    }

    /// The owner and due date a new note of one action would file on Enter, as the line gives
    /// them (`None` when it is not one action), so the note-taker sees what was understood
    /// before it is saved.
    pub(crate) fn action_understood(
        &self,
        agenda: &Agenda,
        on: Option<NaiveDate>,
    ) -> Option<Understood> {
        // Joined once: this runs on every key while the editor is open.
        let text = self.content();
        if self.note.is_some() || destination(&text, self.kind) != Destination::Action {
            return None;
        }
        match route(text.trim(), agenda, on) {
            Routed::Action { owner, due, .. } => Some((owner, due)),
            _ => None,
        }
    }

    /// Whether closing the editor would lose typed text.
    pub fn holds_text(&self) -> bool {
        !self.content().trim().is_empty()
    }

    /// The next note kind, for the kind key.
    pub fn cycle_kind(&mut self) {
        self.kind = match self.kind {
            NoteKind::Note => NoteKind::KeyPoint,
            NoteKind::KeyPoint => NoteKind::Question,
            NoteKind::Question => NoteKind::Quote,
            NoteKind::Quote => NoteKind::Note,
        };
    }
}

/// Participants matching a typed query, names starting with it first.
pub(crate) fn speaker_matches<'p>(
    participants: &'p [Participant],
    query: &str,
) -> Vec<&'p Participant> {
    let q = query.trim().to_lowercase();
    let mut starts: Vec<&Participant> = Vec::new();
    let mut contains: Vec<&Participant> = Vec::new();
    for p in participants {
        let name = p.name.to_lowercase();
        let starts_word = name.split_whitespace().any(|w| w.starts_with(&q));
        if q.is_empty() || starts_word {
            starts.push(p);
        } else if name.contains(&q) || p.represents().iter().any(|o| o.to_lowercase().contains(&q))
        {
            contains.push(p);
        }
    }
    starts.extend(contains);
    starts
}

/// What a prompt's answer is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ask {
    /// The title (and minutes) of a session to add after the current one.
    AddSession,
    /// The title of a new proposal.
    AddProposal,
    /// A new title for a proposal.
    EditProposal(Id),
    /// How a parked proposal continues.
    ParkProposal(Id),
    /// The words a proposal was selected in.
    WordDecision(Id),
    /// The text of a new resolution.
    AddResolution,
    /// New text for a resolution.
    EditResolution(Id),
    /// The vote count on a resolution: for, against, abstain.
    Vote(Id),
    /// An election's result on a resolution: seats, candidates, votes, blank, who was elected.
    Election(Id),
    /// Who is to confirm a resolution later (empty: the room did not say).
    ConfirmedBy(Id),
    /// A new card for a column (None: Unsorted).
    AddCard(Option<Id>),
    /// New text, owner and due date for a card.
    EditCard(Id),
    /// The name of a strategy to create at a place on the board.
    AddStrategy(usize),
    /// A new name for a strategy.
    RenameStrategy(Id),
    /// The text cards and notes are filtered by.
    Filter,
    /// A folder to save a copy of the record in, when the record's own disk fails.
    SaveCopy,
    /// A new title for a session.
    RenameSession(String),
    /// The times a session was held, typed after the fact.
    HeldTimes(String),
    /// The title of the first half of a session about to be split.
    SplitFirst(String),
    /// The title of the second half, once the first is named.
    SplitSecond {
        /// The session split.
        session: String,
        /// The first half's title, as answered.
        first: String,
    },
}

impl Ask {
    /// Whether the answer a prompt opens with is only a suggestion the facilitator is likely
    /// to replace (parking's "continues as existing work", the filter in force, as a find
    /// bar offers the last search), not text already in the record.
    pub fn suggests(&self) -> bool {
        matches!(self, Ask::ParkProposal(_) | Ask::Filter)
    }
}

/// A one-line question with an editable answer.
pub struct Prompt {
    /// What the answer is for.
    pub ask: Ask,
    /// The question.
    pub title: String,
    /// A hint on the expected answer.
    pub hint: String,
    /// The answer being typed.
    pub input: TextArea<'static>,
}

impl Prompt {
    /// A prompt with an answer already filled in. A suggested answer (see [`Ask::suggests`])
    /// is selected, so the first key typed replaces it, an arrow key keeps it to amend, and
    /// Enter takes it as it is; an answer that is the item's own text waits, cursor at its
    /// end, to be corrected.
    pub fn new(ask: Ask, title: &str, hint: &str, answer: &str) -> Prompt {
        let mut input = text_area(vec![inert_line(answer).into_owned()]);
        input.move_cursor(ratatui_textarea::CursorMove::End);
        if ask.suggests() && !answer.is_empty() {
            input.select_all();
        }
        Prompt {
            ask,
            title: title.to_owned(),
            hint: hint.to_owned(),
            input,
        }
    }

    /// An arrow, Home or End on a selected suggestion keeps it to amend, the cursor at the end
    /// the key points to, as text fields do (at the end of the text the editor would not move,
    /// and the suggestion would stay selected). True when the key was taken so.
    pub fn keep_suggestion(&mut self, key: KeyEvent) -> bool {
        use ratatui_textarea::CursorMove;
        if !self.input.is_selecting() || key.modifiers.contains(KeyModifiers::SHIFT) {
            return false;
        }
        let to = match key.code {
            KeyCode::Left | KeyCode::Home => CursorMove::Head,
            KeyCode::Right | KeyCode::End => CursorMove::End,
            _ => return false,
        };
        self.input.cancel_selection();
        self.input.move_cursor(to);
        true
    }

    /// The answer as typed, on one line.
    pub fn answer(&self) -> String {
        self.input.lines().join(" ").trim().to_owned()
    }
}

/// What a picker's choice is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pick {
    /// The proposal another one is merged into.
    MergeInto(Id),
    /// The option a proposal is selected with (the last item: the proposal as a whole).
    ProposalOption(Id),
    /// The proposal a resolution settles (None: no proposal).
    LinkProposal(Id),
    /// The actions that follow from a resolution (several may be chosen).
    LinkActions(Id),
    /// How the room decided a resolution.
    Method(Id),
    /// The strategy another one is merged into.
    MergeStrategy(Id),
    /// Who raises a hand.
    RaiseHand,
    /// The kind of a session about to be added after `after`, titled by `answer`.
    NewSession {
        /// The session it follows.
        after: String,
        /// The title and minutes as answered.
        answer: String,
    },
    /// A session's new kind.
    SessionKind(String),
    /// Who leads a session (several may be chosen).
    SessionLeads(String),
    /// The session a capture is filed under.
    MoveToSession(Id),
    /// The session of a parallel track this screen captures into: the ids listed, in order
    /// (the first, empty, follows the room).
    Group(Vec<String>),
    /// What to do with a writer of the room (see `app::room`).
    Room,
}

/// A list to choose one item, or several, from.
pub struct Picker {
    /// What the choice is for.
    pub pick: Pick,
    /// The title over the list.
    pub title: String,
    /// The items: what they show and the id they stand for (None: "none").
    pub items: Vec<(String, Option<Id>)>,
    /// The highlighted item.
    pub selected: usize,
    /// The items ticked, when several may be chosen.
    pub ticked: BTreeSet<usize>,
    /// What has been typed to narrow the list, in pickers that take typing.
    pub query: String,
}

impl Picker {
    /// A picker with nothing chosen or typed yet.
    pub fn new(pick: Pick, title: impl Into<String>, items: Vec<(String, Option<Id>)>) -> Picker {
        Picker {
            pick,
            title: title.into(),
            items,
            selected: 0,
            ticked: BTreeSet::new(),
            query: String::new(),
        }
    }

    /// Whether typing narrows the list (then only the arrow keys move).
    pub fn typed(&self) -> bool {
        matches!(self.pick, Pick::RaiseHand)
    }

    /// The items shown: those matching what was typed, with their positions in `items`.
    pub fn shown(&self) -> Vec<(usize, &(String, Option<Id>))> {
        let q = self.query.to_lowercase();
        self.items
            .iter()
            .enumerate()
            .filter(|(_, (label, _))| q.is_empty() || label.to_lowercase().contains(&q))
            .collect()
    }

    /// Whether several items may be ticked.
    pub fn multiple(&self) -> bool {
        matches!(self.pick, Pick::LinkActions(_) | Pick::SessionLeads(_))
    }
}

/// What a yes/no question decides.
pub enum Confirm {
    /// Close the editor and lose its text; "no" goes back to it.
    Discard(Box<Editor>),
    /// Quit while the editor holds text; "no" goes back to it.
    Quit(Box<Editor>),
    /// Quit while changes could not be written to disk; "c" saves a copy elsewhere first.
    QuitUnsaved(usize),
    /// Save a resolution's status and method though its counted vote contradicts the status:
    /// `why` says the counts.
    Outcome {
        /// The resolution.
        resolution: Id,
        /// The status asked for.
        status: ResolutionStatus,
        /// The method it would have.
        method: Method,
        /// The contradiction, with the counts.
        why: String,
    },
}

impl Confirm {
    /// The question, in English.
    pub fn question(&self) -> String {
        self.question_in(crate::lang::Language::English.labels())
    }

    /// The question in `l`'s language; the answers' letters are the keys, in every language.
    pub fn question_in(&self, l: &crate::lang::Labels) -> String {
        match self {
            Confirm::Discard(_) => l.label("confirm-discard"),
            Confirm::Quit(_) => l.label("confirm-quit"),
            Confirm::QuitUnsaved(n) => l.label_with("confirm-quit-unsaved", &[("n", (*n).into())]),
            Confirm::Outcome { status, why, .. } => l.label_with(
                "confirm-outcome",
                &[
                    ("why", why.as_str().into()),
                    ("status", labels::status_in(l, *status).into()),
                ],
            ),
        }
    }
}

fn text_area(lines: Vec<String>) -> TextArea<'static> {
    let mut area = TextArea::new(lines);
    area.set_wrap_mode(WrapMode::WordOrGlyph);
    area.set_cursor_line_style(ratatui::style::Style::default());
    // Reversed, not coloured, so a selection shows under NO_COLOR and on every theme.
    area.set_selection_style(
        ratatui::style::Style::default().add_modifier(ratatui::style::Modifier::REVERSED),
    );
    area.move_cursor(ratatui_textarea::CursorMove::Bottom);
    area.move_cursor(ratatui_textarea::CursorMove::End);
    area
}
