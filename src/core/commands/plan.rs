//! Fixing a session of the live plan: its title, its kind, who leads it, removing one that
//! captured nothing, and naming both halves of a split.

use super::{Ops, refuse, session};
use crate::core::agenda::SessionKind;
use crate::core::op::Op;
use crate::core::record::{Record, RunState};

/// Every kind of session, in the order a facilitator is offered them.
pub const SESSION_KINDS: [SessionKind; 7] = [
    SessionKind::Talk,
    SessionKind::Discussion,
    SessionKind::Proposals,
    SessionKind::Decision,
    SessionKind::ActionPlanning,
    SessionKind::Visit,
    SessionKind::Break,
];

/// Gives a session a new title; the same title changes nothing.
pub fn rename_session(record: &Record, id: &str, title: &str) -> Ops {
    let current = session(record, id)?;
    let title = title.trim();
    if title.is_empty() {
        return refuse("a session needs a title");
    }
    if title == current.title {
        return Ok(Vec::new());
    }
    Ok(vec![Op::RenameSession {
        session: id.to_owned(),
        title: title.to_owned(),
    }])
}

/// Makes a session another kind of block; the same kind changes nothing.
pub fn set_session_kind(record: &Record, id: &str, kind: SessionKind) -> Ops {
    if session(record, id)?.kind == kind {
        return Ok(Vec::new());
    }
    Ok(vec![Op::SetSessionKind {
        session: id.to_owned(),
        kind,
    }])
}

/// Puts participants (by id, in the order given) at the front of a session; none leaves it
/// with no lead. The same leads change nothing.
pub fn set_session_leads(record: &Record, id: &str, leads: Vec<String>) -> Ops {
    let current = session(record, id)?;
    // A group the agenda names as a lead ("Working group 2") may stay; anyone added is from
    // the participant list.
    if let Some(unknown) = leads.iter().find(|l| {
        !record.plan.participants.iter().any(|p| &p.id == *l) && !current.leads.contains(l)
    }) {
        return refuse(format!("`{unknown}` is not on the participant list"));
    }
    if current.leads == leads {
        return Ok(Vec::new());
    }
    Ok(vec![Op::SetSessionLeads {
        session: id.to_owned(),
        leads,
    }])
}

/// Takes a session that has not run and captured nothing out of the plan. The facilitator on
/// it moves to the session after it (or, at the end, the one before), so the screen always
/// has a current session.
pub fn remove_session(record: &Record, id: &str) -> Ops {
    let current = session(record, id)?;
    let title = &current.title;
    match record.run(id).state {
        RunState::Pending => {}
        RunState::Skipped => {
            return refuse(format!(
                "{title} is skipped, which keeps it in the minutes as not covered; it stays"
            ));
        }
        _ => {
            return refuse(format!(
                "{title} has started, so the minutes need it; S skips a session instead"
            ));
        }
    }
    if holds_captures(record, id) {
        return refuse(format!(
            "{title} holds notes or other captures; M moves each to another session first"
        ));
    }
    let ids: Vec<&str> = record.plan.sessions().map(|(_, s)| s.id.as_str()).collect();
    if ids.len() < 2 {
        return refuse("the agenda's only session cannot be removed");
    }
    let mut ops = Vec::new();
    if record.current.as_deref() == Some(id) {
        let here = ids.iter().position(|s| *s == id).unwrap_or_default();
        let next = ids
            .get(here + 1)
            .or_else(|| here.checked_sub(1).and_then(|i| ids.get(i)));
        ops.push(Op::SetCurrent {
            session: next.map(|s| (*s).to_owned()),
        });
    }
    ops.push(Op::RemoveSession {
        session: id.to_owned(),
    });
    Ok(ops)
}

/// Splits a session in two halves named `first` and `second`; the second follows the first.
pub fn split_session_named(record: &Record, id: &str, first: &str, second: &str) -> Ops {
    let current = session(record, id)?;
    let (first, second) = (first.trim(), second.trim());
    if first.is_empty() || second.is_empty() {
        return refuse("each half needs a title");
    }
    let Some(length) = current.minutes else {
        return refuse("the session's length is not known (open-ended), so it has no halves");
    };
    if length < 2 {
        return refuse("a one-minute session cannot be split");
    }
    let mut ops = vec![Op::SplitSession {
        session: id.to_owned(),
        id: super::unused_session_id(record, &format!("{id}-2")),
        title: second.to_owned(),
        minutes: length / 2,
    }];
    if first != current.title {
        ops.push(Op::RenameSession {
            session: id.to_owned(),
            title: first.to_owned(),
        });
    }
    Ok(ops)
}

/// The title a split's second half is offered: "Proposals (continued)".
pub fn continued(title: &str) -> String {
    format!("{title} (continued)")
}

fn holds_captures(record: &Record, id: &str) -> bool {
    let here = |s: &str| s == id;
    record.notes.iter().any(|n| here(&n.session))
        || record.actions.iter().any(|a| here(&a.session))
        || record.resolutions.iter().any(|r| here(&r.session))
        || record.speakers.turns.iter().any(|t| here(&t.session))
        || record
            .proposals
            .iter()
            .any(|p| p.session.as_deref().is_some_and(here))
}
