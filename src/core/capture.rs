//! Routing a captured line by its prefix, the way seasoned minute-takers write plain text:
//! `action: Lucia to circulate the survey results by 2018-08-10` files an action with owner
//! and due date; `proposal:`, `resolution:`, `q:` and `key:` likewise; `"…" — Name` is a
//! quote; anything else is a plain note.

use chrono::NaiveDate;

use super::agenda::Participant;
use super::record::NoteKind;

/// Where a captured text goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Routed {
    /// A note of some kind, with the speaker when the text names one.
    Note {
        /// Key point, question, quote or plain note.
        kind: NoteKind,
        /// The text without its prefix.
        text: String,
        /// Who said it, when the text says (quotes): a participant id or the name as typed.
        speaker: Option<String>,
    },
    /// An action for the board.
    Action {
        /// What is to be done.
        text: String,
        /// Who does it, from "Name to …".
        owner: Option<String>,
        /// By when, from "… by YYYY-MM-DD".
        due: Option<NaiveDate>,
    },
    /// A proposal for the meeting to weigh.
    Proposal {
        /// The proposal as written.
        title: String,
    },
    /// A resolution, recorded as proposed until the room settles it.
    Resolution {
        /// The resolution as written.
        text: String,
    },
}

/// Routes `input` by its prefix; `participants` turn a quoted name into a participant id.
pub(crate) fn route(input: &str, participants: &[Participant]) -> Routed {
    let input = input.trim();
    if let Some((prefix, rest)) = input.split_once(':') {
        let rest = rest.trim().to_owned();
        let note = |kind| Routed::Note {
            kind,
            text: rest.clone(),
            speaker: None,
        };
        match prefix.trim().to_lowercase().as_str() {
            "action" => return action(&rest),
            "proposal" => return Routed::Proposal { title: rest },
            "resolution" => return Routed::Resolution { text: rest },
            "q" | "question" => return note(NoteKind::Question),
            "key" => return note(NoteKind::KeyPoint),
            "note" => return note(NoteKind::Note),
            _ => {}
        }
    }
    if let Some((quote, name)) = quote(input) {
        return Routed::Note {
            kind: NoteKind::Quote,
            text: quote,
            speaker: Some(speaker_id(&name, participants)),
        };
    }
    Routed::Note {
        kind: NoteKind::Note,
        text: input.to_owned(),
        speaker: None,
    }
}

/// "Lucia to circulate the survey results by 2018-08-10" → owner, text, due date.
fn action(rest: &str) -> Routed {
    let mut text = rest.to_owned();
    let mut due = None;
    for marker in [" by ", " due "] {
        if let Some(i) = text.rfind(marker) {
            let tail = text[i + marker.len()..].trim().trim_end_matches('.');
            if let Ok(date) = NaiveDate::parse_from_str(tail, "%Y-%m-%d") {
                due = Some(date);
                text.truncate(i);
                break;
            }
        }
    }
    let mut owner = None;
    if let Some((who, what)) = text.split_once(" to ") {
        // An owner is a name: a few words, the first capitalised ("Lucia", "The Secretariat").
        let words = who.split_whitespace().count();
        let named = who.chars().next().is_some_and(char::is_uppercase);
        if (1..=4).contains(&words) && named && !what.trim().is_empty() {
            owner = Some(who.trim().to_owned());
            text = what.trim().to_owned();
        }
    }
    Routed::Action {
        text: text.trim().to_owned(),
        owner,
        due,
    }
}

/// `"words" — Name` (straight or curly quotes; an em dash, en dash or hyphen) → words, name.
fn quote(input: &str) -> Option<(String, String)> {
    let (open, close) = match input.chars().next()? {
        '"' => ('"', '"'),
        '“' => ('“', '”'),
        '«' => ('«', '»'),
        _ => return None,
    };
    let body = &input[open.len_utf8()..];
    let end = body.rfind(close)?;
    let quoted = body[..end].trim();
    let after = body[end + close.len_utf8()..].trim_start();
    let name = after
        .strip_prefix('—')
        .or_else(|| after.strip_prefix('–'))
        .or_else(|| after.strip_prefix('-'))?
        .trim();
    if quoted.is_empty() || name.is_empty() {
        return None;
    }
    Some((quoted.to_owned(), name.to_owned()))
}

/// The id of the participant a typed name means (by id, full name or first name, ignoring
/// case), or the name as typed when nobody matches.
pub(crate) fn speaker_id(name: &str, participants: &[Participant]) -> String {
    let wanted = name.trim().to_lowercase();
    let first = |p: &Participant| {
        p.name
            .split_whitespace()
            .next()
            .map(str::to_lowercase)
            .unwrap_or_default()
    };
    participants
        .iter()
        .find(|p| p.id.to_lowercase() == wanted || p.name.to_lowercase() == wanted)
        .or_else(|| participants.iter().find(|p| first(p) == wanted))
        .map_or_else(|| name.trim().to_owned(), |p| p.id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ana() -> Vec<Participant> {
        vec![Participant {
            id: "ana".into(),
            name: "Ana Ruiz".into(),
            organisation: String::new(),
            country: String::new(),
            region: String::new(),
            role: String::new(),
            gender: None,
        }]
    }

    #[test]
    fn prefixes_route_each_line() {
        let cases = [
            (
                "action: Lucia to circulate the survey results by 2018-08-10",
                Routed::Action {
                    text: "circulate the survey results".into(),
                    owner: Some("Lucia".into()),
                    due: NaiveDate::from_ymd_opt(2018, 8, 10),
                },
            ),
            (
                "Action: map members' campaigns",
                Routed::Action {
                    text: "map members' campaigns".into(),
                    owner: None,
                    due: None,
                },
            ),
            (
                "action: we need to talk to the funders due 2018-09-01.",
                Routed::Action {
                    text: "we need to talk to the funders".into(),
                    owner: None,
                    due: NaiveDate::from_ymd_opt(2018, 9, 1),
                },
            ),
            (
                "proposal: a pilot on corporate capture",
                Routed::Proposal {
                    title: "a pilot on corporate capture".into(),
                },
            ),
            (
                "resolution: create an Action Group",
                Routed::Resolution {
                    text: "create an Action Group".into(),
                },
            ),
            (
                "q: who coordinates?",
                Routed::Note {
                    kind: NoteKind::Question,
                    text: "who coordinates?".into(),
                    speaker: None,
                },
            ),
            (
                "key: data must come from communities",
                Routed::Note {
                    kind: NoteKind::KeyPoint,
                    text: "data must come from communities".into(),
                    speaker: None,
                },
            ),
            (
                "“Land is life” — Ana",
                Routed::Note {
                    kind: NoteKind::Quote,
                    text: "Land is life".into(),
                    speaker: Some("ana".into()),
                },
            ),
            (
                "\"Umhlaba ngowethu\" - Sbu Zikode",
                Routed::Note {
                    kind: NoteKind::Quote,
                    text: "Umhlaba ngowethu".into(),
                    speaker: Some("Sbu Zikode".into()),
                },
            ),
            (
                "time: 10:30 is when we break",
                Routed::Note {
                    kind: NoteKind::Note,
                    text: "time: 10:30 is when we break".into(),
                    speaker: None,
                },
            ),
            (
                "  集体行动 🌍  ",
                Routed::Note {
                    kind: NoteKind::Note,
                    text: "集体行动 🌍".into(),
                    speaker: None,
                },
            ),
        ];
        for (input, want) in cases {
            assert_eq!(route(input, &ana()), want, "{input}");
        }
    }
}
