//! The meeting screen's state and its handling of input: keys and clicks become actions,
//! actions become ops, and every op goes through the store (durable) before it shows.

mod agenda;
mod capture;
mod cards;
mod decide;
mod input;

use chrono::NaiveDateTime;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::{Position, Rect};
use serde::{Deserialize, Serialize};

use super::action::Action;
use super::keymap::Context;
use super::overlay::{Ask, Confirm, Editor, Field, Overlay, Pick, Picker, Prompt, speaker_matches};
use super::theme::Theme;
use super::views::qr::QrShown;
use super::views::{Areas, tab_at};
use crate::core::agenda::Session;
use crate::core::capture::speaker_id;
use crate::core::history::{Change, Live};
use crate::core::op::Op;
use crate::core::record::{Decision, Id, Note, NoteKind, Proposal, Record, Resolution, RunState};
use crate::core::speakers::Grouping;
use crate::core::{commands, inert, inert_line, labels};
use crate::store::{CommitError, Store};

/// The workspace tabs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tab {
    /// The current session's notes.
    Notes,
    /// The proposal matrix.
    Proposals,
    /// The resolutions.
    Resolutions,
    /// The strategy board.
    Board,
    /// The speaker queue.
    Speakers,
}

impl Tab {
    /// Every tab, in order.
    pub const ALL: [Tab; 5] = [
        Tab::Notes,
        Tab::Proposals,
        Tab::Resolutions,
        Tab::Board,
        Tab::Speakers,
    ];

    /// The tab's title.
    pub fn title(self) -> &'static str {
        match self {
            Tab::Notes => "Notes",
            Tab::Proposals => "Proposals",
            Tab::Resolutions => "Resolutions",
            Tab::Board => "Board",
            Tab::Speakers => "Speakers",
        }
    }

    fn context(self) -> Context {
        match self {
            Tab::Notes => Context::Notes,
            Tab::Proposals => Context::Proposals,
            Tab::Resolutions => Context::Resolutions,
            Tab::Board => Context::Board,
            Tab::Speakers => Context::Speakers,
        }
    }
}

/// Whether what the user did is on disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Saved {
    /// Every change is durable.
    All,
    /// Some changes could not be written yet.
    Pending(usize, String),
}

/// The view state of the meeting screen: never part of the record.
pub struct Ui {
    /// The tab shown.
    pub tab: Tab,
    /// The selected note, by position in the current session's notes.
    pub note: usize,
    /// The selected proposal.
    pub proposal: usize,
    /// The selected criterion in the matrix.
    pub criterion: usize,
    /// The selected resolution.
    pub resolution: usize,
    /// The focused board column (0 is Unsorted).
    pub column: usize,
    /// The focused card in that column.
    pub card: usize,
    /// The text the board dims and the notes hide what does not match.
    pub filter: Option<String>,
    /// The card being dragged with the mouse.
    pub drag: Option<Id>,
    /// The selected hand in the speaker queue.
    pub hand: usize,
    /// How the speaking-time chart is grouped.
    pub grouping: Grouping,
    /// What sits over the screen.
    pub overlay: Option<Overlay>,
    /// Whether everything is saved.
    pub saved: Saved,
    /// A one-line message for the footer (what a capture was filed as, why a key did nothing).
    pub message: Option<String>,
    /// Set when the app should close.
    pub quit: bool,
    /// Whether the projector view is shown instead of the facilitator's.
    pub projector: bool,
    /// Which of the app's themes is in force.
    pub theme: usize,
    /// The QR screen, when it is shown.
    pub qr: Option<QrShown>,
}

/// What the writer's screen shows, published for followers on a second screen so the wall
/// shows what the facilitator is on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shown {
    /// The tab.
    pub tab: Tab,
    /// The focused board column and card.
    pub focus: (usize, usize),
    /// The speaking-time chart's grouping.
    pub grouping: Grouping,
    /// The selected proposal and criterion.
    pub cell: (usize, usize),
    /// The QR screen, when it is shown.
    #[serde(default)]
    pub qr: Option<QrShown>,
}

/// The meeting screen: the live record, its writer, and the view state.
pub struct App {
    /// The record with its history.
    pub live: Live,
    /// The record's writer; None in a read-only follower, which changes nothing.
    pub store: Option<Store>,
    /// The themes to choose from; the first is in force until the theme key is pressed.
    pub themes: Vec<Theme>,
    /// The view state.
    pub ui: Ui,
}

impl App {
    /// A meeting screen over an opened record.
    pub fn new(live: Live, store: Store) -> App {
        let mut app = App::follower(live);
        if store.unsaved() > 0 {
            app.ui.saved = Saved::Pending(store.unsaved(), String::new());
        }
        app.store = Some(store);
        app
    }

    /// A read-only screen over a record that another process writes.
    pub fn follower(live: Live) -> App {
        App {
            live,
            store: None,
            themes: Theme::built_in(),
            ui: Ui {
                tab: Tab::Notes,
                note: usize::MAX,
                proposal: 0,
                criterion: 0,
                resolution: 0,
                column: 0,
                card: 0,
                filter: None,
                drag: None,
                hand: 0,
                grouping: Grouping::Person,
                overlay: None,
                saved: Saved::All,
                message: None,
                quit: false,
                projector: false,
                theme: 0,
                qr: None,
            },
        }
    }

    /// What the screen shows, for followers.
    pub fn shown(&self) -> Shown {
        Shown {
            tab: self.ui.tab,
            focus: (self.ui.column, self.ui.card),
            grouping: self.ui.grouping,
            cell: (self.ui.proposal, self.ui.criterion),
            qr: self.ui.qr.clone(),
        }
    }

    /// Shows what another screen shows.
    pub fn show(&mut self, shown: &Shown) {
        self.ui.tab = shown.tab;
        (self.ui.column, self.ui.card) = shown.focus;
        self.ui.grouping = shown.grouping;
        (self.ui.proposal, self.ui.criterion) = shown.cell;
        self.ui.qr.clone_from(&shown.qr);
    }

    /// The theme in force.
    pub fn theme(&self) -> Theme {
        self.themes
            .get(self.ui.theme % self.themes.len().max(1))
            .cloned()
            .unwrap_or_else(Theme::plain)
    }

    /// The record.
    pub fn record(&self) -> &Record {
        &self.live.record
    }

    /// The session the screen is on: the one chosen, else the one running, else the first
    /// that has not run, else the last.
    pub fn current(&self) -> Option<&Session> {
        let plan = &self.record().plan;
        let chosen = self
            .record()
            .current
            .as_deref()
            .or_else(|| self.record().running())
            .and_then(|id| plan.session(id));
        chosen
            .or_else(|| {
                plan.sessions()
                    .map(|(_, s)| s)
                    .find(|s| self.record().run(&s.id).state == RunState::Pending)
            })
            .or_else(|| plan.sessions().map(|(_, s)| s).last())
    }

    /// The index of the day the current session is on.
    pub fn current_day(&self) -> usize {
        self.current()
            .and_then(|s| self.record().plan.position(&s.id))
            .map_or(0, |(d, _)| d)
    }

    /// The notes of the current session, in capture order.
    pub fn session_notes(&self) -> Vec<&Note> {
        let Some(current) = self.current() else {
            return Vec::new();
        };
        self.record()
            .notes
            .iter()
            .filter(|n| n.session == current.id && self.matches(&n.text))
            .collect()
    }

    /// Whether `text` passes the filter (everything does when there is none).
    pub fn matches(&self, text: &str) -> bool {
        self.ui
            .filter
            .as_ref()
            .is_none_or(|f| text.to_lowercase().contains(&f.to_lowercase()))
    }

    /// The board's columns, left to right: Unsorted, then each strategy, with their cards.
    pub fn columns(&self) -> Vec<(Option<Id>, &[Id])> {
        commands::columns(self.record())
    }

    /// The focused column and card, clamped to the board as it is.
    pub fn focus(&self) -> (usize, usize) {
        let columns = self.columns();
        let column = self.ui.column.min(columns.len() - 1);
        let card = self.ui.card.min(columns[column].1.len().saturating_sub(1));
        (column, card)
    }

    /// The focused card, if its column has any.
    pub fn focused_card(&self) -> Option<Id> {
        let (column, card) = self.focus();
        self.columns()[column].1.get(card).copied()
    }

    /// The keys' context right now.
    pub fn context(&self) -> Context {
        self.ui.tab.context()
    }

    /// Handles one input event at `now`, on a screen of `size`.
    pub fn handle(&mut self, event: Event, now: NaiveDateTime, size: Rect) {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.key(key, now),
            Event::Mouse(mouse) => self.mouse(mouse, size),
            Event::Paste(text) => self.paste(&text),
            _ => {}
        }
    }

    /// Writes changes that could not be written before; called on every tick.
    pub fn retry_unsaved(&mut self) {
        let Some(store) = self.store.as_mut() else {
            return;
        };
        if store.unsaved() > 0 {
            self.ui.saved = match store.flush() {
                Ok(()) => Saved::All,
                Err(e) => Saved::Pending(store.unsaved(), e.to_string()),
            };
        }
    }

    /// Commits one op; false (with the reason in the footer) if it was refused.
    fn commit(&mut self, op: Op) -> bool {
        self.change(Change::Do(op))
    }

    fn change(&mut self, change: Change) -> bool {
        let Some(store) = self.store.as_mut() else {
            self.ui.message = Some("this screen follows the record; it changes nothing".into());
            return false;
        };
        match store.commit(&mut self.live, &change) {
            Ok(()) => {
                self.ui.saved = Saved::All;
                true
            }
            Err(CommitError::Refused(e)) => {
                self.ui.message = Some(e.to_string());
                false
            }
            Err(CommitError::Unsaved(e)) => {
                self.ui.saved = Saved::Pending(store.unsaved(), e.to_string());
                true
            }
        }
    }

    /// Quits, unless changes are not on disk: then asks first and offers to save a copy.
    fn quit(&mut self) {
        match self.store.as_ref().map_or(0, Store::unsaved) {
            0 => self.ui.quit = true,
            n => self.ui.overlay = Some(Overlay::Confirm(Confirm::QuitUnsaved(n))),
        }
    }

    /// Carries out an action: the screen's own here, the meeting's through the core's
    /// commands, one function for each part of the meeting.
    pub fn perform(&mut self, action: Action, now: NaiveDateTime) {
        match action {
            Action::Up | Action::Down | Action::Left | Action::Right => self.perform_view(action),
            Action::NextTab
            | Action::PrevTab
            | Action::NotesTab
            | Action::ProposalsTab
            | Action::ResolutionsTab
            | Action::BoardTab
            | Action::SpeakersTab
            | Action::Help
            | Action::Quit
            | Action::Undo
            | Action::Redo
            | Action::Filter
            | Action::Projector
            | Action::Outcomes
            | Action::NextTheme
            | Action::CycleGrouping => self.perform_screen(action),
            Action::NewNote => {
                self.ui.overlay = Some(Overlay::Editor(Box::new(Editor::new(
                    None,
                    NoteKind::Note,
                    None,
                    "",
                ))));
            }
            Action::Edit => self.edit(),
            Action::Delete => self.delete(),
            Action::NextSession
            | Action::PrevSession
            | Action::StartPause
            | Action::EndSession
            | Action::SkipSession
            | Action::AddSession
            | Action::MoveEarlier
            | Action::MoveLater
            | Action::Lengthen
            | Action::Shorten
            | Action::Split => self.perform_agenda(action, now),
            Action::AddProposal
            | Action::Score(_)
            | Action::ClearScore
            | Action::DotUp
            | Action::DotDown
            | Action::SelectProposal
            | Action::ReopenProposal
            | Action::ParkProposal
            | Action::MergeProposal => self.perform_proposals(action),
            Action::AddResolution
            | Action::CycleStatus
            | Action::Consensus
            | Action::RecordVote
            | Action::LinkProposal
            | Action::LinkActions => self.perform_resolutions(action),
            Action::AddCard
            | Action::CardLeft
            | Action::CardRight
            | Action::CardUp
            | Action::CardDown
            | Action::AddStrategy
            | Action::RenameStrategy
            | Action::StrategyLeft
            | Action::StrategyRight
            | Action::MergeStrategy
            | Action::DeleteStrategy => self.perform_board(action),
            Action::RaiseHand
            | Action::LowerHand
            | Action::NextSpeaker
            | Action::EndTurn
            | Action::ToggleProgressive => self.perform_speakers(action, now),
        }
    }

    /// What changes the screen and not the meeting: tabs, help, themes, views, undo.
    fn perform_screen(&mut self, action: Action) {
        match action {
            Action::NextTab | Action::PrevTab => {
                let i = Tab::ALL.iter().position(|&t| t == self.ui.tab).unwrap_or(0);
                let n = Tab::ALL.len();
                let next = if action == Action::NextTab {
                    i + 1
                } else {
                    i + n - 1
                };
                self.ui.tab = Tab::ALL[next % n];
            }
            Action::NotesTab => self.ui.tab = Tab::Notes,
            Action::ProposalsTab => self.ui.tab = Tab::Proposals,
            Action::ResolutionsTab => self.ui.tab = Tab::Resolutions,
            Action::BoardTab => self.ui.tab = Tab::Board,
            Action::SpeakersTab => self.ui.tab = Tab::Speakers,
            Action::Help => self.ui.overlay = Some(Overlay::Help),
            Action::Quit => self.quit(),
            Action::Undo | Action::Redo => self.undo_redo(action == Action::Undo),
            Action::Filter => {
                let current = self.ui.filter.clone().unwrap_or_default();
                self.ask(
                    Ask::Filter,
                    "Filter",
                    "cards and notes that contain this; empty clears",
                    &current,
                );
            }
            Action::Projector => self.ui.projector = !self.ui.projector,
            Action::Outcomes => {
                self.ui.qr = Some(QrShown {
                    session: None,
                    part: 0,
                });
            }
            Action::NextTheme => {
                self.ui.theme = (self.ui.theme + 1) % self.themes.len().max(1);
                self.ui.message = Some(format!("theme: {}", self.theme().name));
            }
            Action::CycleGrouping => {
                let i = Grouping::ALL
                    .iter()
                    .position(|&g| g == self.ui.grouping)
                    .unwrap_or(0);
                self.ui.grouping = Grouping::ALL[(i + 1) % Grouping::ALL.len()];
            }
            _ => {}
        }
    }

    fn undo_redo(&mut self, undo: bool) {
        match (undo, self.live.undo.is_empty(), self.live.redo.is_empty()) {
            (true, true, _) => self.ui.message = Some("nothing to undo".into()),
            (true, false, _) => {
                self.change(Change::Undo);
            }
            (false, _, true) => self.ui.message = Some("nothing to redo".into()),
            (false, _, false) => {
                self.change(Change::Redo);
            }
        }
    }

    /// The speaker queue: hands, the floor, the order.
    fn perform_speakers(&mut self, action: Action, now: NaiveDateTime) {
        match action {
            Action::RaiseHand => {
                let items = self
                    .record()
                    .plan
                    .participants
                    .iter()
                    .map(|p| {
                        (
                            labels::person_with_organisation(&self.record().plan, &p.id),
                            None,
                        )
                    })
                    .collect();
                self.ui.overlay = Some(Overlay::Picker(Picker::new(
                    Pick::RaiseHand,
                    "Who raises a hand?",
                    items,
                )));
            }
            Action::LowerHand => {
                let queue = &self.record().speakers.queue;
                if let Some(speaker) = queue
                    .get(self.ui.hand.min(queue.len().saturating_sub(1)))
                    .cloned()
                {
                    self.run(commands::lower_hand(self.record(), &speaker));
                }
            }
            Action::NextSpeaker => {
                self.with_current(|r, s| commands::next_speaker(r, s, now));
            }
            Action::EndTurn => {
                self.with_current(|r, s| commands::end_turn(r, s, now));
            }
            Action::ToggleProgressive => match commands::toggle_progressive(self.record()) {
                Ok((ops, said)) => {
                    if self.run(Ok(ops)) {
                        self.ui.message = Some(said.into());
                    }
                }
                Err(refusal) => self.ui.message = Some(refusal.0),
            },
            _ => {}
        }
    }

    /// Moves the selection; changes nothing in the record.
    fn perform_view(&mut self, action: Action) {
        let down = matches!(action, Action::Down);
        let step = |i: usize, len: usize| -> usize {
            if len == 0 {
                0
            } else if down {
                (i.min(len - 1) + 1).min(len - 1)
            } else {
                i.min(len - 1).saturating_sub(1)
            }
        };
        match (self.ui.tab, action) {
            (Tab::Notes, Action::Up | Action::Down) => {
                let len = self.session_notes().len();
                self.ui.note = step(self.ui.note, len);
            }
            (Tab::Proposals, Action::Up | Action::Down) => {
                self.ui.proposal = step(self.ui.proposal, self.record().proposals.len());
            }
            (Tab::Proposals, Action::Left) => {
                self.ui.criterion = self.ui.criterion.saturating_sub(1)
            }
            (Tab::Proposals, Action::Right) => {
                let last = self.record().plan.criteria.len().saturating_sub(1);
                self.ui.criterion = (self.ui.criterion + 1).min(last);
            }
            (Tab::Resolutions, Action::Up | Action::Down) => {
                self.ui.resolution = step(self.ui.resolution, self.record().resolutions.len());
            }
            (Tab::Speakers, Action::Up | Action::Down) => {
                self.ui.hand = step(self.ui.hand, self.record().speakers.queue.len());
            }
            (Tab::Board, Action::Up | Action::Down) => {
                let (column, card) = self.focus();
                self.ui.column = column;
                self.ui.card = step(card, self.columns()[column].1.len());
            }
            (Tab::Board, Action::Left | Action::Right) => {
                let (column, card) = self.focus();
                let last = self.columns().len() - 1;
                self.ui.column = if action == Action::Left {
                    column.saturating_sub(1)
                } else {
                    (column + 1).min(last)
                };
                self.ui.card = card;
            }
            _ => {}
        }
    }

    fn ask(&mut self, ask: Ask, title: &str, hint: &str, answer: &str) {
        self.ui.overlay = Some(Overlay::Prompt(Box::new(Prompt::new(
            ask, title, hint, answer,
        ))));
    }

    /// Commits what a command returned, as one change; a refusal goes to the footer. False
    /// when nothing changed.
    fn run(&mut self, ops: commands::Ops) -> bool {
        match ops.map(commands::one_change) {
            Ok(Some(op)) => self.commit(op),
            Ok(None) => false,
            Err(refusal) => {
                self.ui.message = Some(refusal.0);
                false
            }
        }
    }

    /// Runs a command on the current session (nothing happens when the agenda has none).
    fn with_current(&mut self, command: impl FnOnce(&Record, &str) -> commands::Ops) -> bool {
        let Some(id) = self.current().map(|s| s.id.clone()) else {
            return false;
        };
        self.run(command(self.record(), &id))
    }

    /// The current session's id.
    fn current_id(&self) -> Option<String> {
        self.current().map(|s| s.id.clone())
    }

    fn answer(&mut self, prompt: &Prompt, now: NaiveDateTime) {
        let answer = prompt.answer();
        if answer.is_empty() && !matches!(prompt.ask, Ask::Vote(_) | Ask::Filter) {
            self.ui.message = Some("nothing typed; nothing changed".into());
            return;
        }
        match &prompt.ask {
            Ask::AddSession => {
                self.with_current(|r, s| commands::add_session(r, s, &answer));
            }
            Ask::AddProposal
            | Ask::EditProposal(_)
            | Ask::ParkProposal(_)
            | Ask::AddResolution
            | Ask::EditResolution(_)
            | Ask::Vote(_) => self.answer_decide(&prompt.ask, &answer, now),
            Ask::AddCard(_) | Ask::EditCard(_) | Ask::AddStrategy(_) | Ask::RenameStrategy(_) => {
                self.answer_board(&prompt.ask, &answer);
            }
            Ask::SaveCopy => {
                let Some(store) = self.store.as_ref() else {
                    return;
                };
                match store.save_copy(std::path::Path::new(&answer)) {
                    Ok(()) => {
                        self.ui.message = Some(format!(
                            "a copy of the whole record is in {answer}; q quits"
                        ));
                    }
                    Err(e) => self.ui.message = Some(format!("no copy: {e}")),
                }
            }
            Ask::Filter => {
                self.ui.filter = (!answer.is_empty()).then_some(answer);
                self.ui.note = usize::MAX;
            }
        }
    }

    fn edit(&mut self) {
        match self.ui.tab {
            Tab::Notes => {
                let notes = self.session_notes();
                let Some(note) = notes.get(self.ui.note.min(notes.len().saturating_sub(1))) else {
                    return;
                };
                let editor =
                    Editor::new(Some(note.id), note.kind, note.speaker.clone(), &note.text);
                self.ui.overlay = Some(Overlay::Editor(Box::new(editor)));
            }
            Tab::Proposals => {
                if let Some(p) = self.selected_proposal() {
                    let (id, title) = (p.id, p.title.clone());
                    self.ask(
                        Ask::EditProposal(id),
                        "Edit the proposal",
                        "the proposal in a few words",
                        &title,
                    );
                }
            }
            Tab::Resolutions => {
                if let Some(r) = self.selected_resolution() {
                    let (id, text) = (r.id, r.text.clone());
                    self.ask(
                        Ask::EditResolution(id),
                        "Edit the resolution",
                        "what the meeting resolves",
                        &text,
                    );
                }
            }
            Tab::Board => {
                if let Some(a) = self.focused_card().and_then(|id| self.record().action(id)) {
                    let (id, line) = (a.id, commands::card_line(a));
                    self.ask(
                        Ask::EditCard(id),
                        "Edit the card",
                        "Name to … by YYYY-MM-DD sets owner and due",
                        &line,
                    );
                }
            }
            Tab::Speakers => {}
        }
    }

    fn delete(&mut self) {
        let record = self.record();
        let ops = match self.ui.tab {
            Tab::Notes => {
                let notes = self.session_notes();
                notes
                    .get(self.ui.note.min(notes.len().saturating_sub(1)))
                    .map(|n| commands::delete_note(record, n.id))
            }
            Tab::Proposals => self
                .selected_proposal()
                .map(|p| commands::delete_proposal(record, p.id)),
            Tab::Resolutions => self
                .selected_resolution()
                .map(|r| commands::delete_resolution(record, r.id)),
            Tab::Board => self
                .focused_card()
                .map(|id| commands::delete_card(record, id)),
            Tab::Speakers => None,
        };
        if let Some(ops) = ops
            && self.run(ops)
        {
            self.ui.message = Some("deleted; u brings it back".into());
        }
    }

    fn chosen(&mut self, picker: &Picker) {
        let shown = picker.shown();
        let index = shown.get(picker.selected).map(|(i, _)| *i);
        let choice = index.and_then(|i| picker.items[i].1);
        let record = self.record();
        match picker.pick.clone() {
            Pick::RaiseHand => {
                let speaker = match index {
                    // The items are the participants, in agenda order.
                    Some(i) => record.plan.participants.get(i).map(|p| p.id.clone()),
                    None => Some(picker.query.trim().to_owned()).filter(|q| !q.is_empty()),
                };
                if let Some(speaker) = speaker {
                    self.run(commands::raise_hand(record, &speaker));
                }
            }
            Pick::MergeInto(from) => {
                if let Some(into) = choice {
                    self.run(commands::merge_proposal(record, from, into));
                }
            }
            Pick::MergeStrategy(from) => {
                if let Some(into) = choice
                    && self.run(commands::merge_strategies(record, from, into))
                {
                    self.ui.column = self
                        .columns()
                        .iter()
                        .position(|(s, _)| *s == Some(into))
                        .unwrap_or(0);
                }
            }
            Pick::LinkProposal(r) => {
                self.run(commands::link_proposal(record, r, choice));
            }
            Pick::LinkActions(r) => {
                let actions: Vec<Id> = picker
                    .ticked
                    .iter()
                    .filter_map(|&i| picker.items.get(i).and_then(|(_, id)| *id))
                    .collect();
                self.run(commands::link_actions(record, r, actions));
            }
        }
    }
}
