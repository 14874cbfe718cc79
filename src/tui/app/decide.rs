//! Weighing proposals and recording resolutions: their keys and prompts, through the core's
//! commands.

use super::*;
use crate::core::record::{Method, ResolutionStatus};
use crate::lang::Labels;

impl App {
    /// The proposal selected in the matrix.
    pub fn selected_proposal(&self) -> Option<&Proposal> {
        let proposals = self.weighing().proposals;
        proposals
            .get(self.ui.matrix.proposal.get(proposals.len()))
            .copied()
    }

    /// The criterion selected in the matrix, by its place among the meeting's criteria (what
    /// the score command takes): the matrix shows only those the session names.
    fn selected_criterion(&self) -> usize {
        let shown = self.weighing().criteria;
        let asked = self.ui.matrix.criterion.asked();
        shown
            .get(asked.min(shown.len().saturating_sub(1)))
            .and_then(|c| {
                self.record()
                    .plan
                    .criteria
                    .iter()
                    .position(|k| k.id == c.id)
            })
            .unwrap_or(asked)
    }

    /// The resolution selected in the list.
    pub fn selected_resolution(&self) -> Option<&Resolution> {
        let resolutions = &self.record().resolutions;
        resolutions.get(self.ui.resolutions.get(resolutions.len()))
    }

    /// The keys of the proposal matrix.
    pub(super) fn perform_proposals(&mut self, action: Action) {
        if action == Action::AddProposal {
            self.ask(
                Ask::AddProposal,
                &self.labels().label("ask-new-proposal"),
                &self.labels().label("ask-proposal-hint"),
                "",
            );
            return;
        }
        let Some(id) = self.selected_proposal().map(|p| p.id) else {
            return;
        };
        let session = self.current_id();
        let session = session.as_deref();
        let record = self.record();
        let criterion = self.selected_criterion();
        let ops = match action {
            Action::Score(score) => commands::score(record, id, criterion, Some(score)),
            Action::ClearScore => commands::score(record, id, criterion, None),
            Action::DotUp | Action::DotDown => {
                commands::set_dots(record, id, action == Action::DotUp)
            }
            Action::SelectProposal => match commands::proposal_options(record, id) {
                Ok(options) if !options.is_empty() => return self.pick_option(id),
                _ => commands::decide(record, id, Decision::Selected, session),
            },
            Action::ReopenProposal => commands::decide(record, id, Decision::Open, session),
            Action::WordDecision => {
                let words = self
                    .selected_proposal()
                    .map_or("", commands::selection_words)
                    .to_owned();
                return self.ask(
                    Ask::WordDecision(id),
                    &self.labels().label("ask-selected-words"),
                    &self.labels().label("ask-selected-words-hint"),
                    &words,
                );
            }
            Action::ParkProposal => {
                return self.ask(
                    Ask::ParkProposal(id),
                    &self.labels().label("ask-park"),
                    &self.labels().label("ask-park-hint"),
                    &self.labels().label("ask-park-suggested"),
                );
            }
            Action::MergeProposal => return self.pick_merge(id),
            _ => return,
        };
        self.run(ops);
    }

    /// The keys of the resolutions list.
    pub(super) fn perform_resolutions(&mut self, action: Action) {
        if action == Action::AddResolution {
            self.ask(
                Ask::AddResolution,
                &self.labels().label("ask-new-resolution"),
                &self.labels().label("ask-resolution-hint"),
                "",
            );
            return;
        }
        let Some(r) = self.selected_resolution() else {
            return;
        };
        let (id, record) = (r.id, self.record());
        let ops = match action {
            Action::CycleStatus => {
                let status = commands::next_status(r.status);
                let method = r.method.clone();
                return self.settle(id, status, method, commands::cycle_status(record, id));
            }
            Action::Consensus => commands::record_consensus(record, id),
            Action::RecordVote => {
                let answer = commands::vote_answer(&r.method);
                return self.ask_vote(id, &answer);
            }
            Action::RecordElection => {
                let answer = commands::election_answer(&r.method);
                return self.ask_election(id, &answer);
            }
            Action::Method => {
                let on = commands::method_choice(&r.method).unwrap_or(0);
                let l = self.labels();
                let items = commands::METHODS
                    .iter()
                    .map(|(name, choice)| (method_choice(l, name, choice), None))
                    .collect();
                let mut picker =
                    Picker::new(Pick::Method(id), self.labels().label("ask-method"), items);
                picker.selected = on;
                self.ui.overlay = Some(Overlay::Picker(picker));
                return;
            }
            Action::LinkProposal => return self.pick_link_proposal(),
            Action::LinkActions => return self.pick_link_actions(),
            _ => return,
        };
        self.run(ops);
    }

    /// Asks for the votes counted, offering `answer` to correct.
    fn ask_vote(&mut self, id: Id, answer: &str) {
        self.ask(
            Ask::Vote(id),
            &self.labels().label("ask-vote"),
            &self.labels().label("ask-vote-hint"),
            answer,
        );
    }

    /// Asks for an election's result, offering `answer` to correct.
    fn ask_election(&mut self, id: Id, answer: &str) {
        self.ask(
            Ask::Election(id),
            &self.labels().label("ask-election"),
            &self.labels().label("ask-election-hint"),
            answer,
        );
    }

    /// The way of deciding chosen in the method picker (the `index`-th of
    /// [`commands::METHODS`]): recorded at once, or asked about first (the counts of a vote,
    /// who confirms it later).
    pub(super) fn chosen_method(&mut self, id: Id, index: Option<usize>) {
        let (Some((_, choice)), Some(r)) = (
            index.and_then(|i| commands::METHODS.get(i)),
            self.record().resolution(id),
        ) else {
            return;
        };
        match choice {
            commands::MethodChoice::Is(method) => {
                let (status, method) = (r.status, method.clone());
                let ops = commands::record_method(self.record(), id, method.clone());
                self.settle(id, status, method, ops);
            }
            commands::MethodChoice::Vote => {
                let answer = commands::vote_answer(&r.method);
                self.ask_vote(id, &answer);
            }
            commands::MethodChoice::Election => {
                let answer = commands::election_answer(&r.method);
                self.ask_election(id, &answer);
            }
            commands::MethodChoice::ToBeConfirmed => {
                let by = match &r.method {
                    Method::ToBeConfirmed { by } => by.clone(),
                    _ => String::new(),
                };
                self.ask(
                    Ask::ConfirmedBy(id),
                    &self.labels().label("ask-confirm-by"),
                    &self.labels().label("ask-confirm-by-hint"),
                    &by,
                );
            }
        }
    }

    /// The answers to the proposal and resolution prompts.
    pub(super) fn answer_decide(&mut self, ask: &Ask, answer: &str, now: NaiveDateTime) {
        let record = self.record();
        let session = self.current_id();
        let ops = match *ask {
            Ask::AddProposal => commands::add_proposal(record, answer, session.as_deref()),
            Ask::EditProposal(id) => commands::edit_proposal(record, id, answer),
            Ask::ParkProposal(id) => {
                commands::park_proposal(record, id, answer, session.as_deref())
            }
            Ask::WordDecision(id) => {
                commands::select_in_words(record, id, answer, session.as_deref())
            }
            Ask::AddResolution => commands::add_resolution(record, session.as_deref(), answer, now),
            Ask::EditResolution(id) => commands::edit_resolution_text(record, id, answer),
            Ask::ConfirmedBy(id) => commands::record_to_be_confirmed(record, id, answer),
            Ask::Election(id) => commands::record_election(record, id, answer),
            Ask::Vote(id) => {
                let ops = commands::record_vote(record, id, answer);
                let (Some(method), Some(r)) = (commands::parse_vote(answer), record.resolution(id))
                else {
                    self.run(ops);
                    return;
                };
                let status = r.status;
                self.settle(id, status, method, ops);
                return;
            }
            _ => return,
        };
        if self.run(ops) && matches!(ask, Ask::AddResolution) {
            self.ui.resolutions.set(self.record().resolutions.len() - 1);
        }
    }

    /// Runs a status or vote change, unless the counted vote would contradict the status: then
    /// the core refuses it, and the screen shows the counts and asks whether to save it anyway.
    fn settle(&mut self, id: Id, status: ResolutionStatus, method: Method, ops: commands::Ops) {
        let asked = self.record().resolution(id).map(|r| Resolution {
            status,
            method: method.clone(),
            ..r.clone()
        });
        match asked.as_ref().and_then(commands::contradiction) {
            Some(why) => {
                self.ui.overlay = Some(Overlay::Confirm(Confirm::Outcome {
                    resolution: id,
                    status,
                    method,
                    why: why.0,
                }));
            }
            None => {
                self.run(ops);
            }
        }
    }

    /// Saves the status and method the room confirmed despite the counts.
    pub(super) fn confirm_outcome(&mut self, id: Id, status: ResolutionStatus, method: Method) {
        let ops = commands::confirm_outcome(self.record(), id, status, method);
        self.run(ops);
    }

    /// Asks which of its options a proposal is selected with, the one chosen before
    /// highlighted.
    fn pick_option(&mut self, id: Id) {
        let Ok(options) = commands::proposal_options(self.record(), id) else {
            return;
        };
        let l = self.labels();
        let mut items: Vec<(String, Option<Id>)> = options
            .iter()
            .map(|o| {
                let args = [
                    ("option", o.id.as_str().into()),
                    ("title", o.title.as_str().into()),
                ];
                (l.label_with("option-pick-item", &args), None)
            })
            .collect();
        items.push((l.label("option-pick-whole"), None));
        let selected = match self.record().proposal(id).map(|p| &p.decision) {
            Some(Decision::SelectedOption(chosen)) => options.iter().position(|o| o.id == *chosen),
            Some(Decision::Selected) => Some(options.len()),
            _ => None,
        };
        let mut picker = Picker::new(
            Pick::ProposalOption(id),
            l.label("option-pick-title"),
            items,
        );
        picker.selected = selected.unwrap_or(0);
        self.ui.overlay = Some(Overlay::Picker(picker));
    }

    /// Selects a proposal with the `index`-th of its options, or as a whole past the last.
    pub(super) fn chosen_option(&mut self, id: Id, index: Option<usize>) {
        let Some(index) = index else {
            return;
        };
        let session = self.current_id();
        let record = self.record();
        let option = commands::proposal_options(record, id)
            .ok()
            .and_then(|options| options.get(index))
            .map(|o| o.id.clone());
        let ops = commands::select_option(record, id, option.as_deref(), session.as_deref());
        self.run(ops);
    }

    fn pick_merge(&mut self, from: Id) {
        let items: Vec<(String, Option<Id>)> = match commands::merge_targets(self.record(), from) {
            Ok(targets) => targets
                .iter()
                .map(|p| (p.title.clone(), Some(p.id)))
                .collect(),
            Err(refusal) => {
                self.refused(&refusal);
                return;
            }
        };
        self.ui.overlay = Some(Overlay::Picker(Picker::new(
            Pick::MergeInto(from),
            self.labels().label("ask-merge-proposal"),
            items,
        )));
    }

    fn pick_link_proposal(&mut self) {
        let Some(r) = self.selected_resolution() else {
            return;
        };
        let id = r.id;
        let mut items = vec![(self.labels().label("ask-no-proposal"), None)];
        items.extend(
            self.record()
                .proposals
                .iter()
                .map(|p| (p.title.clone(), Some(p.id))),
        );
        let selected = items
            .iter()
            .position(|(_, p)| *p == r.proposal)
            .unwrap_or(0);
        let mut picker = Picker::new(
            Pick::LinkProposal(id),
            self.labels().label("ask-link-proposal"),
            items,
        );
        picker.selected = selected;
        self.ui.overlay = Some(Overlay::Picker(picker));
    }

    fn pick_link_actions(&mut self) {
        let Some(r) = self.selected_resolution() else {
            return;
        };
        let items: Vec<(String, Option<Id>)> = self
            .record()
            .actions
            .iter()
            .map(|a| (a.text.clone(), Some(a.id)))
            .collect();
        if items.is_empty() {
            self.ui.message = Some(self.labels().label("told-no-actions"));
            return;
        }
        let ticked = items
            .iter()
            .enumerate()
            .filter(|(_, (_, id))| id.is_some_and(|id| r.actions.contains(&id)))
            .map(|(i, _)| i)
            .collect();
        let mut picker = Picker::new(
            Pick::LinkActions(r.id),
            self.labels().label("ask-link-actions"),
            items,
        );
        picker.ticked = ticked;
        self.ui.overlay = Some(Overlay::Picker(picker));
    }
}

/// A way of deciding as the method picker offers it, in `l`'s language; `english` is the
/// core's name for it, kept for a way the screen has no label for.
fn method_choice(l: &Labels, english: &str, choice: &commands::MethodChoice) -> String {
    use crate::core::record::Sense;
    use commands::MethodChoice as C;
    let id = match choice {
        C::Vote => "method-choice-vote",
        C::Is(Method::Consensus) => "method-choice-consensus",
        C::Is(Method::ShowOfHands) => "method-choice-hands",
        C::Is(Method::SenseOfRoom(Sense::Strong)) => "method-choice-sense-strong",
        C::Is(Method::SenseOfRoom(Sense::Weak)) => "method-choice-sense-weak",
        C::Is(Method::SenseOfRoom(Sense::NoneOpposed)) => "method-choice-sense-none",
        C::Is(Method::ChairDeclared) => "method-choice-chair",
        C::ToBeConfirmed => "method-choice-later",
        C::Election => "method-choice-election",
        C::Is(_) => return english.to_owned(),
    };
    l.label(id)
}
