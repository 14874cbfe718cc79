//! Taking up a session's agenda items in turn: the item the screen is on is where new
//! captures attach.

use super::*;

impl App {
    /// Takes up the next item of the current session (`forward`) or goes back to the one
    /// before; before the first there is none, and captures go to the session itself.
    pub(super) fn step_item(&mut self, forward: bool) {
        let Some(session) = self.current() else {
            return;
        };
        if session.items.is_empty() {
            let said = self
                .labels()
                .label_with("told-no-items", &[("id", session.id.as_str().into())]);
            self.ui.message = Some(said);
            return;
        }
        let at = self
            .current_item()
            .and_then(|item| session.items.iter().position(|i| i.id == item.id));
        let next = match (at, forward) {
            (None, true) => Some(0),
            (Some(i), true) => Some((i + 1).min(session.items.len() - 1)),
            (None | Some(0), false) => None,
            (Some(i), false) => Some(i - 1),
        };
        let id = session.id.clone();
        let item = next.and_then(|i| session.items.get(i)).cloned();
        let l = self.labels();
        self.ui.message = Some(match &item {
            Some(item) => l.label_with(
                "told-item",
                &[
                    ("n", next.map_or(0, |i| i + 1).into()),
                    ("of", session.items.len().into()),
                    ("title", item.title.as_str().into()),
                ],
            ),
            None => l.label("told-no-item"),
        });
        match item {
            Some(item) => self.ui.items.insert(id, item.id),
            None => self.ui.items.remove(&id),
        };
    }
}
