//! The strategy board: cards (actions) in columns (Unsorted, then each strategy), and the
//! strategies themselves.

use std::fmt::Write;

use super::{Ops, Refusal, filing_session, refuse, unknown};
use crate::core::agenda::Agenda;
use crate::core::capture::{Routed, action, owner_named};
use crate::core::labels::person;
use crate::core::op::Op;
use crate::core::record::{Action, ActionProgress, ActionStatus, Id, Record, Strategy};
use chrono::NaiveDate;

/// Which way a card moves: to the neighbouring column, or one place within its column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// To the column on the left.
    Left,
    /// To the column on the right.
    Right,
    /// One place up its column.
    Up,
    /// One place down its column.
    Down,
}

/// The board's columns, left to right: Unsorted (no strategy), then each strategy, with their
/// cards top to bottom.
pub fn columns(record: &Record) -> Vec<(Option<Id>, &[Id])> {
    std::iter::once((None, record.unsorted.as_slice()))
        .chain(
            record
                .strategies
                .iter()
                .map(|s| (Some(s.id), s.actions.as_slice())),
        )
        .collect()
}

/// Moves a card one step. Into a neighbouring column it keeps its height (or goes to the
/// bottom of a shorter column); at an edge it stays (no ops). Returns the ops and the card's
/// column and place after them.
pub fn move_card(
    record: &Record,
    card: Id,
    step: Step,
) -> Result<(Vec<Op>, usize, usize), Refusal> {
    let columns = columns(record);
    let Some((column, index)) = columns
        .iter()
        .enumerate()
        .find_map(|(c, (_, cards))| cards.iter().position(|&a| a == card).map(|i| (c, i)))
    else {
        return unknown("card", card);
    };
    let height = |c: usize| columns.get(c).map_or(0, |(_, cards)| cards.len());
    let (target, place) = match step {
        Step::Left if column > 0 => (column - 1, index.min(height(column - 1))),
        Step::Right if column + 1 < columns.len() => (column + 1, index.min(height(column + 1))),
        Step::Up if index > 0 => (column, index - 1),
        Step::Down if index + 1 < height(column) => (column, index + 1),
        // At the edge of the board or its column the card stays where it is, quietly.
        _ => return Ok((Vec::new(), column, index)),
    };
    let op = Op::MoveAction {
        id: card,
        strategy: columns[target].0,
        index: place,
    };
    Ok((vec![op], target, place))
}

/// Sends a card to column `column` (0 is Unsorted), under the cards already there: cards
/// sent one after another into a column keep the order they were sent in. Returns the ops,
/// the column's name, and the card's place there.
pub fn send_card(
    record: &Record,
    card: Id,
    column: usize,
) -> Result<(Vec<Op>, String, usize), Refusal> {
    let columns = columns(record);
    let Some(from) = columns.iter().position(|(_, cards)| cards.contains(&card)) else {
        return unknown("card", card);
    };
    let Some(&(strategy, cards)) = columns.get(column) else {
        return refuse(match columns.len() {
            1 => format!("there is no column {column}: the board has Unsorted (0) alone"),
            n => format!(
                "there is no column {column}: the board has 0 (Unsorted) to {}",
                n - 1
            ),
        });
    };
    let name = strategy
        .and_then(|s| record.strategy(s))
        .map_or_else(|| "Unsorted".to_owned(), |s| s.name.clone());
    if from == column {
        return refuse(format!("the card is already in {name}"));
    }
    let place = cards.len();
    let op = Op::MoveAction {
        id: card,
        strategy,
        index: place,
    };
    Ok((vec![op], name, place))
}

/// Adds a card to a column (`None` is Unsorted) from a line typed the way a routed action is:
/// "Name to … by YYYY-MM-DD" sets owner (when the words name someone) and due.
pub fn add_card(record: &Record, session: Option<&str>, strategy: Option<Id>, line: &str) -> Ops {
    let session = filing_session(record, session, "card")?.id.clone();
    if let Some(s) = strategy {
        strategy_of(record, s)?;
    }
    let (text, owner, due) = action_parts(record, &session, line, None);
    Ok(vec![Op::AddAction {
        action: Action {
            id: record.fresh_id(),
            text,
            owner,
            due,
            session,
            item: None,
            progress: Default::default(),
        },
        strategy,
    }])
}

/// Edits a card from its line as [`card_line`] wrote it; the owner it already has still reads as
/// its owner, whoever the agenda lists.
pub fn edit_card(record: &Record, id: Id, line: &str) -> Ops {
    let Some(card) = record.action(id) else {
        return unknown("card", id);
    };
    let (text, owner, due) = action_parts(record, &card.session, line, card.owner.as_deref());
    Ok(vec![Op::EditAction {
        id,
        text,
        owner,
        due,
    }])
}

/// A card written back the way it is typed, so owner and due can be edited too, the owner by
/// name: "Lucía Ferreyra to circulate the results by 2018-08-10".
pub fn card_line(agenda: &Agenda, action: &Action) -> String {
    let mut line = match &action.owner {
        Some(owner) => format!("{} to {}", person(agenda, owner), action.text),
        None => action.text.clone(),
    };
    if let Some(due) = action.due {
        let _ = write!(line, " by {due}");
    }
    line
}

/// A card's text, owner and due date from its line, by the one parser of routed actions, with
/// informal dates read against `session`'s day; `kept` is an owner the card already has.
fn action_parts(
    record: &Record,
    session: &str,
    line: &str,
    kept: Option<&str>,
) -> (String, Option<String>, Option<chrono::NaiveDate>) {
    let owner = |who: &str| {
        owner_named(who, &record.plan).or_else(|| (kept == Some(who)).then(|| who.to_owned()))
    };
    match action(line.trim(), record.plan.date_of(session), owner) {
        Routed::Action { text, owner, due } => (text, owner, due),
        // `action` always routes to an action; the line as typed is the fallback.
        _ => (line.trim().to_owned(), None, None),
    }
}

/// Sets where an action stands in its follow-up, as of `today` (the caller's clock). Setting
/// the status it already has is refused, so nobody is left wondering what changed.
pub fn set_action_status(record: &Record, id: Id, status: ActionStatus, today: NaiveDate) -> Ops {
    let Some(action) = record.action(id) else {
        return unknown("action", id);
    };
    if action.progress.status == status {
        return refuse(format!("the action {id} is {} already", status.label()));
    }
    Ok(vec![Op::SetActionProgress {
        id,
        progress: ActionProgress {
            status,
            since: Some(today),
        },
    }])
}

/// Moves an action's status on, as of `today`: open → in progress → done → dropped → open.
pub fn cycle_action_status(record: &Record, id: Id, today: NaiveDate) -> Ops {
    let Some(action) = record.action(id) else {
        return unknown("card", id);
    };
    let all = ActionStatus::ALL;
    let at = all
        .iter()
        .position(|&s| s == action.progress.status)
        .unwrap_or(0);
    let next = all[(at + 1) % all.len()];
    set_action_status(record, id, next, today)
}

/// The status a word names, as `plenary actions --set` takes it, or a refusal listing them.
pub fn parse_action_status(word: &str) -> Result<ActionStatus, Refusal> {
    ActionStatus::from_word(word).ok_or_else(|| {
        let words: Vec<&str> = ActionStatus::ALL.iter().map(|s| s.word()).collect();
        Refusal(format!(
            "there is no status `{word}`: give one of {}",
            words.join(", ")
        ))
    })
}

/// Deletes a card; undo brings it back.
pub fn delete_card(record: &Record, id: Id) -> Ops {
    match record.action(id) {
        Some(_) => Ok(vec![Op::DeleteAction { id }]),
        None => unknown("card", id),
    }
}

fn strategy_of(record: &Record, id: Id) -> Result<&Strategy, Refusal> {
    match record.strategy(id) {
        Some(s) => Ok(s),
        None => unknown("strategy", id),
    }
}

/// Adds a strategy as the `column`-th column after Unsorted (the last when past the end).
/// Returns the ops and the new strategy's column on the board.
pub fn add_strategy(
    record: &Record,
    name: &str,
    column: usize,
) -> Result<(Vec<Op>, usize), Refusal> {
    let name = name.trim();
    if name.is_empty() {
        return refuse("a strategy needs a name");
    }
    let index = column.min(record.strategies.len());
    let op = Op::AddStrategy {
        id: record.fresh_id(),
        name: name.to_owned(),
        index,
    };
    Ok((vec![op], index + 1))
}

/// Renames a strategy.
pub fn rename_strategy(record: &Record, id: Id, name: &str) -> Ops {
    strategy_of(record, id)?;
    Ok(vec![Op::RenameStrategy {
        id,
        name: name.to_owned(),
    }])
}

/// Moves a strategy one column left (or right); at an edge it stays (no ops). Returns the ops
/// and its column after them.
pub fn move_strategy(record: &Record, id: Id, left: bool) -> Result<(Vec<Op>, usize), Refusal> {
    let Some(index) = record.strategies.iter().position(|s| s.id == id) else {
        return unknown("strategy", id);
    };
    let target = if left {
        index.checked_sub(1)
    } else {
        Some(index + 1).filter(|&t| t < record.strategies.len())
    };
    match target {
        Some(target) => Ok((vec![Op::MoveStrategy { id, index: target }], target + 1)),
        // The first strategy stays first, the last stays last, quietly.
        None => Ok((Vec::new(), index + 1)),
    }
}

/// The strategies the one in focus (`None` on Unsorted) can merge into.
pub fn merge_strategy_targets(
    record: &Record,
    from: Option<Id>,
) -> Result<Vec<&Strategy>, Refusal> {
    let Some(from) = from else {
        return refuse("Unsorted is not a strategy; focus a strategy to merge it");
    };
    strategy_of(record, from)?;
    let targets: Vec<&Strategy> = record.strategies.iter().filter(|s| s.id != from).collect();
    if targets.is_empty() {
        return refuse("there is no other strategy to merge into");
    }
    Ok(targets)
}

/// Merges strategy `from` into `into`: its cards go to the bottom of `into`.
pub fn merge_strategies(record: &Record, from: Id, into: Id) -> Ops {
    if from == into {
        return refuse("a strategy cannot be merged into itself");
    }
    strategy_of(record, from)?;
    strategy_of(record, into)?;
    Ok(vec![Op::MergeStrategies { from, into }])
}

/// Deletes a strategy; its cards go to Unsorted, and undo brings it back.
pub fn delete_strategy(record: &Record, id: Option<Id>) -> Ops {
    let Some(id) = id else {
        return refuse("Unsorted is not a strategy; focus a strategy to delete it");
    };
    strategy_of(record, id)?;
    Ok(vec![Op::DeleteStrategy { id }])
}
