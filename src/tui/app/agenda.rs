//! Running and changing the agenda: the keys of the session bar, through the core's agenda
//! commands.

use super::*;

impl App {
    /// Moving between sessions, the timer, and changes to the plan (add, move, lengthen,
    /// shorten, split).
    pub(super) fn perform_agenda(&mut self, action: Action, now: NaiveDateTime) {
        match action {
            Action::NextSession | Action::PrevSession => {
                let forward = action == Action::NextSession;
                if self.with_current(|r, s| commands::step_session(r, s, forward)) {
                    // The room moved on from where this screen was: it follows the room again.
                    self.ui.group = None;
                    self.ui.notes.follow_newest();
                }
            }
            Action::StartPause => {
                self.with_current(|r, s| commands::start_or_pause(r, s, now));
            }
            Action::EndSession => {
                self.with_current(|r, s| commands::end_session(r, s, now));
            }
            Action::SkipSession => {
                self.with_current(commands::skip_session);
            }
            Action::AddSession => self.ask(
                Ask::AddSession,
                &self.labels().label("ask-add-session"),
                &self.labels().label("ask-add-session-hint"),
                "",
            ),
            Action::MoveEarlier | Action::MoveLater => {
                let later = action == Action::MoveLater;
                self.with_current(|r, s| commands::move_session(r, s, later));
            }
            Action::Lengthen | Action::Shorten => {
                let longer = action == Action::Lengthen;
                self.with_current(|r, s| commands::resize_session(r, s, longer));
            }
            Action::Split => self.ask_split(),
            _ => {}
        }
    }
}
