//! Weighing proposals: adding and editing them, scores, dot votes and decisions.

use super::capture::new_proposal;
use super::{Ops, Refusal, refuse, unknown};
use crate::core::agenda::ProposalOption;
use crate::core::op::Op;
use crate::core::record::{Decision, Id, Proposal, Record};

fn proposal(record: &Record, id: Id) -> Result<&Proposal, Refusal> {
    match record.proposal(id) {
        Some(p) => Ok(p),
        None => unknown("proposal", id),
    }
}

/// Adds a proposal live, in `session` when there is one.
pub fn add_proposal(record: &Record, title: &str, session: Option<&str>) -> Ops {
    let title = title.trim();
    if title.is_empty() {
        return refuse("a proposal needs a title");
    }
    Ok(vec![Op::AddProposal(new_proposal(
        record.fresh_id(),
        title.to_owned(),
        session.map(str::to_owned),
        None,
    ))])
}

/// Retitles a proposal; its summary stays.
pub fn edit_proposal(record: &Record, id: Id, title: &str) -> Ops {
    // The op takes an empty title (its undo may need to put an agenda's empty one back), so
    // the rule that a retitled proposal has a title lives here.
    if title.trim().is_empty() {
        return refuse("a proposal needs a title");
    }
    let summary = proposal(record, id)?.summary.clone();
    Ok(vec![Op::EditProposal {
        id,
        title: title.to_owned(),
        summary,
    }])
}

/// Deletes a proposal; undo brings it back.
pub fn delete_proposal(record: &Record, id: Id) -> Ops {
    proposal(record, id)?;
    Ok(vec![Op::DeleteProposal { id }])
}

/// Scores a proposal on the `criterion`-th criterion of the meeting (the last when past the
/// end); `None` clears the score.
pub fn score(record: &Record, id: Id, criterion: usize, score: Option<u8>) -> Ops {
    let criteria = &record.plan.criteria;
    let Some(criterion) = criteria.get(criterion.min(criteria.len().saturating_sub(1))) else {
        return refuse("the agenda has no criteria to score on");
    };
    proposal(record, id)?;
    Ok(vec![Op::Score {
        proposal: id,
        criterion: criterion.id.clone(),
        score,
    }])
}

/// One dot vote more (or fewer, never below none).
pub fn set_dots(record: &Record, id: Id, more: bool) -> Ops {
    let dots = proposal(record, id)?.dots;
    let dots = if more {
        dots.saturating_add(1)
    } else {
        dots.saturating_sub(1)
    };
    Ok(vec![Op::SetDots { proposal: id, dots }])
}

/// Records what the meeting decided about a proposal: selected, open again, or parked; in
/// `session`, the one running (or shown) when the room decided, so the minutes list the
/// decision under it whatever its kind. A proposal open again was decided nowhere.
pub fn decide(record: &Record, id: Id, decision: Decision, session: Option<&str>) -> Ops {
    proposal(record, id)?;
    let session = session.filter(|_| decision != Decision::Open);
    Ok(vec![Op::Decide {
        proposal: id,
        decision,
        session: session.map(str::to_owned),
    }])
}

/// Selects a proposal in the meeting's own words ("affirmed as the basis for the network's
/// work"); no words select it plainly. `session` is the one deciding, as for [`decide`].
pub fn select_in_words(record: &Record, id: Id, words: &str, session: Option<&str>) -> Ops {
    let words = words.trim();
    let decision = if words.is_empty() {
        Decision::Selected
    } else {
        Decision::SelectedAs(words.to_owned())
    };
    decide(record, id, decision, session)
}

/// The options a proposal offers, as the agenda gives them; selecting such a proposal asks
/// which of them the meeting chose.
pub fn proposal_options(record: &Record, id: Id) -> Result<&[ProposalOption], Refusal> {
    Ok(record.options_of(proposal(record, id)?))
}

/// Selects a proposal with one of its options, by the option's id; `None` selects it as a
/// whole. An option the proposal does not offer is refused. `session` is the one deciding, as
/// for [`decide`].
pub fn select_option(record: &Record, id: Id, option: Option<&str>, session: Option<&str>) -> Ops {
    let Some(option) = option else {
        return decide(record, id, Decision::Selected, session);
    };
    let options = proposal_options(record, id)?;
    if !options.iter().any(|o| o.id == option) {
        let offered: Vec<&str> = options.iter().map(|o| o.id.as_str()).collect();
        return refuse(if offered.is_empty() {
            "this proposal has no options to choose from".to_owned()
        } else {
            format!(
                "the proposal has no option `{option}`; it offers {}",
                offered.join(", ")
            )
        });
    }
    decide(
        record,
        id,
        Decision::SelectedOption(option.to_owned()),
        session,
    )
}

/// The words a proposal was selected in, to correct: empty unless it was selected so.
pub fn selection_words(proposal: &Proposal) -> &str {
    match &proposal.decision {
        Decision::SelectedAs(words) => words,
        _ => "",
    }
}

/// Parks a proposal: not taken up now, continuing the way `how` says; `session` is the one
/// deciding, as for [`decide`].
pub fn park_proposal(record: &Record, id: Id, how: &str, session: Option<&str>) -> Ops {
    decide(record, id, Decision::Parked(how.trim().to_owned()), session)
}

/// The proposals `from` can merge into: every other one not itself merged away.
pub fn merge_targets(record: &Record, from: Id) -> Result<Vec<&Proposal>, Refusal> {
    proposal(record, from)?;
    let targets: Vec<&Proposal> = record
        .proposals
        .iter()
        .filter(|p| p.id != from && !matches!(p.decision, Decision::MergedInto(_)))
        .collect();
    if targets.is_empty() {
        return refuse("there is no other proposal to merge into");
    }
    Ok(targets)
}

/// Merges proposal `from` into `into`; `session` is the one deciding, as for [`decide`].
pub fn merge_proposal(record: &Record, from: Id, into: Id, session: Option<&str>) -> Ops {
    if from == into {
        return refuse("a proposal cannot be merged into itself");
    }
    proposal(record, into)?;
    decide(record, from, Decision::MergedInto(into), session)
}
