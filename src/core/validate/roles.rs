//! The meaning checks of the roles a session names (chair, moderator, scribe…): each role
//! named, held by someone, and who holds it written the way the agenda can tell apart from a
//! typo.

use std::collections::HashMap;

use super::{Anchor, Problem};
use crate::core::agenda::{Agenda, looks_like_id};

/// Checks every session's roles: a role's name is not empty, it names someone, and nobody in
/// it is an empty name.
pub(super) fn check_roles(agenda: &Agenda, say: &mut impl FnMut(Anchor, String)) {
    let mut met: HashMap<&str, usize> = HashMap::new();
    for (_, s) in agenda.sessions() {
        for r in &s.roles {
            let nth = met.entry(r.role.as_str()).or_insert(0);
            let at = Anchor::field("role", &r.role, *nth);
            *nth += 1;
            let role = r.role.trim();
            if role.is_empty() {
                say(
                    at,
                    format!(
                        "a role of session `{}` has no name; expected a role such as \"chair\"",
                        s.id
                    ),
                );
                continue;
            }
            if r.who.is_empty() {
                say(
                    at,
                    format!(
                        "role `{role}` of session `{}` names nobody; give `who: [...]` a \
                         participant id or a group's name, or leave the role out",
                        s.id
                    ),
                );
            } else if r.who.iter().any(|w| w.trim().is_empty()) {
                say(
                    at,
                    format!(
                        "role `{role}` of session `{}` has an empty name in `who`; expected a \
                         participant id or a group's or organisation's name",
                        s.id
                    ),
                );
            }
        }
    }
}

/// Warns about role holders written like a participant id (`secretary`) that no participant
/// has: most likely a typo, since groups and organisations are written as they appear.
pub(super) fn role_warnings(agenda: &Agenda, problems: &mut Vec<Problem>) {
    let mut met: HashMap<&str, usize> = HashMap::new();
    for (_, s) in agenda.sessions() {
        for r in &s.roles {
            for who in &r.who {
                let nth = met.entry(who.as_str()).or_insert(0);
                *nth += 1;
                if looks_like_id(who) && agenda.participant(who).is_none() {
                    problems.push(Problem {
                        anchor: Anchor::value(who, *nth - 1),
                        message: format!(
                            "`{who}` ({} of session `{}`) looks like a participant id, but no \
                             participant has it; add the participant, or write a group's or \
                             organisation's name as it should appear",
                            r.role.trim(),
                            s.id
                        ),
                    });
                }
            }
        }
    }
}
