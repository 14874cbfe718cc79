//! Parallel tracks on the screen: the note-taker of a working group chooses the group's
//! session to capture into (`G`), while the room's current session stays where it is.

use super::*;
use crate::core::record::RunState;

impl App {
    /// `G`: the room's own session, then the sessions of parallel tracks on the current
    /// session's day, to capture into; said at once when the day has none.
    pub(super) fn pick_group(&mut self) {
        let record = self.record();
        let Some(day) = record.plan.days.get(self.current_day()) else {
            return;
        };
        let mut ids = vec![String::new()];
        let room = record
            .current
            .as_deref()
            .or_else(|| record.running())
            .and_then(|id| record.plan.session(id))
            .map_or_else(
                || "the room: its current session".to_owned(),
                |s| format!("the room: {}", s.title),
            );
        let mut items = vec![(room, None)];
        for s in &day.sessions {
            let Some(track) = &s.track else {
                continue;
            };
            let state = match record.run(&s.id).state {
                RunState::Running => " · running",
                RunState::Paused => " · paused",
                RunState::Done => " · ended",
                RunState::Skipped => " · skipped",
                RunState::Pending => "",
            };
            ids.push(s.id.clone());
            items.push((format!("{track} · {}{state}", s.title), None));
        }
        if ids.len() == 1 {
            self.ui.message = Some(
                "no working groups run in parallel on this day (a session's `track` in the \
                 agenda makes one)"
                    .into(),
            );
            return;
        }
        let selected = self
            .ui
            .group
            .as_ref()
            .and_then(|group| ids.iter().position(|id| id == group))
            .unwrap_or(0);
        let mut picker = Picker::new(Pick::Group(ids), "Capture into which group?", items);
        picker.selected = selected;
        self.ui.overlay = Some(Overlay::Picker(picker));
    }

    /// The group chosen: its session is this screen's current one, until `G` again or `]`
    /// `[` move on; the first choice follows the room again.
    pub(super) fn chosen_group(&mut self, sessions: &[String], index: Option<usize>) {
        let Some(id) = index.and_then(|i| sessions.get(i)) else {
            return;
        };
        self.ui.group = Some(id.clone()).filter(|id| !id.is_empty());
        self.ui.notes.follow_newest();
        let here = self.current().map(|s| (s.track.clone(), s.title.clone()));
        self.ui.message = Some(match (&self.ui.group, here) {
            (Some(_), Some((Some(track), title))) => {
                format!("capturing into {track}: {title}; G changes group or goes back to the room")
            }
            (_, Some((_, title))) => format!("following the room: notes go to {title}"),
            (_, None) => "following the room".to_owned(),
        });
    }
}
