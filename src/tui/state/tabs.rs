//! The view state of each tab: which row, cell or card is selected. A selection is kept as it
//! was asked for and clamped to what there is when it is read, so a list that shrinks under it
//! never leaves it out of range and one that grows back finds it where it was.

use crate::core::record::Id;
use crate::core::speakers::Grouping;

/// One step down or up a list of `len` rows from row `at`, stopping at its ends.
fn step(at: usize, down: bool, len: usize) -> usize {
    if len == 0 {
        0
    } else if down {
        (at.min(len - 1) + 1).min(len - 1)
    } else {
        at.min(len - 1).saturating_sub(1)
    }
}

/// The selected row of a list that may grow or shrink under it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Row {
    at: usize,
}

impl Row {
    /// The row selected in a list of `len` rows: the one asked for, or the last.
    pub fn get(self, len: usize) -> usize {
        self.at.min(len.saturating_sub(1))
    }

    /// The row as asked for, which the list may no longer have.
    pub fn asked(self) -> usize {
        self.at
    }

    /// Selects row `at`.
    pub fn set(&mut self, at: usize) {
        self.at = at;
    }

    /// Moves one row down or up a list of `len` rows.
    pub fn step(&mut self, down: bool, len: usize) {
        self.at = step(self.at, down, len);
    }
}

/// The Notes tab: the note chosen, or none, and then the newest, as notes come in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NotesView {
    chosen: Option<usize>,
}

impl NotesView {
    /// The note selected among `len`: the one chosen, or the newest.
    pub fn get(self, len: usize) -> usize {
        self.chosen.unwrap_or(usize::MAX).min(len.saturating_sub(1))
    }

    /// Chooses note `at`.
    pub fn set(&mut self, at: usize) {
        self.chosen = Some(at);
    }

    /// Follows the newest note again (after a capture, a filter, a move to another session).
    pub fn follow_newest(&mut self) {
        self.chosen = None;
    }

    /// Moves one note down or up a list of `len`.
    pub fn step(&mut self, down: bool, len: usize) {
        self.chosen = Some(step(self.chosen.unwrap_or(usize::MAX), down, len));
    }
}

/// The Proposals tab: the selected cell of the matrix.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MatrixView {
    /// The proposal's row.
    pub proposal: Row,
    /// The criterion's column.
    pub criterion: Row,
}

/// The Board tab: the focused column and card, and the card being dragged with the mouse.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BoardView {
    /// The focused column, as asked for (0 is Unsorted).
    pub column: usize,
    /// The focused card in that column, as asked for.
    pub card: usize,
    /// The card being dragged.
    pub drag: Option<Id>,
}

impl BoardView {
    /// The focus clamped to a board of `cards.len()` columns, `cards[i]` cards in column i;
    /// a board always has its Unsorted column.
    pub fn clamped(&self, cards: &[usize]) -> (usize, usize) {
        let column = self.column.min(cards.len().saturating_sub(1));
        let card = self
            .card
            .min(cards.get(column).map_or(0, |&n| n.saturating_sub(1)));
        (column, card)
    }

    /// Moves the focus one card down or up its column.
    pub fn step_card(&mut self, down: bool, cards: &[usize]) {
        let (column, card) = self.clamped(cards);
        self.column = column;
        self.card = step(card, down, cards.get(column).copied().unwrap_or(0));
    }

    /// Moves the focus one column right or left, to the card at the same place.
    pub fn step_column(&mut self, right: bool, cards: &[usize]) {
        let (column, card) = self.clamped(cards);
        let last = cards.len().saturating_sub(1);
        self.column = if right {
            (column + 1).min(last)
        } else {
            column.saturating_sub(1)
        };
        self.card = card;
    }

    /// Focuses card `card` of column `column`.
    pub fn focus(&mut self, column: usize, card: usize) {
        (self.column, self.card) = (column, card);
    }
}

/// The Speakers tab: the selected hand in the queue and how speaking time is grouped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpeakersView {
    /// The selected hand.
    pub hand: Row,
    /// How the speaking-time chart is grouped.
    pub grouping: Grouping,
}

impl Default for SpeakersView {
    fn default() -> SpeakersView {
        SpeakersView {
            hand: Row::default(),
            grouping: Grouping::Person,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_steps_to_the_ends_and_no_further() {
        let mut row = Row::default();
        row.step(false, 3);
        assert_eq!(row.get(3), 0);
        for _ in 0..5 {
            row.step(true, 3);
        }
        assert_eq!(row.get(3), 2);
        // The list shrinks under the selection: it reads as the last row.
        assert_eq!(row.get(2), 1);
        assert_eq!(row.get(0), 0);
        row.step(true, 0);
        assert_eq!(row.get(5), 0);
    }

    #[test]
    fn notes_follow_the_newest_until_one_is_chosen() {
        let mut notes = NotesView::default();
        assert_eq!(notes.get(4), 3);
        assert_eq!(notes.get(9), 8, "a new note arrives and is selected");
        notes.step(false, 9);
        assert_eq!(notes.get(9), 7);
        assert_eq!(notes.get(20), 7, "a chosen note stays chosen");
        notes.follow_newest();
        assert_eq!(notes.get(20), 19);
        notes.set(2);
        assert_eq!(notes.get(1), 0);
    }

    #[test]
    fn the_board_focus_is_clamped_to_the_board_as_it_is() {
        let mut board = BoardView::default();
        board.focus(7, 150);
        assert_eq!(board.clamped(&[3, 0, 200, 5, 5, 5, 5, 400]), (7, 150));
        assert_eq!(board.clamped(&[3, 0, 200]), (2, 150));
        assert_eq!(board.clamped(&[3, 0]), (1, 0), "an empty column");
        assert_eq!(board.clamped(&[]), (0, 0));
    }
}
