//! Weighing proposals and recording resolutions.

use super::*;

impl App {
    /// The proposal selected in the matrix.
    pub fn selected_proposal(&self) -> Option<&Proposal> {
        let proposals = &self.record().proposals;
        proposals.get(self.ui.matrix.proposal.get(proposals.len()))
    }

    /// The resolution selected in the list.
    pub fn selected_resolution(&self) -> Option<&Resolution> {
        let resolutions = &self.record().resolutions;
        resolutions.get(self.ui.resolutions.get(resolutions.len()))
    }

    pub(super) fn score(&mut self, score: Option<u8>) {
        let criteria = &self.record().plan.criteria;
        let Some(criterion) = criteria.get(self.ui.matrix.criterion.get(criteria.len())) else {
            self.ui.message = Some("the agenda has no criteria to score on".into());
            return;
        };
        let criterion = criterion.id.clone();
        if let Some(id) = self.selected_proposal().map(|p| p.id) {
            self.commit(Op::Score {
                proposal: id,
                criterion,
                score,
            });
        }
    }

    pub(super) fn decide(&mut self, decision: Decision) {
        if let Some(id) = self.selected_proposal().map(|p| p.id) {
            self.commit(Op::Decide {
                proposal: id,
                decision,
            });
        }
    }

    pub(super) fn pick_merge(&mut self) {
        let Some(from) = self.selected_proposal().map(|p| p.id) else {
            return;
        };
        let items: Vec<(String, Option<Id>)> = self
            .record()
            .proposals
            .iter()
            .filter(|p| p.id != from && !matches!(p.decision, Decision::MergedInto(_)))
            .map(|p| (p.title.clone(), Some(p.id)))
            .collect();
        if items.is_empty() {
            self.ui.message = Some("there is no other proposal to merge into".into());
            return;
        }
        self.ui.overlay = Some(Overlay::Picker(Picker::new(
            Pick::MergeInto(from),
            "Merge into which proposal?",
            items,
        )));
    }

    pub(super) fn pick_link_proposal(&mut self) {
        let Some(r) = self.selected_resolution() else {
            return;
        };
        let id = r.id;
        let mut items = vec![("(no proposal)".to_owned(), None)];
        items.extend(
            self.record()
                .proposals
                .iter()
                .map(|p| (p.title.clone(), Some(p.id))),
        );
        let selected = items
            .iter()
            .position(|(_, p)| *p == r.proposal)
            .unwrap_or(0);
        let mut picker = Picker::new(
            Pick::LinkProposal(id),
            "Which proposal does it settle?",
            items,
        );
        picker.selected = selected;
        self.ui.overlay = Some(Overlay::Picker(picker));
    }

    pub(super) fn pick_link_actions(&mut self) {
        let Some(r) = self.selected_resolution() else {
            return;
        };
        let items: Vec<(String, Option<Id>)> = self
            .record()
            .actions
            .iter()
            .map(|a| (a.text.clone(), Some(a.id)))
            .collect();
        if items.is_empty() {
            self.ui.message = Some("there are no actions yet; capture one with action: …".into());
            return;
        }
        let ticked = items
            .iter()
            .enumerate()
            .filter(|(_, (_, id))| id.is_some_and(|id| r.actions.contains(&id)))
            .map(|(i, _)| i)
            .collect();
        let mut picker = Picker::new(
            Pick::LinkActions(r.id),
            "Which actions follow from it? (Space ticks, Enter keeps)",
            items,
        );
        picker.ticked = ticked;
        self.ui.overlay = Some(Overlay::Picker(picker));
    }

    pub(super) fn edit_resolution(&mut self, change: impl FnOnce(&mut Resolution)) {
        if let Some(id) = self.selected_resolution().map(|r| r.id) {
            self.edit_resolution_by(id, change);
        }
    }

    pub(super) fn edit_resolution_by(&mut self, id: Id, change: impl FnOnce(&mut Resolution)) {
        if let Some(mut r) = self.record().resolution(id).cloned() {
            change(&mut r);
            self.commit(Op::EditResolution(r));
        }
    }
}
