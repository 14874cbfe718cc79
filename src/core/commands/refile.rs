//! Filing a capture under another session: a note typed into the coffee break belongs to the
//! session before it.

use super::{Ops, refuse, session, unknown};
use crate::core::op::Op;
use crate::core::record::{Id, Record};

/// Files the note, action, proposal or resolution `id` under the session `to`, at none of its
/// agenda items (the items of the session it came from are not `to`'s).
pub fn move_to_session(record: &Record, id: Id, to: &str) -> Ops {
    let target = session(record, to)?;
    let Some(from) = filed_under(record, id) else {
        return unknown("note, action, proposal or resolution", id);
    };
    if from == Some(to) {
        return refuse(format!("it is already filed under {}", target.title));
    }
    Ok(vec![Op::MoveToSession {
        id,
        session: Some(to.to_owned()),
        item: None,
    }])
}

/// The session before `id` in the plan, across days: where a capture typed in a break most
/// likely belongs.
pub fn session_before<'r>(record: &'r Record, id: &str) -> Option<&'r str> {
    let ids: Vec<&str> = record.plan.sessions().map(|(_, s)| s.id.as_str()).collect();
    let here = ids.iter().position(|s| *s == id)?;
    here.checked_sub(1).and_then(|i| ids.get(i)).copied()
}

/// The session a capture is filed under: Some(None) for a proposal of the agenda's own, None
/// when no capture has the id.
fn filed_under(record: &Record, id: Id) -> Option<Option<&str>> {
    if let Some(n) = record.note(id) {
        return Some(Some(&n.session));
    }
    if let Some(a) = record.action(id) {
        return Some(Some(&a.session));
    }
    if let Some(r) = record.resolution(id) {
        return Some(Some(&r.session));
    }
    record.proposal(id).map(|p| p.session.as_deref())
}
