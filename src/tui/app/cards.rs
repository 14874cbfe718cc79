//! The strategy board: its keys and prompts, through the core's board commands.

use super::*;

impl App {
    /// The strategy of the focused column (None on Unsorted).
    pub fn focused_strategy(&self) -> Option<&crate::core::record::Strategy> {
        let (column, _) = self.focus();
        column
            .checked_sub(1)
            .and_then(|i| self.record().strategies.get(i))
    }

    /// The keys of the board: cards and strategies.
    pub(super) fn perform_board(&mut self, action: Action) {
        let (column, _) = self.focus();
        let strategy = self.focused_strategy().map(|s| s.id);
        match action {
            Action::AddCard => self.ask(
                Ask::AddCard(self.columns()[column].0),
                &self.labels().label("ask-new-card"),
                &self.labels().label("ask-card-hint"),
                "",
            ),
            Action::CardLeft | Action::CardRight | Action::CardUp | Action::CardDown => {
                self.move_card(action);
            }
            Action::CardTo(to) => self.send_card(to),
            // New strategies line up at the right end in the order they are made, so the
            // focus can stay on the card being sorted without each landing before the last.
            Action::AddStrategy => self.ask(
                Ask::AddStrategy(self.record().strategies.len()),
                &self.labels().label("ask-new-strategy"),
                &self.labels().label("ask-strategy-hint"),
                "",
            ),
            Action::RenameStrategy => {
                if let Some(s) = self.focused_strategy() {
                    let (id, name) = (s.id, s.name.clone());
                    self.ask(
                        Ask::RenameStrategy(id),
                        &self.labels().label("ask-rename-strategy"),
                        &self.labels().label("ask-strategy-hint"),
                        &name,
                    );
                }
            }
            Action::StrategyLeft | Action::StrategyRight => {
                let Some(id) = strategy else {
                    return;
                };
                let left = action == Action::StrategyLeft;
                match commands::move_strategy(self.record(), id, left) {
                    Ok((ops, column)) => {
                        if self.run(Ok(ops)) {
                            self.ui.board.column = column;
                        }
                    }
                    Err(refusal) => self.refused(&refusal),
                }
            }
            Action::MergeStrategy => self.pick_merge_strategy(strategy),
            Action::DeleteStrategy => self.delete_strategy(strategy),
            _ => {}
        }
    }

    /// The answers to the board's prompts.
    pub(super) fn answer_board(&mut self, ask: &Ask, answer: &str) {
        let record = self.record();
        match *ask {
            Ask::AddCard(strategy) => {
                let session = self.current_id();
                let ops = commands::add_card(record, session.as_deref(), strategy, answer);
                if self.run(ops) {
                    self.ui.board.card = self.columns()[self.focus().0].1.len().saturating_sub(1);
                }
            }
            Ask::EditCard(id) => {
                self.run(commands::edit_card(record, id, answer));
            }
            Ask::AddStrategy(column) => match commands::add_strategy(record, answer, column) {
                Ok((ops, column)) => {
                    // A card in focus is being sorted: it keeps the focus, and a digit or L
                    // sends it to the new column. Without one, the new column takes it.
                    if self.run(Ok(ops)) && self.focused_card().is_none() {
                        self.ui.board.column = column;
                        self.ui.board.card = 0;
                    }
                }
                Err(refusal) => self.refused(&refusal),
            },
            Ask::RenameStrategy(id) => {
                self.run(commands::rename_strategy(record, id, answer));
            }
            _ => {}
        }
    }

    /// Moves the focused card's status on (open, in progress, done, dropped), as of `today`.
    pub(super) fn cycle_card_status(&mut self, today: chrono::NaiveDate) {
        let Some(id) = self.focused_card() else {
            self.ui.message = Some(self.labels().label("told-no-card-follow"));
            return;
        };
        self.run(commands::cycle_action_status(self.record(), id, today));
    }

    fn delete_strategy(&mut self, strategy: Option<Id>) {
        if self.run(commands::delete_strategy(self.record(), strategy)) {
            self.ui.message = Some(self.labels().label("told-strategy-deleted-cards"));
        }
    }

    fn move_card(&mut self, action: Action) {
        let Some(id) = self.focused_card() else {
            return;
        };
        let step = match action {
            Action::CardLeft => commands::Step::Left,
            Action::CardRight => commands::Step::Right,
            Action::CardUp => commands::Step::Up,
            _ => commands::Step::Down,
        };
        match commands::move_card(self.record(), id, step) {
            Ok((ops, column, card)) => {
                if self.run(Ok(ops)) {
                    self.ui.board.column = column;
                    self.ui.board.card = card;
                }
            }
            Err(refusal) => self.refused(&refusal),
        }
    }

    /// Sends the focused card to column `to`; the focus stays on this column, now on the card
    /// that took its place, so a column is sorted by a digit a card.
    fn send_card(&mut self, to: usize) {
        let Some(id) = self.focused_card() else {
            self.ui.message = Some(self.labels().label("told-no-card-send"));
            return;
        };
        match commands::send_card(self.record(), id, to) {
            Ok((ops, name, _)) => {
                if self.run(Ok(ops)) {
                    self.ui.message =
                        Some(self.labels().label_with(
                            "told-card-sent",
                            &[("to", name.into()), ("key", to.into())],
                        ));
                }
            }
            Err(refusal) => self.refused(&refusal),
        }
    }

    fn pick_merge_strategy(&mut self, from: Option<Id>) {
        let items: Vec<(String, Option<Id>)> =
            match commands::merge_strategy_targets(self.record(), from) {
                Ok(targets) => targets
                    .iter()
                    .map(|s| (s.name.clone(), Some(s.id)))
                    .collect(),
                Err(refusal) => {
                    self.refused(&refusal);
                    return;
                }
            };
        let Some(from) = from else {
            return;
        };
        self.ui.overlay = Some(Overlay::Picker(Picker::new(
            Pick::MergeStrategy(from),
            self.labels().label("ask-merge-strategy"),
            items,
        )));
    }
}
