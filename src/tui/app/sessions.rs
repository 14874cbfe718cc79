//! Fixing sessions and where captures are filed: rename a session, give it the times it was
//! held, change its kind and its leads, remove an empty one, name both halves of a split, and move a note, action, proposal
//! or resolution to another session, all through the core's commands.

use super::*;
use crate::core::agenda::SessionKind;

impl App {
    /// The keys that fix the current session or refile the selected capture.
    pub(super) fn perform_fix(&mut self, action: Action) {
        let Some(current) = self.current() else {
            return;
        };
        let (id, title, kind) = (current.id.clone(), current.title.clone(), current.kind);
        match action {
            Action::RenameSession => self.ask(
                Ask::RenameSession(id),
                &self.labels().label("ask-rename-session"),
                &self.labels().label("ask-session-title-hint"),
                &title,
            ),
            Action::HeldTimes => {
                let held = commands::held_answer(self.record(), &id);
                self.ask(
                    Ask::HeldTimes(id),
                    &self.labels().label("ask-held-times"),
                    &self.labels().label("ask-held-times-hint"),
                    &held,
                );
            }
            Action::SessionKind => self.pick_kind(Pick::SessionKind(id), &title, kind),
            Action::SessionLeads => self.pick_leads(id, &title),
            Action::RemoveSession => {
                self.run(commands::remove_session(self.record(), &id));
            }
            Action::MoveToSession => self.pick_session_for_selected(&id),
            _ => {}
        }
    }

    /// `|`: the split is refused at once when it cannot happen, else both halves are named
    /// before anything changes.
    pub(super) fn ask_split(&mut self) {
        let Some((id, title)) = self.current().map(|s| (s.id.clone(), s.title.clone())) else {
            return;
        };
        if let Err(refusal) = commands::split_session(self.record(), &id) {
            self.refused(&refusal);
            return;
        }
        self.ask(
            Ask::SplitFirst(id),
            &self.labels().label("ask-split-first"),
            &self.labels().label("ask-split-first-hint"),
            &title,
        );
    }

    /// The answers to the prompts of the session bar: a session to add (its kind is asked
    /// next), a new title, the names of a split's halves.
    pub(super) fn answer_fix(&mut self, ask: &Ask, answer: &str, now: NaiveDateTime) {
        match ask {
            Ask::AddSession => {
                let Some(after) = self.current_id() else {
                    return;
                };
                // Refused now (no title) rather than after the kind is chosen.
                match commands::add_session(self.record(), &after, answer, SessionKind::Discussion)
                {
                    Ok(_) => {
                        let (title, _) = commands::parse_new_session(answer);
                        let pick = Pick::NewSession {
                            after,
                            answer: answer.to_owned(),
                        };
                        let title = title.to_owned();
                        self.pick_kind(pick, &title, SessionKind::Discussion);
                    }
                    Err(refusal) => self.refused(&refusal),
                }
            }
            Ask::RenameSession(id) => {
                self.run(commands::rename_session(self.record(), id, answer));
            }
            Ask::HeldTimes(id) => {
                self.run(commands::set_held_times(self.record(), id, answer, now));
            }
            Ask::SplitFirst(id) => {
                if answer.trim().is_empty() {
                    self.ui.message = Some(self.labels().label("told-half-needs-title"));
                    return;
                }
                let second = commands::continued(answer.trim());
                self.ask(
                    Ask::SplitSecond {
                        session: id.clone(),
                        first: answer.trim().to_owned(),
                    },
                    &self.labels().label("ask-split-second"),
                    &self.labels().label("ask-split-second-hint"),
                    &second,
                );
            }
            Ask::SplitSecond { session, first } => {
                self.run(commands::split_session_named(
                    self.record(),
                    session,
                    first,
                    answer,
                ));
            }
            _ => {}
        }
    }

    /// A choice from one of the pickers opened here: `index` is the item's place in the list.
    pub(super) fn chosen_fix(&mut self, pick: &Pick, index: Option<usize>, picker: &Picker) {
        let record = self.record();
        match pick {
            Pick::NewSession { after, answer } => {
                if let Some(&kind) = index.and_then(|i| commands::SESSION_KINDS.get(i)) {
                    self.run(commands::add_session(record, after, answer, kind));
                }
            }
            Pick::SessionKind(id) => {
                if let Some(&kind) = index.and_then(|i| commands::SESSION_KINDS.get(i)) {
                    self.run(commands::set_session_kind(record, id, kind));
                }
            }
            Pick::SessionLeads(id) => {
                // Ticked in the order of the participant list, after the groups the agenda
                // names as leads, which the picker does not list and so keeps.
                let groups = record.plan.session(id).map_or_else(Vec::new, |s| {
                    s.leads
                        .iter()
                        .filter(|l| record.plan.participant(l).is_none())
                        .cloned()
                        .collect()
                });
                let leads: Vec<String> = groups
                    .into_iter()
                    .chain(
                        picker
                            .ticked
                            .iter()
                            .filter_map(|&i| record.plan.participants.get(i).map(|p| p.id.clone())),
                    )
                    .collect();
                if !self.run(commands::set_session_leads(record, id, leads))
                    && self.ui.message.is_none()
                {
                    self.ui.message = Some(self.labels().label("told-leads-unchanged"));
                }
            }
            Pick::MoveToSession(capture) => {
                let to =
                    index.and_then(|i| record.plan.sessions().nth(i).map(|(_, s)| s.id.clone()));
                if let Some(to) = to {
                    self.run(commands::move_to_session(record, *capture, &to));
                }
            }
            _ => {}
        }
    }

    /// A picker of the session kinds, on the kind it has now.
    fn pick_kind(&mut self, pick: Pick, title: &str, kind: SessionKind) {
        let l = self.labels();
        let items = commands::SESSION_KINDS
            .iter()
            .map(|k| (labels::kind_in(l, *k), None))
            .collect();
        let question = l.label_with("ask-session-kind", &[("title", title.into())]);
        let mut picker = Picker::new(pick, question, items);
        picker.selected = commands::SESSION_KINDS
            .iter()
            .position(|&k| k == kind)
            .unwrap_or(0);
        self.ui.overlay = Some(Overlay::Picker(picker));
    }

    /// A picker of the participants, those who lead the session now ticked.
    fn pick_leads(&mut self, id: String, title: &str) {
        let plan = &self.record().plan;
        if plan.participants.is_empty() {
            self.ui.message = Some(self.labels().label("told-no-participants"));
            return;
        }
        let Some(leads) = plan.session(&id).map(|s| s.leads.clone()) else {
            return;
        };
        let items = plan
            .participants
            .iter()
            .map(|p| (labels::person_with_organisation(plan, &p.id), None))
            .collect();
        let ticked = plan
            .participants
            .iter()
            .enumerate()
            .filter(|(_, p)| leads.contains(&p.id))
            .map(|(i, _)| i)
            .collect();
        let question = self
            .labels()
            .label_with("ask-session-leads", &[("title", title.into())]);
        let mut picker = Picker::new(Pick::SessionLeads(id), question, items);
        picker.ticked = ticked;
        self.ui.overlay = Some(Overlay::Picker(picker));
    }

    /// A picker of every session of the plan for the selected capture, on the session before
    /// the current one (where a note typed in a break belongs).
    fn pick_session_for_selected(&mut self, current: &str) {
        let Some((capture, what)) = self.selected_capture() else {
            self.ui.message = Some(self.labels().label("told-nothing-to-move"));
            return;
        };
        let (record, l) = (self.record(), self.labels());
        let several_days = record.plan.days.len() > 1;
        let items = record
            .plan
            .sessions()
            .map(|(day, s)| {
                let label = match several_days {
                    true => l.label_with(
                        "ask-session-on-day",
                        &[("n", (day + 1).into()), ("title", s.title.as_str().into())],
                    ),
                    false => s.title.clone(),
                };
                (label, None)
            })
            .collect();
        let before = commands::session_before(record, current);
        let selected = record
            .plan
            .sessions()
            .position(|(_, s)| Some(s.id.as_str()) == before)
            .unwrap_or(0);
        let mut picker = Picker::new(Pick::MoveToSession(capture), l.label(what), items);
        picker.selected = selected;
        self.ui.overlay = Some(Overlay::Picker(picker));
    }

    /// The capture selected in the tab shown, with the label that asks where it goes.
    fn selected_capture(&self) -> Option<(Id, &'static str)> {
        const NOTE: &str = "ask-move-note";
        const ACTION: &str = "ask-move-action";
        const PROPOSAL: &str = "ask-move-proposal";
        const RESOLUTION: &str = "ask-move-resolution";
        match self.ui.tab {
            Tab::Notes => {
                let log = self.session_log();
                log.get(self.ui.notes.get(log.len()))
                    .map(|entry| match entry {
                        Logged::Note(n) => (n.id, NOTE),
                        Logged::Action(a) => (a.id, ACTION),
                        Logged::Proposal(p) => (p.id, PROPOSAL),
                        Logged::Resolution(r) => (r.id, RESOLUTION),
                    })
            }
            Tab::Proposals => self.selected_proposal().map(|p| (p.id, PROPOSAL)),
            Tab::Resolutions => self.selected_resolution().map(|r| (r.id, RESOLUTION)),
            Tab::Board => self.focused_card().map(|id| (id, ACTION)),
            Tab::Speakers => None,
        }
    }
}
