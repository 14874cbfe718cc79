//! The meeting screen's handling of input: keys and clicks become actions, actions become
//! ops, and every op goes through the store (durable) before it shows. The state itself is
//! in `state`, where drawing reads it.

mod agenda;
mod capture;
mod cards;
mod decide;
mod input;
mod items;
mod room;
mod said;
mod sessions;
mod told;
mod tracks;

use chrono::NaiveDateTime;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::{Position, Rect};

use super::action::Action;
use super::keymap::Context;
use super::layout::{Areas, Target, hit, tab_at_in};
use super::overlay::{Ask, Confirm, Editor, Field, Overlay, Pick, Picker, Prompt, speaker_matches};
use super::state::Logged;
pub use super::state::{App, QrShown, Saved, Shown, Tab, Ui};
use crate::core::capture::speaker_id;
use crate::core::history::Change;
use crate::core::op::Op;
use crate::core::record::{Decision, Id, NoteKind, Proposal, Record, Resolution};
use crate::core::room::{Answer, Submission, WriterId};
use crate::core::speakers::Grouping;
use crate::core::{commands, inert, inert_line, labels};
use crate::store::Store;

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
        if self.joined.is_some() {
            return self.send(change);
        }
        let l = self.labels();
        let Some(store) = self.store.as_mut() else {
            self.ui.message = Some(l.label("told-follower"));
            return false;
        };
        // Named from the record before it changes; an undo is named after (see `told`).
        let made = match &change {
            Change::Do(op) => told::change(l, op, &self.live.record),
            Change::Redo => self
                .live
                .redo
                .last()
                .and_then(|step| told::change(l, &step.op, &self.live.record)),
            Change::Undo => None,
        };
        let submission = Submission {
            writer: WriterId::HOST,
            number: 0,
            base: self.host.seq(),
            change,
        };
        // The host's own ops carry the time its commands stamped; the clock is for others'.
        let now = NaiveDateTime::default();
        let applied = match store.submit(&mut self.host, &mut self.live, &submission, now) {
            (Answer::Applied(_), Ok(())) => {
                self.ui.saved = Saved::All;
                true
            }
            (Answer::Applied(_), Err(e)) => {
                self.ui.saved = Saved::Pending(store.unsaved(), e.to_string());
                true
            }
            (Answer::Refused { message, .. }, _) => {
                self.ui.message = Some(message);
                false
            }
            // The host's own changes are never numbered, so never answered as resends.
            (Answer::Duplicate { .. }, _) => false,
        };
        let change = submission.change;
        if applied {
            self.tell(&change, made);
        }
        applied
    }

    /// Sends a change to the host of the room this laptop joined, saying what it does: the
    /// screen shows it once the host's stream brings it back.
    fn send(&mut self, change: Change) -> bool {
        let l = self.labels();
        let made = match &change {
            Change::Do(op) => told::change(l, op, &self.live.record)
                .map(|m| l.label_with("told-undoes", &[("said", m.into())])),
            // The host takes back this laptop's own last change, which only it knows.
            Change::Undo => Some(l.label("told-undo-yours")),
            Change::Redo => Some(l.label("told-redo-yours")),
        };
        let sent = super::joining::send(self, change);
        if sent && self.ui.message.is_none() {
            self.ui.message = made.map(|m| super::joining::sent(l, &m));
        }
        sent
    }

    /// Says what a change did, unless the command that made it already said so: nothing
    /// happens silently, and undo and redo name what they took back or put back.
    fn tell(&mut self, change: &Change, made: Option<String>) {
        if self.ui.message.is_some() {
            return;
        }
        let l = self.labels();
        let said = |id: &str, m: String| l.label_with(id, &[("said", m.into())]);
        self.ui.message = match change {
            Change::Do(_) => made.map(|m| said("told-undoes", m)),
            Change::Redo => made.map(|m| said("told-redone", m)),
            Change::Undo => self
                .live
                .redo
                .last()
                .and_then(|step| told::change(l, &step.op, &self.live.record))
                .map(|m| said("told-undone", m)),
        };
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
            | Action::Room
            | Action::NextTheme
            | Action::CycleGrouping => self.perform_screen(action),
            Action::NewNote => {
                self.ui.overlay = Some(Overlay::Editor(Box::new(self.new_note_editor())));
            }
            Action::Edit => self.edit(),
            Action::NextItem | Action::PrevItem => self.step_item(action == Action::NextItem),
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
            | Action::WordDecision
            | Action::ReopenProposal
            | Action::ParkProposal
            | Action::MergeProposal => self.perform_proposals(action),
            Action::AddResolution
            | Action::CycleStatus
            | Action::Consensus
            | Action::Method
            | Action::RecordVote
            | Action::RecordElection
            | Action::LinkProposal
            | Action::LinkActions => self.perform_resolutions(action),
            Action::AddCard
            | Action::CardLeft
            | Action::CardRight
            | Action::CardTo(_)
            | Action::CardUp
            | Action::CardDown
            | Action::AddStrategy
            | Action::RenameStrategy
            | Action::StrategyLeft
            | Action::StrategyRight
            | Action::MergeStrategy
            | Action::DeleteStrategy => self.perform_board(action),
            Action::CardStatus => self.cycle_card_status(now.date()),
            Action::RaiseHand
            | Action::LowerHand
            | Action::NextSpeaker
            | Action::EndTurn
            | Action::ToggleProgressive => self.perform_speakers(action, now),
            Action::RenameSession
            | Action::HeldTimes
            | Action::SessionKind
            | Action::SessionLeads
            | Action::RemoveSession
            | Action::MoveToSession => self.perform_fix(action),
            Action::ChooseGroup => self.pick_group(),
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
                    &self.labels().label("ask-filter"),
                    &self.labels().label("ask-filter-hint"),
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
            Action::Room => self.open_room(),
            Action::NextTheme => {
                self.ui.theme = (self.ui.theme + 1) % self.themes.len().max(1);
                let name = self.theme().name;
                self.ui.message = Some(
                    self.labels()
                        .label_with("told-theme", &[("name", name.into())]),
                );
            }
            Action::CycleGrouping => {
                let i = Grouping::ALL
                    .iter()
                    .position(|&g| g == self.ui.speakers.grouping)
                    .unwrap_or(0);
                self.ui.speakers.grouping = Grouping::ALL[(i + 1) % Grouping::ALL.len()];
            }
            _ => {}
        }
    }

    fn undo_redo(&mut self, undo: bool) {
        match (undo, self.live.undo.is_empty(), self.live.redo.is_empty()) {
            (true, true, _) => self.ui.message = Some(self.labels().label("told-nothing-to-undo")),
            (true, false, _) => {
                self.change(Change::Undo);
            }
            (false, _, true) => self.ui.message = Some(self.labels().label("told-nothing-to-redo")),
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
                    self.labels().label("ask-raise-hand"),
                    items,
                )));
            }
            Action::LowerHand => {
                // The hand selected in the queue as shown, in the order people will speak.
                let queue = self.record().speakers.in_order(now);
                if let Some(speaker) = queue.get(self.ui.speakers.hand.get(queue.len())).cloned() {
                    self.run(commands::lower_hand(self.record(), speaker));
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
                        self.ui.message = Some(said::said(self.labels(), said));
                    }
                }
                Err(refusal) => self.refused(&refusal),
            },
            _ => {}
        }
    }

    /// Moves the selection; changes nothing in the record.
    fn perform_view(&mut self, action: Action) {
        let down = matches!(action, Action::Down | Action::Right);
        let weighed = {
            let weighing = self.weighing();
            (weighing.proposals.len(), weighing.criteria.len())
        };
        let ui = &mut self.ui;
        let record = &self.live.record;
        match (ui.tab, action) {
            (Tab::Notes, Action::Up | Action::Down) => {
                let len = self.session_log().len();
                self.ui.notes.step(down, len);
            }
            (Tab::Proposals, Action::Up | Action::Down) => {
                ui.matrix.proposal.step(down, weighed.0);
            }
            (Tab::Proposals, Action::Left | Action::Right) => {
                ui.matrix.criterion.step(down, weighed.1);
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

    /// Says in the footer why a command changed nothing, in the meeting's language.
    fn refused(&mut self, refusal: &commands::Refusal) {
        self.ui.message = Some(said::said(self.labels(), &refusal.0));
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
                self.refused(&refusal);
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

    /// Acts on a prompt's answer; false when the answer was refused, so the prompt stays open
    /// with the text and the footer says what to fix.
    fn answer(&mut self, prompt: &Prompt, now: NaiveDateTime) -> bool {
        let answer = prompt.answer();
        if answer.is_empty()
            && !matches!(
                prompt.ask,
                Ask::Vote(_) | Ask::ConfirmedBy(_) | Ask::Filter | Ask::WordDecision(_)
            )
        {
            self.ui.message = Some(self.labels().label("told-nothing-typed"));
            return true;
        }
        let before = self.committed();
        match &prompt.ask {
            Ask::AddSession
            | Ask::RenameSession(_)
            | Ask::HeldTimes(_)
            | Ask::SplitFirst(_)
            | Ask::SplitSecond { .. } => self.answer_fix(&prompt.ask, &answer, now),
            Ask::AddProposal
            | Ask::EditProposal(_)
            | Ask::ParkProposal(_)
            | Ask::WordDecision(_)
            | Ask::AddResolution
            | Ask::EditResolution(_)
            | Ask::Vote(_)
            | Ask::Election(_)
            | Ask::ConfirmedBy(_) => self.answer_decide(&prompt.ask, &answer, now),
            Ask::AddCard(_) | Ask::EditCard(_) | Ask::AddStrategy(_) | Ask::RenameStrategy(_) => {
                self.answer_board(&prompt.ask, &answer);
            }
            Ask::SaveCopy => {
                let Some(store) = self.store.as_ref() else {
                    return true;
                };
                return match store.save_copy(std::path::Path::new(&answer)) {
                    Ok(()) => {
                        self.ui.message = Some(
                            self.labels()
                                .label_with("told-copied", &[("folder", answer.as_str().into())]),
                        );
                        true
                    }
                    Err(e) => {
                        self.ui.message = Some(
                            self.labels()
                                .label_with("told-no-copy", &[("why", e.to_string().into())]),
                        );
                        false
                    }
                };
            }
            Ask::Filter => {
                self.ui.filter = (!answer.is_empty()).then_some(answer);
                self.ui.notes.follow_newest();
            }
        }
        // The commands say why when they refuse; a command that changed nothing and said
        // nothing had nothing to do (a name kept as it was).
        self.committed() != before || self.ui.message.is_none()
    }

    /// How many changes this screen has made, written or still waiting to be.
    fn committed(&self) -> u64 {
        self.store
            .as_ref()
            .map_or(0, |s| s.changes().saturating_add(s.unsaved() as u64))
    }

    fn edit(&mut self) {
        match self.ui.tab {
            Tab::Notes => {
                let log = self.session_log();
                match log.get(self.ui.notes.get(log.len())).copied() {
                    Some(Logged::Note(note)) => {
                        let editor =
                            Editor::new(Some(note.id), note.kind, note.speaker.clone(), &note.text);
                        self.ui.overlay = Some(Overlay::Editor(Box::new(editor)));
                    }
                    // A line filed elsewhere is edited as it is there.
                    Some(Logged::Action(a)) => {
                        let (id, line) = (a.id, commands::card_line(&self.record().plan, a));
                        self.edit_card(id, &line);
                    }
                    Some(Logged::Proposal(p)) => {
                        let (id, title) = (p.id, p.title.clone());
                        self.edit_proposal(id, &title);
                    }
                    Some(Logged::Resolution(r)) => {
                        let (id, text) = (r.id, r.text.clone());
                        self.edit_resolution(id, &text);
                    }
                    None => {}
                }
            }
            Tab::Proposals => {
                if let Some(p) = self.selected_proposal() {
                    let (id, title) = (p.id, p.title.clone());
                    self.edit_proposal(id, &title);
                }
            }
            Tab::Resolutions => {
                if let Some(r) = self.selected_resolution() {
                    let (id, text) = (r.id, r.text.clone());
                    self.edit_resolution(id, &text);
                }
            }
            Tab::Board => {
                if let Some(a) = self.focused_card().and_then(|id| self.record().action(id)) {
                    let (id, line) = (a.id, commands::card_line(&self.record().plan, a));
                    self.edit_card(id, &line);
                }
            }
            Tab::Speakers => {}
        }
    }

    fn edit_proposal(&mut self, id: Id, title: &str) {
        self.ask(
            Ask::EditProposal(id),
            &self.labels().label("ask-edit-proposal"),
            &self.labels().label("ask-proposal-hint"),
            title,
        );
    }

    fn edit_resolution(&mut self, id: Id, text: &str) {
        self.ask(
            Ask::EditResolution(id),
            &self.labels().label("ask-edit-resolution"),
            &self.labels().label("ask-resolution-hint"),
            text,
        );
    }

    fn edit_card(&mut self, id: Id, line: &str) {
        self.ask(
            Ask::EditCard(id),
            &self.labels().label("ask-edit-card"),
            &self.labels().label("ask-edit-card-hint"),
            line,
        );
    }

    fn delete(&mut self) {
        let record = self.record();
        let ops = match self.ui.tab {
            Tab::Notes => {
                let log = self.session_log();
                log.get(self.ui.notes.get(log.len()))
                    .map(|entry| match entry {
                        Logged::Note(n) => commands::delete_note(record, n.id),
                        Logged::Action(a) => commands::delete_card(record, a.id),
                        Logged::Proposal(p) => commands::delete_proposal(record, p.id),
                        Logged::Resolution(r) => commands::delete_resolution(record, r.id),
                    })
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
            self.ui.message = Some(self.labels().label("told-deleted"));
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
                    let session = self.current_id();
                    self.run(commands::merge_proposal(
                        record,
                        from,
                        into,
                        session.as_deref(),
                    ));
                }
            }
            Pick::MergeStrategy(from) => {
                if let Some(into) = choice
                    && self.run(commands::merge_strategies(record, from, into))
                {
                    self.ui.board.column = self
                        .columns()
                        .iter()
                        .position(|(s, _)| *s == Some(into))
                        .unwrap_or(0);
                }
            }
            Pick::LinkProposal(r) => {
                self.run(commands::link_proposal(record, r, choice));
            }
            Pick::Room => self.chosen_member(choice),
            Pick::Method(r) => self.chosen_method(r, index),
            Pick::ProposalOption(p) => self.chosen_option(p, index),
            Pick::NewSession { .. }
            | Pick::SessionKind(_)
            | Pick::SessionLeads(_)
            | Pick::MoveToSession(_) => self.chosen_fix(&picker.pick, index, picker),
            Pick::Group(sessions) => self.chosen_group(&sessions, index),
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
