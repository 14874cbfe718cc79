//! Parallel tracks on the screen: the note-taker of a working group chooses the group's
//! session to capture into (`G`), while the room's current session stays where it is.

use super::*;
use crate::core::labels::run_state_in;
use crate::core::record::RunState;

impl App {
    /// `G`: the room's own session, then the sessions of parallel tracks on the current
    /// session's day, to capture into; said at once when the day has none.
    pub(super) fn pick_group(&mut self) {
        let l = self.labels();
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
                || l.label("group-room-unknown"),
                |s| l.label_with("group-room", &[("title", s.title.as_str().into())]),
            );
        let mut items = vec![(room, None)];
        for s in &day.sessions {
            let Some(track) = s.track_name() else {
                continue;
            };
            let state = match record.run(&s.id).state {
                RunState::Pending => String::new(),
                state => format!(" · {}", run_state_in(l, state)),
            };
            ids.push(s.id.clone());
            items.push((format!("{track} · {}{state}", s.title), None));
        }
        if ids.len() == 1 {
            self.ui.message = Some(l.label("group-none"));
            return;
        }
        let selected = self
            .ui
            .group
            .as_ref()
            .and_then(|group| ids.iter().position(|id| id == group))
            .unwrap_or(0);
        let mut picker = Picker::new(Pick::Group(ids), l.label("group-title"), items);
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
        let l = self.labels();
        let here = self
            .current()
            .map(|s| (s.track_name().map(str::to_owned), s.title.clone()));
        self.ui.message = Some(match (&self.ui.group, here) {
            (Some(_), Some((Some(track), title))) => l.label_with(
                "group-chosen",
                &[("track", track.into()), ("title", title.into())],
            ),
            (_, Some((_, title))) => l.label_with("group-following", &[("title", title.into())]),
            (_, None) => l.label("group-following-none"),
        });
    }
}
