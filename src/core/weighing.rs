//! What a session weighs: its own proposals before the others, on the criteria it names.
//!
//! A proposals round or a decision session of the agenda lists the proposals it takes up and
//! may name the criteria it applies; the meeting's other proposals stay within reach (a room
//! can decide any of them), but after the session's own.

use super::agenda::{Criterion, Session};
use super::record::{Proposal, Record};

/// The proposals and criteria a session weighs, in the order the Proposals tab shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Weighing<'r> {
    /// Every proposal of the record: the session's own first, then the others, each group in
    /// record order.
    pub proposals: Vec<&'r Proposal>,
    /// How many of `proposals`, from the first, are the session's own. None when the session
    /// has none of its own or there are no others, so nothing is set apart.
    pub own: Option<usize>,
    /// The criteria the session names, in the meeting's order; every criterion of the meeting
    /// when it names none (or none the meeting has).
    pub criteria: Vec<&'r Criterion>,
}

impl Record {
    /// What `session` weighs; with no session, every proposal in record order on every
    /// criterion.
    pub fn weighing(&self, session: Option<&Session>) -> Weighing<'_> {
        let is_own = |p: &Proposal| session.is_some_and(|s| own(s, p));
        let (mine, others): (Vec<&Proposal>, Vec<&Proposal>) =
            self.proposals.iter().partition(|p| is_own(p));
        let own = (!mine.is_empty() && !others.is_empty()).then_some(mine.len());
        let named: Vec<&Criterion> = self
            .plan
            .criteria
            .iter()
            .filter(|c| session.is_some_and(|s| s.criteria.contains(&c.id)))
            .collect();
        let criteria = if named.is_empty() {
            self.plan.criteria.iter().collect()
        } else {
            named
        };
        Weighing {
            proposals: mine.into_iter().chain(others).collect(),
            own,
            criteria,
        }
    }
}

impl Weighing<'_> {
    /// A proposal's weighted total on the criteria weighed here: what its row of scores adds
    /// up to.
    pub fn total(&self, proposal: &Proposal) -> u32 {
        self.criteria
            .iter()
            .filter_map(|c| proposal.scores.get(&c.id).map(|&s| u32::from(s) * c.weight))
            .sum()
    }
}

/// Whether `proposal` is one of `session`'s own: added live in it, or listed by it in the
/// agenda.
pub(crate) fn own(session: &Session, proposal: &Proposal) -> bool {
    proposal.session.as_deref() == Some(session.id.as_str())
        || proposal
            .key
            .as_ref()
            .is_some_and(|k| session.proposals.contains(k))
}
