//! The meeting screen's handling of input: keys and clicks become actions, actions become
//! ops, and every op goes through the store (durable) before it shows. The state itself is
//! in `state`, where drawing reads it.

mod agenda;
mod capture;
mod cards;
mod decide;
mod input;

use chrono::{NaiveDateTime, TimeDelta};
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::{Position, Rect};

use super::action::Action;
use super::keymap::action_for;
use super::layout::{Target, hit};
use super::overlay::{
    Ask, Confirm, Editor, Field, Overlay, Pick, Picker, Prompt, clean, speaker_matches,
};
pub use super::state::{App, QrShown, Saved, Shown, Tab, Ui};
use crate::core::agenda::{Session, SessionKind};
use crate::core::capture::{Routed, route, speaker_id};
use crate::core::history::Change;
use crate::core::op::Op;
use crate::core::record::{
    Action as Card, Decision, Id, Method, Note, NoteKind, Proposal, Resolution, ResolutionStatus,
    RunState,
};
use crate::core::speakers::Grouping;
use crate::store::{CommitError, Store};

/// Minutes the lengthen and shorten keys move a session by.
const STEP_MINUTES: u32 = 5;

impl App {
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

    /// Carries out an action.
    pub fn perform(&mut self, action: Action, now: NaiveDateTime) {
        match action {
            Action::Up | Action::Down | Action::Left | Action::Right => self.perform_view(action),
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
            Action::Help => self.ui.overlay = Some(Overlay::Help),
            Action::Quit => self.quit(),
            Action::Undo => {
                if self.live.undo.is_empty() {
                    self.ui.message = Some("nothing to undo".into());
                } else {
                    self.change(Change::Undo);
                }
            }
            Action::Redo => {
                if self.live.redo.is_empty() {
                    self.ui.message = Some("nothing to redo".into());
                } else {
                    self.change(Change::Redo);
                }
            }
            Action::NewNote => {
                self.ui.overlay = Some(Overlay::Editor(Box::new(Editor::new(
                    None,
                    NoteKind::Note,
                    None,
                    "",
                ))));
            }
            Action::NextSession | Action::PrevSession => {
                self.step_session(action == Action::NextSession)
            }
            Action::StartPause => self.start_pause(now),
            Action::EndSession => self.with_current(|id| Op::EndSession {
                session: id,
                at: now,
            }),
            Action::SkipSession => self.with_current(|id| Op::SkipSession { session: id }),
            Action::AddSession => self.ask(
                Ask::AddSession,
                "Add a session after this one",
                "title and minutes, like: Report back 20",
                "",
            ),
            Action::MoveEarlier | Action::MoveLater => {
                self.move_session(action == Action::MoveLater)
            }
            Action::Lengthen | Action::Shorten => self.resize_session(action == Action::Lengthen),
            Action::Split => self.split_session(),
            Action::Edit => self.edit(),
            Action::Delete => self.delete(),
            Action::AddProposal => self.ask(
                Ask::AddProposal,
                "New proposal",
                "the proposal in a few words",
                "",
            ),
            Action::Score(score) => self.score(Some(score)),
            Action::ClearScore => self.score(None),
            Action::DotUp | Action::DotDown => {
                if let Some(p) = self.selected_proposal() {
                    let dots = if action == Action::DotUp {
                        p.dots.saturating_add(1)
                    } else {
                        p.dots.saturating_sub(1)
                    };
                    let id = p.id;
                    self.commit(Op::SetDots { proposal: id, dots });
                }
            }
            Action::SelectProposal => self.decide(Decision::Selected),
            Action::ReopenProposal => self.decide(Decision::Open),
            Action::ParkProposal => {
                if let Some(id) = self.selected_proposal().map(|p| p.id) {
                    self.ask(
                        Ask::ParkProposal(id),
                        "Park the proposal: how does it continue?",
                        "Enter keeps the suggested wording",
                        "continues as existing work",
                    );
                }
            }
            Action::MergeProposal => self.pick_merge(),
            Action::AddResolution => self.ask(
                Ask::AddResolution,
                "New resolution",
                "what the meeting resolves",
                "",
            ),
            Action::CycleStatus => self.edit_resolution(|r| {
                r.status = match r.status {
                    ResolutionStatus::Proposed => ResolutionStatus::Adopted,
                    ResolutionStatus::Adopted => ResolutionStatus::Rejected,
                    ResolutionStatus::Rejected => ResolutionStatus::Deferred,
                    ResolutionStatus::Deferred => ResolutionStatus::Proposed,
                };
            }),
            Action::Consensus => self.edit_resolution(|r| r.method = Method::Consensus),
            Action::RecordVote => {
                if let Some(r) = self.selected_resolution() {
                    let (id, answer) = match r.method {
                        Method::Vote {
                            for_,
                            against,
                            abstain,
                        } => (r.id, format!("{for_} {against} {abstain}")),
                        Method::Consensus => (r.id, String::new()),
                    };
                    self.ask(
                        Ask::Vote(id),
                        "Votes counted in the room",
                        "for against abstain, like: 24 3 2",
                        &answer,
                    );
                }
            }
            Action::LinkProposal => self.pick_link_proposal(),
            Action::LinkActions => self.pick_link_actions(),
            Action::BoardTab => self.ui.tab = Tab::Board,
            Action::Filter => {
                let current = self.ui.filter.clone().unwrap_or_default();
                self.ask(
                    Ask::Filter,
                    "Filter",
                    "cards and notes that contain this; empty clears",
                    &current,
                );
            }
            Action::AddCard => {
                let (column, _) = self.focus();
                let strategy = self.columns()[column].0;
                self.ask(
                    Ask::AddCard(strategy),
                    "New card",
                    "what is to be done; Name to … by YYYY-MM-DD sets owner and due",
                    "",
                );
            }
            Action::CardLeft | Action::CardRight | Action::CardUp | Action::CardDown => {
                self.move_card(action)
            }
            Action::AddStrategy => {
                let (column, _) = self.focus();
                self.ask(
                    Ask::AddStrategy(column),
                    "New strategy",
                    "its name, the column's title",
                    "",
                );
            }
            Action::RenameStrategy => {
                if let Some(s) = self.focused_strategy() {
                    let (id, name) = (s.id, s.name.clone());
                    self.ask(
                        Ask::RenameStrategy(id),
                        "Rename the strategy",
                        "its name, the column's title",
                        &name,
                    );
                }
            }
            Action::StrategyLeft | Action::StrategyRight => {
                let (column, _) = self.focus();
                let Some(id) = self.focused_strategy().map(|s| s.id) else {
                    return;
                };
                let index = column - 1;
                let target = if action == Action::StrategyLeft {
                    index.checked_sub(1)
                } else {
                    Some(index + 1)
                };
                if let Some(target) = target.filter(|&t| t < self.record().strategies.len())
                    && self.commit(Op::MoveStrategy { id, index: target })
                {
                    self.ui.board.column = target + 1;
                }
            }
            Action::MergeStrategy => self.pick_merge_strategy(),
            Action::SpeakersTab => self.ui.tab = Tab::Speakers,
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
            Action::RaiseHand => {
                let items = self
                    .record()
                    .plan
                    .participants
                    .iter()
                    .map(|p| {
                        let org = if p.organisation.is_empty() {
                            String::new()
                        } else {
                            format!(" · {}", p.organisation)
                        };
                        (format!("{}{org}", p.name), None)
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
                if let Some(speaker) = queue.get(self.ui.speakers.hand.get(queue.len())).cloned() {
                    self.commit(Op::LowerHand { speaker });
                }
            }
            Action::NextSpeaker | Action::EndTurn => {
                let Some(session) = self.current().map(|s| s.id.clone()) else {
                    return;
                };
                let at = now;
                self.commit(if action == Action::NextSpeaker {
                    Op::NextSpeaker { session, at }
                } else {
                    Op::EndTurn { session, at }
                });
            }
            Action::ToggleProgressive => {
                let on = !self.record().speakers.progressive;
                if self.commit(Op::SetProgressive(on)) {
                    self.ui.message = Some(
                        if on {
                            "progressive ordering: who spoke least goes first"
                        } else {
                            "hands in the order they went up"
                        }
                        .into(),
                    );
                }
            }
            Action::CycleGrouping => {
                let i = Grouping::ALL
                    .iter()
                    .position(|&g| g == self.ui.speakers.grouping)
                    .unwrap_or(0);
                self.ui.speakers.grouping = Grouping::ALL[(i + 1) % Grouping::ALL.len()];
            }
            Action::DeleteStrategy => {
                if let Some(id) = self.focused_strategy().map(|s| s.id)
                    && self.commit(Op::DeleteStrategy { id })
                {
                    self.ui.message = Some(
                        "strategy deleted, its cards are in Unsorted; u brings it back".into(),
                    );
                }
            }
        }
    }

    /// Moves the selection; changes nothing in the record.
    fn perform_view(&mut self, action: Action) {
        let down = matches!(action, Action::Down | Action::Right);
        let ui = &mut self.ui;
        let record = &self.live.record;
        match (ui.tab, action) {
            (Tab::Notes, Action::Up | Action::Down) => {
                let len = self.session_notes().len();
                self.ui.notes.step(down, len);
            }
            (Tab::Proposals, Action::Up | Action::Down) => {
                ui.matrix.proposal.step(down, record.proposals.len());
            }
            (Tab::Proposals, Action::Left | Action::Right) => {
                ui.matrix.criterion.step(down, record.plan.criteria.len());
            }
            (Tab::Resolutions, Action::Up | Action::Down) => {
                ui.resolutions.step(down, record.resolutions.len());
            }
            (Tab::Speakers, Action::Up | Action::Down) => {
                ui.speakers.hand.step(down, record.speakers.queue.len());
            }
            (Tab::Board, Action::Up | Action::Down | Action::Left | Action::Right) => {
                let cards: Vec<usize> = self.columns().iter().map(|(_, c)| c.len()).collect();
                if matches!(action, Action::Up | Action::Down) {
                    self.ui.board.step_card(down, &cards);
                } else {
                    self.ui.board.step_column(down, &cards);
                }
            }
            _ => {}
        }
    }

    fn ask(&mut self, ask: Ask, title: &str, hint: &str, answer: &str) {
        self.ui.overlay = Some(Overlay::Prompt(Box::new(Prompt::new(
            ask, title, hint, answer,
        ))));
    }

    fn with_current(&mut self, op: impl FnOnce(String) -> Op) {
        if let Some(id) = self.current().map(|s| s.id.clone()) {
            self.commit(op(id));
        }
    }

    fn answer(&mut self, prompt: &Prompt, now: NaiveDateTime) {
        let answer = prompt.answer();
        if answer.is_empty() && !matches!(prompt.ask, Ask::Vote(_) | Ask::Filter) {
            self.ui.message = Some("nothing typed; nothing changed".into());
            return;
        }
        match &prompt.ask {
            Ask::AddSession => self.add_session(&answer),
            Ask::AddProposal => {
                let id = self.record().fresh_id();
                let session = self.current().map(|s| s.id.clone());
                self.commit(Op::AddProposal(Proposal {
                    id,
                    key: None,
                    title: answer,
                    summary: String::new(),
                    session,
                    scores: Default::default(),
                    dots: 0,
                    decision: Decision::Open,
                }));
            }
            Ask::EditProposal(id) => {
                let summary = self
                    .record()
                    .proposal(*id)
                    .map(|p| p.summary.clone())
                    .unwrap_or_default();
                self.commit(Op::EditProposal {
                    id: *id,
                    title: answer,
                    summary,
                });
            }
            Ask::ParkProposal(id) => {
                self.commit(Op::Decide {
                    proposal: *id,
                    decision: Decision::Parked(answer),
                });
            }
            Ask::AddResolution => {
                let Some(session) = self.current().map(|s| s.id.clone()) else {
                    return;
                };
                let id = self.record().fresh_id();
                if self.commit(Op::AddResolution(Resolution {
                    id,
                    session,
                    text: answer,
                    method: Method::Consensus,
                    status: ResolutionStatus::Proposed,
                    proposal: None,
                    actions: Vec::new(),
                    at: now,
                })) {
                    self.ui.resolutions.set(self.record().resolutions.len() - 1);
                }
            }
            Ask::EditResolution(id) => {
                let id = *id;
                self.edit_resolution_by(id, |r| r.text = answer);
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
                self.ui.notes.follow_newest();
            }
            Ask::AddCard(strategy) => {
                let Some(session) = self.current().map(|s| s.id.clone()) else {
                    return;
                };
                let Routed::Action { text, owner, due } = route(&format!("action: {answer}"), &[])
                else {
                    return;
                };
                let id = self.record().fresh_id();
                let strategy = *strategy;
                if self.commit(Op::AddAction {
                    action: Card {
                        id,
                        text,
                        owner,
                        due,
                        session,
                    },
                    strategy,
                }) {
                    self.ui.board.card = self.columns()[self.focus().0].1.len().saturating_sub(1);
                }
            }
            Ask::EditCard(id) => {
                if let Routed::Action { text, owner, due } =
                    route(&format!("action: {answer}"), &[])
                {
                    self.commit(Op::EditAction {
                        id: *id,
                        text,
                        owner,
                        due,
                    });
                }
            }
            Ask::AddStrategy(column) => {
                let id = self.record().fresh_id();
                let index = (*column).min(self.record().strategies.len());
                if self.commit(Op::AddStrategy {
                    id,
                    name: answer,
                    index,
                }) {
                    self.ui.board.focus(index + 1, 0);
                }
            }
            Ask::RenameStrategy(id) => {
                self.commit(Op::RenameStrategy {
                    id: *id,
                    name: answer,
                });
            }
            Ask::Vote(id) => {
                let numbers: Vec<u32> = answer
                    .split(|c: char| !c.is_ascii_digit())
                    .filter_map(|w| w.parse().ok())
                    .collect();
                match numbers[..] {
                    [for_, against, abstain] => {
                        let id = *id;
                        self.edit_resolution_by(id, |r| {
                            r.method = Method::Vote {
                                for_,
                                against,
                                abstain,
                            }
                        });
                    }
                    _ => self.ui.message = Some("type three numbers: for, against, abstain".into()),
                }
            }
        }
    }

    fn edit(&mut self) {
        match self.ui.tab {
            Tab::Notes => {
                let notes = self.session_notes();
                let Some(note) = notes.get(self.ui.notes.get(notes.len())) else {
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
                    // Written back the way it is typed, so owner and due can be edited too.
                    let mut line = match &a.owner {
                        Some(owner) => format!("{owner} to {}", a.text),
                        None => a.text.clone(),
                    };
                    if let Some(due) = a.due {
                        line.push_str(&format!(" by {due}"));
                    }
                    let id = a.id;
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
        let op = match self.ui.tab {
            Tab::Notes => {
                let notes = self.session_notes();
                notes
                    .get(self.ui.notes.get(notes.len()))
                    .map(|n| Op::DeleteNote { id: n.id })
            }
            Tab::Proposals => self
                .selected_proposal()
                .map(|p| Op::DeleteProposal { id: p.id }),
            Tab::Resolutions => self
                .selected_resolution()
                .map(|r| Op::DeleteResolution { id: r.id }),
            Tab::Board => self.focused_card().map(|id| Op::DeleteAction { id }),
            Tab::Speakers => None,
        };
        if let Some(op) = op
            && self.commit(op)
        {
            self.ui.message = Some("deleted; u brings it back".into());
        }
    }

    fn chosen(&mut self, picker: &Picker) {
        let shown = picker.shown();
        let index = shown.get(picker.selected).map(|(i, _)| *i);
        let choice = index.and_then(|i| picker.items[i].1);
        match picker.pick.clone() {
            Pick::RaiseHand => {
                let speaker = match index {
                    // The items are the participants, in agenda order.
                    Some(i) => self.record().plan.participants.get(i).map(|p| p.id.clone()),
                    None => Some(picker.query.trim().to_owned()).filter(|q| !q.is_empty()),
                };
                if let Some(speaker) = speaker {
                    self.commit(Op::RaiseHand { speaker });
                }
            }
            Pick::MergeInto(from) => {
                if let Some(into) = choice {
                    self.commit(Op::Decide {
                        proposal: from,
                        decision: Decision::MergedInto(into),
                    });
                }
            }
            Pick::MergeStrategy(from) => {
                if let Some(into) = choice
                    && self.commit(Op::MergeStrategies { from, into })
                {
                    self.ui.board.column = self
                        .columns()
                        .iter()
                        .position(|(s, _)| *s == Some(into))
                        .unwrap_or(0);
                }
            }
            Pick::LinkProposal(r) => self.edit_resolution_by(r, |res| res.proposal = choice),
            Pick::LinkActions(r) => {
                let actions: Vec<Id> = picker
                    .ticked
                    .iter()
                    .filter_map(|&i| picker.items.get(i).and_then(|(_, id)| *id))
                    .collect();
                self.edit_resolution_by(r, |res| res.actions = actions);
            }
        }
    }
}
