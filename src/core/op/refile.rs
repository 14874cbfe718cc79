//! Filing a capture under another session: a note typed into the coffee break belongs to the
//! session before it.

use super::{Op, OpError, position, refuse};
use crate::core::record::{Id, Record};

/// Where a capture is filed, borrowed from the record to be changed in place.
enum Filed<'r> {
    /// A note, action or resolution: its session and its agenda item.
    Capture(&'r mut String, &'r mut Option<String>),
    /// A proposal: its session (none: the agenda's own).
    Proposal(&'r mut Option<String>),
}

/// Files the note, action, proposal or resolution `id` under `session`, at `item` or none.
pub(super) fn move_to_session(
    record: &mut Record,
    id: Id,
    session: Option<&str>,
    item: Option<&str>,
) -> Result<Op, OpError> {
    if let Some(session) = session {
        let (day, index) = position(record, session)?;
        let planned = &record.plan.days[day].sessions[index];
        if let Some(item) = item
            && !planned.items.iter().any(|i| i.id == item)
        {
            return refuse(format!("session `{session}` has no item `{item}`"));
        }
    }
    let (old_session, old_item) = match filed(record, id)? {
        Filed::Capture(at, at_item) => {
            let Some(session) = session else {
                return refuse("a note, action or resolution is always filed under a session");
            };
            let old = std::mem::replace(at, session.to_owned());
            (
                Some(old),
                std::mem::replace(at_item, item.map(str::to_owned)),
            )
        }
        Filed::Proposal(at) => {
            if item.is_some() {
                return refuse("a proposal is not filed under an agenda item");
            }
            (std::mem::replace(at, session.map(str::to_owned)), None)
        }
    };
    Ok(Op::MoveToSession {
        id,
        session: old_session,
        item: old_item,
    })
}

/// Where the capture `id` is filed. Ids are unique across the record, so one id names one
/// capture of one kind.
fn filed(record: &mut Record, id: Id) -> Result<Filed<'_>, OpError> {
    if let Some(n) = record.notes.iter_mut().find(|n| n.id == id) {
        return Ok(Filed::Capture(&mut n.session, &mut n.item));
    }
    if let Some(a) = record.actions.iter_mut().find(|a| a.id == id) {
        return Ok(Filed::Capture(&mut a.session, &mut a.item));
    }
    if let Some(r) = record.resolutions.iter_mut().find(|r| r.id == id) {
        return Ok(Filed::Capture(&mut r.session, &mut r.item));
    }
    match record.proposals.iter_mut().find(|p| p.id == id) {
        Some(p) => Ok(Filed::Proposal(&mut p.session)),
        None => Err(OpError::Unknown("capture", id)),
    }
}
