//! Every command a key can give, in every context: the meeting screen's actions, and the
//! commands of the overlays, the QR screen and the follower. Their names and descriptions sit
//! beside their keys in the one table of [`super::keymap`], so help can never drift from
//! behaviour.

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
    /// Moves the selection left (the criterion in the matrix, the column on the board).
    Left,
    /// Moves the selection right (the criterion in the matrix, the column on the board).
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
    /// Takes up the next item of the current session: captures attach to it.
    NextItem,
    /// Goes back to the previous item of the current session, or to none before the first.
    PrevItem,
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
    /// Selects the proposal in the meeting's own words.
    WordDecision,
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
    /// Records the resolution as an election: seats, candidates, votes each, blank ballots and
    /// who was elected, typed in one line.
    RecordElection,
    /// Records the resolution as decided by consensus.
    Consensus,
    /// Picks how the room decided the resolution: a vote, consensus, a show of hands, the
    /// sense of the room, the chair's declaration, or to be confirmed later.
    Method,
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
    /// Sends the focused card to the bottom of the column of this number (0 is Unsorted);
    /// the focus stays for the next card.
    CardTo(usize),
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
    /// Moves the focused card's status on: open, in progress, done, dropped, as of today.
    CardStatus,
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
    /// Lists the room's writers, to hand one the facilitator's role, take it back, or revoke
    /// a laptop.
    Room,
    /// Renames the current session.
    RenameSession,
    /// Gives the current session the times it was really held, typed after the fact.
    HeldTimes,
    /// Changes what kind of session the current one is.
    SessionKind,
    /// Changes who leads the current session.
    SessionLeads,
    /// Removes the current session, when it has not run and captured nothing.
    RemoveSession,
    /// Files the selected note, action, proposal or resolution under another session.
    MoveToSession,
    /// Chooses the parallel track (a working group's session) this screen captures into, or
    /// back to following the room.
    ChooseGroup,
}

/// What a key asks for. Each context's handler acts on the commands of its own kind; the
/// table binds each key of a context to exactly one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    /// An action of the meeting screen, carried out by `App::perform`.
    Screen(Action),
    /// Clears the filter, when one is set.
    ClearFilter,
    /// A command of the help overlay.
    Help(HelpCommand),
    /// A command of the note editor (its text, or its speaker field).
    Editor(EditorCommand),
    /// A command of the editor's speaker field.
    Speaker(SpeakerCommand),
    /// A command of a one-line prompt.
    Prompt(PromptCommand),
    /// A command of a picker.
    Picker(PickerCommand),
    /// An answer to a yes/no question.
    Confirm(ConfirmCommand),
    /// A command of the QR screen.
    Qr(QrCommand),
    /// A command of `plenary present`, the follower.
    Follower(FollowerCommand),
}

/// Keys of the help overlay.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HelpCommand {
    /// Closes help.
    Close,
    /// Quits at once.
    Quit,
}

/// Keys of the note editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EditorCommand {
    /// Saves the note; a new note's editor stays open for the next one.
    Save,
    /// Starts a new line in the note.
    NewLine,
    /// Moves to the speaker field.
    Speaker,
    /// Cycles the note's kind.
    CycleKind,
    /// Closes the editor, asking first if typed text would be lost.
    Close,
    /// Quits, asking first if typed text would be lost.
    Quit,
    /// Hands the key to the text: typing, cursor keys, deleting.
    Type,
}

/// Keys of the editor's speaker field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SpeakerCommand {
    /// Adds the typed character to the name.
    Type,
    /// Takes the last character off the name.
    Erase,
    /// Highlights the participant above.
    Up,
    /// Highlights the participant below.
    Down,
    /// Takes the highlighted participant, or the name as typed.
    Pick,
    /// Goes back to the text without changing the speaker.
    Back,
}

/// Keys of a one-line prompt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PromptCommand {
    /// Takes the answer.
    Confirm,
    /// Closes the prompt, changing nothing.
    Cancel,
    /// Clears the answer, as Ctrl-U does in a shell.
    Clear,
    /// Quits at once.
    Quit,
    /// Hands the key to the answer: typing, cursor keys, deleting.
    Type,
}

/// Keys of a picker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PickerCommand {
    /// Highlights the item above.
    Up,
    /// Highlights the item below.
    Down,
    /// Adds the typed character to the name that narrows the list.
    Type,
    /// Takes the last character off that name.
    Erase,
    /// Ticks or unticks the highlighted item, where several may be chosen.
    Tick,
    /// Takes the highlighted item (or the ticked ones).
    Choose,
    /// Closes the picker, changing nothing.
    Cancel,
    /// Quits at once.
    Quit,
}

/// Answers to a yes/no question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConfirmCommand {
    /// Yes.
    Yes,
    /// No.
    No,
    /// Saves a copy of the record elsewhere, when changes could not be written.
    SaveCopy,
}

/// Keys of the QR screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QrCommand {
    /// Shows the next part.
    NextPart,
    /// Shows the previous part.
    PrevPart,
    /// Switches between the current session's outcomes and the whole meeting's.
    Scope,
    /// Closes the QR screen.
    Close,
    /// Quits at once.
    Quit,
}

/// Keys of `plenary present`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FollowerCommand {
    /// Stops following and gives the terminal back.
    Close,
    /// Switches to the next theme.
    NextTheme,
}
