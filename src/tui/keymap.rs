//! The one command table: every key in every context, with the command it gives and that
//! command's name and description there. Key handlers dispatch through `command_for`; the
//! help overlay ([`help`]) and the footer hints (`hints`) read the same rows, so help can
//! never drift from behaviour.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{
    Action, Command, ConfirmCommand, EditorCommand, FollowerCommand, HelpCommand, PickerCommand,
    PromptCommand, QrCommand, SpeakerCommand,
};
use super::overlay::{Confirm, Field, Overlay};
use crate::lang::{Labels, Language};

mod words;

/// Where a key is pressed: a tab of the meeting screen (whose keys add to the global ones),
/// an overlay, the QR screen or the follower. The projector view takes the keys of the tab it
/// shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Context {
    /// Every tab of the meeting screen.
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
    /// The help overlay.
    Help,
    /// The note editor's text.
    Editor,
    /// The note editor's speaker field.
    Speaker,
    /// A one-line prompt.
    Prompt,
    /// A picker of one item.
    Picker,
    /// A picker of several items.
    PickerMany,
    /// A picker narrowed by typing a name.
    PickerNames,
    /// A yes/no question.
    Confirm,
    /// The question asked when changes could not be written: yes, no or save a copy.
    ConfirmUnsaved,
    /// The QR screen.
    Qr,
    /// `plenary present`.
    Follower,
}

impl Context {
    /// Whether this is a tab of the meeting screen, which also takes the global keys.
    pub fn is_tab(self) -> bool {
        matches!(
            self,
            Context::Notes
                | Context::Proposals
                | Context::Resolutions
                | Context::Board
                | Context::Speakers
        )
    }

    /// The context of an open overlay.
    pub(crate) fn of_overlay(overlay: &Overlay) -> Context {
        match overlay {
            Overlay::Help => Context::Help,
            Overlay::Editor(e) if e.field == Field::Speaker => Context::Speaker,
            Overlay::Editor(_) => Context::Editor,
            Overlay::Prompt(_) => Context::Prompt,
            Overlay::Picker(p) if p.typed() => Context::PickerNames,
            Overlay::Picker(p) if p.multiple() => Context::PickerMany,
            Overlay::Picker(_) => Context::Picker,
            Overlay::Confirm(Confirm::QuitUnsaved(_)) => Context::ConfirmUnsaved,
            Overlay::Confirm(_) => Context::Confirm,
        }
    }

    /// Whether a key here may carry modifiers its row does not name (Ctrl-Enter saves as
    /// Enter does): true outside the meeting screen's tabs, where every letter is a command
    /// of its own and Ctrl with a letter means nothing.
    fn loose(self) -> bool {
        !self.is_tab() && self != Context::Global
    }
}

/// A key as the table names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// One key with the modifiers that must be held (Shift is implied by an upper-case
    /// character).
    Press(KeyCode, KeyModifiers),
    /// Any character typed without Control: text for a name.
    Text,
    /// Any key the context binds to nothing else.
    Other,
}

impl Key {
    /// How help shows the key in `labels`' language: the keys' own names stay as they are
    /// printed on the keyboard; "type" and "any key" are words.
    pub fn label_in(self, labels: &Labels) -> String {
        match self {
            Key::Text => words::say(labels, "type"),
            Key::Other => words::say(labels, "any key"),
            Key::Press(..) => self.label(),
        }
    }

    /// How help shows the key.
    pub fn label(self) -> String {
        let Key::Press(code, modifiers) = self else {
            return match self {
                Key::Text => "type".into(),
                _ => "any key".into(),
            };
        };
        let mut label = String::new();
        for (held, prefix) in [
            (KeyModifiers::CONTROL, "C-"),
            (KeyModifiers::ALT, "Alt-"),
            (KeyModifiers::SHIFT, "S-"),
        ] {
            if modifiers.contains(held) {
                label.push_str(prefix);
            }
        }
        label.push_str(&match code {
            KeyCode::Char(' ') => "Space".into(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "S-Tab".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Delete => "Del".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        });
        label
    }
}

/// One row of the table: keys, the command they give in some contexts, and what help says.
pub struct Binding {
    /// Where the row applies.
    pub contexts: &'static [Context],
    /// The keys, the first one the footer shows.
    pub keys: &'static [Key],
    /// What the keys give.
    pub command: Command,
    /// The short name the footer and the narrow help show.
    pub name: &'static str,
    /// One line on what it does there, for help.
    pub description: &'static str,
    /// How help shows the keys, when joining their labels would not do (0 to 5).
    pub label: Option<&'static str>,
}

impl Binding {
    /// How help shows the keys, in `labels`' language.
    fn keys_label(&self, labels: &Labels, keys: &[Key]) -> String {
        match self.label {
            Some(label) => label.to_owned(),
            None => keys
                .iter()
                .map(|k| k.label_in(labels))
                .collect::<Vec<_>>()
                .join(" "),
        }
    }

    /// The short name in `labels`' language.
    pub fn name_in(&self, labels: &Labels) -> String {
        words::say(labels, self.name)
    }

    /// The description in `labels`' language.
    pub fn description_in(&self, labels: &Labels) -> String {
        words::say(labels, self.description)
    }
}

const fn row(
    contexts: &'static [Context],
    keys: &'static [Key],
    command: Command,
    name: &'static str,
    description: &'static str,
) -> Binding {
    Binding {
        contexts,
        keys,
        command,
        name,
        description,
        label: None,
    }
}

const fn k(c: char) -> Key {
    Key::Press(KeyCode::Char(c), KeyModifiers::NONE)
}

const fn press(code: KeyCode) -> Key {
    Key::Press(code, KeyModifiers::NONE)
}

const fn ctrl(c: char) -> Key {
    Key::Press(KeyCode::Char(c), KeyModifiers::CONTROL)
}

const fn screen(action: Action) -> Command {
    Command::Screen(action)
}

use Context::{
    Board, Follower, Global, Notes, Picker, PickerMany, PickerNames, Proposals, Qr, Resolutions,
    Speaker, Speakers,
};
use KeyCode::{BackTab, Backspace, Delete, Down, Enter, Esc, Left, PageDown, PageUp, Right, Up};

const SCORE: Binding = Binding {
    label: Some("0-5"),
    ..row(
        &[Proposals],
        &[k('0'), k('1'), k('2'), k('3'), k('4'), k('5')],
        screen(Action::Score(0)),
        "score",
        "score the selected criterion 0 to 5",
    )
};

const SEND_CARD: Binding = Binding {
    label: Some("0-9"),
    ..row(
        &[Board],
        &[
            k('0'),
            k('1'),
            k('2'),
            k('3'),
            k('4'),
            k('5'),
            k('6'),
            k('7'),
            k('8'),
            k('9'),
        ],
        screen(Action::CardTo(0)),
        "send card",
        "send the card under the cards of column 0-9 (0 Unsorted, as numbered); focus stays here",
    )
};

const CTRL_C: &[Key] = &[ctrl('c')];

/// The rows of the meeting screen's tabs and of the whole screen.
#[rustfmt::skip]
const SCREEN: &[Binding] = &[
    row(&[Notes], &[k('e'), press(Enter)], screen(Action::Edit), "edit", "edit the selected item"),
    row(&[Notes], &[k('d'), press(Delete)], screen(Action::Delete), "delete", "delete the selected item (u brings it back)"),
    row(&[Notes], &[k('}')], screen(Action::NextItem), "next agenda item", "take up the next agenda item of the session: captures attach to it"),
    row(&[Notes, Proposals, Resolutions, Board], &[k('M')], screen(Action::MoveToSession), "to session", "file the selected item under another session (a note typed in the break)"),
    row(&[Notes], &[k('{')], screen(Action::PrevItem), "previous agenda item", "go back to the previous agenda item (before the first: none)"),
    row(&[Proposals], &[k('a')], screen(Action::AddProposal), "add proposal", "add a proposal"),
    row(&[Proposals], &[k('e')], screen(Action::Edit), "edit", "edit the selected item"),
    row(&[Proposals], &[k('h'), press(Left)], screen(Action::Left), "left", "select the criterion to the left"),
    row(&[Proposals], &[k('l'), press(Right)], screen(Action::Right), "right", "select the criterion to the right"),
    SCORE,
    row(&[Proposals], &[k('x')], screen(Action::ClearScore), "clear score", "clear the selected score"),
    row(&[Proposals], &[k('+'), k('=')], screen(Action::DotUp), "+dot", "add a dot vote"),
    row(&[Proposals], &[k('-')], screen(Action::DotDown), "−dot", "take a dot vote off"),
    row(&[Proposals], &[k('s')], screen(Action::SelectProposal), "select", "select the proposal: the meeting takes it up (with which option, when it has options)"),
    row(&[Proposals], &[k('w')], screen(Action::WordDecision), "select in words", "select it in the meeting's own words (\"affirmed as the basis of our work\")"),
    row(&[Proposals], &[k('p')], screen(Action::ParkProposal), "park", "park it: it continues as existing work"),
    row(&[Proposals], &[k('m')], screen(Action::MergeProposal), "merge", "merge it into another proposal"),
    row(&[Proposals], &[k('o')], screen(Action::ReopenProposal), "reopen", "reopen a decided proposal"),
    row(&[Proposals], &[k('d')], screen(Action::Delete), "delete", "delete the selected item (u brings it back)"),
    row(&[Resolutions], &[k('a')], screen(Action::AddResolution), "add resolution", "record a new resolution"),
    row(&[Resolutions], &[k('e'), press(Enter)], screen(Action::Edit), "edit", "edit the selected item"),
    row(&[Resolutions], &[k('s')], screen(Action::CycleStatus), "status", "cycle status: proposed, adopted, rejected, deferred"),
    row(&[Resolutions], &[k('v')], screen(Action::RecordVote), "vote", "record the vote: for, against, abstain (a count may be over N or about N)"),
    row(&[Resolutions], &[k('b')], screen(Action::RecordElection), "election", "record it as an election: 2 seats: Ana 20, Ben 14, Cy 3; blank 1; elected Ana, Ben"),
    row(&[Resolutions], &[k('m')], screen(Action::Method), "method", "how the room decided: a vote, consensus, hands, sense of the room, the chair, later, an election"),
    row(&[Resolutions], &[k('c')], screen(Action::Consensus), "consensus", "record it as decided by consensus"),
    row(&[Resolutions], &[k('p')], screen(Action::LinkProposal), "link proposal", "link the proposal it settles"),
    row(&[Resolutions], &[k('t')], screen(Action::LinkActions), "link actions", "link the actions that follow from it"),
    row(&[Resolutions], &[k('d')], screen(Action::Delete), "delete", "delete the selected item (u brings it back)"),
    row(&[Board], &[k('a')], screen(Action::AddCard), "add card", "add an action card (Name to … by YYYY-MM-DD sets owner and due)"),
    row(&[Board], &[k('e'), press(Enter)], screen(Action::Edit), "edit", "edit the selected item"),
    row(&[Board], &[k('d'), press(Delete)], screen(Action::Delete), "delete", "delete the selected item (u brings it back)"),
    row(&[Board], &[k('h'), press(Left)], screen(Action::Left), "left", "focus the column to the left"),
    row(&[Board], &[k('l'), press(Right)], screen(Action::Right), "right", "focus the column to the right"),
    row(&[Board], &[k('H')], screen(Action::CardLeft), "card left", "move the card to the column on the left"),
    row(&[Board], &[k('L')], screen(Action::CardRight), "card right", "move the card to the column on the right"),
    SEND_CARD,
    row(&[Board], &[k('K')], screen(Action::CardUp), "card up", "move the card up its column"),
    row(&[Board], &[k('J')], screen(Action::CardDown), "card down", "move the card down its column"),
    row(&[Board], &[k('s')], screen(Action::AddStrategy), "new strategy", "create a strategy at the right end (the card in focus keeps it)"),
    row(&[Board], &[k('r')], screen(Action::RenameStrategy), "rename strategy", "rename this strategy"),
    row(&[Board], &[k('(')], screen(Action::StrategyLeft), "strategy left", "move this strategy one column left"),
    row(&[Board], &[k(')')], screen(Action::StrategyRight), "strategy right", "move this strategy one column right"),
    row(&[Board], &[k('m')], screen(Action::MergeStrategy), "merge strategy", "merge this strategy into another"),
    row(&[Board], &[k('c')], screen(Action::CardStatus), "card status", "follow the card up: open, in progress, done, dropped (set as of today)"),
    row(&[Board], &[k('X')], screen(Action::DeleteStrategy), "delete strategy", "delete this strategy; its cards go back to Unsorted"),
    row(&[Speakers], &[k('a')], screen(Action::RaiseHand), "raise hand", "raise a hand: pick a participant, or type a name"),
    row(&[Speakers], &[k('x'), k('d')], screen(Action::LowerHand), "lower hand", "lower the selected hand"),
    row(&[Speakers], &[press(Enter)], screen(Action::NextSpeaker), "next speaker", "give the floor to whoever is next up"),
    row(&[Speakers], &[k('s')], screen(Action::EndTurn), "end turn", "end the turn under way"),
    row(&[Speakers], &[k('o')], screen(Action::ToggleProgressive), "progressive", "progressive ordering: who spoke least goes first"),
    row(&[Speakers], &[k('g')], screen(Action::CycleGrouping), "group chart", "chart speaking time by person, organisation, region, gender"),
    row(&[Global], &[k('n')], screen(Action::NewNote), "note", "new note in the current session (prefixes route it: action:, proposal:, resolution:, q:, key:, \"…\" — Name)"),
    row(&[Global], &[k('k'), press(Up)], screen(Action::Up), "up", "select the item above"),
    row(&[Global], &[k('j'), press(Down)], screen(Action::Down), "down", "select the item below"),
    row(&[Global], &[press(KeyCode::Tab)], screen(Action::NextTab), "next tab", "show the next tab"),
    row(&[Global], &[press(BackTab)], screen(Action::PrevTab), "previous tab", "show the previous tab"),
    row(&[Global], &[k('N')], screen(Action::NotesTab), "notes", "show the notes of the current session"),
    row(&[Global], &[k('P')], screen(Action::ProposalsTab), "proposals", "show the proposal matrix"),
    row(&[Global], &[k('R')], screen(Action::ResolutionsTab), "resolutions", "show the resolutions"),
    row(&[Global], &[k('B')], screen(Action::BoardTab), "board", "show the strategy board"),
    row(&[Global], &[k('Q')], screen(Action::SpeakersTab), "speakers", "show the speaker queue and speaking time"),
    row(&[Global], &[k('W'), press(KeyCode::F(5))], screen(Action::Projector), "projector", "switch to the projector view and back (big type, no hints)"),
    row(&[Global], &[k('T')], screen(Action::NextTheme), "theme", "next theme: terminal, projector dark, projector light"),
    row(&[Global], &[k('O')], screen(Action::Outcomes), "QR codes", "show the outcomes as QR codes to scan, full screen"),
    row(&[Global], &[k('I')], screen(Action::Room), "room", "who has joined the room: hand the facilitator's role, take it back, revoke a laptop"),
    row(&[Global], &[k('/')], screen(Action::Filter), "filter", "type a filter: the board dims, notes hide what does not match (empty clears)"),
    row(&[Global], &[press(Esc)], Command::ClearFilter, "clear filter", "clear the filter"),
    row(&[Global], &[k(']')], screen(Action::NextSession), "next session", "go to the next session"),
    row(&[Global], &[k('[')], screen(Action::PrevSession), "previous session", "go to the previous session"),
    row(&[Global], &[k('G')], screen(Action::ChooseGroup), "group", "capture into a working group running in parallel, or back to the room's session"),
    row(&[Global], &[k(' ')], screen(Action::StartPause), "start/pause", "start, pause or resume the current session"),
    row(&[Global], &[k('E')], screen(Action::EndSession), "end session", "end the current session"),
    row(&[Global], &[k('S')], screen(Action::SkipSession), "skip session", "skip the current session"),
    row(&[Global], &[k('A')], screen(Action::AddSession), "add session", "add a session after the current one: its title, minutes and kind"),
    row(&[Global], &[k('K')], screen(Action::MoveEarlier), "move earlier", "move the current session one place earlier"),
    row(&[Global], &[k('J')], screen(Action::MoveLater), "move later", "move the current session one place later"),
    row(&[Global], &[k('>')], screen(Action::Lengthen), "+5 min", "lengthen the current session by 5 minutes"),
    row(&[Global], &[k('<')], screen(Action::Shorten), "−5 min", "shorten the current session by 5 minutes"),
    row(&[Global], &[k('|')], screen(Action::Split), "split", "split the current session into two halves, naming each"),
    row(&[Global], &[k('$')], screen(Action::RenameSession), "rename session", "rename the current session"),
    row(&[Global], &[k('C')], screen(Action::HeldTimes), "held times", "give the current session the times it was held (typed up later, or a clock not started)"),
    row(&[Global], &[k('Y')], screen(Action::SessionKind), "session kind", "change the current session's kind: talk, discussion, break…"),
    row(&[Global], &[k('@')], screen(Action::SessionLeads), "session leads", "change who leads the current session"),
    row(&[Global], &[k('D')], screen(Action::RemoveSession), "remove session", "remove the current session, if it has not run and holds nothing"),
    row(&[Global], &[k('u')], screen(Action::Undo), "undo", "take back the last change"),
    row(&[Global], &[ctrl('r')], screen(Action::Redo), "redo", "put back the last change taken back"),
    row(&[Global], &[k('?')], screen(Action::Help), "help", "show every key of this view"),
    row(&[Global], &[k('q'), ctrl('c')], screen(Action::Quit), "quit", "quit (asks first if changes could not be written, and offers to save a copy)"),
];

const EDITOR: &[Context] = &[Context::Editor];
const PICKERS: &[Context] = &[Picker, PickerMany, PickerNames];
const CONFIRMS: &[Context] = &[Context::Confirm, Context::ConfirmUnsaved];

/// The rows of the overlays, the QR screen and the follower.
#[rustfmt::skip]
const ELSEWHERE: &[Binding] = &[
    row(&[Context::Help], CTRL_C, Command::Help(HelpCommand::Quit), "quit", "quit"),
    row(&[Context::Help], &[Key::Other], Command::Help(HelpCommand::Close), "closes help", "close help"),
    row(EDITOR, &[press(Enter)], Command::Editor(EditorCommand::Save), "save", "save the note; a new note's editor stays open for the next"),
    row(EDITOR, &[Key::Press(Enter, KeyModifiers::ALT), Key::Press(Enter, KeyModifiers::SHIFT)], Command::Editor(EditorCommand::NewLine), "new line", "start a new line in the note"),
    row(EDITOR, &[press(KeyCode::Tab)], Command::Editor(EditorCommand::Speaker), "speaker", "pick the speaker: type a few letters of the name"),
    row(EDITOR, &[ctrl('t')], Command::Editor(EditorCommand::CycleKind), "kind", "file the note as a note, key point, question or quote"),
    row(EDITOR, &[press(Esc)], Command::Editor(EditorCommand::Close), "close", "close the editor (asks first if typed text would be lost)"),
    row(&[Context::Editor, Speaker], CTRL_C, Command::Editor(EditorCommand::Quit), "quit", "quit (asks first if typed text would be lost)"),
    row(EDITOR, &[Key::Other], Command::Editor(EditorCommand::Type), "edit", "type the note; arrows, Home, End, Backspace and Del edit it"),
    row(&[Speaker], &[Key::Text], Command::Speaker(SpeakerCommand::Type), "a name", "type the speaker's name: the list narrows to who matches"),
    row(&[Speaker], &[press(Backspace)], Command::Speaker(SpeakerCommand::Erase), "erase", "take the last letter off the name"),
    row(&[Speaker], &[press(Up)], Command::Speaker(SpeakerCommand::Up), "choose", "highlight the participant above"),
    row(&[Speaker], &[press(Down)], Command::Speaker(SpeakerCommand::Down), "choose", "highlight the participant below"),
    row(&[Speaker], &[press(Enter)], Command::Speaker(SpeakerCommand::Pick), "pick", "take the highlighted participant, or the name as typed"),
    row(&[Speaker], &[press(Esc), press(KeyCode::Tab)], Command::Speaker(SpeakerCommand::Back), "back to the text", "go back to the text, speaker unchanged"),
    row(&[Context::Prompt], &[press(Enter)], Command::Prompt(PromptCommand::Confirm), "confirm", "take the answer"),
    row(&[Context::Prompt], &[press(Esc)], Command::Prompt(PromptCommand::Cancel), "cancel", "close the question, changing nothing"),
    row(&[Context::Prompt], &[ctrl('u')], Command::Prompt(PromptCommand::Clear), "clear", "clear the answer, the quick way past a suggestion"),
    row(&[Context::Prompt], CTRL_C, Command::Prompt(PromptCommand::Quit), "quit", "quit"),
    row(&[Context::Prompt], &[Key::Other], Command::Prompt(PromptCommand::Type), "edit", "type the answer; arrows, Home, End, Backspace and Del edit it"),
    row(&[Picker, PickerMany], &[press(Up), k('k')], Command::Picker(PickerCommand::Up), "move", "highlight the item above"),
    row(&[Picker, PickerMany], &[press(Down), k('j')], Command::Picker(PickerCommand::Down), "move", "highlight the item below"),
    row(&[PickerNames], &[press(Up)], Command::Picker(PickerCommand::Up), "move", "highlight the name above"),
    row(&[PickerNames], &[press(Down)], Command::Picker(PickerCommand::Down), "move", "highlight the name below"),
    row(&[PickerNames], &[Key::Text], Command::Picker(PickerCommand::Type), "a name", "type a name: the list narrows to who matches"),
    row(&[PickerNames], &[press(Backspace)], Command::Picker(PickerCommand::Erase), "erase", "take the last letter off the name"),
    row(&[PickerMany], &[k(' ')], Command::Picker(PickerCommand::Tick), "tick", "tick or untick the highlighted item"),
    row(&[Picker, PickerNames], &[press(Enter)], Command::Picker(PickerCommand::Choose), "choose", "take the highlighted item (a name not on the list as typed)"),
    row(&[PickerMany], &[press(Enter)], Command::Picker(PickerCommand::Choose), "keep", "keep the ticked items"),
    row(PICKERS, &[press(Esc)], Command::Picker(PickerCommand::Cancel), "cancel", "close the list, changing nothing"),
    row(PICKERS, CTRL_C, Command::Picker(PickerCommand::Quit), "quit", "quit"),
    row(CONFIRMS, &[k('y'), k('Y'), ctrl('c')], Command::Confirm(ConfirmCommand::Yes), "yes", "yes"),
    row(CONFIRMS, &[k('n'), k('N'), press(Esc)], Command::Confirm(ConfirmCommand::No), "no", "no"),
    row(&[Context::ConfirmUnsaved], &[k('c')], Command::Confirm(ConfirmCommand::SaveCopy), "copy", "save a copy of the record in another folder first"),
    row(&[Qr], &[press(Left), k('h'), k('p'), press(PageUp)], Command::Qr(QrCommand::PrevPart), "parts", "show the previous part"),
    row(&[Qr], &[press(Right), k('l'), k(' '), k('n'), press(PageDown)], Command::Qr(QrCommand::NextPart), "parts", "show the next part"),
    row(&[Qr], &[k('s')], Command::Qr(QrCommand::Scope), "session or meeting", "switch between this session's outcomes and the whole meeting's"),
    row(&[Qr], &[press(Esc), k('q'), k('O')], Command::Qr(QrCommand::Close), "close", "close the QR screen"),
    row(&[Qr], CTRL_C, Command::Qr(QrCommand::Quit), "quit", "quit"),
    row(&[Follower], &[k('q'), press(Esc), ctrl('c')], Command::Follower(FollowerCommand::Close), "stop", "stop following; the record is untouched"),
    row(&[Follower], &[k('T')], Command::Follower(FollowerCommand::NextTheme), "theme", "next theme: terminal, projector dark, projector light"),
];

/// Every row of the table, each context's own rows before the global ones.
fn bindings() -> impl Iterator<Item = &'static Binding> {
    SCREEN.iter().chain(ELSEWHERE)
}

/// The rows of `context` itself, without the global ones.
fn own(context: Context) -> impl Iterator<Item = &'static Binding> {
    bindings().filter(move |b| b.contexts.contains(&context))
}

/// The rows a key in `context` is looked up in: its own, then (on a tab) the global ones.
fn reachable(context: Context) -> impl Iterator<Item = &'static Binding> {
    let global = context.is_tab();
    bindings()
        .filter(move |b| b.contexts.contains(&context) || (global && b.contexts.contains(&Global)))
}

/// The key as the table would write it: terminals disagree on whether Shift comes with
/// upper-case letters and symbols, and the character already says it.
fn normal(event: KeyEvent) -> Key {
    let modifiers = match event.code {
        KeyCode::Char(_) => event.modifiers - KeyModifiers::SHIFT,
        _ => event.modifiers,
    };
    Key::Press(event.code, modifiers)
}

/// The command a key gives in `context`, if any.
pub(crate) fn command_for(context: Context, event: KeyEvent) -> Option<Command> {
    let pressed = normal(event);
    let Key::Press(code, modifiers) = pressed else {
        return None;
    };
    let exact = reachable(context).find(|b| b.keys.contains(&pressed));
    // Where modifiers may be loose, the row naming most of the held ones wins.
    let loose = || {
        let mut best: Option<(u32, &Binding)> = None;
        for b in reachable(context) {
            for key in b.keys {
                if let Key::Press(c, m) = *key
                    && c == code
                    && modifiers.contains(m)
                    && best.is_none_or(|(n, _)| m.bits().count_ones() > n)
                {
                    best = Some((m.bits().count_ones(), b));
                }
            }
        }
        best.map(|(_, b)| b)
    };
    let text = matches!(code, KeyCode::Char(_)) && !modifiers.contains(KeyModifiers::CONTROL);
    let found = exact
        .or_else(|| context.loose().then(loose).flatten())
        .or_else(|| {
            text.then(|| reachable(context).find(|b| b.keys.contains(&Key::Text)))
                .flatten()
        })
        .or_else(|| reachable(context).find(|b| b.keys.contains(&Key::Other)))?;
    Some(match (found.command, code) {
        // The score row's digit is the score.
        (Command::Screen(Action::Score(_)), KeyCode::Char(c)) => c
            .to_digit(10)
            .and_then(|d| u8::try_from(d).ok())
            .map_or(found.command, |d| screen(Action::Score(d))),
        // The send row's digit is the column.
        (Command::Screen(Action::CardTo(_)), KeyCode::Char(c)) => c
            .to_digit(10)
            .and_then(|d| usize::try_from(d).ok())
            .map_or(found.command, |d| screen(Action::CardTo(d))),
        (command, _) => command,
    })
}

/// One line of help: the keys as shown, and the row they come from.
pub struct HelpRow {
    /// The keys that reach the row here.
    pub keys: Vec<Key>,
    /// The keys, as help shows them.
    pub label: String,
    /// The key the footer shows.
    pub first: String,
    /// The row.
    pub binding: &'static Binding,
}

impl HelpRow {
    fn new(labels: &Labels, binding: &'static Binding, keys: &[Key]) -> HelpRow {
        let first = match (binding.label, keys.first()) {
            (Some(label), _) => label.to_owned(),
            (None, Some(key)) => key.label_in(labels),
            (None, None) => String::new(),
        };
        HelpRow {
            keys: keys.to_vec(),
            label: binding.keys_label(labels, keys),
            first,
            binding,
        }
    }
}

/// The help of `context`, its keys as English names them: see [`help_in`].
pub fn help(context: Context) -> Vec<HelpRow> {
    help_in(Language::English.labels(), context)
}

/// The help of `context`, its keys named in `labels`' language: its own rows first, then (on
/// a tab) the global ones, each with the keys that reach it there; a global key a tab binds
/// to something else is left out.
pub fn help_in(labels: &Labels, context: Context) -> Vec<HelpRow> {
    let mut rows: Vec<HelpRow> = own(context)
        .map(|b| HelpRow::new(labels, b, b.keys))
        .collect();
    if context.is_tab() {
        let taken: Vec<Key> = own(context).flat_map(|b| b.keys.iter().copied()).collect();
        for b in own(Global) {
            let keys: Vec<Key> = b
                .keys
                .iter()
                .copied()
                .filter(|k| !taken.contains(k))
                .collect();
            if !keys.is_empty() {
                rows.push(HelpRow::new(labels, b, &keys));
            }
        }
    }
    rows
}

/// The commands the footer hints at in each context, most used first; help lists the rest.
fn hinted(context: Context) -> &'static [Command] {
    use Command::{Editor as E, Picker as Pk, Prompt as Pr, Qr as Q, Speaker as Sp};
    match context {
        Notes | Global => &[
            Command::Screen(Action::NewNote),
            Command::Screen(Action::StartPause),
            Command::Screen(Action::NextSession),
            Command::Screen(Action::Edit),
            Command::Screen(Action::Undo),
        ],
        Proposals => &[
            Command::Screen(Action::Score(0)),
            Command::Screen(Action::DotUp),
            Command::Screen(Action::SelectProposal),
            Command::Screen(Action::ParkProposal),
            Command::Screen(Action::MergeProposal),
        ],
        Resolutions => &[
            Command::Screen(Action::AddResolution),
            Command::Screen(Action::CycleStatus),
            Command::Screen(Action::RecordVote),
            Command::Screen(Action::LinkProposal),
        ],
        Board => &[
            Command::Screen(Action::AddCard),
            Command::Screen(Action::CardTo(0)),
            Command::Screen(Action::CardLeft),
            Command::Screen(Action::CardRight),
            Command::Screen(Action::AddStrategy),
            Command::Screen(Action::Filter),
        ],
        Speakers => &[
            Command::Screen(Action::RaiseHand),
            Command::Screen(Action::NextSpeaker),
            Command::Screen(Action::EndTurn),
            Command::Screen(Action::ToggleProgressive),
            Command::Screen(Action::CycleGrouping),
        ],
        Context::Help => &[Command::Help(HelpCommand::Close)],
        Context::Editor => &[
            E(EditorCommand::Save),
            E(EditorCommand::NewLine),
            E(EditorCommand::Speaker),
            E(EditorCommand::CycleKind),
            E(EditorCommand::Close),
        ],
        Speaker => &[
            Sp(SpeakerCommand::Type),
            Sp(SpeakerCommand::Up),
            Sp(SpeakerCommand::Down),
            Sp(SpeakerCommand::Pick),
            Sp(SpeakerCommand::Back),
        ],
        Context::Prompt => &[Pr(PromptCommand::Confirm), Pr(PromptCommand::Cancel)],
        Picker | PickerNames => &[
            Pk(PickerCommand::Up),
            Pk(PickerCommand::Down),
            Pk(PickerCommand::Choose),
            Pk(PickerCommand::Cancel),
        ],
        PickerMany => &[
            Pk(PickerCommand::Up),
            Pk(PickerCommand::Down),
            Pk(PickerCommand::Tick),
            Pk(PickerCommand::Choose),
            Pk(PickerCommand::Cancel),
        ],
        Context::Confirm | Context::ConfirmUnsaved => &[
            Command::Confirm(ConfirmCommand::Yes),
            Command::Confirm(ConfirmCommand::No),
        ],
        Qr => &[
            Q(QrCommand::PrevPart),
            Q(QrCommand::NextPart),
            Q(QrCommand::Scope),
            Q(QrCommand::Close),
        ],
        Follower => &[],
    }
}

/// The footer's hints for `context`, from its help: the first key of each hinted command and
/// its name in `labels`' language. Neighbours of one name share a hint ("↑↓ move"), as English
/// names them, so two names a language happens to say alike stay apart.
pub(crate) fn hints(labels: &Labels, context: Context) -> Vec<(String, String)> {
    let rows = help_in(labels, context);
    let mut hints: Vec<(String, &'static str)> = Vec::new();
    for command in hinted(context) {
        let Some(row) = rows.iter().find(|r| r.binding.command == *command) else {
            continue;
        };
        match hints.last_mut() {
            Some((keys, name)) if *name == row.binding.name => keys.push_str(&row.first),
            _ => hints.push((row.first.clone(), row.binding.name)),
        }
    }
    hints
        .into_iter()
        .map(|(keys, name)| (keys, words::say(labels, name)))
        .collect()
}

/// The hints of `context` on one line in `labels`' language, for the overlays and the QR
/// screen.
pub(crate) fn hint_line(labels: &Labels, context: Context) -> String {
    hints(labels, context)
        .iter()
        .map(|(keys, name)| format!("{keys} {name}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONTEXTS: [Context; 17] = [
        Context::Global,
        Context::Notes,
        Context::Proposals,
        Context::Resolutions,
        Context::Board,
        Context::Speakers,
        Context::Help,
        Context::Editor,
        Context::Speaker,
        Context::Prompt,
        Context::Picker,
        Context::PickerMany,
        Context::PickerNames,
        Context::Confirm,
        Context::ConfirmUnsaved,
        Context::Qr,
        Context::Follower,
    ];

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        // A second row for a key would never be reached, and its help would be a lie.
        for context in CONTEXTS {
            let mut seen: Vec<Key> = Vec::new();
            for key in own(context).flat_map(|b| b.keys.iter().copied()) {
                assert!(!seen.contains(&key), "{context:?} binds {key:?} twice");
                seen.push(key);
            }
        }
    }

    #[test]
    fn a_tab_key_hides_the_global_key_it_shadows_in_help() {
        // On the board K moves a card up; help must not also offer it as "move earlier".
        let board = help(Context::Board);
        let earlier = board
            .iter()
            .find(|r| r.binding.command == Command::Screen(Action::MoveEarlier));
        assert!(earlier.is_none(), "K is the board's own key");
        let card_up = board
            .iter()
            .find(|r| r.binding.command == Command::Screen(Action::CardUp))
            .map(|r| r.label.as_str());
        assert_eq!(card_up, Some("K"));
        let key = KeyEvent::new(KeyCode::Char('K'), KeyModifiers::SHIFT);
        assert_eq!(
            command_for(Context::Board, key),
            Some(Command::Screen(Action::CardUp))
        );
        assert_eq!(
            command_for(Context::Notes, key),
            Some(Command::Screen(Action::MoveEarlier))
        );
    }

    #[test]
    fn modifiers_are_exact_on_the_tabs_and_loose_elsewhere() {
        let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        let with = |code, m| KeyEvent::new(code, m);
        assert_eq!(command_for(Context::Notes, ctrl('n')), None);
        assert_eq!(
            command_for(Context::Editor, with(KeyCode::Enter, KeyModifiers::CONTROL)),
            Some(Command::Editor(EditorCommand::Save))
        );
        assert_eq!(
            command_for(
                Context::Editor,
                with(KeyCode::Enter, KeyModifiers::ALT | KeyModifiers::SHIFT)
            ),
            Some(Command::Editor(EditorCommand::NewLine))
        );
        assert_eq!(
            command_for(Context::Editor, ctrl('x')),
            Some(Command::Editor(EditorCommand::Type))
        );
        assert_eq!(command_for(Context::Speaker, ctrl('x')), None);
        assert_eq!(
            command_for(
                Context::Proposals,
                with(KeyCode::Char('4'), KeyModifiers::NONE)
            ),
            Some(Command::Screen(Action::Score(4)))
        );
    }

    #[test]
    fn a_digit_on_the_board_names_the_column_the_card_goes_to() {
        let digit = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(
            command_for(Context::Board, digit('7')),
            Some(Command::Screen(Action::CardTo(7)))
        );
        assert_eq!(
            command_for(Context::Board, digit('0')),
            Some(Command::Screen(Action::CardTo(0)))
        );
        // Elsewhere digits keep their own meaning, or none.
        assert_eq!(
            command_for(Context::Proposals, digit('3')),
            Some(Command::Screen(Action::Score(3)))
        );
        assert_eq!(command_for(Context::Notes, digit('7')), None);
    }

    #[test]
    fn footer_hints_come_from_the_rows() {
        let hint_line = |context| hint_line(Language::English.labels(), context);
        assert_eq!(
            hint_line(Context::Editor),
            "Enter save · Alt-Enter new line · Tab speaker · C-t kind · Esc close"
        );
        assert_eq!(
            hint_line(Context::PickerMany),
            "↑↓ move · Space tick · Enter keep · Esc cancel"
        );
        assert_eq!(hint_line(Context::Help), "any key closes help");
        assert_eq!(
            hint_line(Context::Qr),
            "←→ parts · s session or meeting · Esc close"
        );
    }
}
