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
    prefixed(input, participants).unwrap_or_else(|| Routed::Note {
        kind: NoteKind::Note,
        text: input.to_owned(),
        speaker: None,
    })
}

/// Routes a capture of several lines line by line, so a pasted block files each prefixed line
/// where it belongs: a line with a prefix (or a quote) is an item of its own, and each run of
/// plain lines between them is one note with its line breaks kept, because a paragraph typed
/// or pasted together is one thought. CR, LF and CRLF all end a line (terminals paste CRs).
/// Blank lines at the edges of a run are dropped; nothing but blanks routes to nothing.
pub(crate) fn route_lines(input: &str, participants: &[Participant]) -> Vec<Routed> {
    let input = input.replace("\r\n", "\n").replace('\r', "\n");
    let mut routed = Vec::new();
    let mut plain: Vec<&str> = Vec::new();
    for line in input.split('\n') {
        match prefixed(line.trim(), participants) {
            Some(item) => {
                routed.extend(plain_note(&plain));
                plain.clear();
                routed.push(item);
            }
            None => plain.push(line),
        }
    }
    routed.extend(plain_note(&plain));
    routed
}

/// A run of plain lines as one note, or nothing when the run is blank.
fn plain_note(lines: &[&str]) -> Option<Routed> {
    let text = lines.join("\n");
    let text = text.trim();
    (!text.is_empty()).then(|| Routed::Note {
        kind: NoteKind::Note,
        text: text.to_owned(),
        speaker: None,
    })
}

/// What a trimmed line's prefix (or quote form) routes it to; None for a plain line.
fn prefixed(input: &str, participants: &[Participant]) -> Option<Routed> {
    if let Some((prefix, rest)) = input.split_once(':') {
        let rest = rest.trim().to_owned();
        let note = |kind| Routed::Note {
            kind,
            text: rest.clone(),
            speaker: None,
        };
        match prefix.trim().to_lowercase().as_str() {
            "action" => return Some(action(&rest)),
            "proposal" => return Some(Routed::Proposal { title: rest }),
            "resolution" => return Some(Routed::Resolution { text: rest }),
            "q" | "question" => return Some(note(NoteKind::Question)),
            "key" => return Some(note(NoteKind::KeyPoint)),
            "note" => return Some(note(NoteKind::Note)),
            _ => {}
        }
    }
    let (quote, name) = quote(input)?;
    Some(Routed::Note {
        kind: NoteKind::Quote,
        text: quote,
        speaker: Some(speaker_id(&name, participants)),
    })
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

    #[test]
    fn each_line_of_a_capture_is_routed_and_plain_runs_stay_one_note() {
        let note = |text: &str| Routed::Note {
            kind: NoteKind::Note,
            text: text.into(),
            speaker: None,
        };
        let action = Routed::Action {
            text: "circulate the survey results".into(),
            owner: Some("Lucia".into()),
            due: NaiveDate::from_ymd_opt(2018, 8, 10),
        };
        let survey = "action: Lucia to circulate the survey results by 2018-08-10";
        let three = |brk: &str| format!("first line{brk}second line{brk}{survey}");
        for brk in ["\r", "\n", "\r\n"] {
            assert_eq!(
                route_lines(&three(brk), &ana()),
                [note("first line\nsecond line"), action.clone()],
                "{brk:?}"
            );
        }
        let cases = [
            ("one line", vec![note("one line")]),
            ("  \r\n \n", vec![]),
            (
                "q: who?\r\rplain\rkey: yes\r“Land is life” — Ana\rafter",
                vec![
                    Routed::Note {
                        kind: NoteKind::Question,
                        text: "who?".into(),
                        speaker: None,
                    },
                    note("plain"),
                    Routed::Note {
                        kind: NoteKind::KeyPoint,
                        text: "yes".into(),
                        speaker: None,
                    },
                    Routed::Note {
                        kind: NoteKind::Quote,
                        text: "Land is life".into(),
                        speaker: Some("ana".into()),
                    },
                    note("after"),
                ],
            ),
            (
                "\nproposal: a pilot\n\nresolution: we adopt it\n",
                vec![
                    Routed::Proposal {
                        title: "a pilot".into(),
                    },
                    Routed::Resolution {
                        text: "we adopt it".into(),
                    },
                ],
            ),
            (
                "a paragraph\n\n  indented, after a blank line\n",
                vec![note("a paragraph\n\n  indented, after a blank line")],
            ),
        ];
        for (input, want) in cases {
            assert_eq!(route_lines(input, &ana()), want, "{input:?}");
        }
    }
}
