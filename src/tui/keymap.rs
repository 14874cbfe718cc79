//! Keys to actions, per view. The bindings in [`BINDINGS`] are the only place a key meets
//! its meaning; help and footer read the same table.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

/// Where a binding applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// Everywhere on the meeting screen.
    Global,
    /// The Notes tab.
    Notes,
    /// The Proposals tab.
    Proposals,
    /// The Resolutions tab.
    Resolutions,
    /// The strategy board.
    Board,
    /// The speaker queue.
    Speakers,
}

/// One key binding: a key with its modifiers, its label in help, and its action.
pub struct Binding {
    /// Where it applies.
    pub context: Context,
    /// The key.
    pub code: KeyCode,
    /// Modifiers that must be held (Shift is implied by upper-case characters).
    pub modifiers: KeyModifiers,
    /// How help shows the key.
    pub label: &'static str,
    /// What it does.
    pub action: Action,
}

const fn key(context: Context, code: KeyCode, label: &'static str, action: Action) -> Binding {
    Binding {
        context,
        code,
        modifiers: KeyModifiers::NONE,
        label,
        action,
    }
}

const fn ctrl(context: Context, c: char, label: &'static str, action: Action) -> Binding {
    Binding {
        context,
        code: KeyCode::Char(c),
        modifiers: KeyModifiers::CONTROL,
        label,
        action,
    }
}

use Context::{Board, Global, Notes, Proposals, Resolutions, Speakers};
use KeyCode::{BackTab, Char, Delete, Down, Enter, Left, Right, Tab, Up};

/// Every binding of the meeting screen. Earlier entries win when a key is bound twice in
/// overlapping contexts, so view bindings come first.
pub const BINDINGS: &[Binding] = &[
    key(Notes, Char('e'), "e", Action::Edit),
    key(Notes, Enter, "Enter", Action::Edit),
    key(Notes, Char('d'), "d", Action::Delete),
    key(Notes, Delete, "Del", Action::Delete),
    key(Proposals, Char('a'), "a", Action::AddProposal),
    key(Proposals, Char('e'), "e", Action::Edit),
    key(Proposals, Char('h'), "h ←", Action::Left),
    key(Proposals, Left, "←", Action::Left),
    key(Proposals, Char('l'), "l →", Action::Right),
    key(Proposals, Right, "→", Action::Right),
    key(Proposals, Char('0'), "0-5", Action::Score(0)),
    key(Proposals, Char('1'), "1", Action::Score(1)),
    key(Proposals, Char('2'), "2", Action::Score(2)),
    key(Proposals, Char('3'), "3", Action::Score(3)),
    key(Proposals, Char('4'), "4", Action::Score(4)),
    key(Proposals, Char('5'), "5", Action::Score(5)),
    key(Proposals, Char('x'), "x", Action::ClearScore),
    key(Proposals, Char('+'), "+", Action::DotUp),
    key(Proposals, Char('='), "=", Action::DotUp),
    key(Proposals, Char('-'), "-", Action::DotDown),
    key(Proposals, Char('s'), "s", Action::SelectProposal),
    key(Proposals, Char('p'), "p", Action::ParkProposal),
    key(Proposals, Char('m'), "m", Action::MergeProposal),
    key(Proposals, Char('o'), "o", Action::ReopenProposal),
    key(Proposals, Char('d'), "d", Action::Delete),
    key(Resolutions, Char('a'), "a", Action::AddResolution),
    key(Resolutions, Char('e'), "e", Action::Edit),
    key(Resolutions, Enter, "Enter", Action::Edit),
    key(Resolutions, Char('s'), "s", Action::CycleStatus),
    key(Resolutions, Char('v'), "v", Action::RecordVote),
    key(Resolutions, Char('c'), "c", Action::Consensus),
    key(Resolutions, Char('p'), "p", Action::LinkProposal),
    key(Resolutions, Char('t'), "t", Action::LinkActions),
    key(Resolutions, Char('d'), "d", Action::Delete),
    key(Board, Char('a'), "a", Action::AddCard),
    key(Board, Char('e'), "e", Action::Edit),
    key(Board, Enter, "Enter", Action::Edit),
    key(Board, Char('d'), "d", Action::Delete),
    key(Board, Delete, "Del", Action::Delete),
    key(Board, Char('h'), "h ←", Action::Left),
    key(Board, Left, "←", Action::Left),
    key(Board, Char('l'), "l →", Action::Right),
    key(Board, Right, "→", Action::Right),
    key(Board, Char('H'), "H", Action::CardLeft),
    key(Board, Char('L'), "L", Action::CardRight),
    key(Board, Char('K'), "K", Action::CardUp),
    key(Board, Char('J'), "J", Action::CardDown),
    key(Board, Char('s'), "s", Action::AddStrategy),
    key(Board, Char('r'), "r", Action::RenameStrategy),
    key(Board, Char('('), "(", Action::StrategyLeft),
    key(Board, Char(')'), ")", Action::StrategyRight),
    key(Board, Char('m'), "m", Action::MergeStrategy),
    key(Board, Char('X'), "X", Action::DeleteStrategy),
    key(Speakers, Char('a'), "a", Action::RaiseHand),
    key(Speakers, Char('x'), "x", Action::LowerHand),
    key(Speakers, Char('d'), "d", Action::LowerHand),
    key(Speakers, Enter, "Enter", Action::NextSpeaker),
    key(Speakers, Char('s'), "s", Action::EndTurn),
    key(Speakers, Char('o'), "o", Action::ToggleProgressive),
    key(Speakers, Char('g'), "g", Action::CycleGrouping),
    key(Global, Char('n'), "n", Action::NewNote),
    key(Global, Char('k'), "k ↑", Action::Up),
    key(Global, Up, "↑", Action::Up),
    key(Global, Char('j'), "j ↓", Action::Down),
    key(Global, Down, "↓", Action::Down),
    key(Global, Tab, "Tab", Action::NextTab),
    key(Global, BackTab, "S-Tab", Action::PrevTab),
    key(Global, Char('N'), "N", Action::NotesTab),
    key(Global, Char('P'), "P", Action::ProposalsTab),
    key(Global, Char('R'), "R", Action::ResolutionsTab),
    key(Global, Char('B'), "B", Action::BoardTab),
    key(Global, Char('Q'), "Q", Action::SpeakersTab),
    key(Global, Char('W'), "W", Action::Projector),
    key(Global, KeyCode::F(5), "F5", Action::Projector),
    key(Global, Char('T'), "T", Action::NextTheme),
    key(Global, Char('O'), "O", Action::Outcomes),
    key(Global, Char('/'), "/", Action::Filter),
    key(Global, Char(']'), "]", Action::NextSession),
    key(Global, Char('['), "[", Action::PrevSession),
    key(Global, Char(' '), "Space", Action::StartPause),
    key(Global, Char('E'), "E", Action::EndSession),
    key(Global, Char('S'), "S", Action::SkipSession),
    key(Global, Char('A'), "A", Action::AddSession),
    key(Global, Char('K'), "K", Action::MoveEarlier),
    key(Global, Char('J'), "J", Action::MoveLater),
    key(Global, Char('>'), ">", Action::Lengthen),
    key(Global, Char('<'), "<", Action::Shorten),
    key(Global, Char('|'), "|", Action::Split),
    key(Global, Char('u'), "u", Action::Undo),
    ctrl(Global, 'r', "C-r", Action::Redo),
    key(Global, Char('?'), "?", Action::Help),
    key(Global, Char('q'), "q", Action::Quit),
];

/// The action a key means in `context`, if any.
pub fn action_for(context: Context, event: KeyEvent) -> Option<Action> {
    // Terminals disagree on whether Shift comes with upper-case letters and symbols; the
    // character itself already says it, so Shift is ignored for characters.
    let modifiers = match event.code {
        Char(_) => event.modifiers - KeyModifiers::SHIFT,
        _ => event.modifiers,
    };
    BINDINGS
        .iter()
        .filter(|b| b.context == context || b.context == Global)
        .find(|b| b.code == event.code && b.modifiers == modifiers)
        .map(|b| b.action)
}

/// The bindings help shows for `context`: its own first, then the global ones, each action
/// once with all its keys.
pub fn help_rows(context: Context) -> Vec<(String, Action)> {
    let mut rows: Vec<(String, Action)> = Vec::new();
    let overridden = |g: &Binding| {
        g.context == Global
            && BINDINGS
                .iter()
                .any(|b| b.context == context && b.code == g.code && b.modifiers == g.modifiers)
    };
    for wanted in [context, Global] {
        for b in BINDINGS
            .iter()
            .filter(|b| b.context == wanted && !overridden(b))
        {
            let same = |a: Action| match (a, b.action) {
                (Action::Score(_), Action::Score(_)) => true,
                (a, other) => a == other,
            };
            match rows.iter_mut().find(|(_, a)| same(*a)) {
                Some((keys, _)) if !matches!(b.action, Action::Score(_)) => {
                    if !keys.split(' ').any(|k| k == b.label) {
                        keys.push(' ');
                        keys.push_str(b.label);
                    }
                }
                Some(_) => {}
                None => rows.push((b.label.to_owned(), b.action)),
            }
        }
    }
    rows
}
