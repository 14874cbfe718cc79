//! Running and changing the agenda: moving between sessions, the timer, and changes to the
//! plan (add, move, lengthen, shorten, split).

use super::*;

impl App {
    pub(super) fn step_session(&mut self, forward: bool) {
        let ids: Vec<String> = self
            .record()
            .plan
            .sessions()
            .map(|(_, s)| s.id.clone())
            .collect();
        let Some(here) = self
            .current()
            .and_then(|c| ids.iter().position(|id| *id == c.id))
        else {
            return;
        };
        let next = if forward {
            here + 1
        } else {
            here.wrapping_sub(1)
        };
        match ids.get(next) {
            Some(id) => {
                let id = id.clone();
                if self.commit(Op::SetCurrent { session: Some(id) }) {
                    self.ui.notes.follow_newest();
                }
            }
            None => {
                self.ui.message = Some(
                    if forward {
                        "this is the last session"
                    } else {
                        "this is the first session"
                    }
                    .into(),
                );
            }
        }
    }

    pub(super) fn start_pause(&mut self, now: NaiveDateTime) {
        let Some(id) = self.current().map(|s| s.id.clone()) else {
            return;
        };
        let op = match self.record().run(&id).state {
            RunState::Running => Op::PauseSession {
                session: id,
                at: now,
            },
            RunState::Pending | RunState::Paused => {
                let start = Op::StartSession {
                    session: id.clone(),
                    at: now,
                };
                // Starting a session pauses the one still running, so one key moves the room on.
                match self.record().running().map(str::to_owned) {
                    Some(other) => Op::Batch(vec![
                        Op::PauseSession {
                            session: other,
                            at: now,
                        },
                        start,
                        Op::SetCurrent { session: Some(id) },
                    ]),
                    None => Op::Batch(vec![start, Op::SetCurrent { session: Some(id) }]),
                }
            }
            RunState::Done | RunState::Skipped => {
                self.ui.message = Some("this session is over; ] goes to the next".into());
                return;
            }
        };
        self.commit(op);
    }

    pub(super) fn move_session(&mut self, later: bool) {
        let Some(current) = self.current().cloned() else {
            return;
        };
        let Some((day, index)) = self.record().plan.position(&current.id) else {
            return;
        };
        let sessions = &self.record().plan.days[day].sessions;
        let other = if later {
            index + 1
        } else {
            index.wrapping_sub(1)
        };
        let Some(neighbour) = sessions.get(other).cloned() else {
            self.ui.message = Some("no session to swap with on this day".into());
            return;
        };
        // The two swap places; the earlier slot's start is kept and the later one follows it.
        let (first, second) = if later {
            (&neighbour, &current)
        } else {
            (&current, &neighbour)
        };
        let slot = current.start.min(neighbour.start);
        let after = slot + TimeDelta::minutes(i64::from(first.minutes));
        let (first_index, second_index) = (index.min(other), index.max(other));
        self.commit(Op::Batch(vec![
            Op::MoveSession {
                session: first.id.clone(),
                day,
                index: first_index,
                start: slot,
            },
            Op::MoveSession {
                session: second.id.clone(),
                day,
                index: second_index,
                start: after,
            },
        ]));
    }

    pub(super) fn resize_session(&mut self, longer: bool) {
        let Some(current) = self.current() else {
            return;
        };
        let minutes = if longer {
            current.minutes.saturating_add(STEP_MINUTES)
        } else {
            current.minutes.saturating_sub(STEP_MINUTES).max(1)
        };
        let id = current.id.clone();
        self.commit(Op::SetSessionMinutes {
            session: id,
            minutes,
        });
    }

    pub(super) fn split_session(&mut self) {
        let Some(current) = self.current().cloned() else {
            return;
        };
        if current.minutes < 2 {
            self.ui.message = Some("a one-minute session cannot be split".into());
            return;
        }
        let id = self.unused_session_id(&format!("{}-2", current.id));
        self.commit(Op::SplitSession {
            session: current.id.clone(),
            id,
            title: format!("{} (continued)", current.title),
            minutes: current.minutes / 2,
        });
    }

    pub(super) fn unused_session_id(&self, base: &str) -> String {
        let plan = &self.record().plan;
        let mut id = base.to_owned();
        let mut n = 2;
        while plan.session(&id).is_some() {
            n += 1;
            id = format!("{base}-{n}");
        }
        id
    }

    pub(super) fn add_session(&mut self, answer: &str) {
        let Some(current) = self.current().cloned() else {
            return;
        };
        let Some((day, index)) = self.record().plan.position(&current.id) else {
            return;
        };
        // "Report back 20": a trailing number is the length in minutes.
        let (title, minutes) = match answer.rsplit_once(' ') {
            Some((title, n)) if n.parse::<u32>().is_ok_and(|m| m > 0) => {
                (title.trim(), n.parse().unwrap_or(30))
            }
            _ => (answer, 30),
        };
        let slug: String = title
            .to_lowercase()
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect::<String>()
            .split('-')
            .filter(|w| !w.is_empty())
            .take(4)
            .collect::<Vec<_>>()
            .join("-");
        let id = self.unused_session_id(if slug.is_empty() { "session" } else { &slug });
        let start = current.start + TimeDelta::minutes(i64::from(current.minutes));
        self.commit(Op::AddSession {
            day,
            index: index + 1,
            session: Session {
                id,
                title: title.to_owned(),
                kind: SessionKind::Discussion,
                start,
                minutes,
                description: String::new(),
                leads: Vec::new(),
                proposals: Vec::new(),
                criteria: Vec::new(),
            },
        });
    }
}
