//! Resolution ops: record, replace, delete and put back.

use super::{Op, OpError, add_listed, index_of, refuse, session_exists};
use crate::core::record::{Id, Record, Resolution};

/// Records a resolution, or puts a deleted one back where its id belongs.
pub(super) fn add(record: &mut Record, resolution: &Resolution) -> Result<Op, OpError> {
    check(record, resolution)?;
    let id = add_listed(record, resolution)?;
    Ok(Op::DeleteResolution { id })
}

/// Replaces the resolution with the same id: text, method, status and links.
pub(super) fn edit(record: &mut Record, resolution: &Resolution) -> Result<Op, OpError> {
    check(record, resolution)?;
    let r = record
        .resolutions
        .iter_mut()
        .find(|r| r.id == resolution.id)
        .ok_or(OpError::Unknown("resolution", resolution.id))?;
    let old = std::mem::replace(r, resolution.clone());
    Ok(Op::EditResolution(old))
}

/// Deletes a resolution.
pub(super) fn delete(record: &mut Record, id: Id) -> Result<Op, OpError> {
    let index = index_of(&record.resolutions, |r| r.id == id, "resolution", id)?;
    let resolution = record.resolutions.remove(index);
    Ok(Op::RestoreResolution { resolution })
}

fn check(record: &Record, r: &Resolution) -> Result<(), OpError> {
    if r.text.trim().is_empty() {
        return refuse("a resolution needs some text");
    }
    session_exists(record, &r.session)?;
    if let Some(p) = r.proposal
        && record.proposal(p).is_none()
    {
        return Err(OpError::Unknown("proposal", p));
    }
    if let Some(&a) = r.actions.iter().find(|&&a| record.action(a).is_none()) {
        return Err(OpError::Unknown("action", a));
    }
    Ok(())
}
