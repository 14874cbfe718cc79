//! The strategy board: moving cards and merging strategies.

use super::*;

impl App {
    /// The strategy of the focused column (None on Unsorted).
    pub fn focused_strategy(&self) -> Option<&crate::core::record::Strategy> {
        let (column, _) = self.focus();
        column
            .checked_sub(1)
            .and_then(|i| self.record().strategies.get(i))
    }

    pub(super) fn move_card(&mut self, action: Action) {
        let Some(id) = self.focused_card() else {
            return;
        };
        let (column, card) = self.focus();
        let columns = self.columns();
        let (target, index) = match action {
            Action::CardLeft if column > 0 => (column - 1, card.min(columns[column - 1].1.len())),
            Action::CardRight if column + 1 < columns.len() => {
                (column + 1, card.min(columns[column + 1].1.len()))
            }
            Action::CardUp if card > 0 => (column, card - 1),
            Action::CardDown if card + 1 < columns[column].1.len() => (column, card + 1),
            _ => return,
        };
        let strategy = columns[target].0;
        if self.commit(Op::MoveAction {
            id,
            strategy,
            index,
        }) {
            self.ui.board.focus(target, index);
        }
    }

    pub(super) fn pick_merge_strategy(&mut self) {
        let Some(from) = self.focused_strategy().map(|s| s.id) else {
            self.ui.message =
                Some("Unsorted is not a strategy; focus a strategy to merge it".into());
            return;
        };
        let items: Vec<(String, Option<Id>)> = self
            .record()
            .strategies
            .iter()
            .filter(|s| s.id != from)
            .map(|s| (s.name.clone(), Some(s.id)))
            .collect();
        if items.is_empty() {
            self.ui.message = Some("there is no other strategy to merge into".into());
            return;
        }
        self.ui.overlay = Some(Overlay::Picker(Picker::new(
            Pick::MergeStrategy(from),
            "Merge into which strategy?",
            items,
        )));
    }
}
