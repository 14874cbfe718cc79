//! Every command of the meeting screen, named and described in one place: the keymap binds
//! keys to these, and the help overlay and footer hints are generated from them, so help can
//! never drift from behaviour.

/// A command the facilitator or note-taker can give.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// Opens the editor for a new note in the current session.
    NewNote,
    /// Edits the selected item.
    Edit,
    /// Deletes the selected item.
    Delete,
    /// Moves the selection up.
    Up,
    /// Moves the selection down.
    Down,
    /// Moves the selection left (criteria in the matrix, columns on the board).
    Left,
    /// Moves the selection right (criteria in the matrix, columns on the board).
    Right,
    /// Shows the next tab.
    NextTab,
    /// Shows the previous tab.
    PrevTab,
    /// Shows the Notes tab.
    NotesTab,
    /// Shows the Proposals tab.
    ProposalsTab,
    /// Shows the Resolutions tab.
    ResolutionsTab,
    /// Goes to the next session of the agenda.
    NextSession,
    /// Goes to the previous session of the agenda.
    PrevSession,
    /// Starts, pauses or resumes the current session's timer.
    StartPause,
    /// Ends the current session.
    EndSession,
    /// Skips the current session.
    SkipSession,
    /// Adds a session after the current one.
    AddSession,
    /// Moves the current session one place earlier in its day.
    MoveEarlier,
    /// Moves the current session one place later in its day.
    MoveLater,
    /// Adds five minutes to the current session.
    Lengthen,
    /// Takes five minutes off the current session.
    Shorten,
    /// Splits the current session into two halves.
    Split,
    /// Takes back the last change.
    Undo,
    /// Puts back the last change taken back.
    Redo,
    /// Shows every key of this view.
    Help,
    /// Quits, asking first if typed text would be lost.
    Quit,
    /// Adds a proposal.
    AddProposal,
    /// Scores the selected proposal on the selected criterion.
    Score(u8),
    /// Clears the selected score.
    ClearScore,
    /// Adds a dot vote to the selected proposal.
    DotUp,
    /// Takes a dot vote off the selected proposal.
    DotDown,
    /// Selects the proposal: the meeting takes it up.
    SelectProposal,
    /// Parks the proposal: it continues as existing work.
    ParkProposal,
    /// Merges the proposal into another.
    MergeProposal,
    /// Reopens a decided proposal.
    ReopenProposal,
    /// Records a new resolution.
    AddResolution,
    /// Cycles the resolution's status: proposed, adopted, rejected, deferred.
    CycleStatus,
    /// Records the room's vote count on the resolution.
    RecordVote,
    /// Records the resolution as decided by consensus.
    Consensus,
    /// Links the resolution to the proposal it settles.
    LinkProposal,
    /// Links the resolution to the actions that follow from it.
    LinkActions,
    /// Shows the strategy board.
    BoardTab,
    /// Dims (on the board) or hides (in notes) what does not match a text.
    Filter,
    /// Adds a card to the focused column.
    AddCard,
    /// Moves the focused card to the column on the left.
    CardLeft,
    /// Moves the focused card to the column on the right.
    CardRight,
    /// Moves the focused card up its column.
    CardUp,
    /// Moves the focused card down its column.
    CardDown,
    /// Creates a strategy right of the focused column.
    AddStrategy,
    /// Renames the focused strategy.
    RenameStrategy,
    /// Moves the focused strategy one column left.
    StrategyLeft,
    /// Moves the focused strategy one column right.
    StrategyRight,
    /// Merges the focused strategy into another.
    MergeStrategy,
    /// Deletes the focused strategy; its cards go back to Unsorted.
    DeleteStrategy,
    /// Shows the speaker queue.
    SpeakersTab,
    /// Raises a hand for a participant.
    RaiseHand,
    /// Lowers the selected hand.
    LowerHand,
    /// Gives the floor to whoever is next up.
    NextSpeaker,
    /// Ends the turn under way.
    EndTurn,
    /// Turns progressive ordering on or off.
    ToggleProgressive,
    /// Groups the speaking-time chart by person, organisation, region or gender.
    CycleGrouping,
    /// Switches between the facilitator's view and the projector view.
    Projector,
    /// Switches to the next theme.
    NextTheme,
    /// Shows the outcomes as QR codes, full screen.
    Outcomes,
}

impl Action {
    /// The short name shown in the footer and help.
    pub fn name(self) -> &'static str {
        match self {
            Action::NewNote => "note",
            Action::Edit => "edit",
            Action::Delete => "delete",
            Action::Up => "up",
            Action::Down => "down",
            Action::Left => "left",
            Action::Right => "right",
            Action::NextTab => "next tab",
            Action::PrevTab => "previous tab",
            Action::NotesTab => "notes",
            Action::ProposalsTab => "proposals",
            Action::ResolutionsTab => "resolutions",
            Action::NextSession => "next session",
            Action::PrevSession => "previous session",
            Action::StartPause => "start/pause",
            Action::EndSession => "end session",
            Action::SkipSession => "skip session",
            Action::AddSession => "add session",
            Action::MoveEarlier => "move earlier",
            Action::MoveLater => "move later",
            Action::Lengthen => "+5 min",
            Action::Shorten => "−5 min",
            Action::Split => "split",
            Action::Undo => "undo",
            Action::Redo => "redo",
            Action::Help => "help",
            Action::Quit => "quit",
            Action::AddProposal => "add proposal",
            Action::Score(_) => "score",
            Action::ClearScore => "clear score",
            Action::DotUp => "+dot",
            Action::DotDown => "−dot",
            Action::SelectProposal => "select",
            Action::ParkProposal => "park",
            Action::MergeProposal => "merge",
            Action::ReopenProposal => "reopen",
            Action::AddResolution => "add resolution",
            Action::CycleStatus => "status",
            Action::RecordVote => "vote",
            Action::Consensus => "consensus",
            Action::LinkProposal => "link proposal",
            Action::LinkActions => "link actions",
            Action::BoardTab => "board",
            Action::Filter => "filter",
            Action::AddCard => "add card",
            Action::CardLeft => "card left",
            Action::CardRight => "card right",
            Action::CardUp => "card up",
            Action::CardDown => "card down",
            Action::AddStrategy => "new strategy",
            Action::RenameStrategy => "rename strategy",
            Action::StrategyLeft => "strategy left",
            Action::StrategyRight => "strategy right",
            Action::MergeStrategy => "merge strategy",
            Action::DeleteStrategy => "delete strategy",
            Action::SpeakersTab => "speakers",
            Action::RaiseHand => "raise hand",
            Action::LowerHand => "lower hand",
            Action::NextSpeaker => "next speaker",
            Action::EndTurn => "end turn",
            Action::ToggleProgressive => "progressive",
            Action::CycleGrouping => "group chart",
            Action::Projector => "projector",
            Action::NextTheme => "theme",
            Action::Outcomes => "QR codes",
        }
    }

    /// One line on what it does, for the help overlay.
    pub fn description(self) -> &'static str {
        match self {
            Action::NewNote => {
                "new note in the current session (prefixes route it: action:, proposal:, resolution:, q:, key:, \"…\" — Name)"
            }
            Action::Edit => "edit the selected item",
            Action::Delete => "delete the selected item (u brings it back)",
            Action::Up => "select the item above",
            Action::Down => "select the item below",
            Action::Left => "select the criterion to the left",
            Action::Right => "select the criterion to the right",
            Action::NextTab => "show the next tab",
            Action::PrevTab => "show the previous tab",
            Action::NotesTab => "show the notes of the current session",
            Action::ProposalsTab => "show the proposal matrix",
            Action::ResolutionsTab => "show the resolutions",
            Action::NextSession => "go to the next session",
            Action::PrevSession => "go to the previous session",
            Action::StartPause => "start, pause or resume the current session",
            Action::EndSession => "end the current session",
            Action::SkipSession => "skip the current session",
            Action::AddSession => "add a session after the current one",
            Action::MoveEarlier => "move the current session one place earlier",
            Action::MoveLater => "move the current session one place later",
            Action::Lengthen => "lengthen the current session by 5 minutes",
            Action::Shorten => "shorten the current session by 5 minutes",
            Action::Split => "split the current session into two halves",
            Action::Undo => "take back the last change",
            Action::Redo => "put back the last change taken back",
            Action::Help => "show every key of this view",
            Action::Quit => "quit (asks first if typed text would be lost)",
            Action::AddProposal => "add a proposal",
            Action::Score(_) => "score the selected criterion 0 to 5",
            Action::ClearScore => "clear the selected score",
            Action::DotUp => "add a dot vote",
            Action::DotDown => "take a dot vote off",
            Action::SelectProposal => "select the proposal: the meeting takes it up",
            Action::ParkProposal => "park it: it continues as existing work",
            Action::MergeProposal => "merge it into another proposal",
            Action::ReopenProposal => "reopen a decided proposal",
            Action::AddResolution => "record a new resolution",
            Action::CycleStatus => "cycle status: proposed, adopted, rejected, deferred",
            Action::RecordVote => "record the vote: for, against, abstain",
            Action::Consensus => "record it as decided by consensus",
            Action::LinkProposal => "link the proposal it settles",
            Action::LinkActions => "link the actions that follow from it",
            Action::BoardTab => "show the strategy board",
            Action::Filter => {
                "type a filter: the board dims, notes hide what does not match (empty clears)"
            }
            Action::AddCard => "add an action card (Name to … by YYYY-MM-DD sets owner and due)",
            Action::CardLeft => "move the card to the column on the left",
            Action::CardRight => "move the card to the column on the right",
            Action::CardUp => "move the card up its column",
            Action::CardDown => "move the card down its column",
            Action::AddStrategy => "create a strategy right of this column",
            Action::RenameStrategy => "rename this strategy",
            Action::StrategyLeft => "move this strategy one column left",
            Action::StrategyRight => "move this strategy one column right",
            Action::MergeStrategy => "merge this strategy into another",
            Action::DeleteStrategy => "delete this strategy; its cards go back to Unsorted",
            Action::SpeakersTab => "show the speaker queue and speaking time",
            Action::RaiseHand => "raise a hand: pick a participant, or type a name",
            Action::LowerHand => "lower the selected hand",
            Action::NextSpeaker => "give the floor to whoever is next up",
            Action::EndTurn => "end the turn under way",
            Action::ToggleProgressive => "progressive ordering: who spoke least goes first",
            Action::CycleGrouping => "chart speaking time by person, organisation, region, gender",
            Action::Projector => "switch to the projector view and back (big type, no hints)",
            Action::NextTheme => "next theme: terminal, projector dark, projector light",
            Action::Outcomes => "show the outcomes as QR codes to scan, full screen",
        }
    }
}
