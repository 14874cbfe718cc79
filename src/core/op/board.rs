//! Board ops: actions (the cards) and strategies (the columns they are grouped in).

use chrono::NaiveDate;

use super::{Op, OpError, add_listed, claim, fresh, index_of, refuse, session_exists};
use crate::core::record::{Action, ActionProgress, Id, Record, Strategy};

/// Adds an action as a card in a column (None: Unsorted): at the bottom, or at `position`
/// when it is put back where it was deleted from.
pub(super) fn add_action(
    record: &mut Record,
    action: &Action,
    strategy: Option<Id>,
    position: Option<usize>,
) -> Result<Op, OpError> {
    session_exists(record, &action.session)?;
    column_mut(record, strategy)?;
    let id = add_listed(record, action)?;
    let column = column_mut(record, strategy)?;
    column.insert(position.unwrap_or(usize::MAX).min(column.len()), id);
    Ok(Op::DeleteAction { id })
}

/// Changes an action's text, owner and due date.
pub(super) fn edit_action(
    record: &mut Record,
    id: Id,
    text: &str,
    owner: Option<&String>,
    due: Option<NaiveDate>,
) -> Result<Op, OpError> {
    // An action's text is not checked here: `AddAction` never checked it, so undoing an edit
    // of an action made empty must be able to put the empty text back. The screen's commands
    // refuse an empty text before an op is built.
    let a = record
        .actions
        .iter_mut()
        .find(|a| a.id == id)
        .ok_or(OpError::Unknown("action", id))?;
    Ok(Op::EditAction {
        id,
        text: std::mem::replace(&mut a.text, text.to_owned()),
        owner: std::mem::replace(&mut a.owner, owner.cloned()),
        due: std::mem::replace(&mut a.due, due),
    })
}

/// Sets where an action stands in its follow-up; the inverse puts back what it had.
pub(super) fn set_progress(
    record: &mut Record,
    id: Id,
    progress: ActionProgress,
) -> Result<Op, OpError> {
    let a = record
        .actions
        .iter_mut()
        .find(|a| a.id == id)
        .ok_or(OpError::Unknown("action", id))?;
    Ok(Op::SetActionProgress {
        id,
        progress: std::mem::replace(&mut a.progress, progress),
    })
}

/// Deletes an action, taking it off the board and out of resolutions.
pub(super) fn delete_action(record: &mut Record, id: Id) -> Result<Op, OpError> {
    let index = index_of(&record.actions, |a| a.id == id, "action", id)?;
    let (strategy, position) = record
        .card_position(id)
        .ok_or(OpError::Unknown("card", id))?;
    let mut undo = Vec::new();
    for r in &mut record.resolutions {
        if r.actions.contains(&id) {
            undo.push(Op::EditResolution(r.clone()));
            r.actions.retain(|&a| a != id);
        }
    }
    column_mut(record, strategy)?.remove(position);
    let action = record.actions.remove(index);
    undo.insert(
        0,
        Op::RestoreAction {
            action,
            strategy,
            position,
        },
    );
    Ok(Op::Batch(undo))
}

/// Moves a card to a column (None: Unsorted) at an index.
pub(super) fn move_action(
    record: &mut Record,
    id: Id,
    strategy: Option<Id>,
    index: usize,
) -> Result<Op, OpError> {
    let (old_strategy, old_index) = record
        .card_position(id)
        .ok_or(OpError::Unknown("action", id))?;
    let target_len = column_mut(record, strategy)?.len();
    let room = if strategy == old_strategy {
        target_len - 1
    } else {
        target_len
    };
    if index > room {
        return refuse("that place is past the end of the column");
    }
    column_mut(record, old_strategy)?.remove(old_index);
    column_mut(record, strategy)?.insert(index, id);
    Ok(Op::MoveAction {
        id,
        strategy: old_strategy,
        index: old_index,
    })
}

/// Creates an empty strategy at a place on the board.
pub(super) fn add_strategy(
    record: &mut Record,
    id: Id,
    name: &str,
    index: usize,
) -> Result<Op, OpError> {
    check_name(name)?;
    fresh(record, id)?;
    if index > record.strategies.len() {
        return refuse("that place is past the end of the board");
    }
    let strategy = Strategy {
        id,
        name: name.to_owned(),
        actions: Vec::new(),
    };
    record.strategies.insert(index, strategy);
    claim(record, id);
    Ok(Op::DeleteStrategy { id })
}

/// Renames a strategy.
pub(super) fn rename_strategy(record: &mut Record, id: Id, name: &str) -> Result<Op, OpError> {
    check_name(name)?;
    let s = strategy_mut(record, id)?;
    let old = std::mem::replace(&mut s.name, name.to_owned());
    Ok(Op::RenameStrategy { id, name: old })
}

/// Moves a strategy's column to another place on the board.
pub(super) fn move_strategy(record: &mut Record, id: Id, index: usize) -> Result<Op, OpError> {
    let old = index_of(&record.strategies, |s| s.id == id, "strategy", id)?;
    if index >= record.strategies.len() {
        return refuse("that place is past the end of the board");
    }
    let s = record.strategies.remove(old);
    record.strategies.insert(index, s);
    Ok(Op::MoveStrategy { id, index: old })
}

/// Moves every card of `from` to the bottom of `into`, then removes `from`.
pub(super) fn merge_strategies(record: &mut Record, from: Id, into: Id) -> Result<Op, OpError> {
    if from == into {
        return refuse("a strategy cannot be merged into itself");
    }
    strategy_mut(record, into)?;
    let index = index_of(&record.strategies, |s| s.id == from, "strategy", from)?;
    let gone = record.strategies.remove(index);
    strategy_mut(record, into)?
        .actions
        .extend(gone.actions.iter().copied());
    Ok(Op::RestoreStrategy {
        index,
        strategy: gone,
    })
}

/// Removes a strategy; its cards go to the bottom of Unsorted.
pub(super) fn delete_strategy(record: &mut Record, id: Id) -> Result<Op, OpError> {
    let index = index_of(&record.strategies, |s| s.id == id, "strategy", id)?;
    let gone = record.strategies.remove(index);
    record.unsorted.extend(gone.actions.iter().copied());
    Ok(Op::RestoreStrategy {
        index,
        strategy: gone,
    })
}

/// Puts a strategy back at a place on the board, taking its cards from wherever they are.
pub(super) fn restore_strategy(
    record: &mut Record,
    index: usize,
    strategy: &Strategy,
) -> Result<Op, OpError> {
    check_name(&strategy.name)?;
    fresh(record, strategy.id)?;
    if let Some(&missing) = strategy
        .actions
        .iter()
        .find(|&&a| record.card_position(a).is_none())
    {
        return Err(OpError::Unknown("action", missing));
    }
    for &a in &strategy.actions {
        if let Some((column, i)) = record.card_position(a) {
            column_mut(record, column)?.remove(i);
        }
    }
    let at = index.min(record.strategies.len());
    record.strategies.insert(at, strategy.clone());
    claim(record, strategy.id);
    Ok(Op::DeleteStrategy { id: strategy.id })
}

fn strategy_mut(record: &mut Record, id: Id) -> Result<&mut Strategy, OpError> {
    record
        .strategies
        .iter_mut()
        .find(|s| s.id == id)
        .ok_or(OpError::Unknown("strategy", id))
}

/// The cards of a board column: a strategy's, or Unsorted's for None.
fn column_mut(record: &mut Record, strategy: Option<Id>) -> Result<&mut Vec<Id>, OpError> {
    match strategy {
        None => Ok(&mut record.unsorted),
        Some(id) => strategy_mut(record, id).map(|s| &mut s.actions),
    }
}

fn check_name(name: &str) -> Result<(), OpError> {
    if name.trim().is_empty() {
        return refuse("a strategy needs a name");
    }
    Ok(())
}
