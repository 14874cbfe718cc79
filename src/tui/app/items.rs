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
            self.ui.message = Some(format!("session `{}` lists no agenda items", session.id));
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
        self.ui.message = Some(match &item {
            Some(item) => format!(
                "item {} of {}: {}",
                next.map_or(0, |i| i + 1),
                session.items.len(),
                item.title
            ),
            None => "no agenda item: captures go to the session".to_owned(),
        });
        match item {
            Some(item) => self.ui.items.insert(id, item.id),
            None => self.ui.items.remove(&id),
        };
    }
}
