//! The command table's words in the meeting's language. The table keeps its English names and
//! descriptions (they are what help, the README and the tests read); each English text has a
//! label id here, as gettext keys a translation by its source text, so the table's rows stay as
//! they are and a language's file says the rest. A row whose words have no id here reads in
//! English, and the tests below fail until it has one.

use crate::lang::{Labels, Language};

/// Each English name and description of the table, and the label that says it.
const WORDS: &[(&str, &str)] = &[
    ("score", "key-score"),
    ("send card", "key-send-card"),
    ("edit", "key-edit"),
    ("delete", "key-delete"),
    ("next agenda item", "key-next-agenda-item"),
    ("to session", "key-to-session"),
    ("previous agenda item", "key-previous-agenda-item"),
    ("add proposal", "key-add-proposal"),
    ("left", "key-left"),
    ("right", "key-right"),
    ("clear score", "key-clear-score"),
    ("+dot", "key-plus-dot"),
    ("−dot", "key-minus-dot"),
    ("select", "key-select"),
    ("select in words", "key-select-in-words"),
    ("park", "key-park"),
    ("merge", "key-merge"),
    ("reopen", "key-reopen"),
    ("add resolution", "key-add-resolution"),
    ("status", "key-status"),
    ("vote", "key-vote"),
    ("election", "key-election"),
    ("method", "key-method"),
    ("consensus", "key-consensus"),
    ("link proposal", "key-link-proposal"),
    ("link actions", "key-link-actions"),
    ("add card", "key-add-card"),
    ("card left", "key-card-left"),
    ("card right", "key-card-right"),
    ("card up", "key-card-up"),
    ("card down", "key-card-down"),
    ("new strategy", "key-new-strategy"),
    ("rename strategy", "key-rename-strategy"),
    ("strategy left", "key-strategy-left"),
    ("strategy right", "key-strategy-right"),
    ("merge strategy", "key-merge-strategy"),
    ("card status", "key-card-status"),
    ("delete strategy", "key-delete-strategy"),
    ("raise hand", "key-raise-hand"),
    ("lower hand", "key-lower-hand"),
    ("next speaker", "key-next-speaker"),
    ("end turn", "key-end-turn"),
    ("progressive", "key-progressive"),
    ("group chart", "key-group-chart"),
    ("note", "key-note"),
    ("up", "key-up"),
    ("down", "key-down"),
    ("next tab", "key-next-tab"),
    ("previous tab", "key-previous-tab"),
    ("notes", "key-notes"),
    ("proposals", "key-proposals"),
    ("resolutions", "key-resolutions"),
    ("board", "key-board"),
    ("speakers", "key-speakers"),
    ("projector", "key-projector"),
    ("theme", "key-theme"),
    ("QR codes", "key-qr-codes"),
    ("room", "key-room"),
    ("filter", "key-filter"),
    ("clear filter", "key-clear-filter"),
    ("next session", "key-next-session"),
    ("group", "key-group"),
    ("previous session", "key-previous-session"),
    ("start/pause", "key-start-pause"),
    ("end session", "key-end-session"),
    ("skip session", "key-skip-session"),
    ("add session", "key-add-session"),
    ("move earlier", "key-move-earlier"),
    ("move later", "key-move-later"),
    ("+5 min", "key-plus-5-min"),
    ("−5 min", "key-minus-5-min"),
    ("split", "key-split"),
    ("rename session", "key-rename-session"),
    ("held times", "key-held-times"),
    ("session kind", "key-session-kind"),
    ("session leads", "key-session-leads"),
    ("remove session", "key-remove-session"),
    ("undo", "key-undo"),
    ("redo", "key-redo"),
    ("help", "key-help"),
    ("quit", "key-quit"),
    ("closes help", "key-closes-help"),
    ("save", "key-save"),
    ("new line", "key-new-line"),
    ("speaker", "key-speaker"),
    ("kind", "key-kind"),
    ("close", "key-close"),
    ("a name", "key-a-name"),
    ("erase", "key-erase"),
    ("choose", "key-choose"),
    ("pick", "key-pick"),
    ("back to the text", "key-back-to-the-text"),
    ("confirm", "key-confirm"),
    ("cancel", "key-cancel"),
    ("clear", "key-clear"),
    ("move", "key-move"),
    ("tick", "key-tick"),
    ("keep", "key-keep"),
    ("yes", "key-yes"),
    ("no", "key-no"),
    ("copy", "key-copy"),
    ("parts", "key-parts"),
    ("session or meeting", "key-session-or-meeting"),
    ("stop", "key-stop"),
    (
        "score the selected criterion 0 to 5",
        "does-score-the-selected-criterion",
    ),
    (
        "send the card under the cards of column 0-9 (0 Unsorted, as numbered); focus stays here",
        "does-send-the-card-under",
    ),
    ("edit the selected item", "does-edit-the-selected-item"),
    (
        "delete the selected item (u brings it back)",
        "does-delete-the-selected-item",
    ),
    (
        "take up the next agenda item of the session: captures attach to it",
        "does-next-item",
    ),
    (
        "file the selected item under another session (a note typed in the break)",
        "does-file-the-selected-item",
    ),
    (
        "go back to the previous agenda item (before the first: none)",
        "does-previous-item",
    ),
    ("add a proposal", "does-add-a-proposal"),
    ("select the criterion to the left", "does-criterion-left"),
    ("select the criterion to the right", "does-criterion-right"),
    ("clear the selected score", "does-clear-the-selected-score"),
    ("add a dot vote", "does-add-a-dot-vote"),
    ("take a dot vote off", "does-take-a-dot-vote"),
    (
        "select the proposal: the meeting takes it up (with which option, when it has options)",
        "does-select-the-proposal-the",
    ),
    (
        "select it in the meeting's own words (\"affirmed as the basis of our work\")",
        "does-select-in-words",
    ),
    ("park it: it continues as existing work", "does-park"),
    (
        "merge it into another proposal",
        "does-merge-it-into-another",
    ),
    (
        "reopen a decided proposal",
        "does-reopen-a-decided-proposal",
    ),
    ("record a new resolution", "does-record-a-new-resolution"),
    (
        "cycle status: proposed, adopted, rejected, deferred",
        "does-cycle-status-proposed-adopted",
    ),
    (
        "record the vote: for, against, abstain (a count may be over N or about N)",
        "does-record-the-vote-for",
    ),
    (
        "record it as an election: 2 seats: Ana 20, Ben 14, Cy 3; blank 1; elected Ana, Ben",
        "does-election",
    ),
    (
        "how the room decided: a vote, consensus, hands, sense of the room, the chair, later, an election",
        "does-how-the-room-decided",
    ),
    ("record it as decided by consensus", "does-consensus"),
    ("link the proposal it settles", "does-link-the-proposal-it"),
    (
        "link the actions that follow from it",
        "does-link-the-actions-that",
    ),
    (
        "add an action card (Name to … by YYYY-MM-DD sets owner and due)",
        "does-add-an-action-card",
    ),
    ("focus the column to the left", "does-column-left"),
    ("focus the column to the right", "does-column-right"),
    ("move the card to the column on the left", "does-card-left"),
    (
        "move the card to the column on the right",
        "does-card-right",
    ),
    ("move the card up its column", "does-card-up"),
    ("move the card down its column", "does-card-down"),
    (
        "create a strategy at the right end (the card in focus keeps it)",
        "does-create-a-strategy-at",
    ),
    ("rename this strategy", "does-rename-this-strategy"),
    ("move this strategy one column left", "does-strategy-left"),
    ("move this strategy one column right", "does-strategy-right"),
    (
        "merge this strategy into another",
        "does-merge-this-strategy-into",
    ),
    (
        "follow the card up: open, in progress, done, dropped (set as of today)",
        "does-follow-the-card-up",
    ),
    (
        "delete this strategy; its cards go back to Unsorted",
        "does-delete-this-strategy-its",
    ),
    (
        "raise a hand: pick a participant, or type a name",
        "does-raise-a-hand-pick",
    ),
    ("lower the selected hand", "does-lower-the-selected-hand"),
    (
        "give the floor to whoever is next up",
        "does-give-the-floor-to",
    ),
    ("end the turn under way", "does-end-the-turn-under"),
    (
        "progressive ordering: who spoke least goes first",
        "does-progressive-ordering-who-spoke",
    ),
    (
        "chart speaking time by person, organisation, region, gender",
        "does-chart-speaking-time-by",
    ),
    (
        "new note in the current session (prefixes route it: action:, proposal:, resolution:, q:, key:, \"…\" — Name)",
        "does-new-note-in-the",
    ),
    ("select the item above", "does-select-the-item-above"),
    ("select the item below", "does-select-the-item-below"),
    ("show the next tab", "does-show-the-next-tab"),
    ("show the previous tab", "does-show-the-previous-tab"),
    (
        "show the notes of the current session",
        "does-show-the-notes-of",
    ),
    ("show the proposal matrix", "does-show-the-proposal-matrix"),
    ("show the resolutions", "does-show-the-resolutions"),
    ("show the strategy board", "does-show-the-strategy-board"),
    (
        "show the speaker queue and speaking time",
        "does-show-the-speaker-queue",
    ),
    (
        "switch to the projector view and back (big type, no hints)",
        "does-switch-to-the-projector",
    ),
    (
        "next theme: terminal, projector dark, projector light",
        "does-next-theme-terminal-projector",
    ),
    (
        "show the outcomes as QR codes to scan, full screen",
        "does-show-the-outcomes-as",
    ),
    (
        "who has joined the room: hand the facilitator's role, take it back, revoke a laptop",
        "does-who-has-joined-the",
    ),
    (
        "type a filter: the board dims, notes hide what does not match (empty clears)",
        "does-type-a-filter-the",
    ),
    ("clear the filter", "does-clear-the-filter"),
    ("go to the next session", "does-next-session"),
    (
        "capture into a working group running in parallel, or back to the room's session",
        "does-group",
    ),
    ("go to the previous session", "does-previous-session"),
    (
        "start, pause or resume the current session",
        "does-start-pause-or-resume",
    ),
    ("end the current session", "does-end-the-current-session"),
    ("skip the current session", "does-skip-the-current-session"),
    (
        "add a session after the current one: its title, minutes and kind",
        "does-add-a-session-after",
    ),
    (
        "move the current session one place earlier",
        "does-session-earlier",
    ),
    (
        "move the current session one place later",
        "does-session-later",
    ),
    (
        "lengthen the current session by 5 minutes",
        "does-lengthen-the-current-session",
    ),
    (
        "shorten the current session by 5 minutes",
        "does-shorten-the-current-session",
    ),
    (
        "split the current session into two halves, naming each",
        "does-split-the-current-session",
    ),
    (
        "rename the current session",
        "does-rename-the-current-session",
    ),
    (
        "give the current session the times it was held (typed up later, or a clock not started)",
        "does-held-times",
    ),
    (
        "change the current session's kind: talk, discussion, break…",
        "does-change-the-current-session",
    ),
    (
        "change who leads the current session",
        "does-change-who-leads-the",
    ),
    (
        "remove the current session, if it has not run and holds nothing",
        "does-remove-the-current-session",
    ),
    ("take back the last change", "does-take-back-the-last"),
    (
        "put back the last change taken back",
        "does-put-back-the-last",
    ),
    ("show every key of this view", "does-show-every-key-of"),
    (
        "quit (asks first if changes could not be written, and offers to save a copy)",
        "does-quit-unsaved",
    ),
    ("quit", "does-quit"),
    ("close help", "does-close-help"),
    (
        "save the note; a new note's editor stays open for the next",
        "does-save-the-note-a",
    ),
    ("start a new line in the note", "does-start-a-new-line"),
    (
        "pick the speaker: type a few letters of the name",
        "does-pick-the-speaker-type",
    ),
    (
        "file the note as a note, key point, question or quote",
        "does-file-the-note-as",
    ),
    (
        "close the editor (asks first if typed text would be lost)",
        "does-close-the-editor-asks",
    ),
    (
        "quit (asks first if typed text would be lost)",
        "does-quit-typed-text",
    ),
    (
        "type the note; arrows, Home, End, Backspace and Del edit it",
        "does-type-the-note-arrows",
    ),
    (
        "type the speaker's name: the list narrows to who matches",
        "does-type-speaker",
    ),
    (
        "take the last letter off the name",
        "does-take-the-last-letter",
    ),
    (
        "highlight the participant above",
        "does-highlight-the-participant-above",
    ),
    (
        "highlight the participant below",
        "does-highlight-the-participant-below",
    ),
    (
        "take the highlighted participant, or the name as typed",
        "does-take-the-highlighted-participant",
    ),
    (
        "go back to the text, speaker unchanged",
        "does-back-to-text",
    ),
    ("take the answer", "does-take-the-answer"),
    (
        "close the question, changing nothing",
        "does-close-the-question-changing",
    ),
    (
        "clear the answer, the quick way past a suggestion",
        "does-clear-the-answer-the",
    ),
    (
        "type the answer; arrows, Home, End, Backspace and Del edit it",
        "does-type-the-answer-arrows",
    ),
    ("highlight the item above", "does-highlight-the-item-above"),
    ("highlight the item below", "does-highlight-the-item-below"),
    ("highlight the name above", "does-highlight-the-name-above"),
    ("highlight the name below", "does-highlight-the-name-below"),
    (
        "type a name: the list narrows to who matches",
        "does-type-a-name-the",
    ),
    (
        "tick or untick the highlighted item",
        "does-tick-or-untick-the",
    ),
    (
        "take the highlighted item (a name not on the list as typed)",
        "does-take-the-highlighted-item",
    ),
    ("keep the ticked items", "does-keep-the-ticked-items"),
    (
        "close the list, changing nothing",
        "does-close-the-list-changing",
    ),
    ("yes", "does-yes"),
    ("no", "does-no"),
    (
        "save a copy of the record in another folder first",
        "does-save-a-copy-of",
    ),
    ("show the previous part", "does-show-the-previous-part"),
    ("show the next part", "does-show-the-next-part"),
    (
        "switch between this session's outcomes and the whole meeting's",
        "does-switch-between-this-session",
    ),
    ("close the QR screen", "does-close-the-qr-screen"),
    (
        "stop following; the record is untouched",
        "does-stop-following-the-record",
    ),
    ("type", "key-type"),
    ("any key", "key-any-key"),
];

/// `english`, one of the table's words, in `labels`' language: as written in English, and
/// through its label in any other.
pub(super) fn say(labels: &Labels, english: &'static str) -> String {
    if labels.language() == Language::English {
        return english.to_owned();
    }
    match WORDS.iter().find(|(words, _)| *words == english) {
        Some((_, id)) => labels.label(id),
        None => english.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keymap::{Key, bindings};

    #[test]
    fn every_word_of_the_table_has_a_label_that_says_it_in_english() {
        let english = Language::English.labels();
        let keys = [Key::Text, Key::Other].map(Key::label);
        let table = bindings().flat_map(|b| [b.name.to_owned(), b.description.to_owned()]);
        for words in table.chain(keys.clone()) {
            let id = WORDS.iter().find(|(w, _)| *w == words).map(|(_, id)| *id);
            let Some(id) = id else {
                panic!("`{words}` has no label in keymap/words.rs");
            };
            assert_eq!(english.label(id), words, "lang/en.ftl: {id}");
        }
        for (words, _) in WORDS {
            let used = bindings().any(|b| b.name == *words || b.description == *words)
                || keys.iter().any(|k| k == words);
            assert!(used, "`{words}` is in no row of the table");
        }
    }
}
