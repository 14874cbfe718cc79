//! The meaning checks of a session's items: ids unique within the session, a title each,
//! presenters and references that say something.

use std::collections::{HashMap, HashSet};

use super::{Anchor, Problem};
use crate::core::agenda::{Agenda, Item, looks_like_id};

/// Checks every session's items: an id, unique within its session; a title; no empty
/// presenter or reference.
pub(super) fn check_items(agenda: &Agenda, say: &mut impl FnMut(Anchor, String)) {
    let mut ids = IdCount::of(agenda);
    for (_, s) in agenda.sessions() {
        let mut seen = HashSet::new();
        for item in &s.items {
            let at = ids.next(&item.id);
            if item.id.trim().is_empty() {
                say(at, format!("an item of session `{}` has an empty id", s.id));
                continue;
            }
            if !seen.insert(item.id.as_str()) {
                say(
                    at.clone(),
                    format!(
                        "item id `{}` is used more than once in session `{}`; each item of a \
                         session needs its own id",
                        item.id, s.id
                    ),
                );
            }
            check_item(item, &s.id, at, say);
        }
    }
}

/// Checks one item's title, presenters and reference.
fn check_item(item: &Item, session: &str, at: Anchor, say: &mut impl FnMut(Anchor, String)) {
    let id = &item.id;
    if item.title.trim().is_empty() {
        say(
            at.clone(),
            format!("item `{id}` of session `{session}` needs a title"),
        );
    }
    if item.presenters.iter().any(|p| p.trim().is_empty()) {
        say(
            at.clone(),
            format!(
                "item `{id}` of session `{session}` has an empty presenter; expected a \
                 participant id or a group's or organisation's name"
            ),
        );
    }
    if item
        .reference
        .as_deref()
        .is_some_and(|r| r.trim().is_empty())
    {
        say(
            at,
            format!(
                "item `{id}` of session `{session}` has an empty reference; expected an issue \
                 or document number or a URL, or leave `reference` out"
            ),
        );
    }
}

/// Warns about presenters written like a participant id (`treasurer`) that no participant
/// has: most likely a typo, since names of groups and organisations are written as they
/// appear ("Working group 2", "ESCR-Net").
pub(super) fn presenter_warnings(agenda: &Agenda, problems: &mut Vec<Problem>) {
    let mut met: HashMap<&str, usize> = HashMap::new();
    for (_, s) in agenda.sessions() {
        for item in &s.items {
            for p in &item.presenters {
                let nth = met.entry(p.as_str()).or_insert(0);
                *nth += 1;
                if looks_like_id(p) && agenda.participant(p).is_none() {
                    problems.push(Problem {
                        anchor: Anchor::value(p, *nth - 1),
                        message: format!(
                            "presenter `{p}` of item `{}` looks like a participant id, but no \
                             participant has it; add the participant, or write a group's or \
                             organisation's name as it should appear",
                            item.id
                        ),
                    });
                }
            }
        }
    }
}

/// Sessions' and items' ids in the order they are written, so an item's anchor points at its
/// own `id: "..."` among the days even when a session or an earlier item shares it.
struct IdCount<'a> {
    /// Sessions' and items' ids in the order they are written.
    order: Vec<&'a str>,
    /// How far through `order` the items have been counted.
    at: usize,
}

impl<'a> IdCount<'a> {
    fn of(agenda: &'a Agenda) -> IdCount<'a> {
        let order = agenda
            .sessions()
            .flat_map(|(_, s)| {
                std::iter::once(s.id.as_str()).chain(s.items.iter().map(|i| i.id.as_str()))
            })
            .collect();
        IdCount { order, at: 0 }
    }

    /// The anchor of the next item's id, which must be `id`.
    fn next(&mut self, id: &str) -> Anchor {
        let skipped = self.order.get(self.at..).unwrap_or_default();
        let offset = skipped.iter().position(|i| *i == id).unwrap_or(0);
        self.at += offset + 1;
        let earlier = self
            .order
            .get(..self.at - 1)
            .unwrap_or_default()
            .iter()
            .filter(|i| **i == id)
            .count();
        Anchor::in_days(id, earlier)
    }
}
